"""The files of a batch: the ``.jsonl`` cases counted (:func:`~pyswip_bridge.bridge.pool.read_case_lines`
reads them), the results file, the run file
beside it (``RESULTS.jsonl.run.json``) that says how the results were made, so that an interrupted
run can be resumed only with the same question, options and KB, and the lock file
(``RESULTS.jsonl.lock``) that keeps a second run off results being written.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from ..bridge.pool import read_case_lines
from ..errors import BatchFileError

#: The start of every result line: its line number and outcome (see batch.BatchResult.to_json).
RESULT_HEAD = re.compile(rb'^\{"line":(\d+),"holds":(true|false|null)')
#: How much of the start of a cases file identifies it (see cases_fingerprint).
FINGERPRINT_BYTES = 1 << 20
#: Spaces kept at the end of the run file, so that its last record can be written over it in place
#: when no new file can be made (a full disk): the counts at the end take more room than at the start.
RUN_FILE_RESERVE = 4096


def count_lines(path: Path) -> int:
    """The number of lines of ``path`` (a last line without a newline counts)."""
    count = 0
    last = b"\n"
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


@dataclass(frozen=True)
class Finished:
    """How far a results file got: the input line of its last complete result, and where that result ends."""

    last_line: int
    end: int


def verify_results(results: Path, cases: Path) -> Finished:
    """How far the results of an interrupted run got, checked line by line against the cases.

    Every result line must parse, start as a result does, and be the result of the next non-blank
    line of the cases file: line numbers strictly increase, none is skipped, none is beyond the
    cases.  After the last such line may follow only what a run cut short leaves: one line that is
    not a result (cut in the middle, or whole but for its newline), then nothing or NUL bytes (a
    file system fills with NULs the end of a file it lost in a crash); that tail is dropped.
    Anything else is refused, naming its line: resuming would keep a bad line, answer a case twice,
    or never answer one.
    """
    expected = _case_numbers(cases)
    last = end = number = 0
    with results.open("rb") as stream:
        while raw := stream.readline():
            number += 1
            got = _result_number(raw)
            if got is None:
                if not _only_nuls_after(stream):
                    raise _bad_results(results, number, "not a result line of cassation batch")
                break
            wanted = next(expected, None)
            if got != wanted:
                raise _bad_results(results, number, _out_of_step(cases, got, wanted, last))
            last, end = got, end + len(raw)
    return Finished(last, end)


def _case_numbers(cases: Path) -> Iterator[int]:
    """The numbers of the non-blank lines of a cases file: the lines that have a result, in order."""
    with cases.open("rb") as stream:
        for item in read_case_lines(stream, str(cases)):
            yield item.line


def _result_number(raw: bytes) -> int | None:
    """The input line of a whole result line (with its newline), or ``None`` if it is not one."""
    match = RESULT_HEAD.match(raw)
    if match is None or not raw.endswith(b"\n"):
        return None
    try:
        json.loads(raw)
    except ValueError:
        return None
    return int(match.group(1))


def _only_nuls_after(stream: BinaryIO) -> bool:
    while block := stream.read(1 << 20):
        if block.strip(b"\0"):
            return False
    return True


def _out_of_step(cases: Path, got: int, wanted: int | None, last: int) -> str:
    """What is wrong with a result of line ``got`` of the cases where that of ``wanted`` belongs."""
    if got <= last:
        return f"a second result for line {got} of the cases, or one out of order (after that of line {last})"
    lines = count_lines(cases)
    if got > lines:
        return f"a result for line {got} of the cases, but {cases} has {lines} lines"
    if wanted is not None and got > wanted:
        return f"a result for line {got} of the cases after that of line {last}: line {wanted} has none"
    return f"a result for line {got} of the cases, which is blank in {cases}"


def _bad_results(results: Path, number: int, what: str) -> BatchFileError:
    return BatchFileError(
        f"{results}:{number}: {what}; these results cannot be continued: start again with --overwrite"
    )


def run_file(results: Path) -> Path:
    """The run file beside a results file."""
    return results.with_name(results.name + ".run.json")


def lock_file(results: Path) -> Path:
    """The lock file beside a results file (held while a run writes them, removed at its end).

    Beside the file itself, links followed: a second name for the same results (a link to them, or
    to their folder) finds the same lock.
    """
    real = Path(os.path.realpath(results))
    return real.with_name(real.name + ".lock")


def check_output_paths(results: Path) -> None:
    """Refuse, before any file is touched, results, run file or lock paths that are not regular files.

    A pipe (or a device) as the results would block the run, or swallow results that ``--resume``
    could never read again; a link or a directory as the run file cannot be replaced atomically.
    """
    kind = _kind_of(results, follow=True)
    if kind is not None:
        raise BatchFileError(
            f"{results}: cannot write the results there: it is not a regular file but {kind} "
            "(give the path of a file, which --resume can continue)"
        )
    kind = _kind_of(run_file(results), follow=False)
    if kind is not None:
        raise BatchFileError(f"{run_file(results)}: cannot write the run file: it is not a regular file but {kind}")
    kind = _kind_of(lock_file(results), follow=False)
    if kind is not None:
        raise BatchFileError(f"{lock_file(results)}: cannot lock the results: it is not a regular file but {kind}")


def _kind_of(path: Path, follow: bool) -> str | None:
    """What ``path`` is if it exists and is not a regular file ("a named pipe", ...), else ``None``."""
    try:
        mode = os.stat(path, follow_symlinks=follow).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise BatchFileError(f"{path}: cannot be used ({exc.strerror or exc})") from None
    return None if stat.S_ISREG(mode) else _kind_name(mode)


def _kind_name(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    ):
        if test(mode):
            return name
    return "not a file"


class RunLock:
    """An exclusive ``flock`` on the lock file beside a results file, held by the run writing them."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd: int | None = fd

    def release(self) -> None:
        """Remove the lock file, then let it go (a run waiting on the removed file sees it gone and
        locks a new one; see :func:`lock_results`)."""
        if self.fd is None:
            return
        _remove_quietly(self.path)
        os.close(self.fd)
        self.fd = None


