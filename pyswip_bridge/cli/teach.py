"""Commands of the workbench and teaching mode (repl, scenarios, quiz, step), registered on ``cassation``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

import click

from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..i18n import tr
from ..render.display import for_display
from ..render.text import render_text, verdict_lines
from ..render.view import explanation
from ..workbench.teaching import (
    DIFFICULTIES,
    TeachingError,
    parse_answer,
    pick_question,
    proof_steps,
    render_presentation,
    render_reveal,
    render_scenario_list,
    render_step,
    reveal,
    select_scenarios,
)
from .app import inference_limit_option, main, parse_readings, reports_errors, time_limit_option


def _limit_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = inference_limit_option("Logical inferences per question")(function)
    return time_limit_option("Seconds per question")(function)


def _stdin_is_tty() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


@main.command()
@click.option("--case", "case_file", type=click.Path(dir_okay=False), help="YAML or JSON case file to start from.")
@click.option(
    "--reading",
    "readings",
    multiple=True,
    metavar="PASSAGE=READING",
    help="Choose a reading of an ambiguous passage (also :reading in the session).",
)
@click.option(
    "--reason-anyway",
    is_flag=True,
    help="Reason even for a case dated outside the resolution's validity (also :reason-anyway).",
)
@click.option("--goals", is_flag=True, help="Show proof steps as Prolog goals (also :goals).")
@click.option(
    "--echo",
    is_flag=True,
    help="Reading a script (stdin not a terminal): print each line after a prompt, for a transcript.",
)
@_limit_options
@reports_errors
def repl(
    case_file: str | None,
    readings: tuple[str, ...],
    reason_anyway: bool,
    goals: bool,
    echo: bool,
    time_limit: float,
    inference_limit: int,
) -> None:
    """An interactive session over one case: +FACT, -FACT, questions, :why, :why-not, :what-if, :help.

    On a terminal: history across sessions and Tab completion.  `cassation repl < script` runs a
    script of the same lines and prints only the answers (errors, one line each, on stderr).
    """
    from .repl import Session, run

    case = Case.from_file(case_file) if case_file else Case()
    case.readings.update(parse_readings(readings))
    session = Session(
        KnowledgeBase(), case, limits=Limits(time_limit, inference_limit), reason_anyway=reason_anyway, goals=goals
    )
    session.check(session.case)  # a bad case file or reading is an error before the session starts
    sys.exit(run(session, echo=echo))


@main.command()
@click.option("--paragraph", type=click.IntRange(1, 27), help="Only the scenarios of this paragraph.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Only the scenarios of this difficulty.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def scenarios(paragraph: int | None, difficulty: str | None, fmt: str) -> None:
    """The worked scenarios (queries/) by paragraph and difficulty: name, questions, title."""
    found = select_scenarios(paragraph, difficulty)
    if fmt == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "name": s.name,
                        "paragraph": s.paragraph,
                        "difficulty": s.difficulty,
                        "title": s.title,
                        "questions": [q.ask for q in s.questions],
                    }
                    for s in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        click.echo(render_scenario_list(found), nl=False)


def _read_line(stream: TextIO, what: str) -> str:
    """One line of ``stream`` (stdin); text that is not in its encoding is a :class:`TeachingError`."""
    try:
        return stream.readline()
    except UnicodeDecodeError as exc:
        raise TeachingError(
            f"{what} on standard input is not {(stream.encoding or 'UTF-8').upper()} text "
            f"(byte 0x{exc.object[exc.start]:02X})"
        ) from None


def _read_answer(interactive: bool) -> bool:
    """The student's yes or no, read from stdin (asked again until it is one of them)."""
    prompt = tr("Your answer (yes/no): ")
    stream = click.get_text_stream("stdin")  # type: ignore[operator,unused-ignore]  # deprecated in Click 8.5
    while True:
        click.echo(prompt, nl=False)
        line = _read_line(stream, "the answer")
        if not line:
            click.echo("")
            raise TeachingError("no answer was given (answer yes or no on stdin)")
        if not interactive:
            click.echo(line.rstrip("\r\n"))
        answer = parse_answer(line)
        if answer is not None:
            return answer
        click.echo(tr("Please answer yes or no."))


