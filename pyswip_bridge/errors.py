"""Typed errors of the bridge, each mapped to a one-line CLI message and an exit code.

Every error a user can cause (a bad case file, an unknown question, a runaway
goal) is a :class:`UserError` and makes the CLI exit with code 2; an error in
the bridge or the KB itself is an :class:`EngineError` (exit code 70).
"""

from __future__ import annotations

from typing import Any


class CassationError(Exception):
    """Base class of every error raised by :mod:`pyswip_bridge`.

    ``kind`` is the error's type in the KB's JSON boundary (``query_syntax``, ``vocabulary``,
    ``case_fact``, ``outside_validity``, ``timeout``, ...; see the errors table in docs/usage.md).
    """

    exit_code = 70
    kind = "internal"

    def one_line(self) -> str:
        """The message as a single line, for the CLI."""
        return " ".join(str(self).split())


class UserError(CassationError):
    """An error in what the user gave: the CLI reports it and exits with code 2."""

    kind = "request"

    exit_code = 2


class BatchFileError(UserError):
    """A cases file, results file or run file of a batch cannot be used (``cassation batch``, ``ask_many``)."""

    kind = "batch"


class CaseFileError(UserError):
    """A case file, or one fact in it, cannot be read.

    ``where`` is ``file:line`` (or ``file: fact N``) when known, ``fact`` the text
    of the offending fact.
    """

    kind = "case_syntax"

    def __init__(self, message: str, where: str | None = None, fact: str | None = None) -> None:
        self.message = message
        self.where = where
        self.fact = fact
        text = f"{where}: {message}" if where else message
        if fact is not None:
            text += f" (in {fact!r})" if len(fact) <= 120 else f" (in {fact[:117]!r}...)"
        super().__init__(text)


class VocabularyError(CaseFileError):
    """A case fact uses a predicate that the vocabulary does not declare, or a wrong arity."""

    kind = "vocabulary"


class ContradictionError(CaseFileError):
    """Two given facts of the case cannot both be true (declared in ``kb/law/consistency.pl``).

    ``where`` names both places (``case.yaml:7 and case.yaml:12``); ``places`` and ``facts`` hold the
    two places and the two facts apart, the one written first first.
    """

    kind = "contradiction"

    def __init__(
        self, message: str, where: str | None = None, places: tuple[str, ...] = (), facts: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, where)
        self.places = tuple(places)
        self.facts = tuple(facts)


class QueryError(UserError):
    """The question cannot be asked."""


class QuerySyntaxError(QueryError):
    """The question is not valid Prolog syntax; ``column`` is the 0-based character offset."""

    kind = "query_syntax"

    def __init__(self, message: str, column: int | None = None) -> None:
        self.column = column
        where = f" (at column {column})"
        super().__init__(message + where if column is not None and not message.endswith(where) else message)


class UnknownQuestion(QueryError):
    """The question's predicate is not one the KB answers, or an argument has the wrong type."""

    kind = "unknown_question"


class ReadingError(UserError):
    """No such ambiguous passage or no such reading of it."""

    kind = "reading"


class OutsideValidity(UserError):
    """The case is dated outside the period Resolution No. 5 was in force (ask with ``reason_anyway`` to go on)."""

    kind = "outside_validity"


class QueryTimeout(UserError):
    """The question was not answered within the time limit."""

    kind = "timeout"


class ResourceLimit(UserError):
    """The question exceeded the inference limit or ran out of stack."""

    kind = "resource_limit"


class LimitError(UserError):
    """A time or inference limit that is not a positive number (the request could not even be written)."""

    kind = "request"


class ArgumentError(UserError):
    """An argument of the Python API has a value it cannot take (``why_not_depth=-3``, ``repairs=(9, 5)``).

    An argument of the wrong type is a :class:`TypeError`, as for any Python function.
    """

    kind = "request"


class ConfigurationError(UserError):
    """An environment variable of the bridge (``CASSATION_STACK_LIMIT``, ``CASSATION_C_STACK``) is malformed."""

    kind = "configuration"


class ReplyError(UserError):
    """A reply in a guided interview that does not fit its question (a value of the wrong type, a yes
    to a "which ...?" question)."""


class EngineError(CassationError):
    """SWI-Prolog or the bridge failed: not the user's fault."""


#: Messages from the KB longer than this are shortened (they quote the offending
#: term, which may be 100,000 characters of hostile input).
MAX_MESSAGE_CHARS = 4000


def shorten(message: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``message`` cut in the middle to at most about ``limit`` characters, saying how much was left out."""
    if len(message) <= limit:
        return message
    head, tail = message[: limit * 3 // 4], message[-(limit // 5) :]
    return f"{head} … [{len(message) - len(head) - len(tail):,} characters left out] … {tail}"


def error_from_json(error: dict[str, Any], *, source: str | None = None) -> CassationError:
    """The typed exception for an error object returned by the KB's JSON boundary.

    The exception's ``kind`` is the KB's error type (``case_fact``, ``timeout``, ...).
    """
    exc = _error_from_json(error, source)
    exc.kind = str(error.get("type") or "internal")
    return exc


def _error_from_json(error: dict[str, Any], source: str | None) -> CassationError:
    kind = error.get("type")
    message = shorten(str(error.get("message", "unknown error")))
    where = error.get("where")
    fact = error.get("fact")
    if kind == "query_syntax":
        return QuerySyntaxError(message, error.get("column"))
    if kind in ("unknown_question", "query_type"):
        return UnknownQuestion(message)
    if kind == "vocabulary":
        return VocabularyError(message, where or source, fact)
    if kind in ("case_syntax", "case_fact"):
        return CaseFileError(message, where or source, fact)
    if kind == "contradiction":
        return ContradictionError(
            message,
            where or source,
            tuple(map(str, error.get("places") or ())),
            tuple(map(str, error.get("facts") or ())),
        )
    if kind == "reading":
        return ReadingError(message)
    if kind == "outside_validity":
        return OutsideValidity(message)
    if kind == "timeout":
        return QueryTimeout(message)
    if kind == "resource_limit":
        return ResourceLimit(message)
    if kind == "configuration":  # an environment variable of the bridge, as a worker reports it
        return ConfigurationError(message)
    if kind == "reply":  # an interview reply that does not fit its question
        return ReplyError(message)
    if kind == "request":  # a request the KB refused: its limits or options, as the caller gave them
        return UserError(message)
    return EngineError(f"{kind}: {message}")
