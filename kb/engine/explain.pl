:- encoding(utf8).
:- module(explain,
          [ prove/2,                    % :Goal, -Proof
            holds/1,                    % +Goal
            why_not/3,                  % +Goal, +Depth, -Failures
            failed_conditions/3,        % +Goal, +Depth, -Failures
            goal_kind/2,                % +Goal, -Kind
            proof_rules/2,              % +Proof, -RuleIds
            proof_assumptions/2,        % +Proof, -Assumptions
            check_norms/0,
            record_condition_kinds/0
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(solution_sequences)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module(calendar).
:- use_module('../law/readings').

/** <module> Proof trees and why-not: the explanation engine

prove/2 is a meta-interpreter over the registered legal rules
(norm_syntax:rule_clause/4).  It proves a goal exactly as the compiled
rules would (a test checks that both give the same answers) and returns
the proof as a tree of

```
node(Goal, Status, RuleId, Children)
```

where Status is

  - `proved`: Goal follows by rule RuleId from the Children;
  - `given`: Goal is a fact of the case (a leaf; RuleId is `none`);
  - `assumed_absent`: Goal is `\+ G` and G could not be established: an
    explicit assumption ("no fact that the appeal was withdrawn was given");
  - `builtin`: a calendar or list condition, or the reading of an ambiguous
    passage that the rule depends on.

why_not/3 explains a goal that does not hold: for every rule that could
have concluded it (its head unifies with the goal) it reports the
conditions that held and the first condition that failed, with the reason
for that failure (a missing case fact, a fact that blocks a negated
condition, or a derived condition that fails in its turn, explained to a
bounded depth).
*/

%!  goal_kind(+Goal, -Kind) is semidet.
%
%   Kind is `case_fact`, `derived`, `builtin` or `reading`: what a rule
%   condition Goal is.  Fails for anything else.

goal_kind(Goal, Kind) :-
    callable(Goal),
    functor(Goal, Name, Arity),
    (   condition_kind(Name, Arity, Kind0)
    ->  Kind = Kind0
    ;   kind_of_goal(Goal, Kind)
    ).

% condition_kind(?Name, ?Arity, ?Kind): kind_of_goal/2 of each predicate
% a rule condition may call, recorded when the KB is loaded
% (record_condition_kinds/0, run by check_norms/0): the meta-interpreter
% asks the kind of every condition it proves, and one indexed lookup
% replaces trying the kinds in turn (most of the dispatch cost of a repair
% search).  Empty until then, when goal_kind/2 works the kind out.
:- dynamic condition_kind/3.

kind_of_goal(Goal, case_fact) :-
    is_case_fact_goal(Goal), !.
kind_of_goal(reading_selected(_, _), reading) :- !.
kind_of_goal(Goal, builtin) :-
    list_builtin(Goal), !.
kind_of_goal(Goal, builtin) :-
    calendar_builtin(Goal), !.
kind_of_goal(Goal, derived) :-
    callable(Goal),
    functor(Goal, Name, Arity),
    derived_predicate(Name/Arity), !.

%!  record_condition_kinds is det.
%
%   Records the kind (goal_kind/2) of every case fact, derived predicate,
%   builtin and reading a rule condition may call, so that goal_kind/2 is
%   one lookup.  Run when the KB is loaded (by check_norms/0).

record_condition_kinds :-
    retractall(condition_kind(_, _, _)),
    findall(Name/Arity,
            ( case_fact(Name, Specs, _, _), length(Specs, Arity)
            ; derived_predicate(Name/Arity)
            ; member(Name/Arity, [reading_selected/2, memberchk/2, member/2])
            ; calendar_builtin(G), functor(G, Name, Arity)
            ),
            PIs0),
    sort(PIs0, PIs),
    forall(( member(Name/Arity, PIs), functor(G, Name, Arity), kind_of_goal(G, Kind) ),
           assertz(condition_kind(Name, Arity, Kind))).

list_builtin(memberchk(_, _)).
list_builtin(member(_, _)).

%!  check_norms is det.
%
%   Throws an error naming the rule if a rule id is used twice, or if a
%   rule body uses a condition that is neither a declared case fact, a
%   derived predicate, a builtin nor a reading, or a control construct
%   other than `,` and `\+`, or if a derived predicate has no template (or
%   a template lacks a placeholder for one of its arguments).  First
%   records the kind of every condition (record_condition_kinds/0).

check_norms :-
    record_condition_kinds,
    forall(( rule_source(Id, _),
             aggregate_all(count, rule_source(Id, _), N),
             N > 1 ),
           throw(error(permission_error(define, rule_id, Id),
                       context(check_norms/0, 'rule id used twice')))),
    forall(rule_clause(Id, _, _, Body),
           check_body(Id, Body)),
    forall(( derived_predicate(PI), \+ predicate_template(PI, _, _) ),
           throw(error(existence_error(template, PI),
                       context(check_norms/0, 'every derived predicate needs template/2 next to it')))),
    forall(( predicate_template(PI, Names, Text), member(N, Names),
             format(atom(Ph), "{~w}", [N]), \+ sub_atom(Text, _, _, _, Ph) ),
           throw(error(domain_error(template_placeholder, PI-N), _))).

check_body(_, true) :- !.
check_body(Id, (A, B)) :- !,
    check_body(Id, A),
    check_body(Id, B).
check_body(Id, \+ G) :- !,
    check_body(Id, G).
check_body(Id, G) :-
    (   goal_kind(G, _)
    ->  true
    ;   functor(G, N, A),
        throw(error(existence_error(condition, N/A),
                    context(Id, 'not a case fact, derived predicate, builtin or reading')))
    ).

%!  prove(+Goal, -Proof) is nondet.
%
%   Proof is a proof tree of Goal (see the module comment).  On
%   backtracking, the other proofs.

prove(\+ Goal, node(\+ Goal, assumed_absent, none, [])) :- !,
    \+ prove(Goal, _).
prove(Goal, Node) :-
    (   goal_kind(Goal, Kind)
    ->  prove(Kind, Goal, Node)
    ;   functor(Goal, N, A),
        throw(error(existence_error(question, N/A), _))
    ).

%!  holds(+Goal) is semidet.
%
%   Goal (a question, a case fact or a negation `\+ Goal`) holds on the
%   current case.  Decided by the compiled rules, which give the same
%   answers as prove/2 (a test checks that) without building a proof:
%   for the checks that only need yes or no (the decisive facts of a
%   verdict, the candidate sets of the repair search).  Binds nothing.

holds(Goal) :-
    \+ \+ compiled_call(Goal).

compiled_call(\+ Goal) :- !,
    \+ compiled_call(Goal).
compiled_call(Goal) :-
    (   goal_kind(Goal, Kind)
    ->  compiled_call(Kind, Goal)
    ;   functor(Goal, N, A),
        throw(error(existence_error(question, N/A), _))
    ).

compiled_call(derived, Goal) :- !,
    functor(Goal, Name, Arity),
    once(( rule_head(Name, Arity, Id), rule_clause(Id, Module, _, _) )),
    Module:Goal.
compiled_call(Kind, Goal) :-
    prove(Kind, Goal, _).

prove(case_fact, Goal, node(Goal, given, none, [])) :-
    case_facts:Goal.
prove(reading, Goal, node(Goal, builtin, none, [])) :-
    readings:Goal.
prove(builtin, Goal, node(Goal, builtin, none, [])) :-
    (   list_builtin(Goal)
    ->  call(Goal)
    ;   calendar:Goal
    ).
prove(derived, Goal, node(Goal, proved, Id, Children)) :-
    rule_clause(Id, _Module, Goal, Body),
    prove_body(Body, Children).

prove_body(true, []) :- !.
prove_body((A, B), Nodes) :- !,
    prove_body(A, NodesA),
    prove_body(B, NodesB),
    append(NodesA, NodesB, Nodes).
prove_body(Goal, [Node]) :-
    prove(Goal, Node).

%!  why_not(+Goal, +Depth, -Failures) is det.
%
%   Failures lists, for each rule whose head unifies with Goal,
%   `failure(RuleId, Head, Satisfied, Failed)`: Head is Goal as the rule
%   instantiates it (its own copy), Satisfied the proof nodes of the
%   conditions that held (on the attempt that got furthest) and Failed, the
%   first condition that did not hold:
%
%     - `missing(Fact)`: a case fact that was not given;
%     - `blocked(Goal, Proof)`: a condition `\+ Goal` failed because Goal
%       holds, with its Proof;
%     - `false(Condition)`: a builtin condition that is false;
%     - `unproved(Condition, SubFailures)`: a derived condition that does
%       not hold, explained to Depth - 1 further levels.
%
%   Goal is not instantiated.  The search is bounded:
%   at most 200 attempts per rule.

why_not(Goal, Depth, Failures) :-
    findall(Failure, rule_failure(proofs, Goal, Depth, Failure), Failures).

%!  failed_conditions(+Goal, +Depth, -Failures) is det.
%
%   Failures is what why_not/3 gives, but each `failure/4` without the
%   proofs of the conditions that held: the repair search (repairs.pl)
%   needs only what failed, at every level, and proving the conditions
%   that held again with their proofs was most of its cost.  The
%   conditions are tried in the same order, the furthest attempt is the
%   same, and what failed is the same.  In place of the proofs, a failure
%   whose failed condition is a check (a builtin) lists `widened(Pattern)`
%   for each case fact that held and gave the values checked, those values
%   left open (see widenings/4): another value of that fact is a change
%   the repair search may try.

failed_conditions(Goal, Depth, Failures) :-
    findall(Failure, rule_failure(counts, Goal, Depth, Failure), Failures).

% rule_failure(+Kept, +Goal, +Depth, -Failure): Kept is `proofs` (the
% proofs of the conditions that held are kept) or `counts` (only how many
% held, for the furthest attempt).
rule_failure(Kept, Goal, Depth, failure(Id, Goal, Satisfied, Failed)) :-
    rule_clause(Id, _Module, Goal, Body),
    body_conditions(Body, Conditions),
    (   Kept == proofs
    ->  findall(Sat-Cond,
                limit(200, attempt(Conditions, [], Sat, Cond)),
                Attempts),
        Attempts \== [],
        furthest_attempt(Attempts, SatRev-FailedCond),
        reverse(SatRev, Satisfied)
    ;   findall(N-(Cond-HeldRev),
                limit(200, attempt_count(Conditions, 0, N, Cond, [], HeldRev)),
                Attempts),
        Attempts \== [],
        furthest_count(Attempts, N-(FailedCond-HeldRev)),
        widenings(Conditions, N, HeldRev, Satisfied)
    ),
    failed_condition(Kept, FailedCond, Depth, Failed).

% widenings(+Conditions, +N, +HeldRev, -Widenings): where the condition
% after the N that held is a check (a builtin: `memberchk(C, [...])`, a
% comparison of dates) on values that case facts among those N gave,
% `widened(Pattern, Check)` for each such fact: Pattern is the fact as
% it held, with the arguments the check looks at left open, and Check the
% check on them (its other values as the attempt bound them) -- the same
% fact with another value that passes Check might meet the rule
% (`defence_circumstance(petrov, _)` where the circumstance given is not
% one of those of art. 67 part 1).  Conditions are the rule's conditions
% as its head bound them, HeldRev those that held, last first, as the
% attempt bound them.
widenings(Conditions, N, HeldRev, Widenings) :-
    J is N + 1,
    (   nth1(J, Conditions, Check0),
        goal_kind(Check0, builtin)
    ->  term_variables(Check0, CheckVars),
        reverse(HeldRev, Held),
        findall(widened(Pattern, Check),
                ( nth1(I, Held, Bound),
                  nth1(I, Conditions, Condition),
                  goal_kind(Condition, case_fact),
                  compound(Condition),
                  compound_name_arguments(Condition, Name, Args),
                  compound_name_arguments(Bound, Name, BoundArgs),
                  maplist(widened_argument(CheckVars), Args, BoundArgs, PatternArgs),
                  compound_name_arguments(Pattern, Name, PatternArgs),
                  \+ ground(Pattern),
                  widened_check(Conditions, Check0, Held, I, Pattern, Check) ),
                Widenings)
    ;   Widenings = []
    ).

widened_argument(CheckVars, Arg, Bound, Widened) :-
    (   var(Arg), member(V, CheckVars), V == Arg
    ->  true                        % Widened stays open
    ;   Widened = Bound
    ).

% widened_check(+Conditions, +Check0, +Held, +I, +Pattern, -Check): the
% check Check0 with the values the conditions that held gave it, but those
% of condition I taken from Pattern (its open arguments shared).
widened_check(Conditions, Check0, Held, I, Pattern, Check) :-
    copy_term(Conditions-Check0, Copy-Check),
    bind_held(Copy, Held, 1, I, Pattern).

bind_held([], _, _, _, _).
bind_held([_|_], [], _, _, _) :- !.
bind_held([C|Cs], [H|Hs], K, I, Pattern) :-
    (   K =:= I -> C = Pattern ; C = H ),
    K1 is K + 1,
    bind_held(Cs, Hs, K1, I, Pattern).

body_conditions(true, []) :- !.
body_conditions((A, B), Conds) :- !,
    body_conditions(A, CA),
    body_conditions(B, CB),
    append(CA, CB, Conds).
body_conditions(G, [G]).

% attempt(+Conds, +SatRev, -SatRevOut, -FailedCond): prove the conditions
% left to right; stop at the first one that has no proof.  A complete
% success (which cannot happen for a goal that does not hold) yields nothing.
attempt([Cond|Conds], SatRev, SatOut, Failed) :-
    (   \+ compiled_call(Cond)      % the compiled rules decide, the proof only if it holds
    ->  SatOut = SatRev,
        Failed = Cond
    ;   prove(Cond, Node),
        attempt(Conds, [Node|SatRev], SatOut, Failed)
    ).

% attempt_count/4: attempt/4 keeping how many conditions held, not their
% proofs; the compiled rules bind the variables, as prove/2 would, in the
% same order (a test compares the two on every scenario).
attempt_count([Cond|Conds], N0, N, Failed, Held0, Held) :-
    (   \+ compiled_call(Cond)
    ->  N = N0,
        Failed = Cond,
        Held = Held0
    ;   compiled_call(Cond),
        N1 is N0 + 1,
        attempt_count(Conds, N1, N, Failed, [Cond|Held0], Held)
    ).

furthest_count([First|Rest], Best) :-
    foldl(further_count, Rest, First, Best).

further_count(N-Attempt, N0-Attempt0, Best) :-
    (   N > N0
    ->  Best = N-Attempt
    ;   Best = N0-Attempt0
    ).

furthest_attempt([First|Rest], Best) :-
    foldl(further, Rest, First, Best).

further(Sat-Cond, Sat0-Cond0, Best) :-
    length(Sat, L),
    length(Sat0, L0),
    (   L > L0
    ->  Best = Sat-Cond
    ;   Best = Sat0-Cond0
    ).

failed_condition(_, \+ Goal, _, blocked(Goal, Proof)) :- !,
    once(prove(Goal, Proof)).
failed_condition(Kept, Goal, Depth, Failed) :-
    goal_kind(Goal, Kind),
    (   Kind == case_fact
    ->  Failed = missing(Goal)
    ;   Kind == derived
    ->  (   Depth > 1
        ->  D1 is Depth - 1,
            findall(F, rule_failure(Kept, Goal, D1, F), Sub)
        ;   Sub = []
        ),
        Failed = unproved(Goal, Sub)
    ;   Failed = false(Goal)
    ).

%!  proof_rules(+Proof, -RuleIds) is det.
%
%   RuleIds is the sorted set of rule ids used in Proof.

proof_rules(Proof, Ids) :-
    findall(Id, ( sub_node(Proof, node(_, proved, Id, _)) ), Ids0),
    sort(Ids0, Ids).

%!  proof_assumptions(+Proof, -Assumptions) is det.
%
%   Assumptions are the goals `\+ G` that Proof assumes, in proof order,
%   without repetitions.

proof_assumptions(Proof, Assumptions) :-
    findall(G, sub_node(Proof, node(G, assumed_absent, _, _)), Gs),
    list_to_set(Gs, Assumptions).

sub_node(Node, Node).
sub_node(node(_, _, _, Children), Sub) :-
    member(Child, Children),
    sub_node(Child, Sub).
