"""One explanation model for every renderer: what an answer says, built once, laid out many ways.

:func:`explanation` turns an :class:`~pyswip_bridge.results.AskResult` into an
:class:`Explanation`: the verdict line and the decisive facts first, then one
:class:`AnswerView` per distinct binding (its proofs behind it), the why-not of a "no", the
repairs, the assumptions, validity and readings.  Each step of a proof is a :class:`Step` whose
``how`` already says how it holds ("by p1_route_petition (¶1; CPC art. 484 part 1)", "given",
"not stated in the case, taken as not so"), so that the renderers (text, Markdown, HTML, DOT,
``step``, ``quiz``, the REPL) only lay it out and never decide anything on a node's status.

Folding (``detail="folded"``, the default): list-membership and comparison steps -- "convicted is one
of: convicted, acquitted" -- are not steps of their own but a remark on the sentence they serve (the
step before them, or their rule's conclusion): "Қайрат takes part in the case as convicted (one of:
convicted, acquitted)".  ``detail="full"`` keeps every step.

Everything here is display text: strings pass through :func:`~pyswip_bridge.render.display.for_display`
first, so control characters in names are shown escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..i18n import language, tr
from ..results import AskResult, FailedCondition, Failure, ProofNode, Repair, Source, Verdict
from .display import for_display

Detail = Literal["folded", "full"]
DETAILS: tuple[str, ...] = ("folded", "full")

#: How a step holds, by the KB's node status: the words every renderer shows after the sentence.
_GIVEN = "given"
_ABSENT = "not stated in the case, taken as not so"
_DERIVED_ABSENT = "does not follow from the facts, taken as not so"
_CHECK = "checked"
_READING = "reading of an ambiguous passage"

#: What became of the failed condition of a rule that did not apply.
FAILED_HOW: dict[str, str] = {
    "missing_fact": "not stated in the case",
    "blocked": "must not be so, but is:",
    "condition_false": "false",
    "unproved": "not established:",
}

_BADGES = {"given": "given", "assumed_absent": "taken as not so", "builtin": "checked"}

_ONE_OF = re.compile(r"^(?P<value>.+?) (?:is one of:|— одно из:) (?P<values>.+)$")


@dataclass(frozen=True)
class Step:
    """One step of a proof, ready to lay out."""

    sentence: str
    goal: str
    #: The KB's status of the step (``proved``, ``given``, ``assumed_absent``, ``builtin``), for styling.
    kind: str
    #: How it holds, in words: "by RULE (citation)", "given", "not stated in the case, taken as not so".
    how: str
    rule: str | None = None
    source: Source | None = None
    #: A remark on a given fact (the law it depends on is not encoded).
    note: str | None = None
    #: What a step taken as not so assumes, in words.
    assumption: str | None = None
    #: The reading of an ambiguous passage this step is, ``{passage, reading, meaning}``.
    reading: dict[str, str] | None = None
    children: tuple[Step, ...] = ()
    #: Checks folded into this sentence (list membership, comparisons of dates).
    folded: tuple[str, ...] = ()
    #: Why no rule establishes a derived condition taken as not so.
    why_not: tuple[FailureView, ...] = ()

    @property
    def badge(self) -> str:
        """How it holds in a word or two (a badge in HTML, the second line of a box in the picture)."""
        if self.rule and self.source is not None:
            return "proved"
        if self.reading:
            return "reading"
        return _BADGES.get(self.kind, "checked")

    @property
    def said(self) -> str:
        """The sentence with the checks folded into it."""
        return self.sentence + (f" ({'; '.join(self.folded)})" if self.folded else "")

    @property
    def holding(self) -> str:
        """The step as a condition that holds, for the "holds:" lines of a why-not: a step taken as not so
        says that it is not so ("the facts do not show that pt1 is a repeated petition"), never only what
        is absent, which alone reads as if it were so."""
        if self.kind == "assumed_absent" and self.assumption and self.sentence != self.goal:
            return self.assumption + (f" ({'; '.join(self.folded)})" if self.folded else "")
        return self.said

    @property
    def citation(self) -> str | None:
        return self.source.citation() if self.source is not None else None

    def walk(self) -> list[Step]:
        """This step and every step below it, depth first."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True)
