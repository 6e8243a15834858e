"""Search: terms in both languages, numbers, dates, filters, ranking."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.loader import load_facts
from factcheck.lookup import make_filter
from factcheck.search import search

from .conftest import MINI


@pytest.fixture(scope="module")
def base():  # type: ignore[no-untyped-def]
    return load_facts([MINI])


def ids(hits):  # type: ignore[no-untyped-def]
    return [h.fact.id for h in hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("unsc-2735-vote", "unsc-2735-vote"),
        ("abstention", "unsc-2735-vote"),
        ("弃权", "unsc-2735-vote"),
        ("Russia", "party-russia"),
        ("俄罗斯", "party-russia"),
        ("truce", "truce-2023-11"),
        ("休战", "truce-2023-11"),
        ("十四", "unsc-2735-vote"),
        ("fourteen", "unsc-2735-vote"),
        ("14", "unsc-2735-vote"),
        ("１４", "unsc-2735-vote"),
        ("ABSTENTION", "unsc-2735-vote"),
        ("ｔｒｕｃｅ", "truce-2023-11"),
    ],
)
def test_first_hit(base, query: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert ids(search(base, query))[0] == expected


@pytest.mark.parametrize(
    "query",
    [
        "2024-06-10",
        "June 10, 2024",
        "10 June 2024",
        "2024年6月10日",
        "6月10日",
        "2024/6/10",
        "10.6.2024",
        "10.06.2024",
    ],
)
def test_dates_in_every_form_find_the_same_facts(base, query: str) -> None:  # type: ignore[no-untyped-def]
    assert set(ids(search(base, query))) == {"unsc-2735", "unsc-2735-vote"}


def test_a_date_inside_a_period_finds_the_period(base) -> None:  # type: ignore[no-untyped-def]
    assert "truce-2023-11" in ids(search(base, "2023-11-27"))


def test_a_number_in_a_quantity_and_its_parts(base) -> None:  # type: ignore[no-untyped-def]
    assert ids(search(base, "100")) == ["truce-2023-11"]
    assert "truce-2023-11" in ids(search(base, "3"))


def test_more_words_rank_the_better_match_first(base) -> None:  # type: ignore[no-untyped-def]
    hits = search(base, "Russia abstention vote")
    assert ids(hits)[0] == "unsc-2735-vote"
    assert hits[0].score > hits[-1].score


def test_filters_and_limit(base) -> None:  # type: ignore[no-untyped-def]
    votes = make_filter(base, kinds=["vote"]).keep
    assert ids(search(base, "2735", keep=votes)) == ["unsc-2735-vote"]
    unsc = make_filter(base, tags=["unsc"]).keep
    assert len(search(base, "2024-06-10", keep=unsc, limit=1)) == 1
    assert search(base, "truce", keep=make_filter(base, kinds=["person"]).keep) == []


def test_nothing_matches_gibberish(base) -> None:  # type: ignore[no-untyped-def]
    assert search(base, "zzqx") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_list(text: str) -> None:
    hits = search(load_facts([Path(MINI)]), text)
    assert isinstance(hits, list)
    assert all(h.score > 0 for h in hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("released", "release"),
        ("abstaining", "abstain"),
        ("hostages", "hostage"),
        ("abstained", "abstains"),
    ],
)
def test_word_forms_match(a: str, b: str) -> None:
    from factcheck.textnorm import words

    assert words(a) == words(b)


def test_a_misspelt_word_falls_back_to_the_closest(base) -> None:  # type: ignore[no-untyped-def]
    assert ids(search(base, "abstentoin"))[0] == "unsc-2735-vote"


def test_an_impossible_date_is_refused(base) -> None:  # type: ignore[no-untyped-def]
    from factcheck.errors import FactcheckError

    with pytest.raises(FactcheckError, match="not a valid date"):
        search(base, "2024-02-30")


def test_ordinals_and_numerals_inside_chinese_words(base) -> None:  # type: ignore[no-untyped-def]
    assert ids(search(base, "十四票"))[0] == "unsc-2735-vote"


@pytest.mark.parametrize("query", ["10.6.2024", "10.06.2024"])
def test_a_dotted_date_on_the_command_line_is_day_month_year(runner, query: str) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt
    import json

    from factcheck.cli import app

    result = runner.invoke(app, ["search", query, "--json", "--limit", "50"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert {"unsc-2735", "unsc-2735-vote"} <= {f["id"] for f in found}
    days = {f["date"] for f in found if f["date"]}
    assert dt.date(2024, 6, 16).isoformat() not in days  # not 16 June (10.6 read as a number)


@pytest.mark.parametrize("query", ["1.5", "2.4 times"])
def test_a_decimal_is_searched_as_a_number_not_a_date(base, query: str) -> None:  # type: ignore[no-untyped-def]
    from factcheck.search import query_terms
    from factcheck.textnorm import normalize

    terms = query_terms(normalize(query))
    assert not [t for t in terms if t.startswith("@")]
    assert any(t.startswith("#") for t in terms)


LONG_QUERIES = st.one_of(
    st.text(max_size=80),
    st.from_regex(r"\A\d{1,10000}\Z"),
    st.builds(
        lambda piece, n, tail: piece * n + tail,
        st.sampled_from(["一", "九", "〇", "1", "14", "hundred ", "十", "万"]),
        st.one_of(st.integers(min_value=1, max_value=6000), st.sampled_from([400, 4400, 6000])),
        st.sampled_from(["", "天", " days", ".6.2024"]),
    ),
)


@settings(max_examples=100, deadline=None)
@given(LONG_QUERIES)
def test_long_digit_runs_and_any_text_answer_or_raise_a_user_error(text: str) -> None:
    from factcheck.errors import FactcheckError

    try:
        hits = search(load_facts([Path(MINI)]), text)
    except (ValueError, FactcheckError) as exc:  # an impossible date, said in one line
        assert "Exceeds the limit" not in str(exc)
        return
    assert isinstance(hits, list)


def test_an_index_built_over_every_core_is_the_one_built_in_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large base is indexed by forked workers; the index is the same, fact for fact."""
    from factcheck import search
    from factcheck.loader import load_facts

    base = load_facts(None)
    alone = search.SearchIndex(base)
    monkeypatch.setattr(search, "PARALLEL_FROM", 1)
    spread = search.SearchIndex(base)
    assert spread.postings == alone.postings and len(alone.postings) > 1000
    assert (spread.names, spread.periods, spread.lengths) == (
        alone.names,
        alone.periods,
        alone.lengths,
    )
