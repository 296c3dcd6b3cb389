"""Run the plunit suites of kb/tests/ (Prolog side) from pytest."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUITES = sorted((ROOT / "kb" / "tests").glob("*.plt"))


def test_there_are_plunit_suites():
    assert SUITES


@pytest.mark.parametrize("suite", SUITES, ids=[s.stem for s in SUITES])
def test_plunit_suite(suite):
    goal = f"load_test_files([]), consult('{suite.as_posix()}'), (run_tests -> halt(0) ; halt(1))"
    proc = subprocess.run(
        ["swipl", "-q", "-g", goal, "-t", "halt(2)", str(ROOT / "kb" / "cassation.pl")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
