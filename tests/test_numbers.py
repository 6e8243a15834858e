"""Numbers in text: Chinese numerals, English words, digits, approximations."""

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.numbers import find_numbers, parse_chinese, parse_english, to_chinese
from factcheck.textnorm import normalize


@given(st.integers(min_value=0, max_value=10**11))
def test_chinese_round_trip(n: int) -> None:
    assert parse_chinese(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**8))
def test_chinese_agrees_with_cn2an(n: int) -> None:
    assert to_chinese(n) == cn2an.an2cn(n)
    assert parse_chinese(cn2an.an2cn(n)) == n


@given(st.integers(min_value=0, max_value=10**6))
def test_parsing_is_idempotent(n: int) -> None:
    once = parse_chinese(to_chinese(n))
    assert once is not None
    assert parse_chinese(to_chinese(once)) == once


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十四", 14),
        ("二百四十", 240),
        ("一百零五", 105),
        ("两", 2),
        ("二〇二四", 2024),
        ("一百", 100),
    ],
)
def test_parse_chinese(text: str, value: int) -> None:
    assert parse_chinese(text) == value


def test_parse_chinese_rejects_other_text() -> None:
    assert parse_chinese("十四票") is None
    assert parse_chinese("") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("fourteen", 14), ("two hundred and forty", 240), ("forty-five", 45), ("one", 1)],
)
def test_parse_english(text: str, value: int) -> None:
    assert parse_english(text) == value


@pytest.mark.parametrize(
    ("text", "values", "approx"),
    [
        ("剩余的130多名人质", [130], ["more_than"]),
        ("more than 130 hostages", [130], ["more_than"]),
        ("about 1,200 people", [1200], ["about"]),
        ("nearly 240 prisoners", [240], ["nearly"]),
        ("约二百四十名囚犯", [240], ["about"]),
        ("十四票赞成、一票弃权", [14, 1], ["exact", "exact"]),
        ("fourteen in favour and one abstention", [14, 1], ["exact", "exact"]),
        ("1.5万人", [15000], ["exact"]),
    ],
)
def test_find_numbers(text: str, values: list[int], approx: list[str]) -> None:
    found = find_numbers(normalize(text))
    assert [n.value for n in found] == values
    assert [n.approx for n in found] == approx


def test_words_with_numeral_characters_are_not_numbers() -> None:
    assert find_numbers(normalize("做了一些简单修改，双方统一意见")) == []


def test_ordinals() -> None:
    first = find_numbers(normalize("第一阶段"))
    assert [(n.value, n.ordinal) for n in first] == [(1, True)]
    third = find_numbers("the third phase and the 5th round")
    assert [(n.value, n.ordinal) for n in third] == [(3, True), (5, True)]


@given(st.integers(min_value=0, max_value=10**9))
def test_full_width_digits_equal_half_width(n: int) -> None:
    full = "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    assert [m.value for m in find_numbers(normalize(full))] == [n]
