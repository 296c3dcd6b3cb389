"""Explanations at the cost of reasoning: the figures of `make bench` on what an explanation costs.

    python bench/overhead.py [--blocks 10] [--size 50] [--json]

All measured in this one process, in alternating blocks, so that every ratio compares figures taken
with the machine at the same speed:

* explained ask / compiled rules: one explained ask (json_api:ask_json/3, as the bridge calls it:
  request, case, proof, verdict and decisive facts, why-not and repairs, words, JSON) against the
  compiled rules answering the same question on the same case (asserted in a snapshot, under the
  same limits, answers collected, no proof), for the demo (a yes) and the withdrawn appeal (a no);
* where the time goes: reading the request, answering (proof, verdict, why-not, repairs, sentences), writing
  the JSON, each as a multiple of the compiled rules;
* the parts no explained answer can do without, each timed alone (the proof, the words of its distinct
  steps, the facts the answer turns on, a "no"'s why-not), and a brief ask through the same entry
  (``"explain": false``: bindings and rule ids only);
* bridge / native: ``KnowledgeBase.ask`` (the request built and sent, the answer decoded into an
  ``AskResult``) against the same ask answered by Prolog alone;
* ``what-if --critical`` at 1,000 facts against 100 (bench/critical.py's padded demo case);
* reading a request of 10,000 facts, microseconds a fact;
* an open question (``may_review(A, P)``) on 20,000 facts, and the demo question on 100,000 facts,
  through ``KnowledgeBase.ask`` with the default limits.

Nothing is asserted; targets are printed beside the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from critical import padded  # noqa: E402

from pyswip_bridge import Case, KnowledgeBase  # noqa: E402
from pyswip_bridge.bridge.engine import case_text, prolog_quoted_atom, request_bytes  # noqa: E402
from pyswip_bridge.workbench.whatif import critical_facts  # noqa: E402

DEMO = ("demo (yes)", "may_review(v1, 'Қайрат')", ROOT / "queries" / "p1_counsel_appeal.yaml")
WITHDRAWN = ("withdrawn appeal (no)", "may_review(v1, ivanov)", ROOT / "queries" / "p1_withdrawn_appeal.yaml")


class Prolog:
    """The bench's own goals in the bridge's SWI-Prolog (fixed goal texts, paths quoted)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.engine = kb._engine  # bench code: its own goals, no user text
        self.run(f"use_module({prolog_quoted_atom(str(ROOT / 'bench' / 'overhead.pl'))})")
        self.folder = Path(tempfile.mkdtemp(prefix="cassation-overhead-"))

    def run(self, goal: str) -> list[dict[str, Any]]:
        return self.engine._thread.run(lambda: self.engine._run(goal))

    def files(self, kb: KnowledgeBase, name: str, question: str, case: Case) -> str:
        """Write the request and case text the bridge would send; the two quoted paths, as goal text."""
        request = kb.request(question, case)
        text = case_text(request.pop("facts"))
        assert text is not None
        request_file, case_file = self.folder / f"{name}.json", self.folder / f"{name}.case"
        request_file.write_bytes(request_bytes(request))
        case_file.write_bytes(text)
        return f"{prolog_quoted_atom(str(request_file))}, {prolog_quoted_atom(str(case_file))}"


def overhead(kb: KnowledgeBase, prolog: Prolog, blocks: int, size: int) -> list[dict[str, Any]]:
    rows = []
    for label, question, path in (DEMO, WITHDRAWN):
        case = Case.from_file(path)
        files = prolog.files(kb, label.split()[0], question, case)
        explained: list[float] = []
        rules: list[float] = []
        brief: list[float] = []
        bridge: list[float] = []
        for _ in range(blocks):
            explained += prolog.run(f"overhead:explained_ms({files}, {size}, Ms)")[0]["Ms"]
            rules += prolog.run(f"overhead:rules_ms({files}, {size}, Ms)")[0]["Ms"]
            brief += prolog.run(f"overhead:brief_ms({files}, {size}, Ms)")[0]["Ms"]
            for _ in range(size):
                t0 = time.perf_counter()
                kb.ask(question, case)
                bridge.append((time.perf_counter() - t0) * 1e3)
        e, r, b = statistics.median(explained), statistics.median(rules), statistics.median(bridge)
        phases = prolog.run(f"overhead:phases_ms({files}, {size * blocks}, phases(R, A, W))")[0]
        parts = prolog.run(f"overhead:parts_us({files}, {size * blocks}, parts(S, P, W, V, N))")[0]
        rows.append(
            {
                "case": label,
                "explained_ms": e,
                "rules_ms": r,
                "bridge_ms": b,
                "brief_ms": statistics.median(brief),
                "explained_over_rules": e / r,
                "bridge_over_native": b / e,
                "phases_ms": {"reading": phases["R"], "answering": phases["A"], "writing": phases["W"]},
                "parts_us": {
                    "steps": parts["S"],
                    "proof": parts["P"],
                    "words": parts["W"],
                    "verdict": parts["V"],
                    "why_not": parts["N"],
                },
            }
        )
    return rows


