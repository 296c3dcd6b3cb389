:- encoding(utf8).
/*  plunit tests of the knowledge base (run by tests/test_plunit.py, or:
    swipl -g "consult('kb/tests/test_kb.plt'), run_tests" -t halt kb/cassation.pl)
*/
:- use_module(library(plunit)).
:- use_module(library(yaml)).
:- use_module(library(http/json)).
:- use_module('../engine/norm_syntax').
:- use_module('../law/vocabulary').
:- use_module('../engine/case_facts').
:- use_module('../engine/calendar').
:- use_module('../law/readings').
:- use_module('../engine/explain').
:- use_module('../engine/repairs').
:- use_module(library(assoc)).
:- use_module('../engine/json_api').
:- use_module('../engine/request').
:- use_module('../engine/json_writer').
:- use_module('../cassation').

kb_root(Root) :-
    module_property(cassation, file(File)),
    file_directory_name(File, KB),
    file_directory_name(KB, Root).

root_file(Rel, Abs) :-
    kb_root(Root),
    directory_file_path(Root, Rel, Abs).

:- begin_tests(vocabulary).

test(date_forms) :-
    check_case_fact(entered_into_force(v1, 2019-03-05), F1),
    check_case_fact(entered_into_force(v1, '2019-03-05'), F2),
    check_case_fact(entered_into_force(v1, date(2019, 3, 5)), F3),
    assertion(F1 == entered_into_force(v1, date(2019, 3, 5))),
    assertion(F2 == F1), assertion(F3 == F1).
test(leap_day) :-
    check_case_fact(entered_into_force(v1, 2020-02-29), _).
test(not_a_leap_day, throws(error(case_fact_error(type(date, date, _), _), _))) :-
    check_case_fact(entered_into_force(v1, 2019-02-29), _).
test(century_not_leap, throws(error(case_fact_error(type(date, date, _), _), _))) :-
    check_case_fact(entered_into_force(v1, 1900-02-29), _).
test(undeclared, throws(error(vocabulary_error(bribe/1, _), _))) :-
    check_case_fact(bribe(x), _).
test(wrong_arity, throws(error(vocabulary_error(judicial_act/2, _), _))) :-
    check_case_fact(judicial_act(v1, verdict), _).
test(enumeration, throws(error(case_fact_error(type(instance, court_instance, supreme), _), _))) :-
    check_case_fact(judicial_act(v1, verdict, supreme), _).
test(variables, throws(error(case_fact_error(not_ground, _), _))) :-
    check_case_fact(judicial_act(_, verdict, first_instance), _).
test(clause, throws(error(case_fact_error(clause, _), _))) :-
    check_case_fact((judicial_act(v1, verdict, first_instance) :- true), _).
test(string_names_become_atoms) :-
    check_case_fact(participant("Қайрат", convicted), F),
    assertion(F == participant('Қайрат', convicted)).
test(every_fact_has_meaning_and_source) :-
    forall(case_fact(N, Args, M, source(Ps, As)),
           ( assertion(atom(N)), assertion(string(M)), assertion(Args \== []),
             assertion(is_list(Ps)), assertion(As \== []) )).

:- end_tests(vocabulary).

:- begin_tests(calendar).

test(one_year) :- one_year_later(date(2019, 4, 12), D), assertion(D == date(2020, 4, 12)).
test(one_year_from_leap_day) :- one_year_later(date(2020, 2, 29), D), assertion(D == date(2021, 2, 28)).
test(before) :- date_before(date(2020, 12, 31), date(2021, 1, 1)).
test(not_before, fail) :- date_before(date(2021, 1, 1), date(2021, 1, 1)).
test(on_or_before) :- date_on_or_before(date(2021, 1, 1), date(2021, 1, 1)).

:- end_tests(calendar).

:- begin_tests(norms).

