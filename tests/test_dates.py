"""Dates in the forms people write them."""

import datetime as dt

import pytest
from hypothesis import given
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
