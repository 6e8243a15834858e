"""What an actor accepts or rejects, by the fields that type its stance ("Israel could
accept a permanent ceasefire before its aims are met", 格维尔支持永久停火): the claim's stance
on a thing against the one the actor's `rejects` takes on the same thing, under the same
condition where the value sets one ("before its three war aims are achieved")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import ORDER_CUES, held_by, reporting_frame, sentence_span
from factcheck.check.model import Correction
from factcheck.check.sought import actor_values, quality_at, thing_in

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker
    from factcheck.check.model import Part, Reading
    from factcheck.check.profile import Profile
    from factcheck.check.vocab import Vocabulary

THINGS = ("unit", "term")
CONDITION = 8  # how far before its order word a condition's words may stand (军事目标完成之前)


def stances(ctx: Context) -> None:
    """A stance verb (accept, reject: the lexicon's `[stance_fields]` values and their
    opposites) on a thing, said of the actor named last before it, is judged by the
    actor's facts whose stance field names the same thing (with the same quality): the same
    stance backs the verb, the opposite refutes it. Where the value sets a condition (an
    order word and what it is said of), the claim must set the same one."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    if not voc.stance_fields:
        return
    parts = sorted(r.parts, key=lambda x: x.start)
    for i, verb in enumerate(parts):
        if verb.kind != "predicate" or verb.status == "refuted" or verb.key not in voc.stances:
            continue
        lo, hi = sentence_span(r.claim, verb.start, verb.end)
        actors = [x for x in parts[:i] if x.kind == "entity" and x.start >= lo]
        thing = _thing_after(parts[i + 1 :], hi)
        if not actors or thing is None:
            continue
        quality, head = thing
        said = verb.key if not verb.negated else next(iter(voc.opposite.get(verb.key, ())), "")
        for p, name, value, stance in _stances_of(checker, actors[-1].key):
            held = _held(checker, r, value, quality, head, lo, hi)
            if held is None or not _its_own(
                checker, r, p, [x for x in parts[:i] if x.start >= lo]
            ):
                continue
            before = [c for c in ctx.corrections if c.claimed == verb.text]
            if held is False:  # under another condition: the fact says nothing of it
                if verb.status == "refuted" and verb.fact == p.fact.id:
                    verb.status, verb.fact, verb.field = "unknown", None, None
                    ctx.corrections[:] = [c for c in ctx.corrections if c not in before]
            elif said == stance:
                verb.status, verb.fact, verb.field = "supported", p.fact.id, f"values.{name}"
                for x in (quality, head, *_condition(r, voc, lo, hi)):  # what the value names
                    if x is not None and x.status == "unknown":
                        x.status, x.fact, x.field = "supported", p.fact.id, f"values.{name}"
                ctx.corrections[:] = [c for c in ctx.corrections if c not in before]
            elif said in voc.opposite.get(stance, ()):
                verb.status, verb.fact, verb.field = "refuted", p.fact.id, f"values.{name}"
                ctx.corrections[:] = [c for c in ctx.corrections if c not in before]
                shown = f"{stance}s {value}" if r.lang == "en" else p.fact.text.zh.rstrip("。")
                ctx.corrections.append(Correction(p.fact.id, f"values.{name}", verb.text, shown))
            break


def _thing_after(after: list[Part], hi: int) -> tuple[Part | None, Part] | None:
    """The thing a stance is on: the first thing word after it, with the quality right
    before it, if any."""
    for j, x in enumerate(after):
        if x.start >= hi:
            return None
        if x.kind in THINGS:
            before = after[j - 1] if j else None
            quality = before if before is not None and before.kind == "predicate" else None
            return quality, x
    return None


def _stances_of(checker: Checker, actor: str) -> list[tuple[Profile, str, str, str]]:
    """Each value of a stance field of a fact whose actor is this one (or its whole), with
    the stance the field stands for."""
    fields = checker.voc.stance_fields
    return [
        (p, name, v, fields[name]) for p, name, v in actor_values(checker, actor, list(fields))
    ]


def _held(
    checker: Checker,
    r: Reading,
    value: str,
    quality: Part | None,
    head: Part,
    lo: int,
    hi: int,
) -> bool | None:
    """Whether a stance value is on the claim's thing (its head word, and its quality where
    either says one): None when it is not; else whether the claim's sentence sets the
    value's condition (its order word and what that is said of), or none where it has none."""
    found = thing_in(checker, value, head)
    if found is None:
        return None
    said, at = found
    own = quality_at(said, at)
    if (own is None) != (quality is None) or (own and quality and own.key != quality.key):
        return None
    sentence = [x for x in r.parts if lo <= x.start < hi]
    timed = [x for x in sentence if x.kind == "cue" and x.key in ORDER_CUES]
    cues = [x for x in said[at + 1 :] if x.kind == "cue"]
    if not cues:
        return not timed
    cue = cues[0]
    of = [x.key for x in said if x.start > cue.start and x.kind in ("unit", "number", "term")]
    return [x.key for x in timed] == [cue.key] and any(
        x.key in of for x in sentence if x.kind in ("unit", "number", "term")
    )


def _its_own(checker: Checker, r: Reading, p: Profile, before: list[Part]) -> bool:
    """Whether what comes before the stance in its sentence is the stance fact's own: its
    actors (or the state or body they belong to), their offices, words of saying, or words
    a fact backs; not another source ("according to Qatar", 据以色列媒体报道)."""
    frame = reporting_frame(r, checker.voc)
    actors = p.slots.get("actor", set())
    cues = [x for x in before if x.kind == "cue" and x.key in ORDER_CUES]
    for x in before:
        if x in frame or x.kind in ("cue", "office", "camp") or x.status == "operator":
            continue
        if any(0 <= c.start - x.end <= CONDITION for c in cues):
            continue  # 在其军事目标完成之前: the words of a condition said before the stance
        if x.kind == "entity":
            if not (held_by(checker, x.key, actors) or x.key in actors):
                return False
        elif (
            not (x.kind == "predicate" and x.key in checker.voc.reporting)
            and x.status != "supported"
        ):
            return False
    return True


def _condition(r: Reading, voc: Vocabulary, lo: int, hi: int) -> list[Part]:
    """The words of the condition a sentence sets on its stance, which the value's own
    condition accounts for once they agree: its order word, and the words of no other kind
    around it (完成 before 之前; "achieved" after "before its aims are")."""
    cues = [x for x in r.parts if lo <= x.start < hi and x.kind == "cue" and x.key in ORDER_CUES]
    out = list(cues)
    for c in cues:
        out += [
            x for x in r.parts
            if lo <= x.start < hi and x.kind in ("term", "predicate")
            and (0 <= c.start - x.end <= CONDITION or 0 <= x.start - c.end <= 3 * CONDITION)
            and x.key not in voc.stances
        ]  # fmt: skip
    return out
