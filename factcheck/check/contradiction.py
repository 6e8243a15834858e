"""Contradictions: a value, an actor, an office or a predicate that the fact a statement is
about holds otherwise; disputed when other reporting gives the claimed value."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check.evidence import (
    CLAUSE,
    COPULA,
    ENTITY_CONTEXT,
    ORDER_CUES,
    WHICH_TIME,
    Context,
    addressed,
    amounts_for,
    antonym_swap,
    backing,
    backs,
    bound_durations,
    clause_end,
    clause_start,
    compatible,
    counted_by_verb,
    counted_place,
    counting,
    date_field,
    date_fits,
    day_of_another,
    doer_fields_of_words,
    earliest,
    ends_fronted,
    fits,
    hedged_alike,
    held_after,
    held_by,
    in_clause,
    in_unit,
    lengths_for_age,
    may_agree,
    named,
    occurrence_field,
    one_side,
    ordinal_of_another_series,
    owners,
    place_in_series,
    reported,
    same_statement,
    series_last,
    source_for,
    speaks_of_absence,
    time_fits,
    times_said,
    weight,
    whole_of_part,
    within,
    zone_times,
)
from factcheck.check.extent import manner_verb, said_whole
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.profile import ENTITY_KINDS, Amount, Profile, word_before
from factcheck.check.reader import words_pattern
from factcheck.check.roles import agent, conjoined, done_to, joined
from factcheck.dates import DateMention
from factcheck.facts import APPROX_WORDS, Note, Quantity, format_number, format_value
from factcheck.messages import Msg
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.judge import Checker
    from factcheck.check.vocab import Vocabulary

COMPARE_KEYS = ("more", "fewer", "longer", "shorter", "times", "before", "after")
VALUE_KINDS = (
    "number", "duration", "date", "time", "entity", "ordinal", "office", "camp", "predicate",
)  # fmt: skip


def about(
    ctx: Context,
    p: Profile,
    except_part: Part,
    parts: list[Part] | None = None,
    sources: list[Profile] | None = None,
) -> bool:
    """Whether a fact (with its context) is clearly what a statement is about: it backs
    every other part of it, but for values that it contradicts too, and at least one
    actor, ordinal or predicate."""
    from factcheck.check.model import CONTENT

    r, checker = ctx.reading, ctx.checker
    pool = parts if parts is not None else [x for x in r.parts if x.kind in CONTENT]
    rest = [x for x in pool if x is not except_part and x.kind in CONTENT]
    if not rest:
        return False
    srcs = sources or [p]
    anchored = False
    for x in rest:
        if source_for(checker, srcs, x, r) is not None:
            anchored = (
                anchored
                or x.kind in ("entity", "ordinal", "predicate")
                or (x.kind == "term" and weight(checker, x) >= 1.5)
            )
            continue
        if (
            x.kind in VALUE_KINDS
            and not x.negated
            and any(conflict(checker, s, x, r) for s in srcs)
        ):
            continue
        if _listed_stranger(checker, x, rest, srcs, r):
            continue
        return False
    return anchored


def _counts_of_members(
    checker: Checker, r: Reading, parts: list[Part], candidates: list[list[Profile]]
) -> list[list[Profile]]:
    """The counting facts related to a thing said to be one of a number of things ("the
    November truce was one of several truces"), asked after the statement's own facts."""
    if not any(c.key == "among" for c in r.of("cue")) or not any(
        x.kind == "number" and x.status == "unknown" for x in parts
    ):
        return []
    seen = {c[0].fact.id for c in candidates}
    extra: list[list[Profile]] = []
    for x in parts:
        if not _one_of_a_count(checker, r, x):
            continue
        for rid in sorted(_kin(checker, x.fact)):
            p = checker.by_id.get(rid)
            if p is not None and rid not in seen and p.amounts and rid != x.fact:
                seen.add(rid)
                extra.append([p])
    return extra


def _counted_member(checker: Checker, r: Reading, x: Part, p: Profile) -> bool:
    """ "The November truce was one of several truces", 是多次短暂停火之一: a thing said to be
    one of those a number counts, where the count's fact and the thing's are related; it is
    the member, not what the count is of, so the count's fact need not back it."""
    return (
        _one_of_a_count(checker, r, x)
        and x.fact != p.fact.id
        and p.fact.id in _kin(checker, x.fact)
    )


def _one_of_a_count(checker: Checker, r: Reading, x: Part) -> bool:
    """Whether a backed part is said to be one of those a number counts: "X was one of
    several truces" (the number after "one of"), X是多次停火之一 (the number before 之一),
    in one clause. Read once per part."""
    if x.kind not in ("entity", "term", "unit", "date") or x.status != "supported" or not x.fact:
        return False
    key = ("one of a count", x.start, x.end)
    if key not in r.memo:
        follow = checker.voc.members_follow
        r.memo[key] = any(
            n.kind == "number"
            and (
                n.start >= cue.end if cue.text.isascii() else x.end <= n.start < n.end <= cue.start
            )
            for cue in r.of("cue")
            if cue.key == "among"
            and normalize(cue.text) not in follow
            and cue.start >= x.end
            and not CLAUSE.search(r.claim, x.end, cue.start)
            for n in r.parts
        )
    return bool(r.memo[key])


def _kin(checker: Checker, fact_id: str | None) -> set[str]:
    """The facts `related` to a fact, to its parts or to its parent, with those parts and
    that parent."""
    own = checker.base.get(fact_id) if fact_id else None
    if own is None:
        return set()
    near = [own, *checker.base.children(own.id)]
    parent = checker.base.get(own.part_of) if own.part_of else None
    near += [parent] if parent is not None else []
    ids = {rid for f in near for rid in f.related} | {f.id for f in near}
    ids.discard(own.id)
    return ids


def _listed_stranger(
    checker: Checker, x: Part, rest: list[Part], srcs: list[Profile], r: Reading
) -> bool:
    """An actor the base has no fact of, listed beside one of its kind that the fact backs
    ("mediated by Egypt and Jordan"): it adds a member, it does not make the statement
    about another event."""
    kind_of = checker.voc.entity_kind
    return (
        x.kind == "entity"
        and x.key not in checker.by_id
        and any(
            y.kind == "entity" and y is not x and kind_of.get(y.key) == kind_of.get(x.key)
            and joined(r.claim[min(x.end, y.end) : max(x.start, y.start)])
            and source_for(checker, srcs, y, r) is not None
            for y in rest
        )
    )  # fmt: skip


def _count_of_the_undone(checker: Checker, r: Reading, x: Part) -> bool:
    """Whether a number counts those a denied verb of its clause was not done to ("170
    crates were never retrieved", 没有找回的货箱共170个): the fact's count of the verb's field
    counts the others, so it does not contradict the number."""
    if x.kind != "number":
        return False
    verbs = [v for v in in_clause(r, x, "predicate") if checker.voc.fields_of.get(v.key)]
    return bool(verbs) and all(v.negated for v in verbs)  # not "went overboard and were never …"


def conflicts(ctx: Context) -> None:
    """A value that a fact the statement is about holds otherwise: refuted, or disputed when
    other reporting gives the claimed value. The best facts for the statement are asked in
    turn; the first that accounts for all of it, backing or contradicting each part, with
    a contradiction among them, decides. An actor's own profile does not overrule an event
    that contradicts the statement."""
    checker, r = ctx.checker, ctx.reading
    for n_clause, clause in enumerate(ctx.clauses):
        earlier = _event_before(ctx, n_clause)
        parts = [
            x
            for x in clause.parts
            if x.status in ("unknown", "supported") and not x.negated and not _difference(r, x)
            and not side_of_comparison(r, x) and not _count_of_the_undone(checker, r, x)
        ] + [  # "withdraws completely": a word of manner said of the clause's verb
            c for c in r.of("cue")
            if c.status == "unknown" and (v := manner_verb(r, checker.voc, c)) is not None
            and v in clause.parts
        ]  # fmt: skip
        open_parts = [x for x in parts if x.status == "unknown"]
        entity_anchor = clause.anchor is not None and clause.anchor.fact.kind in (
            "party",
            "person",
            "place",
        )
        if not open_parts and not entity_anchor:
            continue
        values = [x for x in parts if x.kind in ("number", "duration", "date")]
        r.memo["candidates"] = clause.candidates  # the facts the statement may be about
        ranked = sorted(  # a fact whose other reporting gives the claimed value comes first
            clause.candidates + _reported_elsewhere(ctx, clause.candidates, values, parts),
            key=lambda srcs: not any(_other_reporting_any(checker, srcs[0], x) for x in values),
        ) + _counts_of_members(checker, r, parts, clause.candidates)
        undecided: bool | None = None  # asked once, when a second fact would be tried
        for n, sources in enumerate(ranked):
            # "After the Paris talks ended, Burns went to Cairo": the talks' own place and
            # day are not those of what came after them (their deeds still are: "stayed")
            elsewhen = bool(earlier) and _same_event(checker, sources[0].fact.id, earlier)
            if n and undecided is None:
                undecided = _undecided(checker, ranked[0], values, r, parts)
            if undecided:
                break  # the best fact's own figure may be the claim's: no other decides it
            found: list[tuple[Part, Profile, str, str]] = []
            members: list[Part] = []
            complete = True
            scopes = []  # "sought only a temporary truce": false if what it stresses is
            for x in parts:
                if x.status == "supported" and source_for(checker, sources, x, r) is not None:
                    continue
                if x.kind == "cue":
                    continue  # a word of manner neither backs nor blocks: its verb decides
                if _counted_member(checker, r, x, sources[0]):
                    members.append(x)
                    continue  # "the November truce was one of several truces": the count's fact
                    # need not back the one counted among them
                if _stressing(checker, r, x):
                    scopes.append(x)
                    continue
                if x.status == "supported" and (
                    x.kind == "predicate"
                    or (
                        x.kind == "ordinal"
                        and not _sibling_named(checker, sources, open_parts, x, r)
                    )
                    or (
                        x.kind in ("number", "duration", "date")
                        and not _named_instead(checker, sources, open_parts, r)
                    )
                ):
                    complete = False  # what another fact of the claim holds: not this one's
                    break
                if x.kind in ("number", "duration", "date") and _held(
                    checker, sources, clause.parts, x, r
                ):
                    continue  # its own context holds the value (the truce's first four days)
                hit = next(
                    (
                        (p, *c)
                        for p in _conflict_sources(checker, sources, x)
                        if not (elsewhen and _where_or_when(checker, x))
                        and (c := conflict(checker, p, x, r))
                    ),
                    None,
                )
                if hit is not None:
                    found.append((x, *hit))
                elif source_for(checker, sources, x, r) is None and not _column_absent(sources, x):
                    complete = False
                    break
            if any(not any(f[0].start > x.start for f in found) for x in scopes):
                complete = False  # nothing after the "only" is contradicted: it stays open
            anchored = bool(members) or any(
                x.kind in ("entity", "ordinal", "predicate", "term", "unit") and source_for(checker, sources, x, r)
                for x in parts if x not in [f[0] for f in found] and x not in scopes
            )  # fmt: skip
            # several wrong values of one kind from one fact (a tally, a span of hours) agree
            same = len({(f[0].kind, f[1].fact.id) for f in found}) == 1
            alike = same and found[0][0].kind in ("number", "time", "date", "duration")
            alike = alike or _one_denial(checker, found) or _denied_quality(checker, found)
            alike = alike or _exchanged(found) or _all_opposites(checker, found)
            anchored = anchored or any(  # "there were 530,000 liquidators": what only it counts
                x.kind == "number"
                and x.key
                and _sole_counter(checker, x.key) == sources[0].fact.id
                for x, *_ in found
            )
            if complete and not found and anchored and not any(x.kind == "cue" for x in parts):
                break  # the best fact accounts for all it can and contradicts nothing
            if not complete or not found or (len(found) > 1 and not alike) or not anchored:
                continue  # two contradictions from one fact: more likely the wrong fact
            if any(_joint_figure(r, x, p) for x, p, _, _ in found):
                continue  # "Anadarko and MOEX held 35 per cent": theirs together, not one's
            if any(_total_said(r, x, p, f) for x, p, f, _ in found):
                continue  # "先约定四天，合计八天": the claim gives the whole its own total
            if not open_parts and sources[0].fact.kind in ("party", "person", "place"):
                continue
            if _backed_elsewhere(checker, clause.candidates, parts, r):
                break  # another fact says all of it ("begun in 1163": the cathedral, not the fire)
            for x, p, field_name, actual in found:
                place = counted_place(checker, r, field_name) if x.kind == "duration" else None
                note = other_reporting(checker, p, x, field_name, place)
                x.fact, x.field = p.fact.id, field_name
                ctx.corrections.append(Correction(p.fact.id, field_name, x.text, actual))
                if note is not None:
                    x.status = "disputed"
                    ctx.notes.append((p.fact.id, note))
                else:
                    x.status = "refuted"
            for x in parts:  # "withdraws completely": the deciding fact's whole deed
                if x.kind == "cue" and _whole_here(checker, sources[0], x, r):
                    x.status, x.fact, x.field = "supported", sources[0].fact.id, "text"
            break


def _event_before(ctx: Context, n: int) -> str:
    """The fact of an order clause put first, when clause `n` is the statement after it."""
    if n == 0:
        return ""
    before = ctx.clauses[n - 1]
    if before.anchor is None or not ends_fronted(ctx.reading, before.parts):
        return ""
    return before.anchor.fact.id


def _where_or_when(checker: Checker, x: Part) -> bool:
    return x.kind in ("date", "time") or (
        x.kind == "entity" and checker.voc.entity_kind.get(x.key) == "place"
    )


def _same_event(checker: Checker, fact_id: str, other: str) -> bool:
    """Whether two facts are one event, or one a part of the other."""
    return (
        fact_id == other
        or other in checker.ancestors(fact_id)
        or fact_id in checker.ancestors(other)
    )


def _stressing(checker: Checker, r: Reading, x: Part) -> bool:
    """An "only" the facts do not back, which stresses what follows it in its clause: "only
    X" says X and more, so it is false when X is; true, it is left open."""
    return (
        x.kind == "predicate"
        and x.key == "only"
        and x.status == "unknown"
        and r.norm[x.start : x.end].strip() in checker.voc.focus
    )


def _one_day(x: Part) -> bool:
    """Whether a part is a day no fact has placed yet ("1 December"; not "January 2024")."""
    return (
        x.kind == "date"
        and x.status == "unknown"
        and isinstance(x.value, DateMention)
        and x.value.day is not None
    )


def _reported_elsewhere(
    ctx: Context, candidates: list[list[Profile]], values: list[Part], parts: list[Part]
) -> list[list[Profile]]:
    """A fact the statement's verbs (and ordinals) name whose other reporting gives a day
    the statement gives ("fighting resumed in Gaza on 1 December"), where no candidate is
    that fact: the statement may be about it, though its other words lean elsewhere."""
    have = {srcs[0].fact.id for srcs in candidates if srcs}
    return [
        [p] for p in ctx.ranked[:30]
        if p.fact.id not in have and p.fact.notes
        and _reports_its_day(ctx.checker, p, values, ctx.reading, parts, ordinals=True)
    ][:1]  # fmt: skip


def _reports_its_day(
    checker: Checker,
    p: Profile,
    values: list[Part],
    r: Reading,
    parts: list[Part],
    ordinals: bool = False,
) -> bool:
    """Whether the fact backs the statement's verbs (and, asked, its ordinals: "the third
    round" is another event) and its other reporting gives a day the statement gives."""
    needed = [
        x
        for x in parts
        if (x.kind == "predicate" and not x.negated) or (ordinals and x.kind == "ordinal")
    ]
    return (
        any(x.kind == "predicate" for x in needed)
        and all(backs(checker, p, x, r) for x in needed)
        and any(_one_day(x) and _other_reporting_any(checker, p, x) for x in values)
    )  # fmt: skip


def _undecided(
    checker: Checker, sources: list[Profile], values: list[Part], r: Reading, parts: list[Part]
) -> bool:
    """Whether a value of the claim may be the fact's own approximate figure ("more than
    eight days" against "about 8 days"): neither backed nor contradicted by it; or is the
    day other reporting gives the fact whose verb the statement says ("fighting resumed in
    Gaza on 1 December"), which another fact's day cannot refute."""
    p = sources[0]
    if _reports_its_day(checker, p, values, r, parts):
        return True
    for x in values:
        if x.status != "unknown":
            continue
        if x.kind == "number":
            amounts = amounts_for(checker, p, x, r, typed=True)
        elif x.kind == "duration":
            amounts = [a for a in bound_durations(checker, p, x, r) if a.field != "text"]
        else:
            continue
        if any(may_agree(x, a) for a in amounts) and not _other_reporting_any(checker, p, x):
            return True
    return False


def _backed_elsewhere(
    checker: Checker, candidates: list[list[Profile]], parts: list[Part], r: Reading
) -> bool:
    """Whether one of the statement's candidate facts backs every part of it, the value
    another fact contradicts included: the statement may be that fact's, and true."""
    return any(all(_held(checker, sources, parts, x, r) for x in parts) for sources in candidates)


def _held(
    checker: Checker, sources: list[Profile], parts: list[Part], x: Part, r: Reading
) -> bool:
    """Whether the statement's facts back a part, not by a day another fact lends."""
    held = source_for(checker, sources, x, r)
    return held is not None and not day_of_another(checker, sources[0], parts, held[0], x, r)


def other_figures(ctx: Context) -> None:
    """ "about 350 porters" where the article gives 362 and other reporting about 350: a
    number that the fact's value admits but that is exactly other reporting's figure is
    that figure, so the claim is disputed, as the article's own figure would be supported."""
    checker = ctx.checker
    for x in ctx.reading.parts:
        if (
            x.kind != "number"
            or x.status != "supported"
            or not ((x.field or "").startswith("values.") or x.field == "text")
        ):
            continue
        p = checker.by_id.get(x.fact or "")
        if p is None or not isinstance(x.value, (int, float)) or not x.key or x.key == "times":
            continue  # a count of its own unit, not how many times or a bare number
        field = x.field or ""
        if field == "text":  # backed by its words: the typed figure they give, if one fits
            if any(a.field == "text" and a.value == x.value for a in p.amounts):
                continue  # "570 returned a week later": its words give that figure themselves
            typed = [a for a in p.amounts if a.field.startswith("values.") and a.unit == x.key]
            field = next((a.field for a in typed if fits(x, a)), "")
            if not field:
                continue
        if isinstance(p.fact.values.get(field[7:]), tuple):
            continue  # a list's items ("first by three days"): read by the list readers
        own = [a for a in p.amounts if a.field == field and a.unit == x.key]
        if any(a.value == x.value for a in own):
            continue  # the article's own figure, said as it gives it
        for note in p.fact.notes:
            if note.kind != "also_reported" or note.field != field:
                continue
            values = note.value if isinstance(note.value, tuple) else (note.value,)
            units = {checker.voc.units.get(normalize(getattr(v, "unit", "")), "") for v in values}
            if x.key in units and any(getattr(v, "value", None) == x.value for v in values):
                x.status, x.field = "disputed", field
                ctx.notes.append((p.fact.id, note))
                shown = ", ".join(described_amount(a) for a in own[:1])
                ctx.corrections.append(Correction(p.fact.id, field, x.text, shown))
                break


_THAN = lazy(r"\bthan\b|比")


def side_of_comparison(r: Reading, x: Part) -> bool:
    """A place, party or person named as one side of a comparison in its clause ("more were
    killed in Mell than in Tarn"): each side is another fact's, so no one fact's field
    contradicts it; the comparison judges it."""
    if x.kind != "entity":
        return False
    lo, hi = clause_start(r.claim, x.start), clause_end(r.claim, x.end)
    return _THAN.search(r.norm, lo, hi) is not None and any(
        c.kind == "cue" and c.key in COMPARE_KEYS and lo <= c.start < hi for c in r.parts
    )


def _difference(r: Reading, x: Part) -> bool:
    """A number a comparison gives as the difference ("140 more", 低了37伏): not the value of
    either side, so never contradicted as one."""
    if x.kind not in ("number", "duration"):
        return False
    return any(
        c.kind == "cue"
        and c.key in COMPARE_KEYS
        and (
            0 <= x.start - c.end <= 2
            or (0 <= c.start - x.end <= 1 and not r.norm[x.end : c.start].strip())
        )  # not 150名此前扣押的: a classifier between them, the cue is a clause's of its own
        for c in r.parts
    )


def _named_instead(
    checker: Checker, sources: list[Profile], open_parts: list[Part], r: Reading
) -> bool:
    """A fact that backs every part the best fact left open, a name or an ordinal among
    them, is what the statement names; a value that fitted another fact is then its to
    judge ("round three lasted about a week": the truce lasted a week, round three four)."""
    backed = [x for x in open_parts if source_for(checker, sources, x, r) is not None]
    names = checker.alias_norms(sources[0].fact.id)
    return (
        bool(open_parts)
        and len(backed) == len(open_parts)
        and any(
            x.kind in ("entity", "ordinal") or (x.kind == "term" and normalize(x.text) in names)
            for x in backed
        )  # a word that is one of its names: 干质量, "dry mass"
    )


def _joint_figure(r: Reading, x: Part, p: Profile) -> bool:
    """A figure said of two actors joined by "and" before it, where the fact that holds a
    figure does not name both: it may be the two together, which no one fact gives."""
    if x.kind not in ("number", "duration"):
        return False
    names = [e for e in r.of("entity") if e.end <= x.start]
    return any(
        conjoined(r.claim[a.end : b.start]) and not (a.key in p.entities and b.key in p.entities)
        for a, b in pairwise(names)
    )


def _total_said(r: Reading, x: Part, p: Profile, field_name: str) -> bool:
    """Whether another amount of the claim, after a word for a total ("in all", 合计),
    fits the fact's figure that contradicts this one: that figure is the whole's, which
    the claim gives as the total, and this amount is of a part."""
    if x.kind not in ("number", "duration"):
        return False
    held = p.durations if x.kind == "duration" else p.amounts
    figures = [a for a in held if a.field == field_name]
    unit = next((a.unit for a in figures), None)
    parts = [a for a in held if a.field != field_name and a.unit == unit]
    if parts and not any(fits(x, a) for a in parts):
        return False  # "228 aboard, 218 of them passengers": no part's figure is 218 (216)
    cues = [c for c in r.parts if c.kind == "cue" and c.key == "total"]
    return any(
        y is not x
        and y.kind == x.kind
        and any(abs(y.start - c.end) <= 3 or abs(c.start - y.end) <= 3 for c in cues)
        and any(fits(y, a) for a in figures)
        for y in r.parts
    )


def _sibling_named(
    checker: Checker, sources: list[Profile], open_parts: list[Part], ordinal: Part, r: Reading
) -> bool:
    """ "Reconstruction comes in phase one": where a fact backs every word the best fact
    left open, and the ordinal named a sibling of it (another phase of the same plan) or a
    part of another member of its series (a provision of phase one, against phase two's
    full withdrawal), the ordinal is this fact's to judge: its own place contradicts it."""
    fact = sources[0].fact
    other = checker.by_id.get(ordinal.fact or "")
    if other is None or other.fact.id == fact.id:
        return False
    siblings = fact.part_of is not None and fact.part_of == other.fact.part_of
    own = [sources[0]]  # a part of another member answers for the open words by its own
    return (  # facts alone, not by its whole's ("the Security Council", "the US")
        _same_series(checker, fact.id, other.fact.id)
        and bool(open_parts)
        and any(x.kind in ("predicate", "term", "cue") for x in open_parts)
        and all(
            source_for(checker, sources if siblings else own, x, r) is not None
            or (x.kind == "cue" and _whole_here(checker, sources[0], x, r))
            for x in open_parts
        )
    )


def _same_series(checker: Checker, one: str, other: str) -> bool:
    """Whether two facts are, or are parts of, two members of one series (phase two and a
    provision of phase one), or siblings in one whole."""
    a, b = checker.by_id.get(one), checker.by_id.get(other)
    if a is None or b is None or a.fact.part_of is None:
        return False
    if a.fact.part_of == b.fact.part_of:
        return a.fact.kind == b.fact.kind
    x, y = _member(checker, one), _member(checker, other)
    if x is None or y is None or x == y:
        return False
    mx, my = checker.by_id[x].fact, checker.by_id[y].fact
    return mx.part_of == my.part_of and mx.kind == my.kind


def _member(checker: Checker, fact_id: str) -> str | None:
    """The member of a series a fact is, or is part of: itself or its nearest whole with
    an ordinal of its own."""
    for fid in (fact_id, *checker.ancestors(fact_id)):
        p = checker.by_id.get(fid)
        if (
            p is not None
            and p.fact.part_of is not None
            and isinstance(p.fact.values.get("ordinal"), int)
        ):
            return fid
    return None


def _whole_here(checker: Checker, p: Profile, cue: Part, r: Reading) -> bool:
    """Whether a word of manner ("completely") is this fact's: its words say whole the deed
    the word is said of."""
    verb = manner_verb(r, checker.voc, cue)
    return (
        verb is not None and backs(checker, p, verb, r) and said_whole(checker, p.fact, verb.key)
    )


def _two_from_one_fact(found: list[tuple[Part, Profile, str, str]]) -> bool:
    return len(found) == 2 and len({f[1].fact.id for f in found}) == 1


def _one_denial(checker: Checker, found: list[tuple[Part, Profile, str, str]]) -> bool:
    """An actor held in the field of the claimed verb's opposite, and the verb itself
    denied, by one fact: one contradiction said twice ("Hamas took part in the Paris
    talks": the round holds Hamas as absent, and its words say it could not attend)."""
    if not _two_from_one_fact(found):
        return False
    verbs = [f for f in found if f[0].kind == "predicate"]
    actors = [f for f in found if f[0].kind == "entity"]
    if len(verbs) != 1 or len(actors) != 1:
        return False
    opposites = checker.voc.opposite.get(verbs[0][0].key, set())
    fields = {f"values.{f}" for o in opposites for f in checker.voc.fields_of.get(o, ())}
    return actors[0][2] in fields


def _denied_quality(checker: Checker, found: list[tuple[Part, Profile, str, str]]) -> bool:
    """Two contradictions from one fact whose words deny a quality the claim gives (a vote
    "not unanimous" against "15 votes, unanimously"): the fact speaks of just that, so it
    is the one the claim is about, not a wrong fact that happens to differ twice."""
    if not _two_from_one_fact(found):
        return False
    return any(
        x.kind == "predicate" and x.key in checker.voc.quality and p.predicates.get(x.key) is False
        for x, p, _, _ in found
    )


def _column_absent(sources: list[Profile], part: Part) -> bool:
    """A tally's column the vote does not record ("15-0" when no votes against are
    given): it neither backs nor blocks what the other columns show."""
    field = part.detail[7:] if part.detail.startswith("values.") else ""
    return bool(field) and not any(field in p.fact.values for p in sources)


def _conflict_sources(checker: Checker, sources: list[Profile], part: Part) -> list[Profile]:
    """The facts of a statement's context that may contradict this part: not a fact the
    statement's fact is only about, unless for a name (its day is not the statement's)."""
    parents = checker.ancestors(sources[0].fact.id)
    return [
        p for i, p in enumerate(sources)
        if i == 0 or part.kind in ENTITY_CONTEXT
        or (p.fact.kind not in ENTITY_KINDS and p.fact.id in parents)
    ]  # fmt: skip


def conflict(checker: Checker, p: Profile, part: Part, r: Reading) -> tuple[str, str] | None:
    """The field and value of a fact that contradict this part, if any."""
    kind = part.kind
    if kind == "number" and part.key == "times":
        listed = occurrence_field(checker, p, r)
        typed = [a for a in times_said(p) if a.field.startswith("values.")]
        if listed is None and typed and not WHICH_TIME.search(r.claim, 0, part.start):
            if any(fits(part, a) for a in typed):  # "walked the cabin three times": its two
                return None
            return typed[0].field, described_amount(typed[0])
        if listed is None:
            return conflict(checker, p, replace(part, key=""), r)
        if part.approx != "exact" or len(listed[1]) == part.value:
            return None
        complete = p.fact.is_closed(listed[0]) or all(hasattr(v, "unit") for v in listed[1])
        return (f"values.{listed[0]}", f"{len(listed[1])} times") if complete else None
    if kind == "number":
        designated = _designator(checker, p, part, r)
        if designated is not None:
            return designated
        if not part.key and r.claim.startswith("号", part.end):
            return None  # 2号氧气罐: which one it is, no count
        if any(x.kind == "cue" and x.key == "ratio" for x in r.parts):
            return None  # "for every five … twelve": not one fact's count
        if whole_of_part(r, part):
            return None  # "39 of the 61 crew": the group, not what its verb did
        if WHICH_TIME.search(r.claim, 0, part.start) and part.text.startswith("一"):
            return None  # 最后一次航行: which time it was, no count a fact can contradict
        amounts = amounts_for(checker, p, part, r, typed=True)
        if any(x.kind == "cue" and x.key == "total" for x in r.parts) and not (
            (part.key or (not r.of("unit") and counted_by_verb(checker, p, part, r)))
            and any((a.unit == part.key or not part.key) and not isinstance(
                p.fact.values.get(a.field[7:]), tuple) for a in amounts)
        ):  # fmt: skip  # 共有570人死亡 (no group named): the count of the field its verb fills
            return None  # "340 people in all" may add two counts; "120 hostages in all" is one
        if any(fits(part, a) for a in amounts_for(checker, p, part, r)):
            return None
        if not part.key and any(  # another number of the claim is the one that field holds
            x is not part and x.kind == "number" and any(fits(x, a) for a in amounts)
            for x in r.parts
        ):
            return None
        undecided = not _other_reporting_any(checker, p, part) and any(
            may_agree(part, a) and a.field != "text" for a in amounts
        )  # "more than half a million" against "about 600,000", unless others report it
        if amounts and not undecided and not any(fits(part, a) for a in amounts):
            if _a_part_of(p, part) and not _other_part(p, part, amounts):
                return None  # "32 of the 33 were Chilean": one of the parts it adds up
            a = amounts[0]
            return a.field, described_amount(a)
        if not amounts and part.key and part.approx == "exact":
            return _part_said(p, part)
    elif kind == "duration":
        if any(x.kind == "cue" and x.key in (*ORDER_CUES, "gap") for x in r.parts):
            return None  # a time between two events, not the length of one
        lengths = bound_durations(checker, p, part, r)
        typed = [a for a in lengths if a.field != "text"]
        typed = lengths_for_age(checker, p, part, r, typed)  # "54 years old": no 26-year term
        if (
            typed
            and not any(fits(part, a) for a in lengths)
            and not any(may_agree(part, a) for a in typed)
        ):
            a = typed[0]
            items = p.fact.values.get(a.field.removeprefix("values."))
            if isinstance(items, tuple):  # the extensions: "3 days, 1 day", not their sum
                return a.field, format_value(items)
            said = APPROX_WORDS.get(a.approx, "")  # "about 10 days", as the fact has it
            return a.field, (f"{said} " if said else "") + _in_claims_unit(checker, part, a.value)
    elif kind == "date":
        mention = part.value
        assert isinstance(mention, DateMention)
        main = [(f, la, fl) for f, la, fl in p.days if fl in ("date", "start", "month", "year")]
        bound = date_field(checker, part, r) - {"text"}
        if bound & {"start", "end"} and p.fact.start is not None:  # "began on …": its first day
            edge = p.fact.start if "start" in bound else p.fact.end
            if edge is None or date_fits(mention, edge, edge):
                return None
            if earliest(mention) > checker.last_day and not (
                _named(checker, p, r) or _year_slip(mention, edge, r)
            ):
                return None
            return ("start" if "start" in bound else "end"), edge.isoformat()
        if not main or any(date_fits(mention, f, la) for f, la, _ in p.days):
            return None
        if mention.days and any(  # "late August" of a fact known only to be in August
            fl == "month" and f <= earliest(mention) <= la for f, la, fl in p.days
        ):
            return None
        if main[0][0] != main[0][1] and mention.day:
            return None  # a period: the claim may speak of a day inside it
        first, last, fl = main[0]
        if earliest(mention) > checker.last_day and not (
            _named(checker, p, r) or (first == last and _year_slip(mention, first, r))
        ):
            return None  # after the facts end, "a ceasefire" may be another one: they cannot say
        if fl == "year":
            shown = str(first.year)
        elif p.fact.month:
            shown = p.fact.month
        elif first == last:
            shown = first.isoformat()
        else:
            shown = f"{first} – {'' if last == dt.date.max else last}"
        return fl, shown
    elif kind == "time":
        verbs = [x for x in r.of("predicate") if not x.negated]
        timed = (checker.profiles[i] for i in checker.timed)  # not every fact of the base
        if any(
            time_fits(part, t) and any(backs(checker, q, v, r) for v in verbs)
            for q in timed if q is not p for t in q.times
        ):  # fmt: skip
            return None  # the time of another deed that the verb names (the takeoff's)
        zoned = zone_times(checker, p, part, r)  # "19:29 UTC": the UTC times alone
        times = [t for _, t in zoned] if zoned is not None else p.times
        near = [time_fits(part, t) for t in times]
        if near and not any(near) and None not in near:
            field = f"values.{zoned[0][0]}" if zoned else "values"
            return field, ", ".join(f"{t // 60}:{t % 60:02d}" for t in sorted(times))
    elif kind == "ordinal":
        series = part.key  # "the first" alone names no series: nothing to contradict
        if ordinal_of_another_series(checker, p, part, r) or ordinal_of_another_series(
            checker, p, part, r, p.ordinals.get(series, place_in_series(checker, p, series))
        ):
            return None  # "the seventh crewed mission": its place in a narrower series
        if sum(x.kind == "ordinal" and x.key == series for x in r.parts) > 1:
            return None  # "round two did more than round one": two events, not one
        if any(x.kind == "cue" and x.key in (*COMPARE_KEYS, "gap") for x in r.parts):
            return None  # a comparison of two events: the ordinal may name the other one
        identified = any(  # the fact is the claim's event by an actor, a number or a day
            x.kind in ("entity", "number", "date") and backing(checker, p, x, r)
            for x in r.parts if x is not part
        )  # fmt: skip
        own = place_in_series(checker, p, series)
        if part.value == -1 and own is not None and identified:  # "the last miner"
            final = series_last(checker, p)
            if final is not None and own != final:
                return "values.ordinal", Msg("{n} of {last}", n=own, last=final)
            return None
        if series not in checker.series and own is not None and own != part.value and identified:
            return "values.ordinal", str(own)  # "the second miner": the fact's one place
        if series in p.ordinals and p.ordinals[series] != part.value and identified:
            return "values.ordinal", str(p.ordinals[series])
    elif kind in ("office", "camp"):
        owner = owners(r, part)
        said_of = any(  # "Smotrich is Israel's defence minister": the office is his
            x.key == p.fact.id
            and x.end <= part.start
            and COPULA.search(r.claim[x.end : part.start])
            for x in r.of("entity")
        )
        if owner and all(x.key != p.fact.id for x in owner) and not said_of:
            return None  # "talks with the US prime minister": an office of the US, not his
        held = p.offices if kind == "office" else p.camps
        if held and part.key not in held and p.fact.kind == "person":
            return f"values.{kind}", str(p.fact.values.get(kind, ", ".join(sorted(held))))
    elif kind == "entity":
        if part.detail == "attribute":
            return None  # "the Italian firm Micoperi": what the firm is, judged by its own fact
        if (
            part.key in p.slots.get("absent", ())
            and not speaks_of_absence(checker, r)
            and not _reverse_of_its_deed(checker, p, r)
        ):
            return "values.absent", Msg("{name} absent", name=named(checker, [part.key]))
        kind_of = checker.voc.entity_kind
        peers = [
            x for x in r.parts
            if x.kind == "entity" and kind_of.get(x.key) == kind_of.get(part.key)
            and backing(checker, p, x, r) is None and same_statement(r, x, part)
        ]  # fmt: skip
        if len(peers) > 1:
            return None  # who does what among several actors is not read: no contradiction
        return _slot_conflict(checker, p, part, r) or _in_place_of(checker, p, part, r)
    elif kind == "predicate":
        if reported(checker, r, part):
            return None  # "none declared the talks dead": their death is not said
        doers = [
            x.key for x in r.of("entity")
            if checker.voc.entity_kind.get(x.key) != "place" and agent(checker.voc, r, x, part)
        ]  # fmt: skip
        if not doers and checker.voc.excludes.get(part.key):
            doers = [  # "Le Médec was killed": of a fate, the one it befell, as "Le Médec died"
                x.key for x in r.of("entity")
                if done_to(r, x, part) and checker.voc.entity_kind.get(x.key) == "person"
            ]  # fmt: skip

        subject = next((x for x in r.parts if x.kind in ("term", "entity")), None)
        if (
            not doers
            and subject is not None
            and subject.status == "unknown"
            and subject.start < part.start
        ):
            return None  # "黎巴嫩真主党…它也将停止…": a subject the facts do not know

        def theirs(verb: str) -> bool:  # the fact says it of the claim's doers (or none named)
            said = p.doers.get(verb, set()) | p.slots.get("actor", set())
            return not doers or not said or any(held_by(checker, d, said) for d in doers)

        excluded = checker.voc.excludes.get(part.key, set())
        if any(
            x.kind == "predicate"
            and x.key in excluded
            and clause_start(r.claim, x.start) == clause_start(r.claim, part.start)
            for x in r.parts
        ):
            return (
                None  # "abstained in the vote": the claim says the other role, the vote frames it
            )
        for other in sorted(excluded):  # the fact's field first: Russia among the abstainers
            for name in checker.voc.fields_of.get(other, ()):
                held = p.slots.get(name, set())
                if doers and held and all(held_by(checker, d, held) for d in doers):
                    found = named(checker, sorted(held))
                    return f"values.{name}", Msg("{names} ({field})", names=found, field=name)
        word = word_before(r, part)  # "the figurehead was destroyed": what the words say of it
        fates = _fates(p, word.key) if word is not None and not part.negated else set()
        for opposite in sorted(checker.voc.opposite.get(part.key, ())):
            said_too = not part.negated and p.predicates.get(part.key) is True  # and the verb
            if opposite in fates and part.key not in fates | p.fates.get("", set()):
                return "text", checker.voc.word(opposite, r.lang)  # said of another, not it
            if p.predicates.get(opposite) is True and not said_too and theirs(opposite):
                return "text", checker.voc.word(opposite, r.lang)
        for other in sorted(excluded):  # then the words of a role it excludes: "abstained"
            said_too = p.predicates.get(part.key) is True  # "14 for, one abstention"
            if doers and p.predicates.get(other) is True and not said_too and theirs(other):
                return "text", checker.voc.word(other, r.lang)
        denied = f"没有{checker.voc.word(part.key, 'zh')}" if r.lang == "zh" else f"not {part.key}"
        if p.predicates.get(part.key) is False and theirs(part.key):
            return "text", denied
        if not part.negated and theirs(part.key) and hedged_alike(checker, p, part, r):
            return "text", denied  # "publicly accepted": it never publicly did
    elif kind == "term" and not part.negated:
        swapped = antonym_swap(checker, p, part, r)
        if swapped is not None:
            return "text", swapped  # 右舷 where the fact says 左舷
    return None


def _fates(p: Profile, key: str) -> set[str]:
    """The verbs a fact's words say right after this word (a Chinese word also inside a
    longer run of theirs: 老雕像 in 那座老雕像)."""
    if key.isascii():
        return p.fates.get(key, set())
    return {v for k, verbs in p.fates.items() if len(key) > 1 and key in k for v in verbs}


def _all_opposites(checker: Checker, found: list[tuple[Part, Profile, str, str]]) -> bool:
    """Each word the opposite of the one fact's (机尾着地、机头高翘，前部滑梯 where it has the
    nose down, the tail up and the rear slides): one picture turned round, not two errors."""
    if len({f[1].fact.id for f in found}) != 1:
        return False
    opposites = checker.voc.antonyms
    return all(
        x.kind == "term"
        and any(
            o in actual for w in opposites if w in normalize(x.text) for o in opposites[w]
        )  # 尾高 for 头高: the pair the opposite character makes
        for x, _, _, actual in found
    )


def _exchanged(found: list[tuple[Part, Profile, str, str]]) -> bool:
    """Two opposite words of one fact said the other way round ("cold surface water over
    warm deep water", the bow and the stern): one error, an exchange, not two."""
    if len(found) != 2 or found[0][1] is not found[1][1]:
        return False
    (a, _, _, a_is), (b, _, _, b_is) = found
    said = normalize(a.text).strip(), normalize(b.text).strip()
    return a.kind == b.kind == "term" and (a_is, b_is) == (said[1], said[0])


_NOUN_BEFORE = lazy(r"([a-z][a-z-]*)\s+$")  # "resolution 2753", "flight 1594"
_NOUN_AFTER = lazy(r"^号([\u4e00-\u9fff]{1,2})")  # 第2753号决议


def _designator(checker: Checker, p: Profile, part: Part, r: Reading) -> tuple[str, str] | None:
    """ "Resolution 2753", 第2753号决议: a number naming a thing, where the fact names the same
    thing by the same word with another number of as many digits (resolution 2735), or of
    any length where a field of the fact types that name ("runway 4" for "runway 13"): the
    claim has the wrong one. None where the number is no such name."""
    value = part.value
    if part.key or part.approx != "exact" or not isinstance(value, (int, float)):
        return None
    if not float(value).is_integer():
        return None
    digits = str(int(value))
    before = _NOUN_BEFORE.search(r.claim[: part.start].lower())
    after = _NOUN_AFTER.match(r.claim[part.end :])
    if before is not None and before.group(1) not in checker.voc.function_en:
        pattern = rf"\b{re.escape(before.group(1))}\s+(\d+)\b"
    elif after is not None:
        pattern = rf"(\d+)\s*号{re.escape(after.group(1))}"
    else:
        return None
    names = [
        (m.group(0), m.group(1))
        for alias in (*p.fact.aliases_en, *p.fact.aliases_zh)
        for m in re.finditer(pattern, alias, re.I)
    ]
    if not names or any(n == digits for _, n in names):
        return None
    if re.search(rf"(?<!\d){digits}(?!\d)", p.fact.text.en + " " + p.fact.text.zh):
        return None  # "reactor 4 blew up; reactors 1 to 3 ran on": the fact speaks of it
    for whole, _ in names:  # "identifier = 'runway 4'": a typed name, of any length
        field = next(
            (
                f
                for f, v in p.fact.values.items()
                if isinstance(v, str) and v.lower() == whole.lower()
            ),
            None,
        )
        if field is not None:
            return f"values.{field}", whole
    name = next((whole for whole, n in names if len(n) == len(digits)), None)
    return ("aliases", name) if name is not None else None


def _part_said(p: Profile, part: Part) -> tuple[str, str] | None:
    """ "3,206 crew members" where the fact's words give the one count of crew members,
    1,023, as one of the `parts` its typed total adds up to (4,229: 3,206 passengers and
    1,023 crew members): the breakdown is the fact's, so another count of that unit is
    contradicted."""
    said = {a.value for a in p.amounts if a.field == "text" and a.unit == part.key}
    if len(said) != 1 or part.value in said:
        return None
    (value,) = said
    if value not in _parts_of(p):
        return None
    return "text", f"{format_number(value)} {part.key}"


def _parts_of(p: Profile) -> set[float]:
    """The `parts` that the fact's quantities add up to (4,229: 3,206 and 1,023)."""
    return {
        x
        for value in p.fact.values.values()
        for item in (value if isinstance(value, tuple) else (value,))
        if isinstance(item, Quantity)
        for x in item.parts
    }


def _other_part(p: Profile, part: Part, amounts: list[Amount]) -> bool:
    """Whether the fact types another of its total's parts in the claim's very unit: with
    3,206 passengers and 1,023 crew members, "3,206 crew members" swaps the two."""
    return any(
        a.field != "text" and a.unit == part.key and a.value != part.value
        and a.value in _parts_of(p)
        for a in amounts
    )  # fmt: skip


def _a_part_of(p: Profile, part: Part) -> bool:
    """Whether a claimed number is one of the `parts` a quantity of the fact adds up to."""
    return part.approx == "exact" and part.value in _parts_of(p)


def _sole_counter(checker: Checker, unit: str) -> str | None:
    """The id of the one fact whose typed values count this unit, if only one does (asked
    of the facts whose words name the unit, where they are no more than a few hundred)."""
    found = counting(checker, unit)
    return found[0].fact.id if len(found) == 1 else None


def _in_claims_unit(checker: Checker, part: Part, days: float) -> str:
    """A length in the unit the claim counts in: 16425 days against "40 years" is 45 years."""
    text = normalize(part.text)
    for unit in ("decades", "years", "months", "weeks"):
        size = checker.voc.duration_days.get(unit)
        words = [w for w, u in checker.voc.units.items() if u == unit and w]
        aged = unit == "years" and part.detail == "age"  # "aged 57", "Skiles, 57,"
        said = aged or any(w in text for w in words)
        if size and said and abs(days / size - round(days / size)) < 0.05:
            return f"{format_number(round(days / size))} {unit}"  # a whole number of them
    return f"{format_number(days)} days"


def _named(checker: Checker, p: Profile, r: Reading) -> bool:
    """Whether the claim names the fact's event exactly (resolution 2735, round three, or
    "the" and a name of its own of two words or more: "the rescue operation"; not "a
    ceasefire agreement", which may be another)."""
    said = f" {normalize(r.claim)} "
    return any(
        (x.kind in ("number", "ordinal") and backing(checker, p, x, r))
        or (x.kind == "entity" and x.key == p.fact.id)  # its own name: "resolution 7"
        for x in r.parts
    ) or any(a.isascii() and f" the {a} " in said for a in p.names)


def _year_slip(mention: DateMention, day: dt.date, r: Reading) -> bool:
    """A full date that is the fact's day and month in another year: it names the fact's
    day, with the year wrong ("began on 24 November 2024" of a truce begun in 2023); not
    where the claim speaks of "a" or "another" event, which may be a later one."""
    return (
        mention.year is not None and mention.year != day.year
        and (mention.month, mention.day) == (day.month, day.day)
        and not _INDEFINITE.search(r.norm)
    )  # fmt: skip


_INDEFINITE = lazy(r"\b(?:a|an|another)\s")


_TO_THEN = lazy(r"\s+to\s+(?:[a-z]+ly\s+)?")


def _asked_to(voc: Vocabulary, r: Reading, part: Part, verb: Part) -> bool:
    """Whether an actor is only asked or urged to do the verb ("asked Swigert to say it
    again"): a word of wanting before it, "to" between it and the verb; not a deed of its."""
    if not _TO_THEN.fullmatch(r.norm, part.end, verb.start):
        return False
    before = r.norm[clause_start(r.claim, part.start) : part.start]
    return words_pattern(voc.wishes).search(before) is not None


def _reverse_of_its_deed(checker: Checker, p: Profile, r: Reading) -> bool:
    """Whether the claim's verb is one the lexicon opposes to the fact's own ("survived",
    said of those the deaths' fact holds as absent from them), where the fact holds some
    as absent: being absent agrees, and its actors did the other deed."""
    if not p.slots.get("absent"):
        return False
    voc = checker.voc
    said = {k for k, v in p.predicates.items() if v is True}
    return any(
        (voc.opposite.get(x.key, set()) | voc.excludes.get(x.key, set())) & said
        for x in r.of("predicate")
        if not x.negated
    )


def _slot_conflict(checker: Checker, p: Profile, part: Part, r: Reading) -> tuple[str, str] | None:
    """Another actor in the field the claim's predicate fills, when that field holds one
    value or a closed list; another place where the fact happened."""
    voc = checker.voc
    kind = voc.entity_kind.get(part.key)
    verbs = [
        x for x in r.of("predicate")
        if kind == "place" or agent(voc, r, part, x)
        or r.claim[x.end : part.start].strip() in ("of", "of the")  # "the head of Shin Bet"
        or held_after(r, x, part)  # "belonged to the United States Industrial Alcohol Company"
    ]  # fmt: skip
    owner = re.match(r"\s*['’]s\b|\s*的", r.claim[part.end : part.end + 3])  # Biden's speech
    if not verbs and not owner:
        verbs = r.of("predicate")  # "represented by the head of Shin Bet": no verb of its own
    verbs = [v for v in verbs if not _asked_to(voc, r, part, v)]
    selves = [x for x in r.of("entity") if x.key == p.fact.id and not x.negated]
    if p.fact.kind in ENTITY_KINDS and selves:  # a person the claim names: only their own roles
        verbs = [v for v in verbs if any(agent(voc, r, x, v) or _said_of(r, x, v) for x in selves)]
    fields = [  # what it did; not, for its doer, what it did it to ("Osk dissolved the council")
        f for pred in verbs for f in voc.fields_of.get(pred.key, ())
        if not (f in voc.done_to.get(pred.key, ()) and agent(voc, r, part, pred))
    ]  # fmt: skip
    fields += doer_fields_of_words(voc, r, part)  # "Hanks directed it": the file's `director`
    if kind == "place" and "place" in p.slots:
        fields.append("place")
    if kind != "place" and "recipient" in p.slots and addressed(checker, r, part):
        fields = ["recipient"]  # "said to Tenzing": to whom, not who said it
    # "Netanyahu resigned": where the verb's own fields hold no one of the actor's kind (a
    # body left), its doer is the fact's actor. One of two doers ("the Assembly and the
    # Council passed …") may be one the field leaves out, and is not contradicted.
    doing = [v for v in verbs if agent(voc, r, part, v)]
    alone = not any(
        x is not part and voc.entity_kind.get(x.key) == kind and agent(voc, r, x, v)
        for x in r.of("entity")
        for v in doing
    )
    own = {h for f in fields for h in p.slots.get(f, ())}
    if (
        kind in ("person", "party")
        and doing
        and alone
        and part.key not in p.entities
        and not any(voc.entity_kind.get(h) == kind for h in own)
        and not any(p.predicates.get(v.key) is False for v in doing)
        and not _reverse_of_its_deed(checker, p, r)
    ):  # (not where the fact denies its actor the verb: "abstained rather than voting for";
        fields.append("actor")  # nor "survived", said against the deaths' fact)
    if (
        kind == "party"
        and "place" in p.slots
        and _IN_PLACE.search(r.claim[: part.start])
        and _other_state(checker, part.key, p.slots["place"])
    ):  # "in Sudmark": the place the fact holds lies in another state
        return "values.place", named(checker, sorted(p.slots["place"]))
    places = p.fact.values.get("place")
    if (
        kind == "party"
        and part.key.startswith("outside-")
        and voc.entity_type.get(part.key) == "state"
        and "place" in p.slots
        and (p.fact.is_closed("place") or not isinstance(places, tuple) or len(places) == 1)
        and _IN_PLACE.search(r.claim[: part.start])
    ):  # "held in Jordan": a state the base never names is none of the fact's places
        return "values.place", named(checker, sorted(p.slots["place"]))
    for name in dict.fromkeys(fields):
        held = p.slots.get(name)
        if not held or part.key in held:
            continue
        same_kind = {h for h in held if voc.entity_kind.get(h) == kind}
        of_type = voc.entity_type.get(part.key, "")
        if of_type and any(voc.entity_type.get(h) for h in same_kind):
            alike = {of_type, ""} | (voc.settlements if of_type in voc.settlements else set())
            same_kind = {
                h for h in same_kind
                if voc.entity_type.get(h) in alike or _type_within(of_type, voc.entity_type[h])
            }  # fmt: skip
        if not same_kind:
            continue  # a political party is not in the place of a government
        value = p.fact.values.get(name)
        single = not isinstance(value, tuple) or len(value) == 1
        if within(checker, part.key, held):
            continue
        if single or p.fact.is_closed(name) or name == "place":
            names = named(checker, sorted(same_kind))
            return f"values.{name}", names
    return None


def _type_within(a: str, b: str) -> bool:
    """Whether one type names the other with more words: an "ocean" is of the kind of an
    "ocean area", a "port" of a "fishing port"."""
    short, long = sorted((a, b), key=len)
    return bool(short) and re.search(rf"(?:^|\s){re.escape(short)}(?:\s|$)", long) is not None


_IN_PLACE = lazy(r"(?:\b(?:in|at)\s+(?:the\s+)?|在|位于)$")


def _other_state(checker: Checker, state: str, places: set[str]) -> bool:
    """Whether the places lie in states the fact base names, of the state's type, and
    none of them is this one: a port in Norland is not in Sudmark."""
    voc = checker.voc
    states = {
        a for h in places for a in checker.ancestors(h)
        if voc.entity_kind.get(a) == "party" and voc.entity_type.get(a) == voc.entity_type.get(state)
    }  # fmt: skip
    return bool(states) and state not in states and not one_side(checker, state, states)


def _said_of(r: Reading, who: Part, verb: Part) -> bool:
    """ "Burns is the head of Mossad": the verb after a copula is said of the one before."""
    return who.end <= verb.start and bool(COPULA.search(r.claim[who.end : verb.start]))


_LISTED = lazy(r"^\s*(?:,|、|，|and|or|和|与|及|以及|或)?\s*$")


def _between(r: Reading, a: Part, b: Part) -> str:
    first, second = (a, b) if a.start < b.start else (b, a)
    return r.claim[first.end : second.start]


def _in_place_of(checker: Checker, p: Profile, part: Part, r: Reading) -> tuple[str, str] | None:
    """The one actor of the part's kind that the fact holds in a field of one value and the
    claim never names, where the fact holds the part's actor nowhere: the claim has put one
    in the other's place ("to talk Qatar out of a ground offensive": Israel)."""
    kind_of = checker.voc.entity_kind
    kind = kind_of.get(part.key)
    if (
        kind not in ("party", "person")
        or part.key in p.entities
        or p.fact.kind in kind_of.values()
    ):
        return None  # an actor's own card says who it is, not what an event did
    if COPULA.match(r.claim[part.end :].lstrip()) and checker.by_id.get(part.key) is not None:
        return None  # "Kell was an engineer at Vanta": what an actor is, no deed of an event
    if any(
        x is not part and x.kind == "entity" and _LISTED.match(_between(r, x, part))
        for x in r.of("entity")
    ):
        return None  # "the General Assembly and the Council": a list shares one role
    candidates: list[list[Profile]] = r.memo.get("candidates", [])  # type: ignore[assignment]
    if any(
        part.key in sources[0].entities and sources[0].fact.kind not in kind_of.values()
        for sources in candidates
        if sources
    ):
        return None  # another event the statement may be about names the actor
    if one_side(checker, part.key, p.entities):
        return None  # the fact holds the actor's body or its state
    if _reverse_of_its_deed(checker, p, r):
        return None  # "Glick survived": no stand-in for one the deaths' fact holds
    named_ = {x.key for x in r.of("entity")}
    left_out = [
        (name, e)
        for name, held in p.slots.items()
        if name != "absent"  # who was not there is no one the claim's actor stands in for
        and (not isinstance(p.fact.values.get(name), tuple) or len(held) == 1)
        for e in held
        if kind_of.get(e) == kind and not one_side(checker, e, named_)
    ]
    of_type = checker.voc.entity_type.get(part.key, "")
    if of_type:  # a political party is not in the place of a government
        left_out = [(n, e) for n, e in left_out if checker.voc.entity_type.get(e, "") == of_type]
    if len(left_out) != 1:
        return None
    name, entity = left_out[0]
    if part.key not in checker.by_id:  # "Jordan took part": an actor the base never
        # describes, said as the doer of taking part, is not put in the place of the fact's
        # `target`, nor in that of the `actor` of another deed ("Algeria voted for it":
        # Russia abstained rather than voting for it)
        doing = {v.key for v in r.of("predicate") if agent(checker.voc, r, part, v)}
        roles = {f for k in doing for f in checker.voc.fields_of.get(k, ())}
        if (
            roles
            and name not in roles
            and (name != "actor" or not any(p.predicates.get(k) is True for k in doing))
        ):
            return None
    return f"values.{name}", named(checker, [entity])


def other_reporting(
    checker: Checker, p: Profile, part: Part, field_name: str, place: int | None = None
) -> Note | None:
    """The also_reported note on this field whose value is the claimed one."""
    for note in p.fact.notes:
        if note.kind != "also_reported" or note.value is None:
            continue
        if note.field != field_name and not (
            (field_name in ("start", "date") and note.field in ("date", "start", "end"))
            or (field_name == "values" and isinstance(note.value, dt.time) and _one_time(p))
        ):
            continue
        values = note.value if isinstance(note.value, tuple) else (note.value,)
        if place is not None and isinstance(note.value, tuple):  # "the first extension"
            values = values[place - 1 : place]
        if part.key == "times":  # how many times: the length of the list other reporting gives
            if isinstance(note.value, tuple) and len(note.value) == part.value:
                return note
            continue
        for v in values:
            if _note_value_fits(checker, part, v):
                return note
    if part.kind == "duration" and p.fact.start and p.fact.end:  # the span other reporting gives
        start, end = p.fact.start, p.fact.end
        notes = [
            n for n in p.fact.notes if n.kind == "also_reported" and n.field in ("start", "end")
        ]
        for note in notes:
            if isinstance(note.value, dt.date):
                start = note.value if note.field == "start" else start
                end = note.value if note.field == "end" else end
        length = float((end - start).days + 1)
        if notes and compatible(float(part.value), part.approx, length, "exact"):  # type: ignore[arg-type]
            return notes[0]
    return None


def _one_time(p: Profile) -> bool:
    """Whether a fact types one time of day: a note on a time is then on that one."""
    return sum(isinstance(v, dt.time) for v in p.fact.values.values()) == 1


def _other_reporting_any(checker: Checker, p: Profile, part: Part) -> bool:
    """Whether any also_reported note of the fact gives this part's value."""
    fields = {n.field for n in p.fact.notes if n.kind == "also_reported" and n.field}
    return any(other_reporting(checker, p, part, f) is not None for f in fields)


def _note_value_fits(checker: Checker, part: Part, v: object) -> bool:
    if part.kind == "duration" and isinstance(v, Quantity):  # in days, as the claim's length
        voc = checker.voc
        days = voc.duration_days.get(voc.unit(v.unit))
        value = float(v.value) * days if days is not None else float(v.value)
        return compatible(float(part.value), part.approx, value, v.approx)  # type: ignore[arg-type]
    if part.kind == "number" and isinstance(v, Quantity):
        unit = checker.voc.unit(v.unit)  # "about 520 km" for the other accounts' 280 nmi
        if part.key and unit != part.key:
            [a] = in_unit(checker.voc, [Amount(float(v.value), unit, v.approx, "note")], part.key)
            if a.unit == part.key:
                return fits(part, a)
        return compatible(float(part.value), part.approx, float(v.value), v.approx)  # type: ignore[arg-type]
    if part.kind == "number" and isinstance(v, (int, float)):
        return compatible(float(part.value), part.approx, float(v), "exact")  # type: ignore[arg-type]
    if part.kind == "date" and isinstance(v, dt.date):
        return date_fits(part.value, v, v)  # type: ignore[arg-type]
    if part.kind == "time" and isinstance(v, dt.time):
        return time_fits(part, v.hour * 60 + v.minute) is True
    return False


def described_amount(a: Amount) -> str:
    """A typed amount as the facts give it ("about 600 people"), for a correction."""
    if a.said:  # converted to the claim's unit: what the fact itself says
        return a.said
    words = {
        "more_than": "more than ",
        "about": "about ",
        "nearly": "nearly ",
        "at_least": "at least ",
    }
    return f"{words.get(a.approx, '')}{format_number(a.value)} {a.unit}".strip()
