:- encoding(utf8).
/*  plunit tests of the languages of the explanations (kb/lang/): every
    sentence in every language, the check that refuses a KB without one,
    the request's "lang", the Russian citations.  Run by tests/test_plunit.py, or:
    swipl -g "consult('kb/tests/test_lang.plt'), run_tests" -t halt kb/cassation.pl
*/
:- use_module(library(plunit)).
:- use_module(library(http/json)).
:- use_module(library(lists)).
:- use_module('../engine/json_api').
:- use_module('../engine/words').
:- use_module('../lang/lang').
:- use_module('../law/vocabulary', [case_fact/4]).
:- use_module('../cassation').

lang_root_file(Rel, Abs) :-
    module_property(cassation, file(File)),
    file_directory_name(File, KB),
    file_directory_name(KB, Root),
    directory_file_path(Root, Rel, Abs).

lang_ask(Request, Dict) :-
    atom_json_dict(Text, Request, [as(string)]),
    ask_json(Text, Out),
    atom_json_dict(Out, Dict, [value_string_as(string)]).

lang_case(_{question:"may_review(v1, P)",
            facts:["judicial_act(v1, verdict, first_instance)", "act_outcome(v1, conviction)",
                   "offence_category(v1, grave)", "entered_into_force(v1, 2019-05-10)",
                   "participant('Қайрат', convicted)", "appeal(a1, 'Қайрат', v1)",
                   "appeal_outcome(a1, upheld)", "petition(pt1, 'Қайрат', v1)",
                   "filed_on(pt1, 2021-02-01)"]}).

:- begin_tests(languages).

test(every_form_in_every_language, [Gaps == []]) :-
    findall(L-W, language_gap(L, W), Gaps).

test(check_passes_on_the_kb) :-
    check_languages.

test(a_template_without_russian_is_refused,
     [ setup(( lang_root_file('kb/tests/fixtures/untranslated_template.pl', F),
               load_files(F, [if(true)]) )),
       cleanup(( lang_root_file('kb/tests/fixtures/untranslated_template.pl', F2),
                 unload_file(F2) )),
       throws(error(existence_error(translation, ru-template(fixture_untranslated/1)), _)) ]) :-
    check_languages.

test(the_fixture_is_gone_after_unloading, [fail]) :-
    language_gap(ru, template(fixture_untranslated/1)).

test(a_sentence_in_russian, [S == "акт v1 был рассмотрен судом апелляционной инстанции"]) :-
    with_language(ru, goal_sentence(considered_on_appeal(v1), S)).

test(a_negation_in_russian, [S == "в деле не указано, что апелляционная жалоба (протест) a1 отозвана в установленном законом порядке"]) :-
    with_language(ru, goal_sentence(\+ appeal_withdrawn(a1), S)).

test(every_argument_of_a_case_fact_is_named_in_russian) :-
    forall(( case_fact(_, Specs, _, _), member(A:_, Specs) ),
           ( argument_words(ru, A, W),
             assertion(\+ sub_atom(W, _, _, _, '_')),
             assertion(W \== A) )).
test(argument_names_in_both_languages) :-
    assertion(argument_words(en, appellate_act, "appellate act")),
    assertion(argument_words(ru, appellate_act, "акт апелляционной инстанции")),
    assertion(argument_words(ru, act, "акт")).
test(the_interview_asks_for_a_value_by_its_russian_name) :-
    lang_case(Case),
    % no facts: the first question asks which act had the outcome conviction
    atom_json_dict(Request, Case.put(_{lang:"ru", facts:[]}), [as(string)]),
    interview_json(Request, Response),
    atom_json_dict(Response, Step, [value_string_as(string)]),
    Words = Step.next.question,
    assertion(sub_string(Words, _, _, _, "какое значение «")),
    assertion(\+ sub_string(Words, _, _, _, "which")).
test(readings_and_notes_in_both_languages) :-
    reading_meaning(ru, p1_withdrawn_appeal, not_reviewable_at_all, Ru),
    assertion(sub_string(Ru, _, _, _, "вовсе не подлежит кассационному пересмотру")),
    reading_meaning(en, p1_withdrawn_appeal, not_reviewable_at_all, En),
    assertion(readings:reading(p1_withdrawn_appeal, not_reviewable_at_all, En, _)),
    passage_note(ru, p24_worsening_cases, Note),
    assertion(Note == "Пункт перечисляет три случая; закрыт ли перечень, не сказано."),
    assertion(\+ reading_meaning(ru, p1_withdrawn_appeal, no_such_reading, _)).
test(norms_list_every_note_and_reading_in_russian_too) :-
    norms_json(Text),
    atom_json_dict(Text, Norms, [value_string_as(string)]),
    forall(member(P, Norms.ambiguous_passages),
           ( assertion(P.why_ru \== P.why),
             assertion(cyrillic(P.why_ru)),
             forall(member(R, P.readings),
                    ( assertion(R.meaning_ru \== R.meaning), assertion(cyrillic(R.meaning_ru)) )) )),
    forall(member(N, Norms.not_encoded),
           ( assertion(N.why_ru \== N.why), assertion(cyrillic(N.why_ru)) )).
