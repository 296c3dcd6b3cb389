"""Hostile and malformed input: a typed error, exit code 2 and one line, and the KB survives unchanged.

* Every file of ``tests/hostile/`` (listed in its ``manifest.yaml`` with the error class it
  must produce) raises exactly that class from the API and makes the CLI exit with code 2
  and one line; the same process then answers an ordinary question, and the clause count
  of every KB predicate is what it was before.
* Inputs too big to commit are generated here: terms 100,000 levels deep, 100 kB facts and
  questions, 20,001 facts, JSON and YAML nesting bombs, a 50 MB case file.
* Hostile questions (goals smuggled in, recursive or branching goals, deep and huge ones)
  are refused with their typed error.
* Bounds: the stack limit is set and configurable, running out of stack is a
  ``ResourceLimit``, and no library is autoloaded while a question is answered.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

import pyswip_bridge.errors as errors
from pyswip_bridge import Case, Limits
from pyswip_bridge.bridge.case import MAX_CASE_FILE_BYTES, MAX_FACTS
from pyswip_bridge.bridge.engine import DEFAULT_STACK_LIMIT, PrologEngine

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).resolve().parent / "hostile"
#: Every ``manifest*.yaml`` of tests/hostile/ (one per group of inputs), merged: file -> error class.
MANIFEST: dict[str, str] = {
    name: cls
    for path in sorted(HOSTILE.glob("manifest*.yaml"))
    for name, cls in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()
}
ORDINARY = ROOT / "queries" / "p1_counsel_appeal.yaml"
FOLLOW_UP = "may_review(v1, 'Қайрат')"


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """``cassation ARGS`` in a fresh process."""
    environment = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    environment.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def run_python(code: str, env: dict[str, str] | None = None, timeout: float = 300) -> Run:
    """A Python script in a fresh process (for what must not touch the session's engine)."""
    environment = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    environment.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def assert_one_line_error(run: Run, *, code: int = 2) -> str:
    """The run failed with ``code``, printed nothing on stdout and exactly one ``error:`` line on stderr."""
    assert run.code == code, (run.code, run.err[-2000:])
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.err[-2000:]
    assert "Traceback" not in run.err
    return lines[0]


def clause_counts() -> dict[str, int]:
    return PrologEngine.instance().call_json("clause_counts_json")


@pytest.fixture(scope="module")
def ordinary_case() -> Case:
    return Case.from_file(ORDINARY)


def follow_up_holds(kb, ordinary_case) -> bool:
    return kb.ask(FOLLOW_UP, ordinary_case).holds


# --- the committed corpus -------------------------------------------------------------


def test_manifest_lists_every_hostile_file():
    files = {p.name for p in HOSTILE.iterdir() if not (p.name.startswith("manifest") and p.suffix == ".yaml")}
    assert files == set(MANIFEST)
    assert len(files) >= 300
    assert all(hasattr(errors, cls) and issubclass(getattr(errors, cls), errors.UserError) for cls in MANIFEST.values())


def ask_file(kb, path: Path):
    return kb.ask("may_review(v1, P)", Case.from_file(path))


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_api_raises_the_typed_error_then_answers(kb, ordinary_case, name):
    expected = getattr(errors, MANIFEST[name])
    before = clause_counts()
    with pytest.raises(expected) as info:
        ask_file(kb, HOSTILE / name)
    assert type(info.value) is expected, f"{name}: got {type(info.value).__name__}: {info.value}"
    assert "\n" not in info.value.one_line()
    assert clause_counts() == before
    assert follow_up_holds(kb, ordinary_case)


def _cli_sample() -> set[str]:
    """The files the fast tier (``make test``) runs through the CLI: the first, by name, of each error
    class and file extension.  The API test above takes every file in the fast tier too."""
    first: dict[tuple[str, str], str] = {}
    for name in sorted(MANIFEST):
        first.setdefault((MANIFEST[name], Path(name).suffix.lower()), name)
    return set(first.values())


CLI_SAMPLE = _cli_sample()


@pytest.fixture(scope="module")
def cli_runs(request) -> dict[str, Run]:
    """The CLI on every hostile file this session runs the test below for (all of them in
    ``make test-all``, the sample in ``make test``), each in a fresh process, several at a time."""
    names = sorted(
        {
            item.callspec.params["name"]
            for item in request.session.items
            if getattr(item, "originalname", None) == "test_cli_exits_2_with_one_line" and item.module is request.module
        }
    )
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(zip(names, pool.map(ask_in_the_cli, names)))


def ask_in_the_cli(name: str) -> Run:
    return run_cli("ask", "may_review(v1, P)", "--case", str(HOSTILE / name))


@pytest.mark.parametrize(
    "name", [name if name in CLI_SAMPLE else pytest.param(name, marks=pytest.mark.slow) for name in sorted(MANIFEST)]
)
def test_cli_exits_2_with_one_line(cli_runs, name):
    assert_one_line_error(cli_runs[name] if name in cli_runs else ask_in_the_cli(name))


def test_case_file_errors_name_file_and_line(kb):
    with pytest.raises(errors.VocabularyError) as info:
        ask_file(kb, HOSTILE / "undeclared_predicate.yaml")
    assert info.value.where.endswith("undeclared_predicate.yaml:3")
    assert info.value.fact == "bribe(v1, judge)"
    assert "bribe/2 is not a declared case fact" in str(info.value)


@pytest.mark.parametrize(
    "name,line",
    [
        ("bom_undeclared.yaml", 3),
        ("crlf_undeclared.yaml", 3),
        ("cr_only_bad_date.yaml", 3),
        ("directive_with_fact.yaml", 4),
        ("nul_byte.yaml", 2),
    ],
)
def test_bom_and_line_ends_keep_line_numbers(kb, name, line):
    with pytest.raises(errors.CaseFileError) as info:
        ask_file(kb, HOSTILE / name)
    assert info.value.where.endswith(f"{name}:{line}")


def test_wrong_arity_names_the_declared_arity(kb):
    with pytest.raises(errors.VocabularyError, match=r"judicial_act/2 is not declared; judicial_act/3 is"):
        ask_file(kb, HOSTILE / "wrong_arity.yaml")


def test_bad_date_is_named(kb):
    with pytest.raises(errors.CaseFileError, match=r"must be a real date"):
        ask_file(kb, HOSTILE / "bad_date.yaml")


def test_yaml_aliases_and_duplicate_keys_are_refused():
    with pytest.raises(errors.CaseFileError, match="anchors and aliases"):
        Case.from_file(HOSTILE / "yaml_billion_laughs.yaml")
    with pytest.raises(errors.CaseFileError, match="duplicate key 'facts'"):
        Case.from_file(HOSTILE / "yaml_duplicate_facts.yaml")


def test_injection_text_inside_a_quoted_name_is_just_a_name(kb):
    for _name, quoted in [
        ("x), halt, (true", "'x), halt, (true'"),
        ("'), shell(ls), ('", "'\\'), shell(ls), (\\''"),
        ("bob) ; halt(7", "'bob) ; halt(7'"),
    ]:
        case = Case.from_facts(
            [
                "judicial_act(v1, decision, appellate)",
                "entered_into_force(v1, 2020-01-01)",
                f"participant({quoted}, convicted)",
                f"appeal(a1, {quoted}, v0)",
                "appellate_review_of(v1, v0)",
            ]
        )
        result = kb.ask("may_review(v1, P)", case)
        assert quoted in [b["P"] for b in result.bindings()]
        assert json.dumps(quoted, ensure_ascii=False) in result.to_json()


# --- generated inputs: deep, long, many, big ---------------------------------------------

MAX_TEXT = 100_000  # kb/engine/request.pl max_text_length/1


def deep_texts(levels: int) -> dict[str, str]:
    """Terms nested ``levels`` deep, in the shapes that make SWI-Prolog's reader or writer recurse."""
    return {
        "brackets": "[" * levels + "]" * levels,
        "parentheses": "(" * levels + "a" + ")" * levels,
        "compound": "f(" * levels + "x" + ")" * levels,
        "prefix_operators": "- " * levels + "a",
        "infix_operators": "^".join(["a"] * (levels + 1)),
        "curly": "{" * levels + "a" + "}" * levels,
        "unclosed": "(" * levels,
    }


CHARACTERS_PER_LEVEL = {
    "brackets": 2,
    "parentheses": 2,
    "compound": 3,
    "prefix_operators": 2,
    "infix_operators": 2,
    "curly": 2,
    "unclosed": 1,
}


@pytest.mark.parametrize("shape", sorted(deep_texts(1)))
def test_100000_deep_terms_are_refused(kb, ordinary_case, shape):
    term = deep_texts(100_000)[shape]
    before = clause_counts()
    with pytest.raises(errors.CaseFileError, match="characters long"):
        kb.ask("may_review(v1, P)", Case.from_facts([f"participant({term}, convicted)"]))
    with pytest.raises(errors.QuerySyntaxError, match="characters long"):
        kb.ask(f"may_review(v1, {term})", Case())
    assert clause_counts() == before
    assert follow_up_holds(kb, ordinary_case)


@pytest.mark.parametrize("shape", sorted(deep_texts(1)))
def test_the_deepest_terms_the_length_limit_admits(kb, ordinary_case, shape):
    """Nested as deep as 100,000 characters allow: once a segmentation fault, now a typed error."""
    budget = MAX_TEXT - len("participant(, judge)") - 2
    term = deep_texts(budget // CHARACTERS_PER_LEVEL[shape])[shape]
    assert len(f"participant({term}, judge)") <= MAX_TEXT
    before = clause_counts()
    with pytest.raises(errors.CaseFileError) as info:
        kb.ask("may_review(v1, P)", Case.from_facts([f"participant({term}, judge)"]))
    assert len(info.value.one_line()) < 5_000
    try:  # (((a))) is just a: a question like any other
        kb.ask(f"may_review(v1, {term})", ordinary_case)
    except errors.UserError as exc:
        assert type(exc) in (errors.UnknownQuestion, errors.QuerySyntaxError)
        assert len(exc.one_line()) < 5_000
    assert clause_counts() == before
    assert follow_up_holds(kb, ordinary_case)


def test_deep_term_in_a_fresh_cli_process(tmp_path):
    """The CLI process survives a term nested 49,000 levels deep (it used to die with SIGSEGV)."""
    case = tmp_path / "deep.json"
    case.write_text(json.dumps({"facts": ["participant(" + "[" * 49_000 + "]" * 49_000 + ", convicted)"]}))
    assert "must be a name" in assert_one_line_error(run_cli("ask", "may_review(v1, P)", "--case", str(case)))
    question = "may_review(v1, " + "- " * 49_000 + "a)"
    assert "must be a variable" in assert_one_line_error(run_cli("ask", question))


def test_a_fact_of_100_kb_is_refused(kb, ordinary_case):
    for text in ["participant('" + "Қ" * 100_000 + "', convicted)", "participant(" + "a" * 100_000 + ", convicted)"]:
        with pytest.raises(errors.CaseFileError, match="at most 100,000 are accepted"):
            kb.ask("may_review(v1, P)", Case.from_facts([text]))
    assert follow_up_holds(kb, ordinary_case)


def test_very_long_names_and_numbers_below_the_length_limit(kb):
    for text in [
        "participant('" + "Қ" * 90_000 + "', convicted)",
        "participant(" + "9" * 90_000 + ", convicted)",
        "entered_into_force(v1, " + "9" * 90_000 + "-01-01)",
    ]:
        with pytest.raises(errors.CaseFileError) as info:
            kb.ask("may_review(v1, P)", Case.from_facts([text]))
        assert len(info.value.one_line()) < 5_000


def test_too_many_facts_are_refused(tmp_path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps({"facts": [f"participant(p{i}, convicted)" for i in range(MAX_FACTS + 1)]}))
    with pytest.raises(errors.CaseFileError, match="at most 20,000 are accepted"):
        Case.from_file(path)
    path = tmp_path / "many.yaml"
    path.write_text("facts:\n" + "".join(f"  - participant(p{i}, convicted)\n" for i in range(MAX_FACTS + 1)))
    with pytest.raises(errors.CaseFileError, match="at most 20,000 are accepted"):
        Case.from_file(path)


@pytest.mark.parametrize(
    "suffix,text",
    [
        (".json", '{"facts": ' + "[" * 100_000 + "]" * 100_000 + "}"),
        (".json", '{"facts": ' + '{"a": ' * 100_000 + "1" + "}" * 100_000 + "}"),
        (".yaml", "facts: " + "[" * 100_000 + "]" * 100_000),
        (".yaml", "facts: " + "{a: " * 100_000 + "1" + "}" * 100_000),
        (".yaml", "facts:\n" + "".join(" " * i + "-\n" for i in range(1, 2_000)) + " " * 2_000 + "x\n"),
    ],
)
def test_nesting_bombs_are_refused(tmp_path, suffix, text):
    path = tmp_path / f"bomb{suffix}"
    path.write_text(text)
    with pytest.raises(errors.CaseFileError, match=r"nested too deeply|nesting depth"):
        Case.from_file(path)


def test_billion_laughs_is_refused_before_it_is_expanded(tmp_path):
    lines = ['title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 30):
        lines.append(f"t{i}: &a{i} [" + ",".join([f"*a{i - 1}" if i > 1 else "*a"] * 10) + "]")
    path = tmp_path / "lol.yaml"
    path.write_text("\n".join(lines) + "\nfacts: []\n")
    tracemalloc.start()
    try:
        with pytest.raises(errors.CaseFileError, match="anchors and aliases"):
            Case.from_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000


def test_a_50_mb_case_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    line = b"  - participant('\xd2\x9a\xd0\xb0\xd0\xb9\xd1\x80\xd0\xb0\xd1\x82', convicted)\n"
    with path.open("wb") as out:
        out.write(b"facts:\n")
        block = line * 10_000
        while out.tell() < 50 * 1024 * 1024:
            out.write(block)
    assert path.stat().st_size > 50 * 1024 * 1024 > MAX_CASE_FILE_BYTES
    tracemalloc.start()
    try:
        with pytest.raises(errors.CaseFileError, match=r"bytes; at most 10,485,760 are accepted"):
            Case.from_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, f"reading the refused file took {peak:,} bytes"
    line = assert_one_line_error(run_cli("ask", "may_review(v1, P)", "--case", str(path)))
    assert "huge.yaml" in line and "at most 10,485,760" in line


def test_a_directory_or_missing_file_is_a_case_file_error(tmp_path):
    with pytest.raises(errors.CaseFileError, match="not a file"):
        Case.from_file(tmp_path)
    with pytest.raises(errors.CaseFileError, match="cannot read"):
        Case.from_file(tmp_path / "missing.yaml")


def test_nul_and_unpaired_surrogates_from_the_api(kb, ordinary_case):
    for text in ["participant('\x00', convicted)", "participant('\ud800', convicted)"]:
        with pytest.raises(errors.CaseFileError):
            kb.ask("may_review(v1, P)", Case.from_facts([text]))
    assert follow_up_holds(kb, ordinary_case)


# --- hostile questions -------------------------------------------------------------------

HOSTILE_QUESTIONS = [
    ("may_review(v1, P", errors.QuerySyntaxError),
    ("may_review(v1, P). halt.", errors.QuerySyntaxError),
    ("may_review(v1, P).\n:- initialization(halt).", errors.QuerySyntaxError),
    ("", errors.QuerySyntaxError),
    ("   \n\t", errors.QuerySyntaxError),
    ("may_review(v1, 'Қайрат", errors.QuerySyntaxError),
    ("may_review(v1, P % ) , halt", errors.QuerySyntaxError),  # a trailing comment is a comment (U10)
    ("may_review(v1, P) :- halt", errors.UnknownQuestion),
    ("halt", errors.UnknownQuestion),
    ("halt(7)", errors.UnknownQuestion),
    ("shell('ls')", errors.UnknownQuestion),
    ("may_review(v1, P), halt", errors.UnknownQuestion),
    ("may_review(v1, P) ; halt(7)", errors.UnknownQuestion),
    ("\\+ may_review(v1, P)", errors.UnknownQuestion),
    ("call(may_review(v1, P))", errors.UnknownQuestion),
    ("call(halt)", errors.UnknownQuestion),
    ("call(G)", errors.UnknownQuestion),
    ("assertz(may_review(v1, x))", errors.UnknownQuestion),
    ("asserta((may_review(_, _) :- true))", errors.UnknownQuestion),
    ("retractall(case_facts:participant(_, _))", errors.UnknownQuestion),
    ("(assertz(participant(x, convicted)), may_review(v1, x))", errors.UnknownQuestion),
    ("findall(P, may_review(v1, P), L)", errors.UnknownQuestion),
    ("json_api:ask_json(R, O)", errors.UnknownQuestion),
    ("cassation:may_review(v1, P)", errors.UnknownQuestion),
    ("p(X) :- p(X)", errors.UnknownQuestion),  # infinitely recursive
    ("loop", errors.UnknownQuestion),
    ("between(1, inf, X)", errors.UnknownQuestion),  # infinite
    ("length(L, N)", errors.UnknownQuestion),  # infinitely branching
    ("(member(X, [a,b]), member(Y, [a,b]), fail)", errors.UnknownQuestion),
    ("forall(repeat, true)", errors.UnknownQuestion),
    ("set_prolog_flag(debug_on_error, true)", errors.UnknownQuestion),
    ("X", errors.UnknownQuestion),
    ("42", errors.UnknownQuestion),
    ('"may_review(v1, P)"', errors.UnknownQuestion),
    ("may_review(v1)", errors.UnknownQuestion),
    ("may_review(v1, P, Q)", errors.UnknownQuestion),
    ("may_review(f(x), P)", errors.UnknownQuestion),
    ("may_review(v1, call(halt))", errors.UnknownQuestion),
    ("may_review(v1, [a, b])", errors.UnknownQuestion),
    ("may_review(v1, 1.5)", errors.UnknownQuestion),
    ("may_review(X, X) :- may_review(X, X)", errors.UnknownQuestion),
    ("may_review(v1, " + "f(" * 20_000 + "x" + ")" * 20_000 + ")", errors.UnknownQuestion),
    ("may_review(v1, " + "[" * 40_000 + "]" * 40_000 + ")", errors.UnknownQuestion),
    ("may_review(v1, '" + "x" * 100_000 + "')", errors.QuerySyntaxError),  # 100 kB
    ("may_review(v1, P)" + " " * 100_000, errors.QuerySyntaxError),
    ("may_review(v1, P" + ", P" * 50_000 + ")", errors.QuerySyntaxError),
    ("may_review(v1, \x00)", errors.QuerySyntaxError),
]


@pytest.mark.parametrize("question,error", HOSTILE_QUESTIONS, ids=[f"q{i:02d}" for i in range(len(HOSTILE_QUESTIONS))])
def test_hostile_questions(kb, ordinary_case, question, error):
    before = clause_counts()
    with pytest.raises(error) as info:
        kb.ask(question, ordinary_case)
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    assert "\n" not in info.value.one_line() and len(info.value.one_line()) < 5_000
    assert clause_counts() == before
    assert follow_up_holds(kb, ordinary_case)


def test_query_syntax_error_has_a_column(kb):
    with pytest.raises(errors.QuerySyntaxError) as info:
        kb.ask("may_review(v1, P", Case())
    assert isinstance(info.value.column, int)


def test_hostile_question_in_the_cli():
    for question in ["call(halt)", "assertz(may_review(v1, x))", "p(X) :- p(X)", "may_review(v1, P"]:
        assert_one_line_error(run_cli("ask", question, "--case", str(ORDINARY)))


# --- bounds -------------------------------------------------------------------------------


def test_the_stack_limit_is_set_at_start_up(kb):
    engine = PrologEngine.instance()
    expected = DEFAULT_STACK_LIMIT if not os.environ.get("CASSATION_STACK_LIMIT") else engine.stack_limit
    assert engine.flag("stack_limit") == expected == engine.stack_limit
    assert engine.flag("debug_on_error") == "false"


def test_running_out_of_stack_is_a_resource_limit_and_the_next_ask_works():
    run = run_python(
        """
        from pyswip_bridge import KnowledgeBase, Case, Limits, ResourceLimit
        from pyswip_bridge.bridge.engine import PrologEngine
        kb = KnowledgeBase()
        assert PrologEngine.instance().flag("stack_limit") == 8 * 1024 * 1024
        facts = ["judicial_act(v1, decision, appellate)", "entered_into_force(v1, 2020-01-01)",
                 "appellate_review_of(v1, v0)"]
        for i in range(6000):
            facts += [f"participant(p{i}, convicted)", f"appeal(a{i}, p{i}, v0)"]
        try:
            kb.ask("may_review(v1, P)", Case.from_facts(facts), limits=Limits(60, 10**10))
        except ResourceLimit as exc:
            print("ResourceLimit:", exc)
        print(kb.ask("reviewable_in_cassation(v1)", Case.from_facts(facts[:2])).holds)
    """,
        env={"CASSATION_STACK_LIMIT": "8M"},
    )
    assert run.code == 0, run.err
    assert run.out.splitlines()[-2].startswith("ResourceLimit: ")
    assert run.out.splitlines()[-1] == "True"


@pytest.mark.parametrize(
    "variable,value", [("CASSATION_STACK_LIMIT", "lots"), ("CASSATION_STACK_LIMIT", "1K"), ("CASSATION_C_STACK", "-5")]
)
def test_a_malformed_limit_variable_is_one_line_and_exit_2(variable, value):
    line = assert_one_line_error(run_cli("ask", "may_review(v1, P)", "--case", str(ORDINARY), env={variable: value}))
    assert variable in line


def test_inference_limit_and_time_limit_leave_the_database_unchanged(kb, ordinary_case):
    before = clause_counts()
    with pytest.raises(errors.ResourceLimit):
        kb.ask("may_review(v1, P)", ordinary_case, limits=Limits(seconds=10, inferences=200))
    facts = [
        "judicial_act(v1, decision, appellate)",
        "entered_into_force(v1, 2020-01-01)",
        "appellate_review_of(v1, v0)",
    ]
    for i in range(3000):
        facts += [f"participant(p{i}, convicted)", f"appeal(a{i}, p{i}, v0)"]
    with pytest.raises(errors.QueryTimeout):
        kb.ask("may_review(v1, P)", Case.from_facts(facts), limits=Limits(seconds=0.05, inferences=10**10))
    assert clause_counts() == before
    assert follow_up_holds(kb, ordinary_case)


AUTOLOAD_PROBE = """
    import json, sys
    from pathlib import Path
    import yaml
    from pyswip_bridge import KnowledgeBase, Case, Limits, EngineError, CassationError
    from pyswip_bridge.bridge.engine import PrologEngine
    from pyswip_bridge.workbench.scenarios import load_scenarios
    kb = KnowledgeBase()
    engine = PrologEngine.instance()
    if sys.argv[1:] == ["off"]:
        # Switching autoloading off first loads what loaded libraries declare with autoload/2.
        engine._thread.run(lambda: engine._run("set_prolog_flag(autoload, false)"))
    before = set(engine.call_json("loaded_files_json"))
    internal = []
    def ask(question, case, **options):
        try:
            kb.ask(question, case, **options)
        except EngineError as exc:
            internal.append(f"{question}: {exc}")
        except CassationError:
            pass
    for scenario in load_scenarios():
        for q in scenario.questions:
            ask(q.ask, scenario.case, readings=q.readings)
            ask(q.ask, scenario.case, readings=q.readings, limits=Limits(10, 300))
    hostile = Path("tests/hostile")
    ordinary = Case.from_file("queries/p1_counsel_appeal.yaml")
    for name in yaml.safe_load((hostile / "manifest.yaml").read_text(encoding="utf-8")):
        try:
            ask("may_review(v1, P)", Case.from_file(hostile / name))
        except CassationError:
            pass
    for question in ["may_review(v1, P", "halt", "may_review(f(x), P)", "", "X", "p(X) :- p(X)"]:
        ask(question, ordinary)
    ask("may_review(v1, P)", ordinary, limits=Limits(0.0001, 10**9))
    ask("may_review(v1, P)", ordinary, readings={"p3_took_no_part_earlier": "nonsense"})
    kb.vocabulary(); kb.norms(); kb.questions()
    after = set(engine.call_json("loaded_files_json"))
    print(json.dumps({"new": sorted(after - before), "internal": internal}))
"""


@pytest.mark.parametrize("autoload", ["on", "off"])
def test_no_library_is_autoloaded_while_answering(autoload):
    """Every library the KB uses is loaded at start-up: asks load no file, and work with autoloading off."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(AUTOLOAD_PROBE), autoload],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["new"] == [], f"autoloaded while answering: {report['new']}"
    assert report["internal"] == [], report["internal"][:5]
