"""Where a deed was done: "the rig was built in Japan" against a fact whose own words have
it built in South Korea. A place after "<verb> in/at" is judged by the places the fact's
words put after the same verb."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.check.contradiction import side_of_comparison
from factcheck.check.evidence import backs, clause_end, clause_start, deed_word, within
from factcheck.check.model import CONTENT, Correction
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker
    from factcheck.check.model import Reading
    from factcheck.check.profile import Profile

# what may stand between a verb and its "in|at": its doer or object ("built by Hyundai in",
# "built the rig in"), within one clause
_BETWEEN = r"(?:\s+[^,;.]{1,60}?)??"
_AT = lazy(r"\s(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_WORD = lazy(r"[A-Za-z]{3,}")


def sites(ctx: Context) -> None:
    """A place the claim puts after "<verb> in/at", where the facts that back the rest of
    its statement put that verb at other places (and none at this one, or a place within
    it or holding it): refuted, with the fact's places as the correction. English only: a
    Chinese 在X建造 puts the place before the verb, and the facts' Chinese words vary more."""
    checker, r = ctx.checker, ctx.reading
    if r.lang != "en":
        return
    for x in r.of("entity"):
        worded = x.status == "supported" and x.field == "text"  # named by its words elsewhere
        if (x.status != "unknown" and not worded) or x.negated or not _placelike(checker, x.key):
            continue
        if side_of_comparison(r, x):
            continue  # "more were killed in Mell than in Tarn": each side its own fact's
        lo, hi = clause_start(r.claim, x.start), clause_end(r.claim, x.end)
        at = _AT.search(r.claim, lo, x.start)
        deeds = [
            w.group().lower() for w in _WORD.finditer(r.claim, max(lo, x.start - 80), x.start)
            if deed_word(checker.voc, w.group())
        ]  # fmt: skip
        if at is None or not deeds:
            continue
        verb = deeds[-1]  # the deed nearest the place
        rest = [
            y for y in r.parts
            if y is not x and y.kind in CONTENT and y.kind != "cue" and lo <= y.start < hi
        ]  # fmt: skip
        if not rest:
            continue
        found: dict[str, tuple[Profile, dict[str, str]]] = {}
        for p in ctx.ranked:
            if not all(backs(checker, p, y, r) for y in rest):
                continue
            places = _places_of(checker, p, verb)
            if places:
                found[p.fact.id] = (p, places)
        if not found:
            continue
        if any(_agrees(checker, x.key, set(places)) for _, places in found.values()):
            continue  # one of them has it there, or somewhere within or around it
        if len({frozenset(places) for _, places in found.values()}) != 1:
            continue  # the facts put it in more than one place: which the claim means is open
        p, places = next(iter(found.values()))
        x.status, x.fact, x.field = "refuted", p.fact.id, "text"
        shown = " and ".join(places[k] for k in sorted(places))
        ctx.corrections.append(Correction(p.fact.id, "text", x.text, shown))
        for y in rest:
            if y.status == "unknown":
                y.status, y.fact, y.field = "supported", p.fact.id, "text"


def bound_names(ctx: Context) -> None:
    """ "Kursk was based at Severodvinsk", against words that say "based at Vidyayevo …
    built at Severodvinsk": a name after "<word> at|in" that the fact's own words put after
    another word's "at|in", while they put this word at another name, is that other
    word's; refuted, with the name this word has. Names the base has no entity for
    (words of the text) are judged here; places with facts of their own, by `sites`."""
    checker, r = ctx.checker, ctx.reading
    if r.lang != "en":
        return
    for x in r.of("term"):
        if x.status != "supported" or not x.fact or x.negated or not x.text[:1].isupper():
            continue
        before = _WORD_AT.search(r.claim, clause_start(r.claim, x.start), x.start)
        if before is None:
            continue
        p = checker.by_id.get(x.fact)
        if p is None:
            continue
        word, name = before.group(1).lower(), x.text.lower()
        text = p.fact.text.en
        done = list(_done_at_name(word).finditer(text))
        own = [m.group(1).lower() for m in done]
        if not own or any(name in o for o in own):
            continue
        others = [
            m for m in _ANY_AT.finditer(text)
            if m.group(1).lower() != word and name in m.group(2).lower()
            and not any(_within_phrase(checker, text, d.end(), m.start()) for d in done)
        ]  # fmt: skip
        if not others:
            continue
        x.status, x.field = "refuted", "text"
        ctx.corrections.append(Correction(p.fact.id, "text", x.text, own[0].title()))


def _within_phrase(checker: Checker, text: str, start: int, end: int) -> bool:
    """Whether a place named later stands in the phrase after the verb's own at|in ("launched
    at Harland and Wolff's yard in Belfast": the yard is in Belfast), with no clause break
    or other deed between."""
    between = text[start:end]
    return (
        start <= end
        and not re.search(r"[,;.]", between)
        and not any(deed_word(checker.voc, w.group()) for w in _WORD.finditer(between))
    )


# "<word> at|in (the)" right before a name, with nothing else between
_WORD_AT = lazy(r"\b([a-z]{3,})\s+(?:in|at)\s+(?:the\s+)?$")
# "<word> at|in (the) Name Name": a name of capitalised words after a word's at|in
_ANY_AT = lazy(r"\b([a-z]{3,})\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


@lru_cache(maxsize=64)
def _done_at_name(word: str) -> re.Pattern[str]:
    """ "<word> at|in (the) Name": the names the words put right after this word's at|in."""
    return re.compile(
        rf"\b{re.escape(word)}\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
    )


def _placelike(checker: Checker, key: str) -> bool:
    """A place, or a state (a country is where things are built and held)."""
    voc = checker.voc
    return voc.entity_kind.get(key) == "place" or voc.entity_type.get(key) == "state"


def _agrees(checker: Checker, place: str, places: set[str]) -> bool:
    return place in places or within(checker, place, places)


def _places_of(checker: Checker, p: Profile, verb: str) -> dict[str, str]:
    """The places the fact's English words put after this verb's "in"/"at", up to the end
    of its clause ("built by Hyundai Heavy Industries in South Korea, completed …"), each
    with the name the words give it."""
    text = p.fact.text.en
    if verb not in text.lower():
        return {}
    said: Reading = checker.reading_of(text)
    places: dict[str, str] = {}
    for m in _done_at(verb).finditer(said.claim):
        end = clause_end(said.claim, m.end())
        at = m.end()
        for e in said.of("entity"):
            if at <= e.start < end and _placelike(checker, e.key):
                if _NAMED_THERE.fullmatch(said.claim, at, e.start) is None:
                    break  # "built in Japan in 2018 that sails under the Panamanian flag"
                places.setdefault(e.key, e.text)
                at = e.end
    return places


_NAMED_THERE = lazy(
    r"[\s,()]*(?:(?:and|or)\s+)?(?:(?:in|at)\s+)?(?:the\s+)?", re.IGNORECASE
)  # the names right
# after the verb's "in" ("in Japan", "at Harland and Wolff's yard in Belfast": Harland)


@lru_cache(maxsize=64)
def _done_at(verb: str) -> re.Pattern[str]:
    """ "<verb> … in|at": where the words put a deed."""
    return re.compile(rf"\b{re.escape(verb)}{_BETWEEN}\s+(?:in|at)\s+", re.IGNORECASE)
