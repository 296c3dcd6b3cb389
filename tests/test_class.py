"""A teacher's class folder: `scenarios`, `quiz`, `step` with --class FOLDER, its errors, and handouts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser import Browser, browser, screenshot_dir  # noqa: F401  (browser: a fixture)

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"

OWN = """title: Әлия's client and the withdrawn appeal
paragraph: 1
difficulty: intermediate
description: >
  Қайрат appealed, then withdrew his appeal; the answer is no.
facts:
  - judicial_act(v1, verdict, first_instance)
  - act_outcome(v1, conviction)
  - entered_into_force(v1, 2019-05-10)
  - participant('Қайрат', convicted)
  - appeal(a1, 'Қайрат', v1)
  - appeal_withdrawn(a1)
  - petition(pt1, 'Қайрат', v1)
  - filed_on(pt1, 2021-02-01)
questions:
  - ask: may_review(v1, 'Қайрат')
    holds: false
  - ask: petition_disposition(pt1, D)
    holds: true
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A class folder: one worked scenario copied, one of the teacher's own (Kazakh names)."""
    path = tmp_path / "week 1"
    path.mkdir()
    shutil.copy(QUERIES / "p4_worsening_late.yaml", path / "late.yaml")
    (path / "own.yaml").write_text(OWN, encoding="utf-8")
    return path


def test_scenarios_of_a_class(cli, folder):
    run = cli("scenarios", "--class", str(folder))
    assert run.code == 0, run.err
    assert "late" in run.out and "own" in run.out and "Әлия's client and the withdrawn appeal" in run.out
    assert "2 scenarios;" in run.out
    assert "p1_counsel_appeal" not in run.out  # only the class's own


def test_quiz_of_a_class_hides_the_description_until_answered(cli, folder):
    run = cli("quiz", "--class", str(folder), "--scenario", "own", "--question", "1", stdin="no\n")
    assert run.code == 0, run.err
    before, _, after = run.out.partition("Your answer (yes/no): no\n")
    assert "the answer is no" not in before and "withdrew his appeal" not in before
    assert after.startswith("\nRight: the answer is no.\n")
    assert "── The scenario" in after and "Қайрат appealed, then withdrew his appeal" in after


def test_a_which_question_is_multiple_choice_with_the_kbs_answer(cli, kb, folder):
    run = cli("quiz", "--class", str(folder), "--scenario", "own", "--question", "2", stdin="1\n")
    assert run.code == 0, run.err
    options = dict(re.findall(r"^  (\d+)\. (.*)$", run.out.split("Which D?")[1].split("Your answer")[0], re.M))
    assert options[str(len(options))] == "none: it does not hold"
    from pyswip_bridge.workbench.scenarios import load_scenario

    scenario = load_scenario(folder / "own.yaml")
    right = {b["D"] for b in kb.ask("petition_disposition(pt1, D)", scenario.case).bindings()}
    assert right and right <= set(options.values())
    assert "preliminary_consideration" in options.values() or "considered_by_cassation_court" in options.values()
    verdict = "Right" if options["1"] in right else "Wrong"
    assert f"{verdict}: the answer is yes (D = " in run.out


def test_step_through_a_class_scenario(cli, folder):
    run = cli("step", "--class", str(folder), "--scenario", "late", "--question", "1")
    assert run.code == 0, run.err
    assert run.out.startswith("Question: petition_disposition(pt1, D)\n")
    assert "Step 1 of" in run.out
    run = cli("step", "--class", str(folder))
    assert run.code != 0 and "give QUESTION and --case FILE, or --scenario NAME" in run.err


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("    holds: false\n", ""), "own.yaml: questions item 1: `holds` must be true or false"),
        (lambda t: t.replace("paragraph: 1", "paragraph: 31"), "own.yaml: `paragraph` must be a paragraph number"),
        (lambda t: t.replace("difficulty: intermediate", "difficulty: hard"), "own.yaml: `difficulty` must be one of"),
        (lambda t: t.replace("  - ask: may_review(v1, 'Қайрат')\n", "  - ask: 7\n"), "questions item 1: `ask`"),
        (lambda t: t.replace("questions:", "questions: 3\nnotes:"), "own.yaml: `questions` must be a list"),
    ],
)
def test_a_bad_scenario_file_is_named_with_its_place(cli, folder, change, message):
    path = folder / "own.yaml"
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    for command in (["scenarios"], ["quiz", "--scenario", "late"]):
        run = cli(*command, "--class", str(folder), stdin="yes\n")
        assert run.code != 0
        assert message in run.err, run.err
        assert len(run.err.strip().splitlines()) == 1


