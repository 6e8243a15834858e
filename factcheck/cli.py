"""The command line: parse options, call the library, hand results to the renderer."""

import functools
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from factcheck import __version__
from factcheck.errors import FactcheckError, NotFoundError
from factcheck.messages import N_, Msg, tr

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from factcheck import batch
    from factcheck.check import Verdict
    from factcheck.facts import Fact, FactBase, Lang
    from factcheck.history import History
    from factcheck.lookup import Filter
    from factcheck.quiz import Outcome, Question
    from factcheck.render import Renderer, VerdictRenderer

F = TypeVar("F", bound=Callable[..., None])


class _Help:
    """Help as clig.dev and Click show it: `ID...` and `[CLAIM]...` on the usage line, and
    no type name after a flag (`--json`) or an argument."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []  # type: ignore[attr-defined]
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if isinstance(param, TyperArgument):
                name = param.metavar or (param.name or "").upper()
                name = name if param.required else f"[{name}]"
                pieces.append(name + ("..." if param.nargs != 1 else ""))
        return pieces

    def format_help(self, ctx: Any, formatter: Any) -> None:
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if isinstance(param, TyperArgument) or getattr(param, "is_flag", False):
                param.display_type_rich = _no_type
        _say_help(self, ctx, _lang(None))  # --help is read before --lang: the locale decides
        if os.environ.get("NO_COLOR"):  # no escape codes at all, bold included
            from typer import rich_utils

            rich_utils.COLOR_SYSTEM = None
        super().format_help(ctx, formatter)  # type: ignore[misc]


HELP_PANELS = {
    "ARGUMENTS_PANEL_TITLE": N_("Arguments"),
    "OPTIONS_PANEL_TITLE": N_("Options"),
    "COMMANDS_PANEL_TITLE": N_("Commands"),
    "REQUIRED_LONG_STRING": N_("[required]"),
    "DEFAULT_STRING": N_("[default: {}]"),
}


def _say_help(command: Any, ctx: Any, lang: "Lang") -> None:
    """Help in the user's language: the command's text, its options' and its commands'
    (each string is its own template in the catalogue), and Typer's panel titles."""
    if lang == "en":
        return
    from typer import rich_utils

    from factcheck.messages import say

    def said(text: str | None) -> str | None:
        return say(Msg(text), lang) if text else text

    for param in command.get_params(ctx):
        param.help = said(param.help)
    for sub in getattr(command, "commands", {}).values():
        sub.help, sub.short_help = said(sub.help), said(sub.short_help)
    command.help, command.epilog = said(command.help), said(command.epilog)
    for name, english in HELP_PANELS.items():
        setattr(rich_utils, name, tr(lang, english))


def _no_type(ctx: object) -> None:
    return None


class Command(_Help, TyperCommand):
    pass


class Group(_Help, TyperGroup):
    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*super().collect_usage_pieces(ctx), self.subcommand_metavar]


