"""Batch evaluation: ``cassation batch``, ``KnowledgeBase.ask_many`` and the case generator.

Results in input order with any number of workers, per-case errors, resume after an interrupted
or killed run, agreement with single asks, the CLI's refusals, and a reproducible generator.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

sys.path.insert(0, str(ROOT / "bench"))

import contextlib

import gen_cases

from pyswip_bridge import Case
from pyswip_bridge.batch.files import Finished, count_lines, verify_results
from pyswip_bridge.bridge.pool import (
    CHUNK_SIZE,
    MAX_LINE_BYTES,
    _package_path,
    _swipl_location,
    read_case_lines,
)
from pyswip_bridge.errors import CassationError, QuerySyntaxError, UnknownQuestion

QUESTION = "may_review(Act, Petitioner)"

#: queries/p1_counsel_appeal.yaml: may_review(v1, P) holds for Қайрат, Әлия and the two officials.
COUNSEL = [
    "judicial_act(v1, verdict, first_instance)",
    "act_outcome(v1, conviction)",
    "offence_category(v1, grave)",
    "entered_into_force(v1, 2019-05-10)",
    "participant('Қайрат', convicted)",
    "participant('Әлия', defence_counsel)",
    "acts_for('Әлия', 'Қайрат')",
    "appeal(a1, 'Әлия', v1)",
    "appeal_outcome(a1, upheld)",
    "petition(pt1, 'Қайрат', v1)",
    "filed_on(pt1, 2021-02-01)",
]
KAZAKH_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")


# --- helpers ------------------------------------------------------------------------------------


def batch(*args: str):
    """``cassation batch ARGS`` in a fresh process (see conftest.run_cli)."""
    return run_cli("batch", *args)


def case_line(case_id, facts, **extra) -> str:
    return json.dumps({"id": case_id, "facts": list(facts), **extra}, ensure_ascii=False)


def write_lines(path: Path, lines) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def read_results(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n"), "the results file ends with a line cut short"
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def run_record(out: Path) -> dict:
    return json.loads(Path(str(out) + ".run.json").read_text(encoding="utf-8"))


def one_line_error(run) -> str:
    """The refusal's message: exit code 2, exactly one line on stderr, nothing on stdout."""
    assert run.code == 2, (run.code, run.err)
    text = run.err.rstrip("\n")
    assert text.startswith("error: "), run.err
    assert "\n" not in text, f"more than one line on stderr:\n{run.err}"
    assert "Traceback" not in run.err
    return text


def where_is_line(where: str, source: str, line: int) -> bool:
    return re.match(re.escape(source) + f":{line}(?!\\d)", where) is not None


def expected_of_ask(kb, line: str, name: str) -> dict:
    """What ``kb.ask`` says about one case line: the outcome a batch result must agree with."""
    try:
        case = Case.from_json_text(line.rstrip("\r\n"), name)  # a batch reads a line without its end
    except CassationError as exc:
        return {"id": None, "holds": None, "error": exc.kind, "message": exc.one_line()}
    try:
        result = kb.ask(QUESTION, case)
    except CassationError as exc:
        return {"id": case.case_id, "holds": None, "error": exc.kind, "message": exc.one_line(), "case": case}
    return {
        "id": case.case_id,
        "holds": result.holds,
        "case": case,
        "raw": result.raw,
        "answers": [{"bindings": a.bindings, "rules": sorted(a.proof.rules())} for a in result.answers],
    }


def assert_agrees(result: dict, expected: dict, where: str) -> None:
    assert result["holds"] == expected["holds"], (where, result, expected.get("error"))
    if expected["holds"] is None:
        assert result["error"]["type"] == expected["error"], (where, result["error"])
        assert result["error"]["message"] == expected["message"], where
        assert "answers" not in result, where
    else:
        assert "error" not in result, (where, result)
        assert result["answers"] == expected["answers"], where
        assert result["validity"] == expected["raw"]["validity"], where


# --- 1. order -----------------------------------------------------------------------------------


def test_results_come_in_input_order_with_blank_lines_skipped(tmp_path):
    """Line numbers are physical (blank lines count but give no result), for 1 and 2 workers alike."""
    good = list(gen_cases.generate(4 * CHUNK_SIZE + 7, 21, negative=0.3, hostile=0.0, outside=0.0))
    lines, expected = ["", "   "], []  # two blank lines first: the first case is line 3
    for i, text in enumerate(good):
        lines.append(text)
        expected.append((len(lines), json.loads(text)["id"]))
        if i % 9 == 4:
            lines.append("")
        if i % 13 == 7:
            lines.append(" \t \r")
    lines += ["", ""]
    cases = write_lines(tmp_path / "cases.jsonl", lines)

    outputs = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", str(workers))
        assert run.code == 0, run.err
        results = read_results(out)
        assert [(r["line"], r["id"]) for r in results] == expected
        assert all(r["question"] == QUESTION for r in results)
        assert list(results[0])[:2] == ["line", "holds"]
        assert run_record(out)["last_line"] == expected[-1][0]
        outputs[workers] = out.read_bytes()
    assert {True, False} <= {r["holds"] for r in map(json.loads, outputs[1].splitlines())}
    assert outputs[1] == outputs[2]


