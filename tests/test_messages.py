"""The interface in the user's language: the catalogue, and every command in Chinese."""

from __future__ import annotations

import ast
import json
import pickle
import re
import string
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import tomli
from typer.testing import CliRunner

import factcheck
from factcheck.check import Checker
from factcheck.cli import app
from factcheck.facts import KINDS
from factcheck.messages import CATALOGUES, Msg, catalogue, say, tr
from factcheck.quiz import TYPES

PACKAGE = Path(factcheck.__file__).parent
COMMANDS = ("show", "search", "timeline", "list", "validate", "check", "quiz", "stats", "lexicon")


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


def help_texts() -> set[str]:
    """Every text `--help` shows: each command's help and epilog, each option's help."""
    import typer.main
    from typer._click import Context

    texts: set[str] = set()

    def walk(command: Any) -> None:
        texts.update(t for t in (command.help, command.short_help, command.epilog) if t)
        texts.update(p.help for p in command.get_params(Context(command)) if p.help)
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(typer.main.get_command(app))
    return texts


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_template_has_a_chinese_translation_with_the_same_values() -> None:
    code = templates_in_code()
    code.update(dict.fromkeys(help_texts() - set(code), "--help"))
    zh = tomli.loads((CATALOGUES / "zh.toml").read_text("utf-8"))
    units = zh.pop("units")  # how a count of each unit is said: a table of its own
    assert all(isinstance(v, str) and "{n}" in v for v in units.values())
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
    assert (
        chinese.stdout.startswith("不实") and "事实是中央情报局，而不是Mossad。" in chinese.stdout
    )
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


# ---- validate and fact-file errors, in Chinese ---------------------------------------

BROKEN_DATA = Path(__file__).parent / "data" / "broken"
FACT = 'kind = "event"\nsource = ["¶1"]\ntext.zh = "一。"\ntext.en = "One."\n'
BROKEN_FILES: dict[str, str | bytes | None] = {  # None: a directory
    "unknown-field": f'format = 1\n[[facts]]\nid = "a"\n{FACT}colour = "red"\n',
    "bad-kind": 'format = 1\n[[facts]]\nid = "a"\nkind = "rumour"\nsource = ["¶1"]\n'
    'text.zh = "一。"\ntext.en = "One."\n',
    "date-type": f'format = 1\n[[facts]]\nid = "a"\n{FACT}date = 20240610\n'
    '[[facts]]\nid = "b"\nkind = "event"\nsource = ["title"]\nmonth = "June"\n'
    'text = { zh = "二。", en = "", fr = "Deux." }\n',
    "quantity": f'format = 1\n[[facts]]\nid = "a"\n{FACT}[facts.values]\n'
    'killed = { value = "many", unit = "", approx = "roughly", parts = ["x"], by = 1 }\n'
    'count = 3\nyear = [1, 2]\nactor = ["nobody"]\ncolour = "red"\n',
    "duplicate": f'format = 1\n[[facts]]\nid = "a"\n{FACT}[[facts]]\nid = "a"\n{FACT}',
    "cycle": f'format = 1\n[[facts]]\nid = "a"\npart_of = "b"\nrelated = ["bb"]\n{FACT}'
    f'[[facts]]\nid = "b"\npart_of = "a"\n{FACT}',
    "arithmetic": f'format = 1\n[[facts]]\nid = "a"\n{FACT}[facts.values]\n'
    'killed = { value = 8, unit = "people", parts = [1, 2] }\n'
    f'[[facts]]\nid = "b"\n{FACT}[facts.values]\n'
    'killed = { value = 8, unit = "people", parts = [1, 2] }\n'
    '[[facts.notes]]\nkind = "erratum"\nfield = "values.killed"\ntext.zh = "错。"\n'
    'text.en = "Wrong."\n',
    "notes": f'format = 1\nbogus = 1\n[fields.x]\ntype = "colour"\n[[facts]]\nid = "a"\n{FACT}'
    '[[facts.notes]]\nkind = "gossip"\nfield = "values.nope"\ntext.zh = "一。"\ntext.en = "x"\n',
    "latin1": b"format = 1\n# caf\xe9\n",
    "bad-toml": "format = 1\n[[facts]\n",
    "empty": " \n",
    "folder": None,
}


