"""The day a verb's own field gives: "first scheduled for 28 January", where the fact that
backs "scheduled" types `scheduled = 1986-01-22`. A date said right after such a verb is
that field's, whatever other fact holds the date as its own day."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check.model import Correction
from factcheck.dates import DateMention
from factcheck.facts import format_value
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context

# between a verb and its date: "scheduled for", "abolished on", "set for the"
_EN_BETWEEN = lazy(r"\s+(?:for|on|in|to|at|as of)\s+(?:the\s+)?")
_ZH_BETWEEN = lazy(r"\s*(?:于|在|为)?\s*")


def verb_days(ctx: Context) -> None:
    """A date said right after a verb whose backing fact types the verb's field as a day:
    backed by that day, refuted by another."""
    checker, r = ctx.checker, ctx.reading
    ordered = sorted((x for x in r.parts if x.kind != "cue"), key=lambda x: x.start)
    for verb, day in pairwise(ordered):  # "scheduled for 28 January": "for" is a cue
        if verb.kind != "predicate" or day.kind != "date" or verb.negated:
            continue
        if not isinstance(day.value, DateMention) or day.status not in ("unknown", "supported"):
            continue
        between = _EN_BETWEEN if r.lang == "en" else _ZH_BETWEEN
        if between.fullmatch(r.norm, verb.end, day.start) is None:
            continue
        field = (verb.field or "").removeprefix("values.")
        own = checker.by_id.get(verb.fact or "")
        if verb.status != "supported" or own is None or not field:
            continue
        value = own.fact.values.get(field)
        if not isinstance(value, dt.date):
            continue
        if _agrees(day.value, value):
            day.status, day.fact, day.field = "supported", own.fact.id, f"values.{field}"
        else:
            day.status, day.fact, day.field = "refuted", own.fact.id, f"values.{field}"
            ctx.corrections.append(
                Correction(own.fact.id, f"values.{field}", day.text, format_value(value))
            )


def _agrees(said: DateMention, value: dt.date) -> bool:
    """Each part of the day the claim gives is the field's."""
    return all(
        part is None or part == held
        for part, held in (
            (said.year, value.year),
            (said.month, value.month),
            (said.day, value.day),
        )
    )
