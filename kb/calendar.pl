:- module(calendar,
          [ date_before/2,              % +Date1, +Date2
            date_on_or_before/2,        % +Date1, +Date2
            one_year_later/2,           % +Date, -SameDayNextYear
            calendar_builtin/1          % ?Goal
          ]).

/** <module> Calendar arithmetic used by the rules

Dates are `date(Year, Month, Day)` terms checked by the vocabulary.  These
predicates are not legal rules: explanations show them as `builtin` nodes.
*/

%!  date_before(+Date1, +Date2) is semidet.
%
%   Date1 is strictly earlier than Date2.

date_before(date(Y1, M1, D1), date(Y2, M2, D2)) :-
    compare(<, d(Y1, M1, D1), d(Y2, M2, D2)).

%!  date_on_or_before(+Date1, +Date2) is semidet.
%
%   Date1 is Date2 or earlier.

date_on_or_before(date(Y1, M1, D1), date(Y2, M2, D2)) :-
    \+ compare(>, d(Y1, M1, D1), d(Y2, M2, D2)).

%!  one_year_later(+Date, -Later) is det.
%
%   Later is the same calendar day one year after Date; a term of one
%   year from 29 February ends on 28 February.

one_year_later(date(Y, M, D), date(Y1, M, D1)) :-
    Y1 is Y + 1,
    (   M =:= 2, D =:= 29
    ->  D1 = 28
    ;   D1 = D
    ).

%!  calendar_builtin(?Goal) is nondet.
%
%   Goal is a calendar condition that rules may use.

calendar_builtin(date_before(_, _)).
calendar_builtin(date_on_or_before(_, _)).
calendar_builtin(one_year_later(_, _)).
