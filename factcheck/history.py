"""The quiz history: every answer in SQLite the moment it is given, and an FSRS card per
fact that schedules when it comes back. Safe for two quizzes at once (WAL, short
transactions); a damaged database is moved aside and a new one started, never discarded."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.messages import Msg

ENV_HOME = "FACTCHECK_HOME"
SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    fact TEXT NOT NULL,
    type TEXT NOT NULL,
    correct INTEGER NOT NULL,
    reply TEXT NOT NULL,
    cram INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_fact ON answers (fact);
CREATE TABLE IF NOT EXISTS cards (
    fact TEXT PRIMARY KEY,
    card TEXT NOT NULL,
    due TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS flags (
    question TEXT PRIMARY KEY,
    prompt TEXT NOT NULL,
    at TEXT NOT NULL
);
"""
RATINGS = ("again", "hard", "good", "easy")


def data_dir(environ: Mapping[str, str]) -> Path:
    """FACTCHECK_HOME, else the user data directory (~/.local/share/factcheck on Linux)."""
    home = environ.get(ENV_HOME)
    if home:
        return Path(home)
    from factcheck.cache import user_dir

    return user_dir("data")


def card_id(fact: str) -> int:
    """A stable integer id for a fact's card."""
    return int(hashlib.sha256(fact.encode()).hexdigest()[:12], 16)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class Opened:
    """The history, and what had to be done to open it (a damaged file moved aside)."""

    history: History
    warning: str | None = None


class History:
    """Answers and cards of one user."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(SCHEMA)

    @classmethod
    def open(cls, environ: Mapping[str, str]) -> Opened:
        """Open (or create) the history; a damaged database is moved aside and replaced."""
        directory = data_dir(environ)
        path = directory / "history.sqlite3"
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FactcheckError(
                Msg(
                    "cannot create the data directory {path}: {reason}",
                    path=directory,
                    reason=exc.strerror or exc,
                )
            ) from None
        try:
            history = cls(path)
            check = history.db.execute("PRAGMA quick_check").fetchone()
            if check and check[0] != "ok":
                raise sqlite3.DatabaseError(str(check[0]))
            return Opened(history)
        except sqlite3.DatabaseError as exc:
            if not path.exists() or (
                isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc)
            ):
                raise FactcheckError(
                    Msg("cannot open the history {path}: {reason}", path=path, reason=exc)
                ) from None
            aside = path.with_name(f"history.sqlite3.damaged-{now():%Y%m%dT%H%M%S}")
            try:
                os.replace(path, aside)
                for suffix in ("-wal", "-shm"):
                    extra = path.with_name(path.name + suffix)
                    if extra.exists():
                        os.replace(extra, aside.with_name(aside.name + suffix))
                history = cls(path)
            except (OSError, sqlite3.Error) as again:
                raise FactcheckError(
                    Msg(
                        "the history {path} is damaged and cannot be replaced: {reason}",
                        path=path,
                        reason=again,
                    )
                ) from None
            return Opened(
                history,
                Msg(
                    "the history {path} was damaged ({reason}); it was moved to {aside} and a new one started",
                    path=path,
                    reason=exc,
                    aside=aside.name,
                ),
            )

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def record(
        self,
        fact: str,
        qtype: str,
        correct: bool,
        reply: str,
        cram: bool = False,
        rating: str | None = None,
    ) -> None:
        """Store one answer now (its own transaction) and, unless cramming, reschedule the
        fact's card by the learner's rating (again, hard, good, easy); without one, right
        is Good and wrong is Again."""
        from fsrs import Card, Rating, Scheduler

        at = now()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO answers (fact, type, correct, reply, cram, at) VALUES (?, ?, ?, ?, ?, ?)",
                (fact, qtype, int(correct), reply, int(cram), at.isoformat()),
            )
            if cram:
                return
            row = db.execute("SELECT card FROM cards WHERE fact = ?", (fact,)).fetchone()
            card = Card.from_dict(json.loads(row[0])) if row else Card(card_id=card_id(fact))
            scheduler = Scheduler(enable_fuzzing=False)
            grade = Rating[rating.capitalize()] if rating in RATINGS else None
            grade = grade or (Rating.Good if correct else Rating.Again)
            card, _ = scheduler.review_card(card, grade, at)
            db.execute(
                "INSERT OR REPLACE INTO cards (fact, card, due) VALUES (?, ?, ?)",
                (fact, json.dumps(card.to_dict()), card.due.isoformat()),
            )

    def due(self, when: dt.datetime | None = None) -> list[str]:
        """Facts whose cards are due, most overdue first."""
        moment = (when or now()).isoformat()
        rows = self.db.execute("SELECT fact FROM cards WHERE due <= ? ORDER BY due", (moment,))
        return [r[0] for r in rows]

    def weak(self, limit: int = 20) -> list[tuple[str, int, int]]:
        """Facts most often missed: (fact, misses, answers)."""
        rows = self.db.execute(  # answers given cramming do not drive the review
            "SELECT fact, SUM(1 - correct) AS misses, COUNT(*) FROM answers WHERE cram = 0 "
            "GROUP BY fact HAVING misses > 0 ORDER BY misses DESC, fact LIMIT ?",
            (limit,),
        )
        return [(r[0], int(r[1]), int(r[2])) for r in rows]

    def answers(self) -> list[tuple[str, str, bool, str]]:
        rows = self.db.execute("SELECT fact, type, correct, at FROM answers ORDER BY id")
        return [(r[0], r[1], bool(r[2]), r[3]) for r in rows]

    def due_between(self, start: dt.datetime, end: dt.datetime) -> list[str]:
        rows = self.db.execute(
            "SELECT fact FROM cards WHERE due > ? AND due <= ? ORDER BY due",
            (start.isoformat(), end.isoformat()),
        )
        return [r[0] for r in rows]

    def flag(self, question: str, prompt: str) -> None:
        """Remember a question the learner marked as bad: it is not asked again."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO flags (question, prompt, at) VALUES (?, ?, ?)",
                (question, prompt, now().isoformat()),
            )

    def flagged(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT question FROM flags")}

    def schedule(self) -> list[tuple[str, str]]:
        """Every fact's card by when it is due: (fact, ISO time), soonest first."""
        return [(r[0], r[1]) for r in self.db.execute("SELECT fact, due FROM cards ORDER BY due")]

    def reset(self) -> int:
        """Forget every answer and card; returns how many answers there were."""
        with self._transaction() as db:
            count = int(db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])
            db.execute("DELETE FROM answers")
            db.execute("DELETE FROM cards")
            db.execute("DELETE FROM flags")
        return count

    def close(self) -> None:
        self.db.close()


