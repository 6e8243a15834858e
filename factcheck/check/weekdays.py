"""Days of the week: "sank on Sunday, 13 August 2000", 8月12日（星期六）, "on a Saturday". The
calendar says which day a date fell on; a weekday said with a date is judged by that date,
and one said of a deed by the day of the fact that backs the deed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from factcheck.check.evidence import clause_end, clause_start
from factcheck.check.model import CONTENT, Correction
from factcheck.dates import DateMention

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part
    from factcheck.facts import Fact


def weekdays(ctx: Context) -> None:
    """Each weekday cue: with its date's weekday, an operator of that date; with another,
    refuted (the correction names the date's weekday). A weekday said of a deed is judged by
    the day of the fact that backs the clause's verb, where that fact has one day."""
    checker, r = ctx.checker, ctx.reading
    for cue in r.of("cue"):
        if cue.key != "weekday" or cue.status != "unknown" or not isinstance(cue.value, int):
            continue
        if cue.detail == "date":  # the date next to it ("Sunday, 13 August": past the comma)
            date = _nearest(r.of("date"), cue)
            found = checker.by_id.get(date.fact or "")
            fact = found.fact if found is not None else None
            year = fact.first_day.year if fact is not None and fact.first_day else None
            day = date.value.to_date(year) if isinstance(date.value, DateMention) else None
            field = date.field
        else:
            date = None
            lo, hi = clause_start(r.claim, cue.start), clause_end(r.claim, cue.end)
            verbs = [
                x for x in r.of("predicate")
                if lo <= x.start < hi and x.status == "supported" and x.fact
            ]  # fmt: skip
            if any(
                x.status == "unknown" and x.kind in CONTENT and lo <= x.start < hi
                for x in r.parts
                if x is not cue
            ):
                continue  # "the mill fire started on a Sunday": whose start is not known
            found = checker.by_id.get(verbs[0].fact or "") if verbs else None
            fact = found.fact if found is not None else None
            day = fact.date if fact is not None else None
            if fact is not None and day is None and verbs[0].field == "start":
                day = fact.first_day  # "broke out on a Sunday": the first day of its span
            field = "date"
        if day is None:
            continue
        _judge(ctx, cue, day, fact, field, date)


JULIAN_UNTIL = 1923  # the last year a country (Greece) kept the Julian calendar


def _weekdays_of(day: dt.date) -> set[int]:
    """The day of the week a date fell on (Monday 0): by the Gregorian calendar, and before
    every country had taken it up, by the Julian one too, as a source of the time may count
    it (the Vasa sank on Sunday 10 August 1628, Old Style: a Thursday by the Gregorian)."""
    days = {day.weekday()}
    if day.year < JULIAN_UNTIL:
        a = (14 - day.month) // 12
        y, m = day.year + 4800 - a, day.month + 12 * a - 3
        days.add((day.day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083) % 7)  # its JDN
    return days


def _stated(ctx: Context, fact: Fact, day: dt.date) -> set[int]:
    """The weekdays the fact's own text gives this day ("Sunday 2 September 1666"): they
    decide, where the calendar of the time and today's differ."""
    stated: set[int] = set()
    for text in (fact.text.en, fact.text.zh):
        said = ctx.checker.reading_of(text)
        dates = said.of("date")
        cues = [c for c in said.of("cue") if c.key == "weekday" and c.detail == "date"]
        for c in cues if dates else []:
            if not isinstance(c.value, int):
                continue
            near = _nearest(dates, c)
            if isinstance(near.value, DateMention) and near.value.to_date(day.year) == day:
                stated.add(c.value)
    return stated


def _nearest(dates: list[Part], cue: Part) -> Part:
    """The date nearest a weekday ("Sunday, 13 August": past the comma)."""
    return min(dates, key=lambda d: min(abs(d.start - cue.end), abs(cue.start - d.end)))


def _judge(
    ctx: Context, cue: Part, day: dt.date, fact: Fact | None, field: str | None, date: Part | None
) -> None:
    voc, r = ctx.checker.voc, ctx.reading
    cue.fact, cue.field = (fact.id if fact is not None else None), field
    stated = _stated(ctx, fact, day) if fact is not None else set()
    if cue.value in (stated or _weekdays_of(day)):
        cue.status = "operator"
        return
    if date is not None and fact is None:
        return  # a date no fact backs: its weekday says nothing the facts can judge
    cue.status = "refuted"
    weekday = min(stated) if len(stated) == 1 else day.weekday()
    said = voc.weekday_names.get((weekday, r.lang), day.strftime("%A"))
    ctx.corrections.append(
        Correction(cue.fact or "", field or "date", cue.text, f"{said} ({day})")
    )
