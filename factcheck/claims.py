"""Check free-text claims against the fact base: read the claim, find the facts it is about,
compare what it asserts slot by slot, and give a verdict with evidence and corrections.

The mechanism is general: the claim is read into typed assertions (numbers with units,
dates, actors, offices, camps, predicates with a polarity, order and comparisons), facts are
read the same way once per base, and a verdict follows from coverage and conflicts:

- refuted: a fact the claim is about says otherwise (a number, date, actor, office, phase,
  polarity or order);
- disputed: the claim's value is one that other reporting gives, recorded in a fact's note;
- supported: facts cover everything the claim says, with no conflict;
- not_enough_info: anything else. Supported is never the fallback.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck import lexicon
from factcheck.dates import DateMention
from factcheck.facts import Fact, FactBase, Note, Quantity, Value, format_number, format_value
from factcheck.numbers import find_numbers, parse_english
from factcheck.reading import (
    _CJK_RUN,
    Lexicon,
    Num,
    Reading,
    _is_cjk,
    content_terms,
    read,
)
from factcheck.search import index_for
from factcheck.textnorm import normalize

VERDICTS = ("supported", "refuted", "not_enough_info", "disputed")
MEMO = 4096  # verdicts kept for repeated claims in one batch
MAX_CLAIM = 2000  # characters read of one claim; the rest is ignored (and said so)

SUPPORT_COVERAGE = 0.8  # share of a claim's content the evidence must hold to support it
RELEVANT = 0.45  # a fact holding less of the claim is not what the claim is about
CONFLICT = 0.5  # ... and one must hold this much before its values can refute the claim
CONFLICT_PREDICATE = 0.55
CANDIDATES = 20
EXTRA_POOL = 200  # facts naming the claim's actors looked at beyond the search's own
ENTITY_WEIGHT = 3.0
ZH_CHAR = 0.6  # a Chinese character weighs less than an English word
STRONG = 0.75  # a fact this relevant may refute a claim without agreeing on anything else
STRONG_FOR = {"predicate": 0.6, "negation": 0.65}  # what a claim asserts is its predicate
TIE = 0.05  # facts this close in relevance to the best one count as equally relevant
ANCHOR_BONUS = 0.3  # relevance added to a fact that agrees on a date, a count or an ordinal
NEAR = 0.3  # a fact this relevant that states the opposite keeps a claim from support
NEGATION_REFUTES = 0.8  # a denial of what a fact this relevant states is refuted
PRIMARY = 0.6  # one statement: its best fact alone must hold this much of it


# ---- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Correction:
    """What the claim says and what the fact base says instead."""

    fact: str
    field: str
    claimed: str
    actual: str


@dataclass(frozen=True)
class Assertion:
    """One checkable part of a claim and how it fared."""

    kind: str  # number, date, entity, role, camp, predicate, phase, order, comparison
    text: str
    status: str  # supported, refuted, disputed, unknown
    fact: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class Finding:
    """An assertion's fate, with the correction (refuted) or the note (disputed)."""

    assertion: Assertion
    correction: Correction | None = None
    note: Note | None = None
    near_miss: bool = False  # a value that differs from the fact's in one part only


@dataclass(frozen=True)
class Verdict:
    """The answer for one claim."""

    claim: str
    verdict: str
    facts: tuple[str, ...]
    explanation: str
    corrections: tuple[Correction, ...] = ()
    notes: tuple[tuple[str, Note], ...] = ()
    assertions: tuple[Assertion, ...] = ()
    coverage: float = 0.0


# ---- facts, read once ------------------------------------------------------------------


@dataclass
class Profile:
    """A fact read the same way as claims, plus what its typed values hold."""

    fact: Fact
    terms: set[str]
    entities: set[str]
    slots: dict[str, set[str]]  # entity-valued value name -> ids
    numbers: list[tuple[float, str | None, str, str]]  # value, unit, approx, field
    dates: list[tuple[dt.date, str]]
    context_dates: list[dt.date]  # dates of the event this fact is part of
    concepts: dict[str, int]
    camps: set[str]
    roles: set[str]
    hours: set[int]
    phase: int | None
    round: int | None
    negated: bool = False


# Value names that hold every actor or place of their kind, and the words by which a claim
# speaks of that slot: naming another actor or place there contradicts the fact.
CLOSED_SLOTS = {
    "place": "",  # the claim's venue words decide (held in, took place in, 举行, …)
    "submitted_by": r"submit|tabl|draft|\bput\b|sponsor|present|提交|提出|起草",
    "mediators": r"mediat|broker|go-between|斡旋|调停|调解|居间",
    "negotiators": r"negotiat|talks with|met with|会谈|谈判",
    "abstainers": r"abstain|abstention|弃权",
    "proposed_by": r"propos|plan|提议|方案|建议",
    "participants": r"\bbetween\b|\bamong\b|participa|四方|三方|双方|之间|参与|参加",
}
AGENT_SLOTS = {"mediators", "submitted_by", "proposed_by"}
PARTICIPATION = {"participants", "absent", "negotiators", "mediators"}
# In a place slot a country and a state are the same kind of thing.
SAME_TYPE = {"state": "country"}

UNIT_OF_FIELD = {"seats": "members", "for": "votes", "against": "votes", "abstain": "votes"}