def test_ask_many_keeps_the_order_of_cases(kb):
    """ask_many on Case objects: ``line`` is the 1-based position, for 1 and 2 workers alike."""
    texts = list(gen_cases.generate(5 * CHUNK_SIZE + 3, 8, negative=0.3, hostile=0.0, outside=0.05))
    cases = [Case.from_json_text(text, f"mem:{i}") for i, text in enumerate(texts, start=1)]
    cases[10] = Case.from_facts([*COUNSEL, "bribe(v1, 'Қайрат')"])
    runs = {}
    for workers in (1, 2):
        results = list(kb.ask_many(QUESTION, iter(cases), workers=workers))
        assert [r.line for r in results] == list(range(1, len(cases) + 1))
        assert [r.case_id for r in results] == [c.case_id for c in cases]
        assert results[10].holds is None and results[10].error["type"] == "vocabulary"
        runs[workers] = [r.to_json_line() for r in results]
    assert runs[1] == runs[2]


# --- 2. per-case errors -------------------------------------------------------------------------


def mixed_lines() -> tuple[list, dict]:
    """Good and broken lines, and what each non-blank line's result must be: line -> (id, holds, type)."""
    outside = [f.replace("2019-05-10", "2012-05-10").replace("2021-02-01", "2012-06-01") for f in COUNSEL]
    lines = [
        (case_line("good-1", COUNSEL), ("good-1", True, None)),
        ('{"id": "broken", "facts": [', (None, None, "case_syntax")),  # not JSON
        (case_line("undeclared", [*COUNSEL, "bribe(v1, 'Қайрат')"]), ("undeclared", None, "vocabulary")),
        (case_line("arity", [*COUNSEL, "judicial_act(v1, verdict)"]), ("arity", None, "vocabulary")),
        ("", None),
        (case_line("good-2", COUNSEL), ("good-2", True, None)),
        (case_line("feb-30", [*COUNSEL, "entered_into_force(v2, 2021-02-30)"]), ("feb-30", None, "case_fact")),
        (json.dumps(COUNSEL, ensure_ascii=False), (None, None, "case_syntax")),  # a list, not an object
        (case_line("variable", [*COUNSEL, "participant(Someone, convicted)"]), ("variable", None, "case_fact")),
        ("   ", None),
        (case_line("outside", outside), ("outside", None, "outside_validity")),
        (case_line("no-facts", [], title="no facts"), ("no-facts", False, None)),
        (case_line(17, COUNSEL[:-3]), (17, True, None)),
        (case_line("reading", COUNSEL, readings={"x": "y"}), ("reading", None, "reading")),
        (case_line("good-3", COUNSEL), ("good-3", True, None)),
    ]
    expected = {n: e for n, (_, e) in enumerate(lines, start=1) if e is not None}
    return [text for text, _ in lines], expected


@pytest.mark.parametrize("workers", [1, 2])
def test_a_broken_case_is_that_cases_error_and_the_batch_goes_on(tmp_path, workers):
    lines, expected = mixed_lines()
    cases = tmp_path / "mixed.jsonl"
    with cases.open("wb") as stream:
        stream.write("".join(line + "\n" for line in lines).encode("utf-8"))
        stream.write(b'{"id": "latin-1", "facts": ["participant(\'K\xe4the\', convicted)"]}\n')
        stream.write(b"{" + b" " * MAX_LINE_BYTES + b"}\n")
        stream.write(case_line("good-last", COUNSEL).encode("utf-8"))  # no newline at the end
    utf8, too_long, last = len(lines) + 1, len(lines) + 2, len(lines) + 3
    expected[utf8] = (None, None, "case_syntax")
    expected[too_long] = (None, None, "case_syntax")
    expected[last] = ("good-last", True, None)
    out = tmp_path / "results.jsonl"

    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", str(workers))
    assert run.code == 0, run.err
    results = read_results(out)
    assert [r["line"] for r in results] == sorted(expected)
    for result in results:
        case_id, holds, kind = expected[result["line"]]
        assert (result["id"], result["holds"]) == (case_id, holds), result
        assert result["question"] == QUESTION
        if kind is None:
            assert "error" not in result
            assert isinstance(result["answers"], list) and "in_force" in result["validity"]
            in_force = True if str(case_id).startswith("good") else None  # no filing date: unknown
            assert result["validity"]["in_force"] is in_force, result
            assert bool(result["answers"]) is holds
        else:
            assert set(result) == {"line", "holds", "id", "question", "error"}, result
            assert result["error"]["type"] == kind, result
            assert result["error"]["message"] and "\n" not in result["error"]["message"]
            assert where_is_line(result["error"]["where"], str(cases), result["line"]), result  # every kind
    by_line = {r["line"]: r for r in results}
    assert "UTF-8" in by_line[utf8]["error"]["message"]
    assert f"{MAX_LINE_BYTES:,} bytes" in by_line[too_long]["error"]["message"]
    assert "bribe/2" in by_line[3]["error"]["message"]
    assert by_line[3]["error"]["where"] == f"{cases}:3: fact 12"
    people = {a["bindings"]["Petitioner"] for a in by_line[last]["answers"]}
    assert people == {"'Қайрат'", "'Әлия'", "prosecutor_general", "chairman_of_supreme_court"}

    record = run_record(out)
    assert record["state"] == "finished" and record["last_line"] == last
    kinds = Counter(kind for _, _, kind in expected.values() if kind)
    assert record["this_run"]["errors"] == dict(kinds)
    assert record["this_run"]["cases"] == len(expected)
    assert record["this_run"]["holds"] == sum(1 for _, holds, _ in expected.values() if holds)
    assert record["this_run"]["does_not_hold"] == 1


