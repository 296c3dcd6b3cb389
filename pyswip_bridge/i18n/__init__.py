"""The language of what the tool prints: English (the default) or Russian.

The sentences of an answer come from the KB in the language of the request (``lang``, see
``kb/lang/``); this module holds the words Python itself prints around them -- headings, labels,
error prefixes, the CLI's help -- as a small catalog keyed by the English text
(:mod:`pyswip_bridge.i18n.ru`).  The language is chosen by :func:`set_language` (the CLI's
``--lang``), else by the ``CASSATION_LANG`` environment variable, else English.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ..errors import ArgumentError
from .ru import RU
from .ru_commands import RU_COMMANDS
from .web_ru import WEB_RU

LANGUAGES: tuple[str, ...] = ("en", "ru")
ENV = "CASSATION_LANG"

_CATALOGS: dict[str, dict[str, str]] = {"en": {}, "ru": {**RU, **WEB_RU, **RU_COMMANDS}}
_CURRENT: ContextVar[str | None] = ContextVar("cassation_lang", default=None)


def check_language(lang: object) -> str:
    """``lang`` if it is a supported language; :class:`ArgumentError` (or :class:`TypeError`) if not."""
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str, not {type(lang).__name__}")
    if lang not in LANGUAGES:
        raise ArgumentError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return lang


def env_language() -> str:
    """The language named by ``CASSATION_LANG`` (English if unset or empty); ArgumentError if unknown."""
    value = os.environ.get(ENV, "").strip()
    if not value:
        return "en"
    if value not in LANGUAGES:
        raise ArgumentError(f"{ENV} must be one of {', '.join(LANGUAGES)}, not {value!r}")
    return value


def language() -> str:
    """The current language: set by :func:`set_language` / :func:`using`, else ``CASSATION_LANG``."""
    lang = _CURRENT.get()
    if lang is not None:
        return lang
    try:
        return env_language()
    except ArgumentError:
        return "en"


def set_language(lang: str) -> None:
    """Make ``lang`` the current language (``"en"`` or ``"ru"``)."""
    _CURRENT.set(check_language(lang))


@contextmanager
def using(lang: str) -> Iterator[None]:
    """The current language is ``lang`` inside the ``with`` block."""
    token = _CURRENT.set(check_language(lang))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def tr(text: str, lang: str | None = None) -> str:
    """``text`` (an English message of the catalog) in the current language, or in ``lang``."""
    return _CATALOGS[lang or language()].get(text, text)


def worded(item: Mapping[str, Any], key: str, lang: str | None = None) -> str:
    """The text ``item[key]`` of a KB listing (``kb.norms()``: the note of an ambiguous passage, the
    meaning of a reading, why a passage is not encoded) in the current language, or in ``lang``: the
    KB gives each its Russian wording beside it, under ``key + "_ru"``."""
    if (lang or language()) == "ru" and item.get(f"{key}_ru"):
        return str(item[f"{key}_ru"])
    return str(item[key])


def message(text: str, lang: str | None = None) -> str:
    """An error or usage message (English, as the KB, the bridge or click wrote it) in the current
    language, or in ``lang``: in Russian the fixed words of its kind are translated
    (:mod:`pyswip_bridge.i18n.messages`), what it names stays as written."""
    if (lang or language()) != "ru":
        return text
    from .messages import russian_message

    return russian_message(text)


def citation(parts: list[str], lang: str | None = None) -> str:
    """Paragraphs and articles (``["¶1", "CPC art. 484 part 1"]``) as one citation in the current
    language, or in ``lang``: ``¶1; CPC art. 484 part 1``, in Russian ``п. 1; ст. 484 ч. 1 УПК РК``."""
    text = "; ".join(parts)
    if (lang or language()) != "ru":
        return text
    from .messages import russian_citation

    return russian_citation(text)


def catalog_keys(lang: str) -> frozenset[str]:
    """The English messages that ``lang``'s catalog translates."""
    return frozenset(_CATALOGS[check_language(lang)])
