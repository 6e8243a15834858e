"""Measures and amounts: the field a claim's number is judged by (a ship's length and its
mast's height, both in metres), bounds before halves, days counted back, shares ("one in
twelve"), the whole a share is of, a figure of a named part, a measure in an alias, and the
opposites of weight."""

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


MARSH_GAS = """format = 1

[[facts]]
id = "gas-cloud"
kind = "event"
date = 1902-05-04
source = ["¶1"]
text.en = "The marsh gas was heavier than air and crept along the valley floor."
text.zh = "沼气比空气重，沿着谷底蔓延。"
aliases.en = ["gas cloud", "marsh gas"]
aliases.zh = ["沼气"]

[[facts]]
id = "gas-deaths"
kind = "count"
source = ["¶2"]
text.en = "The marsh gas and the air of the valley killed the cattle of two farms."
text.zh = "沼气和谷中空气使两座农场的牛死亡。"
aliases.en = ["cattle deaths"]
aliases.zh = ["牛死亡"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The marsh gas was lighter than air.", "refuted"),
        ("The marsh gas was heavier than air.", "supported"),
        ("沼气比空气重。", "supported"),
    ],
)
def test_heavier_and_lighter_are_opposites(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The lexicon's opposites hold heavier and lighter, 重 and 轻."""
    assert_verdict(own(MARSH_GAS).check(claim), expected)


def test_heavy_and_light_alone_are_no_opposites(own: Callable[[str], Checker]) -> None:
    """ "heavy machinery" and "at first light": the bare words mean too many things to be
    set against each other (the first light of day had refuted the heavy cargo)."""
    tern = """format = 1

[[facts]]
id = "tern-sinking"
kind = "event"
date = 1921-05-03
source = ["¶1"]
text.en = "The cargo ship Tern, carrying heavy machinery, sank off Garve Head at first light on 3 May 1921."
text.zh = "1921年5月3日天刚亮，载有重型机械的货船燕鸥号在加尔夫角外海沉没。"
aliases.en = ["Tern sinking", "Tern"]
aliases.zh = ["燕鸥号沉没", "燕鸥号"]
"""
    claim = "The Tern sank off Garve Head with heavy machinery aboard."
    assert own(tern).check(claim).verdict != "refuted"


def test_the_word_a_chinese_comparison_ends_on_is_not_forgiven(
    own: Callable[[str], Checker],
) -> None:
    """比空气轻: a fact whose words hold 沼气 and 空气 but never 轻 does not back it, though
    a lone character that no pair holds is otherwise forgiven (a particle, an inflection)."""
    assert own(MARSH_GAS).check("沼气比空气轻。").verdict != "supported"


ORRIN_BRIDGE = """format = 1

[[facts]]
id = "bridge-closed"
kind = "event"
date = 2031-03-10
source = ["¶1"]
text.en = "The Orrin bridge was closed on 10 March 2031."
text.zh = "奥林桥于2031年3月10日关闭。"
aliases.en = ["bridge closed"]
aliases.zh = ["奥林桥关闭"]

[[facts]]
id = "bridge-reopened"
kind = "event"
date = 2031-07-20
source = ["¶1"]
after = ["bridge-closed"]
text.en = "The Orrin bridge reopened on 20 July 2031."
text.zh = "奥林桥于2031年7月20日重新开放。"
aliases.en = ["bridge reopened", "reopened"]
aliases.zh = ["重新开放"]

[[facts]]
id = "tunnel-works"
kind = "event"
start = 2031-01-01
end = 2031-08-20
source = ["¶3"]
text.en = "Works on the Vell tunnel ran from 1 January to 20 August 2031."
text.zh = "韦尔隧道工程从2031年1月1日持续到8月20日。"
aliases.en = ["Vell tunnel works", "tunnel works"]
aliases.zh = ["韦尔隧道工程", "隧道工程"]

[[facts]]
id = "night-closures"
kind = "event"
date = 2031-08-02
source = ["¶2"]
text.en = "On 2 August 2031 the council announced night closures of the Orrin bridge, counting them from the day before, 1 August."
text.zh = "2031年8月2日，市议会宣布奥林桥夜间封闭，并说明从前一天即8月1日起算。"
aliases.en = ["night closures"]
aliases.zh = ["夜间封闭"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Orrin bridge reopened under half a year after it was closed.", "supported"),
        ("The Orrin bridge reopened more than half a year after it was closed.", "refuted"),
        ("奥林桥关闭后不到半年就重新开放。", "supported"),
        ("奥林桥关闭后超过半年才重新开放。", "refuted"),
        ("韦尔隧道工程持续了不到半年。", "refuted"),
    ],
)
def test_a_bound_before_half_a_length_is_kept(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "under half a year", 不到半年: the bound before "half" had been lost (read as about
    half a year, so the 132 days refuted it)."""
    assert_verdict(own(ORRIN_BRIDGE).check(claim), expected)


