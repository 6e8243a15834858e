"""Order: "before" and "after" between two dated facts, and the same order said twice
("before the bridge opened, not after")."""

from collections.abc import Callable

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
