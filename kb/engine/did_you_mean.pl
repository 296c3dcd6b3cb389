:- encoding(utf8).
:- module(did_you_mean,
          [ closest_names/3,            % +Name, +Candidates, -Close
            did_you_mean_text/3,        % +Name, +Candidates, -Text
            quoting_hint/2,             % +Text, -Hint
            quoting_hint/3              % +Text, +Which, -Hint
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module(library(yall)).

/** <module> "Did you mean ...?" for misspelled names, and the hint to quote names

Errors about a name the KB does not know -- a question, a case fact, a value
of an enumeration, a passage or a reading -- end with the closest known
names (closest_names/3: edit distance, at most a third of the name's
length, the closest first).  Errors about the syntax of a question or a
fact that contains a capitalised or multi-word name say how to quote it
(quoting_hint/2).
*/

%!  closest_names(+Name, +Candidates, -Close) is det.
%
%   Close are the Candidates (atoms, or Name/Arity terms compared by name)
%   nearest to Name in edit distance, at most three, the nearest first;
%   only those within a third of the length of Name (at least 1, and 2
%   for names of six letters or more).  Case is ignored.

closest_names(Name, Candidates, Close) :-
    name_text(Name, Text0),
    string_lower(Text0, Text),
    string_length(Text, Len),
    Max is max(min(2, Len // 6 + 1), Len // 3),
    findall(D-C,
            ( member(C, Candidates),
              name_text(C, CText0), string_lower(CText0, CText),
              CText \== Text,
              string_length(CText, CLen), abs(CLen - Len) =< Max,
              edit_distance(Text, CText, D),
              D =< Max ),
            Pairs0),
    keysort(Pairs0, Pairs),
    pairs_values(Pairs, Sorted),
    list_to_set(Sorted, Set),
    (   length(Close, 3), append(Close, _, Set) -> true ; Close = Set ).

name_text(N/_, T) :- !, name_text(N, T).
name_text(N, T) :- atom(N), !, atom_string(N, T).
name_text(N, T) :- string(N), !, T = N.
name_text(N, T) :- format(string(T), "~w", [N]).

%!  did_you_mean_text(+Name, +Candidates, -Text) is det.
%
%   Text is "; did you mean X?" (or "X or Y") for the closest Candidates,
%   or "" when none is close.

did_you_mean_text(Name, Candidates, Text) :-
    closest_names(Name, Candidates, Close),
    (   Close == []
    ->  Text = ""
    ;   maplist([C, S]>>format(string(S), "~q", [C]), Close, Ss),
        atomic_list_concat(Ss, ' or ', Alternatives),
        format(string(Text), "; did you mean ~w?", [Alternatives])
    ).

% edit_distance(+A, +B, -D): the Levenshtein distance of two strings.
edit_distance(A, B, D) :-
    string_codes(A, As),
    string_codes(B, Bs),
    length(Bs, NB),
    numlist(0, NB, Row0),
    foldl(edit_row(Bs), As, Row0-1, Row-_),
    last(Row, D).

edit_row(Bs, A, Prev-I, Row-I1) :-
    I1 is I + 1,
    Prev = [P0|_],
    C0 is P0 + 1,
    edit_cells(Bs, A, Prev, C0, Cells),
    Row = [C0|Cells].

edit_cells([], _, _, _, []).
edit_cells([B|Bs], A, [Diag, Up|Prev], Left, [C|Cs]) :-
    (   A == B -> Cost = 0 ; Cost = 1 ),
    C is min(min(Up + 1, Left + 1), Diag + Cost),
    edit_cells(Bs, A, [Up|Prev], C, Cs).

%!  quoting_hint(+Text, -Hint) is det.
%
%   Hint says how to write the names of Text that Prolog would not read
%   as names: words starting with a capital letter (variables in Prolog)
%   or names of several words.  "" if Text has none.

quoting_hint(Text, Hint) :-
    quoting_hint(Text, any_word, Hint).

%!  quoting_hint(+Text, +Which, -Hint) is det.
%
%   As quoting_hint/2; with Which `several_words`, only about a
%   capitalised name of several words (in a question a single capitalised
%   word is a variable, and no syntax error).

quoting_hint(Text0, Which, Hint) :-
    unquoted_text(Text0, Text),
    string_codes(Text, Codes),
    (   capital_word_start(Codes, 0'\s, WordStart),
        word_codes(WordStart, WordCodes0),
        string_codes(Whole, WordCodes0),
        normalize_space(string(WholeWord), Whole),
        ( Which == any_word -> true ; sub_string(WholeWord, _, _, _, " ") )
    ->  word_codes(WordStart, WordCodes),
        (   length(Prefix, 60), append(Prefix, [_|_], WordCodes)
        ->  append(Prefix, `…`, Shown)
        ;   Shown = WordCodes
        ),
        string_codes(Word0, Shown),
        normalize_space(string(Word), Word0),
        (   sub_string(Word, _, _, _, " ")
        ->  Why = "unquoted, it is not read as one name"
        ;   format(string(Why), "unquoted, ~w is a variable", [Word])
        ),
        format(string(Hint),
               "; a name that starts with a capital letter, or has several words, must be quoted: '~w' (~w)",
               [Word, Why])
    ;   Hint = ""
    ).

% capital_word_start(+Codes, +Previous, -Rest): Rest starts at the first
% capital letter that begins a word (not after a letter, digit, _ or ').
% One pass over the text.
capital_word_start([C|Cs], Prev, [C|Cs]) :-
    code_type(C, upper),
    \+ name_code(Prev), !.
capital_word_start([C|Cs], _, Rest) :-
    capital_word_start(Cs, C, Rest).

name_code(C) :- code_type(C, alnum), !.
name_code(0'_).
name_code(0'\').

% Text with every quoted part ('...' or "...") blanked out.
unquoted_text(Text, Unquoted) :-
    string_codes(Text, Codes),
    blank_quoted(Codes, none, Blanked),
    string_codes(Unquoted, Blanked).

blank_quoted([], _, []).
blank_quoted([C|Cs], none, [C1|Bs]) :- !,
    (   memberchk(C, `'"`) -> Q = C, C1 = 0'\s ; Q = none, C1 = C ),
    blank_quoted(Cs, Q, Bs).
blank_quoted([C|Cs], Q, [0'\s|Bs]) :-
    (   C == Q -> Q1 = none ; Q1 = Q ),
    blank_quoted(Cs, Q1, Bs).

% A word and the words after it up to a delimiter: ( ) , ' "
word_codes([], []).
word_codes([C|_], []) :- memberchk(C, `(),'"[]|`), !.
word_codes([C|Cs], [C|Ws]) :- word_codes(Cs, Ws).

