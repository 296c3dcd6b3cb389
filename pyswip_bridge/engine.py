"""The one module that talks to pyswip, and every workaround pyswip needs.

Hazards of pyswip 0.3.3 with SWI-Prolog 9.0.4, measured on this machine (see
``../shared/docs/bridge-notes.md``) and what this module does about each:

* **Injection.** Query strings built from user text run that text.  Here no
  user text is ever placed in a goal: the only value interpolated into a query
  is one JSON document, written as a Prolog string literal by
  :func:`prolog_string_literal` (``json.dumps`` quoting, which SWI reads back
  verbatim), passed to one of a fixed set of entry predicates
  (:data:`ENTRY_PREDICATES`) of ``kb/json_api.pl`` and ``kb/introspection.pl``.
  The KB's paths are quoted by :func:`prolog_quoted_atom`.
* **Tracer trap.** After one uncaught error SWI enters debug mode and the next
  error opens the tracer on stdin.  Start-up sets ``debug_on_error`` to false,
  every query passes ``catcherrors=True``, and the entry predicates catch every
  error themselves and answer with an error object.
* **Unicode loss and leaks in the term API** (``Functor``, ``Variable``,
  ``call``).  Not used: only ``Prolog.query`` with a string, whose text crosses
  as UTF-8, and results come back as one JSON string (``bytes``, decoded here).
  Text that UTF-8 cannot carry (an unpaired surrogate) or that a C string cannot
  carry (NUL) is refused with :class:`ValueError` before it reaches pyswip.
* **One engine, one open query.** Every query is read to the end at once
  (``maxresult=1`` and ``list``), and every query runs on one thread.
* **No C-stack overflow detection.** pyswip starts SWI with ``--nosignals``,
  which also switches off the SIGSEGV handler by which SWI turns a C-stack
  overflow into ``resource_error(c_stack)``.  SWI's reader and writer recurse
  in C once per level of a nested term (about 500 bytes a level), so on the
  usual 8 MiB main-thread stack a fact or question nested some 15,000 levels
  deep (``[[[[...]]]]``, ``- - - - a``, ``a^a^a^...``) *killed the process with
  a segmentation fault*.  Every call to SWI-Prolog therefore runs on one
  dedicated thread whose C stack (default 256 MiB of address space, of which
  only the pages touched are ever resident; ``CASSATION_C_STACK``) is several
  times what the deepest term the KB's length limit admits (100,000
  characters, hence at most 100,000 levels, about 50 MiB) can need.
* **Runaway goals.** ``kb/json_api.pl`` runs every evaluation under a time and
  an inference limit; start-up sets SWI's ``stack_limit`` flag (default 1 GiB,
  ``CASSATION_STACK_LIMIT``), so a goal that exhausts its stacks raises
  ``resource_error``, which the KB reports as ``resource_limit``.
* **Autoloading under limits.** ``kb/json_api.pl`` loads every library it uses
  explicitly, so nothing is autoloaded inside an inference-limited goal
  (``tests/test_hostile.py`` checks it with autoloading switched off).
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import re
import threading
from pathlib import Path
from typing import Any, Callable, TypeVar

from .errors import ConfigurationError, EngineError

KB_DIR = Path(__file__).resolve().parent.parent / "kb"

#: The fixed entry predicates the bridge may call, each with its module.
ENTRY_PREDICATES: dict[str, str] = {
    "ask_json": "json_api",
    "vocabulary_json": "json_api",
    "norms_json": "json_api",
    "questions_json": "json_api",
    "clause_counts_json": "introspection",
    "loaded_files_json": "introspection",
}

#: Default of SWI-Prolog's ``stack_limit`` flag (bytes; env ``CASSATION_STACK_LIMIT``).
DEFAULT_STACK_LIMIT = 1024 ** 3
#: Default C stack of the thread that runs SWI-Prolog (bytes; env ``CASSATION_C_STACK``).
DEFAULT_C_STACK = 256 * 1024 ** 2
MIN_STACK_LIMIT = 8 * 1024 ** 2
MIN_C_STACK = 64 * 1024 ** 2

_SIZE = re.compile(r"^\s*(\d+)\s*([kKmMgG]?)i?[bB]?\s*$")
_UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}

T = TypeVar("T")


def byte_size(variable: str, default: int, minimum: int) -> int:
    """The size in bytes set by environment variable ``variable`` (``1073741824``, ``512M``, ``1G``)."""
    text = os.environ.get(variable)
    if text is None or not text.strip():
        return default
    match = _SIZE.match(text)
    if not match:
        raise ConfigurationError(
            f"{variable}={text!r} is not a size: write bytes, or a number with K, M or G (e.g. 1G)")
    size = int(match.group(1)) * _UNITS[match.group(2).lower()]
    if size < minimum:
        raise ConfigurationError(f"{variable}={text!r} is too small: at least {minimum // 1024 ** 2} MiB")
    return size


def prolog_quoted_atom(text: str) -> str:
    """``text`` as a quoted Prolog atom (for file paths we own, never for user text)."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"


