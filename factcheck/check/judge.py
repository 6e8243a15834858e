"""The verdict: find the facts a claim is about, then give every part of it a status.

- supported: every content part is backed by a fact's field or words, nothing contradicts;
- refuted: a part contradicts a fact that the rest of the claim is clearly about;
- disputed: that contradicting value is the one other reporting gives (an also_reported note);
- not_enough_info: otherwise, naming the parts no fact backs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.check import evidence
from factcheck.check.account import account
from factcheck.check.evidence import reporting_frame
from factcheck.check.model import CONTENT, Assertion, Correction, Part, Reading, Verdict
from factcheck.check.order import during_frames
from factcheck.check.profile import Profile, profiles
from factcheck.check.reader import read, said_units, words_pattern
from factcheck.check.vocab import Vocabulary, build, fact_words
from factcheck.facts import Fact, FactBase, Note, StoreDamaged, format_value
from factcheck.messages import Msg
from factcheck.textnorm import lazy, normalize, stem

if TYPE_CHECKING:
    from factcheck.check.stored import CheckerStore

MAX_CLAIM = 2000  # characters read of one claim
MEMO = 4096
CANDIDATES = 40
EVIDENCE = 3  # facts that together may back one claim


class Checker:
    """Checks claims against one fact base; build once, call `check` many times."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.voc: Vocabulary = build(base)
        self._memo: dict[str, Verdict] = {}
        self._ancestors: dict[str, tuple[str, ...]] = {}
        self._alias_norms: dict[str, frozenset[str]] = {}
        self._readings: dict[str, Reading] = {}
        self._words: dict[str, frozenset[str]] = {}
        self.told: dict[
            tuple[str, ...], list[object]
        ] = {}  # what a reader found in a fact's words (fact id, reader, language)
        self.store: CheckerStore | None = None  # where a compiled checker reads its rows
        indexes = evidence.Indexes(self)
        read = []
        for p in profiles(base, self.voc):
            indexes.add(p)
            read.append(p)
        self.profiles: Sequence[Profile] = read
        self.by_id: Mapping[str, Profile] = {p.fact.id: p for p in read}
        self.index: Mapping[str, Sequence[int]] = indexes.index
        self.idf: Mapping[str, float] = indexes.idf()
        self.may: Mapping[str, Collection[int]] = indexes.may
        self.last_day = indexes.final_last_day()
        self.series: frozenset[str] = frozenset(indexes.series)
        self.timed: tuple[int, ...] = tuple(indexes.timed)
        self.series_lasts: Mapping[tuple[str, str, str], tuple[int, int]] = indexes.lasts
        self.words: frozenset[str] = frozenset(indexes.words)

    def reopen(self) -> None:
        """New connections to the compiled files, in a forked worker process."""
        if self.store is not None:
            self.store.reopen()
        if self.base.store is not None:
            self.base.store.reopen()

    def ancestors(self, entity: str) -> tuple[str, ...]:
        """The entities an entity is part of (IDF: Israel; Rafah: southern Gaza, Gaza)."""
        found = self._ancestors.get(entity)
        if found is None:
            chain: list[str] = []
            fact = self.base.get(entity)
            while fact is not None and len(chain) < 5:
                outer = fact.part_of or _state_of(fact)
                if not outer or outer in chain or outer == entity:
                    break
                chain.append(outer)
                fact = self.base.get(outer)
            found = self._ancestors[entity] = tuple(chain)
        return found

    def alias_norms(self, fact_id: str) -> frozenset[str]:
        """A fact's aliases in both languages, normalised."""
        found = self._alias_norms.get(fact_id)
        if found is None:
            fact = self.by_id[fact_id].fact
            found = frozenset(normalize(a) for a in (*fact.aliases_en, *fact.aliases_zh))
            self._alias_norms[fact_id] = found
        return found

    def words_in(self, fact: Fact) -> frozenset[str]:
        """The word keys of a fact's English words and aliases (once per fact and checker)."""
        found = self._words.get(fact.id)
        if found is None:
            found = fact_words(self.voc, fact)
            if len(self._words) >= MEMO:
                self._words.clear()
            self._words[fact.id] = found
        return found

    def uses(self, word: str) -> bool:
        """Whether any fact's words hold a word key (English) or its pairs of characters."""
        if word.isascii():
            return word in self.words
        pairs = {word[j : j + 2] for j in range(len(word) - 1)}
        return len(word) < 2 or evidence.cjk_backed(
            word, {g for g in pairs if self.may.get(f"g:{g}")}
        )

    def reading_of(self, text: str) -> Reading:
        """A fact's text read as claims are, once per checker (read-only: the readers that
        compare a claim with a fact's own words ask for the same texts claim after claim)."""
        found = self._readings.get(text)
        if found is None:
            if len(self._readings) >= MEMO:
                self._readings.clear()
            found = self._readings[text] = read(text, self.voc)
        return found

    # ---- public ----------------------------------------------------------------------

    def check(self, claim: str) -> Verdict:
        """The verdict on one claim; never raises for any text."""
        if claim not in self._memo:
            if len(self._memo) >= MEMO:
                self._memo.clear()
            try:
                self._memo[claim] = self._check(claim)
            except StoreDamaged:  # a damaged compiled checker: build it here instead
                self._rebuild()
                self._memo[claim] = self._check(claim)
        return self._memo[claim]

    def _rebuild(self) -> None:
        store = self.store
        self.__dict__.update(Checker(self.base).__dict__)
        if store is not None:
            store.discard()

    # ---- steps -----------------------------------------------------------------------

    def _check(self, claim: str) -> Verdict:
        if len(claim) > MAX_CLAIM:
            return self._too_long(claim)
        text = claim
        if not text.strip():
            return Verdict(claim, "not_enough_info", (), Msg("The claim is empty."))
        r = read(text, self.voc)
        if self.voc.said_units:
            said_units(r, self.voc)  # 10,912节: in the unit the file's Chinese words give
        content = [p for p in r.parts if p.kind in CONTENT]
        if not content:
            why = Msg("The claim has nothing the facts could check.")
            return Verdict(claim, "not_enough_info", (), why, lang=r.lang)
        reporting = reporting_frame(r, self.voc)  # "the article says": not of the statement
        ranked = self._candidates(r, reporting)
        clauses: list[evidence.Clause] = []
        gaps = evidence.gap_durations(r)  # the time between two events is neither's own
        # a quality inside a "during" frame ("the brief truce") names the frame, it is not
        # a deed of the claim: the frame is checked against the event afterwards (order.during)
        framed = [
            x for _, frame in during_frames(r) for x in frame
            if x.kind == "predicate" and x.key in self.voc.quality
        ]  # fmt: skip
        framed += reporting
        kept = [p for p in content if p not in gaps and p not in framed]
        for parts in evidence.clauses(r, kept or content, self.voc):
            clause = self._clause(r, parts, ranked)
            if (
                clauses
                and clauses[-1].anchor is not None
                and not evidence.ends_fronted(r, clauses[-1].parts)
                and (
                    not any(
                        (
                            x.kind == "entity"
                            and self.voc.entity_kind.get(x.key) != "place"
                            and not self._object(x, parts)
                        )
                        or x.kind in ("ordinal", "number", "date")
                        for x in parts
                    )
                    or (
                        r.lang == "en"
                        and min(parts, key=lambda x: x.start).kind == "predicate"
                        and not self._own_subject(r, parts)
                    )
                    or any(evidence.whole_of_part(r, x) for x in clauses[-1].parts)
                    or self._same_event(r, parts)
                )
            ):  # "… and did not land", "…, mediated by Qatar, secured …": the subject before;
                # "Of the 476 aboard, 304 died": the counts of the whole's parts
                before = clauses[0].sources or clauses[-1].sources  # the sentence's subject
                near = [c for c in clause.candidates if self._near(before[0], c[0])]
                clause = evidence.Clause(parts, before[0], before, [before, *near])
            clauses.append(clause)
        # "With Qatar mediating, Hamas freed …": a frame is said of the statement after it
        for i, (clause, event) in enumerate(pairwise(clauses)):
            if event.anchor is None or not _frame_of_circumstance(r, clause.parts):
                continue
            closing = clause.parts[-1]
            if closing.text in _UNDER_WORDS:
                closing.status = "operator"  # the 下 of 在…的斡旋下 closes the frame
            if not (clause.sources and self._near(event.sources[0], clause.sources[0])):
                # its deed is that event's (or a part's), not another event's
                clauses[i] = evidence.Clause(
                    clause.parts, event.anchor, event.sources, [event.sources]
                )
        ctx = evidence.Context(self, r, clauses, ranked)
        account(ctx)
        return self._verdict(claim, r, ctx)

    def _near(self, subject: Profile, other: Profile) -> bool:
        """Whether a fact may speak of a clause's inherited subject: it is that fact, a part
        or a whole of it, a fact next to it in time (`after`), or one of the two naming the
        other (an actor and its deed)."""
        a, b = subject.fact, other.fact
        return (
            a.id in (b.id, *self.ancestors(b.id))
            or b.id in self.ancestors(a.id)
            or a.id in b.after
            or b.id in a.after
            or a.id in other.entities
            or b.id in subject.entities
        )

    def _own_subject(self, r: Reading, parts: list[Part]) -> bool:
        """ "…, and the last of them came out": words before the clause's first verb that are
        no function words (and no part) say a subject of its own."""
        first = min(parts, key=lambda x: x.start)
        start = max(
            [evidence.clause_start(r.claim, first.start)]
            + [x.end for x in r.parts if x.end <= first.start and x.kind in CONTENT]
        )  # from the end of the statement before
        words = re.findall(r"[a-z]+", r.claim[start : first.start].lower())
        return any(w not in self.voc.function_en for w in words)

    def _object(self, x: Part, parts: list[Part]) -> bool:
        """Whether a label (Plan C, RIG-421) comes after the clause's verb: what it used, not
        who did it (…，用的是RIG-421 keeps the sentence's subject)."""
        return x.key in self.voc.labelled and any(
            p.kind == "predicate" and p.start < x.start for p in parts
        )

    def _too_long(self, claim: str) -> Verdict:
        """A claim longer than the checker reads: its first part is checked up to a word's
        end; the rest is left unaccounted, so the claim is never called supported."""
        cut = MAX_CLAIM
        while cut > MAX_CLAIM // 2 and claim[cut - 1].isalnum() and claim[cut].isalnum():
            cut -= 1  # not in the middle of a word
        head = self._check(claim[:cut])
        if head.verdict in ("refuted", "disputed"):
            return replace(head, claim=claim)  # a false part makes the whole claim false
        why = Msg(
            "The claim is longer than {limit} characters; the rest was not read.", limit=MAX_CLAIM
        )
        rest = ((cut, len(claim)), claim[cut:])
        return replace(
            head, claim=claim, verdict="not_enough_info", explanation=why,
            unaccounted=(*head.unaccounted, rest), coverage=0.0, notes=(),
        )  # fmt: skip

    def _same_event(self, r: Reading, parts: list[Part]) -> bool:
        """ "…, Hamas's delegates also attended": a statement with a word of the lexicon's
        `same_event` and no day, number, series member or place of its own is of the event
        said before it."""
        if any(
            x.kind in ("ordinal", "number", "date", "duration")
            or (x.kind == "entity" and self.voc.entity_kind.get(x.key) == "place")
            for x in parts
        ):
            return False
        start = evidence.clause_start(r.claim, min(x.start for x in parts))
        end = evidence.clause_end(r.claim, max(x.end for x in parts))
        text = normalize(r.claim[start:end])
        return words_pattern(self.voc.same_event).search(text) is not None

    def _candidates(self, r: Reading, framing: Sequence[Part] = ()) -> list[Profile]:
        """Facts that share an actor, a predicate, a word or a series with the claim (but
        for the words that frame it, `framing`)."""
        weights: dict[int, float] = defaultdict(float)
        skip = {id(x) for x in framing}
        for part in r.parts:
            if id(part) in skip:
                continue
            key = _index_key(part)
            for i in self.index.get(key or "", ()):
                weights[i] += self.idf.get(key or "", 1.0) * (
                    3.0 if part.kind == "entity" else 1.0
                )
            if part.kind in ("term", "unit") and len(part.text) > 1 and not part.text.isascii():
                word = part.key if part.kind == "term" else self.voc.word_key(part.text)
                for j in range(len(word) - 1):
                    for i in self.index.get(f"g:{word[j : j + 2]}", ()):
                        weights[i] += 0.5
        top = sorted(weights, key=lambda i: -weights[i])[:CANDIDATES]
        return [self.profiles[i] for i in top]

    def _clause(self, r: Reading, parts: list[Part], ranked: list[Profile]) -> evidence.Clause:
        """One statement of the claim and the one fact it is about (with that fact's parents
        and the entities it names as context), and the next best, which may contradict it."""
        bounded = []
        bounding = evidence.bound_parts(self, parts, r)
        for i, p in enumerate(ranked):
            sources = evidence.context_of(self, p, parts)
            bound = evidence.score_bound(self, sources, bounding, r)
            if bound > 0:
                bounded.append((bound, i, sources))
        bounded.sort(key=lambda t: (-t[0], t[1]))
        scored: list[tuple[float, int, list[Profile]]] = []
        for bound, i, sources in bounded:  # best bound first: stop when none can enter the top
            if len(scored) >= 5 and bound < sorted(t[0] for t in scored)[-5]:
                break
            score = evidence.clause_score(self, sources, parts, r)
            if score > 0:
                scored.append((score, i, sources))
        scored.sort(key=lambda t: (-t[0], t[1]))
        if not scored:
            return evidence.Clause(parts, None, [])
        top = [s for _, _, s in scored[:5]]
        named = {x.key for x in parts if x.kind == "entity"}
        own = [  # the actor's own fact, which may hold the value asked (an age, a height)
            s for _, _, s in scored[5:] if s[0].fact.id in named and len(named) == 1
        ]  # fmt: skip
        seen = {i for _, i, _ in scored}
        first = self._dated_by_another(
            r, parts, [s for _, _, s in scored] + [s for _, i, s in bounded if i not in seen]
        )
        more = [first] if all(first is not s for s in top) else []  # a deed's fact, ranked lower
        return evidence.Clause(parts, first[0], first, top + own[:1] + more)

    def _dated_by_another(
        self, r: Reading, parts: list[Part], top: list[list[Profile]]
    ) -> list[Profile]:
        """The best fact, unless what ranks it first is the claim's date and another of the
        best, with a day of its own, says all else the first does and more: whom the claim
        names ("the Keld Line declared the ship lost on 4 March": the line's statement,
        though the signal was lost that day) or, where the first says no deed of the claim,
        what was done ("the Orla ran aground on 29 March": refloated that day); or, where the
        first holds the claim's name only as its whole's ("the Varn flood began on 23
        November", the day a levee of it gave way), the whole that says all of it. That
        other's day judges the date."""
        dates = [x for x in parts if x.kind == "date"]
        first = top[0][0]
        if (
            not dates
            or len(top) < 2
            or first.fact.kind in ("party", "person", "place")
            or not any(evidence.backs(self, first, x, r) for x in dates)
        ):
            return top[0]
        rest = [x for x in parts if x.kind in CONTENT and x.kind not in ("date", "time")]

        def said(p: Profile) -> set[int]:
            return {i for i, x in enumerate(rest) if evidence.backs(self, p, x, r)}

        mine = said(first)
        no_deed = not any(rest[i].kind == "predicate" for i in mine)
        wholes = self.ancestors(first.fact.id)
        for sources in top[1:]:
            q = sources[0]
            if q.fact.id in first.entities:
                continue
            theirs = said(q)
            if (
                (
                    (
                        mine < theirs
                        and (no_deed or any(rest[i].kind == "entity" for i in theirs - mine))
                    )
                    or (
                        q.fact.id in wholes
                        and mine <= theirs
                        and self._begun_by_whole(first, rest)
                    )
                )
                and len(theirs) == len(rest)
                and any(d[2] != "text" for d in q.days)
                and not any(evidence.backs(self, q, x, r) for x in dates)
            ):
                return sources
        return top[0]

    def _begun_by_whole(self, part: Profile, rest: list[Part]) -> bool:
        """Whether the claim says a beginning ("the great Varn flood began on 23 November")
        that a part's fact holds only by its whole's names: its own words say neither the
        beginning nor anything else of the claim (the levee that gave way that day)."""
        fields = self.voc.fields_of
        if not any(
            x.kind == "predicate"
            and "start" in fields.get(x.key, ())
            and "end" not in fields.get(x.key, ())
            and part.predicates.get(x.key) is not True
            for x in rest
        ):
            return False
        own = normalize(" ".join((part.fact.text.en, part.fact.text.zh)))
        return not any(
            x.kind in ("term", "entity", "unit") and normalize(x.text).strip() in own for x in rest
        )

    def _verdict(self, claim: str, r: Reading, ctx: evidence.Context) -> Verdict:
        parts = [
            p for p in r.parts if p.kind in CONTENT or p.status != "unknown" or p.kind == "cue"
        ]
        assertions = tuple(
            Assertion(p.kind, p.text, _status(p), p.fact, p.detail, (p.start, p.end), p.field)
            for p in parts
        )
        unaccounted = tuple(((p.start, p.end), p.text) for p in parts if p.status == "unknown")
        facts = tuple(dict.fromkeys(p.fact for p in parts if p.fact))
        refuted = [p for p in parts if p.status == "refuted"]
        disputed = [p for p in parts if p.status == "disputed"]
        if refuted:
            corrections = _distinct(c for c in ctx.corrections if c is not None)
            first = corrections[0] if corrections else None
            why = (
                Msg(
                    "The facts say {actual}, not {claimed}.",
                    actual=first.actual,
                    claimed=first.claimed,
                )
                if first
                else Msg("The facts say otherwise.")
            )
            ids = tuple(dict.fromkeys(p.fact for p in refuted if p.fact)) or facts
            return Verdict(
                claim, "refuted", ids, why, corrections, (), assertions, unaccounted, lang=r.lang
            )
        if disputed and not unaccounted:
            field = ctx.corrections[0].field if ctx.corrections else None
            given = [n for _, n in ctx.notes]  # the note of the value the claim gives first
            note: Note | None = next((n for n in given if n.field == field), None) or (
                given[0] if given else None
            )
            other: str = (
                format_value(note.value)
                if note is not None and note.value is not None
                else Msg("another value")
            )
            actual: str = ctx.corrections[0].actual if ctx.corrections else Msg("otherwise")
            by: str = (note.by if note else None) or Msg("other reporting")
            why = disputed_why(self.base, actual, by, other)
            return Verdict(claim, "disputed", facts, why, tuple(ctx.corrections), tuple(ctx.notes), assertions, unaccounted, lang=r.lang)  # fmt: skip
        if not unaccounted and any(c.anchor for c in ctx.clauses):
            why = Msg("The facts back every part of the claim.")
            notes = [*ctx.notes]
            for fid in facts:  # what other reporting says of the evidence goes with it
                fact = self.base.get(fid)
                notes += [(fid, n) for n in fact.notes if n.kind != "nuance"] if fact else []
            return Verdict(
                claim,
                "supported",
                facts,
                why,
                (),
                tuple(dict.fromkeys(notes)),
                assertions,
                (),
                1.0,
                r.lang,
            )
        gaps = ", ".join(dict.fromkeys(t for _, t in unaccounted[:4]))
        why = (
            Msg("No fact backs: {parts}.", parts=gaps)
            if gaps
            else Msg("No fact is about this claim.")
        )
        return Verdict(
            claim, "not_enough_info", facts[:2], why, (), (), assertions, unaccounted, lang=r.lang
        )