def test_reason_anyway_answers_cases_outside_the_period(tmp_path):
    lines, _ = mixed_lines()
    cases = write_lines(tmp_path / "mixed.jsonl", lines)
    out = tmp_path / "results.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "1", "--reason-anyway")
    assert run.code == 0, run.err
    outside = {r["id"]: r for r in read_results(out)}["outside"]
    assert outside["holds"] is True and outside["validity"]["in_force"] is False
    assert outside["validity"]["warning"]
    assert run_record(out)["settings"]["reason_anyway"] is True


def test_summary_and_progress_bar(tmp_path):
    lines, expected = mixed_lines()
    cases = write_lines(tmp_path / "mixed.jsonl", lines)
    quiet, bar = tmp_path / "quiet.jsonl", tmp_path / "bar.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(quiet), "--workers", "1", "--no-progress")
    assert run.code == 0, run.err
    errors = Counter(kind for _, _, kind in expected.values() if kind)
    assert len(run.err.splitlines()) == 1, run.err
    assert re.match(
        rf"^{len(expected)} cases answered in .*: 4 hold, 1 do not, {sum(errors.values())} errors "
        rf"\(.*\); results in {re.escape(str(quiet))}$",
        run.err.strip(),
    ), run.err
    run = batch(QUESTION, "--cases", str(cases), "--out", str(bar), "--workers", "1", "--progress")
    assert run.code == 0, run.err
    assert f"{len(lines)}/{len(lines)} [" in run.err and "lines/s" in run.err  # counts physical lines
    assert bar.read_bytes() == quiet.read_bytes()


# --- 3. resume ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_run(tmp_path_factory):
    """60 generated cases (some broken) with blank lines, and their results from an uninterrupted run."""
    folder = tmp_path_factory.mktemp("small")
    lines = []
    for i, text in enumerate(gen_cases.generate(60, 2, hostile=0.1, outside=0.1)):
        lines.append(text)
        if i % 7 == 3:
            lines.append("")
    cases = write_lines(folder / "cases.jsonl", lines)
    out = folder / "reference.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "2")
    assert run.code == 0, run.err
    return cases, out.read_bytes(), run_record(out)


