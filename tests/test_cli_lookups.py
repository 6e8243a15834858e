"""The lookup commands as a user runs them: show, search, timeline, list, validate."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app

from .conftest import DATA, MINI, assert_one_line_usage_error, run_module

ESC = "\x1b"


def run(runner: CliRunner, *args: str, **kw):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), **kw)


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"factcheck {__version__}"


def test_no_arguments_shows_help(runner: CliRunner) -> None:
    result = run(runner)
    assert "show" in result.output and "search" in result.output


@pytest.mark.parametrize(
    "command",
    ["show", "search", "timeline", "list", "validate", "check", "quiz", "stats", "lexicon"],
)
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = run(runner, command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in ("show", "search", "timeline", "list", "validate", "check", "quiz", "stats"):
        assert f"factcheck {command}" in readme


def test_show_prints_all_fields(runner: CliRunner) -> None:
    result = run(runner, "show", "unsc-2735-vote", "--facts", str(MINI))
    assert result.exit_code == 0
    out = result.stdout
    assert "The vote was 14 in favour" in out
    assert "表决结果为十四票赞成" in out
    assert "¶8, caption 1" in out
    assert "Russia (party-russia)" in out
    assert "part of" in out and "unsc-2735" in out
    assert ESC not in out


def test_show_in_chinese_labels_and_text_first(runner: CliRunner) -> None:
    result = run(runner, "show", "unsc-2735-vote", "--facts", str(MINI), "--lang", "zh")
    lines = result.stdout.splitlines()
    assert lines[1].startswith("表决结果")
    assert "出处" in result.stdout


def test_locale_chooses_the_language(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    result = run(runner, "list", "--facts", str(MINI), "--kind", "vote")
    assert "表决结果" in result.stdout


def test_show_notes_wherever_a_fact_is_shown(runner: CliRunner) -> None:
    for args in (
        ["show", "fighting-resumes"],
        ["list", "--tag", "truce"],
        ["timeline"],
        ["search", "resumed"],
    ):
        result = run(runner, *args, "--facts", str(MINI))
        assert result.exit_code == 0, result.output
        assert "By the article's own chronology" in result.stdout, args


def test_unknown_id_suggests_close_ids(runner: CliRunner) -> None:
    result = run(runner, "show", "unsc-2735-vot", "--facts", str(MINI))
    assert result.exit_code == 1
    assert "did you mean unsc-2735-vote" in result.stderr
    assert result.stdout == ""


def test_json_shape(runner: CliRunner) -> None:
    result = run(runner, "show", "truce-2023-11", "unsc-2735-vote", "--facts", str(MINI), "--json")
    truce, vote = json.loads(result.stdout)
    for record in (truce, vote):
        assert {"id", "kind", "text", "date", "source", "tags", "values", "notes"} <= set(record)
    assert truce["text"]["en"].startswith("A truce")
    assert truce["date"] is None and truce["start"] == "2023-11-24"
    assert truce["values"]["duration"] == {
        "value": 8,
        "unit": "days",
        "approx": "exact",
        "parts": [4, 3, 1],
    }
    assert truce["notes"][0]["kind"] == "also_reported"
    assert vote["date"] == "2024-06-10"
    assert vote["values"]["abstainers"] == ["party-russia"]


def test_json_on_every_lookup(runner: CliRunner) -> None:
    for args in (["list"], ["timeline"], ["search", "vote"]):
        result = run(runner, *args, "--facts", str(MINI), "--json")
        records = json.loads(result.stdout)
        assert records and all("id" in r for r in records)
    pause = json.loads(run(runner, "show", "pause-hours", "--facts", str(MINI), "--json").stdout)
    assert pause[0]["values"]["daily_start"] == "08:00"


def test_search_ranks_and_limits(runner: CliRunner) -> None:
    result = run(runner, "search", "2024-06-10", "--facts", str(MINI), "--limit", "1", "--json")
    assert result.exit_code == 0
    (only,) = json.loads(result.stdout)
    assert only["date"] == "2024-06-10"
    result = run(runner, "search", "June", "10,", "2024", "--facts", str(MINI), "--json")
    assert {r["id"] for r in json.loads(result.stdout)} == {"unsc-2735", "unsc-2735-vote"}


def test_search_without_a_match_exits_1(runner: CliRunner) -> None:
    result = run(runner, "search", "zzqx", "--facts", str(MINI))
    assert result.exit_code == 1
    assert "no fact matches" in result.stderr


def test_timeline_is_in_order_with_spans(runner: CliRunner) -> None:
    result = run(runner, "timeline", "--facts", str(MINI))
    lines = [ln for ln in result.stdout.splitlines() if ln[:1].isdigit()]
    assert lines[0].startswith("2023-11-24 – 2023-12-01  truce-2023-11")
    # the misprinted date keeps its value but sorts, and shows, by its correction
    assert lines[1].split()[:3] == ["2023-12-01", "(corrected)", "fighting-resumes"]
    days = [ln.split()[0] for ln in lines]
    assert days == sorted(days)
    assert [ln.split()[1] for ln in lines[2:]] == [
        "unsc-2735",
        "unsc-2735-vote",
        "pause-hours",
    ]


def test_timeline_range_in_any_date_form(runner: CliRunner) -> None:
    result = run(
        runner,
        "timeline",
        "--facts",
        str(MINI),
        "--from",
        "2023年11月30日",
        "--to",
        "June 10 2024",
        "--json",
    )
    assert [r["id"] for r in json.loads(result.stdout)] == [
        "truce-2023-11",
        "fighting-resumes",  # printed 31 October, sorted and filtered by its correction
        "unsc-2735",
        "unsc-2735-vote",
    ]
    june = ["timeline", "--facts", str(MINI), "--from", "June 2024", "--to", "June 2024"]
    result = run(runner, *june, "--json")
    assert [r["id"] for r in json.loads(result.stdout)] == [
        "unsc-2735",
        "unsc-2735-vote",
        "pause-hours",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--from", "2024-02-30"], "--from: '2024-02-30' is not a valid date"),
        (["timeline", "--from", "soon"], "--from: cannot read 'soon' as a date"),
        (["timeline", "--from", "2024-06-10", "--to", "2024-01-01"], "is before --from"),
        (["list", "--kind", "rumour"], "unknown kind 'rumour'"),
        (["list", "--tag", "truc"], "did you mean truce"),
        (["search", " "], "the search query is empty"),
    ],
)
def test_bad_options_give_one_line_and_exit_2(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = run(runner, *args, "--facts", str(MINI))
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_unknown_lang_is_a_usage_error(runner: CliRunner) -> None:
    result = run(runner, "list", "--lang", "fr")
    assert result.exit_code == 2


def test_list_filters(runner: CliRunner) -> None:
    result = run(runner, "list", "--facts", str(MINI), "--kind", "party")
    assert [ln.split()[0] for ln in result.stdout.splitlines()] == ["party-russia", "party-usa"]


def test_assessments_are_marked_as_the_authors_view(runner: CliRunner) -> None:
    result = run(runner, "list", "--facts", str(MINI), "--kind", "assessment")
    assert "(author's view)" in result.stdout


def test_facts_from_the_environment(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_FACTS", str(MINI))
    result = run(runner, "list", "--json")
    assert len(json.loads(result.stdout)) == 8


def test_a_bad_fact_file_is_refused(runner: CliRunner) -> None:
    result = run(runner, "list", "--facts", str(DATA / "broken" / "syntax.toml"))
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: ")
    assert "syntax.toml:2:" in result.stderr and "invalid TOML" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_validate_lists_every_problem(runner: CliRunner) -> None:
    result = run(runner, "validate", str(DATA / "broken" / "links.toml"))
    assert result.exit_code == 1
    assert result.stdout.count(": error: ") == 11
    assert "invalid; 11 error(s)" in result.stdout


def test_validate_json(runner: CliRunner) -> None:
    result = run(runner, "validate", str(MINI), "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0
    assert report["valid"] is True and report["facts"] == 8
    assert report["problems"][0]["severity"] == "note"


def test_validate_the_embedded_base(runner: CliRunner) -> None:
    result = run(runner, "validate")
    assert result.exit_code == 0, result.stdout
    assert "valid" in result.stdout


def test_embedded_base_by_default(runner: CliRunner) -> None:
    result = run(runner, "list", "--json")
    assert len(json.loads(result.stdout)) > 100


def test_ids_are_read_as_people_type_them(runner: CliRunner) -> None:
    result = run(
        runner, "show", "UNSC_2735_VOTE", " unsc-2735-vote ", "--facts", str(MINI), "--json"
    )
    assert [r["id"] for r in json.loads(result.stdout)] == ["unsc-2735-vote"]
    result = run(runner, "show", "truce", "--facts", str(MINI))
    assert result.exit_code == 1 and "did you mean truce-2023-11" in result.stderr
    result = run(runner, "show", "", "--facts", str(MINI))
    assert result.exit_code == 2 and "the fact id is empty" in result.stderr


def test_filters_repeat_and_ignore_case(runner: CliRunner) -> None:
    result = run(
        runner, "list", "--facts", str(MINI), "--kind", "VOTE", "--kind", "truce", "--json"
    )
    assert [r["id"] for r in json.loads(result.stdout)] == ["unsc-2735-vote", "truce-2023-11"]


def test_timeline_wants_a_year(runner: CliRunner) -> None:
    result = run(runner, "timeline", "--facts", str(MINI), "--from", "6月10日")
    assert result.exit_code == 2 and "has no year" in result.stderr


def test_search_refuses_an_impossible_date(runner: CliRunner) -> None:
    result = run(runner, "search", "February 30, 2024", "--facts", str(MINI))
    assert result.exit_code == 2 and "not a valid date" in result.stderr


def test_validate_uses_the_same_files_as_the_other_commands(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = str(DATA / "broken" / "syntax.toml")
    assert run(runner, "validate", "--facts", broken).exit_code == 1
    monkeypatch.setenv("FACTCHECK_FACTS", broken)
    result = run(runner, "validate")
    assert result.exit_code == 1 and "syntax.toml:2:" in result.stdout


def test_one_broken_fact_does_not_break_the_links_to_it(tmp_path: Path) -> None:
    from factcheck.loader import validate_files

    text = MINI.read_text(encoding="utf-8").replace(
        'id = "party-russia"\nkind = "party"\nsource = ["¶8"]',
        'id = "party-russia"\nkind = "party"\nsource = "¶8"',
    )
    path = tmp_path / "facts.toml"
    path.write_text(text, encoding="utf-8")
    _, problems = validate_files([path])
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1 and "'source' must be a list" in errors[0].message


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--lang", "fr"], "Invalid value for '--lang'"),
        (["list", "--bogus"], "No such option: --bogus"),
        (["shw"], "No such command 'shw'"),
        (["search", "x", "--limit", "0"], "--limit"),
        (["show"], "Missing argument"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], message: str) -> None:
    result = run_module(*args)
    assert_one_line_usage_error(result, message)
    assert "\x1b" not in result.stderr and result.stdout == ""