test(condition_kinds_recorded_at_load) :-
    % goal_kind/2 looks the kind of a condition up in the table recorded when
    % the KB is loaded; it must be the kind worked out from the vocabulary.
    aggregate_all(count, explain:condition_kind(_, _, _), N),
    assertion(N > 100),
    forall(( norm_syntax:rule_clause(_, _, _, Body), explain:body_conditions(Body, Conds),
             member(C0, Conds), ( C0 = (\+ C) -> true ; C = C0 ) ),
           ( explain:goal_kind(C, K1), explain:kind_of_goal(C, K2), assertion(K1 == K2) )),
    assertion(explain:goal_kind(participant(_, _), case_fact)),
    assertion(explain:goal_kind(may_review(_, _), derived)),
    assertion(explain:goal_kind(date_before(_, _), builtin)),
    assertion(explain:goal_kind(reading_selected(_, _), reading)),
    assertion(\+ explain:goal_kind(halt(0), _)).

test(well_formed) :- check_norms.
test(every_rule_has_provenance) :-
    forall(rule_clause(Id, _, _, _),
           ( rule_source(Id, source(P, As, T)),
             assertion(between(1, 27, P)), assertion(As \== []), assertion(string(T)) )).
test(rule_ids_unique) :-
    findall(Id, rule_source(Id, _), Ids),
    msort(Ids, Sorted), sort(Ids, Set),
    assertion(Sorted == Set).
test(reading_defaults) :-
    forall(ambiguous_passage(P, _, _, _),
           ( findall(R, reading(P, R, _, default), [_]) )).

% The meta-interpreter answers every scenario question exactly as the
% compiled rules do (same answers, same multiplicity).
test(meta_interpreter_agrees_with_compiled_rules) :-
    root_file(queries, Dir),
    directory_files(Dir, Files),
    forall(( member(F, Files), file_name_extension(_, yaml, F) ),
           ( directory_file_path(Dir, F, Path),
             check_scenario(Path) )).

check_scenario(Path) :-
    load_case(Path),
    yaml_read(Path, Doc),
    forall(member(Q, Doc.questions),
           ( atom_string(A, Q.ask), atom_string(A, S),
             parse_question(S, Goal, _),
             ( get_dict(readings, Q, Rs) -> dict_pairs(Rs, _, Pairs) ; Pairs = [] ),
             clear_readings,
             forall(member(P-R, Pairs), ( atom_string(RA, R), select_reading(P, RA) )),
             functor(Goal, N, Ar), functor(Head, N, Ar),
             once(rule_clause(_, M, Head, _)),
             findall(Goal, M:Goal, Compiled), msort(Compiled, C),
             findall(Goal, prove(Goal, _), Meta), msort(Meta, Mt),
             assertion(C == Mt),
             clear_readings )),
    clear_case.

test(proof_marks_assumptions) :-
    root_file('queries/p1_counsel_appeal.yaml', Path),
    load_case(Path),
    once(prove(may_review(v1, 'Қайрат'), Proof)),
    proof_assumptions(Proof, As),
    assertion(memberchk(\+ appeal_withdrawn(a1), As)),
    proof_rules(Proof, Rules),
    assertion(memberchk(p1_appeal_by_defender_of_convicted, Rules)),
    clear_case.

test(why_not_reports_first_failed_condition) :-
    root_file('queries/p1_withdrawn_appeal.yaml', Path),
    load_case(Path),
    why_not(considered_on_appeal(v1), 1, Failures),
    assertion(memberchk(failure(p1_considered_on_appeal, _, _, blocked(appeal_withdrawn(a1), _)), Failures)),
    clear_case.

:- end_tests(norms).

:- begin_tests(json_api).

ask(Request, Dict) :-
    atom_json_dict(Text, Request, [as(string)]),
    ask_json(Text, Out),
    atom_json_dict(Out, Dict, [value_string_as(string)]).

test(snapshot_leaves_no_facts) :-
    clear_case,
    ask(_{question:"reviewable_in_cassation(v1)",
          facts:["judicial_act(v1, decision, appellate)", "entered_into_force(v1, 2020-01-01)"]}, D),
    assertion(D.holds == true),
    assertion(\+ case_fact_clause(_)).
