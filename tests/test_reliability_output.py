"""Findings of the reliability review (../shared/docs/reliability-review.md) about what the command
prints and how it ends: W4 (control characters in names), U5 (output failures), U6 (Ctrl-C), U7 (usage
errors), U9 (stdin that is not UTF-8), U2 (bad configuration variables) and C3 (Ctrl-C during the
engine's start-up).  Each test is named after its finding.

The commands run in fresh processes, with real file descriptors and real signals; a signal is sent
from inside the process at a fixed point (a patched function), so nothing here depends on timing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
COUNSEL = ROOT / "queries" / "p1_counsel_appeal.yaml"

#: What must never reach a terminal raw: C0/C1 controls, DEL, U+2028/2029, bidi overrides and isolates.
RAW_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
#: A name that clears the screen, sets the terminal title, reverses the text and forges lines, written
#: with Prolog escapes (as a case file would) and with the raw characters (as YAML or JSON can carry).
HOSTILE_ESCAPED = "K\\nAnswer: no\\n\\x202E\\evil\\x2028\\x\\x85\\y\\x9B\\31m\\e]0;pwned\\a\\e[2J"
HOSTILE_RAW = "R\nAnswer: no\n\u202eevil\u2066\x1b]0;pwned\x07\x1b[2J"


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASSATION_")}
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def cassation(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None, **popen: object
) -> subprocess.CompletedProcess:
    """``cassation ARGS`` in a fresh process (bytes in and out)."""
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **popen}
    return subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", *args],
        cwd=ROOT,
        input=stdin,
        timeout=300,
        env=env or environment(),
        **streams,
    )


def python(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """A Python script in a fresh process (text out)."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env or environment(),
    )


def one_error_line(stderr: bytes | str) -> str:
    """The single line of ``stderr``, which must start with ``error:``."""
    text = stderr.decode("utf-8") if isinstance(stderr, bytes) else stderr
    lines = text.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and text.endswith("\n"), text
    return lines[0]


def hostile_case(tmp_path: Path) -> Path:
    """The counsel scenario with the convict renamed: once with Prolog escapes, once with raw characters."""
    facts = yaml.safe_load(COUNSEL.read_text(encoding="utf-8"))["facts"]
    renamed = [f.replace("'Қайрат'", f"'{HOSTILE_ESCAPED}'") for f in facts]
    renamed += [f.replace("'Қайрат'", f"'{HOSTILE_RAW}'").replace("pt1", "pt2") for f in facts if "'Қайрат'" in f]
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps({"facts": renamed}, ensure_ascii=False), encoding="utf-8")
    return path


def assert_no_raw_controls(output: bytes | str, answer: str = "yes") -> str:
    """``output`` (UTF-8) has no raw control character on any line and, for a yes, no forged
    "Answer: no" line."""
    text = output.decode("utf-8") if isinstance(output, bytes) else output
    for line in text.split("\n"):
        assert not RAW_CONTROL.search(line), repr(line)
        assert answer == "no" or line.strip(" *#-") not in ("Answer: no", "Answer: no</p>"), repr(line)
    return text


# -- W4 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "dot"])
def test_W4_control_characters_in_names_are_escaped_in_every_rendering(tmp_path, fmt):
    case = hostile_case(tmp_path)
    run = cassation("ask", "may_review(v1, P)", "--case", str(case), "--format", fmt)
    assert run.returncode == 0, run.stderr
    text = assert_no_raw_controls(run.stdout)
    assert text.count("pwned") >= 2
    if fmt == "text":  # the other formats escape backslashes again (Markdown, DOT) or wrap lines (DOT)
        assert "K\\nAnswer: no\\n\\u202Eevil\\u2028x\\u0085y\\u009B31m\\u001B]0;pwned\\a\\u001B[2J" in text
        assert "R\\nAnswer: no\\n\\u202Eevil\\u2066\\u001B]0;pwned\\a\\u001B[2J" in text


def test_W4_control_characters_are_escaped_in_step_what_if_and_why_not(tmp_path):
    case = hostile_case(tmp_path)
    step = cassation("step", "may_review(v1, P)", "--case", str(case))
    assert step.returncode == 0, step.stderr
    assert "\\u202Eevil" in assert_no_raw_controls(step.stdout)
    raw_fact = next(f for f in json.loads(case.read_text(encoding="utf-8"))["facts"] if "\x1b" in f)
    what_if = cassation("what-if", "may_review(v1, P)", "--case", str(case), "--remove", raw_fact, "--critical")
    assert what_if.returncode == 0, what_if.stderr
    assert "\\u001B[2J" in assert_no_raw_controls(what_if.stdout)
    why_not = cassation("why-not", "may_review(v1, nobody)", "--case", str(case), "--max-size", "1")
    assert why_not.returncode == 0, why_not.stderr
    assert_no_raw_controls(why_not.stdout, answer="no")


