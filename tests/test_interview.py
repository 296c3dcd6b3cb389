"""The guided interview (`cassation interview`, :class:`Interview`) end to end on worked scenarios.

Each scenario's case is cut short (its last facts left out); the interview then asks about what is
missing, and a person who knows the whole case answers: yes for a fact of the scenario, no for any
other, the value of the scenario's fact for a "which ...?" question, none when the scenario has no
such fact.  The interview must end with the scenario's expected answer, through Python and through
the command line by stdin, and the saved case must give the same answer again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pyswip_bridge import Case
from pyswip_bridge.bridge.case import Fact
from pyswip_bridge.errors import ReplyError
from pyswip_bridge.workbench.interview import Interview
from pyswip_bridge.workbench.scenarios import load_scenario

ROOT = Path(__file__).resolve().parent.parent

#: Scenario, how many of its facts the interview starts from, the question asked (its first).
CASES = [
    ("p1_counsel_appeal", 8),
    ("p12_serious_illness_suspended", 11),
    ("p11_jury_acquitted_own_petition", 12),
    ("p2_minor_gravity", 3),
    ("p10_victim_denied_debates", 12),
    ("p16_custody_counsel_present", 6),
]


def split_fact(text: str) -> tuple[str, list[str]]:
    """A fact's name and argument texts (top-level commas; quotes and brackets respected)."""
    name, _, rest = text.strip().partition("(")
    args: list[str] = []
    depth, current, quoted = 0, "", False
    for ch in rest.rstrip()[:-1]:
        if ch == "'":
            quoted = not quoted
        if not quoted and ch in "([":
            depth += 1
        if not quoted and ch in ")]":
            depth -= 1
        if ch == "," and depth == 0 and not quoted:
            args.append(current.strip())
            current = ""
        else:
            current += ch
    args.append(current.strip())
    return name.strip(), args


def knows(shape: str, facts: list[str]) -> str:
    """The reply of a person who knows the whole case (``facts``) to the question on ``shape``."""
    name, wanted = split_fact(shape)
    for fact in facts:
        other, args = split_fact(fact)
        if other == name and len(args) == len(wanted) and all(w in ("_", a) for w, a in zip(wanted, args)):
            if wanted.count("_") > 1:  # "which is so?": the fact itself is one of the choices
                return fact
            return args[wanted.index("_")] if "_" in wanted else "yes"
    return "none" if "_" in wanted else "no"


def start(name: str, keep: int) -> tuple[Case, list[str], str, bool]:
    scenario = load_scenario(ROOT / "queries" / f"{name}.yaml")
    facts = [f.text for f in scenario.case.facts]
    question = scenario.questions[0]
    return Case([Fact(t) for t in facts[:keep]], dict(scenario.case.readings)), facts, question.ask, question.holds


def interview_by_python(kb, name: str, keep: int) -> tuple[Interview, list[str]]:
    case, facts, question, _ = start(name, keep)
    interview = Interview(kb, question, case)
    replies = []
    while (asked := interview.next_question()) is not None:
        reply = knows(asked.fact, facts)
        replies.append(reply)
        interview.answer(reply)
    return interview, replies


@pytest.mark.parametrize(("name", "keep"), CASES)
def test_the_interview_reaches_the_scenarios_answer(kb, name, keep):
    interview, replies = interview_by_python(kb, name, keep)
    _, _facts, _question, holds = start(name, keep)
    assert replies, "the cut-short case must leave something to ask"
    assert interview.decided
    assert interview.value == ("true" if holds else "false")
    assert interview.result.holds is holds
    assert interview.next_question() is None
    asked = [q.fact for q, _ in interview.history]
    assert len(asked) == len(set(asked)), "a fact is asked once"


@pytest.mark.parametrize(("name", "keep"), CASES)
def test_the_interview_by_stdin_and_the_saved_case(kb, cli, tmp_path, name, keep):
    _case, facts, question, holds = start(name, keep)
    _, replies = interview_by_python(kb, name, keep)
    start_file = tmp_path / "start.yaml"
    start_file.write_text("facts:\n" + "".join(f"  - {f}\n" for f in facts[:keep]), encoding="utf-8")
    saved = tmp_path / "saved.yaml"
    run = cli(
        "interview", question, "--case", str(start_file), "--save", str(saved), stdin="".join(r + "\n" for r in replies)
    )
    assert run.code == 0, run.err
    verdict = "yes" if holds else "no"
    assert (
        f"Decided after {len(replies)} question{'s' if len(replies) != 1 else ''}: the answer is {verdict}." in run.out
    )
    assert f"Q{len(replies)}." in run.out and f"Q{len(replies) + 1}." not in run.out
    again = kb.ask(question, Case.from_file(saved), open_world=True)
    assert again.holds is holds
    assert again.open_world.value == ("true" if holds else "false")
    asked = cli("ask", question, "--case", str(saved), "--open")
    assert asked.code == 0, asked.err
    assert f"Open world: {'true' if holds else 'false'}" in asked.out


