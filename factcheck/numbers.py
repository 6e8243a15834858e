"""Numbers in text: Arabic digits, Chinese numerals, English number words, and how exact."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.textnorm import lazy

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_BIG)

# Measure words after which a run of Chinese numerals is a count, not part of a word (一些, 统一).
CLASSIFIERS = "名个位人票天日年月周小时点分轮阶段次项条架辆国方岁倍大项批公克米艘"
# Words whose last character is a numeral (唯一一次: "the only" and "one time", not 11).
NUMERAL_WORDS = ("唯一", "统一", "同一", "逐一", "万一", "专一", "划一", "单一", "之一")

EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
EN_GROUPS = {"dozen": 12, "pair": 2, "couple": 2}  # "a dozen and two", "a pair of"
EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip

_EN_WORD = "|".join(sorted([*EN_UNITS, *EN_TENS, *EN_SCALES, *EN_GROUPS], key=len, reverse=True))
_EN_NUMBER = lazy(
    rf"\b(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"  # "a billion": one
    rf"(?:{_EN_WORD})(?:(?:\s+|-|\s+and\s+)(?:{_EN_WORD}))*\b"
)
_AND_A_HALF = lazy(r"\s+and\s+a\s+half\b")
# "a single funnel", not "not a single vote" (none) nor "a single-storey hall" (a kind)
A_SINGLE = lazy(
    r"(?<!\bnot )(?<!\bno )(?<!\bwithout )(?<!\bexcept )(?<!\bbut )"
    r"\b(?:a|one)\s+single\b(?!-)"
)  # nor "all but a single one", "except a single Bolivian": the one left out
_HALF_A = lazy(r"\bhalf\s+$")
_EN_ORDINAL = lazy(rf"\b({'|'.join(EN_ORDINALS)})\b")
# at most 15 digits: a longer run is not a count anyone means (and would not fit a float)
MAX_DIGITS = 15
LARGEST = 10**MAX_DIGITS  # no count read from words is this large ("hundred hundred …")
_ARABIC = lazy(
    r"(?<![\d.])(\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?![\d,])(?:\.(\d{1,15}))?"
    r"(?:\s*([万亿])|\s+(thousand|million|billion)\b)?"  # 5.5亿, 550 million, 9.6 billion
)
EN_BIG = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_ARABIC_ORDINAL = lazy(r"(?<!\d)(\d{1,6})(?:st|nd|rd|th)\b")
_PRONOUN_BEFORE = lazy(
    r"\b(?:the|last|first|second|third|fourth|fifth|next|previous|same|other|another|new|old|"
    r"latest|earlier|later|this|that|which|each|every|any|no)\s+$"
)
_NO_ONE = lazy(r"\b(?:no|not)\s+$")  # "no one", "not one": nobody, never a count of one
_PRONOUN_AFTER = lazy(
    r"\s*(?:$|[^\w\s]|(?:to|that|which|who|whom|in|on|at|of|is|was|were|with|from|for|by|and|or)\b)"
)
_CN_RUN = lazy(f"[{CN_CHARS}]+")
_MAYBE = lazy(rf"[\da-z{CN_CHARS}]")
# a share said as a fraction: 千分之一, 三分之二, 百分之二十 (per cent: the numerator counts)
_CN_FRACTION = lazy(rf"([{CN_CHARS}\d]+)分之([{CN_CHARS}\d]+(?:\.\d+)?)")

APPROX_BEFORE = (
    (
        lazy(
            r"(?:(?:a little |slightly |just |a bit )?(?:more than|over)|above|upwards of|in excess of|longer than|greater than|"
            r"超过|逾|多于)\s*$"
        ),
        "more_than",
    ),
    (lazy(r"(?:at least|no fewer than|no less than|(?:至少|不少于)有?)\s*$"), "at_least"),
    (lazy(r"(?:nearly|almost|close to|近|将近|接近|近乎)\s*$"), "nearly"),
    (
        lazy(r"(?:about|around|approximately|roughly|some|(?:约|大约|大概)有?|左右)\s*$"),
        "about",
    ),
    (
        lazy(
            r"(?:(?:a little |slightly |just |a bit )?(?:fewer than|less than|under)|shorter than|不到|不足|少于)\s*$"
        ),
        "less_than",
    ),
    (lazy(r"(?:at most|up to|no more than|within|(?:最多|至多)有?)\s*$"), "at_most"),
)
EXACT_BEFORE = lazy(
    r"(?:\b(?:exactly|precisely)|整整|正好|恰好|刚好|足足)\s*$"
)  # "exactly a week": exact, said so
APPROX_AFTER = (
    (lazy(r"^\s*(?:多|余|以上|plus\b|\+|-plus\b|or more\b)"), "more_than"),
    (lazy(r"^\s*(?:左右|上下|or so\b)"), "about"),
    (lazy(r"^\s*(?:以下|以内|or fewer\b|or less\b)"), "at_most"),
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in text, where it is, how exact it is, and whether it is an ordinal."""

    value: int | float
    start: int
    end: int
    approx: str = "exact"
    ordinal: bool = False