def critical(kb: KnowledgeBase, small: int, large: int) -> dict[str, float]:
    question = DEMO[1]
    times = {}
    for facts in (small, large):
        case = padded(facts)
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            critical_facts(kb, question, case, max_facts=None, max_seconds=None)
            runs.append(time.perf_counter() - t0)
        times[facts] = statistics.median(runs)
    return {
        "small": small,
        "large": large,
        "s_small": times[small],
        "s_large": times[large],
        "ratio": times[large] / times[small],
    }


def big_cases(kb: KnowledgeBase, prolog: Prolog, reading: int, open_facts: int, ground: int) -> dict[str, Any]:
    files = prolog.files(kb, "reading", DEMO[1], padded(reading))
    found: dict[str, Any] = {
        "reading": {"facts": reading, "us_per_fact": prolog.run(f"overhead:reading_us_per_fact({files}, Us)")[0]["Us"]}
    }
    for key, question, facts in (("open", "may_review(A, P)", open_facts), ("ground", DEMO[1], ground)):
        case = padded(facts)
        t0 = time.perf_counter()
        result = kb.ask(question, case)
        found[key] = {
            "facts": facts,
            "question": question,
            "seconds": time.perf_counter() - t0,
            "holds": result.holds,
            "answers": len(result.answers),
        }
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blocks", type=int, default=10, help="alternating blocks of asks (default 10)")
    parser.add_argument("--size", type=int, default=50, help="asks per block (default 50)")
    parser.add_argument("--critical", default="100,1000", help="the two case sizes of what-if --critical")
    parser.add_argument("--reading-facts", type=int, default=10_000, help="facts of the request read")
    parser.add_argument("--open-facts", type=int, default=20_000, help="facts of the open question's case")
    parser.add_argument("--ground-facts", type=int, default=100_000, help="facts of the demo question's case")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)
    small, large = (int(n) for n in args.critical.split(","))
    kb = KnowledgeBase()
    prolog = Prolog(kb)
    kb.ask(DEMO[1], Case.from_file(DEMO[2]))  # warm
    figures = {
        "overhead": overhead(kb, prolog, args.blocks, args.size),
        "critical": critical(kb, small, large),
        **big_cases(kb, prolog, args.reading_facts, args.open_facts, args.ground_facts),
    }
    if args.json:
        print(json.dumps(figures))
        return 0
    print(table(figures))
    return 0


def table(figures: dict[str, Any]) -> str:
    lines = [
        "| explanations (median, one process, alternating blocks) | explained ask | compiled rules | ratio "
        "| bridge | bridge / native |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in figures["overhead"]:
        lines.append(
            f"| {row['case']} | {row['explained_ms']:.3f} ms | {row['rules_ms']:.3f} ms | "
            f"{row['explained_over_rules']:.1f}x (target <= 8x) | {row['bridge_ms']:.3f} ms | "
            f"{row['bridge_over_native']:.2f}x (target <= 1.25x) |"
        )
    lines += ["", "where an explained ask's time goes (mean ms; each part as a multiple of the compiled rules):"]
    for row in figures["overhead"]:
        p, rules = row["phases_ms"], row["rules_ms"]
        lines.append(
            f"  {row['case']}: reading the request {p['reading']:.3f} ({p['reading'] / rules:.1f}x), answering "
            f"{p['answering']:.3f} ({p['answering'] / rules:.1f}x), writing the JSON {p['writing']:.3f} "
            f"({p['writing'] / rules:.1f}x)"
        )
    lines += [
        "",
        "parts no explained answer can do without (mean ms, each timed alone; as a multiple of the compiled rules):",
    ]
    for row in figures["overhead"]:
        q, rules = row["parts_us"], row["rules_ms"]
        parts = [
            ("the proof", q["proof"] / 1000),
            (f"the words of its {q['steps']} distinct steps", q["words"] / 1000),
            ("the facts it turns on", q["verdict"] / 1000),
        ]
        if q["why_not"]:
            parts.append(("the why-not", q["why_not"] / 1000))
        parts.append(("a brief ask (no proof, no words)", row["brief_ms"]))
        lines.append(f"  {row['case']}: " + ", ".join(f"{name} {ms:.3f} ({ms / rules:.1f}x)" for name, ms in parts))
    c, r = figures["critical"], figures["reading"]
    lines += [
        "",
        f"what-if --critical: {c['small']:,} facts {c['s_small']:.3f} s, {c['large']:,} facts {c['s_large']:.3f} s: "
        f"{c['ratio']:.1f}x (target at 100 and 1,000 facts: <= 15x)",
        f"reading a request of {r['facts']:,} facts: {r['us_per_fact']:.1f} us a fact (target at 10,000: <= 10)",
    ]
    for key in ("open", "ground"):
        f = figures[key]
        lines.append(
            f"{f['question']} on {f['facts']:,} facts: answered in {f['seconds']:.2f} s through the bridge, default "
            f"limits (holds: {str(f['holds']).lower()}, {f['answers']} answer{'s' if f['answers'] != 1 else ''})"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
