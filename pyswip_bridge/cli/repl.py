"""``cassation repl``: an interactive session over one case.

A researcher builds a case fact by fact and asks as they go::

    cassation> +judicial_act(v1, verdict, first_instance)
    cassation> +entered_into_force(v1, 2019-05-10)
    cassation> reviewable_in_cassation(v1)
    cassation> :why-not may_review(v1, P)

Every line is one of

* ``+FACT`` / ``-FACT``: add a fact (checked by the KB at once: a bad fact is reported with its typed
  error and the case stays as it was) or retract one (``-N`` retracts fact number N of ``:facts``);
* a question (Prolog text, with variables for what is to be found), answered with its proof or why not;
* a command, ``:help`` lists them.

Nothing here parses Prolog or restates a legal rule: questions and facts go to
:meth:`KnowledgeBase.ask` as the user typed them, and the KB parses, checks and answers them under
the session's time and inference limits.  An error prints one line (``error: ...``) on stderr and the
session goes on; ``:quit`` or end of input ends it with exit code 0.

On a terminal the session uses prompt_toolkit (history kept across sessions in
``$CASSATION_HISTORY``, else ``$XDG_STATE_HOME/cassation/history``, else
``~/.local/state/cassation/history``, or in memory only, with one note, if that cannot be written; Tab
completes commands, predicate names and the names of the current case), or readline if prompt_toolkit
is missing.  Several lines pasted at once run one by one; an entry over 100,000 characters is refused.
Reading a script (``cassation repl < script``) it prints no prompt, so its output is only the answers
(``--echo`` prints each line after a ``cassation>`` prompt, for a transcript); lines starting with ``%``
or ``#`` are comments.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click
import yaml

from ..bridge.case import Case, Fact
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits, check_limits
from ..bridge.records import canonical_fact
from ..errors import CassationError, OutsideValidity, UserError
from ..i18n import citation, tr, worded
from ..i18n import message as i18n_message
from ..render.display import for_display, visible
from ..render.text import render_repairs, render_text
from ..results import AskResult

if TYPE_CHECKING:  # prompt_toolkit is imported only for a session on a terminal
    from prompt_toolkit.buffer import Buffer
    from prompt_toolkit.completion import Completer
    from prompt_toolkit.history import History
    from prompt_toolkit.input import Input
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.output import Output

PROMPT = "cassation> "

#: The question asked to have the KB check a changed case (any question would do: every fact of the
#: case is parsed and checked against the vocabulary before the question is answered).
CHECK_QUESTION = "considered_on_appeal(_)"

#: ``:why-not`` asks for repairs of at most this many facts, trying at most this many sets.
REPAIR_BOUNDS = (3, 300)
#: ``:why-not`` shows at most this many repairs.
REPAIRS_SHOWN = 10


@dataclass(frozen=True)
class Command:
    name: str
    args: str
    help: str


COMMANDS: tuple[Command, ...] = (
    Command("+", "FACT", "add a fact to the case (checked by the KB; a bad fact leaves the case unchanged)"),
    Command("-", "FACT | N", "retract a fact of the case (or fact number N of :facts)"),
    Command("", "QUESTION", "answer a question, e.g. may_review(v1, P), with its proof or why not"),
    Command(":why", "QUESTION", "the proof tree with citations and the resolution's words (or why not)"),
    Command(":why-not", "QUESTION", "the smallest changes of the case that would make QUESTION hold"),
    Command(":what-if", "QUESTION +FACT -FACT ...", "the answer before and after changing facts (the case stays)"),
    Command(":facts", "", "the facts of the case, numbered, the facts it denies and the readings chosen"),
    Command(":vocabulary", "[WORD]", "the case facts a case may state (those whose name contains WORD)"),
    Command(":norm", "N | RULE", "the rules of paragraph N (or the rule RULE): provenance, words, clause"),
    Command(":reading", "[PASSAGE READING]", "choose a reading of an ambiguous passage; alone: list them"),
    Command(":load", "FILE", "replace the case by a YAML or JSON case file"),
    Command(":save", "FILE", "write the case as YAML (a `facts` list, and `denied` and `readings`)"),
    Command(":limits", "[SECONDS INFERENCES]", "show or set the bounds of every question"),
    Command(":reason-anyway", "[on|off]", "reason even for a case dated outside the resolution's validity"),
    Command(":goals", "[on|off]", "show proof steps as Prolog goals instead of sentences"),
    Command(":clear", "", "remove every fact, denied fact and reading"),
    Command(":help", "", "this list"),
    Command(":quit", "", "end the session (so does end of input, Ctrl-D)"),
)

COMMAND_NAMES = (*tuple(c.name for c in COMMANDS if c.name.startswith(":")), ":exit", ":q")


class SessionError(UserError):
    """A command of the session was misused (unknown command, missing argument, no such fact)."""


def history_path() -> Path:
    """Where the history of interactive sessions is kept."""
    explicit = os.environ.get("CASSATION_HISTORY")
    if explicit:
        return Path(explicit).expanduser()
    state = os.environ.get("XDG_STATE_HOME")
    base = Path(state).expanduser() if state else Path.home() / ".local" / "state"
    return base / "cassation" / "history"


def strip_full_stop(text: str) -> str:
    """``text`` without surrounding blanks and a final full stop (``fact(a).`` → ``fact(a)``)."""
    text = text.strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text


_NAME = re.compile(r"'(?:[^'\\]|\\.|'')*'|[^\W\d_]\w*")


def names_in(texts: Iterable[str]) -> set[str]:
    """The names (atoms) written in ``texts``, for completion: ``v1``, ``'Қайрат'``, ``verdict``...

    A lexical scan only (words starting with a lower-case letter, and quoted names); numbers, dates and
    variables are skipped.
    """
    found: set[str] = set()
    for text in texts:
        for match in _NAME.finditer(text):
            word = match.group(0)
            start = match.start()
            if not (word.startswith("'") or word[0].islower()):
                continue  # a variable
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # inside a word such as 2019-05-10
            found.add(word)
    return found


def split_changes(text: str) -> tuple[str, list[str], list[str]]:
    """Split ``QUESTION +FACT -FACT ...`` into the question, the facts to add and the facts to remove.

    A change starts at a ``+`` or ``-`` that follows a blank outside parentheses, brackets and quotes.
    """
    parts: list[str] = []
    depth, quote, start = 0, None, 0
    for i, ch in enumerate(text):
        if quote:
            if ch == "\\":
                continue
            if ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(depth - 1, 0)
        elif ch in "+-" and depth == 0 and i > 0 and text[i - 1].isspace():
            parts.append(text[start:i])
            start = i
    parts.append(text[start:])
    question = parts[0].strip()
    add = [strip_full_stop(p[1:]) for p in parts[1:] if p.startswith("+")]
    remove = [strip_full_stop(p[1:]) for p in parts[1:] if p.startswith("-")]
    return question, add, remove


class Session:
    """The state of one session (facts, readings, limits) and what each line does to it.

    ``out`` receives answers, ``err`` one-line errors; :meth:`handle` runs one line and returns False
    when the session should end.
    """

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        case: Case | None = None,
        *,
        limits: Limits | None = None,
        reason_anyway: bool = False,
        goals: bool = False,
        out: TextIO | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.kb = kb or KnowledgeBase()
        case = case or Case()
        self.facts: list[Fact] = list(case.facts)
        self.denied: list[Fact] = list(case.denied)  # facts the case states are false (its `denied:`)
        self.readings: dict[str, str] = dict(case.readings)
        self.source = case.source
        self.limits = limits or Limits()
        self.reason_anyway = reason_anyway
        self.goals = goals
        self.out = out
        self.err = err
        self._words: set[str] | None = None

    # -- the case ----------------------------------------------------------------------------------

    @property
    def case(self) -> Case:
        return self.case_with()

    def case_with(self, facts: list[Fact] | None = None, readings: dict[str, str] | None = None) -> Case:
        """The session's case (its facts, denied facts and readings), with other ``facts`` or ``readings``."""
        return Case(
            list(self.facts if facts is None else facts),
            dict(self.readings if readings is None else readings),
            self.source,
            denied=list(self.denied),
        )

    def check(self, case: Case) -> None:
        """Have the KB parse and check every fact and reading of ``case`` (raises the typed error)."""
        self.kb.ask(CHECK_QUESTION, case, limits=self.limits, reason_anyway=True)

    def find(self, text: str) -> int:
        """The index of the fact written ``text`` (layout aside), or of fact number N for ``N``."""
        text = strip_full_stop(text)
        if text.isdigit():
            number = int(text)
            if not 1 <= number <= len(self.facts):
                raise SessionError(f"there is no fact number {number}; the case has {len(self.facts)} (see :facts)")
            return number - 1
        key = canonical_fact(text)
        for i, fact in enumerate(self.facts):
            if canonical_fact(strip_full_stop(fact.text)) == key:
                return i
        raise SessionError(f"{text} is not a fact of the case (see :facts)")

    # -- output ------------------------------------------------------------------------------------

    def say(self, text: str = "") -> None:
        click.echo(text, file=self.out, nl=not text.endswith("\n"))

    def error(self, message: str, kind: str = "error") -> None:
        if self.out is None:
            sys.stdout.flush()
        click.echo(f"{tr(kind + ':')} {visible(i18n_message(message))}", file=self.err, err=self.err is None)

    def ask(self, question: str, **options) -> AskResult:
        if not question:
            raise SessionError("a question is needed, e.g. may_review(v1, P)")
        return self.kb.ask(question, self.case, limits=self.limits, reason_anyway=self.reason_anyway, **options)

    # -- one line ----------------------------------------------------------------------------------

    def handle(self, line: str) -> bool:
        """Run one line; return False when the session is to end.  Errors are printed, never raised."""
        line = line.strip()
        if not line or line.startswith(("%", "#")):
            return True
        try:
            return self._dispatch(line)
        except OutsideValidity as exc:
            self.error(f"{exc.one_line()} (in this session: :reason-anyway on)")
        except CassationError as exc:
            self.error(exc.one_line())
        except KeyboardInterrupt:
            self.error("interrupted (the question goes on within its limits; the next one waits for it)")
        except Exception as exc:  # a bug: say so in one line and go on
            if os.environ.get("CASSATION_DEBUG"):
                raise
            self.error(f"{type(exc).__name__}: {' '.join(str(exc).split())}", kind="internal error")
        return True

    def _dispatch(self, line: str) -> bool:
        if line.startswith("+"):
            self.add_fact(line[1:])
        elif line.startswith("-"):
            self.retract_fact(line[1:])
        elif line.startswith(":"):
            name, *rest = line.split(None, 1)
            name = name.lower()
            arg = rest[0].strip() if rest else ""
            if name in (":quit", ":exit", ":q"):
                return False
            handler = self._handlers().get(name)
            if handler is None:
                close = [c for c in COMMAND_NAMES if c.startswith(name[:3])]
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise SessionError(f"unknown command {name}{hint} (:help lists the commands)")
            handler(arg)
        else:
            if line.startswith("?-"):
                line = line[2:].strip()
            self.say(render_text(self.ask(line), goals=self.goals))
        return True

    def _handlers(self) -> dict[str, Callable[[str], None]]:
        return {
            ":why": self.why,
            ":why-not": self.why_not,
            ":what-if": self.what_if,
            ":facts": self.show_facts,
            ":vocabulary": self.vocabulary,
            ":norm": self.norm,
            ":norms": self.norm,
            ":reading": self.reading,
            ":readings": self.reading,
            ":load": self.load,
            ":save": self.save,
            ":limits": self.set_limits,
            ":reason-anyway": self.set_reason_anyway,
            ":goals": self.set_goals,
            ":clear": self.clear,
            ":help": self.help,
        }

    # -- facts -------------------------------------------------------------------------------------

    def add_fact(self, text: str) -> None:
        text = strip_full_stop(text)
        if not text:
            raise SessionError("+ needs a fact, e.g. +judicial_act(v1, verdict, first_instance)")
        try:
            index = self.find(text)
        except SessionError:
            index = None
        if index is not None:
            self.say(f"{tr('already a fact of the case:')} {self.facts[index].text}")
            return
        fact = Fact(text, f"fact {len(self.facts) + 1}")
        candidate = self.case_with(facts=[*self.facts, fact])
        self.check(candidate)  # raises the KB's typed error; the session's case is unchanged
        self.facts.append(fact)
        self.say(f"{tr('added:')} {visible(text)}  ({self._count()})")

    def retract_fact(self, text: str) -> None:
        if not text.strip():
            raise SessionError("- needs a fact of the case or its number, e.g. -appeal_withdrawn(a1) or -3")
        fact = self.facts.pop(self.find(text))
        self.say(f"{tr('retracted:')} {visible(fact.text)}  ({self._count()})")

    def _count(self) -> str:
        return tr("{n} fact" if len(self.facts) == 1 else "{n} facts").format(n=len(self.facts))

    def show_facts(self, arg: str) -> None:
        if not self.facts:
            self.say(tr("the case has no facts yet: add one with +FACT (:vocabulary lists them)"))
        width = len(str(len(self.facts)))
        for i, fact in enumerate(self.facts, start=1):
            self.say(f"{i:>{width}}. {visible(fact.text)}")
        for fact in self.denied:
            self.say(f"{tr('denied:')} {visible(fact.text)}")
        for passage, reading in self.readings.items():
            self.say(f"{tr('reading:')} {passage} = {reading}")

    def clear(self, arg: str) -> None:
        self.facts, self.denied, self.readings, self.source = [], [], {}, None
        self.say(tr("the case is empty"))

    def load(self, arg: str) -> None:
        if not arg:
            raise SessionError(":load needs a file name")
        case = Case.from_file(arg)
        self.check(case)
        self.facts, self.denied = list(case.facts), list(case.denied)
        self.readings, self.source = dict(case.readings), case.source
        self.say(
            tr("loaded {file}: {facts}").format(file=arg, facts=self._count())
            + (tr(", {n} denied").format(n=len(self.denied)) if self.denied else "")
            + (
                tr(", readings {readings}").format(readings=", ".join(f"{p} = {r}" for p, r in self.readings.items()))
                if self.readings
                else ""
            )
        )

    def save(self, arg: str) -> None:
        if not arg:
            raise SessionError(":save needs a file name")
        path = Path(arg)
        if path.suffix.lower() not in (".yaml", ".yml"):
            raise SessionError(f":save writes YAML: give a file name ending in .yaml, not {arg}")
        document: dict[str, object] = {"facts": [f.text for f in self.facts]}
        if self.denied:
            document["denied"] = [f.text for f in self.denied]
        if self.readings:
            document["readings"] = dict(self.readings)
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise SessionError(f"cannot write {arg}: {exc.strerror or exc}") from None
        self.say(tr("saved {facts} to {file}").format(facts=self._count(), file=arg))

    # -- questions ---------------------------------------------------------------------------------

    def why(self, arg: str) -> None:
        self.say(render_text(self.ask(arg), quotes=True, goals=self.goals))

    def why_not(self, arg: str) -> None:
        result = self.ask(arg, repairs=REPAIR_BOUNDS)
        total = len(result.repairs)
        result.repairs = result.repairs[:REPAIRS_SHOWN]
        self.say(render_repairs(result, goals=self.goals))
        if total > REPAIRS_SHOWN:
            self.say(tr("... and {n} more (larger or equally small) repairs").format(n=total - REPAIRS_SHOWN))

    def what_if(self, arg: str) -> None:
        from ..workbench.whatif import render_what_if, what_if

        question, add, remove = split_changes(arg)
        if not question or not (add or remove):
            raise SessionError(
                ":what-if needs a question and changes, e.g. "
                ":what-if may_review(v1, P) +appeal_withdrawn(a1) -appeal(a2, x, v1)"
            )
        if any(not fact for fact in add + remove):
            raise SessionError(":what-if: a + or - without a fact")
        remove = [self.facts[self.find(fact)].text for fact in remove]  # each must be a fact of the case
        result = what_if(
            self.kb, question, self.case, add, remove, limits=self.limits, reason_anyway=self.reason_anyway
        )
        self.say(render_what_if(for_display(result)))

    # -- the KB ------------------------------------------------------------------------------------

    def vocabulary(self, arg: str) -> None:
        vocab = self.kb.vocabulary()
        facts = [f for f in vocab["facts"] if arg in f["name"]]
        if not facts:
            raise SessionError(f"no case fact of the vocabulary has {arg!r} in its name")
        for fact in facts:
            args = ", ".join(f"{a['name']}:{a['type']}" for a in fact["arguments"])
            self.say(f"{fact['name']}({args})")
            self.say(f"    {fact['meaning']}")
        if not arg:
            self.say(
                "types: id (a name, e.g. v1 or 'Қайрат'), date (YYYY-MM-DD), "
                + ", ".join(e["type"] for e in vocab["enumerations"])
                + " (see `cassation vocabulary`)"
            )

    def norm(self, arg: str) -> None:
        if not arg:
            raise SessionError(":norm needs a paragraph number (1-27) or a rule id")
        data = self.kb.norms()
        if arg.isdigit():
            paragraph = int(arg)
            rules = [r for r in data["rules"] if r["paragraph"] == paragraph]
            passages = [p for p in data["ambiguous_passages"] if p["paragraph"] == paragraph]
            if not rules:
                raise SessionError(f"no rules encode paragraph {paragraph}")
        else:
            rules = [r for r in data["rules"] if r["id"] == arg]
            passages = []
            if not rules:
                raise SessionError(f"no rule {arg}; :norm N lists the rules of paragraph N")
        for rule in sorted(rules, key=lambda r: (r["paragraph"], r["id"])):
            self.say(f"{rule['id']}  ({citation(['¶' + str(rule['paragraph']), *rule['articles']])})")
            self.say(f"    “{rule['text']}”")
            for line in rule["clause"].splitlines():
                self.say(f"    {line}")
        for passage in passages:
            self.say(
                tr("ambiguous passage {passage}:").format(passage=passage["passage"])
                + f" {worded(passage, 'why')} "
                + tr("(:reading to choose)")
            )

    def reading(self, arg: str) -> None:
        passages = self.kb.norms()["ambiguous_passages"]
        if not arg:
            for passage in passages:
                chosen = self.readings.get(passage["passage"])
                where = citation([f"¶{passage['paragraph']}"])
                self.say(f"{passage['passage']} ({where}): {worded(passage, 'why')}")
                for reading in passage["readings"]:
                    current = reading["reading"] == chosen or (chosen is None and reading["status"] == "default")
                    mark, status = "*" if current else " ", tr(reading["status"])
                    self.say(f"  {mark} {reading['reading']} ({status}): {worded(reading, 'meaning')}")
            self.say(tr("(* the reading in force; :reading PASSAGE READING chooses another)"))
            return
        words = arg.replace("=", " ").split()
        if len(words) != 2:
            raise SessionError(":reading needs PASSAGE READING (or nothing, to list them)")
        passage, reading = words
        readings = {**self.readings, passage: reading}
        self.check(self.case_with(readings=readings))  # the KB says if there is no such reading
        self.readings = readings
        self.say(f"{tr('reading:')} {passage} = {reading}")

    # -- settings ----------------------------------------------------------------------------------

    def set_limits(self, arg: str) -> None:
        if arg:
            words = arg.split()
            try:
                seconds, inferences = float(words[0]), int(words[1].replace("_", "").replace(",", ""))
                if len(words) != 2 or not 0 < seconds <= 86400 or inferences < 1:
                    raise ValueError
            except (ValueError, IndexError):
                raise SessionError(":limits needs SECONDS INFERENCES, e.g. :limits 10 20000000") from None
            limits = replace(self.limits, seconds=seconds, inferences=inferences)
            check_limits(limits)  # the same bounds as ask and batch, refused now rather than at each question
            self.limits = limits
        self.say(
            tr("limits: {seconds} s, {inferences} inferences per question").format(
                seconds=f"{self.limits.seconds:g}", inferences=f"{self.limits.inferences:,}"
            )
        )

    def _switch(self, arg: str, current: bool, what: str) -> bool:
        if not arg:
            return not current
        if arg.lower() in ("on", "yes", "true", "1"):
            return True
        if arg.lower() in ("off", "no", "false", "0"):
            return False
        raise SessionError(f"{what} takes on or off, not {arg!r}")

    def set_reason_anyway(self, arg: str) -> None:
        self.reason_anyway = self._switch(arg, self.reason_anyway, ":reason-anyway")
        self.say(f"{tr('reason anyway:')} {tr('on' if self.reason_anyway else 'off')}")

    def set_goals(self, arg: str) -> None:
        self.goals = self._switch(arg, self.goals, ":goals")
        self.say(f"{tr('proof steps as Prolog goals:')} {tr('on' if self.goals else 'off')}")

    def help(self, arg: str) -> None:
        width = max(len(f"{c.name}{c.args}") for c in COMMANDS) + 2
        for c in COMMANDS:
            usage = f"{c.name}{c.args}" if c.name in "+-" else f"{c.name} {c.args}".strip()
            self.say(f"  {usage:<{width}} {tr(c.help)}")
        self.say(tr("Lines starting with % or # are comments.  Tab completes; history is kept across sessions."))

    # -- completion --------------------------------------------------------------------------------

    def words(self) -> set[str]:
        """Predicate names (vocabulary and questions), enumeration values and reserved names."""
        if self._words is None:
            vocab = self.kb.vocabulary()
            words = {f["name"] for f in vocab["facts"]}
            words |= {q["name"] for q in self.kb.questions()["questions"]}
            for enum in vocab["enumerations"]:
                words |= set(enum["values"])
            words |= {p["person"] for p in vocab["reserved_persons"]}
            self._words = words
        return self._words

    def completions(self, before_cursor: str) -> tuple[str, list[str]]:
        """What Tab offers at the end of ``before_cursor``: the word being completed and its candidates."""
        stripped = before_cursor.lstrip()
        if stripped.startswith(":") and not any(ch.isspace() for ch in stripped):
            return stripped, sorted(c for c in COMMAND_NAMES if c.startswith(stripped))
        file_arg = re.match(r"\s*:(?:load|save)\s+(\S*)$", before_cursor)
        if file_arg:
            word = file_arg.group(1)
            return word, _paths(word)
        match = re.search(r"'(?:[^'\\]|\\.)*$|[\w]*$", before_cursor)
        word = match.group(0) if match else ""
        if not word:
            return "", []
        candidates = self.words() | names_in(f.text for f in self.facts) | set(self.readings)
        if before_cursor.lstrip().startswith(":reading"):
            passages = self.kb.norms()["ambiguous_passages"]
            candidates |= {p["passage"] for p in passages}
            candidates |= {r["reading"] for p in passages for r in p["readings"]}
        return word, sorted(c for c in candidates if c.startswith(word) and c != word)


