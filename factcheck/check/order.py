"""Time between and order of events: "before", "after", "a week later", 相隔, and amounts
in the order a fact lists them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check.evidence import (
    ABOUT,
    COMPARE_CUES,
    CONTENT_KINDS,
    NEXT_STATEMENT,
    ORDER_CUES,
    Context,
    backing,
    backs,
    clause_end,
    clause_start,
    compatible,
    earliest,
    weight,
)
from factcheck.check.model import Correction, Part, Reading
from factcheck.check.profile import ENTITY_KINDS, Profile
from factcheck.check.reader import words_pattern
from factcheck.dates import DateMention
from factcheck.facts import Fact, format_number, format_value, month_span
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.judge import Checker
    from factcheck.check.vocab import Vocabulary


def sides(r: Reading, cue: Part) -> tuple[list[Part], list[Part]]:
    """The claim's parts on the main side and on the reference side of an order or
    comparison cue: "A before B" (English, and Chinese adverbs 随后, 此前), "在B之后A"."""
    from factcheck.check.model import CONTENT

    content = [p for p in r.parts if p.kind in CONTENT]
    than = r.claim.rfind("比", 0, cue.start)
    if than >= 0 and not r.claim[than : cue.start].strip("比 ").startswith(("较", "如")):
        start = clause_start(r.claim, than)
        main = [p for p in content if start <= p.start < than]  # "A比B早": A, then B
        ref = [p for p in content if than < p.start < cue.start]
        if main and ref:
            return main, ref
    if _postposition(cue):
        ref = _postposed(r, cue, content)
        others = [  # 开始于巴黎谈判之后、拜登公布新提议之前: the other cue's reference too
            x
            for c in r.of("cue")
            if c is not cue and _postposition(c)
            for x in _postposed(r, c, content)
        ]
        main = [p for p in content if p not in ref and p not in others]
        return main, ref
    if cue.detail == "back":  # "X, and Y afterwards", "X，此后Y，主要在Z": from its clause on
        start = clause_start(r.claim, cue.start)
        if _JOINED.search(r.claim, 0, cue.start):  # "offered X and then Y": from the adverb on
            start = cue.start
        stop = _SENTENCE_END.search(r.claim, cue.end)
        end = stop.start() if stop else len(r.claim)
        main = [p for p in content if start <= p.start and p.end <= end]
        return main, [p for p in content if p.end <= start]
    if _day_adverb(r, cue):
        ref = [p for p in content if p.end <= cue.start]
        main = [p for p in content if p.start >= cue.end]
        return main, ref  # ("Y the next day": no main side after it, so no order is read)
    ref = [p for p in content if p.start >= cue.end]
    end = clause_end(r.claim, cue.end)
    aside = _APPOSITION_THEN.match(r.claim, end)  # "after Gantz, one of its members, resigned"
    verb = next((p for p in r.of("predicate") if aside and p.start >= aside.end()), None)
    if aside and verb is not None and verb.start == aside.end() + _lead(r.claim, aside.end()):
        rest = clause_end(r.claim, verb.end)  # the apposition is a statement of its own
        ref = [p for p in ref if p.start < end or aside.end() <= p.start < rest]
        main = [p for p in content if p.end <= cue.start]
        return main, ref
    ref = [p for p in ref if p.start < end] or ref
    main = [p for p in content if p not in ref]
    lo = clause_start(r.claim, cue.start)
    if any(lo <= p.start and p.end <= cue.start for p in main) and NEXT_STATEMENT.match(
        r.claim, end
    ):  # "X came on the eve of Y, and Hamas cited …": the next statement is no side
        main = [p for p in main if p.start < end]
    return main, ref


_JOINED = lazy(r"(?:\band|[,，、;；]|并)\s*$")  # what joins a statement to the one before
_SENTENCE_END = lazy(r"[;!?；。！？]|\.(?!\d)")
_APPOSITION_THEN = lazy(r",\s*[^,;.]{1,60},\s*(?:had been|had|has|have|was|were|is|are)?\s*")


def _day_adverb(r: Reading, cue: Part) -> bool:
    """ "the next day", "the following day": an English adverb of one day (a duration of the
    same span), said of the statement before it ("X, and the next day Y")."""
    if not cue.text.isascii() or cue.text.lower().endswith(("before", "after")):
        return False  # "the day before X": a preposition, its reference after it
    return any(d.kind == "duration" and (d.start, d.end) == (cue.start, cue.end) for d in r.parts)


def _lead(text: str, at: int) -> int:
    """Blanks from `at` to the next word."""
    return len(text[at:]) - len(text[at:].lstrip())


def _postposition(cue: Part) -> bool:
    """Whether an order cue is a Chinese 之前/之后/前夕 after what it orders against (not the
    adverbs 此前, 此后, 随后, which look back at what was said before)."""
    return (
        not cue.text.isascii()
        and cue.key in ORDER_CUES
        and cue.text[-1] in "前后夕日天"
        and cue.text not in ("此前", "此后", "随后")
    )


def _postposed(r: Reading, cue: Part, content: list[Part]) -> list[Part]:
    """The reference of a Chinese 之前/之后: what stands between it and the clause's start,
    the 在 (or a verb's 于) that opens it, or a 、 or order word before it in its clause."""
    text = r.claim
    start = clause_start(text, cue.start)
    at = text.rfind("于", start, cue.start)  # 开始于…之后: 于 after a verb, not 甘茨于6月9日
    verb = at >= 0 and any(p.kind == "predicate" and p.end == at for p in r.parts)
    opened = max(at if verb else -1, *(text.rfind(w, start, cue.start) for w in ("在", "、")))
    start = opened + 1 if opened >= 0 else start
    start = max(
        [start]
        + [c.end for c in r.of("cue") if c.key in ORDER_CUES and start <= c.end <= cue.start]
    )
    return [p for p in content if start <= p.start < cue.start]


POSSESSIVE = lazy(r"(?<=\w)'s\b")


def names_fact(p: Profile, side: str) -> bool:
    """Whether the text calls the fact by one of its own names of two words or more."""
    return any(f" {a} " in side if a.isascii() else a in side for a in p.names)


def best_fact(
    ctx: Context, parts: list[Part], need: str, partner: Profile | None = None
) -> Profile | None:
    """The fact that backs most of these parts and has what the comparison needs. Where
    facts on other days tie ("launch": this mission's or the next one's), the one in the
    same whole as the other side's fact (`partner`) is meant; failing one, none is."""
    tied = best_facts(ctx, parts, need)
    if not tied:
        return None
    if need != "day" or len({event_day(p, parts) for p in tied}) == 1:
        return tied[0]
    near = [p for p in tied if partner not in (None, p) and _same_whole(ctx, p, partner)]
    return near[0] if near else tied[0]


def best_facts(ctx: Context, parts: list[Part], need: str) -> list[Profile]:
    """The facts that back these parts best, tied, in rank order (none where the best backs
    too little of them)."""
    checker, r = ctx.checker, ctx.reading
    tied: list[Profile] = []
    best_score = 0.0
    total = sum(weight(checker, x) for x in parts) or 1.0
    lo, hi = min(x.start for x in parts), max(x.end for x in parts)
    side = " " + POSSESSIVE.sub("", normalize(r.claim[lo:hi])) + " "
    verbs = (
        [x for x in parts if x.kind == "predicate" and not x.negated][:1] if need == "day" else []
    )
    dated = [p for p in ctx.ranked if p.fact.first_day is not None]
    if not any(all(backs(checker, p, v, r) for v in verbs) for p in dated):
        verbs = []  # no dated fact says the side's verb: judge by all of its words
    for p in ctx.ranked:
        if need == "day" and p.fact.first_day is None:
            continue
        if verbs and not all(backs(checker, p, v, r) for v in verbs):
            continue  # the day of "adopted … ten days after" is that of the side's first
            # verb, the adoption, whatever else the side names ("the US draft")
        if need == "order" and p.fact.first_day is None and not p.fact.after:
            continue
        score = sum(weight(checker, x) for x in parts if backs(checker, p, x, r))
        score += 0.01 if p.fact.date else 0.0  # a day rather than a month or period
        score += 0.006 * sum(  # its words say the verb ("broke out"), not only its day: more
            p.predicates.get(x.key) is True for x in parts if x.kind == "predicate"
        )  # than an alias of another fact that the side also says (恢复了商业运营: 商业运营)
        if names_fact(p, side):  # "Biden's proposal" names the proposal; without days, it decides
            named_only = need != "day" or not any(x.kind == "predicate" for x in parts)
            score += 0.02 if named_only else 0.005  # a bare name: more than a day of its own
        if score > best_score + 1e-9:
            tied, best_score = [p], score
        elif tied and abs(score - best_score) <= 1e-9:
            tied.append(p)
    if not tied or best_score - 0.03 < ABOUT * total:
        return []
    return tied


def _same_whole(ctx: Context, a: Profile, b: Profile) -> bool:
    """Whether two facts are one, parts of one another or parts of one whole."""
    ups = ctx.checker.ancestors
    x, y = {a.fact.id, *ups(a.fact.id)}, {b.fact.id, *ups(b.fact.id)}
    return bool(x & y)


def _gap(ctx: Context) -> None:
    """Time between two dated facts: "a week after the vote", "ten days separated X and Y",
    "相隔五天". The claimed duration is compared with the days between them."""
    r = ctx.reading
    if _framed_gap(ctx):
        return
    durations = [p for p in r.parts if p.kind == "duration" and p.status == "unknown"]
    cues = [c for c in r.of("cue") if c.key in (*ORDER_CUES, "gap")]
    if len(durations) != 1 or not cues:
        return
    d, cue = durations[0], cues[0]
    if cue.key == "gap":
        others = [p for p in r.parts if p.kind in CONTENT_KINDS and p is not d]
        split = _and_split(r, others)
        if split is None:
            return
        main, ref = split
    else:
        main, ref = sides(r, cue)
        main = [p for p in main if p is not d]
        ref = [p for p in ref if p is not d]
        if not ref and not cue.text.isascii():  # "X，九天后Y": the statement before is X
            start = clause_start(r.claim, d.start)
            ref = [p for p in r.parts if p.kind in CONTENT_KINDS and p.end <= start]
            main = [p for p in main if p.start >= cue.end]
    if main and ref:
        _judge_gap(ctx, d, cue, main, ref)


def _another_pair_holds(
    ctx: Context,
    d: Part,
    cue: Part,
    main: list[Part],
    ref: list[Part],
    chosen: tuple[Profile, Profile],
) -> bool:
    """Whether facts tied with the chosen ones for either side, on other days, would make
    the claimed length hold: then which events the claim means is not settled."""
    sides_a = best_facts(ctx, main, "day") or [chosen[0]]
    sides_b = best_facts(ctx, ref, "day") or [chosen[1]]
    for a in sides_a:
        for b in sides_b:
            if (a, b) == chosen or a is b:
                continue
            day_a, day_b = event_day(a, main), event_day(b, ref)
            if day_a is None or day_b is None:
                continue
            lo, hi = _gap_range(a, b, main, ref)
            fits = any(
                compatible(float(d.value), d.approx, float(g), "exact")  # type: ignore[arg-type]
                for g in range(lo, hi + 1)
            )
            if cue.key in ORDER_CUES:
                fits = fits and (day_a > day_b if cue.key == "after" else day_a < day_b)
            if fits:
                return True
    return False


def _framed_gap(ctx: Context) -> bool:
    """ "From the outbreak to the truce, less than a month": the length is the days between
    the frame's two ends, whatever any one fact's own length is; left open where they
    cannot be dated, unless the fact that backed it says both ends. True if a frame held
    the claim's one length."""
    r, checker = ctx.reading, ctx.checker
    frame = span_frame(r, checker.voc)
    if frame is None:
        return False
    ref, main, at, last = frame
    lengths = [
        p for p in r.parts
        if p.kind == "duration" and not at <= p.start < last
        and p.status in ("unknown", "supported")
    ]  # fmt: skip
    if len(lengths) != 1:
        return False
    d = lengths[0]
    own = checker.by_id.get(d.fact or "") if d.status == "supported" else None
    if own is not None and all(backs(checker, own, x, r) for x in (*main, *ref)):
        return True  # "four weeks, from late December to late January": its own stretch
    d.status, d.fact, d.field = "unknown", None, None
    _judge_gap(ctx, d, Part("cue", at, at, "", key="gap"), main, ref)
    if d.status != "unknown":
        for c in r.of("cue"):
            if c.key == "gap" and c.status == "unknown":
                c.status, c.fact, c.field = "operator", d.fact, d.field
    return True


def _gap_fits(d: Part, days: int) -> bool:
    """Whether a claimed length fits a gap in days: "310 years", said in whole years, is the
    gap rounded or the years it completed (332 for 332.7), not ten per cent either way;
    "about 330 years" is as loose as "about", and weeks and months as before."""
    claimed = float(d.value)  # type: ignore[arg-type]
    if d.grain >= 365 and d.approx == "about":  # whole years: rounded, or those completed
        years = days / 365.25  # (332 years for 332.7)
        return claimed / 365 - 0.5 <= years < claimed / 365 + 1
    return compatible(claimed, d.approx, float(days), "exact")


def _judge_gap(ctx: Context, d: Part, cue: Part, main: list[Part], ref: list[Part]) -> None:
    """The claimed length `d` against the days between the facts of the two sides."""
    r = ctx.reading
    a = best_fact(ctx, main, "day")
    b = best_fact(ctx, ref, "day", a)
    if a is not None and b is not None:
        b = _named_again(ctx, a, main, ref) or b
    own_ends = a is not None and _own_ends(ctx, a, main, ref)
    if own_ends:
        b = a  # "the talks ended 27 days after they began": from its start to its end
    if a is None or b is None or (a is b and not own_ends):
        return
    day_a, day_b = event_day(a, main), event_day(b, ref)
    if day_a is None or day_b is None:
        return
    gap = abs((day_a - day_b).days)
    lo, hi = _gap_range(a, b, main, ref)
    long_enough = any(_gap_fits(d, g) for g in range(lo, hi + 1))
    calendar = (
        _day_adverb(r, cue)
        or d.text.lower().startswith("the ")  # "the day after"
        or (not cue.text.isascii() and (d.start, d.end) == (cue.start, cue.end))  # 次日
    )  # a day of the calendar, not 24 hours: 次日凌晨 is the next day's early hours
    timed = _timed_gap(a, b, day_a, day_b) if not calendar else None
    if timed is not None and timed > 0:  # both times of day known: to the minute
        claimed = float(d.value)  # type: ignore[arg-type]
        whole = d.approx == "exact" and claimed.is_integer() and abs(claimed - timed) <= 0.5
        if whole or compatible(claimed, d.approx, timed, "exact"):  # "six days": 5 days 23 hours
            long_enough = True
        elif not 0.5 <= claimed / timed <= 2:  # "about two days" against 17 hours
            long_enough = False
        elif long_enough:
            return  # "about a day" against 17 hours: near enough to leave it open
    holds = long_enough
    if cue.key in ORDER_CUES:
        holds = holds and (day_a > day_b if cue.key == "after" else day_a < day_b)
    if long_enough and any(p.fact.month and not p.fact.corrected_day() for p in (a, b)):
        (a0, a1), (b0, b1) = _days_of(a, main), _days_of(b, ref)  # known only to a month:
        if cue.key not in ORDER_CUES or (a1 > b0 if cue.key == "after" else a0 < b1):
            return  # the order may go either way within it; the facts do not say
    if holds and not _says_all(ctx, ((main, a), (ref, b)), _of_a_day_of(r, cue)):
        return  # "landed … three days later": a fact that does not say the landing
    if not holds and IT_TOOK.search(r.norm[: d.start]):
        return  # "it took nine days before …": from a start the claim does not name
    if not holds and _another_pair_holds(ctx, d, cue, main, ref, (a, b)):
        return  # "four days after the eruption": of the eruptions its words may name, one fits
    back_sides(ctx, ((main, a), (ref, b)))
    d.fact, d.field = a.fact.id, "date"
    cue.fact, cue.field = a.fact.id, "date"
    if holds:
        d.status, cue.status = "supported", "operator"
        return
    ctx.corrections.append(
        Correction(
            a.fact.id, "date", d.text, f"{gap} day{'' if gap == 1 else 's'} ({day_b} to {day_a})"
        )
    )
    for p, other in (
        (a, day_b),
        (b, day_a),
    ):  # with the day other reporting gives
        for note in p.fact.notes:
            if (
                note.kind == "also_reported"
                and note.field in ("date", "start")
                and isinstance(note.value, dt.date)
            ):
                alt = abs((note.value - other).days)
                if compatible(float(d.value), d.approx, float(alt), "exact"):  # type: ignore[arg-type]
                    d.status, d.fact, cue.status = "disputed", p.fact.id, "operator"
                    ctx.notes.append((p.fact.id, note))
                    return
    d.status = "refuted"


def _own_ends(ctx: Context, a: Profile, main: list[Part], ref: list[Part]) -> bool:
    """Whether the sides are one period's end and its start, the second naming nothing of
    its own ("the talks ended … after they began")."""
    checker, r = ctx.checker, ctx.reading
    return (
        a.fact.start is not None
        and a.fact.end is not None
        and any(x.kind == "predicate" and x.key == "end" for x in main)
        and bool(ref)
        and all(x.kind == "predicate" for x in ref)
        and any(x.key == "begin" for x in ref)
        and all(backs(checker, a, x, r) for x in ref)
    )


def _named_again(ctx: Context, a: Profile, main: list[Part], ref: list[Part]) -> Profile | None:
    """ "The IDF announced the pause a day after the pause began": a side whose names are
    all said again from the other side is the whole that side's fact is part of, where
    that whole is dated and backs the side (not another pause of the same name)."""
    checker, r = ctx.checker, ctx.reading
    named = [x for x in ref if x.kind not in ("predicate", "cue")]
    said = {x.key for x in main if x.kind not in ("predicate", "cue")}
    if not named or any(x.key not in said for x in named):
        return None
    for up in checker.ancestors(a.fact.id):
        p = checker.by_id.get(up)
        if (
            p is not None
            and p.fact.first_day is not None
            and all(backs(checker, p, x, r) for x in ref)
        ):
            return p
    return None


def span_frame(r: Reading, voc: Vocabulary) -> tuple[list[Part], list[Part], int, int] | None:
    """ "From the vote to the truce, …", 从冲突爆发到停火开始，…: a stretch of time framed
    at a clause's start or right after a length ("less than a month from X to Y"); the
    content parts of its two ends (the earlier first) and where the frame begins and ends."""
    if not voc.span_from or not voc.span_to:
        return None
    content = [p for p in r.parts if p.kind in CONTENT_KINDS and p.kind != "duration"]
    inside = {i for p in r.parts for i in range(p.start + 1, p.end)}
    for m in words_pattern(voc.span_from).finditer(r.norm):
        at, end = r.offsets[m.start()], r.offsets[m.end()]
        lead = r.claim[clause_start(r.claim, at) : at]
        after_length = any(
            d.kind == "duration" and d.end <= at and not r.claim[d.end : at].strip()
            for d in r.parts
        )
        if lead.strip() and not after_length:
            continue  # "withdrew from Gaza": a place left, not a stretch of time
        stop = clause_end(r.claim, end)
        to = next(
            (
                t for t in words_pattern(voc.span_to).finditer(r.norm, m.end())
                if r.offsets[t.start()] < stop and r.offsets[t.start()] not in inside
            ),
            None,
        )  # fmt: skip
        if to is None:
            continue
        to_at, to_end = r.offsets[to.start()], r.offsets[to.end()]
        lengths = [d.start for d in r.parts if d.kind == "duration" and d.start >= to_end]
        last = min([stop, *lengths])
        first = [p for p in content if end <= p.start and p.end <= to_at]
        second = [p for p in content if to_end <= p.start and p.end <= last]
        if first and second:
            return first, second, at, last
    return None


def _timed_gap(a: Profile, b: Profile, day_a: dt.date, day_b: dt.date) -> float | None:
    """The days between two events whose facts each give one typed time of day, to the
    minute; None where either gives none or several."""
    if len(a.times) != 1 or len(b.times) != 1 or a.fact.date is None or b.fact.date is None:
        return None
    (ta,), (tb,) = a.times, b.times
    return abs((day_a - day_b).days * 1440 + ta - tb) / 1440


def _days_of(p: Profile, side: list[Part]) -> tuple[dt.date, dt.date]:
    """The first and last day a fact may be placed at: all of its month when it is known
    only to its month."""
    day = event_day(p, side)
    assert day is not None
    if p.fact.month and not p.fact.corrected_day():
        span = p.fact.span()
        assert span is not None
        return span
    return day, day


def _gap_range(a: Profile, b: Profile, main: list[Part], ref: list[Part]) -> tuple[int, int]:
    """The fewest and most days between two facts: a fact known only to its month may fall
    on any of its days."""
    (a0, a1), (b0, b1) = _days_of(a, main), _days_of(b, ref)
    gaps = [abs((x - y).days) for x in (a0, a1) for y in (b0, b1)]
    overlap = a0 <= b1 and b0 <= a1
    return (0 if overlap else min(gaps)), max(gaps)


def _and_split(r: Reading, parts: list[Part]) -> tuple[list[Part], list[Part]] | None:
    """The two things joined by "and"/和/与 in "between A and B"."""
    m = re.search(r"\band\b|和|与|到|至", r.claim)
    if m is None:
        return None
    left = [p for p in parts if p.end <= m.start()]
    right = [p for p in parts if p.start >= m.end()]
    return (left, right) if left and right else None


def back_sides(ctx: Context, sides: tuple[tuple[list[Part], Profile], ...]) -> None:
    for side, p in sides:
        for x in side:
            if x.status == "unknown":
                where = backing(ctx.checker, p, x, ctx.reading)
                if where is not None:
                    x.status, x.fact, x.field = "supported", p.fact.id, where


_CLOCK_UNITS = ("hours", "minutes", "seconds")  # lengths the readers of days do not count
# "it took nine days before …", "it was a week until …": a length from an unnamed start
IT_TOOK = lazy(r"\b(?:it|that)\s+(?:took|takes|had taken|would take|was|had been)\s*$")


def orders(ctx: Context) -> None:
    r, checker = ctx.reading, ctx.checker
    _gap(ctx)
    for cue in [c for c in r.of("cue") if c.key in ORDER_CUES and c.status == "unknown"]:
        main, ref = sides(r, cue)
        if cue.detail == "back" and not ref:
            cue.status = "operator"  # "哈马斯此前表示": earlier than the telling, with no
            continue  # statement of the claim before it to order against
        if not main or not ref or any(p.kind == "duration" for p in r.parts):
            continue
        if any(
            p.kind == "number" and p.key in _CLOCK_UNITS and 0 <= cue.start - p.end <= 1
            for p in r.parts
        ):
            continue  # "56 hours after launch": a gap in hours, not an order alone
        main, ref = _elided(main, ref, [x for x in r.parts if x.start >= cue.end])
        if _against_a_date(ctx, cue, main, ref):
            continue
        firsts = _firsts(checker.voc, cue, ref)
        ref = [x for x in ref if x not in firsts]
        found = _by_days(ctx, main, ref) or _by_links(ctx, main, ref)
        if found is None:
            told = None if cue.negated else _told_by_one(ctx, cue, main, ref)
            if told is not None:
                back_sides(ctx, ((main, told), (ref, told)))
                cue.status, cue.fact, cue.field = "operator", told.fact.id, "text"
            continue
        a, b, later = found
        holds = later if cue.key == "after" else not later
        if cue.negated:
            holds = not holds
        named = all(
            backs(checker, p, x, r) or x.status != "unknown"
            for side, p in ((main, a), (ref, b))
            for x in side
            if x.kind in ("ordinal", "number", "date", "entity")
        )
        loose = max(
            sum(not backs(checker, p, x, r) and x.kind != "cue" and x.key != "say" for x in side)
            for side, p in ((main, a), (ref, b))
        )  # fmt: skip
        acts = _says_all(ctx, ((main, a), (ref, b)), _of_a_day_of(r, cue))  # each side's
        # fact says the side
        verbless = any(
            x.kind == "predicate" and x.key != "say" and not backs(checker, p, x, r)
            for side, p in ((main, a), (ref, b))
            for x in side
        )
        if not holds and (not named or loose > 1 or verbless or (loose and _stative(main, ref))):
            continue  # a side its fact does not name (a number, an actor, its verb, or more
            # than one word missing) may be another event; a side with no verb may be a state
        if holds and not acts:
            continue  # the order of two facts that do not both do the claim's deeds
        counted = all(
            backs(checker, p, x, r)
            for side, p in ((main, a), (ref, b))
            for x in side
            if x.kind in ("number", "ordinal", "date")
        )
        single = sum(c.key in ORDER_CUES for c in r.of("cue")) == 1  # sides are whole
        if holds and single and not counted:
            continue  # "freed 100 hostages before the truce": the fact of the order is not
            # the one that counts the 100, so the order says nothing of them
        back_sides(ctx, ((main, a), (ref, b)))
        cue.fact, cue.field = a.fact.id, "date" if a.fact.first_day else "after"
        for x in firsts:  # "X first, and Y afterwards": one order, said twice
            x.status, x.fact, x.field = "operator" if holds else "refuted", a.fact.id, cue.field
        if holds:
            cue.status = "operator"
        else:
            cue.status = "refuted"
            word = "after" if later else "before"
            day_a, day_b = event_day(a, main), event_day(b, ref)
            shown = (
                f"{day_a}, {word} {b.fact.id} ({day_b})"
                if day_a and day_b and day_a != day_b
                else f"{word} {b.fact.id}"
            )
            ctx.corrections.append(
                Correction(a.fact.id, cue.field, f"{cue.key} {b.fact.id}", shown)
            )


# what may end a claim after "not after": "…, not after it", "，而不是之后。"
_RESTATED_TAIL = lazy(r"^(?:\s+(?:it|them|that|this|so))?[\s.,;!?，。；！？]*$")


def restated_opposite(ctx: Context) -> None:
    """ "Gantz quit before the cabinet was dissolved, not after", 是在…之前，而不是之后: the
    denied opposite at the end says the judged order again; it stands or falls with it."""
    r = ctx.reading
    cues = r.of("cue")
    for neg, said in pairwise(cues):
        if neg.key != "negation" or said.key not in ORDER_CUES or neg.status != "unknown":
            continue
        if r.claim[neg.end : said.start].strip() or not _RESTATED_TAIL.search(r.claim[said.end :]):
            continue
        judged = [
            c for c in cues
            if c.key in ORDER_CUES and c.key != said.key and c.end <= neg.start
            and c.status in ("operator", "supported", "refuted") and c.fact
            and c.field in ("date", "after")  # judged by the order of two facts
        ]  # fmt: skip
        if len(judged) != 1 or not any(
            x.kind in CONTENT_KINDS for x in r.parts if judged[0].end <= x.start < neg.start
        ):
            continue  # one order said before the denial, with its other side named
        first = judged[0]
        neg.status, neg.fact, neg.field = "operator", first.fact, first.field
        said.fact, said.field = first.fact, first.field
        said.status = "refuted" if first.status == "refuted" else "operator"


def _against_a_date(ctx: Context, cue: Part, main: list[Part], ref: list[Part]) -> bool:
    """ "resumed service after 11 September 2001", 在2001年9月11日之后恢复: a reference side
    that is only a date orders the main side's fact against that date itself, whatever
    fact has that day. Left open where the fact's day falls within the date as written (a
    month, a year) or is that very day. True if judged."""
    checker, r = ctx.checker, ctx.reading
    dates = [x for x in ref if x.kind == "date"]
    if len(dates) != 1 or len(ref) != 1 or not isinstance(dates[0].value, DateMention):
        return False
    a = best_fact(ctx, main, "day")
    if a is None or not all(backs(checker, a, x, r) for x in main):
        return False
    day = event_day(a, main)
    if day is None or (a.fact.first_day != a.fact.last_day and a.fact.date is None):
        return False  # a period: it may run across the date
    mention = dates[0].value
    if mention.year is None:
        mention = replace(mention, year=day.year)
    first = earliest(mention)
    last = _last_of(mention)
    if first == dt.date.min or last is None or first <= day <= last:
        return False
    later = day > last
    holds = later if cue.key == "after" else not later
    if cue.negated:
        holds = not holds
    back_sides(ctx, ((main, a),))
    date = dates[0]
    date.status, date.fact, date.field = "operator", a.fact.id, "date"
    cue.fact, cue.field = a.fact.id, "date"
    if holds:
        cue.status = "operator"
        return True
    cue.status = "refuted"
    word = "after" if later else "before"
    ctx.corrections.append(
        Correction(a.fact.id, "date", f"{cue.key} {date.text}", f"{day}, {word} {date.text}")
    )
    return True


def _last_of(mention: DateMention) -> dt.date | None:
    """The last day a date as written can mean (a month: its last day; a year: 31 December)."""
    if mention.year is None:
        return None
    if mention.day and mention.month:
        return mention.to_date()
    if mention.month:
        return month_span(f"{mention.year:04d}-{mention.month:02d}")[1]
    return dt.date(mention.until or mention.year, 12, 31)


def _firsts(voc: Vocabulary, cue: Part, ref: list[Part]) -> list[Part]:
    """ "first", 先, said as an adverb (no noun of its own) on the earlier side of a
    look-back cue: "Gantz resigned first, and Netanyahu dissolved the cabinet afterwards"."""
    if cue.detail != "back" or cue.key != "after":
        return []
    return [
        x for x in ref
        if x.kind in ("ordinal", "term") and not (x.kind == "ordinal" and x.key)
        and normalize(x.text).strip() in voc.firsts
    ]  # fmt: skip


_DEEDS = ("predicate", "term")  # what a side says happened
_SIDE_KINDS = ("predicate", "unit", "term", "entity")  # what a side is compared by


def _told_by_one(ctx: Context, cue: Part, main: list[Part], ref: list[Part]) -> Profile | None:
    """One fact whose own words order the claim's two sides as the claim does ("fighting
    resumed once the truce ended", 停火结束后战事重启), where no two facts' days or links do:
    it backs every part of both sides, and in its text each side's verbs stand on the same
    side of an order word of the same sense."""
    checker, r = ctx.checker, ctx.reading
    if not main or not ref:
        return None
    every = [x for x in main + ref if x.kind != "cue"]
    for p in ctx.ranked:
        if not all(x.fact == p.fact.id or backs(checker, p, x, r) for x in every):
            continue
        for text in (p.fact.text.en, p.fact.text.zh):
            said = checker.reading_of(text)
            for c in said.of("cue"):
                if c.key not in ORDER_CUES or c.negated:
                    continue
                first, second = sides(said, c)
                if c.key != cue.key:
                    first, second = second, first
                if _same_side(main, first, checker.voc) and _same_side(ref, second, checker.voc):
                    return p
    return None


def _same_side(claimed: list[Part], said: list[Part], voc: Vocabulary) -> bool:
    """Whether a side of the claim says what a side of a fact's text says: its verbs are
    among those of the fact's side (its words or names, where it has no verb; a word of
    the same synonym group, "war" for "conflict", says the same)."""
    keys = {(x.kind, x.key) for x in said if x.kind in _SIDE_KINDS}
    verbs = [(x.kind, x.key) for x in claimed if x.kind == "predicate"]
    if verbs:
        return all(v in keys for v in verbs)
    groups = {g for x in said if x.kind == "term" for g in voc.synonyms.get(x.key, ())}
    return any(
        (x.kind, x.key) in keys
        or (x.kind == "term" and not groups.isdisjoint(voc.synonyms.get(x.key, ())))
        for x in claimed
        if x.kind in _SIDE_KINDS
    )


def _stative(*sides: list[Part]) -> bool:
    """Whether a side says no deed (no verb): "before the war, Qatar was Hamas's financier"
    is a state, which no dated event can place."""
    return any(not any(x.kind == "predicate" for x in side) for side in sides)


def _says_all(
    ctx: Context, sides: tuple[tuple[list[Part], Profile], ...], loose: bool = False
) -> bool:
    """Whether each side's fact says what the side says happened ("stepped onto the Moon")
    and who did it (`loose`: or, for an actor, the other side's fact does)."""
    checker, r = ctx.checker, ctx.reading
    for side, p in sides:
        missing = [
            x for x in side
            if x.kind not in ("cue", "duration") and x.key != "say" and not backs(checker, p, x, r)
            and (
                x.status == "unknown"
                or x.kind in _DEEDS
                or (
                    _actor(checker, x)
                    and not (loose and any(backs(checker, q, x, r) for _, q in sides))
                )
            )
            and not _of_a_part(ctx, x, p)
        ]  # fmt: skip
        if missing:
            return False  # its verb, a word of what it did or who did it is not the fact's
    return True


def _actor(checker: Checker, x: Part) -> bool:
    """Whether a part names a person or a party: who did a side's deed ("Wilson visited
    Aberfan on 22 October, the day after the disaster" is not Prince Philip's visit)."""
    return x.kind == "entity" and checker.voc.entity_kind.get(x.key) in ("person", "party")


def _of_a_day_of(r: Reading, cue: Part) -> bool:
    """Whether a Chinese order word is a day of what the words before it say (普京在某地
    会见家属的第二天): their subject, which the sides may have given the other side, is
    that day's event's."""
    return r.claim[: cue.start].rstrip().endswith("的") and any(c in cue.text for c in "天日")


def _of_a_part(ctx: Context, x: Part, p: Profile) -> bool:
    """Whether a word that is no verb is already backed by a part of the side's fact: "the
    US draft" of a resolution adopted, where one fact of the resolution says who drafted it."""
    return (
        x.kind != "predicate"
        and x.status == "supported"
        and x.fact is not None
        and p.fact.id in ctx.checker.ancestors(x.fact)
    )


def _elided(main: list[Part], ref: list[Part], after: list[Part]) -> tuple[list[Part], list[Part]]:
    """ "Aldrin stepped onto the Moon before Armstrong", 奥尔德林比阿姆斯特朗先踏上月面: a
    side that names only actors did what the other side did, or what follows the cue."""
    actors = all(x.kind == "entity" for x in main + ref)
    deeds = [x for x in after if x.kind in ("predicate", "term", "unit", "entity")]
    if actors and deeds and not any(x in main + ref for x in deeds):
        return main + deeds, ref + deeds
    for one, other in ((main, ref), (ref, main)):
        if one and all(x.kind == "entity" for x in one):
            shared = [x for x in other if x.kind in ("predicate", "term", "unit")]
            if shared and any(x.kind == "entity" for x in other):
                return (one + shared, other) if one is main else (other, one + shared)
    return main, ref


def _by_days(
    ctx: Context, main: list[Part], ref: list[Part]
) -> tuple[Profile, Profile, bool] | None:
    """The two sides' facts and whether the first came later, by their days (by their links
    where a side is better said by an event the facts do not date)."""
    a = best_fact(ctx, main, "day")
    b = best_fact(ctx, ref, "day", a)
    if a is None or b is None or a is b:
        return None
    if any(  # a side better said by an undated event is that event's: its links order it
        (o := best_fact(ctx, side, "order")) is not None
        and o is not p
        and o.fact.first_day is None
        for side, p in ((main, a), (ref, b))
    ):
        linked = _by_links(ctx, main, ref)
        if linked is not None:
            return linked
    day_a, day_b = event_day(a, main), event_day(b, ref)
    if day_a is None or day_b is None or day_a == day_b or _overlap(a, b):
        return None
    return a, b, day_a > day_b


def _by_links(
    ctx: Context, main: list[Part], ref: list[Part]
) -> tuple[Profile, Profile, bool] | None:
    """The same by the facts' `after` links, for events the facts do not date; each side
    must be wholly one fact's, as a link orders two events and nothing near them."""
    checker, r = ctx.checker, ctx.reading
    ending = any(x.kind == "predicate" and x.key == "end" for x in main)
    firsts, seconds = best_facts(ctx, main, "order"), best_facts(ctx, ref, "order")
    found: list[tuple[Profile, Profile, bool]] = []
    for a in firsts:  # the facts tied for a side must order it alike
        for b in seconds:
            if a is b:
                continue
            if not all(backs(checker, a, x, r) for x in main if x.kind != "cue") or not all(
                backs(checker, b, x, r) for x in ref if x.kind != "cue"
            ):
                continue
            later = follows(ctx, a, b, begun=not ending)
            if later is not None:
                found.append((a, b, later))
    if not found or found[0][:2] != (firsts[0], seconds[0]):
        return None  # the best pair is not one (the same fact, or a side it does not back)
    if len({later for _, _, later in found}) > 1:
        return None  # two facts back a side alike and their links order it apart
    return found[0]


def follows(ctx: Context, a: Profile, b: Profile, begun: bool = False) -> bool | None:
    """Whether a came after b by the facts' `after` links (followed through, and through the
    days of the facts they reach); None when the links do not say. With `begun`, a whole
    one of whose parts came before b began before it."""
    base = ctx.checker.base

    def reached(p: Profile) -> dict[str, int]:
        seen: dict[str, int] = {}
        todo = [(x, 1) for x in p.fact.after]
        while todo and len(seen) < 64:
            fid, depth = todo.pop()
            fact = base.get(fid)
            if fid in seen or fact is None:
                continue
            seen[fid] = depth
            todo += [(x, depth + 1) for x in fact.after]
        return seen

    def later(x: Profile, y: Profile) -> bool:
        earlier = reached(x)
        if y.fact.id in earlier or any(u in earlier for u in ctx.checker.ancestors(y.fact.id)):
            return True  # after y, or after a whole y is part of (the resolution, its vote)
        last = y.fact.last_day
        for fid in earlier:  # x came after a fact that ends after y ends
            fact = base.get(fid)
            first = fact.first_day if fact is not None else None
            if first is not None and last is not None and first > last:
                return True
        return False

    if later(a, b):
        return True
    if later(b, a):
        return False
    ups = ctx.checker.ancestors
    if begun and any(a.fact.id in ups(fid) for fid in reached(b)):
        return False  # b came after a part of a (the offensive after round one's release):
        # a had begun before b
    return None


_COMPARED = (*COMPARE_CUES, "times", "ratio")


def during_frames(r: Reading) -> list[tuple[Part, list[Part]]]:
    """Each "during" cue with the parts of the frame it opens: "during the brief truce, …"
    up to the comma, "短暂停火期间" back to the clause's start."""
    content = [x for x in r.parts if x.kind != "cue"]
    out = []
    for cue in r.of("cue"):
        if cue.key not in ("during", "when"):
            continue
        if cue.text.isascii():
            end = clause_end(r.claim, cue.end)
            frame = [x for x in content if cue.end <= x.start < end]
        else:
            start = clause_start(r.claim, cue.start)
            frame = [x for x in content if start <= x.start < cue.start]
        out.append((cue, frame))
    return out


_JOINED_BEFORE = lazy(r"\b(?:plus|and|as well as|along with)\b")


def during(ctx: Context) -> None:
    """ "During the truce, Hamas freed 100 hostages", 第四轮谈判期间…: every event the rest of
    the claim was found in is part of that one, or falls within its days; one outside it,
    refuted. Run once the other readers have placed the rest of the claim."""
    r, base = ctx.reading, ctx.checker.base
    content = [x for x in r.parts if x.kind != "cue"]
    for cue, frame in during_frames(r):
        if cue.status != "unknown":
            continue
        rest = [x for x in content if x not in frame]
        joins = (
            list(_JOINED_BEFORE.finditer(r.claim, clause_start(r.claim, cue.start), cue.start))
            if cue.key == "during" and cue.text.isascii()
            else []
        )
        joined = joins[-1] if joins else None  # "the two freed in October plus the hostages
        if joined is not None:  # released during the truce": the last item's own frame
            rest = [x for x in rest if joined.end() <= x.start < cue.start]
        if cue.key == "when":  # "X时仍被扣押的人质": the statement it sets in time, no further
            after = max([cue.end, *(x.end for x in frame)])
            end = clause_end(r.claim, after + 1)
            rest = [x for x in rest if after <= x.start < end]
        kinds: tuple[str, ...] = ("predicate", "number", "duration", "date")
        kinds += ("term", "unit", "ordinal") if cue.key == "when" else ()  # "the truce was on"
        placed = {  # the events: where its deeds and amounts were found
            x.fact for x in rest
            if x.fact and x.status in ("supported", "refuted", "disputed") and x.kind in kinds
            and (f := base.get(x.fact)) is not None and f.kind not in ("party", "person", "place")
        }  # fmt: skip
        compared = any(  # "twice as many prisoners as hostages": two amounts, compared
            x.kind == "cue" and x.key in _COMPARED and x.status == "operator" for x in r.parts
        )
        if not frame or not placed:
            cue.status = "operator"
            continue
        events = [ctx.checker.by_id[f] for f in sorted(placed)]
        named = [x for x in frame if x.kind in ("ordinal", "entity", "number", "date", "unit")]
        frames = [  # the event the frame names ("the third round … still going on")
            a
            for a in _frames(ctx, frame)
            if all(backs(ctx.checker, a, x, r) for x in named or frame)
        ]
        if cue.key == "when":  # strict: "when the war broke out, Hamas held 130": held then?
            a = next((f for f in frames if f.fact.kind not in ENTITY_KINDS), None)
            if a is not None and all(
                p is a
                or (
                    _unordered(ctx, p, a)  # the captain took over after the takeoff, that day
                    and (_within_event(ctx, p, a) or _within_event(ctx, a, p) or _on(ctx, a, p))
                )
                or all(backs(ctx.checker, p, x, r) for x in frame)  # its own words set it then
                for p in events
            ):  # the one within the other: "when Biden spoke, round five was under way"
                cue.status, cue.fact, cue.field = "operator", a.fact.id, "date"
                back_sides(ctx, ((frame, a),))
            continue  # else unaccounted: a state later or earlier says nothing of then
        cue.status = "operator"  # unplaced in time, "during" adds nothing to check
        if not frames:
            continue
        a = frames[0]
        if compared:  # the comparison's own facts, not the clause's, are the events: the
            back_sides(ctx, ((frame, a),))  # frame names one, and nothing is refuted
            cue.fact, cue.field = a.fact.id, "part_of"
            continue
        verdicts = [True if p is a else _within_event(ctx, p, a) for p in events]
        elsewhere = all(  # every frame the words may name puts every event outside it
            all(p is not f and _within_event(ctx, p, f) is False for p in events) for f in frames
        )
        if not elsewhere or any(x.status == "unknown" for x in rest):
            if all(verdicts):
                back_sides(ctx, ((frame, a),))
                cue.fact, cue.field = a.fact.id, "part_of"
            continue
        said = [x for x in rest if x.kind in ("predicate", "unit", "term", "number")]
        if (
            joined is not None
            and said
            and any(  # "the hostages released during the truce": a fact within the frame
                (q is a or _within_event(ctx, q, a))  # that says the same deed as well
                and all(backs(ctx.checker, q, x, r) for x in said)
                for q in ctx.ranked
            )
        ):
            continue
        back_sides(ctx, ((frame, a),))  # every event the claim names lies outside it
        outside = events[0]
        cue.status, cue.fact, cue.field = "refuted", outside.fact.id, "date"
        span = a.fact.span()
        shown = f"{outside.fact.id} is outside {a.fact.id}" + (
            f" ({span[0]} – {'' if span[1] == dt.date.max else span[1]})" if span else ""
        )
        ctx.corrections.append(
            Correction(outside.fact.id, "date", f"{cue.text} {a.fact.id}", shown)
        )


def _frames(ctx: Context, parts: list[Part]) -> list[Profile]:
    """The facts a "during" frame may name, best first: those it calls by one of their own
    names ("the truce", 停火) before those that merely hold its words; at most three."""
    r = ctx.reading
    lo, hi = min(x.start for x in parts), max(x.end for x in parts)
    bare = normalize(r.claim[lo:hi]).strip()
    bare = bare[4:] if bare.startswith("the ") else bare
    scored = []
    for i, p in enumerate(ctx.ranked):
        score = _best_score(ctx, p, parts)
        if score > 0:
            named = bare in ctx.checker.alias_norms(p.fact.id)
            scored.append((-(score + (1.0 if named else 0.0)), i, p))
    return [p for *_, p in sorted(scored, key=lambda t: (t[0], t[1]))[:3]]


def _best_score(ctx: Context, p: Profile, parts: list[Part]) -> float:
    checker, r = ctx.checker, ctx.reading
    total = sum(weight(checker, x) for x in parts) or 1.0
    score = sum(weight(checker, x) for x in parts if backs(checker, p, x, r))
    return score if score >= ABOUT * total else 0.0


def _within_event(ctx: Context, inner: Profile, outer: Profile) -> bool | None:
    """Whether one fact is part of another (by `part_of`, followed up) or falls within its
    days (a fact without days, within its nearest parent's); None when the facts cannot say."""
    checker = ctx.checker
    if outer.fact.id in checker.ancestors(inner.fact.id):
        return True
    dated, around = _dated(checker, inner.fact), _dated(checker, outer.fact)
    if dated is None or around is None:
        return None
    span, day = around.span(), dated.corrected_day() or dated.first_day
    if span is None or day is None or dated.month or around.month:
        return None
    last = dated.last_day or day
    if span[0] <= day and last <= span[1]:
        return True
    return False if (last < span[0] or day > span[1]) else None


def _unordered(ctx: Context, p: Profile, frame: Profile) -> bool:
    """Whether the facts' `after` links leave an event at the time of a frame: not one they
    put after it (a part of the frame is within it, whatever its links; one before it may
    be a state that lasted, "the ropes had been dropped")."""
    if frame.fact.id in ctx.checker.ancestors(p.fact.id):
        return True
    return follows(ctx, p, frame) is not True or follows(ctx, frame, p) is True
    # (after a whole the frame is part of, but the frame itself after it: the links say
    # the frame came later, as the fire after the ropes were dropped)


def _on(ctx: Context, frame: Profile, event: Profile) -> bool:
    """Whether the day of a frame falls within the days of an event or state, even one known
    only to its month ("the hostages still held at the time of the Paris talks": January)."""
    checker = ctx.checker
    dated, around = _dated(checker, frame.fact), _dated(checker, event.fact)
    if dated is None or around is None or dated.month:
        return False
    day, span = dated.corrected_day() or dated.first_day, around.span()
    return day is not None and span is not None and span[0] <= day <= span[1]


def _dated(checker: Checker, fact: Fact) -> Fact | None:
    """The fact itself if it has days, else its nearest parent that has."""
    for fid in (fact.id, *checker.ancestors(fact.id)):
        found = checker.base.get(fid)
        if found is not None and found.first_day is not None:
            return found
    return None


def _overlap(a: Profile, b: Profile) -> bool:
    """Two facts known only to a month or a period that share days cannot be ordered."""
    sa, sb = a.fact.span(), b.fact.span()
    if sa is None or sb is None or (a.fact.date and b.fact.date):
        return False
    if a.fact.corrected_day() or b.fact.corrected_day():
        return False
    return (
        sa[0] <= sb[1]
        and sb[0] <= sa[1]
        and (a.fact.month is not None or b.fact.month is not None)
    )


def event_day(p: Profile, side: list[Part] | None = None) -> dt.date | None:
    """The day an event is placed at: its end when the claim speaks of its ending."""
    if side and any(x.kind == "predicate" and x.key == "end" for x in side) and p.fact.end:
        return p.fact.end
    return p.fact.corrected_day() or p.fact.first_day


def _in_place(
    ctx: Context, p: Profile, name: str, values: list[Part], amounts: list[float]
) -> bool:
    """ "first extended by two days, then by one" against three, then one: as many amounts
    as the list holds, of its unit, in its order, with a verb that fills the list. Those in
    their place are backed; each other one is the item in its place said otherwise
    (disputed where other reporting's list has it there)."""
    from factcheck.check.contradiction import other_reporting

    checker, r = ctx.checker, ctx.reading
    unit = {getattr(v, "unit", "") for v in p.fact.values[name]}  # type: ignore[union-attr]
    verb = next(  # the verb that fills the list: its amounts follow it ("the initial four
        (v for v in r.of("predicate")  # days were extended by two days, then by one")
         if name in checker.voc.fields_of.get(v.key, ()) and not v.negated),
        None,
    )  # fmt: skip
    if verb is None or len(unit) != 1:
        return False
    if len(values) > len(amounts):
        values = [x for x in values if x.start > verb.start]
    if len(values) != len(amounts):
        return False
    word = checker.voc.unit(unit.pop())
    if any(x.key not in ("", word) for x in values) or not any(x.key == word for x in values):
        return False
    placed = [x for x, a in zip(values, amounts, strict=True) if float(x.value) == a]  # type: ignore[arg-type]
    if not placed or len(placed) == len(values):
        return False
    field = f"values.{name}"
    for place, (x, a) in enumerate(zip(values, amounts, strict=True), start=1):
        x.fact, x.field = p.fact.id, field
        if float(x.value) == a:  # type: ignore[arg-type]
            x.status = "supported"
            continue
        note = other_reporting(checker, p, replace(x, key=word), field, place)
        x.status = "refuted" if note is None else "disputed"
        shown = format_value(p.fact.values[name][place - 1])  # type: ignore[index]
        ctx.corrections.append(Correction(p.fact.id, field, x.text, shown))
        if note is not None:
            ctx.notes.append((p.fact.id, note))
    lo, hi = values[0].start, values[-1].end
    for cue in ctx.reading.of("cue"):  # "then": the list's order, not a time between events
        if cue.key in ("after", "before") and cue.status == "unknown" and lo < cue.start < hi:
            cue.status, cue.fact, cue.field = "operator", p.fact.id, f"values.{name}"
    return True


def said_order(ctx: Context) -> None:
    """ "First offered Teterboro, then LaGuardia": where a fact that backs the actors on
    both sides of an order word says an order itself, between members of one of its lists
    ("first LaGuardia, then Teterboro", 先…随后), its words are read the same way and the
    two orders compared."""
    r, checker = ctx.reading, ctx.checker
    for cue in r.of("cue"):
        if cue.key not in ORDER_CUES or cue.status != "unknown":
            continue
        claimed = _sides_of(r, cue)
        backers = {
            x.fact for x in r.of("entity") if x.key in claimed and x.fact is not None
        }  # fmt: skip
        for p in [checker.by_id[i] for i in sorted(backers) if i in checker.by_id]:
            if _compare_order(ctx, p, cue, claimed):
                return


def _compare_order(ctx: Context, p: Profile, cue: Part, claimed: dict[str, bool]) -> bool:
    """Judge an order word by a fact's own words on members of one of its lists."""
    lists = [refs for refs in p.slots.values() if len(refs & set(claimed)) >= 2]
    if lists:
        members = {k: side for k, side in claimed.items() if any(k in refs for refs in lists)}
        for text in (p.fact.text.zh if ctx.reading.lang == "zh" else p.fact.text.en,):
            said = ctx.checker.reading_of(text)  # in the claim's language: its order words
            for other in said.of("cue"):
                if other.key not in ORDER_CUES:
                    continue
                theirs = _sides_of(said, other)
                if set(members) - set(theirs) or len(set(members.values())) < 2:
                    continue
                flip = other.key != cue.key
                if all((theirs[k] == side) != flip for k, side in members.items()):
                    cue.status, cue.fact, cue.field = "operator", p.fact.id, "text"
                    return True
                if all((theirs[k] == side) == flip for k, side in members.items()):
                    cue.status, cue.fact, cue.field = "refuted", p.fact.id, "text"
                    named = [x for x in ctx.reading.of("entity") if x.key in members]
                    first = [x for x in named if members[x.key] == members[named[0].key]]
                    said_first = [x for x in named if x not in first] + first  # sides swapped
                    ctx.corrections.append(
                        Correction(
                            p.fact.id,
                            "text",
                            ", then ".join(x.text for x in named),
                            ", then ".join(x.text for x in said_first),
                        )
                    )
                    return True
    return False


def _sides_of(r: Reading, cue: Part) -> dict[str, bool]:
    """The actors on each side of an order word: True on its main side, False on the other;
    one named on both is left out."""
    main, ref = sides(r, cue)
    a = {x.key for x in main if x.kind == "entity"}
    b = {x.key for x in ref if x.kind == "entity"}
    return {k: k in a for k in a ^ b}


def sequences(ctx: Context) -> None:
    """ "extended first by three days, then by one": amounts in the order a fact lists them
    (`quantities`); the same amounts in another order are refuted."""
    r = ctx.reading
    values = [x for x in r.parts if x.kind in ("number", "duration") and x.key != "times"]
    if len(values) < 2:
        return
    for p in ctx.ranked[:8]:
        for name, value in p.fact.values.items():
            if (
                not isinstance(value, tuple)
                or len(value) < 2
                or not all(hasattr(v, "unit") for v in value)
            ):
                continue
            amounts = [float(v.value) for v in value]  # type: ignore[union-attr]
            claimed = [x for x in values if float(x.value) in amounts]  # type: ignore[arg-type]
            if len(claimed) < 2:
                if _in_place(ctx, p, name, values, amounts):
                    return
                continue
            order = [amounts.index(float(x.value)) for x in claimed]  # type: ignore[arg-type]
            if len(set(order)) < len(order):
                continue
            holds = order == sorted(order)
            for x in claimed:
                x.status, x.fact, x.field = (
                    ("supported" if holds else "refuted"),
                    p.fact.id,
                    f"values.{name}",
                )
            for cue in r.of("cue"):
                if cue.key in ("after", "before") and cue.status == "unknown" and holds:
                    cue.status = "operator"
            for o in r.of("ordinal"):
                if o.status == "unknown" and not o.key and holds:
                    o.status, o.fact = "supported", p.fact.id
            if not holds:
                shown = ", then ".join(format_number(a) for a in amounts)
                ctx.corrections.append(
                    Correction(
                        p.fact.id, f"values.{name}", ", then ".join(x.text for x in claimed), shown
                    )
                )
            return
