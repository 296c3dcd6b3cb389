"""The ``cassation`` command as a user runs it."""

from __future__ import annotations

import json

COUNSEL = "queries/p1_counsel_appeal.yaml"


def test_ask_yes_prints_a_proof_with_citations(cli):
    run = cli("ask", "may_review(v1, 'Қайрат')", "--case", COUNSEL)
    assert run.code == 0, run.err
    assert "Answer: yes" in run.out
    assert "p1_appeal_by_defender_of_convicted (¶1; CPC art. 484 part 1" in run.out
    assert "Қайрат" in run.out


def test_ask_no_prints_why_not_and_exits_0(cli):
    run = cli("ask", "may_review(v1, ivanov)", "--case", "queries/p1_withdrawn_appeal.yaml")
    assert run.code == 0, run.err
    assert "Answer: no" in run.out
    assert (
        "fails: the appeal a1 was withdrawn in the procedure established by law  — must not be so, but is given"
        in run.out
    )
    goals = cli("ask", "may_review(v1, ivanov)", "--case", "queries/p1_withdrawn_appeal.yaml", "--goals")
    assert "fails: appeal_withdrawn(a1)  — must not be so, but is given" in goals.out


def test_ask_json_is_the_contract(cli):
    run = cli("ask", "petition_disposition(pt1, D)", "--case", COUNSEL, "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["holds"] is True
    assert data["answers"][0]["bindings"] == {"D": "preliminary_consideration"}


def test_quotes_show_the_resolution_words(cli):
    run = cli("ask", "reviewable_in_cassation(v1)", "--case", COUNSEL, "--quotes")
    assert "“verdicts and decisions of courts of first instance" in run.out


def test_reading_option(cli):
    case = "queries/p3_took_no_part_earlier.yaml"
    yes = cli("ask", "may_review(v1, 'Мадина')", "--case", case)
    no = cli("ask", "may_review(v1, 'Мадина')", "--case", case, "--reading", "p3_took_no_part_earlier=standing_only")
    assert "Answer: yes" in yes.out and "Answer: no" in no.out
    bad = cli("ask", "may_review(v1, P)", "--case", case, "--reading", "nonsense")
    assert bad.code == 2 and bad.err.startswith("error: ")


def test_vocabulary_lists_every_fact_with_source(cli):
    run = cli("vocabulary")
    assert run.code == 0
    assert "judicial_act(act:id, kind:act_kind, instance:court_instance)" in run.out
    assert "depends on the age of majority" in run.out
    data = json.loads(cli("vocabulary", "--format", "json").out)
    assert all(f["paragraphs"] and f["articles"] for f in data["facts"])


def test_norms_by_paragraph(cli):
    run = cli("norms", "--paragraph", "4")
    assert run.code == 0
    assert "p4_return_late  (¶4; CPC art. 487 part 2; CPC art. 489 part 1 item 3)" in run.out
    assert "p1_" not in run.out
    assert cli("norms", "--paragraph", "28").code == 2


def test_user_errors_exit_2_without_traceback(cli):
    for args in (
        ["ask", "may_review(v1, P", "--case", COUNSEL],
        ["ask", "no_such_question(x)", "--case", COUNSEL],
        ["ask", "may_review(v1, P)", "--case", "does/not/exist.yaml"],
        ["ask", "may_review(v1, P)", "--case", COUNSEL, "--time-limit", "0"],
    ):
        run = cli(*args)
        assert run.code == 2, (args, run.err)
        assert "Traceback" not in run.err


def test_every_command_is_listed_and_the_workbench_is_imported_only_when_used():
    """`cassation ask` starts without importing the workbench, teaching, batch and picture modules
    (cold start); `--help` still lists every command, and each one runs."""
    import subprocess
    import sys

    probe = (
        "import json, sys; from click.testing import CliRunner; from pyswip_bridge.cli import main; "
        "r = CliRunner().invoke(main, sys.argv[1:]); "
        "print(json.dumps({'code': r.exit_code, 'output': r.output, "
        "'modules': sorted(m for m in sys.modules if m.startswith('pyswip_bridge.'))}))"
    )

    def run(*args: str) -> dict:
        proc = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return json.loads(proc.stdout.strip().splitlines()[-1])

    ask = run("ask", "may_review(v1, 'Қайрат')", "--case", COUNSEL)
    assert ask["code"] == 0 and "Answer: yes" in ask["output"], ask["output"]
    for lazy in (
        "cli.batch",
        "cli.explain",
        "cli.teach",
        "render.html",
        "render.dot",
        "render.markdown",
        "render.notebook",
        "bridge.records",
        "bridge.pool",
        "workbench",
        "batch",
    ):
        assert f"pyswip_bridge.{lazy}" not in ask["modules"], lazy
    listed = run("--help")
    assert listed["code"] == 0
    for command in (
        "ask",
        "why-not",
        "what-if",
        "compare-readings",
        "diff",
        "repl",
        "scenarios",
        "quiz",
        "step",
        "batch",
        "vocabulary",
        "norms",
        "coverage",
    ):
        assert f"\n  {command} " in listed["output"], command
    what_if = run("what-if", "--help")
    assert what_if["code"] == 0 and "pyswip_bridge.cli.explain" in what_if["modules"]
