"""Reading text into typed assertions, for claims and facts alike: numbers with their units,
dates, actors and places, offices, camps, predicates with a polarity (negation scoped to
the predicate that follows it), order words, comparisons, and the content words left over.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck import lexicon
from factcheck.dates import DateMention, find_dates
from factcheck.facts import FactBase
from factcheck.numbers import find_numbers
from factcheck.search import _blank
from factcheck.textnorm import CJK, PhraseMatcher, normalize, stem

CONCEPT_WEIGHT = 0.6  # times the rarity weight of the predicate's pseudo-term


@dataclass
class Reading:
    """What a piece of text asserts, in typed form."""

    norm: str
    text: str = ""  # as written (capitals tell names)
    terms: dict[str, float] = field(default_factory=dict)  # English content term -> weight
    zh_runs: list[str] = field(default_factory=list)  # Chinese content, checked by character
    entities: dict[str, tuple[int, int]] = field(default_factory=dict)  # id -> span
    numbers: list[Num] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    times: list[int] = field(default_factory=list)  # hours of day
    roles: list[tuple[str, int, int]] = field(default_factory=list)  # role, start, end
    camps: list[tuple[str, int]] = field(default_factory=list)
    concepts: dict[str, int] = field(default_factory=dict)  # concept -> +1, -1 (0: mixed)
    ordinal_phase: int | None = None
    ordinal_round: int | None = None
    order: str | None = None  # "after" | "before"
    order_at: int = 0
    order_end: int = 0
    comparison: str | None = None  # "more" | "less"
    venue: bool = False
    negated: bool = False
    loose_negation: bool = False  # a "not" that no known predicate took: the claim denies
    units: list[tuple[float, tuple[str, ...], str, str]] | None = None  # see Checker._units
    relevance: dict[tuple[str, bool], float] = field(default_factory=dict)  # memo
    clauses: int = 1


@dataclass(frozen=True)
class Num:
    """A number in a claim with the unit it counts (or the vote column it fills)."""

    value: float
    unit: str | None
    approx: str
    ordinal: bool
    start: int
    end: int


def _pattern(terms: Iterable[str]) -> str:
    parts = []
    for term in sorted(set(terms), key=len, reverse=True):
        escaped = re.escape(term)
        if re.match(r"[a-z0-9]", term):
            escaped = r"(?<![a-z0-9])" + escaped
        if re.search(r"[a-z0-9]$", term):
            escaped += r"(?![a-z0-9])"
        parts.append(escaped)
    return "|".join(parts)


class Lexicon:
    """Compiled term lists, and the fact base's own names for its actors and places."""

    def __init__(self, base: FactBase) -> None:
        names: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        self.etype: dict[str, str] = {}  # state, city, country, movement, person, ...
        for fact in base:
            if fact.kind in ("party", "person", "place"):
                self.kind[fact.id] = fact.kind
                self.etype[fact.id] = str(fact.values.get("type", fact.kind))
                for alias in (*fact.aliases_en, *fact.aliases_zh):
                    for name in _entity_names(alias):
                        names.setdefault(name, fact.id)
        for ext_id, (kind, ext_names) in lexicon.OUTSIDE.items():
            self.kind[ext_id] = kind
            self.etype[ext_id] = lexicon.OUTSIDE_TYPES.get(ext_id, kind)
            for name in ext_names:
                names.setdefault(normalize(name), ext_id)
        # a country is both an actor (party-egypt) and a place (place-egypt): one thing
        by_name: dict[str, set[str]] = defaultdict(set)
        for fact in base:
            if fact.kind in ("party", "place"):
                for alias in fact.aliases_en[:1] + fact.aliases_zh[:1]:
                    by_name[normalize(alias)].add(fact.id)
        self.same: dict[str, set[str]] = defaultdict(set)
        for ids in by_name.values():
            for i in ids:
                self.same[i] |= ids - {i}
        role_terms = {normalize(t): role for role, ts in lexicon.ROLES.items() for t in ts}
        for term in role_terms:
            names.pop(term, None)  # an office is read as an office, not as its holder
        self.names = names
        self.entity_re = PhraseMatcher(names)
        # short upper-case names (US, UN, IDF) are matched on the original text, in capitals,
        # so that the pronoun "us" is not the United States
        acronyms: dict[str, str] = {}
        for fact in base:
            if fact.kind in ("party", "person", "place"):
                for alias in fact.aliases_en:
                    bare = alias.replace(".", "")
                    if bare.isupper() and bare.isalpha() and len(bare) <= 5:
                        acronyms.setdefault(alias, fact.id)
        self.acronyms = acronyms
        self.acronym_re = re.compile(
            "|".join(
                rf"(?<![A-Za-z]){re.escape(a)}(?![A-Za-z])"
                for a in sorted(acronyms, key=len, reverse=True)
            )
            or r"(?!x)x"
        )
        self.role_terms = role_terms
        self.role_re = PhraseMatcher(role_terms)
        self.camp_terms = {normalize(t): c for c, ts in lexicon.CAMPS.items() for t in ts}
        self.camp_re = PhraseMatcher(self.camp_terms)
        self.concept_terms: dict[str, tuple[str, int]] = {}
        for concept, polarity, terms in lexicon.CONCEPTS:
            for term in terms:
                self.concept_terms.setdefault(normalize(term), (concept, polarity))
        self.concept_re = PhraseMatcher({t: c for t, (c, _) in self.concept_terms.items()})
        self.unit_terms = {normalize(t): u for u, ts in lexicon.UNITS.items() for t in ts}
        self.neg_re = re.compile(
            _pattern(lexicon.NEGATION_EN) + "|" + "|".join(lexicon.NEGATION_ZH)
        )
        self.after_re = re.compile(_pattern(lexicon.AFTER))
        self.before_re = re.compile(_pattern(lexicon.BEFORE))
        self.venue_re = PhraseMatcher({t: t for t in lexicon.VENUE if t != "在"})
        self.stop_zh_re = PhraseMatcher({t: t for t in lexicon.STOPWORDS_ZH})
        self.times_re = re.compile(
            r"\b(?:twice|(?:two|three|four|five|\d+) times) as (?:many|much)\b|[两二三四五]倍"
        )
        self.more_re = re.compile(
            r"(?<![a-z])(?:more|greater|larger|higher)\b[^.]*\bthan\b|多于|超过|比.{0,12}多"
        )
        self.less_re = re.compile(
            r"(?<![a-z])(?:fewer|less|smaller|lower)\b[^.]*\bthan\b|少于|比.{0,12}少"
        )


