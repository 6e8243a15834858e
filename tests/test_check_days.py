"""Days: which fact's day a claim's date is judged by — a part of an event that lasted
several days has no day of the whole's to borrow, and "on 22 October, the day after the
disaster" is the day of the claim's own deed, not of another's."""

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check import Checker
from factcheck.loader import load_facts

from .conftest import assert_verdict

SALTMARSH_FIRE = """format = 1

[[facts]]
id = "fire"
kind = "event"
start = 1911-06-01
end = 1911-06-04
source = ["¶1"]
text.en = "The Saltmarsh fire burned from 1 June to 4 June 1911."
text.zh = "索尔特马什大火从1911年6月1日烧到6月4日。"
aliases.en = ["Saltmarsh fire", "fire"]
aliases.zh = ["索尔特马什大火", "大火"]

[[facts]]
id = "buildings-lost"
kind = "count"
source = ["¶2"]
part_of = "fire"
text.en = "The fire destroyed the Corn Exchange and the library."
text.zh = "大火烧毁了谷物交易所和图书馆。"
aliases.en = ["buildings lost"]
aliases.zh = ["被毁建筑"]

[[facts]]
id = "exchange-fell"
kind = "event"
date = 1911-06-03
source = ["¶3"]
part_of = "fire"
text.en = "The Corn Exchange fell on 3 June 1911."
text.zh = "谷物交易所于1911年6月3日倒塌。"
aliases.en = ["Corn Exchange"]
aliases.zh = ["谷物交易所"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Corn Exchange was destroyed on 1 June 1911.", "not_enough_info"),
        ("The library was destroyed on 4 June 1911.", "not_enough_info"),
        ("谷物交易所于1911年6月1日被烧毁。", "not_enough_info"),
        ("The library was destroyed in June 1911.", "supported"),
        ("By 4 June 1911 the fire had destroyed the library.", "supported"),
        ("The fire destroyed the library.", "supported"),
        ("The Saltmarsh fire burned from 1 June to 4 June 1911.", "supported"),
    ],
)
def test_a_part_of_an_event_of_several_days_takes_none_of_its_days(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fire burned 1-4 June and destroyed the Corn Exchange, whose fact has no day: "it
    was destroyed on 1 June" is not backed by the fire's first day (it had been supported;
    the Exchange fell on the 3rd). A month the whole lies in still backs it."""
    assert_verdict(own(SALTMARSH_FIRE).check(claim), expected)


@pytest.fixture(scope="module")
def aberfan() -> Checker:
    """The checker of the Aberfan topic's fact file (a new user's, in benchmarks/topics)."""
    path = Path(__file__).parent.parent / "benchmarks" / "topics" / "aberfan" / "facts.toml"
    return Checker(load_facts([path]))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Harold Wilson visited Aberfan on 22 October, the day after the disaster.", "refuted"),
        ("哈罗德·威尔逊在灾难次日（10月22日）到阿伯凡视察。", "refuted"),
        ("Prince Philip visited Aberfan on 22 October, the day after the disaster.", "supported"),
    ],
)
def test_the_day_after_an_event_is_the_day_of_the_claims_own_doer(
    aberfan: Checker, claim: str, expected: str
) -> None:
    """Wilson came on the evening of the disaster, Prince Philip the day after: "Wilson
    visited on 22 October, the day after" had been backed by Philip's visit, whose fact
    says both the day and the order (hunt 33). Each side of an order must be its fact's
    deed by its fact's doer."""
    assert_verdict(aberfan.check(claim), expected)


def test_the_day_after_what_a_chinese_clause_says_keeps_its_subject_on_that_side() -> None:
    """普京在维佳耶沃会见家属的第二天: Putin is the subject of the meeting, the reference of
    the order, not of the day of mourning after it (the doer check above must not take him
    for the mourning day's own doer)."""
    path = Path(__file__).parent.parent / "benchmarks" / "topics" / "kursk" / "facts.toml"
    checker = Checker(load_facts([path]))
    claim = "普京在维佳耶沃会见家属的第二天，即8月23日，是全国哀悼日。"
    assert_verdict(checker.check(claim), "supported")


BOARD_REPORT_MONTH = """format = 1

[[facts]]
id = "place-varnley"
kind = "place"
source = ["¶1"]
text.en = "Varnley, a mill town on the river Tolt."
text.zh = "瓦恩利：托尔特河畔的一座磨坊小镇。"
aliases.en = ["Varnley"]
aliases.zh = ["瓦恩利"]

[[facts]]
id = "party-board"
kind = "party"
source = ["¶1"]
text.en = "The county Board of Works."
text.zh = "县工务局。"
aliases.en = ["Board of Works"]
aliases.zh = ["工务局"]

[[facts]]
id = "report"
kind = "document"
month = "1930-11"
source = ["¶2"]
text.en = "The Board of Works published a report warning that Varnley's bridge was unsafe."
text.zh = "工务局发布一份报告，警告瓦恩利的大桥不安全。"
aliases.en = ["report"]
aliases.zh = ["报告"]

[facts.values]
actor = "party-board"
target = ["place-varnley"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Board of Works announced a report in November 1930.", "supported"),
        ("工务局于1930年11月发布了一份报告。", "supported"),
        ("工务局于1930年12月发布了一份报告。", "not_enough_info"),
        ("The Board of Works announced a report in early November 1930.", "not_enough_info"),
        ("瓦恩利于1930年11月发布了一份报告。", "not_enough_info"),
    ],
)
def test_a_deed_known_only_to_its_month_has_that_month_for_its_date(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A report dated only `month = "1930-11"`, whose words say it was issued: "announced in
    November 1930" is its date (the verb's `date` field had found no day, so the true claim
    was not_enough_info). Not a part of the month ("early November"), nor where the claim's
    doer is the report's `target` (a reviewer's false supports)."""
    assert_verdict(own(BOARD_REPORT_MONTH).check(claim), expected)
