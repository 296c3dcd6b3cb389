"""Case files: the facts of one case, read from YAML or JSON, with where each fact came from.

A case file is a mapping with a list ``facts`` of strings, each one case fact
written as Prolog text (``judicial_act(v1, verdict, first_instance)``); worked
scenarios in ``queries/`` add ``title``, ``paragraph``, ``questions`` and the
like.  Reading a file checks only its shape; each fact is parsed and checked
against the vocabulary by the KB itself (``kb/vocabulary.pl``), which reports
errors with the ``where`` recorded here (``file:line``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import CaseFileError

MAX_CASE_FILE_BYTES = 10 * 1024 * 1024
MAX_FACTS = 20_000
CASE_KEYS = frozenset(
    {"facts", "readings", "title", "description", "paragraph", "paragraphs", "difficulty", "defects",
     "questions", "notes", "teaching", "denied", "id"}
)


#: libyaml's parser when PyYAML has it (fast, and it refuses nesting deeper than 1,000 levels).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKey(ValueError):
    pass


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (``json`` would silently keep the last)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _check_yaml_tree(root: yaml.Node, name: str) -> None:
    """Refuse anchors/aliases (alias bombs), keys given twice, and too many facts, before construction."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise CaseFileError("YAML anchors and aliases (&name, *name) are not allowed in a case file",
                                f"{name}:{node.start_mark.line + 1}")
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[tuple[str, str]] = set()
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key = (key_node.tag, key_node.value)
                    if key in keys:
                        raise CaseFileError(f"duplicate key {key_node.value!r}",
                                            f"{name}:{key_node.start_mark.line + 1}")
                    keys.add(key)
                    if (node is root and key_node.value == "facts"
                            and isinstance(value_node, yaml.SequenceNode)
                            and len(value_node.value) > MAX_FACTS):
                        raise CaseFileError(
                            f"{len(value_node.value):,} facts; at most {MAX_FACTS:,} are accepted", name)
                stack.append(key_node)
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _read_at_most(path: Path, size: int, limit: int) -> bytes:
    """The bytes of ``path``, but never more than ``limit`` (the file may grow after stat, or lie about its size)."""
    chunks: list[bytes] = []
    total = 0
    with path.open("rb") as stream:
        want = min(size + 1, limit)
        while total < limit:
            chunk = stream.read(want)
            chunks.append(chunk)
            total += len(chunk)
            if len(chunk) < want:  # end of file
                break
            want = min(1 << 20, limit - total)
    return b"".join(chunks)


