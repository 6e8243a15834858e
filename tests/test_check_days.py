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


LOST_TRAWLER = """format = 1

[[facts]]
id = "party-orla"
kind = "party"
source = ["¶1"]
text.en = "The Orla, a trawler owned by the Brenn Company."
text.zh = "奥拉号：布伦公司的一艘拖网渔船。"
aliases.en = ["Orla", "the trawler"]
aliases.zh = ["奥拉号", "拖网渔船"]

[[facts]]
id = "party-brenn"
kind = "party"
source = ["¶1"]
text.en = "The Brenn Company, which owned the Orla."
text.zh = "布伦公司：奥拉号的船东。"
aliases.en = ["Brenn Company"]
aliases.zh = ["布伦公司"]

[[facts]]
id = "trip"
kind = "event"
start = 1908-10-01
end = 1908-10-09
source = ["¶1"]
text.en = "The Orla's last trip: she left Skarra on 1 October 1908 and was lost on 9 October."
text.zh = "奥拉号的最后一次出海：1908年10月1日驶离斯卡拉，10月9日失踪。"
aliases.en = ["last trip", "trip"]
aliases.zh = ["最后一次出海", "出海"]

[facts.values]
actor = "party-brenn"

[[facts]]
id = "aground"
kind = "event"
date = 1908-10-03
part_of = "trip"
source = ["¶2"]
text.en = "On 3 October 1908 the Orla ran aground off Hale Point."
text.zh = "1908年10月3日，奥拉号在黑尔角外搁浅。"
aliases.en = ["ran aground"]
aliases.zh = ["搁浅"]

[facts.values]
actor = "party-orla"

[[facts]]
id = "refloated"
kind = "event"
date = 1908-10-05
part_of = "trip"
after = ["aground"]
source = ["¶2"]
text.en = "The Orla was refloated on 5 October 1908 and sailed on."
text.zh = "1908年10月5日，奥拉号脱浅，继续航行。"
aliases.en = ["refloated"]
aliases.zh = ["脱浅"]

[facts.values]
actor = "party-orla"

[[facts]]
id = "last-signal"
kind = "event"
date = 1908-10-09
part_of = "trip"
source = ["¶3"]
text.en = "The Orla's last signal came on 9 October 1908; then she was lost."
text.zh = "1908年10月9日收到奥拉号最后的信号，此后该船失踪。"
aliases.en = ["last signal"]
aliases.zh = ["最后的信号"]

[facts.values]
actor = "party-orla"

[[facts]]
id = "search-off"
kind = "event"
date = 1908-10-16
part_of = "trip"
after = ["last-signal"]
source = ["¶3"]
text.en = "On 16 October 1908 the Brenn Company called off the search and declared the Orla lost."
text.zh = "1908年10月16日，布伦公司停止搜寻，宣布奥拉号失踪。"
aliases.en = ["search ended", "declared lost"]
aliases.zh = ["停止搜寻", "搜寻结束", "宣布失踪"]

[facts.values]
actor = "party-brenn"

[[facts]]
id = "refit"
kind = "event"
date = 1908-08-03
source = ["¶4"]
text.en = "The refit of the Orla began on 3 August 1908 and ended three weeks later."
text.zh = "奥拉号的改装于1908年8月3日开始，三周后结束。"
aliases.en = ["refit"]
aliases.zh = ["改装"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The refit ended on 3 August 1908.", "not_enough_info"),
        ("改装于1908年8月3日结束。", "not_enough_info"),
        ("The search ended on 16 October 1908.", "supported"),
        ("The search ended on 9 October 1908.", "refuted"),
        ("1908年10月9日，搜寻结束。", "refuted"),
        ("1908年10月16日，搜寻结束。", "supported"),
        ("The last trip ended on 9 October 1908.", "supported"),
        ("The last trip ended on 16 October 1908.", "refuted"),
    ],
)
def test_a_deed_of_one_day_ended_on_its_own_day(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The search ended on 9 October" is the search's day (16 October), not the end of the
    trip it was part of: the wrong day had been supported by the trip's `end` and the right
    one refuted by it. The trip's own name keeps the trip's end, and a fact whose words tell
    of a later step ("ended three weeks later") gives its day to none of them."""
    assert_verdict(own(LOST_TRAWLER).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Orla ran aground on 5 October 1908.", "refuted"),
        ("The Orla ran aground on 3 October 1908.", "supported"),
        ("The Brenn Company declared the Orla lost on 9 October 1908.", "not_enough_info"),
        ("1908年10月9日，布伦公司宣布奥拉号失踪。", "not_enough_info"),
        ("The Brenn Company declared the Orla lost on 16 October 1908.", "supported"),
    ],
)
def test_the_date_is_judged_by_the_fact_of_what_was_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact that ranks first only by the claim's date (the refloating on 5 October, the
    last signal on 9 October) does not back it where another fact says the deed or names
    its doer: that fact's own day judges the date (both had been supported or left open)."""
    assert_verdict(own(LOST_TRAWLER).check(claim), expected)


