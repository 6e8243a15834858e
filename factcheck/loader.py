"""Read fact files, check them against the format, and build the fact base.

Loading and validating are one pass: every problem is collected with its file and line,
so `factcheck validate` can list them all and a bad `--facts` file is refused with the
same messages.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from factcheck.errors import FactFileError
from factcheck.facts import (
    APPROX,
    KINDS,
    NOTE_KINDS,
    Fact,
    FactBase,
    Note,
    Problem,
    Quantity,
    Scalar,
    Text,
    Value,
    format_number,
    iter_references,
)
from factcheck.messages import Msg
from factcheck.schema import FieldSpec, field_spec, standard_fields, type_problem

FORMAT = 1
MAX_BYTES = 256 * 1024 * 1024
ENV_VAR = "FACTCHECK_FACTS"

ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
NAME_RE = re.compile(r"[a-z][a-z0-9_]*")
SOURCE_RE = re.compile(r"¶[1-9][0-9]?|title|byline|(?:heading|caption) [1-9][0-9]?")
FACT_KEYS = frozenset(
    {"id", "kind", "text", "source", "date", "start", "end", "month", "tags", "aliases"}
    | {"part_of", "related", "after", "before", "values", "closed", "notes"}
)
MONTH_RE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
NOTE_KEYS = frozenset({"kind", "field", "value", "by", "text"})
QUANTITY_KEYS = frozenset({"value", "unit", "approx", "parts"})
TOP_KEYS = frozenset({"format", "meta", "fields", "lexicon", "facts"})


def is_embedded(base: FactBase) -> bool:
    """Whether a base is the packaged article's, not a user's own file: the article is
    its source, which a verdict may name."""
    return _embedded_paths(tuple(base.paths))


@lru_cache(maxsize=8)
def _embedded_paths(paths: tuple[str, ...]) -> bool:
    """Whether these fact files are the packaged one (paths resolved once per set)."""
    embedded = embedded_path().resolve()
    return bool(paths) and all(Path(p).resolve() == embedded for p in paths)


def embedded_path() -> Path:
    """The packaged `facts.toml`: inside the wheel, or at the checkout root when editable."""
    here = Path(__file__).resolve().parent
    packaged = here / "facts.toml"
    return packaged if packaged.is_file() else here.parent / "facts.toml"


def paths_from(options: Sequence[Path] | None, environ: Mapping[str, str]) -> list[Path]:
    """The fact files to use: `--facts` options, else FACTCHECK_FACTS; [] means the embedded base."""
    env = environ.get(ENV_VAR, "").strip()
    paths = list(options) if options else [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return list({_same_file(p): p for p in reversed(paths)}.values())[::-1]  # each file once


def _same_file(path: Path) -> str:
    """A file named twice (`--facts a.toml --facts ./a.toml`) is read once."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path)


def load_facts(paths: Sequence[Path] | None = None) -> FactBase:
    """Load and validate fact files (default: the embedded base); raise FactFileError if bad."""
    if not paths:
        return _load_embedded()
    return _load(tuple(paths))


@lru_cache(maxsize=1)
def _load_embedded() -> FactBase:
    return _load((embedded_path(),))


def _load(paths: tuple[Path, ...]) -> FactBase:
    from factcheck.cache import Cache

    cache = Cache.from_env(os.environ)
    key = None
    if cache is not None:
        try:
            blobs = [p.read_bytes() for p in paths]
        except OSError:
            cache = None  # validation below says what is wrong with the file
        else:
            key = cache.key("facts", [str(p) for p in paths], blobs)
            from factcheck.store import Store, StoreDamaged

            store = Store.open(cache.path("facts", key))
            if store is not None:
                try:
                    return store.base()
                except StoreDamaged:
                    store.discard()
    base, problems = validate_files(paths, sources=False)
    if base is not None and key is not None:
        base = FactBase(base.facts, base.paths, base.notes, key, base.lexicon, fields=base.fields)
    errors = [p for p in problems if p.severity == "error"]
    if errors or base is None:
        first = (errors[0] if errors else problems[0]).said()
        if len(errors) > 1:
            first = Msg(
                "{problem} (and {more} more; run 'factcheck validate')",
                problem=first,
                more=len(errors) - 1,
            )
        raise FactFileError(first, tuple(errors))
    if cache is not None and key is not None:
        from factcheck.store import write

        cache.compile("facts", key, lambda path: write(path, base))
    return base


