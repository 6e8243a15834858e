"""Kept regular-expression programs: the same matches as `re.compile`, from a cold or a
warm cache, a damaged file or none, and written only where the cache lives."""

import marshal
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import regexes
from tests.conftest import run_module

PATTERNS = [
    (r"(?P<month>\d{1,2})\s*月\s*(\d{1,2})?[日号]?", 0),
    (r"\b(?:about|nearly|more than)\s+(\d+(?:\.\d+)?)\s*(days?|weeks?)\b", re.IGNORECASE),
    ("[\u3400-\u4dbf\u4e00-\u9fff]+", 0),
    (r"^\s*\[(\w+)\]", re.MULTILINE),
    (r"(a|b)*?c(?=d)|(?<!x)e+", 0),
]
TEXT = st.text(alphabet="abcdex 0123456789月日号天約约about nearly days WEEKS[]\n", max_size=40)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache"))
    regexes.reset()
    yield tmp_path / "cache"
    regexes.reset()


def kept_file(cache: Path) -> Path:
    (found,) = cache.glob("regex-*.marshal")
    return found


def same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
    assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(text=TEXT)
def test_cold_and_warm_programs_match_as_re_compile_does(cache: Path, text: str) -> None:
    regexes.reset()
    cold = [regexes.compile(p, f) for p, f in PATTERNS]
    regexes.save()
    regexes.reset()
    warm = [regexes.compile(p, f) for p, f in PATTERNS]
    for (p, f), a, b in zip(PATTERNS, cold, warm, strict=True):
        same(a, re.compile(p, f), text)
        same(b, re.compile(p, f), text)


def test_a_warm_cache_compiles_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for p, f in PATTERNS:
        regexes.compile(p, f)
    regexes.save()
    assert len(marshal.loads(kept_file(cache).read_bytes())) == len(PATTERNS)
    regexes.reset()

    compiled_again: list[str] = []

    def refuse(pattern: str, flags: int) -> tuple[object, ...]:
        compiled_again.append(pattern)
        raise RuntimeError("compiled again")

    monkeypatch.setattr(regexes, "_program", refuse)
    for p, f in PATTERNS:
        same(regexes.compile(p, f), re.compile(p, f), "3月4日 about 5 days [x] abce ee")
    assert compiled_again == []


def test_no_cache_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    regexes.reset()
    for p, f in PATTERNS:
        same(regexes.compile(p, f), re.compile(p, f), "12月3日")
    regexes.save()
    assert not cache.exists()


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00\xffnot marshal", marshal.dumps([1, 2, 3])],
    ids=["empty", "garbage", "not-a-table"],
)
def test_a_damaged_file_is_a_miss_and_is_rewritten(cache: Path, damage: bytes) -> None:
    regexes.compile(*PATTERNS[0])
    regexes.save()
    where = kept_file(cache)
    where.write_bytes(damage)
    regexes.reset()
    for p, f in PATTERNS:
        same(regexes.compile(p, f), re.compile(p, f), "7月 8日 about 2 weeks")
    regexes.save()
    assert len(marshal.loads(where.read_bytes())) == len(PATTERNS)


def test_a_program_the_engine_refuses_is_compiled_again(cache: Path) -> None:
    pattern, flags = PATTERNS[1]
    regexes.compile(pattern, flags)
    regexes.save()
    where = kept_file(cache)
    table = marshal.loads(where.read_bytes())
    flags_kept, _, groups, index, names = table[(pattern, flags)]
    table[(pattern, flags)] = (flags_kept, [0, 1, 2, 3], groups, index, names)  # no program
    where.write_bytes(marshal.dumps(table))
    regexes.reset()
    same(
        regexes.compile(pattern, flags), re.compile(pattern, flags), "about 3 days, nearly 2 weeks"
    )


def test_a_command_keeps_its_programs_in_the_cache(tmp_path: Path) -> None:
    first = run_module("check", "The Security Council adopted resolution 2735 on 10 June 2024.")
    where = kept_file(tmp_path / "cache")
    assert len(marshal.loads(where.read_bytes())) > 20
    again = run_module("check", "The Security Council adopted resolution 2735 on 10 June 2024.")
    assert first.returncode == again.returncode == 0
    assert first.stdout == again.stdout and "SUPPORTED" in first.stdout
