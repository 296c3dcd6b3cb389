"""Open world on request: a fact neither given nor denied is unknown, and the answer may be unknown."""

from __future__ import annotations

import pytest

from pyswip_bridge import Case, CaseFileError

FACTS = [
    "judicial_act(v1, decision, appellate)",
    "entered_into_force(v1, 2020-01-01)",
    "participant(ann, convicted)",
    "appellate_review_of(v1, v0)",
    "appeal(a1, ann, v0)",
    "petition(pt1, ann, v1)",
    "filed_on(pt1, 2020-03-03)",
    "act_outcome(v0, conviction)",
    "act_outcome(v1, conviction)",
    "appeal_outcome(a1, upheld)",
]


#: The case without the court of appeal's decision on a1: whether a1 was withdrawn or returned is open.
UNDECIDED = [f for f in FACTS if not f.startswith("appeal_outcome(")]


def test_unknown_until_the_deciding_fact_is_denied(kb):
    open_answer = kb.ask("personal_appeal_requirement_met(ann, v1)", Case.from_facts(UNDECIDED), open_world=True)
    assert open_answer.holds  # the closed-world answer is unchanged
    assert open_answer.open_world.value == "unknown"
    facts = [f["fact"] for f in open_answer.open_world.unknown_facts]
    assert "appeal_withdrawn(a1)" in facts
    question = next(f["question"] for f in open_answer.open_world.unknown_facts if f["fact"] == "appeal_withdrawn(a1)")
    assert question.startswith("Is it so that the appeal a1 was withdrawn")
    decided = kb.ask(
        "personal_appeal_requirement_met(ann, v1)",
        Case.from_facts(UNDECIDED, denied=["appeal_withdrawn(a1)", "appeal_returned(a1)"]),
        open_world=True,
    )
    assert decided.open_world.value == "true"
    assert decided.open_world.unknown_facts == ()


def test_a_fact_the_given_facts_exclude_is_false_not_unknown(kb):
    """The court of appeal decided a1, so a1 was neither withdrawn nor returned (consistency.pl): a case
    cannot state both, and the open world takes them as false without their being denied."""
    result = kb.ask("personal_appeal_requirement_met(ann, v1)", Case.from_facts(FACTS), open_world=True)
    assert result.open_world.value == "true"
    assert result.open_world.unknown_facts == ()


def test_a_given_fact_makes_it_false_in_both_worlds(kb):
    facts = [f for f in FACTS if not f.startswith("appeal_outcome(")]
    case = Case.from_facts([*facts, "appeal_withdrawn(a1)"], denied=["took_no_part_earlier(ann)"])
    result = kb.ask("personal_appeal_requirement_met(ann, v1)", case, open_world=True)
    assert not result.holds
    assert result.open_world.value == "false"


def test_closed_world_by_default(kb):
    result = kb.ask("personal_appeal_requirement_met(ann, v1)", Case.from_facts(FACTS))
    assert result.open_world is None and result.holds


def test_given_and_denied_is_an_error(kb):
    with pytest.raises(CaseFileError, match="both given and denied"):
        kb.ask("reviewable_in_cassation(v1)", Case.from_facts(FACTS, denied=["participant(ann, convicted)"]))


def test_denied_key_in_a_case_file_and_cli(cli, tmp_path):
    path = tmp_path / "open.yaml"
    path.write_text(
        "facts:\n"
        + "".join(f"  - {f}\n" for f in UNDECIDED)
        + "denied:\n  - appeal_withdrawn(a1)\n  - appeal_returned(a1)\n",
        encoding="utf-8",
    )
    run = cli("ask", "personal_appeal_requirement_met(ann, v1)", "--case", str(path), "--open")
    assert run.code == 0, run.err
    assert "Open world: true" in run.out  # the denial decides it
    path.write_text("facts:\n" + "".join(f"  - {f}\n" for f in UNDECIDED), encoding="utf-8")
    run = cli("ask", "personal_appeal_requirement_met(ann, v1)", "--case", str(path), "--open")
    assert "Open world: unknown" in run.out
    assert "[appeal_withdrawn(a1)]" in run.out
