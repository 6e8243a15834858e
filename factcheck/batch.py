"""Claims in bulk: read them from arguments, a file or stdin, check typed fields, and sum
the results up as an exit status. Reading never stops at a bad line."""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.check import Checker, Correction, Verdict, checker_for
from factcheck.check.evidence import compatible, date_fits
from factcheck.check.judge import disputed_why
from factcheck.check.model import Part
from factcheck.dates import DateMention
from factcheck.errors import FactcheckError
from factcheck.facts import (
    FactBase,
    Note,
    Quantity,
    Value,
    format_value,
    is_reference,
    month_span,
)
from factcheck.lookup import get_fact
from factcheck.messages import N_, Msg
from factcheck.numbers import find_numbers
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.vocab import Vocabulary

EXIT_SUPPORTED, EXIT_REFUTED, EXIT_USAGE, EXIT_UNSURE = 0, 1, 2, 3


@dataclass(frozen=True)
class Item:
    """One input line: its number, the claim (None if unreadable), and why not."""

    line: int
    claim: str | None
    error: str | None = None
    id: object = None  # a JSON line's own "id", given back as it was with its verdict


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
        raise FactcheckError(Msg("{path}: is a directory, not a file of claims", path=path))
    try:
        with file.open("rb") as stream:
            yield from _lines(stream, path)
    except FileNotFoundError:
        raise FactcheckError(Msg("{path}: no such file", path=path)) from None
    except PermissionError:
        raise FactcheckError(Msg("{path}: permission denied", path=path)) from None
    except OSError as exc:
        raise FactcheckError(
            Msg("{path}: cannot be read ({reason})", path=path, reason=exc.strerror or exc)
        ) from None