def broken_file(name: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{name}.toml"
    content = BROKEN_FILES[name]
    if content is None:
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


BROKEN_PATHS = [*sorted(BROKEN_DATA.glob("*.toml")), *BROKEN_FILES]

# What a Chinese problem line may keep in English, beyond english_words' own allowances:
# - the words a fact file is written with, which the user must type as they are: its keys
#   (fact, note, quantity and top-level keys, and the value fields of the format), its
#   note kinds, approx words, field types, the source forms (title, byline, heading N,
#   caption N) and a reference's prefixes (party-, person-, place-), all listed in
#   messages for the user to copy;
# - the names of formats (TOML, UTF-8);
# - the Python type names of what the file held (int, str), as English shows them;
# - quoted text (the user's values, quoted field names, 'factcheck validate'), dotted key
#   paths (text.zh, lexicon.x) and file paths;
# - after "TOML 语法错误：", tomli's own reason, which tomli gives in English only.
PROBLEM = re.compile(
    r"(?::\d+){0,2}: (?P<severity>错误|警告|说明): "
    r"(?:(?P<fact>[a-z0-9]+(?:-[a-z0-9]+)*): )?(?P<message>.*)"
)
SET_ASIDE = re.compile(
    r"TOML 语法错误：.*|'[^']*'|\"[^\"]*\"|\S*/\S*|\b\w+(?:\.\w+)+|\b(?:party|person|place)-"
)


def format_words() -> set[str]:
    from factcheck.facts import APPROX, NOTE_KINDS
    from factcheck.loader import FACT_KEYS, NOTE_KEYS, QUANTITY_KEYS, TOP_KEYS
    from factcheck.schema import TYPES as FIELD_TYPES
    from factcheck.schema import standard_fields

    words = FACT_KEYS | NOTE_KEYS | QUANTITY_KEYS | TOP_KEYS | set(standard_fields())
    words |= set(APPROX) | set(NOTE_KINDS) | set(FIELD_TYPES)
    return words | {"title", "byline", "heading", "caption", "TOML", "UTF", "int", "str"}


def english_in_problem(message: str) -> list[str]:
    return english_words(SET_ASIDE.sub(" ", message), format_words())


@pytest.mark.parametrize("name", BROKEN_PATHS, ids=lambda p: getattr(p, "stem", p))
def test_validate_says_every_problem_in_chinese(
    runner: CliRunner, tmp_path: Path, name: Path | str
) -> None:
    path = name if isinstance(name, Path) else broken_file(name, tmp_path)
    result = runner.invoke(app, ["validate", str(path), "--lang", "zh"])
    assert result.exit_code == 1, result.output
    *lines, summary = result.stdout.strip().splitlines()
    assert lines and summary.startswith(f"{path}：无效；")
    for line in lines:
        assert line.startswith(str(path)), line
        m = PROBLEM.fullmatch(line.removeprefix(str(path)))
        assert m is not None, line
        assert english_in_problem(m["message"]) == [], line


@pytest.mark.parametrize("name", BROKEN_PATHS, ids=lambda p: getattr(p, "stem", p))
def test_a_broken_fact_file_is_refused_in_chinese(
    runner: CliRunner, tmp_path: Path, name: Path | str
) -> None:
    path = name if isinstance(name, Path) else broken_file(name, tmp_path)
    result = runner.invoke(app, ["show", "x", "--facts", str(path), "--lang", "zh"])
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"factcheck: {path}")
    m = PROBLEM.fullmatch(line.removeprefix(f"factcheck: {path}"))
    assert m is not None and m["severity"] == "错误", line
    message = re.sub(r"（另有 \d+ 个错误；请运行 'factcheck validate' 查看）$", "", m["message"])
    assert english_in_problem(message) == [], line


def test_chinese_problem_lines_read_as_chinese(runner: CliRunner, tmp_path: Path) -> None:
    """A few whole lines, composite ones among them: messages inside messages."""
    said = {}
    for name in ("quantity", "arithmetic", "bad-toml", "folder", "latin1"):
        path = broken_file(name, tmp_path)
        out = runner.invoke(app, ["validate", str(path), "--lang", "zh"]).stdout
        said[name] = [line.removeprefix(str(path)) for line in out.splitlines()]
    assert (
        ":9: 错误: a: 数量 'values.killed' 有未知的键 ['by']（数量的键是 value、unit、approx）；"
        "需要数字 'value'；需要 'unit'；'approx' 必须是以下之一：exact, about, more_than, "
        "at_least, nearly, at_most, less_than；'parts' 必须是数字列表"
    ) in said["quantity"]
    assert (
        ":10: 错误: a: values.count 必须是数量（{ value = …, unit = … }），而不是类型为 int 的 3"
    ) in said["quantity"]
    assert ":11: 错误: a: values.year 是列表，但 'year' 只能有一个值（整数）" in said["quantity"]
    assert ":9: 错误: a: values.killed：各部分 1 + 2 = 3，不等于 8" in said["arithmetic"]
    assert (":17: 说明: b: 事实中已记录的勘误：values.killed：各部分 1 + 2 = 3，不等于 8") in said[
        "arithmetic"
    ]
    assert said["bad-toml"][0] == (
        ":2:8: 错误: TOML 语法错误：Expected ']]' at the end of an array declaration"
    )
    assert said["folder"][0] == ": 错误: 是目录，不是事实文件"
    assert said["latin1"][0] == ":2: 错误: 不是 UTF-8 编码（字节偏移 16）"


