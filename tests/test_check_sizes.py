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
aliases.zh = ["812号班机", "奥拉航空812号班机"]

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
        ("奥拉航空812号班机载有64人。", "supported"),
        ("奥拉航空812号班机载有70人。", "refuted"),
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

[fields.searchers]
type = "quantity"
en = "how many searched"
zh = "搜寻人数"

[[facts]]
id = "tessa"
kind = "party"
source = ["¶1"]
text.en = "The Tessa, a steam collier launched in June 1905."
text.zh = "泰莎号：1905年6月下水的蒸汽运煤船。"
aliases.en = ["Tessa"]
aliases.zh = ["泰莎号"]

[[facts]]
id = "tessa-boats"
kind = "count"
part_of = "tessa"
source = ["¶1"]
text.en = "The Tessa carried four lifeboats."
text.zh = "泰莎号配有四艘救生艇。"

[facts.values]
count = { value = 4, unit = "lifeboats" }

[[facts]]
id = "tessa-lost"
kind = "event"
date = 1911-02-04
part_of = "tessa"
source = ["¶2"]
text.en = "The Tessa sank in a single hour, and only a single lifeboat was launched."
text.zh = "泰莎号在一个小时内沉没，只放下了一艘救生艇。"

[[facts]]
id = "search"
kind = "event"
date = 1911-02-05
source = ["¶3"]
text.en = "Some 1,950 people searched the shore for survivors."
text.zh = "约1950人在岸边搜寻幸存者。"

[facts.values]
searchers = { value = 1950, unit = "people" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tessa had a single lifeboat.", "refuted"),
        ("The Tessa had one single lifeboat.", "refuted"),
        ("泰莎号上有两艘救生艇。", "refuted"),
        ("泰莎号上有四艘救生艇。", "supported"),
        ("The Tessa had four lifeboats.", "supported"),
        ("The Tessa sank in a single hour.", "supported"),
    ],
)
def test_a_single_one_is_a_count(own: Callable[[str], Checker], claim: str, expected: str) -> None:
    """ "a single lifeboat" had been read as "a lifeboat", no count, and backed by the words;
    the Tessa's typed count judges it, though another statement holds "a single lifeboat"
    (one launched), and a count of searchers, of whom the claim does not speak, does not
    stop it."""
    assert_verdict(own(TESSA).check(claim), expected)


KELL_FERRY = """format = 1

[lexicon.units.people]
en = ["people", "persons"]
zh = ["人", "名"]

[fields.searchers]
type = "quantity"
en = "how many searched"
zh = "搜寻人数"

[[facts]]
id = "party-kell"
kind = "party"
source = ["¶1"]
text.en = "The Kell ferry, licensed for 120 people."
text.zh = "凯尔渡轮：核准载客120人。"
aliases.en = ["Kell ferry"]
aliases.zh = ["凯尔渡轮"]

[facts.values]
count = { value = 120, unit = "people" }

[[facts]]
id = "kell-trip"
kind = "event"
date = 1912-05-04
part_of = "party-kell"
source = ["¶2"]
text.en = "On 4 May 1912 the Kell ferry carried 85 people."
text.zh = "1912年5月4日，凯尔渡轮载有85人。"

[facts.values]
count = { value = 85, unit = "people" }

[[facts]]
id = "kell-capsized"
kind = "event"
date = 1912-05-04
part_of = "kell-trip"
source = ["¶3"]
text.en = "The Kell ferry capsized off Tarn Point; 20 people drowned."
text.zh = "凯尔渡轮在塔恩角外倾覆，20人溺亡。"

[facts.values]
killed = { value = 20, unit = "people" }

[[facts]]
id = "search"
kind = "event"
date = 1912-05-05
source = ["¶4"]
text.en = "Some 1,950 people searched the shore for survivors of the Kell ferry."
text.zh = "约1950人在岸边搜寻凯尔渡轮的幸存者。"

[facts.values]
searchers = { value = 1950, unit = "people", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Kell ferry carried 85 people.", "supported"),
        ("1912年5月4日，凯尔渡轮载有85人。", "supported"),
        ("The Kell ferry carried 1,950 people.", "not supported"),
        ("The Kell ferry carried 20 people.", "not supported"),
    ],
)
def test_a_size_is_not_taken_from_a_toll_nor_overrides_a_parts_own_count(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A trip's own typed count (85, part of the ferry's 120) backs its words, though the
    ferry's count is the whole's; a toll's fact gives no size but its `count`, and a count
    of searchers whose words name the ferry is no size of it (a review's findings)."""
    verdict = own(KELL_FERRY).check(claim).verdict
    assert verdict == expected if expected == "supported" else verdict != "supported"
