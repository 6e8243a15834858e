"""Hostile input and faults: every case ends with a clear status, one line on stderr, no
traceback, and nothing the user or a fact file supplied acting on the terminal."""

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import DATA, assert_one_line_usage_error, run_module


def one_clear_line(result, status: int, fragment: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == status, (result.exit_code, result.output)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: "), result.stderr
    assert fragment in lines[0], lines[0]
    assert "Traceback" not in result.output


def facts_file(tmp_path: Path, content: bytes) -> str:
    path = tmp_path / "facts.toml"
    path.write_bytes(content)
    return str(path)


# ---- fact files ----------------------------------------------------------------------------

VALID_HEAD = b'format = 1\n[[facts]]\nid = "a"\nkind = "event"\nsource = ["\xc2\xb61"]\ntext.zh = "\xe4\xb8\x80"\ntext.en = "One."\n'


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "is empty"),
        (b"\xff\xfeformat = 1", "is not UTF-8"),
        (b"format = 1\n[[facts]\n", "invalid TOML: Expected ']]'"),
        (VALID_HEAD.replace(b'kind = "event"', b"kind = 3"), "'kind' must be one of"),
        (VALID_HEAD.replace(b'id = "a"\n', b""), "missing required field 'id'"),
        (VALID_HEAD + VALID_HEAD.split(b"\n", 1)[1], "duplicate id"),
        (VALID_HEAD + b'related = ["nowhere"]\n', "names unknown fact 'nowhere'"),
        (VALID_HEAD + b"date = 2024-02-30\n", "invalid TOML"),
        (b"a = " + b"[" * 3000 + b"]" * 3000, "nested too deeply"),
        (b"format = 1\n" + b"x" + b".y" * 3000 + b" = 1\n", "nested too deeply"),
    ],
    ids=[
        "empty",
        "not-utf8",
        "syntax",
        "wrong-type",
        "missing-id",
        "duplicate",
        "dangling",
        "impossible-date",
        "nested-arrays",
        "nested-tables",
    ],
)
def test_broken_fact_files(
    runner: CliRunner, tmp_path: Path, content: bytes, fragment: str
) -> None:
    one_clear_line(
        runner.invoke(app, ["list", "--facts", facts_file(tmp_path, content)]), 2, fragment
    )


def test_syntax_errors_name_file_line_and_column(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "x", "--facts", str(DATA / "broken" / "syntax.toml")])
    one_clear_line(result, 2, "syntax.toml:2:")


def test_missing_file_and_directory(runner: CliRunner, tmp_path: Path) -> None:
    one_clear_line(
        runner.invoke(app, ["list", "--facts", str(tmp_path / "nope.toml")]), 2, "no such file"
    )
    one_clear_line(runner.invoke(app, ["list", "--facts", str(tmp_path)]), 2, "is a directory")


def test_unreadable_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "facts.toml"
    path.write_text("format = 1\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root reads anything: refuse it here
    one_clear_line(runner.invoke(app, ["list", "--facts", str(path)]), 2, "permission denied")


def test_a_50_megabyte_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    with path.open("wb") as out:
        out.write(b"format = 1\n")
        line = b"# " + b"x" * 1000 + b"\n"
        for _ in range(50 * 1024):
            out.write(line)
    assert path.stat().st_size > 50_000_000
    one_clear_line(runner.invoke(app, ["list", "--facts", str(path)]), 2, "no [[facts]] tables")


# ---- claims and queries ----------------------------------------------------------------------

HOSTILE_TEXT = [
    "",
    "   \t  ",
    "a\x00b Russia abstained",
    "[bold red]x[/] and a lone [/]",
    "\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b[2J",
    "\u202eevil\u202c עברית العربية",
    "🎉🔥 ceasefire 🕊️",
    "e\u0301\u0301\u0301 Z\u0351\u0352a\u0353l\u0354g\u0355o",
    "x" * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=range(len(HOSTILE_TEXT)))
def test_hostile_claims_get_a_verdict_and_print_literally(runner: CliRunner, text: str) -> None:
    result = runner.invoke(app, ["check", "--file", "-", "--json"], input=text + "\n")
    if text.strip():
        assert result.exit_code in (0, 1, 3)
    else:  # blank lines are skipped: a file of only blanks holds no claim
        assert result.exit_code == 2 and "no claims to check" in result.stderr
    assert "Traceback" not in result.output
    plain = runner.invoke(app, ["check", text or "x"])
    assert (
        "\x1b" not in plain.stdout and "\x07" not in plain.stdout and "\u202e" not in plain.stdout
    )


@pytest.mark.parametrize(
    "text", [t for t in HOSTILE_TEXT if t.strip() and "\x00" not in t], ids=range(6)
)
def test_hostile_search_queries(runner: CliRunner, text: str) -> None:
    result = runner.invoke(app, ["search", text])
    assert result.exit_code in (0, 1)
    assert "\x1b" not in result.stdout and "Traceback" not in result.output


def test_empty_query_and_claim(runner: CliRunner) -> None:
    one_clear_line(runner.invoke(app, ["search", "  "]), 2, "the search query is empty")
    empty = runner.invoke(app, ["check", "--file", "-", "--json"], input="\n\n")
    one_clear_line(empty, 2, "stdin: no claims to check")  # not "every claim supported"
    one_clear_line(runner.invoke(app, ["check", ""]), 2, "a claim is empty")


def test_invalid_utf8_on_stdin_names_the_line(runner: CliRunner) -> None:
    data = b"Russia abstained in the vote on resolution 2735.\n\xc3\x28 broken\nThe truce lasted eight days.\n"
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--file", "-", "--json"],
        input=data, capture_output=True,
    )  # fmt: skip
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 3 and '"verdict":"error"' in lines[1]
    assert result.stderr.decode().strip() == "factcheck: stdin:2: not UTF-8 (byte 0); line skipped"


