:- encoding(utf8).
:- module(p03_petitioners,
          [ cassation_route/2,                  % ?Act, ?Route
            may_review/2,                       % ?Act, ?Petitioner
            entitled_participant/3,             % ?Person, ?Act, ?Scope
            affected_non_participant/2,         % ?Person, ?Act
            representation_outlives_majority/2  % ?Agent, ?Convicted
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module(readings).
:- use_module('../engine/calendar').
:- use_module(p01_reviewable_acts).
:- use_module(p02_restricted_route).

/** <module> Paragraph 3: who may ask for cassation review, and by which route

Resolution No. 5, paragraph 3; CPC art. 486, art. 414 parts 1 and 3.
A case reaches the cassation instance on a judge's decision to transfer a
petition, on the Chairman's submission or on the Prosecutor General's
protest.  A petition may be filed by the persons of CPC art. 414 part 1,
by other persons whose rights and legitimate interests the act affects
(mortgagor, owner of seized property, ...), by a person against whom a
private decision may lead to measures, and by the legal representative of
a convicted minor only until the convicted person comes of age.
*/

template(cassation_route(act, route),
         "{act} may be brought before the cassation instance by {route}").

%!  cassation_route(?Act, ?Route) is nondet.
%
%   Act may be brought before the cassation instance by Route: a
%   `petition` of a participant or affected person, a `protest` of the
%   Prosecutor General or a `submission` of the Chairman of the Supreme
%   Court.

rule(p1_route_petition,
     source(1, ['CPC art. 484 part 1', 'CPC art. 486 part 1'],
            "verdicts and decisions of courts of first instance that have entered into legal force after consideration by the court of appeal, as well as sentences and decisions of appellate courts may be reviewed"),
     ( cassation_route(Act, petition) :-
           act_of_484_part_one(Act),
           \+ restricted_to_protest_or_submission(Act) )).

rule(p3_route_protest,
     source(3, ['CPC art. 486 part 2'],
            "the protest of the Prosecutor General, made by them both on their own initiative and at the request of the persons referred to in the first part of article 486 of the CPC"),
     ( cassation_route(Act, protest) :-
           reviewable_in_cassation(Act) )).

rule(p3_route_submission,
     source(3, ['CPC art. 486 part 2'],
            "as well as the representation of the Chairman of the Supreme Court"),
     ( cassation_route(Act, submission) :-
           reviewable_in_cassation(Act) )).

template(may_review(act, petitioner),
         "{act} may be reviewed in cassation at the request of {petitioner}").

%!  may_review(?Act, ?Petitioner) is nondet.
%
%   Act may be reviewed in cassation at the request of Petitioner (a
%   person of the case, `prosecutor_general` or
%   `chairman_of_supreme_court`).  Time limits are a separate question:
%   see petition_disposition/2.

rule(p3_petition_of_participant,
     source(3, ['CPC art. 486 part 1', 'CPC art. 414 part 1', 'CPC art. 484 part 1'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( may_review(Act, Person) :-
           cassation_route(Act, petition),
           entitled_participant(Person, Act, _Scope),
           personal_appeal_requirement_met(Person, Act) )).

rule(p3_petition_of_affected_person,
     source(3, ['CPC art. 486 part 1', 'CPC art. 414 part 3'],
            "other persons, who have the right to petition for the review of judicial acts in so far as they affect their rights and legitimate interests"),
     ( may_review(Act, Person) :-
           cassation_route(Act, petition),
           affected_non_participant(Person, Act) )).

rule(p3_protest_of_prosecutor_general,
     source(3, ['CPC art. 486 part 2', 'CPC art. 484 part 3 item 1'],
            "the protest of the Prosecutor General, made by them both on their own initiative and at the request of the persons referred to in the first part of article 486 of the CPC"),
     ( may_review(Act, prosecutor_general) :-
           cassation_route(Act, protest) )).

rule(p3_submission_of_chairman,
     source(3, ['CPC art. 486 part 2', 'CPC art. 484 part 3 item 2'],
            "as well as the representation of the Chairman of the Supreme Court"),
     ( may_review(Act, chairman_of_supreme_court) :-
           cassation_route(Act, submission) )).

template(entitled_participant(person, act, scope),
         "{person} is a person of CPC art. 414 part 1 and may petition against {act} as to the {scope}").

%!  entitled_participant(?Person, ?Act, ?Scope) is nondet.
%
%   Person is one of the persons of CPC art. 414 part 1 and may petition
%   against Act as to Scope (`whole_act` or `civil_claim_part`).

rule(p3_persons_of_414_part_one,
     source(3, ['CPC art. 414 part 1', 'CPC art. 486 part 1'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( entitled_participant(Person, _Act, whole_act) :-
           participant(Person, Role),
           memberchk(Role, [convicted, acquitted, defence_counsel, victim, private_prosecutor]) )).

rule(p3_representative_of_party,
     source(3, ['CPC art. 414 part 1', 'CPC art. 486 part 1'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( entitled_participant(Person, _Act, whole_act) :-
           participant(Person, representative),
           acts_for(Person, Principal),
           participant(Principal, Role),
           memberchk(Role, [convicted, acquitted, victim, private_prosecutor]) )).

rule(p3_legal_representative_of_party,
     source(3, ['CPC art. 414 part 1', 'CPC art. 486 part 1'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( entitled_participant(Person, _Act, whole_act) :-
           participant(Person, legal_representative),
           acts_for(Person, Principal),
           participant(Principal, Role),
           memberchk(Role, [acquitted, victim, private_prosecutor]) )).

rule(p3_civil_parties,
     source(3, ['CPC art. 414 part 1', 'CPC art. 486 part 1'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( entitled_participant(Person, _Act, civil_claim_part) :-
           participant(Person, Role),
           memberchk(Role, [civil_plaintiff, civil_defendant]) )).

rule(p3_representative_of_civil_party,
     source(3, ['CPC art. 414 part 1', 'CPC art. 486 part 1'],
            "Persons listed in part one of article 414 of the CPC, the right to file a motion for judicial acts that have entered into legal force"),
     ( entitled_participant(Person, _Act, civil_claim_part) :-
           participant(Person, AgentRole),
           memberchk(AgentRole, [representative, legal_representative]),
           acts_for(Person, Principal),
           participant(Principal, Role),
           memberchk(Role, [civil_plaintiff, civil_defendant]) )).

rule(p3_legal_representative_of_minor_convicted,
     source(3, ['CPC art. 486 part 1', 'CPC art. 414 part 1'],
            "The legal representative of a convicted minor has the right to file a motion for judicial acts that have entered into legal force only until the convicted person reaches the age of majority"),
     ( entitled_participant(Person, Act, whole_act) :-
           participant(Person, legal_representative),
           acts_for(Person, Convicted),
           participant(Convicted, convicted),
           \+ came_of_age_before_any_petition(Convicted, Person, Act) )).

template(came_of_age_before_any_petition(convicted, agent, act),
         "{convicted} came of age before {agent} petitioned against {act}").

%!  came_of_age_before_any_petition(?Convicted, ?Agent, ?Act) is nondet.
%
%   Convicted reached the age of majority (majority_reached_on/2), and his
%   legal representative Agent filed no petition against Act before that
%   day: the representative's right has ended.  A convict whose majority
%   date the case does not state is taken to be still a minor.

rule(p3_came_of_age,
     source(3, ['CPC art. 486 part 1'],
            "only until the convicted person reaches the age of majority"),
     ( came_of_age_before_any_petition(Convicted, Agent, Act) :-
           majority_reached_on(Convicted, Majority),
           \+ petitioned_before(Agent, Act, Majority),
           \+ representation_outlives_majority(Agent, Convicted) )).

template(petitioned_before(agent, act, date),
         "{agent} filed a petition against {act} before {date}").

rule(p3_petitioned_before_majority,
     source(3, ['CPC art. 486 part 1'],
            "only until the convicted person reaches the age of majority"),
     ( petitioned_before(Agent, Act, Date) :-
           petition(Petition, Agent, Act),
           filed_on(Petition, Filed),
           date_before(Filed, Date) )).

template(representation_outlives_majority(agent, convicted),
         "{agent} remains the legal representative of {convicted} after he comes of age, on other grounds provided for by law").

%!  representation_outlives_majority(?Agent, ?Convicted) is nondet.
%
%   Agent's right to petition as legal representative of Convicted does not
%   end when Convicted comes of age.

rule(p3_legal_representative_on_other_grounds,
     source(3, ['CPC art. 486 part 1', 'CPC art. 414 part 1'],
            "unless there are other grounds provided for by law for the person to participate in the case as the legal representative of the convicted"),
     ( representation_outlives_majority(Person, Convicted) :-
           participant(Person, legal_representative),
           acts_for(Person, Convicted),
           participant(Convicted, convicted),
           legal_representative_on_other_grounds(Person, Convicted) )).

template(affected_non_participant(person, act),
         "{person}, not a participant, may petition against {act} because it affects his rights and legitimate interests").

%!  affected_non_participant(?Person, ?Act) is nondet.
%
%   Person is not a participant but may petition against Act because it
%   affects his rights and legitimate interests.

rule(p3_other_affected_person,
     source(3, ['CPC art. 486 part 1', 'CPC art. 414 part 3'],
            "shall include persons who are not recognized in the established manner by certain participants in the process, but based on their actual provisions requiring judicial protection (mortgagor, person whose property has been seized, and others)"),
     ( affected_non_participant(Person, Act) :-
           rights_affected(Person, Act, _Capacity) )).

rule(p3_person_named_in_private_decision,
     source(3, ['CPC art. 486 part 1'],
            "The right to appeal to the court of cassation with a request to verify the legality of the issued private decision has a person with respect to whom measures may be applied that affect his rights and legitimate interests in connection with the circumstances specified in the private decision."),
     ( affected_non_participant(Person, Act) :-
           judicial_act(Act, private_decision, _Instance),
           affected_by_private_decision(Person, Act) )).
