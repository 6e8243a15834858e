"""The domain model: facts, their typed values and notes, and the fact base that holds them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

if TYPE_CHECKING:
    from factcheck.messages import Msg
    from factcheck.schema import FieldSpec

Lang = Literal["zh", "en"]
T = TypeVar("T")
LANGS: tuple[Lang, ...] = ("zh", "en")

KINDS: tuple[str, ...] = (
    "event",
    "count",
    "vote",
    "document",
    "provision",
    "phase",
    "round",
    "truce",
    "aim",
    "position",
    "statement",
    "person",
    "party",
    "place",
    "assessment",
    "publication",
)
ENTITY_KINDS = {"party-": "party", "person-": "person", "place-": "place"}
APPROX: tuple[str, ...] = (
    "exact",
    "about",
    "more_than",
    "at_least",
    "nearly",
    "at_most",
    "less_than",
)
NOTE_KINDS: tuple[str, ...] = ("erratum", "also_reported", "nuance")


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of text in both languages."""

    zh: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


APPROX_WORDS = {  # how a quantity's `approx` reads in English: "more than 130 hostages"
    "about": "about",
    "more_than": "more than",
    "at_least": "at least",
    "nearly": "nearly",
    "at_most": "at most",
    "less_than": "less than",
}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count with its unit and how exact it is ("more than 130 hostages")."""

    value: int | float
    unit: str
    approx: str = "exact"
    parts: tuple[int | float, ...] = ()

    def describe(self) -> str:
        said = APPROX_WORDS.get(self.approx, "")
        unit = self.unit[:-1] if self.value == 1 and self.unit.endswith("s") else self.unit
        value = self.value
        counted = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        number = (  # 2,209 people: an amount with a unit is no year, so four digits are set off
            f"{int(value):,}" if counted and abs(value) >= 1000 else format_number(value)
        )
        text = f"{said + ' ' if said else ''}{number} {unit}"
        if self.parts:
            text += " (" + " + ".join(format_number(p) for p in self.parts) + ")"
        return text


Scalar = int | float | bool | str | dt.date | dt.time | Quantity
Value = Scalar | tuple[Scalar, ...]


@dataclass(frozen=True, slots=True)
class Note:
    """A disagreement or caveat recorded with a fact: an erratum, other reporting, a nuance."""

    kind: str
    text: Text
    field: str | None = None
    value: Value | None = None
    by: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One checkable statement of the article, with its source paragraph and typed values."""

    id: str
    kind: str
    text: Text
    source: tuple[str, ...]
    date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    month: str | None = None  # "2023-10": it happened in that month, day unknown
    tags: tuple[str, ...] = ()
    aliases_zh: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    part_of: str | None = None
    related: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    values: Mapping[str, Value] = field(default_factory=lambda: MappingProxyType({}))
    closed: tuple[str, ...] = ()  # list values whose membership the source closes
    notes: tuple[Note, ...] = ()
    origin: str = ""
    line: int = 0

    @property
    def first_day(self) -> dt.date | None:
        """The day the fact starts: its date, the start of its period, or of its month."""
        if self.date or self.start:
            return self.date or self.start
        return month_span(self.month)[0] if self.month else None

    @property
    def last_day(self) -> dt.date | None:
        """The day the fact ends: its date, the end of its period or month; None if open."""
        if self.date or self.end:
            return self.date or self.end
        return month_span(self.month)[1] if self.month else None

    def span(self) -> tuple[dt.date, dt.date] | None:
        """The days the fact covers; a period with no end runs on (to date.max)."""
        first = self.first_day
        if first is None:
            return None
        return first, self.last_day or dt.date.max

    def corrected_day(self) -> dt.date | None:
        """The day an erratum note puts in place of the printed date or start, if any."""
        for note in self.notes:
            if (
                note.kind == "erratum"
                and note.field in ("date", "start")
                and isinstance(note.value, dt.date)
            ):
                return note.value
        return None

    def is_closed(self, name: str) -> bool:
        """True when the list in values[name] names every member there is."""
        return name in self.closed

    def aliases(self, lang: Lang) -> tuple[str, ...]:
        return self.aliases_zh if lang == "zh" else self.aliases_en

    def __reduce__(self) -> tuple[object, tuple[dict[str, object]]]:
        # MappingProxyType does not pickle: store the values as a dict (for the cache).
        state = {f.name: getattr(self, f.name) for f in fields(self)}
        state["values"] = dict(self.values)
        return (_fact_from_state, (state,))


