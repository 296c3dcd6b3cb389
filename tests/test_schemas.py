"""JSON Schemas of a case file and of an answer: generated (pyswip_bridge/bridge/schemas.py), published in
``docs/schemas/``, and checked against what the tool really reads and writes: every worked scenario is a
valid case file, every scenario's answer a valid answer; what the tool refuses, the schema refuses too."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from pyswip_bridge import Case, results
from pyswip_bridge.bridge import schemas

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "docs" / "schemas"
SCENARIOS = sorted((ROOT / "queries").glob("*.yaml"))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return schemas.schema_texts()


@pytest.fixture(scope="module")
def case_validator(texts: dict[str, str]) -> jsonschema.Draft202012Validator:
    schema = json.loads(texts[schemas.CASE_FILE_ID])
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def answer_validator(texts: dict[str, str]) -> jsonschema.Draft202012Validator:
    schema = json.loads(texts[schemas.ANSWER_ID])
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator: jsonschema.Draft202012Validator, document: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(document)]


def test_the_published_schemas_are_current(texts: dict[str, str]) -> None:
    for name, text in texts.items():
        published = PUBLISHED / name
        assert published.exists(), f"run: python -m pyswip_bridge.bridge.schemas docs/schemas ({name} is missing)"
        assert published.read_text(encoding="utf-8") == text, (
            f"docs/schemas/{name} is stale: python -m pyswip_bridge.bridge.schemas docs/schemas"
        )


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_every_scenario_is_a_valid_case_file(case_validator: jsonschema.Draft202012Validator, path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert errors(case_validator, document) == []


def test_the_case_template_names_its_schema_and_is_valid(case_validator: jsonschema.Draft202012Validator) -> None:
    template = ROOT / "docs" / "case-template.yaml"
    text = template.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=schemas/case-file.schema.json"
    assert errors(case_validator, yaml.safe_load(text)) == []
    Case.from_file(template)  # the tool reads it too


@pytest.mark.parametrize(
    "document, what",
    [
        ({"facts": ["partcipant(ivanov, convicted)"]}, "an undeclared fact"),
        ({"facts": ["participant(ivanov, convicted)"], "readings": {"p1_withdrawn_apeal": "x"}}, "an unknown passage"),
        ({"facts": [], "readings": {"p1_withdrawn_appeal": "nonsense"}}, "an unknown reading"),
        ({"facts": [], "colour": "red"}, "an unknown key"),
        ({"denied": []}, "no facts"),
        ({"facts": [42]}, "a fact that is not text"),
    ],
)
def test_what_the_tool_refuses_the_schema_refuses(
    case_validator: jsonschema.Draft202012Validator, kb: Any, document: dict[str, Any], what: str
) -> None:
    assert errors(case_validator, document), what


def test_every_case_fact_of_the_vocabulary_has_its_entry(kb: Any, texts: dict[str, str]) -> None:
    schema = json.loads(texts[schemas.CASE_FILE_ID])
    titles = {entry["title"] for entry in schema["$defs"]["fact"]["anyOf"]}
    assert titles == {f"{f['name']}/{f['arity']}" for f in kb.vocabulary()["facts"]}
    judicial = next(e for e in schema["$defs"]["fact"]["anyOf"] if e["title"] == "judicial_act/3")
    assert judicial["examples"] == [
        "judicial_act(Act, verdict|decision|private_decision, first_instance|appellate|cassation)"
    ]


def test_the_answer_schema_follows_the_typed_results(texts: dict[str, str]) -> None:
    schema = json.loads(texts[schemas.ANSWER_ID])
    fields = {f.name for f in dataclasses.fields(results.AskResult)} - {"raw"}
    assert set(schema["properties"]) == fields
    assert set(schema["$defs"]["ProofNode"]["properties"]) == {f.name for f in dataclasses.fields(results.ProofNode)}
    assert {"Verdict", "DecisiveFact", "Failure", "Repair", "Validity"} <= set(schema["$defs"])


@pytest.mark.parametrize("path", SCENARIOS[::7], ids=[p.stem for p in SCENARIOS[::7]])
def test_the_answers_of_the_scenarios_follow_the_answer_schema(
    answer_validator: jsonschema.Draft202012Validator, kb: Any, path: Path
) -> None:
    from pyswip_bridge.workbench.scenarios import load_scenario

    scenario = load_scenario(path)
    for question in scenario.questions:
        result = kb.ask(question.ask, scenario.case, readings=question.readings, reason_anyway=True)
        assert errors(answer_validator, result.raw) == [], question.ask


def test_repairs_and_the_open_world_follow_the_answer_schema(
    answer_validator: jsonschema.Draft202012Validator, kb: Any
) -> None:
    case = Case.from_file(ROOT / "queries" / "p1_withdrawn_appeal.yaml")
    with_repairs = kb.ask("may_review(v1, ivanov)", case, repairs=(3, 100))
    assert with_repairs.raw["repairs"] and errors(answer_validator, with_repairs.raw) == []
    opened = kb.ask("may_review(v1, ivanov)", case, open_world=True)
    assert "open_world" in opened.raw and errors(answer_validator, opened.raw) == []
    broken = dict(with_repairs.raw, holds="yes")
    assert errors(answer_validator, broken)  # the other side: a wrong type is found
