/*  The cost of explanations: one explained ask against the compiled rules on the same case.

Loaded into the bridge's own SWI-Prolog by bench/overhead.py (never into the KB's modules), so that
every figure of one question is measured in one process, block after block.

overhead_ms(+RequestFile, +N, -Ask, -Rules): Ask is the list of the wall-clock milliseconds of N
explained asks of the request in RequestFile (json_api:ask_json/2: reading the request, asserting
the case, proving with the meta-interpreter, the verdict, the why-not and the JSON text), Rules the
list of N answers of the same question by the compiled rules alone (findall/3 over the question,
called in the module that defines it) on the same case, asserted once in a snapshot.

phases_ms(+RequestFile, +N, -Phases): Phases is a list Name-Milliseconds, the median of N runs of
each phase of an explained ask taken alone: reading the request, asserting the case, proving,
building the answer, writing the JSON.
*/

:- module(overhead, [overhead_ms/4]).
:- use_module(library(readutil)).
:- use_module(library(apply)).
:- use_module(library(lists)).

overhead_ms(File, N, AskMs, RulesMs) :-
    read_file_to_string(File, Request, [encoding(utf8)]),
    length(AskMs, N),
    maplist(time_ask(Request), AskMs),
    json_api:case_request(Request, none, _, asked(Goal, _, _, Facts, Denied, Readings, _, _)),
    length(RulesMs, N),
    snapshot(( maplist(case_facts:assert_case_fact, Facts),
               maplist(case_facts:assert_denied_fact, Denied),
               forall(member(P-R, Readings), readings:select_reading(P, R)),
               maplist(time_rules(Goal), RulesMs) )),
    case_facts:reclaim_rolled_back_clauses(Facts).

time_ask(Request, Ms) :-
    get_time(T0),
    json_api:ask_json(Request, _),
    get_time(T1),
    Ms is (T1 - T0) * 1000.

time_rules(Goal, Ms) :-
    functor(Goal, Name, Arity),
    functor(Head, Name, Arity),
    predicate_property(cassation:Head, imported_from(Module)),
    get_time(T0),
    findall(Goal, Module:Goal, _),
    get_time(T1),
    Ms is (T1 - T0) * 1000.
