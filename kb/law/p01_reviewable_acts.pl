:- encoding(utf8).
:- module(p01_reviewable_acts,
          [ considered_on_appeal/1,             % ?Act
            act_of_484_part_one/1,              % ?Act
            appeal_concerning/2,                % ?Appeal, ?Act
            personal_appeal_requirement_met/2,  % ?Person, ?Act
            cancelled_on_appeal/1               % ?Act
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module(readings).
:- use_module(p04_requests).

/** <module> Paragraph 1: which acts are reviewable, and the personal appeal

Resolution No. 5, paragraph 1; CPC art. 484 part 1.  First-instance acts
that entered into force after consideration by the court of appeal, and
appellate acts, may be reviewed in cassation; a first-instance act whose
appeals were withdrawn was not considered on appeal.  A participant may
petition only if he personally appealed, or his defence counsel,
representative or legal representative appealed in his interests; an
appeal heard on other participants' complaints or on the prosecutor's
protest does not count.

The exemption of persons who took no part in the previous instances is a
rule of paragraph 3 placed here, beside the requirement it relaxes; it
depends on a reading of a garbled sentence (readings.pl).
*/

template(considered_on_appeal(act),
         "{act} was considered by the court of appeal").

%!  considered_on_appeal(?Act) is nondet.
%
%   The first-instance Act was considered by the court of appeal.

rule(p1_considered_on_appeal,
     source(1, ['CPC art. 484 part 1'],
            "In the case of withdrawal of appeals in accordance with the procedure, established by the law, judicial acts of the court of first instance shall not be subject to review by the cassation instance, as they have not been considered in the court of appeal."),
     ( considered_on_appeal(Act) :-
           judicial_act(Act, _Kind, first_instance),
           appeal(Appeal, _Appellant, Act),
           \+ appeal_withdrawn(Appeal),
           \+ appeal_returned(Appeal),
           appeal_outcome(Appeal, _Outcome) )).

rule(p1_appellate_act_rendered_on_act,
     source(1, ['CPC art. 484 part 1'],
            "verdicts and decisions of courts of first instance that have entered into legal force after consideration by the court of appeal"),
     ( considered_on_appeal(Act) :-
           judicial_act(Act, _Kind, first_instance),
           appellate_review_of(_AppellateAct, Act) )).

template(act_of_484_part_one(act),
         "{act} is an act of CPC art. 484 part 1 (a first-instance act reviewed on appeal, or an appellate act), in force").

%!  act_of_484_part_one(?Act) is nondet.
%
%   Act is a judicial act of CPC art. 484 part 1: a first-instance act in
%   force after appellate consideration, or an appellate act in force.

rule(p1_first_instance_after_appeal,
     source(1, ['CPC art. 484 part 1'],
            "verdicts and decisions of courts of first instance that have entered into legal force after consideration by the court of appeal"),
     ( act_of_484_part_one(Act) :-
           judicial_act(Act, _Kind, first_instance),
           entered_into_force(Act, _Date),
           considered_on_appeal(Act),
           \+ cancelled_on_appeal(Act) )).

template(cancelled_on_appeal(act),
         "the court of appeal cancelled {act}").

%!  cancelled_on_appeal(?Act) is nondet.
%
%   The court of appeal cancelled the first-instance Act on an appeal
%   (`appeal_outcome(Appeal, cancelled)`): a cancelled act never enters
%   into force "after consideration by the court of appeal"; the appellate
%   act that replaced it is the one reviewable in cassation.

rule(p1_cancelled_on_appeal,
     source(1, ['CPC art. 484 part 1'],
            "verdicts and decisions of courts of first instance that have entered into legal force after consideration by the court of appeal"),
     ( cancelled_on_appeal(Act) :-
           appeal(Appeal, _Appellant, Act),
           \+ appeal_withdrawn(Appeal),
           \+ appeal_returned(Appeal),
           appeal_outcome(Appeal, cancelled) )).

rule(p1_appellate_act,
     source(1, ['CPC art. 484 part 1'],
            "as well as sentences and decisions of appellate courts may be reviewed"),
     ( act_of_484_part_one(Act) :-
           judicial_act(Act, _Kind, appellate),
           entered_into_force(Act, _Date) )).

template(appeal_concerning(appeal, act),
         "the appeal {appeal} concerns {act}").

%!  appeal_concerning(?Appeal, ?Act) is nondet.
%
%   Appeal was brought against Act, or against the first-instance act on
%   which the appellate Act was rendered.

rule(p1_appeal_against_act,
     source(1, ['CPC art. 484 part 1'],
            "for a personal appeal to the court of appeal"),
     ( appeal_concerning(Appeal, Act) :-
           appeal(Appeal, _Appellant, Act) )).

rule(p1_appeal_decided_by_act,
     source(1, ['CPC art. 484 part 1'],
            "for a personal appeal to the court of appeal"),
     ( appeal_concerning(Appeal, Act) :-
           appellate_review_of(Act, FirstInstanceAct),
           appeal(Appeal, _Appellant, FirstInstanceAct) )).

template(personal_appeal_requirement_met(person, act),
         "{person} meets the requirement of a personal appeal against {act} (CPC art. 484)").

%!  personal_appeal_requirement_met(?Person, ?Act) is nondet.
%
%   Person satisfies the requirement of CPC art. 484 of a personal appeal
%   to the court of appeal against Act, as paragraph 1 explains it.

rule(p1_own_appeal,
     source(1, ['CPC art. 484 part 1'],
            "If the consideration of the case at the appellate court took place on the basis of complaints from other participants in the proceedings or against the protest of the prosecutor, this does not mean that the author of the petition complied with the requirements of article 484 of the CPC for a personal appeal to the court of appeal."),
     ( personal_appeal_requirement_met(Person, Act) :-
           appeal_concerning(Appeal, Act),
           appeal(Appeal, Person, _AppealedAct),
           \+ appeal_withdrawn(Appeal),
           \+ appeal_returned(Appeal) )).

rule(p1_appeal_by_defender_of_convicted,
     source(1, ['CPC art. 484 part 1', 'CPC art. 414 part 1'],
            "In cases where the court of appeal considers appeals of the defense counsel, representative or legal representative in the interests of the convicted (acquitted)"),
     ( personal_appeal_requirement_met(Person, Act) :-
           participant(Person, Role),
           memberchk(Role, [convicted, acquitted]),
           acts_for(Agent, Person),
           participant(Agent, AgentRole),
           memberchk(AgentRole, [defence_counsel, representative, legal_representative]),
           appeal_concerning(Appeal, Act),
           appeal(Appeal, Agent, _AppealedAct),
           \+ appeal_withdrawn(Appeal),
           \+ appeal_returned(Appeal) )).

rule(p1_appeal_by_representative_of_victim,
     source(1, ['CPC art. 484 part 1', 'CPC art. 414 part 1'],
            "or representative or legal representative in the interests of the injured, the petitions filed by the convicted (acquitted) or victims shall be reviewed in cassation procedure, notwithstanding their personal appeal to the court of appeal."),
     ( personal_appeal_requirement_met(Person, Act) :-
           participant(Person, Role),
           memberchk(Role, [victim, private_prosecutor]),
           acts_for(Agent, Person),
           participant(Agent, AgentRole),
           memberchk(AgentRole, [representative, legal_representative]),
           appeal_concerning(Appeal, Act),
           appeal(Appeal, Agent, _AppealedAct),
           \+ appeal_withdrawn(Appeal),
           \+ appeal_returned(Appeal) )).

rule(p3_took_no_part_earlier_exempt,
     source(3, ['CPC art. 414 part 1', 'CPC art. 484 part 1'],
            "in those cases when they did not participate in the consideration of the case in previous judicial instances, but subject to the requirement that the sentence be reviewed, the decision on appeal"),
     ( personal_appeal_requirement_met(Person, Act) :-
           took_no_part_earlier(Person),
           reading_selected(p3_took_no_part_earlier, exempt_if_reviewed_on_appeal),
           act_of_484_part_one(Act) )).

rule(p1_principal_appealed,
     source(1, ['CPC art. 484 part 1', 'CPC art. 414 part 1'],
            "In cases where the court of appeal considers appeals of the defense counsel, representative or legal representative in the interests of the convicted (acquitted)"),
     ( personal_appeal_requirement_met(Agent, Act) :-
           reading_selected(p1_agent_petition, principal_appeal_serves_agent),
           acts_for(Agent, Principal),
           participant(Agent, AgentRole),
           memberchk(AgentRole, [defence_counsel, representative, legal_representative]),
           appeal_concerning(Appeal, Act),
           appeal(Appeal, Principal, _AppealedAct),
           \+ appeal_withdrawn(Appeal),
           \+ appeal_returned(Appeal) )).

% Another agent of the same principal appealed: counsel Ә's appeal is
% the convict's under ¶1, so it serves his legal representative's or
% second counsel's petition as his own appeal would (p1_principal_appealed).
rule(p1_fellow_agent_appealed,
     source(1, ['CPC art. 484 part 1', 'CPC art. 414 part 1'],
            "In cases where the court of appeal considers appeals of the defense counsel, representative or legal representative in the interests of the convicted (acquitted)"),
     ( personal_appeal_requirement_met(Agent, Act) :-
           reading_selected(p1_agent_petition, principal_appeal_serves_agent),
           acts_for(Agent, Principal),
           participant(Agent, AgentRole),
           memberchk(AgentRole, [defence_counsel, representative, legal_representative]),
           appeal_concerning(Appeal, Act),
           appeal(Appeal, Other, _AppealedAct),
           Other \== Agent,
           acts_for(Other, Principal),
           participant(Other, OtherRole),
           memberchk(OtherRole, [defence_counsel, representative, legal_representative]),
           \+ appeal_withdrawn(Appeal),
           \+ appeal_returned(Appeal) )).

rule(p1_appellate_act_turned_against_petitioner,
     source(1, ['CPC art. 484 part 1', 'CPC art. 31 part 2'],
            "as well as sentences and decisions of appellate courts may be reviewed"),
     ( personal_appeal_requirement_met(Person, Act) :-
           reading_selected(p1_appellate_act_against_petitioner, exempt_if_outcome_turned_against),
           judicial_act(Act, _Kind, appellate),
           appellate_review_of(Act, FirstInstanceAct),
           outcome_turned_against(Person, FirstInstanceAct, Act) )).

template(outcome_turned_against(person, first_instance_act, appellate_act),
         "{appellate_act} turned the outcome of {first_instance_act} against {person}").

%!  outcome_turned_against(?Person, ?FirstInstanceAct, ?AppellateAct) is nondet.
%
%   The AppellateAct, rendered on FirstInstanceAct, decided against Person
%   what the first instance had decided for him: it convicted a defendant
%   acquitted (or whose case was terminated) at trial, or acquitted (or
%   terminated the case of) a defendant convicted at trial, against the
%   victim.  No appeal of Person could have served him against it.

rule(p1_convicted_on_appeal,
     source(1, ['CPC art. 484 part 1', 'CPC art. 31 part 2'],
            "as well as sentences and decisions of appellate courts may be reviewed"),
     ( outcome_turned_against(Person, FirstInstanceAct, AppellateAct) :-
           act_outcome(FirstInstanceAct, Before),
           memberchk(Before, [acquittal, termination]),
           act_outcome(AppellateAct, conviction),
           convicted_side(Person) )).

template(convicted_side(person),
         "{person} is a convicted person, or acts in the interests of one").

%!  convicted_side(?Person) is nondet.
%
%   Person is convicted, or the counsel or representative of a convicted
%   person: of the defendants acquitted at trial, only one the appellate
%   act convicted can say it turned the outcome against him (a
%   co-defendant who stays acquitted cannot).

rule(p1_convicted_himself,
     source(1, ['CPC art. 484 part 1', 'CPC art. 31 part 2'],
            "as well as sentences and decisions of appellate courts may be reviewed"),
     ( convicted_side(Person) :-
           participant(Person, convicted) )).

rule(p1_acting_for_convicted,
     source(1, ['CPC art. 484 part 1', 'CPC art. 414 part 1'],
            "as well as sentences and decisions of appellate courts may be reviewed"),
     ( convicted_side(Person) :-
           acts_for(Person, Convict),
           participant(Convict, convicted) )).

rule(p1_acquitted_on_appeal,
     source(1, ['CPC art. 484 part 1', 'CPC art. 31 part 2'],
            "as well as sentences and decisions of appellate courts may be reviewed"),
     ( outcome_turned_against(Person, FirstInstanceAct, AppellateAct) :-
           act_outcome(FirstInstanceAct, conviction),
           act_outcome(AppellateAct, After),
           memberchk(After, [acquittal, termination]),
           victim_side(Person) )).
