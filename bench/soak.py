"""Soak test: 100,000 asks in one process; resident memory must grow by less than 20 MB.

Run by ``make soak`` (not part of ``make test``).  The asks cycle through every worked scenario's
questions and hostile asks (refused facts and questions, a reading that does not exist, an
exceeded inference limit), so that answers, why-nots and every error path are exercised.

Resident memory is printed after the KB is loaded, after one warm-up pass over the workload (the
baseline: SWI-Prolog's stacks, atom and clause tables and Python's allocator reach their working
size there), every 10,000 asks, and at the end, with the growth from the baseline.  Exit status
1 if the growth is 20 MB or more.

    python bench/soak.py [--asks 100000] [--every 10000] [--max-growth-mb 20]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter

from workload import resident_kib, workload

from pyswip_bridge import KnowledgeBase


def mib(kib: int) -> str:
    return f"{kib / 1024:7.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asks", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--max-growth-mb", type=float, default=20.0)
    args = parser.parse_args(argv)

    loaded_at = time.perf_counter()
    kb = KnowledgeBase()
    print(f"KB loaded in {time.perf_counter() - loaded_at:.2f} s; resident {mib(resident_kib())}", flush=True)
    asks = workload(kb)  # also the warm-up pass
    kinds = Counter(a.kind for a in asks)
    print(
        f"workload: {len(asks)} distinct asks ({kinds['yes']} yes, {kinds['no']} no, {kinds['error']} refused "
        f"or stopped), cycled",
        flush=True,
    )
    gc.collect()
    start = resident_kib()
    print(f"start (after one warm-up pass): resident {mib(start)}", flush=True)

    outcomes: Counter[str] = Counter()
    began = time.perf_counter()
    for i in range(1, args.asks + 1):
        ask = asks[i % len(asks)]
        outcome = ask.run(kb)
        outcomes[outcome if outcome in ("yes", "no") else "error"] += 1
        if (outcome if outcome in ("yes", "no") else "error") != ask.kind:
            print(f"ask {i}: {ask.question[:60]!r} gave {outcome}, not {ask.kind} as on the warm-up pass")
            return 2
        if i % args.every == 0 or i == args.asks:
            now = resident_kib()
            rate = i / (time.perf_counter() - began)
            print(
                f"{i:>8,} asks: resident {mib(now)} ({(now - start) / 1024:+6.1f} MiB)  {rate:6.0f} asks/s", flush=True
            )
    end = resident_kib()
    growth_mb = (end - start) * 1024 / 1e6
    elapsed = time.perf_counter() - began
    print(
        f"end: {args.asks:,} asks in {elapsed:.0f} s ({args.asks / elapsed:.0f} asks/s): "
        f"{outcomes['yes']:,} yes, {outcomes['no']:,} no, {outcomes['error']:,} refused or stopped"
    )
    print(
        f"resident memory: start {mib(start)}, end {mib(end)}, growth {(end - start) / 1024:.1f} MiB "
        f"= {growth_mb:.1f} MB (limit {args.max_growth_mb:g} MB)"
    )
    if growth_mb >= args.max_growth_mb:
        print("FAIL: resident memory grew too much")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