test(readings_do_not_survive) :-
    ask(_{question:"reviewable_in_cassation(v1)", facts:[],
          readings:_{p3_took_no_part_earlier:"standing_only"}}, _),
    once(reading_selected(p3_took_no_part_earlier, R)),
    assertion(R == exempt_if_reviewed_on_appeal).
test(unicode_round_trip) :-
    ask(_{question:"entitled_participant(P, x, S)",
          facts:["participant('Қайрат \\'Ә\\' \\\\ Ғ', convicted)"]}, D),
    [A] = D.answers,
    assertion(A.bindings.'P' == "'Қайрат \\'Ә\\' \\\\ Ғ'").
test(query_syntax_error) :-
    ask(_{question:"may_review(v1, ", facts:[]}, D),
    assertion(D.error.type == "query_syntax").
test(unknown_question) :-
    ask(_{question:"halt", facts:[]}, D),
    assertion(D.error.type == "unknown_question").
test(goal_is_never_called) :-
    ask(_{question:"may_review(v1, P), halt(3)", facts:[]}, D),
    assertion(D.error.type == "unknown_question").
test(fact_error_has_where) :-
    ask(_{question:"may_review(v1, P)", facts:[_{text:"bribe(x)", where:"c.yaml:4"}]}, D),
    assertion(D.error.type == "vocabulary"),
    assertion(D.error.where == "c.yaml:4").
test(inference_limit) :-
    ask(_{question:"may_review(v1, P)", facts:["judicial_act(v1, decision, appellate)"],
          limits:_{inferences:10}}, D),
    assertion(D.error.type == "resource_limit").
test(brief_answer_has_rules_not_proofs) :-
    ask(_{question:"reviewable_in_cassation(v1)", explain:false,
          facts:["judicial_act(v1, decision, appellate)", "entered_into_force(v1, 2020-01-01)"]}, D),
    assertion(D.holds == true),
    assertion(D.explained == false),
    [A] = D.answers,
    assertion(\+ get_dict(proof, A, _)),
    assertion(A.rules == ["p1_appellate_act", "p1_reviewable_484_part_one"]).
test(brief_answer_refuses_repairs) :-
    ask(_{question:"reviewable_in_cassation(v1)", explain:false, facts:[],
          repairs:_{max_size:1, max_sets:10}}, D),
    assertion(D.error.type == "request").
test(discarded_facts_are_freed) :-
    % SWI-Prolog 9.0.4 keeps clauses that snapshot/1 discards from an indexed
    % dynamic predicate; json_api frees them (case_facts:reclaim_rolled_back_clauses/1).
    numlist(1, 20, Ns),
    maplist([N, F]>>format(string(F), "participant(p~w, victim)", [N]), Ns, Facts),
    atom_json_dict(Text, _{question:"may_review(v1, P)", facts:Facts}, [as(string)]),
    ask_json(Text, _),
    garbage_collect_clauses,        % erased clauses count until collected: collect both times
    statistics(clauses, C0),
    forall(between(1, 100, _), ask_json(Text, _)),
    garbage_collect_clauses,
    statistics(clauses, C1),
    assertion(C1 - C0 < 1000).        % 2,000 without the reclaim (20 facts x 100 asks)
test(answer_is_json_with_escapes) :-
    json_writer:dict_json(_{s:"a\"b\\c\nd\u0001 Қ", l:[1, 2.5, true, null, x], e:_{}}, Text),
    atom_json_dict(Text, D, [value_string_as(string)]),
    assertion(D.s == "a\"b\\c\nd\u0001 Қ"),
    assertion(D.l == [1, 2.5, true, null, "x"]),
    assertion(dict_pairs(D.e, _, [])).
test(not_json) :-
    ask_json("{not json", Out),
    atom_json_dict(Out, D, [value_string_as(string)]),
    assertion(D.error.type == "request").

