"""Error messages in Russian leave no English sentence: every file of ``tests/hostile/`` and every
hostile question of ``tests/test_hostile.py``, asked with ``lang="ru"``, gives a one-line error whose
fixed words are Russian; what it names (names, file places, Prolog terms, quoted text) stays as written.

The words a parser library writes after ``синтаксическая ошибка YAML:`` / ``JSON:`` and
``не удаётся прочитать значение YAML:`` / ``JSON:`` are PyYAML's and Python's own and are not checked.
"""

from __future__ import annotations

import re

import pytest
from test_hostile import HOSTILE, HOSTILE_QUESTIONS, MANIFEST, ORDINARY, run_cli

from pyswip_bridge import Case
from pyswip_bridge.errors import CassationError
from pyswip_bridge.i18n import message
from pyswip_bridge.i18n.messages import russian_message

#: Quoted text, file places and the library's own words after a parser's prefix.
QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|«[^»]*»")
LIBRARY = re.compile(r"(?:синтаксическая ошибка|не удаётся прочитать значение) (?:YAML|JSON): .*")
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}[.;:]?")
#: Single words that are names in Russian text too.
NAMES = {"YAML", "JSON", "NUL", "Unicode", "swipl", "UTF"}

#: Questions that are not hostile but wrong: a date that is a variable, a value the KB does not know.
BAD_QUESTIONS = [
    "act_in_force_on(v1, D)",
    "cassation_ground(v1, part_one(no_such_thing))",
    "may_review(v1, P",
    "may_revie(v1, P)",
    "may_review(v1, P, Q)",
    "may_review(v1, 'x') extra",
]


def english_left(line: str) -> list[str]:
    """Pairs of English words in a row in ``line`` (outside quotes, file places and Prolog terms)."""
    text = LIBRARY.sub("", QUOTED.sub("", line))
    tokens = text.split()
    english = [bool(ENGLISH_WORD.fullmatch(token)) and token.strip(".;:") not in NAMES for token in tokens]
    return [f"{a} {b}" for (a, b, ea, eb) in zip(tokens, tokens[1:], english, english[1:]) if ea and eb]


def russian_error(kb, question: str, case: Case) -> str:
    with pytest.raises(CassationError) as info:
        kb.ask(question, case, lang="ru")
    return message(info.value.one_line(), "ru")


def test_the_check_finds_english():
    assert english_left("the question is empty") == ["the question", "question is", "is empty"]
    assert english_left("вопрос пуст (в 'may review this')") == []
    assert english_left("аргумент kind факта judicial_act должен быть одним из: verdict, decision, а не judge") == []


@pytest.fixture(scope="module")
def hostile_errors(kb) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name in sorted(MANIFEST):
        try:
            kb.ask("may_review(v1, P)", Case.from_file(HOSTILE / name), lang="ru")
        except CassationError as exc:
            errors[name] = message(exc.one_line(), "ru")
    return errors


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_every_hostile_file_errs_in_russian(hostile_errors, name):
    line = hostile_errors[name]
    assert "\n" not in line
    assert english_left(line.replace(f"{HOSTILE}/{name}", "")) == [], line


def test_hostile_file_names_stay_as_written(hostile_errors):
    for name, line in hostile_errors.items():
        if str(HOSTILE) in line:
            assert f"{HOSTILE}/{name}" in line, line


@pytest.mark.parametrize("question", [q for q, _ in HOSTILE_QUESTIONS if len(q) < 1_000] + BAD_QUESTIONS)
def test_bad_questions_err_in_russian(kb, question):
    line = russian_error(kb, question, Case.from_file(ORDINARY))
    assert english_left(line) == [], line


def test_long_hostile_questions_err_in_russian(kb):
    for question, _ in HOSTILE_QUESTIONS:
        if len(question) >= 1_000:
            line = russian_error(kb, question, Case.from_file(ORDINARY))
            assert english_left(line[:2_000]) == [], line[:300]


def test_a_contradiction_in_russian_names_both_places_and_the_law(kb):
    path = HOSTILE / "input_contradiction_act_outcome.yaml"
    line = russian_error(kb, "may_review(v1, P)", Case.from_file(path))
    assert f"{path}:" in line and " и " in line
    assert "act_outcome(v1, conviction) противоречит act_outcome(v1, acquittal): у одного акта один исход" in line
    assert "УПК РК)" in line


def test_english_messages_are_unchanged():
    english = "the question is 100,001 characters long; at most 100,000 are accepted"
    assert message(english, "en") == english
    assert russian_message(english) == "вопрос: 100,001 символов; допускается не более 100,000"


@pytest.mark.parametrize(
    "args",
    [
        ("ask", "may_review(v1, P)", "--case", str(HOSTILE / "input_contradiction_act_outcome.yaml")),
        ("ask", "may_review(v1, P)", "--case", str(HOSTILE / "syntax_unterminated_string.yaml")),
        ("ask", "act_in_force_on(v1, D)", "--case", str(ORDINARY)),
        ("ask", "may_review(v1, P)", "--case", str(HOSTILE / "wrong_extension.txt")),
    ],
)
def test_the_command_line_errs_in_russian_in_one_line(args):
    run = run_cli("--lang", "ru", *args)
    assert run.code == 2 and run.out == ""
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ошибка: "), run.err
    assert english_left(lines[0]) == [], lines[0]


@pytest.mark.parametrize(
    "english",
    [
        "the request is not valid JSON",
        "the request must be a JSON object",
        'the request has no "question"',
        '"facts" must be a JSON list',
        "limit seconds must be a positive number",
        "a reading must be a string",
        "CASSATION_LANG must be one of en, ru, not 'fr'",
        "stopped after 2 of 11 facts: the time budget of 0.5 s was spent",
        "there is no fact number 12; the case has 11 (see :facts)",
        "the KB holds 3 facts outside any ask (asserted by other code in this process, or by load_case/1 or "
        "select_reading/2); an ask answers only from the facts and readings of its request, so it was not "
        "answered: call clear_case/0 and clear_readings/0 first",
    ],
)
def test_messages_of_the_json_protocol_and_the_commands_in_russian(english):
    russian = russian_message(english)
    assert russian != english and english_left(russian.replace("clear_case/0", "")) == [], russian
