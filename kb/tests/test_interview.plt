:- encoding(utf8).
/*  plunit tests of the guided interview (interview.pl, interview_json/2)
    and of what it rests on in the open world (open_world.pl).  Run by
    tests/test_plunit.py, or:
    swipl -g "consult('kb/tests/test_interview.plt'), run_tests" -t halt kb/cassation.pl
*/
:- use_module(library(plunit)).
:- use_module(library(http/json)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module('../engine/json_api').
:- use_module('../engine/case_facts').
:- use_module('../engine/open_world').
:- use_module('../engine/interview').

% The case of queries/p1_counsel_appeal.yaml without the court of appeal's decision.
iv_facts(["judicial_act(v1, verdict, first_instance)", "act_outcome(v1, conviction)",
          "offence_category(v1, grave)", "entered_into_force(v1, 2019-05-10)",
          "participant('Қайрат', convicted)", "participant('Әлия', defence_counsel)",
          "acts_for('Әлия', 'Қайрат')", "appeal(a1, 'Әлия', v1)",
          "petition(pt1, 'Қайрат', v1)", "filed_on(pt1, 2021-02-01)"]).

iv_step(Extra, Dict) :-
    iv_facts(Facts),
    Request0 = _{question:"may_review(v1, 'Қайрат')", facts:Facts},
    Request = Request0.put(Extra),
    atom_json_dict(Text, Request, [as(string)]),
    interview_json(Text, Out),
    atom_json_dict(Out, Dict, [value_string_as(string)]).

:- begin_tests(interview).

test(which_person_offers_persons_not_acts) :-
    % "which agent?" offers the persons the case names, never the act v1;
    % "which act?" the acts; an argument of a kind of its own every name.
    snapshot(( maplist(assert_case_fact, [judicial_act(v1, verdict, first_instance),
                                          participant('Нурлан', convicted),
                                          appeal(a1, 'Әлия', v1)]),
               interview:choices(id, agent, Persons),
               interview:choices(id, act, Acts),
               interview:choices(id, decision, All) )),
    findall(V, member(_{value:V, text:_}, Persons), PVs),
    findall(V, member(_{value:V, text:_}, Acts), AVs),
    findall(V, member(_{value:V, text:_}, All), Vs),
    assertion(PVs == ["'Нурлан'", "'Әлия'"]),
    assertion(AVs == ["v1"]),
    assertion(Vs == ["a1", "v1", "'Нурлан'", "'Әлия'"]).

test(a_single_valued_fact_is_asked_as_which_value) :-
    % act_outcome(v1, acquittal) unknown: one act has one outcome
    % (consistency.pl), so the interview asks which outcome v1 has, not
    % whether it is acquittal; a fact that may hold with several values at
    % once (no such contradiction: offence_category) stays a yes/no
    % question, as does a value of an id (protest(pr1, v1): which act?)
    assertion(interview:fact_shape(act_outcome(v1, acquittal), act_outcome(v1, _), value(2, outcome, act_outcome))),
    assertion(interview:fact_shape(entered_into_force(v1, date(2019, 5, 10)), entered_into_force(v1, _), value(2, date, date))),
    assertion(interview:fact_shape(offence_category(v1, grave), offence_category(v1, grave), yes_no)),
    assertion(interview:fact_shape(protest(pr1, v1), protest(pr1, v1), yes_no)),
    assertion(interview:fact_shape(appeal(a1, ivanov, v1), appeal(a1, ivanov, v1), yes_no)).
test(one_kind_and_instance_is_asked_as_which_is_so) :-
    % an act has one kind and one instance (a contradiction on the pair):
    % whether v1 is an appellate verdict is asked as which of the 9
    % combinations v1 is, each a sentence, one reply settling them all
    interview:fact_shape(judicial_act(v1, verdict, appellate), Shape, Kind),
    assertion(Shape =@= judicial_act(v1, _, _)),
    assertion(Kind = which(_)),
    Kind = which(Facts),
    length(Facts, N),
    assertion(N =:= 9),
    assertion(memberchk(judicial_act(v1, decision, appellate), Facts)),
    interview:question_words(Kind, Shape, Words, Argument, Choices),
    assertion(sub_string(Words, _, _, _, "which is so?")),
    assertion(Argument.type == fact),
    assertion(memberchk(_{value:"judicial_act(v1, decision, appellate)", text:_}, Choices)).
test(a_which_is_so_reply_is_one_of_the_choices) :-
    reply_record("judicial_act(v1, _, _)", value, "judicial_act(v1, decision, appellate)", R1),
    assertion(R1 == given(judicial_act(v1, decision, appellate))),
    reply_record("judicial_act(v1, _, _)", no, "", R2),
    assertion(R2 = denied(judicial_act(v1, _, _))),
    catch(reply_record("judicial_act(v1, _, _)", value, "judicial_act(v2, decision, appellate)", _), reply_error(M), true),
    assertion(sub_string(M, _, _, _, "one of the choices")),
    catch(reply_record("judicial_act(v1, _, _)", yes, "", _), reply_error(M2), true),
    assertion(sub_string(M2, _, _, _, "which is so")).
test(on_an_empty_case_the_first_question_is_about_the_act_the_question_names) :-
    % not "the outcome of … is: conviction -- which act?" (a name the
    % rules only shape): first what the case or the question names
    atom_json_dict(Text, _{question:"may_review(v1, 'Қайрат')", facts:[]}, [as(string)]),
    interview_json(Text, Out),
    atom_json_dict(Out, D, [value_string_as(string)]),
    N = D.next,
    assertion(N.fact == "act_outcome(v1, _)"),
    assertion(N.kind == "value"),
    assertion(N.argument.type == "act_outcome").
test(a_question_for_a_name_nobody_gave_comes_after_one_about_a_named_thing) :-
    interview:nature_order(1-act_outcome(_, conviction)-value(1, act, id), K1),
    interview:nature_order(2-participant('Қайрат', _)-value(2, role, participant_role), K2),
    assertion(K2 @< K1).
test(first_question_is_which_outcome) :-
    iv_step(_{}, D),
    assertion(D.value == "unknown"),
    N = D.next,
    assertion(N.fact == "appeal_outcome(a1, _)"),
    assertion(N.kind == "value"),
    findall(V, ( member(C, N.choices), V = C.value ), Vs),
    assertion(Vs == ["upheld", "changed", "cancelled"]),
    assertion(N.why.rule == "p1_considered_on_appeal"),
    assertion(N.why.paragraph == 1).

test(a_value_reply_decides) :-
    iv_step(_{reply:_{fact:"appeal_outcome(a1, _)", reply:"value", value:"upheld"}}, D),
    assertion(D.recorded.as == "given"),
    assertion(D.recorded.fact == "appeal_outcome(a1, upheld)"),
    assertion(D.value == true),
    assertion(D.next == null).

test(none_denies_the_form) :-
    iv_step(_{reply:_{fact:"appeal_outcome(a1, _)", reply:"no"}}, D),
    assertion(D.recorded.as == "denied"),
    assertion(D.recorded.fact == "appeal_outcome(a1, _)"),
    assertion(D.next.fact \== "appeal_outcome(a1, _)").

test(dont_know_is_not_asked_again) :-
    iv_step(_{reply:_{fact:"appeal_outcome(a1, _)", reply:"unknown"}}, D),
    assertion(D.recorded.as == "skipped"),
    assertion(D.value == "unknown"),
    assertion(D.next.fact \== "appeal_outcome(a1, _)").

test(a_value_of_the_wrong_type_is_a_reply_error) :-
    iv_step(_{reply:_{fact:"appeal_outcome(a1, _)", reply:"value", value:"overturned"}}, D),
    assertion(D.error.type == "reply"),
    assertion(sub_string(D.error.message, _, _, _, "upheld, changed, cancelled")).

test(yes_to_a_which_question_is_a_reply_error) :-
    iv_step(_{reply:_{fact:"appeal_outcome(a1, _)", reply:"yes"}}, D),
    assertion(D.error.type == "reply").

test(a_reply_about_an_undeclared_fact_is_refused) :-
    iv_step(_{reply:_{fact:"halt(7)", reply:"yes"}}, D),
    assertion(D.error.type == "reply").

:- end_tests(interview).

:- begin_tests(open_world_interview).

test(denied_with_underscore_denies_every_fact_of_its_form) :-
    setup_call_cleanup(
        ( assert_case_fact(appeal(a1, x, v1)), assert_denied_fact(appeal_withdrawn(_)) ),
        open_answer(appeal_withdrawn(a1), V, _),
        clear_case),
    assertion(V == false).

test(a_fact_contradicting_a_given_one_is_false) :-
    setup_call_cleanup(
        ( assert_case_fact(judicial_act(v1, verdict, first_instance)) ),
        open_answer(judicial_act(v1, _, cassation), V, _),
        clear_case),
    assertion(V == false).

test(an_ill_typed_fact_is_false) :-
    open_answer(other_consequence(v1, excessive_severity), V, _),
    assertion(V == false).

test(denying_a_given_fact_by_its_form_is_a_contradiction,
     [throws(error(case_fact_error(contradiction, _), _)), cleanup(clear_case)]) :-
    assert_case_fact(appeal_returned(a1)),
    assert_denied_fact(appeal_returned(_)).

:- end_tests(open_world_interview).
