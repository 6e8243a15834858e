"""What became of people: a group whose own fact says it survived is not said to have died
by the count of the whole event it was part of."""

from collections.abc import Callable

import pytest

from factcheck.check import Checker

from .conftest import assert_verdict

VARN_MILL = """format = 1

[fields.fate]
type = "text"
en = "what became of a person or a group"
zh = "下落"

[lexicon.predicates.kill]
fields = ["fate"]

[lexicon.predicates.survive]
fields = ["fate"]

[[facts]]
id = "mill-fire"
kind = "event"
date = 1922-05-04
source = ["¶1"]
text.en = "Fire destroyed the Varn mill on 4 May 1922; 12 workers died."
text.zh = "1922年5月4日，大火烧毁瓦恩磨坊，12名工人遇难。"
aliases.en = ["Varn mill fire", "the fire"]
aliases.zh = ["瓦恩磨坊火灾", "火灾"]

[facts.values]
killed = { value = 12, unit = "people" }

[[facts]]
id = "apprentices"
kind = "event"
date = 1922-05-04
part_of = "mill-fire"
source = ["¶2"]
text.en = "The mill's six apprentices got out through the loading door."
text.zh = "磨坊的六名学徒从装货门逃了出来。"
aliases.en = ["apprentices"]
aliases.zh = ["学徒"]

[facts.values]
fate = "survived"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The apprentices died in the Varn mill fire.", "refuted"),
        ("The apprentices died.", "refuted"),
        ("The apprentices survived the Varn mill fire.", "supported"),
        ("12 workers died in the Varn mill fire.", "supported"),
    ],
)
def test_a_groups_own_fate_is_not_the_wholes_toll(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The apprentices died in the fire": "died" right after the noun had been read as a
    participle ("the truce reached in November …") and backed by the fire's toll; as the
    claim's one verb it is the deed of the apprentices, whose fact says they survived."""
    assert_verdict(own(VARN_MILL).check(claim), expected)