app = typer.Typer(
    name="factcheck",
    help=(
        "Look up facts, check claims and quiz yourself, from the terminal, in Chinese or "
        "English: on the 2023-2024 Israel-Hamas ceasefire talks (the facts it ships with) "
        "or on a fact file of your own (--facts FILE)."
    ),
    epilog=(
        "Examples: factcheck show unsc-2735-vote · factcheck search 十四 · "
        "factcheck check 'Russia abstained on resolution 2735' · factcheck quiz --count 5. "
        "Exit status: 0 found, valid or supported; 1 nothing found, invalid or refuted; "
        "2 bad input; 3 check unsure."
    ),
    no_args_is_help=True,
    cls=Group,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class LangChoice(str, Enum):
    zh = "zh"
    en = "en"


FactsOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045 - Typer reads the annotation at run time on 3.10
    typer.Option(
        "--facts",
        help="Fact file to use instead of the embedded base (repeatable; env FACTCHECK_FACTS).",
        show_default=False,
        metavar="PATH",
    ),
]
LangOpt = Annotated[
    Optional[LangChoice],  # noqa: UP045
    typer.Option(
        "--lang",
        case_sensitive=False,
        help="Language of the interface and of fact text (default: zh for a zh_* locale, else en).",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print a JSON array of facts.")]


def _complete_base(ctx: typer.Context) -> "FactBase | None":
    """The base a completion offers from: --facts as typed so far, else the usual one."""
    try:
        return _base(ctx.params.get("facts"))
    except FactcheckError:
        return None


def _complete_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    base = _complete_base(ctx)
    return [i for i in base.by_id if i.startswith(incomplete)] if base else []


def _complete_kinds(incomplete: str) -> list[str]:
    from factcheck.facts import KINDS

    return [k for k in KINDS if k.startswith(incomplete)]


def _complete_tags(ctx: typer.Context, incomplete: str) -> list[str]:
    base = _complete_base(ctx)
    return [t for t in base.tags if t.startswith(incomplete)] if base else []


KindOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--kind",
        help="Only facts of this kind (repeatable).",
        show_default=False,
        metavar="KIND",
        autocompletion=_complete_kinds,
    ),
]
TagOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--tag",
        help="Only facts with this tag (repeatable).",
        show_default=False,
        metavar="TAG",
        autocompletion=_complete_tags,
    ),
]


def user_errors(fn: F) -> F:
    """Turn the project's own errors into one line on stderr and their exit status."""

    @functools.wraps(fn)
    def wrapper(*args: object, **kwargs: object) -> None:
        try:
            fn(*args, **kwargs)
            sys.stdout.flush()
        except FactcheckError as exc:
            choice = kwargs.get("lang")
            _fail(
                exc.args[0] if exc.args else str(exc),
                _lang(choice if isinstance(choice, LangChoice) else None),
            )
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            _quiet_stdout()
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Look up facts, check claims and quiz yourself on one article's fact base."""


def _lang(lang: Optional[LangChoice]) -> "Lang":  # noqa: UP045
    """The interface language: --lang, else the locale's."""
    from factcheck.render import default_lang

    return "zh" if lang == LangChoice.zh else "en" if lang else default_lang(os.environ)


def _fail(message: str, lang: "Lang") -> None:
    """One line on stderr, in the user's language; nothing in it can reach the terminal
    as a control code."""
    from factcheck.messages import say
    from factcheck.render import safe

    typer.echo(f"factcheck: {safe(say(message, lang))}", err=True)


def _base(facts: Optional[list[Path]]) -> "FactBase":  # noqa: UP045
    from factcheck.loader import load_facts, paths_from

    return load_facts(paths_from(facts, os.environ))


def _out(lang: Optional[LangChoice]) -> "Renderer":  # noqa: UP045
    from factcheck.render import env_renderer

    return env_renderer(sys.stdout, lang.value if lang else None)


