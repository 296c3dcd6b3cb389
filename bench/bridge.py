"""Bridge benchmark (one process through KnowledgeBase); started by bench/run.py, prints one JSON object.

    python bench/bridge.py --cases FILE.jsonl --question Q [--brief] [--warm N --warm-case F --warm-question Q]

Reads every case line (Case.from_json_text) and asks it with ``KnowledgeBase.ask`` (full
explanation: proofs, why-not, sentences, converted to AskResult), or ``explain=False`` with
``--brief``; then times ``--warm`` single asks of the warm question on the warm case.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyswip_bridge import Case, CassationError, KnowledgeBase  # noqa: E402
from pyswip_bridge.bridge.engine import prolog_quoted_atom, request_bytes  # noqa: E402


def paired_warm(kb: KnowledgeBase, question: str, case: Case, blocks: int, size: int = 50) -> dict:
    """Median ms of one warm ask through ``KnowledgeBase.ask`` and of the same request answered by
    Prolog alone (bench/paired.pl), in alternating blocks of ``size`` asks in this one process."""
    engine = kb._engine  # bench code: its own goals, no user text
    with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as handle:
        handle.write(request_bytes(kb.request(question, case)))
        request_file = handle.name
    try:
        engine._thread.run(lambda: engine._run(f"use_module({prolog_quoted_atom(str(ROOT / 'bench' / 'paired.pl'))})"))
        goal = f"paired:prolog_ask_ms({prolog_quoted_atom(request_file)}, {size}, Ms)"
        bridge_ms: list[float] = []
        prolog_ms: list[float] = []
        for _ in range(blocks):
            for _ in range(size):
                t0 = time.perf_counter()
                kb.ask(question, case)
                bridge_ms.append((time.perf_counter() - t0) * 1e3)
            prolog_ms.extend(engine._thread.run(lambda: engine._run(goal))[0]["Ms"])
    finally:
        os.unlink(request_file)
    return {"bridge_ms": statistics.median(bridge_ms), "prolog_ms": statistics.median(prolog_ms)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=Path, required=True)
    parser.add_argument("--question", required=True)
    parser.add_argument("--brief", action="store_true")
    parser.add_argument("--warm", type=int, default=1000)
    parser.add_argument("--warm-case", type=Path)
    parser.add_argument("--warm-question")
    args = parser.parse_args()
    kb = KnowledgeBase()
    lines = [line for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = 0
    began = time.perf_counter()
    for number, line in enumerate(lines, start=1):
        try:
            case = Case.from_json_text(line, f"{args.cases}:{number}")
            if args.brief:
                kb.answer(kb.request(args.question, case, explain=False), case.source)
            else:
                kb.ask(args.question, case)
        except CassationError:
            errors += 1
    seconds = time.perf_counter() - began
    median = None
    if args.warm:
        case = Case.from_file(args.warm_case) if args.warm_case else Case()
        question = args.warm_question or args.question
        for _ in range(20):
            kb.ask(question, case)
        times = []
        for _ in range(args.warm):
            t0 = time.perf_counter()
            kb.ask(question, case)
            times.append(time.perf_counter() - t0)
        median = statistics.median(times) * 1e3
        paired = paired_warm(kb, question, case, blocks=max(1, args.warm // 50))
    else:
        paired = None
    print(
        json.dumps(
            {
                "cases": len(lines),
                "errors": errors,
                "seconds": seconds,
                "cases_per_second": len(lines) / seconds,
                "warm_median_ms": median,
                "paired": paired,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