class Checker:
    """Checks claims against one fact base; build once, call `check` many times."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self._memo: dict[str, Verdict] = {}  # verdicts of claims already checked in this batch
        self.lex = Lexicon(base)
        self.index = index_for(base)
        self.profiles = [self._profile(f) for f in base]
        self.by_id = {p.fact.id: p for p in self.profiles}
        self.by_entity: dict[str, set[int]] = defaultdict(set)
        for i, p in enumerate(self.profiles):
            for e in p.entities:
                self.by_entity[e].add(i)
        self.df: dict[str, int] = defaultdict(int)
        for p in self.profiles:
            for term in p.terms:
                self.df[term] += 1
        days = [d for p in self.profiles for d, _ in p.dates]
        self.first_day = min(days, default=dt.date.min)  # what the fact base covers
        self.last_day = max(days, default=dt.date.max)
        self.role_holders: dict[str, set[str]] = defaultdict(set)
        for p in self.profiles:
            if p.fact.kind == "person":
                for role in p.roles:
                    self.role_holders[role].add(p.fact.id)

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the facts themselves: the cache stores what was read from them,
        and `relink` puts back the fact base it was read from."""
        state = dict(self.__dict__)
        state["base"] = None
        state["_memo"] = {}
        state["profiles"] = [replace(p, fact=None) for p in self.profiles]  # type: ignore[arg-type]
        state["by_id"] = None
        state["index"] = self.index.state()
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._memo = {}

    def relink(self, base: FactBase) -> Checker:
        """Attach the fact base after loading from the cache."""
        from factcheck.search import SearchIndex

        self.base = base
        self.profiles = [
            replace(p, fact=f) for p, f in zip(self.profiles, base.facts, strict=True)
        ]
        self.by_id = {p.fact.id: p for p in self.profiles}
        index = SearchIndex.__new__(SearchIndex)
        index.base = base
        (index.postings, index.lengths, index.names, index.periods,
         index.average, index.idf) = self.index  # type: ignore[misc]  # fmt: skip
        self.index = index
        return self

    def _profile(self, fact: Fact) -> Profile:
        texts = [fact.text.en, fact.text.zh, *fact.aliases_en, *fact.aliases_zh]
        year = (fact.first_day or dt.date(2024, 1, 1)).year
        readings = [read(t, self.lex, year) for t in texts[:2]]
        terms: set[str] = set()
        for t in texts:
            norm_t = normalize(t)
            terms |= set(content_terms(norm_t))
            terms |= {"1" + ch for ch in "".join(_CJK_RUN.findall(norm_t))}
        parent_fact = self.base.get(fact.part_of or "")
        if parent_fact is not None:  # a phase is of "resolution 2735", an aim of "round four"
            for alias in (*parent_fact.aliases_en, *parent_fact.aliases_zh):
                norm_a = normalize(alias)
                terms |= set(content_terms(norm_a))
                terms |= {"1" + ch for ch in "".join(_CJK_RUN.findall(norm_a))}
        entities: set[str] = {fact.id} if fact.kind in ("party", "person", "place") else set()
        slots: dict[str, set[str]] = {}
        numbers: list[tuple[float, str | None, str, str]] = []
        dates: list[tuple[dt.date, str]] = []
        for name, value in fact.values.items():
            items = value if isinstance(value, tuple) else (value,)
            if any(isinstance(v, str) for v in items):  # "mediators" speaks of mediation
                terms |= set(content_terms(name.replace("_", " ")))
            for item in items:
                if isinstance(item, str) and item not in self.lex.kind:
                    terms |= set(content_terms(normalize(item)))  # "shuttle talks", aims
            refs = {v for v in items if isinstance(v, str) and v in self.lex.kind}
            refs |= {x for v in refs for x in self.lex.same.get(v, ())}
            if refs:
                slots[name] = refs
                entities |= refs
                for ref in refs:
                    ref_fact = self.base.get(ref)
                    if ref_fact is not None:
                        for alias in (*ref_fact.aliases_en, *ref_fact.aliases_zh):
                            norm_a = normalize(alias)
                            terms |= set(content_terms(norm_a))
                            terms |= {"1" + ch for ch in "".join(_CJK_RUN.findall(norm_a))}
            for item in items:
                if isinstance(item, Quantity):
                    numbers.append((float(item.value), _unit_name(item.unit), item.approx, name))
                elif isinstance(item, (int, float)) and not isinstance(item, bool):
                    numbers.append((float(item), _field_unit(name), "exact", name))
                elif isinstance(item, dt.date):
                    dates.append((item, f"values.{name}"))
            if isinstance(value, tuple) and all(isinstance(v, (int, float)) for v in value):
                numbers.append((float(sum(value)), _field_unit(name), "exact", f"sum of {name}"))  # type: ignore[arg-type]
        for key in ("date", "start", "end"):
            day = getattr(fact, key)
            if day is not None:
                dates.append((day, key))
        concepts: dict[str, int] = {}
        camps: set[str] = set()
        roles: set[str] = set()
        hours: set[int] = set()
        for r in readings:
            entities |= set(r.entities)
            for n in r.numbers:
                numbers.append((n.value, n.unit, n.approx, "text"))
            for d in r.dates:  # a date the fact's text states ("announced … on 17 June 2024")
                day = d.to_date(year)
                if day is not None and (day, "text") not in dates:
                    dates.append((day, "text"))
            for concept, polarity in r.concepts.items():
                old = concepts.get(concept)
                concepts[concept] = polarity if old in (None, polarity) else 0
            camps |= {c for c, _ in r.camps}
            hours |= set(r.times)
        for name in (fact.id, *fact.aliases_en, *fact.aliases_zh):  # "resolution 2735"
            for mention in find_numbers(normalize(name)):
                numbers.append((float(mention.value), None, "exact", "aliases"))
        terms |= {f"~{c}" for c in concepts}
        entities |= {x for e in list(entities) for x in self.lex.same.get(e, ())}
        for value in fact.values.values():
            if isinstance(value, dt.time):
                hours.add(value.hour)
        if fact.kind == "vote" and isinstance(fact.values.get("for"), int):
            dissent = (fact.values.get("against") or 0, fact.values.get("abstain") or 0)
            concepts["unanimous"] = -1 if any(dissent) else 1
        role_text = normalize(str(fact.values.get("office", ""))) if fact.kind == "person" else ""
        roles = {role for term, role in self.lex.role_terms.items() if role_text and re.search(
            rf"(?<![a-z]){re.escape(term)}(?![a-z])", role_text)}  # fmt: skip
        if fact.kind == "person" and "camp" in fact.values:
            camps = {normalize(str(fact.values["camp"]))}
        phase = self._ordinal_of(fact, "phase")
        negated = any(x.negated for x in readings)
        parent = self.base.get(fact.part_of or "")
        context = [d for d in (parent.date, parent.start, parent.end) if d] if parent else []
        return Profile(
            fact, terms, entities, slots, numbers, dates, context, concepts, camps, roles, hours,
            phase, self._ordinal_of(fact, "round"), negated,
        )  # fmt: skip

    def _ordinal_of(self, fact: Fact | None, kind: str, depth: int = 0) -> int | None:
        """The ordinal of the round or phase a fact is, or belongs to (through part_of)."""
        if fact is None or depth > 4:
            return None
        number = fact.values.get("ordinal")
        if fact.kind == kind and isinstance(number, int):
            return number
        return self._ordinal_of(self.base.get(fact.part_of or ""), kind, depth + 1)

    # ---- checking ----------------------------------------------------------------------

    def check(self, claim: str) -> Verdict:
        """The verdict on one claim. Never raises for any text. A batch that repeats a claim
        gets the verdict of its first occurrence (the same text always reads the same)."""
        if claim not in self._memo:
            if len(self._memo) >= MEMO:
                self._memo.clear()
            self._memo[claim] = self._check(claim)
        return self._memo[claim]

    def _check(self, claim: str) -> Verdict:
        text = claim.strip()
        if not text:
            return Verdict(claim, "not_enough_info", (), "The claim is empty.")
        reading = read(text[:MAX_CLAIM], self.lex)
        if not (
            reading.terms
            or reading.zh_runs
            or reading.numbers
            or reading.entities
            or reading.dates
        ):
            return Verdict(
                claim, "not_enough_info", (), "The claim has nothing the facts could check."
            )
        candidates = self._candidates(reading)
        if not candidates:
            return Verdict(claim, "not_enough_info", (), "No fact is about this claim.")
        return self._decide(claim, reading, candidates)

    def _candidates(self, r: Reading) -> list[Profile]:
        hits = self.index.search(r.norm[:MAX_CLAIM], limit=CANDIDATES, strict=False)
        found = [self.by_id[h.fact.id] for h in hits]
        seen = {p.fact.id for p in found}
        if r.ordinal_round is not None or r.ordinal_phase is not None or "unanimous" in r.concepts:
            for p in self.profiles:
                if p.fact.id not in seen and (
                    (r.ordinal_round is not None and p.round == r.ordinal_round)
                    or (r.ordinal_phase is not None and p.phase == r.ordinal_phase)
                    or ("unanimous" in p.concepts and "unanimous" in r.concepts)
                ):
                    found.append(p)
                    seen.add(p.fact.id)
        known = [e for e in r.entities if not e.startswith("ext-")]
        if known:  # facts naming every actor of the claim, however worded
            holders = set.intersection(*(self.by_entity.get(e, set()) for e in known))
            extra = [self.profiles[i] for i in sorted(holders)[:EXTRA_POOL]]
            extra = [p for p in extra if p.fact.id not in seen]
            extra.sort(key=lambda p: -self._relevance(r, p))
            found += extra[:4]
        return found

    def _weight(self, term: str) -> float:
        return math.log(1 + len(self.profiles) / (1 + self.df.get(term, 0)))

    def _coverage(self, r: Reading, profiles: Sequence[Profile]) -> tuple[float, list[str]]:
        """Share of the claim's content (terms weighted by rarity, and actors) these facts hold."""
        have: set[str] = set()
        for p in profiles:
            have |= p.terms
        total, covered, missing = self._term_coverage(r, have)
        entities = set().union(*(p.entities for p in profiles)) if profiles else set()
        for e in r.entities:
            total += ENTITY_WEIGHT
            if e in entities:
                covered += ENTITY_WEIGHT
            else:
                missing.append(e)
        return (covered / total if total else 0.0), missing

    def _units(self, r: Reading) -> list[tuple[float, tuple[str, ...], str, str]]:
        """The claim's words as (weight, keys that cover it, key that half covers it, text),
        computed once per claim.

        Chinese is read by character: a character is covered when a pair of characters it
        belongs to appears in the facts (half covered when only the character does), so word
        boundaries the claim draws differently from the facts do not count against it."""
        if r.units is not None:
            return r.units
        units: list[tuple[float, tuple[str, ...], str, str]] = [
            (w * self._weight(term), (term,), "", term) for term, w in r.terms.items()
        ]
        for run in r.zh_runs:
            for i, ch in enumerate(run):
                if ch in lexicon.STOP_CHARS_ZH:
                    units.append((0.0, (), "", ""))  # a break between gaps in `missing`
                    continue
                pairs = tuple(run[j : j + 2] for j in (i - 1, i) if j >= 0 and j + 2 <= len(run))
                weight = min((self._weight(b) for b in pairs), default=self._weight(ch)) * ZH_CHAR
                units.append((weight, pairs, "1" + ch, ch))
            units.append((0.0, (), "", ""))
        r.units = units
        return units

    def _term_coverage(self, r: Reading, have: set[str]) -> tuple[float, float, list[str]]:
        """Weighted total and covered amount of the claim's words; the words not found."""
        total = covered = 0.0
        missing: list[str] = []
        gap = ""
        for weight, keys, half, text in self._units(r):
            if not keys and not half:
                gap = _flush(gap, missing)
                continue
            total += weight
            if any(k in have for k in keys):
                covered += weight
                gap = _flush(gap, missing)
            elif half and half in have:
                covered += weight / 2
                gap += text
            elif half:
                gap += text
            else:
                missing.append(text)
        _flush(gap, missing)
        return total, covered, missing

    def _relevance(self, r: Reading, p: Profile, ordinal: bool = True) -> float:
        """How much a fact is about what the claim says: mostly its words (the event, the
        relation), partly its actors. Actors the fact does not name are not held against it,
        so a claim that swaps one actor for another is still about the fact it contradicts."""
        key = (p.fact.id, ordinal)
        if key not in r.relevance:
            r.relevance[key] = self._relevance_of(r, p, ordinal)
        return r.relevance[key]

    def _relevance_of(self, r: Reading, p: Profile, ordinal: bool) -> float:
        total, covered, _ = self._term_coverage(r, p.terms)
        term_cov = covered / total if total else 1.0
        known = [e for e in r.entities if not e.startswith("ext-")]
        if not known:
            score = term_cov
        else:
            ent_cov = sum(e in p.entities for e in known) / len(known)
            score = 0.65 * term_cov + 0.35 * ent_cov
        for claimed, actual in ((r.ordinal_round, p.round), (r.ordinal_phase, p.phase)):
            if ordinal and claimed is not None:  # "the fifth round": facts of round five
                score = 0.8 * score + (0.2 if claimed == actual else 0.0)
        return score

    def _decide(self, claim: str, r: Reading, candidates: list[Profile]) -> Verdict:
        scored = sorted(
            ((self._relevance(r, p), i, p) for i, p in enumerate(candidates)),
            key=lambda t: (-t[0], t[1]),
        )
        relevant = [(rel, p) for rel, _, p in scored if rel >= RELEVANT]
        relevant = [(rel, p) for rel, p in relevant if not self._other_event(r, p)]
        # dates and counts first: a fact that agrees on one is the event the claim is about,
        # and speaks first on the ordinal, on who took part and on what was done
        findings: list[Finding] = self._number_findings(r, relevant)
        findings += self._date_findings(r, relevant)
        agreed = {
            f.assertion.fact
            for f in findings
            if f.assertion.status == "supported" and f.assertion.kind != "identifier"
        }
        relevant = sorted(
            ((rel + (ANCHOR_BONUS if p.fact.id in agreed else 0.0), p) for rel, p in relevant),
            key=lambda t: -t[0],
        )
        findings += self._ordinal_findings(r, relevant)
        # a fact of another phase or round speaks only to the ordinal, not to the rest
        relevant = [
            (rel, p) for rel, p in relevant
            if r.ordinal_phase in (None, p.phase) or p.phase is None
            if r.ordinal_round in (None, p.round) or p.round is None
        ]  # fmt: skip
        findings += self._slot_findings(r, relevant)
        findings += self._concept_findings(r, relevant)
        findings += self._negation_findings(r, relevant)
        order = self._order(r, scored)
        if order is not None:
            findings.append(order)
        comparison = self._comparison(r, scored)
        if comparison is not None:
            findings.append(comparison)

        findings = list(
            {
                (f.assertion.kind, f.assertion.text, f.assertion.fact, f.assertion.status): f
                for f in self._anchored(findings, scored, r)
            }.values()
        )
        if self._after_coverage(r, relevant):  # about a time after the article: it cannot say
            findings = [f for f in findings if f.assertion.status == "supported"]
        assertions = tuple(f.assertion for f in findings)
        refuted = [f for f in findings if f.assertion.status == "refuted"]
        if refuted:
            corrections = [f.correction for f in refuted if f.correction is not None]
            facts = tuple(dict.fromkeys(f.assertion.fact for f in refuted if f.assertion.fact))
            first = corrections[0] if corrections else None
            why = (
                f"The facts say {first.actual}, not {first.claimed}."
                if first
                else "The facts say otherwise."
            )
            return self._verdict(claim, "refuted", facts, why, corrections, assertions)
        disputed = [f for f in findings if f.assertion.status == "disputed" and f.note]
        if disputed:
            f = disputed[0]
            assert f.note is not None and f.assertion.fact is not None
            other = format_value(f.note.value) if f.note.value is not None else "another value"
            actual = f.correction.actual if f.correction else "otherwise"
            why = f"The article says {actual}; {f.note.by or 'other reporting'} gives {other}."
            notes = [(f.assertion.fact, f.note)]
            return self._verdict(
                claim, "disputed", (f.assertion.fact,), why, (), assertions, notes
            )

        # support: a few facts that together cover the claim, every value accounted for
        chosen: list[Profile] = []
        coverage = 0.0
        for rel, _, p in scored[:8]:
            if rel < 0.2:
                break
            if r.ordinal_phase is not None and p.phase != r.ordinal_phase and not _general(p):
                continue  # "the first phase …": facts of that phase say it, not others
            if r.ordinal_round is not None and p.round != r.ordinal_round and not _general(p):
                continue
            trial, _ = self._coverage(r, [*chosen, p])
            if trial > coverage + 0.02:
                chosen.append(p)
                coverage = trial
            if len(chosen) == 3 or coverage >= 0.999:
                break
        _, missing = self._coverage(r, chosen)
        # one statement: its numbers and dates come from its main fact and the event around it
        basis = chosen + self._around(chosen[0]) if chosen and r.clauses == 1 else chosen
        if r.clauses == 1:
            in_basis = {p.fact.id for p in basis}
            settled = {
                f.assertion.kind
                for f in findings
                if f.assertion.status == "supported"
                and (f.assertion.fact in in_basis or f.assertion.kind not in ("number", "date"))
            }
        else:
            settled = {f.assertion.kind for f in findings if f.assertion.status == "supported"}
        unexplained = [u for u in self._unexplained(r, basis) if u.split()[0] not in settled]
        unexplained += [f"date {d}" for d in self._after_coverage(r, [(1.0, p) for p in chosen])]
        outside = [e for e in r.entities if e.startswith("ext-")]
        for kind, claimed, attr in (
            ("round", r.ordinal_round, "round"),
            ("phase", r.ordinal_phase, "phase"),
        ):
            if claimed is not None and not any(getattr(p, attr) == claimed for p in chosen):
                unexplained.append(f"{kind} {claimed}: no fact of it says this")
        if chosen and r.clauses == 1 and self._coverage(r, chosen[:1])[0] < PRIMARY:
            unexplained.append("no single fact says most of it")
        if chosen and r.clauses == 1:  # one statement: its places and people in one fact
            primary = chosen[0]
            parent = self.by_id.get(primary.fact.part_of or "")
            around = primary.entities | (parent.entities if parent else set())
            lone = [
                e for e in r.entities
                if self.lex.kind.get(e) in ("place", "person") and e not in around
            ]  # fmt: skip
            unexplained += [f"{_name(self, e)} with the rest" for e in lone]
        for concept, polarity in r.concepts.items():
            # a predicate no chosen fact states, while a fact near the claim states its
            # opposite, is not supported (however well the rest is covered)
            confirmed = any(
                p.concepts.get(concept) == polarity
                for rel, _, p in scored if rel >= RELEVANT or p in chosen
            ) or any(
                f.assertion.kind == "predicate" and f.assertion.status == "supported"
                and f.assertion.text == _polar(concept, polarity) for f in findings
            )  # fmt: skip
            opposed = any(
                rel >= NEAR and p.concepts.get(concept) == -polarity for rel, _, p in scored
            )
            if polarity and not confirmed and opposed:
                unexplained.append(f"predicate {_polar(concept, polarity)}")
        unsure = [f.assertion.text for f in findings if f.assertion.status == "unknown"]
        unexplained += [f"unsure: {u}" for u in unsure]
        if chosen and coverage >= SUPPORT_COVERAGE and not unexplained and not outside:
            ids = tuple(p.fact.id for p in chosen)
            why = "The facts agree with every part of the claim."
            return self._verdict(claim, "supported", ids, why, (), assertions, coverage=coverage)
        ids = tuple(p.fact.id for p in chosen[:2])
        gaps = unexplained + [_name(self, m) if m in self.lex.kind else m for m in missing]
        what = ", ".join(dict.fromkeys(gaps[:4]))
        why = f"The facts do not say this ({what})." if what else "The facts do not say this."
        return self._verdict(claim, "not_enough_info", ids, why, (), assertions, coverage=coverage)

    def _anchored(
        self, findings: list[Finding], scored: list[tuple[float, int, Profile]], r: Reading
    ) -> list[Finding]:
        """Keep a disagreement only from a fact that is surely about the claim: very
        relevant, or agreeing with it on something else (a date, a count, an actor)."""
        relevance = {p.fact.id: rel for rel, _, p in scored}
        anchored = {f.assertion.fact for f in findings if f.assertion.status == "supported"}
        anchored |= {  # a fact of the round or phase the claim names is what it is about
            p.fact.id for _, _, p in scored
            if (r.ordinal_round is not None and p.round == r.ordinal_round)
            or (r.ordinal_phase is not None and p.phase == r.ordinal_phase)
        }  # fmt: skip
        specific = {e for e in r.entities if self.lex.kind.get(e) in ("place", "person")}
        sharing = {p.fact.id for _, _, p in scored if specific & p.entities}
        kept = []
        for f in findings:
            fid = f.assertion.fact
            if (
                not f.near_miss
                and f.assertion.status in ("refuted", "disputed")
                and f.assertion.kind not in ("role", "camp", "order", "comparison", "vote")
                and relevance.get(fid or "", 1.0) < STRONG_FOR.get(f.assertion.kind, STRONG)
                and fid not in anchored
                and not (f.assertion.kind in ("entity", "round", "phase") and fid in sharing)
            ):
                continue
            kept.append(f)
        return kept

    def _verdict(
        self,
        claim: str,
        verdict: str,
        facts: Sequence[str],
        explanation: str,
        corrections: Sequence[Correction] = (),
        assertions: Sequence[Assertion] = (),
        notes: Sequence[tuple[str, Note]] | None = None,
        coverage: float = 0.0,
    ) -> Verdict:
        if notes is None:
            notes = [(fid, n) for fid in facts for n in self.base.by_id[fid].notes]
        shown: dict[tuple[str, str, str], Assertion] = {}
        for a in assertions:  # one line per assertion, not one per fact that agrees with it
            shown.setdefault((a.kind, a.text, a.status), a)
        assertions = list(shown.values())
        return Verdict(claim, verdict, tuple(facts), explanation, tuple(corrections),
                       tuple(notes), tuple(assertions), round(coverage, 3))  # fmt: skip

    # ---- one kind of assertion at a time -----------------------------------------------
    # The most relevant fact that speaks to an assertion decides it: it agrees (or one about
    # as relevant does), or it disagrees and is relevant enough to refute the claim.

    def _judge(
        self,
        kind: str,
        text: str,
        speaking: list[tuple[float, Profile]],
        agrees: Callable[[Profile], bool],
        against: Callable[[Profile], Finding],
        threshold: float = 0.0,
        any_agree: bool = False,
        tie: float = 0.0,
        unsure_on_tie: bool = False,
    ) -> list[Finding]:
        """`any_agree`: a precise value (a date, a count) found in any relevant fact holds.
        `unsure_on_tie`: equally relevant facts that disagree leave the assertion unsure."""
        if not speaking:
            return []
        best = speaking[0][0]
        tie = tie or TIE
        near = [p for rel, p in speaking if rel >= best - tie]
        if unsure_on_tie and any(agrees(p) for p in near) and not all(agrees(p) for p in near):
            return [Finding(Assertion(kind, text, "unknown", near[0].fact.id))]
        for rel, p in speaking:
            if (any_agree or rel >= best - tie) and agrees(p):
                return [Finding(Assertion(kind, text, "supported", p.fact.id))]
        if best >= (threshold or CONFLICT):
            # among the facts about as relevant as the best, one whose note records the
            # claimed value (other reporting) makes the claim disputed rather than refuted
            tied = [against(p) for p in near]
            return [next((f for f in tied if f.note is not None), tied[0])]
        return []

    def _number_findings(self, r: Reading, relevant: list[tuple[float, Profile]]) -> list[Finding]:
        out = []
        for n in r.numbers:
            if n.unit is None and not n.ordinal:
                holders = [p for _, p in relevant if any(v == n.value for v, _, _, _ in p.numbers)]
                # "resolution 2735": names the facts it belongs to, which anchors them
                out += [
                    Finding(
                        Assertion("identifier", format_number(n.value), "supported", p.fact.id)
                    )
                    for p in holders
                ]
                continue
            if n.ordinal or n.unit is None:
                continue
            unit = n.unit
            text = f"{format_number(n.value)} {unit}"
            speaking = [(c, p) for c, p in relevant if any(u == unit for _, u, _, _ in p.numbers)]

            def agrees(p: Profile, n: Num = n, unit: str = unit) -> bool:
                return any(u == unit and _compatible(n, v, a) for v, u, a, _ in p.numbers)

            def against(p: Profile, n: Num = n, unit: str = unit, text: str = text) -> Finding:
                v, u, a, f = next(x for x in p.numbers if x[1] == unit)
                fld = f if f == "text" or f.startswith("sum") else f"values.{f}"
                actual = f"{_approx_words(a)}{format_number(v)} {u}"
                found = self._against(p, "number", fld, text, actual, n.value)
                return replace(found, near_miss=_near_number(n.value, v))

            out += self._judge("number", text, speaking, agrees, against, any_agree=True)
        return out + self._sequence_findings(r, relevant)

    def _sequence_findings(
        self, r: Reading, relevant: list[tuple[float, Profile]]
    ) -> list[Finding]:
        """Counts given in an order ("first one day, then three") against a fact's list,
        read on the facts the claim is about and on the events they belong to."""
        seen: set[str] = set()
        for rel, q in relevant:
            if rel < CONFLICT:
                break
            parent = self.by_id.get(q.fact.part_of or "")  # the truce of an extension
            for p in (q, parent) if parent else (q,):
                if p.fact.id not in seen:
                    seen.add(p.fact.id)
                    found = self._sequence(r, p)
                    if found is not None:
                        return [found]
        return []

    def _sequence(self, r: Reading, p: Profile) -> Finding | None:
        for name, value in p.fact.values.items():
            if not isinstance(value, tuple):
                continue
            numbers = [
                float(v) for v in value if isinstance(v, (int, float)) and not isinstance(v, bool)
            ]
            unit = _field_unit(name)
            said = [n.value for n in r.numbers if n.unit == unit and n.value in numbers]
            if len(numbers) < 2 or len(set(said)) < 2 or unit is None:
                continue
            claimed = list(dict.fromkeys(said))
            if claimed != list(dict.fromkeys(v for v in numbers if v in said)):
                text = " then ".join(format_number(v) for v in claimed) + f" {unit}"
                actual = " then ".join(format_number(v) for v in numbers) + f" {unit}"
                corr = Correction(p.fact.id, f"values.{name}", text, actual)
                assertion = Assertion("sequence", text, "refuted", p.fact.id, actual)
                return Finding(assertion, corr, near_miss=True)
        return None

    def _date_findings(self, r: Reading, relevant: list[tuple[float, Profile]]) -> list[Finding]:
        out: list[Finding] = []
        late = set(self._after_coverage(r, relevant))
        speaking = [(c, p) for c, p in relevant if p.dates]
        for d in r.dates:
            text = r.norm[d.start : d.end]
            if text in late:
                continue  # after the article was written: it can neither confirm nor deny
            if d.month is None and d.year is None:
                continue

            def agrees(p: Profile, d: DateMention = d) -> bool:
                return any(d.matches(day) for day, _ in p.dates)

            context = [p for _, p in relevant if any(d.matches(x) for x in p.context_dates)]
            if context:  # the date of the event this fact belongs to (the truce, the round)
                out.append(Finding(Assertion("date", text, "supported", context[0].fact.id)))
                continue

            def against(p: Profile, d: DateMention = d, text: str = text) -> Finding:
                day, fld = p.dates[0]
                claimed = d.to_date(day.year)
                if claimed is not None and d.year is not None:
                    same = (
                        (claimed.year == day.year)
                        + (claimed.month == day.month)
                        + (claimed.day == day.day)
                    )
                    if same == 2:  # 24 December for 24 November: the same event, misdated
                        found = self._against(
                            p, "date", fld, claimed.isoformat(), day.isoformat(), claimed
                        )
                        return replace(found, near_miss=True)
                if d.day is None:
                    shown = f"{d.year or ''}-{d.month or ''}".strip("-")
                    return self._against(p, "date", fld, shown, day.isoformat())
                shown = claimed.isoformat() if claimed else text
                return self._against(p, "date", fld, shown, day.isoformat(), claimed)

            found = self._judge("date", text, speaking, agrees, against, any_agree=True)
            if r.order:  # in "A after B" a date may belong to either side: it only supports
                found = [f for f in found if f.assertion.status == "supported"]
            out += found
        timed = [(c, p) for c, p in relevant if p.hours]
        for hour in r.times:

            def has(p: Profile, hour: int = hour) -> bool:
                return hour in p.hours

            def against_time(p: Profile, hour: int = hour) -> Finding:
                actual = "–".join(f"{h}:00" for h in sorted(p.hours))
                return self._against(p, "time", "values", f"{hour}:00", actual)

            out += self._judge("time", f"{hour}:00", timed, has, against_time, any_agree=True)
        return out

    def _after_coverage(self, r: Reading, relevant: list[tuple[float, Profile]]) -> list[str]:
        """Dates in the claim later than anything the fact base covers (unless a relevant
        fact has the same day and month: then it is the year that is wrong)."""
        last = self.last_day
        days = {(day.month, day.day) for _, p in relevant for day, _ in p.dates}
        out = []
        for d in r.dates:
            year, month = d.year, d.month
            if year is None or (d.month, d.day) in days:
                continue
            if year > last.year or (
                year == last.year and month is not None and month > last.month
            ):
                out.append(r.norm[d.start : d.end])
        return out

    def _ordinal_findings(
        self, r: Reading, relevant: list[tuple[float, Profile]]
    ) -> list[Finding]:
        out = []
        for kind, claimed, attr in (
            ("phase", r.ordinal_phase, "phase"),
            ("round", r.ordinal_round, "round"),
        ):
            if claimed is None:
                continue
            # ranked without the ordinal itself, which would favour the facts that agree
            speaking = sorted(
                ((self._relevance(r, p, ordinal=False), p) for _, p in relevant
                 if getattr(p, attr) is not None),
                key=lambda t: -t[0],
            )  # fmt: skip
            fld = "values.ordinal"

            def agrees(p: Profile, attr: str = attr, claimed: int = claimed) -> bool:
                return bool(getattr(p, attr) == claimed)

            def against(
                p: Profile,
                attr: str = attr,
                kind: str = kind,
                claimed: int = claimed,
                fld: str = fld,
            ) -> Finding:
                return self._against(
                    p, kind, fld, f"{kind} {claimed}", f"{kind} {getattr(p, attr)}"
                )

            if kind == "round":
                # a round's facts do not list everything about it (round one has no venue):
                # another round that fits better is no contradiction. Phases list all they hold.
                if speaking and agrees(speaking[0][1]):
                    fid = speaking[0][1].fact.id
                    out.append(Finding(Assertion(kind, f"{kind} {claimed}", "supported", fid)))
                continue
            out += self._judge(kind, f"{kind} {claimed}", speaking, agrees, against, tie=2 * TIE)
        return out

    def _slot_findings(self, r: Reading, relevant: list[tuple[float, Profile]]) -> list[Finding]:
        out: list[Finding] = []
        votes = [(c, p) for c, p in relevant if p.fact.kind == "vote"]
        for rel, p in votes[:1]:
            if rel >= CONFLICT:
                for kind, corr in self._vote_conflicts(r, p):
                    out.append(
                        Finding(
                            Assertion(kind, corr.claimed, "refuted", p.fact.id, corr.actual), corr
                        )
                    )
        out += self._entity_findings(r, relevant)
        out += self._absence_findings(r, relevant)
        for role, at, end in r.roles:
            follower = r.text[end : end + 24] if len(r.text) == len(r.norm) else ""
            if re.match(r"\s+(?!Minister|Director|President)[A-Z][a-z]+", follower) and not any(
                end < s0 <= end + 3 for s0, _ in r.entities.values()
            ):
                continue  # "President Macron": an office of someone the facts do not know
            holder = self.by_id.get(self._holder_named(r, at, end) or "")
            if holder is None or not holder.roles:
                continue
            text = f"{_name(self, holder.fact.id)}: {role}"
            if role in holder.roles:
                out.append(Finding(Assertion("role", text, "supported", holder.fact.id)))
            else:
                actual = ", ".join(sorted(holder.roles))
                out.append(self._against(holder, "role", "values.role", text, actual))
        for camp, _ in r.camps:
            for e in r.entities:
                holder = self.by_id.get(e)
                if holder is None or not holder.camps:
                    continue
                if camp in holder.camps:
                    out.append(Finding(Assertion("camp", camp, "supported", e)))
                else:
                    actual = ", ".join(sorted(holder.camps))
                    out.append(self._against(holder, "camp", "values.camp", camp, actual, camp))
        return out

    def _absence_findings(
        self, r: Reading, relevant: list[tuple[float, Profile]]
    ) -> list[Finding]:
        """An actor the facts say was absent, claimed to have taken part."""
        takes_part = (
            r.concepts.get("attend") == 1
            or r.concepts.get("direct") == 1
            or bool(re.search(r"\bbetween\b|之间", r.norm))
        )
        if not takes_part or r.concepts.get("attend") == -1:
            return []
        for rel, p in relevant:
            absent = p.slots.get("absent", set())
            for e in r.entities:
                if e in absent and rel >= CONFLICT:
                    name = _name(self, e)
                    corr = Correction(
                        p.fact.id, "values.absent", f"{name} took part", f"{name} was absent"
                    )
                    return [
                        Finding(
                            Assertion("entity", corr.claimed, "refuted", p.fact.id, corr.actual),
                            corr,
                        )
                    ]
        return []

    def _negation_findings(
        self, r: Reading, relevant: list[tuple[float, Profile]]
    ) -> list[Finding]:
        """A denial no known predicate took ("did not …", 没有, 未): the facts the claim is
        about must deny it too."""
        if not relevant:
            return []
        if not r.loose_negation:
            return []
        best, p = relevant[0]
        near = [q for rel, q in relevant if rel >= best - TIE]
        if any(q.negated for q in near):
            return [Finding(Assertion("negation", "denied", "supported", p.fact.id))]
        if best >= NEGATION_REFUTES:
            corr = Correction(p.fact.id, "text", "not so", "so")
            return [Finding(Assertion("negation", "denied", "refuted", p.fact.id, "stated"), corr)]
        return [Finding(Assertion("negation", "denied", "unknown", p.fact.id))]

    def _other_event(self, r: Reading, p: Profile) -> bool:
        """The claim names another body of the same type (the General Assembly for the
        Security Council): the fact is about another event, not a contradiction."""
        body = p.slots.get("body")
        if not body:
            return False
        types = {self.lex.etype.get(b) for b in body}
        return any(self.lex.etype.get(e) in types and e not in body for e in r.entities)

    def _holder_named(self, r: Reading, at: int, end: int) -> str | None:
        """The person an office in the claim is said of: named right after it ("Finance
        Minister Smotrich", 财政部长斯莫特里赫), else the nearest one named before it
        ("Ben-Gvir serves as finance minister")."""
        before: tuple[int, str] | None = None
        after: tuple[int, str] | None = None
        for e, (start, stop) in r.entities.items():
            if self.lex.kind.get(e) != "person" or (start < end and at < stop):
                continue
            if start >= end and start - end <= 3 and (after is None or start - end < after[0]):
                after = (start - end, e)
            elif stop <= at and at - stop <= 30 and (before is None or at - stop < before[0]):
                before = (at - stop, e)
        chosen = after or before
        return chosen[1] if chosen else None

    def _concept_findings(
        self, r: Reading, relevant: list[tuple[float, Profile]]
    ) -> list[Finding]:
        out = []
        for concept, polarity in r.concepts.items():
            if not polarity:
                continue
            speaking = [(c, p) for c, p in relevant if p.concepts.get(concept)]
            if concept == "attend":  # who took part is in the slots, not in the wording
                speaking = [(c, p) for c, p in speaking if not p.slots.keys() & PARTICIPATION]
            text = _polar(concept, polarity)

            def agrees(p: Profile, concept: str = concept, polarity: int = polarity) -> bool:
                return p.concepts[concept] == polarity

            def against(
                p: Profile, concept: str = concept, polarity: int = polarity, text: str = text
            ) -> Finding:
                return self._against(p, "predicate", "text", text, _polar(concept, -polarity))

            out += self._judge(
                "predicate", text, speaking, agrees, against, CONFLICT_PREDICATE,
                unsure_on_tie=True,
            )  # fmt: skip
        return out

    def _against(
        self, p: Profile, kind: str, fld: str, claimed: str, actual: str, value: object = None
    ) -> Finding:
        """A disagreement: refuted, or disputed when other reporting gives the claimed value."""
        note = _dispute(p.fact, fld, value) if value is not None else None
        status = "disputed" if note is not None else "refuted"
        corr = Correction(p.fact.id, fld, claimed, actual)
        return Finding(Assertion(kind, claimed, status, p.fact.id, actual), corr, note)

    def _vote_conflicts(self, r: Reading, p: Profile) -> list[tuple[str, Correction]]:
        out = []
        values = p.fact.values
        tally = _read_tally(r.norm)
        for key, claimed in tally.items():
            actual = values.get(key)
            if isinstance(actual, int) and actual != claimed:
                out.append(
                    (
                        "vote",
                        Correction(
                            p.fact.id, f"values.{key}", f"{claimed} {key}", f"{actual} {key}"
                        ),
                    )
                )
        if r.concepts.get("unanimous") == 1 and (values.get("abstain") or values.get("against")):
            out.append(("vote", Correction(p.fact.id, "values.abstain", "unanimous",
                        f"{values.get('for')} for, {values.get('against', 0)} against, {values.get('abstain')} abstaining")))  # fmt: skip
        abstainers = values.get("abstainers")
        if isinstance(abstainers, tuple):
            mentions_abstain = re.search(r"abstain|abstention|弃权", r.norm)
            if mentions_abstain and r.negated and "abstain" not in tally and values.get("abstain"):
                out.append(("vote", Correction(
                    p.fact.id, "values.abstain", "no abstention",
                    f"{values.get('abstain')} abstention ({_names(self, abstainers)})",
                )))  # fmt: skip
            against = re.search(r"voted against|vote against|反对票|投反对", r.norm)
            if against and not r.negated and values.get("against") == 0:
                who = [e for e in r.entities if e in abstainers]
                if who:
                    name = _name(self, who[0])
                    corr = Correction(
                        p.fact.id, "values.against", f"{name} voted against", f"{name} abstained"
                    )
                    out.append(("vote", corr))
        return out

    def _entity_findings(self, r: Reading, relevant: list[tuple[float, Profile]]) -> list[Finding]:
        """An actor or place the claim puts in a slot (near the words that name the slot:
        "held in", "mediated by", 弃权) where the most relevant fact that fills that slot
        names another of the same type (a state for a state, a city for a city)."""
        out: list[Finding] = []
        for name, cue in CLOSED_SLOTS.items():
            spots = self._cue_spots(r, name, cue)
            if not spots:
                continue
            speaking = [(c, p) for c, p in relevant if p.slots.get(name)]
            if r.ordinal_round is not None:  # "the third round was held in …": round three
                speaking = [(c, p) for c, p in speaking if p.round == r.ordinal_round] or speaking
            if not speaking:
                continue
            best, p = speaking[0]
            slot = p.slots[name]
            types = {self._type(e, name) for e in slot}
            for e, (start, end) in r.entities.items():
                if self._type(e, name) not in types or not _near(start, end, spots):
                    continue
                if name in AGENT_SLOTS and not _agent_of(r.norm, start, end, spots):
                    continue  # "mediated by Egypt", 由美国提交: the doer, not any actor nearby
                if any(
                    e in p.slots.get(other, ()) and re.search(other_cue, r.norm)
                    for other, other_cue in CLOSED_SLOTS.items()
                    if other != name and other_cue
                ):
                    continue  # the claim names it in the role it has there (abstained, …)
                holders = [q for c, q in speaking if c >= best - TIE and e in q.slots[name]]
                if holders:
                    fid = holders[0].fact.id
                    out.append(Finding(Assertion("entity", _name(self, e), "supported", fid)))
                elif best >= CONFLICT and e not in slot:
                    corr = Correction(
                        p.fact.id, f"values.{name}", _name(self, e), _names(self, slot)
                    )
                    assertion = Assertion(
                        "entity", corr.claimed, "refuted", p.fact.id, corr.actual
                    )
                    out.append(Finding(assertion, corr))
        return out

    def _type(self, entity: str, slot: str) -> str | None:
        kind = self.lex.etype.get(entity)
        return SAME_TYPE.get(kind or "", kind) if slot == "place" else kind

    def _cue_spots(self, r: Reading, name: str, cue: str) -> list[tuple[int, int]]:
        """Where the claim names a slot: its cue words, or its venue words for a place."""
        if name == "place":
            found = [(start, end) for start, end, _ in self.lex.venue_re.finditer(r.norm)]
            found += [(m.start(), m.end()) for m in re.finditer(r"\b(?:in|at)\s", r.norm)]
            return found
        return [(m.start(), m.end()) for m in re.finditer(cue, r.norm)]

    def _order(self, r: Reading, scored: list[tuple[float, int, Profile]]) -> Finding | None:
        """ "A after B" / "A before B" / "B之后，A" / "A在B之后": find the event each side is
        about and compare their dates (errata applied) or their recorded order."""
        if r.order is None:
            return None
        sides = _order_sides(r.norm, r.order_at, r.order_end, r.order)
        if sides is None:
            return None
        a_text, b_text, order = sides
        a = self._event_match(a_text, scored)
        b = self._event_match(b_text, scored)
        if a is None or b is None or a.fact.id == b.fact.id:
            return None
        relation = self._relation(a, b)
        if relation == 0:
            return None
        holds = relation == (1 if order == "after" else -1)
        ids = [a.fact.id, b.fact.id]
        detail = f"{ids[0]} came {'after' if relation > 0 else 'before'} {ids[1]}"
        status = "supported" if holds else "refuted"
        corr = None if holds else Correction(ids[0], "date", f"{order} {ids[1]}", detail)
        return Finding(Assertion("order", f"{order} {ids[1]}", status, ids[0], detail), corr)

    def _event_match(self, text: str, scored: list[tuple[float, int, Profile]]) -> Profile | None:
        """The dated (or ordered) fact one side of an order claim is about."""
        part = read(text, self.lex)
        if not part.terms and not part.zh_runs and not part.entities:
            return None
        pool = [p for _, _, p in scored] + [
            self.by_id[h.fact.id] for h in self.index.search(text, limit=8, strict=False)
        ]
        best: tuple[float, Profile] | None = None
        for p in pool:
            cov, _ = self._coverage(part, [p])
            has_time = p.fact.first_day is not None or p.fact.after
            if cov >= 0.5 and has_time and (best is None or cov > best[0]):
                best = (cov, p)
        return best[1] if best else None

    def _relation(self, a: Profile, b: Profile) -> int:
        """+1 if a came after b, -1 if before, 0 if the facts do not say."""
        from factcheck.lookup import sort_day

        da, db = sort_day(a.fact), sort_day(b.fact)
        if da is not None and db is not None:
            a_last = da if a.fact.date else (a.fact.last_day or da)
            b_last = db if b.fact.date else (b.fact.last_day or db)
            if da > b_last:
                return 1
            if a_last < db:
                return -1
            return 0
        if b.fact.id in a.fact.after:
            return 1
        if a.fact.id in b.fact.after:
            return -1
        return 0

    def _comparison(self, r: Reading, scored: list[tuple[float, int, Profile]]) -> Finding | None:
        """ "more X than Y": compare the two counts the facts give."""
        if r.comparison is None:
            return None
        units = _compared_units(r.norm, self.lex) or [n.unit for n in r.numbers if n.unit]
        units = list(dict.fromkeys(units))
        if len(units) < 2:
            return None
        values: dict[str, tuple[float, str]] = {}
        for unit in units[:2]:
            for _, _, p in scored:
                match = [v for v, u, _, _ in p.numbers if u == unit]
                if match:
                    values[unit] = (match[0], p.fact.id)
                    break
        if len(values) < 2:
            return None
        (u1, (v1, f1)), (u2, (v2, _)) = list(values.items())[:2]
        holds = v1 > v2 if r.comparison == "more" else v1 < v2
        ratio = re.search(
            r"\b(twice|two|three|four|five|\d+) times\b|([两二三四五])倍|\b(twice)\b", r.norm
        )
        if ratio and holds:
            word = ratio.group(1) or ratio.group(2) or ratio.group(3)
            factor = (
                {"twice": 2, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}.get(word)
                or (parse_english(word) if word.isalpha() else int(word))
                or 2
            )
            holds = v1 >= factor * v2 if r.comparison == "more" else v1 * factor <= v2
        detail = f"{format_number(v1)} {u1} against {format_number(v2)} {u2}"
        status = "supported" if holds else "refuted"
        claimed = f"{r.comparison} {u1} than {u2}"
        corr = Correction(f1, "values", claimed, detail) if not holds else None
        return Finding(Assertion("comparison", claimed, status, f1, detail), corr)

    def _around(self, p: Profile) -> list[Profile]:
        """A fact with the event it belongs to and the facts that belong to it."""
        parent = self.by_id.get(p.fact.part_of or "")
        children = [self.by_id[c.id] for c in self.base.children(p.fact.id) if c.id in self.by_id]
        return [p, *([parent] if parent else []), *children]

    def _unexplained(self, r: Reading, chosen: Sequence[Profile]) -> list[str]:
        """Numbers, dates and times of the claim that no chosen fact holds."""
        out = []
        numbers = [(v, u, a) for p in chosen for v, u, a, _ in p.numbers]
        for n in r.numbers:
            if n.ordinal and n.unit in ("phases", "rounds"):
                continue  # judged as ordinals
            if not any(_compatible(n, v, a) and n.unit in (None, u) for v, u, a in numbers):
                out.append(f"number {format_number(n.value)}")
        days = [day for p in chosen for day, _ in p.dates] + [
            day for p in chosen for day in p.context_dates
        ]
        for d in r.dates:
            if d.month is None and d.year is not None:
                years = range(self.first_day.year, self.last_day.year + 1)
                if not any(day.year == d.year for day in days) and d.year not in years:
                    out.append(f"date {d.year}")
                continue
            if not any(d.matches(day) for day in days):
                out.append(f"date {r.norm[d.start : d.end]}")
        hours = set().union(*(p.hours for p in chosen)) if chosen else set()
        for hour in r.times:
            if hour not in hours:
                out.append(f"time {hour}:00")
        return out


