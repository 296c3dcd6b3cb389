/*  Warm asks timed inside Prolog, for bench/bridge.py's paired measurement.

Loaded into the bridge's own SWI-Prolog (never into the KB's modules), so that one ask through
KnowledgeBase.ask and one ask of the same request by Prolog alone are timed in the same process,
block after block: the virtual machines `make bench` runs on change speed from one minute to the
next, and figures taken minutes apart do not compare.
*/

:- module(paired, [prolog_ask_ms/3]).
:- use_module(library(readutil)).
:- use_module(library(apply)).

%!  prolog_ask_ms(+RequestFile, +N, -Milliseconds) is det.
%
%   Milliseconds is the list of the wall-clock times of N asks of the request in RequestFile (a JSON
%   request of kb/engine/json_api.pl), each answered by json_api:ask_json/2 as the bridge's foreign call
%   answers it.

prolog_ask_ms(File, N, Milliseconds) :-
    read_file_to_string(File, Request, [encoding(utf8)]),
    length(Milliseconds, N),
    maplist(time_one(Request), Milliseconds).

time_one(Request, Ms) :-
    get_time(T0),
    json_api:ask_json(Request, _),
    get_time(T1),
    Ms is (T1 - T0) * 1000.
