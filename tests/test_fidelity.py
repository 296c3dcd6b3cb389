"""Every defect of the legal review has its scenario, and docs/fidelity.md agrees with the KB."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pyswip_bridge.workbench.scenarios import load_scenarios

ROOT = Path(__file__).resolve().parent.parent
FIDELITY = (ROOT / "docs" / "fidelity.md").read_text(encoding="utf-8")

#: The review's ids (A: core questions, B: narrower, C: minor) and the citation defects of its
#: section 3, numbered Q1-Q9 in docs/fidelity.md.
REVIEW_IDS = (
    [f"A{i}" for i in range(1, 7)]
    + [f"B{i}" for i in range(1, 13)]
    + [f"C{i}" for i in range(1, 12)]
    + [f"Q{i}" for i in range(1, 10)]
)


def defect_rows() -> dict[str, list[str]]:
    """docs/fidelity.md's defect table: id -> the scenario files its row names."""
    rows = {}
    for line in FIDELITY.splitlines():
        m = re.match(r"\| ([ABCQ]\d+) \|", line)
        if m:
            rows[m.group(1)] = re.findall(r"`(fid_[a-z0-9_]+\.yaml)`", line)
    return rows


@pytest.fixture(scope="module")
def scenarios_by_defect():
    found: dict[str, set[str]] = {}
    for s in load_scenarios():
        for defect in s.case.document.get("defects") or []:
            found.setdefault(str(defect), set()).add(s.path.name)
    return found


def test_every_review_id_has_a_row_and_a_scenario(scenarios_by_defect):
    rows = defect_rows()
    assert sorted(rows) == sorted(REVIEW_IDS), "docs/fidelity.md must have one row per review id"
    missing = [i for i in REVIEW_IDS if not scenarios_by_defect.get(i)]
    assert not missing, f"review ids without a scenario in queries/: {missing}"


def test_the_scenarios_a_row_names_exist_and_carry_its_id(scenarios_by_defect):
    for defect, files in defect_rows().items():
        assert files, f"the row of {defect} names no scenario"
        for name in files:
            assert (ROOT / "queries" / name).exists(), f"{defect}: {name} does not exist"
            assert name in scenarios_by_defect.get(defect, set()), f"{name} does not list {defect} in defects:"


def test_every_defect_a_scenario_names_is_in_the_table(scenarios_by_defect):
    unknown = sorted(set(scenarios_by_defect) - set(REVIEW_IDS))
    assert not unknown, f"scenarios name defects docs/fidelity.md does not list: {unknown}"


def test_defect_scenarios_ask_from_both_sides():
    for s in load_scenarios():
        if not s.case.document.get("defects"):
            continue
        assert any(q.holds and q.rules for q in s.questions), f"{s.name}: no yes with its rule ids"
        assert any(not q.holds and q.fails for q in s.questions), f"{s.name}: no question from the other side"


def test_not_encoded_list_agrees_with_coverage(kb):
    for item in kb.norms()["not_encoded"]:
        assert f'¶{item["paragraph"]} "{item["what"]}"' in FIDELITY, (
            f"docs/fidelity.md does not list the not-encoded passage of ¶{item['paragraph']}: {item['what']}"
        )
    listed = re.findall(r"^- ¶\d+ \"", FIDELITY, flags=re.M)
    assert len(listed) == len(kb.norms()["not_encoded"]), "docs/fidelity.md lists passages coverage does not"


def test_every_reading_is_documented_with_its_default(kb):
    readings = kb.norms()["ambiguous_passages"]
    for passage in readings:
        default = next(r["reading"] for r in passage["readings"] if r["status"] == "default")
        assert re.search(rf"\| `{passage['passage']}` \| [\d, ]+ \| `{default}` \|", FIDELITY), passage["passage"]


@pytest.mark.parametrize(
    "rule_id,paragraph,absent_article",
    [
        ("p3_hearing_on_transfer", 3, None),  # Q1
        ("p3_hearing_on_protest_or_submission", 3, None),  # Q1
        ("p13_disposition_cure_defects", 13, None),  # Q2
        ("p22_retroactivity_and_amnesty_not_considered", 22, "CPC art. 489 part 1"),  # Q5
        ("p1_return_act_not_open_to_petition", 1, "CPC art. 489 part 1 item 5"),  # Q6
        ("p3_protest_any_ground", 3, None),  # Q8
    ],
)
def test_corrected_citations(kb, rule_id, paragraph, absent_article):
    rules = {r["id"]: r for r in kb.norms()["rules"]}
    assert rule_id in rules
    assert rules[rule_id]["paragraph"] == paragraph
    if absent_article:
        assert absent_article not in rules[rule_id]["articles"]


#: An ordinary case as a lawyer knows it: a verdict, an appeal and its outcome, petitions with dates.
ORDINARY = [
    "judicial_act(v1, verdict, first_instance)",
    "act_outcome(v1, conviction)",
    "entered_into_force(v1, 2019-03-01)",
    "participant('Асқар', convicted)",
    "participant('Мира', victim)",
    "appeal(a1, 'Асқар', v1)",
    "appeal_outcome(a1, upheld)",
    "appeal(a2, 'Мира', v1)",
    "appeal_outcome(a2, upheld)",
    "petition(pt1, 'Асқар', v1)",
    "filed_on(pt1, 2021-04-05)",
    "petition(pt2, 'Мира', v1)",
    "filed_on(pt2, 2021-04-06)",
]


def test_an_ordinary_case_answers_from_the_facts_a_lawyer_knows(kb):
    from pyswip_bridge import Case

    case = Case.from_facts(ORDINARY)
    assert kb.ask("may_review(v1, 'Асқар')", case).holds
    assert kb.ask("may_review(v1, 'Мира')", case).holds
    # the convict's own petition can only improve his position: no time limit
    limit = kb.ask("filing_time_limit(pt1, L)", case)
    assert limit.bindings() == [{"L": "unlimited"}]
    assert kb.ask("petition_disposition(pt1, preliminary_consideration)", case).holds


def test_what_the_case_does_not_say_is_named_as_missing(kb):
    from pyswip_bridge import Case
    from pyswip_bridge.workbench.scenarios import failed_goals

    # the victim's petition says nothing of its direction, and no ground decides it
    result = kb.ask("filing_time_limit(pt2, L)", Case.from_facts(ORDINARY))
    assert not result.holds
    missing = set(failed_goals(result.why_not))
    assert "seeks_worsening(pt2)" in missing and "seeks_improvement(pt2)" in missing
    # once stated, the answer follows
    stated = kb.ask("filing_time_limit(pt2, L)", Case.from_facts([*ORDINARY, "seeks_worsening(pt2)"]))
    assert stated.bindings() == [{"L": "one_year"}]


def test_the_corrections_after_the_review_name_scenarios_that_exist():
    """Each row of "Corrections after the review" names worked scenarios that exist, and each of them
    is a scenario the suite checks."""
    section = FIDELITY.split("## Corrections after the review", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| ¶")]
    assert len(rows) >= 20
    names = {s.path.name for s in load_scenarios()}
    for row in rows:
        files = re.findall(r"`([a-z0-9_]+\.yaml)`", row)
        assert files, row
        assert set(files) <= names, row