# ---- options -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["list", "--kind", "opinion"], "unknown kind 'opinion'"),
        (["list", "--tag", "nope"], "no fact has the tag 'nope'"),
        (["timeline", "--from", "2024-13-01"], "is not a valid date"),
        (["timeline", "--to", "31 February 2024"], "is not a valid date"),
        (["quiz", "--count", "0"], "--count"),
        (["quiz", "--count", "-3"], "--count"),
        (["quiz", "--count", "99999999999"], "--count"),
        (["list", "--lang", "fr"], "--lang"),
    ],
)
def test_bad_options(args: list[str], fragment: str) -> None:
    assert_one_line_usage_error(run_module(*args), fragment)


# ---- output --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["list", "timeline --json", "search truce -n 50"])
def test_a_closed_pipe_ends_quietly(command: str, tmp_path: Path) -> None:
    shell = f"{sys.executable} -m factcheck {command} | head -c 10"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=tmp_path)
    assert len(result.stdout) == 10 and result.stderr == ""


def test_fact_file_text_never_reaches_the_terminal_raw() -> None:
    env = {**os.environ, "NO_COLOR": "", "TERM": "xterm", "COLUMNS": "100"}
    for args in (["list"], ["show", "hostile"], ["timeline"], ["search", "markup"]):
        child = pexpect.spawn(
            sys.executable,
            ["-m", "factcheck", *args, "--facts", str(DATA / "hostile.toml")],
            env=env,
            encoding="utf-8",
            timeout=30,
        )
        child.expect(pexpect.EOF)
        out = str(child.before)
        assert "\x1b]0;pwned" not in out and "\x1b[31mred" not in out and "\u202e" not in out, args
        assert "\\x1b]0;pwned" in out


# ---- quiz and history ------------------------------------------------------------------------


def test_end_of_input_in_plain_mode(runner: CliRunner) -> None:
    result = runner.invoke(app, ["quiz", "--count", "2", "--seed", "1", "--plain"], input="")
    assert result.exit_code == 0 and "Stopped after 0 of 2 questions." in result.stdout


def test_a_missing_data_directory_is_created(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "deep" / "er" / "home"
    monkeypatch.setenv("FACTCHECK_HOME", str(home))
    result = runner.invoke(app, ["quiz", "--count", "1", "--seed", "1", "--plain"], input="x\n")
    assert result.exit_code == 0 and (home / "history.sqlite3").exists()


def test_a_read_only_data_directory(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "home").write_text("a file where the directory should be")
    monkeypatch.setenv("FACTCHECK_HOME", str(tmp_path / "home"))
    one_clear_line(runner.invoke(app, ["stats"]), 2, "cannot create the data directory")


def test_a_corrupt_database_is_reported_and_replaced(runner: CliRunner) -> None:
    home = Path(os.environ["FACTCHECK_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "history.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = runner.invoke(app, ["stats", "--json"])
    assert result.exit_code == 0
    assert (
        "moved to history.sqlite3.damaged-" in result.stderr
        and len(result.stderr.splitlines()) == 1
    )
    assert list(home.glob("history.sqlite3.damaged-*"))


def test_quiz_fed_hostile_answers(runner: CliRunner) -> None:
    replies = "\n".join(["", "\x1b[31m", "[bold]x[/]", "9" * 5000, "\x00", "🎉"]) + "\n"
    result = runner.invoke(app, ["quiz", "--count", "6", "--seed", "4", "--plain"], input=replies)
    assert result.exit_code == 0 and "\x1b[31m" not in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("Score: ")


# ---- long runs of digits and number words ----------------------------------------------------

LONG_RUNS = [
    ("check", "14" * 50_000),
    ("check", "一" * 5000),  # int() of over 4300 digits: ValueError
    ("check", "九" * 400 + "天"),  # a duration beyond a float: OverflowError
    ("check", "hundred " * 200 + "days"),
    ("search", "1" * 5000),
    ("search", "一" * 5000),
    ("search", "hundred " * 2500),
    ("search", "9" * 5000 + ".6.2024"),
]


@pytest.mark.parametrize(("command", "text"), LONG_RUNS, ids=range(len(LONG_RUNS)))
def test_a_long_run_of_digits_gets_an_answer(runner: CliRunner, command: str, text: str) -> None:
    result = runner.invoke(app, [command, text])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert result.exit_code in ((0, 1, 3) if command == "check" else (0, 1)), result.output
    assert "Traceback" not in result.output
