"""The one module that talks to pyswip, and every workaround pyswip needs.

Hazards of pyswip 0.3.3 with SWI-Prolog 9.0.4, measured on this machine (see
``../shared/docs/bridge-notes.md``) and what this module does about each:

* **Injection.** Query strings built from user text run that text.  Here no
  request is ever written into a goal at all: :meth:`PrologEngine.call_json`
  calls one of a fixed set of entry predicates (:data:`ENTRY_PREDICATES`) of
  ``kb/engine/json_api.pl`` and ``kb/engine/introspection.pl`` through SWI-Prolog's foreign
  interface (``PL_predicate``, ``PL_open_query``), with the request -- one JSON
  document -- put into the first argument as a Prolog *string* (``PL_put_chars``
  with ``REP_UTF8``), which is data and is never read as Prolog text.  The only
  goal texts this module writes are its own start-up goals, in which the KB's
  paths are quoted by :func:`prolog_quoted_atom`.
* **Tracer trap.** After one uncaught error SWI enters debug mode and the next
  error opens the tracer on stdin.  Start-up sets ``debug_on_error`` to false,
  every query passes ``catcherrors=True``, and the entry predicates catch every
  error themselves and answer with an error object.
* **Unicode loss and leaks in pyswip's term API** (``Functor``, ``Variable``,
  ``call``).  Not used.  pyswip's high-level classes create atoms as Latin-1 and
  keep term references alive; :meth:`PrologEngine.call_json` uses the C
  functions underneath them directly, with text always marked ``REP_UTF8``
  both ways (``PL_put_chars`` in, ``PL_get_nchars`` out), inside a foreign
  frame that is discarded after every call, so no term reference outlives its
  call.  The answer is one JSON string, copied out as UTF-8 ``bytes``.  Text
  that UTF-8 cannot carry (an unpaired surrogate) is refused with
  :class:`ValueError` before it reaches SWI-Prolog.
* **String buffers that are never released.** SWI converts text for the foreign
  interface (``PL_get_nchars``) through a stack of buffers released when a
  foreign predicate returns -- which never happens in an embedded engine.
  Measured: every ask kept its converted answer (130 KB an ask with proofs;
  10 MB per 1,000 brief cases in a batch worker).  Every conversion here is
  bracketed by ``PL_STRINGS_MARK()`` (pyswip's context manager) and copies
  the text out of a ``BUF_MALLOC`` buffer that is freed at once.
* **Speed.** Parsing a goal text that carries the request (``Prolog.query``,
  which reads the text, calls it and converts the variable bindings) cost about
  0.4 ms an ask on top of the KB's own work; the foreign call costs
  a few microseconds (``bench/`` measures bridge against native).
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
* **Runaway goals.** ``kb/engine/json_api.pl`` runs every evaluation under a time and
  an inference limit; start-up sets SWI's ``stack_limit`` flag (default 1 GiB,
  ``CASSATION_STACK_LIMIT``), so a goal that exhausts its stacks raises
  ``resource_error``, which the KB reports as ``resource_limit``.
* **Command-line arguments that are not UTF-8.** Importing pyswip encodes
  ``sys.argv`` as strict UTF-8 (``pyswip/core.py``), so a process started with
  a file name holding a Latin-1 byte could not load SWI-Prolog at all.  The
  import sees a copy of ``sys.argv`` with such bytes replaced.
* **Autoloading under limits.** ``kb/engine/json_api.pl`` loads every library it uses
  explicitly, so nothing is autoloaded inside an inference-limited goal
  (``tests/test_hostile.py`` checks it with autoloading switched off).
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import json
import os
import queue
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ConfigurationError, EngineError
from . import resources

KB_DIR = resources.kb_dir()

#: The fixed entry predicates the bridge may call, each with its module.
ENTRY_PREDICATES: dict[str, str] = {
    "ask_json": "json_api",
    "removals_json": "json_api",
    "interview_json": "json_api",
    "choices_json": "json_api",
    "sentences_json": "json_api",
    "vocabulary_json": "json_api",
    "norms_json": "json_api",
    "questions_json": "json_api",
    "clause_counts_json": "introspection",
    "loaded_files_json": "introspection",
}
#: The entry predicates that take no request: ``entry(-Out)``; the others are ``entry(+Request, -Out)``.
OUTPUT_ONLY = frozenset({"vocabulary_json", "norms_json", "questions_json", "clause_counts_json", "loaded_files_json"})
# Entry predicates whose answer depends only on the KB (and on their request, if any), not on any
# case: answered once per process and request, then from memory (the norms take a second to list).
CONSTANT_ENTRIES = frozenset({"vocabulary_json", "norms_json", "questions_json"})
# Entry predicates that also take a case text (ask_json/3: the given facts as one text, see case_text()).
CASE_TEXT_ENTRIES = frozenset({"ask_json", "removals_json"})
CASE_RECORD_SEPARATOR = "\x00"
CASE_PLACE_SEPARATOR = "\x01"


def case_text(facts: list[dict[str, Any]]) -> bytes | None:
    """The given facts of a request as the case text of ``ask_json/3`` (UTF-8): one record
    ``where U+0001 text`` per fact, records separated by U+0000; ``None`` when a fact or its place
    holds one of those two characters (the request then carries its facts as JSON).

    Raises :class:`ValueError` for text with an unpaired surrogate, which is not Unicode.
    """
    records = []
    for fact in facts:
        text, where = fact["text"], fact.get("where") or ""
        if any(c in text or c in where for c in (CASE_RECORD_SEPARATOR, CASE_PLACE_SEPARATOR)):
            return None
        records.append(f"{where}{CASE_PLACE_SEPARATOR}{text}")
    try:
        return CASE_RECORD_SEPARATOR.join(records).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"text with an unpaired surrogate (U+{ord(exc.object[exc.start]):04X}) is not valid Unicode"
        ) from None


# Flags of PL_get_nchars, from SWI-Prolog 9's SWI-Prolog.h (pyswip 0.3.3's CVT_WRITEQ is an older value).
CVT_ATOM = 0x0001
CVT_STRING = 0x0002
CVT_WRITEQ = 0x0200
BUF_MALLOC = 0x00020000
REP_UTF8 = 0x00100000

#: Default of SWI-Prolog's ``stack_limit`` flag (bytes; env ``CASSATION_STACK_LIMIT``).
DEFAULT_STACK_LIMIT = 1024**3
#: Default C stack of the thread that runs SWI-Prolog (bytes; env ``CASSATION_C_STACK``).
DEFAULT_C_STACK = 256 * 1024**2
MIN_STACK_LIMIT = 8 * 1024**2
MIN_C_STACK = 64 * 1024**2
#: Upper bounds: SWI-Prolog cannot represent a ``stack_limit`` of 2**63 bytes or more, and a C stack
#: much beyond what the deepest admissible term needs (about 50 MiB) only fails to start a thread.
MAX_STACK_LIMIT = 1024**4
MAX_C_STACK = 4 * 1024**3

_SIZE = re.compile(r"^\s*(\d+)\s*([kKmMgG]?)i?[bB]?\s*$")
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}

T = TypeVar("T")


def byte_size(variable: str, default: int, minimum: int, maximum: int) -> int:
    """The size in bytes set by environment variable ``variable`` (``1073741824``, ``512M``, ``1G``);
    :class:`ConfigurationError` unless it is from ``minimum`` to ``maximum``."""
    text = os.environ.get(variable)
    if text is None or not text.strip():
        return default
    match = _SIZE.match(text)
    if not match:
        raise ConfigurationError(
            f"{variable}={text!r} is not a size: write bytes, or a number with K, M or G (e.g. 1G)"
        )
    size = int(match.group(1)) * _UNITS[match.group(2).lower()]
    if size < minimum:
        raise ConfigurationError(f"{variable}={text!r} is too small: at least {minimum // 1024**2} MiB")
    if size > maximum:
        raise ConfigurationError(f"{variable}={text!r} is too large: at most {maximum // 1024**3} GiB")
    return size


def prolog_quoted_atom(text: str) -> str:
    """``text`` as a quoted Prolog atom (for file paths we own, never for user text)."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"


