"""Quiz questions as an Anki deck (.apkg), one note per question, written with genanki.

Each note holds the question (with its options), the answer, the fact it comes from and
that fact's source paragraph. Every field is HTML-escaped: text from a fact file is shown
as written, never read as markup. Notes are keyed by the question (fact, type, value), so a
deck exported again updates its notes in Anki instead of adding copies.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from pathlib import Path

from factcheck.quiz import Question

FIELDS = ("Question", "Choices", "Answer", "Fact", "Source", "Explanation")


def _id(name: str) -> int:
    """A stable id in Anki's range for a model or deck name."""
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) + (1 << 30)


def write_deck(questions: Sequence[Question], path: Path, name: str = "factcheck") -> int:
    """Write the questions as a deck at `path`; returns how many notes it holds."""
    import genanki

    model = genanki.Model(
        _id("factcheck question model 1"),
        "factcheck question",
        fields=[{"name": f} for f in FIELDS],
        templates=[
            {
                "name": "Question",
                "qfmt": "{{Question}}<br>{{Choices}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}<br>"
                "<small>{{Explanation}}<br>{{Fact}} ({{Source}})</small>",
            }
        ],
    )
    deck = genanki.Deck(_id(f"factcheck deck {name}"), name)
    for question in questions:
        choices = "<br>".join(
            f"{i}. {html.escape(c)}" for i, c in enumerate(question.choices or (), 1)
        )
        fields = [
            html.escape(question.shown),
            choices,
            html.escape(question.answer),
            html.escape(question.fact),
            html.escape(question.source),
            html.escape(question.explanation),
        ]
        deck.add_note(
            genanki.Note(model=model, fields=fields, guid=genanki.guid_for(question.key))
        )
    genanki.Package(deck).write_to_file(str(path))
    return len(questions)
