"""The command line as a newcomer meets it: help, partial lookups, empty input, completion."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.facts import KINDS
from factcheck.loader import load_facts

COMMANDS = ["show", "search", "timeline", "list", "check", "quiz", "stats", "validate"]


@pytest.fixture(scope="module")
def module_env() -> dict[str, str]:
    """What a module-scoped fixture sees: it runs before the per-test environment."""
    return {v: os.environ.get(v, "") for v in ("HOME", "FACTCHECK_CACHE", "FACTCHECK_HOME")}


def test_module_fixtures_do_not_see_the_users_home(
    module_env: dict[str, str], no_user_home: Path
) -> None:
    for var, value in module_env.items():
        assert value.startswith(str(no_user_home)), var


@pytest.mark.parametrize("command", COMMANDS)
def test_help_reads_as_clig_dev_shows_it(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    usage = next(line for line in result.stdout.splitlines() if "Usage:" in line)
    assert "{" not in usage and "[[" not in usage and "]...]" not in usage
    assert "<bool>" not in result.stdout and "<list[" not in result.stdout


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("show", "factcheck show [OPTIONS] ID..."),
        ("search", "factcheck search [OPTIONS] QUERY..."),
        ("check", "factcheck check [OPTIONS] [CLAIM]..."),
        ("validate", "factcheck validate [OPTIONS] [PATH]..."),
    ],
)
def test_usage_lines(runner: CliRunner, command: str, usage: str) -> None:
    assert f"Usage: {usage}" in runner.invoke(app, [command, "--help"]).stdout


def test_show_prints_the_ids_it_knows_and_reports_the_others(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "unsc-2735", "nope-id", "unsc-2735-vote"])
    assert result.exit_code == 1
    assert result.stdout.startswith("unsc-2735 (document)")
    assert "\nunsc-2735-vote (vote)" in result.stdout
    assert result.stderr.strip() == "factcheck: no fact with id 'nope-id'; try 'factcheck search'"
    json_result = runner.invoke(app, ["show", "nope-id", "unsc-2735", "--json"])
    assert json_result.exit_code == 1 and '"id": "unsc-2735"' in json_result.stdout


@pytest.mark.parametrize(
    "args", [["check", ""], ["check", "  "], ["check", "Russia abstained", ""], ["search", ""]]
)
def test_an_empty_claim_or_query_is_a_usage_error(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("factcheck: ") and "empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def complete(words: str, env: dict[str, str]) -> list[str]:
    """What bash completion offers for the last word of `words`."""
    result = subprocess.run(
        [sys.executable, "-m", "factcheck"],
        env={**env, "_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": words,
             "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout.split()


def test_completion_offers_ids_kinds_and_tags() -> None:
    env = dict(os.environ)
    base = load_facts()
    ids = complete("factcheck show unsc-2735-ph", env)
    assert ids and sorted(ids) == sorted(i for i in base.by_id if i.startswith("unsc-2735-ph"))
    assert complete("factcheck list --kind ro", env) == [k for k in KINDS if k.startswith("ro")]
    tags = complete("factcheck search x --tag round-", env)
    assert tags and set(tags) == {t for t in base.tags if t.startswith("round-")}


def test_completion_follows_facts(mini: Path) -> None:
    offered = complete(f"factcheck show --facts {mini} ", dict(os.environ))
    assert sorted(offered) == sorted(load_facts([mini]).by_id)


def test_a_fact_file_named_twice_is_read_once(runner: CliRunner, mini: Path) -> None:
    twice = ["--facts", str(mini), "--facts", str(mini.parent / "." / mini.name)]
    result = runner.invoke(app, ["list", *twice])
    assert result.exit_code == 0 and "duplicate id" not in result.output


def test_a_fact_without_an_id_is_said_to_miss_it(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "f.toml"
    bad.write_text("format = 1\n[[facts]]\nkind = 'event'\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert "missing required field 'id'" in result.stdout and "(found None)" not in result.stdout


def test_reset_asks_in_the_users_language(runner: CliRunner) -> None:
    runner.invoke(
        app, ["quiz", "--count", "1", "--seed", "3", "--type", "choice", "--plain"], input="1\n"
    )
    kept = runner.invoke(app, ["stats", "--reset", "--lang", "zh"], input="不\n")
    assert kept.exit_code == 1 and "清除所有答题记录和复习计划？" in kept.stdout
    done = runner.invoke(app, ["stats", "--reset", "--lang", "zh"], input="是\n")
    assert done.exit_code == 0 and "已清除 1 条答题记录" in done.stdout


def test_two_formats_at_once_are_refused(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--json", "--format", "claimreview", "x y"])
    assert result.exit_code == 2 and "ask for two formats" in result.stderr


def test_search_scores_are_rounded_in_json(runner: CliRunner) -> None:
    import json

    hits = json.loads(runner.invoke(app, ["search", "Burns", "--json"]).stdout)
    assert all(h["score"] is None or round(h["score"], 4) == h["score"] for h in hits)


def test_a_bare_command_shows_the_help_once() -> None:
    result = subprocess.run([sys.executable, "-m", "factcheck"], capture_output=True, text=True)
    assert result.returncode == 2 and (result.stdout + result.stderr).count("Usage:") == 1


def test_a_quoted_key_is_reported_on_its_own_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "f.toml"
    bad.write_text(
        'format = 1\n[[facts]]\nid = "x"\nkind = "event"\ndate = 2024-01-01\nsource = ["¶1"]\n'
        'text.en = "X"\ntext.zh = "甲"\n\n[facts.values]\n"票数" = 3\n',
        encoding="utf-8",
    )
    out = runner.invoke(app, ["validate", str(bad)]).stdout
    assert f"{bad}:11:" in out and "票数" in out