def test_W4_control_characters_are_escaped_in_the_quiz_reveal_and_presentation(kb, tmp_path):
    from pyswip_bridge import Case
    from pyswip_bridge.workbench.scenarios import Scenario, ScenarioQuestion
    from pyswip_bridge.workbench.teaching import Reveal, render_presentation, render_reveal

    case = Case.from_file(hostile_case(tmp_path))
    result = kb.ask("may_review(v1, P)", case)
    raw_fact = next(f.text for f in case.facts if "\x1b" in f.text)
    shown = render_reveal(Reveal(result, True, critical=[raw_fact], changing=[(raw_fact, "yes")]))
    assert "\\u001B[2J" in assert_no_raw_controls(shown)
    scenario = Scenario(
        tmp_path / "s.yaml",
        f"title {HOSTILE_RAW}",
        1,
        "basic",
        case,
        (ScenarioQuestion(f"may_review(v1, '{HOSTILE_RAW}')", True),),
    )
    assert_no_raw_controls(render_presentation(scenario, 0))


def test_W4_control_characters_are_escaped_in_error_messages(tmp_path):
    hostile = tmp_path / "\x1b[2J\u202e\x85.yaml"
    run = cassation("ask", "may_review(v1, P)", "--case", str(hostile))
    assert run.returncode == 2
    line = one_error_line(run.stderr)
    assert not RAW_CONTROL.search(line) and "\\u001B[2J\\u202E" in line
    question = cassation("ask", "may_review(v1, '\x1b]0;pwned\x07\u202e'")
    assert question.returncode == 2
    assert not RAW_CONTROL.search(one_error_line(question.stderr))


def test_W4_plain_text_is_unchanged_by_the_escaping():
    from pyswip_bridge.render.display import for_display, visible

    text = "Қайрат’s «appeal» — ¶3; back\\slash, tab-free"
    assert visible(text) == text
    assert visible("a\nb\x1b\u202e\u2028\x85") == "a\\nb\\u001B\\u202E\\u2028\\u0085"
    assert visible(visible("a\nb\x1b")) == visible("a\nb\x1b")
    value = {"k": ["x", ("y",)]}
    assert for_display(value) is value


# -- U5 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, stdin",
    [
        (["norms"], b""),
        (["step", "may_review(v1, P)", "--case", str(COUNSEL)], b""),
        (["quiz", "--seed", "1"], b"yes\n"),
    ],
    ids=["norms", "step", "quiz"],
)
def test_U5_a_closed_pipe_ends_the_command_quietly_with_141(args, stdin):
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first write: as `| head -1` after its line
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "pyswip_bridge", *args],
            cwd=ROOT,
            input=stdin,
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=300,
            env=environment(),
        )
    finally:
        os.close(write)
    assert proc.returncode == 141, proc.stderr
    assert proc.stderr == b""


def test_U5_a_full_disk_is_one_line_and_exit_2():
    with open("/dev/full", "wb") as full:
        run = cassation("norms", stdout=full, stderr=subprocess.PIPE)
    assert run.returncode == 2
    assert "cannot write to standard output: No space left on device" in one_error_line(run.stderr)


def test_U5_an_encoding_that_cannot_carry_the_text_escapes_it():
    run = cassation(
        "ask", "may_review(v1, 'Қайрат')", "--case", str(COUNSEL), env=environment(PYTHONIOENCODING="latin-1")
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == b""
    assert "may_review(v1, '\\u049a\\u0430\\u0439\\u0440\\u0430\\u0442')" in run.stdout.decode("latin-1")


def test_U5_a_closed_stdout_is_one_line_and_exit_2():
    run = cassation("norms", preexec_fn=lambda: os.close(1), stderr=subprocess.PIPE)
    assert run.returncode == 2
    assert "cannot write to standard output" in one_error_line(run.stderr)


def test_U5_a_closed_stderr_still_runs_and_keeps_its_exit_code(tmp_path):
    ok = cassation("ask", "reviewable_in_cassation(v1)", preexec_fn=lambda: os.close(2), stdout=subprocess.PIPE)
    assert ok.returncode == 0 and b"Answer: no" in ok.stdout
    bad = cassation("ask", "may_review(v1, P", preexec_fn=lambda: os.close(2), stdout=subprocess.PIPE)
    assert bad.returncode == 2
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"facts": ["judicial_act(v1, decision, appellate)", "entered_into_force(v1, 2019-03-01)"]}\n')
    out = tmp_path / "out.jsonl"
    batch = cassation(
        "batch",
        "reviewable_in_cassation(v1)",
        "--cases",
        str(cases),
        "--out",
        str(out),
        "--workers",
        "1",
        preexec_fn=lambda: os.close(2),
        stdout=subprocess.PIPE,
    )
    assert batch.returncode == 0
    assert json.loads(out.read_text().splitlines()[0])["holds"] is True


