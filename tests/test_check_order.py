"""Order: "before" and "after" between two dated facts, and the same order said twice
("before the bridge opened, not after")."""

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check import Checker

from .conftest import assert_verdict

TARROW_MILL = """format = 1

[[facts]]
id = "person-vane"
kind = "person"
source = ["¶1"]
text.en = "Edwin Vane owned the Tarrow mill."
text.zh = "埃德温·瓦恩拥有塔罗磨坊。"
aliases.en = ["Edwin Vane", "Vane"]
aliases.zh = ["埃德温·瓦恩", "瓦恩"]

[[facts]]
id = "mill-sold"
kind = "event"
date = 1890-03-02
source = ["¶2"]
text.en = "Vane sold the Tarrow mill on 2 March 1890."
text.zh = "瓦恩于1890年3月2日卖掉了塔罗磨坊。"
aliases.en = ["mill sale"]
aliases.zh = ["磨坊出售"]

[facts.values]
actor = ["person-vane"]

[[facts]]
id = "bridge-opened"
kind = "event"
date = 1891-07-10
source = ["¶3"]
text.en = "The Tarrow bridge opened on 10 July 1891."
text.zh = "塔罗桥于1891年7月10日通车。"
aliases.en = ["Tarrow bridge", "bridge"]
aliases.zh = ["塔罗桥"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Vane sold the mill before the bridge opened, not after.", "supported"),
        ("Vane sold the mill before the bridge opened, not after it.", "supported"),
        ("瓦恩是在塔罗桥通车之前卖掉磨坊的，而不是之后。", "supported"),
        ("Vane sold the mill after the bridge opened, not before.", "refuted"),
        ("瓦恩是在塔罗桥通车之后卖掉磨坊的，而不是之前。", "refuted"),
        ("Vane sold the mill before the bridge opened, not after the flood.", "not_enough_info"),
    ],
)
def test_the_denied_opposite_at_the_end_says_the_order_again(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The sale (1890) came before the bridge (1891): ", not after" at the end restates the
    order and stands or falls with it (it had been left unaccounted, so a true claim was
    not_enough_info); "not after the flood" names another event and is not a restatement."""
    result = own(TARROW_MILL).check(claim)
    assert_verdict(result, expected)
    if expected == "supported":
        assert not result.unaccounted


GULL_FLIGHT = """format = 1

[lexicon.predicates.take_off]
en = ["took off", "take off"]
zh = ["起飞"]

[[facts]]
id = "flight-77"
kind = "event"
date = 1987-05-02
source = ["¶1"]
text.en = "On 2 May 1987 Gull Air Flight 77 flew from Bergen to Aberdeen."
text.zh = "1987年5月2日，海鸥航空77号航班从卑尔根飞往阿伯丁。"
aliases.en = ["Flight 77"]
aliases.zh = ["77号航班"]

[[facts]]
id = "person-moss"
kind = "person"
source = ["¶2"]
text.en = "Ann Moss was the flight's captain."
text.zh = "安·莫斯是该航班的机长。"
aliases.en = ["Ann Moss", "Captain Moss"]
aliases.zh = ["安·莫斯", "莫斯机长"]

[[facts]]
id = "person-dahl"
kind = "person"
source = ["¶2"]
text.en = "Per Dahl was the flight's first officer."
text.zh = "佩尔·达尔是该航班的副驾驶。"
aliases.en = ["Per Dahl", "First Officer Dahl"]
aliases.zh = ["佩尔·达尔", "副驾驶达尔"]

[[facts]]
id = "takeoff"
kind = "event"
date = 1987-05-02
part_of = "flight-77"
source = ["¶3"]
text.en = "Flight 77 took off from Bergen with First Officer Dahl flying the aircraft."
text.zh = "77号航班从卑尔根起飞，由副驾驶达尔操纵飞机。"

[[facts]]
id = "engine-fire"
kind = "event"
date = 1987-05-02
part_of = "flight-77"
after = ["takeoff"]
source = ["¶4"]
text.en = "Twenty minutes after takeoff the left engine caught fire."
text.zh = "起飞二十分钟后，左发动机起火。"

[[facts]]
id = "captain-takes-over"
kind = "event"
date = 1987-05-02
part_of = "flight-77"
after = ["engine-fire"]
source = ["¶5"]
text.en = "After the fire Captain Moss took over flying the aircraft from First Officer Dahl."
text.zh = "起火后，莫斯机长从副驾驶达尔手中接过飞机的操纵。"

[facts.values]
actor = "person-moss"
"""


@pytest.mark.parametrize(
    "claim",
    [
        "77号航班起飞时，由莫斯机长操纵飞机。",
        "When Flight 77 took off, Captain Moss was flying the aircraft.",
    ],
)
def test_a_deed_the_links_put_after_the_frame_is_not_at_its_time(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "起飞时，由莫斯机长操纵飞机": the captain took over after the fire, which came after the
    takeoff; the same day is not the time of the takeoff, and the facts' links say so."""
    assert own(GULL_FLIGHT).check(claim).verdict != "supported"


@pytest.fixture(scope="module")
def hindenburg() -> Checker:
    """The checker of the Hindenburg topic's fact file."""
    from factcheck.loader import load_facts

    path = Path(__file__).parent.parent / "benchmarks" / "topics" / "hindenburg" / "facts.toml"
    return Checker(load_facts([path]))


def test_a_state_the_links_put_before_the_frame_holds_at_its_time(hindenburg: Checker) -> None:
    """The ropes were dropped after the approach, which the links put after the flight had
    begun, the whole the fire is part of: "after that whole" is not after the fire, which
    the links put after the ropes, so "when the fire broke out, the ropes had been dropped"
    holds. (No small file reproduced it.)"""
    claim = (
        "By the time the fire broke out, the landing ropes had already been dropped to the "
        "ground crew."
    )
    assert_verdict(hindenburg.check(claim), "supported")
