"""The statement of a fact's words that holds a number: "The crash killed 113 people: 109
on board and 4 on the ground" says 113 of the crash and 109 of those on board. A count of
the claim backed by a fact's words is that fact's only where the claim's words said with it
are said with it there too, not only beside another figure of the same words."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from factcheck.check.counts import OF_THOSE_WORDS
from factcheck.check.evidence import STATEMENT_BREAK, statement_span
from factcheck.check.model import WORD_FIELDS
from factcheck.textnorm import CJK, lazy

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part, Reading

# a statement that counts a part of what the statement before it names
_OF_THE_ONE_BEFORE = lazy(OF_THOSE_WORDS, re.I)
_CJK_CHAR = lazy(rf"[{CJK}]")
_SENTENCE_END = lazy(r"(?<!\d)\.(?!\d)|[;!?。；！？]")
_SAID_WITH = ("term", "predicate", "entity")  # the words that say what a count is of


def counts_in_their_statement(ctx: Context) -> None:
    """A number backed by fact P's words, where a word of the claim's statement that P's words
    back stands in P's words only in statements that hold another figure, never in one that
    holds the claim's ("48 people aboard the Nesta drowned" against "boats pulled 48 people
    out; 82 of those aboard drowned"): the words do not back the number; it is left open."""
    checker, r, voc = ctx.checker, ctx.reading, ctx.checker.voc
    for x in r.of("number"):
        if x.status != "supported" or not x.fact or x.field not in WORD_FIELDS or x.negated:
            continue
        p = checker.by_id.get(x.fact)
        if p is None:
            continue
        lo, hi = statement_span(r, x)  # "… 36 passengers and 61 crew": each with its words
        if any(y is not x and lo <= y.start < hi for y in r.of("number")):
            continue  # several figures in one statement: which words go with which, unsaid
        said_with = [
            y for y in r.parts
            if y.kind in _SAID_WITH and lo <= y.start < hi and y.fact == x.fact
            and y.field in WORD_FIELDS and y.status == "supported"
        ]  # fmt: skip
        if not said_with:
            continue
        texts = [t for t in (p.fact.text.en, p.fact.text.zh) if t]
        if _said_beside_another(
            [checker.reading_of(t) for t in texts], x, said_with, voc.synonyms
        ):
            x.status, x.fact, x.field = "unknown", None, None


def _said_beside_another(
    readings: list[Reading], x: Part, words: list[Part], synonyms: Mapping[str, Collection[int]]
) -> bool:
    """Whether one of the words (or a word of its synonym group: "carried" for 机上) stands
    in the fact's texts only in statements with another figure, in neither language in a
    statement with the claim's."""
    beside_mine: set[int] = set()
    beside_other: set[int] = set()
    for said in readings:
        spans = _statements(said.claim)
        mine, others = set(), set()
        for n in said.of("number"):
            i = _index(spans, n.start)
            if n.value == x.value:
                mine.add(i)
            elif n.detail != "age" and (n.key == x.key or _elided(n) or not x.key):
                others.add(i)  # another figure of the same thing (or of what its unit omits)
        if not mine:
            return False  # this text does not give the figure as a number: no statement of it
        for i in list(mine):  # "570 of them returned", "90 miles of it": of the one before
            end = spans[i + 1] if i + 1 < len(spans) else len(said.claim)
            if i and _OF_THE_ONE_BEFORE.search(said.claim, spans[i], end):
                mine.add(i - 1)
            listed = _listed_after(said.claim, spans, i)  # "64 people: 60 passengers and …"
            if listed is not None:
                mine.add(listed)
        for k, w in enumerate(words):
            group = set(synonyms.get(w.key, ()))
            at = {
                _index(spans, y.start) for y in said.parts
                if (y.kind, y.key) == (w.kind, w.key)
                or (y.kind == w.kind == "term" and not group.isdisjoint(synonyms.get(y.key, ())))
            }  # fmt: skip
            if w.kind == "term" and _CJK_CHAR.fullmatch(w.text):  # 上 of 机上64人
                at |= {
                    _index(spans, m.start()) for m in re.finditer(re.escape(w.text), said.claim)
                }
            if at & mine:
                beside_mine.add(k)
            elif at and at <= others - mine:
                beside_other.add(k)
    return bool(beside_other - beside_mine)


def _listed_after(text: str, starts: list[int], i: int) -> int | None:
    """The statement a colon ends, where statement i stands in the list after it in the
    same sentence ("carried 64 people: 60 passengers and 4 crew"): the list breaks down the
    figure before the colon, and its parts are said with that statement's words."""
    colon = max(text.rfind(":", 0, starts[i]), text.rfind("：", 0, starts[i]))
    if colon < 0 or _SENTENCE_END.search(text, colon, starts[i]):
        return None
    return _index(starts, colon)


def _elided(n: Part) -> bool:
    """Whether a figure leaves its unit to the one before ("113 people: 109 on board"): in
    digits, not a word like "one decisive campaign", 一役."""
    return not n.key and any(c.isdigit() for c in n.text)


def _statements(text: str) -> list[int]:
    """The offsets where the text's statements begin."""
    return [0] + [m.end() for m in STATEMENT_BREAK.finditer(text)]


def _index(starts: list[int], at: int) -> int:
    """The statement an offset falls in."""
    return bisect_right(starts, at) - 1
