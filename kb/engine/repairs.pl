:- encoding(utf8).
:- module(repairs,
          [ minimal_repairs/4,          % +Goal, +MaxSize, +MaxSets, -Repairs
            minimal_repairs/6,          % +Goal, +MaxSize, +MaxSets, -Repairs, +Tested0, -Tested
            candidate_changes/2,        % +Goal, -Changes
            apply_changes/1,            % +Changes
            consistent_repairs/4,       % +Goal, +MaxSize, +Repairs0, -Repairs
            repair_cost/2               % +Changes, -Cost
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(ordsets)).
:- use_module(library(sort)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module(explain).
:- use_module('../law/consistency').
:- use_module(library(pairs)).
:- use_module(library(assoc)).

:- thread_local current_goal/1.

/** <module> Why not: the smallest changes of the case that would make a question hold

minimal_repairs/4 searches, breadth first and in a fixed order, for the
smallest sets of changes to the current case — `add(Fact)` of a fact of the
declared vocabulary, or `remove(Fact)` of a given fact — after which Goal
holds.  The candidate changes at each step come from the why-not of Goal
under the changes made so far:

  - a case fact that a rule needed and was not given is a candidate
    addition (its unknown names are filled with fresh ones, `new_appeal`;
    an unknown value of an enumeration is tried with every value);
  - a given fact in the proof of something that blocks a negated condition
    (`\+ appeal_withdrawn(a1)`) is a candidate removal.

Every candidate set is tested by proving Goal on the changed case (inside
snapshot/1, so the case is left as it was); supersets of a repair are not
tried.  The search is bounded by the size of a set and the number of sets
tried, so it is deterministic and terminates; it finds the smallest repairs
within those bounds, not every possible one.
*/

%!  minimal_repairs(+Goal, +MaxSize, +MaxSets, -Repairs) is det.
%
%   Repairs is a list of `repair(Changes, Proof)`, smallest first: after
%   Changes (a sorted list of `add(F)`/`remove(F)`), Goal holds with Proof.
%   At most MaxSets candidate sets are tried.

minimal_repairs(Goal, MaxSize, MaxSets, Repairs) :-
    empty_assoc(Tested0),
    minimal_repairs(Goal, MaxSize, MaxSets, Repairs, Tested0, _).

%!  minimal_repairs(+Goal, +MaxSize, +MaxSets, -Repairs, +Tested0, -Tested) is det.
%
%   As minimal_repairs/4, reusing the sets already tested on the same
%   case for the same Goal: Tested0 and Tested are assocs from a set of
%   changes to `tested(Holds, Candidates)` (Candidates `untried` if the set
%   was only tested, not grown).  A search one size deeper than the last
%   (answer.pl, the verdict's search) tests again none of the sets of the
%   last one, and works out the candidates of a set only once.

minimal_repairs(Goal, MaxSize, MaxSets, Repairs, Tested0, Tested) :-
    copy_term(Goal, G),
    setup_call_cleanup(asserta(current_goal(G), Ref),
                       search([[]], MaxSize, MaxSets, 0, [], Found, Tested0, Tested),
                       erase(Ref)),
    reverse(Found, InOrder),
    maplist(repair_proof(Goal), InOrder, Repairs0),
    sort(1, @<, Repairs0, Unique),
    predsort(by_size, Unique, Repairs).

by_size(Order, repair(A, _), repair(B, _)) :-
    length(A, LA), length(B, LB),
    compare(O1, LA, LB),
    (   O1 == (=) -> compare(Order, A, B) ; Order = O1 ).

repair_proof(Goal0, Changes, repair(Changes, Proof)) :-
    copy_term(Goal0, Goal),
    snapshot(( apply_changes(Changes),
               once(prove(Goal, Proof)) )).

% search(+Frontier, +MaxSize, +MaxSets, +Tried, +Found0, -Found, +Tested0, -Tested):
% breadth first.
search([], _, _, _, Found, Found, Tested, Tested) :- !.
search(_, _, MaxSets, Tried, Found, Found, Tested, Tested) :-
    Tried >= MaxSets, !.
search(Frontier, MaxSize, MaxSets, Tried, Found0, Found, Tested0, Tested) :-
    expand_level(Frontier, MaxSize, MaxSets, Tried, Tried1, Found0, Found1, [], Next0, Tested0, Tested1),
    sort(Next0, Next1),
    exclude(covers_a_repair(Found1), Next1, Next),
    search(Next, MaxSize, MaxSets, Tried1, Found1, Found, Tested1, Tested).

expand_level([], _, _, T, T, F, F, N, N, Tested, Tested).
expand_level([Set|Sets], MaxSize, MaxSets, T0, T, F0, F, N0, N, Tested0, Tested) :-
    (   T0 >= MaxSets
    ->  T = T0, F = F0, N = N0, Tested = Tested0
    ;   T1 is T0 + 1,
        (   covers_a_repair(F0, Set)
        ->  F1 = F0, N1 = N0, Tested1 = Tested0
        ;   length(Set, Size),
            ( Size < MaxSize -> Expand = true ; Expand = false ),
            tested_set(Set, Expand, Goal0Holds, Candidates, Tested0, Tested1),
            (   Goal0Holds == true
            ->  F1 = [Set|F0], N1 = N0
            ;   Expand == true
            ->  F1 = F0,
                findall(Bigger,
                        ( member(C, Candidates),
                          \+ memberchk(C, Set),
                          \+ conflicting(C, Set),
                          ord_add_element(Set, C, Bigger) ),
                        More),
                append(N0, More, N1)
            ;   F1 = F0, N1 = N0
            )
        ),
        expand_level(Sets, MaxSize, MaxSets, T1, T, F1, F, N1, N, Tested1, Tested)
    ).

% tested_set(+Set, +Expand, -Holds, -Candidates, +Tested0, -Tested):
% test_set/4, unless Set was tested already (with its candidates, if they
% are needed now).
tested_set(Set, Expand, Holds, Candidates, Tested0, Tested) :-
    (   get_assoc(Set, Tested0, tested(Holds0, Candidates0)),
        ( Holds0 == true ; Expand == false ; Candidates0 \== untried )
    ->  Holds = Holds0, Candidates = Candidates0, Tested = Tested0
    ;   snapshot(test_set(Set, Expand, Holds, Candidates1)),
        (   Holds == false, Expand == false
        ->  Kept = untried
        ;   Kept = Candidates1
        ),
        Candidates = Candidates1,
        put_assoc(Set, Tested0, tested(Holds, Kept), Tested)
    ).

% test_set(+Set, +Expand, -Holds, -Candidates): whether the goal holds
% after the changes of Set and, if it does not and Expand is true (Set may
% still grow), the changes its why-not suggests (the why-not is most of
% the cost of a set: a set that cannot grow is only tested).
test_set(Set, Expand, Holds, Candidates) :-
    current_goal(Goal0),
    copy_term(Goal0, Goal),
    apply_changes(Set),
    (   holds(Goal)
    ->  Holds = true, Candidates = []
    ;   Holds = false,
        (   Expand == true
        ->  candidate_changes(Goal, Candidates)
        ;   Candidates = []
        )
    ).

covers_a_repair(Found, Set) :-
    member(Repair, Found),
    ord_subset(Repair, Set), !.

conflicting(add(F), Set) :- memberchk(remove(F), Set).
conflicting(remove(F), Set) :- memberchk(add(F), Set).

%!  apply_changes(+Changes) is det.
%
%   Adds and removes the facts of Changes in the current case (call it
%   inside snapshot/1).

apply_changes(Changes) :-
    forall(member(C, Changes), apply_change(C)).

apply_change(add(F)) :- assert_case_fact(F).
apply_change(remove(F)) :- retractall(case_facts:F).

%!  candidate_changes(+Goal, -Changes) is det.
%
%   The changes suggested by the why-not of Goal on the current case, in a
%   fixed order, without repetitions.

candidate_changes(Goal, Changes) :-
    findall(F-Failures, ( copy_term(Goal, F), failed_conditions(F, 6, Failures) ), [_-Failures]),
    findall(C, ( member(Fl, Failures), failure_change(Fl, C) ), Cs0),
    (   Cs0 == []
    ->  findall(C, ( member(Fl, Failures), widened_failure_change(Fl, C) ), Cs1)
    ;   Cs1 = Cs0
    ),
    list_to_set(Cs1, Changes).

failure_change(failure(_, _, _, Failed), Change) :-
    failed_change(Failed, Change).

% widened_failure_change(+Failure, -Change): where the why-not suggests no
% fact to add or undo, another value of a fact that held but failed the
% check after it (explain.pl, failed_conditions/3: `widened(Pattern,
% Check)`): the fact with a value that passes the check, if the case does
% not state it already.  (An added fact that contradicts the given one --
% one act, one outcome -- becomes a replacement in consistent_repairs/4.)
% Tried only then, so that these alternatives never crowd the search's
% sets out of what the why-not names.
widened_failure_change(failure(_, _, Widened, Failed), Change) :-
    (   member(widened(Pattern, Check), Widened),
        ground_fact(Pattern, Ground),
        Pattern = Ground,
        holds(Check),
        \+ clause(case_facts:Ground, true),
        Change = add(Ground)
    ;   Failed = unproved(_, Sub),
        member(F, Sub),
        widened_failure_change(F, Change)
    ).

failed_change(missing(Fact), add(Ground)) :-
    ground_fact(Fact, Ground).
failed_change(blocked(_, Proof), remove(Fact)) :-
    given_leaf(Proof, Fact).
failed_change(unproved(_, Sub), Change) :-
    member(F, Sub),
    failure_change(F, Change).

given_leaf(node(G, given, _, _), G).
given_leaf(node(_, _, _, Children), G) :-
    member(C, Children),
    given_leaf(C, G).

% Fill the unknowns of a missing fact: fresh names for ids, each value for
% enumerations; dates and numbers cannot be guessed.
ground_fact(Fact, Ground) :-
    compound_name_arguments(Fact, Name, Args),
    case_fact(Name, Specs, _, _),
    length(Specs, N), length(Args, N),
    maplist(ground_argument, Specs, Args, GroundArgs),
    compound_name_arguments(Ground, Name, GroundArgs),
    catch(check_case_fact(Ground, _), _, fail).

ground_fact(Fact, Ground) :-
    another_like_it(Fact, Ground).

% another_like_it(+Fact, -Ground): Fact names an existing request or appeal
% by its id (`appeal(a1, 'Мадина', _)`, because a condition met by a1
% bound the id): the same fact with a fresh id, its unknowns taken from
% the existing one -- another appeal like a1, but of 'Мадина' -- instead of a
% second author for one appeal, which contradicts the case.
another_like_it(Fact, Ground) :-
    compound_name_arguments(Fact, Name, [Id|Args]),
    atom(Id),
    case_fact(Name, [IdName:id|Specs], _, _),
    length(Args, N), length(Specs, N),
    length(ExistingArgs, N),
    Existing =.. [Name, Id|ExistingArgs],
    once(clause(case_facts:Existing, true)),
    Fact \=@= Existing,
    maplist(known_or_existing, Args, ExistingArgs, Filled),
    atom_concat(new_, IdName, Fresh),
    maplist(ground_argument, Specs, Filled, GroundArgs),
    compound_name_arguments(Ground, Name, [Fresh|GroundArgs]),
    catch(check_case_fact(Ground, _), _, fail).

known_or_existing(Arg, _, Arg) :- nonvar(Arg), !.
known_or_existing(_, Existing, Existing).

ground_argument(_, Arg, Arg) :- nonvar(Arg), !.
ground_argument(ArgName:id, _, Fresh) :- !,
    atom_concat(new_, ArgName, Fresh).
ground_argument(_:Type, _, Value) :-
    enumeration(Type, Values, _), !,
    member(Value, Values).

%!  consistent_repairs(+Goal, +MaxSize, +Repairs0, -Repairs) is det.
%
%   A repair after which two facts of the case would contradict each other
%   (consistency.pl) is no repair as it stands: adding `appeal(new_appeal,
%   'Мадина', v1)` where `took_no_part_earlier('Мадина')` is given.  Each
%   such repair also removes the given fact it contradicts (as often as
%   needed, within MaxSize changes), and is kept only if Goal still holds
%   then; a repair whose added facts contradict each other is dropped.
%   Repairs stay sorted by size, without duplicates or supersets of a
%   smaller repair.  (The search of repairs.pl does not know about
%   contradictions; this keeps every repair it reports a possible case.)

consistent_repairs(Goal, MaxSize, Repairs0, Repairs) :-
    findall(F, case_fact_clause(F), Given),
    findall(Size-(Changes-Proof),
            ( member(repair(Changes0, Proof0), Repairs0),
              consistent_changes(Changes0, MaxSize, Changes),
              \+ second_identity(Given, Changes),
              (   Changes == Changes0
              ->  Proof = Proof0
              ;   copy_term(Goal, G),
                  snapshot(( apply_changes(Changes), once(prove(G, Proof)) ))
              ),
              length(Changes, Size) ),
            Keyed0),
    msort(Keyed0, Keyed),
    foldl(keep_minimal, Keyed, [], Kept),
    reverse(Kept, BySize),
    ranked_repairs(BySize, InOrder),
    findall(repair(C, P), member(C-P, InOrder), Repairs).

%   second_identity(+Given, +Changes) is semidet.
%
%   Changes would give an act or a person of the case a second identity
%   beside the one the case states: add a fact of nature `identity`
%   (vocabulary:fact_nature/2) about an act or person that a given fact of
%   the same predicate already describes otherwise, and keep that fact (a
%   second role for a person, a second kind for an act).  Replacing the
%   stated one (removing it) is a change of the case, ranked by its cost;
%   keeping both describes no possible case.

second_identity(Given, Changes) :-
    member(add(F), Changes),
    functor(F, Name, Arity),
    fact_nature(Name, identity),
    arg(1, F, Who),
    functor(Other, Name, Arity),
    arg(1, Other, Who),
    member(Other, Given),
    Other \== F,
    \+ memberchk(remove(Other), Changes), !.

%   ranked_repairs(+BySize, -Ranked) is det.
%
%   The repairs (Changes-Proof, smallest first) ordered by how far they
%   take the case from what it states (repair_cost/2), then by size, then
%   in the search's order.  The sort is stable.

ranked_repairs(BySize, Ranked) :-
    findall(Cost-(C-P), ( member(C-P, BySize), repair_cost(C, Cost) ), Keyed),
    keysort(Keyed, Sorted),
    pairs_values(Sorted, Ranked).

%!  repair_cost(+Changes, -Cost) is det.
%
%   How far Changes take a case from what it states: undoing a given fact
%   costs 1 (2 if it says what an act or a person is), adding what a party
%   can still bring about (a request, a step of the cassation proceedings)
%   1, adding a past event the case does not state 2, describing an act or
%   a person 3 (vocabulary:fact_nature/2).

repair_cost(Changes, Cost) :-
    foldl(add_change_cost, Changes, 0, Cost).

add_change_cost(Change, C0, C) :-
    change_cost(Change, K),
    C is C0 + K.

change_cost(remove(F), K) :-
    functor(F, Name, _),
    (   fact_nature(Name, identity) -> K = 2 ; K = 1 ).
change_cost(add(F), K) :-
    functor(F, Name, _),
    (   fact_nature(Name, Nature) -> true ; Nature = past_event ),
    nature_cost(Nature, K).

nature_cost(request, 1).
nature_cost(cassation_proceedings, 1).
nature_cost(past_event, 2).
nature_cost(identity, 3).

% consistent_changes(+Changes, +MaxSize, -Fixed): Changes, with the
% removal of every given fact that a fact Changes adds contradicts (unless
% Changes removes it already), within MaxSize changes; fails if two added
% facts contradict each other.  Only the added facts are checked, each
% against the case's indexed facts (consistency.pl, contradicting_pattern/3):
% the given facts were checked when the case was read, and removing a fact
% contradicts nothing.
consistent_changes(Changes, MaxSize, Fixed) :-
    findall(F, member(add(F), Changes), Added),
    \+ ( member(F, Added), member(G, Added), contradicts(F, G) ),
    findall(remove(Other),
            ( member(F, Added),
              contradicting_pattern(F, Other, When),
              given_fact(Other),
              Other \== F,
              contradiction_applies(When),
              \+ memberchk(remove(Other), Changes) ),
            Removals),
    (   Removals == []
    ->  Fixed = Changes
    ;   append(Removals, Changes, Fixed0),
        sort(Fixed0, Fixed),
        length(Fixed, Size),
        Size =< MaxSize
    ).

% contradicts(+Fact, +Other): the two facts contradict each other.
contradicts(Fact, Other) :-
    contradicting_pattern(Fact, Pattern, When),
    subsumes_term(Pattern, Other),
    Pattern = Other,
    Other \== Fact,
    contradiction_applies(When).

given_fact(Fact) :-
    callable(Fact),
    functor(Fact, Name, Arity),
    case_fact_signature(Name, Arity),
    clause(case_facts:Fact, true).

keep_minimal(_-(Changes-Proof), Kept0, Kept) :-
    (   member(K-_, Kept0), ord_subset(K, Changes)
    ->  Kept = Kept0
    ;   Kept = [Changes-Proof|Kept0]
    ).