@app.command(cls=Command, epilog="Example: factcheck show unsc-2735-vote --lang zh")
@user_errors
def show(
    ids: Annotated[
        list[str],
        typer.Argument(metavar="ID", help="Fact id(s) to show.", autocompletion=_complete_ids),
    ],
    facts: FactsOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show facts in full: text, values, source paragraph, notes, related facts."""
    from factcheck.lookup import get_fact

    base = _base(facts)
    out = _out(lang)
    found: dict[str, Fact] = {}
    missing: list[str] = []
    for fact_id in ids:  # every id it can find is shown; each it cannot is said
        try:
            fact = get_fact(base, fact_id)
        except NotFoundError as exc:
            missing.append(exc.args[0])
            continue
        found.setdefault(fact.id, fact)
    if as_json:
        out.facts_json(found.values())
    for n, fact in enumerate(found.values() if not as_json else ()):
        if n:
            out.write()
        out.fact_detail(fact, base)
    for message in missing:
        _fail(message, out.lang)
    if missing:
        raise typer.Exit(1)


@app.command(
    cls=Command,
    epilog="Examples: factcheck search 停火 · factcheck search 'June 10, 2024' · factcheck search 十四",
)
@user_errors
def search(
    query: Annotated[list[str], typer.Argument(metavar="QUERY", help="Words, numbers or dates.")],
    kind: KindOpt = None,
    tag: TagOpt = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="At most this many.")
    ] = 10,
    facts: FactsOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Search facts by free text in Chinese or English, numbers or dates, best first."""
    from factcheck.lookup import make_filter
    from factcheck.search import search as run_search

    text = " ".join(query).strip()
    if not text:
        raise FactcheckError(Msg("the search query is empty"))
    base = _base(facts)
    keep = make_filter(base, kind or (), tag or ())
    hits = run_search(base, text, keep=keep.keep, limit=limit)
    out = _out(lang)
    if as_json:
        out.facts_json([h.fact for h in hits], [h.score for h in hits])
    elif hits:
        out.fact_list([h.fact for h in hits], base)
    if not hits:
        _fail(Msg("no fact matches the query"), out.lang)
        raise typer.Exit(1)


@app.command(
    cls=Command, epilog="Example: factcheck timeline --from 2024-05-01 --to 'June 30 2024'"
)
@user_errors
def timeline(
    start: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--from",
            metavar="DATE",
            help="From this date (2024-06-10, 'June 10 2024', 2024年6月10日).",
        ),
    ] = None,
    end: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--to", metavar="DATE", help="Up to this date."),
    ] = None,
    kind: KindOpt = None,
    tag: TagOpt = None,
    facts: FactsOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Dated facts in order; periods are shown as spans."""
    from factcheck.lookup import make_filter
    from factcheck.lookup import timeline as run_timeline

    first, last = _date_option("--from", start), _date_option("--to", end, end=True)
    base = _base(facts)
    found = run_timeline(base, first, last, make_filter(base, kind or (), tag or ()))
    _print_list(found, base, lang, as_json, dated=True)


@app.command("list", cls=Command, epilog="Example: factcheck list --kind round")
@user_errors
def list_facts(
    kind: KindOpt = None,
    tag: TagOpt = None,
    facts: FactsOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List fact ids with their one-line text."""
    from factcheck.lookup import make_filter, select

    base = _base(facts)
    _print_list(select(base, make_filter(base, kind or (), tag or ())), base, lang, as_json)


@app.command(cls=Command, epilog="Example: factcheck validate my-facts.toml")
@user_errors
def validate(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(
            metavar="PATH",
            help="Fact files (default: --facts, else FACTCHECK_FACTS, else the embedded base).",
            show_default=False,
        ),
    ] = None,
    facts: FactsOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the problems as JSON.")] = False,
    lang: LangOpt = None,
) -> None:
    """Check fact files: syntax, fields, types, ids, links, dates and arithmetic.

    Lists every problem with file and line; exits 1 if any is an error.
    """
    from factcheck.loader import embedded_path, paths_from, validate_files
    from factcheck.render import Renderer, dumps

    files = list(dict.fromkeys(paths or paths_from(facts, os.environ) or [embedded_path()]))
    base, problems = validate_files(files)
    errors = sum(p.severity == "error" for p in problems)
    warnings = sum(p.severity == "warning" for p in problems)
    notes = len(problems) - errors - warnings
    count = len(base) if base is not None else 0
    if as_json:
        records = [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "fact": p.fact,
                "severity": p.severity,
                "message": p.message,
            }
            for p in problems
        ]
        typer.echo(dumps({"valid": errors == 0, "facts": count, "problems": records}))
    else:
        ui = _lang(lang)
        summary = tr(
            ui,
            "{files}: {count} fact(s), valid; {errors} error(s), {warnings} warning(s), {notes} note(s)"
            if errors == 0
            else "{files}: invalid; {errors} error(s), {warnings} warning(s), {notes} note(s)",
            files=", ".join(str(f) for f in files),
            count=count,
            errors=errors,
            warnings=warnings,
            notes=notes,
        )
        Renderer(sys.stdout, ui, rich=False).problems(problems, summary)
    if errors:
        raise typer.Exit(1)


