"""Where compiled fact bases and checkers live, keyed by the files' names and bytes.

Parsing and validating TOML is most of the cost of loading a fact base; a compiled store
(`factcheck.store`, `factcheck.check.stored`) opens in a fraction of that. The key covers
every byte of every file and this code's version, and every row carries a digest, so a
stale or damaged entry is never used: it is a miss, and the files are read again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from factcheck import __version__

CACHE_FORMAT = 2  # 2: compiled SQLite stores instead of pickles
ENV_DIR = "FACTCHECK_CACHE"
ENV_OFF = "FACTCHECK_NO_CACHE"
KEEP = 8  # entries of one kind kept; older ones are removed when a new one is written


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the package's own source and data files (the lexicon and schema, and
    the Traditional-only characters, which decide how text is read): name, size and mtime of
    each (an edit changes them; reading every module at each start-up would cost more)."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    files = [*here.glob("**/*.py"), *here.glob("**/*.toml"), *here.glob("data/*.txt")]
    for path in sorted(files):
        info = path.stat()
        digest.update(f"{path.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


class Cache:
    """Compiled files in one directory; every failure is a miss, never an error."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Cache | None:
        """The user's cache directory, FACTCHECK_CACHE if set; None if FACTCHECK_NO_CACHE."""
        if environ.get(ENV_OFF):
            return None
        override = environ.get(ENV_DIR)
        if override:
            return cls(Path(override))
        return cls(user_dir("cache"))

    @staticmethod
    def key(kind: str, names: Sequence[str], blobs: Sequence[bytes]) -> str:
        """`kind-<sha256>` over this code (every module's bytes) and every file's name and
        bytes: a new release or a local edit of the code is a new key, never a stale hit."""
        digest = hashlib.sha256(f"{CACHE_FORMAT}\0{__version__}\0{code_fingerprint()}".encode())
        for name, blob in zip(names, blobs, strict=True):
            digest.update(f"\0{name}\0{len(blob)}\0".encode())
            digest.update(blob)
        return f"{kind}-{digest.hexdigest()}"

    def path(self, kind: str, key: str) -> Path:
        """Where the compiled file of one kind (facts, search, checker) for the files of
        this key lives."""
        return self.directory / f"{kind}-{key.split('-', 1)[-1]}.sqlite"

    def compile(self, kind: str, key: str, write: Callable[[Path], None]) -> bool:
        """Write a compiled file with `write` and keep the newest few of its kind; False
        when the cache cannot be written (a miss next time, never an error)."""
        import sqlite3

        try:
            write(self.path(kind, key))
            self.prune(kind)
        except (OSError, sqlite3.Error):
            return False
        return True

    def prune(self, kind: str) -> None:
        entries = sorted(
            self.directory.glob(f"{kind}-*.sqlite"),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)


_XDG = {"cache": ("XDG_CACHE_HOME", ".cache"), "data": ("XDG_DATA_HOME", ".local/share")}


def user_dir(kind: str) -> Path:
    """The user's cache or data directory for factcheck, as platformdirs gives it. On Linux
    it is read from the XDG variables directly: platformdirs' Unix module imports tempfile,
    shutil and random, about 9 ms of every command's start-up."""
    import os
    import sys

    if sys.platform.startswith("linux"):
        name, default = _XDG[kind]
        base = os.environ.get(name, "").strip() or os.path.join(os.path.expanduser("~"), default)
        return Path(base) / "factcheck"
    import platformdirs

    found = platformdirs.user_cache_dir if kind == "cache" else platformdirs.user_data_dir
    return Path(found("factcheck"))
