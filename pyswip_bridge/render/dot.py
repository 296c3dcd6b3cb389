"""Pictures of answers: Graphviz DOT, and SVG drawn from it by Graphviz's ``dot`` program.

One node per proof node, filled by status (proved, given, assumed absent, builtin); each edge from a
node to a condition is labelled with the id of the rule that node was concluded by.  For a "no",
the why-not is drawn in red: the question, each rule that could have concluded it, the conditions
that held and the first one that failed (with what blocks it, or why it is not established in turn).

``dot`` is called as a program (Graphviz from Debian: ``apt-get install graphviz``, installed by
``make setup``); no Python binding is needed.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from typing import Any

from ..errors import EngineError
from ..i18n import tr
from ..results import AskResult
from .view import FailureView, Step, explanation

FONT = "sans-serif"
WRAP = 46

#: Node attributes by proof-node status; ``failed`` is for why-not.
STYLES: dict[str, dict[str, str]] = {
    "proved": {"fillcolor": "#d8f0d2", "color": "#2e7d32"},
    "given": {"fillcolor": "#d6e6f8", "color": "#1f5fa8"},
    "assumed_absent": {"fillcolor": "#fff2c6", "color": "#a07800", "style": "rounded,filled,dashed"},
    "builtin": {"fillcolor": "#ececec", "color": "#707070"},
    "failed": {"fillcolor": "#fde2e2", "color": "#c62828", "fontcolor": "#8e0000"},
}
LEGEND = {
    "proved": "proved by a rule",
    "given": "given case fact",
    "assumed_absent": "taken as not so",
    "builtin": "checked / reading",
    "failed": "failed (why not)",
}
RED = "#c62828"


def quote(text: str) -> str:
    """``text`` as a DOT double-quoted string (line breaks become centred ``\\n``)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r", "").replace("\n", "\\n") + '"'


def wrap(text: str, width: int = WRAP) -> str:
    """``text`` broken after commas (or spaces) into lines of about ``width`` characters."""
    if len(text) <= width:
        return text
    lines: list[str] = []
    current = ""
    for token in _tokens(text):
        if current and len(current) + len(token) > width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current += token
    if current:
        lines.append(current.rstrip())
    return "\n".join(lines)


def _tokens(text: str) -> list[str]:
    """``text`` cut after each ", " or space, keeping the separators."""
    tokens, start = [], 0
    for i, ch in enumerate(text):
        if ch == " ":
            tokens.append(text[start : i + 1])
            start = i + 1
    tokens.append(text[start:])
    return [t for t in tokens if t]


def _attrs(attrs: dict[str, str]) -> str:
    return ", ".join(f"{k}={quote(v)}" for k, v in attrs.items())


class _Graph:
    """Accumulates the statements of one DOT graph with unique node ids."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.count = 0

    def node(self, prefix: str, label: str, style: str, tooltip: str | None = None, indent: str = "  ") -> str:
        node_id = f"{prefix}{self.count}"
        self.count += 1
        attrs = {"label": label, **STYLES[style]}
        attrs["tooltip"] = tooltip or label
        self.lines.append(f"{indent}{node_id} [{_attrs(attrs)}];")
        return node_id

    def edge(self, a: str, b: str, label: str | None, indent: str = "  ", **attrs: str) -> None:
        if label:
            attrs = {"label": label, **attrs}
        self.lines.append(f"{indent}{a} -> {b}" + (f" [{_attrs(attrs)}]" if attrs else "") + ";")


def node_label(step: Step) -> str:
    """The text of a step in the picture: its sentence, and how it holds."""
    said = wrap(step.said)
    if step.rule and step.source is not None:
        return f"{said}\n{tr('by')} {step.rule} ({step.source.citation().split(';')[0]})"
    if step.reading:
        return f"{said}\n{tr('reading')} {step.reading['reading']}"
    note = "\n" + tr("(law not encoded)") if step.note else ""
    return f"{said}\n{tr(step.badge)}{note}"


def node_tooltip(step: Step) -> str:
    """The step's sentence and what it rests on (shown on hover in the SVG)."""
    if step.rule and step.source is not None:
        return f"{step.said} — {step.rule} ({step.source.citation()}): “{step.source.text}”"
    if step.reading:
        return f"{step.said} — {step.reading.get('meaning', step.reading['reading'])}"
    return f"{step.said} — {step.how}"


def _style(step: Step) -> str:
    return step.kind if step.kind in STYLES else "builtin"


def _proof(g: _Graph, step: Step, prefix: str, indent: str) -> str:
    node_id = g.node(prefix, node_label(step), _style(step), node_tooltip(step), indent)
    edges: list[tuple[str, str | None, dict[str, str]]] = []
    for child in step.children:
        edges.append((_proof(g, child, prefix, indent), None, {}))
    for failure in step.why_not:
        edges.append(
            (_failure(g, failure, prefix, indent), failure.rule, {"color": RED, "fontcolor": RED, "style": "dashed"})
        )
    _edges(g, node_id, edges, indent)
    return node_id


def _edges(g: _Graph, parent: str, edges: list[tuple[str, str | None, dict[str, str]]], indent: str) -> None:
    """Edges from ``parent``, written last to first: with ``rankdir=LR, ordering=out`` Graphviz places
    the last out-edge on top, so the first condition comes out on top, as in the text rendering."""
    for child, label, attrs in reversed(edges):
        g.edge(parent, child, label, indent, **attrs)


