:- encoding(utf8).
:- module(p02_restricted_route,
          [ restricted_to_protest_or_submission/1,      % ?Act
            reviewable_in_cassation/1,                  % ?Act
            route_grounds/3,                            % ?Act, ?Route, ?Grounds
            excluded_after_withdrawn_appeal/1           % ?Act
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module(p01_reviewable_acts).
:- use_module(readings).

/** <module> Paragraph 2: acts reviewable only on protest or submission

Resolution No. 5, paragraph 2; CPC art. 484 part 3, art. 485.  Acts whose
appeal procedure was not observed, and acts in cases of criminal
misconduct and crimes of minor gravity, may be reviewed in cassation only
on the protest of the Prosecutor General or the submission of the
Chairman of the Supreme Court, on the grounds of the relevant parts of
art. 485.

reviewable_in_cassation/1 gathers both routes: the acts of paragraph 1
(CPC art. 484 part 1) and the acts of this paragraph.
*/

template(restricted_to_protest_or_submission(act),
         "{act} may be reviewed only on the Prosecutor General's protest or the Chairman's submission").

%!  restricted_to_protest_or_submission(?Act) is nondet.
%
%   Act may be reviewed in cassation only on the Prosecutor General's
%   protest or the Chairman's submission (CPC art. 484 part 3).

rule(p2_appeal_procedure_not_observed,
     source(2, ['CPC art. 484 part 3'],
            "According to part three of article 484 of the CPC, judicial acts in case of non-observance of the appeal procedure for appealing them"),
     ( restricted_to_protest_or_submission(Act) :-
           judicial_act(Act, _Kind, first_instance),
           entered_into_force(Act, _Date),
           \+ considered_on_appeal(Act),
           \+ excluded_after_withdrawn_appeal(Act) )).

rule(p25_cassation_decision_on_protest_or_submission,
     source(25, ['CPC art. 484 part 4'],
            "the Supreme Court shall have the right to cancel or change the decisions made by the indicated instances"),
     ( restricted_to_protest_or_submission(Act) :-
           judicial_act(Act, _Kind, cassation),
           entered_into_force(Act, _Date) )).

template(excluded_after_withdrawn_appeal(act),
         "{act} is not subject to cassation review at all, its appeals having been withdrawn").

%!  excluded_after_withdrawn_appeal(?Act) is nondet.
%
%   Under the reading `not_reviewable_at_all` of ¶1, the first-instance Act
%   whose appeal was withdrawn, and no other appeal heard, may not be
%   reviewed in cassation by any route.

rule(p1_withdrawn_appeal_not_reviewable,
     source(1, ['CPC art. 484 part 1'],
            "In the case of withdrawal of appeals in accordance with the procedure, established by the law, judicial acts of the court of first instance shall not be subject to review by the cassation instance, as they have not been considered in the court of appeal."),
     ( excluded_after_withdrawn_appeal(Act) :-
           reading_selected(p1_withdrawn_appeal, not_reviewable_at_all),
           appeal(Appeal, _Appellant, Act),
           appeal_withdrawn(Appeal),
           \+ considered_on_appeal(Act) )).

rule(p2_minor_offence,
     source(2, ['CPC art. 484 part 2 item 1', 'CPC art. 484 part 3'],
            "as well as judicial acts in cases of criminal misconduct and crimes of minor gravity, can be reviewed in cassation only upon the protest of the General Prosecutor of the Republic of Kazakhstan"),
     ( restricted_to_protest_or_submission(Act) :-
           entered_into_force(Act, _Date),
           offence_category(Act, Category),
           memberchk(Category, [criminal_misconduct, minor_gravity]),
           \+ excluded_after_withdrawn_appeal(Act) )).

% The category belongs to the case: an appellate act that states none of
% its own has the category of the act it reviewed (one that requalified
% the offence states its own, and that one counts).
rule(p2_minor_offence_reviewed_on_appeal,
     source(2, ['CPC art. 484 part 2 item 1', 'CPC art. 484 part 3'],
            "as well as judicial acts in cases of criminal misconduct and crimes of minor gravity, can be reviewed in cassation only upon the protest of the General Prosecutor of the Republic of Kazakhstan"),
     ( restricted_to_protest_or_submission(Act) :-
           judicial_act(Act, _Kind, appellate),
           entered_into_force(Act, _Date),
           \+ offence_category(Act, _OwnCategory),
           appellate_review_of(Act, Reviewed),
           offence_category(Reviewed, Category),
           memberchk(Category, [criminal_misconduct, minor_gravity]) )).

template(reviewable_in_cassation(act),
         "{act} may be reviewed in cassation").

%!  reviewable_in_cassation(?Act) is nondet.
%
%   Act may be reviewed in cassation by at least one route.

rule(p1_reviewable_484_part_one,
     source(1, ['CPC art. 484 part 1'],
            "To clarify that in the cassation procedure in accordance with the norms of chapter 52 of the Criminal Procedure Code of the Republic of Kazakhstan (hereinafter referred to as the CPC), verdicts and decisions of courts of first instance that have entered into legal force after consideration by the court of appeal, as well as sentences and decisions of appellate courts may be reviewed."),
     ( reviewable_in_cassation(Act) :-
           act_of_484_part_one(Act) )).

rule(p2_reviewable_on_protest_or_submission,
     source(2, ['CPC art. 484 part 3'],
            "can be reviewed in cassation only upon the protest of the General Prosecutor of the Republic of Kazakhstan"),
     ( reviewable_in_cassation(Act) :-
           restricted_to_protest_or_submission(Act) )).

template(route_grounds(act, route, grounds),
         "on the route {route}, {act} may be reviewed on the grounds {grounds}").

%!  route_grounds(?Act, ?Route, ?Grounds) is nondet.
%
%   On Route (`protest`, `submission` or `petition`), Act may be reviewed
%   only on Grounds: `art_485` (any part) or `art_485_part_two`.

rule(p2_protest_grounds,
     source(2, ['CPC art. 484 part 3 item 1', 'CPC art. 485'],
            "subject to the grounds provided for by the relevant parts of article 485 of the CPC"),
     ( route_grounds(Act, protest, art_485) :-
           restricted_to_protest_or_submission(Act),
           \+ judicial_act(Act, _Kind, cassation) )).

% A decision of the cassation instance itself is reviewed on the Prosecutor
% General's protest only on the grounds of art. 485 part 2 (CPC art. 484
% part 4), as p3_protest_any_ground has it for the grounds a protest may
% raise.
rule(p2_cassation_decision_grounds,
     source(2, ['CPC art. 484 part 4', 'CPC art. 485 part 2'],
            "subject to the grounds provided for by the relevant parts of article 485 of the CPC"),
     ( route_grounds(Act, protest, art_485_part_two) :-
           restricted_to_protest_or_submission(Act),
           judicial_act(Act, _Kind, cassation) )).

rule(p2_submission_grounds,
     source(2, ['CPC art. 484 part 3 item 2', 'CPC art. 485 part 2'],
            "subject to the grounds provided for by the relevant parts of article 485 of the CPC"),
     ( route_grounds(Act, submission, art_485_part_two) :-
           restricted_to_protest_or_submission(Act) )).

rule(p3_grounds_of_art_485,
     source(3, ['CPC art. 485', 'CPC art. 486 part 2'],
            "as well as the representation of the Chairman of the Supreme Court, the protest of the Prosecutor General, made by them both on their own initiative and at the request of the persons referred to in the first part of article 486 of the CPC, on the grounds provided for by article 485 of the CPC."),
     ( route_grounds(Act, Route, art_485) :-
           act_of_484_part_one(Act),
           \+ restricted_to_protest_or_submission(Act),
           member(Route, [protest, submission]) )).

rule(p5_petition_grounds_of_part_one,
     source(5, ['CPC art. 485 part 1', 'CPC art. 486 part 1'],
            "entailed the onset of at least one of the consequences specified in part one of article 485 of the CPC"),
     ( route_grounds(Act, petition, art_485_part_one) :-
           act_of_484_part_one(Act),
           \+ restricted_to_protest_or_submission(Act) )).
