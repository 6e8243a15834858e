"""Regular expressions compiled once and kept between runs.

The checker's expressions (dates, times, numbers, the lexicon's phrases) cost 20–30 ms to
compile at every start, a tenth of a whole `factcheck check`. CPython compiles a
pattern in two steps: Python code parses it into a program of integers, which the C
engine (`_sre.compile`) then checks and loads in microseconds. The first step is what
costs, so its programs are kept in a small file in the cache directory, one per Python
build, and read back with `marshal`. Any failure (another interpreter, a changed engine,
a damaged file, a cache that cannot be written) falls back to `re.compile`: a slower
start, never a different match.
"""

from __future__ import annotations

import os
import re
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from pathlib import Path

LIMIT = 4000  # programs kept; past this the file starts again from this run's patterns

# (pattern, flags) -> what `_sre.compile` takes after the pattern: flags, code, groups,
# group index, index group. None: not loaded yet; False: this interpreter cannot use it.
_table: dict[tuple[str, int], tuple[object, ...]] | bool | None = None
_added: dict[tuple[str, int], tuple[object, ...]] = {}
_where: Path | None = None  # the file the table came from, and where it goes back


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the kept program when there is one."""
    table = _load()
    if table is None:
        return re.compile(pattern, flags)
    import _sre  # type: ignore[import-not-found]  # the engine re.compile feeds

    key = (pattern, int(flags))
    entry = table.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
        except Exception:  # a program this engine refuses: compile it again below
            table.pop(key, None)
    try:
        entry = _program(pattern, int(flags))
        compiled = _sre.compile(pattern, *entry)
    except Exception:  # an interpreter whose compiler differs: the standard way
        return re.compile(pattern, flags)
    if not _added:
        import atexit

        atexit.register(save)
    table[key] = _added[key] = entry
    return compiled  # type: ignore[no-any-return]


def _program(pattern: str, flags: int) -> tuple[object, ...]:
    """What `re.compile` hands to `_sre.compile`, as `re._compiler.compile` builds it."""
    if sys.version_info >= (3, 11):
        from re import _compiler, _parser
    else:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler
        import sre_parse as _parser
    parsed = _parser.parse(pattern, flags)
    # the opcodes are named ints, which marshal cannot keep: plain ones
    code = [int(op) for op in _compiler._code(parsed, flags)]  # type: ignore[attr-defined]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def path() -> Path | None:
    """The file of kept programs for this Python build, or None when caching is off."""
    if sys.implementation.name != "cpython":
        return None
    from factcheck.cache import Cache

    cache = Cache.from_env(os.environ)
    if cache is None:
        return None
    import _sre
    import marshal

    tag = f"{sys.hexversion:x}-{_sre.MAGIC}-{marshal.version}"
    return cache.directory / f"regex-{tag}.marshal"


def _load() -> dict[tuple[str, int], tuple[object, ...]] | None:
    global _table, _where
    if _table is None:
        _table = False
        try:
            _where = path()
        except Exception:
            _where = None
        if _where is not None:
            _table = _read(_where)
    return _table if isinstance(_table, dict) else None


def _read(where: Path) -> dict[tuple[str, int], tuple[object, ...]]:
    import marshal

    try:
        with open(where, "rb") as fh:
            found = marshal.loads(fh.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def save() -> None:
    """Write this run's new programs beside those already kept (at exit, once), into the
    file they were looked for in: the environment may have changed since."""
    where = _where
    if not _added or where is None:
        return
    try:
        import marshal

        kept = _read(where)
        kept = {**kept, **_added} if len(kept) + len(_added) <= LIMIT else dict(_added)
        where.parent.mkdir(parents=True, exist_ok=True)
        partial = where.with_name(f"{where.name}.{os.getpid()}")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(kept))
        os.replace(partial, where)
    except (OSError, ValueError):
        return  # a cache that cannot be written: compiled again next time
    _added.clear()


def reset() -> None:
    """Forget the loaded table and its file (for tests that change the cache directory)."""
    global _table, _where
    _table, _where = None, None
    _added.clear()
