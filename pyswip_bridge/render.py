"""Plain-text rendering of answers: proof trees with citations, and why-not."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from .results import AskResult, Failure, ProofNode

BRANCH, LAST, PIPE, SPACE = "├─ ", "└─ ", "│  ", "   "

T = TypeVar("T")

#: Characters that must never reach a terminal or a page as they are: C0 and C1 controls (ESC
#: sequences clear the screen or set the title; a line break forges lines such as "Answer: no"),
#: DEL, the Unicode line and paragraph separators, and the bidirectional overrides and isolates.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SHORT = {"\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r"}


def visible(text: str) -> str:
    """``text`` with every :data:`UNSAFE` character written as an escape, as the KB writes names in
    goals and bindings (``\\n``, ``\\u001B``, ``\\u202E``).  Idempotent; other text is unchanged."""
    return UNSAFE.sub(lambda m: _SHORT.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


def for_display(value: T) -> T:
    """``value`` with every string in it passed through :func:`visible`: the one place where an
    answer's texts (names in sentences, goals, bindings, notes, case facts) become display strings.

    Walks dataclasses (their ``init`` fields, except an answer's ``raw`` JSON), lists, tuples and
    dicts; what holds nothing to escape is returned as it is, not copied.
    """
    return _displayed(value)  # type: ignore[no-any-return]


def _displayed(value: Any) -> Any:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, (list, tuple)) and type(value) in (list, tuple):
        items = [_displayed(item) for item in value]
        return value if all(a is b for a, b in zip(items, value)) else type(value)(items)
    if isinstance(value, dict):
        pairs = [(_displayed(k), _displayed(v)) for k, v in value.items()]
        return value if all(a is k and b is v for (a, b), (k, v) in zip(pairs, value.items())) else dict(pairs)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _displayed_dataclass(value)
    return value


def _displayed_dataclass(value: Any) -> Any:
    changes = {}
    for f in dataclasses.fields(value):
        if f.init and f.name != "raw":
            old = getattr(value, f.name)
            new = _displayed(old)
            if new is not old:
                changes[f.name] = new
    return dataclasses.replace(value, **changes) if changes else value


def node_label(node: ProofNode, quotes: bool = False, goals: bool = False) -> list[str]:
    """The line(s) describing one proof node: a sentence (or, with ``goals``, the Prolog goal) and its citation."""
    said = node.goal if goals or not node.text else node.text
    if node.status == "proved" and node.source is not None:
        lines = [f"{said}  — by {node.rule} ({node.source.citation()})"]
        if quotes:
            lines.append(f"    “{node.source.text}”")
        return lines
    if node.status == "given":
        note = f"; {node.note}" if node.note else ""
        return [f"{said}  — given{note}"]
    if node.status == "assumed_absent":
        return [f"{said}  — taken as not so"]
    if node.reading:
        return [f"{said}  — reading of an ambiguous passage"]
    return [f"{said}"]


def render_tree(node: ProofNode, quotes: bool = False, why_absent: bool = False,
                goals: bool = False) -> list[str]:
    """A proof tree as indented lines; with ``why_absent``, why each assumed-absent conclusion fails."""
    lines = node_label(node, quotes, goals)
    _render_children(node, "", lines, quotes, why_absent, goals)
    return lines


def _render_children(node: ProofNode, prefix: str, lines: list[str], quotes: bool, why_absent: bool,
                     goals: bool) -> None:
    for i, child in enumerate(node.children):
        last = i == len(node.children) - 1
        label = node_label(child, quotes, goals)
        lines.append(prefix + (LAST if last else BRANCH) + label[0])
        cont = prefix + (SPACE if last else PIPE)
        lines.extend(cont + extra for extra in label[1:])
        if why_absent:
            for failure in child.why_not:
                lines.extend(render_failure(failure, cont + "   ", quotes, goals))
        _render_children(child, cont, lines, quotes, why_absent, goals)


def render_failure(failure: Failure, prefix: str = "", quotes: bool = False, goals: bool = False) -> list[str]:
    """Why one rule did not conclude the question, as indented lines."""
    cite = failure.source.citation() if failure.source else ""
    conclusion = failure.conclusion if goals or not failure.text else failure.text
    lines = [f"{prefix}✗ {failure.rule} ({cite}) would conclude that {conclusion}"]
    if quotes and failure.source:
        lines.append(f"{prefix}    “{failure.source.text}”")
    for node in failure.satisfied:
        lines.append(f"{prefix}    holds: {node.goal if goals or not node.text else node.text}")
    failed = failure.failed
    said = failed.goal if goals or not failed.text else failed.text
    if failed.kind == "missing_fact":
        lines.append(f"{prefix}    fails: {said}  — no such fact was given")
    elif failed.kind == "blocked":
        lines.append(f"{prefix}    fails: {said}  — because this holds:")
        if failed.proof is not None:
            lines.extend(f"{prefix}      " + line for line in render_tree(failed.proof, quotes, goals=goals))
    elif failed.kind == "condition_false":
        lines.append(f"{prefix}    fails: {said}  — false")
    else:
        lines.append(f"{prefix}    fails: {said}  — not established:")
        for sub in failed.why_not:
            lines.extend(render_failure(sub, prefix + "      ", quotes, goals))
    return lines


def warning_lines(result: AskResult) -> list[str]:
    """The answer's warnings (:attr:`AskResult.warnings`), one ``warning: ...`` line each."""
    return [f"warning: {visible(w)}" for w in result.warnings]


def render_text(result: AskResult, quotes: bool = False, why_absent: bool = False, goals: bool = False) -> str:
    """The whole answer as text: the proofs of a yes, or the why-not of a no."""
    result = for_display(result)
    out = [f"Question: {result.question}"]
    out.extend(warning_lines(result))
    if result.holds:
        out.append(f"Answer: yes ({result.answer_count_text()})")
        for i, answer in enumerate(result.answers, start=1):
            out.append("")
            bindings = ", ".join(f"{k} = {v}" for k, v in answer.bindings.items())
            out.append(f"Answer {i}" + (f": {bindings}" if bindings else ""))
            out.extend(render_tree(answer.proof, quotes, why_absent, goals))
            for other in answer.other_proofs:
                out.append("Also, by another proof:")
                out.extend(render_tree(other, quotes, why_absent, goals))
        if result.assumptions:
            out.append("")
            out.append("Assumptions (absent facts taken as not so):")
            out.extend(f"  - {a.text}" for a in result.assumptions)
    else:
        out.append("Answer: no")
        out.append("")
        if result.why_not:
            out.append("Why not — each rule that could conclude it, and the first condition that failed:")
            for failure in result.why_not:
                out.extend(render_failure(failure, "  ", quotes, goals))
        else:
            out.append("Why not — no rule of the KB concludes a goal of this form.")
    if result.open_world is not None:
        out.append("")
        world = result.open_world
        out.append(f"Open world: {world.value}"
                   + (" — facts neither given nor denied decide it:" if world.value == "unknown" else ""))
        for fact in world.unknown_facts:
            out.append(f"  ? {fact['question']}   [{fact['fact']}]")
    validity = result.validity
    if validity is not None:
        out.append("")
        if validity.in_force:
            out.append(validity.in_force_text())
        else:
            out.append(f"WARNING: {validity.warning}.")
    if result.readings:
        out.append("Readings in force: " + ", ".join(f"{r['passage']} = {r['reading']}" for r in result.readings))
    return "\n".join(out) + "\n"


def render_repairs(result: AskResult, goals: bool = False) -> str:
    """The smallest repairs of a question that does not hold, as text."""
    result = for_display(result)
    out = [f"Question: {result.question}"]
    out.extend(warning_lines(result))
    if result.holds:
        out.append("Answer: yes — nothing to repair.")
        return "\n".join(out) + "\n"
    out.append("Answer: no")
    if not result.repairs:
        out.append("No repair of the case was found within the bounds.")
        return "\n".join(out) + "\n"
    out.append("Smallest changes of the case that would make it hold:")
    for i, repair in enumerate(result.repairs, start=1):
        cite = f" ({repair.source.citation()})" if repair.source else ""
        out.append(f"{i}. {repair.size} change{'s' if repair.size != 1 else ''}, then {repair.rule}{cite} applies:")
        for change in repair.changes:
            said = change.fact if goals else change.text
            out.append(f"     {'+' if change.op == 'add' else '-'} {said}" + ("" if goals else f"   [{change.fact}]"))
    return "\n".join(out) + "\n"
