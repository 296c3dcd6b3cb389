"""Shared fixtures: one KnowledgeBase per test session, and a runner for the CLI in a subprocess.

Two tiers: a test marked ``@pytest.mark.slow`` (kill-and-resume runs, the 2,500-case batch,
the CLI on every hostile file, long terminal sessions) runs only in ``make test-all``; ``make test``
runs the rest (``-m "not slow"``) for daily work.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The tests pin English answers unless they ask for another language: a CASSATION_LANG of the
# shell that runs them (docs/russian.md) must not switch them, nor the CLI they start.
os.environ.pop("CASSATION_LANG", None)

# Run in the background without job control (`make test &`, nohup, some CI runners), the test
# process inherits SIGINT ignored, and every child it starts would too: a test that sends Ctrl-C
# to a child would then see nothing happen.  A handler (not SIG_IGN) here makes children start
# with the default action again.
for _signal in (signal.SIGINT, signal.SIGTERM):
    if signal.getsignal(_signal) == signal.SIG_IGN:
        signal.signal(_signal, signal.default_int_handler if _signal == signal.SIGINT else signal.SIG_DFL)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: runs only in `make test-all` (and CI), not in `make test`")


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
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run_cli
