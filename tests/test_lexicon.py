"""`factcheck lexicon`: the checker's vocabulary as someone writing a fact file needs it,
the packaged entries and the file's own, and what a word is read as."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.check.vocab import build
from factcheck.cli import app
from factcheck.lexicon import entries, readings
from factcheck.loader import load_facts

from .conftest import assert_one_line_usage_error, run_module

OWN_WORDS = """
format = 1

[lexicon.predicates.refloat]
en = ["refloated", "pulled free"]
zh = ["脱浅"]
fields = ["actor", "target"]

[lexicon.predicates.leave]
en = ["steamed out"]

[[facts]]
id = "party-orla"
kind = "party"
source = ["¶1"]
text.en = "The Orla, a bulk carrier."
text.zh = "奥拉号，一艘散货船。"
aliases.en = ["the Orla", "Orla"]
aliases.zh = ["奥拉号"]
"""


@pytest.fixture
def own_file(tmp_path: Path) -> Path:
    path = tmp_path / "facts.toml"
    path.write_text(OWN_WORDS, encoding="utf-8")
    return path


def test_a_word_of_the_files_own_predicate_is_read_as_it(
    runner: CliRunner, own_file: Path
) -> None:
    result = runner.invoke(app, ["lexicon", "refloated", "Orla", "--facts", str(own_file)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["refloated", "predicate", "refloat", "(your", "file)"]
    assert lines[1].split()[:3] == ["Orla", "entity", "party-orla"]


def test_a_shipped_word_is_not_marked_as_the_files(runner: CliRunner, own_file: Path) -> None:
    result = runner.invoke(app, ["lexicon", "halted", "--facts", str(own_file)])
    assert result.stdout.split() == ["halted", "predicate", "halt"]


def test_a_word_the_vocabulary_lacks_is_said_to_be_a_plain_word(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lexicon", "zyzzyva"])
    assert result.exit_code == 0
    assert "not in the vocabulary" in result.stdout


def test_the_listing_marks_what_the_file_adds_and_keeps_the_shipped(own_file: Path) -> None:
    base = load_facts([own_file])
    found = {e.name: e for e in entries(base, "predicates")}
    assert found["refloat"].own and found["refloat"].fields == ("actor", "target")
    assert found["leave"].own and "steamed out" in found["leave"].en
    assert "left" in found["leave"].en  # the packaged words stay
    assert not found["halt"].own
    assert not any(e.own for e in entries(load_facts(), "predicates"))


def test_the_listing_as_json_is_one_table_when_asked(runner: CliRunner, own_file: Path) -> None:
    result = runner.invoke(
        app, ["lexicon", "--table", "predicates", "--json", "--facts", str(own_file)]
    )
    data = json.loads(result.stdout)
    assert {d["table"] for d in data} == {"predicates"}
    by_name = {d["name"]: d for d in data}
    assert by_name["refloat"]["own"] is True and by_name["refloat"]["zh"] == ["脱浅"]
    assert by_name["halt"]["own"] is False


def test_the_listing_in_chinese_names_its_tables_in_chinese(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lexicon", "--table", "camps", "--lang", "zh"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "阵营"
    assert "中左翼" in result.stdout


def test_an_unknown_table_is_one_line_on_stderr() -> None:
    assert_one_line_usage_error(run_module("lexicon", "--table", "verbs"), "--table")


def test_a_typed_word_is_shown_without_its_control_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lexicon", "\x1b[31mred\x07"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=20), min_size=1, max_size=3))
def test_any_text_gets_a_reading(words: list[str]) -> None:
    base = load_facts()
    found = readings(base, words)
    assert {r.word for r in found} == set(words)


def test_a_number_is_read_as_one_and_a_name_only_as_written(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lexicon", "14", "fourteen", "十四", "US", "us"])
    lines = [line.split() for line in result.stdout.splitlines()]
    assert [line[:2] for line in lines[:3]] == [
        ["14", "number"],
        ["fourteen", "number"],
        ["十四", "number"],
    ]
    assert lines[3][:3] == ["US", "entity", "party-usa"]
    assert lines[4][0] == "us" and "entity" not in lines[4]


def test_a_files_own_camp_is_marked_as_its(tmp_path: Path) -> None:
    path = tmp_path / "facts.toml"
    path.write_text(
        OWN_WORDS + '\n[lexicon.camps.greens]\nen = ["green"]\nzh = ["绿党派"]\n', encoding="utf-8"
    )
    found = readings(load_facts([path]), ["green"])
    assert [(r.category, r.key, r.own) for r in found] == [("camp", "greens", True)]


def test_a_measure_word_is_named_and_a_files_own_marked(runner: CliRunner, tmp_path: Path) -> None:
    """A new user added 枚 to `measure_words_zh` and `lexicon` called it a plain word: a
    measure word is its own reading, marked as the file's where the file adds it."""
    path = tmp_path / "facts.toml"
    path.write_text(
        OWN_WORDS.replace(
            "format = 1\n", 'format = 1\n\n[lexicon.numbers]\nmeasure_words_zh = ["枚"]\n', 1
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["lexicon", "枚", "具", "--facts", str(path)])
    assert result.exit_code == 0, result.output
    assert [line.split() for line in result.stdout.splitlines()] == [
        ["枚", "measure", "word", "(your", "file)"],
        ["具", "measure", "word"],
    ]


def test_the_words_of_roles_are_named_and_a_files_own_marked(tmp_path: Path) -> None:
    """ "from" and 对 make the name after them no doer (`not_doers`), 人质 says its people
    were held (`deed_nouns`): `lexicon` says so, as it says what a word is read as, and
    marks a file's own additions."""
    path = tmp_path / "facts.toml"
    path.write_text(
        OWN_WORDS.replace(
            "format = 1\n",
            'format = 1\n\n[lexicon.not_doers]\nen = ["toward"]\n\n'
            '[lexicon.deed_nouns]\nhold = ["detainees"]\n',
            1,
        ),
        encoding="utf-8",
    )
    found = readings(load_facts([path]), ["from", "对", "人质", "toward", "detainees"])
    roles = [(r.word, r.category, r.key, r.own) for r in found if r.category != "function"]
    assert ("from", "not_doer", "", False) in roles
    assert ("对", "not_doer", "", False) in roles
    assert ("人质", "deed_noun", "hold", False) in roles
    assert ("toward", "not_doer", "", True) in roles
    assert ("detainees", "deed_noun", "hold", True) in roles


def test_synonyms_and_the_percent_sign_are_named(tmp_path: Path, runner: CliRunner) -> None:
    """A word of a file's synonym group is named with the group's other words, marked as the
    file's; % says a per cent (a new user had been told both were not in the vocabulary)."""
    path = tmp_path / "facts.toml"
    path.write_text(
        OWN_WORDS.replace(
            "format = 1\n",
            'format = 1\n\n[lexicon.synonyms]\ngroups = [["MIC", "methyl isocyanate", "异氰酸甲酯"]]\n',
            1,
        ),
        encoding="utf-8",
    )
    found = readings(load_facts([path]), ["MIC", "异氰酸甲酯", "%"])
    said = [(r.word, r.category, r.key, r.own) for r in found]
    assert ("MIC", "synonym", "methyl isocyanate, 异氰酸甲酯", True) in said
    assert ("异氰酸甲酯", "synonym", "MIC, methyl isocyanate", True) in said
    assert ("%", "percent_sign", "", False) in said
    assert all(r.category for r in found)
    out = runner.invoke(app, ["lexicon", "--facts", str(path), "MIC"]).stdout
    assert "the same word as methyl isocyanate" in out and "not in the vocabulary" not in out


def test_words_and_a_table_together_are_one_line_on_stderr(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lexicon", "released", "--table", "units"])
    assert result.exit_code != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "--table" in result.stderr


def test_a_typed_newline_keeps_one_line_a_reading(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lexicon", "foo\nbar", "released"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("foo bar ") and not any(x.startswith("bar") for x in lines)
    assert all(x.startswith(("foo bar ", "released ")) for x in lines)


def test_the_table_option_offers_every_table_the_library_lists() -> None:
    from factcheck.cli import TableChoice
    from factcheck.lexicon import TABLES

    assert [t.value for t in TableChoice] == list(TABLES)


def test_a_verbs_forms_drop_its_e_only_before_a_vowel(tmp_path: Path) -> None:
    """A file's `die` reads "died" and "dies", never "did"; the shipped `rose` (rise) never
    "ross": an e dropped before "s" or "d" made other words of them."""
    path = tmp_path / "facts.toml"
    path.write_text(OWN_WORDS + '\n[lexicon.predicates.perish]\nen = ["die"]\n', encoding="utf-8")
    voc = build(load_facts([path]))
    assert ("predicate", "perish") in voc.lookup("died")
    assert ("predicate", "perish") in voc.lookup("dies")
    assert ("predicate", "perish") not in voc.lookup("did")
    assert not any(cat == "predicate" for cat, _ in voc.lookup("ross"))


def test_a_vocabulary_is_built_on_tables_of_its_own() -> None:
    """`Vocabulary` writes its own `__init__` (the generated one cost start-up): each new
    vocabulary must still get fresh tables, and a stored copy drops only the phrases."""
    from factcheck.check.vocab import Vocabulary

    one, two = Vocabulary(), Vocabulary()
    one.opposite.setdefault("rise", set()).add("fall")
    one.tags = {"rose": [("predicate", "rise")]}
    assert two.opposite == {} and two.tags == {}
    stored = one.without_phrases()
    assert stored.tags == {} and stored.matcher is None
    assert stored.opposite == {"rise": {"fall"}}
    assert one.tags == {"rose": [("predicate", "rise")]}
