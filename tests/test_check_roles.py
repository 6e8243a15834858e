"""Who holds which post and who did what to whom: a title inside a longer title of another
rank, a role owned by the second of two people, the one replaced taken for the one who
replaced, one actor's thing said of another, one place said to have become another, a
common noun before another's name, a verb form inside a noun, a place the fact holds said
to end or begin, whom a thing came from or was said to (从, 对, "from"), and the country of
the people a count counts."""

from collections.abc import Callable

import pytest

from factcheck.check import Checker

from .conftest import assert_verdict

BOARD = """format = 1

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶1"]
text.en = "Edwin Hale, chief engineer of the water board, who designed the reservoir's dam."
text.zh = "埃德温·黑尔：水务局总工程师，设计了水库大坝。"
aliases.en = ["Hale", "Edwin Hale", "chief engineer"]
aliases.zh = ["黑尔", "总工程师"]

[facts.values]
office = "chief engineer"

[[facts]]
id = "person-moss"
kind = "person"
source = ["¶2"]
text.en = "Ada Moss, Hale's assistant chief engineer, who checked the dam with him in March."
text.zh = "艾达·莫斯：黑尔的助理总工程师，三月与他一同检查大坝。"
aliases.en = ["Moss", "Ada Moss", "assistant chief engineer"]
aliases.zh = ["莫斯", "助理总工程师"]

[facts.values]
office = "assistant chief engineer"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Moss was the chief engineer.", "refuted"),
        ("The chief engineer was Moss.", "refuted"),
        ("Hale was the chief engineer.", "supported"),
        ("Moss was the assistant chief engineer.", "supported"),
    ],
)
def test_a_title_inside_a_title_of_another_rank_is_not_held(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Moss was the chief engineer" had been backed: her own words say "chief engineer",
    but only after "assistant" (a rank qualifier of the lexicon), which makes it another
    post; the chief engineer is Hale."""
    assert_verdict(own(BOARD).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Hale was Moss's assistant chief engineer.", "refuted"),
        ("Moss was Hale's assistant chief engineer.", "supported"),
    ],
)
def test_a_role_owned_by_the_second_names_who_the_first_is(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Hale was Moss's assistant chief engineer" says Hale holds the post that names Moss:
    the roles turned round, no longer backed because the two are both named in Moss's fact."""
    assert_verdict(own(BOARD).check(claim), expected)


KELL_DAM = """[[facts]]
id = "place-dam"
kind = "place"
source = ["¶1"]
text.en = "The Kell Dam, a concrete dam on Kell Creek."
text.zh = "凯尔大坝：凯尔溪上的一座混凝土坝。"
aliases.en = ["Kell Dam", "the dam"]
aliases.zh = ["凯尔大坝", "大坝"]
"""

RESERVOIR = (
    "format = 1\n\n"
    + KELL_DAM
    + """

[[facts]]
id = "construction"
kind = "event"
start = 1924-08-01
end = 1926-05-31
source = ["¶2"]
text.en = "Work on the Kell Dam began in August 1924 and was completed in May 1926."
text.zh = "凯尔大坝于1924年8月动工，1926年5月完工。"
aliases.en = ["construction", "built"]
aliases.zh = ["建造", "修建"]

[facts.values]
place = ["place-dam"]

[[facts]]
id = "collapse"
kind = "event"
start = 1928-03-12
end = 1928-03-13
source = ["¶3"]
text.en = "The Kell Dam gave way on the night of 12 March 1928; the flood reached the sea by dawn on 13 March."
text.zh = "1928年3月12日夜，凯尔大坝溃决，洪水于3月13日黎明前抵达大海。"
aliases.en = ["collapse", "failure", "flood"]
aliases.zh = ["溃决", "洪水"]

[facts.values]
place = ["place-dam"]
"""
)


@pytest.mark.parametrize(
    "claim",
    ["The dam was finished in March 1928.", "The dam opened in March 1928."],
)
def test_a_place_the_event_holds_does_not_end_or_begin_with_it(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "The dam was finished in March 1928" had been backed by the flood's `end`, whose place
    is the dam: said of the place, the verb is the dam's making or opening, which the flood's
    words never say."""
    assert own(RESERVOIR).check(claim).verdict != "supported"


@pytest.mark.parametrize(
    "claim", ["The flood ended on 13 March 1928.", "The collapse began on 12 March 1928."]
)
def test_the_event_itself_still_ends_and_begins_on_its_days(
    own: Callable[[str], Checker], claim: str
) -> None:
    """Said of the event (its own alias), the verbs are still backed by its day fields."""
    assert_verdict(own(RESERVOIR).check(claim), "supported")


AIRLINE = """format = 1

[fields.replaced]
type = "ref"
group = "who"
en = "whom the person replaced"
zh = "被接替者"

[lexicon.predicates.succeed]
en = ["succeeded", "replaced", "took over from"]
zh = ["接替", "接任"]
fields = ["replaced"]

[[facts]]
id = "person-ray"
kind = "person"
source = ["¶1"]
text.en = "Ray Osk became chief executive of RedAir on 3 June 2001, replacing Lin Varn."
text.zh = "雷·奥斯克于2001年6月3日接替林·瓦恩，出任红航首席执行官。"
aliases.en = ["Ray Osk", "Osk"]
aliases.zh = ["雷·奥斯克", "奥斯克"]

[facts.values]
office = "chief executive"
replaced = "person-lin"

[[facts]]
id = "person-lin"
kind = "person"
source = ["¶1"]
text.en = "Lin Varn, chief executive of RedAir until June 2001."
text.zh = "林·瓦恩，红航首席执行官，任职至2001年6月。"
aliases.en = ["Lin Varn", "Varn"]
aliases.zh = ["林·瓦恩", "瓦恩"]

[facts.values]
office = "chief executive"

[[facts]]
id = "ceo-change"
kind = "event"
date = 2001-06-03
source = ["¶2"]
text.en = "On 3 June 2001 Ray Osk took over from Lin Varn as chief executive."
text.zh = "2001年6月3日，雷·奥斯克接替林·瓦恩出任首席执行官。"
aliases.en = ["new chief executive"]
aliases.zh = ["新任首席执行官"]

[facts.values]
actor = "person-ray"
replaced = "person-lin"
"""


@pytest.mark.parametrize(
    "claim",
    [
        "Lin Varn replaced Ray Osk as chief executive.",
        "Varn took over from Osk.",
        "林·瓦恩接替雷·奥斯克出任首席执行官。",
        "雷·奥斯克被林·瓦恩接替。",
    ],
)
def test_the_one_replaced_is_not_the_one_who_replaced(
    own: Callable[[str], Checker], claim: str
) -> None:
    """A field that holds a verb's object ("whom the person replaced") names the one it was
    done to. Three routes had backed the roles turned round: the fact's own field, Osk's own
    fact judged as the deed's object, and "Lin Varn replaced" read as a title of Osk."""
    assert own(AIRLINE).check(claim).verdict != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Ray Osk replaced Lin Varn as chief executive.",
        "林·瓦恩被雷·奥斯克接替。",
    ],
)
def test_the_one_who_replaced_is_still_backed(own: Callable[[str], Checker], claim: str) -> None:
    """The right way round, actively and in the passive, the deed is backed as before."""
    assert_verdict(own(AIRLINE).check(claim), "supported")


