"""Regression tests of the REPL's findings in the reliability review (docs/reliability-review.md).

Each test is named after its finding: C1 (a long typed line ran the REPL out of memory), T3 (a
history path that cannot be written printed a traceback after every line), D3 (a multi-line
bracketed paste ran only its first line), W6 (the session dropped the case's ``denied:`` facts).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest
import yaml
from test_repl import command

from pyswip_bridge.bridge.case import Case
from pyswip_bridge.cli.repl import Session, _report_history_problem, history_problem, open_history
from pyswip_bridge.errors import CaseFileError

ROOT = Path(__file__).resolve().parent.parent
GIVEN_AND_DENIED = ROOT / "tests" / "hostile" / "repl_given_and_denied.yaml"
COUNSEL = "queries/p1_counsel_appeal.yaml"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")
PROBLEM_MARKS = ("Traceback", "Press ENTER", "Exception", "internal error")

DENYING_CASE = """\
facts:
  - judicial_act(v1, verdict, first_instance)
  - entered_into_force(v1, 2019-05-10)
  - participant('Қайрат', convicted)
  - appeal(a1, 'Қайрат', v1)
denied:
  - appeal_withdrawn(a1)
"""


class Transcript:
    """A session in process: each line run, and what it printed on out and on err."""

    def __init__(self, kb, case: Case) -> None:
        self.out, self.err = io.StringIO(), io.StringIO()
        self.session = Session(kb, case, out=self.out, err=self.err)

    def run(self, line: str) -> tuple[str, str]:
        start_out, start_err = self.out.tell(), self.err.tell()
        assert self.session.handle(line) is True
        return self.out.getvalue()[start_out:], self.err.getvalue()[start_err:]


@pytest.fixture
def denying_case(tmp_path: Path) -> Path:
    path = tmp_path / "denying.yaml"
    path.write_text(DENYING_CASE, encoding="utf-8")
    return path


# -- W6: the case's denied facts ----------------------------------------------------------------------


def test_W6_adding_a_fact_the_case_denies_is_refused_as_ask_refuses_it(kb, denying_case):
    repl = Transcript(kb, Case.from_file(denying_case))
    before = list(repl.session.facts)
    out, err = repl.run("+appeal_withdrawn(a1)")
    assert out == ""
    assert err.startswith("error: ") and "appeal_withdrawn(a1) is both given and denied" in err, err
    assert len(err.splitlines()) == 1
    assert repl.session.facts == before
    # `cassation ask` refuses the same facts with the same words
    with pytest.raises(CaseFileError, match="is both given and denied"):
        kb.ask("may_review(v1, P)", Case.from_file(denying_case).add("appeal_withdrawn(a1)"))


def test_W6_a_question_sees_the_denied_facts(kb, denying_case):
    case = Case.from_file(denying_case)
    repl = Transcript(kb, case)
    assert [f.text for f in repl.session.case.denied] == ["appeal_withdrawn(a1)"]
    out, err = repl.run("may_review(v1, 'Қайрат')")
    assert err == "" and "Answer:" in out


def test_W6_facts_shows_the_denied_facts(kb, denying_case):
    repl = Transcript(kb, Case.from_file(denying_case))
    out, _ = repl.run(":facts")
    assert "4. appeal(a1, 'Қайрат', v1)" in out
    assert "denied: appeal_withdrawn(a1)" in out


def test_W6_save_and_load_keep_the_denied_facts(kb, denying_case, tmp_path):
    repl = Transcript(kb, Case.from_file(denying_case))
    saved = tmp_path / "saved.yaml"
    out, err = repl.run(f":save {saved}")
    assert err == "" and out == f"saved 4 facts to {saved}\n"
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["denied"] == ["appeal_withdrawn(a1)"]
    repl.run(":clear")
    assert repl.session.denied == []
    out, err = repl.run(f":load {saved}")
    assert err == "" and out.startswith(f"loaded {saved}: 4 facts, 1 denied")
    _, err = repl.run("+appeal_withdrawn(a1)")
    assert "is both given and denied" in err


def test_W6_load_refuses_a_case_that_gives_and_denies_a_fact(kb):
    repl = Transcript(kb, Case())
    _, err = repl.run(f":load {GIVEN_AND_DENIED}")
    assert err.startswith("error: ") and "is both given and denied" in err, err
    assert repl.session.facts == [] and repl.session.denied == []


def test_W6_repl_case_option_refuses_a_case_that_gives_and_denies_a_fact(cli):
    run = cli("repl", "--case", str(GIVEN_AND_DENIED), stdin=":facts\n")
    assert run.code == 2 and run.out == ""
    assert run.err.startswith("error: ") and "is both given and denied" in run.err, run.err
    assert len(run.err.splitlines()) == 1


# -- a real pseudo-terminal ---------------------------------------------------------------------------


def spawn(history: Path, *args: str) -> tuple[pexpect.spawn, io.StringIO]:
    """``cassation repl ARGS`` in a pseudo-terminal, its history in ``history``; the child and all it prints."""
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    env.update(CASSATION_HISTORY=str(history), TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "pyswip_bridge", "repl", *args],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        dimensions=(60, 300),
        timeout=60,
    )
    printed = io.StringIO()
    child.logfile_read = printed
    child.expect_exact("cassation>")
    return child, printed


def quit_session(child: pexpect.spawn) -> int:
    child.sendline(":quit")
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


# -- T3: a history file that cannot be written --------------------------------------------------------


def test_T3_a_directory_as_history_is_one_note_and_no_traceback(tmp_path):
    child, printed = spawn(tmp_path, "--case", COUNSEL)  # the history "file" is a directory
    try:
        for _ in range(2):
            child.sendline("may_review(v1, 'Қайрат')")
            found = child.expect([r"Answer: yes \(1 answer\)", "Traceback|Press ENTER"])
            assert found == 0, ANSI.sub("", child.before + child.after)
            child.expect_exact("cassation>")
            assert not any(mark in child.before for mark in PROBLEM_MARKS), child.before
    finally:
        code = quit_session(child)
    assert code == 0
    text = ANSI.sub("", printed.getvalue())
    assert text.count("note: history is not kept") == 1, text
    assert f"note: history is not kept ({tmp_path}: " in text
    assert not any(mark in text for mark in PROBLEM_MARKS), text


def test_T3_open_history_falls_back_to_memory_with_one_note(tmp_path, monkeypatch, capsys):
    from prompt_toolkit.history import InMemoryHistory

    monkeypatch.setenv("CASSATION_HISTORY", str(tmp_path))
    history = open_history()
    assert isinstance(history, InMemoryHistory)
    history.append_string("may_review(v1, P)")  # kept for the session
    assert list(history.load_history_strings()) == ["may_review(v1, P)"]
    err = capsys.readouterr().err
    assert err == f"note: history is not kept ({tmp_path}: not a regular file)\n"


def test_T3_history_problem_names_what_is_wrong_without_blocking(tmp_path):
    assert history_problem(tmp_path / "new" / "history") is None  # created on the way
    assert history_problem(tmp_path) == "not a regular file"
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert history_problem(fifo) == "not a regular file"  # never opened: that would block
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert history_problem(blocker / "history")  # its directory is a file: the error's words


def test_T3_a_history_file_that_stops_being_writable_is_noted_once(tmp_path, monkeypatch, capsys):
    path = tmp_path / "history"
    monkeypatch.setenv("CASSATION_HISTORY", str(path))
    history = open_history()
    history.append_string("first")
    _report_history_problem(history)
    assert capsys.readouterr().err == ""
    path.unlink()
    path.mkdir()  # now it cannot be written
    for line in ("second", "third"):
        history.append_string(line)  # prompt_toolkit's FileHistory raises here
        _report_history_problem(history)
    err = capsys.readouterr().err
    assert err.count("note: history is not kept") == 1 and err.startswith(f"note: history is not kept ({path}: ")
    assert list(history.get_strings())[-3:] == ["first", "second", "third"]  # the session keeps them


# -- D3: a multi-line bracketed paste -----------------------------------------------------------------

PASTED = [
    "% pasted from a case file",
    ":clear",
    "+judicial_act(v1, decision, appellate)",
    "+entered_into_force(v1, 2019-03-01)",
    "reviewable_in_cassation(v1)",
]


def paste(child: pexpect.spawn, text: str) -> None:
    """Paste ``text`` as a terminal does with bracketed paste on (lines end in \\r), then press Enter."""
    child.send("\x1b[200~" + text.replace("\n", "\r") + "\x1b[201~")
    child.send("\r")


def test_D3_a_multi_line_bracketed_paste_runs_every_line(tmp_path):
    child, printed = spawn(tmp_path / "history", "--case", COUNSEL)
    try:
        paste(child, "\n".join(PASTED))
        child.expect_exact("the case is empty")
        found = child.expect_exact(["added: judicial_act(v1, decision, appellate)  (1 fact)", "cassation>"])
        assert found == 0, "only the first line of the paste was run"
        child.expect_exact("added: entered_into_force(v1, 2019-03-01)  (2 facts)")
        child.expect(r"Question: reviewable_in_cassation\(v1\)\s+Answer: yes")
        child.expect_exact("cassation>")
        out = command(child, ":facts", r"2\. entered_into_force\(v1, 2019-03-01\)")
        assert "3." not in out
        # a paste ending in a line end, with a blank line and :quit in the middle: the rest is not run
        paste(child, "+participant(ivanov, convicted)\n\n:quit\n+appeal(a1, ivanov, v1)\n")
        child.expect_exact("added: participant(ivanov, convicted)  (3 facts)")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    text = ANSI.sub("", printed.getvalue())
    assert "error:" not in text and "appeal(a1, ivanov, v1)  (" not in text, text


def test_D3_run_handles_each_line_of_an_entry(kb, monkeypatch):
    from pyswip_bridge.cli import repl

    assert repl.entered_lines("a\r\nb\nc") == ["a", "b", "c"]
    transcript = Transcript(kb, Case.from_file(ROOT / COUNSEL))
    entries = iter(["\n".join(PASTED), ":facts"])  # what the prompt returns, one entry at a time
    monkeypatch.setattr(repl, "prompt_toolkit_lines", lambda session: entries)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert repl.run(transcript.session, stdin=Terminal()) == 0
    out = transcript.out.getvalue()
    assert "the case is empty" in out and "Answer: yes" in out and "2. entered_into_force" in out
    assert [f.text for f in transcript.session.facts] == [line[1:] for line in PASTED[2:4]]


# -- C1: a long typed line ----------------------------------------------------------------------------


def entered_at_the_prompt(kb, tmp_path, monkeypatch, keys: list[str]) -> tuple[list[str], str]:
    """Feed ``keys`` (then Ctrl-D) to the session's prompt in process; what it returned, and the errors printed."""
    import threading

    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from pyswip_bridge.cli.repl import prompt_toolkit_lines

    monkeypatch.setenv("CASSATION_HISTORY", str(tmp_path / "history"))
    transcript = Transcript(kb, Case())
    with create_pipe_input() as terminal:

        def feed() -> None:  # from another thread: a pipe holds only 64 KiB until the prompt reads it
            for chunk in keys:
                terminal.send_text(chunk)
            terminal.send_text("\x04")

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        entries = list(prompt_toolkit_lines(transcript.session, terminal_input=terminal, terminal_output=DummyOutput()))
        feeder.join()
    return entries, transcript.err.getvalue()


