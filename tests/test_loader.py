"""Loading and validating fact files, directly through the library."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import FactFileError
from factcheck.facts import Quantity
from factcheck.loader import embedded_path, load_facts, paths_from, validate_files

from .conftest import DATA, MINI

BROKEN = sorted((DATA / "broken").glob("*.toml"))


def planted(path: Path) -> list[tuple[int, str]]:
    """The (line, message fragment) pairs a broken file declares in `# expect:` comments."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = re.search(r"# expect: (.*)$", line)
        if m:
            found += [(number, part.strip()) for part in m.group(1).split(" | ")]
    return found


def test_embedded_base_is_valid() -> None:
    base, problems = validate_files([embedded_path()])
    assert base is not None, [str(p) for p in problems if p.severity == "error"]
    assert [p for p in problems if p.severity == "error"] == []
    assert len(base) > 100


def test_embedded_base_is_built_once() -> None:
    assert load_facts() is load_facts()


def test_mini_file_loads_with_typed_values() -> None:
    base = load_facts([MINI])
    truce = base.by_id["truce-2023-11"]
    assert truce.values["duration"] == Quantity(8, "days", parts=(4, 3, 1))
    assert truce.start is not None and truce.start.isoformat() == "2023-11-24"
    vote = base.by_id["unsc-2735-vote"]
    assert vote.values["abstainers"] == ("party-russia",)
    assert vote.part_of == "unsc-2735"


def test_known_erratum_is_a_note_not_an_error() -> None:
    base, problems = validate_files([MINI])
    assert base is not None
    (note,) = problems
    assert note.severity == "note"
    assert note.fact == "fighting-resumes"
    assert "known erratum" in note.message


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.name)
def test_every_planted_error_is_reported_with_its_line(path: Path) -> None:
    expected = planted(path)
    assert expected, f"{path.name} declares no expected errors"
    base, problems = validate_files([path])
    assert base is None
    errors = [p for p in problems if p.severity == "error"]
    for line, fragment in expected:
        assert any(p.line == line and fragment in p.message for p in errors), (
            f"{path.name}:{line}: no error containing {fragment!r}; got "
            + "; ".join(str(p) for p in errors)
        )
    assert all(p.path == str(path) for p in errors)
    assert len(errors) >= len(expected)


