"""The README as its users read it: every example it shows is what the command prints,
every file it names is in the repository, and its sections come in the reader's order."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def examples() -> list[tuple[str, str]]:
    """Each `$ command` in a ```text block, with the output shown under it."""
    found = []
    for indent, body in re.findall(r"^( *)```text\n(.*?)^\1```", README, re.S | re.M):
        lines = [line[len(indent) :] for line in body.split("\n")]
        for n, line in enumerate(lines):
            if line.startswith("$ "):
                end = next(
                    (i for i in range(n + 1, len(lines)) if lines[i].startswith("$ ")), None
                )
                found.append((line[2:], "\n".join(lines[n + 1 : end]).rstrip("\n")))
    return found


@pytest.fixture(scope="module")
def command_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with a `factcheck` that runs this checkout, as an install would."""
    bin_dir = tmp_path_factory.mktemp("bin")
    shim = bin_dir / "factcheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    return bin_dir


def test_the_readme_shows_examples() -> None:
    assert len(examples()) >= 8


@pytest.mark.parametrize(("command", "shown"), examples(), ids=lambda x: x[:40])
def test_each_example_prints_what_the_readme_shows(
    command_dir: Path, command: str, shown: str
) -> None:
    env = {**os.environ, "PATH": f"{command_dir}{os.pathsep}{os.environ['PATH']}"}
    env["PYTHONPATH"] = str(ROOT)  # this checkout, also when run from an unpacked sdist
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert (result.stdout + result.stderr).rstrip("\n") == shown


def test_every_file_it_names_is_in_the_repository() -> None:
    named = set(re.findall(r"[\w./-]+\.(?:py|toml|jsonl|md|txt|apkg)\b", README))
    named = {n for n in named if "/" in n or n in ("facts.toml",)}  # paths, not examples
    # the layout list names the package's files from inside factcheck/
    missing = [
        n
        for n in sorted(named)
        if not (ROOT / n).exists() and not (ROOT / "factcheck" / n).exists() and "my-" not in n
    ]
    assert missing == []
    assert "../" not in README
    # a file named by itself (`judge.py`, `lexicon.toml`) is one of the repository's files
    ours = {p.name for p in ROOT.rglob("*") if not {".venv", ".git"} & set(p.parts)}
    bare = set(re.findall(r"`([\w-]+\.(?:py|toml|jsonl|md))`", README))
    assert sorted(bare - ours) == []


def test_sections_come_in_the_readers_order() -> None:
    heads = re.findall(r"^## (.+)$", README, re.M)
    order = ["Install", "Quick start", "Commands", "Use it from Python", "The fact file",
             "What factcheck promises", "Exit status", "Environment and files", "Development"]  # fmt: skip
    assert heads == order
    development = README.index("## Development")
    assert README.index("/pytest") > development  # the test command is for developers
    assert README.index("### Benchmarks") > development
