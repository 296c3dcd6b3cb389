:- encoding(utf8).
:- module(json_writer,
          [
            dict_json/2                 % +Dict, -Text
          ]).
:- use_module(library(http/json)).
:- use_module(library(error)).

/** <module> Answers as compact JSON text
*/

%!  dict_json(+Dict, -Text) is det.
%
%   Text is Dict as compact JSON.  Answers with proofs are large (some ten
%   thousand characters, hundreds of strings), and library(http/json)'s
%   general writer, which tracks layout state for every value, took a third of
%   an ask; this writer handles just what answers hold -- dicts, lists,
%   strings, atoms (`true`, `false`, `null` as themselves), numbers -- and
%   escapes strings with the library's foreign json_write_string/2.

dict_json(Dict, Text) :-
    with_output_to(string(Text), json_value(Dict)).

json_value(D) :-
    is_dict(D), !,
    dict_pairs(D, _, Pairs),
    put_char('{'),
    json_members(Pairs),
    put_char('}').
json_value(L) :-
    is_list(L), !,
    put_char('['),
    json_elements(L),
    put_char(']').
json_value(S) :-
    string(S), !,
    json_string(S).
json_value(A) :-
    atom(A), !,
    (   json_literal(A)
    ->  write(A)
    ;   json_string(A)
    ).
json_value(N) :-
    integer(N), !,
    write(N).
json_value(N) :-
    number(N), !,
    F is float(N),
    write(F).
json_value(T) :-
    type_error(json_value, T).

% The library's foreign string writer when this SWI-Prolog has it (it is not
% exported), its exported general writer otherwise.
:- if(current_predicate(json:json_write_string/2)).
json_string(S) :- json:json_write_string(current_output, S).
:- else.
json_string(S) :- json_write(current_output, S, [width(0)]).
:- endif.

json_literal(true).
json_literal(false).
json_literal(null).

json_members([]).
json_members([K-V|Ps]) :-
    json_string(K),
    put_char(':'),
    json_value(V),
    (   Ps == []
    ->  true
    ;   put_char(','),
        json_members(Ps)
    ).

json_elements([]).
json_elements([V|Vs]) :-
    json_value(V),
    (   Vs == []
    ->  true
    ;   put_char(','),
        json_elements(Vs)
    ).

