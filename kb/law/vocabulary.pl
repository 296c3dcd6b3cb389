:- encoding(utf8).
:- module(vocabulary,
          [ case_fact/4,                % ?Name, ?Args, ?Meaning, ?Source
            enumeration/3,              % ?Type, ?Values, ?Meaning
            not_encoded_article/2,      % ?Name, ?Article
            reserved_person/2,          % ?Person, ?Meaning
            id_kind/2,                  % ?ArgName, ?Kind
            case_fact_signature/2,      % ?Name, ?Arity
            fact_nature/2,              % ?Name, ?Nature
            fact_nature/3,              % ?Name, ?Nature, ?Meaning
            nature/2,                   % ?Nature, ?Meaning
            is_case_fact_goal/1,        % +Goal
            check_case_fact/2           % +Term, -Fact
          ]).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(error)).
:- use_module('../engine/did_you_mean').

/** <module> The case-fact vocabulary: everything a case may assert

Every predicate that a case file (YAML, JSON or Prolog) may state is
declared here once, with the names and types of its arguments, a one-line
meaning and the paragraph of Resolution No. 5 and the CPC/CC articles it
comes from.  Anything not declared is rejected by check_case_fact/2 before
it reaches the database; the norm modules can only read these facts.

Argument types:

  - `id`: an atom naming an act, a person, an appeal or a request
    (`v1`, `'Қайрат'`, `ivanov`); strings are accepted and turned into atoms.
  - `count`: a whole number (0..1,000,000), e.g. a number of months.
  - `date`: a calendar date, written `2018-03-15`, `'2018-03-15'` or
    `date(2018, 3, 15)`; stored as `date(Y, M, D)`.
  - an enumeration declared with enumeration/3.

Where a fact stands for a point of law that the resolution only cites
(the age of majority, the procedure for withdrawing appeals, the
categories of offences), not_encoded_article/2 names the law it depends on
and explanations mark its nodes as "not encoded; given as a fact".
*/

%!  case_fact(?Name, ?Args, ?Meaning, ?Source) is nondet.
%
%   Declares the case fact Name/N, N = length(Args).  Args is a list of
%   `ArgName:Type`; Meaning a one-line string naming the arguments;
%   Source is `source(Paragraphs, Articles)`.

case_fact(judicial_act, [act:id, kind:act_kind, instance:court_instance],
          "Act is a Kind rendered by Instance",
          source([1, 2, 3], ['CPC art. 484'])).
case_fact(entered_into_force, [act:id, date:date],
          "Act entered into legal force on Date",
          source([1, 4], ['CPC art. 484 part 1', 'CPC art. 487'])).
case_fact(act_outcome, [act:id, outcome:act_outcome],
          "the outcome of Act is: Outcome",
          source([4], ['CPC art. 487'])).
case_fact(offence_category, [act:id, category:offence_category],
          "Act concerns an offence of the category: Category",
          source([2], ['CPC art. 484 part 2', 'CPC art. 484 part 3', 'CC art. 11'])).
case_fact(appellate_review_of, [appellate_act:id, act:id],
          "AppellateAct was rendered by the court of appeal on its consideration of Act",
          source([1], ['CPC art. 484 part 1'])).
case_fact(appeal, [appeal:id, appellant:id, act:id],
          "Appellant brought the appeal Appeal (a complaint, or the prosecutor's protest) against the first-instance act Act",
          source([1], ['CPC art. 484 part 1', 'CPC art. 414'])).
case_fact(appeal_withdrawn, [appeal:id],
          "the appeal Appeal was withdrawn in the procedure established by law",
          source([1], ['CPC art. 484 part 1'])).
case_fact(appeal_outcome, [appeal:id, outcome:appeal_outcome],
          "the court of appeal decided the appeal Appeal: the act was Outcome",
          source([1], ['CPC art. 484 part 1'])).
case_fact(appeal_returned, [appeal:id],
          "the appeal Appeal was returned (for instance as filed out of time) and never considered by the court of appeal",
          source([1], ['CPC art. 484 part 1'])).
case_fact(participant, [person:id, role:participant_role],
          "Person takes part in the case as Role",
          source([1, 3], ['CPC art. 414 part 1', 'CPC art. 486 part 1'])).
case_fact(acts_for, [agent:id, principal:id],
          "Agent acts in the interests of Principal (as defence counsel, representative or legal representative)",
          source([1, 3], ['CPC art. 414 part 1'])).
case_fact(took_no_part_earlier, [person:id],
          "Person did not take part in the consideration of the case in the previous judicial instances",
          source([3], ['CPC art. 414 part 1'])).
case_fact(rights_affected, [person:id, act:id, capacity:affected_capacity],
          "Person, not recognised as a participant, has rights and legitimate interests affected by Act as Capacity",
          source([3], ['CPC art. 486 part 1', 'CPC art. 414 part 3'])).
