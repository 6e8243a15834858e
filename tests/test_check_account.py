"""A verdict is an account of the whole claim: parts with spans, unaccounted parts, the
claims users reported, a second fact base on another topic, and vocabulary as data."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.check import Checker, check, checker_for
from factcheck.check.roles import agent
from factcheck.cli import app
from factcheck.loader import load_facts

from .conftest import assert_verdict

APOLLO = Path(__file__).parent / "data" / "apollo"


@pytest.fixture(scope="module")
def base():  # type: ignore[no-untyped-def]
    return load_facts()


@pytest.fixture(scope="module")
def council() -> Checker:
    """The checker of the small town-council base (tests/data/council), built once."""
    return Checker(load_facts([Path(__file__).parent / "data" / "council" / "facts.toml"]))


@pytest.fixture(scope="module")
def apollo() -> Checker:
    """The checker of the Apollo 11 base, another topic, built once."""
    return Checker(load_facts([APOLLO / "facts.toml"]))


# Claims that new users found checked wrongly, with the verdict the facts give.
REPORTED = [
    ("Burns was the director of Mossad.", "refuted"),
    ("Gantz joined the war cabinet in June 2024.", "refuted"),
    ("The truce was first extended by one day, then by three.", "refuted"),
    ("Freeing the hostages is not among Israel's war aims.", "refuted"),
    (
        "Israel's three war aims are destroying Hamas, freeing the hostages and rebuilding Gaza.",
        "refuted",
    ),
    ("Israel freed fewer prisoners than Hamas freed hostages during the truce.", "refuted"),
    ("Fourteen members voted for resolution 2735.", "supported"),
    ("Round 3 lasted 28 days.", "supported"),
    ("Resolution 2735 was adopted on 10 July 2024.", "refuted"),
    (
        "Israel freed 2.4 times as many prisoners as Hamas freed hostages during the truce.",
        "supported",
    ),
]


@pytest.mark.parametrize(("claim", "expected"), REPORTED)
def test_claims_users_reported(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert_verdict(check(base, claim), expected)


def test_a_refutation_names_the_part_the_fact_and_both_values(base) -> None:  # type: ignore[no-untyped-def]
    result = check(
        base,
        "Israel's three war aims are destroying Hamas, freeing the hostages and rebuilding Gaza.",
    )
    wrong = [a for a in result.assertions if a.status == "refuted"]
    assert {a.text for a in wrong} >= {"rebuilding"}
    (correction,) = result.corrections
    assert correction.field == "values.aims" and "demilitarise" in correction.actual
    assert correction.fact in result.facts


@pytest.mark.parametrize(
    "claim",
    [
        "Hamas released 100 hostages during the truce.",
        "第五轮谈判于2024年5月7日在开罗开始。",
        "Netanyahu dissolved the war cabinet on 17 June 2024.",
    ],
)
def test_a_supported_claim_has_every_part_backed(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    result = check(base, claim)
    assert result.verdict == "supported"
    assert result.unaccounted == ()
    assert all(a.status == "supported" and a.fact for a in result.assertions if a.kind != "cue")


def test_a_part_no_fact_backs_makes_the_claim_unknown_and_is_named(base) -> None:  # type: ignore[no-untyped-def]
    claim = "Hamas released 100 hostages during the truce in exchange for fuel deliveries."
    result = check(base, claim)
    assert result.verdict == "not_enough_info"
    texts = [text for _, text in result.unaccounted]
    assert "fuel" in texts and "deliveries" in texts
    assert "fuel" in result.explanation


WORDS = [
    "Hamas", "哈马斯", "released", "释放了", "100", "一百名", "hostages", "人质", "not", "没有",
    "on 24 November 2023", "2023年11月24日", "before", "之后", "the truce", "停火期间", "Russia",
    "abstained", "fuel", "，", " ",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=10))
def test_every_span_is_the_text_it_names(words: list[str]) -> None:
    claim = " ".join(words)
    result = check(load_facts(), claim)
    for a in result.assertions:
        start, end = a.span
        assert 0 <= start <= end <= len(claim) and claim[start:end] == a.text
    for (start, end), text in result.unaccounted:
        assert claim[start:end] == text
    if result.verdict == "supported":
        assert result.unaccounted == ()


def test_json_gives_spans_and_unaccounted_parts() -> None:
    claim = "Hamas released 100 hostages in exchange for fuel."
    result = CliRunner().invoke(app, ["check", claim, "--json"])
    record = json.loads(result.stdout)
    assert record["verdict"] == "not_enough_info"
    assert all(claim[slice(*a["span"])] == a["text"] for a in record["assertions"])
    assert {u["text"] for u in record["unaccounted"]} >= {"fuel"}
    assert all(claim[slice(*u["span"])] == u["text"] for u in record["unaccounted"])


def test_the_terminal_walks_the_claim_part_by_part() -> None:
    claim = "Burns was the director of Mossad."
    out = CliRunner().invoke(app, ["check", claim]).stdout.splitlines()
    assert out[0] == "REFUTED  " + claim
    marks = {line.split()[1]: line.split()[0] for line in out[2:] if line.split()[0] in "✓✗?!"}
    assert marks["Burns"] == "✓" and marks["Mossad"] == "✗"
    assert any("person-burns values.office: CIA, not Mossad" in line for line in out)


# ---- a fact base on another topic ---------------------------------------------------------


def labelled() -> list[dict[str, str]]:
    lines = (APOLLO / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_a_fact_base_on_another_topic_is_checked_without_false_supports() -> None:
    checker = Checker(load_facts([APOLLO / "facts.toml"]))
    rows = labelled()
    got = [(row["label"], checker.check(row["claim"]).verdict) for row in rows]
    false_supports = [g for g in got if g[1] == "supported" and g[0] != "supported"]
    true_refuted = [g for g in got if g[1] == "refuted" and g[0] == "supported"]
    accuracy = sum(label == verdict for label, verdict in got) / len(got)
    assert len(rows) == 80
    assert false_supports == [] and true_refuted == []
    assert accuracy >= 0.6, accuracy
    for lang in ("en", "zh"):  # both languages, not one carried by the other
        mine = [g for g, row in zip(got, rows, strict=True) if row["lang"] == lang]
        assert sum(label == verdict for label, verdict in mine) / len(mine) >= 0.45


def test_the_other_topic_through_the_cli() -> None:
    facts = str(APOLLO / "facts.toml")
    result = CliRunner().invoke(app, ["check", "The crew had four astronauts.", "--facts", facts])
    assert result.exit_code == 1
    assert "3 astronauts, not four" in result.stdout


# ---- vocabulary is data -----------------------------------------------------------------


def test_a_fact_file_extends_the_lexicon(tmp_path: Path) -> None:
    text = (APOLLO / "facts.toml").read_text(encoding="utf-8")
    claim = "The Eagle touched base on the Moon on 20 July 1969."
    plain = tmp_path / "plain.toml"
    plain.write_text(text, encoding="utf-8")
    extended = tmp_path / "extended.toml"
    lexicon = '\n[lexicon.predicates.land]\nen = ["touched base"]\n'
    extended.write_text(
        text.replace("format = 1\n", "format = 1\n" + lexicon, 1), encoding="utf-8"
    )
    before = Checker(load_facts([plain])).check(claim)
    after = Checker(load_facts([extended])).check(claim)
    assert before.verdict == "not_enough_info"
    assert after.verdict == "supported", after.assertions


AGES = """format = 1

[fields.age]
type = "quantity"
group = "how-many"
en = "a person's age at the time"
zh = "年龄"

[[facts]]
id = "person-ana"
kind = "person"
source = ["¶1"]
text.en = "Ana Ruiz, aged 19, was the youngest of the crew."
text.zh = "安娜·鲁伊斯时年19岁，是乘组中最年轻的。"
aliases.en = ["Ana Ruiz", "Ana"]
aliases.zh = ["安娜·鲁伊斯", "安娜"]

[facts.values]
age = { value = 19, unit = "years" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ana Ruiz was 19 years old.", "supported"),
        ("Ana Ruiz was 21 years old.", "refuted"),
        ("Ana Ruiz was 18 years old.", "refuted"),
        ("Ana Ruiz was about 20 years old.", "supported"),
        ("安娜·鲁伊斯时年21岁。", "refuted"),
    ],
)
def test_a_length_in_years_is_whole_years_not_ten_percent_either_way(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "21 years" is not an exact number of days, but it is 21 whole years: a field of the
    user's own (an age) of 19 years refutes it; "about 20" still allows for 19."""
    assert_verdict(own(AGES).check(claim), expected)


DRILLS = """format = 1

[[facts]]
id = "drills"
kind = "count"
source = ["¶1"]
text.en = "Three drills worked at once: Plan A, Plan B and Plan C; 12 crews in all, 9 local and 3 foreign."
text.zh = "三台钻机同时作业：A方案、B方案和C方案；共12个机组，其中9个本地、3个外国。"
aliases.en = ["drills"]
aliases.zh = ["钻机"]

[facts.values]
count = { value = 12, unit = "crews", parts = [9, 3] }

[[facts]]
id = "plan-a"
kind = "phase"
month = "2010-08"
part_of = "drills"
source = ["¶2"]
text.en = "Plan A used the Strata 950 and began drilling in August 2010."
text.zh = "A方案使用Strata 950钻机，2010年8月开钻。"
aliases.en = ["Plan A", "Strata 950"]
aliases.zh = ["A方案", "Strata 950"]

[[facts]]
id = "plan-b"
kind = "phase"
start = 2010-09-05
end = 2010-10-09
part_of = "drills"
source = ["¶2"]
text.en = "Plan B used the Schramm T130, began drilling on 5 September 2010 and broke through on 9 October."
text.zh = "B方案使用Schramm T130钻机，2010年9月5日开钻，10月9日打通。"
aliases.en = ["Plan B", "Schramm T130", "T130"]
aliases.zh = ["B方案", "T130钻机"]

[[facts]]
id = "plan-c"
kind = "phase"
part_of = "drills"
source = ["¶2"]
text.en = "Plan C used RIG-421, an oil rig, and was the last of the three to start."
text.zh = "C方案使用石油钻机RIG-421，是三者中最后开钻的。"
aliases.en = ["Plan C", "RIG-421"]
aliases.zh = ["C方案", "RIG-421"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a label names its fact: not another plan's day, not another plan's rig
        ("Plan B began drilling on 5 September 2010.", "supported"),
        ("Plan C began drilling on 19 September 2010.", "not_enough_info"),
        ("A方案是2010年8月30日开钻的。", "not_enough_info"),
        ("Plan B used RIG-421.", "not_enough_info"),
        ("B方案于10月9日打通，用的是RIG-421。", "not_enough_info"),
        ("B方案于10月9日打通，用的是T130钻机。", "supported"),
        ("Plan C used RIG-421.", "supported"),
        # a part of a month the fact knows only by its month is not contradicted
        ("Plan A began drilling in late August 2010.", "not_enough_info"),
        ("Plan A began drilling in early September 2010.", "refuted"),
        # a number the total adds up from is a part of it, which the fact's words name
        ("9 of the 12 crews were local.", "supported"),
        ("3 of the 12 crews were foreign.", "supported"),
        ("9 of the 12 crews were foreign.", "refuted"),
        ("13 crews worked in all.", "refuted"),
        # a description denied whole: its verb, not the noun before it
        ("Plan A was not the drill that broke through.", "not_enough_info"),
    ],
)
def test_a_users_labels_parts_and_months_are_read_as_such(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact file of the user's own: aliases with a label (Plan B, RIG-421) name their
    fact; a month-only day, a quantity's `parts` and a denied description are no grounds
    to refute."""
    assert_verdict(own(DRILLS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Russia was not the country that vetoed resolution 2735.", "supported"),
        ("Phase one is not the phase in which all hostages are released.", "not_enough_info"),
        ("Hamas did not release all the hostages during the truce.", "not_enough_info"),
    ],
)
def test_a_denial_of_a_description_or_of_all_is_not_a_denial_of_a_word(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """ "not the country that vetoed": the description's verb is denied; "not … all": the
    whole is denied, which facts of "some" neither back nor contradict."""
    assert_verdict(check(base, claim), expected)


OFFICES = """format = 1

[[facts]]
id = "person-lena"
kind = "person"
source = ["¶1"]
text.en = "Lena Ortiz was the country's Minister of Mining during the rescue."
text.zh = "莉娜·奥尔蒂斯在救援期间担任该国矿业部长。"
aliases.en = ["Lena Ortiz", "Ortiz"]
aliases.zh = ["莉娜·奥尔蒂斯", "奥尔蒂斯"]

[facts.values]
office = "Minister of Mining"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lena Ortiz was the mining minister.", "supported"),
        ("Ortiz was minister of mining.", "supported"),
        ("Lena Ortiz was the health minister.", "refuted"),
        ("Ortiz was the minister of health.", "refuted"),
    ],
)
def test_a_persons_own_office_is_an_office_and_another_ministry_contradicts_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An `office` no lexicon table lists is read from the fact ("Minister of Mining" is the
    mining minister), and "health minister" is an office by its head word (office_heads)."""
    assert_verdict(own(OFFICES).check(claim), expected)


@pytest.mark.parametrize(
    "claim", ["第五轮谈判于2024年5月20日中断。", "地面行动于2023年10月27日开始。"]
)
def test_a_chinese_word_holding_a_function_character_stays_whole(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    """中断 and 地面 are words (the lexicon's zh_keep), not 中/地 + a character: the facts
    date neither the fifth round's break nor the ground offensive's start, so neither day is
    refuted by the day of another event the broken word pointed to."""
    assert_verdict(check(base, claim), "not_enough_info")


SHIP = """format = 1

[[facts]]
id = "party-ship"
kind = "party"
source = ["¶1"]
text.en = "The Blue Heron, a cargo ship."
text.zh = "蓝鹭号货轮。"
aliases.en = ["Blue Heron"]
aliases.zh = ["蓝鹭号"]

[[facts]]
id = "place-canal"
kind = "place"
source = ["¶1"]
text.en = "The North Canal."
text.zh = "北方运河。"
aliases.en = ["North Canal"]
aliases.zh = ["北方运河", "运河"]

[[facts]]
id = "blockage"
kind = "event"
start = 2021-03-23
end = 2021-03-29
source = ["¶2"]
text.en = "The Blue Heron blocked the North Canal for about six days, from 23 to 29 March 2021."
text.zh = "蓝鹭号堵塞北方运河约六天，从2021年3月23日到29日。"
aliases.en = ["blockage"]
aliases.zh = ["堵塞"]

[facts.values]
actor = "party-ship"
place = "place-canal"
duration = { value = 6, unit = "days", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("蓝鹭号堵塞运河不到一周。", "supported"),
        ("蓝鹭号堵塞运河超过五天。", "supported"),
        ("蓝鹭号堵塞运河至少五天。", "supported"),
        ("蓝鹭号堵塞运河超过一周。", "refuted"),
        ("The Blue Heron blocked the North Canal for less than a week.", "supported"),
        ("The Blue Heron blocked the North Canal for more than a week.", "refuted"),
    ],
)
def test_a_bound_is_compared_with_all_of_an_approximate_value(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "about six days" is 5.4 to 6.6 days: all of it is less than a week and more than
    five days, none of it more than a week."""
    assert_verdict(own(SHIP).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a verb in two pieces around its object (lexicon split_verbs)
        ("Hamas let 100 hostages go during the truce.", "supported"),
        ("Hamas let 120 hostages go during the truce.", "refuted"),
        # words that carry no claim of their own
        ("Qatar's prime minister, who also serves as foreign minister, took part in the Paris talks.", "supported"),
        ("Israel freed 140 more prisoners than the number of hostages Hamas freed during the truce.", "supported"),
        # a move is a step is a measure (举措, 举动)
        ("Smotrich opposes any move towards a permanent ceasefire.", "supported"),
        ("Qatar's prime minister, who doubles as foreign minister, took part in the Paris talks.", "supported"),
        ("The short-lived truce began on 24 November 2023.", "supported"),
        ("安理会通过了旨在促进加沙停火的决议。", "supported"),
        # a verb's subject the facts do not know: no fact's contrary verb refutes it
        ("黎巴嫩真主党称，它将停止攻击以色列。", "not_enough_info"),
    ],
)  # fmt: skip
def test_paraphrases_of_general_english(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """General words and idioms the lexicon holds as data, not words of this topic."""
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Israel freed more than twice as many prisoners as Hamas freed hostages during the truce.", "supported"),
        ("During the truce Israel freed more than twice as many prisoners as Hamas freed hostages.", "supported"),
        ("Israel freed more than three times as many prisoners as Hamas freed hostages during the truce.", "refuted"),
    ],
)  # fmt: skip
def test_a_comparison_set_in_a_frame_is_judged_by_its_own_facts(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """ "… during the truce" after a comparison: the compared amounts are the events; the
    clause's best fact (phase one, which also frees prisoners) is not, and is no ground to
    refute the frame."""
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Resolution 2735 got 13 more votes in favour than abstentions.", "supported"),
        ("Resolution 2735 got 12 more votes in favour than abstentions.", "refuted"),
        ("Resolution 2735 got fourteen times as many votes in favour as abstentions.", "supported"),
        ("2735号决议的赞成票比弃权票多13票。", "supported"),
        ("2735号决议的赞成票比弃权票多12票。", "refuted"),
    ],
)  # fmt: skip
def test_two_fields_of_one_fact_are_compared_by_the_verb_each_side_names(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """ "votes in favour" is the field `for`, "abstentions" the field `abstain` (the fields
    their verbs fill); the difference is the number next to the cue, not the resolution's
    number; 多13票 gives both sides its unit."""
    assert_verdict(check(base, claim), expected)


def test_one_more_day_is_added_not_compared(base) -> None:  # type: ignore[no-untyped-def]
    """ "then by one more day": no "than", so no comparison that one day could fail."""
    verdict = check(base, "The truce was extended by three days and then by one more day.")
    assert_verdict(verdict, "supported")


@pytest.mark.parametrize(
    "claim",
    [
        "第三轮谈判在开罗和卡塔尔举行，但未能达成协议。",
        "Round three was held in Cairo and Qatar but reached no agreement.",
    ],
)
def test_a_clause_that_inherits_its_subject_is_not_refuted_by_another_event(
    base, claim: str
) -> None:  # type: ignore[no-untyped-def]
    """ "…, but failed to reach an agreement" speaks of round three: the truce agreement of
    round two, which did reach one, is another event and no ground to refute it."""
    assert check(base, claim).verdict != "refuted"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The truce reached on 24 November 2023 lasted eight days in all.", "supported"),
        ("The truce reached in Paris lasted eight days.", "not_enough_info"),
    ],
)
def test_a_verb_after_its_noun_names_the_thing(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "the truce reached on 24 November": the verb names the truce, backed by a fact of the
    same event (the agreement beside the truce); what it adds (Paris) must still be backed."""
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The director of Mossad is Burns.", "refuted"),
        ("The director of the CIA is Burns.", "supported"),
        ("摩萨德局长是伯恩斯。", "refuted"),
    ],
)
def test_an_office_and_its_body_before_a_copula_are_the_persons(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """ "Mossad's director is Burns" gives Burns the role as "Burns is Mossad's director"
    does: his own fact's organisation (the CIA) refutes Mossad."""
    assert_verdict(check(base, claim), expected)


def test_an_unknown_lexicon_table_is_a_validation_error(tmp_path: Path) -> None:
    text = (APOLLO / "facts.toml").read_text(encoding="utf-8")
    path = tmp_path / "bad.toml"
    path.write_text(text.replace("format = 1\n", 'format = 1\n\n[lexicon.verbs]\nx = ["y"]\n', 1))
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "unknown lexicon table 'verbs'" in result.stdout


@pytest.mark.parametrize(
    ("lexicon", "error"),
    [
        (
            '[lexicon.anaphora]\nthrough = "affiliation"\n',
            "lexicon.anaphora.through must be a list of strings",
        ),
        ('[lexicon.anaphora]\nen = ["crew"]\n', "lexicon.anaphora.en must be a table"),
        (
            "[lexicon.cues.after]\nlook_back = 3\n",
            "lexicon.cues.after.look_back must be a list of strings",
        ),
        (  # a new predicate of one's own is held to the shape every predicate has
            '[lexicon.predicates.burst]\nen = "burst"\n',
            "lexicon.predicates.burst.en must be a list of strings",
        ),
        ('[lexicon.units]\ngallons = ["gallon"]\n', "lexicon.units.gallons must be a table"),
        (
            '[lexicon.predicates.sue]\nen = ["sued"]\nimplies = "blame"\n',
            "lexicon.predicates.sue.implies must be a list of strings",
        ),
    ],
)
def test_a_lexicon_entry_of_the_wrong_shape_is_a_validation_error(
    tmp_path: Path, lexicon: str, error: str
) -> None:
    """A word where the lexicon has a list of words is refused by `validate`, with the key,
    not silently read one character at a time."""
    text = (APOLLO / "facts.toml").read_text(encoding="utf-8")
    path = tmp_path / "bad.toml"
    path.write_text(text.replace("format = 1\n", f"format = 1\n\n{lexicon}", 1), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and error in result.stdout


def test_a_lexicon_entry_of_the_right_shape_is_valid(tmp_path: Path) -> None:
    text = (APOLLO / "facts.toml").read_text(encoding="utf-8")
    path = tmp_path / "good.toml"
    extra = (
        '[lexicon.anaphora.en]\ncrew = ["spacecraft"]\n\n[lexicon.cues.after]\nlook_back = []\n'
    )
    path.write_text(text.replace("format = 1\n", f"format = 1\n\n{extra}", 1), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The IDF's tactical pause ran every day from 8:00 to 19:00.", "supported"),
        (
            "以军的战术性暂停每天从早上7点持续到晚上8点。",
            "refuted",
        ),  # times of day are read as times
        ("The IDF issued its notice on 16 June, announcing a pause from 15 June.", "supported"),
        (
            "以军于6月15日发布通告，宣布从6月16日起实行战术性暂停。",
            "refuted",
        ),  # each date to its verb
        (
            "Israel freed three times as many prisoners as Hamas freed hostages during the truce.",
            "refuted",
        ),
    ],
)
def test_readers_of_times_dates_and_ratios(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = check(base, claim)
    assert result.verdict == expected, [(a.text, a.status, a.fact) for a in result.assertions]


@pytest.mark.parametrize("text", ["two Americans", "ten amendments", "one amateur", "five pmc"])
def test_a_number_before_a_word_that_begins_with_am_or_pm_is_no_time(base, text: str) -> None:  # type: ignore[no-untyped-def]
    from factcheck.check import checker_for
    from factcheck.check.reader import read

    parts = read(text, checker_for(base).voc).parts
    assert not [p for p in parts if p.kind == "time"]
    assert [p.kind for p in read(text.split()[0] + " p.m.", checker_for(base).voc).parts] == [
        "time"
    ]


@pytest.mark.parametrize(
    "claim",
    [
        "Israel released 135 more Palestinian prisoners than the hostages Hamas freed during the truce.",
        "2024年的宰牲节为期四天。",  # other reporting: 16-19 June
        "The Paris meeting came just four days after the shuttle talks in Egypt and Qatar wrapped up.",
    ],
)
def test_arithmetic_with_the_value_other_reporting_gives_is_disputed(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    result = check(base, claim)
    assert result.verdict == "disputed", [(a.text, a.status) for a in result.assertions]
    assert any(n.kind == "also_reported" for _, n in result.notes)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("停火期间双方合计释放了三百四十人。", "supported"),  # 100 hostages + 240 prisoners
        ("Counting both sides, 340 people were freed during the eight-day truce.", "supported"),
        (
            "Counting both sides, 350 people were freed during the eight-day truce.",
            "not_enough_info",
        ),
    ],
)
def test_a_total_is_the_sum_of_two_facts_amounts(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The third round of talks got under way in late December 2023.", "supported"),
        ("第三轮谈判于2023年12月下旬开始。", "supported"),
        ("The third round of talks got under way in early December 2023.", "refuted"),
        ("Biden unveiled his Gaza ceasefire proposal in early May 2024.", "refuted"),
    ],
)
def test_part_of_a_month(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the vote on the bridge bill, the Green Party abstained.", "refuted"),
        ("In the vote on the bridge bill, the Blue Party abstained.", "supported"),
        ("绿党在桥梁法案表决中投了弃权票。", "refuted"),
        ("蓝党在桥梁法案表决中投了弃权票。", "supported"),
    ],
)
def test_a_verb_said_as_a_noun_does_not_take_the_actor_of_the_next_verb(
    council: Checker, claim: str, expected: str
) -> None:
    """表决中 and "in the vote" name the occasion; the party is the one that abstained."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Biden's proposal was made ten days before the Security Council voted on resolution 2735.", "supported"),
        ("Biden's proposal was made nine days before the Security Council voted on resolution 2735.", "refuted"),
        ("Less than two weeks after the fighting began on 7 October, Hamas freed two Americans.", "supported"),
        ("Twelve days after the war broke out on 7 October, Hamas freed two Americans.", "refuted"),
    ],
)  # fmt: skip
def test_the_time_between_two_events_belongs_to_neither(
    council: Checker, base, claim: str, expected: str
) -> None:
    """ "Ten days before X": the ten days are a gap, not a length that picks the fact, and
    the fact a side names ("Biden's proposal") is preferred to one that only cites its actor."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    "claim",
    [
        "Gantz was one of the core members of Hamas.",
        "Netanyahu was one of the core members of the war cabinet.",
        "Hamas's war cabinet included Gantz.",
    ],
)
def test_membership_the_facts_do_not_give_is_never_supported(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    """A body named only in a related fact's text is not a body its members belong to."""
    assert check(base, claim).verdict != "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The truce was agreed after Israel launched its ground operation.", "supported"),
        ("The truce was reached before Israel launched its ground operation.", "refuted"),
        ("短暂停火是在以色列发动地面军事行动之后达成的。", "supported"),
        ("短暂停火是在以色列发动地面军事行动之前达成的。", "refuted"),
        ("停火协议在以色列发动地面行动以前就已达成。", "refuted"),
    ],
)
def test_an_undated_event_is_ordered_by_its_links_not_by_a_dated_fact_near_it(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """The ground offensive has no day; the fact dated on its eve says its words too. Its
    `after` links order it, and a Chinese 之前 keeps the verb that follows it (达成)."""
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The street protest came after the vote on the bridge bill.", "supported"),
        ("The street protest came before the vote on the bridge bill.", "refuted"),
        ("The mayor opened the bridge after the vote on the bridge bill.", "supported"),
        ("The bridge opening preceded the street protest.", "refuted"),
        ("The petition for a second bridge circulated before the street protest.", "not_enough_info"),
        ("上街抗议发生在桥梁法案表决之后。", "supported"),
        ("上街抗议发生在桥梁法案表决之前。", "refuted"),
        ("剪彩通车在上街抗议之前。", "refuted"),
    ],
)  # fmt: skip
def test_undated_events_are_ordered_by_their_after_links(
    council: Checker, claim: str, expected: str
) -> None:
    """`after` links order events the facts do not date, followed through (opening after
    protest after vote); an event with no link and no day cannot be ordered."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Green Party was among the parties to the budget talks.", "supported"),
        ("The town clerk was among the parties to the budget talks.", "not_enough_info"),
        ("The Green Party was among the mediators of the budget talks.", "not_enough_info"),
    ],
)
def test_a_unit_word_names_the_field_that_holds_its_members(
    council: Checker, claim: str, expected: str
) -> None:
    """ "among the parties to the talks" is the talks' participants, and whoever the claim
    puts among them must be there: a word of the fact's text is not a member."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Gantz was a member of Israel's war cabinet.", "supported"),
        ("Netanyahu was a member of Israel's war cabinet.", "not_enough_info"),
        ("Netanyahu was one of the core members of the war cabinet.", "not_enough_info"),
        ("Israel's war cabinet included Gantz.", "supported"),
        ("Israel's war cabinet included Netanyahu.", "not_enough_info"),
        ("甘茨是战时内阁的核心成员之一。", "supported"),
        ("内塔尼亚胡是战时内阁的成员。", "not_enough_info"),
        ("以色列战时内阁包括内塔尼亚胡。", "not_enough_info"),
    ],
)
def test_membership_is_read_as_a_relation(
    council: Checker, base, claim: str, expected: str
) -> None:
    """ "X was a member of E", "E included X": X must be in E's `members`, not merely named
    in a fact about E (Netanyahu dissolved the war cabinet; he is not listed as a member)."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("During the truce that began on 24 November 2023, Israel freed 240 Palestinian prisoners.", "supported"),
        ("The truce kicked off on 24 Nov 2023, and Israel freed 420 Palestinian prisoners during it.", "refuted"),
        ("哈马斯在6月16日之后又向斡旋方提交了第二份回应。", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_verb_is_backed_by_the_field_it_fills(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "began" is backed by the truce's start, which a parent fact holds, not by its words;
    an order is not refuted when one side's number is not its fact's (a second response)."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The public consultation lasted longer than the bridge festival.", "supported"),
        ("The public consultation was shorter than the bridge festival.", "refuted"),
        ("公众咨询持续的时间比桥梁节还短。", "refuted"),
        ("桥梁节比公众咨询短。", "supported"),
        ("The bridge festival lasted longer than two days.", "supported"),
        ("The bridge festival was shorter than two days.", "refuted"),
    ],
)
def test_lengths_of_two_events_are_compared(council: Checker, claim: str, expected: str) -> None:
    """ "A was shorter than B", "A比B短": the days of each period; "longer than two days" is
    an amount (more than two days), not a comparison of events."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize("text", ["按文章所述，2024年宰牲节", "据报道,2023年停火"])
def test_a_year_after_a_comma_is_a_year_not_a_duration(base, text: str) -> None:  # type: ignore[no-untyped-def]
    from factcheck.check.reader import read

    parts = read(text, checker_for(base).voc).parts
    assert [p.kind for p in parts if p.text.startswith("202")] == ["date"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2735号决议表决时没有任何国家投弃权票。", "refuted"),
        ("No country abstained in the vote on resolution 2735.", "refuted"),
        ("Russia was the only country to abstain on resolution 2735.", "supported"),
    ],
)
def test_a_word_for_a_type_of_actor_is_backed_by_the_field_holding_them(
    council: Checker, base, claim: str, expected: str
) -> None:
    """ "No country abstained": 'country' names the states the abstainers field holds, so the
    denial is about the vote and is refuted by its one abstention; 国家 stays one word."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The public consultation ran from 4 to 29 January 2021.", "supported"),
        ("The public consultation ran from 4 to 30 January 2021.", "refuted"),
        ("公众咨询从2021年1月4日持续到29日。", "supported"),
        ("公众咨询从2021年1月5日持续到29日。", "refuted"),
    ],
)
def test_the_ends_of_a_claimed_span_are_the_periods_first_and_last_days(
    council: Checker, claim: str, expected: str
) -> None:
    """ "from 4 to 30 January": 30 January is the last day the claim gives, so a period that
    ends on the 29th contradicts it, although the 30th is no day inside it either."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    "claim",
    ["In 2024, Eid al-Adha ran from 16 to 19 June.", "2024年的古尔邦节从6月16日持续到19日。"],
)
def test_a_span_other_reporting_gives_is_disputed(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == "disputed"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The bridge bill passed with not five votes in favour but six.", "supported"),
        ("The bridge bill passed with not six votes in favour but five.", "refuted"),
        ("The public consultation lasted not 20 days but 26.", "supported"),
        ("The public consultation lasted not 26 days but 20.", "refuted"),
        ("桥梁法案不是以5票赞成通过的，而是6票。", "supported"),
        ("桥梁法案不是以6票赞成通过的，而是5票。", "refuted"),
    ],
)
def test_a_denied_value_set_against_another(council: Checker, claim: str, expected: str) -> None:
    """ "not X but Y", 不是X，而是Y: Y counts what X counts, X is the denied value, and both
    are judged by the fact that holds the field."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    "claim",
    [
        "The November truce lasted not eight days but seven.",
        "停火期间哈马斯释放的人质不是100名，而是105名。",
    ],
)
def test_not_the_articles_value_but_other_reportings_is_disputed(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    verdict = check(base, claim)
    assert verdict.verdict == "disputed"
    assert all(a.status in ("supported", "disputed") for a in verdict.assertions)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("作者称，主要调解方与冲突双方之间的利益关系严重失衡。", "supported"),
        ("作者称，主要调解方与冲突双方之间的利益关系正在改善。", "not_enough_info"),
        ("拜登于2024年5月底公布了一项新的加沙停火提议。", "supported"),
    ],
)
def test_the_article_reporting_is_no_claim_of_its_own(
    council: Checker, base, claim: str, expected: str
) -> None:
    """作者称, "the article says": every fact is the article's report, so the verb adds
    nothing to check; 一项 is "a", not a count of truces."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Gantz is the leader of the Likud party.", "refuted"),
        ("Gantz, who quit on 8 June, is the leader of the Likud party.", "refuted"),
        ("甘茨是利库德集团的领导人。", "refuted"),
        ("Netanyahu leads the Likud party.", "not_enough_info"),
        ("Israel was represented at the Paris talks by the head of Shin Bet rather than the Mossad chief.", "refuted"),
    ],
)  # fmt: skip
def test_an_actor_is_compared_with_one_of_its_own_type(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """A political party contradicts a person's party, not the government they belong to;
    an intelligence agency contradicts another agency (outside actors come from the lexicon)."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The bridge works deadline was extended twice.", "supported"),
        ("The bridge works deadline was extended three times.", "refuted"),
        ("The bridge works had two extensions.", "supported"),
        ("The bridge works had three extensions.", "refuted"),
        ("工期先后延长了两次。", "supported"),
        ("工期先后延长了三次。", "refuted"),
        ("The bridge works deadline was extended by ten days.", "supported"),
        ("The bridge works deadline was extended only once.", "refuted"),
    ],
)
def test_how_many_times_counts_the_items_of_the_list_the_verb_fills(
    council: Checker, claim: str, expected: str
) -> None:
    """ "extended three times", 延长了三次, "three extensions" count the extensions, and a bare
    "three" is never matched with "3 days"."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The bridge works were extended by fifteen days in total.", "supported"),
        ("The bridge works were extended by twenty days in total.", "refuted"),
        ("The bridge works were extended by twelve days in total.", "disputed"),
        ("工期两次延长共计十五天。", "supported"),
        ("工期两次延长共计十二天。", "disputed"),
    ],
)
def test_a_total_is_the_sum_of_the_list_the_verb_fills(
    council: Checker, claim: str, expected: str
) -> None:
    """ "extended by fifteen days in total" adds up the extensions (10 + 5); other reporting's
    list (7 + 5) makes twelve disputed, not refuted."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("本轮冲突中只出现过一次短暂停火。", "supported"),
        ("本轮冲突中出现过两次短暂停火。", "refuted"),
        ("The truce had three extensions.", "refuted"),
        ("停火在两次延期后结束。", "supported"),
    ],
)
def test_a_classifier_before_a_noun_counts_the_noun(
    council: Checker, base, claim: str, expected: str
) -> None:
    """一次短暂停火 is one truce (a count of truces), 两次延期 two extensions."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Within two weeks of the outbreak of the conflict, Hamas freed two Americans.", "supported"),
        ("Within one week of the outbreak of the conflict, Hamas freed two Americans.", "refuted"),
        ("Less than two weeks after the fighting began, Hamas freed two Americans.", "supported"),
        ("Hamas freed two Americans less than two weeks after fighting broke out.", "supported"),
    ],
)  # fmt: skip
def test_a_side_is_the_event_whose_words_say_its_verb(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "after the fighting began" is the outbreak, whose words say it began, not the day the
    fighting resumed (which has a day too); "within two weeks of X" is a gap after X."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Haniyeh said Hamas's response departed from the principles set out in Biden's speech.", "refuted"),
        ("Haniyeh said Hamas's response was in line with the principles of Biden's speech.", "supported"),
        ("哈尼亚称，哈马斯的答复与拜登讲话的基本原则相悖。", "refuted"),
        ("哈尼亚称，哈马斯的答复与拜登讲话的基本原则相符。", "supported"),
    ],
)  # fmt: skip
def test_a_verb_whose_opposite_the_fact_states_is_refuted(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "departed from" is the lexicon's opposite of "in line with" (相悖 of 相符)."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the author's assessment, Egypt and Qatar have identical motives for mediating.", "refuted"),
        ("The author thinks Egypt and Qatar have different motives for mediating.", "supported"),
        ("The author says Hamas's stance has softened.", "supported"),
        ("作者称，主要调解方与冲突双方之间的利益关系严重失衡。", "supported"),
        ("作者称，主要调解方与冲突双方之间的利益关系十分平衡。", "refuted"),
    ],
)  # fmt: skip
def test_a_denied_opposite_backs_a_verb_and_the_articles_frame_is_no_statement(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """不尽相同 ("not the same") backs "different" and refutes "identical"; "作者称，" frames
    the statement after it instead of being a statement of its own."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Hamas released three American citizens in October 2023.", "refuted"),
        ("Hamas released two American citizens in October 2023.", "supported"),
        ("The truce was extended only once, by three days.", "refuted"),
    ],
)
def test_units_the_lexicon_counts_alike(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """The citizens freed were hostages (`same_as` in the lexicon), so "three American
    citizens" contradicts the two hostages freed; "only once" counts the two extensions."""
    assert check(base, claim).verdict == expected


def test_once_at_the_start_of_a_claim_is_no_count(base) -> None:  # type: ignore[no-untyped-def]
    from factcheck.check.reader import read

    voc = checker_for(base).voc
    assert not [
        p
        for p in read("Once the truce was extended, fighting stopped.", voc).parts
        if p.kind == "number"
    ]
    assert [
        p.value for p in read("The truce was extended only once.", voc).parts if p.kind == "number"
    ] == [1]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("公众咨询于2021年1月4日开始，29日结束。", "supported"),
        ("公众咨询于2021年1月4日开始，30日结束。", "refuted"),
    ],
)
def test_a_bare_day_of_month_takes_the_month_said_before_it(
    council: Checker, claim: str, expected: str
) -> None:
    """ "1月4日开始，29日结束": the 29th is a day of January, not a duration of 29 days."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("奥尔德林比阿姆斯特朗先踏上月面。", "refuted"),
        ("阿姆斯特朗比奥尔德林先踏上月面。", "supported"),
        ("Aldrin stepped onto the Moon before Armstrong.", "not_enough_info"),
        ("The astronauts collected about 50 kilograms of lunar samples.", "refuted"),
        ("宇航员带回了不到十公斤的月球样本。", "refuted"),
        ("Apollo 11 splashed down in the Atlantic Ocean.", "refuted"),
        ("阿波罗11号在大西洋溅落。", "refuted"),
    ],
)
def test_an_order_between_actors_shares_the_deed(
    apollo: Checker, claim: str, expected: str
) -> None:
    """ "A比B先踏上月面": both did what follows the cue, so each side is its own event; a side
    whose fact does not say the deed ("stepped") orders nothing. A unit with `kind` names the
    people a field holds ("the astronauts")."""
    assert apollo.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Israel's war cabinet was not dissolved in June but expanded.", "refuted"),
        ("以色列战时内阁在6月并没有解散，而是扩大了。", "refuted"),
        ("Israel's war cabinet was not expanded in June but dissolved.", "not_enough_info"),
    ],
)
def test_not_x_but_y_is_refuted_by_x_alone(
    council: Checker, base, claim: str, expected: str
) -> None:
    """ "not dissolved but expanded": the denial is false whatever "expanded" says; the
    reverse denies what no fact says, so it stays unknown."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Only the Blue Party abstained in the vote on the bridge bill.", "supported"),
        ("只有蓝党在桥梁法案表决中投了弃权票。", "supported"),
        ("Only the Green Party abstained in the vote on the bridge bill.", "refuted"),
        ("只有绿党在桥梁法案表决中投了弃权票。", "refuted"),
        ("Only the Green Party submitted the bridge bill.", "not_enough_info"),
    ],
)
def test_only_is_checked_against_a_closed_list(
    council: Checker, claim: str, expected: str
) -> None:
    """ "Only X": X must be all of the closed list of X's kind that the verb fills; a single
    submitter is not a closed list, so "only" there stays unknown."""
    assert council.check(claim).verdict == expected


def test_only_two_of_the_paris_participants_is_refuted(base) -> None:  # type: ignore[no-untyped-def]
    verdict = check(base, "Only Egypt and Qatar took part in the Paris talks.")
    assert verdict.verdict == "refuted"


def test_a_name_beside_an_office_is_one_person_not_a_list(council: Checker, base) -> None:
    """ "Mossad chief David Barnea": an apposition, so the name is not a member of the closed
    list of negotiators to be refuted; the article does not name him (not_enough_info)."""
    claim = "Mossad chief David Barnea represented Israel at the Paris meeting."
    assert check(base, claim).verdict == "not_enough_info"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("俄罗斯表示，之所以投弃权票是因为决议草案没有说明以色列是否接受。", "not_enough_info"),
        ("以色列认为，即使三大军事目标尚未完成，也可以接受永久停火。", "refuted"),
        ("以色列认为，三大军事目标实现之前不可能接受永久停火。", "supported"),
    ],
)
def test_who_says_it_frames_the_statement_that_follows(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "Russia said, …" is not a statement of its own to be matched with the US's claim;
    "Israel holds that …" is backed by a position whose actor is Israel."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("以色列的三大军事目标已经实现。", "not_enough_info"),
        ("Israel has achieved its three war aims.", "not_enough_info"),
        ("Israel will not accept a permanent ceasefire until its three war aims are achieved.", "supported"),
    ],
)  # fmt: skip
def test_what_is_sought_is_not_what_was_done(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """An aim's words ("to demilitarise Gaza", 实现非军事化) and a verb after "until" or
    没有…之前 never say a thing was achieved (`done` verbs in the lexicon); a fact whose own
    actor refuses backs that actor's refusal."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The bridge bill passed 5-0.", "refuted"),
        ("桥梁法案以5比0获得通过。", "refuted"),
        ("The bridge bill passed 6-0-1.", "not_enough_info"),
    ],
)
def test_a_tally_column_the_vote_does_not_record_neither_backs_nor_blocks(
    council: Checker, claim: str, expected: str
) -> None:
    """The bridge vote records 6 for and one abstention but no votes against: "5-0" is
    refuted by its first column, "6-0-1" stays unknown for want of the second."""
    assert council.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("During the eight-day truce, Israel released 100 hostages and Hamas released 240 Palestinian prisoners.", "not_enough_info"),
        ("During the truce, Hamas released 100 hostages and Israel released 240 Palestinian prisoners.", "supported"),
    ],
)  # fmt: skip
def test_the_doer_of_a_counted_deed_is_the_facts_actor(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "Israel released 100 hostages": the release of the hostages has Hamas as its actor,
    so Israel is not backed by the truce that merely names both sides."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    "claim", ["安理会表决2735号决议时，弃权票多于赞成票。", "埃及对哈马斯的影响力大于卡塔尔。"]
)
def test_a_chinese_comparative_verb_is_a_comparison_not_a_degree(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    """多于 and 大于 compare by themselves (no 比 needed); unchecked, they leave the claim
    unknown rather than supported."""
    assert check(base, claim).verdict != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Apollo 11 launched on 16 July 1969 and landed on the Moon three days later, on 19 July.",
        "Aldrin stepped onto the Moon before Armstrong.",
    ],
)
def test_an_order_or_gap_between_facts_that_do_not_say_the_deed_is_never_supported(
    apollo: Checker, claim: str
) -> None:
    """The craft reached lunar orbit three days after launch, but did not land then: a gap
    holds only between facts that say what each side says happened."""
    assert apollo.check(claim).verdict != "supported"


def test_a_clause_that_begins_with_a_verb_is_about_the_sentences_subject(base) -> None:  # type: ignore[no-untyped-def]
    claim = "The fourth round of talks, mediated by Qatar, secured the release of two American citizens."
    assert check(base, claim).verdict != "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("During the November truce, Hamas freed 100 hostages.", "supported"),
        ("停火期间，哈马斯释放了100名人质。", "supported"),
        ("During the fourth round of talks, Hamas freed 100 hostages.", "refuted"),
        ("第四轮谈判期间，哈马斯释放了100名人质，以色列释放了240名巴勒斯坦囚犯。", "refuted"),
        ("Israel freed 2.4 times as many Palestinian prisoners as the hostages Hamas released during the truce.", "supported"),
    ],
)  # fmt: skip
def test_during_places_the_rest_of_the_claim_in_an_events_time(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """ "During X": the events the rest of the claim is found in are part of X or within its
    days; when every one lies outside X (the truce's releases, two months before round four),
    the claim is refuted."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Egypt did not take part in the Paris talks.", "refuted"),
        ("Hamas did not take part in the Paris talks.", "supported"),
        ("Both Israel and Hamas accepted the three-phase plan of resolution 2735.", "not_enough_info"),
        ("Hamas rejected resolution 2735.", "refuted"),
        ("在冲突爆发前，卡塔尔是哈马斯的重要金主。", "not_enough_info"),
        ("在以军撤出加沙人口聚集区后，哈马斯才释放部分人质。", "not_enough_info"),
    ],
)  # fmt: skip
def test_what_a_checker_matching_words_would_wrongly_support(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """A fact's denial is its own actor's (Hamas was absent, not Egypt); "hands back" is no
    acceptance; 在X后 orders two events that one resolution lists without an order; an
    order is not refuted by a dated event that does not say the side's verb (金主)."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Paris talks were a three-party meeting.", "refuted"),
        ("巴黎谈判是三方会谈。", "refuted"),
        ("The Paris talks were a four-party meeting.", "supported"),
    ],
)
def test_a_count_of_what_a_closed_list_holds_is_its_length(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """Round four's words speak of Burns meeting "三方" (the three others), but its closed
    list of participants holds four: a count of parties is that list's length."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("第五轮谈判中，以色列代表数度离开埃及。", "not_enough_info"),
        ("第五轮谈判中，卡塔尔和哈马斯代表数度离开埃及。", "supported"),
        ("在第四轮谈判中，哈马斯释放了100名人质。", "refuted"),
        ("Israel freed 2.4 times as many Palestinian prisoners as the hostages Hamas released.", "supported"),
        ("The Security Council adopted resolution 2735 with 14 votes in favour and one abstention, cast by Russia.", "supported"),
    ],
)  # fmt: skip
def test_who_did_it_is_read_from_the_facts_words_too(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """Round five's words in both languages say Qatar's and Hamas's delegates left Egypt, so
    Israel's did not, and an actor the statement's fact names in another role is not backed
    by its own entry; 在X中 places the rest in X's time; the doer of "the hostages Hamas
    released" is Hamas, not the prisoners named before."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Israel's three war aims are to destroy Hamas, free the hostages and demilitarise Gaza after the war.", "supported"),
        ("Israel's three war aims are to destroy Hamas, free the hostages and occupy Gaza after the war.", "not_enough_info"),
        ("The Paris talks on 29 January 2024 took place while the third round of talks was still going on.", "refuted"),
        ("Hamas freed 100 hostages while Israel freed 240 Palestinian prisoners.", "supported"),
    ],
)  # fmt: skip
def test_list_items_and_while(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """An item of a claimed list matches a text of the fact's list only with all its words
    ("occupy Gaza after the war" shares two, so it is unknown, not supported); "while X was
    going on" places the claim in X's time."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("内塔尼亚胡于6月17日解散战时内阁，是因为甘茨此前宣布辞职。", "not_enough_info"),
        ("Hamas could not attend the Paris talks because France lists it as a terrorist organisation.", "supported"),
        ("由于和哈马斯有传统联系，埃及的斡旋表态在一定程度上能反映哈马斯的诉求。", "supported"),
    ],
)  # fmt: skip
def test_a_cause_needs_a_fact_that_gives_it(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "because", 是因为: two true events joined as cause and effect are not supported unless
    a fact gives the reason (its words, 因此 or "because", or a `reason` field)."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("俄罗斯没有对安理会2735号决议投赞成票。", "supported"),  # Russia abstained
        ("第一轮谈判未能阻止以色列对加沙的地面军事行动。", "not_enough_info"),
        ("以色列始终认为，在三大军事目标实现之前，不可能“永久停火”。", "supported"),
        ("以色列追求暂时性停火，而不是永久停火。", "supported"),
        ("按文章说法，四天的停火期满后又先延长三天、再延长一天。", "not_enough_info"),
        ("哈马斯称，释放两名美国人质是出于人道主义考虑。", "not_enough_info"),
        ("Egypt, Qatar, the US, Israel and Hamas were among the parties to the shuttle talks that ran from late December 2023 to late January 2024.", "supported"),
        ("Less than two weeks after the conflict erupted, the first round of talks produced its first hostage release.", "not_enough_info"),
    ],
)  # fmt: skip
def test_true_claims_are_not_refuted_by_the_wrong_fact(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """A denial is refuted only by a fact whose own doers did it (Russia abstained), never
    by an aim; no quality word is denied by itself; a value another fact of the claim holds
    is not contradicted by this one; a closed list refutes only the event the claim's dates
    name; a fact known only to its month cannot be out of order within it."""
    assert check(base, claim).verdict != "refuted"
    assert check(base, claim).verdict == expected


def test_an_aims_words_are_no_deeds_to_contradict(base) -> None:  # type: ignore[no-untyped-def]
    """Round four's aims speak of "the remaining hostages": that is no one staying, so it
    cannot contradict delegates who left (fields of `intentions` in the lexicon)."""
    claim = "Although Qatari and Hamas representatives left Egypt several times, no party ever declared the fifth round to have collapsed."
    assert check(base, claim).verdict != "refuted"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The November 2023 truce was one of several short ceasefires in this conflict.", "refuted"),
        ("由于与哈马斯走得太近，卡塔尔多次遭到美国和以色列的强烈批评。", "supported"),
        ("卡塔尔因与以色列关系过于密切，遭到美以多次强烈诟病。", "not_enough_info"),
    ],
)  # fmt: skip
def test_several_times_and_ties_with_whom(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "several", 多次 are accounted only where a fact's words say so (Qatar was criticised
    多次), and "one of several ceasefires" is contradicted by the count of one; "close ties with X" puts X among the fact's partners, so ties with Israel are not
    the ties with Hamas."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Biden unveiled a new proposal on May 31, a little more than three weeks after the fifth round began.", "supported"),
        ("Biden unveiled a new proposal on May 31, a little more than five weeks after the fifth round began.", "refuted"),
        ("The third round of shuttle diplomacy lasted a little under a month.", "supported"),
    ],
)  # fmt: skip
def test_a_little_more_or_less_is_an_approximation(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("安理会2735号决议通过后，拜登才公布了旨在实现加沙永久停火的新提议。", "refuted"),
        ("拜登公布新提议后，安理会通过了2735号决议。", "supported"),
        ("安理会2735号决议通过后，哈马斯对该决议表示了支持。", "supported"),
    ],
)  # fmt: skip
def test_a_clause_ending_in_hou_is_an_order(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "X后，Y": Y came after X, checked by their days, or said so by the fact itself
    (Hamas's support "2735号决议通过后")."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("24/11/2023", "2023-11-24"), ("11/24/2023", "2023-11-24"), ("10/6/2024", None)],
)
def test_a_day_month_year_date_is_read_only_where_it_cannot_be_misread(
    text: str, expected: str | None
) -> None:
    from factcheck.dates import find_dates

    found = [d for d in find_dates(text) if d.day]
    assert (found[0].to_date().isoformat() if found and found[0].to_date() else None) == expected  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "claim",
    [
        "The article does not say Israel accepted the US proposal; it says Israeli officials never publicly acknowledged accepting it.",
        "Haniyeh, head of Hamas's political bureau, said on June 16 that Hamas's response matched the principles in Biden's speech and in the Security Council resolution.",
    ],
)  # fmt: skip
def test_true_claims_about_what_was_said_are_not_refuted(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    """ "The article does not say X" is about the article, not a party's statement; Biden,
    whose speech is named, is not put in the speaker's place by Haniyeh's saying."""
    assert check(base, claim).verdict != "refuted"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("由于以色列释放了240名巴勒斯坦囚犯，哈马斯才决定释放两名美国公民。", "not_enough_info"),
        ("Hamas decided to free two American hostages on humanitarian grounds.", "supported"),
    ],
)
def test_a_cause_joins_what_one_fact_says(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """The cause must come from the fact that gives the effect: the prisoners Israel freed
    (another fact) are no reason the article gives for the Americans' release; "decided to"
    is a light verb."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("黎巴嫩真主党表示，若加沙实现停火，它也将停止攻击以色列。", "not_enough_info"),
        ("外界推测，以军限时停火与前一日一辆装甲运兵车遇袭、八名士兵丧生有关。", "supported"),
        ("The author is a research fellow at the Institute of West Asian and African Studies of the Chinese Academy of Social Sciences.", "supported"),
    ],
)  # fmt: skip
def test_small_words(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """A pronoun (它) stands for an actor and is never dropped; 一辆 is "an"; "research
    fellow" is the researcher's office."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("甘茨6月8日宣布辞职，九天后内塔尼亚胡宣布解散战时内阁。", "supported"),
        ("甘茨6月8日宣布辞职，五天后内塔尼亚胡宣布解散战时内阁。", "refuted"),
    ],
)
def test_n_days_later_in_chinese_counts_from_the_statement_before(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("第五轮谈判开始后不到一个月，拜登就抛出了新的停火方案。", "supported"),
        ("第五轮谈判开始后不到一周，拜登就抛出了新的停火方案。", "refuted"),
        ("第三轮穿梭谈判从2023年12月28日持续到2024年1月24日，前后约四周。", "supported"),
    ],
)
def test_hou_before_a_duration_is_an_order(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """开始后不到一个月: after, by less than a month; 前后约四周 is no order but a total."""
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("During the brief truce, Hamas freed 120 hostages.", "refuted"),
        ("During the brief truce, Hamas freed 100 hostages.", "supported"),
        ("临时停火期间，以色列释放了300名巴勒斯坦囚犯。", "refuted"),
        ("短暂停火期间，哈马斯一共释放了一百二十名人质。", "refuted"),
        ("停火期间，哈马斯一共释放了100名人质。", "supported"),
        ("Counting both sides, 340 people were freed during the eight-day truce.", "supported"),
    ],
)
def test_a_frame_quality_and_a_total_of_one_count(base, claim: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    """ "the brief truce" names the frame, not a deed of the claim; "120 hostages in all"
    is the one count the fact holds, while "340 people in all" adds two."""
    assert check(base, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Netanyahu, Israel's prime minister, announced on 17 June that the war cabinet was being dissolved.", "supported"),
        ("Netanyahu is Israel's finance minister.", "refuted"),
        ("内塔尼亚胡是以色列总理。", "supported"),
    ],
)  # fmt: skip
def test_an_office_inside_a_longer_name(base, claim: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    """A person's office value "prime minister of Israel" is also a name of its own; the
    office inside it still counts."""
    assert check(base, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The Blue Party voted for the bridge bill.", "refuted"),
        ("蓝党对桥梁法案投了赞成票。", "refuted"),
        ("The Blue Party abstained on the bridge bill.", "supported"),
        ("蓝党在桥梁法案表决中投了赞成票", "refuted"),
        ("蓝党在桥梁法案表决中弃权", "supported"),  # the vote frames the abstention
        ("镇议会以6票赞成通过桥梁法案", "supported"),  # the council: no abstainer
        ("Six members voted in favour of the bridge bill", "supported"),
    ],
)
def test_an_actor_in_an_exclusive_role_did_not_do_the_other(
    council: Checker, claim: str, verdict: str
) -> None:
    """Voting for excludes abstaining (`excludes` in the lexicon): an actor the fact holds
    among the abstainers did not vote for, whatever the text's words back one by one."""
    got = council.check(claim)
    assert got.verdict == verdict, got
    if verdict == "refuted":
        assert [c.field for c in got.corrections] == ["values.abstainers"]


def test_exclusive_roles_are_read_from_a_base_of_its_own(mini: Path) -> None:
    got = check(load_facts([mini]), "Russia voted for resolution 2735")
    assert got.verdict == "refuted" and got.corrections[0].field == "values.abstainers"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("俄罗斯在2735号决议表决中投了弃权票", "supported"),  # a new user's true claim
        ("俄罗斯在表决中投了赞成票", "refuted"),  # was supported: 赞成 read as any vote
        ("安理会以十四票赞成通过2735号决议", "supported"),
    ],
)
def test_voting_for_is_not_taking_part_in_a_vote(base, claim: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == verdict


def test_a_claim_longer_than_is_read_is_never_supported(base) -> None:  # type: ignore[no-untyped-def]
    true = "Russia abstained on resolution 2735. "
    long_true = true + "The hostages were released during the truce. " * 60
    got = check(base, long_true)
    assert len(long_true) > 2000 and got.verdict == "not_enough_info"
    (start, end), rest = got.unaccounted[-1]
    assert end == len(long_true) and rest == long_true[start:]
    assert not long_true[start - 1].isalnum() or not rest[0].isalnum()  # no word cut in two
    assert "longer than 2000 characters" in got.explanation
    long_false = "Burns was the director of Mossad. " + "x " * 1200
    assert check(base, long_false).verdict == "refuted"


FESTIVAL = """format = 1
[[facts]]
id = "festival"
kind = "event"
start = 2022-07-01
end = 2022-07-10
source = ["¶1"]
text.en = "The town festival, first planned for seven days, was extended by three days and ran for ten days in all."
text.zh = "镇上的节庆最初计划七天，后来延长三天，共举行十天。"
aliases.en = ["festival", "town festival"]
aliases.zh = ["节庆"]

[facts.values]
duration = { value = 10, unit = "days" }
initial_duration = { value = 7, unit = "days" }
extensions = [{ value = 3, unit = "days" }]
"""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The festival lasted ten days.", "supported"),
        ("The festival lasted seven days.", "refuted"),  # its first plan, not its length
        ("The festival was extended by three days.", "supported"),
        ("The festival was extended by ten days.", "refuted"),
        ("节庆共举行十天", "supported"),
    ],
)
def test_a_length_is_the_one_the_claims_words_name(
    tmp_path: Path, claim: str, verdict: str
) -> None:
    """A fact that types its lengths (duration, initial_duration, extensions) backs a
    length only in the field the claim's words point to: "lasted" the event's own."""
    path = tmp_path / "festival.toml"
    path.write_text(FESTIVAL, encoding="utf-8")
    assert check(load_facts([path]), claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The truce lasted four days.", "refuted"),  # a user's false claim, once supported
        ("停火持续了四天。", "refuted"),
        ("The truce was initially agreed for four days.", "supported"),
        ("The truce was extended by eight days.", "refuted"),
        ("The truce lasted eight days in all.", "supported"),
    ],
)
def test_the_truces_lengths(base, claim: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "field"),
    [
        ("Fighting resumed on 2 December 2023.", "supported", None),  # the erratum's day
        ("Fighting resumed on 15 November 2023.", "refuted", "date"),
        ("The truce ended on 1 December 2023.", "supported", None),  # was disputed
        ("The truce ended on 24 November 2023.", "refuted", "end"),  # its first day
        ("停火于2023年11月24日结束", "refuted", None),
        ("第三轮穿梭谈判于2024年1月下旬结束。", "supported", None),
        (
            "The truce came into effect on 24 November and ended on 1 December 2023.",
            "supported",
            None,
        ),
        ("Fighting resumed on 1 December 2023 once the truce ended.", "disputed", None),
    ],
)
def test_a_date_is_the_one_its_verb_names(
    base, claim: str, verdict: str, field: str | None
) -> None:  # type: ignore[no-untyped-def]
    """An end is a period's last day, a start its first; a misprinted day's correction (an
    erratum note) backs a claim; a verb set apart by an order word has its own date."""
    got = check(base, claim)
    assert got.verdict == verdict, got
    if field is not None:
        assert got.corrections and got.corrections[0].field == field


def test_an_erratum_corrected_day_backs_a_claim_on_any_base(tmp_path: Path) -> None:
    path = tmp_path / "f.toml"
    path.write_text(
        """format = 1
[[facts]]
id = "launch"
kind = "event"
date = 2022-03-01
source = ["¶1"]
text.en = "The ship was launched, the report says, on 1 March 2022."
text.zh = "报道称，这艘船于2022年3月1日下水。"
aliases.en = ["ship launch"]
aliases.zh = ["下水"]

[[facts.notes]]
kind = "erratum"
field = "date"
value = 2022-03-10
text.en = "The report's own timeline puts the launch on 10 March."
text.zh = "按报道自己的时间线，下水是在3月10日。"
""",
        encoding="utf-8",
    )
    facts = load_facts([path])
    assert check(facts, "The ship was launched on 10 March 2022.").verdict == "supported"
    wrong = check(facts, "The ship was launched on 5 March 2022.")  # within the facts
    assert wrong.verdict == "refuted" and wrong.corrections[0].actual == "2022-03-10"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The truce was the second truce of the conflict.", "not_enough_info"),  # not round 2
        ("Phase one of resolution 2735 is the rebuilding of Gaza.", "refuted"),  # was
        # supported, then left open; phase three backs every word phase one left open, so
        # its own place judges the ordinal, a sibling phase (contradiction._sibling_named)
        ("The second round produced the only truce.", "supported"),
    ],
)
def test_an_ordinal_counts_the_noun_after_it(base, claim: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    """'the second truce' counts truces, not rounds; 'phase one of' is phase one, not
    'one of' the phases."""
    assert check(base, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Hamas freed 100 hostages before the truce.", "not_enough_info"),  # was supported
        ("Hamas released two US hostages before the ground offensive.", "supported"),
    ],
)
def test_an_order_is_of_the_fact_that_counts_the_claims_number(
    base, claim: str, verdict: str
) -> None:  # type: ignore[no-untyped-def]
    """The order of another event (two Americans freed in October) does not back '100
    hostages before the truce': the fact the order is found for must count the 100."""
    assert check(base, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Round three was held in Doha.", "not_enough_info"),  # in Qatar: more than it says
        ("The truce was brokered in Doha.", "not_enough_info"),
        ("Round three was held in London.", "refuted"),
        ("Round four was held in Doha.", "refuted"),  # Paris
    ],
)
def test_a_city_within_a_venue_is_not_another_venue(base, claim: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    """The lexicon's outside places say what they lie in (`within`): Doha in Qatar."""
    assert check(base, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Biden is a Republican.", "refuted"),  # his fact: a Democrat
        ("Biden is a Democrat.", "supported"),
        ("拜登是共和党人", "refuted"),
        ("斯莫特里赫担任国家安全部长，本·格维尔担任财政部长。", "refuted"),  # offices swapped
    ],
)
def test_a_copula_with_a_political_party_is_membership(base, claim: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a degree word belongs to its order word; the fact's text saying "after" somewhere
        # does not account for the claim's "after"
        (
            "Hamas released two American hostages shortly after the ground offensive began.",
            "refuted",
        ),
        ("Shortly before the ground offensive, Hamas freed two US citizens.", "supported"),
        # a fact that says the verb (stay: the remaining hostages) and its opposite (leave)
        # does not contradict the verb
        (
            "In the second phase, Hamas would free the remaining hostages in exchange for a full Israeli withdrawal.",
            "supported",
        ),
        # an ordinal the anchor backs is not judged again by a lesser candidate
        (
            "In the second phase of resolution 2735, Israeli troops would withdraw from Gaza entirely.",
            "not_enough_info",
        ),
    ],
)
def test_traced_mechanisms_of_a_blind_set(base, claim: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == verdict


@given(digits=st.integers(min_value=16, max_value=60))
@settings(max_examples=15, deadline=None)
def test_a_number_too_long_to_read_is_never_supported(base, digits: int) -> None:  # type: ignore[no-untyped-def]
    """A run of digits longer than any number read is still a part of the claim: no fact
    backs it, so the claim is not supported (it was silently dropped)."""
    for claim in (f"停火持续了{'9' * digits}天", f"The truce lasted {'9' * digits} days."):
        assert check(base, claim).verdict != "supported"


@pytest.fixture(scope="module")
def league() -> Checker:
    """The checker of a small sports-league base (tests/data/league), built once."""
    return Checker(load_facts([Path(__file__).parent / "data" / "league" / "facts.toml"]))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("The league board was dissolved on 3 May 2021.", "refuted"),
     ("理事会于2021年5月3日被解散。", "refuted"),
     ("The league board was dissolved on 9 June 2021.", "supported"),
     ("Ames resigned from the league board.", "supported")],
)  # fmt: skip
def test_a_field_one_verb_of_a_fact_fills_backs_no_other_verb(
    league: Checker, claim: str, expected: str
) -> None:
    """Ames's resignation holds the board as its `body`: it says nothing of a dissolving, so
    the dissolution's own day judges the date."""
    assert league.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("One aim of round one was to dissuade Norway from a strike.", "not_enough_info"),
     ("第一轮谈判的目标之一是劝阻挪威罢赛。", "not_enough_info"),
     ("One aim of round one was to dissuade Alpha from a strike.", "supported"),
     ("第一轮谈判的目标之一是劝阻阿尔法罢赛。", "supported"),
     ("The summer break was initially set at three days.", "not_enough_info"),
     ("夏季休赛最初定为三天。", "not_enough_info"),
     ("The summer break was initially set at ten days.", "supported"),
     ("夏季休赛最初定为十天。", "supported")],
)  # fmt: skip
def test_an_actor_or_amount_only_another_fact_holds_is_not_backed(
    league: Checker, claim: str, expected: str
) -> None:
    """Norway mediated round one, but the aim was about Alpha; three days was the break's
    extension, not its first term."""
    verdict = league.check(claim)
    assert verdict.verdict == expected
    if expected == "not_enough_info":
        assert verdict.unaccounted


@pytest.mark.parametrize(
    ("claim", "actual"),
    [("One aim of round one was to dissuade Beta from a strike.", "Alpha FC"),
     ("第一轮谈判的目标之一是劝阻贝塔罢赛。", "Alpha FC")],  # said in Chinese when rendered
)  # fmt: skip
def test_an_actor_in_the_place_of_the_one_the_fact_holds_is_refuted(
    league: Checker, claim: str, actual: str
) -> None:
    """Beta, named by no event, stands where the aim holds Alpha; Norway, which mediated the
    round, may be what another statement is about, so it is only left unbacked."""
    verdict = league.check(claim)
    assert verdict.verdict == "refuted"
    (correction,) = verdict.corrections
    assert (correction.fact, correction.field) == ("round-1-aim", "values.target")
    assert correction.actual == actual


@pytest.mark.parametrize(
    "claim", ["Hamas took part in the Paris talks.", "哈马斯参加了巴黎会谈。"]
)
def test_an_absent_actor_and_its_denied_verb_are_one_contradiction(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    """The round holds Hamas as absent and says it could not attend: one contradiction said
    twice, so the round is the fact the claim is about (not a round held elsewhere)."""
    verdict = check(base, claim)
    assert verdict.verdict == "refuted"
    assert [c.field for c in verdict.corrections][:1] == ["values.absent"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("The second extension of the summer break was three days.", "refuted"),
     ("夏季休赛第二次延长了三天。", "refuted"),
     ("The second extension of the summer break was two days.", "supported"),
     ("夏季休赛第二次延长了两天。", "supported"),
     ("The first extension of the summer break was three days.", "supported"),
     ("The third extension of the summer break was two days.", "not_enough_info")],
)  # fmt: skip
def test_an_ordinal_picks_one_item_of_a_list(league: Checker, claim: str, expected: str) -> None:
    """The extensions are three days, then two: "the second extension" is the two days, and
    there is no third."""
    assert league.check(claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("The first extension was one day.", "refuted"),  # the article: three; others: two
     ("The first extension was two days.", "disputed"),
     ("第一次延长为两天。", "disputed"),
     ("The second extension was one day.", "supported")],
)  # fmt: skip
def test_other_reporting_of_a_list_is_read_item_by_item(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert check(base, claim).verdict == expected


@pytest.mark.parametrize(
    ("claim", "supported"),
    [("伯恩斯在巴黎与卡塔尔首相会谈。", True), ("伯恩斯在巴黎与美国首相会谈。", False),
     ("In Paris, Burns held talks with Qatar's prime minister.", True),
     ("In Paris, Burns held talks with the US prime minister.", False)],
)  # fmt: skip
def test_an_office_given_a_country_is_one_held_for_it(base, claim: str, supported: bool) -> None:  # type: ignore[no-untyped-def]
    """No person of the facts is the US prime minister: the office is not backed."""
    assert (check(base, claim).verdict == "supported") == supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [("In Paris, Burns held talks with the US prime minister.", "not_enough_info"),
     ("斯莫特里赫是以色列国防部长。", "refuted")],
)  # fmt: skip
def test_an_office_is_contradicted_only_for_the_one_said_to_hold_it(
    base, claim: str, verdict: str
) -> None:  # type: ignore[no-untyped-def]
    """Burns met someone with an office: his own office does not contradict it; Smotrich
    *is* said to hold one, so his does."""
    assert check(base, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Blue Party delegates abstained on the bridge bill.", "supported"),
        ("The delegates of the Blue Party abstained on the bridge bill.", "supported"),
        ("Green Party representatives abstained on the bridge bill.", "refuted"),
        ("蓝党代表对桥梁法案投了弃权票。", "supported"),
        ("绿党的代表对桥梁法案投了弃权票。", "refuted"),
        ("Delegates abstained on the bridge bill.", "not_enough_info"),  # whose delegates?
    ],
)
def test_the_people_who_act_for_an_actor_are_that_actor(
    council: Checker, claim: str, expected: str
) -> None:
    """ "Hamas negotiators", 卡塔尔代表: the lexicon's `agents`, next to a name, add nothing to
    back; alone, such a word is a word like any other."""
    assert_verdict(council.check(claim), expected)


def test_a_chinese_word_weighs_by_how_rare_it_is_as_an_english_word_does(base) -> None:  # type: ignore[no-untyped-def]
    """停火 (in many facts) says less about which fact a claim is about than 弃权 (in few);
    words of the same length weigh the same only when they are as rare."""
    from collections import Counter

    from factcheck.check.evidence import weight
    from factcheck.check.model import Part

    checker = checker_for(base)
    counts = Counter(w for f in base for w in ("停火", "弃权") if w in f.text.zh)
    assert counts["停火"] > 5 * counts["弃权"] > 0  # the premise, from the facts themselves
    common, rare = (weight(checker, Part("term", 0, 2, w, key=w)) for w in ("停火", "弃权"))
    assert common < rare


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Collins, the commander, stepped onto the Moon.", "refuted"),  # an apposition
        ("Commander Collins stepped onto the Moon.", "refuted"),  # a title before the name
        ("指令长柯林斯第一个踏上月球。", "refuted"),
        ("Armstrong, the commander, stepped onto the Moon first.", "supported"),
    ],
)
def test_a_title_or_apposition_says_who_a_person_is(
    apollo: Checker, claim: str, expected: str
) -> None:
    assert_verdict(apollo.check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "refuted"),
    [
        ("Burns, the head of Mossad, went to Paris.", True),
        ("Mossad chief Burns went to Paris.", True),
        ("Burns was the director of Mossad.", True),
        # the Mossad chief is someone Burns met, or one of a list: not Burns's organisation
        ("The CIA director, Burns, went to Paris to negotiate with the Mossad chief.", False),
        ("In Paris, Burns, the Mossad chief and Qatar's prime minister met.", False),
    ],
)
def test_an_organisation_is_a_persons_only_where_the_claim_gives_it_to_them(
    base, claim: str, refuted: bool
) -> None:  # type: ignore[no-untyped-def]
    result = check(base, claim)
    assert (result.verdict == "refuted") is refuted, [
        (a.text, a.status) for a in result.assertions
    ]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 4 January to 1 May: 117 days
        ("从公众咨询开始到桥梁节，中间相隔三个多月。", "supported"),  # 个多月, 中间相隔
        ("从公众咨询开始到桥梁节，相隔将近四个月。", "supported"),  # 桥梁节 by its name
        ("从公众咨询开始到桥梁节，相隔一个半月。", "refuted"),  # 个半月: 45 days
    ],
)
def test_chinese_spans_of_months_and_the_events_they_separate(
    council: Checker, claim: str, expected: str
) -> None:
    assert_verdict(council.check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("When the council passed the bridge bill, the Blue Party abstained.", "supported"),
        ("表决时，蓝党投了弃权票。", "supported"),
        # the vote was in March, the consultation in January: not then
        ("When the public consultation began, the Blue Party abstained on the bridge bill.", "not_enough_info"),
        ("公众咨询开始时，蓝党对桥梁法案投了弃权票。", "not_enough_info"),
    ],
)  # fmt: skip
def test_when_sets_the_rest_of_the_claim_at_its_time(
    council: Checker, claim: str, expected: str
) -> None:
    """ "When A, B", A时B: B must be of A's time (the same fact, within it, or around it)."""
    assert_verdict(council.check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("At the time of the Paris talks, Hamas still held more than 130 hostages.", "supported"),
        ("When the war broke out on 7 October 2023, Hamas was holding more than 130 hostages.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_count_of_one_time_is_not_one_of_another(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    "claim", ["公众咨询中，镇议会通过了桥梁法案。", "在公众咨询中，镇议会通过了桥梁法案。"]
)
def test_an_event_then_zhong_and_a_comma_is_a_time_frame(council: Checker, claim: str) -> None:
    """…中，: "during" with or without 在; the vote was after the consultation."""
    assert council.check(claim).verdict == "refuted"


def _normalised_char_by_char(text: str) -> tuple[str, list[int]]:
    """The definition normalize_map keeps: each character NFKC'd, casefolded and its dashes
    and quotes made plain, Traditional folded; each output character's source index."""
    import unicodedata

    from factcheck.textnorm import _PUNCT, fold

    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch).casefold().translate(_PUNCT)
        out.append(piece)
        offsets.extend([i] * len(piece))
    return fold("".join(out)), [*offsets, len(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet="abcΣςßﬁＡé\u0301哈馬斯–—’“・12 ,。", max_size=40))
def test_normalised_text_maps_back_to_the_claim(text: str) -> None:
    from factcheck.check.reader import normalize_map

    assert normalize_map(text) == _normalised_char_by_char(text)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("作者认为，卡塔尔曾是哈马斯的金主。", "supported"),  # an assessment is the author's
        ("The author argues that Qatar was Hamas's financier.", "supported"),
        ("Hamas argues that Qatar was its financier.", "not_enough_info"),  # not Hamas's view
        ("The author argues that Hamas welcomed resolution 2735.", "not_enough_info"),  # reported
    ],
)
def test_the_author_argues_what_an_assessment_says(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Alpha FC welcomed the dissolution of the league board.", "supported"),
        ("阿尔法俱乐部欢迎联赛理事会解散。", "supported"),
        ("Beta United welcomed the dissolution of the league board.", "not_enough_info"),
        # what the position is about names the board; it neither backs nor refutes a day
        ("Alpha FC welcomed the dissolution of the league board on 3 May 2021.", "not_enough_info"),
        # the board is what was dissolved, not who did it; the facts name no one who did
        ("Alpha FC dissolved the league board.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_fact_a_statement_is_about_names_what_it_is_about(
    league: Checker, claim: str, expected: str
) -> None:
    """Alpha's position is `about` the dissolution: that fact's names (the league board)
    back the claim; its deeds and days are the dissolution's, not Alpha's."""
    assert_verdict(league.check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 100 freed (other reporting: 105); the 130-plus are those still held in January
        ("Hamas freed more than 100 hostages during the truce.", "disputed"),
        ("巴黎谈判时，哈马斯手中仍有约两百名人质。", "refuted"),  # held: 130-plus
    ],
)
def test_a_count_is_the_one_the_claims_verb_fills(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "Freed 100 hostages" is compared with a count of hostages freed, not with a count
    that another verb's field holds (the hostages held), whatever its unit."""
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The council passed the bridge bill by 5 votes.", "refuted"),
        ("The council passed the bridge bill by 6 votes.", "supported"),
        ("镇议会以5票通过桥梁法案。", "refuted"),
    ],
)
def test_passed_by_n_votes_counts_the_votes_in_favour(
    council: Checker, claim: str, expected: str
) -> None:
    """The lexicon's `adopt` goes `also` with `vote_for`: the count is the votes for it."""
    assert_verdict(council.check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # round one names Qatar as its mediator and the offensive as what it sought to
        # prevent: the doer of the launching is Israel, the offensive's own actor, so
        # Qatar as the sole doer is contradicted by that fact
        ("Qatar launched a large-scale ground operation in Gaza.", "refuted"),
        ("卡塔尔对加沙发动了大规模地面进攻。", "refuted"),
        ("Israel launched a large-scale ground operation in Gaza.", "supported"),
        ("以色列对加沙发动了大规模地面进攻。", "supported"),
        ("Round five began in Cairo on 7 May 2024.", "supported"),  # no doer: no question
    ],
)
def test_the_doer_of_a_verb_without_an_actors_field_is_the_facts_actor(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """A verb whose only fields are days ("launched") is backed for its doer by a fact
    whose `actor` (or, with none, whose participants) holds that doer, or whose words say
    it did it; an actor the fact names in another part (a mediator) is not its doer, and
    one said to have done it alone is refuted by the fact's actor."""
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Israel and Hamas agreed a truce in round three.", "not_enough_info"),  # its aim
        ("以色列和哈马斯在第三轮谈判中达成了停火。", "not_enough_info"),
        ("Israel and Hamas agreed a short truce on 24 November 2023.", "supported"),
        # "agreed" as a word of description is no deed
        ("The four agreed days of the truce were extended by three days.", "supported"),
    ],
)
def test_agreeing_a_truce_is_a_deed_an_aim_does_not_back(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "Agreed a truce" says it was reached (the lexicon's `reach`, `done = true`): round
    three's aim of a fresh ceasefire does not back it."""
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the US said Israel had agreed; Israel never publicly said it did: not a fact
        ("Israel agreed to the US ceasefire proposal.", "not supported"),
        ("以色列已同意美国的停火提议。", "not supported"),
        ("The US said Israel had agreed to its ceasefire proposal.", "supported"),
        ("美国称以色列已同意美方停火提议。", "supported"),
        # observers speculated about the pause's reason: a guess, not a fact
        ("The pause was linked to Eid al-Adha.", "not_enough_info"),
        ("以军的战术暂停与宰牲节有关。", "not_enough_info"),
        ("Observers linked the pause to Eid al-Adha.", "supported"),
        ("外界推测以军的战术暂停与宰牲节有关。", "supported"),
        # a deed said with no doer, in a speaker's words: the speaker's word, not a fact
        ("Some simple modifications were made to the draft ceasefire deal.", "not_enough_info"),
        ("A Hamas spokesman said some simple modifications were made to the draft.", "supported"),
        # a spokesman speaks for the body he belongs to (the person's `affiliation`)
        ("Hamas made some simple modifications to the draft ceasefire deal.", "supported"),
        ("哈马斯在提交给斡旋方的回应中对停火草案做了一些简单修改。", "supported"),
    ],
)
def test_what_someone_said_of_others_is_not_stated_as_fact(
    base, claim: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    """A `statement` fact reports what its speaker said, or what some source guessed: it
    backs a claim that says who said it, or a speaker's word on its own side's deeds, not
    the bare assertion about others."""
    verdict = check(base, claim)
    if expected == "not supported":  # Israel's own silence may refute it, hearsay never backs it
        assert verdict.verdict != "supported", verdict
    else:
        assert_verdict(verdict, expected)


TOURS = """format = 1

[[facts]]
id = "tour-1"
kind = "event"
start = 2019-03-01
end = 2019-03-28
source = ["¶1"]
text.en = "The band's first tour ran from 1 to 28 March 2019 and played ten cities."
text.zh = "乐队的第一次巡演从2019年3月1日持续到3月28日，走过十座城市。"
aliases.en = ["first tour"]
aliases.zh = ["第一次巡演"]

[facts.values]
ordinal = 1
cities = { value = 10, unit = "cities" }

[[facts]]
id = "strike"
kind = "event"
month = "2019-04"
source = ["¶2"]
text.en = "In April 2019 a strike by the road crew halted the second tour for a week."
text.zh = "2019年4月，巡演工作人员罢工，让第二次巡演停了一周。"
aliases.en = ["strike"]
aliases.zh = ["罢工"]

[facts.values]
duration = { value = 7, unit = "days" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "only" before a length stresses it: the length decides
        ("The strike lasted only a week.", "supported"),
        ("罢工仅持续了一周。", "supported"),
        ("The first tour lasted only about four weeks.", "supported"),
        # the tour the claim names is judged, not the strike whose length fits
        ("The first tour lasted only about a week.", "refuted"),
        ("第一次巡演仅持续了一周左右。", "refuted"),
        ("The first tour lasted about a week.", "refuted"),
    ],
)
def test_a_stressed_length_is_judged_by_the_event_the_claim_names(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "only" before a count or a length says no more than the value; and a fact that backs
    every part the best fact left open, its name or ordinal among them, judges the value
    that fitted another fact."""
    assert_verdict(own(TOURS).check(claim), expected)


CAVE = """format = 1

[lexicon.predicates.find]
en = ["found", "find", "discovered"]
zh = ["找到", "发现"]
fields = ["found_by", "date"]

[lexicon.predicates.arrive]
en = ["arrived", "arrive"]
zh = ["抵达", "到达"]
fields = ["date", "actor"]

[[facts]]
id = "divers-arrive"
kind = "event"
date = 2018-06-27
source = ["¶1"]
text.en = "Two cave divers from abroad reached the site on 27 June 2018."
text.zh = "2018年6月27日，两名外国洞穴潜水员抵达现场。"
aliases.en = ["divers"]
aliases.zh = ["潜水员"]

[facts.values]
actor = "party-divers"

[[facts]]
id = "team-found"
kind = "event"
date = 2018-07-02
after = ["divers-arrive"]
source = ["¶2"]
text.en = "On 2 July 2018 the two divers found the lost team on a ledge."
text.zh = "2018年7月2日，两名潜水员在岩架上找到了失踪的球队。"
aliases.en = ["team"]
aliases.zh = ["球队"]

[facts.values]
found_by = "party-divers"

[[facts]]
id = "party-divers"
kind = "party"
source = ["¶1"]
text.en = "The two foreign cave divers."
text.zh = "两名外国洞穴潜水员。"
aliases.en = ["divers", "cave divers"]
aliases.zh = ["潜水员"]

[lexicon.predicates.sight]
en = ["spotted", "sighted"]
zh = ["发现踪迹"]
fields = ["seen_by", "date"]
dated = true

[lexicon.units.boys]
en = ["boy", "boys"]
zh = ["男孩", "名男孩"]

[[facts]]
id = "team-enter"
kind = "event"
date = 2018-06-23
source = ["¶1"]
text.en = "On 23 June 2018 twelve boys and their coach walked into the cave."
text.zh = "2018年6月23日，十二名男孩和教练走进山洞。"

[facts.values]
count = { value = 12, unit = "boys" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "found" is not backed by the day of the divers' arrival: no order is judged
        ("The divers arrived only after the boys had been found.", "not_enough_info"),
        ("潜水员是在男孩们被找到之后才抵达的。", "not_enough_info"),
        ("The boys were found only after the divers had arrived.", "not_enough_info"),
        # the verb on its own fact's day, and a verb of time itself, are backed by the day
        ("The team was found on 2 July 2018.", "supported"),
        ("The team was found on 27 June 2018.", "refuted"),
        ("The divers arrived only after the team had been found.", "refuted"),
        ("The divers arrived on 27 June 2018.", "supported"),
        ("The boys were spotted on 20 June 2018.", "refuted"),  # `dated`: the day alone
        # not the day the fact's words give to another verb (the team was found that day)
        ("The team was spotted on 30 June 2018.", "not_enough_info"),
    ],
)
def test_a_day_backs_a_verb_only_on_the_claims_day_unless_the_verb_is_of_time(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Every event has a day, so a fact's day backs a verb of its lexicon entry (`found`,
    whose fields hold a date and who found) only where the claim gives that day; verbs of
    time (`began`) and those marked `dated` are backed by the day alone."""
    assert_verdict(own(CAVE).check(claim), expected)


SEE = """format = 1

[[facts]]
id = "person-anna"
kind = "person"
source = ["¶1"]
text.en = "Anna Berg was the bishop of Lund when the fire broke out; Karl Dahl succeeded her."
text.zh = "火灾发生时，安娜·伯格是隆德主教；卡尔·达尔接替了她。"
aliases.en = ["Anna Berg", "Berg"]
aliases.zh = ["安娜·伯格", "伯格"]

[facts.values]
office = "Bishop of Lund"
successor = "person-karl"

[[facts]]
id = "person-karl"
kind = "person"
source = ["¶2"]
text.en = "Karl Dahl became bishop of Lund in 2022."
text.zh = "卡尔·达尔于2022年成为隆德主教。"
aliases.en = ["Karl Dahl", "Dahl"]
aliases.zh = ["卡尔·达尔", "达尔"]

[facts.values]
office = "Bishop of Lund"

[[facts]]
id = "inquiry"
kind = "event"
source = ["¶3"]
text.en = "The police inquiry found no sign of arson."
text.zh = "警方调查没有发现纵火的迹象。"
aliases.en = ["inquiry"]
aliases.zh = ["调查"]

[[facts]]
id = "pledge"
kind = "statement"
date = 2019-04-16
source = ["¶4"]
text.en = "The mayor pledged to rebuild the hall within five years."
text.zh = "市长承诺在五年内重建大厅。"
aliases.en = ["pledge"]
aliases.zh = ["承诺"]

[facts.values]
duration = { value = 5, unit = "years", approx = "at_most" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Berg's own fact holds Dahl as her successor: it says nothing of Dahl alone
        ("卡尔·达尔是火灾发生时的隆德主教。", "not_enough_info"),
        ("When the fire broke out, the bishop of Lund was Karl Dahl.", "not_enough_info"),
        ("The bishop of Lund when the fire broke out was Anna Berg.", "supported"),
        ("Karl Dahl is the bishop of Lund.", "supported"),
        # 五年内 is "within five years", a bound
        ("市长承诺五年内重建大厅。", "supported"),
        ("市长承诺三年内重建大厅。", "refuted"),
        # what the fact's Chinese words deny does not back the claim's (没有发现 … 迹象)
        ("调查没有发现纵火的迹象。", "supported"),
        ("调查发现了纵火的迹象。", "not_enough_info"),
        ("The inquiry found no sign of arson.", "supported"),
        # a denial reaches its clause's end: the claim's denied words, even where the reader
        # broke up a word (发现任何: 发 | 现任 | 何), are backed by the fact's denial alike;
        # affirmed, they are backed by nothing
        ("调查没有发现任何纵火的迹象。", "supported"),
        ("调查发现了某种纵火的迹象。", "not_enough_info"),
    ],
)
def test_what_an_actors_fact_and_a_denying_text_say_and_do_not_say(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An actor's own fact relates the actors its fields hold to that actor; a Chinese text's
    denied words back no claim that affirms them; 内 after a length bounds it."""
    assert_verdict(own(SEE).check(claim), expected)


@pytest.mark.parametrize(
    ("text", "approx"),
    [("五年内", "at_most"), ("三天之内", "at_most"), ("三天", "exact"), ("两周左右", "about")],
)
def test_a_length_before_nei_is_a_bound(base, text: str, approx: str) -> None:  # type: ignore[no-untyped-def]
    """内 and 之内 after a length say "within" it; 内战 after a count of years does not."""
    from factcheck.check import checker_for
    from factcheck.check.reader import read

    parts = [
        p for p in read(f"停火{text}结束。", checker_for(base).voc).parts if p.kind == "duration"
    ]
    assert [(p.text, p.approx) for p in parts] == [(text, approx)]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("本轮巴以冲突于2023年10月7日燃起。", "supported"),
        ("本轮巴以冲突于2023年10月8日燃起。", "refuted"),
        ("本轮巴以冲突于2023年10月7日打响。", "supported"),
    ],
)
def test_chinese_verbs_of_beginning(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """燃起 and 打响 say a war began, as 爆发 does: the day is the start's."""
    assert_verdict(check(base, claim), expected)


CEREMONY = """format = 1

[[facts]]
id = "gala"
kind = "event"
date = 2024-12-07
source = ["¶1"]
text.en = "The hall reopened at a gala on 7 December 2024, attended by the mayor and the governor."
text.zh = "2024年12月7日，大厅在庆典上重新开放，市长和州长出席。"
aliases.en = ["gala"]
aliases.zh = ["庆典"]

[facts.values]
participants = ["person-mayor", "person-governor"]

[[facts]]
id = "budget-talks"
kind = "event"
date = 2024-11-02
source = ["¶2"]
text.en = "The mayor and the governor held talks on the budget on 2 November 2024."
text.zh = "2024年11月2日，市长和州长就预算举行会谈。"
aliases.en = ["budget talks"]
aliases.zh = ["预算会谈"]

[facts.values]
participants = ["person-mayor", "person-governor"]

[[facts]]
id = "person-mayor"
kind = "person"
source = ["¶1"]
text.en = "Ada Lind, the mayor."
text.zh = "市长阿达·林德。"
aliases.en = ["Ada Lind", "Lind", "the mayor"]
aliases.zh = ["阿达·林德", "林德", "市长"]

[[facts]]
id = "person-governor"
kind = "person"
source = ["¶1"]
text.en = "Bo Vik, the governor."
text.zh = "州长博·维克。"
aliases.en = ["Bo Vik", "Vik", "the governor"]
aliases.zh = ["博·维克", "维克", "州长"]

[[facts]]
id = "no-direct-line"
kind = "assessment"
source = ["¶3"]
text.en = "The author argues that the mayor cannot easily talk to the unions directly."
text.zh = "作者认为，市长难以同工会直接对话。"
aliases.en = ["no direct line"]
aliases.zh = ["难以直接对话"]

[facts.values]
actor = "person-mayor"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # those at a gala attended it; that they met is what talks say
        ("The mayor met the governor at the gala.", "not_enough_info"),
        ("市长在庆典期间与州长举行了会晤。", "not_enough_info"),
        ("The mayor and the governor attended the gala.", "supported"),
        ("市长和州长出席了庆典。", "supported"),
        ("The mayor met the governor on 2 November 2024.", "supported"),
        ("The mayor held talks with the governor.", "supported"),
        # a denial before a word of manner denies the verb after it (不便直接对话)
        ("作者认为市长不便与工会直接对话。", "supported"),
        ("作者认为市长可以同工会直接对话。", "refuted"),
        ("The author argues that the mayor can talk to the unions directly.", "refuted"),
    ],
)
def test_a_meeting_is_said_by_the_facts_words_and_a_denial_skips_a_word_of_manner(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """`said = true` (meet): a field backs the verb only where the fact's words say it too,
    so a ceremony's participants did not all meet; `manner = true` (directly): a negation
    before it belongs to the verb after it."""
    assert_verdict(own(CEREMONY).check(claim), expected)


TOWER = """format = 1

[[facts]]
id = "tower-saved"
kind = "event"
date = 2019-04-15
source = ["¶1"]
text.en = "The crews stopped the flames destroying the wooden tower; it was saved."
text.zh = "消防队阻止火焰烧毁木塔，木塔保住了。"
aliases.en = ["tower saved"]
aliases.zh = ["木塔"]

[[facts]]
id = "roof-lost"
kind = "event"
date = 2019-04-15
source = ["¶2"]
text.en = "The flames destroyed the roof."
text.zh = "火焰烧毁了屋顶。"
aliases.en = ["roof"]
aliases.zh = ["屋顶"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # what a preventing verb stopped did not happen
        ("The flames destroyed the wooden tower.", "not_enough_info"),
        ("木塔被火焰烧毁了。", "not_enough_info"),
        ("消防队阻止火焰烧毁木塔。", "supported"),
        ("The crews stopped the flames destroying the wooden tower.", "supported"),
        ("火焰烧毁了屋顶。", "supported"),
        ("The flames destroyed the roof.", "supported"),
    ],
)
def test_what_was_prevented_did_not_happen(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "stopped the flames destroying the tower", 阻止火焰烧毁木塔: the verb after what is
    stopped is denied, in the fact's words as in the claim's."""
    assert_verdict(own(TOWER).check(claim), expected)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The crews stopped the flames destroying the tower.", True),
        ("消防队阻止火焰烧毁木塔。", True),
        ("The talks could not stop Israel from launching the offensive.", False),
        ("美国阻止谈判。", False),
    ],
)
def test_a_prevented_verb_is_denied_unless_the_prevention_is(
    base, text: str, denied: bool
) -> None:  # type: ignore[no-untyped-def]
    """The verb after what a preventing verb stops is denied; not where the prevention is
    itself denied ("could not stop"), nor the verb right after it (阻止谈判: the talks)."""
    from factcheck.check import checker_for
    from factcheck.check.reader import read

    r = read(text, checker_for(base).voc)
    stop = next(p for p in r.parts if p.kind == "predicate" and p.key == "halt")
    later = [p for p in r.parts if p.kind == "predicate" and p.start > stop.start]
    assert later, "the verb after the preventing one is read"
    assert any(p.negated for p in later) is denied


MISSION = """format = 1

[lexicon.units.hours]
en = ["hour", "hours"]
zh = ["小时"]

[lexicon.units.volts]
en = ["volt", "volts", "V"]
zh = ["伏", "伏特"]

[[facts]]
id = "mission"
kind = "event"
start = 1970-04-11
end = 1970-04-17
source = ["¶1"]
text.en = "Comet 9 flew from 11 to 17 April 1970."
text.zh = "彗星9号于1970年4月11日至17日飞行。"
aliases.en = ["Comet 9"]
aliases.zh = ["彗星9号"]

[[facts]]
id = "blast"
kind = "event"
date = 1970-04-13
part_of = "mission"
source = ["¶2"]
text.en = "On 13 April 1970, nearly 56 hours into the flight, a tank on Comet 9 exploded."
text.zh = "1970年4月13日，飞行近56小时后，彗星9号上的一个储罐爆炸。"
aliases.en = ["explosion", "blast"]
aliases.zh = ["爆炸"]

[facts.values]
elapsed = { value = 56, unit = "hours", approx = "nearly" }

[[facts]]
id = "splash"
kind = "event"
date = 1970-04-17
part_of = "mission"
source = ["¶3"]
text.en = "The capsule splashed down on 17 April 1970."
text.zh = "返回舱于1970年4月17日溅落。"
aliases.en = ["splashdown", "splashed down"]
aliases.zh = ["溅落"]

[[facts]]
id = "comet-10"
kind = "event"
start = 1971-01-31
source = ["¶4"]
text.en = "Comet 10 launched on 31 January 1971."
text.zh = "彗星10号于1971年1月31日发射。"
aliases.en = ["Comet 10"]
aliases.zh = ["彗星10号"]

[[facts]]
id = "switch"
kind = "event"
source = ["¶5"]
text.en = "The switch was rated for 28 volts, while the ground supply ran at 65 volts."
text.zh = "开关的额定电压为28伏，而地面电源为65伏。"
aliases.en = ["switch"]
aliases.zh = ["开关"]

[facts.values]
rated = { value = 28, unit = "volts" }
supply = { value = 65, unit = "volts" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a name and its number is a label; the launch's day is the mission's, not the blast's
        ("Comet 9 was launched on 13 April 1970.", "refuted"),
        ("Comet 9 began its flight on 11 April 1970.", "supported"),
        # "Comet 9's splashdown": a part of the mission the claim names
        ("Comet 10 launched less than a year after Comet 9's splashdown.", "supported"),
        ("Comet 10 launched before Comet 9's splashdown.", "refuted"),
        # "56 hours after launch" is a gap in hours, not an order to judge alone
        ("The tank exploded nearly 56 hours after launch.", "not_enough_info"),
        # the difference of a comparison is not either side's value
        ("开关的额定电压比地面电源低37伏。", "not_enough_info"),
        ("开关的额定电压为28伏。", "supported"),
        ("The switch was rated for 30 volts.", "refuted"),
    ],
)
def test_a_labelled_event_owns_its_day_and_a_difference_is_no_value(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Apollo 13"-like names label their fact; a date is said of the verb of its clause, so
    the fact whose own day backs that verb judges it; a count of hours before "after" is a
    gap; the number after 低/高/多/少 is a difference."""
    assert_verdict(own(MISSION).check(claim), expected)


HIKERS = """format = 1

[lexicon.predicates.lead]
en = ["led", "lead", "headed"]
zh = ["领导", "指挥"]
fields = ["leader"]

[[facts]]
id = "vanished"
kind = "event"
date = 2018-06-23
source = ["¶1"]
text.en = "The hikers went missing on 23 June 2018."
text.zh = "2018年6月23日，徒步者失踪。"
aliases.en = ["went missing"]
aliases.zh = ["失踪"]

[[facts]]
id = "found"
kind = "event"
date = 2018-07-02
after = ["vanished"]
source = ["¶2"]
text.en = "On 2 July 2018, nine days after they went missing, the hikers were found alive."
text.zh = "2018年7月2日，失踪九天后，徒步者被发现还活着。"
aliases.en = ["found alive"]
aliases.zh = ["被发现"]

[[facts]]
id = "rescue"
kind = "event"
start = 2018-07-08
end = 2018-07-10
after = ["found"]
source = ["¶3"]
text.en = "From 8 to 10 July 2018 a rescue led by Colonel Suk brought the hikers out."
text.zh = "2018年7月8日至10日，苏克上校指挥的救援行动把徒步者带了出来。"
aliases.en = ["rescue"]
aliases.zh = ["救援"]

[facts.values]
leader = "person-suk"

[[facts]]
id = "person-suk"
kind = "person"
source = ["¶3"]
text.en = "Colonel Suk led the rescue."
text.zh = "苏克上校指挥了救援。"
aliases.en = ["Suk", "Colonel Suk"]
aliases.zh = ["苏克"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "it took nine days before …" counts from a start the claim does not name
        ("It took nine days before the missing hikers were found alive.", "not_enough_info"),
        ("The hikers were found alive nine days after they went missing.", "supported"),
        ("The hikers were found alive five days after they went missing.", "refuted"),
    ],
)
def test_a_length_from_a_start_the_claim_does_not_name_is_no_gap(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "It took nine days before X": no two facts are compared (the rescue led by someone
    is not where the nine days start)."""
    assert_verdict(own(HIKERS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Collins flew as Apollo 11's commander.", "refuted"),
        ("Collins flew as the commander.", "refuted"),
        ("Armstrong flew as Apollo 11's commander.", "supported"),
    ],
)
def test_a_role_taken_on_as_another_persons_is_two_people_named_as_one(
    apollo: Checker, claim: str, expected: str
) -> None:
    """ "X flew as the commander" names X as the commander, as "X was the commander" does;
    whose role it was ("Apollo 11's") may stand between them."""
    assert_verdict(apollo.check(claim), expected)


MILL = """format = 1

[lexicon.predicates.extinguish]
en = ["put out", "extinguished"]
zh = ["扑灭"]
fields = ["date"]

[[facts]]
id = "blaze"
kind = "event"
start = 2019-04-15
end = 2019-04-16
source = ["¶1"]
text.en = "The blaze at the mill broke out on the evening of 15 April 2019 and burned into the next day."
text.zh = "磨坊大火于2019年4月15日晚间燃起，一直烧到次日。"
aliases.en = ["blaze", "mill fire"]
aliases.zh = ["大火", "磨坊大火"]

[[facts]]
id = "blaze-out"
kind = "event"
date = 2019-04-16
part_of = "blaze"
source = ["¶2"]
text.en = "The blaze was declared put out on 16 April 2019, about 15 hours after it began."
text.zh = "2019年4月16日，大火被宣布扑灭，距起火约15小时。"
aliases.en = ["put out"]
aliases.zh = ["扑灭"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the fire's day is its own start; the putting out's day backs no "broke out", whose
        # words name the start only as the point their 15 hours count from
        ("The mill fire broke out on 16 April 2019.", "refuted"),
        ("磨坊大火是在2019年4月16日晚间燃起的。", "refuted"),
        ("The mill fire broke out on 15 April 2019.", "supported"),
        ("磨坊大火于2019年4月15日燃起。", "supported"),
        ("The blaze was put out on 16 April 2019.", "supported"),
        ("大火于2019年4月16日被扑灭。", "supported"),
    ],
)
def test_a_day_the_facts_words_give_another_verb_backs_no_beginning(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A verb a text names only as the point it counts from ("15 hours after it began",
    距起火) is not the fact's deed, and a day its words give to another verb ("put out")
    does not back "began"."""
    assert_verdict(own(MILL).check(claim), expected)


LAUNCHES = """format = 1

[[facts]]
id = "flight"
kind = "event"
start = 1970-04-11
end = 1970-04-17
source = ["¶1"]
text.en = "Comet 9 flew from 11 to 17 April 1970."
text.zh = "彗星9号于1970年4月11日至17日飞行。"
aliases.en = ["Comet 9"]
aliases.zh = ["彗星9号"]

[[facts]]
id = "later-flight"
kind = "event"
date = 1971-01-31
source = ["¶4"]
text.en = "Comet 10 was launched on 31 January 1971."
text.zh = "彗星10号于1971年1月31日发射。"
aliases.en = ["Comet 10"]
aliases.zh = ["彗星10号"]

[[facts]]
id = "liftoff"
kind = "event"
date = 1970-04-11
part_of = "flight"
source = ["¶1"]
text.en = "Comet 9 was launched on 11 April 1970."
text.zh = "彗星9号于1970年4月11日发射。"
aliases.en = ["launch", "liftoff"]
aliases.zh = ["发射"]

[[facts]]
id = "blast"
kind = "event"
date = 1970-04-13
part_of = "flight"
source = ["¶2"]
text.en = "On 13 April 1970 a tank on Comet 9 exploded."
text.zh = "1970年4月13日，彗星9号上的一个储罐爆炸。"
aliases.en = ["explosion", "blast"]
aliases.zh = ["爆炸"]

[[facts]]
id = "rescue"
kind = "event"
start = 1970-04-14
end = 1970-04-16
source = ["¶3"]
text.en = "The crew was rescued over three days, from 14 to 16 April 1970."
text.zh = "机组人员在1970年4月14日至16日的三天里获救。"
aliases.en = ["rescue"]
aliases.zh = ["救援"]

[[facts]]
id = "rescue-first"
kind = "event"
date = 1970-04-14
part_of = "rescue"
source = ["¶3"]
text.en = "On the first day of the rescue, 14 April 1970, four of the crew were rescued."
text.zh = "救援第一天即1970年4月14日，有4名机组人员获救。"

[facts.values]
count = { value = 4, unit = "people" }

[[facts]]
id = "rescue-last"
kind = "event"
date = 1970-04-16
part_of = "rescue"
source = ["¶3"]
text.en = "On the last day of the rescue, 16 April 1970, five of the crew were rescued."
text.zh = "救援最后一天即1970年4月16日，有5名机组人员获救。"

[facts.values]
count = { value = 5, unit = "people" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "launch" is backed by this flight's launch and the next flight's as much: the
        # one in the same whole as the explosion is meant
        ("The tank exploded two days after launch.", "supported"),
        ("The tank exploded nine days after launch.", "refuted"),
        ("储罐在发射两天后爆炸。", "supported"),
        # an apposition after the reference's name leaves its verb on the reference side
        (
            "The tank exploded nine days after Comet 9, the craft in question, was launched.",
            "refuted",
        ),
    ],
)
def test_a_reference_event_shared_by_two_facts_is_the_one_in_the_same_whole(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Where facts on other days back the reference side of a gap alike, the one that is a
    part of the same whole as the other side's fact is meant."""
    verdict = own(LAUNCHES).check(claim)
    assert_verdict(verdict, expected)
    if expected == "refuted":
        assert any("1970-04-11" in c.actual for c in verdict.corrections)


@pytest.mark.parametrize(
    ("text", "after"),
    [("救援最后一天有5人获救。", False), ("救援开始后一天有4人获救。", True)],
)
def test_the_last_day_is_no_order(base, text: str, after: bool) -> None:  # type: ignore[no-untyped-def]
    """最后一天 is "the last day"; 开始后一天 is a day after the start."""
    from factcheck.check import checker_for
    from factcheck.check.reader import read

    cues = [p.key for p in read(text, checker_for(base).voc).parts if p.kind == "cue"]
    assert ("after" in cues) is after


SHIPS = """format = 1

[fields.fate]
type = "text"
group = "what"
en = "whether the person died or survived"
zh = "遇难还是生还"

[fields.required]
type = "quantity"
group = "how-many"
en = "how many the rules asked for"
zh = "规定要求的数量"

[lexicon.units.lifeboats]
en = ["lifeboat", "lifeboats"]
zh = ["救生艇", "艘救生艇"]

[lexicon.predicates.survive]
en = ["survived", "survive"]
zh = ["生还", "幸存"]
fields = ["fate"]

[lexicon.predicates.perish]
en = ["perished", "drowned"]
zh = ["罹难", "溺亡"]
fields = ["fate"]

[[facts]]
id = "ship-one"
kind = "party"
source = ["¶1"]
text.en = "The Northern Star, a liner."
text.zh = "北星号，一艘邮轮。"
aliases.en = ["Northern Star"]
aliases.zh = ["北星号"]

[[facts]]
id = "ship-two"
kind = "party"
source = ["¶2"]
text.en = "The Southern Cross, a steamer."
text.zh = "南十字号，一艘汽船。"
aliases.en = ["Southern Cross"]
aliases.zh = ["南十字号"]

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶1"]
text.en = "Tom Hale commanded the Northern Star and went down with her."
text.zh = "汤姆·黑尔指挥北星号，与船一同沉没。"
aliases.en = ["Tom Hale", "the captain"]
aliases.zh = ["汤姆·黑尔", "船长"]

[facts.values]
office = "captain"
ship = ["ship-one"]
fate = "died"

[[facts]]
id = "person-ross"
kind = "person"
source = ["¶2"]
text.en = "Ann Ross was captain of the Southern Cross and came to the rescue."
text.zh = "安·罗斯是南十字号的船长，赶来救援。"
aliases.en = ["Ann Ross"]
aliases.zh = ["安·罗斯"]

[facts.values]
office = "captain"
ship = ["ship-two"]

[[facts]]
id = "boats"
kind = "count"
source = ["¶3"]
text.en = "The Northern Star carried 20 lifeboats, though the rules asked for only 16."
text.zh = "北星号载有20艘救生艇，而规定只要求16艘。"
aliases.en = ["lifeboats"]
aliases.zh = ["救生艇"]

[facts.values]
ship = ["ship-one"]
count = { value = 20, unit = "lifeboats" }
required = { value = 16, unit = "lifeboats" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a text field two verbs fill says which by its words: "died", not "survived"
        # (and dying is the opposite of surviving)
        ("Tom Hale survived.", "refuted"),
        ("汤姆·黑尔幸存。", "refuted"),
        # two fields count lifeboats: a number one of them holds needs the field named
        ("The Northern Star carried just 16 lifeboats.", "not_enough_info"),
        ("The rules required only 16 lifeboats.", "supported"),
        ("The Northern Star carried 20 lifeboats.", "supported"),
        ("The Northern Star carried 25 lifeboats.", "refuted"),
        # "the captain" is Hale's alias, but the Southern Cross's captain is another person
        ("南十字号的船长是安·罗斯。", "supported"),
        ("Ann Ross was the captain of the Southern Cross.", "supported"),
        ("北星号的船长是安·罗斯。", "refuted"),
    ],
)
def test_which_verb_which_count_and_whose_captain(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A text field of several verbs, two counts of one unit, and a role alias owned by
    another name: each backs only what the claim says of it."""
    assert_verdict(own(SHIPS).check(claim), expected)


ABBEY = """format = 1

[[facts]]
id = "place-abbey"
kind = "place"
source = ["¶1"]
text.en = "Greyfriars Abbey, a stone church, begun in 1163."
text.zh = "灰衣修士修道院，一座石砌教堂，始建于1163年。"
aliases.en = ["Greyfriars Abbey", "the abbey"]
aliases.zh = ["灰衣修士修道院", "修道院"]

[facts.values]
year = 1163

[[facts]]
id = "abbey-fire"
kind = "event"
start = 2019-04-15
end = 2019-04-16
source = ["¶2"]
text.en = "A fire broke out at Greyfriars Abbey on 15 April 2019."
text.zh = "2019年4月15日，灰衣修士修道院发生火灾。"
aliases.en = ["fire", "blaze"]
aliases.zh = ["火灾", "大火"]

[facts.values]
place = ["place-abbey"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # `year` is a period of the calendar: a year before 1900 the words call one is a date
        ("灰衣修士修道院始建于1163年。", "supported"),
        ("灰衣修士修道院始建于1170年。", "refuted"),
        # a century or a decade is a span of years
        ("灰衣修士修道院始建于12世纪。", "supported"),
        ("灰衣修士修道院始建于13世纪。", "refuted"),
        ("Greyfriars Abbey was begun in the 1160s.", ("supported", "not_enough_info")),
        # the fire's start contradicts 1163, but the abbey's own fact says all of it
        ("Greyfriars Abbey was begun in 1163.", ("supported", "not_enough_info")),
        ("The fire broke out at Greyfriars Abbey in 2019.", "supported"),
        ("The fire broke out at Greyfriars Abbey in 2018.", "refuted"),
    ],
)
def test_a_year_is_a_period_and_a_fact_that_says_all_of_a_claim_is_not_overruled(
    own: Callable[[str], Checker], claim: str, expected: str | tuple[str, ...]
) -> None:
    """A fact's `year` backs a claim's year and contradicts another; a value one fact
    contradicts is not refuted where another candidate fact backs every part of the claim."""
    verdict = own(ABBEY).check(claim)
    if isinstance(expected, tuple):
        assert verdict.verdict in expected, verdict
    else:
        assert_verdict(verdict, expected)


COUNCIL = """format = 1

[[facts]]
id = "party-north"
kind = "party"
source = ["¶1"]
text.en = "Northland, a member of the council."
text.zh = "北国，理事会成员。"
aliases.en = ["Northland"]
aliases.zh = ["北国"]

[[facts]]
id = "party-south"
kind = "party"
source = ["¶1"]
text.en = "Southland, a member of the council."
text.zh = "南国，理事会成员。"
aliases.en = ["Southland"]
aliases.zh = ["南国"]

[[facts]]
id = "party-council"
kind = "party"
source = ["¶1"]
text.en = "The Harbour Council."
text.zh = "港口理事会。"
aliases.en = ["Harbour Council", "the council"]
aliases.zh = ["港口理事会", "理事会"]

[[facts]]
id = "motion-vote"
kind = "vote"
date = 2020-03-02
source = ["¶2"]
text.en = "The council passed motion 12 on 2 March 2020 with 6 votes in favour and 1 abstention."
text.zh = "2020年3月2日，理事会以6票赞成、1票弃权通过12号动议。"
aliases.en = ["motion 12", "the vote"]
aliases.zh = ["12号动议", "表决"]
closed = ["abstainers"]

[facts.values]
for = 6
abstain = 1
abstainers = ["party-north"]
body = "party-council"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a denial of a role is backed where the doer holds a role no one holds with it
        ("北国没有对理事会12号动议投赞成票。", "supported"),
        ("南国没有对理事会12号动议投赞成票。", "not supported"),  # not among the abstainers
        ("Northland did not vote in favour of motion 12 at the Harbour Council.", "supported"),
    ],
)
def test_a_denied_vote_is_backed_by_the_abstainers(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X did not vote for": X among the abstainers, a role that excludes voting for; the
    doers are those before the denial, not the body after 对."""
    verdict = own(COUNCIL).check(claim)
    if expected == "not supported":
        assert verdict.verdict != "supported", verdict
    else:
        assert_verdict(verdict, expected)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("安理会第2735号决议获得通过。", "number", 2735), ("第三轮谈判在开罗举行。", "ordinal", 3)],
)
def test_a_numbered_name_is_no_rank(base, text: str, kind: str, value: int) -> None:  # type: ignore[no-untyped-def]
    """第2735号决议 is resolution number 2735; 第三轮 is the third round."""
    from factcheck.check import checker_for
    from factcheck.check.reader import read

    parts = [p for p in read(text, checker_for(base).voc).parts if p.kind in ("number", "ordinal")]
    assert [(p.kind, p.value) for p in parts] == [(kind, value)]


DIVERS = """format = 1

[[facts]]
id = "person-ann"
kind = "person"
source = ["¶1"]
text.en = "Ann Lee, a cave diver from Wales."
text.zh = "李安，来自威尔士的洞穴潜水员。"
aliases.en = ["Ann Lee"]
aliases.zh = ["李安"]

[[facts]]
id = "person-bo"
kind = "person"
source = ["¶1"]
text.en = "Bo Chen, a cave diver from Leeds."
text.zh = "陈波，来自利兹的洞穴潜水员。"
aliases.en = ["Bo Chen"]
aliases.zh = ["陈波"]

[[facts]]
id = "arrival"
kind = "event"
date = 2018-06-27
source = ["¶2"]
text.en = "Ann Lee and Bo Chen reached the cave on 27 June 2018."
text.zh = "2018年6月27日，李安和陈波抵达洞穴。"
aliases.en = ["arrival"]
aliases.zh = ["抵达"]

[facts.values]
participants = ["person-ann", "person-bo"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Two cave divers reached the cave on 27 June 2018.", "supported"),
        ("两名洞穴潜水员于2018年6月27日抵达洞穴。", "supported"),
        ("Three cave divers reached the cave on 27 June 2018.", "not_enough_info"),
        ("Two engineers reached the cave on 27 June 2018.", "not_enough_info"),
    ],
)
def test_a_count_of_what_every_member_of_a_list_is_called(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Two cave divers": a count before a word that each member's own fact calls it by
    counts the fact's list of them; another word or another count is not backed."""
    assert_verdict(own(DIVERS).check(claim), expected)


STAGES = """format = 1

[[facts]]
id = "works"
kind = "event"
start = 2021-03-01
end = 2021-03-10
source = ["¶1"]
text.en = "The road works ran from 1 to 10 March 2021; they were extended twice."
text.zh = "道路施工从2021年3月1日持续到3月10日，其间两次延期。"
aliases.en = ["road works"]
aliases.zh = ["道路施工"]

[facts.values]
duration = { value = 10, unit = "days" }
extensions = [{ value = 3, unit = "days" }, { value = 1, unit = "days" }]

[[facts]]
id = "works-extension-1"
kind = "count"
part_of = "works"
source = ["¶1"]
text.en = "The works were first extended by three days."
text.zh = "施工第一次延期三天。"
aliases.en = ["first extension"]
aliases.zh = ["第一次延期"]

[facts.values]
duration = { value = 3, unit = "days" }

[[facts]]
id = "works-extension-2"
kind = "count"
part_of = "works"
source = ["¶1"]
text.en = "The works were then extended by one more day."
text.zh = "施工随后又延期一天。"
aliases.en = ["second extension"]
aliases.zh = ["第二次延期"]

[facts.values]
duration = { value = 1, unit = "days" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The first extension was longer than the second extension.", "supported"),
        ("The second extension was longer than the first extension.", "refuted"),
        # "the second one": the noun the other side's ordinal counts; "one" is no number
        ("The first extension was longer than the second one.", "supported"),
        ("The second extension was longer than the first one.", "refuted"),
        ("The second extension was shorter than the first one.", "supported"),
    ],
)
def test_an_ordinal_names_its_fact_and_an_elided_side_borrows_the_noun(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the first extension" is a fact's own name; in "… than the second one" the side
    is the fact named "second extension", and "one" stands for the noun."""
    assert_verdict(own(STAGES).check(claim), expected)


TRUCE_PLAN = """format = 1

[[facts]]
id = "party-north"
kind = "party"
source = ["¶1"]
text.en = "Northland."
text.zh = "北国。"
aliases.en = ["Northland"]
aliases.zh = ["北国"]

[[facts]]
id = "plan"
kind = "event"
date = 2020-05-01
source = ["¶1"]
text.en = "The peace plan of 1 May 2020 has two stages."
text.zh = "2020年5月1日的和平方案分两个阶段。"
aliases.en = ["peace plan", "the plan"]
aliases.zh = ["和平方案", "方案"]

[[facts]]
id = "plan-stage-1"
kind = "phase"
part_of = "plan"
source = ["¶2"]
text.en = "In the first stage Northland frees some prisoners, such as the sick."
text.zh = "第一阶段中，北国释放一部分囚犯，如病人。"
aliases.en = ["first stage"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1

[[facts]]
id = "talks"
kind = "event"
date = 2019-02-01
source = ["¶3"]
text.en = "Talks were held in February 2019."
text.zh = "2019年2月举行了会谈。"
aliases.en = ["talks", "the talks"]
aliases.zh = ["会谈"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the first stage, Northland frees all of the prisoners.", "refuted"),
        ("第一阶段中，北国释放全部囚犯。", "refuted"),
        ("In the first stage, Northland frees some prisoners.", "supported"),
        # another event the claim speaks of: the plan's words do not judge it
        ("In the talks, Northland demanded the release of all prisoners.", "not_enough_info"),
    ],
)
def test_all_against_a_fact_that_says_some(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "all the prisoners" is refuted where the fact the statement is about says "some
    prisoners" (一部分囚犯), the lexicon's `partial` words before that very noun; not where
    the claim speaks of another event."""
    assert_verdict(own(TRUCE_PLAN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("There have been several truces in this conflict.", "refuted"),  # a count of one
        ("The conflict has seen several short truces.", "refuted"),
        ("Several hostages were freed during the truce.", "supported"),
        ("Biden said his proposal came out of several rounds of diplomacy.", "supported"),
    ],
)
def test_several_is_a_count_of_more_than_one(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "several truces" is more than one truce, against a fact's count; a fact whose words
    say "several" (多轮) of the same unit backs it too."""
    assert_verdict(check(base, claim), expected)


LANDS = """[[facts]]
id = "party-north"
kind = "party"
source = ["¶1"]
text.en = "Northland."
text.zh = "北国。"
aliases.en = ["Northland"]
aliases.zh = ["北国"]

[[facts]]
id = "party-south"
kind = "party"
source = ["¶1"]
text.en = "Southland."
text.zh = "南国。"
aliases.en = ["Southland"]
aliases.zh = ["南国"]
"""  # two parties the small files below share


VALLEY = (
    """format = 1

"""
    + LANDS
    + """
[[facts]]
id = "place-valley"
kind = "place"
source = ["¶1"]
text.en = "The Green Valley."
text.zh = "绿谷。"
aliases.en = ["Green Valley", "the valley"]
aliases.zh = ["绿谷"]

[[facts]]
id = "pullback"
kind = "event"
date = 2020-06-01
source = ["¶2"]
text.en = "On 1 June 2020 Northland withdrew from all occupied towns of the Green Valley."
text.zh = "2020年6月1日，北国撤出绿谷所有被占城镇。"
aliases.en = ["withdrawal"]
aliases.zh = ["撤出"]

[facts.values]
actor = "party-north"
place = "place-valley"

[[facts]]
id = "talks"
kind = "event"
date = 2020-05-01
source = ["¶3"]
text.en = "Northland and Southland took part in talks on 1 May 2020."
text.zh = "2020年5月1日，北国和南国参加了会谈。"
aliases.en = ["talks"]
aliases.zh = ["会谈"]
closed = ["participants"]

[facts.values]
participants = ["party-north", "party-south"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Northland withdrew from all of the Green Valley's occupied towns.", "supported"),
        # "all occupied towns of the valley" says less than "all of the valley"
        ("Northland withdrew from all of the Green Valley.", "not_enough_info"),
        # a floating "all" after a list: each of them
        ("Northland and Southland were all among the parties to the talks.", "supported"),
    ],
)
def test_all_said_of_the_same_words_and_of_each_of_a_list(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "all" is accounted where the fact says "all" of the same words, or where it floats
    after a list of actors that the facts back one by one."""
    assert_verdict(own(VALLEY).check(claim), expected)


WISHES = (
    """format = 1

"""
    + LANDS
    + """
[[facts]]
id = "plan"
kind = "event"
date = 2020-05-01
source = ["¶1"]
text.en = "The peace plan of 1 May 2020 has two stages."
text.zh = "2020年5月1日的和平方案分两个阶段。"
aliases.en = ["peace plan"]
aliases.zh = ["和平方案"]

[[facts]]
id = "plan-stage-1"
kind = "phase"
part_of = "plan"
source = ["¶2"]
text.en = "The first stage of the plan is a truce."
text.zh = "方案第一阶段是停火。"
aliases.en = ["first stage"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1

[[facts]]
id = "south-wants"
kind = "position"
source = ["¶3"]
text.en = "Southland is concentrating on getting Northland to accept the stage-one draft without any changes."
text.zh = "南国眼下的着力点，是让北国接受第一阶段草案，而且不作任何修改。"
aliases.en = ["Southland's position"]
aliases.zh = ["南国立场"]

[facts.values]
actor = "party-south"
target = "party-north"
about = "plan-stage-1"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the ordinal names the phase the position is about
        (
            "Southland's focus is on getting Northland to accept the first-stage draft without any changes.",
            "supported",
        ),
        # what the position's words put under a word of wanting was not done
        ("Northland accepted the draft without any changes.", "not_enough_info"),
    ],
)
def test_a_wish_is_not_a_deed_and_names_what_it_is_about(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A verb a fact's words put under "pressing to get", 敦促 is wanted, not done; an
    ordinal may name the fact a statement is `about`."""
    assert_verdict(own(WISHES).check(claim), expected)


TRAPPED = """format = 1

[lexicon.units.people]
en = ["people"]
zh = ["人"]

[lexicon.predicates.trap]
en = ["trapped"]
zh = ["被困", "困在"]

[lexicon.predicates.rescue]
en = ["rescued", "brought out"]
zh = ["救出", "获救"]

[[facts]]
id = "cave-rescue"
kind = "event"
start = 2018-07-08
end = 2018-07-10
source = ["¶1"]
text.en = "The thirteen people trapped in the cave were rescued over three days."
text.zh = "困在洞中的13人在三天里全部获救。"
aliases.en = ["rescue"]
aliases.zh = ["救援"]

[[facts]]
id = "cave-rescue-day-3"
kind = "event"
date = 2018-07-10
part_of = "cave-rescue"
source = ["¶2"]
text.en = "On the last day of the rescue, five people were brought out."
text.zh = "救援最后一天，共有5人被救出。"
aliases.en = ["last day"]
aliases.zh = ["最后一天"]

[facts.values]
rescued = { value = 5, unit = "people" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("救援最后一天，被困者中共有5人被救出。", "supported")],
)
def test_a_verb_made_a_noun_by_zhe_names_a_group(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """被困者, "the trapped ones": a verb made a noun by 者 names who the event is about;
    a fact of the same event (its whole) backs it, as "the truce reached in November"."""
    assert_verdict(own(TRAPPED).check(claim), expected)


PORTERS = """format = 1

[lexicon.units.porters]
en = ["porter", "porters"]
zh = ["名挑夫", "挑夫"]

[[facts]]
id = "porters"
kind = "count"
source = ["¶4"]
text.en = "The baggage was carried by 362 porters."
text.zh = "行李由362名挑夫运送。"
aliases.en = ["porters", "baggage"]
aliases.zh = ["挑夫", "行李"]

[facts.values]
count = { value = 362, unit = "porters" }

[[facts.notes]]
kind = "also_reported"
field = "values.count"
value = { value = 350, unit = "porters", approx = "about" }
by = "some accounts"
text.en = "Some accounts give about 350 porters."
text.zh = "一些记述称约有350名挑夫。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The baggage was carried by 362 porters.", "supported"),
        # within "about" of 362, but exactly other reporting's figure
        ("About 350 porters carried the baggage.", "disputed"),
        ("行李由约350名挑夫运送。", "disputed"),
    ],
)
def test_other_reportings_own_figure_is_disputed_even_where_it_is_near(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A number the article's value admits ("about 350" of 362) but that is exactly the
    figure other reporting gives is that figure: disputed, not supported."""
    assert_verdict(own(PORTERS).check(claim), expected)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hamas frees the remaining hostages.", "term"),
        ("Some hostages are remaining in Gaza.", "predicate"),
    ],
)
def test_an_ing_form_before_a_noun_describes_it(base, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """ "the remaining hostages" describes the hostages; "are remaining in Gaza" is a verb."""
    from factcheck.check import checker_for
    from factcheck.check.reader import read

    parts = [p for p in read(text, checker_for(base).voc).parts if p.text == "remaining"]
    assert [p.kind for p in parts] == [kind]


def test_a_file_extends_the_partial_words(own: Callable[[str], Checker]) -> None:
    """A fact file's own `partial` words ("a handful of") say "not all" as the lexicon's do."""
    text = TRUCE_PLAN.replace(
        "format = 1\n", 'format = 1\n\n[lexicon.cues.all]\npartial = ["a handful of"]\n', 1
    ).replace("frees some prisoners", "frees a handful of prisoners")
    claim = "In the first stage, Northland frees all of the prisoners."
    assert_verdict(own(text).check(claim), "refuted")
    assert_verdict(
        own(TRUCE_PLAN.replace("frees some prisoners", "frees a handful of prisoners")).check(
            claim
        ),
        "not_enough_info",
    )


FLIGHT = """format = 1

[fields.elapsed]
type = "quantity"
group = "how-many"
en = "how long after launch it happened"
zh = "发射后经过的时间"

[fields.interval]
type = "quantity"
group = "how-many"
en = "how long after the preceding event it came"
zh = "距前一事件的时间"

[fields.replaced]
type = "refs"
group = "who"
en = "whom the person replaced"
zh = "被替换者"

[lexicon.predicates.launch]
en = ["launch", "launched", "lift off"]
zh = ["发射"]
fields = ["date"]

[lexicon.predicates.burst]
en = ["burst", "blew up"]
zh = ["爆裂", "爆炸"]

[lexicon.predicates.fire_engine]
en = ["fired the engine", "engine was fired"]
zh = ["发动机点火"]

[lexicon.predicates.replace]
en = ["replaced", "replace", "stood in for"]
zh = ["顶替", "替换"]
fields = ["replaced"]

[[facts]]
id = "person-ann"
kind = "person"
source = ["¶1"]
text.en = "Ann Lee, the backup pilot."
text.zh = "李安，替补驾驶员。"
aliases.en = ["Ann", "Ann Lee"]
aliases.zh = ["李安"]

[[facts]]
id = "person-bob"
kind = "person"
source = ["¶1"]
text.en = "Bob Ray, the first pilot."
text.zh = "雷波，原驾驶员。"
aliases.en = ["Bob", "Bob Ray"]
aliases.zh = ["雷波"]

[[facts]]
id = "crew-change"
kind = "event"
source = ["¶1"]
text.en = "Ann took Bob's seat on the crew two days before launch."
text.zh = "发射前两天，李安顶替雷波进入乘组。"
aliases.en = ["crew change"]
aliases.zh = ["换人"]

[facts.values]
actor = "person-ann"
replaced = ["person-bob"]

[[facts]]
id = "launch"
kind = "event"
date = 2030-03-01
source = ["¶2"]
text.en = "The rocket was launched on 1 March 2030."
text.zh = "火箭于2030年3月1日发射。"
aliases.en = ["launch"]
aliases.zh = ["发射"]

[[facts]]
id = "tank-burst"
kind = "event"
date = 2030-03-03
source = ["¶3"]
after = ["launch"]
text.en = "Nearly 56 hours into the flight a tank burst."
text.zh = "飞行近56小时时，一个储罐爆裂。"
aliases.en = ["tank burst"]
aliases.zh = ["储罐爆裂"]

[facts.values]
elapsed = { value = 56, unit = "hours", approx = "nearly" }

[[facts]]
id = "engine-burn"
kind = "event"
date = 2030-03-03
source = ["¶4"]
after = ["tank-burst"]
text.en = "About five hours later the crew fired the engine."
text.zh = "约五小时后，乘组让发动机点火。"
aliases.en = ["engine burn"]
aliases.zh = ["发动机点火"]

[facts.values]
interval = { value = 5, unit = "hours", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The tank burst nearly 56 hours after launch.", "supported"),
        ("The tank burst about 70 hours after launch.", "refuted"),
        ("储罐在发射后近56小时爆裂。", "supported"),
        ("储罐在发射后约70小时爆裂。", "refuted"),
        # counted from the event the fact follows (its `after` fact), as its meaning says
        ("The engine was fired about five hours after the tank burst.", "supported"),
        ("The engine was fired about 20 hours after the tank burst.", "refuted"),
        ("储罐爆裂约五小时后，发动机点火。", "supported"),
        # a field counted from launch says nothing of the time from another event
        ("The engine was fired about five hours after launch.", "not_enough_info"),
    ],
)
def test_a_length_from_an_event_is_read_from_a_field_that_says_so(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A length of time next to "after" or 后 is backed, or contradicted, by a fact's own
    field whose meaning says it counts after the event the claim names, or after the event
    the fact follows."""
    assert_verdict(own(FLIGHT).check(claim), expected)


def test_a_refuted_length_names_the_field_and_both_values(
    own: Callable[[str], Checker],
) -> None:
    verdict = own(FLIGHT).check("The tank burst about 70 hours after launch.")
    (correction,) = verdict.corrections
    assert (correction.fact, correction.field) == ("tank-burst", "values.elapsed")
    assert (correction.claimed, correction.actual) == ("about 70 hours", "nearly 56 hours")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ann replaced Bob.", "supported"),
        ("李安顶替了雷波。", "supported"),
        ("Bob replaced Ann.", "not_enough_info"),
        ("雷波顶替了李安。", "not_enough_info"),
    ],
)
def test_a_field_whose_meaning_says_whom_holds_the_verbs_object(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A verb's field is its doers unless its meaning opens with "whom" (被): then the
    field holds whom it was done to, and the doer is the fact's actor."""
    assert_verdict(own(FLIGHT).check(claim), expected)


CLEANUP = (
    FLIGHT.split("[[facts]]", 1)[0]
    + """
[lexicon.units.workers]
en = ["worker", "workers"]
zh = ["工人"]

[lexicon.predicates.evacuate]
en = ["evacuated"]
zh = ["撤离"]
fields = ["count"]

[[facts]]
id = "clean-up"
kind = "count"
source = ["¶5"]
text.en = "About 600 workers took part in the clean-up."
text.zh = "约600名工人参与了清理。"
aliases.en = ["clean-up"]
aliases.zh = ["清理"]

[facts.values]
count = { value = 600, unit = "workers", approx = "about" }

[[facts]]
id = "town-evacuated"
kind = "event"
date = 2030-03-05
source = ["¶6"]
text.en = "About 900 workers were evacuated from the town."
text.zh = "约900名工人从镇上撤离。"
aliases.en = ["evacuation"]
aliases.zh = ["撤离"]

[facts.values]
count = { value = 900, unit = "workers", approx = "about" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("About 600 workers took part in the clean-up.", "supported"),
        ("About 700 workers took part in the clean-up.", "refuted"),
        ("About 900 workers were evacuated.", "supported"),
    ],
)
def test_a_field_another_verb_fills_holds_its_count_only_where_the_fact_says_that_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A file's `evacuate` fills `count`: a fact whose words never say an evacuation still
    holds its own count of workers there, for the verb the claim says."""
    assert_verdict(own(CLEANUP).check(claim), expected)


BRIGADE = """format = 1

[lexicon.units.firefighters]
en = ["firefighter", "firefighters"]
zh = ["消防员"]

[[facts]]
id = "party-brigade"
kind = "party"
source = ["¶1"]
text.en = "The city fire brigade."
text.zh = "市消防队。"
aliases.en = ["fire brigade", "firefighters"]
aliases.zh = ["消防队"]

[[facts]]
id = "crews"
kind = "count"
source = ["¶2"]
text.en = "About 400 firefighters of the brigade fought the fire."
text.zh = "消防队约400名消防员参与了灭火。"
aliases.en = ["firefighting"]
aliases.zh = ["灭火"]

[facts.values]
count = { value = 400, unit = "firefighters", approx = "about" }
actor = "party-brigade"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("About 400 firefighters fought the fire.", "supported"),
        ("About 4,000 firefighters fought the fire.", "refuted"),
    ],
)
def test_a_name_that_is_also_a_unit_is_what_a_number_before_it_counts(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "400 firefighters", where "firefighters" also names the brigade: the number counts
    firefighters, and the name stays the brigade's."""
    assert_verdict(own(BRIGADE).check(claim), expected)


COUNCIL_DAYS = """format = 1

[lexicon.predicates.submit]
en = ["submitted", "tabled"]
zh = ["提交"]

[[facts]]
id = "party-north"
kind = "party"
source = ["¶1"]
text.en = "Northland, a state."
text.zh = "北国，一个国家。"
aliases.en = ["Northland"]
aliases.zh = ["北国"]

[[facts]]
id = "party-council"
kind = "party"
source = ["¶1"]
text.en = "The council of the league."
text.zh = "联盟理事会。"
aliases.en = ["council", "the council"]
aliases.zh = ["理事会"]

[[facts]]
id = "lee-plan"
kind = "event"
date = 2030-05-31
source = ["¶2"]
text.en = "On 31 May 2030 Lee announced a peace plan."
text.zh = "2030年5月31日，李宣布了一项和平方案。"
aliases.en = ["Lee's announcement", "peace plan"]
aliases.zh = ["李的宣布", "和平方案"]

[[facts]]
id = "draft-submitted"
kind = "event"
date = 2030-06-03
source = ["¶3"]
text.en = "Northland submitted a draft resolution backing the plan to the council on 3 June 2030."
text.zh = "2030年6月3日，北国向理事会提交了支持该方案的决议草案。"
aliases.en = ["Northland's draft", "draft resolution"]
aliases.zh = ["北国草案", "决议草案"]

[facts.values]
actor = "party-north"
recipient = "party-council"

[[facts]]
id = "resolution-7"
kind = "event"
date = 2030-06-10
source = ["¶4"]
text.en = "On 10 June 2030 the council adopted resolution 7."
text.zh = "2030年6月10日，理事会通过了第7号决议。"
aliases.en = ["Resolution 7"]
aliases.zh = ["第7号决议"]

[facts.values]
adopted_by = "party-council"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The council adopted resolution 7.", "supported"),
        ("Ten days after Lee's announcement, the council adopted resolution 7.", "supported"),
        ("Seven days after Lee's announcement, the council adopted resolution 7.", "refuted"),
    ],
)
def test_a_name_with_a_number_names_its_fact_for_a_day_after_the_facts_end(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Resolution 7", an alias of one fact, is that fact's name as "Apollo 13" is, and a
    day after the facts end is contradicted where the claim names the fact so."""
    assert_verdict(own(COUNCIL_DAYS).check(claim), expected)


def test_the_day_of_a_gaps_side_is_that_of_its_first_verb(
    own: Callable[[str], Checker],
) -> None:
    """ "the council adopted Northland's draft ten days after …": the adoption's day, not
    that of the draft's submission, which the side also names."""
    verdict = own(COUNCIL_DAYS).check(
        "Ten days after Lee's announcement, the council adopted Northland's draft."
    )
    assert verdict.verdict != "refuted", verdict.corrections


CORE_FIRE = """format = 1

[[facts]]
id = "blast"
kind = "event"
date = 2031-04-26
source = ["¶1"]
text.en = "A blast started two fires at the plant."
text.zh = "一次爆炸在电站引发了两处火灾。"
aliases.en = ["blast"]
aliases.zh = ["爆炸"]

[facts.values]
count = { value = 2, unit = "fires" }

[[facts]]
id = "core-fire"
kind = "event"
start = 2031-04-26
end = 2031-05-06
source = ["¶2"]
text.en = "The graphite in the core kept burning for about ten days."
text.zh = "堆芯中的石墨持续燃烧了约十天。"
aliases.en = ["graphite fire", "core fire"]
aliases.zh = ["石墨大火"]

[facts.values]
duration = { value = 10, unit = "days", approx = "about" }

[[facts.notes]]
kind = "also_reported"
field = "end"
value = 2031-05-10
by = "other sources"
text.en = "Some sources say the fire was not out until 10 May."
text.zh = "有资料称大火直到5月10日才熄灭。"

[[facts.notes]]
kind = "also_reported"
field = "values.duration"
value = { value = 2, unit = "weeks", approx = "about" }
by = "other sources"
text.en = "By that account it burned for about two weeks."
text.zh = "按这种说法，大火燃烧了约两周。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "fire" is a unit of the file (two fires), and a word of the fact's own name
        ("The graphite fire burned for about ten days.", "supported"),
        ("The graphite fire burned for about two weeks.", "disputed"),
        ("The graphite fire burned for about three weeks.", "refuted"),
    ],
)
def test_a_word_of_a_facts_own_name_is_backed_by_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A word the claim says inside one of a fact's own names ("graphite fire") is that
    fact's, even where the file counts it as a unit elsewhere (two fires)."""
    assert_verdict(own(CORE_FIRE).check(claim), expected)


def test_a_dispute_names_the_note_of_the_field_and_the_facts_own_approximation(
    own: Callable[[str], Checker],
) -> None:
    """Other reporting's "about two weeks" is compared in days, and the explanation cites
    that note, not the end date that implies the same length; "about 10 days", as the fact
    has it."""
    verdict = own(CORE_FIRE).check("The graphite fire burned for about two weeks.")
    assert verdict.explanation == "The facts say about 10 days; other sources gives about 2 weeks."
    assert verdict.corrections[0].actual == "about 10 days"


def test_a_count_only_one_fact_holds_is_about_that_fact(
    own: Callable[[str], Checker],
) -> None:
    """ "There were about 900 workers" says nothing else, yet only one fact counts workers
    in a typed field: that fact decides it."""
    last = CLEANUP.rfind('unit = "workers"')  # the evacuation counts staff instead
    checker = own(CLEANUP[:last] + 'unit = "staff"' + CLEANUP[last + len('unit = "workers"') :])
    assert_verdict(checker.check("There were about 600 workers."), "supported")
    assert_verdict(checker.check("There were about 700 workers."), "refuted")


PULLBACK = """format = 1

[[facts]]
id = "party-north"
kind = "party"
source = ["¶1"]
text.en = "Northland."
text.zh = "北国。"
aliases.en = ["Northland"]
aliases.zh = ["北国"]

[[facts]]
id = "stage-2"
kind = "phase"
source = ["¶2"]
text.en = "In the second stage Northland makes a full withdrawal from the valley."
text.zh = "第二阶段，北国从山谷全面撤出。"
aliases.en = ["second stage"]
aliases.zh = ["第二阶段"]

[facts.values]
ordinal = 2
actor = "party-north"

[[facts]]
id = "stage-1"
kind = "phase"
source = ["¶3"]
text.en = "In the first stage Northland withdraws from the valley's towns and keeps its posts."
text.zh = "第一阶段，北国从山谷的城镇撤出，但保留哨所。"
aliases.en = ["first stage"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1
actor = "party-north"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the second stage Northland withdraws completely from the valley.", "supported"),
        ("In the first stage Northland withdraws completely from the valley.", "not_enough_info"),
    ],
)
def test_completely_said_of_a_deed_needs_the_facts_words_to_say_it_whole(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "withdraws completely" is accounted where the fact that backs the verb says the
    withdrawal was full, near its own word for it; elsewhere it is not."""
    assert_verdict(own(PULLBACK).check(claim), expected)


def test_an_order_adverb_with_nothing_before_it_to_order_against_is_a_function_word(
    own: Callable[[str], Checker],
) -> None:
    """ "北国此前…": earlier than the telling; the claim states nothing before it that the
    adverb could order the rest against, so it is accounted as an operator."""
    assert_verdict(own(PULLBACK).check("北国此前从山谷的城镇撤出。"), "supported")


ALLIES = """format = 1

[[facts]]
id = "party-china"
kind = "party"
source = ["¶1"]
text.en = "China, one side of the trade talks."
text.zh = "中国：贸易谈判的一方。"
aliases.en = ["China"]
aliases.zh = ["中国"]

[[facts]]
id = "party-usa"
kind = "party"
source = ["¶1"]
text.en = "The United States, the other side of the trade talks."
text.zh = "美国：贸易谈判的另一方。"
aliases.en = ["United States", "US"]
aliases.zh = ["美国"]

[[facts]]
id = "party-france"
kind = "party"
source = ["¶2"]
text.en = "France, an ally of the US."
text.zh = "法国：美国的盟友。"
aliases.en = ["France"]
aliases.zh = ["法国"]

[[facts]]
id = "party-germany"
kind = "party"
source = ["¶2"]
text.en = "Germany, an ally of the US."
text.zh = "德国：美国的盟友。"
aliases.en = ["Germany"]
aliases.zh = ["德国"]

[[facts]]
id = "trade-talks"
kind = "event"
date = 2019-05-09
source = ["¶1"]
text.en = "China and the US held trade talks in Washington on 9 May 2019."
text.zh = "2019年5月9日，中国与美国在华盛顿举行贸易谈判。"
aliases.en = ["trade talks"]
aliases.zh = ["贸易谈判"]

[facts.values]
participants = ["party-china", "party-usa"]

[[facts]]
id = "us-allies"
kind = "assessment"
source = ["¶2"]
text.en = "The US had close ties with France and with Germany."
text.zh = "美国与法国、德国都关系密切。"
aliases.en = ["allies"]
aliases.zh = ["盟友"]

[facts.values]
actor = "party-usa"
partners = ["party-france", "party-germany"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("中美于2019年5月9日举行贸易谈判。", "supported"),
        ("美中于2019年5月9日举行贸易谈判。", "supported"),
        ("中俄于2019年5月9日举行贸易谈判。", "not_enough_info"),  # no Russia in the file
        ("中国依法于2019年5月9日举行贸易谈判。", "not_enough_info"),  # 法 alone: a character
    ],
)
def test_chinese_short_forms_side_by_side_name_their_parties(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """中美: two one-character short forms side by side (the lexicon's short_forms) name
    the two parties whose full names the file knows; one alone, or one whose party the
    file does not name, is no name."""
    assert_verdict(own(ALLIES).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The US and Germany had close ties.", "supported"),
        ("美法关系密切。", "supported"),
        ("法美关系密切。", "supported"),
        ("France had close ties with the US.", "supported"),
        ("France and Germany had close ties.", "not_enough_info"),
        ("法德关系密切。", "not_enough_info"),
        ("China had close ties with France.", "not_enough_info"),
    ],
)
def test_close_ties_join_the_actor_to_its_partner_not_two_partners(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Ties are mutual ("the US and Germany were close", "France had ties with the US"), but
    they join the fact's actor to a partner: two partners of a third are not each other's. Working with someone is not
    close ties either: the fact's own words must say ties."""
    assert_verdict(own(ALLIES).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "China and Japan held trade talks in Washington on 9 May 2019 rather than the US.",
            "refuted",
        ),
        ("中国与日本在2019年5月9日举行了贸易谈判，而不是美国。", "refuted"),
        ("China and Japan held trade talks in Washington on 9 May 2019.", "not_enough_info"),
        ("Japan did not hold trade talks on 9 May 2019.", "not_enough_info"),
    ],
)
def test_an_unknown_actor_listed_beside_a_known_one_leaves_the_event_the_same(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An actor the file has no fact of, listed with one the fact names ("China and Japan"),
    adds a member the facts cannot back, but the statement is still about that event: a
    denial it contradicts ("rather than the US") is refuted."""
    assert_verdict(own(ALLIES).check(claim), expected)


RESCUE = """format = 1

[[facts]]
id = "rescue-begins"
kind = "event"
date = 2018-07-08
source = ["¶1"]
text.en = "The rescue began once the rain stopped."
text.zh = "雨停之后，救援开始了。"
aliases.en = ["rescue"]
aliases.zh = ["救援"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The rescue began after the rain stopped.", "supported"),
        ("雨停之后救援开始。", "supported"),
        ("The rain stopped after the rescue began.", "not_enough_info"),
        ("救援开始之后雨停了。", "not_enough_info"),
    ],
)
def test_an_order_one_fact_tells_in_its_own_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Two events that only one fact tells of, ordered by that fact's own words ("began
    once the rain stopped"): the claim's order is backed where each side's verb stands on
    the same side of an order word of the same sense, and not where the sides are swapped."""
    assert_verdict(own(RESCUE).check(claim), expected)


STAGES_REPORTED = STAGES.replace(
    'extensions = [{ value = 3, unit = "days" }, { value = 1, unit = "days" }]\n',
    'extensions = [{ value = 3, unit = "days" }, { value = 1, unit = "days" }]\n\n'
    "[[facts.notes]]\n"
    'kind = "also_reported"\n'
    'field = "values.extensions"\n'
    'value = [{ value = 2, unit = "days" }, { value = 1, unit = "days" }]\n'
    'by = "the council"\n'
    'text.en = "The council says the works were extended by two days, then by one."\n'
    'text.zh = "市议会称施工先延期两天，再延期一天。"\n',
)


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("STAGES", "The road works were extended by three days, then by one.", "supported"),
        ("STAGES", "The road works were extended by three days, then by two.", "refuted"),
        ("STAGES", "The road works were extended by two days, then by one.", "refuted"),
        ("STAGES", "道路施工先延期两天，随后又延期一天。", "refuted"),
        ("STAGES_REPORTED", "The road works were extended by two days, then by one.", "disputed"),
        ("STAGES_REPORTED", "道路施工先延期两天，随后又延期一天。", "disputed"),
        ("STAGES_REPORTED", "The road works were extended by four days, then by one.", "refuted"),
    ],
)
def test_amounts_in_the_places_of_a_list(
    own: Callable[[str], Checker], text: str, claim: str, expected: str
) -> None:
    """As many amounts as a fact's list holds, after the verb that fills it, are its items
    in order: one out of place is that item said otherwise (refuted, or disputed where
    other reporting's list has it there), not a value any other field may back (the four
    days the two extensions add up to)."""
    files = {"STAGES": STAGES, "STAGES_REPORTED": STAGES_REPORTED}
    assert_verdict(own(files[text]).check(claim), expected)


FRAMED = """format = 1

[[facts]]
id = "party-city"
kind = "party"
source = ["¶1"]
text.en = "The city of Dunmore."
text.zh = "邓莫尔市。"
aliases.en = ["Dunmore", "the city"]
aliases.zh = ["邓莫尔", "邓莫尔市"]

[[facts]]
id = "party-council"
kind = "party"
source = ["¶1"]
text.en = "The regional council."
text.zh = "地区议会。"
aliases.en = ["regional council", "council"]
aliases.zh = ["地区议会", "议会"]

[[facts]]
id = "person-mayor"
kind = "person"
source = ["¶1"]
text.en = "Ann Hale, mayor of Dunmore."
text.zh = "安·黑尔，邓莫尔市市长。"
aliases.en = ["Ann Hale", "Hale"]
aliases.zh = ["安·黑尔", "黑尔"]

[facts.values]
affiliation = "party-city"

[[facts]]
id = "city-wants-temporary-closure"
kind = "position"
source = ["¶2"]
text.en = "Dunmore has always sought a temporary closure of the bridge."
text.zh = "邓莫尔一直寻求的是暂时关闭大桥。"
aliases.en = ["temporary closure"]
aliases.zh = ["暂时关闭"]

[facts.values]
actor = "party-city"

[[facts]]
id = "mayor-says-council-approved"
kind = "statement"
date = 2021-05-04
source = ["¶3"]
text.en = "On 4 May 2021 Hale said the regional council had approved the repair plan."
text.zh = "2021年5月4日，黑尔称地区议会已批准维修方案。"
aliases.en = ["Hale's statement"]
aliases.zh = ["黑尔的说法"]

[facts.values]
speaker = "person-mayor"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The article says Dunmore has always sought a temporary closure of the bridge.",
            "supported",
        ),
        (
            "The article says Dunmore has always sought a permanent closure of the bridge.",
            "refuted",
        ),
        ("文章称，邓莫尔一直寻求的是暂时关闭大桥。", "supported"),
        ("文章称，邓莫尔一直寻求的是永久关闭大桥。", "refuted"),
        ("Hale said the regional council had approved the repair plan.", "supported"),
        ("The regional council approved the repair plan.", "not_enough_info"),
        ("The article says the regional council approved the repair plan.", "not_enough_info"),
    ],
)
def test_the_article_says_frames_the_statement_without_naming_a_speaker(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The article says", 文章称: the article reporting, which frames the statement after it
    and is no part of it (it does not pick which fact the statement is about). It names no
    speaker: what a person said of others stays that person's word."""
    assert_verdict(own(FRAMED).check(claim), expected)


LEAGUE = """format = 1

[[facts]]
id = "party-reds"
kind = "party"
source = ["¶1"]
text.en = "The Reds, a football club."
text.zh = "红队，一家足球俱乐部。"
aliases.en = ["Reds", "the Reds"]
aliases.zh = ["红队"]

[[facts]]
id = "party-blues"
kind = "party"
source = ["¶1"]
text.en = "The Blues, a football club."
text.zh = "蓝队，一家足球俱乐部。"
aliases.en = ["Blues", "the Blues"]
aliases.zh = ["蓝队"]

[[facts]]
id = "clubs-left-league"
kind = "event"
date = 2015-06-01
source = ["¶2"]
text.en = "The Reds and the Blues left the league on 1 June 2015."
text.zh = "2015年6月1日，红队和蓝队离开了联赛。"
aliases.en = ["departure"]
aliases.zh = ["离开联赛"]

[facts.values]
actor = ["party-reds", "party-blues"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Only the Reds left the league on 1 June 2015.", "refuted"),
        ("2015年6月1日，只有红队离开了联赛。", "refuted"),
        ("Only the Reds and the Blues left the league on 1 June 2015.", "not_enough_info"),
        ("The Reds left the league on 1 June 2015.", "supported"),
    ],
)
def test_only_one_of_an_open_list_of_doers_is_refuted(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Only X did it" where the fact's list of those who did it (open or closed) holds X
    and another: refuted. That the list holds no one else is for a closed list to say, so
    "only X and Y" against an open list of the two stays unknown."""
    assert_verdict(own(LEAGUE).check(claim), expected)


FLOOD = """format = 1

[[facts]]
id = "flood-2019"
kind = "event"
date = 2019-03-14
source = ["¶1"]
text.en = "On 14 March 2019 the river flood was unusually severe and struck the town strongly."
text.zh = "2019年3月14日，河水泛滥异常严重，给小镇造成强烈冲击。"
aliases.en = ["flood"]
aliases.zh = ["洪水"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The river flood of 14 March 2019 was unusual and severe.", "supported"),
        ("The flood of 14 March 2019 was early.", "not_enough_info"),
    ],
)
def test_a_word_is_compared_without_an_ending_that_keeps_its_sense(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "unusual" is the fact's "unusually" (the lexicon's derivations: -ly, -ness), but a
    short word keeps its ending: "early" is not a word of "ear"."""
    assert_verdict(own(FLOOD).check(claim), expected)


BOARD = """format = 1

[[facts]]
id = "person-lee"
kind = "person"
source = ["¶1"]
text.en = "Ann Lee, a board member."
text.zh = "李安，董事会成员。"
aliases.en = ["Ann Lee", "Lee"]
aliases.zh = ["李安"]

[[facts]]
id = "person-cho"
kind = "person"
source = ["¶1"]
text.en = "Bo Cho, a board member."
text.zh = "赵波，董事会成员。"
aliases.en = ["Bo Cho", "Cho"]
aliases.zh = ["赵波"]

[[facts]]
id = "party-board"
kind = "party"
source = ["¶1"]
text.en = "The company's board."
text.zh = "公司董事会。"
aliases.en = ["board", "the board"]
aliases.zh = ["董事会"]

[[facts]]
id = "lee-resigns"
kind = "event"
date = 2020-03-02
source = ["¶2"]
text.en = "Ann Lee resigned from the board on 2 March 2020."
text.zh = "2020年3月2日，李安辞去董事会职务。"
aliases.en = ["Lee's resignation"]
aliases.zh = ["李安辞职"]

[facts.values]
actor = "person-lee"
body = "party-board"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 2 March 2020, Ann Lee resigned from the board.", "supported"),
        ("On 2 March 2020, Bo Cho resigned from the board.", "refuted"),
        ("2020年3月2日，赵波辞去董事会职务。", "refuted"),
        ("On 2 March 2020, Ann Lee and Bo Cho resigned from the board.", "not_enough_info"),
    ],
)
def test_the_doer_of_a_verb_whose_field_holds_what_it_left_is_the_actor(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A resignation's field holds the body left, not who resigned: the one who did it is
    the fact's actor, so another person named as the sole doer is refuted; a second doer
    beside the actor may be one the field leaves out, and stays unknown."""
    assert_verdict(own(BOARD).check(claim), expected)


TOWN_DAYS = """format = 1

[[facts]]
id = "party-council"
kind = "party"
source = ["¶1"]
text.en = "The town council."
text.zh = "镇议会。"
aliases.en = ["town council", "council"]
aliases.zh = ["镇议会", "议会"]

[[facts]]
id = "person-mayor"
kind = "person"
source = ["¶1"]
text.en = "Ann Hale, the mayor."
text.zh = "镇长安·黑尔。"
aliases.en = ["Ann Hale", "Hale", "the mayor"]
aliases.zh = ["安·黑尔", "黑尔", "镇长"]

[[facts]]
id = "council-vote"
kind = "vote"
date = 2020-05-10
source = ["¶2"]
text.en = "On 10 May 2020 the town council voted on the budget."
text.zh = "2020年5月10日，镇议会就预算进行表决。"
aliases.en = ["budget vote", "vote"]
aliases.zh = ["预算表决", "表决"]

[facts.values]
body = "party-council"

[[facts]]
id = "mayor-resigns"
kind = "event"
date = 2020-05-11
source = ["¶3"]
text.en = "On 11 May 2020 the mayor, Ann Hale, resigned."
text.zh = "2020年5月11日，镇长安·黑尔辞职。"
aliases.en = ["Hale's resignation"]
aliases.zh = ["黑尔辞职"]

[facts.values]
actor = "person-mayor"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("镇议会表决的次日，黑尔辞职。", "supported"),
        ("镇议会表决后一天，黑尔辞职。", "supported"),
        ("镇议会表决的前一天，黑尔辞职。", "refuted"),
        ("镇议会表决前一天，黑尔辞职。", "refuted"),
    ],
)
def test_a_day_before_or_after_an_event_in_chinese(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """次日 and 前一天/后一天 after an event are one day and an order: the days between the
    two facts decide (前 before a length was a function character, and the order was lost)."""
    assert_verdict(own(TOWN_DAYS).check(claim), expected)


PILOTS = """format = 1

[[facts]]
id = "person-lee"
kind = "person"
source = ["¶1"]
text.en = "Ann Lee was the captain of Flight 101."
text.zh = "李安是101号航班的机长。"
aliases.en = ["Ann Lee", "Lee", "the captain"]
aliases.zh = ["李安", "机长"]

[facts.values]
office = "captain"

[[facts]]
id = "person-cho"
kind = "person"
source = ["¶1"]
text.en = "Bo Cho was the first officer of Flight 101."
text.zh = "赵波是101号航班的副驾驶。"
aliases.en = ["Bo Cho", "Cho", "the first officer"]
aliases.zh = ["赵波", "副驾驶"]

[facts.values]
office = "first officer"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("赵波是101号航班的机长。", "refuted"),
        ("Bo Cho was the captain of Flight 101.", "refuted"),
    ],
)
def test_a_role_owned_between_the_copula_and_de_names_its_person(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X是[101号航班]的机长": the role of what stands between 是 and 的, where the role's own
    person fact names it in the same words, is that person: another person said to be it
    is refuted, as "X was the captain of Flight 101" is."""
    assert_verdict(own(PILOTS).check(claim), expected)


FLIGHT_PARTS = """format = 1

[[facts]]
id = "flight-9"
kind = "event"
date = 2020-01-05
source = ["¶1"]
text.en = "Flight 9 flew from Oslo to Rome on 5 January 2020."
text.zh = "2020年1月5日，9号航班从奥斯陆飞往罗马。"
aliases.en = ["Flight 9"]
aliases.zh = ["9号航班"]

[[facts]]
id = "aboard"
kind = "count"
part_of = "flight-9"
source = ["¶2"]
text.en = "There were 120 people aboard."
text.zh = "机上共有120人。"
aliases.en = ["people aboard"]
aliases.zh = ["机上人员"]

[facts.values]
count = { value = 120, unit = "people" }

[[facts]]
id = "crew"
kind = "count"
part_of = "aboard"
source = ["¶2"]
text.en = "The crew numbered five."
text.zh = "机组共五人。"
aliases.en = ["crew"]
aliases.zh = ["机组"]

[facts.values]
count = { value = 5, unit = "crew members" }

[[facts]]
id = "attendants"
kind = "count"
part_of = "crew"
source = ["¶2"]
text.en = "Three of the crew were flight attendants."
text.zh = "机组中有三名空乘。"
aliases.en = ["flight attendants"]
aliases.zh = ["空乘"]

[facts.values]
count = { value = 3, unit = "flight attendants" }

[[facts]]
id = "person-lee"
kind = "person"
source = ["¶2"]
text.en = "Ann Lee was one of the three flight attendants of Flight 9."
text.zh = "李安是9号航班的三名空乘之一。"
aliases.en = ["Ann Lee"]
aliases.zh = ["李安"]
"""


@pytest.mark.parametrize(
    ("claim", "backed"),
    [
        ("There were three flight attendants on Flight 9.", True),
        ("Flight 9's three flight attendants.", True),
        ("Three flight attendants flew with Flight 9.", False),
    ],
)
def test_a_whole_named_after_on_or_of_is_what_its_part_belongs_to(
    own: Callable[[str], Checker], claim: str, backed: bool
) -> None:
    """ "three flight attendants on Flight 9": the flight a count of its crew's attendants
    (part of its people aboard, part of the flight) belongs to backs the name, as "Flight
    9's" does; a name the claim sets beside the count in another way does not."""
    from factcheck.check.evidence import backing
    from factcheck.check.reader import read

    checker = own(FLIGHT_PARTS)
    reading = read(claim, checker.voc)
    (flight,) = [x for x in reading.parts if x.kind == "entity" and x.key == "flight-9"]
    found = backing(checker, checker.by_id["attendants"], flight, reading)
    assert (found == "part_of") is backed


TOWN_WEEK = (
    TOWN_DAYS.replace("2020-05-11", "2020-05-17")
    .replace("11 May", "17 May")
    .replace("5月11日", "5月17日")
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("A week after the budget vote, Hale resigned.", "supported"),
        ("A day after the budget vote, Hale resigned.", "refuted"),
        ("The day after the budget vote, Hale resigned.", "refuted"),
    ],
)
def test_a_day_before_an_order_word_is_one_day(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "A day after the vote", "the day after" are a day between the two events, not the "a
    day" of "11 hours a day": they were dropped, and a week's gap was supported or unread."""
    assert_verdict(own(TOWN_WEEK).check(claim), expected)


FILM = """format = 1

[fields.director]
type = "ref"
group = "who"
en = "who directed the film"
zh = "导演"

[fields.greeted_by]
type = "refs"
group = "who"
en = "who greeted them"
zh = "迎接者"

[[facts]]
id = "person-ray"
kind = "person"
source = ["¶1"]
text.en = "Ann Ray, a film director."
text.zh = "安·雷，电影导演。"
aliases.en = ["Ann Ray", "Ray"]
aliases.zh = ["安·雷"]

[[facts]]
id = "person-moss"
kind = "person"
source = ["¶1"]
text.en = "Tom Moss, an actor."
text.zh = "汤姆·莫斯，演员。"
aliases.en = ["Tom Moss", "Moss"]
aliases.zh = ["汤姆·莫斯"]

[[facts]]
id = "film-harbour"
kind = "event"
date = 2016-09-09
source = ["¶2"]
text.en = "The film Harbour, directed by Ann Ray and starring Tom Moss, opened on 9 September 2016."
text.zh = "电影《港湾》由安·雷执导、汤姆·莫斯主演，于2016年9月9日上映。"
aliases.en = ["Harbour"]
aliases.zh = ["港湾"]

[facts.values]
director = "person-ray"
cast = ["person-moss"]

[[facts]]
id = "homecoming"
kind = "event"
date = 2016-10-01
source = ["¶3"]
text.en = "On 1 October 2016 Ann Ray greeted the crew at the harbour."
text.zh = "2016年10月1日，安·雷在港口迎接了剧组。"
aliases.en = ["homecoming"]
aliases.zh = ["迎接剧组"]

[facts.values]
greeted_by = ["person-ray"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ann Ray directed the film Harbour.", "supported"),
        ("Tom Moss directed the film Harbour.", "refuted"),
        ("Tom Moss greeted the crew at the harbour on 1 October 2016.", "refuted"),
        ("2016年10月1日，安·雷在港口迎接了剧组。", "supported"),
    ],
)
def test_a_files_own_field_whose_meaning_names_a_verb_holds_its_doers(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A file's own field whose meaning says "who directed the film" (or 迎接者, those who
    迎接) holds the doers of that verb: a claim giving it another actor is refuted, not
    backed by the words of the fact that names both."""
    assert_verdict(own(FILM).check(claim), expected)


CLAIMS_CUT = """format = 1

[[facts]]
id = "party-port"
kind = "party"
source = ["¶1"]
text.en = "The port authority."
text.zh = "港务局。"
aliases.en = ["port authority", "the port"]
aliases.zh = ["港务局"]

[[facts]]
id = "person-kay"
kind = "person"
source = ["¶1"]
text.en = "Sam Kay, head of the port authority."
text.zh = "萨姆·凯，港务局局长。"
aliases.en = ["Sam Kay", "Kay"]
aliases.zh = ["萨姆·凯"]

[[facts]]
id = "first-claim"
kind = "position"
month = "2021-04"
source = ["¶2"]
text.en = "The port authority's first claim, made in April 2021, came to $900 million."
text.zh = "港务局2021年4月首次索赔9亿美元。"
aliases.en = ["claim"]
aliases.zh = ["索赔"]

[facts.values]
actor = ["party-port"]
amount = { value = 900000000, unit = "dollars" }

[[facts]]
id = "claim-cut"
kind = "position"
month = "2021-05"
source = ["¶3"]
after = ["first-claim"]
text.en = "In May 2021 Kay said the port authority had cut its claim to $500 million."
text.zh = "2021年5月，凯称港务局已把索赔降至5亿美元。"
aliases.en = ["cut"]
aliases.zh = ["降低"]

[facts.values]
actor = ["party-port"]
speaker = ["person-kay"]
amount = { value = 500000000, unit = "dollars" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The port authority cut its claim to $500 million.", "supported"),
        ("The port authority's first claim came to $500 million.", "not_enough_info"),
    ],
)
def test_an_ordinal_before_a_verb_counts_deeds_not_their_doers(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the first claim" counts claims: the one speaker of the cut (a list of one) does not
    make the cut the first claim, so its $500 million backs no "first claim"."""
    assert_verdict(own(CLAIMS_CUT).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The town council voted on the budget, and the next day Hale resigned.", "supported"),
        ("Hale resigned, and the next day the town council voted on the budget.", "refuted"),
        ("Hale resigned the day after the budget vote.", "supported"),
        ("Hale resigned the day before the budget vote.", "refuted"),
    ],
)
def test_the_next_day_looks_back_and_the_day_before_looks_ahead(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X, and the next day Y": the adverb dates Y from the statement before it; "Y the day
    before X" is a preposition whose reference follows it. The two were read the wrong way
    round, and a true "the next day" was refuted."""
    assert_verdict(own(TOWN_DAYS).check(claim), expected)


FERRY = """format = 1

[fields.length]
type = "quantity"
group = "how-many"
en = "how long the ship is, from end to end"
zh = "船长"

[fields.rated_speed]
type = "quantity"
group = "how-many"
en = "the speed the engines were rated for"
zh = "额定航速"

[fields.pushed_speed]
type = "quantity"
group = "how-many"
en = "the speed the ship was pushed to"
zh = "实际航速"

[fields.fuel_needed]
type = "quantity"
group = "how-many"
en = "how much fuel the crossing needed"
zh = "所需燃油"

[fields.fuel_loaded]
type = "quantity"
group = "how-many"
en = "how much fuel was put on board"
zh = "实际加注燃油"

[lexicon.units.crew]
en = ["crew", "crew members"]
zh = ["船员", "名船员"]

[lexicon.units.people]
en = ["people", "person", "persons"]
zh = ["人", "名"]

[lexicon.predicates.survive]
en = ["survived", "survive", "survivors"]
zh = ["生还", "幸存"]

[lexicon.predicates.dock]
en = ["docked", "dock", "berthed"]
zh = ["靠港", "停靠"]
fields = ["actor", "local_time"]

[[facts]]
id = "party-aurora"
kind = "party"
source = ["¶1"]
text.en = "The Aurora, a passenger ferry of the Nordline company."
text.zh = "极光号，北线公司的客运渡轮。"
aliases.en = ["Aurora", "the Aurora", "the ferry"]
aliases.zh = ["极光号", "渡轮"]

[facts.values]
type = "passenger ferry"

[[facts]]
id = "party-nordline"
kind = "party"
source = ["¶1"]
text.en = "Nordline, the ferry company that runs the Aurora; Sara Holm is its chief executive."
text.zh = "北线公司，经营极光号的渡轮公司；萨拉·霍尔姆任首席执行官。"
aliases.en = ["Nordline", "the Nordline company"]
aliases.zh = ["北线公司", "北线"]

[facts.values]
type = "ferry company"
leader = "person-holm"

[[facts]]
id = "person-holm"
kind = "person"
source = ["¶1"]
text.en = "Sara Holm, the chief executive of Nordline."
text.zh = "萨拉·霍尔姆，北线公司首席执行官。"
aliases.en = ["Sara Holm", "Holm"]
aliases.zh = ["萨拉·霍尔姆", "霍尔姆"]

[facts.values]
office = "chief executive of Nordline"
affiliation = "party-nordline"

[[facts]]
id = "party-yard"
kind = "party"
source = ["¶1"]
text.en = "Kessler Werft, the Kiel shipyard that built the Aurora."
text.zh = "凯斯勒船厂，建造极光号的基尔造船厂。"
aliases.en = ["Kessler Werft", "Kessler", "the shipyard"]
aliases.zh = ["凯斯勒船厂", "凯斯勒"]

[[facts]]
id = "person-lund"
kind = "person"
source = ["¶2"]
text.en = "Eva Lund, 41, the ferry's first officer."
text.zh = "埃娃·伦德，41岁，渡轮的大副。"
aliases.en = ["Eva Lund", "Lund", "First Officer Lund", "the first officer"]
aliases.zh = ["埃娃·伦德", "伦德", "大副"]

[facts.values]
age = { value = 41, unit = "years" }

[[facts]]
id = "person-berg"
kind = "person"
source = ["¶2"]
text.en = "Nils Berg, the ferry's deputy chief engineer."
text.zh = "尼尔斯·贝里，渡轮的副总工程师。"
aliases.en = ["Nils Berg", "Berg", "deputy chief engineer"]
aliases.zh = ["尼尔斯·贝里", "贝里", "副总工程师"]

[[facts]]
id = "build"
kind = "event"
date = 1998-03-02
source = ["¶1"]
text.en = "Kessler Werft built the Aurora in Kiel, launching her on 2 March 1998."
text.zh = "1998年3月2日，凯斯勒船厂在基尔建成极光号并下水。"
aliases.en = ["built", "launched"]
aliases.zh = ["建造", "下水"]

[facts.values]
actor = "party-yard"
ship = ["party-aurora"]

[[facts]]
id = "docking"
kind = "event"
date = 2009-11-21
source = ["¶5"]
text.en = "The Aurora docked at Arendal at 6 a.m. on 21 November 2009, with Lund at the helm."
text.zh = "2009年11月21日早上6点，伦德掌舵，极光号在阿伦达尔靠港。"
aliases.en = ["docking"]
aliases.zh = ["靠港"]

[facts.values]
ship = ["party-aurora"]
actor = ["person-lund"]
local_time = 06:00:00

[[facts]]
id = "engine-limits"
kind = "count"
date = 2009-11-20
source = ["¶3"]
text.en = "The Aurora's engines were rated for 18 knots, but that night she was pushed to 21 knots."
text.zh = "极光号发动机的额定航速为18节，但当晚被推到21节。"
aliases.en = ["engines"]
aliases.zh = ["发动机"]

[facts.values]
ship = ["party-aurora"]
rated_speed = { value = 18, unit = "knots" }
pushed_speed = { value = 21, unit = "knots" }

[[facts]]
id = "tow"
kind = "event"
date = 2009-11-25
source = ["¶6"]
text.en = "A tug towed the Aurora from Arendal to Kiel for repairs."
text.zh = "一艘拖船把极光号从阿伦达尔拖回基尔修理。"
aliases.en = ["tow", "towed"]
aliases.zh = ["拖回"]

[facts.values]
ship = ["party-aurora"]

[[facts]]
id = "calls"
kind = "event"
start = 2009-11-22
end = 2009-11-25
source = ["¶6"]
text.en = "The Aurora visited Arendal on 22 November and Kiel on 25 November 2009."
text.zh = "极光号于2009年11月22日停靠阿伦达尔，11月25日停靠基尔。"
aliases.en = ["visited", "calls"]
aliases.zh = ["停靠"]

[facts.values]
ship = ["party-aurora"]
place = ["place-arendal", "place-kiel"]

[[facts]]
id = "sale"
kind = "event"
month = "2010-03"
source = ["¶7"]
text.en = "The Aurora was sold at the end of March 2010."
text.zh = "2010年3月底，极光号被出售。"
aliases.en = ["sold", "sale"]
aliases.zh = ["出售"]

[facts.values]
ship = ["party-aurora"]

[[facts]]
id = "toll"
kind = "count"
date = 2009-11-20
source = ["¶3"]
part_of = "grounding"
text.en = "Of the 212 people aboard, 2 died and 210 survived."
text.zh = "船上212人中，2人遇难，210人生还。"
aliases.en = ["toll"]
aliases.zh = ["伤亡"]

[facts.values]
aboard = { value = 212, unit = "people", parts = [2, 210] }

[[facts]]
id = "person-aas"
kind = "person"
source = ["¶2"]
text.en = "Ole Aas, 58, the Aurora's chief engineer until 2008, when Berg took over."
text.zh = "奥勒·阿斯，58岁，2008年前任极光号轮机长，此后由贝里接任。"
aliases.en = ["Ole Aas", "Aas"]
aliases.zh = ["奥勒·阿斯", "阿斯"]

[facts.values]
age = { value = 58, unit = "years" }

[[facts]]
id = "engineer-change"
kind = "event"
source = ["¶2"]
text.en = "In 2008 Berg took over from Aas on the Aurora."
text.zh = "2008年，贝里在极光号上接替了阿斯。"
aliases.en = ["took over"]
aliases.zh = ["接替"]

[facts.values]
actor = "person-berg"
year = 2008

[[facts]]
id = "tug-call"
kind = "event"
date = 2009-11-21
source = ["¶4"]
part_of = "grounding"
text.en = "Shortly after midnight on 21 November 2009 the Aurora's crew radioed for a tug."
text.zh = "2009年11月21日午夜刚过，极光号船员用无线电呼叫拖船。"
aliases.en = ["radioed for a tug"]
aliases.zh = ["呼叫拖船"]

[facts.values]
ship = ["party-aurora"]

[[facts]]
id = "ashore-holm"
kind = "event"
date = 2009-11-21
source = ["¶5"]
part_of = "docking"
text.en = "At Arendal, Holm was the first to step ashore."
text.zh = "在阿伦达尔，霍尔姆第一个上岸。"
aliases.en = ["first ashore"]
aliases.zh = ["第一个上岸"]

[facts.values]
person = "person-holm"
ordinal = 1

[[facts]]
id = "ashore-berg"
kind = "event"
date = 2009-11-21
source = ["¶5"]
part_of = "docking"
text.en = "Berg was the second to step ashore."
text.zh = "贝里第二个上岸。"
aliases.en = ["second ashore"]
aliases.zh = ["第二个上岸"]

[facts.values]
person = "person-berg"
ordinal = 2

[[facts]]
id = "ashore-lund"
kind = "event"
date = 2009-11-21
source = ["¶5"]
part_of = "docking"
text.en = "Lund was the third and last to step ashore."
text.zh = "伦德第三个上岸，也是最后一个。"
aliases.en = ["last ashore"]
aliases.zh = ["最后上岸"]

[facts.values]
person = "person-lund"
ordinal = 3

[[facts]]
id = "berth-change"
kind = "event"
date = 2009-11-21
source = ["¶5"]
part_of = "docking"
text.en = "At 7:30 a.m. the Aurora was moved to berth 3."
text.zh = "早上7点30分，极光号被移到3号泊位。"
aliases.en = ["berth 3"]
aliases.zh = ["3号泊位"]

[facts.values]
ship = ["party-aurora"]
local_time = 07:30:00

[[facts]]
id = "place-kiel"
kind = "place"
source = ["¶1"]
text.en = "Kiel, the German port the Aurora sails from."
text.zh = "基尔，极光号出发的德国港口。"
aliases.en = ["Kiel"]
aliases.zh = ["基尔"]

[facts.values]
type = "port"

[[facts]]
id = "place-arendal"
kind = "place"
source = ["¶4"]
text.en = "Arendal, a Norwegian port about 600 km north of Kiel."
text.zh = "阿伦达尔，挪威港口，位于基尔以北约600公里。"
aliases.en = ["Arendal"]
aliases.zh = ["阿伦达尔"]

[facts.values]
type = "port"

[[facts]]
id = "departure"
kind = "event"
date = 2009-11-20
source = ["¶3"]
text.en = "The Aurora left Kiel at 8:05 p.m. on 20 November 2009."
text.zh = "2009年11月20日晚上8点05分，极光号离开基尔。"
aliases.en = ["departure", "left Kiel"]
aliases.zh = ["离开基尔", "启航"]

[facts.values]
ship = ["party-aurora"]
local_time = 20:05:00
from = "place-kiel"

[[facts]]
id = "options"
kind = "event"
date = 2009-11-20
source = ["¶4"]
part_of = "departure"
text.en = "After the grounding the captain weighed putting in at Arendal or going back to Kiel."
text.zh = "搁浅后，船长考虑驶入阿伦达尔或返回基尔。"
aliases.en = ["options"]
aliases.zh = ["选择"]

[facts.values]
offered = ["place-arendal", "place-kiel"]

[[facts]]
id = "party-board"
kind = "party"
source = ["¶6"]
text.en = "The Maritime Board, the state body that looks into accidents at sea."
text.zh = "海事委员会，调查海上事故的国家机构。"
aliases.en = ["Maritime Board", "the Board"]
aliases.zh = ["海事委员会"]

[[facts]]
id = "inquiry"
kind = "event"
source = ["¶6"]
text.en = "The Maritime Board investigated the grounding."
text.zh = "海事委员会调查了这次搁浅。"
aliases.en = ["inquiry"]
aliases.zh = ["调查"]

[facts.values]
actor = "party-board"

[[facts]]
id = "hull-survey"
kind = "event"
source = ["¶6"]
part_of = "inquiry"
text.en = "For the inquiry, Kessler Werft surveyed the Aurora's hull."
text.zh = "为配合调查，凯斯勒船厂检查了极光号的船体。"
aliases.en = ["hull survey"]
aliases.zh = ["船体检查"]

[facts.values]
actor = "party-yard"

[[facts]]
id = "grounding"
kind = "event"
date = 2009-11-20
source = ["¶3"]
text.en = "At 9:15 p.m. on 20 November 2009, with Lund and Berg on watch, the Aurora struck a sandbank."
text.zh = "2009年11月20日晚上9点15分，伦德和贝里值班时，极光号撞上沙洲。"
aliases.en = ["struck a sandbank", "sandbank", "grounding"]
aliases.zh = ["撞上沙洲", "沙洲", "搁浅"]

[facts.values]
actor = ["person-lund", "person-berg"]
ship = ["party-aurora"]
local_time = 21:15:00

[[facts]]
id = "repairs"
kind = "event"
start = 2009-11-23
source = ["¶4"]
text.en = "Repairs to the Aurora took two weeks."
text.zh = "极光号的修理用了两周。"
aliases.en = ["repairs", "repaired"]
aliases.zh = ["修理"]

[facts.values]
ship = ["party-aurora"]
duration = { value = 2, unit = "weeks" }

[[facts]]
id = "ferry-size"
kind = "count"
source = ["¶1"]
text.en = "The Aurora is 120 metres long."
text.zh = "极光号长120米。"
aliases.en = ["length"]
aliases.zh = ["长度"]

[facts.values]
ship = ["party-aurora"]
length = { value = 120, unit = "metres" }

[[facts]]
id = "fuel"
kind = "count"
date = 2009-11-20
source = ["¶3"]
text.en = "The crossing needed 9,000 litres of fuel, but only 4,000 litres were put on board."
text.zh = "这次航行需要9000升燃油，但只加注了4000升。"
aliases.en = ["fuel"]
aliases.zh = ["燃油"]

[facts.values]
ship = ["party-aurora"]
fuel_needed = { value = 9000, unit = "litres" }
fuel_loaded = { value = 4000, unit = "litres" }

[[facts]]
id = "crossing"
kind = "count"
date = 2009-11-20
source = ["¶3"]
text.en = "On the night of the grounding the Aurora carried 212 people, twelve of them crew."
text.zh = "搁浅当晚，极光号载有212人，其中船员12人。"
aliases.en = ["crossing"]
aliases.zh = ["航行"]

[facts.values]
ship = ["party-aurora"]
count = { value = 212, unit = "people" }
crew = { value = 12, unit = "crew" }

[[facts]]
id = "charter"
kind = "event"
start = 1998-06-01
source = ["¶5"]
text.en = "The Aurora's first charter lasted eighteen months."
text.zh = "极光号的首个租约持续了十八个月。"
aliases.en = ["charter"]
aliases.zh = ["租约"]

[facts.values]
ship = ["party-aurora"]
duration = { value = 18, unit = "months" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Aurora struck a sandbank at 9:15 p.m. on 20 November 2009.", "supported"),
        ("The Aurora struck a sandbank at 9:45 p.m.", "refuted"),
        ("The Aurora struck a sandbank at 9:15 in the morning.", "refuted"),
        ("The Aurora struck a sandbank at about 9:30 p.m.", "supported"),
        ("极光号于晚上9点15分撞上沙洲。", "supported"),
        ("极光号于晚上10点15分撞上沙洲。", "refuted"),
        ("极光号于晚9点15分撞上沙洲。", "supported"),
        ("极光号于晚间9点15分撞上沙洲。", "supported"),
        ("极光号于晚10点15分撞上沙洲。", "refuted"),
        ("The Aurora left Kiel at 8:05 pm.", "supported"),
        ("The Aurora left Kiel at 8:05:30 pm local time.", "supported"),
        ("The Aurora left Kiel at 8:35 p.m.", "refuted"),
        ("极光号于晚上8点05分离开基尔。", "supported"),
        ("The Aurora radioed for a tug shortly after midnight on 21 November 2009.", "supported"),
        ("The Aurora radioed for a tug shortly after midnight on 20 November 2009.", "refuted"),
        ("2009年11月21日午夜刚过，极光号用无线电呼叫拖船。", "supported"),
    ],
)
def test_a_time_of_day_is_read_to_the_minute(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "9:15 p.m." and 晚上9点15分 are 21:15, compared to the minute with a fact's typed
    time (within a quarter of an hour when the claim says "about"); "p.m." was read as a
    word and a unit, and a wrong minute went unnoticed. A time is judged by the fact of its
    verb: the grounding's 21:15 does not contradict the departure's 8:05 p.m. "Shortly
    after midnight", 午夜刚过 are times, not an order that splits the claim in two (so the
    wrong day was backed by the words of a whole around the deed)."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Aurora was built by Kessler Werft.", "supported"),
        ("The ferry was built in Kiel by the Kessler Werft shipyard.", "supported"),
        ("Kessler Werft was built by the Aurora.", "not_enough_info"),
        ("The Aurora struck a sandbank.", "supported"),
    ],
)
def test_the_doer_of_a_passive_follows_by(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X was built by Y": Y built it, so X may be the fact's ship; a ship the fact names is
    the doer of "struck" when the fact's doers are people (no doer of its kind)."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Deputy chief engineer Berg was on watch when the Aurora struck a sandbank.",
            "supported",
        ),
        ("Chief engineer Berg was on watch when the Aurora struck a sandbank.", "not_enough_info"),
        ("The first officer was on watch when the Aurora struck a sandbank.", "supported"),
        ("First Officer Lund was on watch when the Aurora struck a sandbank.", "supported"),
    ],
)
def test_words_beside_a_name_say_what_it_is_phrase_for_phrase(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A phrase beside a name is backed by that actor's own fact only as a whole: "chief
    engineer" is not what a deputy chief engineer is called. "The first officer" is a name,
    not an ordinal."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Repairs to the Aurora took a fortnight.", "supported"),
        ("Repairs to the Aurora took two and a half weeks.", "refuted"),
        ("Repairs to the Aurora took half a month.", "supported"),
        ("极光号的修理用了半个月。", "supported"),
        ("The Aurora's charter lasted a year and a half.", "supported"),
        ("极光号的首个租约持续了一年半。", "supported"),
        ("极光号的首个租约持续了两年半。", "refuted"),
    ],
)
def test_halves_and_fortnights_are_lengths(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "two and a half weeks" is 17.5 days (it was read as two weeks), "a fortnight" 14
    (it was read as a week); "half a month", 半个月, "a year and a half", 一年半 are lengths."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("There were 212 people aboard the Aurora.", "supported"),
        ("There were 250 people aboard the Aurora.", "refuted"),
        ("The Aurora had a crew of twelve.", "supported"),
        ("The Aurora had a crew of fifteen.", "refuted"),
        ("The Aurora had a crew of about twelve.", "supported"),
        ("The Aurora had a crew of about 30.", "refuted"),
    ],
)
def test_a_crew_of_twelve_counts_the_crew(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "a crew of (about) twelve": the number after "<unit> of" counts that unit; "aboard" says
    what "carried" says (a synonym group of the lexicon)."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Aurora is about 394 feet long.", "supported"),
        ("The Aurora is 394 feet long.", "supported"),
        ("The Aurora is 500 feet long.", "refuted"),
        ("The Aurora is 0.12 kilometres long.", "supported"),
        ("极光号长约394英尺。", "supported"),
        ("The crossing needed about 2,378 gallons of fuel.", "supported"),
        ("The crossing needed about 1,057 gallons of fuel.", "refuted"),
        ("这次航行所需燃油为9000升。", "supported"),
        ("这次航行所需燃油为4000升。", "refuted"),
    ],
)
def test_a_length_in_feet_is_compared_with_one_in_metres(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Units of one measure convert (the lexicon's `measure` and `size`): a claim rounds
    the converted value to a per cent or its last digit. Of two amounts in one unit, a word
    of one field's meaning (`needed`, or its Chinese name whole, 所需燃油) names it, so the
    fuel put on board, converted, is not what was needed."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lund was 41 years old.", "supported"),
        ("Lund was 45 years old.", "refuted"),
        ("伦德当时45岁。", "refuted"),
        ("Berg was 58 years old.", "not_enough_info"),
        ("Aas was 58 years old.", "supported"),
    ],
)
def test_an_actors_own_fact_judges_what_only_it_holds(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A claim that names one actor and a value is judged by that actor's own fact too, even
    where more events that name the actor score higher (her age, not her watches); and an
    actor's own figures are its own: Aas's age, in a fact that names Berg, is not Berg's."""
    watches = "".join(
        f"""
[[facts]]
id = "watch-{day}"
kind = "event"
date = 2009-11-{day:02d}
source = ["¶{day}"]
text.en = "Lund stood the night watch on {day} November 2009."
text.zh = "2009年11月{day}日，伦德值夜班。"
aliases.en = ["night watch"]
aliases.zh = ["夜班"]

[facts.values]
actor = ["person-lund"]
"""
        for day in range(1, 8)
    )
    assert_verdict(own(FERRY + watches).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Berg is the chairman of Nordline.", "refuted"),
        ("Berg heads Nordline.", "refuted"),
        ("Holm heads Nordline.", "supported"),
        ("贝里是北线公司的首席执行官。", "refuted"),
    ],
)
def test_the_head_of_a_body_is_its_leader(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X is the chairman of Y", "X heads Y": Y's own `leader` says who heads it (the
    lexicon's `leading_offices`), so anyone else is refuted; Berg's own fact names no
    organisation, and "Berg is the chief executive of Nordline" was not refuted before."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Aurora left from Kiel.", "supported"),
        ("The Aurora left from Arendal.", "refuted"),
        ("极光号从阿伦达尔启航。", "refuted"),
        ("A tug towed the Aurora from Arendal to Kiel.", "supported"),
        ("A tug towed the Aurora from Kiel to Arendal.", "not_enough_info"),
        ("The Maritime Board investigated the grounding.", "supported"),
        ("Kessler Werft investigated the grounding.", "not_enough_info"),
    ],
)
def test_a_role_is_backed_by_the_fact_that_gives_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A place after "from" is backed in the `from` the verb fills, not by a fact that holds
    it in another role (the ports weighed after the grounding), nor by words that put
    another place after "from" (the tow from Arendal); a word written as a verb
    ("investigated") is not backed by a whole around the statement's fact whose actor is
    another (the yard surveyed the hull; the Board investigated)."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lund docked the Aurora at 6 a.m.", "supported"),
        ("Lund docked the Aurora at 7:30 a.m.", "refuted"),
        ("Lund and Berg docked the Aurora at 9:15 p.m.", "not_enough_info"),
        ("Berg docked the Aurora on 20 November 2009.", "not_enough_info"),
    ],
)
def test_an_actor_field_backs_only_a_verb_the_fact_says(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A verb whose fields are ones nearly every event has (`actor`, a time of day: the
    lexicon's `generic_fields`) is backed by them only where the fact's words say the verb:
    the grounding's watch and time are no docking, and the time of a part of the docking
    (the move to another berth) is not the docking's."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lund was the last to step ashore.", "supported"),
        ("Holm was the last to step ashore.", "refuted"),
        ("霍尔姆是最后一个上岸的。", "refuted"),
        ("Berg was the first to step ashore.", "refuted"),
        ("Holm was the first to step ashore.", "supported"),
    ],
)
def test_the_last_of_a_series_is_its_highest_place(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the last to", 最后一个: the highest place among facts of one kind under the same
    whole whose first field naming a person is the same (it was read as "lasted", and
    Holm's being first went
    unnoticed)."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Arendal is about 600 km north of Kiel.", "supported"),
        ("Arendal is about 600 km south of Kiel.", "refuted"),
        ("Kiel is north of Arendal.", "refuted"),
        ("Kiel is south of Arendal.", "supported"),
        ("阿伦达尔位于基尔以南约600公里。", "refuted"),
        ("阿伦达尔位于基尔以北。", "supported"),
        ("阿伦达尔位于基尔南侧。", "refuted"),
        ("阿伦达尔位于基尔北边。", "supported"),
        ("Kiel lies south of Arendal.", "supported"),
    ],
)
def test_a_direction_relates_two_places_one_way_round(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "A is north of B" against a fact's words on the same two places: the opposite
    direction, or the two places swapped, contradict it; both together agree (the mine
    "south of Copiapó" was supported by Copiapó's own "south of the mine")."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("贝里接替了阿斯。", "supported"),
        ("阿斯接替了贝里。", "not_enough_info"),
        ("霍尔姆时任北线公司首席执行官。", "supported"),
        ("贝里时任北线公司首席执行官。", "refuted"),
    ],
)
def test_chinese_roles_read_by_their_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """接替 is a verb whose doer came in (the lexicon's `replace`), so the fact's words that
    give it to Berg do not back it of Aas; 他/她/它 carry no claim of their own; 时任 ("then
    held") is a copula, so the office is said of the person before it."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2 people died and 210 people survived.", "supported"),
        ("2 people survived and 210 people died.", "refuted"),
        ("船上2人生还，210人遇难。", "refuted"),
        ("The Aurora's engines were rated for 18 knots.", "supported"),
        ("The Aurora's engines were rated for 21 knots.", "refuted"),
        ("The engines were rated for 21 knots and the Aurora was pushed to 18 knots.", "refuted"),
    ],
)
def test_counts_a_facts_words_give_to_verbs(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "2 died and 210 survived" in a fact's words binds each count to its verb: a claim
    that swaps them is refuted, though no typed field holds either count (both numbers
    were backed by the words, each on its own). Of two typed amounts of one unit, the words
    of a number's own statement name its field ("rated for 21 knots" is the rated speed)."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Aurora visited Arendal on 22 November 2009.", "supported"),
        ("The Aurora visited Arendal on 25 November 2009.", "refuted"),
        ("极光号于2009年11月25日停靠阿伦达尔。", "refuted"),
    ],
)
def test_days_a_facts_words_give_to_places(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Arendal on 22 November and Kiel on 25 November" binds each day to its place: a
    claim that gives Arendal Kiel's day is refuted (both days lie in the fact's period, so
    it was supported)."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Eva Lund, 41, was the first officer.", "supported"),
        ("Eva Lund, 45, was the first officer.", "refuted"),
    ],
)
def test_a_count_set_off_by_commas_is_never_dropped(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Lund, 45, was …": a number followed by a comma was read by no reader and dropped,
    so the claim was supported; it is a part now, and after a person's name her age, which
    her typed `age` (41) contradicts (it had been left open)."""
    assert_verdict(own(FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Aurora was sold at the end of March 2010.", "supported"),
        ("The Aurora was sold at the start of March 2010.", "not_enough_info"),
        ("2010年3月初，极光号被出售。", "not_enough_info"),
    ],
)
def test_a_part_of_a_month_in_a_facts_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The end of March" in a fact's words backs "the end of March" and stops its month
    field backing "the start of March", which it did."""
    assert_verdict(own(FERRY).check(claim), expected)


HARBOUR = """format = 1

[lexicon.predicates.survive]
en = ["survived", "survive", "survivors"]
zh = ["生还", "幸存"]

[lexicon.predicates.reach]
en = ["reached", "reach", "got to", "arrived at"]
zh = ["抵达", "到达"]

[lexicon.predicates.set_out]
en = ["set out", "set off", "departed", "departure"]
zh = ["出发", "启程"]

[lexicon.predicates.raise]
en = ["raised", "raise", "lifted"]
zh = ["升起", "收起"]

[[facts]]
id = "party-vela"
kind = "party"
source = ["¶1"]
text.en = "Vela is a coastal state."
text.zh = "维拉是一个沿海国家。"
aliases.en = ["Vela"]
aliases.zh = ["维拉"]

[[facts]]
id = "party-orin"
kind = "party"
source = ["¶1"]
text.en = "Orin is a coastal state."
text.zh = "奥林是一个沿海国家。"
aliases.en = ["Orin"]
aliases.zh = ["奥林"]

[[facts]]
id = "orin-offer"
kind = "document"
date = 2031-03-02
source = ["¶2"]
text.en = "On 2 March 2031 Orin made a fishing offer to Vela."
text.zh = "2031年3月2日，奥林向维拉提出了一项捕鱼方案。"
aliases.en = ["fishing offer", "the offer"]
aliases.zh = ["捕鱼方案", "方案"]
[facts.values]
actor = "party-orin"

[[facts]]
id = "vela-no-public-acceptance"
kind = "position"
source = ["¶3"]
text.en = "Vela never publicly accepted Orin's fishing offer."
text.zh = "维拉始终没有公开接受奥林的捕鱼方案。"
[facts.values]
actor = "party-vela"
about = "orin-offer"

[[facts]]
id = "harbour-talks"
kind = "event"
start = 2031-04-01
source = ["¶4"]
text.en = "Harbour talks between Vela and Orin began on 1 April 2031; the delegations walked out twice, but none of the delegations declared the talks dead."
text.zh = "维拉和奥林的港口谈判于2031年4月1日开始；代表团两度离场，但没有一个代表团宣布谈判破裂。"
aliases.en = ["harbour talks", "the talks"]
aliases.zh = ["港口谈判", "谈判"]
[facts.values]
participants = ["party-vela", "party-orin"]

[[facts]]
id = "expedition-nord"
kind = "event"
start = 2031-05-01
end = 2031-05-20
source = ["¶5"]
text.en = "Expedition Nord, a sledge journey to the pole, ran from 1 to 20 May 2031."
text.zh = "北方探险队的雪橇远征于2031年5月1日至20日进行，目的地是极点。"
aliases.en = ["Expedition Nord"]
aliases.zh = ["北方探险队"]

[[facts]]
id = "nord-departure"
kind = "event"
date = 2031-05-01
part_of = "expedition-nord"
source = ["¶5"]
text.en = "The sledges set out from the coast on 1 May 2031."
text.zh = "2031年5月1日，雪橇队从海岸出发。"
aliases.en = ["the departure"]
aliases.zh = ["出发"]

[[facts]]
id = "nord-pole"
kind = "event"
date = 2031-05-13
part_of = "expedition-nord"
after = ["nord-departure"]
source = ["¶5"]
text.en = "The sledges reached the pole on 13 May 2031."
text.zh = "2031年5月13日，雪橇队抵达极点。"

[[facts]]
id = "kestrel-sinking"
kind = "event"
date = 2031-06-09
source = ["¶6"]
text.en = "The supply boat Kestrel sank on 9 June 2031 with all eleven people on board; no one on the boat survived."
text.zh = "2031年6月9日，补给船“红隼”号沉没，船上无人生还。"
aliases.en = ["the Kestrel", "Kestrel"]
aliases.zh = ["红隼号", "红隼"]

[[facts]]
id = "kestrel-ramp"
kind = "event"
date = 2031-06-09
part_of = "kestrel-sinking"
source = ["¶6"]
text.en = "The Kestrel's loading ramp could not be raised."
text.zh = "红隼号的装卸舷梯无法升起。"

[[facts]]
id = "nord-aim"
kind = "aim"
source = ["¶5"]
text.en = "Expedition Nord set out to reach the pole and come back by sea."
text.zh = "北方探险队出发时的目标是抵达极点并从海路返回。"
aliases.en = ["Expedition Nord's aim"]
aliases.zh = ["北方探险队的目标"]

[[facts]]
id = "person-ana"
kind = "person"
source = ["¶7"]
text.en = "Ana Roth led the Vela delegation."
text.zh = "安娜·罗特是维拉代表团团长。"
aliases.en = ["Ana Roth", "Ana", "the chief negotiator"]
aliases.zh = ["安娜·罗特", "安娜"]

[[facts]]
id = "person-ben"
kind = "person"
source = ["¶7"]
text.en = "Ben Ochs led the Orin delegation."
text.zh = "本·奥克斯是奥林代表团团长。"
aliases.en = ["Ben Ochs", "Ben"]
aliases.zh = ["本·奥克斯", "本"]

[[facts]]
id = "memorial"
kind = "event"
date = 2031-04-03
source = ["¶7"]
text.en = "At the memorial Ana laid a wreath and white lilies, and Ben lit a candle."
text.zh = "纪念仪式上，安娜献上花圈和白百合，本则点燃了一支蜡烛。"
aliases.en = ["the memorial"]
aliases.zh = ["纪念仪式"]

[[facts]]
id = "ana-toast"
kind = "statement"
date = 2031-04-03
source = ["¶7"]
text.en = "After the memorial Ana said to Ben: 'We got it done.'"
text.zh = "纪念仪式后，安娜对本说：“我们做成了。”"
[facts.values]
speaker = ["person-ana"]
recipient = ["person-ben"]

[[facts]]
id = "party-harbour-commission"
kind = "party"
source = ["¶8"]
text.en = "The harbour commission was led by Ana Roth, the chief negotiator; Ben Ochs sat on it."
text.zh = "港口委员会由首席谈判代表安娜·罗特领导，本·奥克斯是委员。"
aliases.en = ["harbour commission", "the commission"]
aliases.zh = ["港口委员会", "委员会"]
[facts.values]
leader = "person-ana"
members = ["person-ana", "person-ben"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Vela never publicly accepted the fishing offer.", "supported"),
        ("维拉没有公开接受捕鱼方案。", "supported"),
        ("Vela publicly accepted the fishing offer.", "refuted"),
        ("维拉公开接受了捕鱼方案。", "refuted"),
        ("Vela did not accept the fishing offer.", "not_enough_info"),
        ("Vela accepted the fishing offer.", "not_enough_info"),
    ],
)
def test_a_qualified_denial_denies_only_the_qualified_deed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Never publicly accepted" denies a public acceptance: it backs and refutes claims
    that say "publicly" too, and says nothing of an acceptance as such, which it had both
    denied and (read under "never publicly said") stated."""
    assert_verdict(own(HARBOUR).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("None of the delegations declared the harbour talks dead.", "supported"),
        ("没有一个代表团宣布港口谈判破裂。", "supported"),
        ("The delegations declared the harbour talks dead.", "refuted"),
        ("各代表团宣布港口谈判破裂。", "refuted"),
        ("The harbour talks collapsed.", "not_enough_info"),
        ("港口谈判破裂了。", "not_enough_info"),
    ],
)
def test_what_a_denied_saying_reports_is_not_stated(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "None declared the talks dead" says nothing of whether they died: a claim that they
    collapsed was supported by it."""
    assert_verdict(own(HARBOUR).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("红隼号的舷梯没能升起。", "supported"),
        ("红隼号的舷梯未能升起。", "supported"),
        ("红隼号的舷梯能够升起。", "refuted"),
    ],
)
def test_chinese_negations_of_ability(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """没能 and 未能 deny the verb after them; 未能收起 had been read as a word, 未收 (as in
    没收), and so not as a denial."""
    assert_verdict(own(HARBOUR).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "denied", "kept"),
    [
        ("No one on board the Kestrel escaped.", "escaped", "board"),
        ("None of the crew on deck jumped.", "jumped", "deck"),
    ],
)
def test_a_subject_negation_denies_the_verb_not_the_subject(
    own: Callable[[str], Checker], claim: str, denied: str, kept: str
) -> None:
    """ "No one on board escaped" denies the escape (a verb the lexicon lacks); its negation
    had fallen on "board", the next word, so a fact saying people were on board refuted it."""
    parts = {p.text: p for p in own(HARBOUR).reading_of(claim).parts}
    assert parts[denied].negated and not parts[kept].negated


AIRFIELD = """format = 1

[fields.director]
type = "ref"
group = "who"
en = "who made the film"
zh = "导演"

[fields.offered]
type = "refs"
group = "who"
en = "the airports offered"
zh = "提供的机场"

[fields.local_time]
type = "time"
group = "when"
en = "the local time it happened"
zh = "当地时间"

[fields.air_temperature]
type = "quantity"
group = "how-many"
en = "the temperature of the air"
zh = "气温"

[fields.water_temperature]
type = "quantity"
group = "how-many"
en = "the temperature of the water"
zh = "水温"

[lexicon.units."degrees Fahrenheit"]
en = ["°F", "degrees Fahrenheit", "Fahrenheit"]
zh = ["华氏度", "华氏"]

[lexicon.predicates.take_off]
en = ["took off", "take off", "takeoff", "departed"]
zh = ["起飞"]
fields = ["date", "local_time", "from"]

[[facts]]
id = "place-norden"
kind = "place"
source = ["¶1"]
text.en = "Norden is an airport on the coast."
text.zh = "诺登是海边的一座机场。"
aliases.en = ["Norden"]
aliases.zh = ["诺登", "诺登机场"]

[[facts]]
id = "person-harl"
kind = "person"
source = ["¶1"]
text.en = "Jan Harl was the controller on duty."
text.zh = "扬·哈尔是当班管制员。"
aliases.en = ["Jan Harl", "Harl"]
aliases.zh = ["扬·哈尔", "哈尔"]

[[facts]]
id = "flight-77"
kind = "event"
date = 2031-01-15
source = ["¶1"]
text.en = "Flight 77 took off from runway 4 at Norden at 3:24 pm on 15 January 2031."
text.zh = "2031年1月15日下午3点24分，77号航班从诺登机场4号跑道起飞。"
aliases.en = ["Flight 77"]
aliases.zh = ["77号航班"]
[facts.values]
from = "place-norden"
local_time = 15:24:00
identifier = "runway 4"

[[facts]]
id = "bird-strike"
kind = "event"
date = 2031-01-15
part_of = "flight-77"
source = ["¶2"]
text.en = "At 3:27 pm, about three minutes after takeoff, the aircraft flew into a flock of geese."
text.zh = "下午3点27分，即起飞约三分钟后，飞机撞上一群大雁。"
aliases.en = ["bird strike", "geese"]
aliases.zh = ["鸟击", "大雁"]
[facts.values]
local_time = 15:27:00

[[facts]]
id = "controller-offer"
kind = "event"
date = 2031-01-15
part_of = "flight-77"
source = ["¶2"]
text.en = "Harl first offered the crew a return to Norden on runway 13 and then a landing at Eastfield."
text.zh = "哈尔先提议机组返回诺登机场13号跑道，随后又提议降落在伊斯特菲尔德机场。"
aliases.en = ["runway 13"]
aliases.zh = ["13号跑道"]
[facts.values]
actor = "person-harl"
offered = ["place-norden", "place-eastfield"]

[[facts]]
id = "oxygen-sets"
kind = "event"
part_of = "flight-77"
source = ["¶2"]
text.en = "The crew put on the closed-circuit oxygen sets."
text.zh = "机组戴上了闭路式氧气装置。"

[[facts]]
id = "place-eastfield"
kind = "place"
source = ["¶2"]
text.en = "Eastfield is a small airport inland."
text.zh = "伊斯特菲尔德是内陆的一座小机场。"
aliases.en = ["Eastfield"]
aliases.zh = ["伊斯特菲尔德", "伊斯特菲尔德机场"]

[[facts]]
id = "person-moss"
kind = "person"
source = ["¶3"]
text.en = "Ann Moss is a film director."
text.zh = "安·莫斯是一位电影导演。"
aliases.en = ["Ann Moss", "Moss"]
aliases.zh = ["安·莫斯", "莫斯"]

[[facts]]
id = "person-reed"
kind = "person"
source = ["¶3"]
text.en = "Tom Reed is an actor."
text.zh = "汤姆·里德是一名演员。"
aliases.en = ["Tom Reed", "Reed"]
aliases.zh = ["汤姆·里德", "里德"]

[[facts]]
id = "person-wayne"
kind = "person"
source = ["¶3"]
text.en = "Lee Wayne was the captain of Flight 77."
text.zh = "李·韦恩是77号航班的机长。"
aliases.en = ["Lee Wayne", "Wayne"]
aliases.zh = ["李·韦恩", "韦恩"]

[[facts]]
id = "glide-film"
kind = "event"
source = ["¶3"]
text.en = "The 2035 film Glide, made by Ann Moss, told the story, with Tom Reed playing Wayne."
text.zh = "2035年的电影《滑翔》讲述了这段故事，由安·莫斯执导，汤姆·里德饰演韦恩。"
aliases.en = ["Glide"]
aliases.zh = ["滑翔"]
[facts.values]
director = "person-moss"

[[facts]]
id = "weather"
kind = "event"
date = 2031-01-15
part_of = "flight-77"
source = ["¶2"]
text.en = "The air was about 20 °F and the water about 41 °F."
text.zh = "当时气温约华氏20度，水温约华氏41度。"
[facts.values]
air_temperature = { value = 20, unit = "degrees Fahrenheit", approx = "about" }
water_temperature = { value = 41, unit = "degrees Fahrenheit", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Flight 77 took off from runway 13 at Norden.", "not_enough_info"),
        ("Flight 77 took off from Norden at 3:27 pm.", "refuted"),
        ("77号航班于下午3点27分从诺登机场起飞。", "refuted"),
        ("Flight 77 took off from Norden at 3:24 pm.", "supported"),
    ],
)
def test_a_value_is_its_verbs_facts(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A number or time beside a verb is backed by the fact that backs the verb: runway 13
    is the runway offered for the return, and the bird strike's words name the takeoff only
    as what its time counts from ("about three minutes after takeoff", 起飞约三分钟后), so its
    time is no time of the takeoff."""
    assert_verdict(own(AIRFIELD).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("汤姆·里德执导了电影《滑翔》。", "not_enough_info"),
        ("安·莫斯执导了电影《滑翔》。", "supported"),
        ("安·莫斯在电影《滑翔》中饰演韦恩。", "not_enough_info"),
        ("汤姆·里德在电影《滑翔》中饰演韦恩。", "supported"),
    ],
)
def test_a_deed_no_lexicon_knows_keeps_its_doer(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """由安·莫斯执导 and 汤姆·里德饰演韦恩 say who did what: a claim giving the deed to the
    other person is not backed by the words of the deed alone."""
    assert_verdict(own(AIRFIELD).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Harl first offered a return to Norden and then Eastfield.", "supported"),
        ("Harl first offered Eastfield and then a return to Norden.", "refuted"),
        ("哈尔先提议返回诺登机场，随后提议降落在伊斯特菲尔德机场。", "supported"),
        ("哈尔先提议降落在伊斯特菲尔德机场，随后才提议返回诺登机场。", "refuted"),
    ],
)
def test_an_order_a_facts_words_give_between_members_of_its_list(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "First Norden, then Eastfield" in a fact's words is read as a claim's are, in the
    claim's language, and the two orders compared: the reverse had been supported, since
    the fact's words hold "then" and both airports."""
    assert_verdict(own(AIRFIELD).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("机组戴上了闭路式氧气装置。", "supported"),
        ("机组戴上了开路式氧气装置。", "not_enough_info"),
    ],
)
def test_one_chinese_character_set_against_another_is_not_backed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """开路式氧气装置 shares every pair but one with the fact's 闭路式氧气装置, which was
    enough to back it: a run the fact holds with one character replaced is not backed."""
    assert_verdict(own(AIRFIELD).check(claim), expected)


FLEET = """format = 1

[fields.owner]
type = "ref"
group = "who"
en = "who owns the ship"
zh = "船东"

[fields.operator]
type = "ref"
group = "who"
en = "who runs the ship"
zh = "运营方"

[[facts]]
id = "party-albatross"
kind = "party"
source = ["¶1"]
text.en = "The Albatross is a container ship owned by Kestrel Shipping and run by Blue Line."
text.zh = "“信天翁”号是一艘集装箱船，船东为红隼航运，由蓝线公司运营。"
aliases.en = ["the Albatross", "Albatross"]
aliases.zh = ["信天翁号", "信天翁"]
[facts.values]
owner = "party-kestrel-shipping"
operator = "party-blue-line"

[[facts]]
id = "party-kestrel-shipping"
kind = "party"
source = ["¶1"]
text.en = "Kestrel Shipping, a subsidiary of the Harrow Group, owns the Albatross; it is based in Osaka."
text.zh = "红隼航运是“信天翁”号的船东，总部在大阪。"
aliases.en = ["Kestrel Shipping", "the owner", "the shipowner"]
aliases.zh = ["红隼航运", "船东"]

[[facts]]
id = "party-harrow"
kind = "party"
source = ["¶1"]
text.en = "The Harrow Group is a trading house."
text.zh = "哈罗集团是一家贸易公司。"
aliases.en = ["the Harrow Group", "Harrow Group", "Harrow"]
aliases.zh = ["哈罗集团"]

[[facts]]
id = "party-blue-line"
kind = "party"
source = ["¶1"]
text.en = "Blue Line, which runs the Albatross, is a shipping line based in Taipei."
text.zh = "运营“信天翁”号的蓝线公司是一家总部在台北的航运公司。"
aliases.en = ["Blue Line", "the operator"]
aliases.zh = ["蓝线公司", "蓝线"]

[[facts]]
id = "albatross-voyage"
kind = "event"
start = 2031-03-01
end = 2031-03-07
source = ["¶2"]
text.en = "The Albatross's first voyage ran from 1 to 7 March 2031 and lasted just under six days."
text.zh = "“信天翁”号的首航从2031年3月1日持续到7日，历时不到六天。"
aliases.en = ["first voyage", "the voyage"]
aliases.zh = ["首航"]
[facts.values]
duration = { value = 6, unit = "days", approx = "nearly" }

[[facts]]
id = "albatross-refit"
kind = "event"
date = 2031-04-02
source = ["¶3"]
text.en = "In April 2031 the Albatross was refitted in Osaka, in about eight days."
text.zh = "2031年4月，“信天翁”号在大阪改装，用了大约八天。"
aliases.en = ["refit", "the refit"]
aliases.zh = ["改装"]
[facts.values]
duration = { value = 8, unit = "days", approx = "about" }

[[facts]]
id = "person-kell"
kind = "person"
source = ["¶4"]
text.en = "Ada Kell, who founded Kestrel Shipping, was knighted in 2031 and made a life peer in 2036."
text.zh = "红隼航运创始人艾达·凯尔于2031年受封爵士，2036年获封终身贵族。"
aliases.en = ["Ada Kell", "Kell"]
aliases.zh = ["艾达·凯尔", "凯尔"]

[[facts]]
id = "place-osaka"
kind = "place"
source = ["¶5"]
text.en = "Osaka is a port city in Japan."
text.zh = "大阪是日本的港口城市。"
aliases.en = ["Osaka"]
aliases.zh = ["大阪"]

[[facts]]
id = "place-taipei"
kind = "place"
source = ["¶5"]
text.en = "Taipei is the capital of Taiwan."
text.zh = "台北是台湾的首府。"
aliases.en = ["Taipei"]
aliases.zh = ["台北"]

[[facts]]
id = "place-naha"
kind = "place"
source = ["¶5"]
text.en = "Naha is a port on Okinawa."
text.zh = "那霸是冲绳的港口。"
aliases.en = ["Naha"]
aliases.zh = ["那霸"]

[[facts]]
id = "albatross-delivery"
kind = "event"
date = 2031-05-04
source = ["¶5"]
text.en = "On 4 May 2031 the Albatross sailed from Osaka to Taipei."
text.zh = "2031年5月4日，“信天翁”号从大阪驶往台北。"
[facts.values]
from = "place-osaka"
to = "place-taipei"

[[facts]]
id = "albatross-shelter"
kind = "event"
date = 2031-05-05
part_of = "albatross-delivery"
source = ["¶5"]
text.en = "On 5 May a storm sent the Albatross to Naha for shelter."
text.zh = "5月5日，风暴迫使“信天翁”号前往那霸避风。"
[facts.values]
to = "place-naha"

[[facts]]
id = "albatross-storm"
kind = "event"
date = 2031-05-05
part_of = "albatross-delivery"
source = ["¶5"]
text.en = "In the storm the Albatross's figurehead survived, while her radio mast was destroyed."
text.zh = "风暴中，“信天翁”号的船首像幸存，无线电桅杆却被摧毁。"
aliases.en = ["the storm"]
aliases.zh = ["风暴"]

[[facts]]
id = "kell-chair"
kind = "event"
date = 2031-07-01
source = ["¶4"]
text.en = "On 1 May 2031 Blue Line announced a shake-up; Ada Kell became its chairman on 1 July 2031."
text.zh = "2031年5月1日，蓝线公司宣布改组；艾达·凯尔于2031年7月1日出任董事长。"
[facts.values]
actor = "person-kell"
office = "chairman"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Blue Line is the owner of the Albatross.", "refuted"),
        ("The owner of the Albatross is Blue Line.", "refuted"),
        ("Kestrel Shipping is the owner of the Albatross.", "supported"),
        ("The owner of the Albatross is Kestrel Shipping.", "supported"),
    ],
)
def test_a_body_named_by_its_role_is_no_other_body(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The owner" is Kestrel Shipping's alias: saying Blue Line (the operator) is the
    owner equates two companies, as "X was the commander" equates two people."""
    assert_verdict(own(FLEET).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The first voyage lasted more than six days.", "refuted"),
        ("The first voyage lasted nearly six days.", "supported"),
        ("The refit lasted more than eight days.", "not_enough_info"),
        ("The refit lasted about eight days.", "supported"),
        ("The refit lasted more than twelve days.", "refuted"),
    ],
)
def test_an_approximate_length_decides_only_what_it_can(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact's own `duration` says more than counting the days from its start to its end
    (seven, for "just under six days"); and "more than eight days" against "about 8 days"
    may be true or false, so it is neither backed nor refuted."""
    assert_verdict(own(FLEET).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("At the memorial Ana laid a wreath and white lilies.", "supported"),
        ("At the memorial Ben laid a wreath and white lilies.", "not_enough_info"),
        ("纪念仪式上，安娜献上花圈和白百合。", "supported"),
        ("纪念仪式上，本献上花圈和白百合。", "not_enough_info"),
    ],
)
def test_words_a_facts_clause_gives_one_person_are_not_anothers(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Ana laid a wreath …, and Ben lit a candle": the wreath is Ana's. Every word of
    "Ben laid a wreath" is in the fact's words, which backed it."""
    assert_verdict(own(HARBOUR).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kestrel Shipping is a subsidiary of the Harrow Group.", "supported"),
        ("The Harrow Group is a subsidiary of Kestrel Shipping.", "not_enough_info"),
    ],
)
def test_a_phrase_said_of_one_actor_is_not_said_of_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Kestrel Shipping, a subsidiary of the Harrow Group": the phrase is said of Kestrel
    Shipping; "the Harrow Group is a subsidiary of Kestrel" had every word backed."""
    assert_verdict(own(FLEET).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("当时气温约华氏20度。", "supported"),
        ("当时气温约华氏41度。", "refuted"),
    ],
)
def test_a_chinese_scale_before_the_number(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """华氏41度: the scale stands before the number and 度 after it; the number had no unit,
    so a fact's words holding 41 backed it whatever it measured."""
    assert_verdict(own(AIRFIELD).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("After the memorial Ana said to Ben: 'We got it done.'", "supported"),
        ("纪念仪式后，安娜对本说：“我们做成了。”", "supported"),
        ("纪念仪式后，本对安娜说：“我们做成了。”", "refuted"),
    ],
)
def test_whom_a_thing_was_said_to_is_the_recipient(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Said to Ben", 对本说: the one after "to" (对) is the fact's `recipient`, not just a
    person its words name."""
    assert_verdict(own(HARBOUR).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ada Kell was made a life peer in 2031.", "refuted"),
        ("艾达·凯尔于2031年获封终身贵族。", "refuted"),
        ("2031年，艾达·凯尔获封终身贵族。", "refuted"),
        ("2031年5月1日，艾达·凯尔出任董事长。", "refuted"),
        ("2031年7月1日，艾达·凯尔出任董事长。", "supported"),
        ("Ada Kell was knighted in 2031.", "supported"),
    ],
)
def test_a_date_a_facts_clause_gives_other_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Knighted in 2031 and made a life peer in 2036": 2031 is the knighthood's year; the
    fact's words hold it, which backed a peerage in 2031."""
    assert_verdict(own(FLEET).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 4 May 2031 the Albatross sailed from Osaka to Taipei.", "supported"),
        ("On 4 May 2031 the Albatross sailed from Osaka to Naha.", "not_enough_info"),
        ("2031年5月4日，“信天翁”号从大阪驶往那霸。", "not_enough_info"),
    ],
)
def test_from_and_to_are_the_ends_of_one_route(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact from Osaka to Taipei holds the route's end: Naha, where another fact sends
    the ship, is not the end of the route from Osaka."""
    assert_verdict(own(FLEET).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The aircraft flew into a flock of geese about three minutes after takeoff.",
            "supported",
        ),
        ("The aircraft flew into a flock of geese about three minutes before takeoff.", "refuted"),
        ("起飞约三分钟后，飞机撞上一群大雁。", "supported"),
        ("起飞前约三分钟，飞机撞上一群大雁。", "refuted"),
    ],
)
def test_a_time_from_an_event_in_a_facts_words_keeps_its_direction(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "About three minutes after takeoff" in the fact's words: "three minutes before
    takeoff" turns it round. Minutes are units of their own (they were unread unless a file
    named them), and a bare 前 next to the amount is the order word."""
    assert_verdict(own(AIRFIELD).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ben Ochs, a member of the commission, led the harbour commission.", "refuted"),
        ("Ana Roth, a member of the commission, led the harbour commission.", "supported"),
    ],
)
def test_a_name_before_an_aside_is_the_verbs_doer(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Ben Ochs, a member of the commission, led it": the aside between commas says who he
    is; he is the one said to lead, and the commission's one `leader` is Ana, so it is
    refuted (the comma had cut him off from the verb, so nobody's role was checked; then the
    commission's own field was not asked, and it was left open)."""
    assert_verdict(own(HARBOUR).check(claim), expected)


RESCUE_LATE = """format = 1

[[facts]]
id = "mine-collapse"
kind = "event"
date = 2031-08-05
source = ["¶1"]
text.en = "The mine collapsed on 5 August 2031."
text.zh = "矿井于2031年8月5日坍塌。"
aliases.en = ["the collapse"]
aliases.zh = ["坍塌"]

[[facts]]
id = "rescue-operation"
kind = "event"
start = 2031-10-12
end = 2031-10-14
source = ["¶2"]
text.en = "The rescue ran from 12 to 14 October 2031."
text.zh = "救援从2031年10月12日持续到14日。"
aliases.en = ["rescue operation", "the rescue"]
aliases.zh = ["救援行动", "救援"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The rescue operation began on 20 October 2031.", "refuted"),
        ("The rescue operation began on 12 October 2031.", "supported"),
        ("A rescue operation began on 20 October 2031.", "not_enough_info"),
    ],
)
def test_a_fact_named_by_its_own_name_is_judged_after_the_last_day(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """After the last day the facts know, "a rescue operation" may be another one; "the
    rescue operation", a name of the fact's own, is that fact, and its start decides."""
    assert_verdict(own(RESCUE_LATE).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the storm the Albatross's figurehead survived.", "supported"),
        ("In the storm the Albatross's figurehead was destroyed.", "refuted"),
        ("风暴中，“信天翁”号的船首像被摧毁。", "refuted"),
    ],
)
def test_surviving_is_not_being_destroyed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """`survive` is the lexicon's, the opposite of `kill` and `destroy`: what a fact says
    survived was not destroyed."""
    assert_verdict(own(FLEET).check(claim), expected)


SUSPENSIONS = """format = 1

[fields.suspended]
type = "quantity"
group = "how-many"
en = "how many people were suspended"
zh = "被停职人数"

[lexicon.predicates.suspend]
en = ["suspended", "suspend", "suspension"]
zh = ["停职"]
fields = ["duration", "suspended"]

[lexicon.units.deckhands]
en = ["deckhands", "deckhand"]
zh = ["名水手", "水手"]

[[facts]]
id = "deckhands-suspended"
kind = "event"
date = 2031-06-01
source = ["¶1"]
text.en = "The line suspended three deckhands."
text.zh = "航运公司将三名水手停职。"
[facts.values]
suspended = { value = 3, unit = "deckhands" }

[[facts]]
id = "mate-suspended"
kind = "event"
date = 2031-06-02
source = ["¶1"]
text.en = "The line suspended the first mate for two weeks."
text.zh = "航运公司将大副停职两周。"
[facts.values]
duration = { value = 2, unit = "weeks" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In all, five deckhands were suspended.", "refuted"),
        ("共有五名水手被停职。", "refuted"),
    ],
)
def test_a_total_adds_counts_not_lengths(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Three deckhands and two weeks of a suspension are no five deckhands: a total adds
    amounts of time only to amounts of the same unit."""
    assert_verdict(own(SUSPENSIONS).check(claim), expected)


BALLOON = """format = 1

[fields.distance]
type = "quantity"
group = "how-many"
en = "how far the balloon drifted"
zh = "气球漂移的距离"

[fields.distance_miles]
type = "quantity"
group = "how-many"
en = "how far the balloon drifted, in miles"
zh = "气球漂移的距离（英里）"

[[facts]]
id = "balloon-drift"
kind = "count"
source = ["¶1"]
text.en = "The balloon drifted 3,218 km (2,000 miles) from its launch site."
text.zh = "气球从放飞地点漂移了3,218公里（2,000英里）。"
[facts.values]
distance = { value = 3218, unit = "kilometres" }
distance_miles = { value = 2000, unit = "miles" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The balloon drifted about 3,200 kilometres from its launch site.", "supported"),
        ("The balloon drifted more than 3,000 km from its launch site.", "supported"),
        ("The balloon drifted about 2,000 miles from its launch site.", "supported"),
        ("The balloon drifted about 5,000 kilometres from its launch site.", "refuted"),
        ("气球从放飞地点漂移了约3200公里。", "supported"),
    ],
)
def test_one_measure_in_two_units_is_one_figure(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Two fields that give one distance in kilometres and in miles are one figure, not two
    counts that the claim must choose between: a round figure near it is backed."""
    assert_verdict(own(BALLOON).check(claim), expected)


MARLIN = """format = 1

[fields.passengers]
type = "quantity"
group = "how-many"
en = "how many passengers were on board"
zh = "船上乘客人数"

[fields.crew]
type = "quantity"
group = "how-many"
en = "how many crew members were on board"
zh = "船上船员人数"

[fields.survivors]
type = "quantity"
group = "how-many"
en = "how many people survived"
zh = "幸存人数"

[lexicon.units.passengers]
en = ["passenger", "passengers"]
zh = ["名乘客", "乘客"]

[lexicon.units."crew members"]
en = ["crew member", "crew members", "crew"]
zh = ["名船员", "船员"]

[lexicon.units.people]
en = ["people", "persons"]
zh = ["人", "人员"]

[lexicon.predicates.die]
en = ["died", "die", "killed", "perished"]
zh = ["死亡", "遇难", "丧生"]
fields = ["killed"]

[lexicon.predicates.survive]
en = ["survived", "survive"]
zh = ["生还", "幸存"]
fields = ["survivors"]

[[facts]]
id = "party-marlin"
kind = "party"
source = ["¶1"]
text.en = "The Marlin, a ferry that sank in 2031."
text.zh = "“马林”号，一艘2031年沉没的渡轮。"
aliases.en = ["Marlin", "the ferry"]
aliases.zh = ["马林号", "渡轮"]

[[facts]]
id = "crossing"
kind = "event"
date = 2031-03-02
source = ["¶1"]
text.en = "The Marlin sank on its last crossing, with 80 people aboard."
text.zh = "“马林”号在最后一次航行中沉没，船上共有80人。"
aliases.en = ["last crossing"]
aliases.zh = ["最后一次航行"]
[facts.values]
actor = "party-marlin"

[[facts]]
id = "aboard"
kind = "count"
source = ["¶1"]
part_of = "crossing"
text.en = "The Marlin carried 80 people: 30 passengers and 50 crew members."
text.zh = "“马林”号载有80人：30名乘客和50名船员。"
[facts.values]
count = { value = 80, unit = "people", parts = [30, 50] }
passengers = { value = 30, unit = "passengers" }
crew = { value = 50, unit = "crew members" }

[[facts]]
id = "passenger-deaths"
kind = "count"
source = ["¶2"]
part_of = "crossing"
text.en = "Twelve of the 30 passengers died."
text.zh = "30名乘客中有12人遇难。"
[facts.values]
killed = { value = 12, unit = "passengers" }

[[facts]]
id = "crew-deaths"
kind = "count"
source = ["¶2"]
part_of = "crossing"
text.en = "Twenty of the 50 crew members died."
text.zh = "50名船员中有20人遇难。"
[facts.values]
killed = { value = 20, unit = "crew members" }

[[facts]]
id = "crew-survivors"
kind = "count"
source = ["¶2"]
part_of = "crossing"
text.en = "Thirty of the 50 crew members survived."
text.zh = "50名船员中有30人生还。"
[facts.values]
survivors = { value = 30, unit = "crew members" }

[[facts]]
id = "not-worst"
kind = "count"
source = ["¶3"]
text.en = "The Marlin was not the deadliest ferry disaster: the sinking of the Osprey in 1931 had killed 60 people."
text.zh = "“马林”号并非死亡人数最多的渡轮灾难：1931年“鱼鹰”号沉没造成了60人死亡。"
aliases.en = ["Osprey"]
aliases.zh = ["鱼鹰号"]
[facts.values]
killed = { value = 60, unit = "people" }

[[facts]]
id = "deaths-aboard"
kind = "count"
source = ["¶2"]
part_of = "crossing"
text.en = "Thirty-two of the people aboard died."
text.zh = "船上共有32人遇难。"
[facts.values]
killed = { value = 32, unit = "people", parts = [12, 20] }

[[facts]]
id = "person-berg"
kind = "person"
source = ["¶2"]
text.en = "Ola Berg, a quay hand."
text.zh = "奥拉·贝里，码头工人。"
aliases.en = ["Berg", "Ola Berg", "the quay hand"]
aliases.zh = ["贝里", "码头工人"]

[[facts]]
id = "quay-death"
kind = "event"
date = 2031-03-02
source = ["¶2"]
text.en = "The quay hand Ola Berg was also killed, on the pier."
text.zh = "码头工人奥拉·贝里也在码头上遇难。"
[facts.values]
killed = { value = 1, unit = "people" }
actor = "person-berg"

[[facts]]
id = "departure"
kind = "event"
date = 2031-03-02
source = ["¶1"]
part_of = "crossing"
text.en = "The Marlin left port at Bergen on the evening of 2 March."
text.zh = "“马林”号3月2日晚离开卑尔根港。"
[facts.values]
actor = "party-marlin"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("More crew members than passengers died aboard the Marlin.", "supported"),
        ("More passengers than crew members died aboard the Marlin.", "refuted"),
        ("More crew members than passengers were aboard the Marlin.", "supported"),
        ("Fewer crew members than passengers were aboard the Marlin.", "refuted"),
        ("船员比乘客多20人。", "supported"),
        ("船员比乘客多30人。", "refuted"),
    ],
)
def test_the_sides_of_a_comparison_share_its_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "More crew than passengers died": both sides count who died, not who was aboard; a
    side's fact may leave "aboard the Marlin" to the event it is part of; 船员 counts crew
    members, not the 员 or 人员 inside the word."""
    assert_verdict(own(MARLIN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Of the 50 crew members, 30 survived.", "supported"),
        ("30 of the 50 crew members survived.", "supported"),
        ("50名船员中有30人生还。", "supported"),
        ("Of the 50 crew members, 35 survived.", "refuted"),
    ],
)
def test_a_whole_and_its_part_are_two_counts(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "30 of the 50 crew members": 50 counts the group, which the verb's count (30) is a
    part of; it is not a wrong figure for those who survived."""
    assert_verdict(own(MARLIN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("80 people were aboard when the Marlin left port.", "supported"),
        ("“马林”号离开卑尔根港时船上有80人。", "supported"),
    ],
)
def test_a_clause_of_time_does_not_take_the_count(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "80 people were aboard when the Marlin left port": the count is the verb's of the main
    clause, not of the departure that dates it, which counts nobody."""
    assert_verdict(own(MARLIN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Counting the quay hand, 33 people died in all.", "supported"),
        ("Counting the quay hand, 32 people died in all.", "refuted"),
    ],
)
def test_a_total_counts_what_the_claim_names(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Counting the quay hand, 32 died in all": 12 and 20 who died aboard add up to 32, but
    leave out the quay hand the claim counts, so they do not back it."""
    assert_verdict(own(MARLIN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The sinking of the Osprey killed 60 people.", "supported"),
        ("1931年“鱼鹰”号沉没造成60人死亡。", "supported"),
    ],
)
def test_a_chinese_negation_of_being_denies_what_is_described(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """并非死亡人数最多的渡轮灾难 denies being the deadliest, not that anyone died, and 沉没
    ("sank") is no 没 ("not"): the deaths the fact's words then give are said."""
    assert_verdict(own(MARLIN).check(claim), expected)


SENTENCING = """format = 1

[fields.sentence]
type = "quantity"
group = "how-many"
en = "how long a prison sentence was"
zh = "刑期"

[[facts]]
id = "person-holt"
kind = "person"
source = ["¶1"]
text.en = "Mara Holt, the harbour pilot."
text.zh = "玛拉·霍尔特，港口引航员。"
aliases.en = ["Holt", "Mara Holt"]
aliases.zh = ["霍尔特"]

[[facts]]
id = "holt-sentence"
kind = "event"
date = 2032-05-04
source = ["¶1"]
text.en = "The court sentenced Holt to 12 years in prison: eight for negligence, three for perjury and one for flight."
text.zh = "法院判处霍尔特12年监禁：玩忽职守8年，伪证3年，潜逃1年。"
[facts.values]
target = "person-holt"
sentence = { value = 12, unit = "years", parts = [8, 3, 1] }

[lexicon.predicates.arrest]
en = ["arrested", "arrest", "detained"]
zh = ["被捕", "逮捕"]

[[facts]]
id = "holt-arrested"
kind = "event"
date = 2032-01-09
source = ["¶1"]
text.en = "Holt was arrested on 9 January 2032, the day after the tanker docked."
text.zh = "霍尔特于2032年1月9日，即油轮靠港次日被捕。"
[facts.values]
target = "person-holt"

[[facts]]
id = "holt-pilots"
kind = "event"
date = 2032-01-08
source = ["¶1"]
text.en = "Holt piloted the tanker into the harbour and left the bridge."
text.zh = "霍尔特引领油轮进港，随后离开了驾驶台。"
[facts.values]
actor = "person-holt"

[[facts]]
id = "tanker-voyage"
kind = "event"
date = 2032-01-08
source = ["¶1"]
text.en = "The tanker sailed from Ardal with Holt as its pilot."
text.zh = "油轮从阿尔达尔出发，由霍尔特担任引航员。"
[facts.values]
leader = "person-holt"

[[facts]]
id = "holt-contempt"
kind = "event"
date = 2032-05-04
source = ["¶1"]
part_of = "holt-sentence"
text.en = "One further month was added to Holt's sentence for contempt of court."
text.zh = "霍尔特还因藐视法庭被加判1个月。"
[facts.values]
target = "person-holt"
sentence = { value = 1, unit = "months" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Holt was sentenced to eight years for negligence.", "supported"),
        ("Holt was sentenced to three years for negligence.", "refuted"),
        ("Holt got one year for perjury.", "refuted"),
        ("Holt was sentenced to eight years.", "not_enough_info"),
        ("Holt was sentenced to nine years.", "refuted"),
        ("法院就伪证一项判处霍尔特3年。", "supported"),
        ("法院就玩忽职守一项判处霍尔特3年。", "refuted"),
    ],
)
def test_a_term_of_a_figure_goes_with_the_words_the_fact_gives_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "12 years: eight for negligence, three for perjury": a term of the sentence is judged
    by the words the fact's own statement gives it; without them, the fact's words give
    eight years only as a term, and back no sentence of eight years."""
    assert_verdict(own(SENTENCING).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Holt was 12 years old when she was sentenced.", "not_enough_info"),
        ("Holt was 20 years old when she was sentenced.", "not_enough_info"),
        ("霍尔特受审时12岁。", "not_enough_info"),
        ("Holt was sentenced to 20 years.", "refuted"),
    ],
)
def test_an_age_is_no_other_length(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "12 years old" is an age (the lexicon's `ages`): a prison sentence of 12 years
    neither backs nor contradicts it, while a sentence of 20 years is still judged."""
    assert_verdict(own(SENTENCING).check(claim), expected)


SALVORS = """format = 1

[[facts]]
id = "party-norway"
kind = "party"
source = ["¶1"]
text.en = "Norway."
text.zh = "挪威。"
aliases.en = ["Norway", "Norwegian"]
aliases.zh = ["挪威"]

[[facts]]
id = "party-denmark"
kind = "party"
source = ["¶1"]
text.en = "Denmark."
text.zh = "丹麦。"
aliases.en = ["Denmark", "Danish"]
aliases.zh = ["丹麦"]

[[facts]]
id = "party-vestra"
kind = "party"
source = ["¶1"]
text.en = "Vestra, a Norwegian salvage firm."
text.zh = "韦斯特拉，一家挪威打捞公司。"
aliases.en = ["Vestra"]
aliases.zh = ["韦斯特拉"]
[facts.values]
country = "party-norway"

[[facts]]
id = "party-orca"
kind = "party"
source = ["¶1"]
text.en = "Orca, a Danish salvage firm."
text.zh = "奥卡，一家丹麦打捞公司。"
aliases.en = ["Orca"]
aliases.zh = ["奥卡"]
[facts.values]
country = "party-denmark"

[[facts]]
id = "wreck-raised"
kind = "event"
date = 2033-07-01
source = ["¶2"]
closed = ["salvors"]
text.en = "Vestra and Orca raised the wreck together."
text.zh = "韦斯特拉与奥卡联手打捞起沉船。"
[facts.values]
salvors = ["party-vestra", "party-orca"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Norwegian firm Vestra and the Danish firm Orca raised the wreck.", "supported"),
        ("挪威韦斯特拉和丹麦奥卡联手打捞起沉船。", "supported"),
        ("The Norwegian firm Vestra raised the wreck with Orca.", "supported"),
        ("The Danish firm Vestra raised the wreck with Orca.", "refuted"),
        ("Norway's Vestra raised the wreck with Orca.", "supported"),
    ],
)
def test_a_name_before_a_name_says_what_it_is(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the Norwegian firm Vestra": Norway is what Vestra's own fact says it is (and "firm"
    what its words call it), not a third salvor beside the two of the closed list; "the
    Danish firm Vestra" gives it another country than its fact's one."""
    assert_verdict(own(SALVORS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Holt was arrested on 9 January 2032.", "supported"),
        ("Holt was arrested.", "supported"),
        ("Holt was arrested on 19 January 2032.", "refuted"),
    ],
)
def test_the_subject_of_a_passive_is_whom_it_was_done_to(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Holt was arrested": Holt is the one arrested (the fact's `target`), not the doer of
    the arrest, so the fact that holds her there backs her."""
    assert_verdict(own(SENTENCING).check(claim), expected)


CAPTIVES = """format = 1

[lexicon.units.captives]
en = ["captive", "captives"]
zh = ["名俘虏", "俘虏"]

[[facts]]
id = "party-north"
kind = "party"
source = ["¶1"]
text.en = "The Northern League, one side of the dispute."
text.zh = "北方联盟，争端的一方。"
aliases.en = ["Northern League", "the North"]
aliases.zh = ["北方联盟"]

[[facts]]
id = "party-south"
kind = "party"
source = ["¶1"]
text.en = "The Southern Union, the other side."
text.zh = "南方联合会，争端的另一方。"
aliases.en = ["Southern Union", "the South"]
aliases.zh = ["南方联合会"]

[[facts]]
id = "talks"
kind = "event"
start = 2034-02-01
end = 2034-02-20
source = ["¶2"]
text.en = "Talks between the two sides won the release of some captives but no ceasefire."
text.zh = "双方会谈促成释放部分俘虏，但未能停火。"
[facts.values]
participants = ["party-north", "party-south"]

[[facts]]
id = "captives-freed"
kind = "count"
date = 2034-02-15
source = ["¶2"]
part_of = "talks"
text.en = "The Northern League released 12 captives."
text.zh = "北方联盟释放了12名俘虏。"
[facts.values]
actor = "party-north"
released = { value = 12, unit = "captives" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Northern League released the captives.", "supported"),
        ("The Southern Union released the captives.", "refuted"),
        ("南方联合会释放了俘虏。", "refuted"),
    ],
)
def test_a_counted_deed_is_its_counters_actors(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fact that counts the captives released says who released them; talks whose words
    mention their release, with both sides as participants, do not make the other side the
    one who released them: the counting fact's actor contradicts it."""
    assert_verdict(own(CAPTIVES).check(claim), expected)


TERN = """format = 1

[lexicon.units.passengers]
en = ["passenger", "passengers"]
zh = ["名乘客", "乘客"]

[lexicon.units."crew members"]
en = ["crew member", "crew members"]
zh = ["名船员", "船员"]

[lexicon.units.people]
en = ["people"]
zh = ["人"]

[[facts]]
id = "party-tern"
kind = "party"
source = ["¶1"]
text.en = "The Tern, a coastal ferry."
text.zh = "“燕鸥”号，一艘沿海渡轮。"
aliases.en = ["Tern", "the Tern"]
aliases.zh = ["燕鸥号"]

[[facts]]
id = "tern-aboard"
kind = "count"
source = ["¶1"]
text.en = "The Tern carried 80 people: 30 passengers and 50 crew members."
text.zh = "“燕鸥”号载有80人：30名乘客和50名船员。"
[facts.values]
actor = "party-tern"
count = { value = 80, unit = "people", parts = [30, 50] }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tern carried 30 passengers.", "supported"),
        ("The Tern carried 50 passengers.", "refuted"),
        ("“燕鸥”号载有50名乘客。", "refuted"),
    ],
)
def test_the_breakdown_of_a_total_in_a_facts_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "80 people: 30 passengers and 50 crew members", with 80 typed as a total of those
    parts: the words give the one count of passengers, so another count of them (the
    crew's 50) is contradicted."""
    assert_verdict(own(TERN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("An extra month was added to Holt's sentence for contempt of court.", "supported"),
        ("An extra year was added to Holt's sentence for contempt of court.", "refuted"),
    ],
)
def test_an_extra_unit_is_one_of_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "an extra year", like "a year", is one year: a length, not the word "year" that any
    fact of years would back."""
    assert_verdict(own(SENTENCING).check(claim), expected)


@pytest.mark.parametrize(
    "claim",
    ["最后一次航行中，船员比乘客多20人。", "“马林”号最后一次航行中，船员比乘客多20人。"],
)
def test_which_time_is_no_count_to_contradict(own: Callable[[str], Checker], claim: str) -> None:
    """最后一次航行 says which crossing, not how many: its 一 is no count that the 50 crew
    members contradict (the claim's comparison is true)."""
    assert own(MARLIN).check(claim).verdict != "refuted"


CAPSULE = """format = 1

[fields.craft]
type = "refs"
group = "what"
en = "the craft involved"
zh = "涉及的飞行器"

[lexicon.predicates.splash_down]
en = ["splashed down", "splash down"]
zh = ["溅落"]
fields = ["date", "place"]

[[facts]]
id = "place-gull"
kind = "place"
source = ["¶1"]
text.en = "Gull, the capsule the crew rode home in."
text.zh = "“海鸥”号，机组乘坐返回的返回舱。"
aliases.en = ["Gull"]
aliases.zh = ["海鸥号"]

[[facts]]
id = "place-atlantic"
kind = "place"
source = ["¶2"]
text.en = "The Atlantic Ocean."
text.zh = "大西洋。"
aliases.en = ["Atlantic", "the Atlantic"]
aliases.zh = ["大西洋"]

[[facts]]
id = "gull-splashdown"
kind = "event"
date = 1965-05-03
source = ["¶2"]
text.en = "Gull came down in the Atlantic on 3 May 1965."
text.zh = "1965年5月3日，“海鸥”号在大西洋溅落。"
[facts.values]
craft = ["place-gull"]
place = ["place-atlantic"]
"""


@pytest.mark.parametrize(
    "claim",
    [
        "Gull splashed down in the Atlantic on 3 May 1965.",
        "1965年5月3日，海鸥号在大西洋溅落。",
    ],
)
def test_a_where_field_holds_no_doer(own: Callable[[str], Checker], claim: str) -> None:
    """A verb's `where` field (the ocean it came down in) is not who did it: a craft the
    file makes a place as well is backed by the field that names it, not turned away as
    named in another role than the ocean's."""
    assert_verdict(own(CAPSULE).check(claim), "supported")


HERON = """format = 1

[fields.passengers]
type = "quantity"
group = "how-many"
en = "how many passengers were on board"
zh = "乘客人数"

[fields.crew]
type = "quantity"
group = "how-many"
en = "how many crew members were on board"
zh = "船员人数"

[fields.term]
type = "quantity"
group = "how-many"
en = "how long the sentence was"
zh = "刑期"

[lexicon.units.passengers]
en = ["passenger", "passengers"]
zh = ["名乘客", "乘客"]

[lexicon.units."crew members"]
en = ["crew member", "crew members"]
zh = ["名船员", "船员"]

[lexicon.units.people]
en = ["people"]
zh = ["人"]

[[facts]]
id = "person-moss"
kind = "person"
source = ["¶2"]
text.en = "Ada Moss, the Heron's master."
text.zh = "艾达·莫斯，“苍鹭”号船长。"
aliases.en = ["Moss", "Ada Moss"]
aliases.zh = ["莫斯"]

[[facts]]
id = "heron-aboard"
kind = "count"
source = ["¶1"]
text.en = "There were 900 people aboard the Heron: 700 passengers and 200 crew members."
text.zh = "“苍鹭”号上共有900人：700名乘客和200名船员。"
[facts.values]
count = { value = 900, unit = "people", parts = [700, 200] }
passengers = { value = 700, unit = "passengers" }
crew = { value = 200, unit = "crew members" }

[[facts]]
id = "moss-sentence"
kind = "event"
date = 2015-03-02
source = ["¶3"]
text.en = "A court sentenced Moss to nine years in prison."
text.zh = "法院判处莫斯九年监禁。"
[facts.values]
target = "person-moss"
term = { value = 9, unit = "years" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("There were 700 crew members aboard the Heron.", "refuted"),
        ("“苍鹭”号上有700名船员。", "refuted"),
        ("There were 200 crew members aboard the Heron.", "supported"),
        ("There were 700 passengers aboard the Heron.", "supported"),
    ],
)
def test_a_count_swapped_between_the_typed_parts_of_a_total(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A total typed with its parts (900: 700 and 200), and each part typed in its own unit:
    700 crew members is a part of the total, but the part of the passengers, so it does not
    escape as "one of the parts it adds up to"; the crew's own count contradicts it."""
    assert_verdict(own(HERON).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("莫斯被判处九年徒刑。", "supported"), ("莫斯被判处十二年徒刑。", "refuted")],
)
def test_prison_words_are_one_meaning(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """徒刑 and 监禁 (prison, jail) say the same: a term in one is held by a fact in the other,
    and a wrong length contradicts it."""
    assert_verdict(own(HERON).check(claim), expected)


KITE = """format = 1

[lexicon.units.engines]
en = ["engine", "engines"]
zh = ["台发动机", "发动机"]

[[facts]]
id = "party-kite"
kind = "party"
source = ["¶1"]
text.en = "The Kite, a passenger airship."
text.zh = "“风筝”号，一艘客运飞艇。"
aliases.en = ["Kite", "the Kite"]
aliases.zh = ["风筝号"]

[[facts]]
id = "kite-first-flight"
kind = "event"
date = 1931-06-02
source = ["¶1"]
text.en = "The Kite first flew on 2 June 1931."
text.zh = "“风筝”号于1931年6月2日首飞。"
[facts.values]
actor = "party-kite"

[[facts]]
id = "kite-event-1"
kind = "event"
date = 1931-07-10
source = ["¶3"]
text.en = "The Kite crossed the North Sea on 10 July 1931."
text.zh = "1931年7月10日，“风筝”号飞越北海。"
[facts.values]
actor = "party-kite"

[[facts]]
id = "kite-event-2"
kind = "event"
date = 1932-03-01
source = ["¶3"]
text.en = "The Kite made its first flight to Lisbon on 1 March 1932."
text.zh = "1932年3月1日，“风筝”号首次飞往里斯本。"
[facts.values]
actor = "party-kite"

[[facts]]
id = "kite-event-3"
kind = "event"
date = 1933-05-20
source = ["¶3"]
text.en = "The Kite carried mail to Oslo on 20 May 1933."
text.zh = "1933年5月20日，“风筝”号运送邮件至奥斯陆。"
[facts.values]
actor = "party-kite"

[[facts]]
id = "kite-event-4"
kind = "event"
date = 1934-09-14
source = ["¶3"]
text.en = "The Kite was damaged in a storm on 14 September 1934."
text.zh = "1934年9月14日，“风筝”号在风暴中受损。"
[facts.values]
actor = "party-kite"

[[facts]]
id = "kite-event-5"
kind = "event"
date = 1935-11-30
source = ["¶3"]
text.en = "The Kite made its last flight on 30 November 1935."
text.zh = "1935年11月30日，“风筝”号完成最后一次飞行。"
[facts.values]
actor = "party-kite"

[[facts]]
id = "kite-engines"
kind = "count"
source = ["¶2"]
text.en = "The Kite was driven by four diesel engines."
text.zh = "“风筝”号由四台柴油发动机驱动。"
[facts.values]
count = { value = 4, unit = "engines" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Kite had six engines.", "refuted"),
        ("风筝号有六台发动机。", "refuted"),
        ("风筝号有四台发动机。", "supported"),
        ("The Kite was driven by four diesel engines.", "supported"),
        ("风筝号由四台柴油发动机驱动。", "supported"),
        ("The Kite was driven by four petrol engines.", "not_enough_info"),
        ("风筝号由四台汽油发动机驱动。", "not_enough_info"),
    ],
)
def test_a_count_and_the_words_before_its_unit(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A count of a unit is about the fact that types a count of it, before one that merely
    names the actor; a bare Chinese numeral counts with a measure word (六台); and a word
    between the count and its unit that no fact uses (petrol, 汽油) leaves it unbacked."""
    assert_verdict(own(KITE).check(claim), expected)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("距离约三英里。", 3, "miles"),
        ("重五吨。", 5, "tonnes"),
        ("发现了三具遗体。", 3, "具"),  # no unit the lexicon knows: counted in its measure
        ("两座城市", 2, "座"),
        ("只由一道橡胶圈密封", 1, "道"),  # one, stressed by 只
    ],
)
def test_a_bare_chinese_numeral_before_a_measure_word_or_unit(
    base, text: str, value: int, unit: str
) -> None:  # type: ignore[no-untyped-def]
    """三英里, 五吨, 三具: a numeral alone counts when a unit or a measure word follows it,
    in the unit, else in the measure word."""
    from factcheck.check.reader import read

    numbers = [p for p in read(text, checker_for(base).voc).parts if p.kind == "number"]
    assert [(p.value, p.key) for p in numbers] == [(value, unit)]


@pytest.mark.parametrize("text", ["他们一起离开。", "一家公司负责打捞。", "统一三家"])
def test_no_count_in_words_with_a_numeral(base, text: str) -> None:  # type: ignore[no-untyped-def]
    """一起 (together), 一家 ("a" firm), 统一 (unify): no count of anything is read."""
    from factcheck.check.reader import read

    numbers = [p for p in read(text, checker_for(base).voc).parts if p.kind == "number"]
    assert numbers == []


SURVIVOR = """format = 1

[[facts]]
id = "person-vale"
kind = "person"
source = ["¶1"]
text.en = "Ida Vale, a passenger of the Osprey."
text.zh = "艾达·韦尔，“鱼鹰”号乘客。"
aliases.en = ["Vale", "Ida Vale"]
aliases.zh = ["韦尔"]

[[facts]]
id = "person-rook"
kind = "person"
source = ["¶1"]
text.en = "Tom Rook, the Osprey's cook."
text.zh = "汤姆·鲁克，“鱼鹰”号厨师。"
aliases.en = ["Rook", "Tom Rook"]
aliases.zh = ["鲁克"]

[[facts]]
id = "vale-dies"
kind = "event"
month = "2001-03"
source = ["¶5"]
text.en = "Ida Vale, the last living survivor of the wreck, died in March 2001."
text.zh = "这次海难最后一位在世的幸存者艾达·韦尔于2001年3月去世。"
[facts.values]
actor = "person-vale"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Vale, the last living survivor, died in March 2001.", "supported"),
        ("最后一位在世的幸存者韦尔于2001年3月去世。", "supported"),
        ("Rook was the last living survivor.", "refuted"),
        ("Vale was the last passenger to leave the ship.", "not_enough_info"),
    ],
)
def test_the_last_one_in_a_facts_own_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the last living survivor" with no series to count: the fact's own words call its
    actor the last of what the claim names next; another last (the last to leave) is not."""
    assert_verdict(own(SURVIVOR).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("艇上有700名乘客。", "supported"), ("舰上有800名乘客。", "refuted")],
)
def test_aboard_words_are_one_meaning(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """艇上 and 舰上 say aboard, as 船上 does."""
    assert_verdict(own(HERON).check(claim), expected)


FLEET_STAFF = """format = 1

[[facts]]
id = "person-orlov"
kind = "person"
source = ["¶1"]
text.en = "Vice Admiral Pavel Orlov, chief of staff of the Western Fleet."
text.zh = "帕维尔·奥尔洛夫海军中将，西方舰队参谋长。"
aliases.en = ["Pavel Orlov", "Orlov", "chief of staff of the Western Fleet"]
aliases.zh = ["帕维尔·奥尔洛夫", "奥尔洛夫", "西方舰队参谋长"]
[facts.values]
office = "chief of staff of the Western Fleet"

[[facts]]
id = "person-sokol"
kind = "person"
source = ["¶2"]
text.en = "Ivan Sokol, Deputy Prime Minister of Ruritania."
text.zh = "伊万·索科尔，鲁里塔尼亚副总理。"
aliases.en = ["Ivan Sokol", "Sokol"]
aliases.zh = ["伊万·索科尔", "索科尔"]
[facts.values]
office = "deputy prime minister"

[[facts]]
id = "dismissals"
kind = "event"
date = 2001-12-01
source = ["¶3"]
text.en = "On 1 December 2001 Orlov and Rear Admiral Anton Belov, commander of the fleet's submarines, were dismissed."
text.zh = "2001年12月1日，奥尔洛夫和舰队潜艇部队司令安东·别洛夫海军少将被撤职。"
[facts.values]
disciplined = ["person-orlov"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Anton Belov was chief of staff of the Western Fleet.", "not_enough_info"),
        ("别洛夫是西方舰队参谋长。", "not_enough_info"),
        ("Pavel Orlov was chief of staff of the Western Fleet.", "supported"),
        ("奥尔洛夫是西方舰队参谋长。", "supported"),
    ],
)
def test_a_name_no_one_bears_said_to_be_a_person_named_by_role(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A name the base knows only from another fact's words, said to be the person the base
    calls "chief of staff": that person's own fact does not hold the name, so the role is
    not backed (the names in the dismissal's words do not make Belov the chief of staff)."""
    assert_verdict(own(FLEET_STAFF).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ivan Sokol was the prime minister of Ruritania.", "refuted"),
        ("伊万·索科尔是鲁里塔尼亚总理。", "refuted"),
        ("Ivan Sokol was the deputy prime minister of Ruritania.", "supported"),
        ("伊万·索科尔是鲁里塔尼亚副总理。", "supported"),
    ],
)
def test_a_deputy_holds_another_office(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "deputy prime minister", 副总理: the deputy's office, not the prime minister's."""
    assert_verdict(own(FLEET_STAFF).check(claim), expected)


def test_a_rank_in_chinese_is_a_word_to_back(base) -> None:  # type: ignore[no-untyped-def]
    """中将 and 少将 are ranks, not the function characters 中 and 将: the claim's word for
    the rank is a part the facts must back."""
    from factcheck.check.reader import read

    parts = read("别洛夫是海军中将。", checker_for(base).voc).parts
    assert any("中将" in p.text for p in parts if p.kind == "term")


VERDICT = """format = 1

[fields.acquitted_of]
type = "texts"
group = "what"
en = "the charges the person was acquitted of"
zh = "被判无罪的罪名"

[fields.convicted_of]
type = "texts"
group = "what"
en = "the charges the person was convicted of"
zh = "被定罪的罪名"

[lexicon.predicates.acquit]
en = ["acquitted", "acquit", "cleared"]
zh = ["无罪"]
fields = ["acquitted_of"]

[lexicon.predicates.convict]
en = ["convicted", "convict", "found guilty"]
zh = ["定罪"]
fields = ["convicted_of"]

[[facts]]
id = "person-marsh"
kind = "person"
source = ["¶1"]
text.en = "Leo Marsh, the ferry's master."
text.zh = "利奥·马什，渡轮船长。"
aliases.en = ["Marsh", "Leo Marsh"]
aliases.zh = ["马什"]

[[facts]]
id = "marsh-verdict"
kind = "event"
month = "1991-04"
source = ["¶4"]
text.en = "In April 1991 a jury acquitted Marsh of reckless navigation and convicted him of failing to keep a lookout."
text.zh = "1991年4月，陪审团裁定马什鲁莽驾驶罪名不成立，但认定他未保持瞭望罪名成立。"
closed = ["acquitted_of", "convicted_of"]
[facts.values]
target = "person-marsh"
acquitted_of = ["reckless navigation"]
convicted_of = ["failing to keep a lookout"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The jury acquitted Marsh of failing to keep a lookout.", "refuted"),
        ("The jury convicted Marsh of reckless navigation.", "refuted"),
        ("The jury acquitted Marsh of reckless navigation.", "supported"),
        ("The jury convicted Marsh of failing to keep a lookout.", "supported"),
        (
            "The jury convicted Marsh of failing to keep a lookout and of reckless navigation.",
            "refuted",
        ),
    ],
)
def test_a_verbs_object_from_another_list_of_the_fact(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A verb backed by a list of texts (the charges acquitted of) with an object that is a
    text of the fact's other list (the charge convicted of): the fact did the other thing
    with it, so the claim is refuted, not backed by the words around it; so is an object
    listing two, one from each list (it had been supported by its first)."""
    assert_verdict(own(VERDICT).check(claim), expected)


APPEAL = """format = 1

[[facts]]
id = "person-lane"
kind = "person"
source = ["¶1"]
text.en = "Judge Ada Lane of the district court."
text.zh = "地区法院法官艾达·莱恩。"
aliases.en = ["Lane", "Judge Lane"]
aliases.zh = ["莱恩", "莱恩法官"]

[[facts]]
id = "lane-reduces-award"
kind = "event"
source = ["¶6"]
text.en = "After the appeals court called the award excessive in 2001, Judge Lane reduced it to 40 million dollars in 2002."
text.zh = "上诉法院于2001年认为赔偿过高，莱恩法官随后于2002年将其减至4000万美元。"
[facts.values]
actor = "person-lane"
year = 2002
award = { value = 40000000, unit = "dollars" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Judge Lane reduced the award to 40 million dollars in 2001.", "not_enough_info"),
        ("Judge Lane reduced the award to 40 million dollars in 2002.", "supported"),
    ],
)
def test_a_year_in_the_words_of_another_event_of_the_fact(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact typed with its own year (2002) whose words also give another event's year
    (the appeal, 2001): the claim's verb is the fact's deed, so the other year does not
    back it."""
    assert_verdict(own(APPEAL).check(claim), expected)


SETTLEMENT = """format = 1

[[facts]]
id = "party-acme"
kind = "party"
source = ["¶1"]
text.en = "Acme Shipping, the tanker's owner."
text.zh = "阿克米航运公司，油轮船东。"
aliases.en = ["Acme", "Acme Shipping"]
aliases.zh = ["阿克米"]

[[facts]]
id = "party-port-ellis"
kind = "party"
source = ["¶1"]
text.en = "The town of Port Ellis."
text.zh = "埃利斯港镇。"
aliases.en = ["Port Ellis", "the town"]
aliases.zh = ["埃利斯港"]

[[facts]]
id = "party-rye"
kind = "party"
source = ["¶1"]
text.en = "The county of Rye."
text.zh = "赖伊县。"
aliases.en = ["Rye", "county of Rye", "Rye County"]
aliases.zh = ["赖伊县"]

[[facts]]
id = "acme-settlement"
kind = "event"
month = "1993-05"
source = ["¶7"]
text.en = "In May 1993, in a settlement with Port Ellis and the county of Rye, Acme agreed to pay 5 million dollars."
text.zh = "1993年5月，阿克米与埃利斯港镇和赖伊县达成和解，同意支付500万美元。"
[facts.values]
actor = "party-acme"
participants = ["party-acme", "party-port-ellis", "party-rye"]
amount = { value = 5000000, unit = "dollars" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Port Ellis and the county of Rye agreed to pay Acme 5 million dollars.",
            "not_enough_info",
        ),
        ("Acme agreed to pay Port Ellis 5 million dollars in the settlement.", "supported"),
    ],
)
def test_the_doer_of_a_verb_after_agreed_to(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Acme agreed to pay": the one who agreed is the one who pays, in the fact's words as
    in the claim's, so the other party to the settlement is not backed as the payer."""
    assert_verdict(own(SETTLEMENT).check(claim), expected)


PAYMENT = """format = 1

[[facts]]
id = "party-bolt"
kind = "party"
source = ["¶1"]
text.en = "Bolt Mining, the mine's owner."
text.zh = "博尔特矿业，矿主。"
aliases.en = ["Bolt", "Bolt Mining"]
aliases.zh = ["博尔特"]

[[facts]]
id = "bolt-fund"
kind = "event"
month = "2004-02"
source = ["¶3"]
text.en = "In February 2004 Bolt agreed to pay 30 million dollars into a fund over ten years."
text.zh = "2004年2月，博尔特同意在十年内向一项基金支付3000万美元。"
[facts.values]
actor = "party-bolt"
amount = { value = 30000000, unit = "dollars" }
duration = { value = 10, unit = "years" }

[[facts]]
id = "bolt-cleanup"
kind = "event"
month = "2005-06"
source = ["¶4"]
text.en = "The cleanup of the river lasted 14 months."
text.zh = "河道清理持续了14个月。"
[facts.values]
actor = "party-bolt"
duration = { value = 14, unit = "months" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Bolt agreed to pay 30 million dollars into a fund over five years.", "refuted"),
        ("Bolt agreed to pay 30 million dollars into a fund over ten years.", "supported"),
        ("The cleanup of the river lasted over a year.", "supported"),
    ],
)
def test_over_a_length_is_a_period_or_more_than(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "pay $30 million over ten years" spreads it over that period: five years is another
    period, not "more than five"; "lasted over a year" is more than a year."""
    assert_verdict(own(PAYMENT).check(claim), expected)


DAMAGES = """format = 1

[fields.compensatory]
type = "quantity"
group = "how-many"
en = "the compensatory damages awarded"
zh = "补偿性赔偿金"

[fields.punitive]
type = "quantity"
group = "how-many"
en = "the punitive damages awarded"
zh = "惩罚性赔偿金"

[fields.shore]
type = "quantity"
group = "how-many"
en = "how much shoreline the oil reached"
zh = "受油污的岸线长度"

[fields.badly_oiled]
type = "quantity"
group = "how-many"
en = "how much of the shoreline was heavily oiled"
zh = "重度污染的岸线长度"

[[facts]]
id = "jury-award"
kind = "event"
source = ["¶9"]
text.en = "In 1996 a jury awarded 20 million dollars in compensatory damages and 900 million dollars in punitive damages."
text.zh = "1996年，陪审团判给2000万美元补偿性赔偿和9亿美元惩罚性赔偿。"
[facts.values]
year = 1996
compensatory = { value = 20000000, unit = "dollars" }
punitive = { value = 900000000, unit = "dollars" }

[[facts]]
id = "oiled-shore"
kind = "count"
source = ["¶5"]
text.en = "The oil reached about 600 miles of shoreline, some 90 miles of it heavily oiled."
text.zh = "油污波及约600英里岸线，其中约90英里重度污染。"
[facts.values]
shore = { value = 600, unit = "miles", approx = "about" }
badly_oiled = { value = 90, unit = "miles", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "In 1996 the jury awarded 20 million dollars in punitive damages and 900 million"
            " dollars in compensatory damages.",
            "refuted",
        ),
        (
            "In 1996 the jury awarded 20 million dollars in compensatory damages and 900"
            " million dollars in punitive damages.",
            "supported",
        ),
        ("About 600 miles of shoreline was heavily oiled.", "refuted"),
        ("About 90 miles of shoreline was heavily oiled.", "supported"),
        ("The oil reached about 600 miles of shoreline.", "supported"),
    ],
)
def test_the_field_a_numbers_own_statement_names(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Two amounts of one unit in two fields, and a claim that names both: each number goes
    with the field its own statement names ("in punitive damages"), and of two fields named
    there, with the one whose meaning it says most of ("heavily oiled")."""
    assert_verdict(own(DAMAGES).check(claim), expected)


JUDGE = """format = 1

[fields.judge]
type = "ref"
group = "who"
en = "the judge who heard the case"
zh = "审理案件的法官"

[[facts]]
id = "person-reyes"
kind = "person"
source = ["¶1"]
text.en = "Carla Reyes, the federal judge in Tacoma who heard the damages case."
text.zh = "卡拉·雷耶斯，塔科马的联邦法官，审理了这起赔偿案。"
aliases.en = ["Carla Reyes", "Reyes", "Judge Reyes"]
aliases.zh = ["卡拉·雷耶斯", "雷耶斯"]
[facts.values]
office = "federal judge"

[[facts]]
id = "party-supreme-court"
kind = "party"
source = ["¶2"]
text.en = "The Supreme Court of the United States."
text.zh = "美国最高法院。"
aliases.en = ["Supreme Court"]
aliases.zh = ["最高法院"]

[[facts]]
id = "damages-case"
kind = "event"
source = ["¶2"]
text.en = "In 1995 a jury in Judge Reyes's court awarded 80 million dollars, an award the Supreme Court later cut."
text.zh = "1995年，雷耶斯法官主审的案件中陪审团判赔8000万美元，最高法院后来削减了这笔赔偿。"
[facts.values]
year = 1995
judge = "person-reyes"
award = { value = 80000000, unit = "dollars" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("卡拉·雷耶斯是最高法院大法官。", "not_enough_info"),
        ("卡拉·雷耶斯是塔科马的联邦法官。", "supported"),
    ],
)
def test_what_a_person_is_said_to_be_is_said_of_them(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X是最高法院大法官": a body the claim makes part of what a person is must be in the
    person's own fact, not only in the words of an event they took part in."""
    assert_verdict(own(JUDGE).check(claim), expected)


SONAR = """format = 1

[lexicon.predicates.sink]
en = ["sank", "sink", "sinking"]
zh = ["沉没"]
fields = ["date"]

[lexicon.predicates.locate]
en = ["found", "located"]
zh = ["发现"]
fields = ["date"]

[[facts]]
id = "sinking"
kind = "event"
date = 2003-05-12
source = ["¶1"]
text.en = "The Pike sank at 11:30 on 12 May 2003."
text.zh = "2003年5月12日11时30分，“梭鱼”号沉没。"
[facts.values]
local_time = 11:30:00

[[facts]]
id = "wreck-found"
kind = "event"
date = 2003-05-13
source = ["¶2"]
after = ["sinking"]
text.en = "Sonar found the wreck at 04:30 on 13 May."
text.zh = "声呐于5月13日4时30分发现了残骸。"
[facts.values]
local_time = 04:30:00
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The wreck was found about two days after the Pike sank.", "refuted"),
        ("The wreck was found the day after the Pike sank.", "supported"),
        ("The wreck was found a week after the Pike sank.", "refuted"),
    ],
)
def test_the_time_between_two_timed_events(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Two events a calendar day apart whose facts give the time of each (17 hours apart):
    "about two days" is refuted by the hours, while "the day after" counts calendar days."""
    assert_verdict(own(SONAR).check(claim), expected)


TANKER = """format = 1

[[facts]]
id = "party-gull"
kind = "party"
source = ["¶1"]
text.en = "The Gull, an oil tanker built with a single hull."
text.zh = "“海鸥”号，一艘单壳油轮。"
aliases.en = ["Gull", "the Gull"]
aliases.zh = ["海鸥号"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Gull had a double hull.", "not_enough_info"),
        ("The Gull had a single hull.", "supported"),
    ],
)
def test_double_as_a_word_not_a_ratio(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "a double hull": with no count or ratio to account for, "double" is a word the facts
    must hold, not an operator accounted for by itself."""
    assert_verdict(own(TANKER).check(claim), expected)


PROBE = """format = 1

[lexicon.predicates.launch]
en = ["launched", "launch"]
zh = ["发射"]
fields = ["date"]

[[facts]]
id = "falcon-7"
kind = "event"
date = 1965-03-02
source = ["¶1"]
text.en = "Falcon 7 was launched on 2 March 1965."
text.zh = "1965年3月2日，游隼7号发射升空。"
aliases.en = ["Falcon 7"]
aliases.zh = ["游隼7号"]

[[facts]]
id = "falcon-8"
kind = "event"
date = 1966-06-20
source = ["¶2"]
text.en = "Falcon 8 was launched on 20 June 1966."
text.zh = "1966年6月20日，游隼8号发射升空。"
aliases.en = ["Falcon 8"]
aliases.zh = ["游隼8号"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("游隼7号于1965年3月2日发射。", "supported"),
        ("游隼8号于1965年3月2日发射。", "refuted"),
    ],
)
def test_a_chinese_name_with_its_number(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """游隼7号 is a name, read before its 7 could be taken for a count, so the claim is about
    the fact it names: 游隼8号 was launched on another day."""
    assert_verdict(own(PROBE).check(claim), expected)


WILDLIFE = """format = 1

[fields.seabirds]
type = "quantity"
group = "how-many"
en = "how many seabirds"
zh = "海鸟数量"

[fields.sea_otters]
type = "quantity"
group = "how-many"
en = "how many sea otters"
zh = "海獭数量"

[lexicon.units.seabirds]
en = ["seabird", "seabirds"]
zh = ["海鸟"]

[lexicon.units."sea otters"]
en = ["sea otter", "sea otters"]
zh = ["海獭"]

[lexicon.predicates.spill]
en = ["spill", "spilled"]
zh = ["漏油"]

[[facts]]
id = "bay-survey"
kind = "count"
source = ["¶1"]
text.en = "Before the spill a survey counted 3,000 sea otters and 1,000 seabirds in the bay."
text.zh = "漏油前的一次调查在海湾统计到3000只海獭和1000只海鸟。"
[facts.values]
sea_otters = { value = 3000, unit = "sea otters" }
seabirds = { value = 1000, unit = "seabirds" }

[[facts]]
id = "spill-deaths"
kind = "count"
source = ["¶4"]
text.en = "The spill killed about 9,000 seabirds and 400 sea otters."
text.zh = "漏油造成约9000只海鸟和400只海獭死亡。"
[facts.values]
seabirds = { value = 9000, unit = "seabirds", approx = "about" }
sea_otters = { value = 400, unit = "sea otters" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The spill killed more sea otters than seabirds.", "refuted"),
        ("The spill killed more seabirds than sea otters.", "supported"),
    ],
)
def test_a_comparison_of_two_counts_the_claims_verb_says(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "killed more sea otters than seabirds": both sides are counted by the fact whose own
    words say the killing, not by a survey of the living, though no field is named for
    the verb's `killed`."""
    assert_verdict(own(WILDLIFE).check(claim), expected)


VOYAGE = """format = 1

[[facts]]
id = "place-port-lyle"
kind = "place"
source = ["¶1"]
text.en = "Port Lyle, an oil terminal in the north."
text.zh = "莱尔港，北方的一个石油码头。"
aliases.en = ["Port Lyle"]
aliases.zh = ["莱尔港"]

[[facts]]
id = "tanker-departs"
kind = "event"
date = 1992-02-11
source = ["¶2"]
text.en = "On 11 February 1992 the Petrel left Port Lyle, bound for Bay City in the south."
text.zh = "1992年2月11日，“海燕”号驶离莱尔港，前往南方的海湾城。"
[facts.values]
from = "place-port-lyle"
destination = "Bay City"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Petrel sailed from Bay City to Port Lyle.", "not_enough_info"),
        ("“海燕”号从海湾城驶往莱尔港。", "not_enough_info"),
        ("The Petrel left Port Lyle.", "supported"),
    ],
)
def test_a_place_the_fact_holds_as_the_other_end(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "to Port Lyle" where the fact holds Port Lyle as where the ship left from: the place
    is not backed in the role the claim gives it."""
    assert_verdict(own(VOYAGE).check(claim), expected)


SUB = """format = 1

[[facts]]
id = "place-norrvik"
kind = "place"
source = ["¶1"]
text.en = "Norrvik, a naval base."
text.zh = "诺尔维克，一处海军基地。"
aliases.en = ["Norrvik"]
aliases.zh = ["诺尔维克"]

[[facts]]
id = "party-orca"
kind = "party"
source = ["¶1"]
text.en = "The Orca, a submarine based at Norrvik, built at Sandby and in service from 1990."
text.zh = "“逆戟鲸”号潜艇，以诺尔维克为基地，在桑德比建造，1990年服役。"
aliases.en = ["Orca", "the Orca"]
aliases.zh = ["逆戟鲸号"]
[facts.values]
place = "place-norrvik"
built_at = "Sandby"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Orca was built at Norrvik.", "not supported"),
        ("The Orca was based at Norrvik.", "supported"),
    ],
)
def test_a_place_the_facts_words_give_another_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "built at Norrvik" where the fact's words have it based at Norrvik and built at
    Sandby: the place is not backed for the claim's verb."""
    verdict = own(SUB).check(claim).verdict
    assert (verdict == "supported") == (expected == "supported"), verdict


TAKEOVER = """format = 1

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶1"]
text.en = "Governor Ruth Hale."
text.zh = "州长露丝·黑尔。"
aliases.en = ["Hale", "Governor Hale"]
aliases.zh = ["黑尔", "黑尔州长"]

[[facts]]
id = "party-state"
kind = "party"
source = ["¶1"]
text.en = "The state government."
text.zh = "州政府。"
aliases.en = ["state government"]
aliases.zh = ["州政府"]

[[facts]]
id = "hale-decision"
kind = "event"
date = 1994-08-02
source = ["¶3"]
text.en = "Governor Hale decided not to have the state government take over the repairs."
text.zh = "黑尔州长决定不由州政府接管修复工作。"
[facts.values]
actor = "person-hale"
"""


def test_a_chinese_denial_before_by_whom(own: Callable[[str], Checker]) -> None:
    """不由州政府接管: the denial is of the taking over, not of the state government that 由
    names, so the fact does not back 由州政府接管修复工作."""
    assert own(TAKEOVER).check("黑尔州长决定由州政府接管修复工作。").verdict != "supported"


QUILL = """format = 1

[[facts]]
id = "person-quill"
kind = "person"
source = ["¶1"]
text.en = "Nora Quill, chief engineer of the Harbour Board."
text.zh = "诺拉·奎尔，港务局总工程师。"
aliases.en = ["Nora Quill", "Quill", "chief engineer of the Harbour Board"]
aliases.zh = ["诺拉·奎尔", "奎尔"]

[[facts]]
id = "person-voss"
kind = "person"
source = ["¶2"]
text.en = "Carl Voss, chairman of the Harbour Board."
text.zh = "卡尔·沃斯，港务局主席。"
aliases.en = ["Carl Voss", "Voss"]
aliases.zh = ["卡尔·沃斯", "沃斯"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Carl Voss was the Harbour Board's chief engineer.", "refuted"),
        ("Nora Quill was the Harbour Board's chief engineer.", "supported"),
    ],
)
def test_a_role_name_said_with_a_possessive(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A person's alias "chief engineer of the Harbour Board" is also "the Harbour Board's
    chief engineer": said of another person, the two are different people."""
    assert_verdict(own(QUILL).check(claim), expected)


SALVAGE_MASTER = """format = 1

[fields.nationality]
type = "ref"
group = "who"
en = "the country the person is a citizen of"
zh = "国籍"

[[facts]]
id = "party-chile"
kind = "party"
source = ["¶1"]
text.en = "Chile, a country of South America."
text.zh = "智利，南美国家。"
aliases.en = ["Chile", "Chilean"]
aliases.zh = ["智利"]
[facts.values]
type = "state"

[[facts]]
id = "person-ruiz"
kind = "person"
source = ["¶2"]
text.en = "Tomas Ruiz, a Chilean, led the salvage."
text.zh = "托马斯·鲁伊斯，智利人，领导了打捞工作。"
aliases.en = ["Tomas Ruiz", "Ruiz"]
aliases.zh = ["托马斯·鲁伊斯", "鲁伊斯"]
[facts.values]
nationality = "party-chile"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Tomas Ruiz was British.", "refuted"),
        ("托马斯·鲁伊斯是英国人。", "refuted"),
        ("托马斯·鲁伊斯是智利人。", "supported"),
    ],
)
def test_a_nationality_said_of_a_person(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X was British", X是英国人: a country said of a person is their nationality, against
    the one their own fact holds."""
    assert_verdict(own(SALVAGE_MASTER).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("“梭鱼”号沉没第二天，声呐发现了残骸。", "supported"),
        ("声呐发现残骸的第二天，“梭鱼”号沉没。", "refuted"),
    ],
)
def test_di_er_tian_is_the_next_day(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """第二天 is "the next day", as 次日 is: an order of one day, not the rank 第二 and a
    length of days."""
    assert_verdict(own(SONAR).check(claim), expected)


PILOT_STATION = """format = 1

[[facts]]
id = "party-norland"
kind = "party"
source = ["¶1"]
text.en = "Norland is a state on the northern sea."
text.zh = "诺兰是北海沿岸的一个国家。"
aliases.en = ["Norland"]
aliases.zh = ["诺兰"]
[facts.values]
type = "state"

[[facts]]
id = "party-sudmark"
kind = "party"
source = ["¶1"]
text.en = "Sudmark is Norland's southern neighbour."
text.zh = "苏德马克是诺兰南面的邻国。"
aliases.en = ["Sudmark"]
aliases.zh = ["苏德马克"]
[facts.values]
type = "state"

[[facts]]
id = "place-karsby"
kind = "place"
source = ["¶1"]
text.en = "Karsby, a port on Norland's coast where the pilot station stands."
text.zh = "卡斯比，诺兰沿海的港口，引航站设在那里。"
aliases.en = ["Karsby"]
aliases.zh = ["卡斯比"]
[facts.values]
type = "port"
country = "party-norland"

[[facts]]
id = "place-velden"
kind = "place"
source = ["¶3"]
text.en = "Velden, a Norland city where the wreck was later towed."
text.zh = "费尔登，诺兰的一座城市，残骸后来被拖到那里。"
aliases.en = ["Velden"]
aliases.zh = ["费尔登"]
[facts.values]
type = "city"
country = "party-norland"

[[facts]]
id = "place-hollow-bank"
kind = "place"
source = ["¶2"]
text.en = "The Hollow Bank, a shoal off Norland where the ship struck."
text.zh = "空心浅滩，诺兰近海的一处浅滩，船在那里触底。"
aliases.en = ["Hollow Bank", "the Hollow Bank"]
aliases.zh = ["空心浅滩"]
[facts.values]
type = "shoal"

[[facts]]
id = "person-ander"
kind = "person"
source = ["¶2"]
text.en = "Ivo Ander was the harbour pilot on duty at the pilot station in Karsby."
text.zh = "伊沃·安德是卡斯比引航站的值班引航员。"
aliases.en = ["Ivo Ander", "Ander"]
aliases.zh = ["伊沃·安德", "安德"]
[facts.values]
office = "harbour pilot"
place = "place-karsby"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ivo Ander was the harbour pilot on duty at the pilot station in Karsby.", "supported"),
        # the port lies in the state its fact names: the state holds the pilot station too
        ("Ivo Ander was the harbour pilot on duty at the pilot station in Norland.", "supported"),
        ("伊沃·安德是诺兰卡斯比引航站的值班引航员。", "supported"),
        # a city and a port never hold one another: the station was in Karsby
        ("Ivo Ander was the harbour pilot on duty at the pilot station in Velden.", "refuted"),
        ("伊沃·安德是费尔登引航站的值班引航员。", "refuted"),
        # a state that does not hold the port
        ("Ivo Ander was the harbour pilot on duty at the pilot station in Sudmark.", "refuted"),
        # a shoal may lie anywhere: no type the file gives says it cannot hold a port
        (
            "Ivo Ander was the harbour pilot on duty at the pilot station in the Hollow Bank.",
            "not_enough_info",
        ),
    ],
)
def test_a_place_in_another_place_of_its_kind(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A settlement (city, town, port) never lies inside another, and a place lies in the
    state its `country` names: "in Velden" contradicts a station in Karsby, "in Norland"
    agrees with it."""
    assert_verdict(own(PILOT_STATION).check(claim), expected)


DIVING_BELL = """format = 1

[[facts]]
id = "party-orca"
kind = "party"
source = ["¶1"]
text.en = "Orca, a research submarine."
text.zh = "“逆戟鲸”号，一艘科考潜艇。"
aliases.en = ["Orca", "the submarine"]
aliases.zh = ["逆戟鲸号", "逆戟鲸"]

[[facts]]
id = "navy-statement-false"
kind = "event"
date = 2031-05-04
source = ["¶4"]
text.en = "The navy's statement proved false: no signal from anyone inside was ever confirmed, and no oxygen was ever delivered."
text.zh = "海军的说法后来被证明不实：从未证实收到艇内任何人的信号，也从未输送过氧气。"
[facts.values]
actor = "party-orca"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("No signal from anyone inside was ever confirmed.", "supported"),
        # the denial stands by the verb, not the noun: the same statement
        ("A signal from anyone inside was never confirmed.", "supported"),
        ("Oxygen was never delivered.", "supported"),
        # words of two denials mixed: the oxygen was never delivered, nothing says confirmed
        ("No oxygen was ever confirmed.", "not_enough_info"),
        ("A signal from anyone inside was never delivered.", "not_enough_info"),
    ],
)
def test_a_denial_standing_by_another_word(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A denied clause is denied whole: "X was never confirmed" says what "no X was ever
    confirmed" says, but words of two denied clauses do not make one."""
    assert_verdict(own(DIVING_BELL).check(claim), expected)


COURTHOUSE = """format = 1

[lexicon.outside.arden]
kind = "place"
type = "city"
en = ["Arden"]
zh = ["阿登"]
within = "Norland"

[[facts]]
id = "party-norland"
kind = "party"
source = ["¶1"]
text.en = "Norland, the state where the trial was held."
text.zh = "诺兰，审判所在的国家。"
aliases.en = ["Norland"]
aliases.zh = ["诺兰"]
[facts.values]
type = "state"

[[facts]]
id = "place-belmont"
kind = "place"
source = ["¶5"]
text.en = "Belmont, a Norland city and seat of the appeals court."
text.zh = "贝尔蒙特，诺兰城市，上诉法院所在地。"
aliases.en = ["Belmont"]
aliases.zh = ["贝尔蒙特"]
[facts.values]
type = "city"
country = "party-norland"

[[facts]]
id = "appeal-upheld"
kind = "event"
date = 2032-05-31
source = ["¶5"]
text.en = "On 31 May 2032 the appeals court in Belmont upheld the master's sentence."
text.zh = "2032年5月31日，贝尔蒙特上诉法院维持了船长的刑期。"
aliases.en = ["appeals court", "appeal court"]
aliases.zh = ["上诉法院"]
[facts.values]
place = "place-belmont"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 31 May 2032 the appeals court in Belmont upheld the master's sentence.", "supported"),
        ("On 31 May 2032 the appeals court in Norland upheld the master's sentence.", "supported"),
        # a city the lexicon places in the same state is no part of Belmont, nor holds it
        ("On 31 May 2032 the appeals court in Arden upheld the master's sentence.", "refuted"),
        ("2032年5月31日，阿登上诉法院维持了船长的刑期。", "refuted"),
    ],
)
def test_a_city_the_lexicon_knows_in_the_same_state(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A place holds what lies inside it, never the reverse: a city in the state that
    holds the court's city is not where the court sat."""
    assert_verdict(own(COURTHOUSE).check(claim), expected)


FERRY_TOLL = """format = 1

[lexicon.units.people]
en = ["people", "person", "persons"]
zh = ["人"]

[lexicon.units.cadets]
en = ["cadet", "cadets"]
zh = ["学员"]

[[facts]]
id = "capsize"
kind = "event"
date = 2033-04-16
source = ["¶1"]
text.en = "The ferry Lumen capsized off Tarn Point."
text.zh = "“卢门”号渡轮在塔恩角附近倾覆。"
aliases.en = ["capsized", "Lumen"]
aliases.zh = ["倾覆", "卢门号"]

[[facts]]
id = "toll"
kind = "count"
source = ["¶2"]
part_of = "capsize"
text.en = "Of the 212 people on board, 131 died and 81 survived."
text.zh = "船上212人中，131人遇难，81人生还。"
aliases.en = ["131 died", "81 survived", "death toll"]
aliases.zh = ["131人遇难", "81人生还", "死亡人数"]
[facts.values]
count = { value = 212, unit = "people", parts = [131, 81] }
killed = { value = 131, unit = "people" }
survivors = { value = 81, unit = "people" }

[[facts]]
id = "cadets-fate"
kind = "count"
source = ["¶2"]
part_of = "toll"
text.en = "Of the 90 cadets aboard, 64 died and 26 survived."
text.zh = "船上90名学员中，64人遇难，26人生还。"
aliases.en = ["64 cadets", "26 cadets"]
aliases.zh = ["64名学员", "26名学员"]
[facts.values]
count = { value = 90, unit = "cadets", parts = [64, 26] }
killed = { value = 64, unit = "cadets" }
survivors = { value = 26, unit = "cadets" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Of the 212 people on board, 131 died and 81 survived.", "supported"),
        ("船上212人中，131人遇难。", "supported"),
        ("90名学员中有26人生还。", "supported"),
        ("Of the 90 cadets, 26 survived.", "supported"),
        # the survivors' count given to the dead: its alias "81 survived" names no one
        ("Of the 212 people on board, 81 died.", "refuted"),
        # a count of the cadets said of everyone on board
        ("船上212人中，有64人遇难。", "refuted"),
        ("Of the 212 people on board, 64 died.", "refuted"),
        # the dead and the living swapped, the part counted in people
        ("90名学员中有64人生还。", "refuted"),
    ],
)
def test_counts_said_as_parts_of_a_whole(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Of the 212 on board, 131 died", 90名学员中有26人生还: a count said as a part of a
    whole is the whole's own count for its verb, in the whole's unit."""
    assert_verdict(own(FERRY_TOLL).check(claim), expected)


APPLICANTS = """format = 1

[lexicon.units.applicants]
en = ["applicant", "applicants"]
zh = ["申请者", "名申请者"]

[lexicon.units.pupils]
en = ["pupil", "pupils"]
zh = ["学生", "名学生"]

[[facts]]
id = "selection"
kind = "event"
month = "2035-07"
source = ["¶2"]
text.en = "In July 2035 Ada Ilves was chosen for the orbital classroom from more than 11,000 applicants."
text.zh = "2035年7月，艾达·伊尔维斯从一万一千多名申请者中被选入轨道课堂计划。"
aliases.en = ["orbital classroom", "chosen"]
aliases.zh = ["轨道课堂", "入选"]
[facts.values]
applicants = { value = 11000, unit = "applicants", approx = "more_than" }

[[facts]]
id = "broadcast"
kind = "event"
date = 2036-01-20
source = ["¶4"]
text.en = "The launch was watched live by 136 pupils of her school."
text.zh = "她所在学校的136名学生观看了发射直播。"
aliases.en = ["watched live"]
aliases.zh = ["观看直播"]
[facts.values]
watchers = { value = 136, unit = "pupils" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("艾达·伊尔维斯从一万一千多名申请者中被选入轨道课堂计划。", "supported"),
        ("艾达·伊尔维斯从一万多名申请者中被选入轨道课堂计划。", "supported"),
        ("她所在学校的130多名学生观看了发射直播。", "supported"),
        ("她所在学校的一百多名学生观看了发射直播。", "supported"),
        # 1,100-odd is not 11,000; 140-odd not 136; 20-odd not 136
        ("艾达·伊尔维斯从一千一百多名申请者中被选入轨道课堂计划。", "refuted"),
        ("她所在学校的140多名学生观看了发射直播。", "refuted"),
        ("她所在学校的二十多名学生观看了发射直播。", "refuted"),
    ],
)
def test_a_chinese_count_with_duo_is_n_odd(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """一千一百多 is "1,100-odd": above 1,100 and below 1,200, the next step of its last
    figure; "more than 1,100" in English sets no such bound."""
    assert_verdict(own(APPLICANTS).check(claim), expected)


@pytest.mark.parametrize(
    ("text", "value", "upper"),
    [
        ("一千一百多名申请者", 1100, 1200),
        ("十多人", 10, 20),
        ("130多名人质", 130, 140),
        ("一万多名乘客", 10000, 20000),
        ("一个多月", 30, 60),  # one month and some: below two
        ("三周多", 21, 28),  # three weeks and some: below four
        ("超过100人", 100, 0),  # 超过 sets no bound above
        ("more than 1,100 applicants", 1100, 0),
    ],
)
def test_an_n_odd_count_has_an_upper_bound(base, text: str, value: float, upper: float) -> None:  # type: ignore[no-untyped-def]
    """The reader gives a Chinese N多 the bound it stays below; other "more than" none."""
    from factcheck.check.reader import read

    (part,) = [
        p for p in read(text, checker_for(base).voc).parts if p.kind in ("number", "duration")
    ]
    assert (part.value, part.approx, part.upper) == (value, "more_than", upper)


LISTING = """format = 1

[[facts]]
id = "party-arrow"
kind = "party"
source = ["¶1"]
text.en = "Arrow, a roll-on roll-off ferry."
text.zh = "“飞箭”号，一艘滚装渡轮。"
aliases.en = ["Arrow"]
aliases.zh = ["飞箭号", "飞箭"]

[[facts]]
id = "list-to-port"
kind = "event"
date = 2034-09-02
source = ["¶3"]
text.en = "After the sharp turn the cargo shifted and the Arrow listed heavily to port."
text.zh = "急转之后货物移位，“飞箭”号向左舷严重倾斜。"
[facts.values]
actor = "party-arrow"

[[facts]]
id = "cabins-added"
kind = "event"
date = 2031-03-01
source = ["¶2"]
text.en = "Extra cabins were built on the Arrow's upper decks."
text.zh = "“飞箭”号的上层甲板加建了客舱。"
[facts.values]
actor = "party-arrow"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("急转之后货物移位，“飞箭”号向左舷严重倾斜。", "supported"),
        ("急转之后货物移位，“飞箭”号向右舷严重倾斜。", "refuted"),
        ("“飞箭”号的上层甲板加建了客舱。", "supported"),
        ("“飞箭”号的下层甲板加建了客舱。", "refuted"),
        ("Extra cabins were built on the Arrow's upper decks.", "supported"),
        ("Extra cabins were built on the Arrow's lower decks.", "refuted"),
        ("After the sharp turn the Arrow listed heavily to starboard.", "refuted"),
    ],
)
def test_a_word_set_against_its_opposite(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The lexicon's antonyms: 右舷 where the fact says 左舷, "starboard" for "port", are
    contradicted; a Chinese character is judged with the one beside it (下层 against 上层)."""
    assert_verdict(own(LISTING).check(claim), expected)


INQUIRY = """format = 1

[lexicon.units."test pilots"]
en = ["test pilot", "test pilots"]
zh = ["试飞员"]
kind = "person"

[[facts]]
id = "party-vanta"
kind = "party"
source = ["¶1"]
text.en = "Vanta Motors, the firm that built the engines."
text.zh = "万塔汽车公司，发动机的制造商。"
aliases.en = ["Vanta Motors", "Vanta"]
aliases.zh = ["万塔汽车公司", "万塔"]

[[facts]]
id = "party-orbis"
kind = "party"
source = ["¶1"]
text.en = "Orbis Centre, the agency's test site."
text.zh = "奥比斯中心，该机构的试验场。"
aliases.en = ["Orbis Centre", "Orbis"]
aliases.zh = ["奥比斯中心", "奥比斯"]

[[facts]]
id = "party-board"
kind = "party"
source = ["¶5"]
text.en = "The Halden Board, which inquired into the failure."
text.zh = "哈尔登委员会，负责调查这次故障。"
aliases.en = ["Halden Board"]
aliases.zh = ["哈尔登委员会"]

[[facts]]
id = "person-dura"
kind = "person"
source = ["¶3"]
text.en = "Ines Dura was Vanta Motors' vice-president for engineering."
text.zh = "伊内丝·杜拉是万塔汽车公司负责工程的副总裁。"
aliases.en = ["Ines Dura", "Dura"]
aliases.zh = ["伊内丝·杜拉", "杜拉"]
[facts.values]
office = "vice-president for engineering"
affiliation = "party-vanta"

[[facts]]
id = "person-kell"
kind = "person"
source = ["¶3"]
text.en = "Otto Kell managed the engine project at the Orbis Centre."
text.zh = "奥托·凯尔在奥比斯中心负责发动机项目。"
aliases.en = ["Otto Kell", "Kell"]
aliases.zh = ["奥托·凯尔", "凯尔"]
[facts.values]
office = "project manager"
affiliation = "party-orbis"

[[facts]]
id = "person-lind"
kind = "person"
source = ["¶5"]
text.en = "Mara Lind, a chemist, sat on the Halden Board."
text.zh = "化学家玛拉·林德是哈尔登委员会的成员。"
aliases.en = ["Mara Lind", "Lind"]
aliases.zh = ["玛拉·林德", "林德"]
[facts.values]
office = "member"
role = "chemist"
affiliation = "party-board"

[[facts]]
id = "board-members"
kind = "count"
source = ["¶5"]
text.en = "The board had nine members, among them the chemist Mara Lind, the test pilot Ivo Brandt and the senior engineer Pol Asker."
text.zh = "委员会共有九名成员，其中有化学家玛拉·林德、试飞员伊沃·布兰特和高级工程师波尔·阿斯克尔。"
[facts.values]
members = ["person-lind", "person-brandt"]

[[facts]]
id = "person-brandt"
kind = "person"
source = ["¶5"]
text.en = "Ivo Brandt, a test pilot, sat on the Halden Board."
text.zh = "试飞员伊沃·布兰特是哈尔登委员会的成员。"
aliases.en = ["Ivo Brandt", "Brandt"]
aliases.zh = ["伊沃·布兰特", "布兰特"]
[facts.values]
office = "member"
role = "test pilot"
affiliation = "party-board"

[[facts]]
id = "go-decision"
kind = "event"
date = 2036-01-27
source = ["¶4"]
text.en = "At a meeting with the senior vice-president and engineers of Vanta Motors, Ines Dura agreed to recommend the launch."
text.zh = "在与万塔汽车公司高级副总裁和工程师的会上，伊内丝·杜拉同意建议发射。"
[facts.values]
recipient = ["person-dura"]
office = "senior vice-president"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ines Dura was Vanta Motors' vice-president for engineering.", "supported"),
        ("Mara Lind, a chemist, sat on the Halden Board.", "supported"),
        ("玛拉·林德是哈尔登委员会的成员。", "supported"),
        # another's office, said in the words of a meeting she attended
        ("Ines Dura was the senior vice-president of Vanta Motors.", "not_enough_info"),
        # the title before the next name in a list is that name's, not hers
        ("Mara Lind, a test pilot, sat on the Halden Board.", "not_enough_info"),
        ("Mara Lind was a member of the Halden Board.", "supported"),
        ("The chemist Mara Lind sat on the Halden Board.", "supported"),
        # a title before her name is what she is, too
        ("The test pilot Mara Lind sat on the Halden Board.", "not_enough_info"),
        ("The test pilot Mara Lind was a member of the Halden Board.", "not_enough_info"),
        ("The board included the test pilot Mara Lind.", "not_enough_info"),
        ("试飞员玛拉·林德是哈尔登委员会的成员。", "not_enough_info"),
        # a body his own fact does not tie him to: no event's role either
        ("奥托·凯尔是万塔汽车公司的工程师。", "not_enough_info"),
        ("Otto Kell was an engineer at Vanta Motors.", "not_enough_info"),
        ("奥托·凯尔是哈尔登委员会的成员。", "not_enough_info"),
    ],
)
def test_what_a_person_is_comes_from_their_own_fact(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A description said of a person (after a copula, or set off by commas) is backed by
    their own fact or words said of them, not by the words of a fact they take part in."""
    assert_verdict(own(INQUIRY).check(claim), expected)


ORBITER = """format = 1

[[facts]]
id = "party-falcon"
kind = "party"
source = ["¶1"]
text.en = "Falcon, the orbiter that flew mission K-9."
text.zh = "“猎鹰”号，执行K-9任务的轨道器。"
aliases.en = ["Falcon"]
aliases.zh = ["猎鹰号", "猎鹰"]

[[facts]]
id = "mission-k9"
kind = "event"
date = 2031-02-01
source = ["¶2"]
text.en = "Mission K-9, flown by the orbiter Falcon, was the 31st mission of the orbital programme."
text.zh = "由“猎鹰”号执行的K-9任务是轨道计划的第31次任务。"
aliases.en = ["K-9", "mission K-9"]
aliases.zh = ["K-9任务", "K-9"]
[facts.values]
ordinal = 31
actor = "party-falcon"

[[facts]]
id = "falcon-flights"
kind = "event"
date = 2031-02-01
source = ["¶2"]
part_of = "mission-k9"
text.en = "K-9 was Falcon's eighth flight; the orbiter first flew in 2027."
text.zh = "K-9是“猎鹰”号的第八次飞行；该轨道器于2027年首飞。"
aliases.en = ["eighth flight"]
aliases.zh = ["第八次飞行"]
[facts.values]
ordinal = 8
actor = "party-falcon"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("K-9 was the 31st mission of the orbital programme.", "supported"),
        ("K-9 was Falcon's eighth flight.", "supported"),
        ("K-9是“猎鹰”号的第八次飞行。", "supported"),
        # the orbiter's count given to the programme, and the reverse
        ("K-9 was the eighth mission of the orbital programme.", "refuted"),
        ("K-9是轨道计划的第八次任务。", "refuted"),
        ("K-9 was Falcon's 31st flight.", "refuted"),
    ],
)
def test_an_ordinal_counts_in_the_series_its_words_name(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the eighth mission of the programme": an ordinal is judged by the fact whose
    series its following words name, not by another fact's place that shares its value."""
    assert_verdict(own(ORBITER).check(claim), expected)


FERRY_ROUTE = """format = 1

[[facts]]
id = "party-morrow"
kind = "party"
source = ["¶1"]
text.en = "Morrow, a passenger ferry."
text.zh = "“莫罗”号，一艘客渡轮。"
aliases.en = ["Morrow"]
aliases.zh = ["莫罗号", "莫罗"]

[[facts]]
id = "place-aster"
kind = "place"
source = ["¶1"]
text.en = "Aster, the port the Morrow left."
text.zh = "阿斯特，“莫罗”号出发的港口。"
aliases.en = ["Aster"]
aliases.zh = ["阿斯特"]

[[facts]]
id = "place-tolle-island"
kind = "place"
source = ["¶1"]
text.en = "Tolle Island, where the Morrow was bound."
text.zh = "托勒岛，“莫罗”号的目的地。"
aliases.en = ["Tolle Island", "Tolle"]
aliases.zh = ["托勒岛"]

[[facts]]
id = "place-pell-island"
kind = "place"
source = ["¶3"]
text.en = "Pell Island, off which the Morrow sank."
text.zh = "佩尔岛，“莫罗”号在其附近海域沉没。"
aliases.en = ["Pell Island", "Pell"]
aliases.zh = ["佩尔岛"]

[[facts]]
id = "person-vell"
kind = "person"
source = ["¶2"]
text.en = "Ada Vell was the Morrow's chief engineer."
text.zh = "艾达·维尔是“莫罗”号的轮机长。"
aliases.en = ["Ada Vell", "Vell"]
aliases.zh = ["艾达·维尔", "维尔"]
[facts.values]
office = "chief engineer"

[[facts]]
id = "voyage"
kind = "event"
date = 2033-04-15
source = ["¶2"]
text.en = "On 15 April 2033 the Morrow sailed from Aster for Tolle Island."
text.zh = "2033年4月15日，“莫罗”号从阿斯特驶往托勒岛。"
[facts.values]
actor = "party-morrow"
from = "place-aster"
to = "place-tolle-island"

[[facts]]
id = "sinking"
kind = "event"
date = 2033-04-16
source = ["¶3"]
part_of = "voyage"
text.en = "On 16 April 2033 the Morrow capsized and sank off Pell Island."
text.zh = "2033年4月16日，“莫罗”号在佩尔岛附近倾覆沉没。"
aliases.en = ["sank", "capsized"]
aliases.zh = ["沉没", "倾覆"]
[facts.values]
actor = "party-morrow"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Morrow capsized and sank off Pell Island on 16 April 2033.", "supported"),
        ("On 15 April 2033 the Morrow sailed from Aster for Tolle Island.", "supported"),
        # 在“莫罗”号上: "on board", a place word that needs no backing of its own
        ("艾达·维尔在“莫罗”号上担任轮机长。", "supported"),
        # the end of the route is not where it sank (no field gives the place it sank,
        # so its words say it, and nothing contradicts Tolle Island: unbacked)
        ("The Morrow capsized and sank off Tolle Island on 16 April 2033.", "not_enough_info"),
    ],
)
def test_off_a_place_is_where_it_happened_not_a_routes_end(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Sank off Tolle Island": a place said with "off" or "near" is where the event
    happened; the route's end that a voyage's `to` holds does not back it."""
    assert_verdict(own(FERRY_ROUTE).check(claim), expected)


SEALS = """format = 1

[lexicon.units.rings]
en = ["ring", "rings"]
zh = ["橡胶圈"]

[[facts]]
id = "joints"
kind = "event"
date = 2030-01-01
source = ["¶2"]
text.en = "Each joint of the casing was sealed by two rubber rings, a primary and a secondary."
text.zh = "外壳的每个接头由两道橡胶圈密封，一道为主密封，一道为副密封。"
[facts.values]
rings = { value = 2, unit = "rings" }

[[facts]]
id = "lessons"
kind = "event"
date = 2030-02-01
source = ["¶3"]
text.en = "The teacher was to give two lessons from orbit."
text.zh = "这位教师原计划在轨道上讲授两堂课。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("外壳的每个接头由两道橡胶圈密封。", "supported"),
        ("这位教师原计划在轨道上讲授两堂课。", "supported"),
        # 只由一道 stresses one; 三堂 counts in 堂 as the fact's 两堂 does
        ("外壳的每个接头只由一道橡胶圈密封。", "refuted"),
        ("这位教师原计划在轨道上讲授三堂课。", "not_enough_info"),
    ],
)
def test_a_count_with_a_measure_word(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """两堂课, 一道橡胶圈: a Chinese numeral before a measure word is a count (one too, after
    只), counted in the measure word where no unit follows."""
    assert_verdict(own(SEALS).check(claim), expected)


DEPUTY_HEAD = """format = 1

[[facts]]
id = "party-lark-school"
kind = "party"
source = ["¶1"]
text.en = "Lark Hill School, whose pupils were aboard."
text.zh = "云雀山中学，其学生在船上。"
aliases.en = ["Lark Hill School"]
aliases.zh = ["云雀山中学"]

[[facts]]
id = "person-odo"
kind = "person"
source = ["¶4"]
text.en = "Ren Odo was the vice-principal of Lark Hill School; he was rescued."
text.zh = "奥多仁是云雀山中学的副校长，他获救了。"
aliases.en = ["Ren Odo", "Odo"]
aliases.zh = ["奥多仁"]
[facts.values]
affiliation = "party-lark-school"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ren Odo was the vice-principal of Lark Hill School.", "supported"),
        ("奥多仁是云雀山中学的副校长。", "supported"),
        ("Ren Odo was the principal of Lark Hill School.", "not_enough_info"),
        ("奥多仁是云雀山中学的校长。", "not_enough_info"),
    ],
)
def test_a_word_the_fact_says_only_of_a_deputy(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The principal" where the fact's words say only "vice-principal" (副校长): the
    deputy's word is not the word for the one they serve."""
    assert_verdict(own(DEPUTY_HEAD).check(claim), expected)


ASCENT = """format = 1

[[facts]]
id = "flight"
kind = "event"
date = 2036-01-28
source = ["¶4"]
text.en = "The rocket lifted off at 11:38."
text.zh = "火箭于11点38分升空。"

[[facts]]
id = "gusts"
kind = "event"
date = 2036-01-28
source = ["¶5"]
part_of = "flight"
text.en = "At about 37 seconds after lift-off the rocket met strong crosswinds."
text.zh = "升空后约37秒，火箭遭遇强烈侧风。"
aliases.en = ["crosswinds", "37 seconds"]
[facts.values]
time_after_launch = { value = 37, unit = "seconds", approx = "about" }

[[facts]]
id = "plume"
kind = "event"
date = 2036-01-28
source = ["¶5"]
part_of = "flight"
after = ["gusts"]
text.en = "At about 59 seconds after lift-off a plume of flame appeared at the lower joint."
text.zh = "升空后约59秒，下部接头处出现一股火焰。"
aliases.en = ["plume", "59 seconds"]
[facts.values]
time_after_launch = { value = 59, unit = "seconds", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "At about 59 seconds after lift-off a plume of flame appeared at the lower joint.",
            "supported",
        ),
        ("At about 37 seconds after lift-off the rocket met strong crosswinds.", "supported"),
        # the crosswinds' time given to the flame
        (
            "At about 37 seconds after lift-off a plume of flame appeared at the lower joint.",
            "not_enough_info",
        ),
    ],
)
def test_a_time_after_an_event_belongs_to_the_deed_its_fact_says(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "37 seconds after lift-off" in one fact's words backs the deed that fact says then,
    not another fact's deed (a flame that appeared at 59 seconds)."""
    assert_verdict(own(ASCENT).check(claim), expected)


DISBANDING = """format = 1

[lexicon.predicates.dissolve]
en = ["disbanded", "disband", "abolished"]
zh = ["解散", "撤销"]

[[facts]]
id = "party-harbour-police"
kind = "party"
source = ["¶1"]
text.en = "The Harbour Police, which led the search."
text.zh = "港口警察署，负责搜救。"
aliases.en = ["Harbour Police"]
aliases.zh = ["港口警察署"]

[[facts]]
id = "disbanding-announced"
kind = "event"
date = 2034-05-19
source = ["¶6"]
text.en = "On 19 May 2034 the prime minister announced that the Harbour Police would be disbanded."
text.zh = "2034年5月19日，总理宣布将解散港口警察署。"
[facts.values]
target = ["party-harbour-police"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "On 19 May 2034 the prime minister announced that the Harbour Police would be disbanded.",
            "supported",
        ),
        # announced as what would be: not done on the day of the announcement
        ("The Harbour Police was disbanded in May 2034.", "not_enough_info"),
        ("2034年5月，港口警察署被解散。", "not_enough_info"),
    ],
)
def test_what_would_be_done_is_not_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Announced that it would be disbanded", 宣布将解散: a deed under words of what was yet
    to be (the lexicon's `wishes`) is no deed done on the fact's day."""
    assert_verdict(own(DISBANDING).check(claim), expected)


@pytest.mark.parametrize(
    ("text", "minute", "approx"),
    [
        ("上午九点三刻", 9 * 60 + 45, "about"),
        ("晚上八点一刻", 20 * 60 + 15, "about"),
        ("下午三点半", 15 * 60 + 30, "exact"),
    ],
)
def test_a_chinese_quarter_hour(base, text: str, minute: int, approx: str) -> None:  # type: ignore[no-untyped-def]
    """九点三刻 is 9:45 and 八点一刻 8:15, said as roundly as "about" (9:46 fits 9:45)."""
    from factcheck.check.reader import read

    (time,) = [p for p in read(text, checker_for(base).voc).parts if p.kind == "time"]
    assert (time.value, time.approx) == (minute, approx)


FOG_DELAY = """format = 1

[[facts]]
id = "party-gull"
kind = "party"
source = ["¶1"]
text.en = "Gull, a coastal ferry."
text.zh = "“海鸥”号，一艘沿海渡轮。"
aliases.en = ["Gull"]
aliases.zh = ["海鸥号", "海鸥"]

[[facts]]
id = "departure"
kind = "event"
date = 2035-03-04
source = ["¶2"]
text.en = "The Gull was due to leave port at 6:30 p.m., but fog held her back and she sailed at about 9 p.m."
text.zh = "“海鸥”号原定下午6点半离港，但因大雾耽搁，约晚上9点才启航。"
[facts.values]
actor = "party-gull"
scheduled_time = 18:30:00
local_time = 21:00:00
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Gull was due to leave port at 6:30 p.m. but sailed at 9 p.m.", "supported"),
        ("“海鸥”号原定下午6点半离港。", "supported"),
        # the planned time and the kept one swapped
        ("The Gull was due to leave port at 9 p.m. but sailed at 6:30 p.m.", "not_enough_info"),
        ("The Gull sailed at 6:30 p.m.", "not_enough_info"),
        ("“海鸥”号原定晚上9点离港。", "not_enough_info"),
    ],
)
def test_a_planned_time_and_a_kept_one(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact that types a planned time (`scheduled_time`, the lexicon's `[times] planned`
    words) and another: a claim's time goes with the planned one only where its statement
    says it was planned ("due to", 原定)."""
    assert_verdict(own(FOG_DELAY).check(claim), expected)


QUARRY_RESCUE = """format = 1

[[facts]]
id = "person-ruiz"
kind = "person"
source = ["¶3"]
text.en = "Ana Ruiz was the region's Mining Minister and coordinated the rescue at the quarry."
text.zh = "安娜·鲁伊斯时任该地区矿业部长，在采石场协调救援。"
aliases.en = ["Ana Ruiz", "Ruiz", "Mining Minister"]
aliases.zh = ["安娜·鲁伊斯", "鲁伊斯", "矿业部长"]
[facts.values]
office = "Mining Minister"

[[facts]]
id = "person-vidal"
kind = "person"
source = ["¶4"]
text.en = "Tomas Vidal, an engineer from the state mining company."
text.zh = "托马斯·比达尔，国营矿业公司的工程师。"
aliases.en = ["Tomas Vidal", "Vidal"]
aliases.zh = ["托马斯·比达尔", "比达尔"]

[[facts]]
id = "rescue-command"
kind = "event"
date = 2036-08-07
source = ["¶5"]
text.en = "The government took charge of the rescue; Ruiz coordinated at the quarry and Vidal was put in charge of the technical operation."
text.zh = "政府接管了救援；鲁伊斯在采石场协调，比达尔领导技术作业。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Vidal was put in charge of the technical operation.", "supported"),
        ("Ruiz was in charge of the technical operation.", "not_enough_info"),
        # an aside between the name and its verb does not make the words another's
        (
            "Ruiz, the Mining Minister, was in charge of the technical operation.",
            "not_enough_info",
        ),
        ("Ana Ruiz, the Mining Minister, coordinated at the quarry.", "supported"),
    ],
)
def test_an_aside_keeps_the_doer(own: Callable[[str], Checker], claim: str, expected: str) -> None:
    """Words a fact's sentence gives to one person are not another's: "Ruiz, the Mining
    Minister, was in charge of the technical operation" is still said of Ruiz, past the
    aside."""
    assert_verdict(own(QUARRY_RESCUE).check(claim), expected)


SEARCH_PHASES = """format = 1

[[facts]]
id = "phase-2"
kind = "phase"
date = 2037-03-25
source = ["¶4"]
text.en = "Phase 2 of the search began on 25 March 2037."
text.zh = "搜寻第二阶段于2037年3月25日开始。"
aliases.en = ["phase 2"]
aliases.zh = ["第二阶段"]
[facts.values]
ordinal = 2

[[facts]]
id = "wreck-found"
kind = "event"
date = 2037-04-02
source = ["¶5"]
part_of = "phase-2"
text.en = "On 2 April 2037, about a week after phase 2 began, sonar found the wreck."
text.zh = "2037年4月2日，即第二阶段开始约一周后，声呐发现了残骸。"

[[facts]]
id = "engine-stop"
kind = "event"
date = 2037-01-09
source = ["¶2"]
text.en = "At 02:10 the main pump stopped."
text.zh = "02:10，主泵停止运转。"
[facts.values]
time_utc = 02:10:00

[[facts]]
id = "engineer-returns"
kind = "event"
date = 2037-01-09
source = ["¶3"]
text.en = "The flight engineer came back to the cockpit at 02:11, a minute and a half after the main pump had stopped."
text.zh = "02:11，即主泵停止运转一分半钟后，随机机械师回到驾驶舱。"
[facts.values]
time_utc = 02:11:00
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sonar found the wreck on 2 April 2037.", "supported"),
        ("Phase 2 began on 25 March 2037.", "supported"),
        # the day of a deed counted from another is not that other's day
        ("Phase 2 began on 2 April 2037.", "refuted"),
        ("第二阶段于2037年4月2日开始。", "refuted"),
        ("The flight engineer came back to the cockpit at 02:11.", "supported"),
        ("The main pump stopped at 02:11.", "refuted"),
        ("主泵在02:11停止运转。", "refuted"),
    ],
)
def test_a_verb_counted_from_has_not_the_facts_time(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "About a week after phase 2 began", "a minute and a half after the pump had
    stopped", 停止运转一分半钟后: a verb a fact names as the point it counts from is not done on
    the fact's own day or at its time."""
    assert_verdict(own(SEARCH_PHASES).check(claim), expected)


NAVY_OFFICES = """format = 1

[[facts]]
id = "party-norland"
kind = "party"
source = ["¶1"]
text.en = "Norland, a northern kingdom."
text.zh = "诺兰，一个北方王国。"
aliases.en = ["Norland"]
aliases.zh = ["诺兰"]
[facts.values]
type = "state"

[[facts]]
id = "party-sudmark"
kind = "party"
source = ["¶1"]
text.en = "Sudmark, a southern republic."
text.zh = "苏德马克，一个南方共和国。"
aliases.en = ["Sudmark"]
aliases.zh = ["苏德马克"]
[facts.values]
type = "state"

[[facts]]
id = "party-tern"
kind = "party"
source = ["¶2"]
text.en = "The Tern, a patrol submarine."
text.zh = "“燕鸥”号，一艘巡逻潜艇。"
aliases.en = ["Tern", "the submarine"]
aliases.zh = ["燕鸥号", "燕鸥"]

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶3"]
text.en = "Captain Ivo Hale, commander of the Tern."
text.zh = "伊沃·黑尔上校，“燕鸥”号指挥官。"
aliases.en = ["Ivo Hale", "Hale"]
aliases.zh = ["伊沃·黑尔", "黑尔"]
[facts.values]
office = "commander of the Tern"

[[facts]]
id = "person-brandt"
kind = "person"
source = ["¶3"]
text.en = "Lieutenant Ola Brandt, aged 27, commanded the Tern's engine section."
text.zh = "奥拉·勃兰特中尉，27岁，“燕鸥”号轮机舱段指挥官。"
aliases.en = ["Ola Brandt", "Brandt"]
aliases.zh = ["奥拉·勃兰特", "勃兰特"]
[facts.values]
office = "commander of the engine section"

[[facts]]
id = "person-vik"
kind = "person"
source = ["¶4"]
text.en = "Admiral Eli Vik, commander of Norland's northern forces, who led the joint Norland and Sudmark rescue."
text.zh = "埃利·维克海军上将，诺兰北方部队司令，指挥了诺兰和苏德马克的联合救援。"
aliases.en = ["Eli Vik", "Vik"]
aliases.zh = ["埃利·维克", "维克"]
[facts.values]
office = "commander of Norland's northern forces"
affiliation = "party-norland"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ivo Hale was the commander of the Tern.", "supported"),
        ("Ola Brandt was the commander of the engine section.", "supported"),
        ("Eli Vik was the commander of Norland's northern forces.", "supported"),
        # what the office heads is another's office, or names another state
        ("Ola Brandt was the commander of the submarine Tern.", "refuted"),
        ("Eli Vik was the commander of Sudmark's northern forces.", "refuted"),
        ("Eli Vik, the commander of Sudmark's northern forces, led the rescue.", "refuted"),
        ("埃利·维克是诺兰北方部队司令。", "supported"),
        ("埃利·维克是苏德马克北方部队司令。", "refuted"),
    ],
)
def test_what_an_office_heads(own: Callable[[str], Checker], claim: str, expected: str) -> None:
    """ "The commander of X": what a person is said to head must be what their own `office`
    heads; another state in its place, or another person's office, is refuted."""
    assert_verdict(own(NAVY_OFFICES).check(claim), expected)


RED_EYE = """format = 1

[[facts]]
id = "place-lima"
kind = "place"
source = ["¶1"]
text.en = "Lima, the capital of Peru."
text.zh = "利马，秘鲁首都。"
aliases.en = ["Lima"]
aliases.zh = ["利马"]

[[facts]]
id = "departure"
kind = "event"
date = 2038-06-02
source = ["¶1"]
text.en = "Flight 90 took off from Lima at 04:10 UTC on 2 June 2038, which was 23:10 local time."
text.zh = "90号班机于2038年6月2日协调世界时04:10从利马起飞，当地时间为23:10。"
aliases.en = ["Flight 90"]
aliases.zh = ["90号班机"]
[facts.values]
place = "place-lima"
time_utc = 04:10:00
local_time = 23:10:00
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Flight 90 took off from Lima at 04:10 UTC.", "supported"),
        ("Flight 90 took off from Lima at 23:10 local time.", "supported"),
        ("90号班机起飞时，当地时间为23:10。", "supported"),
        # each time in the other's zone
        ("Flight 90 took off from Lima at 23:10 UTC.", "refuted"),
        ("Flight 90 took off from Lima at 04:10 local time.", "refuted"),
        ("90号班机于协调世界时23:10起飞。", "refuted"),
    ],
)
def test_a_time_in_its_zone(own: Callable[[str], Checker], claim: str, expected: str) -> None:
    """A fact whose time fields name zones (`time_utc`, `local_time`; the lexicon's `[times]
    zones`): a claim's time said in a zone ("UTC", 当地时间) is checked against that zone's
    field alone."""
    assert_verdict(own(RED_EYE).check(claim), expected)


GLIDER_LANDING = """format = 1

[[facts]]
id = "touchdown"
kind = "event"
date = 2039-07-14
source = ["¶6"]
text.en = "The glider touched down falling at 610 feet per minute, with a ground speed of only 48 knots."
text.zh = "滑翔机着陆时下降率为每分钟610英尺，地速仅48节。"
[facts.values]
vertical_speed = { value = 610, unit = "feet per minute" }
ground_speed = { value = 48, unit = "knots" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("滑翔机着陆时地速为48节。", "supported"),
        # the number of another field, in the unit the file's own Chinese words give this one
        ("滑翔机着陆时地速为610节。", "refuted"),
    ],
)
def test_a_unit_the_files_chinese_words_give(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A word right after a typed quantity in a fact's Chinese words (地速仅48节 of 48 knots)
    says that unit after a number in a claim: 610节 counts knots, not feet per minute."""
    assert_verdict(own(GLIDER_LANDING).check(claim), expected)


PUMP_MODES = """format = 1

[[facts]]
id = "mode-switch"
kind = "event"
date = 2040-02-11
source = ["¶3"]
text.en = "At 04:12 the pumps switched from automatic mode to manual mode, which gives no overflow protection."
text.zh = "04:12，水泵由自动模式转为手动模式，不再提供溢流保护。"
[facts.values]
time_utc = 04:12:00
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("At 04:12 the pumps switched from automatic mode to manual mode.", "supported"),
        ("水泵由自动模式转为手动模式。", "supported"),
        # the two ends of the change the other way round
        ("At 04:12 the pumps switched from manual mode to automatic mode.", "refuted"),
        ("水泵由手动模式转为自动模式。", "refuted"),
    ],
)
def test_a_change_from_one_state_to_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "From A to B", 由A转为B: a claim that swaps the two ends of the change its fact's words
    give says a change that did not happen."""
    assert_verdict(own(PUMP_MODES).check(claim), expected)


MODEL_MAKER = """format = 1

[[facts]]
id = "impact-model"
kind = "event"
date = 2041-03-02
source = ["¶6"]
text.en = "The review team analysed the strike with Rook, a computer model made by Harland."
text.zh = "评审小组用哈兰公司的计算机模型Rook分析了这次撞击。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("评审小组用哈兰公司的计算机模型Rook分析了这次撞击。", "supported"),
        # one character another (an inflection, a particle) leaves the run the fact's
        ("评审小组用了哈兰公司的计算机模型Rook分析了这次撞击。", "supported"),
        # a maker the fact never names: two characters side by side that no pair holds
        ("评审小组用洛克希德公司的计算机模型Rook分析了这次撞击。", "not_enough_info"),
        ("评审小组用微软公司的计算机模型Rook分析了这次撞击。", "not_enough_info"),
    ],
)
def test_a_chinese_word_the_fact_lacks(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A Chinese run is the fact's only where no two characters side by side are missing
    from it: most of the run in the fact's words is not enough."""
    assert_verdict(own(MODEL_MAKER).check(claim), expected)


EDGE_STRIKE = """format = 1

[[facts]]
id = "debris-strike"
kind = "event"
date = 2042-05-05
source = ["¶2"]
text.en = "A piece of debris struck the leading edge of the wing."
text.zh = "一块碎片击中了机翼的前缘。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("一块碎片击中了机翼的前缘。", "supported"),
        # after 的, 后 begins the noun (后缘, the trailing edge), not a particle to drop; and
        # 后 is 前's opposite, so the trailing edge where the fact has the leading one is wrong
        ("一块碎片击中了机翼的后缘。", "refuted"),
    ],
)
def test_a_place_character_after_de_begins_a_noun(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """前/后/上/下 right after 的 and before a content character are the first character of
    the noun they place, so the noun is judged whole."""
    assert_verdict(own(EDGE_STRIKE).check(claim), expected)


DOORS_LOCKED = """format = 1

[[facts]]
id = "doors-locked"
kind = "event"
date = 2043-02-01
source = ["¶9"]
text.en = "The flight director ordered Mission Control's doors locked."
text.zh = "飞行主任下令锁上任务控制中心的门。"

[[facts]]
id = "signal-lost"
kind = "event"
date = 2043-02-01
source = ["¶8"]
text.en = "The signal was lost 81.7 seconds after the burn."
text.zh = "点火81.7秒后信号中断。"
[facts.values]
delay = { value = 81.7, unit = "seconds" }

[lexicon.units.seconds]
en = ["second", "seconds", "s"]
zh = ["秒"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the letter after an apostrophe is no unit of time
        ("The flight director ordered Mission Control's doors locked.", "supported"),
        # after a number it is seconds
        ("The signal was lost 81.7 s after the burn.", "supported"),
    ],
)
def test_a_letter_is_a_unit_only_after_a_number(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """`s` is seconds after a number, and nothing of its own in "Control's"."""
    assert_verdict(own(DOORS_LOCKED).check(claim), expected)


TWO_AIR_FORCES = """format = 1

[[facts]]
id = "party-usaf"
kind = "party"
source = ["¶3"]
text.en = "The US Air Force, in which Hale served."
text.zh = "美国空军，黑尔曾在其中服役。"
aliases.en = ["US Air Force", "USAF", "Air Force"]
aliases.zh = ["美国空军", "空军"]

[[facts]]
id = "party-israel"
kind = "party"
source = ["¶4"]
text.en = "Israel."
text.zh = "以色列。"
aliases.en = ["Israel", "Israeli"]
aliases.zh = ["以色列"]

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶3"]
text.en = "Dan Hale, a US Air Force colonel, was the commander."
text.zh = "丹·黑尔，美国空军上校，担任指令长。"
aliases.en = ["Dan Hale", "Hale"]
aliases.zh = ["丹·黑尔", "黑尔"]

[[facts]]
id = "person-ravid"
kind = "person"
source = ["¶4"]
text.en = "Ari Ravid, a colonel in the Israeli Air Force, was the payload specialist."
text.zh = "阿里·拉维德，以色列空军上校，担任载荷专家。"
aliases.en = ["Ari Ravid", "Ravid"]
aliases.zh = ["阿里·拉维德", "拉维德"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Hale was a colonel in the US Air Force.", "supported"),
        ("Hale was a colonel in the Air Force.", "supported"),
        # the Israeli Air Force is not the "Air Force" the US Air Force is also called
        ("Ravid was a colonel in the US Air Force.", "not_enough_info"),
        ("拉维德是美国空军上校。", "not_enough_info"),
    ],
)
def test_a_short_name_inside_another_name(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An alias that is the tail of the entity's longer alias ("Air Force" of "US Air Force")
    names it only where no other name stands before it ("the Israeli Air Force")."""
    assert_verdict(own(TWO_AIR_FORCES).check(claim), expected)


BRIDGE_BYLAW = """format = 1

[[facts]]
id = "party-council"
kind = "party"
source = ["¶1"]
text.en = "The city council of Aberlin."
text.zh = "阿伯林市议会。"
aliases.en = ["city council", "council"]
aliases.zh = ["市议会", "议会"]

[[facts]]
id = "party-harbour-company"
kind = "party"
source = ["¶1"]
text.en = "The Harbour Company, which runs the port."
text.zh = "港务公司，负责经营港口。"
aliases.en = ["Harbour Company"]
aliases.zh = ["港务公司"]

[[facts]]
id = "person-lind"
kind = "person"
source = ["¶1"]
text.en = "Eva Lind, the mayor."
text.zh = "伊娃·林德，市长。"
aliases.en = ["Eva Lind", "Lind"]
aliases.zh = ["伊娃·林德", "林德"]

[[facts]]
id = "bridge-plan-announced"
kind = "event"
date = 2025-03-01
source = ["¶2"]
text.en = "Mayor Lind announced a plan for a new bridge."
text.zh = "林德市长宣布了新桥计划。"

[facts.values]
actor = "person-lind"

[[facts]]
id = "bylaw-12-adopted"
kind = "event"
date = 2025-03-11
source = ["¶3"]
text.en = "The city council adopted bylaw 12 on the bridge."
text.zh = "市议会通过了关于新桥的第12号条例。"

[facts.values]
adopted_by = "party-council"

[[facts]]
id = "bylaw-12-drafted"
kind = "event"
part_of = "bylaw-12-adopted"
source = ["¶3"]
text.en = "The draft of bylaw 12 was put to the council by the Harbour Company."
text.zh = "第12号条例草案由港务公司提交市议会。"
aliases.en = ["Harbour Company draft", "draft bylaw"]
aliases.zh = ["港务公司草案", "条例草案"]

[facts.values]
actor = "party-harbour-company"
submitted_by = "party-harbour-company"
recipient = "party-council"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The council adopted bylaw 12 exactly ten days after Lind's announcement.", "supported"),
        ("The council adopted bylaw 12 exactly nine days after Lind's announcement.", "refuted"),
        ("林德宣布计划整整十天后，市议会通过了第12号条例。", "supported"),
        ("林德宣布计划整整九天后，市议会通过了第12号条例。", "refuted"),
    ],
)
def test_exactly_says_a_figure_is_exact(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "exactly ten days", 整整十天: the word is the figure's own, not a part left unread."""
    verdict = own(BRIDGE_BYLAW).check(claim)
    assert_verdict(verdict, expected)
    assert not any(t.lower().startswith(("exactly", "整整")) for _, t in verdict.unaccounted)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Ten days after Lind's announcement, the council adopted the Harbour Company draft"
            " as bylaw 12.",
            "supported",
        ),
        (
            "Nine days after Lind's announcement, the council adopted the Harbour Company draft"
            " as bylaw 12.",
            "refuted",
        ),
    ],
)
def test_a_gaps_side_may_name_what_a_part_of_its_fact_says(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the council adopted the Harbour Company draft": the draft is the adopted bylaw's
    part's word, so the adoption's day is still the side's."""
    assert_verdict(own(BRIDGE_BYLAW).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The council adopted bylaw 12.", "supported"),
        ("市议会通过了第12号条例。", "supported"),
        ("The council adopted bylaw 13.", "not_enough_info"),
        ("市议会通过了第13号条例。", "not_enough_info"),
        ("The council adopted 12 bylaws.", "not_enough_info"),  # a count, which no fact gives
    ],
)
def test_a_number_that_labels_a_noun_is_a_name(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "bylaw 12", 第12号条例: a small number after its noun is a name when the fact's words
    give the same noun that number; it counts nothing."""
    assert_verdict(own(BRIDGE_BYLAW).check(claim), expected)


FERRY_PIER = """format = 1

[[facts]]
id = "ferry-left"
kind = "event"
date = 2025-05-02
source = ["¶1"]
text.en = "The ferry left from Pier 4B at noon."
text.zh = "渡轮中午从4B号码头出发。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The ferry left from Pier 4B.", "supported"),
        ("The ferry left from Pier 4A.", "not_enough_info"),
        ("The ferry left from Pier 4.", "not_enough_info"),
    ],
)
def test_a_labels_letter_is_part_of_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Pier 4B" is not "Pier 4A", nor "Pier 4"."""
    assert_verdict(own(FERRY_PIER).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lind announced the plan, then the council adopted bylaw 12.", "supported"),
        ("The council adopted bylaw 12, then Lind announced the plan.", "refuted"),
        ("The council adopted bylaw 12, and Lind announced the plan afterwards.", "refuted"),
        (
            "Lind announced the plan first, and the council adopted bylaw 12 afterwards.",
            "supported",
        ),
        ("The council adopted bylaw 12 first, and Lind announced the plan afterwards.", "refuted"),
        ("林德先宣布了新桥计划，市议会随后通过了第12号条例。", "supported"),
        ("市议会先通过了第12号条例，林德随后宣布了新桥计划。", "refuted"),
    ],
)
def test_an_order_adverb_looks_back_at_the_statement_before(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X, then Y", "X first, and Y afterwards", 甲先…，乙随后…: Y is the later side, and the
    statement before the adverb's clause is what it is ordered against."""
    assert_verdict(own(BRIDGE_BYLAW).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Netanyahu dissolved the war cabinet, then Gantz resigned.", "refuted"),
        ("Gantz resigned, then Netanyahu dissolved the war cabinet.", "supported"),
        ("内塔尼亚胡先解散了战时内阁，甘茨随后辞职。", "refuted"),
    ],
)
def test_then_orders_the_embedded_base_the_right_way_round(
    base,  # type: ignore[no-untyped-def]
    claim: str,
    expected: str,
) -> None:
    """ "A, then B" says B came later: it was read the other way round, and a false order
    was called supported."""
    assert_verdict(checker_for(base).check(claim), expected)


RIVER_KEEPERS = """format = 1

[[facts]]
id = "party-council"
kind = "party"
source = ["¶1"]
text.en = "The city council of Aberlin."
text.zh = "阿伯林市议会。"
aliases.en = ["city council", "council"]
aliases.zh = ["市议会", "议会"]

[[facts]]
id = "party-river-keepers"
kind = "party"
source = ["¶1"]
text.en = "The River Keepers, a movement against the new rail line."
text.zh = "护河者，反对新铁路线的民间运动。"
aliases.en = ["River Keepers"]
aliases.zh = ["护河者"]

[facts.values]
type = "citizens' movement"

[[facts]]
id = "party-greenline"
kind = "party"
source = ["¶1"]
text.en = "Greenline, the rail company that planned the line."
text.zh = "绿线公司，规划该铁路线的铁路公司。"
aliases.en = ["Greenline"]
aliases.zh = ["绿线公司"]

[facts.values]
type = "rail company"

[[facts]]
id = "person-oda"
kind = "person"
source = ["¶2"]
text.en = "Mia Oda, spokesperson of the River Keepers."
text.zh = "米娅·小田，护河者的发言人。"
aliases.en = ["Mia Oda", "Oda"]
aliases.zh = ["米娅·小田", "小田"]

[facts.values]
office = "spokesperson of the River Keepers"
affiliation = "party-river-keepers"

[[facts]]
id = "keepers-petition"
kind = "event"
date = 2025-04-02
source = ["¶2"]
text.en = "Oda confirmed that the River Keepers had submitted a petition to the council."
text.zh = "小田证实，护河者已向市议会递交请愿书。"

[facts.values]
submitted_by = "party-river-keepers"
recipient = "party-council"

[[facts]]
id = "greenline-withdrew"
kind = "event"
date = 2025-04-20
source = ["¶3"]
text.en = "Greenline withdrew its plan for the rail line."
text.zh = "绿线公司撤回了铁路线计划。"

[facts.values]
actor = "party-greenline"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Oda confirmed that the group had submitted a petition to the council.", "supported"),
        ("小田证实，该组织已向市议会递交请愿书。", "supported"),
        # a rail company is no "group", nor is the movement a "company"
        (
            "Oda confirmed that the company had submitted a petition to the council.",
            "not_enough_info",
        ),
        ("Greenline withdrew its plan, and the company did so in April.", "supported"),
        ("Greenline withdrew its plan, and the group did so in April.", "not_enough_info"),
    ],
)
def test_a_noun_names_again_the_actor_before_it_that_it_fits(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the company" names again an actor whose `type` ends in "company"; "the group", 该组织
    (the lexicon's `[anaphora]`) a movement, or the movement a person named before belongs to."""
    assert_verdict(own(RIVER_KEEPERS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("护河者已向市议会递交请愿书。", "supported"),
        ("护河者向市议会递交了请愿书。", "supported"),
        ("市议会向护河者递交了请愿书。", "refuted"),
    ],
)
def test_whom_a_thing_is_handed_to_in_chinese_is_not_its_doer(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """向市议会递交: the council is given the petition; it had been read as the one who
    handed it over, and a true claim was refuted."""
    assert_verdict(own(RIVER_KEEPERS).check(claim), expected)


MEDIATED = """format = 1

[[facts]]
id = "party-norway"
kind = "party"
source = ["¶1"]
text.en = "Norway."
text.zh = "挪威。"
aliases.en = ["Norway", "Norwegian"]
aliases.zh = ["挪威"]

[facts.values]
type = "state"

[[facts]]
id = "party-oman"
kind = "party"
source = ["¶1"]
text.en = "Oman."
text.zh = "阿曼。"
aliases.en = ["Oman", "Omani"]
aliases.zh = ["阿曼"]

[facts.values]
type = "state"

[[facts]]
id = "party-red-front"
kind = "party"
source = ["¶1"]
text.en = "The Red Front, an armed movement."
text.zh = "红色阵线，一个武装运动。"
aliases.en = ["Red Front"]
aliases.zh = ["红色阵线"]

[facts.values]
type = "movement"

[[facts]]
id = "round-one"
kind = "event"
date = 2025-02-01
source = ["¶2"]
text.en = "Norway mediated the first round of talks with the Red Front."
text.zh = "挪威斡旋了与红色阵线的第一轮谈判。"

[facts.values]
mediators = ["party-norway"]
participants = ["party-red-front"]

[[facts]]
id = "prisoners-freed"
kind = "event"
date = 2025-03-05
source = ["¶3"]
text.en = "Oman mediated, and the Red Front freed three prisoners."
text.zh = "经阿曼斡旋，红色阵线释放了三名囚犯。"

[facts.values]
actor = "party-red-front"
mediators = ["party-oman"]
released = { value = 3, unit = "prisoners" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("With Oman mediating, the Red Front freed three prisoners.", "supported"),
        ("With Norway mediating, the Red Front freed three prisoners.", "refuted"),
        ("在阿曼的斡旋下，红色阵线释放了三名囚犯。", "supported"),
        ("在挪威的斡旋下，红色阵线释放了三名囚犯。", "refuted"),
    ],
)
def test_a_frame_of_circumstance_is_said_of_the_event_after_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "With Norway mediating, …", 在挪威的斡旋下，…: the mediation is the release's, so
    Norway's mediation of another round does not back it (it was called supported)."""
    assert_verdict(own(MEDIATED).check(claim), expected)


CURFEW = """format = 1

[[facts]]
id = "party-harbour-police"
kind = "party"
source = ["¶1"]
text.en = "The harbour police of Aberlin."
text.zh = "阿伯林港口警察。"
aliases.en = ["harbour police", "police"]
aliases.zh = ["港口警察", "警方"]

[[facts]]
id = "party-red-cross"
kind = "party"
source = ["¶1"]
text.en = "The Red Cross."
text.zh = "红十字会。"
aliases.en = ["Red Cross"]
aliases.zh = ["红十字会"]

[[facts]]
id = "curfew"
kind = "event"
start = 2025-06-01
source = ["¶2"]
text.en = "The harbour police imposed a night curfew in the old port, announced on 30 May."
text.zh = "港口警察在老港区实行夜间宵禁，于5月30日宣布。"

[facts.values]
actor = "party-harbour-police"
announced = 2025-05-30

[[facts]]
id = "curfew-consultations"
kind = "event"
part_of = "curfew"
source = ["¶2"]
text.en = "Before the night curfew, the police consulted the Red Cross."
text.zh = "实行夜间宵禁前，警方征求了红十字会的意见。"

[facts.values]
actor = "party-harbour-police"
participants = ["party-harbour-police", "party-red-cross"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The night curfew in the old port was announced by the harbour police.", "supported"),
        ("The night curfew in the old port was announced by the Red Cross.", "not_enough_info"),
        ("The Red Cross announced the night curfew.", "not_enough_info"),
    ],
)
def test_the_doer_of_a_verb_is_the_one_the_verbs_own_fact_gives(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The curfew's own fact types when it was announced and gives the deed to the police:
    the Red Cross, which a part of it names as consulted, was taken for the announcer."""
    assert_verdict(own(CURFEW).check(claim), expected)


RATIO = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state."
text.zh = "阿尔巴，一个国家。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[[facts]]
id = "party-red-front"
kind = "party"
source = ["¶1"]
text.en = "The Red Front, an armed movement."
text.zh = "红色阵线，一个武装运动。"
aliases.en = ["Red Front"]
aliases.zh = ["红色阵线"]

[[facts]]
id = "truce-hostages-freed"
kind = "event"
date = 2025-03-05
source = ["¶2"]
text.en = "During the truce the Red Front freed 30 hostages."
text.zh = "停火期间，红色阵线释放了30名人质。"

[facts.values]
actor = "party-red-front"
released = { value = 30, unit = "hostages" }

[[facts]]
id = "truce-prisoners-freed"
kind = "event"
date = 2025-03-05
source = ["¶2"]
text.en = "During the truce Alba freed 75 prisoners."
text.zh = "停火期间，阿尔巴释放了75名囚犯。"

[facts.values]
actor = "party-alba"
released = { value = 75, unit = "prisoners" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("阿尔巴释放的囚犯人数是红色阵线释放人质的2.5倍。", "supported"),
        ("阿尔巴释放的囚犯人数是红色阵线释放人质的两倍多。", "supported"),
        ("阿尔巴释放的囚犯人数是红色阵线释放人质的三倍。", "refuted"),
        ("阿尔巴释放的囚犯人数是红色阵线释放人质的三倍多。", "refuted"),
        ("阿尔巴释放的囚犯人数是红色阵线释放人质的两倍。", "refuted"),
    ],
)
def test_a_chinese_ratio_a_is_b_times_n(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A是B的N倍 compares A's count with B's; 两倍多 is more than twice. The two sides had
    not been read, and a figure 2 elsewhere in the facts could back 两倍 by chance."""
    verdict = own(RATIO).check(claim)
    assert_verdict(verdict, expected)
    if expected == "refuted":
        assert "2.50 times" in str(verdict.corrections[0].actual)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The article identifies Collins as the commander.", "refuted"),
        ("Collins is identified in the article as the commander.", "refuted"),
        ("The article identifies Armstrong as the commander.", "supported"),
        ("The article describes Collins as the command module pilot.", "supported"),
    ],
)
def test_what_a_report_names_someone_as_is_who_they_are(
    apollo: Checker, claim: str, expected: str
) -> None:
    """ "identifies X as Y", "X is identified in the article as Y": Y must be X; a false
    role had been supported, each name backed on its own."""
    assert_verdict(apollo.check(claim), expected)


@pytest.mark.parametrize(
    "claim",
    [
        "The first round took the form of talks with the Red Front.",
        "Talks in the form of a first round were held with the Red Front.",
    ],
)
def test_the_form_a_thing_took_is_said_of_it_claims_nothing_more(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "took the form of", "in the form of" (the lexicon's function phrases) introduce what
    the thing was; they are no part to back."""
    verdict = own(MEDIATED).check(claim)
    assert verdict.assertions
    assert not any(w in t.lower() for _, t in verdict.unaccounted for w in ("took", "form"))


def _topic(name: str) -> Checker:
    """The checker of a benchmark topic's fact file (benchmarks/topics/NAME/facts.toml)."""
    path = Path(__file__).parent.parent / "benchmarks" / "topics" / name / "facts.toml"
    return Checker(load_facts([path]))


@pytest.fixture(scope="module")
def apollo_13() -> Checker:
    """The checker of the Apollo 13 topic's fact file."""
    return _topic("apollo-13")


@pytest.mark.parametrize(
    ("claim", "refuted"),
    [
        (
            "Ken Mattingly was taken off the crew about three days before launch, although he"
            " never caught German measles.",
            False,
        ),
        (
            "Ken Mattingly was taken off the crew about three days before launch, although he"
            " never flew on Apollo 16.",
            True,
        ),
    ],
)
def test_a_denial_the_facts_words_share_is_not_refuted_by_them(
    apollo_13: Checker, claim: str, refuted: bool
) -> None:
    """ "he never caught German measles" where Mattingly's own fact says he never caught the
    disease: its words hold "caught", and the denial had been refuted by them."""
    assert (apollo_13.check(claim).verdict == "refuted") is refuted


WAGE_TALKS = """format = 1

[[facts]]
id = "wage-talks"
kind = "event"
start = 2025-02-03
end = 2025-02-20
source = ["¶1"]
text.en = "The wage talks between the dockers' union and the port authority failed."
text.zh = "码头工会与港务局的工资谈判失败了。"
aliases.en = ["wage talks"]
aliases.zh = ["工资谈判"]

[[facts]]
id = "pension-talks"
kind = "event"
source = ["¶2"]
text.en = "The pension talks stalled for a month and then ended in a deal."
text.zh = "养老金谈判停滞了一个月，随后达成协议。"
aliases.en = ["pension talks"]
aliases.zh = ["养老金谈判"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The wage talks stalled.", "supported"),
        ("The wage talks reached an impasse.", "supported"),
        ("工资谈判陷入僵局。", "supported"),
        ("The pension talks stalled.", "supported"),
        ("The pension talks failed.", "not_enough_info"),
        ("The wage talks succeeded.", "refuted"),
    ],
)
def test_a_weaker_word_is_backed_by_a_fact_that_says_the_stronger(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Talks that failed stalled, but talks that stalled may yet succeed: a predicate's
    `implies` list backs the weaker word one way only."""
    assert_verdict(own(WAGE_TALKS).check(claim), expected)


PLAN = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state."
text.zh = "阿尔巴，一个国家。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[[facts]]
id = "alba-peace-plan"
kind = "event"
date = 2025-04-02
source = ["¶2"]
text.en = "Alba put forward a peace plan that sought a permanent ceasefire."
text.zh = "阿尔巴提出一项和平方案，寻求永久停火。"
aliases.en = ["peace plan"]
aliases.zh = ["和平方案"]

[facts.values]
actor = "party-alba"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Alba's peace plan sought only a temporary ceasefire.", "refuted"),
        ("阿尔巴的和平方案仅寻求暂时停火。", "refuted"),
        ("Alba's peace plan sought only a permanent ceasefire.", "not_enough_info"),
        ("Alba's peace plan sought a permanent ceasefire.", "supported"),
    ],
)
def test_only_is_false_when_what_it_stresses_is(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "only X" says X and that nothing else: false when X is, open when X is true (the
    facts do not say there was nothing else). An unbacked "only" had kept a claim whose
    stressed part the facts contradict from being refuted."""
    assert_verdict(own(PLAN).check(claim), expected)


PICKET = """format = 1

[[facts]]
id = "place-north-pier"
kind = "place"
source = ["¶1"]
text.en = "The North Pier of the harbour."
text.zh = "港口的北码头。"
aliases.en = ["North Pier"]
aliases.zh = ["北码头"]

[[facts]]
id = "place-south-pier"
kind = "place"
source = ["¶1"]
text.en = "The South Pier of the harbour."
text.zh = "港口的南码头。"
aliases.en = ["South Pier"]
aliases.zh = ["南码头"]

[[facts]]
id = "wage-talks"
kind = "event"
start = 2025-02-03
end = 2025-02-20
source = ["¶2"]
text.en = "The wage talks between the dockers' union and the port authority, held at the South Pier, failed."
text.zh = "码头工会与港务局在南码头举行的工资谈判失败了。"
aliases.en = ["wage talks"]
aliases.zh = ["工资谈判"]

[facts.values]
place = "place-south-pier"

[[facts]]
id = "picket-moved"
kind = "event"
source = ["¶3"]
after = ["wage-talks"]
text.en = "Soon after the wage talks failed, the picket line was moved to the North Pier."
text.zh = "工资谈判失败后不久，纠察线被移到了北码头。"
aliases.en = ["picket line", "picket"]
aliases.zh = ["纠察线"]

[facts.values]
place = "place-north-pier"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("After the wage talks stalled, the picket moved to the South Pier.", "refuted"),
        (
            "After the wage talks at the South Pier failed, the picket was moved to the South Pier.",
            "refuted",
        ),
        ("After the wage talks failed, the picket was moved to the North Pier.", "supported"),
        ("工资谈判失败后，纠察线被移到了南码头。", "refuted"),
        # what came after the talks is not bound to the talks' own place
        (
            "After the wage talks failed, the dockers' union met the port authority at the North Pier.",
            "not_enough_info",
        ),
        (
            "After the wage talks at the South Pier failed, the dockers' union met at the North Pier.",
            "not_enough_info",
        ),
    ],
)
def test_an_order_clause_put_first_is_a_statement_of_its_own(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "After A, B": B is judged by its own fact, not by A's, and a place A names does
    not stand beside the place B names. The whole sentence had been one statement about
    A's fact, so a wrong place in B was left unaccounted."""
    assert_verdict(own(PICKET).check(claim), expected)


CRANES = """format = 1

[[facts]]
id = "party-dockers-union"
kind = "party"
source = ["¶1"]
text.en = "The dockers' union."
text.zh = "码头工会。"
aliases.en = ["dockers' union", "union"]
aliases.zh = ["码头工会", "工会"]

[[facts]]
id = "party-port-authority"
kind = "party"
source = ["¶1"]
text.en = "The port authority."
text.zh = "港务局。"
aliases.en = ["port authority"]
aliases.zh = ["港务局"]

[[facts]]
id = "strike-deal"
kind = "event"
date = 2025-03-01
source = ["¶2"]
text.en = "The union ended the strike; in exchange, the port authority raised wages by 4%."
text.zh = "工会取消了罢工；作为交换，港务局把工资提高了4%。"

[facts.values]
actor = ["party-dockers-union", "party-port-authority"]

[[facts]]
id = "cranes-returned"
kind = "event"
date = 2025-03-05
source = ["¶3"]
text.en = "The port authority returned the two cranes it had seized from the union."
text.zh = "港务局归还了从工会扣押的两台起重机。"

[facts.values]
actor = "party-port-authority"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The union ended the strike, and in return the port authority raised wages.",
            "supported",
        ),
        ("In return, the port authority returned the cranes it had seized.", "not_enough_info"),
        ("The port authority returned the cranes it had seized.", "supported"),
        ("The port authority gave back the cranes it had seized.", "supported"),
    ],
)
def test_a_phrase_of_a_synonym_group_is_one_word(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "in return" is a member of the group of "in exchange": one word, backed by a fact
    that says an exchange, and not by one that says a thing was returned; "gave back" is
    "give back" in the past, a member of the group of "returned"."""
    assert_verdict(own(CRANES).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Alba's peace plan sought a permanent ceasefire, not a temporary one.", "supported"),
        ("Alba's peace plan sought a permanent ceasefire, not a temporary truce.", "supported"),
    ],
)
def test_a_quality_after_a_contrasting_not_is_denied(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ ", not a temporary one": the "not" denies the quality, and "one" stands for the noun
    said before it, counting nothing."""
    assert_verdict(own(PLAN).check(claim), expected)


ACCORD = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state."
text.zh = "阿尔巴，一个国家。"
aliases.en = ["Alba", "Alban forces"]
aliases.zh = ["阿尔巴", "阿尔巴军队"]

[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶1"]
text.en = "Tarn, a disputed province."
text.zh = "塔恩，一个有争议的省份。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[[facts]]
id = "accord"
kind = "document"
date = 2025-05-01
source = ["¶2"]
text.en = "The Tarn accord sets out a withdrawal in two phases."
text.zh = "塔恩协定规定分两个阶段撤军。"
aliases.en = ["Tarn accord", "accord"]
aliases.zh = ["塔恩协定", "协定"]

[[facts]]
id = "accord-phase-1"
kind = "phase"
part_of = "accord"
source = ["¶2"]
text.en = "Phase one: a full and complete ceasefire; Alban forces leave all towns in Tarn."
text.zh = "第一阶段：全面、彻底停火；阿尔巴军队撤出塔恩所有城镇。"
aliases.en = ["phase one", "first phase"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1
actor = "party-alba"
place = ["place-tarn"]

[[facts]]
id = "accord-phase-2"
kind = "phase"
part_of = "accord"
source = ["¶2"]
text.en = "Phase two: Alban forces leave Tarn completely."
text.zh = "第二阶段：阿尔巴军队完全撤出塔恩。"
aliases.en = ["phase two", "second phase"]
aliases.zh = ["第二阶段"]

[facts.values]
ordinal = 2
actor = "party-alba"
place = ["place-tarn"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Under the accord, Alban forces leave Tarn completely in phase one.", "refuted"),
        ("根据协定，阿尔巴军队在第一阶段完全撤出塔恩。", "refuted"),
        ("Under the accord, Alban forces leave Tarn completely in phase two.", "supported"),
        ("根据协定，阿尔巴军队在第二阶段完全撤出塔恩。", "supported"),
        ("根据协定，阿尔巴军队在第二阶段全部撤出塔恩。", "supported"),
    ],
)
def test_a_whole_deed_is_said_next_to_its_own_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "leave Tarn completely": backed where the fact says the leaving was whole in the
    verb's own clause, not by "full and complete ceasefire; … leave all towns" (another
    clause, and "all" of the towns, not of the province); 完全 had been a word backed by
    the 全面、彻底 of the ceasefire. Said of phase one, it is now refuted by phase two,
    whose words say the leaving was whole (it was open)."""
    assert_verdict(own(ACCORD).check(claim), expected)


PHASED = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state, and its army."
text.zh = "阿尔巴，一个国家，及其军队。"
aliases.en = ["Alba", "Alban", "Alban forces"]
aliases.zh = ["阿尔巴", "阿尔巴军队"]

[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶1"]
text.en = "Tarn, a disputed province."
text.zh = "塔恩，一个有争议的省份。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[[facts]]
id = "plan"
kind = "document"
source = ["¶2"]
text.en = "Plan 2735 for Tarn has two phases."
text.zh = "塔恩2735号方案分为两个阶段。"
aliases.en = ["Tarn plan", "plan", "plan 2735"]
aliases.zh = ["塔恩方案", "方案", "2735号方案"]

[[facts]]
id = "plan-phase-1"
kind = "phase"
part_of = "plan"
source = ["¶2"]
text.en = "Phase one: a full and complete ceasefire, and the release of some prisoners."
text.zh = "第一阶段：全面、彻底停火，并释放部分俘虏。"
aliases.en = ["phase one", "first phase"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1

[[facts]]
id = "plan-phase-1-pullback"
kind = "provision"
part_of = "plan-phase-1"
source = ["¶2"]
text.en = "In phase one, Alban forces must pull out of every town in Tarn."
text.zh = "第一阶段中，阿尔巴军队要退出塔恩所有城镇。"
aliases.en = ["withdrawal", "pull out"]
aliases.zh = ["撤军", "撤出"]

[facts.values]
actor = "party-alba"
place = ["place-tarn"]

[[facts]]
id = "plan-phase-2"
kind = "phase"
part_of = "plan"
source = ["¶2"]
text.en = "Phase two: all the remaining prisoners are freed and Alban forces leave Tarn completely."
text.zh = "第二阶段：释放剩下的全部俘虏，阿尔巴军队从塔恩全面撤离。"
aliases.en = ["phase two", "second phase", "full withdrawal"]
aliases.zh = ["第二阶段", "全部撤军"]

[facts.values]
ordinal = 2
actor = "party-alba"
place = ["place-tarn"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Plan 2735 includes a complete Alban withdrawal from Tarn in its first phase.",
            "refuted",
        ),
        (
            "Plan 2735 includes a complete Alban withdrawal from Tarn in its second phase.",
            "supported",
        ),
        ("按照2735号方案，阿尔巴军队在第一阶段就要全部撤出塔恩。", "not_enough_info"),
        ("根据方案，阿尔巴军队在第二阶段全部撤出塔恩。", "supported"),
    ],
)
def test_a_whole_deed_is_not_backed_by_all_of_something_else(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "a complete Alban withdrawal": "complete" is said of the withdrawal over the name
    between them, so phase one's pullback from "every town" does not back it and phase two,
    whose words say the leaving was whole, refutes the ordinal; 全部撤出 is not backed by the
    全部 the plan's words say of the prisoners (it was supported; 就要 stays open)."""
    assert_verdict(own(PHASED).check(claim), expected)


LISK = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state."
text.zh = "阿尔巴，一个国家。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[[facts]]
id = "party-borda"
kind = "party"
source = ["¶1"]
text.en = "Borda, a state."
text.zh = "博尔达，一个国家。"
aliases.en = ["Borda"]
aliases.zh = ["博尔达"]

[[facts]]
id = "party-alba-foreign-office"
kind = "party"
part_of = "party-alba"
source = ["¶1"]
text.en = "Alba's foreign office."
text.zh = "阿尔巴外交部。"
aliases.en = ["Alban foreign office"]
aliases.zh = ["阿尔巴外交部"]

[[facts]]
id = "person-vela"
kind = "person"
source = ["¶2"]
text.en = "Vela, head of Alba's foreign office, who went to the Lisk talks."
text.zh = "维拉：阿尔巴外交部负责人，出席了利斯克会谈。"
aliases.en = ["Vela"]
aliases.zh = ["维拉"]

[facts.values]
affiliation = "party-alba-foreign-office"

[[facts]]
id = "lisk-talks"
kind = "event"
date = 2025-06-02
source = ["¶3"]
text.en = "The Lisk talks: Vela met envoys of Borda."
text.zh = "利斯克会谈：维拉与博尔达的特使会面。"
aliases.en = ["Lisk talks"]
aliases.zh = ["利斯克会谈"]

[facts.values]
participants = ["party-alba", "party-borda"]
negotiators = ["person-vela"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("维拉代表博尔达出席了利斯克会谈。", "refuted"),
        ("维拉代表阿尔巴出席了利斯克会谈。", "supported"),
        ("博尔达代表出席了利斯克会谈。", "supported"),
        ("Vela represented Borda at the Lisk talks.", "refuted"),
        ("Vela represented Alba at the Lisk talks.", "supported"),
    ],
)
def test_whom_an_actor_acts_for_is_its_own(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """代表 between two names says whom the first acts for: Vela's own are Alba's foreign
    office and Alba over it, so "for Borda" is refuted. It had been read as "Vela, Borda's
    representative", each name backed on its own by the talks both attended. After one name
    alone (博尔达代表) it is still that actor's delegate. English "represented" between two
    names says the same."""
    verdict = own(LISK).check(claim)
    assert_verdict(verdict, expected)
    if expected == "refuted":
        assert "Alba" in str(verdict.corrections[0].actual)


BRIDGE = """format = 1

[[facts]]
id = "bridge-closure"
kind = "event"
date = 2025-02-10
source = ["¶1"]
text.en = "The city closed the old bridge for a month."
text.zh = "市政府将旧桥关闭了一个月。"
aliases.en = ["bridge closure"]
aliases.zh = ["封桥"]

[[facts]]
id = "bridge-closure-reason-cracks"
kind = "statement"
part_of = "bridge-closure"
source = ["¶2"]
text.en = "Engineers linked the closure of the bridge to cracks found in its piers."
text.zh = "工程师认为封桥与桥墩发现的裂缝有关。"

[[facts]]
id = "bridge-closure-reason-flood"
kind = "statement"
part_of = "bridge-closure"
source = ["¶2"]
text.en = "Engineers also linked the closure of the bridge to the spring flood."
text.zh = "工程师还认为封桥与春季洪水有关。"

[[facts]]
id = "ferry-halt"
kind = "event"
date = 2025-03-01
source = ["¶3"]
text.en = "The ferry stopped running for a week."
text.zh = "渡轮停航一周。"
aliases.en = ["ferry halt"]

[[facts]]
id = "ferry-halt-reason-strike"
kind = "statement"
part_of = "ferry-halt"
source = ["¶3"]
text.en = "Engineers linked the halt of the ferry to a strike by its crew."
text.zh = "工程师认为渡轮停航与船员罢工有关。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Engineers linked the closure of the bridge partly to cracks found in its piers.",
            "supported",
        ),
        (
            "Engineers linked the halt of the ferry partly to a strike by its crew.",
            "not_enough_info",
        ),
    ],
)
def test_partly_is_one_reason_among_others(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "partly": backed where another fact of the same whole links the same thing to
    another reason (the flood beside the cracks); where the facts give one reason only, it
    stays open."""
    assert_verdict(own(BRIDGE).check(claim), expected)


# The states of the river files below, each a fact of a user's own file.
_VARN = """[[facts]]
id = "party-varn"
kind = "party"
source = ["¶1"]
text.en = "Varn, a state upstream."
text.zh = "瓦恩，上游的一个国家。"
aliases.en = ["Varn"]
aliases.zh = ["瓦恩"]
"""
_OSK = """[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, a state downstream."
text.zh = "奥斯克，下游的一个国家。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]
"""
_LUME = """[[facts]]
id = "party-lume"
kind = "party"
source = ["¶1"]
text.en = "Lume, a state that brokers the river talks."
text.zh = "鲁姆，斡旋河流谈判的国家。"
aliases.en = ["Lume"]
aliases.zh = ["鲁姆"]
"""


def _river(*parties: str) -> str:
    """A fact file that opens with these states' facts."""
    return "format = 1\n\n" + "\n".join(parties) + "\n"


_CORSA = """[[facts]]
id = "party-corsa"
kind = "party"
source = ["¶2"]
text.en = "The Corsa, a Varn grain barge."
text.zh = "科尔萨号，瓦恩的一艘运粮驳船。"
aliases.en = ["Corsa", "the Corsa"]
aliases.zh = ["科尔萨号"]
"""
_BRISA = """[[facts]]
id = "party-brisa"
kind = "party"
source = ["¶2"]
text.en = "The Brisa, an Osk tanker."
text.zh = "布里萨号，奥斯克的一艘油轮。"
aliases.en = ["Brisa", "the Brisa"]
aliases.zh = ["布里萨号"]
"""
_FERRO = """[[facts]]
id = "person-ferro"
kind = "person"
source = ["¶2"]
text.en = "Anton Ferro, Osk's harbour master."
text.zh = "安东·费罗，奥斯克的港务长。"
aliases.en = ["Ferro", "Anton Ferro", "harbour master"]
aliases.zh = ["费罗", "安东·费罗", "港务长"]

[facts.values]
office = "harbour master"
"""


WATER = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "lume-wants-osk-to-accept"
kind = "position"
source = ["¶2"]
text.en = "Lume is concentrating on getting Osk to accept the water accord without changes."
text.zh = "鲁姆眼下的着力点，是让奥斯克原样接受水资源协议。"
aliases.en = ["water accord"]
aliases.zh = ["水资源协议"]

[facts.values]
actor = "party-lume"
target = "party-osk"

[[facts]]
id = "varn-opposes-customs-union"
kind = "position"
source = ["¶3"]
text.en = "Varn firmly opposes any step toward a customs union."
text.zh = "瓦恩坚决反对任何走向关税同盟的做法。"
aliases.en = ["customs union"]
aliases.zh = ["关税同盟"]

[facts.values]
actor = "party-varn"
rejects = "customs union"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lume is pushing Osk to accept the water accord.", "supported"),
        ("鲁姆推动奥斯克接受水资源协议。", "supported"),
        ("Lume is pushing Varn to accept the water accord.", "refuted"),
        ("鲁姆推动瓦恩接受水资源协议。", "refuted"),
        ("鲁姆已推动奥斯克接受了水资源协议。", "not_enough_info"),
    ],
)
def test_a_word_of_wanting_is_backed_by_a_fact_that_wants_the_same_deed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "pushing Osk to accept", 推动奥斯克接受: backed by a fact whose words want the same
    deed ("getting Osk to accept"), the one pushed being its `target`; another state there
    is refuted with the target as the correction. With 了 after the deed it is said done,
    which a wish never backs. "pushing" and 推动 had been words no fact backed."""
    verdict = own(WATER).check(claim)
    assert_verdict(verdict, expected)
    if expected == "refuted":
        assert "Osk" in str(verdict.corrections[0].actual)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn opposes pushing for a customs union.", "supported"),
        ("瓦恩反对推动关税同盟。", "supported"),
        ("瓦恩坚决反对任何推动关税同盟的举动。", "supported"),
        ("Varn supports pushing for a customs union.", "refuted"),
        ("瓦恩支持推动关税同盟。", "refuted"),
    ],
)
def test_a_stance_on_moving_toward_a_thing_is_a_stance_on_the_thing(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """反对推动关税同盟, "supports pushing for a customs union": the verb of moving toward the
    union, right after the stance, is judged with it (the lexicon's [cues.toward]); it had
    stood between the stance and its object, an unbacked word that kept both open."""
    assert_verdict(own(WATER).check(claim), expected)


CHANNEL = (
    """format = 1

[[facts]]
id = "person-author"
kind = "person"
source = ["byline"]
text.en = "The author of the analysis, a researcher."
text.zh = "这篇分析的作者，一名研究员。"
aliases.en = ["the author", "author"]
aliases.zh = ["作者"]

"""
    + _VARN
    + "\n"
    + _OSK
    + "\n"
    + """[[facts]]
id = "assessment-osk-partner"
kind = "assessment"
source = ["¶4"]
text.en = "The author argues that Osk is Varn's most dependable trading partner on the river."
text.zh = "作者认为，奥斯克是瓦恩在这条河上最可靠的贸易伙伴。"

[facts.values]
actor = "party-varn"
partner = "party-osk"

[[facts]]
id = "varn-no-permanent-ceasefire"
kind = "position"
source = ["¶5"]
text.en = "Varn has always said it cannot accept a “permanent ceasefire” with Osk before the dam is finished."
text.zh = "瓦恩一贯的说法是：水坝完工之前，不可能接受与奥斯克“永久停火”。"

[facts.values]
actor = "party-varn"

[[facts]]
id = "fishers-freed"
kind = "event"
date = 2025-04-02
source = ["¶6"]
text.en = "During the exchange Varn also freed the Osk fishermen it held, 40 in all."
text.zh = "交换期间，瓦恩也释放了其关押的奥斯克渔民，共40名。"

[facts.values]
actor = "party-varn"
released = { value = 40, unit = "fishermen" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The author calls Osk Varn's most dependable trading partner on the river.", "supported"),
        ("瓦恩认为，在水坝完工之前不可能“永久停火”。", "supported"),
        ("交换期间，瓦恩释放了40名此前关押的奥斯克渔民。", "supported"),
    ],
)
def test_words_that_frame_or_describe_are_accounted_where_the_fact_says_them_so(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The author calls …" after the author named as the person a file's byline gives;
    a denial with no verb of its own (不可能“永久停火”) where the fact says the same denial
    word; 此前 right before a verb that, with 的, describes a noun (此前关押的渔民: those held
    till then). Each had been a word no fact backed."""
    assert_verdict(own(CHANNEL).check(claim), expected)


_FISHERS_AND_DAM = """[[facts]]
id = "fishers-freed"
kind = "event"
date = 2025-04-02
source = ["¶2"]
text.en = "Varn freed 40 Osk fishermen."
text.zh = "瓦恩释放了40名奥斯克渔民。"

[facts.values]
actor = "party-varn"
released = { value = 40, unit = "fishermen" }

[[facts]]
id = "dam-opened"
kind = "event"
date = 2025-05-10
source = ["¶3"]
text.en = "Varn opened the sluices of the new dam."
text.zh = "瓦恩打开了新水坝的闸门。"

[facts.values]
actor = "party-varn"

"""

DAM = (
    _river(_VARN, _OSK)
    + _FISHERS_AND_DAM
    + """[[facts]]
id = "blockade"
kind = "event"
source = ["¶4"]
after = ["dam-opened"]
text.en = "Soon after the dam opened, Osk launched a blockade of the lower river."
text.zh = "水坝开闸后不久，奥斯克对下游河道发动了封锁。"

[facts.values]
actor = "party-osk"
"""
)

SPRING_AIM = (
    _river(_VARN, _OSK)
    + _FISHERS_AND_DAM
    + """[[facts]]
id = "talks-aim-no-blockade"
kind = "aim"
source = ["¶5"]
text.en = "One aim of the spring talks was to talk Osk out of a blockade of the lower river."
text.zh = "春季谈判的目标之一，是劝奥斯克不要对下游河道发动封锁。"

[facts.values]
target = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("瓦恩释放渔民时，奥斯克尚未对下游河道发动封锁。", "supported"),
        ("瓦恩释放渔民时，奥斯克还没有对下游河道发动封锁。", "supported"),
        ("奥斯克对下游河道发动封锁时，瓦恩尚未释放奥斯克渔民。", "refuted"),
    ],
)
def test_not_yet_is_refuted_only_by_a_deed_done_by_then(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """尚未, 还没有 ("not yet", the lexicon's `not_yet`) deny a deed only up to a time: a fact
    that puts the deed later (the blockade, after the dam opened in May, when the fishermen
    were freed in April) backs it, one that puts it earlier contradicts it. Both had been
    refuted; the first two were open until the "when" frame's day was read against the
    blockade's `after` link."""
    assert_verdict(own(DAM).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("奥斯克没有对下游河道发动封锁。", "not_enough_info"),
        ("Osk did not launch a blockade of the lower river.", "not_enough_info"),
        ("春季谈判的目标之一是劝奥斯克不要对下游河道发动封锁。", "supported"),
    ],
)
def test_an_aim_to_prevent_a_deed_says_nothing_of_whether_it_happened(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An aim "to talk Osk out of a blockade" (不要…发动封锁) backs the denial only where the
    claim says it as sought (an aim named, a word of wanting); "Osk did not launch a
    blockade" had been supported by it."""
    assert_verdict(own(SPRING_AIM).check(claim), expected)


DELTA_AIMS = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "varn-aims"
kind = "aim"
source = ["¶2"]
text.en = "Varn's two aims: to reopen the old canal, and to dredge the delta after the floods."
text.zh = "瓦恩的两个目标：重开旧运河，洪水过后疏浚三角洲。"
closed = ["aims"]

[facts.values]
actor = "party-varn"
count = { value = 2, unit = "aims" }
aims = ["reopen the old canal", "dredge the delta after the floods"]

[[facts]]
id = "varn-aim-canal"
kind = "aim"
part_of = "varn-aims"
source = ["¶2"]
text.en = "The first of Varn's two aims is to reopen the old canal held by Osk."
text.zh = "瓦恩两个目标中的第一个，是重开被奥斯克控制的旧运河。"

[facts.values]
ordinal = 1
actor = "party-varn"
held_by = "party-osk"
"""
)


def test_an_order_word_is_accounted_by_the_fact_that_backs_the_words_beside_it(
    own: Callable[[str], Checker],
) -> None:
    """ "… another is dredging the delta after the floods": "after the floods" is in the
    words of the aims' own fact, which backs the item it follows, though the statement's
    first fact (the canal's, with its holder) lacks them; the word had been left open."""
    claim = (
        "The first of Varn's aims is reopening the old canal held by Osk; "
        "another is dredging the delta after the floods."
    )
    verdict = own(DELTA_AIMS).check(claim)
    after = [a for a in verdict.assertions if a.text == "after"]
    assert after and after[0].status != "unknown"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Varn's two aims are reopening the old canal that Osk holds and dredging the delta after the floods.",
            "supported",
        ),
        (
            "Varn's two aims are reopening the new canal that Osk holds and dredging the delta after the floods.",
            "refuted",
        ),
    ],
)
def test_an_item_of_a_closed_list_may_say_more_of_the_text_it_names(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "reopening the old canal that Osk holds": the list's text ("reopen the old canal")
    and then more, which the canal's own fact backs; it had been refuted as an aim the
    closed list lacks, its first verb being the relative clause's. Another canal is still
    refuted."""
    assert_verdict(own(DELTA_AIMS).check(claim), expected)


RIVER_TRUCE = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "river-truce"
kind = "event"
date = 2025-03-03
source = ["¶2"]
text.en = "Varn and Osk agreed a river truce: no fire across the water for a month."
text.zh = "瓦恩与奥斯克达成河上停火：一个月内不得隔河开火。"
aliases.en = ["river truce"]
aliases.zh = ["河上停火"]
closed = ["participants"]

[facts.values]
participants = ["party-varn", "party-osk"]

[[facts]]
id = "bridge-meeting"
kind = "event"
date = 2025-03-20
source = ["¶3"]
text.en = "Varn, Osk and Lume met on the old bridge and agreed a framework for sharing the water."
text.zh = "瓦恩、奥斯克和鲁姆在旧桥上会面，就分水达成框架。"
closed = ["participants"]

[facts.values]
participants = ["party-varn", "party-osk", "party-lume"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lume and Varn traded fire across the border all spring.", "not_enough_info"),
        ("The delta's only ferry not run by Varn sank in April.", "not_enough_info"),
        ("The river truce was agreed by Varn and Lume.", "refuted"),
        ("Only Varn and Osk met on the old bridge.", "refuted"),
    ],
)
def test_a_closed_list_refutes_only_a_statement_that_is_its_facts(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A closed list refutes a name only where its fact backs at least half of the rest of
    the statement ("Lume and Varn traded fire" is no list of the truce's parties, though
    "fire" is among its words), and "only" restricts the list right after it, not a list
    further on ("the only ferry not run by Varn"). Both had been refuted."""
    assert_verdict(own(RIVER_TRUCE).check(claim), expected)


RIVER_PLAN = (
    _river(_LUME)
    + """[[facts]]
id = "lume-plan"
kind = "event"
date = 2025-06-01
source = ["¶2"]
text.en = "On 1 June Lume put forward a new plan aimed at a permanent ceasefire on the river."
text.zh = "6月1日，鲁姆提出一项旨在实现河上永久停火的新方案。"
aliases.en = ["Lume plan"]

[facts.values]
actor = "party-lume"

"""
    + _VARN
    + "\n"
    + """[[facts]]
id = "varn-demand"
kind = "position"
source = ["¶3"]
text.en = "What Varn has asked for in the talks has all along been a temporary ceasefire."
text.zh = "瓦恩在谈判中所要求的一直是暂时性停火。"

[facts.values]
actor = "party-varn"
demand = "temporary ceasefire"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lume's new plan aimed at a permanent pause in the fighting.", "supported"),
        ("Lume's new plan aimed at a temporary pause in the fighting.", "refuted"),
    ],
)
def test_a_pause_in_the_fighting_is_a_ceasefire(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "in the fighting" after "pause" adds nothing to check (a phrase of the lexicon's
    function words): "a temporary pause in the fighting" is judged as "a temporary
    ceasefire" against the plan's permanent one. "fighting" had been a word no fact backed."""
    assert_verdict(own(RIVER_PLAN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn has all along asked only for a temporary ceasefire.", "supported"),
        ("Varn has all along asked only for a permanent ceasefire.", "refuted"),
        ("Lume's new plan aimed only at a permanent ceasefire on the river.", "not_enough_info"),
    ],
)
def test_only_before_a_quality_is_judged_with_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "only a temporary ceasefire" where the fact holds that quality as the one value of a
    field (`demand`): what was asked for was that and nothing else; "only" had been left
    open. The plan's words alone ("a plan aimed at a permanent ceasefire") do not say there
    was nothing else, so "only" stays open there."""
    assert_verdict(own(RIVER_PLAN).check(claim), expected)


RIVER_FLOOD = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "flood-begins"
kind = "event"
date = 2025-03-02
source = ["¶4"]
text.en = "The spring flood broke out on 2 March."
text.zh = "春汛于3月2日爆发。"
aliases.en = ["spring flood", "flood"]
aliases.zh = ["春汛", "洪水"]

[[facts]]
id = "river-talks"
kind = "round"
start = 2025-03-20
end = 2025-03-30
source = ["¶5"]
text.en = "Lume hosted river talks between Varn and Osk from 20 to 30 March, eleven days."
text.zh = "3月20日至30日，鲁姆主持瓦恩与奥斯克的河流谈判，为期十一天。"
aliases.en = ["river talks", "talks"]
aliases.zh = ["河流谈判", "谈判"]

[facts.values]
participants = ["party-varn", "party-osk"]
mediators = ["party-lume"]
duration = { value = 11, unit = "days" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("From the outbreak of the flood to the start of the river talks was less than a month.",
         "supported"),
        ("From the outbreak of the flood to the start of the river talks was eleven days.",
         "refuted"),
        ("从春汛爆发到河流谈判开始，前后不到两周。", "refuted"),
        ("从春汛爆发到河流谈判开始，相隔十八天。", "supported"),
        ("The river talks lasted eleven days, from 20 March to 30 March.", "supported"),
        ("Lume pulled out from the river talks within eleven days.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_length_said_of_a_framed_stretch_counts_its_two_ends(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "From X to Y was less than a month", 从X到Y，前后不到两周: the length is the days
    between the frame's two ends (18 here), not the talks' own eleven days, which had backed
    the length; where one fact holds both ends (20 to 30 March) its own length is meant. A
    "from" inside a clause ("pulled out from the talks") frames nothing."""
    assert_verdict(own(RIVER_FLOOD).check(claim), expected)


RIVER_DAM = (
    RIVER_FLOOD
    + """
[[facts]]
id = "dam-closed"
kind = "event"
date = 2025-03-12
source = ["¶6"]
text.en = "Osk shut the upper dam on 12 March."
text.zh = "3月12日，奥斯克关闭了上游大坝。"
aliases.en = ["upper dam", "dam"]
aliases.zh = ["上游大坝", "大坝"]

[facts.values]
actor = "party-osk"

[[facts]]
id = "varn-protest"
kind = "event"
source = ["¶6"]
text.en = "Varn protested against the closure of the dam."
text.zh = "瓦恩对大坝关闭提出抗议。"

[facts.values]
actor = "party-varn"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk shut the upper dam before the river talks, and Varn protested against the closure.",
         "supported"),
        ("Osk shut the upper dam after the river talks, and Varn protested against the closure.",
         "refuted"),
    ],
)  # fmt: skip
def test_an_order_word_leaves_the_next_statement_out_of_its_sides(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X before Y, and Z": the statement joined after the order's clause is no part of
    either side; it had been counted into the earlier side, which then no fact held."""
    assert_verdict(own(RIVER_DAM).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk shut the upper dam, and Varn protested against the closure.", "supported"),
        ("Osk shut the upper dam; Varn protested against the closure.", "supported"),
        ("Osk shut the upper dam, and Lume protested against the closure.", "not_enough_info"),
        ("Varn shut the upper dam, and Osk protested against the closure.", "not_enough_info"),
    ],
)
def test_two_statements_with_verbs_no_lexicon_knows_are_two(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Osk shut the dam, and Varn protested": joined by ", and" or ";", each side with a
    doer and words after it is a statement of its own, with its own fact, even where the
    verbs ("shut", "protested") are only words of the user's file. It had been read as one
    statement about one fact, which held only half of it."""
    assert_verdict(own(RIVER_DAM).check(claim), expected)


RIVER_RELIEF = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "relief-mission"
kind = "round"
month = "2025-04"
source = ["¶7"]
text.en = "Lume ran a relief mission along the river."
text.zh = "鲁姆沿河开展了一次救援行动。"
aliases.en = ["relief mission"]
aliases.zh = ["救援行动"]

[facts.values]
actor = "party-lume"

[[facts]]
id = "relief-convoy"
kind = "event"
part_of = "relief-mission"
source = ["¶7"]
text.en = "As part of the relief mission, a convoy of barges reached Osk."
text.zh = "作为救援行动的一部分，一支驳船队抵达奥斯克。"
aliases.en = ["convoy of barges", "barge convoy"]
aliases.zh = ["驳船队"]

[[facts]]
id = "border-closure"
kind = "event"
after = ["relief-convoy"]
source = ["¶8"]
text.en = "After the barges arrived, Varn closed its border."
text.zh = "驳船队抵达后，瓦恩关闭了边境。"
aliases.en = ["border closure"]
aliases.zh = ["关闭边境"]

[facts.values]
actor = "party-varn"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lume's relief mission began after Varn closed its border.", "refuted"),
        ("Lume's relief mission began before Varn closed its border.", "supported"),
        ("鲁姆的救援行动是在瓦恩关闭边境之后才开始的。", "refuted"),
        ("Lume's relief mission ended before Varn closed its border.", "not_enough_info"),
    ],
)
def test_a_whole_began_before_what_followed_one_of_its_parts(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The border closed after the convoy, a part of the relief mission (`after`,
    `part_of`, no days but the mission's month): the mission had begun before it, so "began after" is refuted and
    "began before" backed; when it ended the links do not say."""
    assert_verdict(own(RIVER_RELIEF).check(claim), expected)


RIVER_GRAIN = (
    """format = 1

"""
    + _VARN
    + "\n"
    + _OSK
    + """
[[facts]]
id = "varn-grain"
kind = "assessment"
source = ["¶9"]
text.en = "Varn notes that before the conflict, it was the main grain supplier of Osk."
text.zh = "瓦恩称，冲突之前，它是奥斯克的主要粮食供应者。"

[facts.values]
actor = "party-varn"
target = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Before this war, Varn was the main grain supplier of Osk.", "supported"),
        ("Before this conflict, Varn was the main grain supplier of Osk.", "supported"),
    ],
)
def test_an_order_the_facts_words_say_with_a_synonym(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact whose own words put the statement before the conflict backs "before the
    war": the reference side is a word of the same synonym group. "before" had been left
    open."""
    assert_verdict(own(RIVER_GRAIN).check(claim), expected)


RIVER_PORT = (
    _river(_VARN)
    + """[[facts]]
id = "place-tarn-port"
kind = "place"
source = ["¶10"]
text.en = "The port of Tarn, Varn's river port."
text.zh = "塔恩港，瓦恩的河港。"
aliases.en = ["port of Tarn", "Tarn port"]
aliases.zh = ["塔恩港"]

[[facts]]
id = "person-ama"
kind = "person"
source = ["¶10"]
text.en = "Ama Keel, the deputy port engineer, was on duty on the night of the fire."
text.zh = "阿玛·基尔是港口副总工程师，火灾当晚在岗。"
aliases.en = ["Ama Keel", "Keel"]
aliases.zh = ["阿玛·基尔", "基尔"]

[facts.values]
office = "deputy port engineer"
affiliation = "place-tarn-port"

[[facts]]
id = "person-bel"
kind = "person"
source = ["¶10"]
text.en = "Bel Orr was the port director of Tarn."
text.zh = "贝尔·奥尔是塔恩港的港务局局长。"
aliases.en = ["Bel Orr", "Orr"]
aliases.zh = ["贝尔·奥尔", "奥尔"]

[facts.values]
office = "port director"
affiliation = "place-tarn-port"

[[facts]]
id = "person-cai"
kind = "person"
source = ["¶11"]
text.en = "Cai Moor worked at the port of Tarn."
text.zh = "蔡·穆尔在塔恩港工作。"
aliases.en = ["Cai Moor", "Moor"]
aliases.zh = ["蔡·穆尔", "穆尔"]

[facts.values]
affiliation = "place-tarn-port"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ama Keel was the director of the port of Tarn.", "refuted"),
        ("Bel Orr was the director of the port of Tarn.", "supported"),
        ("Cai Moor was the director of the port of Tarn.", "not_enough_info"),
        ("Cai Moor headed the port of Tarn.", "not_enough_info"),
    ],
)
def test_an_office_another_holds_of_what_one_belongs_to(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Keel was the director of the port": her own typed office is another (deputy port
    engineer) and another person's office (port director) heads the port both belong to;
    refuted. Someone with no typed office is left open, as offices change hands; and the
    port he belongs to no longer backs "headed" or "director" for one whose office does
    not lead (`heads_only` of the lexicon's `lead`): both had been supported."""
    assert_verdict(own(RIVER_PORT).check(claim), expected)


RIVER_VIEW = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "assessment-osk-dam-policy"
kind = "assessment"
source = ["¶12"]
text.en = "The author argues that Osk's dam policy has been reckless."
text.zh = "作者认为，奥斯克的大坝政策一直很鲁莽。"

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk's dam policy is described as reckless.", "supported"),
        ("Osk's dam policy is described by Varn as reckless.", "not_enough_info"),
    ],
)
def test_a_description_in_the_passive_with_no_one_giving_it_is_the_articles(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "X is described as reckless": no one is named to describe it, so it is the
    article's own description, as every fact is; it had been left open. Described "by
    Varn" names another, whom the facts do not have saying it."""
    assert_verdict(own(RIVER_VIEW).check(claim), expected)


RIVER_CREW = (
    _river(_OSK)
    + """[[facts]]
id = "barge-crew"
kind = "event"
source = ["¶13"]
text.en = "Osk divers recovered the remains of some sailors after the barge sank."
text.zh = "奥斯克潜水员在驳船沉没后找回了部分水手的遗体。"

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk divers recovered the remains of some sailors.", "supported"),
        ("Osk divers recovered the remaining sailors.", "not_enough_info"),
        ("Osk divers recovered the remains of all the young sailors.", "refuted"),
    ],
)
def test_remains_of_the_dead_are_not_what_remains(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the remains" of the dead is a word of its own (the lexicon's `not_forms`), not a
    form of "remain": it no longer backs "the remaining sailors". "all" over a noun is
    refuted by "some" of it even where a word before the noun ("young") is the claim's
    own: the words before the head go with "all"."""
    assert_verdict(own(RIVER_CREW).check(claim), expected)


RIVER_PRICE = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "water-price-dispute"
kind = "event"
source = ["¶14"]
text.en = "Varn and Osk could not agree on the price of water."
text.zh = "瓦恩和奥斯克在水价问题上谈不拢。"
aliases.en = ["water price", "price of water"]
aliases.zh = ["水价"]

[facts.values]
participants = ["party-varn", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("瓦恩和奥斯克在水价问题上没能谈拢。", "supported"),
        ("瓦恩和奥斯克在水价问题上谈拢了。", "not_enough_info"),
    ],
)
def test_a_verb_and_its_result_with_bu_between_them_deny_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """谈不拢 (they could not come to terms) denies 谈拢: it backs 没能谈拢 and no longer backs
    谈拢了, which two of its characters had backed."""
    assert_verdict(own(RIVER_PRICE).check(claim), expected)


RIVER_COMMISSION = (
    _river(_OSK)
    + """[[facts]]
id = "commission-dissolved"
kind = "event"
date = 2025-06-04
source = ["¶17"]
text.en = "Osk dissolved the river commission on 4 June."
text.zh = "6月4日，奥斯克解散了河流委员会。"
aliases.en = ["river commission"]
aliases.zh = ["河流委员会"]

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk broke up the river commission on 4 June.", "supported"),
        ("Osk broke up the river commission on 5 June.", "refuted"),
    ],
)
def test_broke_up_is_a_word_for_dissolving(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "broke up" a body is the lexicon's `dissolve` (with "dismantled"): it had been a
    word no fact held."""
    assert_verdict(own(RIVER_COMMISSION).check(claim), expected)


RIVER_SAILORS = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "party-varn-crews"
kind = "party"
source = ["¶18"]
text.en = "The Varn river crews, sailors from Varn."
text.zh = "瓦恩河船员，来自瓦恩的水手。"
aliases.en = ["Varn sailors", "Varn crews"]
aliases.zh = ["瓦恩水手"]

[[facts]]
id = "sailors-freed"
kind = "event"
date = 2025-07-01
source = ["¶18"]
text.en = "On 1 July Osk freed 12 Varn sailors it had been holding."
text.zh = "7月1日，奥斯克释放了此前扣押的12名瓦恩水手。"

[facts.values]
actor = "party-osk"
released = { value = 12, unit = "sailors" }
held = { value = 12, unit = "sailors" }
nationality = "party-varn-crews"

[lexicon.units.sailors]
en = ["sailor", "sailors"]
zh = ["水手", "名水手"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk freed 12 Varn sailors it had been holding.", "supported"),
        ("Osk freed the Varn sailors it had been holding.", "supported"),
        ("Varn freed 12 sailors it had been holding.", "refuted"),
    ],
)
def test_a_pronoun_before_a_verb_is_its_doer(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the Varn sailors it had been holding": "it" holds them, so the sailors, named just
    before, are not made the doers of "holding" (a role the fact gives Osk), which had left
    them unbacked; "Varn freed …" still puts Varn in Osk's place."""
    assert_verdict(own(RIVER_SAILORS).check(claim), expected)


RIVER_ENVOYS = (
    _river(_VARN, _LUME)
    + """[[facts]]
id = "party-lume-guard"
kind = "party"
part_of = "party-lume"
source = ["¶19"]
text.en = "The Lume Guard, Lume's river police."
text.zh = "鲁姆卫队，鲁姆的河道警察。"
aliases.en = ["Lume Guard", "the Lume Guard"]
aliases.zh = ["鲁姆卫队"]

[[facts]]
id = "party-varn-bureau"
kind = "party"
part_of = "party-varn"
source = ["¶19"]
text.en = "The Varn Bureau, Varn's water agency."
text.zh = "瓦恩局，瓦恩的水务机构。"
aliases.en = ["Varn Bureau", "the Varn Bureau"]
aliases.zh = ["瓦恩局"]

[[facts]]
id = "person-dax"
kind = "person"
source = ["¶19"]
text.en = "Dax Holm, head of the Lume Guard."
text.zh = "达克斯·霍尔姆，鲁姆卫队负责人。"
aliases.en = ["Dax Holm", "Holm"]
aliases.zh = ["达克斯·霍尔姆", "霍尔姆"]

[facts.values]
office = "head of the Lume Guard"
affiliation = "party-lume-guard"

[[facts]]
id = "person-eli"
kind = "person"
source = ["¶19"]
text.en = "Eli Sand, director of the Varn Bureau."
text.zh = "伊莱·桑德，瓦恩局局长。"
aliases.en = ["Eli Sand", "Sand"]
aliases.zh = ["伊莱·桑德", "桑德"]

[facts.values]
office = "Varn Bureau director"
affiliation = "party-varn-bureau"

[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶19"]
text.en = "Tarn, a river town."
text.zh = "塔恩，一座河边小镇。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[[facts]]
id = "tarn-meeting"
kind = "event"
date = 2025-08-03
source = ["¶19"]
text.en = "On 3 August Sand met the head of the Lume Guard in Tarn."
text.zh = "8月3日，桑德在塔恩会见了鲁姆卫队负责人。"

[facts.values]
actor = "person-eli"
participants = ["party-varn", "party-lume"]
negotiators = ["person-eli", "person-dax"]
place = ["place-tarn"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Lume Guard's chief met Eli Sand in Tarn.", "supported"),
        ("The Lume Guard's chief met Eli Sand on 4 August.", "refuted"),
    ],
)
def test_another_actors_own_fact_gives_no_role_in_the_deed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Sand's own fact says whom he belongs to (the Varn Bureau); it says nothing of who met
    him, so it does not put the Lume Guard "in another role" than meeting. It had left the
    Guard unbacked."""
    assert_verdict(own(RIVER_ENVOYS).check(claim), expected)


RIVER_TALKS_FAILED = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "spring-talks"
kind = "round"
start = 2025-04-01
end = 2025-04-09
source = ["¶20"]
text.en = "The spring talks between Varn and Osk came to nothing."
text.zh = "瓦恩与奥斯克的春季谈判无果而终。"
aliases.en = ["spring talks"]
aliases.zh = ["春季谈判"]

[facts.values]
participants = ["party-varn", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The spring talks between Varn and Osk ended without any result.", "supported"),
        ("The spring talks between Varn and Osk ended with an agreement.", "not_enough_info"),
    ],
)
def test_without_any_result_is_a_failure(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "ended without any result" is the lexicon's `fail` ("came to nothing"); "result"
    had been a word no fact held."""
    assert_verdict(own(RIVER_TALKS_FAILED).check(claim), expected)


WATER_PLAN = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "water-plan"
kind = "document"
date = 2025-03-02
source = ["¶20"]
text.en = "The water plan Varn and Osk signed on 2 March shares the river out in four stages."
text.zh = "瓦恩与奥斯克3月2日签署的水资源方案，分四个阶段分配河水。"
aliases.en = ["water plan"]
aliases.zh = ["水资源方案"]

[facts.values]
participants = ["party-varn", "party-osk"]
count = { value = 4, unit = "phases" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The water plan sets out four stages.", "supported"),
        ("The water plan lays out three stages.", "refuted"),
        ("The water plan outlines a two-phase sharing of the river.", "refuted"),
        ("水资源方案把河水分成三个阶段分配。", "refuted"),
        ("水资源方案列明了四个阶段。", "supported"),
    ],
)
def test_words_that_only_say_what_a_document_contains_claim_nothing(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "sets out", "lays out", "outlines", 分成, 列明 say what a plan contains, as "consists
    of" does: the count after them is the claim, and no verb of the facts' is missing."""
    assert_verdict(own(WATER_PLAN).check(claim), expected)


WATER_REPLY = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "osk-reply"
kind = "statement"
date = 2025-04-09
source = ["¶21"]
text.en = "On 9 April Osk said its reply to the water plan was in line with the treaty of 1990."
text.zh = "4月9日，奥斯克称，它对水资源方案的答复与1990年条约相符。"
aliases.en = ["water plan", "treaty of 1990"]
aliases.zh = ["水资源方案", "1990年条约"]

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("奥斯克称，它对水资源方案的答复与1990年条约一致。", "supported"),
        ("奥斯克称，它对水资源方案的答复与1990年条约保持一致。", "supported"),
        ("奥斯克称，它对水资源方案的答复与1990年条约不一致。", "refuted"),
    ],
)
def test_yizhi_alone_says_a_thing_is_in_line_with_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """一致 alone ("与条约一致") is the lexicon's `consistent`, as 相一致 is; 达成一致 and
    一致通过 stay agreement and unanimity, being longer."""
    assert_verdict(own(WATER_REPLY).check(claim), expected)


WATER_PLAN_ORIGIN = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "water-plan-origin"
kind = "statement"
date = 2025-03-02
source = ["¶22"]
text.en = "Osk said the water plan came out of three years of talks with Varn."
text.zh = "奥斯克称，水资源方案出自与瓦恩三年的谈判。"
aliases.en = ["water plan"]
aliases.zh = ["水资源方案"]

[facts.values]
actor = "party-osk"

[[facts]]
id = "water-plan-signed"
kind = "event"
date = 2025-03-02
source = ["¶22"]
text.en = "Osk and Varn signed the water plan after three years of talks."
text.zh = "奥斯克与瓦恩在三年谈判之后签署了水资源方案。"
aliases.en = ["water plan"]
aliases.zh = ["水资源方案"]

[facts.values]
participants = ["party-osk", "party-varn"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk said the water plan was the product of three years of talks with Varn.", "supported"),
        ("Osk said the water plan grew out of three years of talks with Varn.", "supported"),
        ("Osk said the water plan was the product of three years of fighting with Varn.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_synonym_of_several_words_in_a_facts_english_text(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "came out of" in a fact's English words is a member of the lexicon's group with
    "product of" and "grew out of": the fact holds the group, as for one-word members."""
    assert_verdict(own(WATER_PLAN_ORIGIN).check(claim), expected)


RIVER_TRUCE_REACHED = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "river-truce"
kind = "event"
date = 2025-05-05
source = ["¶23"]
text.en = "On 5 May Osk and Varn reached a truce on the river."
text.zh = "5月5日，奥斯克与瓦恩在河上达成停火。"
aliases.en = ["river truce"]
aliases.zh = ["河上停火"]

[facts.values]
participants = ["party-osk", "party-varn"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 5 May Osk and Varn reached a truce agreement.", "supported"),
        ("Osk and Varn struck a truce deal on 5 May.", "supported"),
        ("奥斯克与瓦恩于5月5日达成停火协议。", "supported"),
        ("On 6 May Osk and Varn reached a truce agreement.", "refuted"),
        ("Osk and Varn signed a truce agreement on 5 May.", "not_enough_info"),
    ],
)
def test_an_agreement_noun_after_what_was_reached_names_its_agreement(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "reached a truce agreement", 达成停火协议: with a backed verb of reaching before them,
    "agreement", "deal", 协议 after a ceasefire word name the agreement on it (the lexicon's
    `[agreements]`); a verb the facts do not give ("signed") leaves the claim open."""
    assert_verdict(own(RIVER_TRUCE_REACHED).check(claim), expected)


RIVER_MINISTER = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "person-dov"
kind = "person"
source = ["¶24"]
text.en = "Dov Reed, Varn's water minister."
text.zh = "多夫·里德，瓦恩的水利部长。"
aliases.en = ["Dov Reed", "Reed"]
aliases.zh = ["多夫·里德", "里德"]

[facts.values]
office = "water minister"
nationality = "party-varn"

[[facts]]
id = "reed-photo"
kind = "publication"
source = ["caption 1"]
text.en = "Photo: Dov Reed speaks in Varn."
text.zh = "图为多夫·里德在瓦恩讲话。"

[facts.values]
pictured = ["person-dov"]

[[facts]]
id = "reed-visits-osk"
kind = "event"
date = 2025-06-03
source = ["¶24"]
text.en = "On 3 June Dov Reed went to Osk for talks on the dam."
text.zh = "6月3日，多夫·里德前往奥斯克，就大坝举行会谈。"

[facts.values]
actor = "person-dov"
place = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Dov Reed serves as Varn's defence minister.", "refuted"),
        ("Dov Reed served as water minister.", "supported"),
        ("多夫·里德担任瓦恩的国防部长。", "refuted"),
        ("On 3 June Dov Reed went to Osk in his capacity as water minister.", "supported"),
        ("On 3 June Dov Reed went to Osk in his capacity as defence minister.", "refuted"),
    ],
)
def test_serves_as_and_in_his_capacity_as_say_what_one_is(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "serves as", 担任 say what one is, as "is" does: another office than the person's
    own is refuted, whichever fact names them; "in his capacity as" claims nothing more
    than the office after it."""
    assert_verdict(own(RIVER_MINISTER).check(claim), expected)


RIVER_FIRE = (
    _river(_VARN)
    + """[[facts]]
id = "mill-fire"
kind = "event"
date = 2025-08-14
source = ["¶25"]
text.en = "On 14 August a fire broke out in the Varn river mill."
text.zh = "8月14日，瓦恩河边的磨坊起火。"
aliases.en = ["mill fire", "river mill"]
aliases.zh = ["磨坊火灾", "磨坊"]

[[facts]]
id = "mill-fire-crews"
kind = "count"
part_of = "mill-fire"
source = ["¶25"]
text.en = "About 60 firefighters fought the fire at the river mill."
text.zh = "约60名消防员扑救了磨坊的火灾。"
aliases.en = ["firefighters"]
aliases.zh = ["消防员"]

[facts.values]
count = { value = 60, unit = "firefighters", approx = "about" }

[lexicon.units.firefighters]
en = ["firefighter", "firefighters"]
zh = ["消防员", "名消防员"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("About 60 firefighters battled the blaze at the river mill.", "supported"),
        ("Some 600 firefighters battled the flames at the river mill.", "refuted"),
        ("约600名消防员扑救了磨坊的大火。", "refuted"),
    ],
)
def test_flames_and_a_blaze_are_the_fire_and_battling_it_is_fighting_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The lexicon's synonym groups: "flames", "blaze", 大火 are the fire; "battled",
    "tackled" are "fought": the count of those who fought it is then the claim's."""
    assert_verdict(own(RIVER_FIRE).check(claim), expected)


WATER_PHASES = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "water-plan-stages"
kind = "document"
source = ["¶26"]
text.en = "The water plan of Varn and Osk, in two stages."
text.zh = "瓦恩与奥斯克的水资源方案，分两个阶段。"
aliases.en = ["water plan"]
aliases.zh = ["水资源方案"]

[facts.values]
count = { value = 2, unit = "phases" }

[[facts]]
id = "water-stage-1"
kind = "phase"
part_of = "water-plan-stages"
source = ["¶26"]
text.en = "Stage one: Osk halts work on the dam."
text.zh = "第一阶段：奥斯克停止大坝施工。"
aliases.en = ["stage one", "first stage"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1
actor = ["party-osk"]

[[facts]]
id = "water-stage-2"
kind = "phase"
part_of = "water-plan-stages"
source = ["¶26"]
text.en = "Stage two: Varn frees the Osk barges it has been holding."
text.zh = "第二阶段：瓦恩释放扣押的奥斯克驳船。"
aliases.en = ["stage two", "second stage"]
aliases.zh = ["第二阶段"]

[facts.values]
ordinal = 2
actor = ["party-varn"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In stage one Osk halts work on the dam, and Varn frees the Osk barges.", "refuted"),
        ("第一阶段，奥斯克停止大坝施工，瓦恩释放扣押的奥斯克驳船。", "refuted"),
        ("In stage one Osk halts work on the dam, and in stage two Varn frees the Osk barges.", "supported"),
        ("In stage one Osk halts work on the dam, and after it Varn frees the Osk barges.", "not_enough_info"),
        ("第二阶段，瓦恩释放扣押的奥斯克驳船。", "supported"),
    ],
)  # fmt: skip
def test_a_stage_said_first_frames_the_statements_after_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "In stage one X, and Y": the stage said at the head frames Y too; Y the facts put in
    stage two is refuted by its own stage. Y with a stage of its own, or after an order
    word ("after it"), is not framed."""
    assert_verdict(own(WATER_PHASES).check(claim), expected)


WATER_TALKS = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "water-talks"
kind = "round"
date = 2025-09-01
source = ["¶27"]
text.en = "On 1 September Varn and Osk held water talks in Tarn; they ended without agreement."
text.zh = "9月1日，瓦恩与奥斯克在塔恩举行水资源会谈，未达成一致。"
aliases.en = ["water talks"]
aliases.zh = ["水资源会谈"]

[facts.values]
participants = ["party-varn", "party-osk"]

[[facts]]
id = "water-talks-dispute-sluices"
kind = "event"
date = 2025-09-01
part_of = "water-talks"
source = ["¶27"]
text.en = "At the water talks the sides disagreed on the sluice schedule."
text.zh = "水资源会谈中，双方在水闸时间表上存在分歧。"
aliases.en = ["sluice schedule", "sticking point", "disagreement"]
aliases.zh = ["水闸时间表", "分歧"]

[[facts]]
id = "water-talks-dispute-dredging"
kind = "event"
date = 2025-09-01
part_of = "water-talks"
source = ["¶27"]
text.en = "At the water talks the sides disagreed on the dredging costs."
text.zh = "水资源会谈中，双方在疏浚费用上存在分歧。"
aliases.en = ["dredging costs", "sticking point", "disagreement"]
aliases.zh = ["疏浚费用", "分歧"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sticking points at the water talks included the sluice schedule and the dredging costs.", "supported"),
        ("水资源会谈的分歧包括水闸时间表和疏浚费用。", "supported"),
        ("Sticking points at the water talks included the sluice schedule and the fishing quotas.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_list_whose_items_are_facts_of_one_family(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the sticking points included A and B", 分歧包括A和B: each item a fact of its own
    in the family of the statement's fact is backed by the one that backs it and all that
    is said before the list; an item no such fact backs leaves the claim open."""
    assert_verdict(own(WATER_TALKS).check(claim), expected)


WATER_BARGES = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "barge-dispute"
kind = "event"
date = 2025-09-02
source = ["¶28"]
text.en = "On 2 September Varn and Osk disagreed on whether Osk would free the Varn barges."
text.zh = "9月2日，瓦恩与奥斯克在奥斯克是否释放瓦恩驳船的问题上存在分歧。"
aliases.en = ["disagreement", "sticking point"]
aliases.zh = ["分歧"]

[facts.values]
participants = ["party-varn", "party-osk"]
sticking_points = ["whether Osk would free the Varn barges"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn and Osk disagreed on whether Osk would free the Varn barges.", "supported"),
        ("瓦恩与奥斯克在奥斯克是否释放瓦恩驳船的问题上存在分歧。", "supported"),
        ("Osk freed the Varn barges on 2 September.", "not_enough_info"),
    ],
)
def test_a_verb_under_whether_is_asked_not_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "whether Osk would free the barges", 是否释放: a verb under "whether" is what was in
    question (a word of the lexicon's `wishes`), backed by a fact that asks it too, never
    as done."""
    assert_verdict(own(WATER_BARGES).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk was not at the negotiating table at the water talks.", "refuted"),
        ("Varn and Osk sat at the table at the water talks.", "supported"),
        ("瓦恩与奥斯克在水资源会谈中坐上谈判桌。", "supported"),
        ("Lume was at the table at the water talks.", "not_enough_info"),
    ],
)
def test_at_the_table_is_taking_part(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "at the (negotiating) table", 坐上谈判桌 are words of the lexicon's `attend`: who sat
    there is checked against those who took part."""
    assert_verdict(own(WATER_TALKS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 5 May Osk and Varn were not able to reach a truce.", "refuted"),
        ("On 5 May Osk and Varn weren't able to reach a truce.", "refuted"),
        ("On 5 May Osk and Varn were able to reach a truce.", "not_enough_info"),
    ],
)
def test_not_able_to_is_a_denial(own: Callable[[str], Checker], claim: str, expected: str) -> None:
    """ "not able to", "weren't able to" deny the verb after them, as "unable to" does: the
    truce they reached contradicts it. "able to" alone stays a word to back (it says the
    deed was done, which an aim's words must not back)."""
    assert_verdict(own(RIVER_TRUCE_REACHED).check(claim), expected)


RIVER_TRUCE_DAYS = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "river-truce-days"
kind = "truce"
start = 2025-05-05
end = 2025-05-14
source = ["¶29"]
text.en = "The river truce between Osk and Varn lasted ten days in all, with one extension."
text.zh = "奥斯克与瓦恩的河上停火共持续十天，其间延长过一次。"
aliases.en = ["river truce"]
aliases.zh = ["河上停火"]

[facts.values]
participants = ["party-osk", "party-varn"]
duration = { value = 10, unit = "days", parts = [6, 4] }
initial_duration = { value = 6, unit = "days" }
extensions = [{ value = 4, unit = "days" }]

[[facts]]
id = "river-truce-first-days"
kind = "event"
start = 2025-05-05
end = 2025-05-10
part_of = "river-truce-days"
source = ["¶29"]
text.en = "Osk and Varn first agreed the river truce for six days."
text.zh = "奥斯克与瓦恩最初约定河上停火六天。"
aliases.en = ["first agreed"]
aliases.zh = ["约定", "最初约定"]

[facts.values]
duration = { value = 6, unit = "days" }
"""
)


def test_a_part_said_before_a_total_is_not_refuted_by_the_total(
    own: Callable[[str], Checker],
) -> None:
    """ "先约定六天，合计十天": the amount after a word for a total is the whole's length, so
    the part said before it is not contradicted by the whole's ten days (it had been: a
    true claim refuted); a part no figure of the truce gives still is."""
    checker = own(RIVER_TRUCE_DAYS)
    assert checker.check("河上停火先约定六天，合计十天。").verdict != "refuted"
    assert_verdict(checker.check("河上停火先约定七天，合计十天。"), "refuted")


WATER_TALKS_LUME = (
    WATER_TALKS.replace("format = 1\n", "format = 1\n" + _LUME, 1)
    + """
[[facts]]
id = "fishing-talks"
kind = "round"
date = 2025-03-03
source = ["¶30"]
text.en = "On 3 March Lume and Osk held fishing talks."
text.zh = "3月3日，鲁姆与奥斯克举行渔业会谈。"
aliases.en = ["fishing talks"]
aliases.zh = ["渔业会谈"]

[facts.values]
participants = ["party-lume", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The water talks were held in Tarn on 1 September, and Lume also attended.", "not_enough_info"),
        ("水资源会谈9月1日在塔恩举行，鲁姆也出席了会谈。", "not_enough_info"),
    ],
)  # fmt: skip
def test_also_puts_a_statement_in_the_event_before_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "…, and Lume also attended", 鲁姆也出席了: a statement with "also"/也 and no day,
    number, series member or place of its own is of the event said before it, whose facts
    do not have Lume there; another meeting that had Lume does not back it."""
    assert_verdict(own(WATER_TALKS_LUME).check(claim), expected)


def test_a_framed_statements_correction_names_its_stage(own: Callable[[str], Checker]) -> None:
    """The correction names the stage the facts put the statement in by the stage's own
    name in the claim's language ("stage two", 第二阶段), not by its bare ordinal."""
    checker = own(WATER_PHASES)
    en = checker.check("In stage one Osk halts work on the dam, and Varn frees the Osk barges.")
    zh = checker.check("第一阶段，奥斯克停止大坝施工，瓦恩释放扣押的奥斯克驳船。")
    assert [c.actual for c in en.corrections] == ["stage two"]
    assert [c.actual for c in zh.corrections] == ["第二阶段"]


RIVER_AIMED = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "tarn-talks"
kind = "round"
start = 2025-06-02
end = 2025-06-05
source = ["¶31"]
text.en = "From 2 to 5 June Varn and Osk met in Tarn; the talks aimed at a new truce on the river but produced nothing."
text.zh = "6月2日至5日，瓦恩与奥斯克在塔恩会谈，想促成河上的新停火，但没有结果。"
aliases.en = ["Tarn talks"]
aliases.zh = ["塔恩会谈"]

[facts.values]
participants = ["party-varn", "party-osk"]
outcome = "failed"

[[facts]]
id = "tarn-aim-bridge"
kind = "aim"
part_of = "tarn-talks"
source = ["¶31"]
text.en = "One aim of the Tarn talks: a joint bridge over the river."
text.zh = "塔恩会谈的目标之一：在河上共建一座桥。"
aliases.en = ["joint bridge"]
aliases.zh = ["共建桥梁"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tarn talks ended with a new truce on the river.", "not_enough_info"),
        ("塔恩会谈促成了河上的新停火。", "not_enough_info"),
        ("The Tarn talks produced a joint bridge over the river.", "not_enough_info"),
        ("The Tarn talks aimed at a new truce on the river.", "supported"),
        ("Varn and Osk sought a new truce at the Tarn talks.", "supported"),
        ("塔恩会谈想促成河上的新停火。", "supported"),
        ("On 2 June Varn and Osk met in Tarn for truce talks.", "supported"),
        ("One goal of the Tarn talks was a joint bridge.", "supported"),
    ],
)
def test_what_was_sought_backs_only_a_claim_that_says_it_was_sought(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A thing a fact's words name only after a word of aiming ("aimed at a new truce",
    想促成; the lexicon's `seeks`), or in a fact of kind `aim`, was sought, not had: it
    backs a claim that says it was sought, a goal or talks about it ("truce talks"), never
    one that says it came about."""
    assert_verdict(own(RIVER_AIMED).check(claim), expected)


DAM_PLAN = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "dam-plan"
kind = "document"
source = ["¶32"]
text.en = "The dam plan of Varn and Osk, in two stages."
text.zh = "瓦恩与奥斯克的大坝方案，分两个阶段。"
aliases.en = ["dam plan"]
aliases.zh = ["大坝方案"]

[[facts]]
id = "dam-stage-1"
kind = "phase"
part_of = "dam-plan"
source = ["¶32"]
text.en = "Stage one: a full and complete halt to work on the dam; Osk withdraws its guards from the border posts."
text.zh = "第一阶段：大坝全面、彻底停工；奥斯克从边境哨所撤出守卫。"
aliases.en = ["stage one", "full and complete halt"]
aliases.zh = ["第一阶段", "全面彻底停工"]

[facts.values]
ordinal = 1

[[facts]]
id = "dam-stage-1-guards"
kind = "provision"
part_of = "dam-stage-1"
source = ["¶32"]
text.en = "In stage one, Osk must withdraw its guards from the border posts."
text.zh = "第一阶段中，奥斯克要从边境哨所撤出守卫。"
aliases.en = ["guards withdrawn"]
aliases.zh = ["撤出守卫"]

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Under the plan, Osk's complete withdrawal from the border posts comes in stage one.", "not_enough_info"),
        ("第一阶段中，奥斯克将从边境哨所彻底撤离。", "not_enough_info"),
        ("Under the plan, Osk's withdrawal from the border posts comes in stage one.", "supported"),
        ("第一阶段中，奥斯克将从边境哨所撤离。", "supported"),
        ("Stage one includes a full and complete halt to work on the dam.", "supported"),
    ],
)  # fmt: skip
def test_a_word_of_wholeness_is_said_of_the_deed_it_stands_before(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "a complete withdrawal", 彻底撤离: a word of wholeness right before a deed says the
    deed was whole. The stage's "full and complete halt" (its own words, and the name
    its provision inherits from it) does not back it; the stage's halt itself is."""
    assert_verdict(own(DAM_PLAN).check(claim), expected)


RIVER_BLOCKADE = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "river-talks-fail"
kind = "event"
date = 2025-03-01
source = ["¶33"]
text.en = "On 1 March the river talks between Varn and Osk failed."
text.zh = "3月1日，瓦恩与奥斯克的河流谈判破裂。"
aliases.en = ["river talks"]
aliases.zh = ["河流谈判"]

[facts.values]
participants = ["party-varn", "party-osk"]

[[facts]]
id = "varn-blockade"
kind = "event"
date = 2025-03-10
source = ["¶33"]
text.en = "On 10 March Varn began a blockade of the river."
text.zh = "3月10日，瓦恩开始封锁河道。"
aliases.en = ["blockade"]
aliases.zh = ["封锁河道"]

[facts.values]
actor = "party-varn"

[[facts]]
id = "osk-evacuation"
kind = "event"
after = ["varn-blockade"]
source = ["¶33"]
text.en = "Some time after the blockade began, Osk evacuated the river villages."
text.zh = "封锁开始后一段时间，奥斯克撤离了沿河村庄。"
aliases.en = ["evacuation"]
aliases.zh = ["撤离村庄"]

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("By the time Varn began its blockade, the river talks had already failed.", "supported"),
        ("When the river talks failed, Varn had already begun a blockade of the river.", "refuted"),
        ("When the river talks failed, Varn had not yet begun a blockade of the river.", "supported"),
        ("河流谈判破裂时，瓦恩已经开始封锁河道。", "refuted"),
        ("河流谈判破裂时，瓦恩尚未开始封锁河道。", "supported"),
        ("When Varn began its blockade, Osk had already evacuated the river villages.", "refuted"),
    ],
)  # fmt: skip
def test_already_and_not_yet_set_a_deed_against_the_time_a_frame_names(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "By the time X, Y had already …", X时Y已经…: Y's event, another than X's, came no
    later than X; "not yet", 尚未: it came after. By the facts' days, or by their `after`
    links where one is not dated."""
    assert_verdict(own(RIVER_BLOCKADE).check(claim), expected)


RIVER_VOTE = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "river-council-vote"
kind = "vote"
date = 2025-07-07
source = ["¶34"]
text.en = "The river council's vote on the water accord: four in favour and one abstention; the accord was adopted."
text.zh = "河流理事会对水资源协议的表决：4票赞成、1票弃权，协议获得通过。"
aliases.en = ["water accord", "vote"]
aliases.zh = ["水资源协议", "表决"]

[facts.values]
for = 4
abstain = 1
abstainers = ["party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The water accord was not adopted unanimously.", "supported"),
        ("The water accord was adopted unanimously.", "refuted"),
        ("The water accord was adopted.", "supported"),
    ],
)
def test_a_denial_before_a_verb_and_its_manner_denies_the_manner(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "not adopted unanimously": the accord was adopted, only not unanimously, so a vote
    with an abstention backs it (it had been refuted, the adoption read as denied)."""
    assert_verdict(own(RIVER_VOTE).check(claim), expected)


GUARD_PLAN = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "guard-plan"
kind = "document"
source = ["¶35"]
text.en = "The guard plan of Varn and Osk, in two stages."
text.zh = "瓦恩与奥斯克的守卫方案，分两个阶段。"
aliases.en = ["guard plan"]
aliases.zh = ["守卫方案"]

[[facts]]
id = "guard-stage-1"
kind = "phase"
part_of = "guard-plan"
source = ["¶35"]
text.en = "Stage one: a halt to patrols on the river."
text.zh = "第一阶段：停止河上巡逻。"
aliases.en = ["stage one"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1

[[facts]]
id = "guard-stage-1-towns"
kind = "provision"
part_of = "guard-stage-1"
source = ["¶35"]
text.en = "In stage one, Osk must withdraw its guards from the river towns."
text.zh = "第一阶段中，奥斯克要从沿河城镇撤出守卫。"
aliases.en = ["withdrawal from the towns"]
aliases.zh = ["撤出城镇"]

[facts.values]
actor = "party-osk"

[[facts]]
id = "guard-stage-2"
kind = "phase"
part_of = "guard-plan"
source = ["¶35"]
text.en = "Stage two: Osk makes a full withdrawal of its guards from the river."
text.zh = "第二阶段：奥斯克从河上全部撤出守卫。"
aliases.en = ["stage two"]
aliases.zh = ["第二阶段"]

[facts.values]
ordinal = 2
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In stage one Osk withdraws its guards completely.", "refuted"),
        ("第一阶段，奥斯克全部撤出守卫。", "refuted"),
        ("In stage two Osk withdraws its guards completely.", "supported"),
        ("In stage one Osk withdraws its guards from the river towns.", "supported"),
    ],
)
def test_a_whole_deed_put_in_the_wrong_stage_is_refuted_by_its_own(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "In stage one Osk withdraws completely": only stage two's words say the withdrawal
    was whole, so stage two's place refutes the stage the claim names, though the fact
    that backs the withdrawal in stage one is a provision of stage one, not a sibling of
    stage two. Open before."""
    assert_verdict(own(GUARD_PLAN).check(claim), expected)


def test_the_word_of_wholeness_is_shown_with_the_stage_that_refutes(
    own: Callable[[str], Checker],
) -> None:
    """The refuted claim's "completely" is accounted by the stage whose words say the deed
    whole, so its account shows no open word."""
    result = own(GUARD_PLAN).check("In stage one Osk withdraws its guards completely.")
    (word,) = [a for a in result.assertions if a.text == "completely"]
    assert (word.status, word.fact) == ("supported", "guard-stage-2")


RIVER_BROKERS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "person-ada"
kind = "person"
source = ["¶1"]
text.en = "Ada, Varn's envoy."
text.zh = "阿达，瓦恩的特使。"
aliases.en = ["Ada"]
aliases.zh = ["阿达"]

[[facts]]
id = "person-boan"
kind = "person"
source = ["¶1"]
text.en = "Boan, Lume's envoy."
text.zh = "博安，鲁姆的特使。"
aliases.en = ["Boan"]
aliases.zh = ["博安"]

[[facts]]
id = "river-round-2"
kind = "event"
date = 2025-03-02
source = ["¶3"]
text.en = "The second round of river talks, brokered by Varn and Lume and led by their envoys Ada and Boan; Osk took part in the talks too."
text.zh = "第二轮河流谈判由瓦恩和鲁姆斡旋，由特使阿达与博安主持；奥斯克也参加了磋商。"
aliases.en = ["second round", "round two"]
aliases.zh = ["第二轮谈判", "第二轮"]

[facts.values]
ordinal = 2
mediators = ["party-varn", "party-lume"]
negotiators = ["person-ada", "person-boan"]
participants = ["party-varn", "party-lume", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("第二轮谈判由瓦恩和鲁姆两国斡旋。", "supported"),
        ("Varn and Lume, the two states, brokered the second round.", "supported"),
        ("阿达和博安两人参加了第二轮谈判。", "supported"),
        ("第二轮谈判由瓦恩和鲁姆三国斡旋。", "not_enough_info"),
        ("第二轮谈判由瓦恩和鲁姆两人斡旋。", "not_enough_info"),
    ],
)
def test_a_count_right_after_a_list_says_how_many_were_named(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """瓦恩和鲁姆两国, "Varn and Lume, the two states": the count restates the list and is
    accounted by it (it had been left open, so true claims were not_enough_info); a count
    of another number, or in a unit the names are not (两人 of states), is not."""
    assert_verdict(own(RIVER_BROKERS).check(claim), expected)


RIVER_PLAN_ORIGIN = (
    RIVER_BROKERS
    + """
[[facts]]
id = "river-plan-origin"
kind = "statement"
source = ["¶4"]
text.en = "Ada said the new plan came out of talks between Varn, Lume and Osk."
text.zh = "阿达称，新方案出自瓦恩、鲁姆和奥斯克之间的磋商。"
aliases.en = ["new plan"]
aliases.zh = ["新方案"]

[facts.values]
speaker = "person-ada"
participants = ["party-varn", "party-lume", "party-osk"]
"""
)


def test_merely_before_a_deed_is_a_word_of_only(own: Callable[[str], Checker]) -> None:
    """只是 ("merely"): a word of "only", so talks of three are not merely two's; it had
    been read into the name before it (新方案只), left open, and the claim not judged."""
    result = own(RIVER_PLAN_ORIGIN).check("阿达称，新方案只是瓦恩和鲁姆之间磋商的结果。")
    assert_verdict(result, "refuted")


RIVER_TRUCE_AIMS = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "osk-truce-position"
kind = "position"
source = ["¶5"]
text.en = "In the river talks Osk has held out for a ceasefire that would lapse after a season."
text.zh = "在河流谈判中，奥斯克坚持要一个一季之后就失效的停火。"
aliases.en = ["Osk's position"]
aliases.zh = ["奥斯克的立场"]

[facts.values]
actor = "party-osk"
demand = "temporary ceasefire"

[[facts]]
id = "varn-truce-position"
kind = "position"
source = ["¶5"]
text.en = "Varn has called for a ceasefire with no end date."
text.zh = "瓦恩呼吁达成没有终止日期的停火。"
aliases.en = ["Varn's position"]
aliases.zh = ["瓦恩的立场"]

[facts.values]
actor = "party-varn"
demand = "permanent ceasefire"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk's goal in the river talks is a permanent ceasefire.", "refuted"),
        ("Osk seeks a permanent ceasefire.", "refuted"),
        ("奥斯克追求的是永久停火。", "refuted"),
        ("奥斯克寻求暂时停火。", "supported"),
        ("Varn seeks a permanent ceasefire.", "supported"),
        ("瓦恩寻求暂时停火。", "refuted"),
    ],
)
def test_a_quality_of_what_an_actor_seeks_is_judged_by_its_demand(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Osk seeks a permanent ceasefire": the actor's `demand` types what it seeks, so the
    opposite quality is refuted and the same one backed, whatever the fact's own words say
    (these say neither "permanent" nor "temporary")."""
    result = own(RIVER_TRUCE_AIMS).check(claim)
    assert_verdict(result, expected)
    if expected == "refuted":
        assert any(c.field == "values.demand" for c in result.corrections)


def test_a_stance_against_seeking_is_not_what_is_sought(own: Callable[[str], Checker]) -> None:
    """ "opposes any push for a permanent ceasefire": the seeking is the object of a stance,
    not the actor's own, so its demand for a temporary one does not refute it."""
    result = own(RIVER_TRUCE_AIMS).check("Osk opposes any push for a permanent ceasefire.")
    assert result.verdict != "refuted", [(a.text, a.status) for a in result.assertions]


RIVER_DELEGATES = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶6"]
text.en = "Tarn, a lakeside town."
text.zh = "塔恩，湖畔小城。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[[facts]]
id = "person-ada"
kind = "person"
source = ["¶6"]
text.en = "Ada, Varn's foreign minister."
text.zh = "阿达，瓦恩外交部长。"
aliases.en = ["Ada"]
aliases.zh = ["阿达"]

[facts.values]
office = "foreign minister of Varn"
country = "party-varn"

[[facts]]
id = "person-kel"
kind = "person"
source = ["¶6"]
text.en = "Kel, who heads Osk's water agency."
text.zh = "凯尔，奥斯克水务局局长。"
aliases.en = ["Kel"]
aliases.zh = ["凯尔"]

[facts.values]
office = "head of the Osk water agency"
country = "party-osk"

[[facts]]
id = "tarn-summit"
kind = "event"
date = 2025-05-04
source = ["¶6"]
text.en = "The river summit at Tarn, where Ada and Kel sat down for their two states."
text.zh = "塔恩河流峰会，阿达与凯尔分别代表两国出席。"
aliases.en = ["Tarn summit", "river summit"]
aliases.zh = ["塔恩峰会", "河流峰会"]
closed = ["negotiators"]

[facts.values]
place = ["place-tarn"]
participants = ["party-varn", "party-osk"]
negotiators = ["person-ada", "person-kel"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("At the Tarn summit, Osk was represented by its foreign minister.", "refuted"),
        ("在塔恩峰会上，奥斯克方面由外交部长出席。", "refuted"),
        ("At the Tarn summit, Varn was represented by its foreign minister.", "supported"),
        ("在塔恩峰会上，瓦恩方面由外交部长出席。", "supported"),
    ],
)
def test_the_office_a_side_sat_through_is_its_delegates(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Osk was represented by its foreign minister": the summit's closed `negotiators`
    name Osk's delegate, whose office is another, so the claim is refuted with theirs; the
    foreign minister who sat is Varn's (it had been backed by whoever at the summit held it,
    or left open)."""
    result = own(RIVER_DELEGATES).check(claim)
    assert_verdict(result, expected)
    if expected == "refuted":
        assert [c.actual for c in result.corrections] == ["head of the Osk water agency"]


@pytest.mark.parametrize(
    ("facts", "claim"),
    [
        ("open", "At the Tarn summit, Osk was represented by its foreign minister."),
        ("closed", "Osk's foreign minister praised the river accord."),
    ],
)
def test_an_office_of_a_side_is_not_refuted_without_a_closed_list_of_the_event(
    own: Callable[[str], Checker], facts: str, claim: str
) -> None:
    """An open list of delegates may leave out the one claimed, and a claim that names no
    event of the facts (its place, day or name) says nothing of who sat there."""
    text = (
        RIVER_DELEGATES.replace('closed = ["negotiators"]\n', "")
        if facts == "open"
        else RIVER_DELEGATES
    )
    result = own(text).check(claim)
    assert result.verdict != "refuted", [(a.text, a.status) for a in result.assertions]


_VARN_NAVY = """[[facts]]
id = "party-varn-navy"
kind = "party"
part_of = "party-varn"
source = ["¶1"]
text.en = "Varn's navy."
text.zh = "瓦恩海军。"
aliases.en = ["Varn's navy", "Varn navy"]
aliases.zh = ["瓦恩海军"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("When the river talks failed, Varn's navy had already begun a blockade of the river.", "refuted"),
        ("河流谈判破裂时，瓦恩海军已经开始封锁河道。", "refuted"),
        ("When the river talks failed, Osk had already begun a blockade of the river.", "refuted"),
        ("河流谈判破裂时，鲁姆海军已经开始封锁河道。", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_deed_said_of_a_part_of_its_actor_is_still_that_event_in_time(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Varn's navy had already begun a blockade": the blockade is Varn's, and its navy is
    part of Varn, so the deed is the blockade's fact and its later day refutes "already" (it
    had been left open, the navy backed by no fact). Osk began no blockade; Lume's navy, of a
    state the facts name but no part of Varn, names another."""
    text = RIVER_BLOCKADE.replace(_VARN, _VARN + "\n" + _LUME + "\n" + _VARN_NAVY, 1)
    assert_verdict(own(text).check(claim), expected)


RIVER_STANCE = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "osk-truce-terms"
kind = "position"
source = ["¶7"]
text.en = "Osk says a lasting end to the fighting is out of the question while its war goals are unmet."
text.zh = "奥斯克称，战争目标未达成时，长久结束战斗无从谈起。"
aliases.en = ["Osk's terms"]
aliases.zh = ["奥斯克的条件"]

[facts.values]
actor = "party-osk"
rejects = "permanent ceasefire before its war aims are achieved"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk could accept a permanent ceasefire before its war aims are achieved.", "refuted"),
        ("奥斯克表示，在其作战目标实现之前可以接受永久停火。", "refuted"),
        ("Osk rejects a permanent ceasefire before its war aims are achieved.", "supported"),
        ("奥斯克表示，作战目标实现之前，不可能同意永久停火。", "supported"),
        ("Osk would accept a permanent ceasefire after its war aims are achieved.", "not_enough_info"),
        ("According to Varn, Osk could accept a permanent ceasefire before its war aims are achieved.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_stance_on_a_thing_is_judged_by_the_actors_typed_stance(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Osk could accept a permanent ceasefire before its war aims are achieved": Osk's
    `rejects` holds that very thing under that very condition, so accepting it is refuted and
    rejecting it backed (the fact's words say neither verb). Under another condition, or in
    another's words ("according to Varn"), the field says nothing of it."""
    assert_verdict(own(RIVER_STANCE).check(claim), expected)


# The file docs/fact-format.md's "Writing a file on another topic" describes, bullet by bullet.
AUTHORING = """format = 1

[[facts]]
id = "place-tolima"
kind = "place"
source = ["¶1"]
text.en = "Tolima, a province."
text.zh = "托利马省。"
aliases.en = ["Tolima"]
aliases.zh = ["托利马"]

[[facts]]
id = "place-caldas"
kind = "place"
source = ["¶1"]
text.en = "Caldas, a province."
text.zh = "卡尔达斯省。"
aliases.en = ["Caldas"]
aliases.zh = ["卡尔达斯"]

[[facts]]
id = "place-armero"
kind = "place"
part_of = "place-tolima"
source = ["¶1"]
text.en = "Armero, a town in Tolima."
text.zh = "阿梅罗，托利马省的一座小镇。"
aliases.en = ["Armero"]
aliases.zh = ["阿梅罗"]

[[facts]]
id = "flood"
kind = "event"
source = ["¶2"]
text.en = "A mudflow buried the town of Armero and melted about 10 percent of the ice."
text.zh = "泥石流掩埋了阿梅罗镇。"
aliases.en = ["mudflow"]
aliases.zh = ["泥石流"]

[facts.values]
place = ["place-armero"]
year = 1985
killed = { value = 20000, unit = "people", approx = "more_than" }
injured = { value = 5000, unit = "people", approx = "about" }
share = { value = 10, unit = "percent", approx = "about" }

[fields.share]
type = "quantity"
en = "the share of the ice that melted"
zh = "融化比例"

[[facts]]
id = "person-omayra"
kind = "person"
source = ["¶3"]
text.en = "Omayra, a girl trapped in the mud at Armero for three days."
text.zh = "奥马伊拉，被困在阿梅罗泥浆中三天的女孩。"
aliases.en = ["Omayra"]
aliases.zh = ["奥马伊拉"]

[facts.values]
age = { value = 13, unit = "years" }
fate = "died"

[fields.age]
type = "quantity"
en = "the person's age at the time"
zh = "年龄"

[fields.fate]
type = "text"
en = "what became of the person"
zh = "结局"

[fields.injured]
type = "quantity"
en = "how many people were injured"
zh = "受伤人数"

[lexicon.predicates.die]
en = ["died", "die", "dies"]
zh = ["死亡", "遇难", "去世"]
fields = ["fate"]

[lexicon.predicates.survive]
en = ["survived", "survive"]
zh = ["幸存", "生还"]
fields = ["fate"]

[lexicon.predicates.injure]
en = ["injured", "injure", "hurt", "wounded"]
zh = ["受伤", "致伤"]
fields = ["injured"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The mudflow buried a town in Tolima.", "supported"),
        ("The mudflow buried a town in Caldas.", "refuted"),
        ("The mudflow buried Armero in 1985.", "supported"),
        ("The mudflow buried Armero in 1984.", "refuted"),
        ("The mudflow killed more than 20,000 people.", "supported"),
        ("The mudflow injured about 5,000 people.", "supported"),
        ("The mudflow injured about 9,000 people.", "refuted"),
        ("The mudflow melted about 20 percent of the ice.", "refuted"),
        ("The mudflow melted about 20% of the ice.", "refuted"),
        ("The mudflow melted 10% of the ice.", "supported"),
        ("Omayra was a 13-year-old girl.", "supported"),
        ("Omayra was a 15-year-old girl.", "refuted"),
        ("Omayra died.", "supported"),
        ("Omayra survived.", "refuted"),
    ],
)
def test_the_guidance_for_a_file_on_another_topic_holds(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """What docs/fact-format.md tells an author of a file on a disaster: places within
    places, a year alone, people killed and injured, a share, an age and a fate."""
    assert_verdict(own(AUTHORING).check(claim), expected)


LUNE_FERRY = """format = 1

[[facts]]
id = "party-lune"
kind = "party"
source = ["¶1"]
text.en = "The Lune, a river ferry."
text.zh = "吕讷号，一艘渡轮。"
aliases.en = ["Lune", "the Lune"]
aliases.zh = ["吕讷号"]

[facts.values]
type = "ferry"

[[facts]]
id = "lune-voyage"
kind = "event"
date = 2025-06-01
source = ["¶2"]
text.en = "The Lune's last voyage down the river, on 1 June."
text.zh = "吕讷号6月1日的最后一次航行。"
aliases.en = ["last voyage"]
aliases.zh = ["最后一次航行"]

[facts.values]
vehicle = "party-lune"

[[facts]]
id = "lune-crew"
kind = "count"
part_of = "lune-voyage"
source = ["¶2"]
text.en = "Twenty people worked the voyage."
text.zh = "这次航行有二十人当班。"
aliases.en = ["the crew"]
aliases.zh = ["船员"]

[facts.values]
crew = { value = 20, unit = "crew members" }

[[facts]]
id = "lune-officers"
kind = "count"
part_of = "lune-crew"
source = ["¶2"]
text.en = "Four of them were officers."
text.zh = "其中四人是高级船员。"
aliases.en = ["officers"]
aliases.zh = ["高级船员"]

[facts.values]
crew = { value = 4, unit = "crew members" }

[fields.crew]
type = "quantity"
en = "how many crew members were on board"
zh = "船员人数"

[fields.vehicle]
type = "ref"
en = "the vessel"
zh = "船只"

[lexicon.units."crew members"]
en = ["crew member", "crew members", "crew"]
zh = ["名船员", "船员"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Lune carried 20 crew members.", "supported"),
        ("The Lune carried 25 crew members.", "refuted"),
        ("吕讷号共搭载了25名船员。", "refuted"),
        ("Twenty-five crew members died.", "not_enough_info"),
    ],
)
def test_a_count_said_with_a_word_of_carrying_is_the_groups_whole_count(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The Lune carried 25 crew members": a count with a word of carrying and nothing else
    is the whole crew's, the count no other count of crew members is part of (not its four
    officers'), on the voyage whose vessel the Lune is. Another verb ("died") may count a
    part of them, so it is left open."""
    assert_verdict(own(LUNE_FERRY).check(claim), expected)


RIVER_NOTICE = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "osk-truce-2024"
kind = "event"
start = 2024-11-24
end = 2024-12-01
source = ["¶8"]
text.en = "A week-long pause in the fighting between Varn and Osk began on 24 November 2024."
text.zh = "瓦恩与奥斯克之间为期一周的暂停交火于2024年11月24日开始。"
aliases.en = ["pause", "truce"]
aliases.zh = ["暂停", "停火"]

[facts.values]
participants = ["party-varn", "party-osk"]

[[facts]]
id = "osk-truce-2024-start"
kind = "event"
date = 2024-11-24
part_of = "osk-truce-2024"
source = ["¶8"]
text.en = "The pause began on 24 November 2024."
text.zh = "暂停于2024年11月24日开始。"
aliases.en = ["pause began"]
aliases.zh = ["暂停开始"]

[[facts]]
id = "varn-pause-2025"
kind = "event"
start = 2025-06-15
source = ["¶9"]
text.en = "Varn's river pause, a daily halt to its patrols, which ran from 15 June 2025."
text.zh = "瓦恩的河上暂停：自2025年6月15日起每日停止巡逻。"
aliases.en = ["river pause", "pause"]
aliases.zh = ["河上暂停", "暂停"]

[facts.values]
actor = "party-varn"

[[facts]]
id = "varn-pause-2025-notice"
kind = "event"
date = 2025-06-16
part_of = "varn-pause-2025"
source = ["¶9"]
text.en = "Varn announced the river pause on 16 June 2025."
text.zh = "瓦恩于2025年6月16日宣布河上暂停。"
aliases.en = ["announcement"]
aliases.zh = ["宣布"]

[facts.values]
actor = "party-varn"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn announced the river pause a day after the pause began.", "supported"),
        ("Varn announced the river pause three days after the pause began.", "refuted"),
    ],
)
def test_a_side_that_names_again_what_the_other_named_is_its_whole(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "announced the river pause a day after the pause began": the second "pause" is the
    one announced, the whole the announcement is part of, not the other pause whose own
    start is a single day (which had been taken, and a true claim refuted)."""
    assert_verdict(own(RIVER_NOTICE).check(claim), expected)


RIVER_SPAN = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "winter-talks"
kind = "event"
start = 2024-12-28
end = 2025-01-24
source = ["¶10"]
text.en = "Varn and Osk held winter talks on the river from 28 December 2024 to 24 January 2025."
text.zh = "瓦恩与奥斯克于2024年12月28日至2025年1月24日举行冬季河流谈判。"
aliases.en = ["winter talks"]
aliases.zh = ["冬季谈判"]

[facts.values]
participants = ["party-varn", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The winter talks lasted 27 days.", "supported"),
        ("The winter talks lasted 28 days.", "supported"),
        ("The winter talks lasted just under four weeks.", "supported"),
        ("The winter talks lasted 26 days.", "refuted"),
        ("The winter talks ended 27 days after they began.", "supported"),
        ("The winter talks ended 20 days after they began.", "refuted"),
    ],
)
def test_a_period_from_its_first_to_its_last_day_is_counted_either_way(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """28 December to 24 January is 27 days from one day to the other and 28 counting both:
    either backs a claim (27 had been refuted), and "ended … after they began" is the
    period's own start to its end, not another event's start."""
    assert_verdict(own(RIVER_SPAN).check(claim), expected)


RIVER_ABSTAIN = (
    RIVER_VOTE
    + """
[[facts]]
id = "osk-abstains"
kind = "position"
date = 2025-07-07
part_of = "river-council-vote"
source = ["¶34"]
text.en = "Osk abstained on the water accord rather than voting for it, the only member state to do so."
text.zh = "奥斯克在水资源协议表决中没有投赞成票，而是投了弃权票，是唯一弃权的成员国。"
aliases.en = ["Osk abstains"]
aliases.zh = ["奥斯克弃权"]

[facts.values]
actor = "party-osk"
vote = "abstain"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("没有成员国投了赞成票。", "not_supported"),
        ("奥斯克没有投赞成票。", "supported"),
    ],
)
def test_a_denial_of_one_actor_does_not_back_it_of_a_whole_group(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """没有成员国投了赞成票 ("no member voted for it"): the fact denies it of Osk alone, while
    four voted for the accord; it had backed the claim, a false support."""
    verdict = own(RIVER_ABSTAIN).check(claim).verdict
    assert (verdict != "supported") if expected == "not_supported" else verdict == expected


SHIP_OWNER = """format = 1

[[facts]]
id = "party-marla"
kind = "party"
source = ["¶1"]
text.en = "The Marla, a cargo ship owned by Tern Lines and run by Gull Shipping."
text.zh = "玛拉号，一艘货轮，船东为特恩航运，由海鸥船务经营。"
aliases.en = ["Marla", "the Marla"]
aliases.zh = ["玛拉号"]

[facts.values]
type = "cargo ship"
owner = "party-tern"
operator = "party-gull"

[[facts]]
id = "party-tern"
kind = "party"
source = ["¶1"]
text.en = "Tern Lines, the firm that owns the Marla."
text.zh = "特恩航运，拥有玛拉号的公司，即其船东。"
aliases.en = ["Tern Lines", "the owner"]
aliases.zh = ["特恩航运", "船东"]

[[facts]]
id = "party-gull"
kind = "party"
source = ["¶1"]
text.en = "Gull Shipping, the firm that runs the Marla."
text.zh = "海鸥船务，经营玛拉号的公司。"
aliases.en = ["Gull Shipping"]
aliases.zh = ["海鸥船务"]

[fields.owner]
type = "ref"
en = "who owns the ship"
zh = "所有者、船东"

[fields.operator]
type = "ref"
en = "who runs the ship"
zh = "经营者"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("海鸥船务是“玛拉号”的船东。", "refuted"),
        ("特恩航运是“玛拉号”的船东。", "supported"),
        ("Gull Shipping was the owner of the Marla.", "refuted"),
    ],
)
def test_a_body_said_to_be_anothers_role_by_the_fields_chinese_name(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """海鸥船务是玛拉号的船东: 船东 names the owner by the role the Marla's `owner` field gives
    it (its Chinese meaning), so the operator said to be the owner is refuted as another
    body, as "was the owner of" is in English (it had been backed word by word)."""
    assert_verdict(own(SHIP_OWNER).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The winter talks covered 27 days.", "supported"),
        ("冬季谈判时长为二十天。", "refuted"),
        ("冬季谈判时长为二十八天。", "supported"),
    ],
)
def test_words_of_a_length_said_as_a_noun_or_by_covering(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """时长 ("length", which had been read as 时 "when" and a stray 长) and "covered" say the
    length of the thing before them, as "lasted" does (the lexicon's `lasted` cue)."""
    assert_verdict(own(RIVER_SPAN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("奥斯克从边境哨所撤出守卫被安排在第一阶段。", "supported"),
        ("奥斯克从边境哨所撤出守卫被安排在第二阶段。", "refuted"),
    ],
)
def test_arranged_in_a_stage_says_only_the_stage(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """被安排在第一阶段 ("is arranged in stage one"), 按…的安排: the words of arranging say
    no deed of their own (the lexicon's Chinese function words); the stage is judged."""
    assert_verdict(own(DAM_PLAN).check(claim), expected)


def test_a_chinese_claim_on_what_is_sought_is_corrected_in_the_facts_chinese(
    own: Callable[[str], Checker],
) -> None:
    """A Chinese claim's correction gives the fact's own Chinese words for the quality and
    the thing (暂时性停火), not the English value of `demand`."""
    text = RIVER_TRUCE_AIMS.replace("坚持要一个一季之后就失效的停火", "坚持只要暂时性停火")
    result = own(text).check("奥斯克追求的是永久停火。")
    assert_verdict(result, "refuted")
    assert [c.actual for c in result.corrections] == ["暂时性停火"]


RIVER_REJECTION = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "osk-rejects-accord"
kind = "event"
date = 2025-04-02
source = ["¶11"]
text.en = "On 2 April Osk rejected the water accord."
text.zh = "4月2日，奥斯克拒绝了水资源协议。"
aliases.en = ["water accord"]
aliases.zh = ["水资源协议"]

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "said"),
    [("奥斯克接受了水资源协议。", "拒绝"), ("Osk accepted the water accord.", "reject")],
)
def test_a_correction_says_the_opposite_verb_in_the_claims_language(
    own: Callable[[str], Checker], claim: str, said: str
) -> None:
    """A Chinese claim refuted by the opposite verb is told it in Chinese (拒绝), an English
    one in English; the Chinese correction had given the English word."""
    result = own(RIVER_REJECTION).check(claim)
    assert_verdict(result, "refuted")
    assert [c.actual for c in result.corrections] == [said]


def test_a_quality_of_what_is_sought_is_judged_by_each_of_a_list_of_aims(
    own: Callable[[str], Checker],
) -> None:
    """`aims` is a list: each of its values says what the actor seeks, as one `demand` does
    (the list had been skipped, read as a single value that is no text)."""
    text = RIVER_TRUCE_AIMS.replace(
        'demand = "temporary ceasefire"', 'aims = ["temporary ceasefire", "a border survey"]'
    )
    assert_verdict(own(text).check("Osk seeks a permanent ceasefire."), "refuted")
    assert_verdict(own(text).check("Osk seeks a temporary ceasefire."), "supported")


RIVER_BARGE = (
    _river(_VARN, _OSK)
    + """[lexicon.predicates.sink]
en = ["sank", "sink"]
zh = ["沉没"]

[lexicon.predicates.capsize]
en = ["capsized", "capsize"]
zh = ["倾覆"]

[[facts]]
id = "party-tolla"
kind = "party"
source = ["¶1"]
text.en = "The Tolla, a grain barge of Osk."
text.zh = "托拉号，奥斯克的一艘运粮驳船。"
aliases.en = ["Tolla", "the Tolla barge"]
aliases.zh = ["托拉号"]

[[facts]]
id = "place-kell-shoal"
kind = "place"
source = ["¶1"]
text.en = "Kell Shoal, a sandbank in the river's mouth."
text.zh = "凯尔浅滩，河口的一片沙洲。"
aliases.en = ["Kell Shoal"]
aliases.zh = ["凯尔浅滩"]

[[facts]]
id = "tolla-lost"
kind = "event"
date = 2025-05-03
source = ["¶4"]
text.en = "On 3 May the Tolla capsized and sank off Kell Shoal."
text.zh = "5月3日，托拉号在凯尔浅滩附近倾覆沉没。"
aliases.en = ["sinking"]
aliases.zh = ["沉没"]

[facts.values]
place = ["place-kell-shoal"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tolla barge sank on 3 May.", "supported"),
        ("The Tolla barge sank on 4 May.", "refuted"),
        ("托拉号于5月3日沉没。", "supported"),
    ],
)
def test_a_verb_joined_by_and_has_the_doer_of_the_verb_before_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The Tolla capsized and sank": the barge does both verbs, so a fact that names no
    actor still says who sank (倾覆沉没 reads as one verb, with no doer of 沉没)."""
    assert_verdict(own(RIVER_BARGE).check(claim), expected)


_STATE = """
[facts.values]
type = "state"
"""

RIVER_YARD = (
    _river(_VARN + _STATE, _OSK + _STATE)
    + """[[facts]]
id = "place-brell"
kind = "place"
part_of = "party-varn"
source = ["¶1"]
text.en = "Brell, a port city of Varn."
text.zh = "布雷尔，瓦恩的港口城市。"
aliases.en = ["Brell"]
aliases.zh = ["布雷尔"]

[[facts]]
id = "party-merrow"
kind = "party"
source = ["¶2"]
text.en = "The Merrow, a river dredger built by the Halden yard in Brell, launched in 2011."
text.zh = "梅罗号，一艘河道挖泥船，由哈尔登船厂在布雷尔建造，2011年下水。"
aliases.en = ["Merrow", "the Merrow"]
aliases.zh = ["梅罗号"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Merrow was built in Japan.", "refuted"),
        ("The Merrow was built in Osk.", "refuted"),
        ("The Merrow was built in Brell.", "supported"),
        ("The Merrow was built in Varn.", "supported"),
    ],
)
def test_a_place_after_a_deed_is_judged_by_where_the_facts_words_put_that_deed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "built in Japan" where the fact's own words have it built in Brell: another place
    (one the base names, or a state the lexicon knows) is refuted, with the fact's place;
    Brell, and Varn that holds it, agree."""
    result = own(RIVER_YARD).check(claim)
    assert_verdict(result, expected)
    if expected == "refuted":
        assert [c.actual for c in result.corrections] == ["Brell"]


@pytest.mark.parametrize(
    ("claim", "expected", "said"),
    [
        ("The Tolla barge sank on Saturday, 3 May.", "supported", []),
        ("The Tolla barge sank on Sunday, 3 May.", "refuted", ["Saturday (2025-05-03)"]),
        ("The Tolla barge sank on a Saturday.", "supported", []),
        ("The Tolla barge sank on a Friday.", "refuted", ["Saturday (2025-05-03)"]),
        ("托拉号于5月3日（星期六）沉没。", "supported", []),
        ("托拉号于5月3日星期五沉没。", "refuted", ["星期六 (2025-05-03)"]),
    ],
)
def test_a_weekday_is_judged_by_the_calendar_day_of_its_date_or_deed(
    own: Callable[[str], Checker], claim: str, expected: str, said: list[str]
) -> None:
    """A weekday next to a date, or said of a deed ("on a Friday"), is the day of the week
    that date (the fact's, where the claim gives no year) fell on, named in the claim's
    language when it is another; it had been a word no fact holds."""
    result = own(RIVER_BARGE).check(claim)
    assert_verdict(result, expected)
    assert [c.actual for c in result.corrections] == said


RIVER_GRANARY = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "granary-fire"
kind = "event"
date = 2025-06-01
source = ["¶5"]
text.en = "A fire broke out in the Brell granary on 1 June."
text.zh = "6月1日，布雷尔粮仓起火。"
aliases.en = ["fire", "granary fire"]
aliases.zh = ["火灾", "粮仓大火"]

[[facts]]
id = "seal-found"
kind = "event"
date = 2025-06-02
source = ["¶6"]
text.en = "The granary's bronze seal was recovered from the ashes the day after the fire."
text.zh = "火灾次日，粮仓的青铜印章在灰烬中被找回。"
aliases.en = ["bronze seal"]
aliases.zh = ["青铜印章"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The fire broke out on 2 June.", "refuted"),
        ("The fire broke out on 1 June.", "supported"),
    ],
)
def test_a_fact_does_not_date_the_deed_of_what_it_names_only_as_its_starting_point(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "recovered the day after the fire" is dated 2 June, but the fire is only the point it
    counts from: its day backs no "the fire broke out on 2 June" (which had been supported);
    the fire's own day refutes it."""
    assert_verdict(own(RIVER_GRANARY).check(claim), expected)


RIVER_FERRY = (
    _river(_VARN, _OSK)
    + """[lexicon.predicates.resume]
en = ["resumed"]
zh = ["恢复"]

[[facts]]
id = "ferry-opens"
kind = "event"
date = 1990-03-01
source = ["¶2"]
text.en = "The Brell ferry entered scheduled service on 1 March 1990."
text.zh = "1990年3月1日，布雷尔渡轮投入定期运营。"
aliases.en = ["scheduled service"]
aliases.zh = ["定期运营"]

[[facts]]
id = "flood"
kind = "event"
date = 2001-09-11
source = ["¶3"]
text.en = "On 11 September 2001 a flood closed the river."
text.zh = "2001年9月11日，一场洪水使河道关闭。"
aliases.en = ["flood"]
aliases.zh = ["洪水"]

[[facts]]
id = "ferry-resumes"
kind = "event"
date = 2001-11-07
source = ["¶4"]
text.en = "The Brell ferry resumed scheduled service on 7 November 2001."
text.zh = "2001年11月7日，布雷尔渡轮恢复定期运营。"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("布雷尔渡轮在2001年9月11日之前就恢复了定期运营。", "refuted"),
        ("布雷尔渡轮在2001年9月11日之后恢复了定期运营。", "supported"),
    ],
)
def test_a_side_of_an_order_is_the_fact_whose_words_say_its_verb_over_one_named_alike(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """恢复了定期运营 is the resumption, whose words say 恢复, not the first service, whose
    alias (定期运营) the side also says: that fact had been taken, and its 1990 day had
    made "before 11 September 2001" hold."""
    assert_verdict(own(RIVER_FERRY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Brell ferry resumed scheduled service after 1 October 2001.", "supported"),
        ("The Brell ferry resumed scheduled service before 1 October 2001.", "refuted"),
        ("布雷尔渡轮在2001年10月1日以前恢复了定期运营。", "refuted"),
        ("The Brell ferry resumed scheduled service after November 2001.", "not_enough_info"),
    ],
)
def test_an_order_against_a_bare_date_compares_the_facts_day_with_that_date(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "after 1 October 2001", a date no fact has: the resumption's day (7 November) is
    ordered against the date itself; within the month the claim names, it is left open."""
    assert_verdict(own(RIVER_FERRY).check(claim), expected)


RIVER_SALVAGE = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "storm"
kind = "event"
source = ["¶7"]
text.en = "A storm drove the barge Tolla onto the Kell sandbank."
text.zh = "一场风暴把托拉号驳船推上了凯尔沙洲。"

[[facts]]
id = "pump-started"
kind = "event"
after = ["storm"]
source = ["¶8"]
text.en = "The salvage crew started the pumps and released the barge's anchor."
text.zh = "打捞队启动水泵，并释放了驳船的锚。"

[[facts]]
id = "stern-cut"
kind = "event"
after = ["pump-started"]
source = ["¶9"]
text.en = "The salvage crew cut away the barge's broken stern."
text.zh = "打捞队割掉了驳船断裂的船尾。"

[[facts]]
id = "barge-freed"
kind = "event"
after = ["stern-cut"]
source = ["¶10"]
text.en = "The salvage crew released the barge from the sandbank."
text.zh = "打捞队把驳船从沙洲上释放出来。"
"""
)


def test_an_order_is_left_open_where_facts_tied_for_a_side_order_it_apart(
    own: Callable[[str], Checker],
) -> None:
    """ "released the barge" is said alike by two facts, one linked before the stern was cut
    and one after: which the claim means decides the order, so neither is taken."""
    result = own(RIVER_SALVAGE).check(
        "The salvage crew cut away the stern before they released the barge."
    )
    assert_verdict(result, "not_enough_info")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tolla barge sank on Sunday, 10 August 1628.", "supported"),
        ("The Tolla barge sank on Thursday, 10 August 1628.", "supported"),
        ("The Tolla barge sank on Monday, 10 August 1628.", "refuted"),
    ],
)
def test_a_weekday_before_the_gregorian_calendar_was_everywhere_may_be_the_julian_one(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """10 August 1628 was a Sunday by the Julian calendar a source of the time counts in, a
    Thursday by the Gregorian: before 1923 either day holds, and any other is refuted."""
    text = RIVER_BARGE.replace("2025-05-03", "1628-08-10").replace("3 May", "10 August 1628")
    assert_verdict(own(text).check(claim), expected)


RIVER_PUMPS = (
    _river(_VARN, _OSK)
    + """[lexicon.units.pumps]
en = ["pump", "pumps"]
zh = ["台水泵", "水泵"]

[[facts]]
id = "party-merrow"
kind = "party"
source = ["¶2"]
text.en = "The Merrow, a river dredger of Varn."
text.zh = "梅罗号，瓦恩的一艘河道挖泥船。"
aliases.en = ["Merrow", "the Merrow"]
aliases.zh = ["梅罗号"]

[[facts]]
id = "merrow-pumps"
kind = "count"
source = ["¶3"]
text.en = "The Merrow carried 12 pumps on two pump decks: six 40-horsepower pumps, four 10-horsepower pumps and two hand pumps."
text.zh = "梅罗号在两层泵甲板上共装有12台水泵：6台40马力水泵、4台10马力水泵和2台手摇泵。"

[facts.values]
count = { value = 12, unit = "pumps", parts = [6, 4, 2] }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Merrow carried 12 pumps.", "supported"),
        ("The Merrow carried 14 pumps.", "refuted"),
    ],
)
def test_a_count_of_another_noun_beside_the_whole_is_no_term_of_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "12 pumps on two pump decks": "pump" names the decks, which "two" counts, and a bare 2
    said more often than the terms hold it is not taken as a term; "12 pumps" had been
    refuted by "2 pumps"."""
    assert_verdict(own(RIVER_PUMPS).check(claim), expected)


def test_a_singular_unit_word_before_a_plural_noun_is_not_what_is_counted(
    own: Callable[[str], Checker],
) -> None:
    """ "two pump decks" counts decks: "pump", singular after a count of two, names them;
    "two pumps" counts pumps."""
    reading = own(RIVER_PUMPS).reading_of("The Merrow had two pump decks.")
    assert [(p.text, p.key) for p in reading.of("number")] == [("two", "")]
    reading = own(RIVER_PUMPS).reading_of("The Merrow had two pumps.")
    assert [(p.text, p.key) for p in reading.of("number")] == [("two pumps", "pumps")]


RIVER_COURT = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "party-court"
kind = "party"
source = ["¶4"]
text.en = "The river court, which hears disputes between the states on the river."
text.zh = "河流法院，审理沿河国家之间争端的法院。"
aliases.en = ["river court"]
aliases.zh = ["河流法院"]

[[facts]]
id = "pollution-ruling"
kind = "event"
date = 2025-06-12
source = ["¶5"]
text.en = "On 12 June 2025 the river court acquitted both Varn and Osk of polluting the river."
text.zh = "2025年6月12日，河流法院判决瓦恩和奥斯克污染河流的罪名均不成立，两国无罪。"

[facts.values]
actor = "party-court"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The river court acquitted Varn and Osk.", "supported"),
        ("The river court convicted Osk.", "refuted"),
        ("Osk was found not guilty by the river court.", "supported"),
        ("河流法院判决奥斯克有罪、瓦恩无罪。", "refuted"),
        ("河流法院判决瓦恩和奥斯克无罪。", "supported"),
    ],
)
def test_guilty_and_not_guilty_contradict_each_other_in_any_file(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The shipped lexicon knows a court's two findings as opposites, so a file with no
    vocabulary of its own is not read as backing a conviction its court never gave (a
    Chinese claim that swapped one acquittal for a conviction had been supported)."""
    assert_verdict(own(RIVER_COURT).check(claim), expected)


def test_a_verb_after_the_objects_of_another_shares_its_doer(
    own: Callable[[str], Checker],
) -> None:
    """ "acquitted Varn but convicted Osk": the court did both; Varn, the first verb's
    object, is not the one who convicted (and the claim is false)."""
    checker = own(RIVER_COURT)
    claim = "The river court acquitted Varn but convicted Osk."
    reading = checker.reading_of(claim)
    names = {p.text: p for p in reading.of("entity")}
    convicted = next(p for p in reading.of("predicate") if p.text == "convicted")
    doers = [t for t, p in names.items() if agent(checker.voc, reading, p, convicted)]
    assert doers == ["river court"]
    assert_verdict(checker.check(claim), "refuted")


RIVER_HARBOUR = (
    _river(_VARN)
    + """[fields.replaced]
type = "ref"
group = "who"
en = "whom the person replaced"
zh = "被接替者"

[[facts]]
id = "person-roe"
kind = "person"
source = ["¶6"]
text.en = "Anna Roe was Varn's harbour master until the spring of 2025."
text.zh = "安娜·罗伊担任瓦恩港务长，直至2025年春。"
aliases.en = ["Anna Roe", "Roe"]
aliases.zh = ["安娜·罗伊", "罗伊"]

[facts.values]
office = "harbour master"
affiliation = "party-varn"

[[facts]]
id = "person-tull"
kind = "person"
source = ["¶6"]
text.en = "Ben Tull became Varn's harbour master on 3 March 2025, replacing Anna Roe."
text.zh = "本·塔尔于2025年3月3日接替安娜·罗伊，出任瓦恩港务长。"
aliases.en = ["Ben Tull", "Tull"]
aliases.zh = ["本·塔尔", "塔尔"]

[facts.values]
office = "harbour master"
affiliation = "party-varn"
replaced = "person-roe"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ben Tull became Varn's harbour master on 3 March 2025.", "supported"),
        ("Anna Roe became Varn's harbour master on 3 March 2025.", "not_enough_info"),
        ("安娜·罗伊于2025年3月3日出任瓦恩港务长。", "not_enough_info"),
    ],
)
def test_a_day_the_facts_give_to_one_person_does_not_back_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The day is Tull's (he became harbour master on it, replacing Roe): said of Roe, who
    the same fact names, it is not backed; her own fact gives her no such day."""
    assert_verdict(own(RIVER_HARBOUR).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The water accord was adopted unanimously, with five votes in favour.", "refuted"),
        ("水资源协议以5票全票赞成获得通过。", "refuted"),
    ],
)
def test_a_wrong_count_and_a_denied_quality_from_one_vote_refute(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A count and "unanimously" both contradicted by one vote that says it was not
    unanimous: the vote is what the claim is about, so two contradictions refute it (they
    had left it open, as if another fact differed twice)."""
    assert_verdict(own(RIVER_VOTE).check(claim), expected)


RIVER_FISHERS = (
    _river(_VARN, _OSK)
    + """[lexicon.units.fishermen]
en = ["fisherman", "fishermen"]
zh = ["渔民"]

[[facts]]
id = "party-osk-fishers"
kind = "party"
source = ["¶7"]
text.en = "The fishermen of Osk, who work the lower river."
text.zh = "奥斯克渔民，在下游河段捕鱼。"
aliases.en = ["Osk fishermen"]
aliases.zh = ["奥斯克渔民"]

[[facts]]
id = "fishermen-freed"
kind = "count"
source = ["¶7"]
text.en = "Varn freed 12 Osk fishermen it had been holding."
text.zh = "瓦恩释放了其扣押的12名奥斯克渔民。"

[facts.values]
actor = "party-varn"
released = { value = 12, unit = "fishermen" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("瓦恩释放了十名此前扣押的渔民。", "refuted"),
        ("瓦恩释放了12名此前扣押的渔民。", "supported"),
        ("瓦恩一共放了十名奥斯克渔民。", "refuted"),
        ("瓦恩一共放了12名奥斯克渔民。", "supported"),
    ],
)
def test_a_chinese_count_reaches_its_noun_past_a_de_clause_or_a_name(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """十名此前扣押的渔民 counts fishermen: the 的 clause between the classifier and the noun
    says more of them, and its 此前 is no "before" of the count; 奥斯克渔民, a name that ends
    in a unit word, names what is counted."""
    assert_verdict(own(RIVER_FISHERS).check(claim), expected)


RIVER_ABSTAINER = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "party-river-council"
kind = "party"
source = ["¶33"]
text.en = "The river council, where the states on the river vote on shared rules."
text.zh = "河流理事会，沿河国家在此表决共同规则。"
aliases.en = ["river council"]
aliases.zh = ["河流理事会"]

[[facts]]
id = "accord-vote"
kind = "vote"
date = 2025-07-07
source = ["¶34"]
text.en = "The river council's vote on the water accord: four in favour and one abstention."
text.zh = "河流理事会对水资源协议的表决：4票赞成、1票弃权。"
aliases.en = ["water accord"]
aliases.zh = ["水资源协议"]

[facts.values]
for = 4
abstain = 1
abstainers = ["party-osk"]
body = "party-river-council"

[[facts]]
id = "osk-abstains"
kind = "position"
date = 2025-07-07
part_of = "accord-vote"
source = ["¶34"]
text.en = "Osk abstained on the water accord, the only member to do so."
text.zh = "奥斯克对水资源协议投了弃权票，是唯一弃权的成员。"

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    "claim",
    [
        "Osk was the only river council member to abstain on the water accord.",
        "Osk was the only member to abstain on the water accord.",
        "奥斯克是唯一对水资源协议投弃权票的河流理事会成员。",
    ],
)
def test_the_only_member_to_abstain_is_read_of_the_member(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "the only river council member to abstain": the member abstained, not the council
    named before the noun; and "member" is backed by the words of the fact that says Osk
    was the only member to do so, where no field lists members."""
    assert_verdict(own(RIVER_ABSTAINER).check(claim), "supported")


RIVER_BOATMEN = (
    RIVER_FISHERS
    + """
[lexicon.units.boatmen]
en = ["boatman", "boatmen"]
zh = ["船工"]

[[facts]]
id = "boatmen-aim"
kind = "aim"
source = ["¶8"]
text.en = "One aim of the river talks was to get Varn to free the 30 boatmen it still held."
text.zh = "河流谈判的目标之一，是让瓦恩释放其仍扣押的30名船工。"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn secured the release of 12 fishermen.", "supported"),
        ("Varn did not secure the release of any fishermen.", "refuted"),
        ("The river talks secured the release of the 30 boatmen.", "not_enough_info"),
    ],
)
def test_a_light_verb_says_the_deed_after_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "secured the release of": the release, said as done; a denial before the light verb
    denies it, and an aim's words (to get Varn to free the boatmen) do not back it as
    done."""
    assert_verdict(own(RIVER_BOATMEN).check(claim), expected)


RIVER_ACCORD = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "water-accord"
kind = "document"
date = 2025-07-07
source = ["¶34"]
text.en = "The water accord, adopted by the river council on 7 July 2025."
text.zh = "水资源协议，河流理事会于2025年7月7日通过。"
aliases.en = ["water accord", "accord"]
aliases.zh = ["水资源协议"]

[[facts]]
id = "water-accord-vote"
kind = "vote"
date = 2025-07-07
part_of = "water-accord"
source = ["¶34"]
text.en = "The river council's vote on the water accord: four in favour and one abstention."
text.zh = "河流理事会对水资源协议的表决：4票赞成、1票弃权。"
aliases.en = ["vote"]
aliases.zh = ["表决"]

[facts.values]
for = 4
abstain = 1

[[facts]]
id = "osk-protest"
kind = "position"
after = ["water-accord"]
source = ["¶35"]
text.en = "Once the water accord was adopted, Osk protested against it."
text.zh = "水资源协议通过后，奥斯克提出抗议。"

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("After the vote, Osk protested.", "supported"),
        ("Before the vote, Osk protested.", "refuted"),
    ],
)
def test_an_event_after_a_whole_came_after_its_parts(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The protest is linked `after` the accord; the vote is a part of the accord, so the
    protest came after the vote too (the order had been left open)."""
    assert_verdict(own(RIVER_ACCORD).check(claim), expected)


RIVER_SPILL = (
    _river(_VARN)
    + """[lexicon.units.gallons]
en = ["gallon", "gallons"]
zh = ["加仑"]

[[facts]]
id = "tanker-spill"
kind = "count"
source = ["¶9"]
text.en = "The Varn tanker spilled about 10.8 million gallons of oil into the river."
text.zh = "瓦恩油轮向河中泄漏了约1080万加仑石油。"

[facts.values]
actor = "party-varn"
spilled = { value = 10800000, unit = "gallons", approx = "about" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Varn tanker spilled roughly 11 million gallons of oil.", "supported"),
        ("The Varn tanker spilled roughly 12 million gallons of oil.", "refuted"),
        ("The Varn tanker spilled about 10.8 million gallons of oil.", "supported"),
    ],
)
def test_a_round_figure_is_the_facts_rounded_at_its_last_digit(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "roughly 11 million" is about 10.8 million rounded to the million (it had been
    refuted, as only a one per cent difference was let through between two round figures);
    12 million is not."""
    assert_verdict(own(RIVER_SPILL).check(claim), expected)


def test_a_correction_writes_a_large_figure_with_its_thousands_set_off(
    own: Callable[[str], Checker],
) -> None:
    """A correction gives 10,800,000, as people write it, not 10800000."""
    result = own(RIVER_SPILL).check("The Varn tanker spilled roughly 12 million gallons of oil.")
    assert [c.actual for c in result.corrections] == ["about 10,800,000 gallons"]


RIVER_STAKES = (
    _river(_VARN, _OSK, _LUME)
    + """[fields.owners]
type = "refs"
group = "who"
en = "the states that own the dam"
zh = "所有者"

[lexicon.units.percent]
en = ["per cent", "percent", "%"]
zh = ["%", "％"]

[[facts]]
id = "dam-owners"
kind = "count"
source = ["¶10"]
text.en = "The upper dam is owned by Varn, Osk and Lume."
text.zh = "上游大坝由瓦恩、奥斯克和鲁姆共同拥有。"
aliases.en = ["upper dam"]
aliases.zh = ["上游大坝"]

[facts.values]
owners = ["party-varn", "party-osk", "party-lume"]

[[facts]]
id = "stake-varn"
kind = "count"
part_of = "dam-owners"
source = ["¶10"]
text.en = "Varn holds a 60 per cent share of the upper dam."
text.zh = "瓦恩持有上游大坝60%的股份。"

[facts.values]
actor = "party-varn"
stake = { value = 60, unit = "percent" }

[[facts]]
id = "stake-osk"
kind = "count"
part_of = "dam-owners"
source = ["¶10"]
text.en = "Osk holds a 25 per cent share of the upper dam."
text.zh = "奥斯克持有上游大坝25%的股份。"

[facts.values]
actor = "party-osk"
stake = { value = 25, unit = "percent" }

[[facts]]
id = "stake-lume"
kind = "count"
part_of = "dam-owners"
source = ["¶10"]
text.en = "Lume holds a 15 per cent share of the upper dam."
text.zh = "鲁姆持有上游大坝15%的股份。"

[facts.values]
actor = "party-lume"
stake = { value = 15, unit = "percent" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Together, Osk and Lume hold 40 per cent of the upper dam.", "supported"),
        ("Osk and Lume hold 40 per cent of the upper dam between them.", "supported"),
        ("Together, Osk and Lume hold 50 per cent of the upper dam.", "refuted"),
        ("Osk and Lume hold 40 per cent of the upper dam.", "not_enough_info"),
        ("Osk holds 40 per cent of the upper dam.", "refuted"),
    ],
)
def test_a_figure_of_two_actors_is_theirs_together(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Osk and Lume together hold 40 per cent": the sum of each one's own stake; without a
    word for the total the figure may be theirs together, so no single owner's stake (nor a
    third owner's) refutes it, as Osk's 25 per cent had."""
    assert_verdict(own(RIVER_STAKES).check(claim), expected)


RIVER_LOCK = (
    _river(_VARN)
    + """[lexicon.predicates.rescue]
en = ["rescued", "came out", "brought out"]
zh = ["获救", "走出"]
fields = ["rescued", "date"]

[[facts]]
id = "place-lock"
kind = "place"
source = ["¶11"]
text.en = "The Varn lock, the deepest on the river."
text.zh = "瓦恩船闸，河上最深的船闸。"
aliases.en = ["the lock", "Varn lock"]
aliases.zh = ["船闸"]

[[facts]]
id = "crew-found"
kind = "event"
date = 2025-05-02
source = ["¶11"]
text.en = "On 2 May 2025 divers found the barge crew alive in the lock."
text.zh = "2025年5月2日，潜水员在船闸里找到了仍然活着的驳船船员。"

[facts.values]
place = "place-lock"

[[facts]]
id = "diver-death"
kind = "event"
date = 2025-05-06
source = ["¶12"]
text.en = "On 6 May 2025 a diver died in the lock."
text.zh = "2025年5月6日，一名潜水员在船闸中身亡。"

[facts.values]
place = "place-lock"

[[facts]]
id = "crew-out"
kind = "event"
date = 2025-05-09
source = ["¶13"]
text.en = "On 9 May 2025 the last of the barge crew came out of the lock."
text.zh = "2025年5月9日，最后一批驳船船员走出船闸。"

[facts.values]
place = "place-lock"
"""
)


def test_a_clause_after_and_with_a_subject_of_its_own_is_judged_alone(
    own: Callable[[str], Checker],
) -> None:
    """ "…, and the last of them came out of the lock on 9 May": "the last of them" is a
    subject of the second statement's own, so it is not read as the first statement's
    event (whose place's other events had refuted its day)."""
    claim = (
        "The barge crew was found alive on 2 May, and the last of them came out of the lock"
        " on 9 May."
    )
    assert_verdict(own(RIVER_LOCK).check(claim), "supported")


RIVER_PASSENGERS = (
    _river(_VARN)
    + """[lexicon.units.passengers]
en = ["passenger", "passengers"]
zh = ["乘客"]

[lexicon.units.men]
en = ["man", "men"]
zh = ["男性"]

[lexicon.units.women]
en = ["woman", "women"]
zh = ["女性"]

[[facts]]
id = "ferry-passengers"
kind = "count"
source = ["¶14"]
text.en = "The Varn ferry's 90 passengers were 50 men and 40 women."
text.zh = "瓦恩渡轮的90名乘客中，男性50名、女性40名。"

[facts.values]
passengers = { value = 90, unit = "passengers", parts = [50, 40] }
men = { value = 50, unit = "men" }
women = { value = 40, unit = "women" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Among the passengers there were 10 more men than women.", "supported"),
        ("Among the passengers there were 20 more men than women.", "refuted"),
    ],
)
def test_the_unit_after_more_is_the_one_compared(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "10 more men than women": men are compared with women, not the passengers the
    frame names (the whole, 90, had been taken for the first side)."""
    assert_verdict(own(RIVER_PASSENGERS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("7/7，河流理事会通过了水资源协议。", "supported"),
        ("7/8，河流理事会通过了水资源协议。", "refuted"),
        ("On 7/7 the river council adopted the water accord.", "not_enough_info"),
    ],
)
def test_a_slashed_day_is_a_chinese_month_and_day_and_never_a_count(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """7/7 in a Chinese claim is 7 July; in English it may be either order of month and day,
    so it is left open; neither is a count (a 7 had been refuted by the vote's 4 in favour)."""
    assert_verdict(own(RIVER_ACCORD).check(claim), expected)
    reading = own(RIVER_ACCORD).reading_of(claim)
    assert not [p for p in reading.of("number") if p.text in ("7", "7/7")]
    dates = [d.text for d in reading.of("date")]
    assert dates == ([claim[:3]] if reading.lang == "zh" else [])


RIVER_FINE = (
    _river(_VARN)
    + """[[facts]]
id = "varn-fine"
kind = "count"
source = ["¶2"]
text.en = "Varn was fined 550 million dollars for the spill."
text.zh = "瓦恩因泄漏被罚款5.5亿美元。"

[facts.values]
actor = "party-varn"
fine = { value = 550000000, unit = "dollars" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn was fined $550 million.", "supported"),
        ("Varn was fined $650 million.", "refuted"),
        ("瓦恩被罚款6.5亿美元。", "refuted"),
        ("Varn was fined €650 million.", "not_enough_info"),
    ],
)
def test_money_is_read_in_any_file_by_its_sign_or_its_word(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The lexicon ships dollars, euros and pounds sterling, and `$`, `€`, `£` before a
    number: a file that types a fine in dollars needs no words of its own for them. Another
    currency is not converted, so it is left open."""
    assert_verdict(own(RIVER_FINE).check(claim), expected)


RIVER_PENALTY = (
    _river(_VARN, _OSK)
    + """[lexicon.predicates.fine]
en = ["fined", "fine"]
zh = ["罚款"]
fields = ["fine"]

[[facts]]
id = "varn-penalty"
kind = "count"
source = ["¶3"]
text.en = "Varn was fined 200,000 euros and ordered to pay Osk 1 million euros in damages."
text.zh = "瓦恩被罚款20万欧元，并被判向奥斯克支付100万欧元赔偿。"

[facts.values]
actor = "party-varn"
fine = { value = 200000, unit = "euros" }
damages = { value = 1000000, unit = "euros" }
"""
)


def test_a_figure_after_another_verb_is_not_the_first_verbs(
    own: Callable[[str], Checker],
) -> None:
    """ "fined €200,000 and ordered to pay Osk €1 million": the million is not the fine, so
    the fine's 200,000 does not refute it (a true claim had been refuted)."""
    claim = "Varn was fined €200,000 and ordered to pay Osk €1 million."
    assert own(RIVER_PENALTY).check(claim).verdict != "refuted"
    assert_verdict(own(RIVER_PENALTY).check("Varn was fined €300,000."), "refuted")


RIVER_STAYED = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "river-round-2"
kind = "round"
date = 2021-03-04
source = ["¶2"]
text.en = "In the second round of the river talks Varn's delegates left the table twice, yet Varn stayed in the process."
text.zh = "第二轮河流谈判中，瓦恩代表两度离开谈判桌，但瓦恩仍留在谈判进程中。"
aliases.en = ["second round", "river talks"]
aliases.zh = ["第二轮", "河流谈判"]

[facts.values]
ordinal = 2
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the second round Varn's delegates did not leave the table.", "refuted"),
        ("第二轮谈判中，瓦恩代表没有离开谈判桌。", "refuted"),
        ("Varn's delegates never left the river talks.", "refuted"),
        ("In the second round Varn stayed in the process.", "supported"),
    ],
)
def test_a_denial_is_not_backed_by_the_opposite_where_the_fact_says_the_verb_too(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact that says a verb's opposite (stayed) backs the verb's denial (did not leave)
    only where it does not say the verb as well: delegates who left, in a state that
    stayed, did leave (the denial had been supported)."""
    assert_verdict(own(RIVER_STAYED).check(claim), expected)


DELTA_PLAN = """format = 1

[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, a state downstream."
text.zh = "奥斯克，下游的一个国家。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]

[[facts]]
id = "place-delta"
kind = "place"
source = ["¶1"]
text.en = "The Delta, a marshland Osk holds."
text.zh = "三角洲，奥斯克控制的一片沼泽地。"
aliases.en = ["Delta", "the Delta"]
aliases.zh = ["三角洲"]

[facts.values]
type = "region"

[[facts]]
id = "delta-plan"
kind = "document"
source = ["¶2"]
text.en = "The Delta plan has two stages."
text.zh = "三角洲计划分两个阶段。"
aliases.en = ["Delta plan", "plan"]
aliases.zh = ["三角洲计划", "计划"]

[[facts]]
id = "delta-plan-stage-1"
kind = "phase"
part_of = "delta-plan"
source = ["¶2"]
text.en = "In the plan's first stage Osk's troops withdraw from the Delta's villages."
text.zh = "计划第一阶段，奥斯克军队撤出三角洲的村庄。"
aliases.en = ["first stage", "stage one"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1
actor = "party-osk"

[[facts]]
id = "delta-plan-stage-2"
kind = "phase"
part_of = "delta-plan"
source = ["¶2"]
text.en = "In the plan's second stage Osk's troops make a complete withdrawal from the Delta."
text.zh = "计划第二阶段，奥斯克军队全面撤出三角洲。"
aliases.en = ["second stage", "stage two"]
aliases.zh = ["第二阶段"]

[facts.values]
ordinal = 2
actor = "party-osk"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the first stage, Osk's troops withdraw from all of the Delta.", "refuted"),
        ("第一阶段，奥斯克军队撤出整个三角洲。", "refuted"),
        ("In the second stage, Osk's troops withdraw from all of the Delta.", "supported"),
        ("第二阶段，奥斯克军队撤出整个三角洲。", "supported"),
        (
            "In the first stage, Osk's troops withdraw from all of the Delta's villages.",
            "not_enough_info",
        ),
    ],
)
def test_all_of_a_place_after_a_verb_says_the_deed_was_whole(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "withdraw from all of the Delta", 撤出整个三角洲: the deed done whole, as
    "withdraw completely" is, judged by the stage whose words say a complete withdrawal;
    "all of the Delta's villages" is of the villages, not of the deed."""
    assert_verdict(own(DELTA_PLAN).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the second round, Lume was acting as a mediator.", "supported"),
        ("Lume acted as a mediator in the second round.", "supported"),
        ("Ada led the second round, with Lume acting as a mediator.", "supported"),
        ("Osk acted as a mediator in the second round.", "not_enough_info"),
    ],
)
def test_acting_as_says_nothing_of_its_own(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "with Lume acting as a mediator": like "serving as", the words only say what one
    was; the role is judged (it had been left open, so true claims were not_enough_info),
    and a state the open list of mediators does not hold is still not backed."""
    assert_verdict(own(RIVER_BROKERS).check(claim), expected)


RIVER_TRUCE_COUNT = """format = 1

[[facts]]
id = "party-varn"
kind = "party"
source = ["¶1"]
text.en = "Varn, a state upstream."
text.zh = "瓦恩，上游的一个国家。"
aliases.en = ["Varn"]
aliases.zh = ["瓦恩"]

[[facts]]
id = "river-truces"
kind = "count"
source = ["¶2"]
text.en = "So far the river war has seen only one brief truce, in March."
text.zh = "河流战争迄今只出现过一次短暂停火，在三月。"
aliases.en = ["river war", "truces so far"]
aliases.zh = ["河流战争", "停火次数"]

[facts.values]
count = { value = 1, unit = "truces" }

[[facts]]
id = "river-talks"
kind = "event"
date = 2021-05-02
source = ["¶3"]
text.en = "At the river talks Varn's delegates left the table several times."
text.zh = "河流谈判期间，瓦恩代表多次离开谈判桌。"
aliases.en = ["river talks"]
aliases.zh = ["河流谈判"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("河流战争迄今已出现过多次短暂停火。", "refuted"),
        ("河流战争迄今出现过多次停火。", "refuted"),
        ("河流战争迄今只出现过一次短暂停火。", "supported"),
        ("河流谈判期间，瓦恩代表多次离开谈判桌。", "supported"),
    ],
)
def test_a_chinese_word_of_many_times_before_a_noun_of_events_counts_them(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """多次短暂停火: more than one truce, against a count of one (it had been left open);
    多次离开, before a verb, still says how often."""
    assert_verdict(own(RIVER_TRUCE_COUNT).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("So far the river war has seen two brief truces.", "refuted"),
        ("So far the river war has seen one short-lived truce.", "supported"),
    ],
)
def test_a_quality_between_a_count_and_its_unit_does_not_part_them(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "two brief truces": a word of quality (the lexicon's `quality` predicates) between
    a count and its unit describes what is counted; the count is still of truces (it had
    been left open both ways)."""
    assert_verdict(own(RIVER_TRUCE_COUNT).check(claim), expected)


LUME_ON_THE_ACCORD = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "lume-on-the-accord"
kind = "statement"
date = 2022-04-01
source = ["¶4"]
text.en = "Lume said the water accord grew out of long talks with Varn and Osk."
text.zh = "鲁姆表示，水资源协议源于与瓦恩和奥斯克的长期谈判。"
aliases.en = ["water accord"]
aliases.zh = ["水资源协议"]

[facts.values]
speaker = "party-lume"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Lume described the water accord as the product of long talks with Varn and Osk.",
            "supported",
        ),
        ("Lume called the water accord the result of long talks with Varn and Osk.", "supported"),
    ],
)
def test_a_speaker_describing_a_thing_says_what_the_speaker_said(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Lume described the accord as …": a word of describing (the lexicon's `reporting`
    cues) whose doer is the speaker of the statement the claim is judged by is that
    speaker's saying, as "said" is (it had been left open); another doer's is not."""
    assert_verdict(own(LUME_ON_THE_ACCORD).check(claim), expected)
    other = claim.replace("Lume", "Osk", 1).replace("Varn and Osk", "Varn and Lume")
    assert own(LUME_ON_THE_ACCORD).check(other).verdict != "supported"


RIVER_COUNCIL = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "person-ada"
kind = "person"
source = ["¶1"]
text.en = "Ada, Osk's envoy."
text.zh = "阿达，奥斯克的特使。"
aliases.en = ["Ada"]
aliases.zh = ["阿达"]

[facts.values]
affiliation = "party-osk"

[[facts]]
id = "person-boan"
kind = "person"
source = ["¶1"]
text.en = "Boan, Lume's envoy."
text.zh = "博安，鲁姆的特使。"
aliases.en = ["Boan"]
aliases.zh = ["博安"]

[[facts]]
id = "party-river-council"
kind = "party"
source = ["¶1"]
text.en = "The river council, a body of the three states."
text.zh = "河流委员会，三国共设的机构。"
aliases.en = ["river council"]
aliases.zh = ["河流委员会"]

[[facts]]
id = "river-council-dissolved"
kind = "event"
date = 2023-05-03
source = ["¶5"]
text.en = "On 3 May 2023 Ada announced that the river council was dissolved."
text.zh = "2023年5月3日，阿达宣布河流委员会就此解散。"
aliases.en = ["dissolution"]
aliases.zh = ["解散"]

[facts.values]
actor = "person-ada"
body = "party-river-council"

[[facts]]
id = "boan-resigns"
kind = "event"
date = 2023-05-01
source = ["¶4"]
text.en = "On 1 May 2023 Boan resigned from the river council."
text.zh = "2023年5月1日，博安辞去河流委员会职务。"
aliases.en = ["resignation"]
aliases.zh = ["辞职"]

[facts.values]
actor = "person-boan"
body = "party-river-council"

[[facts]]
id = "party-river-fund"
kind = "party"
source = ["¶1"]
text.en = "The river fund, which Osk ran."
text.zh = "河流基金，由奥斯克管理。"
aliases.en = ["river fund"]
aliases.zh = ["河流基金"]

[[facts]]
id = "river-fund-dissolved"
kind = "event"
date = 2023-04-02
source = ["¶4"]
text.en = "On 2 April 2023 Osk dissolved the river fund."
text.zh = "2023年4月2日，奥斯克解散了河流基金。"
aliases.en = ["fund dissolved"]
aliases.zh = ["基金解散"]

[facts.values]
actor = "party-osk"
body = "party-river-fund"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("5月3日宣布解散河流委员会的是博安。", "refuted"),
        ("5月3日宣布解散河流委员会的是阿达。", "supported"),
        ("阿达5月3日宣布解散的是河流委员会。", "supported"),
    ],
)
def test_the_actor_of_a_chinese_cleft_does_the_verbs_before_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """宣布解散…的是博安, "the one who announced it was Boan": the actor after 的是 does every
    verb of the clause before it (the first verb had had no doer, so another actor was not
    refuted); with an actor before the verbs (阿达…宣布解散的是…) what follows is the object."""
    assert_verdict(own(RIVER_COUNCIL).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 2 April Varn dissolved the river fund.", "refuted"),
        ("On 2 April Lume dissolved the river fund.", "refuted"),
    ],
)
def test_what_a_verb_is_done_to_is_not_its_doer(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """`done_to = ["body"]` (the lexicon's `dissolve`): the body dissolved is the verb's
    object, never held against its doer, so one party dissolving another is not
    refuted as "the body, not the party" (the true claim had been refuted); another doer is
    still refuted, by the `actor`."""
    assert_verdict(own(RIVER_COUNCIL).check(claim), expected)
    true = claim.replace("Varn", "Osk").replace("Lume", "Osk")
    assert own(RIVER_COUNCIL).check(true).verdict != "refuted"


RIVER_RESOLUTION = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "river-resolution-vote"
kind = "vote"
date = 2025-07-07
source = ["¶34"]
text.en = "The river council's vote on resolution 4417: four in favour and one abstention; the resolution was adopted."
text.zh = "河流理事会对第4417号决议的表决：4票赞成、1票弃权，决议获得通过。"
aliases.en = ["resolution 4417", "vote"]
aliases.zh = ["4417号决议", "第4417号决议", "表决"]

[facts.values]
for = 4
abstain = 1
abstainers = ["party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected", "correction"),
    [
        ("In the vote on resolution 4417 there were more votes in favour than abstentions.", "supported", None),
        ("In the vote on resolution 4417 there were more abstentions than votes in favour.", "refuted", "1 votes against 4 votes"),
        ("河流理事会表决4417号决议时，赞成票多于弃权票。", "supported", None),
        ("In the vote on resolution 4417 there were 2 more votes in favour than abstentions.", "refuted", "3"),
    ],
)  # fmt: skip
def test_a_number_far_before_a_comparison_is_no_difference(
    own: Callable[[str], Checker], claim: str, expected: str, correction: str | None
) -> None:
    """ "resolution 4417 … more votes in favour than abstentions": a number said well before
    "more" (or 多于) is a name's, not the difference (the true claim had been refuted as
    "3, not 4417 more"); 赞成票 and 弃权票 count in their own unit, 票."""
    result = own(RIVER_RESOLUTION).check(claim)
    assert_verdict(result, expected)
    if correction is not None:
        assert [c.actual for c in result.corrections] == [correction]


OSK_AIM = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "place-delta"
kind = "place"
source = ["¶1"]
text.en = "The Delta, a marshland between the two states."
text.zh = "三角洲，两国之间的一片沼泽地。"
aliases.en = ["Delta", "the Delta"]
aliases.zh = ["三角洲"]

[[facts]]
id = "osk-aim-delta"
kind = "aim"
source = ["¶6"]
text.en = "Osk's second aim is a demilitarised Delta after the war."
text.zh = "奥斯克的第二个目标是战后使三角洲实现非军事化。"
aliases.en = ["demilitarisation"]
aliases.zh = ["非军事化"]

[facts.values]
ordinal = 2
actor = "party-osk"
place = ["place-delta"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk achieved the demilitarisation of the Delta.", "not_enough_info"),
        ("奥斯克在战后实现了三角洲非军事化。", "not_enough_info"),
        ("三角洲在战后实现非军事化，是奥斯克的目标之一。", "supported"),
        ("One of Osk's aims is a demilitarised Delta.", "supported"),
    ],
)
def test_an_aim_backs_a_deed_as_sought_never_as_achieved(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An aim's words say what is sought: "Osk achieved the demilitarisation" (a light verb
    saying the deed done) is not backed by them (it had been supported); "achieving it is
    one of Osk's aims", 实现…是…目标之一, is, where the aim's words say the achieving too."""
    assert_verdict(own(OSK_AIM).check(claim), expected)


RIVER_ROLES = """format = 1

[[facts]]
id = "party-varn"
kind = "party"
source = ["¶1"]
text.en = "Varn, a state upstream, one of the two sides in the river war."
text.zh = "瓦恩，上游的一个国家，河流战争的一方。"
aliases.en = ["Varn"]
aliases.zh = ["瓦恩"]

[facts.values]
role = "party to the war"

[[facts]]
id = "party-lume"
kind = "party"
source = ["¶1"]
text.en = "Lume, a state that brokers talks in the river war."
text.zh = "鲁姆，在河流战争中斡旋谈判的国家。"
aliases.en = ["Lume"]
aliases.zh = ["鲁姆"]

[facts.values]
role = "mediator"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lume is a party to the war.", "refuted"),
        ("Lume is not a party to the war.", "supported"),
        ("Varn is a party to the war.", "supported"),
        ("Varn is not a party to the war.", "refuted"),
        ("Lume is cast as a party to the war.", "refuted"),
    ],
)
def test_a_role_said_after_a_copula_is_judged_by_the_actors_typed_role(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Lume is a party to the war": where the actor's own fact types its `role`
    (mediator), another role the base types is refuted and its own backed; denied, the
    other way round ("Lume is a party" had been supported by the unit word "party", and
    "Lume is not a party to the war" refuted by the word "war")."""
    assert_verdict(own(RIVER_ROLES).check(claim), expected)


RIVER_VENUE = (
    _river(_VARN, _OSK)
    + """[[facts]]
id = "place-harbour-town"
kind = "place"
source = ["¶1"]
text.en = "Harbour Town, a port of Osk."
text.zh = "港镇，奥斯克的一座港口。"
aliases.en = ["Harbour Town"]
aliases.zh = ["港镇"]

[[facts]]
id = "place-mill-town"
kind = "place"
source = ["¶1"]
text.en = "Mill Town, a town of Varn."
text.zh = "磨坊镇，瓦恩的一座城镇。"
aliases.en = ["Mill Town"]
aliases.zh = ["磨坊镇"]

[[facts]]
id = "river-round-3"
kind = "round"
date = 2022-02-02
source = ["¶5"]
text.en = "The third round of river talks was held in Harbour Town and in Mill Town."
text.zh = "第三轮河流谈判在港镇和磨坊镇举行。"
aliases.en = ["third round", "river talks"]
aliases.zh = ["第三轮", "河流谈判"]
closed = ["place"]

[facts.values]
ordinal = 3
place = ["place-harbour-town", "place-mill-town"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The third round of river talks was held in Japan and Mill Town.", "refuted"),
        ("第三轮河流谈判在日本和磨坊镇举行。", "refuted"),
        ("The third round of river talks was held in Harbour Town and Mill Town.", "supported"),
    ],
)
def test_a_state_the_base_never_names_is_none_of_a_facts_places(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "held in Japan": an outside state (the lexicon's `[outside]`, type state) said as
    where something was, against a fact with one place or a closed list of places, is none
    of them: 在日本…举行 had been left open, the state read as an actor rather than a place
    (an English "held in Japan" was refuted by the place after its verb already)."""
    assert_verdict(own(RIVER_VENUE).check(claim), expected)


RIVER_NOT_DECLARED = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "river-round-4"
kind = "round"
start = 2023-05-02
end = 2023-05-30
source = ["¶6"]
text.en = "The fourth round of river talks kept stalling in May, yet none of the parties ever declared the talks to have collapsed."
text.zh = "第四轮河流谈判在五月屡屡停滞，但各方从未宣布谈判破裂。"
aliases.en = ["fourth round", "river talks"]
aliases.zh = ["第四轮", "河流谈判"]

[facts.values]
ordinal = 4
participants = ["party-varn", "party-osk"]
mediators = ["party-lume"]

[[facts]]
id = "lume-plan"
kind = "event"
date = 2023-05-31
source = ["¶7"]
text.en = "On 31 May 2023 Lume announced a new plan for the river."
text.zh = "2023年5月31日，鲁姆宣布了一项新的河流方案。"
aliases.en = ["new plan"]
aliases.zh = ["新方案"]

[facts.values]
actor = "party-lume"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("During the fourth round, the mediators formally announced that the river talks had collapsed.", "refuted"),
        ("During the fourth round, Varn and Osk officially declared the talks collapsed.", "refuted"),
        ("In the fourth round no party formally announced that the river talks had collapsed.", "supported"),
    ],
)  # fmt: skip
def test_a_hedge_before_a_deed_the_fact_denies_in_any_manner(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "formally announced" where none ever declared the talks collapsed: the denial is of
    the deed however it was done, so "formally" is judged with its verb (it had been left
    open, both ways)."""
    assert_verdict(own(RIVER_NOT_DECLARED).check(claim), expected)


def test_what_was_said_and_the_fact_denying_the_saying_judge_the_saying_together(
    base: Checker,
) -> None:
    """ "The mediators officially announced in May that the talks in Cairo had broken
    down": the breakdown is backed only as what round five says no one declared, so round
    five judges the announcing too, though Biden's announcement in May has the verb (it had
    been left open; with "officially" accounted and without this, the two facts together
    supported it)."""
    claim = "The mediators officially announced in May that the talks in Cairo had broken down."
    assert_verdict(check(base, claim), "refuted")


RIVER_AIMS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "varn-aims"
kind = "aim"
source = ["¶3"]
text.en = "Varn went into the river talks with three aims: more water, a new dam and a joint patrol."
text.zh = "瓦恩带着三个目标参加河流谈判：更多的水、一座新坝和联合巡逻。"
aliases.en = ["aims", "goals"]
aliases.zh = ["目标"]
closed = ["aims"]

[facts.values]
actor = "party-varn"
count = { value = 3, unit = "aims" }
aims = ["more water", "a new dam", "a joint patrol"]

[[facts]]
id = "dam-vote"
kind = "vote"
date = 2023-04-02
source = ["¶4"]
text.en = "The river board passed the dam plan with 9 votes in favour and 2 abstentions."
text.zh = "河流委员会以9票赞成、2票弃权通过了大坝方案。"
aliases.en = ["dam plan", "vote on the dam plan"]
aliases.zh = ["大坝方案"]

[facts.values]
for = 9
abstain = 2
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn set itself three aims for the river talks.", "supported"),
        ("Varn set itself four aims for the river talks.", "refuted"),
        ("大坝方案表决时，赞成票比弃权票多出7票。", "supported"),
        ("大坝方案表决时，赞成票比弃权票多出5票。", "refuted"),
        ("这篇文章说，瓦恩带着三个目标参加河流谈判。", "supported"),
        ("按文章给出的数字，瓦恩有四个目标。", "refuted"),
    ],
)  # fmt: skip
def test_reflexives_chinese_demonstratives_and_a_comparative_complement_say_nothing_more(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "set itself", 这篇文章, 文章给出的, 多出: a reflexive pronoun, a demonstrative with its
    classifier, the article named as the source and 出 completing 多 add nothing to check
    (each had been left unaccounted, so the claim was not_enough_info either way)."""
    assert_verdict(own(RIVER_AIMS).check(claim), expected)


RIVER_TRUCES = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "river-truce"
kind = "event"
date = 2023-05-10
source = ["¶5"]
related = ["river-truces-so-far"]
text.en = "Varn and Osk held their fire along the river from 10 May 2023."
text.zh = "2023年5月10日起，瓦恩与奥斯克在河上停火。"
aliases.en = ["truce", "May truce", "ceasefire"]
aliases.zh = ["停火", "五月停火"]

[facts.values]
participants = ["party-varn", "party-osk"]

[[facts]]
id = "river-truces-so-far"
kind = "count"
source = ["¶5"]
related = ["river-truce"]
text.en = "So far the river dispute has seen a single truce, the one in May."
text.zh = "迄今为止，河流争端只有过一次停火，即五月那一次。"
aliases.en = ["number of truces", "only truce"]
aliases.zh = ["停火次数", "唯一一次停火"]

[facts.values]
count = { value = 1, unit = "truces" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2023年5月的停火是多次停火之一。", "refuted"),
        ("The May truce was one of several truces.", "refuted"),
        ("The May truce was the only truce.", "supported"),
    ],
)  # fmt: skip
def test_one_of_several_is_judged_by_the_count_of_what_it_is_one_of(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """2023年5月的停火是多次停火之一: the count's fact is asked though it does not back the
    month, which names the one counted among them (it had been left open, the count's fact
    not tried for a claim with a date it lacks)."""
    assert_verdict(own(RIVER_TRUCES).check(claim), expected)


RIVER_NUMBERED_ACCORD = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "river-accord"
kind = "document"
date = 2023-06-02
source = ["¶8"]
text.en = "Varn and Osk signed the river accord on 2 June 2023."
text.zh = "2023年6月2日，瓦恩与奥斯克签署了河流协定。"
aliases.en = ["accord 4417", "river accord 4417", "river accord"]
aliases.zh = ["4417号协定", "第4417号协定", "河流协定"]

[facts.values]
signatories = ["party-varn", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Accord 4471 was signed on 2 June 2023.", "refuted"),
        ("2023年6月2日签署的是第4471号协定。", "refuted"),
        ("Accord 4417 was signed on 2 June 2023.", "supported"),
        ("Accord 44 was signed on 2 June 2023.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_number_naming_a_thing_is_contradicted_by_the_facts_own_number_for_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Accord 4471", 第4471号协定, where the fact names the accord "accord 4417": the claim
    names it by the wrong number (it had been left open, a number no fact holds). A number
    of other length may be another thing's, so it stays open."""
    assert_verdict(own(RIVER_NUMBERED_ACCORD).check(claim), expected)


RIVER_CLOSED_TALKS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "party-dace"
kind = "party"
source = ["¶1"]
text.en = "Dace, a state on the coast."
text.zh = "戴斯，沿海的一个国家。"
aliases.en = ["Dace"]
aliases.zh = ["戴斯"]

[[facts]]
id = "river-summit"
kind = "event"
date = 2023-07-01
source = ["¶9"]
text.en = "Varn, Osk and Lume met for a three-party river summit on 1 July 2023."
text.zh = "2023年7月1日，瓦恩、奥斯克和鲁姆举行了三方河流峰会。"
aliases.en = ["river summit", "summit"]
aliases.zh = ["河流峰会", "峰会"]
closed = ["participants"]

[facts.values]
participants = ["party-varn", "party-osk", "party-lume"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("瓦恩、奥斯克、鲁姆和戴斯四方举行了河流峰会。", "refuted"),
        ("河流峰会是瓦恩、奥斯克、鲁姆和戴斯四方的会谈。", "refuted"),
        ("瓦恩、奥斯克和鲁姆三方举行了河流峰会。", "supported"),
    ],
)  # fmt: skip
def test_a_count_of_the_names_listed_does_not_keep_a_closed_list_from_judging_them(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """瓦恩、奥斯克、鲁姆和戴斯四方: 四方 counts the names the claim lists, so it is no mark of
    another event; the summit's closed list judges the names, and Dace is not on it (it had
    been left open, the fact holding no four)."""
    assert_verdict(own(RIVER_CLOSED_TALKS).check(claim), expected)


RIVER_DELTA_AIMS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "varn-delta-aims"
kind = "aim"
source = ["¶10"]
text.en = "Varn has two aims for the delta: to demilitarise it and to reopen its canal."
text.zh = "瓦恩对三角洲有两个目标：让三角洲实现非军事化，并重开其运河。"
aliases.en = ["Varn's aims", "delta aims"]
aliases.zh = ["瓦恩的目标", "三角洲目标"]

[facts.values]
actor = "party-varn"
count = { value = 2, unit = "aims" }

[[facts]]
id = "assessment-delta-peace"
kind = "assessment"
source = ["¶11"]
text.en = "The author argues that even if Varn and Osk reach a deal, the delta is unlikely to see lasting peace."
text.zh = "作者认为，即使瓦恩与奥斯克达成协议，三角洲也难以实现持久和平。"
aliases.en = ["lasting peace"]
aliases.zh = ["持久和平"]

[facts.values]
participants = ["party-varn", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("瓦恩的目标之一是让三角洲实现非军事化。", "supported"),
        ("作者认为，即使瓦恩与奥斯克达成协议，三角洲也很难实现持久和平。", "supported"),
        ("瓦恩实现了三角洲非军事化。", "not_enough_info"),
        ("瓦恩与奥斯克已达成协议。", "not_enough_info"),
        ("Varn and Osk have reached a deal.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_chinese_light_verb_says_the_deed_after_it_and_a_supposed_deed_is_not_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """实现非军事化 says demilitarisation, done unless a word before it says otherwise (让, 难以),
    so an aim backs it only as an aim; a deed a fact supposes ("even if they reach a deal",
    即使…达成协议) is not said to have happened (both had been supported)."""
    assert_verdict(own(RIVER_DELTA_AIMS).check(claim), expected)


RIVER_DAM_AIM = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "varn-aim-destroy-dam"
kind = "aim"
source = ["¶12"]
text.en = "Varn's first aim is to destroy Osk's new dam on the river."
text.zh = "瓦恩的第一个目标是摧毁奥斯克在河上新建的水坝。"
aliases.en = ["destroy the dam"]
aliases.zh = ["摧毁水坝"]

[facts.values]
ordinal = 1
actor = "party-varn"
target = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn destroyed Osk.", "not_enough_info"),
        ("Varn has destroyed Osk.", "not_enough_info"),
        ("瓦恩摧毁了奥斯克。", "not_enough_info"),
        ("Destroying Osk is Varn's first aim.", "supported"),
    ],
)  # fmt: skip
def test_an_aim_backs_a_deed_only_said_as_sought(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An aim's words ("Varn's first aim is to destroy Osk") back the deed only where the
    claim says it as sought (it names aims, or a word of wanting or aiming stands before
    it, or it is "to destroy"); "Varn destroyed Osk" had been supported by the aim."""
    assert_verdict(own(RIVER_DAM_AIM).check(claim), expected)


RIVER_DENIED_VOTER = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "dam-board-vote"
kind = "vote"
date = 2023-04-02
source = ["¶4"]
text.en = "The river board passed the dam plan with 9 votes in favour and 1 abstention."
text.zh = "河流委员会以9票赞成、1票弃权通过了大坝方案。"
aliases.en = ["dam plan", "vote on the dam plan"]
aliases.zh = ["大坝方案"]

[facts.values]
for = 9
abstain = 1

[[facts]]
id = "dam-vote-osk-abstains"
kind = "position"
date = 2023-04-02
part_of = "dam-board-vote"
source = ["¶4"]
text.en = "Osk abstained on the dam plan rather than voting for it, the only member to do so."
text.zh = "奥斯克对大坝方案投了弃权票而没有投赞成票，是唯一这样做的成员。"
aliases.en = ["dam plan"]
aliases.zh = ["大坝方案"]

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Algeria voted in favour of the dam plan.", "not_enough_info"),
        ("阿尔及利亚对大坝方案投了赞成票。", "not_enough_info"),
    ],
)  # fmt: skip
def test_an_actor_the_base_never_names_is_not_put_in_the_place_of_one_denied_the_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Algeria voted in favour of the dam plan", against "Osk abstained rather than voting
    for it": the fact's actor is denied the verb, so Algeria (a state of the shipped lexicon
    that the file never describes) is not said to stand in Osk's place (it had been refuted,
    "Osk, not Algeria")."""
    assert_verdict(own(RIVER_DENIED_VOTER).check(claim), expected)


@pytest.fixture(scope="module")
def vasa() -> Checker:
    """The checker of the Vasa topic's fact file."""
    return _topic("vasa")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Admiral Fleming held the stability test in July 1628.", "not_enough_info"),
        ("1628年7月，弗莱明上将主持了稳定性测试。", "not_enough_info"),
        ("Admiral Fleming held the stability test in 1628.", "supported"),
    ],
)  # fmt: skip
def test_a_month_is_more_than_a_fact_known_only_to_its_year_says(
    vasa: Checker, claim: str, expected: str
) -> None:
    """ "in July 1628" against a test its file knows only as in 1628 ("the summer of 1628"):
    the month is more than the fact says, as a day is more than a fact known only to its
    month says (it had been supported)."""
    assert_verdict(vasa.check(claim), expected)


RIVER_TWO_MEETINGS = (
    RIVER_CLOSED_TALKS
    + """
[[facts]]
id = "river-forum-2022"
kind = "event"
date = 2022-03-15
source = ["¶8"]
text.en = "Varn and Dace met at a river forum on 15 March 2022."
text.zh = "2022年3月15日，瓦恩与戴斯在河流论坛上会面。"
aliases.en = ["river forum", "forum"]
aliases.zh = ["河流论坛", "论坛"]

[facts.values]
participants = ["party-varn", "party-dace"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Dace sent a delegation to the river summit.", "refuted"),
        ("Dace sat in on the river summit.", "refuted"),
        ("Varn and Osk met on 1 July 2023, and Dace attended the meeting.", "refuted"),
        ("Varn and Osk met on 1 July 2023, and Lume attended the meeting.", "supported"),
    ],
)  # fmt: skip
def test_ways_of_attending_and_the_meeting_said_before(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "sent a delegation to", "sat in on" say attending (the summit's closed list refutes
    Dace); "the meeting" in a later statement is the event said before, not Dace's forum of
    2022 (both had been left open or supported)."""
    assert_verdict(own(RIVER_TWO_MEETINGS).check(claim), expected)


@pytest.fixture(scope="module")
def krakatoa() -> Checker:
    """The checker of the Krakatoa topic's fact file."""
    return _topic("krakatoa")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("1883年8月，纽约和波基普西出动了消防车。", "refuted"),
        ("The first of the four great explosions came at 10:02 a.m. local time.", "refuted"),
        ("The first of the four great explosions came at 5:30 a.m. local time.", "supported"),
    ],
)  # fmt: skip
def test_a_day_or_time_is_not_lent_by_another_fact(
    krakatoa: Checker, claim: str, expected: str
) -> None:
    """The fire engines' fact has its own month (November): the eruption's fact, which says
    nothing else the claim says, does not lend them its August; the first explosion's words
    give its own time, so the whole's list of four times does not lend it 10:02 (both had
    been supported); the statement's own fact then judges the day or time, and refutes it."""
    assert_verdict(krakatoa.check(claim), expected)


RIVER_NO_CONSENSUS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "river-round-3-water"
kind = "event"
date = 2023-08-10
source = ["¶13"]
text.en = "In the third round of river talks Varn and Osk could not agree on how much water to release."
text.zh = "第三轮河流谈判中，瓦恩与奥斯克在放水量上谈不拢。"
aliases.en = ["third round", "water release"]
aliases.zh = ["第三轮", "放水量"]

[facts.values]
ordinal = 3
participants = ["party-varn", "party-osk"]
sticking_points = ["how much water to release"]

[[facts]]
id = "bridge-resonance"
kind = "event"
date = 2023-09-01
source = ["¶14"]
text.en = "Lume's engineers explained the swaying of the Varn bridge by deflection theory."
text.zh = "鲁姆的工程师用“挠度理论”解释了瓦恩大桥的摇摆。"
aliases.en = ["deflection theory"]
aliases.zh = ["挠度理论"]

[facts.values]
place = ["party-varn"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("鲁姆的工程师用“共振理论”解释了瓦恩大桥的摇摆。", "not_enough_info"),
        ("鲁姆的工程师用“挠度理论”解释了瓦恩大桥的摇摆。", "supported"),
        ("第三轮河流谈判中，瓦恩与奥斯克就放水量达成了共识。", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_single_character_cue_is_no_cue_inside_a_word(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """共振 ("resonance") and 共识 ("consensus") hold the 共 of a total, which is no cue in them
    (lexicon `not_in_zh`, `zh_keep`): 共振理论 is not the fact's 挠度理论 (the 振 left over had
    passed as a lone character beside 理论, and the claim was supported); 达成共识 is agreeing,
    which the fact does not say."""
    assert_verdict(own(RIVER_NO_CONSENSUS).check(claim), expected)


RIVER_FLOOD_DAMAGE = """format = 1

[fields.destroyed]
type = "quantity"
group = "how-many"
en = "how many were destroyed"
zh = "被毁的数量"

[fields.damaged]
type = "quantity"
group = "how-many"
en = "how many more were damaged but not destroyed"
zh = "受损但未被毁的数量"

[lexicon.predicates.destroy]
fields = ["destroyed"]

[lexicon.predicates.damage]
en = ["damage"]
zh = ["损坏", "受损"]
fields = ["damaged"]

[lexicon.units.bridges]
en = ["bridge", "bridges"]
zh = ["座桥", "桥"]

[[facts]]
id = "flood-bridges"
kind = "count"
date = 2021-08-10
source = ["¶14"]
text.en = "The flood destroyed 12 bridges and damaged 30 more."
text.zh = "洪水冲毁了12座桥，另有30座受损。"
aliases.en = ["flood", "bridges"]
aliases.zh = ["洪水", "桥"]

[facts.values]
destroyed = { value = 12, unit = "bridges" }
damaged = { value = 30, unit = "bridges" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the flood 30 bridges were destroyed and 12 more were damaged.", "refuted"),
        ("In the flood 12 bridges were destroyed and 30 more were damaged.", "supported"),
    ],
)  # fmt: skip
def test_each_number_goes_with_the_verb_of_its_own_conjunct(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "30 bridges were destroyed and 12 more were damaged" (the other way round): each
    number is the count of the verb of its own conjunct, not of the verb after "and" (the
    swap had been supported, each number fitting the other field)."""
    assert_verdict(own(RIVER_FLOOD_DAMAGE).check(claim), expected)


RIVER_MIRROR = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "assessment-lume-influence"
kind = "assessment"
source = ["¶16"]
text.en = "The author argues that Lume's mediation mirrors its declining influence on the river."
text.zh = "作者认为，鲁姆的斡旋正是其在河流事务上影响力下降的写照。"
aliases.en = ["declining influence"]
aliases.zh = ["影响力下降"]

[facts.values]
actor = "party-lume"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The author sees Lume's mediation as a microcosm of its declining influence on the river.", "supported"),
        ("作者认为，鲁姆的斡旋是其在河流事务上影响力下降的缩影。", "supported"),
        ("The author sees Lume's mediation as a microcosm of its growing influence on the river.", "refuted"),
    ],
)  # fmt: skip
def test_a_microcosm_is_a_mirror(own: Callable[[str], Checker], claim: str, expected: str) -> None:
    """ "a microcosm of", 缩影 say what "mirrors", 写照 say (the lexicon's synonyms): they had
    been words no fact backed."""
    assert_verdict(own(RIVER_MIRROR).check(claim), expected)


RIVER_SPOKE = (
    RIVER_AIMS
    + """
[[facts]]
id = "osk-minister-framework"
kind = "statement"
date = 2023-06-20
source = ["¶6"]
text.en = "Osk's foreign minister said the two states had reached a framework deal on the river."
text.zh = "奥斯克外长说，两国已就河流问题达成框架协议。"
aliases.en = ["framework deal"]
aliases.zh = ["框架协议"]

[facts.values]
speaker = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk spoke of a framework deal on the river.", "supported"),
        ("Varn's aims, as the article lists them, are more water, a new dam and a joint patrol.", "supported"),
        ("A new dam is one of Varn's three aims listed in the article.", "supported"),
    ],
)  # fmt: skip
def test_spoke_of_says_and_the_article_listing_adds_nothing(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "spoke of" is saying; "as the article lists them", "listed in the article" name the
    source as "according to the article" does (each had been a word no fact backed)."""
    assert_verdict(own(RIVER_SPOKE).check(claim), expected)


RIVER_MINISTERS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "party-varn-cabinet"
kind = "party"
source = ["¶17"]
text.en = "Varn's cabinet, in which Aldo is finance minister and Bex water minister."
text.zh = "瓦恩内阁，阿尔多任财政部长，贝克斯任水利部长。"
aliases.en = ["Varn's cabinet", "Varn cabinet"]
aliases.zh = ["瓦恩内阁"]

[[facts]]
id = "person-aldo"
kind = "person"
source = ["¶17"]
text.en = "Aldo: Varn's finance minister."
text.zh = "阿尔多：瓦恩财政部长。"
aliases.en = ["Aldo", "finance minister", "Varn's finance minister"]
aliases.zh = ["阿尔多", "财政部长", "瓦恩财政部长"]

[facts.values]
office = "finance minister of Varn"
affiliation = "party-varn-cabinet"

[[facts]]
id = "person-bex"
kind = "person"
source = ["¶17"]
text.en = "Bex: Varn's water minister."
text.zh = "贝克斯：瓦恩水利部长。"
aliases.en = ["Bex", "water minister", "Varn's water minister"]
aliases.zh = ["贝克斯", "水利部长", "瓦恩水利部长"]

[facts.values]
office = "water minister of Varn"
affiliation = "party-varn-cabinet"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("贝克斯在瓦恩内阁中担任财政部长。", "refuted"),
        ("贝克斯在瓦恩内阁中担任财政部长一职。", "refuted"),
        ("阿尔多在瓦恩内阁中担任财政部长一职。", "supported"),
    ],
)  # fmt: skip
def test_a_post_held_in_a_body_is_the_persons_identity(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """贝克斯在瓦恩内阁中担任财政部长: where, then 担任, then a post that names another person
    (Aldo's): refuted as "X is Y" is; 一职 ("the post of") adds nothing (the claim had been
    supported by the cabinet's fact, which names them all)."""
    assert_verdict(own(RIVER_MINISTERS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The FBI director Burns travelled to Paris in January 2024.", "refuted"),
        ("The CIA director Burns travelled to Paris in January 2024.", "supported"),
    ],
)  # fmt: skip
def test_the_fbi_is_an_agency_the_lexicon_knows(base: Checker, claim: str, expected: str) -> None:
    """The FBI, an outside agency of the shipped lexicon, is another body than the CIA that
    Burns's fact holds (it had been a word no fact backed)."""
    assert_verdict(check(base, claim), expected)


RIVER_WARY = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "place-delta"
kind = "place"
source = ["¶1"]
text.en = "The delta, a marshland between Varn and Osk."
text.zh = "三角洲，瓦恩与奥斯克之间的一片沼泽地。"
aliases.en = ["delta", "the delta"]
aliases.zh = ["三角洲"]

[[facts]]
id = "assessment-osk-wary"
kind = "assessment"
source = ["¶13"]
text.en = "The author argues that Osk will not lightly agree to a permanent truce with Varn."
text.zh = "作者认为，奥斯克不会轻易同意与瓦恩永久停火。"
aliases.en = ["permanent truce"]
aliases.zh = ["永久停火"]

[facts.values]
actor = "party-osk"
target = "party-varn"

[[facts]]
id = "assessment-delta-no-peace"
kind = "assessment"
source = ["¶14"]
text.en = "The author argues that the delta is unlikely to see lasting peace."
text.zh = "作者认为，三角洲很难迎来持久和平。"

[facts.values]
place = ["place-delta"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk and Varn now have a permanent truce.", "not_enough_info"),
        ("奥斯克和瓦恩已实现永久停火。", "not_enough_info"),
        ("奥斯克与瓦恩已经永久停火。", "not_enough_info"),
        ("The delta now has lasting peace.", "not_enough_info"),
        ("Osk will not easily agree to a permanent truce with Varn.", "supported"),
        ("奥斯克不会轻易同意永久停火。", "supported"),
        ("三角洲难以实现持久和平。", "supported"),
    ],
)  # fmt: skip
def test_a_quality_of_a_thing_denied_or_doubted_is_not_said_to_have_come_about(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A fact that gives a quality only to a thing it denies or doubts ("will not agree to a
    permanent truce", "unlikely to see lasting peace") does not back a claim that has the
    thing with no verb of its own before it ("now have a permanent truce"); a claim that
    denies or doubts it alike is backed."""
    assert_verdict(own(RIVER_WARY).check(claim), expected)


RIVER_TRIAL = (
    _river(_VARN, _OSK, _LUME, _FERRO)
    + """[[facts]]
id = "ferro-charged"
kind = "event"
date = 2020-02-04
source = ["¶3"]
related = ["person-ferro", "ferro-acquitted"]
text.en = "After the inquiry Ferro was arrested and charged with negligence."
text.zh = "调查结束后，费罗被捕，并被控玩忽职守。"
aliases.en = ["charged", "arrested"]
aliases.zh = ["被捕", "被控"]

[facts.values]
actor = ["person-ferro"]

[[facts]]
id = "ferro-acquitted"
kind = "event"
month = "2020-04"
source = ["¶3"]
part_of = "ferro-charged"
after = ["ferro-charged"]
text.en = "In April 2020 a jury acquitted Ferro."
text.zh = "2020年4月，陪审团判费罗无罪。"
aliases.en = ["acquitted", "jury"]
aliases.zh = ["无罪", "陪审团"]

[facts.values]
actor = ["person-ferro"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("A jury acquitted Ferro in February 2020.", "refuted"),
        ("A jury acquitted Ferro in April 2020.", "supported"),
        ("Ferro was charged in February 2020.", "supported"),
    ],
)  # fmt: skip
def test_a_day_the_whole_lends_does_not_date_a_deed_it_does_not_say(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The charges' day backs no acquittal: the whole that lends it does not say the
    claim's verb, and the acquittal's own month contradicts the day (it had been supported
    by the charges' day)."""
    assert_verdict(own(RIVER_TRIAL).check(claim), expected)


RIVER_FERRY_FATES = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "person-dale"
kind = "person"
source = ["¶2"]
text.en = "Mira Dale, the ferry's captain."
text.zh = "米拉·戴尔，渡轮船长。"
aliases.en = ["Dale", "Mira Dale", "Captain Dale"]
aliases.zh = ["戴尔", "米拉·戴尔", "戴尔船长"]

[facts.values]
office = "captain"

[[facts]]
id = "person-roth"
kind = "person"
source = ["¶2"]
text.en = "Ivo Roth, the ferry's pilot."
text.zh = "伊沃·罗特，渡轮引航员。"
aliases.en = ["Roth", "Ivo Roth", "pilot Roth"]
aliases.zh = ["罗特", "伊沃·罗特", "引航员罗特"]

[facts.values]
office = "pilot"

[[facts]]
id = "ferry-crew-fate"
kind = "count"
source = ["¶3"]
text.en = "Only one of the ferry's crew died in the fire; Captain Dale and pilot Roth both survived."
text.zh = "渡轮船员中只有一人在火灾中死亡，船长戴尔和引航员罗特都幸存了下来。"
aliases.en = ["crew", "survivors"]
aliases.zh = ["船员", "幸存"]

[facts.values]
survivors = ["person-dale", "person-roth"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Captain Dale died in the fire.", "refuted"),
        ("船长戴尔在火灾中遇难。", "refuted"),
        ("Pilot Roth died in the fire, while Captain Dale survived.", "refuted"),
        ("Captain Dale survived the fire.", "supported"),
        ("Captain Dale and pilot Roth survived.", "supported"),
    ],
)  # fmt: skip
def test_a_survivor_said_to_have_died_is_refuted(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """No one both survived and died (`[predicates.survive] excludes = ["kill"]`): a person
    the fact lists among the survivors is refuted as dead, also where another clause of the
    claim says someone survived (all three had been supported by the crew's fact)."""
    assert_verdict(own(RIVER_FERRY_FATES).check(claim), expected)


RIVER_WRONG_SIDE = (
    _river(_VARN, _OSK, _LUME, _CORSA, _BRISA)
    + """[[facts]]
id = "corsa-wrong-side"
kind = "event"
date = 2021-03-04
source = ["¶3"]
text.en = "The Corsa was steaming down the wrong side of the channel, straight towards the Brisa."
text.zh = "科尔萨号驶入了航道的错误一侧，正迎着布里萨号驶来。"
aliases.en = ["wrong side", "wrong side of the channel"]
aliases.zh = ["错误一侧", "错误航道"]

[facts.values]
actor = "party-corsa"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Brisa was on the wrong side of the channel.", "not_enough_info"),
        ("It was the Brisa that was steaming down the wrong side of the channel.", "not_enough_info"),
        ("是布里萨号驶入了航道的错误一侧。", "not_enough_info"),
        ("The Corsa was on the wrong side of the channel.", "supported"),
        ("科尔萨号驶入了航道的错误一侧。", "supported"),
        ("The Corsa was steaming towards the Brisa.", "supported"),
    ],
)  # fmt: skip
def test_an_actor_named_in_passing_is_not_the_subject_of_the_facts_deed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fact's one `actor` is the Corsa; its words name the Brisa only as what the Corsa
    steamed towards. A claim that makes the Brisa the subject, with no verb whose roles
    would judge it and without naming the Corsa, is not backed (it had been supported)."""
    assert_verdict(own(RIVER_WRONG_SIDE).check(claim), expected)


RIVER_COLLISION = (
    _river(_VARN, _OSK, _LUME, _CORSA, _BRISA)
    + """[[facts]]
id = "barge-collision"
kind = "event"
date = 2021-03-04
source = ["¶3"]
text.en = "The Corsa's bow rammed the Brisa amidships near the lock."
text.zh = "科尔萨号的船头在船闸附近撞上了布里萨号的船身中部。"
aliases.en = ["collision", "rammed"]
aliases.zh = ["相撞", "撞上"]

[facts.values]
actor = "party-corsa"
target = "party-brisa"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Brisa rammed the Corsa near the lock.", "refuted"),
        ("The Brisa's bow rammed the Corsa.", "refuted"),
        ("布里萨号撞上了科尔萨号。", "refuted"),
        ("The Corsa rammed the Brisa near the lock.", "supported"),
        ("科尔萨号撞上了布里萨号。", "supported"),
        ("The Brisa was rammed by the Corsa.", "supported"),
    ],
)  # fmt: skip
def test_a_deed_turned_round_is_refuted(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The claim's doer is the fact's `target` and the one it acts on the fact's `actor`:
    the claim has turned the deed round (it had been supported); the passive is not."""
    assert_verdict(own(RIVER_COLLISION).check(claim), expected)


RIVER_INQUIRY = (
    _river(_VARN, _OSK, _LUME, _FERRO)
    + """[[facts]]
id = "person-vale"
kind = "person"
source = ["¶2"]
text.en = "Ada Vale, a judge of Osk's high court."
text.zh = "艾达·韦尔，奥斯克高等法院法官。"
aliases.en = ["Vale", "Ada Vale", "Judge Vale"]
aliases.zh = ["韦尔", "艾达·韦尔", "韦尔法官"]

[facts.values]
office = "judge"

[[facts]]
id = "lock-inquiry"
kind = "event"
date = 2021-03-11
source = ["¶3"]
text.en = "The lock inquiry, presided over by Judge Vale, opened in Osk a week after the collision."
text.zh = "由韦尔法官主持的船闸事故调查在碰撞一周后于奥斯克开始。"
aliases.en = ["lock inquiry", "inquiry"]
aliases.zh = ["船闸事故调查", "调查"]

[facts.values]
leader = "person-vale"

[[facts]]
id = "lock-inquiry-findings"
kind = "event"
date = 2021-05-02
source = ["¶4"]
part_of = "lock-inquiry"
text.en = "The inquiry found the harbour master, Ferro, to blame."
text.zh = "调查认定港务长费罗负有责任。"
aliases.en = ["findings"]
aliases.zh = ["调查结论"]

[facts.values]
blamed = ["person-ferro"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ferro presided over the inquiry.", "refuted"),
        ("Judge Vale presided over the inquiry.", "supported"),
    ],
)  # fmt: skip
def test_a_deed_its_words_give_another_doer_is_not_said_of_one_they_never_name(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The inquiry's words say Vale presided; Ferro, whom they never name (its findings do),
    is refuted as the one who presided, with Vale as the correction (it had been supported,
    each part by one of the two facts)."""
    assert_verdict(own(RIVER_INQUIRY).check(claim), expected)


RIVER_HARBOUR_POSTS = (
    RIVER_INQUIRY
    + """
[[facts]]
id = "place-kell"
kind = "place"
source = ["¶1"]
text.en = "Kell, Osk's river port."
text.zh = "凯尔，奥斯克的河港。"
aliases.en = ["Kell"]
aliases.zh = ["凯尔"]

[[facts]]
id = "person-ferro-post"
kind = "statement"
source = ["¶2"]
text.en = "Ferro was the harbour master at Kell."
text.zh = "费罗是凯尔的港务长。"

[facts.values]
actor = "person-ferro"
place = ["place-kell"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The harbour master at Kell was Ada Vale.", "refuted"),
        ("The harbour master at Kell was Anton Ferro.", "supported"),
        ("Sitting beside the harbour master at Kell was Judge Vale.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_post_at_a_place_said_to_be_another_person_is_refuted(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The harbour master at Kell was Vale": where the post is (`at`, `in` and a place)
    may stand between the post and the copula of an identity, when the post opens the
    clause (it had been supported); not where the post is the object of another word."""
    assert_verdict(own(RIVER_HARBOUR_POSTS).check(claim), expected)


RIVER_BARGE_SIZE = (
    _river(_VARN, _OSK, _LUME, _CORSA)
    + """[fields.length]
type = "quantity"
group = "how-many"
en = "how long the barge was, bow to stern"
zh = "船身首尾尺寸"

[fields.height]
type = "quantity"
group = "how-many"
en = "how high its mast stood"
zh = "桅杆高度"

[[facts]]
id = "corsa-size"
kind = "count"
source = ["¶3"]
text.en = "The Corsa was about 40 metres long; her mast stood about 25 metres high."
text.zh = "科尔萨号长约40米，桅杆高约25米。"
aliases.en = ["size", "length"]
aliases.zh = ["尺寸", "长度"]

[facts.values]
length = { value = 40, unit = "metres", approx = "about" }
height = { value = 25, unit = "metres", approx = "about" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("科尔萨号全长约25米。", "refuted"),
        ("科尔萨号全长约40米。", "supported"),
        ("The Corsa was about 25 metres long.", "refuted"),
    ],
)  # fmt: skip
def test_a_chinese_word_of_a_fields_name_says_which_amount_is_meant(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """全长 is a word of the synonym group of `length`: the claim's number is the length,
    not the mast's height that the fact's words also give in metres (it had been supported)."""
    assert_verdict(own(RIVER_BARGE_SIZE).check(claim), expected)


RIVER_FLOOD_TOLL = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "flood-deaths"
kind = "count"
source = ["¶3"]
text.en = "Fifty-seven people died in the Osk flood."
text.zh = "奥斯克洪水共造成57人死亡。"
aliases.en = ["death toll"]
aliases.zh = ["死亡人数"]

[facts.values]
killed = { value = 57, unit = "people" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Fifty-seven people lost their lives in the Osk flood.", "supported"),
        ("Seventy people lost their lives in the Osk flood.", "refuted"),
        ("奥斯克洪水共造成570人死亡。", "refuted"),
        ("奥斯克洪水共有57人死亡。", "supported"),
        ("Together, the flood and the fire killed 70 people.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_death_toll_said_as_lives_lost_or_as_a_total(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "lost their lives" says dying; 共 before a bare count with no group named is the one
    count of the field its verb fills (570 against 57 had been left open), while a total of
    several named things may add counts and is not judged by one."""
    assert_verdict(own(RIVER_FLOOD_TOLL).check(claim), expected)


RIVER_TWO_DAYS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "person-mara"
kind = "person"
source = ["¶2"]
text.en = "Ida Mara, Varn's president, who declared the delta a disaster area on 21 May 2021 and flew over it by helicopter on 22 May."
text.zh = "伊达·马拉：瓦恩总统，2021年5月21日宣布三角洲为灾区，5月22日乘直升机飞越视察。"
aliases.en = ["Mara", "Ida Mara", "President Mara"]
aliases.zh = ["马拉", "伊达·马拉", "马拉总统"]

[facts.values]
office = "president"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("President Mara flew over the delta on 21 May 2021.", "not_enough_info"),
        ("President Mara flew over the delta on 22 May 2021.", "supported"),
        ("President Mara declared a disaster area on 21 May 2021.", "supported"),
        ("马拉总统于2021年5月21日乘直升机飞越视察。", "refuted"),
    ],
)  # fmt: skip
def test_a_day_the_facts_words_give_another_deed_does_not_date_this_one(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fact's words give the flight 22 May (a day without a year takes the year they
    said last, not a default one) and 21 May to the declaration: "flew over on 21 May" is
    not backed, and "flew over on 22 May" is."""
    assert_verdict(own(RIVER_TWO_DAYS).check(claim), expected)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("1970年4月11日，阿波罗13号发射升空。", ["1970年4月11日"]),
        ("4月13日晚，服务舱的2号氧气罐爆炸。", ["4月13日"]),
        ("11月22日宣布，于24号生效。", ["11月22日", "24号"]),
        ("11月22日宣布，24号起生效。", ["11月22日", "24号"]),
    ],
)  # fmt: skip
def test_a_number_before_hao_after_a_name_is_no_day(base, text: str, days: list[str]) -> None:  # type: ignore[no-untyped-def]
    """阿波罗13号 and 2号氧气罐 name a thing by its number, not the 13th (or 2nd) of the
    month said before; a bare 24号 after a comma or 于 is that day."""
    from factcheck.check import checker_for
    from factcheck.check.reader import read

    parts = read(text, checker_for(base).voc).parts
    assert [p.text for p in parts if p.kind == "date"] == days


def test_a_number_before_hao_is_no_count(apollo_13: Checker) -> None:
    """2号氧气罐 names the tank by its number: 2 is not the mission's elapsed hours (it had
    been refuted as "nearly 56 hours")."""
    result = apollo_13.check("1970年4月13日晚，服务舱的2号氧气罐发生了爆炸。")
    assert result.verdict != "refuted", result.corrections
    assert not [a for a in result.assertions if a.text == "2" and a.status == "refuted"]


RIVER_BETWEEN_DIRECTIONS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "place-dorn"
kind = "place"
source = ["¶1"]
text.en = "Dorn, Osk's capital."
text.zh = "多恩，奥斯克的首都。"
aliases.en = ["Dorn"]
aliases.zh = ["多恩"]

[[facts]]
id = "place-kell"
kind = "place"
source = ["¶1"]
text.en = "Kell, a river port about 40 kilometres northeast of Dorn."
text.zh = "凯尔，位于多恩东北方向约40公里的河港。"
aliases.en = ["Kell"]
aliases.zh = ["凯尔"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kell lies about 40 kilometres northeast of Dorn.", "supported"),
        ("Kell lies about 40 kilometres southwest of Dorn.", "refuted"),
        ("Dorn lies southwest of Kell.", "supported"),
    ],
)  # fmt: skip
def test_the_four_directions_between_are_directions(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """northeast, southwest, northwest, southeast are directions, each the opposite of the
    one across from it (southwest had been supported by the fact's words for northeast)."""
    assert_verdict(own(RIVER_BETWEEN_DIRECTIONS).check(claim), expected)


@pytest.fixture(scope="module")
def mount_st_helens() -> Checker:
    """The checker of the Mount St Helens topic's fact file."""
    return _topic("mount-st-helens")


@pytest.mark.parametrize(
    "claim",
    [
        "卡特总统在喷发四天后乘直升机视察了灾区。",
        "A week after that earthquake, a steam explosion blasted a crater about 250 feet wide"
        " through the summit ice cap.",
    ],
)
def test_a_length_from_an_event_the_words_leave_open_is_not_refuted(
    mount_st_helens: Checker, claim: str
) -> None:
    """ "四天后" from "the eruption": facts tied for the reference, on other days, make the
    length hold for one of them, so which event is meant is not settled (both true claims
    had been refuted from a later eruption's day)."""
    assert mount_st_helens.check(claim).verdict != "refuted"


RIVER_ZONES = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "delta-zones"
kind = "event"
date = 2021-04-30
source = ["¶5"]
text.en = "Varn drew two zones around the delta: an inner zone closed to the public and an outer zone open only to permit holders."
text.zh = "瓦恩在三角洲周围划出两个区：禁止公众进入的内区，以及只准持证者进入的外区。"
aliases.en = ["zones", "inner zone", "outer zone"]
aliases.zh = ["内区", "外区"]

[facts.values]
actor = "party-varn"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn's inner zone was open to the public.", "refuted"),
        ("Varn's inner zone was closed to the public.", "supported"),
        ("Varn's outer zone was open only to permit holders.", "supported"),
    ],
)  # fmt: skip
def test_of_two_opposite_words_the_one_said_of_the_thing_judges_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fact says both "closed" and "open" (`[antonyms]`), each of another zone: the one
    its words say first after the claim's "inner zone" judges the claim's word ("open" had
    been supported)."""
    assert_verdict(own(RIVER_ZONES).check(claim), expected)


RIVER_QUAKE = (
    _river(_VARN, _OSK, _LUME)
    + """[fields.magnitude]
type = "quantity"
group = "how-many"
en = "the magnitude of an earthquake"
zh = "地震震级"

[[facts]]
id = "delta-quake"
kind = "event"
date = 2021-03-20
source = ["¶6"]
text.en = "On 20 March 2021 a magnitude 4.2 earthquake struck beneath the delta."
text.zh = "2021年3月20日，三角洲地下发生4.2级地震。"
aliases.en = ["earthquake", "quake"]
aliases.zh = ["地震"]

[facts.values]
magnitude = { value = 4.2, unit = "magnitude" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 20 March 2021 an earthquake of magnitude 4.2 struck beneath the delta.", "supported"),
        ("The earthquake of 20 March 2021 measured magnitude 5.1.", "refuted"),
        ("A magnitude-5.1 quake struck beneath the delta on 20 March 2021.", "refuted"),
    ],
)  # fmt: skip
def test_a_unit_said_before_its_number_counts_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "magnitude 4.2": a unit the lexicon marks `leads` counts the number after it, and
    "measured" says no more than the amount does (both had been left open)."""
    assert_verdict(own(RIVER_QUAKE).check(claim), expected)


RIVER_FERRY_TOLL = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "place-kell-ferry"
kind = "place"
source = ["¶1"]
text.en = "The Kell ferry, Osk's river ferry."
text.zh = "凯尔号渡轮，奥斯克的内河渡轮。"
aliases.en = ["Kell ferry", "the Kell"]
aliases.zh = ["凯尔号渡轮", "凯尔号"]

[[facts]]
id = "ferry-disaster"
kind = "event"
date = 2021-06-02
source = ["¶7"]
text.en = "On 2 June 2021 the Kell ferry sank in a storm, killing 57 people."
text.zh = "2021年6月2日，凯尔号渡轮在风暴中沉没，57人遇难。"
aliases.en = ["Kell ferry disaster", "the disaster"]
aliases.zh = ["凯尔号渡轮事故", "事故"]

[facts.values]
place = ["place-kell-ferry"]
killed = { value = 57, unit = "people" }

[[facts]]
id = "ferry-aboard"
kind = "count"
date = 2021-06-02
source = ["¶7"]
part_of = "ferry-disaster"
text.en = "120 people were on the Kell that day; 55 of them died and 65 survived."
text.zh = "当天凯尔号上共有120人，其中55人遇难，65人生还。"
aliases.en = ["on board", "120 people"]
aliases.zh = ["船上的人", "120人"]

[facts.values]
place = ["place-kell-ferry"]
aboard = { value = 120, unit = "people" }
killed = { value = 55, unit = "people" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Kell ferry disaster killed 55 people in all.", "refuted"),
        ("The Kell ferry disaster killed 57 people.", "supported"),
        ("Of the 120 people on board the Kell, 55 died.", "supported"),
    ],
)  # fmt: skip
def test_a_count_of_a_part_is_not_the_count_of_the_whole_the_claim_names(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The Kell ferry disaster killed 55": the claim names the whole, whose own toll is 57;
    the 55 who died aboard are the part's (it had been supported by the part's count)."""
    assert_verdict(own(RIVER_FERRY_TOLL).check(claim), expected)


RIVER_HANDOVER = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "river-safety-handover"
kind = "event"
date = 2022-03-01
source = ["¶8"]
text.en = "In 2022 responsibility for river safety passed from the port board to the water agency."
text.zh = "2022年，河道安全监管职责从港务局移交给水务署。"
aliases.en = ["handover"]
aliases.zh = ["移交"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2022年，河道安全监管职责从港务局移交给了水务署。", "supported"),
        ("2022年，河道安全监管职责从水务署移交给了港务局。", "refuted"),
    ],
)  # fmt: skip
def test_a_chinese_handover_is_a_change_from_one_holder_to_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """从A移交给(了)B is a change from A to B: its two ends the other way round are refuted
    (it had been supported)."""
    assert_verdict(own(RIVER_HANDOVER).check(claim), expected)


RIVER_TWO_PRESIDENTS = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "person-mara"
kind = "person"
source = ["¶2"]
text.en = "Ida Mara, Varn's president until 2021."
text.zh = "伊达·马拉：瓦恩总统，任期至2021年。"
aliases.en = ["Mara", "Ida Mara", "President Mara", "the President"]
aliases.zh = ["马拉", "伊达·马拉", "马拉总统", "总统"]

[facts.values]
office = "president"

[[facts]]
id = "person-kor"
kind = "person"
source = ["¶9"]
text.en = "Eli Kor, Varn's president, who signed the law creating the delta reserve on 26 August 2022."
text.zh = "伊莱·科尔：瓦恩总统，2022年8月26日签署设立三角洲保护区的法律。"
aliases.en = ["Kor", "Eli Kor", "President Kor"]
aliases.zh = ["科尔", "伊莱·科尔", "科尔总统"]

[facts.values]
office = "president"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2022年8月26日，马拉总统签署法律设立三角洲保护区。", "not_enough_info"),
        ("2022年8月26日，科尔总统签署法律设立三角洲保护区。", "supported"),
    ],
)  # fmt: skip
def test_a_title_in_a_persons_own_words_names_no_other_holder(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """总统 in Kor's own words (瓦恩总统; his alias 科尔总统 holds it) is his title, not Mara,
    whose alias it also is: Kor's fact does not name Mara, so it backs no deed of hers (it
    had been supported)."""
    assert_verdict(own(RIVER_TWO_PRESIDENTS).check(claim), expected)


RIVER_FAIR = """format = 1

[[facts]]
id = "river-festival"
kind = "event"
start = 2021-05-01
end = 2021-05-10
source = ["¶1"]
text.en = "The river festival ran from 1 to 10 May 2021."
text.zh = "河流节于2021年5月1日至10日举行。"
aliases.en = ["river festival", "festival"]
aliases.zh = ["河流节"]

[[facts]]
id = "river-festival-concerts"
kind = "event"
part_of = "river-festival"
start = 2021-05-01
end = 2021-05-02
source = ["¶2"]
text.en = "The festival's opening concerts were held on 1 and 2 May."
text.zh = "河流节的开幕音乐会于5月1日和2日举行。"
aliases.en = ["opening concerts"]
aliases.zh = ["开幕音乐会"]

[[facts]]
id = "boat-fair"
kind = "event"
start = 2021-06-03
end = 2021-06-08
source = ["¶3"]
text.en = "A boat fair was held from 3 to 8 June 2021."
text.zh = "船展于2021年6月3日至8日举行。"
aliases.en = ["boat fair", "fair"]
aliases.zh = ["船展"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("船展比开幕音乐会更长。", "supported"),
        ("船展持续的时间比那次开幕音乐会更长。", "supported"),
        ("船展比河流节更长。", "refuted"),
        ("船展比整个河流节短。", "supported"),
        ("The boat fair lasted longer than the entire opening concerts.", "supported"),
        ("The boat fair was shorter than the entire river festival.", "supported"),
        ("The boat fair was longer than the entire river festival.", "refuted"),
    ],
)  # fmt: skip
def test_a_length_comparison_accounts_for_its_function_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """比 before a comparative the lexicon lists (更长) is its function word, and "the entire"
    before a side whose own event was measured says nothing more (both had been left
    unaccounted, so the claims were not_enough_info)."""
    assert_verdict(own(RIVER_FAIR).check(claim), expected)


RIVER_ALTERNATIVES = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "person-adda"
kind = "person"
source = ["¶2"]
text.en = "Pia Adda, Lume's foreign minister."
text.zh = "皮娅·阿达，鲁姆外交部长。"
aliases.en = ["Adda", "Pia Adda"]
aliases.zh = ["阿达", "皮娅·阿达"]

[facts.values]
office = "foreign minister"

[[facts]]
id = "ferry-release"
kind = "event"
date = 2022-03-04
source = ["¶3"]
text.en = "On 4 March 2022 Varn freed two Osk ferrymen, with Lume mediating."
text.zh = "2022年3月4日，在鲁姆斡旋下，瓦恩释放了两名奥斯克摆渡人。"
aliases.en = ["ferrymen freed"]
aliases.zh = ["摆渡人获释"]
closed = ["mediators"]

[facts.values]
actor = "party-varn"
mediators = ["party-lume"]
released = { value = 2, unit = "ferrymen" }

[[facts]]
id = "accord-stage-1"
kind = "event"
source = ["¶4"]
text.en = "In the accord's first stage Varn opens the upper sluices."
text.zh = "协定第一阶段，瓦恩开放上游水闸。"
aliases.en = ["first stage"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1
actor = "party-varn"

[[facts]]
id = "accord-stage-2"
kind = "event"
source = ["¶4"]
text.en = "In the accord's second stage Osk dredges the shared channel."
text.zh = "协定第二阶段，奥斯克疏浚共用航道。"
aliases.en = ["second stage"]
aliases.zh = ["第二阶段"]

[facts.values]
ordinal = 2
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("It was Lume, not Osk, that brokered the release of the two ferrymen in March 2022.", "supported"),
        ("Osk, not Lume, brokered the release of the two ferrymen in March 2022.", "refuted"),
        ("2022年3月4日，瓦恩在鲁姆而非奥斯克的斡旋下释放了摆渡人。", "supported"),
        ("2022年3月4日，瓦恩在奥斯克而非鲁姆的斡旋下释放了摆渡人。", "refuted"),
        ("按照协定，奥斯克疏浚共用航道被安排在第二阶段，而不是第一阶段。", "supported"),
        ("Osk dredges the shared channel in the accord's second stage rather than its first.", "supported"),
        ("Adda is the foreign minister, not the prime minister.", "supported"),
        ("Adda is the prime minister, not the foreign minister.", "refuted"),
        ("The ferrymen were freed through Lume rather than Osk.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_named_alternative_is_judged_by_the_slot_the_other_fills(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "A, not B", A而非B, "A rather than B": the fact that holds A decides B; a slot of one
    value or a closed list does not hold B, so the denial holds; a fact whose verb's slot
    holds B refutes it even where A is not the fact's; a slot no verb of the claim fills
    ("through Lume") decides nothing (the denied part had been left unaccounted)."""
    assert_verdict(own(RIVER_ALTERNATIVES).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("河流节的非音乐会时间比开幕音乐会更长。", "not_enough_info"),
        ("开幕音乐会的时间比河流节的非音乐会时间更长。", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_chinese_prefix_of_negation_makes_a_noun_not_a_denial(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """非音乐会时间 ("the time without concerts") names a thing; it denies no concert (it
    had been refuted by the concerts' own fact)."""
    assert_verdict(own(RIVER_FAIR).check(claim), expected)


@pytest.mark.parametrize(
    "claim",
    [
        "以色列在谈判中一直追求的是临时停火，而非永久停火。",
        "以方在谈判中追求的一直只是临时停火，而非永久停火。",
    ],
)
def test_er_fei_sets_one_thing_against_another(base, claim: str) -> None:  # type: ignore[no-untyped-def]
    """而非 is one word, "rather than": the permanent ceasefire is what is denied, and the
    fact that says Israel sought a temporary one backs the denial (the first had been
    refuted, its 非 read apart from 而)."""
    assert_verdict(check(base, claim), "supported")


RIVER_POOL = """format = 1

[[facts]]
id = "pool-layers"
kind = "event"
source = ["¶1"]
text.en = "The Osk reservoir is layered: warm surface water sits over cold, silty deep water."
text.zh = "奥斯克水库分层：温暖的表层水压在寒冷、多淤泥的深层水之上。"
aliases.en = ["layered", "layers"]
aliases.zh = ["分层"]

[[facts]]
id = "pool-dam"
kind = "event"
source = ["¶2"]
text.en = "The dam's lower gate was opened, and the upper gate stayed shut."
text.zh = "大坝的下闸门被打开，上闸门一直关着。"
aliases.en = ["dam"]
aliases.zh = ["大坝"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the Osk reservoir cold surface water sits over warm, silty deep water.", "refuted"),
        ("In the Osk reservoir warm surface water sits over cold, silty deep water.", "supported"),
        ("在奥斯克水库，寒冷的表层水压在温暖的深层水之上。", "refuted"),
        ("在奥斯克水库，温暖的表层水压在寒冷的深层水之上。", "supported"),
        ("The dam's lower gate was opened, and the upper gate stayed shut.", "supported"),
        ("The dam's upper gate was opened, and the lower gate stayed shut.", "refuted"),
        ("The upper gate was opened.", "refuted"),
    ],
)  # fmt: skip
def test_two_opposite_words_said_the_other_way_round(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Where a fact's words say both of two opposites, the one they put just before the
    thing the claim's word stands before judges it (温暖的表层水, "warm surface water"; of a
    thing named twice, the one whose words round it the claim's share); two opposites
    exchanged are one error; "lower" before a noun with no "than" is a word, no comparison
    (all had been supported or left open)."""
    assert_verdict(own(RIVER_POOL).check(claim), expected)


RIVER_VOYAGE = """format = 1

[[facts]]
id = "person-tove"
kind = "person"
source = ["¶1"]
text.en = "Ada Tove, the barge's master."
text.zh = "阿达·托韦，驳船船长。"
aliases.en = ["Tove", "Ada Tove", "the master", "master"]
aliases.zh = ["托韦", "船长"]

[facts.values]
office = "master"

[[facts]]
id = "person-brun"
kind = "person"
source = ["¶1"]
text.en = "Ole Brun, the barge's mate."
text.zh = "奥勒·布伦，驳船大副。"
aliases.en = ["Brun", "Ole Brun"]
aliases.zh = ["布伦"]

[facts.values]
office = "mate"

[[facts]]
id = "voyage-12"
kind = "event"
date = 2021-04-02
source = ["¶2"]
text.en = "Voyage 12 of the grain barge left Varn on 2 April 2021 with a crew of two."
text.zh = "运粮驳船的第12航次于2021年4月2日从瓦恩出发，船员两人。"
aliases.en = ["Voyage 12"]
aliases.zh = ["第12航次"]

[facts.values]
crew = ["person-tove", "person-brun"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Brun was the master of Voyage 12.", "refuted"),
        ("Tove was the master of Voyage 12.", "supported"),
    ],
)
def test_a_role_of_an_event_that_names_its_holder_is_that_holders(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the master of Voyage 12", where the voyage's fact names the master among its crew:
    the role is the master's, and another crew member said to be it is refuted (it had
    been taken for a role held elsewhere and left to the words, which backed it)."""
    assert_verdict(own(RIVER_VOYAGE).check(claim), expected)


RIVER_BOARD = """format = 1

[[facts]]
id = "person-kell"
kind = "person"
source = ["¶1"]
text.en = "Ivo Kell, a Varn hydrologist."
text.zh = "伊沃·凯尔，瓦恩水文学家。"
aliases.en = ["Kell", "Ivo Kell"]
aliases.zh = ["凯尔", "伊沃·凯尔"]

[[facts]]
id = "party-flood-board"
kind = "party"
source = ["¶2"]
text.en = "The Flood Review Board, chaired by Ivo Kell; its members included the engineer Mara Lund."
text.zh = "洪水审查委员会，由伊沃·凯尔主持，成员包括工程师玛拉·伦德。"
aliases.en = ["Flood Review Board", "the board"]
aliases.zh = ["洪水审查委员会"]

[facts.values]
leader = "person-kell"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Engineer Mara Lund chaired the Flood Review Board.", "refuted"),
        ("Ivo Kell chaired the Flood Review Board.", "supported"),
    ],
)
def test_a_name_no_one_bears_is_not_the_doer_a_field_holds(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A name the base knows no one by, before a verb whose field holds a person (the
    board's `leader`), where that person's own fact never gives the name, is the wrong doer
    (it had been supported by the words that name Lund as a member)."""
    assert_verdict(own(RIVER_BOARD).check(claim), expected)


RIVER_GROUNDED = """format = 1

[[facts]]
id = "barge-grounded"
kind = "event"
source = ["¶1"]
text.en = "After the collision the barge fleet was grounded for three weeks."
text.zh = "相撞之后，驳船船队停航三周。"
aliases.en = ["grounded", "grounding"]
aliases.zh = ["停航"]

[facts.values]
duration = { value = 21, unit = "days" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("After the collision the barge fleet remained grounded for three weeks.", "supported"),
        ("After the collision the barge fleet stayed grounded for three weeks.", "supported"),
        ("After the collision the barge fleet stayed in port for three weeks.", "not_enough_info"),
    ],
)
def test_a_verb_of_staying_before_a_state_is_a_copula(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "remained grounded", "stayed grounded": the state is what is said, the verb of
    staying a copula (it had been left unaccounted); "stayed in port" keeps its verb."""
    assert_verdict(own(RIVER_GROUNDED).check(claim), expected)


RIVER_CURFEW = """format = 1

[[facts]]
id = "curfew"
kind = "event"
start = 2022-07-04
source = ["¶1"]
text.en = "A river curfew ran every night from 4 July 2022; the harbour office announced it on 5 July."
text.zh = "河道宵禁自2022年7月4日起每晚实行；港务局7月5日才宣布。"
aliases.en = ["river curfew", "curfew"]
aliases.zh = ["河道宵禁", "宵禁"]

[facts.values]
announced = 2022-07-05

[[facts]]
id = "curfew-announced"
kind = "event"
date = 2022-07-05
source = ["¶1"]
text.en = "On 5 July 2022 the harbour office announced the river curfew."
text.zh = "2022年7月5日，港务局宣布实行河道宵禁。"
aliases.en = ["curfew announced"]
aliases.zh = ["宣布宵禁"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("按作者的梳理，港务局于2022年7月5日宣布实行河道宵禁。", "supported"),
        ("河道宵禁从7月5日起每晚实行。", "refuted"),
        ("按港务局的说法，河道宵禁从7月5日起每晚实行。", "refuted"),
        ("河道宵禁从7月4日起每晚实行。", "supported"),
    ],
)  # fmt: skip
def test_an_attribution_frame_and_the_first_day_of_a_period(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """按…的说法/统计/梳理，…: the frame's words of "according to" and of "account" say
    nothing (they had been left unaccounted); 从7月5日起 is the first day of a period,
    which the announcement's one day is not (it had backed it)."""
    assert_verdict(own(RIVER_CURFEW).check(claim), expected)


@pytest.fixture(scope="module")
def deepwater_horizon() -> Checker:
    """The checker of the Deepwater Horizon topic's fact file."""
    return _topic("deepwater-horizon")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("There were 115 people on the rig.", "refuted"),
        ("平台上共有115人，其中11人遇难。", "refuted"),
        ("There were 126 people on the rig.", "supported"),
        ("115 people escaped.", "supported"),
    ],
)
def test_a_part_of_a_typed_count_is_not_the_whole(
    deepwater_horizon: Checker, claim: str, expected: str
) -> None:
    """A number said with no verb of its own is the whole's (the typed count, 126), never
    one of its `parts` that the fact's words give to a verb (115 escaped): it had been
    supported by those words, and the typed count now refutes it. (No small file
    reproduced it.)"""
    assert_verdict(deepwater_horizon.check(claim), expected)


RIVER_LEVELS = """format = 1

[[facts]]
id = "lock-drill"
kind = "event"
source = ["¶1"]
text.en = "During the drill the lock held water at about 4 metres; in a flood it would hold about 7 metres."
text.zh = "演练期间船闸蓄水约4米；遇洪水时将蓄水约7米。"
aliases.en = ["lock drill", "drill"]
aliases.zh = ["船闸演练", "演练"]

[facts.values]
level = { value = 4, unit = "metres", approx = "about" }
flood_level = { value = 7, unit = "metres", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("During the drill the lock held water at about 7 metres.", "not_enough_info"),
        ("During the drill the lock held water at about 4 metres.", "supported"),
    ],
)
def test_a_qualified_field_needs_its_qualifier(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Of `level` and `flood_level`, the qualified amount (and its number in the words) backs
    a claim only where the claim says "flood": the drill's 7 metres had been supported."""
    assert_verdict(own(RIVER_LEVELS).check(claim), expected)


RIVER_TITLES = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "person-sava"
kind = "person"
source = ["¶1"]
text.en = "Ena Sava, head of Varn's water board, who said on 3 May 2022 that Varn would open the sluices."
text.zh = "埃娜·萨瓦：瓦恩水务局负责人，2022年5月3日表示瓦恩将开放水闸。"
aliases.en = ["Sava", "Ena Sava"]
aliases.zh = ["萨瓦", "埃娜·萨瓦"]

[[facts]]
id = "sava-sluices"
kind = "statement"
date = 2022-05-03
source = ["¶1"]
text.en = "On 3 May 2022 Sava said Varn would open the sluices."
text.zh = "2022年5月3日，萨瓦表示瓦恩将开放水闸。"
aliases.en = ["open the sluices"]
aliases.zh = ["开放水闸"]

[facts.values]
speaker = "person-sava"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("On 3 May 2022 Varn water board chief Sava said Varn would open the sluices.", "supported"),
        ("On 3 May 2022 Varn navy chief Sava said Varn would open the sluices.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_title_before_a_name_is_backed_by_the_persons_own_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The words right before a person's name are a title, backed where the person's own
    fact says each of them ("head of Varn's water board" for "Varn water board chief"); a
    word it does not say (navy) leaves it open (the title had been left unaccounted)."""
    assert_verdict(own(RIVER_TITLES).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("By the author's account, the harbour office announced the river curfew on 5 July 2022.", "supported"),
        ("Going by the article's dates, the harbour office announced the river curfew on 5 July 2022.", "supported"),
        ("By the article's account, the harbour office announced the river curfew on 4 July 2022.", "refuted"),
    ],
)  # fmt: skip
def test_an_english_frame_of_the_articles_own_reckoning(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "By the article's account", "Going by the article's dates": the frame's words say
    nothing (account, dates had been left unaccounted)."""
    assert_verdict(own(RIVER_CURFEW).check(claim), expected)


def test_a_during_frame_after_plus_is_the_last_items_own(base) -> None:  # type: ignore[no-untyped-def]
    """ "the two freed in October plus the hostages released during the truce": "during"
    frames the last item, whose deed a fact within the truce says; the first item's
    October release is not refuted for lying outside it (it had been)."""
    claim = (
        "By the article's numbers, the two Americans freed in October plus the hostages "
        "released during the November truce add up to 102 people."
    )
    assert check(base, claim).verdict != "refuted"


RIVER_TALKED_OUT = (
    _river(_VARN, _OSK, _LUME)
    + """[[facts]]
id = "dam-talks"
kind = "event"
date = 2022-08-01
source = ["¶3"]
text.en = "On 1 August 2022 Lume held talks with Varn but could not talk Varn out of closing the upper dam."
text.zh = "2022年8月1日，鲁姆与瓦恩会谈，但没能说服瓦恩放弃关闭上游大坝。"
aliases.en = ["dam talks"]
aliases.zh = ["大坝会谈"]

[facts.values]
participants = ["party-lume", "party-varn"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the dam talks Lume talked Varn out of closing the upper dam.", "refuted"),
        ("In the dam talks Lume could not talk Varn out of closing the upper dam.", "supported"),
    ],
)
def test_talking_someone_out_of_a_deed_is_stopping_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "talked Varn out of closing the dam" stops the closing, as "prevented" does, and the
    fact says Lume could not: refuted (it had been supported, as a talk with Varn)."""
    assert_verdict(own(RIVER_TALKED_OUT).check(claim), expected)


RIVER_AGENT = """format = 1

[[facts]]
id = "party-varn"
kind = "party"
source = ["¶1"]
text.en = "Varn, a state upstream."
text.zh = "瓦恩，上游的一个国家。"
aliases.en = ["Varn", "Varnish"]
aliases.zh = ["瓦恩"]

[facts.values]
type = "state"

[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, a state downstream."
text.zh = "奥斯克，下游的一个国家。"
aliases.en = ["Osk", "Oskan"]
aliases.zh = ["奥斯克"]

[facts.values]
type = "state"

[[facts]]
id = "party-river-agency"
kind = "party"
source = ["¶1"]
text.en = "The River Agency, Varn's water intelligence service."
text.zh = "河流局，瓦恩的水情机构。"
aliases.en = ["River Agency"]
aliases.zh = ["河流局"]

[facts.values]
type = "agency"

[[facts]]
id = "person-dace"
kind = "person"
source = ["¶2"]
text.en = "Ora Dace, intelligence director of Varn's River Agency, who went to Lake Ulm for the talks in May 2022."
text.zh = "奥拉·戴斯：瓦恩河流局局长，2022年5月赴乌尔姆湖参加会谈。"
aliases.en = ["Dace", "Ora Dace"]
aliases.zh = ["戴斯", "奥拉·戴斯"]

[facts.values]
office = "director"
affiliation = "party-river-agency"
country = "party-varn"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Oskan intelligence director Dace went to Lake Ulm for the talks.", "refuted"),
        ("Varnish intelligence director Dace went to Lake Ulm for the talks.", "supported"),
    ],
)  # fmt: skip
def test_a_state_before_a_persons_title_is_their_country(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A state's name before a person's title and name ("Oskan intelligence director Dace")
    is their country, of the fields holding states (`country`, not the agency of
    `affiliation`): another state is refuted (it had been supported by the words); a noun of
    a doer (director) is a word of the title."""
    assert_verdict(own(RIVER_AGENT).check(claim), expected)


RIVER_SWITCH = """format = 1

[[facts]]
id = "ferry-refit"
kind = "event"
date = 2021-03-01
source = ["¶1"]
text.en = "On 1 March 2021 the ferry's engines were changed to electric drive."
text.zh = "2021年3月1日，渡轮的发动机改为电力驱动。"
aliases.en = ["refit"]
aliases.zh = ["改装"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In 2021 the ferry's engines were switched to electric drive.", "supported"),
        ("In 2021 the crew switched on the ferry's electric drive.", "not_enough_info"),
    ],
)
def test_switched_to_is_changed_to_and_switched_on_is_not(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "switched to" says what "changed to" says (it had been left open); "switched on" is
    another deed, which no word of the fact holds."""
    assert_verdict(own(RIVER_SWITCH).check(claim), expected)


RIVER_SEA = """format = 1

[[facts]]
id = "place-varn-deep"
kind = "place"
source = ["¶1"]
text.en = "The Varn Deep, a stretch of the Pacific off the Varn coast."
text.zh = "瓦恩深海：瓦恩沿岸外的一片太平洋海域。"
aliases.en = ["Varn Deep"]
aliases.zh = ["瓦恩深海"]

[facts.values]
type = "ocean area"

[[facts]]
id = "barge-sinking"
kind = "event"
date = 2019-06-02
source = ["¶2"]
text.en = "On 2 June 2019 the barge Tolle sank in the Varn Deep."
text.zh = "2019年6月2日，驳船托勒号在瓦恩深海沉没。"
aliases.en = ["Tolle", "the barge"]
aliases.zh = ["托勒号"]

[facts.values]
place = ["place-varn-deep"]
"""


@pytest.mark.parametrize(
    "claim",
    ["The barge Tolle sank in the Atlantic Ocean in 2019.", "2019年，驳船托勒号在大西洋沉没。"],
)
def test_a_place_of_a_type_the_fields_type_names_in_more_words_contradicts_it(
    own: Callable[[str], Checker], claim: str
) -> None:
    """An ocean the base never names where the fact's place is an "ocean area" is another
    place of the same kind (the types had been compared whole, and the claim left open)."""
    assert_verdict(own(RIVER_SEA).check(claim), "refuted")


RIVER_OLD_FIRE = """format = 1

[[facts]]
id = "mill-fire"
kind = "event"
start = 1702-04-09
end = 1702-04-11
source = ["¶1"]
text.en = "The Varn mill fire started on Thursday 9 April 1702 (Old Style) and burned for three days."
text.zh = "瓦恩磨坊大火于1702年4月9日（星期四，旧历）烧起，延烧三天。"
aliases.en = ["mill fire"]
aliases.zh = ["磨坊大火"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The mill fire started on a Thursday.", "supported"),
        ("The mill fire started on Thursday 9 April 1702.", "supported"),
        ("The mill fire started on Sunday 9 April 1702.", "refuted"),
        ("The mill fire started on a Sunday.", "refuted"),
        ("磨坊大火于1702年4月9日星期日烧起。", "refuted"),
        ("The barn fire started on a Sunday.", "not_enough_info"),
    ],
)
def test_the_weekday_a_facts_text_gives_its_day_decides(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A weekday the fact's own text gives its day decides, whatever today's calendar says
    of that date (the file counts Old Style; 9 April 1702 is a Sunday by the Gregorian
    count): the other weekday is refuted (it had been supported by either calendar). A
    weekday said of the verb of a span's start is judged by its first day, where the
    clause's other words are the fact's (a barn fire is no fact's)."""
    assert_verdict(own(RIVER_OLD_FIRE).check(claim), expected)


_LUME_TOWN = """[[facts]]
id = "place-lume"
kind = "place"
source = ["¶1"]
text.en = "Lume, a lake town."
text.zh = "鲁姆：一座湖畔小镇。"
aliases.en = ["Lume"]
aliases.zh = ["鲁姆"]
"""


RIVER_TALKS = (
    _river(_VARN, _OSK, _LUME_TOWN)
    + """
[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶1"]
text.en = "Tarn, a mill town."
text.zh = "塔恩：一座磨坊小镇。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[[facts]]
id = "talks-lume"
kind = "event"
date = 2021-05-04
source = ["¶2"]
text.en = "Talks on the dam were held in Lume on 4 May 2021 between Varn's envoys alone; Osk stayed away."
text.zh = "2021年5月4日，关于大坝的会谈在鲁姆举行，只有瓦恩的使节出席，奥斯克没有参加。"
aliases.en = ["Lume talks"]
aliases.zh = ["鲁姆会谈"]

[facts.values]
place = ["place-lume"]
participants = ["party-varn"]

[[facts]]
id = "talks-tarn"
kind = "event"
date = 2022-08-09
source = ["¶3"]
text.en = "Talks on the dam were held in Tarn on 9 August 2022, and both Varn and Osk sent a delegation."
text.zh = "2022年8月9日，关于大坝的会谈在塔恩举行，瓦恩和奥斯克都派出了代表团。"
aliases.en = ["Tarn talks"]
aliases.zh = ["塔恩会谈"]

[facts.values]
place = ["place-tarn"]
participants = ["party-varn", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn's envoys met in Lume in May 2021, and Osk sent a delegation to the talks.",
         "not_enough_info"),
        ("Varn's envoys met in Tarn in August 2022, and Osk sent a delegation to the talks.",
         "supported"),
        ("Osk sent a delegation to the talks in Tarn.", "supported"),
    ],
)  # fmt: skip
def test_the_talks_of_a_later_statement_are_those_an_earlier_one_named(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the talks" after a statement about the Lume talks are the Lume talks: that another
    round's fact has Osk send a delegation does not back it (it had been supported by the
    Tarn talks' fact)."""
    assert_verdict(own(RIVER_TALKS).check(claim), expected)


RIVER_LOCK_QUEUE = (
    _river(_VARN, _OSK)
    + """
[[facts]]
id = "lock-queue"
kind = "event"
date = 2020-07-03
source = ["¶2"]
text.en = "On 3 July 2020 Varn's barge entered the Tolle lock, and Osk's barge moored below the gate."
text.zh = "2020年7月3日，瓦恩的驳船驶入托勒船闸，奥斯克的驳船停泊在闸门下方。"
aliases.en = ["lock queue"]
aliases.zh = ["船闸排队"]

[facts.values]
actor = ["party-varn", "party-osk"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk's barge entered the Tolle lock, and Varn's barge moored below the gate.",
         "refuted"),
        ("Varn's barge entered the Tolle lock, and Osk's barge moored below the gate.",
         "supported"),
        ("奥斯克的驳船驶入托勒船闸，瓦恩的驳船停泊在闸门下方。", "refuted"),
    ],
)  # fmt: skip
def test_two_deeds_a_facts_sentences_give_two_actors_given_the_other_way_round(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fact's sentence has Varn's barge enter first and Osk's moor below; the claim
    gives each deed to the other actor: both deeds are refuted (the words had all been
    found in the fact, and the claim supported)."""
    assert_verdict(own(RIVER_LOCK_QUEUE).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Fighting in Gaza resumed on 1 December 2023.", "not_enough_info"),
        ("停火到期后，加沙战事在2023年12月1日恢复。", "not_enough_info"),
        ("Fighting resumed on 1 December 2023.", "disputed"),
    ],
)
def test_the_day_other_reporting_gives_an_event_is_not_refuted_by_another_facts_day(  # type: ignore[no-untyped-def]
    base, claim: str, expected: str
) -> None:
    """Other reporting dates the resumption to 1 December: a statement of it whose other
    words ("in Gaza") lean to another fact is no longer refuted by that fact's day (it had
    been, by resolution 2735's); it is left open where those words are not the
    resumption's own."""
    assert_verdict(check(base, claim), expected)


RIVER_PILOT = """format = 1

[[facts]]
id = "person-tolle"
kind = "person"
source = ["¶1"]
text.en = "Mara Tolle, 49, was the ferry's bosun on the night of the storm."
text.zh = "玛拉·托勒时年49岁，风暴当晚任渡轮水手长。"
aliases.en = ["Mara Tolle", "Tolle"]
aliases.zh = ["玛拉·托勒", "托勒"]

[facts.values]
age = { value = 49, unit = "years" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Mara Tolle, aged 57, was the ferry's bosun.", "refuted"),
        ("Mara Tolle, aged 49, was the ferry's bosun.", "supported"),
        ("Mara Tolle, 51, was the ferry's bosun.", "refuted"),
        ("Mara Tolle was 57.", "refuted"),
        ("Mara Tolle was 49.", "supported"),
        ("Mara Tolle became a sailor at the age of 16.", "not_enough_info"),
    ],
)
def test_an_age_said_before_its_number_or_after_a_name_is_an_age(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "aged 57", "Tolle, 51,", "Tolle was 57." are ages, whole years, judged by `age`
    (they had been bare numbers no fact held; 51 is not "about" the 49 her Chinese words
    give loosely); "at the age of 16" is an age at another time, and stays open."""
    assert_verdict(own(RIVER_PILOT).check(claim), expected)


RIVER_BERTH = """format = 1

[[facts]]
id = "ferry-mooring"
kind = "event"
date = 2022-04-11
source = ["¶4"]
text.en = "On 11 April 2022 the ferry Aurin moored at berth 4 in Lume harbour."
text.zh = "2022年4月11日，渡轮奥林号停靠鲁姆港4号泊位。"
aliases.en = ["berth 4", "mooring"]
aliases.zh = ["4号泊位"]

[facts.values]
identifier = "berth 4"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The ferry Aurin moored at berth 12 in Lume harbour.", "refuted"),
        ("The ferry Aurin moored at berth 4 in Lume harbour.", "supported"),
    ],
)
def test_a_label_of_another_length_than_the_one_a_field_types_contradicts_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "berth 12" where the fact's `identifier` is "berth 4": the wrong berth (labels of as
    many digits alone had been compared, so 12 against 4 stayed open)."""
    assert_verdict(own(RIVER_BERTH).check(claim), expected)


RIVER_ROUNDS_WALK = """format = 1

[[facts]]
id = "keeper-rounds"
kind = "event"
date = 2023-02-14
source = ["¶5"]
text.en = "On the night of the flood the lock keeper Idris Vale walked the length of the dam twice."
text.zh = "洪水当夜，船闸看守伊德里斯·韦尔沿大坝走了两遍。"
aliases.en = ["Idris Vale", "Vale"]
aliases.zh = ["伊德里斯·韦尔", "韦尔"]

[facts.values]
count = { value = 2, unit = "times" }

[[facts]]
id = "ferry-trips"
kind = "event"
date = 2023-03-01
source = ["¶6"]
text.en = "In 2022 the ferry Aurin crossed to Osk ten times and to Lume seven times."
text.zh = "2022年，渡轮奥林号十次驶往奥斯克，七次驶往鲁姆。"
aliases.en = ["Aurin crossings"]
aliases.zh = ["奥林号航次"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Idris Vale walked the length of the dam twice.", "supported"),
        ("Idris Vale walked the length of the dam two times.", "supported"),
        ("Idris Vale walked the length of the dam three times.", "refuted"),
        ("In 2022 the ferry Aurin crossed to Osk seven times.", "not_enough_info"),
    ],
)
def test_how_many_times_is_judged_by_the_times_a_fact_gives(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "twice", "three times" against the fact's typed count in `times` (they had been
    bare numbers no fact held); a fact whose words give two figures in times (ten, seven)
    backs neither of them alone."""
    assert_verdict(own(RIVER_ROUNDS_WALK).check(claim), expected)


RIVER_ROUTE_TEXT = (
    _river(_LUME_TOWN)
    + """
[[facts]]
id = "party-aurin"
kind = "party"
source = ["¶2"]
text.en = "The ferry Aurin, which was sailing from Lume to Tarnby when it answered the call."
text.zh = "渡轮奥林号，接到呼叫时正从鲁姆驶往塔恩比。"
aliases.en = ["Aurin", "the Aurin"]
aliases.zh = ["奥林号"]

[facts.values]
type = "ferry"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Aurin was sailing from Tarnby to Lume.", "refuted"),
        ("奥林号当时正从塔恩比驶往鲁姆。", "refuted"),
        ("The Aurin was sailing from Lume to Tarnby.", "supported"),
        ("奥林号当时正从鲁姆驶往塔恩比。", "supported"),
    ],
)
def test_a_route_in_a_facts_words_said_the_other_way_round(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A route the fact's words give ("from Lume to Tarnby", 从鲁姆驶往塔恩比) and types in no
    `from`/`to` field, said the other way round: refuted (each end was found in its words,
    and the claim supported)."""
    assert_verdict(own(RIVER_ROUTE_TEXT).check(claim), expected)


RIVER_DROP = """format = 1

[[facts]]
id = "sandbag-drops"
kind = "event"
date = 2019-04-27
source = ["¶6"]
text.en = "Barges dropped about 5,000 tonnes of sand, clay and gravel onto the Varn dam."
text.zh = "驳船向瓦恩大坝投下约5000吨沙子、黏土和砾石。"
aliases.en = ["sand drops"]
aliases.zh = ["投沙"]

[facts.values]
count = { value = 5000, unit = "tonnes", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Barges dropped about 5,000 tonnes of sand, clay and gravel on 27 April 2019.",
         "supported"),
        ("Barges dropped about 50,000 tonnes of sand, clay and gravel on 27 April 2019.",
         "refuted"),
    ],
)  # fmt: skip
def test_a_number_with_a_thousands_comma_stays_in_its_statement(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The comma of "5,000" is no break between statements: the number had fallen between
    the two statements cut there, and was judged by neither (the claim left open)."""
    assert_verdict(own(RIVER_DROP).check(claim), expected)


RIVER_UNTESTED = """format = 1

[[facts]]
id = "place-tolle-tank"
kind = "place"
source = ["¶1"]
text.en = "The Tolle tank, a storage tank on the Varn quay."
text.zh = "托勒储罐：瓦恩码头上的一座储罐。"
aliases.en = ["the Tolle tank", "the tank"]
aliases.zh = ["托勒储罐", "储罐"]

[[facts]]
id = "tank-untested"
kind = "event"
source = ["¶2"]
part_of = "place-tolle-tank"
text.en = "The tank was never tested by filling it with water before it was put to use."
text.zh = "储罐在投入使用前从未灌水做过测试。"
aliases.en = ["never tested"]
aliases.zh = ["从未测试"]

[[facts]]
id = "keeper-missed-crack"
kind = "event"
date = 2021-01-15
source = ["¶3"]
text.en = "On 15 January 2021 the keeper did not notice that the tank had cracked."
text.zh = "2021年1月15日，看守没有注意到储罐已经开裂。"
aliases.en = ["crack missed"]
aliases.zh = ["未发现裂缝"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The tank was never tested.", "supported"),
        ("The tank was tested.", "not_enough_info"),
        ("The tank was tested with water.", "not_enough_info"),
        ("The tank did not crack.", "refuted"),
    ],
)
def test_a_denial_right_before_a_verb_denies_that_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "was never tested by filling it … before it was put to use": the testing is denied,
    not the putting to use (a later verb of another clause had taken the denial, and "The
    tank was tested" been supported); "did not notice that the tank had cracked" denies the
    noticing (a `knowing` verb), and says the tank cracked ("did not crack" had been
    supported by the words of that denial)."""
    assert_verdict(own(RIVER_UNTESTED).check(claim), expected)


RIVER_OWNER = """format = 1

[lexicon.predicates.own]
en = ["owned", "own", "belonged to"]
zh = ["拥有", "属于"]
fields = ["owner"]

[[facts]]
id = "party-tolle-mills"
kind = "party"
source = ["¶1"]
text.en = "Tolle Mills, a flour company of Varn."
text.zh = "托勒磨坊：瓦恩的一家面粉公司。"
aliases.en = ["Tolle Mills"]
aliases.zh = ["托勒磨坊"]

[facts.values]
type = "company"

[[facts]]
id = "party-varn-grain"
kind = "party"
source = ["¶1"]
text.en = "Varn Grain, the trading house that owns Tolle Mills."
text.zh = "瓦恩粮业：拥有托勒磨坊的贸易公司。"
aliases.en = ["Varn Grain"]
aliases.zh = ["瓦恩粮业"]

[facts.values]
type = "company"

[[facts]]
id = "place-silo"
kind = "place"
source = ["¶2"]
text.en = "The silo on the Varn quay, owned by Tolle Mills."
text.zh = "瓦恩码头上的筒仓，归托勒磨坊所有。"
aliases.en = ["the silo"]
aliases.zh = ["筒仓"]
closed = ["owner"]

[facts.values]
owner = ["party-tolle-mills"]

[[facts]]
id = "silo-built"
kind = "event"
source = ["¶3"]
part_of = "place-silo"
text.en = "Ada Rusk, Varn Grain's treasurer, oversaw the building of the silo."
text.zh = "瓦恩粮业的司库艾达·拉斯克监督了筒仓的建造。"
aliases.en = ["silo built"]
aliases.zh = ["建造筒仓"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The silo belonged to Varn Grain.", "not_enough_info"),
        ("The silo belonged to Tolle Mills.", "supported"),
    ],
)
def test_who_a_verb_ending_in_to_names_is_held_by_the_verbs_field(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "belonged to Varn Grain": the owner named after the verb is judged by the `owner`
    field of the fact that types the verb (Tolle Mills, closed), not backed by the words of
    another fact of the silo that name Varn Grain (it had been supported)."""
    assert_verdict(own(RIVER_OWNER).check(claim), expected)


RIVER_MILL_TOLL = """format = 1

[lexicon.units.workers]
en = ["worker", "workers"]
zh = ["名工人", "工人"]
kind = "person"

[lexicon.units.guards]
en = ["guard", "guards"]
zh = ["名警卫", "警卫"]
kind = "person"

[[facts]]
id = "place-varn-town"
kind = "place"
source = ["¶1"]
text.en = "Varn, a river town."
text.zh = "瓦恩：一座河畔小镇。"
aliases.en = ["Varn"]
aliases.zh = ["瓦恩"]

[[facts]]
id = "place-tolle-mill"
kind = "place"
part_of = "place-varn-town"
source = ["¶1"]
text.en = "The Tolle mill in Varn."
text.zh = "瓦恩的托勒磨坊。"
aliases.en = ["the Tolle mill", "the mill"]
aliases.zh = ["托勒磨坊", "磨坊"]

[[facts]]
id = "flood-toll"
kind = "count"
source = ["¶2"]
text.en = "The flood killed 40 workers in Varn."
text.zh = "洪水在瓦恩造成40名工人死亡。"
aliases.en = ["flood toll"]
aliases.zh = ["洪水死亡人数"]

[facts.values]
killed = { value = 40, unit = "workers" }
place = ["place-varn-town"]

[[facts]]
id = "mill-toll"
kind = "count"
source = ["¶3"]
part_of = "flood-toll"
text.en = "In the mill itself 25 workers died."
text.zh = "磨坊里有25名工人遇难。"
aliases.en = ["died in the mill"]
aliases.zh = ["磨坊遇难"]

[facts.values]
killed = { value = 25, unit = "workers" }
place = ["place-tolle-mill"]

[[facts]]
id = "mill-guards-toll"
kind = "count"
source = ["¶3"]
part_of = "flood-toll"
related = ["mill-toll"]
text.en = "Three guards also died in the mill."
text.zh = "磨坊里还有三名警卫遇难。"
aliases.en = ["guards killed"]
aliases.zh = ["警卫遇难"]

[facts.values]
killed = { value = 3, unit = "guards" }
place = ["place-tolle-mill"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the Tolle mill itself 40 workers and three guards died.", "refuted"),
        ("In the Tolle mill itself 25 workers died.", "supported"),
        ("The flood killed 40 workers in Varn.", "supported"),
    ],
)
def test_a_count_said_of_a_place_is_that_places_own_count(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "40 workers died in the mill": the mill's own count (25, a part of the flood's 40)
    refutes it; the whole's count had backed it."""
    assert_verdict(own(RIVER_MILL_TOLL).check(claim), expected)


RIVER_VOTE_NONE = """format = 1

[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, a member of the river council."
text.zh = "奥斯克：河流理事会成员。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]

[[facts]]
id = "accord-vote"
kind = "vote"
date = 2022-03-09
source = ["¶2"]
text.en = "The river council adopted the water accord by four votes to none, with Osk abstaining."
text.zh = "河流理事会以四票赞成、零票反对通过水资源协议，奥斯克弃权。"
aliases.en = ["water accord", "the accord"]
aliases.zh = ["水资源协议"]

[facts.values]
for = 4
abstain = 1
abstainers = ["party-osk"]

[[facts]]
id = "osk-abstains"
kind = "event"
date = 2022-03-09
source = ["¶2"]
part_of = "accord-vote"
text.en = "Osk, one of the council's member states, did not vote for the water accord: it abstained."
text.zh = "理事会成员国奥斯克没有对水资源协议投赞成票，而是投了弃权票。"
aliases.en = ["Osk abstains"]
aliases.zh = ["奥斯克弃权"]

[facts.values]
actor = ["party-osk"]
"""


@pytest.mark.parametrize(
    "claim",
    ["没有任何成员国对水资源协议投赞成票。", "没有一个成员国对水资源协议投赞成票。"],
)
def test_a_denial_of_a_whole_group_is_not_backed_by_one_members_denial(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "Not a single member voted for the accord" (没有任何/没有一个): Osk's own denial says
    nothing of the other members (it had backed the claim), and 一个 there is no count."""
    assert own(RIVER_VOTE_NONE).check(claim).verdict != "supported"


RIVER_RANKED = """format = 1

[[facts]]
id = "party-aurin"
kind = "party"
source = ["¶1"]
text.en = "The ferry Aurin, the second-largest ship of the Varn fleet."
text.zh = "渡轮奥林号，瓦恩船队中第二大的船。"
aliases.en = ["Aurin", "the Aurin"]
aliases.zh = ["奥林号"]

[facts.values]
type = "ferry"
"""


def test_a_superlative_the_facts_give_only_after_a_rank_is_not_backed_without_it(
    own: Callable[[str], Checker],
) -> None:
    """ "the largest ship" where the fact says "the second-largest": not backed (the word
    "largest" had been found in the fact's words, and the claim supported)."""
    result = own(RIVER_RANKED).check("The Aurin was the largest ship of the Varn fleet.")
    assert result.verdict != "supported"
    assert any(a.text == "largest" and a.status != "supported" for a in result.assertions)


RIVER_FLOODS = (
    _river(_VARN, _OSK)
    + """
[[facts]]
id = "flood-ranking"
kind = "count"
source = ["¶2"]
text.en = "The Varn flood was the second-deadliest flood of the century, after the Osk flood of 1902."
text.zh = "瓦恩洪水是本世纪死亡人数第二多的洪水，仅次于1902年的奥斯克洪水。"

[facts.values]
ordinal = 2

[[facts]]
id = "aurin-aground"
kind = "event"
source = ["¶3"]
text.en = "The ferry ran aground on the Bréhat shoal."
text.zh = "渡轮在布雷阿浅滩搁浅。"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Varn flood was the second-deadliest flood of the century.", "supported"),
        (
            "The Osk flood of 1902 was the second-deadliest flood of the century.",
            "not_enough_info",
        ),
        ("1902年的奥斯克洪水是本世纪死亡人数第二多的洪水。", "not_enough_info"),
    ],
)
def test_a_rank_is_not_given_to_the_one_the_fact_ranks_ahead(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the second-deadliest, after the Osk flood": the Osk flood is ranked ahead, and a
    claim that gives it the second place is not backed (it had been, word for word)."""
    assert_verdict(own(RIVER_FLOODS).check(claim), expected)


def test_a_name_written_without_its_accents_is_the_same_word(
    own: Callable[[str], Checker],
) -> None:
    """ "Brehat" for "Bréhat": one word either way (the é had cut it in two)."""
    assert_verdict(
        own(RIVER_FLOODS).check("The ferry ran aground on the Brehat shoal."), "supported"
    )


RIVER_TOWN_TOLLS = (
    _river(_VARN, _OSK)
    + """
[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶1"]
part_of = "place-vale"
text.en = "Tarn, a town on the Varn bank."
text.zh = "塔恩：瓦恩河岸的一座小镇。"
aliases.en = ["Tarn", "town of Tarn"]
aliases.zh = ["塔恩"]

[[facts]]
id = "place-mell"
kind = "place"
source = ["¶1"]
part_of = "place-vale"
text.en = "Mell, a town on the Osk bank."
text.zh = "梅尔：奥斯克河岸的一座小镇。"
aliases.en = ["Mell", "the town"]
aliases.zh = ["梅尔"]

[[facts]]
id = "place-vale"
kind = "place"
source = ["¶1"]
text.en = "The Vale, the valley that holds both towns."
text.zh = "河谷地区，两座小镇所在的山谷。"
aliases.en = ["the Vale"]
aliases.zh = ["河谷地区"]

[[facts]]
id = "flood"
kind = "event"
source = ["¶2"]
text.en = "The spring flood swept down the valley through Mell and on towards Tarn."
text.zh = "春季洪水沿山谷而下，冲过梅尔，又涌向塔恩。"

[[facts]]
id = "tarn-deaths"
kind = "count"
source = ["¶2"]
part_of = "flood"
text.en = "The flood killed about 300 people in the town of Tarn."
text.zh = "洪水在河边小镇造成约300人死亡。"

[facts.values]
place = ["place-tarn"]
killed = { value = 300, unit = "people", approx = "about" }

[[facts]]
id = "mell-deaths"
kind = "count"
source = ["¶2"]
part_of = "flood"
text.en = "Downstream, more than 2,000 of its inhabitants were killed."
text.zh = "在下游，有2000多人遇难。"

[facts.values]
place = ["place-mell"]
killed = { value = 2000, unit = "inhabitants", approx = "more_than" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("About 300 people were killed in Tarn.", "supported"),
        ("About 300 people were killed in the Vale.", "supported"),
        ("About 300 people were killed in Mell.", "refuted"),
        ("约300人在梅尔遇难。", "refuted"),
        ("About 300 people were killed in the town of Tarn.", "supported"),
    ],
)
def test_a_count_said_of_another_place_than_its_facts_is_that_places(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A toll typed for Tarn, said of Mell: not backed (it had been: "the town", a name of
    Mell, was read in "the town of Tarn" in the toll's words); said of the valley that
    holds Tarn, backed."""
    assert_verdict(own(RIVER_TOWN_TOLLS).check(claim), expected)


def test_a_place_on_one_side_of_a_comparison_is_not_contradicted_by_the_others_fact(
    own: Callable[[str], Checker],
) -> None:
    """ "More were killed in Mell than in Tarn": Tarn's toll does not contradict Mell, the
    other side (once "the town of Tarn" was read as Tarn's name, its place had refuted the
    claim); Mell's toll counts inhabitants, not people, so the comparison stays open."""
    claim = "More people were killed in Mell than in Tarn."
    assert_verdict(own(RIVER_TOWN_TOLLS).check(claim), "not_enough_info")


RIVER_DEPARTMENTS = """format = 1

[[facts]]
id = "place-north-shire"
kind = "place"
source = ["¶1"]
text.en = "North Shire, a department of the river country."
text.zh = "北郡：河流之国的一个省。"
aliases.en = ["North Shire"]
aliases.zh = ["北郡"]

[facts.values]
type = "department"

[[facts]]
id = "place-south-shire"
kind = "place"
source = ["¶1"]
text.en = "South Shire, another department downstream."
text.zh = "南郡：下游的另一个省。"
aliases.en = ["South Shire"]
aliases.zh = ["南郡"]

[facts.values]
type = "department"

[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶1"]
part_of = "place-north-shire"
text.en = "Tarn, a mill town on the upper river."
text.zh = "塔恩：上游的一座磨坊小镇。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[facts.values]
type = "town"

[[facts]]
id = "place-weir"
kind = "place"
source = ["¶1"]
text.en = "The Weir, a dam on the lower river."
text.zh = "堰坝：下游河段上的一座坝。"
aliases.en = ["the Weir"]
aliases.zh = ["堰坝"]

"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Tarn is in North Shire.", "supported"),
        ("Tarn lies in the department of North Shire.", "supported"),
        ("塔恩位于北郡。", "supported"),
        ("Tarn is in South Shire.", "refuted"),
        ("Tarn lies in the department of South Shire.", "refuted"),
        ("塔恩位于南郡。", "refuted"),
        ("Tarn is in the Weir.", "not_enough_info"),
        ("Tarn is on South Shire.", "refuted"),
        ("Tarn, in South Shire, is a mill town on the upper river.", "refuted"),
        ("Tarn, a mill town in South Shire, is on the upper river.", "refuted"),
        ("Tarn, in North Shire, is a mill town on the upper river.", "supported"),
        ("位于南郡的塔恩是上游的一座磨坊小镇。", "refuted"),
        ("南郡上的塔恩是上游的一座磨坊小镇。", "refuted"),
        ("位于北郡的塔恩是上游的一座磨坊小镇。", "supported"),
        ("Tarn was a mill town in South Shire.", "refuted"),
        ("Tarn was a mill town in North Shire.", "supported"),
        ("Tarn is the largest town in North Shire.", "not_enough_info"),
    ],
)
def test_where_a_place_lies_is_judged_by_what_its_fact_says_it_is_part_of(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A town said to lie in another department than its `part_of` one is contradicted
    (left open before), also where a phrase set off by commas says it ("Tarn, in South
    Shire, …", 位于南郡的塔恩) or a description ("was a mill town in South Shire", whose
    words other than the place are left to the facts: "the largest" is not backed); one said
    to lie where its fact never puts it stays open."""
    assert_verdict(own(RIVER_DEPARTMENTS).check(claim), expected)


RIVER_TOLL_PARTS = """format = 1

[[facts]]
id = "flood-toll"
kind = "count"
source = ["¶1"]
text.en = "The flood killed 2,300 people in all: 300 in the mill town and 2,000 in Mell."
text.zh = "洪水共造成2300人死亡：磨坊小镇300人，梅尔2000人。"

[facts.values]
killed = { value = 2300, unit = "people", parts = [300, 2000] }

[[facts]]
id = "tarn-toll"
kind = "count"
source = ["¶1"]
text.en = "In the mill town the flood killed 300 people."
text.zh = "洪水在磨坊小镇造成300人死亡。"

[facts.values]
killed = { value = 300, unit = "people" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The flood killed 2,300 people in all.", "supported"),
        ("The flood killed 300 people in all.", "refuted"),
        ("洪水共造成300人死亡。", "refuted"),
        ("洪水在磨坊小镇共造成300人死亡。", "supported"),
    ],
)
def test_a_part_of_a_total_said_with_a_word_for_the_total_is_the_totals(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "killed 300 people in all", 共造成300人死亡, where 300 is one of the toll's `parts`:
    refuted by the total (the part's own fact had backed it); where the claim names the part
    (the mill town, by 300 in the total's words), the part's count stands."""
    assert_verdict(own(RIVER_TOLL_PARTS).check(claim), expected)


RIVER_GEAR = """format = 1

[[facts]]
id = "wheel-burst"
kind = "event"
source = ["¶1"]
text.en = "On landing the front right wheel of the left main gear burst."
text.zh = "着陆时，左主起落架的右前轮爆裂。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The front right wheel of the left main gear burst.", "supported"),
        ("The front right wheel of the right main gear burst.", "refuted"),
        ("The front left wheel of the left main gear burst.", "refuted"),
    ],
)
def test_a_side_word_before_a_noun_is_a_quality_not_a_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the left main gear": "left" after a determiner or a word of place, before a noun,
    is the opposite of "right", not the verb "leave" (both had been supported, each "right"
    and "left" found somewhere in the fact's words)."""
    assert_verdict(own(RIVER_GEAR).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The flood killed 2,300 people.", "supported"),
        ("The flood killed 2,300 people in the mill town.", "refuted"),
        ("洪水在磨坊小镇造成2300人死亡。", "refuted"),
        ("In the mill town and in Mell the flood killed 2,300 people in all.", "supported"),
    ],
)
def test_a_total_said_with_the_words_of_one_part_is_not_that_parts_count(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "2,300 killed in the mill town", where the toll's words put the mill town by 300:
    refuted by the part's figure (the total's fact had backed it, every word in its text);
    a claim naming both parts, with a word for the total, says the total."""
    assert_verdict(own(RIVER_TOLL_PARTS).check(claim), expected)


RIVER_FLEET = (
    _river(_VARN, _OSK)
    + """
[[facts]]
id = "barge-fleet"
kind = "count"
source = ["¶2"]
text.en = "Only Varn and Osk ran grain barges on the river, seven each."
text.zh = "只有瓦恩和奥斯克在河上经营运粮驳船，各七艘。"

[facts.values]
operators = ["party-varn", "party-osk"]
fleet = { value = 14, unit = "barges", parts = [7, 7] }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn and Osk ran 14 grain barges on the river.", "supported"),
        ("Varn ran 14 grain barges on the river.", "refuted"),
        ("Osk ran fourteen grain barges on the river.", "refuted"),
    ],
)
def test_a_figure_of_all_members_said_of_one_is_not_its_share(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Varn ran 14 barges", where 14 has one part for each of the fact's two operators:
    refuted by Varn's share, 7 (it had been backed, Varn being one of the operators)."""
    assert_verdict(own(RIVER_FLEET).check(claim), expected)


RIVER_BARGE_YARDS = """format = 1

[[facts]]
id = "barge-corsa"
kind = "party"
source = ["¶1"]
text.en = "The Corsa, a grain barge built at Tennel in 1990 and based at Hollow Quay."
text.zh = "科尔萨号：一艘运粮驳船，1990年在坦内尔建成，以霍洛码头为基地。"
aliases.en = ["Corsa", "the Corsa"]
aliases.zh = ["科尔萨号"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Corsa was built at Tennel.", "supported"),
        ("The Corsa was based at Hollow Quay.", "supported"),
        ("The Corsa was based at Tennel.", "refuted"),
    ],
)
def test_a_name_after_one_words_at_is_not_another_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "based at Tennel", where the fact's words say "built at Tennel … based at Hollow
    Quay": Tennel is where it was built (each word had been found in the words, and the
    claim supported)."""
    assert_verdict(own(RIVER_BARGE_YARDS).check(claim), expected)


RIVER_TALK_RESULTS = """format = 1

[[facts]]
id = "spring-talks"
kind = "event"
source = ["¶1"]
text.en = "The spring talks on the river produced nothing."
text.zh = "春季河流谈判毫无成果。"

[[facts]]
id = "autumn-talks"
kind = "event"
source = ["¶2"]
text.en = "The autumn talks on the river produced a new accord."
text.zh = "秋季河流谈判达成了一项新协议。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The autumn talks produced a new accord.", "supported"),
        ("The autumn talks produced no accord.", "refuted"),
        ("The autumn talks produced nothing.", "refuted"),
        ("The spring talks produced nothing.", "supported"),
    ],
)
def test_a_verb_before_no_or_nothing_is_denied(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "produced no accord", "produced nothing": the producing is denied (the word "no" had
    been left unread, and the claim open), in the claim and in the fact's words alike."""
    assert_verdict(own(RIVER_TALK_RESULTS).check(claim), expected)


RIVER_FIRMS = """format = 1

[fields.parent]
type = "ref"
group = "who"
en = "the company that owns a subsidiary"
zh = "母公司"

[[facts]]
id = "party-varn-barge"
kind = "party"
source = ["¶1"]
text.en = "Varn Barge Lines, a subsidiary of Tessel Holdings, ran the grain barges."
text.zh = "瓦恩驳船公司：泰塞尔控股的子公司，经营运粮驳船。"
aliases.en = ["Varn Barge Lines", "Varn Barge"]
aliases.zh = ["瓦恩驳船公司"]

[facts.values]
type = "shipping company"
parent = "party-tessel"

[[facts]]
id = "party-tessel"
kind = "party"
source = ["¶1"]
text.en = "Tessel Holdings, a river trading group."
text.zh = "泰塞尔控股：一家河运贸易集团。"
aliases.en = ["Tessel Holdings", "Tessel"]
aliases.zh = ["泰塞尔控股"]

[facts.values]
type = "holding company"

[[facts]]
id = "party-osk-yard"
kind = "party"
source = ["¶1"]
text.en = "Osk Yards, a shipbuilder that built the barges."
text.zh = "奥斯克船厂：建造这些驳船的造船厂。"
aliases.en = ["Osk Yards"]
aliases.zh = ["奥斯克船厂"]

[facts.values]
type = "shipbuilder"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn Barge Lines was a subsidiary of Tessel Holdings.", "supported"),
        ("Tessel Holdings was the parent company of Varn Barge Lines.", "supported"),
        ("瓦恩驳船公司是泰塞尔控股的子公司。", "supported"),
        ("Tessel Holdings was a subsidiary of Varn Barge Lines.", "refuted"),
        ("Varn Barge Lines was the parent company of Tessel Holdings.", "refuted"),
        ("瓦恩驳船公司是泰塞尔控股的母公司。", "refuted"),
        ("泰塞尔控股的母公司是瓦恩驳船公司。", "refuted"),
        ("Varn Barge Lines was a subsidiary of Osk Yards.", "refuted"),
    ],
)
def test_who_holds_whom_is_judged_by_the_field_the_relation_names(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "a subsidiary of", 子公司, 母公司 (the lexicon's `[relations.parent]`): judged by the
    held company's `parent`; turned round, or given another holder, refuted (the words
    had been found in the facts and the turned claims supported)."""
    assert_verdict(own(RIVER_FIRMS).check(claim), expected)


RIVER_LAUNCHES = """format = 1

[[facts]]
id = "party-corsa-barge"
kind = "party"
source = ["¶1"]
text.en = "The Corsa, a grain barge."
text.zh = "科尔萨号，一艘运粮驳船。"
aliases.en = ["Corsa", "the Corsa"]
aliases.zh = ["科尔萨号"]

[facts.values]
type = "barge"

[[facts]]
id = "party-aurin-barge"
kind = "party"
source = ["¶1"]
text.en = "The Aurin, a sister barge."
text.zh = "奥林号，一艘姊妹驳船。"
aliases.en = ["Aurin", "the Aurin"]
aliases.zh = ["奥林号"]

[facts.values]
type = "barge"

[[facts]]
id = "corsa-launch"
kind = "event"
date = 1990-04-26
source = ["¶2"]
text.en = "The Corsa was launched at the Tennel yard on 26 April 1990."
text.zh = "1990年4月26日，科尔萨号在坦内尔船厂下水。"

[[facts]]
id = "aurin-launch"
kind = "event"
date = 1990-05-03
source = ["¶2"]
text.en = "The Aurin followed on 3 May 1990, a week after the Corsa."
text.zh = "奥林号于1990年5月3日下水，比科尔萨号晚一周。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Corsa was launched on 26 April 1990.", "supported"),
        ("The Corsa was launched on 3 May 1990.", "not_enough_info"),
    ],
)
def test_a_dated_deed_of_one_actor_is_not_backed_by_a_mention_of_it_in_anothers(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The Corsa was launched on 3 May", where 3 May is the Aurin's launch and its words
    name the Corsa only after the Aurin ("a week after the Corsa"): not backed (it had been,
    the Corsa found in those words)."""
    assert_verdict(own(RIVER_LAUNCHES).check(claim), expected)


RIVER_MILL_BOARD = (
    RIVER_DEPARTMENTS
    + """[[facts]]
id = "party-mill-board"
kind = "party"
source = ["¶2"]
text.en = "The Mill Board, the body that runs the mills, based in Tarn."
text.zh = "磨坊委员会：管理磨坊的机构，设在塔恩。"
aliases.en = ["the Mill Board", "Mill Board"]
aliases.zh = ["磨坊委员会"]

[[facts]]
id = "weir-flood"
kind = "event"
source = ["¶3"]
text.en = "The Mill Board closed the Weir and flooded South Shire."
text.zh = "磨坊委员会关闭堰坝，淹没了南郡。"

[facts.values]
actor = "party-mill-board"
place = ["place-weir", "place-south-shire"]
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Mill Board is in Tarn.", "supported"),
        ("The Mill Board is in South Shire.", "not_enough_info"),
    ],
)
def test_where_an_actor_lies_is_judged_by_its_own_fact(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An actor said to lie in a place its own fact never puts it: open (the Mill Board had
    been backed by the place of the flood it caused, South Shire)."""
    assert_verdict(own(RIVER_MILL_BOARD).check(claim), expected)


RIVER_ALARMS = """format = 1

[[facts]]
id = "flood-alarms"
kind = "event"
date = 1990-04-26
source = ["¶1"]
text.en = "A yellow alarm was sounded at 5:40 a.m., and a red alarm at 6:15 a.m."
text.zh = "早上5点40分拉响黄色警报，6点15分又拉响红色警报。"

[facts.values]
local_time = 06:15:00
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("A red alarm was sounded at 6:15 a.m.", "supported"),
        ("A yellow alarm was sounded at 5:40 a.m.", "supported"),
        ("A red alarm was sounded at 5:40 a.m.", "refuted"),
        ("A yellow alarm was sounded at 6:15 a.m.", "refuted"),
        ("红色警报于早上5点40分拉响。", "refuted"),
    ],
)
def test_a_time_goes_with_the_words_the_fact_gives_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "A red alarm at 5:40", where the fact's words give 5:40 to the yellow alarm and 6:15
    to the red one: the word "red" stands only with 6:15; refuted (every word and both
    times were in the words, and the claim had been supported)."""
    assert_verdict(own(RIVER_ALARMS).check(claim), expected)


RIVER_CROSSING = """format = 1

[[facts]]
id = "place-tarn-town"
kind = "place"
source = ["¶1"]
text.en = "Tarn, a river town."
text.zh = "塔恩：一座河边小镇。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[[facts]]
id = "place-ferry-crossing"
kind = "place"
source = ["¶1"]
text.en = "The ferry crossing, a landing about 120 miles north-east of Tarn."
text.zh = "渡口：位于塔恩东北约120英里处的一个码头。"
aliases.en = ["the ferry crossing"]
aliases.zh = ["渡口"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("渡口位于塔恩东北约120英里处。", "supported"),
        ("渡口位于塔恩西北约120英里处。", "refuted"),
    ],
)
def test_a_chinese_character_of_a_pair_is_read_with_its_neighbours(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """西北约 against the fact's 东北约, where 北约 is read as a name (NATO) and 西 is left
    alone: one character of a pair of opposites (the lexicon's `antonyms`) said where the
    fact's words say the other, beside the same characters, is contradicted (the claim had
    been supported)."""
    assert_verdict(own(RIVER_CROSSING).check(claim), expected)


RIVER_KEEL_TRIAL = (
    _river(_VARN)
    + """
[lexicon.predicates.convict]
zh = ["罪名成立"]

[[facts]]
id = "person-keel"
kind = "person"
source = ["¶1"]
text.en = "Ansel Keel, the master of the barge."
text.zh = "安瑟尔·基尔：驳船船长。"
aliases.en = ["Keel", "Ansel Keel"]
aliases.zh = ["基尔"]

[[facts]]
id = "keel-verdict"
kind = "event"
source = ["¶2"]
text.en = "The jury acquitted Keel of drunken steering and convicted him only of overloading."
text.zh = "陪审团裁定基尔醉酒驾船罪名不成立，仅认定他超载罪名成立。"

[facts.values]
target = "person-keel"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("陪审团裁定基尔醉酒驾船罪名成立。", "not_enough_info"),
        ("陪审团裁定基尔醉酒驾船罪名不成立。", "supported"),
    ],
)
def test_a_chinese_verdict_the_facts_words_deny_is_not_backed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """罪名成立 where the fact's words say 罪名不成立 of that charge: not backed (the words
    had been found, and the claim supported)."""
    assert_verdict(own(RIVER_KEEL_TRIAL).check(claim), expected)


RIVER_COSTS = """format = 1

[[facts]]
id = "fleet-cost"
kind = "count"
source = ["¶1"]
text.en = "The whole fleet programme cost $300 million."
text.zh = "整个船队计划耗资3亿美元。"
aliases.en = ["fleet programme", "$300 million"]
aliases.zh = ["船队计划", "3亿美元"]

[facts.values]
cost = { value = 300000000, unit = "dollars" }

[[facts]]
id = "barge-cost"
kind = "count"
source = ["¶1"]
part_of = "fleet-cost"
text.en = "The flagship barge cost about $100 million."
text.zh = "旗舰驳船的造价约为1亿美元。"
aliases.en = ["barge cost"]
aliases.zh = ["驳船造价"]

[facts.values]
cost = { value = 100000000, unit = "dollars", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The flagship barge cost about $100 million.", "supported"),
        ("The flagship barge on its own cost $300 million.", "refuted"),
        ("The whole fleet programme cost $300 million.", "supported"),
    ],
)
def test_a_wholes_figure_said_of_its_part_is_refuted_by_the_parts_own(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The barge on its own cost $300 million", backed by the barge's fact only through
    its whole's name ("$300 million"): refuted by the barge's own cost (it had been backed)."""
    assert_verdict(own(RIVER_COSTS).check(claim), expected)


SUMMIT = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state at war with Osk."
text.zh = "阿尔巴，与奥斯克交战的国家。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, an armed group."
text.zh = "奥斯克，一个武装团体。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]

[[facts]]
id = "party-lume"
kind = "party"
source = ["¶1"]
text.en = "Lume, the host state, which bans Osk."
text.zh = "卢姆，东道国，禁止奥斯克入境。"
aliases.en = ["Lume"]
aliases.zh = ["卢姆"]

[[facts]]
id = "party-tarsa"
kind = "party"
source = ["¶1"]
text.en = "Tarsa, a mediating state."
text.zh = "塔尔萨，一个调停国。"
aliases.en = ["Tarsa"]
aliases.zh = ["塔尔萨"]

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Ida Varn, Tarsa's envoy."
text.zh = "伊达·瓦恩，塔尔萨特使。"
aliases.en = ["Varn", "Ida Varn"]
aliases.zh = ["瓦恩"]

[[facts]]
id = "place-lyon"
kind = "place"
source = ["¶2"]
text.en = "Lyon, a city in Lume."
text.zh = "里昂，卢姆的一座城市。"
aliases.en = ["Lyon"]
aliases.zh = ["里昂"]

[[facts]]
id = "talks-lyon"
kind = "round"
date = 2031-03-02
source = ["¶2"]
text.en = "On 2 March 2031 Varn held talks in Lyon with Alba's delegation; Osk could not attend."
text.zh = "2031年3月2日，瓦恩在里昂与阿尔巴代表团会谈；奥斯克未能出席。"
aliases.en = ["Lyon talks"]
aliases.zh = ["里昂会谈"]
closed = ["participants"]

[facts.values]
place = ["place-lyon"]
participants = ["party-tarsa", "party-alba"]
negotiators = ["person-varn"]
absent = ["party-osk"]

[[facts]]
id = "talks-lyon-aim"
kind = "aim"
part_of = "talks-lyon"
source = ["¶2"]
text.en = "The Lyon talks sought a truce between Alba and Osk."
text.zh = "里昂会谈旨在促成阿尔巴与奥斯克停火。"
aliases.en = ["truce"]
aliases.zh = ["停火"]

[facts.values]
target = ["party-alba", "party-osk"]

[[facts]]
id = "talks-lyon-osk-absent"
kind = "event"
part_of = "talks-lyon"
source = ["¶2"]
text.en = "Osk could not attend the Lyon talks because Lume bans it."
text.zh = "由于卢姆禁止奥斯克入境，奥斯克未能出席里昂会谈。"
aliases.en = ["could not attend"]
aliases.zh = ["未能出席"]

[facts.values]
absent = ["party-osk"]
designated_by = "party-lume"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn met Osk in Lyon.", "refuted"),
        ("At the Lyon talks, Varn met Osk's delegation.", "refuted"),
        ("At the Lyon talks, Varn met Lume's delegation.", "refuted"),
        ("Varn met Alba's delegation at the Lyon talks.", "supported"),
        ("在里昂会谈中，瓦恩与奥斯克代表会谈。", "refuted"),
        ("After the Lyon talks ended, Varn went on to meet Lume.", "not_enough_info"),
    ],
)
def test_whom_a_gathering_holds_absent_or_outside_its_closed_list_was_not_met(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Varn met Osk": the talks hold Osk as absent, so an aim naming Osk as its target
    does not put it at the table (it was supported); Lume, named by the absence's reason,
    is outside the talks' closed list of participants. A meeting after the talks ended
    may be another: it stays open."""
    assert_verdict(own(SUMMIT).check(claim), expected)


WAR_DECLARED = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a kingdom."
text.zh = "阿尔巴，一个王国。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, a republic."
text.zh = "奥斯克，一个共和国。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]

[[facts]]
id = "war-declared"
kind = "event"
date = 2031-05-03
source = ["¶2"]
text.en = "Alba declared war on Osk on 3 May 2031, a year after the border raid."
text.zh = "2031年5月3日，阿尔巴对奥斯克宣战，距边境袭击一年。"
aliases.en = ["declaration of war", "declared war"]
aliases.zh = ["宣战"]

[facts.values]
actor = "party-alba"
target = ["party-osk"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk declared war on Alba on 3 May 2031.", "refuted"),
        ("Alba declared war on Osk on 3 May 2031.", "supported"),
        ("2031年5月3日，奥斯克对阿尔巴宣战。", "refuted"),
        ("奥斯克在2031年5月3日向阿尔巴宣战。", "refuted"),
        ("2031年5月3日，阿尔巴对奥斯克宣战。", "supported"),
    ],
)
def test_a_deed_turned_round_over_its_noun_or_before_its_chinese_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "declared war on Alba": the deed's own noun and "on" stand between the verb and the
    one it is done to; 对阿尔巴宣战: 对 or 向 names it before the verb. The fact holds Osk as
    the `target` and Alba as the `actor`, so the claim has turned the deed round (all three
    had been supported)."""
    assert_verdict(own(WAR_DECLARED).check(claim), expected)


INQUIRY_BLAME = """format = 1

[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, a shipping line."
text.zh = "奥斯克，一家航运公司。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Ida Varn, master of the Tarn."
text.zh = "伊达·瓦恩，塔恩号船长。"
aliases.en = ["Varn", "Captain Varn"]
aliases.zh = ["瓦恩", "瓦恩船长"]

[[facts]]
id = "inquiry"
kind = "event"
date = 2031-06-01
source = ["¶2"]
text.en = "The Tarn inquiry, which reported on 1 June 2031, laid the blame on Osk and cleared Captain Varn."
text.zh = "塔恩号调查于2031年6月1日发表报告，把责任归于奥斯克，并认定瓦恩船长无责。"
aliases.en = ["Tarn inquiry", "inquiry"]
aliases.zh = ["塔恩号调查", "调查"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tarn inquiry cleared Osk and blamed Captain Varn.", "refuted"),
        ("The inquiry cleared Osk.", "not_enough_info"),
        ("The Tarn inquiry laid the blame on Captain Varn.", "not_enough_info"),
        ("The Tarn inquiry blamed Osk and cleared Captain Varn.", "supported"),
    ],
)
def test_deeds_done_to_the_actors_the_facts_words_give_them(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The inquiry's words lay the blame on Osk and clear Varn. A claim that does each deed
    to the other's actor is refuted; one deed done to the actor the words give the other
    deed is not backed (all three had been supported), since which deed is the opposite of
    which is not read."""
    assert_verdict(own(INQUIRY_BLAME).check(claim), expected)


ALBA_AND_OSK = """[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state."
text.zh = "阿尔巴，一个国家。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, an armed group."
text.zh = "奥斯克，一个武装团体。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]
"""  # a state and an armed group, shared by user files below


STAGE_PART_DEEDS = (
    "format = 1\n\n"
    + ALBA_AND_OSK
    + """
[[facts]]
id = "party-tarsa"
kind = "party"
source = ["¶1"]
text.en = "Tarsa, a people."
text.zh = "塔尔萨，一个民族。"
aliases.en = ["Tarsa", "Tarsan"]
aliases.zh = ["塔尔萨"]

[[facts]]
id = "stage-1"
kind = "phase"
source = ["¶2"]
text.en = "Stage one: a truce; Osk frees some captives and Alba releases Tarsan prisoners it holds."
text.zh = "第一阶段：停火；奥斯克释放部分俘虏，阿尔巴释放其关押的塔尔萨囚犯。"
aliases.en = ["stage one", "first stage"]
aliases.zh = ["第一阶段"]

[facts.values]
ordinal = 1
actor = ["party-alba", "party-osk"]

[[facts]]
id = "stage-1-prisoners"
kind = "provision"
part_of = "stage-1"
source = ["¶2"]
text.en = "In stage one, Alba is to release Tarsans it is holding."
text.zh = "第一阶段中，阿尔巴要释放其关押的塔尔萨人。"
aliases.en = ["Tarsan prisoners", "prisoners", "detainees"]
aliases.zh = ["塔尔萨囚犯", "囚犯"]

[facts.values]
actor = "party-alba"
nationality = "party-tarsa"

[[facts]]
id = "stage-1-captives"
kind = "provision"
part_of = "stage-1"
source = ["¶2"]
text.en = "In stage one, Osk is to free some of the captives."
text.zh = "第一阶段中，奥斯克要释放一部分俘虏。"
aliases.en = ["captives", "some captives"]
aliases.zh = ["俘虏"]

[facts.values]
actor = "party-osk"
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In stage one, Osk releases Tarsan prisoners.", "refuted"),
        ("第一阶段，奥斯克释放塔尔萨囚犯。", "refuted"),
        ("In stage one, Alba releases Tarsan prisoners.", "supported"),
        ("In stage one, Osk frees some captives.", "supported"),
    ],
)
def test_a_deed_given_the_other_doer_of_a_stage_that_has_two(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Stage one holds both sides as actors, so its own fields cannot say who frees whom;
    its part that releases the Tarsan prisoners gives that deed to Alba alone, so Osk
    freeing them is refuted (it was supported)."""
    assert_verdict(own(STAGE_PART_DEEDS).check(claim), expected)


MEDIATORS_ROLES = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, one side of the war."
text.zh = "阿尔巴，战争的一方。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[facts.values]
role = "party to the conflict"

[[facts]]
id = "party-osk"
kind = "party"
source = ["¶1"]
text.en = "Osk, the other side of the war."
text.zh = "奥斯克，战争的另一方。"
aliases.en = ["Osk"]
aliases.zh = ["奥斯克"]

[facts.values]
role = "party to the conflict"

[[facts]]
id = "party-tarsa"
kind = "party"
source = ["¶1"]
text.en = "Tarsa, the mediator."
text.zh = "塔尔萨，调停方。"
aliases.en = ["Tarsa"]
aliases.zh = ["塔尔萨"]

[facts.values]
role = "mediator"

[[facts]]
id = "talks-lyon"
kind = "round"
date = 2031-03-02
source = ["¶2"]
text.en = "On 2 March 2031 Alba, Osk and Tarsa held talks in Lyon, a round of mediation."
text.zh = "2031年3月2日，阿尔巴、奥斯克与塔尔萨在里昂会谈，是一轮斡旋。"
aliases.en = ["Lyon talks"]
aliases.zh = ["里昂会谈"]

[facts.values]
participants = ["party-alba", "party-osk", "party-tarsa"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk mediated the Lyon talks.", "refuted"),
        ("奥斯克斡旋了里昂会谈。", "refuted"),
        ("Alba, Osk and Tarsa held talks in Lyon.", "supported"),
        ("Tarsa stayed neutral between Alba and Osk in the mediation.", "not_enough_info"),
    ],
)
def test_an_actor_whose_role_never_does_a_deed_is_refuted_as_its_doer(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The lexicon's `mediate` is never done by a party to the conflict (`not_by_role`);
    Osk's own fact types it so, so "Osk mediated the talks" is refuted (it was supported:
    Osk took part in a round of mediation). Osk named before "in the mediation" is not
    its doer."""
    assert_verdict(own(MEDIATORS_ROLES).check(claim), expected)


SINKING_COUNTS = """format = 1

[lexicon.predicates.sink]
en = ["sank", "sunk", "sink", "sinking"]

[lexicon.predicates.die]
en = ["died", "perished"]
fields = ["killed"]

[lexicon.predicates.survive]
en = ["survived"]
fields = ["survived"]

[[facts]]
id = "party-tarn"
kind = "party"
source = ["¶1"]
text.en = "The Tarn, a steamer."
text.zh = "塔恩号，一艘汽船。"
aliases.en = ["Tarn", "the Tarn"]
aliases.zh = ["塔恩号"]

[[facts]]
id = "sinking"
kind = "event"
date = 2031-05-07
source = ["¶2"]
text.en = "The Tarn sank on 7 May 2031 after striking a reef."
text.zh = "2031年5月7日，塔恩号触礁后沉没。"
aliases.en = ["Tarn disaster"]
aliases.zh = ["塔恩号海难"]

[facts.values]
actor = "party-tarn"

[[facts]]
id = "deaths"
kind = "count"
part_of = "sinking"
source = ["¶3"]
text.en = "The figure most often given is 1,198 dead."
text.zh = "最常见的说法是1,198人遇难。"
aliases.en = ["deaths", "dead", "1,198"]
aliases.zh = ["遇难人数"]

[facts.values]
killed = { value = 1198, unit = "people" }

[[facts]]
id = "survivors"
kind = "count"
part_of = "sinking"
source = ["¶3"]
text.en = "The figure most often given is 761 survivors."
text.zh = "最常见的说法是761人幸存。"
aliases.en = ["survivors", "761"]
aliases.zh = ["幸存者"]

[facts.values]
survived = { value = 761, unit = "people" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("761 people died in the sinking.", "refuted"),
        ("1,198 people survived the sinking.", "refuted"),
        ("1,198 people died in the sinking.", "supported"),
    ],
)
def test_a_count_said_in_the_event_it_is_part_of(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "died in the sinking": the sinking is the whole the count of the dead is part of,
    named by its own deed, so the count's fact judges the figure (the survivors' 761 said
    as the dead had been left open, "sinking" unaccounted)."""
    assert_verdict(own(SINKING_COUNTS).check(claim), expected)


FLOOD_HURT = """format = 1

[[facts]]
id = "flood"
kind = "event"
date = 2031-01-15
source = ["¶1"]
text.en = "A tank burst on 15 January 2031 and flooded the street."
text.zh = "2031年1月15日，一个储罐破裂，淹没了街道。"
aliases.en = ["flood", "the flood"]
aliases.zh = ["洪水"]

[[facts]]
id = "flood-toll"
kind = "count"
part_of = "flood"
source = ["¶2"]
text.en = "The flood killed 21 people and hurt about 150."
text.zh = "洪水造成21人死亡，约150人受伤。"
aliases.en = ["toll"]
aliases.zh = ["伤亡"]

[facts.values]
killed = { value = 21, unit = "people" }
injured = { value = 150, unit = "people", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The flood killed 21 people and injured about 250.", "refuted"),
        ("About 250 people were injured in the flood.", "refuted"),
        ("Roughly 150 people were hurt in the flood.", "supported"),
    ],
)
def test_the_injured_are_counted_by_their_own_field(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The lexicon's `injure` ("injured", "hurt", 受伤) fills a fact's `injured`, so the
    injured are judged by that count (all three had been open)."""
    assert_verdict(own(FLOOD_HURT).check(claim), expected)


PROBE_MASSES = """format = 1

[lexicon.units.kilograms]
en = ["kilogram", "kilograms", "kg"]
zh = ["公斤", "千克"]

[[facts]]
id = "party-probe"
kind = "party"
source = ["¶1"]
text.en = "The Tarn probe, a spacecraft."
text.zh = "塔恩号探测器，一艘航天器。"
aliases.en = ["Tarn probe", "the probe"]
aliases.zh = ["塔恩号探测器", "塔恩号"]

[[facts]]
id = "launch-mass"
kind = "count"
source = ["¶2"]
text.en = "The Tarn probe had a launch mass of 638 kilograms."
text.zh = "塔恩号探测器的发射质量为638公斤。"
aliases.en = ["launch mass", "mass"]
aliases.zh = ["发射质量", "质量"]

[facts.values]
actor = "party-probe"
mass = { value = 638, unit = "kilograms" }

[[facts]]
id = "dry-mass"
kind = "count"
source = ["¶2"]
text.en = "Without propellant, the Tarn probe's dry mass was 338 kilograms."
text.zh = "不含推进剂时，塔恩号探测器的干质量为338公斤。"
aliases.en = ["dry mass"]
aliases.zh = ["干质量", "干重"]

[facts.values]
actor = "party-probe"
mass = { value = 338, unit = "kilograms" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("塔恩号探测器的干质量为638公斤。", "refuted"),
        ("塔恩号探测器的干质量为338公斤。", "supported"),
        ("塔恩号探测器的发射质量为638公斤。", "supported"),
    ],
)
def test_a_chinese_word_with_a_qualifier_another_fact_holds_whole(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """干质量 (dry mass) is not backed by the launch mass's 质量 with its 干 left over, since
    another fact holds 干质量 whole; that fact, which the word names, judges the figure (the
    launch mass had been said to be the dry mass)."""
    assert_verdict(own(PROBE_MASSES).check(claim), expected)


BUTTON_DELAY = """format = 1

[fields.delay]
type = "quantity"
group = "how-many"
en = "how long after the explosion it came"
zh = "距爆炸的间隔"

[lexicon.units.seconds]
en = ["second", "seconds"]
zh = ["秒"]
measure = "time"
size = 1

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Ida Varn, shift chief."
text.zh = "伊达·瓦恩，值班长。"
aliases.en = ["Varn"]
aliases.zh = ["瓦恩"]

[[facts]]
id = "test-start"
kind = "event"
date = 2031-04-26
source = ["¶2"]
text.en = "The turbine test began at 1:23 a.m. on 26 April 2031."
text.zh = "2031年4月26日凌晨1时23分，涡轮机试验开始。"
aliases.en = ["test began", "turbine test"]
aliases.zh = ["试验开始"]

[[facts]]
id = "button-pressed"
kind = "event"
date = 2031-04-26
after = ["test-start"]
source = ["¶2"]
text.en = "About 36 seconds after the test began, Varn pressed the shutdown button."
text.zh = "试验开始约36秒后，瓦恩按下了停堆按钮。"
aliases.en = ["shutdown button"]
aliases.zh = ["停堆按钮"]

[facts.values]
actor = "person-varn"
delay = { value = 36, unit = "seconds", approx = "about" }

[[facts]]
id = "explosion"
kind = "event"
date = 2031-04-26
after = ["button-pressed"]
source = ["¶3"]
text.en = "Seconds later two explosions tore the reactor apart."
text.zh = "几秒钟后，两次爆炸摧毁了反应堆。"
aliases.en = ["explosion", "explosions"]
aliases.zh = ["爆炸"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "About 36 seconds after the explosion, Varn pressed the shutdown button.",
            "not_enough_info",
        ),
        ("About 36 seconds after the test began, Varn pressed the shutdown button.", "supported"),
    ],
)
def test_a_time_from_a_point_the_facts_words_give_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The field's meaning counts the delay from the explosion, but the fact's own words
    give the 36 seconds from the start of the test: the words decide what the amount counts
    from, so "36 seconds after the explosion" is not backed (it was supported)."""
    assert_verdict(own(BUTTON_DELAY).check(claim), expected)


ALARMS = """format = 1

[[facts]]
id = "first-alarm"
kind = "event"
date = 2031-04-15
source = ["¶1"]
text.en = "A first fire alarm sounded at 6:20 pm, but the guard sent to check went to the wrong attic and found nothing."
text.zh = "晚上6时20分第一次火警警报响起，但前去查看的警卫去错了阁楼，什么也没发现。"
aliases.en = ["first alarm"]
aliases.zh = ["第一次警报"]

[facts.values]
time = 18:20:00
ordinal = 1

[[facts]]
id = "fire-found"
kind = "event"
date = 2031-04-15
source = ["¶2"]
text.en = "After a second alarm at 6:43 pm the fire was found in the roof timbers."
text.zh = "晚上6时43分第二次警报后，才在屋顶木结构中发现火情。"
aliases.en = ["second alarm"]
aliases.zh = ["第二次警报"]

[facts.values]
time = 18:43:00
ordinal = 2
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The fire was found at the first alarm, at 6:20 pm.", "not_enough_info"),
        ("At the first alarm the guard found nothing.", "supported"),
    ],
)
def test_a_verb_before_nothing_in_a_facts_words_is_denied(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "found nothing": the finding is denied, an irregular past as much as a regular one,
    so the first alarm's words do not back "the fire was found" (it was supported)."""
    assert_verdict(own(ALARMS).check(claim), expected)


CAMP_FATES = """format = 1

[lexicon.predicates.die]
en = ["died", "perished"]
zh = ["遇难", "死亡"]
fields = ["fate"]

[lexicon.predicates.survive]
en = ["survived", "escaped"]
zh = ["幸存", "生还"]
fields = ["fate"]
opposite = ["die"]

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Ida Varn, a photographer; she died at the river camp."
text.zh = "伊达·瓦恩，摄影师，在河边营地遇难。"
aliases.en = ["Varn", "Ida Varn"]
aliases.zh = ["瓦恩", "伊达·瓦恩"]

[facts.values]
fate = "died"

[[facts]]
id = "person-lume"
kind = "person"
source = ["¶1"]
text.en = "Ole Lume, a photographer who survived."
text.zh = "奥勒·卢姆，幸存的摄影师。"
aliases.en = ["Lume", "Ole Lume"]
aliases.zh = ["卢姆", "奥勒·卢姆"]

[facts.values]
fate = "survived"

[[facts]]
id = "flood"
kind = "event"
date = 2031-05-18
source = ["¶2"]
text.en = "The flood of 18 May 2031 swept the valley."
text.zh = "2031年5月18日的洪水席卷了山谷。"
aliases.en = ["flood", "the flood"]
aliases.zh = ["洪水"]

[[facts]]
id = "photographers"
kind = "event"
date = 2031-05-18
part_of = "flood"
source = ["¶2"]
text.en = "Photographers were among the dead: Ida Varn at the river camp; Ole Lume took pictures of the wave and survived."
text.zh = "遇难者中有摄影师：伊达·瓦恩死于河边营地；奥勒·卢姆拍下了洪峰并幸存。"
aliases.en = ["photographers"]
aliases.zh = ["摄影师"]

[facts.values]
actor = ["person-varn"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ida Varn survived the flood.", "refuted"),
        ("伊达·瓦恩在洪水中幸存。", "refuted"),
        ("Ole Lume survived the flood.", "supported"),
        ("Ida Varn died in 2060.", "not_enough_info"),
    ],
)
def test_an_actors_own_fate_refutes_its_opposite(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Varn's own fact says she died (`fate`); "survived", the lexicon's opposite of dying,
    said of her is refuted, though the photographers' sentence says "survived" of Lume
    beside her (it was supported). A death at a day no fact gives is another matter."""
    assert_verdict(own(CAMP_FATES).check(claim), expected)


HONOURS_SPLIT = """format = 1

[lexicon.units."crew members"]
en = ["crew member", "crew members"]
zh = ["人员", "艇员"]
kind = "person"

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Ida Varn, captain of the Tarn."
text.zh = "伊达·瓦恩，塔恩号艇长。"
aliases.en = ["Varn", "Ida Varn"]
aliases.zh = ["瓦恩", "伊达·瓦恩"]

[[facts]]
id = "honours"
kind = "event"
source = ["¶2"]
text.en = "Varn received the title Hero of Alba after her death; the other crew members received the Order of Courage."
text.zh = "瓦恩死后获授“阿尔巴英雄”称号；艇上其他人员获授勇气勋章。"
aliases.en = ["honours"]
aliases.zh = ["授勋"]

[facts.values]
recipients = ["person-varn"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Varn received the Order of Courage.", "not_enough_info"),
        ("瓦恩死后获授勇气勋章。", "not_enough_info"),
        ("Varn received the title Hero of Alba after her death.", "supported"),
        ("瓦恩死后获授“阿尔巴英雄”称号。", "supported"),
    ],
)
def test_a_word_of_another_ones_sentence_in_the_facts_words(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fact's words give Varn a sentence of her own (the title) and the Order of Courage
    to the sentence about the other crew members: said of Varn, the Order is not backed
    (it was supported)."""
    assert_verdict(own(HONOURS_SPLIT).check(claim), expected)


HOSTED_TALKS = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state."
text.zh = "阿尔巴，一个国家。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[[facts]]
id = "place-lyon"
kind = "place"
source = ["¶1"]
text.en = "Lyon, a city."
text.zh = "里昂，一座城市。"
aliases.en = ["Lyon"]
aliases.zh = ["里昂"]

[[facts]]
id = "round-2"
kind = "round"
date = 2031-03-02
source = ["¶2"]
text.en = "The second round of talks, with Alba among the parties, was held in Lyon on 2 March 2031."
text.zh = "第二轮谈判于2031年3月2日在里昂举行，阿尔巴是参与方之一。"
aliases.en = ["second round", "round two"]
aliases.zh = ["第二轮谈判", "第二轮"]

[facts.values]
ordinal = 2
place = ["place-lyon"]
participants = ["party-alba"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Alba hosted the second round of talks.", "not_enough_info"),
        ("阿尔巴主办了第二轮谈判。", "not_enough_info"),
        ("The second round of talks was held in Lyon.", "supported"),
        ("第二轮谈判在里昂举行。", "supported"),
    ],
)
def test_a_party_to_talks_held_somewhere_did_not_thereby_host_them(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "held in Lyon" says where, not who hosted: "hosted" (主办) is no longer a synonym of
    "held" (举行), so Alba, a party to the talks, is not backed as their host (it was)."""
    assert_verdict(own(HOSTED_TALKS).check(claim), expected)


FREED_BY = (
    "format = 1\n\n"
    + ALBA_AND_OSK
    + """
[[facts]]
id = "captives-freed"
kind = "event"
date = 2031-10-20
source = ["¶2"]
text.en = "On 20 October 2031 Osk freed two captives, after long talks with Alba."
text.zh = "2031年10月20日，经过与阿尔巴的长期谈判，奥斯克释放了两名俘虏。"
aliases.en = ["captives freed"]
aliases.zh = ["释放俘虏"]

[facts.values]
actor = "party-osk"
released = { value = 2, unit = "captives" }
"""
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("It was Osk, not Alba, that freed two captives in October 2031.", "supported"),
        ("It was Alba, not Osk, that freed two captives in October 2031.", "refuted"),
    ],
)
def test_an_actor_denied_beside_the_doer_is_not_refuted_by_a_mention(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Osk, not Alba, freed them": the fact's words name Alba (the talks with it) but its
    `actor` is Osk, whom the claim names; the denial of Alba holds (it had been refuted by
    the mention)."""
    assert_verdict(own(FREED_BY).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Osk was not at the Lyon talks because Lume bans it.", "supported"),
        ("Alba was not at the Lyon talks.", "refuted"),
    ],
)
def test_not_at_talks_is_judged_by_who_stands_before_it(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Osk was not at the talks because Lume bans it": those the denial is said of stand
    before the verb (Osk, held absent); Lume, named in the reason after it, is not one of
    them (the claim had been refuted)."""
    assert_verdict(own(SUMMIT).check(claim), expected)


FAMILY_FATES = """format = 1

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Ida Varn, a passenger aged eight."
text.zh = "伊达·瓦恩，八岁的乘客。"
aliases.en = ["Ida Varn", "Varn"]
aliases.zh = ["伊达·瓦恩", "瓦恩"]

[[facts]]
id = "varn-family"
kind = "event"
date = 2031-05-06
source = ["¶2"]
text.en = "Ida Varn survived with her mother and her brother, but her father and her sister died."
text.zh = "伊达·瓦恩与母亲和哥哥一同生还，但父亲和姐姐遇难。"
aliases.en = ["Varn family"]
aliases.zh = ["瓦恩一家"]

[facts.values]
actor = "person-varn"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Ida Varn survived with her father and her sister, but her mother and her brother died.",
            "refuted",
        ),
        ("伊达·瓦恩与父亲和姐姐一同生还，但母亲和哥哥遇难。", "refuted"),
        (
            "Ida Varn survived with her mother and her brother, but her father and her sister died.",
            "supported",
        ),
        ("伊达·瓦恩与母亲和哥哥一同生还，但父亲和姐姐遇难。", "supported"),
    ],
)
def test_words_put_in_the_clause_of_the_opposite_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The fact's words put the mother in the clause of "survived" and the father in that of
    "died", the lexicon's opposites; the claim that swaps them is refuted (it was
    supported, every word being somewhere in the sentence)."""
    assert_verdict(own(FAMILY_FATES).check(claim), expected)


LANDING_PUT_OFF = """format = 1

[fields.cites]
type = "refs"
group = "who"
en = "on whose advice it was done"
zh = "听从谁的建议"

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Captain Ida Varn, master of the airship."
text.zh = "飞艇艇长伊达·瓦恩。"
aliases.en = ["Captain Varn", "Varn"]
aliases.zh = ["瓦恩艇长", "瓦恩"]

[[facts]]
id = "person-lume"
kind = "person"
source = ["¶1"]
text.en = "Commander Ole Lume, the air station's commander."
text.zh = "航空站指挥官奥勒·卢姆中校。"
aliases.en = ["Commander Lume", "Lume"]
aliases.zh = ["卢姆中校", "卢姆"]

[[facts]]
id = "landing-delayed"
kind = "event"
date = 2031-05-06
source = ["¶2"]
text.en = "On the advice of Commander Lume, Captain Varn put off the landing until the storm passed."
text.zh = "瓦恩艇长听从卢姆中校的建议，推迟降落，直到风暴过去。"
aliases.en = ["landing delayed"]
aliases.zh = ["推迟降落"]

[facts.values]
actor = "person-varn"
cites = ["person-lume"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Commander Lume put off the landing on the advice of Captain Varn.", "not_enough_info"),
        ("卢姆中校推迟了降落。", "not_enough_info"),
        ("Captain Varn put off the landing on the advice of Commander Lume.", "supported"),
    ],
)
def test_put_off_is_a_deed_of_its_own_whose_doer_is_the_facts_actor(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "put off" (推迟) is the lexicon's `postpone`, not `put` (submitted): a verb with no
    field of its own, so its doer must be the fact's `actor`; Lume, on whose advice it was
    done, is not (both had been supported)."""
    assert_verdict(own(LANDING_PUT_OFF).check(claim), expected)


SET_AIMS = """format = 1

[[facts]]
id = "party-alba"
kind = "party"
source = ["¶1"]
text.en = "Alba, a state."
text.zh = "阿尔巴，一个国家。"
aliases.en = ["Alba"]
aliases.zh = ["阿尔巴"]

[[facts]]
id = "alba-aims"
kind = "aim"
source = ["¶2"]
text.en = "Alba gave its campaign three aims: take the pass, free the captives and hold the valley."
text.zh = "阿尔巴为这次战役确立了三大目标：夺取山口、解救俘虏、守住山谷。"
aliases.en = ["Alba's aims", "three aims"]
aliases.zh = ["三大目标"]

[facts.values]
actor = "party-alba"
count = { value = 3, unit = "aims" }

[[facts]]
id = "accord-7"
kind = "document"
date = 2031-06-10
source = ["¶3"]
text.en = "On 10 June 2031 the council adopted accord 7."
text.zh = "2031年6月10日，理事会通过了第7号协定。"
aliases.en = ["accord 7"]
aliases.zh = ["第7号协定", "7号协定"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("阿尔巴为这次战役设定了三大目标。", "supported"),
        ("阿尔巴为这次战役设定了四大目标。", "refuted"),
    ],
)
def test_a_light_verb_of_setting_says_nothing_of_its_own(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """设定 ("set") carries no claim of its own, as 确立 in the fact's words: the aims and
    their count are what is said (both had been open, 战役设定 read as one word)."""
    assert_verdict(own(SET_AIMS).check(claim), expected)


def test_numbered_is_a_function_word(own: Callable[[str], Checker]) -> None:
    """ "was numbered 7", 编号为7: the word names the number that follows; it claims
    nothing itself, so only the number is left to back."""
    for claim in (
        "The accord the council adopted on 10 June 2031 was numbered 7.",
        "2031年6月10日理事会通过的协定编号为7。",
    ):
        unaccounted = [text for _, text in own(SET_AIMS).check(claim).unaccounted]
        assert unaccounted == ["7"], unaccounted


DAILY_RATES = """format = 1

[[facts]]
id = "party-guild"
kind = "party"
source = ["¶1"]
text.en = "The Ferry Guild, the union of the river's ferry owners."
text.zh = "渡船行会：河上渡船主的联合会。"
aliases.en = ["the Ferry Guild", "the guild"]
aliases.zh = ["渡船行会", "行会"]

[facts.values]
type = "union"

[[facts]]
id = "strike-losses"
kind = "count"
source = ["¶2"]
text.en = "The guild estimated that the strike cost ferry owners about 40,000 crowns in fares, and that at its height the losses exceeded 3,000 crowns a day."
text.zh = "行会估计，罢工使渡船主损失约4万克朗船费，高峰时每天损失超过3000克朗。"

[facts.values]
speaker = "party-guild"
cost = { value = 40000, unit = "crowns", approx = "about" }

[[facts]]
id = "strike-crossings"
kind = "count"
source = ["¶3"]
text.en = "The usual crossings of the river by the ferries, which the strike halted."
text.zh = "渡船平常的过河班次，罢工使其中断。"

[facts.values]
daily_crossings = { value = 120, unit = "crossings" }

[fields.daily_crossings]
type = "quantity"
group = "how-many"
en = "crossings a day"
zh = "每天渡河次数"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The guild estimated that the strike cost ferry owners about 40,000 crowns in fares.",
            "supported",
        ),
        (
            "The guild estimated that the strike cost ferry owners about 40,000 crowns a day in fares.",
            "not_enough_info",
        ),
        ("The strike cost ferry owners about 40,000 crowns in fares each day.", "not_enough_info"),
        ("行会估计，罢工使渡船主每天损失约4万克朗船费。", "not_enough_info"),
        ("行会估计，罢工使渡船主损失约4万克朗船费。", "supported"),
        ("At its height the losses exceeded 3,000 crowns a day.", "supported"),
        ("高峰时每天损失超过3000克朗。", "supported"),
        ("The ferries usually made 120 crossings a day.", "supported"),
        ("The ferries usually made 120 crossings a week.", "not_enough_info"),
    ],
)
def test_a_rate_said_of_a_number_is_backed_only_where_the_fact_gives_it_that_rate(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A total said as a daily figure ("40,000 crowns a day") is not backed by the fact that
    gives it as a total, though its words say another number a day; the rate is backed by a
    number its words say at that rate, or by a field named for it (`daily_crossings`)."""
    assert_verdict(own(DAILY_RATES).check(claim), expected)


RULE_SHIFT = """format = 1

[[facts]]
id = "wardens-shift"
kind = "event"
source = ["¶4"]
text.en = "After the flood, the wardens moved away from closing the whole river towards limits based on how high the water stands."
text.zh = "洪水过后，河道管理员不再封闭整条河，而改为按水位高低设定限制。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "After the flood, the wardens moved away from closing the whole river towards limits based on how high the water stands.",
            "supported",
        ),
        (
            "After the flood, the wardens moved away from limits based on the water level towards closing the whole river.",
            "refuted",
        ),
        ("洪水过后，河道管理员不再按水位高低设定限制，而改为封闭整条河。", "refuted"),
        ("洪水过后，河道管理员不再封闭整条河，而改为按水位高低设定限制。", "supported"),
    ],
)
def test_a_change_said_towards_its_start_or_as_no_longer_its_end_is_refuted(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "moved away from B towards A" where the fact moved from A towards B, and 不再B而改为A,
    are the change the wrong way round; the fact's end, cut short at "on", still shares
    words with the claim's start."""
    assert_verdict(own(RULE_SHIFT).check(claim), expected)


FERRY_CARE = """format = 1

[[facts]]
id = "storm-care"
kind = "provision"
source = ["¶5"]
text.en = "Under the harbour code, ferry lines had to give stranded passengers meals, but, the storm being an extraordinary event, not the extra cash owed for ordinary cancellations."
text.zh = "根据港口规章，渡船公司须为滞留乘客提供餐食；但由于风暴属于特殊情况，渡船公司无需支付普通停航时应付的额外现金补偿。"

[lexicon.predicates.strand]
en = ["stranded"]
zh = ["滞留"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("根据港口规章，渡船公司无需向滞留乘客支付额外现金补偿。", "supported"),
        ("根据港口规章，渡船公司须向滞留乘客支付额外现金补偿。", "not_enough_info"),
        ("根据港口规章，渡船公司须为滞留乘客提供餐食。", "supported"),
        ("根据港口规章，渡船公司无需为滞留乘客提供餐食。", "refuted"),
    ],
)
def test_a_chinese_denial_reaches_to_the_end_of_its_clause(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """无需支付…额外现金补偿 denies the payment and what is paid, not just the next verb: a claim
    that they must pay is not backed by those words, and one that they need not is; a verb
    after 向, 为 that describes the noun after it (滞留乘客) is not what is denied."""
    assert_verdict(own(FERRY_CARE).check(claim), expected)


GLIDER_SLIDES = """format = 1

[[facts]]
id = "glider-evacuation"
kind = "event"
source = ["¶6"]
text.en = "The crew left through the front doors by the emergency slides; with the nose on the ground and the tail high, the rear slides were very steep."
text.zh = "机组从前舱门经应急滑梯撤离；由于机头着地、机尾高翘，后部滑梯非常陡。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("由于机头着地、机尾高翘，后部滑梯非常陡。", "supported"),
        ("由于机尾着地、机头高翘，前部滑梯非常陡。", "refuted"),
        ("由于机头着地、机尾高翘，前部滑梯非常陡。", "refuted"),
        ("机组从前舱门撤离。", "supported"),
        ("机组从后舱门撤离。", "refuted"),
        (
            "Because the nose was on the ground and the tail high, the front slides were very steep.",
            "refuted",
        ),
    ],
)
def test_the_ends_of_a_craft_are_opposites_in_chinese_too(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """头 and 尾 (机头, 机尾), 前部 and 后部, 前 and 后 are the lexicon's opposites, as "front"
    and "rear" are: swapped, they are refuted where each had been backed by the other's
    place; 后 after 从 begins a noun (从后舱门), not a particle."""
    assert_verdict(own(GLIDER_SLIDES).check(claim), expected)


LAUNCH_SLIPS = """format = 1

[[facts]]
id = "kite-launch"
kind = "event"
date = 1990-03-28
source = ["¶1"]
text.en = "The Kite balloon was launched from Tarn on 28 March 1990."
text.zh = "风筝号气球于1990年3月28日从塔恩升空。"
aliases.en = ["Kite", "the Kite balloon"]
aliases.zh = ["风筝号"]

[[facts]]
id = "kite-first-date"
kind = "event"
source = ["¶2"]
text.en = "The launch of the Kite was first scheduled for 22 March 1990."
text.zh = "风筝号的升空最初定于1990年3月22日。"
aliases.en = ["first scheduled", "original launch date"]
aliases.zh = ["最初定于"]

[facts.values]
scheduled = 1990-03-22

[lexicon.predicates.schedule]
en = ["scheduled", "set for"]
zh = ["原定", "预定"]
fields = ["scheduled"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The launch of the Kite was first scheduled for 22 March 1990.", "supported"),
        ("The launch of the Kite was first scheduled for 28 March 1990.", "refuted"),
        ("The Kite balloon was launched on 28 March 1990.", "supported"),
    ],
)
def test_a_date_right_after_a_verb_is_the_day_its_field_types(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "scheduled for 28 March": the fact that backs "scheduled" types that field as 22
    March, so the launch's own day (28 March) does not back the date said of it."""
    assert_verdict(own(LAUNCH_SLIPS).check(claim), expected)


SALVAGE_HIRE = """format = 1

[[facts]]
id = "party-tarn-lines"
kind = "party"
source = ["¶1"]
text.en = "Tarn Lines, the ferry company that owned the wreck."
text.zh = "塔恩航运：拥有沉船的渡轮公司。"
aliases.en = ["Tarn Lines", "the owner"]
aliases.zh = ["塔恩航运", "船东"]

[facts.values]
type = "company"

[[facts]]
id = "party-harbour-board"
kind = "party"
source = ["¶1"]
text.en = "The Harbour Board, which runs the port."
text.zh = "港务局：管理港口的机构。"
aliases.en = ["the Harbour Board"]
aliases.zh = ["港务局"]

[facts.values]
type = "authority"

[[facts]]
id = "party-weir-salvage"
kind = "party"
source = ["¶2"]
text.en = "Weir Salvage, a diving firm."
text.zh = "堰坝打捞公司：一家潜水公司。"
aliases.en = ["Weir Salvage"]
aliases.zh = ["堰坝打捞公司"]

[facts.values]
type = "company"

[[facts]]
id = "raising"
kind = "event"
source = ["¶3"]
text.en = "The Harbour Board led the work to clear the channel; the owner, Tarn Lines, brought in Weir Salvage to raise the wreck."
text.zh = "港务局主导清理航道；船东塔恩航运请来堰坝打捞公司打捞沉船。"

[facts.values]
participants = ["party-harbour-board", "party-weir-salvage"]

[[facts]]
id = "blame"
kind = "event"
source = ["¶4"]
text.en = "The Harbour Board listed Tarn Lines as the party to blame for the wreck."
text.zh = "港务局把塔恩航运列为沉船的责任方。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Weir Salvage was brought in by Tarn Lines.", "supported"),
        ("Tarn Lines brought in Weir Salvage.", "supported"),
        ("Weir Salvage was brought in by the Harbour Board.", "not_enough_info"),
        ("The Harbour Board brought in Weir Salvage.", "not_enough_info"),
        ("港务局把塔恩航运列为沉船的责任方。", "supported"),
        ("塔恩航运把港务局列为沉船的责任方。", "not_enough_info"),
    ],
)
def test_an_irregular_deed_is_its_named_doers_even_named_twice(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "brought" is a deed the lexicon lacks, known as a past form by the lexicon's irregular
    verbs, and "the owner, Tarn Lines, brought in …" gives it to Tarn Lines, named twice:
    the Harbour Board, only leading other work in the fact, did not bring them in. The one
    after 把 is what is done to (港务局把塔恩航运列为…), never the doer."""
    assert_verdict(own(SALVAGE_HIRE).check(claim), expected)


SIREN_TOWNS = """format = 1

[fields.distance]
type = "quantity"
group = "how-many"
en = "how far from the dam it lies"
zh = "距大坝的距离"

[[facts]]
id = "place-mell"
kind = "place"
source = ["¶1"]
text.en = "Mell, a town about 40 kilometres from the dam."
text.zh = "梅尔：距大坝约40公里的小镇，也听到了警报声。"
aliases.en = ["Mell"]
aliases.zh = ["梅尔"]

[facts.values]
type = "town"
distance = { value = 40, unit = "kilometres", approx = "about" }

[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶1"]
text.en = "Tarn, an island about 90 kilometres from the dam, where the siren was heard."
text.zh = "塔恩：距大坝约90公里的岛，听到了警报声。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[facts.values]
type = "island"
distance = { value = 90, unit = "kilometres", approx = "about" }

[[facts]]
id = "place-dam"
kind = "place"
source = ["¶1"]
text.en = "The Weir dam, whose siren sounded on the night of the flood."
text.zh = "堰坝：洪水当夜拉响警报的大坝。"
aliases.en = ["the dam", "the Weir dam"]
aliases.zh = ["大坝", "堰坝"]

[facts.values]
type = "dam"

[[facts]]
id = "heard-at-tarn"
kind = "event"
source = ["¶2"]
text.en = "The siren was heard on Tarn, an island about 90 kilometres from the dam."
text.zh = "在约90公里外的塔恩岛也能听到警报声。"

[[facts]]
id = "heard-in-mell"
kind = "event"
source = ["¶2"]
text.en = "The siren was also heard in Mell."
text.zh = "梅尔也听到了警报声。"

[facts.values]
place = "place-mell"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The siren was heard in Mell, about 90 kilometres from the dam.", "refuted"),
        ("The siren was heard on Tarn, about 90 kilometres from the dam.", "supported"),
    ],
)
def test_a_figure_set_off_after_a_place_is_that_places(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "in Mell, about 90 kilometres from the dam": the figure is Mell's, whose fact types
    40 km, not Tarn's 90 km that the other hearing's words say (it had been left open)."""
    assert_verdict(own(SIREN_TOWNS).check(claim), expected)


NIGHT_CLOSURE = """format = 1

[[facts]]
id = "party-harbour-board"
kind = "party"
source = ["¶1"]
text.en = "The Harbour Board, which runs the river port."
text.zh = "港务局：管理河港的机构。"
aliases.en = ["the Harbour Board"]
aliases.zh = ["港务局"]

[facts.values]
type = "authority"

[[facts]]
id = "party-guild"
kind = "party"
source = ["¶1"]
text.en = "The Ferry Guild, the union of the river's ferry owners."
text.zh = "渡船行会：河上渡船主的联合会。"
aliases.en = ["the Ferry Guild"]
aliases.zh = ["渡船行会"]

[facts.values]
type = "union"

[[facts]]
id = "place-tarn"
kind = "place"
source = ["¶1"]
text.en = "Tarn, a town on the river."
text.zh = "塔恩：河边的小镇。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩"]

[facts.values]
type = "town"

[[facts]]
id = "night-closure"
kind = "event"
source = ["¶2"]
text.en = "The Harbour Board announced a night closure of the river."
text.zh = "港务局宣布河道夜间暂停通航。"

[facts.values]
actor = "party-harbour-board"

[[facts]]
id = "tarn-ferries-run"
kind = "event"
source = ["¶3"]
text.en = "Announcing the closure, the Harbour Board also said the ferries at Tarn would keep running."
text.zh = "港务局在宣布暂停的同时表示，塔恩的渡船不会停。"

[facts.values]
speaker = "party-harbour-board"
place = "place-tarn"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("港务局宣布对河道实行夜间暂停通航。", "supported"),
        ("宣布对河道实行夜间暂停通航的是港务局。", "supported"),
        ("宣布对河道实行夜间暂停通航的是渡船行会。", "refuted"),
        ("港务局表示，塔恩的渡船不会停。", "supported"),
        ("港务局表示，暂停期间塔恩的渡船也将暂停。", "refuted"),
    ],
)
def test_who_a_cleft_names_and_what_a_fact_denies_of_a_place(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """实行 claims nothing of its own (实行暂停 is 暂停); the one named after 的是 does the verb
    before it, so another than the fact's announcer is refuted; and a word said of Tarn
    whose clause in the fact denies a word within it (塔恩的渡船不会停: 停 in 暂停) is
    refuted, though the fact's other clause says 暂停 of something else."""
    assert_verdict(own(NIGHT_CLOSURE).check(claim), expected)


GLACIER_TEAM = """format = 1

[[facts]]
id = "person-berg"
kind = "person"
source = ["¶1"]
text.en = "Anna Berg, a doctor, led the glacier expedition."
text.zh = "安娜·贝里：医生，冰川考察队队长。"
aliases.en = ["Anna Berg", "Berg", "the leader"]
aliases.zh = ["安娜·贝里", "贝里", "队长"]

[facts.values]
role = "leader"

[[facts]]
id = "person-dahl"
kind = "person"
source = ["¶1"]
text.en = "Karl Dahl, a surgeon, was the expedition's deputy leader."
text.zh = "卡尔·达尔：外科医生，考察队副队长。"
aliases.en = ["Karl Dahl", "Dahl", "deputy leader", "surgeon"]
aliases.zh = ["卡尔·达尔", "达尔", "副队长", "外科医生"]

[facts.values]
role = "deputy leader"

[[facts]]
id = "person-holt"
kind = "person"
source = ["¶1"]
text.en = "Lena Holt, the expedition's photographer."
text.zh = "莉娜·霍尔特：考察队摄影师。"
aliases.en = ["Lena Holt", "Holt", "photographer"]
aliases.zh = ["莉娜·霍尔特", "霍尔特", "摄影师"]

[facts.values]
role = "photographer"

[[facts]]
id = "expedition-team"
kind = "event"
source = ["¶2"]
text.en = "The expedition's team: Anna Berg, Karl Dahl and Lena Holt."
text.zh = "考察队成员：安娜·贝里、卡尔·达尔和莉娜·霍尔特。"

[facts.values]
participants = ["person-berg", "person-dahl", "person-holt"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Karl Dahl was the expedition's photographer.", "refuted"),
        ("Karl Dahl, a surgeon, was the expedition's photographer.", "refuted"),
        ("Karl Dahl, the surgeon, was the expedition's deputy leader.", "supported"),
        ("Karl Dahl was Anna Berg's deputy.", "not_enough_info"),
        ("Karl Dahl was older than Anna Berg.", "not_enough_info"),
        ("Karl Dahl, the surgeon, was younger than Lena Holt.", "not_enough_info"),
    ],
)
def test_who_a_person_is_said_to_be_past_an_aside_and_not_of_a_possessive(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Dahl, a surgeon, was the photographer": the aside says who he is, and the copula
    after it still makes him someone else (Holt); "Dahl was Berg's deputy" says a role of
    Berg's, not that Dahl is Berg; nor does "was older than Berg" (the files give no ages,
    so it stays open; it had been refuted as "Dahl = Berg")."""
    assert_verdict(own(GLACIER_TEAM).check(claim), expected)


MINE_RESCUE = """
format = 1

[[facts]]
id = "person-reyes"
kind = "person"
source = ["¶1"]
text.en = "Tomas Reyes, 25, was the shift foreman trapped with the miners."
text.zh = "托马斯·雷耶斯时年25岁，是与矿工一同被困的值班工头。"
aliases.en = ["Tomas Reyes", "Reyes", "foreman"]
aliases.zh = ["托马斯·雷耶斯", "雷耶斯", "工头"]

[facts.values]
office = "shift foreman"
age = { value = 25, unit = "years" }

[[facts]]
id = "miners-trapped"
kind = "event"
date = 2019-03-02
source = ["¶2"]
text.en = "A rockfall trapped nine miners and their foreman underground."
text.zh = "一次落石把九名矿工和他们的工头困在井下。"
aliases.en = ["rockfall", "trapped"]
aliases.zh = ["落石", "被困"]

[facts.values]
count = { value = 10, unit = "people" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The miners were trapped for 18 days.", "not_enough_info"),
        ("矿工们被困了18天。", "not_enough_info"),
        ("Reyes was 25 years old.", "supported"),
        ("Reyes was 30 years old.", "refuted"),
    ],
)
def test_a_length_of_time_is_not_judged_by_a_persons_age(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Trapped for 18 days" is not Reyes's age of 25 years said in days (9,125): a field
    named for an age judges only a claimed age, and the file gives no length for the
    entrapment, so the claim stays open."""
    assert_verdict(own(MINE_RESCUE).check(claim), expected)


CANAL_SHIP = """
format = 1

[lexicon.predicates.refloat]
en = ["refloated", "freed"]
zh = ["脱浅", "起浮"]
fields = ["actor", "target"]

[lexicon.predicates.seize]
en = ["seized", "impounded"]
zh = ["扣押"]
fields = ["actor", "target"]

[[facts]]
id = "party-orla"
kind = "party"
source = ["¶1"]
text.en = "The Orla, a bulk carrier."
text.zh = "奥拉号，一艘散货船。"
aliases.en = ["the Orla", "Orla"]
aliases.zh = ["奥拉号"]

[[facts]]
id = "party-port-board"
kind = "party"
source = ["¶1"]
text.en = "The port board, which runs the canal."
text.zh = "港务局，负责管理运河。"
aliases.en = ["the port board", "port board"]
aliases.zh = ["港务局"]

[[facts]]
id = "refloated"
kind = "event"
date = 2022-05-09
source = ["¶2"]
text.en = "Tugs refloated the Orla on 9 May 2022."
text.zh = "2022年5月9日，拖船使奥拉号脱浅。"

[facts.values]
target = ["party-orla"]

[[facts]]
id = "held-at-anchor"
kind = "event"
start = 2022-05-20
end = 2022-08-01
source = ["¶3"]
text.en = "From 20 May to 1 August 2022 the Orla was held at anchor by the port board."
text.zh = "2022年5月20日至8月1日，奥拉号被港务局留置在锚地。"

[facts.values]
held_by = ["party-port-board"]
target = ["party-orla"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Orla was refloated on 9 May 2022.", "supported"),
        ("The Orla was refloated on 20 May 2022.", "refuted"),
        ("奥拉号于2022年5月20日脱浅。", "refuted"),
        ("奥拉号直到2022年6月3日才脱浅。", "refuted"),
        ("奥拉号直到2022年5月9日才脱浅。", "supported"),
        ("奥拉号一直被留置到2022年8月1日。", "supported"),
    ],
)
def test_a_field_several_verbs_fill_backs_only_the_deed_the_fact_says(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """`target` is filled by refloating and by seizing: the detention's `target` (its words
    say the ship was held, by the board its `held_by` names) backs no refloating on its
    first day, which the refloating's own day refutes; and 直到…才 ("not until") gives the verb's own day, not the end of a period
    as 到 alone does."""
    assert_verdict(own(CANAL_SHIP).check(claim), expected)


CAVE_TEAM = """
format = 1

[[facts]]
id = "party-hawks"
kind = "party"
source = ["¶1"]
text.en = "The Hawks, a youth football team."
text.zh = "鹰队，一支青少年足球队。"
aliases.en = ["the Hawks", "Hawks"]
aliases.zh = ["鹰队"]

[[facts]]
id = "match"
kind = "event"
date = 2020-04-04
source = ["¶1"]
text.en = "The Hawks played a match on 4 April 2020."
text.zh = "2020年4月4日，鹰队踢了一场比赛。"
aliases.en = ["match"]
aliases.zh = ["比赛"]

[facts.values]
participants = ["party-hawks"]

[[facts]]
id = "enter-cave"
kind = "event"
date = 2020-04-05
source = ["¶2"]
after = ["match"]
text.en = "On 5 April 2020 the Hawks went into the cave."
text.zh = "2020年4月5日，鹰队进入了山洞。"
aliases.en = ["went into the cave", "entered the cave"]
aliases.zh = ["进入山洞", "进入了山洞"]

[facts.values]
participants = ["party-hawks"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("鹰队在比赛后进入了山洞。", "supported"),
        ("鹰队在比赛后才进入了山洞。", "supported"),
        ("鹰队在比赛前进入了山洞。", "refuted"),
        ("鹰队在比赛前就进入了山洞。", "refuted"),
        ("鹰队在比赛之前进入了山洞。", "refuted"),
    ],
)
def test_a_bare_chinese_before_or_after_orders_the_verb_it_stands_before(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """在比赛前进入了山洞: the bare 前 (or 后) of a 在 frame right before its verb orders the
    two events as 之前 does; it had been read as a function word, so "before the match"
    was supported by the entry that came the day after."""
    assert_verdict(own(CAVE_TEAM).check(claim), expected)


CAVE_SEARCH = """
format = 1

[lexicon.predicates.find]
en = ["found", "find"]
zh = ["发现", "找到"]
fields = ["found_by"]

[lexicon.predicates.arrive]
en = ["arrived", "arrive"]
zh = ["抵达", "到达"]
fields = ["actor", "place"]

[[facts]]
id = "party-team"
kind = "party"
source = ["¶1"]
text.en = "The Falcons, a school climbing team."
text.zh = "猎鹰队，一支学校攀岩队。"
aliases.en = ["the Falcons", "Falcons"]
aliases.zh = ["猎鹰队"]

[[facts]]
id = "party-rangers"
kind = "party"
source = ["¶1"]
text.en = "The park rangers."
text.zh = "公园护林员。"
aliases.en = ["the rangers", "park rangers", "rangers"]
aliases.zh = ["护林员"]

[[facts]]
id = "bags-found"
kind = "event"
date = 2021-04-01
source = ["¶2"]
text.en = "On 1 April 2021 the group's bags were found at the cave mouth."
text.zh = "2021年4月1日，这群人的背包在洞口被发现。"

[[facts]]
id = "rangers-arrive"
kind = "event"
date = 2021-04-03
source = ["¶2"]
text.en = "The rangers arrived at the cave on 3 April 2021."
text.zh = "2021年4月3日，护林员抵达山洞。"

[facts.values]
actor = ["party-rangers"]

[[facts]]
id = "group-found"
kind = "event"
date = 2021-04-09
source = ["¶3"]
text.en = "On 9 April 2021 the group was found alive deep in the cave."
text.zh = "2021年4月9日，这群人在山洞深处被发现，全部生还。"

[facts.values]
found_by = ["party-rangers"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The group was found on 9 April 2021.", "supported"),
        ("The group was found on 1 April 2021.", "not_enough_info"),
        ("The group's bags were found on 1 April 2021.", "supported"),
        ("The rangers arrived at the cave before the group was found.", "supported"),
        ("The rangers arrived at the cave after the group was found.", "refuted"),
        ("这群人于2021年4月1日被发现。", "not_enough_info"),
        ("护林员在这群人被发现之前抵达山洞。", "supported"),
        ("护林员在这群人被发现之后才抵达山洞。", "refuted"),
    ],
)
def test_a_word_a_fact_names_only_as_an_owner_is_not_the_subject_of_its_verb(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "The group's bags were found" does not say the group was found: a word a fact's
    words give only as the owner of a noun (the group's, 这群人的) does not back the same
    word as the subject of that verb in a claim, so "before the group was found" is ordered
    against the finding of the group, not of its bags."""
    assert_verdict(own(CAVE_SEARCH).check(claim), expected)


FLAGGED_SHIP = """
format = 1

[[facts]]
id = "party-korea"
kind = "party"
source = ["¶1"]
text.en = "South Korea."
text.zh = "韩国。"
aliases.en = ["South Korea", "Korea"]
aliases.zh = ["韩国"]

[facts.values]
type = "state"

[[facts]]
id = "party-liberia"
kind = "party"
source = ["¶1"]
text.en = "Liberia, the ship's flag state."
text.zh = "利比里亚，该船的船旗国。"
aliases.en = ["Liberia", "Liberian"]
aliases.zh = ["利比里亚"]

[facts.values]
type = "state"

[[facts]]
id = "party-mira"
kind = "party"
source = ["¶1"]
text.en = "The Mira is a tanker built in South Korea in 2015 that sails under the Liberian flag."
text.zh = "米拉号是一艘2015年在韩国建造、悬挂利比里亚国旗的油轮。"
aliases.en = ["the Mira", "Mira"]
aliases.zh = ["米拉号"]

[facts.values]
type = "tanker"
country = "party-liberia"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Mira was built in South Korea.", "supported"),
        ("The Mira, built in South Korea, is a tanker.", "supported"),
        ("The Mira was built in Liberia.", "refuted"),
    ],
)
def test_where_a_thing_was_built_is_the_place_right_after_the_verbs_in(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "built in South Korea in 2015 that sails under the Liberian flag": the place where
    it was built is the one right after "built in", not every state to the clause's end
    (Liberia, its flag, had backed "built in Liberia", now refuted; and the Ever Given's
    flag had refuted "built in Japan")."""
    assert_verdict(own(FLAGGED_SHIP).check(claim), expected)


YARD_LAUNCH = """
format = 1

[[facts]]
id = "party-selka"
kind = "party"
source = ["¶1"]
text.en = "The Selka, a steam trawler."
text.zh = "塞尔卡号，一艘蒸汽拖网渔船。"
aliases.en = ["the Selka", "Selka"]
aliases.zh = ["塞尔卡号"]

[[facts]]
id = "launch"
kind = "event"
date = 1908-03-02
source = ["¶1"]
text.en = "The Selka was launched at Brand and Sons' yard in Hull on 2 March 1908, and based at Grimsby."
text.zh = "1908年3月2日，塞尔卡号在赫尔的布兰德父子船厂下水，以格里姆斯比为母港。"
aliases.en = ["launched", "launch"]
aliases.zh = ["下水"]

[facts.values]
target = ["party-selka"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Selka was launched in Hull in March 1908.", "supported"),
        ("The Selka was launched at Grimsby.", "refuted"),
    ],
)
def test_a_place_within_the_phrase_after_the_verbs_at_is_where_it_was_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "launched at Brand and Sons' yard in Hull": the yard is in Hull, so the launch was
    in Hull (it had been refuted as Hull being the yard's word, not the launch's); a place
    after another deed's "at" (based at Grimsby) is still that deed's."""
    assert_verdict(own(YARD_LAUNCH).check(claim), expected)


TWO_CAPTAINS = """
format = 1

[[facts]]
id = "party-aurora"
kind = "party"
source = ["¶1"]
text.en = "The Aurora, a passenger steamer."
text.zh = "极光号，一艘客运汽船。"
aliases.en = ["the Aurora", "Aurora"]
aliases.zh = ["极光号"]

[[facts]]
id = "party-nordlys"
kind = "party"
source = ["¶1"]
text.en = "The Nordlys, a cargo ship that answered the Aurora's distress call."
text.zh = "北光号，一艘回应极光号求救信号的货船。"
aliases.en = ["the Nordlys", "Nordlys"]
aliases.zh = ["北光号"]

[[facts]]
id = "person-berg"
kind = "person"
source = ["¶1"]
text.en = "Captain Olav Berg commanded the Aurora."
text.zh = "奥拉夫·贝里船长指挥极光号。"
aliases.en = ["Olav Berg", "Captain Berg", "Berg", "the captain"]
aliases.zh = ["奥拉夫·贝里", "贝里", "船长"]

[facts.values]
office = "captain"
ship = ["party-aurora"]

[[facts]]
id = "person-holm"
kind = "person"
source = ["¶2"]
text.en = "Erik Holm, captain of the Nordlys, took his ship to the wreck at full speed."
text.zh = "北光号船长埃里克·霍尔姆率船全速赶往失事地点。"
aliases.en = ["Erik Holm", "Holm"]
aliases.zh = ["埃里克·霍尔姆", "霍尔姆"]

[facts.values]
office = "captain"
ship = ["party-nordlys"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("北光号船长霍尔姆率船赶往失事地点。", "supported"),
        ("Holm was the captain who took the Nordlys to the wreck.", "not_enough_info"),
        ("霍尔姆是极光号船长。", "refuted"),
        ("Holm was the captain of the Aurora.", "refuted"),
    ],
)
def test_a_role_alias_held_on_another_ship_is_not_the_aliass_person(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the captain" and 船长 are Berg's aliases, but 北光号船长霍尔姆 (no 的 between) and
    "the captain who took the Nordlys" are the Nordlys's captain: not Berg, so no "Holm and
    Berg are different people" (two true claims had been refuted so); the Aurora's captain
    still is Berg."""
    assert_verdict(own(TWO_CAPTAINS).check(claim), expected)


SHELTER_DESIGN = """
format = 1

[lexicon.units.climbers]
en = ["climber", "climbers"]
zh = ["登山者"]
kind = "person"

[fields.planned_crew]
type = "quantity"
group = "how-many"
en = "how many people it was planned to hold"
zh = "计划容纳人数"

[fields.actual_crew]
type = "quantity"
group = "how-many"
en = "how many people it actually held"
zh = "实际容纳人数"

[fields.planned_duration]
type = "quantity"
group = "how-many"
en = "for how long it was planned to hold them"
zh = "计划容纳时长"

[fields.actual_duration]
type = "quantity"
group = "how-many"
en = "for how long it actually held them"
zh = "实际容纳时长"

[[facts]]
id = "place-hut"
kind = "place"
source = ["¶1"]
text.en = "The Saddle Hut, a mountain refuge."
text.zh = "鞍部小屋，一座山间避难所。"
aliases.en = ["the Saddle Hut", "Saddle Hut", "the hut"]
aliases.zh = ["鞍部小屋", "小屋"]

[[facts]]
id = "hut-capacity"
kind = "count"
source = ["¶2"]
text.en = "The Saddle Hut had been planned to hold four climbers for about three days; in the storm it held nine for about ten."
text.zh = "鞍部小屋原计划容纳四名登山者约三天，暴风雪中却容纳了九人约十天。"

[facts.values]
place = ["place-hut"]
planned_crew = { value = 4, unit = "climbers" }
planned_duration = { value = 3, unit = "days", approx = "about" }
actual_crew = { value = 9, unit = "climbers" }
actual_duration = { value = 10, unit = "days", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The Saddle Hut had been planned to hold four climbers for about three days.",
            "supported",
        ),
        ("The Saddle Hut had been planned to hold four climbers for about ten days.", "refuted"),
        ("鞍部小屋原计划容纳四名登山者约十天。", "refuted"),
        ("鞍部小屋原计划容纳四名登山者约三天。", "supported"),
    ],
)
def test_sibling_fields_told_apart_by_a_qualifier_back_only_the_one_the_claim_says(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """`planned_duration` and `actual_duration`: a claim that says "planned" (计划, what
    their Chinese meanings differ by) is judged by the planned figures alone; the actual
    ten days had backed "planned … for about ten days"."""
    assert_verdict(own(SHELTER_DESIGN).check(claim), expected)


HARBOUR_FLEET = """
format = 1

[lexicon.units.boats]
en = ["boat", "boats"]
zh = ["艘船"]

[[facts]]
id = "party-pilots"
kind = "party"
source = ["¶1"]
text.en = "The harbour pilots' service."
text.zh = "港口引航站。"
aliases.en = ["the pilot service", "pilot service"]
aliases.zh = ["引航站"]

[[facts]]
id = "fleet"
kind = "count"
source = ["¶2"]
text.en = "The pilot service kept 12 boats (8 sailing boats, 3 motor boats and 1 steam tug)."
text.zh = "引航站共有12艘船（8艘帆船、3艘机动船和1艘蒸汽拖船）。"

[facts.values]
actor = ["party-pilots"]
count = { value = 12, unit = "boats", parts = [8, 3, 1] }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The pilot service kept 12 boats.", "supported"),
        ("The pilot service kept 8 motor boats.", "not_enough_info"),
        ("The pilot service kept 3 motor boats.", "not_enough_info"),
        ("The pilot service kept 12 motor boats.", "not_enough_info"),
    ],
)
def test_a_figure_whose_terms_the_words_give_is_not_itself_a_term(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "12 boats (8 sailing boats, 3 motor boats and 1 steam tug)": the whole, 12, is not one
    of its terms, and is not refuted by the term whose words share "boats" (the Titanic's
    "20 lifeboats" had been refuted as "14 lifeboats"); a term named by a word inside the
    claim's number ("8 motor boats") is left open rather than matched to the wrong term."""
    assert_verdict(own(HARBOUR_FLEET).check(claim), expected)


DAM_GATE = """
format = 1

[[facts]]
id = "person-varn"
kind = "person"
source = ["¶1"]
text.en = "Ilse Varn, the dam's night operator."
text.zh = "伊尔泽·瓦恩，大坝夜班操作员。"
aliases.en = ["Ilse Varn", "Varn"]
aliases.zh = ["伊尔泽·瓦恩", "瓦恩"]

[[facts]]
id = "person-berg"
kind = "person"
source = ["¶1"]
text.en = "Jon Berg, the dam's engineer."
text.zh = "约恩·贝里，大坝工程师。"
aliases.en = ["Jon Berg", "Berg"]
aliases.zh = ["约恩·贝里", "贝里"]

[[facts]]
id = "person-dahl"
kind = "person"
source = ["¶1"]
text.en = "Per Dahl, the controller on duty."
text.zh = "佩尔·达尔，值班调度员。"
aliases.en = ["Per Dahl", "Dahl", "the controller"]
aliases.zh = ["佩尔·达尔", "达尔", "调度员"]

[[facts]]
id = "reply"
kind = "statement"
date = 1962-10-04
source = ["¶2"]
text.en = "When the controller Dahl asked Varn to say it again, Berg replied that the water was rising."
text.zh = "调度员达尔请瓦恩再说一遍时，贝里答道：“水在上涨。”"

[facts.values]
speaker = "person-berg"
quote = "The water is rising."
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Dahl asked Varn to say it again.", "not_enough_info"),
        ("Per Dahl was the controller who asked Varn to say it again.", "not_enough_info"),
        ("Varn said the water was rising.", "refuted"),
    ],
)
def test_one_asked_to_do_a_deed_is_not_its_doer(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "asked Varn to say it again" does not say Varn said it, so the statement's `speaker`
    (Berg) does not refute her; "Varn said …" still is. A pattern read as a copula ("who
    asked" as "[word] as") had also made "the controller who asked Varn" say that the
    controller was Varn. (The fact's own "asked Varn" does not yet back her as the one
    asked, so the claims stay open rather than supported.)"""
    assert_verdict(own(DAM_GATE).check(claim), expected)


ORGAN_FUND = """
format = 1

[lexicon.predicates.pledge]
en = ["pledged", "pledge", "promised"]
zh = ["认捐", "捐出"]
fields = ["pledged", "pledgers"]

[lexicon.units.crowns]
en = ["crown", "crowns"]
zh = ["克朗"]

[fields.pledged]
type = "quantity"
group = "how-many"
en = "how much was pledged"
zh = "认捐金额"

[fields.pledgers]
type = "refs"
group = "who"
en = "who pledged"
zh = "认捐者"

[[facts]]
id = "party-dahl"
kind = "party"
source = ["¶1"]
text.en = "The Dahl family, shipowners of Bergen."
text.zh = "达尔家族，卑尔根的船东。"
aliases.en = ["the Dahl family", "Dahl family", "the Dahls"]
aliases.zh = ["达尔家族"]

[[facts]]
id = "pledges-total"
kind = "count"
source = ["¶2"]
text.en = "Pledges for the new organ reached nearly two million crowns within a week."
text.zh = "一周之内，新管风琴的认捐额达到近200万克朗。"
aliases.en = ["pledges", "two million crowns"]
aliases.zh = ["认捐", "近200万克朗"]

[facts.values]
pledged = { value = 2000000, unit = "crowns", approx = "nearly" }

[[facts]]
id = "dahl-pledge"
kind = "event"
date = 1921-03-02
source = ["¶2"]
part_of = "pledges-total"
text.en = "The Dahl family, through its shipping firm, pledged 300,000 crowns."
text.zh = "达尔家族通过其航运公司认捐了30万克朗。"

[facts.values]
pledgers = ["party-dahl"]
pledged = { value = 300000, unit = "crowns" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Dahl family pledged 300,000 crowns.", "supported"),
        ("达尔家族通过其航运公司认捐了30万克朗。", "supported"),
        ("The Dahl family pledged nearly two million crowns.", "refuted"),
        ("达尔家族认捐了近200万克朗。", "refuted"),
        ("达尔家族通过其航运公司认捐了近200万克朗。", "refuted"),
        ("Pledges reached nearly two million crowns.", "supported"),
    ],
)
def test_a_parts_own_figure_is_not_backed_by_the_wholes_total(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The family's pledge is part of the pledges, whose total (nearly two million) is its
    context: a figure the family's own fact types otherwise (300,000) is refuted, not backed
    by the whole's total; and 通过 before a noun and the clause's verb says "through", no
    verb of its own."""
    assert_verdict(own(ORGAN_FUND).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Of the 134 people diagnosed with acute radiation syndrome, 28 died.", "supported"),
        ("134 people were diagnosed with acute radiation syndrome.", "supported"),
    ],
)
def test_a_whole_named_as_such_is_not_the_parts_figure(claim: str, expected: str) -> None:
    """ "Of the 134 diagnosed, 28 died": the 134 names the whole as such (the Chernobyl file
    of the benchmarks), so it is not refuted as the deaths' own figure, as a whole's number
    said of the part would be."""
    assert_verdict(_topic("chernobyl").check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The US focus is getting Hamas to accept the phase-one draft with no changes at all.",
            "supported",
        ),
        (
            "The US focus is getting Hamas to accept the phase-one draft with changes at all.",
            "refuted",
        ),
    ],
)
def test_at_all_stresses_a_denial_and_is_no_whole(base, claim: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "with no changes at all": "at all" stresses the denial; it is not "all" of a whole
    (whose denial, "not … all hostages", is left open), so the changes are denied as the
    fact denies them, and the claim is not refuted by its own words."""
    assert_verdict(check(base, claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Apollo 13 was the seventh mission meant to land on the Moon.", "not_enough_info"),
        ("Apollo 13 was the third mission meant to land on the Moon.", "not_enough_info"),
        ("Apollo 13 was the seventh crewed mission of the Apollo programme.", "supported"),
    ],
)
def test_a_place_in_a_narrower_series_is_not_the_claims_place(
    apollo_13: Checker, claim: str, expected: str
) -> None:
    """ "the seventh crewed mission" (the Apollo 13 file of the benchmarks): a word between
    the ordinal and its noun that the claim does not say makes it a place in another
    series, so it neither backs "the seventh mission meant to land" (a false claim it had
    supported) nor refutes "the third mission meant to land" (true, which it had refuted;
    the aim's words that give it are not yet read as its place)."""
    assert_verdict(apollo_13.check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("莉娜·霍尔特也是考察队副队长。", "refuted"),
        ("莉娜·霍尔特曾任考察队副队长。", "refuted"),
        ("卡尔·达尔也是考察队副队长。", "supported"),
    ],
)
def test_an_adverb_before_a_chinese_copula_still_names_one_as_the_other(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """也是, 曾任: "Holt also was the deputy leader" names Holt as Dahl (the deputy leader),
    two different people; the adverb had hidden the copula, and the claim was supported by
    the words of a fact that names them both."""
    assert_verdict(own(GLACIER_TEAM).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The blockage began on 23 March 2022.", "refuted"),
        ("蓝鹭号于2022年3月23日开始堵塞北方运河。", "refuted"),
        ("The blockage began on 24 March 2022.", "not_enough_info"),
    ],
)
def test_the_facts_day_and_month_in_another_year_is_a_wrong_year(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """A day after the facts end may be another event's ("a blockage" a year later), but
    one that is the fact's own day and month in another year names the fact's day with
    the year wrong: refuted, where it had been left open. Another day stays open."""
    assert_verdict(own(SHIP).check(claim), expected)


AIRSHIP = """format = 1

[fields.local_time]
type = "time"
en = "local time"
zh = "当地时间"

[[facts]]
id = "party-airship"
kind = "party"
source = ["¶1"]
text.en = "The Skylark, an airship registered SK-7."
text.zh = "云雀号，一艘注册号为SK-7的飞艇。"
aliases.en = ["Skylark", "SK-7"]
aliases.zh = ["云雀号", "SK-7"]

[[facts]]
id = "place-orme"
kind = "place"
source = ["¶2"]
text.en = "Orme, a village."
text.zh = "奥尔姆，一个村庄。"
aliases.en = ["Orme"]
aliases.zh = ["奥尔姆"]

[[facts]]
id = "place-hale"
kind = "place"
source = ["¶2"]
text.en = "Hale, a town with an airship shed."
text.zh = "黑尔，一个有飞艇库的小镇。"
aliases.en = ["Hale"]
aliases.zh = ["黑尔"]

[[facts]]
id = "departure"
kind = "event"
date = 1931-05-02
source = ["¶2"]
text.en = "The Skylark left Hale on the evening of 2 May 1931."
text.zh = "1931年5月2日晚，云雀号从黑尔出发。"
aliases.en = ["departure"]
aliases.zh = ["出发"]

[facts.values]
actor = "party-airship"
from = "place-hale"
local_time = 18:30:00

[[facts]]
id = "crash"
kind = "event"
date = 1931-05-03
source = ["¶2"]
after = ["departure"]
text.en = "The Skylark crashed on a hillside near Orme early on 3 May 1931."
text.zh = "1931年5月3日凌晨，云雀号在奥尔姆不远的山坡上坠毁。"
aliases.en = ["crash"]
aliases.zh = ["坠毁"]

[facts.values]
actor = "party-airship"
place = "place-orme"
local_time = 02:10:00

[[facts.notes]]
kind = "also_reported"
field = "values.local_time"
value = 02:05:00
by = "some accounts"
text.en = "Some accounts give the time as 2:05 a.m."
text.zh = "也有资料记为凌晨2点05分。"

[[facts]]
id = "refit"
kind = "event"
month = "1931-04"
source = ["¶1"]
text.en = "The Skylark was refitted at Hale in April 1931, before its first flight over Orme."
text.zh = "1931年4月，云雀号在黑尔完成改装，此后首次飞越奥尔姆。"
aliases.en = ["refit"]
aliases.zh = ["改装"]

[facts.values]
actor = "party-airship"
place = "place-hale"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("SK-7 crashed on 3 May 1931.", "supported"),
        ("SK-7 crashed on 1 May 1931.", "refuted"),
        ("SK-7于1931年5月3日坠毁。", "supported"),
    ],
)
def test_a_code_of_letters_and_digits_names_its_entity(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """SK-7, R101, M-19: an entity's alias that joins letters and digits is its name, not a
    word and a number (the digits had been read as a count no fact held, so every claim
    naming the airship by its code was left open)."""
    assert_verdict(own(AIRSHIP).check(claim), expected)


NOT_ENTERED = """format = 1

[[facts]]
id = "approach"
kind = "event"
date = 1950-06-01
source = ["¶1"]
text.en = "The Heron came close to the harbour but did not enter it."
text.zh = "苍鹭号驶近港口，但未入港。"
aliases.en = ["approach"]
aliases.zh = ["驶近"]
"""


def test_bu_yuan_is_near_and_no_denial(own: Callable[[str], Checker]) -> None:
    """不远 is "near" (在奥尔姆不远的山坡上坠毁), as 没入 is "sank into": the 不 or 没 of a word
    is no denial of the verb after it, which had made the fact deny the crash it states;
    the words are whole words, so 未入港 still denies entering port."""
    assert_verdict(own(AIRSHIP).check("云雀号坠毁了。"), "supported")
    assert own(NOT_ENTERED).check("苍鹭号入港了。").verdict != "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("云雀号在出发的次日坠毁。", "supported"),
        ("云雀号在出发的次日凌晨坠毁。", "supported"),
        ("The Skylark crashed the day after it left Hale.", "supported"),
    ],
)
def test_the_next_day_in_chinese_is_a_calendar_day(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """次日 is the next day of the calendar, as "the day after" is: a departure at 18:30 and a
    crash at 2:10 the next morning are a day apart, though less than 24 hours (次日 had
    been measured to the minute and refuted)."""
    assert_verdict(own(AIRSHIP).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Skylark crashed at 2:05 a.m.", "disputed"),
        ("云雀号于凌晨2点05分坠毁。", "disputed"),
        ("The Skylark crashed at 2:20 a.m.", "refuted"),
    ],
)
def test_a_time_of_day_other_reporting_gives_is_disputed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """An also_reported note on a typed time of day (`values.local_time`): the time it gives
    is disputed, as a date or a count would be; it had been refuted by the fact's own time."""
    assert_verdict(own(AIRSHIP).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("M-19 besieged the Palace of Justice in Armero.", "refuted"),
        ("M-19 besieged the Palace of Justice in Bogotá.", "supported"),
    ],
)
def test_a_place_the_facts_words_name_elsewhere_is_not_where_the_deed_was(
    claim: str, expected: str
) -> None:
    """The Armero file of the benchmarks: the siege's words name Armero (the disaster a week
    later) but put the siege in Bogotá; a place after the claim's "besieged … in" that the
    words back only as a word of theirs is judged by where they put that verb."""
    assert_verdict(_topic("armero").check(claim), expected)


FLIGHTS = """format = 1

[[facts]]
id = "party-kite"
kind = "party"
source = ["¶1"]
text.en = "The Kite, a glider."
text.zh = "风筝号滑翔机。"
aliases.en = ["Kite"]
aliases.zh = ["风筝号"]

[[facts]]
id = "first-flight"
kind = "event"
date = 1929-10-14
source = ["¶1"]
text.en = "The Kite first flew on 14 October 1929."
text.zh = "1929年10月14日，风筝号首次飞行。"
aliases.en = ["first flight"]
aliases.zh = ["首次飞行", "首飞"]

[facts.values]
actor = "party-kite"

[[facts]]
id = "last-flight"
kind = "event"
date = 1930-10-04
source = ["¶2"]
text.en = "The Kite made its last flight on 4 October 1930."
text.zh = "1930年10月4日，风筝号进行了最后一次飞行。"
aliases.en = ["last flight"]
aliases.zh = ["最后一次飞行"]

[facts.values]
actor = "party-kite"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("风筝号在1930年首次飞行。", "refuted"), ("风筝号在1929年首次飞行。", "supported")],
)
def test_a_chinese_words_first_character_held_only_by_another_fact_names_that_fact(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """首次飞行 is the first flight's word: the last flight's 最后一次飞行 holds all of it but its
    first character, which another fact holds with the whole word, so it backs no 首次飞行
    in 1930 (supported before by the last flight's year and words); the first flight's day
    refutes it."""
    assert_verdict(own(FLIGHTS).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Blue Heron blocked the North Canal in 2020, for about six days.", "refuted"),
        ("The Blue Heron blocked the North Canal in 2022, for about six days.", "not_enough_info"),
        ("The Blue Heron blocked the North Canal in 2021, for about six days.", "supported"),
    ],
)
def test_a_year_before_a_comma_is_read(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "in 2020, for about six days": a comma after a year ends the phrase; only a digit
    after it makes a number of thousands (2,005,000). The year had been dropped unread and
    the claim supported whatever year it gave."""
    assert_verdict(own(SHIP).check(claim), expected)


ENGINE = """format = 1

[[facts]]
id = "party-kite"
kind = "party"
source = ["¶1"]
text.en = "The Kite, a motor glider."
text.zh = "风筝号动力滑翔机。"
aliases.en = ["Kite"]
aliases.zh = ["风筝号"]

[[facts]]
id = "engine"
kind = "count"
source = ["¶1"]
text.en = "The Kite had one diesel engine, chosen because diesel was thought less likely than petrol to catch fire."
text.zh = "风筝号装有一台柴油发动机；选用柴油是因为人们认为柴油比汽油更不易起火。"
aliases.en = ["engine", "diesel engine"]
aliases.zh = ["发动机", "柴油发动机"]

[facts.values]
count = { value = 1, unit = "engines" }
fuel = "diesel"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Kite's engine ran on petrol.", "not_enough_info"),
        ("The Kite's engine ran on diesel.", "supported"),
        ("The Kite had one petrol engine.", "not_enough_info"),
        ("The Kite had one diesel engine.", "supported"),
    ],
)
def test_a_word_a_fact_says_only_after_than_is_not_said_of_its_subject(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "diesel was thought less likely than petrol to catch fire": petrol is the far side
    of the fact's comparison, not what the engine ran on (the claim had been supported by
    that word). "rather than" stays a denial, and a claim that also compares with it may
    still be backed by it."""
    assert_verdict(own(ENGINE).check(claim), expected)


CROWD = """format = 1

[fields.evacuated]
type = "quantity"
en = "people evacuated"
zh = "撤离人数"

[[facts]]
id = "evacuation"
kind = "count"
date = 1950-06-01
source = ["¶1"]
text.en = "About 600 people were evacuated from the village of Orme."
text.zh = "约600人从奥尔姆村撤离。"
aliases.en = ["evacuation"]
aliases.zh = ["撤离"]

[facts.values]
evacuated = { value = 600, unit = "people", approx = "about" }

[[facts.notes]]
kind = "also_reported"
field = "values.evacuated"
value = { value = 570, unit = "people" }
by = "the county report"
text.en = "The county report gives 570 people."
text.zh = "县里的报告称撤离了570人。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("570 people were evacuated from Orme.", "disputed"),
        ("580 people were evacuated from Orme.", "supported"),
    ],
)
def test_other_reportings_figure_within_an_approximate_value_is_disputed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "about 600 people", where the county report gives 570: 570 is within what "about
    600" admits, but it is exactly the other account's figure, so the claim is disputed,
    also when the fact's words (not its typed field) are what backed the number."""
    assert_verdict(own(CROWD).check(claim), expected)


CROWD_RETURNED = """format = 1

[fields.evacuated]
type = "quantity"
en = "people evacuated"
zh = "撤离人数"

[[facts]]
id = "evacuation"
kind = "count"
date = 1950-06-01
source = ["¶1"]
text.en = "About 600 people were evacuated from the village of Orme; 570 of them returned a week later."
text.zh = "约600人从奥尔姆村撤离，其中570人一周后返回。"
aliases.en = ["evacuation"]
aliases.zh = ["撤离"]

[facts.values]
evacuated = { value = 600, unit = "people", approx = "about" }

[[facts.notes]]
kind = "also_reported"
field = "values.evacuated"
value = { value = 570, unit = "people" }
by = "the county report"
text.en = "The county report gives 570 people."
text.zh = "县里的报告称撤离了570人。"
"""


def test_a_figure_the_facts_words_give_themselves_is_not_other_reportings(
    own: Callable[[str], Checker],
) -> None:
    """ "570 of them returned a week later": the fact's words give 570 for another count,
    so a claim of it is backed by them, not disputed as the note's figure (the review)."""
    assert_verdict(
        own(CROWD_RETURNED).check("570 people returned to Orme a week later."), "supported"
    )


ORDERS = """format = 1

[[facts]]
id = "person-vance"
kind = "person"
source = ["¶1"]
text.en = "Ira Vance, the harbour master."
text.zh = "艾拉·万斯，港务长。"
aliases.en = ["Vance", "Ira Vance"]
aliases.zh = ["万斯"]

[[facts]]
id = "person-olsen"
kind = "person"
source = ["¶1"]
text.en = "Tor Olsen, the ferry's pilot."
text.zh = "托尔·奥尔森，渡轮的领航员。"
aliases.en = ["Olsen", "Tor Olsen"]
aliases.zh = ["奥尔森"]

[[facts]]
id = "radio-call"
kind = "event"
date = 1961-03-02
source = ["¶2"]
text.en = "In a radio call on 2 March 1961, Vance ordered Olsen to take charge of the evacuation."
text.zh = "1961年3月2日，万斯在无线电通话中命令奥尔森负责指挥撤离。"
aliases.en = ["radio call"]
aliases.zh = ["无线电通话"]

[facts.values]
actor = "person-vance"
target = "person-olsen"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Olsen took charge of the evacuation.", "not_enough_info"),
        ("Olsen led the evacuation.", "not_enough_info"),
        ("奥尔森指挥了撤离。", "not_enough_info"),
        ("Vance ordered Olsen to take charge of the evacuation.", "supported"),
        ("万斯命令奥尔森负责指挥撤离。", "supported"),
    ],
)
def test_what_one_was_ordered_to_do_is_not_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Vance ordered Olsen to take charge": an order is a word of wanting (the lexicon's
    `wishes` and `seeks`), so it says nothing of whether Olsen did it (all three had been
    supported). 无线电 is "radio", not 无 denying the verb after it, which had made the fact
    deny the leading it orders and refuted the claim that says the order."""
    assert_verdict(own(ORDERS).check(claim), expected)


STATUE_FLOOD = """format = 1

[[facts]]
id = "flood"
kind = "event"
date = 1966-11-04
source = ["¶1"]
text.en = "In the flood the old statue survived, while the wooden bridge was destroyed."
text.zh = "洪水中，那座老雕像幸存，木桥却被摧毁。"
aliases.en = ["flood"]
aliases.zh = ["洪水"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In the flood the old statue was destroyed.", "refuted"),
        ("洪水中，老雕像被摧毁。", "refuted"),
        ("In the flood the wooden bridge was destroyed.", "supported"),
        ("洪水中，木桥被摧毁。", "supported"),
    ],
)
def test_a_verb_said_of_another_thing_does_not_befall_this_one(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the old statue survived, while the wooden bridge was destroyed": the fact says
    both verbs, so the statue's destruction was supported by the bridge's; what its words
    say right after the statue (survived, 幸存) is what befell it, and the opposite is
    refuted."""
    assert_verdict(own(STATUE_FLOOD).check(claim), expected)


SPEECH = """format = 1

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶1"]
text.en = "June Hale, the mayor of Orme."
text.zh = "琼·黑尔，奥尔姆市长。"
aliases.en = ["Hale", "June Hale"]
aliases.zh = ["黑尔"]

[[facts]]
id = "speech-postponed"
kind = "event"
date = 1966-11-04
source = ["¶2"]
text.en = "Hale postponed her budget speech, due on the night of the flood; she delivered it on 9 November 1966."
text.zh = "黑尔推迟了原定于洪水当晚发表的预算演讲，11月9日才发表。"
aliases.en = ["budget speech"]
aliases.zh = ["预算演讲"]

[facts.values]
actor = "person-hale"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Hale delivered her budget speech on the night of the flood.", "not_enough_info"),
        ("Hale's budget speech was due on the night of the flood.", "supported"),
    ],
)
def test_when_a_deed_was_due_is_not_when_it_was_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "due on the night of the flood" (the lexicon's `seeks`: what was planned): the
    speech she postponed was not given that night, so the words of when it was due back
    no claim that it was given then (supported before); the claim that says it was due
    is still backed."""
    assert_verdict(own(SPEECH).check(claim), expected)


TONS = """format = 1

[fields.fertiliser]
type = "quantity"
en = "fertiliser carried"
zh = "化肥载量"

[lexicon.units.tons]
en = ["ton", "tons", "short ton", "short tons"]
zh = ["吨", "短吨"]
measure = "mass"
size = 907.18474

[[facts]]
id = "cargo"
kind = "count"
source = ["¶1"]
text.en = "The freighter Osprey carried 2,300 tons of fertiliser."
text.zh = "鱼鹰号货轮载有2300吨化肥。"
aliases.en = ["cargo"]
aliases.zh = ["货物"]

[facts.values]
fertiliser = { value = 2300, unit = "tons" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Osprey carried 2,535 tons of fertiliser.", "refuted"),
        ("The Osprey carried 2,300 tons of fertiliser.", "supported"),
        ("鱼鹰号载有2300吨化肥。", "supported"),
    ],
)
def test_a_files_own_unit_is_read_before_the_packaged_one_of_the_same_word(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """吨 is the file's short ton (907 kg), not the packaged tonne: its own unit is read
    first, so 2,535 tons is not its 2300吨 read as metric tonnes (supported before)."""
    assert_verdict(own(TONS).check(claim), expected)


LATER_FIRE = """format = 1

[[facts]]
id = "fire"
kind = "event"
date = 1966-11-04
source = ["¶1"]
text.en = "The old statue survived the flood and was later destroyed by fire."
text.zh = "老雕像在洪水中幸存，后来被大火摧毁。"
aliases.en = ["fire"]
aliases.zh = ["大火"]

[[facts]]
id = "storm"
kind = "event"
date = 1967-11-04
source = ["¶2"]
text.en = "The tower survived the storm, but a week later it was destroyed."
text.zh = "塔楼在风暴中幸存，但一周后它被摧毁。"
aliases.en = ["storm"]
aliases.zh = ["风暴"]
"""


@pytest.mark.parametrize(
    "claim",
    [
        "The old statue was destroyed by fire.",
        "老雕像被大火摧毁。",
        "The tower was destroyed.",
        "塔楼被摧毁。",
    ],
)
def test_a_later_fate_said_with_and_or_a_pronoun_is_still_the_things(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "survived the flood and was later destroyed by fire", "survived the storm, but a week
    later it was destroyed": a verb joined to the first, or said of a pronoun, may be the
    same thing's, so its survival refutes nothing (the first review of `fates` found both
    refuted)."""
    assert_verdict(own(LATER_FIRE).check(claim), "supported")


TWO_TIMES = """format = 1

[fields.departed_at]
type = "time"
en = "time of departure"
zh = "出发时间"

[fields.arrived_at]
type = "time"
en = "time of arrival"
zh = "到达时间"

[[facts]]
id = "crossing"
kind = "event"
date = 1950-06-01
source = ["¶1"]
text.en = "The Heron left Hale at 6:30 a.m. and arrived in Orme at 9:10 a.m."
text.zh = "苍鹭号早上6点30分离开黑尔，9点10分抵达奥尔姆。"
aliases.en = ["crossing"]
aliases.zh = ["航渡"]

[facts.values]
departed_at = 06:30:00
arrived_at = 09:10:00

[[facts.notes]]
kind = "also_reported"
field = "values.departed_at"
value = 06:45:00
by = "the harbour log"
text.en = "The harbour log gives 6:45 a.m. for the departure."
text.zh = "港口日志记为早上6点45分出发。"
"""


def test_a_note_on_one_of_two_times_does_not_dispute_the_other(
    own: Callable[[str], Checker],
) -> None:
    """A fact that types a departure and an arrival time, with other reporting's time for
    the departure: that time said of the arrival is refuted, not disputed (the review)."""
    assert_verdict(own(TWO_TIMES).check("The Heron arrived in Orme at 6:45 a.m."), "refuted")


SIEGE = """format = 1

[[facts]]
id = "party-town"
kind = "party"
source = ["¶1"]
text.en = "The town of Orme."
text.zh = "奥尔姆镇。"
aliases.en = ["Orme"]
aliases.zh = ["奥尔姆"]

[[facts]]
id = "siege"
kind = "event"
start = 1850-03-01
end = 1850-05-30
source = ["¶1"]
text.en = "The siege of Orme lasted from 1 March to 30 May 1850."
text.zh = "奥尔姆之围从1850年3月1日持续到5月30日。"
aliases.en = ["siege", "the siege"]
aliases.zh = ["围城"]

[[facts]]
id = "bridge-burned"
kind = "event"
date = 1850-03-15
source = ["¶2"]
text.en = "The defenders burned the river bridge on 15 March 1850."
text.zh = "1850年3月15日，守军烧毁了河上的桥。"
aliases.en = ["bridge"]
aliases.zh = ["河桥"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The defenders burned the river bridge two weeks into the siege.", "supported"),
        ("The defenders burned the river bridge a month into the siege.", "refuted"),
    ],
)
def test_a_length_into_an_event_is_the_time_since_it_began(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "two weeks into the siege": the time from the siege's first day to the deed, as
    "two weeks after the siege began" is (both had been left open)."""
    assert_verdict(own(SIEGE).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("风筝号在1930年进行了最后一次飞行。", "supported"),
        ("风筝号在1929年进行了最后一次飞行。", "refuted"),
    ],
)
def test_zui_hou_yi_ci_is_the_last(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """最后一次 (最后一轮) is "the last", an ordinal as "the last flight" is: its 一次 had
    been a count no fact held, leaving both claims open."""
    assert_verdict(own(FLIGHTS).check(claim), expected)


MINISTERS = """format = 1

[[facts]]
id = "party-vell"
kind = "party"
source = ["¶1"]
text.en = "The kingdom of Vell."
text.zh = "维尔王国。"
aliases.en = ["Vell"]
aliases.zh = ["维尔"]

[[facts]]
id = "person-hale"
kind = "person"
source = ["¶1"]
text.en = "Hale: Vell's minister of war."
text.zh = "黑尔：维尔的战争大臣。"
aliases.en = ["Hale", "minister of war", "war minister"]
aliases.zh = ["黑尔", "战争大臣"]

[facts.values]
office = "minister of war of Vell"
country = "party-vell"

[[facts]]
id = "person-moss"
kind = "person"
source = ["¶1"]
text.en = "Moss: Vell's minister of trade."
text.zh = "莫斯：维尔的贸易大臣。"
aliases.en = ["Moss", "minister of trade", "trade minister"]
aliases.zh = ["莫斯", "贸易大臣"]

[facts.values]
office = "minister of trade of Vell"
country = "party-vell"

[[facts]]
id = "treaty-opposed"
kind = "position"
source = ["¶2"]
text.en = "Hale, the minister of war, and Moss, the minister of trade, both opposed the treaty."
text.zh = "战争大臣黑尔和贸易大臣莫斯都反对这项条约。"
aliases.en = ["treaty"]
aliases.zh = ["条约"]

[facts.values]
actor = ["person-hale", "person-moss"]
rejects = "treaty"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Moss, Vell's minister of war, opposed the treaty.", "refuted"),
        ("Moss, Vell's minister of trade, opposed the treaty.", "supported"),
        ("Hale, Vell's minister of war, opposed the treaty.", "supported"),
        ("Moss, who serves as Vell's minister of war, opposed the treaty.", "refuted"),
        (
            "Moss, one of the ministers who opposed the treaty, was Vell's minister of war.",
            "refuted",
        ),
    ],
)
def test_an_apposition_may_name_whose_office_it_is(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Moss, Vell's minister of war,": the office of another person, set off by commas
    after an owner's name, is that person named as Moss (it had been backed by the fact
    naming both)."""
    assert_verdict(own(MINISTERS).check(claim), expected)


def test_a_name_said_again_in_an_aside_keeps_its_fellow_doers(
    own: Callable[[str], Checker],
) -> None:
    """ "Hale, the minister of war, and Moss, the minister of trade, opposed the treaty": the
    treaty is opposed by both (", and" had not joined the two, so the deed was Moss's
    alone)."""
    untyped = MINISTERS.replace('rejects = "treaty"\n', "")
    assert untyped != MINISTERS
    for name in ("Hale", "Moss"):
        assert_verdict(own(untyped).check(f"{name} opposed the treaty."), "supported")


GULL_SIZE = """format = 1

[fields.length]
type = "quantity"
en = "how long the ferry was"
zh = "船身长度"

[fields.width]
type = "quantity"
en = "how wide the ferry was, its beam"
zh = "船宽"

[[facts]]
id = "party-gull"
kind = "party"
source = ["¶1"]
text.en = "The ferry Gull."
text.zh = "海鸥号渡轮。"
aliases.en = ["Gull"]
aliases.zh = ["海鸥号"]

[[facts]]
id = "gull-size"
kind = "count"
source = ["¶1"]
text.en = "The Gull was 90 metres long and 15 metres wide."
text.zh = "海鸥号长90米，宽15米。"
aliases.en = ["size"]
aliases.zh = ["尺寸"]

[facts.values]
length = { value = 90, unit = "metres" }
width = { value = 15, unit = "metres" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("海鸥号长90米，宽15米。", "supported"),
        ("海鸥号长15米，宽90米。", "refuted"),
        ("海鸥号宽为90米。", "refuted"),
        ("海鸥号宽度为90米。", "refuted"),
        ("The Gull was 15 metres long.", "refuted"),
    ],
)
def test_a_chinese_word_before_a_number_names_its_field(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """长15米, 宽为90米: the word right before a Chinese number names the one field whose
    Chinese name holds it (船身长度, 船宽), as "15 metres long" names the length; both
    figures had been backed by the fact's words, swapped or not. 宽度, a Chinese word of
    the synonyms of `width`, names that field too (it had been a word no fact held)."""
    assert_verdict(own(GULL_SIZE).check(claim), expected)


SKIFF_CREW = """format = 1

[[facts]]
id = "flight-9"
kind = "event"
date = 1961-04-02
source = ["¶1"]
text.en = "Flight 9 of the Skiff rocket flew on 2 April 1961 with two crew."
text.zh = "斯基夫火箭第9次飞行于1961年4月2日进行，机上两名乘员。"
aliases.en = ["Flight 9"]
aliases.zh = ["第9次飞行"]

[facts.values]
actor = ["person-orr", "person-tamm"]

[[facts]]
id = "person-orr"
kind = "person"
source = ["¶2"]
text.en = "Orr was the commander of Flight 9 and the first pilot from Vell in space."
text.zh = "奥尔是第9次飞行的指令长，也是第一位进入太空的维尔飞行员。"
aliases.en = ["Orr", "the commander", "the first pilot from Vell"]
aliases.zh = ["奥尔", "指令长"]

[facts.values]
office = "commander"

[[facts]]
id = "person-tamm"
kind = "person"
source = ["¶2"]
text.en = "Tamm was the engineer of Flight 9."
text.zh = "塔姆是第9次飞行的工程师。"
aliases.en = ["Tamm", "the engineer"]
aliases.zh = ["塔姆", "工程师"]

[facts.values]
office = "engineer"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The commander of Flight 9 was Tamm.", "refuted"),
        ("The commander of Flight 9 was Orr.", "supported"),
        ("Tamm, the commander of Flight 9, flew on 2 April 1961.", "refuted"),
        ("Orr, the commander of Flight 9, flew on 2 April 1961.", "supported"),
        ("Tamm, the commander, was the first pilot from Vell in space.", "refuted"),
        ("The engineer of Flight 9, Orr, flew on 2 April 1961.", "refuted"),
        ("The commander of Flight 9, Orr, flew on 2 April 1961.", "supported"),
    ],
)
def test_the_post_of_a_mission_names_its_holder(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the commander of Flight 9 was Tamm", "Tamm, the commander of Flight 9, …": a post
    named with whose it is, before a copula or set off by commas, is its holder named as
    the other (both had been backed by the flight's and each person's facts); an aside
    followed by the person's own description is no list."""
    assert_verdict(own(SKIFF_CREW).check(claim), expected)


NATIONS = """format = 1

[[facts]]
id = "person-anan"
kind = "person"
source = ["¶1"]
text.en = "Anan was 11, the youngest of the rescued boys."
text.zh = "阿南时年11岁，是获救男孩中年纪最小的。"
aliases.en = ["Anan"]
aliases.zh = ["阿南"]

[[facts]]
id = "french-passengers"
kind = "count"
source = ["¶2"]
text.en = "Most of the passengers were French."
text.zh = "乘客中法国人最多。"
aliases.en = ["French passengers"]
aliases.zh = ["法国乘客"]

[[facts]]
id = "danish-passengers"
kind = "count"
source = ["¶2"]
text.en = "The Danes were the second largest group of passengers."
text.zh = "乘客中丹麦人第二多。"
aliases.en = ["Danish passengers"]
aliases.zh = ["丹麦乘客"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("阿南是获救男孩中年纪最小的。", "supported"),
        ("阿南是获救男孩中年纪最大的。", "not_enough_info"),
        ("乘客中法国人最多。", "supported"),
        ("乘客中丹麦人最多。", "not_enough_info"),
    ],
)
def test_a_chinese_superlative_is_a_word_of_its_own(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """最 is no function word: 最多 is not the 多 of 第二多, and the character after 最 must
    be the fact's own (年纪最小 does not back 年纪最大, though one character may differ)."""
    assert_verdict(own(NATIONS).check(claim), expected)


LAST_VOYAGE = """format = 1

[[facts]]
id = "party-tern"
kind = "party"
source = ["¶1"]
text.en = "The ferry Tern."
text.zh = "燕鸥号渡轮。"
aliases.en = ["Tern"]
aliases.zh = ["燕鸥号"]

[[facts]]
id = "place-skerry"
kind = "place"
source = ["¶1"]
text.en = "Skerry, a port island."
text.zh = "斯凯里岛，一座港口岛屿。"
aliases.en = ["Skerry"]
aliases.zh = ["斯凯里岛"]

[[facts]]
id = "place-holm"
kind = "place"
source = ["¶1"]
text.en = "Holm, a rocky island."
text.zh = "霍尔姆岛，一座多礁石的岛屿。"
aliases.en = ["Holm"]
aliases.zh = ["霍尔姆岛"]

[[facts]]
id = "voyage"
kind = "event"
source = ["¶1"]
text.en = "The Tern sailed for Skerry on her last voyage and sank off Holm."
text.zh = "燕鸥号最后一次航行驶往斯凯里岛，在霍尔姆岛附近海域沉没。"
aliases.en = ["last voyage"]
aliases.zh = ["最后一次航行"]

[facts.values]
to = "place-skerry"
place = "place-holm"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("燕鸥号在霍尔姆岛附近海域沉没。", "supported"),
        ("燕鸥号在斯凯里岛附近海域沉没。", "refuted"),
        ("燕鸥号在斯凯里岛海域沉没。", "refuted"),
        ("燕鸥号在斯凯里岛近海沉没了。", "refuted"),
        ("The Tern sank off Skerry.", "refuted"),
    ],
)
def test_a_place_before_fujin_is_where_it_happened(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """斯凯里岛附近海域: a place followed by 附近, 海域, 外海 is where the deed happened, as
    "off Skerry" is, so the voyage's destination does not back it (it had been backed)."""
    assert_verdict(own(LAST_VOYAGE).check(claim), expected)


MILL_CLOSING = """format = 1

[lexicon.predicates.shut]
en = ["closed", "shut", "shut down"]
zh = ["关闭", "关停"]

[[facts]]
id = "party-mill"
kind = "party"
source = ["¶1"]
text.en = "The Tarn mill."
text.zh = "塔恩磨坊。"
aliases.en = ["Tarn mill", "the mill"]
aliases.zh = ["塔恩磨坊", "磨坊"]

[[facts]]
id = "closure-announced"
kind = "event"
date = 1950-05-02
source = ["¶2"]
text.en = "On 2 May 1950 the owners announced that the Tarn mill would be closed."
text.zh = "1950年5月2日，业主宣布关闭塔恩磨坊。"
aliases.en = ["announcement"]
aliases.zh = ["宣布"]

[facts.values]
target = ["party-mill"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The owners announced on 2 May 1950 that the Tarn mill would be closed.", "supported"),
        ("The Tarn mill was closed in May 1950.", "not_enough_info"),
        ("塔恩磨坊于1950年5月被关闭。", "not_enough_info"),
    ],
)
def test_what_was_announced_is_not_done(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """宣布关闭 says what was announced, as "announced that it would be closed" does: the
    announcement's day backs no claim that the mill was closed then (its Chinese words had
    made the closing a deed of that day)."""
    assert_verdict(own(MILL_CLOSING).check(claim), expected)


ISLAND_CONES = """format = 1

[[facts]]
id = "place-isle"
kind = "place"
source = ["¶1"]
text.en = "Isle Brann, a volcanic island."
text.zh = "布兰岛，一座火山岛。"
aliases.en = ["Isle Brann", "Brann"]
aliases.zh = ["布兰岛"]

[[facts]]
id = "place-tor"
kind = "place"
part_of = "place-isle"
source = ["¶1"]
text.en = "Tor, the island's highest cone, about 800 metres high."
text.zh = "托尔峰，岛上最高的火山锥，约800米高。"
aliases.en = ["Tor", "highest cone"]
aliases.zh = ["托尔峰", "最高的火山锥"]

[[facts]]
id = "place-dun"
kind = "place"
part_of = "place-isle"
source = ["¶1"]
text.en = "Dun, a smaller cone in the middle of the island."
text.zh = "敦峰，岛中部一座较小的火山锥。"
aliases.en = ["Dun"]
aliases.zh = ["敦峰"]

[[facts]]
id = "cones"
kind = "count"
source = ["¶1"]
text.en = "Isle Brann had two cones: Tor, the highest, and Dun."
text.zh = "布兰岛有两座火山锥：最高的托尔峰和敦峰。"
aliases.en = ["cones"]
aliases.zh = ["火山锥"]

[facts.values]
place = "place-isle"
cones = ["place-tor", "place-dun"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Tor was the highest cone on Isle Brann.", "supported"),
        ("Dun was the highest cone on Isle Brann.", "refuted"),
        ("The highest cone on Isle Brann was Dun.", "refuted"),
        ("Brann's highest cone was Dun.", "refuted"),
    ],
)
def test_a_place_named_by_its_role_is_not_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Dun was the highest cone": a place said to be another place's role (its alias in
    lower case) is refuted, as two people or two bodies named as one are; both cones being
    in the count's list had backed it."""
    assert_verdict(own(ISLAND_CONES).check(claim), expected)


OFFICERS = """format = 1

[[facts]]
id = "person-hart"
kind = "person"
source = ["¶1"]
text.en = "Hart, an army lieutenant colonel, led the survey."
text.zh = "哈特是陆军中校，领导了这次勘测。"
aliases.en = ["Hart"]
aliases.zh = ["哈特"]

[[facts]]
id = "person-wynn"
kind = "person"
source = ["¶2"]
text.en = "Wynn, the vice president of the survey society, opened the meeting."
text.zh = "温恩是勘测学会的副会长，主持了会议开幕。"
aliases.en = ["Wynn"]
aliases.zh = ["温恩"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Hart was a lieutenant colonel.", "supported"),
        ("Hart was a colonel.", "not_enough_info"),
        ("Wynn was the vice president of the survey society.", "supported"),
        ("Wynn was the president of the survey society.", "refuted"),
        ("温恩是勘测学会的副会长。", "supported"),
        ("温恩是勘测学会的会长。", "not_enough_info"),
    ],
)
def test_a_rank_said_only_with_its_qualifier_is_another(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "lieutenant colonel": a word a fact's words say only after a word that makes it
    another rank (the lexicon's `[rank_qualifiers]`) backs no claim that says it without
    that word ("a colonel" had been backed); an office so qualified is refuted, as before."""
    assert_verdict(own(OFFICERS).check(claim), expected)


PLATFORMS = """format = 1

[fields.operator]
type = "ref"
en = "the company that ran the platform"
zh = "作业者"

[[facts]]
id = "party-norcom"
kind = "party"
source = ["¶1"]
text.en = "Norcom, an oil company and the operator of the Gull platform."
text.zh = "诺康，一家石油公司，海鸥平台的作业者。"
aliases.en = ["Norcom", "the operator"]
aliases.zh = ["诺康"]

[[facts]]
id = "party-sudoil"
kind = "party"
source = ["¶1"]
text.en = "Sudoil, an oil company."
text.zh = "苏德石油，一家石油公司。"
aliases.en = ["Sudoil"]
aliases.zh = ["苏德石油"]

[[facts]]
id = "place-gull"
kind = "place"
source = ["¶1"]
text.en = "The Gull platform, run by Norcom and linked by pipeline to the Tern platform."
text.zh = "海鸥平台，由诺康经营，通过管道与燕鸥平台相连。"
aliases.en = ["Gull platform", "Gull"]
aliases.zh = ["海鸥平台"]

[facts.values]
operator = "party-norcom"
connected_to = ["place-tern"]

[[facts]]
id = "place-tern"
kind = "place"
source = ["¶2"]
text.en = "The Tern platform, run by Sudoil."
text.zh = "燕鸥平台，由苏德石油经营。"
aliases.en = ["Tern platform", "Tern"]
aliases.zh = ["燕鸥平台"]

[facts.values]
operator = "party-sudoil"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Norcom was the operator of the Gull platform.", "supported"),
        ("Norcom was the operator of the Tern platform.", "refuted"),
        ("Sudoil was the operator of the Tern platform.", "supported"),
        ("The operator of the Tern platform was Norcom.", "refuted"),
    ],
)
def test_the_post_of_a_named_thing_is_its_fields(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Norcom was the operator of the Tern platform": a role named by a field of the
    thing's own fact is judged by that field (Norcom's alias "the operator", and the Gull's
    fact naming both platforms, had backed it)."""
    assert_verdict(own(PLATFORMS).check(claim), expected)


@pytest.mark.parametrize(
    "claim",
    [
        "The operator of the Tern platform's neighbour, the Gull platform, was Norcom.",
        "The operator of the Tern platform was Norcom's rival, Sudoil.",
    ],
)
def test_a_post_of_anothers_is_not_judged_by_the_named_things_field(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "the Tern platform's neighbour", "Norcom's rival": the post is of another thing, or
    the name another's, so the Tern's `operator` does not refute it."""
    assert own(PLATFORMS).check(claim).verdict != "refuted"


TOWN_VOTE = """format = 1

[[facts]]
id = "bridge-vote"
kind = "vote"
date = 1901-06-03
source = ["¶1"]
text.en = "The town council approved the bridge by 9 votes to 2, with 1 abstention."
text.zh = "镇议会以9票赞成、2票反对、1票弃权批准了建桥。"
aliases.en = ["bridge vote"]
aliases.zh = ["建桥表决"]

[facts.values]
for = 9
against = 2
abstain = 1
"""


@pytest.mark.parametrize(
    "claim",
    [
        "In the bridge vote, abstentions outnumbered votes in favour.",
        "In the bridge vote, votes against exceeded votes in favour.",
    ],
)
def test_a_verb_of_comparing_is_no_word_of_degree(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "outnumbered", "exceeded" compare two sides by themselves: with no comparison the
    facts judge they stay unaccounted (they had been passed over as words of degree, like
    "more openly", and the claim supported)."""
    assert own(TOWN_VOTE).check(claim).verdict != "supported"


CUP_FINAL = """format = 1

[[facts]]
id = "cup-final"
kind = "event"
date = 1931-05-02
source = ["¶1"]
text.en = "The cup final was played on 2 May 1931 at Harbour Park."
text.zh = "杯赛决赛于1931年5月2日在港湾公园举行。"
aliases.en = ["cup final", "final"]
aliases.zh = ["杯赛决赛", "决赛"]

[[facts]]
id = "vice-chair"
kind = "person"
source = ["¶2"]
text.en = "Orla Penn, vice chair of the cup committee."
text.zh = "奥拉·佩恩，杯赛委员会副主任。"
aliases.en = ["Orla Penn", "Penn"]
aliases.zh = ["奥拉·佩恩", "佩恩"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("杯赛决赛于1931年5月2日举行。", "supported"),
        ("杯赛半决赛于1931年5月2日举行。", "not_enough_info"),
        ("佩恩是杯赛委员会副主任。", "supported"),
        ("佩恩是杯赛委员会主任。", "not_enough_info"),
    ],
)
def test_a_character_that_makes_a_word_another_must_be_held(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """半决赛 is no 决赛: one character of a Chinese word may differ from the fact's (a
    particle), but not 半, 副 or 非, which make the word another thing (杯赛半决赛 had been
    backed by the final's words)."""
    assert_verdict(own(CUP_FINAL).check(claim), expected)


MONTH_SAID = """format = 1

[lexicon.predicates.shut]
en = ["closed", "shut"]
zh = ["关闭", "关停"]

[[facts]]
id = "party-mill"
kind = "party"
source = ["¶1"]
text.en = "The Tarn mill, which employed 300 people and was closed in November 1950."
text.zh = "塔恩磨坊，曾雇用300人，1950年11月关闭。"
aliases.en = ["Tarn mill", "the mill"]
aliases.zh = ["塔恩磨坊", "磨坊"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Tarn mill was closed in November 1950.", "supported"),
        ("塔恩磨坊于1950年11月关闭。", "supported"),
        ("The Tarn mill was closed in March 1950.", "not_enough_info"),
    ],
)
def test_a_month_a_facts_words_give_is_a_span_of_days(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "closed in November 1950": a month and year in a fact's words are the days of that
    month, as a year alone is that year's (the month had been no day at all, so the
    claim's month was left open)."""
    assert_verdict(own(MONTH_SAID).check(claim), expected)


BALLOON_FLIGHT = """format = 1

[fields.altitude]
type = "quantity"
en = "how high it was when it happened"
zh = "发生时的高度"

[[facts]]
id = "party-lark"
kind = "party"
source = ["¶1"]
text.en = "The balloon Lark."
text.zh = "云雀号气球。"
aliases.en = ["Lark"]
aliases.zh = ["云雀号"]

[[facts]]
id = "ballast-dropped"
kind = "event"
source = ["¶1"]
text.en = "The Lark dropped its ballast at about 9,000 metres."
text.zh = "云雀号在约9,000米高度抛下压舱物。"
aliases.en = ["ballast"]
aliases.zh = ["压舱物"]

[facts.values]
actor = "party-lark"
altitude = { value = 9000, unit = "metres", approx = "about" }

[[facts]]
id = "envelope-burst"
kind = "event"
source = ["¶2"]
text.en = "The Lark's envelope burst at about 4,000 metres."
text.zh = "云雀号的气囊在约4,000米高度破裂。"
aliases.en = ["envelope"]
aliases.zh = ["气囊"]

[facts.values]
actor = "party-lark"
altitude = { value = 4000, unit = "metres", approx = "about" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("云雀号的气囊破裂时，高度约4,000米。", "supported"),
        ("云雀号的气囊破裂时，高度约9,000米。", "refuted"),
    ],
)
def test_a_figure_after_a_when_frame_is_the_framing_deeds(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """气囊破裂时，高度约9,000米: a figure in a statement after "<deed>时，" that names no
    actor of its own is the framing deed's, judged by its fact's typed amount (the
    ballast's 9,000 metres had backed it)."""
    assert_verdict(own(BALLOON_FLIGHT).check(claim), expected)


CLUB_SEASON = """format = 1

[lexicon.predicates.beat]
en = ["beat", "defeated"]
zh = ["击败", "战胜"]
fields = ["winner"]

[fields.opponent]
type = "ref"
en = "the team a club played against"
zh = "对手球队"

[fields.winner]
type = "ref"
en = "who won the match"
zh = "获胜方"

[fields.score]
type = "text"
en = "the final score, the winner's goals first"
zh = "比分"

[[facts]]
id = "party-rovers"
kind = "party"
source = ["¶1"]
text.en = "Rovers, a football club."
text.zh = "流浪者队，一支足球俱乐部。"
aliases.en = ["Rovers"]
aliases.zh = ["流浪者"]

[[facts]]
id = "party-millbrook"
kind = "party"
source = ["¶1"]
text.en = "Millbrook, a football club."
text.zh = "米尔布鲁克队，一支足球俱乐部。"
aliases.en = ["Millbrook"]
aliases.zh = ["米尔布鲁克"]

[[facts]]
id = "party-crane"
kind = "party"
source = ["¶1"]
text.en = "Crane Town, a football club."
text.zh = "克雷恩镇队，一支足球俱乐部。"
aliases.en = ["Crane Town"]
aliases.zh = ["克雷恩镇"]

[[facts]]
id = "millbrook-match"
kind = "event"
date = 1931-02-14
source = ["¶2"]
text.en = "On 14 February 1931 Rovers beat Millbrook 3–0 in the cup."
text.zh = "1931年2月14日，流浪者在杯赛中以3比0战胜米尔布鲁克。"

[facts.values]
opponent = "party-millbrook"
winner = "party-rovers"
score = "3–0"

[[facts]]
id = "shield-final"
kind = "event"
date = 1931-03-01
source = ["¶3"]
text.en = "On 1 March 1931 Rovers beat Crane Town 4–1 in the shield final."
text.zh = "1931年3月1日，流浪者在盾杯决赛中以4比1击败克雷恩镇。"

[facts.values]
opponent = "party-crane"
winner = "party-rovers"
score = "4–1"
"""


@pytest.mark.parametrize(
    "claim",
    [
        "Rovers beat Millbrook 3–0.",
        "Rovers beat Millbrook 3 to 0.",
        "流浪者以3比0战胜米尔布鲁克。",
        "Rovers beat Crane Town 4–1.",
    ],
)
def test_a_fact_that_contradicts_nothing_stops_the_search(
    own: Callable[[str], Checker], claim: str
) -> None:
    """Rovers beat Millbrook 3–0: the match that names both clubs contradicts nothing, so
    the other match Rovers won (against another club) may not refute Millbrook as its
    winner; the score no field types stays open."""
    verdict = own(CLUB_SEASON).check(claim).verdict
    assert verdict == "not_enough_info"


FERRY_CLERKS = """format = 1

[lexicon.units.deckhands]
en = ["deckhand", "deckhands"]
zh = ["水手", "名水手"]
kind = "person"

[fields.names]
type = "texts"
en = "the names of the people counted"
zh = "所计人员的姓名"

[[facts]]
id = "party-calder"
kind = "party"
source = ["¶1"]
text.en = "The Calder Line, the company that owned the ferry."
text.zh = "卡尔德航运公司：拥有这艘渡轮的公司。"
aliases.en = ["Calder Line"]
aliases.zh = ["卡尔德航运"]

[[facts]]
id = "sinking"
kind = "event"
source = ["¶1"]
text.en = "The ferry Tarn sank off Oskar; 19 of the 60 people on board died, seven deckhands among them."
text.zh = "塔恩号渡轮在奥斯卡附近沉没；船上60人中有19人遇难，其中包括7名水手。"
aliases.en = ["Tarn"]
aliases.zh = ["塔恩号"]

[[facts]]
id = "killed-office"
kind = "count"
source = ["¶2"]
part_of = "sinking"
text.en = "Two Calder Line clerks who were travelling died: the bookkeeper Ivo Brandt and the ticket clerk Mara Lind."
text.zh = "两名随船出行的卡尔德航运职员遇难：会计伊沃·勃兰特和售票员玛拉·林德。"
closed = ["names"]

[facts.values]
killed = { value = 2, unit = "people" }
names = ["Ivo Brandt", "Mara Lind"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ivo Brandt was a Calder Line bookkeeper.", "supported"),
        ("Ivo Brandt was a Calder Line deckhand.", "not_enough_info"),
        ("Ivo Brandt was once a Calder Line deckhand.", "not_enough_info"),
        ("伊沃·勃兰特是卡尔德航运的会计。", "supported"),
        ("伊沃·勃兰特此前曾是卡尔德航运的水手。", "not_enough_info"),
    ],
)
def test_what_a_name_known_by_one_fact_is_is_that_facts_to_say(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Ivo Brandt was a deckhand: a name the base knows only by a list fact's words is
    described by that fact; the deckhands another fact counts had backed it."""
    assert_verdict(own(FERRY_CLERKS).check(claim), expected)


SPAN_BRIDGE = """format = 1

[[facts]]
id = "place-bridge"
kind = "place"
source = ["¶1"]
text.en = "The Narrows bridge, a suspension bridge."
text.zh = "海峡大桥，一座悬索桥。"
aliases.en = ["the bridge", "Narrows bridge"]
aliases.zh = ["大桥", "海峡大桥"]

[[facts]]
id = "days-open"
kind = "count"
start = 1940-07-01
end = 1940-11-07
source = ["¶1"]
part_of = "place-bridge"
text.en = "The bridge stood for 129 days (four months and six days) between its opening and its fall."
text.zh = "大桥从通车到坍塌共129天（四个月零六天）。"

[facts.values]
duration = { value = 129, unit = "days" }
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("大桥存在了不到一百天。", "refuted"),
        ("大桥存在了不到两百天。", "supported"),
        ("The bridge stood for less than 100 days.", "refuted"),
        ("The bridge stood for four months and six days.", "supported"),
        ("大桥存在了四个月零六天。", "supported"),
        ("The bridge stood for four months and 14 days.", "refuted"),
        ("大桥存在了四个月零十五天。", "refuted"),
        ("The bridge stood for more than four months and one day.", "supported"),
    ],
)
def test_a_length_said_in_two_units_is_one_length(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """四个月零六天, "four months and six days": one length, their sum; its six days alone
    had backed 不到一百天 for a bridge that stood 129 days."""
    assert_verdict(own(SPAN_BRIDGE).check(claim), expected)


RELIEF_TRAIN = """format = 1

[fields.leader]
type = "ref"
en = "who led it"
zh = "带队者"

[[facts]]
id = "person-from"
kind = "person"
source = ["¶1"]
text.en = "Haakon From, captain of the Imo."
text.zh = "哈康·弗罗姆，伊莫号船长。"
aliases.en = ["From", "Haakon From", "Captain From"]
aliases.zh = ["弗罗姆"]

[facts.values]
office = "captain of the Imo"

[[facts]]
id = "person-ratshesky"
kind = "person"
source = ["¶2"]
text.en = "Abraham Ratshesky, who led the relief train."
text.zh = "亚伯拉罕·拉舍斯基，救援列车的带队者。"
aliases.en = ["Ratshesky"]
aliases.zh = ["拉舍斯基"]

[[facts]]
id = "place-boston"
kind = "place"
source = ["¶2"]
text.en = "Boston, a city in Massachusetts."
text.zh = "波士顿，马萨诸塞州的城市。"
aliases.en = ["Boston"]
aliases.zh = ["波士顿"]

[[facts]]
id = "relief-train"
kind = "event"
date = 1917-12-07
source = ["¶2"]
text.en = "A relief train led by Ratshesky left Boston for Halifax."
text.zh = "拉舍斯基带领的救援列车从波士顿开往哈利法克斯。"

[facts.values]
leader = "person-ratshesky"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ratshesky led the relief train from Boston.", "supported"),
        ("From led the relief train.", "refuted"),
    ],
)
def test_a_name_that_is_a_word_is_a_name_only_with_its_capital(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "the relief train from Boston": a person's one-word name the lexicon knows as a word
    (Captain From) names them only where the claim writes its capital; the preposition had
    been read as the captain and refuted the train's leader."""
    assert_verdict(own(RELIEF_TRAIN).check(claim), expected)


HARBOUR_BLAST = """format = 1

[fields.local_time]
type = "time"
en = "the local time of day when it happened"
zh = "当地时间"

[[facts]]
id = "blast"
kind = "event"
date = 1917-12-06
source = ["¶1"]
text.en = "The munitions ship exploded in the harbour in the morning."
text.zh = "弹药船上午在港内爆炸。"
aliases.en = ["explosion", "exploded"]
aliases.zh = ["爆炸"]

[facts.values]
local_time = 09:04:35
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The ship exploded at about 9 a.m.", "supported"),
        ("The ship exploded at about 10 a.m.", "refuted"),
        ("弹药船于上午10时左右爆炸。", "refuted"),
        ("弹药船于上午9时左右爆炸。", "supported"),
    ],
)
def test_about_an_hour_is_the_hour_a_time_rounds_to(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "about 10 a.m." for 9:04: a time "about" an hour is one that rounds to it, within
    half an hour; an hour either way had let 9:04 back it. 上午9时左右: 左右 is the time's
    word of about, not a word of its own (左右爆炸 had been left open)."""
    assert_verdict(own(HARBOUR_BLAST).check(claim), expected)


FERRY_INQUIRY = """format = 1

[fields.blamed]
type = "refs"
en = "whom the inquiry held to blame"
zh = "被认定负有责任的人"

[[facts]]
id = "person-vane"
kind = "person"
source = ["¶1"]
text.en = "Justice Vane, who led the inquiry."
text.zh = "法官韦恩，主持调查。"
aliases.en = ["Vane", "Justice Vane"]
aliases.zh = ["韦恩"]

[[facts]]
id = "person-rusk"
kind = "person"
source = ["¶1"]
text.en = "Edda Rusk, master of the ferry."
text.zh = "埃达·拉斯克，渡轮船长。"
aliases.en = ["Rusk", "Edda Rusk"]
aliases.zh = ["拉斯克"]

[[facts]]
id = "person-holm"
kind = "person"
source = ["¶1"]
text.en = "Per Holm, the ferry's pilot."
text.zh = "佩尔·霍尔姆，渡轮引航员。"
aliases.en = ["Holm", "Per Holm"]
aliases.zh = ["霍尔姆"]

[[facts]]
id = "person-brandt"
kind = "person"
source = ["¶2"]
text.en = "Ivo Brandt, the harbour's signalman."
text.zh = "伊沃·勃兰特，港口信号员。"
aliases.en = ["Brandt", "Ivo Brandt"]
aliases.zh = ["勃兰特"]

[[facts]]
id = "inquiry-findings"
kind = "event"
date = 1952-03-04
source = ["¶3"]
text.en = "Vane's inquiry blamed Rusk and Holm; the signalman Brandt was cleared."
text.zh = "韦恩主持的调查认定拉斯克和霍尔姆负有责任；信号员勃兰特无责。"
aliases.en = ["inquiry"]
aliases.zh = ["调查"]
closed = ["blamed"]

[facts.values]
actor = ["person-vane"]
blamed = ["person-rusk", "person-holm"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Vane blamed Holm.", "supported"),
        ("Vane blamed Brandt.", "refuted"),
        ("Brandt was blamed by the inquiry.", "refuted"),
        ("Rusk was blamed by Vane.", "not_enough_info"),
        ("Vane blamed Holm for ignoring Brandt's signal.", "not_enough_info"),
        ("Vane blamed Rusk and Brandt.", "refuted"),
    ],
)
def test_a_verb_a_field_names_is_judged_by_that_field(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """Vane blamed Brandt: a verb the lexicon does not know, whose stem is the name of a
    field of the fact its word comes from, names its object by that field (closed: one it
    lacks is refuted). "Rusk was blamed by Vane" names Vane as the passive's doer, not as
    Rusk (two people named as one had refuted it)."""
    assert_verdict(own(FERRY_INQUIRY).check(claim), expected)


WARSHIP_RAISED = """format = 1

[[facts]]
id = "party-lodbrok"
kind = "party"
source = ["¶1"]
text.en = "Lodbrok, a warship."
text.zh = "洛德布罗克号，一艘战舰。"
aliases.en = ["Lodbrok"]
aliases.zh = ["洛德布罗克号"]

[[facts]]
id = "sinking"
kind = "event"
date = 1628-08-10
source = ["¶1"]
text.en = "Lodbrok sank in the harbour on her maiden voyage."
text.zh = "洛德布罗克号在处女航中于港内沉没。"

[facts.values]
actor = "party-lodbrok"

[[facts]]
id = "raising"
kind = "event"
date = 1961-04-24
source = ["¶2"]
text.en = "Lodbrok was raised from the harbour floor."
text.zh = "洛德布罗克号从港底被打捞出水。"

[facts.values]
actor = "party-lodbrok"
"""


@pytest.mark.parametrize(
    ("claim", "backed"),
    [
        ("Lodbrok was raised 333 years after she sank.", True),
        ("Lodbrok was raised about 320 years after she sank.", True),
        ("Lodbrok was raised 310 years after she sank.", False),
        ("Lodbrok was raised 323 years after she sank.", False),
        ("Lodbrok was raised 332 years after she sank.", True),
        ("Lodbrok was raised 334 years after she sank.", False),
    ],
)
def test_a_gap_in_whole_years_is_within_half_a_year(
    own: Callable[[str], Checker], claim: str, backed: bool
) -> None:
    """ "310 years after she sank" for 333: a gap said in whole years is that many, within
    half a year; ten per cent either way had let 23 years go; "about" is still loose."""
    verdict = own(WARSHIP_RAISED).check(claim).verdict
    assert (verdict == "supported") is backed


CAMP_PHOTOGRAPHERS = """format = 1

[[facts]]
id = "person-blake"
kind = "person"
source = ["¶1"]
text.en = "Reid Blake, a photographer."
text.zh = "里德·布莱克，摄影师。"
aliases.en = ["Blake", "Reid Blake"]
aliases.zh = ["布莱克"]

[[facts]]
id = "person-rose"
kind = "person"
source = ["¶1"]
text.en = "Gary Rose, a photographer."
text.zh = "加里·罗斯，摄影师。"
aliases.en = ["Rose", "Gary Rose"]
aliases.zh = ["罗斯"]

[[facts]]
id = "person-glick"
kind = "person"
source = ["¶2"]
text.en = "Harry Glick, a colleague who had left the camp the evening before and survived."
text.zh = "哈里·格利克，前一晚离开营地的同事，幸免于难。"
aliases.en = ["Glick", "Harry Glick"]
aliases.zh = ["格利克"]

[[facts]]
id = "photographers-killed"
kind = "event"
date = 1980-05-18
source = ["¶1"]
text.en = "Photographers were among the dead: Reid Blake at the camp; Gary Rose photographed the blast and survived."
text.zh = "摄影师也在遇难者之中：里德·布莱克在营地遇难；加里·罗斯拍下爆炸后幸存。"
aliases.en = ["photographers"]
aliases.zh = ["摄影师"]

[facts.values]
actor = ["person-blake"]
absent = ["person-rose"]
"""


@pytest.mark.parametrize(
    ("claim", "allowed"),
    [
        ("Rose survived the blast.", {"supported", "not_enough_info"}),
        ("Glick survived the blast.", {"supported", "not_enough_info"}),
        ("Blake died.", {"supported"}),
        ("Rose died.", {"refuted", "not_enough_info"}),
    ],
)
def test_one_absent_from_a_deed_is_not_refuted_for_its_reverse(
    own: Callable[[str], Checker], claim: str, allowed: set[str]
) -> None:
    """Rose survived: one the deaths' fact holds as absent from them is not refuted by that
    absence for surviving, nor is another (Glick) refuted as standing in his place or in
    its actor's; where its words say both deeds, neither decides which the absence is of."""
    assert own(CAMP_PHOTOGRAPHERS).check(claim).verdict in allowed


ISLAND_CROSSING = """format = 1

[[facts]]
id = "person-nish"
kind = "person"
source = ["¶1"]
text.en = "Harry Nish, the ship's carpenter."
text.zh = "哈里·尼什，船上的木匠。"
aliases.en = ["Nish", "Harry Nish", "carpenter"]
aliases.zh = ["尼什", "木匠"]

[[facts]]
id = "person-worth"
kind = "person"
source = ["¶1"]
text.en = "Frank Worth, the ship's captain."
text.zh = "弗兰克·沃思，船长。"
aliases.en = ["Worth", "Frank Worth"]
aliases.zh = ["沃思"]

[[facts]]
id = "crossing"
kind = "event"
date = 1916-05-19
source = ["¶2"]
text.en = "Three men crossed the mountains of the island in 36 hours with a rope and a carpenter's adze."
text.zh = "三人用36小时翻越岛上群山，带着绳子和一把扁斧。"
aliases.en = ["crossing"]
aliases.zh = ["翻越"]

"""


@pytest.mark.parametrize(
    "claim",
    ["Nish crossed the mountains of the island.", "Nish made the rope for the crossing."],
)
def test_a_role_name_after_a_is_no_one_in_particular(
    own: Callable[[str], Checker], claim: str
) -> None:
    """ "with a carpenter's adze": a person's alias in lower case (the carpenter) after "a" and
    before a possessive names any carpenter, not him; the crossing's words had named Nish
    among those who crossed."""
    assert own(ISLAND_CROSSING).check(claim).verdict == "not_enough_info"


MINER_FATE = """format = 1

[lexicon.predicates.kill]
fields = ["fate"]

[lexicon.predicates.survive]
fields = ["fate"]

[fields.fate]
type = "text"
en = "what became of the person"
zh = "结局"

[[facts]]
id = "person-oda"
kind = "person"
source = ["¶1"]
text.en = "Ana Oda, a miner."
text.zh = "安娜·奥达，矿工。"
aliases.en = ["Oda", "Ana Oda"]
aliases.zh = ["奥达"]

[facts.values]
fate = "survived"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("Oda survived.", "supported"), ("Oda died.", "refuted"), ("奥达遇难。", "refuted")],
)
def test_a_files_fate_field_given_to_the_shipped_verbs(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """The way docs/fact-format.md tells a file to record what became of a person: its own
    `fate` field, given to the shipped `kill` and `survive`."""
    assert_verdict(own(MINER_FATE).check(claim), expected)


BARGE_CREW = """format = 1

[fields.survivors]
type = "refs"
en = "who survived it"
zh = "幸存者"

[lexicon.units.people]
en = ["people", "person"]
zh = ["人"]
kind = "person"

[[facts]]
id = "party-gull"
kind = "party"
source = ["¶1"]
text.en = "The Gull, a munitions barge."
text.zh = "海鸥号，一艘弹药驳船。"
aliases.en = ["Gull", "the Gull"]
aliases.zh = ["海鸥号"]

[[facts]]
id = "person-mede"
kind = "person"
source = ["¶1"]
text.en = "Aimé Mede, the Gull's master."
text.zh = "艾梅·梅德，海鸥号船长。"
aliases.en = ["Mede"]
aliases.zh = ["梅德"]

[[facts]]
id = "person-mack"
kind = "person"
source = ["¶1"]
text.en = "Frank Mack, the Gull's pilot."
text.zh = "弗兰克·麦克，海鸥号引航员。"
aliases.en = ["Mack"]
aliases.zh = ["麦克"]

[[facts]]
id = "gull-crew-fate"
kind = "count"
source = ["¶2"]
text.en = "Only one of the Gull's crew died; her master Mede and pilot Mack both survived."
text.zh = "海鸥号船员只有一人死亡，船长梅德和引航员麦克都活了下来。"

[facts.values]
killed = { value = 1, unit = "people" }
survivors = ["person-mede", "person-mack"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Only one person survived.", "refuted"),
        ("海鸥号船员只有一人幸存。", "refuted"),
        ("One of the Gull's crew survived.", "supported"),
        ("Only Mede and one other person survived.", "not_enough_info"),
    ],
)
def test_only_so_many_did_it_is_a_count_of_its_doers(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Only one person survived": "only" and a count of people before a verb say no more
    than that many did it; a fact that names two in the field the verb fills refutes it (the
    fact's words "only one … died" had backed it); with one of them named, it is not read."""
    assert_verdict(own(BARGE_CREW).check(claim), expected)


GLASS_WORKS = """format = 1

[fields.apprentices]
type = "refs"
en = "the person's apprentices"
zh = "学徒"

[fields.father_in_law]
type = "ref"
en = "the person's father-in-law"
zh = "岳父"

[[facts]]
id = "person-brask"
kind = "person"
source = ["¶1"]
text.en = "Ida Brask, a glassblower; Otto Vell was her father-in-law."
text.zh = "艾达·布拉斯克，吹制工；奥托·韦尔是她的岳父。"
aliases.en = ["Brask", "Ida Brask"]
aliases.zh = ["布拉斯克"]

[facts.values]
father_in_law = "person-vell"
apprentices = ["person-vell"]

[[facts]]
id = "person-vell"
kind = "person"
source = ["¶1"]
text.en = "Otto Vell, an old craftsman, Ida Brask's father-in-law."
text.zh = "奥托·韦尔，老工匠，艾达·布拉斯克的岳父。"
aliases.en = ["Vell", "Otto Vell"]
aliases.zh = ["韦尔"]

[[facts]]
id = "person-dunn"
kind = "person"
source = ["¶2"]
text.en = "Carl Dunn, the works' foreman."
text.zh = "卡尔·邓恩，工厂工头。"
aliases.en = ["Dunn", "Carl Dunn"]
aliases.zh = ["邓恩"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Otto Vell was the father-in-law of Ida Brask.", "supported"),
        ("Otto Vell was Ida Brask.", "refuted"),
    ],
)
def test_the_role_of_another_is_no_identity(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Vell was the father-in-law of Brask": a person's role of another person, after "of",
    does not name the two as one (it had been refuted as two different people)."""
    assert_verdict(own(GLASS_WORKS).check(claim), expected)


OLD_PIT = """format = 1

[[facts]]
id = "place-old-tarn"
kind = "place"
source = ["¶1"]
text.en = "Old Tarn Colliery, a small pit near Brindle, closed since the 1950s."
text.zh = "老塔恩煤矿：布林德尔附近的一座小煤矿，自20世纪50年代起关闭。"
aliases.en = ["Old Tarn Colliery", "Old Tarn"]
aliases.zh = ["老塔恩煤矿"]
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Old Tarn Colliery was closed in 1954.", "not_enough_info"),
        ("老塔恩煤矿于1978年关闭。", "not_enough_info"),
        ("Old Tarn Colliery was closed in the 1950s.", "supported"),
    ],
)
def test_a_year_is_more_than_a_decade_says(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "closed in 1954" where the fact's words say "since the 1950s": a year is more than a
    decade in the words says (20世纪50年代 had been read as the whole century)."""
    assert_verdict(own(OLD_PIT).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Otto Vell was Ida Brask's father-in-law.", "supported"),
        ("Carl Dunn was Ida Brask's father-in-law.", "refuted"),
        ("Ida Brask was Otto Vell's father-in-law.", "not_enough_info"),
        ("Carl Dunn was Ida Brask's apprentice.", "not_enough_info"),
    ],
)
def test_a_role_of_anothers_is_judged_by_their_field(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Vell was Brask's father-in-law": a role said as another's, named by a field of that
    other's fact, is judged by it; turned round (Brask as Vell's), it is left open (the words
    of either fact had backed it)."""
    assert_verdict(own(GLASS_WORKS).check(claim), expected)


OPEN_BOAT = """format = 1

[lexicon.units."nautical miles"]
en = ["nautical miles", "nautical mile", "nmi"]
zh = ["海里"]
measure = "length"
size = 1852

[fields.distance]
type = "quantity"
en = "how far it went"
zh = "航行距离"

[[facts]]
id = "boat-voyage"
kind = "event"
date = 1891-02-10
source = ["¶1"]
text.en = "Harrow left Gull Spit in the open boat and after about 300 nautical miles reached Port Ember."
text.zh = "哈罗乘敞篷船离开海鸥角，航行约300海里后抵达恩伯港。"
aliases.en = ["boat voyage", "open boat"]
aliases.zh = ["敞篷船"]

[facts.values]
distance = { value = 300, unit = "nautical miles", approx = "about" }

[[facts.notes]]
kind = "also_reported"
field = "values.distance"
value = { value = 280, unit = "nautical miles", approx = "about" }
text.en = "Other accounts, measuring the direct distance, give about 280 nautical miles."
text.zh = "其他记载按直线距离计算，约为280海里。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The boat voyage was about 520 km.", "disputed"),
        ("The boat voyage was about 555 km.", "supported"),
        ("The boat voyage was about 400 km.", "refuted"),
    ],
)
def test_other_reportings_figure_in_another_unit_is_disputed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "about 520 km" where other accounts give about 280 nautical miles: a note's amount
    is converted to the claim's unit before it is compared (it had been refuted)."""
    assert_verdict(own(OPEN_BOAT).check(claim), expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Mede was killed.", "refuted"),
        ("Mede died.", "refuted"),
        ("Mede survived.", "supported"),
    ],
)
def test_one_a_killing_befell_is_as_one_who_died(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Mede was killed": the one a fate befalls, named in the passive, is refuted by the
    survivors as "Mede died" is (the passive had named no one, and the words backed it)."""
    assert_verdict(own(BARGE_CREW).check(claim), expected)


RIGS = """format = 1

[lexicon.predicates.operate]
en = ["operated", "operates", "ran"]
zh = ["运营"]
fields = ["operator"]

[fields.operator]
type = "ref"
en = "the company that operated the rig"
zh = "运营方"

[fields.linked_to]
type = "refs"
en = "the rigs it was linked to by pipeline"
zh = "管道相连的平台"

[[facts]]
id = "party-norvik"
kind = "party"
source = ["¶1"]
text.en = "Norvik Oil, a drilling company."
text.zh = "诺维克石油，一家钻井公司。"
aliases.en = ["Norvik", "Norvik Oil"]
aliases.zh = ["诺维克石油", "诺维克"]

[[facts]]
id = "party-castell"
kind = "party"
source = ["¶1"]
text.en = "Castell Energy, an oil company."
text.zh = "卡斯特尔能源，一家石油公司。"
aliases.en = ["Castell", "Castell Energy"]
aliases.zh = ["卡斯特尔能源", "卡斯特尔"]

[[facts]]
id = "place-gannet"
kind = "place"
source = ["¶1"]
text.en = "Gannet, a North Sea rig operated by Norvik and linked by pipeline to the Skua rig."
text.zh = "塘鹅平台：诺维克运营的北海平台，通过管道与贼鸥平台相连。"
aliases.en = ["Gannet", "Gannet rig"]
aliases.zh = ["塘鹅平台", "塘鹅"]

[facts.values]
operator = "party-norvik"
linked_to = ["place-skua"]

[[facts]]
id = "place-skua"
kind = "place"
source = ["¶2"]
text.en = "Skua, a North Sea rig operated by Castell."
text.zh = "贼鸥平台：卡斯特尔运营的北海平台。"
aliases.en = ["Skua", "Skua rig"]
aliases.zh = ["贼鸥平台", "贼鸥"]

[facts.values]
operator = "party-castell"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Norvik operated the Skua rig.", "refuted"),
        ("The Skua rig was operated by Norvik.", "refuted"),
        ("Castell operated the Skua rig.", "supported"),
        ("Norvik operated the Gannet rig.", "supported"),
        ("贼鸥平台由诺维克运营。", "refuted"),
        ("诺维克运营贼鸥平台。", "refuted"),
        ("贼鸥平台由卡斯特尔运营。", "supported"),
        ("Norvik and Castell operated the Skua rig.", "refuted"),
        ("诺维克和卡斯特尔运营贼鸥平台。", "refuted"),
        ("Norvik operated the Skua rig and the Gannet rig.", "refuted"),
    ],
)
def test_a_deed_is_judged_by_the_field_of_what_it_was_done_to(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "Norvik operated the Skua rig": Gannet's fact names Norvik as operator and Skua as a
    linked rig, and had backed it; Skua's own `operator` field says who operated Skua."""
    assert_verdict(own(RIGS).check(claim), expected)


SKERRY_LIGHT = """format = 1

[[facts]]
id = "lamp"
kind = "event"
date = 1899-12-15
source = ["¶1"]
text.en = "At midnight the keeper, Ewan Tulloch, switched off the lamp to save oil."
text.zh = "午夜时分，守塔人尤恩·塔洛克为节省灯油关掉了灯。"

[[facts]]
id = "generator"
kind = "event"
date = 1899-12-15
source = ["¶2"]
text.en = "The assistant keeper powered down the generator before the storm."
text.zh = "风暴来临前，助理守塔人关闭了发电机。"

[[facts]]
id = "tow"
kind = "event"
date = 1899-12-19
source = ["¶3"]
text.en = "A Lerwick tug towed the supply boat off the reef on 19 December 1899."
text.zh = "1899年12月19日，一艘勒威克拖船把补给船拖离礁石。"
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The keeper switched on the lamp.", "not supported"),
        ("The keeper switched the lamp on at midnight.", "not supported"),
        ("The assistant keeper powered up the generator before the storm.", "not supported"),
        ("The keeper switched off the lamp.", "supported"),
        ("The assistant keeper powered down the generator before the storm.", "supported"),
        ("A Lerwick tug towed the supply boat on 19 December 1899.", "supported"),
    ],
)
def test_a_verbs_particle_turned_round_is_not_backed(
    own: Callable[[str], Checker], claim: str, expected: str
) -> None:
    """ "switched on" against the fact's "switched off": the particle, a function word, had
    been dropped and the verb backed; a verb the fact says only with the opposite particle
    (the lexicon's `[antonyms] particles`) backs no claim with this one."""
    verdict = own(SKERRY_LIGHT).check(claim).verdict
    assert verdict == expected if expected == "supported" else verdict != "supported"
