:- encoding(utf8).
:- module(p04_time_limits,
          [ filing_time_limit/2,                % ?Request, ?Limit
            last_day_to_file/2,                 % ?Request, ?Date
            return_without_consideration/2,     % ?Request, ?Reason
            return_to_cure_defects/2,           % ?Request, ?Defect
            petition_disposition/2,             % ?Request, ?Disposition
            direct_petition/1                   % ?Request
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module('../engine/calendar').
:- use_module(p01_reviewable_acts).
:- use_module(p02_restricted_route).
:- use_module(p03_petitioners).
:- use_module(readings).
:- reexport(p04_requests, [cassation_request/3, request_direction/2]).
:- use_module(p04_requests, [protest_of_other_prosecutor/1]).

% Later paragraphs (11, 13, 15, 22) add grounds for returning a request.
:- multifile return_without_consideration/2, return_to_cure_defects/2.

/** <module> Paragraph 4: time limits, and what becomes of a request

Resolution No. 5, paragraph 4; CPC art. 487, art. 489 part 1.  On receipt
of a petition, protest or submission the court checks the time limits of
art. 487: a request that would worsen the position of the convicted or
acquitted person (or attacks an acquittal or a termination) must be
received within one year of the act's entry into force; one that would
improve it is not limited in time.  A late request is returned without
consideration.

petition_disposition/2 also gathers the returns that paragraphs 1 and 3
call for (act not open to petition, no right to petition, no personal
appeal, a non-participant's petition that does not state how the act
affects him) and otherwise sends the request on: a petition to the judge's
preliminary consideration, a protest or submission to the cassation court.
*/

template(filing_time_limit(request, limit),
         "{request} must be filed within the limit: {limit}").

%!  filing_time_limit(?Request, ?Limit) is nondet.
%
%   Request must be filed within Limit: `one_year` of the act's entry
%   into force (CPC art. 487 part 2) or `unlimited` (art. 487 part 1).

rule(p4_worsening_within_one_year,
     source(4, ['CPC art. 487 part 2'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( filing_time_limit(Request, one_year) :-
           cassation_request(Request, _Author, _Act),
           request_direction(Request, worsening) )).

rule(p4_acquittal_within_one_year,
     source(4, ['CPC art. 487 part 2'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( filing_time_limit(Request, one_year) :-
           cassation_request(Request, _Author, Act),
           act_outcome(Act, acquittal),
           reading_selected(p4_acquittal_time_limit, every_request) )).

rule(p4_termination_within_one_year,
     source(4, ['CPC art. 487 part 2'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( filing_time_limit(Request, one_year) :-
           cassation_request(Request, _Author, Act),
           act_outcome(Act, termination),
           reading_selected(p4_acquittal_time_limit, every_request) )).

rule(p4_improvement_unlimited,
     source(4, ['CPC art. 487 part 1'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( filing_time_limit(Request, unlimited) :-
           cassation_request(Request, _Author, _Act),
           request_direction(Request, improvement),
           \+ filing_time_limit(Request, one_year) )).

template(last_day_to_file(request, date),
         "the last day on which {request} could be received is {date}").

%!  last_day_to_file(?Request, ?Date) is nondet.
%
%   Request is bound by the year of CPC art. 487 part 2, whose last day is
%   Date: the same day a year after the contested act entered into force
%   (a request received on that day is in time; the term cannot be
%   restored).

rule(p4_last_day_of_the_year,
     source(4, ['CPC art. 487 part 2'],
            "Failure to comply with the time limit indicated in part two of article 487 of the CPC should be the grounds for making a decision on the return of the petition, protest, plea without consideration."),
     ( last_day_to_file(Request, LastDay) :-
           cassation_request(Request, _Author, Act),
           filing_time_limit(Request, one_year),
           entered_into_force(Act, InForce),
           one_year_later(InForce, LastDay) )).

template(return_without_consideration(request, reason),
         "{request} is returned without consideration: {reason}").

%!  return_without_consideration(?Request, ?Reason) is nondet.
%
%   Request is to be returned without consideration for Reason.

rule(p4_return_late,
     source(4, ['CPC art. 487 part 2', 'CPC art. 489 part 1 item 3'],
            "Failure to comply with the time limit indicated in part two of article 487 of the CPC should be the grounds for making a decision on the return of the petition, protest, plea without consideration."),
     ( return_without_consideration(Request, time_limit_expired) :-
           cassation_request(Request, _Author, Act),
           filing_time_limit(Request, one_year),
           entered_into_force(Act, InForce),
           one_year_later(InForce, LastDay),
           filed_on(Request, Filed),
           date_before(LastDay, Filed) )).

rule(p1_return_act_not_open_to_petition,
     source(1, ['CPC art. 484 part 1', 'CPC art. 484 part 3', 'CPC art. 486 part 1', 'CPC art. 489 part 1 item 2'],
            "judicial acts of the court of first instance shall not be subject to review by the cassation instance"),
     ( return_without_consideration(Request, act_not_open_to_petition) :-
           petition(Request, _Petitioner, Act),
           \+ cassation_route(Act, petition) )).

rule(p3_return_no_right_to_petition,
     source(3, ['CPC art. 486 part 1', 'CPC art. 489 part 1 item 2'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( return_without_consideration(Request, no_right_to_petition) :-
           petition(Request, Petitioner, Act),
           cassation_route(Act, petition),
           \+ entitled_participant(Petitioner, Act, _Scope),
           \+ affected_non_participant(Petitioner, Act) )).

rule(p1_return_no_personal_appeal,
     source(1, ['CPC art. 484 part 1', 'CPC art. 489 part 1'],
            "this does not mean that the author of the petition complied with the requirements of article 484 of the CPC for a personal appeal to the court of appeal"),
     ( return_without_consideration(Request, no_personal_appeal) :-
           petition(Request, Petitioner, Act),
           cassation_route(Act, petition),
           entitled_participant(Petitioner, Act, _Scope),
           \+ personal_appeal_requirement_met(Petitioner, Act) )).

rule(p3_return_representative_after_majority,
     source(3, ['CPC art. 486 part 1', 'CPC art. 489 part 1 item 2'],
            "The legal representative of a convicted minor has the right to file a motion for judicial acts that have entered into legal force only until the convicted person reaches the age of majority"),
     ( return_without_consideration(Request, no_right_to_petition) :-
           petition(Request, Petitioner, _Act),
           participant(Petitioner, legal_representative),
           acts_for(Petitioner, Convicted),
           participant(Convicted, convicted),
           majority_reached_on(Convicted, Majority),
           filed_on(Request, Filed),
           date_on_or_before(Majority, Filed),
           \+ representation_outlives_majority(Petitioner, Convicted) )).

rule(p3_return_protest_of_other_prosecutor,
     source(3, ['CPC art. 486 part 2', 'CPC art. 489 part 1 item 2'],
            "the protest of the Prosecutor General, made by them both on their own initiative and at the request of the persons referred to in the first part of article 486 of the CPC"),
     ( return_without_consideration(Request, no_right_to_protest) :-
           protest(Request, _Act),
           protest_of_other_prosecutor(Request) )).

rule(p3_return_act_not_reviewable,
     source(3, ['CPC art. 484', 'CPC art. 486 part 2', 'CPC art. 489 part 1 item 2'],
            "the protest of the Prosecutor General, made by them both on their own initiative and at the request of the persons referred to in the first part of article 486 of the CPC, on the grounds provided for by article 485 of the CPC."),
     ( return_without_consideration(Request, act_not_reviewable_in_cassation) :-
           cassation_request(Request, _Author, Act),
           \+ petition(Request, _Petitioner, Act),
           \+ reviewable_in_cassation(Act) )).

template(return_to_cure_defects(request, defect),
         "{request} is returned to cure the defect: {defect}").

%!  return_to_cure_defects(?Request, ?Defect) is nondet.
%
%   Request is returned so that Defect can be cured; it may be filed
%   again.

rule(p3_non_participant_must_state_interests,
     source(3, ['CPC art. 488 part 1', 'CPC art. 489 part 1 item 1'],
            "The petitions of persons who are not participants in the process should indicate to what extent the judicial act affects their rights and legitimate interests"),
     ( return_to_cure_defects(Request, affected_interests_not_stated) :-
           petition(Request, Petitioner, Act),
           affected_non_participant(Petitioner, Act),
           \+ petition_states_affected_interests(Request) )).

template(petition_disposition(request, disposition),
         "the disposition of {request}: {disposition}").

%!  petition_disposition(?Request, ?Disposition) is nondet.
%
%   Disposition is what becomes of the petition, protest or submission
%   Request on receipt: `return_without_consideration(Reason)`,
%   `return_to_cure_defects(Defect)`, `preliminary_consideration` (a
%   petition goes to a judge, CPC art. 490) or
%   `considered_by_cassation_court` (a protest or submission, and the
%   petition of a person sentenced to death or life imprisonment or of his
%   counsel, go to the
%   court directly, CPC art. 490 part 4).

rule(p4_disposition_return,
     source(4, ['CPC art. 489 part 1'],
            "should be the grounds for making a decision on the return of the petition, protest, plea without consideration"),
     ( petition_disposition(Request, return_without_consideration(Reason)) :-
           return_without_consideration(Request, Reason) )).

rule(p13_disposition_cure_defects,
     source(13, ['CPC art. 488 part 1', 'CPC art. 489 part 2', 'CPC art. 489 part 3'],
            "If these requirements are not met, they will be returned to the authors within three days by a letter from the cassation judge to eliminate the deficiencies."),
     ( petition_disposition(Request, return_to_cure_defects(Defect)) :-
           return_to_cure_defects(Request, Defect),
           \+ return_without_consideration(Request, _Reason) )).

rule(p3_disposition_preliminary_consideration,
     source(3, ['CPC art. 490', 'CPC art. 491 part 1'],
            "Consideration of a case in the cassation instance shall be carried out upon receipt of a judge’s decision to transfer the petition with the case for consideration at the hearing of the cassation instance if there are grounds for reviewing judicial acts"),
     ( petition_disposition(Request, preliminary_consideration) :-
           petition(Request, _Petitioner, _Act),
           \+ direct_petition(Request),
           \+ return_without_consideration(Request, _Reason),
           \+ return_to_cure_defects(Request, _Defect) )).

template(direct_petition(request),
         "{request} is the petition of a person sentenced to death or to life imprisonment, or of his defence counsel, which the cassation court considers directly").

%!  direct_petition(?Request) is nondet.
%
%   Request is a petition that skips the judge's preliminary
%   consideration: CPC art. 490 part 4 excludes from arts. 490-491 "the
%   petitions of persons sentenced to death or life imprisonment, or of
%   their defence counsel", which the cassation court considers directly.
%   Paragraph 3 names only the protest and the submission beside the
%   judge's transfer; the article, which the rules of ¶3 cite, adds these.

rule(p3_direct_petition_of_convict,
     source(3, ['CPC art. 490 part 4'],
            "Consideration of a case in the cassation instance shall be carried out upon receipt of a judge’s decision to transfer the petition with the case for consideration at the hearing of the cassation instance"),
     ( direct_petition(Request) :-
           petition(Request, Petitioner, _Act),
           sentenced_to_death_or_life(Petitioner) )).

rule(p3_direct_petition_of_counsel,
     source(3, ['CPC art. 490 part 4'],
            "Consideration of a case in the cassation instance shall be carried out upon receipt of a judge’s decision to transfer the petition with the case for consideration at the hearing of the cassation instance"),
     ( direct_petition(Request) :-
           petition(Request, Petitioner, _Act),
           participant(Petitioner, defence_counsel),
           acts_for(Petitioner, Convict),
           sentenced_to_death_or_life(Convict) )).

rule(p3_disposition_direct_petition,
     source(3, ['CPC art. 490 part 4', 'CPC art. 492 part 1'],
            "Consideration of a case in the cassation instance shall be carried out upon receipt of a judge’s decision to transfer the petition with the case for consideration at the hearing of the cassation instance"),
     ( petition_disposition(Request, considered_by_cassation_court) :-
           direct_petition(Request),
           \+ return_without_consideration(Request, _Reason),
           \+ return_to_cure_defects(Request, _Defect) )).

rule(p3_disposition_protest_or_submission,
     source(3, ['CPC art. 490 part 4', 'CPC art. 492 part 1'],
            "as well as the representation of the Chairman of the Supreme Court, the protest of the Prosecutor General"),
     ( petition_disposition(Request, considered_by_cassation_court) :-
           cassation_request(Request, Author, _Act),
           memberchk(Author, [prosecutor_general, chairman_of_supreme_court]),
           \+ return_without_consideration(Request, _Reason),
           \+ return_to_cure_defects(Request, _Defect) )).
