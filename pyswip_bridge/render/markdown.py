"""Markdown rendering of answers: the proofs as nested lists with citations, why-not, assumptions,
validity and readings.

The output is plain CommonMark (GitHub renders it as is): each step is its sentence (with ``goals``,
its Prolog goal as a code span), rule ids are bold,
citations are written as in the text rendering (``¶3; CPC art. 486 part 1``) and the resolution's
words, with ``quotes``, are block quotes under the rule that encodes them.
"""

from __future__ import annotations

import re

from ..i18n import tr
from ..results import AskResult
from .view import FailureView, Step, decisive_heading, decisive_lines, explanation, quote_lines

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


def step_line(step: Step) -> str:
    """The list item text of one step: its sentence (escaped; with ``goals``, the goal as a code span)
    and how it holds, the rule id in bold."""
    said = code(step.said) if step.sentence == step.goal else escape(step.said)
    if step.rule and step.source is not None:
        return f"{said} — {tr('by')} **{escape(step.rule)}** ({escape(step.source.citation())})"
    how = escape(step.how)
    if step.badge == "taken as not so":
        how = f"*{how}*"
    if step.reading and step.reading.get("meaning"):
        how += f": {escape(step.reading['meaning'])}"
    return f"{said} — {how}"


def render_tree(step: Step, depth: int = 0, quotes: bool = False) -> list[str]:
    """A proof as a nested Markdown list."""
    pad = INDENT * depth
    lines = [f"{pad}- {step_line(step)}"]
    if quotes and step.rule and step.source is not None:
        lines.extend(f"{pad}{INDENT}> {escape(line)}" for line in quote_lines(step.source))
    if step.why_not:
        lines.append(f"{pad}{INDENT}- {tr('why no rule establishes it:')}")
        for failure in step.why_not:
            lines.extend(render_failure(failure, depth + 2, quotes))
    for child in step.children:
        lines.extend(render_tree(child, depth + 1, quotes))
    return lines


def _said(text: str, goal: str) -> str:
    return code(text) if text == goal else escape(text)


def render_failure(failure: FailureView, depth: int = 0, quotes: bool = False) -> list[str]:
    """Why one rule did not conclude its goal, as a nested Markdown list."""
    pad = INDENT * depth
    cite = f" ({escape(failure.citation)})" if failure.source else ""
    would = tr("would conclude that")
    lines = [f"{pad}- ✗ **{escape(failure.rule)}**{cite} {would} {_said(failure.conclusion, failure.goal)}"]
    inner = pad + INDENT
    if quotes and failure.source:
        lines.extend(f"{inner}> {escape(line)}" for line in quote_lines(failure.source))
    for step in failure.satisfied:
        lines.append(f"{inner}- {tr('holds:')} {_said(step.holding, step.goal)}")
    failed = failure.failed
    lines.append(
        f"{inner}- **{tr('fails:').rstrip(':')}**: {_said(failed.sentence, failed.goal)} — {escape(failed.how)}"
    )
    if failed.proof is not None:
        lines.extend(render_tree(failed.proof, depth + 2, quotes))
    for sub in failed.why_not:
        lines.extend(render_failure(sub, depth + 2, quotes))
    return lines


def render_markdown(
    result: AskResult,
    quotes: bool = False,
    why_absent: bool = False,
    goals: bool = False,
    detail: str = "folded",
    all_proofs: bool = True,
) -> str:
    """The whole answer as a Markdown document: the verdict and the decisive facts first."""
    view = explanation(result, detail=detail, goals=goals, why_absent=why_absent, all_proofs=all_proofs)
    out = [f"# {tr('Question:')} {code(view.question)}", ""]
    for warning in view.warnings:
        out += [f"{tr('warning:')} {escape(warning)}", ""]
    verdict = tr("Answer: yes") if view.holds else tr("Answer: no")
    rest = view.headline[len(verdict) :]
    out.append(f"**{verdict}**" + (("" if rest.startswith(",") else " ") + escape(rest) if rest.strip() else ""))
    decisive = decisive_lines(view.verdict, view.holds)
    if decisive:
        out += ["", escape(decisive_heading(view.verdict, view.holds)), ""]
        out.extend(f"- {escape(line)}" for line in decisive)
    if view.holds:
        for answer in view.answers:
            bound = ", ".join(code(f"{k} = {v}") for k, v in answer.bindings.items())
            out += ["", f"## {tr('Answer')} {answer.number}" + (f": {bound}" if bound else ""), ""]
            if len(view.answers) > 1 and answer.verdict is not None:
                out += [escape(answer.verdict.line), ""]
                out.extend(f"- {escape(line)}" for line in decisive_lines(answer.verdict, True))
                if answer.verdict.decisive:
                    out.append("")
            out.extend(render_tree(answer.proof, 0, quotes))
            for other in answer.other_proofs:
                out += ["", tr("Also, by another proof:"), ""]
                out.extend(render_tree(other, 0, quotes))
            if answer.hidden_text:
                out += ["", escape(answer.hidden_text)]
        if view.assumptions:
            out += ["", f"## {tr('Taken as not so')}", "", tr("Nothing in the case shows them:"), ""]
            out.extend(f"- {escape(a)}" for a in view.assumptions)
    else:
        out += ["", f"## {tr('Why not')}", ""]
        if view.why_not:
            out.append(tr("Each rule that could conclude it, and the first condition that failed:"))
            out.append("")
            for failure in view.why_not:
                out.extend(render_failure(failure, 0, quotes))
        else:
            out.append(tr("No rule of the KB concludes a goal of this form."))
        if view.repairs:
            out += [
                "",
                f"## {tr('What would make it hold')}",
                "",
                tr("Smallest changes of the case, closest to the case first:"),
                "",
            ]
            for repair in view.repairs:
                out.append(f"{repair.number}. {escape(repair.heading)}:")
                out.extend(
                    f"   - {change.sign} {escape(change.sentence)} {code(change.fact)}" for change in repair.changes
                )
    if view.validity is not None:
        out += ["", f"## {tr('Validity')}", ""]
        out.append(
            f"**{tr('Warning')}**: {escape(view.validity[len(tr('WARNING:')) + 1 :])}"
            if view.validity_warning
            else escape(view.validity)
        )
    if view.readings:
        out += ["", f"## {tr('Readings in force')}", "", f"| {tr('passage')} | {tr('reading')} |", "|---|---|"]
        out.extend(f"| {code(p)} | {code(r)} |" for p, r in view.readings)
    return "\n".join(out) + "\n"
