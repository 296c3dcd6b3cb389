"""Regression tests for the batch findings of the reliability review (docs/reliability-review.md).

Each test is named after its finding: H3 (a pipe as ``--out``), T1 (two signals at once), T2 (a
worker whose parent is gone), D1 (two runs on one output), D2 (``--resume`` checks every result
line) and D4 (the run file's bookkeeping after kills and a full disk).  Processes are started and
signalled for real; nothing asserts how long something took (a wait only bounds how long a test may
hang).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import test_batch
from conftest import ROOT, run_cli
from test_batch import (
    QUESTION,
    _children,
    _interruptible,
    _snapshot,
    _wait_for_exit,
    batch,
    gen_cases,
    one_line_error,
    read_results,
    run_record,
    write_lines,
)

from pyswip_bridge.bridge.pool import BatchOptions

#: The fixtures of test_batch.py these tests use by name.
big_run, small_run = test_batch.big_run, test_batch.small_run

#: Bounds how long a refusal that used to hang (H3) may take before the test fails.
HANG_BOUND = 30


# --- helpers ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_run(big_run):
    """2,500 generated cases and their results from an uninterrupted run (seconds of work for one worker)."""
    return big_run


@pytest.fixture(scope="module")
def short_run(small_run):
    """60 generated cases (some broken, blank lines between) and their results and run file."""
    return small_run


def start_batch(
    cases: Path, out: Path, log: Path, *extra: str, workers: str = "1", lines: int = 40
) -> subprocess.Popen:
    """Start ``cassation batch`` and wait until its results file has ``lines`` lines (still running)."""
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pyswip_bridge",
            "batch",
            QUESTION,
            "--cases",
            str(cases),
            "--out",
            str(out),
            "--workers",
            workers,
            *extra,
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        preexec_fn=_interruptible,
    )
    wait_until(proc, lambda: out.exists() and out.read_bytes().count(b"\n") >= lines, "no results yet")
    return proc


def wait_until(proc: subprocess.Popen, ready, what: str) -> None:
    """Poll ``ready()`` while ``proc`` runs; fail if it ends first (or after two minutes)."""
    deadline = time.monotonic() + 120
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"the batch ended (code {proc.returncode}) before this: {what}")
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            pytest.fail(f"not within two minutes: {what}")
        time.sleep(0.005)


def stop_all(proc: subprocess.Popen) -> None:
    """SIGKILL a batch and then its workers, each by its pid."""
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert _wait_for_exit(workers) == []


def lock_path(out: Path) -> Path:
    return Path(str(out) + ".lock")


def tmp_run_path(out: Path) -> Path:
    return Path(str(out) + ".run.json.tmp")


# --- H3: a FIFO or another file that is not a regular file as --out ------------------------------


def _fifo_out(tmp_path: Path, cases: Path) -> tuple[Path, list[str]]:
    out = tmp_path / "f.out"
    os.mkfifo(out)
    return out, []


def _link_to_a_fifo(tmp_path: Path, cases: Path) -> tuple[Path, list[str]]:
    os.mkfifo(tmp_path / "pipe")
    out = tmp_path / "f.out"
    out.symlink_to(tmp_path / "pipe")
    return out, []


def _fifo_run_file(tmp_path: Path, cases: Path) -> tuple[Path, list[str]]:
    out = tmp_path / "f.out"
    out.write_bytes(b'{"line":1,"holds":false}\n')
    os.mkfifo(Path(str(out) + ".run.json"))
    return out, ["--resume"]


@pytest.mark.parametrize("make", [_fifo_out, _link_to_a_fifo, _fifo_run_file], ids=["fifo", "link", "run-file"])
def test_H3_a_fifo_as_out_is_refused_before_any_file_is_touched(tmp_path, make):
    cases = write_lines(tmp_path / "cases.jsonl", gen_cases.generate(5, 1))
    out, extra = make(tmp_path, cases)
    before = sorted(p.name for p in tmp_path.iterdir())
    run = run_cli(
        "batch", QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "1", *extra, timeout=HANG_BOUND
    )
    message = one_line_error(run)
    assert "not a regular file" in message, message
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no OUT.run.json.tmp, no lock


def test_H3_a_fifo_left_as_the_temporary_run_file_does_not_block(tmp_path):
    cases = write_lines(tmp_path / "cases.jsonl", gen_cases.generate(5, 1))
    out = tmp_path / "r.jsonl"
    os.mkfifo(tmp_run_path(out))  # where a run killed while writing it would leave OUT.run.json.tmp
    run = run_cli("batch", QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "1", timeout=HANG_BOUND)
    assert run.code == 0, run.err
    assert len(read_results(out)) == 5 and run_record(out)["state"] == "finished"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.jsonl", "r.jsonl", "r.jsonl.run.json"]


# --- T1: a second signal while the batch shuts down ----------------------------------------------


@pytest.mark.slow  # on the 2,500-case batch (make test-all)
@pytest.mark.parametrize(
    "first, second, gap, workers",
    [
        (signal.SIGTERM, signal.SIGINT, 0.0, "1"),
        (signal.SIGTERM, signal.SIGINT, 0.001, "2"),
        (signal.SIGTERM, signal.SIGINT, 0.003, "1"),
        (signal.SIGINT, signal.SIGTERM, 0.0, "2"),
        (signal.SIGINT, signal.SIGTERM, 0.002, "1"),
        (signal.SIGINT, signal.SIGINT, 0.0, "1"),
    ],
    ids=["term-int", "term-1ms-int-2w", "term-3ms-int", "int-term-2w", "int-2ms-term", "int-int"],
)
def test_T1_two_signals_in_a_row_stop_the_batch_cleanly(tmp_path, long_run, first, second, gap, workers):
    cases, reference = long_run
    out = tmp_path / "results.jsonl"
    log = tmp_path / "batch.log"
    proc = start_batch(cases, out, log, workers=workers)
    children = _children(proc.pid)
    os.kill(proc.pid, first)
    if gap:
        time.sleep(gap)  # the review saw the shutdown break with the signals 1-3 ms apart
    os.kill(proc.pid, second)
    code = proc.wait(timeout=60)
    assert _wait_for_exit(children) == []
    err = log.read_text(encoding="utf-8")
    assert code in (130, 143), (code, err)
    lines = err.splitlines()
    assert len(lines) == 2 and "cases answered in" in lines[0], err  # the summary, then one line
    assert lines[1].startswith("interrupted after line") and "--resume" in lines[1], err
    results = read_results(out)
    record = run_record(out)
    assert record["state"] == "interrupted"
    assert record["this_run"]["cases"] == len(results) and record["last_line"] == results[-1]["line"]
    assert reference.startswith(out.read_bytes())
    assert not lock_path(out).exists()


# --- T2: a worker whose parent is gone -----------------------------------------------------------


def test_T2_a_worker_whose_parent_is_gone_before_it_answers_exits_quietly():
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pyswip_bridge.bridge.worker"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # the parent is gone: nobody reads the worker's first answer
    proc.stdin.write(json.dumps({"options": BatchOptions(QUESTION).settings()}).encode() + b"\n")
    proc.stdin.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=60) == 0, err
    assert "Traceback" not in err and "Exception ignored" not in err and "BrokenPipe" not in err, err


# --- D1: two runs on one output ------------------------------------------------------------------


@pytest.mark.slow  # on the 2,500-case batch (make test-all)
def test_D1_a_second_run_on_the_same_output_is_refused(tmp_path, long_run):
    cases, reference = long_run
    out = tmp_path / "results.jsonl"
    proc = start_batch(cases, out, tmp_path / "first.log", workers="1")
    for extra in (["--resume"], ["--overwrite"], []):
        message = one_line_error(batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "1", *extra))
        assert "another cassation batch" in message, (extra, message)
    assert proc.wait(timeout=300) == 0, (tmp_path / "first.log").read_text(encoding="utf-8")
    assert out.read_bytes() == reference  # no line twice, none missing
    assert run_record(out)["state"] == "finished"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.log", "results.jsonl", "results.jsonl.run.json"]


def test_D1_the_lock_is_taken_before_the_results_are_looked_at(tmp_path):
    cases = write_lines(tmp_path / "cases.jsonl", gen_cases.generate(5, 1))
    out = tmp_path / "r.jsonl"
    alias = tmp_path / "alias"
    alias.symlink_to(tmp_path)  # another name for the same results: the same lock
    with lock_path(out).open("wb") as held:  # as a run still loading SWI-Prolog holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        for name in (out, alias / out.name):
            message = one_line_error(batch(QUESTION, "--cases", str(cases), "--out", str(name), "--workers", "1"))
            assert "another cassation batch" in message and str(name) in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alias", "cases.jsonl", "r.jsonl.lock"]
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "1")  # once released: runs
    assert run.code == 0, run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alias", "cases.jsonl", "r.jsonl", "r.jsonl.run.json"]


# --- D2: --resume checks every result line -------------------------------------------------------

KEPT = 30  # results kept of the 60: as if the run had been killed there


def _lines(reference: bytes) -> list[bytes]:
    return reference.splitlines(keepends=True)[:KEPT]


def _garbage_in_the_middle(lines):
    return b"".join([*lines[:9], b"garbage\n", *lines[10:]]), 10


def _a_line_deleted(lines):
    return b"".join(lines[:9] + lines[10:]), 10


def _nuls_over_a_newline(lines):
    return b"".join([*lines[:9], lines[9][:-1] + b"\x00", *lines[10:]]), 10


def _a_line_twice(lines):
    return b"".join(lines[:10] + lines[9:]), 11


def _two_lines_swapped(lines):
    return b"".join([*lines[:9], lines[10], lines[9], *lines[11:]]), 10


def _a_line_beyond_the_cases(lines):
    return b"".join(lines) + b'{"line":999999,"holds":true,"id":null,"question":"q","answers":[]}\n', KEPT + 1


def _a_line_that_is_not_a_result(lines):
    return b"".join([*lines[:4], b'{"holds":true}\n', *lines[5:]]), 5


CORRUPTIONS = [
    _garbage_in_the_middle,
    _a_line_deleted,
    _nuls_over_a_newline,
    _a_line_twice,
    _two_lines_swapped,
    _a_line_beyond_the_cases,
    _a_line_that_is_not_a_result,
]


@pytest.mark.parametrize("corrupt", CORRUPTIONS, ids=[c.__name__.strip("_") for c in CORRUPTIONS])
def test_D2_resume_refuses_results_with_a_bad_line_anywhere(tmp_path, short_run, corrupt):
    cases, reference, record = short_run
    out = tmp_path / "results.jsonl"
    data, bad = corrupt(_lines(reference))
    out.write_bytes(data)
    Path(str(out) + ".run.json").write_text(
        json.dumps({**record, "state": "running"}, ensure_ascii=False), encoding="utf-8"
    )
    before = _snapshot(tmp_path)
    message = one_line_error(batch(QUESTION, "--cases", str(cases), "--out", str(out), "--resume", "--workers", "1"))
    assert message.startswith(f"error: {out}:{bad}: "), message
    assert "--overwrite" in message
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "tail",
    [b'{"line":', b"\0" * 5000, b"garbage\n", b'{"line":1,"ho\0\0\0\0', b"\0\0\n\0"],
    ids=["cut", "nul-tail", "bad-last-line", "cut-then-nuls", "nuls-and-a-newline"],
)
def test_D2_resume_still_repairs_a_cut_or_zeroed_tail(tmp_path, short_run, tail):
    cases, reference, record = short_run
    out = tmp_path / "results.jsonl"
    out.write_bytes(b"".join(_lines(reference)) + tail)
    Path(str(out) + ".run.json").write_text(
        json.dumps({**record, "state": "running"}, ensure_ascii=False), encoding="utf-8"
    )
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--resume", "--workers", "1")
    assert run.code == 0, run.err
    assert out.read_bytes() == reference


# --- D4: the run file after kills and a full disk --------------------------------------------------


@pytest.fixture(scope="module")
def five_thousand(tmp_path_factory):
    folder = tmp_path_factory.mktemp("five")
    return write_lines(folder / "cases.jsonl", gen_cases.generate(5000, 9))


@pytest.mark.slow  # interrupts, kills and resumes a 5,000-case batch (make test-all)
def test_D4_a_resumed_run_keeps_its_own_counts_in_the_run_file(tmp_path, five_thousand):
    cases = five_thousand
    out = tmp_path / "results.jsonl"
    first = start_batch(cases, out, tmp_path / "1.log")
    first.send_signal(signal.SIGINT)
    assert first.wait(timeout=60) == 130
    interrupted = run_record(out)
    assert interrupted["state"] == "interrupted"
    a = interrupted["this_run"]

    # A resumed run is killed once it has recorded counts of its own (the run file is updated as it goes).
    second = start_batch(cases, out, tmp_path / "2.log", "--resume", lines=read_results(out).__len__() + 40)

    def own_counts() -> bool:
        try:
            record = run_record(out)
        except (ValueError, FileNotFoundError):
            return False
        return (
            "resumed" in record
            and record["state"] == "running"
            and record["this_run"].get("started") == record["resumed"]
            and record["this_run"]["cases"] > 0
        )

    wait_until(second, own_counts, "the resumed run's own counts in the run file")
    b = run_record(out)["this_run"]
    stop_all(second)

    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--resume", "--workers", "2")
    assert run.code == 0, run.err
    record = run_record(out)
    assert record["state"] == "finished"
    earlier = record["earlier_runs"]
    assert [e["state"] for e in earlier] == ["interrupted", "killed"], earlier  # each run once
    assert {k: v for k, v in earlier[0].items() if k not in ("state", "last_line")} == a
    assert earlier[0]["last_line"] == interrupted["last_line"]
    assert earlier[1]["cases"] >= b["cases"] > 0 and earlier[1] != earlier[0]
    results = read_results(out)
    assert [r["line"] for r in results] == sorted({r["line"] for r in results})  # each case once, in order
    assert len(results) == 5000


def _can_mount_a_private_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True, timeout=60
    )
    return probe.returncode == 0


FULL_DISK = r"""
set -u
mount -t tmpfs -o size=256k tmpfs "$DISK" || exit 99
"$PYTHON" -m pyswip_bridge batch "$QUESTION" --cases "$CASES" --out "$DISK/r.jsonl" --workers 1 2>"$SAVE/1.log"
echo $? > "$SAVE/1.rc"
cp "$DISK/r.jsonl" "$SAVE/full.jsonl"; cp "$DISK/r.jsonl.run.json" "$SAVE/full.run.json"
ls -a "$DISK" > "$SAVE/full.ls"
mount -o remount,size=64m "$DISK" || exit 98
"$PYTHON" -m pyswip_bridge batch "$QUESTION" --cases "$CASES" --out "$DISK/r.jsonl" --workers 1 --resume 2>"$SAVE/2.log"
echo $? > "$SAVE/2.rc"
cp "$DISK/r.jsonl" "$SAVE/done.jsonl"; cp "$DISK/r.jsonl.run.json" "$SAVE/done.run.json"
"""


@pytest.mark.slow  # on the 2,500-case batch (make test-all)
def test_D4_after_a_full_disk_the_run_file_says_failed_with_its_counts(tmp_path, long_run):
    if not _can_mount_a_private_tmpfs():
        pytest.skip("cannot mount a private tmpfs here (unshare -rm) to fill a disk")
    cases, reference = long_run
    disk, save = tmp_path / "disk", tmp_path / "save"
    disk.mkdir()
    save.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"},
        "DISK": str(disk),
        "SAVE": str(save),
        "CASES": str(cases),
        "QUESTION": QUESTION,
        "PYTHON": sys.executable,
    }
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", FULL_DISK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr

    first = (save / "1.log").read_text(encoding="utf-8")
    assert (save / "1.rc").read_text().strip() == "2", first
    assert first.count("\n") == 1 and "No space left on device" in first and "--resume" in first, first
    full = json.loads((save / "full.run.json").read_text(encoding="utf-8"))
    written = (save / "full.jsonl").read_bytes()
    whole = written[: written.rfind(b"\n") + 1]
    assert full["state"] == "failed", full
    assert full["this_run"]["cases"] == whole.count(b"\n") > 0  # what reached the disk, counted
    assert full["last_line"] == json.loads(whole.splitlines()[-1])["line"]
    assert "r.jsonl.run.json.tmp" not in (save / "full.ls").read_text()

    assert (save / "2.rc").read_text().strip() == "0", (save / "2.log").read_text(encoding="utf-8")
    assert (save / "done.jsonl").read_bytes() == reference
    done_record = json.loads((save / "done.run.json").read_text(encoding="utf-8"))
    assert done_record["state"] == "finished"
    [earlier] = done_record["earlier_runs"]
    assert earlier["state"] == "failed" and earlier["cases"] == full["this_run"]["cases"]