class FailedView:
    """The first condition of a rule that did not hold, and why."""

    sentence: str
    goal: str
    kind: str
    how: str
    proof: Step | None = None
    why_not: tuple[FailureView, ...] = ()


@dataclass(frozen=True)
class FailureView:
    """Why one rule that could have concluded a goal did not."""

    rule: str
    source: Source | None
    conclusion: str
    goal: str
    satisfied: tuple[Step, ...]
    failed: FailedView

    @property
    def citation(self) -> str:
        return self.source.citation() if self.source is not None else ""


@dataclass(frozen=True)
class AnswerView:
    """One answer: a distinct binding, its verdict, its first proof and the others."""

    number: int
    bindings: dict[str, str]
    verdict: Verdict | None
    proof: Step
    other_proofs: tuple[Step, ...] = ()
    #: Proofs of this answer found but not laid out (without ``all_proofs``).
    hidden_proofs: int = 0

    @property
    def hidden_text(self) -> str | None:
        """ "(1 other proof of this answer; --all-proofs shows it)", or None."""
        n = self.hidden_proofs
        if not n:
            return None
        if language() == "ru":
            return f"(других доказательств этого ответа: {n}; их показывает --all-proofs)"
        return (
            f"({n} other proof{'s' if n != 1 else ''} of this answer; --all-proofs shows {'them' if n != 1 else 'it'})"
        )

    @property
    def heading(self) -> str:
        bound = ", ".join(f"{k} = {v}" for k, v in self.bindings.items())
        return tr("Answer") + f" {self.number}" + (f": {bound}" if bound else "")


@dataclass(frozen=True)
class ChangeView:
    sign: str  # + or -
    sentence: str
    fact: str


@dataclass(frozen=True)
class RepairView:
    """A smallest change of the case after which the question holds."""

    number: int
    changes: tuple[ChangeView, ...]
    rule: str | None
    source: Source | None

    @property
    def heading(self) -> str:
        n = len(self.changes)
        cite = f" ({self.source.citation()})" if self.source is not None else ""
        if language() == "ru":
            return f"изменений: {n}, тогда применяется {self.rule}{cite}"
        return f"{n} change{'s' if n != 1 else ''}, then {self.rule}{cite} applies"


@dataclass(frozen=True)
class Explanation:
    """An answer laid out for reading: verdict first, then the reasons."""

    question: str
    holds: bool
    #: "Answer: yes (2 answers)" / "Answer: no".
    headline: str
    verdict: Verdict | None
    warnings: tuple[str, ...]
    answers: tuple[AnswerView, ...]
    why_not: tuple[FailureView, ...]
    repairs: tuple[RepairView, ...]
    assumptions: tuple[str, ...]
    validity: str | None
    validity_warning: bool
    readings: tuple[tuple[str, str], ...]
    open_world: tuple[str, tuple[tuple[str, str], ...]] | None = None
    detail: str = "folded"
    goals: bool = False
    result: AskResult | None = field(default=None, repr=False, compare=False)


