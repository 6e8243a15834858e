"""How a quiz asks: questionary prompts on a terminal, or numbered plain text on stdin.

Both return an `ask(question, n, total) -> str` for the quiz engine. questionary is imported
only here, only when a terminal quiz starts (it costs ~70 ms to import).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO, Any

from factcheck.quiz import Question, hint, readable
from factcheck.render import quiz_question_lines

Ask = Callable[[Question, int, int], str]


def plain_ask(out: IO[str], stdin: IO[str], lang: str) -> Ask:
    """Print the question as numbered text and read the answer from one line of stdin."""

    def ask(question: Question, n: int, total: int) -> str:
        for line in quiz_question_lines(question, n, total):
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

    end = KeyBindings()

    @end.add("c-d", eager=True)
    def _end_of_input(event: Any) -> None:  # a list prompt has no Ctrl-D of its own
        event.app.exit(exception=EOFError())

    def ask(question: Question, n: int, total: int) -> str:
        title = f"[{n}/{total}] {question.prompt}"
        if question.choices is not None:
            prompt = questionary.select(title, choices=list(question.choices), **prompt_options)
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
        return str(reply)

    return ask


def interactive(stdin: IO[str] = sys.stdin, stdout: IO[str] = sys.stdout) -> bool:
    """A terminal on both ends: questionary can draw its prompts."""
    return bool(
        getattr(stdin, "isatty", lambda: False)() and getattr(stdout, "isatty", lambda: False)()
    )
