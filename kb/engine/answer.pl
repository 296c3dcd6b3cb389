:- encoding(utf8).
:- module(answer,
          [
            answer_dict/4,              % +Goal, +VarNames, +Options, -Dict,
            selected_readings/1,        % -Readings,
            option_value/3,             % +Options, ?Option, +Default,
            node_dict/2,                % +Node, -Dict
            max_answers/1               % -N
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(solution_sequences)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module('../law/readings').
:- use_module(explain).
:- use_module(words).
:- use_module('../lang/lang').
:- use_module(did_you_mean).
:- use_module(goal_text).
:- use_module(repairs).
:- use_module(library(assoc), [empty_assoc/1]).
:- use_module(open_world).
:- use_module(verdict).

/** <module> The answer object of the JSON contract

answer_dict/4 gathers the answers of a question (one per distinct
binding, its proofs behind it, counted and cut at their bounds), their
verdicts and decisive facts, the why-not of a "no", the repairs and the
open world, as dicts ready for json_writer.pl.
*/

%!  answer_dict(+Goal, +VarNames, +Options, -Dict) is det.
%
%   Dict is the answer object of the JSON contract for Goal in the current
%   case: its answers, or (when it has none) its why-not, and the
%   assumptions the proofs rest on.  An answer is one distinct binding of
%   the question's variables (those whose names do not start with `_`),
%   with the first proof found for it (`proof`) and the other proofs of
%   the same binding found within max_grouped_proofs/1 proofs in all
%   (`other_proofs`); at most max_answers/1 answers are given, and
%   `truncated`, `answers_found`, `answers_found_exact` and `all_proofs`
%   say what was left out (see answer_groups/5).  With the option
%   explain(false), the brief answer: each answer's bindings and the ids
%   of the rules its first proof uses, no proof, why-not or assumptions
%   (for batches that keep only outcomes).  The option
%   inference_budget(Start, Limit) (the inference count when the ask
%   began, and its limit) bounds the search for more answers than are
%   shown to half of what is left.  With the option why_absent(true), each
%   proof node of a derived conclusion taken as not so (`\+ Goal`) also
%   carries the why-not of Goal (`why_not`, two levels deep): what no rule
%   establishes and why.  It is left out unless asked for (the text shows
%   it only with --why-absent; HTML folds it under the step).

answer_dict(Goal, VarNames, Options, Dict) :-
    memberchk(explain(false), Options), !,
    answer_groups(Goal, VarNames, Options, Groups, Found),
    maplist(brief_answer_entry, Groups, Answers),
    goal_text(Goal, VarNames, QuestionText),
    ( Answers == [] -> Holds = false ; Holds = true ),
    selected_readings(Readings),
    engine_dict(Engine),
    found_dict(Found, FoundDict),
    Dict0 = _{question:QuestionText, holds:Holds, answers:Answers, why_not:[], assumptions:[],
              readings:Readings, engine:Engine, explained:false},
    Dict = Dict0.put(FoundDict).
answer_dict(Goal, VarNames, Options, Dict) :-
    option_value(Options, why_not_depth(Depth), 5),
    option_value(Options, why_absent(WhyAbsent), false),
    b_setval(answer_why_absent, WhyAbsent),     % read by node_extras/4, deep in the proof nodes
    answer_groups(Goal, VarNames, Options, Groups, Found),
    option_value(Options, places(Places), []),
    foldl(answer_entry(Places), Groups, Answers, 1, _),
    findall(A, ( member(group(_, Ps), Groups), member(P, Ps), proof_assumptions(P, As), member(A, As) ),
            Assumed0),
    list_to_set(Assumed0, Assumed),
    maplist(assumption_dict, Assumed, Assumptions),
    goal_text(Goal, VarNames, QuestionText),
    (   Answers == []
    ->  Holds = false,
        why_not(Goal, Depth, Failures),
        maplist(failure_dict(Goal, VarNames), Failures, WhyNot),
        (   memberchk(repairs(MaxSize, MaxSets), Options)
        ->  minimal_repairs(Goal, MaxSize, MaxSets, Repairs0),
            consistent_repairs(Goal, MaxSize, Repairs0, Repairs),
            maplist(repair_dict, Repairs, RepairDicts),
            Extra0 = _{repairs:RepairDicts},
            VerdictRepairs = Repairs
        ;   Extra0 = _{},
            verdict_repairs(Goal, Options, VerdictRepairs)
        ),
        no_verdict_dict(Goal, VarNames, VerdictRepairs, Places, Verdict),
        Extra = Extra0.put(verdict, Verdict)
    ;   Holds = true,
        WhyNot = [],
        yes_summary_verdict(Answers, Verdict),
        Extra = _{verdict:Verdict}
    ),
    selected_readings(Readings),
    engine_dict(Engine),
    (   memberchk(open(true), Options)
    ->  open_answer(Goal, Value, Unknown0),
        most_general_unknowns(Unknown0, Unknown),
        maplist(unknown_dict, Unknown, UnknownDicts),
        OpenExtra = _{open_world:_{value:Value, unknown_facts:UnknownDicts}}
    ;   OpenExtra = _{}
    ),
    found_dict(Found, FoundDict),
    Dict0 = _{question:QuestionText, holds:Holds, answers:Answers,
              why_not:WhyNot, assumptions:Assumptions, readings:Readings,
              engine:Engine},
    Dict = Dict0.put(FoundDict).put(Extra).put(OpenExtra).

selected_readings(Readings) :-
    findall(_{passage:P, reading:R},
            ( ambiguous_passage(P, _, _, _), reading_selected(P, R) ),
            Readings).

engine_dict(_{swi_prolog:Swi}) :-
    current_prolog_flag(version, V),
    Major is V // 10000, Minor is (V // 100) mod 100, Patch is V mod 100,
    format(string(Swi), "~w.~w.~w", [Major, Minor, Patch]).

% The rules of a brief answer are those of its first proof, as a batch with
% proofs (batch.py) lists them.
brief_answer_entry(group(VarNames, [Proof|_]), _{bindings:Bindings, rules:Rules}) :-
    binding_dict(VarNames, Bindings),
    proof_rules(Proof, Rules).

unknown_dict(Fact, _{fact:Text, question:Question}) :-
    goal_text(Fact, Text),
    goal_sentence(Fact, Sentence),
    phrase_text(is_it_so, [Sentence], Question).

repair_dict(repair(Changes, Proof), _{changes:Cs, size:Size, rule:Rule, source:Source, rules:Rules,
                                      conclusion:Text}) :-
    length(Changes, Size),
    maplist(change_dict, Changes, Cs),
    Proof = node(_, _, Rule0, _),
    rule_json(Rule0, Rule, Source),
    proof_rules(Proof, Rules),
    node_dict(Proof, Node),
    Text = Node.text.

change_dict(Change, _{op:Op, fact:FactText, text:Sentence}) :-
    Change =.. [Op, Fact],
    goal_text(Fact, FactText),
    goal_sentence(Fact, Sentence).

option_value(Options, Opt, Default) :-
    (   memberchk(Opt, Options)
    ->  true
    ;   arg(1, Opt, Default)
    ).

answer_entry(Places, group(VarNames, [Proof|Others]),
             _{bindings:Bindings, proof:Node, other_proofs:OtherNodes, verdict:Verdict}, I, I1) :-
    I1 is I + 1,
    binding_dict(VarNames, Bindings),
    node_dict(Proof, Node),
    maplist(node_dict, Others, OtherNodes),
    (   max_decisive_answers(Max), I =< Max
    ->  yes_verdict(Proof, Line, Decisive),
        maplist(decisive_dict(Places), Decisive, DecisiveDicts),
        Verdict = _{line:Line, decisive:DecisiveDicts, decisive_found:true}
    ;   yes_verdict_line(Proof, Line),
        Verdict = _{line:Line, decisive:[], decisive_found:false}
    ).

% --- verdicts: the line a lawyer would write, and the decisive facts --------
%
% verdict.pl composes them; here they become JSON, with the place in the
% case file of each given fact.

%!  max_decisive_answers(-N) is det.
%
%   The decisive facts are worked out for the first N answers (each costs
%   a proof of the question per fact of its proof); the others get their
%   verdict line only.

max_decisive_answers(10).

yes_verdict_line(Proof, Line) :-
    snapshot(yes_verdict(Proof, Line, _)).

% The verdict of a "yes": that of its one answer, or the count and the
% bindings of several (each answer carries its own).
yes_summary_verdict([Answer], Verdict) :- !,
    Verdict = Answer.verdict.
yes_summary_verdict(Answers, _{line:Line, decisive:[], decisive_found:false}) :-
    length(Answers, N),
    findall(T, ( member(A, Answers), binding_text(A.bindings, T) ), Ts0),
    (   length(Ts, 5), append(Ts, [_|_], Ts0) -> More = "; …" ; Ts = Ts0, More = "" ),
    atomic_list_concat(Ts, '; ', Listed),
    phrase_text(yes_for_several, [Listed, More, N], Line).

binding_text(Bindings, Text) :-
    dict_pairs(Bindings, _, Pairs),
    findall(T, ( member(K-V, Pairs), format(string(T), "~w = ~w", [K, V]) ), Ts),
    atomic_list_concat(Ts, ', ', Text).

% The repairs a "no" verdict turns on when the request did not ask for
% them: a small search (changes of up to 3 facts, 25 sets), under its own
% part of the inferences left to the ask; if it runs out, the verdict has
% no decisive facts (decisive_found is false).
verdict_repairs(Goal, Options, Repairs) :-
    inference_budget(Options, Budget0),
    Budget is min(Budget0, 3_000_000),
    (   catch(call_with_inference_limit(verdict_search(Goal, Repairs1), Budget, Result),
              error(resource_error(_), _), fail),
        Result \== inference_limit_exceeded
    ->  Repairs = Repairs1
    ;   Repairs = searched_out
    ).

% verdict_search(+Goal, -Repairs): the repairs of a verdict, the first of
% them the one the whole search (up to 3 changes, 25 sets) ranks first.
% The search goes one size deeper at a time: once the best repair found
% with at most Size changes costs at most Size (repairs.pl, repair_cost/2),
% or Size + 1 with at most Size changes, no repair of more changes can
% rank before it (each change costs at least 1, and at equal cost the
% smaller repair ranks first), and the deeper search -- most of the cost
% of a "no" -- is skipped.  The search tries its sets breadth first, so
% the sets tried up to a size are the same whatever the greatest size.
% The alternatives of an enumerated value the verdict names come from
% repairs of the same size as the first, which are all found by then.
verdict_search(Goal, Repairs) :-
    empty_assoc(Tested),
    verdict_search(Goal, 1, Tested, Repairs).

% Each size's search reuses the sets the last one tested (Tested).
verdict_search(Goal, Size, Tested0, Repairs) :-
    minimal_repairs(Goal, Size, 25, Repairs0, Tested0, Tested),
    consistent_repairs(Goal, 3, Repairs0, Repairs1),
    (   Size >= 3
    ->  Repairs = Repairs1
    ;   Repairs1 = [repair(Changes, _)|_],
        repair_cost(Changes, Cost),
        length(Changes, Length),
        (   Cost =< Size
        ->  true
        ;   Length =< Size, Cost =< Size + 1
        )
    ->  Repairs = Repairs1
    ;   Size1 is Size + 1,
        verdict_search(Goal, Size1, Tested, Repairs)
    ).

no_verdict_dict(Goal, VarNames, Repairs, Places, Verdict) :-
    copy_term(Goal-VarNames, G-VNs),
    maplist(name_variable, VNs),
    (   Repairs == searched_out
    ->  does_not_follow(G, NotFollowing),
        phrase_text(no_plain, [NotFollowing], Line),
        Verdict = _{line:Line, decisive:[], decisive_found:false, on_facts_given:false}
    ;   no_verdict(G, Repairs, Line, Decisive),
        maplist(decisive_dict(Places), Decisive, DecisiveDicts),
        (   Decisive \== [], \+ memberchk(decisive(_, given, _), Decisive)
        ->  OnFactsGiven = true
        ;   OnFactsGiven = false
        ),
        Verdict = _{line:Line, decisive:DecisiveDicts, decisive_found:true, on_facts_given:OnFactsGiven}
    ).

decisive_dict(Places, decisive(Fact, Status, Alts), Dict) :-
    goal_text(Fact, Text),
    goal_sentence(Fact, Sentence),
    maplist(value_text, Alts, AltTexts),
    (   member(F-W, Places), F =@= Fact -> Where = W ; Where = null ),
    Dict0 = _{fact:Text, text:Sentence, status:Status, alternatives:AltTexts, where:Where},
    current_language(Lang),
    (   Lang == en
    ->  Dict = Dict0
    ;   maplist(value_words, Alts, AltWords),       % in the answer's language
        Dict = Dict0.put(alternative_words, AltWords)
    ).

% --- answers: one per binding, and how many there are ------------------------
%
% An answer is a distinct binding of the question's variables; two proofs of
% the same binding (two rules concluding the same thing, or one rule by two
% appeals) are two justifications of one answer, grouped in it.  Only so
% many answers are listed, but every binding is counted before the cut, and
% the answer says when it was cut.

%!  max_answers(-N) is det.
%
%   At most N answers (distinct bindings) are listed.

max_answers(100).

%!  max_grouped_proofs(-N) is det.
%
%   At most N proofs in all are gathered to group them by binding; beyond
%   them, each further binding has its first proof only.

max_grouped_proofs(200).

%!  max_counted_answers(-N) is det.
%
%   At most N distinct bindings are counted (answers_found is then a lower
%   bound).

max_counted_answers(100_000).

%!  answer_groups(+Goal, +VarNames, +Options, -Groups, -Found) is det.
%
%   Groups are the answers of Goal to list, in the order their first proofs
%   are found: `group(VarNames1, Proofs)`, VarNames1 a copy of VarNames
%   with the answer's binding, Proofs its distinct proofs (the first one
%   first), at most max_answers/1 groups.  Found is
%   `found(Count, Exact, AllProofs)`: Count distinct bindings were found
%   (Exact: `true` if that is all of them, `false` if the search stopped
%   at max_counted_answers/1 or at its inference budget, so that Count is
%   a lower bound), and AllProofs is `true` if every proof of every listed
%   answer is in its group.  The proofs are gathered in three steps, each
%   cheaper than the one before it would be: up to max_grouped_proofs/1
%   proofs, grouped; if there were more, the first proof of each of the
%   first max_answers/1 + 1 bindings; if there were more bindings still,
%   a count of all of them.  The last two run under half the inferences
%   left to the ask each (option inference_budget/2).

answer_groups(Goal, VarNames, Options, Groups, found(Count, Exact, AllProofs)) :-
    visible_values(VarNames, Binding),
    max_answers(Cap),
    max_grouped_proofs(MaxProofs),
    findall(VarNames-Proof, limit(MaxProofs, prove(Goal, Proof)), Pairs),
    group_by_binding(Pairs, Grouped),
    length(Pairs, NProofs),
    (   NProofs < MaxProofs
    ->  AllProofs = true,
        All = Grouped,
        length(All, Count),
        Exact = true
    ;   AllProofs = false,
        Cap1 is Cap + 1,
        inference_budget(Options, Budget1),
        bounded_solutions(VarNames-Proof, distinct(Binding, prove(Goal, Proof)), Cap1, Budget1,
                          Firsts, FirstsComplete),
        add_first_proofs(Firsts, Grouped, All),
        length(All, N),
        (   FirstsComplete == true
        ->  Count = N, Exact = true
        ;   N > Cap
        ->  inference_budget(Options, Budget2),
            count_bindings(Goal, Binding, Budget2, Counted, Exact),
            Count is max(N, Counted)
        ;   Count = N, Exact = false
        )
    ),
    (   length(Groups, Cap), append(Groups, _, All)
    ->  true
    ;   Groups = All
    ).

%   found_dict(+Found, -Dict): the answer's fields saying what was left out.
found_dict(found(Count, Exact, AllProofs),
           _{truncated:Truncated, answers_found:Count, answers_found_exact:Exact, all_proofs:AllProofs}) :-
    max_answers(Cap),
    (   ( Count > Cap ; Exact == false ) -> Truncated = true ; Truncated = false ).

% visible_values(+VarNames, -Values): the values of the question's variables
% that are shown (their names do not start with `_`).
visible_values([], []).
visible_values([Name=V|VarNames], Values) :-
    (   sub_atom(Name, 0, _, _, '_')
    ->  Values = Rest
    ;   Values = [V|Rest]
    ),
    visible_values(VarNames, Rest).

% group_by_binding(+Pairs, -Groups): VarNames-Proof pairs grouped by the
% visible binding (variants), in the order of first appearance; within a
% group, variants of a proof already there are dropped.
group_by_binding(Pairs, Groups) :-
    foldl(add_to_group, Pairs, [], RevGroups),
    reverse(RevGroups, Groups0),
    maplist(reverse_group, Groups0, Groups).

add_to_group(VarNames-Proof, Groups0, Groups) :-
    visible_values(VarNames, Key),
    (   select(group(VNs, Proofs0), Groups0, group(VNs, Proofs), Groups),
        visible_values(VNs, Key0),
        Key0 =@= Key
    ->  (   member(P, Proofs0), P =@= Proof
        ->  Proofs = Proofs0
        ;   Proofs = [Proof|Proofs0]
        )
    ;   Groups = [group(VarNames, [Proof])|Groups0]
    ).

reverse_group(group(VNs, RevProofs), group(VNs, Proofs)) :-
    reverse(RevProofs, Proofs).

% add_first_proofs(+Firsts, +Grouped, -All): Grouped, then a group of its
% one proof for each binding of Firsts (VarNames-Proof) not yet grouped.
add_first_proofs(Firsts, Grouped, All) :-
    findall(group(VNs, [P]),
            ( member(VNs-P, Firsts),
              visible_values(VNs, Key),
              \+ ( member(group(G, _), Grouped), visible_values(G, K), K =@= Key ) ),
            More),
    append(Grouped, More, All).

% inference_budget(+Options, -Budget): half the inferences left to the ask
% (option inference_budget(Start, Limit)), at least 1; 10,000,000 without it.
inference_budget(Options, Budget) :-
    (   memberchk(inference_budget(Start, Limit), Options)
    ->  statistics(inferences, Now),
        Budget is max(1, (Start + Limit - Now) // 2)
    ;   Budget = 10_000_000
    ).

%!  bounded_solutions(+Template, :Goal, +Max, +Budget, -Solutions, -Complete) is det.
%
%   Solutions are the instances of Template for the first solutions of
%   Goal, at most Max, found within Budget inferences.  Complete is `true`
%   if Goal has no other solutions, `false` if the search stopped at Max
%   or at the budget (the solutions found until then are kept).  Goal is
%   left as it was (its bindings are undone).

bounded_solutions(Template, Goal, Max, Budget, Solutions, Complete) :-
    State = state([], 0, more),
    \+ \+ call_with_inference_limit(
        (   call(Goal),
            arg(1, State, Found0),
            arg(2, State, N0),
            N is N0 + 1,
            nb_setarg(1, State, [Template|Found0]),
            nb_setarg(2, State, N),
            N >= Max,
            !
        ;   nb_setarg(3, State, exhausted)
        ),
        Budget, _),
    arg(1, State, RevSolutions),
    reverse(RevSolutions, Solutions),
    (   arg(3, State, exhausted) -> Complete = true ; Complete = false ).

% count_bindings(+Goal, +Binding, +Budget, -Count, -Exact): Count distinct
% instances of Binding for the proofs of Goal, counted within Budget
% inferences and up to max_counted_answers/1; Exact is `false` if either
% bound stopped the count.
count_bindings(Goal, Binding, Budget, Count, Exact) :-
    max_counted_answers(Max),
    bounded_count(distinct(Binding, prove(Goal, _)), Max, Budget, Count, Exact).

bounded_count(Goal, Max, Budget, Count, Complete) :-
    State = count(0, more),
    \+ \+ call_with_inference_limit(
        (   call(Goal),
            arg(1, State, N0),
            N is N0 + 1,
            nb_setarg(1, State, N),
            N >= Max,
            !
        ;   nb_setarg(2, State, exhausted)
        ),
        Budget, _),
    arg(1, State, Count),
    (   arg(2, State, exhausted) -> Complete = true ; Complete = false ).

binding_dict(VarNames, Dict) :-
    findall(Name-Text,
            ( member(Name=Value, VarNames),
              \+ sub_atom(Name, 0, _, _, '_'),
              value_text(Value, Text) ),
            Pairs),
    dict_pairs(Dict, json, Pairs).

assumption_dict(\+ Goal, _{goal:Text, kind:Kind, text:Sentence, fact_text:FactText}) :-
    goal_text(Goal, Text),
    goal_sentence(\+ Goal, Sentence),
    (   is_case_fact_goal(Goal)
    ->  Kind = case_fact,
        phrase_text(no_fact_given, [Text], FactText)
    ;   Kind = derived,
        phrase_text(does_not_follow_from_facts, [Text], FactText)
    ).

%!  node_dict(+Node, -Dict) is det.
%
%   Dict is the JSON form of a proof node (see the contract in docs/usage.md).

node_dict(node(Goal, Status, Rule, Children), Dict) :-
    goal_text(Goal, Text),
    rule_json(Rule, RuleJson, Source),
    maplist(node_dict, Children, ChildDicts),
    goal_sentence(Goal, Sentence),
    Dict0 = _{goal:Text, text:Sentence, status:Status, rule:RuleJson, source:Source, children:ChildDicts},
    node_extras(Goal, Status, Dict0, Dict).

rule_json(none, null, null) :- !.
rule_json(Id, Id, Source) :-
    rule_source(Id, source(Paragraph, Articles, Text)),
    Source0 = _{paragraph:Paragraph, articles:Articles, text:Text},
    current_language(Lang),
    language_source(Lang, Source0, Source).

% language_source(+Lang, +Source0, -Source): in Russian, the source also
% says that its text is the resolution's unofficial English translation
% (text_note), and gives each article as a Russian citation with its
% verbatim Russian text where the reference holds it (articles_ru).
language_source(en, Source, Source) :- !.
language_source(Lang, Source0, Source) :-
    with_language(Lang, phrase_text(unofficial_translation, [], Note)),
    maplist(article_dict(Lang), Source0.articles, ArticleDicts),
    Source = Source0.put(_{text_note:Note, articles_ru:ArticleDicts}).

article_dict(Lang, Article, _{article:Article, label:Label, verbatim:Verbatim}) :-
    article_label(Lang, Article, Label),
    (   article_verbatim(Article, V) -> Verbatim = V ; Verbatim = null ).

node_extras(reading_selected(P, R), _, D0, D) :-
    current_language(Lang),
    reading_meaning(Lang, P, R, Meaning), !,
    D = D0.put(reading, _{passage:P, reading:R, meaning:Meaning}).
node_extras(\+ Goal, assumed_absent, D0, D) :- !,
    assumption_dict(\+ Goal, A),
    goal_sentence(Goal, Absent),
    (   A.kind == derived,
        nb_current(answer_why_absent, true)
    ->  why_not(Goal, 2, Failures),
        maplist(failure_dict(Goal, []), Failures, WhyNot),
        D = D0.put(_{assumption:A.text, why_not:WhyNot, absent:Absent, absent_kind:derived})
    ;   D = D0.put(_{assumption:A.text, absent:Absent, absent_kind:A.kind})
    ).
node_extras(Goal, given, D0, D) :-
    functor(Goal, Name, _),
    not_encoded_article(Name, _), !,
    current_language(Lang),
    not_encoded_text(Lang, Name, Article),
    phrase_text(depends_on_not_encoded, [Article], Note),
    D = D0.put(note, Note).
node_extras(_, _, D, D).

failure_dict(Goal, VarNames, failure(Id, Head, Satisfied, Failed), Dict) :-
    name_question_vars(Goal, VarNames, Head),
    rule_json(Id, _, Source),
    maplist(node_dict, Satisfied, SatDicts),
    goal_text(Head, HeadText),
    goal_sentence(Head, HeadSentence),
    failed_dict(Failed, FailedDict0),
    failed_goal(Failed, FailedGoal),
    goal_sentence(FailedGoal, FailedSentence),
    FailedDict = FailedDict0.put(text, FailedSentence),
    Dict = _{rule:Id, conclusion:HeadText, text:HeadSentence, source:Source,
             satisfied:SatDicts, failed:FailedDict}.

failed_goal(missing(G), G).
failed_goal(blocked(G, _), \+ G).
failed_goal(false(G), G).
failed_goal(unproved(G, _), G).

failed_dict(missing(Goal), _{goal:T, kind:missing_fact, proof:null, why_not:[]}) :-
    goal_text(Goal, T).
failed_dict(blocked(Goal, Proof), _{goal:T, kind:blocked, proof:N, why_not:[]}) :-
    goal_text(\+ Goal, T),
    node_dict(Proof, N).
failed_dict(false(Goal), _{goal:T, kind:condition_false, proof:null, why_not:[]}) :-
    goal_text(Goal, T).
failed_dict(unproved(Goal, Sub), _{goal:T, kind:unproved, proof:null, why_not:Subs}) :-
    goal_text(Goal, T),
    maplist(failure_dict(Goal, []), Sub, Subs).

% Name the variables of the rule's instance Head of the question Goal after
% the question's own variables, position by position.
name_question_vars(Goal, VarNames, Head) :-
    (   compound(Goal), compound(Head)
    ->  Goal =.. [_|QArgs],
        Head =.. [_|HArgs],
        maplist(name_var(VarNames), QArgs, HArgs)
    ;   true
    ).

name_var(VarNames, Q, H) :-
    (   var(Q), var(H), member(Name=V, VarNames), V == Q
    ->  H = '$VAR'(Name)
    ;   true
    ).

