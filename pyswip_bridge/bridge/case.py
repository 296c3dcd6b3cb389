"""Case files: the facts of one case, read from YAML or JSON, with where each fact came from.

A case file is a mapping with a list ``facts`` of strings, each one case fact
written as Prolog text (``judicial_act(v1, verdict, first_instance)``); worked
scenarios in ``queries/`` add ``title``, ``paragraph``, ``questions`` and the
like.  Reading a file checks only its shape; each fact is parsed and checked
against the vocabulary by the KB itself (``kb/law/vocabulary.pl``), which reports
errors with the ``where`` recorded here (``file:line``).
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import CaseFileError, UserError

MAX_CASE_FILE_BYTES = 10 * 1024 * 1024
MAX_FACTS = 20_000
#: Values (scalars, lists, mappings, keys included) a YAML or JSON case file may hold: 20,000 facts
#: and 20,000 denied facts with room to spare.  Counted while the file is read, so that a list of
#: millions of items under ``notes:`` is refused at once instead of built (minutes, gigabytes).
MAX_NODES = 100_000
#: Levels of lists and mappings (YAML) or arrays and objects (JSON) inside one another (a case file needs four or five).
MAX_DEPTH = 100
#: Characters of one fact (``kb/engine/json_api.pl``'s ``max_text_length/1``): checked here, before a
#: fact of megabytes is written into a request that SWI-Prolog must parse whole.
MAX_FACT_CHARS = 100_000
CASE_KEYS = frozenset(
    {
        "facts",
        "readings",
        "title",
        "title_ru",
        "description",
        "description_ru",
        "paragraph",
        "paragraphs",
        "difficulty",
        "defects",
        "questions",
        "notes",
        "teaching",
        "denied",
        "id",
    }
)


#: libyaml's parser when PyYAML has it (fast); the nodes are composed here (:class:`_Composer`).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MERGE_TAG = "tag:yaml.org,2002:merge"


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


class _Composer:
    """The YAML node tree of one document, built from the parser's events and refused as soon as it
    holds what a case file must not: an anchor or alias (alias bombs), a merge key ``<<`` (it
    silently adds or hides keys), a key given twice, more than :data:`MAX_NODES` values, or lists
    and mappings nested deeper than :data:`MAX_DEPTH`.

    It replaces PyYAML's composer, which builds the whole tree first (a 5,200,000-item list took
    2.1 GB before any check could run).
    """

    def __init__(self, loader: Any, name: str) -> None:
        self.loader = loader
        self.name = name
        self.nodes = 0

    def document(self) -> yaml.Node | None:
        """The document's root node, or ``None`` for an empty stream."""
        self.loader.get_event()  # StreamStartEvent
        if self.loader.check_event(yaml.StreamEndEvent):
            return None
        self.loader.get_event()  # DocumentStartEvent
        root = self.node(0)
        self.loader.get_event()  # DocumentEndEvent
        if not self.loader.check_event(yaml.StreamEndEvent):
            event = self.loader.get_event()
            raise yaml.composer.ComposerError(
                "expected a single document in the stream", None, "but found another document", event.start_mark
            )
        return root

    def _refuse(self, message: str, mark: Any) -> CaseFileError:
        return CaseFileError(message, f"{self.name}:{mark.line + 1}")

    def node(self, depth: int) -> yaml.Node:
        event = self.loader.get_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise self._refuse(
                "YAML anchors and aliases (&name, *name) are not allowed in a case file", event.start_mark
            )
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self._refuse(
                f"more than {MAX_NODES:,} YAML values; a case file may hold at most "
                f"{MAX_NODES:,} (facts, keys and the rest together)",
                event.start_mark,
            )
        if depth > MAX_DEPTH:
            raise self._refuse(
                f"the YAML document is nested too deeply (more than {MAX_DEPTH} levels)", event.start_mark
            )
        if isinstance(event, yaml.ScalarEvent):
            node: yaml.Node = yaml.ScalarNode(
                self._tag(yaml.ScalarNode, event, event.value),
                event.value,
                event.start_mark,  # type: ignore[arg-type]  # the C loader's Mark, which the stubs do not name
                event.end_mark,  # type: ignore[arg-type]
                style=event.style,
            )
        elif isinstance(event, yaml.SequenceStartEvent):
            node = self._sequence(event, depth)
        else:
            node = self._mapping(event, depth)
        if node.tag == MERGE_TAG:
            raise self._refuse(
                "YAML merge keys (<<) are not allowed in a case file: write every key out", event.start_mark
            )
        return node

    def _tag(self, kind: type, event: Any, value: Any) -> str:
        if event.tag is None or event.tag == "!":
            return str(self.loader.resolve(kind, value, event.implicit))
        return str(event.tag)

    def _sequence(self, start: Any, depth: int) -> yaml.SequenceNode:
        node = yaml.SequenceNode(
            self._tag(yaml.SequenceNode, start, None), [], start.start_mark, None, flow_style=start.flow_style
        )
        while not self.loader.check_event(yaml.SequenceEndEvent):
            node.value.append(self.node(depth + 1))
        node.end_mark = self.loader.get_event().end_mark
        return node

    def _mapping(self, start: Any, depth: int) -> yaml.MappingNode:
        node = yaml.MappingNode(
            self._tag(yaml.MappingNode, start, None), [], start.start_mark, None, flow_style=start.flow_style
        )
        keys: set[tuple[str, str]] = set()
        while not self.loader.check_event(yaml.MappingEndEvent):
            key_node = self.node(depth + 1)
            if isinstance(key_node, yaml.ScalarNode):
                key = (key_node.tag, key_node.value)
                if key in keys:
                    raise self._refuse(f"duplicate key {key_node.value!r}", key_node.start_mark)
                keys.add(key)
            node.value.append((key_node, self.node(depth + 1)))
        node.end_mark = self.loader.get_event().end_mark
        return node


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_JSON_TOKEN = re.compile(r'[\[\]{},:"]')