def parse_chinese(text: str) -> int | None:
    """Value of a run of Chinese numerals (十四 → 14, 二百四十 → 240, 一万二 is not handled);
    None for other text, and for a count beyond any anyone means (as for Arabic digits)."""
    if not text or any(ch not in CN_CHARS for ch in text):
        return None
    if all(ch in CN_DIGITS for ch in text) and len(text) > 1:
        if len(text) > MAX_DIGITS:
            return None
        return int("".join(str(CN_DIGITS[ch]) for ch in text))  # 二〇二四 → 2024
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (digit or 1) * CN_UNITS[ch]  # 零十五: a 零 before 十 is no digit of it
            digit = None
        else:
            section += digit or 0
            total += (section or 1) * CN_BIG[ch]
            section, digit = 0, None
        if total + section >= LARGEST:  # 万万万…: grows with every character
            return None
    return total + section + (digit or 0)


def to_chinese(value: int) -> str:
    """Chinese numerals for a non-negative integer below 10^12 (14 → 十四, 105 → 一百零五)."""
    if value == 0:
        return "零"
    digits = "零一二三四五六七八九"

    def section(n: int) -> str:
        out, zero = "", False
        for unit, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d, n = divmod(n, unit)
            if d:
                out += ("零" if zero else "") + digits[d] + char
                zero = False
            elif out:
                zero = True
        return out

    parts: list[str] = []
    gap = False
    for big, char in ((100_000_000, "亿"), (10_000, "万"), (1, "")):
        chunk, value = divmod(value, big)
        if chunk:
            text = section(chunk)
            if parts and (gap or chunk < 1000):
                text = "零" + text
            parts.append(text + char)
            gap = False
        elif parts:
            gap = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def parse_english(text: str) -> int | None:
    """Value of English number words ("two hundred and forty" → 240); None for other
    words, and for a count beyond any anyone means ("hundred hundred hundred …")."""
    total, current, seen = 0, 0, False
    for n, word in enumerate(re.split(r"[\s-]+", text.strip().lower())):
        if word == "and" or (n == 0 and word in ("a", "an")):
            continue  # "a billion": the scale alone is one of it
        if word in EN_UNITS:
            current += EN_UNITS[word]
        elif word in EN_TENS:
            current += EN_TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in EN_GROUPS:
            current = max(current, 1) * EN_GROUPS[word]
        elif word in EN_SCALES:
            total += max(current, 1) * EN_SCALES[word]
            current = 0
        else:
            return None
        if total + current >= LARGEST:
            return None
        seen = True
    return total + current if seen else None