def chunks(text: str, size: int = 4096) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def test_C1_typing_saves_the_line_for_undo_once_per_run_not_per_key(kb, tmp_path, monkeypatch):
    """prompt_toolkit kept a copy of the whole line per key typed (O(n²) memory): now one per run of typing."""
    from prompt_toolkit.buffer import Buffer

    saved: list[int] = []
    save = Buffer.save_to_undo_stack

    def counting(self, clear_redo_stack: bool = True) -> None:
        saved.append(len(self.text))
        save(self, clear_redo_stack)

    monkeypatch.setattr(Buffer, "save_to_undo_stack", counting)
    line = "may_review(v1, " + "x" * 5000 + ")"
    entries, err = entered_at_the_prompt(kb, tmp_path, monkeypatch, [*chunks(line), "\r"])
    assert entries == [line] and err == ""
    assert sum(saved) <= 2 * len(line), f"{len(saved)} copies of the line, {sum(saved):,} characters in all"


def test_C1_bound_undo_keeps_at_most_its_steps(tmp_path):
    from prompt_toolkit.buffer import Buffer

    from pyswip_bridge.cli.repl import bound_undo

    buffer = Buffer()
    bound_undo(buffer, steps=3)
    for i in range(10):
        buffer.save_to_undo_stack()
        buffer.insert_text(str(i))
    for _ in range(10):
        buffer.undo()
    assert buffer.text == "0123456"  # three steps back, no further


