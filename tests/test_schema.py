"""The schema of value fields: its definitions, type checks, warnings, periods and lists."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.facts import Quantity
from factcheck.loader import embedded_path, load_facts, validate_files
from factcheck.schema import GROUPS, TYPES, FieldSpec, standard_fields, type_problem

DOCS = Path(__file__).parent.parent / "docs" / "fact-format.md"

HEADER = """format = 1

[[facts]]
id = "party-nasa"
kind = "party"
source = ["¶1"]
text.zh = "美国国家航空航天局。"
text.en = "NASA."
"""


def fact_file(tmp_path: Path, body: str, tables: str = "") -> Path:
    """A user's fact file: `tables` ([fields] definitions) go after `format`."""
    path = tmp_path / "mine.toml"
    text = HEADER.replace("format = 1\n", f"format = 1\n\n{tables}", 1) + body
    path.write_text(text, encoding="utf-8")
    return path


def one_fact(values: str, extra: str = "") -> str:
    return f"""
[[facts]]
id = "launch"
kind = "event"
source = ["¶2"]
text.zh = "发射。"
text.en = "The launch."
{extra}
[facts.values]
{values}
"""


def test_every_field_has_a_known_type_group_and_meaning_in_both_languages() -> None:
    fields = standard_fields()
    assert len(fields) > 40
    for spec in fields.values():
        assert spec.type in TYPES and spec.group in GROUPS
        assert spec.en and spec.zh


