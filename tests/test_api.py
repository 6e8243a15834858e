"""The Python API as a script uses it: `import factcheck`, then functions that return data
and raise FactcheckError, with the same results as the command line."""

import ast
import datetime as dt
import json
import pkgutil
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck
from factcheck.cli import app

DATA = Path(__file__).parent / "data"
SUPPORTED = "Russia abstained on resolution 2735"
REFUTED = "15 members voted for resolution 2735"  # the vote was 14 in favour
ALSO_REFUTED = "Russia voted for resolution 2735"  # Russia abstained
UNKNOWN = "Hezbollah fired rockets at northern Israel in 2023."


def cli(runner: CliRunner, *args: str) -> str:
    return runner.invoke(app, list(args)).stdout


# ---- import cost and names ----------------------------------------------------------------

CODE = "import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"


def modules_after(statement: str) -> set[str]:
    """The modules a statement imports, beyond those of Python's own start-up."""

    def run(code: str) -> set[str]:
        result = subprocess.run(
            [sys.executable, "-c", CODE.format(statement=code)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return set(json.loads(result.stdout))

    return run(statement) - run("pass")


def test_import_factcheck_loads_nothing_else() -> None:
    """The CLI imports `__version__` from the package at every start: the API must not
    make that import any heavier (no checker, no Typer, not even `typing`)."""
    assert modules_after("import factcheck; factcheck.__version__") == {"factcheck"}


def test_importing_api_names_loads_only_what_they_need() -> None:
    found = modules_after("from factcheck import load, show, FactBase, Fact, FactcheckError")
    assert {m for m in found if m.startswith("factcheck")} == {
        "factcheck", "factcheck.api", "factcheck.errors", "factcheck.facts",
    }  # fmt: skip
    assert not found & {"typer", "click", "rich", "sqlite3", "tomli", "questionary"}


def test_every_public_name_resolves_and_none_is_a_submodule() -> None:
    """A public name that is also a submodule's (`check`, `quiz`, `search`) would break:
    importing the submodule replaces the package attribute, and cli.py's
    `from factcheck import quiz` must get the module."""
    submodules = {m.name for m in pkgutil.iter_modules(factcheck.__path__)}
    assert set(factcheck.__all__).isdisjoint(submodules)
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None
    assert set(factcheck.__all__) <= set(dir(factcheck))
    with pytest.raises(AttributeError):
        factcheck.no_such_name  # noqa: B018


def test_submodules_stay_modules_after_the_api_is_used() -> None:
    factcheck.check_claim(SUPPORTED)
    factcheck.make_quiz(count=1, seed=1)
    from factcheck import quiz

    assert hasattr(quiz, "generate")  # the module cli.py imports, not the API function
    assert factcheck.check_claim(SUPPORTED).verdict == "supported"  # still the function


def test_the_package_is_typed() -> None:
    assert (Path(factcheck.__file__).parent / "py.typed").is_file()


# ---- load, show, search, timeline ---------------------------------------------------------


def test_load_the_embedded_base_and_show_a_fact() -> None:
    base = factcheck.load()
    assert isinstance(base, factcheck.FactBase) and len(base) > 100
    (vote,) = factcheck.show(base, "UNSC_2735_vote")  # ids as people type them
    assert isinstance(vote, factcheck.Fact)
    assert vote.id == "unsc-2735-vote" and vote.kind == "vote"
    assert vote.date == dt.date(2024, 6, 10)
    assert vote.values["for"] == 14 and vote.values["abstainers"] == ("party-russia",)
    assert [f.id for f in factcheck.show(base, "unsc-2735", "unsc-2735-vote", "unsc-2735")] == [
        "unsc-2735",
        "unsc-2735-vote",
    ]


def test_an_unknown_id_raises_the_clis_error() -> None:
    with pytest.raises(factcheck.NotFoundError, match="did you mean unsc-2735-vote") as info:
        factcheck.show(factcheck.load(), "unsc-2735-vot")
    assert isinstance(info.value, factcheck.FactcheckError) and info.value.exit_code == 1


@pytest.mark.parametrize("query", ["十四", "abstained"])
def test_search_finds_the_vote(query: str) -> None:
    hits = factcheck.search_facts(factcheck.load(), query, limit=3)
    assert hits[0].fact.id == "unsc-2735-vote"
    assert 1 <= len(hits) <= 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_search_filters_and_refuses_bad_input() -> None:
    base = factcheck.load()
    hits = factcheck.search_facts(base, "Russia", kind="vote")
    assert hits and {h.fact.kind for h in hits} == {"vote"}
    assert factcheck.search_facts(base, "zzzqqqxxx") == []
    for bad in ({"query": "  "}, {"query": "vote", "limit": 0}, {"query": "vote", "kind": "x"}):
        with pytest.raises(factcheck.FactcheckError):
            factcheck.search_facts(base, **bad)  # type: ignore[arg-type]


def test_timeline_reads_dates_as_the_cli_does() -> None:
    base = factcheck.load()
    june = factcheck.timeline(base, "2024-06", dt.date(2024, 6, 30))
    assert "unsc-2735-vote" in [f.id for f in june]
    assert factcheck.timeline(base, "2024-06", "2024-06") == june  # an end month: its last day
    for fact in june:
        first, last = fact.span()  # type: ignore[misc]
        assert first <= dt.date(2024, 6, 30) and last >= dt.date(2024, 6, 1)
    with pytest.raises(factcheck.FactcheckError, match="start"):
        factcheck.timeline(base, "not a date")
    with pytest.raises(factcheck.FactcheckError):
        factcheck.timeline(base, "2024-06-30", "2024-06-01")


# ---- check ----------------------------------------------------------------------------------


def test_check_a_true_and_a_false_claim() -> None:
    verdict = factcheck.check_claim(SUPPORTED)
    assert isinstance(verdict, factcheck.Verdict)
    assert verdict.verdict == "supported" and "unsc-2735-vote" in verdict.facts
    false = factcheck.check_claim(REFUTED)
    assert false.verdict == "refuted"
    assert [(c.fact, c.claimed, c.actual) for c in false.corrections] == [
        ("unsc-2735-vote", "15 members", "14 votes")
    ]
    assert factcheck.check_claim(ALSO_REFUTED).verdict == "refuted"


def test_an_empty_claim_is_refused_as_the_cli_refuses_it(runner: CliRunner) -> None:
    with pytest.raises(factcheck.FactcheckError, match="a claim is empty"):
        factcheck.check_claim(" ")
    result = runner.invoke(app, ["check", " "])
    assert result.exit_code == 2 and "a claim is empty" in result.output


def test_check_many_keeps_the_input_order() -> None:
    claims = [REFUTED, SUPPORTED, "", UNKNOWN, ALSO_REFUTED, SUPPORTED]
    verdicts = list(factcheck.check_many(iter(claims)))
    assert [v.claim for v in verdicts] == claims
    assert [v.verdict for v in verdicts] == [
        "refuted", "supported", "not_enough_info", "not_enough_info", "refuted", "supported",
    ]  # fmt: skip


def test_check_many_in_processes_keeps_the_input_order() -> None:
    expected = {
        SUPPORTED: "supported",
        REFUTED: "refuted",
        UNKNOWN: "not_enough_info",
        ALSO_REFUTED: "refuted",
        "Russia abstained in the vote on resolution 2735.": "supported",
    }
    claims = list(expected) * 60  # enough to share out over processes (256 or more)
    random.Random(5).shuffle(claims)
    shared = [(v.claim, v.verdict) for v in factcheck.check_many(claims, jobs=2)]
    assert shared == [(c, expected[c]) for c in claims]


def test_check_many_refuses_a_string_and_no_jobs() -> None:
    with pytest.raises(TypeError):
        factcheck.check_many(SUPPORTED)
    with pytest.raises(factcheck.FactcheckError):
        factcheck.check_many([SUPPORTED], jobs=0)


def test_check_gives_the_clis_json_record(runner: CliRunner) -> None:
    for claim in (SUPPORTED, REFUTED, "安理会以十四票赞成通过2735号决议"):
        printed = json.loads(cli(runner, "check", "--json", claim))
        assert factcheck.to_dict(factcheck.check_claim(claim)) == printed


def test_check_many_gives_the_clis_records_with_line_numbers(
    runner: CliRunner, tmp_path: Path
) -> None:
    claims = [SUPPORTED, REFUTED, UNKNOWN]
    path = tmp_path / "claims.txt"
    path.write_text("\n".join(claims) + "\n", encoding="utf-8")
    printed = [
        json.loads(line) for line in cli(runner, "check", "-f", str(path), "--json").splitlines()
    ]
    ours = [factcheck.to_dict(v, line=n) for n, v in enumerate(factcheck.check_many(claims), 1)]
    assert ours == printed


# ---- other fact files: load, validate -------------------------------------------------------


def test_load_and_check_against_a_fact_file(tmp_path: Path) -> None:
    path = tmp_path / "mini.toml"
    shutil.copy(DATA / "mini.toml", path)
    base = factcheck.load(path)
    assert len(base) == 8 and base.paths == (str(path),)
    assert factcheck.show(base, "party-russia")[0].text.en.startswith("Russia")
    with pytest.raises(factcheck.NotFoundError):
        factcheck.show(base, "round-4")  # only in the embedded base
    assert factcheck.load(str(path)).paths == base.paths  # str or Path
    assert factcheck.check_claim(SUPPORTED, base).verdict == "supported"
    assert factcheck.check_claim(REFUTED, base).verdict == "refuted"


def test_the_checker_is_the_clis_compiled_one(tmp_path: Path) -> None:
    """Claims are checked by the checker the CLI uses: compiled into the cache (the
    fixture's FACTCHECK_CACHE) the first time, opened from there the next."""
    path = tmp_path / "mini.toml"
    shutil.copy(DATA / "mini.toml", path)
    cache = tmp_path / "cache"
    assert not list(cache.glob("checker-*.sqlite"))
    factcheck.check_claim(SUPPORTED, factcheck.load(path))
    assert len(list(cache.glob("checker-*.sqlite"))) == 1
    assert [v.verdict for v in factcheck.check_many([REFUTED], factcheck.load(path))] == [
        "refuted"
    ]
    assert len(list(cache.glob("checker-*.sqlite"))) == 1  # the same file, opened


def test_load_a_broken_file_raises_with_its_problems(tmp_path: Path) -> None:
    with pytest.raises(factcheck.FactFileError) as info:
        factcheck.load(DATA / "broken" / "links.toml")
    assert info.value.problems and all(p.severity == "error" for p in info.value.problems)
    with pytest.raises(factcheck.FactcheckError, match="no such file"):
        factcheck.load(tmp_path / "missing.toml")


def test_validate_lists_the_problems_of_a_broken_file() -> None:
    problems = factcheck.validate(DATA / "broken" / "links.toml")
    errors = [p for p in problems if p.severity == "error"]
    assert errors and all(isinstance(p, factcheck.Problem) for p in problems)
    assert all(p.path.endswith("links.toml") and p.line for p in errors)
    assert any("unknown fact 'party-russia'" in p.message for p in errors)
    syntax = factcheck.validate(DATA / "broken" / "syntax.toml")
    assert [p.severity for p in syntax] == ["error"]
    assert not [p for p in factcheck.validate(DATA / "mini.toml") if p.severity == "error"]
    assert not [p for p in factcheck.validate() if p.severity == "error"]  # the embedded base


def test_validate_gives_the_clis_json_records(runner: CliRunner) -> None:
    path = str(DATA / "broken" / "links.toml")
    printed = json.loads(cli(runner, "validate", path, "--json"))["problems"]
    assert [factcheck.to_dict(p) for p in factcheck.validate(path)] == printed


# ---- quiz and the other JSON shapes ---------------------------------------------------------


def test_quiz_gives_questions_with_answers() -> None:
    questions = factcheck.make_quiz(count=6, seed=3)
    assert len(questions) == 6
    base = factcheck.load()
    for q in questions:
        assert isinstance(q, factcheck.Question)
        assert q.prompt and q.answer and base.get(q.fact) is not None
        if q.choices is not None:
            assert q.answer in q.choices
    assert factcheck.make_quiz(count=6, seed=3) == questions  # the same seed, the same quiz
    typed = factcheck.make_quiz(count=3, seed=3, types="typed", lang="zh")
    assert len(typed) == 3 and {q.type for q in typed} == {"typed"}
    assert {q.choices for q in typed} == {None}
    for bad in ({"count": 0}, {"types": "essay"}, {"lang": "fr"}, {"tag": "no-such-tag"}):
        with pytest.raises(factcheck.FactcheckError):
            factcheck.make_quiz(**bad)  # type: ignore[arg-type]


def test_quiz_gives_the_questions_the_cli_exports(runner: CliRunner) -> None:
    printed = json.loads(
        cli(runner, "quiz", "--count", "5", "--seed", "7", "--lang", "en", "--export", "-")
    )
    ours = [factcheck.to_dict(q) for q in factcheck.make_quiz(count=5, seed=7, lang="en")]
    assert len(ours) == 5 and ours == printed


def test_facts_and_hits_give_the_clis_json(runner: CliRunner) -> None:
    base = factcheck.load()
    shown = json.loads(cli(runner, "show", "unsc-2735-vote", "--json"))
    assert [factcheck.to_dict(f) for f in factcheck.show(base, "unsc-2735-vote")] == shown
    found = json.loads(cli(runner, "search", "abstained", "--json", "-n", "3"))
    hits = factcheck.search_facts(base, "abstained", limit=3)
    assert [factcheck.to_dict(h) for h in hits] == found
    with pytest.raises(TypeError):
        factcheck.to_dict("a claim")  # type: ignore[arg-type]


# ---- docs/api.md ------------------------------------------------------------------------------

DOC = Path(__file__).parent.parent / "docs" / "api.md"


def test_the_documented_example_prints_what_the_page_says(tmp_path: Path) -> None:
    page = DOC.read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", page, re.S)
    shown = re.search(r"Its output.*?```text\n(.*?)```", page, re.S)
    assert code and shown
    result = subprocess.run(
        [sys.executable, "-c", code.group(1)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == shown.group(1)


def test_the_page_lists_what_is_public() -> None:
    page = DOC.read_text(encoding="utf-8")
    listed = re.search(r"## What is public.*?```python\n(.*?)```", page, re.S)
    assert listed and ast.literal_eval(listed.group(1)) == list(factcheck.__all__)
