:- encoding(utf8).
:- module(readings,
          [ ambiguous_passage/4,        % ?Passage, ?Paragraph, ?Text, ?Why
            reading/4,                  % ?Passage, ?Reading, ?Meaning, ?Status
            reading_selected/2,         % ?Passage, ?Reading
            select_reading/2,           % +Passage, +Reading
            clear_readings/0
          ]).
:- use_module(library(error)).

/** <module> Named readings of passages the translation leaves ambiguous

Where the English translation of Resolution No. 5 is garbled or admits
more than one meaning, the KB does not silently choose: each candidate
meaning is a named reading, one of them the default, and a rule that
depends on the choice has a `reading_selected(Passage, Reading)` condition,
so that its proof node names the reading it rests on.

A reading is selected for one ask (`--reading PASSAGE=READING`, or
select_reading/2 in plain `swipl`); otherwise the default applies.
*/

%!  ambiguous_passage(?Passage, ?Paragraph, ?Text, ?Why) is nondet.
%
%   Passage is the id of an ambiguous span Text of paragraph Paragraph.

ambiguous_passage(p3_took_no_part_earlier, 3,
    "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force and in those cases when they did not participate in the consideration of the case in previous judicial instances, but subject to the requirement that the sentence be reviewed, the decision on appeal.",
    "The sentence has no main verb; it is unclear whether it exempts such persons from the personal-appeal requirement of paragraph 1 or only confirms their standing.").

ambiguous_passage(p1_appellate_act_against_petitioner, 1,
    "If the consideration of the case at the appellate court took place on the basis of complaints from other participants in the proceedings or against the protest of the prosecutor, this does not mean that the author of the petition complied with the requirements of article 484 of the CPC for a personal appeal to the court of appeal.",
    "The sentence speaks of a first-instance act the petitioner let stand; it does not say whether a personal appeal is also required against an appellate act that first went against him (a conviction on appeal of a person acquitted at trial, an acquittal on appeal of a person convicted at trial), against which no appeal of his could have served (CPC art. 31 part 2; art. 484 part 1).").
ambiguous_passage(p1_agent_petition, 1,
    "In cases where the court of appeal considers appeals of the defense counsel, representative or legal representative in the interests of the convicted (acquitted)",
    "Paragraph 1 lets an agent's appeal serve the principal; it is silent on the reverse, the petition of counsel or a representative when the principal appealed personally (counsel's right under CPC art. 414 part 1 derives from the client's).").
ambiguous_passage(p1_withdrawn_appeal, 1,
    "In the case of withdrawal of appeals in accordance with the procedure, established by the law, judicial acts of the court of first instance shall not be subject to review by the cassation instance, as they have not been considered in the court of appeal.",
    "Paragraph 1 says such acts are not subject to cassation review at all; paragraph 2 (CPC art. 484 part 3) says acts whose appeal procedure was not observed may be reviewed on the Prosecutor General's protest or the Chairman's submission.").
ambiguous_passage(p4_acquittal_time_limit, 4,
    "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC",
    "CPC art. 487 part 2 limits to one year the review of an acquittal or a termination without distinguishing who asks; paragraph 11 (art. 666) treats only a request against the defendant as worsening. Whether the acquitted person's own petition (to change the grounds of his acquittal) is bound by the year is not said.").
ambiguous_passage(p5_part_two_grounds, 5,
    "For the reasons specified in part two of article 485 of the CPC, verdicts and decisions may be reconsidered upon a plea, protest, and in the absence of consequences",
    "Paragraph 5 does not say against which acts; CPC art. 485 part 2 makes its grounds those of the acts of art. 484 parts 3 and 4 (reviewable only on protest or submission), while art. 485 part 1 governs the acts of art. 484 part 1.").
ambiguous_passage(p7_innocence_cases, 7,
    "an innocent convicted person should be understood as a person against whom a guilty verdict has been passed in the absence of the event of criminal infraction, a criminal offense or in the absence of evidence of a person’s participation in a criminal infraction",
    "The translation lists \"the event of criminal infraction, a criminal offense\"; read with CPC art. 35 part 1 items 1-2 the middle item is most likely a case of its own, the absence of the elements of an offence (состав), not an apposition.").