def _entity_names(alias: str) -> list[str]:
    """Aliases usable to spot an actor in text: names, not one-character or generic words."""
    name = normalize(alias).strip()
    if re.fullmatch(f"[{CJK}]", name) or len(name) < 2:
        return []
    if name.isascii() and alias[:1].islower() and " " not in name:
        return []  # a lowercase English word is a description (crossing), not a name
    if name in GENERIC_ALIASES:
        return []
    return [name]


GENERIC_ALIASES = frozenset(
    {"地区", "口岸", "大会", "作者", "研究员", "撰稿人", "政治局", "国际组织", "联合政府",
     "the region", "the council", "the agency", "the strip", "coalition", "the author",
     "crossing", "in europe", "in egypt", "in qatar", "us", "un", "以方", "哈方", "巴方"}
)  # fmt: skip


def read(text: str, lex: Lexicon, default_year: int | None = None) -> Reading:
    """Read normalised text into typed assertions."""
    norm = normalize(text)
    r = Reading(norm, text)
    taken: list[tuple[int, int]] = []

    r.dates = [
        d
        for d in find_dates(norm)
        if d.valid and not (d.year and not d.month and _is_count(norm, d))
    ]
    taken += [(d.start, d.end) for d in r.dates]
    for m in re.finditer(
        r"(\d{1,2})[:：](\d{2})|(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)|(早上|上午|晚上|下午|凌晨)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[点时]",
        norm,
    ):
        hour = _hour(m)
        if hour is not None:
            r.times.append(hour)
            taken.append((m.start(), m.end()))
    for start, end, phrase in lex.entity_re.finditer(norm):
        if not _overlaps(start, end, taken):
            r.entities.setdefault(lex.names[phrase], (start, end))
    if len(norm) == len(text):  # positions agree with the original: capitals can be read
        for m in lex.acronym_re.finditer(text):
            if not _overlaps(m.start(), m.end(), taken + list(r.entities.values())):
                r.entities.setdefault(lex.acronyms[m.group()], (m.start(), m.end()))
    for start, end, phrase in lex.role_re.finditer(norm):
        r.roles.append((lex.role_terms[phrase], start, end))
    for start, _, phrase in lex.camp_re.finditer(norm):
        r.camps.append((lex.camp_terms[phrase], start))
    quiet: list[tuple[int, int]] = []  # words read as predicates, negations or venues
    negations = []
    for m in lex.neg_re.finditer(norm):
        negations.append(m.end())
        quiet.append((m.start(), m.end()))
    r.negated = bool(negations)  # any negation at all, taken by a predicate or not
    for start, end, phrase in lex.concept_re.finditer(norm):
        concept, polarity = lex.concept_terms[phrase]
        negation = _negation_before(norm, start, negations)
        if negation is not None and concept not in lexicon.ADJECTIVES:
            negations.remove(negation)  # a negation flips the first predicate after it only
            polarity = -polarity
        previous = r.concepts.get(concept)
        r.concepts[concept] = polarity if previous in (None, polarity) else 0
        quiet.append((start, end))
    r.loose_negation = bool(negations)
    r.clauses = 1 + len(re.findall(r"[,;，；]|\band\b|\bwhile\b|并且|而且|同时|并", norm))
    quiet += [(start, end) for start, end, _ in lex.venue_re.finditer(norm)]
    quiet += [(start, end) for start, end, _ in lex.stop_zh_re.finditer(norm)]
    for n in find_numbers(norm):
        if _overlaps(n.start, n.end, taken):
            continue
        unit, unit_end = _unit_after(norm, n.end, lex)
        unit = unit or _unit_before(norm, n.start, lex)
        r.numbers.append(Num(float(n.value), unit, n.approx, n.ordinal, n.start, n.end))
        first = n.start - 1 if n.ordinal and n.start > 0 and norm[n.start - 1] == "第" else n.start
        taken.append((first, unit_end))  # the number and its unit words are not content
        if n.ordinal and unit == "phases":
            r.ordinal_phase = int(n.value)
        if n.ordinal and unit == "rounds":
            r.ordinal_round = int(n.value)
    after, before = lex.after_re.search(norm), lex.before_re.search(norm)
    cue = after or before
    if cue is not None:
        r.order, r.order_at, r.order_end = ("after" if after else "before"), cue.start(), cue.end()
    if lex.more_re.search(norm) or lex.times_re.search(norm):
        r.comparison = "more"
    elif lex.less_re.search(norm):
        r.comparison = "less"
    if r.comparison or r.order:
        r.clauses += 1  # a comparison or an order relates two facts
    r.venue = bool(lex.venue_re.finditer(norm)) or bool(re.search(r"\b(?:in|at)\s+\w", norm))
    spans = taken + quiet + list(r.entities.values()) + [(n.start, n.end) for n in r.numbers]
    blanked = _blank(norm, spans)
    r.terms = {t: w for t, w in content_terms(blanked).items() if not _is_cjk(t)}
    r.terms |= {f"~{c}": CONCEPT_WEIGHT for c in r.concepts}  # what is done: topic, any polarity
    r.zh_runs = [canonical_zh(run) for run in _CJK_RUN.findall(blanked)]
    return r


