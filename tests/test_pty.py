"""No traceback and no Prolog tracer, ever: the CLI under a pseudo-terminal, and with stdin closed.

SWI-Prolog's tracer reads its commands from the terminal: with stdin a terminal it would wait for
a key (a hang), without one it would exit with status 4.  pyswip's own hazard is that one uncaught
error switches debug mode on, so that the *next* error opens the tracer.  These tests run the
``cassation`` command in a real pseudo-terminal (``pty``, the standard library, so no pexpect is
needed) with hostile input, and require: exactly one line ``error: ...``, exit code 2, no tracer
prompt, no traceback, and an end well within the timeout.  The same with stdin closed and at EOF.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "hostile"
ORDINARY = ROOT / "queries" / "p1_counsel_appeal.yaml"
TRACER_PROMPT = re.compile(rb"(Call|Exit|Fail|Redo|Exception|Unify): .*\? *$")
TRACER_MARKS = (
    "[Tracer]",
    "Exception: (",
    "Unknown option",
    "Action?",
    "[debug]",
    "ERROR:",
    "Warning:",
    "Traceback",
    "halt?",
    "continue (",
)

pytestmark = pytest.mark.skipif(not hasattr(pty, "fork"), reason="needs a Unix pseudo-terminal")


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    env["PYTHONIOENCODING"] = "utf-8"
    env["TERM"] = "xterm"
    return env


def run_in_pty(argv: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run ``argv`` with stdin, stdout and stderr a pseudo-terminal; its exit status and all it wrote."""
    pid, master = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        try:
            os.chdir(ROOT)
            os.execve(argv[0], argv, environment())
        finally:
            os._exit(127)
    output = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise AssertionError(f"no end within {timeout} s (a tracer waiting for input?): {output!r}")
            ready, _, _ = select.select([master], [], [], remaining)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if TRACER_PROMPT.search(bytes(output).replace(b"\x1b[0m", b"")):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise AssertionError(f"the Prolog tracer opened and waits for a key: {output!r}")
    finally:
        os.close(master)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace").replace("\r\n", "\n")


def cassation(*args: str) -> list[str]:
    return [sys.executable, "-m", "pyswip_bridge", *args]


def assert_one_error_line(code: int, output: str) -> str:
    assert code == 2, (code, output)
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert lines[0].startswith("error: "), output
    for mark in TRACER_MARKS:
        assert mark not in output, output
    return lines[0]


def test_the_harness_sees_the_tracer_of_plain_pyswip():
    """The hazard is real and these tests would see it: plain pyswip's assertz (catcherrors=False by
    default) turns debug mode on after one error, and the next error opens the tracer."""
    script = textwrap.dedent("""
        from pyswip import Prolog
        prolog = Prolog()
        for _ in range(3):
            try:
                prolog.assertz("foo(X) :- bar(")
            except Exception:
                pass
            try:
                list(prolog.query("atom_length(1, _)"))
            except Exception:
                pass
        print("no tracer")
    """)
    with pytest.raises(AssertionError, match="tracer"):
        run_in_pty([sys.executable, "-c", script], timeout=30)


@pytest.mark.parametrize(
    "case,question",
    [
        ("injection_halt.yaml", "may_review(v1, P)"),
        ("directive_halt.yaml", "may_review(v1, P)"),
        ("syntax_unclosed_quote.yaml", "may_review(v1, P)"),
        ("binary_garbage.yaml", "may_review(v1, P)"),
        ("yaml_billion_laughs.yaml", "may_review(v1, P)"),
        (None, "call(halt)"),
        (None, "assertz(may_review(v1, x))"),
        (None, "may_review(v1, P"),
        (None, "p(X) :- p(X)"),
    ],
)
def test_cli_in_a_terminal_prints_one_line_and_exits_2(case, question):
    path = HOSTILE / case if case else ORDINARY
    code, output = run_in_pty(cassation("ask", question, "--case", str(path)))
    assert_one_error_line(code, output)


def test_a_limit_in_a_terminal_is_one_line():
    code, output = run_in_pty(
        cassation("ask", "may_review(v1, P)", "--case", str(ORDINARY), "--inference-limit", "100")
    )
    assert "inferences" in assert_one_error_line(code, output)


