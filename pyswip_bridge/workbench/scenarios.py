"""Worked scenarios (``queries/*.yaml``): cases with questions and their expected answers.

Each scenario file is a case file with ``title``, ``paragraph``, ``difficulty``,
``description`` and a list ``questions``; each question has

* ``ask``: the question (Prolog text),
* ``holds``: the expected answer (true/false),
* ``answers``: optionally, the exact list of expected bindings (``[{D: preliminary_consideration}]``),
* ``rules``: for a yes, the exact set of rule ids the proofs use,
* ``fails``: for a no, goals that must appear among the failed conditions of the why-not,
* ``readings``: optionally, readings of ambiguous passages for this question.

:func:`check_question` compares one question's answer with its expectations.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..bridge import resources
from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..errors import CaseFileError, CassationError
from ..i18n import language
from ..results import AskResult, Failure

QUERIES_DIR = resources.queries_dir()


@dataclass(frozen=True)
class ScenarioQuestion:
    """One question of a scenario with what it must answer."""

    ask: str
    holds: bool
    answers: list[dict[str, str]] | None = None
    rules: frozenset[str] | None = None
    fails: tuple[str, ...] = ()
    readings: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Scenario:
    """A worked scenario: a case and its questions."""

    path: Path
    title: str
    paragraph: int
    difficulty: str
    case: Case
    questions: tuple[ScenarioQuestion, ...]

    @property
    def name(self) -> str:
        return self.path.stem


def description(scenario: Scenario) -> str:
    """The scenario's description for the class, as one paragraph of text (``description_ru`` in Russian,
    where the scenario has one)."""
    russian = scenario.case.document.get("description_ru") if language() == "ru" else None
    text = russian or getattr(scenario, "description", None) or scenario.case.document.get("description") or ""
    return " ".join(str(text).split())


def title(scenario: Scenario) -> str:
    """The scenario's title (``title_ru`` in Russian, where the scenario has one)."""
    russian = scenario.case.document.get("title_ru") if language() == "ru" else None
    return str(russian or scenario.title)


def load_scenario(path: Path) -> Scenario:
    """Read one scenario file (named in places and errors relative to the working directory when it is
    below it: ``queries/p1_counsel_appeal.yaml:17``)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive
        relative = os.fspath(path)
    case = Case.from_file(relative if not relative.startswith("..") else path)
    doc: dict[str, Any] = case.document
    for key in ("title_ru", "description_ru"):
        if key in doc and not (isinstance(doc[key], str) and doc[key].strip()):
            raise CaseFileError(f"`{key}` must be a text (the {key[:-3]} in Russian)", case.source or str(path))
    questions = []
    for q in doc.get("questions") or []:
        answers = q.get("answers")
        questions.append(
            ScenarioQuestion(
                ask=q["ask"],
                holds=bool(q["holds"]),
                answers=[{str(k): str(v) for k, v in a.items()} for a in answers] if answers is not None else None,
                rules=frozenset(q["rules"]) if "rules" in q else None,
                fails=tuple(q.get("fails", ())),
                readings=dict(q.get("readings") or {}),
            )
        )
    return Scenario(
        path,
        str(doc.get("title", path.stem)),
        int(doc.get("paragraph", 0)),
        str(doc.get("difficulty", "basic")),
        case,
        tuple(questions),
    )


def load_scenarios(directory: Path = QUERIES_DIR) -> list[Scenario]:
    """Every scenario of ``queries/``, in file-name order."""
    return [load_scenario(p) for p in sorted(directory.glob("*.yaml"))]


def failed_goals(failures: list[Failure] | tuple[Failure, ...]) -> Iterator[str]:
    """Every failed condition in a why-not tree."""
    for failure in failures:
        yield failure.failed.goal
        yield from failed_goals(failure.failed.why_not)


def check_question(kb: KnowledgeBase, scenario: Scenario, question: ScenarioQuestion) -> tuple[AskResult, list[str]]:
    """Ask one scenario question; return the result and the list of mismatches (empty if all is as expected)."""
    result = kb.ask(question.ask, scenario.case, readings=question.readings)
    problems = []
    if result.holds != question.holds:
        problems.append(f"holds is {result.holds}, expected {question.holds}")
    if question.answers is not None:
        got = sorted({tuple(sorted(b.items())) for b in result.bindings()})
        want = sorted({tuple(sorted(b.items())) for b in question.answers})
        if got != want:
            problems.append(f"answers are {[dict(g) for g in got]}, expected {[dict(w) for w in want]}")
    if question.rules is not None and result.rules_used() != question.rules:
        problems.append(f"rules used are {sorted(result.rules_used())}, expected {sorted(question.rules)}")
    failed = set(failed_goals(result.why_not))
    for goal in question.fails:
        if goal not in failed:
            problems.append(f"why-not does not name {goal!r} among the failed conditions {sorted(failed)}")
    return result, problems


def main(argv: list[str] | None = None) -> int:
    """``python -m pyswip_bridge.workbench.scenarios [FILE...]``: check scenarios, print what each question gives."""
    import sys

    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])] or sorted(QUERIES_DIR.glob("*.yaml"))
    kb = KnowledgeBase()
    bad = 0
    for path in paths:
        scenario = load_scenario(path)
        for question in scenario.questions:
            try:
                result, problems = check_question(kb, scenario, question)
            except CassationError as error:
                bad += 1
                print(f"BAD {scenario.name}: {question.ask}")
                print(f"    PROBLEM: {error}")
                continue
            bad += bool(problems)
            print(
                f"{'OK ' if not problems else 'BAD'} {scenario.name}: {question.ask}"
                f"{' ' + str(question.readings) if question.readings else ''}"
            )
            print(f"    holds: {result.holds}; answers: {result.bindings()}")
            if result.holds:
                print(f"    rules: [{', '.join(sorted(result.rules_used()))}]")
            else:
                print(f"    failed conditions: {sorted(set(failed_goals(result.why_not)))}")
            for problem in problems:
                print(f"    PROBLEM: {problem}")
    print(f"{bad} question(s) with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