# -- U6 ---------------------------------------------------------------------------------------------

CTRL_C_COMMANDS = {
    "ask": ["ask", "may_review(v1, P)", "--case", str(COUNSEL)],
    "what-if": ["what-if", "may_review(v1, P)", "--case", str(COUNSEL), "--critical"],
    "compare-readings": ["compare-readings", "may_review(v1, P)", "--case", str(COUNSEL)],
    "step": ["step", "may_review(v1, P)", "--case", str(COUNSEL)],
}


@pytest.mark.parametrize("command", sorted(CTRL_C_COMMANDS))
def test_U6_ctrl_c_is_one_line_and_exit_130(kb, monkeypatch, command):
    from pyswip_bridge.bridge.kb import KnowledgeBase
    from pyswip_bridge.cli.app import main

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(KnowledgeBase, "ask", interrupted)
    run = CliRunner().invoke(main, CTRL_C_COMMANDS[command])
    assert run.exit_code == 130, (run.output, run.stderr)
    assert one_error_line(run.stderr) == "error: interrupted"


SIGNAL_IN_ASK = """
    import os, signal, sys, time
    from pyswip_bridge import cli
    from pyswip_bridge.bridge import kb
    def ask(self, *args, **kwargs):
        os.kill(os.getpid(), getattr(signal, sys.argv[1]))
        time.sleep(60)  # the signal ends this
    kb.KnowledgeBase.ask = ask
    cli.main(sys.argv[2:])
"""


@pytest.mark.parametrize(
    "name, code, line", [("SIGINT", 130, "error: interrupted"), ("SIGTERM", 143, "error: terminated")]
)
def test_U6_a_real_signal_during_an_ask_is_one_line(name, code, line):
    run = python(SIGNAL_IN_ASK, name, "ask", "may_review(v1, P)", "--case", str(COUNSEL))
    assert run.returncode == code, run.stderr
    assert one_error_line(run.stderr) == line


SIGINT_IN_START_UP = """
    import os, signal, sys, time
    from pyswip_bridge import cli
    from pyswip_bridge.bridge import engine
    original = engine.PrologEngine._start
    def start(self, *args):  # on the Prolog thread: Ctrl-C reaches the main thread, which waits
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.5)
        return original(self, *args)
    engine.PrologEngine._start = start
    cli.main(sys.argv[1:])
"""


def test_U6_ctrl_c_during_the_engine_start_up_is_one_line_and_exit_130():
    run = python(SIGINT_IN_START_UP, "ask", "may_review(v1, P)", "--case", str(COUNSEL))
    assert run.returncode == 130, run.stderr
    assert one_error_line(run.stderr) == "error: interrupted"  # no "WARNING: Failed to stop Prolog threads"


# -- U7 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, words",
    [
        (["ask", "- may_review(v1,P)"], "goes after --"),
        (["ask", "may_review(v1, P)", "--case", "queries"], "is a directory"),
        (["norms", "--paragraph", "99"], "99 is not in the range"),
        (["no-such-command"], "No such command"),
        (["ask"], "Missing argument"),
    ],
    ids=["leading-dash", "case-directory", "paragraph-99", "command", "missing-question"],
)
def test_U7_usage_errors_are_one_line_and_exit_2(args, words):
    run = cassation(*args)
    assert run.returncode == 2
    line = one_error_line(run.stderr)
    assert words in line and "Usage:" not in line


def test_U7_a_question_that_starts_with_a_dash_goes_after_double_dash():
    run = cassation("ask", "--", "- may_review(v1,P)")
    assert run.returncode == 2
    assert "No such option" not in one_error_line(run.stderr)  # the question reached the KB


# -- U9 ---------------------------------------------------------------------------------------------


