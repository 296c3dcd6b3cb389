"""The mix of asks the benchmarks run: every worked scenario's questions, and hostile ones."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyswip_bridge import Case, CassationError, KnowledgeBase, Limits  # noqa: E402
from pyswip_bridge.workbench.scenarios import load_scenarios  # noqa: E402

HOSTILE_FILES = [
    "injection_halt.yaml",
    "directive_halt.yaml",
    "bad_date.yaml",
    "undeclared_conclusion.yaml",
    "type_long_name.yaml",
    "smuggled_call.json",
    "cyclic_unification.yaml",
]
HOSTILE_QUESTIONS = [
    "call(halt)",
    "may_review(v1, P",
    "p(X) :- p(X)",
    "may_review(v1, f(x))",
    "may_review(v1, " + "- " * 5000 + "a)",
]


@dataclass
class Ask:
    """One ask of the workload; ``kind`` is ``yes``, ``no`` or ``error``."""

    question: str
    case: Case
    readings: dict[str, str] = field(default_factory=dict)
    limits: Limits | None = None
    kind: str = "?"

    def run(self, kb: KnowledgeBase) -> str:
        """Ask; ``yes``, ``no``, or the class of the error."""
        try:
            result = kb.ask(self.question, self.case, readings=self.readings, limits=self.limits)
        except CassationError as exc:
            return type(exc).__name__
        return "yes" if result.holds else "no"


def workload(kb: KnowledgeBase) -> list[Ask]:
    """Every scenario question (answered yes or no), then hostile asks (refused, or stopped by a limit).

    Each ask's ``kind`` is set to what the KB answers now.
    """
    asks = [Ask(q.ask, s.case, dict(q.readings)) for s in load_scenarios() for q in s.questions]
    ordinary = Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml")
    hostile = ROOT / "tests" / "hostile"
    asks += [Ask("may_review(v1, P)", Case.from_file(hostile / name)) for name in HOSTILE_FILES]
    asks += [Ask(question, ordinary) for question in HOSTILE_QUESTIONS]
    asks.append(Ask("may_review(v1, P)", ordinary, {"p3_took_no_part_earlier": "'), halt, ('"}))
    asks.append(Ask("may_review(v1, P)", ordinary, limits=Limits(seconds=10, inferences=500)))
    for ask in asks:
        outcome = ask.run(kb)
        ask.kind = outcome if outcome in ("yes", "no") else "error"
    return asks


def resident_kib() -> int:
    """Resident set size of this process in KiB (Linux /proc; else the peak from getrusage)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
