"""``cassation batch``: one question asked of every case of a ``.jsonl`` file, results in input order."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from types import FrameType
from typing import IO, Any

import click

from ..batch.files import (
    RESULT_HEAD,
    Finished,
    RunLock,
    append_result,
    cases_fingerprint,
    check_output_paths,
    check_resumable,
    commit_run_file,
    count_lines,
    lock_results,
    now,
    open_results,
    read_run_file,
    stage_run_file,
    verify_results,
    write_run_file,
)
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..bridge.pool import MAX_WORKERS, BatchOptions, CaseLine, answer_lines, default_workers, read_case_lines
from ..bridge.records import kb_version
from ..errors import BatchFileError
from ..i18n import language, tr
from .app import limit_options, main, parse_readings, reports_errors

#: While a batch runs, its run file is brought up to date at least this often (seconds), so that a
#: run killed without warning leaves its counts so far.
RUN_FILE_SECONDS = 2.0


@main.command()
@click.argument("question")
@click.option(
    "--cases",
    "cases_path",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Cases, one JSON case file object per line (.jsonl); - for standard input.",
)
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Results, one JSON object per case, in the cases' order (.jsonl).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, MAX_WORKERS),
    default=None,
    help="Worker processes, each with its own SWI-Prolog.  [default: one per core]",
)
@click.option("--explain", is_flag=True, help="Keep each case's whole answer: proofs, why-not, citations.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run: cases already answered are skipped.")
@click.option("--overwrite", is_flag=True, help="Replace an existing results file.")
@click.option(
    "--reading",
    "readings",
    multiple=True,
    metavar="PASSAGE=READING",
    help="Choose a reading of an ambiguous passage for every case.",
)
@limit_options(" per case")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar with rate and ETA on stderr.  [default: when stderr is a terminal]",
)
@reports_errors
def batch(
    question: str,
    cases_path: str,
    out_path: str,
    workers: int | None,
    explain: bool,
    resume: bool,
    overwrite: bool,
    readings: tuple[str, ...],
    reason_anyway: bool,
    time_limit: float,
    inference_limit: int,
    progress: bool | None,
) -> None:
    """Answer QUESTION, e.g. 'may_review(Act, Petitioner)', for every case of --cases.

    Writes one result line per case to --out, in the cases' order: the answers (bindings and the
    rules used), with --explain the whole answer, or the case's error (a malformed line, an
    undeclared fact, ...), after which the batch goes on.  An interrupted run (Ctrl-C, a killed
    process) continues with --resume.  How the results were made is written beside them
    (OUT.run.json).
    """
    if resume and overwrite:
        raise BatchFileError("--resume and --overwrite exclude each other")
    options = BatchOptions(
        question, explain, parse_readings(readings), Limits(time_limit, inference_limit), reason_anyway, language()
    )
    out = Path(out_path)
    cases = _cases_file(cases_path, resume)
    _check_out(out, cases)
    shutdown = _Shutdown()
    run = _Run(
        options,
        out,
        cases,
        cases_path,
        resume,
        overwrite,
        workers,
        sys.stderr.isatty() if progress is None else progress,
        shutdown,
    )
    shutdown.install()
    try:
        run.lock = lock_results(out)
        run.go()
        run.state = "finished"
    except (KeyboardInterrupt, Stopped) as exc:
        run.state = "interrupted"
        shutdown.stopped_by(exc)
    finally:
        shutdown.closing = True  # a signal now would break the bookkeeping: it is ignored
        try:
            run.close()
        finally:
            shutdown.restore()
    click.echo(run.tally.summary(out), err=True)
    if run.state == "interrupted":
        click.echo(
            tr("interrupted after line {line} of the cases; continue with the same command and --resume").format(
                line=f"{run.tally.last:,}"
            ),
            err=True,
        )
        sys.exit(128 + (shutdown.signum or signal.SIGINT))


def _cases_file(cases_path: str, resume: bool) -> Path | None:
    """The cases file (``None``: standard input), refused if it cannot be read again to resume."""
    if cases_path == "-":
        if resume:
            raise BatchFileError("--resume needs a cases file (standard input cannot be read again)")
        return None
    cases = Path(cases_path)
    if not cases.exists():
        raise BatchFileError(f"{cases_path}: no such cases file")
    if not cases.is_file():
        raise BatchFileError(
            f"{cases_path}: not a regular file (a pipe or a device cannot be read again "
            "to resume); give a file, or - to read the cases from standard input"
        )
    return cases


def _check_out(out: Path, cases: Path | None) -> None:
    """Refuse results that cannot be written where asked (before any file is touched)."""
    if not out.parent.is_dir():
        raise BatchFileError(f"{out.parent}: no such directory for the results")
    check_output_paths(out)
    if cases is not None and out.exists() and out.resolve() == cases.resolve():
        raise BatchFileError("--out is the cases file itself")


@dataclass
class _Tally:
    """What a run has done: results written by outcome and error type, the last line answered."""

    last: int = 0
    workers: int = 0
    started: str = field(default_factory=now)
    began: float = field(default_factory=time.perf_counter)
    ready: float | None = None
    counts: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, result: bytes, line: int) -> None:
        outcome = _outcome(result)
        self.counts[outcome] += 1
        if outcome == "error":
            self.errors[json.loads(result)["error"]["type"]] += 1
        self.last = line

    def seconds(self) -> float:
        return time.perf_counter() - self.began

    def this_run(self) -> dict[str, Any]:
        """The run's entry in the run file (``this_run``)."""
        return {
            "started": self.started,
            "cases": sum(self.counts.values()),
            "holds": self.counts["true"],
            "does_not_hold": self.counts["false"],
            "errors": dict(self.errors),
            "seconds": round(self.seconds(), 3),
            "workers": self.workers,
            "ready_seconds": round(self.ready, 3) if self.ready is not None else None,
        }

    def summary(self, out: Path) -> str:
        answered = sum(self.counts.values())
        seconds = self.seconds()
        rate = answered / seconds if seconds > 0 else 0.0
        error_text = ", ".join(f"{n:,} {kind}" for kind, n in self.errors.most_common())
        return tr(
            "{answered} cases answered in {seconds} s ({rate} a second, {workers} worker): {hold} hold, "
            "{not_hold} do not, {errors} errors{kinds}; results in {out}"
            if self.workers == 1
            else "{answered} cases answered in {seconds} s ({rate} a second, {workers} workers): {hold} hold, "
            "{not_hold} do not, {errors} errors{kinds}; results in {out}"
        ).format(
            answered=f"{answered:,}",
            seconds=f"{seconds:.1f}",
            rate=f"{rate:,.0f}",
            workers=self.workers,
            hold=f"{self.counts['true']:,}",
            not_hold=f"{self.counts['false']:,}",
            errors=f"{self.counts['error']:,}",
            kinds=f" ({error_text})" if error_text else "",
            out=out,
        )


