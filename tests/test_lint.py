"""Lint, format and types stay clean: ``ruff check``, ``ruff format --check``, ``mypy pyswip_bridge``, and
``mypy --strict`` on the public API (what ``pyswip_bridge/__init__.py`` exports: results, errors, the
KnowledgeBase and its limits, Case).  Any finding fails.  mypy keeps its cache in .mypy_cache (git-ignored),
so a second run takes a second or two."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

#: The public API's modules, checked with ``mypy --strict`` (their imports are followed, not reported).
PUBLIC_API = [
    "pyswip_bridge/__init__.py",
    "pyswip_bridge/results.py",
    "pyswip_bridge/errors.py",
    "pyswip_bridge/bridge/kb.py",
    "pyswip_bridge/bridge/limits.py",
    "pyswip_bridge/bridge/case.py",
    "pyswip_bridge/workbench/interview.py",
]


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return str(path)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_check_finds_nothing():
    proc = run(tool("ruff"), "check", "--no-cache", ".")
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]


def test_ruff_format_would_change_nothing():
    proc = run(tool("ruff"), "format", "--no-cache", "--check", ".")
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]


def test_mypy_finds_nothing_in_the_package():
    proc = run(tool("mypy"), "pyswip_bridge")
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]


def test_the_public_api_passes_mypy_strict():
    proc = run(tool("mypy"), "--strict", "--follow-imports=silent", "--cache-dir", ".mypy_cache/strict", *PUBLIC_API)
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]
