"""Batches: one question asked of many cases, in order, by one or more worker processes.

A batch is a stream of cases (Python :class:`~pyswip_bridge.bridge.case.Case` objects, or the lines of a
``.jsonl`` file, one JSON case a line) and a stream of results, one JSON object per case, in the
cases' order::

    {"line": 17, "holds": true, "id": "case-17", "question": "may_review(Act, Petitioner)",
     "answers": [{"bindings": {"Act": "v1", "Petitioner": "'Қайрат'"}, "rules": ["p1_…", …]}],
     "truncated": false, "answers_found": 1,  one answer per distinct binding; when the KB's cap
                                              cut the list, truncated is true and answers_found
                                              is a lower bound of the distinct answers
     "validity": {...},                       the validity object of the JSON contract
     "explanation": {...}}                    only with explain: the whole answer (JSON contract)

or, for a case that could not be answered (a malformed line, an undeclared fact, a date outside the
resolution's period, an exceeded limit)::

    {"line": 18, "holds": null, "id": null, "question": "...",
     "error": {"type": "vocabulary", "message": "...", "where": "cases.jsonl:18: fact 2"}}

``line`` is the case's position: its line number in a ``.jsonl`` file, its 1-based index otherwise.
``line`` and ``holds`` come first, so that a line's outcome can be read without parsing it whole.

Workers are processes of their own (``python -m pyswip_bridge.bridge.worker``; pyswip holds one
engine per process and is not thread-safe, and a forked copy of a process that has started SWI-Prolog
cannot use it), each with its own :class:`~pyswip_bridge.bridge.kb.KnowledgeBase`.  Cases go to them in
chunks, and at most a few chunks per worker are in flight, so the cases are read lazily and memory does not
grow with their number.
No legal rule is decided here: every answer is the KB's.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any, Protocol

from ..errors import (
    CaseFileError,
    CassationError,
    ConfigurationError,
    EngineError,
    LimitError,
    QueryError,
    ReadingError,
    UserError,
    error_from_json,
)
from .case import MAX_CASE_FILE_BYTES, Case, Fact
from .limits import Limits

#: Worker processes a batch may have.
MAX_WORKERS = 256
#: Cases sent to a worker at a time.
CHUNK_SIZE = 32
#: Chunks in flight per worker (bounds memory and keeps every worker busy).
CHUNKS_IN_FLIGHT = 3
#: A line of a cases file longer than this is that case's error (its bytes are skipped, not held).
MAX_LINE_BYTES = MAX_CASE_FILE_BYTES


@dataclass(frozen=True)
class CaseLine:
    """One line of a ``.jsonl`` file of cases, not yet read: its number, its text, the file's name.

    ``problem`` is set instead of ``text`` when the line could not even be read (too long, not
    UTF-8): the result is then that error.
    """

    line: int
    text: str
    source: str
    problem: str | None = None


def read_case_lines(stream: IO[bytes], source: str, after: int = 0) -> Iterator[CaseLine]:
    """The non-blank lines of a cases file numbered from 1, skipping lines up to ``after``.

    A line that is too long or not UTF-8 becomes a :class:`CaseLine` with its ``problem``; a line
    is never held whole if it is too long.
    """
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        problem = None
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            problem = f"the line is more than {MAX_LINE_BYTES:,} bytes"
        if number <= after:
            continue
        if problem is not None:
            yield CaseLine(number, "", source, problem)
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield CaseLine(number, "", source, f"not valid UTF-8 (byte {exc.start})")
            continue
        if text.strip():
            yield CaseLine(number, text, source)


@dataclass(frozen=True)
class NotACase:
    """Something given as a case that is not one (its type's name); its result is an error."""

    type_name: str


Item = Case | CaseLine | NotACase


class Asker(Protocol):
    """What answers the cases in this process: a :class:`~pyswip_bridge.bridge.kb.KnowledgeBase`
    (named here by what it does, as the knowledge base imports this module for ``ask_many``)."""

    def request(
        self,
        question: str,
        case: Case | None = None,
        *,
        limits: Limits | None = None,
        readings: dict[str, str] | None = None,
        reason_anyway: bool = False,
        explain: bool = True,
        lang: str | None = None,
    ) -> dict[str, Any]: ...

    def answer(self, request: dict[str, Any], source: str | None = None) -> dict[str, Any]: ...

    def answer_with_text(self, request: dict[str, Any], source: str | None = None) -> tuple[dict[str, Any], bytes]: ...


@dataclass(frozen=True)
class BatchOptions:
    """What every case of a batch is asked, and how."""

    question: str
    explain: bool = False
    readings: dict[str, str] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)
    reason_anyway: bool = False
    #: The language of the explanations (``--explain``): ``en`` or ``ru``.
    lang: str = "en"

    def settings(self) -> dict[str, Any]:
        """The options as JSON data (written beside a results file, compared on ``--resume``); ``lang``
        only when it is not English, so that the settings of an English run stay as they were."""
        settings: dict[str, Any] = {
            "question": self.question,
            "explain": self.explain,
            "readings": dict(sorted(self.readings.items())),
            "limits": {"seconds": self.limits.seconds, "inferences": self.limits.inferences},
            "reason_anyway": self.reason_anyway,
        }
        if self.lang != "en":
            settings["lang"] = self.lang
        return settings


