"""A word of wholeness said right before a deed ("a complete withdrawal", 彻底撤离) says the
deed was whole: a fact that holds the word only beside another thing ("a complete
ceasefire") does not back it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.check.evidence import CLAUSE, backing_of, names_parent, with_words
from factcheck.check.model import Part
from factcheck.textnorm import normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.judge import Checker

NEAR = (
    3  # the words a fact may put between a modifier and its head ("full and complete ceasefire")
)
HEADS = ("predicate", "unit", "term")


def modifiers(ctx: Context) -> None:
    """A word of wholeness right before its head word is accounted by the head's fact where
    that fact's own words back it (not the qualifiers of its parent's names: "complete" in
    "a full and complete ceasefire", unless the claim says that name), or by another fact
    whose words put it before the head (or a synonym) in one clause; else it is open."""
    checker, r = ctx.checker, ctx.reading
    parts = sorted(r.parts, key=lambda x: x.start)
    for word, head in _modified(r.claim, parts):
        if not _whole(checker, word) or word.status != "supported" or head.status != "supported":
            continue
        p = checker.by_id.get(head.fact or "")
        if p is None:
            continue
        if p.own is not None and not names_parent(checker, p, word, r):
            p = with_words(p, p.own)
        field = backing_of(checker, p, word, r)
        if field is not None:
            word.fact, word.field = head.fact, field
        elif word.fact == head.fact or not _said_before(checker, word.fact or "", word, head):
            word.status, word.fact, word.field = "unknown", None, None


def _modified(claim: str, parts: list[Part]) -> list[tuple[Part, Part]]:
    """Each term and the head word it stands right before, over the names that may stand
    between them as qualities ("a complete Israeli withdrawal")."""
    pairs = []
    for i, word in enumerate(parts):
        if word.kind != "term":
            continue
        left = word
        for head in parts[i + 1 :]:
            gap = claim[left.end : head.start]
            cjk = not left.text.isascii() and not head.text.isascii()
            if not (gap == " " or (gap == "" and cjk)):
                break
            if head.kind in HEADS:
                pairs.append((word, head))
                break
            if head.kind != "entity":
                break
            left = head
    return pairs


def _whole(checker: Checker, word: Part) -> bool:
    """Whether a word says a thing was whole (the lexicon's `whole_deed`: "complete", 彻底)."""
    return normalize(word.text).strip() in checker.voc.whole_deed


def _said_before(checker: Checker, fact_id: str, word: Part, head: Part) -> bool:
    """Whether a fact's words put the word before the head, or a synonym of it, within a
    few words and in one clause."""
    p = checker.by_id.get(fact_id)
    if p is None:
        return True  # not a fact's words: leave it as it was
    heads = {head.key, *_synonyms(checker, head)}
    for text in (p.fact.text.en, p.fact.text.zh, *p.fact.aliases_en, *p.fact.aliases_zh):
        said = checker.reading_of(text)
        ordered = sorted(said.parts, key=lambda x: x.start)
        for i, x in enumerate(ordered):
            if x.key != word.key:
                continue
            for y in ordered[i + 1 : i + 1 + NEAR]:
                if CLAUSE.search(said.claim, x.end, y.start):
                    break
                if y.key in heads or heads & set(_synonyms(checker, y)):
                    return True
    return False


def _synonyms(checker: Checker, part: Part) -> list[str]:
    """The members of the synonym groups of a part's word."""
    voc = checker.voc
    word = voc.word_key(part.text) if part.kind == "unit" else part.key
    return [m for g in voc.synonyms.get(word, ()) for m in voc.groups[g]]