def validate_files(
    paths: Iterable[Path], sources: bool = True
) -> tuple[FactBase | None, list[Problem]]:
    """Check fact files as one base: every problem found, and the base if none is an error.
    `sources=False` skips reading the source texts `[meta] source` names (loading needs no
    warnings, only the facts)."""
    facts: list[Fact] = []
    problems: list[Problem] = []
    names: list[str] = []
    line_maps: dict[str, LineMap] = {}
    broken_ids: set[str] = set()
    partial: list[Fact] = []
    lexicon: dict[str, Any] = {}
    own: dict[str, FieldSpec] = {}  # the files' own field definitions, the first one kept
    befores: list[_Before] = []  # the files' `before` links
    for path in paths:
        name = str(path)
        names.append(name)
        try:
            text = read_text(path)
            checker = DocumentChecker(name, text)
            doc = parse_document(text, name, checker.lines)
            found = checker.check(doc)
            facts.extend(found)
            if sources:
                problems.extend(_cited_paragraphs(path, doc, [*found, *checker.partial]))
        except FactFileError as exc:
            problems.append(exc.problems[0] if exc.problems else Problem(name, None, exc.args[0]))
            continue
        lexicon = _merge_lexicon(lexicon, checker.lexicon)
        own.update((n, f) for n, f in checker.own.items() if n not in own)
        problems.extend(checker.problems)
        line_maps[name] = checker.lines
        broken_ids |= checker.broken_ids
        partial.extend(checker.partial)
        befores.extend(checker.before)
    facts, partial, unknown = _before_as_after(facts, partial, befores, broken_ids)
    problems.extend(unknown)
    # facts with errors of their own are checked with the others too: every problem at once,
    # in file order, so that a duplicate id is reported at its second place
    order_of = {name: i for i, name in enumerate(names)}
    every = sorted([*facts, *partial], key=lambda f: (order_of.get(f.origin, 0), f.line))
    problems.extend(_placed(p, line_maps) for p in check_base(every, broken_ids))
    order = {name: i for i, name in enumerate(names)}
    problems.sort(key=lambda p: (order.get(p.path, len(order)), p.line or 0))
    if any(p.severity == "error" for p in problems):
        return None, problems
    notes = tuple(p for p in problems if p.severity == "note")
    return FactBase(tuple(facts), tuple(names), notes, lexicon=lexicon, fields=own), problems


def _cited_paragraphs(path: Path, doc: Mapping[str, Any], facts: list[Fact]) -> list[Problem]:
    """A warning for each ¶N a fact cites that the file's source text, named by `[meta]
    source` beside it, does not number (¶17 where it stops at ¶16)."""
    meta = doc.get("meta")
    named = meta.get("source") if isinstance(meta, dict) else None
    if not isinstance(named, str) or not named.strip():
        return []
    source = path.parent / named.strip()
    try:
        if not source.is_file() or source.stat().st_size > MAX_BYTES:
            return []
        text = source.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    numbered = {int(m.group(1)) for m in _NUMBERED.finditer(text)}  # at a line's start
    if not numbered:
        return []
    last = max(numbered)
    return [
        Problem(
            str(path),
            fact.line,
            Msg(
                "cites {ref}, which {source} does not number (its last is ¶{last})",
                ref=ref,
                source=named.strip(),
                last=last,
            ),
            "warning",
            fact=fact.id,
        )
        for fact in facts
        for ref in fact.source
        if (m := _PARAGRAPH.fullmatch(ref)) is not None and int(m.group(1)) not in numbered
    ]


_PARAGRAPH = re.compile(r"¶\s*(\d+)")
_NUMBERED = re.compile(r"^[ \t>*_#]*¶\s*(\d+)", re.MULTILINE)  # "¶3 …", "**¶3**", "## ¶3"


class _Before(NamedTuple):
    """A `before` link as written: the fact it is on, the id it names, and where it is."""

    fact: str
    ref: str
    path: str
    line: int | None


def _before_as_after(
    facts: list[Fact], partial: list[Fact], befores: list[_Before], broken_ids: set[str]
) -> tuple[list[Fact], list[Fact], list[Problem]]:
    """`before = ["b"]` on fact a says what `after = ["a"]` on b says: it is written into b's
    `after`, so order is checked and read one way; an unknown id is an error of a's."""
    if not befores:
        return facts, partial, []
    later: dict[str, list[str]] = {}
    for link in befores:
        later.setdefault(link.ref, []).append(link.fact)
    known = {f.id for f in (*facts, *partial)} | broken_ids
    problems = [
        Problem(
            link.path,
            link.line,
            Msg("before names unknown fact '{ref}'", ref=link.ref),
            fact=link.fact,
            key="before",
        )
        for link in befores
        if link.ref not in known
    ]

    def joined(f: Fact) -> Fact:
        extra = [i for i in later.get(f.id, ()) if i not in f.after]
        return replace(f, after=(*f.after, *extra)) if extra else f

    return [joined(f) for f in facts], [joined(f) for f in partial], problems


