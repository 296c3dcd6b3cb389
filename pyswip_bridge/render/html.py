"""One self-contained HTML page per answer.

The page needs nothing outside itself (no scripts, styles, fonts or pictures are fetched): the proof
tree is collapsible (``<details>``/``<summary>``); each citation shows the words of the resolution the
rule encodes (the node's ``source.text``) and, in a tooltip and in an expandable block, the whole
paragraph they come from, taken from ``kb/sources/resolution-2017-05.txt`` with the quoted words
marked; the picture (SVG drawn by Graphviz's ``dot``) is embedded inline when ``dot`` is installed.

:func:`render_html_fragment` gives the same content as one ``<div>`` (for Jupyter).
"""

from __future__ import annotations

import functools
import hashlib
import re
from html import escape
from pathlib import Path
from typing import Any

from ..bridge import resources
from ..errors import EngineError
from ..i18n import language, tr
from ..results import AskResult, Source
from .display import for_display
from .dot import dot_available, dot_to_svg, render_dot
from .view import Explanation, FailureView, Step, decisive_heading, explanation, quote_lines

RESOLUTION = resources.resolution_text()

STYLE = """
.cassation-answer { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  line-height: 1.45; color: #1d1d1d; max-width: 72rem; }
.cassation-answer h1 { font-size: 1.35rem; margin: .4rem 0; }
.cassation-answer h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; border-bottom: 1px solid #ddd; }
.cassation-answer code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em;
  background: #f4f4f4; padding: 0 .2em; border-radius: 3px; }
.cassation-answer .verdict { font-size: 1.15rem; font-weight: bold; }
.cassation-answer .verdict.yes { color: #2e7d32; } .cassation-answer .verdict.no { color: #c62828; }
.cassation-answer ul.tree, .cassation-answer ul.tree ul { list-style: none; padding-left: 1.2rem;
  border-left: 1px dotted #bbb; margin: .1rem 0; }
.cassation-answer ul.tree { border-left: none; padding-left: 0; }
.cassation-answer li { margin: .15rem 0; }
.cassation-answer summary { cursor: pointer; }
.cassation-answer .badge { display: inline-block; font-size: .75em; padding: 0 .45em; border-radius: .6em;
  border: 1px solid; margin: 0 .3em; vertical-align: 1px; }
.cassation-answer .proved > .badge, .cassation-answer .proved > details > summary > .badge {
  background: #d8f0d2; border-color: #2e7d32; }
.cassation-answer .given > .badge, .cassation-answer .given > details > summary > .badge {
  background: #d6e6f8; border-color: #1f5fa8; }
.cassation-answer .assumed_absent > .badge, .cassation-answer .assumed_absent > details > summary > .badge {
  background: #fff2c6; border-color: #a07800; border-style: dashed; }
.cassation-answer .builtin > .badge, .cassation-answer .builtin > details > summary > .badge {
  background: #ececec; border-color: #707070; }
.cassation-answer .failed-badge { background: #fde2e2; border-color: #c62828; color: #8e0000; }
.cassation-answer .rule { font-weight: 600; }
.cassation-answer .cite { color: #5a3e00; text-decoration: none; border-bottom: 1px dotted #5a3e00; }
.cassation-answer blockquote { margin: .2rem 0 .2rem 1rem; padding: .1rem .6rem; border-left: 3px solid #c9b77a;
  background: #fcfaf2; font-style: italic; }
.cassation-answer details.paragraph > summary { font-size: .85em; color: #555; }
.cassation-answer .paragraph-text { white-space: pre-line; font-size: .9em; background: #fafafa;
  border: 1px solid #eee; padding: .4rem .6rem; margin: .2rem 0 .4rem 1rem; }
.cassation-answer mark { background: #fff0a8; }
.cassation-answer .fails { color: #8e0000; }
.cassation-answer .note { color: #555; font-size: .9em; }
.cassation-answer code.goal { color: #555; font-size: .78em; background: none; }
.cassation-answer table { border-collapse: collapse; margin: .3rem 0; }
.cassation-answer th, .cassation-answer td { border: 1px solid #ddd; padding: .15rem .5rem; text-align: left;
  vertical-align: top; }
.cassation-answer .picture-frame { overflow-x: auto; border: 1px solid #eee; }
.cassation-answer .picture-frame svg { display: block; }
.cassation-answer .verdict { margin: .5rem 0; }
.cassation-answer .decisive-heading { margin: .3rem 0 .1rem; font-weight: 600; }
.cassation-answer ul.decisive { margin: .1rem 0 .6rem; padding-left: 1.4rem; }
.cassation-answer ul.decisive li { margin: .15rem 0; }
.cassation-answer ul.decisive .how { color: #555; }
.cassation-answer li.decisive-given::marker { color: #1f5fa8; }
.cassation-answer li.decisive-missing::marker, .cassation-answer li.decisive-absent::marker { color: #a07800; }
.cassation-answer .answer-verdict { font-weight: 600; }
.cassation-answer ol.repairs li.change.remove { color: #8e0000; }
.cassation-answer .warning { color: #8e0000; font-weight: 600; }
"""


