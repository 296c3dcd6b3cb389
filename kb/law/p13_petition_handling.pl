:- encoding(utf8).
:- module(p13_petition_handling,
          [ return_form/2,                      % ?Request, ?Form
            return_within_days/2,               % ?Request, ?Days
            may_be_refiled/1,                   % ?Request
            repeated_petition/2,                % ?Request, ?Kind
            review_on_other_grounds/1,          % ?Request
            preliminary_decision/2,             % ?Request, ?Decision
            decision_must_contain/2,            % ?Decision, ?Item
            worsening_request_barred/2,         % ?Request, ?Reason
            request_left_unsatisfied/2          % ?Request, ?Reason
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module(p04_time_limits).
:- use_module(p05_grounds).
:- use_module(p11_jury).

/** <module> Paragraphs 13-15: handling petitions (CPC arts. 488-491)

Paragraph 13: a petition, protest or submission that does not meet CPC
art. 488 is returned by letter within three days to cure the defects, and
may be filed again; a late or withdrawn one (art. 489 part 1 items 3-4) is
returned by a judge's decision after preliminary consideration.
Paragraph 14: what the judge's decision to transfer the petition with the
case to the hearing, or to refuse the transfer, must contain.
Paragraph 15: a petition on grounds already considered is repeated and is
returned (art. 489 part 1 item 6); so is a petition of another defence
counsel of the same person on the same grounds, on which the judge refuses
the transfer; a petition on other grounds is transferred.

Paragraph 11's bar on worsening in jury cases (art. 666) is applied here
to requests: a petition seeking to worsen is refused transfer (CPC art. 491
part 1 item 2), a protest or submission is left unsatisfied (art. 494
part 7 item 1).  Art. 489 part 1 lists no such ground of return.
*/

rule(p13_art_488_not_met,
     source(13, ['CPC art. 488', 'CPC art. 489 part 1 item 1'],
            "The structure and content of petitions, protests, pleas on review of a final judgment, court decisions, should meet the requirements of article 488 of the CPC."),
     ( p04_time_limits:return_to_cure_defects(Request, art_488(Defect)) :-
           cassation_request(Request, _Author, _Act),
           defect_under_art_488(Request, Defect) )).

rule(p13_withdrawn,
     source(13, ['CPC art. 488 part 6', 'CPC art. 489 part 1 item 4'],
            "In cases provided for in paragraphs 3) and 4) of part one article 489 of the CPC, by results of preliminary consideration of the petition, the judge shall bring the decision."),
     ( p04_time_limits:return_without_consideration(Request, withdrawn) :-
           cassation_request(Request, _Author, _Act),
           request_withdrawn(Request) )).

template(worsening_request_barred(request, reason),
         "{request} seeks to worsen the position of the convicted or acquitted person, which is barred: {reason}").

%!  worsening_request_barred(?Request, ?Reason) is nondet.
%
%   Request seeks to worsen the defendant's position in a case where no
%   review may worsen it (art. 666 for jury cases, ¶11), and seeks nothing
%   else: a protest that also relies on the innocence of a convict is heard
%   on that, and only its worsening part is barred (worsening_barred/2 keeps
%   the court from any worsening).

rule(p11_worsening_request_barred,
     source(11, ['CPC art. 666'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( worsening_request_barred(Request, Reason) :-
           cassation_request(Request, _Author, Act),
           request_direction(Request, worsening),
           \+ request_direction(Request, improvement),
           worsening_barred(Act, Reason) )).

template(request_left_unsatisfied(request, reason),
         "the cassation court must leave the act unchanged and {request} unsatisfied: {reason}").

%!  request_left_unsatisfied(?Request, ?Reason) is nondet.
%
%   The protest or submission Request, which reaches the cassation court
%   without a judge's filter, must be left unsatisfied for Reason (CPC
%   art. 494 part 7 item 1).

rule(p15_protest_on_decided_grounds_unsatisfied,
     source(15, ['CPC art. 491 part 5', 'CPC art. 494 part 7 item 1'],
            "The petition, protest, entailing a repeated review in court of cassation of judicial acts, for which there is already a decision of the court of cassation, shall be subject to transfer and consideration at the court of cassation, but on other grounds."),
     ( request_left_unsatisfied(Request, repeated_petition(already_decided_by_cassation_court)) :-
           petition_disposition(Request, considered_by_cassation_court),
           repeated_petition(Request, already_decided_by_cassation_court) )).

rule(p11_protest_seeking_worsening_unsatisfied,
     source(11, ['CPC art. 666', 'CPC art. 494 part 7 item 1'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( request_left_unsatisfied(Request, worsening_barred(Reason)) :-
           petition_disposition(Request, considered_by_cassation_court),
           worsening_request_barred(Request, Reason) )).

rule(p15_repeated_petition_returned,
     source(15, ['CPC art. 489 part 1 item 6'],
            "In this case, the application must be regarded as repeated, and the decision provided for in paragraph 6) of part one of article 489 of the CPC."),
     ( p04_time_limits:return_without_consideration(Request, repeated_petition) :-
           repeated_petition(Request, same_person) )).

template(return_form(request, form),
         "{request} is returned by {form}").

%!  return_form(?Request, ?Form) is nondet.
%
%   Request is returned by Form: `letter_within_three_days` or
%   `judge_decision`.

rule(p13_defects_returned_by_letter,
     source(13, ['CPC art. 489 part 3'],
            "If these requirements are not met, they will be returned to the authors within three days by a letter from the cassation judge to eliminate the deficiencies."),
     ( return_form(Request, letter_within_three_days) :-
           return_to_cure_defects(Request, _Defect),
           \+ return_without_consideration(Request, _Reason) )).

rule(p13_late_or_withdrawn_by_decision,
     source(13, ['CPC art. 489 part 1 items 3-4', 'CPC art. 491 part 1 item 3'],
            "In cases provided for in paragraphs 3) and 4) of part one article 489 of the CPC, by results of preliminary consideration of the petition, the judge shall bring the decision."),
     ( return_form(Request, judge_decision) :-
           petition(Request, _Petitioner, _Act),
           return_without_consideration(Request, Reason),
           memberchk(Reason, [time_limit_expired, withdrawn]) )).

rule(p13_other_returns_by_letter,
     source(13, ['CPC art. 489 part 3'],
            "If these requirements are not met, they will be returned to the authors within three days by a letter from the cassation judge to eliminate the deficiencies."),
     ( return_form(Request, letter_within_three_days) :-
           return_without_consideration(Request, Reason),
           \+ memberchk(Reason, [time_limit_expired, withdrawn]),
           \+ return_form(Request, judge_decision) )).

template(return_within_days(request, days),
         "{request} must be returned within {days} days").

%!  return_within_days(?Request, ?Days) is nondet.
%
%   Request, returned by letter, must be returned within Days days of its
%   receipt (CPC art. 489 part 3).

rule(p13_three_days,
     source(13, ['CPC art. 489 part 3'],
            "they will be returned to the authors within three days by a letter from the cassation judge to eliminate the deficiencies"),
     ( return_within_days(Request, 3) :-
           return_form(Request, letter_within_three_days) )).

template(may_be_refiled(request),
         "{request} may be filed again once what caused its return is cured").

%!  may_be_refiled(?Request) is nondet.
%
%   Once what caused its return is cured -- its defects under art. 488
%   (item 1), or the author's lack of a right to file (item 2: a person
%   with the right may file) -- Request may be filed again on a common
%   basis (CPC art. 489 part 2).

rule(p13_refile_after_cure,
     source(13, ['CPC art. 489 part 2'],
            "In these cases, after removing the obstacles that served as the basis for the return of the petition, protest, plea, these persons shall be entitled to appeal again to the court of cassation on a common basis."),
     ( may_be_refiled(Request) :-
           return_to_cure_defects(Request, _Defect),
           \+ return_without_consideration(Request, _Reason) )).

rule(p13_refile_after_right_shown,
     source(13, ['CPC art. 489 part 1 item 2', 'CPC art. 489 part 2'],
            "In these cases, after removing the obstacles that served as the basis for the return of the petition, protest, plea, these persons shall be entitled to appeal again to the court of cassation on a common basis."),
     ( may_be_refiled(Request) :-
           return_without_consideration(Request, Reason),
           memberchk(Reason, [no_right_to_petition, no_right_to_protest]),
           \+ return_without_consideration(Request, time_limit_expired),
           \+ return_without_consideration(Request, repeated_petition) )).

template(repeated_petition(request, kind),
         "{request} is a repeated petition ({kind})").

%!  repeated_petition(?Request, ?Kind) is nondet.
%
%   Request repeats grounds already assessed.  The ground of return of
%   art. 489 part 1 item 6 is the grounds, not the petitioner: a judge's
%   refusal on the same arguments (earlier_refusal/4, recorded for the
%   earlier petitioner or for the person in whose interests he petitioned)
%   makes a repeated petition of the same person's, his own agent's (not
%   defence counsel) or, where the refusal was recorded for his agent, his
%   own (`same_person`, returned); a different defence counsel of the same
%   person is refused transfer instead (`other_defence_counsel`, ¶15 second
%   part).  Kind is `same_person` or
%   `other_defence_counsel` (a cassation judge's refusal), or
%   `already_decided_by_cassation_court` (a petition or protest on the
%   arguments the cassation court decided after a hearing).

rule(p15_same_grounds_already_assessed,
     source(15, ['CPC art. 489 part 1 item 6'],
            "the concept of considering a case on the same grounds that have already been considered should include cases where the previous decision of a cassation judge assessed the legality, objectivity, reliability and fairness of a judicial act"),
     ( repeated_petition(Request, same_person) :-
           petition(Request, Petitioner, Act),
           earlier_refusal(_Decision, Act, Petitioner, Arguments),
           request_arguments(Request, Arguments) )).

rule(p15_same_grounds_for_principal,
     source(15, ['CPC art. 489 part 1 item 6'],
            "the concept of considering a case on the same grounds that have already been considered should include cases where the previous decision of a cassation judge assessed the legality, objectivity, reliability and fairness of a judicial act"),
     ( repeated_petition(Request, same_person) :-
           petition(Request, Agent, Act),
           acts_for(Agent, Person),
           \+ participant(Agent, defence_counsel),
           earlier_refusal(_Decision, Act, Person, Arguments),
           request_arguments(Request, Arguments) )).

rule(p15_same_grounds_of_agent,
     source(15, ['CPC art. 489 part 1 item 6'],
            "the concept of considering a case on the same grounds that have already been considered should include cases where the previous decision of a cassation judge assessed the legality, objectivity, reliability and fairness of a judicial act"),
     ( repeated_petition(Request, same_person) :-
           petition(Request, Petitioner, Act),
           acts_for(Agent, Petitioner),
           earlier_refusal(_Decision, Act, Agent, Arguments),
           request_arguments(Request, Arguments) )).

rule(p15_other_defence_counsel,
     source(15, ['CPC art. 489 part 1 item 6', 'CPC art. 491 part 1 item 2'],
            "The repeated petitions should also be considered cases of appeal by different defense counsels in the interests of one and the same person, in the same case, for the same reasons and with the same justification as had previously been considered"),
     ( repeated_petition(Request, other_defence_counsel) :-
           petition(Request, Counsel, Act),
           participant(Counsel, defence_counsel),
           acts_for(Counsel, Person),
           earlier_refusal(_Decision, Act, Person, Arguments),
           request_arguments(Request, Arguments) )).

rule(p15_other_counsel_after_agent,
     source(15, ['CPC art. 489 part 1 item 6', 'CPC art. 491 part 1 item 2'],
            "The repeated petitions should also be considered cases of appeal by different defense counsels in the interests of one and the same person, in the same case, for the same reasons and with the same justification as had previously been considered"),
     ( repeated_petition(Request, other_defence_counsel) :-
           petition(Request, Counsel, Act),
           participant(Counsel, defence_counsel),
           acts_for(Counsel, Person),
           acts_for(Other, Person),
           Other \== Counsel,
           earlier_refusal(_Decision, Act, Other, Arguments),
           request_arguments(Request, Arguments) )).

template(review_on_other_grounds(request),
         "{request} seeks a repeated review of an act the cassation court has already decided, on other grounds").

%!  review_on_other_grounds(?Request) is nondet.
%
%   Request seeks a repeated review of an act on which the cassation court
%   has already decided after a hearing, but on other grounds: it is
%   transferred and considered if the grounds exist (¶15, third part).

rule(p15_other_grounds,
     source(15, ['CPC art. 491 part 5'],
            "The petition, protest, entailing a repeated review in court of cassation of judicial acts, for which there is already a decision of the court of cassation, shall be subject to transfer and consideration at the court of cassation, but on other grounds."),
     ( review_on_other_grounds(Request) :-
           cassation_request(Request, _Author, Act),
           cassation_court_decision(Decision, Act, _Outcome),
           decision_on_arguments(Decision, Earlier),
           request_arguments(Request, Now),
           Earlier \== Now )).

rule(p15_already_decided_by_cassation_court,
     source(15, ['CPC art. 491 part 5'],
            "shall be subject to transfer and consideration at the court of cassation, but on other grounds."),
     ( repeated_petition(Request, already_decided_by_cassation_court) :-
           cassation_request(Request, _Author, Act),
           cassation_court_decision(Decision, Act, _Outcome),
           decision_on_arguments(Decision, Arguments),
           request_arguments(Request, Arguments) )).

template(preliminary_decision(request, decision),
         "after preliminary consideration the judge decides on {request}: {decision}").

%!  preliminary_decision(?Request, ?Decision) is nondet.
%
%   After preliminary consideration, the judge decides on the petition
%   Request: `transfer_to_hearing` or `refusal_to_transfer(Reason)`.

rule(p14_transfer_to_hearing,
     source(14, ['CPC art. 491 part 1 item 1'],
            "The decision to transfer the petition with the case for consideration at the court of cassation, if there are grounds for reviewing the judicial acts"),
     ( preliminary_decision(Request, transfer_to_hearing) :-
           petition_disposition(Request, preliminary_consideration),
           \+ repeated_petition(Request, _Kind),
           \+ worsening_request_barred(Request, _Reason),
           ground_may_be_raised(Request, _Ground) )).

rule(p14_refusal_for_lack_of_grounds,
     source(14, ['CPC art. 491 part 1 item 2'],
            "In the decision on refusal to submit the petition for consideration by the court of cassation due to the lack of grounds for reviewing the judicial acts"),
     ( preliminary_decision(Request, refusal_to_transfer(no_grounds)) :-
           petition_disposition(Request, preliminary_consideration),
           \+ repeated_petition(Request, _Kind),
           \+ worsening_request_barred(Request, _Reason),
           \+ ground_may_be_raised(Request, _Ground) )).

rule(p11_refusal_worsening_petition,
     source(11, ['CPC art. 666', 'CPC art. 491 part 1 item 2'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( preliminary_decision(Request, refusal_to_transfer(worsening_barred(Reason))) :-
           petition_disposition(Request, preliminary_consideration),
           \+ repeated_petition(Request, _Kind),
           worsening_request_barred(Request, Reason) )).

rule(p15_refusal_repeated_by_other_counsel,
     source(15, ['CPC art. 491 part 1 item 2'],
            "with the judge deciding to refuse to transfer the motion with the case for consideration by the cassation instance"),
     ( preliminary_decision(Request, refusal_to_transfer(repeated_petition)) :-
           petition_disposition(Request, preliminary_consideration),
           repeated_petition(Request, other_defence_counsel) )).

rule(p15_refusal_already_decided,
     source(15, ['CPC art. 491 part 1 item 2', 'CPC art. 491 part 5'],
            "shall be subject to transfer and consideration at the court of cassation, but on other grounds."),
     ( preliminary_decision(Request, refusal_to_transfer(repeated_petition)) :-
           petition_disposition(Request, preliminary_consideration),
           repeated_petition(Request, already_decided_by_cassation_court) )).

template(decision_must_contain(decision, item),
         "a decision of {decision} must state the {item}").

%!  decision_must_contain(?Decision, ?Item) is nondet.
%
%   The judge's Decision (`transfer_to_hearing` or `refusal_to_transfer`)
%   must state Item.

rule(p14_circumstances_of_grounds,
     source(14, ['CPC art. 491 part 2', 'CPC art. 485'],
            "The judge’s decision based on the preliminary consideration of the petition must indicate the circumstances of the case, confirming the presence or absence of the grounds for reviewing judicial acts stipulated by article 485 of the CPC."),
     ( decision_must_contain(Decision, circumstances_confirming_presence_or_absence_of_grounds) :-
           member(Decision, [transfer_to_hearing, refusal_to_transfer]) )).

rule(p14_transfer_content,
     source(14, ['CPC art. 491 part 2', 'CPC art. 485 part 1'],
            "should contain as an indication of what exactly the violations of the constitutional rights and freedoms of citizens committed during the investigation or judicial review of the case, as well as violations of the criminal or criminal procedure laws (their incorrect application), and the motives for which they should be considered significant, affecting the outcome of the case, and entailing the ensuing of consequences described in paragraphs 1) to 8) of the first part of article 485 of the CPC."),
     ( decision_must_contain(transfer_to_hearing, Item) :-
           member(Item, [violations_found_of_constitutional_rights_or_of_criminal_or_procedure_law,
                         motives_why_significant_for_outcome, consequences_of_art_485_part_one]) )).

rule(p14_refusal_content,
     source(14, ['CPC art. 491 part 2 item 6'],
            "it is necessary to indicate the conclusions of the petitions, the reasons for the procedural decision, substantiated responses to the arguments of the application, which disputes the legality of the verdict, court decision."),
     ( decision_must_contain(refusal_to_transfer, Item) :-
           member(Item, [conclusions_of_the_petition, reasons_for_the_decision, responses_to_the_arguments]) )).
