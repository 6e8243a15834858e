"""Traditional Chinese finds what Simplified finds: normalize() folds it, lazily."""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck import textnorm
from factcheck.cli import app
from factcheck.loader import load_facts
from factcheck.quiz import Question, grade
from factcheck.search import search
from factcheck.textnorm import fold, normalize, traditional_only

ROOT = Path(__file__).resolve().parent.parent

PAIRS = [
    ("哈瑪斯", "哈玛斯"),  # Taiwan spells the name differently: an alias finds it
    ("哈馬斯", "哈马斯"),  # Hong Kong
    ("聯合國", "联合国"),
    ("談判", "谈判"),
    ("人質", "人质"),
    ("加薩", "加萨"),  # Taiwan spelling again: an alias
    ("停火協議", "停火协议"),
    ("安理會", "安理会"),
]


def ids(hits):  # type: ignore[no-untyped-def]
    return [h.fact.id for h in hits]


def run(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


# ---- normalize -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        *PAIRS,
        ("納坦雅胡", "纳坦雅胡"),  # the Taiwan name differs: an alias in the fact base
        ("聯合國安理會以14票贊成通過2735號決議", "联合国安理会以14票赞成通过2735号决议"),
        ("哈馬斯政治局領導人哈尼亞", "哈马斯政治局领导人哈尼亚"),
        ("ＵＮ聯合國", "un联合国"),  # width and case are folded as before
        ("兩百四十名巴勒斯坦囚犯", "两百四十名巴勒斯坦囚犯"),
        ("隨著談判", "随着谈判"),  # Taiwan 著 for the particle 着
        ("著名的談判", "著名的谈判"),  # ... but not in 著名
        ("乾隆年間", "乾隆年间"),  # phrases: 乾 stays in 乾隆
        ("乾淨", "干净"),
    ],
)
def test_normalize_folds_traditional_to_simplified(traditional: str, simplified: str) -> None:
    assert normalize(traditional) == simplified
    assert normalize(simplified) == simplified
    assert len(normalize(traditional)) == len(unicodedata.normalize("NFKC", traditional))


@pytest.mark.parametrize("text", ["后来", "干预", "乾隆", "於先生", "著名", "台", "哈玛斯"])
def test_characters_of_both_scripts_stay_and_load_nothing(text: str) -> None:
    with mock.patch.object(textnorm, "_converter", side_effect=AssertionError("loaded")):
        assert fold(text) == text


def test_the_character_list_is_generated_and_holds_only_traditional_forms() -> None:
    chars = traditional_only()
    assert len(chars) > 2500
    assert {"國", "聯", "瑪", "質", "談", "後", "為", "這", "裡"} <= chars
    assert not {"国", "后", "干", "乾", "於", "著", "台", "哈", "斯", "胡"} & chars
    header = Path(textnorm.TRADITIONAL_CHARS).read_text(encoding="utf-8").splitlines()[1]
    assert "benchmarks/gen_traditional_chars.py" in header


def test_phrases_the_converter_keeps_are_folded_character_by_character() -> None:
    # OpenCC's phrase table keeps 濛 in the place name 八濛山 and leaves 計 in 不可貲計
    assert fold("八濛山") == "八蒙山"
    assert fold("不可貲計") == "不可赀计"


def test_the_fold_is_per_position() -> None:
    text = "以色列與哈瑪斯在開羅談判；人質130多名。"
    out = fold(text)
    assert len(out) == len(text)
    for i, (before, after) in enumerate(zip(text, out, strict=True)):
        assert (before == after) == (before not in traditional_only()), i


# Simplified text: unified ideographs that are not Traditional-only, ASCII, full-width forms
# and Chinese punctuation (Kangxi radicals and compatibility ideographs are left out: NFKC
# turns some of them into Traditional characters).
SIMPLIFIED = sorted({chr(c) for c in range(0x4E00, 0xA000)} - traditional_only())
simplified_text = st.text(
    st.one_of(
        st.sampled_from(SIMPLIFIED),
        st.characters(max_codepoint=0x7F),
        st.sampled_from("，。、；：？！“”‘’（）《》【】—…·\u3000０１２ＡＢｚ"),
    ),
    max_size=60,
)
any_text = st.lists(
    st.one_of(
        st.sampled_from(SIMPLIFIED),
        st.sampled_from(sorted(traditional_only())),
        st.sampled_from(["哈瑪斯", "八濛山", "不可貲計", "顯著", "乾隆", "著名", "🙂", "ß"]),
        st.characters(),
    ),
    max_size=30,
).map("".join)


@given(simplified_text)
@settings(max_examples=300)
def test_simplified_text_is_never_converted(text: str) -> None:
    with mock.patch.object(textnorm, "_converter", side_effect=AssertionError("loaded")):
        norm = normalize(text)
        assert fold(text) == text
    unfolded = unicodedata.normalize("NFKC", text).casefold().translate(textnorm._PUNCT)
    assert norm == unfolded


@given(any_text)
@settings(max_examples=200, deadline=None)
def test_folding_is_idempotent_and_keeps_the_length(text: str) -> None:
    once = fold(text)
    assert len(once) == len(text)
    assert fold(once) == once
    assert traditional_only().isdisjoint(once)
    unfolded = unicodedata.normalize("NFKC", text).casefold().translate(textnorm._PUNCT)
    assert len(normalize(text)) == len(unfolded)


# ---- search and claims through the library ------------------------------------------------


