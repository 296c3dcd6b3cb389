:- encoding(utf8).
:- module(json_api,
          [ ask_json/2,                 % +RequestText, -ResponseText
            ask_json/3,                 % +RequestText, +CaseText, -ResponseText
            removals_json/2,            % +RequestText, -ResponseText
            removals_json/3,            % +RequestText, +CaseText, -ResponseText
            vocabulary_json/1,          % -Text
            norms_json/1,               % -Text
            questions_json/1,           % -Text
            interview_json/2,           % +RequestText, -ResponseText
            choices_json/2,             % +RequestText, -ResponseText
            sentences_json/2            % +RequestText, -ResponseText
          ]).
:- reexport(request, [parse_question/3, question_position/3, typed_question/3, question_value/2,
                      parse_case_fact/2, question_warnings/4, parse_denied_item/2]).
:- reexport(answer, [answer_dict/4]).
:- reexport(goal_text, [goal_text/2]).
:- reexport(repairs, [consistent_repairs/4]).
:- use_module(library(http/json)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(yall)).
:- use_module(library(pairs)).
:- use_module(library(time)).
:- use_module(library(solution_sequences)).
:- use_module(library(listing)).
:- use_module(norm_syntax).
:- use_module('../law/vocabulary').
:- use_module(case_facts).
:- use_module(case_facts, [resolution_first_published_on/1]).
:- use_module('../law/readings').
:- use_module(explain).
:- use_module('../law/p26_validity').
:- use_module('../law/coverage').
:- use_module(reading_reach).
:- use_module(words).
:- use_module(repairs).
:- use_module(open_world).
:- use_module('../law/consistency').
:- use_module(verdict).
:- use_module(did_you_mean).
:- use_module(request).
:- use_module(answer).
:- use_module(goal_text).
:- use_module(json_writer).
:- use_module('../lang/lang').
:- use_module(interview).

/** <module> The JSON boundary between the KB and any other program

This module is the boundary itself: the entry predicates, the request
object, the limits of an ask and the error objects.  The work is split by
job: request.pl reads the question and the facts, answer.pl builds the
answer object (with verdict.pl and repairs.pl), goal_text.pl writes goals
as text and json_writer.pl the JSON.

The Python bridge (and any other client) talks to the KB only through the
entry predicates of this module, and only in data: a request is one JSON
text, the answer is one JSON text.  Nothing the client sends is ever
called as a goal: the question and each case fact are parsed with
term_string/3 (so a syntax error is an error, not code), checked against
the declared questions and the vocabulary, and only then used.  The case
facts of one ask exist only inside snapshot/1, so no ask can see another's
facts, and every ask runs under a time limit and an inference limit.

An ask answers from the facts and readings of its request alone, so it
starts from an empty case: if the process holds case facts, denied facts
or selected readings outside any ask -- asserted into `case_facts` by other
code of a program that also uses SWI-Prolog (pyswip) for its own work, or
by load_case/1 and select_reading/2 in the same process -- every later ask
would silently reason with them.  ask_json/2 therefore checks that the
case is empty and no reading is selected before each ask, and refuses
with the error type `kb_state` (naming what it found) otherwise; such a
program must leave the KB's case alone, or call clear_case/0 and
clear_readings/0 before it asks through this module.  The check costs one
clause lookup per case-fact predicate.

Request:

```
{"question": "may_review(v1, P)",
 "facts": [{"text": "judicial_act(v1, verdict, first_instance)", "where": "case.yaml:3"}, ...],
 "readings": {"p3_took_no_part_earlier": "standing_only"},
 "limits": {"seconds": 10, "inferences": 20000000},
 "why_not_depth": 5,
 "reason_anyway": false,
 "explain": true,
 "why_absent": false}
```

With `"why_absent": true`, each proof step taking a derived conclusion as
not so also carries why no rule establishes it (answer.pl).  The bridge
sends the given facts apart from the request, as one case text
(ask_json/3).

With `"explain": false` the answer is brief: each answer has `bindings`
and `rules` (the ids of the rules its proof uses) instead of `proof`,
`why_not` and `assumptions` are empty, and `"explained": false`.

Response: the answer object of the JSON contract of docs/usage.md, or
`{"error": {"type": T, "message": M, "where": W, "column": C}}` with T one
of `query_syntax`, `unknown_question`, `query_type`, `case_syntax`,
`vocabulary`, `case_fact`, `contradiction`, `reading`, `request`,
`outside_validity`, `timeout`, `resource_limit`, `kb_state` (the KB held
a case before the ask: see above), `internal`.  A
`contradiction` (two given facts that cannot both be true: consistency.pl)
names both places in W ("case.yaml:7 and case.yaml:12") and has them
apart in `places`, with the two facts in `facts`.
*/

