"""Golden files: the text, Markdown and JSON renderings of six worked questions are pinned in
``tests/golden/`` (``NAME.txt``, ``NAME.md``, ``NAME.json``).

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
from pathlib import Path

import pytest

from pyswip_bridge import Case
from pyswip_bridge.formats import render
from pyswip_bridge.records import make_record

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

#: name → (scenario file, question, readings)
CASES = {
    "counsel_appeal_yes": ("queries/p1_counsel_appeal.yaml", "may_review(v1, 'Қайрат')", {}),
    "withdrawn_appeal_no": ("queries/p1_withdrawn_appeal.yaml", "may_review(v1, ivanov)", {}),
    "took_no_part_default_yes": ("queries/p3_took_no_part_earlier.yaml", "may_review(v1, 'Мадина')", {}),
    "took_no_part_standing_only_no": ("queries/p3_took_no_part_earlier.yaml", "may_review(v1, 'Мадина')",
                                      {"p3_took_no_part_earlier": "standing_only"}),
    "worsening_late_disposition": ("queries/p4_worsening_late.yaml", "petition_disposition(pt1, D)", {}),
    "stranger_no": ("queries/p3_stranger.yaml", "may_review(v1, journalist_x)", {}),
}


def masked_record(result, case, readings) -> dict:
    record = make_record(result, case, readings)
    record["record"]["kb_version"] = "<kb_version>"
    record["record"]["engine"] = {key: f"<{key}>" for key in record["record"]["engine"]}
    if "engine" in record:
        record["engine"] = {key: f"<{key}>" for key in record["engine"]}
    return record


def renderings(kb, name: str) -> dict[str, str]:
    path, question, readings = CASES[name]
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        case = Case.from_file(path)
    finally:
        os.chdir(cwd)
    result = kb.ask(question, case, readings=readings)
    return {
        "txt": render(result, "text"),
        "md": render(result, "markdown"),
        "json": render(result, "json", record=masked_record(result, case, readings)),
    }


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
            diff = "".join(difflib.unified_diff(expected.splitlines(True), produced.splitlines(True),
                                                f"golden/{golden.name}", "produced", n=2))
            stale.append(diff[:4000])
    assert not stale, ("renderings differ from the golden files (if intended: UPDATE_GOLDEN=1 "
                       ".venv/bin/pytest tests/test_golden.py, then review git diff tests/golden):\n"
                       + "\n".join(stale))


def test_golden_json_is_the_contract_plus_a_record():
    for name in CASES:
        path = GOLDEN / f"{name}.json"
        if not path.exists():
            pytest.skip("golden files not written yet")
        data = json.loads(path.read_text(encoding="utf-8"))
        assert {"question", "holds", "answers", "why_not", "assumptions", "readings", "record"} <= set(data)
        assert data["record"]["question"] == data["question"]
        assert all(f["where"].startswith("queries/") for f in data["record"]["case"]["facts"])