def test_dont_know_leaves_it_undecided_and_says_what_would_decide_it(kb, cli, tmp_path):
    """The person does not know how the court of appeal decided a1 (the scenario says upheld) and
    answers the rest as the scenario has it: the answer stays undecided, and the court of appeal's
    decision is what would decide it."""
    case, facts, question, _ = start("p1_counsel_appeal", 8)
    interview = Interview(kb, question, case)
    asked = interview.next_question()
    assert asked is not None and asked.fact == "appeal_outcome(a1, _)" and asked.kind == "value"
    assert [c.value for c in asked.choices] == ["upheld", "changed", "cancelled"]
    replies = ["don't know"]
    interview.answer("don't know")
    while (asked := interview.next_question()) is not None:
        replies.append(knows(asked.fact, facts))
        interview.answer(replies[-1])
    assert not interview.decided and interview.value == "unknown"
    assert [u["fact"] for u in interview.unknown_facts] == ["appeal_outcome(a1, _)"]
    assert interview.result.open_world.value == "unknown"
    assert interview.result.holds is False  # as the case stands, what is not known taken as not so
    assert "#   appeal_outcome(a1, _)" in interview.case_file_text()

    start_file = tmp_path / "start.yaml"
    start_file.write_text("facts:\n" + "".join(f"  - {f}\n" for f in facts[:8]), encoding="utf-8")
    run = cli("interview", question, "--case", str(start_file), stdin="".join(r + "\n" for r in replies))
    assert run.code == 0, run.err
    assert f"Undecided after {len(replies)} questions" in run.out
    assert "These would decide it:" in run.out
    assert "[appeal_outcome(a1, _)]" in run.out


def test_why_is_the_rule_and_paragraph(kb, cli, tmp_path):
    case, facts, question, _ = start("p1_counsel_appeal", 8)
    asked = Interview(kb, question, case).next_question()
    assert asked is not None and asked.why is not None
    assert (asked.why.rule, asked.why.paragraph) == ("p1_considered_on_appeal", 1)
    assert asked.why.text and "court of appeal" in asked.why.conclusion
    start_file = tmp_path / "start.yaml"
    start_file.write_text("facts:\n" + "".join(f"  - {f}\n" for f in facts[:8]), encoding="utf-8")
    run = cli("interview", question, "--case", str(start_file), stdin="?\n1\n")
    assert run.code == 0, run.err
    assert "rule p1_considered_on_appeal, ¶1" in run.out
    assert "+ appeal_outcome(a1, upheld)" in run.out
    assert "the answer is yes" in run.out


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ("yes", "asks which outcome"),
        ("maybe", "not a value"),
        ("4", "there are 3 choices, not 4"),
        ("overturned", "must be one of upheld, changed, cancelled"),
    ],
)
def test_bad_replies_change_nothing(kb, reply, message):
    case, _, question, _ = start("p1_counsel_appeal", 8)
    interview = Interview(kb, question, case)
    if message == "not a value":
        message = "must be one of"
    with pytest.raises(ReplyError, match=message):
        interview.answer(reply)
    assert interview.history == [] and interview.next_question() is not None
    assert len(interview.case.facts) == 8


def test_a_bad_date_and_a_yes_no_reply(kb):
    case = Case.from_facts(
        [
            "judicial_act(v1, verdict, first_instance)",
            "act_outcome(v1, conviction)",
            "participant('Қайрат', convicted)",
            "petition(pt1, 'Қайрат', v1)",
            "appeal(a1, 'Қайрат', v1)",
            "appeal_outcome(a1, upheld)",
        ]
    )
    interview = Interview(kb, "may_review(v1, 'Қайрат')", case)
    asked = interview.next_question()
    assert asked is not None
    while asked is not None and asked.type != "date":
        interview.answer("no" if asked.kind == "yes_no" else "none")
        asked = interview.next_question()
    assert asked is not None, "the date of entry into force is asked"
    with pytest.raises(ReplyError, match="must be a date written YYYY-MM-DD, not 2019-13-45"):
        interview.answer("2019-13-45")
    interview.answer("2019-05-10")
    assert "entered_into_force(v1, 2019-05-10)" in [f.text for f in interview.case.facts]


def test_a_bad_reply_in_a_script_names_its_line(cli, tmp_path):
    _, facts, question, _ = start("p1_counsel_appeal", 8)
    start_file = tmp_path / "start.yaml"
    start_file.write_text("facts:\n" + "".join(f"  - {f}\n" for f in facts[:8]), encoding="utf-8")
    run = cli("interview", question, "--case", str(start_file), stdin="?\nperhaps\n")
    assert run.code != 0
    assert "stdin line 2:" in run.err and "perhaps" in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_names_round_trip_through_the_saved_file(kb, tmp_path):
    case, facts, question, _ = start("p1_counsel_appeal", 8)
    interview = Interview(kb, question, case)
    interview.answer("1")
    saved = tmp_path / "saved.yaml"
    saved.write_text(interview.case_file_text(), encoding="utf-8")
    again = Case.from_file(saved)
    assert [f.text for f in again.facts] == [*facts[:8], "appeal_outcome(a1, upheld)"]
    assert "participant('Қайрат', convicted)" in saved.read_text(encoding="utf-8")


