"""Dates in text, in the forms people write them: ISO, English, Chinese, with or without year."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.messages import Msg
from factcheck.textnorm import lazy

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_CN_NUM = "[一二三四五六七八九十〇零]{1,3}"
_DAY_SUFFIX = r"(?:st|nd|rd|th)?"

PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazy(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd"),
    # 10.6.2024, 10.06.2024: dotted dates are day.month.year; not inside 1.2.3.2024
    (lazy(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)"), "dmy."),
    # 24/11/2023 or 11/24/2023: read only where one number cannot be a month
    (lazy(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"), "nny"),
    (
        lazy(rf"(\d{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*(\d{{1,2}}|{_CN_NUM})\s*月"
                   rf"(?:\s*(\d{{1,2}}|{_CN_NUM})\s*[日号])?"),
        "ymd",
    ),
    (lazy(rf"(?<![\d年])(\d{{1,2}}|{_CN_NUM})\s*月\s*(\d{{1,2}}|{_CN_NUM})\s*[日号]"), "md"),
    (
        lazy(rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_DAY_SUFFIX}\b(?:,?\s*(\d{{4}})\b)?"),
        "mdy",
    ),
    (
        lazy(rf"\b(\d{{1,2}}){_DAY_SUFFIX}\s+(?:of\s+)?({_MONTH})\b\.?(?:,?\s*(\d{{4}})\b)?"),
        "dmy",
    ),
    (lazy(rf"\b({_MONTH})\.?,?\s+(\d{{4}})\b"), "my"),
    (lazy(r"(?<!\d)(\d{4})[-/](\d{1,2})(?![\d/-])"), "ym"),
    (lazy(rf"\b(?:in|since|from|until|till|by|during|early|late|mid|end of)[\s-]+({_MONTH})\b"), "m"),
    (lazy(rf"(?<![\d年])(\d{{1,2}}|{_CN_NUM})\s*月(?!\s*(?:\d|{_CN_NUM})\s*[日号])"), "m"),
    # a decade or a century: a span of years ("the 1990s", 1990年代, "the 19th century", 十九世纪)
    (lazy(r"\b((?:1\d|20)\d)0s\b"), "decade"),
    (lazy(r"(?<!\d)((?:1\d|20)\d)0\s*年代"), "decade"),
    (lazy(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b"), "century"),
    (lazy(r"(?<![上本\d])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*世纪\s*(\d0|[一二三四五六七八九]十)\s*年代"), "century_decade"),
    (lazy(r"(?<![上本\d])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*世纪"), "century"),
    # not a count of people or things in Chinese: 1950人, 2000多人, 1917名
    (lazy(r"(?<![\d.])(?<!\d,)((?:19|20)\d{2})(?:\s*年)?(?!\d|,\d|\s*年\s*\d|[人名位个艘架辆多余])"), "y"),
    # an earlier year only where the words say it is one: "in 1163", 1163年 (not 1500年前)
    (lazy(r"\b(?:in|since|by|from|until|till|during|around|circa|before|after)\s+(1[0-8]\d{2})\b(?![,.]\d|\s*(?:%|percent))"), "y"),
    (lazy(r"(?<![\d.,])(1[0-8]\d{2})\s*年(?![代度\d前后之来间内多左])"), "y"),
    # a year in Chinese digits, one by one: 一八八九年, 二〇二四年
    (lazy(r"(?<![〇零一二三四五六七八九十百千万\d])([一二][〇零一二三四五六七八九]{3})\s*年(?![代度\d前后之来间内多左])"), "yzh"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in text; year, month or day may be unknown ("6月10日", "June 2024")."""

    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int
    days: tuple[int, int] | None = None  # part of a month ("late June": 21-31), if said
    edge: str = ""  # "start" or "end" when it is one end of a span ("15 to 20 June")
    until: int | None = None  # the last year of a span of years (a decade, a century)

    def to_date(self, default_year: int | None = None) -> dt.date | None:
        """The calendar date, if the day is known (and the year, or a default for it)."""
        year = self.year or default_year
        if year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None

    def matches(self, day: dt.date) -> bool:
        """True if this (possibly partial) mention names that calendar day."""
        return (
            (self.year is None or self.year == day.year)
            and (self.month is None or self.month == day.month)
            and (self.day is None or self.day == day.day)
        )

    @property
    def valid(self) -> bool:
        """False for impossible dates such as 2024-02-30 or month 13."""
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        try:  # year 0 is no year of the calendar
            year = 2024 if self.year is None else self.year  # a leap year: 29 February
            dt.date(year, self.month or 1, 1 if self.day is None else self.day)
        except ValueError:
            return False
        return True


def _num(text: str) -> int:
    if text.isdigit():
        return int(text)
    from factcheck.numbers import parse_chinese

    return parse_chinese(text) or 0


