:- encoding(utf8).
:- module(open_world,
          [ open_answer/3,              % +Goal, -Value, -Unknown
            most_general_unknowns/2,    % +Unknown, -Shown
            excluded_by_case/1,         % +Fact
            well_typed_fact/1           % +Fact
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module(calendar).
:- use_module('../law/readings').
:- use_module(explain).
:- use_module('../law/consistency').

/** <module> Open world: answers that may be "unknown"

By default the KB reasons under the closed-world assumption: a fact not
given is taken as not so (and explanations say so).  In the open world a
declared case fact that is neither given nor denied (`denied_fact/1`) is
*unknown*, and the three-valued (Kleene) evaluation below may answer
`unknown`, listing the unknown facts the answer depends on: the questions
to put to the person who knows the case, the start of a guided interview.

  - a case fact is true if given, false if denied (a denied fact with
    `_` denies every fact of its form), if a value it names
    is outside the declared type of its argument (no case can state it),
    or if every fact of
    its form contradicts a given fact (consistency.pl: an act of the
    first instance is no cassation act), unknown otherwise (when
    it has unknown names, e.g. "did ivanov appeal at all?", it is unknown
    unless some given fact matches);
  - `\+ G` swaps true and false;
  - a conjunction is false if a condition is false, unknown if none is false
    and one is unknown; an unknown case fact whose variables a later
    condition binds is evaluated again as bound (`participant(P, victim)`
    unknown for any P, then false for the P a later condition names, if
    that fact is denied);
  - a derived goal is true if a rule proves it, unknown if no rule proves it
    but one might, false if every rule fails for sure;
  - a builtin condition that cannot be evaluated for want of a value is
    unknown.
*/

%!  open_answer(+Goal, -Value, -Unknown) is det.
%
%   Value (`true`, `false` or `unknown`) is the open-world value of Goal;
%   Unknown is the sorted list of unknown case facts it depends on (empty
%   unless Value is `unknown`).

open_answer(Goal, Value, Unknown) :-
    findall(V-U, tv(Goal, V, U), Paths),
    combine(Paths, Value, Unknown).

combine(Paths, true, []) :-
    memberchk(true-_, Paths), !.
combine(Paths, unknown, Unknown) :-
    memberchk(unknown-_, Paths), !,
    findall(F, ( member(unknown-U, Paths), member(F, U) ), Fs),
    variants_once(Fs, Unknown0),
    msort(Unknown0, Unknown).

combine(_, false, []).

%!  most_general_unknowns(+Unknown, -Shown) is det.
%
%   Shown is Unknown without the facts that a more general fact of
%   Unknown covers: where `appeal_outcome(a1, _)` is unknown,
%   `appeal_outcome(a1, cancelled)` is not listed apart, since knowing the
%   outcome settles both.  For what an answer shows as "would decide it";
%   the interview ranks its questions on the whole list.

most_general_unknowns(Unknown, Shown) :-
    exclude(instance_of_another(Unknown), Unknown, Shown).

instance_of_another(Facts, Fact) :-
    member(General, Facts),
    General \=@= Fact,
    subsumes_term(General, Fact), !.

variants_once([], []).
variants_once([F|Fs], [F|Out]) :-
    exclude(=@=(F), Fs, Rest),
    variants_once(Rest, Out).

% tv(+Goal, -Value, -Unknown): one evaluation path of Goal.
tv(\+ Goal, Value, Unknown) :- !,
    open_answer(Goal, V0, Unknown0),
    negate(V0, Value),
    (   Value == unknown -> Unknown = Unknown0 ; Unknown = [] ).
tv(Goal, Value, Unknown) :-
    (   goal_kind(Goal, Kind)
    ->  tv(Kind, Goal, Value, Unknown)
    ;   Value = false, Unknown = []
    ).

tv(case_fact, Goal, Value, Unknown) :-
    (   \+ \+ case_facts:Goal
    ->  case_facts:Goal, Value = true, Unknown = []
    ;   case_facts:denied_fact(Denied), subsumes_term(Denied, Goal)
    ->  Value = false, Unknown = []
    ;   excluded_by_case(Goal)
    ->  Value = false, Unknown = []
    ;   \+ well_typed_fact(Goal)
    ->  Value = false, Unknown = []
    ;   Value = unknown, Unknown = [Goal]
    ).
tv(reading, Goal, Value, []) :-
    (   readings:Goal -> Value = true ; Value = false ).
tv(builtin, memberchk(X, List), true, []) :-     % an unknown value: each member is one path
    \+ ground(X), is_list(List), !,
    member(X, List).
tv(builtin, Goal, Value, []) :-
    catch(( explain:prove(Goal, _) -> Value = true ; Value = false ),
          error(instantiation_error, _),
          Value = unknown).
tv(derived, Goal, Value, Unknown) :-
    findall(Goal-V-U,
            ( rule_clause(_Id, _Module, Goal, Body),
              tv_body(Body, V, U) ),
            Paths),
    (   member(Goal-true-Unknown, Paths), Value = true
    ;   \+ memberchk(_-true-_, Paths),
        member(Goal-unknown-Unknown, Paths), Value = unknown
    ;   \+ memberchk(_-true-_, Paths),
        \+ memberchk(_-unknown-_, Paths),
        Value = false, Unknown = []
    ).

tv_body(true, true, []) :- !.
tv_body((A, B), Value, Unknown) :- !,
    tv_body(A, VA0, UA0),
    (   VA0 == false
    ->  Value = false, Unknown = []
    ;   copy_term(A, AfterA),
        tv_body(B, VB, UB),
        (   VA0 == unknown, fact_literal(A), A \=@= AfterA  % B bound its variables: again, as bound now
        ->  open_answer(A, VA, UA)
        ;   VA = VA0, UA = UA0
        ),
        and3(VA, VB, Value),
        (   Value == unknown -> append(UA, UB, Unknown) ; Unknown = [] )
    ).
tv_body(Goal, Value, Unknown) :-
    tv(Goal, Value, Unknown).

% A case fact, or its negation: cheap to evaluate again.
fact_literal(\+ G) :- !, is_case_fact_goal(G).
fact_literal(G) :- is_case_fact_goal(G).

negate(true, false).
negate(false, true).
negate(unknown, unknown).

and3(false, _, false) :- !.
and3(_, false, false) :- !.
and3(true, true, true) :- !.
and3(_, _, unknown).

%!  excluded_by_case(+Fact) is semidet.
%
%   Every instance of Fact (which may have variables) contradicts a given
%   case fact by a declared contradiction (consistency.pl): a second kind
%   or instance for an act whose kind and instance are given, a withdrawal
%   of an appeal the court of appeal decided.  A case may not state both,
%   so in the open world such a fact is false, not unknown.

excluded_by_case(Fact) :-
    \+ \+ ( ( contradiction(_, A, B, When, _, _) ; contradiction(_, B, A, When, _, _) ),
            A = Fact,
            case_facts:case_fact_clause(B),
            certain(When) ).

certain(always).
certain(differ(X, Y)) :- X \= Y.

%!  well_typed_fact(+Fact) is semidet.
%
%   Every argument of Fact that has a value has a value of its declared
%   type (vocabulary.pl), so some case could state an instance of Fact.
%   A rule may test a fact with a value its type does not declare; such a
%   fact is false in every case, never unknown.

well_typed_fact(Fact) :-
    compound(Fact),
    compound_name_arguments(Fact, Name, Args),
    length(Args, Arity),
    case_fact(Name, Specs, _, _),
    length(Specs, Arity), !,
    maplist(sample_if_open, Specs, Args, Filled),
    compound_name_arguments(Term, Name, Filled),
    catch(check_case_fact(Term, _), error(_, _), fail).
well_typed_fact(_).

sample_if_open(_:Type, Arg, Filled) :-
    (   ground(Arg) -> Filled = Arg ; sample_value(Type, Filled) ).

sample_value(date, date(2000, 1, 1)) :- !.
sample_value(count, 0) :- !.
sample_value(id, x) :- !.
sample_value(Type, V) :- enumeration(Type, [V|_], _), !.
sample_value(_, x).