def _is_count(norm: str, d: DateMention) -> bool:
    """ "2024" followed by a unit word is a count, not a year (rare, but keep it a number)."""
    return bool(re.match(r"\s*(?:hostages|prisoners|people|名|人)", norm[d.end :]))


def _hour(m: re.Match[str]) -> int | None:
    from factcheck.numbers import parse_chinese

    if m.group(1):
        return int(m.group(1))
    if m.group(3):
        hour = int(m.group(3))
        return hour + 12 if m.group(4).startswith("p") and hour < 12 else hour
    raw = m.group(6)
    parsed = int(raw) if raw.isdigit() else parse_chinese(raw)
    if parsed is None:
        return None
    hour = parsed
    if m.group(5) in ("晚上", "下午") and hour < 12:
        hour += 12
    return hour


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _negation_before(norm: str, at: int, negations: list[int]) -> int | None:
    """The end of a negation shortly before this position (a few words, no comma between)."""
    for end in negations:
        gap = norm[end:at]
        if 0 <= at - end <= 40 and len(gap.split()) <= 6 and not re.search(r"[,;，；。]", gap):
            return end
    return None


def _unit_after(norm: str, end: int, lex: Lexicon) -> tuple[str | None, int]:
    """The unit named right after a number, and where its words end."""
    tail = norm[end : end + 24]
    m = re.match(
        r"\s*(?:多|余|个|名|位|项|次|\+|-|plus)?\s*([a-z]+(?:\s+[a-z]+)?|[^\s\d]{1,4})", tail
    )
    if not m:
        return None, end
    chunk = m.group(1)
    for size in range(len(chunk), 0, -1):
        unit = lex.unit_terms.get(chunk[:size])
        if unit:
            return unit, end + m.start(1) + size
    offset = m.start(1)
    for word in chunk.split()[:2]:  # "five main rounds": one word may stand between
        offset = tail.find(word, offset)
        unit = lex.unit_terms.get(word)
        if unit:
            return unit, end + offset + len(word)
        offset += len(word)
    return None, end


def _unit_before(norm: str, start: int, lex: Lexicon) -> str | None:
    head = norm[max(0, start - 12) : start]
    m = re.search(r"([a-z]+)\s+(?:of\s+)?$", head)
    return lex.unit_terms.get(m.group(1)) if m else None


_WORD = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")  # "large-scale" is two words
_CJK_RUN = re.compile(f"[{CJK}]+")


