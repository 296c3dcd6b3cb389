"""The web explorer: :func:`create_app` makes the Starlette application ``cassation serve`` runs.

Pages (each a form that posts the whole case; nothing is kept on the server between requests):

``GET /``            the case editor (``?scenario=NAME`` opens a worked scenario of ``queries/``)
``POST /editor``     the editor after a change: a fact added or removed, the YAML applied, a file uploaded
``POST /case.yaml``  the case as a YAML file to download
``POST /ask``        the answer: verdict, decisive facts, the folded proof with citations, why not,
                     repairs to apply with one click, what-if toggles on every fact
``POST /compare``    the answer under every combination of readings, side by side
``GET /norms``       the rules by paragraph, with the resolution's words and the whole paragraph
``GET /coverage``    paragraphs → rules → scenarios

Every call of the KB runs in one thread (:mod:`.runner`) under the limits given to :func:`create_app`.

Every page is in the language of its request: ``?lang=en|ru`` in the address, else the form's ``lang``
field, else the server's language (``cassation --lang ru serve``, ``CASSATION_LANG``).  Each request
is rendered, and asks the KB, inside :func:`pyswip_bridge.i18n.using` of its own language (a context
variable, copied into the KB's thread), so that requests in different languages never mix.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from ..bridge.case import MAX_FACTS, Case
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits, check_limits
from ..errors import ArgumentError, CassationError, UserError
from ..i18n import LANGUAGES, check_language, language, message, tr, using, worded
from ..render.html import paragraph_html, render_html_fragment, resolution_paragraphs
from ..workbench.coverage import ParagraphCoverage, compute_coverage
from ..workbench.scenarios import load_scenarios
from ..workbench.whatif import ProofDiff, change_case, compare_readings, critical_facts
from .editor import build_fact, case_names, case_yaml, fact_forms, without
from .forms import CASE_NAME, Posted, read_case, read_form, repair_changes
from .guard import RequestGuard, TooLarge
from .pages import PAGES, Page
from .runner import KBRunner

HERE = Path(__file__).resolve().parent
#: The largest request body accepted by default (a case of 1 MiB and the rest of its form).
MAX_REQUEST_BYTES = 2 * 1024 * 1024
#: Repairs asked for with an answer that does not hold: at most 2 changes, at most 300 sets tried.
REPAIRS = (2, 300)
#: Facts whose removal the what-if column works out, at most.
WHAT_IF_FACTS = 200
LOG = logging.getLogger("cassation.serve")


def t(text: str, /, **fields: Any) -> str:
    """The explorer's own words ``text`` in the current language, its ``{fields}`` filled in."""
    translated = tr(text)
    return translated.format(**fields) if fields else translated


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(t=t, message=message, languages=LANGUAGES, worded=worded, language=language)
    return env


#: The form (its id), the route and the ``action`` a page's EN/RU switch posts again, so that the case
#: travels with the switch; pages without one switch by a link to the same address.
Switch = tuple[str, str, str]