% Warnings: a question that may not ask what its writer meant is answered,
% with a warning (question_warnings/4, the `warnings` of the answer).
warnings_of(Question, Facts, Warnings) :-
    atom_json_dict(Request, _{question:Question, facts:Facts}, [as(string)]),
    ask_json(Request, Out),
    atom_json_dict(Out, D, [value_string_as(string)]),
    Warnings = D.warnings.

test(unquoted_variable_matching_case_name_warns) :-
    warnings_of("may_review(v1, X)", ["judicial_act(v1, verdict, first_instance)", "participant(x, convicted)"], Ws),
    assertion(Ws == ["X matches the name x in the case: to ask about that person write 'x' (quoted); as written, X is a variable and stands for anyone"]).
test(cyrillic_capitalised_variable_warns) :-
    warnings_of("may_review(v1, Қайрат)", ["judicial_act(v1, verdict, first_instance)"], Ws),
    assertion(Ws == ["Қайрат looks like a name: to ask about a person named Қайрат write 'Қайрат' (quoted); as written, Қайрат is a variable and stands for anyone"]).
test(cyrillic_variable_matching_case_name_warns) :-
    warnings_of("may_review(v1, ҚАЙРАТ)", ["judicial_act(v1, verdict, first_instance)", "participant('Қайрат', convicted)"], Ws),
    Ws = [W],
    assertion(sub_string(W, 0, _, _, "ҚАЙРАТ matches the name Қайрат in the case")).
test(absent_name_warns) :-
    warnings_of("may_review(v1, ivanov)", ["judicial_act(v1, verdict, first_instance)"], Ws),
    assertion(Ws == ["ivanov occurs nowhere in the case"]).
test(conventional_variables_no_warning) :-
    forall(member(Q, ["may_review(v1, P)", "may_review(Act, Petitioner)", "may_review(v1, X1)",
                      "may_review(v1, prosecutor_general)", "cassation_route(v1, R)"]),
           ( warnings_of(Q, ["judicial_act(v1, verdict, first_instance)", "participant(x, convicted)"], Ws),
             assertion(Ws == []) )).


% ask_json/3: the given facts as one case text (records Where U+0001 Text,
% separated by U+0000), as the bridge sends them.
case_text(Items, Text) :-
    findall(R, ( member(W-T, Items), format(string(R), "~w\u0001~w", [W, T]) ), Rs),
    atomic_list_concat(Rs, '\u0000', A),
    atom_string(A, Text).

test(case_text_answers_as_facts_do) :-
    Facts = [_{text:"judicial_act(v1, decision, appellate)", where:"c.yaml:1"},
             "entered_into_force(v1, 2020-01-01)"],
    atom_json_dict(R2, _{question:"reviewable_in_cassation(v1)", facts:Facts}, [as(string)]),
    ask_json(R2, Out2),
    atom_json_dict(R3, _{question:"reviewable_in_cassation(v1)"}, [as(string)]),
    case_text(["c.yaml:1"-"judicial_act(v1, decision, appellate)", ""-"entered_into_force(v1, 2020-01-01)"], Case),
    ask_json(R3, Case, Out3),
    atom_json_dict(Out3, D3, [value_string_as(string)]),
    assertion(D3.holds == true),
    assertion(Out2 == Out3).
test(case_text_error_has_where) :-
    atom_json_dict(R, _{question:"may_review(v1, P)"}, [as(string)]),
    case_text(["c.yaml:4"-"bribe(x)"], Case),
    ask_json(R, Case, Out),
    atom_json_dict(Out, D, [value_string_as(string)]),
    assertion(D.error.type == "vocabulary"),
    assertion(D.error.where == "c.yaml:4").
test(case_text_record_without_place_separator) :-
    atom_json_dict(R, _{question:"may_review(v1, P)"}, [as(string)]),
    ask_json(R, "participant(x, convicted)", Out),
    atom_json_dict(Out, D, [value_string_as(string)]),
    assertion(D.error.type == "request").
test(case_text_and_facts_both) :-
    atom_json_dict(R, _{question:"may_review(v1, P)", facts:[]}, [as(string)]),
    ask_json(R, "", Out),
    atom_json_dict(Out, D, [value_string_as(string)]),
    assertion(D.error.type == "request").
