"""Answers in Russian (``--lang ru``, ``CASSATION_LANG=ru``, ``KnowledgeBase.ask(..., lang="ru")``).

Golden files pin the Russian renderings (text and Markdown) of the demo and ten more worked questions
(``tests/golden/ru/NAME.txt``, ``NAME.md``) and every Russian template filled with sample values
(``tests/golden/templates-ru.txt``, as ``tests/golden/templates.txt`` for English).  When a change is
intended, rewrite them and review the diff::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_russian.py

Besides the golden files, whatever they say: each answer opens with its Russian verdict and decisive
facts, no English word of a template or heading is left in it, Kazakh names come back as written,
the resolution is quoted only as the unofficial English translation and the CPC verbatim in Russian,
and the command line's help and errors are in Russian.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pyswip_bridge import Case
from pyswip_bridge.errors import ArgumentError
from pyswip_bridge.i18n import using
from pyswip_bridge.render.formats import render
from pyswip_bridge.render.html import render_html

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

#: name → (scenario file, question, readings): the demo (``make demo``) and ten more, yes and no.
CASES: dict[str, tuple[str, str, dict[str, str]]] = {
    "demo_counsel_appeal_yes": ("queries/p1_counsel_appeal.yaml", "may_review(v1, 'Қайрат')", {}),
    "withdrawn_appeal_no": ("queries/p1_withdrawn_appeal.yaml", "may_review(v1, ivanov)", {}),
    "took_no_part_yes": ("queries/p3_took_no_part_earlier.yaml", "may_review(v1, 'Мадина')", {}),
    "took_no_part_standing_only_no": (
        "queries/p3_took_no_part_earlier.yaml",
        "may_review(v1, 'Мадина')",
        {"p3_took_no_part_earlier": "standing_only"},
    ),
    "worsening_late_disposition": ("queries/p4_worsening_late.yaml", "petition_disposition(pt1, D)", {}),
    "stranger_no": ("queries/p3_stranger.yaml", "may_review(v1, journalist_x)", {}),
    "minor_gravity": ("queries/p2_minor_gravity.yaml", "", {}),
    "serious_illness_suspended": ("queries/p12_serious_illness_suspended.yaml", "", {}),
    "withdrawn_petition": ("queries/p13_withdrawn_petition.yaml", "", {}),
    "amnesty_returned": ("queries/p22_amnesty_returned.yaml", "", {}),
    "worsening_needs_a_ground": ("queries/fid_b1_worsening_needs_a_ground.yaml", "", {}),
}

#: English words that a Russian answer must not contain outside rule ids, goals and file paths.
ENGLISH = re.compile(r"\b(the|is|may|of|and|not|was|by|that|yes|no|answer|given|case|facts?)\b", re.IGNORECASE)


def question_of(name: str) -> tuple[str, str, dict[str, str]]:
    path, question, readings = CASES[name]
    if not question:  # the scenario's first question and its readings
        from pyswip_bridge.workbench.scenarios import load_scenario
        from pyswip_bridge.workbench.teaching import question_readings

        scenario = load_scenario(ROOT / path)
        first = scenario.questions[0]
        question, readings = first.ask, question_readings(scenario, first)
    return path, question, readings


def case_of(path: str) -> Case:
    """The case file read by its path relative to the repository, as a user gives it (the places of
    its facts in the golden files do not depend on where the repository is)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return Case.from_file(path)
    finally:
        os.chdir(cwd)


def russian(kb, name: str, **options: object) -> dict[str, str]:
    path, question, readings = question_of(name)
    result = kb.ask(question, case_of(path), readings=readings, lang="ru")
    with using("ru"):
        return {"txt": render(result, "text", **options), "md": render(result, "markdown", **options)}


def check_golden(path: Path, text: str) -> None:
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(
            difflib.unified_diff(expected.splitlines(True), text.splitlines(True), str(path), "produced", n=2)
        )
        pytest.fail(f"{path.name} differs (UPDATE_GOLDEN=1 rewrites it):\n{diff}")


#: What a Russian sentence quotes of the resolution's unofficial English translation (¶26's titles).
QUOTED = "в неофициальном английском переводе постановления): "


