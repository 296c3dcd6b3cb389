"""The bridge: isolation between asks, Unicode round trips, limits, the JSON contract."""

from __future__ import annotations

import json

import pytest

from pyswip_bridge import Case, Limits, QueryTimeout, ResourceLimit
from pyswip_bridge.workbench.scenarios import load_scenarios

APPELLATE = ["judicial_act(v1, decision, appellate)", "entered_into_force(v1, 2020-01-01)"]


def test_facts_of_one_ask_are_invisible_to_the_next(kb):
    assert kb.ask("reviewable_in_cassation(v1)", Case.from_facts(APPELLATE)).holds
    assert not kb.ask("reviewable_in_cassation(v1)", Case()).holds
    assert kb.ask("reviewable_in_cassation(v1)", Case.from_facts(APPELLATE)).holds


def test_readings_of_one_ask_do_not_leak(kb):
    scenario = next(s for s in load_scenarios() if s.name == "p3_took_no_part_earlier")
    q = "may_review(v1, 'Мадина')"
    assert kb.ask(q, scenario.case).holds
    assert not kb.ask(q, scenario.case, readings={"p3_took_no_part_earlier": "standing_only"}).holds
    assert kb.ask(q, scenario.case).holds


KAZAKH = [
    "Қайрат",
    "Әлия",
    "Ғалым",
    "Үміт",
    "Ұлан",
    "Өмір",
    "Һ-ші",
    "Ісләм",
    "д'Артаньян",
    "back\\slash",
    'quote"d',
    "it's",
    "Ёлка ёж",
    "日本",
    "emoji😀",
]


@pytest.mark.parametrize("name", KAZAKH)
def test_names_round_trip_byte_exact(kb, name):
    quoted = "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'"
    case = Case.from_facts(
        [*APPELLATE, f"participant({quoted}, convicted)", "appellate_review_of(v1, v0)", f"appeal(a1, {quoted}, v0)"]
    )
    result = kb.ask("entitled_participant(P, v1, S)", case)
    assert result.holds
    proof_goals = [n.goal for n in result.answers[0].proof.walk()]
    assert any(quoted in g or name in g for g in proof_goals)
    # The given fact in the proof reads back, in Prolog, as the same name:
    assert json.loads(result.to_json())["answers"][0]["bindings"]["P"] in (quoted, name)


def test_inference_limit_is_a_typed_error_and_the_next_ask_works(kb):
    scenario = next(s for s in load_scenarios() if s.name == "p1_counsel_appeal")
    with pytest.raises(ResourceLimit):
        kb.ask("may_review(v1, P)", scenario.case, limits=Limits(seconds=10, inferences=50))
    assert kb.ask("may_review(v1, 'Қайрат')", scenario.case).holds


def test_time_limit_is_a_typed_error_and_the_next_ask_works(kb):
    facts = [*APPELLATE]
    for i in range(3000):
        facts += [f"participant(p{i}, convicted)", f"appeal(a{i}, p{i}, v0)"]
    facts.append("appellate_review_of(v1, v0)")
    with pytest.raises(QueryTimeout):
        kb.ask("may_review(v1, P)", Case.from_facts(facts), limits=Limits(seconds=0.05, inferences=10**10))
    assert kb.ask("reviewable_in_cassation(v1)", Case.from_facts(APPELLATE)).holds


NODE_KEYS = {"goal", "status", "rule", "source", "children"}


def check_node(node: dict) -> None:
    assert set(node) >= NODE_KEYS, node
    assert isinstance(node["goal"], str)
    assert node["status"] in {"proved", "given", "assumed_absent", "builtin"}
    if node["status"] == "proved":
        assert isinstance(node["rule"], str)
        src = node["source"]
        assert isinstance(src["paragraph"], int) and isinstance(src["text"], str)
        assert all(isinstance(a, str) for a in src["articles"])
    else:
        assert node["rule"] is None
    for child in node["children"]:
        check_node(child)


def test_every_scenario_answer_follows_the_json_contract(kb):
    for scenario in load_scenarios():
        for q in scenario.questions:
            data = json.loads(kb.ask(q.ask, scenario.case, readings=q.readings).to_json())
            assert {"question", "holds", "answers", "why_not", "assumptions"} <= set(data)
            assert isinstance(data["question"], str) and isinstance(data["holds"], bool)
            assert data["holds"] == bool(data["answers"])
            for answer in data["answers"]:
                assert all(isinstance(k, str) and isinstance(v, str) for k, v in answer["bindings"].items())
                check_node(answer["proof"])
            for failure in data["why_not"]:
                assert {"rule", "source", "satisfied", "failed"} <= set(failure)
                assert failure["failed"]["kind"] in {"missing_fact", "blocked", "condition_false", "unproved"}


def test_assumptions_are_phrased_as_absent_facts(kb):
    scenario = next(s for s in load_scenarios() if s.name == "p1_counsel_appeal")
    result = kb.ask("may_review(v1, 'Қайрат')", scenario.case)
    assert "no fact appeal_withdrawn(a1) was given" in [a.fact_text for a in result.assumptions]
    assert "the case does not say that the appeal a1 was withdrawn in the procedure established by law" in [
        a.text for a in result.assumptions
    ]