@functools.lru_cache(maxsize=4)
def resolution_paragraphs(path: Path = RESOLUTION) -> dict[int, str]:
    """The numbered paragraphs of the resolution: number → text (whitespace collapsed within blocks,
    blocks separated by a blank line; a blank line inside a sentence, a page break of the source, is
    dropped).

    A paragraph starts at a line ``N. …`` where N is the next number expected; the last one ends
    before the signatures ("Chairman").
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    starts: dict[int, int] = {}
    expected = 1
    for i, line in enumerate(lines):
        if re.match(rf"^{expected}\.\s", line):
            starts[expected] = i
            expected += 1
    numbers = sorted(starts)
    paragraphs: dict[int, str] = {}
    for k, number in enumerate(numbers):
        end = starts[numbers[k + 1]] if k + 1 < len(numbers) else len(lines)
        body = lines[starts[number] : end]
        if k + 1 == len(numbers):
            for j, line in enumerate(body):
                if line.strip() == "Chairman":
                    body = body[:j]
                    break
        blocks: list[str] = []
        for block in re.split(r"\n\s*\n", "\n".join(body).strip()):
            block = " ".join(block.split())
            if not block:
                continue
            if blocks and not re.search(r"[.:;!?]$", blocks[-1]):  # a page break inside a sentence
                blocks[-1] += " " + block
            else:
                blocks.append(block)
        paragraphs[number] = "\n\n".join(blocks)
    return paragraphs


def paragraph_html(number: int, quoted: str | None = None) -> str:
    """The escaped text of paragraph ``number``, with the ``quoted`` words marked (when found)."""
    text = resolution_paragraphs().get(number)
    if text is None:
        return f"(paragraph {number} is not in the source text)"
    words = (quoted or "").replace("’", "'").split()
    if words:
        found = re.search(r"\s+".join(re.escape(w) for w in words), text.replace("’", "'"))
        if found:
            at, end = found.span()
            return f"{escape(text[:at])}<mark>{escape(text[at:end])}</mark>{escape(text[end:])}"
    return escape(text)


def _code(text: str) -> str:
    return f"<code>{escape(text)}</code>"


def _said(sentence: str, goal: str) -> str:
    """A step: its sentence followed by its Prolog goal (or the goal alone when it has no sentence)."""
    if not sentence or sentence == goal:
        return _code(goal)
    return f'{escape(sentence)} <code class="goal">{escape(goal)}</code>'


def _badge(text: str, extra: str = "") -> str:
    return f'<span class="badge{(" " + extra) if extra else ""}">{escape(text)}</span>'


class _Page:
    """Renders the parts of one answer; ``prefix`` keeps element ids unique on a notebook page."""

    def __init__(self, view: Explanation) -> None:
        self.view = view
        self.prefix = "c" + hashlib.sha1(f"{view.question}|{view.holds}|{len(view.answers)}".encode()).hexdigest()[:8]
        self.cited: dict[int, list[str]] = {}

    # -- citations -------------------------------------------------------------------------------
    def citation(self, source: Source) -> str:
        """The citation, the quoted words and the whole paragraph (tooltip and expandable block)."""
        self.cited.setdefault(source.paragraph, [])
        if source.text not in self.cited[source.paragraph]:
            self.cited[source.paragraph].append(source.text)
        full = resolution_paragraphs().get(source.paragraph, "")
        return (
            f'<a class="cite" href="#{self.prefix}-para-{source.paragraph}" title="{escape(full)}">'
            f"{escape(source.citation())}</a>"
        )

    def quote_block(self, source: Source) -> str:
        return (
            "".join(f"<blockquote>{escape(line)}</blockquote>" for line in quote_lines(source))
            + f'<details class="paragraph"><summary>{escape(tr("the whole of ¶"))}{source.paragraph}</summary>'
            f'<div class="paragraph-text">{paragraph_html(source.paragraph, source.text)}</div></details>'
        )

    # -- the verdict -----------------------------------------------------------------------------
    def verdict(self) -> str:
        v = self.view
        head, _, rest = v.headline.partition(" — ")
        cls = "yes" if v.holds else "no"
        out = [
            f'<p class="verdict {cls}"><span class="verdict-head">{escape(head)}</span>'
            + (f" — {escape(rest)}" if rest else "")
            + "</p>"
        ]
        decisive = v.verdict.decisive if v.verdict is not None else ()
        if decisive:
            out.append(f'<p class="decisive-heading">{escape(decisive_heading(v.verdict, v.holds))}</p>')
            items = "".join(
                f'<li class="decisive-{escape(d.status)}">{escape(d.sentence())} '
                f'<span class="how">— {escape(d.how(v.holds))}</span> <code class="goal">{escape(d.fact)}</code></li>'
                for d in decisive
            )
            out.append(f'<ul class="decisive">{items}</ul>')
        return "\n".join(out)

    # -- proofs ----------------------------------------------------------------------------------
    def node(self, step: Step, open_: bool = True) -> str:
        said = _said(step.said, step.goal)
        kind = step.kind
        if step.rule and step.source is not None:
            head = (
                f'{said}{_badge(tr("proved"))}{tr("by")} <span class="rule">{escape(step.rule)}</span> '
                f"({self.citation(step.source)})"
            )
            body = self.quote_block(step.source)
        else:
            head = f'{said}{_badge(tr(step.badge))}<span class="note">{escape(step.how)}</span>'
            body = ""
            if step.reading and step.reading.get("meaning"):
                body = f'<div class="note">{escape(step.reading["meaning"])}</div>'
            if step.why_not:
                body += (
                    f'<details class="why-absent"><summary>{tr("why no rule establishes it")}</summary>'
                    '<ul class="tree">' + "".join(self.failure(f) for f in step.why_not) + "</ul></details>"
                )
        kids = "".join(self.node(child) for child in step.children)
        kids_html = f"<ul>{kids}</ul>" if kids else ""
        if not body and not kids_html:
            return f'<li class="{escape(kind)}">{head}</li>'
        return (
            f'<li class="{escape(kind)}"><details{" open" if open_ else ""}><summary>{head}</summary>'
            f"{body}{kids_html}</details></li>"
        )

    def failure(self, failure: FailureView) -> str:
        cite = f" ({self.citation(failure.source)})" if failure.source else ""
        head = (
            f'{_badge(tr("✗ failed"), "failed-badge")}<span class="rule">{escape(failure.rule)}</span>{cite} '
            f"{tr('would conclude that')} {_said(failure.conclusion, failure.goal)}"
        )
        parts = [self.quote_block(failure.source)] if failure.source else []
        holds = tr("holds:")
        items = [f'<li class="{escape(n.kind)}">{holds} {_said(n.holding, n.goal)}</li>' for n in failure.satisfied]
        failed = failure.failed
        inner = ""
        if failed.proof is not None:
            inner += f'<ul class="tree">{self.node(failed.proof)}</ul>'
        if failed.why_not:
            inner += '<ul class="tree">' + "".join(self.failure(sub) for sub in failed.why_not) + "</ul>"
        items.append(
            f'<li class="fails">{tr("fails:")} {_said(failed.sentence, failed.goal)} — {escape(failed.how)}{inner}</li>'
        )
        parts.append("<ul>" + "".join(items) + "</ul>")
        return f'<li class="failure"><details open><summary>{head}</summary>{"".join(parts)}</details></li>'

    def repairs(self) -> str:
        if not self.view.repairs:
            return ""
        out = [
            f"<h2>{tr('What would make it hold')}</h2>"
            f"<p>{tr('Smallest changes of the case, closest to the case first:')}</p>"
            '<ol class="repairs">'
        ]
        for repair in self.view.repairs:
            cite = f" ({self.citation(repair.source)})" if repair.source is not None else ""
            changes = "".join(
                f'<li class="change {"add" if c.sign == "+" else "remove"}">'
                f"{tr('add') if c.sign == '+' else tr('undo')}: "
                f'{escape(c.sentence)} <code class="goal">{escape(c.fact)}</code></li>'
                for c in repair.changes
            )
            n = len(repair.changes)
            rule = f'<span class="rule">{escape(repair.rule or "")}</span>{cite}'
            if language() == "ru":
                out.append(f"<li>изменений: {n}, тогда применяется {rule}:<ul>{changes}</ul></li>")
            else:
                out.append(f"<li>{n} change{'s' if n != 1 else ''}, then {rule} applies:<ul>{changes}</ul></li>")
        out.append("</ol>")
        return "".join(out)

    # -- the page --------------------------------------------------------------------------------
    def body(self, picture: bool, record: dict[str, Any] | None) -> str:
        v = self.view
        out = [f'<div class="cassation-answer" id="{self.prefix}">', f"<h1>{tr('Question:')} {_code(v.question)}</h1>"]
        out.extend(f'<p class="warning">{tr("warning:")} {escape(w)}</p>' for w in v.warnings)
        out.append(self.verdict())
        out.append(
            '<p class="note"><button type="button" onclick="this.closest(\'.cassation-answer\')'
            f".querySelectorAll('details').forEach(d => d.open = true)\">{tr('expand all')}</button> "
            '<button type="button" onclick="this.closest(\'.cassation-answer\')'
            f".querySelectorAll('details').forEach(d => d.open = false)\">{tr('collapse all')}</button></p>"
        )
        if picture:
            out.append(self.picture())
        if v.holds:
            for answer in v.answers:
                out.append(f"<h2>{escape(answer.heading)}</h2>")
                if len(v.answers) > 1 and answer.verdict is not None:
                    out.append(f'<p class="answer-verdict">{escape(answer.verdict.line)}</p>')
                out.append(f'<ul class="tree">{self.node(answer.proof)}</ul>')
                for other in answer.other_proofs:
                    out.append(f'<p>{tr("Also, by another proof:")}</p><ul class="tree">{self.node(other)}</ul>')
                if answer.hidden_text:
                    out.append(f'<p class="note">{escape(answer.hidden_text)}</p>')
            if v.assumptions:
                out.append(
                    f"<h2>{tr('Taken as not so')}</h2><p>{tr('Nothing in the case shows them:')}</p><ul>"
                    + "".join(f"<li>{escape(a)}</li>" for a in v.assumptions)
                    + "</ul>"
                )
        else:
            out.append(f"<h2>{tr('Why not')}</h2>")
            if v.why_not:
                out.append(f"<p>{tr('Each rule that could conclude it, and the first condition that failed:')}</p>")
                out.append('<ul class="tree">' + "".join(self.failure(f) for f in v.why_not) + "</ul>")
            else:
                out.append(f"<p>{tr('No rule of the KB concludes a goal of this form.')}</p>")
            out.append(self.repairs())
        out.append(self.validity())
        if v.readings:
            out.append(
                f"<h2>{tr('Readings in force')}</h2><table><tr><th>{tr('passage')}</th><th>{tr('reading')}</th></tr>"
                + "".join(f"<tr><td>{_code(p)}</td><td>{_code(r)}</td></tr>" for p, r in v.readings)
                + "</table>"
            )
        if record is not None:
            out.append(self.record(record))
        out.append(self.paragraphs())
        out.append("</div>")
        return "\n".join(out)

    def picture(self) -> str:
        if self.view.result is None:
            return ""
        if not dot_available():
            return (
                '<p class="note">(No picture: Graphviz\'s <code>dot</code> is not installed; '
                "install graphviz to embed it.)</p>"
            )
        try:
            svg = dot_to_svg(render_dot(self.view.result))
        except EngineError as exc:  # the page is still useful without its picture
            return f'<p class="note">(No picture: {escape(exc.one_line())})</p>'
        svg = svg[svg.find("<svg") :] if "<svg" in svg else svg
        return (
            f'<details class="picture"><summary>{tr("Picture of the reasoning (scrolls sideways)")}</summary>'
            f'<div class="picture-frame">{svg}</div></details>'
        )

    def validity(self) -> str:
        v = self.view
        if v.validity is None:
            return ""
        cls = ' class="warning"' if v.validity_warning else ""
        return f"<h2>{tr('Validity')}</h2><p{cls}>{escape(v.validity)}</p>"

    def record(self, record: dict[str, Any]) -> str:
        rec = record.get("record", {})
        engine = ", ".join(f"{k} {v}" for k, v in rec.get("engine", {}).items())
        facts = rec.get("case", {}).get("facts", [])
        rows = "".join(
            f"<tr><td>{_code(f.get('text', ''))}</td><td>{escape(str(f.get('where') or ''))}</td></tr>" for f in facts
        )
        return (
            f"<h2>{tr('Record')}</h2><p>{tr('KB version')} <code>{escape(str(rec.get('kb_version', '?')))}</code>; "
            f"{escape(engine)}</p><table><tr><th>{tr('case fact')}</th><th>{tr('where')}</th></tr>{rows}</table>"
        )

    def paragraphs(self) -> str:
        if not self.cited:
            return ""
        out = [f"<h2>{tr('Paragraphs cited')}</h2>"]
        for number in sorted(self.cited):
            text = paragraph_html(number)
            for quoted in self.cited[number]:  # mark the first quoted span that is found
                marked = paragraph_html(number, quoted)
                if "<mark>" in marked:
                    text = marked
                    break
            out.append(
                f'<details class="paragraph" id="{self.prefix}-para-{number}">'
                f"<summary>¶{number} {tr('of Resolution No. 5')}</summary>"
                f'<div class="paragraph-text">{text}</div></details>'
            )
        return "\n".join(out)


def render_html_fragment(
    result: AskResult,
    *,
    picture: bool = True,
    record: dict[str, Any] | None = None,
    style: bool = True,
    detail: str = "folded",
    all_proofs: bool = True,
    **_: object,
) -> str:
    """The answer as one ``<div>`` (with its own ``<style>`` unless ``style=False``).

    The resolution's words are always shown (``--quotes`` is implied); ``picture=False`` leaves out the SVG.
    """
    view = explanation(result, why_absent=True, detail=detail, all_proofs=all_proofs)
    body = _Page(view).body(picture, for_display(record))
    return (f"<style>{STYLE}</style>\n" if style else "") + body + "\n"


def render_html(
    result: AskResult,
    *,
    picture: bool = True,
    record: dict[str, Any] | None = None,
    detail: str = "folded",
    all_proofs: bool = True,
    **_: object,
) -> str:
    """The answer as one self-contained HTML page."""
    title = f"{for_display(result.question)} — {tr('yes') if result.holds else tr('no')}"
    return (
        f'<!DOCTYPE html>\n<html lang="{language()}">\n'
        '<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + render_html_fragment(
            result, picture=picture, record=record, style=False, detail=detail, all_proofs=all_proofs
        )
        + "</body>\n</html>\n"
    )