test(empty_case_text_is_no_facts) :-
    atom_json_dict(R, _{question:"reviewable_in_cassation(v1)"}, [as(string)]),
    ask_json(R, "", Out),
    atom_json_dict(Out, D, [value_string_as(string)]),
    assertion(D.holds == false).
test(decisive_facts_keep_their_places_among_many) :-
    % fact_places/3 pairs each fact with its own place (it once looked each
    % fact up by its number: quadratic in the facts).
    numlist(1, 300, Ns),
    findall(W-T, ( member(N, Ns), format(string(W), "c.yaml:~w", [N]),
                   format(string(T), "participant(v~w, victim)", [N]) ), Pad),
    append(["c.yaml:900"-"judicial_act(v1, decision, appellate)"|Pad],
           ["c.yaml:901"-"entered_into_force(v1, 2020-01-01)"], Items),
    case_text(Items, Case),
    atom_json_dict(R, _{question:"reviewable_in_cassation(v1)"}, [as(string)]),
    ask_json(R, Case, Out),
    atom_json_dict(Out, D, [value_string_as(string)]),
    findall(F-W, ( member(X, D.verdict.decisive), F = X.fact, W = X.where ), Places),
    assertion(Places == ["judicial_act(v1, decision, appellate)"-"c.yaml:900",
                         "entered_into_force(v1, 2020-01-01)"-"c.yaml:901"]).
test(variable_matching_first_of_many_names) :-
    numlist(1, 200, Ns),
    findall(T, ( member(N, Ns), format(string(T), "participant(x~w, victim)", [N]) ), Pad),
    warnings_of("may_review(v1, X7)", ["judicial_act(v1, verdict, first_instance)"|Pad], Ws),
    assertion(Ws == ["X7 matches the name x7 in the case: to ask about that person write 'x7' (quoted); as written, X7 is a variable and stands for anyone"]).

:- end_tests(json_api).

:- begin_tests(load_case).

test(prolog_case_file) :-
    root_file('queries/prolog/p1_counsel_appeal.pl', Path),
    load_case(Path),
    assertion(may_review(v1, 'Қайрат')),
    clear_case.
test(directive_rejected_no_case_left) :-
    root_file('queries/prolog/p1_counsel_appeal.pl', Good),
    root_file('kb/tests/fixtures/hostile_directive.pl', Bad),
    load_case(Good),
    catch(load_case(Bad), error(case_file_error(Where, _), _), true),
    assertion(sub_atom(Where, _, _, _, 'hostile_directive.pl:2')),
    assertion(\+ case_facts:case_fact_clause(_)),
    clear_case.
% A failed load_case/1 used to keep the previous case loaded: the next
% question was answered on it, silently.  Now no case is left, and the
% error says so.
test(stale_case_cleared_after_failed_load) :-
    root_file('queries/prolog/p1_counsel_appeal.pl', Good),
    root_file('kb/tests/fixtures/hostile_undeclared.pl', Bad),
    load_case(Good),
    assertion(may_review(v1, 'Қайрат')),
    catch(load_case(Bad), error(case_file_error(_, M), _), true),
    assertion(string(M)),
    assertion(sub_string(M, _, _, _, "no case is loaded now")),
    assertion(\+ may_review(v1, 'Қайрат')),
    assertion(\+ case_facts:case_fact_clause(_)),
    clear_case.
test(stale_case_cleared_after_missing_file) :-
    root_file('queries/prolog/p1_counsel_appeal.pl', Good),
    root_file('queries/prolog/no_such_case.pl', Missing),
    load_case(Good),
    catch(load_case(Missing), error(case_file_error(_, M), _), true),
    assertion(sub_string(M, _, _, _, "no case is loaded now")),
    assertion(\+ may_review(v1, 'Қайрат')).
test(undeclared_rejected) :-
    root_file('kb/tests/fixtures/hostile_undeclared.pl', Bad),
    catch(load_case(Bad), error(case_file_error(Where, M), _), true),
    assertion(sub_atom(Where, _, _, _, ':2')),
    assertion(sub_string(M, _, _, _, "bribe/2")).