_WITH = lazy(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)  # "With Qatar mediating, …"
_UNDER = lazy(r"\s*(?:之)?下\s*(?:[,，]|$)")  # 在卡塔尔的斡旋下，…
_UNDER_WORDS = ("下", "之下")


def _frame_of_circumstance(r: Reading, parts: list[Part]) -> bool:
    """Whether a statement is a frame of circumstance ("With Qatar mediating, …", 在卡塔尔的
    斡旋下，…), whose deed and actor are those of the statement after it: another fact's
    (Egypt's round five) cannot back them."""
    if not parts:
        return False
    first, last = parts[0], parts[-1]
    opening = r.claim[evidence.clause_start(r.claim, first.start) : first.start]
    if _WITH.search(opening):
        return first.kind == "entity"
    return opening.strip().endswith("在") and (
        last.text in _UNDER_WORDS or _UNDER.match(r.claim, last.end) is not None
    )


def _state_of(fact: Fact) -> str | None:
    """The state a place lies in (its `country`): Livorno is in Italy."""
    country = fact.values.get("country") if fact.kind == "place" else None
    return country if isinstance(country, str) else None


def _status(p: Part) -> str:
    return "supported" if p.status == "operator" else p.status


def _index_key(part: Part) -> str | None:
    if part.kind == "unit" and part.text.isascii():
        return f"t:{stem(part.text.lower())}"  # the unit's word, as fact texts hold it
    if part.kind in ("number", "duration") and part.key and part.key.isascii():
        return f"t:{stem(part.key)}"  # "three war aims": what is counted finds the fact
    if part.kind == "entity":
        return f"e:{part.key}"
    if part.kind == "predicate":
        return f"p:{part.key}"
    if part.kind == "term":
        return f"t:{part.key}"
    if part.kind == "ordinal" and part.key:
        return f"o:{part.key}"
    return None


def _distinct(corrections: Iterable[Correction]) -> tuple[Correction, ...]:
    """Corrections that each say something new: one fact's office and its affiliation may
    both say "CIA, not Mossad"."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in corrections:
        said = (c.claimed, str(c.actual))
        if said not in seen:
            seen.add(said)
            out.append(c)
    return tuple(out)


def disputed_why(base: FactBase, actual: str, by: str, other: str) -> Msg:
    """Why a claim is disputed: what the facts say, and what other reporting gives; the
    packaged base's facts are the article's, a user's file's are its own."""
    from factcheck.loader import is_embedded

    if is_embedded(base):
        return Msg(
            "The article says {actual}; {by} gives {other}.", actual=actual, by=by, other=other
        )
    return Msg("The facts say {actual}; {by} gives {other}.", actual=actual, by=by, other=other)
