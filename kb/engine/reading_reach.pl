:- encoding(utf8).
:- module(reading_reach,
          [ passage_affects/2           % ?Passage, ?Name/Arity
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(solution_sequences)).
:- use_module(norm_syntax).
:- use_module('../law/readings').

/** <module> Which questions a named reading can change

A reading of an ambiguous passage matters to a question only if some rule
whose conclusion the question may need has a `reading_selected(Passage, _)`
condition.  passage_affects/2 follows the rules' conditions from each
derived predicate down to the rules that test a reading, so that comparing
readings (`cassation compare-readings`) varies only the passages that can
change the answer -- with eleven passages, all combinations would be 2,048
asks.  The relation is static (computed from the rules, not from a case)
and errs on the side of including a passage.
*/

%!  passage_affects(?Passage, ?PI) is nondet.
%
%   A proof of the derived predicate PI (Name/Arity) may depend on the
%   reading of Passage.

passage_affects(Passage, Name/Arity) :-
    ambiguous_passage(Passage, _, _, _),
    derived_predicate(Name/Arity),
    once(depends_on_reading(Name/Arity, Passage, [])).

depends_on_reading(PI, Passage, Seen) :-
    PI = Name/Arity,
    \+ memberchk(PI, Seen),
    rule_head(Name, Arity, Id),
    rule_clause(Id, _, _, Body),
    body_condition(Body, Goal),
    (   Goal = reading_selected(P, _), P == Passage
    ->  true
    ;   callable(Goal),
        functor(Goal, GName, GArity),
        derived_predicate(GName/GArity),
        depends_on_reading(GName/GArity, Passage, [PI|Seen])
    ).

% body_condition(+Body, -Goal): Goal is a condition of Body, under
% conjunctions, negations and module qualifications.
body_condition(Var, _) :- var(Var), !, fail.
body_condition((A, B), Goal) :- !,
    ( body_condition(A, Goal) ; body_condition(B, Goal) ).
body_condition(\+ A, Goal) :- !,
    body_condition(A, Goal).
body_condition(_:A, Goal) :- !,
    body_condition(A, Goal).
body_condition(Goal, Goal).
