"""The claim checker, mechanism by mechanism, through the library.

Each case pairs a statement the article makes with the same statement changed in one way;
none of these sentences is in ../shared/claims (the checker must not be tuned to those).
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check import VERDICTS, Verdict, check
from factcheck.loader import load_facts


@pytest.fixture(scope="module")
def base():  # type: ignore[no-untyped-def]
    return load_facts()


def verdict(base, claim: str) -> Verdict:  # type: ignore[no-untyped-def]
    return check(base, claim)


CASES = [
    # numbers: digits, Chinese numerals, English words, approximations
    ("numbers", "安理会以十四票赞成通过了2735号决议。", "supported"),
    ("numbers", "安理会以十三票赞成通过了2735号决议。", "refuted"),
    (
        "numbers",
        "Eight Israeli soldiers died when their armoured personnel carrier was hit.",
        "supported",
    ),
    (
        "numbers",
        "Eleven Israeli soldiers died when their armoured personnel carrier was hit.",
        "refuted",
    ),
    (
        "numbers",
        "At the time of the Paris talks Hamas still held more than 130 hostages.",
        "supported",
    ),
    # dates in several forms
    ("dates", "Netanyahu dissolved the war cabinet on 17 June 2024.", "supported"),
    ("dates", "Netanyahu dissolved the war cabinet on 2024/6/17.", "supported"),
    ("dates", "Netanyahu dissolved the war cabinet on 18 June 2024.", "refuted"),
    ("dates", "内塔尼亚胡于2024年6月17日宣布解散战时内阁。", "supported"),
    # vote tallies
    ("tally", "Resolution 2735 passed with 14 votes for and 1 abstention.", "supported"),
    ("tally", "Resolution 2735 passed with 13 votes for and 1 abstention.", "refuted"),
    # "0 against" is not in the article: a tally that states it is not all backed
    ("tally", "Resolution 2735 passed 14-0-1.", "not_enough_info"),
    (
        "tally",
        "The Security Council passed resolution 2735 without a single abstention.",
        "refuted",
    ),
    # negation and predicates with a polarity
    ("negation", "Russia abstained in the vote on resolution 2735.", "supported"),
    (
        "negation",
        "The IDF said its operations in Rafah would go on during the pause.",
        "supported",
    ),
    ("negation", "The IDF said the pause would halt its operations in Rafah.", "refuted"),
    ("negation", "Hamas opposed resolution 2735.", "refuted"),
    # entities and roles swapped
    ("swap", "The fourth round of talks took place in Paris.", "supported"),
    ("swap", "The fourth round of talks took place in Geneva.", "refuted"),
    ("swap", "Smotrich is Israel's finance minister.", "supported"),
    ("swap", "Smotrich is Israel's national security minister.", "refuted"),
    ("swap", "The United States put resolution 2735 to the Security Council.", "supported"),
    ("swap", "France put resolution 2735 to the Security Council.", "refuted"),
    # phases of resolution 2735
    (
        "phase",
        "The third phase of resolution 2735 is about rebuilding Gaza on a large scale.",
        "supported",
    ),
    (
        "phase",
        "The second phase of resolution 2735 is about rebuilding Gaza on a large scale.",
        "refuted",
    ),
    # order and arithmetic
    ("order", "Gantz resigned before Netanyahu dissolved the war cabinet.", "supported"),
    ("order", "Gantz resigned after Netanyahu dissolved the war cabinet.", "refuted"),
    (
        "arithmetic",
        "During the truce Israel freed more prisoners than Hamas freed hostages.",
        "supported",
    ),
    (
        "arithmetic",
        "During the truce Israel freed fewer prisoners than Hamas freed hostages.",
        "refuted",
    ),
    # what the facts do not hold
    ("nei", "Hezbollah fired rockets at northern Israel in 2023.", "not_enough_info"),
    ("nei", "A new ceasefire was signed in Cairo in September 2024.", "not_enough_info"),
    (
        "nei",
        "Biden announced his plan in a televised address from the Oval Office.",
        "not_enough_info",
    ),
    ("nei", "加沙地带有二百多万居民。", "not_enough_info"),
]


@pytest.mark.parametrize(
    ("mechanism", "claim", "expected"),
    CASES,
    ids=[f"{m}-{i}" for i, (m, _, _) in enumerate(CASES)],
)
def test_mechanisms(base, mechanism: str, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = verdict(base, claim)
    assert result.verdict == expected, (claim, result.explanation, result.assertions)


def test_a_refutation_names_the_fact_and_the_correct_value(base) -> None:  # type: ignore[no-untyped-def]
    result = verdict(base, "The fourth round of talks took place in Geneva.")
    assert result.verdict == "refuted"
    (correction,) = [c for c in result.corrections if c.field == "values.place"]
    assert correction.actual == "Paris" and correction.claimed == "Geneva"
    assert correction.fact in result.facts


def test_a_value_from_other_reporting_is_disputed(base) -> None:  # type: ignore[no-untyped-def]
    result = verdict(base, "Hamas freed 105 hostages during the truce.")
    assert result.verdict == "disputed"
    assert any(n.kind == "also_reported" for _, n in result.notes)
    assert "105" in result.explanation and "100" in result.explanation


def test_notes_of_the_evidence_come_with_the_verdict(base) -> None:  # type: ignore[no-untyped-def]
    result = verdict(base, "The Paris meeting of the fourth round was held on 29 January 2024.")
    assert result.verdict == "supported"
    assert any(n.kind == "also_reported" for _, n in result.notes)


def test_empty_and_contentless_claims(base) -> None:  # type: ignore[no-untyped-def]
    assert verdict(base, "").verdict == "not_enough_info"
    assert verdict(base, "   \t ").verdict == "not_enough_info"
    assert verdict(base, "the of and").verdict == "not_enough_info"


def test_a_number_of_thousands_of_digits_gets_a_verdict(base) -> None:  # type: ignore[no-untyped-def]
    assert verdict(base, f"Hamas freed {'9' * 5000} hostages.").verdict in VERDICTS
    assert verdict(base, f"{'1' * 400}th round").verdict in VERDICTS


def test_a_megabyte_claim_is_read_in_part(base) -> None:  # type: ignore[no-untyped-def]
    result = verdict(base, "Russia abstained. " * 60_000)
    assert result.verdict in VERDICTS


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gets_a_verdict(text: str) -> None:
    result = check(load_facts(), text)
    assert result.verdict in VERDICTS
    assert isinstance(result.explanation, str) and result.explanation


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "14",
                "十四",
                "2024-06-10",
                "6月10日",
                "Russia",
                "俄罗斯",
                "not",
                "没有",
                "abstained",
                "弃权",
                "[bold]",
                "\x1b[31m",
                "phase",
                "第一阶段",
                " ",
                "，",
            ]
        ),
        max_size=12,
    )
)
def test_fragments_of_real_claims_get_a_verdict(parts: list[str]) -> None:
    assert check(load_facts(), " ".join(parts)).verdict in VERDICTS


@pytest.mark.parametrize(
    "claim",
    [
        "第五轮谈判于2024年86月7日开始。",
        "The truce began on 2023-02-30.",
        "0月41日停火",
        "Resolution 2735 passed on June 31, 2024.",
    ],
)
def test_impossible_dates_in_a_claim_get_a_verdict(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    assert verdict(base, claim).verdict in VERDICTS


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789-/年月日号十四二百停火以色列哈马斯 June", max_size=40))
def test_number_and_date_shaped_text_gets_a_verdict(text: str) -> None:
    assert check(load_facts(), text).verdict in VERDICTS
