"""Teaching mode end to end: `cassation scenarios`, `cassation quiz` (answers fed on stdin) and
`cassation step` (all at once, and one step per Enter on a real terminal), on several scenarios."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from pyswip_bridge.bridge.case import Case
from pyswip_bridge.workbench.scenarios import load_scenario
from pyswip_bridge.workbench.teaching import parse_answer, pick_question, proof_steps, select_scenarios, variables_in

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"


def test_scenarios_by_paragraph_and_difficulty(cli):
    run = cli("scenarios", "--paragraph", "1")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0] == "¶1"
    rows = [line.split() for line in lines[1:] if line.startswith("  ")]
    assert [r[1] for r in rows if r[0] == "basic"] == sorted(r[1] for r in rows if r[0] == "basic")
    difficulties = [r[0] for r in rows]
    assert difficulties == sorted(difficulties, key=["basic", "intermediate", "advanced"].index)
    assert any(
        line.split()[1] == "p1_counsel_appeal" and line.endswith("Defence counsel's appeal counts as the convict's own")
        for line in lines[1:]
        if line.startswith("  ")
    )
    every = cli("scenarios", "--difficulty", "basic", "--format", "json")
    data = json.loads(every.out)
    assert data and {s["difficulty"] for s in data} == {"basic"}
    assert [s["paragraph"] for s in data] == sorted(s["paragraph"] for s in data)
    assert {"p1_counsel_appeal", "p4_worsening_late"} <= {s["name"] for s in data}


def quiz(cli, *args: str, answer: str):
    run = cli("quiz", *args, stdin=answer)
    assert run.code == 0, run.err
    return run.out


def removed(case: Case, text: str) -> Case:
    return Case([f for f in case.facts if f.text != text], dict(case.readings))


def test_quiz_no_question_right_answer_and_the_repair_that_flips_it(cli, kb):
    out = quiz(cli, "--scenario", "p1_withdrawn_appeal", "--question", "1", answer="no\n")
    presentation, _, revealed = out.partition("Your answer (yes/no): no\n")
    assert presentation.startswith(
        "Scenario p1_withdrawn_appeal (¶1, basic)\nA withdrawn appeal leaves the verdict outside the petition route\n"
    )
    # the description, which may give the answer away, comes only after the answer
    assert "Ivanov appealed against his conviction" not in presentation
    assert "── The scenario" in revealed and "Ivanov appealed against his conviction" in revealed
    assert "  appeal_withdrawn(a1)\n" in presentation
    assert "Question 1 of 7: may_review(v1, ivanov)\nDoes it hold?\n" in presentation
    assert revealed.startswith("\nRight: the answer is no.\n")
    assert "Why not — each rule that could conclude it" in revealed
    flip = revealed.split("── What would flip it")[1]
    assert "1. 2 changes, then p3_petition_of_participant" in flip
    assert "- the appeal a1 was withdrawn in the procedure established by law   [appeal_withdrawn(a1)]" in flip
    # the repair shown does flip it
    case = load_scenario(QUERIES / "p1_withdrawn_appeal.yaml").case
    assert kb.ask(
        "may_review(v1, ivanov)", removed(case, "appeal_withdrawn(a1)").add("appeal_outcome(a1, upheld)")
    ).holds


def test_quiz_yes_question_wrong_answer_and_the_facts_it_rests_on(cli, kb):
    out = quiz(cli, "--scenario", "p1_counsel_appeal", "--question", "1", answer="n\n")
    assert "Your answer (yes/no): n\n\nWrong: the answer is yes.\n" in out
    assert "by p1_appeal_by_defender_of_convicted (¶1; CPC art. 484 part 1" in out
    flip = out.split("── What would flip it")[1]
    assert "Removing any one of these given facts alone would make it fail:" in flip
    listed = re.findall(r"^  - (.*)$", flip, re.M)
    assert "acts_for('Әлия', 'Қайрат')" in listed and "appeal(a1, 'Әлия', v1)" in listed
    # exactly the given facts whose removal alone flips the answer are listed
    case = load_scenario(QUERIES / "p1_counsel_appeal.yaml").case
    for fact in case.facts:
        flips = not kb.ask("may_review(v1, 'Қайрат')", removed(case, fact.text)).holds
        assert flips == (fact.text in listed), fact.text


def test_quiz_with_variables_readings_and_an_answer_asked_again(cli, kb):
    out = quiz(cli, "--scenario", "p4_worsening_late", "--question", "1", answer="perhaps\n9\n3\n")
    # a question with a variable is multiple choice: which value, not "does it hold for some D?"
    assert "Question 1 of 4: petition_disposition(pt1, D)\nWhich D?" in out
    assert "  3. return_without_consideration(time_limit_expired)\n" in out
    assert "  2. preliminary_consideration\n" in out
    assert "  4. none: it does not hold\n" in out
    assert "Your answer (1-4): perhaps\nPlease answer with a number from 1 to 4.\n" in out
    assert "Your answer (1-4): 9\nPlease answer with a number from 1 to 4.\nYour answer (1-4): 3\n" in out
    assert "Right: the answer is yes (D = return_without_consideration(time_limit_expired))." in out
    wrong = quiz(cli, "--scenario", "p4_worsening_late", "--question", "1", answer="2\n")
    assert "Wrong: the answer is yes (D = return_without_consideration(time_limit_expired))." in wrong
    flip = out.split("── What would flip it")[1]
    fails, _, changes = flip.partition("Removing one of these alone would leave a yes with another answer:")
    assert re.findall(r"^  - (.*)$", fails, re.M) == ["petition(pt1, victim_b, v1)"]
    assert "  - seeks_worsening(pt1)  → yes (D = preliminary_consideration)" in changes
    assert "  - filed_on(pt1, 2020-05-20)  → yes (D = preliminary_consideration)" in changes
    # a question asked under a reading of an ambiguous passage says so
    out = quiz(cli, "--scenario", "p3_took_no_part_earlier", "--question", "2", answer="no\n")
    scenario = load_scenario(QUERIES / "p3_took_no_part_earlier.yaml")
    question = scenario.questions[1]
    if question.readings:
        assert "Readings of ambiguous passages: p3_took_no_part_earlier = standing_only" in out
    expected = kb.ask(question.ask, scenario.case, readings=question.readings).holds
    assert ("Right" if not expected else "Wrong") + ": the answer is " in out


def test_quiz_draw_is_seeded_and_filtered(cli):
    first = quiz(cli, "--paragraph", "4", "--seed", "7", answer="yes\n1\n")  # yes or no, or a choice
    again = quiz(cli, "--paragraph", "4", "--seed", "7", answer="yes\n1\n")
    assert first == again
    assert re.match(r"Scenario p4_\w+ \(¶4, \w+\)\n", first)
    scenarios = select_scenarios(paragraph=4)
    scenario, index = pick_question(scenarios, seed=7)
    assert first.startswith(f"Scenario {scenario.name} ")
    assert f"Question {index + 1} of {len(scenario.questions)}: {scenario.questions[index].ask}\n" in first


def test_quiz_errors(cli):
    run = cli("quiz", "--scenario", "p1_counsel_appeal", "--question", "1", stdin="")
    assert run.code == 2 and run.err == "error: no answer was given (answer yes or no on stdin)\n"
    run = cli("quiz", "--scenario", "no_such_scenario", stdin="yes\n")
    assert run.code == 2 and run.err.startswith("error: no scenario 'no_such_scenario'")
    run = cli("quiz", "--scenario", "p1_counsel_appeal", "--question", "99", stdin="yes\n")
    assert run.code == 2 and "has 4 questions, not 99" in run.err


STEP_CASES = [
    ("may_review(v1, 'Қайрат')", "queries/p1_counsel_appeal.yaml"),
    ("may_review(v1, prosecutor_general)", "queries/p1_withdrawn_appeal.yaml"),
    ("petition_disposition(pt1, D)", "queries/p4_worsening_late.yaml"),
]


@pytest.mark.parametrize("question,case_file", STEP_CASES)
def test_step_prints_every_inference_depth_first_with_its_citation(cli, kb, question, case_file):
    run = cli("step", question, "--case", case_file)
    assert run.code == 0, run.err
    from pyswip_bridge.render.view import explanation

    result = kb.ask(question, Case.from_file(ROOT / case_file))
    # the steps of the explanation, folded: a list-membership or comparison check is a remark on the
    # sentence it serves, not a step of its own
    nodes = [step for answer in explanation(result).answers for step in answer.proof.walk()]
    headers = re.findall(r"^Step (\d+) of (\d+)", run.out, re.M)
    assert len(headers) == len(nodes)
    blocks = re.split(r"^Step \d+ of \d+.*\n", run.out, flags=re.M)[1:]
    for node, block in zip(nodes, blocks):
        assert f"  [{node.goal}]" in block or block.startswith(f"  {node.goal}\n")
        if node.kind == "proved":
            assert f"  holds: by {node.rule} ({node.source.citation()})" in block
        elif node.kind == "given":
            assert "  holds: given" in block
    assert "memberchk" not in run.out


def test_step_of_a_question_that_fails_says_why_not(cli):
    run = cli("step", "may_review(v1, ivanov)", "--case", "queries/p1_withdrawn_appeal.yaml", "--goals")
    assert run.code == 0
    assert "Answer: no — there is no proof to step through; here is why not." in run.out
    assert "fails: appeal_withdrawn(a1)  — must not be so, but is given" in run.out


def test_step_on_a_terminal_waits_for_enter():
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "pyswip_bridge", "step", "petition_disposition(pt1, D)", "--case", "queries/p1_counsel_appeal.yaml"],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        dimensions=(60, 300),
        timeout=30,
    )
    try:
        child.expect(r"Step 1 of 5 \(level 0\)")
        child.expect_exact("[Enter: next step, q: quit]")
        assert "Step 2" not in child.before
        child.sendline("")
        child.expect(r"Step 2 of 5 \(level 1, a condition of step 1\)")
        child.expect_exact("[Enter: next step, q: quit]")
        child.sendline("q")
        child.expect(pexpect.EOF)
        assert "Step 3" not in child.before
    finally:
        child.close()
    assert child.exitstatus == 0


def test_proof_steps_number_children():
    from pyswip_bridge.results import ProofNode

    leaf = ProofNode("b", "given", None, None)
    tree = ProofNode("a", "proved", "r", None, (leaf, ProofNode("c", "proved", "s", None, (leaf,))))
    steps = proof_steps(tree)
    assert [(s.number, s.depth, s.parent, s.children, s.node.goal) for s in steps] == [
        (1, 0, 0, (2, 3), "a"),
        (2, 1, 1, (), "b"),
        (3, 1, 1, (4,), "c"),
        (4, 2, 3, (), "b"),
    ]


def test_answers_and_variables():
    assert parse_answer(" Yes ") is True and parse_answer("жоқ") is False and parse_answer("maybe") is None
    assert variables_in("may_review(v1, P)") == ["P"]
    assert variables_in("q('Қайрат', 'X', D, _Y, D)") == ["D"]
