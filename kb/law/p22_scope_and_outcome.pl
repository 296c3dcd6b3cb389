:- encoding(utf8).
:- module(p22_scope_and_outcome,
          [ may_go_beyond_arguments/2,                  % ?Request, ?Direction
            cassation_applies_retroactive_law_or_amnesty/2, % ?Request, ?Subject
            concerned_by_request/2,                     % ?Person, ?Act
            co_convict_may_be_reviewed/2,               % ?Act, ?Person
            decision_must_give_reasons_for/2,           % ?Act, ?Person
            decision_must_state_not_reviewed/2,         % ?Act, ?Person
            cancellation_or_change_ground/2,            % ?Act, ?Circumstance
            worsening_author/1,                         % ?Request
            worsening_without_new_trial/2,              % ?Request, ?Basis
            worsening_only_by_new_trial/1,              % ?Request
            ground_for_worsening/1,                     % ?Request
            ground_for_basis/2,                         % ?Request, ?Basis
            supreme_court_may_decide_without_new_trial/2, % ?Request, ?Act
            decision_must_state_review_limited/2        % ?Act, ?Person
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module(readings).
:- use_module(p04_time_limits).
:- use_module(p05_grounds).
:- use_module(p11_jury).
:- use_module(p16_hearing).
:- use_module(p04_requests, [ground_direction/2]).

/** <module> Paragraphs 22-25: scope of review and outcome

Paragraph 22: the court is not bound by the arguments of the request and
may go beyond them, but only to improve the position of the convicted;
requests on the retroactive effect of the criminal law (CC art. 6) or on an
amnesty belong to the courts at the place of execution, unless the case is
considered on grounds of CPC art. 485 anyway.  Paragraph 23: co-convicts
who did not petition.  Paragraph 24: the grounds of CPC art. 433; worsening
without a new trial on the prosecutor's protest or the victim's petition,
in three listed cases (whether the list is closed is a named reading).
Paragraph 25: the Supreme Court's power to cancel unlawful leniency of the
appellate or cassation instance and decide on the verdict itself.
*/

template(may_go_beyond_arguments(request, direction),
         "at the hearing on {request} the court may go beyond its arguments for the {direction}").

%!  may_go_beyond_arguments(?Request, ?Direction) is nondet.
%
%   At the hearing on Request the court may go beyond its arguments and
%   check the whole proceedings, in Direction only.

rule(p22_not_bound_by_arguments,
     source(22, ['CPC art. 494 part 14'],
            "the court is not connected with the arguments of the petition, protest, plea, and shall be entitled, going beyond them, to check the entire proceedings in full and make a decision that improves the situation of the convicted"),
     ( may_go_beyond_arguments(Request, improvement_of_the_convicted) :-
           hearing_for(Request) )).

rule(p22_retroactivity_and_amnesty_not_considered,
     source(22, ['CC art. 6'],
            "Petitions on application of provisions of article 6 of the CC on the retroactive effect of the criminal law, the amnesty act in cassation procedure shall not be considered, since the resolution of these issues is related to the jurisdiction of the courts operating at the place of execution of the sentence."),
     ( p04_time_limits:return_without_consideration(Request, for_court_at_place_of_execution(Subject)) :-
           cassation_request(Request, _Author, _Act),
           petition_subject(Request, Subject),
           memberchk(Subject, [retroactive_criminal_law, amnesty]),
           \+ ground_may_be_raised(Request, _Ground) )).

template(cassation_applies_retroactive_law_or_amnesty(request, subject),
         "on {request} the cassation court itself applies the {subject}").

%!  cassation_applies_retroactive_law_or_amnesty(?Request, ?Subject) is nondet.
%
%   The case is heard on Request, on grounds of art. 485 it may rely on,
%   and there are circumstances that allow applying CC art. 6 (a new law
%   that cancelled or mitigated the responsibility of a convict the request
%   concerns) or an amnesty act (that covers his offence): the cassation
%   court itself applies it (Subject), whether or not the request asked.

rule(p22_applied_with_485_grounds,
     source(22, ['CC art. 6', 'CPC art. 485'],
            "At the same time, in a context where a case in considered based on the grounds, stipulated by article 485 of the CPC, and simultaneously there are circumstances, allowing the applying provisions of article 6 of the CC, of the act on amnesty, the cassation instance shall take decision with application of the indicated norms of the law"),
     ( cassation_applies_retroactive_law_or_amnesty(Request, retroactive_criminal_law) :-
           hearing_for(Request),
           ground_may_be_raised(Request, _Ground),
           cassation_request(Request, _Author, Act),
           concerned_by_request(Person, Act),
           participant(Person, convicted),
           new_law_mitigates(Person) )).

rule(p22_amnesty_with_485_grounds,
     source(22, ['CPC art. 485'],
            "At the same time, in a context where a case in considered based on the grounds, stipulated by article 485 of the CPC, and simultaneously there are circumstances, allowing the applying provisions of article 6 of the CC, of the act on amnesty, the cassation instance shall take decision with application of the indicated norms of the law"),
     ( cassation_applies_retroactive_law_or_amnesty(Request, amnesty) :-
           hearing_for(Request),
           ground_may_be_raised(Request, _Ground),
           cassation_request(Request, _Author, Act),
           concerned_by_request(Person, Act),
           participant(Person, convicted),
           amnesty_covers(Person) )).

template(concerned_by_request(person, act),
         "a request against {act} was filed by or in respect of {person}").

% A request returned without consideration (or to cure its defects) brings
% nobody before the cassation court: a convict whose own petition was
% returned is among "the other convicted persons" for whom the decision
% must say that the act was not reviewed.

%!  concerned_by_request(?Person, ?Act) is nondet.
%
%   A petition, protest or submission against Act was filed by or in
%   respect of Person.

rule(p23_concerned_as_petitioner,
     source(23, ['CPC art. 494 part 14'],
            "regarding convicted persons in the case of which petitions, protests, pleas have not been submitted"),
     ( concerned_by_request(Person, Act) :-
           petition(Request, Person, Act),
           \+ return_without_consideration(Request, _Reason),
           \+ return_to_cure_defects(Request, _Defect) )).

rule(p23_concerned_as_subject,
     source(23, ['CPC art. 494 part 14'],
            "the persons in respect of whom the petition has been filed, a protest, a plea to a sentence, a court order have been brought"),
     ( concerned_by_request(Person, Act) :-
           cassation_request(Request, _Author, Act),
           request_concerns(Request, Person),
           \+ return_without_consideration(Request, _Reason),
           \+ return_to_cure_defects(Request, _Defect) )).

rule(p23_concerned_as_principal,
     source(23, ['CPC art. 494 part 14'],
            "the persons in respect of whom the petition has been filed, a protest, a plea to a sentence, a court order have been brought"),
     ( concerned_by_request(Person, Act) :-
           petition(Request, Agent, Act),
           acts_for(Agent, Person),
           \+ return_without_consideration(Request, _Reason),
           \+ return_to_cure_defects(Request, _Defect) )).

template(co_convict_may_be_reviewed(act, person),
         "{act} may also be reviewed, to improve his position, for the co-convict {person}, who did not petition").

%!  co_convict_may_be_reviewed(?Act, ?Person) is nondet.
%
%   At a hearing on Act, the court may also review Act in respect of the
%   convicted Person, for whom no request was filed, to improve his position
%   only.

rule(p23_linked_co_convict,
     source(23, ['CPC art. 494 part 14'],
            "if their actions are inextricably linked with the actions of the persons in respect of whom the petition has been filed, a protest, a plea to a sentence, a court order have been brought, and a change in the qualification of a criminal offense committed by them in complicity entails a change in the qualification of the actions of other convicted persons, or termination of the case in with respect to them, the court has the right to review the verdict and court decision in respect of those convicted persons for whom petitions, protests, pleas have not been submitted, provided that their situation is not worsening."),
     ( co_convict_may_be_reviewed(Act, Person) :-
           cassation_request(Request, _Author, Act),
           hearing_for(Request),
           ground_may_be_raised(Request, _Ground),
           participant(Person, convicted),
           \+ concerned_by_request(Person, Act),
           inseparably_linked(Person, Other),
           concerned_by_request(Other, Act),
           qualification_change_extends_to(Person),
           \+ review_would_worsen(Person) )).

rule(p23_new_law_for_co_convict,
     source(23, ['CPC art. 494 part 14', 'CC art. 6'],
            "Under the same conditions, in order to improve the situation of the convicted persons, judicial acts may be reviewed in respect of persons for whom petitions, protests, pleas have not been filed, based on constitutional principles on the assigning the judicial power aimed at protecting the rights, freedoms and legitimate interests of citizens and organizations, on the application of the new law, if after the commission of the infraction, the responsibility for it by law is canceled or mitigated."),
     ( co_convict_may_be_reviewed(Act, Person) :-
           cassation_request(Request, _Author, Act),
           hearing_for(Request),
           ground_may_be_raised(Request, _Ground),
           participant(Person, convicted),
           \+ concerned_by_request(Person, Act),
           new_law_mitigates(Person),
           new_law_conditions_met(Person, Act),
           \+ review_would_worsen(Person) )).

template(new_law_conditions_met(person, act),
         "the conditions of ¶23 for reviewing {act} for {person} under a new law are met").

%!  new_law_conditions_met(?Person, ?Act) is nondet.
%
%   "Under the same conditions": under the default reading of ¶23, the
%   actions of Person are inextricably linked with those of a person a
%   request against Act concerns (the new law itself takes the place of the
%   change of qualification); under the reading `new_law_alone`, always.

rule(p23_same_conditions,
     source(23, ['CPC art. 494 part 14'],
            "Under the same conditions, in order to improve the situation of the convicted persons"),
     ( new_law_conditions_met(Person, Act) :-
           reading_selected(p23_new_law_conditions, same_conditions),
           inseparably_linked(Person, Other),
           concerned_by_request(Other, Act) )).

rule(p23_new_law_alone,
     source(23, ['CPC art. 494 part 14', 'CC art. 6'],
            "on the application of the new law, if after the commission of the infraction, the responsibility for it by law is canceled or mitigated"),
     ( new_law_conditions_met(_Person, _Act) :-
           reading_selected(p23_new_law_conditions, new_law_alone) )).

template(inseparably_linked(person, other),
         "the actions of {person} and {other} are inextricably linked").

%!  inseparably_linked(?Person, ?Other) is nondet.
%
%   The actions of Person and Other are inextricably linked, as the case
%   states it in either order (acts_inseparably_linked/2): the link is
%   mutual.

rule(p23_link_as_stated,
     source(23, ['CPC art. 494 part 14'],
            "if their actions are inextricably linked with the actions of the persons in respect of whom the petition has been filed"),
     ( inseparably_linked(Person, Other) :-
           acts_inseparably_linked(Person, Other) )).

rule(p23_link_stated_the_other_way,
     source(23, ['CPC art. 494 part 14'],
            "if their actions are inextricably linked with the actions of the persons in respect of whom the petition has been filed"),
     ( inseparably_linked(Person, Other) :-
           acts_inseparably_linked(Other, Person),
           \+ acts_inseparably_linked(Person, Other) )).

template(decision_must_give_reasons_for(act, person),
         "the cassation decision must give reasons for reviewing {act} for {person}").

%!  decision_must_give_reasons_for(?Act, ?Person) is nondet.
%
%   The cassation court's decision on Act reviewed it for Person, whom no
%   request concerned: the decision must say why.

rule(p23_reasons_for_reviewing_others,
     source(23, ['CPC art. 496'],
            "In this case, the court should give reasons in the decision, in which connection the court decisions in relation to other persons were reviewed."),
     ( decision_must_give_reasons_for(Act, Person) :-
           cassation_court_decision(Decision, Act, _Outcome),
           decision_reviewed_for(Decision, Person),
           \+ concerned_by_request(Person, Act) )).

template(decision_must_state_not_reviewed(act, person),
         "the cassation decision must state that {act} was not reviewed for {person}").

%!  decision_must_state_not_reviewed(?Act, ?Person) is nondet.
%
%   The cassation decision must state that Act was not reviewed for Person,
%   so that he may still petition.

rule(p23_state_what_was_not_reviewed,
     source(23, ['CPC art. 496'],
            "in relation to other convicted persons they were not reviewed, then the court must indicate this in the decision so as not to deprive the possibility of filing a petition to the same court by other convicted persons"),
     ( decision_must_state_not_reviewed(Act, Person) :-
           cassation_court_decision(Decision, Act, _Outcome),
           participant(Person, convicted),
           \+ concerned_by_request(Person, Act),
           \+ decision_reviewed_for(Decision, Person) )).

template(decision_must_state_review_limited(act, person),
         "the cassation decision on {act} must state that it reviewed the act for {person} only on the arguments of the request").

%!  decision_must_state_review_limited(?Act, ?Person) is nondet.
%
%   The cassation court decided on Act for Person, whom a request
%   concerned, on the arguments of that request only (the case states it:
%   review_limited_to_arguments/2): it must say so, so that Person may
%   petition again with different claims or new arguments.

rule(p23_state_review_limited_to_arguments,
     source(23, ['CPC art. 496'],
            "If the verdict and decision were reviewed only in relation to the person about whom the petition, protest, or plea was filed, and only on the arguments set forth in them, and in the other part or in relation to other convicted persons they were not reviewed, then the court must indicate this in the decision so as not to deprive the possibility of filing a petition to the same court by other convicted persons or by the same convicted persons, but with different claims or a new argumentation of the previous claims."),
     ( decision_must_state_review_limited(Act, Person) :-
           cassation_court_decision(Decision, Act, _Outcome),
           participant(Person, convicted),
           concerned_by_request(Person, Act),
           review_limited_to_arguments(Decision, Person) )).

template(cancellation_or_change_ground(act, circumstance),
         "{circumstance} (CPC art. 433) is a ground for cancelling or changing {act}").

%!  cancellation_or_change_ground(?Act, ?Circumstance) is nondet.
%
%   Circumstance of CPC art. 433 is a ground for cancelling or changing
%   Act.

rule(p24_art_433,
     source(24, ['CPC art. 433', 'CPC art. 494 part 9'],
            "Grounds for cancellation or change in the verdict shall be circumstances, indicated in article 433 of the CPC."),
     ( cancellation_or_change_ground(Act, Circumstance) :-
           art_433_circumstance(Act, Circumstance) )).

template(worsening_author(request),
         "{request} is a protest of the prosecutor or a petition of the victim's side").

%!  worsening_author(?Request) is nondet.
%
%   Request is a protest of the prosecutor or a petition of the victim's
%   side: the only requests on which paragraph 24 allows worsening.  "The
%   petition of the victim" is that of a recognised victim (or private
%   prosecutor) or of his representative: a person the court did not
%   recognise as a victim may rely on ¶10's ground (victim_side/1, under
%   its default reading), but not have the sentence worsened without a new
%   trial.