def test_a_terminal_session_survives_errors_of_every_kind():
    """In one process with a terminal: Prolog errors the KB does not catch itself, hostile files and
    questions, limits; no tracer opens, debug mode stays off, and the next question is answered."""
    script = textwrap.dedent("""
        from pathlib import Path
        import yaml
        from pyswip_bridge import KnowledgeBase, Case, Limits, CassationError, EngineError
        from pyswip_bridge.bridge.engine import PrologEngine
        kb = KnowledgeBase()
        engine = PrologEngine.instance()
        ordinary = Case.from_file("queries/p1_counsel_appeal.yaml")
        for goal in ["no_such_predicate_at_all", "atom_length(1, foo)", "throw(oops)", "X is foo + 1"]:
            for _ in range(2):   # the second error is the one that would open the tracer
                try:
                    engine._thread.run(lambda: engine._run(goal))
                except EngineError:
                    pass
        hostile = Path("tests/hostile")
        for name in yaml.safe_load((hostile / "manifest.yaml").read_text(encoding="utf-8")):
            try:
                kb.ask("may_review(v1, P)", Case.from_file(hostile / name))
            except CassationError:
                pass
        for question in ["call(halt)", "may_review(v1, P", "p(X) :- p(X)", ""]:
            try:
                kb.ask(question, ordinary)
            except CassationError:
                pass
        try:
            kb.ask("may_review(v1, P)", ordinary, limits=Limits(10, 100))
        except CassationError:
            pass
        assert engine.flag("debug") == "false", engine.flag("debug")
        assert kb.ask("may_review(v1, 'Қайрат')", ordinary).holds
        print("survived")
    """)
    code, output = run_in_pty([sys.executable, "-c", script], timeout=300)
    assert code == 0, output
    assert output.strip() == "survived", output


def run_without_stdin(args: list[str], *, closed: bool) -> subprocess.CompletedProcess:
    """Run with stdin closed (file descriptor 0 not open at all) or at end of file."""
    if closed:
        return subprocess.run(
            args,
            cwd=ROOT,
            capture_output=True,
            env=environment(),
            timeout=120,
            preexec_fn=lambda: os.close(0),
        )
    return subprocess.run(args, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, env=environment(), timeout=120)


@pytest.mark.parametrize("closed", [True, False], ids=["stdin-closed", "stdin-eof"])
@pytest.mark.parametrize(
    "args",
    [
        ["ask", "may_review(v1, P)", "--case", str(HOSTILE / "injection_shell.yaml")],
        ["ask", "shell(ls)", "--case", str(ORDINARY)],
        ["ask", "may_review(v1, P)", "--case", str(ORDINARY), "--inference-limit", "100"],
    ],
    ids=["hostile-case", "hostile-question", "inference-limit"],
)
def test_cli_without_stdin_prints_one_line_and_exits_2(args, closed):
    proc = run_without_stdin(cassation(*args), closed=closed)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err
    assert proc.stdout == b""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for mark in TRACER_MARKS:
        assert mark not in err


def test_a_timeout_without_stdin_is_one_line(tmp_path):
    facts = [
        "judicial_act(v1, decision, appellate)",
        "entered_into_force(v1, 2020-01-01)",
        "appellate_review_of(v1, v0)",
        "filed_on(pt0, 2020-06-01)",
    ]
    for i in range(3000):
        facts += [f"participant(p{i}, convicted)", f"appeal(a{i}, p{i}, v0)"]
    case = tmp_path / "big.json"
    case.write_text(json.dumps({"facts": facts}))
    proc = run_without_stdin(
        cassation(
            "ask", "may_review(v1, P)", "--case", str(case), "--time-limit", "0.05", "--inference-limit", "1000000000"
        ),
        closed=True,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2 and proc.stdout == b"", err
    assert len(err.strip().splitlines()) == 1 and "within 0.05 seconds" in err, err


@pytest.mark.parametrize("closed", [True, False], ids=["stdin-closed", "stdin-eof"])
def test_cli_without_stdin_still_answers(closed):
    proc = run_without_stdin(cassation("ask", "may_review(v1, 'Қайрат')", "--case", str(ORDINARY)), closed=closed)
    assert proc.returncode == 0, proc.stderr
    assert "Answer: yes" in proc.stdout.decode("utf-8")
    assert proc.stderr == b""