case_fact(affected_by_private_decision, [person:id, act:id],
          "measures affecting the rights and legitimate interests of Person may be applied in connection with the circumstances stated in the private decision Act",
          source([3], ['CPC art. 486 part 1'])).
case_fact(majority_reached_on, [person:id, date:date],
          "Person reached the age of majority on Date (while it is not stated, the person is taken to be still a minor)",
          source([3], ['CPC art. 486 part 1'])).
case_fact(legal_representative_on_other_grounds, [agent:id, principal:id],
          "Agent takes part in the case as legal representative of the convicted Principal on other grounds provided for by law",
          source([3], ['CPC art. 486 part 1'])).
case_fact(petition, [petition:id, petitioner:id, act:id],
          "Petitioner filed the cassation petition Petition against Act",
          source([3, 4], ['CPC art. 486 part 1', 'CPC art. 488'])).
case_fact(protest, [protest:id, act:id],
          "the protest Protest was brought against Act (by the Prosecutor General, unless protest_by/2 names another prosecutor)",
          source([2, 3, 4], ['CPC art. 486 part 2', 'CPC art. 484 part 3'])).
case_fact(protest_by, [protest:id, prosecutor:prosecutor_office],
          "the protest Protest was brought by Prosecutor",
          source([3], ['CPC art. 486 part 2', 'CPC art. 486 part 3', 'CPC art. 489 part 1 item 2'])).
case_fact(submission, [submission:id, act:id],
          "the Chairman of the Supreme Court made the submission Submission against Act",
          source([2, 3, 4], ['CPC art. 486 part 2', 'CPC art. 484 part 3'])).
case_fact(filed_on, [request:id, date:date],
          "the petition, protest or submission Request was received by the Supreme Court on Date",
          source([4], ['CPC art. 487 part 2', 'CPC art. 488 part 1'])).
case_fact(seeks_worsening, [request:id],
          "Request states that it seeks to worsen the position of the convicted or acquitted person",
          source([4], ['CPC art. 487 part 2'])).
case_fact(seeks_improvement, [request:id],
          "Request states that it seeks to improve the position of the convicted or acquitted person",
          source([4], ['CPC art. 487 part 1'])).
case_fact(relies_on, [request:id, ground:ground_relied_on],
          "Request relies on a ground of CPC art. 485: Ground",
          source([4, 5, 9], ['CPC art. 485', 'CPC art. 488 part 1'])).
case_fact(request_limited_to_civil_claim, [request:id],
          "Request contests Act only in the part concerning the civil claim",
          source([3, 10], ['CPC art. 414 part 1', 'CPC art. 485 part 1 item 6'])).
case_fact(petition_states_affected_interests, [petition:id],
          "Petition states to what extent the act affects the petitioner's rights and legitimate interests, which norms were violated and the specific grounds for review",
          source([3], ['CPC art. 488 part 1'])).

% --- paragraphs 5-10 and 21: grounds for review (CPC art. 485) -------------
case_fact(law_violation, [violation:id, act:id, type:violation_type],
          "Violation was committed in the pre-trial or judicial consideration of the case leading to Act, of type Type",
          source([5, 6], ['CPC art. 485 part 1'])).
case_fact(entailed, [violation:id, consequence:consequence],
          "Violation entailed Consequence (one of the eight consequences of CPC art. 485 part 1)",
          source([5], ['CPC art. 485 part 1'])).
case_fact(innocence_finding, [act:id, finding:innocence_finding],
          "the conviction Act was passed although there was Finding",
          source([7], ['CPC art. 485 part 1 item 1'])).
case_fact(acquittal_defect, [act:id, defect:acquittal_defect],
          "the acquittal or termination Act suffers from a defect: Defect",
          source([8], ['CPC art. 485 part 1 item 2'])).
case_fact(acquittal_actually_challenged, [request:id],
          "the petition or protest Request actually challenges the acquittal, termination or other decision in favour of the defendant it is brought against",
          source([8], ['CPC art. 485 part 1 item 2'])).
case_fact(punishment_defect, [act:id, defect:punishment_defect],
          "the punishment imposed by Act suffers from a defect: Defect",
          source([9], ['CPC art. 485 part 1 item 5', 'CC art. 52', 'CC art. 53', 'CC art. 54', 'CC art. 55'])).
case_fact(punishment_too, [act:id, direction:punishment_deviation],
          "the punishment imposed by Act is too Direction for the gravity of the offence and the convict's personality",
          source([9], ['CPC art. 485 part 1 item 5', 'CC art. 52', 'CC art. 53', 'CC art. 54', 'CC art. 55'])).
case_fact(victim_protection_defect, [act:id, defect:victim_protection_defect],
          "In the proceedings leading to Act the victim suffered Defect",
          source([10], ['CPC art. 485 part 1 item 4', 'CPC art. 71', 'CPC art. 72', 'CPC art. 73', 'CPC art. 76'])).
case_fact(civil_claim_wrongly_resolved, [act:id],
          "Act resolved the civil claim wrongly through improper application of the law",
          source([10], ['CPC art. 485 part 1 item 6'])).
