"""The compiled store (the cache of parsed bases): faster, and never able to change an answer."""

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.loader import _load

from .conftest import MINI


@pytest.fixture
def facts(tmp_path: Path) -> Path:
    path = tmp_path / "facts.toml"
    shutil.copy(MINI, path)
    return path


def entries() -> list[Path]:
    return sorted(Path(os.environ["FACTCHECK_CACHE"]).glob("facts-*.sqlite"))


def test_second_load_comes_from_the_cache(facts: Path) -> None:
    first = _load((facts,))
    (entry,) = entries()
    second = _load((facts,))
    assert second is not first
    assert second.facts == first.facts
    assert second.by_id["unsc-2735-vote"].values["for"] == 14
    assert entries() == [entry]


def test_a_changed_file_is_read_again(facts: Path) -> None:
    _load((facts,))
    facts.write_text(facts.read_text(encoding="utf-8").replace("for = 14", "for = 13"), "utf-8")
    assert _load((facts,)).by_id["unsc-2735-vote"].values["for"] == 13
    assert len(entries()) == 2


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_a_damaged_entry_is_a_miss(facts: Path, damage: str) -> None:
    expected = _load((facts,)).facts
    (entry,) = entries()
    data = entry.read_bytes()
    damaged = {
        "flip": data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:],
        "truncate": data[: len(data) // 2],
        "empty": b"",
        "garbage": os.urandom(len(data)),
    }[damage]
    entry.write_bytes(damaged)
    assert _load((facts,)).facts == expected


