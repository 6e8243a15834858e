"""A compiled fact base: SQLite files per set of fact files, opened rather than loaded.

Facts are rows (a pickled `Fact` each, by position and id, with an index on `part_of`), and
the search index, compiled on the first search, is rows by term, so `show` reads the facts
it prints and `search` the postings of its terms, whatever the size of the base. The file is written once under a
temporary name and renamed into place, then only ever opened read-only; a file that cannot
be opened or is of another format is a miss, and the fact files are compiled again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from factcheck.facts import Fact, FactBase, StoreDamaged

__all__ = [
    "Store",
    "StoreDamaged",
    "compile_file",
    "connect",
    "dump",
    "load",
    "write",
    "write_search",
]

FORMAT = "factcheck-store-1"
DIGEST = 16  # bytes of BLAKE2b before every blob: a damaged row is caught when it is read
SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE facts (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, part_of TEXT,
                    blob BLOB NOT NULL);
CREATE INDEX facts_part_of ON facts (part_of);
CREATE TABLE postings (term TEXT PRIMARY KEY, idf REAL NOT NULL, posts BLOB NOT NULL)
    WITHOUT ROWID;
CREATE TABLE names (name TEXT NOT NULL, pos INTEGER NOT NULL);
CREATE INDEX names_name ON names (name);
"""
MMAP_BYTES = 256 * 2**20


def connect(path: Path) -> sqlite3.Connection:
    """A compiled file opened read-only, as never changing (no locks), and memory-mapped."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return db


class Store:
    """A compiled base opened read-only; every method reads only the rows it needs."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.db = connection
        self.path = path
        self._count: int | None = None

    @classmethod
    def open(cls, path: Path) -> Store | None:
        """The store at `path`, or None if it is missing, damaged or of another format."""
        if not path.is_file():
            return None
        try:
            db = connect(path)
            row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
            if row is None or row[0] != FORMAT.encode():
                db.close()
                return None
        except sqlite3.Error:
            return None
        return cls(db, path)

    def _one(self, sql: str, *args: object) -> Any:
        try:
            return self.db.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            raise StoreDamaged(str(self.path)) from exc

    def _all(self, sql: str, *args: object) -> list[Any]:
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise StoreDamaged(str(self.path)) from exc

    def _load(self, blob: bytes) -> Any:
        return load(blob, self.path)

    def reopen(self) -> None:
        """A new connection, for a forked worker (an SQLite connection must not cross a fork)."""
        self.db = connect(self.path)

    def discard(self) -> None:
        """Close and delete a damaged store, so the next run compiles it again."""
        self.db.close()
        self.path.unlink(missing_ok=True)

    def meta(self, name: str) -> Any:
        row = self._one("SELECT value FROM meta WHERE name = ?", name)
        return self._load(row[0]) if row else None

    def base(self) -> FactBase:
        """The fact base this store holds, its facts left in the file until asked for."""
        paths, notes, key, lexicon, fields = self.meta("base")
        return FactBase(
            paths=paths, notes=notes, key=key, lexicon=lexicon, store=self, fields=fields
        )

    # ---- facts -----------------------------------------------------------------------

    def count(self) -> int:
        if self._count is None:
            self._count = int(self._one("SELECT count(*) FROM facts")[0])
        return self._count

    def all_facts(self) -> tuple[Fact, ...]:
        return tuple(self._load(b) for (b,) in self._all("SELECT blob FROM facts ORDER BY pos"))

    def iter_facts(self) -> Iterator[Fact]:
        """The facts in order, one row at a time (none kept)."""
        try:
            for (blob,) in self.db.execute("SELECT blob FROM facts ORDER BY pos"):
                yield self._fact(blob)
        except sqlite3.Error as exc:
            raise StoreDamaged(str(self.path)) from exc

    def get(self, fact_id: str) -> Fact | None:
        row = self._one("SELECT blob FROM facts WHERE id = ?", fact_id)
        return self._fact(row[0]) if row else None

    def at(self, i: int) -> Fact:
        row = self._one("SELECT blob FROM facts WHERE pos = ?", i)
        if row is None:
            raise IndexError(i)
        return self._fact(row[0])

    def children(self, fact_id: str) -> tuple[Fact, ...]:
        rows = self._all("SELECT blob FROM facts WHERE part_of = ? ORDER BY pos", fact_id)
        return tuple(self._fact(blob) for (blob,) in rows)

    def _fact(self, blob: bytes) -> Fact:
        fact = self._load(blob)
        if not isinstance(fact, Fact):
            raise StoreDamaged(str(self.path))
        return fact

    # ---- search ----------------------------------------------------------------------

    def posting(self, term: str) -> tuple[float, dict[int, float]] | None:
        """A term's inverse document frequency and its weight in each fact that holds it."""
        row = self._one("SELECT idf, posts FROM postings WHERE term = ?", term)
        return (row[0], self._load(row[1])) if row else None

    def named(self, name: str) -> set[int]:
        """Positions of the facts whose id or one of whose names this is."""
        return {pos for (pos,) in self._all("SELECT pos FROM names WHERE name = ?", name)}

    def terms(self) -> list[str]:
        return [t for (t,) in self._all("SELECT term FROM postings")]


def dump(value: object) -> bytes:
    """A value pickled, behind its digest."""
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    return hashlib.blake2b(data, digest_size=DIGEST).digest() + data


def load(blob: bytes, path: Path) -> Any:
    """The value `dump` wrote; StoreDamaged if the digest or the pickle is not right."""
    data = blob[DIGEST:]
    if hashlib.blake2b(data, digest_size=DIGEST).digest() != blob[:DIGEST]:
        raise StoreDamaged(str(path))
    try:
        return pickle.loads(data)
    except Exception as exc:
        raise StoreDamaged(str(path)) from exc


def compile_file(path: Path, schema: str, fill: Callable[[sqlite3.Connection], None]) -> None:
    """Write an SQLite file at `path` atomically: `fill` puts the rows in, then the file is
    renamed into place, so readers see the old file or the whole new one."""
    import tempfile  # only when compiling

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + schema)
            fill(db)
            db.commit()
        finally:
            db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write(path: Path, base: FactBase) -> None:
    """Compile a fact base into a store at `path`."""

    def fill(db: sqlite3.Connection) -> None:
        db.executemany(
            "INSERT INTO facts VALUES (?, ?, ?, ?)",
            ((i, f.id, f.part_of, dump(f)) for i, f in enumerate(base)),
        )
        state = (base.paths, base.notes, base.key, dict(base.lexicon), dict(base.fields))
        db.execute("INSERT INTO meta VALUES ('base', ?)", (dump(state),))
        db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT.encode(),))

    compile_file(path, SCHEMA, fill)


def write_search(path: Path, search: Any) -> None:
    """Compile a `SearchIndex` into a store at `path` (its postings, names and periods)."""

    def fill(db: sqlite3.Connection) -> None:
        db.executemany(
            "INSERT INTO postings VALUES (?, ?, ?)",
            (
                (t, search.idf[t], dump(dict(zip(*posts, strict=True))))
                for t, posts in search.postings.items()
            ),
        )
        db.executemany("INSERT INTO names VALUES (?, ?)", _names(search.names.items()))
        db.execute("INSERT INTO meta VALUES ('periods', ?)", (dump(search.periods),))
        db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT.encode(),))

    compile_file(path, SCHEMA, fill)


def _names(items: Iterable[tuple[str, set[int]]]) -> Iterator[tuple[str, int]]:
    for name, positions in items:
        for pos in positions:
            yield name, pos
