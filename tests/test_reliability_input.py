"""Regression tests of the reliability review's findings on inputs (../shared/docs/reliability-review.md):
case files (H2, W5, U4), answer records for ``cassation diff`` (C2, H3, U3), the Python API's arguments
(U8) and the limits (U1).  Each test is named after its finding; none depends on timing.
"""

from __future__ import annotations

import copy
import io
import json
import os
import resource
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import pyswip_bridge.errors as errors
from pyswip_bridge import Case, Fact, Limits
from pyswip_bridge.bridge.case import MAX_CASE_FILE_BYTES, MAX_FACTS, MAX_NODES
from pyswip_bridge.bridge.records import diff_records, load_record, make_record
from pyswip_bridge.cli.repl import Session

ROOT = Path(__file__).resolve().parent.parent
COUNSEL = ROOT / "queries" / "p1_counsel_appeal.yaml"
QUESTION = "may_review(v1, P)"
VALID_FACTS = ["judicial_act(v1, decision, appellate)", "entered_into_force(v1, 2019-03-01)"]


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path = ROOT, limit_memory: int | None = None
) -> tuple[int, str, str]:
    """``cassation ARGS`` in a fresh process (with at most ``limit_memory`` bytes of address space)."""
    environment = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    environment.update(env or {})

    def bound() -> None:
        if limit_memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (limit_memory, limit_memory))

    proc = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
        preexec_fn=bound,
        timeout=300,
    )
    return proc.returncode, proc.stdout, proc.stderr


def one_error_line(code: int, out: str, err: str) -> str:
    """The run exited with 2, printed nothing on stdout and one ``error:`` line on stderr."""
    assert code == 2, (code, err[-2000:])
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err[-2000:]
    return lines[0]


def peak_bytes(action) -> int:
    """The peak of Python allocations while ``action()`` runs."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- H2: big-but-under-limit case files --------------------------------------------------------


def refuses(path: Path, pattern: str) -> None:
    with pytest.raises(errors.CaseFileError, match=pattern):
        Case.from_file(path)


def test_H2_a_yaml_list_of_millions_under_notes_is_refused_by_the_node_cap(tmp_path):
    """The review's file: 5,200,000 items under ``notes:`` (2 min 27 s and 2.1 GB before)."""
    path = tmp_path / "seq5m.yaml"
    path.write_text("facts: []\nnotes: [" + "0," * 5_200_000 + "0]\n")
    assert path.stat().st_size <= MAX_CASE_FILE_BYTES
    peak = peak_bytes(lambda: refuses(path, r"more than 100,000 YAML values"))
    assert peak < 200_000_000, f"refusing it took {peak:,} bytes"


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_H2_b_a_mapping_of_300000_keys_is_refused(tmp_path, suffix):
    path = tmp_path / f"keys{suffix}"
    notes = {f"k{i}": i for i in range(300_000)}
    path.write_text(json.dumps({"facts": VALID_FACTS, "notes": notes}))  # JSON is YAML too
    refuses(path, r"more than 100,000 (YAML|JSON) values")