def request_bytes(request: dict[str, Any]) -> bytes:
    """``request`` as one UTF-8 JSON text (NUL and other control characters escaped by JSON).

    Raises :class:`ValueError` for text with an unpaired surrogate, which is not Unicode.
    """
    text = json.dumps(request, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"text with an unpaired surrogate (U+{ord(exc.object[exc.start]):04X}) is not valid Unicode"
        ) from None


class _Call:
    """A call queued on the Prolog thread: its value or exception once it has run."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self.call = call
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """Run the call (on the Prolog thread) and keep its outcome."""
        try:
            self.value = self.call()
        except BaseException as exc:  # handed to the caller, re-raised there
            self.error = exc
        finally:
            self.done.set()

    def result(self, timeout: float | None = None) -> Any:
        """The call's value, or its exception raised; :class:`TimeoutError` if it has not ended by ``timeout``."""
        if not self.done.wait(timeout):
            raise TimeoutError("the Prolog thread is busy")
        if self.error is not None:
            raise self.error
        return self.value


class _PrologThread:
    """One thread, with a large C stack, on which every call to SWI-Prolog runs.

    Calls are queued and run one at a time, in order, so pyswip never sees two
    open queries or two threads.  A caller interrupted while it waits (Ctrl-C)
    leaves its call to finish on the thread; the next call queues behind it.
    The thread is started with SIGINT and SIGTERM blocked, so they always reach
    the main thread (where Python handles them), never SWI-Prolog's.
    """

    def __init__(self, stack_bytes: int) -> None:
        self._calls: queue.SimpleQueue[_Call] = queue.SimpleQueue()
        self._pid = os.getpid()
        previous = threading.stack_size()
        try:
            threading.stack_size(stack_bytes)
            self._thread = threading.Thread(target=self._serve, name="cassation-prolog", daemon=True)
            with _signals_deferred():
                self._thread.start()
        except (ValueError, RuntimeError, MemoryError, OverflowError) as exc:
            raise ConfigurationError(
                f"cannot start the Prolog thread with a {stack_bytes:,}-byte C stack ({exc}); "
                "set CASSATION_C_STACK lower"
            ) from None
        finally:
            threading.stack_size(previous)

    def _serve(self) -> None:
        while True:
            self._calls.get().run()

    def check_process(self) -> None:
        """Raise :class:`EngineError` in a forked child, which has no Prolog thread (it would wait for ever)."""
        if os.getpid() != self._pid:
            raise EngineError("the Prolog engine cannot be used in a forked process; start a new one")

    def submit(self, call: Callable[[], Any]) -> _Call:
        """Queue ``call`` on the Prolog thread; its :meth:`_Call.result` waits for it."""
        self.check_process()
        queued = _Call(call)
        self._calls.put(queued)
        return queued

    def run(self, call: Callable[[], T], timeout: float | None = None) -> T:
        """Run ``call()`` on the Prolog thread and return its value (or raise its exception).

        With ``timeout``, raise :class:`TimeoutError` if the call has not ended by then.
        """
        if threading.current_thread() is self._thread:
            return call()
        return self.submit(call).result(timeout)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """In the main thread, hold SIGINT and SIGTERM back (they are delivered at the end): a thread
    started meanwhile inherits the mask, and a Ctrl-C cannot land between two steps that belong
    together."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class PrologEngine:
    """The embedded SWI-Prolog with the KB loaded: one per process (:meth:`instance`).

    Start-up runs once, on the Prolog thread.  A caller interrupted while it waits for the start-up
    (Ctrl-C during the first ``KnowledgeBase()``) leaves it running there; the next
    :meth:`instance` waits for that same start-up (and gets its engine, or its error) instead of
    starting a second engine.
    """

    _instance: PrologEngine | None = None
    _lock = threading.Lock()

    def __init__(self, kb_dir: Path = KB_DIR) -> None:
        """Check the configuration and queue the start-up on a new Prolog thread (without waiting
        for it: :meth:`instance` waits)."""
        self.stack_limit = byte_size("CASSATION_STACK_LIMIT", DEFAULT_STACK_LIMIT, MIN_STACK_LIMIT, MAX_STACK_LIMIT)
        self.c_stack = byte_size("CASSATION_C_STACK", DEFAULT_C_STACK, MIN_C_STACK, MAX_C_STACK)
        entry = kb_dir / "cassation.pl"
        introspection = kb_dir / "engine" / "introspection.pl"
        for path in (entry, introspection):
            if not path.is_file():
                raise EngineError(f"the knowledge base is missing: {path}")
        self._prolog: Any = None
        self._core: Any = None
        self._predicates: dict[tuple[str, bool], tuple[Any, int]] = {}
        self._constant_answers: dict[tuple[str, bytes | None], bytes] = {}
        self._thread = _PrologThread(self.c_stack)
        self._started = self._thread.submit(lambda: self._start(entry, introspection))

    def _start(self, entry: Path, introspection: Path) -> None:
        """Start SWI-Prolog and load the KB (runs on the Prolog thread)."""
        # pyswip encodes sys.argv as strict UTF-8 when it is imported (pyswip/core.py, never used
        # after): an argument that is not UTF-8 (a file name with a Latin-1 byte, which Python holds
        # as a surrogate escape) made the import fail.  It gets a copy with such bytes replaced.
        arguments = sys.argv
        sys.argv = [os.fsencode(a).decode("utf-8", "replace") if isinstance(a, str) else a for a in arguments]
        try:
            import pyswip.core
            from pyswip import Prolog
        except Exception as exc:  # pragma: no cover - depends on the machine
            raise EngineError(f"SWI-Prolog cannot be loaded through pyswip: {exc}") from exc
        finally:
            sys.argv = arguments
        # pyswip's exit hook calls PL_cleanup from the main thread, which is not
        # the thread SWI-Prolog runs on: SWI then warns "Failed to stop Prolog
        # threads" on stderr.  Clean up on the Prolog thread instead.
        atexit.unregister(pyswip.core.cleanupProlog)
        atexit.register(self._cleanup, pyswip.core)
        self._prolog = Prolog()
        self._core = pyswip.core
        # PL_get_nchars and PL_free (not wrapped by pyswip): the answer's length is taken, not found
        # by a NUL, and its buffer is malloc'ed and freed here.  `_lib[name]` makes function objects
        # of our own: setting argtypes on pyswip's (`_lib.name`) would change them under pyswip.
        get_nchars = pyswip.core._lib["PL_get_nchars"]
        get_nchars.argtypes = [
            pyswip.core.term_t,
            ctypes.POINTER(ctypes.c_size_t),
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.c_uint,
        ]
        get_nchars.restype = ctypes.c_int
        self._get_nchars = get_nchars
        free = pyswip.core._lib["PL_free"]
        free.argtypes = [ctypes.c_void_p]
        free.restype = None
        self._free = free
        self._run("set_prolog_flag(debug_on_error, false)")
        # Answers cross as strings; nothing of the bridge's uses SWI-Prolog's user_output.  It is a
        # null stream, so that nothing SWI or the KB might print there can mix into a command's own
        # standard output (a JSON answer, a batch's results) or fail on a closed pipe.
        self._run("open_null_stream(Null), set_stream(Null, alias(user_output))")
        self._run("set_prolog_flag(verbose_load, silent)")
        self._run(f"set_prolog_flag(stack_limit, {int(self.stack_limit)})")
        self._run(f"use_module({prolog_quoted_atom(str(entry))})")
        self._run(f"use_module({prolog_quoted_atom(str(introspection))})")
        # The load-time checks again, as goals: an initialization goal that throws is only printed by
        # SWI-Prolog, and the KB must not answer without every sentence in every language.
        self._run("lang:check_languages")
        self._run('json_api:ask_json("{}", _)')  # warms up and checks the boundary

    def _cleanup(self, core: Any) -> None:
        """At exit: SWI-Prolog's PL_cleanup, on its own thread (skipped if a query still runs)."""

        def cleanup() -> None:
            if core.PL_is_initialised(None, None):
                core.PL_cleanup(int(core._hook.exit_code or 0))

        # Exiting anyway (a Ctrl-C now too): nothing left to report to.
        with contextlib.suppress(Exception, KeyboardInterrupt):
            self._thread.run(cleanup, timeout=2)

    @classmethod
    def instance(cls) -> PrologEngine:
        """The process's engine, started on first use; waits for a start-up already under way."""
        with cls._lock, _signals_deferred():
            if cls._instance is None:
                cls._instance = PrologEngine()
            engine = cls._instance
        engine._thread.check_process()
        engine._started.result()  # interruptible; the start-up goes on, and a retry waits for it again
        return engine

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

    def _entry_predicate(self, entry: str, with_case: bool = False) -> Any:
        """SWI-Prolog's handle of the entry predicate ``entry``/1, /2 or, ``with_case``, /3 (looked up once)."""
        key = (entry, with_case)
        handle = self._predicates.get(key)
        if handle is None:
            module = ENTRY_PREDICATES.get(entry)
            if module is None:
                raise EngineError(f"{entry} is not an entry predicate of the KB")
            arity = 1 if entry in OUTPUT_ONLY else 3 if with_case else 2
            handle = (self._core.PL_predicate(entry.encode(), arity, module.encode()), arity)
            self._predicates[key] = handle
        return handle

    def _call_entry(self, entry: str, request: bytes | None, case: bytes | None = None) -> bytes:
        """Call ``entry`` with ``request`` (UTF-8 JSON) and, if given, the ``case`` text (UTF-8, see
        :func:`case_text`), and return its answer (UTF-8 JSON); on the Prolog thread."""
        core = self._core
        predicate, arity = self._entry_predicate(entry, case is not None)
        frame = core.PL_open_foreign_frame()
        try:
            args = core.PL_new_term_refs(arity)
            if request is not None and not core.PL_put_chars(args, core.PL_STRING | REP_UTF8, len(request), request):
                raise EngineError(f"the request to {entry} could not be put into a Prolog string")
            if case is not None and not core.PL_put_chars(args + 1, core.PL_STRING | REP_UTF8, len(case), case):
                raise EngineError(f"the case text to {entry} could not be put into a Prolog string")
            query = core.PL_open_query(None, core.PL_Q_NODEBUG | core.PL_Q_CATCH_EXCEPTION, predicate, args)
            try:
                if not core.PL_next_solution(query):
                    exception = core.PL_exception(query)
                    reason = self._term_text(exception) if exception else "it failed"
                    raise EngineError(f"{entry} gave no answer: {reason}")
                return self._string_bytes(args + arity - 1, entry)
            finally:
                core.PL_cut_query(query)
        finally:
            core.PL_discard_foreign_frame(frame)

    def _string_bytes(self, term: int, entry: str) -> bytes:
        """The text of the string or atom ``term`` as UTF-8 bytes (copied before the frame is discarded)."""
        text = self._term_chars(term, CVT_STRING | CVT_ATOM)
        if text is None:
            raise EngineError(f"{entry} did not answer with a string")
        return text

    def _term_text(self, term: int) -> str:
        """``term`` as Prolog would write it (for messages about exceptions that escaped the KB)."""
        text = self._term_chars(term, CVT_WRITEQ)
        if text is None:
            return "an exception that cannot be written"
        return " ".join(text.decode("utf-8", "replace").split())[:500]

    def _term_chars(self, term: int, conversions: int) -> bytes | None:
        """The text of ``term`` as UTF-8, or ``None`` if ``conversions`` do not apply to it.

        The text is converted into a buffer of its own (``BUF_MALLOC``), copied, and freed, between
        a mark and a release of SWI's string buffers (``PL_STRINGS_MARK``/``PL_STRINGS_RELEASE``):
        SWI converts text through a stack of buffers that is otherwise only released when a
        foreign predicate returns, which never happens in an embedded engine -- measured, every
        ask kept its answer's converted text (130 KB an ask with proofs).
        """
        length = ctypes.c_size_t()
        pointer = ctypes.c_void_p()
        with self._core.PL_STRINGS_MARK():
            if not self._get_nchars(
                term, ctypes.byref(length), ctypes.byref(pointer), conversions | REP_UTF8 | BUF_MALLOC
            ):
                return None
            try:
                return ctypes.string_at(pointer, length.value)
            finally:
                self._free(pointer)

    def call_json(self, entry: str, request: dict[str, Any] | None = None) -> Any:
        """Call the fixed entry predicate ``entry`` and decode its JSON answer.

        Raises :class:`ValueError` if the request holds text UTF-8 cannot carry (an unpaired
        surrogate).
        """
        return self.call_json_text(entry, request)[0]

    def call_json_text(self, entry: str, request: dict[str, Any] | None = None) -> tuple[Any, bytes]:
        """:meth:`call_json`, and the answer's JSON text as the KB wrote it (UTF-8).

        The given facts of a request to an entry of :data:`CASE_TEXT_ENTRIES` travel as its case
        text (:func:`case_text`), not as JSON."""
        if entry not in ENTRY_PREDICATES:
            raise EngineError(f"{entry} is not an entry predicate of the KB")
        case = None
        if request is not None and entry in CASE_TEXT_ENTRIES and isinstance(request.get("facts"), list):
            case = case_text(request["facts"])
            if case is not None:
                request = {key: value for key, value in request.items() if key != "facts"}
        payload = None if request is None else request_bytes(request)
        constant = (entry, payload) if entry in CONSTANT_ENTRIES else None
        answer = self._constant_answers.get(constant) if constant else None
        if answer is None:
            with self._lock:
                answer = self._thread.run(lambda: self._call_entry(entry, payload, case))
            if constant:
                self._constant_answers[constant] = answer
        try:
            return json.loads(answer.decode("utf-8")), answer
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EngineError(f"{entry} answered with invalid JSON: {exc}") from exc
