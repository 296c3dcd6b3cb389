"""The ``cassation`` command: ask questions about a case, list the vocabulary and the norms.

Exit codes (:data:`EXIT_CODES`, the one table the command uses): 0 for an answered question (yes
or no), 2 for an error the user caused (a bad question, case file, option, environment variable or
output), 130 after Ctrl-C, 141 (quietly) when the reader of the output went away, 143 after
SIGTERM, and 70 only for a bug.  Errors are one line on stderr, never a traceback (set
``CASSATION_DEBUG=1`` to see one).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import importlib
import io
import json
import math
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, NoReturn, TextIO

import click
from click.core import ParameterSource

from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..bridge.limits import DEFAULT_INFERENCES, DEFAULT_SECONDS, Limits
from ..errors import CassationError, ConfigurationError, EngineError, ReadingError, UserError
from ..i18n import LANGUAGES, citation, language, message, set_language, tr, worded
from ..render.display import visible
from ..render.formats import FORMATS, FORMATS_WITH_RECORD, FORMATS_WITH_WHY_ABSENT, render


class Terminated(BaseException):
    """SIGTERM arrived: the command stops as on Ctrl-C (exit 143)."""


class OutputError(UserError):
    """Standard output cannot be written: a full disk, an I/O error, a descriptor that is closed."""

    kind = "output"


# -- the exit-code table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ExitRow:
    """One row of the exit-code table: what ended the command, its exit code, and its one line."""

    cause: type[BaseException]
    code: int
    when: str
    message: Callable[[BaseException], str | None]


def _interrupted(exc: BaseException) -> str:
    return f"{tr('error:')} {message('interrupted')}"


def _terminated_line(exc: BaseException) -> str:
    return f"{tr('error:')} {message('terminated')}"


def _quiet(exc: BaseException) -> None:
    return None


def _usage(exc: BaseException) -> str:
    assert isinstance(exc, click.ClickException)
    line = exc.format_message().rstrip(".")
    if isinstance(exc, click.NoSuchOption):
        line += ": an argument that starts with - goes after --"
    ctx = getattr(exc, "ctx", None)
    return f"{tr('error:')} " + message(line + (f" (see `{ctx.command_path} --help`)" if ctx is not None else ""))


def _user_error(exc: BaseException) -> str:
    assert isinstance(exc, CassationError)
    return f"{tr('error:')} {message(exc.one_line())}"


def _internal(exc: BaseException) -> str:
    return f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())}"


#: What ends a command and its exit code; the first row whose ``cause`` the exception is wins.
EXIT_CODES: tuple[ExitRow, ...] = (
    ExitRow(
        BrokenPipeError, 141, "the reader of the output went away (`cassation norms | head -1`): no message", _quiet
    ),
    ExitRow(KeyboardInterrupt, 130, "Ctrl-C (SIGINT)", _interrupted),
    ExitRow(
        click.exceptions.Abort,
        130,
        "click's Abort: Ctrl-C while click reads the command line or a prompt",
        _interrupted,
    ),
    ExitRow(Terminated, 143, "SIGTERM", _terminated_line),
    ExitRow(
        click.ClickException,
        2,
        "a usage error: an unknown command or option, a missing argument, "
        "an option value out of range, --case naming a directory",
        _usage,
    ),
    ExitRow(
        UserError,
        2,
        "an error in what the user gave (every UserError of pyswip_bridge.errors: case "
        "file, question, reading, validity, limit, configuration, output)",
        _user_error,
    ),
    ExitRow(EngineError, 70, "SWI-Prolog or the bridge failed (a bug)", _user_error),
    ExitRow(Exception, 70, "any other exception (a bug)", _internal),
)


def exit_row(exc: BaseException) -> ExitRow:
    """The row of :data:`EXIT_CODES` for ``exc``."""
    for row in EXIT_CODES:
        if isinstance(exc, row.cause):
            return row
    return EXIT_CODES[-1]  # a BaseException of no row (GeneratorExit, ...): a bug


def say(line: str, *, new_line_first: bool = False) -> None:
    """Write one line to stderr, with its control characters escaped; never raises.

    ``new_line_first`` starts it on a line of its own after a terminal's ``^C``.
    """
    with contextlib.suppress(Exception):
        if sys.stderr is not None:
            sys.stderr.write(("\n" if new_line_first else "") + visible(line) + "\n")
            sys.stderr.flush()


def report(exc: BaseException) -> int:
    """Say what ended the command in one line (none for a closed pipe) and return its exit code.

    With ``CASSATION_DEBUG`` set, a bug is re-raised with its traceback.
    """
    row = exit_row(exc)
    if row.code == 70 and not isinstance(exc, CassationError) and os.environ.get("CASSATION_DEBUG"):
        raise exc
    message = row.message(exc)
    if message is not None:
        say(message, new_line_first=row.code == 130 and sys.stderr is not None and _isatty(sys.stderr))
    return row.code


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn every error of a command into its line and exit code (:data:`EXIT_CODES`)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (SystemExit, click.exceptions.Exit):
            raise
        except BaseException as exc:  # each through the table, before click turns Ctrl-C into "Aborted!"
            sys.exit(report(exc))

    return wrapper


# -- the standard streams ---------------------------------------------------------------------------


class GuardedOutput(io.RawIOBase):
    """The file descriptor under ``sys.stdout`` or ``sys.stderr``.

    A failed write to stdout raises :class:`BrokenPipeError` when the reader went away and
    :class:`OutputError` otherwise (a full disk, an I/O error, a descriptor closed before the
    command started); a failed write to stderr is dropped (nothing is left to report to).  After a
    failure the rest of the output is dropped, so Python's final flush is quiet.
    """

    def __init__(self, fd: int, name: str, *, report_failures: bool, closed: bool = False) -> None:
        super().__init__()
        self._fd = fd
        self._name = name
        self._report = report_failures
        self._closed_at_start = closed
        self._failed = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return not self._closed_at_start and _isatty(self._fd)

    def write(self, data: Any) -> int:
        size = len(memoryview(data))
        if self._failed:
            return size
        try:
            if self._closed_at_start:
                raise OSError(errno.EBADF, "it was closed before the command started")
            return os.write(self._fd, data)
        except OSError as exc:
            self._failed = True
            if not self._report:
                return size
            if exc.errno == errno.EPIPE:
                raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE)) from None
            raise OutputError(f"cannot write to {self._name}: {exc.strerror or exc}") from None


def _isatty(stream: Any) -> bool:
    try:
        return os.isatty(stream) if isinstance(stream, int) else bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _fileno(stream: Any) -> int | None:
    try:
        return int(stream.fileno())
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return None


def _occupy(fd: int) -> None:
    """Open /dev/null on ``fd`` if it is closed, so that no file the command opens gets it."""
    try:
        os.fstat(fd)
    except OSError:
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)


def _guarded(stream: TextIO | None, fd: int, name: str, report_failures: bool) -> TextIO:
    """A text stream over :class:`GuardedOutput` with ``stream``'s encoding; text that encoding cannot
    carry (Cyrillic under ``PYTHONIOENCODING=latin-1``) is written as ``\\u`` escapes, not refused."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    errors = getattr(stream, "errors", None) or "strict"
    raw = GuardedOutput(fd, name, report_failures=report_failures, closed=stream is None)
    return io.TextIOWrapper(
        io.BufferedWriter(raw),
        encoding=encoding,
        errors="backslashreplace" if errors == "strict" else errors,
        line_buffering=bool(getattr(stream, "line_buffering", False)),
    )


