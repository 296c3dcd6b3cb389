/*  The speed of the machine for Prolog, as a yardstick for the figures of `make bench`.

    swipl bench/lips.pl [--repeats=N]

Runs the classic naive-reverse benchmark (a 30-element list reversed N times, 496 logical inferences
each) and prints one JSON object: {"mlips": M}, millions of logical inferences a second, by the wall
clock.  Figures of the KB measured on two machines compare through it: a machine half as fast in
naive reverse answers about half as many cases a second.
*/

:- use_module(library(main)).
:- use_module(library(lists)).

:- initialization(main, main).

main(Argv) :-
    argv_options(Argv, _, Options),
    (   memberchk(repeats(R), Options), integer(R), R > 0 -> Repeats = R ; Repeats = 30_000 ),
    numlist(1, 30, List),
    nrev(List, _),
    statistics(inferences, I0),
    get_time(T0),
    forall(between(1, Repeats, _), nrev(List, _)),
    get_time(T1),
    statistics(inferences, I1),
    MLIPS is (I1 - I0) / max(T1 - T0, 1.0e-9) / 1.0e6,
    format("{\"mlips\": ~4f}~n", [MLIPS]).

nrev([], []).
nrev([H|T], R) :-
    nrev(T, RT),
    append_(RT, [H], R).

append_([], L, L).
append_([H|T], L, [H|R]) :-
    append_(T, L, R).