def prolog_string_literal(text: str) -> str:
    """``text`` as a double-quoted SWI-Prolog string literal that reads back verbatim.

    JSON string escapes (``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``) are valid SWI
    escapes, and non-ASCII characters cross as UTF-8.  NUL cannot be carried
    (pyswip passes C strings), nor an unpaired surrogate (not UTF-8): both raise
    :class:`ValueError`.
    """
    if "\x00" in text:
        raise ValueError("text with a NUL character cannot be sent to Prolog")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"text with an unpaired surrogate (U+{ord(exc.object[exc.start]):04X}) is not valid Unicode"
        ) from None
    return json.dumps(text, ensure_ascii=False)


class _PrologThread:
    """One thread, with a large C stack, on which every call to SWI-Prolog runs.

    Calls are queued and run one at a time, in order, so pyswip never sees two
    open queries or two threads.  A caller interrupted while it waits (Ctrl-C)
    leaves its call to finish on the thread; the next call queues behind it.
    """

    def __init__(self, stack_bytes: int) -> None:
        self._calls: "queue.SimpleQueue[tuple[Callable[[], Any], dict[str, Any]]]" = queue.SimpleQueue()
        self._pid = os.getpid()
        previous = threading.stack_size()
        try:
            threading.stack_size(stack_bytes)
            self._thread = threading.Thread(target=self._serve, name="cassation-prolog", daemon=True)
            self._thread.start()
        except (ValueError, RuntimeError, MemoryError) as exc:
            raise EngineError(
                f"cannot start the Prolog thread with a {stack_bytes:,}-byte C stack ({exc}); "
                "set CASSATION_C_STACK lower") from exc
        finally:
            threading.stack_size(previous)

    def _serve(self) -> None:
        while True:
            call, box = self._calls.get()
            try:
                box["value"] = call()
            except BaseException as exc:  # handed to the caller, re-raised there
                box["error"] = exc
            finally:
                box["done"].set()

    def run(self, call: Callable[[], T], timeout: float | None = None) -> T:
        """Run ``call()`` on the Prolog thread and return its value (or raise its exception).

        With ``timeout``, raise :class:`TimeoutError` if the call has not ended by then.
        """
        if threading.current_thread() is self._thread:
            return call()
        if os.getpid() != self._pid:  # a forked child has no Prolog thread: it would wait for ever
            raise EngineError("the Prolog engine cannot be used in a forked process; start a new one")
        box: dict[str, Any] = {"done": threading.Event()}
        self._calls.put((call, box))
        if not box["done"].wait(timeout):
            raise TimeoutError("the Prolog thread is busy")
        if "error" in box:
            raise box["error"]
        return box["value"]


