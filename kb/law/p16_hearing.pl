:- encoding(utf8).
:- module(p16_hearing,
          [ defence_mandatory/1,                % ?Person
            defence_not_mandatory_because/2,    % ?Person, ?Reason
            court_must_provide_counsel/1,       % ?Person
            hearing_for/1,                      % ?Request
            must_be_notified/2,                 % ?Person, ?Request
            notification_includes/3,            % ?Person, ?Request, ?Item
            conclusion_topic_admissible/2,      % ?Conclusion, ?Topic
            conclusion_topic_inadmissible/2,    % ?Conclusion, ?Topic
            must_be_familiarised_with/2,        % ?Person, ?Conclusion
            court_may_rely_on/1,                % ?Material
            court_may_not_rely_on/2,            % ?Material, ?Reason
            may_ground_annulment_and_new_trial/1, % ?Material
            beyond_cassation_powers/1,          % ?Action
            possible_cassation_decision/1,      % ?Decision
            must_verify_all_arguments/1         % ?Request
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module(p04_time_limits).
:- use_module(p13_petition_handling).

/** <module> Paragraphs 16-20: the cassation hearing

Paragraph 16: defence counsel is mandatory in cassation in the cases of
CPC art. 67 part 1 (art. 495), and the court provides one; but the
prosecutor's participation in cassation does not make it mandatory (item 9
of art. 67 part 1 concerns a state prosecutor, which he is not there).
Paragraph 17: who must be notified of the hearing and what they receive.
Paragraph 18: what a scientific conclusion of specialists may and may not
contain.  Paragraphs 19-20: the court relies only on the case materials
investigated by the lower courts, never on circumstances that appeared
after the verdict entered into force, and cannot establish evidence
itself; additional materials may ground annulment and a new trial.
*/

template(defence_mandatory(person),
         "a defence counsel must take part in the cassation hearing for {person}").

%!  defence_mandatory(?Person) is nondet.
%
%   A defence counsel must take part in the cassation hearing for Person.

rule(p16_art_67_part_one,
     source(16, ['CPC art. 495 part 1', 'CPC art. 67 part 1'],
            "According to part one of article 495 of the CPC, participation of a defense counsel in the judicial proceedings of the cassation instance shall be mandatory in cases provided for by part one of article 67 of the CPC."),
     ( defence_mandatory(Person) :-
           participant(Person, Role),
           memberchk(Role, [convicted, acquitted]),
           defence_circumstance(Person, Circumstance),
           memberchk(Circumstance, [requested_by_defendant, minor, physical_or_mental_disability, language_not_known,
                                    charge_over_ten_years_life_or_death, in_custody, conflicting_interests,
                                    representative_of_victim_or_civil_plaintiff, abroad_evading,
                                    procedural_agreement]) )).

template(defence_not_mandatory_because(person, reason),
         "defence is optional for {person} in cassation: {reason}").

%!  defence_not_mandatory_because(?Person, ?Reason) is nondet.
%
%   A circumstance of art. 67 part 1 is given for Person, but does not make
%   defence mandatory in cassation, for Reason.

rule(p16_prosecutor_is_not_state_prosecutor,
     source(16, ['CPC art. 67 part 1 item 9', 'CPC art. 494 part 5'],
            "Since the prosecutor does not perform the functions of the public prosecutor in the court of cassation, but expresses an opinion on the cassation petitions under consideration, lays out the arguments indicated in the protest, gives an opinion on the legality of the judicial acts held in the case, his participation in the cassation court shall not entail the mandatory participation of the defense counsel."),
     ( defence_not_mandatory_because(Person, prosecutor_in_cassation_is_not_state_prosecutor) :-
           defence_circumstance(Person, state_prosecutor_participates),
           \+ defence_mandatory(Person) )).

template(court_must_provide_counsel(person),
         "the court must provide a defence counsel for {person}").

%!  court_must_provide_counsel(?Person) is nondet.
%
%   Defence is mandatory for Person and no defence counsel acts for him,
%   so the court must provide one.

rule(p16_court_provides_counsel,
     source(16, ['CPC art. 495 part 1', 'CPC art. 67 part 3'],
            "In these cases participation of the defense counsel shall be provided for by the court."),
     ( court_must_provide_counsel(Person) :-
           defence_mandatory(Person),
           \+ has_defence_counsel(Person) )).

template(has_defence_counsel(person),
         "a defence counsel acts for {person}").

rule(p16_has_defence_counsel,
     source(16, ['CPC art. 495 part 1'],
            "In these cases participation of the defense counsel shall be provided for by the court."),
     ( has_defence_counsel(Person) :-
           acts_for(Counsel, Person),
           participant(Counsel, defence_counsel) )).

template(hearing_for(request),
         "the cassation court will hear the case on {request}").

%!  hearing_for(?Request) is nondet.
%
%   The cassation court will hear the case on Request.

rule(p3_hearing_on_transfer,
     source(3, ['CPC art. 491 part 1 item 1', 'CPC art. 492 part 1'],
            "Consideration of a case in the cassation instance shall be carried out upon receipt of a judge’s decision to transfer the petition with the case for consideration at the hearing of the cassation instance if there are grounds for reviewing judicial acts"),
     ( hearing_for(Request) :-
           preliminary_decision(Request, transfer_to_hearing) )).

rule(p3_hearing_on_protest_or_submission,
     source(3, ['CPC art. 490 part 4', 'CPC art. 492 part 1'],
            "as well as the representation of the Chairman of the Supreme Court, the protest of the Prosecutor General"),
     ( hearing_for(Request) :-
           petition_disposition(Request, considered_by_cassation_court) )).

template(must_be_notified(person, request),
         "{person} must be notified of the hearing on {request}").

%!  must_be_notified(?Person, ?Request) is nondet.
%
%   Person must be notified of the hearing on Request.

rule(p17_persons_entitled_to_participate,
     source(17, ['CPC art. 492 part 1'],
            "The date of the consideration of the case by the cassation instance should be determined subject to the possibility of proper notification of persons with the right to participate in the meeting"),
     ( must_be_notified(Person, Request) :-
           hearing_for(Request),
           participant(Person, Role),
           memberchk(Role, [convicted, acquitted, defence_counsel, representative, legal_representative,
                            victim, private_prosecutor, civil_plaintiff, civil_defendant, prosecutor]) )).

rule(p17_persons_concerned,
     source(17, ['CPC art. 492 part 1'],
            "as well as of persons in respect of whom the petition for review of the court decision has been filed, a protest, a plea have been brought"),
     ( must_be_notified(Person, Request) :-
           hearing_for(Request),
           request_concerns(Request, Person) )).

rule(p17_petitioner,
     source(17, ['CPC art. 492 part 1'],
            "proper notification of persons with the right to participate in the meeting"),
     ( must_be_notified(Person, Request) :-
           hearing_for(Request),
           petition(Request, Person, _Act) )).

template(notification_includes(person, request, item),
         "{person} must receive, about the hearing on {request}, the {item}").

%!  notification_includes(?Person, ?Request, ?Item) is nondet.
%
%   What Person must receive about the hearing on Request: notice of the
%   date, time and place of the hearing, and copies of the judge's
%   transfer decision or of the protest or submission -- or, instead of the
%   copies, notice that he may read their electronic copies on the Supreme
%   Court's Internet resource (CPC art. 492 part 1: "их электронными
%   копиями"; the online alternative replaces the copies, not the notice).

rule(p17_date_time_place,
     source(17, ['CPC art. 492 part 1'],
            "in connection with which they must be notified of the consideration of the case with the date, time, place of the hearing"),
     ( notification_includes(Person, Request, date_time_place) :-
           must_be_notified(Person, Request) )).

rule(p17_copy_of_transfer_decision,
     source(17, ['CPC art. 492 part 1'],
            "The indicated persons should be sent copies of the judge’s order on the transfer of the petition with the case for consideration at the court of cassation"),
     ( notification_includes(Person, Request, copy_of_transfer_decision_or_online_access) :-
           must_be_notified(Person, Request),
           preliminary_decision(Request, transfer_to_hearing) )).

rule(p17_copy_of_protest_or_submission,
     source(17, ['CPC art. 492 part 1'],
            "as well as copies of the protest, plea."),
     ( notification_includes(Person, Request, copy_of_protest_or_submission_or_online_access) :-
           must_be_notified(Person, Request),
           cassation_request(Request, Author, _Act),
           memberchk(Author, [prosecutor_general, chairman_of_supreme_court]) )).

template(conclusion_topic_admissible(conclusion, topic),
         "the scientific conclusion {conclusion} may deal with {topic}").

%!  conclusion_topic_admissible(?Conclusion, ?Topic) is nondet.
%
%   The scientific Conclusion may deal with Topic.

rule(p18_analysis_of_norms,
     source(18, ['CPC art. 490 part 3', 'CPC art. 492 part 2'],
            "it should be understood an analysis of norms of the law and conclusions of certain specialists on problematic (disputable) issues, arisen during application of the norms of the law on the case in hand."),
     ( conclusion_topic_admissible(Conclusion, Topic) :-
           scientific_conclusion(Conclusion, _Act),
           conclusion_addresses(Conclusion, Topic),
           memberchk(Topic, [analysis_of_legal_norms, disputed_issue_of_applying_law]) )).

template(conclusion_topic_inadmissible(conclusion, topic),
         "the scientific conclusion {conclusion} must not deal with {topic}").

%!  conclusion_topic_inadmissible(?Conclusion, ?Topic) is nondet.
%
%   The scientific Conclusion deals with Topic, which it must not.

rule(p18_no_conclusions_on_guilt_qualification_sentence,
     source(18, ['CPC art. 490 part 3', 'CPC art. 492 part 2'],
            "At the same time, the expert opinions should not contain conclusions regarding the evidence or unproven guilt of a person in committing an offense, qualification of the offense and sentencing."),
     ( conclusion_topic_inadmissible(Conclusion, Topic) :-
           scientific_conclusion(Conclusion, _Act),
           conclusion_addresses(Conclusion, Topic),
           memberchk(Topic, [evidence_or_proof_of_guilt, qualification_of_offence, sentencing]) )).

template(must_be_familiarised_with(person, conclusion),
         "{person} must be made familiar with the scientific conclusion {conclusion}").

%!  must_be_familiarised_with(?Person, ?Conclusion) is nondet.
%
%   Person, a participant present at the sitting, must be made familiar
%   with the scientific Conclusion.

rule(p18_familiarisation,
     source(18, ['CPC art. 492 part 2'],
            "Participants of the process, presenting at the meeting of the cassation board should be subject to familiarization with the scientific conclusion of the specialists."),
     ( must_be_familiarised_with(Person, Conclusion) :-
           scientific_conclusion(Conclusion, _Act),
           conclusion_for_hearing(Conclusion, Request),
           hearing_for(Request),
           participant(Person, _Role),
           present_at_hearing(Person) )).

template(court_may_rely_on(material),
         "the cassation court may rely on {material}").

%!  court_may_rely_on(?Material) is nondet.
%
%   The cassation court may base its conclusions on Material.

rule(p19_case_materials_investigated_below,
     source(19, ['CPC art. 494'],
            "The conclusions of the court of cassation on the legality and validity of verdicts and decisions that entered into legal force should be based on the materials of the case and should not be based on materials not contained in the case."),
     ( court_may_rely_on(Material) :-
           case_material(Material, _Act, case_file),
           investigated_by_lower_courts(Material),
           \+ appeared_after_entry_into_force(Material) )).

template(court_may_not_rely_on(material, reason),
         "{material} is barred from the cassation court's consideration: {reason}").

%!  court_may_not_rely_on(?Material, ?Reason) is nondet.
%
%   The cassation court may not base its conclusions on Material, for
%   Reason.

rule(p19_not_in_case_file,
     source(19, ['CPC art. 494'],
            "should not be based on materials not contained in the case"),
     ( court_may_not_rely_on(Material, not_in_case_file) :-
           case_material(Material, _Act, outside_case_file) )).

rule(p19_attached_material_without_bearing,
     source(19, ['CPC art. 494'],
            "should not be based on materials not contained in the case"),
     ( court_may_not_rely_on(Material, not_in_case_file) :-
           case_material(Material, _Act, attached_to_request),
           \+ may_ground_annulment_and_new_trial(Material) )).

rule(p19_not_investigated_below,
     source(19, ['CPC art. 494'],
            "A court examining a case in accordance with the cassation procedure shall not have the right to consider facts, data on which, although available in the case file, were not investigated by the courts of the first and appeal instances and were not established by them in a verdict, decision, or rejected by the court."),
     ( court_may_not_rely_on(Material, not_investigated_by_lower_courts) :-
           case_material(Material, _Act, case_file),
           \+ investigated_by_lower_courts(Material) )).

rule(p20_after_entry_into_force,
     source(20, ['CPC art. 494'],
            "Circumstances that appeared after the enforcement of the verdict may not be considered by the court of cassation, since they were not and could not be considered in the courts of first instance or appeal"),
     ( court_may_not_rely_on(Material, appeared_after_entry_into_force) :-
           case_material(Material, _Act, _Origin),
           appeared_after_entry_into_force(Material) )).

template(may_ground_annulment_and_new_trial(material),
         "{material} may ground annulment of the verdict and a new trial").

%!  may_ground_annulment_and_new_trial(?Material) is nondet.
%
%   Material attached to the request may serve as the basis for annulling
%   the verdict and sending the case for a new trial.

rule(p20_additional_materials,
     source(20, ['CPC art. 494 part 7 item 4'],
            "Additional materials attached to the petition, protest, plea, relevant to the case and testifying to the erroneousness of the application by the courts of the first or appeal instance of the material or procedural law"),
     ( may_ground_annulment_and_new_trial(Material) :-
           case_material(Material, _Act, attached_to_request),
           shows_error_of_lower_courts(Material),
           \+ appeared_after_entry_into_force(Material) )).

template(beyond_cassation_powers(action),
         "the cassation court may not {action}").

%!  beyond_cassation_powers(?Action) is nondet.
%
%   The cassation court may not do Action.

rule(p20_no_establishing_evidence,
     source(20, ['CPC art. 494'],
            "The court of cassation was not entitled to establish the presence or absence of evidence necessary for the proper resolution of the case."),
     ( beyond_cassation_powers(Action) :-
           member(Action, [establish_presence_or_absence_of_evidence, consider_circumstances_after_entry_into_force]) )).

rule(p19_no_materials_outside_case,
     source(19, ['CPC art. 494'],
            "should not be based on materials not contained in the case"),
     ( beyond_cassation_powers(Action) :-
           member(Action, [rely_on_materials_outside_case, consider_facts_not_investigated_below]) )).

template(possible_cassation_decision(decision),
         "the cassation court may decide to {decision} (CPC art. 494 part 7)").

%!  possible_cassation_decision(?Decision) is nondet.
%
%   Decision is one of the decisions of CPC art. 494 part 7.

rule(p19_decisions_of_494_part_7,
     source(19, ['CPC art. 494 part 7'],
            "Based on the results of the consideration of the case in cassation, the court makes one of the decisions specified in part seven of this article."),
     ( possible_cassation_decision(Decision) :-
           member(Decision, [leave_unchanged, change, cancel_and_terminate, cancel_and_send_for_new_trial,
                             cancel_appellate_and_cassation_decisions]) )).

template(must_verify_all_arguments(request),
         "the court must verify all the arguments of {request} in full").

%!  must_verify_all_arguments(?Request) is nondet.
%
%   At the hearing on Request, the court verifies all its arguments in
%   full.

rule(p19_verify_all_arguments,
     source(19, ['CPC art. 494 part 14'],
            "When considering a case with a submitted application, the cassation court verifies all the arguments of the application in full."),
     ( must_verify_all_arguments(Request) :-
           hearing_for(Request) )).
