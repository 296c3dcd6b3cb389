"""`cassation repl`: a real terminal session (pexpect), a scripted session on stdin, and the session's
commands one by one (in process, on the shared KnowledgeBase)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
import yaml

from pyswip_bridge.bridge.case import Case
from pyswip_bridge.bridge.limits import Limits
from pyswip_bridge.cli.repl import Session, history_path, names_in, split_changes

ROOT = Path(__file__).resolve().parent.parent
COUNSEL = "queries/p1_counsel_appeal.yaml"
WITHDRAWN = "queries/p1_withdrawn_appeal.yaml"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")


# -- a real pseudo-terminal ---------------------------------------------------------------------------


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    env.update(CASSATION_HISTORY=str(tmp_path / "history"), TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "pyswip_bridge", "repl", *args],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        dimensions=(60, 300),
        timeout=30,
    )
    child.expect_exact("cassation>")  # prompt_toolkit draws the blank after the prompt as a cursor move
    return child


def command(child: pexpect.spawn, line: str, *expected: str) -> str:
    """Type ``line``, wait for each of ``expected`` (regexes) and the next prompt; return what was printed."""
    child.sendline(line)
    printed = []
    for pattern in expected:
        child.expect(pattern)
        printed += [child.before, child.after]
    child.expect_exact("cassation>")
    printed.append(child.before)
    return ANSI.sub("", "".join(printed))


def test_terminal_session_survives_errors_and_runaway_goals(tmp_path):
    child = spawn(tmp_path)
    try:
        # facts, one typed with Tab completion of the predicate name
        command(child, "+judicial_act(v1, verdict, first_instance)", r"added: judicial_act\(v1, verdict")
        child.send("+entered_into_f")
        child.send("\t")
        child.expect_exact("orce")  # the completion is drawn before typing on
        command(child, "(v1, 2019-05-10)", r"added: entered_into_force\(v1, 2019-05-10\)  \(2 facts\)")
        command(child, "+participant('Қайрат', convicted)", "3 facts")
        command(child, "+appeal(a1, 'Қайрат', v1)", "4 facts")
        command(child, "+appeal_outcome(a1, upheld)", "5 facts")
        # a bad fact: its typed error, and the case stays as it was
        command(child, "+judicial_act(v2, verdict)", r"error: fact 6: judicial_act/2 is not declared")
        # a question with a variable
        out = command(child, "may_review(v1, P)", r"Answer: yes \(3 answers\)")
        assert "Answer 1: P = 'Қайрат'" in out
        # :why — the proof with citations and the resolution's words
        out = command(child, ":why considered_on_appeal(v1)", "Answer: yes", r"\(¶1; CPC art. 484 part 1\)")
        assert "“" in out  # the words of the resolution under each rule
        # a syntax error
        command(child, "may_review(v1, P", r"error: syntax error in the question: \w+ \(at column \d+\)")
        # a runaway goal: a question over its inference limit is stopped, then the limits are restored
        command(child, ":limits 10 500", "limits: 10 s, 500 inferences per question")
        command(child, "may_review(v1, P)", r"error: the question needed more than 500 inferences")
        command(child, ":limits 10 20000000", "20,000,000 inferences")
        # the session is intact after every error
        out = command(child, ":facts", r"5\. appeal_outcome\(a1, upheld\)")
        assert "6." not in out
        command(child, "may_review(v1, 'Қайрат')", r"Answer: yes \(1 answer\)")
        command(child, ":frobnicate", r"error: unknown command :frobnicate")
        child.sendline(":quit")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    # history across sessions: the next session recalls the last line with the Up arrow
    history = (tmp_path / "history").read_text(encoding="utf-8")
    assert "+participant('Қайрат', convicted)" in history and "may_review(v1, P" in history
    child = spawn(tmp_path, "--case", COUNSEL)
    try:
        for _ in range(40):  # the history file is read in the background: Up until it is there
            child.send("\x1b[A")  # Up: ":quit", the last line of the last session
            try:
                child.expect_exact(":quit", timeout=0.5)
                break
            except pexpect.TIMEOUT:
                continue
        child.send("\x1b[A")  # Up again: ":frobnicate"
        child.expect_exact("frobnicate")  # drawn over ":quit", keeping its ":"
        command(child, "", r"error: unknown command :frobnicate")
        child.sendeof()  # Ctrl-D ends the session too
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_terminal_completion_of_case_names_and_commands(tmp_path):
    child = spawn(tmp_path, "--case", COUNSEL)
    try:
        child.send("may_review(v1, 'Қай")
        child.send("\t")  # the only name of the case starting so: 'Қайрат'
        child.expect_exact("рат'")
        command(child, ")", r"Question: may_review\(v1, 'Қайрат'\)", r"Answer: yes \(1 answer\)")
        child.send(":why-n")
        child.send("\t")
        child.expect_exact("ot")
        command(child, " may_review(v1, 'Қайрат')", r"Answer: yes — nothing to repair")
        child.sendline(":q")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


# -- a scripted session on stdin ----------------------------------------------------------------------

SCRIPT = """\
% build the case of p1_withdrawn_appeal fact by fact
+judicial_act(v1, verdict, first_instance)
+entered_into_force(v1, 2020-01-15)
+participant(ivanov, convicted)
+appeal(a1, ivanov, v1)
+appeal_outcome(a1, upheld)
+petition(pt1, ivanov, v1)
+filed_on(pt1, 2020-06-01)
may_review(v1, ivanov)
-appeal_outcome(a1, upheld)
+appeal_withdrawn(a1)
+appeal_withdrawn(a1
+no_such_fact(a1)
may_review(v1, ivanov)
:why-not may_review(v1, ivanov)
:what-if may_review(v1, ivanov) -appeal_withdrawn(a1) +appeal_outcome(a1, upheld)
:limits 5 100
may_review(v1, P)
:limits 5 20000000
-appeal(a2, ivanov, v1)
:save {saved}
may_review(v1, X
"""


def test_scripted_session_on_stdin(tmp_path):
    saved = tmp_path / "built.yaml"
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    proc = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", "repl"],
        cwd=ROOT,
        env=env,
        input=SCRIPT.format(saved=saved),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0  # end of input ends the session, errors or not
    out, err = proc.stdout, proc.stderr
    assert "cassation>" not in out  # no prompt when reading a script
    first, second = out.split("Question: may_review(v1, ivanov)\n")[1:3]
    assert first.startswith("Answer: yes (1 answer)") and second.startswith("Answer: no")
    assert "added: appeal_withdrawn(a1)  (7 facts)" in out
    assert "Smallest changes of the case that would make it hold (closest to the case first):" in out
    assert "1. 2 changes, then p3_petition_of_participant" in out
    assert "Before: no" in out and "After:  yes" in out
    assert "saved 7 facts to" in out
    errors = err.splitlines()
    assert len(errors) == 5, err
    assert all(line.startswith("error: ") for line in errors)
    assert "syntax" in errors[0] and "no_such_fact/1 is not a declared case fact" in errors[1]
    assert "more than 100 inferences" in errors[2]
    assert "appeal(a2, ivanov, v1) is not a fact of the case" in errors[3]
    assert "syntax error in the question" in errors[4]
    assert "Traceback" not in err
    # the saved case is the one built, and answers as the scenario does
    assert Case.from_file(saved).facts[-1].text == "appeal_withdrawn(a1)"


def test_echo_prints_each_line_after_a_prompt(cli):
    run = cli("repl", "--echo", "--case", COUNSEL, stdin="+request_withdrawn(pt1)\n:facts\n:quit\nnever read\n")
    assert run.code == 0
    assert run.out.startswith(
        "cassation> +request_withdrawn(pt1)\nadded: request_withdrawn(pt1)  (12 facts)\ncassation> :facts\n"
    )
    assert run.out.rstrip().endswith("cassation> :quit")


def test_bad_case_file_is_an_error_before_the_session(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("facts:\n  - judicial_act(v1, verdict)\n", encoding="utf-8")
    run = cli("repl", "--case", str(bad), stdin=":facts\n")
    assert run.code == 2 and run.out == ""
    assert run.err.startswith("error: ") and "judicial_act/2 is not declared" in run.err
    assert len(run.err.splitlines()) == 1


# -- the commands, in process -------------------------------------------------------------------------


@pytest.fixture
def session(kb):
    out, err = io.StringIO(), io.StringIO()
    s = Session(kb, Case.from_file(ROOT / COUNSEL), out=out, err=err)

    def run(line: str) -> tuple[str, str]:
        start_out, start_err = out.tell(), err.tell()
        assert s.handle(line) is True
        return out.getvalue()[start_out:], err.getvalue()[start_err:]

    s.run = run  # type: ignore[attr-defined]
    return s


def test_added_fact_is_checked_by_the_kb(session):
    before = list(session.facts)
    for bad, message in [
        ("judicial_act(v2, verdict, nowhere)", "must be one of first_instance"),
        ("judicial_act(X, verdict, first_instance)", "may not contain variables"),
        ("entered_into_force(v2, 2019-02-30)", "real date"),
        ("halt", "halt is not a fact of the vocabulary"),
        ("appeal(a9, 'x'", "syntax"),
    ]:
        out, err = session.run("+" + bad)
        assert out == "" and err.startswith("error: ") and message in err, (bad, err)
        assert session.facts == before
    out, _ = session.run("+request_withdrawn(pt1).")
    assert out == "added: request_withdrawn(pt1)  (12 facts)\n"
    out, _ = session.run("+request_withdrawn( pt1 )")
    assert out.startswith("already a fact of the case")
    assert len(session.facts) == 12


def test_retract_by_text_or_number(session):
    out, _ = session.run("-acts_for('Әлия','Қайрат')")
    assert out == "retracted: acts_for('Әлия', 'Қайрат')  (10 facts)\n"
    out, err = session.run("-acts_for('Әлия', 'Қайрат')")
    assert "is not a fact of the case" in err
    out, _ = session.run("-1")
    assert out.startswith("retracted: judicial_act(v1, verdict, first_instance)")
    _, err = session.run("-99")
    assert "there is no fact number 99" in err


def test_plain_goal_why_and_why_not(session):
    out, _ = session.run("petition_disposition(pt1, D)")
    assert "Answer 1: D = preliminary_consideration" in out
    assert "“" not in out
    out, _ = session.run(":why petition_disposition(pt1, D)")
    assert "p3_disposition_preliminary_consideration (¶3" in out and "“" in out
    session.run("-appeal_outcome(a1, upheld)")
    session.run("+appeal_withdrawn(a1)")
    out, _ = session.run(":why-not may_review(v1, 'Қайрат')")
    assert "Smallest changes of the case that would make it hold (closest to the case first):" in out
    assert "- the appeal a1 was withdrawn" in out and "[appeal_withdrawn(a1)]" in out
    out, _ = session.run(":goals on")
    out, _ = session.run("may_review(v1, 'Қайрат')")
    assert "fails: appeal_withdrawn(a1)  — must not be so, but is given" in out


def test_what_if_leaves_the_case_unchanged(session):
    before = list(session.facts)
    out, err = session.run(":what-if may_review(v1, 'Қайрат') -appeal_outcome(a1, upheld) -acts_for('Әлия', 'Қайрат')")
    assert err == ""
    assert "Before: yes" in out and "After:  no" in out and "answer: yes → no" in out
    assert session.facts == before
    _, err = session.run(":what-if may_review(v1, P) -appeal_withdrawn(a1)")
    assert "appeal_withdrawn(a1) is not a fact of the case" in err
    _, err = session.run(":what-if may_review(v1, P)")
    assert ":what-if needs a question and changes" in err


def test_split_changes():
    assert split_changes("may_review(v1, P) +appeal_withdrawn(a1) -filed_on(pt1, 2020-05-20).") == (
        "may_review(v1, P)",
        ["appeal_withdrawn(a1)"],
        ["filed_on(pt1, 2020-05-20)"],
    )
    assert split_changes("q('a -b', X) + f('x +y')") == ("q('a -b', X)", ["f('x +y')"], [])


def test_save_and_load_keep_cyrillic(session, tmp_path):
    session.run(":reading p3_took_no_part_earlier standing_only")
    path = tmp_path / "case.yaml"
    out, _ = session.run(f":save {path}")
    assert out == f"saved 11 facts to {path}\n"
    raw = path.read_bytes().decode("utf-8")
    assert "participant('Қайрат', convicted)" in raw and "\\u" not in raw
    document = yaml.safe_load(raw)
    assert document["readings"] == {"p3_took_no_part_earlier": "standing_only"}
    session.run(":clear")
    assert session.facts == []
    out, _ = session.run(f":load {path}")
    assert out.startswith(f"loaded {path}: 11 facts, readings p3_took_no_part_earlier = standing_only")
    assert [f.text for f in session.facts] == document["facts"]
    _, err = session.run(":load tests/hostile/directive_halt.yaml")
    assert err.startswith("error: ") and len(session.facts) == 11
    _, err = session.run(f":save {tmp_path}/no/such/dir/x.yaml")
    assert "cannot write" in err


def test_readings_norms_vocabulary_limits_help(session):
    out, _ = session.run(":reading")
    assert "  * exempt_if_reviewed_on_appeal (default)" in out
    _, err = session.run(":reading p3_took_no_part_earlier nonsense")
    assert "no reading nonsense of p3_took_no_part_earlier" in err
    session.run(":reading p3_took_no_part_earlier standing_only")
    out, _ = session.run(":reading")
    assert "  * standing_only (alternative)" in out
    out, _ = session.run(":norm 4")
    assert "p4_return_late  (¶4;" in out and "p1_" not in out
    out, _ = session.run(":norm p4_return_late")
    assert out.startswith("p4_return_late  (¶4;")
    _, err = session.run(":norm 99")
    assert "no rules encode paragraph 99" in err
    out, _ = session.run(":vocabulary withdrawn")
    assert out.startswith("appeal_withdrawn(appeal:id)")
    out, _ = session.run(":limits")
    assert out.startswith("limits: ")
    _, err = session.run(":limits ten")
    assert ":limits needs SECONDS INFERENCES" in err
    out, _ = session.run(":help")
    assert all(
        name in out
        for name in (
            ":why",
            ":why-not",
            ":what-if",
            ":facts",
            ":vocabulary",
            ":norm",
            ":reading",
            ":load",
            ":save",
            ":limits",
            ":quit",
        )
    )
    assert session.handle(":quit") is False
    assert session.handle("  ") is True and session.handle("% a comment") is True


def test_runaway_goal_in_process(kb):
    out, err = io.StringIO(), io.StringIO()
    s = Session(kb, Case.from_file(ROOT / COUNSEL), limits=Limits(10, 200), out=out, err=err)
    s.handle("may_review(v1, P)")
    assert err.getvalue() == "error: the question needed more than 200 inferences\n"
    s.handle(":limits 10 20000000")
    s.handle("may_review(v1, P)")
    assert "Answer: yes (4 answers)" in out.getvalue()


def test_completion(session, tmp_path, monkeypatch):
    assert session.completions(":why")[1] == [":why", ":why-not"]
    word, candidates = session.completions("may_review(v1, 'Қай")
    assert (word, candidates) == ("'Қай", ["'Қайрат'"])
    assert "petition_disposition" in session.completions("petition_d")[1]  # a question
    assert "acts_for" in session.completions("+acts_f")[1]  # a case fact of the vocabulary
    assert "first_instance" in session.completions("+judicial_act(v2, verdict, first")[1]  # an enumeration value
    assert "pt1" in session.completions("filing_time_limit(pt")[1]  # a name of the case
    assert session.completions(":reading p3_took")[1] == ["p3_took_no_part_earlier"]
    (tmp_path / "mycase.yaml").write_text("facts: []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert session.completions(":load myc") == ("myc", ["mycase.yaml"])


def test_names_in_is_lexical():
    assert names_in(["appeal(a1, 'Әлия', v1)", "entered_into_force(v1, 2019-05-10)"]) == {
        "appeal",
        "a1",
        "'Әлия'",
        "v1",
        "entered_into_force",
    }


def test_history_path(monkeypatch, tmp_path):
    monkeypatch.setenv("CASSATION_HISTORY", str(tmp_path / "h"))
    assert history_path() == tmp_path / "h"
    monkeypatch.delenv("CASSATION_HISTORY")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert history_path() == tmp_path / "cassation" / "history"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert history_path() == tmp_path / ".local" / "state" / "cassation" / "history"


def test_run_stops_at_quit(kb):
    from pyswip_bridge.cli.repl import run

    out, err = io.StringIO(), io.StringIO()
    s = Session(kb, Case(), out=out, err=err)
    script = io.StringIO("+judicial_act(v1, decision, appellate)\n:quit\n+appeal_withdrawn(a1)\n")
    assert run(s, interactive=False, stdin=script) == 0
    assert [f.text for f in s.facts] == ["judicial_act(v1, decision, appellate)"]


def test_outside_validity_and_reason_anyway(session):
    session.run("-filed_on(pt1, 2021-02-01)")
    session.run("+filed_on(pt1, 2023-03-01)")
    _, err = session.run("may_review(v1, 'Қайрат')")
    assert "was not in force on 2023-03-01" in err and err.rstrip().endswith("(in this session: :reason-anyway on)")
    session.run(":reason-anyway on")
    out, err = session.run("may_review(v1, 'Қайрат')")
    assert err == "" and "Answer: yes" in out and "WARNING: Resolution No. 5 was not in force" in out
