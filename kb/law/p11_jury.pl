:- encoding(utf8).
:- module(p11_jury,
          [ jury_case/1,                        % ?Act
            jury_permits_ground/2,              % ?Act, ?Consequence
            worsening_barred/2,                 % ?Act, ?Reason
            jury_review_governed_by/2           % ?Act, ?Article
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').

/** <module> Paragraph 11: verdicts of jury trials

Resolution No. 5, paragraph 11; CPC arts. 665-666.  Part of the sentence
is mis-encoded Russian in the translation; reconstructed ("in the
cassation instance of verdicts and decisions in force rendered by a
court"), it sends jury cases to arts. 665-666, and art. 665 settles their
scope: a jury verdict or decision is reviewed only on the grounds of
art. 485 part 1 item 1 (an innocent person convicted), of art. 485 part 2,
or for the Criminal Code misapplied in imposing punishment; art. 666 bars
any review that would worsen the position of the convicted, and any review
of an acquittal or a termination.  So of the part-one grounds only an
innocent person convicted and an excessively severe punishment remain; an
excessively lenient one is a worsening ground (¶9, art. 487 part 2).
*/

template(jury_case(act),
         "{act} was rendered in a case considered with the participation of jurors").

%!  jury_case(?Act) is nondet.
%
%   Act was rendered in a case considered with jurors: the jury court's
%   verdict or decision, as the case states (jury_trial/1), or the
%   decision of the court of appeal on it.  Art. 665 speaks of "verdicts,
%   decisions rendered in cases considered with the participation of
%   jurors", the appellate decision included, and art. 666 bars the
%   worsening review of any of them.

rule(p11_jury_trial_act,
     source(11, ['CPC art. 665', 'CPC art. 666'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( jury_case(Act) :-
           jury_trial(Act) )).

rule(p11_appellate_act_in_jury_case,
     source(11, ['CPC art. 665', 'CPC art. 666'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( jury_case(Act) :-
           appellate_review_of(Act, Reviewed),
           jury_trial(Reviewed) )).

template(jury_permits_ground(act, consequence),
         "the rules on jury trials allow the ground {consequence} against {act}").

%!  jury_permits_ground(?Act, ?Consequence) is nondet.
%
%   A ground of CPC art. 485 part 1 with Consequence may be relied on
%   against Act as far as the rules on jury trials are concerned.

rule(p11_not_a_jury_case,
     source(11, ['CPC art. 665', 'CPC art. 485 part 1'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( jury_permits_ground(Act, Consequence) :-
           \+ jury_case(Act),
           member(Consequence, [innocent_convicted, unfounded_acquittal_or_termination, wrong_qualification,
                                victim_deprived_of_protection, excessive_severity, excessive_leniency,
                                wrong_civil_claim_or_confiscation,
                                unlawful_decision_on_new_circumstances_or_medical_measures,
                                contradicting_judicial_acts]) )).

rule(p11_jury_grounds_of_665,
     source(11, ['CPC art. 665', 'CPC art. 485 part 1 item 1'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( jury_permits_ground(Act, Consequence) :-
           jury_case(Act),
           member(Consequence, [innocent_convicted, excessive_severity]) )).

template(jury_review_governed_by(act, article),
         "the review of {act} in cassation is governed by {article}").

%!  jury_review_governed_by(?Act, ?Article) is nondet.
%
%   Act was rendered in a jury case, and its review in cassation is
%   governed by Article (CPC arts. 665 and 666, as ¶11 says).

rule(p11_articles_665_666,
     source(11, ['CPC art. 665', 'CPC art. 666'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( jury_review_governed_by(Act, Article) :-
           jury_case(Act),
           member(Article, ['CPC art. 665', 'CPC art. 666']) )).

template(worsening_barred(act, reason),
         "no review of {act} may worsen the position of the convicted: {reason}").

%!  worsening_barred(?Act, ?Reason) is nondet.
%
%   No review of Act may worsen the position of the convicted, nor attack
%   an acquittal or termination, for Reason.

rule(p11_no_worsening_in_jury_cases,
     source(11, ['CPC art. 666'],
            "carried out on the grounds stipulated by articles 665, 666 of the CPC"),
     ( worsening_barred(Act, jury_trial_art_666) :-
           jury_case(Act) )).
