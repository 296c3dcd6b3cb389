:- encoding(utf8).
:- module(case_facts,
          [ assert_case_fact/1,         % +Fact
            assert_denied_fact/1,       % +Fact
            denied_fact/1,              % ?Fact
            clear_case/0,
            case_fact_clause/1,         % ?Fact
            reclaim_rolled_back_clauses/1 % +Facts
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../law/vocabulary').

/** <module> The facts of the case under consideration

One dynamic predicate per case fact declared in vocabulary.pl, created and
exported when this module is loaded: the vocabulary is the single list of
what a case may state, so the export list of this module is generated from
it (the norm modules import the facts from here).

The facts of an ask live only inside that ask's snapshot/1 (see
json_api.pl); load_case/1 in plain `swipl` asserts them for the session.
*/

declare_case_facts :-
    forall(case_fact_signature(Name, Arity),
           ( dynamic(case_facts:Name/Arity),
             export(case_facts:Name/Arity) )).

:- declare_case_facts.

%!  assert_case_fact(+Fact) is det.
%
%   Adds Fact, which must already be checked by
%   vocabulary:check_case_fact/2, to the case.  Asserting a fact twice
%   leaves one copy.

assert_case_fact(Fact) :-
    is_case_fact_goal(Fact),
    (   clause(case_facts:Fact, true)
    ->  true
    ;   assertz(case_facts:Fact)
    ).

%!  denied_fact(?Fact) is nondet.
%
%   Fact is stated to be false in the case (for the open world: see
%   open_world.pl; in the default closed world a fact not given is false
%   anyway).

:- dynamic denied_fact/1.

%!  assert_denied_fact(+Fact) is det.
%
%   States that the checked case fact Fact is false; Fact may have
%   variables (`appeal_returned(_)`: no fact of that form is so).  Throws
%   `error(case_fact_error(contradiction, Message), _)` if Fact, or a fact
%   of its form, is also given.

assert_denied_fact(Fact) :-
    is_case_fact_goal(Fact),
    (   \+ \+ ( clause(case_facts:Fact, true) )
    ->  copy_term(Fact, Given),
        once(clause(case_facts:Given, true)),
        (   ground(Fact)
        ->  format(string(M), "~q is both given and denied", [Fact])
        ;   format(string(M), "~q is both given and denied (by ~q)", [Given, Fact])
        ),
        throw(error(case_fact_error(contradiction, M), _))
    ;   denied_fact(D), D =@= Fact
    ->  true
    ;   assertz(denied_fact(Fact))
    ).

%!  clear_case is det.
%
%   Removes every fact of the case.

clear_case :-
    retractall(denied_fact(_)),
    forall(case_fact_signature(Name, Arity),
           ( functor(Head, Name, Arity),
             retractall(case_facts:Head) )).

%!  reclaim_rolled_back_clauses(+Facts) is det.
%
%   Frees the clauses that snapshot/1 discarded for the predicates of the
%   case facts Facts (all case-fact predicates if Facts is `all`), and for
%   denied_fact/1.  Must be called outside any snapshot.
%
%   Measured with SWI-Prolog 9.0.4: clauses asserted inside snapshot/1 or
%   transaction/1 into a dynamic predicate that has a clause index are not
%   freed when the snapshot is discarded, not even by
%   garbage_collect_clauses/0 -- the batch workers grew some 2.5 MB per
%   100,000 cases, and a loop asserting 20 indexed facts per snapshot kept all
%   of them.  One assert and erase of a clause of the predicate outside the
%   snapshot frees them all.

reclaim_rolled_back_clauses(Facts) :-
    (   Facts == all
    ->  findall(Name/Arity, case_fact_signature(Name, Arity), PIs0)
    ;   findall(Name/Arity, ( member(F, Facts), functor(F, Name, Arity) ), PIs0)
    ),
    sort(PIs0, PIs),
    forall(member(Name/Arity, PIs),
           ( functor(Head, Name, Arity), touch_clauses(case_facts:Head) )),
    touch_clauses(denied_fact(_)).

touch_clauses(Head) :-
    assertz(Head, Ref),
    erase(Ref).

%!  case_fact_clause(?Fact) is nondet.
%
%   Fact is a fact of the current case.

case_fact_clause(Fact) :-
    case_fact_signature(Name, Arity),
    functor(Fact, Name, Arity),
    clause(case_facts:Fact, true).
