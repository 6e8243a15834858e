"""Time from another event that a fact's own field holds: "nearly 56 hours after launch",
"about 20 minutes after Armstrong", 爆炸约五个半小时后, where a length field's meaning says
from what it counts ("how long after launch it happened")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.check.evidence import ORDER_CUES, Context, backs, compatible, next_to
from factcheck.check.model import CONTENT, Correction, Part, Reading
from factcheck.check.order import IT_TOOK, sides
from factcheck.facts import Quantity
from factcheck.textnorm import normalize

if TYPE_CHECKING:
    from factcheck.check.profile import Profile
    from factcheck.check.vocab import Vocabulary

_BARE = {"后": "after", "前": "before"}  # 五个半小时后, 发射后近56小时: order by one character


def elapsed(ctx: Context) -> None:
    """An amount of time next to "after"/"before" that a fact's length field holds, the
    field's meaning saying the same direction and naming the claim's reference (or, for a
    field counted from the event the fact follows, the reference being that event)."""
    r, checker = ctx.reading, ctx.checker
    voc = checker.voc
    for amount, cue in _timed(ctx):
        main, ref = sides(r, cue)
        main = [x for x in main if x is not amount and x.kind in CONTENT]
        ref = [x for x in ref if x is not amount and x.kind in CONTENT]
        if not main or not ref:
            continue
        value = float(amount.value)  # type: ignore[arg-type]
        claimed = (
            value * 24 * 60 if amount.kind == "duration" else _minutes(voc, amount.key, value)
        )
        if claimed is None:
            continue
        for p in ctx.ranked:
            if not all(backs(checker, p, x, r) for x in main):
                continue
            held = [
                (field, q) for field, q in _lengths(voc, p, cue.key)
                if _reference(ctx, p, field, ref) and not _counted_from_else(ctx, p, q, ref)
            ]  # fmt: skip
            if not held:
                continue
            fits = [
                (field, q) for field, q in held
                if compatible(claimed, amount.approx, _minutes(voc, q.unit, float(q.value)) or -1.0, q.approx)
            ]  # fmt: skip
            field, q = (fits or held)[0]
            amount.fact, amount.field = p.fact.id, field
            for x in ref:
                if x.status == "unknown" or x.fact != p.fact.id:
                    x.status, x.fact, x.field = "supported", p.fact.id, field
            if cue in r.parts:
                cue.status, cue.fact, cue.field = "operator", p.fact.id, field
            if fits:
                amount.status = "supported"
            else:
                amount.status = "refuted"
                ctx.corrections.append(Correction(p.fact.id, field, amount.text, q.describe()))
            break


def _timed(ctx: Context) -> Iterator[tuple[Part, Part]]:
    """Each amount of time with the order word next to it: "56 hours after", 十天后,
    之后十天; in Chinese a bare 后 or 前 next to the amount is one too."""
    return timed(ctx.reading, ctx.checker.voc)


def timed(r: Reading, voc: Vocabulary) -> Iterator[tuple[Part, Part]]:
    """The amounts of time of a text with their order words (see `_timed`)."""
    amounts = [
        x for x in r.of("duration", "number")
        if x.status in ("unknown", "supported") and isinstance(x.value, (int, float))
        and (x.kind == "duration" or _minutes(voc, x.key, 1.0) is not None)
    ]  # fmt: skip
    taken = {i for x in r.parts for i in range(x.start, x.end)}
    for d in amounts:
        cue = next((c for c in r.of("cue") if c.key in ORDER_CUES and next_to(r, d, c)), None)
        if cue is None and not d.text.isascii():
            for at in (d.end, d.start - 1):
                char = r.claim[at : at + 1]
                if char in _BARE and at not in taken:
                    cue = Part("cue", at, at + 1, char, key=_BARE[char])
                    break
        if cue is not None and "unknown" in (cue.status, d.status):
            yield d, cue


def said_elapsed(ctx: Context) -> None:
    """ "36 seconds before the test began" against a fact's words "36 seconds after the
    test began": the same amount, from the same point, the other way round, is refuted;
    the same way, it backs the order word."""
    r, checker = ctx.reading, ctx.checker
    voc = checker.voc
    for amount, cue in _timed(ctx):
        claimed = _in_minutes(voc, amount)
        if cue.status != "unknown" or claimed is None or IT_TOOK.search(r.norm[: amount.start]):
            continue  # "it took nine days before they were found": until, not before
        refs = {x.key for x in sides(r, cue)[1] if x.kind in ("predicate", "term")}
        facts = [checker.by_id[amount.fact]] if amount.fact in checker.by_id else ctx.ranked[:3]  # type: ignore[index]
        deed = [  # the statement's words: "a flame appeared" at that time, the fact's own
            x for x in r.parts
            if x.kind in ("predicate", "term") and x.status == "supported"
        ]  # fmt: skip
        for p in facts:
            if not all(
                backs(checker, p, x, r)
                for x in deed
                if not (x.kind == "predicate" and x.key in p.points)
            ):
                continue  # "37 seconds after lift-off" said of the wind shear, not the flame
                # (the verb it counts from, lift-off, is no deed of either)
            said = checker.reading_of(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
            found = next(
                (
                    other for other_amount, other in timed(said, voc)
                    if _in_minutes(voc, other_amount) == claimed
                    and refs & {x.key for x in sides(said, other)[1] if x.kind in ("predicate", "term")}
                ),
                None,
            )  # fmt: skip
            if found is None:
                continue
            if cue not in r.parts:
                r.parts.append(cue)  # a bare 前 or 后: shown as a part of its own
                r.parts.sort(key=lambda x: x.start)
            if amount.status == "unknown":
                amount.status, amount.fact, amount.field = "supported", p.fact.id, "text"
            if found.key == cue.key:
                cue.status, cue.fact, cue.field = "operator", p.fact.id, "text"
            else:
                cue.status, cue.fact, cue.field = "refuted", p.fact.id, "text"
                ctx.corrections.append(Correction(p.fact.id, "text", cue.text, found.text))
            break


def _in_minutes(voc: Vocabulary, amount: Part) -> float | None:
    value = float(amount.value)  # type: ignore[arg-type]
    return value * 24 * 60 if amount.kind == "duration" else _minutes(voc, amount.key, value)


def _minutes(voc: Vocabulary, unit: str, value: float) -> float | None:
    """A length in minutes, for a unit of days and longer or of the clock; None if the unit
    is no unit of time."""
    unit = voc.unit(unit)
    if unit in voc.duration_days:
        return value * voc.duration_days[unit] * 24 * 60
    if unit in voc.clock_minutes:
        return value * voc.clock_minutes[unit]
    return None


def _lengths(voc: Vocabulary, p: Profile, direction: str) -> Iterator[tuple[str, Quantity]]:
    """A fact's lengths of time in fields whose meaning counts them in that direction."""
    for name, value in p.fact.values.items():
        field = f"values.{name}"
        if voc.elapsed.get(field, ("", ""))[0] != direction:
            continue
        for q in value if isinstance(value, tuple) else (value,):
            if isinstance(q, Quantity) and _minutes(voc, q.unit, 1.0) is not None:
                yield field, q


