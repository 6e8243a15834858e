"""How often a number recurs: "US$1.7 billion a day", 每天损失约17亿美元. A rate the claim
gives a number is backed only where a fact's words give that number the same rate, or the
field that holds it names the rate (`daily_duration`); a total said as a daily figure is left
unbacked, however well the number matches."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.check.model import Part
from factcheck.numbers import find_numbers
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from collections.abc import Iterable

    from factcheck.check.evidence import Context
    from factcheck.check.vocab import Vocabulary

# what may stand between a number and its English rate: its unit or what it counts, at most
# four words ("100,000 flights a day", "US$1.7 billion in lost revenue each day")
_UNIT_WORDS = r"(?:\s+[a-z$%'’.-]+){0,4}?"
# a rate followed by these says when, not how often ("a day later", "a week before")
_NOT_AFTER = lazy(r"\s*(?:later|earlier|after|before|ago|afterwards)\b")
_CLAUSE = lazy(r"[,;，；。.!?！？]")


def rates(ctx: Context) -> None:
    """A rate said of a number the facts back: accounted by the same fact where its words
    say that number at that rate, otherwise left open (and the number with it)."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    if not voc.rates:
        return
    claim = normalize(r.claim)
    if len(claim) != len(r.claim):
        return  # spans would not line up
    for n in r.of("number"):
        if n.status != "supported" or n.fact is None or not isinstance(n.value, (int, float)):
            continue
        said = _rate_of(voc, claim, n.start, n.end)
        if said is None:
            continue
        period, start, end = said
        own = checker.by_id.get(n.fact)
        texts = (own.fact.text.en, own.fact.text.zh) if own is not None else ()
        backed = period in _rates_in(voc, texts, float(n.value)) or period == _field_rate(
            voc, n.field
        )
        covered = [x for x in r.parts if start <= x.start and x.end <= end]
        for x in covered:
            x.status, x.fact, x.field = (
                ("supported", n.fact, "text") if backed else ("unknown", None, None)
            )
        if not backed and not covered:
            r.parts.append(Part("term", start, end, r.claim[start:end], key=period))


def _rate_of(voc: Vocabulary, text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The period of the rate the text gives the number at [start, end), and its span: right
    after the number and its unit, or anywhere in a Chinese clause that holds the number."""
    m = _after_pattern(tuple(sorted(voc.rates, key=len, reverse=True))).match(text, end)
    if m and not _NOT_AFTER.match(text, m.end()):
        return voc.rates[m.group(1)], m.start(1), m.end(1)
    lo = max((c.end() for c in _CLAUSE.finditer(text, 0, start)), default=0)
    hi = next((c.start() for c in _CLAUSE.finditer(text, end)), len(text))
    for phrase, period in voc.rates.items():
        if not re.match(r"[\u4e00-\u9fff]", phrase):
            continue
        at = text.find(phrase, lo, hi)
        if at >= 0:
            return period, at, at + len(phrase)
    return None


@lru_cache(maxsize=64)
def _after_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p in phrases if re.match(r"[a-z]", p))
    return re.compile(rf"{_UNIT_WORDS}\s+({words})\b")


def _field_rate(voc: Vocabulary, field: str | None) -> str | None:
    """The period a typed field's name gives its values (`daily_duration`, `cost_per_day`)."""
    if not field or not field.startswith("values."):
        return None
    name = " " + field.removeprefix("values.").replace("_", " ").replace("-", " ") + " "
    return next((period for said, period in voc.rates.items() if f" {said} " in name), None)


def _rates_in(voc: Vocabulary, texts: Iterable[str], value: float) -> set[str]:
    """The periods the texts give the value at: where they say it, or (where the number was
    backed as near another, "about 10,000") the nearest number they say within a quarter."""
    found: dict[float, set[str]] = {}
    for text in texts:
        norm = normalize(text)
        for m in find_numbers(norm):
            gap = abs(float(m.value) - value) / max(1.0, abs(value))
            if gap <= 0.25:
                said = _rate_of(voc, norm, m.start, m.end)
                found.setdefault(gap, set()).update([said[0]] if said else [])
    return found[min(found)] if found else set()
