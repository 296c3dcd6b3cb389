"""The one module that talks to pyswip, and every workaround pyswip needs.

Hazards of pyswip 0.3.3 with SWI-Prolog 9.0.4, measured on this machine (see
``../shared/docs/bridge-notes.md``) and what this module does about each:

* **Injection.** Query strings built from user text run that text.  Here no
  user text is ever placed in a goal: the only value interpolated into a query
  is one JSON document, written as a Prolog string literal by
  :func:`prolog_string_literal` (``json.dumps`` quoting, which SWI reads back
  verbatim), passed to one of a fixed set of entry predicates of
  ``kb/json_api.pl``.  The KB's path is quoted by :func:`prolog_quoted_atom`.
* **Tracer trap.** After one uncaught error SWI enters debug mode and the next
  error opens the tracer on stdin.  Start-up sets ``debug_on_error`` to false,
  every query passes ``catcherrors=True``, and the entry predicates catch every
  error themselves and answer with an error object.
* **Unicode loss and leaks in the term API** (``Functor``, ``Variable``,
  ``call``).  Not used: only ``Prolog.query`` with a string, whose text crosses
  as UTF-8, and results come back as one JSON string (``bytes``, decoded here).
* **One engine, one open query.** Every query is read to the end at once
  (``maxresult=1`` and ``list``), from one thread.
* **Autoloading under limits.** ``kb/json_api.pl`` loads every library it uses
  explicitly, so nothing is autoloaded inside an inference-limited goal.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from .errors import EngineError

KB_DIR = Path(__file__).resolve().parent.parent / "kb"
ENTRY_PREDICATES = frozenset({"ask_json", "vocabulary_json", "norms_json", "questions_json"})


def prolog_quoted_atom(text: str) -> str:
    """``text`` as a quoted Prolog atom (for file paths we own, never for user text)."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"


def prolog_string_literal(text: str) -> str:
    """``text`` as a double-quoted SWI-Prolog string literal that reads back verbatim.

    JSON string escapes (``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``) are valid SWI
    escapes, and non-ASCII characters cross as UTF-8.  NUL cannot be carried.
    """
    if "\x00" in text:
        raise ValueError("text with a NUL character cannot be sent to Prolog")
    return json.dumps(text, ensure_ascii=False)


class PrologEngine:
    """The embedded SWI-Prolog with the KB loaded: one per process."""

    _instance: "PrologEngine | None" = None
    _lock = threading.Lock()

    def __init__(self, kb_dir: Path = KB_DIR) -> None:
        try:
            from pyswip import Prolog
        except Exception as exc:  # pragma: no cover - depends on the machine
            raise EngineError(f"SWI-Prolog cannot be loaded through pyswip: {exc}") from exc
        self._prolog = Prolog()
        self._run("set_prolog_flag(debug_on_error, false)")
        self._run("set_prolog_flag(verbose_load, silent)")
        entry = kb_dir / "cassation.pl"
        if not entry.is_file():
            raise EngineError(f"the knowledge base is missing: {entry}")
        self._run(f"use_module({prolog_quoted_atom(str(entry))})")
        self._run("json_api:ask_json(\"{}\", _)")  # warms up and checks the boundary

    @classmethod
    def instance(cls) -> "PrologEngine":
        """The process's engine, started on first use."""
        with cls._lock:
            if cls._instance is None:
                cls._instance = PrologEngine()
            return cls._instance

    def _run(self, goal: str) -> list[dict[str, Any]]:
        try:
            return list(self._prolog.query(goal, maxresult=1, catcherrors=True))
        except Exception as exc:
            raise EngineError(f"Prolog failed on {goal[:80]!r}: {' '.join(str(exc).split())}") from exc

    def call_json(self, entry: str, request: dict[str, Any] | None = None) -> Any:
        """Call the fixed entry predicate ``entry`` of ``kb/json_api.pl`` and decode its JSON answer."""
        if entry not in ENTRY_PREDICATES:
            raise EngineError(f"{entry} is not an entry predicate of the KB")
        with self._lock:
            if request is None:
                rows = self._run(f"json_api:{entry}(Out)")
            else:
                payload = prolog_string_literal(json.dumps(request, ensure_ascii=False))
                rows = self._run(f"json_api:{entry}({payload}, Out)")
        if not rows:
            raise EngineError(f"{entry} gave no answer")
        out = rows[0]["Out"]
        text = out.decode("utf-8") if isinstance(out, bytes) else str(out)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise EngineError(f"{entry} answered with invalid JSON: {exc}") from exc
