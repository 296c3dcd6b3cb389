"""Answer records: an answer with what is needed to cite and reproduce it, and the differences
between two recorded answers.

A record is the JSON contract object (see docs/usage.md) with one more key, ``record``::

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
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..i18n import tr
from ..results import AskResult
from . import resources
from .case import Case, display_name, read_bounded

KB_DIR = resources.kb_dir()


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
        "case": {"source": case.source, "facts": [{"text": f.text, "where": f.where} for f in case.facts]},
        "readings": {"requested": requested, "in_force": {r["passage"]: r["reading"] for r in result.readings}},
    }
    return {**result.raw, "record": record}


#: The largest answer record ``cassation diff`` reads (one with proofs of a 20,000-fact case is some 20 MB).
MAX_RECORD_BYTES = 64 * 1024 * 1024


def load_record(path: str | Path) -> dict[str, Any]:
    """A record (or plain contract object) read from a JSON file; :class:`UserError` if it cannot be:
    not a regular file (a FIFO, ``/dev/zero``), bigger than :data:`MAX_RECORD_BYTES`, not JSON, or
    not shaped like an answer (:func:`check_record`)."""
    name = display_name(path)
    raw = read_bounded(Path(path), MAX_RECORD_BYTES, "answer record", lambda message: UserError(f"{name}: {message}"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: not valid UTF-8 (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{name}:{exc.lineno}: not an answer record: JSON syntax error: {exc.msg}") from None
    except RecursionError:
        raise UserError(f"{name}: not an answer record: nested too deeply") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise UserError(f"{name}: not an answer record: a number has more than 4,300 digits") from None
    check_record(data, name)
    return data


# -- the shape of a record -----------------------------------------------------------------------


class _Shape:
    """Checks of one record's shape, each raising :class:`UserError` that names the file and the place."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, wanted: str, value: Any) -> UserError:
        return UserError(f"{self.name}: not an answer record: `{where}` must be {wanted}, not {_kind(value)}")

    def of(self, value: Any, types: type | tuple[type, ...], where: str, wanted: str) -> Any:
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in _as_tuple(types)):
            raise self.fail(where, wanted, value)
        return value

    def text_map(self, value: Any, where: str) -> dict[str, str]:
        self.of(value, dict, where, "an object of strings")
        for key, item in value.items():
            self.of(item, str, f"{where}.{key}", "a string")
        return value


def _as_tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def _kind(value: Any) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "true or false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def check_record(data: Any, name: str) -> None:
    """Raise :class:`UserError` (naming ``name`` and the place) unless ``data`` has the shape of the JSON
    of ``cassation ask --format json``: what :func:`diff_records` reads, of the types it reads, and
    every string valid Unicode."""
    shape = _Shape(name)
    if not isinstance(data, dict) or not {"question", "holds", "answers"} <= set(data):
        raise UserError(f"{name}: not an answer record: expected the JSON of `cassation ask --format json`")
    shape.of(data["question"], str, "question", "a string")
    shape.of(data["holds"], bool, "holds", "true or false")
    _check_answers(shape, data["answers"])
    validity = shape.of(data.get("validity"), (dict, type(None)), "validity", "an object")
    if validity is not None:
        shape.of(validity.get("in_force"), (bool, type(None)), "validity.in_force", "true, false or null")
    for i, reading in enumerate(shape.of(data.get("readings", []), list, "readings", "a list")):
        shape.of(reading, dict, f"readings[{i}]", "an object")
        shape.of(reading.get("passage"), str, f"readings[{i}].passage", "a string")
        shape.of(reading.get("reading"), str, f"readings[{i}].reading", "a string")
    if data.get("record") is not None:
        _check_record_key(shape, data["record"])
    _check_strings(shape, data)


def _check_answers(shape: _Shape, answers: Any) -> None:
    for i, answer in enumerate(shape.of(answers, list, "answers", "a list")):
        shape.of(answer, dict, f"answers[{i}]", "an object")
        if answer.get("bindings") is not None:
            shape.text_map(answer["bindings"], f"answers[{i}].bindings")
        if "proof" not in answer:
            raise UserError(f"{shape.name}: not an answer record: `answers[{i}]` has no `proof`")
        _check_proof(shape, answer["proof"], f"answers[{i}].proof")


def _check_proof(shape: _Shape, proof: Any, where: str) -> None:
    stack = [(proof, where)]
    while stack:
        node, at = stack.pop()
        shape.of(node, dict, at, "an object (a proof step)")
        shape.of(node.get("rule"), (str, type(None)), f"{at}.rule", "a string or null")
        children = shape.of(node.get("children", []), list, f"{at}.children", "a list")
        stack.extend((child, f"{at}.children[{j}]") for j, child in enumerate(children))


def _check_record_key(shape: _Shape, record: Any) -> None:
    shape.of(record, dict, "record", "an object")
    shape.of(record.get("kb_version"), (str, type(None)), "record.kb_version", "a string")
    shape.text_map(record.get("engine", {}), "record.engine")
    case = shape.of(record.get("case", {}), dict, "record.case", "an object")
    for i, fact in enumerate(shape.of(case.get("facts", []), list, "record.case.facts", "a list")):
        shape.of(fact, dict, f"record.case.facts[{i}]", "an object")
        shape.of(fact.get("text"), str, f"record.case.facts[{i}].text", "a string")
    readings = shape.of(record.get("readings", {}), dict, "record.readings", "an object")
    shape.text_map(readings.get("in_force", {}), "record.readings.in_force")