class PrologEngine:
    """The embedded SWI-Prolog with the KB loaded: one per process."""

    _instance: "PrologEngine | None" = None
    _lock = threading.Lock()

    def __init__(self, kb_dir: Path = KB_DIR) -> None:
        self.stack_limit = byte_size("CASSATION_STACK_LIMIT", DEFAULT_STACK_LIMIT, MIN_STACK_LIMIT)
        self.c_stack = byte_size("CASSATION_C_STACK", DEFAULT_C_STACK, MIN_C_STACK)
        entry = kb_dir / "cassation.pl"
        introspection = kb_dir / "introspection.pl"
        for path in (entry, introspection):
            if not path.is_file():
                raise EngineError(f"the knowledge base is missing: {path}")
        self._thread = _PrologThread(self.c_stack)
        self._prolog: Any = None
        self._thread.run(lambda: self._start(entry, introspection))

    def _start(self, entry: Path, introspection: Path) -> None:
        """Start SWI-Prolog and load the KB (runs on the Prolog thread)."""
        try:
            import pyswip.core
            from pyswip import Prolog
        except Exception as exc:  # pragma: no cover - depends on the machine
            raise EngineError(f"SWI-Prolog cannot be loaded through pyswip: {exc}") from exc
        # pyswip's exit hook calls PL_cleanup from the main thread, which is not
        # the thread SWI-Prolog runs on: SWI then warns "Failed to stop Prolog
        # threads" on stderr.  Clean up on the Prolog thread instead.
        atexit.unregister(pyswip.core.cleanupProlog)
        atexit.register(self._cleanup, pyswip.core)
        self._prolog = Prolog()
        self._run("set_prolog_flag(debug_on_error, false)")
        self._run("set_prolog_flag(verbose_load, silent)")
        self._run(f"set_prolog_flag(stack_limit, {int(self.stack_limit)})")
        self._run(f"use_module({prolog_quoted_atom(str(entry))})")
        self._run(f"use_module({prolog_quoted_atom(str(introspection))})")
        self._run("json_api:ask_json(\"{}\", _)")  # warms up and checks the boundary

    def _cleanup(self, core: Any) -> None:
        """At exit: SWI-Prolog's PL_cleanup, on its own thread (skipped if a query still runs)."""
        def cleanup() -> None:
            if core.PL_is_initialised(None, None):
                core.PL_cleanup(int(core._hook.exit_code or 0))
        try:
            self._thread.run(cleanup, timeout=2)
        except Exception:  # exiting anyway: nothing left to report to
            pass

    @classmethod
    def instance(cls) -> "PrologEngine":
        """The process's engine, started on first use."""
        with cls._lock:
            if cls._instance is None:
                cls._instance = PrologEngine()
            return cls._instance

    def _run(self, goal: str) -> list[dict[str, Any]]:
        """Run ``goal`` (text we wrote, never user text) to its first answer; on the Prolog thread only."""
        try:
            return list(self._prolog.query(goal, maxresult=1, catcherrors=True))
        except Exception as exc:
            raise EngineError(f"Prolog failed on {goal[:80]!r}: {' '.join(str(exc).split())}") from exc

    def flag(self, name: str) -> Any:
        """The value of the Prolog flag ``name`` (an identifier; for tests and diagnostics)."""
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise EngineError(f"{name!r} is not a Prolog flag name")
        rows = self._thread.run(lambda: self._run(f"current_prolog_flag({name}, Value)"))
        if not rows:
            raise EngineError(f"no Prolog flag {name}")
        return rows[0]["Value"]

    def call_json(self, entry: str, request: dict[str, Any] | None = None) -> Any:
        """Call the fixed entry predicate ``entry`` and decode its JSON answer.

        Raises :class:`ValueError` if the request holds text Prolog cannot be sent
        (NUL, an unpaired surrogate).
        """
        module = ENTRY_PREDICATES.get(entry)
        if module is None:
            raise EngineError(f"{entry} is not an entry predicate of the KB")
        if request is None:
            goal = f"{module}:{entry}(Out)"
        else:
            payload = prolog_string_literal(json.dumps(request, ensure_ascii=False))
            goal = f"{module}:{entry}({payload}, Out)"
        with self._lock:
            rows = self._thread.run(lambda: self._run(goal))
        if not rows:
            raise EngineError(f"{entry} gave no answer")
        out = rows[0]["Out"]
        text = out.decode("utf-8") if isinstance(out, bytes) else str(out)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise EngineError(f"{entry} answered with invalid JSON: {exc}") from exc