# ---- helpers ------------------------------------------------------------------------------


def _field_unit(name: str) -> str | None:
    """The unit a value name counts: "extension_days" days, "hostages_released" hostages."""
    if name in UNIT_OF_FIELD:
        return UNIT_OF_FIELD[name]
    for part in name.split("_"):
        if part in lexicon.UNITS:
            return part
    return None


def _unit_name(unit: str) -> str | None:
    unit = unit.lower().strip()
    for canonical_unit, words in lexicon.UNITS.items():
        if unit == canonical_unit or unit in words or unit.rstrip("s") + "s" == canonical_unit:
            return canonical_unit
    return unit


def _compatible(n: Num, value: float, approx: str) -> bool:
    """Whether a claimed number agrees with a fact's number, given how exact each is."""
    v = n.value
    if approx == "exact" and n.approx == "exact":
        return v == value
    if approx == "more_than":
        return (
            v >= value
            if n.approx in ("exact", "about")
            else v == value or (n.approx == "more_than" and v <= value)
        )
    if approx in ("about", "nearly"):
        return abs(v - value) <= max(1.0, 0.1 * value)
    if n.approx in ("about", "nearly"):
        return abs(v - value) <= max(1.0, 0.1 * v)
    if n.approx == "more_than":
        return value > v
    if n.approx == "less_than":
        return value < v
    if n.approx == "at_least":
        return value >= v
    if n.approx == "at_most":
        return value <= v
    return v == value