RUNWAY = """format = 1

[lexicon.predicates.land]
en = ["landed", "land", "landing"]
zh = ["降落"]

[lexicon.units.people]
en = ["people"]
zh = ["人"]

[[facts]]
id = "party-redair"
kind = "party"
source = ["¶1"]
text.en = "RedAir, an airline."
text.zh = "红航，一家航空公司。"
aliases.en = ["RedAir"]
aliases.zh = ["红航"]

[[facts]]
id = "party-blueair"
kind = "party"
source = ["¶1"]
text.en = "BlueAir, an airline."
text.zh = "蓝航，一家航空公司。"
aliases.en = ["BlueAir"]
aliases.zh = ["蓝航"]

[[facts]]
id = "crash"
kind = "event"
date = 2001-05-03
source = ["¶1"]
text.en = "On 3 May 2001 a RedAir jet and a BlueAir jet collided; the RedAir jet's main landing gear collapsed."
text.zh = "2001年5月3日，红航客机与蓝航客机相撞；红航客机的主起落架折断。"
aliases.en = ["crash", "collision"]
aliases.zh = ["相撞"]

[facts.values]
participants = ["party-redair", "party-blueair"]

[[facts]]
id = "red-deaths"
kind = "count"
source = ["¶2"]
part_of = "crash"
text.en = "All 120 people aboard the RedAir jet died."
text.zh = "红航客机上120人全部遇难。"
aliases.en = ["RedAir deaths"]
aliases.zh = ["红航遇难者"]

[facts.values]
killed = { value = 120, unit = "people" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("All 120 people aboard the BlueAir jet died.", "not_enough_info"),
        ("蓝航客机上120人全部遇难。", "not_enough_info"),
        ("All 120 people aboard the RedAir jet died.", "supported"),
        ("红航客机上120人全部遇难。", "supported"),
    ],
)
def test_a_figure_said_of_one_actors_thing_is_not_anothers(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The count's fact says "the RedAir jet": "the BlueAir jet" had been backed by the
    collision's list of both airlines, and the count by the RedAir fact beside it."""
    assert_verdict(own(RUNWAY).check(claim), expected)