:- end_tests(load_case).

:- begin_tests(words).

test(every_vocabulary_meaning_names_every_argument) :-
    forall(( case_fact(N, Args, M, _), member(A:_, Args) ),
           ( words:camel(A, K),
             assertion(sub_string(M, _, _, _, K)),
             ( sub_string(M, _, _, _, K) -> true ; format(user_error, "~w: ~w~n", [N, K]) ) )).
test(every_template_fills) :-
    forall(norm_syntax:predicate_template(Name/Arity, _, _),
           ( functor(G, Name, Arity), words:goal_sentence(G, S),
             assertion(\+ sub_string(S, _, _, _, "{")) )).
test(template_pieces) :-
    norm_syntax:template_text_pieces("{act} of {x} {unknown} and {act}", [act, x], P),
    assertion(P == [arg(1), " of ", arg(2), " {unknown} and ", arg(1)]).
test(every_meaning_is_compiled) :-
    forall(case_fact(N, Args, _, _),
           ( length(Args, A), assertion(words:meaning_pieces(N, A, _)) )).
test(meaning_replaces_whole_words_only) :-
    words:meaning_text_pieces("Act and Actor (Act).", [act:id], P),
    assertion(P == [arg(1), " and Actor (", arg(1), ")."]).
test(sentence_of_a_fact) :-
    words:goal_sentence(entered_into_force(v1, date(2019, 5, 10)), S),
    assertion(S == "v1 entered into legal force on 2019-05-10").
test(assumption_phrased_as_absence) :-
    words:goal_sentence(\+ appeal_withdrawn(a1), S),
    assertion(sub_string(S, 0, _, _, "the case does not say that")).

:- end_tests(words).

:- begin_tests(regressions).

% Bug: victim_side/1 was not exported from p05_grounds, so the compiled ¶24
% rule worsening_author/1 raised an existence error in plain swipl.
test(victim_side_visible_to_compiled_p24_rules) :-
    clear_case,
    assert_case_fact(participant(v, victim)),
    assert_case_fact(petition(pt1, v, act1)),
    assertion(p22_scope_and_outcome:worsening_author(pt1)),
    clear_case.

:- end_tests(regressions).

% --- the repair search's why-not -------------------------------------------------

:- begin_tests(failed_conditions).

% Every question of every worked scenario, on its case: failed_conditions/3
% (the repair search's why-not, without the proofs of the conditions that
% held) says what failed exactly as why_not/3 does, at every level.
test(what_failed_is_what_why_not_says, [setup(clear_case), cleanup(clear_case)]) :-
    root_file(queries, Dir),
    directory_files(Dir, Entries),
    msort(Entries, Sorted),
    findall(Path, ( member(E, Sorted), file_name_extension(_, yaml, E),
                    directory_file_path(Dir, E, Path) ),
            Paths),
    length(Paths, N),
    assertion(N >= 100),
    foldl(compare_scenario, Paths, 0, Compared),
    assertion(Compared >= 200).

compare_scenario(Path, N0, N) :-
    load_case(Path),
    yaml_read(Path, Doc),
    (   get_dict(questions, Doc, Questions) -> true ; Questions = [] ),
    foldl(compare_question, Questions, N0, N),
    clear_case.

compare_question(Question, N0, N) :-
    (   get_dict(readings, Question, _)
    ->  N = N0                          % the scenario's own readings: the case's are compared
    ;   text_to_string(Question.ask, Ask),
        parse_question(Ask, Goal, _),
        copy_term(Goal, G1), copy_term(Goal, G2),
        why_not(G1, 6, Full),
        failed_conditions(G2, 6, Light),
        maplist(without_satisfied, Full, Stripped),
        maplist(without_satisfied, Light, LightStripped),
        assertion(LightStripped =@= Stripped),
        N is N0 + 1
    ).

