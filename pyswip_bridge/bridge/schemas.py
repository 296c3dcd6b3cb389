"""JSON Schemas of the two documents the tool exchanges, generated, never written by hand.

* :func:`case_file_schema`: a case file (YAML or JSON), from the KB's vocabulary (every case fact with
  its arguments, meaning and enumerations), its ambiguous passages and their readings, and the keys
  :class:`~pyswip_bridge.bridge.case.Case` accepts.  An editor that reads JSON Schemas (VS Code's YAML
  extension, through a first line ``# yaml-language-server: $schema=…``) then validates a case file and
  offers every fact as it is written.
* :func:`answer_schema`: the answer of the JSON contract, from the typed results of
  :mod:`pyswip_bridge.results` (their fields and type hints), so that a change of the results changes the
  schema; tests validate the answers of every worked scenario against it.

``python -m pyswip_bridge.bridge.schemas DIR`` writes both into DIR (``docs/schemas/`` holds the published
copies; a test checks that they are current).
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

from .. import results
from .case import CASE_KEYS, MAX_FACTS
from .kb import KnowledgeBase

DIALECT = "https://json-schema.org/draft/2020-12/schema"
CASE_FILE_ID = "case-file.schema.json"
ANSWER_ID = "answer.schema.json"

#: Fields of the results that the JSON answer does not carry (the decoded JSON itself).
NOT_IN_JSON = {("AskResult", "raw")}

#: Where the JSON of a field is wider than its Python type: the open world's value is the JSON
#: literal ``true``/``false`` or the string ``"unknown"`` (decoded to a string).
JSON_OVERRIDES: dict[tuple[str, str], dict[str, Any]] = {
    ("OpenWorld", "value"): {"anyOf": [{"type": "boolean"}, {"enum": ["true", "false", "unknown"]}]},
}

#: How the scenario keys of a case file are typed (they are read by the teaching mode, not the KB).
SCENARIO_KEYS: dict[str, dict[str, Any]] = {
    "title": {"type": "string", "description": "the scenario's title (teaching mode)"},
    "description": {"type": "string", "description": "what the scenario shows (shown after a quiz answer)"},
    "title_ru": {"type": "string", "minLength": 1, "description": "the title in Russian (--lang ru)"},
    "description_ru": {"type": "string", "minLength": 1, "description": "the description in Russian (--lang ru)"},
    "paragraph": {"type": "integer", "minimum": 1, "maximum": 27, "description": "the paragraph it is about"},
    "paragraphs": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 27}},
    "difficulty": {"enum": ["basic", "intermediate", "advanced"]},
    "defects": {"type": "array", "items": {"type": "string"}, "description": "findings of the legal review"},
    "questions": {"type": "array", "items": {"type": "object"}, "description": "questions with their answers"},
    "notes": {"description": "free notes, not read"},
    "teaching": {"type": "object", "description": "settings of the teaching mode"},
    "id": {"type": ["string", "integer"], "description": "the case's id (in batches)"},
}


# -- the answer -------------------------------------------------------------------------------------


def answer_schema() -> dict[str, Any]:
    """The JSON Schema of an explained answer (the JSON contract), from :class:`~pyswip_bridge.results.AskResult`."""
    defs: dict[str, Any] = {}
    root = _dataclass_schema(results.AskResult, defs)
    return {
        "$schema": DIALECT,
        "$id": ANSWER_ID,
        **root,
        "title": "An answer of cassation-kb (the JSON contract)",
        "description": "Generated from the typed results (pyswip_bridge.results); keys the results do not "
        "decode (engine, explained, record) are allowed.",
        "$defs": dict(sorted(defs.items())),
    }


def _dataclass_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(results))
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        if (cls.__name__, f.name) in NOT_IN_JSON:
            continue
        override = JSON_OVERRIDES.get((cls.__name__, f.name))
        properties[f.name] = override if override is not None else _type_schema(hints[f.name], defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return {"type": "object", "description": " ".join(doc.split()), "properties": properties, "required": required}


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is Any:
        return {}
    if hint is type(None):
        return {"type": "null"}
    if hint is str:
        return {"type": "string"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion (a proof node's children)
            defs[name] = _dataclass_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(a, defs) for a in args]}
    if origin in (list, tuple):
        item = args[0] if args else Any
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs) if args else {}}
    raise TypeError(f"no JSON Schema for the type {hint!r}")


# -- the case file ----------------------------------------------------------------------------------


def case_file_schema(kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """The JSON Schema of a case file, from the KB's vocabulary and readings."""
    kb = kb or KnowledgeBase()
    vocabulary = kb.vocabulary()
    enumerations = {e["type"]: e["values"] for e in vocabulary["enumerations"]}
    facts = [_fact_schema(fact, enumerations) for fact in vocabulary["facts"]]
    fact_item = {
        "type": "string",
        "description": "one case fact of the vocabulary, written as Prolog (names that start with a capital "
        "letter or hold spaces are quoted: 'Қайрат'; dates as 2019-05-10)",
        "anyOf": facts,
        "examples": [f["examples"][0] for f in facts],
    }
    readings = {
        passage["passage"]: {
            "enum": [r["reading"] for r in passage["readings"]],
            "description": passage["text"],
        }
        for passage in kb.norms()["ambiguous_passages"]
    }
    properties: dict[str, Any] = {
        "facts": {"type": "array", "items": {"$ref": "#/$defs/fact"}, "maxItems": MAX_FACTS},
        "denied": {
            "type": "array",
            "items": {"$ref": "#/$defs/fact"},
            "maxItems": MAX_FACTS,
            "description": "facts known to be false (they matter in the open world, --open)",
        },
        "readings": {
            "type": "object",
            "description": "the reading chosen for an ambiguous passage (cassation norms explains them)",
            "properties": readings,
            "additionalProperties": False,
        },
    }
    for key in sorted(CASE_KEYS - set(properties)):
        properties[key] = SCENARIO_KEYS[key]
    return {
        "$schema": DIALECT,
        "$id": CASE_FILE_ID,
        "title": "A case file of cassation-kb",
        "description": "Generated from the KB's vocabulary (cassation vocabulary) and readings.",
        "type": "object",
        "required": ["facts"],
        "properties": properties,
        "additionalProperties": False,
        "$defs": {"fact": fact_item},
    }