def test_the_format_doc_lists_every_field_with_its_type() -> None:
    doc = DOCS.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z_]+)` \| ([a-z]+) \|", doc, flags=re.M))
    for name, spec in standard_fields().items():
        assert rows.get(name) == spec.type, name


def test_embedded_base_uses_only_defined_fields() -> None:
    base, problems = validate_files([embedded_path()])
    assert base is not None
    assert [str(p) for p in problems if p.severity != "note"] == []


def test_an_unknown_field_in_a_users_file_is_a_warning_with_its_line(tmp_path: Path) -> None:
    path = fact_file(tmp_path, one_fact('actor = "party-nasa"\nrocket = "Saturn V"'))
    base, problems = validate_files([path])
    assert base is not None and base.get("launch") is not None  # a warning does not refuse
    [warning] = problems
    assert warning.severity == "warning" and "'rocket'" in warning.message
    line = path.read_text(encoding="utf-8").splitlines()[warning.line - 1]  # type: ignore[operator]
    assert line.startswith("rocket =")


def test_validate_counts_warnings_and_still_exits_0(tmp_path: Path) -> None:
    path = fact_file(tmp_path, one_fact("rocket = 'Saturn V'"))
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert ": warning: launch: value 'rocket' is not a field" in result.stdout
    assert "0 error(s), 1 warning(s)" in result.stdout
    report = json.loads(CliRunner().invoke(app, ["validate", str(path), "--json"]).stdout)
    assert [p["severity"] for p in report["problems"]] == ["warning"]


ROCKET = '[fields.rocket]\ntype = "text"\ngroup = "what"\nen = "the launcher"\nzh = "运载火箭"\n\n'


def test_a_field_the_file_defines_is_known_and_type_checked(tmp_path: Path) -> None:
    assert validate_files([fact_file(tmp_path, one_fact('rocket = "Saturn V"'), ROCKET)])[1] == []
    _, problems = validate_files([fact_file(tmp_path, one_fact("rocket = 5"), ROCKET)])
    assert [p.severity for p in problems] == ["error"]
    assert "values.rocket must be a string" in problems[0].message


def test_a_bad_field_definition_is_an_error(tmp_path: Path) -> None:
    path = fact_file(tmp_path, "", '[fields.rocket]\ntype = "vehicle"\nen = "x"\n\n')
    _, problems = validate_files([path])
    assert any("'type' must be one of" in p.message for p in problems)


@pytest.mark.parametrize(
    ("values", "fragment"),
    [
        ('actor = "NASA"', "values.actor must be references"),
        ("ordinal = 0", "values.ordinal must be a whole number from 1"),
        ("count = 3", "values.count must be a quantity"),
        ('aims = "land"', "must be a list of strings"),
        ('office = ["a", "b"]', "is a list, but 'office' holds one value (a string)"),
        ("announced = 08:00:00", "values.announced must be a date"),
    ],
)
def test_a_value_of_the_wrong_type_is_an_error(tmp_path: Path, values: str, fragment: str) -> None:
    base, problems = validate_files([fact_file(tmp_path, one_fact(values))])
    assert base is None
    assert any(fragment in p.message for p in problems), [p.message for p in problems]


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        ('month = "2023-13"', "'month' must be a string \"YYYY-MM\""),
        ("month = 2023", "'month' must be a string"),
        ('date = 2024-01-01\nmonth = "2024-01"', "give one of 'date', 'start'"),
        ("end = 2024-01-01", "a period with an 'end' needs its 'start'"),
        ('closed = ["actor"]', "closed names 'actor', which is not a list value"),
    ],
)
def test_dates_and_closed_lists_are_checked(tmp_path: Path, extra: str, fragment: str) -> None:
    _, problems = validate_files([fact_file(tmp_path, one_fact('actor = "party-nasa"', extra))])
    assert any(fragment in p.message for p in problems), [p.message for p in problems]


def test_months_open_periods_and_closed_lists_load(tmp_path: Path) -> None:
    body = one_fact(
        'participants = ["party-nasa"]', 'month = "2024-02"\nclosed = ["participants"]'
    )
    body += one_fact("", "start = 2024-03-05").replace('id = "launch"', 'id = "mission"')
    base = load_facts([fact_file(tmp_path, body)])
    launch, mission = base.get("launch"), base.get("mission")
    assert launch is not None and mission is not None
    assert launch.span() == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert launch.is_closed("participants") and not launch.is_closed("actor")
    assert mission.span() == (dt.date(2024, 3, 5), dt.date.max)


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_a_month_spans_its_days(year: int, month: int) -> None:
    from factcheck.facts import month_span

    first, last = month_span(f"{year:04d}-{month:02d}")
    assert first.day == 1 and (last + dt.timedelta(days=1)).day == 1
    assert first.month == last.month == month


def test_type_problem_accepts_what_the_types_say() -> None:
    spec = FieldSpec("extensions", "quantities", "how-many", "x", "y")
    assert type_problem(spec, (Quantity(3, "days"), Quantity(1, "days"))) is None
    assert type_problem(spec, (3, 1)) is not None


def test_the_truce_is_found_by_any_day_inside_it(runner: CliRunner) -> None:
    found = json.loads(runner.invoke(app, ["search", "2023-11-27", "--json"]).stdout)
    assert "truce-2023-11" in [h["id"] for h in found[:3]]
    result = runner.invoke(
        app, ["timeline", "--from", "2023-11-25", "--to", "2023-11-30", "--json"]
    )
    assert "truce-2023-11" in [r["id"] for r in json.loads(result.stdout)]


def test_the_timeline_reads_in_order_and_marks_corrections(runner: CliRunner) -> None:
    lines = runner.invoke(app, ["timeline"]).stdout.splitlines()
    dated = [ln for ln in lines if ln[:1].isdigit()]
    days = [ln.split()[0] for ln in dated]
    assert days == sorted(days)
    [resumed] = [ln for ln in dated if " fighting-resumes-2023 " in ln]
    assert resumed.startswith("2023-12-02 (corrected)")


def test_an_open_period_runs_on_through_any_later_range(runner: CliRunner) -> None:
    result = runner.invoke(app, ["timeline", "--from", "2024-06-19", "--json"])
    ids = [r["id"] for r in json.loads(result.stdout)]
    assert "pause-2024-06" in ids  # started 15 June, no end given
    record = next(r for r in json.loads(result.stdout) if r["id"] == "pause-2024-06")
    assert record["start"] == "2024-06-15" and record["end"] is None


def test_the_base_has_one_truce_and_ids_follow_their_kind() -> None:
    base = load_facts()
    assert [f.id for f in base if f.kind == "truce"] == ["truce-2023-11"]
    assert all(f.id.startswith("assessment-") for f in base if f.kind == "assessment")
    rounds = sorted(f.id for f in base if f.kind == "round")
    assert rounds == [f"round-{n}" for n in range(1, 6)]
    assert {f.values["ordinal"] for f in base if f.kind == "round"} == {1, 2, 3, 4, 5}


def test_the_format_page_lists_every_field_type_and_group() -> None:
    """The page a user writes their own fields from names each type and group the loader
    accepts (a new user found the groups only through an error)."""
    page = DOCS.read_text(encoding="utf-8")
    section = page.split("### Fields of your own", 1)[1].split("\n### ", 1)[0]
    missing = [name for name in (*TYPES, *GROUPS) if f"`{name}`" not in section]
    assert not missing, missing
