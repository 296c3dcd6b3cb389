"""Output formats of an answer: a registry from format name to renderer.

Each renderer takes an :class:`~pyswip_bridge.results.AskResult` and keyword options, ignores the
options it does not know, and returns text (SVG and HTML are text too).  ``cassation ask --format
NAME`` uses this registry.

=========  ===================================================================================
text       the proof tree with citations, or why not (``quotes``, ``why_absent``, ``goals``)
json       the JSON contract; with ``record`` (from :func:`pyswip_bridge.bridge.records.make_record`),
           that record instead: the contract plus KB version, engine versions, case facts, readings
markdown   the proofs as nested lists with citations, why-not, assumptions, validity, readings
dot        Graphviz DOT: nodes coloured by status, edges labelled with rule ids, why-not in red
svg        the DOT picture drawn by Graphviz's ``dot`` (:class:`EngineError` if it is not installed)
html       one self-contained page: collapsible tree, quoted words and whole paragraphs, the SVG
=========  ===================================================================================
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..results import AskResult
from .text import render_text

Renderer = Callable[..., str]


def _json(result: AskResult, *, record: dict[str, Any] | None = None, **_: object) -> str:
    if record is not None:
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return result.to_json() + "\n"


def _text(
    result: AskResult,
    *,
    quotes: bool = False,
    why_absent: bool = False,
    goals: bool = False,
    detail: str = "folded",
    all_proofs: bool = True,
    **_: object,
) -> str:
    return render_text(result, quotes=quotes, why_absent=why_absent, goals=goals, detail=detail, all_proofs=all_proofs)


def _markdown(
    result: AskResult,
    *,
    quotes: bool = False,
    why_absent: bool = False,
    goals: bool = False,
    detail: str = "folded",
    all_proofs: bool = True,
    **_: object,
) -> str:
    from .markdown import render_markdown

    return render_markdown(
        result, quotes=quotes, why_absent=why_absent, goals=goals, detail=detail, all_proofs=all_proofs
    )


def _dot(result: AskResult, *, why_absent: bool = False, detail: str = "folded", **_: object) -> str:
    from .dot import render_dot

    return render_dot(result, why_absent=why_absent, detail=detail)


def _svg(result: AskResult, *, why_absent: bool = False, detail: str = "folded", **_: object) -> str:
    from .dot import render_svg

    return render_svg(result, why_absent=why_absent, detail=detail)


def _html(
    result: AskResult,
    *,
    record: dict[str, Any] | None = None,
    detail: str = "folded",
    all_proofs: bool = True,
    **_: object,
) -> str:
    from .html import render_html

    return render_html(result, record=record, detail=detail, all_proofs=all_proofs)


FORMATS: dict[str, Renderer] = {
    "text": _text,
    "json": _json,
    "markdown": _markdown,
    "dot": _dot,
    "svg": _svg,
    "html": _html,
}

#: The formats that show an answer record (:func:`pyswip_bridge.bridge.records.make_record`) when given one.
FORMATS_WITH_RECORD = frozenset({"json", "html"})
# The formats that show why no rule establishes a step taken as not so without --why-absent (HTML
# folds it under the step): the KB builds it for them (KnowledgeBase.ask(why_absent=True)).
FORMATS_WITH_WHY_ABSENT = frozenset({"html"})

# The renderers of the other formats are imported when first used: `cassation ask` in text does not
# pay for Graphviz, HTML and Markdown code at start-up.


def render(result: AskResult, fmt: str, **options: object) -> str:
    """``result`` rendered in format ``fmt`` (a key of :data:`FORMATS`)."""
    return FORMATS[fmt](result, **options)
