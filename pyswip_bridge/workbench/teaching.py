"""Teaching mode: the worked scenarios as a class would use them.

* :func:`select_scenarios` / :func:`render_scenario_list` — ``cassation scenarios``: the scenarios of
  ``queries/`` by paragraph and difficulty;
* :func:`pick_question`, :func:`render_presentation`, :func:`parse_answer`, :func:`reveal` —
  ``cassation quiz``: a scenario's description, facts and one question; the student answers yes or no;
  then whether that was right, the KB's answer with its explanation, and what would flip it (for a no,
  the smallest repairs; for a yes, the given facts whose removal alone makes it fail);
* :func:`proof_steps` / :func:`render_step` — ``cassation step``: a proof one inference at a time.

Everything is answered by the KB (:meth:`KnowledgeBase.ask`); nothing here restates a legal rule.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..errors import UserError
from ..i18n import tr
from ..render.display import for_display
from ..render.text import render_repairs, render_text
from ..render.view import Step, explain_proof, quote_lines
from ..results import AskResult, ProofNode
from .scenarios import QUERIES_DIR, Scenario, ScenarioQuestion, description, load_scenarios, title
from .whatif import critical_facts

DIFFICULTIES = ("basic", "intermediate", "advanced")

#: Bounds of the repair search that shows what would turn a "no" into a "yes".
REPAIR_BOUNDS = (3, 300)
#: At most this many of the smallest repairs are shown after a quiz question.
REPAIRS_SHOWN = 5

YES_WORDS = {"yes", "y", "true", "holds", "да", "иә", "ия"}
NO_WORDS = {"no", "n", "false", "нет", "жоқ"}


class TeachingError(UserError):
    """No scenario or question matches, or no answer was given."""


# -- the list of scenarios --------------------------------------------------------------------------


def _difficulty_rank(difficulty: str) -> int:
    return DIFFICULTIES.index(difficulty) if difficulty in DIFFICULTIES else len(DIFFICULTIES)


def select_scenarios(
    paragraph: int | None = None, difficulty: str | None = None, directory: Path = QUERIES_DIR
) -> list[Scenario]:
    """The scenarios of ``directory`` (of one paragraph, one difficulty), by paragraph, difficulty, name."""
    if directory == QUERIES_DIR:
        pool = load_scenarios(directory)
    else:
        from .classroom import load_class  # a teacher's folder: every file checked

        pool = load_class(directory)
    found = [
        s
        for s in pool
        if (paragraph is None or s.paragraph == paragraph) and (difficulty is None or s.difficulty == difficulty)
    ]
    return sorted(found, key=lambda s: (s.paragraph, _difficulty_rank(s.difficulty), s.name))


def render_scenario_list(scenarios: list[Scenario]) -> str:
    """The scenarios grouped by paragraph, each with its difficulty, name, number of questions and title."""
    scenarios = for_display(scenarios)
    if not scenarios:
        return tr("no scenario matches") + "\n"
    name_width = max(len(s.name) for s in scenarios)
    out: list[str] = []
    paragraph = None
    for s in scenarios:
        if s.paragraph != paragraph:
            paragraph = s.paragraph
            if out:
                out.append("")
            out.append(f"{tr('¶')}{paragraph}")
        count = tr("{n} question" if len(s.questions) == 1 else "{n} questions").format(n=len(s.questions))
        out.append(f"  {tr(s.difficulty):<12} {s.name:<{name_width}}  {count:<12} {title(s)}")
    out.append("")
    out.append(
        tr("{n} scenario" if len(scenarios) == 1 else "{n} scenarios").format(n=len(scenarios))
        + tr("; `cassation quiz --scenario NAME` asks one of its questions.")
    )
    return "\n".join(out) + "\n"


# -- the quiz ---------------------------------------------------------------------------------------


def pick_question(
    scenarios: list[Scenario], *, name: str | None = None, number: int | None = None, seed: int | None = None
) -> tuple[Scenario, int]:
    """The scenario (``name``, or one drawn with ``seed``) and the index of its question (``number``, 1-based,
    or one drawn with ``seed``)."""
    rng = random.Random(seed)
    if name is not None:
        chosen = [s for s in scenarios if s.name == name or s.path.name == name]
        if not chosen:
            raise TeachingError(f"no scenario {name!r} (see `cassation scenarios`)")
        scenario = chosen[0]
    else:
        candidates = [s for s in scenarios if s.questions]
        if not candidates:
            raise TeachingError("no scenario with questions matches")
        scenario = rng.choice(candidates)
    if not scenario.questions:
        raise TeachingError(f"scenario {scenario.name} has no questions")
    if number is not None:
        if not 1 <= number <= len(scenario.questions):
            raise TeachingError(f"scenario {scenario.name} has {len(scenario.questions)} questions, not {number}")
        return scenario, number - 1
    return scenario, rng.randrange(len(scenario.questions))


def variables_in(question: str) -> list[str]:
    """The variables written in ``question`` (a lexical scan, for wording only), in order."""
    unquoted = re.sub(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"", "''", question)
    seen: list[str] = []
    for match in re.finditer(r"(?<![\w])([A-Z]\w*)", unquoted):
        if match.group(1) not in seen:
            seen.append(match.group(1))
    return seen


def question_readings(scenario: Scenario, question: ScenarioQuestion) -> dict[str, str]:
    return {**scenario.case.readings, **question.readings}


def render_presentation(scenario: Scenario, index: int, choices: tuple[str, list[str]] | None = None) -> str:
    """What the class sees before answering: the scenario's title, its facts and the question (its
    description, which may give the answer away, comes after the answer: :func:`render_reveal`); with
    ``choices``, the question as multiple choice."""
    scenario = for_display(scenario)
    question = scenario.questions[index]
    out = [
        f"{tr('Scenario')} {scenario.name} ({tr('¶')}{scenario.paragraph}, {tr(scenario.difficulty)})",
        title(scenario),
        "",
    ]
    out.append(tr("Facts of the case:"))
    out.extend(f"  {fact.text}" for fact in scenario.case.facts)
    readings = question_readings(scenario, question)
    if readings:
        out.append(tr("Readings of ambiguous passages: ") + ", ".join(f"{p} = {r}" for p, r in readings.items()))
    out.append("")
    out.append(tr("Question {n} of {total}:").format(n=index + 1, total=len(scenario.questions)) + f" {question.ask}")
    if choices is not None:
        name, values = choices
        out.append(tr("Which {name}? (its values by the rules, and none if it does not hold)").format(name=name))
        out.extend(f"  {i}. {value}" for i, value in enumerate(values, start=1))
        out.append(f"  {len(values) + 1}. " + tr("none: it does not hold"))
        return "\n".join(out) + "\n"
    variables = variables_in(question.ask)
    if variables:
        out.append(tr("Does it hold for some {names}?").format(names=", ".join(variables)))
    else:
        out.append(tr("Does it hold?"))
    return "\n".join(out) + "\n"


#: At most this many values are offered in a multiple-choice question (the right ones always).
MAX_CHOICES = 8


def question_choices(
    kb: KnowledgeBase, scenario: Scenario, index: int, result: AskResult | None = None
) -> tuple[str, list[str]] | None:
    """For a question with a variable ("which disposition?"), the variable and the values offered: those
    the rules may give it (:meth:`KnowledgeBase.choices`) and the KB's own answers, at most
    :data:`MAX_CHOICES`; ``None`` for a question without one (asked yes or no)."""
    question = scenario.questions[index]
    offered = kb.choices(question.ask, scenario.case)
    if not offered:
        return None
    name, values = next(iter(offered.items()))
    right: list[str] = []
    if result is not None:
        right = [b[name] for b in result.bindings() if name in b]
    chosen = list(dict.fromkeys(right))
    for value in values:
        if len(chosen) >= MAX_CHOICES:
            break
        if value not in chosen:
            chosen.append(value)
    return name, sorted(chosen)


def parse_choice(text: str, count: int) -> int | None:
    """The number (1-based) of the choice ``text`` names, ``None`` if it names none of ``count``."""
    word = text.strip().rstrip(".")
    return int(word) if word.isdigit() and 1 <= int(word) <= count else None


def parse_answer(text: str) -> bool | None:
    """``True`` for yes, ``False`` for no, ``None`` if ``text`` is neither."""
    word = text.strip().lower().rstrip(".!")
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None


def _answer_words(result: AskResult) -> str:
    if not result.holds:
        return tr("no")
    shown = []
    for answer in result.answers:
        text = ", ".join(f"{k} = {v}" for k, v in answer.bindings.items())
        if text and text not in shown:
            shown.append(text)
    return tr("yes") + (f" ({'; '.join(shown)})" if shown else "")


@dataclass
class Reveal:
    """The answer to a quiz question and what would flip it."""

    result: AskResult
    correct: bool
    description: str = ""  # the scenario's description, shown after the answer
    repairs: AskResult | None = None  # for a no: the answer with its repairs
    critical: list[str] | None = None  # for a yes: given facts whose removal alone makes it fail
    changing: list[tuple[str, str]] | None = None  # for a yes: ... keeps a yes with other answers


def critical_given_facts(
    kb: KnowledgeBase,
    question: str,
    case: Case,
    result: AskResult,
    readings: dict[str, str],
    limits: Limits | None = None,
) -> tuple[list[str], list[tuple[str, str]]]:
    """The given facts whose removal alone makes ``question`` fail, and those whose removal alone keeps
    it holding with other answers (with the answer then): :func:`~pyswip_bridge.workbench.whatif.critical_facts`.
    """
    effects = critical_facts(
        kb, question, case, readings=readings, limits=limits, reason_anyway=True, baseline=result
    ).effects
    flips = [e.fact.text for e in effects if e.effect == "flips"]
    changes = []
    for effect in effects:
        if effect.effect == "changes":
            without = Case([f for f in case.facts if f is not effect.fact], dict(case.readings), case.source)
            after = kb.ask(question, without, readings=readings, limits=limits, reason_anyway=True)
            changes.append((effect.fact.text, _answer_words(after)))
    return flips, changes


def reveal(
    kb: KnowledgeBase,
    scenario: Scenario,
    index: int,
    answer: bool | str,
    limits: Limits | None = None,
    variable: str | None = None,
) -> Reveal:
    """Ask the scenario's question; say whether ``answer`` was right and what would flip the answer.

    ``answer`` is yes (True) or no (False), or for a multiple-choice question the value chosen for
    ``variable`` ("" for none: it does not hold)."""
    question = scenario.questions[index]
    readings = question_readings(scenario, question)
    result = kb.ask(question.ask, scenario.case, readings=readings, limits=limits)
    if isinstance(answer, str):
        values = {b.get(variable or "") for b in result.bindings()}
        correct = (answer in values) if result.holds else answer == ""
    else:
        correct = answer == result.holds
    found = Reveal(result, correct, description(scenario))
    if result.holds:
        found.critical, found.changing = critical_given_facts(kb, question.ask, scenario.case, result, readings, limits)
    else:
        found.repairs = kb.ask(
            question.ask, scenario.case, readings=readings, limits=limits, repairs=REPAIR_BOUNDS, reason_anyway=True
        )
    return found


def render_reveal(found: Reveal, quotes: bool = False) -> str:
    """Right or wrong, the correct answer with its explanation, and what would flip it."""
    found = for_display(found)
    result = found.result
    verdict = tr("Right" if found.correct else "Wrong")
    out = [tr("{verdict}: the answer is {answer}.").format(verdict=verdict, answer=_answer_words(result)), ""]
    if found.description:
        out.append(f"── {tr('The scenario')} " + "─" * 59)
        out.extend(textwrap.wrap(found.description, width=96, initial_indent="  ", subsequent_indent="  "))
        out.append("")
    out.append(f"── {tr('Explanation')} " + "─" * 60)
    out.append(render_text(result, quotes=quotes).rstrip("\n"))
    out.append("")
    out.append(f"── {tr('What would flip it')} " + "─" * 53)
    if result.holds:
        if found.critical:
            out.append(tr("Removing any one of these given facts alone would make it fail:"))
            out.extend(f"  - {fact}" for fact in found.critical)
        else:
            out.append(tr("No single given fact's removal makes it fail: it rests on more than one ground."))
        if found.changing:
            out.append(tr("Removing one of these alone would leave a yes with another answer:"))
            out.extend(f"  - {fact}  → {answer}" for fact, answer in found.changing)
    else:
        repaired = found.repairs
        assert repaired is not None
        if repaired.repairs:
            smallest = min(r.size for r in repaired.repairs)
            minimal = [r for r in repaired.repairs if r.size == smallest]
            more = len(minimal) - REPAIRS_SHOWN
            repaired.repairs = minimal[:REPAIRS_SHOWN]
            text = render_repairs(repaired).rstrip("\n").splitlines()[2:]  # without question and answer
            out.extend(text)
            if more > 0:
                out.append(
                    f"  ... and {more} more of {smallest} change{'s' if smallest != 1 else ''} "
                    f"(`cassation why-not` lists them)"
                )
        else:
            out.append(
                f"No change of at most {REPAIR_BOUNDS[0]} facts makes it hold (within {REPAIR_BOUNDS[1]} sets tried)."
            )
    return "\n".join(out) + "\n"


# -- a proof one step at a time ---------------------------------------------------------------------


@dataclass(frozen=True)
class ProofStep:
    """One step of a proof, in depth-first order: its number, depth and parent's number (0 for the root)."""

    number: int
    depth: int
    parent: int
    node: Step
    children: tuple[int, ...]