def test_U9_quiz_with_stdin_that_is_not_utf8_is_one_line_and_exit_2():
    run = cassation("quiz", "--seed", "1", stdin=bytes(range(128, 256)) * 8)
    assert run.returncode == 2
    assert "standard input is not UTF-8 text" in one_error_line(run.stderr)


# -- U2 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variable, value, words",
    [
        ("CASSATION_STACK_LIMIT", "99999999999G", "at most 1024 GiB"),
        ("CASSATION_C_STACK", "99999999999G", "at most 4 GiB"),
        ("CASSATION_TIME_LIMIT", "nan", "is not a positive float"),
        ("CASSATION_TIME_LIMIT", "inf", "more than the largest limit accepted"),
    ],
)
def test_U2_bad_configuration_variables_are_one_line_naming_the_variable(variable, value, words):
    run = cassation("ask", "may_review(v1, P)", env=environment(**{variable: value}))
    assert run.returncode == 2, run.stderr
    line = one_error_line(run.stderr)
    assert f"{variable}='{value}'" in line and words in line and "--time-limit" not in line


@pytest.mark.parametrize(
    "args",
    [
        ["what-if", "may_review(v1, P)", "--case", str(COUNSEL), "--critical"],
        ["step", "may_review(v1, P)", "--case", str(COUNSEL)],
        ["compare-readings", "may_review(v1, P)", "--case", str(COUNSEL)],
        ["repl"],
    ],
    ids=["what-if", "step", "compare-readings", "repl"],
)
def test_U2_every_command_names_a_time_limit_variable_that_is_not_a_number(args):
    run = cassation(*args, env=environment(CASSATION_TIME_LIMIT="inf"))
    assert run.returncode == 2, run.stderr
    assert "CASSATION_TIME_LIMIT='inf'" in one_error_line(run.stderr)


def test_U2_byte_sizes_have_an_upper_bound(monkeypatch):
    from pyswip_bridge.bridge.engine import byte_size
    from pyswip_bridge.errors import ConfigurationError

    monkeypatch.setenv("CASSATION_TEST_SIZE", "2G")
    assert byte_size("CASSATION_TEST_SIZE", 1, 1, 2 * 1024**3) == 2 * 1024**3
    monkeypatch.setenv("CASSATION_TEST_SIZE", "2049M")
    with pytest.raises(ConfigurationError, match="CASSATION_TEST_SIZE='2049M' is too large"):
        byte_size("CASSATION_TEST_SIZE", 1, 1, 2 * 1024**3)


# -- C3 ---------------------------------------------------------------------------------------------

INTERRUPTED_START = """
    import os, signal, sys, threading, time
    from pyswip_bridge.bridge import engine
    from pyswip_bridge.bridge.case import Case
    from pyswip_bridge.bridge.kb import KnowledgeBase

    original_start, original_run = engine.PrologEngine._start, engine.PrologEngine._run
    first = {"start": True, "run": True}

    def ctrl_c_then(pause):  # SIGINT 0.1 s into start-up, while the start-up goes on on its thread
        threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGINT)).start()
        pause()

    def start(self, *args):
        if first.pop("start", False) and sys.argv[1] == "between-queries":
            ctrl_c_then(lambda: time.sleep(0.5))
        return original_start(self, *args)

    def run(self, goal):
        if first.pop("run", False) and sys.argv[1] == "inside-a-query":
            ctrl_c_then(lambda: original_run(self, "sleep(0.5)"))  # a query open on the Prolog thread
        return original_run(self, goal)

    engine.PrologEngine._start, engine.PrologEngine._run = start, run
    try:
        KnowledgeBase()
        print("start-up was not interrupted")
    except KeyboardInterrupt:
        print("interrupted")
    case = Case.from_file("queries/p1_counsel_appeal.yaml")
    for attempt in range(3):  # retries right away: the first one while the start-up still runs
        print("holds", KnowledgeBase().ask("may_review(v1, 'Қайрат')", case).holds)
    print("threads", sum(t.name == "cassation-prolog" for t in threading.enumerate()))
"""


@pytest.mark.parametrize("where", ["between-queries", "inside-a-query"])
def test_C3_ctrl_c_during_start_up_then_a_retry_uses_the_one_engine(where):
    run = python(INTERRUPTED_START, where)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["interrupted", "holds True", "holds True", "holds True", "threads 1"]
    assert "WARNING" not in run.stderr and "not closed" not in run.stderr, run.stderr
