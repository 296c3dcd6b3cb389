"""The Python face of the knowledge base: ask questions about cases, list the vocabulary and the norms."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..errors import (
    ArgumentError,
    BatchFileError,
    ConfigurationError,
    EngineError,
    QuerySyntaxError,
    ReadingError,
    UserError,
    error_from_json,
    shorten,
)
from ..i18n import check_language, language
from ..results import AskResult
from .case import Case, check_fact_length, check_readings
from .engine import PrologEngine
from .limits import CONFIGURATION_PROBLEMS, Limits, check_limits

if TYPE_CHECKING:
    from .pool import BatchResult

#: Bounds of ``why_not_depth`` and of ``repairs=(max_size, max_sets)`` (as ``kb/engine/json_api.pl`` has them).
MAX_WHY_NOT_DEPTH = 20
MAX_REPAIR_SIZE, MAX_REPAIR_SETS = 4, 5000
#: Characters of a question (``kb/engine/json_api.pl``'s ``max_text_length/1``) and of a passage or reading name.
MAX_QUESTION_CHARS = 100_000
MAX_READING_NAME_CHARS = 1000


def _check_flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__} {shorten(repr(value), 40)}")
    return value


def _check_case(case: Any) -> Case:
    if case is None:
        return Case()
    if not isinstance(case, Case):
        raise TypeError(
            f"the case must be a Case, not {type(case).__name__} (Case.from_file(path) reads a case "
            "file, Case.from_facts([...]) makes one from fact texts)"
        )
    for fact in [*case.facts, *case.denied]:
        check_fact_length(fact.text, fact.where)
    return case


def _check_whole(value: Any, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__} {shorten(repr(value), 40)}")
    if not low <= value <= high:
        raise ArgumentError(f"{name} must be from {low} to {high}, not {shorten(repr(value), 40)}")
    return value


def _check_repairs(repairs: Any) -> tuple[int, int] | None:
    if repairs is None:
        return None
    if not isinstance(repairs, (tuple, list)) or len(repairs) != 2:
        raise TypeError(f"repairs must be a pair (max_size, max_sets), not {shorten(repr(repairs), 40)}")
    return (
        _check_whole(repairs[0], "repairs max_size", 1, MAX_REPAIR_SIZE),
        _check_whole(repairs[1], "repairs max_sets", 1, MAX_REPAIR_SETS),
    )


def _check_readings(case: Case, readings: Any) -> dict[str, str]:
    """The case's readings with ``readings`` over them; :class:`TypeError` or :class:`ReadingError`."""
    chosen = {**case.readings, **check_readings({} if readings is None else readings, "readings")}
    if "" in chosen:  # SWI-Prolog's json_read_dict takes a "" key for the object's tag: it would vanish
        raise ReadingError("a passage name is empty; the passages are listed by `cassation norms`")
    for text in [*chosen, *chosen.values()]:
        if len(text) > MAX_READING_NAME_CHARS:
            raise ReadingError(
                f"a passage or reading name of {len(text):,} characters: "
                f"names are at most {MAX_READING_NAME_CHARS:,} characters"
            )
    return chosen


def _check_question(question: Any) -> str:
    if not isinstance(question, str):
        raise TypeError(f"the question must be a str, not {type(question).__name__}")
    if "\x00" in question:
        raise QuerySyntaxError("the question contains a NUL character", question.index("\x00"))
    try:
        question.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise QuerySyntaxError("the question is not valid Unicode (an unpaired surrogate)", exc.start) from None
    if len(question) > MAX_QUESTION_CHARS:
        raise QuerySyntaxError(
            f"the question is {len(question):,} characters long; at most {MAX_QUESTION_CHARS:,} are accepted"
        )
    return question


def _case_lines(path: Path) -> Iterator[Any]:
    """The lines of a ``.jsonl`` file of cases, read lazily (:class:`~pyswip_bridge.bridge.pool.CaseLine` items)."""
    from .pool import read_case_lines  # the pool is imported only by those who use it (a quick start)

    try:
        stream = path.open("rb")
    except OSError as exc:
        raise BatchFileError(f"{path}: cannot read the cases ({exc.strerror or exc})") from None
    with stream:
        yield from read_case_lines(stream, str(path))


