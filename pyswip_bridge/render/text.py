"""Plain-text rendering of answers: proof trees with citations, and why-not."""

from __future__ import annotations

from ..i18n import tr
from ..results import AskResult
from .display import visible
from .view import Explanation, FailureView, Step, decisive_heading, decisive_lines, explanation, quote_lines

BRANCH, LAST, PIPE, SPACE = "├─ ", "└─ ", "│  ", "   "


def step_label(step: Step, quotes: bool = False) -> list[str]:
    """The line(s) of one step: its sentence (with the checks folded into it), how it holds, and with
    ``quotes`` the words of the resolution its rule rests on."""
    lines = [f"{step.said}  — {step.how}"]
    if quotes and step.source is not None and step.rule:
        lines.extend(quote_lines(step.source, "    "))
    return lines


def render_tree(step: Step, quotes: bool = False) -> list[str]:
    """A proof as indented lines (with the why-not of the steps taken as not so, if the explanation
    was built with ``why_absent``)."""
    lines = step_label(step, quotes)
    _render_children(step, "", lines, quotes)
    return lines


def _render_children(step: Step, prefix: str, lines: list[str], quotes: bool) -> None:
    for i, child in enumerate(step.children):
        last = i == len(step.children) - 1
        label = step_label(child, quotes)
        lines.append(prefix + (LAST if last else BRANCH) + label[0])
        cont = prefix + (SPACE if last else PIPE)
        lines.extend(cont + extra for extra in label[1:])
        for failure in child.why_not:
            lines.extend(render_failure(failure, cont + "   ", quotes))
        _render_children(child, cont, lines, quotes)


def render_failure(failure: FailureView, prefix: str = "", quotes: bool = False) -> list[str]:
    """Why one rule did not conclude its goal, as indented lines."""
    lines = [f"{prefix}✗ {failure.rule} ({failure.citation}) {tr('would conclude that')} {failure.conclusion}"]
    if quotes and failure.source:
        lines.extend(quote_lines(failure.source, f"{prefix}    "))
    for step in failure.satisfied:
        lines.append(f"{prefix}    {tr('holds:')} {step.holding}")
    failed = failure.failed
    lines.append(f"{prefix}    {tr('fails:')} {failed.sentence}  — {failed.how}")
    if failed.proof is not None:
        lines.extend(f"{prefix}      " + line for line in render_tree(failed.proof, quotes))
    for sub in failed.why_not:
        lines.extend(render_failure(sub, prefix + "      ", quotes))
    return lines


def verdict_lines(view: Explanation) -> list[str]:
    """The verdict and the decisive facts, each with its place in the case file: what every rendering
    shows first."""
    out = [view.headline]
    decisive = decisive_lines(view.verdict, view.holds)
    if decisive:
        out.append(decisive_heading(view.verdict, view.holds))
        out.extend(f"  • {line}" for line in decisive)
    return out


def warning_lines(result: AskResult) -> list[str]:
    """The answer's warnings (:attr:`AskResult.warnings`), one ``warning: ...`` line each."""
    return [f"{tr('warning:')} {visible(w)}" for w in result.warnings]


def render_text(
    result: AskResult,
    quotes: bool = False,
    why_absent: bool = False,
    goals: bool = False,
    detail: str = "folded",
    all_proofs: bool = True,
) -> str:
    """The whole answer as text: the verdict and the decisive facts, then the proofs of a yes or the
    why-not of a no, the repairs (when asked), assumptions, validity and readings."""
    view = explanation(result, detail=detail, goals=goals, why_absent=why_absent, all_proofs=all_proofs)
    out = [f"{tr('Question:')} {view.question}"]
    out.extend(f"{tr('warning:')} {w}" for w in view.warnings)
    out.extend(verdict_lines(view))
    if view.holds:
        for answer in view.answers:
            out.append("")
            out.append(answer.heading)
            if len(view.answers) > 1 and answer.verdict is not None:
                out.append(answer.verdict.line)
                out.extend(f"  • {line}" for line in decisive_lines(answer.verdict, True))
            out.extend(render_tree(answer.proof, quotes))
            for other in answer.other_proofs:
                out.append(tr("Also, by another proof:"))
                out.extend(render_tree(other, quotes))
            if answer.hidden_text:
                out.append(answer.hidden_text)
        if view.assumptions:
            out.append("")
            out.append(tr("Taken as not so (nothing in the case shows them):"))
            out.extend(f"  - {a}" for a in view.assumptions)
    else:
        out.append("")
        if view.why_not:
            out.append(tr("Why not — each rule that could conclude it, and the first condition that failed:"))
            for failure in view.why_not:
                out.extend(render_failure(failure, "  ", quotes))
        else:
            out.append(tr("Why not — no rule of the KB concludes a goal of this form."))
        if view.repairs:
            out.append("")
            out.extend(repair_lines(view))
    if view.open_world is not None:
        out.append("")
        value, unknown = view.open_world
        out.append(
            f"{tr('Open world:')} {value}"
            + (tr(" — facts neither given nor denied decide it:") if value == "unknown" else "")
        )
        out.extend(f"  ? {question}   [{fact}]" for question, fact in unknown)
    if view.validity is not None:
        out.append("")
        out.append(view.validity)
    if view.readings:
        out.append(tr("Readings in force: ") + ", ".join(f"{p} = {r}" for p, r in view.readings))
    return "\n".join(out) + "\n"


def repair_lines(view: Explanation) -> list[str]:
    """The repairs of a "no", closest to the case first."""
    out = [tr("Smallest changes of the case that would make it hold (closest to the case first):")]
    for repair in view.repairs:
        out.append(f"{repair.number}. {repair.heading}:")
        for change in repair.changes:
            out.append(f"     {change.sign} {change.sentence}" + ("" if view.goals else f"   [{change.fact}]"))
    return out


def render_repairs(result: AskResult, goals: bool = False) -> str:
    """The smallest repairs of a question that does not hold, as text, after its verdict."""
    view = explanation(result, goals=goals)
    out = [f"{tr('Question:')} {view.question}"]
    out.extend(f"{tr('warning:')} {w}" for w in view.warnings)
    if view.holds:
        out.append(tr("Answer: yes — nothing to repair."))
        return "\n".join(out) + "\n"
    out.extend(verdict_lines(view))
    out.append("")
    if not view.repairs:
        out.append(tr("No repair of the case was found within the bounds."))
        return "\n".join(out) + "\n"
    out.extend(repair_lines(view))
    return "\n".join(out) + "\n"
