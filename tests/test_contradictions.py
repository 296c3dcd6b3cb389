"""Facts that contradict each other are refused, with both places named.

``kb/law/consistency.pl`` declares pairs of fact patterns that cannot both be true (a withdrawn appeal
that the court of appeal decided, a person who appealed yet took no part earlier, one act with two
dates of entry into force...).  A case stating both is refused before any question is answered:
the CLI exits with code 2 and one line naming both places and both facts, the Python API raises
:class:`ContradictionError` with the two places, the REPL refuses the fact, ``load_case/1`` in plain
swipl throws (see ``kb/tests/test_inputs.plt``).

:data:`CASES` has one case for every declaration (a test checks that none is missing); the
declarations, with their reasons, are read from the KB itself.  A case whose facts the vocabulary
of this KB does not declare yet (``appeal_outcome/2``, ``appeal_returned/1``) is checked in Prolog
directly, and through the API once the vocabulary declares them.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
import yaml

from pyswip_bridge import Case, CaseFileError, ContradictionError, UserError
from pyswip_bridge.bridge.case import Fact
from pyswip_bridge.cli.repl import Session

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "may_review(v1, P)"

#: A case for each declared contradiction: its facts, the two that contradict each other marked "!".
CASES: dict[str, list[str]] = {
    "withdrawn_appeal_decided": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "appeal(a1, ivanov, v1)",
        "!appeal_withdrawn(a1)",
        "!appeal_outcome(a1, upheld)",
    ],
    "returned_appeal_decided": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "appeal(a1, ivanov, v1)",
        "!appeal_outcome(a1, changed)",
        "!appeal_returned(a1)",
    ],
    "appellant_took_no_part": [
        "judicial_act(v1, verdict, first_instance)",
        "!appeal(a1, ivanov, v1)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "!took_no_part_earlier(ivanov)",
    ],
    "affected_person_is_participant": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "!participant('Мадина', victim)",
        "!rights_affected('Мадина', v1, mortgagor)",
    ],
    "act_kind_or_instance": [
        "!judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "!judicial_act(v1, decision, appellate)",
    ],
    "act_outcome": [
        "judicial_act(v1, verdict, first_instance)",
        "!act_outcome(v1, conviction)",
        "entered_into_force(v1, 2019-05-10)",
        "!act_outcome(v1, acquittal)",
    ],
    "entry_into_force_date": [
        "judicial_act(v1, verdict, first_instance)",
        "!entered_into_force(v1, 2019-05-10)",
        "!entered_into_force(v1, 2019-05-11)",
    ],
    "filing_date": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "petition(pt1, ivanov, v1)",
        "!filed_on(pt1, 2019-06-03)",
        "!filed_on(pt1, 2019-07-01)",
    ],
    "petition_is_protest": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "!petition(r1, ivanov, v1)",
        "!protest(r1, v1)",
    ],
    "petition_is_submission": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "!submission(r1, v1)",
        "!petition(r1, ivanov, v1)",
    ],
    "one_appeal_two_appellants_or_acts": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "participant(dias, victim)",
        "!appeal(a1, ivanov, v1)",
        "!appeal(a1, dias, v1)",
    ],
    "appeal_outcome": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "appeal(a1, ivanov, v1)",
        "!appeal_outcome(a1, upheld)",
        "!appeal_outcome(a1, cancelled)",
    ],
    "one_petition_two_authors_or_acts": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "participant(ivanov, convicted)",
        "participant(dias, victim)",
        "!petition(pt1, ivanov, v1)",
        "!petition(pt1, dias, v1)",
    ],
    "one_protest_two_acts": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "judicial_act(v2, verdict, first_instance)",
        "!protest(pr1, v1)",
        "!protest(pr1, v2)",
    ],
    "protest_is_submission": [
        "judicial_act(v1, verdict, first_instance)",
        "entered_into_force(v1, 2019-05-10)",
        "!protest(r1, v1)",
        "!submission(r1, v1)",
    ],
}


def facts_of(case: list[str]) -> list[str]:
    return [f.lstrip("!") for f in case]


def marked(case: list[str]) -> tuple[int, int]:
    """The 0-based positions of the two contradicting facts."""
    first, second = [i for i, f in enumerate(case) if f.startswith("!")]
    return first, second


def swipl(goal: str) -> str:
    proc = subprocess.run(
        [
            "swipl",
            "-q",
            "-g",
            "use_module(library(http/json))",
            "-g",
            goal,
            "-t",
            "halt(2)",
            str(ROOT / "kb" / "cassation.pl"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def declarations() -> dict[str, dict]:
    """Every declared contradiction: id → its reason and source, as the KB declares it."""
    out = swipl(
        "forall(consistency:contradiction(Id, A, B, _, Reason, source(Ps, As)),"
        " ( term_string(A, SA), term_string(B, SB),"
        "   json_write_dict(current_output, _{id:Id, a:SA, b:SB, reason:Reason, paragraphs:Ps,"
        "                                     articles:As}, [width(0)]), nl )), halt"
    )
    rows = [json.loads(line) for line in out.splitlines()]
    return {row["id"]: row for row in rows}


@pytest.fixture(scope="module")
def vocabulary(kb) -> set[str]:
    return {fact["name"] for fact in kb.vocabulary()["facts"]}


def write_case(tmp_path: Path, facts: list[str], name: str = "case.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"facts": facts}, allow_unicode=True), encoding="utf-8")
    return path


def expected_line_start(path: str, case: list[str], reason: str) -> str:
    facts = facts_of(case)
    i, j = marked(case)
    return f"error: {path}:{i + 2} and {path}:{j + 2}: {facts[i]} contradicts {facts[j]}: {reason} ("


# -- every declaration has its case ----------------------------------------------------------------


def test_every_declaration_has_a_case_and_every_case_a_declaration(declarations):
    assert len(declarations) >= 10
    assert set(declarations) == set(CASES)


def test_every_declaration_cites_a_paragraph_and_an_article(declarations):
    for row in declarations.values():
        assert row["reason"] and row["articles"], row
        assert all(1 <= p <= 27 for p in row["paragraphs"]), row


def test_each_case_triggers_its_own_declaration_in_prolog(declarations):
    """In Prolog, without the vocabulary: each case is found contradictory by its own declaration, at its places."""
    cases = json.dumps({key: facts_of(case) for key, case in CASES.items()}, ensure_ascii=False)
    goal = (
        f"atom_json_dict({json.dumps(cases, ensure_ascii=False)}, D, [value_string_as(string)]), "
        "forall(get_dict(K, D, Texts), "
        "  ( findall(F-I, ( nth1(I, Texts, T), term_string(T0, T), "
        "                   catch(vocabulary:check_case_fact(T0, F), _, F = T0) ), Items), "
        "    ( consistency:case_contradiction(Items, contradiction(Id, _-PA, _-PB, M)) "
        "    -> json_write_dict(current_output, _{case:K, id:Id, places:[PA, PB], message:M}, [width(0)]) "
        "    ;  json_write_dict(current_output, _{case:K, id:null}, [width(0)]) ), nl )), halt"
    )
    found = {row["case"]: row for row in map(json.loads, swipl(goal).splitlines())}
    assert set(found) == set(CASES)
    for key, case in CASES.items():
        i, j = marked(case)
        assert found[key]["id"] == key, found[key]
        assert found[key]["places"] == [i + 1, j + 1], found[key]
        assert found[key]["message"].startswith(
            f"{facts_of(case)[i]} contradicts {facts_of(case)[j]}: {declarations[key]['reason']} (¶"
        )


@pytest.mark.parametrize("key", sorted(CASES))
def test_each_case_is_refused_by_the_cli_naming_both_places(cli, tmp_path, declarations, vocabulary, key):
    case = CASES[key]
    undeclared = sorted({f.split("(")[0] for f in facts_of(case)} - vocabulary)
    if undeclared:
        pytest.skip(f"{', '.join(undeclared)} not in this KB's vocabulary yet (checked in Prolog above)")
    path = write_case(tmp_path, facts_of(case))
    run = cli("ask", QUESTION, "--case", str(path))
    assert run.code == 2, (run.code, run.out, run.err)
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith(expected_line_start(str(path), case, declarations[key]["reason"])), lines[0]


@pytest.mark.parametrize("key", sorted(CASES))
def test_each_case_is_refused_by_the_api_with_both_places(kb, tmp_path, declarations, vocabulary, key):
    case = CASES[key]
    undeclared = sorted({f.split("(")[0] for f in facts_of(case)} - vocabulary)
    if undeclared:
        pytest.skip(f"{', '.join(undeclared)} not in this KB's vocabulary yet (checked in Prolog above)")
    path = write_case(tmp_path, facts_of(case))
    with pytest.raises(ContradictionError) as info:
        kb.ask(QUESTION, Case.from_file(path))
    i, j = marked(case)
    error = info.value
    assert isinstance(error, CaseFileError) and isinstance(error, UserError) and error.exit_code == 2
    assert error.kind == "contradiction"
    assert error.places == (f"{path}:{i + 2}", f"{path}:{j + 2}")
    assert error.where == f"{path}:{i + 2} and {path}:{j + 2}"
    assert error.facts == (facts_of(case)[i], facts_of(case)[j])
    assert declarations[key]["reason"] in str(error)
    assert "\n" not in error.one_line()


# -- what is and is not a contradiction ---------------------------------------------------------------


def test_the_example_of_the_brief(cli, tmp_path):
    path = write_case(
        tmp_path,
        [
            "judicial_act(v1, verdict, first_instance)",
            "appeal(a1, ivanov, v1)",
            "appeal_withdrawn(a1)",
            "participant(ivanov, convicted)",
            "took_no_part_earlier(ivanov)",
        ],
    )
    run = cli("ask", QUESTION, "--case", str(path))
    assert run.code == 2
    assert run.err.strip() == (
        f"error: {path}:3 and {path}:6: appeal(a1, ivanov, v1) contradicts took_no_part_earlier(ivanov): "
        "a person who appealed took part in the previous instance (¶3; CPC art. 414 part 1; CPC art. 486 part 1)"
    )


def test_the_earlier_fact_is_named_first(kb):
    with pytest.raises(ContradictionError) as info:
        kb.ask(
            QUESTION,
            Case.from_facts(
                ["took_no_part_earlier(ivanov)", "judicial_act(v1, verdict, first_instance)", "appeal(a1, ivanov, v1)"]
            ),
        )
    assert info.value.places == ("fact 1", "fact 3")
    assert info.value.facts == ("took_no_part_earlier(ivanov)", "appeal(a1, ivanov, v1)")
    assert str(info.value).startswith(
        "fact 1 and fact 3: took_no_part_earlier(ivanov) contradicts appeal(a1, ivanov, v1): "
    )


def test_places_without_where_are_fact_numbers(kb):
    with pytest.raises(ContradictionError) as info:
        kb.ask(
            QUESTION, Case([Fact("entered_into_force(v1, 2019-05-10)"), Fact("entered_into_force(v1, '2019-05-11')")])
        )
    assert info.value.where == "fact 1 and fact 2"
    assert info.value.facts == ("entered_into_force(v1, 2019-05-10)", "entered_into_force(v1, 2019-05-11)")


@pytest.mark.parametrize(
    "facts",
    [
        ["entered_into_force(v1, 2019-05-10)", "entered_into_force(v1, '2019-05-10')"],  # one fact, twice
        ["entered_into_force(v1, 2019-05-10)", "entered_into_force(v2, 2019-05-11)"],  # two acts
        ["judicial_act(v1, verdict, first_instance)", "judicial_act(v2, decision, appellate)"],
        ["appeal(a1, ivanov, v1)", "took_no_part_earlier(petrov)"],  # two persons
        ["participant(ivanov, convicted)", "participant(ivanov, victim)"],  # not declared
        ["petition(pt1, ivanov, v1)", "protest(pr1, v1)", "submission(s1, v1)"],  # three requests
        ["rights_affected(x, v1, other)", "rights_affected(x, v2, mortgagor)"],
    ],
)
def test_consistent_facts_are_accepted(kb, facts):
    kb.ask(QUESTION, Case.from_facts(["judicial_act(v1, verdict, first_instance)", *facts]), reason_anyway=True)


def test_denied_facts_are_not_checked_against_each_other(kb):
    case = Case.from_facts(
        ["judicial_act(v1, verdict, first_instance)"],
        denied=[
            "participant(x, victim)",
            "rights_affected(x, v1, other)",
            "entered_into_force(v1, 2019-05-10)",
            "entered_into_force(v1, 2019-05-11)",
        ],
    )
    result = kb.ask(QUESTION, case, open_world=True, reason_anyway=True)
    assert result.open_world is not None


def test_every_scenario_is_consistent(kb):
    """The worked scenarios of queries/ state no contradiction (a new scenario that does fails here)."""
    scenarios = sorted((ROOT / "queries").glob("*.yaml"))
    assert scenarios
    for path in scenarios:
        try:
            kb.ask(QUESTION, Case.from_file(path), reason_anyway=True)
        except ContradictionError as exc:
            pytest.fail(f"{path.name}: {exc}")
        except UserError:
            pass  # not this test's business


# -- every way in ---------------------------------------------------------------------------------------


def test_repl_refuses_a_contradicting_fact_and_keeps_the_case(kb):
    out, err = io.StringIO(), io.StringIO()
    session = Session(kb, Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml"), out=out, err=err)
    before = list(session.facts)
    appellants = [f.text.split(",")[1].strip() for f in before if f.text.startswith("appeal(")]
    assert appellants
    session.handle(f"+took_no_part_earlier({appellants[0]})")
    assert session.facts == before
    message = err.getvalue()
    assert "contradicts" in message and f"fact {len(before) + 1}" in message, message
    assert "p1_counsel_appeal.yaml:" in message


def test_what_if_names_the_added_fact(cli):
    run = cli(
        "what-if",
        "may_review(v1, P)",
        "--case",
        "queries/p1_counsel_appeal.yaml",
        "--add",
        "entered_into_force(v1, 2000-01-01)",
    )
    assert run.code == 2, run.out
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and " and --add 1: entered_into_force(v1, " in lines[0], run.err


def test_a_batch_reports_the_contradiction_of_one_case_and_goes_on(kb):
    good = Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml")
    bad = Case.from_facts(
        ["judicial_act(v1, verdict, first_instance)", "act_outcome(v1, conviction)", "act_outcome(v1, acquittal)"]
    )
    results = list(kb.ask_many(QUESTION, [good, bad, good]))
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error["type"] == "contradiction"
    assert "fact 2 and fact 3" in results[1].error["message"]


def test_a_contradiction_among_the_most_facts_a_case_may_have(kb):
    from pyswip_bridge.bridge.case import MAX_FACTS

    facts = [f"entered_into_force(v{i}, 2019-05-10)" for i in range(MAX_FACTS - 1)]
    facts.append("entered_into_force(v7, 2019-05-11)")
    with pytest.raises(ContradictionError) as info:
        kb.ask(QUESTION, Case.from_facts(facts))
    assert info.value.places == ("fact 8", f"fact {MAX_FACTS}")
    facts[-1] = "entered_into_force(v7, 2019-05-10)"
    kb.ask(QUESTION, Case.from_facts(facts))


# -- why-not: no repair makes the case contradictory -------------------------------------------------


@pytest.mark.parametrize(
    "scenario, question, readings",
    [
        ("p3_stranger", "may_review(v1, journalist_x)", {}),
        ("p1_withdrawn_appeal", "may_review(v1, ivanov)", {}),
        ("p3_took_no_part_earlier", "may_review(v1, 'Мадина')", {"p3_took_no_part_earlier": "standing_only"}),
    ],
)
def test_every_repair_is_a_consistent_case_where_the_question_holds(kb, scenario, question, readings):
    case = Case.from_file(ROOT / "queries" / f"{scenario}.yaml")
    result = kb.ask(question, case, readings=readings, repairs=(3, 300), reason_anyway=True)
    assert result.repairs
    for repair in result.repairs:
        removed = {c.fact for c in repair.changes if c.op == "remove"}
        facts = [f.text for f in case.facts if f.text not in removed]
        facts += [c.fact for c in repair.changes if c.op == "add"]
        changed = Case.from_facts(facts, readings={**case.readings, **readings})
        assert kb.ask(question, changed, reason_anyway=True).holds, repair  # no ContradictionError either
    sizes = [r.size for r in result.repairs]
    assert sizes == sorted(sizes) and max(sizes) <= 3
    sets = [frozenset((c.op, c.fact) for c in r.changes) for r in result.repairs]
    assert not any(a < b for a in sets for b in sets)


def test_a_repair_that_contradicts_a_given_fact_also_removes_it(kb):
    """Her appeal would give Мадина standing, but she is stated to have taken no part earlier: both change."""
    case = Case.from_file(ROOT / "queries" / "p3_took_no_part_earlier.yaml")
    result = kb.ask(
        "may_review(v1, 'Мадина')", case, readings={"p3_took_no_part_earlier": "standing_only"}, repairs=(3, 300)
    )
    with_appeal = [
        {(c.op, c.fact) for c in r.changes}
        for r in result.repairs
        if any(c.op == "add" and c.fact.startswith("appeal(") and "'Мадина'" in c.fact for c in r.changes)
    ]
    assert with_appeal
    assert all(("remove", "took_no_part_earlier('Мадина')") in changes for changes in with_appeal), with_appeal