@pytest.mark.parametrize("item", ["0", '""', "[]", "{}", "null", '"participant(p, convicted)"'])
def test_H2_c_json_lists_of_many_values_are_refused_before_they_are_built(tmp_path, item):
    count = min(1_000_000, (MAX_CASE_FILE_BYTES - 100) // (len(item) + 1))
    path = tmp_path / "many.json"
    path.write_text('{"facts": [], "notes": [' + ",".join([item] * count) + "]}")
    peak = peak_bytes(lambda: refuses(path, r"more than 100,000 JSON values"))
    assert peak < 100_000_000, f"refusing it took {peak:,} bytes"


def test_H2_d_a_10_mb_fact_is_refused_in_python_before_a_request_is_built(tmp_path, kb):
    fact = "participant('" + "Қ" * 5_000_000 + "', convicted)"
    path = tmp_path / "bigfact.yaml"
    path.write_text(json.dumps({"facts": [fact]}, ensure_ascii=False), encoding="utf-8")
    assert path.stat().st_size <= MAX_CASE_FILE_BYTES
    with pytest.raises(errors.CaseFileError, match=r"the fact is 5,000,026 characters long; at most 100,000"):
        Case.from_file(path)
    with pytest.raises(errors.CaseFileError, match=r"at most 100,000 are accepted"):
        Case.from_facts([fact])
    with pytest.raises(errors.CaseFileError, match=r"at most 100,000 are accepted"):  # a Case made directly
        kb.request(QUESTION, Case([Fact(fact, "here")]))
    with pytest.raises(errors.CaseFileError, match=r"at most 100,000 are accepted"):
        kb.request(QUESTION, Case(denied=[Fact(fact, "here")]))


def test_H2_e_a_long_question_or_reading_name_is_refused_before_a_request_is_built(kb):
    with pytest.raises(errors.QuerySyntaxError, match=r"the question is 10,000,017 characters long"):
        kb.request(QUESTION + " " * 10_000_000)
    with pytest.raises(errors.ReadingError, match=r"at most 1,000 characters"):
        kb.request(QUESTION, Case(readings={"p24_worsening_cases": "x" * 10_000_000}))


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_H2_f_lists_nested_deeper_than_100_levels_are_refused(tmp_path, suffix):
    path = tmp_path / f"deep{suffix}"
    path.write_text('{"facts": [], "notes": ' + "[" * 101 + "]" * 101 + "}")
    refuses(path, r"nested too deeply \(more than 100 levels\)")


def test_H2_g_the_largest_real_cases_are_still_read(tmp_path, kb):
    facts = [f"participant(p{i}, convicted)" for i in range(MAX_FACTS)]
    denied = [f"appeal_withdrawn(a{i})" for i in range(MAX_FACTS)]
    for suffix in (".yaml", ".json"):
        path = tmp_path / f"largest{suffix}"
        path.write_text(json.dumps({"facts": facts, "denied": denied, "notes": "a, b: [c, {d}]" * 1000}))
        case = Case.from_file(path)
        assert len(case.facts) == len(case.denied) == MAX_FACTS
    nested = tmp_path / "nested.yaml"
    nested.write_text("facts: []\nnotes: " + "[" * 99 + "]" * 99 + "\n")
    assert Case.from_file(nested).facts == []
    assert MAX_NODES >= 2 * MAX_FACTS + 1000


def test_H2_h_a_json_string_that_never_ends_is_a_syntax_error(tmp_path):
    path = tmp_path / "open.json"
    path.write_text('{"facts": ["' + '\\"' * 2_000_000)
    refuses(path, "JSON syntax error")


# --- W5: YAML merge keys ------------------------------------------------------------------------

MERGES = {
    "review": 'facts:\n  - "judicial_act(v1, decision, appellate)"\n'
    '<<: {facts: ["entered_into_force(v1, 2019-03-01)"]}\n',
    "nested": 'facts: ["judicial_act(v1, decision, appellate)"]\nteaching:\n  <<: {a: 1}\n  b: 2\n',
    "explicit_tag": 'facts: ["judicial_act(v1, decision, appellate)"]\n!!merge x: {a: 1}\n',
    "in_a_list": 'facts: ["judicial_act(v1, decision, appellate)"]\nnotes:\n  - <<: {a: 1}\n',
}


@pytest.mark.parametrize("shape", sorted(MERGES))
def test_W5_a_yaml_merge_key_is_refused(tmp_path, shape):
    path = tmp_path / "merge.yaml"
    path.write_text(MERGES[shape])
    refuses(path, r"merge keys \(<<\) are not allowed")


def test_W5_b_the_review_file_in_the_cli(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(MERGES["review"])
    line = one_error_line(*run_cli("ask", "reviewable_in_cassation(v1)", "--case", str(path)))
    assert "m.yaml:3: YAML merge keys (<<) are not allowed" in line


def test_W5_c_a_quoted_double_angle_key_is_just_an_unknown_key(tmp_path):
    path = tmp_path / "quoted.yaml"
    path.write_text('facts: []\n"<<": {facts: []}\n')
    refuses(path, "unknown key '<<'")


# --- U4: a file name that is not UTF-8 ----------------------------------------------------------


def test_U4_a_case_file_name_with_a_non_utf8_byte_is_read(tmp_path, kb):
    directory = os.fsencode(tmp_path)
    raw = os.path.join(directory, b"ok\xe9.yaml")
    with open(raw, "wb") as out:
        out.write(COUNSEL.read_bytes())
    case = Case.from_file(os.fsdecode(raw))
    assert case.source == os.fsdecode(directory) + "/ok\ufffd.yaml"
    assert case.facts[0].where == case.source + ":11"
    assert kb.ask(QUESTION, case).holds
    code, out, err = run_cli("ask", QUESTION, "--case", os.fsdecode(raw), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["record"]["case"]["facts"][0]["where"].endswith("ok\ufffd.yaml:11")


def test_U4_b_errors_in_such_a_file_name_it_with_u_fffd(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"bad\xff.yaml")
    with open(raw, "wb") as out:
        out.write(b"facts:\n  - bribe(v1, judge)\n")
    line = one_error_line(*run_cli("ask", QUESTION, "--case", os.fsdecode(raw)))
    assert "bad\ufffd.yaml:2" in line and "bribe/2 is not a declared case fact" in line


# --- U8: wrong argument types at the API boundary -----------------------------------------------


@pytest.fixture(scope="module")
def counsel() -> Case:
    return Case.from_file(COUNSEL)


WRONG_TYPES = {
    "case_as_str": lambda kb, c: kb.ask(QUESTION, str(COUNSEL)),
    "case_as_path": lambda kb, c: kb.ask(QUESTION, COUNSEL),
    "case_as_dict": lambda kb, c: kb.ask(QUESTION, {"facts": VALID_FACTS}),
    "case_as_list": lambda kb, c: kb.ask(QUESTION, VALID_FACTS),
    "question_as_bytes": lambda kb, c: kb.ask(QUESTION.encode(), c),
    "readings_as_list": lambda kb, c: kb.ask(QUESTION, c, readings=["p24_worsening_cases=open_list"]),
    "reading_value_as_int": lambda kb, c: kb.ask(QUESTION, c, readings={"p24_worsening_cases": 1}),
    "repairs_of_one": lambda kb, c: kb.ask(QUESTION, c, repairs=(3,)),
    "repairs_as_int": lambda kb, c: kb.ask(QUESTION, c, repairs=3),
    "repairs_of_floats": lambda kb, c: kb.ask(QUESTION, c, repairs=(1.5, 10)),
    "why_not_depth_as_str": lambda kb, c: kb.ask(QUESTION, c, why_not_depth="deep"),
    "why_not_depth_nan": lambda kb, c: kb.ask(QUESTION, c, why_not_depth=float("nan")),
    "why_not_depth_bool": lambda kb, c: kb.ask(QUESTION, c, why_not_depth=True),
    "open_world_as_str": lambda kb, c: kb.ask(QUESTION, c, open_world="yes"),
    "open_world_as_int": lambda kb, c: kb.ask(QUESTION, c, open_world=1),
    "reason_anyway_as_str": lambda kb, c: kb.ask(QUESTION, c, reason_anyway="no"),
    "explain_as_none": lambda kb, c: kb.request(QUESTION, c, explain=None),
    "limits_as_tuple": lambda kb, c: kb.ask(QUESTION, c, limits=(10, 1000)),
    "case_facts_as_texts": lambda kb, c: Case(facts=VALID_FACTS),
    "case_denied_as_texts": lambda kb, c: Case(denied=["appeal_withdrawn(a1)"]),
    "case_readings_as_list": lambda kb, c: Case(readings=[("p24_worsening_cases", "open_list")]),
    "case_source_as_path": lambda kb, c: Case(source=COUNSEL),
    "fact_text_as_int": lambda kb, c: Fact(42),
    "from_facts_one_string": lambda kb, c: Case.from_facts(VALID_FACTS[0]),
    "from_facts_readings_as_list": lambda kb, c: Case.from_facts(VALID_FACTS, readings=["x"]),
    "from_file_int": lambda kb, c: Case.from_file(3),
    "from_file_bytes": lambda kb, c: Case.from_file(os.fsencode(COUNSEL)),
}


@pytest.mark.parametrize("name", sorted(WRONG_TYPES))
def test_U8_a_wrong_argument_types_raise_a_clear_type_error(kb, counsel, name):
    with pytest.raises(TypeError) as info:
        WRONG_TYPES[name](kb, counsel)
    message = str(info.value)
    assert "\n" not in message and "object has no attribute" not in message
    assert "must be" in message or "is named by" in message, message


BAD_VALUES = {
    "why_not_depth_negative": (lambda kb, c: kb.ask(QUESTION, c, why_not_depth=-3), errors.ArgumentError),
    "why_not_depth_zero": (lambda kb, c: kb.ask(QUESTION, c, why_not_depth=0), errors.ArgumentError),
    "why_not_depth_huge": (lambda kb, c: kb.ask(QUESTION, c, why_not_depth=10**6), errors.ArgumentError),
    "repairs_too_big": (lambda kb, c: kb.ask(QUESTION, c, repairs=(9, 10)), errors.ArgumentError),
    "repairs_no_sets": (lambda kb, c: kb.ask(QUESTION, c, repairs=(1, 0)), errors.ArgumentError),
    "from_file_nul": (lambda kb, c: Case.from_file("a\0b.yaml"), errors.CaseFileError),
    "from_file_lone_surrogate": (lambda kb, c: Case.from_file("a\ud800.yaml"), errors.CaseFileError),
    "from_facts_an_int": (lambda kb, c: Case.from_facts([42]), errors.CaseFileError),
}


@pytest.mark.parametrize("name", sorted(BAD_VALUES))
def test_U8_b_bad_argument_values_raise_a_user_error(kb, counsel, name):
    action, expected = BAD_VALUES[name]
    with pytest.raises(expected) as info:
        action(kb, counsel)
    assert type(info.value) is expected
    assert "\n" not in info.value.one_line() and "\x00" not in info.value.one_line()


def test_U8_c_a_valid_why_not_depth_and_open_world_still_work(kb, counsel):
    assert kb.ask(QUESTION, counsel, why_not_depth=1, open_world=False).holds
    assert not kb.ask("may_review(v1, nobody)", counsel, why_not_depth=20).holds


def test_U8_d_repl_load_of_a_name_with_nul_is_one_user_error(kb):
    out, err = io.StringIO(), io.StringIO()
    session = Session(kb, out=out, err=err)
    session.handle(":load a\0b.yaml")
    assert err.getvalue().startswith("error: ") and "internal" not in err.getvalue()
    assert err.getvalue().count("\n") == 1


# --- U1: limits SWI-Prolog cannot represent -----------------------------------------------------


@pytest.mark.parametrize(
    "limits",
    [Limits(10, 2**63), Limits(10, 10**30), Limits(1e300, 1000), Limits(86_401, 1000), Limits(float("inf"), 1000)],
)
def test_U1_a_limits_beyond_the_bounds_are_refused_before_anything_runs(kb, counsel, limits):
    with pytest.raises(errors.LimitError, match="limit must be"):
        kb.request(QUESTION, counsel, limits=limits)


def test_U1_b_the_largest_limits_are_accepted(kb, counsel):
    assert kb.ask(QUESTION, counsel, limits=Limits(86_400, 10**15)).holds


def test_U1_c_ask_with_an_inference_limit_of_2_63_exits_2():
    line = one_error_line(*run_cli("ask", QUESTION, "--case", str(COUNSEL), "--inference-limit", "9223372036854775808"))
    assert "the inference limit must be" in line


@pytest.mark.parametrize(
    "variable,value",
    [
        ("CASSATION_INFERENCE_LIMIT", "99999999999999999999999"),
        ("CASSATION_TIME_LIMIT", "nan"),
        ("CASSATION_TIME_LIMIT", "inf"),
        ("CASSATION_TIME_LIMIT", "1e300"),
    ],
)
def test_U1_d_limit_variables_beyond_the_bounds_exit_2_naming_the_variable(variable, value):
    line = one_error_line(*run_cli("ask", QUESTION, "--case", str(COUNSEL), env={variable: value}))
    assert variable in line


def test_U1_e_batch_with_an_inference_limit_of_2_63_refuses_before_touching_files(tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"facts": VALID_FACTS}) + "\n")
    out = tmp_path / "out.jsonl"
    line = one_error_line(
        *run_cli(
            "batch",
            "reviewable_in_cassation(A)",
            "--cases",
            str(cases),
            "--out",
            str(out),
            "--workers",
            "1",
            "--inference-limit",
            "9223372036854775808",
        )
    )
    assert "the inference limit must be" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.jsonl"]


def test_U1_f_a_repl_question_under_such_limits_is_one_user_error(kb, counsel):
    out, err = io.StringIO(), io.StringIO()
    session = Session(kb, counsel, out=out, err=err)
    session.handle(":limits 10 9223372036854775808")  # refused when typed (the bounds of ask and batch)
    assert err.getvalue().startswith("error: the inference limit must be"), err.getvalue()
    err.seek(0)
    err.truncate(0)
    session.handle(QUESTION)  # and the questions run under the limits of before
    assert err.getvalue() == "" and "Answer: yes" in out.getvalue()


# --- C2, H3: records that are not regular files -------------------------------------------------


@pytest.fixture(scope="module")
def record(kb, counsel) -> dict:
    return make_record(kb.ask(QUESTION, counsel), counsel)


@pytest.fixture
def record_file(tmp_path, record) -> Path:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


def test_C2_diff_refuses_dev_zero_without_reading_it(record_file):
    with pytest.raises(errors.UserError, match="not a regular file"):
        load_record("/dev/zero")
    line = one_error_line(*run_cli("diff", str(record_file), "/dev/zero", limit_memory=2_000_000_000))
    assert "/dev/zero: not a regular file" in line


def test_C2_b_a_record_bigger_than_the_cap_is_refused(tmp_path, monkeypatch):
    import pyswip_bridge.bridge.records as records

    monkeypatch.setattr(records, "MAX_RECORD_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text('{"question": "' + "x" * 2000 + '"}')
    with pytest.raises(errors.UserError, match=r"is 2,016 bytes; at most 1,000 are accepted"):
        load_record(path)


def test_H3_diff_refuses_a_fifo_instead_of_waiting(tmp_path, record_file):
    fifo = tmp_path / "f.json"
    os.mkfifo(fifo)
    with pytest.raises(errors.UserError, match="not a regular file"):
        load_record(fifo)
    line = one_error_line(*run_cli("diff", str(fifo), str(record_file)))
    assert "f.json: not a regular file" in line


# --- U3: records of the wrong shape ---------------------------------------------------------------


def _set(path: tuple, value):
    def change(data: dict) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


def _drop(path: tuple):
    def change(data: dict) -> None:
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]

    return change


SHAPES = {
    "answers_strings": (_set(("answers",), ["a", "b"]), r"`answers\[0\]` must be an object, not a string"),
    "answers_int": (_set(("answers",), 7), r"`answers` must be a list, not a number"),
    "answer_without_proof": (_drop(("answers", 0, "proof")), r"`answers\[0\]` has no `proof`"),
    "bindings_list": (_set(("answers", 0, "bindings"), ["P"]), r"`answers\[0\].bindings` must be an object"),
    "record_string": (_set(("record",), "x"), r"`record` must be an object, not a string"),
    "record_list": (_set(("record",), [1]), r"`record` must be an object, not a list"),
    "facts_without_text": (
        _drop(("record", "case", "facts", 0, "text")),
        r"`record.case.facts\[0\].text` must be a string, not null",
    ),
    "readings_string": (_set(("record", "readings"), "x"), r"`record.readings` must be an object, not a string"),
    "engine_list": (_set(("record", "engine"), ["9.0.4"]), r"`record.engine` must be an object of strings"),
    "holds_string": (_set(("holds",), "yes"), r"`holds` must be true or false, not a string"),
    "proof_child_string": (
        _set(("answers", 0, "proof", "children"), ["x"]),
        r"`answers\[0\].proof.children\[0\]` must be an object",
    ),
    "top_readings_string": (_set(("readings",), "x"), r"`readings` must be a list, not a string"),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_U3_a_diff_refuses_a_record_of_the_wrong_shape(tmp_path, record, record_file, shape):
    change, message = SHAPES[shape]
    data = copy.deepcopy(record)
    change(data)
    path = tmp_path / f"{shape}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(errors.UserError, match=message):
        load_record(path)
    with pytest.raises(errors.UserError, match=message):
        diff_records(record, data)


@pytest.mark.parametrize(
    "text,message",
    [
        (lambda good: good[:-1] + ', "x": ' + "9" * 5000 + "}", "more than 4,300 digits"),
        (
            lambda good: good.replace('"question": "may_review(v1, P)"', '"question": "\\ud800"', 1),
            "unpaired surrogate U\\+D800",
        ),
    ],
)
def test_U3_b_diff_refuses_a_huge_number_or_a_lone_surrogate(tmp_path, record, text, message):
    path = tmp_path / "odd.json"
    path.write_text(text(json.dumps(record)), encoding="utf-8")
    with pytest.raises(errors.UserError, match=message):
        load_record(path)


def test_U3_c_every_bad_shape_in_the_cli_is_one_line_and_exit_2(tmp_path, record, record_file):
    for shape, (change, _) in sorted(SHAPES.items()):
        data = copy.deepcopy(record)
        change(data)
        path = tmp_path / f"{shape}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        one_error_line(*run_cli("diff", str(record_file), str(path)))
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(record).replace('"question": "may_review(v1, P)"', '"question": "\\udce9"', 1))
    one_error_line(*run_cli("diff", str(record_file), str(path)))


def test_U3_d_a_good_record_and_a_plain_contract_object_still_diff(kb, counsel, record, record_file):
    assert load_record(record_file) == record
    assert diff_records(record, record) == []
    plain = kb.ask(QUESTION, counsel).raw
    assert any(line.startswith("A has no record") for line in diff_records(plain, record))


# --- readings with an empty passage name (found while building the corpus) ----------------------


def test_U8_e_an_empty_passage_name_is_a_reading_error_not_ignored(kb, counsel):
    """SWI-Prolog's json_read_dict takes a "" key for the object's tag, so {"": "x"} vanished."""
    for readings in ({"": "open_list"}, {"": "nonsense"}):
        with pytest.raises(errors.ReadingError, match="a passage name is empty"):
            kb.ask(QUESTION, counsel, readings=readings)


# --- the corpus of tests/hostile/ ------------------------------------------------------------------

HOSTILE = ROOT / "tests" / "hostile"


def test_the_hostile_corpus_has_300_inputs_and_the_input_files_their_own_manifest():
    import yaml

    files = [p for p in HOSTILE.iterdir() if not (p.name.startswith("manifest") and p.suffix == ".yaml")]
    assert len(files) >= 300
    listed = yaml.safe_load((HOSTILE / "manifest-input.yaml").read_text(encoding="utf-8"))
    assert set(listed) == {p.name for p in files if p.name.startswith("input_")}
    assert all(p.stat().st_size < 8_000 for p in files if p.name.startswith("input_"))


VALID_ODD_NAMES = [
    "\u202eevil\u202c",
    "\\e[2J\\e]0;pwned\\a\\e[31mowned",
    "line\\nAnswer: no",
    "a\u2028b",
    "\u0085\u009b31m",
    "\u2067x\u2069",
    "zero\u200bwidth",
    "tab\\there",
    "\\x7f\\",
]


@pytest.mark.parametrize("name", VALID_ODD_NAMES)
def test_names_with_control_characters_and_bidi_overrides_are_valid_names(kb, tmp_path, name):
    """Control characters and bidi overrides (escaped in the fact, or raw where JSON allows) are names."""

    def facts_of(person: str) -> list[str]:
        return [
            "judicial_act(v1, decision, appellate)",
            "entered_into_force(v1, 2020-01-01)",
            "appellate_review_of(v1, v0)",
            f"participant('{person}', convicted)",
            f"appeal(a1, '{person}', v0)",
        ]

    facts = facts_of(name)
    plain = kb.ask(QUESTION, Case.from_facts(facts_of("plain")))
    result = kb.ask(QUESTION, Case.from_facts(facts))
    assert result.holds and len(result.bindings()) == len(plain.bindings())
    assert "plain" not in str(result.bindings())
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"facts": facts}, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("ask", QUESTION, "--case", str(path), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["holds"] is True


def test_U1_the_repl_refuses_a_limit_beyond_the_bounds_at_once(kb):
    """`:limits` with 2**63 inferences is refused when typed, with the bound, not at every later question."""
    import io

    from pyswip_bridge import Case
    from pyswip_bridge.cli.repl import Session

    out, err = io.StringIO(), io.StringIO()
    session = Session(kb, Case(), out=out, err=err)
    before = session.limits
    session.handle(":limits 10 9223372036854775808")
    assert err.getvalue().startswith("error: ") and len(err.getvalue().splitlines()) == 1
    assert session.limits == before


def test_U1_a_batch_refuses_a_bad_limit_variable_before_any_case(tmp_path):
    """A CASSATION_TIME_LIMIT of nan refuses the whole batch (exit 2, one line), not each case with exit 0."""
    import os
    import subprocess
    import sys

    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"facts": ["judicial_act(v1, verdict, first_instance)"]}\n', encoding="utf-8")
    out = tmp_path / "results.jsonl"
    env = {**{k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}, "CASSATION_INFERENCE_LIMIT": "1e30"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyswip_bridge",
            "batch",
            "may_review(A, P)",
            "--cases",
            str(cases),
            "--out",
            str(out),
            "--workers",
            "1",
        ],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "CASSATION_INFERENCE_LIMIT" in proc.stderr
    assert not out.exists()