def _counted_from_else(ctx: Context, p: Profile, q: Quantity, ref: list[Part]) -> bool:
    """Whether the fact's own words give this amount from another point than the claim's
    ("36 seconds after the test began" for "36 seconds after the explosions"): the words,
    not the field's general meaning, say what it counts from."""
    voc, r = ctx.checker.voc, ctx.reading
    own = _minutes(voc, q.unit, float(q.value))
    claimed = {x.key for x in ref if x.kind in _REFERENCE_KINDS}
    said = ctx.checker.reading_of(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
    for amount, cue in timed(said, voc):
        if own is None or _in_minutes(voc, amount) != own:
            continue
        theirs = {x.key for x in sides(said, cue)[1] if x.kind in _REFERENCE_KINDS}
        if theirs and claimed and not _alike(voc, theirs, claimed):
            return True
    return False


_REFERENCE_KINDS = ("predicate", "term", "unit", "entity")


def _alike(voc: Vocabulary, a: set[str], b: set[str]) -> bool:
    """Whether two sets of words share a word or a synonym group ("predicted", "expected")."""
    groups = {g for w in a for g in voc.synonyms.get(w, ())}
    return bool(a & b) or any(g in groups for w in b for g in voc.synonyms.get(w, ()))


def _reference(ctx: Context, p: Profile, field: str, ref: list[Part]) -> bool:
    """Whether the claim's reference is what the field counts from: words its meaning says
    ("after launch"), or, for a field counted from the event before (its `after` fact),
    that event."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    meaning = voc.elapsed[field][1]
    words = {voc.word_key(w) for w in meaning.split()}
    groups = voc.field_groups.get(field, frozenset())

    def said(x: Part) -> bool:
        text = normalize(x.text).strip()
        if not text.isascii():
            return text in meaning
        if all(voc.word_key(w) in words for w in text.split()):
            return True
        return bool(set(voc.synonyms.get(x.key, ())) & groups)

    if all(said(x) for x in ref):
        return True
    if not any(
        f" {w} " in f" {meaning} " or (not w.isascii() and w in meaning) for w in voc.from_previous
    ):
        return False
    if all(x.kind == "predicate" for x in ref):
        return False  # "after launch": a bare verb many dated facts back names no event
    before = [checker.by_id[i] for i in p.fact.after if i in checker.by_id]
    return any(all(backs(checker, b, x, r) for x in ref) for b in before)