def words_of(line: str) -> str:
    """A line without what stays as written in any language: rule ids, goals, paths, names, and the
    titles ¶26 quotes in the resolution's English translation."""
    line = line.split(QUOTED, 1)[0]
    line = re.sub(r"\b\w+_\w+\b", " ", line)  # rule ids and values written as atoms
    line = re.sub(r"\S+\.yaml:\d+", " ", line)
    line = re.sub(r"`[^`]*`", " ", line)
    return re.sub(r"\b[a-z]+\d+\b", " ", line)  # v1, pt1, a1


@pytest.mark.parametrize("name", sorted(CASES))
def test_russian_answers_match_the_golden_files(kb, name):
    produced = russian(kb, name)
    check_golden(GOLDEN / "ru" / f"{name}.txt", produced["txt"])
    check_golden(GOLDEN / "ru" / f"{name}.md", produced["md"])


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_russian_answer_opens_with_its_verdict_and_says_nothing_in_english(kb, name):
    text = russian(kb, name)["txt"].splitlines()
    assert text[0].startswith("Вопрос: ")
    body = [line for line in text[1:] if not line.startswith("предупреждение: ")]
    assert re.match(r"Ответ: (да \(ответов: \d+\)|нет)(, по приведённым фактам)? — ", body[0]), body[0]
    if body[1].startswith(("Ответ держится на", "Ответ зависит от", "Ответ был бы")):
        assert body[2].startswith("  • ")
    assert any(line.startswith(("Ответ 1", "Почему нет")) for line in text)
    for line in text[1:]:
        assert not ENGLISH.search(words_of(line)), line


@pytest.mark.parametrize("name", ["demo_counsel_appeal_yes", "withdrawn_appeal_no"])
def test_the_html_page_and_the_picture_in_russian(kb, name):
    path, question, readings = question_of(name)
    result = kb.ask(question, case_of(path), readings=readings, lang="ru")
    folded = kb.ask(question, case_of(path), readings=readings, lang="ru", why_absent=True)  # HTML folds it
    with using("ru"):
        html = render_html(folded, picture=False)
        dot = render(result, "dot")
    check_golden(GOLDEN / "ru" / f"{name}.html", html)
    check_golden(GOLDEN / "ru" / f"{name}.dot", dot)
    assert '<html lang="ru">' in html
    assert "<h2>Почему нет</h2>" in html if not result.holds else "<h2>Ответ 1</h2>" in html
    assert "неофициальный английский перевод постановления" in html
    assert 'label="Обозначения"' in dot


def test_the_no_answers_explain_why_not_in_russian(kb):
    text = russian(kb, "withdrawn_appeal_no")["txt"]
    assert "Почему нет — каждое правило" in text
    assert "не выполнено:" in text


def test_quotes_mark_the_resolution_as_unofficial_translation_and_quote_the_cpc_verbatim(kb):
    text = russian(kb, "demo_counsel_appeal_yes", quotes=True)["txt"]
    assert "(неофициальный английский перевод постановления)" in text
    assert "ст. 486 ч. 1 УПК РК: «1. Ходатайство о пересмотре судебных актов" in text
    assert "п. 3; ст. 486 ч. 1 УПК РК" in text


def test_kazakh_names_round_trip_in_russian(kb):
    case = Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml")
    result = kb.ask("may_review(v1, P)", case, lang="ru")
    by_name = {a.bindings["P"]: a for a in result.answers}
    assert {"'Қайрат'", "'Әлия'"} <= set(by_name)
    assert "лица Қайрат" in by_name["'Қайрат'"].verdict.line
    assert "лица Әлия" in by_name["'Әлия'"].verdict.line


def test_english_stays_the_default(kb):
    case = Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml")
    result = kb.ask("may_review(v1, 'Қайрат')", case)
    assert result.answers[0].verdict.line.startswith("Yes — v1 may be reviewed")
    assert result.answers[0].proof.source.articles_ru == ()


def test_an_unknown_language_is_refused_by_the_python_api(kb):
    with pytest.raises(ArgumentError, match="lang must be one of en, ru, not 'de'"):
        kb.ask("may_review(v1, P)", Case(), lang="de")
    with pytest.raises(TypeError):
        kb.ask("may_review(v1, P)", Case(), lang=1)