def explanation(
    result: AskResult, *, detail: str = "folded", goals: bool = False, why_absent: bool = False, all_proofs: bool = True
) -> Explanation:
    """The :class:`Explanation` of ``result`` (already passed through ``for_display`` or not).

    ``detail`` is ``folded`` (checks folded into the sentences they serve) or ``full``; ``goals`` shows
    Prolog goals instead of sentences; ``why_absent`` explains each derived step taken as not so;
    without ``all_proofs`` each answer shows its first proof and counts the others.
    """
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}, not {detail!r}")
    result = for_display(result)
    build = _Builder(detail == "folded", goals, why_absent)
    answers = tuple(
        AnswerView(
            i,
            a.bindings,
            a.verdict,
            build.step(a.proof),
            tuple(build.step(p) for p in a.other_proofs) if all_proofs else (),
            0 if all_proofs else len(a.other_proofs),
        )
        for i, a in enumerate(result.answers, start=1)
    )
    repairs = tuple(
        RepairView(
            i,
            tuple(ChangeView("+" if c.op == "add" else "-", c.fact if goals else c.text, c.fact) for c in r.changes),
            r.rule,
            r.source,
        )
        for i, r in enumerate(result.repairs, start=1)
    )
    validity, warning = None, False
    if result.validity is not None:
        if result.validity.in_force:
            validity = result.validity.in_force_text()
        else:
            validity, warning = f"{tr('WARNING:')} {result.validity.warning}.", True
    world = None
    if result.open_world is not None:
        world = (result.open_world.value, tuple((f["question"], f["fact"]) for f in result.open_world.unknown_facts))
    return Explanation(
        question=result.question,
        holds=result.holds,
        headline=headline(result),
        verdict=result.verdict,
        warnings=result.warnings,
        answers=answers,
        why_not=tuple(build.failure(f) for f in result.why_not),
        repairs=repairs,
        assumptions=tuple(a.text for a in result.assumptions),
        validity=validity,
        validity_warning=warning,
        readings=tuple((r["passage"], r["reading"]) for r in result.readings),
        open_world=world,
        detail=detail,
        goals=goals,
        result=result,
    )


def headline(result: AskResult) -> str:
    """The answer's first line: "Answer: yes (1 answer) — v1 may be reviewed …", "Answer: no — it does
    not follow that …, because …", "Answer: no, on the facts given — it would be yes if …"."""
    base = f"{tr('Answer: yes')} ({result.answer_count_text()})" if result.holds else tr("Answer: no")
    line = result.verdict.line if result.verdict is not None else ""
    head, sep, rest = line.partition(" — ")
    if not sep:
        return base
    if not result.holds and "," in head:  # "No, on the facts given" / "Нет, по приведённым фактам"
        return f"{tr('Answer: no')}{head[head.index(',') :]} — {rest}"
    if result.holds and len(result.answers) > 1:
        rest = rest.rsplit(" (", 1)[0].rstrip(".") + "."  # the count is in the base already
    return f"{base} — {rest}"


class _Builder:
    def __init__(self, fold: bool, goals: bool, why_absent: bool) -> None:
        self.fold = fold
        self.goals = goals
        self.why_absent = why_absent

    def said(self, goal: str, text: str | None) -> str:
        return goal if self.goals or not text else text

    def how(self, node: ProofNode) -> str:
        if node.status == "proved" and node.source is not None:
            return f"{tr('by')} {node.rule} ({node.source.citation()})"
        if node.status == "given":
            return tr(_GIVEN) + (f"; {node.note}" if node.note else "")
        if node.status == "assumed_absent":
            return tr(_DERIVED_ABSENT) if node.absent_kind == "derived" else tr(_ABSENT)
        if node.reading:
            return tr(_READING)
        return tr(_CHECK)

    def sentence(self, node: ProofNode) -> str:
        """A step in words; a step taken as not so says what is not so ("the appeal a1 was withdrawn"),
        its ``how`` says that it is taken as not so."""
        if node.status == "assumed_absent" and node.absent and not self.goals:
            return node.absent
        return self.said(node.goal, node.text)

    def step(self, node: ProofNode) -> Step:
        children: list[Step] = []
        own_folds: list[str] = []
        own = self.said(node.goal, node.text)
        for child in node.children:
            if self.fold and _is_check(child):
                text = self.said(child.goal, child.text)
                if children and _serves(text, children[-1], own):
                    prev = children[-1]
                    children[-1] = _with_fold(prev, _fold_text(text, prev.sentence))
                else:
                    own_folds.append(_fold_text(text, own))
                continue
            children.append(self.step(child))
        return Step(
            sentence=self.sentence(node),
            goal=node.goal,
            kind=node.status,
            how=self.how(node),
            rule=node.rule,
            source=node.source,
            note=node.note,
            assumption=node.assumption,
            reading=node.reading,
            children=tuple(children),
            folded=tuple(own_folds),
            why_not=tuple(self.failure(f) for f in node.why_not) if self.why_absent else (),
        )

    def failed_sentence(self, failed: FailedCondition) -> str:
        """A failed condition in words; for a blocked ``\\+ G``, G itself (what must not be so, but is)."""
        if failed.kind == "blocked" and failed.proof is not None:
            return self.said(failed.proof.goal, failed.proof.text)
        return self.said(failed.goal, failed.text)

    def failure(self, failure: Failure) -> FailureView:
        failed = failure.failed
        satisfied = [self.step(n) for n in failure.satisfied if not (self.fold and _is_check(n))]
        return FailureView(
            rule=failure.rule,
            source=failure.source,
            conclusion=self.said(failure.conclusion, failure.text),
            goal=failure.conclusion,
            satisfied=tuple(satisfied),
            failed=self.failed_view(failed),
        )

    def failed_view(self, failed: FailedCondition) -> FailedView:
        proof = self.step(failed.proof) if failed.proof is not None else None
        how = tr(FAILED_HOW.get(failed.kind, "not established:"))
        if failed.kind == "blocked" and proof is not None and not proof.children:
            how, proof = f"{tr('must not be so, but is')} {proof.how}", None  # a given fact: one line says it
        return FailedView(
            self.failed_sentence(failed),
            failed.goal,
            failed.kind,
            how,
            proof,
            tuple(self.failure(s) for s in failed.why_not),
        )


