"""The phrase matcher every reading starts from: leftmost-longest, without overlaps, a
description giving way to a name its noun begins."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from factcheck.textnorm import PhraseMatcher, normalize


def _found(phrases: list[str], text: str) -> list[str]:
    return [p for _, _, p in PhraseMatcher.of(phrases).finditer(normalize(text))]


def test_a_description_gives_way_to_the_name_its_noun_begins() -> None:
    """ "the town" (a name of one town) in "the town of Tarn" (a name of another)."""
    assert _found(["the town", "town of tarn"], "Killed in the town of Tarn.") == ["town of tarn"]
    assert _found(["the town", "town of tarn"], "Killed in the town.") == ["the town"]


def test_elsewhere_the_first_of_two_overlapping_phrases_stands() -> None:
    assert _found(["us president", "president biden"], "US President Biden spoke.") == [
        "us president"
    ]
    assert _found(["这次", "次喷发"], "这次喷发") == ["这次"]


_WORDS = st.sampled_from(["the", "town", "of", "tarn", "mell", "us", "president", "小", "镇"])


@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=3), max_size=6),
    st.lists(_WORDS, max_size=12),
)
def test_matches_are_phrases_where_they_stand_and_never_overlap(
    phrases: list[list[str]], words: list[str]
) -> None:
    names = [" ".join(p) for p in phrases]
    text = " ".join(words)
    found = PhraseMatcher.of(names).finditer(text)
    for start, end, phrase in found:
        assert phrase in names and text[start:end] == phrase
    spans = sorted((s, e) for s, e, _ in found)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
