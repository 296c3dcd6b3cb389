"""Output formats of an answer: a registry from format name to renderer.

Each renderer takes an :class:`~pyswip_bridge.results.AskResult` and options, and returns text
(bytes-free: SVG and HTML are text too).  ``cassation ask --format NAME`` uses this registry.
"""

from __future__ import annotations

from typing import Callable

from .render import render_text
from .results import AskResult

Renderer = Callable[..., str]


def _json(result: AskResult, **_: object) -> str:
    return result.to_json() + "\n"


def _text(result: AskResult, *, quotes: bool = False, why_absent: bool = False, goals: bool = False,
          **_: object) -> str:
    return render_text(result, quotes=quotes, why_absent=why_absent, goals=goals)


FORMATS: dict[str, Renderer] = {
    "text": _text,
    "json": _json,
}


def render(result: AskResult, fmt: str, **options: object) -> str:
    """``result`` rendered in format ``fmt`` (a key of :data:`FORMATS`)."""
    return FORMATS[fmt](result, **options)
