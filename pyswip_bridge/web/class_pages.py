"""A teacher's class in the web explorer: the scenarios, a quiz per question, a handout per scenario.

The scenarios are read once, when the server starts, from the folder the teacher names on the command
line (``cassation serve --class FOLDER``, checked by :func:`~pyswip_bridge.workbench.classroom.load_class`)
or from the repository's worked scenarios; the browser only names a scenario of that list, never a
file.  A quiz asks as ``cassation quiz`` does (multiple choice for a "which ...?" question, yes or no
otherwise), and shows the scenario's description only after the answer, then the explanation and
what would flip it; the handout is the page ``cassation handout`` writes.

``GET /class``                         the scenarios, by paragraph and difficulty
``GET /class/{name}/quiz/{number}``    a question of a scenario; ``POST`` the student's answer
``GET /class/{name}/handout``          the scenario as a one-page printable handout
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from markupsafe import Markup
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from ..bridge.case import Case, Fact
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..errors import ArgumentError, CassationError, UserError
from ..i18n import tr
from ..render.html import render_html_fragment
from ..workbench.classroom import handout_html
from ..workbench.scenarios import Scenario
from ..workbench.teaching import (
    question_choices,
    question_readings,
    render_reveal,
    reveal,
    select_scenarios,
    variables_in,
)
from .app import Explorer
from .pages import Page

PAGE = Page("Class", "/class")
#: The answer "none: it does not hold" of a multiple-choice question, as the form sends it.
NONE_CHOICE = ""


@dataclass(frozen=True)
class Presented:
    """A quiz question as the class sees it before answering (no description, no answer)."""

    facts: list[str]  # the facts of the case in sentences
    question: str  # the question in words
    variable: str | None  # for a "which ...?" question: the variable asked
    values: list[str]  # ... and the values offered (the last choice, none, is added by the page)
    readings: dict[str, str]


@dataclass(frozen=True)
class Revealed:
    """The answer to a quiz question, for the page: right or wrong, the description, the explanation,
    what would flip it."""

    verdict: str  # "Right: the answer is yes (D = ...)."
    correct: bool
    description: str
    fragment: Markup
    flip: list[str]  # the lines of "what would flip it"


def present(kb: KnowledgeBase, scenario: Scenario, index: int, limits: Limits) -> Presented:
    """The question ``index`` of ``scenario`` before the answer (in the KB's thread, under ``limits``)."""
    question = scenario.questions[index]
    readings = question_readings(scenario, question)
    facts = kb.sentences([fact.text for fact in scenario.case.facts])
    (words,) = kb.sentences([question.ask], questions=True)
    choices = None
    if variables_in(question.ask):
        result = kb.ask(question.ask, scenario.case, readings=readings, limits=limits)
        choices = question_choices(kb, scenario, index, result)
    variable, values = choices if choices is not None else (None, [])
    return Presented(facts, words, variable, values, readings)


def answer_of(form_value: object, presented: Presented) -> bool | str:
    """The student's answer as :func:`~pyswip_bridge.workbench.teaching.reveal` takes it: yes or no,
    or one of the values offered ("" for none); :class:`ArgumentError` for anything else."""
    if not isinstance(form_value, str):
        raise ArgumentError("choose an answer")
    if presented.variable is None:
        if form_value in ("yes", "no"):
            return form_value == "yes"
        raise ArgumentError(f"the answer must be yes or no, not {form_value[:40]!r}")
    if form_value == NONE_CHOICE or form_value in presented.values:
        return form_value
    raise ArgumentError(f"{form_value[:40]!r} is not one of the choices offered")


def answer_question(
    kb: KnowledgeBase, scenario: Scenario, index: int, answer: bool | str, variable: str | None, limits: Limits
) -> Revealed:
    """Reveal the answer to the question ``index`` (in the KB's thread)."""
    found = reveal(kb, scenario, index, answer, limits=limits, variable=variable)
    lines = render_reveal(found).rstrip("\n").split("\n")
    marker = f"── {tr('What would flip it')} "
    start = next((i for i, line in enumerate(lines) if line.startswith(marker)), len(lines))
    return Revealed(
        verdict=lines[0],
        correct=found.correct,
        description=found.description,
        fragment=Markup(render_html_fragment(found.result)),
        flip=[line.strip().removeprefix("- ") for line in lines[start + 1 :] if line.strip()],
    )


class ClassPages:
    """The pages of one class: its scenarios, bound once at start-up."""

    def __init__(self, scenarios: Sequence[Scenario], source: str) -> None:
        self.scenarios = list(scenarios)
        self.by_name = {s.name: s for s in self.scenarios}
        self.source = source

    def scenario(self, request: Request) -> Scenario:
        name = str(request.path_params.get("name", ""))
        found = self.by_name.get(name)
        if found is None:
            raise HTTPException(404, f"no scenario of this class is called {name[:80]!r}")
        return found

    def index(self, request: Request, scenario: Scenario) -> int:
        number = int(request.path_params.get("number", 0))
        if not 1 <= number <= len(scenario.questions):
            raise HTTPException(404, f"scenario {scenario.name} has {len(scenario.questions)} questions, not {number}")
        return number - 1

    async def listing(self, request: Request) -> Response:
        explorer: Explorer = request.app.state.explorer
        return explorer.page("class.html", request, tr=tr, scenarios=self.scenarios, source=self.source)

    async def handout(self, request: Request) -> Response:
        explorer: Explorer = request.app.state.explorer
        scenario = self.scenario(request)
        return HTMLResponse(await explorer.kb.run(handout_html, scenario))

    async def quiz(self, request: Request) -> Response:
        explorer: Explorer = request.app.state.explorer
        scenario = self.scenario(request)
        index = self.index(request, scenario)
        revealed: Revealed | None = None
        error: CassationError | None = None
        chosen: bool | str | None = None
        presented: Presented | None = None
        try:
            presented = await explorer.kb.run(present, scenario, index, explorer.limits)
        except UserError as exc:  # the question cannot be put within the server's limits
            error = exc
        if request.method == "POST" and presented is not None:
            form = await request.form(max_files=0, max_fields=10)
            try:
                chosen = answer_of(form.get("answer"), presented)
                revealed = await explorer.kb.run(
                    answer_question, scenario, index, chosen, presented.variable, explorer.limits
                )
            except UserError as exc:
                error = exc
        return explorer.page(
            "quiz.html",
            request,
            status=422 if error is not None else 200,
            tr=tr,
            scenario=scenario,
            number=index + 1,
            presented=presented,
            revealed=revealed,
            chosen=chosen,
            error=error,
        )


def class_routes(pages: ClassPages) -> list[BaseRoute]:
    """The class's routes, for :func:`~pyswip_bridge.web.app.create_app` (``routes=``)."""
    return [
        Route("/class", pages.listing, methods=["GET"]),
        Route("/class/{name}/handout", pages.handout, methods=["GET"]),
        Route("/class/{name}/quiz/{number:int}", pages.quiz, methods=["GET", "POST"]),
    ]


def class_page() -> Page:
    """The class's entry in the navigation bar."""
    return Page(tr(PAGE.label), PAGE.path)


def load_class_pages(folder: str | None) -> ClassPages:
    """The class of ``folder`` (every file checked: :class:`~pyswip_bridge.workbench.classroom.ClassFolderError`
    or :class:`~pyswip_bridge.errors.CaseFileError` naming the file and place), or without one the
    repository's worked scenarios."""
    from ..workbench.scenarios import QUERIES_DIR

    if folder is None:
        return ClassPages(select_scenarios(directory=QUERIES_DIR), tr("the worked scenarios"))
    directory = Path(folder)
    return ClassPages([_placed_in_class(s, directory) for s in select_scenarios(directory=directory)], directory.name)


def _placed_in_class(scenario: Scenario, directory: Path) -> Scenario:
    """``scenario`` with its facts placed as ``FOLDER/FILE:LINE`` (the folder by its name alone): the
    pages name the teacher's file, not where the server's computer keeps it."""
    shown = f"{directory.name}/{scenario.path.name}"

    def placed(fact: Fact) -> Fact:
        where = fact.where or ""
        line = where.rsplit(":", 1)[1] if ":" in where and where.rsplit(":", 1)[1].isdigit() else ""
        return Fact(fact.text, f"{shown}:{line}" if line else shown)

    case = scenario.case
    moved = Case(
        [placed(f) for f in case.facts], dict(case.readings), shown, case.document, [placed(f) for f in case.denied]
    )
    return replace(scenario, case=moved)


__all__ = ["ClassPages", "Presented", "Revealed", "class_page", "class_routes", "load_class_pages"]