def test_validate_in_english_is_as_it_was(runner: CliRunner) -> None:
    path = BROKEN_DATA / "links.toml"
    result = runner.invoke(app, ["validate", str(path)], env={"LANG": "en_US.UTF-8"})
    assert result.exit_code == 1
    assert [line.removeprefix(str(path)) for line in result.stdout.splitlines()] == [
        ":12: error: vote: 16 votes cast, more than the 15 seats",
        ":16: error: vote: values.abstainers names unknown fact 'party-russia'",
        ":16: error: vote: values.abstainers names unknown fact 'party-china'",
        ":16: error: vote: 2 named in values.abstainers, but abstain = 1",
        f":18: error: vote: duplicate id (first defined at {path}:4)",
        ":29: error: orphan: part_of names unknown fact 'no-such-fact'",
        ":43: warning: truce: value 'days' is not a field of the format; define it in a "
        "[fields.days] table or use a defined one (docs/fact-format.md)",
        ":43: error: truce: values.days: parts 4 + 2 + 1 = 7, not 8",
        ":48: error: resumed: is dated 2023-10-31, before 'truce' (2023-12-01) that it comes after",
        ":58: error: backwards: period ends (2024-01-01) before it starts (2024-02-01)",
        ":67: error: loop-a: part_of forms a cycle",
        ":75: error: loop-b: part_of forms a cycle",
        ": invalid; 11 error(s), 1 warning(s), 0 note(s)",
    ]
    path = BROKEN_DATA / "fields.toml"
    lines = runner.invoke(app, ["validate", str(path)], env={"LANG": "en_US.UTF-8"}).stdout
    assert [line.removeprefix(str(path)) for line in lines.splitlines()][2:5] == [
        ":15: error: no-text: 'text.zh' must be a non-empty string",
        ":21: error: quoted-date: source 'paragraph 3' must be ¶N, title, byline, heading N or "
        "caption N",
        ":22: error: quoted-date: 'date' must be a TOML date (write it unquoted: 2024-06-10), "
        "found str",
    ]
    assert lines.splitlines()[8].endswith(
        ":49: error: bad-quantity: quantity 'values.hostages' needs a numeric 'value'; "
        "'approx' must be one of exact, about, more_than, at_least, nearly, at_most, less_than"
    )
    records = runner.invoke(app, ["validate", "--json", "--lang", "zh", str(path)]).stdout
    assert (
        "'id' must be lowercase words joined by hyphens (found 'Bad Id')" in records
    )  # JSON: English


def test_fact_file_errors_in_english_are_as_they_were(runner: CliRunner, tmp_path: Path) -> None:
    english = {"LANG": "en_US.UTF-8"}
    path = BROKEN_DATA / "links.toml"
    result = runner.invoke(app, ["show", "x", "--facts", str(path)], env=english)
    assert result.stderr == (
        f"factcheck: {path}:12: error: vote: 16 votes cast, more than the 15 seats "
        "(and 10 more; run 'factcheck validate')\n"
    )
    expected = {
        "bad-toml": ":2:8: error: invalid TOML: Expected ']]' at the end of an array declaration",
        "folder": ": error: is a directory, not a fact file",
        "latin1": ":2: error: is not UTF-8 (byte 16)",
        "empty": ": error: is empty; a fact file needs 'format = 1' and [[facts]] tables",
        "date-type": ":8: error: a: 'date' must be a TOML date, found int (and 3 more; run "
        "'factcheck validate')",
    }
    for name, line in expected.items():
        path = broken_file(name, tmp_path)
        result = runner.invoke(app, ["show", "x", "--facts", str(path)], env=english)
        assert result.exit_code == 2 and result.stderr == f"factcheck: {path}{line}\n"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["timeline", "--from", "nonsense"], "factcheck: --from：无法把 'nonsense' 读作日期"),
        (["timeline", "--to", "6月15日"], "factcheck: --to：'6月15日' 没有年份"),
        (["search", "2024-13-01"], "factcheck: '2024-13-01' 不是有效的日期"),
    ],
)
def test_dates_that_cannot_be_read_are_said_in_chinese(
    runner: CliRunner, args: list[str], said: str
) -> None:
    result = runner.invoke(app, [*args, "--lang", "zh"])
    assert result.exit_code == 2 and result.stderr.startswith(said)


