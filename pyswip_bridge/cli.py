"""The ``cassation`` command: ask questions about a case, list the vocabulary and the norms.

Exit codes: 0 for an answered question (yes or no), 2 for a user error (bad
question, bad case file, exceeded limit), 70 for an internal error.  Errors
are one line on stderr, never a traceback (set ``CASSATION_DEBUG=1`` to see one).
"""

from __future__ import annotations

import functools
import importlib
import json
import math
import os
import sys
from typing import Any, Callable

import click

from .case import Case
from .errors import CassationError, ReadingError
from .kb import DEFAULT_INFERENCES, DEFAULT_SECONDS, KnowledgeBase, Limits
from .formats import FORMATS, FORMATS_WITH_RECORD, render
from .render import visible


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn every error into one line on stderr and its exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CassationError as exc:
            click.echo(f"error: {visible(exc.one_line())}", err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except Exception as exc:  # a bug: say so in one line
            if os.environ.get("CASSATION_DEBUG"):
                raise
            click.echo(visible(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())}"), err=True)
            sys.exit(70)

    return wrapper


def parse_readings(values: tuple[str, ...]) -> dict[str, str]:
    readings = {}
    for value in values:
        passage, sep, reading = value.partition("=")
        if not sep or not passage or not reading:
            raise ReadingError(f"--reading expects PASSAGE=READING, not {value!r}")
        readings[passage.strip()] = reading.strip()
    return readings


def _finite_seconds(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if not math.isfinite(value):  # FloatRange lets nan and inf through
        raise click.BadParameter(f"{value} is not a number of seconds")
    return value


def limit_options(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options --reason-anyway, --time-limit and --inference-limit (``what``: "" or " per case")."""
    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        command = click.option("--inference-limit", type=click.IntRange(min=1), default=DEFAULT_INFERENCES,
                               show_default=True,
                               help=f"Logical inferences{what} (env CASSATION_INFERENCE_LIMIT).")(command)
        command = click.option("--time-limit", type=click.FloatRange(min=0.001), default=DEFAULT_SECONDS,
                               show_default=True, callback=_finite_seconds,
                               help=f"Seconds{what} (env CASSATION_TIME_LIMIT).")(command)
        return click.option("--reason-anyway", is_flag=True,
                            help="Reason with the resolution even for a case dated outside "
                                 "2017-06-29..2022-06-30.")(command)
    return decorate


class CassationGroup(click.Group):
    """The command group; the commands of the workbench, the teaching mode and batches are imported
    when one of them is called (or listed), so that ``cassation ask`` does not pay for their imports.

    A module named in :data:`LAZY_COMMANDS` registers its commands on ``main`` when imported.
    """

    #: Command name -> module of this package that defines it.
    LAZY_COMMANDS: dict[str, str] = {
        "what-if": "cli_explain", "compare-readings": "cli_explain", "diff": "cli_explain",
        "repl": "cli_teach", "scenarios": "cli_teach", "quiz": "cli_teach", "step": "cli_teach",
        "batch": "cli_batch",
    }

    def _load(self, name: str) -> None:
        module = self.LAZY_COMMANDS.get(name)
        if module is not None and name not in self.commands:
            importlib.import_module(f"{__package__}.{module}")

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        for name in self.LAZY_COMMANDS:
            self._load(name)
        return super().list_commands(ctx)


@click.group(cls=CassationGroup)
@click.version_option(package_name="cassation-kb")
def main() -> None:
    """Cassation review under Normative Resolution No. 5 (2017) of the Supreme Court of Kazakhstan."""


@main.command()
@click.argument("question")
@click.option("--case", "case_file", type=click.Path(dir_okay=False), help="YAML or JSON case file.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option("--reading", "readings", multiple=True, metavar="PASSAGE=READING",
              help="Choose a reading of an ambiguous passage (see `cassation norms`).")
@click.option("--quotes", is_flag=True, help="Quote the resolution's words under each rule.")
@click.option("--why-absent", is_flag=True,
              help="Under each conclusion assumed absent, show why no rule establishes it.")
@click.option("--goals", is_flag=True, help="Show each step as its Prolog goal instead of a sentence.")
@click.option("--open", "open_world", is_flag=True,
              help="Open world: a fact neither given nor denied (case file key `denied`) is unknown.")
@limit_options("")
@reports_errors
def ask(question: str, case_file: str | None, fmt: str, readings: tuple[str, ...], quotes: bool,
        why_absent: bool, goals: bool, open_world: bool, reason_anyway: bool, time_limit: float,
        inference_limit: int) -> None:
    """Answer QUESTION, e.g. 'may_review(v1, P)', with its proof or why not."""
    case = Case.from_file(case_file) if case_file else Case()
    chosen = parse_readings(readings)
    result = KnowledgeBase().ask(question, case, readings=chosen,
                                 limits=Limits(time_limit, inference_limit), reason_anyway=reason_anyway,
                                 open_world=open_world)
    record = None
    if fmt in FORMATS_WITH_RECORD:  # the record hashes the KB's files: only for the formats that show it
        from .records import make_record

        record = make_record(result, case, chosen)
    click.echo(render(result, fmt, quotes=quotes, why_absent=why_absent, goals=goals, record=record), nl=False)


@main.command("why-not")
@click.argument("question")
@click.option("--case", "case_file", type=click.Path(dir_okay=False), help="YAML or JSON case file.")
@click.option("--max-size", type=click.IntRange(1, 4), default=3, show_default=True,
              help="At most this many facts added or removed per repair.")
@click.option("--max-sets", type=click.IntRange(1, 5000), default=300, show_default=True,
              help="At most this many candidate sets tried (bounds time; the search is deterministic).")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True, help="Repairs shown.")
@click.option("--reading", "readings", multiple=True, metavar="PASSAGE=READING")
@click.option("--goals", is_flag=True, help="Show facts as Prolog goals only.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def why_not(question: str, case_file: str | None, max_size: int, max_sets: int, limit: int,
            readings: tuple[str, ...], goals: bool, fmt: str) -> None:
    """The smallest sets of case facts to add or remove for QUESTION to hold, each with the rule that would apply."""
    case = Case.from_file(case_file) if case_file else Case()
    result = KnowledgeBase().ask(question, case, readings=parse_readings(readings), repairs=(max_size, max_sets),
                                 reason_anyway=True)
    result.repairs = result.repairs[:limit]
    if fmt == "json":
        click.echo(json.dumps({"question": result.question, "holds": result.holds,
                               "repairs": result.raw.get("repairs", [])[:limit]}, ensure_ascii=False, indent=2))
    else:
        from .render import render_repairs

        click.echo(render_repairs(result, goals=goals), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def vocabulary(fmt: str) -> None:
    """The case facts a case file may state: arguments, types, meaning and source."""
    vocab = KnowledgeBase().vocabulary()
    if fmt == "json":
        click.echo(json.dumps(vocab, ensure_ascii=False, indent=2))
        return
    for fact in vocab["facts"]:
        args = ", ".join(f"{a['name']}:{a['type']}" for a in fact["arguments"])
        paragraphs = ", ".join(f"¶{p}" for p in fact["paragraphs"])
        click.echo(f"{fact['name']}({args})")
        click.echo(f"    {fact['meaning']}")
        click.echo(f"    source: {paragraphs}; {'; '.join(fact['articles'])}")
        if fact["not_encoded"]:
            click.echo(f"    depends on {fact['not_encoded']} (not encoded; given as a fact)")
    click.echo("")
    click.echo("Types:")
    click.echo("  id: a name, e.g. v1 or 'Қайрат'    date: YYYY-MM-DD")
    for enum in vocab["enumerations"]:
        click.echo(f"  {enum['type']}: {' | '.join(enum['values'])}")
    click.echo("")
    click.echo("Reserved names:")
    for person in vocab["reserved_persons"]:
        click.echo(f"  {person['person']}: {person['meaning']}")


@main.command()
@click.option("--paragraph", type=click.IntRange(1, 27), help="Only the rules of this paragraph.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def norms(paragraph: int | None, fmt: str) -> None:
    """The legal rules: ids, paragraphs, articles, the words they encode, and their clauses."""
    data = KnowledgeBase().norms()
    rules = [r for r in data["rules"] if paragraph is None or r["paragraph"] == paragraph]
    passages = [p for p in data["ambiguous_passages"] if paragraph is None or p["paragraph"] == paragraph]
    if fmt == "json":
        click.echo(json.dumps({"rules": rules, "ambiguous_passages": passages}, ensure_ascii=False, indent=2))
        return
    for rule in sorted(rules, key=lambda r: (r["paragraph"], r["id"])):
        click.echo(f"{rule['id']}  (¶{rule['paragraph']}; {'; '.join(rule['articles'])})")
        click.echo(f"    “{rule['text']}”")
        for line in rule["clause"].splitlines():
            click.echo(f"    {line}")
        click.echo("")
    for passage in passages:
        click.echo(f"ambiguous passage {passage['passage']} (¶{passage['paragraph']}): {passage['why']}")
        for reading in passage["readings"]:
            click.echo(f"    {reading['reading']} ({reading['status']}): {reading['meaning']}")
    if not rules:
        click.echo(f"no rules encode paragraph {paragraph} yet")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def coverage(fmt: str) -> None:
    """For each paragraph 1-27: the rules that encode it, the scenarios that exercise them, and what is not encoded."""
    from .coverage import compute_coverage, render_coverage

    rows = compute_coverage(KnowledgeBase())
    if fmt == "json":
        click.echo(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
    else:
        click.echo(render_coverage(rows), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