TableChoice = Enum(  # type: ignore[misc]
    "TableChoice",
    {t: t for t in ("predicates", "units", "offices", "camps", "outside", "cues")},
    type=str,
)  # factcheck.lexicon.TABLES: importing it costs every command ~2 ms of start-up


@app.command(cls=Command, epilog="Example: factcheck lexicon refloated --facts my-facts.toml")
@user_errors
def lexicon(
    words: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(
            metavar="WORD",
            help="Words or phrases to look up: what the checker reads each as.",
            show_default=False,
        ),
    ] = None,
    table: Annotated[
        Optional[TableChoice],  # noqa: UP045
        typer.Option("--table", help="Only this table of the lexicon.", show_default=False),
    ] = None,
    facts: FactsOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    lang: LangOpt = None,
) -> None:
    """List the checker's vocabulary, or say what it reads each WORD as.

    The packaged lexicon with the fact files' own lexicon entries: predicates, units,
    offices, camps, outside actors and places, cues. Write a file's own entries for what
    is missing, and look up a word before giving it to a predicate of your own.
    """
    from dataclasses import asdict

    from factcheck.lexicon import entries, readings
    from factcheck.render import dumps

    base = _base(facts)
    out = _out(lang)
    if words and table:
        raise FactcheckError(Msg("give words or --table, not both"))
    if words:
        found = readings(base, words)
        if as_json:
            typer.echo(dumps([asdict(r) for r in found]))
        else:
            out.readings(found)
        return
    listed = entries(base, table.value if table else None)
    if as_json:
        typer.echo(dumps([asdict(e) for e in listed]))
    else:
        out.lexicon(listed)


@app.command(
    cls=Command,
    epilog=(
        "Examples: factcheck check 'Russia abstained on resolution 2735' · "
        "factcheck check --file claims.txt --json · "
        "factcheck check --fact unsc-2735-vote for=14. "
        "Exit status: 0 all supported, 1 any refuted, 3 none refuted but some unsure, "
        "2 bad input."
    ),
)
@user_errors
def check(
    claims: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(metavar="CLAIM", help="Claims to check.", show_default=False),
    ] = None,
    file: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--file", "-f", metavar="PATH", help="Read one claim a line from PATH ('-': stdin)."
        ),
    ] = None,
    fact: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--fact", metavar="ID", help="Compare typed values of one fact: --fact ID field=value."
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object a claim a line.")
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", metavar="FORMAT", help="text, json or claimreview (schema.org JSON-LD)."
        ),
    ] = "text",
    score: Annotated[
        bool,
        typer.Option(
            "--score",
            help="--file holds labelled claims (JSON Lines: claim, label): print precision, "
            "recall and the confusion matrix; exit 1 on any false support.",
        ),
    ] = False,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            min=1,
            help="Processes for a --file batch (default: one per core; stdin: 1), in input order.",
            show_default=False,
        ),
    ] = None,
    facts: FactsOpt = None,
    lang: LangOpt = None,
) -> None:
    """Check claims in Chinese or English: supported, refuted, not_enough_info or disputed."""
    from factcheck import batch
    from factcheck.render import (
        VerdictRenderer,
    )

    fmt = fmt.strip().lower()
    if as_json and fmt not in ("text", "json"):
        raise FactcheckError(Msg("--json and --format {format} ask for two formats", format=fmt))
    fmt = "json" if as_json else fmt
    if fmt not in ("text", "json", "claimreview"):
        raise FactcheckError(
            Msg("unknown --format {format!r}; use text, json or claimreview", format=fmt)
        )
    if not claims and file is None and fact is None:
        raise FactcheckError(Msg("give a claim, --file PATH or --fact ID field=value"))
    if file is not None and (fact is not None or claims):
        raise FactcheckError(Msg("give claims, --file PATH or --fact ID field=value, one of them"))
    if fact is None and any(not claim.strip() for claim in claims or ()):
        raise FactcheckError(Msg("a claim is empty"))  # as an empty search query is
    base = _base(facts)
    if score:
        if file is None:
            raise FactcheckError(Msg("--score needs --file PATH of labelled claims"))
        _score(base, file, jobs, fmt, lang)
        return
    results: Iterable[tuple[batch.Item, Verdict | None]]
    if fact is not None:
        item = batch.Item(1, " ".join(claims or []))
        try:
            results = [(item, batch.check_fields(base, fact, claims or []))]
        except NotFoundError as exc:  # exit 1 means refuted here: an unknown id is misuse
            raise FactcheckError(exc.args[0]) from None
    else:
        streamed = file in (None, "-")  # a pipe is answered claim by claim, as it comes
        workers = jobs if jobs is not None else (1 if streamed else batch.default_jobs())
        results = batch.check_all(base, batch.read_items(claims or [], file), workers)
    out = _out(lang)
    renderer = VerdictRenderer(out.stream, out.lang, out.rich)
    verdicts: list[str] = []
    try:
        _write_verdicts(results, verdicts, renderer, base, fmt, lang, fact, out.lang)
        sys.stdout.flush()
    except BrokenPipeError:  # `check --file F | head -1`: still the status of what was read
        _quiet_stdout()
    if not verdicts and file is not None:  # an empty file is not "every claim supported"
        name = "stdin" if file == "-" else file
        raise FactcheckError(Msg("{path}: no claims to check", path=name))
    raise typer.Exit(batch.exit_status(verdicts))


