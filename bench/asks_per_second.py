"""Benchmark: asks per second, by kind of answer; prints figures, asserts nothing.

    python bench/asks_per_second.py [--seconds 5]

For each kind of ask of the workload (every worked scenario's questions answered yes, answered
no with a why-not, and hostile asks refused or stopped by a limit) it cycles through those asks
for the given time in one process and prints asks per second and the median time of one ask.
It then times the command line, start-up included, on one question.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from workload import ROOT, workload

from pyswip_bridge import KnowledgeBase


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time per kind of ask")
    args = parser.parse_args(argv)

    began = time.perf_counter()
    kb = KnowledgeBase()
    print(f"start-up (SWI-Prolog and the KB): {time.perf_counter() - began:.2f} s")
    asks = workload(kb)
    print(f"{'kind':<34}{'asks':>7}{'asks/s':>10}{'median ms':>11}")
    for kind, label in [
        ("yes", "answered yes, with proofs"),
        ("no", "answered no, with why-not"),
        ("error", "refused or stopped by a limit"),
        (None, "the whole mix"),
    ]:
        chosen = [a for a in asks if kind is None or a.kind == kind]
        times = []
        deadline = time.perf_counter() + args.seconds
        i = 0
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            chosen[i % len(chosen)].run(kb)
            times.append(time.perf_counter() - t0)
            i += 1
        print(f"{label:<34}{len(times):>7}{len(times) / sum(times):>10.0f}{statistics.median(times) * 1e3:>11.2f}")

    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pyswip_bridge",
                "ask",
                "may_review(v1, 'Қайрат')",
                "--case",
                "queries/p1_counsel_appeal.yaml",
            ],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        runs.append(time.perf_counter() - t0)
    print(f"command line, one question, start-up included: median {statistics.median(runs):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