def summary(
    history: History, kinds: Mapping[str, str], tags: Mapping[str, tuple[str, ...]]
) -> dict[str, Any]:
    """Numbers for `factcheck stats`: answers, accuracy by kind and tag, streak, due, missed."""
    answers = history.answers()
    total = len(answers)
    right = sum(1 for _, _, ok, _ in answers if ok)

    def accuracy(groups: dict[str, list[bool]]) -> dict[str, dict[str, float | int]]:
        return {
            k: {"answers": len(v), "accuracy": round(sum(v) / len(v), 3)}
            for k, v in sorted(groups.items())
        }

    by_kind: dict[str, list[bool]] = {}
    by_tag: dict[str, list[bool]] = {}
    for fact, _, ok, _ in answers:
        by_kind.setdefault(kinds.get(fact, "?"), []).append(ok)
        for tag in tags.get(fact, ()):
            by_tag.setdefault(tag, []).append(ok)
    days = sorted({dt.datetime.fromisoformat(at).date() for _, _, _, at in answers}, reverse=True)
    streak = 0
    today = now().date()
    for offset, day in enumerate(days):
        if day != today - dt.timedelta(days=offset + (0 if days[0] == today else 1)):
            break
        streak += 1
    moment = now()
    by_day: dict[str, list[bool]] = {}
    for _, _, ok, at in answers:
        by_day.setdefault(dt.datetime.fromisoformat(at).date().isoformat(), []).append(ok)
    trend = [
        {"day": day, "answers": len(oks), "accuracy": round(sum(oks) / len(oks), 3)}
        for day, oks in sorted(by_day.items())[-14:]
    ]
    return {
        "answers": total,
        "correct": right,
        "accuracy": round(right / total, 3) if total else None,
        "by_kind": accuracy(by_kind),
        "by_tag": accuracy(by_tag),
        "streak_days": streak,
        "due_now": history.due(moment),
        "due_soon": history.due_between(moment, moment + dt.timedelta(days=1)),
        "most_missed": [{"fact": f, "misses": m, "answers": n} for f, m, n in history.weak(10)],
        "next_due": [{"fact": f, "due": due} for f, due in history.schedule()],
        "trend": trend,
    }