def _paths(prefix: str) -> list[str]:
    directory, _, start = prefix.rpartition("/")
    base = Path(directory or ".")
    try:
        entries = sorted(base.iterdir())
    except OSError:
        return []
    out = []
    for entry in entries:
        if entry.name.startswith(start) and not entry.name.startswith("."):
            text = (f"{directory}/" if directory else "") + entry.name + ("/" if entry.is_dir() else "")
            out.append(text)
    return out


# -- reading lines --------------------------------------------------------------------------------


def plain_lines(stream, echo: bool = False, out: TextIO | None = None) -> Iterator[str]:
    """The lines of a script (binary stream), decoded as UTF-8; a line that is not UTF-8 is reported."""
    for number, raw in enumerate(stream, start=1):
        try:
            line = (raw if isinstance(raw, str) else raw.decode("utf-8")).rstrip("\r\n")
        except UnicodeDecodeError as exc:
            click.echo(f"error: line {number} is not valid UTF-8 (byte {exc.start})", err=True)
            continue
        if echo:
            click.echo(PROMPT + line, file=out)
        yield line


def prompt_toolkit_lines(
    session: Session, *, terminal_input: Input | None = None, terminal_output: Output | None = None
) -> Iterator[str]:
    """What is entered at a prompt_toolkit prompt, with history and completion, one entry at a time.

    An entry longer than :data:`MAX_ENTRY_CHARS` is refused with one error line when Enter is pressed.
    ``terminal_input`` and ``terminal_output`` replace the terminal (for tests).
    """
    from prompt_toolkit import PromptSession

    history = open_history()
    entry = Entry()
    prompt: PromptSession[str] = PromptSession(
        history=history,
        completer=_completer(session),
        complete_while_typing=False,
        key_bindings=entry_bindings(entry),
        placeholder=lambda: entry.hint(),
        input=terminal_input,
        output=terminal_output,
    )
    bound_undo(prompt.default_buffer)
    while True:
        entry.too_long = False
        try:
            text = prompt.prompt(PROMPT)
        except EntryTooLong:
            session.error(TOO_LONG)
            continue
        except KeyboardInterrupt:
            continue
        except EOFError:
            return
        finally:
            _report_history_problem(history)
        if len(text) > MAX_ENTRY_CHARS:  # grown by a key that inserts without the check (a yank)
            session.error(TOO_LONG)
            continue
        yield text


