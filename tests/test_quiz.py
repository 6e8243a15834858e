"""Quizzes: generated questions, grading, the engine, the history and the prompts."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck import quiz
from factcheck.cli import app
from factcheck.history import History
from factcheck.loader import load_facts
from factcheck.quiz import Question, generate, grade


@pytest.fixture(scope="module")
def base():  # type: ignore[no-untyped-def]
    return load_facts()


def home() -> Path:
    return Path(os.environ["FACTCHECK_HOME"])


def answers_in_db() -> int:
    db = sqlite3.connect(home() / "history.sqlite3")
    return int(db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    lang=st.sampled_from(["en", "zh"]),
    types=st.sets(st.sampled_from(quiz.TYPES), min_size=1),
)
def test_every_question_has_one_right_answer_that_grades_right(
    seed: int, lang: str, types: set[str]
) -> None:
    questions = generate(load_facts(), lang, 12, seed, tuple(types))  # type: ignore[arg-type]
    assert questions
    for q in questions:
        assert q.type in types
        assert grade(q, q.answer), q
        if q.choices is not None:
            assert len(set(q.choices)) == len(q.choices), q.choices
            assert q.choices.count(q.answer) == 1
            assert 3 <= len(q.choices) <= 4 or q.type in ("truefalse", "order")
            right = q.choices.index(q.answer) + 1
            if str(right) not in q.choices:  # an option's text wins over its number
                assert grade(q, str(right))
            wrong = [c for c in q.choices if c != q.answer]
            assert not any(grade(q, c) for c in wrong)
        else:
            assert quiz.readable(q, q.answer)


def test_the_same_seed_gives_the_same_quiz(base) -> None:  # type: ignore[no-untyped-def]
    one = generate(base, "en", 10, 42)
    assert one == generate(base, "en", 10, 42)
    assert one != generate(base, "en", 10, 43)


def test_numeric_options_are_sorted_and_the_answer_moves(base) -> None:  # type: ignore[no-untyped-def]
    positions = set()
    for seed in range(30):
        for q in generate(base, "en", 10, seed, ("choice",)):
            if q.value_kind == "number":
                assert q.choices is not None
                values = [float(c) for c in q.choices]
                assert values == sorted(values)
                positions.add(q.choices.index(q.answer))
    assert len(positions) >= 3


def typed(expected: object, kind: str, approx: str = "exact") -> Question:
    return Question("typed", "x", None, str(expected), "f", "¶1", "x", kind, expected, approx)  # type: ignore[arg-type]


@pytest.mark.parametrize("reply", ["14", "十四", "fourteen", " 14 votes", "１４"])
def test_typed_numbers_in_any_form(reply: str) -> None:
    assert grade(typed(14.0, "number"), reply)
    assert not grade(typed(13.0, "number"), reply)


@pytest.mark.parametrize(
    "reply",
    ["2024-06-10", "June 10 2024", "10 June 2024", "2024年6月10日", "6月10日", "2024/6/10"],
)
def test_typed_dates_in_any_form(reply: str) -> None:
    assert grade(typed("2024-06-10", "date"), reply)
    assert not grade(typed("2024-06-11", "date"), reply)


def test_approximate_facts_accept_what_they_allow() -> None:
    more_than_130 = typed(130.0, "number", "more_than")
    assert grade(more_than_130, "more than 130") and grade(more_than_130, "130多")
    assert not grade(more_than_130, "100")


def test_true_false_words() -> None:
    q = Question("truefalse", "s", ("True", "False"), "False", "f", "¶1", "x")
    assert grade(q, "false") and grade(q, "2") and grade(q, "错") and grade(q, "no")
    assert not grade(q, "true") and not grade(q, "1")


def test_engine_with_scripted_answers_records_each_answer(base) -> None:  # type: ignore[no-untyped-def]
    questions = generate(base, "en", 4, 5)
    replies = iter([questions[0].answer, "nonsense", questions[2].answer])
    seen = []

    def ask(q: Question, n: int, total: int) -> str:
        reply = next(replies, None)
        if reply is None:
            raise KeyboardInterrupt
        return reply

    result = quiz.run(questions, ask, seen.append)
    assert [o.correct for o in result.outcomes] == [True, False, True]
    assert seen == result.outcomes
    assert result.interrupted == "interrupt" and result.score == 2
    assert [q.fact for q in result.missed] == [questions[1].fact]


def test_history_records_and_schedules() -> None:
    opened = History.open(os.environ)
    history = opened.history
    history.record("truce-2023-11", "choice", True, "8")
    history.record("unsc-2735-vote", "choice", False, "13")
    history.record("round-3", "choice", False, "x", cram=True)
    assert answers_in_db() == 3
    cards = dict(history.db.execute("SELECT fact, due FROM cards").fetchall())
    assert set(cards) == {"truce-2023-11", "unsc-2735-vote"}  # cram leaves the schedule alone
    assert cards["unsc-2735-vote"] < cards["truce-2023-11"]  # Again comes back before Good
    assert [f for f, _, _ in history.weak()] == ["unsc-2735-vote"]  # cramming drives no review


def test_a_damaged_database_is_moved_aside_and_replaced() -> None:
    home().mkdir(parents=True, exist_ok=True)
    (home() / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    opened = History.open(os.environ)
    assert opened.warning and "moved to history.sqlite3.damaged-" in opened.warning
    assert list(home().glob("history.sqlite3.damaged-*"))
    opened.history.record("truce-2023-11", "choice", True, "8")
    assert answers_in_db() == 1


def test_two_quizzes_at_once_lose_no_answer() -> None:
    code = (
        "import os; from factcheck.history import History\n"
        "h = History.open(os.environ).history\n"
        "for i in range(40): h.record(f'fact-{i % 5}', 'choice', i % 2 == 0, str(i))\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code], env=os.environ.copy()) for _ in range(3)
    ]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    assert answers_in_db() == 120


def test_plain_mode_answers_from_the_export_score_full_marks(runner: CliRunner) -> None:
    exported = runner.invoke(app, ["quiz", "--count", "5", "--seed", "7", "--export", "-"])
    questions = json.loads(exported.stdout)
    assert len(questions) == 5
    assert all({"type", "prompt", "choices", "answer", "fact"} <= set(q) for q in questions)
    replies = "\n".join(q["answer"] for q in questions) + "\n"
    result = runner.invoke(app, ["quiz", "--count", "5", "--seed", "7", "--plain"], input=replies)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "Score: 5/5"
    assert answers_in_db() == 5


def test_plain_mode_feedback_gives_the_right_answer_and_source(runner: CliRunner) -> None:
    args = ["quiz", "--count", "1", "--seed", "3", "--type", "choice"]
    (question,) = json.loads(runner.invoke(app, [*args, "--export", "-"]).stdout)
    wrong = next(c for c in question["choices"] if c != question["answer"])  # by its text
    result = runner.invoke(app, [*args, "--plain"], input=f"nonsense\n{wrong}\n")
    assert "Answer with an option's number (1–" in result.stdout  # asked again, not scored
    assert "Wrong. The answer is: " in result.stdout and "(¶" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "Score: 0/1"


def test_end_of_input_keeps_the_answers_so_far(runner: CliRunner) -> None:
    exported = json.loads(
        runner.invoke(app, ["quiz", "--count", "3", "--seed", "2", "--export", "-"]).stdout
    )
    result = runner.invoke(
        app, ["quiz", "--count", "3", "--seed", "2", "--plain"], input=exported[0]["answer"] + "\n"
    )
    assert result.exit_code == 0
    assert "Stopped after 1 of 3 questions." in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "Score: 1/1"
    assert answers_in_db() == 1


def test_export_csv(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "cards.csv"
    result = runner.invoke(
        app,
        ["quiz", "--count", "3", "--seed", "1", "--export", str(target), "--export-format", "csv"],
    )
    assert result.exit_code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "type,context,prompt,choices,answer,fact,source" and len(lines) >= 4


def test_filters_and_types(runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        [
            "quiz",
            "--count",
            "6",
            "--seed",
            "1",
            "--kind",
            "vote",
            "--type",
            "truefalse",
            "--export",
            "-",
        ],
    )
    questions = json.loads(result.stdout)
    assert questions and all(
        q["type"] == "truefalse" and q["fact"] == "unsc-2735-vote" for q in questions
    )
    assert runner.invoke(app, ["quiz", "--type", "essay"]).exit_code == 2
    assert runner.invoke(app, ["quiz", "--count", "0"]).exit_code == 2


def test_review_asks_due_and_missed_facts_first(runner: CliRunner) -> None:
    args = ["quiz", "--count", "3", "--seed", "9"]
    last = json.loads(runner.invoke(app, [*args, "--export", "-"]).stdout)[-1]["fact"]
    History.open(os.environ).history.record(last, "choice", False, "x")
    replies = "1\n2024-01-01\n" * 3  # readable by any type: an option, a number, a date
    plain = runner.invoke(app, [*args, "--review", "--plain"], input=replies)
    assert plain.exit_code == 0
    assert f"; {last})" in plain.stdout.split("Question 2/3")[0]  # asked first


def test_stats_and_reset(runner: CliRunner) -> None:
    history = History.open(os.environ).history
    history.record("truce-2023-11", "choice", True, "8")
    history.record("unsc-2735-vote", "choice", False, "13")
    data = json.loads(runner.invoke(app, ["stats", "--json"]).stdout)
    assert data["answers"] == 2 and data["accuracy"] == 0.5
    assert data["by_kind"]["vote"] == {"answers": 1, "accuracy": 0.0}
    assert data["most_missed"][0]["fact"] == "unsc-2735-vote"
    assert data["streak_days"] == 1
    refused = runner.invoke(app, ["stats", "--reset"], input="n\n")
    assert refused.exit_code == 1 and answers_in_db() == 2
    assert runner.invoke(app, ["stats", "--reset", "--yes"]).exit_code == 0
    assert answers_in_db() == 0


def test_an_unwritable_data_directory_is_one_clear_line(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("FACTCHECK_HOME", str(blocker / "home"))
    result = runner.invoke(app, ["quiz", "--plain"], input="1\n")
    assert result.exit_code == 2
    assert "cannot create the data directory" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_questionary_prompts_driven_through_a_pipe(base) -> None:  # type: ignore[no-untyped-def]
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from factcheck.prompts import terminal_ask

    choice = next(q for q in generate(base, "en", 20, 4, ("choice",)))
    typed_q = next(q for q in generate(base, "en", 20, 4, ("typed",)))
    with create_pipe_input() as pipe:
        ask = terminal_ask("en", input=pipe, output=DummyOutput())
        pipe.send_text("\r")  # the first option
        assert ask(choice, 1, 2) == choice.choices[0]  # type: ignore[index]
        pipe.send_text(typed_q.answer + "\r")
        assert ask(typed_q, 2, 2) == typed_q.answer
        pipe.send_text("\x03")  # Ctrl-C
        with pytest.raises(KeyboardInterrupt):
            ask(choice, 1, 1)
