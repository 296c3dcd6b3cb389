"""Display text: what of an answer may reach a terminal or a page as it is, and what is escaped.

:func:`for_display` is the one place where an answer's texts (names in sentences, goals, bindings,
notes, case facts) become display strings; every renderer and the explanation model use it.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

T = TypeVar("T")

#: Characters that must never reach a terminal or a page as they are: C0 and C1 controls (ESC
#: sequences clear the screen or set the title; a line break forges lines such as "Answer: no"),
#: DEL, the Unicode line and paragraph separators, and the bidirectional overrides and isolates.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SHORT = {"\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r"}


def visible(text: str) -> str:
    """``text`` with every :data:`UNSAFE` character written as an escape, as the KB writes names in
    goals and bindings (``\\n``, ``\\u001B``, ``\\u202E``).  Idempotent; other text is unchanged."""
    return UNSAFE.sub(lambda m: _SHORT.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


def for_display(value: T) -> T:
    """``value`` with every string in it passed through :func:`visible`: the one place where an
    answer's texts (names in sentences, goals, bindings, notes, case facts) become display strings.

    Walks dataclasses (their ``init`` fields, except an answer's ``raw`` JSON), lists, tuples and
    dicts; what holds nothing to escape is returned as it is, not copied.
    """
    return _displayed(value)


def _displayed(value: Any) -> Any:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, (list, tuple)) and type(value) in (list, tuple):
        items = [_displayed(item) for item in value]
        return value if all(a is b for a, b in zip(items, value)) else type(value)(items)
    if isinstance(value, dict):
        pairs = [(_displayed(k), _displayed(v)) for k, v in value.items()]
        return value if all(a is k and b is v for (a, b), (k, v) in zip(pairs, value.items())) else dict(pairs)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _displayed_dataclass(value)
    return value


def _displayed_dataclass(value: Any) -> Any:
    changes = {}
    for f in dataclasses.fields(value):
        if f.init and f.name != "raw":
            old = getattr(value, f.name)
            new = _displayed(old)
            if new is not old:
                changes[f.name] = new
    return dataclasses.replace(value, **changes) if changes else value