without_satisfied(failure(Id, Head, _, Failed0), failure(Id, Head, [], Failed)) :-
    (   Failed0 = unproved(G, Sub0)
    ->  maplist(without_satisfied, Sub0, Sub),
        Failed = unproved(G, Sub)
    ;   Failed = Failed0
    ).

% A check after a case fact that held (memberchk/2 on the circumstance
% given): the failure lists that fact with the checked value open, and the
% check on it; a failed case fact (nothing held before a check) lists none.
test(a_failed_check_lists_the_fact_it_checked, [setup(clear_case), cleanup(clear_case)]) :-
    assert_case_fact(participant(petrov, convicted)),
    assert_case_fact(defence_circumstance(petrov, state_prosecutor_participates)),
    failed_conditions(defence_mandatory(petrov), 2, [failure(p16_art_67_part_one, _, Widened, false(_))]),
    assertion(Widened = [widened(defence_circumstance(petrov, C), memberchk(C, Items))]),
    Widened = [widened(defence_circumstance(petrov, C), memberchk(C, Items))],
    assertion(var(C)),
    assertion(memberchk(minor, Items)),
    failed_conditions(defence_mandatory(ivanov), 2, [failure(_, _, None, missing(_))]),
    assertion(None == []).

:- end_tests(failed_conditions).

% --- the repair search, one size deeper at a time ---------------------------------

:- begin_tests(repair_search_reuse).

% The withdrawn appeal: no repair of one change, several of two.  A search
% of size 2 that reuses what the search of size 1 tested finds what a
% search of size 2 from scratch finds; what size 1 tested is kept: the
% empty set grown (its candidates listed), each set of one change only
% tested (`untried`), none of them a repair.
test(a_deeper_search_reusing_the_last_finds_the_same, [setup(clear_case), cleanup(clear_case)]) :-
    root_file('queries/p1_withdrawn_appeal.yaml', Path),
    load_case(Path),
    Goal = may_review(v1, ivanov),
    empty_assoc(Empty),
    minimal_repairs(Goal, 1, 25, [], Empty, Tested1),
    get_assoc([], Tested1, tested(false, Candidates)),
    assertion(memberchk(remove(appeal_withdrawn(a1)), Candidates)),
    forall(member(C, Candidates),
           assertion(get_assoc([C], Tested1, tested(false, untried)))),
    minimal_repairs(Goal, 2, 25, Reused, Tested1, Tested2),
    minimal_repairs(Goal, 2, 25, Fresh),
    assertion(Reused \== []),
    assertion(Reused =@= Fresh),
    get_assoc([remove(appeal_withdrawn(a1))], Tested2, tested(false, Grown)),
    assertion(Grown \== untried).

:- end_tests(repair_search_reuse).

% --- ¶23: stating that the review was limited to the request's arguments -----------

:- begin_tests(review_limited_to_arguments).

p23_case(Extra) :-
    maplist(assert_case_fact,
            [ judicial_act(v1, verdict, first_instance), act_outcome(v1, conviction),
              entered_into_force(v1, date(2020, 1, 10)),
              appeal(a1, 'Асхат', v1), appeal_outcome(a1, upheld),
              participant('Асхат', convicted), petition(pt1, 'Асхат', v1),
              cassation_court_decision(cd1, v1, change), decision_reviewed_for(cd1, 'Асхат')
            | Extra ]).

% ¶23: "If the verdict and decision were reviewed only in relation to the
% person ... and only on the arguments set forth in them ... the court must
% indicate this": only where the case states that the review was so limited.
test(stated_where_the_review_was_limited, [setup(clear_case), cleanup(clear_case)]) :-
    p23_case([review_limited_to_arguments(cd1, 'Асхат')]),
    assertion(prove(decision_must_state_review_limited(v1, 'Асхат'), _)).
test(not_where_the_case_does_not_say_so, [setup(clear_case), cleanup(clear_case)]) :-
    p23_case([]),
    assertion(\+ prove(decision_must_state_review_limited(v1, 'Асхат'), _)).

:- end_tests(review_limited_to_arguments).