def _failure(g: _Graph, failure: FailureView, prefix: str, indent: str) -> str:
    """Draw why one rule did not conclude its goal; return the id of the rule's node."""
    tooltip = f"“{failure.source.text}”" if failure.source else failure.rule
    cite = f" ({failure.citation.split(';')[0]})" if failure.source else ""
    rule_id = g.node(
        prefix,
        f"✗ {failure.rule}{cite}\n{tr('would conclude that')}\n{wrap(failure.conclusion)}",
        "failed",
        tooltip,
        indent,
    )
    edges: list[tuple[str, str | None, dict[str, str]]] = []
    for step in failure.satisfied:
        edges.append((g.node(prefix, node_label(step), _style(step), node_tooltip(step), indent), None, {}))
    failed = failure.failed
    failed_id = g.node(
        prefix, f"{wrap(failed.sentence)}\n{tr('fails:')} {wrap(failed.how.rstrip(':'))}", "failed", failed.how, indent
    )
    edges.append((failed_id, None, {"color": RED}))
    _edges(g, rule_id, edges, indent)
    below: list[tuple[str, str | None, dict[str, str]]] = []
    if failed.proof is not None:
        below.append((_proof(g, failed.proof, prefix, indent), tr("but is so"), {"color": RED, "fontcolor": RED}))
    for sub in failed.why_not:
        below.append((_failure(g, sub, prefix, indent), None, {"color": RED}))
    _edges(g, failed_id, below, indent)
    return rule_id


def render_dot(
    result: AskResult, *, why_absent: bool = False, legend: bool = True, detail: str = "folded", **_: object
) -> str:
    """The answer as a Graphviz DOT digraph: the question and its verdict on the left, Answer 1 on top,
    each step as its sentence."""
    view = explanation(result, detail=detail, why_absent=why_absent)
    g = _Graph()
    out = [
        "digraph answer {",
        f'  graph [charset="UTF-8", rankdir=LR, ordering=out, nodesep=0.15, ranksep=0.4, '
        f"fontname={quote(FONT)}, labelloc=t, labeljust=l, fontsize=14, label={quote(view.question)}];",
        f'  node [shape=box, style="rounded,filled", fontname={quote(FONT)}, fontsize=11];',
        f'  edge [fontname={quote(FONT)}, fontsize=9, color="#555555", fontcolor="#333333"];',
    ]
    verdict = wrap(view.headline, 40)
    root = g.node("q", verdict, "proved" if view.holds else "failed", view.headline, "  ")
    if view.holds:
        roots: list[tuple[str, str | None, dict[str, str]]] = []
        for answer in view.answers:
            g.lines.append(f"  subgraph cluster_answer{answer.number} {{")
            g.lines.append(f"    label={quote(answer.heading)};")
            g.lines.append('    style="rounded,dashed"; color="#999999"; fontsize=12;')
            roots.append((_proof(g, answer.proof, f"a{answer.number}_n", "    "), None, {"style": "dashed"}))
            g.lines.append("  }")
        _edges(g, root, roots, "  ")
    else:
        g.lines.append("  subgraph cluster_why_not {")
        g.lines.append(f'    label={quote(tr("Why not"))}; style="rounded,dashed"; color="#c62828"; fontsize=12;')
        _edges(g, root, [(_failure(g, failure, "w", "    "), None, {"color": RED}) for failure in view.why_not], "    ")
        g.lines.append("  }")
    out.extend(g.lines)
    if legend:
        out.append("  subgraph cluster_legend {")
        out.append(f'    label={quote(tr("Legend"))}; style="rounded"; color="#bbbbbb"; fontsize=10;')
        keys = [k for k in LEGEND if k != "failed" or not view.holds or why_absent]
        for key in keys:
            text = tr(LEGEND[key])
            out.append(f"    legend_{key} [{_attrs({'label': text, **STYLES[key], 'tooltip': text})}];")
        out.append("    { rank=same; " + "; ".join(f"legend_{k}" for k in keys) + "; }")  # one compact column
        out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


def dot_available() -> bool:
    """Whether Graphviz's ``dot`` program is on the PATH."""
    return shutil.which("dot") is not None


def dot_to_svg(source: str) -> str:
    """SVG drawn by ``dot -Tsvg`` from DOT ``source``; :class:`EngineError` if ``dot`` is missing or fails."""
    exe = shutil.which("dot")
    if exe is None:
        raise EngineError(
            "Graphviz's `dot` program is not installed, so SVG cannot be drawn: install graphviz "
            "(Debian/Ubuntu: apt-get install graphviz, or run `make setup`)"
        )
    return _run_dot(exe, source)


@functools.lru_cache(maxsize=32)
def _run_dot(exe: str, source: str) -> str:
    try:
        proc = subprocess.run([exe, "-Tsvg"], input=source.encode("utf-8"), capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EngineError(f"Graphviz's `dot` could not be run: {exc}") from None
    if proc.returncode != 0:
        message = " ".join(proc.stderr.decode("utf-8", "replace").split())[:500]
        raise EngineError(f"Graphviz's `dot` failed (exit {proc.returncode}): {message}")
    return proc.stdout.decode("utf-8")


def render_svg(result: AskResult, **options: Any) -> str:
    """The answer's picture as an SVG document."""
    return dot_to_svg(render_dot(result, **options))
