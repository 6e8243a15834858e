"""What a script relies on: empty input, a reader that goes away, exports it can use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app


def test_an_empty_claims_file_is_not_all_supported(runner: CliRunner, tmp_path: Path) -> None:
    for content in ("", "\n  \n\n"):
        path = tmp_path / "claims.txt"
        path.write_text(content, encoding="utf-8")
        result = runner.invoke(app, ["check", "--file", str(path)])
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.strip() == f"factcheck: {path}: no claims to check"
    piped = runner.invoke(app, ["check", "--file", "-"], input="\n")
    assert piped.exit_code == 2 and "stdin: no claims to check" in piped.stderr


def test_a_reader_that_goes_away_still_gets_the_status(tmp_path: Path) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_text("Burns was the director of Mossad.\n" * 400, encoding="utf-8")
    script = f'"{sys.executable}" -m factcheck check --file "{claims}" --jobs 1 | head -1'
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {script}; echo status=${{PIPESTATUS[0]}}"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.stdout.startswith("REFUTED")
    assert result.stdout.strip().endswith("status=1")  # refuted, not 0
    assert "Traceback" not in result.stderr


def test_an_export_with_no_question_says_so(runner: CliRunner) -> None:
    result = runner.invoke(app, ["quiz", "--kind", "person", "--export", "-"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "no question can be made" in result.stderr


def test_the_export_format_follows_the_file_name(runner: CliRunner, tmp_path: Path) -> None:
    args = ["quiz", "--count", "2", "--seed", "3"]
    assert runner.invoke(app, [*args, "--export", str(tmp_path / "q.csv")]).exit_code == 0
    assert (tmp_path / "q.csv").read_text("utf-8").startswith("type,context,prompt,")
    assert runner.invoke(app, [*args, "--export", str(tmp_path / "q.json")]).exit_code == 0
    assert json.loads((tmp_path / "q.json").read_text("utf-8"))[0]["type"]
    forced = tmp_path / "q.txt"
    runner.invoke(app, [*args, "--export", str(forced), "--export-format", "csv"])
    assert forced.read_text("utf-8").startswith("type,")


def test_a_flagged_question_is_not_exported(runner: CliRunner) -> None:
    args = ["quiz", "--count", "3", "--seed", "5", "--type", "choice"]
    before = json.loads(runner.invoke(app, [*args, "--export", "-"]).stdout)
    flagged = runner.invoke(app, [*args, "--plain"], input="!\n1\n1\n1\n1\n1\n")
    assert flagged.exit_code == 0
    after = json.loads(runner.invoke(app, [*args, "--export", "-"]).stdout)
    assert before[0]["prompt"] not in [q["prompt"] for q in after]
    answers = "\n".join(q["answer"] for q in after) + "\n"
    scored = runner.invoke(app, [*args, "--plain"], input=answers)  # the README's promise
    assert scored.stdout.strip().endswith(f"Score: {len(after)}/{len(after)}")


def test_claims_from_two_places_at_once_are_refused(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_text("Russia abstained on resolution 2735.\n", encoding="utf-8")
    for args in (
        ["check", "Burns was the director of Mossad.", "--file", str(path)],
        ["check", "--fact", "unsc-2735-vote", "for=14", "--file", str(path)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and result.stdout == ""
        assert "one of them" in result.stderr


def test_an_empty_labelled_file_is_not_scored(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--file", str(path), "--score"])
    assert result.exit_code == 2 and "no claims to check" in result.stderr


def test_a_correction_says_a_relation_in_words_not_by_its_key(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--json", "Russia voted against resolution 2735"])
    record = json.loads(result.stdout)
    assert record["verdict"] == "refuted"
    assert all("_" not in c["actual"] for c in record["corrections"])  # not vote_for


def test_a_json_lines_file_is_read_as_its_claims(runner: CliRunner, tmp_path: Path) -> None:
    """A newsroom's batch in JSON Lines: each object's "claim" is checked (not the line's
    braces and keys) and its "id" comes back with the verdict; a plain line beside them is
    a claim of its own, and an object with no claim is named on stderr and skipped."""
    path = tmp_path / "claims.jsonl"
    lines = [
        {"id": "a1", "claim": "Burns was the director of Mossad.", "desk": "politics"},
        {"claim": "Resolution 2735 was adopted on 10 June 2024."},
        {"id": 3},
    ]
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    broken = '{"id": 4, "claim": "Gantz resigned on 8 June 2024.",}'
    path.write_text(body + f"\nGantz resigned on 8 June 2024.\n{broken}\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--file", str(path), "--json"])
    records = [json.loads(x) for x in result.stdout.splitlines()]
    verdicts = ["refuted", "supported", "error", "supported", "error"]
    assert [r["verdict"] for r in records] == verdicts
    assert [r.get("id") for r in records] == ["a1", None, 3, None, None]  # as written
    assert records[0]["claim"] == "Burns was the director of Mossad."
    assert f'{path}:3: no "claim" text' in result.stderr
    assert f"{path}:5: not a JSON object" in result.stderr  # a trailing comma: named
    assert result.exit_code == 1  # one refuted


@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=20), st.integers()))
def test_any_line_of_json_or_text_is_a_claim_or_a_named_error(text: str, key: object) -> None:
    """Whatever a line holds (an object with any claim and id, broken JSON, braces in a
    claim), reading it never fails: it is a claim, or an error that names its line."""
    from factcheck.batch import _lines

    record = json.dumps({"claim": text, **({"id": key} if key is not None else {})})
    for line in (record, "{" + text, text):
        for item in _lines([line.encode("utf-8")], "f"):
            assert (item.claim is None) == (item.error is not None)
            assert item.claim is None or item.claim.strip()
            assert item.error is None or item.error.startswith("f:1:")
    (item,) = _lines([record.encode("utf-8")], "f")
    assert item.claim == (text if text.strip() else None)  # the claim, not the line
    assert item.id == key