def _completer(session: Session) -> Completer:
    """Tab completion of commands, predicate names and the case's names (:meth:`Session.completions`)."""
    from prompt_toolkit.completion import CompleteEvent, Completer, Completion
    from prompt_toolkit.document import Document

    class SessionCompleter(Completer):
        def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
            try:
                word, candidates = session.completions(document.text_before_cursor)
            except CassationError:
                return
            for candidate in candidates:
                yield Completion(candidate, start_position=-len(word))

    return SessionCompleter()


# -- long entries ---------------------------------------------------------------------------------

#: The longest entry the prompt takes (the KB takes no longer question or fact either).
MAX_ENTRY_CHARS = 100_000
#: How many earlier states of the entry undo (Ctrl-_) can go back to.
UNDO_STEPS = 100
TOO_LONG = f"the line is longer than {MAX_ENTRY_CHARS:,} characters and was not run"


class EntryTooLong(Exception):
    """What was typed or pasted at the prompt went over :data:`MAX_ENTRY_CHARS`: the whole entry is refused."""


@dataclass
class Entry:
    """The entry at the prompt: once it goes over :data:`MAX_ENTRY_CHARS` it is emptied, and what is
    typed or pasted after that is dropped until Enter refuses it."""

    too_long: bool = False

    def hint(self) -> str:
        """What the empty prompt shows while the rest of a refused entry is dropped."""
        if not self.too_long:
            return ""
        return f"(longer than {MAX_ENTRY_CHARS:,} characters: it will not be run; press Enter)"

    def insert(self, buffer: Buffer, text: str) -> None:
        """Insert ``text`` at the cursor, unless the entry would grow over :data:`MAX_ENTRY_CHARS`."""
        from prompt_toolkit.document import Document

        if self.too_long:
            return
        if len(buffer.text) + len(text) > MAX_ENTRY_CHARS:
            self.too_long = True
            buffer.document = Document()
            return
        buffer.insert_text(text)


