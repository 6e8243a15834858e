"""What an actor seeks, by the fields that type it ("Israel has sought a permanent
ceasefire", 以色列追求的是永久停火): a quality of the thing sought against the one the
actor's `demand` or `aims` give it ("temporary ceasefire")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.check.evidence import held_by, sentence_span
from factcheck.check.model import Correction
from factcheck.check.reader import words_pattern
from factcheck.textnorm import normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker
    from factcheck.check.model import Part, Reading
    from factcheck.check.profile import Profile

THINGS = ("unit", "term")  # what a quality may be said of
NEAR_ZH = 2  # characters that may stand between a quality and its thing (暂时性停火)


def sought_qualities(ctx: Context) -> None:
    """A quality word (one with an `opposite`) before the thing an actor is said to seek
    (a word of seeking of the lexicon's `[intentions]` between them) is judged by the
    values of the actor's facts that say what it seeks (the sought fields of
    `[intentions]`): the same quality of the same thing backs the words, its opposite
    refutes the quality. Denied statements are left to the readers of denial."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    fields = list(voc.sought_fields)
    if not fields:
        return
    seeking = words_pattern((*voc.seeks, *voc.wishes))
    parts = sorted(r.parts, key=lambda x: x.start)
    for i, quality in enumerate(parts[:-1]):
        thing = parts[i + 1]
        if (
            quality.kind != "predicate"
            or quality.negated
            or quality.key not in voc.opposite
            or thing.kind not in THINGS
            or quality.status == "refuted"
        ):
            continue
        found = _seeker(r, parts[:i], quality.start, seeking, voc.sought_units)
        if found is None:
            continue
        actor, words = found
        if any(x.negated or x.key == "negation" for x in words) or any(
            x.kind == "predicate" and x.key in voc.stances
            for x in parts[:i]
            if x.start >= actor.end
        ):
            continue  # "opposes any push for a permanent ceasefire": its own stance
        for p, name, value in actor_values(checker, actor.key, fields):
            said = _quality_of(checker, value, thing)
            if said is None:
                continue
            if said == quality.key:
                for x in (quality, thing, *words):
                    if x.status != "refuted":
                        x.status, x.fact, x.field = "supported", p.fact.id, f"values.{name}"
                break
            if said in voc.opposite[quality.key]:
                quality.status, quality.fact = "refuted", p.fact.id
                quality.field = f"values.{name}"
                for x in (thing, *words):
                    if x.status == "unknown":
                        x.status, x.fact, x.field = "supported", p.fact.id, f"values.{name}"
                shown = value if r.lang == "en" else _said_in(checker, p, said, thing) or value
                ctx.corrections.append(
                    Correction(p.fact.id, f"values.{name}", quality.text, shown)
                )
                break


def _seeker(
    r: Reading,
    before: list[Part],
    end: int,
    seeking: re.Pattern[str],
    units: frozenset[str],
) -> tuple[Part, list[Part]] | None:
    """The actor named last before a quality in its sentence, with the parts that say it
    seeks (words of seeking, or a unit of them: "goal"), where such parts stand there."""
    if not before:
        return None
    lo, _ = sentence_span(r.claim, before[-1].start, before[-1].end)
    actors = [x for x in before if x.kind == "entity" and x.start >= lo]
    if not actors:
        return None
    actor = actors[-1]
    between = normalize(r.claim[actor.end : end])
    spans = [(actor.end + m.start(), actor.end + m.end()) for m in seeking.finditer(between)]
    words = [
        x for x in before
        if x.start >= actor.end
        and (
            any(s <= x.start and x.end <= e for s, e in spans)
            or (x.kind == "unit" and x.key in units)
        )
    ]  # fmt: skip
    if not spans and not words:
        return None
    cues = [x for x in before if x.start >= actor.end and x.kind == "cue" and x.key == "negation"]
    return actor, words + cues


def actor_values(
    checker: Checker, actor: str, fields: list[str]
) -> list[tuple[Profile, str, str]]:
    """Each text value of these fields of a fact whose actor is this one (or its whole),
    with its fact and field: what an actor seeks, rejects …"""
    out = []
    for i in checker.may.get(f"e:{actor}", ()):
        p = checker.profiles[i]
        holders = p.slots.get("actor", set())
        if not holders or not held_by(checker, actor, holders):
            continue
        for name in fields:
            value = p.fact.values.get(name)
            for v in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(v, str) and v:
                    out.append((p, name, v))
    return out


def thing_in(checker: Checker, value: str, thing: Part) -> tuple[list[Part], int] | None:
    """A value's words in order and where among them they name the claim's thing, or None
    where they do not name it."""
    said = sorted(checker.reading_of(value).parts, key=lambda x: x.start)
    at = next((j for j, x in enumerate(said) if x.kind == thing.kind and x.key == thing.key), None)
    return None if at is None else (said, at)


def quality_at(said: list[Part], at: int) -> Part | None:
    """The quality said right before the thing at `at` (permanent of "permanent ceasefire")."""
    return said[at - 1] if at and said[at - 1].kind == "predicate" else None


def _quality_of(checker: Checker, value: str, thing: Part) -> str | None:
    """The quality a value's words give the claim's thing (right before it), if any."""
    found = thing_in(checker, value, thing)
    quality = quality_at(*found) if found is not None else None
    return quality.key if quality is not None else None


def _said_in(checker: Checker, p: Profile, quality: str, thing: Part) -> str | None:
    """The fact's own Chinese words for a quality of a thing (暂时性停火), for a Chinese
    claim's correction, where its words say them together."""
    said = checker.reading_of(p.fact.text.zh)
    for a in said.parts:
        if a.kind != "predicate" or a.key != quality:
            continue
        for b in said.parts:  # 暂时性停火: a suffix may stand between them
            if b.key == thing.key and 0 <= b.start - a.end <= NEAR_ZH:
                return said.claim[a.start : b.end]
    return None
