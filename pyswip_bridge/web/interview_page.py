"""The guided interview in the web explorer: ``GET /interview`` and ``POST /interview``.

The KB chooses each question (:class:`~pyswip_bridge.workbench.interview.Interview`); this module
carries the interview's state in the page itself -- the case as YAML (facts given and denied), the
facts answered "don't know", the replies so far -- as hidden fields of its form, and keeps nothing on
the server.  Each request rebuilds the interview from what it carries, checks that the reply answers
the question the page showed, records it, and shows the next question or the answer.

``GET /interview``            choose the question; start from an empty case
``POST /interview``           ``action=start`` (from this page or the editor's case), ``action=reply``
``POST /interview/case.yaml`` the case the replies built, as a case file to download
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..errors import ArgumentError, CassationError, ReplyError, UserError
from ..i18n import tr
from ..render.html import render_html_fragment
from ..workbench.interview import MAX_QUESTIONS, Interview, InterviewQuestion
from .app import Explorer
from .editor import case_yaml
from .forms import read_form
from .pages import Page

#: The reply buttons and what each says to :meth:`Interview.answer`.
REPLY_WORDS = {"yes": "yes", "no": "no", "unknown": "don't know", "none": "none"}
#: The status of a reply so far, as the page lists it.
STATUSES = ("given", "denied", "skipped")
#: The longest fact a reply so far may name (they are only shown, never sent to the KB).
MAX_FACT_CHARS = 2000
PAGE = Page("Interview", "/interview")


@dataclass
class InterviewState:
    """What an interview's form carries: everything the next step needs."""

    question: str
    case: Case
    readings: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    #: The replies so far, as (status, fact): shown on the page, never sent to the KB.
    done: list[tuple[str, str]] = field(default_factory=list)
    #: The fact of the question the page showed (a reply answers it, or the state has changed).
    asked: str = ""


def _strings(form: FormData, name: str) -> list[str]:
    values = form.getlist(name)
    if len(values) > MAX_QUESTIONS:
        raise ArgumentError(f"the form field {name!r} holds more than {MAX_QUESTIONS} values")
    if not all(isinstance(v, str) and len(v) <= MAX_FACT_CHARS for v in values):
        raise ArgumentError(f"the form field {name!r} holds something that is not the text of a fact")
    return [str(v) for v in values]


async def read_state(form: FormData) -> InterviewState:
    """The interview's state from its form (case, question, readings, skipped facts, replies so far)."""
    posted = await read_form(form)
    if not posted.question:
        raise ArgumentError("choose the question the interview is to decide, e.g. may_review(v1, 'Қайрат')")
    done = []
    for item in _strings(form, "done"):
        status, _, fact = item.partition(" ")
        if status not in STATUSES or not fact:
            raise ArgumentError(f"the form field 'done' holds {item[:40]!r}, not a reply so far")
        done.append((status, fact))
    asked = form.get("asked")
    return InterviewState(
        posted.question,
        posted.case,
        posted.readings,
        _strings(form, "skipped"),
        done,
        asked if isinstance(asked, str) else "",
    )


def reply_text(form: FormData) -> str:
    """The reply of the form as :meth:`Interview.answer` reads it: yes, no, don't know, none or a value."""
    reply = form.get("reply")
    if reply == "value":
        value = form.get("value")
        text = value.strip() if isinstance(value, str) else ""
        if not text:
            raise ReplyError("give a value, or answer none or don't know")
        return text
    if isinstance(reply, str) and reply in REPLY_WORDS:
        return REPLY_WORDS[reply]
    raise ReplyError(f"the reply must be yes, no, don't know, none or a value, not {str(reply)[:40]!r}")


@dataclass
class Step:
    """What one request of the interview worked out, for the page."""

    state: InterviewState
    question: InterviewQuestion | None
    decided: bool
    value: str
    unknown_facts: list[dict[str, str]]
    fragment: Markup | None = None
    case_text: str = ""


def _interview(kb: KnowledgeBase, state: InterviewState, limits: Limits) -> Interview:
    return Interview(
        kb, state.question, state.case, readings=dict(state.readings), limits=limits, skipped=list(state.skipped)
    )


