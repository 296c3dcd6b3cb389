:- encoding(utf8).
:- module(lang,
          [ supported_language/1,       % ?Lang
            current_language/1,         % -Lang
            with_language/2,            % +Lang, :Goal
            phrase_text/3,              % +Key, +Args, -Text
            language_pieces/4,          % +Lang, +Name, +Arity, -Pieces
            language_word/3,            % +Lang, +Value, -Words
            not_encoded_text/3,         % +Lang, +Name, -Text
            argument_words/3,           % +Lang, +ArgName, -Words
            passage_note/3,             % +Lang, +Passage, -Text
            reading_meaning/4,          % +Lang, +Passage, +Reading, -Meaning
            not_encoded_reason/4,       % +Lang, +Paragraph, +What, -Why
            article_label/3,            % +Lang, +Article, -Label
            article_verbatim/2,         % +Article, -Text
            contradiction_reason/4,     % +Lang, +Id, +English, -Reason
            language_gap/2,             % ?Lang, ?What
            check_languages/0
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(error)).
:- use_module('../engine/norm_syntax').
:- use_module('../law/vocabulary').
:- use_module(en).
:- use_module(ru).
:- use_module(cpc_ru).

:- meta_predicate with_language(+, 0).

/** <module> The languages of the explanations: English and Russian

Every sentence an answer prints comes from a table of its language: the
English templates next to the rules and the case-fact meanings of the
vocabulary, with en.pl for the fixed phrases; the Russian templates, words
and phrases in ru.pl.  The language of an ask is the request's `lang`
(`en` by default, `ru`), set for the length of the ask by with_language/2
and read by words.pl, verdict.pl and answer.pl through current_language/1.

Citations: the CPC/CC articles a rule rests on are labelled in the
language of the answer, and in Russian their text is quoted verbatim where
the reference holds it (cpc_ru.pl, generated from
`../shared/reference/cpc-and-cc-articles.md`).  The resolution is quoted
in its English translation only, marked as an unofficial translation: the
KB never words the resolution in Russian itself.

check_languages/0, run when the KB is loaded, refuses a KB in which a
derived predicate, a case fact, an enumeration value, a constant of a rule
or a fixed phrase lacks its form in a supported language.
*/

%!  supported_language(?Lang) is nondet.
%
%   Lang is a language of the explanations: `en` or `ru`.

supported_language(en).
supported_language(ru).

%!  current_language(-Lang) is det.
%
%   Lang is the language of the ask being answered (`en` outside an ask).

current_language(Lang) :-
    (   nb_current(cassation_language, L), supported_language(L)
    ->  Lang = L
    ;   Lang = en
    ).

%!  with_language(+Lang, :Goal) is semidet.
%
%   Runs Goal once with Lang as the current language, restoring the
%   previous one afterwards (also on failure or an exception).

with_language(Lang, Goal) :-
    must_be(oneof([en, ru]), Lang),
    current_language(Old),
    setup_call_cleanup(nb_setval(cassation_language, Lang),
                       once(Goal),
                       nb_setval(cassation_language, Old)).

%!  phrase_text(+Key, +Args, -Text) is det.
%
%   Text is the fixed phrase Key of the current language filled with Args.

phrase_text(Key, Args, Text) :-
    current_language(Lang),
    phrase_format(Lang, Key, Format),
    format(string(Text), Format, Args).

phrase_format(en, Key, Format) :- en_phrase(Key, Format), !.
phrase_format(ru, Key, Format) :- ru_phrase(Key, Format), !.
phrase_format(_, Key, Format) :- en_phrase(Key, Format).

%!  language_pieces(+Lang, +Name, +Arity, -Pieces) is semidet.
%
%   Pieces is the template of the derived predicate or the meaning of the
%   case fact Name/Arity in Lang, as strings and `arg(I)` (as
%   norm_syntax:template_pieces/3 gives the English one).  Fails for `en`
%   (words.pl reads the English tables next to the rules itself).

language_pieces(ru, Name, Arity, Pieces) :-
    ru_pieces(Name, Arity, Pieces).

%!  language_word(+Lang, +Value, -Words) is semidet.
%
%   Words is the word of Lang for the value Value, where the table has one.

language_word(en, Value, Words) :- en_word(Value, Words).
language_word(ru, Value, Words) :- ru_word(Value, Words).

%!  argument_words(+Lang, +ArgName, -Words) is det.
%
%   Words names the argument ArgName of a case fact in Lang: the name with
%   spaces for underscores in English (`appellate act`), from the table in
%   Russian (ru.pl, ru_argument/2).

argument_words(ru, ArgName, Words) :-
    ru_argument(ArgName, Words), !.
argument_words(_, ArgName, Words) :-
    atomic_list_concat(Parts, '_', ArgName),
    atomic_list_concat(Parts, ' ', Spaced),
    atom_string(Spaced, Words).

%!  passage_note(+Lang, +Passage, -Text) is semidet.
%
%   Text says in Lang why the passage Passage is ambiguous: the note of
%   readings:ambiguous_passage/4 in English, from the table of Lang
%   otherwise.  Fails for an unknown passage.

passage_note(ru, Passage, Text) :-
    ru_passage_note(Passage, Text), !.
passage_note(_, Passage, Text) :-
    readings:ambiguous_passage(Passage, _, _, Text).

%!  reading_meaning(+Lang, +Passage, +Reading, -Meaning) is semidet.
%
%   Meaning is the named reading Reading of Passage worded in Lang
%   (readings:reading/4 in English).  Fails for an unknown reading.

reading_meaning(ru, Passage, Reading, Meaning) :-
    ru_reading(Passage, Reading, Meaning), !.
reading_meaning(_, Passage, Reading, Meaning) :-
    readings:reading(Passage, Reading, Meaning, _).

%!  not_encoded_reason(+Lang, +Paragraph, +What, -Why) is semidet.
%
%   Why says in Lang why the passage What of Paragraph is not encoded
%   (coverage:not_encoded/3 in English).

not_encoded_reason(ru, Paragraph, What, Why) :-
    ru_not_encoded_reason(Paragraph, What, Why), !.
not_encoded_reason(_, Paragraph, What, Why) :-
    coverage:not_encoded(Paragraph, What, Why).

%!  not_encoded_text(+Lang, +Name, -Text) is det.
%
%   Text names, in Lang, the law outside the resolution that the case fact
%   Name stands for (vocabulary:not_encoded_article/2).

not_encoded_text(ru, Name, Text) :-
    ru_not_encoded(Name, Text), !.
not_encoded_text(_, Name, Text) :-
    not_encoded_article(Name, Article),
    atom_string(Article, Text).

%!  contradiction_reason(+Lang, +Id, +English, -Reason) is det.
%
%   Reason is the reason of the contradiction Id in Lang: English (its
%   wording in consistency.pl) for `en`, from the table of Lang otherwise.

contradiction_reason(ru, Id, _, Reason) :-
    ru_contradiction(Id, Reason), !.
contradiction_reason(_, _, English, English).

%!  article_label(+Lang, +Article, -Label) is det.
%
%   Label is the citation Article ('CPC art. 484 part 1') in Lang: as it
%   is in English, "ст. 484 ч. 1 УПК РК" in Russian.

article_label(en, Article, Label) :- !,
    atom_string(Article, Label).
article_label(ru, Article, Label) :-
    atomic_list_concat(Tokens, ' ', Article),
    citation_code(Tokens, Code, Rest),
    !,
    maplist(ru_citation_token, Rest, Ru),
    atomic_list_concat(Ru, ' ', Body),
    format(string(Label), "~w ~w", [Body, Code]).
article_label(_, Article, Label) :-
    atom_string(Article, Label).

citation_code(['CPC'|Rest], "УПК РК", Rest).
citation_code(['CC'|Rest], "УК РК", Rest).
citation_code(['Constitution'|Rest], "Конституции РК", Rest).

ru_citation_token('art.', 'ст.') :- !.
ru_citation_token('arts.', 'ст.') :- !.
ru_citation_token(part, 'ч.') :- !.
ru_citation_token(item, 'п.') :- !.
ru_citation_token(items, 'пп.') :- !.
ru_citation_token(T, T).

%!  article_verbatim(+Article, -Text) is semidet.
%
%   Text is the verbatim Russian text of the CPC/CC article or part that
%   the citation Article names ('CPC art. 485 part 1 item 2': part 1 of
%   article 485), from the reference (cpc_ru.pl); for a citation of a whole
%   article, its heading and the text before its first part.  Fails where
%   the reference has no verbatim text.

article_verbatim(Article, Text) :-
    atomic_list_concat(Tokens, ' ', Article),
    append([CodeAtom, 'art.', NAtom], Rest, Tokens),
    memberchk(CodeAtom, ['CPC', 'CC']),
    atom_number(NAtom, N), integer(N),
    (   Rest = [part, PAtom|_], atom_number(PAtom, P), integer(P)
    ->  verbatim_ru(CodeAtom, N, P, Text)
    ;   Rest == []
    ->  verbatim_ru(CodeAtom, N, 0, Heading),
        (   verbatim_ru(CodeAtom, N, whole, Whole)
        ->  format(string(Text), "~w. ~w", [Heading, Whole])
        ;   Text = Heading
        )
    ).

% --- the Russian templates, parsed once when this module is loaded ---------

% ru_pieces(?Name, ?Arity, ?Pieces): ru_template/2 and ru_fact/2 as pieces.
term_expansion(ru_pieces_of_the_templates, Clauses) :-
    findall(ru_pieces(Name, Arity, Pieces),
            ( ( ru_template(Head, Text) ; ru_fact(Head, Text) ),
              compound_name_arguments(Head, Name, ArgNames),
              length(ArgNames, Arity),
              norm_syntax:template_text_pieces(Text, ArgNames, Pieces) ),
            Clauses).

ru_pieces_of_the_templates.

% --- the check: every sentence in every language --------------------------

%!  language_gap(?Lang, ?What) is nondet.
%
%   What lacks its form in the supported language Lang: `template(PI)` (a
%   derived predicate with template/2 but no template in Lang),
%   `fact(PI)` (a case fact), `placeholder(PI, Name)` (a template in Lang
%   without the placeholder of an argument), `word(Value)` (an
%   enumeration value, a constant of a rule's conclusion or the name of a
%   compound value there), `phrase(Key)` (a fixed phrase), `not_encoded(Name)`
%   (the law a case fact stands for), `argument(ArgName)` (an argument name
%   of a case fact), `passage(P)` and `reading(P, R)` (the note of an
%   ambiguous passage, the meaning of a reading), `not_encoded_reason(Par, What)`
%   (why a passage is not encoded).

language_gap(ru, What) :-
    ru_gap(What).

ru_gap(template(Name/Arity)) :-
    norm_syntax:predicate_template(Name/Arity, _, _),
    \+ ( ru_template(Head, _), functor(Head, Name, Arity) ).
ru_gap(fact(Name/Arity)) :-
    case_fact(Name, Specs, _, _),
    length(Specs, Arity),
    \+ ( ru_fact(Head, _), functor(Head, Name, Arity) ).
ru_gap(placeholder(Name/Arity, Arg)) :-
    (   ru_template(Head, Text) ; ru_fact(Head, Text) ),
    compound_name_arguments(Head, Name, ArgNames),
    length(ArgNames, Arity),
    member(Arg, ArgNames),
    format(atom(Ph), "{~w}", [Arg]),
    \+ sub_atom(Text, _, _, _, Ph).
ru_gap(placeholder(Name/Arity, Arg)) :-
    norm_syntax:predicate_template(Name/Arity, EnNames, _),
    ru_template(Head, _),
    compound_name_arguments(Head, Name, RuNames),
    length(RuNames, Arity),
    member(Arg, EnNames),
    \+ memberchk(Arg, RuNames).
ru_gap(word(Value)) :-
    translatable_value(Value),
    \+ ru_word(Value, _).
ru_gap(phrase(Key)) :-
    en_phrase(Key, En),
    (   ru_phrase(Key, Ru)
    ->  directive_count(En, N), directive_count(Ru, M), N =\= M
    ;   true
    ).
ru_gap(contradiction(Id)) :-
    current_predicate(consistency:contradiction/6),
    consistency:contradiction(Id, _, _, _, _, _),
    \+ ru_contradiction(Id, _).
ru_gap(argument(ArgName)) :-
    findall(A, ( case_fact(_, Specs, _, _), member(A:_, Specs) ), Names0),
    sort(Names0, Names),
    member(ArgName, Names),
    \+ ru_argument(ArgName, _).
ru_gap(passage(Passage)) :-
    current_predicate(readings:ambiguous_passage/4),
    readings:ambiguous_passage(Passage, _, _, _),
    \+ ru_passage_note(Passage, _).
ru_gap(reading(Passage, Reading)) :-
    current_predicate(readings:reading/4),
    readings:reading(Passage, Reading, _, _),
    \+ ru_reading(Passage, Reading, _).
ru_gap(not_encoded_reason(Paragraph, What)) :-
    current_predicate(coverage:not_encoded/3),
    coverage:not_encoded(Paragraph, What, _),
    \+ ru_not_encoded_reason(Paragraph, What, _).
ru_gap(not_encoded(Name)) :-
    not_encoded_article(Name, _),
    \+ ru_not_encoded(Name, _).

directive_count(Format, N) :-
    aggregate_all(count, sub_atom(Format, _, _, _, '~w'), N).

% translatable_value(?Value): a value an explanation may print in words:
% each enumeration value, each reserved person, and each atom or name of a
% compound value that a rule's conclusion states.
translatable_value(Value) :-
    setof(V, value_of_the_kb(V), Values),
    member(Value, Values).

value_of_the_kb(V) :-
    enumeration(_, Vs, _),
    member(V, Vs).
value_of_the_kb(V) :-
    reserved_person(V, _).
value_of_the_kb(V) :-
    norm_syntax:rule_clause(_, _, Head, _),
    Head =.. [_|Args],
    member(A, Args),
    head_value(A, V).

head_value(A, A) :- atom(A).
head_value(A, V) :-
    compound(A),
    compound_name_arguments(A, Name, Args),
    (   V = Name
    ;   member(X, Args), head_value(X, V)
    ).

%!  check_languages is det.
%
%   Throws `error(existence_error(translation, Lang-What), _)` with a
%   message naming What for the first gap of language_gap/2: the KB
%   refuses to load without every sentence in every supported language.

check_languages :-
    (   supported_language(Lang),
        language_gap(Lang, What)
    ->  format(string(M), "~w has no form in the language '~w' (add it to kb/lang/~w.pl)",
               [What, Lang, Lang]),
        throw(error(existence_error(translation, Lang-What), context(check_languages/0, M)))
    ;   true
    ).
