/*  Native benchmark: the KB in plain swipl, no Python.

    swipl bench/native.pl --cases=FILE.jsonl --question="may_review(Act, Petitioner)"
                          [--explain=false] [--warm=N --warm-cases=ONE.jsonl --warm-question=Q]

For every line of the cases file (a JSON case object, as `cassation batch` reads), builds the same
request the Python bridge sends (question, facts, denied, readings) and answers it with the same
entry predicate, meta-interpreter and JSON serialisation (json_api:ask_json/2), keeping the answer
text.  A line that is not a JSON object counts as an error, as in a batch.  Then asks the first case
of --warm-cases (default: --cases) the --warm-question (default: --question) N times, one at a time,
for the median latency of one warm ask.

Prints one JSON object: cases, errors, seconds (the loop only, not start-up), cases_per_second,
warm_median_ms.  Peak memory is measured from outside (bench/run.py).
*/

:- use_module(library(http/json)).
:- use_module(library(main)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(readutil)).
:- use_module('../kb/cassation').
:- use_module('../kb/engine/json_api').

:- initialization(main, main).

main(Argv) :-
    argv_options(Argv, _, Options),
    option_text(cases, Options, CasesFile),
    option_text(question, Options, Question),
    (   memberchk(explain(E), Options), E \== true, E \== 'true' -> Explain = false ; Explain = true ),
    (   memberchk(warm(W), Options), integer(W) -> Warm = W ; Warm = 1000 ),
    set_prolog_flag(stack_limit, 1_073_741_824),
    get_time(T0),
    setup_call_cleanup(open(CasesFile, read, In, [encoding(utf8)]),
                       answer_lines(In, Question, Explain, 0-0-none, Cases-Errors-First),
                       close(In)),
    get_time(T1),
    Seconds is T1 - T0,
    Rate is Cases / max(Seconds, 1.0e-9),
    (   memberchk(warm_cases(WF), Options)
    ->  atom_string(WF, WarmFile),
        ( memberchk(warm_question(WQ), Options) -> atom_string(WQ, WarmQuestion) ; WarmQuestion = Question ),
        setup_call_cleanup(open(WarmFile, read, WIn, [encoding(utf8)]),
                           answer_lines(WIn, WarmQuestion, Explain, 0-0-none, _-_-WarmRequest),
                           close(WIn))
    ;   WarmRequest = First
    ),
    warm_median(WarmRequest, Warm, Median),
    json_write_dict(current_output, _{cases:Cases, errors:Errors, seconds:Seconds,
                                      cases_per_second:Rate, warm_median_ms:Median}, [width(0)]),
    nl.

option_text(Key, Options, Text) :-
    Opt =.. [Key, Value],
    (   memberchk(Opt, Options)
    ->  atom_string(Value, Text)
    ;   format(user_error, "error: --~w is required~n", [Key]),
        halt(2)
    ).

answer_lines(In, Question, Explain, Acc0, Acc) :-
    read_line_to_string(In, Line),
    (   Line == end_of_file
    ->  Acc = Acc0
    ;   split_string(Line, "", " \t\r", [""])
    ->  answer_lines(In, Question, Explain, Acc0, Acc)
    ;   Acc0 = C0-E0-F0,
        C is C0 + 1,
        (   request_text(Line, Question, Explain, Request)
        ->  ask_json(Request, Answer),
            string_length(Answer, _),
            E = E0,
            ( F0 == none -> F = Request ; F = F0 )
        ;   E is E0 + 1,
            F = F0
        ),
        answer_lines(In, Question, Explain, C-E-F, Acc)
    ).

% The request the bridge would send for this case line; fails for a line that is not a case object.
request_text(Line, Question, Explain, Request) :-
    catch(atom_json_dict(Line, Case, [value_string_as(string)]), _, fail),
    is_dict(Case),
    get_dict(facts, Case, Facts), is_list(Facts),
    ( get_dict(denied, Case, Denied) -> true ; Denied = [] ),
    ( get_dict(readings, Case, Readings) -> true ; Readings = _{} ),
    Dict = _{question:Question, facts:Facts, denied:Denied, readings:Readings,
             limits:_{seconds:10, inferences:20_000_000}, explain:Explain},
    with_output_to(string(Request), json_write_dict(current_output, Dict, [width(0)])).

warm_median(none, _, null) :- !.
warm_median(Request, N, Median) :-
    findall(Ms, ( between(1, N, _),
                  get_time(A), ask_json(Request, _), get_time(B),
                  Ms is (B - A) * 1000 ),
            Times),
    msort(Times, Sorted),
    length(Sorted, Len),
    Mid is Len // 2,
    nth0(Mid, Sorted, Median).
