"""Typed results of a question: answers with proof trees, why-not, assumptions.

These mirror the JSON contract documented in docs/usage.md; they are built from
the one JSON text the KB returns (:meth:`AskResult.from_json`) and keep it
(:attr:`AskResult.raw`) so that ``--format json`` prints exactly the contract.

Results hold data; how an answer shows itself (``str(result)``, Jupyter's rich display) is the
renderers': :mod:`pyswip_bridge.render` registers them here (:func:`register_display`) when it is
imported, and the package imports it, so every answer has them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .i18n import language, tr

#: How an answer is shown: ``"text"`` (``str(result)``) and ``"mimebundle"`` (Jupyter), registered
#: by :mod:`pyswip_bridge.render`.
_DISPLAY: dict[str, Callable[[AskResult], Any]] = {}


def register_display(*, text: Callable[[AskResult], str], mimebundle: Callable[[AskResult], dict[str, str]]) -> None:
    """Make ``str(result)`` call ``text`` and Jupyter's rich display ``mimebundle``."""
    _DISPLAY["text"] = text
    _DISPLAY["mimebundle"] = mimebundle


@dataclass(frozen=True)
class Source:
    """Where a rule comes from: a paragraph of Resolution No. 5, CPC/CC articles, the quoted words."""

    paragraph: int
    articles: tuple[str, ...]
    text: str
    #: In a Russian answer: that ``text`` is the resolution's unofficial English translation.
    text_note: str | None = None
    #: In a Russian answer: each article as a Russian citation and its verbatim Russian text (or None).
    articles_ru: tuple[ArticleQuote, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Source | None:
        if data is None:
            return None
        quotes = tuple(ArticleQuote(a["article"], a["label"], a.get("verbatim")) for a in data.get("articles_ru", ()))
        return cls(int(data["paragraph"]), tuple(data["articles"]), data["text"], data.get("text_note"), quotes)

    def citation(self) -> str:
        """``¶3; CPC art. 486 part 1`` (in a Russian answer ``п. 3; ст. 486 ч. 1 УПК РК``)."""
        if self.articles_ru:
            return "; ".join([f"п. {self.paragraph}", *(a.label for a in self.articles_ru)])
        return "; ".join([f"¶{self.paragraph}", *self.articles])


@dataclass(frozen=True)
class ArticleQuote:
    """A CPC/CC article a rule rests on, cited in Russian, with its verbatim Russian text where the
    reference holds it."""

    article: str
    label: str
    verbatim: str | None


@dataclass(frozen=True)
class ProofNode:
    """One step of a proof: a goal, how it holds, the rule and source, and the steps below it."""

    goal: str
    status: str  # proved | given | assumed_absent | builtin
    rule: str | None
    source: Source | None
    children: tuple[ProofNode, ...] = ()
    note: str | None = None
    reading: dict[str, str] | None = None
    why_not: tuple[Failure, ...] = ()
    assumption: str | None = None
    text: str | None = None
    #: For a step taken as not so (``\\+ G``): G in words, and whether G is a case fact or derived.
    absent: str | None = None
    absent_kind: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProofNode:
        return cls(
            goal=data["goal"],
            status=data["status"],
            rule=data.get("rule"),
            source=Source.from_json(data.get("source")),
            children=tuple(cls.from_json(c) for c in data.get("children", [])),
            note=data.get("note"),
            reading=data.get("reading"),
            why_not=tuple(Failure.from_json(f) for f in data.get("why_not", [])),
            assumption=data.get("assumption"),
            text=data.get("text"),
            absent=data.get("absent"),
            absent_kind=data.get("absent_kind"),
        )

    def walk(self) -> Iterator[ProofNode]:
        """This node and every node below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def rules(self) -> set[str]:
        """The ids of the rules this proof uses."""
        return {n.rule for n in self.walk() if n.rule}


@dataclass(frozen=True)
class DecisiveFact:
    """A fact of the case on which an answer turns (the KB's ``verdict.decisive``).

    ``status`` is ``given`` (stated in the case: for a yes, without it the answer would be no; for a
    no, undoing it is part of what would make it yes), ``absent`` (a yes takes it as not so: if the
    case stated it, the answer would be no) or ``missing`` (a no: the case does not state it, and
    stating it is part of what would make it yes).  ``alternatives`` are other values of an
    enumerated argument that would do as well; ``where`` is the place of a given fact in the case file.
    """

    fact: str
    text: str
    status: str
    alternatives: tuple[str, ...] = ()
    where: str | None = None
    #: In an answer not in English: ``alternatives`` in words of its language.
    alternative_words: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DecisiveFact:
        return cls(
            data["fact"],
            data["text"],
            data["status"],
            tuple(data.get("alternatives", [])),
            data.get("where"),
            tuple(data.get("alternative_words", [])),
        )

    def sentence(self) -> str:
        """The fact in words, with the other values that would do (``… upheld (or: changed)``)."""
        if self.alternatives:
            values = self.alternative_words or self.alternatives
            return tr("{text} (or: {values})").format(text=self.text, values=", ".join(values))
        return self.text

    def how(self, holds: bool) -> str:
        """What this fact does to the answer, in a few words, with its place when it has one."""
        place = f", {self.where}" if self.where else ""
        if self.status == "given":
            return tr("given") + place + (tr("; without it, no") if holds else tr("; undo it"))
        if self.status == "absent":
            return tr("not stated, taken as not so; if it were stated, no")
        return tr("not stated; needed")


@dataclass(frozen=True)
class Verdict:
    """The line a lawyer would write about an answer, and the facts on which it turns."""

    line: str
    decisive: tuple[DecisiveFact, ...] = ()
    #: Whether the decisive facts were worked out (they are for the first answers, and for a "no"
    #: unless the search for them ran out of its budget).
    decisive_found: bool = True
    #: A "no" that turns only on facts the case does not state: "no, on the facts given".
    on_facts_given: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Verdict | None:
        if data is None:
            return None
        return cls(
            data["line"],
            tuple(DecisiveFact.from_json(d) for d in data.get("decisive", [])),
            bool(data.get("decisive_found", True)),
            bool(data.get("on_facts_given", False)),
        )


@dataclass(frozen=True)
class Answer:
    """One answer: a distinct binding of the question's variables, its first proof, and the other
    proofs of the same binding that were found (two rules concluding the same thing are two proofs)."""

    bindings: dict[str, str]
    proof: ProofNode
    other_proofs: tuple[ProofNode, ...] = ()
    verdict: Verdict | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Answer:
        return cls(
            dict(data["bindings"]),
            ProofNode.from_json(data["proof"]),
            tuple(ProofNode.from_json(p) for p in data.get("other_proofs", [])),
            Verdict.from_json(data.get("verdict")),
        )

    @property
    def proofs(self) -> tuple[ProofNode, ...]:
        """Every proof of this answer that was found, the first one first."""
        return (self.proof, *self.other_proofs)


@dataclass(frozen=True)
class FailedCondition:
    """The first condition of a rule that did not hold, and why."""

    goal: str
    kind: str  # missing_fact | blocked | condition_false | unproved
    proof: ProofNode | None
    why_not: tuple[Failure, ...]
    text: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FailedCondition:
        proof = data.get("proof")
        return cls(
            data["goal"],
            data["kind"],
            ProofNode.from_json(proof) if proof else None,
            tuple(Failure.from_json(f) for f in data.get("why_not", [])),
            data.get("text"),
        )


@dataclass(frozen=True)
class Failure:
    """Why one rule that could have concluded the question did not."""

    rule: str
    conclusion: str
    source: Source | None
    satisfied: tuple[ProofNode, ...]
    failed: FailedCondition
    text: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Failure:
        return cls(
            data["rule"],
            data["conclusion"],
            Source.from_json(data.get("source")),
            tuple(ProofNode.from_json(n) for n in data.get("satisfied", [])),
            FailedCondition.from_json(data["failed"]),
            data.get("text"),
        )

    def missing_facts(self) -> list[str]:
        """The case facts that were missing, here or in the conditions below."""
        found = [self.failed.goal] if self.failed.kind == "missing_fact" else []
        for sub in self.failed.why_not:
            found.extend(sub.missing_facts())
        return found


@dataclass(frozen=True)
class Assumption:
    """A negated condition that held because nothing established its opposite."""

    goal: str
    kind: str
    text: str
    fact_text: str = ""


@dataclass(frozen=True)
class Validity:
    """Whether Resolution No. 5 was in force on the case's dates (¶27 and the abolition)."""

    relevant_dates: tuple[str, ...]
    in_force: bool | None
    window: tuple[str, str]
    warning: str | None
    published: str | None = None  # the first official publication, when the case states it

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Validity | None:
        if data is None:
            return None
        return cls(
            tuple(data["relevant_dates"]),
            data["in_force"],
            tuple(data["window"]),
            data["warning"],
            data.get("published"),
        )

    def in_force_text(self) -> str:
        """The sentence every rendering shows when the resolution applied on the case's dates."""
        if language() == "ru":
            if self.published:
                span = f"действовало со дня первого официального опубликования {self.published} по {self.window[1]}"
            else:
                span = (
                    f"действовало с {self.window[0]} по {self.window[1]}, считая со дня принятия: в деле не указана "
                    "дата первого официального опубликования"
                )
            dates = ", ".join(self.relevant_dates)
            return f"Действие: Нормативное постановление № 5 применялось на {dates} ({span}; п. 27)."
        if self.published:
            span = f"in force from its first official publication on {self.published} to {self.window[1]}"
        else:
            span = (
                f"in force {self.window[0]} to {self.window[1]}, counted from its adoption: the case does not "
                "state its first official publication"
            )
        return f"In force: Resolution No. 5 applied on {', '.join(self.relevant_dates)} ({span}; ¶27)."


@dataclass(frozen=True)
class Change:
    """One change of a case: ``add`` a fact of the vocabulary, or ``remove`` a given fact."""

    op: str
    fact: str
    text: str


@dataclass(frozen=True)
class Repair:
    """A smallest set of changes after which the question holds, and the rule that then applies."""

    changes: tuple[Change, ...]
    rule: str | None
    source: Source | None
    rules: tuple[str, ...]
    conclusion: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Repair:
        return cls(
            tuple(Change(c["op"], c["fact"], c["text"]) for c in data["changes"]),
            data.get("rule"),
            Source.from_json(data.get("source")),
            tuple(data.get("rules", [])),
            data.get("conclusion", ""),
        )

    @property
    def size(self) -> int:
        return len(self.changes)


@dataclass(frozen=True)
class OpenWorld:
    """The open-world value of a question and the unknown facts that would decide it."""

    value: str  # true | false | unknown
    unknown_facts: tuple[dict[str, str], ...]

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> OpenWorld | None:
        if data is None:
            return None
        value = data["value"]
        value = {True: "true", False: "false"}.get(value, value)
        return cls(str(value), tuple(data.get("unknown_facts", [])))


@dataclass
class AskResult:
    """The answer to one question about one case."""

    question: str
    holds: bool
    answers: list[Answer]
    why_not: list[Failure]
    assumptions: list[Assumption]
    readings: list[dict[str, str]]
    validity: Validity | None = None
    repairs: list[Repair] = field(default_factory=list)
    open_world: OpenWorld | None = None
    raw: dict[str, Any] = field(repr=False, default_factory=dict)
    #: Whether answers were left out: more distinct bindings were found than are listed, or the count
    #: of them stopped at its bound (then ``answers_found`` is a lower bound).
    truncated: bool = False
    #: How many distinct answers (bindings) were found: all of them if ``answers_found_exact``, else at least.
    answers_found: int = 0
    answers_found_exact: bool = True
    #: Whether every proof of every listed answer was found (``Answer.other_proofs``).
    all_proofs: bool = True
    #: Where the question may not ask what was meant (the KB's ``warnings``): a variable named like a
    #: name of the case (``X`` for ``x``) or like a person (``Қайрат``), a name the case never mentions.
    #: The answer is still given; the renderers print these right after the question.
    warnings: tuple[str, ...] = ()
    #: The verdict line and the decisive facts (every explained answer has one).
    verdict: Verdict | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AskResult:
        """The typed answer of the KB's answer object ``data`` (the JSON contract, decoded).

        Decoded lazily: the answers with their proofs, the why-not, the assumptions and the repairs
        are built from ``data`` on first access (a program that reads only ``holds`` or the
        bindings never pays for the rest); the answer is the same either way."""
        result = object.__new__(cls)
        result.__dict__.update(
            question=data["question"],
            holds=bool(data["holds"]),
            readings=list(data.get("readings", [])),
            raw=data,
            truncated=bool(data.get("truncated", False)),
            answers_found=int(data.get("answers_found", len(data["answers"]))),
            answers_found_exact=bool(data.get("answers_found_exact", True)),
            all_proofs=bool(data.get("all_proofs", True)),
            warnings=tuple(str(w) for w in data.get("warnings", [])),
            # small, and fields with a class-level default (never reach __getattr__): decoded now
            validity=Validity.from_json(data.get("validity")),
            open_world=OpenWorld.from_json(data.get("open_world")),
            verdict=Verdict.from_json(data.get("verdict")),
        )
        return result

    def __getattr__(self, name: str) -> Any:
        """A field left to decode by :meth:`from_json`, decoded from ``raw`` and kept."""
        decode = _LAZY_FIELDS.get(name)
        data = self.__dict__.get("raw")
        if decode is None or data is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = decode(data)
        self.__dict__[name] = value
        return value

    def __str__(self) -> str:
        """The answer explained as text (:func:`~pyswip_bridge.render.text.render_text`)."""
        text = _DISPLAY.get("text")
        return repr(self) if text is None else str(text(self))

    def __repr__(self) -> str:
        """Short: ``<AskResult may_review(v1, P): yes, 2 answers>``."""
        verdict = f"yes, {self.answer_count_text()}" if self.holds else "no"
        warned = f", {len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}" if self.warnings else ""
        return f"<AskResult {self.question}: {verdict}{warned}>"

    def answer_count_text(self) -> str:
        """How many answers there are, as the answer's headline says it after "yes": ``3 answers``,
        ``first 100 of 250 answers``, ``first 100 of at least 250 answers``."""
        shown = len(self.answers)
        found = max(self.answers_found, shown)
        plural = "s" if found != 1 else ""
        if language() == "ru":
            if not self.truncated:
                return f"ответов: {shown}"
            if found > shown:
                return f"первые {shown} из {'' if self.answers_found_exact else 'не менее '}{found} ответов"
            return f"ответов: {shown}; поиск других остановлен на своей границе"
        if not self.truncated:
            return f"{shown} answer{'s' if shown != 1 else ''}"
        if found > shown:
            return f"first {shown} of {'' if self.answers_found_exact else 'at least '}{found} answer{plural}"
        return f"{shown} answer{'s' if shown != 1 else ''}; the search for more stopped at its bound"

    def rules_used(self) -> set[str]:
        """The ids of every rule used by any proof of any answer."""
        used: set[str] = set()
        for answer in self.answers:
            for proof in answer.proofs:
                used |= proof.rules()
        return used

    def bindings(self) -> list[dict[str, str]]:
        """The variable bindings of each answer."""
        return [a.bindings for a in self.answers]

    def to_json(self, indent: int | None = 2) -> str:
        """The answer as the JSON contract (exactly what the KB returned)."""
        return json.dumps(self.raw, ensure_ascii=False, indent=indent)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        """Jupyter shows an answer in one rich form: its HTML (verdict, decisive facts, proof tree with
        citations), with the text explanation as the plain fallback (:mod:`pyswip_bridge.render.notebook`)."""
        mimebundle = _DISPLAY.get("mimebundle")
        return {"text/plain": repr(self)} if mimebundle is None else dict(mimebundle(self))


# The fields of AskResult that AskResult.from_json leaves to be decoded on first access.
_LAZY_FIELDS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "answers": lambda data: [Answer.from_json(a) for a in data["answers"]],
    "why_not": lambda data: [Failure.from_json(f) for f in data["why_not"]],
    "assumptions": lambda data: [
        Assumption(a["goal"], a["kind"], a["text"], a.get("fact_text", "")) for a in data["assumptions"]
    ],
    "repairs": lambda data: [Repair.from_json(r) for r in data.get("repairs", [])],
}