case_fact(civil_claim_left_without_consideration, [act:id],
          "Act left the civil claim without consideration",
          source([10], ['CPC art. 485 part 1 item 6'])).
case_fact(other_consequence, [act:id, consequence:other_consequence],
          "Act shows Consequence, one of the consequences of CPC art. 485 part 1 that the resolution does not elaborate",
          source([5], ['CPC art. 485 part 1 item 3', 'CPC art. 485 part 1 item 7', 'CPC art. 485 part 1 item 8'])).
case_fact(part_two_circumstance, [act:id, circumstance:part_two_circumstance],
          "Act is in a situation of CPC art. 485 part 2: Circumstance",
          source([5], ['CPC art. 485 part 2'])).
case_fact(sentenced_to_death_or_life, [person:id],
          "Person stands sentenced to the death penalty or to life imprisonment",
          source([3], ['CPC art. 490 part 4'])).
case_fact(distorting_interpretation, [act:id],
          "the court's interpretation of the law in Act distorts the true meaning of the provision applied",
          source([21], ['CPC art. 485 part 2 item 3'])).
case_fact(resulting_in_unlawful_act, [act:id],
          "that interpretation led to an erroneous assessment of the conduct, qualification or sentence, or a significant procedural violation, resulting in an illegal and unreasonable Act",
          source([21], ['CPC art. 485 part 2 item 3'])).

% --- paragraph 11: jury cases --------------------------------------------
case_fact(jury_trial, [act:id],
          "Act was rendered in a case considered with the participation of jurors",
          source([11], ['CPC art. 665', 'CPC art. 666'])).

% --- paragraph 12: suspension of execution --------------------------------
case_fact(case_called_up, [act:id, official:suspending_official],
          "Official called up the case of Act for checking in cassation",
          source([12], ['CPC art. 493', 'CPC art. 486 part 3'])).
case_fact(suspension_ground, [act:id, ground:suspension_ground],
          "there is a ground Ground for suspending the execution of Act",
          source([12], ['CPC art. 493'])).
case_fact(suspension_grounds_documented, [act:id],
          "the grounds for suspending the execution of Act are confirmed by duly executed documents",
          source([12], ['CPC art. 493'])).
case_fact(execution_suspended, [act:id, official:suspending_official, date:date, months:count],
          "Official suspended the execution of Act by reasoned decision on Date for Months months",
          source([12], ['CPC art. 493'])).
case_fact(considered_in_cassation_on, [act:id, date:date],
          "the cassation instance considered the petition, protest or submission against Act on Date",
          source([12], ['CPC art. 493', 'CPC art. 494'])).

% --- paragraphs 13-15: petition handling ----------------------------------
case_fact(defect_under_art_488, [request:id, defect:art_488_defect],
          "Request does not meet CPC art. 488: Defect",
          source([13], ['CPC art. 488', 'CPC art. 489 part 1 item 1'])).
case_fact(request_withdrawn, [request:id],
          "Request was withdrawn before its consideration on the merits",
          source([13], ['CPC art. 488 part 6', 'CPC art. 489 part 1 item 4'])).
case_fact(earlier_refusal, [decision:id, act:id, person:id, arguments:id],
          "the decision Decision of a cassation judge already assessed Act for Person (the earlier petitioner, or the person in whose interests he petitioned) on Arguments and refused to transfer the petition",
          source([15], ['CPC art. 489 part 1 item 6', 'CPC art. 491 part 1 item 2'])).
case_fact(request_arguments, [request:id, arguments:id],
          "the grounds and arguments of Request, in one interpretation or another, are Arguments",
          source([15], ['CPC art. 489 part 1 item 6'])).

% --- paragraphs 16-20: the hearing ----------------------------------------
case_fact(defence_circumstance, [person:id, circumstance:art_67_circumstance],
          "a circumstance of CPC art. 67 part 1 applies to Person: Circumstance",
          source([16], ['CPC art. 67 part 1', 'CPC art. 495 part 1'])).
case_fact(request_concerns, [request:id, person:id],
          "Request was filed or brought in respect of Person",
          source([17, 23], ['CPC art. 492 part 1'])).
case_fact(scientific_conclusion, [conclusion:id, act:id],
          "Conclusion is a scientific conclusion of specialists requested in the case of Act",
          source([18], ['CPC art. 490 part 3', 'CPC art. 492 part 2'])).
case_fact(conclusion_addresses, [conclusion:id, topic:conclusion_topic],
          "the scientific conclusion Conclusion addresses: Topic",
          source([18], ['CPC art. 490 part 3', 'CPC art. 492 part 2'])).
case_fact(present_at_hearing, [person:id],
          "Person, a participant, is present at the sitting of the cassation board",
          source([18], ['CPC art. 494'])).
case_fact(case_material, [material:id, act:id, origin:material_origin],
          "Material concerns Act and comes from: Origin",
          source([19, 20], ['CPC art. 494'])).