def _lines(stream: Iterable[bytes], name: str) -> Iterator[Item]:
    for number, raw in enumerate(stream, 1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Item(
                number,
                None,
                Msg(
                    "{path}:{line}: not UTF-8 (byte {byte}); line skipped",
                    path=name,
                    line=number,
                    byte=exc.start,
                ),
            )
            continue
        text = text.rstrip("\r\n").lstrip("\ufeff")
        if text.lstrip().startswith("{"):
            yield _json_line(text, name, number)
        elif text.strip():
            yield Item(number, text)


def _json_line(text: str, name: str, number: int) -> Item:
    """A line of JSON Lines: the object's "claim" (and "id", kept as written); a line that
    is not an object ("{not JSON") is a claim of its own words, and a broken object (a
    trailing comma) is named, not checked as text."""
    import json

    try:
        record = json.loads(text)
    except ValueError as exc:
        if not text.rstrip().endswith("}"):
            return Item(number, text)
        error = Msg("{path}:{line}: not a JSON object ({reason}); line skipped",
                    path=name, line=number, reason=exc.args[0] if exc.args else exc)  # fmt: skip
        return Item(number, None, error)
    if not isinstance(record, dict):
        return Item(number, text)
    claim, key = record.get("claim"), record.get("id")
    if not isinstance(claim, str) or not claim.strip():
        error = Msg('{path}:{line}: no "claim" text; line skipped',
                    path=name, line=number)  # fmt: skip
        return Item(number, None, error, key)
    return Item(number, claim, id=key)


def exit_status(verdicts: Iterable[str]) -> int:
    """0 all supported, 1 any refuted, 3 none refuted but some unsure (or unreadable)."""
    seen = set(verdicts)
    if "refuted" in seen:
        return EXIT_REFUTED
    if seen - {"supported"}:
        return EXIT_UNSURE
    return EXIT_SUPPORTED


def check_fields(base: FactBase, fact_id: str, assignments: Iterable[str]) -> Verdict:
    """A structured claim: `field=value` pairs compared with one fact's typed values. A
    value is read as `check` reads a claim (June 10 2024, 10.6.2024, fourteen, 十四,
    100 hostages, 八天) and compared as it compares; a value that cannot be read as the
    field's type (a date, a number, a time) is a FactcheckError."""
    fact = get_fact(base, fact_id)
    pairs = list(assignments)
    if not pairs:
        raise FactcheckError(
            Msg("--fact needs field=value pairs, e.g. --fact unsc-2735-vote for=14")
        )
    values = _Values(base)
    corrections: list[Correction] = []
    disputes: list[tuple[Correction, Note]] = []
    for pair in pairs:
        name, sep, wanted = pair.partition("=")
        name, wanted = name.strip().removeprefix("values."), wanted.strip()
        if not sep or not name:
            raise FactcheckError(Msg("{pair!r} is not field=value", pair=pair))
        value: Value | None
        if name in DATE_FIELDS:
            value = getattr(fact, name)
        elif name in fact.values:
            value = fact.values[name]
        else:
            fields = ", ".join([*DATE_FIELDS, *fact.values]) or "none"
            raise FactcheckError(
                Msg(
                    "{id} has no field {field!r}; fields: {fields}",
                    id=fact.id,
                    field=name,
                    fields=fields,
                )
            )
        if value is None:  # a period with no date, an event with no end
            raise FactcheckError(Msg("{id} has no {field}", id=fact.id, field=name))
        if _same(format_value(value), wanted) or values.agree(name, value, wanted):
            continue
        actual = format_value(value, base)  # entities by name: Paris (place-paris)
        other = next(
            (
                n for n in fact.notes
                if n.kind == "also_reported" and n.field in (name, f"values.{name}")
                and n.value is not None
                and (_same(format_value(n.value), wanted) or values.agree(name, n.value, wanted))
            ),
            None,
        )  # fmt: skip
        if other is not None:  # the value other reporting gives: disputed, as check says
            disputes.append((Correction(fact.id, name, wanted, actual), other))
            continue
        corrections.append(Correction(fact.id, name, wanted, actual))
    claim = f"{fact.id} " + " ".join(pairs)
    notes = tuple((fact.id, n) for n in fact.notes)
    if disputes and not corrections:
        (first, note), *_ = disputes
        why = disputed_why(
            base,
            first.actual,
            note.by or Msg("other reporting"),
            format_value(note.value, base) if note.value is not None else first.claimed,
        )
        said = tuple(c for c, _ in disputes)
        first_notes = tuple(dict.fromkeys([(fact.id, note), *notes]))  # the one it rests on
        return Verdict(claim, "disputed", (fact.id,), why, said, first_notes)
    if corrections:
        first = corrections[0]
        why = Msg(
            "{field} is {actual}, not {claimed}.",
            field=first.field,
            actual=first.actual,
            claimed=first.claimed,
        )
        return Verdict(claim, "refuted", (fact.id,), why, tuple(corrections), notes)
    why = Msg("Every field has the value given.")
    return Verdict(claim, "supported", (fact.id,), why, (), notes)


DATE_FIELDS = ("date", "start", "end", "month")
_ITEMS = lazy(r"\s*(?:[,;，；、]|\band\b|和|及)\s*")


def _same(actual: str, wanted: str) -> bool:
    """The value as written: the same text, or the same list in another order."""

    def norm(s: str) -> list[str]:
        return sorted(p.strip().lower() for p in s.replace(";", ",").split(",") if p.strip())

    if norm(actual) == norm(wanted):
        return True
    try:
        return float(actual) == float(wanted)
    except ValueError:
        return False


class _Values:
    """A typed value against one given as text, read by the claim checker's reader (its
    vocabulary built once, when a value is not given as the fact base writes it)."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self._voc: Vocabulary | None = None

    @property
    def voc(self) -> Vocabulary:
        if self._voc is None:
            from factcheck.check.vocab import build

            self._voc = build(self.base)
        return self._voc

    def parts(self, text: str) -> list[Part]:
        from factcheck.check.reader import read

        return read(text, self.voc).parts

    def agree(self, name: str, value: Value | None, wanted: str) -> bool:
        """True if `wanted` says `value`; False if it says another; FactcheckError if it
        cannot be read as a value of that type."""
        if value is None:  # the fact gives no such date
            return False
        if name == "month" and isinstance(value, str):
            return self._month(name, value, wanted)
        if isinstance(value, tuple):
            items = [i for i in _ITEMS.split(wanted) if i]
            left = list(value)
            for item in items:
                match = next((v for v in left if self.agree(name, v, item)), None)
                if match is None:
                    return False
                left.remove(match)
            return not left
        if isinstance(value, bool):
            return False  # yes or no, compared as written
        if isinstance(value, (int, float, Quantity)):
            return self._amount(name, value, wanted)
        if isinstance(value, dt.time):
            return self._time(name, value, wanted)
        if isinstance(value, dt.date):
            return date_fits(self._date(name, wanted, N_("a date (try 2024-06-10)")), value, value)
        if is_reference(value):  # an entity by one of its names: Russia, 俄罗斯
            found = self.parts(wanted)
            return len(found) == 1 and found[0].kind == "entity" and found[0].key == value
        return False  # text, compared as written

    def _date(self, name: str, wanted: str, what: str) -> DateMention:
        found = self.parts(wanted)
        if len(found) != 1 or found[0].kind != "date":
            raise FactcheckError(
                Msg(
                    "{field}: cannot read {value!r} as {what}",
                    field=name,
                    value=wanted,
                    what=Msg(what),
                )
            )
        mention = found[0].value
        assert isinstance(mention, DateMention)
        return mention

    def _month(self, name: str, month: str, wanted: str) -> bool:
        mention = self._date(name, wanted, N_("a month (try 2024-06)"))
        if mention.day is not None or mention.days is not None:
            raise FactcheckError(
                Msg(
                    "{field}: cannot read {value!r} as {what}",
                    field=name,
                    value=wanted,
                    what=Msg("a month (try 2024-06)"),
                )
            )
        return date_fits(mention, *month_span(month))

    def _time(self, name: str, value: dt.time, wanted: str) -> bool:
        found = self.parts(wanted)
        if len(found) != 1 or found[0].kind != "time" or not isinstance(found[0].value, int):
            raise FactcheckError(
                Msg(
                    "{field}: cannot read {value!r} as {what}",
                    field=name,
                    value=wanted,
                    what=Msg("a time (try 08:00)"),
                )
            )
        return found[0].value == value.hour * 60 + value.minute

    def _amount(self, name: str, value: int | float | Quantity, wanted: str) -> bool:
        found = self.parts(wanted)
        if len(found) != 1 or found[0].kind not in ("number", "duration"):
            norm = normalize(wanted).strip()
            alone = find_numbers(norm, loose=True)  # 一: a numeral said alone, as in search
            if len(alone) != 1 or alone[0].ordinal or alone[0].end - alone[0].start != len(norm):
                raise FactcheckError(
                    Msg(
                        "{field}: cannot read {value!r} as {what}",
                        field=name,
                        value=wanted,
                        what=Msg("a number (try 14, fourteen, 十四 or 8 days)"),
                    )
                )
            found = [Part("number", 0, len(wanted), wanted, value=alone[0].value)]
        part = found[0]
        claimed = float(part.value)  # type: ignore[arg-type]
        if not isinstance(value, Quantity):
            return part.kind == "number" and _fits(claimed, part.approx, float(value), "exact")
        unit = normalize(value.unit).strip()
        unit = self.voc.units.get(unit, unit)
        approx = part.approx
        if part.kind == "duration":  # read in days: 八天, two weeks
            per = self.voc.duration_days.get(unit)
            if per is None:
                return False  # a length of time, for a count of things
            if per >= 30 and approx == "about":  # "45 years" is about so many days
                approx = "exact"
            claimed /= per
        elif part.key and not (
            part.key == unit
            or unit in self.voc.same_unit.get(part.key, ())
            or part.key in self.voc.same_unit.get(unit, ())
        ):
            return False  # 100 prisoners, for 100 hostages
        return _fits(claimed, approx, float(value.value), value.approx)


def _fits(claimed: float, c_approx: str, actual: float, a_approx: str) -> bool:
    """As the checker compares numbers ("more than 100" fits 130); a number said as the
    fact gives it fits too ("130" for "more than 130", as `check` takes it)."""
    return compatible(claimed, c_approx, actual, a_approx) or (
        c_approx == "exact" and math.isclose(claimed, actual)
    )


WINDOW = 4096  # claims read ahead and shared out at a time: memory stays bounded
PARALLEL_FROM = 256  # fewer claims than this are checked in this process (no start-up cost)


def default_jobs() -> int:
    """The cores this process may use."""
    from factcheck.cores import available

    return available()


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