def _check_unicode(text: str, where: str | None) -> None:
    """Refuse text that UTF-8 cannot carry (an unpaired surrogate, from a ``\\ud800`` escape)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise CaseFileError(
            f"not valid Unicode: an unpaired surrogate U+{ord(text[exc.start]):04X} at character {exc.start}",
            where) from None


@dataclass(frozen=True)
class Fact:
    """One case fact as written, and where it was written."""

    text: str
    where: str | None = None

    def to_request(self) -> dict[str, Any]:
        return {"text": self.text, "where": self.where}


@dataclass
class Case:
    """The facts of one case, and the readings chosen for its ambiguous passages."""

    facts: list[Fact] = field(default_factory=list)
    readings: dict[str, str] = field(default_factory=dict)
    source: str | None = None
    document: dict[str, Any] = field(default_factory=dict)
    denied: list[Fact] = field(default_factory=list)
    """Facts stated to be false: they matter in the open world (``ask(..., open_world=True)``)."""

    @classmethod
    def from_facts(cls, facts: Iterable[str], readings: dict[str, str] | None = None,
                   denied: Iterable[str] = ()) -> "Case":
        """A case from fact texts given in Python."""
        items = [Fact(text, f"fact {i}") for i, text in enumerate(facts, start=1)]
        denials = [Fact(text, f"denied fact {i}") for i, text in enumerate(denied, start=1)]
        for fact in [*items, *denials]:
            if not isinstance(fact.text, str):
                raise CaseFileError("each fact must be a string", fact.where)
        return cls(items, dict(readings or {}), denied=denials)

    @classmethod
    def from_file(cls, path: str | Path) -> "Case":
        """Read a ``.yaml``/``.yml`` or ``.json`` case file; raise :class:`CaseFileError` if it is malformed."""
        path = Path(path)
        name = str(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise CaseFileError(f"cannot read the case file: {exc.strerror}", name) from None
        if not path.is_file():
            raise CaseFileError("not a file", name)
        if size > MAX_CASE_FILE_BYTES:
            raise CaseFileError(
                f"the case file is {size:,} bytes; at most {MAX_CASE_FILE_BYTES:,} are accepted", name)
        try:
            raw = _read_at_most(path, size, MAX_CASE_FILE_BYTES + 1)
        except OSError as exc:
            raise CaseFileError(f"cannot read the case file: {exc.strerror}", name) from None
        if len(raw) > MAX_CASE_FILE_BYTES:
            raise CaseFileError(f"the case file is more than {MAX_CASE_FILE_BYTES:,} bytes", name)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CaseFileError(f"not valid UTF-8 (byte {exc.start})", name) from None
        if text.startswith("\ufeff"):
            text = text[1:]
        if not text.strip():
            raise CaseFileError("the case file is empty", name)
        suffix = path.suffix.lower()
        if suffix in (".yaml", ".yml"):
            return cls._from_yaml(text, name)
        if suffix == ".json":
            return cls._from_json(text, name)
        raise CaseFileError(
            f"unknown case file type {suffix or '(none)'!r}: use .yaml, .yml or .json "
            "(Prolog .pl case files are read by load_case/1 in swipl)", name)

    @classmethod
    def from_json_text(cls, text: str, name: str) -> "Case":
        """A case from one JSON object given as text (a line of a ``.jsonl`` batch); ``name`` says where it is."""
        _check_unicode(text, name)
        if not text.strip():
            raise CaseFileError("the case is empty", name)
        return cls._from_json(text, name, one_line=True)

    @property
    def case_id(self) -> str | int | None:
        """The case's own ``id`` (a string or a whole number), if it has one."""
        return self.document.get("id")

    @classmethod
    def _from_yaml(cls, text: str, name: str) -> "Case":
        loader = None
        try:
            loader = YAML_LOADER(text)
            root = loader.get_single_node()
            if root is not None:
                _check_yaml_tree(root, name)
            document = loader.construct_document(root) if root is not None else None
        except yaml.reader.ReaderError as exc:
            at = min(max(exc.position, 0), len(text) - 1)
            raise CaseFileError(
                f"YAML does not allow the control character U+{ord(text[at]):04X} (at character {at})",
                f"{name}:{text.count(chr(10), 0, at) + 1}") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{name}:{mark.line + 1}" if mark is not None else name
            problem = getattr(exc, "problem", None) or "not valid YAML"
            raise CaseFileError(f"YAML syntax error: {problem}", where) from None
        except RecursionError:
            raise CaseFileError("the YAML document is nested too deeply", name) from None
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            raise CaseFileError(f"a YAML value cannot be read: {exc}", name) from None
        finally:
            if loader is not None:
                loader.dispose()
        if not isinstance(root, yaml.MappingNode) or not isinstance(document, dict):
            raise CaseFileError("a case file must be a mapping with a list `facts`", f"{name}:1")
        lines: dict[int, int] = {}
        for key_node, value_node in root.value:
            if key_node.value == "facts" and isinstance(value_node, yaml.SequenceNode):
                for i, item in enumerate(value_node.value):
                    lines[i] = item.start_mark.line + 1
        return cls._from_document(document, name, lambda i: f"{name}:{lines.get(i, '?')}")

    @classmethod
    def _from_json(cls, text: str, name: str, one_line: bool = False) -> "Case":
        try:
            document = json.loads(text, object_pairs_hook=_json_object)
        except json.JSONDecodeError as exc:
            where = f"{name}, column {exc.colno}" if one_line else f"{name}:{exc.lineno}"
            raise CaseFileError(f"JSON syntax error: {exc.msg}", where) from None
        except _DuplicateKey as exc:
            raise CaseFileError(f"duplicate key {exc.args[0]!r}", name) from None
        except RecursionError:
            raise CaseFileError("the JSON document is nested too deeply", name) from None
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            raise CaseFileError(f"a JSON value cannot be read: {exc}", name) from None
        if not isinstance(document, dict):
            raise CaseFileError("a case file must be an object with a list `facts`", name)
        return cls._from_document(document, name, lambda i: f"{name}: fact {i + 1}")

    @classmethod
    def _from_document(cls, document: dict[str, Any], name: str, where) -> "Case":
        case_id = document.get("id")
        if case_id is not None and (isinstance(case_id, bool) or not isinstance(case_id, (str, int))
                                    or (isinstance(case_id, str) and len(case_id) > 1000)):
            raise CaseFileError("`id` must be a string (at most 1,000 characters) or a whole number", name)
        if isinstance(case_id, str):
            _check_unicode(case_id, name)
        unknown = sorted(str(k) for k in document if k not in CASE_KEYS)
        if unknown:
            raise CaseFileError(
                f"unknown key {unknown[0]!r}; a case file may have {', '.join(sorted(CASE_KEYS))}", name)
        items = document.get("facts")
        if not isinstance(items, list):
            raise CaseFileError("a case file must have a list `facts`", name)
        if len(items) > MAX_FACTS:
            raise CaseFileError(f"{len(items):,} facts; at most {MAX_FACTS:,} are accepted", name)
        facts = []
        for i, item in enumerate(items):
            if not isinstance(item, str):
                raise CaseFileError(
                    "each fact must be a string such as \"judicial_act(v1, verdict, first_instance)\"",
                    where(i))
            _check_unicode(item, where(i))
            facts.append(Fact(item, where(i)))
        readings = document.get("readings") or {}
        if not isinstance(readings, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in readings.items()):
            raise CaseFileError("`readings` must map passage names to reading names", name)
        for key, value in readings.items():
            _check_unicode(key, name)
            _check_unicode(value, name)
        denied_items = document.get("denied") or []
        if not isinstance(denied_items, list) or len(denied_items) > MAX_FACTS:
            raise CaseFileError("`denied` must be a list of facts", name)
        denied = []
        for i, item in enumerate(denied_items, start=1):
            if not isinstance(item, str):
                raise CaseFileError("each denied fact must be a string", f"{name}: denied fact {i}")
            _check_unicode(item, f"{name}: denied fact {i}")
            denied.append(Fact(item, f"{name}: denied fact {i}"))
        return cls(facts, dict(readings), name, document, denied)

    def add(self, fact: str) -> "Case":
        """A copy of this case with one more fact."""
        return Case([*self.facts, Fact(fact, f"added fact {len(self.facts) + 1}")],
                    dict(self.readings), self.source, self.document, list(self.denied))
