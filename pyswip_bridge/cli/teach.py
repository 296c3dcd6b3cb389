"""Commands of the workbench and teaching mode (repl, scenarios, quiz, step), registered on ``cassation``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click

from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..i18n import tr
from ..render.display import for_display
from ..render.text import render_text, verdict_lines
from ..render.view import explanation
from ..workbench.scenarios import QUERIES_DIR
from ..workbench.teaching import (
    DIFFICULTIES,
    TeachingError,
    parse_answer,
    parse_choice,
    pick_question,
    proof_steps,
    question_choices,
    question_readings,
    render_presentation,
    render_reveal,
    render_scenario_list,
    render_step,
    reveal,
    select_scenarios,
    variables_in,
)
from .app import inference_limit_option, main, parse_readings, reports_errors, time_limit_option

T = TypeVar("T")

CLASS_HELP = "A teacher's folder of scenario files (in the format of queries/*.yaml) instead of queries/."


def _class_dir(folder: str | None) -> Path:
    """The folder the scenarios come from: ``--class FOLDER``, or the worked scenarios of queries/."""
    if folder is None:
        return QUERIES_DIR
    from ..workbench.classroom import ClassFolderError

    path = Path(folder)
    if not path.is_dir():
        raise ClassFolderError(f"--class {folder}: no such folder")
    return path


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
@click.option("--class", "class_folder", metavar="FOLDER", help=CLASS_HELP)
@reports_errors
def scenarios(paragraph: int | None, difficulty: str | None, fmt: str, class_folder: str | None) -> None:
    """The worked scenarios (queries/, or a class folder) by paragraph and difficulty: name, questions, title."""
    found = select_scenarios(paragraph, difficulty, _class_dir(class_folder))
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


def _read_reply(interactive: bool, prompt: str, missing: str, again: str, parse: Callable[[str], T | None]) -> T:
    """The student's reply, read from stdin and parsed; asked again (saying ``again``) until it parses."""
    stream = click.get_text_stream("stdin")  # type: ignore[operator,unused-ignore]  # deprecated in Click 8.5
    while True:
        click.echo(prompt, nl=False)
        line = _read_line(stream, "the answer")
        if not line:
            click.echo("")
            raise TeachingError(missing)
        if not interactive:
            click.echo(line.rstrip("\r\n"))
        reply = parse(line)
        if reply is not None:
            return reply
        click.echo(again)


def _read_answer(interactive: bool) -> bool:
    """The student's yes or no, read from stdin (asked again until it is one of them)."""
    return _read_reply(
        interactive,
        tr("Your answer (yes/no): "),
        "no answer was given (answer yes or no on stdin)",
        tr("Please answer yes or no."),
        parse_answer,
    )


@main.command()
@click.option("--paragraph", type=click.IntRange(1, 27), help="Draw a scenario of this paragraph.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Draw a scenario of this difficulty.")
@click.option("--scenario", "name", metavar="NAME", help="This scenario (see `cassation scenarios`).")
@click.option("--question", "number", type=click.IntRange(min=1), help="Its question number N (1-based).")
@click.option("--seed", type=int, help="Seed of the draw of scenario and question (the same seed, the same quiz).")
@click.option("--quotes", is_flag=True, help="Quote the resolution's words in the explanation.")
@click.option("--class", "class_folder", metavar="FOLDER", help=CLASS_HELP)
@reports_errors
def quiz(
    paragraph: int | None,
    difficulty: str | None,
    name: str | None,
    number: int | None,
    seed: int | None,
    quotes: bool,
    class_folder: str | None,
) -> None:
    """Present a scenario and one question, read the answer from stdin (yes or no; the number of a
    choice for a "which ...?" question), then reveal the answer, the scenario's description, the
    explanation, and what would flip it."""
    interactive = _stdin_is_tty()
    directory = _class_dir(class_folder)
    pool = select_scenarios(paragraph, difficulty, directory)
    if not pool and name is None:
        raise TeachingError("no scenario matches --paragraph/--difficulty (see `cassation scenarios`)")
    every = pool if name is None else select_scenarios(directory=directory)
    scenario, index = pick_question(every, name=name, number=number, seed=seed)
    kb = KnowledgeBase()
    question = scenario.questions[index]
    choices = None
    if variables_in(question.ask):
        result = kb.ask(question.ask, scenario.case, readings=question_readings(scenario, question))
        choices = question_choices(kb, scenario, index, result)
    click.echo(render_presentation(scenario, index, choices), nl=False)
    if choices is None:
        answer: bool | str = _read_answer(interactive)
        variable = None
    else:
        variable, values = choices
        picked = _read_choice(interactive, len(values) + 1)
        answer = values[picked - 1] if picked <= len(values) else ""
    click.echo("")
    click.echo(
        render_reveal(reveal(kb, scenario, index, answer, variable=variable), quotes=quotes),
        nl=False,
    )


def _read_choice(interactive: bool, count: int) -> int:
    """The number of the student's choice, read from stdin (asked again until it is one of 1..count)."""
    return _read_reply(
        interactive,
        tr("Your answer (1-{count}): ").format(count=count),
        f"no answer was given (answer with a number from 1 to {count} on stdin)",
        tr("Please answer with a number from 1 to {count}.").format(count=count),
        lambda line: parse_choice(line, count),
    )


@main.command()
@click.argument("question", required=False)
@click.option("--case", "case_file", type=click.Path(dir_okay=False), help="YAML or JSON case file.")
@click.option("--class", "class_folder", metavar="FOLDER", help=CLASS_HELP)
@click.option("--scenario", "scenario_name", metavar="NAME", help="The case and question of this scenario.")
@click.option("--question", "number", type=click.IntRange(min=1), default=1, help="Its question number N (1-based).")
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
    question: str | None,
    case_file: str | None,
    class_folder: str | None,
    scenario_name: str | None,
    number: int,
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
    QUESTION and --case, or --scenario NAME [--question N] (of --class FOLDER or queries/).
    """
    chosen = parse_readings(readings)
    if scenario_name is not None:
        if question is not None or case_file is not None:
            raise TeachingError("give QUESTION and --case, or --scenario, not both")
        scenario, index = pick_question(
            select_scenarios(directory=_class_dir(class_folder)), name=scenario_name, number=number
        )
        case = scenario.case
        question = scenario.questions[index].ask
        chosen = {**question_readings(scenario, scenario.questions[index]), **chosen}
    elif question is None or case_file is None:
        raise TeachingError("give QUESTION and --case FILE, or --scenario NAME (see `cassation scenarios`)")
    else:
        case = Case.from_file(case_file)
    result = for_display(
        KnowledgeBase().ask(
            question,
            case,
            readings=chosen,
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


@main.command()
@click.argument("name")
@click.option("--class", "class_folder", metavar="FOLDER", help=CLASS_HELP)
@click.option("--out", "out", type=click.Path(dir_okay=False), help="Write the page here instead of stdout.")
@reports_errors
def handout(name: str, class_folder: str | None, out: str | None) -> None:
    """A scenario as a one-page handout (HTML, printable from the browser): the facts and questions
    in sentences, with room for the answers."""
    from ..workbench.classroom import handout_html

    scenario, _ = pick_question(select_scenarios(directory=_class_dir(class_folder)), name=name, number=1)
    page = handout_html(KnowledgeBase(), scenario)
    if out is None:
        click.echo(page, nl=False)
        return
    try:
        Path(out).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise TeachingError(f"--out {out}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"Wrote the handout of {scenario.name} to {out}; print it from the browser.")