test(a_reading_in_a_russian_proof_is_worded_in_russian) :-
    % the Prosecutor General's protest against a verdict whose appeal was
    % withdrawn rests on the reading p1_withdrawn_appeal
    atom_json_dict(Request,
                   _{question:"may_review(v1, prosecutor_general)", lang:"ru",
                     facts:["judicial_act(v1, verdict, first_instance)", "act_outcome(v1, conviction)",
                            "offence_category(v1, medium_gravity)", "entered_into_force(v1, 2020-01-15)",
                            "participant(ivanov, convicted)", "appeal(a1, ivanov, v1)",
                            "appeal_withdrawn(a1)"]},
                   [as(string)]),
    ask_json(Request, Response),
    assertion(sub_string(Response, _, _, _, "\"reading\":\"protest_or_submission_only\"")),
    assertion(sub_string(Response, _, _, _, "может быть пересмотрен только по протесту Генерального Прокурора")),
    assertion(\+ sub_string(Response, _, _, _, "whose appeals were all withdrawn")).

cyrillic(Text) :-
    sub_atom(Text, _, 1, _, C),
    char_code(C, Code),
    between(0x0400, 0x04FF, Code), !.

test(the_language_is_restored, [L == en]) :-
    with_language(ru, true),
    current_language(L).

test(a_kazakh_name_round_trips_in_russian,
     [S == "лицо Қайрат участвует в деле в качестве: осуждённый"]) :-
    with_language(ru, goal_sentence(participant('Қайрат', convicted), S)).

test(russian_citation_labels, [L == "ст. 485 ч. 1 п. 2 УПК РК"]) :-
    article_label(ru, 'CPC art. 485 part 1 item 2', L).

test(verbatim_cpc_text, [true(sub_string(T, 0, _, _, "1. Ходатайство о пересмотре"))]) :-
    article_verbatim('CPC art. 486 part 1', T).

test(no_verbatim_text_without_the_reference, [fail]) :-
    article_verbatim('Constitution art. 4', _).

test(ask_in_russian) :-
    lang_case(C),
    lang_ask(C.put(lang, "ru"), D),
    assertion(D.holds == true),
    [A|_] = D.answers,
    assertion(sub_string(A.verdict.line, 0, _, _, "Да — акт v1 может быть пересмотрен")),
    Source = A.proof.source,
    assertion(Source.text_note == "неофициальный английский перевод постановления"),
    assertion(Source.articles_ru \== []).

test(ask_in_english_has_no_russian_keys) :-
    lang_case(C),
    lang_ask(C, D),
    [A|_] = D.answers,
    assertion(sub_string(A.verdict.line, 0, _, _, "Yes — v1 may be reviewed")),
    assertion(\+ get_dict(text_note, A.proof.source, _)).

test(an_unknown_language_is_an_error, [T == "request"]) :-
    lang_case(C),
    lang_ask(C.put(lang, "de"), D),
    T = D.error.type,
    assertion(sub_string(D.error.message, _, _, _, "\"lang\" must be one of en, ru")).

test(question_warnings_in_the_language_of_the_request) :-
    Facts = ["judicial_act(v1, verdict, first_instance)", "participant(x, convicted)"],
    lang_ask(_{question:"may_review(v1, X)", facts:Facts, lang:"ru"}, D1),
    assertion(D1.warnings == ["X совпадает с именем x из дела: чтобы спросить об этом лице, напишите 'x' (в кавычках); как написано, X — переменная и обозначает любого"]),
    lang_ask(_{question:"may_review(v1, Серік)", facts:Facts, lang:"ru"}, D2),
    assertion(D2.warnings == ["Серік похоже на имя: чтобы спросить о лице по имени Серік, напишите 'Серік' (в кавычках); как написано, Серік — переменная и обозначает любого"]),
    lang_ask(_{question:"may_review(v9, P)", facts:Facts, lang:"ru"}, D3),
    assertion(D3.warnings == ["v9 нигде в деле не встречается"]),
    lang_ask(_{question:"may_review(v9, P)", facts:Facts}, D4),
    assertion(D4.warnings == ["v9 occurs nowhere in the case"]).

test(contradictions_in_the_language_of_the_request) :-
    Facts = ["judicial_act(v1, verdict, first_instance)", "act_outcome(v1, conviction)", "act_outcome(v1, acquittal)"],
    lang_ask(_{question:"may_review(v1, P)", facts:Facts, lang:"ru"}, D1),
    assertion(D1.error.message == "act_outcome(v1, conviction) противоречит act_outcome(v1, acquittal): у одного акта один исход (п. 4; ст. 487 УПК РК)"),
    assertion(D1.error.where == "факт 2 и факт 3"),
    lang_ask(_{question:"may_review(v1, P)", facts:Facts}, D2),
    assertion(D2.error.message == "act_outcome(v1, conviction) contradicts act_outcome(v1, acquittal): one act has one outcome (¶4; CPC art. 487)"),
    assertion(D2.error.where == "fact 2 and fact 3").

test(every_contradiction_has_its_russian_reason, [Missing == []]) :-
    findall(Id, ( consistency:contradiction(Id, _, _, _, _, _), \+ lang_ru:ru_contradiction(Id, _) ), Missing).

:- end_tests(languages).