def _write_verdicts(
    results: "Iterable[tuple[batch.Item, Verdict | None]]",
    verdicts: list[str],
    renderer: "VerdictRenderer",
    base: "FactBase",
    fmt: str,
    lang: Optional[LangChoice],  # noqa: UP045
    fact: Optional[str],  # noqa: UP045
    ui: "Lang",
) -> None:
    """Each verdict as it comes, in the chosen format; `verdicts` collects them."""
    from factcheck.render import claimreview, compact, error_record, verdict_record

    for n, (item, verdict) in enumerate(results):
        if verdict is None:
            verdicts.append("error")
            _fail(item.error or "", ui)
            if fmt == "json":
                renderer.write(compact(error_record(item.line, item.error or "", item.id)))
            continue
        verdicts.append(verdict.verdict)
        if fmt == "json":
            renderer.write(compact(verdict_record(item.line, verdict, item.id)))
        elif fmt == "claimreview":
            renderer.write(compact(claimreview(verdict, base)))
        else:
            if n:
                renderer.write()
            # a claim is answered in its own language; field=value pairs in the user's
            said = lang.value if lang else (ui if fact is not None else None)
            renderer.verdict(verdict, base, said)


def _score(
    base: "FactBase",
    path: str,
    jobs: Optional[int],  # noqa: UP045
    fmt: str,
    lang: Optional[LangChoice],  # noqa: UP045
) -> None:
    """check --score: the checker measured on the user's labelled claims."""
    from factcheck import batch
    from factcheck.render import dumps, score_lines
    from factcheck.score import Score, read_labelled

    rows = list(read_labelled(path))
    if not rows:  # an empty file measures nothing
        raise FactcheckError(
            Msg("{path}: no claims to check", path="stdin" if path == "-" else path)
        )
    workers = jobs if jobs is not None else batch.default_jobs()
    items = [batch.Item(row.line, row.claim) for row in rows]
    score = Score()
    for row, (_, verdict) in zip(rows, batch.check_all(base, items, workers), strict=True):
        score.add(row, verdict.verdict if verdict is not None else "not_enough_info")
    if fmt == "json":
        typer.echo(dumps(score.record()))
    else:
        for line in score_lines(score, _lang(lang)):
            typer.echo(line)
    if score.false_supports:
        raise typer.Exit(1)


class ExportFormat(str, Enum):
    json = "json"
    csv = "csv"
    apkg = "apkg"


