:- encoding(utf8).
:- module(p26_validity,
          [ invalidated_act/2,                  % ?Item, ?Title
            resolution_in_force_on/1,           % +Date
            case_relevant_date/1                % ?Date
          ]).
:- use_module(library(lists), [member/2]).
:- use_module('../engine/norm_syntax').
:- use_module('../engine/case_facts').
:- use_module('../engine/calendar').

/** <module> Paragraphs 26-27 and the abolition: the resolution in time

Paragraph 26 declares four earlier acts of the Supreme Court invalid.
Paragraph 27: the resolution is part of the current law and in force from
its first official publication.  The footnote at its head records its
abolition by Normative Resolution No. 2 of 10 March 2022, effective from
1 July 2022.

The date of first official publication is not in the sources.  A case may
state it (resolution_first_published_on/1); then the resolution is in
force from that day.  Where the case does not state it, the KB counts from
the date of adoption, 29 June 2017 (the publication cannot be earlier),
and every answer lists that as an assumption.  The last day in force is
30 June 2022.
*/

template(invalidated_act(item, title),
         "paragraph 26 item {item} declares invalid: {title}").

%!  invalidated_act(?Item, ?Title) is nondet.
%
%   Paragraph 26, item Item, declares the act Title invalid.

rule(p26_item_1,
     source(26, ['CPC ch. 52'],
            "decree of the Plenum of the Supreme Court of the Republic of Kazakhstan dated April 28, 2000 no. 2 \"On the procedure of On proceedings in criminal cases in the supervisory instance\";"),
     invalidated_act(1, "Decree of the Plenum of the Supreme Court of 28 April 2000 No. 2 on proceedings in criminal cases in the supervisory instance")).

rule(p26_item_2,
     source(26, ['CPC ch. 52'],
            "Regulatory Resolution of the Supreme Court of the Republic of Kazakhstan dated June 25, 2010 no. 16"),
     invalidated_act(2, "Normative Resolution of the Supreme Court of 25 June 2010 No. 16 amending Decree No. 2 of 28 April 2000")).

rule(p26_item_3,
     source(26, ['CPC ch. 52'],
            "paragraph 1-1 of the Regulatory Resolution of the Supreme Court of the Republic of Kazakhstan dated April 4, 2013 no. 2"),
     invalidated_act(3, "Paragraph 1-1 of the Normative Resolution of the Supreme Court of 4 April 2013 No. 2")).

rule(p26_item_4,
     source(26, ['CPC ch. 52'],
            "decree of the Plenum of the Supreme Court of the Republic of Kazakhstan dated November 5, 1999 no. 18"),
     invalidated_act(4, "Decree of the Plenum of the Supreme Court of 5 November 1999 No. 18 on the amnesty law of 13 July 1999")).

template(resolution_in_force_on(date),
         "Resolution No. 5 was in force on {date}").

%!  resolution_in_force_on(+Date) is semidet.
%
%   Resolution No. 5 was in force on Date: from its first official
%   publication (stated, or else assumed on adoption) until 30 June 2022.

rule(p27_in_force,
     source(27, ['Constitution art. 4'],
            "According to article 4 of the Constitution, this Regulatory Resolution shall be included into the composition of the current law shall be compulsory and shall be enforced from the date of its first official publication."),
     ( resolution_in_force_on(Date) :-
           resolution_first_published_on(Published),
           date_on_or_before(Published, Date),
           date_before(Date, date(2022, 7, 1)) )).

rule(p27_in_force_from_adoption_if_publication_not_stated,
     source(27, ['Constitution art. 4'],
            "shall be enforced from the date of its first official publication"),
     ( resolution_in_force_on(Date) :-
           \+ resolution_first_published_on(_Published),
           date_on_or_before(date(2017, 6, 29), Date),
           date_before(Date, date(2022, 7, 1)) )).

template(case_relevant_date(date),
         "the case is judged as of {date}").

%!  case_relevant_date(?Date) is nondet.
%
%   Date is a date on which the case is judged: the relevant_date/1 given,
%   or else each date on which one of its requests was received.

rule(p27_relevant_date_given,
     source(27, ['Constitution art. 4'],
            "shall be enforced from the date of its first official publication"),
     ( case_relevant_date(Date) :-
           relevant_date(Date) )).

rule(p27_request_dates,
     source(27, ['Constitution art. 4'],
            "shall be enforced from the date of its first official publication"),
     ( case_relevant_date(Date) :-
           \+ relevant_date(_Any),
           filed_on(_Request, Date) )).

% A procedural step is governed by the rules in force when it is taken:
% the day the cassation court considered a request counts as well as the
% day it was filed, so a hearing held after 1 July 2022 is outside the
% resolution even for a request filed before.
rule(p27_hearing_dates,
     source(27, ['Constitution art. 4'],
            "shall be enforced from the date of its first official publication"),
     ( case_relevant_date(Date) :-
           \+ relevant_date(_Any),
           considered_in_cassation_on(_Act, Date) )).
