"""The README shows exactly what its commands print.

Regenerate the outputs after a deliberate change with:  UPDATE_README=1 .venv/bin/pytest tests/test_readme.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
README_PATH = ROOT / "README.md"
DOCS = ROOT / "docs"
USAGE_PATH = DOCS / "usage.md"
PROLOG_PATH = DOCS / "prolog.md"  # the plain SWI-Prolog page: the swipl example
TUTORIAL_PATH = DOCS / "tutorial.md"  # its console blocks are run by tests/test_tutorial.py
UPDATE = bool(os.environ.get("UPDATE_README"))
CONSOLE = re.compile(r"```console\n\$ (cassation [^\n]*)\n(.*?)```", re.S)


def readme() -> str:
    return README_PATH.read_text(encoding="utf-8")


def usage() -> str:
    return USAGE_PATH.read_text(encoding="utf-8")


def console_pages() -> list[Path]:
    """The README and every page of docs/ with ```console blocks (the tutorial's run in test_tutorial.py)."""
    pages = [
        p for p in sorted(DOCS.glob("*.md")) if p != TUTORIAL_PATH and "```console" in p.read_text(encoding="utf-8")
    ]
    assert USAGE_PATH in pages
    return [README_PATH, *pages]


def block_after(text: str, marker: str) -> re.Match:
    match = re.search(re.escape(marker) + r"\n```\n(.*?)```", text, re.S)
    assert match, f"README has no code block after {marker}"
    return match


def demo_command() -> list[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(r"^demo:.*\n\t@\$\(VENV\)/bin/(cassation .*)$", makefile, re.M)
    assert match, "Makefile has no demo recipe running cassation"
    return shlex.split(match.group(1))


def replace_block(text: str, match: re.Match, new: str) -> str:
    return text[: match.start(1)] + new + text[match.end(1) :]


def test_readme_starts_with_the_two_commands():
    first_block = re.search(r"```\n(.*?)```", readme(), re.S).group(1)
    assert first_block.splitlines()[0].startswith("make demo")
    assert first_block.splitlines()[1].startswith("make test")


def test_demo_output_is_what_the_readme_shows():
    args = demo_command()
    run = run_cli(*args[1:])
    assert run.code == 0, run.err
    text = readme()
    match = block_after(text, "<!-- demo-output -->")
    if UPDATE:
        README_PATH.write_text(replace_block(text, match, run.out), encoding="utf-8")
    else:
        assert run.out == match.group(1)


def test_swipl_example_is_what_the_usage_page_shows():
    text = PROLOG_PATH.read_text(encoding="utf-8")
    command = block_after(text, "<!-- swipl-command -->").group(1).strip()
    proc = subprocess.run(shlex.split(command), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    match = block_after(text, "<!-- swipl-output -->")
    if UPDATE:
        PROLOG_PATH.write_text(replace_block(text, match, proc.stdout), encoding="utf-8")
    else:
        assert proc.stdout == match.group(1)


@pytest.mark.parametrize("path", console_pages(), ids=lambda p: p.stem)
def test_console_examples_print_what_the_docs_show(path):
    text = path.read_text(encoding="utf-8")
    matches = list(CONSOLE.finditer(text))
    assert path == README_PATH or len(matches) >= (4 if path == USAGE_PATH else 1)
    for match in reversed(matches):  # from the end, so earlier offsets stay valid when updating
        args = shlex.split(match.group(1))
        run = run_cli(*args[1:])
        assert run.code == 0, (match.group(1), run.err)
        if UPDATE:
            text = text[: match.start(2)] + run.out + text[match.end(2) :]
        else:
            assert run.out == match.group(2), f"{path.name}: output of {match.group(1)} is out of date"
    if UPDATE:
        path.write_text(text, encoding="utf-8")


def test_counts_in_the_readme_are_current(kb):
    from pyswip_bridge.workbench.scenarios import load_scenarios

    rules = len(kb.norms()["rules"])
    scenarios = load_scenarios()
    questions = sum(len(s.questions) for s in scenarios)
    counts = f"{rules} rules, {len(scenarios)} worked scenarios with {questions} questions"
    text = readme()
    pattern = r"\d+ rules, \d+ worked scenarios with \d+ questions"
    if UPDATE:
        text = re.sub(pattern, counts, text)
        README_PATH.write_text(text, encoding="utf-8")
        text = readme()
        pages = re.sub(
            r"^\d+ scenarios, each a case file", f"{len(scenarios)} scenarios, each a case file", usage(), flags=re.M
        )
        USAGE_PATH.write_text(pages, encoding="utf-8")
    assert counts in text
    assert f"{len(scenarios)} scenarios, each a case file" in usage()


def test_the_readme_is_a_front_door():
    """The README fits in 150 lines; the rest is in docs/ (the pages it links to exist)."""
    text = readme()
    assert len(text.splitlines()) <= 150
    for page in re.findall(r"\]\((docs/[\w.-]+\.md)\)", text):
        assert (ROOT / page).exists(), page
