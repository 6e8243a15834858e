"""An actor or an amount in another's place: "round one tried to talk Qatar out of a
ground offensive", "the truce was first set for three days", "the Mont-Blanc struck the
Imo", a part's count said of the whole.

Each part of a claim may be backed by some fact, yet not by the fact the statement is
about. When that fact holds an actor of the same kind whom the claim never names (its
target, Israel) and the claim names one the fact does not hold (Qatar, backed only as a
mediator of the round), the claim has likely put one actor in the other's place; likewise
an amount that only another fact holds (the three days of an extension) where the
statement's fact holds another of its unit (the four days first agreed). Such a part is
left unbacked: the statement's fact does not say it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.check.contradiction import conflict, described_amount
from factcheck.check.evidence import (
    Context,
    backing_of,
    backs,
    clause_end,
    clause_start,
    counted_by_verb,
    done_to_only,
    fits,
    held_by,
    is_author,
    made,
    named,
    one_side,
    whole_of_part,
    within,
)
from factcheck.check.model import CONTENT, Correction, Part, Reading
from factcheck.check.order import names_fact
from factcheck.check.profile import Profile, deed_doers, deed_term
from factcheck.check.reader import words_pattern
from factcheck.check.roles import agent, cleft
from factcheck.check.vocab import DAY_FIELDS
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.judge import Checker


def displaced(ctx: Context) -> None:
    """Unback an actor that only another fact names, where the statement's own fact holds
    an actor of its kind whom the claim leaves out."""
    r, checker = ctx.reading, ctx.checker
    kind_of = checker.voc.entity_kind
    named = {x.key for x in r.of("entity")}
    for clause in ctx.clauses:
        anchor = clause.anchor
        if anchor is None or not _about(anchor, clause.parts):
            continue
        held = {e for f, es in anchor.slots.items() for e in es}
        for part in clause.parts:
            if part.kind in ("number", "duration") and part.status == "supported":
                if part.fact != anchor.fact.id and _other_amount(anchor, part):
                    part.status, part.fact, part.field = "unknown", None, None
                continue
            if part.kind != "entity" or part.status != "supported" or is_author(checker.voc, part):
                continue
            if part.fact == anchor.fact.id or _holds(ctx, held, part.key):
                continue
            kind = kind_of.get(part.key)
            left_out = [
                e for e in held if kind_of.get(e) == kind and not one_side(checker, e, named)
            ]
            if kind in ("party", "person") and left_out:  # a place may be a setting
                part.status, part.fact, part.field = "unknown", None, None


def turned_round(ctx: Context) -> None:
    """ "The Mont-Blanc struck the Imo", 勃朗峰号撞上了伊莫号: where the statement's fact holds
    the claim's doer as its `target` and the claim's object as its `actor`, the claim has
    turned the deed round; the doer is refuted, the fact's actor its correction."""
    r, checker = ctx.reading, ctx.checker
    for clause in ctx.clauses:
        p = clause.anchor
        if p is None:
            continue
        actors, targets = p.slots.get("actor", set()), p.slots.get("target", set())
        if not actors or not targets:
            continue
        entities = sorted((x for x in clause.parts if x.kind == "entity"), key=lambda x: x.start)
        for verb in clause.parts:
            if verb.negated or verb.status != "supported" or verb.fact != p.fact.id:
                continue
            if verb.kind != "predicate" and not (
                verb.kind == "term" and deed_term(verb, checker.voc.irregular)
            ):
                continue
            if verb.key in p.wished and verb.key not in p.deeds:
                continue  # what the fact says is wanted ("has to press"): no deed to turn round
            pair = _doer_and_object(checker, r, entities, verb)
            if pair is None:
                continue
            doer, done_to = pair
            if (
                held_by(checker, doer.key, targets)
                and not held_by(checker, doer.key, actors)
                and held_by(checker, done_to.key, actors)
                and not held_by(checker, done_to.key, targets)
            ):
                doer.status, doer.fact, doer.field = "refuted", p.fact.id, "values.target"
                shown = named(checker, sorted(actors))
                ctx.corrections.append(Correction(p.fact.id, "values.actor", doer.text, shown))
                break


