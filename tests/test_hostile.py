"""Hostile and malformed case files: a typed error, exit code 2 and one line, and the KB survives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import pyswip_bridge.errors as errors
from pyswip_bridge import Case

HOSTILE = Path(__file__).resolve().parent / "hostile"
MANIFEST: dict[str, str] = yaml.safe_load((HOSTILE / "manifest.yaml").read_text(encoding="utf-8"))
ORDINARY = Path(__file__).resolve().parent.parent / "queries" / "p1_counsel_appeal.yaml"


def test_manifest_lists_every_hostile_file():
    files = {p.name for p in HOSTILE.iterdir() if p.name != "manifest.yaml"}
    assert files == set(MANIFEST)


def ask_file(kb, path: Path):
    return kb.ask("may_review(v1, P)", Case.from_file(path))


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_api_raises_the_typed_error_then_answers(kb, name):
    expected = getattr(errors, MANIFEST[name])
    with pytest.raises(expected) as info:
        ask_file(kb, HOSTILE / name)
    assert type(info.value) is expected, f"{name}: got {type(info.value).__name__}: {info.value}"
    assert "\n" not in info.value.one_line()
    follow_up = kb.ask("may_review(v1, 'Қайрат')", Case.from_file(ORDINARY))
    assert follow_up.holds


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_cli_exits_2_with_one_line(cli, name):
    run = cli("ask", "may_review(v1, P)", "--case", str(HOSTILE / name))
    assert run.code == 2, run.err
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.err
    assert "Traceback" not in run.err


def test_case_file_errors_name_file_and_line(kb):
    with pytest.raises(errors.VocabularyError) as info:
        ask_file(kb, HOSTILE / "undeclared_predicate.yaml")
    assert info.value.where.endswith("undeclared_predicate.yaml:3")
    assert info.value.fact == "bribe(v1, judge)"
    assert "bribe/2 is not a declared case fact" in str(info.value)


def test_wrong_arity_names_the_declared_arity(kb):
    with pytest.raises(errors.VocabularyError, match=r"judicial_act/2 is not declared; judicial_act/3 is"):
        ask_file(kb, HOSTILE / "wrong_arity.yaml")


def test_bad_date_is_named(kb):
    with pytest.raises(errors.CaseFileError, match=r"must be a real date"):
        ask_file(kb, HOSTILE / "bad_date.yaml")


@pytest.mark.parametrize("question,error", [
    ("may_review(v1, P", errors.QuerySyntaxError),
    ("may_review(v1, P) :- halt", errors.UnknownQuestion),
    ("halt", errors.UnknownQuestion),
    ("shell('ls')", errors.UnknownQuestion),
    ("may_review(v1, P), halt", errors.UnknownQuestion),
    ("may_review(v1)", errors.UnknownQuestion),
    ("may_review(f(x), P)", errors.UnknownQuestion),
    ("X", errors.UnknownQuestion),
    ("may_review(v1, P). halt.", errors.QuerySyntaxError),
    ("", errors.QuerySyntaxError),
])
def test_hostile_questions(kb, question, error):
    with pytest.raises(error):
        kb.ask(question, Case.from_file(ORDINARY))
    assert kb.ask("may_review(v1, 'Қайрат')", Case.from_file(ORDINARY)).holds


def test_query_syntax_error_has_a_column(kb):
    with pytest.raises(errors.QuerySyntaxError) as info:
        kb.ask("may_review(v1, P", Case())
    assert isinstance(info.value.column, int)


def test_injection_text_inside_a_quoted_name_is_just_a_name(kb):
    name = "x), halt, (true"
    case = Case.from_facts([
        "judicial_act(v1, decision, appellate)",
        "entered_into_force(v1, 2020-01-01)",
        "participant('x), halt, (true', convicted)",
        "appeal(a1, 'x), halt, (true', v0)",
        "appellate_review_of(v1, v0)",
    ])
    result = kb.ask("may_review(v1, P)", case)
    assert "'x), halt, (true'" in [b["P"] for b in result.bindings()]
    assert name in result.to_json()
