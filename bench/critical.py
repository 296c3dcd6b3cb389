"""Benchmark: `what-if --critical` (each given fact removed alone) as the case grows.

    python bench/critical.py [--sizes 10,100,1000]

The demo case (queries/p1_counsel_appeal.yaml) padded with victims of the case up to each size; the
question is the demo's.  Prints, for each size, the time of ``critical_facts`` (the KB works the removals
out itself, in at most 4 calls) and, up to 100 facts, of the reference: one whole ask per removed fact.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pyswip_bridge import Case, KnowledgeBase
from pyswip_bridge.workbench.whatif import critical_facts

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "may_review(v1, 'Қайрат')"


def padded(size: int) -> Case:
    demo = Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml")
    facts = [f.text for f in demo.facts]
    facts += [f"participant(victim_{i}, victim)" for i in range(max(0, size - len(facts)))]
    return Case.from_facts(facts)


def one_ask_per_fact(kb: KnowledgeBase, case: Case) -> None:
    for i in range(len(case.facts)):
        kb.ask(QUESTION, Case(case.facts[:i] + case.facts[i + 1 :]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    kb = KnowledgeBase()
    kb.ask(QUESTION, padded(10))  # warm
    print("| facts | critical facts (the KB, at most 4 calls) | one whole ask per fact |")
    print("|------:|------------------------------------------:|-----------------------:|")
    times = {}
    for size in sizes:
        case = padded(size)
        started = time.perf_counter()
        critical_facts(kb, QUESTION, case, max_facts=None, max_seconds=None)
        times[size] = time.perf_counter() - started
        reference = ""
        if size <= 100:
            started = time.perf_counter()
            one_ask_per_fact(kb, case)
            reference = f"{time.perf_counter() - started:.3f} s"
        print(f"| {size:,} | {times[size]:.3f} s | {reference} |")
    if 100 in times and 1000 in times:
        print(f"\n1,000 facts take {times[1000] / times[100]:.1f}x the time of 100 facts")


if __name__ == "__main__":
    main()