case_fact(investigated_by_lower_courts, [material:id],
          "Material was investigated by the courts of first and appeal instance (established, or rejected, in their acts)",
          source([19], ['CPC art. 494'])).
case_fact(appeared_after_entry_into_force, [material:id],
          "Material concerns circumstances that appeared after the verdict entered into force",
          source([20], ['CPC art. 494'])).
case_fact(shows_error_of_lower_courts, [material:id],
          "Material is relevant and testifies to an error of the first or appeal instance (law applied, reliability or admissibility of evidence, role and degree of guilt, unproven guilt)",
          source([20], ['CPC art. 494 part 7 item 4'])).

% --- paragraphs 22-25: scope and outcome ----------------------------------
case_fact(petition_subject, [request:id, subject:petition_subject],
          "Request asks for Subject",
          source([12, 22], ['CC art. 6', 'CPC art. 493', 'CPC art. 494'])).
case_fact(amnesty_covers, [person:id],
          "an amnesty act covers the offence of the convicted Person",
          source([22], ['CPC art. 494'])).
case_fact(acts_inseparably_linked, [person:id, other:id],
          "the actions of Person are inextricably linked with the actions of Other",
          source([23], ['CPC art. 494 part 14'])).
case_fact(qualification_change_extends_to, [person:id],
          "A change in the qualification of the offence committed in complicity entails a change in the qualification of Person's actions, or termination of the case for him",
          source([23], ['CPC art. 494 part 14'])).
case_fact(review_would_worsen, [person:id],
          "reviewing the act in respect of the co-convict Person, who did not petition, would worsen his position",
          source([23], ['CPC art. 494 part 14'])).
case_fact(new_law_mitigates, [person:id],
          "After the offence, a new law cancelled or mitigated the responsibility for Person's act",
          source([23], ['CC art. 6', 'CPC art. 494 part 14'])).
case_fact(worsening_basis, [request:id, basis:worsening_basis],
          "Request seeks to worsen the convict's position because of Basis",
          source([24], ['CPC art. 494'])).
case_fact(art_433_circumstance, [act:id, circumstance:art_433_circumstance],
          "a circumstance of CPC art. 433 is established for Act: Circumstance",
          source([24], ['CPC art. 433', 'CPC art. 494 part 9'])).
case_fact(unlawful_leniency_by_higher_instance, [act:id, kind:leniency_kind],
          "the appellate or cassation Act contains Kind (an unlawful termination of the case or mitigation of the punishment)",
          source([25], ['CPC art. 494 part 11'])).

% --- the cassation court's own decisions (¶15, ¶23) --------------------------
case_fact(cassation_court_decision, [decision:id, act:id, outcome:cassation_outcome],
          "the cassation court, after a hearing, decided on Act by Decision with Outcome (CPC art. 494 part 7)",
          source([15, 23], ['CPC art. 494 part 7'])).
case_fact(decision_on_arguments, [decision:id, arguments:id],
          "the cassation court's Decision considered the grounds and arguments Arguments",
          source([15], ['CPC art. 491 part 5'])).
case_fact(decision_reviewed_for, [decision:id, person:id],
          "the cassation court's Decision reviewed the act in respect of Person",
          source([23], ['CPC art. 494 part 14', 'CPC art. 496'])).
case_fact(review_limited_to_arguments, [decision:id, person:id],
          "the cassation court's Decision reviewed the act in respect of Person only on the arguments of the request, not in its other part",
          source([23], ['CPC art. 494 part 14', 'CPC art. 496'])).
case_fact(conclusion_for_hearing, [conclusion:id, request:id],
          "the scientific Conclusion was requested for the hearing on Request",
          source([18], ['CPC art. 492 part 2'])).

% --- paragraph 27: time ------------------------------------------------------
case_fact(resolution_first_published_on, [date:date],
          "Resolution No. 5 was first officially published on Date",
          source([27], ['Constitution art. 4'])).
case_fact(relevant_date, [date:date],
          "the case is to be judged as of Date (otherwise as of the dates on which its requests were received)",
          source([27], ['Constitution art. 4'])).

%!  nature(?Nature, ?Meaning) is nondet.
%
%   The kinds of case facts, by what a party can still do about them.  The
%   suggested changes of a case (why-not's repairs, the decisive facts of
%   an answer) never give an act or a person a second `identity` beside
%   the stated one, and prefer undoing one given fact, then what a party
%   can still bring about (a `request`, or what happens in the
%   `cassation_proceedings`), to past events that the case does not state.

nature(identity, "what an act or a person is (its kind, instance, outcome, role): a suggested repair may replace it, never add a second one").
nature(past_event, "an event before the cassation instance (an appeal, its withdrawal, a violation found): it happened or not, the case may only fail to state it").
nature(request, "what a request says or seeks, and when it was filed: a party can still bring it about").
nature(cassation_proceedings, "what happens in the cassation instance (a call-up, a suspension, the hearing, the court's decisions)").