ambiguous_passage(p8_other_violations, 8,
    "Other violations of the criminal procedure law alone may not be the grounds for reviewing an acquittal that has entered into legal force, a decision to terminate a criminal case or other decision made in favor of the defendant if these court decisions are not actually challenged in a petition, protest.",
    "The sentence is a bar; it does not say that other procedural violations become a sufficient ground once the decision is actually challenged.").
ambiguous_passage(p10_victim_ground_authors, 10,
    "On the grounds provided for in paragraph 4) of the first part of article 485 of the Code of Criminal Procedure, sentences and decisions on applications for persons that are recognized as established by the victim, his representative or legal representative may be revised.",
    "The ground is reserved to persons recognised as victims, yet the paragraph's own first example is the unjustified non-recognition of a person as a victim, who by definition is not recognised.").
ambiguous_passage(p23_new_law_conditions, 23,
    "Under the same conditions, in order to improve the situation of the convicted persons, judicial acts may be reviewed in respect of persons for whom petitions, protests, pleas have not been filed",
    "\"Under the same conditions\" may refer to the conditions of the previous sentence (actions inextricably linked with those of a person the request concerns) or only to the improvement of the convict's position.").
ambiguous_passage(p12_suspension_request, 12,
    "In accordance with article 493 of the CPC the execution of the judicial act, on the revision of which the petition has been filed, the protest has been brought, may be suspended for a period not exceeding three months",
    "Paragraph 12 speaks of an act against which a petition was filed or a protest brought; CPC art. 493 lets the Chairman and the Prosecutor General suspend execution \"simultaneously with calling up the case\" for checking in cassation, and art. 486 parts 3-4 let them call a case up before any protest is brought (on an application to bring one).").
ambiguous_passage(p24_worsening_cases, 24,
    "the decision in the direction of worsening the situation of the convicted person, if this is connected with:",
    "The paragraph lists three cases; it does not say whether the list is closed.").

%!  reading(?Passage, ?Reading, ?Meaning, ?Status) is nondet.
%
%   Reading is a named meaning of Passage; Status is `default` or
%   `alternative`.

reading(p3_took_no_part_earlier, exempt_if_reviewed_on_appeal,
        "A person of CPC art. 414 part 1 who did not take part in the previous instances may petition without a personal appeal, provided the verdict was reviewed on appeal.",
        default).
reading(p3_took_no_part_earlier, standing_only,
        "The sentence only confirms that such persons may petition; the personal-appeal requirement of paragraph 1 still applies to them.",
        alternative).
reading(p1_appellate_act_against_petitioner, exempt_if_outcome_turned_against,
        "No personal appeal is required of a person against an appellate act that turned the outcome of the first instance against him: the convicted on appeal after an acquittal or termination at trial, or the victim after a conviction at trial was replaced by an acquittal or termination.",
        default).
reading(p1_appellate_act_against_petitioner, strict_personal_appeal,
        "The personal-appeal requirement applies to every petition, also against an appellate act that first went against the petitioner.",
        alternative).
reading(p1_agent_petition, principal_appeal_serves_agent,
        "The principal's own appeal serves the petition of his defence counsel, representative or legal representative, whose right derives from the principal's.",
        default).
reading(p1_agent_petition, own_appeal_only,
        "An agent must have appealed himself (or be exempt as one who took no part earlier); the principal's appeal does not serve him.",
        alternative).
reading(p1_withdrawn_appeal, protest_or_submission_only,
        "A first-instance act whose appeals were all withdrawn was not reviewed on appeal: like any act whose appeal procedure was not observed, it may be reviewed only on the Prosecutor General's protest or the Chairman's submission (¶2; CPC art. 484 part 3).",
        default).
reading(p1_withdrawn_appeal, not_reviewable_at_all,
        "A first-instance act whose appeals were all withdrawn is not subject to cassation review at all, as paragraph 1 says literally.",
        alternative).
