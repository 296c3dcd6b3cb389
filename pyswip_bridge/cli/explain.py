"""Commands of the explanation workbench, registered on the ``cassation`` group.

``what-if``           the answer before and after adding/removing facts; ``--critical``: the facts it hangs on
``compare-readings``  the answer under every combination of readings of the ambiguous passages
``diff``              what changed between two recorded answers (``cassation ask --format json``)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import Limits
from ..bridge.records import diff_records, load_record
from ..errors import UserError
from ..i18n import tr
from ..render.display import for_display, visible
from ..workbench.whatif import (
    compare_readings,
    critical_facts,
    render_comparison,
    render_critical,
    render_what_if,
    what_if,
)
from .app import inference_limit_option, main, parse_readings, reports_errors, time_limit_option


def _limits(function: Callable[..., Any]) -> Callable[..., Any]:
    function = inference_limit_option("Logical inferences per ask")(function)
    function = time_limit_option("Seconds per ask")(function)
    function = click.option(
        "--reason-anyway", is_flag=True, help="Reason even for a case dated outside the resolution's validity."
    )(function)
    return function


def _dump(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@main.command("what-if")
@click.argument("question")
@click.option("--case", "case_file", required=True, type=click.Path(dir_okay=False), help="YAML or JSON case file.")
@click.option("--add", "added", multiple=True, metavar="FACT", help="A fact to add (repeatable).")
@click.option("--remove", "removed", multiple=True, metavar="FACT", help="A fact of the case to remove (repeatable).")
@click.option(
    "--critical", is_flag=True, help="List the given facts whose removal alone flips the answer (one ask per fact)."
)
@click.option(
    "--reading", "readings", multiple=True, metavar="PASSAGE=READING", help="Choose a reading of an ambiguous passage."
)
@click.option("--quotes", is_flag=True, help="Quote the resolution's words under each rule.")
@click.option("--goals", is_flag=True, help="Show each step as its Prolog goal instead of a sentence.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_limits
@reports_errors
def what_if_command(
    question: str,
    case_file: str,
    added: tuple[str, ...],
    removed: tuple[str, ...],
    critical: bool,
    readings: tuple[str, ...],
    quotes: bool,
    goals: bool,
    fmt: str,
    reason_anyway: bool,
    time_limit: float,
    inference_limit: int,
) -> None:
    """Answer QUESTION before and after changing the case: --add FACT, --remove FACT; show both answers
    and the difference between the proofs.  With --critical, list the given facts (of the changed case)
    whose removal alone flips the answer."""
    if not (added or removed or critical):
        raise UserError("what-if needs --add FACT, --remove FACT or --critical")
    kb = KnowledgeBase()
    case = Case.from_file(case_file)
    options: dict[str, Any] = dict(
        readings=parse_readings(readings), limits=Limits(time_limit, inference_limit), reason_anyway=reason_anyway
    )
    data: dict[str, object] = {}
    text: list[str] = []
    changed_case = case
    after = None
    if added or removed:
        w = what_if(kb, question, case, added, removed, **options)
        assert w.case_after is not None  # what_if always gives the changed case
        changed_case, after = w.case_after, w.after
        data.update(w.to_json())
        text.append(render_what_if(for_display(w), quotes=quotes, goals=goals))
    if critical:
        c = critical_facts(kb, question, changed_case, baseline=after, progress=_critical_progress(), **options)
        data["critical"] = c.to_json()
        text.append(render_critical(for_display(c)))
    if fmt == "json":
        _dump(data)
    else:
        click.echo("\n".join(text), nl=False)


def _critical_progress() -> Callable[[int, int], None] | None:
    """On a terminal, `--critical` shows how many facts it has tried (on one line of stderr)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        click.echo(f"\rtrying the given facts one by one: {done:,} of {total:,}", err=True, nl=False)
        if end:
            click.echo("", err=True)

    return show


@main.command("compare-readings")
@click.argument("question")
@click.option("--case", "case_file", required=True, type=click.Path(dir_okay=False), help="YAML or JSON case file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_limits
@reports_errors
def compare_readings_command(
    question: str, case_file: str, fmt: str, reason_anyway: bool, time_limit: float, inference_limit: int
) -> None:
    """Answer QUESTION under every combination of readings of the ambiguous passages and show where the
    answers diverge."""
    comparison = compare_readings(
        KnowledgeBase(),
        question,
        Case.from_file(case_file),
        limits=Limits(time_limit, inference_limit),
        reason_anyway=reason_anyway,
    )
    if fmt == "json":
        _dump(comparison.to_json())
    else:
        click.echo(render_comparison(for_display(comparison)), nl=False)


@main.command("diff")
@click.argument("record_a", metavar="A.json", type=click.Path())
@click.argument("record_b", metavar="B.json", type=click.Path())
@reports_errors
def diff_command(record_a: str, record_b: str) -> None:
    """What changed between two recorded answers (written by `cassation ask --format json`): question,
    answer, bindings, rules used, case facts, readings, KB and engine versions."""
    a, b = load_record(record_a), load_record(record_b)
    differences = diff_records(a, b)
    names = visible(record_a), visible(record_b)
    if not differences:
        click.echo(tr("no differences between {a} and {b}").format(a=names[0], b=names[1]))
    else:
        click.echo(
            tr(
                "{n} difference from {a} to {b}:" if len(differences) == 1 else "{n} differences from {a} to {b}:"
            ).format(n=len(differences), a=names[0], b=names[1])
        )
        for line in differences:
            click.echo(f"  {visible(line)}")
    if "record" not in a and "record" not in b:
        click.echo(tr("(neither file has a record: case facts and versions were not compared)"))
