"""What if: the answer before and after changing a case's facts, the facts an answer hangs on, and the
answers under every reading of the ambiguous passages.

Everything here is plain Python over :meth:`KnowledgeBase.ask`: no legal rule is restated; the KB
answers each variant of the case (and checks every added fact against the vocabulary as usual).

* :func:`what_if` — ask before and after ``--add``/``--remove``; :class:`ProofDiff` says what changed.
* :func:`critical_facts` — the given facts whose removal alone flips the answer (one ask per fact,
  in the case's order, within a budget of time and of facts tried; a progress callback may follow it).
* :func:`compare_readings` — one ask per combination of readings of the passages the KB marks
  ambiguous; which passages make the answers diverge.

An answer lists at most 100 answers (distinct bindings; :attr:`AskResult.truncated`).  Yes/no is
always exact, but two answer sets can only be compared when neither was cut: :class:`ProofDiff`
then does not compare the answers and says so, :func:`critical_facts` reports a removal whose effect
on the answers cannot be told as ``unknown``, and :func:`compare_readings` refuses.

Every variant of a case keeps the case's readings and its ``denied`` facts (so that adding a fact the
case denies is refused as "both given and denied", as ``ask`` refuses it).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..bridge.case import Case, Fact
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..bridge.records import canonical_fact
from ..errors import CaseFileError, UserError, error_from_json
from ..i18n import message, tr
from ..results import AskResult, ProofNode

#: At most this many combinations of readings are tried by :func:`compare_readings`.
MAX_READING_COMBINATIONS = 1024

#: The default budget of :func:`critical_facts`: at most this many facts tried, in at most this many
#: seconds (wall clock; checked before each fact's ask, so one ask may run past it).
CRITICAL_MAX_FACTS = 500
CRITICAL_MAX_SECONDS = 120.0


# -- what the proofs of an answer rest on ---------------------------------------------------------


def _nodes(result: AskResult) -> Iterable[ProofNode]:
    for answer in result.answers:
        for proof in answer.proofs:
            yield from proof.walk()


def given_facts_used(result: AskResult) -> set[str]:
    """The given case facts the proofs of ``result`` use (as the KB writes them)."""
    return {n.goal for n in _nodes(result) if n.status == "given"}


def answer_set(result: AskResult) -> list[str]:
    """The answers of ``result`` as sorted ``X = v`` strings (``yes`` for a yes without variables)."""
    if not result.holds:
        return []
    out = {", ".join(f"{k} = {v}" for k, v in sorted(a.bindings.items())) or "yes" for a in result.answers}
    return sorted(out)


def outcome(result: AskResult) -> tuple[bool, tuple[str, ...]]:
    """What counts as "the answer" when comparing: yes/no and the set of bindings (of a result that
    was not cut: see :attr:`AskResult.truncated`)."""
    return result.holds, tuple(answer_set(result))


def count_text(result: AskResult) -> str:
    """How many answers ``result`` has, for a message: ``3 answers``, ``at least 250 answers``."""
    found = max(result.answers_found, len(result.answers))
    exact = result.answers_found_exact or not result.truncated
    return f"{'' if exact else 'at least '}{found} answer{'s' if found != 1 else ''}"


@dataclass(frozen=True)
class ProofDiff:
    """The difference between two answers to the same question."""

    holds_before: bool
    holds_after: bool
    answers_added: list[str]
    answers_removed: list[str]
    rules_added: list[str]
    rules_removed: list[str]
    facts_used_added: list[str]
    facts_used_removed: list[str]
    assumptions_added: list[str]
    assumptions_removed: list[str]
    #: Why the answers (and the rules, facts and assumptions of their proofs) were not compared: one
    #: side lists only the first of its answers (``None`` when they were compared).
    not_compared: str | None = None

    @classmethod
    def between(cls, before: AskResult, after: AskResult) -> ProofDiff:
        def change(a: Iterable[str], b: Iterable[str]) -> tuple[list[str], list[str]]:
            a, b = set(a), set(b)
            return sorted(b - a), sorted(a - b)

        if before.truncated or after.truncated:
            cut = [
                f"{label} has {count_text(r)}, of which only the first {len(r.answers)} are listed"
                for label, r in (("before", before), ("after", after))
                if r.truncated
            ]
            reason = "; ".join(cut) + ": the answers cannot be compared (bind a variable of the question)"
            return cls(before.holds, after.holds, [], [], [], [], [], [], [], [], reason)
        answers = change(answer_set(before), answer_set(after))
        rules = change(before.rules_used(), after.rules_used())
        facts = change(given_facts_used(before), given_facts_used(after))
        assumptions = change((x.text for x in before.assumptions), (x.text for x in after.assumptions))
        return cls(before.holds, after.holds, *answers, *rules, *facts, *assumptions)

    @property
    def flipped(self) -> bool:
        return self.holds_before != self.holds_after

    def is_empty(self) -> bool:
        return not (
            self.flipped
            or self.not_compared
            or self.answers_added
            or self.answers_removed
            or self.rules_added
            or self.rules_removed
            or self.facts_used_added
            or self.facts_used_removed
            or self.assumptions_added
            or self.assumptions_removed
        )

    def lines(self) -> list[str]:
        """The differences, one per line (``no difference`` if there is none)."""
        yn = {True: tr("yes"), False: tr("no")}
        out = []
        if self.flipped:
            out.append(f"{tr('answer:')} {yn[self.holds_before]} → {yn[self.holds_after]}")
        answers_added = [] if self.answers_added == ["yes"] else self.answers_added
        answers_removed = [] if self.answers_removed == ["yes"] else self.answers_removed
        for label, items in (
            ("answers gained", answers_added),
            ("answers lost", answers_removed),
            ("rules now used", self.rules_added),
            ("rules no longer used", self.rules_removed),
            ("given facts now used", self.facts_used_added),
            ("given facts no longer used", self.facts_used_removed),
            ("assumptions now made", self.assumptions_added),
            ("assumptions no longer made", self.assumptions_removed),
        ):
            if items:
                out.append(f"{tr(label)}: {(', ' if label.startswith('rules') else '; ').join(items)}")
        if self.not_compared:
            out.append(f"{tr('answers not compared')}: {self.not_compared}")
        return out or [tr("no difference")]

    def to_json(self) -> dict[str, Any]:
        return {
            "holds": {"before": self.holds_before, "after": self.holds_after},
            "flipped": self.flipped,
            "answers": {"added": self.answers_added, "removed": self.answers_removed},
            "rules": {"added": self.rules_added, "removed": self.rules_removed},
            "given_facts_used": {"added": self.facts_used_added, "removed": self.facts_used_removed},
            "assumptions": {"added": self.assumptions_added, "removed": self.assumptions_removed},
            "not_compared": self.not_compared,
        }


# -- changing a case --------------------------------------------------------------------------------


def change_case(case: Case, add: Iterable[str] = (), remove: Iterable[str] = ()) -> Case:
    """A copy of ``case`` without the ``remove`` facts and with the ``add`` facts.

    A fact to remove must be one of the case's facts (compared without layout outside quoted names);
    otherwise :class:`CaseFileError`.  Added facts are checked by the KB when the case is asked about,
    like any fact; their ``where`` is ``--add N``.
    """
    facts = list(case.facts)
    for text in remove:
        key = canonical_fact(text)
        for i, fact in enumerate(facts):
            if canonical_fact(fact.text) == key:
                del facts[i]
                break
        else:
            raise CaseFileError(f"--remove {text!r}: the case has no such fact (see its `facts`)", case.source)
    for i, text in enumerate(add, start=1):
        if not text.strip():
            raise CaseFileError("--add: an empty fact", f"--add {i}")
        facts.append(Fact(text, f"--add {i}"))
    return Case(facts, dict(case.readings), case.source, case.document, list(case.denied))


@dataclass
class WhatIf:
    """The answer before and after a change of facts."""

    question: str
    added: list[str]
    removed: list[str]
    before: AskResult
    after: AskResult
    case_after: Case | None = field(default=None, repr=False)
    diff: ProofDiff = field(init=False)

    def __post_init__(self) -> None:
        self.diff = ProofDiff.between(self.before, self.after)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "added": self.added,
            "removed": self.removed,
            "before": self.before.raw,
            "after": self.after.raw,
            "difference": self.diff.to_json(),
        }


def what_if(
    kb: KnowledgeBase,
    question: str,
    case: Case,
    add: Iterable[str] = (),
    remove: Iterable[str] = (),
    *,
    readings: dict[str, str] | None = None,
    limits: Limits | None = None,
    reason_anyway: bool = False,
) -> WhatIf:
    """Ask ``question`` on ``case`` and on ``case`` changed by ``add``/``remove``."""
    add, remove = list(add), list(remove)
    changed = change_case(case, add, remove)
    before = kb.ask(question, case, readings=readings, limits=limits, reason_anyway=reason_anyway)
    after = kb.ask(question, changed, readings=readings, limits=limits, reason_anyway=reason_anyway)
    return WhatIf(question, add, remove, before, after, changed)


# -- critical facts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactEffect:
    """What removing one given fact alone does to the answer."""

    fact: Fact
    effect: str  # flips | changes | none | unknown | error
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"fact": self.fact.text, "where": self.fact.where, "effect": self.effect, "detail": self.detail}


@dataclass
class CriticalFacts:
    """For each given fact tried, in the case's order, what its removal alone does."""

    question: str
    holds: bool
    effects: list[FactEffect]
    #: How many facts the case has (``len(effects)`` of them were tried).
    total: int = 0
    #: Why the search stopped before the last fact (its budget of facts or of time), else ``None``.
    stopped_early: str | None = None

    @property
    def critical(self) -> list[Fact]:
        """The facts whose removal alone flips the answer (yes ↔ no)."""
        return [e.fact for e in self.effects if e.effect == "flips"]

    @property
    def changing(self) -> list[FactEffect]:
        """The facts whose removal keeps yes/no but changes the answers (bindings)."""
        return [e for e in self.effects if e.effect == "changes"]

    @property
    def unknown(self) -> list[FactEffect]:
        """The facts whose removal keeps yes/no, where whether the answers change cannot be told (both
        answers list only the first of their answers)."""
        return [e for e in self.effects if e.effect == "unknown"]

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "holds": self.holds,
            "critical": [f.text for f in self.critical],
            "effects": [e.to_json() for e in self.effects],
            "facts": self.total,
            "tried": len(self.effects),
            "stopped_early": self.stopped_early,
        }