def test_under_half_a_year_is_not_a_longer_length(own: Callable[[str], Checker]) -> None:
    """Against an event's own length (232 days) a bound before half a year is kept too: the
    half's whole-unit rounding had let "under half a year" fit."""
    claim = "The Vell tunnel works lasted under half a year."
    assert own(ORRIN_BRIDGE).check(claim).verdict != "supported"


@pytest.mark.parametrize("claim", ["夜间封闭每天持续的时间超过半天。", "夜间封闭持续了超过半天。"])
def test_a_day_counted_back_is_no_length(own: Callable[[str], Checker], claim: str) -> None:
    """ "counting them from the day before", 从前一天起算: a day its words count back from is
    no length the fact holds, so it does not back "more than half a day"."""
    assert own(ORRIN_BRIDGE).check(claim).verdict != "supported"


MOUNTAIN_HUT = """format = 1

[[facts]]
id = "hut-night"
kind = "event"
date = 2011-02-03
source = ["¶2"]
text.en = "On the night of 3 February 2011 the climbers slept in the bunks of the Eagle Rock hut, whose stove kept the room at about 12 °C."
text.zh = "2011年2月3日夜，登山者睡在鹰岩山屋的床铺上，炉子使屋内保持在约12°C。"
aliases.en = ["Eagle Rock hut", "the hut", "stove", "12 °C", "Hut 4"]
aliases.zh = ["鹰岩山屋", "山屋", "炉子", "12°C", "4号山屋"]
"""


@pytest.mark.parametrize("claim", ["The hut had twelve bunks.", "山屋里有12张床铺。"])
def test_a_measure_in_an_alias_is_no_count(own: Callable[[str], Checker], claim: str) -> None:
    """An alias "12 °C" in a unit the lexicon lacks is a measure: it had backed a bare 12 of
    anything, as a name's number ("resolution 2735") does."""
    assert own(MOUNTAIN_HUT).check(claim).verdict != "supported"


RIVER_FLOOD = """format = 1

[lexicon.units.villagers]
en = ["villager", "villagers"]
zh = ["名村民", "村民"]

[lexicon.predicates.evacuate]
en = ["evacuated", "evacuate"]
zh = ["撤离", "疏散"]
fields = ["evacuated"]

[fields.residents]
type = "quantity"
en = "how many people lived there"
zh = "居民人数"

[fields.evacuated]
type = "quantity"
en = "how many were evacuated"
zh = "撤离人数"

[[facts]]
id = "kass-flood"
kind = "event"
date = 1955-03-08
source = ["¶1"]
text.en = "When the Kass flooded on 8 March 1955, 25 of the 300 villagers of Low Ferry were evacuated by boat."
text.zh = "1955年3月8日卡斯河泛滥时，下渡村300名村民中有25人乘船撤离。"
aliases.en = ["Kass flood", "Low Ferry"]
aliases.zh = ["卡斯河洪水", "下渡村"]

[facts.values]
residents = { value = 300, unit = "villagers" }
evacuated = { value = 25, unit = "villagers" }
"""


def test_one_in_twelve_is_a_share_not_two_counts(own: Callable[[str], Checker]) -> None:
    """ "one in twelve villagers" is one share (about 8.3 per cent), not counts of one and of
    twelve villagers that the 25 evacuated refute."""
    checker = own(RIVER_FLOOD)
    assert checker.check("One in 200 villagers was evacuated.").verdict != "supported"
    assert checker.check("One in four villagers was evacuated.").verdict != "supported"
    verdict = checker.check("About one in twelve villagers was evacuated.")
    assert verdict.verdict != "refuted", [(a.text, a.status) for a in verdict.assertions]
    share = [a for a in verdict.assertions if a.kind == "number"]
    assert [a.text for a in share] == ["About one in twelve"]
    assert_verdict(checker.check("25 villagers were evacuated."), "supported")


