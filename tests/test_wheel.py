"""The sdist and the wheel carry the knowledge base and the worked scenarios, and a wheel installed
into a fresh virtual environment, run from outside the checkout, answers.

The archives are built as ``pip install .`` and a release would build them: ``python -m build`` (an
isolated build: the sdist first, then the wheel from the sdist) on a copy of the checkout that still
holds the per-machine ``kb/*.qlf`` files, which must be left out.  The fresh environment has no pip
of its own (``venv --without-pip``); this environment's pip installs the wheel into it
(``pip --python``), its dependencies coming from the package index (or pip's cache).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO_QUESTION = "may_review(v1, 'Қайрат')"
DEMO_CASE = "p1_counsel_appeal.yaml"
# What the build must not pick up from a working checkout.
JUNK_DIRS = (".venv", ".git", "__pycache__", ".pytest_cache", ".hypothesis", "build", "dist")
JUNK_SUFFIXES = (".pyc", ".qlf", ".qlf-built")


def junk(names: list[str]) -> list[str]:
    return [n for n in names if n.endswith(JUNK_SUFFIXES) or set(n.split("/")[:-1]) & set(JUNK_DIRS)]


def clean_env() -> dict[str, str]:
    """The environment without anything that would point Python at the checkout or its venv."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "CASSATION_DEBUG"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def run(args: list[str | Path], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel), built from a copy of the checkout (kb/*.qlf included, when made)."""
    base = tmp_path_factory.mktemp("dists")
    source = base / "cassation-kb"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "__pycache__", "build", "dist", "*.egg-info", ".pytest_cache", ".hypothesis", "out"
        ),
    )
    built = run([sys.executable, "-m", "build", "--outdir", base / "dist", source], cwd=base)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (sdist,) = (base / "dist").glob("*.tar.gz")
    (wheel,) = (base / "dist").glob("*.whl")
    return sdist, wheel


def expected_data() -> set[str]:
    """The data files, relative to the repository: every KB module, the resolution's text, the KB's
    plunit suites and fixtures, every scenario."""
    files = [
        *ROOT.glob("kb/*.pl"),
        *ROOT.glob("kb/law/*.pl"),
        *ROOT.glob("kb/engine/*.pl"),
        *ROOT.glob("kb/lang/*.pl"),
        *ROOT.glob("kb/sources/*.txt"),
        *ROOT.glob("kb/tests/*.plt"),
        *ROOT.glob("kb/tests/fixtures/*.pl"),
        *ROOT.glob("queries/*.yaml"),
        *ROOT.glob("queries/prolog/*.pl"),
    ]
    return {p.relative_to(ROOT).as_posix() for p in files}


def test_expected_data_is_what_the_issue_names() -> None:
    data = expected_data()
    assert {
        "kb/cassation.pl",
        "kb/engine/introspection.pl",
        "kb/law/p03_petitioners.pl",
        "kb/law/p22_scope_and_outcome.pl",
        "kb/sources/resolution-2017-05.txt",
        "queries/p1_counsel_appeal.yaml",
    } <= data
    assert len([d for d in data if d.startswith("queries/") and d.endswith(".yaml")]) > 100


def test_the_wheel_carries_the_kb_and_the_scenarios_inside_the_package(dists: tuple[Path, Path]) -> None:
    _, wheel = dists
    names = zipfile.ZipFile(wheel).namelist()
    packaged = {n.removeprefix("pyswip_bridge/data/") for n in names if n.startswith("pyswip_bridge/data/")}
    assert packaged == expected_data()
    assert "pyswip_bridge/py.typed" in names
    assert "pyswip_bridge/bridge/resources.py" in names
    web = ROOT / "pyswip_bridge" / "web"
    shipped = {p.relative_to(ROOT).as_posix() for p in [*web.glob("templates/*"), *web.glob("static/*")]}
    assert shipped and shipped <= set(names), sorted(shipped - set(names))  # cassation serve's pages and scripts
    assert not junk(names)
    # Nothing outside the package and its metadata (no top-level kb/, queries/, tests/).
    top = {n.split("/")[0] for n in names} - {"pyswip_bridge"}
    assert len(top) == 1 and top.pop().endswith(".dist-info"), names


def test_the_sdist_keeps_the_repository_layout(dists: tuple[Path, Path]) -> None:
    sdist, _ = dists
    with tarfile.open(sdist) as archive:
        names = [m.name.split("/", 1)[1] for m in archive.getmembers() if m.isfile()]
    assert expected_data() <= set(names)
    assert {"pyproject.toml", "README.md", "pyswip_bridge/py.typed", "pyswip_bridge/bridge/resources.py"} <= set(names)
    assert not [n for n in names if n.startswith("tests/")]
    assert not junk(names)


def test_an_installed_wheel_answers_from_outside_the_checkout(dists: tuple[Path, Path], tmp_path: Path) -> None:
    _, wheel = dists
    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    python, cassation = venv / "bin" / "python", venv / "bin" / "cassation"
    installed = run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--disable-pip-version-check", "-q", wheel],
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    work = tmp_path / "work"
    work.mkdir()
    case = work / DEMO_CASE
    shutil.copyfile(ROOT / "queries" / DEMO_CASE, case)

    # The installed package finds its own copy of the data, which hashes like the checkout's KB.
    where = run(
        [
            python,
            "-c",
            "from pyswip_bridge.bridge import records, resources; "
            "print(resources.kb_dir()); print(resources.queries_dir()); print(records.kb_version())",
        ],
        cwd=work,
    )
    assert where.returncode == 0, where.stderr
    kb_dir, queries_dir, version = where.stdout.split("\n")[:3]
    assert Path(kb_dir).is_relative_to(venv) and Path(queries_dir).is_relative_to(venv), where.stdout
    assert not Path(kb_dir).is_relative_to(ROOT)
    from pyswip_bridge.bridge.records import kb_version

    assert version == kb_version()
    data = Path(kb_dir).parent
    before = sorted(p.relative_to(data).as_posix() for p in data.rglob("*"))
    assert not [p for p in before if p.endswith(".qlf")]

    answered = run([cassation, "ask", DEMO_QUESTION, "--case", case], cwd=work)
    assert answered.returncode == 0, answered.stdout + answered.stderr
    assert "Answer: yes" in answered.stdout

    listed = run([cassation, "scenarios"], cwd=work)
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert "p1_counsel_appeal" in listed.stdout
    assert "no scenario matches" not in (listed.stdout + listed.stderr).lower()

    # Loading the KB from the installed sources wrote nothing next to them (no .qlf files either).
    assert sorted(p.relative_to(data).as_posix() for p in data.rglob("*")) == before