@contextlib.contextmanager
def standard_streams() -> Iterator[None]:
    """Guard stdout and stderr (:class:`GuardedOutput`) while a command runs; a standard descriptor
    closed at start (``>&-``, ``2>&-``, ``<&-``) gets /dev/null, and stdout then reports that it is
    closed.  Streams that are not file descriptors (a test's runner) are left alone."""
    saved = sys.stdin, sys.stdout, sys.stderr
    if sys.stdin is None:
        _occupy(0)
        sys.stdin = open(0, encoding="utf-8", errors="strict", closefd=False)  # noqa: SIM115 (stays open)
    for fd, name, report_failures in ((1, "stdout", True), (2, "stderr", False)):
        stream = getattr(sys, name)
        if stream is None:
            _occupy(fd)
        elif _fileno(stream) != fd:
            continue
        else:
            with contextlib.suppress(Exception):
                stream.flush()
        setattr(sys, name, _guarded(stream, fd, "standard output" if fd == 1 else "standard error", report_failures))
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):  # what an error left in a buffer: the exit code is decided
            with contextlib.suppress(Exception):
                if stream is not None:
                    stream.flush()
        sys.stdin, sys.stdout, sys.stderr = saved


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """While a command runs, SIGTERM raises :class:`Terminated` (exit 143, one line)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminated(signum: int, frame: object) -> NoReturn:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        # Put back the handler of before -- unless the command installed its own (a batch keeps
        # one that ignores a second signal while the process ends: restoring SIG_DFL here would let
        # a SIGTERM that follows a Ctrl-C by milliseconds kill the process).
        if signal.getsignal(signal.SIGTERM) is terminated:
            signal.signal(signal.SIGTERM, previous)


def run_command(call: Callable[[], Any]) -> int:
    """Run a command, flush its output, and return its exit code; whatever ends it goes through
    :func:`report`."""
    try:
        try:
            result = call()
        except SystemExit as exc:
            result = exc.code
        if sys.stdout is not None:
            sys.stdout.flush()
    except BaseException as exc:  # every way a command can end, through the table
        return report(exc)
    return result if isinstance(result, int) and not isinstance(result, bool) else 0


# -- options ----------------------------------------------------------------------------------------


def parse_readings(values: tuple[str, ...]) -> dict[str, str]:
    readings = {}
    for value in values:
        passage, sep, reading = value.partition("=")
        if not sep or not passage or not reading:
            raise ReadingError(f"--reading expects PASSAGE=READING, not {value!r}")
        readings[passage.strip()] = reading.strip()
    return readings


#: The smallest time limit, in seconds.
MIN_SECONDS = 0.001


def _from_environment(ctx: click.Context, param: click.Parameter) -> bool:
    """Whether ``param`` has its default, which a ``CASSATION_*`` environment variable sets."""
    return ctx.get_parameter_source(param.name or "") is ParameterSource.DEFAULT


def _seconds(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """``--time-limit``: a finite number of seconds, at least 0.001; a bad default names its variable."""
    if math.isfinite(value) and value >= MIN_SECONDS:
        return value
    if _from_environment(ctx, param):
        raise ConfigurationError(
            f"CASSATION_TIME_LIMIT={os.environ.get('CASSATION_TIME_LIMIT', str(value))!r} is "
            f"not a number of seconds from {MIN_SECONDS} up (e.g. 10)"
        )
    raise click.BadParameter(f"{value} is not a number of seconds from {MIN_SECONDS} up")


def time_limit_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--time-limit`` (default ``CASSATION_TIME_LIMIT`` or 10 s)."""
    return click.option(
        "--time-limit",
        type=float,
        default=DEFAULT_SECONDS,
        show_default=True,
        callback=_seconds,
        help=f"{help_text} (env CASSATION_TIME_LIMIT).",
    )


