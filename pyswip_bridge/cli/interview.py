"""``cassation interview``: the guided interview on the command line, in a terminal or by script (stdin)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import click

from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..errors import ReplyError, UserError
from ..i18n import language, tr
from ..render.display import visible
from ..render.text import render_text
from ..workbench.interview import Interview, InterviewQuestion
from .app import limit_options, main, parse_readings, reports_errors

WHY_REPLIES = frozenset({"?", "why", "why?", "почему", "неге"})
QUIT_REPLIES = frozenset({"q", "quit", "stop"})


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def question_lines(number: int, question: InterviewQuestion) -> list[str]:
    """A question as the person sees it: its number and words, the choices numbered."""
    lines = [f"Q{number}. {visible(question.text)}"]
    lines.extend(f"     {i}. {visible(c.text)}" for i, c in enumerate(question.choices, start=1))
    return lines


def why_lines(question: InterviewQuestion) -> list[str]:
    """Why a question is asked, for a reader."""
    if question.why is None:
        return ["  " + tr("It is a fact the answer depends on (no single rule names it).")]
    return ["  " + visible(line) for line in question.why.lines()]


def result_lines(interview: Interview, quotes: bool = False) -> list[str]:
    """The outcome of an interview: decided or not, and the answer with its explanation."""
    result = interview.result
    asked = len(interview.history)
    count = f"{asked} question{'s' if asked != 1 else ''}"
    if interview.decided:
        verdict = tr("yes" if interview.value == "true" else "no")
        out = [tr("Decided after {count}: the answer is {verdict}.").format(count=count, n=asked, verdict=verdict)]
    else:
        out = [
            tr("Undecided after {count}: the answer depends on facts that are not known.").format(count=count, n=asked)
        ]
        out.append(tr("These would decide it:"))
        out.extend(f"  ? {visible(u['question'])}   [{visible(u['fact'])}]" for u in interview.unknown_facts)
        out.append(tr("What follows is the answer as the case stands, what is not known taken as not so."))
    out.append("")
    out.append(render_text(result, quotes=quotes).rstrip("\n"))
    return out


def _read(stream: TextIO, number: int) -> str | None:
    try:
        line = stream.readline()
    except UnicodeDecodeError as exc:
        raise UserError(f"stdin line {number}: not UTF-8 text (byte 0x{exc.object[exc.start]:02X})") from None
    return line if line else None


def run_interview(interview: Interview, *, interactive: bool, quotes: bool = False) -> bool:
    """Ask the questions on stdin until the answer is decided, nothing more can be asked, stdin ends or
    the person quits.  In a script (not ``interactive``) a reply that does not fit is an error naming
    its line; in a terminal the question is asked again.  True if it ran to its end."""
    stream = click.get_text_stream("stdin")  # type: ignore[operator,unused-ignore]  # deprecated in Click 8.5
    line_number = 0
    while (question := interview.next_question()) is not None:
        click.echo("")
        for line in question_lines(len(interview.history) + 1, question):
            click.echo(line)
        while True:
            click.echo(f"  [{question.replies}; ? {tr('why')}] > ", nl=False)
            line_number += 1
            text = _read(stream, line_number)
            if text is None:
                click.echo("")
                click.echo(tr("(no more replies: the interview stops here)"))
                return False
            reply = text.strip()
            if not interactive:
                click.echo(reply)
            if reply.lower() in WHY_REPLIES:
                for line in why_lines(question):
                    click.echo(line)
                continue
            if reply.lower() in QUIT_REPLIES:
                return False
            try:
                done = interview.answer(reply)
            except ReplyError as error:
                if not interactive:
                    raise ReplyError(f"stdin line {line_number}: {error}") from None
                click.echo(f"  {error}")
                continue
            mark = {"given": "+", "denied": "-", "skipped": "?"}.get(done.status, " ")
            click.echo(f"  {mark} {visible(done.fact)}")
            break
    return True


@main.command()
@click.argument("question")
@click.option("--case", "case_file", type=click.Path(dir_okay=False), help="YAML or JSON case file to start from.")
@click.option("--save", "save", type=click.Path(dir_okay=False), help="Write the case as the replies built it (YAML).")
@click.option("--reading", "readings", multiple=True, metavar="PASSAGE=READING")
@click.option("--quotes", is_flag=True, help="Quote the resolution's words in the explanation.")
@limit_options("")
@reports_errors
def interview(
    question: str,
    case_file: str | None,
    save: str | None,
    readings: tuple[str, ...],
    quotes: bool,
    reason_anyway: bool,
    time_limit: float,
    inference_limit: int,
) -> None:
    """Ask only the facts that can still decide QUESTION, then show the answer with its explanation.

    Each question takes yes, no, don't know, or a value (a date as YYYY-MM-DD, a choice's number, a
    name); `?` shows why it is asked, `q` stops.  Works by script too:
    printf 'no\\n1\\n' | cassation interview QUESTION --case c.yaml --save out.yaml
    """
    if save is not None and Path(save).suffix.lower() not in (".yaml", ".yml"):
        raise UserError(f"--save writes YAML: give a file name ending in .yaml, not {save}")
    case = Case.from_file(case_file) if case_file else Case()
    session = Interview(
        KnowledgeBase(),
        question,
        case,
        readings=parse_readings(readings),
        limits=Limits(time_limit, inference_limit),
        reason_anyway=reason_anyway,
    )
    given, denied = len(case.facts), len(case.denied)
    click.echo(f"{tr('Question:')} {visible(' '.join(question.split()))}")
    start = f"Starting from {given} fact{'s' if given != 1 else ''}" + (f" and {denied} denied" if denied else "")
    click.echo(
        tr(start)
        if language() == "en"
        else tr("Starting from facts: {given}, denied: {denied}").format(given=given, denied=denied)
    )
    run_interview(session, interactive=_interactive(), quotes=quotes)
    click.echo("")
    for line in result_lines(session, quotes=quotes):
        click.echo(line)
    if save is not None:
        try:
            Path(save).write_text(session.case_file_text(), encoding="utf-8")
        except OSError as exc:
            raise UserError(f"--save {save}: cannot write ({exc.strerror or exc})") from None
        click.echo("\n" + tr("Saved the case to {save}.").format(save=save))