def _removal_effect(fact: Fact, base: AskResult, result: AskResult) -> FactEffect:
    yn = {True: "yes", False: "no"}
    if result.holds != base.holds:
        return FactEffect(fact, "flips", f"{yn[base.holds]} → {yn[result.holds]}")
    if base.truncated and result.truncated:
        return FactEffect(
            fact,
            "unknown",
            f"{count_text(base)} → {count_text(result)}; only the first "
            f"{len(base.answers)} of each are listed, so they cannot be compared",
        )
    if base.truncated or result.truncated:  # one side is cut and the other is not: they differ
        return FactEffect(fact, "changes", f"{count_text(base)} → {count_text(result)}")
    if outcome(result) != outcome(base):
        return FactEffect(fact, "changes", f"{'; '.join(answer_set(base))} → {'; '.join(answer_set(result))}")
    return FactEffect(fact, "none")


#: Facts whose removals are worked out per call of the KB, at least (progress and the time budget are
#: checked between calls); a larger case is done in at most :data:`CRITICAL_CALLS` calls, so that
#: sending the case again for each call does not make the work grow with the square of its facts.
CRITICAL_CHUNK = 25
CRITICAL_CALLS = 4


def _removal_effect_of(fact: Fact, base: AskResult, removal: dict[str, Any]) -> FactEffect:
    """What one removal (as :meth:`KnowledgeBase.removals` gives it) does to ``base``."""
    if "error" in removal:
        return FactEffect(fact, "error", error_from_json(removal["error"]).one_line())
    yn = {True: "yes", False: "no"}
    holds, answers, truncated = bool(removal["holds"]), list(removal["answers"]), bool(removal["truncated"])
    after = f"{'more than ' if truncated else ''}{len(answers)} answer{'s' if len(answers) != 1 else ''}"
    if holds != base.holds:
        return FactEffect(fact, "flips", f"{yn[base.holds]} → {yn[holds]}")
    if base.truncated and truncated:
        return FactEffect(
            fact,
            "unknown",
            f"{count_text(base)} → {after}; only the first {len(base.answers)} of each are listed, "
            "so they cannot be compared",
        )
    if base.truncated or truncated:  # one side is cut and the other is not: they differ
        return FactEffect(fact, "changes", f"{count_text(base)} → {after}")
    before = answer_set(base)
    if answers != before:
        return FactEffect(fact, "changes", f"{'; '.join(before)} → {'; '.join(answers)}")
    return FactEffect(fact, "none")