def test_a_bad_file_is_refused_with_one_line() -> None:
    with pytest.raises(FactFileError) as info:
        load_facts([DATA / "broken" / "links.toml"])
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(DATA / "broken" / "links.toml"))
    assert "more; run 'factcheck validate'" in message


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"\xff\xfe format = 1", "is not UTF-8"),
        (b"format = 1\n", "no [[facts]] tables"),
        (b"format = 2\n[[facts]]\nid='x'\n", "'format' must be 1"),
        (b"a = " + b"[" * 5000 + b"]" * 5000, "nested too deeply"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "facts.toml"
    if content is not None:
        path.write_bytes(content)
    base, problems = validate_files([path])
    assert base is None
    assert reason in problems[0].message


def test_a_directory_is_not_a_fact_file(tmp_path: Path) -> None:
    _, problems = validate_files([tmp_path])
    assert "is a directory" in problems[0].message


def test_ids_must_be_unique_across_files(tmp_path: Path) -> None:
    copy = tmp_path / "copy.toml"
    copy.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    base, problems = validate_files([MINI, copy])
    assert base is None
    assert sum("duplicate id" in p.message for p in problems) == 8


def test_facts_option_wins_over_environment(tmp_path: Path) -> None:
    env = {"FACTCHECK_FACTS": f"{MINI}"}
    assert paths_from(None, env) == [MINI]
    assert paths_from([tmp_path / "x.toml"], env) == [tmp_path / "x.toml"]
    assert paths_from(None, {}) == []


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_arbitrary_bytes_load_or_raise_our_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.toml"
    path.write_bytes(data)
    try:
        load_facts([path])
    except FactFileError as exc:
        assert str(exc)


TOML_SCALARS = st.one_of(
    st.integers(-(2**63), 2**63 - 1),
    st.text(max_size=10),
    st.booleans(),
    st.dates(),
    st.floats(allow_nan=False, allow_infinity=False),
)
TOML_VALUES = st.recursive(
    TOML_SCALARS,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "kind", "text", "zh", "en", "source", "values", "notes", "x"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({"format": st.just(1), "facts": st.lists(TOML_VALUES, max_size=3)}))
def test_arbitrary_toml_documents_load_or_raise_our_error(
    tmp_path: Path, doc: dict[str, object]
) -> None:
    import tomli_w

    path = tmp_path / "doc.toml"
    try:
        path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    except (TypeError, ValueError):
        return
    try:
        load_facts([path])
    except FactFileError as exc:
        assert str(exc)


def _generated(n: int) -> str:
    import importlib.util

    path = Path(__file__).parents[1] / "benchmarks" / "gen_facts.py"
    spec = importlib.util.spec_from_file_location("gen_facts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = module.generate(n)
    return text


@pytest.fixture(scope="module")
def large() -> str:
    return _generated(2600)  # over two chunks of [[facts]] tables


def test_a_large_file_parsed_in_chunks_gives_the_facts_of_a_whole_parse(
    large: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import loader

    path = tmp_path / "large.toml"
    path.write_text(large, encoding="utf-8")
    chunked, problems = validate_files([path])
    monkeypatch.setattr(loader, "CHUNK", 10**9)  # one chunk: the whole file
    whole, whole_problems = validate_files([path])
    assert chunked is not None and whole is not None and len(chunked) == 2600
    assert chunked.facts == whole.facts
    assert problems == whole_problems


@pytest.mark.parametrize("where", [0.1, 0.5, 0.95])
def test_a_syntax_error_deep_in_a_large_file_is_reported_at_its_line(
    large: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: float
) -> None:
    from factcheck import loader

    lines = large.splitlines()
    at = int(len(lines) * where)
    while not lines[at].startswith("text.en"):
        at += 1
    lines[at] = lines[at].replace("=", "= =", 1)
    path = tmp_path / "broken.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, chunked = validate_files([path])
    monkeypatch.setattr(loader, "CHUNK", 10**9)
    _, whole = validate_files([path])
    assert [(p.line, p.message) for p in chunked] == [(p.line, p.message) for p in whole]
    assert chunked[0].line == at + 1


def test_a_table_after_the_facts_makes_a_large_file_parse_whole(
    large: str, tmp_path: Path
) -> None:
    path = tmp_path / "lexicon-last.toml"
    lexicon = '\n[lexicon.units.crates]\nen = ["crate", "crates"]\nzh = ["箱"]\n'
    path.write_text(large + lexicon, "utf-8")
    base, problems = validate_files([path])
    assert base is not None and len(base) == 2600, problems
    assert base.lexicon["units"]["crates"]["en"] == ["crate", "crates"]


def test_a_fact_with_errors_is_still_checked_against_the_others(tmp_path: Path) -> None:
    """Every problem at once: a fact's own errors do not hide its links, ids and order."""
    path = tmp_path / "f.toml"
    path.write_text(
        """format = 1
[[facts]]
id = "a"
kind = "event"
date = 2024-06-10
source = ["¶1"]
text.zh = "甲"
text.en = "A"

[[facts]]
id = "a"
kind = "nonsense-kind"
date = 2024-06-01
after = ["a"]
part_of = "no-such-fact"
source = ["¶1"]
text.zh = "乙"
text.en = "B"
""",
        encoding="utf-8",
    )
    _, problems = validate_files([path])
    said = " | ".join(p.message for p in problems)
    assert "'kind' must be one of" in said
    assert "duplicate id" in said
    assert "part_of names unknown fact 'no-such-fact'" in said


def test_a_duplicate_is_reported_at_its_second_place_and_a_lexicon_table_at_its_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "f.toml"
    fact = 'kind = "round"\ndate = 2024-01-01\nsource = ["¶1"]\ntext.en = "A"\ntext.zh = "甲"\n'
    path.write_text(
        'format = 1\n[[facts]]\nid = "x"\n' + fact + "[facts.values]\nordinal = 0\n\n"
        '[[facts]]\nid = "x"\n' + fact + "\n[lexicon.nonsense]\nen = []\n",
        encoding="utf-8",
    )
    _, problems = validate_files([path])
    duplicate = next(p for p in problems if "duplicate id" in p.message)
    assert duplicate.line == 12 and duplicate.message.endswith(f"{path}:2)")  # the first
    table = next(p for p in problems if "unknown lexicon table" in p.message)
    assert table.line == 20


def _one_fact(tmp_path: Path, values: str = "", meta: str = "", source: str = '["¶1"]') -> Path:
    """A fact file of one event, with these values, `[meta]` keys and sources."""
    path = tmp_path / "facts.toml"
    path.write_text(
        "format = 1\n\n"
        + (f"[meta]\n{meta}\n" if meta else "")
        + '[[facts]]\nid = "a-thing"\nkind = "event"\ndate = 2025-01-01\n'
        + f'source = {source}\ntext.en = "A thing happened."\ntext.zh = "发生了一件事。"\n'
        + (f"\n[facts.values]\n{values}" if values else ""),
        encoding="utf-8",
    )
    return path


def test_a_fact_key_put_among_the_values_says_where_it_belongs(tmp_path: Path) -> None:
    """`part_of` written under [facts.values] by mistake: an error (its link would be lost,
    as a new user found, where a warning left the file "valid") that says it is a key of the
    fact itself, not only that no field has that name (a new user's trial)."""
    path = _one_fact(tmp_path, values='part_of = "b-thing"\nplace_name = "Tarn"\n')
    _, problems = validate_files([path])
    errors = [str(p.message) for p in problems if p.severity == "error"]
    warnings = [str(p.message) for p in problems if p.severity == "warning"]
    assert any("'part_of' is a key of the fact itself" in m for m in errors), errors
    assert any("value 'place_name' is not a field of the format" in m for m in warnings)


def test_a_value_put_among_the_facts_keys_says_where_it_belongs(tmp_path: Path) -> None:
    """`year` written above [facts.values], and a misspelt key: the errors say it is a value
    and what the key may have meant, not only "unknown field" (a new user's trial)."""
    path = _one_fact(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('kind = "event"\n', 'kind = "event"\nyear = 2025\naliase.en = ["x"]\n'),
        encoding="utf-8",
    )
    _, problems = validate_files([path])
    messages = [str(p.message) for p in problems if p.severity == "error"]
    assert "unknown field 'year': it is a value; put it under [facts.values]" in messages
    assert "unknown field 'aliase' (did you mean 'aliases'?)" in messages
    assert len(messages) == 2, messages


def test_a_value_of_a_wrongly_defined_field_is_reported_once_at_its_definition(
    tmp_path: Path,
) -> None:
    """A `[fields.NAME]` table with a wrong `group`: its error says so, and the values that
    use the field are not also called undefined (a new user's trial found both)."""
    path = tmp_path / "facts.toml"
    path.write_text(
        'format = 1\n\n[fields.local_time]\ntype = "time"\ngroup = "whenever"\n'
        'en = "local time"\nzh = "当地时间"\n\n'
        '[[facts]]\nid = "capsize"\nkind = "event"\nsource = ["¶1"]\n'
        'text.en = "The ship rolled over."\ntext.zh = "船翻了。"\n\n'
        "[facts.values]\nlocal_time = 07:28:00\n",
        encoding="utf-8",
    )
    _, problems = validate_files([path])
    messages = [str(p.message) for p in problems]
    assert any("'group' must be one of" in m for m in messages), messages
    assert not any("not a field of the format" in m for m in messages), messages


_BEFORE = """format = 1
[[facts]]
id = "opening"
kind = "event"
date = {opening}
before = ["collapse"{extra}]
source = ["¶1"]
text.en = "The bridge opened."
text.zh = "大桥通车。"

[[facts]]
id = "collapse"
kind = "event"
date = 1940-11-07
source = ["¶2"]
text.en = "The bridge fell."
text.zh = "大桥坍塌。"
"""


def test_before_is_after_read_the_other_way(tmp_path: Path) -> None:
    """`before = ["collapse"]` on the opening says what `after = ["opening"]` on the
    collapse says (a new user looked for it and found only `after`): the collapse then
    comes after the opening, and its date is checked against the opening's."""
    path = tmp_path / "facts.toml"
    path.write_text(_BEFORE.format(opening="1940-07-01", extra=""), encoding="utf-8")
    base, problems = validate_files([path])
    assert base is not None, problems
    assert base.get("collapse").after == ("opening",)  # type: ignore[union-attr]
    path.write_text(_BEFORE.format(opening="1941-07-01", extra=""), encoding="utf-8")
    _, problems = validate_files([path])
    assert any("before 'opening'" in p.message and p.severity == "error" for p in problems)


def test_before_naming_an_unknown_fact_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "facts.toml"
    path.write_text(_BEFORE.format(opening="1940-07-01", extra=', "no-such"'), encoding="utf-8")
    base, problems = validate_files([path])
    assert base is None
    found = next(p for p in problems if "before names unknown fact 'no-such'" in p.message)
    assert found.line == 6 and found.fact == "opening"


def test_a_note_value_in_words_for_a_numeric_field_is_warned_of(tmp_path: Path) -> None:
    """An also_reported value written as words where the field holds an amount ("about
    forty" for a wind speed) cannot be compared with a claim: `validate` says so (a new
    user's file passed silently); in the field's own form it passes."""
    fact = """format = 1
[[facts]]
id = "wind"
kind = "count"
date = 1940-11-07
source = ["¶3"]
text.en = "The wind blew at about 42 miles per hour."
text.zh = "风速约为每小时42英里。"

[facts.values]
count = {{ value = 42, unit = "miles per hour", approx = "about" }}

[[facts.notes]]
kind = "also_reported"
field = "values.count"
value = {value}
text.en = "Other accounts give another speed."
text.zh = "另有说法给出其他风速。"
"""
    path = tmp_path / "facts.toml"
    path.write_text(fact.format(value='"about forty"'), encoding="utf-8")
    _, problems = validate_files([path])
    warned = [p for p in problems if "is words, but values.count" in p.message]
    assert warned and warned[0].severity == "warning"
    path.write_text(fact.format(value='{ value = 40, unit = "miles per hour" }'), encoding="utf-8")
    base, problems = validate_files([path])
    assert base is not None and not any("is words" in p.message for p in problems)


@pytest.mark.parametrize("value", ["23:22:00", "1956-07-25"])
def test_an_approximate_time_or_day_says_they_are_always_exact(tmp_path: Path, value: str) -> None:
    """`{ value = 23:22:00, approx = "about" }`: the error says a time of day (or a day) is
    exact and where "about" goes, not that a quantity needs a number and a unit (a new
    user's trial had been told the latter)."""
    path = _one_fact(tmp_path, values=f'local_time = {{ value = {value}, approx = "about" }}\n')
    _, problems = validate_files([path])
    errors = [str(p.message) for p in problems if p.severity == "error"]
    assert any("always exact" in m and "values.local_time" in m for m in errors), errors
    assert not any("needs a numeric" in m for m in errors), errors


def test_a_paragraph_the_named_source_does_not_number_is_warned_of(tmp_path: Path) -> None:
    """`[meta] source = "source.md"` beside the file numbers ¶1 and ¶2 at the start of
    their lines: a fact citing ¶3 is warned of (a new user's trial cited a paragraph past
    the end unnoticed); ¶2 is not, nor a ¶ mentioned inside a line."""
    (tmp_path / "source.md").write_text(
        "# Source\n\nIts paragraphs run ¶1 to ¶9 one day.\n\n¶1 First.\n\n**¶2** Second.\n",
        encoding="utf-8",
    )
    path = _one_fact(tmp_path, meta='source = "source.md"\n', source='["¶2", "¶3"]')
    base, problems = validate_files([path])
    warned = [str(p.message) for p in problems if p.severity == "warning"]
    assert base is not None
    assert warned == ["cites ¶3, which source.md does not number (its last is ¶2)"], warned
    (tmp_path / "source.md").unlink()  # no source to compare with: nothing to say
    assert not [p for p in validate_files([path])[1] if p.severity == "warning"]