@app.command(
    cls=Command,
    epilog=(
        "Examples: factcheck quiz --count 5 · factcheck quiz --review · "
        "factcheck quiz --type typed --lang zh · "
        "factcheck quiz --count 5 --seed 7 --export - · factcheck quiz --count 5 --seed 7 --plain"
    ),
)
@user_errors
def quiz(
    count: Annotated[
        int,
        typer.Option("--count", "-n", min=1, max=1000, metavar="N", help="How many questions."),
    ] = 10,
    kind: KindOpt = None,
    tag: TagOpt = None,
    qtype: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--type",
            metavar="TYPE",
            help="choice, typed, truefalse or order (repeatable).",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[
        int | None, typer.Option("--seed", metavar="N", help="The same seed gives the same quiz.")
    ] = None,
    plain: Annotated[
        bool, typer.Option("--plain", help="Numbered text on stdin/stdout, no prompts.")
    ] = False,
    review: Annotated[
        bool, typer.Option("--review", help="Due and often-missed facts first.")
    ] = False,
    cram: Annotated[
        bool,
        typer.Option("--cram", help="Practise without changing the schedule or the review."),
    ] = False,
    rate: Annotated[
        bool,
        typer.Option(
            "--rate",
            help="Plain mode: rate your recall after each answer (a terminal always asks).",
        ),
    ] = False,
    export: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--export",
            metavar="FILE|-",
            help="Write the questions (with answers) and stop; FILE.apkg is an Anki deck.",
        ),
    ] = None,
    export_format: Annotated[
        Optional[ExportFormat],  # noqa: UP045
        typer.Option(
            "--export-format",
            help="json, csv or apkg (default: from the file name's .csv or .apkg, else json).",
            show_default=False,
        ),
    ] = None,
    facts: FactsOpt = None,
    lang: LangOpt = None,
) -> None:
    """Test yourself on the facts; answers are remembered and missed facts come back."""
    from factcheck import quiz as quizzes
    from factcheck.lookup import make_filter

    types = tuple(_question_type(t) for t in qtype or quizzes.TYPES)
    for t in types:
        if t not in quizzes.TYPES:
            raise FactcheckError(
                Msg(
                    "unknown question type {type!r}; types are: {types}",
                    type=t,
                    types=", ".join(quizzes.TYPES),
                )
            )
    base = _base(facts)
    keep = make_filter(base, kind or (), tag or ())
    out = _out(lang)
    if export is not None:
        suffix = Path(export).suffix.lower().lstrip(".")
        fmt = (
            export_format.value
            if export_format is not None
            else suffix if suffix in ("apkg", "csv") else "json"
        )  # fmt: skip
        if fmt == "apkg" and export == "-":
            raise FactcheckError(Msg("an Anki deck is a file: give --export DECK.apkg"))
        history = _open_history(out.lang)  # a flagged question is never asked, nor exported
        first = history.due() + [f for f, _, _ in history.weak(50)] if review else []
        flagged = frozenset(history.flagged())
        history.close()
        vet = quizzes.checked_by(base)
        questions = quizzes.generate(base, out.lang, count, seed, types, keep, first, vet, flagged)
        if not questions:
            raise FactcheckError(
                Msg("no question can be made from these facts; try other --kind, --tag or --type")
            )
        _say_fewer(len(questions), count, out.lang)
        _export(questions, export, fmt)
        return
    _run_quiz(base, out, count, seed, types, keep, plain, review, cram, rate)


def _question_type(name: str) -> str:
    """A question type by its name in any language the catalogue has (选择 or 选择题)."""
    from factcheck import quiz as quizzes
    from factcheck.messages import named_by

    return named_by(name.strip().lower(), quizzes.TYPES, suffix="题")


def _say_fewer(made: int, count: int, lang: "Lang") -> None:
    """One line on stderr when the facts give fewer fair questions than asked for."""
    from factcheck.render import quiz_word

    if 0 < made < count:
        typer.echo(
            "factcheck: "
            + quiz_word("fewer", lang, made=made, count=count, s="" if made == 1 else "s"),
            err=True,
        )


