"""A compiled checker: what `Checker` builds from a fact base, kept in an SQLite file.

The profiles of the facts, the index that finds candidate facts and the `may` index are
rows by position, id and key, so checking one claim reads the few dozen rows it needs, not
the whole base. The vocabulary and the rest are one pickled row. As with the fact store,
the file is written once, renamed into place and opened read-only; one that cannot be read
is a miss, and the checker is built again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar, overload

from factcheck.check.evidence import Indexes
from factcheck.check.judge import Checker
from factcheck.check.profile import Profile, profiles
from factcheck.check.vocab import build
from factcheck.facts import FactBase, StoreDamaged
from factcheck.store import compile_file, connect, dump, load
from factcheck.textnorm import PhraseMatcher

FORMAT = "factcheck-checker-7"  # 2: the vocabulary's phrases as rows; 3: series, timed facts;
# 4: the words of all facts; 5: denied clauses; 6: words outside what was sought;
# 7: counts that restate a list
SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE profiles (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, blob BLOB NOT NULL);
CREATE TABLE keys (key TEXT PRIMARY KEY, idf REAL, ids BLOB, may BLOB) WITHOUT ROWID;
CREATE TABLE phrases (phrase TEXT PRIMARY KEY, tags BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE prefixes (two TEXT PRIMARY KEY, phrases BLOB NOT NULL) WITHOUT ROWID;
"""
V = TypeVar("V")


class CheckerStore:
    """An open compiled checker; every lookup is one indexed row, remembered once read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = connect(path)
        self.by_pos: dict[int, Profile] = {}
        self.by_id: dict[str, Profile | None] = {}

    def reopen(self) -> None:
        """A new connection, for a forked worker (an SQLite connection must not cross a fork)."""
        self.db = connect(self.path)

    def discard(self) -> None:
        """Close and delete a damaged file, so the next run compiles it again."""
        self.db.close()
        self.path.unlink(missing_ok=True)

    def one(self, sql: str, *args: object) -> Any:
        try:
            return self.db.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            raise StoreDamaged(str(self.path)) from exc

    def profile_at(self, i: int) -> Profile:
        found = self.by_pos.get(i)
        if found is None:
            row = self.one("SELECT id, blob FROM profiles WHERE pos = ?", i)
            if row is None:
                raise IndexError(i)
            found = self.by_id.get(row[0]) or _profile(load(row[1], self.path))
            self.by_pos[i] = found
            self.by_id[row[0]] = found
        return found

    def profile(self, fact_id: str) -> Profile | None:
        if fact_id not in self.by_id:
            row = self.one("SELECT pos, blob FROM profiles WHERE id = ?", fact_id)
            found = None if row is None else _profile(load(row[1], self.path))
            self.by_id[fact_id] = found
            if row is not None and found is not None:
                self.by_pos[row[0]] = found
        return self.by_id[fact_id]


def _profile(value: object) -> Profile:
    if not isinstance(value, Profile):
        raise StoreDamaged("not a profile")
    return value


class Profiles(Sequence[Profile]):
    """The checker's profiles by position, read on demand."""

    def __init__(self, store: CheckerStore, count: int) -> None:
        self.store, self.size = store, count

    @overload
    def __getitem__(self, i: int) -> Profile: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Profile]: ...
    def __getitem__(self, i: int | slice) -> Profile | Sequence[Profile]:
        if isinstance(i, slice):
            return [self.store.profile_at(j) for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        return self.store.profile_at(i)

    def __len__(self) -> int:
        return self.size


class ById(Mapping[str, Profile]):
    """The checker's profiles by fact id, read on demand."""

    def __init__(self, store: CheckerStore) -> None:
        self.store = store

    def __getitem__(self, fact_id: str) -> Profile:
        found = self.store.profile(fact_id)
        if found is None:
            raise KeyError(fact_id)
        return found

    def __contains__(self, fact_id: object) -> bool:
        return isinstance(fact_id, str) and self.store.profile(fact_id) is not None

    def __iter__(self) -> Iterator[str]:
        rows = self.store.db.execute("SELECT id FROM profiles ORDER BY pos")
        return (fact_id for (fact_id,) in rows)

    def __len__(self) -> int:
        return int(self.store.one("SELECT count(*) FROM profiles")[0])


class Column(Mapping[str, V]):
    """One column of the `keys` table (idf, ids or may) as a read-only mapping."""

    def __init__(self, store: CheckerStore, column: str, pickled: bool) -> None:
        self.store, self.column, self.pickled = store, column, pickled
        self.memo: dict[str, Any] = {}
        self.sql = f"SELECT {column} FROM keys WHERE key = ?"

    def _value(self, key: str) -> Any:
        if key not in self.memo:
            row = self.store.one(self.sql, key)
            value = None if row is None else row[0]
            if value is not None and self.pickled:
                value = load(value, self.store.path)
            self.memo[key] = value
        return self.memo[key]

    def __getitem__(self, key: str) -> V:
        value = self._value(key)
        if value is None:
            raise KeyError(key)
        return value  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._value(key) is not None

    def __iter__(self) -> Iterator[str]:
        sql = f"SELECT key FROM keys WHERE {self.column} IS NOT NULL"
        return (key for (key,) in self.store.db.execute(sql))

    def __len__(self) -> int:
        sql = f"SELECT count(*) FROM keys WHERE {self.column} IS NOT NULL"
        return int(self.store.one(sql)[0])


class Rows(Mapping[str, Any]):
    """A table of (key, pickled value) rows as a read-only mapping, read row by row: the
    vocabulary's phrases and their first two characters, so that opening a checker does
    not load every word it knows."""

    def __init__(self, store: CheckerStore, table: str, key: str, value: str) -> None:
        self.store, self.table, self.key = store, table, key
        self.memo: dict[str, Any] = {}
        self.sql = f"SELECT {value} FROM {table} WHERE {key} = ?"

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self.memo:
            row = self.store.one(self.sql, key)
            self.memo[key] = None if row is None else load(row[0], self.store.path)
        found = self.memo[key]
        return default if found is None else found

    def __getitem__(self, key: str) -> Any:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self.store.db.execute(f"SELECT {self.key} FROM {self.table}"))

    def __len__(self) -> int:
        return int(self.store.one(f"SELECT count(*) FROM {self.table}")[0])


