"""`factcheck quiz` on a real pseudo-terminal, answered with keystrokes."""

import os
import sqlite3
import sys
from pathlib import Path

import pexpect


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


def test_a_quiz_answered_with_keystrokes() -> None:
    child = spawn("--count", "2", "--seed", "3", "--type", "choice", "--lang", "en")
    child.expect(r"\[1/2\]")
    child.expect(r"arrow keys")
    child.send("\x1b[B")  # arrow down: the second option
    child.expect("»")
    child.send("\r")
    child.expect(r"Right\.|Wrong\. The answer is: ")
    child.expect(r"\(¶\d+")
    child.expect(r"\[2/2\]")
    child.send("\r")
    child.expect(r"Right\.|Wrong\.")
    child.expect(r"Score: (\d)/2")
    score = int(child.match.group(1))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert 0 <= score <= 2
    assert answers() == 2


def test_ctrl_c_keeps_the_answers_and_exits_130() -> None:
    child = spawn("--count", "3", "--seed", "5", "--type", "choice")
    child.expect(r"\[1/3\]")
    child.send("\r")
    child.expect(r"\[2/3\]")
    child.sendcontrol("c")
    child.expect("Stopped after 1 of 3 questions.")
    child.expect(r"Score: \d/1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert answers() == 1


def test_ctrl_d_at_a_typed_prompt_ends_the_quiz() -> None:
    child = spawn("--count", "2", "--seed", "5", "--type", "typed")
    child.expect(r"\[1/2\]")
    child.sendcontrol("d")
    child.expect("Stopped after 0 of 2 questions.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