default_limit(seconds, 10).
default_limit(inferences, 20_000_000).
default_limit(why_not_depth, 5).


%!  ask_json(+RequestText, -ResponseText) is det.
%
%   Answers the request (see the module comment) and never throws: every
%   error becomes an error object.

ask_json(RequestText, ResponseText) :-
    ask_json(RequestText, none, ResponseText).

%!  ask_json(+RequestText, +CaseText, -ResponseText) is det.
%
%   As ask_json/2, with the given facts of the case in CaseText instead of
%   the request's `facts`: one record per fact, `Where` U+0001 `Text`,
%   records separated by U+0000 (the empty text: no facts).  Where is the
%   place the fact is stated (empty: none), Text the fact.  This is how the
%   bridge sends a case: the facts are split by one C call instead of
%   being read character by character as JSON strings (bench/overhead.py
%   measures reading a request per fact).  A request with CaseText must
%   not have `facts`.  CaseText `none` reads the facts from the request.

ask_json(RequestText, CaseText, ResponseText) :-
    json_entry(ask_request(RequestText, CaseText), "the question could not be answered", ResponseText).

% json_entry(:Answer, +Failure, -ResponseText): ResponseText is the JSON
% text of the answer object call(Answer, Dict) gives, or of the error object
% of what it throws; if it fails, of an internal error saying Failure.  The
% body of every entry predicate: an entry never throws.
json_entry(Answer, Failure, ResponseText) :-
    (   catch(call(Answer, Dict), Error, error_dict(Error, Dict))
    ->  true
    ;   Dict = _{error:_{type:internal, message:Failure, where:null, column:null}}
    ),
    dict_json(Dict, ResponseText).

% request_object(+RequestText, -Request): the request, a JSON object, as a
% dict (strings as strings); throws request_error otherwise.
request_object(RequestText, Request) :-
    text_to_string(RequestText, Text),
    catch(atom_json_dict(Text, Request, [value_string_as(string), default_tag(json)]),
          E, throw(request_error("the request is not valid JSON", E))),
    (   is_dict(Request) -> true ; throw(request_error("the request must be a JSON object", _)) ).

% case_request(+RequestText, +CaseText, -Request, -Asked): the request object, its
% question and case parsed and checked (the part every entry shares):
% Asked is asked(Goal, VarNames, FactItems, Facts, Denied, Readings,
% limits(Seconds, Inferences), Anyway).
case_request(RequestText, CaseText, Request,
             asked(Goal, VarNames, FactItems, Facts, Denied, Readings, limits(Seconds, Inferences), Anyway)) :-
    check_empty_case,
    request_object(RequestText, Request),
    request_field(Request, question, QuestionText, string),
    case_fact_items(CaseText, Request, FactItems),
    request_field(Request, denied, DeniedItems, list),
    parse_question(QuestionText, Goal, VarNames),
    maplist(parse_fact_item, FactItems, Facts),
    maplist(parse_denied_item, DeniedItems, Denied),
    request_language(Request, Lang),
    with_language(Lang, check_consistency(FactItems, Facts)),
    request_readings(Request, Readings),
    request_limit(Request, seconds, Seconds),
    request_limit(Request, inferences, Inferences),
    (   get_dict(reason_anyway, Request, true) -> Anyway = true ; Anyway = false ).

% case_fact_items(+CaseText, +Request, -FactItems): the given facts as
% `_{text:Text, where:Where}` items, from CaseText (see ask_json/3) or,
% with CaseText `none`, the request's `facts`.
case_fact_items(none, Request, FactItems) :- !,
    request_field(Request, facts, FactItems, list).
case_fact_items(CaseText, Request, FactItems) :-
    (   get_dict(facts, Request, _)
    ->  throw(request_error("a request sent with its case text must not have \"facts\"", _))
    ;   true
    ),
    (   CaseText == ""
    ->  FactItems = []
    ;   split_string(CaseText, "\u0000", "", Records),
        maplist(case_record_item, Records, FactItems)
    ).

case_record_item(Record, _{text:Text, where:Where}) :-
    (   sub_string(Record, Before, 1, After, "\u0001")
    ->  sub_string(Record, 0, Before, _, Where0),
        sub_string(Record, _, After, 0, Text),
        ( Where0 == "" -> Where = null ; Where = Where0 )
    ;   throw(request_error("each record of the case text must be Where U+0001 Text", _))
    ).

ask_request(RequestText, CaseText, Dict) :-
    case_request(RequestText, CaseText, Request, Asked),
    request_language(Request, Lang),
    with_language(Lang, answer_request(Request, Asked, Dict)).

