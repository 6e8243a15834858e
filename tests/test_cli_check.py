"""`factcheck check` as people and scripts use it: output forms and exit status."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

SUPPORTED = "Russia abstained in the vote on resolution 2735."
REFUTED = "The fourth round of talks took place in Geneva."
UNKNOWN = "Hezbollah fired rockets at northern Israel in 2023."


def run(runner: CliRunner, *args: str, **kw):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), **kw)


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        ([SUPPORTED], 0),
        ([REFUTED], 1),
        ([UNKNOWN], 3),
        ([SUPPORTED, UNKNOWN], 3),
        ([UNKNOWN, REFUTED], 1),
    ],
)
def test_exit_status(runner: CliRunner, claims: list[str], status: int) -> None:
    assert run(runner, "check", *claims).exit_code == status


def test_human_output_shows_verdict_evidence_and_correction(runner: CliRunner) -> None:
    out = run(runner, "check", REFUTED).stdout
    assert out.startswith("REFUTED  " + REFUTED)
    assert "Paris, not Geneva" in out
    assert "✗ Geneva" in out and "round-4 (¶5, ¶6)" in out  # each part with its evidence
    assert "\x1b" not in out


def test_json_lines_in_input_order_with_line_numbers(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_text(f"{SUPPORTED}\n\n   \n{REFUTED}\r\n{UNKNOWN}\n", encoding="utf-8")
    result = run(runner, "check", "--file", str(path), "--json")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["line"] for r in records] == [1, 4, 5]
    assert [r["verdict"] for r in records] == ["supported", "refuted", "not_enough_info"]
    for record in records:
        assert {"line", "claim", "verdict", "facts", "explanation", "corrections", "notes"} <= set(
            record
        )
    correction = records[1]["corrections"][0]
    assert correction == {
        "fact": "round-4",
        "field": "values.place",
        "claimed": "Geneva",
        "actual": "Paris",
    }
    assert result.exit_code == 1


def test_claims_from_stdin(runner: CliRunner) -> None:
    result = run(runner, "check", "--file", "-", "--json", input=f"{SUPPORTED}\n{SUPPORTED}\n")
    assert [json.loads(x)["verdict"] for x in result.stdout.splitlines()] == ["supported"] * 2
    assert result.exit_code == 0


def test_invalid_utf8_line_is_named_and_the_rest_checked(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "claims.txt"
    path.write_bytes(SUPPORTED.encode() + b"\n\xff\xfe broken\n" + REFUTED.encode() + b"\n")
    result = run(runner, "check", "--file", str(path), "--json")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["verdict"] for r in records] == ["supported", "error", "refuted"]
    assert records[1]["line"] == 2
    assert result.stderr.strip() == f"factcheck: {path}:2: not UTF-8 (byte 0); line skipped"
    assert result.exit_code == 1


def test_claimreview(runner: CliRunner) -> None:
    result = run(runner, "check", REFUTED, "--format", "claimreview")
    review = json.loads(result.stdout)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == REFUTED
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["citation"][0]["identifier"] == "round-4"


def test_structured_check_of_one_fact(runner: CliRunner) -> None:
    assert run(runner, "check", "--fact", "unsc-2735-vote", "for=14", "abstain=1").exit_code == 0
    result = run(runner, "check", "--fact", "unsc-2735-vote", "for=13", "--json")
    record = json.loads(result.stdout)
    assert record["verdict"] == "refuted" and result.exit_code == 1
    assert record["corrections"] == [
        {"fact": "unsc-2735-vote", "field": "for", "claimed": "13", "actual": "14"}
    ]
    assert run(runner, "check", "--fact", "truce-2023-11", "start=2023-11-24").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check"], "give a claim"),
        (["check", "x", "--format", "xml"], "unknown --format"),
        (["check", "--file", "/no/such/file"], "no such file"),
        (["check", "--fact", "unsc-2735-vote", "color=red"], "has no field 'color'"),
        (["check", "--fact", "unsc-2735-vote"], "needs field=value"),
        (["check", "--fact", "no-such-fact", "a=1"], "no fact with id"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = run(runner, *args)
    assert result.exit_code in (1, 2)
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_directory_is_not_a_claims_file(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "check", "--file", str(tmp_path))
    assert result.exit_code == 2 and "is a directory" in result.stderr


def test_markup_and_escapes_in_a_claim_are_printed_literally(runner: CliRunner) -> None:
    claim = "[bold red]Russia[/] abstained \x1b[31mon resolution 2735\x1b]0;x\x07 [/]"
    result = run(runner, "check", claim)
    assert "[bold red]Russia[/]" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b[31m" in result.stdout


def test_a_megabyte_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Russia abstained " * 65_000 + "\n" + SUPPORTED + "\n", encoding="utf-8")
    result = run(runner, "check", "--file", str(path), "--json")
    verdicts = [json.loads(x)["verdict"] for x in result.stdout.splitlines()]
    assert len(verdicts) == 2 and verdicts[1] == "supported"


def test_every_claim_gets_one_line(runner: CliRunner, tmp_path: Path) -> None:
    claims = [SUPPORTED, REFUTED, UNKNOWN, "十四", "[/]", "🎉", "עברית", "e\u0301\u0301"] * 5
    path = tmp_path / "claims.txt"
    path.write_text("\n".join(claims) + "\n", encoding="utf-8")
    result = run(runner, "check", "--file", str(path), "--json")
    assert len(result.stdout.splitlines()) == len(claims)


def _batch(n: int) -> list[str]:
    """n distinct claims of every verdict, in both languages."""
    forms = [
        "Resolution 2735 passed {a}-0-1.",
        "第{a}轮谈判在巴黎举行。",
        "The truce lasted {a} days in all.",
        "Hamas freed {a} hostages during the November truce.",
        SUPPORTED,
        REFUTED,
    ]
    return [forms[i % len(forms)].format(a=i // len(forms) + 1) for i in range(n)]


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_jobs_keep_the_input_order_and_the_verdicts(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    from factcheck import batch

    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "WINDOW", 25)  # several windows, each shared out
    claims = _batch(70)
    lines = [*claims[:30], "\udcff", *claims[30:], claims[0]]  # a bad line and a repeat
    path = tmp_path / "claims.txt"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogateescape") + b"\n")
    one = run(runner, "check", "--file", str(path), "--json", "--jobs", "1")
    many = run(runner, "check", "--file", str(path), "--json", "--jobs", jobs)
    assert many.exit_code == one.exit_code == 1
    records = [json.loads(x) for x in many.stdout.splitlines()]
    assert many.stdout == one.stdout
    assert [r["line"] for r in records] == list(range(1, len(lines) + 1))
    assert [r["claim"] for r in records if r.get("claim")] == [*claims, claims[0]]
    assert records[30].get("error") and not records[30].get("claim")


def test_jobs_must_be_a_positive_number(runner: CliRunner) -> None:
    result = run(runner, "check", SUPPORTED, "--jobs", "0")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_a_pipe_is_answered_claim_by_claim() -> None:
    """A script writes a claim, reads its verdict, then writes the next: no read-ahead."""
    import select
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", "--file", "-", "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for claim, verdict in ((SUPPORTED, "supported"), (REFUTED, "refuted")):
            proc.stdin.write(claim + "\n")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 30)
            assert ready, "no verdict before the next claim was written"
            assert json.loads(proc.stdout.readline())["verdict"] == verdict
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)  # a stuck process fails here, not forever
    assert proc.returncode == 1


def test_a_batch_split_into_pieces_joins_back_in_order(tmp_path: Path) -> None:
    """docs/batches.md's coreutils recipe: split, check the pieces in parallel, join."""
    import shutil
    import subprocess
    import sys

    if not (shutil.which("split") and shutil.which("xargs")):
        pytest.skip("needs coreutils split and xargs")
    claims = _batch(45)
    (tmp_path / "claims.txt").write_text("\n".join(claims) + "\n", encoding="utf-8")
    (tmp_path / "pieces").mkdir()
    (tmp_path / "verdicts").mkdir()
    command = f"{sys.executable} -m factcheck"
    script = (
        "split -l 20 -d -a 4 claims.txt pieces/part- && ls pieces | xargs -P 2 -I{} sh -c "
        f"'{command} check --file pieces/{{}} --json --jobs 1 > verdicts/{{}}.jsonl || true' && "
        "cat verdicts/*.jsonl"
    )
    joined = subprocess.run(
        ["sh", "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    whole = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--file", "claims.txt", "--json"],
        cwd=tmp_path, capture_output=True, text=True,
    ).stdout.splitlines()  # fmt: skip
    pieces = [(json.loads(x)["claim"], json.loads(x)["verdict"]) for x in joined]
    assert pieces == [(json.loads(x)["claim"], json.loads(x)["verdict"]) for x in whole]
    assert [json.loads(x)["line"] for x in joined][19:22] == [20, 1, 2]  # each piece from 1