@pytest.fixture
def limit_1000(monkeypatch):
    """The prompt's limit lowered to 1,000 characters, so that in-process tests type little."""
    from pyswip_bridge.cli import repl

    monkeypatch.setattr(repl, "MAX_ENTRY_CHARS", 1000)
    return "error: " + repl.TOO_LONG + "\n"


def test_C1_a_typed_line_over_the_limit_is_refused_and_the_prompt_goes_on(kb, tmp_path, monkeypatch, limit_1000):
    exactly = "x" * 1000
    entries, err = entered_at_the_prompt(
        kb, tmp_path, monkeypatch, [exactly + "y" * 500, "\r", exactly, "\r", ":facts\r"]
    )
    assert entries == [exactly, ":facts"]  # the limit itself is still taken
    assert err == limit_1000


def test_C1_a_paste_over_the_limit_is_refused_and_the_prompt_goes_on(kb, tmp_path, monkeypatch, limit_1000):
    pasted = "\x1b[200~" + "+appeal_withdrawn(a1)\r" * 50 + "\x1b[201~"  # 1,100 characters
    typed_after = "-appeal(a1, x, v1)"  # dropped too: the entry is refused as a whole
    entries, err = entered_at_the_prompt(kb, tmp_path, monkeypatch, [pasted, typed_after, "\r", ":facts\r"])
    assert entries == [":facts"]
    assert err == limit_1000


