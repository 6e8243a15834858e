"""What had, or had not yet, happened by a time: "by the time X, Y had already …",
X时，Y已经…; "when X, Y had not yet …", X时Y尚未…: Y's day against X's."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.check.evidence import backs, made, one_side, sentence_span
from factcheck.check.model import Correction, Part
from factcheck.check.order import (
    back_sides,
    best_fact,
    during_frames,
    event_day,
    follows,
    names_fact,
)
from factcheck.check.reader import words_pattern
from factcheck.textnorm import normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Reading
    from factcheck.check.profile import Profile

NAMING = ("entity", "number", "date", "ordinal")  # what a side must name of its fact


def aspects(ctx: Context) -> None:
    """A "when" frame whose other statement says its deed had already been done (or had
    not yet): that deed's fact, another than the frame's, must come no later (or later)
    than the frame's event. Refuted where the days say otherwise and both sides are
    wholly their facts'; else left to the "when" reader."""
    checker, r = ctx.checker, ctx.reading
    for cue, frame in during_frames(r):
        if cue.key != "when" or cue.status == "refuted" or not frame:
            continue
        rest = _rest(r, cue, frame)
        aspect = _aspect(ctx, rest)
        if aspect is None:
            continue
        then = best_fact(ctx, frame, "day")
        if then is None or not _names_event(ctx, then, frame):
            continue
        others = replace(ctx, ranked=[p for p in ctx.ranked if p is not then])
        positive = [made(r, replace(x, negated=False)) if x.negated else x for x in rest]
        found = (best_fact(others, positive, "day", then), best_fact(others, positive, "order"))
        unnamed = [x for x in positive if not (x.kind == "entity" and x.status == "unknown")]
        if found == (None, None) and unnamed and len(unnamed) < len(positive):
            # "Varn's navy had begun a blockade": an actor no fact backs may be a part of
            # the blockade's own (`_wholly` asks it to be)
            found = (best_fact(others, unnamed, "day", then), best_fact(others, unnamed, "order"))
        deed = next((p for p in found if p is not None and _wholly(ctx, p, positive)), None)
        if deed is None or not _wholly(ctx, then, frame):
            continue  # a side not wholly one fact's may be another event
        day, day_then = event_day(deed, rest), event_day(then, frame)
        if day is not None and day_then is not None:
            later: bool | None = None if day == day_then else day > day_then
        else:  # an event the facts do not date: by its `after` links
            later = follows(ctx, deed, then)
        if later is None:
            continue
        holds = not later if aspect == "already" else later
        back_sides(ctx, ((frame, then),))
        for x, said in zip(rest, positive, strict=True):
            if x.kind in ("predicate", *NAMING) and (
                backs(checker, deed, said, r) or x.key in checker.voc.event_verbs
            ):
                x.status, x.fact, x.field = "supported", deed.fact.id, "date"
        cue.fact, cue.field = deed.fact.id, "date"
        if holds:
            cue.status = "operator"
            continue
        cue.status = "refuted"
        word = "after" if later else "before"
        dated = f"{day}, " if day else ""
        ctx.corrections.append(
            Correction(
                deed.fact.id,
                "date",
                f"{aspect.replace('_', ' ')} by {then.fact.id}",
                f"{dated}{word} {then.fact.id}" + (f" ({day_then})" if day_then else ""),
            )
        )


def _rest(r: Reading, cue: Part, frame: list[Part]) -> list[Part]:
    """The statement a "when" frame sets in time: the claim's other content in the
    frame's sentence."""
    lo, hi = sentence_span(r.claim, cue.start, cue.end)
    return [
        x for x in r.parts
        if x.kind != "cue" and x not in frame and lo <= x.start < hi
    ]  # fmt: skip


def _aspect(ctx: Context, rest: list[Part]) -> str | None:
    """ "already" or "not_yet" where the statement's words say one (the lexicon's
    `aspects`), else None."""
    if not rest:
        return None
    r, voc = ctx.reading, ctx.checker.voc
    lo, hi = min(x.start for x in rest), max(x.end for x in rest)
    said = normalize(r.claim[max(0, lo - 8) : hi])
    for name, words in (("not_yet", voc.not_yet_words), ("already", voc.already_words)):
        if words and words_pattern(words).search(said):
            return name
    return None


def _names_event(ctx: Context, p: Profile, side: list[Part]) -> bool:
    """Whether a side says its event by a verb or a day the fact backs, or by one of the
    fact's own names ("the ground offensive"): not by words alone ("the fire was
    discovered" is no name of the day the rooster was found)."""
    checker, r = ctx.checker, ctx.reading
    if any(x.kind in ("predicate", "date") and backs(checker, p, x, r) for x in side):
        return True
    lo, hi = min(x.start for x in side), max(x.end for x in side)
    return names_fact(p, " " + normalize(r.claim[lo:hi]) + " ")


def _wholly(ctx: Context, p: Profile, side: list[Part]) -> bool:
    """Whether a fact backs every word of a side (the side is that event, not one whose
    day only fits its verb); a verb that says only that the event came about ("had
    begun": the lexicon's `event_verbs`) is its fact's where the fact backs the rest."""
    checker, r = ctx.checker, ctx.reading
    kept = [
        x for x in side
        if x.kind != "cue" and not (x.kind == "predicate" and x.key in checker.voc.event_verbs)
    ]  # fmt: skip
    doers = p.slots.get("actor", set())  # "the IDF's ground offensive" of Israel's: a part
    # or a whole of the fact's own actor names the same event, though it backs nothing
    return bool(kept) and all(
        backs(checker, p, x, r) or (x.kind == "entity" and one_side(checker, x.key, doers))
        for x in kept
    )