@pytest.mark.parametrize("cut", ["mid_line", "before_newline", "after_newline", "first_line"])
def test_resume_after_a_run_killed_while_it_wrote(tmp_path, small_run, cut):
    cases, reference, record = small_run
    ends = [m.end() for m in re.finditer(b"\n", reference)]
    k = 23  # results kept whole
    if cut == "mid_line":
        head, kept = reference[: (ends[k - 1] + ends[k]) // 2], k
    elif cut == "before_newline":
        head, kept = reference[: ends[k] - 1], k  # the next result whole but for its newline
    elif cut == "after_newline":
        head, kept = reference[: ends[k - 1]], k
    else:
        head, kept = reference[: ends[0] // 3], 0
    out = tmp_path / "results.jsonl"
    out.write_bytes(head)
    Path(str(out) + ".run.json").write_text(
        json.dumps({**record, "state": "running", "last_line": None}, ensure_ascii=False), encoding="utf-8"
    )
    last_kept = json.loads(reference.splitlines()[kept - 1])["line"] if kept else 0
    assert last_kept > kept or kept == 0  # blank lines before the cut: line numbers are not positions

    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--resume", "--workers", "1")
    assert run.code == 0, run.err
    assert out.read_bytes() == reference
    after = run_record(out)
    assert after["state"] == "finished"
    assert after["resumed_after_line"] == last_kept
    assert after["this_run"]["cases"] == len(ends) - kept
    assert after["started"] == record["started"]


@pytest.fixture(scope="module")
def big_run(tmp_path_factory):
    """2,500 generated cases and their results from an uninterrupted run with 2 workers."""
    folder = tmp_path_factory.mktemp("big")
    cases = write_lines(folder / "cases.jsonl", gen_cases.generate(2500, 5))
    out = folder / "reference.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "2")
    assert run.code == 0, run.err
    return cases, out.read_bytes()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def _interruptible() -> None:
    """In the batch's process before it starts: Ctrl-C (SIGINT) handled as in a terminal.

    A shell that runs a command in the background without job control (`make test &`, nohup, some CI
    runners) starts it with SIGINT ignored, every process below inherits that, and Python then installs
    no KeyboardInterrupt handler: the batch would never see the test's Ctrl-C.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_and_wait_for_results(cases: Path, out: Path, log: Path) -> tuple[subprocess.Popen, list[int]]:
    """Start a 2-worker batch and wait until its results file has some lines (the run still going)."""
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
            "2",
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        preexec_fn=_interruptible,
    )
    deadline = time.monotonic() + 120
    while True:
        assert proc.poll() is None, f"the batch ended (code {proc.returncode}) before it could be interrupted"
        if out.exists() and out.read_bytes().count(b"\n") >= 40:
            break
        assert time.monotonic() < deadline, "no results after 120 s"
        time.sleep(0.005)
    workers = _children(proc.pid)
    assert len(workers) == 2, workers
    return proc, workers


def _wait_for_exit(pids: list[int]) -> list[int]:
    """Wait (at most a minute) for processes to end; kill, by pid, any left, and return those."""
    deadline = time.monotonic() + 60
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [p for p in pids if _alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


def _assert_same_results(out: Path, reference: bytes) -> None:
    got = [json.loads(line) for line in out.read_bytes().splitlines()]
    want = [json.loads(line) for line in reference.splitlines()]
    assert [r["line"] for r in got] == [r["line"] for r in want]  # each line once, in order
    assert got == want
    assert out.read_bytes() == reference


@pytest.mark.slow  # kill-and-resume of the 2,500-case batch (make test-all)
def test_resume_after_sigkill(tmp_path, big_run):
    cases, reference = big_run
    out = tmp_path / "results.jsonl"
    proc, workers = _start_and_wait_for_results(cases, out, tmp_path / "killed.log")
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=60) == -signal.SIGKILL
    assert _wait_for_exit(workers) == [], "batch workers outlived their killed parent"
    cut = out.read_bytes()
    assert 0 < cut.count(b"\n") < reference.count(b"\n")
    assert reference.startswith(cut[: cut.rfind(b"\n") + 1])
    assert run_record(out)["state"] == "running"

    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "2", "--resume")
    assert run.code == 0, run.err
    _assert_same_results(out, reference)
    record = run_record(out)
    assert record["state"] == "finished" and record["resumed_after_line"] > 0


@pytest.mark.slow  # kill-and-resume of the 2,500-case batch (make test-all)
@pytest.mark.parametrize("stop, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_or_sigterm_stops_cleanly_and_resume_completes(tmp_path, big_run, stop, code):
    cases, reference = big_run
    out = tmp_path / "results.jsonl"
    log = tmp_path / "interrupted.log"
    proc, workers = _start_and_wait_for_results(cases, out, log)
    proc.send_signal(stop)
    assert proc.wait(timeout=60) == code
    assert _wait_for_exit(workers) == []
    err = log.read_text(encoding="utf-8")
    assert "interrupted after line" in err and "--resume" in err and "Traceback" not in err
    assert "BrokenPipe" not in err
    results = read_results(out)  # every line whole
    record = run_record(out)
    assert record["state"] == "interrupted"
    assert 0 < len(results) < reference.count(b"\n")
    assert record["last_line"] == results[-1]["line"]
    assert record["this_run"]["cases"] == len(results)
    assert reference.startswith(out.read_bytes())

    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "2", "--resume")
    assert run.code == 0, run.err
    _assert_same_results(out, reference)
    record = run_record(out)
    assert record["state"] == "finished"
    assert record["resumed_after_line"] == results[-1]["line"]
    [earlier] = record["earlier_runs"]  # the interrupted run's counts are kept
    assert earlier["state"] == "interrupted" and earlier["cases"] == len(results)
    assert earlier["last_line"] == results[-1]["line"]
    assert earlier["cases"] + record["this_run"]["cases"] == reference.count(b"\n")


def test_verify_results_reads_long_lines(tmp_path):
    """The complete results of a file cut short, with results longer than 64 KiB (lines 2, 3, 5 of the cases)."""
    lines = [
        json.dumps({"line": n, "holds": True, "pad": "Қ" * 70_000 * n}, ensure_ascii=False, separators=(",", ":"))
        + "\n"
        for n in (2, 3, 5)
    ]
    data = "".join(lines).encode("utf-8")
    whole = len("".join(lines[:2]).encode("utf-8"))
    cases = write_lines(tmp_path / "cases.jsonl", ["", "{}", "{}", " ", "{}"])
    path = tmp_path / "results.jsonl"
    for size, last, end in (
        (len(data), 5, len(data)),
        (len(data) - 1, 3, whole),
        (whole + 10, 3, whole),
        (whole, 3, whole),
        (100, 0, 0),
        (0, 0, 0),
    ):
        path.write_bytes(data[:size])
        assert verify_results(path, cases) == Finished(last, end), size
    path.write_bytes(b"a\n\nb")
    assert count_lines(path) == 3
    path.write_bytes(b"\xef\xbb\xbf{}\n\n  \nx\n")
    with path.open("rb") as stream:
        assert [(c.line, c.text) for c in read_case_lines(stream, "f")] == [(1, "{}"), (4, "x")]
    with path.open("rb") as stream:
        assert [c.line for c in read_case_lines(stream, "f", after=1)] == [4]


# --- 4. agreement with single asks --------------------------------------------------------------


@pytest.fixture(scope="module")
def thousand_cases(tmp_path_factory):
    """1,000 generated cases (default shares of negative, hostile, outside): the file and its lines."""
    folder = tmp_path_factory.mktemp("thousand")
    lines = list(gen_cases.generate(1000, 11))
    return write_lines(folder / "cases.jsonl", lines), lines


@pytest.fixture(scope="module")
def thousand(thousand_cases, kb):
    """:func:`thousand_cases` and kb.ask's answer to each."""
    cases, lines = thousand_cases
    # each line as the batch reads it from the file: with its newline
    expected = [expected_of_ask(kb, line + "\n", f"{cases}:{n}") for n, line in enumerate(lines, start=1)]
    return cases, lines, expected


@pytest.mark.slow  # answers 1,000 cases one by one, then as a batch (make test-all)
def test_batch_agrees_with_single_asks(tmp_path, thousand):
    cases, _lines, expected = thousand
    kinds = Counter(e["error"] if e["holds"] is None else e["holds"] for e in expected)
    assert kinds[True] > 500 and kinds[False] > 10 and kinds["case_syntax"] > 0
    assert kinds["outside_validity"] > 0 and kinds["vocabulary"] + kinds["case_fact"] > 0
    out = tmp_path / "results.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "2")
    assert run.code == 0, run.err
    results = read_results(out)
    assert [r["line"] for r in results] == list(range(1, 1001))
    for n, (result, want) in enumerate(zip(results, expected), start=1):
        assert result["id"] == want["id"], n
        assert_agrees(result, want, f"line {n}")
    record = run_record(out)
    assert record["this_run"]["errors"] == {k: v for k, v in kinds.items() if isinstance(k, str)}


@pytest.mark.slow  # answers 1,000 cases one by one, then as a batch (make test-all)
def test_ask_many_agrees_with_single_asks(kb, thousand):
    _, _, expected = thousand
    cases_and_expected = [(e["case"], e) for e in expected if "case" in e]  # Case.from_json_text read it
    assert len(cases_and_expected) > 950
    assert any(e["holds"] is None for _, e in cases_and_expected)
    results = list(kb.ask_many(QUESTION, (c for c, _ in cases_and_expected), workers=2))
    assert [r.line for r in results] == list(range(1, len(cases_and_expected) + 1))
    for result, (case, want) in zip(results, cases_and_expected):
        assert result.case_id == case.case_id
        assert result.explanation is None
        assert_agrees(result.to_json(), want, f"case {result.line}")


def test_explain_gives_the_whole_answer_of_a_single_ask(tmp_path, kb, thousand_cases):
    cases, lines = thousand_cases
    subset = write_lines(tmp_path / "cases.jsonl", lines[:150])
    out = tmp_path / "results.jsonl"
    run = batch(QUESTION, "--cases", str(subset), "--out", str(out), "--workers", "2", "--explain")
    assert run.code == 0, run.err
    results = read_results(out)
    assert [r["line"] for r in results] == list(range(1, 151))
    compared = 0
    for n, result in enumerate(results, start=1):
        want = expected_of_ask(kb, lines[n - 1] + "\n", f"{subset}:{n}")
        assert_agrees(result, want, f"line {n}")
        if want["holds"] is None:
            assert "explanation" not in result
        else:
            assert result["explanation"] == want["raw"], f"line {n}"
            compared += 1
    assert compared > 120
    assert run_record(out)["settings"]["explain"] is True

    expected = [expected_of_ask(kb, line + "\n", f"{cases}:{n}") for n, line in enumerate(lines[:40], start=1)]
    some = [e["case"] for e in expected if e["holds"] is not None]
    for result, case in zip(kb.ask_many(QUESTION, some, explain=True), some):
        assert result.explanation == kb.ask(QUESTION, case).raw


# --- 5. refusals --------------------------------------------------------------------------------


@pytest.fixture
def finished_run(tmp_path):
    lines, _ = mixed_lines()
    cases = write_lines(tmp_path / "cases.jsonl", lines)
    out = tmp_path / "results.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "1")
    assert run.code == 0, run.err
    return cases, out


def _snapshot(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_refuses_an_existing_results_file_without_resume_or_overwrite(finished_run):
    cases, out = finished_run
    out.write_bytes(b"keep me\n")
    before = _snapshot(out.parent)
    message = one_line_error(batch(QUESTION, "--cases", str(cases), "--out", str(out)))
    assert "--resume" in message and "--overwrite" in message
    assert _snapshot(out.parent) == before


def test_refuses_resume_with_another_question_or_explain(finished_run):
    cases, out = finished_run
    before = _snapshot(out.parent)
    for extra, named in (
        (["may_review(v1, P)"], "question"),
        ([QUESTION, "--explain"], "explain"),
        ([QUESTION, "--reading", "p3_took_no_part_earlier=standing_only"], "readings"),
    ):
        message = one_line_error(batch(*extra, "--cases", str(cases), "--out", str(out), "--resume"))
        assert f"with {named} = " in message, message
        assert "--overwrite" in message
        assert _snapshot(out.parent) == before, extra


def test_refuses_resume_and_overwrite_together(finished_run):
    cases, out = finished_run
    before = _snapshot(out.parent)
    message = one_line_error(batch(QUESTION, "--cases", str(cases), "--out", str(out), "--resume", "--overwrite"))
    assert "--resume" in message and "--overwrite" in message
    assert _snapshot(out.parent) == before


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(
    "question, kind", [("may_review(v1, P", "syntax error"), ("no_such_question(x)", "not a question")]
)
def test_a_bad_question_leaves_no_files_behind(tmp_path, workers, question, kind):
    lines, _ = mixed_lines()
    cases = write_lines(tmp_path / "cases.jsonl", lines)
    out = tmp_path / "results.jsonl"
    message = one_line_error(batch(question, "--cases", str(cases), "--out", str(out), "--workers", workers))
    assert kind in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.jsonl"]


def test_a_bad_question_with_overwrite_keeps_the_old_results(finished_run):
    cases, out = finished_run
    before = _snapshot(out.parent)
    one_line_error(batch("may_review(v1, P", "--cases", str(cases), "--out", str(out), "--overwrite"))
    assert _snapshot(out.parent) == before


def test_refuses_resume_with_another_cases_file(finished_run, tmp_path):
    _cases, out = finished_run
    other = write_lines(tmp_path / "other.jsonl", gen_cases.generate(30, 3))
    data = out.read_bytes()
    out.write_bytes(data[: data.index(b"\n") + 1])  # as if killed after the first result
    before = _snapshot(out.parent)
    message = one_line_error(batch(QUESTION, "--cases", str(other), "--out", str(out), "--resume"))
    assert "cases" in message
    assert _snapshot(out.parent) == before


def test_refuses_cases_that_do_not_exist(tmp_path):
    out = tmp_path / "results.jsonl"
    message = one_line_error(batch(QUESTION, "--cases", str(tmp_path / "nothing.jsonl"), "--out", str(out)))
    assert "nothing.jsonl" in message
    assert list(tmp_path.iterdir()) == []


# --- 6. the generator ---------------------------------------------------------------------------


def test_generator_is_reproducible(tmp_path):
    def generated(seed: int, name: str) -> bytes:
        path = tmp_path / name
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "gen_cases.py"),
                "--count",
                "300",
                "--seed",
                str(seed),
                "--out",
                str(path),
            ],
            check=True,
            cwd=tmp_path,
        )
        return path.read_bytes()

    first, again, other = generated(4, "a.jsonl"), generated(4, "b.jsonl"), generated(5, "c.jsonl")
    assert first == again
    assert first != other
    assert first == "".join(line + "\n" for line in gen_cases.generate(300, 4)).encode("utf-8")
    assert first.count(b"\n") == 300
    ids = []
    for line in first.splitlines():
        with contextlib.suppress(ValueError, TypeError):
            ids.append(json.loads(line)["id"])
    assert len(ids) > 270 and all(re.fullmatch(r"g4-\d{7}", i) for i in ids)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_generator_draws_every_paragraph_with_scenarios():
    with_scenarios = {t.paragraph for t in gen_cases.templates()}
    assert with_scenarios == set(range(1, 28))
    drawn, hostile = Counter(), 0
    for line in gen_cases.generate(2000, 1):
        try:
            case = json.loads(line)
        except ValueError:
            hostile += 1
            continue
        if isinstance(case, dict):
            drawn[case["paragraph"]] += 1
    assert set(drawn) == with_scenarios
    assert 0 < hostile < 100


