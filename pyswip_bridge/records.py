"""Answer records: an answer with what is needed to cite and reproduce it, and the differences
between two recorded answers.

A record is the JSON contract object (see the README) with one more key, ``record``::

    "record": {
      "question": str,                      the question as asked
      "kb_version": str,                    sha256 of kb/**/*.pl (sorted paths, concatenated), 16 hex digits
      "engine": {"swi_prolog": str, "pyswip": str, "python": str, "cassation_kb": str},
      "case": {"source": str|null,          the case file, as given on the command line
               "facts": [{"text": str, "where": str|null}]},   the facts as given, with where
      "readings": {"requested": {PASSAGE: READING},   chosen in the case file or with --reading
                   "in_force": {PASSAGE: READING}}    every passage's reading the answer used
    }

:func:`diff_records` compares two such records (or two plain contract objects, with less to say).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import platform
from pathlib import Path
from typing import Any, Iterable

from .case import Case
from .errors import UserError
from .results import AskResult

KB_DIR = Path(__file__).resolve().parent.parent / "kb"


def kb_version(kb_dir: Path = KB_DIR) -> str:
    """The first 16 hex digits of the sha256 of every ``kb/**/*.pl`` file, concatenated in sorted path order."""
    digest = hashlib.sha256()
    for path in sorted(kb_dir.rglob("*.pl"), key=lambda p: p.relative_to(kb_dir).as_posix()):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def engine_versions(result: AskResult | None = None) -> dict[str, str]:
    """SWI-Prolog's version (as the KB reported it), pyswip's, Python's and this package's."""
    engine = dict((result.raw.get("engine") or {}) if result is not None else {})
    engine.setdefault("swi_prolog", "unknown")
    engine["pyswip"] = _version("pyswip")
    engine["python"] = platform.python_version()
    engine["cassation_kb"] = _version("cassation-kb")
    return engine


def make_record(result: AskResult, case: Case, readings: dict[str, str] | None = None) -> dict[str, Any]:
    """The JSON contract object of ``result`` plus a ``record`` key: question, KB version, engine versions,
    the case facts as given (with where) and the readings, requested and in force."""
    requested = {**case.readings, **(readings or {})}
    record = {
        "question": result.question,
        "kb_version": kb_version(),
        "engine": engine_versions(result),
        "case": {"source": case.source,
                 "facts": [{"text": f.text, "where": f.where} for f in case.facts]},
        "readings": {"requested": requested,
                     "in_force": {r["passage"]: r["reading"] for r in result.readings}},
    }
    return {**result.raw, "record": record}


def load_record(path: str | Path) -> dict[str, Any]:
    """A record (or plain contract object) read from a JSON file; :class:`UserError` if it cannot be."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{name}: is a directory, not an answer record") from None
    except OSError as exc:
        raise UserError(f"{name}: cannot read the answer record: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: not valid UTF-8 (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{name}:{exc.lineno}: not an answer record: JSON syntax error: {exc.msg}") from None
    except RecursionError:
        raise UserError(f"{name}: not an answer record: nested too deeply") from None
    if not isinstance(data, dict) or not {"question", "holds", "answers"} <= set(data):
        raise UserError(f"{name}: not an answer record: expected the JSON of `cassation ask --format json`")
    return data


# -- differences ---------------------------------------------------------------------------------

def _walk(node: dict[str, Any]) -> Iterable[dict[str, Any]]:
    yield node
    for child in node.get("children", []):
        yield from _walk(child)


def rules_used(data: dict[str, Any]) -> set[str]:
    """The rule ids used by the proofs of a contract object."""
    return {n["rule"] for a in data.get("answers", []) for n in _walk(a["proof"]) if n.get("rule")}


def _answers(data: dict[str, Any]) -> list[str]:
    out = []
    for answer in data.get("answers", []):
        bindings = answer.get("bindings") or {}
        out.append(", ".join(f"{k} = {v}" for k, v in sorted(bindings.items())) or "(no variables)")
    return sorted(set(out))


def canonical_fact(text: str) -> str:
    """A fact's text without layout outside quoted names, to compare facts written differently."""
    out, quote = [], None
    for ch in text:
        if quote:
            out.append(ch)
            if ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
            out.append(ch)
        elif not ch.isspace():
            out.append(ch)
    return "".join(out)


def _yes_no(holds: Any) -> str:
    return "yes" if holds else "no"


def _set_change(what: str, a: Iterable[str], b: Iterable[str], sep: str = "; ") -> list[str]:
    a, b = set(a), set(b)
    out = []
    if b - a:
        out.append(f"{what} added: {sep.join(sorted(b - a))}")
    if a - b:
        out.append(f"{what} removed: {sep.join(sorted(a - b))}")
    return out


def diff_records(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """What changed from record ``a`` to record ``b``, one human-readable line per difference
    (empty when they agree): question, answer, bindings, rule ids, case facts, readings, KB and
    engine versions."""
    diffs: list[str] = []
    if a.get("question") != b.get("question"):
        diffs.append(f"question: {a.get('question')} → {b.get('question')}")
    if bool(a.get("holds")) != bool(b.get("holds")):
        diffs.append(f"answer: {_yes_no(a.get('holds'))} → {_yes_no(b.get('holds'))}")
    if _answers(a) != _answers(b):
        diffs.extend(_set_change("answers (bindings)", _answers(a), _answers(b)))
    diffs.extend(_set_change("rules used", rules_used(a), rules_used(b), ", "))
    va, vb = (a.get("validity") or {}).get("in_force"), (b.get("validity") or {}).get("in_force")
    if va != vb:
        word = {True: "in force", False: "not in force", None: "not established"}
        diffs.append(f"validity in time: {word.get(va, va)} → {word.get(vb, vb)}")
    ra, rb = a.get("record"), b.get("record")
    if ra is None or rb is None:
        if (ra is None) != (rb is None):
            diffs.append(f"{'A' if ra is None else 'B'} has no record (written without one): "
                         "case facts and versions are not compared")
        readings_a = {r["passage"]: r["reading"] for r in a.get("readings", [])}
        readings_b = {r["passage"]: r["reading"] for r in b.get("readings", [])}
        diffs.extend(_readings_change(readings_a, readings_b))
        return diffs
    facts_a = {canonical_fact(f["text"]): f["text"] for f in ra.get("case", {}).get("facts", [])}
    facts_b = {canonical_fact(f["text"]): f["text"] for f in rb.get("case", {}).get("facts", [])}
    added = [facts_b[k] for k in facts_b if k not in facts_a]
    removed = [facts_a[k] for k in facts_a if k not in facts_b]
    if added:
        diffs.append(f"case facts added: {'; '.join(added)}")
    if removed:
        diffs.append(f"case facts removed: {'; '.join(removed)}")
    diffs.extend(_readings_change(ra.get("readings", {}).get("in_force", {}),
                                  rb.get("readings", {}).get("in_force", {})))
    if ra.get("kb_version") != rb.get("kb_version"):
        diffs.append(f"kb_version: {ra.get('kb_version')} → {rb.get('kb_version')} (the KB's sources changed)")
    ea, eb = ra.get("engine", {}), rb.get("engine", {})
    for key in sorted(set(ea) | set(eb)):
        if ea.get(key) != eb.get(key):
            diffs.append(f"engine {key}: {ea.get(key, '-')} → {eb.get(key, '-')}")
    return diffs


def _readings_change(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return [f"reading of {p}: {a.get(p, '-')} → {b.get(p, '-')}"
            for p in sorted(set(a) | set(b)) if a.get(p) != b.get(p)]
