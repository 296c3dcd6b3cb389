"""The documentation site (mkdocs.yml, docs/) and the PlDoc reference of the KB.

* The site builds with ``mkdocs build --strict``: a link to a page or an anchor that does not exist,
  or a page of docs/ left out of the nav, fails the build (mkdocs.yml, ``validation``).
* Every page of the nav exists, and every page of docs/ is in the nav.
* docs/case-files.md is what docs/gen_vocabulary.py writes from the KB's vocabulary now
  (``.venv/bin/python docs/gen_vocabulary.py`` rewrites it).
* No page speaks of the project's internal work (issues, helpers, TODOs, work sessions).
* Every ``make`` target and ``bench/`` file a page names exists.
* ``make doc`` writes an HTML page per KB module and an index that links them all.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"
GENERATOR = DOCS / "gen_vocabulary.py"
VOCABULARY_PAGE = DOCS / "case-files.md"

#: Words of the project's internal work that no user page may use.  "session" is the REPL's word for
#: its interactive session (the tutorial, the command line); those uses are allowed, no other.
FORBIDDEN = [r"\bissues?\b", r"\bhelpers?\b", r"\bTODO\b", r"\bsessions?\b"]
REPL_SESSION = re.compile(r"\b(?:the|a|one|interactive|terminal)\s+sessions?\b", re.I)


def config() -> dict:
    # mkdocs.yml may use !!python tags in the future; it has none, so the safe loader reads it.
    return yaml.safe_load(CONFIG.read_text(encoding="utf-8"))


def nav_pages() -> list[str]:
    pages = []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            else:
                pages.append(value)

    walk(config()["nav"])
    return pages


def test_every_page_of_the_nav_exists_and_every_page_is_in_the_nav():
    pages = nav_pages()
    assert len(pages) == len(set(pages)), "a page is twice in the nav"
    for page in pages:
        assert (DOCS / page).is_file(), f"mkdocs.yml names {page}, which docs/ does not have"
    in_docs = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert in_docs == set(pages), f"pages not in the nav: {sorted(in_docs - set(pages))}"
    for required in (
        "index.md",
        "tutorial.md",
        "case-files.md",
        "usage.md",
        "fidelity.md",
        "robustness.md",
        "performance.md",
    ):
        assert required in pages, required


def test_the_site_builds_strictly(tmp_path):
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(CONFIG), "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "WARNING" not in proc.stderr, proc.stderr
    for page in nav_pages():
        built = site / Path(page).with_suffix(".html")
        assert built.is_file(), f"{page} was not built"
    # the pictures the README links stay where they are, and reach the site
    assert (site / "example.html").is_file() and (site / "example.svg").is_file()
    assert not (site / "gen_vocabulary.py").exists()
    index = (site / "index.html").read_text(encoding="utf-8")
    for page in nav_pages():
        assert Path(page).with_suffix(".html").name in index, f"the site's navigation lacks {page}"


def test_a_broken_link_fails_the_build(tmp_path):
    """The strict build is what catches broken links: a copy of the docs with one fails."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for page in nav_pages():
        (docs / page).write_text((DOCS / page).read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "index.md").write_text(
        "# Home\n\n[a page](no-such-page.md), [an anchor](usage.md#no-such-anchor)\n", encoding="utf-8"
    )
    for static in ("example.html", "example.svg"):
        (docs / static).write_bytes((DOCS / static).read_bytes())
    cfg = CONFIG.read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode != 0
    assert "no-such-page.md" in proc.stderr and "no-such-anchor" in proc.stderr, proc.stderr


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_vocabulary", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    dont_write, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = dont_write
    return module


def test_the_vocabulary_page_is_what_the_generator_writes(kb):
    vocab = kb.vocabulary()
    page = load_generator().render(vocab)
    assert VOCABULARY_PAGE.read_text(encoding="utf-8") == page, (
        "docs/case-files.md is out of date: run .venv/bin/python docs/gen_vocabulary.py"
    )
    # every declared fact, with its arguments' types, meaning, source and nature, is on the page
    for fact in vocab["facts"]:
        anchor = f"{fact['name']}-{fact['arity']}"
        section = page[page.index(f"{{ #{anchor} }}") :]
        section = section[: section.index("\n####") if "\n####" in section else len(section)]
        assert fact["meaning"] in section
        for arg in fact["arguments"]:
            assert f"`{arg['name']}`: [`{arg['type']}`]" in section
        assert f"nature: [{fact['nature']}]" in section
        assert ", ".join(f"¶{p}" for p in fact["paragraphs"]) in section
    for enum in vocab["enumerations"]:
        assert f"{{ #type-{enum['type']} }}" in page


@pytest.mark.parametrize("page", nav_pages())
def test_no_page_speaks_of_internal_work(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    text = REPL_SESSION.sub("", text)
    for pattern in FORBIDDEN:
        found = [m.group(0) for m in re.finditer(pattern, text, re.I if pattern != r"\bTODO\b" else 0)]
        assert not found, f"{page} mentions {found[0]!r}: user pages speak of the tool, not of its making"


def test_the_make_targets_and_bench_files_the_pages_name_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.M))
    for page in nav_pages():
        text = (DOCS / page).read_text(encoding="utf-8")
        for target in re.findall(r"(?:`|^)make ([a-z][\w-]*)", text, re.M):
            assert target in targets, f"{page} names `make {target}`, which the Makefile does not have"
        for path in re.findall(r"\bbench/[\w./-]+\.(?:py|pl)\b", text):
            assert (ROOT / path).is_file(), f"{page} names {path}, which does not exist"


def test_make_doc_writes_a_page_per_kb_module_and_an_index(tmp_path):
    out = tmp_path / "pldoc"
    proc = subprocess.run(
        ["make", "-s", "doc", f"PLDOC_DIR={out}"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    modules = sorted(p.stem for p in (ROOT / "kb").glob("*.pl"))
    assert modules
    for module in modules:
        page = out / f"{module}.html"
        assert page.is_file(), f"no PlDoc page for kb/{module}.pl"
        assert f'href="{module}.html"' in index, f"the PlDoc index does not list kb/{module}.pl"
    # the entry module's page carries its documented predicates
    assert "load_case" in (out / "cassation.html").read_text(encoding="utf-8")