def _export(questions: "list[Question]", target: str, fmt: str) -> None:
    import csv
    import io

    from factcheck.render import dumps

    if fmt == "apkg":
        from factcheck.anki import write_deck

        try:
            write_deck(questions, Path(target))
        except OSError as exc:
            raise FactcheckError(
                Msg("{path}: cannot write ({reason})", path=target, reason=exc.strerror or exc)
            ) from None
        return

    if fmt == "json":
        text = dumps([q.record() for q in questions]) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["type", "context", "prompt", "choices", "answer", "fact", "source"])
        for q in questions:
            writer.writerow(
                [q.type, q.context, q.prompt, " | ".join(q.choices or ()), q.answer, q.fact,
                 q.source]
            )  # fmt: skip
        text = buffer.getvalue()
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FactcheckError(
            Msg("{path}: cannot write ({reason})", path=target, reason=exc.strerror or exc)
        ) from None


def _run_quiz(
    base: "FactBase",
    out: "Renderer",
    count: int,
    seed: Optional[int],  # noqa: UP045
    types: tuple[str, ...],
    keep: "Filter",
    plain: bool,
    review: bool,
    cram: bool,
    rate: bool,
) -> None:
    from factcheck import prompts
    from factcheck import quiz as quizzes
    from factcheck.render import quiz_feedback_lines, quiz_summary_lines, quiz_word

    history = _open_history(out.lang)
    first: list[str] = []
    if review:
        first = history.due() + [fact for fact, _, _ in history.weak(50)]
    vet = quizzes.checked_by(base)
    flagged = frozenset(history.flagged())
    questions = quizzes.generate(base, out.lang, count, seed, types, keep, first, vet, flagged)
    if not questions:
        raise FactcheckError(
            Msg("no question can be made from these facts; try other --kind, --tag or --type")
        )
    _say_fewer(len(questions), count, out.lang)
    terminal = not plain and prompts.interactive()
    ask = (
        prompts.terminal_ask(out.lang)
        if terminal
        else prompts.plain_ask(sys.stdout, sys.stdin, out.lang)
    )
    rater = (
        prompts.terminal_rate(out.lang)
        if terminal
        else (prompts.plain_rate(sys.stdout, sys.stdin, out.lang) if rate else None)
    )

    def on_answer(outcome: "Outcome") -> None:
        question = outcome.question
        if outcome.flagged:
            history.flag(question.key, question.prompt)
            out.write(quiz_word("flagged", out.lang))
            out.write()
            return
        out.feedback(quiz_feedback_lines(outcome, out.lang), outcome.correct)
        if rater is not None and not question.again:
            outcome.rating, overridden = rater(outcome)
            if overridden:  # the learner's word: the answer was right after all
                outcome.correct = True
        # a second try is practice: it neither reschedules the fact nor counts as a miss
        history.record(
            question.fact, question.type, outcome.correct, outcome.reply,
            cram or question.again, outcome.rating,
        )  # fmt: skip
        out.write()

    result = quizzes.run(questions, ask, on_answer)
    history.close()
    for line in quiz_summary_lines(result, out.lang):
        out.write(line)
    if result.interrupted == "interrupt":
        raise typer.Exit(130)


@app.command(
    cls=Command,
    epilog="Examples: factcheck stats · factcheck stats --json · factcheck stats --reset",
)
@user_errors
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print the statistics as JSON.")] = False,
    reset: Annotated[
        bool, typer.Option("--reset", help="Forget every answer (asks first).")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before --reset.")] = False,
    facts: FactsOpt = None,
    lang: LangOpt = None,
) -> None:
    """Your quiz history: accuracy by kind and tag, streak, facts due, facts most missed."""
    from factcheck.history import summary
    from factcheck.render import dumps, stats_lines

    ui = _lang(lang)
    history = _open_history(ui)
    if reset:
        if not yes and not _confirm(tr(ui, "Forget every quiz answer and schedule?")):
            _fail(Msg("nothing was reset"), ui)
            raise typer.Exit(1)
        typer.echo(tr(ui, "forgot {count} answer(s)", count=history.reset()))
        return
    base = _base(facts)
    data = summary(history, {f.id: f.kind for f in base}, {f.id: f.tags for f in base})
    if as_json:
        typer.echo(dumps(data))
    else:
        for line in stats_lines(data, ui):
            typer.echo(line)


