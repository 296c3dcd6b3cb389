"""Why not — minimal repairs: for known negative scenarios, the missing or blocking fact is among the
smallest repairs, each repair makes the question hold, and the search is bounded and deterministic."""

from __future__ import annotations

import re

import pytest

from pyswip_bridge import Case
from pyswip_bridge.workbench.scenarios import QUERIES_DIR, load_scenario

# (scenario, question, readings, expected change as "+ fact-regex" or "- fact-regex")
KNOWN = [
    ("p1_withdrawn_appeal", "may_review(v1, ivanov)", {}, r"- appeal_withdrawn\(a1\)"),
    ("p1_prosecutor_protest_only", "may_review(d2, petrov)", {}, r"\+ appeal\(\w+, petrov, \w+\)"),
    ("p1_victim_representative", "may_review(v1, sergeev)", {}, r"\+ appeal\(\w+, sergeev, \w+\)"),
    ("p2_minor_gravity", "may_review(v1, nurlan)", {}, r"- offence_category\(v1, minor_gravity\)"),
    (
        "p3_legal_rep_after_majority",
        "may_review(v1, 'Сәуле')",
        {},
        r"- majority_reached_on\('Азамат', \d{4}-\d\d-\d\d\)",
    ),
    ("p3_stranger", "may_review(v1, journalist_x)", {}, r"\+ rights_affected\(journalist_x, v1, \w+\)"),
    (
        "p3_took_no_part_earlier",
        "may_review(v1, 'Мадина')",
        {"p3_took_no_part_earlier": "standing_only"},
        r"\+ appeal\(new_appeal, (dias|'Мадина'), v1\)",
    ),  # her own appeal, or her principal's (¶1)
    ("p4_worsening_late", "petition_disposition(pt1, preliminary_consideration)", {}, r"- seeks_worsening\(pt1\)"),
    (
        "p10_civil_claim_left_without_consideration",
        "cassation_ground(v1, G)",
        {},
        r"- civil_claim_left_without_consideration\(v1\)",
    ),
    (
        "p08_other_violation_not_challenged",
        "cassation_ground(d1, G)",
        {"p8_other_violations": "sufficient_if_challenged"},
        r"\+ acquittal_actually_challenged\(pt1\)",
    ),
    (
        "p07_termination_is_not_conviction",
        "consequence_established(t1, innocent_convicted)",
        {},
        r"\+ act_outcome\(t1, conviction\)",
    ),
]


@pytest.mark.parametrize("name,question,readings,expected", KNOWN, ids=[k[0] for k in KNOWN])
def test_known_fact_is_a_smallest_repair(kb, name, question, readings, expected):
    scenario = load_scenario(QUERIES_DIR / f"{name}.yaml")
    result = kb.ask(question, scenario.case, readings=readings, repairs=(3, 300), reason_anyway=True)
    assert not result.holds
    assert result.repairs, "no repair found"
    smallest = min(r.size for r in result.repairs)
    described = [
        [f"{'+' if c.op == 'add' else '-'} {c.fact}" for c in r.changes] for r in result.repairs if r.size == smallest
    ]
    assert any(re.fullmatch(expected, change) for changes in described for change in changes), described


def test_every_repair_really_makes_the_question_hold(kb):
    scenario = load_scenario(QUERIES_DIR / "p3_stranger.yaml")
    result = kb.ask("may_review(v1, journalist_x)", scenario.case, repairs=(2, 200))
    assert result.repairs
    for repair in result.repairs:
        removed = {c.fact for c in repair.changes if c.op == "remove"}
        facts = [f.text for f in scenario.case.facts if f.text not in removed]
        facts += [c.fact for c in repair.changes if c.op == "add"]
        assert kb.ask("may_review(v1, journalist_x)", Case.from_facts(facts)).holds, repair
        assert repair.rule and repair.source and repair.source.paragraph >= 1


def test_repairs_are_sorted_by_size_and_deterministic(kb):
    scenario = load_scenario(QUERIES_DIR / "p1_withdrawn_appeal.yaml")
    first = kb.ask("may_review(v1, ivanov)", scenario.case, repairs=(3, 300))
    second = kb.ask("may_review(v1, ivanov)", scenario.case, repairs=(3, 300))
    assert [r.size for r in first.repairs] == sorted(r.size for r in first.repairs)
    assert first.raw["repairs"] == second.raw["repairs"]


def test_no_superset_of_a_repair_is_reported(kb):
    scenario = load_scenario(QUERIES_DIR / "p1_withdrawn_appeal.yaml")
    result = kb.ask("may_review(v1, ivanov)", scenario.case, repairs=(3, 300))
    sets = [frozenset((c.op, c.fact) for c in r.changes) for r in result.repairs]
    for a in sets:
        assert not any(b < a for b in sets), a


def test_why_not_command(cli):
    run = cli("why-not", "may_review(v1, ivanov)", "--case", "queries/p1_withdrawn_appeal.yaml", "--limit", "3")
    assert run.code == 0, run.err
    assert "1. 2 changes, then p3_petition_of_participant (¶3" in run.out
    assert "[appeal_withdrawn(a1)]" in run.out
    holds = cli("why-not", "may_review(v1, ivanov)", "--case", "queries/p1_counsel_appeal.yaml")
    assert (holds.code == 0 and "nothing to repair" not in holds.out) or "Answer: no" in holds.out


def test_another_value_of_a_fact_that_failed_the_check_after_it(kb):
    """`defence_mandatory(P) :- defence_circumstance(P, C), memberchk(C, [...items of art. 67...])`: the
    circumstance given (the state prosecutor's participation) fails the check, and the why-not names no
    fact to add or undo; the repair search then tries the fact with the values that pass the check."""
    case = load_scenario(QUERIES_DIR / "p16_prosecutor_participation.yaml").case
    result = kb.ask("defence_mandatory(petrov)", case)
    assert not result.holds
    line = result.verdict.line
    assert "it would be yes if a circumstance of CPC art. 67 part 1 applies to petrov:" in line
    assert "minor" in line and "custody as a preventive measure" in line
    assert "state prosecutor participates" not in line  # the value given, which fails the check
    assert "none of the small changes" not in line


def test_such_alternatives_never_crowd_out_what_the_why_not_names(kb):
    """Where the why-not names a fact to undo (the age of majority reached), the search keeps to it: the
    other values of the facts that failed a check are tried only where nothing else is suggested."""
    case = load_scenario(QUERIES_DIR / "p3_legal_rep_after_majority.yaml").case
    result = kb.ask("may_review(v1, 'Сәуле')", case)
    assert "because Азамат reached the age of majority on 2020-08-15" in result.verdict.line
