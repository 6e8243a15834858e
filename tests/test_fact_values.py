"""`check --fact ID field=value`: a value is read in every form `check` reads in a claim
(dates, number words, Chinese numerals, quantities with units, durations), then compared
with the fact's typed value."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.batch import check_fields
from factcheck.cli import app
from factcheck.errors import FactcheckError
from factcheck.loader import load_facts


def fact_check(runner: CliRunner, fact: str, *pairs: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["check", "--fact", fact, *pairs, "--json"])


@pytest.fixture(scope="module")
def base():  # type: ignore[no-untyped-def]
    return load_facts()  # the embedded base, loaded after conftest moved HOME and the cache


TRUE = [
    ("unsc-2735", "date=2024-06-10"),
    ("unsc-2735", "date=June 10 2024"),
    ("unsc-2735", "date=June 10, 2024"),
    ("unsc-2735", "date=10 June 2024"),
    ("unsc-2735", "date=2024年6月10日"),
    ("unsc-2735", "date=10.6.2024"),
    ("unsc-2735", "date=10.06.2024"),
    ("unsc-2735", "date=June 2024"),  # a part of the date, as check reads "in June 2024"
    ("unsc-2735-vote", "for=14"),
    ("unsc-2735-vote", "for=fourteen"),
    ("unsc-2735-vote", "for=十四"),
    ("unsc-2735-vote", "for=１４"),
    ("unsc-2735-vote", "for=14 votes"),
    ("unsc-2735-vote", "for=十四票"),
    ("unsc-2735-vote", "abstain=one"),
    ("unsc-2735-vote", "abstainers=Russia"),
    ("unsc-2735-vote", "abstainers=party-russia"),
    ("truce-2023-11-hostages-released", "released=100"),
    ("truce-2023-11-hostages-released", "released=100 hostages"),
    ("truce-2023-11-hostages-released", "released=one hundred hostages"),
    ("truce-2023-11-hostages-released", "released=100名人质"),
    ("truce-2023-11-total", "duration=8 days"),
    ("truce-2023-11-total", "duration=eight days"),
    ("truce-2023-11-total", "duration=八天"),
    ("truce-2023-11-total", "duration=8"),
    ("hostages-held-2024-01", "held=more than 130 hostages"),
    ("hostages-held-2024-01", "held=130多名人质"),
    ("pause-2024-06", "daily_start=08:00"),
    ("pause-2024-06", "daily_start=8:00"),
    ("pause-2024-06", "daily_duration=11 hours"),
    ("truce-2023-11", "start=24.11.2023"),
    ("truce-2023-11", "extensions=3 days, 1 day"),
]


@pytest.mark.parametrize(("fact", "pair"), TRUE, ids=[p for _, p in TRUE])
def test_a_true_value_in_any_form_is_supported(runner: CliRunner, fact: str, pair: str) -> None:
    result = fact_check(runner, fact, pair)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verdict"] == "supported"


def test_several_fields_in_several_forms(runner: CliRunner) -> None:
    result = fact_check(runner, "unsc-2735-vote", "for=fourteen", "abstain=一", "date=10.6.2024")
    assert result.exit_code == 0, result.output


FALSE = [
    ("unsc-2735-vote", "for=13", "for", "14"),
    ("unsc-2735-vote", "for=thirteen", "for", "14"),
    ("unsc-2735-vote", "for=十三", "for", "14"),
    ("unsc-2735", "date=2024-06-11", "date", "2024-06-10"),
    ("unsc-2735", "date=11 June 2024", "date", "2024-06-10"),
    ("unsc-2735", "date=11.6.2024", "date", "2024-06-10"),
    ("unsc-2735", "date=6.10.2024", "date", "2024-06-10"),  # 6 October, not June 10
    ("unsc-2735", "date=July 2024", "date", "2024-06-10"),
    ("unsc-2735-vote", "abstainers=the United States", "abstainers", "Russia (party-russia)"),
    ("truce-2023-11-hostages-released", "released=99 hostages", "released", "100 hostages"),
    ("truce-2023-11-hostages-released", "released=100 prisoners", "released", "100 hostages"),
    ("truce-2023-11-total", "duration=6 days", "duration", "8 days (4 + 3 + 1)"),
    ("truce-2023-11-total", "duration=六天", "duration", "8 days (4 + 3 + 1)"),
    ("hostages-held-2024-01", "held=100 hostages", "held", "more than 130 hostages"),
    ("pause-2024-06", "daily_start=9:00", "daily_start", "08:00"),
]


@pytest.mark.parametrize(
    ("fact", "pair", "field", "actual"), FALSE, ids=[p for _, p, _, _ in FALSE]
)
def test_a_wrong_value_is_refuted_with_field_actual_and_claimed(
    runner: CliRunner, fact: str, pair: str, field: str, actual: str
) -> None:
    result = fact_check(runner, fact, pair)
    assert result.exit_code == 1, result.output
    record = json.loads(result.stdout)
    assert record["verdict"] == "refuted"
    claimed = pair.partition("=")[2]
    assert record["corrections"] == [
        {"fact": fact, "field": field, "claimed": claimed, "actual": actual}
    ]
    assert record["explanation"] == f"{field} is {actual}, not {claimed}."


def test_one_wrong_field_among_right_ones_is_refuted(runner: CliRunner) -> None:
    result = fact_check(runner, "unsc-2735-vote", "for=fourteen", "abstain=2")
    assert result.exit_code == 1
    assert [c["field"] for c in json.loads(result.stdout)["corrections"]] == ["abstain"]


UNREADABLE = [
    ("unsc-2735", "date=banana", "as a date"),
    ("unsc-2735", "date=10/6/2024", "as a date"),  # June or October: not said
    ("unsc-2735", "date=2024-02-30", "as a date"),
    ("unsc-2735-vote", "for=many", "as a number"),
    ("unsc-2735-vote", "for=14-0-1", "as a number"),
    ("truce-2023-11-total", "duration=a while", "as a number"),
    ("pause-2024-06", "daily_start=breakfast", "as a time"),
]


@pytest.mark.parametrize(
    ("fact", "pair", "fragment"), UNREADABLE, ids=[p for _, p, _ in UNREADABLE]
)
def test_an_unreadable_value_is_a_usage_error(
    runner: CliRunner, fact: str, pair: str, fragment: str
) -> None:
    result = runner.invoke(app, ["check", "--fact", fact, pair])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: "), result.stderr
    assert repr(pair.partition("=")[2]) in lines[0] and fragment in lines[0]
    assert "Traceback" not in result.output


def test_the_library_reads_values_the_same_way(base) -> None:  # type: ignore[no-untyped-def]
    assert check_fields(base, "unsc-2735", ["date=June 10 2024"]).verdict == "supported"
    assert check_fields(base, "unsc-2735-vote", ["for=fourteen"]).verdict == "supported"
    assert check_fields(base, "truce-2023-11-total", ["duration=八天"]).verdict == "supported"
    wrong = check_fields(base, "unsc-2735-vote", ["for=13"])
    assert wrong.verdict == "refuted"
    assert [(c.field, c.actual, c.claimed) for c in wrong.corrections] == [("for", "14", "13")]
    with pytest.raises(FactcheckError, match="cannot read 'many' as a number"):
        check_fields(base, "unsc-2735-vote", ["for=many"])


def test_a_huge_number_is_read_without_a_traceback(runner: CliRunner) -> None:
    result = fact_check(runner, "unsc-2735-vote", "for=" + "14" * 50_000)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (1, 2)


FIELDS = [
    ("unsc-2735", "date"),
    ("unsc-2735-vote", "for"),
    ("unsc-2735-vote", "abstainers"),
    ("truce-2023-11", "extensions"),
    ("truce-2023-11-total", "duration"),
    ("pause-2024-06", "daily_start"),
    ("hostages-held-2024-01", "held"),
]


@settings(max_examples=150, deadline=None)
@given(
    field=st.sampled_from(FIELDS),
    text=st.one_of(
        st.text(max_size=40),
        st.from_regex(r"\A\d{1,10000}\Z"),
        st.text(alphabet="0123456789.,:-/ 年月日天十四一百万多名人质daysJunehostage", max_size=30),
    ),
)
def test_any_value_gives_a_verdict_or_a_usage_error(
    base, field: tuple[str, str], text: str
) -> None:  # type: ignore[no-untyped-def]
    fact, name = field
    try:
        verdict = check_fields(base, fact, [f"{name}={text}"])
    except FactcheckError as exc:
        assert "cannot read" in str(exc) or "is not field=value" in str(exc)
        return
    assert verdict.verdict in ("supported", "refuted", "disputed")


def test_a_field_the_fact_leaves_empty_is_said_plainly(runner: CliRunner) -> None:
    base = load_facts()
    undated = next(f for f in base if f.date is None and f.start is not None)
    result = runner.invoke(app, ["check", "--fact", undated.id, "date=2023-11-24"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip() == f"factcheck: {undated.id} has no date"
    zh = runner.invoke(app, ["check", "--lang", "zh", "--fact", undated.id, "date=2023-11-24"])
    assert zh.stderr.strip() == f"factcheck: {undated.id} 没有 date"


@pytest.mark.parametrize(
    ("fact", "pair"),
    [
        ("truce-2023-11", "duration=7 days"),
        ("truce-2023-11-total", "duration=七天"),
        ("truce-2023-11-hostages-released", "released=105 hostages"),
    ],
)
def test_the_value_other_reporting_gives_is_disputed_as_check_says(
    runner: CliRunner, fact: str, pair: str
) -> None:
    result = fact_check(runner, fact, pair)
    record = json.loads(result.stdout)
    assert result.exit_code == 3 and record["verdict"] == "disputed"
    assert record["explanation"].startswith("The article says ")
    claim = runner.invoke(app, ["check", "--json", "The truce lasted seven days."])
    assert json.loads(claim.stdout)["verdict"] == "disputed"  # the same answer as a claim


def test_an_unknown_fact_id_is_a_usage_error_not_a_refutation(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--fact", "no-such-fact", "for=14"])
    assert result.exit_code == 2 and "no fact with id 'no-such-fact'" in result.stderr


@pytest.mark.parametrize(
    ("value", "said"),
    [(2209, "2,209 people"), (2208.0, "2,208 people"), (999, "999 people"), (1.5, "1.5 people")],
)
def test_an_amount_sets_off_its_thousands_from_four_digits(value: float, said: str) -> None:
    """`show` gave a note's 2208 people beside the fact's 2,209: an amount with a unit is no
    year, so its thousands are set off from four digits (a bare 2024 stays a year)."""
    from factcheck.facts import Quantity, format_number

    assert Quantity(value, "people").describe() == said
    assert format_number(2024) == "2024"