CATCH_SURVEY = """format = 1

[lexicon.predicates.land]
en = ["was landed", "were landed", "came ashore"]
zh = ["上岸"]
fields = ["landed_per_day"]

[fields.landed_per_day]
type = "quantity"
en = "how much fish was landed each day"
zh = "每天上岸的鱼量"

[[facts]]
id = "party-survey-office"
kind = "party"
source = ["¶1"]
text.en = "The Kelport Survey Office, which estimated the catch."
text.zh = "凯尔港调查处：估计了渔获量。"
aliases.en = ["Kelport Survey Office", "Survey Office"]
aliases.zh = ["凯尔港调查处", "调查处"]

[[facts]]
id = "catch-estimate"
kind = "statement"
source = ["¶1"]
text.en = "The Survey Office estimated what came ashore at Kelport each day of the run: herring and mackerel."
text.zh = "调查处估计了鱼汛期间每天在凯尔港上岸的鱼：鲱鱼和鲭鱼。"
aliases.en = ["catch estimate"]
aliases.zh = ["渔获估计"]

[facts.values]
speaker = "party-survey-office"

[[facts]]
id = "catch-herring"
kind = "count"
source = ["¶1"]
part_of = "catch-estimate"
text.en = "About 900 tonnes of herring came ashore each day of the run."
text.zh = "鱼汛期间每天约有900吨鲱鱼上岸。"
aliases.en = ["herring"]
aliases.zh = ["鲱鱼"]

[facts.values]
landed_per_day = { value = 900, unit = "tonnes", approx = "about" }

[[facts]]
id = "catch-mackerel"
kind = "count"
source = ["¶1"]
part_of = "catch-estimate"
text.en = "About 90 tonnes of mackerel came ashore each day of the run."
text.zh = "鱼汛期间每天约有90吨鲭鱼上岸。"
aliases.en = ["mackerel"]
aliases.zh = ["鲭鱼"]

[facts.values]
landed_per_day = { value = 90, unit = "tonnes", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The Survey Office estimated that herring came ashore at about 900 tonnes a day.",
            "supported",
        ),
        (
            "The Survey Office estimated that mackerel came ashore at about 90 tonnes a day.",
            "supported",
        ),
    ],
)
def test_a_part_named_by_a_word_judges_its_figure(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    assert_verdict(own(CATCH_SURVEY).check(claim), expected)


def test_a_siblings_figure_does_not_back_the_named_part(own: Callable[[str], Checker]) -> None:
    """ "herring … about 90 tonnes a day": the whole's words name herring, and the mackerel's
    90 tonnes had backed the figure; the herring's own part types a figure in tonnes, so
    the figure is its to judge."""
    claim = "The Survey Office estimated that herring came ashore at about 90 tonnes a day."
    assert own(CATCH_SURVEY).check(claim).verdict != "supported"


RESERVE = """format = 1

[fields.share]
type = "quantity"
group = "how-many"
en = "what share of the area it covers"
zh = "占比"

[lexicon.units.percent]
en = ["per cent", "percent", "%"]
zh = ["%"]

[[facts]]
id = "place-norland"
kind = "place"
source = ["¶1"]
text.en = "Norland, a province."
text.zh = "诺兰省。"
aliases.en = ["Norland"]
aliases.zh = ["诺兰省", "诺兰"]

[[facts]]
id = "reserve"
kind = "count"
source = ["¶2"]
text.en = "The reserve covers about 20 per cent of Norland's forests."
text.zh = "保护区约占诺兰省森林的20%。"
aliases.en = ["reserve"]
aliases.zh = ["保护区"]

