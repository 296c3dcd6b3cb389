"""`make bench`: native SWI-Prolog, the bridge, and batches side by side; prints one table.

    python bench/run.py [--cases 2000] [--runs 5] [--memory-cases 20000] [--seed 1]

Every measurement runs the same generated cases (bench/gen_cases.py) and the same question with
full explanations (proof trees, why-not, sentences and citations, serialised to JSON in Prolog):

* native: plain ``swipl bench/native.pl``, no Python;
* bridge: one Python process asking through ``KnowledgeBase.ask`` (bench/bridge.py);
* batch: ``cassation batch --explain`` with 1 and with 2 workers;
* cold start: one ``cassation ask`` of the README's demo question, process start to answer;
* warm ask: one ``KnowledgeBase.ask`` of the same question in a warm process (and natively), and
  the two paired in the bridge's process (blocks of 50 asks through the bridge and 50 by Prolog
  alone, alternating, so that both see the machine at the same speed);
* memory: a long brief batch with 2 workers, resident memory of all its processes over time;
* machine speed: naive reverse in plain swipl (bench/lips.pl), millions of logical inferences a
  second, so that figures taken on different machines can be compared.

Each figure is the median of ``--runs`` runs; peak memory is the largest resident set (summed over
a process and its children, sampled every 50 ms).  Nothing is asserted: the figures are printed
with the targets of issue 7 beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CASSATION = [PYTHON, "-m", "pyswip_bridge"]
QUESTION = "may_review(Act, Petitioner)"
DEMO_QUESTION = "may_review(v1, 'Қайрат')"
DEMO_CASE = ROOT / "queries" / "p1_counsel_appeal.yaml"


# --- resident memory of a process tree ------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children_of(pid: int) -> list[int] | None:
    """The children of ``pid`` from /proc/PID/task/*/children (None where the kernel lacks it)."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    found: list[int] = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                found.extend(int(c) for c in children.read().split())
        except FileNotFoundError:
            return None
        except OSError:
            continue
    return found


def tree_rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants (KiB).

    Reads only the tree's own /proc entries where the kernel lists children (cheap enough to
    sample often without taking CPU from what is measured); otherwise scans /proc.
    """
    tree = None
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _rss_kib(current)
        children = _children_of(current) if tree is None else None
        if children is None:
            tree = tree or _children()
            children = tree.get(current, [])
        stack.extend(children)
    return total


class MemorySampler(threading.Thread):
    """Samples the resident memory of a process tree every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.samples: list[tuple[float, int]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        began = time.perf_counter()
        while not self._halt.is_set():
            rss = tree_rss_kib(self.pid)
            if rss:
                self.samples.append((time.perf_counter() - began, rss))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()

    @property
    def peak_mib(self) -> float:
        return max((rss for _, rss in self.samples), default=0) / 1024


@dataclass
class Run:
    seconds: float  # wall clock of the process
    peak_mib: float
    output: str
    samples: list[tuple[float, int]]


def run(command: list[str], interval: float = 0.05, **kwargs) -> Run:
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, **kwargs)
    sampler = MemorySampler(process.pid, interval)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - began
    sampler.stop()
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command[:4])}… failed ({process.returncode}): {err.decode()[-2000:]}")
    return Run(seconds, sampler.peak_mib, out.decode("utf-8"), sampler.samples)


# --- the measurements -------------------------------------------------------------------------------


def native(cases: Path, warm_cases: Path, warm: int) -> tuple[float, float, float]:
    r = run(
        [
            "swipl",
            str(ROOT / "bench" / "native.pl"),
            f"--cases={cases}",
            f"--question={QUESTION}",
            f"--warm={warm}",
            f"--warm-cases={warm_cases}",
            f"--warm-question={DEMO_QUESTION}",
        ]
    )
    data = json.loads(r.output.strip().splitlines()[-1])
    return data["cases_per_second"], data["warm_median_ms"], r.peak_mib


def machine_speed() -> tuple[float]:
    """Millions of logical inferences a second in naive reverse (bench/lips.pl): the machine's yardstick."""
    r = run(["swipl", str(ROOT / "bench" / "lips.pl")])
    return (json.loads(r.output.strip().splitlines()[-1])["mlips"],)


def bridge(cases: Path, warm: int) -> tuple[float, float, float, float, float]:
    """Cases a second, warm ms, peak MB, and the paired warm ms: through the bridge, by Prolog alone."""
    r = run(
        [
            PYTHON,
            str(ROOT / "bench" / "bridge.py"),
            "--cases",
            str(cases),
            "--question",
            QUESTION,
            "--warm",
            str(warm),
            "--warm-case",
            str(DEMO_CASE),
            "--warm-question",
            DEMO_QUESTION,
        ]
    )
    data = json.loads(r.output.strip().splitlines()[-1])
    paired = data["paired"]
    return (data["cases_per_second"], data["warm_median_ms"], r.peak_mib, paired["bridge_ms"], paired["prolog_ms"])


def batch(
    cases: Path, workers: int, out: Path, explain: bool = True, interval: float = 0.05
) -> tuple[float, float, Run, float]:
    """Cases a second over the whole command, peak memory, the run, and cases a second once started.

    The last leaves out the start-up (process, SWI-Prolog and the KB in every worker: the run file's
    ``ready_seconds``), which does not depend on the number of cases.
    """
    command = [
        *CASSATION,
        "batch",
        QUESTION,
        "--cases",
        str(cases),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--overwrite",
        "--no-progress",
    ]
    if explain:
        command.append("--explain")
    r = run(command, interval)
    record = json.loads(out.with_name(out.name + ".run.json").read_text(encoding="utf-8"))
    answered = record["this_run"]["cases"]
    steady = answered / (record["this_run"]["seconds"] - record["this_run"]["ready_seconds"])
    return answered / r.seconds, r.peak_mib, r, steady


def cold_start_script() -> tuple[float, float]:
    """``cassation ask`` through the installed console script when there is one (as a user runs it)."""
    script = Path(PYTHON).with_name("cassation")
    command = [str(script)] if script.exists() else CASSATION
    r = run([*command, "ask", DEMO_QUESTION, "--case", str(DEMO_CASE)])
    return r.seconds, r.peak_mib


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = int(Path("/proc/meminfo").read_text().split()[1]) / 1024**2
    except (OSError, ValueError, IndexError):
        memory = 0
    swipl = subprocess.run(["swipl", "--version"], capture_output=True, text=True).stdout.strip()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{cpu}, {cores} cores, {memory:.0f} GiB; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {swipl}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000, help="generated cases per throughput run")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (the median is shown)")
    parser.add_argument("--warm", type=int, default=1000, help="single asks timed for the warm latency")
    parser.add_argument("--memory-cases", type=int, default=20000, help="cases of the memory run (brief batch)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--overhead", nargs=argparse.REMAINDER, default=[], help="the rest: options of bench/overhead.py"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cassation-bench-") as tmp:
        work = Path(tmp)
        cases = work / "cases.jsonl"
        subprocess.run(
            [
                PYTHON,
                str(ROOT / "bench" / "gen_cases.py"),
                "--count",
                str(args.cases),
                "--seed",
                str(args.seed),
                "--out",
                str(cases),
            ],
            check=True,
            cwd=ROOT,
        )
        warm_cases = work / "demo.jsonl"
        sys.path.insert(0, str(ROOT))
        from pyswip_bridge import Case

        demo = Case.from_file(DEMO_CASE)
        warm_cases.write_text(
            json.dumps({"facts": [f.text for f in demo.facts]}, ensure_ascii=False) + "\n", encoding="utf-8"
        )

        print(f"machine: {machine()}", flush=True)
        print(
            f"cases: {args.cases:,} generated (bench/gen_cases.py --seed {args.seed}), question "
            f"{QUESTION}, full explanations; median of {args.runs} runs",
            flush=True,
        )
        figures: dict[str, list[tuple[float, ...]]] = {
            k: [] for k in ("native", "bridge", "batch1", "batch2", "cold", "speed")
        }
        for number in range(1, args.runs + 1):  # interleaved, so that drifts of the machine hit all alike
            figures["native"].append(native(cases, warm_cases, args.warm))
            figures["bridge"].append(bridge(cases, args.warm))
            rate1, peak1, _, steady1 = batch(cases, 1, work / "out1.jsonl")
            figures["batch1"].append((rate1, peak1, steady1))
            rate2, peak2, _, steady2 = batch(cases, 2, work / "out2.jsonl")
            figures["batch2"].append((rate2, peak2, steady2))
            figures["cold"].append(cold_start_script())
            figures["speed"].append(machine_speed())
            print(f"  run {number}/{args.runs} done", file=sys.stderr, flush=True)

        def med(key: str, index: int) -> float:
            return median([f[index] for f in figures[key]])

        native_rate, bridge_rate = med("native", 0), med("bridge", 0)
        batch1, batch2 = med("batch1", 0), med("batch2", 0)
        steady1, steady2 = med("batch1", 2), med("batch2", 2)
        rows = [
            (
                "native swipl (bench/native.pl)",
                f"{native_rate:,.0f}",
                f"{1000 / native_rate:.2f}",
                med("native", 2),
                "100%",
                "",
            ),
            (
                "bridge, one process (KnowledgeBase.ask)",
                f"{bridge_rate:,.0f}",
                f"{1000 / bridge_rate:.2f}",
                med("bridge", 2),
                f"{bridge_rate / native_rate:.0%}",
                "≥ 50% of native",
            ),
            (
                "cassation batch --explain, 1 worker",
                f"{batch1:,.0f}",
                f"{1000 / batch1:.2f}",
                med("batch1", 1),
                f"{batch1 / native_rate:.0%}",
                "",
            ),
            (
                "cassation batch --explain, 2 workers",
                f"{batch2:,.0f}",
                f"{1000 / batch2:.2f}",
                med("batch2", 1),
                f"{batch2 / native_rate:.0%}",
                f"{batch2 / batch1:.2f}× 1 worker (target ≥ 1.70×)",
            ),
            (
                "  the same once started, 1 worker",
                f"{steady1:,.0f}",
                f"{1000 / steady1:.2f}",
                med("batch1", 1),
                f"{steady1 / native_rate:.0%}",
                "",
            ),
            (
                "  the same once started, 2 workers",
                f"{steady2:,.0f}",
                f"{1000 / steady2:.2f}",
                med("batch2", 1),
                f"{steady2 / native_rate:.0%}",
                f"{steady2 / steady1:.2f}× 1 worker (target ≥ 1.70×)",
            ),
        ]
        speeds = [f[0] for f in figures["speed"]]
        print(
            f"machine speed: naive reverse {med('speed', 0):.1f} million LIPS (bench/lips.pl; median, runs "
            f"{min(speeds):.1f}-{max(speeds):.1f})"
        )
        print()
        header = (
            f"| {'measurement':<42} | {'cases/s':>8} | {'ms/case':>8} | {'peak RSS':>9} | {'of native':>9} | target"
        )
        print(header)
        print("|" + "-" * 44 + "|" + "-" * 10 + "|" + "-" * 10 + "|" + "-" * 11 + "|" + "-" * 11 + "|" + "-" * 30)
        for name, rate, ms, peak, share, target in rows:
            print(f"| {name:<42} | {rate:>8} | {ms:>8} | {peak:>6.0f} MB | {share:>9} | {target}")
        cold, cold_peak = med("cold", 0), med("cold", 1)
        print(
            f"| {'cold start: one cassation ask (demo)':<42} | {'':>8} | {cold * 1000:>8.0f} | {cold_peak:>6.0f} MB |"
            f" {'':>9} | ≤ 500 ms"
        )
        print(
            f"| {'warm ask with explanation (demo), bridge':<42} | {'':>8} | {med('bridge', 1):>8.2f} | {'':>9} |"
            f" {'':>9} | ≤ 2 ms"
        )
        print(
            f"| {'warm ask with explanation (demo), native':<42} | {'':>8} | {med('native', 1):>8.2f} | {'':>9} |"
            f" {'':>9} |"
        )
        print(
            f"| {'  paired in one process: bridge':<42} | {'':>8} | {med('bridge', 3):>8.2f} | {'':>9} |"
            f" {'':>9} | ≤ 2 ms"
        )
        print(
            f"| {'  paired in one process: Prolog alone':<42} | {'':>8} | {med('bridge', 4):>8.2f} | {'':>9} |"
            f" {'':>9} |"
        )

        if args.memory_cases:
            big = work / "memory.jsonl"
            subprocess.run(
                [
                    PYTHON,
                    str(ROOT / "bench" / "gen_cases.py"),
                    "--count",
                    str(args.memory_cases),
                    "--seed",
                    str(args.seed + 1),
                    "--out",
                    str(big),
                ],
                check=True,
                cwd=ROOT,
            )
            interval = 0.05 if args.memory_cases <= 50_000 else 0.5
            rate, peak, r, _ = batch(big, 2, work / "memory-out.jsonl", explain=False, interval=interval)
            samples = r.samples
            end = samples[-1][0] if samples else 0
            early = [rss for t, rss in samples if 0.1 * end <= t <= 0.2 * end]
            late = [rss for t, rss in samples if t >= 0.9 * end]
            early_mib = max(early, default=0) / 1024
            late_mib = max(late, default=0) / 1024
            print()
            print(
                f"memory: brief batch of {args.memory_cases:,} cases, 2 workers, {rate:,.0f} cases/s: resident "
                f"memory of all processes {early_mib:.0f} MB at 10-20% of the run, {late_mib:.0f} MB at 90-100% "
                f"(growth {late_mib - early_mib:+.1f} MB), peak {peak:.0f} MB"
            )
    print()
    print("explanations at the cost of reasoning (bench/overhead.py, in one process):")
    sys.stdout.flush()
    subprocess.run([PYTHON, str(ROOT / "bench" / "overhead.py"), *args.overhead], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