% request_language(+Request, -Lang): the language of the answer's sentences,
% "lang": "en" (the default) or "ru".
request_language(Request, Lang) :-
    (   get_dict(lang, Request, Value)
    ->  (   string(Value), atom_string(Lang, Value), supported_language(Lang)
        ->  true
        ;   findall(L, supported_language(L), Ls),
            atomic_list_concat(Ls, ', ', Known),
            format(string(M), "\"lang\" must be one of ~w", [Known]),
            throw(request_error(M, _))
        )
    ;   Lang = en
    ).

answer_request(Request, asked(Goal, VarNames, FactItems, Facts, Denied, Readings, limits(Seconds, Inferences), Anyway),
               Dict) :-
    (   get_dict(open, Request, true) -> Open = true ; Open = false ),
    request_limit(Request, why_not_depth, Depth),
    request_repairs(Request, Repairs),
    (   get_dict(explain, Request, false) -> Explain = false ; Explain = true ),
    (   get_dict(why_absent, Request, true) -> WhyAbsent = true ; WhyAbsent = false ),
    (   Explain == false, ( Repairs \== no_repairs ; Open == true )
    ->  throw(request_error("a brief answer (\"explain\": false) has no repairs and no open world", _))
    ;   true
    ),
    (   Repairs == no_repairs -> Touched = Facts ; Touched = all ),
    append(Facts, Denied, CaseFacts),
    fact_places(FactItems, Facts, Places),
    question_warnings(Goal, VarNames, CaseFacts, Warnings),
    setup_call_cleanup(
        true,
        snapshot(answer_in_case(case(Facts, Denied, Open, Places), Readings, Goal, VarNames,
                                limits(Seconds, Inferences, Depth, Repairs, Explain, WhyAbsent), Anyway, Dict0)),
        reclaim_rolled_back_clauses(Touched)),
    Dict = Dict0.put(warnings, Warnings).

%!  interview_json(+RequestText, -ResponseText) is det.
%
%   One step of a guided interview (interview.pl) on the case of an ask
%   request, which may also carry `"skipped"` (fact shapes answered
%   "don't know", written as interview_json/2 wrote them) and `"reply"`,
%   `{"fact": F, "reply": R, "value": V}`: the reply R (`yes`, `no`,
%   `unknown` or `value`, with the value V as text) to the question on F.
%   The reply is checked and added to the case first.  Response:
%   `{"recorded": null | {"as": given|denied|skipped, "fact": T, "text": S},
%   "value": true|false|unknown, "unknown_facts": [{"fact", "question"}...],
%   "next": null | the question object of question_dict/3}`; a reply that
%   does not fit the question is the error type `reply`.  Never throws.

interview_json(RequestText, ResponseText) :-
    json_entry(interview_request(RequestText), "the interview step could not be computed", ResponseText).

interview_request(RequestText, Dict) :-
    case_request(RequestText, none, Request,
                 asked(Goal, _, _, Facts, Denied, Readings, limits(Seconds, Inferences), Anyway)),
    request_field(Request, skipped, SkippedItems, list),
    maplist(skipped_shape, SkippedItems, Skipped0),
    (   get_dict(reply, Request, Reply), Reply \== null
    ->  reply_fields(Reply, ShapeText, R, ValueText),
        reply_record(ShapeText, R, ValueText, Record)
    ;   Record = none
    ),
    (   Record = skipped(Shape) -> Skipped = [Shape|Skipped0] ; Skipped = Skipped0 ),
    request_language(Request, Lang),
    setup_call_cleanup(
        true,
        with_language(Lang, snapshot(interview_in_case(Facts, Denied, Readings, Record, Goal, Skipped,
                                                       limits(Seconds, Inferences), Anyway, Dict))),
        reclaim_rolled_back_clauses(all)).

skipped_shape(Text, Shape) :-
    (   string(Text), catch(term_string(Shape, Text), _, fail), callable(Shape), is_case_fact_goal(Shape)
    ->  true
    ;   throw(request_error("each skipped fact must be the text of a fact shape of the vocabulary", _))
    ).

reply_fields(Reply, ShapeText, R, ValueText) :-
    (   is_dict(Reply), get_dict(fact, Reply, ShapeText), string(ShapeText),
        get_dict(reply, Reply, R0), string(R0)
    ->  atom_string(R, R0),
        ( get_dict(value, Reply, ValueText) -> true ; ValueText = null )
    ;   throw(request_error("\"reply\" needs \"fact\" and \"reply\" as strings", _))
    ).

