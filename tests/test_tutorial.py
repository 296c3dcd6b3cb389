"""docs/tutorial.md cannot rot: every command of its ```console blocks is run and its output compared.

In a ```console block, a line ``$ COMMAND`` is a command (a here-document ``<<'EOF'`` continues it up
to the line ``EOF``); the lines after it, up to the next ``$`` line or the end of the block, are what it
prints (stdout and stderr together, trailing blanks ignored).  A line ``...`` alone stands for any
number of lines left out.  The command runs under ``bash -o pipefail -c`` in the repository's root, with
``cassation`` this checkout's CLI and no terminal on stdin, and must exit 0.

``UPDATE_TUTORIAL=1 .venv/bin/pytest tests/test_tutorial.py`` rewrites the outputs with what the
commands print now, keeping each output's lines before its first ``...`` and after its last (so the
elisions stay where they are, as long as the output has enough lines); read the diff before committing.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial.md"
ELISION = "..."
UPDATE = bool(os.environ.get("UPDATE_TUTORIAL"))
HEREDOC = re.compile(r"<<-?\s*(['\"]?)(\w+)\1")


@dataclass
class Example:
    command: str
    expected: list[str]
    line: int  # 1-based line of the ``$`` in the tutorial
    output_start: int  # 0-based index of the first output line in the file's lines
    output_end: int  # 0-based index after the last output line


def parse(text: str) -> list[Example]:
    lines = text.split("\n")
    examples: list[Example] = []
    i, in_block = 0, False
    while i < len(lines):
        line = lines[i]
        if not in_block:
            in_block = line.strip() == "```console"
            i += 1
            continue
        if line.strip() == "```":
            in_block = False
            i += 1
            continue
        if not line.startswith("$ "):
            raise AssertionError(f"tutorial line {i + 1}: output without a command in a console block")
        start = i
        command = [line[2:]]
        heredoc = HEREDOC.search(line)
        while command[-1].endswith("\\") and i + 1 < len(lines):
            i += 1
            command.append(lines[i])
        if heredoc:
            terminator = heredoc.group(2)
            while True:
                i += 1
                if i >= len(lines) or lines[i].strip() == "```":
                    raise AssertionError(f"tutorial line {start + 1}: here-document without {terminator}")
                command.append(lines[i])
                if lines[i] == terminator:
                    break
        i += 1
        out_start = i
        while i < len(lines) and not lines[i].startswith("$ ") and lines[i].strip() != "```":
            i += 1
        examples.append(Example("\n".join(command), lines[out_start:i], start + 1, out_start, i))
    assert not in_block, "the tutorial ends inside a console block"
    return examples


EXAMPLES = parse(TUTORIAL.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bin_dir(tmp_path_factory) -> Path:
    """A directory with ``cassation``: this checkout's CLI run by this Python."""
    directory = tmp_path_factory.mktemp("bin")
    script = directory / "cassation"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m pyswip_bridge "$@"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return directory


def run(example: Example, bin_dir: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CASSATION_DEBUG", "UPDATE_TUTORIAL")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["CASSATION_HISTORY"] = str(bin_dir / "history")
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", example.command],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=120,
    )
    output = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, f"tutorial line {example.line}: exit code {proc.returncode}\n{output}"
    return [line.rstrip() for line in output.rstrip("\n").split("\n")] if output.strip() else []


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` is ``expected`` with each ``...`` line standing for any number of lines."""
    expected = [line.rstrip() for line in expected]
    # reachable[j]: the first i expected lines can match the first j actual lines
    reachable = [True] + [False] * len(actual)
    for line in expected:
        if line == ELISION:
            for j in range(1, len(actual) + 1):
                reachable[j] = reachable[j] or reachable[j - 1]
        else:
            reachable = [False] + [reachable[j] and actual[j] == line for j in range(len(actual))]
    return reachable[len(actual)]


def updated(expected: list[str], actual: list[str]) -> list[str]:
    """The new output lines: ``actual``, elided as ``expected`` was (same number of lines around ``...``)."""
    if ELISION not in expected:
        return actual
    head = expected.index(ELISION)
    tail = len(expected) - 1 - max(i for i, line in enumerate(expected) if line == ELISION)
    if len(actual) <= head + tail:
        return actual
    return actual[:head] + [ELISION] + (actual[len(actual) - tail :] if tail else [])


def test_the_tutorial_teaches_what_the_issue_asks():
    assert len(EXAMPLES) >= 10
    commands = "\n".join(e.command for e in EXAMPLES)
    for scenario in ("p1_counsel_appeal", "p1_withdrawn_appeal", "p4_worsening_late"):
        assert f"queries/{scenario}.yaml" in commands
    for used in (
        "cassation ask",
        "cassation step",
        "cassation why-not",
        "cassation repl",
        ":what-if",
        "cassation quiz",
        "cassation scenarios",
    ):
        assert used in commands
    assert all("cassation " in e.command for e in EXAMPLES)
    assert all(e.expected for e in EXAMPLES), "every command shows its output"


@pytest.mark.skipif(not UPDATE, reason="set UPDATE_TUTORIAL=1 to rewrite the tutorial's outputs")
def test_update_tutorial(bin_dir):
    lines = TUTORIAL.read_text(encoding="utf-8").split("\n")
    for example in reversed(EXAMPLES):
        actual = run(example, bin_dir)
        if not matches(example.expected, actual):
            lines[example.output_start : example.output_end] = updated(example.expected, actual)
    TUTORIAL.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.skipif(UPDATE, reason="the tutorial is being rewritten")
@pytest.mark.parametrize("example", EXAMPLES, ids=[f"line{e.line}" for e in EXAMPLES])
def test_tutorial_command_prints_what_the_tutorial_shows(example, bin_dir):
    actual = run(example, bin_dir)
    if not matches(example.expected, actual):
        diff = "\n".join(difflib.unified_diff(example.expected, actual, "tutorial", "actual", lineterm=""))
        pytest.fail(
            f"docs/tutorial.md line {example.line}: `{example.command.splitlines()[0]}` prints "
            f"something else (UPDATE_TUTORIAL=1 rewrites the outputs):\n{diff}"
        )


def test_matching_with_elisions():
    assert matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert matches(["a", "...", "b"], ["a", "b"])
    assert matches(["a", "..."], ["a", "b"])
    assert not matches(["a", "...", "d"], ["a", "b", "c"])
    assert not matches(["a", "b"], ["a", "b", "c"])
    assert not matches(["a", "c"], ["a", "b"])
    assert updated(["a", "...", "z"], ["a", "b", "c", "y"]) == ["a", "...", "y"]
    assert updated(["a", "b", "..."], ["a", "x", "c", "d"]) == ["a", "x", "..."]
    example = parse("```console\n$ cassation repl <<'EOF'\n:facts\nEOF\nout\n$ cassation x \\\n  --y\n```\n")
    assert [e.command for e in example] == ["cassation repl <<'EOF'\n:facts\nEOF", "cassation x \\\n  --y"]
    assert [e.expected for e in example] == [["out"], []]
