:- encoding(utf8).
:- module(p05_grounds,
          [ violation_counts/2,                 % ?Violation, ?Act
            consequence_established/2,          % ?Act, ?Consequence
            part_two_ground/2,                  % ?Act, ?Circumstance
            cassation_ground/2,                 % ?Act, ?Ground
            ground_may_be_raised/2,             % ?Request, ?Ground
            review_limited_to_civil_claim/1,    % ?Request
            worsening_ground_for_defendant/2,   % ?Person, ?Consequence
            other_violations_alone_insufficient/1 % ?Act
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module(p02_restricted_route).
:- use_module(p03_petitioners).
:- use_module(p04_requests).
:- use_module(p11_jury).
:- use_module(readings).
:- reexport(p04_requests, [victim_side/1]).

/** <module> Paragraphs 5-10 and 21: the grounds for review (CPC art. 485)

Paragraph 5: the grounds are violations of constitutional rights and
freedoms, or improper application of the criminal or criminal-procedure
law, that *entailed* at least one of the eight consequences of CPC
art. 485 part 1; the list is exhaustive.  The grounds of part 2 may be
relied on by a protest or a submission even without a part-one
consequence.  Paragraph 6 says what improper application is; paragraphs
7-10 say when four of the consequences are established; paragraph 21 when
uniformity of judicial practice is violated (art. 485 part 2 item 3).

A ground is written `part_one(Consequence)` or `part_two(Circumstance)`.
*/

template(violation_counts(violation, act),
         "the violation {violation} is of a kind that grounds review of {act} if it entailed a consequence of CPC art. 485 part 1").

%!  violation_counts(?Violation, ?Act) is nondet.
%
%   Violation is of a kind that can ground review of Act (¶5, ¶6).

rule(p5_constitutional_rights_violation,
     source(5, ['CPC art. 485 part 1'],
            "The grounds for the review of judicial acts that have entered into legal force should be considered violations of the constitutional rights and freedoms of citizens committed during pre-trial or judicial review of the case"),
     ( violation_counts(Violation, Act) :-
           law_violation(Violation, Act, constitutional_rights_violation) )).

rule(p6_improper_application_of_law,
     source(6, ['CPC art. 485 part 1'],
            "Improper application of the law as the grounds for reviewing a verdict or decision in cassation procedure may consist of a court’s erroneous interpretation of the criminal or criminal procedural norm of the law when it is applied, or in non-compliance with the requirements set forth in it, as well as in other violations committed by the court during consideration cases"),
     ( violation_counts(Violation, Act) :-
           law_violation(Violation, Act, Type),
           memberchk(Type, [erroneous_interpretation, non_compliance_with_norm, other_court_violation]) )).

template(consequence_established(act, consequence),
         "the consequence {consequence} (CPC art. 485 part 1) is established for {act}").

%!  consequence_established(?Act, ?Consequence) is nondet.
%
%   One of the consequences of CPC art. 485 part 1 is established for Act.

rule(p7_innocent_no_offence_event,
     source(7, ['CPC art. 485 part 1 item 1'],
            "an innocent convicted person should be understood as a person against whom a guilty verdict has been passed in the absence of the event of criminal infraction"),
     ( consequence_established(Act, innocent_convicted) :-
           act_outcome(Act, conviction),
           innocence_finding(Act, no_offence_event) )).

rule(p7_innocent_no_elements_of_offence,
     source(7, ['CPC art. 485 part 1 item 1', 'CPC art. 35 part 1 item 2'],
            "in the absence of the event of criminal infraction, a criminal offense"),
     ( consequence_established(Act, innocent_convicted) :-
           reading_selected(p7_innocence_cases, three_cases),
           act_outcome(Act, conviction),
           innocence_finding(Act, no_elements_of_offence) )).

rule(p7_innocent_no_evidence_of_participation,
     source(7, ['CPC art. 485 part 1 item 1'],
            "or in the absence of evidence of a person’s participation in a criminal infraction"),
     ( consequence_established(Act, innocent_convicted) :-
           act_outcome(Act, conviction),
           innocence_finding(Act, no_evidence_of_participation) )).

rule(p8_unjustified_acquittal_or_termination,
     source(8, ['CPC art. 485 part 1 item 2'],
            "Unjustified verdict or decision on termination of a case should be regarded as unreasonable if the evidence in the case was given an improper evaluation, the court’s conclusions contradict the actual circumstances of the case, the material or procedural laws are improperly applied, or other circumstances are established that exclude the legality and validity of the decision to acquit the defendant or dismissal."),
     ( consequence_established(Act, unfounded_acquittal_or_termination) :-
           act_outcome(Act, Outcome),
           memberchk(Outcome, [acquittal, termination]),
           acquittal_defect(Act, Defect),
           memberchk(Defect, [improper_evaluation_of_evidence, conclusions_contradict_circumstances,
                              law_improperly_applied, other_circumstance_excluding_legality]) )).

rule(p8_other_procedural_violation_only_if_challenged,
     source(8, ['CPC art. 485 part 1 item 2'],
            "Other violations of the criminal procedure law alone may not be the grounds for reviewing an acquittal that has entered into legal force, a decision to terminate a criminal case or other decision made in favor of the defendant if these court decisions are not actually challenged in a petition, protest."),
     ( consequence_established(Act, unfounded_acquittal_or_termination) :-
           reading_selected(p8_other_violations, sufficient_if_challenged),
           act_outcome(Act, Outcome),
           memberchk(Outcome, [acquittal, termination]),
           acquittal_defect(Act, other_procedural_violation),
           cassation_request(Request, _Author, Act),
           acquittal_actually_challenged(Request) )).

template(other_violations_alone_insufficient(act),
         "other violations of the criminal procedure law alone cannot ground the review of {act}").

%!  other_violations_alone_insufficient(?Act) is nondet.
%
%   The acquittal or termination Act is attacked only for other violations
%   of the criminal procedure law, which alone cannot ground its review
%   (¶8, default reading `bar_only`).

rule(p8_other_violations_alone_bar,
     source(8, ['CPC art. 485 part 1 item 2'],
            "Other violations of the criminal procedure law alone may not be the grounds for reviewing an acquittal that has entered into legal force, a decision to terminate a criminal case or other decision made in favor of the defendant"),
     ( other_violations_alone_insufficient(Act) :-
           reading_selected(p8_other_violations, bar_only),
           act_outcome(Act, Outcome),
           memberchk(Outcome, [acquittal, termination]),
           acquittal_defect(Act, other_procedural_violation),
           \+ substantive_acquittal_defect(Act) )).

template(substantive_acquittal_defect(act),
         "{act} suffers from a defect of ¶8 other than a mere procedural violation").

rule(p8_substantive_defect,
     source(8, ['CPC art. 485 part 1 item 2'],
            "if the evidence in the case was given an improper evaluation, the court’s conclusions contradict the actual circumstances of the case, the material or procedural laws are improperly applied, or other circumstances are established that exclude the legality and validity of the decision to acquit the defendant or dismissal"),
     ( substantive_acquittal_defect(Act) :-
           acquittal_defect(Act, Defect),
           Defect \== other_procedural_violation )).

rule(p9_individualisation_ignored,
     source(9, ['CPC art. 485 part 1 item 5', 'CC art. 52'],
            "The imposition of a sentence by a court without observing the requirements of the law on its individualization, although within the limits of the sanction of the article of the criminal law, according to which the act is qualified, does not correspond to the gravity of the deed and the personality of the convicted person due to its excessive severity or excessive leniency, is an independent basis for reviewing the sentence in cassation proceedings."),
     ( consequence_established(Act, Ground) :-
           punishment_defect(Act, individualisation_ignored),
           punishment_too(Act, Deviation),
           member(Deviation-Ground, [severe-excessive_severity, lenient-excessive_leniency]) )).

rule(p9_outside_sanction,
     source(9, ['CPC art. 485 part 1 item 5', 'CC art. 55'],
            "Punishment shall be recognized inconsistent with the gravity of the criminal infraction and personality of the convicted also in cases when it exceeds the limits of sanction of article of the Special Part of the Criminal Code of the Republic of Kazakhstan, or when a lesser sentence is assigned than it is provided by a relevant article of the Criminal Code of the Republic of Kazakhstan (hereinafter referred to as the CC), without application of article 55 of the CC."),
     ( consequence_established(Act, Ground) :-
           punishment_defect(Act, Defect),
           member(Defect-Ground, [exceeds_sanction-excessive_severity,
                                  below_sanction_without_art_55-excessive_leniency]) )).

rule(p9_wrong_size_or_term,
     source(9, ['CPC art. 485 part 1 item 5'],
            "The inconsistency of the punishment with the gravity of the criminal infraction and the personality of the convicted person may also occur with its correct choice, but with an incorrect determination of its size or term."),
     ( consequence_established(Act, Ground) :-
           punishment_defect(Act, wrong_size_or_term),
           punishment_too(Act, Deviation),
           member(Deviation-Ground, [severe-excessive_severity, lenient-excessive_leniency]) )).

rule(p9_excessive_leniency,
     source(9, ['CPC art. 485 part 1 item 5', 'CC art. 54', 'CC art. 55'],
            "The inconsistency of the punishment with the gravity of the criminal infraction and personality of the convicted due to its excessive leniency may also be evidenced by assignment of punishment without consideration of circumstances stipulated by article 54 of the CC, assignment of a lesser sentence than it is stipulated by the law, in case of the absence of exceptional circumstances, stipulated by article 55 of the CC, assignment of a punishment without consideration of the recidivism of crimes, unreasonable use of conditional conviction, etc."),
     ( consequence_established(Act, excessive_leniency) :-
           punishment_defect(Act, Defect),
           memberchk(Defect, [art_54_circumstances_ignored, recidivism_ignored, unreasonable_conditional_conviction,
                              other_leniency_defect]) )).

rule(p9_excessive_severity,
     source(9, ['CPC art. 485 part 1 item 5', 'CC art. 52', 'CC art. 53'],
            "As an excessively severe punishment should be recognized the punishment, which clearly does not correspond to the nature and degree of public danger of the criminal offense, the identity of the perpetrator and the specific circumstances of the case, mitigating responsibility, as well as in cases where the court did not use the possibilities provided for by law for applying punishment not related to deprivation of liberty, assigned a punishment without regard to requirements of articles 52, 53 of the CC."),
     ( consequence_established(Act, excessive_severity) :-
           punishment_defect(Act, Defect),
           memberchk(Defect, [clearly_disproportionate_severity, non_custodial_options_ignored, arts_52_53_ignored]) )).

rule(p10_victim_deprived_of_protection,
     source(10, ['CPC art. 485 part 1 item 4', 'CPC art. 71', 'CPC art. 72', 'CPC art. 73', 'CPC art. 76'],
            "The deprivation of the victim's right to judicial protection may be evidenced by the unjustified non-recognition of the person as a victim, significant violations of his rights stipulated by articles 71, 72, 73 and 76 of the CPC, in particular, the non-recognition of the victim by the private prosecutor in case the prosecutor refuses the charge, the deprivation of his right to participate in court proceedings, appearing in judicial debates, incorrect resolution of a civil lawsuit filed by a victim (civil plaintiff) and others that influenced on the appropriateness of the criminal case in a substantial manner."),
     ( consequence_established(Act, victim_deprived_of_protection) :-
           victim_protection_defect(Act, Defect),
           \+ claim_left_without_consideration(Act, Defect) )).

template(claim_left_without_consideration(act, defect),
         "{defect} in {act} concerns a civil claim that was left without consideration").

%!  claim_left_without_consideration(?Act, ?Defect) is nondet.
%
%   The victim-protection Defect of Act is the wrong resolution of the
%   victim's civil claim, and the claim was left without consideration:
%   ¶10 excepts "cases of leaving the claim without consideration" from the
%   civil-claim ground, and the victim's ground cannot bring the same
%   complaint back in.

rule(p10_claim_left_without_consideration,
     source(10, ['CPC art. 485 part 1 item 4', 'CPC art. 485 part 1 item 6'],
            "except for cases of leaving the claim without consideration"),
     ( claim_left_without_consideration(Act, civil_claim_of_victim_wrongly_resolved) :-
           civil_claim_left_without_consideration(Act) )).

rule(p10_civil_claim_wrongly_resolved,
     source(10, ['CPC art. 485 part 1 item 6'],
            "entailed inappropriate resolving of the civil claim, except for cases of leaving the claim without consideration, are grounds for reviewing the entered into force of sentences and decisions in this part."),
     ( consequence_established(Act, wrong_civil_claim_or_confiscation) :-
           civil_claim_wrongly_resolved(Act),
           \+ civil_claim_left_without_consideration(Act) )).

rule(p5_other_listed_consequence,
     source(5, ['CPC art. 485 part 1 items 3, 6-8'],
            "entailed the onset of at least one of the consequences specified in part one of article 485 of the CPC"),
     ( consequence_established(Act, Consequence) :-
           other_consequence(Act, Consequence),
           Consequence \== wrong_confiscation )).

rule(p5_wrong_confiscation,
     source(5, ['CPC art. 485 part 1 item 6'],
            "entailed the onset of at least one of the consequences specified in part one of article 485 of the CPC"),
     ( consequence_established(Act, wrong_civil_claim_or_confiscation) :-
           other_consequence(Act, wrong_confiscation) )).

template(part_two_ground(act, circumstance),
         "{act} is in a situation of CPC art. 485 part 2: {circumstance}").

%!  part_two_ground(?Act, ?Circumstance) is nondet.
%
%   Act is in one of the situations of CPC art. 485 part 2.

rule(p5_part_two_listed,
     source(5, ['CPC art. 485 part 2'],
            "For the reasons specified in part two of article 485 of the CPC, verdicts and decisions may be reconsidered upon a plea, protest, and in the absence of consequences"),
     ( part_two_ground(Act, Circumstance) :-
           part_two_circumstance(Act, Circumstance) )).

rule(p21_uniformity_violated,
     source(21, ['CPC art. 485 part 2 item 3'],
            "a violation of uniformity in the interpretation and application of the rules of law by the courts, entailing a review of judicial acts under cassation procedure, should be understood as an interpretation of the law that distorts the true meaning of the legal provision applied by the court and leading to an erroneous assessment of the conduct of the convicted (acquitted) person, his qualifications, sentencing, a significant violation of the criminal procedure law, resulting in the issuance of an illegal and unreasonable verdict, decision."),
     ( part_two_ground(Act, uniformity_violated) :-
           distorting_interpretation(Act),
           resulting_in_unlawful_act(Act) )).

template(cassation_ground(act, ground),
         "the ground {ground} of CPC art. 485 exists for {act}").

%!  cassation_ground(?Act, ?Ground) is nondet.
%
%   Ground (`part_one(Consequence)` or `part_two(Circumstance)`) of the
%   exhaustive list of CPC art. 485 exists for Act.

rule(p5_part_one_ground,
     source(5, ['CPC art. 485 part 1'],
            "or such improper application of the criminal and criminal procedural laws that entailed the onset of at least one of the consequences specified in part one of article 485 of the CPC. The list of the indicated grounds for the review of the entered into force judgments and decisions is exhaustive."),
     ( cassation_ground(Act, part_one(Consequence)) :-
           violation_counts(Violation, Act),
           entailed(Violation, Consequence),
           consequence_established(Act, Consequence),
           jury_permits_ground(Act, Consequence) )).

rule(p9_punishment_ground,
     source(9, ['CPC art. 485 part 1 item 5'],
            "does not correspond to the gravity of the deed and the personality of the convicted person due to its excessive severity or excessive leniency, is an independent basis for reviewing the sentence in cassation proceedings"),
     ( cassation_ground(Act, part_one(Ground)) :-
           violation_counts(Violation, Act),
           entailed(Violation, wrong_punishment),
           consequence_established(Act, Ground),
           memberchk(Ground, [excessive_severity, excessive_leniency]),
           jury_permits_ground(Act, Ground) )).

rule(p5_part_two_ground,
     source(5, ['CPC art. 485 part 2'],
            "For the reasons specified in part two of article 485 of the CPC, verdicts and decisions may be reconsidered upon a plea, protest, and in the absence of consequences"),
     ( cassation_ground(Act, part_two(Circumstance)) :-
           part_two_ground(Act, Circumstance) )).

template(ground_may_be_raised(request, ground),
         "{request} may rely on the ground {ground}").

%!  ground_may_be_raised(?Request, ?Ground) is nondet.
%
%   Ground exists for the act that Request contests and Request may rely on
%   it: a petition on the part-one grounds within its scope (the victim's
%   ground only on a petition of the victim's side, ¶10; never a ground that
%   could only worsen on the defendant's side); a protest on the part-one
%   grounds, except against a decision of the cassation instance, which CPC
%   art. 484 part 4 opens to review on the grounds of art. 485 part 2 only;
%   a submission on the part-one grounds against acts of CPC art. 484
%   part 1 (¶2); a protest or submission on the part-two grounds where
%   part_two_open_against/1 allows them.

rule(p5_petition_part_one,
     source(5, ['CPC art. 485 part 1', 'CPC art. 486 part 1'],
            "entailed the onset of at least one of the consequences specified in part one of article 485 of the CPC"),
     ( ground_may_be_raised(Request, part_one(Consequence)) :-
           petition(Request, Petitioner, Act),
           cassation_ground(Act, part_one(Consequence)),
           Consequence \== victim_deprived_of_protection,
           \+ worsening_ground_for_defendant(Petitioner, Consequence),
           within_scope_of_request(Request, Consequence) )).

rule(p10_victim_ground_on_victim_side_petition,
     source(10, ['CPC art. 485 part 1 item 4'],
            "On the grounds provided for in paragraph 4) of the first part of article 485 of the Code of Criminal Procedure, sentences and decisions on applications for persons that are recognized as established by the victim, his representative or legal representative may be revised."),
     ( ground_may_be_raised(Request, part_one(victim_deprived_of_protection)) :-
           petition(Request, Petitioner, Act),
           victim_side(Petitioner),
           cassation_ground(Act, part_one(victim_deprived_of_protection)) )).

rule(p3_protest_any_ground,
     source(3, ['CPC art. 485', 'CPC art. 486 part 2', 'CPC art. 484 part 4'],
            "the protest of the Prosecutor General, made by them both on their own initiative and at the request of the persons referred to in the first part of article 486 of the CPC, on the grounds provided for by article 485 of the CPC."),
     ( ground_may_be_raised(Request, part_one(Consequence)) :-
           protest(Request, Act),
           \+ judicial_act(Act, _Kind, cassation),
           cassation_ground(Act, part_one(Consequence)) )).

rule(p5_protest_part_two,
     source(5, ['CPC art. 485 part 2', 'CPC art. 486 part 2'],
            "For the reasons specified in part two of article 485 of the CPC, verdicts and decisions may be reconsidered upon a plea, protest, and in the absence of consequences"),
     ( ground_may_be_raised(Request, part_two(Circumstance)) :-
           protest(Request, Act),
           cassation_ground(Act, part_two(Circumstance)),
           part_two_open_against(Act) )).

rule(p5_submission_part_two,
     source(5, ['CPC art. 485 part 2', 'CPC art. 486 part 2'],
            "For the reasons specified in part two of article 485 of the CPC, verdicts and decisions may be reconsidered upon a plea, protest, and in the absence of consequences"),
     ( ground_may_be_raised(Request, part_two(Circumstance)) :-
           submission(Request, Act),
           cassation_ground(Act, part_two(Circumstance)),
           part_two_open_against(Act) )).

template(part_two_open_against(act),
         "the grounds of CPC art. 485 part 2 may be relied on against {act}").

%!  part_two_open_against(?Act) is nondet.
%
%   The grounds of CPC art. 485 part 2 may be relied on against Act: under
%   the default reading of ¶5 (`acts_of_484_parts_3_4`), as art. 485 part 2
%   says, only against the acts of art. 484 parts 3 and 4 (reviewable only
%   on protest or submission), and against the acts of jury cases, whose
%   review art. 665 puts on "the grounds of item 1) of part one and of part
%   two of article 485"; under `any_act`, against any act.

rule(p5_part_two_against_acts_of_484_parts_3_4,
     source(5, ['CPC art. 485 part 2', 'CPC art. 484 part 3', 'CPC art. 484 part 4'],
            "For the reasons specified in part two of article 485 of the CPC, verdicts and decisions may be reconsidered upon a plea, protest, and in the absence of consequences"),
     ( part_two_open_against(Act) :-
           reading_selected(p5_part_two_grounds, acts_of_484_parts_3_4),
           restricted_to_protest_or_submission(Act) )).

rule(p11_part_two_in_jury_cases,
     source(11, ['CPC art. 665', 'CPC art. 485 part 2'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( part_two_open_against(Act) :-
           reading_selected(p5_part_two_grounds, acts_of_484_parts_3_4),
           jury_case(Act),
           \+ restricted_to_protest_or_submission(Act) )).

rule(p5_part_two_against_any_act,
     source(5, ['CPC art. 485 part 2'],
            "For the reasons specified in part two of article 485 of the CPC, verdicts and decisions may be reconsidered upon a plea, protest, and in the absence of consequences"),
     ( part_two_open_against(_Act) :-
           reading_selected(p5_part_two_grounds, any_act) )).

rule(p2_submission_part_one_not_restricted,
     source(2, ['CPC art. 484 part 3 item 2', 'CPC art. 485 part 1'],
            "subject to the grounds provided for by the relevant parts of article 485 of the CPC"),
     ( ground_may_be_raised(Request, part_one(Consequence)) :-
           submission(Request, Act),
           \+ restricted_to_protest_or_submission(Act),
           cassation_ground(Act, part_one(Consequence)) )).

template(worsening_ground_for_defendant(person, consequence),
         "the ground {consequence} could only worsen the position of the defendant, on whose side {person} petitions").

%!  worsening_ground_for_defendant(?Person, ?Consequence) is nondet.
%
%   Person petitions on the defendant's side and Consequence is a ground
%   that can only worsen the defendant's position: a complaint may not be
%   turned to the detriment of the one who filed it (CPC art. 31 part 3),
%   and worsening is allowed only on the prosecutor's protest or the
%   victim's petition (¶24).

rule(p24_no_worsening_ground_for_defendant,
     source(24, ['CPC art. 31 part 3', 'CPC art. 494 part 14'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( worsening_ground_for_defendant(Person, Consequence) :-
           defendant_side(Person),
           ground_direction(Consequence, worsening) )).

template(within_scope_of_request(request, consequence),
         "the ground {consequence} lies within the part of the act that {request} contests").

%!  within_scope_of_request(?Request, ?Consequence) is nondet.
%
%   A ground with Consequence lies within the part of the act that Request
%   contests: the whole act, or only the civil claim.

rule(p3_scope_whole_act,
     source(3, ['CPC art. 414 part 1', 'CPC art. 486 part 1'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( within_scope_of_request(Request, _Consequence) :-
           \+ review_limited_to_civil_claim(Request),
           \+ review_limited_to_own_interests(Request) )).

rule(p3_scope_own_interests,
     source(3, ['CPC art. 486 part 1', 'CPC art. 485 part 1 item 6'],
            "who have the right to petition for the review of judicial acts in so far as they affect their rights and legitimate interests"),
     ( within_scope_of_request(Request, wrong_civil_claim_or_confiscation) :-
           review_limited_to_own_interests(Request) )).

template(review_limited_to_own_interests(request),
         "{request} may contest the act only in so far as it affects its author's rights and legitimate interests").

%!  review_limited_to_own_interests(?Request) is nondet.
%
%   Request is the petition of a person who is no participant but whose
%   rights the act affects (a mortgagor, the owner of seized property):
%   ¶3 gives him the right to petition "in so far as they affect their
%   rights and legitimate interests", which is the act's disposal of
%   property (art. 485 part 1 item 6), not the guilt or the punishment.

rule(p3_petition_of_affected_person_limited,
     source(3, ['CPC art. 486 part 1'],
            "who have the right to petition for the review of judicial acts in so far as they affect their rights and legitimate interests"),
     ( review_limited_to_own_interests(Request) :-
           petition(Request, Petitioner, Act),
           affected_non_participant(Petitioner, Act) )).

rule(p10_scope_civil_claim_part,
     source(10, ['CPC art. 414 part 1', 'CPC art. 485 part 1 item 6'],
            "are grounds for reviewing the entered into force of sentences and decisions in this part."),
     ( within_scope_of_request(Request, wrong_civil_claim_or_confiscation) :-
           review_limited_to_civil_claim(Request),
           cassation_request(Request, _Author, Act),
           civil_claim_wrongly_resolved(Act),
           \+ civil_claim_left_without_consideration(Act) )).

template(review_limited_to_civil_claim(request),
         "{request} may contest the act only in the part concerning the civil claim").

%!  review_limited_to_civil_claim(?Request) is nondet.
%
%   Request contests its act only in the part concerning the civil claim:
%   it says so, or it is the petition of a civil plaintiff or civil
%   defendant (or their representative), whom CPC art. 414 part 1 allows
%   no more.

rule(p3_civil_party_petition,
     source(3, ['CPC art. 414 part 1', 'CPC art. 486 part 1'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( review_limited_to_civil_claim(Request) :-
           petition(Request, Petitioner, Act),
           entitled_participant(Petitioner, Act, civil_claim_part),
           \+ entitled_participant(Petitioner, Act, whole_act) )).

rule(p10_request_limited_to_civil_claim,
     source(10, ['CPC art. 485 part 1 item 6'],
            "are grounds for reviewing the entered into force of sentences and decisions in this part."),
     ( review_limited_to_civil_claim(Request) :-
           cassation_request(Request, _Author, _Act),
           request_limited_to_civil_claim(Request) )).