def test_a_verb_form_inside_a_noun_is_no_deed(own: Callable[[str], Checker]) -> None:
    """ "main landing gear" says no landing: "The RedAir jet landed on 3 May 2001" had been
    backed by the collision, whose words only name the gear."""
    assert own(RUNWAY).check("The RedAir jet landed on 3 May 2001.").verdict != "supported"


HARBOURS = """format = 1

[[facts]]
id = "place-old-harbour"
kind = "place"
source = ["¶1"]
text.en = "Old Harbour, the town's first port; it is now Harbour North."
text.zh = "老港，镇上最早的港口，现称北港。"
aliases.en = ["Old Harbour", "Harbour North"]
aliases.zh = ["老港", "北港"]

[[facts]]
id = "place-port-vell"
kind = "place"
source = ["¶1"]
text.en = "Port Vell, a new deep-water port."
text.zh = "维尔港，一座新的深水港。"
aliases.en = ["Port Vell"]
aliases.zh = ["维尔港"]

[[facts]]
id = "port-vell-opens"
kind = "event"
month = "2002-01"
source = ["¶2"]
text.en = "Port Vell opened in January 2002 and took over most ferries from Old Harbour."
text.zh = "维尔港于2002年1月启用，从老港接手了大部分渡轮。"
aliases.en = ["opening of Port Vell"]
aliases.zh = ["维尔港启用"]

[facts.values]
place = ["place-port-vell", "place-old-harbour"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Old Harbour became Port Vell.", "refuted"),
        ("老港改名为维尔港。", "refuted"),
        ("Harbour North became Old Harbour.", "not_enough_info"),
        ("Old Harbour became Harbour North.", "supported"),
    ],
)
def test_a_place_that_became_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X became Y" of two places the file keeps apart says one is the other: refuted (both
    named in one fact had backed it). Of two names of one place, it says which came first,
    backed only where a fact's words name them in that order."""
    assert_verdict(own(HARBOURS).check(claim), expected)


RELIEF = """format = 1

[lexicon.synonyms]
groups = [["Aurora", "the ship", "船只"]]

[[facts]]
id = "party-aurora"
kind = "party"
source = ["¶1"]
text.en = "The Aurora, a cargo ship that sank on 1 May 2001."
text.zh = "“极光号”，一艘于2001年5月1日沉没的货船。"
aliases.en = ["Aurora", "the ship"]
aliases.zh = ["极光号", "船只"]

[[facts]]
id = "rescue"
kind = "event"
date = 2001-05-04
source = ["¶2"]
text.en = "On 4 May 2001 the rescue began from the ship Polaris."
text.zh = "2001年5月4日，救援从“北极星号”船只上开始。"
aliases.en = ["rescue"]
aliases.zh = ["救援"]
"""