def _check_strings(shape: _Shape, data: Any) -> None:
    """Refuse a string UTF-8 cannot carry (a lone surrogate such as ``"\\ud800"``), key or value."""
    stack = [data]
    while stack:
        item = stack.pop()
        texts: Iterable[Any] = ()
        if isinstance(item, dict):
            texts = item.keys()
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            texts = (item,)
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise UserError(
                    f"{shape.name}: not an answer record: a string holds an unpaired surrogate "
                    f"U+{ord(text[exc.start]):04X}, which is not Unicode"
                ) from None


# -- differences ---------------------------------------------------------------------------------


def _walk(node: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Every step of a proof, without recursion (a proof may be nested as deep as JSON allows)."""
    stack = [node]
    while stack:
        step = stack.pop()
        yield step
        stack.extend(reversed(step.get("children", [])))


def rules_used(data: dict[str, Any]) -> set[str]:
    """The rule ids used by the proofs of a contract object."""
    return {n["rule"] for a in data.get("answers", []) for n in _walk(a["proof"]) if n.get("rule")}


def _answers(data: dict[str, Any]) -> list[str]:
    out = []
    for answer in data.get("answers", []):
        bindings = answer.get("bindings") or {}
        out.append(", ".join(f"{k} = {v}" for k, v in sorted(bindings.items())) or tr("(no variables)"))
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
    return tr("yes" if holds else "no")


def _set_change(what: str, a: Iterable[str], b: Iterable[str], sep: str = "; ") -> list[str]:
    a, b = set(a), set(b)
    out = []
    if b - a:
        out.append(tr("{what} added:").format(what=tr(what)) + f" {sep.join(sorted(b - a))}")
    if a - b:
        out.append(tr("{what} removed:").format(what=tr(what)) + f" {sep.join(sorted(a - b))}")
    return out


def diff_records(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """What changed from record ``a`` to record ``b``, one human-readable line per difference
    (empty when they agree): question, answer, bindings, rule ids, case facts, readings, KB and
    engine versions.  :class:`UserError` if either is not shaped like a record (:func:`check_record`)."""
    check_record(a, "A")
    check_record(b, "B")
    diffs: list[str] = []
    if a.get("question") != b.get("question"):
        diffs.append(f"{tr('question:')} {a.get('question')} → {b.get('question')}")
    if bool(a.get("holds")) != bool(b.get("holds")):
        diffs.append(f"{tr('answer:')} {_yes_no(a.get('holds'))} → {_yes_no(b.get('holds'))}")
    if _answers(a) != _answers(b):
        diffs.extend(_set_change("answers (bindings)", _answers(a), _answers(b)))
    diffs.extend(_set_change("rules used", rules_used(a), rules_used(b), ", "))
    va, vb = (a.get("validity") or {}).get("in_force"), (b.get("validity") or {}).get("in_force")
    if va != vb:
        word = {True: tr("in force"), False: tr("not in force"), None: tr("not established")}
        diffs.append(f"{tr('validity in time:')} {word.get(va, va)} → {word.get(vb, vb)}")
    ra, rb = a.get("record"), b.get("record")
    if ra is None or rb is None:
        if (ra is None) != (rb is None):
            diffs.append(
                tr("{which} has no record (written without one): case facts and versions are not compared").format(
                    which="A" if ra is None else "B"
                )
            )
        readings_a = {r["passage"]: r["reading"] for r in a.get("readings", [])}
        readings_b = {r["passage"]: r["reading"] for r in b.get("readings", [])}
        diffs.extend(_readings_change(readings_a, readings_b))
        return diffs
    facts_a = {canonical_fact(f["text"]): f["text"] for f in ra.get("case", {}).get("facts", [])}
    facts_b = {canonical_fact(f["text"]): f["text"] for f in rb.get("case", {}).get("facts", [])}
    added = [facts_b[k] for k in facts_b if k not in facts_a]
    removed = [facts_a[k] for k in facts_a if k not in facts_b]
    if added:
        diffs.append(tr("{what} added:").format(what=tr("case facts")) + f" {'; '.join(added)}")
    if removed:
        diffs.append(tr("{what} removed:").format(what=tr("case facts")) + f" {'; '.join(removed)}")
    diffs.extend(
        _readings_change(ra.get("readings", {}).get("in_force", {}), rb.get("readings", {}).get("in_force", {}))
    )
    if ra.get("kb_version") != rb.get("kb_version"):
        changed = tr("(the KB's sources changed)")
        diffs.append(f"kb_version: {ra.get('kb_version')} → {rb.get('kb_version')} {changed}")
    ea, eb = ra.get("engine", {}), rb.get("engine", {})
    for key in sorted(set(ea) | set(eb)):
        if ea.get(key) != eb.get(key):
            diffs.append(tr("engine {key}:").format(key=key) + f" {ea.get(key, '-')} → {eb.get(key, '-')}")
    return diffs


def _readings_change(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return [
        tr("reading of {passage}:").format(passage=p) + f" {a.get(p, '-')} → {b.get(p, '-')}"
        for p in sorted(set(a) | set(b))
        if a.get(p) != b.get(p)
    ]
