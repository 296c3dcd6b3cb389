"""The README shows exactly what `make demo` and the plain-swipl command print."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def block_after(marker: str) -> str:
    match = re.search(re.escape(marker) + r"\n```\n(.*?)```", README, re.S)
    assert match, f"README has no code block after {marker}"
    return match.group(1)


def demo_command() -> list[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(r"^demo:.*\n\t@\$\(VENV\)/bin/(cassation .*)$", makefile, re.M)
    assert match, "Makefile has no demo recipe running cassation"
    return shlex.split(match.group(1))


def test_readme_starts_with_the_two_commands():
    first_block = re.search(r"```\n(.*?)```", README, re.S).group(1)
    assert first_block.splitlines()[0].startswith("make demo")
    assert first_block.splitlines()[1].startswith("make test")


def test_demo_output_is_what_the_readme_shows(cli):
    args = demo_command()
    assert args[0] == "cassation"
    run = cli(*args[1:])
    assert run.code == 0, run.err
    assert run.out == block_after("<!-- demo-output -->")


def test_swipl_example_is_what_the_readme_shows():
    command = block_after("<!-- swipl-command -->").strip()
    proc = subprocess.run(shlex.split(command), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == block_after("<!-- swipl-output -->")


def test_counts_in_the_readme_are_current(kb):
    from pyswip_bridge.scenarios import load_scenarios

    rules = len(kb.norms()["rules"])
    scenarios = load_scenarios()
    questions = sum(len(s.questions) for s in scenarios)
    assert f"({rules} rules, {len(scenarios)} worked scenarios with {questions} questions)" in README