interview_in_case(Facts, Denied, Readings, Record, Goal, Skipped, limits(Seconds, Inferences), Anyway, Dict) :-
    maplist(assert_case_fact, Facts),
    catch(maplist(assert_denied_fact, Denied), error(case_fact_error(_, M), _),
          throw(case_error(case_fact, M))),
    (   Record = given(F), denied_fact(F)
    ->  goal_text(F, T), format(string(M1), "~w is denied in the case, so it cannot be given", [T]),
        throw(reply_error(M1))
    ;   Record = given(F) -> assert_case_fact(F)
    ;   Record = denied(F)
    ->  catch(assert_denied_fact(F), error(case_fact_error(_, M2), _), throw(reply_error(M2)))
    ;   true
    ),
    forall(member(P-R, Readings), select_reading(P, R)),
    validity_dict(Validity),
    (   Validity.in_force == false, Anyway == false
    ->  throw(outside_validity(Validity.warning))
    ;   true
    ),
    catch(call_with_time_limit(Seconds,
              call_with_inference_limit(interview_state(Goal, Skipped, Value, Unknown, Next),
                                        Inferences, Result)),
          time_limit_exceeded,
          throw(limit_error(timeout, Seconds))),
    (   Result == inference_limit_exceeded -> throw(limit_error(resource_limit, Inferences)) ; true ),
    record_dict(Record, RecordDict),
    findall(_{fact:FT, question:Q},
            ( most_general_unknowns(Unknown, Shown), member(U, Shown), goal_text(U, FT), goal_sentence(U, S),
              phrase_text(is_it_so, [S], Q) ),
            UnknownDicts),
    (   Next == none -> NextDict = null ; question_dict(Goal, Next, NextDict) ),
    Dict = _{recorded:RecordDict, value:Value, unknown_facts:UnknownDicts, next:NextDict}.

record_dict(none, null).
record_dict(Record, _{as:As, fact:T, text:S}) :-
    Record =.. [As, F],
    goal_text(F, T),
    goal_sentence(F, S).

%!  choices_json(+RequestText, -ResponseText) is det.
%
%   The values each variable of the question of `{"question": Q, "facts":
%   [...]}` may take by the rules (position_choices/3; where the rules give
%   fewer than two, the names of the case), for a multiple-choice question:
%   `{"variables": [{"name": N, "choices": [Text...]}...]}`, a variable
%   being listed only where it is a whole argument of the question.
%   Never throws.

choices_json(RequestText, ResponseText) :-
    json_entry(choices_request(RequestText), "the choices could not be listed", ResponseText).

choices_request(RequestText, _{variables:Variables}) :-
    request_object(RequestText, Request),
    request_field(Request, question, QuestionText, string),
    request_field(Request, facts, FactItems, list),
    parse_question(QuestionText, Goal, VarNames),
    maplist(parse_fact_item, FactItems, Facts),
    functor(Goal, Name, Arity),
    snapshot(( maplist(assert_case_fact, Facts),
               findall(_{name:VN, choices:Texts},
                       ( member(VN=V, VarNames),
                         arg(I, Goal, A), A == V,
                         position_choices(Name/Arity, I, Values0),
                         (   Values0 = [_, _|_] -> Values = Values0
                         ;   findall(N, interview:case_name(N), Ns),
                             append(Values0, Ns, Values1), sort(Values1, Values)
                         ),
                         maplist(value_text, Values, Texts) ),
                       Variables) )),
    reclaim_rolled_back_clauses(Facts).

%!  sentences_json(+RequestText, -ResponseText) is det.
%
%   Facts or questions in words, for a reader (a handout):
%   `{"texts": [T...], "questions": B}` gives `{"sentences": [S...]}`.  A
%   fact is parsed and checked as a case fact; with `"questions": true`
%   each text is a question, said as "Does it follow that ...?", or with
%   its variables "Which D: ...?"; in the request's `"lang"` ("en", the
%   default, or "ru": "Следует ли, что ...?").  Never throws.

sentences_json(RequestText, ResponseText) :-
    json_entry(sentences_request(RequestText), "the sentences could not be written", ResponseText).

sentences_request(RequestText, _{sentences:Sentences}) :-
    request_object(RequestText, Request),
    request_field(Request, texts, Texts, list),
    request_language(Request, Lang),
    (   get_dict(questions, Request, true)
    ->  with_language(Lang, maplist(question_sentence, Texts, Sentences))
    ;   with_language(Lang, maplist(fact_sentence, Texts, Sentences))
    ).

fact_sentence(Text, Sentence) :-
    parse_fact_item(Text, Fact),
    goal_sentence(Fact, Sentence0),
    string_concat(Sentence0, ".", Sentence).

question_sentence(Text, Sentence) :-
    (   string(Text) -> true ; throw(request_error("each text must be a string", _)) ),
    parse_question(Text, Goal, VarNames),
    maplist([Name=Var]>>( Var = '$VAR'(Name) ), VarNames),
    goal_sentence(Goal, Said),
    (   VarNames == []
    ->  phrase_text(does_it_follow_that, [Said], Sentence)
    ;   findall(N, member(N=_, VarNames), Ns),
        atomic_list_concat(Ns, ', ', Which),
        phrase_text(which_values, [Which, Said], Sentence)
    ).