ORLA_PROBE = """format = 1

[[facts]]
id = "probe-mission"
kind = "event"
start = 1999-01-03
end = 1999-09-25
source = ["¶1"]
text.en = "The Orla Space Agency flew the Kestrel probe to Venus in 1999."
text.zh = "1999年，奥拉航天局将“红隼”号探测器送往金星。"
aliases.en = ["Kestrel mission", "the probe", "the spacecraft"]
aliases.zh = ["红隼任务", "探测器"]

[facts.values]
actor = "party-osa"

[[facts]]
id = "party-osa"
kind = "party"
source = ["¶1"]
text.en = "The Orla Space Agency ran the mission."
text.zh = "奥拉航天局负责该任务。"
aliases.en = ["Orla Space Agency", "OSA"]
aliases.zh = ["奥拉航天局"]

[[facts]]
id = "signal-lost"
kind = "event"
date = 1999-09-23
part_of = "probe-mission"
source = ["¶2"]
text.en = "The probe passed behind Venus and its signal was lost, never to return."
text.zh = "探测器绕到金星背后，信号中断，再也没有恢复。"
aliases.en = ["loss of signal", "signal lost"]
aliases.zh = ["信号中断"]

[[facts]]
id = "orbit-low"
kind = "event"
date = 1999-09-23
part_of = "probe-mission"
source = ["¶3"]
text.en = "The probe had come far lower over Venus than planned and was lost in the atmosphere."
text.zh = "探测器飞越金星时的高度远低于计划，在大气层中丢失。"

[[facts]]
id = "orbit-high"
kind = "event"
date = 1999-09-23
part_of = "probe-mission"
source = ["¶3"]
text.en = "The probe had been meant to pass 140 km above Venus; it was lost on arrival."
text.zh = "探测器原计划在金星上空140公里处飞过，抵达时丢失。"

[[facts]]
id = "search-ended"
kind = "event"
date = 1999-09-25
part_of = "probe-mission"
source = ["¶4"]
text.en = "On 25 September 1999 the agency gave up the search and declared the spacecraft lost."
text.zh = "1999年9月25日，奥拉航天局放弃搜寻，宣布探测器丢失。"

[facts.values]
actor = "party-osa"

[[facts]]
id = "assessment"
kind = "assessment"
date = 1999-09-23
part_of = "probe-mission"
source = ["¶5"]
text.en = "Engineers judged that the spacecraft was lost, burnt up or skipped into space."
text.zh = "工程师判断探测器已经丢失，或被烧毁，或弹入太空。"

[[facts]]
id = "relay-lost"
kind = "event"
date = 1999-09-23
part_of = "probe-mission"
source = ["¶6"]
text.en = "With the spacecraft lost, the lander lost its planned relay."
text.zh = "探测器丢失后，着陆器失去了原定的中继。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The Orla Space Agency declared the spacecraft lost on 23 September 1999.",
            "not supported",
        ),
        ("The Orla Space Agency declared the spacecraft lost on 25 September 1999.", "supported"),
    ],
)
def test_a_declaration_ranked_below_the_facts_of_that_day_still_dates_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The declaring fact had ranked below the facts of the signal's day, which back
    "declared" by their date alone: the declaration's own fact, which says all else and names
    the agency, is found among all the candidates, not only the best five."""
    verdict = own(ORLA_PROBE).check(claim).verdict
    assert verdict == expected if expected == "supported" else verdict != "supported"


VARN_FLOOD = """format = 1

[[facts]]
id = "flood"
kind = "event"
date = 1958-11-20
source = ["¶1"]
text.en = "The great Varn flood began on 20 November 1958, when the river burst its banks at Marrow."
text.zh = "1958年11月20日，瓦恩河在马罗决堤，瓦恩大洪水开始。"
aliases.en = ["Varn flood", "great flood"]
aliases.zh = ["瓦恩大洪水", "大洪水"]

[[facts]]
id = "flood-levee"
kind = "event"
date = 1958-11-23
part_of = "flood"
source = ["¶2"]
text.en = "On 23 November 1958 the east levee gave way."
text.zh = "1958年11月23日，东堤垮塌。"

[[facts]]
id = "strike-ended"
kind = "event"
date = 1959-05-20
source = ["¶3"]
text.en = "The dock stokers ended their strike on 20 May 1959."
text.zh = "1959年5月20日，码头司炉工结束了罢工。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The great Varn flood began on 23 November 1958.", "not supported"),
        ("瓦恩大洪水始于1958年11月23日。", "not supported"),
        ("The great Varn flood began on 20 November 1958.", "supported"),
        ("The east levee gave way on 23 November 1958.", "supported"),
        ("The dock stokers started their strike on 20 May 1959.", "not supported"),
        ("码头司炉工于1959年5月20日开始罢工。", "not supported"),
        ("The dock stokers ended their strike on 20 May 1959.", "supported"),
    ],
)
def test_a_beginning_is_dated_by_what_began(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A verb of beginning had been backed by any fact's day: a part's (the levee gave way
    three days into the flood, under the flood's name) or a fact whose words say the end
    ("ended their strike"). The whole that says all the claim does dates its start, and a
    fact of the other end backs no beginning on its day."""
    verdict = own(VARN_FLOOD).check(claim).verdict
    assert verdict == expected if expected == "supported" else verdict != "supported"
