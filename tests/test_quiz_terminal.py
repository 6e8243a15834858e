"""`factcheck quiz` on a real pseudo-terminal, answered with keystrokes."""

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pexpect

from factcheck.loader import load_facts


def spawn(*args: str) -> pexpect.spawn:
    env = {
        **os.environ,
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "TERM": "xterm",
        "COLUMNS": "120",
        "LINES": "40",
    }
    return pexpect.spawn(
        sys.executable,
        ["-m", "factcheck", "quiz", *args],
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 120),
    )


def answers() -> int:
    db = sqlite3.connect(Path(os.environ["FACTCHECK_HOME"]) / "history.sqlite3")
    return int(db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])


Quiz = list[dict[str, str]]


def quiz_where(
    count: int, kind: str, wanted: Callable[[Quiz], bool]
) -> tuple[tuple[str, ...], Quiz]:
    """The options of the first seed whose exported quiz is as a test needs it (a prompt
    short or long enough for the screen), with its questions: which seed that is depends
    on the facts."""
    for seed in range(1, 60):
        args = ("--count", str(count), "--seed", str(seed), "--type", kind, "--lang", "en")
        exported = subprocess.run(
            [sys.executable, "-m", "factcheck", "quiz", *args, "--export", "-"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        questions: Quiz = json.loads(exported.stdout)
        if wanted(questions):
            return args, questions
    raise AssertionError(f"no seed gives a {kind} quiz of {count} as wanted")


def _short(questions: Quiz, limit: int) -> bool:
    return all(len(q["context"]) + len(q["prompt"]) < limit for q in questions)


def test_a_quiz_answered_with_keystrokes() -> None:
    # a first prompt short enough to leave the arrow-keys hint whole on a 120-column line
    args, _ = quiz_where(2, "choice", lambda qs: _short(qs[:1], 90))
    child = spawn(*args)
    child.expect(r"\[1/2\]")
    child.expect(r"arrow keys")
    child.send("\x1b[B")  # arrow down: the second option
    child.expect("»")
    child.send("\r")
    child.expect(r"Right\.|Wrong\. The answer is: ")
    child.expect(r"\(¶\d+")
    child.expect("How well did you recall it?")  # the rating, its default by right or wrong
    child.send("\r")
    child.expect(r"\[2/2\]")
    child.send("\r")
    child.expect(r"Right\.|Wrong\.")
    child.expect("How well did you recall it?")
    child.send("\r")
    while child.expect([r"\[again \d/\d\]", r"Score: (\d)/2"]) == 0:  # missed: once more
        child.send("\r")
    score = int(child.match.group(1))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert 0 <= score <= 2
    assert answers() == 2 + (2 - score)  # second tries are recorded, as practice


def test_ctrl_c_keeps_the_answers_and_exits_130() -> None:
    child = spawn("--count", "3", "--seed", "5", "--type", "choice")
    child.expect(r"\[1/3\]")
    child.send("\r")
    child.expect("How well did you recall it?")
    child.send("\r")
    child.expect(r"\[2/3\]")
    child.sendcontrol("c")
    child.expect("Stopped after 1 of 3 questions.")
    child.expect(r"Score: \d/1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert answers() == 1


def test_an_unreadable_typed_answer_is_asked_again_on_a_terminal() -> None:
    child = spawn("--count", "1", "--seed", "5", "--type", "typed", "--lang", "en")
    child.expect(r"\[1/1\]")
    child.send("not 14\r")
    child.expect("Type just the number|Type a date")  # the prompt stays, saying what it takes
    assert answers() == 0
    child.sendcontrol("u")
    child.send("2024-01-01\r" if "date" in child.match.group(0) else "14\r")
    child.expect(r"Right\.|Wrong\.")
    child.expect("How well did you recall it?")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert answers() == 0  # stopped before rating: the answer was not yet recorded


def test_a_flagged_question_is_not_asked_again() -> None:
    args = ("--count", "1", "--seed", "4", "--type", "choice", "--lang", "en")
    child = spawn(*args)
    child.expect(r"\[1/1\] (.*?)\r?\n")
    first = child.match.group(1)
    child.expect("Flag this question")
    child.send("\x1b[A")  # up from the first option: the last one, the flag
    child.expect("» ⚑ Flag")
    child.send("\r")
    child.expect("Flagged: this question will not be asked again.")
    child.expect(pexpect.EOF)
    child.close()
    again = spawn(*args)
    again.expect(r"\[1/1\] (.*?)\r?\n")
    assert again.match.group(1) != first
    again.sendcontrol("c")
    again.expect(pexpect.EOF)
    again.close()


def test_ctrl_d_at_a_typed_prompt_ends_the_quiz() -> None:
    child = spawn("--count", "2", "--seed", "5", "--type", "typed")
    child.expect(r"\[1/2\]")
    child.sendcontrol("d")
    child.expect("Stopped after 0 of 2 questions.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


class Screen:
    """What a person sees: the child's output played on a 120-column terminal (pyte)."""

    def __init__(self, child: pexpect.spawn) -> None:
        import pyte

        self.child = child
        self.screen = pyte.Screen(120, 40)
        self.stream = pyte.Stream(self.screen)
        self.raw = ""

    def expect(self, pattern: str) -> None:
        self.child.expect(pattern)
        self.raw += self.child.before + self.child.after
        self.stream.feed(self.child.before + self.child.after)

    def rows(self) -> list[str]:
        return [row.rstrip() for row in self.screen.display]


def test_an_unreadable_answer_is_told_just_below_it() -> None:
    # a prompt short enough to leave the answer on its own row
    args, _ = quiz_where(1, "typed", lambda qs: _short(qs, 60))
    child = spawn(*args)
    screen = Screen(child)
    screen.expect(r"\[1/1\]")
    child.send("not 14\r")
    screen.expect("Type just the number[^\r\n]*|Type a date[^\r\n]*")
    rows = screen.rows()
    answer = max(i for i, row in enumerate(rows) if "not 14" in row)
    said = max(i for i, row in enumerate(rows) if row.startswith("Type "))
    assert said == answer + 1  # next to the question, not on the terminal's last row
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_feedback_is_coloured_and_wrapped_between_words() -> None:
    base = load_facts()

    def feedback(question: dict[str, str]) -> str:  # the fact's text, its source and id
        text = base.get(question["fact"]).text.en
        return f"{text} ({question['source']}; {question['fact']})"

    # a question whose feedback is long enough to wrap
    args, (question,) = quiz_where(1, "choice", lambda qs: len(feedback(qs[0])) > 120)
    said = feedback(question)
    child = spawn(*args)
    screen = Screen(child)
    screen.expect(r"\[1/1\]")
    child.send("\r")
    screen.expect(r"Right\.|Wrong\.")
    assert re.search(r"\x1b\[[0-9;]*(32|31)m(Right\.|Wrong\.)", screen.raw)  # green or red
    screen.expect(r"How well did you recall it\?")
    rows = screen.rows()
    start = max(i for i, row in enumerate(rows) if row.startswith(("Right.", "Wrong.")))
    end = next(i for i in range(start, 40) if "How well" in rows[i])
    assert len(said) > 120  # long enough to wrap
    shown = " ".join(" ".join(rows[start + 1 : end]).split())
    assert " ".join(said.split()) in shown  # rows joined at spaces give it back: no cut word
    assert all(len(row) <= 120 for row in rows[start:end])
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_a_chinese_quiz_says_how_to_choose_in_chinese() -> None:
    child = spawn("--count", "1", "--seed", "3", "--type", "choice", "--lang", "zh")
    child.expect(r"\[1/1\]")
    child.expect(r"用方向(?:\x1b\[[0-9;]*m|\s)*键选择")  # a long prompt may wrap it
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_ctrl_d_at_the_rating_ends_the_quiz() -> None:
    child = spawn("--count", "2", "--seed", "3", "--type", "choice", "--lang", "en")
    child.expect(r"\[1/2\]")
    child.send("\r")
    child.expect("How well did you recall it?")
    child.sendcontrol("d")
    child.expect(r"Score: \d/1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_help_on_a_terminal_has_no_escape_codes_with_no_color() -> None:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "COLUMNS": "100"}
    env.pop("_TYPER_FORCE_DISABLE_TERMINAL", None)
    child = pexpect.spawn(
        sys.executable, ["-m", "factcheck", "check", "--help"], env=env, encoding="utf-8",
        timeout=30, dimensions=(40, 100),
    )  # fmt: skip
    child.expect(pexpect.EOF)
    assert "Usage:" in child.before and "\x1b[" not in child.before