_D = rf"(\d{{1,2}}|{_CN_NUM})"
RANGES: tuple[tuple[re.Pattern[str], str], ...] = (
    # 2024年6月15日至20日, 6月15日到6月20日
    (lazy(rf"(?:(\d{{4}})\s*年\s*)?{_D}\s*月\s*{_D}\s*[日号]?\s*(?:一直|持续|延续|了)*\s*(?:至|到|-|–|~|～|—)\s*(?:{_D}\s*月\s*)?{_D}\s*[日号]"), "zh"),
    # 15 to 20 june 2024, 15-20 june
    (lazy(rf"\b(\d{{1,2}}){_DAY_SUFFIX}\s*(?:-|–|to|and|until)\s*(\d{{1,2}}){_DAY_SUFFIX}\s+(?:of\s+)?({_MONTH})\b\.?(?:,?\s*(\d{{4}})\b)?"), "dmy"),
    # june 15-20, 2024
    (lazy(rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_DAY_SUFFIX}\s*(?:-|–|to|until)\s*(\d{{1,2}}){_DAY_SUFFIX}\b(?:,?\s*(\d{{4}})\b)?"), "mdy"),
)  # fmt: skip


def _ranges(text: str) -> list[DateMention]:
    """Both ends of a span of days written once ("15 to 20 June", 6月15日至20日)."""
    out = []
    for pattern, form in RANGES:
        for m in pattern.finditer(text):
            g = m.groups()
            if form == "zh":
                year = int(g[0]) if g[0] else None
                month1, day1 = _num(g[1]), _num(g[2])
                month2 = _num(g[3]) if g[3] else month1
                day2 = _num(g[4])
            elif form == "dmy":
                day1, day2, month1 = int(g[0]), int(g[1]), MONTHS[g[2]]
                month2, year = month1, int(g[3]) if g[3] else None
            else:
                month1, day1, day2 = MONTHS[g[0]], int(g[1]), int(g[2])
                month2, year = month1, int(g[3]) if g[3] else None
            joint = re.search(r"至|到|-|–|~|～|—|\bto\b|\band\b|\buntil\b", m.group())
            middle = m.start() + (joint.start() if joint else (m.end() - m.start()) // 2)
            out.append(DateMention(year, month1, day1, m.start(), middle, edge="start"))
            out.append(DateMention(year, month2, day2, middle, m.end(), edge="end"))
    return out


# Every form above has a digit, 月, 世纪, 年 or a month's name: text without any has no date.
_MAYBE = lazy(rf"\d|月|世纪|[〇零一二三四五六七八九]年|\b(?:{_MONTH})")


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in normalised (NFKC, casefolded) text, leftmost-longest first."""
    if not _MAYBE.search(text):
        return []
    found: list[DateMention] = _ranges(text)
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in found]
    for pattern, form in PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mention = _mention(form, m)
            if mention is not None:
                taken.append((m.start(), m.end()))
                found.append(mention)
    found.sort(key=lambda d: d.start)
    return found


def _mention(form: str, m: re.Match[str]) -> DateMention | None:
    g = m.groups()
    year: int | None = None
    month: int | None = None
    day: int | None = None
    if form == "ymd":
        year, month = _num(g[0]), _num(g[1])
        day = _num(g[2]) if g[2] else None
    elif form == "md":
        month, day = _num(g[0]), _num(g[1])
    elif form == "dmy.":
        day, month, year = int(g[0]), int(g[1]), int(g[2])  # 10.13.2024: not valid, not M.D
    elif form == "nny":
        first, second, year = int(g[0]), int(g[1]), int(g[2])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            return None  # 10/6/2024: June or October, the text does not say
    elif form == "mdy":
        month, day, year = MONTHS[g[0]], int(g[1]), int(g[2]) if g[2] else None
    elif form == "dmy":
        day, month, year = int(g[0]), MONTHS[g[1]], int(g[2]) if g[2] else None
    elif form == "my":
        month, year = MONTHS[g[0]], int(g[1])
    elif form == "ym":
        year, month = int(g[0]), int(g[1])
        if not 1 <= month <= 12:
            return None
    elif form == "m":
        month = MONTHS.get(g[0]) or _num(g[0])
    elif form == "yzh":
        year = _num(g[0])
    elif form == "decade":
        first = int(g[0]) * 10
        return DateMention(first, None, None, m.start(), m.end(), until=first + 9)
    elif form == "century_decade":  # 20世纪50年代: the 1950s, not the whole century
        n, tens = _num(g[0]), _num(g[1])
        if not 1 <= n <= 21 or not 0 <= tens <= 90:
            return None
        first = (n - 1) * 100 + tens
        return DateMention(first, None, None, m.start(), m.end(), until=first + 9)
    elif form == "century":
        n = _num(g[0])  # the 19th: 1800 to 1899, as people count it
        if not 1 <= n <= 21:
            return None
        return DateMention((n - 1) * 100, None, None, m.start(), m.end(), until=n * 100 - 1)
    else:
        year = int(g[0])
        if not m.group().startswith(g[0]):  # "in 1163": the year, not the word before it
            return DateMention(year, None, None, m.start(1), m.end())
    return DateMention(year, month, day, m.start(), m.end())


def parse_date(text: str, end: bool = False) -> dt.date:
    """A date from a user (an option value): a month alone means its first day, or its last
    with `end`; ValueError with a reason otherwise."""
    import calendar

    from factcheck.textnorm import normalize

    norm = normalize(text.strip())
    shown = text if len(text) <= 40 else text[:39] + "…"
    mentions = find_dates(norm)
    if len(mentions) != 1 or mentions[0].end - mentions[0].start != len(norm):
        raise ValueError(Msg("cannot read {date!r} as a date (try 2024-06-10)", date=shown))
    mention = mentions[0]
    if not mention.valid:
        raise ValueError(Msg("{date!r} is not a valid date", date=shown))
    if mention.year is None:
        raise ValueError(Msg("{date!r} has no year (try 2024-06-10 or 2024年6月10日)", date=shown))
    month = mention.month or (12 if end else 1)
    last = calendar.monthrange(mention.year, month)[1]
    return dt.date(mention.year, month, mention.day or (last if end else 1))