def _approx_words(approx: str) -> str:
    return {"more_than": "more than ", "about": "about ", "nearly": "nearly "}.get(approx, "")


def _dispute(fact: Fact, fld: str, value: object) -> Note | None:
    """The also_reported note whose value is the claimed one, if any."""
    for note in fact.notes:
        if note.kind != "also_reported" or note.value is None:
            continue
        other = note.value
        items = other if isinstance(other, tuple) else (other,)
        for item in items:
            if (
                isinstance(item, Quantity)
                and isinstance(value, (int, float))
                and item.value == value
            ):
                return note
            if isinstance(item, dt.date) and isinstance(value, dt.date) and item == value:
                return note
            if (
                isinstance(item, (int, float))
                and isinstance(value, (int, float))
                and item == value
            ):
                return note
            if isinstance(item, str) and isinstance(value, str) and value in normalize(item):
                return note
    return None


def _read_tally(norm: str) -> dict[str, int]:
    """A vote tally in the claim: 14-0-1, "14 to 0", "14 in favour", "a dozen and two votes
    in favour", 14票赞成, 一票弃权, "with one abstention"."""
    out: dict[str, int] = {}
    m = re.search(
        r"(?<![\d-])(\d{1,2})\s*(?:-|–|to|比|:)\s*(\d{1,2})(?:\s*(?:-|–|:)\s*(\d{1,2}))?(?![\d-])",
        norm,
    )
    if m:
        out["for"], out["against"] = int(m.group(1)), int(m.group(2))
        if m.group(3):
            out["abstain"] = int(m.group(3))
    columns = (
        ("for", r"\s*(?:votes?\s*)?(?:in favou?r|for\b|yes\b|票赞成|赞成)"),
        ("against", r"\s*(?:votes?\s*)?(?:against|票反对|反对)"),
        ("abstain", r"\s*(?:票弃权|弃权|abstentions?\b)"),
    )
    for n in find_numbers(norm, loose=True):
        tail = norm[n.end : n.end + 24]
        for key, pattern in columns:
            if re.match(pattern, tail) and key not in out:
                out[key] = int(n.value)
                break
    return out


