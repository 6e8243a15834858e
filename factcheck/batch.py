"""Claims in bulk: read them from arguments, a file or stdin, check typed fields, and sum
the results up as an exit status. Reading never stops at a bad line."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from factcheck.check import Checker, Correction, Verdict, checker_for
from factcheck.errors import FactcheckError
from factcheck.facts import FactBase, Quantity, format_value
from factcheck.lookup import get_fact

EXIT_SUPPORTED, EXIT_REFUTED, EXIT_USAGE, EXIT_UNSURE = 0, 1, 2, 3


@dataclass(frozen=True)
class Item:
    """One input line: its number, the claim (None if unreadable), and why not."""

    line: int
    claim: str | None
    error: str | None = None


def read_items(claims: Iterable[str], path: str | None) -> Iterator[Item]:
    """Claims from the command line, then from PATH ('-' is stdin); blank lines skipped."""
    n = 0
    for n, claim in enumerate(claims, 1):
        if claim.strip():
            yield Item(n, claim)
    if path is None:
        return
    if path == "-":
        stream = sys.stdin.buffer
        yield from _lines(stream, "stdin")
        return
    file = Path(path)
    if file.is_dir():
        raise FactcheckError(f"{path}: is a directory, not a file of claims")
    try:
        with file.open("rb") as stream:
            yield from _lines(stream, path)
    except FileNotFoundError:
        raise FactcheckError(f"{path}: no such file") from None
    except PermissionError:
        raise FactcheckError(f"{path}: permission denied") from None
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _lines(stream: Iterable[bytes], name: str) -> Iterator[Item]:
    for number, raw in enumerate(stream, 1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Item(
                number, None, f"{name}:{number}: not UTF-8 (byte {exc.start}); line skipped"
            )
            continue
        text = text.rstrip("\r\n").lstrip("\ufeff")
        if text.strip():
            yield Item(number, text)


def exit_status(verdicts: Iterable[str]) -> int:
    """0 all supported, 1 any refuted, 3 none refuted but some unsure (or unreadable)."""
    seen = set(verdicts)
    if "refuted" in seen:
        return EXIT_REFUTED
    if seen - {"supported"}:
        return EXIT_UNSURE
    return EXIT_SUPPORTED


def check_fields(base: FactBase, fact_id: str, assignments: Iterable[str]) -> Verdict:
    """A structured claim: `field=value` pairs compared with one fact's typed values."""
    fact = get_fact(base, fact_id)
    pairs = list(assignments)
    if not pairs:
        raise FactcheckError("--fact needs field=value pairs, e.g. --fact unsc-2735-vote for=14")
    corrections = []
    for pair in pairs:
        name, sep, wanted = pair.partition("=")
        name, wanted = name.strip().removeprefix("values."), wanted.strip()
        if not sep or not name:
            raise FactcheckError(f"{pair!r} is not field=value")
        if name in ("date", "start", "end", "month"):
            day = getattr(fact, name)
            actual = day.isoformat() if hasattr(day, "isoformat") else str(day or "")
        elif name in fact.values:
            value = fact.values[name]
            actual = format_value(value)
            if isinstance(value, Quantity):
                actual = str(value.value)
        else:
            fields = ", ".join(["date", "start", "end", "month", *fact.values]) or "none"
            raise FactcheckError(f"{fact.id} has no field {name!r}; fields: {fields}")
        if _same(actual, wanted):
            continue
        corrections.append(Correction(fact.id, name, wanted, actual))
    claim = f"{fact.id} " + " ".join(pairs)
    notes = tuple((fact.id, n) for n in fact.notes)
    if corrections:
        first = corrections[0]
        why = f"{first.field} is {first.actual}, not {first.claimed}."
        return Verdict(claim, "refuted", (fact.id,), why, tuple(corrections), notes)
    return Verdict(claim, "supported", (fact.id,), "Every field has the value given.", (), notes)


def _same(actual: str, wanted: str) -> bool:
    def norm(s: str) -> list[str]:
        return sorted(p.strip().lower() for p in s.replace(";", ",").split(",") if p.strip())

    if norm(actual) == norm(wanted):
        return True
    try:
        return float(actual) == float(wanted)
    except ValueError:
        return False


WINDOW = 4096  # claims read ahead and shared out at a time: memory stays bounded
PARALLEL_FROM = 256  # fewer claims than this are checked in this process (no start-up cost)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_all(
    base: FactBase, items: Iterable[Item], jobs: int = 1
) -> Iterator[tuple[Item, Verdict | None]]:
    """Verdicts in input order; unreadable lines come back with None. With `jobs` > 1 and
    enough claims, windows of claims are shared out over that many processes; the order is
    kept, and a claim said twice in a window is checked once."""
    checker = checker_for(base)
    stream = iter(items)
    window = list(islice(stream, WINDOW)) if jobs > 1 else []  # one process: no read-ahead
    if jobs <= 1 or len(window) < PARALLEL_FROM:
        for item in chain(window, stream):
            yield item, (checker.check(item.claim) if item.claim is not None else None)
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    _worker_checker.append(checker)  # a forked worker finds it here; a spawned one builds it
    try:
        with context.Pool(jobs, _init_worker, (base,)) as pool:
            while window:
                claims = list(dict.fromkeys(i.claim for i in window if i.claim is not None))
                size = max(1, len(claims) // (jobs * 4))
                found = dict(zip(claims, pool.map(_check_one, claims, size), strict=True))
                for item in window:
                    yield item, (found[item.claim] if item.claim is not None else None)
                window = list(islice(stream, WINDOW))
    finally:
        _worker_checker.clear()


_worker_checker: list[Checker] = []  # the checker of this worker process


def _init_worker(base: FactBase) -> None:
    if _worker_checker:  # forked: the parent's checker, with connections of its own
        _worker_checker[0].reopen()
    else:
        _worker_checker.append(checker_for(base))


def _check_one(claim: str) -> Verdict:
    return _worker_checker[0].check(claim)