rule(p24_prosecutor_protest,
     source(24, ['CPC art. 494 part 14'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( worsening_author(Request) :-
           protest(Request, _Act) )).

rule(p24_victim_petition,
     source(24, ['CPC art. 494 part 14'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( worsening_author(Request) :-
           petition(Request, Petitioner, _Act),
           victim_side(Petitioner),
           participant(Petitioner, Role),
           memberchk(Role, [victim, private_prosecutor, representative, legal_representative]) )).

template(worsening_without_new_trial(request, basis),
         "on {request} the cassation court may itself worsen the verdict, without a new trial, because of {basis}").

%!  worsening_without_new_trial(?Request, ?Basis) is nondet.
%
%   On Request the cassation court may itself change the verdict to the
%   detriment of the convicted, without sending the case for a new trial,
%   because of Basis.

rule(p24_unlawful_mitigation_on_appeal,
     source(24, ['CPC art. 494 part 14', 'CPC art. 487 part 2'],
            "unlawful and unreasonable mitigation of punishment for the convicted court of appeal"),
     ( worsening_without_new_trial(Request, unlawful_mitigation_on_appeal) :-
           worsening_author(Request),
           worsening_basis(Request, unlawful_mitigation_on_appeal),
           cassation_request(Request, _Author, Act),
           judicial_act(Act, _Kind, appellate),
           unlawful_leniency_by_higher_instance(Act, unlawful_mitigation),
           hearing_for(Request),
           ground_for_basis(Request, unlawful_mitigation_on_appeal),
           \+ worsening_barred(Act, _Reason) )).

rule(p24_listed_worsening_cases,
     source(24, ['CPC art. 494 part 14', 'CPC art. 487 part 2'],
            "with an increase in punishment, the term and amount of which was incorrectly determined by previous courts as a result of an arithmetic error or an error in offsetting the period of preliminary detention of a person in custody or in the addition of sentences on the totality of criminal offenses or on the totality of sentences; with an increase in the amount to be recovered from the convicted in a civil suit."),
     ( worsening_without_new_trial(Request, Basis) :-
           worsening_author(Request),
           worsening_basis(Request, Basis),
           memberchk(Basis, [arithmetic_or_offset_error, civil_suit_amount]),
           cassation_request(Request, _Author, Act),
           hearing_for(Request),
           ground_for_basis(Request, Basis),
           \+ worsening_barred(Act, _Reason) )).

template(ground_for_basis(request, basis),
         "{request} may rely on a ground of CPC art. 485 that serves a worsening because of {basis}").

%!  ground_for_basis(?Request, ?Basis) is nondet.
%
%   Request may rely on a ground that serves the worsening it seeks
%   because of Basis: ¶24 allows it "on the grounds set forth in the
%   protest of the prosecutor or the petition of the victim", so a
%   mitigation or a miscounted term needs the ground of an excessively
%   lenient punishment (or, for a mitigation through a milder
%   qualification, of a wrong qualification), a larger civil award the
%   ground of the civil claim; the unlawful termination or mitigation by a
%   higher instance that ¶25 lets the Supreme Court undo (Basis a
%   leniency_kind) the ground of an unfounded termination, or of a lenient
%   punishment or wrong qualification; a ground of art. 485 part 2 may
%   serve any.

rule(p24_part_one_ground_for_basis,
     source(24, ['CPC art. 494 part 14', 'CPC art. 485 part 1'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( ground_for_basis(Request, Basis) :-
           ground_may_be_raised(Request, part_one(Consequence)),
           memberchk(Basis-Consequence,
                     [unlawful_mitigation_on_appeal-excessive_leniency, unlawful_mitigation_on_appeal-wrong_qualification,
                      arithmetic_or_offset_error-excessive_leniency,
                      civil_suit_amount-wrong_civil_claim_or_confiscation,
                      unlawful_mitigation-excessive_leniency, unlawful_mitigation-wrong_qualification,
                      unlawful_termination-unfounded_acquittal_or_termination]) )).

rule(p24_part_two_ground_for_basis,
     source(24, ['CPC art. 494 part 14', 'CPC art. 485 part 2'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( ground_for_basis(Request, _Basis) :-
           ground_may_be_raised(Request, part_two(_Circumstance)) )).

rule(p24_other_worsening_if_list_open,
     source(24, ['CPC art. 494 part 14'],
            "The court of cassation without the right to refer the case for a new trial shall be entitled, on the grounds set forth in the protest of the prosecutor or the petition of the victim, to change the verdict, the decision in the direction of worsening the situation of the convicted person, if this is connected with:"),
     ( worsening_without_new_trial(Request, other_worsening_basis) :-
           worsening_author(Request),
           worsening_basis(Request, other_worsening_basis),
           reading_selected(p24_worsening_cases, open_list),
           cassation_request(Request, _Author, Act),
           hearing_for(Request),
           ground_for_worsening(Request),
           \+ worsening_barred(Act, _Reason) )).

rule(p25_higher_instance_leniency_listed,
     source(25, ['CPC art. 494 part 11', 'CPC art. 494 part 14'],
            "without sending the case for a new judicial review, decide on the legality of the sentence"),
     ( worsening_without_new_trial(Request, unlawful_leniency_by_higher_instance) :-
           supreme_court_may_decide_without_new_trial(Request, _Act) )).

template(worsening_only_by_new_trial(request),
         "on {request} the cassation court cannot worsen the verdict itself: a worsening needs a new trial").

%!  worsening_only_by_new_trial(?Request) is nondet.
%
%   Request seeks a worsening on a ground that can serve it and is heard,
%   but outside the cases of ¶24 (and ¶25): the cassation court may not
%   change the verdict to the convict's detriment itself, only cancel it and
%   send the case for a new trial (CPC art. 494 part 7 item 4).

rule(p24_otherwise_new_trial,
     source(24, ['CPC art. 494 part 7 item 4', 'CPC art. 494 part 14'],
            "The court of cassation without the right to refer the case for a new trial shall be entitled, on the grounds set forth in the protest of the prosecutor or the petition of the victim, to change the verdict, the decision in the direction of worsening the situation of the convicted person, if this is connected with:"),
     ( worsening_only_by_new_trial(Request) :-
           worsening_author(Request),
           request_direction(Request, worsening),
           hearing_for(Request),
           ground_for_worsening(Request),
           cassation_request(Request, _Author, Act),
           \+ worsening_barred(Act, _Reason),
           \+ worsening_without_new_trial(Request, _Basis) )).

template(ground_for_worsening(request),
         "{request} may rely on a ground of CPC art. 485 that can serve a worsening").

%!  ground_for_worsening(?Request) is nondet.
%
%   Request may rely on a ground that does not serve only the improvement
%   of the convict's position: "on the grounds set forth in the protest of
%   the prosecutor or the petition of the victim" (¶24).

rule(p24_ground_part_one_for_worsening,
     source(24, ['CPC art. 494 part 14', 'CPC art. 485 part 1'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( ground_for_worsening(Request) :-
           ground_may_be_raised(Request, part_one(Consequence)),
           \+ ground_direction(Consequence, improvement) )).

rule(p24_ground_part_two_for_worsening,
     source(24, ['CPC art. 494 part 14', 'CPC art. 485 part 2'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( ground_for_worsening(Request) :-
           ground_may_be_raised(Request, part_two(_Circumstance)) )).

template(supreme_court_may_decide_without_new_trial(request, act),
         "on {request} the Supreme Court may cancel {act} and decide on the verdict itself, without a new trial").

%!  supreme_court_may_decide_without_new_trial(?Request, ?Act) is nondet.
%
%   On Request, the Supreme Court may cancel or change the appellate or
%   cassation Act, which unlawfully terminated the case or mitigated the
%   punishment, and decide itself on the legality of the first-instance
%   verdict.  Such a cancellation worsens the convict's position, so ¶24's
%   conditions apply: a protest or a victim's petition seeking it, heard on
%   a ground it may rely on, within the year of art. 487 part 2 (a late one
%   is returned and never heard), and never in a jury case (art. 666).

rule(p25_cancel_unlawful_leniency,
     source(25, ['CPC art. 494 part 11'],
            "In case of establishing the violations of law resulting in the unlawful termination of the case or mitigation of punishment for the convicted person committed by the appellate, cassation instances, the Supreme Court shall have the right to cancel or change the decisions made by the indicated instances, and at the same time, without sending the case for a new judicial review, decide on the legality of the sentence"),
     ( supreme_court_may_decide_without_new_trial(Request, Act) :-
           worsening_author(Request),
           request_direction(Request, worsening),
           cassation_request(Request, _Author, Act),
           judicial_act(Act, _Kind, Instance),
           memberchk(Instance, [appellate, cassation]),
           unlawful_leniency_by_higher_instance(Act, LeniencyKind),
           hearing_for(Request),
           ground_for_basis(Request, LeniencyKind),
           \+ worsening_barred(Act, _Reason) )).