def proof_steps(proof: Step | ProofNode) -> list[ProofStep]:
    """The steps of ``proof`` (an explained step of :mod:`~pyswip_bridge.render.view`, or a KB proof node,
    laid out folded) depth first, each with the numbers of the steps that establish its conditions."""
    root = proof if isinstance(proof, Step) else explain_proof(proof)
    steps: list[ProofStep] = []

    def visit(node: Step, depth: int, parent: int) -> int:
        number = len(steps) + 1
        steps.append(None)  # type: ignore[arg-type]  # placeholder, filled below
        children = tuple(visit(child, depth + 1, number) for child in node.children)
        steps[number - 1] = ProofStep(number, depth, parent, node, children)
        return number

    visit(root, 0, 0)
    return steps


def render_step(step: ProofStep, total: int, quotes: bool = False, goals: bool = False) -> str:
    """One step: what is established, how (rule and citation, or given, taken as not so, checked), and
    which steps establish its conditions."""
    step = for_display(step)
    node = step.node
    where = tr("level {depth}").format(depth=step.depth) + (
        tr(", a condition of step {parent}").format(parent=step.parent) if step.parent else ""
    )
    said = node.goal if goals else node.said
    out = [tr("Step {number} of {total}").format(number=step.number, total=total) + f" ({where})", f"  {said}"]
    if not goals and said != node.goal:
        out.append(f"  [{node.goal}]")
    out.append(f"  {tr('holds:')} {node.how}")
    if quotes and node.rule and node.source is not None:
        out.extend(quote_lines(node.source, "    "))
    if node.reading and node.reading.get("meaning"):
        out.append(f"    {node.reading['meaning']}")
    if node.children:
        n = len(node.children)
        because = tr("because this condition holds:") if n == 1 else tr("because these {n} conditions hold:")
        out.append("  " + because.format(n=n))
        for child, number in zip(node.children, step.children):
            out.append(f"    {child.goal if goals else child.said}  ({tr('step')} {number})")
    return "\n".join(out) + "\n"
