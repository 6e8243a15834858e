"""Scoring the checker on a newsroom's own labelled claims: precision and recall per label,
the confusion matrix, and the two mistakes that matter most (false supports, true claims
refuted). The same numbers the project measures itself by."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.check.model import VERDICTS
from factcheck.errors import FactcheckError
from factcheck.messages import Msg


@dataclass(frozen=True)
class Labelled:
    """One labelled claim: its line in the file, the claim and the verdict it should get."""

    line: int
    claim: str
    label: str


@dataclass
class Score:
    """Counts of (label, verdict) pairs and what follows from them."""

    confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: {a: dict.fromkeys(VERDICTS, 0) for a in VERDICTS}
    )
    false_supports: list[int] = field(default_factory=list)  # lines: not true, called true
    true_refuted: list[int] = field(default_factory=list)  # lines: true, called false

    def add(self, item: Labelled, verdict: str) -> None:
        self.confusion[item.label][verdict] += 1
        if verdict == "supported" and item.label != "supported":
            self.false_supports.append(item.line)
        if verdict == "refuted" and item.label == "supported":
            self.true_refuted.append(item.line)

    @property
    def total(self) -> int:
        return sum(sum(row.values()) for row in self.confusion.values())

    @property
    def accuracy(self) -> float | None:
        right = sum(self.confusion[a][a] for a in VERDICTS)
        return right / self.total if self.total else None

    def precision(self, label: str) -> float | None:
        called = sum(self.confusion[a][label] for a in VERDICTS)
        return self.confusion[label][label] / called if called else None

    def recall(self, label: str) -> float | None:
        labelled = sum(self.confusion[label].values())
        return self.confusion[label][label] / labelled if labelled else None

    def record(self) -> dict[str, object]:
        """The JSON form of `check --score --json`."""
        return {
            "claims": self.total,
            "accuracy": self.accuracy,
            "labels": {
                a: {
                    "claims": sum(self.confusion[a].values()),
                    "precision": self.precision(a),
                    "recall": self.recall(a),
                }
                for a in VERDICTS
            },
            "confusion": self.confusion,
            "false_supports": self.false_supports,
            "true_refuted": self.true_refuted,
        }


def read_labelled(path: str) -> Iterator[Labelled]:
    """Labelled claims from JSON Lines ('-': stdin), one object a line with "claim" and
    "label"; other keys are ignored, blank lines skipped, a bad line stops with its number."""
    import sys

    if path != "-" and Path(path).is_dir():
        raise FactcheckError(Msg("{path}: is a directory, not a file of claims", path=path))
    try:
        stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise FactcheckError(
            Msg("{path}: cannot be read ({reason})", path=path, reason=exc.strerror or exc)
        ) from None
    with stream:
        try:
            yield from _rows(stream, path)
        except UnicodeDecodeError as exc:
            raise FactcheckError(
                Msg("{path}: not UTF-8 (byte {byte})", path=path, byte=exc.start)
            ) from None


def _rows(lines: Iterable[str], path: str) -> Iterator[Labelled]:
    for number, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            row = json.loads(text)
        except ValueError:
            raise FactcheckError(
                Msg("{path}:{line}: not a JSON object", path=path, line=number)
            ) from None
        claim = row.get("claim") if isinstance(row, dict) else None
        label = row.get("label") if isinstance(row, dict) else None
        if not isinstance(claim, str) or not claim.strip():
            raise FactcheckError(Msg('{path}:{line}: no "claim" text', path=path, line=number))
        if label not in VERDICTS:
            raise FactcheckError(
                Msg(
                    '{path}:{line}: "label" must be one of {labels}',
                    path=path,
                    line=number,
                    labels=", ".join(VERDICTS),
                )
            )
        yield Labelled(number, claim, str(label))