def open_checker(path: Path, base: FactBase) -> Checker | None:
    """The compiled checker at `path` on this base, or None if it cannot be used."""
    if not path.is_file():
        return None
    try:
        store = CheckerStore(path)
        row = store.one("SELECT value FROM meta WHERE name = 'format'")
        if row is None or row[0] != FORMAT.encode():
            return None
        row = store.one("SELECT value FROM meta WHERE name = 'state'")
        state = load(row[0], path)
    except (sqlite3.Error, StoreDamaged):
        return None
    if not isinstance(state, dict) or state.get("count") != len(base) or "matcher" not in state:
        return None
    voc = state["attributes"]["voc"]
    singles, firsts = state["matcher"]
    voc.tags = Rows(store, "phrases", "phrase", "tags")
    voc.matcher = PhraseMatcher(Rows(store, "prefixes", "two", "phrases"), singles, firsts)
    checker = Checker.__new__(Checker)
    checker.__dict__.update(state["attributes"])
    checker.base = base
    checker._memo, checker._readings, checker.told, checker._words = {}, {}, {}, {}
    checker.profiles = Profiles(store, state["count"])
    checker.by_id = ById(store)
    checker.index = Column(store, "ids", pickled=True)
    checker.idf = Column(store, "idf", pickled=False)
    checker.may = Column(store, "may", pickled=True)
    checker.store = store
    return checker


def compile_checker(base: FactBase, path: Path) -> None:
    """Compile the checker of a base into a file at `path`, atomically, one fact at a time:
    each fact's profile is written as soon as it is read and only the indexes grow, so a
    large base compiles without all its profiles in memory."""
    shell = Checker.__new__(Checker)  # what reading a fact needs: the base, its vocabulary
    shell.base, shell.voc, shell.store = base, build(base), None
    shell._memo, shell._ancestors, shell._alias_norms, shell._words = {}, {}, {}, {}
    indexes = Indexes(shell)

    def fill(db: sqlite3.Connection) -> None:
        for p in profiles(base, shell.voc):
            indexes.add(p)
            db.execute("INSERT INTO profiles VALUES (?, ?, ?)", (p.pos, p.fact.id, dump(p)))
        idf, index, may = indexes.idf(), indexes.index, indexes.may
        db.executemany(
            "INSERT INTO keys VALUES (?, ?, ?, ?)",
            (
                (
                    k,
                    idf.get(k),
                    dump(list(index[k])) if k in index else None,
                    dump(frozenset(may[k])) if k in may else None,
                )
                for k in sorted(set(index) | set(may))
            ),
        )
        voc, matcher = shell.voc, shell.voc.matcher
        assert matcher is not None
        db.executemany(
            "INSERT INTO phrases VALUES (?, ?)", ((k, dump(v)) for k, v in voc.tags.items())
        )
        db.executemany(
            "INSERT INTO prefixes VALUES (?, ?)",
            ((k, dump(list(v))) for k, v in matcher.by_two.items()),
        )
        attributes = {
            "voc": voc.without_phrases(),  # the phrases are the rows above
            "last_day": indexes.final_last_day(),
            "series": frozenset(indexes.series),
            "timed": tuple(indexes.timed),
            "series_lasts": indexes.lasts,
            "_ancestors": shell._ancestors,
            "words": frozenset(indexes.words),
            "_alias_norms": {},
        }
        state = {
            "count": indexes.count,
            "attributes": attributes,
            "matcher": (matcher.singles, matcher.firsts),
        }
        db.execute("INSERT INTO meta VALUES ('state', ?)", (dump(state),))
        db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT.encode(),))

    compile_file(path, SCHEMA, fill)


__all__ = ["CheckerStore", "compile_checker", "open_checker"]
