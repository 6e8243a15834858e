"""Lookups over a fact base: by id, by kind and tag, by date. They raise, never print."""

from __future__ import annotations

import datetime as dt
from difflib import get_close_matches

from factcheck.errors import FactcheckError, NotFoundError
from factcheck.facts import KINDS, Fact, FactBase


def get_fact(base: FactBase, fact_id: str) -> Fact:
    """The fact with this id, or NotFoundError that suggests the closest ids."""
    fact = base.get(fact_id.strip())
    if fact is not None:
        return fact
    close = get_close_matches(fact_id.strip().lower(), list(base.by_id), n=3, cutoff=0.5)
    if not close:
        close = [i for i in base.by_id if fact_id.strip().lower() in i][:3]
    hint = f"; did you mean {', '.join(close)}?" if close else "; try 'factcheck search'"
    raise NotFoundError(f"no fact with id {fact_id!r}{hint}")


def check_filters(base: FactBase, kind: str | None, tag: str | None) -> None:
    """Refuse a kind that does not exist or a tag that no fact has."""
    if kind is not None and kind not in KINDS:
        raise FactcheckError(f"unknown kind {kind!r}; kinds are: {', '.join(KINDS)}")
    if tag is not None and tag not in base.tags:
        close = get_close_matches(tag, list(base.tags), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; 'factcheck list' shows tags"
        raise FactcheckError(f"no fact has the tag {tag!r}{hint}")


def select(base: FactBase, kind: str | None = None, tag: str | None = None) -> list[Fact]:
    """Facts of a kind and/or with a tag, in file order."""
    check_filters(base, kind, tag)
    return [f for f in base if (kind is None or f.kind == kind) and (tag is None or tag in f.tags)]


def timeline(
    base: FactBase,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kind: str | None = None,
    tag: str | None = None,
) -> list[Fact]:
    """Dated facts in order; a period is kept when it overlaps [start, end]."""
    if start and end and end < start:
        raise FactcheckError(f"--to {end} is before --from {start}")
    facts = []
    for fact in select(base, kind, tag):
        first, last = fact.first_day, fact.last_day
        if first is None or last is None:
            continue
        if (start and last < start) or (end and first > end):
            continue
        facts.append(fact)
    return sorted(facts, key=lambda f: (f.first_day or dt.date.min, f.last_day or dt.date.min))