class Explorer:
    """The pages, bound to one :class:`KBRunner`, its limits and the navigation."""

    def __init__(self, limits: Limits, pages: Sequence[Page], lang: str) -> None:
        self.limits = limits
        self.lang = lang
        self.pages = tuple(pages)
        self.kb = KBRunner()
        self.env = _environment()
        self._coverage: list[ParagraphCoverage] | None = None
        self._catalogue: tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None = None

    async def catalogue(self) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        """The KB's vocabulary, norms and questions: the KB's own, the same for every user, read once
        (the norms take a second to list)."""
        if self._catalogue is not None:
            return self._catalogue
        catalogue = await self.kb.run(_catalogue)
        self._catalogue = catalogue
        return catalogue

    # -- rendering ------------------------------------------------------------------------------
    def page(
        self, template: str, request: Request, status: int = 200, switch: Switch | None = None, **context: Any
    ) -> HTMLResponse:
        """``template`` rendered in the current language, with the navigation and the language switch."""
        links = {}
        for code in LANGUAGES:
            url = request.url.include_query_params(lang=code)
            links[code] = f"{url.path}?{url.query}"
        lang = language()

        def link(path: str, fragment: str = "", **params: str) -> str:
            """``path`` with ``params`` and, when it is not the server's, the page's language."""
            if lang != self.lang:
                params["lang"] = lang
            return path + (f"?{urlencode(params)}" if params else "") + fragment

        html = self.env.get_template(template).render(
            pages=self.pages,
            current=request.url.path,
            lang=lang,
            link=link,
            switch=switch,
            switch_links=links,
            **context,
        )
        return HTMLResponse(html, status_code=status, headers={"content-language": lang})

    def localized(self, handler: Callable[[Request], Any]) -> Callable[[Request], Any]:
        """``handler`` run in the language of its request (``?lang=``, else the form's ``lang``, else the
        server's); an unknown language is refused with 400."""

        async def endpoint(request: Request) -> Response:
            value: object = request.query_params.get("lang")
            if value is None and request.method == "POST":
                value = (await _form(request)).get("lang")
            lang = self.lang if value is None or value == "" else value
            if not isinstance(lang, str) or lang not in LANGUAGES:
                with using(self.lang):
                    shown = repr(lang[:20]) if isinstance(lang, str) else "a file"
                    problem = ArgumentError(
                        t(
                            "the language of the page must be one of {languages}, not {value}",
                            languages=", ".join(LANGUAGES),
                            value=shown,
                        )
                    )
                    return self.page("base.html", request, status=400, error=problem)
            with using(lang):
                response: Response = await handler(request)
                return response

        return endpoint

    async def editor_page(
        self,
        request: Request,
        case: Case | None,
        case_text: str,
        *,
        question: str = "",
        readings: dict[str, str] | None = None,
        error: CassationError | None = None,
        note: str = "",
    ) -> HTMLResponse:
        vocabulary, norms, questions = await self.catalogue()
        forms = fact_forms(vocabulary, language())
        shown = case if case is not None else Case(source=CASE_NAME)
        by_name = {f.name: f for f in forms}
        facts = []
        for fact in shown.facts:
            form = by_name.get(fact.text.split("(", 1)[0].strip())
            facts.append((fact.text, form.describe(fact.text) if form is not None else ""))
        offered = [
            str(q.get("ask")) for q in shown.document.get("questions", []) if isinstance(q, dict) and q.get("ask")
        ]
        return self.page(
            "editor.html",
            request,
            status=422 if error is not None else 200,
            switch=("case-form", "/editor", "language"),
            forms=forms,
            facts=facts,
            names=case_names(shown, forms),
            case_text=case_text,
            question=question,
            offered=offered,
            questions=questions["questions"],
            passages=norms["ambiguous_passages"],
            readings=readings if readings is not None else dict(shown.readings),
            error=error,
            note=note,
            title=str(shown.document.get("title") or ""),
        )

    # -- the editor -----------------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        name = request.query_params.get("scenario", "")
        if not name:
            return await self.editor_page(request, None, "")
        scenarios = {s.name: s for s in await self.kb.run(lambda kb: load_scenarios())}
        scenario = scenarios.get(name)
        if scenario is None:
            raise HTTPException(404, t("no worked scenario is called {name}", name=repr(name[:80])))
        question = scenario.questions[0].ask if scenario.questions else ""
        return await self.editor_page(request, scenario.case, case_yaml(scenario.case), question=question)

    async def editor(self, request: Request) -> Response:
        form = await _form(request)
        try:
            posted = await read_form(form)
        except UserError as exc:
            return await self.editor_page(request, None, _case_text(form), error=exc, question=_question(form))
        case, note = posted.case, ""
        try:
            if posted.action == "add":
                vocabulary = (await self.catalogue())[0]
                forms = {f.name: f for f in fact_forms(vocabulary, language())}
                chosen = forms.get(str(form.get("predicate", "")))
                if chosen is None:
                    raise UserError(t("choose the fact to add from the list"))
                values = [str(form.get(f"arg:{chosen.name}:{i}", "")) for i in range(len(chosen.fields))]
                text = build_fact(chosen, values)
                case = case.add(text)
                note = t("added {text}", text=text)
            elif posted.action.startswith("remove:"):
                index = posted.action.removeprefix("remove:")
                if not index.isdigit() or int(index) >= len(case.facts):
                    raise UserError(t("no fact {index} to remove", index=repr(index[:20])))
                note = t("removed {text}", text=case.facts[int(index)].text)
                case = without(case, {int(index)})
            elif posted.action == "load":
                count = len(case.facts)
                note = t("read 1 fact") if count == 1 else t("read {count} facts", count=count)
        except UserError as exc:
            return await self.editor_page(
                request,
                posted.case,
                case_yaml(posted.case),
                question=posted.question,
                readings=posted.readings,
                error=exc,
            )
        return await self.editor_page(
            request, case, case_yaml(case), question=posted.question, readings=posted.readings, note=note
        )

    async def download(self, request: Request) -> Response:
        form = await _form(request)
        try:
            posted = await read_form(form)
        except UserError as exc:
            return await self.editor_page(request, None, _case_text(form), error=exc, question=_question(form))
        return Response(
            case_yaml(posted.case),
            media_type="application/yaml; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="case.yaml"'},
        )

    # -- answers --------------------------------------------------------------------------------
    async def ask(self, request: Request) -> Response:
        form = await _form(request)
        try:
            posted = await read_form(form)
            applied = ""
            if posted.action.startswith("repair:"):
                add, remove = repair_changes(form, posted.action.removeprefix("repair:"))
                posted.case = change_case(posted.case, add, remove)
                posted.off = set()
                applied = "; ".join(
                    [*(t("added {text}", text=a) for a in add), *(t("removed {text}", text=r) for r in remove)]
                )
            reason_anyway = form.get("reason_anyway") == "on"
            passages = (await self.catalogue())[1]["ambiguous_passages"]
            data = await self.kb.run(_answer, posted, self.limits, reason_anyway)
        except UserError as exc:
            return await self.editor_page(
                request, *await _case_shown(form), question=_question(form), readings=_readings(form), error=exc
            )
        return self.page(
            "answer.html",
            request,
            switch=("answer-form", "/ask", ""),
            posted=posted,
            case_text=case_yaml(posted.case),
            applied=applied,
            reason_anyway=reason_anyway,
            passages=passages,
            **data,
        )

    async def compare(self, request: Request) -> Response:
        form = await _form(request)
        try:
            posted = await read_form(form)
            reason_anyway = form.get("reason_anyway") == "on"
            comparison = await self.kb.run(
                lambda kb: compare_readings(
                    kb, posted.question, posted.case, limits=self.limits, reason_anyway=reason_anyway
                )
            )
        except UserError as exc:
            return await self.editor_page(
                request, *await _case_shown(form), question=_question(form), readings=_readings(form), error=exc
            )
        return self.page(
            "compare.html",
            request,
            switch=("compare-form", "/compare", ""),
            posted=posted,
            case_text=case_yaml(posted.case),
            comparison=comparison,
            deciding=comparison.deciding_passages(),
            reason_anyway=reason_anyway,
        )

    # -- the KB's own pages ----------------------------------------------------------------------
    async def norms(self, request: Request) -> Response:
        data = (await self.catalogue())[1]
        by_paragraph: dict[int, list[dict[str, Any]]] = {}
        for rule in sorted(data["rules"], key=lambda r: (r["paragraph"], r["id"])):
            by_paragraph.setdefault(rule["paragraph"], []).append(rule)
        paragraphs = [
            (number, Markup(paragraph_html(number)), by_paragraph.get(number, []))
            for number in sorted(resolution_paragraphs())
        ]
        return self.page(
            "norms.html",
            request,
            paragraphs=paragraphs,
            passages=data["ambiguous_passages"],
            not_encoded=data["not_encoded"],
            text_note_ru=data["text_note_ru"],
        )

    async def coverage(self, request: Request) -> Response:
        if self._coverage is None:  # the KB's own coverage, the same for every user: worked out once
            self._coverage = await self.kb.run(compute_coverage)
        rows = self._coverage
        return self.page(
            "coverage.html",
            request,
            rows=rows,
            encoded=sum(1 for r in rows if r.rules),
            total_rules=sum(len(r.rules) for r in rows),
        )