def test_an_unwritable_cache_is_ignored(facts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = facts.parent / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("FACTCHECK_CACHE", str(blocker / "cache"))
    assert len(_load((facts,))) == 8
    assert len(_load((facts,))) == 8


def test_the_cache_can_be_turned_off(facts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    _load((facts,))
    assert entries() == []


def test_old_entries_are_pruned(facts: Path) -> None:
    text = facts.read_text(encoding="utf-8")
    for n in range(12):
        facts.write_text(text + f"\n# edit {n}\n", encoding="utf-8")
        _load((facts,))
    assert len(entries()) == 8


def test_a_stored_base_reads_only_what_it_is_asked_for(facts: Path) -> None:
    first = _load((facts,))
    second = _load((facts,))
    assert first.store is None and second.store is not None
    assert len(second) == len(first)
    vote = second.get("unsc-2735-vote")
    assert vote is not None and vote == first.get("unsc-2735-vote")
    assert second.children("unsc-2735") == first.children("unsc-2735")
    assert second._facts is None  # nothing was loaded whole
    assert second.facts == first.facts


def test_a_damaged_fact_row_is_caught_and_the_files_read_again(facts: Path) -> None:
    expected = _load((facts,)).get("unsc-2735-vote")
    (entry,) = entries()
    data = bytearray(entry.read_bytes())
    at = data.find(b"14 in favour")  # inside the pickled fact, past its digest
    assert at > 0
    data[at] ^= 0x20
    entry.write_bytes(bytes(data))
    base = _load((facts,))
    assert base.get("unsc-2735-vote") == expected
    assert base.store is None and not entry.exists()  # dropped; the next run compiles again


@pytest.mark.parametrize(
    "query", ["Russia", "停火", "14", "10 June 2024", "resolution 2735", "trce"]
)
def test_search_from_the_store_ranks_as_the_index_in_memory(
    facts: Path, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    from factcheck.search import SearchIndex, index_for

    _load((facts,))
    stored = _load((facts,))
    index_for(stored)  # the first search compiles the index
    index_for.cache_clear()
    assert type(index_for(stored)).__name__ == "StoredIndex"
    in_memory = SearchIndex(stored)
    got = [(h.fact.id, h.score) for h in index_for(stored).search(query)]
    assert got == [(h.fact.id, h.score) for h in in_memory.search(query)]


def _claims() -> list[str]:
    import json

    path = Path(__file__).parents[1] / "benchmarks" / "claims" / "heldout-1.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(x)["claim"] for x in lines if x.strip()][:80]


@pytest.mark.parametrize("parallel", [False, True])
def test_the_compiled_checker_gives_the_verdicts_of_one_built_in_memory(
    monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    from factcheck.check import Checker, checker_for, profile
    from factcheck.loader import load_facts

    if parallel:  # the facts read over every core, as for a large base
        monkeypatch.setattr(profile, "PARALLEL_FROM", 1)

    built = Checker(load_facts(None))
    checker_for.cache_clear()
    checker_for(built.base)  # compiles
    checker_for.cache_clear()
    compiled = checker_for(built.base)
    assert compiled.store is not None and built.store is None
    for claim in _claims():
        a, b = built.check(claim), compiled.check(claim)
        assert (a.verdict, a.facts, a.unaccounted) == (b.verdict, b.facts, b.unaccounted), claim


def test_a_damaged_compiled_checker_is_built_again() -> None:
    from factcheck.check import Checker, checker_for
    from factcheck.loader import load_facts

    base = load_facts(None)
    checker_for.cache_clear()
    checker_for(base)
    (path,) = Path(os.environ["FACTCHECK_CACHE"]).glob("checker-*.sqlite")
    data = bytearray(path.read_bytes())
    at = -1
    while (at := data.find(b"Security Council", at + 1)) > 0:  # in every profile that says it
        data[at] ^= 0x20
    path.write_bytes(bytes(data))
    checker_for.cache_clear()
    damaged = checker_for(base)
    assert damaged.store is not None  # it opens: the damage is in the rows
    built = Checker(base)
    for claim in _claims()[:30]:
        assert damaged.check(claim).verdict == built.check(claim).verdict
    assert damaged.store is None and not path.exists()  # caught, dropped, built in memory


def test_a_damaged_search_index_is_built_again(facts: Path) -> None:
    from factcheck.search import SearchIndex, index_for

    _load((facts,))
    base = _load((facts,))
    index_for(base)
    index_for.cache_clear()
    (path,) = Path(os.environ["FACTCHECK_CACHE"]).glob("search-*.sqlite")
    data = bytearray(path.read_bytes())
    at = -1
    while (at := data.find(b"\x80\x05", at + 1)) > 0:  # the start of every pickled row
        data[at + 1] ^= 0x0F
    path.write_bytes(bytes(data))
    expected = [(h.fact.id, h.score) for h in SearchIndex(base).search("Russia")]
    assert [(h.fact.id, h.score) for h in index_for(base).search("Russia")] == expected
    assert not path.exists()  # dropped; compiled again by the next search


def test_a_compiled_checker_reads_only_the_phrases_a_claim_holds() -> None:
    """Opening a compiled checker loads none of the vocabulary's phrases; a claim reads the
    rows of the characters it begins phrases with, not the whole vocabulary."""
    from factcheck.check import Checker, checker_for
    from factcheck.loader import load_facts

    base = load_facts(None)
    checker_for.cache_clear()
    checker_for(base)  # compiles
    checker_for.cache_clear()
    compiled = checker_for(base)
    known = len(Checker(base).voc.tags)
    phrases, prefixes = compiled.voc.tags, compiled.voc.matcher.by_two  # type: ignore[union-attr]
    assert phrases.memo == {} and prefixes.memo == {}  # type: ignore[attr-defined]
    compiled.check("Russia abstained on resolution 2735")
    assert 0 < len(phrases.memo) < known / 20  # type: ignore[attr-defined]
    assert len(phrases) == known


# words, names, digits and spaces in both languages, some of them parts of known phrases
_PIECES = [
    " ",
    "us",
    "focus",
    "united",
    " states",
    "美国",
    "以色",
    "列",
    "and",
    "re",
    "solution",
    "2735",
    "安理会",
    "弃权",
    "the ",
    "hamas",
    "哈马斯",
    "x",
    "à",
    "\n",
    "-",
    "gantz",
    "甘",
]


def _matchers():  # type: ignore[no-untyped-def]
    from factcheck.check import Checker, checker_for
    from factcheck.loader import load_facts

    base = load_facts(None)
    checker_for.cache_clear()
    checker_for(base)
    checker_for.cache_clear()
    return checker_for(base).voc.matcher, Checker(base).voc.matcher


def test_the_compiled_phrase_matcher_finds_what_the_built_one_finds() -> None:
    from factcheck.textnorm import normalize

    compiled, built = _matchers()

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
    def same(text: str) -> None:
        norm = normalize(text)
        assert compiled.finditer(norm) == built.finditer(norm)

    same()


def test_a_files_own_fields_come_back_from_the_store(tmp_path: Path) -> None:
    """The meanings a file gives its own fields are kept with the compiled base: the checker
    reads them (what a length counts from, whom a verb's field holds)."""
    path = tmp_path / "facts.toml"
    text = MINI.read_text(encoding="utf-8")
    own = '[fields.elapsed]\ntype = "quantity"\ngroup = "how-many"\nen = "how long after launch it happened"\nzh = "发射后经过的时间"\n\n'
    path.write_text(text.replace("[[facts]]", own + "[[facts]]", 1), encoding="utf-8")
    first = _load((path,))
    second = _load((path,))
    assert second is not first and second.store is not None
    assert second.fields == first.fields
    assert second.fields["elapsed"].en == "how long after launch it happened"
