"""``cassation batch``: one question asked of every case of a ``.jsonl`` file, results in input order."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from itertools import chain
from pathlib import Path
from typing import IO, Iterator

import click

from .batch import MAX_WORKERS, BatchOptions, CaseLine, answer_lines, default_workers
from .batch_files import (RESULT_HEAD, BatchFileError, cases_fingerprint, check_output_paths, check_resumable,
                          commit_run_file,
                          count_lines, now, read_case_lines, read_run_file, stage_run_file,
                          verify_results, write_run_file)
from .cli import limit_options, main, parse_readings, reports_errors
from .kb import Limits
from .records import kb_version

#: Results are flushed to disk at least this often (seconds), so a killed run loses little.
FLUSH_SECONDS = 1.0


@main.command()
@click.argument("question")
@click.option("--cases", "cases_path", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Cases, one JSON case file object per line (.jsonl); - for standard input.")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False),
              help="Results, one JSON object per case, in the cases' order (.jsonl).")
@click.option("--workers", type=click.IntRange(1, MAX_WORKERS), default=None,
              help="Worker processes, each with its own SWI-Prolog.  [default: one per core]")
@click.option("--explain", is_flag=True, help="Keep each case's whole answer: proofs, why-not, citations.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run: cases already answered are skipped.")
@click.option("--overwrite", is_flag=True, help="Replace an existing results file.")
@click.option("--reading", "readings", multiple=True, metavar="PASSAGE=READING",
              help="Choose a reading of an ambiguous passage for every case.")
@limit_options(" per case")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with rate and ETA on stderr.  [default: when stderr is a terminal]")
@reports_errors
def batch(question: str, cases_path: str, out_path: str, workers: int | None, explain: bool, resume: bool,
          overwrite: bool, readings: tuple[str, ...], reason_anyway: bool, time_limit: float,
          inference_limit: int, progress: bool | None) -> None:
    """Answer QUESTION, e.g. 'may_review(Act, Petitioner)', for every case of --cases.

    Writes one result line per case to --out, in the cases' order: the answers (bindings and the
    rules used), with --explain the whole answer, or the case's error (a malformed line, an
    undeclared fact, ...), after which the batch goes on.  An interrupted run (Ctrl-C, a killed
    process) continues with --resume.  How the results were made is written beside them
    (OUT.run.json).
    """
    if resume and overwrite:
        raise BatchFileError("--resume and --overwrite exclude each other")
    options = BatchOptions(question, explain, parse_readings(readings), Limits(time_limit, inference_limit),
                           reason_anyway)
    out = Path(out_path)
    from_stdin = cases_path == "-"
    cases = None if from_stdin else Path(cases_path)
    if cases is not None and not cases.exists():
        raise BatchFileError(f"{cases_path}: no such cases file")
    if cases is not None and not cases.is_file():
        raise BatchFileError(f"{cases_path}: not a regular file (a pipe or a device cannot be read again "
                             "to resume); give a file, or - to read the cases from standard input")
    if from_stdin and resume:
        raise BatchFileError("--resume needs a cases file (standard input cannot be read again)")
    if not out.parent.is_dir():
        raise BatchFileError(f"{out.parent}: no such directory for the results")
    check_output_paths(out)
    if cases is not None and out.exists() and out.resolve() == cases.resolve():
        raise BatchFileError("--out is the cases file itself")
    version = kb_version()
    settings = options.settings()

    done = 0
    finished = None
    record: dict = {}
    if out.exists() and out.stat().st_size > 0 and not overwrite:
        if not resume:
            raise BatchFileError(f"{out} exists: continue it with --resume, or replace it with --overwrite")
        record = read_run_file(out)
        check_resumable(out, record, settings, version, cases)
        assert cases is not None  # check_resumable refuses standard input
        finished = verify_results(out, cases)
        done = finished.last_line

    total = None if cases is None else count_lines(cases)
    workers = workers or default_workers()
    if total is not None:  # no more processes than cases left (each one loads SWI-Prolog and the KB)
        workers = min(workers, max(1, total - done))
    show = sys.stderr.isatty() if progress is None else progress
    began = time.perf_counter()
    counts: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    state = "failed"
    # The name in per-case messages: a path that is not UTF-8 is shown with U+FFFD for its odd bytes.
    source_name = "<stdin>" if cases is None else os.fsencode(cases_path).decode("utf-8", "replace")
    stream_in: IO[bytes] = sys.stdin.buffer if cases is None else cases.open("rb")
    bar = None
    last = done
    signalled = signal.SIGINT
    in_main_thread = threading.current_thread() is threading.main_thread()  # signal handlers live there
    previous_sigterm = signal.signal(signal.SIGTERM, _terminated) if in_main_thread else None
    try:
        lines_sent: deque[int] = deque()
        items = _remember_lines(read_case_lines(stream_in, source_name, after=done), lines_sent)
        ready: list[float] = []
        results = answer_lines(options, items, workers=workers,
                               on_ready=lambda: ready.append(time.perf_counter() - began))
        # The first result (or the end) comes only after the question was checked: a question that
        # cannot be asked is refused here, before any file is touched.
        first = next(results, None)
        if finished is not None:
            earlier = [*record.get("earlier_runs", []),
                       *([{**record["this_run"], "state": record.get("state"), "last_line": record.get("last_line")}]
                         if isinstance(record.get("this_run"), dict) else [])]
            new_record = {**record, "state": "running", "resumed": now(), "resumed_after_line": done,
                          "earlier_runs": earlier}
        else:
            new_record = {"cases": "-" if cases is None else str(cases.resolve()),
                          "cases_fingerprint": None if cases is None else cases_fingerprint(cases),
                          "settings": settings, "kb_version": version, "started": now(), "state": "running"}
        # The new run file is written beside the old one first: if it cannot be, the results are untouched.
        staged = stage_run_file(out, new_record)
        try:
            if finished is not None:
                with out.open("r+b") as stream:  # drop a last result cut short
                    stream.truncate(finished.end)
            else:
                out.write_bytes(b"")
        except OSError as exc:
            staged.unlink(missing_ok=True)
            raise BatchFileError(f"{out}: cannot write the results ({exc.strerror or exc})") from None
        record = new_record
        commit_run_file(staged, out)
        bar = _progress_bar(total, done, show)
        try:
            with out.open("ab") as sink:
                flushed = time.monotonic()
                for result in chain([first], results) if first is not None else ():
                    sink.write(result)
                    line = lines_sent.popleft()
                    outcome = _outcome(result)
                    counts[outcome] += 1
                    if outcome == "error":
                        errors[json.loads(result)["error"]["type"]] += 1
                    if bar is not None:
                        bar.update(line - last)
                    last = line
                    if time.monotonic() - flushed >= FLUSH_SECONDS:
                        sink.flush()
                        flushed = time.monotonic()
        except OSError as exc:  # a full disk, a file system gone read-only
            raise BatchFileError(f"{out}: cannot write the results ({exc.strerror or exc}); the results "
                                 "written so far stand: free the space and continue with --resume") from None
        state = "finished"
    except KeyboardInterrupt:
        state = "interrupted"
    except Terminated:
        state = "interrupted"
        signalled = signal.SIGTERM
    finally:
        if bar is not None:
            bar.close()
        if cases is not None:
            stream_in.close()
        seconds = time.perf_counter() - began
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous_sigterm)
        if record:
            record.update(state=state, updated=now(), last_line=last,
                          this_run={"cases": sum(counts.values()), "holds": counts["true"],
                                    "does_not_hold": counts["false"], "errors": dict(errors),
                                    "seconds": round(seconds, 3), "workers": workers,
                                    "ready_seconds": round(ready[0], 3) if ready else None})
            try:
                write_run_file(out, record)
            except BatchFileError:
                if state != "failed":  # else the error that ended the run is the one to report
                    raise
    answered = sum(counts.values())
    rate = answered / seconds if seconds > 0 else 0.0
    error_text = ", ".join(f"{n:,} {kind}" for kind, n in errors.most_common())
    click.echo(f"{answered:,} cases answered in {seconds:.1f} s ({rate:,.0f} a second, {workers} "
               f"worker{'s' if workers != 1 else ''}): {counts['true']:,} hold, {counts['false']:,} do not, "
               f"{counts['error']:,} errors{' (' + error_text + ')' if error_text else ''}; results in {out}",
               err=True)
    if state == "interrupted":
        click.echo(f"interrupted after line {last:,} of the cases; continue with the same command and --resume",
                   err=True)
        sys.exit(128 + signalled)


class Terminated(BaseException):
    """SIGTERM arrived: the batch stops as on Ctrl-C (run file "interrupted", exit 143)."""


def _terminated(signum: int, frame: object) -> None:
    raise Terminated()


def _remember_lines(items: Iterator[CaseLine], lines: "deque[int]") -> Iterator[CaseLine]:
    """The items, noting each one's line number as it is taken (results come back in the same order)."""
    for item in items:
        lines.append(item.line)
        yield item


def _outcome(result: bytes) -> str:
    match = RESULT_HEAD.match(result[:64])
    if match is None:
        return "error"
    return {b"true": "true", b"false": "false"}.get(match.group(2), "error")


def _progress_bar(total: int | None, done: int, show: bool):  # -> tqdm | None
    if not show:
        return None
    from tqdm import tqdm
    return tqdm(total=total, initial=done, unit=" lines", file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1, desc="cases")


__all__ = ["batch"]