def entry_bindings(entry: Entry) -> KeyBindings:
    """Typing and pasting that refuse an entry over :data:`MAX_ENTRY_CHARS` (see :class:`Entry`).

    Typing saves the entry for undo once per run of typed characters.  prompt_toolkit's own typing
    binding saves it before every key (the ``save_before`` it is bound with is lost: issue #1467), so
    that typing n characters kept n copies of the entry, O(n²) memory.
    """
    from prompt_toolkit.filters import Condition, emacs_insert_mode, shift_selection_mode, vi_insert_mode
    from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
    from prompt_toolkit.keys import Keys

    bindings = KeyBindings()
    typing = (emacs_insert_mode | vi_insert_mode) & ~shift_selection_mode

    @bindings.add(Keys.Any, filter=typing, save_before=lambda event: not event.is_repeat)
    def _type(event: KeyPressEvent) -> None:
        entry.insert(event.current_buffer, event.data * event.arg)

    @bindings.add(Keys.BracketedPaste)
    def _paste(event: KeyPressEvent) -> None:
        entry.insert(event.current_buffer, event.data.replace("\r\n", "\n").replace("\r", "\n"))

    @bindings.add("enter", filter=Condition(lambda: entry.too_long))
    def _refuse(event: KeyPressEvent) -> None:
        event.app.exit(exception=EntryTooLong())

    return bindings