@pytest.mark.parametrize(("traditional", "simplified"), PAIRS)
def test_search_finds_the_same_facts(traditional: str, simplified: str) -> None:
    base = load_facts()
    found = ids(search(base, traditional))
    assert found and found == ids(search(base, simplified))


# ---- the command line ----------------------------------------------------------------------


def search_ids(runner: CliRunner, *args: str) -> list[str]:
    result = run(runner, "search", *args, "--json")
    assert result.exit_code == 0, result.output
    return [fact["id"] for fact in json.loads(result.stdout)]


@pytest.mark.parametrize(
    ("traditional", "simplified", "among_first"),
    [
        ("哈馬斯", "哈马斯", "party-hamas"),
        ("聯合國", "联合国", "party-un"),
        ("人質", "人质", "truce-2023-11-hostages-released"),
        ("安理會", "安理会", "party-un-security-council"),
    ],
)
def test_search_command(
    runner: CliRunner, traditional: str, simplified: str, among_first: str
) -> None:
    found = search_ids(runner, traditional)
    assert found == search_ids(runner, simplified)
    assert among_first in found[:3]


@pytest.mark.parametrize(
    ("name", "fact"),
    [("哈瑪斯", "party-hamas"), ("加薩走廊", "place-gaza"), ("納坦雅胡", "person-netanyahu")],
)
def test_taiwan_spellings_are_aliases_of_their_entity(
    runner: CliRunner, name: str, fact: str
) -> None:
    assert search_ids(runner, name)[0] == fact


def check(runner: CliRunner, claim: str, *args: str) -> tuple[int, dict[str, object]]:
    result = run(runner, "check", claim, "--json", *args)
    record = json.loads(result.stdout)
    del record["claim"]
    return result.exit_code, record


@pytest.mark.parametrize(
    ("traditional", "simplified", "verdict"),
    [
        (
            "聯合國安理會以14票贊成通過2735號決議",
            "联合国安理会以14票赞成通过2735号决议",
            "supported",
        ),
        ("第四輪談判在日內瓦舉行", "第四轮谈判在日内瓦举行", "refuted"),
        ("停火共持續了七天", "停火共持续了七天", "disputed"),
        ("停火期間哈馬斯釋放了100名人質", "停火期间哈马斯释放了100名人质", "supported"),
    ],
)
def test_a_claim_gets_the_verdict_of_its_simplified_twin(
    runner: CliRunner, traditional: str, simplified: str, verdict: str
) -> None:
    status, record = check(runner, traditional)
    twin_status, twin = check(runner, simplified)
    assert (status, shape(record)) == (twin_status, shape(twin))
    assert record["verdict"] == verdict


def shape(record: dict[str, object]) -> tuple[object, ...]:
    """A verdict without the words it quotes from its claim (they are in either script)."""
    parts = [
        (a["kind"], tuple(a["span"]), a["status"], a["fact"], a["field"])  # type: ignore[index]
        for a in record["assertions"]  # type: ignore[attr-defined]
    ]
    return (record["verdict"], record["facts"], parts)


# ---- Taiwan names of another length: aliases in the fact base -----------------------------


def test_a_taiwan_name_checks_like_its_mainland_twin(runner: CliRunner) -> None:
    assert search_ids(runner, "納坦雅胡")[0] == "person-netanyahu"
    assert search_ids(runner, "卡達")[0] in ("party-qatar", "place-qatar")
    for traditional, simplified, verdict in [
        ("納坦雅胡宣布解散戰時內閣", "内塔尼亚胡宣布解散战时内阁", "supported"),
        ("納坦雅胡於6月18日宣布解散戰時內閣", "内塔尼亚胡于6月18日宣布解散战时内阁", "refuted"),
    ]:
        answers = [check(runner, claim) for claim in (traditional, simplified)]
        assert [(status, record["verdict"]) for status, record in answers] == [
            (answers[1][0], verdict)
        ] * 2


# ---- quiz answers ---------------------------------------------------------------------------


def test_typed_and_chosen_quiz_answers_in_traditional() -> None:
    typed = Question("typed", "x", None, "240", "f", "¶4", "x", "number", 240.0)
    assert grade(typed, "兩百四十") and not grade(typed, "兩百三十")
    choice = Question("choice", "x", ("卡塔尔", "埃及", "美国"), "卡塔尔", "f", "¶3", "x")
    assert grade(choice, "卡塔爾") and not grade(choice, "埃及")


# ---- start-up ------------------------------------------------------------------------------

CODE = """
import json, sys
from factcheck.cli import main
loaded = {"import": "opencc" in sys.modules}
sys.argv = ["factcheck", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
loaded["run"] = "opencc" in sys.modules
sys.stderr.write("\\n" + json.dumps(loaded) + "\\n")
"""


def converter_loaded(args: list[str]) -> dict[str, bool]:
    result = subprocess.run(
        [sys.executable, "-c", CODE, json.dumps(args)], capture_output=True, text=True
    )
    loaded: dict[str, bool] = json.loads(result.stderr.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["search", "哈马斯"],
        ["search", "hostages"],
        ["check", "联合国安理会以14票赞成通过2735号决议"],
    ],
)
def test_the_converter_is_not_imported_for_simplified_or_latin(args: list[str]) -> None:
    assert converter_loaded(args) == {"import": False, "run": False}


def test_the_converter_is_imported_for_traditional() -> None:
    assert converter_loaded(["search", "哈瑪斯"]) == {"import": False, "run": True}