def _compared_units(norm: str, lex: Lexicon) -> list[str]:
    """The two things a comparison weighs: "more prisoners than … hostages",
    "囚犯比…人质多": the unit after "more" and the first one after "than" (or around 比)."""
    m = re.search(
        r"\b(?:more|fewer|less|greater|as many|as much)\s+(?:\w+\s+){0,2}?(\w+)\s+(?:than|as)\b(.*)",
        norm,
    )
    if m:
        first = lex.unit_terms.get(m.group(1))
        second = next(
            (lex.unit_terms[w] for w in re.findall(r"[a-z]+", m.group(2)) if w in lex.unit_terms),
            None,
        )
        return [u for u in (first, second) if u]
    m = re.search(r"(.{0,12})比(.{0,16}?)(?:多|少)", norm)
    if m:

        def unit_in(text: str) -> str | None:
            found = [
                (text.rfind(t), u) for t, u in lex.unit_terms.items() if len(t) > 1 and t in text
            ]
            return max(found)[1] if found else None

        return [u for u in (unit_in(m.group(1)), unit_in(m.group(2))) if u]
    return []


def _polar(concept: str, polarity: int) -> str:
    names = {
        "halt": ("stopped", "continued"), "accept": ("accepted or supported", "rejected or opposed"),
        "attend": ("took part", "did not take part"), "reach": ("reached", "did not reach"),
        "modify": ("modified", "unchanged"), "rise": ("rising", "declining"),
        "permanent": ("permanent", "temporary"), "succeed": ("succeeded", "failed"),
        "withdraw_all": ("full withdrawal", "withdrawal from populated areas only"),
        "direct": ("direct", "indirect"), "unanimous": ("unanimous", "not unanimous"),
    }  # fmt: skip
    pos, neg = names.get(concept, (concept, f"not {concept}"))
    return pos if polarity > 0 else neg