[facts.values]
place = ["place-norland"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The reserve covers about 20 per cent of Norland.", "not_enough_info"),
        ("保护区约占诺兰省的20%。", "not_enough_info"),
        ("The reserve covers about 20 per cent of Norland's forests.", "supported"),
        ("保护区约占诺兰省森林的20%。", "supported"),
    ],
)
def test_a_share_is_of_the_whole_its_words_name(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "20 per cent of Norland" had been backed by "20 per cent of Norland's forests": a
    share said of one whole is not the fact's share of another, which its words name."""
    assert_verdict(own(RESERVE).check(claim), expected)


MARLOW_FLOOD = """format = 1

[[facts]]
id = "flood"
kind = "event"
date = 1911-06-03
source = ["¶1"]
text.en = "The Marlow flood struck Marlow Vale on 3 June 1911."
text.zh = "1911年6月3日，马洛洪水袭击马洛谷。"
aliases.en = ["Marlow flood", "flood"]
aliases.zh = ["马洛洪水", "洪水"]

[[facts]]
id = "place-vale"
kind = "place"
source = ["¶1"]
text.en = "Marlow Vale: the valley town the flood struck."
text.zh = "马洛谷：洪水袭击的山谷小镇。"
aliases.en = ["Marlow Vale", "the Vale"]
aliases.zh = ["马洛谷"]

[[facts]]
id = "bridges-destroyed"
kind = "count"
source = ["¶2"]
part_of = "flood"
text.en = "The flood destroyed 14 of the Vale's 40 bridges."
text.zh = "洪水冲毁了马洛谷40座桥中的14座。"
aliases.en = ["bridges"]
aliases.zh = ["桥"]

[facts.values]
count = { value = 40, unit = "bridges" }
destroyed = { value = 14, unit = "bridges" }
place = ["place-vale"]

[[facts]]
id = "dead"
kind = "count"
source = ["¶3"]
part_of = "flood"
text.en = "The flood killed 31 people: 22 adults and 9 children."
text.zh = "洪水造成31人死亡，其中成年人22名、儿童9名。"
aliases.en = ["death toll"]
aliases.zh = ["死亡人数"]

[facts.values]
killed = { value = 31, unit = "people" }

[[facts]]
id = "adults-dead"
kind = "count"
source = ["¶3"]
part_of = "dead"
text.en = "22 of the dead were adults."
text.zh = "遇难者中有22名成年人。"
aliases.en = ["adults killed"]
aliases.zh = ["遇难成年人"]

[facts.values]
killed = { value = 22, unit = "adults" }

[[facts]]
id = "boatmen-dead"
kind = "count"
source = ["¶3"]
part_of = "adults-dead"
text.en = "Four of the adults who died were boatmen of the ferry."
text.zh = "遇难的成年人中有四人是渡船的船夫。"
aliases.en = ["boatmen killed"]
aliases.zh = ["遇难船夫"]

[facts.values]
killed = { value = 4, unit = "boatmen" }

[lexicon.units.adults]
en = ["adult", "adults"]
zh = ["成年人"]

[lexicon.units.boatmen]
en = ["boatman", "boatmen"]
zh = ["船夫"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The flood destroyed 14 of the Vale's 40 bridges.", "supported"),
        ("The flood destroyed 14 of Marlow Vale's 40 bridges.", "supported"),
        ("The flood destroyed 14 of the 40 bridges.", "supported"),
        ("The flood destroyed 14 of the Vale's 45 bridges.", "not_enough_info"),
        ("Four of the 22 adults who died were boatmen.", "not_enough_info"),
        ("Four of the Vale's 22 adults who died were boatmen.", "not_enough_info"),
    ],
)
def test_a_whole_after_a_possessive_is_the_group_not_the_deeds_count(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "14 of the Vale's 40 bridges": 40 counts the bridges the Vale had, not those the
    flood destroyed (it had been refuted against the 14 destroyed, a true claim of a
    user's own file refuted). A part said to be another unit ("Four of the 22 adults who
    died were boatmen") is no count of the whole's unit, so the 22 do not refute the four."""
    assert_verdict(own(MARLOW_FLOOD).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("梅罗号的长度约60米。", "supported"),
        ("梅罗号的长度为45米。", "refuted"),
        ("The Merrow's length was about 60 metres.", "supported"),
        ("The length of the Merrow was about 45 metres.", "refuted"),
    ],
)
def test_the_name_of_a_measure_is_read(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """长度约60米: "length" names the fact's field of that name (its Chinese name 长度 in the
    lexicon's synonyms), which then judges the number (the name had been a word no fact
    held, which left a new user's true claims open)."""
    assert_verdict(own(TALL_SHIP).check(claim), expected)


TARN_TOWER = """format = 1

[fields.height]
type = "quantity"
en = "how tall the tower stood"
zh = "塔的高度"

[fields.area]
type = "quantity"
en = "the size of the plot"
zh = "占地面积"

[[facts]]
id = "place-tarn-tower"
kind = "place"
source = ["¶1"]
text.en = "The Tarn tower stood 30 metres tall on a plot of 2 hectares."
text.zh = "塔恩塔高30米，占地2公顷。"
aliases.en = ["Tarn tower", "the tower"]
aliases.zh = ["塔恩塔", "塔"]

[facts.values]
height = { value = 30, unit = "metres" }
area = { value = 2, unit = "hectares" }

[[facts]]
id = "flood-depth"
kind = "count"
source = ["¶2"]
text.en = "The flood left the square under two to three feet of water."
text.zh = "洪水过后，广场积水两到三英尺深。"
aliases.en = ["flood depth"]
aliases.zh = ["积水深度"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tarn tower was 30 centimetres tall.", "refuted"),
        ("塔恩塔高30厘米。", "refuted"),
        ("塔恩塔高30毫米。", "refuted"),
        ("The Tarn tower was 3,000 centimetres tall.", "supported"),
        ("The Tarn tower was about 98 feet tall.", "supported"),
        ("The tower stood on a plot of 2 acres.", "refuted"),
        ("The tower stood on about 5 acres.", "supported"),
        ("塔恩塔占地2公顷。", "supported"),
        ("广场积水两到三英尺深。", "supported"),
        ("广场积水两到三英寸深。", "not_enough_info"),
        ("广场积水两到三英担深。", "not_enough_info"),
    ],
)
def test_a_unit_is_read_whole_and_converted(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """厘米 and 毫米 are not 米 (they had been read as metres, so "高30厘米" was supported by a
    30-metre tower); centimetres, inches, acres and hectares are units of the lexicon and
    convert. A Chinese number's unknown unit (三英担 against 三英尺) is no particle to forgive."""
    assert_verdict(own(TARN_TOWER).check(claim), expected)


FULLER_SUIT = """format = 1

[fields.compensation]
type = "quantity"
en = "how much was paid in compensation, in all"
zh = "赔偿总额"

[fields.per_family]
type = "quantity"
en = "how much each bereaved family received"
zh = "每户家属获得的赔偿"

[[facts]]
id = "party-fuller"
kind = "party"
source = ["¶1"]
text.en = "Fuller Steel, the firm that owned the Varnley bridge."
text.zh = "富勒钢铁公司，瓦恩利桥的所有者。"
aliases.en = ["Fuller Steel", "Fuller"]
aliases.zh = ["富勒钢铁公司", "富勒"]

[[facts]]
id = "compensation"
kind = "count"
source = ["¶2"]
text.en = "Fuller Steel paid about $50,000 in compensation."
text.zh = "富勒钢铁公司共支付了约5万美元赔偿。"
aliases.en = ["compensation"]
aliases.zh = ["赔偿"]

[facts.values]
actor = "party-fuller"
compensation = { value = 50000, unit = "dollars", approx = "about" }

[[facts]]
id = "per-family"
kind = "count"
source = ["¶2"]
part_of = "compensation"
text.en = "Each bereaved family received about $2,000."
text.zh = "每户遇难者家属获得约2000美元。"
aliases.en = ["per family"]
aliases.zh = ["每户"]

[facts.values]
per_family = { value = 2000, unit = "dollars", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Fuller Steel paid about $2,000 in compensation.", "refuted"),
        ("Fuller Steel paid about $50,000 in compensation.", "supported"),
        ("Each bereaved family received about $2,000.", "supported"),
        ("Each bereaved family received about $2,000 in compensation.", "supported"),
    ],
)
def test_the_noun_after_an_amount_names_the_field_that_judges_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "paid about $2,000 in compensation": the $2,000 each family received is in the words of
    the per-family fact, but "compensation" names the total's field, which says $50,000 (it
    had been supported by the per-family words; hunt 34)."""
    assert_verdict(own(FULLER_SUIT).check(claim), expected)


ELM_QUARRY = """format = 1

[fields.killed]
type = "quantity"
en = "how many people died"
zh = "遇难人数"

[fields.ratio]
type = "quantity"
en = "how many litres one gallon holds"
zh = "一加仑合多少升"

[fields.depth]
type = "quantity"
en = "how deep the pit was"
zh = "矿坑深度"

[[facts]]
id = "quarry-collapse"
kind = "event"
date = 1911-03-02
source = ["¶1"]
text.en = "The Elm quarry wall gave way in March 1911; about 430 workers died."
text.zh = "1911年3月，埃尔姆采石场岩壁坍塌，约430名工人遇难。"
aliases.en = ["Elm quarry collapse", "quarry collapse"]
aliases.zh = ["埃尔姆采石场坍塌", "采石场坍塌"]

[facts.values]
killed = { value = 430, unit = "people", approx = "about" }

[[facts]]
id = "gallon-table"
kind = "count"
source = ["¶2"]
text.en = "The quarry's tables took one gallon to be about 4.55 litres."
text.zh = "采石场的换算表把一加仑算作约4.55升。"
aliases.en = ["gallon"]
aliases.zh = ["加仑"]

[facts.values]
ratio = { value = 4.55, unit = "litres", approx = "about" }

[[facts]]
id = "pit-depth"
kind = "count"
source = ["¶3"]
text.en = "The pit was about 1,000 feet deep."
text.zh = "矿坑深约1000英尺。"
aliases.en = ["the pit"]
aliases.zh = ["矿坑"]

[facts.values]
depth = { value = 1000, unit = "feet", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("About 430 workers died in the Elm quarry collapse.", "supported"),
        ("430 workers died in the Elm quarry collapse.", "supported"),
        ("432 workers died in the Elm quarry collapse.", "supported"),
        ("450 workers died in the Elm quarry collapse.", "refuted"),
        ("Exactly 450 workers died in the Elm quarry collapse.", "refuted"),
        ("埃尔姆采石场坍塌造成470名工人遇难。", "refuted"),
        ("500 workers died in the Elm quarry collapse.", "refuted"),
        ("Nearly 470 workers died in the Elm quarry collapse.", "not_enough_info"),
        ("Nearly 440 workers died in the Elm quarry collapse.", "supported"),
        ("One gallon is 4.55 litres.", "supported"),
        ("One gallon is 4.45 litres.", "refuted"),
        ("一加仑等于4.45升。", "refuted"),
        ("The pit was 310 metres deep.", "supported"),
        ("The pit was 350 metres deep.", "refuted"),
    ],
)
def test_a_figure_said_about_is_as_exact_as_its_digits(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "About 430" is 430 as its last digit rounds it, not anything within a tenth (450 and
    4.45 for about 4.55 had been backed, though "about 450" was refuted), nor a round one past
    a tenth of the fact's (500), nor "nearly" one a tenth above it; a figure said in another
    unit keeps the rounding of its own digits (about 1,000 feet: 310 metres)."""
    assert_verdict(own(ELM_QUARRY).check(claim), expected)


FERRY_NESTA = """format = 1

[fields.rescued]
type = "quantity"
en = "how many were saved"
zh = "获救人数"

[[facts]]
id = "party-nesta"
kind = "party"
source = ["¶1"]
text.en = "The Nesta, a ferry on the Orm estuary."
text.zh = "内斯塔号：奥姆河口的一艘渡轮。"
aliases.en = ["Nesta", "the ferry"]
aliases.zh = ["内斯塔号", "渡轮"]

[[facts]]
id = "ferry-sinking"
kind = "event"
date = 1921-04-02
source = ["¶1"]
text.en = "The Nesta capsized in the Orm estuary on 2 April 1921."
text.zh = "1921年4月2日，内斯塔号在奥姆河口倾覆。"
aliases.en = ["Nesta sinking", "capsized"]
aliases.zh = ["内斯塔号倾覆", "倾覆"]

[[facts]]
id = "ferry-toll"
kind = "count"
part_of = "ferry-sinking"
source = ["¶2"]
text.en = "Fishing boats pulled 48 people out of the water; 82 of those aboard the Nesta drowned."
text.zh = "渔船从水中救起48人；内斯塔号上有82人溺亡。"
aliases.en = ["toll"]
aliases.zh = ["伤亡"]

[facts.values]
rescued = { value = 48, unit = "people" }
killed = { value = 82, unit = "people" }

[[facts]]
id = "mill-fire-toll"
kind = "count"
source = ["¶3"]
text.en = "The mill fire killed 31 people in all: 29 in the weaving shed and 2 in the yard."
text.zh = "磨坊大火共造成31人死亡：织布车间29人，院子里2人。"
aliases.en = ["mill fire toll"]
aliases.zh = ["磨坊大火死亡人数"]

[facts.values]
killed = { value = 31, unit = "people", parts = [29, 2] }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("48 people aboard the Nesta drowned.", "not_enough_info"),
        ("There were 48 people aboard the Nesta.", "not_enough_info"),
        ("Fishing boats pulled 48 people out of the water.", "supported"),
        ("There were 31 people in the weaving shed.", "not_enough_info"),
        ("The mill fire killed 31 people.", "supported"),
        ("29 people died in the weaving shed.", "supported"),
    ],
)
def test_a_figure_of_a_facts_words_goes_with_the_words_said_beside_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A number backed by a fact's words is that fact's only where the claim's words said with
    it stand beside it there too: "48 people aboard drowned" against "pulled 48 people out;
    82 of those aboard drowned" had been supported (the words and the figure were each
    somewhere in the fact)."""
    assert_verdict(own(FERRY_NESTA).check(claim), expected)
