"""Dates in the forms people write them."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dates import find_dates, parse_date
from factcheck.numbers import to_chinese
from factcheck.textnorm import normalize

DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))

FORMATS = [
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: d.strftime("%B ") + f"{d.day}, {d.year}",
    lambda d: f"{d.day} " + d.strftime("%B %Y"),
    lambda d: d.strftime("%b ") + f"{d.day}th {d.year}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}年{to_chinese(d.month)}月{to_chinese(d.day)}日",
    lambda d: f"{d.day}.{d.month}.{d.year}",  # dotted: day.month.year
    lambda d: f"{d.day:02}.{d.month:02}.{d.year}",
]


@given(DATES, st.sampled_from(FORMATS))
def test_every_format_reads_back_the_same_date(day: dt.date, fmt: object) -> None:
    text = fmt(day)  # type: ignore[operator]
    mentions = find_dates(normalize(text))
    assert len(mentions) == 1
    assert mentions[0].to_date() == day
    assert parse_date(text) == day
    # idempotent: writing the parsed date again gives the same text back
    assert fmt(parse_date(text)) == text  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("6月10日", (None, 6, 10)),
        ("on 31 May", (None, 5, 31)),
        ("June 10", (None, 6, 10)),
        ("in May 2024", (2024, 5, None)),
        ("2024年6月", (2024, 6, None)),
        ("in 2023", (2023, None, None)),
    ],
)
def test_partial_dates(text: str, parts: tuple[int | None, ...]) -> None:
    (mention,) = find_dates(normalize(text))
    assert (mention.year, mention.month, mention.day) == parts


def test_a_period_gives_two_dates() -> None:
    found = find_dates(normalize("2023年12月28日～2024年1月24日"))
    assert [m.to_date() for m in found] == [dt.date(2023, 12, 28), dt.date(2024, 1, 24)]


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("they may agree to 14 votes") == []


@pytest.mark.parametrize("text", ["2024-02-30", "2024-13-01", "June 31, 2024", "yesterday", ""])
def test_parse_date_refuses_impossible_or_unreadable(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_resolution_numbers_are_not_years() -> None:
    assert find_dates("resolution 2735") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("10.6.2024", dt.date(2024, 6, 10)),
        ("10.06.2024", dt.date(2024, 6, 10)),
        ("1.2.2024", dt.date(2024, 2, 1)),
        ("24.11.2023", dt.date(2023, 11, 24)),
        ("the vote on 10.6.2024.", dt.date(2024, 6, 10)),
    ],
)
def test_dotted_dates_are_day_month_year(text: str, day: dt.date) -> None:
    (mention,) = find_dates(normalize(text))
    assert mention.to_date() == day


def test_slashed_dates_stay_read_only_when_unambiguous() -> None:
    assert find_dates("24/11/2023")[0].to_date() == dt.date(2023, 11, 24)
    assert find_dates("11/24/2023")[0].to_date() == dt.date(2023, 11, 24)
    # June or October: the text does not say (only the year is read)
    assert [m for m in find_dates("10/6/2024") if m.month] == []


@pytest.mark.parametrize(
    "text", ["2.4 times as many", "1.5", "version 3.10.2", "1.2.3.2024", "10.6.2024.5", "v2.4.1"]
)
def test_decimals_and_versions_are_not_dates(text: str) -> None:
    assert [m for m in find_dates(normalize(text)) if m.day] == []


@pytest.mark.parametrize(
    "text", ["10.13.2024", "30.2.2024", "0.6.2024", "2024-06-00", "0000-06-10"]
)
def test_impossible_dotted_or_zero_year_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a valid date"):
        parse_date(text)


@settings(max_examples=200, deadline=None)
@given(DATES, st.booleans())
def test_dotted_dates_round_trip(day: dt.date, padded: bool) -> None:
    text = (
        f"{day.day:02}.{day.month:02}.{day.year}"
        if padded
        else f"{day.day}.{day.month}.{day.year}"
    )
    assert parse_date(text) == day


ANY_TEXT = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="0123456789.-/年月日 ", max_size=40),
    st.from_regex(r"\A\d{1,10000}\Z"),
)


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT, st.booleans())
def test_parse_date_raises_only_value_error(text: str, end: bool) -> None:
    try:
        day = parse_date(text, end=end)
    except ValueError:
        return
    assert isinstance(day, dt.date)


@pytest.mark.parametrize(
    ("text", "year", "span"),
    [
        ("begun in 1163.", 1163, "1163"),
        ("since 1844 the spire", 1844, "1844"),
        ("始建于1163年。", 1163, "1163年"),
        ("1163年始建", 1163, "1163年"),
    ],
)
def test_an_earlier_year_is_read_where_the_words_say_it_is_one(
    text: str, year: int, span: str
) -> None:
    mentions = find_dates(normalize(text))
    assert [(m.year, m.month, m.day) for m in mentions] == [(year, None, None)]
    assert normalize(text)[mentions[0].start : mentions[0].end] == span


@pytest.mark.parametrize(
    "text", ["room for 1178 people", "约1500年前", "1163 lifeboats", "in 1163.5", "1163年前"]
)
def test_a_count_before_1900_is_no_year(text: str) -> None:
    assert [m.year for m in find_dates(normalize(text))] == []


@pytest.mark.parametrize("text", ["造成1950人死亡", "2000多人遇难", "共有1917名工人", "2003艘船"])
def test_a_chinese_count_of_people_or_things_is_no_year(text: str) -> None:
    """1950人 counts people: a Chinese year has 年 or stands alone, never a counter after it."""
    assert [m.year for m in find_dates(normalize(text))] == []


@given(st.integers(min_value=1900, max_value=2099))
def test_a_bare_year_still_reads_in_chinese(year: int) -> None:
    assert [m.year for m in find_dates(f"事故发生于{year}。")] == [year]


@given(st.integers(min_value=1000, max_value=1899))
def test_any_earlier_year_after_in_reads_back(year: int) -> None:
    mentions = find_dates(f"it was built in {year}.")
    assert [(m.year, m.month, m.day) for m in mentions] == [(year, None, None)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the 1990s", 1990, 1999),
        ("1990年代", 1990, 1999),
        ("in the 19th century", 1800, 1899),
        ("a 12th-century church", 1100, 1199),
        ("十九世纪", 1800, 1899),
        ("12世纪", 1100, 1199),
        ("20世纪50年代", 1950, 1959),
        ("二十世纪六十年代", 1960, 1969),
    ],
)
def test_decades_and_centuries_are_spans_of_years(text: str, first: int, last: int) -> None:
    mentions = find_dates(normalize(text))
    assert [(m.year, m.until, m.month) for m in mentions] == [(first, last, None)]


def test_last_century_is_not_a_numbered_one() -> None:
    assert find_dates("上世纪") == []


_DIGITS_ZH = "〇一二三四五六七八九"


@given(st.integers(min_value=1000, max_value=2999), st.sampled_from(["", "在", "于", "是"]))
def test_a_year_written_digit_by_digit_in_chinese_is_that_year(year: int, before: str) -> None:
    """一八八九年, 二〇二四年: a year said one Chinese digit at a time, with no month after it,
    is that year (it had been no date at all, so a claim's year was left open)."""
    said = "".join(_DIGITS_ZH[int(c)] for c in str(year)) + "年"
    found = find_dates(before + said + "的洪水")
    assert [(d.year, d.month, d.day) for d in found] == [(year, None, None)]


@pytest.mark.parametrize("text", ["一千八百年", "三年", "十二年", "第一八年"])
def test_a_count_of_years_is_no_year(text: str) -> None:
    assert find_dates(text) == []
