:- module(words,
          [ goal_sentence/2,            % +Goal, -Sentence
            value_words/2               % +Value, -Text
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(yall)).
:- use_module(norm_syntax).
:- use_module(vocabulary).
:- use_module(readings).

/** <module> Proof steps in words

Every derived predicate has a natural-language template declared next to
it (`template(may_review(act, petitioner), "{act} may be reviewed ...")`,
see norm_syntax.pl); every case fact has its meaning in the vocabulary,
written with its argument names in capitals ("Act entered into legal force
on Date").  goal_sentence/2 fills either with the values of a goal, so that
explanations read as sentences.  Negated conditions are phrased as
assumptions ("there is no evidence that ...") and kept distinct from
facts proved false.
*/

%!  goal_sentence(+Goal, -Sentence) is det.
%
%   Sentence says Goal in words.

goal_sentence(\+ Goal, Sentence) :- !,
    goal_sentence(Goal, Inner),
    (   is_case_fact_goal(Goal)
    ->  format(string(Sentence), "there is no evidence that ~w", [Inner])
    ;   format(string(Sentence), "it does not follow from the facts that ~w", [Inner])
    ).
goal_sentence(Goal, Sentence) :-
    compound(Goal),
    compound_name_arguments(Goal, Name, Args),
    length(Args, Arity),
    predicate_template(Name/Arity, ArgNames, Template), !,
    maplist([N, V, N-W]>>value_words(V, W), ArgNames, Args, Pairs),
    fill(Template, Pairs, Sentence).
goal_sentence(Goal, Sentence) :-
    compound(Goal),
    compound_name_arguments(Goal, Name, Args),
    case_fact(Name, Specs, Meaning, _),
    length(Specs, N), length(Args, N), !,
    maplist([ArgName:_, V, Key-W]>>( camel(ArgName, Key), value_words(V, W) ), Specs, Args, Pairs),
    fill_words(Meaning, Pairs, Sentence).
goal_sentence(Goal, Sentence) :-
    builtin_sentence(Goal, Sentence), !.
goal_sentence(Goal, Sentence) :-
    format(string(Sentence), "~q", [Goal]).

builtin_sentence(memberchk(X, List), S) :-
    value_words(X, W), list_words(List, L),
    format(string(S), "~w is one of: ~w", [W, L]).
builtin_sentence(member(X, List), S) :-
    value_words(X, W), list_words(List, L),
    format(string(S), "~w is one of: ~w", [W, L]).
builtin_sentence(date_before(A, B), S) :-
    value_words(A, WA), value_words(B, WB),
    format(string(S), "~w is before ~w", [WA, WB]).
builtin_sentence(date_on_or_before(A, B), S) :-
    value_words(A, WA), value_words(B, WB),
    format(string(S), "~w is not after ~w", [WA, WB]).
builtin_sentence(one_year_later(A, B), S) :-
    value_words(A, WA), value_words(B, WB),
    format(string(S), "the year from ~w ends on ~w", [WA, WB]).
builtin_sentence(months_later(A, M, B), S) :-
    value_words(A, WA), value_words(B, WB),
    format(string(S), "~w months from ~w end on ~w", [M, WA, WB]).
builtin_sentence(A =< B, S) :- format(string(S), "~w is at most ~w", [A, B]).
builtin_sentence(A < B, S) :- format(string(S), "~w is less than ~w", [A, B]).
builtin_sentence(A \== B, S) :-
    value_words(A, WA), value_words(B, WB),
    format(string(S), "~w differs from ~w", [WA, WB]).
builtin_sentence(reading_selected(P, R), S) :-
    value_words(R, WR),
    format(string(S), "the reading \"~w\" of the ambiguous passage ~w is in force", [WR, P]).

list_words(List, Text) :-
    is_list(List), !,
    maplist(value_words, List, Ws),
    atomic_list_concat(Ws, ', ', Text).
list_words(X, Text) :-
    value_words(X, Text).

%!  value_words(+Value, -Text) is det.
%
%   Text is Value for a reader: names as written, `_` in enumerated
%   values as spaces, dates as 2019-05-10, unknowns as "…".

value_words(V, "…") :- var(V), !.
value_words('$VAR'(_), "…") :- !.
value_words(date(Y, M, D), Text) :-
    integer(Y), integer(M), integer(D), !,
    format(string(Text), "~d-~|~`0t~d~2+-~|~`0t~d~2+", [Y, M, D]).
value_words(prosecutor_general, "the Prosecutor General") :- !.
value_words(chairman_of_supreme_court, "the Chairman of the Supreme Court") :- !.
value_words(V, Text) :-
    atom(V), !,
    (   sub_atom(V, _, _, _, '_'), \+ sub_atom(V, 0, _, _, '_')
    ->  atomic_list_concat(Parts, '_', V),
        atomic_list_concat(Parts, ' ', Text0),
        atom_string(Text0, Text)
    ;   atom_string(V, Text)
    ).
value_words(V, Text) :-
    string(V), !, Text = V.
value_words(V, Text) :-
    number(V), !, format(string(Text), "~w", [V]).
value_words(V, Text) :-
    compound(V),
    compound_name_arguments(V, Name, Args), !,
    value_words(Name, N),
    maplist(value_words, Args, As),
    atomic_list_concat(As, ', ', A),
    format(string(Text), "~w (~w)", [N, A]).

% fill(+Template, +Name-Words pairs, -Sentence): replace {name} placeholders.
fill(Template, Pairs, Sentence) :-
    foldl([Name-Words, S0, S]>>( format(atom(Ph), "{~w}", [Name]),
                                  replace_all(S0, Ph, Words, S) ),
          Pairs, Template, Sentence0),
    string(Sentence0), !,
    Sentence = Sentence0.
fill(Template, _, Template).

% fill_words(+Meaning, +Key-Words pairs, -Sentence): replace the capitalised
% argument names of a vocabulary meaning, whole words only.
fill_words(Meaning, Pairs, Sentence) :-
    split_string(Meaning, " ", "", Tokens),
    maplist(token_words(Pairs), Tokens, Out),
    atomic_list_concat(Out, ' ', Atom),
    atom_string(Atom, Sentence).

token_words(Pairs, Token, Out) :-
    (   sub_string(Token, B, L, A, Core),
        L > 0,
        string_code(1, Core, C0), code_type(C0, upper),
        memberchk(Core-Words, Pairs),
        sub_string(Token, 0, B, _, Before),
        \+ ( string_length(Before, BL), BL > 0, sub_string(Before, _, 1, 0, Last),
             string_code(1, Last, LC), code_type(LC, alnum) ),
        sub_string(Token, _, A, 0, After),
        \+ ( string_length(After, AL), AL > 0, string_code(1, After, FC), code_type(FC, alnum) )
    ->  string_concat(Before, Words, S1),
        string_concat(S1, After, Out)
    ;   Out = Token
    ).

camel(ArgName, Key) :-
    atomic_list_concat(Parts, '_', ArgName),
    maplist([P, U]>>( sub_atom(P, 0, 1, _, F), upcase_atom(F, FU), sub_atom(P, 1, _, 0, R),
                      atom_concat(FU, R, U) ), Parts, Us),
    atomic_list_concat(Us, KeyAtom),
    atom_string(KeyAtom, Key).

replace_all(S0, Ph, With, S) :-
    atomic_list_concat(Parts, Ph, S0),
    atomic_list_concat(Parts, With, A),
    atom_string(A, S).