reading(p4_acquittal_time_limit, every_request,
        "Every request for review of an acquittal or a termination must be received within one year of its entry into force, as CPC art. 487 part 2 says literally, the acquitted person's own included.",
        default).
reading(p4_acquittal_time_limit, worsening_requests_only,
        "Only a request that seeks to worsen the acquitted person's position is bound by the year; his own petition is not.",
        alternative).
reading(p5_part_two_grounds, acts_of_484_parts_3_4,
        "The grounds of CPC art. 485 part 2 may be relied on only against the acts of art. 484 parts 3 and 4, as art. 485 part 2 says.",
        default).
reading(p5_part_two_grounds, any_act,
        "The grounds of CPC art. 485 part 2 may be relied on by a protest or submission against any act in force.",
        alternative).
reading(p7_innocence_cases, three_cases,
        "Three cases: no event of an offence, no elements of an offence in the act, no evidence of the person's participation (CPC art. 35 part 1 items 1-2).",
        default).
reading(p7_innocence_cases, two_cases,
        "Two cases: no event of an offence (\"a criminal offense\" in apposition), no evidence of participation.",
        alternative).
reading(p8_other_violations, bar_only,
        "Other procedural violations alone never ground the review of an acquittal, a termination or another decision in favour of the defendant; the sentence adds no ground.",
        default).
reading(p8_other_violations, sufficient_if_challenged,
        "Other procedural violations do ground the review of such a decision when a request actually challenges it.",
        alternative).
reading(p10_victim_ground_authors, includes_person_denied_recognition,
        "The victim's ground may also be relied on by a person who petitions as one whose rights the act affects because he was unjustifiably not recognised as a victim.",
        default).
reading(p10_victim_ground_authors, recognised_victim_side_only,
        "Only a recognised victim, private prosecutor or their representatives may rely on the victim's ground.",
        alternative).
reading(p23_new_law_conditions, same_conditions,
        "A co-convict who did not petition may be reviewed for a new mitigating law only if his actions are inextricably linked with those of a person the request concerns (the new law takes the place of the change of qualification of the previous sentence).",
        default).
reading(p23_new_law_conditions, new_law_alone,
        "A co-convict who did not petition may be reviewed whenever a new law cancelled or mitigated the responsibility for his act.",
        alternative).
reading(p12_suspension_request, request_filed,
        "Execution may be suspended only of an act against which a petition, protest or submission is pending (not returned), as paragraph 12 says.",
        default).
reading(p12_suspension_request, called_up_for_checking,
        "Execution may be suspended of any act whose case the Chairman or the Prosecutor General called up for checking in cassation, together with calling it up, before any protest is brought (CPC art. 493, art. 486 parts 3-4).",
        alternative).
reading(p24_worsening_cases, closed_list,
        "Only the three listed cases allow a worsening change without a new trial.",
        default).
reading(p24_worsening_cases, open_list,
        "The three cases are examples; other worsening changes on the prosecutor's protest or the victim's petition are allowed without a new trial too.",
        alternative).

:- dynamic selected/2.

%!  reading_selected(?Passage, ?Reading) is nondet.
%
%   Reading is the reading of Passage in force for the current question:
%   the selected one, or else the default.

reading_selected(Passage, Reading) :-
    ambiguous_passage(Passage, _, _, _),
    (   selected(Passage, Chosen)
    ->  Reading = Chosen
    ;   reading(Passage, Reading, _, default)
    ).

%!  select_reading(+Passage, +Reading) is det.
%
%   Use Reading for Passage until clear_readings/0.  Throws
%   `error(existence_error(reading, Passage=Reading), _)` if there is no
%   such reading.

select_reading(Passage, Reading) :-
    must_be(atom, Passage),
    must_be(atom, Reading),
    (   reading(Passage, Reading, _, _)
    ->  retractall(selected(Passage, _)),
        assertz(selected(Passage, Reading))
    ;   throw(error(existence_error(reading, Passage=Reading), _))
    ).

%!  clear_readings is det.
%
%   Back to the default reading of every passage.

clear_readings :-
    retractall(selected(_, _)).
