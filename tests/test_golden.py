"""Golden files: the text, Markdown, JSON, HTML and DOT renderings of thirteen worked questions (yes and
no, paragraphs 1 to 24) are pinned in ``tests/golden/`` (``NAME.txt``, ``NAME.md``, ``NAME.json``,
``NAME.html`` -- the page without its picture -- and ``NAME.dot``).  Each opens with the verdict and
the decisive facts (checked here too, whatever the golden files say).

A change of the KB or of a renderer that changes these renderings fails here with a diff.  When the
change is intended, rewrite the golden files and review them with ``git diff tests/golden``::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py

The JSON golden file is the answer record (``make_record``, what ``cassation ask --format json``
prints) with the values that differ between machines and KB edits masked: ``kb_version`` and the
engine versions.  Case files are read by their path relative to the repository, as a user would
give them.

The worked example of the README is made by these commands (run from the repository root)::

    cassation ask "may_review(v1, 'Қайрат')" --case queries/p1_counsel_appeal.yaml --format html > docs/example.html
    cassation ask "may_review(v1, 'Қайрат')" --case queries/p1_counsel_appeal.yaml --format svg > docs/example.svg
"""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path

import pytest

from pyswip_bridge import Case
from pyswip_bridge.bridge.records import make_record
from pyswip_bridge.render.formats import render
from pyswip_bridge.render.html import render_html

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

#: name → (scenario file, question, readings); None: the scenario's first question and its readings
CASES = {
    "counsel_appeal_yes": ("queries/p1_counsel_appeal.yaml", "may_review(v1, 'Қайрат')", {}),
    "withdrawn_appeal_no": ("queries/p1_withdrawn_appeal.yaml", "may_review(v1, ivanov)", {}),
    "took_no_part_default_yes": ("queries/p3_took_no_part_earlier.yaml", "may_review(v1, 'Мадина')", {}),
    "took_no_part_standing_only_no": (
        "queries/p3_took_no_part_earlier.yaml",
        "may_review(v1, 'Мадина')",
        {"p3_took_no_part_earlier": "standing_only"},
    ),
    "worsening_late_disposition": ("queries/p4_worsening_late.yaml", "petition_disposition(pt1, D)", {}),
    "stranger_no": ("queries/p3_stranger.yaml", "may_review(v1, journalist_x)", {}),
    # the first question of a scenario of further paragraphs
    "minor_gravity": ("queries/p2_minor_gravity.yaml", None, None),
    "serious_illness_suspended": ("queries/p12_serious_illness_suspended.yaml", None, None),
    "withdrawn_petition": ("queries/p13_withdrawn_petition.yaml", None, None),
    "same_person_same_arguments": ("queries/p15_same_person_same_arguments.yaml", None, None),
    "amnesty_returned": ("queries/p22_amnesty_returned.yaml", None, None),
    "victim_civil_suit_increase": ("queries/p24_victim_civil_suit_increase.yaml", None, None),
    "worsening_needs_a_ground": ("queries/fid_b1_worsening_needs_a_ground.yaml", None, None),
}


def masked_record(result, case, readings) -> dict:
    record = make_record(result, case, readings)
    record["record"]["kb_version"] = "<kb_version>"
    record["record"]["engine"] = {key: f"<{key}>" for key in record["record"]["engine"]}
    if "engine" in record:
        record["engine"] = {key: f"<{key}>" for key in record["engine"]}
    return record


def question_of(name: str) -> tuple[str, str, dict[str, str]]:
    path, question, readings = CASES[name]
    if question is None:
        from pyswip_bridge.workbench.scenarios import load_scenario
        from pyswip_bridge.workbench.teaching import question_readings

        scenario = load_scenario(ROOT / path)
        first = scenario.questions[0]
        question, readings = first.ask, question_readings(scenario, first)
    return path, question, readings or {}


def renderings(kb, name: str) -> dict[str, str]:
    path, question, readings = question_of(name)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        case = Case.from_file(path)
    finally:
        os.chdir(cwd)
    result = kb.ask(question, case, readings=readings)
    folded = kb.ask(question, case, readings=readings, why_absent=True)  # HTML folds it under each step
    return {
        "txt": render(result, "text"),
        "md": render(result, "markdown"),
        "json": render(result, "json", record=masked_record(result, case, readings)),
        "html": render_html(folded, picture=False),
        "dot": render(result, "dot"),
    }


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_format_opens_with_the_verdict_and_the_decisive_facts(kb, name):
    """Whatever the golden files hold: the verdict comes right after the question, then the decisive
    facts, before any proof or why-not."""
    produced = renderings(kb, name)
    text = produced["txt"].splitlines()
    body = [line for line in text[1:] if not line.startswith("warning: ")]
    assert re.match(r"Answer: (yes \(\d+ answers?\)|no)(, on the facts given)? — ", body[0]), body[0]
    if body[1].startswith(("It rests on", "It turns on", "It would be yes if")):
        assert body[2].startswith("  • ")
    first_tree = next(i for i, line in enumerate(text) if line.startswith(("Answer 1", "Why not")))
    assert first_tree > 1
    assert produced["md"].index("**Answer: ") < produced["md"].index("## ")
    html = produced["html"]
    assert html.index('class="verdict') < html.index("<h2>")
    if 'class="decisive"' in html:
        assert html.index('class="decisive"') < html.index("<h2>")
    assert '"verdict"' in produced["json"]
    assert re.search(r'^  q0 \[label="Answer: ', produced["dot"], re.M)


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_renderings(kb, name):
    stale = []
    for ext, produced in renderings(kb, name).items():
        golden = GOLDEN / f"{name}.{ext}"
        if UPDATE:
            GOLDEN.mkdir(exist_ok=True)
            golden.write_text(produced, encoding="utf-8")
            continue
        assert golden.exists(), f"{golden} is missing: run UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py"
        expected = golden.read_text(encoding="utf-8")
        if produced != expected:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(True), produced.splitlines(True), f"golden/{golden.name}", "produced", n=2
                )
            )
            stale.append(diff[:4000])
    assert not stale, (
        "renderings differ from the golden files (if intended: UPDATE_GOLDEN=1 "
        ".venv/bin/pytest tests/test_golden.py, then review git diff tests/golden):\n" + "\n".join(stale)
    )


def test_golden_json_is_the_contract_plus_a_record():
    for name in CASES:
        path = GOLDEN / f"{name}.json"
        if not path.exists():
            pytest.skip("golden files not written yet")
        data = json.loads(path.read_text(encoding="utf-8"))
        assert {"question", "holds", "answers", "why_not", "assumptions", "readings", "record"} <= set(data)
        assert data["record"]["question"] == data["question"]
        assert all(f["where"].startswith("queries/") for f in data["record"]["case"]["facts"])