def critical_facts(
    kb: KnowledgeBase,
    question: str,
    case: Case,
    *,
    readings: dict[str, str] | None = None,
    limits: Limits | None = None,
    reason_anyway: bool = False,
    baseline: AskResult | None = None,
    max_facts: int | None = CRITICAL_MAX_FACTS,
    max_seconds: float | None = CRITICAL_MAX_SECONDS,
    progress: Callable[[int, int], None] | None = None,
) -> CriticalFacts:
    """Remove each given fact alone (in the case's order): what does it do to the answer?

    The KB works the removals out itself (:meth:`KnowledgeBase.removals`: the facts asserted once,
    each retracted and restored in turn), :data:`CRITICAL_CHUNK` facts per call or more (at most
    :data:`CRITICAL_CALLS` calls).  A removal after
    which the question cannot be answered (a limit, or a case no longer dated within the resolution's
    validity) is reported with effect ``error`` instead of stopping the search.  The search tries at
    most ``max_facts`` facts and starts no call after ``max_seconds`` (``None``: no bound); when it
    stops early, ``stopped_early`` says why and ``effects`` holds the facts tried.
    ``progress(done, total)`` is called before each call and once at the end.
    """
    if max_facts is not None and (isinstance(max_facts, bool) or not isinstance(max_facts, int) or max_facts < 0):
        raise UserError(f"the number of facts to try must be a whole number 0 or more, not {max_facts!r}")
    if max_seconds is not None and (
        isinstance(max_seconds, bool) or not isinstance(max_seconds, (int, float)) or not max_seconds >= 0
    ):
        raise UserError(f"the time budget must be a number of seconds 0 or more, not {max_seconds!r}")
    started = time.monotonic()
    base = baseline or kb.ask(question, case, readings=readings, limits=limits, reason_anyway=reason_anyway)
    total = len(case.facts)
    effects: list[FactEffect] = []
    stopped: str | None = None
    i = 0
    while i < total:
        if max_facts is not None and i >= max_facts:
            stopped = f"stopped after {i:,} of {total:,} facts: at most {max_facts:,} are tried"
            break
        if max_seconds is not None and time.monotonic() - started >= max_seconds:
            stopped = f"stopped after {i:,} of {total:,} facts: the time budget of {max_seconds:g} s was spent"
            break
        if progress is not None:
            progress(i, total)
        chunk = max(CRITICAL_CHUNK, -(-total // CRITICAL_CALLS))
        stop = min(total, i + chunk, max_facts if max_facts is not None else total)
        removals = kb.removals(question, case, i, stop, readings=readings, limits=limits, reason_anyway=reason_anyway)
        for removal in removals:
            effects.append(_removal_effect_of(case.facts[int(removal["index"])], base, removal))
        i = stop
    if progress is not None:
        progress(len(effects), total)
    return CriticalFacts(base.question, base.holds, effects, total, stopped)


# -- readings side by side ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadingRun:
    """The answer under one combination of readings."""

    readings: dict[str, str]
    default: bool
    holds: bool
    answers: list[str]
    rules: list[str]

    @property
    def outcome(self) -> tuple[bool, tuple[str, ...]]:
        return self.holds, tuple(self.answers)

    def to_json(self) -> dict[str, Any]:
        return {
            "readings": self.readings,
            "default": self.default,
            "holds": self.holds,
            "answers": self.answers,
            "rules": self.rules,
        }


@dataclass
class ReadingComparison:
    """The answers to one question under every combination of readings."""

    question: str
    passages: list[dict[str, Any]]  # as in KnowledgeBase.norms()["ambiguous_passages"]
    runs: list[ReadingRun]

    @property
    def diverges(self) -> bool:
        return len({run.outcome for run in self.runs}) > 1

    def deciding_passages(self) -> list[str]:
        """The passages whose reading alone, the others fixed, changes the answer."""
        names = [p["passage"] for p in self.passages]
        by_combo = {tuple(run.readings[n] for n in names): run for run in self.runs}
        deciding = []
        for i, name in enumerate(names):
            for combo, run in by_combo.items():
                others = [c for c in by_combo if c[:i] == combo[:i] and c[i + 1 :] == combo[i + 1 :]]
                if any(by_combo[c].outcome != run.outcome for c in others):
                    deciding.append(name)
                    break
        return deciding

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "diverges": self.diverges,
            "deciding_passages": self.deciding_passages(),
            "passages": [
                {
                    "passage": p["passage"],
                    "paragraph": p["paragraph"],
                    "readings": [r["reading"] for r in p["readings"]],
                }
                for p in self.passages
            ],
            "runs": [run.to_json() for run in self.runs],
        }


def question_predicate(question: str) -> str:
    """``name/arity`` of a question, as the KB's norms name predicates (the KB checks the question itself)."""
    name, _, rest = question.strip().partition("(")
    if not rest:
        return f"{name.strip()}/0"
    depth, arity, quote = 0, 1, ""
    for char in rest:
        if quote:
            quote = "" if char == quote else quote  # a doubled quote closes and reopens: same count
        elif char in "'\"":
            quote = char
        else:
            depth += char in "([{"
            depth -= char in ")]}"
            arity += char == "," and depth == 0
    return f"{name.strip()}/{arity}"


def compare_readings(
    kb: KnowledgeBase, question: str, case: Case, *, limits: Limits | None = None, reason_anyway: bool = False
) -> ReadingComparison:
    """Ask ``question`` under every combination of readings of the ambiguous passages that can change
    its answer (the KB's `affects` of each passage; the declared order of passages and readings; the
    default combination first)."""
    predicate = question_predicate(question)
    passages = [p for p in kb.norms()["ambiguous_passages"] if predicate in p.get("affects", [predicate])]
    names = [p["passage"] for p in passages]
    choices = [[r["reading"] for r in p["readings"]] for p in passages]
    defaults = tuple(
        next((r["reading"] for r in p["readings"] if r.get("status") == "default"), p["readings"][0]["reading"])
        for p in passages
    )
    total = 1
    for c in choices:
        total *= len(c)
    if total > MAX_READING_COMBINATIONS:
        raise UserError(f"{total} combinations of readings; at most {MAX_READING_COMBINATIONS} are compared")
    combos = sorted(
        itertools.product(*choices),
        key=lambda combo: (combo != defaults, [choices[i].index(r) for i, r in enumerate(combo)]),
    )
    runs = []
    for combo in combos:
        readings = dict(zip(names, combo))
        result = kb.ask(question, case, readings=readings, limits=limits, reason_anyway=reason_anyway)
        if result.truncated:
            changed = [f"{n} = {r}" for n, r, d in zip(names, combo, defaults) if r != d]
            chosen = f"the readings {', '.join(changed)}" if changed else "the default readings"
            raise UserError(
                f"under {chosen} the question has {count_text(result)}, of which only "
                f"the first {len(result.answers)} are listed: the answers cannot be compared; bind "
                "a variable of the question to ask about fewer answers"
            )
        runs.append(
            ReadingRun(readings, combo == defaults, result.holds, answer_set(result), sorted(result.rules_used()))
        )
    return ReadingComparison(question, passages, runs)


# -- text -------------------------------------------------------------------------------------------


def _answer_label(holds: bool, answers: list[str]) -> str:
    if not holds:
        return tr("no")
    shown = [a for a in answers if a != "yes"]
    return tr("yes") + (f": {'; '.join(shown)}" if shown else "")


def _headline(result: AskResult) -> str:
    if result.truncated:
        return f"{tr('yes')} ({result.answer_count_text()})"
    return _answer_label(result.holds, answer_set(result))


def render_what_if(w: WhatIf, quotes: bool = False, goals: bool = False) -> str:
    """Before, after and the difference between the two proofs, as text."""
    from ..render.text import render_text

    out = [f"{tr('Question:')} {w.question}", tr("Change:")]
    out.extend(f"  - {fact}" for fact in w.removed)
    out.extend(f"  + {fact}" for fact in w.added)
    if not (w.added or w.removed):
        out.append(f"  ({tr('none')})")
    out += [f"{tr('Before:')} {_headline(w.before)}", f"{tr('After:')}  {_headline(w.after)}", "", tr("Difference:")]
    out.extend(f"  {line}" for line in w.diff.lines())
    for title, result in (("Before", w.before), ("After", w.after)):
        out += ["", f"── {tr(title)} " + "─" * 60, render_text(result, quotes=quotes, goals=goals).rstrip("\n")]
    return "\n".join(out) + "\n"


def render_critical(c: CriticalFacts) -> str:
    """The critical facts (and the facts that change the answers without flipping them), as text."""
    yn = tr("yes" if c.holds else "no")
    flip = tr("yes → no" if c.holds else "no → yes")
    out = [
        tr(
            "Critical facts of {question} (answer: {answer}) — given facts whose removal alone flips it ({flip}):"
        ).format(question=c.question, answer=yn, flip=flip)
    ]
    out.extend(f"  - {f.text}" + (f"  ({f.where})" if f.where else "") for f in c.critical)
    if not c.critical:
        out.append(tr("  (none: no single fact's removal flips the answer)"))
    if c.changing:
        out.append(tr("Facts whose removal alone changes the answers but not yes/no:"))
        out.extend(f"  - {e.fact.text}  ({e.detail})" for e in c.changing)
    errors = [e for e in c.effects if e.effect == "error"]
    if errors:
        out.append(tr("Facts whose removal leaves the question unanswered:"))
        out.extend(f"  - {e.fact.text}  ({message(e.detail)})" for e in errors)
    if c.unknown:
        out.append(
            tr(
                "Facts whose removal keeps yes/no, where a change of the answers cannot be told "
                "(too many answers to compare):"
            )
        )
        out.extend(f"  - {e.fact.text}  ({e.detail})" for e in c.unknown)
    rest = sum(1 for e in c.effects if e.effect == "none")
    out.append(
        tr(
            "Removing any of the other {n} fact alone changes nothing."
            if rest == 1
            else "Removing any of the other {n} facts alone changes nothing."
        ).format(n=rest)
    )
    if c.stopped_early:
        out.append(
            tr("Not all facts were tried: {why}; the other facts were not tried.").format(why=message(c.stopped_early))
        )
    return "\n".join(out) + "\n"


def render_comparison(c: ReadingComparison) -> str:
    """The answers under every combination of readings, as a table, and which passages decide."""
    names = [p["passage"] for p in c.passages]
    paragraphs = {p["passage"]: p["paragraph"] for p in c.passages}
    header = ["#", *names, tr("answer")]
    rows = [
        [
            str(i),
            *(run.readings[n] for n in names),
            _answer_label(run.holds, run.answers) + (tr("  (default readings)") if run.default else ""),
        ]
        for i, run in enumerate(c.runs, start=1)
    ]
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header) - 1)]

    def line(cells: list[str]) -> str:
        return " | ".join([*(cell.ljust(w) for cell, w in zip(cells, widths)), cells[-1]]).rstrip()

    out = [
        f"{tr('Question:')} {c.question}",
        tr("Ambiguous passages:") + " " + ", ".join(f"{n} ({tr('¶')}{paragraphs[n]})" for n in names),
        "",
        line(header),
        "-+-".join(["-" * w for w in widths] + ["-" * 6]),
    ]
    out.extend(line(r) for r in rows)
    out.append("")
    if not c.diverges:
        out.append(tr("The answers agree under all {n} combinations of readings.").format(n=len(c.runs)))
        return "\n".join(out) + "\n"
    counts: dict[str, int] = {}
    for run in c.runs:
        label = _answer_label(run.holds, run.answers)
        counts[label] = counts.get(label, 0) + 1
    out.append(
        tr("The answers diverge:")
        + " "
        + "; ".join(
            tr("{label} under {n} combination" if n == 1 else "{label} under {n} combinations").format(label=label, n=n)
            for label, n in counts.items()
        )
        + "."
    )
    deciding = c.deciding_passages()
    for name in deciding:
        by_reading: dict[str, list[str]] = {}
        for run in c.runs:
            labels = by_reading.setdefault(run.readings[name], [])
            label = _answer_label(run.holds, run.answers)
            if label not in labels:
                labels.append(label)
        out.append(
            tr("Deciding passage {name} ({paragraph}):").format(name=name, paragraph=f"{tr('¶')}{paragraphs[name]}")
            + " "
            + "; ".join(f"{reading} → {tr(' or ').join(labels)}" for reading, labels in by_reading.items())
        )
    idle = [n for n in names if n not in deciding]
    if idle:
        out.append(tr("No difference made by:") + " " + ", ".join(idle) + ".")
    return "\n".join(out) + "\n"