%!  fact_nature(?Name, ?Nature) is nondet.
%
%   The case fact Name is of kind Nature (nature/2).

%!  fact_nature(?Name, ?Nature, ?Meaning) is nondet.
%
%   The case fact Name is of kind Nature (nature/2), whose meaning is
%   Meaning.  Every case fact has exactly one (a test checks it).

fact_nature(Name, Nature, Meaning) :-
    fact_nature(Name, Nature),
    nature(Nature, Meaning).

fact_nature(judicial_act, identity).
fact_nature(act_outcome, identity).
fact_nature(offence_category, identity).
fact_nature(participant, identity).
fact_nature(acts_for, identity).
fact_nature(legal_representative_on_other_grounds, identity).
fact_nature(jury_trial, identity).
fact_nature(majority_reached_on, identity).
fact_nature(resolution_first_published_on, identity).
fact_nature(relevant_date, identity).
fact_nature(entered_into_force, past_event).
fact_nature(appellate_review_of, past_event).
fact_nature(appeal, past_event).
fact_nature(appeal_withdrawn, past_event).
fact_nature(appeal_outcome, past_event).
fact_nature(appeal_returned, past_event).
fact_nature(took_no_part_earlier, past_event).
fact_nature(rights_affected, past_event).
fact_nature(affected_by_private_decision, past_event).
fact_nature(law_violation, past_event).
fact_nature(entailed, past_event).
fact_nature(innocence_finding, past_event).
fact_nature(acquittal_defect, past_event).
fact_nature(punishment_defect, past_event).
fact_nature(punishment_too, past_event).
fact_nature(victim_protection_defect, past_event).
fact_nature(civil_claim_wrongly_resolved, past_event).
fact_nature(civil_claim_left_without_consideration, past_event).
fact_nature(other_consequence, past_event).
fact_nature(part_two_circumstance, past_event).
fact_nature(sentenced_to_death_or_life, past_event).
fact_nature(distorting_interpretation, past_event).
fact_nature(resulting_in_unlawful_act, past_event).
fact_nature(earlier_refusal, past_event).
fact_nature(defence_circumstance, past_event).
fact_nature(case_material, past_event).
fact_nature(investigated_by_lower_courts, past_event).
fact_nature(appeared_after_entry_into_force, past_event).
fact_nature(shows_error_of_lower_courts, past_event).
fact_nature(amnesty_covers, past_event).
fact_nature(acts_inseparably_linked, past_event).
fact_nature(new_law_mitigates, past_event).
fact_nature(art_433_circumstance, past_event).
fact_nature(unlawful_leniency_by_higher_instance, past_event).
fact_nature(petition, request).
fact_nature(protest, request).
fact_nature(protest_by, request).
fact_nature(submission, request).
fact_nature(filed_on, request).
fact_nature(seeks_worsening, request).
fact_nature(seeks_improvement, request).
fact_nature(relies_on, request).
fact_nature(request_limited_to_civil_claim, request).
fact_nature(petition_states_affected_interests, request).
fact_nature(acquittal_actually_challenged, request).
fact_nature(defect_under_art_488, request).
fact_nature(request_withdrawn, request).
fact_nature(request_arguments, request).
fact_nature(request_concerns, request).
fact_nature(petition_subject, request).
fact_nature(worsening_basis, request).
fact_nature(case_called_up, cassation_proceedings).
fact_nature(suspension_ground, cassation_proceedings).
fact_nature(suspension_grounds_documented, cassation_proceedings).
fact_nature(execution_suspended, cassation_proceedings).
fact_nature(considered_in_cassation_on, cassation_proceedings).
fact_nature(scientific_conclusion, cassation_proceedings).
fact_nature(conclusion_addresses, cassation_proceedings).
fact_nature(present_at_hearing, cassation_proceedings).
fact_nature(qualification_change_extends_to, cassation_proceedings).
fact_nature(review_would_worsen, cassation_proceedings).
fact_nature(cassation_court_decision, cassation_proceedings).
fact_nature(decision_on_arguments, cassation_proceedings).
fact_nature(decision_reviewed_for, cassation_proceedings).
fact_nature(review_limited_to_arguments, cassation_proceedings).
fact_nature(conclusion_for_hearing, cassation_proceedings).

%!  enumeration(?Type, ?Values, ?Meaning) is nondet.
%
%   The closed set of atoms Values of an enumerated argument Type.

enumeration(act_kind, [verdict, decision, private_decision],
            "verdict (приговор), decision (постановление) or private decision (частное постановление)").
enumeration(court_instance, [first_instance, appellate, cassation],
            "the instance of the court that rendered the act").
enumeration(act_outcome, [conviction, acquittal, termination, other],
            "what the act decides on the charge").
enumeration(offence_category, [criminal_misconduct, minor_gravity, medium_gravity, grave, especially_grave],
            "category of the criminal offence (CC art. 11)").