def inference_limit_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--inference-limit`` (default ``CASSATION_INFERENCE_LIMIT`` or 20,000,000)."""
    return click.option(
        "--inference-limit",
        type=click.IntRange(min=1),
        default=DEFAULT_INFERENCES,
        show_default=True,
        help=f"{help_text} (env CASSATION_INFERENCE_LIMIT).",
    )


def limit_options(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options --reason-anyway, --time-limit and --inference-limit (``what``: "" or " per case")."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        command = inference_limit_option(f"Logical inferences{what}")(command)
        command = time_limit_option(f"Seconds{what}")(command)
        return click.option(
            "--reason-anyway",
            is_flag=True,
            help="Reason with the resolution even for a case dated outside 2017-06-29..2022-06-30.",
        )(command)

    return decorate


@contextlib.contextmanager
def _translated_help(command: click.Command, ctx: click.Context) -> Iterator[None]:
    """While the help of ``command`` is written, its help texts (and those of its parameters and,
    for a group, of its commands) are in the current language."""
    objects: list[Any] = [command, *command.get_params(ctx)]
    if isinstance(command, click.Group):
        objects.extend(command.commands.values())
    saved = [(o, o.help) for o in objects]
    try:
        for o, text in saved:
            if text:
                o.help = tr(" ".join(text.split()) if isinstance(o, click.Command) else text)
        yield
    finally:
        for o, text in saved:
            o.help = text


def _click_words(text: str) -> str:
    """The words click adds to an option's help (``[default: 10.0]``, ``[required]``) in the current language."""
    return text.replace("[default: ", tr("[default: ")).replace("[required]", tr("[required]"))


class TranslatedHelp(click.Command):
    """A command whose ``--help`` is in the current language (:mod:`pyswip_bridge.i18n`)."""

    def get_help(self, ctx: click.Context) -> str:
        with _translated_help(self, ctx):
            return super().get_help(ctx)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=tr("Usage:") + " ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = [p for p in self.get_params(ctx) if not isinstance(p, click.Argument)]
        records = [(r[0], _click_words(r[1])) for r in (p.get_help_record(ctx) for p in params) if r is not None]
        if records:
            with formatter.section(tr("Options")):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if not isinstance(self, click.Group):
            return
        commands = [
            (name, c) for name in self.list_commands(ctx) if (c := self.get_command(ctx, name)) and not c.hidden
        ]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            with _translated_help(self, ctx), formatter.section(tr("Commands")):
                formatter.write_dl([(name, c.get_short_help_str(limit)) for name, c in commands])