def type_text(child: pexpect.spawn, text: str, chunk: int = 2048) -> None:
    """Type ``text`` into the terminal as keystrokes (no bracketed paste), reading what the REPL draws
    meanwhile so that neither side blocks on a full terminal buffer."""
    import fcntl
    import select

    data = text.encode("utf-8")
    fd = child.child_fd
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)
    try:
        while data:
            readable, writable, _ = select.select([fd], [fd], [], 60)
            assert readable or writable, "the REPL stopped reading what is typed"
            if readable:
                os.read(fd, 1 << 16)  # the line as drawn: not needed
            if writable:
                with contextlib.suppress(BlockingIOError):
                    data = data[os.write(fd, data[:chunk]) :]
    finally:
        fcntl.fcntl(fd, fcntl.F_SETFL, flags)


@pytest.mark.slow  # types 120,000 characters into a terminal (make test-all)
def test_C1_repl_refuses_a_typed_line_over_100000_characters_and_goes_on(tmp_path):
    child, _printed = spawn(tmp_path / "history", "--case", COUNSEL)
    try:
        type_text(child, "may_review(v1, " + "x" * 120_000 + ")")
        child.send("\r")
        child.expect_exact("error: the line is longer than 100,000 characters and was not run")
        child.expect_exact("cassation>")
        assert "error" not in ANSI.sub("", child.before), child.before
        out = command(child, "may_review(v1, 'Қайрат')", r"Answer: yes \(1 answer\)")
        assert "error" not in out
        assert quit_session(child) == 0
    finally:
        child.close()
    history = (tmp_path / "history").read_text(encoding="utf-8")
    assert "x" * 1000 not in history  # a refused line is not kept either


def test_W4_the_repl_shows_names_with_control_characters_escaped(kb):
    """Facts, errors and what-if in the REPL print a name's control characters as escapes, never raw."""
    import io

    from pyswip_bridge import Case
    from pyswip_bridge.cli.repl import Session

    out, err = io.StringIO(), io.StringIO()
    session = Session(kb, Case(), out=out, err=err)
    session.handle("+participant('a\\u001B[2Jb', convicted)")
    session.handle(":facts")
    session.handle("-participant('x\\u001B]0;t\\u0007', convicted)")
    printed = out.getvalue() + err.getvalue()
    assert "\x1b" not in printed and "\x07" not in printed
    assert "\\u001B[2Jb" in printed