def json_excess(text: str) -> str | None:
    """What makes the JSON text ``text`` too big to parse, found before it is parsed: more than
    :data:`MAX_NODES` values and keys, or lists and objects nested more than :data:`MAX_DEPTH`
    levels deep; ``None`` if neither.

    Every value and key but the first follows one of ``, : [ {`` outside a string, and each of
    those precedes at most one, so counting them bounds the values.  The scan stops at the first
    excess, so it looks at no more than about three times :data:`MAX_NODES` marks.
    """
    nodes, depth, pos = 1, 0, 0
    while True:
        mark = _JSON_TOKEN.search(text, pos)
        if mark is None:
            return None
        pos = mark.end()
        char = mark.group()
        if char == '"':
            string = _JSON_STRING.match(text, mark.start())
            if string is None:  # a string that never ends: not JSON, the parser says so
                return None
            pos = string.end()
        elif char in "]}":
            depth -= 1
        else:
            nodes += 1
            if char in "[{":
                depth += 1
            if depth > MAX_DEPTH:
                return f"the JSON document is nested too deeply (more than {MAX_DEPTH} levels)"
            if nodes > MAX_NODES:
                return (
                    f"more than {MAX_NODES:,} JSON values; a case may hold at most {MAX_NODES:,} "
                    "(facts, keys and the rest together)"
                )


def display_name(path: str | os.PathLike[str]) -> str:
    """The name of ``path`` as text, bytes that are not UTF-8 (and NUL, which no file name holds) shown
    as U+FFFD, as batches show them."""
    text = os.fspath(path).replace("\x00", "\ufffd")
    try:
        raw = os.fsencode(text)
    except UnicodeEncodeError:  # a surrogate that no file name byte stands for
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def _as_path(path: Any) -> Path:
    if isinstance(path, (bytes, bytearray)) or not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"a case file is named by a str or a pathlib.Path, not {type(path).__name__}")
    return Path(path)


def _open_regular(path: Path, what: str, fail: Callable[[str], UserError]) -> tuple[int, int]:
    """An open descriptor of ``path`` and its size; ``fail(message)`` unless it is a regular file.

    Opened without blocking, so that a FIFO (which would wait for a writer) is refused, not waited on.
    """
    if "\x00" in os.fspath(path):
        raise fail("the file name contains a NUL character")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise fail(f"cannot read the {what}: no such file") from None
    except OSError as exc:
        raise fail(f"cannot read the {what}: {exc.strerror or exc}") from None
    except ValueError:  # a surrogate that no file name byte stands for
        raise fail("the file name cannot be written as bytes") from None
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise fail(f"cannot read the {what}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise fail("is a directory, not a file")
        raise fail(f"not a regular file (the {what} must be a file, not a pipe, a device or a socket)")
    return fd, info.st_size


def read_bounded(path: Path, limit: int, what: str, fail: Callable[[str], UserError]) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; ``fail(message)`` for a
    file that is missing, unreadable, not a regular file (a directory, a FIFO, ``/dev/zero``) or
    longer than ``limit`` (``what`` names it in the messages: "case file", "answer record")."""
    fd, size = _open_regular(path, what, fail)
    if size > limit:
        os.close(fd)
        raise fail(f"the {what} is {size:,} bytes; at most {limit:,} are accepted")
    try:
        with os.fdopen(fd, "rb") as stream:
            raw = _read_at_most(stream, size, limit + 1)
    except OSError as exc:
        raise fail(f"cannot read the {what}: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise fail(f"the {what} is more than {limit:,} bytes")
    return raw


def _read_at_most(stream: Any, size: int, limit: int) -> bytes:
    """The bytes of ``stream``, but never more than ``limit`` (the file may grow after stat, or lie about its size)."""
    chunks: list[bytes] = []
    total = 0
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
            f"not valid Unicode: an unpaired surrogate U+{ord(text[exc.start]):04X} at character {exc.start}", where
        ) from None


def check_fact_length(text: str, where: str | None) -> None:
    """Refuse a fact longer than :data:`MAX_FACT_CHARS`, with the KB's own message."""
    if len(text) > MAX_FACT_CHARS:
        raise CaseFileError(
            f"the fact is {len(text):,} characters long; at most {MAX_FACT_CHARS:,} are accepted", where, text
        )


@dataclass(frozen=True)
class Fact:
    """One case fact as written, and where it was written."""

    text: str
    where: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Fact.text must be a str (the fact as Prolog text), not {type(self.text).__name__}")
        if self.where is not None and not isinstance(self.where, str):
            raise TypeError(f"Fact.where must be a str or None, not {type(self.where).__name__}")

    def to_request(self) -> dict[str, Any]:
        return {"text": self.text, "where": self.where}


def _fact_list(value: Any, what: str) -> list[Fact]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(f, Fact) for f in value):
        raise TypeError(
            f"Case.{what} must be a list of Fact, not {_describe(value)}; "
            "Case.from_facts([...]) makes a case from fact texts"
        )
    return list(value)