def doer_of_a_part(ctx: Context) -> None:
    """ "In phase one, Hamas releases Palestinian detainees": the phase holds several doers,
    but its part that says this deed to these ones (the prisoners' release) gives it one
    actor, another: the claim's doer is refuted, that actor its correction."""
    r, checker = ctx.reading, ctx.checker
    for clause in ctx.clauses:
        a = clause.anchor
        if a is None or len(a.slots.get("actor", ())) < 2:
            continue
        entities = sorted((x for x in clause.parts if x.kind == "entity"), key=lambda x: x.start)
        children = {
            c[0].fact.id: c[0] for c in clause.candidates if c and c[0].fact.part_of == a.fact.id
        }
        for verb in clause.parts:
            if verb.kind != "predicate" or verb.negated or verb.status != "supported":
                continue
            pair = _doer_and_object(checker, r, entities, verb)
            if (
                pair is None
                or pair[0].status != "supported"
                or pair[0].key not in a.slots["actor"]
            ):
                continue
            doer, done_to = pair
            done = [done_to] + [
                x for x in clause.parts if x.kind == "unit" and done_to.end <= x.start
            ]
            for child in children.values():
                own = child.slots.get("actor", set())
                if (
                    len(own) != 1
                    or one_side(checker, doer.key, own)
                    or not backs(checker, child, verb, r)
                ):
                    continue
                if all(backs(checker, child, x, r) for x in done):
                    doer.status, doer.fact, doer.field = "refuted", child.fact.id, "values.actor"
                    shown = named(checker, sorted(own))
                    ctx.corrections.append(
                        Correction(child.fact.id, "values.actor", doer.text, shown)
                    )
                    break


def done_by_another(ctx: Context) -> None:
    """ "Wyatt presided over the inquiry" against "presided over by Justice Drysdale": a word
    of a deed the lexicon lacks, backed by a fact whose words give it a doer, said of an
    actor of that doer's kind whom the fact never names, is said of the wrong one; the
    actor is refuted, the fact's doer its correction."""
    r, checker = ctx.reading, ctx.checker
    kind_of = checker.voc.entity_kind
    for word in r.of("term"):
        p = checker.by_id.get(word.fact or "")
        if p is None or word.status != "supported" or word.negated:
            continue
        doers = deed_doers(p, word, checker.voc.irregular)
        kinds = {kind_of.get(d) for d in doers}
        for x in r.of("entity"):
            if (
                x.status == "supported"
                and (
                    (kind_of.get(x.key) in kinds and x.key not in p.entities)
                    or (doers and done_to_only(checker, p, x.key))
                )
                and not _holds(ctx, doers, x.key)
                and agent(checker.voc, r, x, word)
            ):
                _wrong_doer(ctx, x, p, "text", doers)


def cleft_doers(ctx: Context) -> None:
    """宣布实行暂停的是联合国, "the one who announced it was the UN": the actor a cleft names
    as the verb's doer, against the doers the words of the verb's fact give it: another actor
    of their kind is refuted, the fact's doer the correction."""
    r, checker = ctx.reading, ctx.checker
    kind_of = checker.voc.entity_kind
    for verb in r.of("predicate"):
        p = checker.by_id.get(verb.fact or "")
        if p is None or verb.status != "supported" or verb.negated:
            continue
        doers = {  # whom its words say did this very verb (not the doer of the fact's event)
            d for d in p.doers.get(verb.key, set()) if kind_of.get(d) in ("person", "party")
        }  # fmt: skip
        kinds = {kind_of.get(d) for d in doers}
        for x in r.of("entity"):
            if x.negated or x.status == "refuted" or not cleft(checker.voc, r, x, verb):
                continue
            if r.claim.startswith("的", x.end):
                continue  # 的是中国的上海打捞局: whose the doer is, not the doer
            if kind_of.get(x.key) in kinds and not _holds(ctx, doers, x.key):
                _wrong_doer(ctx, x, p, "values.actor", doers)


def _wrong_doer(ctx: Context, x: Part, p: Profile, field: str, doers: set[str]) -> None:
    """The actor said to do a deed the fact gives to others: refuted, those others shown."""
    x.status, x.fact, x.field = "refuted", p.fact.id, field
    ctx.corrections.append(Correction(p.fact.id, field, x.text, named(ctx.checker, sorted(doers))))


