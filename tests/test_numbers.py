"""Numbers in text: Chinese numerals, English words, digits, approximations."""

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.numbers import CN_CHARS, find_numbers, parse_chinese, parse_english, to_chinese
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
    [
        ("fourteen", 14),
        ("two hundred and forty", 240),
        ("forty-five", 45),
        ("one", 1),
        ("two billion", 2_000_000_000),
        ("a billion", 1_000_000_000),
        ("a hundred and forty", 140),
    ],
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
        ("a claim of $916 million", [916_000_000], ["exact"]),
        ("about $9.6 billion a day", [9_600_000_000], ["about"]),
        ("550 million dollars, then 2,000 tonnes", [550_000_000, 2000], ["exact", "exact"]),
        ("沉船中最多有30人死亡", [30], ["at_most"]),
        ("至少有30人", [30], ["at_least"]),
        ("大约有五百人", [500], ["about"]),
        ("nearly a billion euros", [1_000_000_000], ["nearly"]),
        ("more than a hundred hostages", [100], ["more_than"]),
        ("half a million people fled", [500_000], ["exact"]),
        ("about half a million people", [500_000], ["about"]),
        ("a million and a half people", [1_500_000], ["exact"]),
    ],
)
def test_find_numbers(text: str, values: list[int], approx: list[str]) -> None:
    found = find_numbers(normalize(text))
    assert [n.value for n in found] == values
    assert [n.approx for n in found] == approx


def test_words_with_numeral_characters_are_not_numbers() -> None:
    assert find_numbers(normalize("做了一些简单修改，双方统一意见")) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the last one to start", []),
        ("this one was late", []),
        ("the one abstention", [1]),
        ("only one truce", [1]),
        ("one hostage", [1]),
        ("no one voted against it", []),
        ("not one member abstained", []),
        ("only one member voted against it", [1]),
    ],
)
def test_one_after_a_determiner_and_before_no_noun_is_a_pronoun(
    text: str, values: list[int]
) -> None:
    """ "the last one to start" counts nothing; "the one abstention" counts one."""
    assert [n.value for n in find_numbers(normalize(text))] == values


def test_a_numeral_that_ends_a_word_is_not_part_of_the_count_after_it() -> None:
    """唯一一次 is "the only" and "one time", not eleven times."""
    found = find_numbers(normalize("唯一一次停火，同一天"))
    assert [(n.value, n.start) for n in found] == [(1, 2)]


def test_ordinals() -> None:
    first = find_numbers(normalize("第一阶段"))
    assert [(n.value, n.ordinal) for n in first] == [(1, True)]
    third = find_numbers("the third phase and the 5th round")
    assert [(n.value, n.ordinal) for n in third] == [(3, True), (5, True)]


@given(st.integers(min_value=0, max_value=10**9))
def test_full_width_digits_equal_half_width(n: int) -> None:
    full = "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    assert [m.value for m in find_numbers(normalize(full))] == [n]


# ---- long runs of digits and words: never an error, never a number beyond a float ---------

CN_DIGIT_CHARS = "零〇一二三四五六七八九"


def runs(pieces: str | list[str], most: int) -> st.SearchStrategy[str]:
    """One piece said many times over, with a little text on either side."""
    return st.builds(
        lambda a, piece, n, b: a + piece * n + b,
        st.text(max_size=3),
        st.sampled_from(list(pieces)),
        st.one_of(st.integers(min_value=1, max_value=most), st.just(most)),
        st.sampled_from(["", " ", "天", " days", "名人质", "万"]),
    )


LONG = st.one_of(
    st.text(max_size=80),
    st.from_regex(r"\A\d{1,10000}\Z"),
    runs(CN_DIGIT_CHARS, 6000),
    runs(["hundred ", "dozen ", "thousand ", "nine hundred "], 400),
    st.text(alphabet=CN_CHARS + "天名人质多", max_size=600),
)


@pytest.mark.parametrize(
    "text",
    [
        "一" * 5000,  # int() of more than 4300 digits: ValueError
        "九" * 400,  # fits an int, not a float: OverflowError wherever it is used as one
        "九" * 16,
    ],
)
def test_a_long_run_of_chinese_digits_is_not_a_number(text: str) -> None:
    assert parse_chinese(text) is None
    assert find_numbers(text, loose=True) == []
    assert find_numbers(text + "天") == []


def test_a_longer_run_than_a_count_is_not_a_number() -> None:
    assert parse_english("hundred " * 200) is None  # 10^400: no float holds it
    assert parse_english("nine hundred thousand") == 900_000
    assert parse_chinese("九" * 15) == int("9" * 15)  # as many digits as Arabic numbers take
    assert [n.value for n in find_numbers("9" * 5000)] == []


@settings(max_examples=150, deadline=None)
@given(LONG)
def test_parsers_raise_only_value_error(text: str) -> None:
    for parse in (parse_chinese, parse_english):
        try:
            value = parse(text)
        except ValueError:
            continue
        assert value is None or float(value) < 1e300


@settings(max_examples=150, deadline=None)
@given(LONG, st.booleans(), st.booleans())
def test_find_numbers_never_raises_and_every_value_fits_a_float(
    text: str, loose: bool, approx: bool
) -> None:
    for n in find_numbers(normalize(text), loose=loose, approx=approx):
        assert abs(float(n.value)) < 1e300
        assert len(str(n.value)) < 100


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("死亡人数约占全国人口的千分之一。", []),  # a share: neither 1,000 nor 1
        ("三分之二的成员国投了赞成票。", []),
        ("约百分之二十的人质获释。", [20]),  # per cent: the numerator is the share
        ("百分之3.5的选票", [3.5]),
    ],
)
def test_a_chinese_fraction_is_a_share_not_a_count(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the ship had a single funnel", [1]),
        ("one single shell hit it", [1]),
        ("not a single vote was cast", []),
        ("a single-storey hall", []),
        ("every man but a single bolivian", []),
    ],
)
def test_a_single_thing_is_a_count_of_one(text: str, values: list[int]) -> None:
    """ "a single funnel" stresses a count of one; "not a single vote" is none at all, and
    "single-storey" a kind of hall."""
    assert [n.value for n in find_numbers(normalize(text))] == values
