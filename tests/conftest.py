"""Shared fixtures: one KnowledgeBase per test session, and a runner for the CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture(scope="session")
def kb():
    from pyswip_bridge import KnowledgeBase

    return KnowledgeBase()


def run_cli(*args: str, stdin: str | None = None, timeout: float = 120) -> Run:
    """Run ``cassation ARGS`` as a user would, in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    proc = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", *args],
        cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=timeout, env=env,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run_cli
