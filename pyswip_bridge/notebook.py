"""Answers in Jupyter: the rich representations behind ``AskResult._repr_html_`` and ``_repr_svg_``.

Jupyter calls these by itself when a cell's value is an :class:`~pyswip_bridge.results.AskResult`:
the HTML is the page of ``--format html`` as one ``<div>`` (collapsible proof tree, quoted words,
whole paragraphs, the picture when Graphviz's ``dot`` is installed); the SVG is the picture alone.
Neither raises: a notebook shows a note (HTML) or falls back to the next representation (SVG: None).
"""

from __future__ import annotations

from html import escape

from .errors import CassationError
from .render_dot import dot_available, render_svg
from .render_html import render_html_fragment
from .results import AskResult


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
