"""`check --score`: the checker measured on a user's own labelled claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.check import check
from factcheck.cli import app
from factcheck.loader import load_facts
from factcheck.score import Labelled, Score

CLAIMS = [
    "Russia abstained on resolution 2735.",
    "Burns was the director of Mossad.",
    "Hamas released 100 hostages during the truce in exchange for fuel.",
    "决议2735于2024年6月10日通过",
    "The truce lasted seven days.",
    "Qatar and Egypt mediated the talks.",
]


def test_precision_recall_and_the_two_worst_mistakes() -> None:
    score = Score()
    pairs = [("supported", "supported"), ("supported", "refuted"), ("refuted", "supported"),
             ("refuted", "refuted"), ("not_enough_info", "not_enough_info"),
             ("not_enough_info", "supported")]  # fmt: skip
    for n, (label, verdict) in enumerate(pairs, 1):
        score.add(Labelled(n, f"claim {n}", label), verdict)
    assert score.total == 6 and score.accuracy == pytest.approx(3 / 6)
    assert score.precision("supported") == pytest.approx(1 / 3)
    assert score.recall("supported") == pytest.approx(1 / 2)
    assert score.precision("disputed") is None and score.recall("disputed") is None
    assert score.false_supports == [3, 6] and score.true_refuted == [2]
    assert score.confusion["refuted"]["supported"] == 1


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_the_command_scores_what_the_checker_says(runner: CliRunner, tmp_path: Path) -> None:
    base = load_facts()
    verdicts = [check(base, c).verdict for c in CLAIMS]
    labels = ["supported", "refuted", "not_enough_info", "supported", "disputed", "refuted"]
    rows = [
        {"claim": c, "label": a, "id": f"x{n}"}
        for n, (c, a) in enumerate(zip(CLAIMS, labels, strict=True))
    ]
    labelled = write(tmp_path / "labelled.jsonl", rows)
    result = runner.invoke(app, ["check", "--file", str(labelled), "--score", "--json"])
    data = json.loads(result.stdout)
    expected = Score()
    for n, (claim, label, verdict) in enumerate(zip(CLAIMS, labels, verdicts, strict=True), 1):
        expected.add(Labelled(n, claim, label), verdict)
    assert data["confusion"] == expected.confusion and data["claims"] == len(CLAIMS)
    assert data["false_supports"] == expected.false_supports
    assert result.exit_code == (1 if expected.false_supports else 0)
    text = runner.invoke(app, ["check", "--file", str(labelled), "--score"]).stdout
    assert text.startswith("label") and f"of {len(CLAIMS)} claims" in text.splitlines()[-1]


def test_a_false_support_fails_the_run(runner: CliRunner, tmp_path: Path) -> None:
    claim = CLAIMS[0]
    assert check(load_facts(), claim).verdict == "supported"
    labelled = write(tmp_path / "l.jsonl", [{"claim": claim, "label": "refuted"}])
    result = runner.invoke(app, ["check", "--file", str(labelled), "--score"])
    assert (
        result.exit_code == 1 and "false supports (not true, called supported): 1" in result.stdout
    )


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"claim": "x", "label": "supported"}\nnot json\n', ":2: not a JSON object"),
        ('{"claim": "x", "label": "true"}\n', ':1: "label" must be one of'),
        ('{"label": "supported"}\n', ':1: no "claim" text'),
    ],
)
def test_a_bad_line_is_one_line_with_its_number(
    runner: CliRunner, tmp_path: Path, content: str, fragment: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, "utf-8")
    result = runner.invoke(app, ["check", "--file", str(path), "--score"])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]


def test_score_needs_a_file(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--score", "Russia abstained"])
    assert result.exit_code == 2 and "--score needs --file" in result.stderr
