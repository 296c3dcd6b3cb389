"""The precompiled KB (``kb/**/*.qlf``, made by ``make setup``): loaded only while it is not older than
any source, removed as a set as soon as one source changes (kb/cassation.pl), and it answers as the
sources do.

Each test works on a copy of ``kb/`` (modification times kept), so the checkout's files are never
touched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = (
    "norm_syntax",
    "vocabulary",
    "words",
    "case_facts",
    "p03_petitioners",
    "p22_scope_and_outcome",
    "explain",
    "json_api",
)
EXPECTED = "['Қайрат','Әлия',prosecutor_general,chairman_of_supreme_court]"
DEMO = "load_case('{root}/queries/p1_counsel_appeal.yaml'), findall(P, may_review(v1, P), Ps), print(Ps), nl"


def swipl(goal: str, entry: Path, *, verbose: bool = False) -> subprocess.CompletedProcess[str]:
    flags = "set_prolog_flag(verbose_load, full), " if verbose else ""
    quiet = [] if verbose else ["-q"]  # -q silences the load messages too
    return subprocess.run(
        ["swipl", *quiet, "-g", f"{flags}use_module('{entry}'), {goal}", "-t", "halt"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def how_loaded(stderr: str, module: str) -> str:
    """``compiled`` (from the source) or ``loaded`` (from its .qlf), from SWI's verbose load messages."""
    found = re.search(
        rf"^%\s+(?:\.\./)?(?:law/|engine/)?{module} (compiled|loaded) into {module} ", stderr, re.MULTILINE
    )
    if found:
        return found.group(1)
    raise AssertionError(f"no load message for {module}:\n{stderr[-2000:]}")


@pytest.fixture()
def kb_copy(tmp_path: Path) -> Path:
    """A copy of kb/ with its own freshly precompiled .qlf files, as `make setup` makes them."""
    copy = tmp_path / "kb"
    shutil.copytree(ROOT / "kb", copy, ignore=shutil.ignore_patterns("*.qlf", ".qlf-built"))
    made = subprocess.run(
        [
            "swipl",
            "-q",
            "-g",
            "set_prolog_flag(qcompile, auto), use_module(cassation), use_module(engine/introspection)",
            "-t",
            "halt",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=copy,
    )
    assert made.returncode == 0, made.stderr
    assert {f"{m}.qlf" for m in MODULES} <= {p.name for p in copy.glob("**/*.qlf")}
    return copy


def test_fresh_precompiled_files_are_loaded_and_answer_as_the_sources(kb_copy: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in kb_copy.glob("**/*.qlf")}
    run = swipl(DEMO.format(root=ROOT), kb_copy / "cassation.pl", verbose=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == EXPECTED
    for module in MODULES:
        assert how_loaded(run.stderr, module) == "loaded", module
    assert {p.name: p.stat().st_mtime_ns for p in kb_copy.glob("**/*.qlf")} == before
    sources = swipl(DEMO.format(root=ROOT), ROOT / "kb" / "cassation.pl")
    assert sources.stdout == run.stdout


@pytest.mark.parametrize(
    "edited", ["engine/norm_syntax.pl", "law/vocabulary.pl", "law/p03_petitioners.pl", "cassation.pl"]
)
def test_an_edited_source_removes_every_precompiled_file(kb_copy: Path, edited: str) -> None:
    """SWI-Prolog checks a .qlf only against its own source; an edit of the rule syntax or the vocabulary
    changes the clauses of other modules, so the whole set goes and the KB loads from its sources."""
    newest = max(p.stat().st_mtime for p in kb_copy.glob("**/*.qlf"))
    os.utime(kb_copy / edited, (newest + 5, newest + 5))
    run = swipl(DEMO.format(root=ROOT), kb_copy / "cassation.pl", verbose=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == EXPECTED
    assert list(kb_copy.glob("**/*.qlf")) == []
    for module in MODULES:
        assert how_loaded(run.stderr, module) == "compiled", module