@dataclass(frozen=True)
class BatchResult:
    """The result of one case of a batch (see the module comment for its JSON form)."""

    line: int
    case_id: str | int | None
    question: str
    holds: bool | None
    answers: tuple[dict[str, Any], ...] = ()
    validity: dict[str, Any] | None = None
    explanation: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    #: The answers listed were cut at the KB's cap; ``answers_found`` is then a lower bound.
    truncated: bool = False
    answers_found: int | None = None
    #: The explanation's JSON text as the KB wrote it: written out as it is, not encoded again.
    explanation_text: bytes | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"line": self.line, "holds": self.holds, "id": self.case_id, "question": self.question}
        if self.error is not None:
            data["error"] = self.error
        else:
            data["answers"] = list(self.answers)
            data["truncated"] = self.truncated
            data["answers_found"] = len(self.answers) if self.answers_found is None else self.answers_found
            data["validity"] = self.validity
            if self.explanation is not None:
                data["explanation"] = self.explanation
        return data

    def to_json_line(self) -> str:
        """The result as one line of JSON (no newline), always valid UTF-8."""
        if self.explanation_text is not None and self.error is None:
            head = json.dumps({**self.to_json(), "explanation": None}, ensure_ascii=False, separators=(",", ":"))
            assert head.endswith(',"explanation":null}')
            return head[: -len("null}")] + self.explanation_text.decode("utf-8") + "}"
        data = self.to_json()
        line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # an unpaired surrogate quoted in a message: escape it
            line = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
        return line

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BatchResult:
        return cls(
            line=data["line"],
            case_id=data.get("id"),
            question=data["question"],
            holds=data["holds"],
            answers=tuple(data.get("answers", ())),
            validity=data.get("validity"),
            explanation=data.get("explanation"),
            error=data.get("error"),
            truncated=bool(data.get("truncated", False)),
            answers_found=data.get("answers_found"),
        )


def error_object(exc: CassationError, place: str | None = None) -> dict[str, Any]:
    """The ``error`` of a result: the KB's error type, the one-line message, and where: the fact's
    place if the error is about one fact, else the case's (``cases.jsonl:17``), if known."""
    return {"type": exc.kind, "message": exc.one_line(), "where": getattr(exc, "where", None) or place}