def _confirm(question: str) -> bool:
    """Ask on the terminal; yes in either language (y, yes, 是, 对 …), anything else no."""
    from factcheck.quiz import YES_WORDS
    from factcheck.textnorm import normalize

    typer.echo(f"{question} [y/N]: ", nl=False)
    answer = sys.stdin.readline()
    return normalize(answer).strip().rstrip(".。!！") in YES_WORDS


def _open_history(lang: "Lang") -> "History":
    """The user's quiz history; a damaged one replaced is said on stderr."""
    from factcheck.history import History

    opened = History.open(os.environ)
    if opened.warning:
        _fail(opened.warning, lang)
    return opened.history


def _print_list(
    found: "list[Fact]",
    base: "FactBase",
    lang: Optional[LangChoice],  # noqa: UP045
    as_json: bool,
    dated: bool = False,
) -> None:
    out = _out(lang)
    if as_json:
        out.facts_json(found)
    elif found:
        out.fact_list(found, base, dated=dated)
    if not found:
        _fail(Msg("no facts"), out.lang)
        raise typer.Exit(1)


def _date_option(name: str, value: Optional[str], end: bool = False) -> "dt.date | None":  # noqa: UP045
    from factcheck.dates import parse_date

    if value is None:
        return None
    try:
        return parse_date(value, end=end)
    except ValueError as exc:
        raise FactcheckError(
            Msg("{option}: {reason}", option=name, reason=exc.args[0] if exc.args else exc)
        ) from None


def main() -> None:
    """Console-script entry point: Typer's usage errors become one line, like ours."""
    try:
        status = app(prog_name="factcheck", standalone_mode=False)
        sys.stdout.flush()
    except typer.TyperException as exc:
        sys.exit(_usage_error(exc))
    except typer.Abort:
        _fail(Msg("aborted"), _lang(None))
        sys.exit(1)
    except BrokenPipeError:
        _quiet_stdout()
        status = 0
    sys.exit(status if isinstance(status, int) else 0)


PARSER_ERRORS = (  # the option parser's messages, most specific first
    N_("Missing argument {name}."),
    N_("No such option: {option} (Possible options: {options})"),
    N_("No such option: {option}"),
    N_("Option {option} requires an argument."),
    N_("No such command {name}. Did you mean {other}?"),
    N_("No such command {name}."),
    N_("Invalid value for {option}: {reason}"),
    N_("Got unexpected extra argument(s) ({extra})"),
    N_("{value} is not one of {choices}."),
    N_("Input should be greater than or equal to {n}"),
    N_("Input should be less than or equal to {n}"),
    N_("Input should be a valid integer, unable to parse string as an integer"),
)


def _usage_error(exc: Exception) -> int:
    """Print a Click/Typer usage error as one line on stderr; return its exit status."""
    from factcheck.messages import tr
    from factcheck.render import safe

    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
        return 2  # Typer has printed the help already
    format_message = getattr(exc, "format_message", None)
    message = format_message() if format_message else str(exc)
    message = message.replace("Value error, ", "").replace("\n", " ")
    lang = _lang(None)
    if lang != "en":  # the parser says these in English: recognised, they are said in ours
        from factcheck.messages import recognise, say

        known = recognise(message, PARSER_ERRORS)
        message = say(known, lang) if known is not None else message
    where = tr(lang, " (see '{command} --help')", command=ctx.command_path) if ctx else ""
    typer.echo(f"factcheck: {safe(message)}{where}", err=True)
    code = getattr(exc, "exit_code", 2)
    return code if isinstance(code, int) else 2


def _quiet_stdout() -> None:
    """The reader went away (`factcheck list | head -1`): drop the rest of the output."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