enumeration(participant_role, [convicted, acquitted, defence_counsel, representative, legal_representative,
                               victim, private_prosecutor, civil_plaintiff, civil_defendant, prosecutor],
            "procedural position of a participant in the case").
enumeration(prosecutor_office, [prosecutor_general, deputy_prosecutor_general, regional_prosecutor, district_prosecutor],
            "the prosecutor who brought a protest (only the Prosecutor General may, CPC art. 486 part 2)").
enumeration(appeal_outcome, [upheld, changed, cancelled],
            "what the court of appeal decided on an appeal").
enumeration(cassation_outcome, [leave_unchanged, change, cancel_and_terminate, cancel_and_send_for_new_trial,
                                cancel_appellate_and_cassation_decisions],
            "the decisions of CPC art. 494 part 7").
enumeration(ground_relied_on, [innocent_convicted, unfounded_acquittal_or_termination, wrong_qualification,
                               victim_deprived_of_protection, excessive_severity, excessive_leniency,
                               wrong_civil_claim_or_confiscation,
                               unlawful_decision_on_new_circumstances_or_medical_measures, contradicting_judicial_acts,
                               affects_state_or_public_interests, death_or_life_sentence, uniformity_violated],
            "a ground of CPC art. 485 a request relies on (item 5 split by direction, ¶9)").
enumeration(punishment_deviation, [severe, lenient],
            "which way a punishment departs from the gravity of the offence and the convict's personality (¶9)").
enumeration(affected_capacity, [mortgagor, seized_property_owner, denied_victim_status, other],
            "the actual position that requires judicial protection (denied_victim_status: a person harmed by the offence whom the court did not recognise as a victim, ¶10)").

enumeration(violation_type, [constitutional_rights_violation, erroneous_interpretation, non_compliance_with_norm, other_court_violation],
            "a violation of constitutional rights and freedoms (¶5), or a form of improper application of the law (¶6)").
enumeration(consequence, [innocent_convicted, unfounded_acquittal_or_termination, wrong_qualification,
                          victim_deprived_of_protection, wrong_punishment, wrong_civil_claim_or_confiscation,
                          unlawful_decision_on_new_circumstances_or_medical_measures, contradicting_judicial_acts],
            "the eight consequences of CPC art. 485 part 1, items 1-8").
enumeration(innocence_finding, [no_offence_event, no_elements_of_offence, no_evidence_of_participation],
            "why the convicted person is innocent (¶7)").
enumeration(acquittal_defect, [improper_evaluation_of_evidence, conclusions_contradict_circumstances, law_improperly_applied,
                               other_circumstance_excluding_legality, other_procedural_violation],
            "what makes an acquittal or termination unjustified (¶8)").
enumeration(punishment_defect, [individualisation_ignored, exceeds_sanction, below_sanction_without_art_55, wrong_size_or_term,
                                art_54_circumstances_ignored, recidivism_ignored, unreasonable_conditional_conviction,
                                other_leniency_defect,
                                clearly_disproportionate_severity, non_custodial_options_ignored, arts_52_53_ignored],
            "what makes a punishment inconsistent with the gravity of the offence and the convict's personality (¶9)").
enumeration(victim_protection_defect, [unjustified_non_recognition_as_victim, significant_violation_of_victim_rights,
                                       private_prosecutor_not_recognised, denied_participation_in_proceedings,
                                       denied_judicial_debates, civil_claim_of_victim_wrongly_resolved,
                                       other_substantial_deprivation],
            "how the victim was deprived of judicial protection (¶10)").
enumeration(other_consequence, [wrong_qualification, wrong_confiscation,
                                unlawful_decision_on_new_circumstances_or_medical_measures, contradicting_judicial_acts],
            "consequences of CPC art. 485 part 1 items 3, 6 (confiscation), 7 and 8").
enumeration(part_two_circumstance, [affects_state_or_public_interests, death_or_life_sentence],
            "CPC art. 485 part 2 items 1 and 2 (item 3, uniformity, follows from ¶21)").
enumeration(suspending_official, [chairman_of_supreme_court, prosecutor_general],
            "who may suspend execution (CPC art. 493)").
enumeration(suspension_ground, [life_imprisonment_or_death_penalty, serious_illness_of_convicted,
                                other_ground_of_the_convicted, negative_impact_on_close_relatives],
            "grounds for suspending execution: ¶12 names two of the convicted's own as examples (\"for example\"), so other grounds of his count too").
enumeration(art_488_defect, [art_423_particulars_missing, violations_not_stated, grounds_of_art_485_not_stated,
                             participation_wish_not_stated, supporting_materials_not_attached, addressed_to_other_body],
            "requirements of CPC art. 488 not met").
enumeration(art_67_circumstance, [requested_by_defendant, minor, physical_or_mental_disability, language_not_known,
                                  charge_over_ten_years_life_or_death, in_custody, conflicting_interests,
                                  representative_of_victim_or_civil_plaintiff, state_prosecutor_participates,
                                  abroad_evading, procedural_agreement],
            "the eleven items of CPC art. 67 part 1").