def proof_rules(node: dict[str, Any]) -> list[str]:
    """The sorted ids of the rules used in a proof (NODE of the JSON contract)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if current.get("rule"):
            found.add(current["rule"])
        stack.extend(current.get("children", ()))
    return sorted(found)


def answer_item(kb: Asker, options: BatchOptions, item: Item, position: int) -> BatchResult:
    """The result for one case (never raises for a problem of the case itself)."""
    line = item.line if isinstance(item, CaseLine) else position
    place = f"{item.source}:{item.line}" if isinstance(item, CaseLine) else getattr(item, "source", None)
    case_id = None
    try:
        if isinstance(item, CaseLine):
            if item.problem is not None:
                raise CaseFileError(item.problem, place)
            case = Case.from_json_text(item.text, f"{item.source}:{item.line}")
        elif isinstance(item, Case):
            case = item
        else:
            name = item.type_name if isinstance(item, NotACase) else type(item).__name__
            raise CaseFileError(f"case {position} is a {name}, not a Case")
        case_id = case.case_id
        request = kb.request(
            options.question,
            case,
            limits=options.limits,
            readings=options.readings,
            reason_anyway=options.reason_anyway,
            explain=options.explain,
            lang=options.lang,
        )
        data, text = kb.answer_with_text(request, case.source)
    except CassationError as exc:
        return BatchResult(line, case_id, options.question, None, error=error_object(exc, place))
    if options.explain:
        answers = tuple({"bindings": a["bindings"], "rules": proof_rules(a["proof"])} for a in data["answers"])
    else:
        answers = tuple({"bindings": a["bindings"], "rules": a["rules"]} for a in data["answers"])
    return BatchResult(
        line,
        case_id,
        options.question,
        bool(data["holds"]),
        answers,
        data.get("validity"),
        data if options.explain else None,
        explanation_text=text if options.explain else None,
        truncated=bool(data.get("truncated", False)),
        answers_found=data.get("answers_found"),
    )


def check_question(kb: Asker, options: BatchOptions) -> dict[str, Any] | None:
    """The error object if the question (or the batch's readings or limits) cannot be asked at all, else ``None``."""
    try:
        kb.answer(
            kb.request(
                options.question,
                Case(),
                limits=options.limits,
                readings=options.readings,
                reason_anyway=True,
                explain=False,
            )
        )
    except (QueryError, ReadingError, LimitError, ConfigurationError) as exc:
        return {"type": exc.kind, "message": str(exc), "column": getattr(exc, "column", None)}
    except CassationError:
        return None  # a limit on the empty case says nothing about the question
    return None


def raise_question_error(error: dict[str, Any] | None) -> None:
    if error is not None:
        raise error_from_json(error)


# --- worker processes ---------------------------------------------------------------------------
#
# A worker is `python -m pyswip_bridge.bridge.worker`: a process of its own (not a multiprocessing
# child, which would re-import the caller's __main__ and copy a started SWI-Prolog), talking JSON
# lines over its standard input and a pipe of its own (`--protocol-fd N`; its standard output is
# /dev/null, so that nothing SWI-Prolog or C code prints, at start-up or at exit, can reach the
# protocol or fail on a pipe whose reader has gone).  The first line in is the options, answered by
# one line: the question's error object or null.  Then each line in is a chunk of items, answered by
# one result line per item, in order.  A reader thread per worker drains its output, so a worker
# never blocks on a full pipe while the parent writes to it.


def item_message(position: int, item: Item) -> dict[str, Any]:
    """An item as JSON data for a worker."""
    if isinstance(item, CaseLine):
        return {
            "position": position,
            "line": item.line,
            "text": item.text,
            "source": item.source,
            "problem": item.problem,
        }
    if isinstance(item, Case):
        return {
            "position": position,
            "case": {
                "facts": [[f.text, f.where] for f in item.facts],
                "denied": [[f.text, f.where] for f in item.denied],
                "readings": item.readings,
                "source": item.source,
                "id": item.case_id,
            },
        }
    return {"position": position, "not_a_case": item.type_name if isinstance(item, NotACase) else type(item).__name__}


def item_from_message(message: dict[str, Any]) -> tuple[int, Any]:
    """The position and item of a message made by :func:`item_message`."""
    position = message["position"]
    if "case" in message:
        data = message["case"]
        document = {"id": data["id"]} if data.get("id") is not None else {}
        case = Case(
            [Fact(t, w) for t, w in data["facts"]],
            dict(data["readings"]),
            data.get("source"),
            document,
            [Fact(t, w) for t, w in data["denied"]],
        )
        return position, case
    if "line" in message:
        return position, CaseLine(message["line"], message["text"], message["source"], message.get("problem"))
    return position, NotACase(str(message.get("not_a_case")))


def message_bytes(message: dict[str, Any]) -> bytes:
    """A message for a worker as one line of JSON: UTF-8 (Cyrillic and Kazakh text escaped as \\uXXXX
    would take three times the bytes, and a chunk of long cases is held while it is sent), or
    ASCII escapes if the text has an unpaired surrogate, which UTF-8 cannot carry."""
    try:
        return json.dumps(message, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(message).encode("ascii")


class _Worker:
    """One worker process, and the thread that reads what it answers."""

    def __init__(self, options: BatchOptions, number: int) -> None:
        self.number = number
        protocol, protocol_end = os.pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "pyswip_bridge.bridge.worker", "--protocol-fd", str(protocol_end)],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                pass_fds=(protocol_end,),
                env={**os.environ, **_swipl_location(), "PYTHONPATH": _package_path()},
            )
        except BaseException:
            os.close(protocol)
            raise
        finally:
            os.close(protocol_end)  # the worker holds the only writing end
        self.output = os.fdopen(protocol, "rb")
        self.lines: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.in_flight = 0
        self.reader = threading.Thread(target=self._read, name=f"cassation-batch-{number}", daemon=True)
        self.reader.start()
        self.send({"options": options.settings()})

    def _read(self) -> None:
        for raw in self.output:
            self.lines.put(raw if raw.endswith(b"\n") else raw + b"\n")
        self.lines.put(None)  # end of output: the worker exited

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(message_bytes(message) + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            self.died()

    def receive(self) -> bytes:
        line = self.lines.get()
        if line is None:
            self.died()
        return line  # type: ignore[return-value]

    def died(self) -> None:
        code = self.process.wait()
        raise EngineError(f"batch worker {self.number} exited with code {code}; the results written so far stand")

    def close(self, finished: bool) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:
            pass
        if not finished:
            self.process.kill()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@cache
def _swipl_location() -> dict[str, str]:
    """LIBSWIPL_PATH and SWI_HOME_DIR for the workers, found once by the parent.

    Without them pyswip runs ``swipl --dump-runtime-variables`` in every worker when it is imported.
    A worker the parent stops early (a bad question) can exit while that swipl still writes to it,
    and swipl then printed "ERROR: format/2: I/O error in write on stream user_output (Broken
    pipe)" into the user's standard error.  The parent waits for its own run.  Where the variables
    are set already, or swipl does not say, the workers find SWI-Prolog as pyswip does.
    """
    if os.environ.get("LIBSWIPL_PATH") and os.environ.get("SWI_HOME_DIR"):
        return {}
    try:
        done = subprocess.run(
            ["swipl", "--dump-runtime-variables"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    found = {}
    for line in done.stdout.splitlines():
        name, _, value = line.rstrip(";").partition("=")
        found[name] = value.strip('"')
    library, home = found.get("PLLIBSWIPL", ""), found.get("PLBASE", "")
    if not (library and home and os.path.exists(library) and os.path.isdir(home)):
        return {}
    return {"LIBSWIPL_PATH": library, "SWI_HOME_DIR": home}


def _package_path() -> str:
    """PYTHONPATH for a worker: the folder holding pyswip_bridge first, so that the worker runs this very code."""
    here = str(Path(__file__).resolve().parents[2])
    rest = os.environ.get("PYTHONPATH")
    return here if not rest else here + os.pathsep + rest


def _chunks(items: Iterator[tuple[int, Item]], size: int) -> Iterator[list[tuple[int, Item]]]:
    """The items in lists of ``size``; if the items' iterator raises, the items read before it are
    yielded first, and the error is raised on the next call."""
    while True:
        chunk: list[tuple[int, Item]] = []
        try:
            for _ in range(size):
                chunk.append(next(items))
        except StopIteration:
            if chunk:
                yield chunk
            return
        except Exception:
            if chunk:
                yield chunk
            raise
        yield chunk


def answer_lines(
    options: BatchOptions,
    items: Iterable[Item],
    *,
    workers: int = 1,
    kb: Asker | None = None,
    start: int = 1,
    on_ready: Callable[[], None] | None = None,
) -> Generator[bytes, None, None]:
    """The result of every item as a line of JSON (UTF-8, ending with a newline), in the items' order.

    Lines from workers are passed on as the bytes they wrote: a batch's parent process does not
    decode or re-encode results (with --explain they are tens of kilobytes each).

    With one worker the items are answered in this process, by ``kb`` (required then).
    ``start`` is the position of the first item (for items that are not lines of a file);
    ``on_ready`` is called once SWI-Prolog is loaded everywhere and the question checked.  Raises
    the question's error before any result if the question cannot be asked, and
    :class:`EngineError` if a worker process dies (the results yielded so far stand).
    """
    if workers < 1:
        raise UserError(f"the number of workers must be at least 1, not {workers}")
    numbered = enumerate(items, start=start)
    if workers == 1:
        if kb is None:
            raise ValueError("one worker answers in this process: give the KnowledgeBase as kb")
        raise_question_error(check_question(kb, options))
        if on_ready is not None:
            on_ready()
        for position, item in numbered:
            yield answer_item(kb, options, item, position).to_json_line().encode("utf-8") + b"\n"
        return
    yield from _answer_in_workers(options, numbered, workers, on_ready)


def _answer_in_workers(
    options: BatchOptions, numbered: Iterator[tuple[int, Item]], count: int, on_ready: Callable[[], None] | None
) -> Iterator[bytes]:
    workers: list[_Worker] = []
    finished = False
    try:
        workers = [_Worker(options, n) for n in range(1, count + 1)]
        for worker in workers:
            check = json.loads(worker.receive())
            raise_question_error(check)
        if on_ready is not None:
            on_ready()
        pending: deque[tuple[_Worker, int]] = deque()  # (worker, size of chunk), in the items' order
        chunks = _chunks(numbered, CHUNK_SIZE)
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                break
            except Exception:  # the items' iterator failed: what was answered before it comes first
                while pending:
                    yield from _take(pending)
                finished = True
                raise
            worker = min(workers, key=lambda w: w.in_flight)
            while worker.in_flight >= CHUNKS_IN_FLIGHT:  # every worker is full: take the oldest results
                yield from _take(pending)
                worker = min(workers, key=lambda w: w.in_flight)
            worker.send({"items": [item_message(position, item) for position, item in chunk]})
            worker.in_flight += 1
            pending.append((worker, len(chunk)))
        while pending:
            yield from _take(pending)
        finished = True
    finally:
        for worker in workers:
            worker.close(finished)


def _take(pending: deque[tuple[_Worker, int]]) -> Iterator[bytes]:
    worker, size = pending.popleft()
    lines = [worker.receive() for _ in range(size)]
    worker.in_flight -= 1
    yield from lines


def answer_cases(
    options: BatchOptions, cases: Iterable[Item], *, workers: int = 1, kb: Asker | None = None
) -> Iterator[BatchResult]:
    """:func:`answer_lines` as :class:`BatchResult` objects (what ``KnowledgeBase.ask_many`` gives)."""
    for text in answer_lines(options, cases, workers=workers, kb=kb):
        yield BatchResult.from_json(json.loads(text))


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
