"""How many a group had ("Flight 812 carried 64 people", 812号班机上有64人): a count said with
a word of having or carrying is judged by the group's typed size, not by a figure of the
same unit that a fact gives for a deed (the crash's toll) or beside other words."""

from collections.abc import Callable

import pytest

from factcheck.check import Checker

from .conftest import assert_verdict

ORLA_FLIGHT = """format = 1

[lexicon.units.people]
en = ["people", "persons"]
zh = ["人", "名"]

[[facts]]
id = "flight-812"
kind = "event"
date = 1961-03-02
source = ["¶1"]
text.en = "On 2 March 1961 Orla Air Flight 812 left Lisbon for Oslo."
text.zh = "1961年3月2日，奥拉航空812号班机从里斯本飞往奥斯陆。"
aliases.en = ["Flight 812"]
aliases.zh = ["812号班机"]

[[facts]]
id = "occupants"
kind = "event"
date = 1961-03-02
part_of = "flight-812"
source = ["¶2"]
text.en = "Flight 812 carried 64 people: 60 passengers and 4 crew."
text.zh = "812号班机载有64人：60名乘客和4名机组人员。"

[facts.values]
count = { value = 64, unit = "people", parts = [60, 4] }

[[facts]]
id = "crash"
kind = "event"
date = 1961-03-02
part_of = "flight-812"
source = ["¶3"]
text.en = "The aircraft came down on a village near Tours."
text.zh = "飞机坠落在图尔附近的一个村庄。"

[[facts]]
id = "deaths"
kind = "event"
date = 1961-03-02
part_of = "crash"
source = ["¶4"]
text.en = "The crash killed 70 people in all: 64 on board and 6 in the village."
text.zh = "这次空难共造成70人死亡：机上64人，村中6人。"

[facts.values]
killed = { value = 70, unit = "people", parts = [64, 6] }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("812号班机载有70人。", "refuted"),
        ("812号班机上有70人。", "refuted"),
        ("812号班机上共有70人。", "refuted"),
        ("Flight 812 carried 70 people.", "refuted"),
        ("There were 70 people on board Flight 812.", "refuted"),
        ("812号班机载有64人。", "supported"),
        ("812号班机上有64人。", "supported"),
        ("Flight 812 carried 64 people.", "supported"),
        ("812号班机空难共造成70人死亡。", "supported"),
        ("The crash killed 70 people.", "supported"),
    ],
)
def test_a_count_of_those_aboard_is_not_the_deaths_toll(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "812号班机载有70人" had been backed by the toll's words (共造成70人死亡); 812号班机
    was read as the number 812 and a word, not the flight's name, and the toll's 70 backed
    the count of those aboard, which the flight's own typed count (64) refutes."""
    assert_verdict(own(ORLA_FLIGHT).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("812号班机载有60名乘客。", "supported"),
        ("Flight 812 carried 60 passengers.", "supported"),
        ("The crash killed 6 people in the village.", "supported"),
    ],
)
def test_a_list_after_a_colon_is_said_with_the_words_before_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "carried 64 people: 60 passengers and 4 crew": the list breaks down the figure before
    the colon, so "carried" is said of 60 passengers too, not only beside another figure."""
    assert_verdict(own(ORLA_FLIGHT).check(claim), expected)


TESSA = """format = 1

[lexicon.units.lifeboats]
en = ["lifeboat", "lifeboats"]
zh = ["艘救生艇"]

[[facts]]
id = "tessa"
kind = "event"
date = 1905-06-01
source = ["¶1"]
text.en = "The steam collier Tessa was launched in June 1905 with four lifeboats."
text.zh = "蒸汽运煤船泰莎号于1905年6月下水，配有四艘救生艇。"
aliases.en = ["the Tessa"]
aliases.zh = ["泰莎号"]

[facts.values]
count = { value = 4, unit = "lifeboats" }

[[facts]]
id = "flooding"
kind = "event"
date = 1911-02-04
source = ["¶2"]
text.en = "The Tessa's bilge pump should have started automatically when the hold flooded, but it jammed."
text.zh = "货舱进水时，泰莎号的舱底泵本应自动启动，但它卡住了。"
aliases.en = ["bilge pump"]
aliases.zh = ["舱底泵"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tessa had a single lifeboat.", "refuted"),
        ("The Tessa had four lifeboats.", "supported"),
    ],
)
def test_a_single_one_is_a_count(own: Callable[[str], Checker], claim: str, expected: str) -> None:
    """ "a single lifeboat" had been read as "a lifeboat", no count, and backed by the words."""
    assert_verdict(own(TESSA).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tessa's bilge pump started automatically.", "not_enough_info"),
        ("泰莎号的舱底泵自动启动了。", "not_enough_info"),
        ("The Tessa's bilge pump jammed.", "supported"),
    ],
)
def test_what_should_have_happened_is_not_said_to_have_happened(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "should have started", 本应自动启动: what was meant to be, as what was sought, backs no
    claim that it was done."""
    assert_verdict(own(TESSA).check(claim), expected)