def subject_of_another(ctx: Context) -> None:
    """ "The Mars Climate Orbiter was launched on 3 January 1999" against a fact whose words
    are of the lander ("The Mars Polar Lander followed on 3 January 1999, 23 days after the
    orbiter"): the claim's subject, backed only by a mention in the words of a fact whose
    own subject is another actor of its kind, and named there only after it, does not do
    that fact's deed; left unbacked."""
    r, checker = ctx.reading, ctx.checker
    kind_of = checker.voc.entity_kind
    for x in r.of("entity"):
        if x.status != "supported" or x.field != "text" or x.negated or not x.fact:
            continue
        lo = clause_start(r.claim, x.start)
        first = min(
            (y.start for y in r.parts if y.kind == "predicate" and y.start >= lo), default=None
        )
        if first is None or x.start > first:
            continue  # not the clause's subject
        if any(y.kind == "entity" and lo <= y.start < x.start for y in r.parts):
            continue
        p = checker.by_id.get(x.fact)
        if p is None or p.fact.kind in ("party", "person", "place"):
            continue
        if any(x.key in held for held in p.slots.values()):
            continue  # a field of the fact holds it
        hi = clause_end(r.claim, x.end)
        if not any(
            y.fact == p.fact.id and y.field in DAY_FIELDS and lo <= y.start < hi
            for y in r.parts
            if y.kind in ("date", "predicate")
        ):
            continue  # only the fact's dated deed: "launched on 3 January"
        said = checker.reading_of(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
        names = sorted(said.of("entity"), key=lambda y: y.start)
        if not names or names[0].key == x.key or kind_of.get(names[0].key) != kind_of.get(x.key):
            continue
        if any(y.key == x.key and y.start < names[0].end for y in names):
            continue
        x.status, x.fact, x.field = "unknown", None, None


def unnamed_doer(ctx: Context) -> None:
    """ "Frank Borman chaired the board" against a board whose `leader` is Thompson and whose
    words name Borman only as a member: a name the base knows no one by, said just before a
    verb whose field holds people, none of whose own facts holds that name, is the wrong
    doer; refuted, the field's holders its correction."""
    r, checker = ctx.reading, ctx.checker
    kind_of = checker.voc.entity_kind
    for verb in r.of("predicate"):
        p = checker.by_id.get(verb.fact or "")
        field = (verb.field or "").removeprefix("values.")
        held = p.slots.get(field, set()) if p is not None else set()
        if p is None or verb.negated or verb.status != "supported" or not held:
            continue
        if any(kind_of.get(h) != "person" for h in held):
            continue
        run = _name_before(r, verb)
        if not run or any(x.status != "supported" for x in run):
            continue
        own = " ".join(
            normalize(t)
            for h in held
            if (q := checker.by_id.get(h)) is not None
            for t in (q.fact.text.en, q.fact.text.zh, *q.fact.aliases_en, *q.fact.aliases_zh)
        )
        if any(normalize(x.text).strip() in own for x in run):
            continue  # another form of the holder's name ("Floyd Thompson")
        first = run[0]
        first.status, first.fact, first.field = "refuted", p.fact.id, verb.field
        ctx.corrections.append(
            Correction(
                p.fact.id,
                verb.field or "text",
                " ".join(x.text for x in run),
                named(checker, sorted(held)),
            )
        )


_NAME_WORD = lazy(r"[A-Z][a-z'’.-]+|[\u4e00-\u9fff]+·[\u4e00-\u9fff·]+")


def _name_before(r: Reading, verb: Part) -> list[Part]:
    """The words of a name right before a verb ("Frank Borman chaired", 弗兰克·博尔曼主持):
    terms with capitals (or a Chinese name with ·), nothing else between them and the verb."""
    run: list[Part] = []
    end = verb.start
    for x in sorted((x for x in r.parts if x.end <= verb.start), key=lambda x: -x.start):
        if r.claim[x.end : end].strip():
            break
        if x.kind != "term" or not _NAME_WORD.fullmatch(x.text):
            break
        run.insert(0, x)
        end = x.start
    return run


_AMONG = lazy(r"其中|包括|\bof (?:them|whom)\b|\bincluding\b|\bamong them\b", re.I)


def _doer_and_object(
    checker: Checker, r: Reading, entities: list[Part], verb: Part
) -> tuple[Part, Part] | None:
    """The one a claim makes do a deed and the one it is done to: "the Mont-Blanc struck
    the Imo", "declared war on Germany" (a noun and "on" between), 德国对美国宣战 (对 or 向
    before the one it is done to, both before the verb)."""
    before = [x for x in entities if x.end <= verb.start]
    after = next((x for x in entities if x.start >= verb.end), None)
    if (
        len(before) >= 2
        and not verb.text.isascii()
        and _TOWARD_ZH.fullmatch(r.claim, before[-2].end, before[-1].start)
        and len(r.claim[before[-1].end : verb.start].strip()) <= 2
    ):
        return before[-2], before[-1]  # 德国对美国宣战
    doer = before[-1] if before else None
    if doer is None or after is None:
        return None
    if not (agent(checker.voc, r, doer, verb) or _OWNS.fullmatch(r.claim, doer.end, verb.start)):
        return None
    gap = (verb.end, after.start)
    if not (_PLAIN_OBJECT.fullmatch(r.claim, *gap) or _NOUN_ON.fullmatch(r.claim, *gap)):
        return None  # "was struck by the Imo", "struck it with the Imo"
    return doer, after


_OWNS = lazy(r"(?:\s*(?:的|['’]s)\s*[\w\s-]{1,20}?)\s*")  # "the Mont-Blanc's bow struck"
_PLAIN_OBJECT = lazy(r"\s*(?:了\s*)?(?:the\s+)?", re.I)
# the deed's own noun between verb and the one it is done to: "declared war on", "imposed
# sanctions against"
_NOUN_ON = lazy(r"\s+(?:an?\s+|the\s+)?[a-z-]+\s+(?:on|against|upon)\s+(?:the\s+)?", re.I)
_TOWARD_ZH = lazy(r"\s*(?:在[^，,。]{1,12}?)?[对向]\s*")  # 德国（在1917年）对美国宣战


def whole_named(ctx: Context) -> None:
    """ "The Piper Alpha disaster killed 165 people": a count backed by a part's field (the
    165 who died on board) where the claim names the whole by a name of its own, and not
    the part, is the whole's; the whole's own count in that field (167) judges it."""
    r, checker = ctx.reading, ctx.checker
    said = " " + normalize(r.claim) + " "
    for x in r.of("number"):
        if x.status != "supported" or not (x.field or "").startswith("values."):
            continue
        part = checker.by_id.get(x.fact or "")
        whole = checker.by_id.get(part.fact.part_of or "") if part is not None else None
        if part is None or whole is None or names_fact(part, said) or not names_fact(whole, said):
            continue
        if _AMONG.search(r.claim, clause_start(r.claim, x.start), x.start):
            continue  # "144 died, 116 of them children", 其中116人: a part, said so
        if any(w is not x and whole_of_part(r, w) and _said_to_be(r, w) for w in r.of("number")):
            continue  # "Five of the 28 adults who died were teachers": the five are teachers
        own = [a for a in whole.amounts if a.field == x.field]
        if not own or any(fits(x, a) for a in own):
            continue
        x.status, x.fact = "refuted", whole.fact.id
        ctx.corrections.append(
            Correction(whole.fact.id, x.field or "", x.text, described_amount(own[0]))
        )


_SAID_TO_BE = lazy(
    r"\s+(?:(?:who|that|which)\s+[^,;.:!?]{1,40}?\s+)?(?:were|was|are|is)\s+(?:also\s+|all\s+)?"
)


def _said_to_be(r: Reading, whole: Part) -> bool:
    """ "Five of the 22 adults who died were teachers": the part is said to be another unit
    (teachers), so it is no count of the whole's unit for its verb."""
    return any(
        u.kind == "unit"
        and u.start > whole.end
        and _SAID_TO_BE.fullmatch(r.norm, whole.end, u.start)
        for u in r.parts
    )


def parts_of_whole(ctx: Context) -> None:
    """ "Of the 476 on board, 250 died", 325名学生中有250人生还: a count said as part of a
    whole is the whole's own figure for its verb, in the whole's unit when it names none
    of its own but people. Where the fact that holds the whole gives that verb's count,
    the claim's count is judged by it alone: backed, contradicted, or (when only another
    fact holds it, as 250 of the students) left unbacked."""
    r, checker = ctx.reading, ctx.checker
    wholes = [
        x for x in r.of("number")
        if x.status == "supported" and whole_of_part(r, x) and not _said_to_be(r, x)
    ]  # fmt: skip
    for whole in wholes:
        owner = checker.by_id.get(whole.fact or "")
        if owner is None:
            continue
        for part in r.of("number"):
            if part is whole or part.status != "supported" or whole_of_part(r, part):
                continue
            if not counted_by_verb(checker, owner, part, r):
                continue
            said = made(r, replace(part, key=whole.key)) if part.key in _MEMBERS else part
            field = backing_of(checker, owner, said, r)
            if field is not None:
                part.fact, part.field = owner.fact.id, field
                continue
            part.status, part.fact, part.field = "unknown", None, None
            hit = conflict(checker, owner, said, r)
            if hit is not None:  # the whole's own count for the verb is another
                part.status, part.fact, part.field = "refuted", owner.fact.id, hit[0]
                ctx.corrections.append(Correction(owner.fact.id, hit[0], part.text, hit[1]))


def ordinal_owners(ctx: Context) -> None:
    """ "the tenth mission of the programme": an ordinal counts in the series its own words
    name. Where the words after it are backed by another fact that has a place in a series
    of its own (the programme's 25th mission, not the orbiter's tenth flight), the ordinal
    is judged by that fact: contradicted when its place differs."""
    r, checker = ctx.reading, ctx.checker
    for ordinal in r.of("ordinal"):
        if ordinal.status != "supported" or not isinstance(ordinal.value, int):
            continue
        stop = clause_end(r.claim, ordinal.end)
        after = [
            x for x in r.parts
            if ordinal.end <= x.start < stop and x.kind in ("term", "unit") and x.fact
        ]  # fmt: skip
        before = [  # the series' owner said before it: 轨道计划的第八次, "Falcon's eighth"
            x for x in r.parts
            if x.end <= ordinal.start and x.fact and x.kind in ("term", "unit", "entity")
            and _OWNER.fullmatch(r.claim, x.end, ordinal.start)
        ]  # fmt: skip
        named = ([after[-1]] if after else []) + before
        others = {x.fact for x in named if x.fact} - {ordinal.fact}
        owners = [checker.by_id[f] for f in sorted(others) if f in checker.by_id]
        owners = [p for p in owners if p.ordinals]
        if len(owners) != 1 or ordinal.value in owners[0].ordinals.values():
            continue
        owner = owners[0]
        place = next(iter(owner.ordinals.values()))
        ordinal.status, ordinal.fact, ordinal.field = "refuted", owner.fact.id, "values.ordinal"
        ctx.corrections.append(
            Correction(owner.fact.id, "values.ordinal", ordinal.text, str(place))
        )


_OWNER = lazy(r"\s*(?:的|['’]s\s+)\s*")


def ranked_ahead(ctx: Context) -> None:
    """ "Mount Pelée's eruption was the second-deadliest" against a fact whose words give
    the second place to its own subject, "after the eruption of Mount Pelée": where the
    words the claim puts before the rank stand in the fact only after a word that names the
    one ranked ahead (the lexicon's `[ranks] ahead`), the rank is not backed."""
    r, checker = ctx.reading, ctx.checker
    ahead = checker.voc.rank_ahead
    for o in r.of("ordinal"):
        if o.status != "supported" or o.field != "values.ordinal" or not o.fact:
            continue
        lo = clause_start(r.claim, o.start)
        if _first_of(r.norm[lo : o.start], ahead) is not None:
            continue  # the claim names what is ahead itself
        p = checker.by_id.get(o.fact)
        if p is None:
            continue
        said = checker.reading_of(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
        ranks = [y.end for y in said.of("ordinal")]
        at = _first_of(said.norm[min(ranks) :], ahead) if ranks else None
        if at is None:
            continue  # the word must follow the rank: "shortly after midnight, the first"
        at += min(ranks)
        subject = [
            x for x in r.parts
            if lo <= x.start and x.end <= o.start and x.kind in ("term", "entity") and x.key
        ]  # fmt: skip
        for x in subject:
            there = [y.start for y in said.parts if y.kind == x.kind and y.key == x.key]
            if there and min(there) > at:
                o.status, o.fact, o.field = "unknown", None, None
                break


def _first_of(text: str, words: tuple[str, ...]) -> int | None:
    """Where the first of these words stands in normalised text (whole words in English)."""
    found = words_pattern(words).search(text) if words else None
    return found.start() if found is not None else None


_MEMBERS = ("", "people")  # a count that names no unit of its own but people: the whole's


def _other_amount(anchor: Profile, part: Part) -> bool:
    """The statement's fact holds an amount of the part's unit, and not the part's."""
    if part.kind == "duration":
        held = [a.value for a in anchor.durations]
    else:
        held = [a.value for a in anchor.amounts if a.unit and a.unit == part.key]
    return bool(held) and all(v != part.value for v in held)


def _about(anchor: Profile, parts: list[Part]) -> bool:
    """The statement's fact backs what the clause says happened, not only who took part."""
    return any(
        x.fact == anchor.fact.id and x.kind in CONTENT and x.kind not in ("entity", "date")
        for x in parts
        if x.status == "supported"
    )


def _holds(ctx: Context, held: set[str], entity: str) -> bool:
    return within(ctx.checker, entity, held) or one_side(ctx.checker, entity, held)