def bound_undo(buffer: Buffer, steps: int = UNDO_STEPS) -> None:
    """Keep at most ``steps`` earlier states of ``buffer`` for undo.

    prompt_toolkit saves the whole entry before most keys and keeps every state saved; this bounds the
    memory of keys other than typing (holding Backspace, say) to ``steps`` entries.
    """
    save = buffer.save_to_undo_stack

    def save_bounded(clear_redo_stack: bool = True) -> None:
        save(clear_redo_stack)
        del buffer._undo_stack[:-steps]

    buffer.save_to_undo_stack = save_bounded  # type: ignore[method-assign]


# -- the history of interactive sessions ----------------------------------------------------------


def history_problem(path: Path) -> str | None:
    """Why the history cannot be kept in ``path``, or None if it can (``path`` is opened to append).

    A directory, a device or a FIFO (which would block) is refused before it is opened.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():
            return "not a regular file"
        with path.open("a", encoding="utf-8"):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _history_note(path: Path, problem: str) -> None:
    click.echo(f"note: history is not kept ({path}: {problem})", err=True)


def open_history() -> History:
    """The prompt's history: kept in :func:`history_path`, or in memory only (with one note) if it cannot be.

    If writing the file fails later in the session, the failure is noted once (see
    :func:`_report_history_problem`) and the session's history goes on in memory.
    """
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    class KeptHistory(FileHistory):
        problem: str | None = None  # why the last line could not be written, until reported
        failed = False

        def load_history_strings(self) -> Iterable[str]:
            try:
                return super().load_history_strings()
            except OSError:
                return []

        def store_string(self, string: str) -> None:
            if self.failed:
                return
            try:
                super().store_string(string)
            except OSError as exc:
                self.failed, self.problem = True, exc.strerror or str(exc)

    path = history_path()
    problem = history_problem(path)
    if problem is not None:
        _history_note(path, problem)
        return InMemoryHistory()
    return KeptHistory(str(path))


def _report_history_problem(history: History) -> None:
    """Note (once) that the history file could not be written; prompt_toolkit would print a traceback."""
    problem = getattr(history, "problem", None)
    if problem is not None:
        history.problem = None  # type: ignore[attr-defined]
        _history_note(history_path(), problem)


def readline_lines(session: Session) -> Iterator[str]:
    """Lines typed at ``input()``, with readline's history and completion when it is available."""
    try:
        import readline
    except ImportError:  # pragma: no cover - depends on the Python build
        readline = None  # type: ignore[assignment]
    path = history_path()
    keep_history = False
    if readline is not None:

        def complete(text: str, state: int) -> str | None:
            before = readline.get_line_buffer()[: readline.get_endidx()]
            word, candidates = session.completions(before)
            options = [text[: len(text) - len(word)] + c for c in candidates]
            return options[state] if state < len(options) else None

        readline.set_completer_delims(" \t\n(),")
        readline.set_completer(complete)
        readline.parse_and_bind("tab: complete")
        problem = history_problem(path)
        keep_history = problem is None
        if problem is None:
            with contextlib.suppress(OSError):
                readline.read_history_file(str(path))
        else:
            _history_note(path, problem)  # history is kept in memory only
    try:
        while True:
            try:
                yield input(PROMPT)
            except KeyboardInterrupt:
                click.echo("")
                continue
            except EOFError:
                click.echo("")
                return
    finally:
        if keep_history:
            with contextlib.suppress(OSError):
                readline.write_history_file(str(path))


def run(session: Session, *, interactive: bool | None = None, echo: bool = False, stdin=None) -> int:
    """Run the session on a terminal (prompt, history, completion) or over a script; return 0."""
    stdin = stdin if stdin is not None else sys.stdin
    if stdin is None:  # no standard input at all: nothing to read
        return 0
    if interactive is None:
        interactive = stdin.isatty()
    if interactive:
        try:
            import prompt_toolkit  # noqa: F401

            lines = prompt_toolkit_lines(session)
        except ImportError:
            lines = readline_lines(session)
        session.say(
            tr("cassation repl — {facts} in the case; :help lists the commands, :quit ends.").format(
                facts=session._count()
            )
        )
    else:
        lines = plain_lines(getattr(stdin, "buffer", stdin), echo=echo, out=session.out)
    for entered in lines:
        for line in entered_lines(entered):
            if not session.handle(line):
                return 0
    return 0


def entered_lines(text: str) -> list[str]:
    """The lines of what was entered at once: a bracketed paste of several lines runs line by line, as a
    script does (a ``\\r`` before each line end is dropped, as in a script)."""
    return [line.rstrip("\r") for line in text.split("\n")]
