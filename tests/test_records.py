"""Answer records (``make_record``: the contract plus KB version, engine versions, case facts and readings),
their differences (``diff_records``) and ``cassation diff A.json B.json``."""

from __future__ import annotations

import hashlib
import json
import platform
import shutil
from pathlib import Path

import pytest

from pyswip_bridge import Case
from pyswip_bridge.bridge.records import diff_records, kb_version, load_record, make_record
from pyswip_bridge.errors import UserError
from pyswip_bridge.render.formats import render

ROOT = Path(__file__).resolve().parent.parent
COUNSEL = "queries/p1_counsel_appeal.yaml"
TOOK_NO_PART = "queries/p3_took_no_part_earlier.yaml"


def record_of(kb, question: str, case: Case, readings: dict[str, str] | None = None) -> dict:
    result = kb.ask(question, case, readings=readings)
    return make_record(result, case, readings or {})


def test_kb_version_is_the_hash_of_the_sources_in_sorted_order():
    kb_dir = ROOT / "kb"
    paths = sorted(kb_dir.rglob("*.pl"), key=lambda p: p.relative_to(kb_dir).as_posix())
    expected = hashlib.sha256(b"".join(p.read_bytes() for p in paths)).hexdigest()[:16]
    assert kb_version() == expected
    assert len(expected) == 16 and int(expected, 16) >= 0


def test_kb_version_changes_with_any_source(tmp_path):
    copy = tmp_path / "kb"
    shutil.copytree(ROOT / "kb", copy)
    before = kb_version(copy)
    assert before == kb_version(ROOT / "kb")
    with (copy / "p03_petitioners.pl").open("a", encoding="utf-8") as f:
        f.write("\n% an edit\n")
    assert kb_version(copy) != before


def test_record_has_versions_case_facts_readings_and_question(kb):
    case = Case.from_file(ROOT / COUNSEL)
    result = kb.ask("may_review(v1, 'Қайрат')", case, readings={"p24_worsening_cases": "open_list"})
    data = make_record(result, case, {"p24_worsening_cases": "open_list"})
    assert {k: v for k, v in data.items() if k != "record"} == result.raw  # the contract is kept as is
    record = data["record"]
    assert record["question"] == "may_review(v1, 'Қайрат')"
    assert record["kb_version"] == kb_version()
    assert record["engine"]["swi_prolog"] == result.raw["engine"]["swi_prolog"]
    assert record["engine"]["python"] == platform.python_version()
    assert record["engine"]["pyswip"] == "0.3.3"
    assert record["case"]["source"].endswith("p1_counsel_appeal.yaml")
    facts = record["case"]["facts"]
    assert facts[0]["text"] == "judicial_act(v1, verdict, first_instance)"
    assert facts[0]["where"].endswith("p1_counsel_appeal.yaml:11")
    assert len(facts) == len(case.facts)
    assert record["readings"]["requested"] == {"p24_worsening_cases": "open_list"}
    assert record["readings"]["in_force"]["p24_worsening_cases"] == "open_list"
    assert record["readings"]["in_force"]["p3_took_no_part_earlier"] == "exempt_if_reviewed_on_appeal"


def test_json_renderer_prints_the_record_when_given(kb):
    case = Case.from_file(ROOT / COUNSEL)
    result = kb.ask("may_review(v1, 'Қайрат')", case)
    assert json.loads(render(result, "json")) == result.raw
    record = make_record(result, case, {})
    assert json.loads(render(result, "json", record=record)) == record


def test_diff_of_two_records_names_every_change(kb):
    case = Case.from_file(ROOT / TOOK_NO_PART)
    a = record_of(kb, "may_review(v1, 'Мадина')", case)
    changed = Case(
        [f for f in case.facts if not f.text.startswith("took_no_part_earlier")]
        + [case.add("request_concerns(pt9, osipov)").facts[-1]],
        case.readings,
        case.source,
    )
    b = record_of(kb, "may_review(v1, 'Мадина')", changed, {"p3_took_no_part_earlier": "standing_only"})
    b["record"]["kb_version"] = "0123456789abcdef"
    lines = diff_records(a, b)
    text = "\n".join(lines)
    assert "answer: yes → no" in lines
    assert any(line.startswith("rules used removed: ") and "p3_took_no_part_earlier_exempt" in line for line in lines)
    assert "case facts added: request_concerns(pt9, osipov)" in lines
    assert "case facts removed: took_no_part_earlier('Мадина')" in lines
    assert "reading of p3_took_no_part_earlier: exempt_if_reviewed_on_appeal → standing_only" in lines
    assert f"kb_version: {a['record']['kb_version']} → 0123456789abcdef (the KB's sources changed)" in lines
    assert "question" not in text
    assert diff_records(a, a) == []


