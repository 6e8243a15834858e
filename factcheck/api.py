"""The Python API: what the `factcheck` commands do, as functions that return data.

Scripts are first-class users, so this is a small, typed facade over the library that
never prints and goes through the same code paths as the command line: the same fact
files and compiled cache, the same checker, the same quiz questions, the same errors.
Everything a caller can get wrong (a bad fact file, an unknown id, a bad option value)
raises `factcheck.errors.FactcheckError` or one of its subclasses.

The names are re-exported lazily by `factcheck/__init__.py`; what is public is listed in
`factcheck.__all__` (see docs/api.md). `check`, `search` and `quiz` are the names of
subpackages (`factcheck.check`, ...), so the functions are `check_claim`, `search_facts`
and `make_quiz`: a package attribute cannot be both a module and a function.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError
from factcheck.facts import Fact, FactBase, Lang, Problem

if TYPE_CHECKING:
    from factcheck.check import Verdict
    from factcheck.lookup import Filter
    from factcheck.quiz import Question
    from factcheck.search import Hit

__all__ = [
    "check_claim",
    "check_many",
    "load",
    "make_quiz",
    "search_facts",
    "show",
    "timeline",
    "to_dict",
    "validate",
]

StrPath = str | os.PathLike[str]
Names = str | Iterable[str]  # one kind, tag or question type, or several


def load(*paths: StrPath) -> FactBase:
    """The fact base: the embedded one when no path is given, else these fact files as one
    base (FACTCHECK_FACTS is not read: a script says which files it means).

    Opened from the compiled cache when the files have not changed, as the CLI does.
    Raises FactFileError (a FactcheckError; `.problems` lists the errors) for a file
    that is missing, unreadable or invalid.
    """
    from factcheck.loader import load_facts

    return load_facts([Path(p) for p in paths])


def show(base: FactBase, *ids: str) -> list[Fact]:
    """Facts by id, each once, in the order asked (ids as people type them: any case,
    `_` or spaces for `-`). Raises NotFoundError (a FactcheckError) for an unknown id,
    with the closest ids in its message, as `factcheck show` does."""
    from factcheck.lookup import get_facts

    return get_facts(base, ids)


def search_facts(
    base: FactBase,
    query: str,
    *,
    kind: Names = (),
    tag: Names = (),
    limit: int = 10,
) -> list[Hit]:
    """Ranked free-text search (Chinese or English words, numbers, dates), best first, as
    `factcheck search`: each Hit has `.fact` and `.score` (higher is better; inf for an
    exact id or name). `kind`/`tag` keep facts of any of these kinds/tags. An empty list
    when nothing matches; FactcheckError for an empty query, an unknown kind or tag, or
    a limit below 1."""
    from factcheck.search import search

    text = query.strip()
    if not text:
        raise FactcheckError("the search query is empty")
    if limit < 1:
        raise FactcheckError(f"limit must be at least 1, not {limit}")
    keep = _filter(base, kind, tag)
    return search(base, text, keep=keep.keep, limit=limit)


def timeline(
    base: FactBase,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    *,
    kind: Names = (),
    tag: Names = (),
) -> list[Fact]:
    """Dated facts in order, as `factcheck timeline`: a period or month is kept when it
    overlaps [start, end]. Dates are `datetime.date`s or text the CLI reads ("2024-06",
    "June 10 2024", "2024年6月10日"; a month alone means its first day for `start` and its
    last for `end`). FactcheckError for an unreadable date or end before start."""
    from factcheck.lookup import timeline as run_timeline

    first, last = _day("start", start, False), _day("end", end, True)
    return run_timeline(base, first, last, _filter(base, kind, tag))


def check_claim(claim: str, base: FactBase | None = None) -> Verdict:
    """Check one claim (Chinese or English) against the base (default: the embedded one):
    `.verdict` is supported, refuted, not_enough_info or disputed; `.explanation`,
    `.corrections`, `.assertions` say why. The checker is the CLI's (compiled and cached
    per base), so the verdict is the one `factcheck check` gives. FactcheckError for an
    empty claim, as the CLI says."""
    from factcheck.check import checker_for

    if not claim.strip():
        raise FactcheckError("a claim is empty")
    return checker_for(load() if base is None else base).check(claim)


def check_many(
    claims: Iterable[str], base: FactBase | None = None, jobs: int = 1
) -> Iterator[Verdict]:
    """Check claims in bulk, one Verdict per claim in input order, as `factcheck check
    --file` does; a blank claim is not refused but answered not_enough_info, so the
    verdicts pair up with the claims. `claims` is read lazily, so a
    large file can be streamed; with `jobs` > 1, at least 256 claims are shared out over
    that many processes (fewer are checked here: starting processes would cost more)."""
    from factcheck.batch import Item

    if isinstance(claims, str):
        raise TypeError("claims is one string: pass a list of claims, or use check_claim")
    if jobs < 1:
        raise FactcheckError(f"jobs must be at least 1, not {jobs}")
    items = (Item(n, claim) for n, claim in enumerate(claims, 1))
    return _verdicts(load() if base is None else base, items, jobs)


def _verdicts(base: FactBase, items: Iterable[Any], jobs: int) -> Iterator[Verdict]:
    from factcheck.batch import check_all

    for _, verdict in check_all(base, items, jobs):
        assert verdict is not None  # every item has a claim
        yield verdict


def validate(*paths: StrPath) -> list[Problem]:
    """Every problem in these fact files read as one base (default: the embedded file),
    as `factcheck validate`: syntax, fields, types, ids, links, dates, arithmetic. Each
    has `.path`, `.line`, `.severity` (error, warning or note) and `.message`; the files
    are valid when no problem is an error. Never raises for a bad file: that is a
    problem in the list."""
    from factcheck.loader import embedded_path, validate_files

    files = list(dict.fromkeys(Path(p) for p in paths)) or [embedded_path()]
    return validate_files(files)[1]


def make_quiz(
    base: FactBase | None = None,
    *,
    count: int = 10,
    lang: Lang = "en",
    seed: int | None = None,
    types: Names | None = None,
    kind: Names = (),
    tag: Names = (),
) -> list[Question]:
    """Up to `count` quiz questions with their answers: the fair, checker-vetted ones
    `factcheck quiz --export` writes (the same seed gives the same quiz); `types` are
    any of choice, typed, truefalse, order (default: all). Each Question
    has `.type`, `.prompt`, `.choices` (None for typed answers), `.answer`, `.fact`,
    `.source`. Fewer come back when fewer fair questions can be made; FactcheckError for
    a count below 1, an unknown language, question type, kind or tag."""
    from factcheck import quiz as quizzes

    if count < 1:
        raise FactcheckError(f"count must be at least 1, not {count}")
    if lang not in ("en", "zh"):
        raise FactcheckError(f"unknown language {lang!r}; use 'en' or 'zh'")
    wanted = quizzes.TYPES if types is None else tuple(t.strip().lower() for t in _names(types))
    for t in wanted:
        if t not in quizzes.TYPES:
            raise FactcheckError(
                f"unknown question type {t!r}; types are: {', '.join(quizzes.TYPES)}"
            )
    if base is None:
        base = load()
    keep = _filter(base, kind, tag)
    vet = quizzes.checked_by(base)
    return quizzes.generate(base, lang, count, seed, wanted, keep, (), vet)


def to_dict(obj: Verdict | Fact | Hit | Question | Problem, *, line: int = 1) -> dict[str, Any]:
    """The JSON object the CLI prints for a result, so a script can emit the same shape:
    a Verdict as one `check --json` line (`line` is its "line" field), a Fact as in
    `show --json`, a Hit as in `search --json` (the fact with its "score"), a Question as
    in `quiz --export`, a Problem as in `validate --json`."""
    from factcheck import render

    if isinstance(obj, Fact):
        return render.fact_record(obj)
    if isinstance(obj, Problem):
        return {
            "path": obj.path,
            "line": obj.line,
            "column": obj.column,
            "fact": obj.fact,
            "severity": obj.severity,
            "message": obj.message,
        }
    # Each of the other classes' modules is loaded whenever one of its objects exists:
    # a module not loaded yet cannot be the answer, and is not imported to find out.
    if "factcheck.check.model" in sys.modules:
        from factcheck.check.model import Verdict

        if isinstance(obj, Verdict):
            return render.verdict_record(line, obj)
    if "factcheck.search" in sys.modules:
        from factcheck.search import Hit

        if isinstance(obj, Hit):
            record = render.fact_record(obj.fact)
            record["score"] = None if obj.score == float("inf") else obj.score
            return record
    if "factcheck.quiz" in sys.modules:
        from factcheck.quiz import Question

        if isinstance(obj, Question):
            return obj.record()
    raise TypeError(f"to_dict takes a Verdict, Fact, Hit, Question or Problem, not {obj!r}")


def _names(value: Names) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _filter(base: FactBase, kind: Names, tag: Names) -> Filter:
    from factcheck.lookup import make_filter

    return make_filter(base, _names(kind), _names(tag))


def _day(name: str, value: dt.date | str | None, end: bool) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    from factcheck.dates import parse_date

    try:
        return parse_date(value, end=end)
    except ValueError as exc:
        raise FactcheckError(f"{name}: {exc}") from None
