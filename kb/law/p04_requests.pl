:- encoding(utf8).
:- module(p04_requests,
          [ cassation_request/3,                % ?Request, ?Author, ?Act
            request_direction/2,                % ?Request, ?Direction
            ground_direction/2,                 % ?Ground, ?Direction
            defendant_side/1,                   % ?Person
            victim_side/1,                      % ?Person
            protest_of_other_prosecutor/1,      % ?Request
            ground_open_to_improvement/1        % ?Act
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module(readings).
:- use_module(p05_grounds, [cassation_ground/2]).

/** <module> Requests as the law sees them: who asks, and in which direction

A case reaches the cassation instance on a *request*: a participant's
petition (CPC art. 486 part 1), the Prosecutor General's protest or the
Chairman's submission (art. 486 part 2).  Whether a request is admissible,
within which time (art. 487), whether it may rely on a ground, whether a
jury verdict may be reviewed on it (art. 666) and whether the court may
worsen the convict's position on it (¶22, ¶24, ¶25) all turn on its
**direction**: does it seek to *improve* or to *worsen* the position of the
convicted or acquitted person?

request_direction/2 derives the direction where the law determines it:

  - *worsening*: the request says so (seeks_worsening/1); it names a
    worsening basis of ¶24 (worsening_basis/2); it relies on a ground that
    can only worsen (an unfounded acquittal or termination, an excessively
    lenient punishment: ground_direction/2); it attacks an acquittal or a
    termination and does not come from the defendant's side; or it does not
    come from the defendant's side and every ground that exists for the act
    can only worsen;
  - *improvement*: the request says so (seeks_improvement/1); it relies on a
    ground that can only improve (an innocent person convicted, an
    excessively severe punishment); it asks for a milder, acquitting or
    terminating decision, a new law or an amnesty (petition_subject/2); or
    it is the defendant's own petition, which cannot be turned to his
    detriment (CPC art. 31 part 3, ¶24).

Where none of these says which way a request goes, the direction is not
known and every answer that needs it says so (for instance the time limit
of art. 487).  A request may go both ways (a defendant relying on a
worsening ground): each consequence then follows from its own direction.
*/

template(cassation_request(request, author, act),
         "{request} is a request for cassation review by {author} against {act}").

%!  cassation_request(?Request, ?Author, ?Act) is nondet.
%
%   Request is a petition, protest or submission by Author against Act.
%   A protest is the Prosecutor General's unless protest_by/2 names another
%   prosecutor.

rule(p4_request_petition,
     source(4, ['CPC art. 486 part 1', 'CPC art. 488'],
            "Upon receipt of a petition, protest, submission to the court of cassation"),
     ( cassation_request(Request, Author, Act) :-
           petition(Request, Author, Act) )).

rule(p4_request_protest,
     source(4, ['CPC art. 486 part 2', 'CPC art. 488'],
            "Upon receipt of a petition, protest, submission to the court of cassation"),
     ( cassation_request(Request, prosecutor_general, Act) :-
           protest(Request, Act),
           \+ protest_of_other_prosecutor(Request) )).

rule(p4_request_protest_of_other_prosecutor,
     source(4, ['CPC art. 486 part 2', 'CPC art. 486 part 3', 'CPC art. 488'],
            "Upon receipt of a petition, protest, submission to the court of cassation"),
     ( cassation_request(Request, Prosecutor, Act) :-
           protest(Request, Act),
           protest_by(Request, Prosecutor),
           Prosecutor \== prosecutor_general )).

rule(p4_request_submission,
     source(4, ['CPC art. 486 part 2', 'CPC art. 488'],
            "Upon receipt of a petition, protest, submission to the court of cassation"),
     ( cassation_request(Request, chairman_of_supreme_court, Act) :-
           submission(Request, Act) )).

template(protest_of_other_prosecutor(request),
         "{request} was brought by a prosecutor other than the Prosecutor General").

%!  protest_of_other_prosecutor(?Request) is nondet.
%
%   The protest Request was brought by a prosecutor other than the
%   Prosecutor General, who alone may protest in cassation (CPC art. 486
%   part 2; the others may only call up a case, part 3).

rule(p3_protest_of_other_prosecutor,
     source(3, ['CPC art. 486 part 2', 'CPC art. 486 part 3'],
            "the protest of the Prosecutor General, made by them both on their own initiative and at the request of the persons referred to in the first part of article 486 of the CPC"),
     ( protest_of_other_prosecutor(Request) :-
           protest_by(Request, Prosecutor),
           Prosecutor \== prosecutor_general )).

template(ground_direction(ground, direction),
         "the ground {ground} can only serve the {direction} of the convicted or acquitted person's position").

%!  ground_direction(?Ground, ?Direction) is nondet.
%
%   A request relying on Ground (a consequence of CPC art. 485 part 1, with
%   item 5 split into `excessive_severity` and `excessive_leniency` as ¶9
%   splits it) seeks Direction: `improvement` or `worsening` (CPC art. 487
%   parts 1 and 2).  The other grounds may serve either direction.

rule(p4_improving_grounds,
     source(4, ['CPC art. 487 part 1'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( ground_direction(Ground, improvement) :-
           member(Ground, [innocent_convicted, excessive_severity]) )).

rule(p4_worsening_grounds,
     source(4, ['CPC art. 487 part 2'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( ground_direction(Ground, worsening) :-
           member(Ground, [unfounded_acquittal_or_termination, excessive_leniency]) )).

template(request_direction(request, direction),
         "{request} seeks the {direction} of the position of the convicted or acquitted person").

%!  request_direction(?Request, ?Direction) is nondet.
%
%   Request seeks Direction (`improvement` or `worsening`) of the position
%   of the convicted or acquitted person, as stated or as the law
%   determines it (see the module comment).

rule(p4_stated_worsening,
     source(4, ['CPC art. 487 part 2'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( request_direction(Request, worsening) :-
           cassation_request(Request, _Author, _Act),
           seeks_worsening(Request) )).

rule(p24_worsening_basis_is_worsening,
     source(24, ['CPC art. 487 part 2', 'CPC art. 494 part 14'],
            "to change the verdict, the decision in the direction of worsening the situation of the convicted person, if this is connected with:"),
     ( request_direction(Request, worsening) :-
           cassation_request(Request, _Author, _Act),
           worsening_basis(Request, _Basis) )).

rule(p4_relies_on_worsening_ground,
     source(4, ['CPC art. 487 part 2', 'CPC art. 485 part 1'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( request_direction(Request, worsening) :-
           cassation_request(Request, _Author, _Act),
           relies_on(Request, Ground),
           ground_direction(Ground, worsening) )).

rule(p4_against_acquittal_or_termination,
     source(4, ['CPC art. 487 part 2'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( request_direction(Request, worsening) :-
           cassation_request(Request, Author, Act),
           act_outcome(Act, Outcome),
           memberchk(Outcome, [acquittal, termination]),
           \+ defendant_side(Author) )).

rule(p4_only_worsening_grounds,
     source(4, ['CPC art. 487 part 2', 'CPC art. 485 part 1'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( request_direction(Request, worsening) :-
           cassation_request(Request, Author, Act),
           \+ defendant_side(Author),
           cassation_ground(Act, part_one(Consequence)),
           ground_direction(Consequence, worsening),
           \+ ground_open_to_improvement(Act) )).

template(ground_open_to_improvement(act),
         "a ground of CPC art. 485 exists for {act} that does not serve only a worsening").

%!  ground_open_to_improvement(?Act) is nondet.
%
%   Some ground exists for Act that is not a worsening-only ground, so a
%   request against Act that states no direction may seek an improvement.

rule(p4_ground_not_only_worsening,
     source(4, ['CPC art. 487 part 1', 'CPC art. 485'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( ground_open_to_improvement(Act) :-
           cassation_ground(Act, part_one(Consequence)),
           \+ ground_direction(Consequence, worsening) )).

rule(p4_part_two_ground_either_way,
     source(4, ['CPC art. 487 part 1', 'CPC art. 485 part 2'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( ground_open_to_improvement(Act) :-
           cassation_ground(Act, part_two(_Circumstance)) )).

rule(p4_stated_improvement,
     source(4, ['CPC art. 487 part 1'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( request_direction(Request, improvement) :-
           cassation_request(Request, _Author, _Act),
           seeks_improvement(Request) )).

rule(p4_relies_on_improving_ground,
     source(4, ['CPC art. 487 part 1', 'CPC art. 485 part 1'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( request_direction(Request, improvement) :-
           cassation_request(Request, _Author, _Act),
           relies_on(Request, Ground),
           ground_direction(Ground, improvement) )).

rule(p4_asks_for_milder_decision,
     source(4, ['CPC art. 487 part 1'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( request_direction(Request, improvement) :-
           cassation_request(Request, _Author, _Act),
           petition_subject(Request, Subject),
           memberchk(Subject, [mitigation, acquittal, termination, retroactive_criminal_law, amnesty,
                               law_on_milder_offence]) )).

rule(p4_asks_for_graver_law,
     source(4, ['CPC art. 487 part 2'],
            "it is necessary to verify that the author complies with the procedural time limits provided for by article 487 of the CPC"),
     ( request_direction(Request, worsening) :-
           cassation_request(Request, _Author, _Act),
           petition_subject(Request, law_on_graver_offence) )).

rule(p24_defendant_petition_only_improves,
     source(24, ['CPC art. 31 part 3', 'CPC art. 494 part 14'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( request_direction(Request, improvement) :-
           petition(Request, Petitioner, _Act),
           defendant_side(Petitioner) )).

template(defendant_side(person), "{person} is the convicted or acquitted person, or acts in his interests").

%!  defendant_side(?Person) is nondet.
%
%   Person is the convicted or acquitted, or his defence counsel,
%   representative or legal representative.

rule(p11_defendant_himself,
     source(11, ['CPC art. 666'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( defendant_side(Person) :-
           participant(Person, Role),
           memberchk(Role, [convicted, acquitted]) )).

rule(p11_acting_for_defendant,
     source(11, ['CPC art. 666'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( defendant_side(Person) :-
           acts_for(Person, Defendant),
           participant(Defendant, Role),
           memberchk(Role, [convicted, acquitted]) )).

% Defence counsel is on the defendant's side even where the case does not
% say whose counsel he is: only the prosecutor's protest and the victim's
% petition can lead to worsening (¶24, CPC art. 494 part 14, "по
% ходатайству ... его защитника" the court may not worsen).
rule(p24_defence_counsel_is_defendant_side,
     source(24, ['CPC art. 494 part 14', 'CPC art. 414 part 1'],
            "on the grounds set forth in the protest of the prosecutor or the petition of the victim"),
     ( defendant_side(Person) :-
           participant(Person, defence_counsel),
           \+ acts_for(Person, _Principal) )).

template(victim_side(person),
         "{person} is the victim or the victim's representative").

%!  victim_side(?Person) is nondet.
%
%   Person is the victim, or the victim's representative or legal
%   representative (¶10); under the default reading of ¶10 also a person
%   who petitions because he was unjustifiably not recognised as a victim
%   (`rights_affected(Person, Act, denied_victim_status)`, where the act
%   shows that defect): the non-recognition "of the person" is his own, not
%   that of someone else whose rights the act affects.

rule(p10_victim_side_victim,
     source(10, ['CPC art. 485 part 1 item 4'],
            "recognized as established by the victim, his representative or legal representative"),
     ( victim_side(Person) :-
           participant(Person, Role),
           memberchk(Role, [victim, private_prosecutor]) )).

rule(p10_victim_side_representative,
     source(10, ['CPC art. 485 part 1 item 4'],
            "recognized as established by the victim, his representative or legal representative"),
     ( victim_side(Person) :-
           participant(Person, Role),
           memberchk(Role, [representative, legal_representative]),
           acts_for(Person, Victim),
           participant(Victim, VictimRole),
           memberchk(VictimRole, [victim, private_prosecutor]) )).

rule(p10_person_denied_recognition_as_victim,
     source(10, ['CPC art. 485 part 1 item 4', 'CPC art. 486 part 1'],
            "The deprivation of the victim's right to judicial protection may be evidenced by the unjustified non-recognition of the person as a victim"),
     ( victim_side(Person) :-
           reading_selected(p10_victim_ground_authors, includes_person_denied_recognition),
           rights_affected(Person, Act, denied_victim_status),
           victim_protection_defect(Act, unjustified_non_recognition_as_victim) )).