def find_numbers(text: str, loose: bool = False, approx: bool = True) -> list[NumberMention]:
    """Every number in normalised text; `loose` also reads bare Chinese numerals (for queries);
    without `approx`, "about" and "more than" are not looked for (all are "exact")."""
    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = []
    if not _MAYBE.search(text):
        return found  # no digit, numeral or Latin letter: no number

    def add(value: int | float, start: int, end: int, ordinal: bool = False) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        near = _approx(text, start, end) if approx else "exact"
        found.append(NumberMention(value, start, end, near, ordinal))

    for m in _CN_FRACTION.finditer(text):
        taken.append(m.span())  # a share, not a count of its denominator or numerator
        share = parse_chinese(m.group(2)) if not m.group(2)[0].isdigit() else None
        if m.group(1) == "百" and (share is not None or m.group(2).replace(".", "").isdigit()):
            found.append(
                NumberMention(
                    share if share is not None else float(m.group(2)),
                    m.start(),
                    m.end(),
                    _approx(text, m.start(), m.end()) if approx else "exact",
                    False,
                )
            )
    for m in _ARABIC_ORDINAL.finditer(text):
        add(int(m.group(1)), m.start(), m.end(), ordinal=True)
    for m in _ARABIC.finditer(text):
        whole = int(m.group(1).replace(",", ""))
        value: int | float = float(f"{whole}.{m.group(2)}") if m.group(2) else whole
        if m.group(3) or m.group(4):
            value = value * (CN_BIG[m.group(3)] if m.group(3) else EN_BIG[m.group(4)])
            value = int(value) if float(value).is_integer() else value
        ordinal = m.start() > 0 and text[m.start() - 1] == "第"
        half = None if m.group(2) or ordinal else _AND_A_HALF.match(text, m.end())
        if half:  # "2 and a half hours"
            add(value + 0.5, m.start(), half.end())
        else:
            add(value, m.start(), m.end(), ordinal)
    for m in _CN_RUN.finditer(text):
        run, start, end = m.group(), m.start(), m.end()
        if start > 0 and text[start - 1 : start + 1] in NUMERAL_WORDS:
            run, start = run[1:], start + 1  # the numeral belongs to the word before it
            if not run:
                continue
        ordinal = start > 0 and text[start - 1] == "第"
        after = text[end : end + 2]
        counted = ordinal or loose or (after[:1] and after[0] in CLASSIFIERS)
        if not counted and len(run) > 1 and any(ch in CN_UNITS or ch in CN_BIG for ch in run):
            counted = True
        if not counted and after[:1] in ("多", "余") and after[1:2] in tuple(CLASSIFIERS):
            counted = True
        value_cn = parse_chinese(run)
        if counted and value_cn is not None:
            add(value_cn, start, end, ordinal)
    for m in _EN_ORDINAL.finditer(text):
        add(EN_ORDINALS[m.group(1)], m.start(), m.end(), ordinal=True)
    for m in A_SINGLE.finditer(text):  # "a single funnel": a count of one, stressed
        add(1, m.start(), m.end())
    for m in _EN_NUMBER.finditer(text):
        if m.group() == "one" and (
            re.match(r"\s+(?:of|another)\b", text[m.end() :])
            or (_PRONOUN_BEFORE.search(text, 0, m.start()) and _PRONOUN_AFTER.match(text, m.end()))
            or _NO_ONE.search(text, 0, m.start())
        ):
            continue  # "one of the core members", "the last one", "no one voted": a pronoun
        value_en = parse_english(m.group())
        half = _AND_A_HALF.match(text, m.end())  # "two and a half weeks"
        halved = _HALF_A.search(text, 0, m.start()) if m.group().startswith("a ") else None
        if value_en is not None and halved:  # "half a million": 500,000
            add(value_en / 2, halved.start(), m.end())
        elif value_en is not None and half:  # "a million and a half": half the last scale
            scale = EN_SCALES.get(m.group().split()[-1], 1)
            add(value_en + scale / 2, m.start(), half.end())
        elif value_en is not None:
            add(value_en, m.start(), m.end())
    found.sort(key=lambda n: n.start)
    return found


def _approx(text: str, start: int, end: int) -> str:
    before, after = text[max(0, start - 16) : start], text[end : end + 10]
    before = before[:-1] if before.endswith(("$", "€", "£")) else before  # "about $9.6 billion"
    for pattern, kind in APPROX_AFTER:
        if pattern.search(after):
            return kind
    for pattern, kind in APPROX_BEFORE:
        if pattern.search(before):
            return kind
    return "exact"
