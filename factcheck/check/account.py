"""The account of a claim: each part's status from the readers of each kind of meaning."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check.alternatives import alternatives
from factcheck.check.amount_names import named_amounts
from factcheck.check.aspect import aspects
from factcheck.check.changes import from_to
from factcheck.check.comparison import (
    comparisons,
    joint_sums,
    lengths,
    list_totals,
    members_shares,
    parts_as_totals,
    sums,
    totals_as_parts,
)
from factcheck.check.contradiction import conflicts, other_figures
from factcheck.check.counts import (
    apposed_counts,
    bound_times,
    counts_elsewhere,
    crossed_doers,
    crossed_objects,
    opposite_clauses,
    others_words,
    placed_counts,
    said_counts,
    said_dates,
    said_days,
    said_doers,
    said_parts,
    whole_figure_of_part,
)
from factcheck.check.delegates import delegates
from factcheck.check.directions import directions
from factcheck.check.elapsed import elapsed, said_elapsed
from factcheck.check.evidence import (
    LENIENT,
    ORDER_CUES,
    Context,
    antonym_swap,
    backing,
    backs,
    clause_end,
    clause_start,
    day_of_another,
    doer_fields,
    family,
    held_after,
    held_by,
    is_author,
    reporting_frame,
    source_for,
)
from factcheck.check.extent import extent, manner_verb
from factcheck.check.fates import fates
from factcheck.check.field_verbs import field_verbs
from factcheck.check.frames import when_framed
from factcheck.check.holdings import holdings
from factcheck.check.lists import (
    affiliations,
    apposed_descriptions,
    attributes,
    closed_lists,
    counted_nationalities,
    deeds_of_roles,
    descriptions,
    identities,
    membership,
    named_as,
    nationalities,
    only,
    said_roles,
    text_lists,
    titles_before_names,
    unnamed_descriptions,
    verb_items,
)
from factcheck.check.meetings import meetings
from factcheck.check.model import CONTENT, Correction, Part
from factcheck.check.modifiers import modifiers
from factcheck.check.negation import contrasts, denied_of_them, negations
from factcheck.check.object_fields import doers_by_object
from factcheck.check.objects import doers_as_objects
from factcheck.check.offices import headed_offices
from factcheck.check.only_counts import only_counts
from factcheck.check.order import during, orders, restated_opposite, said_order, sequences
from factcheck.check.posts import possessed_posts, posts_of_named
from factcheck.check.rates import rates
from factcheck.check.reasons import partly
from factcheck.check.referents import referents
from factcheck.check.represent import representation
from factcheck.check.restated import restated_counts
from factcheck.check.roles import agent
from factcheck.check.series import framed_statements
from factcheck.check.sites import bound_names, sites
from factcheck.check.sizes import sizes
from factcheck.check.sought import sought_qualities
from factcheck.check.stance import stances
from factcheck.check.statements import counts_in_their_statement
from factcheck.check.swaps import (
    cleft_doers,
    displaced,
    doer_of_a_part,
    done_by_another,
    ordinal_owners,
    parts_of_whole,
    ranked_ahead,
    subject_of_another,
    turned_round,
    unnamed_doer,
    whole_named,
)
from factcheck.check.targets import wish_targets
from factcheck.check.verb_days import verb_days
from factcheck.check.weekdays import weekdays
from factcheck.check.whereabouts import whereabouts
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.profile import Profile
    from factcheck.facts import Fact


def account(ctx: Context) -> None:
    """Give every part of the claim its status, with the fact and field that back it."""
    r, checker = ctx.reading, ctx.checker
    for clause in ctx.clauses:
        if not clause.sources:
            continue
        for part in clause.parts:
            found = source_for(checker, clause.sources, part, r)
            if found is not None and day_of_another(
                checker, clause.anchor, clause.parts, found[0], part, r
            ):
                continue  # the statement's own fact has a day of its own: it judges the date
            if found is not None:
                part.status, part.fact, part.field = "supported", found[0].fact.id, found[1]
    referents(ctx)
    modifiers(ctx)
    restated_counts(ctx)
    sought_qualities(ctx)
    delegates(ctx)
    _participles(ctx)
    _described_by_nouns(ctx)
    _agreements(ctx)
    _doers_of_the_verbs_fact(ctx)
    parts_of_whole(ctx)
    ordinal_owners(ctx)
    ranked_ahead(ctx)
    displaced(ctx)
    turned_round(ctx)
    doer_of_a_part(ctx)
    done_by_another(ctx)
    cleft_doers(ctx)
    subject_of_another(ctx)
    unnamed_doer(ctx)
    whole_named(ctx)
    wish_targets(ctx)
    _reporting(ctx)
    identities(ctx)
    posts_of_named(ctx)
    possessed_posts(ctx)
    field_verbs(ctx)
    doers_by_object(ctx)
    doers_as_objects(ctx)
    named_as(ctx)
    apposed_descriptions(ctx)
    descriptions(ctx)
    unnamed_descriptions(ctx)
    titles_before_names(ctx)
    said_roles(ctx)
    deeds_of_roles(ctx)
    headed_offices(ctx)
    nationalities(ctx)
    counted_nationalities(ctx)
    attributes(ctx)
    affiliations(ctx)
    closed_lists(ctx)
    membership(ctx)
    only(ctx)
    only_counts(ctx)
    text_lists(ctx)
    verb_items(ctx)
    sequences(ctx)
    said_order(ctx)
    orders(ctx)
    restated_opposite(ctx)
    directions(ctx)
    from_to(ctx)
    sites(ctx)
    bound_names(ctx)
    whereabouts(ctx)
    holdings(ctx)
    meetings(ctx)
    fates(ctx)
    rates(ctx)
    said_counts(ctx)
    said_parts(ctx)
    said_days(ctx)
    said_doers(ctx)
    crossed_doers(ctx)
    others_words(ctx)
    crossed_objects(ctx)
    opposite_clauses(ctx)
    denied_of_them(ctx)
    placed_counts(ctx)
    apposed_counts(ctx)
    whole_figure_of_part(ctx)
    bound_times(ctx)
    counts_elsewhere(ctx)
    named_amounts(ctx)
    counts_in_their_statement(ctx)
    said_dates(ctx)
    verb_days(ctx)
    elapsed(ctx)
    said_elapsed(ctx)
    comparisons(ctx)
    lengths(ctx)
    sums(ctx)
    parts_as_totals(ctx)
    totals_as_parts(ctx)
    joint_sums(ctx)
    members_shares(ctx)
    list_totals(ctx)
    _items_of_siblings(ctx)
    _figures_of_a_named_part(ctx)
    conflicts(ctx)
    _denied_saying(ctx)
    stances(ctx)
    sizes(ctx)
    framed_statements(ctx)
    when_framed(ctx)
    other_figures(ctx)
    alternatives(ctx)
    contrasts(ctx)
    negations(ctx)
    aspects(ctx)
    during(ctx)
    _only_of_a_quality(ctx)
    weekdays(ctx)
    _unjudged(ctx)
    _operators(ctx)


UNJUDGED = ("share", "order of names")  # what a reader marks as no step's to judge


def _unjudged(ctx: Context) -> None:
    """Parts a reader marked as nothing's to judge, whatever a later step found: "one in
    four villagers" (no reader works out a share of two counts yet: 120 villagers had
    refuted it), or the later of two names of one place ("Tenerife North became Los
    Rodeos": which name came first, no fact says)."""
    for part in ctx.reading.parts:
        if part.detail in UNJUDGED and part.status != "unknown":
            said = part.text
            part.status, part.fact, part.field = "unknown", None, None
            ctx.corrections[:] = [c for c in ctx.corrections if c.claimed != said]


_ONLY_BEFORE_QUALITY = {"a", "an", "the", "at", "for", "to", "on"}  # "aimed only at a …"


def _only_of_a_quality(ctx: Context) -> None:
    """ "sought only a temporary ceasefire": "only" right before a quality that has an
    opposite, where the fact holds that quality as the one value of a field, says what the
    field says; it is judged with the quality."""
    r, voc = ctx.reading, ctx.checker.voc
    for word in [x for x in r.of("predicate") if x.key == "only" and x.status == "unknown"]:
        quality = min(
            (
                x for x in r.parts
                if x.start >= word.end and normalize(x.text).strip() not in _ONLY_BEFORE_QUALITY
            ),
            key=lambda x: x.start,
            default=None,
        )  # fmt: skip
        if (
            quality is not None
            and quality.kind == "predicate"
            and quality.key in voc.quality
            and voc.opposite.get(quality.key)
            and quality.status in ("supported", "refuted", "disputed")
            and set(r.norm[word.end : quality.start].split()) <= _ONLY_BEFORE_QUALITY
            and _the_one_value(ctx, quality)
        ):
            word.status, word.fact, word.field = "operator", quality.fact, quality.field


def _the_one_value(ctx: Context, quality: Part) -> bool:
    """Whether the fact that judged a quality holds it in a field of one value, not a list
    (`demand = "temporary ceasefire"`): what it sought was that and nothing else. Its words
    alone ("a plan that sought a permanent ceasefire") do not say there was nothing else."""
    p = ctx.checker.by_id.get(quality.fact or "")
    if p is None:
        return False
    return any(
        isinstance(v, str) and any(x.key == quality.key for x in ctx.checker.reading_of(v).parts)
        for v in p.fact.values.values()
    )


def _doers_of_the_verbs_fact(ctx: Context) -> None:
    """ "The pause was announced by the UN": where the fact that types a verb (its
    `announced` day) gives the deed to an actor of the same kind (the IDF, its `actor`),
    another actor the claim makes its doer is not backed by some other fact that merely
    names it (the UN, consulted about the pause)."""
    checker, r = ctx.checker, ctx.reading
    voc, kind_of = checker.voc, checker.voc.entity_kind
    for verb in r.of("predicate"):
        p = checker.by_id.get(verb.fact or "")
        if p is None or verb.status != "supported" or not (verb.field or "").startswith("values."):
            continue
        fields = [f for f in doer_fields(voc, verb.key) if p.slots.get(f)] or ["actor"]
        holders = {h for f in fields for h in p.slots.get(f, ())}
        for x in r.of("entity"):
            if x.status != "supported" or x.fact == p.fact.id:
                continue
            if not agent(voc, r, x, verb) and not held_after(r, verb, x):
                continue  # (the owner "belonged to" names: its field's holder too)
            lo, hi = min(x.end, verb.end), max(x.start, verb.start)
            if any(v is not verb and lo <= v.start < hi for v in r.of("predicate")):
                continue  # the nearer verb is the one it does
            if r.lang == "zh" and verb.end <= x.start:
                continue  # 谈判时…被哈马斯扣押: a Chinese doer stands before its verb
            same = {h for h in holders if kind_of.get(h) == kind_of.get(x.key)}
            if same and x.key not in same and not held_by(checker, x.key, same):
                x.status, x.fact, x.field = "unknown", None, None


_PARTICIPLE = lazy(r"[a-z]+ed\s+(?:in|on|at|by|with|during|between|after|before)\b")


def _participles(ctx: Context) -> None:
    """ "the truce reached in November", "the resolution adopted on 10 June": a verb after
    its noun names the thing, it is no deed of the clause; a fact of the same event (see
    `evidence.family`) backs it."""
    checker, r = ctx.checker, ctx.reading
    for clause in ctx.clauses:
        if clause.anchor is None:
            continue
        kin: list[Profile] | None = None  # read from the store only when needed
        for part in clause.parts:
            if part.kind != "predicate" or part.negated:
                continue
            doer = next(  # 被困者: "the trapped ones", a verb made a noun by 者
                (x for x in r.parts if x.kind == "term" and x.text == "者" and x.start == part.end),
                None,
            )  # fmt: skip
            if part.status == "supported" and doer is not None and doer.status == "unknown":
                doer.status, doer.fact, doer.field = "supported", part.fact, part.field
            if part.status != "unknown":
                continue
            attributive = doer is not None
            before = [
                x for x in clause.parts if x.end <= part.start and x.kind in ("unit", "term")
            ]
            if not attributive and (not before or r.claim[before[-1].end : part.start].strip()):
                continue  # not right after a noun
            if not attributive and not _PARTICIPLE.match(r.claim.lower(), part.start):
                continue
            if (
                not attributive
                and not any(
                    (x.kind == "predicate" and x.key not in checker.voc.reporting)
                    or (x.kind == "cue" and x.key == "lasted")  # "… lasted eight days"
                    for x in r.parts
                    if x is not part
                )
                and not _FINITE.search(r.claim, part.end, clause_end(r.claim, part.end))
            ):
                continue  # "the apprentices died in the fire": the claim's one verb is its deed
            kin = family(checker, clause.anchor) if kin is None else kin
            found = next((p for p in (clause.anchor, *kin) if backs(checker, p, part, r)), None)
            if found is not None:
                part.status, part.fact, part.field = "supported", found.fact.id, "text"
                if doer is not None:
                    doer.status, doer.fact, doer.field = "supported", found.fact.id, "text"


# a verb of the clause's own after a participle: "the truce reached in November was agreed"
_FINITE = lazy(r"\b(?:is|are|was|were|has|have|had|will|would|did|does|do)\b", re.I)
_ATTRIBUTIVE_ZH = lazy(r"[\u4e00-\u9fff]?的(?=[\u4e00-\u9fff])")  # 被扣押的美国公民


def _described_by_nouns(ctx: Context) -> None:
    """ "两名被扣押的美国公民": a verb before 的 that describes the noun after it is backed by
    the statement's own fact where its words call those people by a noun that says that
    verb (the lexicon's `deed_nouns`: 人质, "hostages", are held)."""
    checker, r = ctx.checker, ctx.reading
    for clause in ctx.clauses:
        if clause.anchor is None:
            continue
        fact = clause.anchor.fact
        words = ""  # the fact's words, read once a verb is described
        for part in clause.parts:
            if part.kind != "predicate" or part.negated or part.status != "unknown":
                continue
            if part.text.isascii() or _ATTRIBUTIVE_ZH.match(r.claim, part.end) is None:
                continue
            if any(x.kind == "entity" and 0 <= part.start - x.end <= 2 for x in r.parts):
                continue  # 英国扣押的人质: who held them is said, and the noun does not say it
            nouns = checker.voc.deed_nouns.get(part.key, ())
            words = words or f" {normalize(fact.text.en)} {normalize(fact.text.zh)} "
            if any((n in words) if not n.isascii() else f" {n} " in words for n in nouns):
                part.status, part.fact, part.field = "supported", fact.id, "text"


def _agreements(ctx: Context) -> None:
    """ "reached a ceasefire deal", 达成停火协议: a noun of agreement right after what was
    agreed, with a backed verb of reaching it before them in the clause, names the
    agreement on the thing, backed by the fact that backs the thing (the lexicon's
    `[agreements]`), where no fact holds the noun itself."""
    voc, r = ctx.checker.voc, ctx.reading
    for thing, noun in pairwise(sorted(r.parts, key=lambda x: x.start)):
        if (
            noun.kind in ("term", "unit")
            and noun.status == "unknown"
            and thing.status == "supported"
            and not r.claim[thing.end : noun.start].strip(" -")
            and voc.word_key(noun.text) in voc.agreement_nouns
            and voc.word_key(thing.text) in voc.agreed_things
            and any(
                x.kind == "predicate"
                and x.key in voc.agreeing
                and x.status == "supported"
                and not x.negated
                and clause_start(r.claim, thing.start) <= x.start < thing.start
                for x in r.parts
            )
        ):
            noun.status, noun.fact, noun.field = "supported", thing.fact, thing.field


_ITEM_BREAK = lazy(r",|，|、|;|；|\band\b|\bor\b|和|以及|及|与")


def _figures_of_a_named_part(ctx: Context) -> None:
    """ "herring came ashore at about 90 tonnes a day", where a whole's words list herring and
    mackerel and each has a part of its own: the figure is the named part's to judge, not a
    sibling's that happens to hold it (the mackerel's 90 tonnes had backed it)."""
    checker = ctx.checker
    for clause in ctx.clauses:
        for word in clause.parts:
            if word.kind != "term" or word.status != "supported" or word.fact is None:
                continue
            parts = checker.base.children(word.fact)
            named = [c for c in parts if normalize(word.text).strip() in checker.alias_norms(c.id)]
            if len(named) != 1:
                continue
            siblings = {c.id for c in parts} - {named[0].id}
            own = checker.by_id[named[0].id]
            for x in clause.parts:
                if (
                    x.kind == "number"
                    and x.status == "supported"
                    and x.fact in siblings
                    and any(a.unit == x.key and a.field.startswith("values.") for a in own.amounts)
                ):  # the named part types a figure in that unit itself: it judges this one
                    x.status, x.fact, x.field = "unknown", None, None


def _items_of_siblings(ctx: Context) -> None:
    """ "The sticking points included A, B and C", 分歧包括A、B以及C: where each item is a
    fact of its own in the family of the statement's fact (round three's three disputes),
    an item is backed by the one that backs it and everything said before the list."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    for clause in ctx.clauses:
        if clause.anchor is None or not any(
            x.status == "unknown" and x.kind in CONTENT for x in clause.parts
        ):
            continue
        opener = next(
            (
                x for x in r.of("cue")
                if x.key == "among" and normalize(x.text) in voc.members_follow
                and clause.parts and min(y.start for y in clause.parts) < x.start
                and x.start < max(y.start for y in clause.parts)
            ),
            None,
        )  # fmt: skip
        if opener is None or any(x.negated for x in clause.parts):
            continue
        frame = [x for x in clause.parts if x.kind in CONTENT and x.end <= opener.start]
        listed = [x for x in clause.parts if x.kind in CONTENT and x.start >= opener.end]
        items: list[list[Part]] = []
        for x in sorted(listed, key=lambda y: y.start):
            gap = r.claim[items[-1][-1].end : x.start] if items else "、"
            if _ITEM_BREAK.search(gap):
                items.append([x])
            else:
                items[-1].append(x)
        if not frame or len(items) < 2:
            continue
        pool = [clause.anchor, *family(checker, clause.anchor)]
        pool = [p for p in pool if all(backs(checker, p, x, r) for x in frame)]
        for item in items:
            if all(x.status != "unknown" for x in item):
                continue
            found = next((p for p in pool if all(backs(checker, p, x, r) for x in item)), None)
            if found is None:
                continue
            for x in item:
                if x.status == "unknown":
                    x.status, x.fact = "supported", found.fact.id
                    x.field = backing(checker, found, x, r) or "text"


_PASSIVE_BEFORE = lazy(r"(?:\b(?:is|was|are|were|been|being)\s+|被)$", re.I)
_AS_AFTER = lazy(r"^(?:\s+as\b|为|成)", re.I)
_GIVEN_BY = lazy(r"\s+(?:as\s+\S+\s+)?by\b", re.I)  # "described by Israel as": one named


def _described_as(ctx: Context, cue: Part) -> bool:
    """ "Hamas's stance is described as softer", 被描述为: a description in the passive with
    no one named to give it is the article's own, as every fact is."""
    r = ctx.reading
    return (
        _PASSIVE_BEFORE.search(r.claim[: cue.start].rstrip() + (" " if cue.text.isascii() else ""))
        is not None
        and _AS_AFTER.match(r.claim[cue.end :]) is not None
        and _GIVEN_BY.match(r.claim[cue.end :]) is None
    )


def _described_by_speaker(ctx: Context, cue: Part) -> str | None:
    """ "Biden described his plan as …", "Hamas called it …": a word of describing whose
    doer is the speaker of a statement the claim is judged by says what that speaker
    said, as "said" would; the statement's id, or None."""
    checker, r = ctx.checker, ctx.reading
    doers = {x.key for x in r.of("entity") if x.end <= cue.start and agent(checker.voc, r, x, cue)}
    for p in ctx.evidence:
        if p.fact.kind == "statement" and doers & p.slots.get("speaker", set()):
            return p.fact.id
    return None


def _denied_saying(ctx: Context) -> None:
    """ "The mediators formally announced in May that the talks had collapsed": where what
    was said is backed by a fact that says no one said it (its words put it under a denied
    saying), that fact judges the saying too, whichever other fact's words have the verb."""
    checker, r = ctx.checker, ctx.reading
    for said in r.of("predicate"):
        if said.key not in checker.voc.reporting or said.negated or said.status != "supported":
            continue
        end = clause_end(r.claim, said.end)
        for x in r.of("predicate"):
            p = checker.by_id.get(x.fact or "")
            if (
                said.end <= x.start < end
                and x.status == "supported"
                and not any(  # "unveiled it 24 days after the round began": an order, not
                    c.key in ORDER_CUES and said.end <= c.start < x.start for c in r.of("cue")
                )  # what was said
                and p is not None
                and p.fact.id != said.fact
                and said.key in p.hedged.get(x.key, set())
                and p.predicates.get(said.key) is False
            ):
                said.status, said.fact, said.field = "refuted", p.fact.id, "text"
                word = checker.voc.word(said.key, r.lang)
                shown = f"没有{word}" if r.lang == "zh" else f"not {word}"
                ctx.corrections.append(Correction(p.fact.id, "text", said.text, shown))
                break


def _reporting(ctx: Context) -> None:
    """ "the article says", 作者称: the article reporting what every fact reports already."""
    for x in reporting_frame(ctx.reading, ctx.checker.voc):
        if x.status == "unknown":
            x.status = "operator"


_ATTRIBUTIVE = lazy(r"\s*的")


def _previously(ctx: Context, cue: Part) -> bool:
    """此前, 先前 right before a backed verb that, with 的 after it, describes a noun (此前关押
    的巴勒斯坦囚犯, "the Palestinian prisoners held till then"): a state of the thing, not an
    order of two events."""
    r = ctx.reading
    if cue.text.isascii() or cue.text not in ctx.checker.voc.look_back:
        return False
    verb = next((x for x in r.of("predicate") if x.start == cue.end), None)
    return (
        verb is not None
        and verb.status == "supported"
        and _ATTRIBUTIVE.match(r.norm, verb.end) is not None
    )


def _said_alike(ctx: Context, cue: Part) -> bool:
    """A denial with no verb of its own to deny (不可能“永久停火”) is accounted where the fact
    the statement is about says the same denial word (不可能接受“永久停火”); a Chinese one of
    fewer than three characters (没有, 不) is too common a word to tell."""
    if not cue.text.isascii() and len(normalize(cue.text).strip()) < 3:
        return False
    return _in_anchor_text(ctx, cue)


def _of_a_deed(ctx: Context, cue: Part) -> bool:
    """Whether a word of "all" is said of a verb (全部撤出, "withdraw completely"): the fact's
    words must say that deed was whole, not "all" of something else (全部人质)."""
    return manner_verb(ctx.reading, ctx.checker.voc, cue) is not None


def _in_anchor_text(ctx: Context, cue: Part) -> bool:
    """Whether the fact a statement is about says the cue's words itself ("after the war");
    a Chinese cue alone (后 of 战后, 之后) is too little to say so."""

    word = normalize(cue.text)
    if cue.text.isascii():  # "after the war": the cue with the word after it, not "after" anywhere
        following = ctx.reading.claim[cue.end :].split()[:1]
        word = normalize(" ".join([cue.text, *following]))
    elif len(word) < 2 or cue.key in ORDER_CUES:  # 后, 之后: with the two characters before
        word = normalize(ctx.reading.claim[max(0, cue.start - 2) : cue.end])  # (雨停之后):
        if len(word) < 3:  # what it orders, not the order word anywhere
            return False
    facts = []
    for clause in ctx.clauses:
        if clause.anchor is None or not clause.parts:
            continue
        near = clause.parts[0].start - 20 <= cue.start <= clause.parts[-1].end + 20
        if near:  # the statement the cue belongs to, or the one it introduces
            facts.append(clause.anchor.fact)
    facts += _beside(ctx, cue)
    for fact in {f.id: f for f in facts}.values():  # each fact's words read once
        texts = [fact.text.en, fact.text.zh]
        for value in fact.values.values():
            texts += [
                v for v in (value if isinstance(value, tuple) else (value,)) if isinstance(v, str)
            ]
        if any(word in normalize(t) for t in texts):
            return True
    return False


def _beside(ctx: Context, cue: Part) -> list[Fact]:
    """The facts that back the content parts right before and right after a cue, in its
    clause ("… and demilitarising Gaza after the war": the aims' own fact, not the first
    item's)."""
    r, by_id = ctx.reading, ctx.checker.by_id
    start, end = clause_start(r.claim, cue.start), clause_end(r.claim, cue.end)
    content = [x for x in r.parts if x.kind in CONTENT and start <= x.start < end and x.fact]
    before = max((x for x in content if x.end <= cue.start), key=lambda x: x.end, default=None)
    after = min((x for x in content if x.start >= cue.end), key=lambda x: x.start, default=None)
    ids = [x.fact for x in (before, after) if x is not None and x.fact]
    return [by_id[f].fact for f in ids if f in by_id]


_RATIO_NEXT = lazy(r"\s+(?:as|than|more|the|that|over|of)\b")


def _operators(ctx: Context) -> None:
    """Cues not yet resolved: lenient ones are accounted when what they restate is backed;
    strict ones (order, comparison) stay unaccounted."""
    for cue in ctx.reading.of("cue"):
        if cue.status != "unknown":
            continue
        if cue.key == "negation":
            if cue.value is not None or _said_alike(ctx, cue):
                cue.status = "operator"
            continue
        if (
            cue.key == "times"
            and " " not in cue.text.strip()
            and not _RATIO_NEXT.match(ctx.reading.claim, cue.end)
            and not any(x.kind == "number" and x.status != "unknown" for x in ctx.reading.parts)
        ):  # "a double hull": no count or ratio the facts account for; their words must say it
            if _in_anchor_text(ctx, cue):
                cue.status = "operator"
            continue
        if (
            cue.key == "times"
            and _RATIO_NEXT.match(ctx.reading.claim, cue.end)
            and not any(x.kind == "number" and x.status != "unknown" for x in ctx.reading.parts)
            and not _in_anchor_text(ctx, cue)
        ):
            continue  # "twice as dense as air": a ratio no fact's amounts or words give
        if cue.key in LENIENT:
            kinds = LENIENT[cue.key]
            present = [p for p in ctx.reading.parts if p.kind in kinds]
            if not kinds or not present or any(p.status != "unknown" for p in present):
                cue.status = "operator"
            continue
        if cue.key == "before" and _previously(ctx, cue):
            cue.status = "operator"  # 此前关押的囚犯: the prisoners held before, no event ordered
            continue
        if (
            cue.key in (*ORDER_CUES, "all")
            and not (cue.key == "all" and _of_a_deed(ctx, cue))
            and _in_anchor_text(ctx, cue)
        ):
            cue.status = "operator"  # "demilitarise Gaza after the war": the fact says it so
            continue
        if cue.key == "all" and extent(ctx, cue):
            continue
        if cue.key == "represent":
            representation(ctx, cue)
            continue
        if cue.key == "toward":
            stance = max(
                (x for x in ctx.reading.of("predicate") if x.end <= cue.start),
                key=lambda x: x.end,
                default=None,
            )
            if stance is not None and stance.status != "unknown":
                cue.status = "operator"  # 反对推动永久停火: judged with the stance before it
            continue
        if cue.key == "partly":
            if _in_anchor_text(ctx, cue) or partly(ctx, cue):
                cue.status = "operator"
            continue
        if (
            cue.key in ("more", "fewer")
            and cue.text.isascii()  # 多于, 大于 compare by themselves
            and not (  # "outnumbered votes in favour"; not "exceeded 3,000 crowns", a bound
                normalize(cue.text).strip() in ctx.checker.voc.compare_verbs
                and getattr(ctx.reading.next_of(cue.end, *CONTENT), "kind", None) != "number"
            )
            and not re.search(r"\bthan\b|比", ctx.reading.claim)
        ):
            backers = {x.fact for x in ctx.reading.parts if x.fact}
            found = [ctx.checker.by_id[f] for f in backers if f in ctx.checker.by_id]
            if not any(antonym_swap(ctx.checker, p, cue) for p in found):
                cue.status = "operator"  # "more openly divided", "one more": degree, no
            continue  # comparison; "lower decks" where the facts say "upper decks": a word
        if cue.key == "reporting":  # "the article calls …": only after the article is named
            if any(  # "the author" read as a name of the article's own entity too
                is_author(ctx.checker.voc, x) and x.end <= cue.start for x in ctx.reading.parts
            ) or _described_as(ctx, cue):
                cue.status = "operator"
            elif (speaker := _described_by_speaker(ctx, cue)) is not None:
                cue.status, cue.fact, cue.field = "operator", speaker, "values.speaker"
            continue
        if cue.key == "many":  # "several times", 多次: a fact's words must say so too
            said = {x.fact for x in ctx.reading.parts if x.fact}
            if any("many" in ctx.checker.by_id[f].cues for f in said if f in ctx.checker.by_id):
                cue.status = "operator"
            continue
        if cue.key == "cause":  # "because …": one fact must give both the reason and the deed
            r = ctx.reading
            end = clause_end(r.claim, cue.end)
            why = {x.fact for x in r.parts if x.fact and cue.end <= x.start < end}
            what = {x.fact for x in r.parts if x.fact and not cue.end <= x.start < end}
            ids = {a.fact.id for a in ctx.evidence}
            both = [
                ctx.checker.by_id[f] for f in (why & what) | (ids & why) if f in ctx.checker.by_id
            ]
            if any("cause" in p.cues or "reason" in p.fact.values for p in both):
                cue.status = "operator"
            continue
        if cue.key == "author":  # every fact is the article's: "according to the article"
            cue.status = "operator"
            continue
