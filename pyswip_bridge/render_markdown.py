"""Markdown rendering of answers: the proofs as nested lists with citations, why-not, assumptions,
validity and readings.

The output is plain CommonMark (GitHub renders it as is): each step is its sentence (with ``goals``,
its Prolog goal as a code span), rule ids are bold,
citations are written as in the text rendering (``¶3; CPC art. 486 part 1``) and the resolution's
words, with ``quotes``, are block quotes under the rule that encodes them.
"""

from __future__ import annotations

import re

from .render import for_display
from .results import AskResult, Failure, ProofNode

INDENT = "  "
_SPECIAL = re.compile(r"([\\`*\[\]<>|]|(?<!\w)_|_(?!\w))")


def code(text: str) -> str:
    """``text`` as a Markdown code span, whatever backticks it contains."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def escape(text: str) -> str:
    """Plain text with Markdown's special characters escaped (for quotes and messages)."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), " ".join(text.split()))


def _said(goal: str, text: str | None, goals: bool) -> str:
    """A step as its sentence (escaped), or as its Prolog goal (a code span) with ``goals`` or no sentence."""
    return code(goal) if goals or not text else escape(text)


def node_line(node: ProofNode, goals: bool = False) -> str:
    """The list item text describing one proof node: a sentence (or goal) and how it holds."""
    said = _said(node.goal, node.text, goals)
    if node.status == "proved" and node.source is not None:
        return f"{said} — by **{escape(node.rule or '')}** ({escape(node.source.citation())})"
    if node.status == "given":
        note = f"; {escape(node.note)}" if node.note else ""
        return f"{said} — given{note}"
    if node.status == "assumed_absent":
        return f"{said} — *taken as not so*"
    if node.reading:
        meaning = f": {escape(node.reading['meaning'])}" if node.reading.get("meaning") else ""
        return f"{said} — reading of an ambiguous passage{meaning}"
    return said


def render_tree(node: ProofNode, depth: int = 0, quotes: bool = False, why_absent: bool = False,
                goals: bool = False) -> list[str]:
    """A proof tree as a nested Markdown list."""
    pad = INDENT * depth
    lines = [f"{pad}- {node_line(node, goals)}"]
    if quotes and node.status == "proved" and node.source is not None:
        lines.append(f"{pad}{INDENT}> “{escape(node.source.text)}”")
    if why_absent and node.why_not:
        lines.append(f"{pad}{INDENT}- why no rule establishes it:")
        for failure in node.why_not:
            lines.extend(render_failure(failure, depth + 2, quotes, goals))
    for child in node.children:
        lines.extend(render_tree(child, depth + 1, quotes, why_absent, goals))
    return lines


def render_failure(failure: Failure, depth: int = 0, quotes: bool = False, goals: bool = False) -> list[str]:
    """Why one rule did not conclude its goal, as a nested Markdown list."""
    pad = INDENT * depth
    cite = f" ({escape(failure.source.citation())})" if failure.source else ""
    lines = [f"{pad}- ✗ **{escape(failure.rule)}**{cite} would conclude that "
             f"{_said(failure.conclusion, failure.text, goals)}"]
    inner = pad + INDENT
    if quotes and failure.source:
        lines.append(f"{inner}> “{escape(failure.source.text)}”")
    for node in failure.satisfied:
        lines.append(f"{inner}- holds: {_said(node.goal, node.text, goals)}")
    failed = failure.failed
    said = _said(failed.goal, failed.text, goals)
    if failed.kind == "missing_fact":
        lines.append(f"{inner}- **fails**: {said} — no such fact was given")
    elif failed.kind == "blocked":
        lines.append(f"{inner}- **fails**: {said} — because this holds:")
        if failed.proof is not None:
            lines.extend(render_tree(failed.proof, depth + 2, quotes, goals=goals))
    elif failed.kind == "condition_false":
        lines.append(f"{inner}- **fails**: {said} — false")
    else:
        lines.append(f"{inner}- **fails**: {said} — not established:")
        for sub in failed.why_not:
            lines.extend(render_failure(sub, depth + 2, quotes, goals))
    return lines


def render_markdown(result: AskResult, quotes: bool = False, why_absent: bool = False, goals: bool = False) -> str:
    """The whole answer as a Markdown document (steps as sentences, or with ``goals`` as Prolog goals)."""
    result = for_display(result)
    out = [f"# Question: {code(result.question)}", ""]
    for warning in result.warnings:
        out += [f"warning: {escape(warning)}", ""]
    if result.holds:
        out.append(f"**Answer: yes** ({result.answer_count_text()})")
        for i, answer in enumerate(result.answers, start=1):
            out.append("")
            bindings = ", ".join(f"{code(k + ' = ' + v)}" for k, v in answer.bindings.items())
            out.append(f"## Answer {i}" + (f": {bindings}" if bindings else ""))
            out.append("")
            out.extend(render_tree(answer.proof, 0, quotes, why_absent, goals))
            for other in answer.other_proofs:
                out += ["", "Also, by another proof:", ""]
                out.extend(render_tree(other, 0, quotes, why_absent, goals))
        if result.assumptions:
            out += ["", "## Assumptions", "", "Absent facts taken as not so:", ""]
            out.extend(f"- {escape(a.text)}" for a in result.assumptions)
    else:
        out += ["**Answer: no**", "", "## Why not", ""]
        if result.why_not:
            out.append("Each rule that could conclude it, and the first condition that failed:")
            out.append("")
            for failure in result.why_not:
                out.extend(render_failure(failure, 0, quotes, goals))
        else:
            out.append("No rule of the KB concludes a goal of this form.")
    validity = result.validity
    if validity is not None:
        out += ["", "## Validity", ""]
        if validity.in_force:
            out.append(validity.in_force_text())
        else:
            out.append(f"**Warning**: {escape(validity.warning or 'validity in time not established')}.")
    if result.readings:
        out += ["", "## Readings in force", "", "| passage | reading |", "|---|---|"]
        out.extend(f"| {code(r['passage'])} | {code(r['reading'])} |" for r in result.readings)
    return "\n".join(out) + "\n"
