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

from .errors import EngineError
from .render import for_display
from .results import AskResult, Failure, ProofNode

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
    "assumed_absent": "assumed absent",
    "builtin": "builtin / reading",
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
            tokens.append(text[start:i + 1])
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


def node_label(node: ProofNode) -> str:
    """The text of a proof node in the picture."""
    goal = wrap(node.goal)
    if node.status == "proved" and node.source is not None:
        return f"{goal}\nby {node.rule}\n{wrap(node.source.citation())}"
    if node.status == "given":
        return f"{goal}\ngiven" + ("\n(law not encoded)" if node.note else "")
    if node.status == "assumed_absent":
        return f"{goal}\nassumed absent"
    if node.reading:
        return f"{goal}\nreading {node.reading['reading']}"
    return f"{goal}\nbuiltin"


def node_tooltip(node: ProofNode) -> str:
    """The node's sentence and what it rests on (shown on hover in the SVG)."""
    said = node.text or node.goal
    if node.status == "proved" and node.source is not None:
        return f"{said} — {node.rule} ({node.source.citation()}): “{node.source.text}”"
    if node.status == "assumed_absent":
        return f"{said} — {node.assumption or 'taken as not so'}"
    if node.reading:
        return f"{said} — {node.reading.get('meaning', node.reading['reading'])}"
    return f"{said} — {node.note}" if node.note else said


def _proof(g: _Graph, node: ProofNode, prefix: str, why_absent: bool, indent: str) -> str:
    style = node.status if node.status in STYLES else "builtin"
    node_id = g.node(prefix, node_label(node), style, node_tooltip(node), indent)
    edges: list[tuple[str, str | None, dict[str, str]]] = []
    for child in node.children:
        edges.append((_proof(g, child, prefix, why_absent, indent), node.rule, {}))
    if why_absent:
        for failure in node.why_not:
            edges.append((_failure(g, failure, prefix, indent), failure.rule,
                          {"color": RED, "fontcolor": RED, "style": "dashed"}))
    _edges(g, node_id, edges, indent)
    return node_id


def _edges(g: _Graph, parent: str, edges: list[tuple[str, str | None, dict[str, str]]], indent: str) -> None:
    """Edges from ``parent``, written last to first: with ``rankdir=LR, ordering=out`` Graphviz places
    the last out-edge on top, so the first condition comes out on top, as in the text rendering."""
    for child, label, attrs in reversed(edges):
        g.edge(parent, child, label, indent, **attrs)


def _failure(g: _Graph, failure: Failure, prefix: str, indent: str) -> str:
    """Draw why one rule did not conclude its goal; return the id of the rule's node."""
    cite = f"\n{wrap(failure.source.citation())}" if failure.source else ""
    tooltip = f"“{failure.source.text}”" if failure.source else failure.rule
    rule_id = g.node(prefix, f"✗ {failure.rule}{cite}\nwould conclude {wrap(failure.conclusion)}",
                     "failed", tooltip, indent)
    edges: list[tuple[str, str | None, dict[str, str]]] = []
    for node in failure.satisfied:
        style = node.status if node.status in STYLES else "builtin"
        edges.append((g.node(prefix, node_label(node), style, node_tooltip(node), indent), failure.rule, {}))
    failed = failure.failed
    reason = {"missing_fact": "fails: no such fact was given", "blocked": "fails: blocked by",
              "condition_false": "fails: false"}.get(failed.kind, "fails: not established")
    failed_id = g.node(prefix, f"{wrap(failed.goal)}\n{reason}", "failed", reason, indent)
    edges.append((failed_id, failure.rule, {"color": RED, "fontcolor": RED}))
    _edges(g, rule_id, edges, indent)
    below: list[tuple[str, str | None, dict[str, str]]] = []
    if failed.kind == "blocked" and failed.proof is not None:
        below.append((_proof(g, failed.proof, prefix, False, indent), "blocked by", {"color": RED, "fontcolor": RED}))
    for sub in failed.why_not:
        below.append((_failure(g, sub, prefix, indent), sub.rule, {"color": RED, "fontcolor": RED}))
    _edges(g, failed_id, below, indent)
    return rule_id


def render_dot(result: AskResult, *, why_absent: bool = False, legend: bool = True, **_: object) -> str:
    """The answer as a Graphviz DOT digraph."""
    result = for_display(result)
    g = _Graph()
    answer = "yes" if result.holds else "no"
    out = [
        "digraph answer {",
        f"  graph [charset=\"UTF-8\", rankdir=LR, ordering=out, nodesep=0.15, ranksep=0.5, "
        f"fontname={quote(FONT)}, labelloc=t, fontsize=14, label={quote(f'{result.question} — {answer}')}];",
        f"  node [shape=box, style=\"rounded,filled\", fontname={quote(FONT)}, fontsize=10];",
        f"  edge [fontname={quote(FONT)}, fontsize=8, color=\"#555555\", fontcolor=\"#333333\"];",
    ]
    if result.holds:
        for i, ans in enumerate(result.answers, start=1):
            bindings = ", ".join(f"{k} = {v}" for k, v in ans.bindings.items())
            g.lines.append(f"  subgraph cluster_answer{i} {{")
            g.lines.append(f"    label={quote(f'Answer {i}' + (f': {bindings}' if bindings else ''))};")
            g.lines.append("    style=\"rounded,dashed\"; color=\"#999999\"; fontsize=11;")
            _proof(g, ans.proof, f"a{i}_n", why_absent, "    ")
            g.lines.append("  }")
    else:
        g.lines.append("  subgraph cluster_why_not {")
        g.lines.append("    label=\"Why not\"; style=\"rounded,dashed\"; color=\"#c62828\"; fontsize=11;")
        root = g.node("q", f"{wrap(result.question)}\nanswer: no", "failed", "the question does not hold", "    ")
        _edges(g, root, [(_failure(g, failure, "w", "    "), failure.rule, {"color": RED, "fontcolor": RED})
                         for failure in result.why_not], "    ")
        g.lines.append("  }")
    out.extend(g.lines)
    if legend:
        out.append("  subgraph cluster_legend {")
        out.append("    label=\"Legend\"; style=\"rounded\"; color=\"#bbbbbb\"; fontsize=10;")
        keys = [k for k in LEGEND if k != "failed" or not result.holds or why_absent]
        for key in keys:
            out.append(f"    legend_{key} [{_attrs({'label': LEGEND[key], **STYLES[key], 'tooltip': LEGEND[key]})}];")
        out.append("    " + " -> ".join(f"legend_{k}" for k in keys) + " [style=invis];")
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
        raise EngineError("Graphviz's `dot` program is not installed, so SVG cannot be drawn: install graphviz "
                          "(Debian/Ubuntu: apt-get install graphviz, or run `make setup`)")
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


def render_svg(result: AskResult, **options: object) -> str:
    """The answer's picture as an SVG document."""
    return dot_to_svg(render_dot(result, **options))