LANTERN_FAIR = """format = 1

[lexicon.units.rupees]
en = ["rupee", "rupees"]
zh = ["卢比"]

[fields.fee]
type = "quantity"
en = "what a stall cost"
zh = "摊位费"

[fields.height]
type = "quantity"
en = "how tall the lantern tower stood"
zh = "灯塔高度"

[[facts]]
id = "stall-fee"
kind = "count"
source = ["¶1"]
text.en = "A stall at the Lantern Fair cost 300 rupees."
text.zh = "灯会的一个摊位收费300卢比。"
aliases.en = ["stall fee", "stall"]
aliases.zh = ["摊位费", "摊位"]

[facts.values]
fee = { value = 300, unit = "rupees" }

[[facts]]
id = "lantern-tower"
kind = "place"
source = ["¶2"]
text.en = "The lantern tower stood 12 metres tall."
text.zh = "灯塔高12米。"
aliases.en = ["lantern tower"]
aliases.zh = ["灯塔"]

[facts.values]
height = { value = 12, unit = "metres" }
"""


@pytest.mark.parametrize(
    ("claim", "said"),
    [("灯会的一个摊位收费500卢比。", "事实是300卢比"), ("灯塔高15米。", "事实是12米")],
)
def test_a_chinese_correction_says_the_unit_in_chinese(
    runner: CliRunner, tmp_path: Path, claim: str, said: str
) -> None:
    """A unit the message catalogue lacks is said by the first Chinese word the file's own
    lexicon (卢比) or the packaged one (米) gives it; the correction had said "300 rupees"."""
    path = tmp_path / "facts.toml"
    path.write_text(LANTERN_FAIR, encoding="utf-8")
    out = run(runner, "check", "--facts", str(path), claim).stdout
    assert out.startswith("不实"), out
    assert said in out and "rupees" not in out and "metres" not in out
