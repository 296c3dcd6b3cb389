"""Text integrity: names in Cyrillic and Kazakh, with quotes, apostrophes and backslashes, come back
byte-exact from the case file through the proof to the JSON and the text output.

A name crosses four boundaries: the case file (YAML or JSON, with or without ``\\u`` escapes),
the Prolog reader (a quoted atom), the KB's JSON answer (``bindings`` and proof goals are Prolog
text, read back here by :func:`read_prolog_atom`; proof sentences hold the name itself), and the
CLI's output.  At every one the name must be the same sequence of code points, hence of UTF-8 bytes:
no normalisation, no Latin-1 mangling, no lost or doubled escapes.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyswip_bridge import Case, CaseFileError

ROOT = Path(__file__).resolve().parent.parent
APPELLATE = [
    "judicial_act(v1, decision, appellate)",
    "entered_into_force(v1, 2020-01-01)",
    "appellate_review_of(v1, v0)",
    "filed_on(pt0, 2020-06-01)",
]

NAMES = [
    "Қайрат",
    "Әлия",
    "Ғалым",
    "Үміт",
    "Ұлан",
    "Өмір",
    "Һәкім",
    "Іңкәр",
    "Ңңң",
    "ҚӘҒҮҰӨҺІҢ",
    "қәғүұөһің",
    "Қ'Ә\"Ғ\\Ү",
    "Нұр-Сұлтан",
    "Ёлка Ёжикова",
    "Йошкар-Ола",
    "O'Brien",
    "д'Артаньян",
    "it's",
    "Сәуле’s",
    "Мұхтарʼұлы",
    "«Береке» ЖШС",
    "„Кавычки“",
    'say "hi"',
    "back\\slash",
    "trailing\\",
    "\\\\double",
    "\\'",
    "'",
    "''",
    '"',
    "a\\nb",
    "и\u0306 (NFD й)",
    "й (NFC)",
    "e\u0301\u0301",
    "日本語",
    "emoji 😀🇰🇿",
    "  spaced  ",
    "x), halt, (true",
    "'), shell(ls), ('",
    "bob) ; halt(7",
    "%p",
    "~w~a",
    "$(rm -rf /)",
    "Қ" * 200,
]
CONTROL_NAMES = ["new\nline", "tab\there", "bell\x07", "esc\x1b[31m", "zero\u200bwidth", "bom\ufeff"]

_ESCAPES = {
    "\\": "\\",
    "'": "'",
    '"': '"',
    "`": "`",
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "e": "\x1b",
    "s": " ",
    "0": "\0",
}


def prolog_quote(name: str) -> str:
    """``name`` as a quoted Prolog atom, as a person writing a case file would."""
    escaped = name.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t")
    return f"'{escaped}'"


def read_prolog_atom(text: str) -> str:
    """The atom that SWI-Prolog's ``writeq`` wrote as ``text`` (quoted or not)."""
    if not text.startswith("'"):
        return text
    assert text.endswith("'") and len(text) >= 2, text
    body, out, i = text[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            n = body[i + 1]
            if n == "x":
                end = body.index("\\", i + 2)
                out.append(chr(int(body[i + 2 : end], 16)))
                i = end + 1
            elif n == "u":
                out.append(chr(int(body[i + 2 : i + 6], 16)))
                i += 6
            elif n == "U":
                out.append(chr(int(body[i + 2 : i + 10], 16)))
                i += 10
            elif n.isdigit() and body.find("\\", i + 1) > i + 1 and body[i + 1 : body.find("\\", i + 1)].isdigit():
                end = body.index("\\", i + 1)
                out.append(chr(int(body[i + 1 : end], 8)))
                i = end + 1
            else:
                out.append(_ESCAPES[n])
                i += 2
        elif c == "'":
            assert body[i + 1] == "'", text
            out.append("'")
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def test_the_atom_reader_reads_what_swi_writes():
    assert read_prolog_atom("'Қ\\'Ә\"Ғ\\\\Ү'") == "Қ'Ә\"Ғ\\Ү"
    assert read_prolog_atom("'a\\nb\\u200B'") == "a\nb\u200b"
    assert read_prolog_atom("әлия") == "әлия"


def facts_for(names: list[str]) -> list[str]:
    facts = list(APPELLATE)
    for i, name in enumerate(names):
        quoted = prolog_quote(name)
        facts += [f"participant({quoted}, convicted)", f"appeal(a{i}, {quoted}, v0)", f"petition(pt{i}, {quoted}, v1)"]
    return facts


def assert_same_bytes(got: str, expected: str) -> None:
    assert got.encode("utf-8") == expected.encode("utf-8"), (got, expected)


def bound_names(result) -> list[str]:
    return [read_prolog_atom(b["P"]) for b in result.bindings()]


def given_participant_nodes(proof: dict) -> list[dict]:
    found, stack = [], [proof]
    while stack:
        node = stack.pop()
        if node["status"] == "given" and node["goal"].startswith("participant("):
            found.append(node)
        stack.extend(node["children"])
    return found


@pytest.mark.parametrize("name", NAMES + CONTROL_NAMES, ids=range(len(NAMES + CONTROL_NAMES)))
def test_a_name_round_trips_through_the_api(kb, name):
    result = kb.ask("entitled_participant(P, v1, S)", Case.from_facts(facts_for([name])))
    assert result.holds
    [got] = set(bound_names(result))
    assert_same_bytes(got, name)
    data = json.loads(result.to_json())
    for answer in data["answers"]:
        [node] = given_participant_nodes(answer["proof"])
        binding = answer["bindings"]["P"]
        assert node["goal"] == f"participant({binding}, convicted)"
        assert_same_bytes(read_prolog_atom(node["goal"][len("participant(") : -len(", convicted)")]), name)
        if "text" in node and name in NAMES:
            assert name in node["text"], node["text"]


def test_no_unicode_normalisation(kb):
    nfd, nfc = "и\u0306", "й"
    assert unicodedata.normalize("NFC", nfd) == nfc
    result = kb.ask("entitled_participant(P, v1, S)", Case.from_facts(facts_for([nfd, nfc])))
    assert sorted(bound_names(result)) == sorted([nfd, nfc])


def test_a_name_in_an_error_is_byte_exact(kb):
    for name in NAMES:
        fact = f"participant({prolog_quote(name)}, судья)"
        with pytest.raises(CaseFileError) as info:
            kb.ask("may_review(v1, P)", Case.from_facts([fact]))
        assert_same_bytes(info.value.fact, fact)
        assert "судья" in str(info.value)


def write_case_files(tmp_path: Path, names: list[str]) -> dict[str, Path]:
    """The same case as YAML (UTF-8), JSON (UTF-8) and JSON (every non-ASCII character as a \\u escape)."""
    facts = facts_for(names)
    yaml_path = tmp_path / "names.yaml"
    yaml_path.write_text(
        "facts:\n" + "".join(f"  - {json.dumps(f, ensure_ascii=False)}\n" for f in facts), encoding="utf-8"
    )
    json_path = tmp_path / "names.json"
    json_path.write_text(json.dumps({"facts": facts}, ensure_ascii=False), encoding="utf-8")
    ascii_path = tmp_path / "names_ascii.json"
    ascii_path.write_text(json.dumps({"facts": facts}, ensure_ascii=True), encoding="ascii")
    return {"yaml": yaml_path, "json": json_path, "json_ascii": ascii_path}


@pytest.mark.parametrize("kind", ["yaml", "json", "json_ascii"])
def test_names_round_trip_from_case_files(kb, tmp_path, kind):
    names = NAMES + CONTROL_NAMES
    path = write_case_files(tmp_path, names)[kind]
    case = Case.from_file(path)
    assert [f.text for f in case.facts] == facts_for(names)
    result = kb.ask("entitled_participant(P, v1, S)", case)
    assert sorted(set(bound_names(result))) == sorted(names)


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", *args], cwd=ROOT, capture_output=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return proc


@pytest.fixture(scope="module")
def names_case(tmp_path_factory) -> Path:
    return write_case_files(tmp_path_factory.mktemp("names"), NAMES)["yaml"]


def test_cli_json_output_is_byte_exact(names_case):
    out = cli("ask", "entitled_participant(P, v1, S)", "--case", str(names_case), "--format", "json").stdout
    data = json.loads(out.decode("utf-8"))
    got = {read_prolog_atom(a["bindings"]["P"]).encode("utf-8") for a in data["answers"]}
    assert got == {n.encode("utf-8") for n in NAMES}
    for answer in data["answers"]:
        name = read_prolog_atom(answer["bindings"]["P"])
        [node] = given_participant_nodes(answer["proof"])
        if "text" in node:
            assert name in node["text"]


def test_cli_text_output_is_byte_exact(kb, names_case):
    bindings = {b["P"] for b in kb.ask("entitled_participant(P, v1, S)", Case.from_file(names_case)).bindings()}
    text = cli("ask", "entitled_participant(P, v1, S)", "--case", str(names_case)).stdout.decode("utf-8")
    goals = cli("ask", "entitled_participant(P, v1, S)", "--case", str(names_case), "--goals").stdout.decode("utf-8")
    for binding in bindings:
        assert f"P = {binding}" in text
        assert f"participant({binding}, convicted)" in goals
    for name in NAMES:
        assert name in text, name


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_cli_markdown_and_html_carry_the_names(kb, names_case, fmt):
    bindings = {b["P"] for b in kb.ask("entitled_participant(P, v1, S)", Case.from_file(names_case)).bindings()}
    out = cli("ask", "entitled_participant(P, v1, S)", "--case", str(names_case), "--format", fmt).stdout
    text = out.decode("utf-8")
    if fmt == "html":
        text = html.unescape(text)
    for binding in bindings:
        assert f"P = {binding}" in text


NAME_ALPHABET = st.sampled_from(
    list(
        "ҚқӘәҒғҮүҰұӨөҺһІіҢңЁёЙйЪъЫыабвгдеАБВГДЕabcdefXYZ0123456789 '\"\\’ʼ«»„“-_.,;:()[]{}%~$@!?#&*+=/<>|^`"
        "\u0301\u0306日本😀🇰"
    )
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(NAME_ALPHABET, min_size=1, max_size=40))
def test_any_name_round_trips(kb, name):
    result = kb.ask("entitled_participant(P, v1, S)", Case.from_facts(facts_for([name])))
    assert result.holds
    assert {read_prolog_atom(b["P"]) for b in result.bindings()} == {name}
    quoted = json.loads(result.to_json())["answers"][0]["bindings"]["P"]
    assert_same_bytes(read_prolog_atom(quoted), name)