def _name(checker: Checker, entity: str) -> str:
    if entity.startswith("ext-"):
        return entity.removeprefix("ext-").replace("-", " ").title()
    return checker.base.name(entity, "en")


def _names(checker: Checker, ids: Iterable[Value]) -> str:
    return ", ".join(sorted({_name(checker, i) for i in ids if isinstance(i, str)}))


def _order_sides(norm: str, at: int, end: int, order: str) -> tuple[str, str, str] | None:
    """The two sides of an order claim: (the event placed, the reference, after|before)."""
    before, after = norm[:at].strip(" ,，。"), norm[end:].strip(" ,，。.")
    if norm[at:end] == "此前":  # "A，此前B": B came before A
        return after, before, "before"
    if not _is_cjk(norm):
        if at <= 2:  # "After B, A"
            b_part, _, a_part = after.partition(",")
            return (a_part, b_part, order) if a_part else None
        return before, after, order
    if len("".join(_CJK_RUN.findall(after))) >= 4:
        return after, before, order  # "B之后，A"
    split = max(before.rfind("在"), before.rfind("于"))
    if split <= 0:
        return None
    return before[:split], before[split + 1 :], order  # "A在B之后"


def _agent_of(norm: str, start: int, end: int, spots: list[tuple[int, int]]) -> bool:
    """Whether the actor at [start, end) does what the cue says: it stands just before the
    cue ("Qatar mediated", 卡塔尔斡旋, 由美国提交) or after it behind "by" ("submitted by")."""
    for s0, e0 in spots:
        if 0 <= s0 - end <= 15:
            return True
        if 0 <= start - e0 <= 45 and re.search(r"\bby\b|由", norm[e0:start]):
            return True
    return False


