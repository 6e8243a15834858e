"""Output safety and modes: nothing from a fact file acts on the terminal."""

import io
import json
import os
import sys

import pexpect
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.loader import load_facts
from factcheck.render import Renderer, default_lang, safe, wants_rich

from .conftest import DATA, MINI

HOSTILE = DATA / "hostile.toml"


def test_safe_makes_control_characters_visible() -> None:
    assert safe("a\x1b[31mb\x07c\u202ed\te\nf") == "a\\x1b[31mb\\x07c\\u202ed\te\nf"
    assert safe("[bold]plain[/]") == "[bold]plain[/]"
    assert safe("עברית emoji 🎉 é") == "עברית emoji 🎉 é"


@pytest.mark.parametrize("rich", [False, True])
def test_fact_text_is_printed_literally(monkeypatch: pytest.MonkeyPatch, rich: bool) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich emits its own colour codes: ours must not leak
    base = load_facts([HOSTILE])
    fact = base.by_id["hostile"]
    for lang in ("en", "zh"):
        stream = io.StringIO()
        renderer = Renderer(stream, lang, rich=rich)  # type: ignore[arg-type]
        renderer.fact_detail(fact, base)
        renderer.fact_list([fact], base, dated=True)
        out = stream.getvalue()
        assert "\x1b[31m" not in out and "\x07" not in out and "\u202e" not in out
        assert "\\x1b[31m" in out
        assert "[bold red]" in out and "[/]" in out
    assert "[blink]x[/blink]" in out and "[link=file:///etc/passwd]" not in out  # zh aliases: none


def test_json_keeps_the_text_exact(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "hostile", "--facts", str(HOSTILE), "--json"])
    record = json.loads(result.stdout)[0]
    assert "\x1b[31mred" in record["text"]["en"]  # JSON escapes it as \u001b: data stays data
    assert "\x1b" not in result.stdout


def test_default_lang_from_locale() -> None:
    assert default_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert default_lang({"LC_ALL": "en_US.UTF-8", "LANG": "zh_TW"}) == "en"
    assert default_lang({}) == "en"


def test_rich_only_on_a_terminal_without_no_color() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert wants_rich(Tty(), {})
    assert not wants_rich(Tty(), {"NO_COLOR": "1"})
    assert not wants_rich(Tty(), {"TERM": "dumb"})
    assert not wants_rich(io.StringIO(), {})


def _spawn(args: list[str], env: dict[str, str]) -> str:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "factcheck", *args],
        env={**os.environ, "COLUMNS": "160", "TERM": "xterm-256color", **env},
        encoding="utf-8",
        timeout=30,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def test_a_terminal_gets_colour_and_no_color_gets_plain_text() -> None:
    args = ["show", "unsc-2735-vote", "--facts", str(MINI)]
    coloured = _spawn(args, {"NO_COLOR": ""})
    assert "\x1b[" in coloured and "14 in favour" in coloured
    plain = _spawn(args, {"NO_COLOR": "1"})
    assert "\x1b" not in plain and "14 in favour" in plain


def test_hostile_text_on_a_real_terminal() -> None:
    out = _spawn(["show", "hostile", "--facts", str(HOSTILE)], {"NO_COLOR": ""})
    assert "\x1b]0;pwned" not in out and "\x1b[31mred" not in out
    assert "\\x1b]0;pwned" in out