def _set_language(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """``--lang`` (or ``CASSATION_LANG``): the language of everything the command prints."""
    set_language(value)
    return value


class CassationGroup(TranslatedHelp, click.Group):
    """The command group; the commands of the workbench, the teaching mode and batches are imported
    when one of them is called (or listed), so that ``cassation ask`` does not pay for their imports.

    A module named in :data:`LAZY_COMMANDS` registers its commands on ``main`` when imported.
    """

    command_class = TranslatedHelp

    #: Command name -> module of this package that defines it.
    LAZY_COMMANDS: ClassVar[dict[str, str]] = {
        "what-if": "explain",
        "compare-readings": "explain",
        "diff": "explain",
        "repl": "teach",
        "scenarios": "teach",
        "quiz": "teach",
        "step": "teach",
        "handout": "teach",
        "batch": "batch",
        "serve": "serve",
        "interview": "interview",
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

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; what ends it goes through :data:`EXIT_CODES` before click would turn
        Ctrl-C into "Aborted!" (exit 1) or a closed pipe into exit 1."""
        try:
            return super().invoke(ctx)
        except (SystemExit, click.exceptions.Exit, click.ClickException):
            raise
        except BaseException as exc:  # every other way a command ends, through the table
            sys.exit(report(exc))

    def main(
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; every way it ends goes through :data:`EXIT_CODES` (one line on
        stderr, the table's exit code), including click's usage errors and a failed final flush."""
        with standard_streams(), sigterm_raises():
            code = run_command(
                lambda: super(CassationGroup, self).main(args, prog_name, complete_var, standalone_mode=False, **extra)
            )
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=CassationGroup)
@click.version_option(package_name="cassation-kb")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="en",
    envvar="CASSATION_LANG",
    show_default=True,
    is_eager=True,
    expose_value=False,
    callback=_set_language,
    help="Language of the answers, headings, messages and help: en or ru (env CASSATION_LANG).",
)
def main() -> None:
    """Cassation review under Normative Resolution No. 5 (2017) of the Supreme Court of Kazakhstan."""


@main.command()
@click.argument("question")
@click.option("--case", "case_file", type=click.Path(dir_okay=False), help="YAML or JSON case file.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option(
    "--reading",
    "readings",
    multiple=True,
    metavar="PASSAGE=READING",
    help="Choose a reading of an ambiguous passage (see `cassation norms`).",
)
@click.option("--quotes", is_flag=True, help="Quote the resolution's words under each rule.")
@click.option(
    "--why-absent", is_flag=True, help="Under each conclusion assumed absent, show why no rule establishes it."
)
@click.option("--goals", is_flag=True, help="Show each step as its Prolog goal instead of a sentence.")
@click.option(
    "--detail",
    type=click.Choice(["folded", "full"]),
    default="folded",
    show_default=True,
    help="folded: list-membership and comparison steps are folded into the sentence they serve; "
    "full: every step of the proof.",
)
@click.option(
    "--all-proofs",
    is_flag=True,
    help="Lay out every proof of each answer (by default the first, and how many others there are).",
)
@click.option(
    "--open",
    "open_world",
    is_flag=True,
    help="Open world: a fact neither given nor denied (case file key `denied`) is unknown.",
)
@limit_options("")
@reports_errors
def ask(
    question: str,
    case_file: str | None,
    fmt: str,
    readings: tuple[str, ...],
    quotes: bool,
    why_absent: bool,
    goals: bool,
    detail: str,
    all_proofs: bool,
    open_world: bool,
    reason_anyway: bool,
    time_limit: float,
    inference_limit: int,
) -> None:
    """Answer QUESTION, e.g. 'may_review(v1, P)', with its proof or why not."""
    case = Case.from_file(case_file) if case_file else Case()
    chosen = parse_readings(readings)
    result = KnowledgeBase().ask(
        question,
        case,
        readings=chosen,
        limits=Limits(time_limit, inference_limit),
        reason_anyway=reason_anyway,
        open_world=open_world,
        why_absent=why_absent or fmt in FORMATS_WITH_WHY_ABSENT,
        lang=language(),
    )
    record = None
    if fmt in FORMATS_WITH_RECORD:  # the record hashes the KB's files: only for the formats that show it
        from ..bridge.records import make_record

        record = make_record(result, case, chosen)
    if not case_file:  # said once the answer is given, so that an error stays the one line on stderr
        click.echo(tr("warning: no --case given: the question is answered on an empty case (no facts)"), err=True)
    click.echo(
        render(
            result,
            fmt,
            quotes=quotes,
            why_absent=why_absent,
            goals=goals,
            record=record,
            detail=detail,
            all_proofs=all_proofs,
        ),
        nl=False,
    )


