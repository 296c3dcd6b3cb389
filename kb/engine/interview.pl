:- encoding(utf8).
:- module(interview,
          [ interview_state/5,          % +Goal, +Skipped, -Value, -Unknown, -Next
            question_dict/3,            % +Goal, +Question, -Dict
            reply_record/4,             % +ShapeText, +Reply, +ValueText, -Record
            max_simulated/1,            % -Count
            position_choices/3          % +Name/Arity, +I, -Values
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module(library(ordsets)).
:- use_module(library(aggregate)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module(open_world).
:- use_module(words).
:- use_module(goal_text).
:- use_module('../lang/lang').
:- use_module('../law/consistency', [contradiction/6]).

/** <module> The guided interview: which unknown fact to ask next

Starting from the facts a case states (and those it denies), the
open-world answer (open_world.pl) is `true`, `false` or `unknown` with
the unknown case facts it depends on.  An interview asks the person who
knows the case about those facts, one at a time, until the answer is
decided or nothing more can be asked.  This module chooses the next
question:

  - the candidates are the unknown facts of the open-world answer, each
    taken as its *shape*: an argument without a value (`filed_on(pt1, _)`)
    is one the person is asked to give.  A shape with no such argument is
    a yes/no question; with exactly one it is a "which ...?" question
    (a date, a value of an enumeration offered as choices, a name with the
    case's names offered); with several, all enumerations, a "which is
    so?" question offering their combinations as sentences; other shapes
    are not asked (they remain among the facts that would decide the
    answer).  Where a fact can have one value (or one combination of
    values) only (single_valued_positions/3), those arguments are asked
    even where a rule wanted one value: `act_outcome(v1, _)`, not
    `act_outcome(v1, acquittal)`.  Shapes the person
    could not answer ("don't know", `Skipped`) are not asked again, nor
    facts already given or denied (the open answer lists a fact met by a
    condition evaluated before its arguments were bound), nor
    shapes that contradict a given fact (consistency.pl: a second kind
    for an act whose kind is given);
  - each candidate is tried in a snapshot: a yes/no question under "yes"
    (the fact asserted) and "no" (denied), a question over an enumeration
    under each of its values.  A candidate whose every reply decides the
    answer comes first; then the nature of the fact (fact_nature/2:
    identities first, then past events, requests, cassation proceedings),
    then the order of the open answer.  At most max_simulated/1
    candidates are tried (the first by nature), and only while the step
    has spent fewer than 2,000,000 inferences on trying (500,000 a reply
    tried); the others keep their order after them;
  - every question says why it is asked: the legal rule (id, paragraph,
    articles, quoted words) with a condition that the fact can meet,
    among the rules the question depends on.

All of it runs on the case asserted in `case_facts` by the caller (inside
its snapshot); nothing here asserts outside a snapshot.
*/

%!  max_simulated(-Count) is det.
%
%   At most Count candidate questions are tried under their answers per
%   step; the others are ranked by nature and order only.

max_simulated(12).

%!  interview_state(+Goal, +Skipped, -Value, -Unknown, -Next) is det.
%
%   On the case now asserted: Value (`true`, `false`, `unknown`) and the
%   Unknown facts of the open-world answer to Goal; Next is the question
%   to ask, `none` when Value is decided or no candidate is left, or
%   `question(Shape, Kind, Branches)` -- Kind `yes_no` or `value(I, ArgName,
%   Type)` (argument I is asked), Branches the list of `Answer-Value-Count`
%   tried (Count: unknown facts left).  Skipped is a list of shapes not
%   to ask again.

interview_state(Goal, Skipped, Value, Unknown, Next) :-
    open_answer(Goal, Value, Unknown),
    (   Value \== unknown
    ->  Next = none
    ;   candidates(Unknown, Skipped, Candidates),
        (   Candidates == []
        ->  Next = none
        ;   length(Unknown, Left),
            rank_candidates(Goal, Left, Candidates, [_-question(S, K, B)|_]),
            Next = question(S, K, B)
        )
    ).

% candidates(+Unknown, +Skipped, -Candidates): Index-Shape-Kind, one per
% distinct askable shape, in the order of Unknown.
candidates(Unknown, Skipped, Candidates) :-
    findall(Shape-Kind,
            ( member(Fact, Unknown),
              fact_shape(Fact, Shape, Kind) ),
            Pairs0),
    distinct_shapes(Pairs0, Pairs1),
    exclude(skipped(Skipped), Pairs1, Pairs2),
    exclude(contradicting_pair, Pairs2, Pairs3),
    exclude(answered_pair, Pairs3, Pairs),
    findall(I-S-K, nth1(I, Pairs, S-K), Candidates).

skipped(Skipped, Shape-_) :-
    member(S, Skipped), S =@= Shape, !.

% A shape already answered: given or denied.  (The open answer may still
% list it: a condition met while its arguments were unbound, bound later.)
answered_pair(Shape-Kind) :-
    (   Kind == yes_no, case_fact_clause(Shape)
    ->  true
    ;   Kind = which(_), \+ \+ case_fact_clause(Shape)
    ->  true
    ;   denied_fact(Denied), subsumes_term(Denied, Shape)
    ).

contradicting_pair(Shape-_) :-
    excluded_by_case(Shape).

distinct_shapes([], []).
distinct_shapes([S-K|Ps], [S-K|Out]) :-
    exclude(same_shape(S), Ps, Rest),
    distinct_shapes(Rest, Out).

same_shape(S, S1-_) :-
    S1 =@= S.

% fact_shape(+Fact, -Shape, -Kind): Shape is Fact with every argument
% that is not ground replaced by a fresh variable, its values of their
% declared types (well_typed_fact/1); Kind is yes_no (none
% replaced) or value(I, ArgName, Type) (exactly argument I replaced).
fact_shape(Fact, Shape, Kind) :-
    compound(Fact),
    compound_name_arguments(Fact, Name, Args),
    length(Args, Arity),
    case_fact(Name, Specs, _, _),
    length(Specs, Arity),
    maplist(shape_argument, Args, ShapeArgs),
    compound_name_arguments(Shape0, Name, ShapeArgs),
    well_typed_fact(Shape0),
    findall(I, ( nth1(I, ShapeArgs, V), var(V) ), Open),
    (   single_valued_positions(Shape0, Positions0, Specs)
    ->  Positions = Positions0
    ;   Positions = []
    ),
    (   Positions = [J],
        subtract(Open, [J], [])
    ->  nth1(J, Specs, ArgName:Type),
        Kind = value(J, ArgName, Type),
        opened(Shape0, [J], Shape)
    ;   Positions = [_, _|_],
        subtract(Open, Positions, []),
        opened(Shape0, Positions, Shape1),
        asked_as_which(Shape1, Combinations)
    ->  Shape = Shape1,
        Kind = which(Combinations)
    ;   Open == []
    ->  Shape = Shape0,
        Kind = yes_no
    ;   Open = [I],
        Shape = Shape0,
        nth1(I, Specs, ArgName:Type),
        Kind = value(I, ArgName, Type)
    ;   Open = [_, _|_],
        asked_as_which(Shape0, Combinations),
        Shape = Shape0,
        Kind = which(Combinations)
    ).

% asked_as_which(+Shape, -Combinations): Shape, with several arguments
% open, is asked as a choice among Combinations: every open argument an
% enumeration, at most max_combinations/1 of them.
asked_as_which(Shape, Combinations) :-
    combinations(Shape, Combinations),
    Combinations = [_, _|_],
    length(Combinations, Count),
    max_combinations(Max),
    Count =< Max.

% opened(+Fact, +Positions, -Shape): Fact with the arguments at Positions
% left open.
opened(Fact, Positions, Shape) :-
    compound_name_arguments(Fact, Name, Args),
    findall(A, ( nth1(I, Args, A0), ( memberchk(I, Positions) -> true ; A = A0 ) ), OpenArgs),
    compound_name_arguments(Shape, Name, OpenArgs).

% combinations(+Shape, -Facts): Shape with every open argument given a
% value of its enumeration, each combination the vocabulary accepts, in
% the order of the values; fails if an open argument is not an
% enumeration (a name, a date).
combinations(Shape, Facts) :-
    functor(Shape, Name, Arity),
    case_fact(Name, Specs, _, _),
    length(Specs, Arity),
    findall(I-Values,
            ( arg(I, Shape, A), var(A), nth1(I, Specs, _:Type), enumeration(Type, Values, _) ),
            Open),
    \+ ( arg(I, Shape, A), var(A), \+ memberchk(I-_, Open) ),
    findall(Fact,
            ( copy_term(Shape, Fact),
              bind_open(Open, Fact),
              catch(check_case_fact(Fact, _), _, fail) ),
            Facts).

bind_open([], _).
bind_open([I-Values|Open], Fact) :-
    arg(I, Fact, A),
    member(A, Values),
    bind_open(Open, Fact).

%!  max_combinations(-Count) is det.
%
%   A fact with several arguments to give is asked as a choice among the
%   combinations of their values ("which is so?") only where there are at
%   most Count of them (v1's kind and instance: 3 x 3).

max_combinations(12).

% single_valued_positions(+Fact, -Positions, +Specs): the arguments at
% Positions of Fact, dates or values of enumerations, can have one value
% (one combination of values) only, given the others: consistency.pl
% declares two such facts that differ in them a contradiction (one act,
% one outcome; one date of entry into force; one kind and one instance).
% Whether `act_outcome(v1, acquittal)` is so is then asked as which
% outcome v1 has, whether `judicial_act(v1, verdict, appellate)` is so as
% which kind and instance v1 has: one reply settles every value.
single_valued_positions(Fact, Positions, Specs) :-
    functor(Fact, Name, Arity),
    functor(A, Name, Arity),
    functor(B, Name, Arity),
    contradiction(_, A, B, differ(X, Y), _, _),
    term_variables(X, XVars),
    term_variables(Y, YVars),
    findall(I, ( arg(I, A, AI), var(AI), member(V, XVars), V == AI ), Positions),
    Positions \== [],
    length(XVars, NX), length(Positions, NX),
    forall(member(I, Positions),
           ( arg(I, B, BI), var(BI), member(W, YVars), W == BI )),
    forall(( arg(J, A, AJ), \+ memberchk(J, Positions) ), ( arg(J, B, BJ), BJ == AJ )),
    forall(member(I, Positions),
           ( nth1(I, Specs, _:Type), Type \== id, Type \== count )), !.

shape_argument(A, B) :-
    (   ground(A) -> B = A ; true ).

% rank_candidates(+Goal, +Candidates, -Ranked): Key-question(...) pairs,
% best first.
rank_candidates(Goal, Left, Candidates, Ranked) :-
    map_list_to_pairs(nature_order, Candidates, ByNature0),
    keysort(ByNature0, ByNature),
    pairs_values(ByNature, Ordered),
    max_simulated(Max),
    statistics(inferences, Start),
    simulate_all(Ordered, Goal, Left, Max, Start, Keyed),
    keysort(Keyed, Ranked).

% simulate_all(+Candidates, +Goal, +Left, +Max, +Start, -Keyed): the first
% Max candidates tried under their answers, while the step has used fewer
% than max_simulation_inferences/1 inferences since Start; the rest ranked
% without trying.
simulate_all([], _, _, _, _, []).
simulate_all([C|Cs], Goal, Left, Max, Start, [K|Ks]) :-
    statistics(inferences, Now),
    max_simulation_inferences(Budget),
    (   Max > 0, Now - Start < Budget
    ->  simulated(Goal, Left, C, K),
        Max1 is Max - 1
    ;   unsimulated(C, K),
        Max1 = 0
    ),
    simulate_all(Cs, Goal, Left, Max1, Start, Ks).

%   max_simulation_inferences(-Count): the inferences one step may spend
%   trying candidates (well under the default limit of an ask).

max_simulation_inferences(2_000_000).

% nature_order(+Candidate, -Key): Rank-Named-I, Rank the nature of the
% fact, Named 1 for a question that asks for a name nobody has given yet
% ("the outcome of … is: conviction — which act?": the act the rules
% wanted is only a shape) and 0 for one about what the case or the
% question names already ("Қайрат takes part in the case as … — which
% role?"), I the order of the open answer.
nature_order(I-Shape-Kind, Rank-Named-I) :-
    functor(Shape, Name, _),
    (   fact_nature(Name, Nature), nth1(Rank, [identity, past_event, request, cassation_proceedings], Nature)
    ->  true
    ;   Rank = 5
    ),
    (   Kind = value(_, _, id) -> Named = 1 ; Named = 0 ).

simulated(Goal, Left0, I-Shape-Kind, key(Decides, Rank, Named, I, Left)-question(Shape, Kind, Branches)) :-
    nature_order(I-Shape-Kind, Rank-Named-I),
    branches(Kind, Shape, Tries),
    findall(Answer-V-Count,
            ( member(Answer-Change, Tries),
              snapshot(branch_value(Goal, Change, V, Count)) ),
            Branches),
    branch_key(Branches, Left0, Decides, Left).

unsimulated(I-Shape-Kind, key(1, Rank, Named, I, 0)-question(Shape, Kind, [])) :-
    nature_order(I-Shape-Kind, Rank-Named-I).

% The answers a candidate is tried under: Answer-Change, Change a list of
% given(F) / denied(F).
branches(yes_no, Shape, [yes-[given(Shape)], no-[denied(Shape)]]).
branches(which(Facts), _, Tries) :-
    findall(F-[given(F)], member(F, Facts), Tries).
branches(value(I, _, Type), Shape, Tries) :-
    (   enumeration(Type, Values, _)
    ->  findall(V-[given(F)],
                ( member(V, Values),
                  copy_term(Shape, F), arg(I, F, V) ),
                Tries)
    ;   Tries = []
    ).

branch_value(Goal, Changes, Value, Count) :-
    catch(( maplist(apply_change, Changes),
            max_branch_inferences(Max),
            call_with_inference_limit(open_answer(Goal, Value0, Unknown), Max, Result),
            length(Unknown, Count0) ),
          error(case_fact_error(_, _), _),
          fail), !,
    (   Result == inference_limit_exceeded
    ->  Value = unknown, Count = 1000     % too costly to try: ranked as deciding nothing
    ;   Value = Value0, Count = Count0
    ).
branch_value(_, _, inconsistent, 0).

%   max_branch_inferences(-Count): the inferences one reply tried may take.

max_branch_inferences(500_000).

apply_change(given(F)) :- assert_case_fact(F).
apply_change(denied(F)) :- assert_denied_fact(F).

% branch_key(+Branches, +Left0, -Decides, -Left): Decides 0 if every
% reply tried decides the answer, 1 otherwise (or when no reply can be
% tried: a date, a name); Left the unknown facts the replies leave, on
% average (in hundredths; Left0, the unknown facts now, when none is
% tried), reported with the question.  (Ranking by Left was tried and
% asked more questions on the worked scenarios than the order of the open
% answer, which follows the rules: Left only breaks the last ties.)
branch_key([], Left0, 1, Left) :- !,
    Left is Left0 * 100.
branch_key(Branches, _, Decides, Left) :-
    findall(V, ( member(_-V-_, Branches), V \== inconsistent ), Vs),
    (   Vs \== [], \+ memberchk(unknown, Vs) -> Decides = 0 ; Decides = 1 ),
    aggregate_all(sum(C), member(_-_-C, Branches), Sum),
    length(Branches, N),
    Left is Sum * 100 // N.

%!  question_dict(+Goal, +Question, -Dict) is det.
%
%   Dict is the question `question(Shape, Kind, Branches)` of
%   interview_state/5 for a reader: `fact` (the shape as text, `_` for the
%   value asked), `kind` (`yes_no` or `value`), `question` (in plain
%   words), `argument` (name and type of the value asked, or null),
%   `choices` (values to offer, each `value` and `text`), `nature`, `why`
%   (the rule it serves: `rule`, `paragraph`, `articles`, `text`,
%   `conclusion`, or null) and `branches` (the answer under each reply
%   tried: `reply`, `value`, `unknown_left`).

question_dict(Goal, question(Shape, Kind, Branches), Dict) :-
    goal_text(Shape, FactText),
    functor(Shape, Name, _),
    ( fact_nature(Name, Nature) -> true ; Nature = null ),
    question_words(Kind, Shape, Words, Argument, Choices),
    (   why_asked(Goal, Shape, Why) -> true ; Why = null ),
    findall(_{reply:R, value:V, unknown_left:C},
            ( member(R0-V-C, Branches), value_text(R0, R) ),
            BranchDicts),
    ( Kind == yes_no -> KindName = yes_no ; KindName = value ),
    Dict = _{fact:FactText, kind:KindName, question:Words, argument:Argument, choices:Choices,
             nature:Nature, why:Why, branches:BranchDicts}.

question_words(which(Facts), Shape, Words, _{name:fact, type:fact, words:null}, Choices) :-
    copy_term(Shape, Shown),
    term_variables(Shown, Open),
    maplist(=('$VAR'('…')), Open),
    goal_sentence(Shown, Sentence),
    phrase_text(interview_which_is_so, [Sentence], Words),
    findall(_{value:T, text:W}, ( member(F, Facts), goal_text(F, T), goal_sentence(F, W) ), Choices).
question_words(yes_no, Shape, Words, null, []) :-
    goal_sentence(Shape, Sentence),
    phrase_text(is_it_so, [Sentence], Words).
question_words(value(I, ArgName, Type), Shape, Words, _{name:ArgName, type:Type, words:What}, Choices) :-
    copy_term(Shape, Shown),
    arg(I, Shown, '$VAR'('…')),
    goal_sentence(Shown, Sentence),
    current_language(Lang),
    argument_words(Lang, ArgName, What),
    (   Type == date
    ->  phrase_text(interview_date_hint, [], Hint)
    ;   Type == count
    ->  phrase_text(interview_count_hint, [], Hint)
    ;   Hint = ""
    ),
    phrase_text(interview_which, [Sentence, What, Hint], Words),
    choices(Type, ArgName, Choices).

% choices(+Type, +ArgName, -Choices): the values offered for an argument
% named ArgName of Type: an enumeration's values; for an `id`, the names
% the case gives things of the argument's kind (vocabulary:id_kind/2: no
% act is offered where a person is asked for), or every name of the case
% for an argument of a kind of its own.
choices(Type, _, Choices) :-
    enumeration(Type, Values, _), !,
    findall(_{value:T, text:W}, ( member(V, Values), value_text(V, T), value_words(V, W) ), Choices).
choices(id, ArgName, Choices) :- !,
    (   id_kind(ArgName, Kind)
    ->  findall(N, case_name(N, Kind), Ns0)
    ;   findall(N, case_name(N), Ns0)
    ),
    sort(Ns0, Ns),
    findall(_{value:T, text:W}, ( member(N, Ns), value_text(N, T), value_words(N, W) ), Choices).
choices(_, _, []).

% case_name(-N, +Kind): a name the case gives a thing of Kind: an `id`
% argument of a given fact, in a position whose argument names Kind.
case_name(N, Kind) :-
    case_fact(Name, Specs, _, _),
    length(Specs, Arity),
    functor(F, Name, Arity),
    case_fact_clause(F),
    nth1(I, Specs, ArgName:id),
    id_kind(ArgName, Kind),
    arg(I, F, N).

% A name given in the case: an `id` argument of a given fact.
case_name(N) :-
    case_fact(Name, Specs, _, _),
    length(Specs, Arity),
    functor(F, Name, Arity),
    case_fact_clause(F),
    nth1(I, Specs, _:id),
    arg(I, F, N).

% why_asked(+Goal, +Shape, -Why): the first rule, among those Goal may
% depend on, with a condition that Shape can meet.
why_asked(Goal, Shape, _{rule:Id, paragraph:P, articles:As, text:T, conclusion:C}) :-
    reachable(Goal, Reach),
    rule_clause(Id, _, Head, Body),
    functor(Head, N, A),
    memberchk(N/A, Reach),
    body_literal(Body, L),
    copy_term(Shape, S),
    L = S,
    !,
    rule_source(Id, source(P, As, T)),
    goal_sentence(Head, C).

body_literal(G, _) :- var(G), !, fail.
body_literal((A, B), L) :- !, ( body_literal(A, L) ; body_literal(B, L) ).
body_literal((A ; B), L) :- !, ( body_literal(A, L) ; body_literal(B, L) ).
body_literal((A -> B), L) :- !, ( body_literal(A, L) ; body_literal(B, L) ).
body_literal(\+ A, L) :- !, body_literal(A, L).
body_literal(G, G).

% reachable(+Goal, -Reach): the derived predicates Goal depends on (itself
% included), as Name/Arity, in breadth-first order.
reachable(Goal, Reach) :-
    functor(Goal, N, A),
    reach([N/A], [N/A], Reach).

reach([], Seen, Seen).
reach([P|Ps], Seen, Reach) :-
    P = N/A,
    findall(Q, ( rule_head(N, A, Id), rule_clause(Id, _, _, Body), body_literal(Body, L),
                 callable(L), functor(L, LN, LA), Q = LN/LA, derived_predicate(Q) ), Qs0),
    sort(Qs0, Qs),
    subtract(Qs, Seen, New),
    append(Seen, New, Seen1),
    append(Ps, New, Ps1),
    reach(Ps1, Seen1, Reach).

%!  reply_record(+ShapeText, +Reply, +ValueText, -Record) is det.
%
%   Record is what the reply to the question on ShapeText (as
%   question_dict/3 wrote it) adds to the case: `given(Fact)` (Reply
%   `yes`, or `value` with ValueText the value of the argument asked),
%   `denied(Fact)` (Reply `no`; to a "which ...?" question: no value
%   fits, the shape denied with `_`) or `skipped(Shape)` (Reply `unknown`).
%   The value is read by the declared type of the argument -- never as a
%   goal -- and checked with check_case_fact/2.  Throws
%   `reply_error(Message)` for a reply that does not fit the question.

reply_record(ShapeText, Reply, ValueText, Record) :-
    catch(term_string(Shape, ShapeText), _, throw(reply_error("the question's fact is not a fact of the vocabulary"))),
    (   callable(Shape), fact_shape(Shape, Shape1, Kind), Shape1 =@= Shape
    ->  true
    ;   throw(reply_error("the question's fact is not a fact of the vocabulary"))
    ),
    reply_record_(Reply, Kind, Shape, ValueText, Record).

reply_record_(unknown, _, Shape, _, skipped(Shape)) :- !.
reply_record_(yes, yes_no, Shape, _, given(Fact)) :- !,
    checked(Shape, Fact).
reply_record_(no, yes_no, Shape, _, denied(Fact)) :- !,
    checked(Shape, Fact).
reply_record_(value, value(I, ArgName, Type), Shape, Text, given(Fact)) :- !,
    (   string(Text) -> true ; throw(reply_error("a value reply needs the value as text")) ),
    split_string(Text, "", " \t", [Stripped]),
    (   Stripped == "" -> throw(reply_error("the value is empty")) ; true ),
    typed_value(Type, Stripped, Value),
    copy_term(Shape, Term),
    arg(I, Term, Value),
    catch(check_case_fact(Term, Fact),
          error(E, _),
          ( type_words(Type, Expected),
            ( E = case_fact_error(_, _) -> true ; true ),
            format(string(M), "the ~w must be ~w, not ~w", [ArgName, Expected, Stripped]),
            throw(reply_error(M)) )).
reply_record_(value, yes_no, _, _, _) :- !,
    throw(reply_error("this question is answered yes, no or don't know, not with a value")).
reply_record_(value, which(Facts), Shape, Text, given(Fact)) :- !,
    (   string(Text) -> true ; throw(reply_error("a value reply needs the value as text")) ),
    split_string(Text, "", " \t", [Stripped]),
    (   catch(term_string(Term, Stripped), _, fail),
        member(F, Facts), F =@= Term
    ->  checked(F, Fact)
    ;   format(string(M), "the reply must be one of the choices (its number or its fact), not ~w", [Stripped]),
        throw(reply_error(M))
    ),
    subsumes_term(Shape, Fact).
reply_record_(no, which(_), Shape, _, denied(Pattern)) :- !,
    copy_term(Shape, Pattern).
reply_record_(yes, which(_), _, _, _) :- !,
    throw(reply_error("this question asks which is so: give a choice's number, none or don't know")).
reply_record_(no, value(_, _, _), Shape, _, denied(Pattern)) :- !,
    copy_term(Shape, Pattern).
reply_record_(yes, value(_, ArgName, _), _, _, _) :- !,
    format(string(M), "this question asks which ~w: give one (a choice's number or its value) or answer don't know", [ArgName]),
    throw(reply_error(M)).
reply_record_(Reply, _, _, _, _) :-
    format(string(M), "a reply is yes, no, unknown or value, not ~q", [Reply]),
    throw(reply_error(M)).

checked(Shape, Fact) :-
    catch(check_case_fact(Shape, Fact), error(_, _),
          throw(reply_error("the question's fact is not a fact of the vocabulary"))).

typed_value(count, Text, Value) :- !,
    (   catch(number_string(Value, Text), _, fail), integer(Value) -> true ; Value = Text ).
typed_value(date, Text, Text) :- !.
typed_value(id, Text, Value) :- !,
    (   sub_string(Text, 0, 1, _, "'"), catch(term_string(V, Text), _, fail), atom(V)
    ->  Value = V
    ;   atom_string(Value, Text)
    ).
typed_value(_, Text, Value) :-
    atom_string(Value, Text).

type_words(date, "a date written YYYY-MM-DD") :- !.
type_words(count, "a whole number from 0 to 1,000,000") :- !.
type_words(id, "a name of at most 200 characters") :- !.
type_words(Type, Words) :-
    enumeration(Type, Values, _), !,
    atomic_list_concat(Values, ', ', List),
    format(string(Words), "one of ~w", [List]).
type_words(Type, Type).

%!  position_choices(+Name/Arity, +I, -Values) is det.
%
%   Values are the values argument I of the question Name/Arity may take
%   by the rules, sorted: the ground values the rules concluding it put
%   there, and where a rule passes on an argument of a case fact of an
%   enumerated type, the values of that enumeration (`which disposition?`,
%   `which ground?`).  Offered as the choices of a multiple-choice
%   question; the right one comes from the KB's answer.

position_choices(Name/Arity, I, Values) :-
    findall(V,
            ( rule_head(Name, Arity, Id),
              rule_clause(Id, _, Head, Body),
              arg(I, Head, A),
              head_value(A, Body, V) ),
            Vs),
    sort(Vs, Values).

head_value(A, _, A) :-
    ground(A), !.
head_value(A, Body, V) :-
    var(A),
    body_literal(Body, L),
    callable(L),
    is_case_fact_goal(L),
    compound_name_arguments(L, FName, LArgs),
    nth1(J, LArgs, X), X == A,
    length(LArgs, N),
    case_fact(FName, Specs, _, _), length(Specs, N),
    nth1(J, Specs, _:Type),
    enumeration(Type, Values, _),
    member(V, Values).
