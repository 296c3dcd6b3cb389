"""The guided interview: ask the person who knows the case only the facts that can still decide a question.

>>> kb = KnowledgeBase()
>>> interview = Interview(kb, "may_review(v1, 'Қайрат')", Case.from_file("case.yaml"))
>>> while (q := interview.next_question()) is not None:
...     interview.answer(input(q.text + " "))          # yes / no / don't know / a value or a choice's number
>>> interview.result.open_world.value                  # "true", "false" or "unknown"
>>> Path("out.yaml").write_text(interview.case_file_text(), encoding="utf-8")

Which fact to ask next, and why, is decided by the KB (``kb/engine/interview.pl``, one call a step);
this module keeps the case as the replies build it and reads the replies: yes, no, don't know, or a
value of the declared type (a choice's number picks that choice).  The value itself is checked by the
KB against the vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from ..bridge.case import Case, Fact
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..errors import ReplyError
from ..i18n import citation, tr
from ..results import AskResult

YES_REPLIES = frozenset({"yes", "y", "да", "иә", "ия"})
NO_REPLIES = frozenset({"no", "n", "нет", "жоқ"})
#: To a "which ...?" question: no value fits (recorded as the denied fact with ``_`` for the value).
NONE_REPLIES = frozenset({"none", "nobody", "no one", "никто", "нет никого", "ешкім"})
UNKNOWN_REPLIES = frozenset({"don't know", "dont know", "don’t know", "unknown", "dk", "u", "не знаю", "білмеймін"})
#: An interview asks at most this many questions (each fact is asked once; this bounds a runaway).
MAX_QUESTIONS = 200


@dataclass(frozen=True)
class Why:
    """Why a question is asked: the legal rule with a condition the fact can meet."""

    rule: str
    paragraph: int
    articles: tuple[str, ...]
    text: str  # the resolution's words the rule encodes
    conclusion: str  # what the rule concludes, in words

    def lines(self) -> list[str]:
        """The reason in words, for a reader."""
        decides = tr("It decides whether {conclusion}").format(conclusion=self.conclusion)
        rule = tr("rule {rule}").format(rule=self.rule)
        cited = citation([f"¶{self.paragraph}", *self.articles])
        return [f"{decides} ({rule}, {cited}):", f"  “{self.text}”"]


@dataclass(frozen=True)
class Choice:
    """A value offered for a "which ...?" question: as written in a case file, and in words."""

    value: str
    text: str


@dataclass(frozen=True)
class InterviewQuestion:
    """One question of an interview."""

    fact: str  # the fact asked about, ``_`` for the value asked (``filed_on(pt1, _)``)
    kind: str  # "yes_no" or "value"
    text: str  # the question in plain words
    why: Why | None
    argument: str | None = None  # for a value question: the argument asked (``date``) ...
    type: str | None = None  # ... and its declared type (``date``, ``appeal_outcome``, ``id``; ``fact``: which is so)
    argument_words: str | None = None  # the argument asked, in the interview's language ("акт")
    choices: tuple[Choice, ...] = ()
    nature: str | None = None

    @property
    def replies(self) -> str:
        """The replies this question takes, in words."""
        if self.kind == "yes_no":
            return tr("yes / no / don't know")
        if self.choices:
            return tr("1-{n} or a value / none / don't know").format(n=len(self.choices))
        kind = {"date": "a date YYYY-MM-DD", "count": "a whole number", "id": "a name"}.get(self.type or "", "a value")
        return tr("{kind} / none / don't know").format(kind=tr(kind))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InterviewQuestion:
        why = data.get("why")
        argument = data.get("argument") or {}
        return cls(
            fact=str(data["fact"]),
            kind=str(data["kind"]),
            text=str(data["question"]),
            why=Why(
                str(why["rule"]),
                int(why["paragraph"]),
                tuple(map(str, why["articles"])),
                str(why["text"]),
                str(why["conclusion"]),
            )
            if why
            else None,
            argument=argument.get("name"),
            type=argument.get("type"),
            argument_words=argument.get("words"),
            choices=tuple(Choice(str(c["value"]), str(c["text"])) for c in data.get("choices") or ()),
            nature=data.get("nature"),
        )


@dataclass(frozen=True)
class Recorded:
    """What a reply added to the case: ``given`` (a fact), ``denied`` (a fact known to be false) or
    ``skipped`` (not known: the fact stays unknown and is not asked again)."""

    status: str
    fact: str
    text: str  # the fact in words


def _value(value: Any) -> str:
    return {True: "true", False: "false"}.get(value, str(value))


@dataclass
class Interview:
    """A guided interview on ``question`` starting from ``case`` (empty if None).

    :meth:`next_question` is the question to ask now (``None`` once the answer is decided or nothing
    more can be asked); :meth:`answer` records the reply; :attr:`result` is the answer with its
    explanation; :meth:`case_file_text` the case as a YAML case file, denied facts included.
    Bad replies raise :class:`~pyswip_bridge.errors.ReplyError` and change nothing.
    """

    kb: KnowledgeBase
    question: str
    case: Case = field(default_factory=Case)
    readings: dict[str, str] = field(default_factory=dict)
    limits: Limits | None = None
    reason_anyway: bool = False
    skipped: list[str] = field(default_factory=list)
    history: list[tuple[InterviewQuestion, Recorded]] = field(default_factory=list)
    value: str = field(init=False, default="unknown")
    unknown_facts: list[dict[str, str]] = field(init=False, default_factory=list)
    _next: InterviewQuestion | None = field(init=False, default=None)
    _result: AskResult | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.case is None:
            self.case = Case()
        self._take(self._step(None))

    def _step(self, reply: dict[str, str] | None) -> dict[str, Any]:
        return self.kb.interview_step(
            self.question,
            self.case,
            skipped=self.skipped,
            reply=reply,
            limits=self.limits,
            readings=self.readings,
            reason_anyway=self.reason_anyway,
        )

    def _take(self, data: dict[str, Any]) -> None:
        self.value = _value(data["value"])
        self.unknown_facts = [dict(u) for u in data.get("unknown_facts") or ()]
        self._next = InterviewQuestion.from_json(data["next"]) if data.get("next") else None
        if len(self.history) >= MAX_QUESTIONS:
            self._next = None
        self._result = None

    def next_question(self) -> InterviewQuestion | None:
        """The question to ask now, or ``None`` when the interview is over."""
        return self._next

    @property
    def decided(self) -> bool:
        """Whether the answer no longer depends on an unknown fact."""
        return self.value != "unknown"

    def reply_of(self, text: str) -> dict[str, str]:
        """The reply ``text`` to the current question as the KB takes it (``ReplyError`` if it is none)."""
        current = self._next
        if current is None:
            raise ReplyError("the interview is over: there is no question to answer")
        word = " ".join(text.strip().lower().rstrip(".!").split())
        if word in UNKNOWN_REPLIES:
            return {"fact": current.fact, "reply": "unknown"}
        if current.kind == "yes_no":
            if word in YES_REPLIES:
                return {"fact": current.fact, "reply": "yes"}
            if word in NO_REPLIES:
                return {"fact": current.fact, "reply": "no"}
            raise ReplyError(f"answer yes, no or don't know, not {text.strip()!r}")
        if word in NO_REPLIES or word in NONE_REPLIES:  # no value fits: denied with `_` for the value
            return {"fact": current.fact, "reply": "no"}
        if word in YES_REPLIES:
            what = (
                "is so"
                if current.type == "fact"
                else current.argument_words or (current.argument or "value").replace("_", " ")
            )
            raise ReplyError(f"this question asks which {what}: give {current.replies}, not {text.strip()!r}")
        value = text.strip()
        if not value:
            raise ReplyError(f"give {current.replies}")
        if value.isdigit() and current.choices:
            number = int(value)
            if not 1 <= number <= len(current.choices):
                raise ReplyError(f"there are {len(current.choices)} choices, not {number}")
            value = current.choices[number - 1].value
        return {"fact": current.fact, "reply": "value", "value": value}

    def answer(self, text: str) -> Recorded:
        """Record the reply ``text`` to the current question (yes / no / don't know / a value or a
        choice's number) and work out the next question."""
        current = self._next
        reply = self.reply_of(text)
        data = self._step(reply)
        recorded = data.get("recorded")
        assert current is not None and isinstance(recorded, dict)
        done = Recorded(str(recorded["as"]), str(recorded["fact"]), str(recorded["text"]))
        where = f"interview reply {len(self.history) + 1}"
        if done.status == "given":
            self.case = Case(
                [*self.case.facts, Fact(done.fact, where)],
                dict(self.case.readings),
                self.case.source,
                self.case.document,
                list(self.case.denied),
            )
        elif done.status == "denied":
            self.case = Case(
                list(self.case.facts),
                dict(self.case.readings),
                self.case.source,
                self.case.document,
                [*self.case.denied, Fact(done.fact, where)],
            )
        else:
            self.skipped.append(done.fact)
        self.history.append((current, done))
        self._take(data)
        return done

    @property
    def result(self) -> AskResult:
        """The answer to the question on the case as it stands, with its explanation and its open-world
        value (for an undecided answer: the unknown facts that would decide it)."""
        if self._result is None:
            self._result = self.kb.ask(
                self.question,
                self.case,
                readings=self.readings,
                limits=self.limits,
                reason_anyway=self.reason_anyway,
                open_world=True,
            )
        return self._result

    def case_file_text(self) -> str:
        """The case as a YAML case file (``facts``, ``denied``, ``readings``), which ``cassation ask
        --case`` reads back; the facts answered "don't know" are listed in a comment."""
        document: dict[str, Any] = {"facts": [f.text for f in self.case.facts]}
        if self.case.denied:
            document["denied"] = [f.text for f in self.case.denied]
        readings = {**self.case.readings, **self.readings}
        if readings:
            document["readings"] = readings
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000)
        header = f"# cassation interview: {' '.join(self.question.split())}\n"
        if self.skipped:
            header += '# not known (answered "don\'t know"):\n' + "".join(f"#   {s}\n" for s in self.skipped)
        return header + text


__all__ = ["Choice", "Interview", "InterviewQuestion", "Recorded", "Why"]