@pytest.mark.parametrize("command", [[], ["show"], ["check"], ["quiz"], ["validate"], ["stats"]])
def test_help_follows_the_locale(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"LANG": "zh_CN.UTF-8"})
    assert result.exit_code == 0 and ("选项" in result.stdout)
    text = re.sub(r"Usage: .*|\b[A-Z]{2,}\b|<[^>]*>|factcheck \w+.*", " ", result.stdout)
    allowed = {"supported", "refuted", "not_enough_info", "disputed", "shell", "json", "csv",
               "apkg", "text", "claimreview", "schema", "org", "JSON", "LD", "Lines", "claim",
               "label", "Anki", "FILE", "choice", "typed", "truefalse", "order", "June"}  # fmt: skip
    allowed |= set(COMMANDS)  # the names of the commands are typed as they are
    assert [w for w in english_words(text) if w not in allowed] == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["show"], "factcheck: 缺少参数 'ID'。"),
        (["timeline", "--form", "x"], "factcheck: 没有这个选项：--form（可能是：--from, --to）"),
        (["quiz", "--count", "0"], "factcheck: '--count' / '-n' 的值无效：应大于或等于 1"),
        (["shwo"], "factcheck: 没有命令 'shwo'。您是不是要用 'show'？"),
    ],
)
def test_the_option_parsers_errors_are_said_in_chinese(
    monkeypatch: pytest.MonkeyPatch, args: list[str], said: str
) -> None:
    from tests.conftest import run_module

    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    result = run_module(*args)
    assert result.returncode == 2 and result.stderr.startswith(said)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert "No such" in run_module("shwo").stderr  # English stays as the parser says it


def test_a_text_is_recognised_only_whole() -> None:
    from factcheck.cli import PARSER_ERRORS
    from factcheck.messages import recognise

    found = recognise("Invalid value for '--lang': 'fr' is not one of 'zh', 'en'.", PARSER_ERRORS)
    assert found is not None and found.template == "Invalid value for {option}: {reason}"
    assert isinstance(found.values["reason"], Msg)
    assert recognise("Something else entirely", PARSER_ERRORS) is None


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("停火持续了六天", "事实是8天，而不是六天。"),
        ("安理会于2024年6月11日通过2735号决议", "事实是2024年6月10日，而不是2024年6月11日。"),
        ("哈马斯在停火期间释放了120名人质", "事实是100名人质，而不是120名人质。"),
        ("埃以和平已维持了40年", "事实是45年，而不是40年。"),
    ],
)
def test_values_in_a_chinese_answer_are_said_in_chinese(
    runner: CliRunner, claim: str, said: str
) -> None:
    lines = runner.invoke(app, ["check", claim]).stdout.splitlines()
    assert lines[1].strip() == said


def test_a_disputed_value_is_said_in_chinese_and_english_stays(runner: CliRunner) -> None:
    zh = runner.invoke(app, ["check", "停火共持续了七天"]).stdout.splitlines()
    assert zh[1].startswith("  文章说8天；") and "7天（4 + 2 + 1）" in zh[1]
    en = runner.invoke(app, ["check", "The truce lasted six days."]).stdout.splitlines()
    assert en[1] == "  The facts say 8 days, not six days."


def test_a_unit_the_catalogue_lacks_keeps_the_fact_files_word() -> None:
    from factcheck.facts import Quantity
    from factcheck.loader import load_facts
    from factcheck.render import say_value

    base = load_facts()
    assert say_value(Quantity(3, "astronauts"), base, "zh") == "3 astronauts"
    assert say_value(Quantity(130, "hostages", "more_than"), base, "zh") == "超过130名人质"
    assert say_value("party-russia", base, "zh") == "俄罗斯"


