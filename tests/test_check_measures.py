"""What a number measures: the field a claim's number is judged by, where a fact types
several amounts in one unit (a ship's length and its mast's height, both in metres)."""

from collections.abc import Callable

import pytest

from factcheck.check import Checker

from .conftest import assert_verdict

TALL_SHIP = """format = 1

[fields.length]
type = "quantity"
en = "how long the ship was"
zh = "船从船首到船尾的全长"

[fields.height]
type = "quantity"
en = "how high the mainmast stood"
zh = "主桅从甲板量起的高度"

[[facts]]
id = "ship-size"
kind = "count"
source = ["¶2"]
text.en = "The Merrow was about 60 metres long and her mainmast stood about 45 metres high."
text.zh = "梅罗号全长约60米，主桅高约45米。"
aliases.en = ["ship size", "mainmast"]
aliases.zh = ["主桅"]

[facts.values]
length = { value = 60, unit = "metres", approx = "about" }
height = { value = 45, unit = "metres", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("梅罗号长约45米。", "refuted"),
        ("梅罗号长约60米。", "supported"),
        ("梅罗号的主桅高约60米。", "refuted"),
        ("梅罗号的主桅高约45米。", "supported"),
        ("The Merrow was about 45 metres long.", "refuted"),
    ],
)
def test_a_chinese_measure_word_before_a_number_names_its_field(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """长约45米 is the length, whatever other figure in metres the fact's words give (the
    45 of the mast had backed it): the word right before the number names the field by the
    Chinese words of the field's name in the lexicon (长度, 高度)."""
    assert_verdict(own(TALL_SHIP).check(claim), expected)
