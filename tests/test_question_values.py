"""Every value the KB gives can be asked back.

The KB answers with compound values built by its rules (``part_one(wrong_qualification)``,
``return_without_consideration(time_limit_expired)``), and a question may name them: a compound
argument is accepted when its functor is a value constructor of the rules' heads and each of its
arguments is a variable, a whole number, a date, a value atom or (at most four levels deep) such a
compound.  Anything else is a ``query_type`` error of one line, exit code 2.

Expected values are taken from real answers of the KB (the scenarios of ``queries/``), not written
here, so that renamed values do not break these tests; only ``part_one(wrong_qualification)`` and
``return_without_consideration(time_limit_expired)`` are named.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from pyswip_bridge import Case
from pyswip_bridge.cli.repl import Session
from pyswip_bridge.errors import UnknownQuestion

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.yaml"))
GROUND = "queries/p06_erroneous_interpretation.yaml"  # cassation_ground(v1, part_one(wrong_qualification))
LATE = "queries/p13_late_petition_by_decision.yaml"  # return_without_consideration(time_limit_expired)


def one_line_error(run) -> str:
    assert run.code == 2, (run.code, run.out[-1000:], run.err[-1000:])
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.err[-2000:]
    return lines[0]


def compound_answers(kb):
    """(case file, question, answer goal) for every answer of the scenarios whose bindings hold a compound."""
    found = []
    for path in QUERIES:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        case = Case.from_file(path)
        for item in doc.get("questions") or []:
            question = item.get("ask") if isinstance(item, dict) else None
            if not question:
                continue
            result = kb.ask(question, case, readings=item.get("readings"), reason_anyway=True)
            for answer in result.answers:
                compounds = {str(v).split("(", 1)[0] for v in answer.bindings.values() if "(" in str(v)}
                if compounds:
                    found.append((path, question, answer.proof.goal, item.get("readings"), compounds))
    return found


def test_every_compound_value_the_scenarios_give_can_be_asked_back(kb):
    found = compound_answers(kb)
    assert len(found) >= 10, found  # the scenarios do give compound values
    constructors = set()
    for path, question, goal, readings, compounds in found:
        result = kb.ask(goal, Case.from_file(path), readings=readings, reason_anyway=True)
        assert result.holds, (path.name, question, goal)
        assert goal in {a.proof.goal for a in result.answers}, (path.name, goal)
        constructors |= compounds
    assert {"part_one", "return_without_consideration"} <= constructors, constructors


def test_cli_value_asked_back_holds_with_its_proof(cli):
    run = cli("ask", "cassation_ground(v1, part_one(X))", "--case", GROUND, "--format", "json")
    assert run.code == 0, run.err
    answer = json.loads(run.out)
    values = [a["bindings"]["X"] for a in answer["answers"]]
    assert values, answer
    back = f"cassation_ground(v1, part_one({values[0]}))"
    run = cli("ask", back, "--case", GROUND, "--format", "json")
    assert run.code == 0, run.err
    again = json.loads(run.out)
    assert again["holds"] is True
    assert again["answers"][0]["proof"]["goal"] == back
    assert again["answers"][0]["proof"]["rule"] == answer["answers"][0]["proof"]["rule"]
    run = cli("ask", back, "--case", GROUND)
    assert run.code == 0 and "Answer: yes" in run.out, run.err


def test_cli_nested_value_with_a_variable_inside(cli):
    run = cli("ask", "petition_disposition(pt1, return_without_consideration(R))", "--case", LATE, "--format", "json")
    assert run.code == 0, run.err
    assert [a["bindings"]["R"] for a in json.loads(run.out)["answers"]] == ["time_limit_expired"]


def test_a_value_that_does_not_hold_says_why_not(cli, kb):
    result = kb.ask("petition_disposition(pt1, return_without_consideration(withdrawn))", Case.from_file(ROOT / LATE))
    assert not result.holds
    assert result.why_not and result.why_not[0].rule == "p4_disposition_return"
    run = cli("ask", "cassation_ground(v1, part_one(innocent_convicted))", "--case", GROUND)
    assert run.code == 0 and "Answer: no" in run.out and "Why not" in run.out, run.out


def test_strings_and_quoted_atoms_inside_a_value(kb):
    case = Case.from_file(ROOT / LATE)
    for text in ('"time_limit_expired"', "'time_limit_expired'"):
        result = kb.ask(f"petition_disposition(pt1, return_without_consideration({text}))", case)
        assert result.holds, text
        assert result.question == "petition_disposition(pt1, return_without_consideration(time_limit_expired))"


def test_unknown_constructor_is_refused_with_one_line(cli):
    line = one_line_error(cli("ask", "cassation_ground(v1, foo(bar))", "--case", GROUND))
    assert "foo(bar): foo/1 is not a value the KB knows" in line
    assert "part_one/1" in line and "return_without_consideration/1" in line


def test_unknown_atom_inside_a_value_is_refused_with_what_is_known_there(cli):
    line = one_line_error(cli("ask", "cassation_ground(v1, part_one(foo))", "--case", GROUND))
    assert "part_one(foo): foo is not a value the KB knows; known values for part_one/1 are: " in line
    known = line.split("known values for part_one/1 are: ", 1)[1].split(" (in the question", 1)[0].split(", ")
    assert "wrong_qualification" in known
    assert "time_limit_expired" not in known  # a value of another place is not listed here


def test_a_known_constructor_with_the_wrong_arity_is_refused(cli):
    line = one_line_error(cli("ask", "cassation_ground(v1, part_one(wrong_qualification, x))"))
    assert "part_one/2 is not a value the KB knows" in line


@pytest.mark.parametrize("depth", [5, 50, 9_000])
def test_deep_nesting_is_refused(cli, depth):
    value = "part_one(" * depth + "wrong_qualification" + ")" * depth
    line = one_line_error(cli("ask", f"cassation_ground(v1, {value})"))
    assert "is nested more than 4 levels deep" in line
    assert len(line) < 1000


def test_four_levels_are_a_value_shape_the_parser_accepts(kb):
    # Structurally allowed (the KB never gives it, so it does not hold): the bound is 4, not less.
    result = kb.ask(
        "petition_disposition(pt1, return_without_consideration("
        "worsening_barred(part_one(part_one(wrong_qualification)))))"
    )
    assert not result.holds


@pytest.mark.parametrize(
    "question, expected",
    [
        ("cassation_ground(v1, part_one(1.5))", "1.5 must be a variable, a name, a whole number, a date"),
        ("cassation_ground(v1, part_one(halt))", "halt is not a value the KB knows"),
        ("cassation_ground(v1, part_one(Goal, halt))", "part_one/2 is not a value the KB knows"),
        ("cassation_ground(v1, (a :- b))", ":-/2 is not a value the KB knows"),
        ("cassation_ground(v1, part_one([wrong_qualification]))", "'[|]'/2 is not a value the KB knows"),
    ],
)
def test_python_api_refuses_with_query_type(kb, question, expected):
    with pytest.raises(UnknownQuestion) as info:
        kb.ask(question)
    assert info.value.kind == "query_type"
    assert expected in str(info.value), str(info.value)


def test_repl_asks_a_value_back(kb):
    out, err = io.StringIO(), io.StringIO()
    session = Session(kb, Case.from_file(ROOT / LATE), out=out, err=err)
    session.handle("petition_disposition(pt1, return_without_consideration(time_limit_expired))")
    assert "Answer: yes" in out.getvalue(), err.getvalue()
    session.handle("cassation_ground(v1, part_one(foo))")
    assert "foo is not a value the KB knows" in err.getvalue()