def test_every_hostile_line_is_an_error(tmp_path):
    cases = write_lines(tmp_path / "cases.jsonl", gen_cases.generate(120, 4, hostile=1.0))
    out = tmp_path / "results.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "2")
    assert run.code == 0, run.err
    results = read_results(out)
    assert [r["line"] for r in results] == list(range(1, 121))
    assert all(r["holds"] is None for r in results)
    assert {r["error"]["type"] for r in results} == {"case_syntax", "vocabulary", "case_fact"}


def test_names_round_trip_in_bindings(tmp_path, thousand_cases):
    cases, lines = thousand_cases
    out = tmp_path / "results.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "1")
    assert run.code == 0, run.err
    data = out.read_bytes()
    kazakh = set()
    for result in read_results(out):
        facts = "\n".join(json.loads(lines[result["line"] - 1])["facts"]) if result["holds"] else ""
        for answer in result.get("answers", ()):
            for value in answer["bindings"].values():
                if not value.isascii():
                    assert value.startswith("'") and value.endswith("'"), value
                    assert value in facts, (result["line"], value)  # the name as the case wrote it
                    if KAZAKH_LETTERS & set(value):
                        kazakh.add(value)
    assert len(kazakh) > 20
    assert all(name.encode("utf-8") in data for name in kazakh)  # written as UTF-8, not \\u escapes


