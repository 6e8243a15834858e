"""How a quiz asks: questionary prompts on a terminal, or numbered plain text on stdin.

Both return an `ask(question, n, total) -> str` for the quiz engine. questionary is imported
only here, only when a terminal quiz starts (it costs ~70 ms to import).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO, Any

from factcheck.messages import N_, tr
from factcheck.quiz import FLAG, Outcome, Question, hint, readable
from factcheck.render import quiz_question_lines

Ask = Callable[[Question, int, int], str]
Rate = Callable[[Outcome], "tuple[str | None, bool]"]
RATE_WORDS = {
    "en": {"again": "again", "a": "again", "hard": "hard", "h": "hard", "good": "good",
           "g": "good", "easy": "easy", "e": "easy", "right": "right", "r": "right"},
    "zh": {"忘了": "again", "难": "hard", "记得": "good", "容易": "easy", "我答对了": "right"},
}  # fmt: skip
ARROWS = N_("(Use arrow keys)")
FLAG_OPTION = N_("⚑ Flag this question (it will not be asked again)")


def plain_ask(out: IO[str], stdin: IO[str], lang: str) -> Ask:
    """Print the question as numbered text and read the answer from one line of stdin."""

    def ask(question: Question, n: int, total: int) -> str:
        for line in quiz_question_lines(question, n, total, lang):  # type: ignore[arg-type]
            out.write(line + "\n")
        while True:  # an answer that cannot be read is asked again, saying what is accepted
            out.write("> ")
            out.flush()
            line = stdin.readline()
            if not line:
                out.write("\n")
                raise EOFError
            reply = line.rstrip("\r\n")
            if readable(question, reply):
                return reply
            out.write(hint(question, lang) + "\n")  # type: ignore[arg-type]

    return ask


def terminal_ask(lang: str, **prompt_options: Any) -> Ask:
    """questionary prompts: a list to pick from, or a text field that checks the answer
    can be read. Ctrl-C raises KeyboardInterrupt, Ctrl-D EOFError (unsafe_ask)."""
    import questionary
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    end = _ctrl_d()

    def ask(question: Question, n: int, total: int) -> str:
        title = tr(
            lang,
            "[again {n}/{total}] {text}" if question.again else "[{n}/{total}] {text}",
            n=n,
            total=total,
            text=question.shown,
        )
        if question.choices is not None:
            flag = tr(lang, FLAG_OPTION)
            choices = [*question.choices, flag]
            prompt = questionary.select(
                title, choices=choices, instruction=tr(lang, ARROWS), **prompt_options
            )
            app = prompt.application
            app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), end])
        else:
            message = hint(question, "zh" if lang == "zh" else "en")
            prompt = questionary.text(
                title,
                validate=lambda text: readable(question, text) or message,
                **prompt_options,
            )
        reply = prompt.unsafe_ask()
        if reply is None:
            raise EOFError
        return FLAG if reply == tr(lang, FLAG_OPTION) else str(reply)

    return ask


def _default(outcome: Outcome) -> str:
    return "good" if outcome.correct else "again"


def plain_rate(out: IO[str], stdin: IO[str], lang: str) -> Rate:
    """Ask for a rating of recall on one line (Enter takes the default); after a miss,
    `right` says the answer was right after all."""

    def rate(outcome: Outcome) -> tuple[str | None, bool]:
        words = {**RATE_WORDS["en"], **RATE_WORDS.get(lang, {})}
        ask = tr(
            lang,
            "How well did you recall it? again, hard, good, easy (Enter: good)"
            if outcome.correct
            else "How well did you recall it? again, hard, good, easy,"
            " or right if your answer was right (Enter: again)",
        )
        while True:  # Enter takes the default; a word it does not know is asked again
            out.write(ask + "\n> ")
            out.flush()
            line = stdin.readline()
            if not line:
                raise EOFError
            said = words.get(line.strip().lower())
            if said == "right" and not outcome.correct:
                return "good", True
            if said in ("again", "hard", "good", "easy"):
                return said, False
            if not line.strip():
                return _default(outcome), False

    return rate


def _ctrl_d() -> Any:
    """Key bindings that end the quiz on Ctrl-D: a list prompt has none of its own."""
    from prompt_toolkit.key_binding import KeyBindings

    end = KeyBindings()

    @end.add("c-d", eager=True)
    def _end_of_input(event: Any) -> None:
        event.app.exit(exception=EOFError())

    return end


def terminal_rate(lang: str, **prompt_options: Any) -> Rate:
    """The same rating as a questionary list, its default by right or wrong."""
    import questionary
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    end = _ctrl_d()

    def rate(outcome: Outcome) -> tuple[str | None, bool]:
        names = ["again", "hard", "good", "easy"]
        labels = {"again": N_("Again"), "hard": N_("Hard"), "good": N_("Good"),
                  "easy": N_("Easy"), "right": N_("My answer was right")}  # fmt: skip
        options = [*names, *([] if outcome.correct else ["right"])]
        title = tr(lang, "How well did you recall it?")
        prompt = questionary.select(
            title,
            choices=[questionary.Choice(tr(lang, labels[n]), value=n) for n in options],
            default=_default(outcome),
            instruction=tr(lang, ARROWS),
            **prompt_options,
        )
        app = prompt.application
        app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), end])
        picked = prompt.unsafe_ask()
        if picked is None:
            raise EOFError
        if picked == "right":
            return "good", True
        return str(picked), False

    return rate


def interactive(stdin: IO[str] = sys.stdin, stdout: IO[str] = sys.stdout) -> bool:
    """A terminal on both ends: questionary can draw its prompts."""
    return bool(
        getattr(stdin, "isatty", lambda: False)() and getattr(stdout, "isatty", lambda: False)()
    )
