"""What if (before/after and the difference between proofs), critical facts, and readings side by side:
in Python (``pyswip_bridge.workbench.whatif``) and as ``cassation what-if`` / ``cassation compare-readings``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pyswip_bridge import Case, CaseFileError, VocabularyError
from pyswip_bridge.workbench.whatif import compare_readings, critical_facts, render_comparison, what_if

ROOT = Path(__file__).resolve().parent.parent
Q = ROOT / "queries"

#: Positive scenarios of paragraphs 1-4, each with given facts that the answer hangs on: removing any
#: one of them alone turns the yes into a no; and facts whose removal changes nothing.
CRITICAL = [
    # ¶1: the defence counsel's appeal counts as the convict's own
    (
        "p1_counsel_appeal.yaml",
        "may_review(v1, 'Қайрат')",
        ["appeal(a1, 'Әлия', v1)", "acts_for('Әлия', 'Қайрат')", "participant('Әлия', defence_counsel)"],
        ["petition(pt1, 'Қайрат', v1)", "offence_category(v1, grave)", "act_outcome(v1, conviction)"],
    ),
    # ¶1: the representative's appeal counts as the victim's own
    (
        "p1_victim_representative.yaml",
        "may_review(v1, 'Гүлнар')",
        ["appeal(a1, 'Ержан', v1)", "acts_for('Ержан', 'Гүлнар')"],
        [],
    ),
    # ¶1: an appellate decision, on the convict's own appeal
    (
        "p1_appellate_decision_own_appeal.yaml",
        "may_review(d2, 'Серік')",
        ["appeal(a1, 'Серік', v1)", "appellate_review_of(d2, v1)"],
        [],
    ),
    # ¶3: a mortgagor whose rights the verdict affects
    ("p3_mortgagor.yaml", "may_review(v1, 'Айгерім')", ["rights_affected('Айгерім', v1, mortgagor)"], []),
    # ¶3: a person who took no part earlier (default reading)
    ("p3_took_no_part_earlier.yaml", "may_review(v1, 'Мадина')", ["took_no_part_earlier('Мадина')"], []),
    # ¶3: a legal representative on other grounds after majority
    (
        "p3_legal_rep_other_grounds.yaml",
        "may_review(v1, dana)",
        ["legal_representative_on_other_grounds(dana, timur)"],
        [],
    ),
]


@pytest.mark.parametrize("scenario,question,critical,not_critical", CRITICAL, ids=[c[0] for c in CRITICAL])
def test_critical_finds_the_known_critical_facts(kb, scenario, question, critical, not_critical):
    case = Case.from_file(Q / scenario)
    found = critical_facts(kb, question, case)
    assert found.holds is True
    texts = [f.text for f in found.critical]
    for fact in critical:
        assert fact in texts, f"{fact} not among the critical facts {texts}"
    for fact in not_critical:
        assert fact not in texts
    # deterministic: one entry per given fact, in the case's order
    assert [e.fact.text for e in found.effects] == [f.text for f in case.facts]
    assert texts == [f.text for f in case.facts if f.text in texts]


def test_critical_reports_removals_that_change_the_bindings_only(kb):
    case = Case.from_file(Q / "p4_worsening_late.yaml")
    found = critical_facts(kb, "petition_disposition(pt1, D)", case)
    assert [f.text for f in found.critical] == ["petition(pt1, victim_b, v1)"]
    changing = {e.fact.text for e in found.changing}
    assert {"seeks_worsening(pt1)", "filed_on(pt1, 2020-05-20)"} <= changing


def test_critical_of_a_no_lists_the_facts_whose_removal_makes_it_yes(kb):
    case = Case.from_file(Q / "p2_minor_gravity.yaml")
    found = critical_facts(kb, "may_review(v1, nurlan)", case)
    assert found.holds is False
    assert [f.text for f in found.critical] == ["offence_category(v1, minor_gravity)"]


def test_what_if_shows_the_difference_between_the_proofs(kb):
    case = Case.from_file(Q / "p1_counsel_appeal.yaml")
    w = what_if(kb, "may_review(v1, 'Қайрат')", case, remove=["appeal_outcome(a1, upheld)"])
    assert w.before.holds and not w.after.holds
    assert w.diff.flipped
    assert "p1_considered_on_appeal" in w.diff.rules_removed
    assert "appeal(a1, 'Әлия', v1)" in w.diff.facts_used_removed
    assert w.diff.lines()[0] == "answer: yes → no"
    # removing a fact the proof does not use changes nothing
    same = what_if(kb, "may_review(v1, 'Қайрат')", case, remove=["offence_category(v1,grave)"])
    assert same.diff.is_empty() and same.diff.lines() == ["no difference"]


def test_what_if_can_change_the_bindings(kb):
    case = Case.from_file(Q / "p4_worsening_late.yaml")
    w = what_if(kb, "petition_disposition(pt1, D)", case, remove=["seeks_worsening(pt1)"])
    assert not w.diff.flipped
    assert w.diff.answers_removed == ["D = return_without_consideration(time_limit_expired)"]
    assert w.diff.answers_added == ["D = preliminary_consideration"]
    assert "p4_return_late" in w.diff.rules_removed


def test_removing_a_fact_not_in_the_case_is_a_user_error(kb):
    case = Case.from_file(Q / "p1_counsel_appeal.yaml")
    with pytest.raises(CaseFileError, match="no such fact"):
        what_if(kb, "may_review(v1, 'Қайрат')", case, remove=["appeal(a9, 'Әлия', v1)"])


def test_added_facts_are_checked_by_the_kb(kb):
    case = Case.from_file(Q / "p1_counsel_appeal.yaml")
    with pytest.raises(VocabularyError) as info:
        what_if(kb, "may_review(v1, 'Қайрат')", case, add=["bribed(judge)"])
    assert info.value.where == "--add 1"


def test_compare_readings_shows_where_the_answers_diverge(kb):
    case = Case.from_file(Q / "p3_took_no_part_earlier.yaml")
    comparison = compare_readings(kb, "may_review(v1, 'Мадина')", case)
    # only the passages a proof of may_review/2 can depend on are varied
    relevant = [p for p in kb.norms()["ambiguous_passages"] if "may_review/2" in p["affects"]]
    passages = {p["passage"] for p in relevant}
    assert "p3_took_no_part_earlier" in passages and "p24_worsening_cases" not in passages
    combos = 1
    for p in relevant:
        combos *= len(p["readings"])
    assert len(comparison.runs) == combos and {*comparison.runs[0].readings} == passages
    assert comparison.runs[0].default and comparison.runs[0].holds
    assert comparison.diverges
    assert comparison.deciding_passages() == ["p3_took_no_part_earlier"]
    for run in comparison.runs:
        assert run.holds == (run.readings["p3_took_no_part_earlier"] == "exempt_if_reviewed_on_appeal")
    text = render_comparison(comparison)
    assert "The answers diverge" in text
    assert (
        "Deciding passage p3_took_no_part_earlier (¶3): exempt_if_reviewed_on_appeal → yes; standing_only → no"
    ) in text


def test_compare_readings_when_they_agree(kb):
    case = Case.from_file(Q / "p1_counsel_appeal.yaml")
    comparison = compare_readings(kb, "may_review(v1, 'Қайрат')", case)
    assert not comparison.diverges and comparison.deciding_passages() == []
    assert "The answers agree under all" in render_comparison(comparison)


# -- the command line -----------------------------------------------------------------------------

COUNSEL = "queries/p1_counsel_appeal.yaml"


def test_what_if_command(cli):
    run = cli(
        "what-if",
        "may_review(v1, 'Қайрат')",
        "--case",
        COUNSEL,
        "--remove",
        "appeal_outcome(a1, upheld)",
        "--remove",
        "petition(pt1, 'Қайрат', v1)",
    )
    assert run.code == 0, run.err
    assert "  - appeal_outcome(a1, upheld)" in run.out
    assert "Before: yes\nAfter:  no\n" in run.out
    assert "  answer: yes → no" in run.out
    assert "── Before " in run.out and "── After " in run.out and "Answer: no" in run.out


def test_what_if_critical_command(cli):
    run = cli("what-if", "may_review(v1, 'Қайрат')", "--case", COUNSEL, "--critical")
    assert run.code == 0, run.err
    assert "  - appeal(a1, 'Әлия', v1)  (queries/p1_counsel_appeal.yaml:18)" in run.out
    data = json.loads(
        cli("what-if", "may_review(v1, 'Қайрат')", "--case", COUNSEL, "--critical", "--format", "json").out
    )
    assert "appeal(a1, 'Әлия', v1)" in data["critical"]["critical"]
    assert "petition(pt1, 'Қайрат', v1)" not in data["critical"]["critical"]


def test_what_if_json(cli):
    run = cli(
        "what-if",
        "may_review(v1, 'Қайрат')",
        "--case",
        COUNSEL,
        "--remove",
        "appeal_outcome(a1, upheld)",
        "--format",
        "json",
    )
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["before"]["holds"] is True and data["after"]["holds"] is False
    assert data["difference"]["flipped"] is True and data["removed"] == ["appeal_outcome(a1, upheld)"]


@pytest.mark.parametrize(
    "args,message",
    [
        (("--remove", "appeal(a9, x, v1)"), "no such fact"),
        (("--add", "bribed(judge)"), "--add 1"),
        (("--add", "appeal(a2, 'Әлия' v1)"), "--add 1"),
        ((), "needs --add"),
    ],
)
def test_what_if_user_errors_exit_2_in_one_line(cli, args, message):
    run = cli("what-if", "may_review(v1, 'Қайрат')", "--case", COUNSEL, *args)
    assert run.code == 2, run.out + run.err
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]


def test_compare_readings_command(cli):
    run = cli("compare-readings", "may_review(v1, 'Мадина')", "--case", "queries/p3_took_no_part_earlier.yaml")
    assert run.code == 0, run.err
    assert "standing_only" in run.out and "| no" in run.out and "| yes  (default readings)" in run.out
    assert "Deciding passage p3_took_no_part_earlier" in run.out
    data = json.loads(
        cli(
            "compare-readings",
            "may_review(v1, 'Мадина')",
            "--case",
            "queries/p3_took_no_part_earlier.yaml",
            "--format",
            "json",
        ).out
    )
    assert data["diverges"] is True and data["deciding_passages"] == ["p3_took_no_part_earlier"]


@pytest.mark.parametrize(
    "scenario, question",
    [
        ("p1_counsel_appeal", "may_review(v1, P)"),
        ("p1_withdrawn_appeal", "may_review(v1, prosecutor_general)"),
        ("p4_worsening_late", "petition_disposition(pt1, D)"),
        ("p3_took_no_part_earlier", "may_review(v1, 'Мадина')"),
    ],
)
def test_critical_facts_in_one_call_agree_with_one_ask_per_fact(kb, scenario, question):
    """The KB's removals (all facts asserted once, each retracted and restored in turn) give what one
    whole ask per removed fact gives."""
    from pyswip_bridge.bridge.case import Case as BridgeCase
    from pyswip_bridge.workbench.whatif import _removal_effect, critical_facts

    case = BridgeCase.from_file(ROOT / "queries" / f"{scenario}.yaml")
    base = kb.ask(question, case)
    found = critical_facts(kb, question, case, baseline=base)
    reference = []
    for i, fact in enumerate(case.facts):
        without = BridgeCase(case.facts[:i] + case.facts[i + 1 :], dict(case.readings), case.source, case.document)
        reference.append(_removal_effect(fact, base, kb.ask(question, without)))
    assert [(e.fact.text, e.effect) for e in found.effects] == [(e.fact.text, e.effect) for e in reference]
    assert any(e.effect == "flips" for e in found.effects)