# --- 7. the ask_many API ------------------------------------------------------------------------


def test_ask_many_with_workers_from_a_plain_script(tmp_path):
    script = tmp_path / "plain.py"
    script.write_text(
        "import json\n"
        "from pyswip_bridge import Case, KnowledgeBase\n"
        "print('top level ran')\n"
        f"facts = {COUNSEL!r}\n"
        "cases = [Case.from_facts(facts[:n]) for n in range(1, len(facts) + 1)] * 8\n"
        "for result in KnowledgeBase().ask_many('may_review(v1, P)', cases, workers=2):\n"
        "    print(json.dumps([result.line, result.holds, len(result.answers)]))\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[0] == "top level ran" and out.count("top level ran") == 1
    rows = [json.loads(line) for line in out[1:]]
    assert [r[0] for r in rows] == list(range(1, 89))
    assert rows[9] == [10, True, 4]
    assert rows[0][1:] == [False, 0]
    assert [r[1:] for r in rows[11:22]] == [r[1:] for r in rows[:11]]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    "question, error", [("may_review(v1, P", QuerySyntaxError), ("no_such_question(x)", UnknownQuestion)]
)
def test_ask_many_raises_for_a_bad_question_before_any_case(kb, workers, question, error):
    taken = []

    def cases():
        while True:
            taken.append(1)
            yield Case.from_facts(COUNSEL)

    with pytest.raises(error):
        kb.ask_many(question, cases(), workers=workers)
    assert taken == []


