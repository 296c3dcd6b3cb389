:- encoding(utf8).
:- module(consistency,
          [ contradiction/6,            % ?Id, ?FactA, ?FactB, ?When, ?Reason, ?Source
            case_contradiction/2,       % +Items, -Contradiction
            contradicting_pattern/3,    % +Fact, -Other, -When
            contradiction_applies/1,    % +When
            contradiction_message/4     % +Id, +FactA, +FactB, -Message
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module(library(assoc)).
:- use_module(library(ordsets)).
:- use_module(library(error)).
:- use_module('../lang/lang', [current_language/1, phrase_text/3, contradiction_reason/4, article_label/3]).

% The tables computed at load (end of file) are made by term_expansion/2
% clauses next to the predicates that use them.
:- discontiguous term_expansion/2.

/** <module> Case facts that cannot both be true

Some facts of a case exclude each other: an appeal that was withdrawn was
not decided by the court of appeal, a person who appealed took part in the
previous instance, one act has one date of entry into force.  A case that
states both is refused, naming both facts and both places, before any
question is answered about it (json_api.pl for every ask; load_case/1 in
cassation.pl for plain `swipl`).

Each incompatibility is declared as data by contradiction/6: two fact
*patterns* sharing variables, a condition on them, the legal reason and
its source.  The patterns are matched against the facts of the case as
terms -- nothing is called -- so a pattern may name a fact the vocabulary
does not declare (yet): it then matches nothing.

Checking is linear in the number of facts (after a sort): the facts are
grouped by functor, and the facts of each pattern by the values of the
variables the two patterns share, so only facts about the same act,
appeal, person or request are ever compared.
*/

%!  contradiction(?Id, ?FactA, ?FactB, ?When, ?Reason, ?Source) is nondet.
%
%   A case may not state both a fact matching FactA and a fact matching
%   FactB (two patterns; the variables they share must take the same
%   values) when When holds: `always`, or `differ(X, Y)` -- the terms X and
%   Y (of the two patterns) are not identical.  Reason says why, in a few
%   words; Source is `source(Paragraphs, Articles)` of Resolution No. 5 and
%   the CPC.

contradiction(withdrawn_appeal_decided,
              appeal_withdrawn(Appeal), appeal_outcome(Appeal, _), always,
              "a withdrawn appeal is not decided by the court of appeal",
              source([1], ['CPC art. 484 part 1'])).
contradiction(returned_appeal_decided,
              appeal_returned(Appeal), appeal_outcome(Appeal, _), always,
              "a returned appeal was never considered by the court of appeal",
              source([1], ['CPC art. 484 part 1'])).
contradiction(appellant_took_no_part,
              appeal(_, Person, _), took_no_part_earlier(Person), always,
              "a person who appealed took part in the previous instance",
              source([3], ['CPC art. 414 part 1', 'CPC art. 486 part 1'])).
contradiction(affected_person_is_participant,
              rights_affected(Person, _, _), participant(Person, _), always,
              "a person whose rights are affected is one not recognised as a participant, so cannot also be a participant",
              source([3], ['CPC art. 486 part 1', 'CPC art. 414 part 3'])).
contradiction(act_kind_or_instance,
              judicial_act(Act, Kind1, Instance1), judicial_act(Act, Kind2, Instance2),
              differ(Kind1-Instance1, Kind2-Instance2),
              "one act is of one kind and rendered by one instance",
              source([1, 2, 3], ['CPC art. 484'])).
contradiction(act_outcome,
              act_outcome(Act, Outcome1), act_outcome(Act, Outcome2), differ(Outcome1, Outcome2),
              "one act has one outcome",
              source([4], ['CPC art. 487'])).
contradiction(entry_into_force_date,
              entered_into_force(Act, Date1), entered_into_force(Act, Date2), differ(Date1, Date2),
              "one act enters into legal force once, on one date",
              source([1, 4], ['CPC art. 484 part 1', 'CPC art. 487'])).
contradiction(filing_date,
              filed_on(Request, Date1), filed_on(Request, Date2), differ(Date1, Date2),
              "one request is received by the Supreme Court once, on one date",
              source([4], ['CPC art. 487 part 2', 'CPC art. 488 part 1'])).
contradiction(one_appeal_two_appellants_or_acts,
              appeal(Appeal, Appellant1, Act1), appeal(Appeal, Appellant2, Act2),
              differ(Appellant1-Act1, Appellant2-Act2),
              "one appeal is brought by one appellant against one act",
              source([1], ['CPC art. 484 part 1', 'CPC art. 414'])).
contradiction(appeal_outcome,
              appeal_outcome(Appeal, Outcome1), appeal_outcome(Appeal, Outcome2), differ(Outcome1, Outcome2),
              "the court of appeal decides an appeal once",
              source([1], ['CPC art. 484 part 1'])).
contradiction(one_petition_two_authors_or_acts,
              petition(Request, Petitioner1, Act1), petition(Request, Petitioner2, Act2),
              differ(Petitioner1-Act1, Petitioner2-Act2),
              "one petition is filed by one petitioner against one act",
              source([3], ['CPC art. 486 part 1'])).
contradiction(one_protest_two_acts,
              protest(Request, Act1), protest(Request, Act2), differ(Act1, Act2),
              "one protest is brought against one act",
              source([3], ['CPC art. 486 part 2'])).
contradiction(petition_is_protest,
              petition(Request, _, _), protest(Request, _), always,
              "one request is either a petition, a protest or a submission",
              source([3], ['CPC art. 486 part 1', 'CPC art. 486 part 2'])).
contradiction(petition_is_submission,
              petition(Request, _, _), submission(Request, _), always,
              "one request is either a petition, a protest or a submission",
              source([3], ['CPC art. 486 part 1', 'CPC art. 486 part 2'])).
contradiction(protest_is_submission,
              protest(Request, _), submission(Request, _), always,
              "one request is either a petition, a protest or a submission",
              source([3], ['CPC art. 486 part 2'])).

%!  case_contradiction(+Items, -Contradiction) is semidet.
%
%   Items is the list of the given facts of a case, each `Fact-Place`
%   (Place is any term: where the fact was written, or its position).
%   Contradiction is the first contradiction among them, as
%   `contradiction(Id, FactA-PlaceA, FactB-PlaceB, Message)`, FactA the
%   one that comes first in Items.  Fails if the facts are consistent.
%   Each fact is compared only with the facts that share its key (see the
%   module comment), so a case of 100,000 facts is checked in about the
%   time it takes to sort them.

case_contradiction(Items, Contradiction) :-
    must_be(list, Items),
    numbered_facts(Items, 0, Numbered),
    pattern_functors(Functors),
    index_facts(Numbered, Functors, Index),
    findall(Found,
            ( keyed_contradiction(Id, A, B, Key, When),
              first_contradiction(Index, Id, A, B, Key, When, Found) ),
            Founds),
    Founds \== [],
    min_member(Earliest, Founds),
    Earliest = found(_, _, Id, item(_, FactA, PlaceA), item(_, FactB, PlaceB)),
    contradiction_message(Id, FactA, FactB, Message),
    Contradiction = contradiction(Id, FactA-PlaceA, FactB-PlaceB, Message).

numbered_facts([], _, []).
numbered_facts([Item|Items], N, [item(N, Fact, Place)|Numbered]) :-
    (   nonvar(Item), Item = Fact-Place, callable(Fact)
    ->  true
    ;   type_error(fact_place_pair, Item)
    ),
    N1 is N + 1,
    numbered_facts(Items, N1, Numbered).

% pattern_functors(-Functors): the Name/Arity of every pattern, sorted;
% keyed_contradiction(?Id, ?A, ?B, ?Key, ?When): each contradiction/6 with
% the variables its two patterns share as one term, Key.  Both computed
% when this file is loaded (end of file): every ask checks its case.

term_expansion(tables_of_the_contradictions, [pattern_functors(Functors)|Keyed]) :-
    findall(F, ( contradiction(_, A, B, _, _, _),
                 ( P = A ; P = B ),
                 functor(P, Name, Arity),
                 F = Name/Arity ),
            Fs),
    sort(Fs, Functors),
    findall(keyed_contradiction(Id, A, B, Key, When),
            ( contradiction(Id, A, B, When, _, _), shared_key(A, B, Key) ),
            Keyed).

% index_facts(+Numbered, +Functors, -Index): Index maps Name/Arity to the
% items of that functor (in their order), for the functors of the patterns.
index_facts(Numbered, Functors, Index) :-
    findall(Name/Arity-Item,
            ( member(Item, Numbered),
              Item = item(_, Fact, _),
              functor(Fact, Name, Arity),
              ord_memberchk(Name/Arity, Functors) ),
            Pairs0),
    keysort(Pairs0, Pairs),
    group_pairs_by_key(Pairs, Groups),
    list_to_assoc(Groups, Index).

functor_items(Index, Pattern, Items) :-
    functor(Pattern, Name, Arity),
    (   get_assoc(Name/Arity, Index, Items0)
    ->  Items = Items0
    ;   Items = []
    ).

% first_contradiction(+Index, +Id, +A, +B, +Key, +When, -Found): the first fact
% matching B, in the order of the case, that contradicts a fact matching A
% with the same key; Found is found(Later, Earlier, Id, ItemA, ItemB), the
% positions of the later and the earlier of the two first, for
% min_member/2 to prefer the contradiction whose facts all come first.
first_contradiction(Index, Id, A, B, Key, When, Found) :-
    functor_items(Index, A, AItems0),
    functor_items(Index, B, BItems),
    AItems0 \== [], BItems \== [],
    distinct_facts(AItems0, AItems1),
    keyed_items(AItems1, A-Key, KeyedA),
    keysort(KeyedA, SortedA),
    group_pairs_by_key(SortedA, GroupsA),
    list_to_assoc(GroupsA, ByKey),
    member(ItemB, BItems),
    ItemB = item(_, FactB, _),
    copy_term(A-B-Key-When, A1-B1-K1-W1),
    subsumes_term(B1, FactB),
    B1 = FactB,
    get_assoc(K1, ByKey, Candidates),
    member(ItemA, Candidates),
    ItemA = item(_, FactA, _),
    FactA \== FactB,
    copy_term(A1-W1, A2-W2),        % A1 shares B's key, bound by FactB
    subsumes_term(A2, FactA),
    A2 = FactA,
    holds(W2),
    !,
    ItemA = item(PA, _, _), ItemB = item(PB, _, _),
    Later is max(PA, PB), Earlier is min(PA, PB),
    (   PA =< PB
    ->  Found = found(Later, Earlier, Id, ItemA, ItemB)
    ;   Found = found(Later, Earlier, Id, ItemB, ItemA)
    ).

% The variables FactA and FactB share, as one term.
shared_key(A, B, Key) :-
    term_variables(A, VA),
    term_variables(B, VB),
    include(var_in(VB), VA, Shared),
    Key =.. [key|Shared].

var_in(Vars, V) :-
    member(W, Vars), W == V, !.

% A fact stated twice is one fact: keep its first place.
distinct_facts(Items, Distinct) :-
    findall(Fact-Item, ( member(Item, Items), Item = item(_, Fact, _) ), Pairs),
    msort(Pairs, Sorted),              % by fact, then by position
    first_of_each(Sorted, Firsts),
    pairs_values(Firsts, Unordered),
    sort(1, @<, Unordered, Distinct).

first_of_each([], []).
first_of_each([F-I|Rest], [F-I|Firsts]) :-
    skip_same(Rest, F, Others),
    first_of_each(Others, Firsts).

skip_same([F1-_|Rest], F, Others) :-
    F1 == F, !,
    skip_same(Rest, F, Others).
skip_same(Rest, _, Rest).

% keyed_items(+Items, +Pattern-Key, -Keyed): Key-Item for each item whose
% fact matches Pattern (in order).
keyed_items([], _, []).
keyed_items([Item|Items], Pattern-Key, Keyed) :-
    Item = item(_, Fact, _),
    copy_term(Pattern-Key, P1-K1),
    (   subsumes_term(P1, Fact)
    ->  P1 = Fact,
        Keyed = [K1-Item|Rest]
    ;   Keyed = Rest
    ),
    keyed_items(Items, Pattern-Key, Rest).

holds(always).
holds(differ(X, Y)) :- X \== Y.

%!  contradicting_pattern(+Fact, -Other, -When) is nondet.
%
%   Other is the pattern of a fact that contradicts the fact Fact (under
%   contradiction/6, Fact matching either of its two patterns), with the
%   variables the two patterns share bound by Fact; the two contradict each
%   other if, once Other is bound to a fact, that fact is not Fact and
%   contradiction_applies(When).  This lets a caller that keeps the facts
%   indexed (the case's dynamic predicates) find what contradicts one new
%   fact without checking the whole case again (repairs.pl).

contradicting_pattern(Fact, Other, When) :-
    functor(Fact, Name, Arity),
    pattern_pair(Name, Arity, Mine, Other, When),
    subsumes_term(Mine, Fact),
    Mine = Fact.

% pattern_pair(?Name, ?Arity, ?Mine, ?Other, ?When): the two patterns of
% each contradiction/6, both ways round, indexed by the functor of the
% first (Name/Arity): facts computed when this file is loaded (end of
% file), as the repair search asks for every fact it adds.

term_expansion(pattern_pairs_of_the_contradictions, Clauses) :-
    findall(pattern_pair(Name, Arity, Mine, Other, When),
            ( contradiction(_, A, B, When, _, _),
              ( Mine = A, Other = B ; Mine = B, Other = A ),
              functor(Mine, Name, Arity) ),
            Clauses).

%!  contradiction_applies(+When) is semidet.
%
%   The condition When of a contradiction/6 holds (its patterns bound).

contradiction_applies(When) :-
    holds(When).

%!  contradiction_message(+Id, +FactA, +FactB, -Message) is det.
%
%   Message says that FactA contradicts FactB, why, and where the law
%   says so: "appeal_withdrawn(a1) contradicts appeal_outcome(a1,
%   upheld): a withdrawn appeal is not decided by the court of appeal
%   (¶1; CPC art. 484 part 1)".

contradiction_message(Id, FactA, FactB, Message) :-
    contradiction(Id, _, _, _, English, source(Paragraphs, Articles)), !,
    current_language(Lang),
    contradiction_reason(Lang, Id, English, Reason),
    fact_text(FactA, TextA),
    fact_text(FactB, TextB),
    paragraphs_text(Paragraphs, PText),
    maplist(article_label(Lang), Articles, Labels),
    atomic_list_concat([PText|Labels], '; ', Source),
    phrase_text(contradicts, [TextA, TextB, Reason, Source], Message).

paragraphs_text([P], Text) :- !,
    phrase_text(one_paragraph, [P], Text).
paragraphs_text(Ps, Text) :-
    atomic_list_concat(Ps, ', ', List),
    phrase_text(several_paragraphs, [List], Text).

% A fact as it is written in a case: quoted where needed, dates as 2019-03-05.
fact_text(Fact, Text) :-
    format(string(Text), "~W", [Fact, [quoted(true), portray_goal(portray_date), spacing(next_argument)]]).

portray_date(date(Y, M, D), _) :-
    integer(Y), integer(M), integer(D),
    format("~d-~|~`0t~d~2+-~|~`0t~d~2+", [Y, M, D]).

pattern_pairs_of_the_contradictions.
tables_of_the_contradictions.