def _fact_from_state(state: dict[str, Any]) -> Fact:
    state["values"] = MappingProxyType(state["values"])
    return Fact(**state)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something `validate` found: where it is, how bad it is, and what is wrong."""

    path: str
    line: int | None
    message: str
    severity: Literal["error", "warning", "note"] = "error"
    column: int | None = None
    fact: str | None = None
    key: str | None = None  # the field it is about, to find its line after cross-fact checks

    def said(self) -> Msg:
        """The problem as one line (path:line:column: severity: fact: message) that `say`
        can put in another language, severity and message too."""
        from factcheck.messages import Msg  # only when a problem is shown: not on start-up

        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        severity = Msg(self.severity)
        if self.fact:
            return Msg(
                "{where}: {severity}: {fact}: {message}",
                where=where, severity=severity, fact=self.fact, message=self.message,
            )  # fmt: skip
        return Msg(
            "{where}: {severity}: {message}", where=where, severity=severity, message=self.message
        )

    def __str__(self) -> str:
        return str(self.said())


class FactBase:
    """An immutable, indexed collection of facts loaded from one or more files, or opened
    from a compiled store (`factcheck.store`), whose facts are read only when asked for."""

    __slots__ = (
        "_by_id", "_facts", "_got", "_store", "fields", "key", "lexicon", "notes", "paths",
    )  # fmt: skip

    def __init__(
        self,
        facts: Iterable[Fact] = (),
        paths: tuple[str, ...] = (),
        notes: tuple[Problem, ...] = (),
        key: str = "",  # digest of the files it was read from (for caches built on it)
        lexicon: Mapping[str, Any] | None = None,  # the files' [lexicon] tables
        store: FactStore | None = None,
        fields: Mapping[str, FieldSpec] | None = None,  # the files' own [fields.NAME]
    ) -> None:
        self._store = store
        self._facts: tuple[Fact, ...] | None = None if store is not None else tuple(facts)
        self._by_id: Mapping[str, Fact] | None = None
        self._got: dict[str, Fact | None] = {}  # facts read from the store one by one
        self.paths, self.notes, self.key = paths, notes, key
        self.lexicon: Mapping[str, Any] = lexicon or {}
        self.fields: Mapping[str, FieldSpec] = fields or {}

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        state = (self.facts, self.paths, self.notes, self.key, dict(self.lexicon))
        return (FactBase, (*state, None, dict(self.fields)))

    @property
    def facts(self) -> tuple[Fact, ...]:
        if self._facts is None:
            assert self._store is not None
            try:
                self._facts = self._store.all_facts()
            except StoreDamaged:
                self.drop_store()
        assert self._facts is not None
        return self._facts

    def drop_store(self) -> None:
        """A damaged store: drop it, and read the fact files again (as on a cache miss)."""
        from factcheck.loader import validate_files

        store, self._store = self._store, None
        if store is not None:
            store.discard()
        base, _ = validate_files([Path(p) for p in self.paths], sources=False)
        self._facts = base.facts if base is not None else ()

    @property
    def by_id(self) -> Mapping[str, Fact]:
        if self._by_id is None:
            self._by_id = MappingProxyType({f.id: f for f in self.facts})
        return self._by_id

    @property
    def store(self) -> FactStore | None:
        """The compiled store this base was opened from, if any."""
        return self._store

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    def stream(self) -> Iterator[Fact]:
        """The facts in order; from a store, read one by one and not kept (for one pass
        over a large base, such as building the search index)."""
        if self._facts is not None or self._store is None:
            yield from self.facts
            return
        done = 0
        try:
            for fact in self._store.iter_facts():
                yield fact
                done += 1
        except StoreDamaged:
            self.drop_store()
            yield from self.facts[done:]

    def _stored(self, read: Callable[[FactStore], T]) -> tuple[T] | None:
        """What `read` finds in the store, as a 1-tuple; None when the facts are in memory,
        or the store was found damaged (and dropped): the caller then reads `facts`."""
        if self._facts is not None or self._store is None:
            return None
        try:
            return (read(self._store),)
        except StoreDamaged:
            self.drop_store()
            return None

    def __len__(self) -> int:
        found = self._stored(lambda store: store.count())
        return found[0] if found else len(self.facts)

    def get(self, fact_id: str) -> Fact | None:
        if fact_id in self._got:
            return self._got[fact_id]
        found = self._stored(lambda store: store.get(fact_id))
        if found is None:
            return self.by_id.get(fact_id)
        self._got[fact_id] = found[0]  # read from the store once
        return found[0]

    def at(self, i: int) -> Fact:
        """The fact at position i (the order of the files)."""
        found = self._stored(lambda store: store.at(i))
        return found[0] if found else self.facts[i]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(sorted({f.kind for f in self.facts}))

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({t for f in self.facts for t in f.tags}))

    def children(self, fact_id: str) -> tuple[Fact, ...]:
        """Facts whose `part_of` names this one."""
        found = self._stored(lambda store: store.children(fact_id))
        return found[0] if found else tuple(f for f in self.facts if f.part_of == fact_id)

    def name(self, fact_id: str, lang: Lang) -> str:
        """A short display name for a referenced fact: its first alias, else its id."""
        fact = self.get(fact_id)
        if fact is None:
            return fact_id
        names = fact.aliases(lang)
        return names[0] if names else fact_id


class StoreDamaged(Exception):
    """A compiled store that cannot be read as written; the facts are read from files."""


class FactStore(Protocol):
    """Where a compiled base reads its facts from (see `factcheck.store.Store`)."""

    def discard(self) -> None: ...
    def reopen(self) -> None: ...
    def all_facts(self) -> tuple[Fact, ...]: ...
    def iter_facts(self) -> Iterator[Fact]: ...
    def count(self) -> int: ...
    def get(self, fact_id: str) -> Fact | None: ...
    def at(self, i: int) -> Fact: ...
    def children(self, fact_id: str) -> tuple[Fact, ...]: ...


def month_span(month: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a "YYYY-MM" month."""
    year, number = int(month[:4]), int(month[5:7])
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return dt.date(year, number, 1), following - dt.timedelta(days=1)


def format_number(value: int | float) -> str:
    """Numbers as people write them: 14, 1.5, not 14.0; 10,800,000 with its thousands set off
    (from five digits, so that a year such as 2024 stays as it is)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and abs(value) >= 10_000:
        return f"{value:,}"
    return str(value)


def format_value(value: Value, base: FactBase | None = None, lang: Lang = "en") -> str:
    """A typed value as one line of text; entity references become their names."""
    if isinstance(value, tuple):
        return ", ".join(format_value(v, base, lang) for v in value)
    if isinstance(value, Quantity):
        return value.describe()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if base is not None and is_reference(value) and base.get(value) is not None:
        return f"{base.name(value, lang)} ({value})"
    return value


def is_reference(value: object) -> bool:
    """True for a string value that names an entity fact (`party-usa`)."""
    return isinstance(value, str) and value.startswith(tuple(ENTITY_KINDS))


def iter_references(value: Value) -> Iterator[str]:
    """Every entity reference inside a value."""
    if isinstance(value, tuple):
        for item in value:
            yield from iter_references(item)
    elif isinstance(value, str) and is_reference(value):
        yield value
