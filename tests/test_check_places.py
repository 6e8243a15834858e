"""Places: where a statement's own fact holds something happened, against the places a
whole around it lists (a parade's streets, each stop's own)."""

from collections.abc import Callable

import pytest

from factcheck.check import Checker

from .conftest import assert_verdict

KELL_PARADE = """format = 1

[[facts]]
id = "parade"
kind = "event"
date = 1925-07-04
source = ["¶1"]
text.en = "The Kell parade of 4 July 1925 went from the station along Elm Street and Oak Street to the square."
text.zh = "1925年7月4日的凯尔游行从车站出发，经榆树街和橡树街到达广场。"
aliases.en = ["Kell parade", "parade"]
aliases.zh = ["凯尔游行", "游行"]

[facts.values]
place = ["place-elm", "place-oak", "place-square"]

[[facts]]
id = "float-breakdown"
kind = "event"
date = 1925-07-04
source = ["¶2"]
part_of = "parade"
text.en = "The brewery float broke down on Elm Street."
text.zh = "啤酒厂的彩车在榆树街抛锚。"
aliases.en = ["brewery float", "float"]
aliases.zh = ["啤酒厂彩车", "彩车"]

[facts.values]
place = ["place-elm"]

[[facts]]
id = "band-stop"
kind = "event"
date = 1925-07-04
source = ["¶3"]
part_of = "parade"
text.en = "The town band stopped to play on Oak Street."
text.zh = "镇乐队在橡树街停下演奏。"
aliases.en = ["town band", "band"]
aliases.zh = ["镇乐队", "乐队"]

[facts.values]
place = ["place-oak"]

[[facts]]
id = "place-elm"
kind = "place"
source = ["¶1"]
text.en = "Elm Street: a street of Kell on the parade's route."
text.zh = "榆树街：凯尔的一条街，在游行路线上。"
aliases.en = ["Elm Street"]
aliases.zh = ["榆树街"]

[[facts]]
id = "place-oak"
kind = "place"
source = ["¶1"]
text.en = "Oak Street: a street of Kell on the parade's route."
text.zh = "橡树街：凯尔的一条街，在游行路线上。"
aliases.en = ["Oak Street"]
aliases.zh = ["橡树街"]

[[facts]]
id = "place-square"
kind = "place"
source = ["¶1"]
text.en = "The square: where the parade ended."
text.zh = "广场：游行的终点。"
aliases.en = ["the square"]
aliases.zh = ["广场"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The brewery float broke down on Elm Street.", "supported"),
        ("The brewery float broke down on Oak Street.", "refuted"),
        ("啤酒厂的彩车在橡树街抛锚。", "refuted"),
        ("The town band stopped to play on Oak Street.", "supported"),
        ("The town band stopped to play on Elm Street.", "refuted"),
        ("镇乐队在榆树街停下演奏。", "refuted"),
        ("The parade went along Oak Street.", "supported"),
        ("On Oak Street the brewery float broke down.", "refuted"),
        (
            "The brewery float, which had started on Oak Street, broke down on Elm Street.",
            "supported",
        ),
        ("在橡树街出发的啤酒厂彩车在榆树街抛锚。", "not_enough_info"),
    ],
)
def test_one_stop_of_a_route_is_not_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The float broke down on Elm Street; the parade lists Elm and Oak Street. "Broke down
    on Oak Street" had been backed by the parade's list (a new user's false support); the
    float's own place now judges it, whatever the case of "on"; a place in a clause of the
    noun's own (", which had started on Oak Street", 在橡树街出发的) is not where it broke down,
    so it is not refuted by the float's place."""
    assert_verdict(own(KELL_PARADE).check(claim), expected)


TARN_FLOOD = """format = 1

[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶1"]
text.en = "Tarn, a valley town of about 5,000 residents in 1931."
text.zh = "塔恩：一座河谷小镇，1931年约有5000名居民。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[[facts]]
id = "place-mell"
kind = "place"
source = ["¶1"]
text.en = "Mell, a village further down the river."
text.zh = "梅尔：下游的一座村庄。"
aliases.en = ["Mell"]
aliases.zh = ["梅尔"]

[[facts]]
id = "tarn-deaths"
kind = "count"
source = ["¶2"]
text.en = "The flood killed about 2,100 people in Tarn."
text.zh = "洪水在塔恩造成约2100人遇难。"
aliases.en = ["Tarn toll"]
aliases.zh = ["塔恩死亡人数"]

[facts.values]
place = ["place-tarn"]
killed = { value = 2100, unit = "people", approx = "about" }

[[facts]]
id = "mell-deaths"
kind = "count"
source = ["¶2"]
text.en = "In Mell the flood killed about 300 people."
text.zh = "洪水在梅尔造成约300人遇难。"
aliases.en = ["Mell toll"]
aliases.zh = ["梅尔死亡人数"]

[facts.values]
place = ["place-mell"]
killed = { value = 300, unit = "people", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("塔恩1931年约有5000名居民，其中约300人遇难。", "refuted"),
        ("塔恩1931年约有5000名居民，其中约2100人遇难。", "supported"),
        ("About 300 people died in Mell.", "supported"),
        ("塔恩下游的梅尔约有900名居民，其中约300人遇难。", "not_enough_info"),
    ],
)
def test_a_count_of_those_just_named_is_of_their_place(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """其中约300人遇难 after Tarn's residents counts Tarn's dead: Mell's 300 (its own fact's
    place) does not back it, Tarn's 2,100 judges it (it had been supported; hunt 34's
    Armero claim with Chinchiná's toll)."""
    assert_verdict(own(TARN_FLOOD).check(claim), expected)
