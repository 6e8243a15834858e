"""What the checker reads and answers: parts of a claim, their fate, and the verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.facts import Note

VERDICTS = ("supported", "refuted", "not_enough_info", "disputed")
# the fields of a part backed by a fact's words, not by a typed value
WORD_FIELDS = ("text", "aliases")
# the kinds of part that say something and must be backed; cues only relate them
CONTENT = (
    "entity", "predicate", "term", "number", "duration", "date", "time", "ordinal", "office",
    "camp", "unit",
)  # fmt: skip


@dataclass
class Part:
    """One piece of a claim with its span (character offsets into the claim as given).

    kind: entity, predicate, number, date, duration, ordinal, office, camp, term (a content
    word the facts must hold), or an operator (negation, before, after, more, fewer, …).
    """

    kind: str
    start: int
    end: int
    text: str
    key: str = ""  # entity id, predicate name, unit, office, stem …
    value: object = None  # a number, a date mention, a duration in days; for a word read
    # from a verb form ("main landing gear"), the predicate it was
    approx: str = "exact"
    negated: bool = False
    status: str = "unknown"  # supported, refuted, disputed, unknown, operator
    fact: str | None = None
    field: str | None = None
    detail: str = ""
    grain: float = 0.0  # a length counted in months or years: days in the unit it counts;
    # a time of day (`value` in minutes from midnight): 60 when it names only the hour
    words: tuple[str, ...] = ()  # a count's words before its unit ("four petrol engines")
    upper: float = 0.0  # the bound a "more than" stays below, when its words set one
    # (一千一百多: 1,100-odd, below 1,200; 三周多: below four weeks); 0 for none

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Correction:
    """What the claim says and what the fact base says instead."""

    fact: str
    field: str
    claimed: str
    actual: str


@dataclass(frozen=True)
class Assertion:
    """One part of the claim and how it fared, backed by a fact's field or by nothing."""

    kind: str
    text: str
    status: str  # supported, refuted, disputed, unknown
    fact: str | None = None
    detail: str = ""
    span: tuple[int, int] = (0, 0)
    field: str | None = None


@dataclass(frozen=True)
class Verdict:
    """The answer for one claim: an account of each of its parts."""

    claim: str
    verdict: str
    facts: tuple[str, ...]
    explanation: str
    corrections: tuple[Correction, ...] = ()
    notes: tuple[tuple[str, Note], ...] = ()
    assertions: tuple[Assertion, ...] = ()
    unaccounted: tuple[tuple[tuple[int, int], str], ...] = ()
    coverage: float = 0.0
    lang: str = "en"


@dataclass
class Reading:
    """A claim read into parts; `leftover` are content words no reader took."""

    claim: str
    norm: str
    offsets: list[int]  # norm index -> claim index
    parts: list[Part] = field(default_factory=list)
    lang: str = "en"
    memo: dict[object, object] = field(default_factory=dict)  # what a fact backs of a part

    def of(self, *kinds: str) -> list[Part]:
        return [p for p in self.parts if p.kind in kinds]

    def next_of(self, at: int, *kinds: str) -> Part | None:
        """The first part of these kinds that starts at or after `at`, if any."""
        return min(
            (p for p in self.parts if p.kind in kinds and p.start >= at),
            key=lambda p: p.start,
            default=None,
        )

    def last_of(self, until: int, *kinds: str) -> Part | None:
        """The last part of these kinds that ends at or before `until`, if any."""
        return max(
            (p for p in self.parts if p.kind in kinds and p.end <= until),
            key=lambda p: p.end,
            default=None,
        )