class _Run:
    """One run of ``cassation batch``: its files, its record (the run file) and what it has done."""

    def __init__(
        self,
        options: BatchOptions,
        out: Path,
        cases: Path | None,
        cases_path: str,
        resume: bool,
        overwrite: bool,
        workers: int | None,
        show: bool,
        shutdown: _Shutdown,
    ) -> None:
        self.options = options
        self.out = out
        self.cases = cases
        # The name in per-case messages: a path that is not UTF-8 is shown with U+FFFD for its odd bytes.
        self.source_name = "<stdin>" if cases is None else os.fsencode(cases_path).decode("utf-8", "replace")
        self.resume = resume
        self.overwrite = overwrite
        self.workers = workers
        self.show = show
        self.shutdown = shutdown
        self.tally = _Tally()
        self.state = "failed"
        self.record: dict[str, Any] = {}  # the run file, once this run has written it
        self.lock: RunLock | None = None
        self.bar: Any = None  # tqdm, when shown

    def go(self) -> None:
        """Answer every case not answered yet (the lock is held)."""
        version = kb_version()
        earlier, finished = self._earlier_results(version)
        total = None if self.cases is None else count_lines(self.cases)
        workers = self.workers or default_workers()
        if total is not None:  # no more processes than cases left (each one loads SWI-Prolog and the KB)
            workers = min(workers, max(1, total - finished.last_line))
        self.tally = _Tally(last=finished.last_line, workers=workers)
        stream_in: IO[bytes] = sys.stdin.buffer if self.cases is None else self.cases.open("rb")
        lines_sent: deque[int] = deque()
        items = _remember_lines(read_case_lines(stream_in, self.source_name, after=finished.last_line), lines_sent)
        kb = KnowledgeBase() if workers == 1 else None  # one worker: this process answers
        results = answer_lines(self.options, items, workers=workers, kb=kb, on_ready=self._ready)
        try:
            # The first result (or the end) comes only after the question was checked: a question that
            # cannot be asked is refused here, before any file is touched.
            first = next(results, None)
            record = self._resumed(earlier) if earlier else self._new_record(version)
            with self._start(record, finished) as sink:
                self.bar = _progress_bar(total, finished.last_line, self.show)
                self._write(sink, chain([first], results) if first is not None else (), lines_sent)
        finally:
            results.close()  # the workers end here, not whenever the generator is collected
            if self.cases is not None:
                stream_in.close()

    def _ready(self) -> None:
        self.tally.ready = self.tally.seconds()

    def _earlier_results(self, version: str) -> tuple[dict[str, Any], Finished]:
        """The run file of the results to continue (empty if none) and how far they got, checked."""
        out = self.out
        if not (out.exists() and out.stat().st_size > 0) or self.overwrite:
            return {}, Finished(0, 0)
        if not self.resume:
            raise BatchFileError(f"{out} exists: continue it with --resume, or replace it with --overwrite")
        record = read_run_file(out)
        check_resumable(out, record, self.options.settings(), version, self.cases)
        assert self.cases is not None  # check_resumable refuses standard input
        return record, verify_results(out, self.cases)

    def _new_record(self, version: str) -> dict[str, Any]:
        cases = self.cases
        return {
            "cases": "-" if cases is None else str(cases.resolve()),
            "cases_fingerprint": None if cases is None else cases_fingerprint(cases),
            "settings": self.options.settings(),
            "kb_version": version,
            "started": self.tally.started,
            **self._progress("running"),
        }

    def _resumed(self, record: dict[str, Any]) -> dict[str, Any]:
        """The run file of a resumed run: the earlier runs, this one's own (zero) counts."""
        return {
            **record,
            "resumed": self.tally.started,
            "resumed_after_line": self.tally.last,
            "earlier_runs": earlier_runs(record),
            **self._progress("running"),
        }

    def _progress(self, state: str) -> dict[str, Any]:
        return {"state": state, "updated": now(), "last_line": self.tally.last, "this_run": self.tally.this_run()}

    def _start(self, record: dict[str, Any], finished: Finished) -> IO[bytes]:
        """Write the new run file, then open the results (dropping a last result cut short); the new
        run file is staged first: if it cannot be written, the results are untouched."""
        with self.shutdown.held_off:  # the run file and the results change together (no temporary left)
            staged = stage_run_file(self.out, record)
            try:
                sink = open_results(self.out, finished.end)
            except BatchFileError:
                staged.unlink(missing_ok=True)
                raise
            self.record = record
            try:
                commit_run_file(staged, self.out)
            except BatchFileError:
                sink.close()
                raise
        return sink

    def _write(self, sink: IO[bytes], results: Iterable[bytes], lines_sent: deque[int]) -> None:
        """Append each result to the results file as it comes, counting it once it is there."""
        updated = time.monotonic()
        for result in results:
            line = lines_sent.popleft()
            with self.shutdown.held_off:  # a result written is a result counted
                try:
                    append_result(sink, result)
                except OSError as exc:  # a full disk, a file system gone read-only
                    raise BatchFileError(
                        f"{self.out}: cannot write the results ({exc.strerror or exc}); the "
                        "results written so far stand: free the space and continue with "
                        "--resume"
                    ) from None
                if self.bar is not None:
                    self.bar.update(line - self.tally.last)
                self.tally.add(result, line)
            if time.monotonic() - updated >= RUN_FILE_SECONDS:
                self._update_run_file()
                updated = time.monotonic()

    def _update_run_file(self) -> None:
        """Bring the run file up to date while the run goes on (if it cannot be, the run goes on)."""
        self.record.update(self._progress("running"))
        with contextlib.suppress(BatchFileError):
            write_run_file(self.out, self.record)

    def close(self) -> None:
        """Record how the run ended, then let go of the results."""
        try:
            if self.bar is not None:
                self.bar.close()
            if self.record:
                self.record.update(self._progress(self.state))
                try:
                    write_run_file(self.out, self.record)
                except BatchFileError:
                    if self.state != "failed":  # else the error that ended the run is the one to report
                        raise
        finally:
            if self.lock is not None:
                self.lock.release()