def test_why_not_names_the_blocking_fact(kb):
    scenario = next(s for s in load_scenarios() if s.name == "p1_withdrawn_appeal")
    result = kb.ask("may_review(v1, ivanov)", scenario.case)
    assert not result.holds
    text = json.dumps(result.raw)
    assert "appeal_withdrawn(a1)" in text


def test_malformed_limit_variable_is_a_one_line_error_not_a_traceback(cli, monkeypatch):
    """Regression: a malformed CASSATION_TIME_LIMIT raised ValueError at import."""
    monkeypatch.setenv("CASSATION_TIME_LIMIT", "ten seconds")
    run = cli("ask", "reviewable_in_cassation(v1)")
    assert run.code == 2 and run.err.strip() == "error: CASSATION_TIME_LIMIT='ten seconds' is not a positive float"


def test_unpaired_surrogate_in_a_question_is_a_query_error(kb):
    """Regression: it was reported as a case-file error."""
    from pyswip_bridge import QuerySyntaxError

    with pytest.raises(QuerySyntaxError):
        kb.ask("may_review(v1, '\ud800')")


def _answer_bytes_through_json_facts(kb, request: dict) -> bytes:
    """The answer to ``request`` when its facts travel in the JSON request (``ask_json/2``)."""
    from pyswip_bridge.bridge.engine import request_bytes

    engine = kb._engine  # the test calls the entry both ways; no user text becomes a goal
    payload = request_bytes(request)
    with engine._lock:
        return engine._thread.run(lambda: engine._call_entry("ask_json", payload, None))


@pytest.mark.parametrize("name", ["p1_counsel_appeal", "p1_withdrawn_appeal", "fid_q7_withdrawn_requests"])
def test_case_text_gives_the_same_answer_as_json_facts(kb, name):
    """The bridge sends the facts as one case text (ask_json/3); the answer is byte for byte the
    one the same facts get inside the JSON request (ask_json/2)."""
    scenario = next(s for s in load_scenarios() if s.name == name)
    for question in scenario.questions[:3]:
        request = kb.request(question.ask, scenario.case)
        _, via_case_text = kb.answer_with_text(request)
        assert via_case_text == _answer_bytes_through_json_facts(kb, request)


def test_fact_with_a_separator_travels_as_json(kb):
    """A fact or place holding U+0000 or U+0001 cannot go into the case text: it is sent in the JSON
    request and gets the same error as any bad fact, naming its place."""
    from pyswip_bridge.bridge.case import Fact
    from pyswip_bridge.bridge.engine import case_text
    from pyswip_bridge.errors import CaseFileError

    assert (
        case_text([{"text": "participant(x, convicted)", "where": "c.yaml:1"}])
        == b"c.yaml:1\x01participant(x, convicted)"
    )
    assert case_text([{"text": "participant(x\x01, convicted)", "where": None}]) is None
    assert case_text([{"text": "participant(x, convicted)", "where": "a\x00b"}]) is None
    quoted = kb.ask("may_review(v1, P)", Case(facts=[Fact("participant('x\x01', convicted)", "c.yaml:3")]))
    assert not quoted.holds
    with pytest.raises(CaseFileError) as info:
        kb.ask("may_review(v1, P)", Case(facts=[Fact("participant(x\x01, convicted)", "c.yaml:4")]))
    assert "c.yaml:4" in str(info.value)


def test_answers_are_decoded_on_first_access(kb):
    """KnowledgeBase.ask decodes the proofs, why-not, assumptions and repairs of an answer only when a
    program first reads them; what it then reads is what an eager decoding gives."""
    from pyswip_bridge.results import Answer, Failure

    scenario = next(s for s in load_scenarios() if s.name == "p1_withdrawn_appeal")
    yes = kb.ask("may_review(v1, prosecutor_general)", scenario.case)
    no = kb.ask("may_review(v1, ivanov)", scenario.case, repairs=(2, 50))
    for result in (yes, no):
        assert not {"answers", "why_not", "assumptions", "repairs"} & set(vars(result))
    assert yes.holds and yes.verdict is not None and yes.verdict.line.startswith("Yes")
    assert yes.answers == [Answer.from_json(a) for a in yes.raw["answers"]]
    assert "answers" in vars(yes)
    assert no.why_not == [Failure.from_json(f) for f in no.raw["why_not"]]
    assert no.repairs and no.repairs[0].changes
    with pytest.raises(AttributeError):
        no.no_such_field  # noqa: B018


def test_the_catalogue_is_listed_once_and_each_caller_gets_its_own_copy(kb):
    """The norms, vocabulary and questions depend only on the KB: listed once per process (the norms
    take about a second), every call returns a fresh copy that its caller may change."""
    first = kb.norms()
    first["rules"].clear()
    again = kb.norms()
    assert again["rules"] and again == kb.norms()
    assert kb.vocabulary() == kb.vocabulary() and kb.questions() is not kb.questions()
