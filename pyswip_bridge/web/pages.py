"""The pages of the explorer, as the navigation bar lists them.

A page is added by giving :func:`~pyswip_bridge.web.app.create_app` its routes (``routes=``) and its
entry here (``pages=``): the guided interview and the class folders are meant to join this way, each
in a module of its own, without changing the pages below.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One entry of the navigation bar: its label (English; shown through the catalog of
    :mod:`pyswip_bridge.i18n` in the page's language) and the path of its page."""

    label: str
    path: str


#: The explorer's own pages, in the order of the navigation bar.
PAGES: tuple[Page, ...] = (
    Page("Case editor", "/"),
    Page("Norms", "/norms"),
    Page("Coverage", "/coverage"),
)