def test_in_a_terminal_a_bad_reply_is_asked_again(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    import os
    import sys

    _, facts, question, _ = start("p1_counsel_appeal", 8)
    start_file = tmp_path / "start.yaml"
    start_file.write_text("facts:\n" + "".join(f"  - {f}\n" for f in facts[:8]), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CASSATION_DEBUG"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "pyswip_bridge", "interview", question, "--case", str(start_file)],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        dimensions=(60, 300),
        timeout=60,
    )
    try:
        child.expect_exact("— which outcome?")
        child.expect_exact("? why] > ")
        child.sendline("yes")
        child.expect_exact("asks which outcome")
        child.expect_exact("? why] > ")
        child.sendline("why")
        child.expect_exact("rule p1_considered_on_appeal, ¶1")
        child.expect_exact("? why] > ")
        child.sendline("2")
        child.expect_exact("+ appeal_outcome(a1, changed)")
        child.expect_exact("Decided after 1 question: the answer is yes.")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_the_interview_in_russian():
    """With --lang ru the interview asks in Russian: the KB's question words, the replies it takes, its
    outcome, and "why" (почему) at the prompt; Kazakh names stay as written."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "pyswip_bridge", "--lang", "ru", "interview", "may_review(v1, 'Қайрат')"],
        input="почему\nнет\nне знаю\nq\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert run.returncode == 0, run.stderr
    assert "Вопрос: may_review(v1, 'Қайрат')" in run.stdout
    assert "Q1. исход акта v1 по обвинению: … — какое значение «исход»?" in run.stdout
    assert "     1. осуждение" in run.stdout and "[1-4 или значение / никто / не знаю; ? почему]" in run.stdout
    assert "Не решено (вопросов:" in run.stdout or "Решено (вопросов:" in run.stdout
    assert "Which" not in run.stdout and "Is it so" not in run.stdout


def test_a_fact_of_several_values_is_asked_as_which_is_so(kb):
    """An act has one kind and one instance: the interview asks which of their combinations v1 is, each
    a sentence, and a choice's number records that fact (not "v1 is a … rendered by the cassation court —
    which kind?", which would presume the instance)."""
    interview = Interview(kb, "reviewable_in_cassation(v1)", Case([]))
    while (asked := interview.next_question()) is not None and asked.fact != "judicial_act(v1, _, _)":
        assert not asked.fact.startswith("judicial_act(v1, _, ") and not asked.fact.endswith(", cassation)")
        interview.answer("no")
    assert asked is not None and asked.kind == "value"
    assert asked.text.endswith("— which is so?") and asked.type == "fact"
    assert [c.text for c in asked.choices][:2] == [
        "v1 is a verdict rendered by a court of first instance",
        "v1 is a verdict rendered by the court of appeal",
    ]
    recorded = interview.answer("1")
    assert "judicial_act(v1, verdict, first_instance)" in str(recorded)
    again = Interview(kb, "reviewable_in_cassation(v1)", Case([]))
    while (asked := again.next_question()) is not None and asked.fact != "judicial_act(v1, _, _)":
        again.answer("no")
    with pytest.raises(ReplyError, match="there are 9 choices, not 10"):
        again.answer("10")
    with pytest.raises(ReplyError, match="which is so"):
        again.answer("yes")


def test_reply_errors_in_russian():
    """A reply that does not fit the question is refused in the interview's language, naming the line."""
    import subprocess
    import sys

    def run(lang: str, replies: str, question: str = "reviewable_in_cassation(v1)") -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "pyswip_bridge", "--lang", lang, "interview", question],
            input=replies,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
        assert proc.returncode != 0
        return proc.stderr.strip()

    # reviewable_in_cassation(v1) on an empty case asks v1's category (a value), then which kind and
    # instance v1 is (a choice of 9), then the date it entered into force.
    assert run("ru", "нет\nда\n") == (
        "ошибка: строка ввода 2: в этом вопросе нужно выбрать, что верно: 1-9 или значение / никто / не знаю, а не 'да'"
    )
    assert run("ru", "нет\n12\n") == "ошибка: строка ввода 2: вариантов 9, а не 12"
    assert run("ru", "1\n", "suspension_justified(v1)") == (
        "ошибка: строка ввода 1: ответьте да, нет или не знаю, а не '1'"
    )
    assert run("ru", "нет\n1\nда\n") == (
        "ошибка: строка ввода 3: в этом вопросе нужно указать «дата»: дата ГГГГ-ММ-ДД / никто / не знаю, а не 'да'"
    )
    assert run("en", "no\n1\nyes\n") == (
        "error: stdin line 3: this question asks which date: give a date YYYY-MM-DD / none / don't know, not 'yes'"
    )