def test_every_russian_template_matches_the_golden_file():
    goal = (
        "use_module(kb/cassation), use_module(kb/engine/introspection), use_module(kb/engine/json_api), "
        "use_module(kb/lang/lang), with_language(ru, sample_sentences(L)), forall(member(X, L), writeln(X))"
    )
    out = subprocess.run(
        ["swipl", "-q", "-g", goal, "-t", "halt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    )
    assert out.stderr == "", out.stderr
    lines = out.stdout.splitlines()
    check_golden(GOLDEN / "templates-ru.txt", "\n".join(lines) + "\n")
    for line in lines:
        sentence = line.split("  ⟶  ", 1)[1]
        assert "{" not in sentence and "}" not in sentence, line
        assert not ENGLISH.search(words_of(sentence)), line


def run(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CASSATION_DEBUG", "CASSATION_LANG")}
    if lang is not None:
        env["CASSATION_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_help_in_russian():
    top = run("--help", lang="ru")
    assert top.returncode == 0
    assert top.stdout.startswith("Использование: ")
    assert "Кассационный пересмотр по Нормативному постановлению" in top.stdout
    assert "Команды:" in top.stdout and "Параметры:" in top.stdout
    ask = run("--lang", "ru", "ask", "--help")
    assert "Ответить на ВОПРОС" in ask.stdout
    assert "Файл дела в формате YAML или JSON." in ask.stdout
    assert "Answer QUESTION" not in ask.stdout


def test_the_demo_in_russian_from_the_command_line():
    done = run("--lang", "ru", "ask", "may_review(v1, 'Қайрат')", "--case", "queries/p1_counsel_appeal.yaml")
    assert done.returncode == 0, done.stderr
    assert "Ответ: да (ответов: 1) — акт v1 может быть пересмотрен" in done.stdout
    assert "лица Қайрат" in done.stdout


def test_errors_in_russian_are_one_line_with_exit_code_2():
    done = run("ask", "may_review(v1, P)", "--case", "no-such-file.yaml", lang="ru")
    assert done.returncode == 2
    assert done.stderr.startswith("ошибка: ")
    assert len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ("ask", "may_revie(v1, P)", "--case", "queries/p1_counsel_appeal.yaml"),
            "ошибка: may_revie/2 — не вопрос базы знаний; может быть, имелось в виду may_review/2? "
            "(`cassation norms` перечисляет вопросы)",
        ),
        (("ask", "may_review(v1, P)", "--case", "nosuch.yaml"), "ошибка: nosuch.yaml: не удаётся прочитать файл дела"),
        (("ask",), "ошибка: не указан аргумент 'QUESTION' (см. `"),
        (("bogus",), "ошибка: нет команды 'bogus' (см. `"),
        (("ask", "x", "--bogus"), "ошибка: нет параметра '--bogus': аргумент, начинающийся с -, пишется после --"),
    ],
)
def test_error_messages_in_russian(args, line):
    done = run(*args, lang="ru")
    assert done.returncode == 2
    assert done.stderr.startswith(line), done.stderr


def test_an_unknown_cassation_lang_is_a_usage_error():
    done = run("ask", "may_review(v1, P)", lang="de")
    assert done.returncode == 2
    assert "--lang" in done.stderr and "'de' is not one of 'en', 'ru'" in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_the_kb_refuses_to_load_without_a_russian_template(tmp_path):
    """A copy of the KB whose ru.pl lacks one template: SWI-Prolog reports it when loading, and the
    bridge does not start (checked in a fresh process: one process holds one Prolog database)."""
    import shutil

    kb_copy = tmp_path / "kb"
    shutil.copytree(ROOT / "kb", kb_copy, ignore=shutil.ignore_patterns("*.qlf"))
    ru = kb_copy / "lang" / "ru.pl"
    text = ru.read_text(encoding="utf-8")
    entry = (
        "ru_template(considered_on_appeal(act),\n"
        '            "акт {act} был рассмотрен судом апелляционной инстанции").\n'
    )
    assert entry in text
    ru.write_text(text.replace(entry, ""), encoding="utf-8")
    code = (
        "import sys\nfrom pathlib import Path\nfrom pyswip_bridge.bridge.engine import PrologEngine\n"
        "from pyswip_bridge.errors import EngineError\n"
        "try:\n    PrologEngine(Path(sys.argv[1]))._started.result()\nexcept EngineError as exc:\n"
        "    print(exc)\n    sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(kb_copy)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 3, done.stdout + done.stderr
    assert "template(considered_on_appeal/1) has no form in the language 'ru'" in done.stdout


def test_the_repl_answers_and_helps_in_russian():
    env = {k: v for k, v in os.environ.items() if k not in ("CASSATION_DEBUG",)}
    env["CASSATION_LANG"] = "ru"
    done = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", "repl", "--case", "queries/p1_counsel_appeal.yaml"],
        input=":help\nmay_review(v1, 'Қайрат')\n+bribe(v1)\n",
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "ответить на вопрос, например may_review(v1, P)" in done.stdout
    assert "Ответ: да (ответов: 1) — акт v1 может быть пересмотрен" in done.stdout
    assert "bribe/1 — не объявленный факт дела" in done.stderr and done.stderr.startswith("ошибка: ")


def test_the_vocabulary_in_russian():
    done = run("vocabulary", lang="ru")
    assert done.returncode == 0, done.stderr
    assert "    акт {act}: вид — {kind}, вынесен судом: {instance}" in done.stdout
    assert "  act_kind: verdict (приговор) | decision (постановление) | private_decision (частное постановление)" in (
        done.stdout
    )


def test_what_if_in_russian():
    done = run(
        "what-if",
        "may_review(v1, 'Қайрат')",
        "--case",
        "queries/p1_counsel_appeal.yaml",
        "--remove",
        "appeal_outcome(a1, upheld)",
        lang="ru",
    )
    assert done.returncode == 0, done.stderr
    assert (
        "Изменение:\n  - appeal_outcome(a1, upheld)\nДо: да\nПосле:  нет\n\nРазница:\n  ответ: да → нет" in done.stdout
    )
    assert "── После " in done.stdout and "Ответ: нет" in done.stdout


def test_the_quiz_in_russian():
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    env["CASSATION_LANG"] = "ru"
    done = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", "quiz", "--scenario", "p1_counsel_appeal", "--question", "1"],
        input="да\n",
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Вопрос 1 из 4: may_review(v1, 'Қайрат')\nВыполняется ли это?\nВаш ответ (да/нет): да" in done.stdout
    assert "Верно: ответ — да." in done.stdout
    assert "── Что изменило бы ответ" in done.stdout


def test_step_in_russian():
    done = run("step", "may_review(v1, 'Қайрат')", "--case", "queries/p1_counsel_appeal.yaml", "--all", lang="ru")
    assert done.returncode == 0, done.stderr
    assert "Ответ 1 из 1\n\nШаг 1 из 24 (уровень 0)\n" in done.stdout
    assert "  потому что выполнены эти условия (3):\n" in done.stdout
    assert "(уровень 1, условие шага 1)" in done.stdout


def test_a_batch_explains_in_russian_in_every_worker(tmp_path):
    case = (
        '{"facts": ["judicial_act(v1, verdict, first_instance)", "entered_into_force(v1, 2019-05-10)", '
        '"participant(\'Қайрат\', convicted)", "appeal(a1, \'Қайрат\', v1)", "appeal_outcome(a1, upheld)", '
        '"petition(p1, \'Қайрат\', v1)", "filed_on(p1, 2021-02-01)", "act_outcome(v1, conviction)", '
        '"offence_category(v1, grave)"]}\n'
    )
    cases = tmp_path / "cases.jsonl"
    cases.write_text(case * 6, encoding="utf-8")
    out = tmp_path / "results.jsonl"
    done = run(
        "--lang",
        "ru",
        "batch",
        "may_review(v1, P)",
        "--cases",
        str(cases),
        "--out",
        str(out),
        "--explain",
        "--workers",
        "2",
    )
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    assert all("Да — акт v1 может быть пересмотрен в кассационном порядке по ходатайству" in line for line in lines)
    assert all("лица Қайрат" in line for line in lines)


REFERENCE = ROOT.parent / "shared" / "reference" / "cpc-and-cc-articles.md"


@pytest.mark.skipif(not REFERENCE.exists(), reason="the shared reference is not beside this checkout")
def test_the_verbatim_cpc_table_is_generated_from_the_reference():
    """kb/lang/cpc_ru.pl is what kb/lang/gen_cpc_ru.py makes of the reference: no hand-made Russian."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "kb" / "lang" / "gen_cpc_ru.py"), str(REFERENCE)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=60,
    )
    assert done.stdout == (ROOT / "kb" / "lang" / "cpc_ru.pl").read_text(encoding="utf-8")
    assert "verbatim_ru('CPC', 486, 1, \"1. Ходатайство о пересмотре судебных актов" in done.stdout