def lock_results(results: Path) -> RunLock:
    """Lock the results of a run for the whole run, or refuse (one line) if another run holds them.

    Taken before the results or the run file are read: two runs on one results file (a run and a
    ``--resume`` of it) would both append, and the file would have cases twice.  The lock file is
    removed at the end of the run, while it is held; a run that locked the file just before it was
    removed finds it gone and tries again with a new one.
    """
    path = lock_file(results)
    while True:
        fd = _open_lock_file(path, results)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise BatchFileError(
                    f"{results}: another cassation batch is writing these results (it holds "
                    f"{path.name}); wait for it to end, or give another --out"
                ) from None
            raise BatchFileError(f"{path}: cannot lock the results ({exc.strerror or exc})") from None
        if _still_there(fd, path):
            return RunLock(path, fd)
        os.close(fd)


def _open_lock_file(path: Path, results: Path) -> int:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise BatchFileError(
            f"{run_file(results)}: cannot write the run file (nor its lock {path.name}: {exc.strerror or exc})"
        ) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise BatchFileError(f"{path}: cannot lock the results: it is not a regular file but {_kind_name(mode)}")
    return fd


def _still_there(fd: int, path: Path) -> bool:
    """Whether ``path`` is still the file open as ``fd`` (not removed, nor replaced, since it was opened)."""
    try:
        now_there = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (now_there.st_dev, now_there.st_ino) == (held.st_dev, held.st_ino)


