"""One exit-code table, kept: :data:`pyswip_bridge.cli.app.EXIT_CODES` is the table the command uses.

Each row is triggered here, the way a user meets it, and must give its exit code and at most one
line on stderr (none for a closed pipe); a row without a trigger fails the walk.  The table of docs/usage.md
must agree with the code's, row by row.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pyswip_bridge import errors
from pyswip_bridge.cli.app import EXIT_CODES, OutputError, Terminated, exit_row, main

ROOT = Path(__file__).resolve().parent.parent
COUNSEL = str(ROOT / "queries" / "p1_counsel_appeal.yaml")


@dataclass
class Ended:
    code: int
    stderr: str


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASSATION_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def in_process(*args: str, raising: BaseException | None = None) -> Ended:
    """``cassation ARGS`` through click's runner; with ``raising``, `cassation norms` raises it."""
    from pyswip_bridge.bridge.kb import KnowledgeBase

    original = KnowledgeBase.norms
    if raising is not None:

        def norms(self: KnowledgeBase) -> None:
            raise raising

        KnowledgeBase.norms = norms  # type: ignore[method-assign]
    try:
        run = CliRunner().invoke(main, list(args))
    finally:
        KnowledgeBase.norms = original  # type: ignore[method-assign]
    return Ended(run.exit_code, run.stderr)


SIGNAL_IN_ASK = """
    import os, signal, sys, time
    from pyswip_bridge.bridge import kb
    from pyswip_bridge import cli
    def ask(self, *args, **kwargs):
        os.kill(os.getpid(), getattr(signal, sys.argv[1]))
        time.sleep(60)  # the signal ends this
    kb.KnowledgeBase.ask = ask
    cli.main(["ask", "may_review(v1, P)", "--case", sys.argv[2]])
"""


def signalled(name: str) -> Ended:
    """`cassation ask` in a fresh process that receives signal ``name`` while it asks."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SIGNAL_IN_ASK), name, COUNSEL],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=environment(),
    )
    return Ended(proc.returncode, proc.stderr)


def closed_pipe() -> Ended:
    """`cassation norms` writing into a pipe whose reader has gone (as `| head -1`)."""
    read, write = os.pipe()
    os.close(read)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "pyswip_bridge", "norms"],
            cwd=ROOT,
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            env=environment(),
        )
    finally:
        os.close(write)
    return Ended(proc.returncode, proc.stderr)


#: How each row of the table is met.
TRIGGERS: dict[type[BaseException], Callable[[], Ended]] = {
    BrokenPipeError: closed_pipe,
    KeyboardInterrupt: lambda: signalled("SIGINT"),
    click.exceptions.Abort: lambda: in_process("norms", raising=click.exceptions.Abort()),
    Terminated: lambda: signalled("SIGTERM"),
    click.ClickException: lambda: in_process("norms", "--paragraph", "99"),
    errors.UserError: lambda: in_process("ask", "may_review(v1, P", "--case", COUNSEL),
    errors.EngineError: lambda: in_process("norms", raising=errors.EngineError("the KB\nfailed")),
    Exception: lambda: in_process("norms", raising=RuntimeError("boom\nsecond line")),
}


def test_every_row_of_the_table_has_a_trigger():
    assert set(TRIGGERS) == {row.cause for row in EXIT_CODES}


@pytest.mark.parametrize("row", EXIT_CODES, ids=[row.cause.__name__ for row in EXIT_CODES])
def test_each_row_exits_with_its_code_and_at_most_one_line(kb, row):
    ended = TRIGGERS[row.cause]()
    assert ended.code == row.code, ended.stderr
    lines = ended.stderr.splitlines()
    if row.cause is BrokenPipeError:
        assert lines == []
        return
    assert len(lines) == 1 and ended.stderr.endswith("\n"), ended.stderr
    prefix = "internal error: " if row.cause is Exception else "error: "
    assert lines[0].startswith(prefix), lines[0]
    assert "Traceback" not in ended.stderr and "Usage:" not in ended.stderr and "Aborted" not in ended.stderr


def test_user_caused_rows_exit_2_and_only_bugs_exit_70():
    assert {row.code for row in EXIT_CODES} == {2, 70, 130, 141, 143}
    assert {row.cause for row in EXIT_CODES if row.code == 70} == {errors.EngineError, Exception}
    for cause in (errors.ConfigurationError, errors.LimitError, errors.QueryTimeout, OutputError):
        assert exit_row(cause.__new__(cause)).code == 2


def error_classes() -> list[type[errors.CassationError]]:
    found, stack = [], [errors.CassationError]
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return found


def test_each_error_class_carries_the_code_of_its_row():
    import pyswip_bridge.workbench.teaching  # noqa: F401  (TeachingError)

    for cls in error_classes():
        if cls is errors.CassationError:
            continue
        assert cls.exit_code == exit_row(cls.__new__(cls)).code, cls


def readme_rows() -> list[tuple[int, list[str]]]:
    """The exit-code table of docs/usage.md: each row's exit code and the exception classes it names."""
    text = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
    section = text[text.index("### Exit codes and errors") :]
    section = section[: section.index("\n## ")]
    rows = []
    for match in re.finditer(r"^\| (\d+) \| ([^|]*) \|", section, re.MULTILINE):
        rows.append((int(match.group(1)), re.findall(r"`([A-Z]\w+)`", match.group(2))))
    return rows


def test_the_readme_table_agrees_with_the_code():
    import builtins

    import pyswip_bridge.cli.app as cli
    import pyswip_bridge.workbench.teaching as teaching

    rows = readme_rows()
    assert rows and {code for code, _ in rows} <= {0, *(row.code for row in EXIT_CODES)}
    for code, names in rows:
        for name in names:
            [cls] = {getattr(m, name) for m in (errors, cli, teaching, builtins) if hasattr(m, name)}
            assert exit_row(cls.__new__(cls)).code == code, (name, code)


def test_sigint_and_sigterm_numbers_match_their_codes():
    rows = {row.cause: row.code for row in EXIT_CODES}
    assert rows[KeyboardInterrupt] == 128 + signal.SIGINT
    assert rows[Terminated] == 128 + signal.SIGTERM
    assert rows[BrokenPipeError] == 128 + signal.SIGPIPE
