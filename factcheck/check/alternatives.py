"""Alternatives: "Qatar, not Egypt", "in phase two rather than phase one", 是卡塔尔而非埃及.
The claim fills one slot with what it names and denies the other; the fact that holds the
first decides the second: named in that slot, the denial is refuted; where the slot holds
one value, or a list its source closes, the other is not in it and the denial holds."""

from __future__ import annotations

from factcheck.check.contradiction import conflict
from factcheck.check.evidence import Context, backing, held_by, sentence_span
from factcheck.check.model import CONTENT, Correction, Part, Reading
from factcheck.check.profile import Profile
from factcheck.textnorm import lazy, normalize

_KINDS = ("entity", "ordinal", "date", "office")
_BUT = lazy(r"\bbut\b|而是|却是")
_COMMA = lazy(r"[,，]\s*$")


def alternatives(ctx: Context) -> None:
    """Judge each part a contrastive negation denies by the fact that holds the part it is
    set against, of the same kind."""
    r = ctx.reading
    for cue in r.of("cue"):
        denied = cue.value
        if cue.key != "negation" or not isinstance(denied, Part) or denied.status != "unknown":
            continue
        if denied.kind not in _KINDS or not _contrast(r, cue):
            continue
        chosen = _set_against(r, cue, denied)
        if chosen is None:
            continue
        if chosen.status != "supported" or chosen.fact is None:
            _denied_doer(ctx, chosen, denied)
            continue
        own = chosen.key if chosen.kind == "entity" and denied.kind == "office" else chosen.fact
        p = ctx.checker.by_id.get(own or "")
        if p is not None:
            _judge(ctx, p, chosen, denied)


def _denied_doer(ctx: Context, chosen: Part, denied: Part) -> None:
    """ "Egypt, not Qatar, brokered the release": where what the claim names instead is not
    the fact's, a denied name the fact of the nearest verb holds in the slot that verb fills
    is refuted all the same."""
    checker = ctx.checker
    if denied.kind != "entity":
        return
    verb = _nearest_verb(ctx, chosen, denied, frozenset({chosen.start}))
    p = checker.by_id.get(verb.fact or "") if verb is not None else None
    if verb is None or p is None or verb.status != "supported":
        return
    for name in checker.voc.fields_of.get(verb.key, ()):
        if held_by(checker, denied.key, p.slots.get(name, set())):
            denied.status, denied.fact, denied.field = "refuted", p.fact.id, f"values.{name}"
            ctx.corrections.append(
                Correction(p.fact.id, denied.field, f"not {denied.text}", denied.text)
            )
            return


def _contrast(r: Reading, cue: Part) -> bool:
    """ "rather than", "instead of", 而不是, 而非; "not", 不是 or 并非 after a comma ("Qatar,
    not Egypt"); or a denial that "but" answers ("not Egypt but Qatar")."""
    text = normalize(cue.text).strip()
    if text in ("rather than", "instead of", "而不是", "而非"):
        return True
    if text in ("not", "不是", "并非"):
        said = r.claim.lower()  # the parts' offsets are into the claim as given
        return bool(_COMMA.search(said, 0, cue.start)) or bool(_BUT.search(said, cue.end))
    return False


def _same_kind(a: Part, b: Part) -> bool:
    """Parts that fill one slot: two rounds (not a round and a phase); an office and the
    person named by one ("the CIA director, not the Secretary of State")."""
    if a.kind == "ordinal" or b.kind == "ordinal":
        return a.kind == b.kind and b.key in (a.key, "")  # "the second stage, not its first"
    if b.kind == "office":
        return a.kind in ("office", "entity")
    return a.kind == b.kind


def _set_against(r: Reading, cue: Part, denied: Part) -> Part | None:
    """What the claim says instead: the nearest part of the denied one's kind before the
    cue, in its sentence; or, where "but" follows the denial, the first one after "but"."""
    but = _BUT.search(r.claim.lower(), denied.end)
    if but is not None and cue.start < but.start():
        return next((x for x in r.parts if x.start >= but.end() and _same_kind(x, denied)), None)
    start, _ = sentence_span(r.claim, cue.start, cue.end)
    before = [x for x in r.parts if start <= x.start and x.end <= cue.start]
    return max((x for x in before if _same_kind(x, denied)), key=lambda x: x.start, default=None)