def _catalogue(kb: KnowledgeBase) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    return kb.vocabulary(), kb.norms(), kb.questions()


def _answer(kb: KnowledgeBase, posted: Posted, limits: Limits, reason_anyway: bool) -> dict[str, Any]:
    """Everything the answer page shows, worked out in the KB's thread."""
    case = without(posted.case, posted.off)
    options: dict[str, Any] = {"limits": limits, "readings": posted.readings, "reason_anyway": reason_anyway}
    # the answer is shown as HTML, which folds why no rule establishes a step taken as not so
    result = kb.ask(posted.question, case, repairs=REPAIRS, why_absent=True, lang=language(), **options)
    difference: list[str] = []
    if posted.off:
        whole = kb.ask(posted.question, posted.case, lang=language(), **options)
        difference = ProofDiff.between(whole, result).lines()
    effects = critical_facts(
        kb, posted.question, case, baseline=result, max_facts=WHAT_IF_FACTS, max_seconds=limits.seconds, **options
    )
    on = [i for i in range(len(posted.case.facts)) if i not in posted.off]
    effect_of = {on[k]: effect for k, effect in enumerate(effects.effects)}
    toggles = [(i, fact.text, i not in posted.off, effect_of.get(i)) for i, fact in enumerate(posted.case.facts)]
    return {
        "result": result,
        "fragment": Markup(render_html_fragment(result)),
        "difference": difference,
        "toggles": toggles,
        "stopped_early": effects.stopped_early,
        "repairs": list(enumerate(result.repairs)),
    }


