"""Denials said of everyone ("no one died", 无人生还): what one who did the opposite shows,
and what it does not."""

from collections.abc import Callable

import pytest

from factcheck.check import Checker

from .conftest import assert_verdict

SQUALL = """format = 1

[fields.survivors]
type = "refs"
en = "who came through alive"
zh = "幸存者"

[[facts]]
id = "person-orme"
kind = "person"
source = ["¶1"]
text.en = "Tam Orme, the ferry's cook."
text.zh = "塔姆·奥姆，渡船的厨师。"
aliases.en = ["Orme", "Tam Orme"]
aliases.zh = ["奥姆"]

[[facts]]
id = "party-linnet"
kind = "party"
source = ["¶1"]
text.en = "The Linnet, a small passenger ferry on Loch Garve."
text.zh = "红雀号，加尔夫湖上的一艘小型客渡船。"
aliases.en = ["Linnet", "the ferry"]
aliases.zh = ["红雀号"]

[[facts]]
id = "capsize"
kind = "event"
date = 1911-03-02
source = ["¶1"]
text.en = "The ferry Linnet capsized in a squall on Loch Garve."
text.zh = "渡船红雀号在加尔夫湖遇上暴风后倾覆。"
aliases.en = ["Linnet disaster", "capsize", "capsized"]
aliases.zh = ["红雀号事故", "倾覆"]

[facts.values]
actor = "party-linnet"

[[facts]]
id = "aftermath"
kind = "event"
source = ["¶2"]
part_of = "capsize"
text.en = "Those who survived the Linnet disaster, the cook Orme among them, were taken to Garve."
text.zh = "红雀号事故的幸存者（包括厨师奥姆）被送往加尔夫。"
aliases.en = ["aftermath"]
aliases.zh = ["善后"]

[facts.values]
survivors = ["person-orme"]

[[facts]]
id = "death-toll"
kind = "count"
source = ["¶2"]
part_of = "capsize"
text.en = "Fourteen passengers died in the capsize."
text.zh = "倾覆造成14名乘客死亡。"
aliases.en = ["death toll", "dead"]
aliases.zh = ["死亡人数"]

[facts.values]
killed = { value = 14, unit = "passengers" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("No one died in the Linnet disaster.", "refuted"),
        ("No one survived the Linnet disaster.", "refuted"),
        ("Orme survived the Linnet disaster.", "supported"),
    ],
)
def test_a_survivor_does_not_show_that_no_one_died(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "No one died" had been backed by the survivors' fact (a survivor did not die), and "no
    one survived" by the dead's: denied of everyone, the opposite of one does not back it,
    and the fact that says some did it refutes it."""
    assert_verdict(own(SQUALL).check(claim), expected)


@pytest.mark.parametrize("claim", ["红雀号事故中无人死亡。", "红雀号事故中无人生还。"])
def test_no_one_in_chinese_is_never_backed_by_the_opposite(
    own: Callable[[str], Checker], claim: str
) -> None:
    """无人死亡, 无人生还 are denials of everyone too (无人 is read whole, not as 无 and a 人
    to back): neither the survivors nor the dead back them."""
    assert own(SQUALL).check(claim).verdict != "supported"


CARGO = """format = 1

[lexicon.units.crates]
en = ["crate", "crates"]
zh = ["个货箱", "货箱"]

[lexicon.predicates.retrieve]
en = ["retrieved", "retrieve", "salvaged"]
zh = ["打捞回", "找回"]
fields = ["retrieved"]

[fields.retrieved]
type = "quantity"
en = "how many were retrieved"
zh = "找回的数量"

[fields.lost]
type = "quantity"
en = "how many went overboard"
zh = "落水的数量"

[[facts]]
id = "crates-lost"
kind = "count"
date = 2009-01-14
source = ["¶1"]
text.en = "On 14 January 2009, 200 crates went overboard off Skarp Point; only 30 were retrieved."
text.zh = "2009年1月14日，200个货箱在斯卡普角外海落水，只找回了30个。"
aliases.en = ["crates", "cargo"]
aliases.zh = ["货箱", "货物"]

[facts.values]
lost = { value = 200, unit = "crates" }
retrieved = { value = 30, unit = "crates" }
"""


@pytest.mark.parametrize("claim", ["170 crates were never retrieved.", "没有找回的货箱共170个。"])
def test_a_count_of_those_a_deed_was_not_done_to_is_not_its_count(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "170 crates were never retrieved": the fact's 30 retrieved count the others, so they
    do not refute it (they had)."""
    assert own(CARGO).check(claim).verdict != "refuted"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("30 crates were retrieved.", "supported"), ("40 crates were retrieved.", "refuted")],
)
def test_a_count_said_with_the_deed_is_still_its_count(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    assert_verdict(own(CARGO).check(claim), expected)


DRONE = """format = 1

[[facts]]
id = "drone-crash"
kind = "event"
date = 2030-05-02
source = ["¶1"]
text.en = "An unmanned drone crashed near the Tarn border post on 2 May 2030; two guards were injured."
text.zh = "2030年5月2日，一架无人机在塔恩边境哨所附近坠毁，两名哨兵受伤。"
aliases.en = ["drone crash", "drone"]
aliases.zh = ["无人机坠毁", "无人机"]

[[facts]]
id = "pier-fire"
kind = "event"
date = 2030-06-10
source = ["¶2"]
text.en = "A fire broke out on Dunmore pier on 10 June 2030; no one was hurt."
text.zh = "2030年6月10日，邓莫尔码头起火，没有人员伤亡。"
aliases.en = ["pier fire"]
aliases.zh = ["邓莫尔码头火灾", "码头火灾"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("无人机坠毁。", "supported"),
        ("无人机坠毁时无人受伤。", "not_enough_info"),
        ("邓莫尔码头火灾造成人员伤亡。", "not_enough_info"),
    ],
)
def test_no_one_is_a_word_only_where_no_word_goes_on(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """无人 denies of everyone, but not inside 无人机 (a drone) or 没有人员伤亡 (no casualties),
    whose 没有人 had been read whole: "causing casualties" was backed by the denial of them."""
    assert_verdict(own(DRONE).check(claim), expected)
