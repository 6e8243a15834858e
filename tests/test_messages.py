"""The interface in the user's language: the catalogue, and every command in Chinese."""

from __future__ import annotations

import ast
import pickle
import re
import string
from collections.abc import Iterable
from pathlib import Path

import pytest
import tomli
from typer.testing import CliRunner

import factcheck
from factcheck.cli import app
from factcheck.facts import KINDS
from factcheck.messages import CATALOGUES, Msg, catalogue, say, tr
from factcheck.quiz import TYPES

PACKAGE = Path(factcheck.__file__).parent


def templates_in_code() -> dict[str, str]:
    """Every template the code says: Msg(template), N_(template), tr(lang, template),
    with both branches of a conditional template (as xgettext would collect them)."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            arg = None
            if name in ("Msg", "N_") and node.args:
                arg = node.args[0]
            elif name == "tr" and len(node.args) > 1:
                arg = node.args[1]
            for sub in ast.walk(arg) if arg is not None else ():
                assert not isinstance(sub, ast.JoinedStr), f"{path}:{sub.lineno}: an f-string"
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    found.setdefault(sub.value, f"{path.name}:{sub.lineno}")
    return found


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_template_has_a_chinese_translation_with_the_same_values() -> None:
    code = templates_in_code()
    zh = tomli.loads((CATALOGUES / "zh.toml").read_text("utf-8"))
    assert len(code) > 80
    assert sorted(set(code) - set(zh)) == [], "templates with no translation"
    assert sorted(set(zh) - set(code)) == [], "translations of templates no longer used"
    for template, where in code.items():
        # a translation may leave a value out (English's plural "s"), never add one
        assert fields(zh[template]) <= fields(template), where


def test_a_message_is_its_english_text_and_keeps_its_template() -> None:
    msg = Msg("no fact with id {id!r}; try 'factcheck search'", id="nope")
    assert msg == "no fact with id 'nope'; try 'factcheck search'"
    assert say(msg, "en") == msg
    assert say(msg, "zh") == "没有编号为 'nope' 的事实；试试 'factcheck search'"
    again = pickle.loads(pickle.dumps(msg))  # --jobs workers send verdicts back pickled
    assert say(again, "zh") == say(msg, "zh")


def test_values_that_are_messages_are_translated_too() -> None:
    inner = Msg("other reporting")
    outer = Msg("The article says {actual}; {by} gives {other}.", actual="8", by=inner, other="7")
    assert say(outer, "zh") == "文章说8；其他报道给出的是7。"
    assert say("plain text", "zh") == "plain text"  # not a message: left as it is


def test_a_language_without_a_file_falls_back_to_english() -> None:
    assert catalogue("xx") == {}
    assert tr("xx", "Score: {score}/{total}", score=1, total=2) == "Score: 1/2"


# ---- the commands, in Chinese --------------------------------------------------------

# what stays as it is in any language: ids, options, a fact's fields and sources
IDS = re.compile(
    r"[a-z0-9]+(?:-[a-z0-9]+)+|values\.\w+|--?[a-z][\w-]*|'factcheck \w+'|¶\d+|caption \d+"
    r"|\b(?:date|start|end|month)\b"
)
TYPED = set(KINDS) | set(TYPES)  # words a user types as option values


def english_words(text: str, typed: Iterable[str] = ()) -> list[str]:
    """Words of English left in a Chinese answer; ids, options, fields, option values and
    what the user typed aside."""
    words = re.findall(r"\b[A-Za-z]{3,}\b", IDS.sub(" ", text))
    return [w for w in words if w not in TYPED and w not in set(typed)]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize(
    "claim",
    [
        "决议2735于2024年6月11日通过",  # refuted
        "安理会以十四票赞成通过2735号决议",  # supported
        "哈马斯在停火期间释放了100名人质以换取燃料",  # not enough info
    ],
)
def test_a_chinese_claim_is_answered_in_chinese(runner: CliRunner, claim: str) -> None:
    result = runner.invoke(app, ["check", claim], env={"LANG": "en_US.UTF-8"})
    assert result.stdout.split()[0] in ("属实", "不实", "无法判定", "有争议")
    assert english_words(result.stdout) == []


def test_an_english_claim_is_answered_in_english_unless_lang_says(runner: CliRunner) -> None:
    claim = "Burns was the director of Mossad."
    english = runner.invoke(app, ["check", claim], env={"LANG": "zh_CN.UTF-8"})
    assert (
        english.stdout.startswith("REFUTED") and "The facts say CIA, not Mossad." in english.stdout
    )
    chinese = runner.invoke(app, ["check", "--lang", "zh", claim])
    assert chinese.stdout.startswith("不实") and "事实是CIA，而不是Mossad。" in chinese.stdout
    record = runner.invoke(app, ["check", "--lang", "zh", "--json", claim]).stdout
    assert '"verdict":"refuted"' in record  # JSON keys and verdict values stay as they are


@pytest.mark.parametrize(
    "args",
    [
        ["show", "unsc-2735", "no-such-fact"],
        ["search", ""],
        ["list", "--kind", "nope"],
        ["quiz", "--type", "essay"],
        ["timeline", "--from", "2024-06-10", "--to", "2024-06-01"],
    ],
)
def test_errors_follow_the_language(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--lang", "zh"])
    assert result.exit_code in (1, 2)
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("factcheck: ")
    assert english_words(line[len("factcheck: ") :], args) == []


def test_validate_reports_in_chinese(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\n[[facts]]\nid = 'x'\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad), "--lang", "zh"])
    assert result.exit_code == 1
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith(f"{bad}：无效；") and english_words(last.replace(str(bad), "")) == []
    assert ": 错误: " in result.stdout


def test_stats_follow_the_locale(runner: CliRunner) -> None:
    result = runner.invoke(app, ["stats"], env={"LANG": "zh_CN.UTF-8"})
    assert result.exit_code == 0 and result.stdout.startswith("答题：0，答对：0")
    assert english_words(result.stdout) == []


def test_a_plain_quiz_in_chinese_says_everything_in_chinese(runner: CliRunner) -> None:
    args = ["quiz", "--count", "2", "--seed", "4", "--plain", "--lang", "zh"]
    result = runner.invoke(app, args, input="1\n1\n")
    assert result.exit_code == 0
    assert "第 1/2 题（" in result.stdout and "得分：" in result.stdout
    assert english_words(result.stdout) == []
