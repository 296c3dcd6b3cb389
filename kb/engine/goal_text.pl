:- encoding(utf8).
:- module(goal_text,
          [
            goal_text/2,                % +Goal, -Text,
            goal_text/3,                % +Goal, +VarNames, -Text,
            value_text/2,               % +Value, -Text,
            name_variable/1,            % ?Name=Var
            portray_date/2              % +Term, +Options
          ]).
:- use_module(library(apply)).
:- use_module(library(occurs)).

/** <module> Goals and values as text, written as Prolog reads them back

Dates are written `2018-03-15`; remaining variables `_`, or their names
in the question.
*/

%!  goal_text(+Goal, -Text) is det.
%
%   Text is Goal written as Prolog would read it back (quoted), dates
%   as `2018-03-15`, remaining variables as `_`.

goal_text(Goal, Text) :-
    goal_text(Goal, [], Text).

goal_text(Goal, VarNames, Text) :-
    copy_term(Goal-VarNames, G-VNs),
    maplist(name_variable, VNs),
    term_variables(G, Free),
    maplist(=('$VAR'('_')), Free),
    (   G = (\+ Inner)
    ->  write_goal(Inner, InnerText),
        string_concat("\\+ ", InnerText, Text)
    ;   write_goal(G, Text)
    ).

name_variable(Name=V) :-
    (   var(V) -> V = '$VAR'(Name) ; true ).

write_goal(G, Text) :-
    (   sub_term(date(_, _, _), G)
    ->  Options = [quoted(true), numbervars(true), portray_goal(portray_date), spacing(next_argument)]
    ;   Options = [quoted(true), numbervars(true), spacing(next_argument)]  % no hook called per subterm
    ),
    format(string(Text), "~W", [G, Options]).

%!  portray_date(+Term, +Options) is semidet.
%
%   Writes a date term as 2018-03-15 (a portray_goal/1 hook of write_term).

portray_date(date(Y, M, D), _) :-
    integer(Y), integer(M), integer(D),
    format("~d-~|~`0t~d~2+-~|~`0t~d~2+", [Y, M, D]).

value_text(Value, Text) :-
    goal_text(Value, Text).

