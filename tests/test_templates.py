"""Every sentence the explanations can print, pinned: each template of a derived predicate and each
case-fact meaning of the vocabulary, filled with sample values (``sample_sentences/1`` in
``kb/engine/introspection.pl``: each rule head with its constants, negated once; each case fact once per
value of each enumerated argument), is compared with ``tests/golden/templates.txt``.

A changed template fails here with a diff; when the change is intended, rewrite the file and read
the diff::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_templates.py

Besides the golden file, the sentences are checked for what reads broken whatever the wording: a
placeholder left unfilled, doubled words, a double negative, an enumeration value glued to a
preposition that does not take it.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "templates.txt"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def sample_lines() -> list[str]:
    goal = (
        "use_module(kb/cassation), use_module(kb/engine/introspection), use_module(kb/engine/json_api), "
        "sample_sentences(L), forall(member(X, L), writeln(X))"
    )
    out = subprocess.run(
        ["swipl", "-q", "-g", goal, "-t", "halt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    )
    assert out.stderr == "", out.stderr
    return out.stdout.splitlines()


def sentences(lines: list[str]) -> list[str]:
    return [line.split("  ⟶  ", 1)[1] for line in lines]


def test_every_template_sentence_matches_the_golden_file(sample_lines: list[str]) -> None:
    text = "\n".join(sample_lines) + "\n"
    if UPDATE or not GOLDEN.exists():
        GOLDEN.write_text(text, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(
            difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "tests/golden/templates.txt", "now")
        )
        pytest.fail("the sentences of the KB changed (UPDATE_GOLDEN=1 to accept):\n" + diff[:6000])


def test_every_template_and_case_fact_is_sampled(sample_lines: list[str]) -> None:
    goal = (
        "use_module(kb/cassation), use_module(kb/law/vocabulary), "
        "forall(norm_syntax:predicate_template(N/A, _, _), format('~w~n', [N])), "
        "forall(vocabulary:case_fact(N, _, _, _), format('~w~n', [N]))"
    )
    out = subprocess.run(
        ["swipl", "-q", "-g", goal, "-t", "halt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    )
    names = set(out.stdout.split())
    sampled = {re.match(r"(?:\\\+ )?(\w+)", line).group(1) for line in sample_lines}  # type: ignore[union-attr]
    assert names - sampled == set()
    assert len(names) > 150


@pytest.mark.parametrize(
    "pattern, what",
    [
        (r"[{}]", "a placeholder left unfilled"),
        (r"\b(\w+) \1\b", "a doubled word"),
        (r"\bnot\b.*\bnot\b.*\bnot\b", "a triple negative"),
        (r"does not say that .*\bno\b fact", "a double negative"),
        (r"court of (appellate|cassation)\b", "an instance glued to 'court of'"),
        (r"\bby (considered|return|preliminary)\b", "a disposition glued to 'by'"),
        (r"\bof (grave|especially grave|minor gravity|medium gravity)\b", "a category glued to 'of'"),
        (r"  ", "a double space"),
        (r"\(severe or lenient\)|\(a conviction, an acquittal", "a list of values after the value"),
    ],
)
def test_no_sentence_reads_broken(sample_lines: list[str], pattern: str, what: str) -> None:
    allowed_doubles = {"that that"}  # none today; a place for a deliberate repetition
    bad = [s for s in sentences(sample_lines) if re.search(pattern, s) and not any(a in s for a in allowed_doubles)]
    assert bad == [], f"{what}: {bad[:5]}"