def _fact_schema(fact: dict[str, Any], enumerations: dict[str, list[str]]) -> dict[str, Any]:
    name, arguments = fact["name"], fact["arguments"]
    shown = []
    for argument in arguments:
        values = enumerations.get(argument["type"])
        shown.append("|".join(values) if values else argument["name"].capitalize())
    example = f"{name}({', '.join(shown)})"
    return {
        "title": f"{name}/{len(arguments)}",
        "description": f"{fact['meaning']} (¶{', ¶'.join(str(p) for p in fact['paragraphs'])}; {fact['nature']})",
        "pattern": rf"^\s*{name}\s*\(.*\)\s*\.?\s*$",
        "examples": [example],
    }


# -- publishing -------------------------------------------------------------------------------------


def schema_texts(kb: KnowledgeBase | None = None) -> dict[str, str]:
    """File name -> JSON text of each schema, as published in ``docs/schemas/``."""
    return {
        CASE_FILE_ID: json.dumps(case_file_schema(kb), ensure_ascii=False, indent=2) + "\n",
        ANSWER_ID: json.dumps(answer_schema(), ensure_ascii=False, indent=2) + "\n",
    }


def main(argv: list[str]) -> int:
    """``python -m pyswip_bridge.bridge.schemas DIR``: write both schemas into DIR."""
    if len(argv) != 1:
        print("usage: python -m pyswip_bridge.bridge.schemas DIR", file=sys.stderr)
        return 2
    directory = Path(argv[0])
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in schema_texts().items():
        (directory / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
