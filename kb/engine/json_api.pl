:- encoding(utf8).
:- module(json_api,
          [ ask_json/2,                 % +RequestText, -ResponseText
            vocabulary_json/1,          % -Text
            norms_json/1,               % -Text
            questions_json/1,           % -Text
            parse_question/3,           % +Text, -Goal, -VarNames
            question_position/3,        % ?Name/Arity, ?I, ?Type
            typed_question/3,           % +Goal0, +VarNames, -Goal
            question_value/2,           % +Term, -Value
            parse_case_fact/2,          % +Text, -Fact
            answer_dict/4,              % +Goal, +VarNames, +Options, -Dict
            question_warnings/4,        % +Goal, +VarNames, +Facts, -Warnings
            goal_text/2,                % +Goal, -Text
            consistent_repairs/4        % +Goal, +MaxSize, +Repairs0, -Repairs
          ]).
:- use_module(library(http/json)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(yall)).
:- use_module(library(pairs)).
:- use_module(library(ordsets)).
:- use_module(library(assoc)).
:- use_module(library(occurs)).
:- use_module(library(error)).
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

/** <module> The JSON boundary between the KB and any other program

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
 "explain": true}
```

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

max_text_length(100_000).

%!  ask_json(+RequestText, -ResponseText) is det.
%
%   Answers the request (see the module comment) and never throws: every
%   error becomes an error object.

ask_json(RequestText, ResponseText) :-
    catch(ask_request(RequestText, Dict), Error, error_dict(Error, Dict)),
    !,
    dict_json(Dict, ResponseText).
ask_json(_, ResponseText) :-
    dict_json(_{error:_{type:internal, message:"the question could not be answered",
                        where:null, column:null}}, ResponseText).

ask_request(RequestText, Dict) :-
    check_empty_case,
    text_to_string(RequestText, Text),
    catch(atom_json_dict(Text, Request, [value_string_as(string), default_tag(json)]),
          E, throw(request_error("the request is not valid JSON", E))),
    (   is_dict(Request) -> true ; throw(request_error("the request must be a JSON object", _)) ),
    request_field(Request, question, QuestionText, string),
    request_field(Request, facts, FactItems, list),
    request_field(Request, denied, DeniedItems, list),
    parse_question(QuestionText, Goal, VarNames),
    maplist(parse_fact_item, FactItems, Facts),
    maplist(parse_fact_item, DeniedItems, Denied),
    check_consistency(FactItems, Facts),
    (   get_dict(open, Request, true) -> Open = true ; Open = false ),
    request_readings(Request, Readings),
    request_limit(Request, seconds, Seconds),
    request_limit(Request, inferences, Inferences),
    request_limit(Request, why_not_depth, Depth),
    (   get_dict(reason_anyway, Request, true) -> Anyway = true ; Anyway = false ),
    request_repairs(Request, Repairs),
    (   get_dict(explain, Request, false) -> Explain = false ; Explain = true ),
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
                                limits(Seconds, Inferences, Depth, Repairs, Explain), Anyway, Dict0)),
        reclaim_rolled_back_clauses(Touched)),
    Dict = Dict0.put(warnings, Warnings).

%   fact_places(+FactItems, +Facts, -Places) is det.
%
%   Places pairs each given fact with where the case file states it (the
%   item's `where`), for the facts that have a place.

fact_places(Items, Facts, Places) :-
    findall(F-W,
            ( nth1(I, Items, Item), nth1(I, Facts, F),
              is_dict(Item), get_dict(where, Item, W), W \== null ),
            Places).

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
               limits(Seconds, Inferences, Depth, Repairs, Explain), Anyway, Dict) :-
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
        Warning = "the case has no date (relevant_date/1 or filed_on/2): it cannot be said whether Resolution No. 5 (in force 2017-06-29 to 2022-06-30) applied"
    ;   Outside == []
    ->  InForce = true,
        Warning = null
    ;   InForce = false,
        maplist(goal_text, Outside, OutTexts),
        atomic_list_concat(OutTexts, ', ', OutList),
        format(string(Warning),
               "Resolution No. 5 was not in force on ~w: it applied from its first official publication (¶27; counted from its adoption on 29 June 2017 unless the case states the publication date) until its abolition with effect from 1 July 2022 (Normative Resolution No. 2 of 10 March 2022)",
               [OutList])
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

%!  parse_question(+Text, -Goal, -VarNames) is det.
%
%   Goal is the question Text, parsed (never called) and checked: its
%   predicate must be one the rules conclude, and each argument a
%   variable, a name, a whole number, a date, or a value the KB itself
%   gives (a compound such as `part_one(wrong_qualification)`: see
%   question_value/2); an argument in a date position must be a date
%   (typed_question/3).  Throws `query_error(Type, Message, Column)`
%   otherwise.  The CLI, the Python API, the REPL and batches all ask
%   through here.

parse_question(Text, Goal, VarNames) :-
    check_length(Text, question),
    catch(read_one_term(Text, Goal0, VarNames),
          error(syntax_error(What), Context),
          ( syntax_column(Context, Column),
            quoting_hint(Text, several_words, Hint),
            format(string(M), "syntax error in the question: ~w~w", [What, Hint]),
            throw(query_error(query_syntax, M, Column)) )),
    (   Goal0 == end_of_file
    ->  throw(query_error(query_syntax, "the question is empty", 0))
    ;   var(Goal0)
    ->  throw(query_error(unknown_question, "the question is a variable, not a question", null))
    ;   true
    ),
    (   callable(Goal0),
        functor(Goal0, Name, Arity),
        derived_predicate(Name/Arity)
    ->  true
    ;   functor(Goal0, Name, Arity),
        findall(N/A, derived_predicate(N/A), Known),
        (   memberchk(Name/OtherArity, Known)
        ->  format(string(M), "~q/~w is not a question of the KB; ~q/~w is (`cassation norms` lists the questions)",
                   [Name, Arity, Name, OtherArity])
        ;   closest_names(Name/Arity, Known, [C|Cs])
        ->  maplist([X, T]>>format(string(T), "~q", [X]), [C|Cs], Ts),
            atomic_list_concat(Ts, ' or ', Close),
            format(string(M), "~q/~w is not a question of the KB; did you mean ~w? (`cassation norms` lists the questions)",
                   [Name, Arity, Close])
        ;   findall(Q, (member(N/A, Known), format(atom(Q), "~w/~w", [N, A])), Qs0),
            sort(Qs0, Qs),
            atomic_list_concat(Qs, ', ', QList),
            format(string(M), "~q/~w is not a question of the KB; ask one of: ~w", [Name, Arity, QList])
        ),
        throw(query_error(unknown_question, M, null))
    ),
    typed_question(Goal0, VarNames, Goal).

%!  typed_question(+Goal0, +VarNames, -Goal) is det.
%
%   Goal is the question Goal0 (of a derived predicate; VarNames names its
%   variables) with its arguments checked and converted by the type of
%   their position (question_position/3): in a date position, a date
%   written as a name or a string (`'2019-02-28'`, `"2019-02-28"`) becomes
%   `date(2019, 2, 28)` like an unquoted one, anything else that is not a
%   date is refused, and so is a variable where the rules need the date
%   given (`resolution_in_force_on(D)`).  Other arguments are checked as
%   parse_question/3 says.  Throws `query_error(query_type, Message, null)`,
%   Message naming the position.

typed_question(Goal0, VarNames, Goal) :-
    Goal0 =.. [Name|Args0],
    length(Args0, Arity),
    numlist(1, Arity, Is),
    maplist(typed_argument(Goal0, Name/Arity, VarNames), Is, Args0, Args),
    Goal =.. [Name|Args].

typed_argument(Goal, PI, VarNames, I, Arg, Value) :-
    (   question_position(PI, I, date(Mode))
    ->  date_position_argument(Goal, PI, VarNames, I, Mode, Arg, Value)
    ;   question_argument(Goal, VarNames, Arg, Value)
    ).

date_position_argument(Goal, PI, VarNames, I, Mode, Arg, Value) :-
    (   var(Arg)
    ->  (   Mode == (?)
        ->  Value = Arg
        ;   variable_name(Arg, VarNames, VarName),
            PI = Name/Arity,
            format(string(M), "argument ~w of ~q/~w (the date) must be a date such as 2019-02-28, not the variable ~w: the KB cannot list the dates on which ~q holds, only say whether it holds on a date given",
                   [I, Name, Arity, VarName, Name]),
            throw(query_error(query_type, M, null))
        )
    ;   date_argument(Arg, Date)
    ->  Value = Date
    ;   term_excerpt(Arg, VarNames, ArgText),
        term_excerpt(Goal, VarNames, GoalText),
        format(string(M), "argument ~w of ~w (the date) must be a date such as 2019-02-28 (a day of the calendar, year-month-day), not ~w",
               [I, GoalText, ArgText]),
        throw(query_error(query_type, M, null))
    ).

variable_name(Var, VarNames, Name) :-
    (   member(Name=V, VarNames), V == Var
    ->  true
    ;   Name = '_'
    ).

%!  question_position(?Name/Arity, ?I, ?Type) is nondet.
%
%   Argument I of the question Name/Arity (a derived predicate) has Type:
%   `date(+)`, a date the rules need given (they compare it with the dates
%   of the case, and cannot list the dates on which the question holds),
%   or `date(?)`, a date that may also be asked for (a variable there is
%   answered: `last_day_to_file(pt1, D)`).  A position is a date position
%   when its template (template/2 next to the rules) names it `date`;
%   whether the rules need it given is read off the rules
%   (needs_bound/2).  Other positions have no type of their own here.

question_position(Name/Arity, I, date(Mode)) :-
    predicate_template(Name/Arity, ArgNames, _),
    nth1(I, ArgNames, date),
    (   needs_bound(Name/Arity, I)
    ->  Mode = (+)
    ;   Mode = (?)
    ).

%   needs_bound(+Name/Arity, +I) is semidet.
%
%   Some rule concluding Name/Arity needs its argument I bound: the head
%   has a variable there, and a condition of the body uses it, while no
%   condition before it has bound it, in a place that needs a value -- a
%   comparison or calendar input (date_before/2, date_on_or_before/2,
%   =</2, </2, \==/2, the first arguments of months_later/3 and
%   one_year_later/2), a negated condition (which would flounder), or a
%   position of another derived predicate that needs it bound in turn.
%   A case fact, a reading, member/2 or a derived condition binds the
%   variables it has.

needs_bound(PI, I) :-
    needs_bound(PI, I, []).

needs_bound(Name/Arity, I, Seen) :-
    \+ memberchk(Name/Arity-I, Seen),
    functor(Head, Name, Arity),
    once(( rule_clause(_, _, Head0, Body),
           subsumes_term(Head, Head0),
           arg(I, Head0, V),
           var(V),
           body_needs(Body, V, [], [Name/Arity-I|Seen]) )).

% body_needs(+Body, +V, +Bound, +Seen): a condition of Body needs V before
% it is bound (Bound: the variables bound before Body).
body_needs(Body, V, Bound0, Seen) :-
    (   var(Body)
    ->  fail
    ;   Body = (A, B)
    ->  (   body_needs(A, V, Bound0, Seen)
        ->  true
        ;   bound_after(A, Bound0, Bound1),
            body_needs(B, V, Bound1, Seen)
        )
    ;   Body = _:G
    ->  body_needs(G, V, Bound0, Seen)
    ;   \+ var_member(V, Bound0),
        condition_needs(Body, V, Seen)
    ).

condition_needs(\+ G, V, _) :- !,
    occurs_var(V, G).
condition_needs(G, V, Seen) :-
    goal_kind(G, Kind),
    condition_needs(Kind, G, V, Seen).

condition_needs(builtin, G, V, _) :-
    builtin_inputs(G, Inputs),
    occurs_var(V, Inputs).
condition_needs(derived, G, V, Seen) :-
    functor(G, Name, Arity),
    arg(J, G, A),
    A == V,
    needs_bound(Name/Arity, J, Seen), !.

builtin_inputs(months_later(D, M, _), [D, M]) :- !.
builtin_inputs(one_year_later(D, _), [D]) :- !.
builtin_inputs(member(_, L), [L]) :- !.
builtin_inputs(memberchk(_, L), [L]) :- !.
builtin_inputs(G, Args) :-
    G =.. [_|Args].

% bound_after(+Condition, +Bound0, -Bound): the variables bound once
% Condition holds (a negation binds nothing).
bound_after(Cond, Bound0, Bound) :-
    (   nonvar(Cond), Cond = (\+ _)
    ->  Bound = Bound0
    ;   term_variables(Cond, Vs),
        append(Bound0, Vs, Bound)
    ).

var_member(V, Vs) :-
    member(X, Vs), X == V, !.

occurs_var(V, Term) :-
    term_variables(Term, Vs),
    var_member(V, Vs).

question_argument(_, _, Arg, Arg) :- var(Arg), !.
question_argument(_, _, Arg, Arg) :- atom(Arg), !.
question_argument(_, _, Arg, Arg) :- integer(Arg), !.
question_argument(_, _, Arg, Atom) :- string(Arg), !, atom_string(Atom, Arg).
question_argument(_, _, Arg, Date) :-
    date_argument(Arg, Date), !.
question_argument(Goal, VarNames, Arg, Value) :-
    compound(Arg), \+ is_dict(Arg), !,
    catch(question_value(Arg, VarNames, Value),
          value_error(M0),
          ( term_excerpt(Goal, VarNames, GoalText),
            format(string(M), "~w (in the question ~w)", [M0, GoalText]),
            throw(query_error(query_type, M, null)) )).
question_argument(Goal, VarNames, Arg, _) :-
    term_excerpt(Arg, VarNames, ArgText),
    term_excerpt(Goal, VarNames, GoalText),
    format(string(M), "argument ~w of ~w must be a variable, a name, a whole number, a date or a value the KB gives (such as part_one(wrong_qualification))",
           [ArgText, GoalText]),
    throw(query_error(query_type, M, null)).

date_argument(Arg, Date) :-
    catch(check_case_fact(entered_into_force(x, Arg), entered_into_force(_, Date)), _, fail).

% Term written for a message, cut to a few levels and a few arguments of
% each compound (a hostile question may be 100,000 characters of nesting),
% its variables by the names VarNames gives them (the user's names) or `_`,
% and a '$VAR'(N) term as itself, not as a variable name.
term_excerpt(Term, Text) :-
    term_excerpt(Term, [], Text).

term_excerpt(Term, VarNames, Text) :-
    excerpt(Term, 6, Short),
    term_variables(Short, Vars),
    foldl(unnamed_variable(VarNames), Vars, VarNames, Names),
    format(string(Text), "~W", [Short, [quoted(true), max_depth(8), portray_goal(portray_date),
                                        numbervars(false), variable_names(Names),
                                        spacing(next_argument)]]).

unnamed_variable(VarNames, V, Names0, Names) :-
    (   member(_=X, VarNames), X == V
    ->  Names = Names0
    ;   Names = ['_'=V|Names0]
    ).

excerpt(Term, Depth, Short) :-
    (   is_dict(Term)
    ->  dict_pairs(Term, Tag, Pairs),
        (   length(Pairs, N), N > 8
        ->  length(First, 8), append(First, _, Pairs)
        ;   First = Pairs
        ),
        D1 is Depth - 1,
        pairs_keys_values(First, Keys, Values),
        maplist(excerpt_(D1), Values, Shorts),
        pairs_keys_values(ShortPairs, Keys, Shorts),
        dict_pairs(Short, Tag, ShortPairs)
    ;   compound(Term), Term \= date(_, _, _)
    ->  compound_name_arguments(Term, Name, Args),
        (   Depth =< 0
        ->  Short = '...'
        ;   D1 is Depth - 1,
            length(Args, N),
            (   N > 8
            ->  length(First, 8), append(First, _, Args),
                maplist(excerpt_(D1), First, Shorts0),
                append(Shorts0, ['...'], Shorts)
            ;   maplist(excerpt_(D1), Args, Shorts)
            ),
            compound_name_arguments(Short, Name, Shorts)
        )
    ;   Short = Term
    ).

excerpt_(Depth, Term, Short) :-
    excerpt(Term, Depth, Short).

% --- warnings: a question that may not say what was meant ---------------------
%
% A capitalised word in a question is a Prolog variable: `may_review(v1, X)`
% or `may_review(v1, Қайрат)` asks about anyone, and answers yes with someone
% else.  A name spelt differently from the case asks about no one of it.
% The answer is still given; these warnings go with it.

%!  question_warnings(+Goal, +VarNames, +Facts, -Warnings) is det.
%
%   Warnings (a list of strings, in the order of the question) say where
%   the question Goal (parsed by parse_question/3; VarNames its variable
%   names) may not ask what its writer meant, given the case facts Facts
%   (given and denied, as check_case_fact/2 returns them):
%
%     - a variable whose name is, case-insensitively, a name of the case
%       (an atom in a position of type `id` of a fact): the writer likely
%       meant that name, quoted;
%     - otherwise a variable whose name looks like a person's name (it
%       contains a letter outside ASCII, or is capitalised like `Ivanov`
%       and is not one of the argument names of the question's template,
%       such as `Act` or `Petitioner`);
%     - a name of the question that occurs in no fact of the case and is
%       not a value the KB knows (value_atom/1: an enumeration value or an
%       atom of the rules' conclusions).
%
%   Names starting with `_` are not warned about.  One pass over Facts.

question_warnings(Goal, VarNames, Facts, Warnings) :-
    empty_assoc(E),
    foldl(fact_names, Facts, E-E, IdNames-AllAtoms),
    question_argument_names(Goal, ArgNames),
    foldl(variable_warning(IdNames, ArgNames), VarNames, VarWarnings, []),
    question_atoms(Goal, Atoms),
    findall(W, ( member(A, Atoms),
                 \+ get_assoc(A, AllAtoms, _),
                 \+ value_atom(A),
                 format(string(W), "~q occurs nowhere in the case", [A]) ),
            AtomWarnings),
    append(VarWarnings, AtomWarnings, Warnings).

% fact_names(+Fact, +Ids0-All0, -Ids-All): Ids maps the casefolded form of
% each name in an `id` position of a fact to the name (the first one met);
% All holds every atom in the arguments of the facts.
fact_names(Fact, Ids0-All0, Ids-All) :-
    (   compound(Fact)
    ->  compound_name_arguments(Fact, Name, Args),
        length(Args, Arity),
        (   length(Specs, Arity), case_fact(Name, Specs, _, _)
        ->  true
        ;   length(Specs, Arity)
        ),
        foldl(id_name, Specs, Args, Ids0, Ids),
        term_atoms(Args, Atoms),
        foldl(put_atom, Atoms, All0, All)
    ;   Ids = Ids0, All = All0
    ).

id_name(Spec, Arg, Ids0, Ids) :-
    (   nonvar(Spec), Spec = _:id, atom(Arg),
        casefold(Arg, Key),
        \+ get_assoc(Key, Ids0, _)
    ->  put_assoc(Key, Ids0, Arg, Ids)
    ;   Ids = Ids0
    ).

put_atom(A, All0, All) :-
    put_assoc(A, All0, true, All).

% term_atoms(+Term, -Atoms): the atoms in Term (not the names of its
% compounds), each once, in the order they occur.
term_atoms(Term, Atoms) :-
    findall(A, ( sub_term(A, Term), atom(A) ), As),
    list_to_set(As, Atoms).

question_atoms(Goal, Atoms) :-
    Goal =.. [_|Args],
    term_atoms(Args, Atoms).

casefold(Atom, Folded) :-
    downcase_atom(Atom, Folded).

% The argument names of the question's template (`act`, `petitioner`),
% casefolded and without underscores, to compare with a variable's name.
question_argument_names(Goal, Names) :-
    functor(Goal, Name, Arity),
    (   predicate_template(Name/Arity, ArgNames, _)
    ->  maplist(plain_name, ArgNames, Names)
    ;   Names = []
    ).

plain_name(Name, Plain) :-
    casefold(Name, Folded),
    atomic_list_concat(Parts, '_', Folded),
    atomic_list_concat(Parts, Plain).

variable_warning(IdNames, ArgNames, VarName=_) -->
    (   { sub_atom(VarName, 0, 1, _, '_') }
    ->  []
    ;   { casefold(VarName, Key), get_assoc(Key, IdNames, CaseName) }
    ->  { quoted_name(CaseName, Quoted),
          format(string(W), "~w matches the name ~w in the case: to ask about that person write ~w (quoted); as written, ~w is a variable and stands for anyone",
                 [VarName, CaseName, Quoted, VarName]) },
        [W]
    ;   { name_like_variable(VarName, ArgNames) }
    ->  { quoted_name(VarName, Quoted),
          format(string(W), "~w looks like a name: to ask about a person named ~w write ~w (quoted); as written, ~w is a variable and stands for anyone",
                 [VarName, VarName, Quoted, VarName]) },
        [W]
    ;   []
    ).

% A variable's name looks like a person's name: it has a letter outside
% ASCII (`Қайрат`), or it is an uppercase letter, a lowercase letter and
% more (`Ivanov`) and not an argument name of the question (`Act`).
name_like_variable(VarName, ArgNames) :-
    atom_codes(VarName, Codes),
    (   member(C, Codes), C > 127, code_type(C, alpha)
    ->  true
    ;   Codes = [C1, C2, _|_],
        code_type(C1, upper), code_type(C2, lower),
        plain_name(VarName, Plain),
        \+ memberchk(Plain, ArgNames)
    ).

% quoted_name(+Name, -Text): Name as a question writes it quoted: 'x'.
quoted_name(Name, Text) :-
    format(string(Q), "~q", [Name]),
    (   sub_string(Q, 0, 1, _, "'")
    ->  Text = Q
    ;   format(string(Text), "'~w'", [Q])
    ).

% --- values the KB gives, asked back ----------------------------------------
%
% The answers of the KB hold compound values built by its rules --
% cassation_ground(v1, part_one(wrong_qualification)),
% petition_disposition(pt1, return_without_consideration(time_limit_expired)) --
% and a question may name them.  Which compounds are values is read off the
% rules themselves: a value constructor is the functor of a compound that
% occurs (at any depth) as an argument of the head of a legal rule; a value
% atom is an atom that occurs there, or a value of an enumeration of the
% vocabulary.  The table is built on first use (all rules are loaded by
% then) and kept in a global variable, not in the database: it survives
% snapshot/1 and leaves the clause counts of the KB as they were.  A
% question's compound is data: checked, never called.

max_value_depth(4).
max_value_size(64).

%!  question_value(+Term, -Value) is det.
%
%   Value is Term, a compound argument of a question, checked: its
%   functor is a value constructor of the KB (value_constructor/2), and
%   each of its arguments is a variable, a whole number, a date, a value
%   atom (value_atom/1; any name where the rules put a name of the case
%   there) or, recursively, such a compound, at most max_value_depth/1
%   levels deep and max_value_size/1 parts in all.  Strings become atoms,
%   dates `date(Y, M, D)`.  Throws `value_error(Message)` otherwise,
%   Message naming the culprit and what the KB knows in its place.

question_value(Term, Value) :-
    question_value(Term, [], Value).

% question_value(+Term, +VarNames, -Value): the same, messages naming the
% variables of Term as VarNames does.
question_value(Term, VarNames, Value) :-
    must_be(compound, Term),
    catch(question_value(VarNames, Term, 1, Value, 0, _),
          value_error(limit(Limit)),
          value_limit_error(Limit, VarNames, Term)).

value_limit_error(depth(Max), VarNames, Term) :-
    term_excerpt(Term, VarNames, Text),
    format(string(Msg), "~w is nested more than ~w levels deep", [Text, Max]),
    throw(value_error(Msg)).
value_limit_error(size(Max), VarNames, Term) :-
    term_excerpt(Term, VarNames, Text),
    format(string(Msg), "~w has more than ~w parts", [Text, Max]),
    throw(value_error(Msg)).

question_value(VarNames, Term, Depth, Value, Size0, Size) :-
    Size1 is Size0 + 1,
    max_value_size(MaxSize),
    max_value_depth(MaxDepth),
    (   Size1 > MaxSize
    ->  throw(value_error(limit(size(MaxSize))))
    ;   Depth > MaxDepth
    ->  throw(value_error(limit(depth(MaxDepth))))
    ;   true
    ),
    compound_name_arguments(Term, Name, Args),
    length(Args, Arity),
    (   value_constructor(Name, Arity)
    ->  true
    ;   term_excerpt(Term, VarNames, Text),
        value_constructors_text(Known),
        format(string(Msg), "~w: ~q/~w is not a value the KB knows; an argument must be a variable, a name, a whole number, a date or a compound value the KB gives: ~w",
               [Text, Name, Arity, Known]),
        throw(value_error(Msg))
    ),
    numlist(1, Arity, Is),
    foldl(value_argument(VarNames, Term, Name/Arity, Depth), Is, Args, Values, Size1, Size),
    compound_name_arguments(Value, Name, Values).

value_argument(_, _, _, _, _, Arg, Arg, S, S) :-
    var(Arg), !.
value_argument(_, _, _, _, _, Arg, Arg, S, S) :-
    integer(Arg), !.
value_argument(VarNames, Term, C, _, I, Arg, Value, S, S) :-
    ( atom(Arg) ; string(Arg) ), !,
    atom_string(Atom, Arg),
    (   value_atom_at(C, I, Atom)
    ->  Value = Atom
    ;   date_argument(Atom, Date)
    ->  Value = Date
    ;   term_excerpt(Term, VarNames, Text),
        position_values_text(C, I, Known),
        format(string(Msg), "~w: ~q is not a value the KB knows~w", [Text, Atom, Known]),
        throw(value_error(Msg))
    ).
value_argument(_, _, _, _, _, Arg, Date, S, S) :-
    date_argument(Arg, Date), !.
value_argument(VarNames, _, _, Depth, _, Arg, Value, S0, S) :-
    compound(Arg), \+ is_dict(Arg), !,
    D1 is Depth + 1,
    question_value(VarNames, Arg, D1, Value, S0, S).
value_argument(VarNames, Term, _, _, _, Arg, _, _, _) :-
    term_excerpt(Term, VarNames, Text),
    term_excerpt(Arg, VarNames, ArgText),
    format(string(Msg), "~w: ~w must be a variable, a name, a whole number, a date or a value the KB gives",
           [Text, ArgText]),
    throw(value_error(Msg)).

% An atom inside a value: a value atom of the KB, or any name where the rules
% put a name of the case (an act, a person, a request).
value_atom_at(C, I, Atom) :-
    (   value_atom(Atom)
    ->  true
    ;   value_position(C, I, any_name)
    ).

value_constructors_text(Text) :-
    findall(PI, ( value_constructor(N, A), format(atom(PI), "~q/~w", [N, A]) ), PIs0),
    sort(PIs0, PIs),
    atomic_list_concat(PIs, ', ', Text).

position_values_text(Name/Arity, I, Text) :-
    (   value_position(Name/Arity, I, set(Atoms)), Atoms \== []
    ->  atomic_list_concat(Atoms, ', ', List),
        (   Arity =:= 1
        ->  format(string(Text), "; known values for ~q/~w are: ~w", [Name, Arity, List])
        ;   format(string(Text), "; known values for argument ~w of ~q/~w are: ~w", [I, Name, Arity, List])
        )
    ;   Text = ""
    ).

% value_constructor(?Name, ?Arity) is nondet.
%
% Name/Arity is the functor of a compound value of the KB: one that
% occurs, at any depth, as an argument of the head of a legal rule.

value_constructor(Name, Arity) :-
    value_table(value_table(Constructors, _, _)),
    (   ground(Name/Arity)
    ->  get_assoc(Name/Arity, Constructors, _)
    ;   gen_assoc(Name/Arity, Constructors, _)
    ).

% value_atom(?Atom) is nondet.
%
% Atom occurs as an argument (at any depth) of the head of a legal rule,
% or is a value of an enumeration of the vocabulary.

value_atom(Atom) :-
    value_table(value_table(_, Atoms, _)),
    (   atom(Atom)
    ->  get_assoc(Atom, Atoms, _)
    ;   gen_assoc(Atom, Atoms, _)
    ).

% value_position(+Constructor, +I, -Values) is semidet.
%
% What the rules put as argument I of the value constructor Constructor
% (Name/Arity): `set(Atoms)`, the atoms it can be, or `any_name`, a name of
% the case (an argument of type `id` of a case fact); fails where the rules
% do not tell.  Read off the rules: an atom in the head is itself; a
% variable takes the values allowed by every condition of the body that
% binds it -- an enumeration of a case fact, or what the rules concluding a
% derived predicate put there.

value_position(Constructor, I, Values) :-
    value_table(value_table(_, _, Positions)),
    get_assoc(Constructor-I, Positions, Values).

% value_table(-Table): the table of values, built on first use in this thread
% (global variables are per thread) and kept.
value_table(Table) :-
    (   nb_current(json_api_value_table, Table0)
    ->  Table = Table0
    ;   build_value_table(Table0),
        nb_setval(json_api_value_table, Table0),
        nb_getval(json_api_value_table, Table)
    ).

build_value_table(value_table(ConstructorAssoc, AtomAssoc, PositionAssoc)) :-
    findall(Sub, ( rule_clause(_, _, Head, _),
                   head_argument_subterm(Head, Sub) ),
            Subs),
    findall(N/A, ( member(S, Subs), compound(S), compound_name_arity(S, N, A) ), Cs0),
    sort(Cs0, Cs),
    findall(At, ( member(At, Subs), atom(At) ), HeadAtoms),
    findall(V, ( enumeration(_, Vs, _), member(V, Vs) ), EnumAtoms),
    append(HeadAtoms, EnumAtoms, Atoms0),
    sort(Atoms0, Atoms),
    findall((C-I)-Vals,
            ( member(C, Cs), C = _/Arity, between(1, Arity, I),
              constructor_position_values(C, I, Vals),
              Vals \== unknown ),
            Positions),
    pairs_with(Cs, true, CPairs),
    pairs_with(Atoms, true, APairs),
    list_to_assoc(CPairs, ConstructorAssoc),
    list_to_assoc(APairs, AtomAssoc),
    list_to_assoc(Positions, PositionAssoc).

pairs_with([], _, []).
pairs_with([K|Ks], V, [K-V|Ps]) :-
    pairs_with(Ks, V, Ps).

head_argument_subterm(Head, Sub) :-
    compound(Head),
    compound_name_arguments(Head, _, Args),
    member(Arg, Args),
    sub_term(Sub, Arg),
    nonvar(Sub).

% constructor_position_values(+Name/Arity, +I, -Values): set(Atoms),
% any_name or unknown -- what the rules put as argument I of the constructor,
% over every head it occurs in (a union).
constructor_position_values(Name/Arity, I, Values) :-
    findall(Vs, ( rule_clause(_, _, Head, Body),
                  head_argument_subterm(Head, Sub),
                  compound(Sub), compound_name_arity(Sub, Name, Arity),
                  arg(I, Sub, X),
                  term_values(X, Body, [], Vs) ),
            Alternatives),
    foldl(values_union, Alternatives, set([]), Values).

term_values(X, _, _, set([X])) :- atom(X), !.
term_values(X, Body, Seen, Values) :-
    var(X), !,
    body_goals(Body, Goals),
    findall(Vs, ( member(G, Goals), goal_binds(G, X, Seen, Vs) ), Constraints),
    foldl(values_intersection, Constraints, unknown, Values).
term_values(_, _, _, set([])).          % a compound, or a number: no atom

% The conditions of a body that must hold (a conjunction; negations bind nothing).
body_goals(Body, Goals) :-
    phrase(body_goals(Body), Goals).

body_goals(Var) --> { var(Var) }, !.
body_goals((A, B)) --> !, body_goals(A), body_goals(B).
body_goals(_:G) --> !, body_goals(G).
body_goals(\+ _) --> !.
body_goals(G) --> [G].

% goal_binds(+Goal, +X, +Seen, -Values): condition Goal limits the variable X
% to Values: X is an argument of a case fact of an enumerated type (or of
% type id: any_name), or occurs in a condition Name(...) that the rules
% conclude, where the heads of those rules tell what X can be (Seen: the
% Name/Arity-Path already followed, against loops).
goal_binds(G, X, _, set([A])) :-
    nonvar(G), G = (L = R),
    (   L == X, atom(R) -> A = R
    ;   R == X, atom(L) -> A = L
    ), !.
goal_binds(G, X, _, set(Vs)) :-
    nonvar(G), G =.. [Member, Elem, List],
    memberchk(Member, [member, memberchk]),
    is_list(List),
    (   Elem == X
    ->  include(atom, List, Vs0)
    ;   nonvar(Elem), Elem = (K - V), (V == X ; K == X)
    ->  findall(A, ( member(P, List), nonvar(P), P = (PK - PV),
                     ( V == X -> A = PV ; A = PK ), atom(A) ), Vs0)
    ), !,
    sort(Vs0, Vs).
goal_binds(G, X, _, Values) :-
    compound(G),
    compound_name_arity(G, Name, Arity),
    case_fact(Name, Specs, _, _), length(Specs, Arity), !,
    nth1(K, Specs, _:Type),
    arg(K, G, Arg),
    Arg == X,
    (   Type == id
    ->  Values = any_name
    ;   enumeration(Type, Vs0, _)
    ->  sort(Vs0, Vs),
        Values = set(Vs)
    ).
goal_binds(G, X, Seen, Values) :-
    compound(G),
    compound_name_arity(G, Name, Arity),
    rule_head(Name, Arity, _), !,
    sub_term_path(X, G, Path),
    \+ memberchk(Name/Arity-Path, Seen),
    findall(Vs, ( rule_clause(_, _, Head, Body),
                  compound(Head), compound_name_arity(Head, Name, Arity),
                  path_values(Path, G, Head, Body, [Name/Arity-Path|Seen], Vs) ),
            Alternatives),
    foldl(values_union, Alternatives, set([]), Values).

% sub_term_path(+X, +Term, -Path): the variable X is the subterm of Term at
% Path (argument positions, outermost first).
sub_term_path(X, Term, Path) :-
    (   Term == X
    ->  Path = []
    ;   compound(Term),
        arg(I, Term, A),
        sub_term_path(X, A, Rest),
        Path = [I|Rest]
    ).

% path_values(+Path, +GoalSub, +HeadSub, +Body, +Seen, -Values): what the rule
% with Body puts at Path of its head; fails if the rule's head cannot match
% the goal there (it concludes something else), unknown if the head leaves
% that place to a variable bound elsewhere.
path_values([], _, HeadSub, Body, Seen, Values) :-
    term_values(HeadSub, Body, Seen, Values).
path_values([I|Rest], GoalSub, HeadSub, Body, Seen, Values) :-
    (   var(HeadSub)
    ->  Values = unknown
    ;   compound(HeadSub),
        compound_name_arity(GoalSub, Name, Arity),
        compound_name_arity(HeadSub, Name, Arity),
        arg(I, GoalSub, G1),
        arg(I, HeadSub, H1),
        path_values(Rest, G1, H1, Body, Seen, Values)
    ).

values_union(unknown, _, unknown) :- !.
values_union(_, unknown, unknown) :- !.
values_union(any_name, _, any_name) :- !.
values_union(_, any_name, any_name) :- !.
values_union(set(A), set(B), set(C)) :-
    sort(A, SA), sort(B, SB),
    ord_union(SA, SB, C).

values_intersection(unknown, V, V) :- !.
values_intersection(V, unknown, V) :- !.
values_intersection(any_name, V, V) :- !.
values_intersection(V, any_name, V) :- !.
values_intersection(set(A), set(B), set(C)) :-
    sort(A, SA), sort(B, SB),
    ord_intersection(SA, SB, C).

syntax_column(string(_, Column), Column) :- integer(Column), !.
syntax_column(stream(_, _, _, CharNo), Column) :- integer(CharNo), !, Column = CharNo.
syntax_column(_, null).

%!  read_one_term(+Text, -Term, -VarNames) is det.
%
%   Term is the one term written in Text (a final full stop is optional,
%   and so is a `% comment` after the term, with or without its full
%   stop); `end_of_file` if Text is blank.  Text holding more than one
%   term is a syntax error: nothing after the first term is ignored.
%   Text is read as written and as it would be with a full stop on a line
%   of its own after it (so that a trailing comment ends before the full
%   stop); the first reading that gives one term is taken, and a syntax
%   error is reported from the one that fits Text best (with the added
%   full stop unless Text ends in a full stop).

read_one_term(Text0, Term, VarNames) :-
    split_string(Text0, "", " \t\r\n", [Trimmed]),
    (   Trimmed == ""
    ->  Term = end_of_file, VarNames = []
    ;   string_concat(Trimmed, "\n.", WithStop),
        string_concat(Trimmed, "\n", AsWritten),
        (   sub_string(Trimmed, _, 1, 0, ".")
        ->  Readings = [AsWritten, WithStop]
        ;   Readings = [WithStop, AsWritten]
        ),
        Readings = [Preferred, Other],
        catch(read_only_term(Preferred, Term, VarNames), error(syntax_error(E), Ctx), true),
        (   var(E)
        ->  true
        ;   catch(read_only_term(Other, Term, VarNames), error(syntax_error(_), _), fail)
        ->  true
        ;   throw(error(syntax_error(E), Ctx))
        )
    ).

read_only_term(Text, Term, VarNames) :-
    setup_call_cleanup(
        open_string(Text, In),
        ( read_term(In, Term, [variable_names(VarNames), syntax_errors(error)]),
          (   Term == end_of_file
          ->  true
          ;   read_term(In, Next, [syntax_errors(error)]),
              (   Next == end_of_file
              ->  true
              ;   line_position(In, _),
                  character_count(In, At),
                  throw(error(syntax_error(more_than_one_term), string(Text, At)))
              )
          ) ),
        close(In)).

%!  parse_case_fact(+Text, -Fact) is det.
%
%   Fact is the case fact written in Text, parsed (never called) and
%   checked against the vocabulary.  Throws `case_error(Type, Message)`.

parse_case_fact(Text, Fact) :-
    check_length(Text, fact),
    catch(read_one_term(Text, Term, Vars),
          error(syntax_error(What), _),
          ( quoting_hint(Text, Hint),
            format(string(M), "syntax error: ~w~w", [What, Hint]),
            throw(case_error(case_syntax, M)) )),
    (   Term == end_of_file
    ->  throw(case_error(case_syntax, "the fact is empty"))
    ;   Vars == []
    ->  true
    ;   quoting_hint(Text, Hint),
        string_concat("a case fact may not contain variables (write names in lower case or quote them)", Hint, M),
        throw(case_error(case_fact, M))
    ),
    catch(check_case_fact(Term, Fact), error(E, _), vocabulary_case_error(E)).

vocabulary_case_error(vocabulary_error(_, M)) :- !,
    throw(case_error(vocabulary, M)).
vocabulary_case_error(case_fact_error(_, M)) :- !,
    throw(case_error(case_fact, M)).
vocabulary_case_error(E) :-
    format(string(M), "~q", [E]),
    throw(case_error(case_fact, M)).

parse_fact_item(Item, Fact) :-
    (   string(Item)
    ->  Text = Item, Where = null
    ;   is_dict(Item), get_dict(text, Item, Text), string(Text)
    ->  ( get_dict(where, Item, Where) -> true ; Where = null )
    ;   throw(request_error("each fact must be a string or {\"text\": ..., \"where\": ...}", _))
    ),
    catch(parse_case_fact(Text, Fact),
          case_error(Type, M),
          throw(case_error(Type, M, Where, Text))).

%   check_consistency(+FactItems, +Facts) is det.
%
%   Throws `contradiction_error(Message, Where, Places, Texts)` if two of
%   the given Facts contradict each other (consistency.pl); Where names
%   both places (the items' `where`, or `fact N` for an item without one).

check_consistency(FactItems, Facts) :-
    numbered_places(FactItems, 1, Places),
    pairs_keys_values(Items, Facts, Places),
    (   case_contradiction(Items, contradiction(_, FactA-PlaceA, FactB-PlaceB, Message))
    ->  place_text(PlaceA, WhereA),
        place_text(PlaceB, WhereB),
        format(string(Where), "~w and ~w", [WhereA, WhereB]),
        goal_text(FactA, TextA),
        goal_text(FactB, TextB),
        throw(contradiction_error(Message, Where, [WhereA, WhereB], [TextA, TextB]))
    ;   true
    ).

numbered_places([], _, []).
numbered_places([Item|Items], N, [place(N, Where)|Places]) :-
    (   is_dict(Item), get_dict(where, Item, W), W \== null
    ->  Where = W
    ;   Where = null
    ),
    N1 is N + 1,
    numbered_places(Items, N1, Places).

place_text(place(N, null), Text) :- !,
    format(string(Text), "fact ~w", [N]).
place_text(place(_, Where), Text) :-
    format(string(Text), "~w", [Where]).

check_length(Text, What) :-
    must_be(string, Text),
    string_length(Text, Len),
    max_text_length(Max),
    (   sub_string(Text, Before, _, _, "\u0000")
    ->  format(string(M), "the ~w contains a NUL character (at column ~w)", [What, Before]),
        (   What == question
        ->  throw(query_error(query_syntax, M, Before))
        ;   throw(case_error(case_syntax, M))
        )
    ;   Len =< Max
    ->  true
    ;   format(string(M), "the ~w is ~D characters long; at most ~D are accepted", [What, Len, Max]),
        (   What == question
        ->  throw(query_error(query_syntax, M, null))
        ;   throw(case_error(case_syntax, M))
        )
    ).

%!  answer_dict(+Goal, +VarNames, +Options, -Dict) is det.
%
%   Dict is the answer object of the JSON contract for Goal in the current
%   case: its answers, or (when it has none) its why-not, and the
%   assumptions the proofs rest on.  An answer is one distinct binding of
%   the question's variables (those whose names do not start with `_`),
%   with the first proof found for it (`proof`) and the other proofs of
%   the same binding found within max_grouped_proofs/1 proofs in all
%   (`other_proofs`); at most max_answers/1 answers are given, and
%   `truncated`, `answers_found`, `answers_found_exact` and `all_proofs`
%   say what was left out (see answer_groups/5).  With the option
%   explain(false), the brief answer: each answer's bindings and the ids
%   of the rules its first proof uses, no proof, why-not or assumptions
%   (for batches that keep only outcomes).  The option
%   inference_budget(Start, Limit) (the inference count when the ask
%   began, and its limit) bounds the search for more answers than are
%   shown to half of what is left.

answer_dict(Goal, VarNames, Options, Dict) :-
    memberchk(explain(false), Options), !,
    answer_groups(Goal, VarNames, Options, Groups, Found),
    maplist(brief_answer_entry, Groups, Answers),
    goal_text(Goal, VarNames, QuestionText),
    ( Answers == [] -> Holds = false ; Holds = true ),
    selected_readings(Readings),
    engine_dict(Engine),
    found_dict(Found, FoundDict),
    Dict0 = _{question:QuestionText, holds:Holds, answers:Answers, why_not:[], assumptions:[],
              readings:Readings, engine:Engine, explained:false},
    Dict = Dict0.put(FoundDict).
answer_dict(Goal, VarNames, Options, Dict) :-
    option_value(Options, why_not_depth(Depth), 5),
    answer_groups(Goal, VarNames, Options, Groups, Found),
    option_value(Options, places(Places), []),
    foldl(answer_entry(Places), Groups, Answers, 1, _),
    findall(A, ( member(group(_, Ps), Groups), member(P, Ps), proof_assumptions(P, As), member(A, As) ),
            Assumed0),
    list_to_set(Assumed0, Assumed),
    maplist(assumption_dict, Assumed, Assumptions),
    goal_text(Goal, VarNames, QuestionText),
    (   Answers == []
    ->  Holds = false,
        why_not(Goal, Depth, Failures),
        maplist(failure_dict(Goal, VarNames), Failures, WhyNot),
        (   memberchk(repairs(MaxSize, MaxSets), Options)
        ->  minimal_repairs(Goal, MaxSize, MaxSets, Repairs0),
            consistent_repairs(Goal, MaxSize, Repairs0, Repairs),
            maplist(repair_dict, Repairs, RepairDicts),
            Extra0 = _{repairs:RepairDicts},
            VerdictRepairs = Repairs
        ;   Extra0 = _{},
            verdict_repairs(Goal, Options, VerdictRepairs)
        ),
        no_verdict_dict(Goal, VarNames, VerdictRepairs, Places, Verdict),
        Extra = Extra0.put(verdict, Verdict)
    ;   Holds = true,
        WhyNot = [],
        yes_summary_verdict(Answers, Verdict),
        Extra = _{verdict:Verdict}
    ),
    selected_readings(Readings),
    engine_dict(Engine),
    (   memberchk(open(true), Options)
    ->  open_answer(Goal, Value, Unknown),
        maplist(unknown_dict, Unknown, UnknownDicts),
        OpenExtra = _{open_world:_{value:Value, unknown_facts:UnknownDicts}}
    ;   OpenExtra = _{}
    ),
    found_dict(Found, FoundDict),
    Dict0 = _{question:QuestionText, holds:Holds, answers:Answers,
              why_not:WhyNot, assumptions:Assumptions, readings:Readings,
              engine:Engine},
    Dict = Dict0.put(FoundDict).put(Extra).put(OpenExtra).

selected_readings(Readings) :-
    findall(_{passage:P, reading:R},
            ( ambiguous_passage(P, _, _, _), reading_selected(P, R) ),
            Readings).

engine_dict(_{swi_prolog:Swi}) :-
    current_prolog_flag(version, V),
    Major is V // 10000, Minor is (V // 100) mod 100, Patch is V mod 100,
    format(string(Swi), "~w.~w.~w", [Major, Minor, Patch]).

% The rules of a brief answer are those of its first proof, as a batch with
% proofs (batch.py) lists them.
brief_answer_entry(group(VarNames, [Proof|_]), _{bindings:Bindings, rules:Rules}) :-
    binding_dict(VarNames, Bindings),
    proof_rules(Proof, Rules).

unknown_dict(Fact, _{fact:Text, question:Question}) :-
    goal_text(Fact, Text),
    goal_sentence(Fact, Sentence),
    format(string(Question), "Is it so that ~w?", [Sentence]).

%!  consistent_repairs(+Goal, +MaxSize, +Repairs0, -Repairs) is det.
%
%   A repair after which two facts of the case would contradict each other
%   (consistency.pl) is no repair as it stands: adding `appeal(new_appeal,
%   'Мадина', v1)` where `took_no_part_earlier('Мадина')` is given.  Each
%   such repair also removes the given fact it contradicts (as often as
%   needed, within MaxSize changes), and is kept only if Goal still holds
%   then; a repair whose added facts contradict each other is dropped.
%   Repairs stay sorted by size, without duplicates or supersets of a
%   smaller repair.  (The search of repairs.pl does not know about
%   contradictions; this keeps every repair it reports a possible case.)

consistent_repairs(Goal, MaxSize, Repairs0, Repairs) :-
    findall(F, case_fact_clause(F), Given),
    findall(Size-(Changes-Proof),
            ( member(repair(Changes0, Proof0), Repairs0),
              consistent_changes(Given, Changes0, MaxSize, Changes),
              \+ second_identity(Given, Changes),
              (   Changes == Changes0
              ->  Proof = Proof0
              ;   copy_term(Goal, G),
                  snapshot(( apply_changes(Changes), once(prove(G, Proof)) ))
              ),
              length(Changes, Size) ),
            Keyed0),
    msort(Keyed0, Keyed),
    foldl(keep_minimal, Keyed, [], Kept),
    reverse(Kept, BySize),
    ranked_repairs(BySize, InOrder),
    findall(repair(C, P), member(C-P, InOrder), Repairs).

%   second_identity(+Given, +Changes) is semidet.
%
%   Changes would give an act or a person of the case a second identity
%   beside the one the case states: add a fact of nature `identity`
%   (vocabulary:fact_nature/2) about an act or person that a given fact of
%   the same predicate already describes otherwise, and keep that fact (a
%   second role for a person, a second kind for an act).  Replacing the
%   stated one (removing it) is a change of the case, ranked by its cost;
%   keeping both describes no possible case.

second_identity(Given, Changes) :-
    member(add(F), Changes),
    functor(F, Name, Arity),
    fact_nature(Name, identity),
    arg(1, F, Who),
    functor(Other, Name, Arity),
    arg(1, Other, Who),
    member(Other, Given),
    Other \== F,
    \+ memberchk(remove(Other), Changes), !.

%   ranked_repairs(+BySize, -Ranked) is det.
%
%   The repairs (Changes-Proof, smallest first) ordered by how far they
%   take the case from what it states (repair_cost/2), then by size, then
%   in the search's order.  The sort is stable.

ranked_repairs(BySize, Ranked) :-
    findall(Cost-(C-P), ( member(C-P, BySize), repair_cost(C, Cost) ), Keyed),
    keysort(Keyed, Sorted),
    pairs_values(Sorted, Ranked).

%!  repair_cost(+Changes, -Cost) is det.
%
%   How far Changes take a case from what it states: undoing a given fact
%   costs 1 (2 if it says what an act or a person is), adding what a party
%   can still bring about (a request, a step of the cassation proceedings)
%   1, adding a past event the case does not state 2, describing an act or
%   a person 3 (vocabulary:fact_nature/2).

repair_cost(Changes, Cost) :-
    foldl(add_change_cost, Changes, 0, Cost).

add_change_cost(Change, C0, C) :-
    change_cost(Change, K),
    C is C0 + K.

change_cost(remove(F), K) :-
    functor(F, Name, _),
    (   fact_nature(Name, identity) -> K = 2 ; K = 1 ).
change_cost(add(F), K) :-
    functor(F, Name, _),
    (   fact_nature(Name, Nature) -> true ; Nature = past_event ),
    nature_cost(Nature, K).

nature_cost(request, 1).
nature_cost(cassation_proceedings, 1).
nature_cost(past_event, 2).
nature_cost(identity, 3).

consistent_changes(Given, Changes, MaxSize, Fixed) :-
    findall(F, ( member(F, Given), \+ memberchk(remove(F), Changes) ), Kept),
    findall(F, member(add(F), Changes), Added),
    append(Kept, Added, Facts),
    findall(F-I, nth1(I, Facts, F), Items),
    (   case_contradiction(Items, contradiction(_, FactA-_, FactB-_, _))
    ->  (   memberchk(add(FactB), Changes), memberchk(FactA, Kept)
        ->  Remove = FactA
        ;   memberchk(add(FactA), Changes), memberchk(FactB, Kept)
        ->  Remove = FactB
        ),
        sort([remove(Remove)|Changes], Changes1),
        length(Changes1, Size),
        Size =< MaxSize,
        consistent_changes(Given, Changes1, MaxSize, Fixed)
    ;   Fixed = Changes
    ).

keep_minimal(_-(Changes-Proof), Kept0, Kept) :-
    (   member(K-_, Kept0), ord_subset(K, Changes)
    ->  Kept = Kept0
    ;   Kept = [Changes-Proof|Kept0]
    ).

repair_dict(repair(Changes, Proof), _{changes:Cs, size:Size, rule:Rule, source:Source, rules:Rules,
                                      conclusion:Text}) :-
    length(Changes, Size),
    maplist(change_dict, Changes, Cs),
    Proof = node(_, _, Rule0, _),
    rule_json(Rule0, Rule, Source),
    proof_rules(Proof, Rules),
    node_dict(Proof, Node),
    Text = Node.text.

change_dict(Change, _{op:Op, fact:FactText, text:Sentence}) :-
    Change =.. [Op, Fact],
    goal_text(Fact, FactText),
    goal_sentence(Fact, Sentence).

option_value(Options, Opt, Default) :-
    (   memberchk(Opt, Options)
    ->  true
    ;   arg(1, Opt, Default)
    ).

answer_entry(Places, group(VarNames, [Proof|Others]),
             _{bindings:Bindings, proof:Node, other_proofs:OtherNodes, verdict:Verdict}, I, I1) :-
    I1 is I + 1,
    binding_dict(VarNames, Bindings),
    node_dict(Proof, Node),
    maplist(node_dict, Others, OtherNodes),
    (   max_decisive_answers(Max), I =< Max
    ->  yes_verdict(Proof, Line, Decisive),
        maplist(decisive_dict(Places), Decisive, DecisiveDicts),
        Verdict = _{line:Line, decisive:DecisiveDicts, decisive_found:true}
    ;   yes_verdict_line(Proof, Line),
        Verdict = _{line:Line, decisive:[], decisive_found:false}
    ).

% --- verdicts: the line a lawyer would write, and the decisive facts --------
%
% verdict.pl composes them; here they become JSON, with the place in the
% case file of each given fact.

%!  max_decisive_answers(-N) is det.
%
%   The decisive facts are worked out for the first N answers (each costs
%   a proof of the question per fact of its proof); the others get their
%   verdict line only.

max_decisive_answers(10).

yes_verdict_line(Proof, Line) :-
    snapshot(yes_verdict(Proof, Line, _)).

% The verdict of a "yes": that of its one answer, or the count and the
% bindings of several (each answer carries its own).
yes_summary_verdict([Answer], Verdict) :- !,
    Verdict = Answer.verdict.
yes_summary_verdict(Answers, _{line:Line, decisive:[], decisive_found:false}) :-
    length(Answers, N),
    findall(T, ( member(A, Answers), binding_text(A.bindings, T) ), Ts0),
    (   length(Ts, 5), append(Ts, [_|_], Ts0) -> More = "; …" ; Ts = Ts0, More = "" ),
    atomic_list_concat(Ts, '; ', Listed),
    format(string(Line), "Yes — for ~w~w (~w answers).", [Listed, More, N]).

binding_text(Bindings, Text) :-
    dict_pairs(Bindings, _, Pairs),
    findall(T, ( member(K-V, Pairs), format(string(T), "~w = ~w", [K, V]) ), Ts),
    atomic_list_concat(Ts, ', ', Text).

% The repairs a "no" verdict turns on when the request did not ask for
% them: a small search (changes of up to 3 facts, 25 sets), under its own
% part of the inferences left to the ask; if it runs out, the verdict has
% no decisive facts (decisive_found is false).
verdict_repairs(Goal, Options, Repairs) :-
    inference_budget(Options, Budget0),
    Budget is min(Budget0, 3_000_000),
    (   catch(call_with_inference_limit(
                  ( minimal_repairs(Goal, 3, 25, Repairs0),
                    consistent_repairs(Goal, 3, Repairs0, Repairs1) ),
                  Budget, Result),
              error(resource_error(_), _), fail),
        Result \== inference_limit_exceeded
    ->  Repairs = Repairs1
    ;   Repairs = searched_out
    ).

no_verdict_dict(Goal, VarNames, Repairs, Places, Verdict) :-
    copy_term(Goal-VarNames, G-VNs),
    maplist(name_variable, VNs),
    (   Repairs == searched_out
    ->  no_verdict(G, [], Line0, []),
        goal_sentence(G, Sentence),
        format(string(Line), "No — it does not follow that ~w.", [Sentence]),
        ignore(Line0 = Line),
        Verdict = _{line:Line, decisive:[], decisive_found:false, on_facts_given:false}
    ;   no_verdict(G, Repairs, Line, Decisive),
        maplist(decisive_dict(Places), Decisive, DecisiveDicts),
        (   Decisive \== [], \+ memberchk(decisive(_, given, _), Decisive)
        ->  OnFactsGiven = true
        ;   OnFactsGiven = false
        ),
        Verdict = _{line:Line, decisive:DecisiveDicts, decisive_found:true, on_facts_given:OnFactsGiven}
    ).

decisive_dict(Places, decisive(Fact, Status, Alts),
              _{fact:Text, text:Sentence, status:Status, alternatives:AltTexts, where:Where}) :-
    goal_text(Fact, Text),
    goal_sentence(Fact, Sentence),
    maplist(value_text, Alts, AltTexts),
    (   member(F-W, Places), F =@= Fact -> Where = W ; Where = null ).

% --- answers: one per binding, and how many there are ------------------------
%
% An answer is a distinct binding of the question's variables; two proofs of
% the same binding (two rules concluding the same thing, or one rule by two
% appeals) are two justifications of one answer, grouped in it.  Only so
% many answers are listed, but every binding is counted before the cut, and
% the answer says when it was cut.

%!  max_answers(-N) is det.
%
%   At most N answers (distinct bindings) are listed.

max_answers(100).

%!  max_grouped_proofs(-N) is det.
%
%   At most N proofs in all are gathered to group them by binding; beyond
%   them, each further binding has its first proof only.

max_grouped_proofs(200).

%!  max_counted_answers(-N) is det.
%
%   At most N distinct bindings are counted (answers_found is then a lower
%   bound).

max_counted_answers(100_000).

%!  answer_groups(+Goal, +VarNames, +Options, -Groups, -Found) is det.
%
%   Groups are the answers of Goal to list, in the order their first proofs
%   are found: `group(VarNames1, Proofs)`, VarNames1 a copy of VarNames
%   with the answer's binding, Proofs its distinct proofs (the first one
%   first), at most max_answers/1 groups.  Found is
%   `found(Count, Exact, AllProofs)`: Count distinct bindings were found
%   (Exact: `true` if that is all of them, `false` if the search stopped
%   at max_counted_answers/1 or at its inference budget, so that Count is
%   a lower bound), and AllProofs is `true` if every proof of every listed
%   answer is in its group.  The proofs are gathered in three steps, each
%   cheaper than the one before it would be: up to max_grouped_proofs/1
%   proofs, grouped; if there were more, the first proof of each of the
%   first max_answers/1 + 1 bindings; if there were more bindings still,
%   a count of all of them.  The last two run under half the inferences
%   left to the ask each (option inference_budget/2).

answer_groups(Goal, VarNames, Options, Groups, found(Count, Exact, AllProofs)) :-
    visible_values(VarNames, Binding),
    max_answers(Cap),
    max_grouped_proofs(MaxProofs),
    findall(VarNames-Proof, limit(MaxProofs, prove(Goal, Proof)), Pairs),
    group_by_binding(Pairs, Grouped),
    length(Pairs, NProofs),
    (   NProofs < MaxProofs
    ->  AllProofs = true,
        All = Grouped,
        length(All, Count),
        Exact = true
    ;   AllProofs = false,
        Cap1 is Cap + 1,
        inference_budget(Options, Budget1),
        bounded_solutions(VarNames-Proof, distinct(Binding, prove(Goal, Proof)), Cap1, Budget1,
                          Firsts, FirstsComplete),
        add_first_proofs(Firsts, Grouped, All),
        length(All, N),
        (   FirstsComplete == true
        ->  Count = N, Exact = true
        ;   N > Cap
        ->  inference_budget(Options, Budget2),
            count_bindings(Goal, Binding, Budget2, Counted, Exact),
            Count is max(N, Counted)
        ;   Count = N, Exact = false
        )
    ),
    (   length(Groups, Cap), append(Groups, _, All)
    ->  true
    ;   Groups = All
    ).

%   found_dict(+Found, -Dict): the answer's fields saying what was left out.
found_dict(found(Count, Exact, AllProofs),
           _{truncated:Truncated, answers_found:Count, answers_found_exact:Exact, all_proofs:AllProofs}) :-
    max_answers(Cap),
    (   ( Count > Cap ; Exact == false ) -> Truncated = true ; Truncated = false ).

% visible_values(+VarNames, -Values): the values of the question's variables
% that are shown (their names do not start with `_`).
visible_values([], []).
visible_values([Name=V|VarNames], Values) :-
    (   sub_atom(Name, 0, _, _, '_')
    ->  Values = Rest
    ;   Values = [V|Rest]
    ),
    visible_values(VarNames, Rest).

% group_by_binding(+Pairs, -Groups): VarNames-Proof pairs grouped by the
% visible binding (variants), in the order of first appearance; within a
% group, variants of a proof already there are dropped.
group_by_binding(Pairs, Groups) :-
    foldl(add_to_group, Pairs, [], RevGroups),
    reverse(RevGroups, Groups0),
    maplist(reverse_group, Groups0, Groups).

add_to_group(VarNames-Proof, Groups0, Groups) :-
    visible_values(VarNames, Key),
    (   select(group(VNs, Proofs0), Groups0, group(VNs, Proofs), Groups),
        visible_values(VNs, Key0),
        Key0 =@= Key
    ->  (   member(P, Proofs0), P =@= Proof
        ->  Proofs = Proofs0
        ;   Proofs = [Proof|Proofs0]
        )
    ;   Groups = [group(VarNames, [Proof])|Groups0]
    ).

reverse_group(group(VNs, RevProofs), group(VNs, Proofs)) :-
    reverse(RevProofs, Proofs).

% add_first_proofs(+Firsts, +Grouped, -All): Grouped, then a group of its
% one proof for each binding of Firsts (VarNames-Proof) not yet grouped.
add_first_proofs(Firsts, Grouped, All) :-
    findall(group(VNs, [P]),
            ( member(VNs-P, Firsts),
              visible_values(VNs, Key),
              \+ ( member(group(G, _), Grouped), visible_values(G, K), K =@= Key ) ),
            More),
    append(Grouped, More, All).

% inference_budget(+Options, -Budget): half the inferences left to the ask
% (option inference_budget(Start, Limit)), at least 1; 10,000,000 without it.
inference_budget(Options, Budget) :-
    (   memberchk(inference_budget(Start, Limit), Options)
    ->  statistics(inferences, Now),
        Budget is max(1, (Start + Limit - Now) // 2)
    ;   Budget = 10_000_000
    ).

%!  bounded_solutions(+Template, :Goal, +Max, +Budget, -Solutions, -Complete) is det.
%
%   Solutions are the instances of Template for the first solutions of
%   Goal, at most Max, found within Budget inferences.  Complete is `true`
%   if Goal has no other solutions, `false` if the search stopped at Max
%   or at the budget (the solutions found until then are kept).  Goal is
%   left as it was (its bindings are undone).

bounded_solutions(Template, Goal, Max, Budget, Solutions, Complete) :-
    State = state([], 0, more),
    \+ \+ call_with_inference_limit(
        (   call(Goal),
            arg(1, State, Found0),
            arg(2, State, N0),
            N is N0 + 1,
            nb_setarg(1, State, [Template|Found0]),
            nb_setarg(2, State, N),
            N >= Max,
            !
        ;   nb_setarg(3, State, exhausted)
        ),
        Budget, _),
    arg(1, State, RevSolutions),
    reverse(RevSolutions, Solutions),
    (   arg(3, State, exhausted) -> Complete = true ; Complete = false ).

% count_bindings(+Goal, +Binding, +Budget, -Count, -Exact): Count distinct
% instances of Binding for the proofs of Goal, counted within Budget
% inferences and up to max_counted_answers/1; Exact is `false` if either
% bound stopped the count.
count_bindings(Goal, Binding, Budget, Count, Exact) :-
    max_counted_answers(Max),
    bounded_count(distinct(Binding, prove(Goal, _)), Max, Budget, Count, Exact).

bounded_count(Goal, Max, Budget, Count, Complete) :-
    State = count(0, more),
    \+ \+ call_with_inference_limit(
        (   call(Goal),
            arg(1, State, N0),
            N is N0 + 1,
            nb_setarg(1, State, N),
            N >= Max,
            !
        ;   nb_setarg(2, State, exhausted)
        ),
        Budget, _),
    arg(1, State, Count),
    (   arg(2, State, exhausted) -> Complete = true ; Complete = false ).

binding_dict(VarNames, Dict) :-
    findall(Name-Text,
            ( member(Name=Value, VarNames),
              \+ sub_atom(Name, 0, _, _, '_'),
              value_text(Value, Text) ),
            Pairs),
    dict_pairs(Dict, json, Pairs).

assumption_dict(\+ Goal, _{goal:Text, kind:Kind, text:Sentence, fact_text:FactText}) :-
    goal_text(Goal, Text),
    goal_sentence(\+ Goal, Sentence),
    (   is_case_fact_goal(Goal)
    ->  Kind = case_fact,
        format(string(FactText), "no fact ~w was given", [Text])
    ;   Kind = derived,
        format(string(FactText), "~w does not follow from the facts", [Text])
    ).

%!  node_dict(+Node, -Dict) is det.
%
%   Dict is the JSON form of a proof node (see the contract in docs/usage.md).

node_dict(node(Goal, Status, Rule, Children), Dict) :-
    goal_text(Goal, Text),
    rule_json(Rule, RuleJson, Source),
    maplist(node_dict, Children, ChildDicts),
    goal_sentence(Goal, Sentence),
    Dict0 = _{goal:Text, text:Sentence, status:Status, rule:RuleJson, source:Source, children:ChildDicts},
    node_extras(Goal, Status, Dict0, Dict).

rule_json(none, null, null) :- !.
rule_json(Id, Id, Source) :-
    rule_source(Id, source(Paragraph, Articles, Text)),
    Source = _{paragraph:Paragraph, articles:Articles, text:Text}.

node_extras(reading_selected(P, R), _, D0, D) :-
    reading(P, R, Meaning, _), !,
    D = D0.put(reading, _{passage:P, reading:R, meaning:Meaning}).
node_extras(\+ Goal, assumed_absent, D0, D) :- !,
    assumption_dict(\+ Goal, A),
    goal_sentence(Goal, Absent),
    (   A.kind == derived
    ->  why_not(Goal, 2, Failures),
        maplist(failure_dict(Goal, []), Failures, WhyNot),
        D = D0.put(_{assumption:A.text, why_not:WhyNot, absent:Absent, absent_kind:derived})
    ;   D = D0.put(_{assumption:A.text, absent:Absent, absent_kind:case_fact})
    ).
node_extras(Goal, given, D0, D) :-
    functor(Goal, Name, _),
    not_encoded_article(Name, Article), !,
    format(string(Note), "depends on ~w (not encoded; given as a fact)", [Article]),
    D = D0.put(note, Note).
node_extras(_, _, D, D).

failure_dict(Goal, VarNames, failure(Id, Head, Satisfied, Failed), Dict) :-
    name_question_vars(Goal, VarNames, Head),
    rule_json(Id, _, Source),
    maplist(node_dict, Satisfied, SatDicts),
    goal_text(Head, HeadText),
    goal_sentence(Head, HeadSentence),
    failed_dict(Failed, FailedDict0),
    failed_goal(Failed, FailedGoal),
    goal_sentence(FailedGoal, FailedSentence),
    FailedDict = FailedDict0.put(text, FailedSentence),
    Dict = _{rule:Id, conclusion:HeadText, text:HeadSentence, source:Source,
             satisfied:SatDicts, failed:FailedDict}.

failed_goal(missing(G), G).
failed_goal(blocked(G, _), \+ G).
failed_goal(false(G), G).
failed_goal(unproved(G, _), G).

failed_dict(missing(Goal), _{goal:T, kind:missing_fact, proof:null, why_not:[]}) :-
    goal_text(Goal, T).
failed_dict(blocked(Goal, Proof), _{goal:T, kind:blocked, proof:N, why_not:[]}) :-
    goal_text(\+ Goal, T),
    node_dict(Proof, N).
failed_dict(false(Goal), _{goal:T, kind:condition_false, proof:null, why_not:[]}) :-
    goal_text(Goal, T).
failed_dict(unproved(Goal, Sub), _{goal:T, kind:unproved, proof:null, why_not:Subs}) :-
    goal_text(Goal, T),
    maplist(failure_dict(Goal, []), Sub, Subs).

% Name the variables of the rule's instance Head of the question Goal after
% the question's own variables, position by position.
name_question_vars(Goal, VarNames, Head) :-
    (   compound(Goal), compound(Head)
    ->  Goal =.. [_|QArgs],
        Head =.. [_|HArgs],
        maplist(name_var(VarNames), QArgs, HArgs)
    ;   true
    ).

name_var(VarNames, Q, H) :-
    (   var(Q), var(H), member(Name=V, VarNames), V == Q
    ->  H = '$VAR'(Name)
    ;   true
    ).

%!  goal_text(+Goal, -Text) is det.
%
%   Text is Goal written as Prolog would read it back (quoted), dates
%   as `2018-03-15`, remaining variables as `_`.

goal_text(Goal, Text) :-
    goal_text(Goal, [], Text).

goal_text(Goal, VarNames, Text) :-
    copy_term(Goal-VarNames, G-VNs),
    maplist(name_variable, VNs),
    term_variables(G, Free),
    maplist(=('$VAR'('_')), Free),
    (   G = (\+ Inner)
    ->  write_goal(Inner, InnerText),
        string_concat("\\+ ", InnerText, Text)
    ;   write_goal(G, Text)
    ).

name_variable(Name=V) :-
    (   var(V) -> V = '$VAR'(Name) ; true ).

write_goal(G, Text) :-
    format(string(Text), "~W",
           [G, [quoted(true), numbervars(true), portray_goal(portray_date), spacing(next_argument)]]).

portray_date(date(Y, M, D), _) :-
    integer(Y), integer(M), integer(D),
    format("~d-~|~`0t~d~2+-~|~`0t~d~2+", [Y, M, D]).

value_text(Value, Text) :-
    goal_text(Value, Text).

%!  dict_json(+Dict, -Text) is det.
%
%   Text is Dict as compact JSON.  Answers with proofs are large (some ten
%   thousand characters, hundreds of strings), and library(http/json)'s
%   general writer, which tracks layout state for every value, took a third of
%   an ask; this writer handles just what answers hold -- dicts, lists,
%   strings, atoms (`true`, `false`, `null` as themselves), numbers -- and
%   escapes strings with the library's foreign json_write_string/2.

dict_json(Dict, Text) :-
    with_output_to(string(Text), json_value(Dict)).

json_value(D) :-
    is_dict(D), !,
    dict_pairs(D, _, Pairs),
    put_char('{'),
    json_members(Pairs),
    put_char('}').
json_value(L) :-
    is_list(L), !,
    put_char('['),
    json_elements(L),
    put_char(']').
json_value(S) :-
    string(S), !,
    json_string(S).
json_value(A) :-
    atom(A), !,
    (   json_literal(A)
    ->  write(A)
    ;   json_string(A)
    ).
json_value(N) :-
    integer(N), !,
    write(N).
json_value(N) :-
    number(N), !,
    F is float(N),
    write(F).
json_value(T) :-
    type_error(json_value, T).

% The library's foreign string writer when this SWI-Prolog has it (it is not
% exported), its exported general writer otherwise.
:- if(current_predicate(json:json_write_string/2)).
json_string(S) :- json:json_write_string(current_output, S).
:- else.
json_string(S) :- json_write(current_output, S, [width(0)]).
:- endif.

json_literal(true).
json_literal(false).
json_literal(null).

json_members([]).
json_members([K-V|Ps]) :-
    json_string(K),
    put_char(':'),
    json_value(V),
    (   Ps == []
    ->  true
    ;   put_char(','),
        json_members(Ps)
    ).

json_elements([]).
json_elements([V|Vs]) :-
    json_value(V),
    (   Vs == []
    ->  true
    ;   put_char(','),
        json_elements(Vs)
    ).

%!  error_dict(+Error, -Dict) is det.
%
%   The JSON error object for an error raised while answering.

error_dict(query_error(Type, M, Column), _{error:_{type:Type, message:M, where:null, column:Column}}) :- !.
error_dict(case_error(Type, M, Where, Text), _{error:_{type:Type, message:M, where:Where, column:null, fact:Text}}) :- !.
error_dict(case_error(Type, M), _{error:_{type:Type, message:M, where:null, column:null}}) :- !.
error_dict(contradiction_error(M, Where, Places, Texts),
           _{error:_{type:contradiction, message:M, where:Where, column:null, places:Places, facts:Texts}}) :- !.
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

vocabulary_json(Text) :-
    findall(_{name:N, arity:A, arguments:Args, meaning:M, paragraphs:Ps, articles:As, not_encoded:NE,
              nature:Nature},
            ( case_fact(N, ArgSpecs, M, source(Ps, As)),
              length(ArgSpecs, A),
              maplist(arg_dict, ArgSpecs, Args),
              fact_nature(N, Nature),
              ( not_encoded_article(N, NE0) -> NE = NE0 ; NE = null ) ),
            Facts),
    findall(_{type:T, values:Vs, meaning:M}, enumeration(T, Vs, M), Enums),
    findall(_{person:P, meaning:M}, reserved_person(P, M), Reserved),
    findall(_{nature:K, meaning:M}, nature(K, M), Natures),
    dict_json(_{facts:Facts, enumerations:Enums, reserved_persons:Reserved, natures:Natures}, Text).

arg_dict(Name:Type, _{name:Name, type:Type}).

%!  norms_json(-Text) is det.
%
%   Text lists every legal rule (id, paragraph, articles, quoted text, the
%   clause as Prolog text), the ambiguous passages with their readings, and
%   what is deliberately not encoded (coverage.pl).

norms_json(Text) :-
    findall(P-Dict,
            ( rule_source(Id, source(P, As, T)),
              rule_clause(Id, M, Head, Body),
              clause_text(Head, Body, ClauseText),
              goal_text(Head, HeadText),
              Dict = _{id:Id, paragraph:P, articles:As, text:T, module:M,
                       conclusion:HeadText, clause:ClauseText} ),
            Pairs),
    pairs_values(Pairs, Rules),
    findall(_{passage:Pa, paragraph:Par, text:Tx, why:W, readings:Rs, affects:Affects},
            ( ambiguous_passage(Pa, Par, Tx, W),
              findall(_{reading:R, meaning:Me, status:S}, reading(Pa, R, Me, S), Rs),
              findall(Q, ( passage_affects(Pa, N/A), format(string(Q), "~w/~w", [N, A]) ), Affects) ),
            Passages),
    findall(_{paragraph:Par, what:W, why:Y}, not_encoded(Par, W, Y), NotEncoded),
    dict_json(_{rules:Rules, ambiguous_passages:Passages, not_encoded:NotEncoded}, Text).

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