def _is_check(node: ProofNode) -> bool:
    """A list-membership or comparison step: a builtin that is not the reading of a passage."""
    return node.status == "builtin" and not node.reading


def _serves(check: str, previous: Step, own: str) -> bool:
    """Whether a check belongs with the step before it rather than with the conclusion: not after a
    step taken as not so (no value of it is checked), and, for "X is one of: …", where the previous
    step names X or the conclusion does not ("v1 was rendered in a case with jurors (innocent
    convicted is one of …)" read as if the list were about the jurors)."""
    if previous.kind == "assumed_absent":
        return False
    match = _ONE_OF.match(check)
    if match is None:
        return True
    value = match.group("value")
    return value in previous.sentence or value not in own


def _fold_text(check: str, host: str) -> str:
    """The words of a check as a remark on ``host``: "one of: …" when ``host`` already names the value."""
    match = _ONE_OF.match(check)
    if match and match.group("value") in host:
        return f"{tr('one of:')} {match.group('values')}"
    return check


def _with_fold(step: Step, remark: str) -> Step:
    from dataclasses import replace

    return replace(step, folded=(*step.folded, remark))


def explain_proof(node: ProofNode, *, detail: str = "folded", goals: bool = False) -> Step:
    """One proof of the KB as an explained :class:`Step` (folded unless ``detail="full"``)."""
    return _Builder(detail == "folded", goals, False).step(node)


def quote_lines(source: Source, indent: str = "") -> list[str]:
    """The words a rule rests on, for ``--quotes``: the resolution's text; in a Russian answer marked as
    the unofficial English translation it is, followed by the verbatim Russian text of each article
    the reference holds."""
    lines = [f"{indent}“{source.text}”" + (f" ({source.text_note})" if source.text_note else "")]
    lines.extend(f"{indent}{a.label}: «{a.verbatim}»" for a in source.articles_ru if a.verbatim)
    return lines


def decisive_lines(verdict: Verdict | None, holds: bool) -> list[str]:
    """The decisive facts as lines ``fact — how (place)``, for the text-like renderers."""
    if verdict is None or not verdict.decisive:
        return []
    return [f"{d.sentence()}  — {d.how(holds)}" for d in verdict.decisive]


def decisive_heading(verdict: Verdict | None, holds: bool) -> str:
    """The heading over the decisive facts."""
    if holds:
        return tr("It rests on (each would change the answer):")
    if verdict is not None and verdict.on_facts_given:
        return tr("It would be yes if the case stated:")
    return tr("It turns on:")


def repair_views(repairs: list[Repair], goals: bool = False) -> tuple[RepairView, ...]:
    """Repairs laid out (for a result whose repairs were asked separately)."""
    return tuple(
        RepairView(
            i,
            tuple(ChangeView("+" if c.op == "add" else "-", c.fact if goals else c.text, c.fact) for c in r.changes),
            r.rule,
            r.source,
        )
        for i, r in enumerate(repairs, start=1)
    )