class KnowledgeBase:
    """The cassation KB, loaded once per process.

    >>> kb = KnowledgeBase()
    >>> case = Case.from_facts(["judicial_act(v1, decision, appellate)",
    ...                         "entered_into_force(v1, 2019-03-01)"])
    >>> kb.ask("reviewable_in_cassation(v1)", case).holds
    True
    """

    def __init__(self) -> None:
        self._engine = PrologEngine.instance()

    def ask(
        self,
        question: str,
        case: Case | None = None,
        *,
        limits: Limits | None = None,
        readings: dict[str, str] | None = None,
        why_not_depth: int = 5,
        reason_anyway: bool = False,
        repairs: tuple[int, int] | None = None,
        open_world: bool = False,
        why_absent: bool = False,
        lang: str | None = None,
    ) -> AskResult:
        """Answer ``question`` (Prolog text such as ``may_review(v1, P)``) on the facts of ``case``.

        The case's facts exist only for this ask.  Raises a :class:`~pyswip_bridge.errors.UserError`
        subclass for a bad question, a bad fact, or an exceeded limit, and
        :class:`~pyswip_bridge.errors.OutsideValidity` for a case dated outside the period the
        resolution was in force, unless ``reason_anyway`` (the answer then carries the warning).
        With ``repairs=(max_size, max_sets)``, a question that does not hold also gets the smallest
        sets of changes of the case (at most ``max_size`` facts added or removed, at most
        ``max_sets`` sets tried) after which it would hold.  With ``open_world``, a declared fact
        neither given nor denied (``Case.denied``) is unknown, and the answer carries its three-valued
        value (``true``/``false``/``unknown``) and the unknown facts that would decide it.
        With ``why_absent``, each proof step that takes a conclusion as not so also carries why no
        rule establishes it (``ProofNode.why_not``); it is built only when asked for.
        ``lang`` is the language of the answer's sentences, ``"en"`` or ``"ru"``; by default the current
        language of :mod:`pyswip_bridge.i18n` (``CASSATION_LANG``, else English).
        """
        request = self.request(
            question,
            case,
            limits=limits,
            readings=readings,
            why_not_depth=why_not_depth,
            reason_anyway=reason_anyway,
            repairs=repairs,
            open_world=open_world,
            why_absent=why_absent,
            lang=lang,
        )
        data = self.answer(request, case.source if case else None)
        try:
            return AskResult.from_json(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise EngineError(f"the KB's answer does not follow the JSON contract: {exc}") from exc

    def request(
        self,
        question: str,
        case: Case | None = None,
        *,
        limits: Limits | None = None,
        readings: dict[str, str] | None = None,
        why_not_depth: int = 5,
        reason_anyway: bool = False,
        repairs: tuple[int, int] | None = None,
        open_world: bool = False,
        explain: bool = True,
        why_absent: bool = False,
        lang: str | None = None,
    ) -> dict[str, Any]:
        """The request object of ``kb/engine/json_api.pl`` for these arguments (see :meth:`ask`).

        With ``explain=False`` the KB gives the brief answer: bindings and rule ids, no proofs.
        Raises :class:`QuerySyntaxError` for a question that cannot be sent (NUL, not Unicode, too long),
        :class:`TypeError` for an argument of the wrong type (a question that is not a str, a case that
        is not a :class:`Case`, ``open_world="yes"``), and a :class:`UserError` subclass for an argument
        whose value is out of bounds (:class:`LimitError`, :class:`ArgumentError`, :class:`ReadingError`,
        :class:`CaseFileError` for a fact of more than 100,000 characters).
        """
        question = _check_question(question)
        if CONFIGURATION_PROBLEMS:
            raise ConfigurationError("; ".join(CONFIGURATION_PROBLEMS))
        case = _check_case(case)
        limits = Limits() if limits is None else limits
        check_limits(limits)
        repairs = _check_repairs(repairs)
        request: dict[str, Any] = {
            "question": question,
            "facts": [fact.to_request() for fact in case.facts],
            "denied": [fact.to_request() for fact in case.denied],
            "open": _check_flag(open_world, "open_world"),
            "readings": _check_readings(case, readings),
            "limits": {"seconds": limits.seconds, "inferences": limits.inferences},
            "why_not_depth": _check_whole(why_not_depth, "why_not_depth", 1, MAX_WHY_NOT_DEPTH),
            "reason_anyway": _check_flag(reason_anyway, "reason_anyway"),
        }
        if not _check_flag(explain, "explain"):
            request["explain"] = False
        if _check_flag(why_absent, "why_absent"):
            request["why_absent"] = True
        if repairs is not None:
            request["repairs"] = {"max_size": repairs[0], "max_sets": repairs[1]}
        lang = language() if lang is None else check_language(lang)
        if lang != "en":
            request["lang"] = lang
        return request

    def removals(
        self,
        question: str,
        case: Case,
        start: int,
        stop: int,
        *,
        limits: Limits | None = None,
        readings: dict[str, str] | None = None,
        reason_anyway: bool = False,
    ) -> list[dict[str, Any]]:
        """What removing each given fact alone does, for the facts ``start`` to ``stop`` (0-based,
        ``stop`` excluded) of ``case``, worked out by the KB in one call: one dict per fact, with its
        ``index`` and either ``holds``, ``answers`` (the distinct answers as sorted ``X = v`` texts,
        ``yes`` without variables, at most 100) and ``truncated``, or the ``error`` object of a removal
        that cannot be answered.  Errors of the request itself (the question, the case) are raised."""
        request = self.request(question, case, limits=limits, readings=readings, reason_anyway=reason_anyway)
        request["from"], request["to"] = start, stop
        data, _ = self._call("removals_json", request, case.source)
        return cast("list[dict[str, Any]]", data["removals"])

    def interview_step(
        self,
        question: str,
        case: Case,
        *,
        skipped: list[str] | None = None,
        reply: dict[str, str] | None = None,
        limits: Limits | None = None,
        readings: dict[str, str] | None = None,
        reason_anyway: bool = False,
    ) -> dict[str, Any]:
        """One step of a guided interview, worked out by the KB in one call (``interview_json`` of
        ``kb/engine/json_api.pl``): the reply ``{"fact": F, "reply": R, "value": V}`` to the question
        on F checked and recorded, then the open-world value, the unknown facts and the next question.
        ``skipped`` lists the fact shapes answered "don't know".  A reply that does not fit its question
        raises :class:`~pyswip_bridge.errors.ReplyError`; :class:`~pyswip_bridge.workbench.interview.Interview`
        is the convenient interface."""
        request = self.request(question, case, limits=limits, readings=readings, reason_anyway=reason_anyway)
        request["skipped"] = list(skipped or [])
        if reply is not None:
            request["reply"] = dict(reply)
        data, _ = self._call("interview_json", request, case.source)
        return data

    def choices(self, question: str, case: Case | None = None) -> dict[str, list[str]]:
        """For each variable that is a whole argument of ``question``, the values the rules may give it
        (``choices_json`` of ``kb/engine/json_api.pl``; the names of ``case`` where the rules give
        fewer than two), as written in answers: the choices of a multiple-choice question."""
        case = _check_case(case)
        request = {"question": _check_question(question), "facts": [f.to_request() for f in case.facts]}
        data, _ = self._call("choices_json", request, case.source)
        return {str(v["name"]): [str(c) for c in v["choices"]] for v in data["variables"]}

    def sentences(self, texts: list[str], *, questions: bool = False) -> list[str]:
        """Case facts (or, with ``questions``, questions) in words, as the KB says them
        (``sentences_json``): "Қайрат filed the cassation petition pt1 against v1.", "Which D: ...?"; in
        the current language."""
        request: dict[str, Any] = {
            "texts": [_check_question(t) for t in texts],
            "questions": _check_flag(questions, "questions"),
        }
        if language() != "en":
            request["lang"] = language()
        data, _ = self._call("sentences_json", request, None)
        return [str(s) for s in data["sentences"]]

    def check_facts(self, case: Case) -> list[str]:
        """Check every given fact of ``case`` against the vocabulary (a
        :class:`~pyswip_bridge.errors.CaseFileError` naming its place) and return them in words."""
        case = _check_case(case)
        request: dict[str, Any] = {"texts": [fact.to_request() for fact in case.facts]}
        if language() != "en":
            request["lang"] = language()
        data, _ = self._call("sentences_json", request, case.source)
        return [str(s) for s in data["sentences"]]

    def answer(self, request: dict[str, Any], source: str | None = None) -> dict[str, Any]:
        """The KB's answer object (the JSON contract, decoded) to ``request``; typed errors raised.

        ``source`` names the case file in error messages.
        """
        return self.answer_with_text(request, source)[0]

    def answer_with_text(self, request: dict[str, Any], source: str | None = None) -> tuple[dict[str, Any], bytes]:
        """:meth:`answer`, and its JSON text as the KB wrote it (UTF-8), to pass on without re-encoding."""
        return self._call("ask_json", request, source)

    def _call(self, entry: str, request: dict[str, Any], source: str | None) -> tuple[dict[str, Any], bytes]:
        """Call the KB's entry predicate ``entry`` with ``request``: its answer object and JSON text,
        its error object raised as the typed error."""
        try:
            data, text = self._engine.call_json_text(entry, request)
        except ValueError as exc:  # text UTF-8 cannot carry
            raise error_from_json({"type": "case_syntax", "message": str(exc)}, source=source) from None
        if not isinstance(data, dict):
            raise EngineError("the KB's answer is not a JSON object")
        if "error" in data:
            raise error_from_json(data["error"], source=source)
        return data, text

    def ask_many(
        self,
        question: str,
        cases: Iterable[Case] | str | os.PathLike[str],
        *,
        explain: bool = False,
        workers: int = 1,
        limits: Limits | None = None,
        readings: dict[str, str] | None = None,
        reason_anyway: bool = False,
    ) -> Iterator[BatchResult]:
        """Answer ``question`` for every case of ``cases``, in their order, one :class:`BatchResult` each.

        ``cases`` is an iterable of :class:`Case`, or the path of a ``.jsonl`` file of cases (one JSON
        case object a line, as ``cassation batch`` reads): then a line that is not a case (bad JSON,
        an undeclared fact) is that line's error and the others go on, and ``line`` is its line number.
        If an iterable of cases raises, the results of the cases before it are given first.

        A case that cannot be answered (a bad fact, a date outside the resolution's period, a
        limit) gives a result with its ``error``; the others go on.  A question that cannot be asked
        at all raises at once.  With ``explain``, each result carries the whole answer (the JSON
        contract, with proofs and why-not); without, only outcomes (bindings and rule ids).  With
        ``workers`` > 1, the cases are answered by that many processes, each with its own
        SWI-Prolog; ``cases`` is read lazily and at most a few chunks are held at once, so any number
        of cases runs in bounded memory.
        """
        from .pool import MAX_WORKERS, BatchOptions, answer_cases, check_question, raise_question_error

        options = BatchOptions(question, explain, dict(readings or {}), limits or Limits(), reason_anyway, language())
        if not 1 <= workers <= MAX_WORKERS:
            raise UserError(f"the number of workers must be from 1 to {MAX_WORKERS}, not {workers}")
        raise_question_error(check_question(self, options))  # here, not at the first result
        if isinstance(cases, (str, os.PathLike)):
            if not Path(cases).is_file():
                raise BatchFileError(f"{os.fspath(cases)}: no such cases file")
            return answer_cases(options, _case_lines(Path(cases)), workers=workers, kb=self)
        return answer_cases(options, (item for item in cases), workers=workers, kb=self)

    def vocabulary(self) -> dict[str, Any]:
        """The declared case facts, enumerations and reserved persons."""
        return cast("dict[str, Any]", self._engine.call_json("vocabulary_json"))

    def norms(self) -> dict[str, Any]:
        """Every rule with its id, paragraph, articles, quoted text and clause; the ambiguous passages."""
        return cast("dict[str, Any]", self._engine.call_json("norms_json"))

    def questions(self) -> dict[str, Any]:
        """The questions the KB answers, with the rules that conclude each."""
        return cast("dict[str, Any]", self._engine.call_json("questions_json"))


__all__ = ["KnowledgeBase"]
