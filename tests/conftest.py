"""Shared fixtures: a stable terminal, no user state, and the small test fact file."""

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# Before Typer is imported: wide plain output, no terminal detection.
os.environ["TERMINAL_WIDTH"] = "3000"
os.environ["_TYPER_FORCE_DISABLE_TERMINAL"] = "1"

import pytest
from typer.testing import CliRunner

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.toml"

if TYPE_CHECKING:
    from factcheck.check import Checker, Verdict


@pytest.fixture(scope="session", autouse=True)
def no_user_home(tmp_path_factory: pytest.TempPathFactory) -> "Iterator[Path]":
    """Before any fixture of any scope builds a base: HOME, the XDG directories and
    factcheck's own are the session's, so no test can write to the user's cache or data."""
    home = tmp_path_factory.mktemp("user")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOME", str(home))
        for var, sub in (("XDG_CACHE_HOME", ".cache"), ("XDG_DATA_HOME", ".local/share"),
                         ("XDG_CONFIG_HOME", ".config"), ("XDG_STATE_HOME", ".local/state"),
                         ("FACTCHECK_CACHE", ".cache/factcheck"),
                         ("FACTCHECK_HOME", ".local/share/factcheck")):  # fmt: skip
            mp.setenv(var, str(home / sub))
        yield home


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the user's fact files, locale or data directory."""
    for var in ("FACTCHECK_FACTS", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("FACTCHECK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)


def run_module(*args: str) -> "subprocess.CompletedProcess[str]":
    """factcheck as a separate process, the way a shell runs it (usage errors included)."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True
    )


def assert_one_line_usage_error(result: "subprocess.CompletedProcess[str]", fragment: str) -> None:
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: ") and fragment in lines[0]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def mini() -> Path:
    return MINI


def assert_verdict(result: "Verdict", expected: str) -> None:
    """The verdict expected, showing each part's status when it is not."""
    assert result.verdict == expected, [(a.text, a.status) for a in result.assertions]


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> "Callable[[str], Checker]":
    """The checker of a small fact file of a user's own (its text), written out as a user
    would have it, built once for the module."""
    from factcheck.check import Checker
    from factcheck.loader import load_facts

    made: dict[str, Checker] = {}

    def checker(text: str) -> Checker:
        if text not in made:
            path = tmp_path_factory.mktemp("own") / "facts.toml"
            path.write_text(text, encoding="utf-8")
            made[text] = Checker(load_facts([path]))
        return made[text]

    return checker
