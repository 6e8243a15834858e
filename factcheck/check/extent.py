"""Words of extent ("all", "the entire", 全部, 所有): refuted where the fact the claim is
about says only part ("some hostages", 一部分人质), accounted where it says "all" of the
same words, or where "all" floats after a list the facts back one by one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.check.evidence import Context, clause_end
from factcheck.check.model import CONTENT, Correction, Part, Reading
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.judge import Checker
    from factcheck.check.vocab import Vocabulary
    from factcheck.facts import Fact


def extent(ctx: Context, cue: Part) -> bool:
    """Judge an "all" cue; True where its status is now set (refuted or an operator)."""
    if _partial_extent(ctx, cue):
        return True
    if _whole_extent(ctx, cue) or _each_of_list(ctx, cue) or _whole_deed(ctx, cue):
        cue.status = "operator"
        return True
    return False


def _partial_extent(ctx: Context, cue: Part) -> bool:
    """ "Hamas frees all the hostages": refuted where the fact that backs what follows
    "all" says only part of it ("some hostages", 一部分人质), a word of the lexicon's
    `partial` list just before that very word."""
    checker, r = ctx.checker, ctx.reading
    run = _run_after(r, cue, ("term", "unit"))  # its last word is the head
    if any(
        x.status == "unknown" and not any(x is y for y in run[:-1])
        for x in r.parts
        if x.kind in CONTENT and x.kind != "cue"
    ):
        return False  # as any refutation: the rest of the claim must be accounted for (the
        # words before the head, "all the remaining hostages", go with "all")
    if cue.negated or any(
        x.kind == "cue" and x.key == "negation" and x.end <= cue.start for x in r.parts
    ):
        return False  # "not … all": the whole is denied, which "some" does not contradict
    about = {  # the facts the statement holding the cue is about: its anchor and context
        p.fact.id
        for c in ctx.clauses
        if c.parts and c.parts[0].start <= cue.start <= c.parts[-1].end
        for p in c.sources
    }
    for x in run[-1:]:
        fact = checker.base.get(x.fact or "")
        if fact is None or fact.id not in about or not _one_event(checker, fact.id, r.parts):
            continue
        word = checker.voc.word_key(x.text) if x.text.isascii() else normalize(x.text)
        for some, after in _occurrences(fact, checker.voc.partial, 24):
            shown = ""
            if some.isascii():
                words = re.findall(r"[a-z]+", after)[:3]
                hit = next((w for w in words if checker.voc.word_key(w) == word), None)
                shown = f"{some} {hit}" if hit else ""
            else:
                skip = 0 if after.startswith(word) else 1
                shown = some + after[: skip + len(word)] if after[skip:].startswith(word) else ""
            if shown:
                cue.status, cue.fact, cue.field = "refuted", fact.id, "text"
                ctx.corrections.append(Correction(fact.id, "text", cue.text, shown))
                return True
    return False


def _occurrences(fact: Fact, words: tuple[str, ...], width: int) -> Iterator[tuple[str, str]]:
    """Each of these words in a fact's two texts (an English one as a whole word), with the
    `width` characters after it."""
    for text in (normalize(fact.text.en), normalize(fact.text.zh)):
        for w in words:
            for m in re.finditer(re.escape(w), text):
                if w.isascii() and m.start() > 0 and text[m.start() - 1].isalnum():
                    continue
                yield w, text[m.end() : m.end() + width]


def _run_after(r: Reading, cue: Part, kinds: tuple[str, ...]) -> list[Part]:
    """The words after a cue in its clause, up to the first part of another kind (a verb,
    a count, a date)."""
    end = clause_end(r.claim, cue.end)
    run = []
    for x in sorted(r.parts, key=lambda x: x.start):
        if x.start < cue.end or x.start >= end or x.kind == "cue":
            continue
        if x.kind not in kinds:
            break
        run.append(x)
    return run


def _whole_extent(ctx: Context, cue: Part) -> bool:
    """ "all of Gaza's populated areas": the fact that backs the head of what "all" bears on
    says "all" (or another word of the cue) of the same words ("leaves all populated areas");
    a word of its own between them ("all populated areas" for "all of Gaza") says less."""
    checker, r = ctx.checker, ctx.reading
    run = _run_after(r, cue, ("term", "unit", "entity"))
    head = run[-1] if run else None
    fact = checker.base.get(head.fact or "") if head is not None else None
    if head is None or fact is None or head.status != "supported":
        return False
    key = checker.voc.word_key
    said = normalize(r.claim[cue.end : head.end])  # what the claim says "all" of
    claimed = {key(x) for x in re.findall(r"[a-z]+", said)} | {"of", "the"}
    word = key(said.split()[-1]) if said.split() and head.text.isascii() else normalize(head.text)
    for w, after in _occurrences(fact, checker.voc.whole, 40):
        if not w.isascii():
            if after.startswith(word) or (
                word in after[:12] and after[: after.find(word)] in said
            ):
                return True
            continue
        between: list[str] = []  # each word before the head must be the claim's too
        for x in re.findall(r"[a-z]+", after)[:4]:
            if key(x) == word:
                if all(key(b) in claimed for b in between):
                    return True
                break
            between.append(x)
    return False


def _whole_deed(ctx: Context, cue: Part) -> bool:
    """ "withdrew completely", 完全撤出: a word of manner next to a verb, accounted where the
    words of the fact that backs the verb say the deed was whole ("a full withdrawal")
    within a few words of the verb as they say it."""
    checker, r = ctx.checker, ctx.reading
    verb = manner_verb(r, checker.voc, cue)
    if verb is None or verb.status != "supported":
        return False
    fact = checker.base.get(verb.fact or "")
    return fact is not None and said_whole(checker, fact, verb.key)


def manner_verb(r: Reading, voc: Vocabulary, cue: Part) -> Part | None:
    """The verb a word of manner ("completely", 完全) is said of: the nearest one, a few
    characters from it; or the verb right before a word of "all" said of one place alone
    ("withdraw from all of Gaza", 撤出整个加沙)."""
    if normalize(cue.text).strip() not in voc.deed_manner:
        return _over_a_place(r, voc, cue)
    if not cue.text.isascii():  # 全部撤出: right before its verb (全部剩余人质: of a noun)
        return next(
            (x for x in r.of("predicate") if not x.negated and 0 <= x.start - cue.end <= 1), None
        )
    return next(
        (
            x for x in r.of("predicate")
            if not x.negated and (0 <= x.start - cue.end <= 12 or 0 <= cue.start - x.end <= 12)
        ),
        None,
    )  # fmt: skip


def _over_a_place(r: Reading, voc: Vocabulary, cue: Part) -> Part | None:
    """ "withdraw from all of Gaza", "pull out of the whole of Gaza", 撤出整个加沙: a word of
    "all" between a verb (and a word of `over_place`) and one place, said of nothing after
    the place ("all of Gaza's towns" is of the towns): the verb, its deed done whole."""
    if normalize(cue.text).strip() not in voc.whole or cue.negated:
        return None
    run = _run_after(r, cue, ("term", "unit", "entity"))
    if len(run) != 1 or voc.entity_kind.get(run[0].key) != "place":
        return None
    place = run[0]
    if normalize(r.claim[cue.end : place.start]).strip() not in ("", "of", "of the"):
        return None
    if re.match(r"\s*(?:['’]s\b|的)", r.claim[place.end :]):
        return None  # the place owns what follows: "all of Gaza's towns"
    for verb in r.of("predicate"):
        gap = normalize(r.claim[verb.end : cue.start]).strip()
        if not verb.negated and verb.end <= cue.start and (gap in voc.over_place or not gap):
            return verb
    return None


def said_whole(checker: Checker, fact: Fact, verb: str) -> bool:
    """Whether a fact's words say a deed was whole ("a full withdrawal", 全面撤出): a word
    of `whole_deed` within a few words of their own word for the verb, in its clause."""
    for text in (fact.text.en, fact.text.zh):
        said = checker.reading_of(text)
        norm = normalize(text)
        for x in said.of("predicate"):
            if x.key != verb:
                continue
            lo, hi = max(0, x.start - 24), x.end + 24
            stops = [m.start() for m in _STOP.finditer(norm, lo, hi)]
            lo = max([s + 1 for s in stops if s < x.start], default=lo)
            hi = min([s for s in stops if s >= x.end], default=hi)
            near = norm[lo:hi]  # within its own clause: not "complete ceasefire; … leaves"
            if any(_has_word(near, w) for w in checker.voc.whole_deed):
                return True
    return False


_STOP = lazy(r"[;:；：。，,]")


def _has_word(text: str, word: str) -> bool:
    if not word.isascii():
        return word in text
    return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None


def _each_of_list(ctx: Context, cue: Part) -> bool:
    """ "X, Y and Z were all among …": a floating "all" after a list of actors and its verb
    says each of them, accounted where each is."""
    r = ctx.reading
    before = r.claim[max(0, cue.start - 12) : cue.start].lower()
    if not re.search(r"\b(?:were|are|have|had|was)\s*$|都\s*$", before):
        return False
    named = [x for x in r.of("entity") if x.end <= cue.start]
    return len(named) >= 2 and all(x.status == "supported" for x in named)


def _one_event(checker: Checker, fact_id: str, parts: list[Part]) -> bool:
    """Whether every backed part of the claim rests on this fact, a whole or part of it, or
    an actor's own fact: the claim speaks of no other event ("in round three, …")."""
    family = {fact_id, *checker.ancestors(fact_id)}
    for x in parts:
        other = checker.base.get(x.fact or "") if x.status == "supported" else None
        if other is None or other.kind in ("party", "person", "place"):
            continue
        if not family & {other.id, *checker.ancestors(other.id)}:
            return False
    return True
