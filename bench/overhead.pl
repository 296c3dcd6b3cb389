/*  The cost of explanations, measured inside the bridge's own SWI-Prolog (bench/overhead.py).

Loaded into the process of the Python bridge (never into the KB's modules), so that an ask through
KnowledgeBase.ask and the same request answered by Prolog alone are timed in one process, block
after block: the virtual machines this runs on change speed from one minute to the next.

Requests are read from files as the bridge sends them: the JSON request without its facts, and the
case text of json_api:ask_json/3 (records Where U+0001 Text separated by U+0000).
*/

:- module(overhead, [ explained_ms/4, rules_ms/4, phases_ms/4, parts_us/4, brief_ms/4, reading_us_per_fact/3,
                       ask_once/4 ]).
:- use_module(library(readutil)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module(library(occurs)).
:- use_module(library(http/json)).

%!  explained_ms(+RequestFile, +CaseFile, +N, -Milliseconds) is det.
%
%   Milliseconds are the wall-clock times of N explained asks of the request, each answered by
%   json_api:ask_json/3 exactly as the bridge's foreign call answers it: reading the request and the
%   case, asserting the case in a snapshot, proving with the meta-interpreter, the verdict and its
%   decisive facts, the why-not and its repairs, the sentences, citations and the JSON text.

explained_ms(RequestFile, CaseFile, N, Milliseconds) :-
    read_inputs(RequestFile, CaseFile, Request, Case),
    length(Milliseconds, N),
    maplist(time_explained(Request, Case), Milliseconds).

time_explained(Request, Case, Ms) :-
    get_time(T0),
    json_api:ask_json(Request, Case, _),
    get_time(T1),
    Ms is (T1 - T0) * 1000.

%!  rules_ms(+RequestFile, +CaseFile, +N, -Milliseconds) is det.
%
%   Milliseconds are the times of N answers of the same question by the compiled rules alone on
%   the same case, asserted for each answer as an explained ask asserts it: the facts (read once,
%   beforehand) asserted in a snapshot, every answer collected by findall/3 over the question called
%   in the module that defines it, under the same time and inference limits, and the snapshot's
%   clauses freed as after an ask.  No proof, no words, no JSON.

rules_ms(RequestFile, CaseFile, N, Milliseconds) :-
    read_inputs(RequestFile, CaseFile, Request, Case),
    json_api:case_request(Request, Case, _, asked(Goal, _, _, Facts, Denied, Readings,
                                                  limits(Seconds, Inferences), _)),
    functor(Goal, Name, Arity),
    functor(Head, Name, Arity),
    once(( norm_syntax:rule_head(Name, Arity, Id), norm_syntax:rule_clause(Id, Module, Head, _) )),
    length(Milliseconds, N),
    maplist(time_rules(Module:Goal, Facts, Denied, Readings, Seconds, Inferences), Milliseconds).

time_rules(Goal, Facts, Denied, Readings, Seconds, Inferences, Ms) :-
    get_time(T0),
    setup_call_cleanup(
        true,
        snapshot(( maplist(case_facts:assert_case_fact, Facts),
                   maplist(case_facts:assert_denied_fact, Denied),
                   forall(member(P-R, Readings), readings:select_reading(P, R)),
                   call_with_time_limit(Seconds,
                       call_with_inference_limit(findall(Goal, Goal, _), Inferences, _)) )),
        case_facts:reclaim_rolled_back_clauses(Facts)),
    get_time(T1),
    Ms is (T1 - T0) * 1000.

%!  phases_ms(+RequestFile, +CaseFile, +N, -Phases) is det.
%
%   Phases is `phases(Reading, Answering, Writing)`: the mean milliseconds,
%   over N runs each, of the three parts of an explained ask --
%   json_api:case_request/4 (the request read, its facts parsed and checked,
%   the question's warnings), json_api:answer_request/3 in the request's
%   language (the case asserted in a snapshot, the proof, verdict,
%   why-not, repairs, sentences and citations, as a dict), and
%   json_writer:dict_json/2 (the dict written as JSON text).

phases_ms(RequestFile, CaseFile, N, phases(Reading, Answering, Writing)) :-
    read_inputs(RequestFile, CaseFile, Request, Case),
    mean_ms(json_api:case_request(Request, Case, _, _), N, Reading),
    json_api:case_request(Request, Case, Object, Asked),
    json_api:request_language(Object, Lang),
    mean_ms(lang:with_language(Lang, json_api:answer_request(Object, Asked, _)), N, Answering),
    lang:with_language(Lang, json_api:answer_request(Object, Asked, Dict)),
    mean_ms(json_writer:dict_json(Dict, _), N, Writing).

mean_ms(Goal, N, Ms) :-
    garbage_collect,
    get_time(T0),
    forall(between(1, N, _), Goal),
    get_time(T1),
    Ms is (T1 - T0) * 1000 / N.

%!  parts_us(+RequestFile, +CaseFile, +N, -Parts) is det.
%
%   Parts is `parts(Steps, Proof, Words, Verdict, WhyNot)`: the mean
%   microseconds, over N runs each, of the parts of an answer that no
%   explained answer can do without, each timed alone on the request's case
%   asserted in a snapshot: Proof, finding the first proof of the question
%   with the meta-interpreter (for a "no", the failed search); Words, the
%   goal text and the sentence of each distinct step of that proof (for a
%   "no", of each rule conclusion and proof step its why-not names), Steps
%   of them;
%   Verdict, the facts the answer turns on (for a "yes", the question
%   checked again without each fact of its proof; for a "no", the repair
%   search); WhyNot, the why-not of a "no" (0 for a "yes").

parts_us(RequestFile, CaseFile, N, parts(Steps, Proof, Words, Verdict, WhyNot)) :-
    read_inputs(RequestFile, CaseFile, Request, Case),
    json_api:case_request(Request, Case, _, asked(Goal, _, _, Facts, _, _, _, _)),
    snapshot(( maplist(case_facts:assert_case_fact, Facts),
               mean_us(ignore(explain:prove(Goal, _)), N, Proof),
               (   explain:prove(Goal, P)
               ->  proof_goals(P, Goals),
                   mean_us(verdict:yes_verdict(P, _, _), N, Verdict),
                   WhyNot = 0
               ;   explain:why_not(Goal, 5, Failures),
                   findall(G, ( sub_term(F, Failures), compound(F),
                                ( F = failure(_, G, _, _) ; F = node(G, _, _, _) ) ), Gs0),
                   sort(Gs0, Goals),
                   mean_us(answer:verdict_search(Goal, _), N, Verdict),
                   mean_us(explain:why_not(Goal, 5, _), N, WhyNot)
               ),
               length(Goals, Steps),
               mean_us(forall(member(G1, Goals), ( goal_text:goal_text(G1, _), words:goal_sentence(G1, _) )),
                       N, Words) )),
    case_facts:reclaim_rolled_back_clauses(Facts).

proof_goals(Proof, Goals) :-
    findall(G, sub_term(node(G, _, _, _), Proof), Gs),
    sort(Gs, Goals).

mean_us(Goal, N, Us) :-
    mean_ms(Goal, N, Ms),
    Us is Ms * 1000.

%!  brief_ms(+RequestFile, +CaseFile, +N, -Milliseconds) is det.
%
%   Milliseconds are the wall-clock times of N brief asks of the request
%   (`"explain": false`: the bindings and the ids of the rules of each
%   answer, no proof, no verdict, no words), through the same entry
%   predicate as an explained ask.

brief_ms(RequestFile, CaseFile, N, Milliseconds) :-
    read_inputs(RequestFile, CaseFile, Request0, Case),
    atom_json_dict(Request0, Dict, [value_string_as(string)]),
    atom_json_dict(Request, Dict.put(explain, false), [width(0)]),
    json_api:ask_json(Request, Case, Answer),
    (   sub_string(Answer, 0, _, _, "{\"error\"")
    ->  throw(error(domain_error(brief_answer, Answer), _))
    ;   true
    ),
    length(Milliseconds, N),
    maplist(time_explained(Request, Case), Milliseconds).

%!  reading_us_per_fact(+RequestFile, +CaseFile, -Microseconds) is det.
%
%   Microseconds a fact of reading the request and its case (json_api case_request/4: the JSON,
%   each fact parsed and checked against the vocabulary, the case checked for contradictions),
%   the best of three.

reading_us_per_fact(RequestFile, CaseFile, Microseconds) :-
    read_inputs(RequestFile, CaseFile, Request, Case),
    findall(Us,
            ( between(1, 3, _),
              garbage_collect,
              get_time(T0),
              json_api:case_request(Request, Case, _, asked(_, _, _, Facts, _, _, _, _)),
              get_time(T1),
              length(Facts, Count),
              Us is (T1 - T0) * 1.0e6 / max(Count, 1) ),
            Times),
    min_list(Times, Microseconds).

%!  ask_once(+RequestFile, +CaseFile, -Seconds, -Answer) is det.
%
%   One explained ask: its wall-clock seconds and its JSON text.

ask_once(RequestFile, CaseFile, Seconds, Answer) :-
    read_inputs(RequestFile, CaseFile, Request, Case),
    get_time(T0),
    json_api:ask_json(Request, Case, Answer),
    get_time(T1),
    Seconds is T1 - T0.

read_inputs(RequestFile, CaseFile, Request, Case) :-
    read_file_to_string(RequestFile, Request, [encoding(utf8)]),
    read_file_to_string(CaseFile, Case, [encoding(utf8)]).