%!  removals_json(+RequestText, -ResponseText) is det.
%
%   What removing each given fact alone does to the answer, for the facts
%   numbered `from` (inclusive) to `to` (exclusive, 0-based) of an ask
%   request (what-if --critical): `{"removals": [R...]}`, R being
%   `{"index": I, "holds": B, "answers": [Text], "truncated": B}` -- the
%   distinct answers after the removal (as sorted `X = v` texts, `yes`
%   for a yes without variables; at most 100, `truncated` if there are
%   more) -- or `{"index": I, "error": {"type": T, "message": M}}` when the
%   case without that fact cannot be answered (a limit; no longer within
%   the resolution's validity).  All of it in one snapshot: the facts are
%   asserted once, and each is retracted and restored in turn, so the work
%   grows with the facts tried times the cost of one proof, not with one
%   whole ask (request, explanation, JSON) per fact.  Never throws.

removals_json(RequestText, ResponseText) :-
    removals_json(RequestText, none, ResponseText).

%!  removals_json(+RequestText, +CaseText, -ResponseText) is det.
%
%   As removals_json/2, with the given facts in CaseText (see ask_json/3).

removals_json(RequestText, CaseText, ResponseText) :-
    json_entry(removals_request(RequestText, CaseText), "the removals could not be computed", ResponseText).

removals_request(RequestText, CaseText, _{removals:Removals}) :-
    case_request(RequestText, CaseText, Request,
                 asked(Goal, VarNames, _, Facts, Denied, Readings, limits(Seconds, Inferences), Anyway)),
    length(Facts, N),
    (   get_dict(from, Request, From), integer(From), From >= 0,
        get_dict(to, Request, To), integer(To), To >= From
    ->  true
    ;   throw(request_error("removals need \"from\" and \"to\", whole numbers with 0 =< from =< to", _))
    ),
    Last is min(To, N) - 1,
    setup_call_cleanup(
        true,
        snapshot(( maplist(assert_case_fact, Facts),
                   catch(maplist(assert_denied_fact, Denied), error(case_fact_error(_, M), _),
                         throw(case_error(case_fact, M))),
                   forall(member(P-R, Readings), select_reading(P, R)),
                   findall(Removal,
                           ( between(From, Last, I),
                             nth0(I, Facts, Fact),
                             snapshot(removal(Fact, I, Goal, VarNames, limits(Seconds, Inferences), Anyway,
                                              Removal)) ),
                           Removals) )),
        reclaim_rolled_back_clauses(Facts)).

removal(Fact, I, Goal, VarNames, limits(Seconds, Inferences), Anyway, Removal) :-
    once(retract(case_facts:Fact)),
    validity_dict(Validity),
    (   Validity.in_force == false, Anyway == false
    ->  error_dict(outside_validity(Validity.warning), E),
        Removal = _{index:I, error:E.error}
    ;   catch(call_with_time_limit(Seconds,
                  call_with_inference_limit(removal_answers(Goal, VarNames, Texts, Truncated),
                                            Inferences, Result)),
              time_limit_exceeded,
              Result = timeout),
        (   Result == timeout
        ->  error_dict(limit_error(timeout, Seconds), E),
            Removal = _{index:I, error:E.error}
        ;   Result == inference_limit_exceeded
        ->  error_dict(limit_error(resource_limit, Inferences), E),
            Removal = _{index:I, error:E.error}
        ;   ( Texts == [] -> Holds = false ; Holds = true ),
            Removal = _{index:I, holds:Holds, answers:Texts, truncated:Truncated}
        )
    ).

% The distinct answers of Goal on the current case, as sorted texts (as
% the bridge compares them: `X = v, Y = w`, `yes` without variables), at
% most 100; Truncated if there are more.
removal_answers(Goal, VarNames, Texts, Truncated) :-
    max_answers(Cap),
    Cap1 is Cap + 1,
    copy_term(Goal-VarNames, G-VNs),
    findall(Text, limit(Cap1, distinct(Text, ( prove(G, _), binding_text_of(VNs, Text) ))), Found),
    length(Found, Count),
    (   Count > Cap -> Truncated = true, length(Shown, Cap), append(Shown, _, Found)
    ;   Truncated = false, Shown = Found
    ),
    sort(Shown, Texts).

binding_text_of(VarNames, Text) :-
    findall(Name-T, ( member(Name=V, VarNames), \+ sub_atom(Name, 0, _, _, '_'), value_text(V, T) ), Pairs0),
    keysort(Pairs0, Pairs),
    (   Pairs == []
    ->  Text = "yes"
    ;   findall(S, ( member(K-V, Pairs), format(string(S), "~w = ~w", [K, V]) ), Ss),
        atomic_list_concat(Ss, ', ', A),
        atom_string(A, Text)
    ).

%   fact_places(+FactItems, +Facts, -Places) is det.
%
%   Places pairs each given fact with where the case file states it (the
%   item's `where`), for the facts that have a place.

fact_places([], [], []).
fact_places([Item|Items], [F|Facts], Places) :-
    (   is_dict(Item), get_dict(where, Item, W), W \== null
    ->  Places = [F-W|Places1]
    ;   Places = Places1
    ),
    fact_places(Items, Facts, Places1).

%   check_empty_case is det.
%
%   Throws `kb_state_error(Message)` if the KB holds a case fact, a denied
%   fact or a selected reading outside any ask (see the module comment).

check_empty_case :-
    (   case_fact_clause(Fact)
    ->  goal_text(Fact, Text),
        format(string(What), "the case fact ~w", [Text])
    ;   denied_fact(Fact)
    ->  goal_text(Fact, Text),
        format(string(What), "the denied fact ~w", [Text])
    ;   ambiguous_passage(Passage, _, _, _),
        reading_selected(Passage, Reading),
        \+ reading(Passage, Reading, _, default)
    ->  format(string(What), "the reading ~w of ~w", [Reading, Passage])
    ;   true
    ),
    (   var(What)
    ->  true
    ;   format(string(M), "the KB holds ~w outside any ask (asserted by other code in this process, or by load_case/1 or select_reading/2); an ask answers only from the facts and readings of its request, so it was not answered: call clear_case/0 and clear_readings/0 first",
               [What]),
        throw(kb_state_error(M))
    ).

request_repairs(Request, Repairs) :-
    (   get_dict(repairs, Request, R), is_dict(R)
    ->  (   get_dict(max_size, R, Size), integer(Size), between(1, 4, Size),
            get_dict(max_sets, R, Sets), integer(Sets), between(1, 5000, Sets)
        ->  Repairs = repairs(Size, Sets)
        ;   throw(request_error("\"repairs\" needs max_size 1..4 and max_sets 1..5000", _))
        )
    ;   Repairs = no_repairs
    ).

answer_in_case(case(Facts, Denied, Open, Places), Readings, Goal, VarNames,
               limits(Seconds, Inferences, Depth, Repairs, Explain, WhyAbsent), Anyway, Dict) :-
    maplist(assert_case_fact, Facts),
    catch(maplist(assert_denied_fact, Denied),
          error(case_fact_error(_, M), _),
          throw(case_error(case_fact, M))),
    forall(member(P-R, Readings), select_reading(P, R)),
    validity_dict(Validity),
    (   Validity.in_force == false, Anyway == false
    ->  throw(outside_validity(Validity.warning))
    ;   true
    ),
    statistics(inferences, Start),
    catch(call_with_time_limit(
              Seconds,
              call_with_inference_limit(
                  answer_dict(Goal, VarNames, [why_not_depth(Depth), Repairs, open(Open), explain(Explain), places(Places),
                                               why_absent(WhyAbsent),
                                               inference_budget(Start, Inferences)],
                              Dict0),
                  Inferences, Result)),
          time_limit_exceeded,
          throw(limit_error(timeout, Seconds))),
    (   Result == inference_limit_exceeded
    ->  throw(limit_error(resource_limit, Inferences))
    ;   Dict = Dict0.put(validity, Validity)
    ).

not_in_force(Date) :-
    \+ prove(resolution_in_force_on(Date), _).

%!  validity_dict(-Dict) is det.
%
%   Whether Resolution No. 5 was in force on the dates of the current case
%   (¶27 and the abolition footnote): `relevant_dates`, `in_force`
%   (true, false, or null when the case has no date), the `window` and a
%   `warning` (null when in force).

validity_dict(_{relevant_dates:Texts, in_force:InForce, window:[From, "2022-06-30"], published:Published,
                rules:[p27_in_force, p27_in_force_from_adoption_if_publication_not_stated, p27_relevant_date_given, p27_request_dates], warning:Warning}) :-
    (   resolution_first_published_on(PublishedDate)
    ->  goal_text(PublishedDate, From0), atom_string(From0, From), Published = From
    ;   From = "2017-06-29", Published = null
    ),
    findall(D, prove(case_relevant_date(D), _), Ds0),
    sort(Ds0, Dates),
    maplist(goal_text, Dates, Texts),
    include(not_in_force, Dates, Outside),
    (   Dates == []
    ->  InForce = null,
        phrase_text(validity_no_date, [], Warning)
    ;   Outside == []
    ->  InForce = true,
        Warning = null
    ;   InForce = false,
        maplist(goal_text, Outside, OutTexts),
        atomic_list_concat(OutTexts, ', ', OutList),
        phrase_text(validity_not_in_force, [OutList], Warning)
    ).

request_field(Request, Key, Value, Type) :-
    (   get_dict(Key, Request, Value0)
    ->  true
    ;   Type == list
    ->  Value0 = []
    ;   format(string(M), "the request has no \"~w\"", [Key]),
        throw(request_error(M, _))
    ),
    (   Type == string, string(Value0)
    ->  Value = Value0
    ;   Type == list, is_list(Value0)
    ->  Value = Value0
    ;   format(string(M), "\"~w\" must be a JSON ~w", [Key, Type]),
        throw(request_error(M, _))
    ).

request_limit(Request, Key, Value) :-
    (   get_dict(limits, Request, Limits), is_dict(Limits), get_dict(Key, Limits, V)
    ->  (   number(V), V > 0
        ->  Value = V
        ;   format(string(M), "limit ~w must be a positive number", [Key]),
            throw(request_error(M, _))
        )
    ;   get_dict(Key, Request, V), number(V), V > 0
    ->  Value = V
    ;   default_limit(Key, Value)
    ).

request_readings(Request, Readings) :-
    (   get_dict(readings, Request, Dict)
    ->  (   is_dict(Dict)
        ->  dict_pairs(Dict, _, Pairs0),
            maplist(reading_pair, Pairs0, Readings)
        ;   throw(request_error("\"readings\" must be a JSON object", _))
        )
    ;   Readings = []
    ).

reading_pair(P0-R0, P-R) :-
    atom_string(P, P0),
    (   string(R0) -> atom_string(R, R0) ; throw(request_error("a reading must be a string", _)) ),
    (   reading(P, R, _, _)
    ->  true
    ;   throw(reading_error(P, R))
    ).

%!  error_dict(+Error, -Dict) is det.
%
%   The JSON error object for an error raised while answering.

error_dict(query_error(Type, M, Column), _{error:_{type:Type, message:M, where:null, column:Column}}) :- !.
error_dict(case_error(Type, M, Where, Text), _{error:_{type:Type, message:M, where:Where, column:null, fact:Text}}) :- !.
error_dict(case_error(Type, M), _{error:_{type:Type, message:M, where:null, column:null}}) :- !.
error_dict(contradiction_error(M, Where, Places, Texts),
           _{error:_{type:contradiction, message:M, where:Where, column:null, places:Places, facts:Texts}}) :- !.
error_dict(reply_error(M), _{error:_{type:reply, message:M, where:null, column:null}}) :- !.
error_dict(kb_state_error(M), _{error:_{type:kb_state, message:M, where:null, column:null}}) :- !.
error_dict(request_error(_, E), D) :-             % out of stack while parsing the request
    nonvar(E), E = error(resource_error(_), _), !,
    error_dict(E, D).
error_dict(request_error(M, _), _{error:_{type:request, message:M, where:null, column:null}}) :- !.
error_dict(reading_error(P, R), _{error:_{type:reading, message:M, where:null, column:null}}) :- !,
    findall(X, ( reading(P, X, _, _) ), Xs),
    (   Xs == []
    ->  findall(Q, ambiguous_passage(Q, _, _, _), Qs),
        did_you_mean_text(P, Qs, Hint),
        format(string(M), "no ambiguous passage ~q~w; the passages are ~w", [P, Hint, Qs])
    ;   did_you_mean_text(R, Xs, Hint),
        format(string(M), "no reading ~q of ~q~w; its readings are ~w", [R, P, Hint, Xs])
    ).
error_dict(outside_validity(M), _{error:_{type:outside_validity, message:Message, where:null, column:null}}) :- !,
    string_concat(M, "; ask with reason_anyway (CLI: --reason-anyway) to reason with it all the same", Message).
error_dict(limit_error(timeout, S), _{error:_{type:timeout, message:M, where:null, column:null}}) :- !,
    format(string(M), "the question was not answered within ~w seconds", [S]).
error_dict(limit_error(resource_limit, N), _{error:_{type:resource_limit, message:M, where:null, column:null}}) :- !,
    format(string(M), "the question needed more than ~D inferences", [N]).
error_dict(time_limit_exceeded, D) :- !,
    error_dict(limit_error(timeout, "the allowed"), D).
error_dict(error(resource_error(R), _), _{error:_{type:resource_limit, message:M, where:null, column:null}}) :- !,
    format(string(M), "the question ran out of ~w", [R]).
error_dict(E, _{error:_{type:internal, message:M, where:null, column:null}}) :-
    message_text(E, M).

message_text(E, M) :-
    catch(( phrase('$messages':translate_message(E), Lines),
            with_output_to(string(M0), print_message_lines(current_output, '', Lines)),
            split_string(M0, "", "\n ", [M]) ),
          _, format(string(M), "~q", [E])).

%!  vocabulary_json(-Text) is det.
%
%   Text is the case-fact vocabulary as JSON: facts with argument names,
%   types, meaning and sources; the enumerations; the reserved persons.
%   Each fact also has `meaning_ru`, its Russian meaning with a `{name}`
%   placeholder per argument (kb/lang/ru.pl), and each enumeration
%   `words_ru`, the Russian words of its values.

vocabulary_json(Text) :-
    findall(_{name:N, arity:A, arguments:Args, meaning:M, paragraphs:Ps, articles:As, not_encoded:NE,
              nature:Nature, meaning_ru:MRu},
            ( case_fact(N, ArgSpecs, M, source(Ps, As)),
              length(ArgSpecs, A),
              maplist(arg_dict, ArgSpecs, Args),
              fact_nature(N, Nature),
              ( not_encoded_article(N, NE0) -> NE = NE0 ; NE = null ),
              ( lang_ru:ru_fact(Head, MRu0), functor(Head, N, A) -> MRu = MRu0 ; MRu = null ) ),
            Facts),
    findall(_{type:T, values:Vs, meaning:M, words_ru:Ws},
            ( enumeration(T, Vs, M),
              maplist([V, W]>>( language_word(ru, V, W) -> true ; atom_string(V, W) ), Vs, Ws) ),
            Enums),
    findall(_{person:P, meaning:M}, reserved_person(P, M), Reserved),
    findall(_{nature:K, meaning:M}, nature(K, M), Natures),
    dict_json(_{facts:Facts, enumerations:Enums, reserved_persons:Reserved, natures:Natures}, Text).

arg_dict(Name:Type, _{name:Name, type:Type}).

%!  norms_json(-Text) is det.
%
%   Text lists every legal rule (id, paragraph, articles, quoted text, the
%   clause as Prolog text), the ambiguous passages with their readings, and
%   what is deliberately not encoded (coverage.pl).  Each rule also has
%   `articles_ru`: each article as a Russian citation with its verbatim
%   Russian text where the reference holds it (null where it does not), as
%   a Russian answer's source has; and `text_note_ru` says, in Russian,
%   that the quoted text is the resolution's unofficial English translation.
%   The notes of the ambiguous passages, the meanings of their readings and
%   why a passage is not encoded have their Russian wording beside them
%   (`why_ru`, `meaning_ru`).

norms_json(Text) :-
    with_language(ru, phrase_text(unofficial_translation, [], NoteRu)),
    findall(P-Dict,
            ( rule_source(Id, source(P, As, T)),
              rule_clause(Id, M, Head, Body),
              clause_text(Head, Body, ClauseText),
              goal_text(Head, HeadText),
              maplist(article_ru_dict, As, AsRu),
              Dict = _{id:Id, paragraph:P, articles:As, text:T, module:M,
                       conclusion:HeadText, clause:ClauseText, articles_ru:AsRu} ),
            Pairs),
    pairs_values(Pairs, Rules),
    findall(_{passage:Pa, paragraph:Par, text:Tx, why:W, why_ru:WRu, readings:Rs, affects:Affects},
            ( ambiguous_passage(Pa, Par, Tx, W),
              passage_note(ru, Pa, WRu),
              findall(_{reading:R, meaning:Me, meaning_ru:MeRu, status:S},
                      ( reading(Pa, R, Me, S), reading_meaning(ru, Pa, R, MeRu) ),
                      Rs),
              findall(Q, ( passage_affects(Pa, N/A), format(string(Q), "~w/~w", [N, A]) ), Affects) ),
            Passages),
    findall(_{paragraph:Par, what:W, why:Y, why_ru:YRu},
            ( not_encoded(Par, W, Y), not_encoded_reason(ru, Par, W, YRu) ),
            NotEncoded),
    dict_json(_{rules:Rules, ambiguous_passages:Passages, not_encoded:NotEncoded,
                text_note_ru:NoteRu}, Text).

% article_ru_dict(+Article, -Dict): Article cited the Russian way, with its
% verbatim Russian text where the reference holds it.
article_ru_dict(Article, _{article:Article, label:Label, verbatim:Verbatim}) :-
    article_label(ru, Article, Label),
    (   article_verbatim(Article, V) -> Verbatim = V ; Verbatim = null ).

clause_text(Head, Body, Text) :-
    copy_term(Head-Body, H-B),
    numbervars(H-B, 0, _, [singletons(true)]),
    (   B == true
    ->  format(string(Text), "~W.", [H, [quoted(true), numbervars(true), spacing(next_argument)]])
    ;   with_output_to(string(Text0), portray_clause((H :- B))),
        split_string(Text0, "", "\n ", [Text])
    ).

%!  questions_json(-Text) is det.
%
%   Text lists the questions the KB can be asked: every predicate some
%   legal rule concludes, with the rules that conclude it.

questions_json(Text) :-
    findall(_{name:N, arity:A, rules:Ids},
            ( derived_predicate(N/A),
              findall(Id, ( rule_clause(Id, _, H, _), functor(H, N, A) ), Ids) ),
            Questions),
    dict_json(_{questions:Questions}, Text).
