"""What was meant to be and was not: a deed a fact's words say only after "should have",
"was supposed to" or 本应该 backs no claim that it was done; the things they name, and what
else their clause says was done, still back."""

from collections.abc import Callable

import pytest

from factcheck.check import Checker

from .conftest import assert_verdict

TESSA_PUMP = """format = 1

[[facts]]
id = "flooding"
kind = "event"
date = 1911-02-04
source = ["¶1"]
text.en = "The Tessa's bilge pump should have started automatically when the hold flooded, but it jammed."
text.zh = "货舱进水时，泰莎号的舱底泵本应该自动启动，但它卡住了。"
aliases.en = ["bilge pump"]
aliases.zh = ["舱底泵"]

[[facts]]
id = "door"
kind = "event"
date = 1911-02-04
source = ["¶2"]
text.en = "The Tessa's watertight door was supposed to close, but a crate held it open."
text.zh = "泰莎号的水密门本应该关闭，但一个木箱把它卡在敞开的位置。"

[[facts]]
id = "radio"
kind = "event"
date = 1911-02-04
source = ["¶3"]
text.en = "The radio operator was supposed to send a distress call at midnight but sent it at 1 a.m."
text.zh = "报务员本应该在午夜发出求救信号，但直到凌晨1点才发出。"

[[facts]]
id = "survey"
kind = "event"
date = 1911-03-10
source = ["¶5"]
text.en = "Divers examined the Tessa and found no sign that the hull had cracked."
text.zh = "潜水员检查了泰莎号，没有发现船体破裂的迹象。"

[[facts]]
id = "patrol"
kind = "event"
date = 1911-02-05
source = ["¶4"]
text.en = "Japan's emergency office sent two patrol boats to join the search."
text.zh = "日本应急部门派出两艘巡逻船参与搜寻。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tessa's bilge pump started automatically.", "not_enough_info"),
        ("泰莎号的舱底泵自动启动了。", "not_enough_info"),
        ("The Tessa's watertight door closed.", "not_enough_info"),
        ("泰莎号的水密门关闭了。", "not_enough_info"),
        ("Divers found that the Tessa's hull had cracked.", "not_enough_info"),
    ],
)
def test_a_deed_only_meant_is_not_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "should have started", "was supposed to close", 本应该关闭: the deed was meant; "found
    no sign that the hull had cracked": looked for, not found. The fact's words had backed
    the claim that it was done."""
    assert_verdict(own(TESSA_PUMP).check(claim), expected)


@pytest.mark.parametrize(
    "claim",
    [
        "The Tessa's bilge pump jammed.",
        "The Tessa's hold flooded.",
        "The radio operator sent a distress call at 1 a.m.",
        "日本派出两艘巡逻船参与搜寻。",
        "Divers examined the Tessa.",
    ],
)
def test_what_was_done_beside_what_was_meant_still_backs(
    own: Callable[[str], Checker], claim: str
) -> None:
    """The pump jammed, the hold flooded (a `when` clause is had), the call went out (its
    noun named under "supposed to", its deed after "but"), and 日本应急 holds no 本应."""
    assert_verdict(own(TESSA_PUMP).check(claim), "supported")