def earlier_runs(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The earlier runs of results continued by ``--resume``: those their run file lists, and its own run.

    That run's state is "killed" if its run file still says "running": its process ended without
    recording how (no other run can be writing them: the lock is held).
    """
    runs = list(record.get("earlier_runs", []))
    last = record.get("this_run")
    if isinstance(last, dict):
        state = record.get("state")
        runs.append({**last, "state": "killed" if state == "running" else state, "last_line": record.get("last_line")})
    return runs


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: the batch stops (run file "interrupted", exit 130 or 143)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Shutdown:
    """SIGINT and SIGTERM while a batch runs: the first one stops it; any later one is ignored.

    ``with shutdown.held_off:`` makes a few steps that belong together (a result written and
    counted) whole: a signal that arrives meanwhile stops the run once they are done.

    Two signals a few milliseconds apart (SIGTERM, then Ctrl-C) must not break the shutdown the
    first one began: the second would raise in the middle of the cleanup (the run file left
    "running", click's "Aborted!", or a traceback from the engine's cleanup at exit).  So once one
    has arrived, the handler does nothing until the process exits; nor does it while the run's final
    bookkeeping is written (``closing``).  (A Python handler that returns, not SIG_IGN: a signal
    already pending when SIG_IGN is set is reported by Python as an error.)  A signal the process
    was started ignoring (``nohup``, a background job) stays ignored.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self.closing = False
        self.held_off = _HeldOff(self)
        self._previous: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():  # handlers live in the main thread
            return
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(signum)
            if previous is not signal.SIG_IGN:
                self._previous[signum] = previous
                signal.signal(signum, self._handle)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is not None or self.closing or self.held_off.pending is not None:
            return
        if self.held_off.active:
            self.held_off.pending = signum
            return
        self.stop(signum)

    def stop(self, signum: int) -> None:
        self.signum = signum
        raise Stopped(signum)

    def stopped_by(self, exc: BaseException) -> None:
        """Note the signal that stopped the run (``KeyboardInterrupt``: Python's own Ctrl-C handler)."""
        if self.signum is None:
            self.signum = exc.signum if isinstance(exc, Stopped) else signal.SIGINT

    def restore(self) -> None:
        """Put back the handlers of before, unless a signal stopped the run (the process is ending)."""
        if self.signum is not None:
            return
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)
        self._previous.clear()


class _HeldOff:
    """The context of :attr:`_Shutdown.held_off`: a signal that arrives in it stops the run at its end."""

    def __init__(self, shutdown: _Shutdown) -> None:
        self.shutdown = shutdown
        self.active = False
        self.pending: int | None = None

    def __enter__(self) -> None:
        self.active = True

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.active = False
        if self.pending is not None and kind is None:  # (an error on the way out is the one to report)
            self.shutdown.stop(self.pending)


def _remember_lines(items: Iterator[CaseLine], lines: deque[int]) -> Iterator[CaseLine]:
    """The items, noting each one's line number as it is taken (results come back in the same order)."""
    for item in items:
        lines.append(item.line)
        yield item


def _outcome(result: bytes) -> str:
    match = RESULT_HEAD.match(result[:64])
    if match is None:
        return "error"
    return {b"true": "true", b"false": "false"}.get(match.group(2), "error")


def _progress_bar(total: int | None, done: int, show: bool) -> Any:  # tqdm | None
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(
        total=total, initial=done, unit=" lines", file=sys.stderr, dynamic_ncols=True, smoothing=0.1, desc="cases"
    )


__all__ = ["batch"]
