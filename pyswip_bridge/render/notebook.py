"""Answers in Jupyter: the rich representation behind ``AskResult._repr_mimebundle_`` (registered by
:mod:`pyswip_bridge.render`).

Jupyter calls it by itself when a cell's value is an :class:`~pyswip_bridge.results.AskResult` and
shows ONE form: the HTML of ``--format html`` as one ``<div>`` (the verdict and the decisive facts
first, then the collapsible proof tree with quoted words and whole paragraphs, the picture folded
below when Graphviz's ``dot`` is installed), with the text explanation as the plain-text fallback.
:func:`repr_svg` gives the picture alone for those who want it.  Nothing here raises: a notebook
shows a note (HTML) or no picture (SVG: None).
"""

from __future__ import annotations

from html import escape

from ..errors import CassationError
from ..results import AskResult
from .dot import dot_available, render_svg
from .html import render_html_fragment
from .text import render_text


def repr_mimebundle(result: AskResult) -> dict[str, str]:
    """One rich form (HTML) and its plain-text fallback: what Jupyter shows for an answer."""
    return {"text/html": repr_html(result), "text/plain": render_text(result)}


def repr_html(result: AskResult) -> str:
    """The answer as an HTML fragment for a notebook."""
    try:
        return render_html_fragment(result)
    except CassationError as exc:  # e.g. `dot` failed: show the answer without its picture
        return render_html_fragment(result, picture=False) + f"<p>({escape(exc.one_line())})</p>"


def repr_svg(result: AskResult) -> str | None:
    """The answer's picture as SVG, or None when Graphviz's ``dot`` is not installed or fails."""
    if not dot_available():
        return None
    try:
        return render_svg(result)
    except CassationError:
        return None