def test_ask_many_raises_when_called(kb):
    with pytest.raises(QuerySyntaxError):
        kb.ask_many("may_review(v1, P", [Case.from_facts(COUNSEL)])


def test_ask_many_reports_a_non_case_item_alike_with_any_workers(kb):
    items = [Case.from_facts(COUNSEL), {"facts": COUNSEL}, ["not", "a", "case"]]
    one = [r.to_json() for r in kb.ask_many(QUESTION, items, workers=1)]
    two = [r.to_json() for r in kb.ask_many(QUESTION, items, workers=2)]
    assert one[1]["error"]["message"] == "case 2 is a dict, not a Case"
    assert one == two


# --- 6. files that cannot be written, limits, signals, paths (found in review) --------------------


def test_overwrite_keeps_the_old_results_when_the_run_file_cannot_be_written(finished_run):
    cases, out = finished_run
    before = out.read_bytes()
    run_file = Path(str(out) + ".run.json")
    run_file.unlink()
    run_file.mkdir()
    message = one_line_error(batch(QUESTION, "--cases", str(cases), "--out", str(out), "--overwrite"))
    assert "results.jsonl.run.json: cannot write the run file" in message
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["cases.jsonl", "results.jsonl", "results.jsonl.run.json"]


def test_an_unwritable_results_place_is_one_line(tmp_path, finished_run):
    cases, _ = finished_run
    message = one_line_error(batch(QUESTION, "--cases", str(cases), "--out", "/proc/no-such.jsonl"))
    assert "/proc/no-such.jsonl.run.json: cannot write the run file" in message


@pytest.mark.parametrize("limit", ["nan", "inf", "-inf"])
def test_a_time_limit_that_is_not_a_number_is_refused_and_nothing_changes(finished_run, limit):
    cases, out = finished_run
    before = _snapshot(out.parent)
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--overwrite", f"--time-limit={limit}")
    assert run.code == 2 and "Traceback" not in run.err
    assert "--time-limit" in run.err
    assert _snapshot(out.parent) == before


def test_ask_many_refuses_limits_that_are_not_numbers(kb):
    from pyswip_bridge import Limits, UserError

    for limits in (Limits(float("nan")), Limits(float("inf")), Limits(0), Limits(5, 0), Limits(5, 2.5)):
        with pytest.raises(UserError, match="limit must be"):
            kb.ask_many(QUESTION, [Case.from_facts(COUNSEL)], limits=limits)
        with pytest.raises(UserError, match="limit must be"):
            kb.ask(QUESTION, Case.from_facts(COUNSEL), limits=limits)


@pytest.mark.parametrize("workers", [1, 2])
def test_ask_many_gives_the_answered_cases_before_the_error_of_its_iterable(kb, workers):
    def cases():
        for _i in range(150):
            yield Case.from_facts(COUNSEL)
        raise ValueError("the cases ran dry")

    got = []
    with pytest.raises(ValueError, match="ran dry"):
        for result in kb.ask_many(QUESTION, cases(), workers=workers):
            got.append(result)
    assert [r.line for r in got] == list(range(1, 151))
    assert all(r.holds for r in got)


@pytest.mark.parametrize("workers", [1, 2])
def test_ask_many_reads_a_cases_file_with_a_bad_line_as_that_lines_error(kb, tmp_path, workers):
    lines = [case_line("a", COUNSEL), "{not json", "", case_line("c", ["participant('Қайрат', convicted)"])]
    cases = write_lines(tmp_path / "cases.jsonl", lines)
    results = list(kb.ask_many(QUESTION, cases, workers=workers))
    assert [(r.line, r.case_id, r.holds) for r in results] == [(1, "a", True), (2, None, None), (4, "c", False)]
    assert results[1].error["type"] == "case_syntax" and results[1].error["where"].startswith(f"{cases}:2")
    with pytest.raises(CassationError, match="no such cases file"):
        kb.ask_many(QUESTION, str(tmp_path / "missing.jsonl"))


def test_cases_from_a_pipe_are_refused_with_the_way_to_read_them(tmp_path):
    fifo = tmp_path / "cases.fifo"
    os.mkfifo(fifo)
    message = one_line_error(batch(QUESTION, "--cases", str(fifo), "--out", str(tmp_path / "r.jsonl")))
    assert "not a regular file" in message and "- to read the cases from standard input" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.fifo"]


