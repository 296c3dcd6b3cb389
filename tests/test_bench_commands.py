"""The benchmark commands the performance page shows run, on a small workload (the figures themselves
are printed by `make bench`, never asserted: see docs/performance.md)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_the_machine_yardstick_prints_its_lips() -> None:
    done = run("swipl", "bench/lips.pl")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["mlips"] > 0


def test_the_case_generator_writes_cases_the_tool_reads(tmp_path: Path) -> None:
    out = tmp_path / "cases.jsonl"
    done = run(sys.executable, "bench/gen_cases.py", "--count", "20", "--seed", "1", "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 20
    readable = [json.loads(line) for line in lines if line.startswith("{") and '"facts"' in line]
    assert len(readable) >= 15  # a few generated cases are hostile on purpose (2%) or moved (3%)


@pytest.mark.slow
def test_make_bench_runs_on_a_small_workload() -> None:
    small = ["--blocks", "1", "--size", "3", "--critical", "10,30", "--reading-facts", "50", "--open-facts", "60"]
    done = run(
        sys.executable,
        "bench/run.py",
        "--cases",
        "30",
        "--runs",
        "1",
        "--memory-cases",
        "200",
        "--overhead",
        *small,
        "--ground-facts",
        "70",
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "native" in done.stdout and "bridge" in done.stdout
    assert "| withdrawn appeal (no) |" in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    "script, args",
    [("bench/asks_per_second.py", ["--seconds", "1"]), ("bench/soak.py", ["--asks", "300", "--every", "100"])],
)
def test_the_other_benchmarks_run_briefly(script: str, args: list[str]) -> None:
    done = run(sys.executable, script, *args, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip()


def test_the_critical_facts_benchmark_runs() -> None:
    done = run(sys.executable, "bench/critical.py", "--sizes", "10,30")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| 30 |" in done.stdout


def test_the_cost_of_explanations_benchmark_runs() -> None:
    done = run(
        sys.executable,
        "bench/overhead.py",
        "--blocks",
        "1",
        "--size",
        "3",
        "--critical",
        "10,30",
        "--reading-facts",
        "50",
        "--open-facts",
        "60",
        "--ground-facts",
        "70",
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| demo (yes) |" in done.stdout and "| withdrawn appeal (no) |" in done.stdout
    assert "reading a request of 50 facts" in done.stdout
    assert "demo (yes): the proof " in done.stdout
    assert re.search(r"the words of its \d+ distinct steps", done.stdout)
    assert "withdrawn appeal (no): the proof " in done.stdout and "the why-not " in done.stdout
    assert done.stdout.count("a brief ask (no proof, no words)") == 2
    assert "may_review(A, P) on 60 facts: answered" in done.stdout and "on 70 facts: answered" in done.stdout