enumeration(conclusion_topic, [analysis_of_legal_norms, disputed_issue_of_applying_law, evidence_or_proof_of_guilt,
                               qualification_of_offence, sentencing],
            "what a scientific conclusion of specialists deals with (¶18)").
enumeration(material_origin, [case_file, attached_to_request, outside_case_file],
            "where a material considered in cassation comes from (¶19-20)").
enumeration(petition_subject, [retroactive_criminal_law, amnesty, suspension_of_execution, mitigation, acquittal,
                                termination, new_trial, law_on_graver_offence, law_on_milder_offence],
            "what a request asks for: the application of a new law (CC art. 6) or an amnesty (¶22), the suspension of execution (¶12), a milder, acquitting or terminating decision, a new trial, or the application of the law on a graver or a milder offence (a change of qualification, CPC art. 487)").
enumeration(worsening_basis, [unlawful_mitigation_on_appeal, arithmetic_or_offset_error, civil_suit_amount, other_worsening_basis],
            "why a worsening change is sought (¶24)").
enumeration(art_433_circumstance, [one_sided_incomplete_investigation, conclusions_contradict_facts, substantial_procedural_violation,
                                   wrong_application_of_criminal_law, unjust_punishment],
            "the grounds of CPC art. 433 for cancelling or changing a verdict").
enumeration(leniency_kind, [unlawful_termination, unlawful_mitigation],
            "what a higher instance did unlawfully (¶25)").

%!  not_encoded_article(?Name, ?Article) is nondet.
%
%   The case fact Name stands for a point of law of Article, which the
%   resolution only cites and the KB does not encode.

not_encoded_article(offence_category, 'CC art. 11 (categories of criminal offences)').
not_encoded_article(appeal_withdrawn, 'the procedure established by law for withdrawing appeals').
not_encoded_article(majority_reached_on, 'the age of majority (eighteen years) set by law outside the resolution').
not_encoded_article(legal_representative_on_other_grounds, 'the other grounds provided for by law for acting as legal representative').
not_encoded_article(other_consequence, 'CPC art. 485 part 1 items 3, 6, 7, 8 (not elaborated by the resolution)').
not_encoded_article(part_two_circumstance, 'CPC art. 485 part 2 items 1, 2 (not elaborated by the resolution)').
not_encoded_article(defence_circumstance, 'CPC art. 67 part 1 (which item applies is judged outside the KB)').
not_encoded_article(art_433_circumstance, 'CPC art. 433 (grounds for cancelling or changing a verdict)').
not_encoded_article(victim_protection_defect, 'CPC arts. 71, 72, 73, 76 (rights of the victim, private prosecutor, civil plaintiff and representatives)').
not_encoded_article(punishment_defect, 'CC arts. 52-55 (sentencing principles, mitigating and aggravating circumstances, exceptional circumstances)').
not_encoded_article(new_law_mitigates, 'CC art. 6 (retroactive effect of the criminal law)').

%!  reserved_person(?Person, ?Meaning) is nondet.
%
%   Atoms with a fixed meaning as the author of a protest or submission.

reserved_person(prosecutor_general, "the Prosecutor General of the Republic of Kazakhstan (protest)").
reserved_person(chairman_of_supreme_court, "the Chairman of the Supreme Court of the Republic of Kazakhstan (submission)").