def test_a_cases_file_whose_name_is_not_utf8(tmp_path):
    lines = [case_line("a", COUNSEL), case_line("b", ["participant('Қайрат', convicted)"])]
    plain = write_lines(tmp_path / "plain.jsonl", lines)
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/c\xe9ases.jsonl"))
    odd.write_bytes(plain.read_bytes())
    for workers in ("1", "2"):
        out = tmp_path / f"r{workers}.jsonl"
        run = batch(QUESTION, "--cases", str(odd), "--out", str(out), "--workers", workers)
        assert run.code == 0, run.err
        assert [(r["id"], r["holds"]) for r in read_results(out)] == [("a", True), ("b", False)]
        assert run_record(out)["cases"] == str(odd.resolve())


def test_worker_messages_are_utf8_unless_they_cannot_be():
    from pyswip_bridge.bridge.pool import message_bytes

    text = message_bytes({"text": "participant('Қайрат', convicted)"})
    assert "Қайрат".encode() in text and json.loads(text) == {"text": "participant('Қайрат', convicted)"}
    odd = message_bytes({"text": "\ud800"})
    assert odd.isascii() and json.loads(odd) == {"text": "\ud800"}


def test_generator_says_in_one_line_when_it_cannot_write(tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "gen_cases.py"),
            "--count",
            "3",
            "--out",
            str(tmp_path / "missing" / "x.jsonl"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "cannot write the cases" in proc.stderr and "Traceback" not in proc.stderr


def test_no_more_workers_than_cases_left(tmp_path):
    cases = write_lines(tmp_path / "cases.jsonl", [case_line("a", COUNSEL)])
    out = tmp_path / "r.jsonl"
    run = batch(QUESTION, "--cases", str(cases), "--out", str(out), "--workers", "4")
    assert run.code == 0, run.err
    assert "1 worker)" in run.err
    assert run_record(out)["this_run"]["workers"] == 1


def _worker_options(question: str) -> dict:
    """The first line a batch's parent sends a worker: the options of the run."""
    return {
        "options": {
            "question": question,
            "explain": False,
            "readings": {},
            "limits": {"seconds": 10, "inferences": 1_000_000},
            "reason_anyway": False,
            "lang": "en",
        }
    }


def _start_worker(stdout: int, env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    """A batch worker as the parent starts one, with its protocol pipe; the pipe's reading end."""
    protocol, protocol_end = os.pipe()
    worker = subprocess.Popen(
        [sys.executable, "-m", "pyswip_bridge.bridge.worker", "--protocol-fd", str(protocol_end)],
        stdin=subprocess.PIPE,
        stdout=stdout,
        stderr=subprocess.PIPE,
        pass_fds=(protocol_end,),
        env={**os.environ, **env, "PYTHONPATH": _package_path()},
    )
    os.close(protocol_end)
    return worker, protocol


def test_a_worker_answers_on_its_own_pipe_and_never_on_standard_output():
    """A batch worker speaks its protocol on the pipe the parent gives it (--protocol-fd); its standard
    output, where SWI-Prolog prints from start-up to exit, is no part of it: a worker whose standard
    output nobody reads (its reader gone) answers all the same and writes no error."""
    worker, protocol = _start_worker(subprocess.PIPE, {})
    assert worker.stdout is not None and worker.stdin is not None
    worker.stdout.close()  # nobody reads its standard output
    worker.stdin.write((json.dumps(_worker_options("may_review(v1, P")) + "\n").encode())
    worker.stdin.close()
    with os.fdopen(protocol, "rb") as answers:
        first = json.loads(answers.readline())
    assert worker.wait(timeout=120) == 0
    assert first["type"] == "query_syntax" and "syntax error in the question" in first["message"]
    assert worker.stderr is not None and worker.stderr.read() == b""


def test_workers_are_told_where_swi_prolog_is(tmp_path):
    """The parent finds SWI-Prolog once and tells its workers (LIBSWIPL_PATH, SWI_HOME_DIR), so that
    pyswip does not run `swipl --dump-runtime-variables` in each: a worker stopped while that swipl
    still wrote to it made swipl print "I/O error ... (Broken pipe)" into the user's standard error.
    A worker started with the two variables, and no swipl on its PATH, still answers."""
    found = _swipl_location()
    assert set(found) == {"LIBSWIPL_PATH", "SWI_HOME_DIR"}
    assert Path(found["LIBSWIPL_PATH"]).exists() and Path(found["SWI_HOME_DIR"]).is_dir()
    no_swipl = tmp_path / "bin"
    no_swipl.mkdir()
    worker, protocol = _start_worker(subprocess.DEVNULL, {**found, "PATH": str(no_swipl)})
    assert worker.stdin is not None
    worker.stdin.write((json.dumps(_worker_options("may_review(v1, P)")) + "\n").encode())
    worker.stdin.close()
    with os.fdopen(protocol, "rb") as answers:
        first = json.loads(answers.readline())
    assert worker.wait(timeout=120) == 0
    assert first is None, first
    assert worker.stderr is not None and worker.stderr.read() == b""
