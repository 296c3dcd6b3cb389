:- encoding(utf8).
:- module(calendar,
          [ date_before/2,              % +Date1, +Date2
            date_on_or_before/2,        % +Date1, +Date2
            one_year_later/2,           % +Date, -SameDayNextYear
            months_later/3,             % +Date, +Months, -Later
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

%!  months_later(+Date, +Months, -Later) is det.
%
%   Later is the same day Months calendar months after Date, or the last
%   day of that month if it is shorter (31 January + 1 month = 28 or 29
%   February).

months_later(date(Y, M, D), Months, date(Y1, M1, D1)) :-
    Total is Y * 12 + (M - 1) + Months,
    Y1 is Total // 12,
    M1 is Total mod 12 + 1,
    month_length(Y1, M1, Last),
    D1 is min(D, Last).

month_length(Y, 2, Days) :- !,
    (   ( Y mod 4 =:= 0, ( Y mod 100 =\= 0 ; Y mod 400 =:= 0 ) )
    ->  Days = 29
    ;   Days = 28
    ).
month_length(_, M, 30) :- memberchk(M, [4, 6, 9, 11]), !.
month_length(_, _, 31).

%!  calendar_builtin(?Goal) is nondet.
%
%   Goal is a calendar condition that rules may use.

calendar_builtin(date_before(_, _)).
calendar_builtin(date_on_or_before(_, _)).
calendar_builtin(one_year_later(_, _)).
calendar_builtin(months_later(_, _, _)).
calendar_builtin(_ =< _).
calendar_builtin(_ < _).
calendar_builtin(_ \== _).