PHRASES_EN = (
    (re.compile(r"\blet\s+(?:\w+\s+){0,4}?go\b|\bset\s+(?:\w+\s+){0,3}?free\b"), "release"),
    (
        re.compile(
            r"\b(?:took|take|takes|taking|went into|came into|come into) (?:effect|force)\b|\bin force\b"
        ),
        "start",
    ),
)


def content_terms(norm: str) -> dict[str, float]:
    """Content words (English stems without stop words) and Chinese character pairs."""
    for pattern, word in PHRASES_EN:
        norm = pattern.sub(word, norm)
    terms: dict[str, float] = {}
    for word in _WORD.findall(norm):
        if word in lexicon.STOPWORDS_EN or len(word) < 2:
            continue
        word = word.removesuffix("'s").removesuffix("’s")
        terms[canonical(stem(canonical(word)))] = 1.0
    for run in _CJK_RUN.findall(norm):
        run = canonical_zh(run)
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if not (set(pair) & lexicon.STOP_CHARS_ZH):
                terms[pair] = 1.0
        if len(run) == 1 and run not in lexicon.STOP_CHARS_ZH:
            terms[run] = 0.5
    return terms


SYNONYMS_EN = {
    "freed": "release", "free": "release", "frees": "release", "releases": "release",
    "ceasefire": "truce", "pause": "truce", "cease-fire": "truce", "captive": "hostage",
    "captives": "hostage", "detainee": "prisoner", "detainees": "prisoner",
    "negotiation": "talk", "negotiations": "talk", "talks": "talk", "mediate": "mediator",
    "mediated": "mediator", "mediation": "mediator", "brokered": "mediator",
    "broker": "mediator", "tabled": "submit", "submitted": "submit", "drafted": "submit",
    "army": "idf", "military": "idf", "troops": "idf", "forces": "idf", "adopted": "pass",
    "passed": "pass", "approved": "pass", "resolution": "resolution", "aim": "goal",
    "objective": "goal", "rebuild": "reconstruction", "rebuilding": "reconstruction",
    "disband": "dissolve", "disbanded": "dissolve", "dissolved": "dissolve",
    "dissolution": "dissolve", "quit": "resign", "resigned": "resign",
    "resignation": "resign", "pull": "withdraw", "withdrawal": "withdraw",
    "withdrawn": "withdraw", "leave": "withdraw", "unveiled": "announce",
    "announced": "announce", "presented": "announce", "launch": "start", "began": "start",
    "begin": "start", "started": "start", "outbreak": "start", "erupted": "start",
    "killed": "kill", "dead": "kill", "died": "kill", "flexibility": "flexible",
    "agreed": "agree", "agreement": "agree", "agreements": "agree", "cast": "vote", "voted": "vote", "initially": "first", "initial": "first", "originally": "first",
    "centres": "focus", "centers": "focus", "centred": "focus", "centered": "focus",
    "centre": "focus", "center": "focus", "focuses": "focus", "focused": "focus",
    "hit": "attack", "struck": "attack", "attacked": "attack", "ambush": "attack",
    "ambushed": "attack", "assault": "attack", "flew": "go", "flown": "go", "travelled": "go", "traveled": "go", "went": "go",
    "visited": "go", "remains": "corpse", "bodies": "corpse", "body": "corpse", "financier": "funder", "funding": "funder", "bankroll": "funder",
}  # fmt: skip
SYNONYMS_ZH = (
    ("斡旋方", "调停方"), ("调解方", "调停方"), ("斡旋", "调停"), ("调解", "调停"),
    ("获释", "释放"), ("放出", "释放"), ("放人", "释放"), ("休战", "停火"), ("停战", "停火"),
    ("被扣押人员", "人质"), ("被关押", "关押"), ("谈判", "会谈"), ("磋商", "会谈"),
    ("撤离", "撤出"), ("撤军", "撤出"), ("解散", "解散"), ("重建", "重建"),
    ("提出", "提交"), ("起草", "提交"), ("公布", "宣布"), ("宣告", "宣布"),
    ("遇害", "丧生"), ("死亡", "丧生"), ("身亡", "丧生"), ("阵亡", "丧生"),
    ("资金来源", "金主"), ("完成", "实现"), ("达到", "实现"), ("出资方", "金主"), ("以军", "以色列军队"), ("以色列国防军", "以色列军队"),
)  # fmt: skip


def canonical(word: str) -> str:
    return SYNONYMS_EN.get(word, word)


def canonical_zh(run: str) -> str:
    for a, b in SYNONYMS_ZH:
        if a in run:
            run = run.replace(a, b)
    return run


def _is_cjk(text: str) -> bool:
    return re.search(f"[{CJK}]", text) is not None
