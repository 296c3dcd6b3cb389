:- encoding(utf8).
:- module(p12_suspension,
          [ suspension_allowed/3,               % ?Act, ?Official, ?MaxMonths
            suspension_barred/2,                % ?Act, ?Reason
            suspension_justified/1,             % ?Act
            suspension_in_effect/2,             % ?Act, +OnDate
            punishment_postponed/2              % ?Act, +OnDate
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module('../engine/calendar').
:- use_module(p04_time_limits).
:- use_module(readings, [reading_selected/2]).

/** <module> Paragraph 12: suspending the execution of the contested act

Resolution No. 5, paragraph 12; CPC art. 493.  When a petition has been
filed or a protest brought, the Chairman of the Supreme Court or the
Prosecutor General may, simultaneously with calling up the case, suspend
the execution of the act in whole or in part, whether or not the request
asks for it, by a reasoned decision stating the term: at most three
months, and only until the cassation instance considers the request.  An
acquittal or a termination cannot be suspended.  The grounds relate to the
convicted (life imprisonment or death penalty, serious illness) or to his
close relatives, and must be confirmed by documents.  While the execution
of a verdict is suspended, the punishment is postponed.
*/

template(suspension_allowed(act, official, max_months),
         "{official} may suspend the execution of {act} for at most {max_months} months").

%!  suspension_allowed(?Act, ?Official, ?MaxMonths) is nondet.
%
%   Official may suspend the execution of Act for at most MaxMonths.

rule(p12_suspension_by_official,
     source(12, ['CPC art. 493'],
            "In accordance with article 493 of the CPC the execution of the judicial act, on the revision of which the petition has been filed, the protest has been brought, may be suspended for a period not exceeding three months in whole or in part, as if there is such a request in the petition, the protest, and in the absence of such a request."),
     ( suspension_allowed(Act, Official, 3) :-
           reading_selected(p12_suspension_request, request_filed),
           cassation_request(Request, _Author, Act),
           \+ return_without_consideration(Request, _ReturnReason),
           \+ return_to_cure_defects(Request, _Defect),
           case_called_up(Act, Official),
           \+ suspension_barred(Act, _Reason),
           suspension_justified(Act) )).

rule(p12_suspension_on_calling_up,
     source(12, ['CPC art. 493', 'CPC art. 486 part 3'],
            "Suspension of execution of the enforced verdict or decision of the court according to the grounds indicated in article 493 of the CPC, shall be allowed simultaneously with the certiorari"),
     ( suspension_allowed(Act, Official, 3) :-
           reading_selected(p12_suspension_request, called_up_for_checking),
           case_called_up(Act, Official),
           \+ suspension_barred(Act, _Reason),
           suspension_justified(Act) )).

template(suspension_barred(act, reason),
         "the execution of {act} may not be suspended: {reason}").

%!  suspension_barred(?Act, ?Reason) is nondet.
%
%   The execution of Act may not be suspended, for Reason.

rule(p12_acquittal_not_suspended,
     source(12, ['CPC art. 493'],
            "The verdict of acquittal, the decision on termination of the case may not be suspended."),
     ( suspension_barred(Act, acquittal_or_termination) :-
           act_outcome(Act, Outcome),
           memberchk(Outcome, [acquittal, termination]) )).

template(suspension_justified(act),
         "there is a documented ground for suspending the execution of {act}").

%!  suspension_justified(?Act) is nondet.
%
%   There is a documented ground of paragraph 12 for suspending Act.

rule(p12_ground_of_the_convicted,
     source(12, ['CPC art. 493'],
            "may be related both to the convicted persons themselves, for example, to the execution of the sentence of life imprisonment or the death penalty, to the execution of the sentence if the convicted person has a serious illness"),
     ( suspension_justified(Act) :-
           suspension_ground(Act, Ground),
           memberchk(Ground, [life_imprisonment_or_death_penalty, serious_illness_of_convicted,
                              other_ground_of_the_convicted]),
           suspension_grounds_documented(Act) )).

rule(p12_ground_of_close_relatives,
     source(12, ['CPC art. 493'],
            "or with close relatives of the convicted, when the execution of the sentence may have a negative impact on them. The grounds for the suspension of the execution of the sentence, the decision on the review of which the petition has been filed, a protest has been brought, must be confirmed by duly executed documents."),
     ( suspension_justified(Act) :-
           suspension_ground(Act, negative_impact_on_close_relatives),
           suspension_grounds_documented(Act) )).

template(suspension_in_effect(act, date),
         "the suspension of the execution of {act} has effect on {date}").

%!  suspension_in_effect(?Act, +OnDate) is nondet.
%
%   The suspension of the execution of Act still has effect on OnDate:
%   from its date, for its term but at most three months (the last day
%   counted in, as the one-year term of ¶4 is), not after the cassation
%   instance considered the request, and never for an act that may not be
%   suspended.

rule(p12_in_effect_within_term,
     source(12, ['CPC art. 493'],
            "and may extent until consideration of the cassation petition, protest, plea, but not longer than three months, after which the decision to suspend the execution of court decisions in respect of which the petition was filed, a protest was brought, loses its effect."),
     ( suspension_in_effect(Act, OnDate) :-
           execution_suspended(Act, _Official, From, Months),
           Months =< 3,
           months_later(From, Months, Until),
           date_on_or_before(From, OnDate),
           date_on_or_before(OnDate, Until),
           \+ considered_in_cassation_by(Act, OnDate),
           \+ suspension_barred(Act, _Reason) )).

rule(p12_in_effect_at_most_three_months,
     source(12, ['CPC art. 493'],
            "but not longer than three months, after which the decision to suspend the execution of court decisions in respect of which the petition was filed, a protest was brought, loses its effect."),
     ( suspension_in_effect(Act, OnDate) :-
           execution_suspended(Act, _Official, From, Months),
           3 < Months,
           months_later(From, 3, Until),
           date_on_or_before(From, OnDate),
           date_on_or_before(OnDate, Until),
           \+ considered_in_cassation_by(Act, OnDate),
           \+ suspension_barred(Act, _Reason) )).

template(considered_in_cassation_by(act, date),
         "the cassation instance considered the request against {act} by {date}").

%!  considered_in_cassation_by(?Act, +OnDate) is nondet.
%
%   The cassation instance considered the request against Act on or before
%   OnDate.

rule(p12_considered_by_date,
     source(12, ['CPC art. 493', 'CPC art. 494'],
            "and may extent until consideration of the cassation petition, protest, plea"),
     ( considered_in_cassation_by(Act, OnDate) :-
           considered_in_cassation_on(Act, Considered),
           date_on_or_before(Considered, OnDate) )).

template(punishment_postponed(act, date),
         "the punishment imposed by {act} is postponed on {date}").

%!  punishment_postponed(?Act, +OnDate) is nondet.
%
%   The punishment imposed by Act is postponed on OnDate.

rule(p12_punishment_postponed,
     source(12, ['CPC art. 493'],
            "When suspending the execution of the verdict, the application of punishment, assigned by the court, shall be postponed."),
     ( punishment_postponed(Act, OnDate) :-
           act_outcome(Act, conviction),
           suspension_in_effect(Act, OnDate) )).