@main.command("why-not")
@click.argument("question")
@click.option("--case", "case_file", type=click.Path(dir_okay=False), help="YAML or JSON case file.")
@click.option(
    "--max-size",
    type=click.IntRange(1, 4),
    default=3,
    show_default=True,
    help="At most this many facts added or removed per repair.",
)
@click.option(
    "--max-sets",
    type=click.IntRange(1, 5000),
    default=300,
    show_default=True,
    help="At most this many candidate sets tried (bounds time; the search is deterministic).",
)
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True, help="Repairs shown.")
@click.option("--reading", "readings", multiple=True, metavar="PASSAGE=READING")
@click.option("--goals", is_flag=True, help="Show facts as Prolog goals only.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def why_not(
    question: str,
    case_file: str | None,
    max_size: int,
    max_sets: int,
    limit: int,
    readings: tuple[str, ...],
    goals: bool,
    fmt: str,
) -> None:
    """The smallest sets of case facts to add or remove for QUESTION to hold, each with the rule that would apply."""
    case = Case.from_file(case_file) if case_file else Case()
    result = KnowledgeBase().ask(
        question,
        case,
        readings=parse_readings(readings),
        repairs=(max_size, max_sets),
        reason_anyway=True,
        lang=language(),
    )
    result.repairs = result.repairs[:limit]
    if fmt == "json":
        click.echo(
            json.dumps(
                {"question": result.question, "holds": result.holds, "repairs": result.raw.get("repairs", [])[:limit]},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        from ..render.text import render_repairs

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
    russian = language() == "ru"
    for fact in vocab["facts"]:
        args = ", ".join(f"{a['name']}:{a['type']}" for a in fact["arguments"])
        paragraphs = ", ".join(f"¶{p}" for p in fact["paragraphs"])
        click.echo(f"{fact['name']}({args})")
        click.echo(f"    {fact['meaning_ru'] if russian and fact.get('meaning_ru') else fact['meaning']}")
        click.echo(f"    {tr('source:')} {paragraphs}; {'; '.join(fact['articles'])}")
        click.echo(f"    {tr('nature:')} {fact['nature']}")
        if fact["not_encoded"]:
            click.echo("    " + tr("depends on {what} (not encoded; given as a fact)").format(what=fact["not_encoded"]))
    click.echo("")
    click.echo(tr("Types:"))
    click.echo(tr("  id: a name, e.g. v1 or 'Қайрат'    date: YYYY-MM-DD"))
    for enum in vocab["enumerations"]:
        values = enum["values"]
        if russian and enum.get("words_ru"):
            values = [f"{v} ({w})" for v, w in zip(values, enum["words_ru"], strict=True)]
        click.echo(f"  {enum['type']}: {' | '.join(values)}")
    click.echo("")
    click.echo(tr("Natures (how a suggested repair may change a fact of the case):"))
    for nature in vocab["natures"]:
        click.echo(f"  {nature['nature']}: {nature['meaning']}")
    click.echo("")
    click.echo(tr("Reserved names:"))
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
        click.echo(f"{rule['id']}  ({citation(['¶' + str(rule['paragraph']), *rule['articles']])})")
        click.echo(f"    “{rule['text']}”")
        for line in rule["clause"].splitlines():
            click.echo(f"    {line}")
        click.echo("")
    for passage in passages:
        click.echo(
            tr("ambiguous passage {passage} ({paragraph}):").format(
                passage=passage["passage"], paragraph=citation([f"¶{passage['paragraph']}"])
            )
            + f" {worded(passage, 'why')}"
        )
        for reading in passage["readings"]:
            click.echo(f"    {reading['reading']} ({tr(reading['status'])}): {worded(reading, 'meaning')}")
    if not rules:
        click.echo(tr("no rules encode paragraph {paragraph} yet").format(paragraph=paragraph))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def coverage(fmt: str) -> None:
    """For each paragraph 1-27: the rules that encode it, the scenarios that exercise them, and what is not encoded."""
    from ..workbench.coverage import compute_coverage, render_coverage

    rows = compute_coverage(KnowledgeBase())
    if fmt == "json":
        click.echo(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
    else:
        click.echo(render_coverage(rows), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
