"""The commands' own lines in Russian (``--lang ru``): scenarios, coverage, norms, what-if --critical,
compare-readings, diff and the batch summary.  What they list of the law (the resolution's words, the
rules' clauses, the scenarios' titles, the KB's notes) stays as it is; the words around it are Russian,
and the same lines in English are what they were (the English goldens and the tests of each command)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from conftest import run_cli

from pyswip_bridge import Case
from pyswip_bridge.cli import main
from pyswip_bridge.cli.batch import _Tally
from pyswip_bridge.errors import CaseFileError
from pyswip_bridge.i18n import catalog_keys, citation, using
from pyswip_bridge.workbench.coverage import ParagraphCoverage, render_coverage
from pyswip_bridge.workbench.scenarios import load_scenario, load_scenarios
from pyswip_bridge.workbench.teaching import description, render_presentation, render_scenario_list, title
from pyswip_bridge.workbench.whatif import compare_readings, critical_facts, render_comparison, render_critical

ROOT = Path(__file__).resolve().parent.parent
COUNSEL = ROOT / "queries" / "p1_counsel_appeal.yaml"
WITHDRAWN = ROOT / "queries" / "p1_withdrawn_appeal.yaml"
TOOK_NO_PART = ROOT / "queries" / "p3_took_no_part_earlier.yaml"

#: English words of the commands' own lines (none of them is a name the lines print).
ENGLISH = re.compile(
    r"\b(questions?|scenarios?|rules|encoded|exercised|paragraphs|answer|answers|facts|removal|"
    r"changes|nothing|readings|combinations?|diverge|agree|Deciding|difference|differences|added|removed|"
    r"answered|workers?|results|hold|errors)\b"
)


@pytest.fixture
def cli_ru(cli):
    """``cassation --lang ru ARGS`` in a fresh process."""
    return lambda *args: cli("--lang", "ru", *args)


def english_words(text: str) -> list[str]:
    """The English words of ``text`` outside backquotes and the rule, scenario and passage names."""
    text = re.sub(r"`[^`]*`|\b\w*_\w*\b", "", text)
    return ENGLISH.findall(text)


def test_the_scenario_list_in_russian():
    scenarios = [s for s in load_scenarios() if s.paragraph == 2]
    with using("ru"):
        text = render_scenario_list(scenarios)
    lines = text.splitlines()
    assert lines[0] == "п. 2"
    assert "начальный    p2_minor_gravity" in text and "вопросов: 5" in text
    assert (
        lines[-1] == f"сценариев: {len(scenarios)}; `cassation quiz --scenario NAME` задаёт один из вопросов сценария."
    )
    titles = {s.title for s in scenarios}
    assert english_words("\n".join(line for line in lines if not any(t in line for t in titles))) == []
    with using("en"):
        english = render_scenario_list(scenarios)
    assert english.splitlines()[0] == "¶2" and "5 questions" in english and "basic" in english
    with using("ru"):
        assert render_scenario_list([]) == "подходящих сценариев нет\n"


def test_coverage_in_russian_and_english():
    rows = [
        ParagraphCoverage(1, ["p1_a", "p1_b"], ["s1", "s2"], ["p1_b"], [{"what": "the words", "why": "the reason"}]),
        ParagraphCoverage(2),
    ]
    with using("ru"):
        text = render_coverage(rows)
    assert text.splitlines()[0] == "п. 1   закодирован: правил: 2, сценариев, которые их проверяют: 2"
    assert "      правила: p1_a, p1_b" in text and "      НЕ ИСПОЛЬЗУЮТСЯ ни одним сценарием: p1_b" in text
    assert "      не закодировано: “the words” — the reason" in text  # no Russian reason: the English one
    rows[0].not_encoded.append({"what": "more words", "why": "a reason", "why_ru": "причина"})
    with using("ru"):
        assert "      не закодировано: “more words” — причина" in render_coverage(rows)
    with using("en"):
        assert "      not encoded: “more words” — a reason" in render_coverage(rows)
    rows[0].not_encoded.pop()
    assert "п. 2   НЕ ЗАКОДИРОВАН" in text
    assert text.splitlines()[-1] == (
        "закодировано пунктов: 1/27, правил: 2; пунктов, проверенных не менее чем двумя сценариями: 1/27"
    )
    with using("en"):
        english = render_coverage(rows)
    assert english.splitlines()[0] == "¶1   encoded: 2 rules, exercised by 2 scenarios"
    assert english.splitlines()[-1] == "1/27 paragraphs encoded by 2 rules; 1/27 exercised by at least two scenarios"


def test_critical_facts_in_russian(kb):
    critical = critical_facts(kb, "may_review(v1, 'Қайрат')", Case.from_file(COUNSEL))
    with using("ru"):
        text = render_critical(critical)
    assert text.startswith("Решающие факты для may_review(v1, 'Қайрат') (ответ: да) — ")
    assert "(да → нет):" in text.splitlines()[0]
    assert "само по себе ничего не меняет." in text.splitlines()[-1]
    assert english_words(text) == []
    with using("en"):
        assert render_critical(critical).startswith("Critical facts of may_review(v1, 'Қайрат') (answer: yes) — ")
    stopped = critical_facts(kb, "may_review(v1, 'Қайрат')", Case.from_file(COUNSEL), max_facts=2)
    with using("ru"):
        text = render_critical(stopped)
    assert text.splitlines()[-1] == (
        "Проверены не все факты: остановлено после 2 из 11 фактов: проверяется не больше 2; "
        "остальные факты не проверялись."
    )


def test_compare_readings_in_russian(kb):
    comparison = compare_readings(kb, "reviewable_in_cassation(v1)", Case.from_file(WITHDRAWN))
    with using("ru"):
        text = render_comparison(comparison)
    assert text.startswith("Вопрос: reviewable_in_cassation(v1)\nНеоднозначные места: ")
    assert "(прочтения по умолчанию)" in text and "| ответ" in text
    assert "Ответы расходятся: " in text and "Решающее место p1_withdrawn_appeal (п. 1): " in text
    assert english_words(text) == []
    with using("en"):
        english = render_comparison(comparison)
    assert "The answers diverge: " in english and "Deciding passage p1_withdrawn_appeal (¶1): " in english


def test_diff_in_russian(cli_ru, tmp_path):
    for name, case in (("a.json", COUNSEL), ("b.json", TOOK_NO_PART)):
        run = cli_ru("ask", "may_review(v1, 'Қайрат')", "--case", str(case), "--format", "json")
        assert run.code == 0
        (tmp_path / name).write_text(run.out, encoding="utf-8")
    run = cli_ru("diff", str(tmp_path / "a.json"), str(tmp_path / "b.json"))
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert re.fullmatch(r"различий от .*a\.json к .*b\.json: \d+", lines[0])
    assert "  ответ: да → нет" in lines
    assert any(line.startswith("  факты дела — добавлено: ") for line in lines)
    assert any(line.startswith("  применённые правила — удалено: ") for line in lines)
    same = cli_ru("diff", str(tmp_path / "a.json"), str(tmp_path / "a.json"))
    assert re.fullmatch(r"между .*a\.json и .*a\.json различий нет\n", same.out)


def test_norms_in_russian(cli_ru):
    run = cli_ru("norms", "--paragraph", "1")
    assert run.code == 0, run.err
    assert "p1_acquitted_on_appeal  (п. 1; ст. 484 ч. 1 УПК РК; ст. 31 ч. 2 УПК РК)" in run.out.splitlines()
    assert "неоднозначное место p1_withdrawn_appeal (п. 1): Пункт 1 говорит, что такие акты вовсе" in run.out
    assert "    not_reviewable_at_all (альтернативное): Акт первой инстанции, по которому все" in run.out
    assert "Paragraph 1 says such acts" not in run.out and "whose appeals were all withdrawn" not in run.out


def test_the_kb_s_notes_in_russian_and_in_english(cli_ru, cli):
    """What the KB says of its ambiguous passages, their readings and what it does not encode, in the
    language asked for (the resolution itself stays quoted in its English translation)."""
    russian = cli_ru("norms", "--paragraph", "24").out
    assert "p24_worsening_cases (п. 24): Пункт перечисляет три случая; закрыт ли перечень, не сказано." in russian
    assert "    open_list (альтернативное): Три случая — примеры;" in russian
    english = cli("norms", "--paragraph", "24").out
    assert "p24_worsening_cases (¶24): The paragraph lists three cases; it does not say whether" in english
    assert "    open_list (alternative): The three cases are examples;" in english
    coverage = cli_ru("coverage").out
    assert "не закодировано: “If necessary, these specialists can be summoned" in coverage
    assert "— Усмотрение суда, без условия, которое нужно решать." in coverage
    assert "A discretion of the court" not in coverage
    assert "— A discretion of the court with no condition to decide." in cli("coverage").out


def test_the_batch_summary_in_russian(tmp_path):
    tally = _Tally(workers=2)
    tally.counts.update({"true": 1_500, "false": 2, "error": 1})
    tally.errors.update({"case_syntax": 1})
    with using("ru"):
        line = tally.summary(tmp_path / "out.jsonl")
    assert re.fullmatch(
        r"дел отвечено: 1,503 за \d+\.\d с \([\d,]+ в секунду, процессов: 2\): да — 1,500, нет — 2, "
        r"ошибок — 1 \(1 case_syntax\); результаты в .*out\.jsonl",
        line,
    ), line
    with using("en"):
        english = tally.summary(tmp_path / "out.jsonl")
    assert re.fullmatch(
        r"1,503 cases answered in \d+\.\d s \([\d,]+ a second, 2 workers\): 1,500 hold, 2 do not, 1 errors "
        r"\(1 case_syntax\); results in .*out\.jsonl",
        english,
    ), english


def test_citations():
    assert citation(["¶3", "CPC art. 484 part 1", "CC art. 11"], "ru") == "п. 3; ст. 484 ч. 1 УПК РК; ст. 11 УК РК"
    assert citation(["¶3", "CPC art. 484 part 1"], "en") == "¶3; CPC art. 484 part 1"


def test_json_output_stays_english(cli_ru):
    run = cli_ru("scenarios", "--paragraph", "2", "--format", "json")
    assert {s["difficulty"] for s in json.loads(run.out)} <= {"basic", "intermediate", "advanced"}


def test_the_repl_lines_and_errors_in_russian():
    commands = ":limits\n:goals\n:norm 99\n+\n:save x.txt\n:reading\n:nope\n-appeal_withdrawn(a9)\n"
    run = repl_ru(commands)
    out, err = run.out.splitlines(), run.err.splitlines()
    assert "ограничения: 10 с, 20,000,000 логических выводов на вопрос" in out
    assert "шаги доказательства как цели Prolog: вкл." in out
    assert "(* действующее прочтение; :reading МЕСТО ПРОЧТЕНИЕ выбирает другое)" in out
    assert any(line.startswith("p1_withdrawn_appeal (п. 1): Пункт 1 говорит") for line in out)
    assert "  * protest_or_submission_only (по умолчанию): Акт первой инстанции" in run.out
    assert err == [
        "ошибка: пункт 99 не закодирован ни одним правилом",
        "ошибка: + нужен факт, например +judicial_act(v1, verdict, first_instance)",
        "ошибка: :save записывает YAML: укажите имя файла с окончанием .yaml, а не x.txt",
        "ошибка: неизвестная команда :nope; может быть, имелось в виду :norm? (:help перечисляет команды)",
        "ошибка: appeal_withdrawn(a9) — не факт дела (см. :facts)",
    ]


def repl_ru(commands: str):
    """``cassation --lang ru repl`` on the counsel scenario, reading ``commands``."""
    return run_cli("--lang", "ru", "repl", "--case", str(COUNSEL), stdin=commands)


def test_every_help_text_has_its_russian_form():
    keys = catalog_keys("ru")
    ctx = click.Context(main)
    missing = []
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        assert command is not None
        if command.help and " ".join(command.help.split()) not in keys:
            missing.append(f"{name}: {command.help}")
        for param in command.get_params(click.Context(command)):
            text = getattr(param, "help", None)
            if text and text not in keys:
                missing.append(f"{name} {param.name}: {text}")
    assert missing == []


def test_click_words_in_the_help_in_russian(cli_ru, cli):
    run = cli_ru("batch", "--help")
    assert "[по умолчанию: 10.0]" in run.out and "[default:" not in run.out
    assert "[default: 10.0]" in cli("batch", "--help").out


def test_a_scenario_title_and_description_in_russian_where_it_has_them(tmp_path):
    scenario = load_scenario(WITHDRAWN)
    with using("ru"):
        assert title(scenario) == "Отозванная апелляционная жалоба выводит приговор из порядка ходатайства"
        assert description(scenario).startswith("Иванов обжаловал приговор")
        presentation = render_presentation(scenario, 0)
    assert presentation.splitlines()[:2] == [
        "Сценарий p1_withdrawn_appeal (п. 1, начальный)",
        "Отозванная апелляционная жалоба выводит приговор из порядка ходатайства",
    ]
    with using("en"):
        assert title(scenario) == "A withdrawn appeal leaves the verdict outside the petition route"
        assert description(scenario).startswith("Ivanov appealed against his conviction")
    # a teacher's scenario without the Russian keys: the English title and description
    own = tmp_path / "own.yaml"
    own.write_text("title: An own scenario\ndescription: Only in English.\nfacts: []\n", encoding="utf-8")
    other = load_scenario(own)
    with using("ru"):
        assert title(other) == "An own scenario" and description(other) == "Only in English."


def test_every_worked_scenario_has_its_title_and_description_in_russian():
    for path in sorted((ROOT / "queries").glob("*.yaml")):
        scenario = load_scenario(path)
        with using("ru"):
            russian_title, russian_description = title(scenario), description(scenario)
        assert russian_title != scenario.title and re.search("[а-яё]", russian_title), path.name
        assert re.search("[а-яё]", russian_description), path.name


@pytest.mark.parametrize("value", ["''", "[a, b]", "3"])
def test_a_russian_title_must_be_a_text(tmp_path, value):
    path = tmp_path / "s.yaml"
    path.write_text(f"title: T\ntitle_ru: {value}\nfacts: []\n", encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"`title_ru` must be a text"):
        load_scenario(path)