%!  id_kind(?ArgName, ?Kind) is nondet.
%
%   An `id` argument named ArgName (in the declarations above) names a
%   thing of Kind: `person` (a participant, the author of an appeal or a
%   request, the one a representative acts for) or `act` (a judicial act).
%   Arguments named otherwise name things of their own kind (an appeal, a
%   request, a court's decision on it, a set of arguments).  Used to offer
%   only persons where a person is asked for, and only acts where an act
%   is (the interview's choices).

id_kind(person, person).
id_kind(agent, person).
id_kind(principal, person).
id_kind(petitioner, person).
id_kind(appellant, person).
id_kind(other, person).
id_kind(act, act).
id_kind(appellate_act, act).

%!  case_fact_signature(?Name, ?Arity) is nondet.
%
%   Name/Arity is a declared case fact.

case_fact_signature(Name, Arity) :-
    declared_signature(Name, Arity).

% declared_signature(?Name, ?Arity): case_fact/4's names and arities, as
% facts computed when this file is loaded (end of file), so that "is this
% a case fact?", asked for every condition of every proof, is an indexed lookup.

%!  is_case_fact_goal(+Goal) is semidet.
%
%   Goal is a call to a declared case fact.

is_case_fact_goal(Goal) :-
    callable(Goal),
    functor(Goal, Name, Arity),
    case_fact_signature(Name, Arity), !.

%!  check_case_fact(+Term, -Fact) is det.
%
%   Fact is Term checked against the vocabulary and normalised (dates as
%   `date(Y,M,D)`, strings as atoms).  Throws
%   `error(vocabulary_error(Culprit, Message), _)` for an undeclared
%   predicate or wrong arity, and `error(type_error(...), _)` for an
%   argument of the wrong type or an impossible date.

check_case_fact(Term, _) :-
    var(Term), !,
    throw(error(case_fact_error(not_a_fact, "a variable is not a case fact"), _)).
check_case_fact(Term, _) :-
    \+ ground(Term), !,
    throw(error(case_fact_error(not_ground, "a case fact may not contain variables (write names in lower case or quote them)"), _)).
check_case_fact(Term, _) :-
    \+ compound(Term), !,
    format(string(M), "~q is not a fact of the vocabulary (expected name(arguments))", [Term]),
    throw(error(vocabulary_error(Term, M), _)).
check_case_fact((_ :- _), _) :- !,
    throw(error(case_fact_error(clause, "rules are not allowed in a case, only facts"), _)).
check_case_fact((:- _), _) :- !,
    throw(error(case_fact_error(directive, "directives are not allowed in a case, only facts"), _)).
check_case_fact(Term, Fact) :-
    compound_name_arguments(Term, Name, Values),
    length(Values, Arity),
    (   case_fact(Name, Args, _, _),
        length(Args, Arity)
    ->  maplist(check_argument(Name), Args, Values, Checked),
        compound_name_arguments(Fact, Name, Checked)
    ;   case_fact_signature(Name, Declared)
    ->  format(string(M), "~w/~w is not declared; ~w/~w is (see `cassation vocabulary`)",
               [Name, Arity, Name, Declared]),
        throw(error(vocabulary_error(Name/Arity, M), _))
    ;   findall(N/A, case_fact_signature(N, A), Known),
        did_you_mean_text(Name/Arity, Known, Hint),
        format(string(M), "~q/~w is not a declared case fact~w (see `cassation vocabulary`)",
               [Name, Arity, Hint]),
        throw(error(vocabulary_error(Name/Arity, M), _))
    ).

check_argument(Fact, ArgName:Type, Value, Checked) :-
    (   check_value(Type, Value, Checked0)
    ->  Checked = Checked0
    ;   type_description(Type, Expected),
        (   enumeration(Type, Values, _), atom(Value)
        ->  did_you_mean_text(Value, Values, Hint)
        ;   Hint = ""
        ),
        format(string(M), "argument ~w of ~w must be ~w, not ~q~w",
               [ArgName, Fact, Expected, Value, Hint]),
        throw(error(case_fact_error(type(ArgName, Type, Value), M), _))
    ).

check_value(id, Value, Atom) :-
    (   atom(Value)
    ->  Atom = Value
    ;   string(Value)
    ->  atom_string(Atom, Value)
    ),
    Atom \== '',
    atom_length(Atom, Len),
    Len =< 200.
check_value(count, Value, Value) :-
    integer(Value),
    between(0, 1_000_000, Value).
check_value(date, Value, date(Y, M, D)) :-
    date_value(Value, Y, M, D),
    valid_date(Y, M, D).
check_value(Type, Value, Value) :-
    enumeration(Type, Values, _),
    atom(Value),
    memberchk(Value, Values).

date_value(date(Y, M, D), Y, M, D).
date_value(Y-M-D, Y, M, D) :-
    integer(Y), integer(M), integer(D).
date_value(Text, Y, M, D) :-
    (   atom(Text) ; string(Text) ),
    split_string(Text, "-", "", [YS, MS, DS]),
    string_length(YS, 4), string_length(MS, 2), string_length(DS, 2),
    number_string(Y, YS), number_string(M, MS), number_string(D, DS),
    integer(Y), integer(M), integer(D).

valid_date(Y, M, D) :-
    integer(Y), integer(M), integer(D),
    between(1900, 2100, Y),
    between(1, 12, M),
    days_in_month(Y, M, Max),
    between(1, Max, D).

days_in_month(Y, 2, Days) :- !,
    (   leap_year(Y) -> Days = 29 ; Days = 28 ).
days_in_month(_, M, 30) :- memberchk(M, [4, 6, 9, 11]), !.
days_in_month(_, _, 31).

leap_year(Y) :-
    (   Y mod 400 =:= 0 -> true
    ;   Y mod 100 =:= 0 -> fail
    ;   Y mod 4 =:= 0
    ).

type_description(id, "a name (an atom such as v1 or 'Қайрат')") :- !.
type_description(date, "a real date written YYYY-MM-DD (years 1900-2100)") :- !.
type_description(count, "a whole number from 0 to 1000000") :- !.
type_description(Type, Desc) :-
    enumeration(Type, Values, _),
    atomic_list_concat(Values, ', ', List),
    format(string(Desc), "one of ~w", [List]).

term_expansion(declared_signatures_of_the_case_facts, Clauses) :-
    findall(declared_signature(Name, Arity),
            ( case_fact(Name, Args, _, _), length(Args, Arity) ),
            Clauses).

declared_signatures_of_the_case_facts.