def run_step(kb: KnowledgeBase, state: InterviewState, limits: Limits, reply: str | None) -> Step:
    """Rebuild the interview from ``state``, record ``reply`` (if any), and work out what comes next.

    A reply to a question other than the one the KB asks of this state, or one that does not fit,
    raises :class:`ReplyError` and changes nothing."""
    interview = _interview(kb, state, limits)
    if reply is not None:
        current = interview.next_question()
        if current is None:
            raise ReplyError("the interview is over: there is no question to answer")
        if state.asked != current.fact:
            raise ReplyError(f"the reply answers {state.asked[:80]!r}, but the question now is {current.fact!r}")
        done = interview.answer(reply)
        state = InterviewState(
            state.question,
            interview.case,
            state.readings,
            list(interview.skipped),
            [*state.done, (done.status, done.fact)],
        )
    question = interview.next_question()
    if len(state.done) >= MAX_QUESTIONS:
        question = None
    step = Step(state, question, interview.decided, interview.value, interview.unknown_facts)
    step.case_text = case_yaml(interview.case)
    if question is None:
        step.fragment = Markup(render_html_fragment(interview.result))
    else:
        state.asked = question.fact
    return step


async def interview_start(request: Request) -> Response:
    """The first page: the question to decide, and the case to start from (empty, or the editor's)."""
    explorer: Explorer = request.app.state.explorer
    return await _start_page(explorer, request, question="", case_text="")


async def _start_page(
    explorer: Explorer, request: Request, *, question: str, case_text: str, error: CassationError | None = None
) -> Response:
    questions = (await explorer.catalogue())[2]
    return explorer.page(
        "interview_start.html",
        request,
        status=422 if error is not None else 200,
        tr=tr,
        question=question,
        case_text=case_text,
        questions=questions["questions"],
        error=error,
    )


async def interview_post(request: Request) -> Response:
    """A step: ``action=start`` asks the first question, ``action=reply`` records the reply."""
    explorer: Explorer = request.app.state.explorer
    form = await request.form(max_files=1, max_fields=4 * MAX_QUESTIONS + 200)
    action = form.get("action")
    try:
        state = await read_state(form)
    except UserError as exc:
        text = form.get("case")
        question = form.get("question")
        return await _start_page(
            explorer,
            request,
            question=question if isinstance(question, str) else "",
            case_text=text if isinstance(text, str) else "",
            error=exc,
        )
    if action == "reply":
        try:
            reply = reply_text(form)
            step = await explorer.kb.run(run_step, state, explorer.limits, reply)
        except UserError as exc:  # the page as it was: the same question, nothing recorded
            return await _question_page(explorer, request, state, error=exc)
        return _step_page(explorer, request, step)
    if action != "start":
        return await _question_page(
            explorer, request, state, error=ArgumentError(f"no action {str(action)[:40]!r} of the interview")
        )
    try:
        step = await explorer.kb.run(
            run_step, InterviewState(state.question, state.case, state.readings), explorer.limits, None
        )
    except UserError as exc:
        return await _start_page(explorer, request, question=state.question, case_text=case_yaml(state.case), error=exc)
    return _step_page(explorer, request, step)


async def _question_page(
    explorer: Explorer, request: Request, state: InterviewState, *, error: CassationError
) -> Response:
    """The page of ``state`` again, with ``error`` (the state is the one posted, nothing recorded)."""
    try:
        step = await explorer.kb.run(run_step, state, explorer.limits, None)
    except UserError as exc:
        return await _start_page(explorer, request, question=state.question, case_text=case_yaml(state.case), error=exc)
    return _step_page(explorer, request, step, error=error)


def _step_page(explorer: Explorer, request: Request, step: Step, error: CassationError | None = None) -> Response:
    return explorer.page(
        "interview.html",
        request,
        status=422 if error is not None else 200,
        tr=tr,
        step=step,
        error=error,
    )


async def interview_case_file(request: Request) -> Response:
    """The case the replies built, as a YAML case file (facts, denied, the "don't know" in a comment)."""
    explorer: Explorer = request.app.state.explorer
    form = await request.form(max_files=1, max_fields=4 * MAX_QUESTIONS + 200)
    try:
        state = await read_state(form)
        text = await explorer.kb.run(lambda kb: _interview(kb, state, explorer.limits).case_file_text())
    except UserError as exc:
        return await _start_page(explorer, request, question="", case_text="", error=exc)
    return Response(
        text,
        media_type="application/yaml; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="interview.yaml"'},
    )


def interview_routes() -> list[BaseRoute]:
    """The interview's routes, for :func:`~pyswip_bridge.web.app.create_app` (``routes=``)."""
    return [
        Route("/interview", interview_start, methods=["GET"]),
        Route("/interview", interview_post, methods=["POST"]),
        Route("/interview/case.yaml", interview_case_file, methods=["POST"]),
    ]


def interview_page() -> Page:
    """The interview's entry in the navigation bar."""
    return Page(tr(PAGE.label), PAGE.path)


__all__ = ["InterviewState", "Step", "interview_page", "interview_routes", "read_state", "reply_text", "run_step"]