def test_a_bad_fact_and_a_bad_folder(cli, folder, tmp_path):
    (folder / "own.yaml").write_text(OWN.replace("appeal_withdrawn(a1)", "appeal_withdrawn(a1"), encoding="utf-8")
    run = cli("quiz", "--class", str(folder), "--scenario", "late", stdin="yes\n")
    assert run.code != 0 and "own.yaml:" in run.err and "syntax" in run.err
    run = cli("scenarios", "--class", str(tmp_path / "nowhere"))
    assert run.code != 0 and "nowhere: no such folder" in run.err
    empty = tmp_path / "empty"
    empty.mkdir()
    run = cli("scenarios", "--class", str(empty))
    assert run.code != 0 and "has no scenario files" in run.err


def test_handout_is_one_printable_page_in_sentences(cli, folder, tmp_path, browser):  # noqa: F811
    page = tmp_path / "own.html"
    run = cli("handout", "own", "--class", str(folder), "--out", str(page))
    assert run.code == 0, run.err
    text = page.read_text(encoding="utf-8")
    body = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
    visible = re.sub(r"<[^>]+>", " ", body)
    assert "Қайрат filed the cassation petition pt1 against v1." in visible
    assert "Does it follow that v1 may be reviewed in cassation at the request of Қайрат?" in visible
    assert "Which D:" in visible
    assert not re.search(r"\b[a-z_]+\([^)]*\)", visible.split("</h1>")[-1]), "Prolog terms on the handout"
    assert "withdrew his appeal" not in visible  # the description would give the answer away
    assert "the answer is" not in visible
    # A4 at 96 dpi, less the page's 16 mm margins, is 673 x 1002 CSS pixels: everything fits in it
    view = browser.open(
        page, screenshot=screenshot_dir(tmp_path) / "handout.png", selectors=["li", "footer"], viewport=(673, 1002)
    )
    assert view.foreign_requests() == []
    (footer,) = view.visible("footer")
    assert footer.bottom <= 1002, f"the handout runs to {footer.bottom:.0f} px, past one A4 page"
    assert all(box.fully_within(673, 1002) for box in view.visible("li"))
    assert min(box.font_size_px for box in view.visible("li")) >= 14


def test_a_handout_in_russian(cli, tmp_path):
    page = tmp_path / "ru.html"
    run = cli("--lang", "ru", "handout", "p3_mortgagor", "--out", str(page))
    assert run.code == 0, run.err
    text = page.read_text(encoding="utf-8")
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", text, flags=re.S))
    assert '<html lang="ru">' in text
    assert "<h1>Залогодатель, чьё имущество затронуто приговором" in text
    assert "Нормативное постановление № 5 от 29 июня 2017 года, п. 3 · средний · сценарий p3_mortgagor" in visible
    assert "лицо Айгерім подало кассационное ходатайство pt1 на акт v1." in visible
    assert "Следует ли, что акт v1 может быть пересмотрен в кассационном порядке" in visible
    assert "При каком значении D: решение по обращению pt1: D?" in visible
    assert "Ответ:" in visible and "Почему (правило и пункт):" in visible and "Вопросы" in visible
    assert not re.search(r"\b(?:the|is|of|Answer|Questions|Does)\b", visible.split("</h1>")[-1]), "English left"


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize(
    "name",
    ["p4_direction_of_requests", "fid_a2_worsening_requests_after_a_year", "fid_b6_jury_case_worsening_requests"],
)
def test_the_longest_worked_scenarios_still_fit_one_page(cli, tmp_path, browser, name, lang):  # noqa: F811
    page = tmp_path / f"{name}.html"
    run = cli("--lang", lang, "handout", name, "--out", str(page))
    assert run.code == 0, run.err
    view = browser.open(
        page, screenshot=screenshot_dir(tmp_path) / f"{name}.png", selectors=["li", "footer"], viewport=(673, 1002)
    )
    (footer,) = view.visible("footer")
    assert footer.bottom <= 1002, f"the handout runs to {footer.bottom:.0f} px, past one A4 page"
    assert min(box.font_size_px for box in view.visible("li")) >= 11