def open_results(results: Path, keep: int) -> BinaryIO:
    """The results file, unbuffered, for appending after its first ``keep`` bytes (the rest is dropped).

    Unbuffered, so that every result is on disk (or its write failed) before it is counted.
    Refuses a file that is not a regular file (checked on the open file: a pipe put there
    meanwhile would block).
    """
    try:
        fd = os.open(results, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NONBLOCK | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        raise BatchFileError(f"{results}: cannot write the results ({exc.strerror or exc})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise BatchFileError(
            f"{results}: cannot write the results there: it is not a regular file but {_kind_name(mode)}"
        )
    try:
        os.set_blocking(fd, True)
        os.ftruncate(fd, keep)
    except OSError as exc:
        os.close(fd)
        raise BatchFileError(f"{results}: cannot write the results ({exc.strerror or exc})") from None
    return os.fdopen(fd, "ab", buffering=0)


def append_result(sink: IO[bytes], data: bytes) -> None:
    """Write all of ``data`` to an unbuffered results file (a write may take only part of it)."""
    view = memoryview(data)
    while view:
        written = sink.write(view)
        if not written:
            raise OSError(errno.EIO, "the results file took no more bytes")
        view = view[written:]


def stage_run_file(results: Path, record: dict[str, Any]) -> Path:
    """Write the run file's new text beside it (``OUT.run.json.tmp``) and return that path.

    Raises :class:`BatchFileError` (one line, naming the file) if it cannot be written; nothing else
    has been changed then.  :func:`commit_run_file` puts it in place.
    """
    path = run_file(results)
    temporary = path.with_name(path.name + ".tmp")
    if path.is_dir() or path.is_symlink():  # os.replace would fail (or follow) after the results were touched
        raise BatchFileError(f"{path}: cannot write the run file (it is a directory or a link)")
    try:
        _write_new_file(temporary, _record_bytes(record) + b" " * RUN_FILE_RESERVE + b"\n")
    except OSError as exc:
        _remove_quietly(temporary)
        raise BatchFileError(f"{path}: cannot write the run file ({exc.strerror or exc})") from None
    return temporary


def _record_bytes(record: dict[str, Any]) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8")
    except UnicodeEncodeError:  # a path that is not UTF-8 (surrogate escapes): \u escapes instead
        return json.dumps(record, ensure_ascii=True, indent=2, allow_nan=False).encode("ascii")


def _write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file at ``path``, replacing one left there by a run killed while it
    wrote it (which may even be a pipe: never opened, only removed)."""
    _remove_quietly(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)


def commit_run_file(staged: Path, results: Path) -> None:
    """Put a run file staged by :func:`stage_run_file` in place (atomically: the old one or the new one)."""
    path = run_file(results)
    try:
        os.replace(staged, path)
    except OSError as exc:
        _remove_quietly(staged)
        raise BatchFileError(f"{path}: cannot write the run file ({exc.strerror or exc})") from None


def write_run_file(results: Path, record: dict[str, Any]) -> None:
    """Write the run file atomically (a crash leaves the old one or the new one, never half).

    If no new file can be made (a full disk), the record is written over the old run file in place,
    into the room it kept for that (:data:`RUN_FILE_RESERVE`), so that a run stopped by a full disk
    still says so, with its counts.
    """
    try:
        commit_run_file(stage_run_file(results, record), results)
    except BatchFileError:
        if not _rewrite_in_place(run_file(results), _record_bytes(record)):
            raise


def _rewrite_in_place(path: Path, data: bytes) -> bool:
    """Write ``data`` over the regular file ``path`` from its start, padded with spaces to its size
    (no new block is needed), if it fits; whether it was written."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        now_there = os.fstat(fd)
        if not stat.S_ISREG(now_there.st_mode) or len(data) + 1 > now_there.st_size:
            return False
        padded = data + b" " * (now_there.st_size - len(data) - 1) + b"\n"
        return os.pwrite(fd, padded, 0) == len(padded)
    except OSError:
        return False
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def read_run_file(results: Path) -> dict[str, Any]:
    path = run_file(results)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BatchFileError(
            f"{path} is missing, so how {results} was made is unknown; start again with --overwrite"
        ) from None
    except (OSError, ValueError) as exc:
        raise BatchFileError(f"{path} cannot be read ({exc}); start again with --overwrite") from None
    if not isinstance(record, dict) or not isinstance(record.get("settings"), dict):
        raise BatchFileError(f"{path} is not a run file of cassation batch; start again with --overwrite")
    return record


def cases_fingerprint(cases: Path, head_bytes: int = FINGERPRINT_BYTES) -> dict[str, Any]:
    """What identifies a cases file: its size and the sha256 of its first ``head_bytes`` (at most a
    MiB).  A file may grow by more cases and still be the same run's; it may not change its start."""
    with cases.open("rb") as stream:
        head = stream.read(head_bytes)
    return {"size": cases.stat().st_size, "head_bytes": len(head), "head_sha256": hashlib.sha256(head).hexdigest()}


def check_resumable(
    results: Path, record: dict[str, Any], settings: dict[str, Any], kb_version: str, cases: Path | None
) -> None:
    """Refuse to resume a run made with other cases, another question, other options, or another KB."""
    made_from = record.get("cases")
    if cases is None or made_from != str(cases.resolve()):
        raise BatchFileError(
            f"{results} was made from the cases {made_from}, not {cases}: resume with the same "
            "cases file, or start again with --overwrite"
        )
    then = record.get("cases_fingerprint") or {}
    now_print = cases_fingerprint(cases, int(then.get("head_bytes", FINGERPRINT_BYTES)))
    if now_print["head_sha256"] != then.get("head_sha256") or now_print["size"] < int(then.get("size", 0)):
        raise BatchFileError(
            f"{cases} has changed since {results} was begun (it may only grow by more cases): "
            "start again with --overwrite"
        )
    made = record["settings"]
    for key, value in settings.items():
        if made.get(key) != value:
            raise BatchFileError(
                f"{results} was made with {key} = {json.dumps(made.get(key), ensure_ascii=False)}, not "
                f"{json.dumps(value, ensure_ascii=False)}: resume with the same options, or start again "
                "with --overwrite"
            )
    if record.get("kb_version") != kb_version:
        raise BatchFileError(
            f"{results} was made by KB version {record.get('kb_version')}, this is {kb_version}: "
            "its results would mix two versions of the rules; start again with --overwrite"
        )


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")