def test_kinds_are_named_and_read_in_chinese(runner: CliRunner) -> None:
    shown = runner.invoke(app, ["show", "unsc-2735-vote", "--lang", "zh"])
    assert shown.stdout.startswith("unsc-2735-vote (表决)")
    listed = runner.invoke(app, ["list", "--kind", "表决", "--json"])
    english = runner.invoke(app, ["list", "--kind", "vote", "--json"])
    assert listed.exit_code == 0 and listed.stdout == english.stdout
    runner.invoke(
        app, ["quiz", "--count", "1", "--seed", "3", "--type", "choice", "--plain"], input="1\n"
    )
    stats = runner.invoke(app, ["stats", "--lang", "zh"]).stdout
    lines = stats.splitlines()
    kinds = lines[lines.index("按类别：") + 1 : lines.index("按标签：")]  # tags are the file's
    assert kinds and all(english_words(line) == [] for line in kinds)


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        (
            "伯恩斯是摩萨德的负责人",
            "事实是中央情报局，而不是摩萨德。",
        ),  # an entity by its Chinese name
        (
            "安理会以15票赞成通过2735号决议",
            "事实是14票，而不是15票。",
        ),  # a count the checker wrote
        ("停火延长了三次", "事实是2次，而不是三次。"),
    ],
)
def test_names_and_counts_in_a_chinese_answer(runner: CliRunner, claim: str, said: str) -> None:
    lines = runner.invoke(app, ["check", claim]).stdout.splitlines()
    assert lines[1].strip() == said


def test_show_says_counts_and_dates_in_chinese(runner: CliRunner) -> None:
    out = runner.invoke(app, ["show", "truce-2023-11", "--lang", "zh"]).stdout
    assert "duration          8天（4 + 3 + 1）" in out and "extensions        3天, 1天" in out
    assert "[另一数值: 7天（4 + 2 + 1）" in out
    vote = runner.invoke(app, ["show", "unsc-2735-vote", "--lang", "zh"]).stdout
    assert "2024年6月10日" in vote


def test_a_claim_with_no_words_is_answered_in_the_interfaces_language(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "123"], env={"LANG": "zh_CN.UTF-8"})
    assert result.stdout.startswith("无法判定  123")
    english = runner.invoke(app, ["check", "123"], env={"LANG": "C.UTF-8"})
    assert english.stdout.startswith("NOT_ENOUGH_INFO  123")


def test_a_missed_date_is_said_in_chinese(runner: CliRunner) -> None:
    args = ["quiz", "--count", "1", "--seed", "5", "--type", "typed", "--lang", "zh"]
    (q,) = json.loads(runner.invoke(app, [*args, "--export", "-"]).stdout)
    wrong = "2020-01-01" if q["answer"].count("-") == 2 else "99999"
    out = runner.invoke(app, [*args, "--plain"], input=f"{wrong}\n{q['answer']}\n").stdout
    if q["answer"].count("-") == 2:
        year, month, day = (int(x) for x in q["answer"].split("-"))
        assert f"正确答案：{year}年{month}月{day}日" in out
    else:
        assert f"正确答案：{q['answer']}" in out


def test_question_types_by_their_chinese_names(runner: CliRunner) -> None:
    zh = runner.invoke(
        app, ["quiz", "--type", "选择", "--count", "2", "--seed", "2", "--export", "-"]
    )
    en = runner.invoke(
        app, ["quiz", "--type", "choice", "--count", "2", "--seed", "2", "--export", "-"]
    )
    assert zh.exit_code == 0 and zh.stdout == en.stdout


def test_a_disputed_field_value_is_said_in_chinese(runner: CliRunner) -> None:
    args = ["check", "--lang", "zh", "--fact", "truce-2023-11", "duration=7天"]
    line = runner.invoke(app, args).stdout.splitlines()[1]
    assert "7天（4 + 2 + 1）" in line and "days" not in line


OWN_DISPUTED = """format = 1

[[facts]]
id = "death-toll"
kind = "count"
source = ["¶9"]
text.en = "The flood killed 2,209 people."
text.zh = "洪水造成2209人死亡。"
aliases.en = ["death toll"]
aliases.zh = ["死亡人数"]

[facts.values]
killed = { value = 2209, unit = "people" }

[[facts.notes]]
kind = "also_reported"
field = "values.killed"
value = { value = 2208, unit = "people" }
by = "some later compilations"
text.en = "Some later compilations give 2,208 dead."
text.zh = "一些后来的统计给出的死亡人数为2208人。"
"""


def test_a_users_own_file_is_no_article(own: Callable[[str], Checker]) -> None:
    """A disputed claim on a user's own file says what the facts say, not "the article"
    (a new user's Chinese output called their own notes 文章说); the packaged base, whose
    source is the article, still names it."""
    from factcheck.loader import load_facts

    mine = own(OWN_DISPUTED).check("The flood killed 2,208 people.")
    assert mine.verdict == "disputed"
    assert mine.explanation.startswith("The facts say "), mine.explanation
    zh = own(OWN_DISPUTED).check("洪水造成2208人死亡。")
    assert zh.verdict == "disputed"
    assert say(zh.explanation, "zh").startswith("事实文件记载为"), say(zh.explanation, "zh")
    packaged = Checker(load_facts()).check("The truce lasted seven days.")
    assert packaged.explanation.startswith("The article says"), packaged.explanation