def _near(start: int, end: int, spots: list[tuple[int, int]], window: int = 40) -> bool:
    """Whether a span lies within a few words of any of these spots."""
    return any(start - e <= window and s - end <= window for s, e in spots)


def _near_number(claimed: float, actual: float) -> bool:
    """A garbled form of the same count: digits swapped or dropped (240/420, 130/30, 45/54),
    or one off (four aims for three): the claim is about that count and gets it wrong."""
    a, b = format_number(claimed), format_number(actual)
    if abs(claimed - actual) == 1 and max(claimed, actual) <= 10:
        return True
    return len(a) > 1 and len(b) > 1 and (sorted(a) == sorted(b) or a in b or b in a)


def _general(p: Profile) -> bool:
    """A whole document (the resolution of the phases) may help support an ordinal claim."""
    return p.fact.kind == "document" and p.phase is None and p.round is None


def _flush(gap: str, missing: list[str]) -> str:
    if gap:
        missing.append(gap)
    return ""


@lru_cache(maxsize=4)
def checker_for(base: FactBase) -> Checker:
    """The claim checker of a fact base: from the cache when the base came from files the
    cache knows (its key covers the files and this code), else built and cached."""
    import os

    from factcheck.cache import Cache

    cache = Cache.from_env(os.environ) if base.key else None
    key = "checker-" + base.key.split("-", 1)[-1]
    if cache is not None:
        hit = cache.get(key)
        if isinstance(hit, Checker) and len(hit.profiles) == len(base):
            return hit.relink(base)
    checker = Checker(base)
    if cache is not None:
        cache.put(key, checker)
    return checker


def check(base: FactBase, claim: str) -> Verdict:
    """Check one claim against a fact base."""
    return checker_for(base).check(claim)
