"""Every worked scenario answers as it says, with the rule ids it names; every rule is used by one."""

from __future__ import annotations

from collections import defaultdict

import pytest

from pyswip_bridge.workbench.scenarios import check_question, load_scenarios

SCENARIOS = load_scenarios()
CASES = [(s, i) for s in SCENARIOS for i in range(len(s.questions))]


@pytest.mark.parametrize("scenario,index", CASES, ids=[f"{s.name}-q{i + 1}" for s, i in CASES])
def test_scenario_question(kb, scenario, index):
    question = scenario.questions[index]
    _, problems = check_question(kb, scenario, question)
    assert not problems, f"{scenario.name}: {question.ask}: " + "; ".join(problems)


def test_enough_scenarios_for_paragraphs_1_to_4():
    per_paragraph = defaultdict(list)
    for s in SCENARIOS:
        per_paragraph[s.paragraph].append(s.name)
    assert len(SCENARIOS) >= 12
    for paragraph in (1, 2, 3, 4):
        assert len(per_paragraph[paragraph]) >= 2, f"paragraph {paragraph} has {per_paragraph[paragraph]}"


def test_every_scenario_has_a_positive_and_a_checked_rule_set():
    for s in SCENARIOS:
        assert s.questions, s.name
        assert any(q.holds for q in s.questions) or any(q.fails for q in s.questions), s.name
        for q in s.questions:
            if not q.holds:
                assert q.fails, f"{s.name}: negative question {q.ask} names no failed condition"


def test_every_rule_clause_is_used_by_some_scenario(kb):
    """A rule no scenario's proof uses is untested: fail, naming it."""
    used: set[str] = set()
    for s in SCENARIOS:
        for q in s.questions:
            result = kb.ask(q.ask, s.case, readings=q.readings)
            used |= result.rules_used()
    all_rules = {r["id"] for r in kb.norms()["rules"]}
    unused = sorted(all_rules - used)
    assert not unused, f"rules no scenario uses: {unused}"


def test_the_edge_cases_the_foundation_issue_names_exist():
    names = {s.name for s in SCENARIOS}
    for required in (
        "p1_withdrawn_appeal",
        "p1_prosecutor_protest_only",
        "p1_counsel_appeal",
        "p2_minor_gravity",
        "p3_legal_rep_after_majority",
        "p4_worsening_late",
    ):
        assert required in names


def test_every_scenario_is_dated_so_that_its_answers_carry_no_warning(kb):
    """A worked scenario states the date its case is judged as of (a request's filing date, or
    relevant_date/1): without one, every answer warns that the resolution may not have applied."""
    undated = [
        s.name
        for s in SCENARIOS
        if "has no date" in str(kb.ask(s.questions[0].ask, s.case, readings=dict(s.questions[0].readings) or None))
    ]
    assert undated == []