def test_diff_names_question_and_bindings(kb):
    case = Case.from_file(ROOT / "queries" / "p4_worsening_late.yaml")
    a = record_of(kb, "petition_disposition(pt1, D)", case)
    b = record_of(kb, "petition_disposition(pt2, D)", case)
    lines = diff_records(a, b)
    assert lines[0] == "question: petition_disposition(pt1, D) → petition_disposition(pt2, D)"
    assert "answers (bindings) added: D = preliminary_consideration" in lines
    assert "answers (bindings) removed: D = return_without_consideration(time_limit_expired)" in lines


def test_facts_written_differently_are_the_same_fact(kb):
    case = Case.from_file(ROOT / COUNSEL)
    respaced = Case([type(f)(f.text.replace(", ", ","), f.where) for f in case.facts], {}, case.source)
    a = record_of(kb, "may_review(v1, 'Қайрат')", case)
    b = record_of(kb, "may_review(v1, 'Қайрат')", respaced)
    assert diff_records(a, b) == []


def test_diff_of_plain_contract_objects_says_what_it_cannot_compare(kb):
    case = Case.from_file(ROOT / COUNSEL)
    result = kb.ask("may_review(v1, 'Қайрат')", case)
    lines = diff_records(result.raw, make_record(result, case, {}))
    assert len(lines) == 1 and lines[0].startswith("A has no record")


def test_load_record_errors(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        load_record(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="JSON syntax error"):
        load_record(tmp_path / "bad.json")
    (tmp_path / "other.json").write_text('{"facts": []}', encoding="utf-8")
    with pytest.raises(UserError, match="not an answer record"):
        load_record(tmp_path / "other.json")
    (tmp_path / "latin1.json").write_bytes(b'{"q": "\xe9"}')
    with pytest.raises(UserError, match="not valid UTF-8"):
        load_record(tmp_path / "latin1.json")
    with pytest.raises(UserError, match="is a directory"):
        load_record(tmp_path)


def test_cassation_diff_on_the_command_line(cli, tmp_path):
    a = cli("ask", "may_review(v1, 'Мадина')", "--case", TOOK_NO_PART, "--format", "json")
    b = cli(
        "ask",
        "may_review(v1, 'Мадина')",
        "--case",
        TOOK_NO_PART,
        "--format",
        "json",
        "--reading",
        "p3_took_no_part_earlier=standing_only",
    )
    assert a.code == 0 and b.code == 0, a.err + b.err
    (tmp_path / "a.json").write_text(a.out, encoding="utf-8")
    (tmp_path / "b.json").write_text(b.out, encoding="utf-8")
    run = cli("diff", str(tmp_path / "a.json"), str(tmp_path / "b.json"))
    assert run.code == 0, run.err
    assert "answer: yes → no" in run.out
    assert "reading of p3_took_no_part_earlier: exempt_if_reviewed_on_appeal → standing_only" in run.out
    same = cli("diff", str(tmp_path / "a.json"), str(tmp_path / "a.json"))
    assert same.code == 0 and same.out.startswith("no differences")
    (tmp_path / "bad.json").write_text("[1, 2", encoding="utf-8")
    for args in (
        (str(tmp_path / "a.json"), str(tmp_path / "missing.json")),
        (str(tmp_path / "bad.json"), str(tmp_path / "a.json")),
    ):
        bad = cli("diff", *args)
        assert bad.code == 2 and bad.out == ""
        assert len(bad.err.strip().splitlines()) == 1 and bad.err.startswith("error: ")
