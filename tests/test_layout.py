"""The layout shows the law: ``kb/law/`` holds what the resolution says (the paragraph modules, the
vocabulary of case facts, the readings of ambiguous passages, the contradictions, the coverage), and
``kb/engine/`` the machinery that reasons with it (the rule syntax, proof and why-not, verdicts,
repairs, open world, calendar, sentences, the JSON boundary).  ``kb/cassation.pl`` loads both and
stays where users call it (``swipl kb/cassation.pl``)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"
RULE = re.compile(r"^rule\(\w+,\s*\n\s*source\(", re.M)
#: What the law may use of the engine: the language it is written in (rule syntax, case facts,
#: calendar) and the "did you mean" of the vocabulary's error messages.
ENGINE_FOR_THE_LAW = {"norm_syntax", "case_facts", "calendar", "did_you_mean"}


def test_the_kb_is_the_entry_module_the_law_and_the_engine() -> None:
    assert sorted(p.name for p in KB.glob("*.pl")) == ["cassation.pl"]
    assert {p.stem for p in (KB / "law").glob("p*.pl")} >= {
        "p01_reviewable_acts",
        "p03_petitioners",
        "p22_scope_and_outcome",
    }
    assert {"vocabulary", "readings", "consistency", "coverage"} <= {p.stem for p in (KB / "law").glob("*.pl")}
    assert {
        "explain",
        "verdict",
        "repairs",
        "open_world",
        "calendar",
        "json_api",
        "request",
        "answer",
        "json_writer",
        "goal_text",
    } <= {p.stem for p in (KB / "engine").glob("*.pl")}


def test_every_legal_rule_lives_in_the_law() -> None:
    for source in [*(KB / "engine").glob("*.pl"), *(KB / "lang").glob("*.pl")]:
        text = re.sub(r"/\*\*.*?\*/", "", source.read_text(encoding="utf-8"), flags=re.S)  # PlDoc examples
        assert not RULE.search(text), f"{source.name} states a legal rule"
    assert all(RULE.search(p.read_text(encoding="utf-8")) for p in (KB / "law").glob("p*.pl"))


def test_the_law_uses_only_the_language_of_the_engine() -> None:
    for source in (KB / "law").glob("*.pl"):
        used = set(re.findall(r"use_module\('\.\./engine/(\w+)'", source.read_text(encoding="utf-8")))
        assert used <= ENGINE_FOR_THE_LAW, f"{source.name} uses {sorted(used - ENGINE_FOR_THE_LAW)} of the engine"


def test_no_engine_module_is_a_catch_all() -> None:
    """The JSON boundary is split by job: no module of the KB holds more than 1,000 lines."""
    for source in [
        *(KB / "law").glob("*.pl"),
        *(KB / "engine").glob("*.pl"),
        *(KB / "lang").glob("*.pl"),
        KB / "cassation.pl",
    ]:
        lines = source.read_text(encoding="utf-8").count("\n")
        assert lines <= 1000, f"{source.relative_to(ROOT)} has {lines} lines"
