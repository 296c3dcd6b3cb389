:- encoding(utf8).
:- module(words,
          [ goal_sentence/2,            % +Goal, -Sentence
            value_words/2               % +Value, -Text
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(yall)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module('../law/readings').
:- use_module('../lang/lang').

/** <module> Proof steps in words

Every derived predicate has a natural-language template declared next to
it (`template(may_review(act, petitioner), "{act} may be reviewed ...")`,
see norm_syntax.pl); every case fact has its meaning in the vocabulary,
written with its argument names in capitals ("Act entered into legal force
on Date").  goal_sentence/2 fills either with the values of a goal, so that
explanations read as sentences.  Negated conditions are phrased as what
the case does not say ("the case does not say that ...", "the facts do not
show that ...": one negation, never a double one) and kept distinct from
facts proved false.
*/

%!  goal_sentence(+Goal, -Sentence) is det.
%
%   Sentence says Goal in words, in the current language (lang.pl): the
%   template or case-fact meaning of that language, its words for values.

goal_sentence(\+ Goal, Sentence) :- !,
    goal_sentence(Goal, Inner),
    (   is_case_fact_goal(Goal)
    ->  phrase_text(not_stated_in_case, [Inner], Sentence)
    ;   phrase_text(not_shown_by_facts, [Inner], Sentence)
    ).
goal_sentence(Goal, Sentence) :-
    compound(Goal),
    compound_name_arity(Goal, Name, Arity),
    current_language(Lang),
    (   language_pieces(Lang, Name, Arity, Pieces)
    ->  true
    ;   template_pieces(Name, Arity, Pieces)
    ->  true
    ;   meaning_pieces(Name, Arity, Pieces)
    ), !,
    pieces_sentence(Pieces, Goal, Sentence).
goal_sentence(Goal, Sentence) :-
    builtin_sentence(Goal, Sentence), !.
goal_sentence(Goal, Sentence) :-
    format(string(Sentence), "~q", [Goal]).

builtin_sentence(memberchk(X, List), S) :-
    value_words(X, W), list_words(List, L),
    phrase_text(is_one_of, [W, L], S).
builtin_sentence(member(X, List), S) :-
    value_words(X, W), list_words(List, L),
    phrase_text(is_one_of, [W, L], S).
builtin_sentence(date_before(A, B), S) :-
    value_words(A, WA), value_words(B, WB),
    phrase_text(date_before, [WA, WB], S).
builtin_sentence(date_on_or_before(A, B), S) :-
    value_words(A, WA), value_words(B, WB),
    phrase_text(date_on_or_before, [WA, WB], S).
builtin_sentence(one_year_later(A, B), S) :-
    value_words(A, WA), value_words(B, WB),
    phrase_text(one_year_later, [WA, WB], S).
builtin_sentence(months_later(A, M, B), S) :-
    value_words(A, WA), value_words(B, WB),
    phrase_text(months_later, [M, WA, WB], S).
builtin_sentence(A =< B, S) :- phrase_text(at_most, [A, B], S).
builtin_sentence(A < B, S) :- phrase_text(less_than, [A, B], S).
builtin_sentence(A \== B, S) :-
    value_words(A, WA), value_words(B, WB),
    phrase_text(differs_from, [WA, WB], S).
builtin_sentence(reading_selected(P, R), S) :-
    value_words(R, WR),
    phrase_text(reading_in_force, [WR, P], S).

list_words(List, Text) :-
    is_list(List), !,
    maplist(value_words, List, Ws),
    atomic_list_concat(Ws, ', ', Text).
list_words(X, Text) :-
    value_words(X, Text).

%!  value_words(+Value, -Text) is det.
%
%   Text is Value for a reader: the word of the current language for a
%   value that has one (lang.pl), names as written, `_` in other values as spaces, dates as 2019-05-10, a variable of the question by
%   its name (`'$VAR'('G')`), other unknowns as "…".

value_words(V, "…") :- var(V), !.
value_words('$VAR'(Name), Text) :-
    atom(Name), Name \== '_', !,       % a variable of the question, by its name
    atom_string(Name, Text).
value_words('$VAR'(_), "…") :- !.
value_words(date(Y, M, D), Text) :-
    integer(Y), integer(M), integer(D), !,
    format(string(Text), "~d-~|~`0t~d~2+-~|~`0t~d~2+", [Y, M, D]).
value_words(V, Text) :-
    atom(V),
    current_language(Lang),
    language_word(Lang, V, Text), !.
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

% pieces_sentence(+Pieces, +Goal, -Sentence): the strings of Pieces, with
% arg(I) replaced by the words of the I-th argument of Goal.
pieces_sentence(Pieces, Goal, Sentence) :-
    pieces_words(Pieces, Goal, Words),
    atomic_list_concat(Words, Atom),
    atom_string(Atom, Sentence).

pieces_words([], _, []).
pieces_words([arg(I)|Ps], Goal, [W|Ws]) :- !,
    arg(I, Goal, V),
    value_words(V, W),
    pieces_words(Ps, Goal, Ws).
pieces_words([Text|Ps], Goal, [Text|Ws]) :-
    pieces_words(Ps, Goal, Ws).

%!  meaning_pieces(?Name, ?Arity, ?Pieces) is nondet.
%
%   Pieces is the meaning of case fact Name/Arity in the vocabulary
%   ("Act entered into legal force on Date") split once, when this module is
%   loaded, into strings and arg(I) for the words of argument I: an argument
%   name in capitals (`Act`, `ParticipantRole` for participant_role) is
%   replaced where it is a whole word.

meaning_text_pieces(Meaning, Specs, Pieces) :-
    findall(Key-I, ( nth1(I, Specs, ArgName:_), camel(ArgName, Key) ), Keys),
    split_string(Meaning, " ", "", Tokens),
    maplist(token_pieces(Keys), Tokens, TokenPieces),
    foldl(join_token, TokenPieces, [], Reversed),
    reverse(Reversed, Pieces0),
    merge_strings(Pieces0, Pieces).

join_token(Pieces, [], Acc) :- !, reverse(Pieces, Acc).
join_token(Pieces, Acc0, Acc) :-
    reverse(Pieces, R),
    append(R, [" "|Acc0], Acc).

token_pieces(Keys, Token, Pieces) :-
    (   sub_string(Token, B, L, A, Core),
        L > 0,
        string_code(1, Core, C0), code_type(C0, upper),
        memberchk(Core-I, Keys),
        sub_string(Token, 0, B, _, Before),
        \+ ( string_length(Before, BL), BL > 0, sub_string(Before, _, 1, 0, Last),
             string_code(1, Last, LC), code_type(LC, alnum) ),
        sub_string(Token, _, A, 0, After),
        \+ ( string_length(After, AL), AL > 0, string_code(1, After, FC), code_type(FC, alnum) )
    ->  Pieces = [Before, arg(I), After]
    ;   Pieces = [Token]
    ).

merge_strings([], []).
merge_strings([arg(I)|Ps], [arg(I)|Ms]) :- !,
    merge_strings(Ps, Ms).
merge_strings([S1, S2|Ps], Ms) :-
    string(S2), !,
    string_concat(S1, S2, S),
    merge_strings([S|Ps], Ms).
merge_strings([""|Ps], Ms) :- !,
    merge_strings(Ps, Ms).
merge_strings([S|Ps], [S|Ms]) :-
    merge_strings(Ps, Ms).

camel(ArgName, Key) :-
    atomic_list_concat(Parts, '_', ArgName),
    maplist([P, U]>>( sub_atom(P, 0, 1, _, F), upcase_atom(F, FU), sub_atom(P, 1, _, 0, R),
                      atom_concat(FU, R, U) ), Parts, Us),
    atomic_list_concat(Us, KeyAtom),
    atom_string(KeyAtom, Key).

term_expansion(meaning_pieces_of_the_vocabulary, Clauses) :-
    findall(meaning_pieces(Name, Arity, Pieces),
            ( case_fact(Name, Specs, Meaning, _),
              length(Specs, Arity),
              meaning_text_pieces(Meaning, Specs, Pieces) ),
            Clauses).

meaning_pieces_of_the_vocabulary.