async def _form(request: Request) -> FormData:
    """The posted form: one uploaded file at most, and fields enough for a what-if toggle on every fact
    of the largest case (the request's size is bounded by :class:`RequestGuard`)."""
    return await request.form(max_files=1, max_fields=MAX_FACTS + 1000)


async def _case_shown(form: FormData) -> tuple[Case | None, str]:
    """The case of a form whose question could not be answered, to show again in the editor: the case
    and its YAML when it can be read (an uploaded file's too), else the text as it was posted."""
    try:
        case = await read_case(form)
    except UserError:
        return None, _case_text(form)
    return case, _case_text(form) if _case_text(form).strip() else case_yaml(case)


def _case_text(form: FormData) -> str:
    value = form.get("case")
    return value if isinstance(value, str) else ""


def _question(form: FormData) -> str:
    value = form.get("question")
    return value.strip() if isinstance(value, str) else ""


def _readings(form: FormData) -> dict[str, str]:
    return {
        k.removeprefix("reading:"): v for k, v in form.multi_items() if k.startswith("reading:") and isinstance(v, str)
    }


async def _too_large(request: Request, exc: Exception) -> Response:
    """413, in the language the address asks for (the form is not read), else the server's."""
    asked = request.query_params.get("lang")
    lang = asked if asked in LANGUAGES else request.app.state.explorer.lang
    text = f"{tr('error:', lang)} {tr('the request is too large', lang)}\n"
    return Response(text, status_code=413, media_type="text/plain; charset=utf-8")


def _localized_route(explorer: Explorer, route: BaseRoute) -> BaseRoute:
    """A page added by another module, its endpoint run in its request's language like the explorer's own."""
    if isinstance(route, Route) and inspect.iscoroutinefunction(route.endpoint):
        return Route(route.path, explorer.localized(route.endpoint), methods=route.methods, name=route.name)
    return route


def create_app(
    limits: Limits | None = None,
    *,
    max_request_bytes: int = MAX_REQUEST_BYTES,
    allowed_hosts: Sequence[str] | None = None,
    routes: Sequence[BaseRoute] = (),
    pages: Sequence[Page] = (),
    lang: str | None = None,
) -> Starlette:
    """The explorer as an ASGI application.

    ``limits`` bound every ask (as ``cassation ask --time-limit/--inference-limit``); a request body
    larger than ``max_request_bytes`` is refused (413); with ``allowed_hosts``, a request naming any
    other host is refused (400), so that a web page elsewhere cannot reach the server through DNS.
    ``routes`` and ``pages`` add pages of other modules to the router and to the navigation bar; an
    endpoint wrapped in ``app.state.explorer.localized`` runs in its request's language, as the
    explorer's own.  ``lang`` is the language of a request that names none (by default the current language:
    ``cassation --lang``, else ``CASSATION_LANG``, else English).
    """
    lang = language() if lang is None else check_language(lang)
    limits = limits or Limits()
    check_limits(limits)
    if max_request_bytes < 1:
        raise UserError("the largest request must be at least 1 byte")
    explorer = Explorer(limits, [*PAGES, *pages], lang)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            explorer.kb.close()

    handlers: dict[Any, Callable[..., Any]] = {TooLarge: _too_large}
    middleware = [Middleware(RequestGuard, max_bytes=max_request_bytes, lang=lang)]
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    app = Starlette(
        routes=[
            Route("/", explorer.localized(explorer.home), methods=["GET"]),
            Route("/editor", explorer.localized(explorer.editor), methods=["POST"]),
            Route("/case.yaml", explorer.localized(explorer.download), methods=["POST"]),
            Route("/ask", explorer.localized(explorer.ask), methods=["POST"]),
            Route("/compare", explorer.localized(explorer.compare), methods=["POST"]),
            Route("/norms", explorer.localized(explorer.norms), methods=["GET"]),
            Route("/coverage", explorer.localized(explorer.coverage), methods=["GET"]),
            *(_localized_route(explorer, route) for route in routes),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=middleware,
        exception_handlers=handlers,
        lifespan=lifespan,
    )
    app.state.explorer = explorer
    return app