def _merge_lexicon(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    from factcheck.check.vocab import merge

    return merge(old, new) if new else old


def _placed(problem: Problem, line_maps: Mapping[str, LineMap]) -> Problem:
    """Move a cross-fact problem from its fact's first line to the line of its field."""
    lines = line_maps.get(problem.path)
    if lines is None or problem.key is None or problem.line is None:
        return problem
    return replace(problem, line=lines.line_in_fact(problem.line, problem.key))


def read_text(path: Path) -> str:
    """A fact file's text, or a FactFileError that says in one line why it cannot be read."""
    name = str(path)
    try:
        if path.is_dir():
            raise _file_error(name, Msg("is a directory, not a fact file"))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _file_error(
                name,
                Msg(
                    "is {size} MiB; fact files are limited to {limit} MiB",
                    size=size // 2**20,
                    limit=MAX_BYTES // 2**20,
                ),
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise _file_error(name, Msg("no such file")) from None
    except PermissionError:
        raise _file_error(name, Msg("permission denied")) from None
    except OSError as exc:  # the system's reason stays as the system says it
        reason = exc.strerror or exc
        raise _file_error(name, Msg("cannot be read ({reason})", reason=reason)) from None
    if not data.strip():
        raise _file_error(
            name, Msg("is empty; a fact file needs 'format = 1' and [[facts]] tables")
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _file_error(name, Msg("is not UTF-8 (byte {byte})", byte=exc.start), line) from None


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """Parse TOML, turning syntax errors into one line with file, line and column."""
    import tomli

    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        msg = getattr(exc, "msg", str(exc))
        line, col = getattr(exc, "lineno", None), getattr(exc, "colno", None)
        # only the prefix is translated: tomli's own reason stays in English
        problem = Problem(name, line, Msg("invalid TOML: {reason}", reason=msg), column=col)
        raise FactFileError(problem.said(), (problem,)) from None
    except RecursionError:
        raise _file_error(name, Msg("is nested too deeply to be a fact file")) from None


CHUNK = 1000  # [[facts]] tables parsed at a time from a large file


class FactTables:
    """The [[facts]] tables of a large file, parsed a chunk at a time as they are read, so
    the parsed document of a 40 MB file is never in memory whole."""

    def __init__(self, text: str, name: str, starts: list[int]) -> None:
        self.text, self.name, self.starts = text, name, starts

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[Any]:
        import tomli

        bounds = [*self.starts[::CHUNK], len(self.text)]
        for lo, hi in pairwise(bounds):
            try:
                part = tomli.loads(self.text[lo:hi])
            except (tomli.TOMLDecodeError, RecursionError):
                part = None
            if not isinstance(part, dict) or set(part) != {"facts"}:
                parse_toml(self.text, self.name)  # the error, with its line, from the whole file
                raise _file_error(self.name, Msg("invalid TOML"))
            yield from part["facts"]


_TABLE = re.compile(r"^[ \t]*\[", re.M)
_FACT_TABLE = re.compile(r"\[\[?[ \t]*facts[ \t]*[.\]]")


def parse_document(text: str, name: str, lines: LineMap) -> dict[str, Any]:
    """Parse a fact file. One with many facts, no multi-line strings and no table after its
    facts but their own is parsed in chunks at its [[facts]] headers (see FactTables); any
    other is parsed whole."""
    headers = lines.headers
    if len(headers) < 2 * CHUNK or '"""' in text or "'''" in text:
        return parse_toml(text, name)
    first = lines.starts[headers[0]]
    if any(not _FACT_TABLE.match(text, m.end() - 1) for m in _TABLE.finditer(text, first)):
        return parse_toml(text, name)  # a [lexicon] after the facts, say
    doc = parse_toml(text[:first], name)
    if "facts" in doc:
        return parse_toml(text, name)
    doc["facts"] = FactTables(text, name, [lines.starts[h] for h in headers])
    return doc


def _file_error(name: str, reason: Msg, line: int | None = None) -> FactFileError:
    problem = Problem(name, line, reason)
    return FactFileError(problem.said(), (problem,))


class LineMap:
    """Finds the line of each `[[facts]]` table and of keys inside it, for messages. Keeps the
    offsets of the lines, not the lines: a 40 MB file has a million of them."""

    HEADER = re.compile(r"^[ \t]*\[\[[ \t]*facts[ \t]*\]\][ \t]*(?:#.*)?$", re.M)

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = array("q", [0])
        self.starts.extend(m.end() for m in re.finditer("\n", text))
        self.headers = [self.line_of(m.start()) - 1 for m in self.HEADER.finditer(text)]

    def line_of(self, offset: int) -> int:
        """The line (from 1) that holds this offset of the text."""
        return bisect_right(self.starts, offset)

    def _text(self, i: int) -> str:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[i] : end]

    def line_in_fact(self, header_line: int, key: str) -> int:
        """The line of a key inside the fact whose table starts at header_line."""
        try:
            index = self.headers.index(header_line - 1)
        except ValueError:
            return header_line
        return self.line(index, key) or header_line

    def table_line(self, name: str, otherwise: int = 1) -> int:
        """The line of a `[name]` table header (or of the first `[name.…]` under it)."""
        pattern = re.compile(rf"^[ \t]*\[\[?[ \t]*{re.escape(name)}[ \t]*[\].]", re.M)
        found = pattern.search(self.text)
        return self.line_of(found.start()) if found else otherwise

    def line(self, index: int, key: str | None = None) -> int | None:
        if index >= len(self.headers):
            return None
        start = self.headers[index]
        if key is None:
            return start + 1
        end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.starts)
        last = re.escape(key.split(".")[-1])
        quoted = rf"(?:{last}|\"{last}\"|'{last}')"  # a bare key or a quoted one ("票数")
        pattern = re.compile(rf"^\s*(?:{quoted}\s*[=.]|\[\[?\s*facts\.{quoted}\s*\]\]?)")
        for i in range(start, end):
            if pattern.match(self._text(i)):
                return i + 1
        return start + 1


class DocumentChecker:
    """Checks one parsed fact file and builds its facts; problems collect in `problems`."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = LineMap(text)
        self.problems: list[Problem] = []
        self.index = 0
        self.fact_id: str | None = None
        self.broken_ids: set[str] = set()  # facts with errors: links to them are not errors too
        self.partial: list[Fact] = []  # facts with errors, as far as they could be read
        self.lexicon: dict[str, Any] = {}
        self.own: dict[str, FieldSpec] = {}  # the file's own [fields.NAME] definitions
        self.broken: set[str] = set()  # those whose definition is wrong (reported there)
        self.before: list[_Before] = []  # each fact's `before` links

    def error(self, message: Msg, key: str | None = None) -> None:
        self.problems.append(
            Problem(self.path, self.lines.line(self.index, key), message, fact=self.fact_id)
        )

    def warn(self, message: Msg, key: str | None = None) -> None:
        line = self.lines.line(self.index, key)
        self.problems.append(Problem(self.path, line, message, "warning", fact=self.fact_id))

    def check(self, doc: dict[str, Any]) -> list[Fact]:
        for key in sorted(set(doc) - TOP_KEYS):
            self.problems.append(
                Problem(self.path, 1, Msg("unknown top-level key '{key}'", key=key))
            )
        if "format" not in doc:
            self.problems.append(
                Problem(self.path, 1, Msg("missing 'format = {format}'", format=FORMAT))
            )
        elif doc["format"] != FORMAT:
            message = Msg(
                "'format' must be {format} (found {found!r})", format=FORMAT, found=doc["format"]
            )
            self.problems.append(Problem(self.path, 1, message))
        if "meta" in doc and not isinstance(doc["meta"], dict):
            self.problems.append(Problem(self.path, 1, Msg("'meta' must be a table")))
        self.lexicon = self.own_lexicon(doc.get("lexicon", {}))
        self.own = self.own_fields(doc.get("fields", {}))
        self.fields = {**standard_fields(), **self.own}
        raw = doc.get("facts")
        if not isinstance(raw, (list, FactTables)) or not raw:
            self.problems.append(Problem(self.path, 1, Msg("no [[facts]] tables")))
            return []
        facts = []
        for self.index, entry in enumerate(raw):
            self.fact_id = None
            fact = self.check_fact(entry)
            if fact is not None:
                facts.append(fact)
        return facts

    def unknown_key(self, key: str) -> Msg:
        """What is wrong with a key a fact does not have: a value's field put above
        [facts.values] (`year`), a misspelt key, or neither."""
        if key in self.fields:
            return Msg(
                "unknown field '{field}': it is a value; put it under [facts.values]", field=key
            )
        from difflib import get_close_matches

        close = get_close_matches(key, sorted(FACT_KEYS), n=1, cutoff=0.8)
        if close:
            return Msg(
                "unknown field '{field}' (did you mean '{close}'?)", field=key, close=close[0]
            )
        return Msg("unknown field '{field}'", field=key)

    def own_lexicon(self, raw: Any) -> dict[str, Any]:
        """The file's [lexicon] tables: vocabulary for the claim checker (lexicon.toml's shape)."""
        line = self.lines.table_line("lexicon")
        if not isinstance(raw, dict):
            self.problems.append(Problem(self.path, line, Msg("'lexicon' must be a table")))
            return {}
        from factcheck.check.vocab import packaged

        known = packaged()
        for section, table in raw.items():
            here = self.lines.table_line(f"lexicon.{section}", line)  # [lexicon.NAME…], if any
            if section not in known:
                message = Msg(
                    "unknown lexicon table '{table}' (known: {known})",
                    table=section,
                    known=", ".join(known),
                )
                self.problems.append(Problem(self.path, here, message))
            elif not isinstance(table, dict):
                message = Msg("lexicon.{table} must be a table", table=section)
                self.problems.append(Problem(self.path, here, message))
            else:
                for where, shape in _misshapen(known[section], table, f"lexicon.{section}"):
                    said = {"a table": Msg("a table"), "a list": Msg("a list")}
                    message = Msg(
                        "{key} must be {shape}",
                        key=where,
                        shape=said.get(shape, Msg("a list of strings")),
                    )
                    self.problems.append(Problem(self.path, here, message))
        return raw

    def own_fields(self, raw: Any) -> dict[str, FieldSpec]:
        """The file's `[fields.NAME]` definitions, added to the format's own."""
        if not isinstance(raw, dict):
            self.problems.append(Problem(self.path, 1, Msg("'fields' must be a table of tables")))
            return {}
        out = {}
        for name, table in raw.items():
            spec, problem = field_spec(name, table)
            if spec is None or not NAME_RE.fullmatch(name):
                message = problem or Msg(
                    "field name {name!r} must be lowercase with underscores", name=name
                )
                line = self.lines.table_line(f"fields.{name}")
                self.problems.append(Problem(self.path, line, message))
                self.broken.add(name)
            else:
                out[name] = spec
        return out

    def check_fact(self, entry: Any) -> Fact | None:
        if not isinstance(entry, dict):
            self.error(Msg("each [[facts]] entry must be a table"))
            return None
        before = len(self.problems)
        fid = entry.get("id")
        if isinstance(fid, str) and ID_RE.fullmatch(fid):
            self.fact_id = fid
        elif fid is None:
            self.error(Msg("missing required field '{field}'", field="id"), "id")
        else:
            found = Msg(
                "'id' must be lowercase words joined by hyphens (found {found!r})", found=fid
            )
            self.error(found, "id")
        for key in sorted(set(entry) - FACT_KEYS):
            self.error(self.unknown_key(key), key)
        kind = entry.get("kind")
        if kind not in KINDS:
            kinds = ", ".join(KINDS)
            self.error(
                Msg("'kind' must be one of {kinds} (found {found!r})", kinds=kinds, found=kind),
                "kind",
            )
        text = self.text(entry.get("text"), "text")
        source = self.strings(entry, "source", required=True)
        for ref in source:
            if not SOURCE_RE.fullmatch(ref):
                self.error(
                    Msg(
                        "source {ref!r} must be ¶N, title, byline, heading N or caption N", ref=ref
                    ),
                    "source",
                )
        date, start, end = (self.date(entry, k) for k in ("date", "start", "end"))
        month = self.month(entry.get("month"))
        if end is not None and start is None:
            self.error(Msg("a period with an 'end' needs its 'start'"), "end")
        if sum(x is not None for x in (date, start, month)) > 1:
            self.error(
                Msg("give one of 'date', 'start' (with 'end' if it ended) or 'month'"), "date"
            )
        tags = self.strings(entry, "tags")
        for tag in tags:
            if not ID_RE.fullmatch(tag):
                self.error(
                    Msg("tag {tag!r} must be lowercase words joined by hyphens", tag=tag), "tags"
                )
        aliases = entry.get("aliases", {})
        if not isinstance(aliases, dict) or set(aliases) - {"zh", "en"}:
            self.error(Msg("'aliases' must be a table with 'zh' and 'en' lists"), "aliases")
            aliases = {}
        alias_zh = self.strings(aliases, "zh", where="aliases.zh")
        alias_en = self.strings(aliases, "en", where="aliases.en")
        part_of = entry.get("part_of")
        if part_of is not None and not isinstance(part_of, str):
            self.error(Msg("'part_of' must be a fact id"), "part_of")
            part_of = None
        related = self.strings(entry, "related")
        after = self.strings(entry, "after")
        if isinstance(fid, str):
            for ref in self.strings(entry, "before"):  # the facts this one came before
                where = self.lines.line(self.index, "before")
                self.before.append(_Before(fid, ref, self.path, where))
        values = self.values(entry.get("values", {}))
        closed = self.closed(entry, values)
        notes = self.notes(entry.get("notes", []), entry, values)
        failed = any(p.severity == "error" for p in self.problems[before:])
        if text is None or not isinstance(fid, str):
            if self.fact_id:
                self.broken_ids.add(self.fact_id)
            return None
        fact = Fact(
            id=fid,
            kind=str(kind),
            text=text,
            source=source,
            date=date,
            start=start,
            end=end,
            month=month,
            tags=tags,
            aliases_zh=alias_zh,
            aliases_en=alias_en,
            part_of=part_of,
            related=related,
            after=after,
            values=MappingProxyType(values),
            closed=closed,
            notes=notes,
            origin=self.path,
            line=self.lines.line(self.index) or 0,
        )
        if failed:  # not loaded, but still checked against the others (ids, links, order)
            self.broken_ids.add(fid)
            self.partial.append(fact)
            return None
        return fact

    def text(self, raw: Any, key: str) -> Text | None:
        if not isinstance(raw, dict):
            self.error(Msg("'{field}' must be a table with 'zh' and 'en' strings", field=key), key)
            return None
        ok = True
        for lang in ("zh", "en"):
            if not isinstance(raw.get(lang), str) or not raw[lang].strip():
                self.error(Msg("'{field}' must be a non-empty string", field=f"{key}.{lang}"), key)
                ok = False
        for extra in sorted(set(raw) - {"zh", "en"}):
            self.error(
                Msg("unknown language '{field}' (use zh and en)", field=f"{key}.{extra}"), key
            )
            ok = False
        return Text(zh=raw["zh"].strip(), en=raw["en"].strip()) if ok else None

    def strings(
        self, table: dict[str, Any], key: str, required: bool = False, where: str | None = None
    ) -> tuple[str, ...]:
        where = where or key
        raw = table.get(key)
        if raw is None:
            if required:
                self.error(Msg("missing required field '{field}'", field=where), None)
            return ()
        if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
            self.error(Msg("'{field}' must be a list of non-empty strings", field=where), where)
            return ()
        if required and not raw:
            self.error(Msg("'{field}' must not be empty", field=where), where)
        return tuple(s.strip() for s in raw)

    def date(self, entry: dict[str, Any], key: str) -> dt.date | None:
        raw = entry.get(key)
        if raw is None:
            return None
        if type(raw) is not dt.date:
            found = type(raw).__name__
            self.error(
                Msg(
                    "'{field}' must be a TOML date (write it unquoted: 2024-06-10), found {type}",
                    field=key,
                    type=found,
                )
                if isinstance(raw, str)
                else Msg("'{field}' must be a TOML date, found {type}", field=key, type=found),
                key,
            )
            return None
        return raw

    def values(self, raw: Any) -> dict[str, Value]:
        if not isinstance(raw, dict):
            self.error(Msg("'values' must be a table"), "values")
            return {}
        out: dict[str, Value] = {}
        for name, item in raw.items():
            if not NAME_RE.fullmatch(name):
                self.error(
                    Msg("value name {name!r} must be lowercase with underscores", name=name), name
                )
                continue
            value = self.value(item, f"values.{name}")
            if value is None:
                continue
            spec = self.fields.get(name)
            if spec is None and name in FACT_KEYS:
                self.error(  # its link or day would be lost: as an unknown key above the values
                    Msg(
                        "'{name}' is a key of the fact itself, not a value: put it above "
                        "[facts.values], with id and kind",
                        name=name,
                    ),
                    name,
                )
            elif spec is None and name in self.broken:
                continue  # its definition's error says what is wrong
            elif spec is None:
                self.warn(
                    Msg(
                        "value '{name}' is not a field of the format; define it in a "
                        "[fields.{name}] table or use a defined one (docs/fact-format.md)",
                        name=name,
                    ),
                    name,
                )
            else:
                wrong = type_problem(spec, value)
                if wrong:
                    self.error(Msg("values.{name} {wrong}", name=name, wrong=wrong), name)
                    continue
            out[name] = value
        return out

    def note_value_kind(self, field: Any, value: Value | None) -> None:
        """A note's other value given in words where its field holds a number, an amount or
        a day ("about forty" for a quantity): the checker cannot compare it, so say so."""
        if not isinstance(value, str) or not isinstance(field, str):
            return
        name = field.removeprefix("values.")
        spec = self.fields.get(name) if field.startswith("values.") else None
        numeric = spec is not None and spec.type not in _WORDS_TYPES
        if numeric or field in _DAY_KEYS:
            self.warn(
                Msg(
                    "note value {value!r} is words, but {field} holds {what}: give it in the "
                    "field's own form so claims can be checked against it",
                    value=value,
                    field=field,
                    what=spec.type if spec is not None else "a date",
                ),
                "notes",
            )

    def month(self, raw: Any) -> str | None:
        if raw is None:
            return None
        if not isinstance(raw, str) or not MONTH_RE.fullmatch(raw.strip()):
            self.error(
                Msg("'month' must be a string \"YYYY-MM\" (found {found!r})", found=raw), "month"
            )
            return None
        return raw.strip()

    def closed(self, entry: dict[str, Any], values: dict[str, Value]) -> tuple[str, ...]:
        names = self.strings(entry, "closed")
        for name in names:
            if not isinstance(values.get(name), tuple):
                self.error(
                    Msg("closed names '{name}', which is not a list value of the fact", name=name),
                    "closed",
                )
        return names

    def value(self, raw: Any, where: str) -> Value | None:
        if isinstance(raw, list):
            items = [self.scalar(item, where) for item in raw]
            if any(item is None for item in items):
                return None
            return tuple(item for item in items if item is not None)
        return self.scalar(raw, where)

    def scalar(self, raw: Any, where: str) -> Scalar | None:
        if isinstance(raw, float) and not math.isfinite(raw):
            self.error(Msg("'{field}' must be a finite number", field=where), where)
            return None
        if isinstance(raw, dt.datetime):
            self.error(
                Msg("'{field}' must be a date or a time, not a date-time", field=where), where
            )
            return None
        if isinstance(raw, (bool, int, float, str, dt.date, dt.time)):
            return raw
        if isinstance(raw, dict):
            return self.quantity(raw, where)
        found = type(raw).__name__
        self.error(
            Msg("'{field}' has an unsupported type ({type})", field=where, type=found), where
        )
        return None

    def quantity(self, raw: dict[str, Any], where: str) -> Quantity | None:
        if isinstance(raw.get("value"), (dt.time, dt.date)):
            self.error(  # { value = 22:09:00, approx = "about" }: no quantity, and no
                Msg(  # approximate day or time of day
                    "'{field}' is a day or a time of day, which is always exact; say "
                    "'about' in the fact's words and give the value alone, or leave it out",
                    field=where,
                ),
                where,
            )
            return None
        extra = set(raw) - QUANTITY_KEYS
        value, unit = raw.get("value"), raw.get("unit")
        approx, parts = raw.get("approx", "exact"), raw.get("parts", [])
        problems: list[Msg] = []
        if extra:
            problems.append(
                Msg("unknown keys {keys} (a quantity has value, unit, approx)", keys=sorted(extra))
            )
        if not _is_number(value):
            problems.append(Msg("needs a numeric 'value'"))
        if not isinstance(unit, str) or not unit.strip():
            problems.append(Msg("needs a 'unit'"))
        if approx not in APPROX:
            problems.append(Msg("'approx' must be one of {approx}", approx=", ".join(APPROX)))
        if not isinstance(parts, list) or not all(_is_number(p) for p in parts):
            problems.append(Msg("'parts' must be a list of numbers"))
        if problems:
            self.error(
                Msg("quantity '{field}' {problems}", field=where, problems=joined(problems)), where
            )
            return None
        assert isinstance(unit, str) and isinstance(value, (int, float))
        return Quantity(value=value, unit=unit.strip(), approx=approx, parts=tuple(parts))

    def notes(self, raw: Any, entry: dict[str, Any], values: dict[str, Value]) -> tuple[Note, ...]:
        if not isinstance(raw, list) or not all(isinstance(n, dict) for n in raw):
            self.error(Msg("'notes' must be an array of tables ([[facts.notes]])"), "notes")
            return ()
        notes = []
        for raw_note in raw:
            for key in sorted(set(raw_note) - NOTE_KEYS):
                self.error(Msg("unknown note field '{field}'", field=key), "notes")
            kind = raw_note.get("kind")
            if kind not in NOTE_KINDS:
                kinds = ", ".join(NOTE_KINDS)
                self.error(
                    Msg(
                        "note kind must be one of {kinds} (found {found!r})",
                        kinds=kinds,
                        found=kind,
                    )
                )
            text = self.text(raw_note.get("text"), "notes.text")
            field = raw_note.get("field")
            if field is not None and not _field_exists(field, entry, values):
                self.error(
                    Msg(
                        "note is about field {field!r}, which the fact does not have", field=field
                    ),
                    "notes",
                )
            if kind in ("erratum", "also_reported") and field is None:
                self.error(Msg("an {kind} note needs the 'field' it is about", kind=kind), "notes")
            value = None
            if "value" in raw_note:
                value = self.value(raw_note["value"], "notes.value")
                self.note_value_kind(field, value)
            elif kind == "also_reported":
                self.error(Msg("an also_reported note needs the other 'value'"), "notes")
            by = raw_note.get("by")
            if by is not None and not isinstance(by, str):
                self.error(Msg("note 'by' must be a string"), "notes")
                by = None
            if text is not None and isinstance(kind, str):
                notes.append(Note(kind=kind, text=text, field=field, value=value, by=by))
        return tuple(notes)


_WORDS_TYPES = frozenset({"text", "texts", "ref", "refs", "fact"})
_DAY_KEYS = frozenset({"date", "start", "end"})


def joined(messages: Sequence[Msg]) -> Msg:
    """Messages joined by "; ", as one message that each language joins its own way."""
    out = messages[0]
    for message in messages[1:]:
        out = Msg("{first}; {then}", first=out, then=message)
    return out


def _is_number(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )


def _field_exists(field: Any, entry: dict[str, Any], values: dict[str, Value]) -> bool:
    if not isinstance(field, str):
        return False
    if field.startswith("values."):
        return field.removeprefix("values.") in values
    return field in {"date", "start", "end", "month", "text", "source", "part_of", "kind"} and (
        field in entry
    )


def check_base(facts: Sequence[Fact], broken_ids: Iterable[str] = ()) -> list[Problem]:
    """Checks across all loaded facts: unique ids, links, order and arithmetic.

    `broken_ids` are facts already reported as invalid: links to them are not reported again.
    """
    problems: list[Problem] = []
    by_id: dict[str, Fact] = {}
    for fact in facts:
        if fact.id in by_id:
            first = by_id[fact.id]
            problems.append(
                Problem(
                    fact.origin,
                    fact.line,
                    Msg(
                        "duplicate id (first defined at {where})",
                        where=f"{first.origin}:{first.line}",
                    ),
                    fact=fact.id,
                )
            )
        else:
            by_id[fact.id] = fact
    known = set(by_id) | set(broken_ids)
    for fact in facts:
        problems.extend(_check_links(fact, by_id, known))
        problems.extend(_check_consistency(fact, by_id))
    return problems


def _check_links(fact: Fact, by_id: Mapping[str, Fact], known: set[str]) -> Iterable[Problem]:
    def missing(field: str, ref: str) -> Problem:
        from difflib import get_close_matches

        close = get_close_matches(ref, list(by_id), n=1)
        message = (
            Msg(
                "{field} names unknown fact '{ref}' (did you mean '{close}'?)",
                field=field,
                ref=ref,
                close=close[0],
            )
            if close
            else Msg("{field} names unknown fact '{ref}'", field=field, ref=ref)
        )
        return Problem(fact.origin, fact.line, message, fact=fact.id, key=field)

    refs: list[tuple[str, str]] = [("part_of", fact.part_of)] if fact.part_of else []
    refs += [("related", r) for r in fact.related] + [("after", r) for r in fact.after]
    for name, value in fact.values.items():
        refs += [(f"values.{name}", r) for r in iter_references(value)]
    for field, ref in refs:
        if ref not in known:
            yield missing(field, ref)
    seen = {fact.id}
    parent = fact.part_of
    while parent is not None and parent in by_id:
        if parent in seen:
            yield Problem(
                fact.origin, fact.line, Msg("part_of forms a cycle"), fact=fact.id, key="part_of"
            )
            break
        seen.add(parent)
        parent = by_id[parent].part_of


def _check_consistency(fact: Fact, by_id: Mapping[str, Fact]) -> Iterable[Problem]:
    def problem(field: str, message: Msg) -> Problem:
        severity: Literal["error", "warning", "note"] = "error"
        if any(n.kind == "erratum" and n.field == field for n in fact.notes):
            severity = "note"
            message = Msg("known erratum recorded in the fact: {message}", message=message)
        return Problem(fact.origin, fact.line, message, severity, fact=fact.id, key=field)

    if fact.start and fact.end and fact.end < fact.start:
        yield problem(
            "end",
            Msg("period ends ({end}) before it starts ({start})", end=fact.end, start=fact.start),
        )
    for name, value in fact.values.items():
        for item in value if isinstance(value, tuple) else (value,):
            if (
                isinstance(item, Quantity)
                and item.parts
                and not _close(sum(item.parts), item.value)
            ):
                parts = " + ".join(format_number(p) for p in item.parts)
                yield problem(
                    f"values.{name}",
                    Msg(
                        "values.{name}: parts {parts} = {sum}, not {value}",
                        name=name,
                        parts=parts,
                        sum=format_number(sum(item.parts)),
                        value=format_number(item.value),
                    ),
                )
    if fact.kind == "vote":
        yield from _check_vote(fact, problem)
    # a fact known only to its month may fall on any of its days: only a sure contradiction
    first = fact.last_day if fact.month else fact.first_day
    for ref in fact.after:
        other = by_id.get(ref)
        if other is None:
            continue
        other_end = other.first_day if other.month else other.last_day
        if first is None or other_end is None:
            continue
        if first < other_end:
            field = "date" if fact.date else ("month" if fact.month else "start")
            yield problem(
                field,
                Msg(
                    "is dated {date}, before '{ref}' ({end}) that it comes after",
                    date=first,
                    ref=ref,
                    end=other_end,
                ),
            )


def _check_vote(fact: Fact, problem: Any) -> Iterable[Problem]:
    counts = {k: fact.values.get(k) for k in ("for", "against", "abstain", "seats")}
    for key, count in counts.items():
        if count is not None and (
            not isinstance(count, int) or isinstance(count, bool) or count < 0
        ):
            yield problem(
                f"values.{key}",
                Msg("values.{name} must be a whole number, not {found!r}", name=key, found=count),
            )
            return
    cast = [c for k, c in counts.items() if k != "seats" and isinstance(c, int)]
    seats = counts["seats"]
    if isinstance(seats, int) and sum(cast) > seats:
        yield problem(
            "values.for",
            Msg("{cast} votes cast, more than the {seats} seats", cast=sum(cast), seats=seats),
        )
    for names_key, count_key in (("abstainers", "abstain"), ("against_by", "against")):
        names, count = fact.values.get(names_key), counts[count_key]
        if names is None or not isinstance(count, int):
            continue
        listed = len(names) if isinstance(names, tuple) else 1
        if listed != count:
            yield problem(
                f"values.{names_key}",
                Msg(
                    "{listed} named in values.{names}, but {key} = {count}",
                    listed=listed,
                    names=names_key,
                    key=count_key,
                    count=count,
                ),
            )


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _misshapen(known: Any, given: Any, where: str) -> list[tuple[str, str]]:
    """Where a file's [lexicon] entry has another shape than the packaged lexicon's entry of
    that name (a word where a list of words goes): each key, and the shape it must have."""
    if not isinstance(known, dict) or not isinstance(given, dict):
        return []
    out: list[tuple[str, str]] = []
    entries = _entry_template(known)
    for key, value in given.items():
        if key not in known and entries is not None:  # a new predicate, unit, office …
            if not isinstance(value, dict):
                out.append((f"{where}.{key}", "a table"))
            else:
                out += _misshapen(entries, value, f"{where}.{key}")
            continue
        want = _shape(known[key]) if key in known else "a value"  # a new key: any shape
        if want == "a value" or (
            want.startswith("a list")
            and isinstance(value, list)
            and (not value or want == "a list" or _shape(value) == want)
        ):
            continue
        if _shape(value) != want:
            out.append((f"{where}.{key}", want))
        elif want == "a table":
            out += _misshapen(known[key], value, f"{where}.{key}")
    return out


def _entry_template(known: dict[str, Any]) -> dict[str, Any] | None:
    """For a table of like entries (`predicates`, `units`, `offices`: each a table of word
    lists and settings), the keys an entry may have, each with a value of its shape; None
    for any other table. A key two entries give in two shapes is left free."""
    if len(known) < 2 or not all(isinstance(v, dict) for v in known.values()):
        return None
    template: dict[str, Any] = {}
    free: set[str] = set()
    for entry in known.values():
        for key, value in entry.items():
            if key in template and _shape(template[key]) != _shape(value):
                free.add(key)
            template.setdefault(key, value)
    for key in free:
        template[key] = None  # "a value": any shape
    return template


def _shape(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list of strings" if all(isinstance(v, str) for v in value) else "a list"
    return "a value"