def _judge(ctx: Context, p: Profile, chosen: Part, denied: Part) -> None:
    """Refute the denial where the chosen part's fact holds the denied one too; back it
    where that fact's slot holds only the chosen one (or gives a day other than the denied)."""
    checker, r = ctx.checker, ctx.reading
    denied.negated = False
    try:
        held = _held(ctx, p, chosen, denied)
        other = conflict(checker, p, denied, r) if held is None and denied.kind == "date" else None
    finally:
        denied.negated = True
    if held is not None:
        denied.status, denied.fact, denied.field = "refuted", p.fact.id, held
        ctx.corrections.append(Correction(p.fact.id, held, f"not {denied.text}", denied.text))
    elif other is not None or _one_value(ctx, p, chosen, denied):
        denied.status, denied.fact, denied.field = "supported", p.fact.id, chosen.field


def _nearest_verb(
    ctx: Context, chosen: Part, denied: Part, open_ok: frozenset[int] = frozenset()
) -> Part | None:
    """The verb nearest the contrast, in its sentence ("It was Qatar, not Egypt, that
    brokered"); none where another word of the sentence is not accounted for (主持 read as
    no verb: which slot is meant is not known)."""
    r = ctx.reading
    lo, hi = min(chosen.start, denied.start), max(chosen.end, denied.end)
    start, end = sentence_span(r.claim, lo, hi)
    sentence = [x for x in r.parts if start <= x.start < end]
    if any(
        x.status == "unknown" and x.kind in CONTENT and x is not denied and x.start not in open_ok
        for x in sentence
    ):
        return None
    verbs = [x for x in sentence if x.kind == "predicate" and not x.negated]
    return min(verbs, key=lambda v: max(lo - v.end, v.start - hi), default=None)


def _verb_fields(ctx: Context, chosen: Part, denied: Part) -> set[str]:
    """The fields the verb nearest the contrast fills ("brokered": mediators)."""
    verb = _nearest_verb(ctx, chosen, denied)
    return set(ctx.checker.voc.fields_of.get(verb.key, ())) if verb is not None else set()


def _held(ctx: Context, p: Profile, chosen: Part, denied: Part) -> str | None:
    """The field of the chosen part's fact that holds the denied one too, if any."""
    checker, r = ctx.checker, ctx.reading
    if denied.kind == "entity":
        name = (chosen.field or "").removeprefix("values.")
        if name not in _verb_fields(ctx, chosen, denied):
            return None
        return chosen.field if held_by(checker, denied.key, p.slots.get(name, set())) else None
    if denied.kind == "office":
        return "values.office" if denied.key in p.offices else None
    if denied.kind == "ordinal":
        return "values.ordinal" if _place(p, chosen) == denied.value else None
    where = backing(checker, p, denied, r)
    return where if where not in (None, "text") else None


def _place(p: Profile, chosen: Part) -> object:
    """The fact's one place in the series the chosen ordinal counts (its `ordinal`)."""
    own = p.fact.values.get("ordinal")
    return own if isinstance(own, int) else p.ordinals.get(chosen.key)


def _one_value(ctx: Context, p: Profile, chosen: Part, denied: Part) -> bool:
    """Whether the slot the chosen part fills holds nothing else: one value, a list its
    source closes, a series' one place, a person's offices."""
    kind_of = ctx.checker.voc.entity_kind
    if denied.kind == "ordinal":
        return _place(p, chosen) == chosen.value != denied.value
    if denied.kind == "office":
        return p.fact.kind == "person" and bool(p.offices)
    if denied.kind != "entity" or not (chosen.field or "").startswith("values."):
        return False
    name = (chosen.field or "")[7:]
    if name not in _verb_fields(ctx, chosen, denied):
        return False  # "through Egypt rather than Qatar": no verb of the claim fills that slot
    value = p.fact.values.get(name)
    if kind_of.get(chosen.key) != kind_of.get(denied.key):
        return False  # "Qatar, not Doha": a party and a place fill no one slot
    return isinstance(value, str) or (isinstance(value, tuple) and p.fact.is_closed(name))
