:- encoding(utf8).
:- module(repairs,
          [ minimal_repairs/4,          % +Goal, +MaxSize, +MaxSets, -Repairs
            candidate_changes/2,        % +Goal, -Changes
            apply_changes/1             % +Changes
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(ordsets)).
:- use_module(library(sort)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module(explain).

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
    copy_term(Goal, G),
    setup_call_cleanup(asserta(current_goal(G), Ref),
                       search([[]], MaxSize, MaxSets, 0, [], Found),
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

% search(+Frontier, +MaxSize, +MaxSets, +Tried, +Found0, -Found): breadth first.
search([], _, _, _, Found, Found) :- !.
search(_, _, MaxSets, Tried, Found, Found) :-
    Tried >= MaxSets, !.
search(Frontier, MaxSize, MaxSets, Tried, Found0, Found) :-
    expand_level(Frontier, MaxSize, MaxSets, Tried, Tried1, Found0, Found1, [], Next0),
    sort(Next0, Next1),
    exclude(covers_a_repair(Found1), Next1, Next),
    search(Next, MaxSize, MaxSets, Tried1, Found1, Found).

expand_level([], _, _, T, T, F, F, N, N).
expand_level([Set|Sets], MaxSize, MaxSets, T0, T, F0, F, N0, N) :-
    (   T0 >= MaxSets
    ->  T = T0, F = F0, N = N0
    ;   T1 is T0 + 1,
        (   covers_a_repair(F0, Set)
        ->  F1 = F0, N1 = N0
        ;   snapshot(test_set(Set, Goal0Holds, Candidates)),
            (   Goal0Holds == true
            ->  F1 = [Set|F0], N1 = N0
            ;   length(Set, Size),
                Size < MaxSize
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
        expand_level(Sets, MaxSize, MaxSets, T1, T, F1, F, N1, N)
    ).

test_set(Set, Holds, Candidates) :-
    current_goal(Goal0),
    copy_term(Goal0, Goal),
    apply_changes(Set),
    (   \+ \+ prove(Goal, _)
    ->  Holds = true, Candidates = []
    ;   Holds = false,
        candidate_changes(Goal, Candidates)
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
    findall(F-Failures, ( copy_term(Goal, F), why_not(F, 6, Failures) ), [_-Failures]),
    findall(C, ( member(Fl, Failures), failure_change(Fl, C) ), Cs0),
    list_to_set(Cs0, Changes).

failure_change(failure(_, _, _, Failed), Change) :-
    failed_change(Failed, Change).

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