def _describe(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        kinds = sorted({type(v).__name__ for v in value})
        return f"a {type(value).__name__} of {', '.join(kinds)}" if kinds else f"an empty {type(value).__name__}"
    return f"a {type(value).__name__}"


def check_readings(readings: Any, what: str) -> dict[str, str]:
    """``readings`` as a new dict, or :class:`TypeError` unless it maps passage names (str) to reading names (str)."""
    if not isinstance(readings, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in readings.items()
    ):
        raise TypeError(
            f"{what} must be a dict of passage names to reading names (str to str), not {_describe(readings)}"
        )
    return dict(readings)


@dataclass
class Case:
    """The facts of one case, and the readings chosen for its ambiguous passages.

    The fields are checked when a case is made: :class:`TypeError` for a field of the wrong type
    (``Case(facts=["..."])``: fact texts are made into a case by :meth:`from_facts`).
    """

    facts: list[Fact] = field(default_factory=list)
    readings: dict[str, str] = field(default_factory=dict)
    source: str | None = None
    document: dict[str, Any] = field(default_factory=dict)
    denied: list[Fact] = field(default_factory=list)
    """Facts stated to be false: they matter in the open world (``ask(..., open_world=True)``)."""

    def __post_init__(self) -> None:
        self.facts = _fact_list(self.facts, "facts")
        self.denied = _fact_list(self.denied, "denied")
        self.readings = check_readings(self.readings, "Case.readings")
        if self.source is not None and not isinstance(self.source, str):
            raise TypeError(f"Case.source must be a str or None, not {_describe(self.source)}")
        if not isinstance(self.document, dict):
            raise TypeError(f"Case.document must be a dict, not {_describe(self.document)}")

    @classmethod
    def from_facts(
        cls, facts: Iterable[str], readings: dict[str, str] | None = None, denied: Iterable[str] = ()
    ) -> Case:
        """A case from fact texts given in Python.

        :class:`CaseFileError` for a fact that is not a string or is too long; :class:`TypeError`
        if ``facts`` or ``denied`` is one string (not a list of them) or ``readings`` not a dict.
        """
        readings = check_readings({} if readings is None else readings, "readings")
        items = _facts_from_texts(facts, "facts", "fact")
        denials = _facts_from_texts(denied, "denied", "denied fact")
        return cls(items, readings, denied=denials)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Case:
        """Read a ``.yaml``/``.yml`` or ``.json`` case file; raise :class:`CaseFileError` if it is malformed.

        The file is named in errors and in each fact's ``where`` as :func:`display_name` shows it.
        """
        path = _as_path(path)
        name = display_name(path)
        raw = read_bounded(path, MAX_CASE_FILE_BYTES, "case file", lambda message: CaseFileError(message, name))
        return cls.from_bytes(raw, name)

    @classmethod
    def from_bytes(cls, raw: bytes, name: str) -> Case:
        """A case from the bytes of a case file called ``name`` (its suffix says YAML or JSON), as
        :meth:`from_file` reads them: for a case sent rather than opened (the web explorer's upload)."""
        if not isinstance(raw, bytes) or not isinstance(name, str):
            raise TypeError("Case.from_bytes takes the file's bytes and its name (a str)")
        if len(raw) > MAX_CASE_FILE_BYTES:
            raise CaseFileError(f"{len(raw):,} bytes; a case file is at most {MAX_CASE_FILE_BYTES:,} bytes", name)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CaseFileError(f"not valid UTF-8 (byte {exc.start})", name) from None
        if text.startswith("\ufeff"):
            text = text[1:]
        if not text.strip():
            raise CaseFileError("the case file is empty", name)
        suffix = Path(name).suffix.lower()
        if suffix in (".yaml", ".yml"):
            return cls._from_yaml(text, name)
        if suffix == ".json":
            return cls._from_json(text, name)
        raise CaseFileError(
            f"unknown case file type {display_name(suffix) or '(none)'!r}: use .yaml, .yml or .json "
            "(Prolog .pl case files are read by load_case/1 in swipl)",
            name,
        )

    @classmethod
    def from_json_text(cls, text: str, name: str) -> Case:
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
    def _from_yaml(cls, text: str, name: str) -> Case:
        loader = None
        try:
            loader = YAML_LOADER(text)
            root = _Composer(loader, name).document()
            document = loader.construct_document(root) if root is not None else None
        except yaml.reader.ReaderError as exc:
            at = min(max(exc.position, 0), len(text) - 1)
            raise CaseFileError(
                f"YAML does not allow the control character U+{ord(text[at]):04X} (at character {at})",
                f"{name}:{text.count(chr(10), 0, at) + 1}",
            ) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{name}:{mark.line + 1}" if mark is not None else name
            problem = getattr(exc, "problem", None) or "not valid YAML"
            raise CaseFileError(f"YAML syntax error: {problem}", where) from None
        except RecursionError:
            raise CaseFileError("the YAML document is nested too deeply", name) from None
        except (ValueError, OverflowError) as exc:  # an integer of more than 4,300 digits, a date out of range
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
    def _from_json(cls, text: str, name: str, one_line: bool = False) -> Case:
        excess = json_excess(text)
        if excess is not None:
            raise CaseFileError(excess, name)
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
    def _from_document(cls, document: dict[str, Any], name: str, where: Callable[[int], str]) -> Case:
        _check_id(document.get("id"), name)
        unknown = sorted(str(k) for k in document if k not in CASE_KEYS)
        if unknown:
            raise CaseFileError(
                f"unknown key {unknown[0]!r}; a case file may have {', '.join(sorted(CASE_KEYS))}", name
            )
        items = document.get("facts")
        if not isinstance(items, list):
            raise CaseFileError("a case file must have a list `facts`", name)
        if len(items) > MAX_FACTS:
            raise CaseFileError(f"{len(items):,} facts; at most {MAX_FACTS:,} are accepted", name)
        facts = [
            _fact_item(item, where(i), 'each fact must be a string such as "judicial_act(v1, verdict, first_instance)"')
            for i, item in enumerate(items)
        ]
        readings = _readings_item(document.get("readings") or {}, name)
        denied_items = document.get("denied") or []
        if not isinstance(denied_items, list) or len(denied_items) > MAX_FACTS:
            raise CaseFileError("`denied` must be a list of facts", name)
        denied = [
            _fact_item(item, f"{name}: denied fact {i}", "each denied fact must be a string")
            for i, item in enumerate(denied_items, start=1)
        ]
        return cls(facts, readings, name, document, denied)

    def add(self, fact: str) -> Case:
        """A copy of this case with one more fact."""
        return Case(
            [*self.facts, Fact(fact, f"added fact {len(self.facts) + 1}")],
            dict(self.readings),
            self.source,
            self.document,
            list(self.denied),
        )


def _facts_from_texts(texts: Iterable[str], what: str, label: str) -> list[Fact]:
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise TypeError(f"{what} must be a list of fact texts, not {_describe(texts)}")
    return [_fact_item(text, f"{label} {i}", "each fact must be a string") for i, text in enumerate(texts, start=1)]


def _fact_item(item: Any, where: str, not_text: str) -> Fact:
    """One fact of a case file or of :meth:`Case.from_facts`: a string UTF-8 can carry, not too long."""
    if not isinstance(item, str):
        raise CaseFileError(not_text, where)
    _check_unicode(item, where)
    check_fact_length(item, where)
    return Fact(item, where)


def _check_id(case_id: Any, name: str) -> None:
    if case_id is not None and (
        isinstance(case_id, bool)
        or not isinstance(case_id, (str, int))
        or (isinstance(case_id, str) and len(case_id) > 1000)
    ):
        raise CaseFileError("`id` must be a string (at most 1,000 characters) or a whole number", name)
    if isinstance(case_id, str):
        _check_unicode(case_id, name)


def _readings_item(readings: Any, name: str) -> dict[str, str]:
    if not isinstance(readings, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in readings.items()
    ):
        raise CaseFileError("`readings` must map passage names to reading names", name)
    for key, value in readings.items():
        _check_unicode(key, name)
        _check_unicode(value, name)
    return dict(readings)
