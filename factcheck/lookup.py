"""Lookups over a fact base: by id, by kind and tag, by date. They raise, never print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches

from factcheck.errors import FactcheckError, NotFoundError
from factcheck.facts import KINDS, Fact, FactBase
from factcheck.messages import Msg, named_by


def shorten(text: str, limit: int = 60) -> str:
    """User input quoted in a message, cut to a readable length."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalize_id(fact_id: str) -> str:
    """Ids as people type them: any case, underscores or spaces for hyphens."""
    return "-".join(fact_id.strip().lower().replace("_", " ").split())


def get_fact(base: FactBase, fact_id: str) -> Fact:
    """The fact with this id, or NotFoundError that suggests the closest ids."""
    wanted = normalize_id(fact_id)
    if not wanted:
        raise FactcheckError(Msg("the fact id is empty"))
    fact = base.get(wanted)
    if fact is not None:
        return fact
    starts = [i for i in base.by_id if i.startswith(wanted + "-")]
    close = starts[:3] or get_close_matches(wanted, list(base.by_id), n=3, cutoff=0.6)
    if close:
        raise NotFoundError(
            Msg(
                "no fact with id {id!r}; did you mean {ids}?",
                id=shorten(fact_id),
                ids=", ".join(close),
            )
        )
    raise NotFoundError(Msg("no fact with id {id!r}; try 'factcheck search'", id=shorten(fact_id)))


def get_facts(base: FactBase, fact_ids: Iterable[str]) -> list[Fact]:
    """Several facts by id, each once, in the order asked."""
    found = {f.id: f for f in (get_fact(base, i) for i in fact_ids)}
    return list(found.values())


@dataclass(frozen=True)
class Filter:
    """Which facts a command shows: any of the kinds, any of the tags (empty: all)."""

    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def keep(self, fact: Fact) -> bool:
        return (not self.kinds or fact.kind in self.kinds) and (
            not self.tags or any(t in fact.tags for t in self.tags)
        )


def make_filter(base: FactBase, kinds: Iterable[str] = (), tags: Iterable[str] = ()) -> Filter:
    """A filter from --kind and --tag options; unknown kinds and tags are refused."""
    kind_list = tuple(named_by(k.strip().lower(), KINDS) for k in kinds)  # vote, 表决
    tag_list = tuple(t.strip().lower() for t in tags)
    for kind in kind_list:
        if kind not in KINDS:
            raise FactcheckError(
                Msg(
                    "unknown kind {kind!r}; kinds are: {kinds}",
                    kind=shorten(kind),
                    kinds=", ".join(KINDS),
                )
            )
    for tag in tag_list:
        if tag not in base.tags:
            close = get_close_matches(tag, list(base.tags), n=3)
            raise FactcheckError(
                Msg(
                    "no fact has the tag {tag!r}; did you mean {tags}?",
                    tag=shorten(tag),
                    tags=", ".join(close),
                )
                if close
                else Msg(
                    "no fact has the tag {tag!r}; tags are: {tags}",
                    tag=shorten(tag),
                    tags=", ".join(base.tags),
                )
            )
    return Filter(kind_list, tag_list)


def select(base: FactBase, keep: Filter | None = None) -> list[Fact]:
    """Facts that pass the filter, in file order."""
    return [f for f in base if keep is None or keep.keep(f)]


def sort_day(fact: Fact) -> dt.date | None:
    """The day a fact sorts by on a timeline: the erratum's correction, else its first day."""
    return fact.corrected_day() or fact.first_day


def timeline(
    base: FactBase,
    start: dt.date | None = None,
    end: dt.date | None = None,
    keep: Filter | None = None,
) -> list[Fact]:
    """Dated facts in order; a period or month is kept when it overlaps [start, end]."""
    if start and end and end < start:
        raise FactcheckError(Msg("--to {end} is before --from {start}", end=end, start=start))
    facts = []
    for fact in select(base, keep):
        span = fact.span()
        if span is None:
            continue
        first = sort_day(fact) or span[0]
        last = first if fact.date else span[1]
        if (start and last < start) or (end and first > end):
            continue
        facts.append(fact)
    return sorted(facts, key=lambda f: (sort_day(f) or dt.date.min, f.last_day or dt.date.max))