@main.command()
@click.option("--paragraph", type=click.IntRange(1, 27), help="Draw a scenario of this paragraph.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Draw a scenario of this difficulty.")
@click.option("--scenario", "name", metavar="NAME", help="This scenario (see `cassation scenarios`).")
@click.option("--question", "number", type=click.IntRange(min=1), help="Its question number N (1-based).")
@click.option("--seed", type=int, help="Seed of the draw of scenario and question (the same seed, the same quiz).")
@click.option("--quotes", is_flag=True, help="Quote the resolution's words in the explanation.")
@reports_errors
def quiz(
    paragraph: int | None, difficulty: str | None, name: str | None, number: int | None, seed: int | None, quotes: bool
) -> None:
    """Present a scenario and one question, read yes or no from stdin, then reveal the answer, its
    explanation, and what would flip it."""
    interactive = _stdin_is_tty()
    pool = select_scenarios(paragraph, difficulty)
    if not pool and name is None:
        raise TeachingError("no scenario matches --paragraph/--difficulty (see `cassation scenarios`)")
    scenario, index = pick_question(pool if name is None else select_scenarios(), name=name, number=number, seed=seed)
    click.echo(render_presentation(scenario, index), nl=False)
    answer = _read_answer(interactive)
    click.echo("")
    click.echo(render_reveal(reveal(KnowledgeBase(), scenario, index, answer), quotes=quotes), nl=False)


@main.command()
@click.argument("question")
@click.option("--case", "case_file", required=True, type=click.Path(dir_okay=False), help="YAML or JSON case file.")
@click.option("--reading", "readings", multiple=True, metavar="PASSAGE=READING")
@click.option(
    "--all", "show_all", is_flag=True, help="Print every step at once (the default when stdin is not a terminal)."
)
@click.option("--quotes", is_flag=True, help="Quote the resolution's words under each rule.")
@click.option("--goals", is_flag=True, help="Show each step as its Prolog goal instead of a sentence.")
@click.option("--reason-anyway", is_flag=True, help="Reason even for a case dated outside the resolution's validity.")
@_limit_options
@reports_errors
def step(
    question: str,
    case_file: str,
    readings: tuple[str, ...],
    show_all: bool,
    quotes: bool,
    goals: bool,
    reason_anyway: bool,
    time_limit: float,
    inference_limit: int,
) -> None:
    """Walk through the proof of QUESTION one inference at a time, depth first, each step with its citation.

    On a terminal, Enter shows the next step and q ends; otherwise (or with --all) every step is printed.
    """
    case = Case.from_file(case_file)
    result = for_display(
        KnowledgeBase().ask(
            question,
            case,
            readings=parse_readings(readings),
            limits=Limits(time_limit, inference_limit),
            reason_anyway=reason_anyway,
        )
    )
    pause = not show_all and _stdin_is_tty()
    click.echo(f"{tr('Question:')} {result.question}")
    if not result.holds:
        click.echo(tr("Answer: no — there is no proof to step through; here is why not."))
        click.echo("")
        click.echo(render_text(result, quotes=quotes, goals=goals), nl=False)
        return
    view = explanation(result, goals=goals)
    for line in verdict_lines(view):
        click.echo(line)
    n = len(view.answers)
    stdin = click.get_text_stream("stdin")  # type: ignore[operator,unused-ignore]  # deprecated in Click 8.5
    for i, answer in enumerate(view.answers, start=1):
        click.echo("")
        click.echo(tr("Answer {i} of {n}").format(i=i, n=n) + answer.heading[len(f"{tr('Answer')} {i}") :])
        steps = proof_steps(answer.proof)
        for s in steps:
            click.echo("")
            click.echo(render_step(s, len(steps), quotes=quotes, goals=goals), nl=False)
            last = i == n and s.number == len(steps)
            if pause and not last:
                click.echo(tr("[Enter: next step, q: quit] "), nl=False)
                reply = _read_line(stdin, "the reply")
                if not reply or reply.strip().lower() in ("q", "quit"):
                    click.echo("")
                    return
    if view.assumptions:
        click.echo("")
        click.echo(tr("Taken as not so (nothing in the case shows them):"))
        for assumption in view.assumptions:
            click.echo(f"  - {assumption}")
