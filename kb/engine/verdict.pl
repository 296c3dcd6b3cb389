:- encoding(utf8).
:- module(verdict,
          [ yes_verdict/3,              % +Proof, -Line, -Decisive
            no_verdict/4,               % +Goal, +Repairs, -Line, -Decisive
            decisive_given_facts/2,     % +Proof, -Facts
            blocking_absent_facts/2,    % +Proof, -Facts
            verdict_aspect/1,           % ?Goal
            does_not_follow/2           % +Goal, -Text
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(occurs)).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module(explain).
:- use_module(words).
:- use_module('../lang/lang').
:- use_module('../law/consistency').

/** <module> The verdict of an answer and the facts it turns on

An answer opens with the line a lawyer would write and the decisive facts
of the case, before any proof tree:

  - for a "yes" (yes_verdict/3): the answer in words, with the route, the
    request, its direction and its time limit where the proof passes
    through them (verdict_aspect/1); the decisive facts are the given facts
    of the proof without which it would not hold, and the facts the proof
    takes as not so (`\+ appeal_withdrawn(a1)`) which, if the case stated
    them, would make it fail -- each tested by proving the question again
    on the changed case, inside snapshot/1;
  - for a "no" (no_verdict/4): the smallest change of the case that makes
    it hold, as ranked by the repair search (the first repair): the given
    facts it turns on (the repair undoes them) and the facts the case does
    not state (the repair adds them).  A "no" that turns only on facts the
    case does not state is a "no, on the facts given", and the line says
    what would make it a "yes".

Decisive facts are terms `decisive(Fact, Status, Alternatives)`: Status is
`given` (a given fact: for a yes, without it the answer is no; for a no,
undoing it is part of what would make it yes), `absent` (for a yes: not
stated, taken as not so; stating it would make the answer no) or `missing`
(for a no: not stated; stating it is part of what would make it yes).
Alternatives lists the other values of an enumeration that would do as
well (`appeal_outcome(a1, upheld)`, or `changed`, or `cancelled`).
*/

%!  verdict_aspect(?Goal) is nondet.
%
%   Goal is a kind of step that a verdict line names when the proof of a
%   "yes" passes through it: the route of review, the request, its
%   direction and the last day to file it.

verdict_aspect(cassation_route(_, _)).
verdict_aspect(cassation_request(_, _, _)).
verdict_aspect(request_direction(_, _)).
verdict_aspect(last_day_to_file(_, _)).

%!  yes_verdict(+Proof, -Line, -Decisive) is det.
%
%   Line is the verdict of an answer proved by Proof (a proof tree of
%   explain:prove/2); Decisive its decisive facts (see the module comment).

yes_verdict(Proof, Line, Decisive) :-
    Proof = node(Goal, _, _, _),
    goal_sentence(Goal, Sentence),
    findall(S, proof_aspect_sentence(Proof, Goal, S), Aspects0),
    list_to_set(Aspects0, Aspects),
    (   Aspects == []
    ->  phrase_text(yes, [Sentence], Line)
    ;   atomic_list_concat(Aspects, '; ', AspectText),
        phrase_text(yes_aspects, [Sentence, AspectText], Line)
    ),
    decisive_given_facts(Proof, Given),
    blocking_absent_facts(Proof, Absent),
    findall(decisive(F, given, []), member(F, Given), DG),
    findall(decisive(F, absent, []), member(F, Absent), DA),
    append(DG, DA, Decisive).

proof_aspect_sentence(Proof, Root, Sentence) :-
    verdict_aspect(Pattern),
    once(( sub_proof_goal(Proof, G), G \== Root, subsumes_term(Pattern, G) )),
    goal_sentence(G, Sentence).

sub_proof_goal(node(G, _, _, _), G).
sub_proof_goal(node(_, _, _, Children), G) :-
    member(C, Children),
    sub_proof_goal(C, G).

%!  decisive_given_facts(+Proof, -Facts) is det.
%
%   Facts are the given facts of Proof (in proof order, without
%   repetitions) without which the goal of Proof no longer holds.

decisive_given_facts(Proof, Facts) :-
    Proof = node(Goal, _, _, _),
    findall(F, sub_node_status(Proof, F, given), Fs0),
    list_to_set(Fs0, Fs),
    include(needed_for(Goal), Fs, Facts).

needed_for(Goal, Fact) :-
    snapshot(( retractall(case_facts:Fact),
               \+ holds(Goal) )).

%!  blocking_absent_facts(+Proof, -Facts) is det.
%
%   Facts are the case facts that Proof takes as not so (its assumptions
%   `\+ Fact`, ground) and which, if the case stated them, would leave the
%   goal of Proof without proof -- leaving out those the case could not
%   state without taking back a given fact.

blocking_absent_facts(Proof, Facts) :-
    Proof = node(Goal, _, _, _),
    proof_assumptions(Proof, Assumed),
    findall(F, ( member(\+ F, Assumed), is_case_fact_goal(F), ground(F),
                 \+ contradicts_given(F) ), Fs),
    include(blocks(Goal), Fs, Facts).

% contradicts_given(+Fact): the case could not state Fact without taking
% back a given fact (consistency.pl): then Fact is not merely taken as not
% so, the case excludes it (an appeal the court of appeal decided was not
% withdrawn), and it is no decisive fact of its own.
contradicts_given(Fact) :-
    contradiction(_, A, B, When, _, _),
    (   copy_term(A-B-When, Fact-Other-W)
    ;   copy_term(B-A-When, Fact-Other-W)
    ),
    case_fact_clause(Other),
    Other \== Fact,
    (   W = differ(X, Y) -> X \== Y ; true ), !.

blocks(Goal, Fact) :-
    snapshot(( catch(assert_case_fact(Fact), _, fail),
               \+ holds(Goal) )).

sub_node_status(node(G, Status, _, _), G, Status).
sub_node_status(node(_, _, _, Children), G, Status) :-
    member(C, Children),
    sub_node_status(C, G, Status).

%!  no_verdict(+Goal, +Repairs, -Line, -Decisive) is det.
%
%   Line is the verdict of the question Goal that does not hold, and
%   Decisive the facts it turns on, from Repairs (`repair(Changes, Proof)`,
%   best first, as json_api ranks them; [] if none was found).

no_verdict(Goal, [], Line, []) :- !,
    does_not_follow(Goal, NotFollowing),
    phrase_text(no_no_change, [NotFollowing], Line).
no_verdict(Goal, [repair(Changes, _)|Others], Line, Decisive) :-
    findall(decisive(F, given, []), member(remove(F), Changes), Removed),
    findall(decisive(F, missing, Alts),
            ( member(add(F), Changes), alternatives(F, Changes, Others, Alts) ),
            Added),
    append(Removed, Added, Decisive),
    does_not_follow(Goal, NotFollowing),
    maplist(decisive_sentence, Removed, RemovedTexts),
    maplist(decisive_sentence, Added, AddedTexts),
    (   Removed == []
    ->  and_list(AddedTexts, Needed),
        phrase_text(no_on_facts_given, [Needed], Line)
    ;   Added == []
    ->  and_list(RemovedTexts, Because),
        phrase_text(no_because, [NotFollowing, Because], Line)
    ;   and_list(RemovedTexts, Because),
        and_list(AddedTexts, Needed),
        phrase_text(no_because_and_missing, [NotFollowing, Because, Needed], Line)
    ).

%!  does_not_follow(+Goal, -Text) is det.
%
%   Text says that Goal does not follow: "it does not follow that S", or,
%   for a question with variables named in it ('$VAR'(Name)), "it does not
%   follow, for any G, that S".

does_not_follow(Goal, Text) :-
    goal_sentence(Goal, Sentence),
    findall(N, ( sub_term(V, Goal), compound(V), V = '$VAR'(N), atom(N), N \== '_' ), Ns0),
    list_to_set(Ns0, Ns),
    (   Ns == []
    ->  phrase_text(does_not_follow, [Sentence], Text)
    ;   phrase_text(and_names, [], And),
        atomic_list_concat(Ns, And, Names),
        phrase_text(does_not_follow_for_any, [Names, Sentence], Text)
    ).

decisive_sentence(decisive(F, _, Alts), Text) :-
    goal_sentence(F, S0),
    (   Alts == []
    ->  Text = S0
    ;   maplist(value_words, Alts, Ws),
        atomic_list_concat(Ws, ', ', W),
        phrase_text(or_alternatives, [S0, W], Text)
    ).

and_list([One], One) :- !.
and_list(Items, Text) :-
    append(Init, [Last], Items),
    atomic_list_concat(Init, ', ', Head),
    phrase_text(and_list, [Head, Last], Text).

% alternatives(+Fact, +Changes, +OtherRepairs, -Values): the other values
% of one enumerated argument of the added Fact with which another repair
% makes the same changes otherwise (the court of appeal upheld, changed or
% cancelled the act: any outcome will do).
alternatives(Fact, Changes, Others, Values) :-
    compound_name_arguments(Fact, Name, Args),
    findall(V,
            ( member(repair(OtherChanges, _), Others),
              select(add(Other), OtherChanges, OtherRest),
              select(add(Fact), Changes, Rest),
              Rest == OtherRest,
              compound_name_arguments(Other, Name, OtherArgs),
              differs_in_one_enumeration(Name, Args, OtherArgs, V) ),
            Vs),
    list_to_set(Vs, Values).

differs_in_one_enumeration(Name, Args, OtherArgs, Value) :-
    case_fact(Name, Specs, _, _),
    nth1(I, Args, A), nth1(I, OtherArgs, Value),
    A \== Value,
    nth1(I, Specs, _:Type),
    enumeration(Type, _, _),
    forall(( nth1(J, Args, X), nth1(J, OtherArgs, Y), J \== I ), X == Y).