@pytest.mark.parametrize(
    "claim",
    ["On 4 May 2001 the rescue began from the Aurora.", "2001年5月4日，救援从极光号上开始。"],
)
def test_a_common_noun_before_a_name_is_that_names(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "the ship Polaris", “北极星号”船只: the noun that is also one of the Aurora's names is
    the Polaris's here, so the rescue's fact names no Aurora (it had backed "began from the
    Aurora")."""
    assert own(RELIEF).check(claim).verdict != "supported"


def test_a_name_after_its_noun_is_still_backed(own: Callable[[str], Checker]) -> None:
    """The name said after the noun is the fact's own: "from the ship Polaris" is backed."""
    assert_verdict(
        own(RELIEF).check("On 4 May 2001 the rescue began from the ship Polaris."), "supported"
    )


COMPANIES = """format = 1

[[facts]]
id = "party-datsu"
kind = "party"
source = ["¶1"]
text.en = "Datsu Motors, a carmaker that was renamed Nikko Motors in 1934."
text.zh = "达特汽车，一家汽车制造商，1934年更名为日光汽车。"
aliases.en = ["Datsu Motors", "Datsu"]
aliases.zh = ["达特汽车", "达特"]

[[facts]]
id = "party-nikko"
kind = "party"
source = ["¶1"]
text.en = "Nikko Motors, the name Datsu Motors took in 1934."
text.zh = "日光汽车，达特汽车1934年起使用的名称。"
aliases.en = ["Nikko Motors", "Nikko"]
aliases.zh = ["日光汽车", "日光"]

[[facts]]
id = "party-kell-works"
kind = "party"
source = ["¶2"]
text.en = "Kell Works, a foundry; it is now Kell Forge (formerly Kell Smithy)."
text.zh = "凯尔工厂，一家铸造厂，现称凯尔锻造厂。"
aliases.en = ["Kell Works", "Kell Forge", "Kell Smithy"]
aliases.zh = ["凯尔工厂", "凯尔锻造厂"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Datsu Motors was renamed Nikko Motors.", "supported"),
        ("达特汽车更名为日光汽车。", "supported"),
        ("Nikko Motors became Datsu Motors.", "refuted"),
        ("Kell Works later became Kell Forge.", "supported"),
        ("Kell Forge became Kell Smithy.", "not_enough_info"),
    ],
)
def test_a_rename_the_files_words_tell(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Two bodies the file keeps apart are one renamed where a fact's words join them, in
    that order, by a word of change ("was renamed", 更名为); "formerly" is no such word, so it
    tells no order of two names of one body."""
    assert_verdict(own(COMPANIES).check(claim), expected)


def test_becoming_a_post_may_be_a_promotion(own: Callable[[str], Checker]) -> None:
    """ "Moss became chief engineer": her words call her the assistant chief engineer, and
    she may have been promoted later; that is not refuted as "Moss was the chief engineer"
    is."""
    assert own(BOARD).check("Moss became the chief engineer.").verdict != "refuted"


INSPECTION = (
    """format = 1

[lexicon.predicates.inspect]
en = ["inspected", "inspect"]
zh = ["检查"]

"""
    + KELL_DAM
    + """

[[facts]]
id = "place-bridge"
kind = "place"
source = ["¶1"]
text.en = "The Kell Bridge, a road bridge below the dam."
text.zh = "凯尔大桥：大坝下游的一座公路桥。"
aliases.en = ["Kell Bridge", "the bridge"]
aliases.zh = ["凯尔大桥", "大桥"]

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶2"]
text.en = "Edwin Hale, chief engineer of the water board."
text.zh = "埃德温·黑尔：水务局总工程师。"
aliases.en = ["Hale", "Edwin Hale"]
aliases.zh = ["黑尔"]

[[facts]]
id = "person-moss"
kind = "person"
source = ["¶2"]
text.en = "Ada Moss, an engineer who designed the Kell Dam."
text.zh = "艾达·莫斯：工程师，设计了凯尔大坝。"
aliases.en = ["Moss", "Ada Moss"]
aliases.zh = ["莫斯"]

[[facts]]
id = "inspection"
kind = "event"
date = 1928-03-11
source = ["¶3"]
text.en = "On 11 March 1928 Hale inspected the Kell Dam, which Moss had designed."
text.zh = "1928年3月11日，黑尔检查了莫斯设计的凯尔大坝。"
aliases.en = ["inspection"]
aliases.zh = ["检查"]

[facts.values]
actor = ["person-hale"]
place = ["place-dam"]
"""
)


def test_a_person_after_a_common_noun_is_a_clauses_subject(
    own: Callable[[str], Checker],
) -> None:
    """ "the bridge Moss had designed": the person after the noun begins a clause, so the
    noun still names the bridge, which Hale did not inspect (a review found it dropped as
    the noun of a name, and the claim backed)."""
    claim = "On 11 March 1928 Hale inspected the bridge Moss had designed."
    assert own(INSPECTION).check(claim).verdict != "supported"


TANKER = """format = 1

[lexicon.predicates.refuel]
en = ["refuelled", "refuelling", "refuel"]
zh = ["加油"]

[lexicon.predicates.collide]
en = ["collided", "collide"]
zh = ["相撞"]

[[facts]]
id = "place-kell"
kind = "place"
source = ["¶1"]
text.en = "Kell, a fishing village."
text.zh = "凯尔，一个渔村。"
aliases.en = ["Kell"]
aliases.zh = ["凯尔"]

[[facts]]
id = "collision"
kind = "event"
date = 1966-01-17
source = ["¶1"]
text.en = "On 17 January 1966 the bomber collided with its tanker while refuelling in mid-air near Kell."
text.zh = "1966年1月17日，轰炸机在凯尔上空空中加油时与加油机相撞。"
aliases.en = ["collision"]
aliases.zh = ["相撞"]

[facts.values]
place = ["place-kell"]
"""


def test_a_verb_form_read_as_a_word_is_held_by_a_fact_that_says_the_deed(
    own: Callable[[str], Checker],
) -> None:
    """ "during mid-air refuelling near Kell": the -ing form between two words is read as a
    word (see "main landing gear"), and a fact whose words say the deed ("while
    refuelling") still holds it; the rule had left it open."""
    claim = "The bomber collided with its tanker during mid-air refuelling near Kell."
    assert_verdict(own(TANKER).check(claim), "supported")


KELL_MILL = """format = 1

[fields.seller]
type = "refs"
en = "who sold it"
zh = "卖方"

[fields.buyer]
type = "refs"
en = "who bought it"
zh = "买方"

[[facts]]
id = "mill-sale"
kind = "event"
date = 1879-04-02
source = ["¶2"]
text.en = "On 2 April 1879 Osk sold the Kell mill to Varn."
text.zh = "1879年4月2日，奥斯克把凯尔磨坊卖给了瓦恩。"
aliases.en = ["mill sale"]
aliases.zh = ["磨坊出售"]
closed = ["seller", "buyer"]

[facts.values]
seller = ["person-osk"]
buyer = ["person-varn"]

[[facts]]
id = "mill-fire"
kind = "event"
date = 1880-09-02
source = ["¶3"]
text.en = "When the mill burned, Osk found Varn in the yard and the mayor, Varn, cried that nobody would listen to him."
text.zh = "磨坊起火时，奥斯克在院子里找到瓦恩，市长瓦恩喊道没有人听他的。"
aliases.en = ["mill fire"]
aliases.zh = ["磨坊火灾"]

[facts.values]
actor = ["person-varn"]

[[facts]]
id = "person-osk"
kind = "person"
source = ["¶1"]
text.en = "Osk: a miller of Kell who owned the mill until 1879."
text.zh = "奥斯克：凯尔的磨坊主，1879年前拥有磨坊。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Varn: a merchant who bought the Kell mill and later became mayor of Kell."
text.zh = "瓦恩：买下凯尔磨坊的商人，后来当上凯尔市长。"
aliases.en = ["Varn", "the mayor"]
aliases.zh = ["瓦恩", "市长"]

[[facts]]
id = "place-mill"
kind = "place"
source = ["¶1"]
text.en = "The Kell mill: a water mill on the river Kell."
text.zh = "凯尔磨坊：凯尔河上的水磨坊。"
aliases.en = ["Kell mill", "the mill"]
aliases.zh = ["凯尔磨坊", "磨坊"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("奥斯克把凯尔磨坊卖给了瓦恩。", "supported"),
        ("瓦恩把凯尔磨坊卖给了奥斯克。", "not_enough_info"),
        ("Varn sold the Kell mill to Osk.", "refuted"),
        ("磨坊起火时，瓦恩喊道没有人听他的。", "supported"),
        ("磨坊起火时，奥斯克对瓦恩喊道。", "not_enough_info"),
        ("奥斯克在院子里对瓦恩喊道。", "not_enough_info"),
        ("When the mill burned, Osk cried to Varn that nobody would listen.", "not_enough_info"),
    ],
)
def test_whom_a_thing_came_from_or_was_said_to_does_not_do_the_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """对瓦恩喊道: the one named after 对, 从 or "from" is not the one who cried, in the fact's
    words or the claim's (the lexicon's `not_doers`); and a verb of one Chinese character
    (卖) is the same word as itself, so the fact's seller judges who sold it. The two
    turned round had been supported."""
    assert_verdict(own(KELL_MILL).check(claim), expected)


KEYS = """format = 1

[[facts]]
id = "keys"
kind = "event"
date = 1880-01-12
source = ["¶4"]
text.en = "On 12 January 1880 Osk handed the mill keys to Varn, who locked the mill."
text.zh = "1880年1月12日，奥斯克把磨坊钥匙交给瓦恩保管，瓦恩锁上了磨坊。"
aliases.en = ["mill keys"]
aliases.zh = ["磨坊钥匙"]

[[facts]]
id = "person-osk"
kind = "person"
source = ["¶1"]
text.en = "Osk: a miller of Kell."
text.zh = "奥斯克：凯尔的磨坊主。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Varn: a merchant of Kell."
text.zh = "瓦恩：凯尔的商人。"
aliases.en = ["Varn"]
aliases.zh = ["瓦恩"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk locked the mill.", "not_enough_info"),
        ("Varn locked the mill.", "supported"),
        ("1880年1月12日，奥斯克保管钥匙。", "not_enough_info"),
    ],
)
def test_the_one_a_thing_went_to_may_do_what_follows(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "handed the keys to Varn, who locked the mill", 交给瓦恩保管: "to" and 给 are no
    `not_doers` (a reviewer found "Osk locked the mill" backed when they were)."""
    assert_verdict(own(KEYS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("奥斯克把这座磨坊卖给了瓦恩。", "supported"),
        ("奥斯克把那座磨坊卖给了瓦恩。", "supported"),
        ("瓦恩把这座磨坊卖给了奥斯克。", "not_enough_info"),
    ],
)
def test_a_demonstrative_and_its_measure_word_are_no_claim_of_their_own(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """这座磨坊, 那场洪水: 这 or 那 and the lexicon's measure word after it only point at the
    noun ("this mill"); the measure word had been left as a word no fact holds (a new user's
    true claims left open)."""
    assert_verdict(own(KELL_MILL).check(claim), expected)


RED_HAND = """format = 1

[[facts]]
id = "hostages-freed"
kind = "event"
date = 1950-10-20
source = ["¶2"]
text.en = "On 20 October 1950 the Red Hand let two American hostages go, through British mediation."
text.zh = "1950年10月20日，红手经英国居中调解，放了两名美国籍人质。"
aliases.en = ["hostage release"]
aliases.zh = ["人质获释"]

[facts.values]
actor = "party-red-hand"
released = { value = 2, unit = "hostages" }
nationality = "party-usa"

[[facts]]
id = "party-red-hand"
kind = "party"
source = ["¶1"]
text.en = "The Red Hand: a rebel group that held hostages in 1950."
text.zh = "红手：1950年扣押人质的叛军组织。"
aliases.en = ["Red Hand"]
aliases.zh = ["红手"]

[[facts]]
id = "party-usa"
kind = "party"
source = ["¶2"]
text.en = "The United States: the hostages' country."
text.zh = "美国：人质的国籍国。"
aliases.en = ["United States", "US", "American", "Americans"]
aliases.zh = ["美国"]

[facts.values]
type = "state"

[[facts]]
id = "party-uk"
kind = "party"
source = ["¶3"]
text.en = "The United Kingdom: it sent an envoy."
text.zh = "英国：派出了特使。"
aliases.en = ["United Kingdom", "Britain", "British"]
aliases.zh = ["英国"]

[facts.values]
type = "state"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 20 October 1950 the Red Hand released two American citizens.", "supported"),
        ("On 20 October 1950 the Red Hand released two British citizens.", "refuted"),
        ("1950年10月20日，红手释放了两名英国公民。", "refuted"),
        ("1950年10月20日，红手释放了两名被扣押的英国公民。", "refuted"),
        ("1950年10月20日，红手释放了两名被扣押的美国公民。", "supported"),
        ("1950年10月20日，英国扣押的两名美国人质获释。", "not_enough_info"),
    ],
)
def test_the_country_of_the_people_counted_and_a_verb_their_noun_says(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "two British citizens" against a release of two Americans: a country inside a
    count's words is judged by the count's fact's `nationality` (it had been backed by any
    word of the fact; the article's own base called "Hamas released two Israeli citizens"
    true). 被扣押的 is backed where the fact calls them hostages, a noun that says they were
    held (the lexicon's `deed_nouns`)."""
    assert_verdict(own(RED_HAND).check(claim), expected)


ARDENT_BRIDGE = """format = 1

[[facts]]
id = "party-ardent-steel"
kind = "party"
source = ["¶1"]
text.en = "Ardent Steel, the firm that owned the Varnley bridge."
text.zh = "阿登特钢铁公司，瓦恩利桥的所有者。"
aliases.en = ["Ardent Steel"]
aliases.zh = ["阿登特钢铁公司"]

[facts.values]
type = "steel company"

[[facts]]
id = "party-ardent-holdings"
kind = "party"
source = ["¶1"]
text.en = "Ardent Holdings, the parent company of Ardent Steel."
text.zh = "阿登特控股公司，阿登特钢铁公司的母公司。"
aliases.en = ["Ardent Holdings"]
aliases.zh = ["阿登特控股公司"]

[facts.values]
type = "holding company"

[[facts]]
id = "person-olsen"
kind = "person"
source = ["¶2"]
text.en = "Mira Olsen, the treasurer of Ardent Holdings, oversaw the building of the bridge."
text.zh = "米拉·奥尔森是阿登特控股公司的司库，负责监督大桥的建造。"
aliases.en = ["Mira Olsen", "Olsen", "treasurer"]
aliases.zh = ["米拉·奥尔森", "奥尔森", "司库"]

[facts.values]
office = "treasurer"
affiliation = "party-ardent-holdings"

[[facts]]
id = "place-bridge"
kind = "place"
source = ["¶1"]
text.en = "The Varnley bridge, owned by Ardent Steel."
text.zh = "瓦恩利桥，归阿登特钢铁公司所有。"
aliases.en = ["Varnley bridge", "the bridge"]
aliases.zh = ["瓦恩利桥", "大桥"]

[facts.values]
owner = ["party-ardent-steel"]

[[facts]]
id = "bridge-built"
kind = "event"
source = ["¶2"]
text.en = "Mira Olsen oversaw the building of the bridge."
text.zh = "米拉·奥尔森监督了大桥的建造。"
aliases.en = ["building of the bridge"]
aliases.zh = ["大桥的建造"]

[facts.values]
actor = "person-olsen"
place = ["place-bridge"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Mira Olsen, the treasurer of Ardent Steel, oversaw the building of the bridge.",
            "refuted",
        ),
        ("阿登特钢铁公司的司库米拉·奥尔森监督了大桥的建造。", "refuted"),
        (
            "Mira Olsen, the treasurer of Ardent Holdings, oversaw the building of the bridge.",
            "supported",
        ),
        ("阿登特控股公司的司库米拉·奥尔森监督了大桥的建造。", "supported"),
        ("Mira Olsen was the treasurer of the firm that owned the bridge.", "not_enough_info"),
    ],
)
def test_an_office_is_of_the_organisation_the_persons_own_words_tie_it_to(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Olsen is the treasurer of Ardent Holdings (her `affiliation`, and her fact's words
    say so); the steel firm owns the bridge. "the treasurer of Ardent Steel" is refuted,
    though the two firms are of different types and "treasurer" is also her alias (it had
    been read as a second mention of her; hunt 34's molasses treasurer). A firm the claim
    does not tie to the office itself ("of the firm that owned the bridge") is not judged so."""
    assert_verdict(own(ARDENT_BRIDGE).check(claim), expected)


BOARD_REPORT = """format = 1

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
text.en = "In November 1930 the Board of Works published a report warning that Varnley's bridge was unsafe."
text.zh = "1930年11月，工务局发布一份报告，警告瓦恩利的大桥不安全。"
aliases.en = ["report"]
aliases.zh = ["报告"]

[facts.values]
actor = "party-board"
target = ["place-varnley"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In November 1930 Varnley published a report.", "refuted"),
        ("In November 1930 the Board of Works published a report.", "supported"),
        ("The Board of Works published a report about Varnley.", "supported"),
    ],
)
def test_one_a_deed_is_done_to_does_not_do_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The report is the Board's (`actor`) about Varnley (`target`, one of the lexicon's
    `[done_to_fields]`): "Varnley published a report" had been backed by the target field
    (hunt 34's role-blind names); the fact's doer is the correction."""
    result = own(BOARD_REPORT).check(claim)
    assert_verdict(result, expected)
    if expected == "refuted":
        assert any(c.actual == "Board of Works" for c in result.corrections)


ILSE_MARR = """format = 1

[[facts]]
id = "person-ilse"
kind = "person"
source = ["¶1"]
text.en = "Ilse Marr, a 13-year-old girl of Tarn, the daughter of the harbourmaster Otto Marr, trapped in the ruins of her home."
text.zh = "伊尔丝·马尔：塔恩镇一名13岁的女孩，港务长奥托·马尔的女儿，被困在自家的废墟中。"
aliases.en = ["Ilse Marr", "Ilse"]
aliases.zh = ["伊尔丝·马尔", "伊尔丝"]

[facts.values]
age = { value = 13, unit = "years" }

[[facts]]
id = "ilse-death"
kind = "event"
date = 1931-03-07
source = ["¶2"]
text.en = "Ilse Marr died on 7 March 1931, three days after the flood."
text.zh = "伊尔丝·马尔于1931年3月7日去世，距洪水三天。"
aliases.en = ["death of Ilse Marr"]
aliases.zh = ["伊尔丝之死"]

[facts.values]
actor = "person-ilse"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ilse Marr, a 13-year-old girl, died on 7 March 1931.", "supported"),
        ("Ilse Marr, a 15-year-old girl, died on 7 March 1931.", "not_enough_info"),
        ("Ilse Marr, a 13-year-old boy, died on 7 March 1931.", "not_enough_info"),
        ("Ilse Marr, a harbourmaster, died on 7 March 1931.", "not_enough_info"),
        ("Ilse Marr, a girl who was trapped in Mell, died on 7 March 1931.", "not_enough_info"),
    ],
)
def test_what_commas_set_off_after_a_name_is_said_of_the_person(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Ilse Marr, a 13-year-old girl, died …": the apposition is backed by her own fact,
    which the death's fact does not hold (a true control of hunt 34 had been
    not_enough_info); what her fact does not say of her stays open: her father's office in
    her words, a clause of its own inside the commas (a reviewer's false supports)."""
    assert_verdict(own(ILSE_MARR).check(claim), expected)


KESSEL_MILL = """format = 1

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶1"]
text.en = "Ida Hale, owner of the Kessel mill."
text.zh = "艾达·黑尔：凯塞尔磨坊的主人。"
aliases.en = ["Ida Hale", "Hale"]
aliases.zh = ["艾达·黑尔", "黑尔"]

[[facts]]
id = "person-dray"
kind = "person"
source = ["¶1"]
text.en = "Tom Dray, master of the barge Kessel Star."
text.zh = "汤姆·德雷：驳船凯塞尔之星号的船长。"
aliases.en = ["Captain Dray", "Tom Dray", "Dray"]
aliases.zh = ["德雷船长", "汤姆·德雷"]

[[facts]]
id = "mill-sold"
kind = "event"
date = 1900-03-03
source = ["¶2"]
text.en = "On 3 March 1900 Ida Hale sold the mill to the Vost family, who bought it for 200 pounds."
text.zh = "1900年3月3日，艾达·黑尔把磨坊卖给了沃斯特家族。"
aliases.en = ["Vost family"]
aliases.zh = ["沃斯特家族"]

[facts.values]
actor = "person-hale"

[[facts]]
id = "rescue"
kind = "event"
date = 1901-06-02
source = ["¶4"]
text.en = "Ida Hale led the rescue of the barge crew, and the mayor awarded her a medal."
text.zh = "艾达·黑尔领导了对驳船船员的救援，市长把一枚奖章颁给了她。"

[facts.values]
actor = "person-hale"

[[facts]]
id = "dray-blamed"
kind = "position"
source = ["¶3"]
text.en = "The harbour office blamed Captain Dray for the collision at the lock."
text.zh = "港务局将船闸碰撞事故归咎于德雷船长。"

[facts.values]
target = ["person-dray"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Vost family sold the mill to Ida Hale.", "not supported"),
        ("沃斯特家族把磨坊卖给了艾达·黑尔。", "not supported"),
        ("Captain Dray blamed the harbour office for the collision.", "not supported"),
        ("Ida Hale sold the mill to the Vost family.", "supported"),
        ("The mill was sold to the Vost family by Ida Hale.", "supported"),
        ("艾达·黑尔把磨坊卖给了沃斯特家族。", "supported"),
        ("The Vost family bought the mill from Ida Hale.", "supported"),
        ("The mayor awarded Ida Hale a medal.", "supported"),
        ("市长把一枚奖章颁给了艾达·黑尔。", "supported"),
    ],
)
def test_a_doer_said_as_the_one_done_to_is_not_backed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fact's `actor` (Ida Hale sold the mill) said after the verb as the one the mill
    went to, with another subject before it, and the fact's `target` (Dray was blamed) said
    as the blamer: each name had been backed by its field, the roles turned round. The
    fact's own order judges it: the mayor who awarded her, the family who bought the mill
    from her, stand between her name and those verbs (a review's findings)."""
    verdict = own(KESSEL_MILL).check(claim).verdict
    assert verdict == expected if expected == "supported" else verdict != "supported"
