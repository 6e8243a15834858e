"""The checker's vocabulary: lexicon.toml, extended by a fact base's own [lexicon] tables,
compiled once into a phrase table for one pass over a claim."""

from __future__ import annotations

import re
from collections.abc import Mapping
from copy import copy
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Any

from factcheck.facts import Fact, FactBase
from factcheck.numbers import CN_CHARS, EN_ORDINALS
from factcheck.textnorm import _CJK_RUN, PhraseMatcher, lazy, normalize

ENTITY_KINDS = ("party", "person", "place")
WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # the
# keys of the lexicon's [weekdays], in the order of `datetime.date.weekday()`
DAY_FIELDS = ("start", "end", "date", "month")  # the fields that give a fact its day
# A label in a name: a capital letter alone (Plan B, B方案) or a code of letters and digits
# (T130, RIG-421); not an ordinal (2nd) or an hour (8am).
_LATIN = "A-Za-z0-9\u00c0-\u024f"
LABEL = lazy(
    rf"(?<![{_LATIN}-])(?:[A-Z]|(?!\d+(?:st|nd|rd|th|am|pm)\b)(?=[\w-]*\d)(?=[\w-]*[A-Za-z])"
    rf"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![{_LATIN}-])"
)
_CJK = lazy("[\u3400-\u4dbf\u4e00-\u9fff]")
# a name and its number ("Apollo 13", "Gemini 7"): a label too, but not a day ("June 10")
_ROLE_OF = lazy(r"([a-z][a-z ]*?(?: of [a-z]+)?) of (?:the )?([a-z][a-z' -]+)")  # "head of the X"
_ZH_NAME_NUMBER = lazy(r"[\u4e00-\u9fff]{1,8}\d{1,5}号?")  # 阿波罗13号
_ZH_NUMBER_NAME = lazy(
    r"[\u4e00-\u9fff]{0,8}\d{1,5}号[\u4e00-\u9fff]{1,6}"
)  # (英国欧洲航空)609号航班
NAME_NUMBER = lazy(
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][a-z]+ \d{1,4}"
)


@lru_cache(maxsize=1)
def packaged() -> dict[str, Any]:
    """The packaged lexicon.toml, parsed once."""
    import tomli

    return tomli.loads(Path(__file__).with_name("lexicon.toml").read_text(encoding="utf-8"))


def merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Tables merged key by key, lists joined: how a fact file extends the lexicon."""
    out: dict[str, Any] = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            out[key] = merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *value]
        else:
            out[key] = value
    return out


@dataclass(init=False, repr=False, eq=False)
class Vocabulary:
    """Phrases and what they mean, for one fact base. Its 160 tables get no generated
    `__init__`, `__repr__` or `__eq__`: writing them cost every `check` 4.5 ms at import, and
    a vocabulary is built empty and filled, never compared or shown."""

    tags: Mapping[str, list[tuple[str, str]]] = field(default_factory=dict)  # phrase -> (cat, key)
    office_words: dict[str, str] = field(default_factory=dict)  # office phrase -> office
    upper: set[str] = field(default_factory=set)  # short names that must be written in capitals
    capital: set[str] = field(default_factory=set)  # one-word names written with a capital: From
    common: set[str] = field(default_factory=set)  # names written in lower case: "the carpenter"
    function_en: frozenset[str] = frozenset()
    function_zh: frozenset[str] = frozenset()
    place_chars: frozenset[str] = frozenset()
    opposite: dict[str, set[str]] = field(default_factory=dict)
    excludes: dict[str, set[str]] = field(default_factory=dict)  # roles no actor holds both of
    also: dict[str, set[str]] = field(default_factory=dict)  # verbs one deed says together
    implied_by: dict[str, set[str]] = field(default_factory=dict)  # stall <- fail, collapse
    word_for: dict[str, str] = field(default_factory=dict)  # predicate -> a word that says it
    word_for_zh: dict[str, str] = field(default_factory=dict)  # the same, in Chinese

    def __init__(self) -> None:
        for f in fields(self):
            empty = f.default if f.default_factory is MISSING else f.default_factory()
            setattr(self, f.name, empty)

    def without_phrases(self) -> Vocabulary:
        """A copy without its phrase table and matcher, which a store keeps as rows."""
        out = copy(self)
        out.tags, out.matcher = {}, None
        return out

    def word(self, key: str, lang: str) -> str:
        """A word that says a predicate in a claim's language, for a correction."""
        if lang == "zh" and key in self.word_for_zh:
            return self.word_for_zh[key]
        return self.word_for.get(key, key)

    fields_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # predicate -> fields
    shared: frozenset[str] = frozenset()  # fields several verbs fill (fate: survive, die)
    quality: set[str] = field(default_factory=set)
    done: set[str] = field(default_factory=set)  # verbs that say a thing was done (achieve)
    knowing: set[str] = field(default_factory=set)  # notice: "did not notice that X" leaves X
    dated: set[str] = field(default_factory=set)  # verbs any dated fact backs (began, announced)
    said: set[str] = field(default_factory=set)  # verbs a field backs only with the fact's words
    any_deed: set[str] = field(default_factory=set)  # taking part: fits whatever the deed is
    mutual: set[str] = field(default_factory=set)  # "X and Y have ties": each is the other's
    manner: set[str] = field(default_factory=set)  # words of how (directly): a denial skips them
    prevents: frozenset[str] = frozenset()  # "prevent X from Y-ing": Y did not happen
    out_of: frozenset[str] = frozenset()  # "talked X out of Y-ing": X was stopped from it
    duration_days: dict[str, float] = field(default_factory=dict)
    clock_minutes: dict[str, float] = field(default_factory=dict)  # hours: 60
    # values.X -> (after, before or "", its meaning in both languages) for counting lengths
    elapsed: dict[str, tuple[str, str]] = field(default_factory=dict)
    from_previous: tuple[str, ...] = ()  # a meaning's words for "from the event before"
    look_back: frozenset[str] = frozenset()  # order adverbs that look back (随后, "afterwards")
    compare_verbs: frozenset[str] = frozenset()  # "outnumbered": a comparison, no degree
    firsts: frozenset[str] = frozenset()  # "first", 先: the earlier side of such an adverb
    toward: frozenset[str] = frozenset()  # "pushing for", 推动 right after a stance verb
    stances: frozenset[str] = frozenset()  # the predicates such a verb may follow
    toward_between: frozenset[str] = frozenset()  # "any", 任何: words between the two
    represents: frozenset[str] = frozenset()  # 代表 between two actors: the first acts for
    times_more: frozenset[str] = frozenset()  # 两倍多: "more than N times"
    object_fields: frozenset[str] = frozenset()  # fields that hold a verb's object (replaced)
    cleft_heads: tuple[str, ...] = ()  # 人 in …的人是X: a Chinese cleft's head noun
    cleft_adverbs: tuple[str, ...] = ()  # 就 in …的就是X
    not_by_role: dict[str, frozenset[str]] = field(default_factory=dict)  # verb -> the
    # typed roles of actors who never do it (a party to the conflict does not mediate it)
    done_to: dict[str, frozenset[str]] = field(default_factory=dict)  # verb -> its fields that
    # hold what it is done to (the body dissolved), never its doer
    where_fields: frozenset[str] = frozenset()  # fields of group "where": a place, never a doer
    text_lists: frozenset[str] = frozenset()  # fields of type texts: lists of what was said
    ref_lists: frozenset[str] = frozenset()  # fields of type refs: lists of actors
    entity_kind: dict[str, str] = field(default_factory=dict)  # id -> party, person, place
    entity_type: dict[str, str] = field(default_factory=dict)  # id -> state, city …
    not_before: tuple[str, ...] = ()
    not_denials: tuple[str, ...] = ()  # 不远, 无线电: words a negation's character begins
    cue_words_zh: set[str] = field(default_factory=set)  # 共识: no 共 of a total in them
    not_after: tuple[str, ...] = ()
    not_yet: frozenset[str] = frozenset()  # 尚未, "not yet": denied only up to a time
    span_from: tuple[str, ...] = ()  # "from", 从: where a framed stretch of time opens
    span_to: tuple[str, ...] = ()  # "to", 到: where it runs to
    age_words: tuple[str, ...] = ()  # "years old", 岁: a length that is an age
    age_before: tuple[str, ...] = ()  # "aged": before an age's number
    rank_ahead: tuple[str, ...] = ()  # "after", 仅次于: what a ranking names after them is ahead
    relations: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # field ->
    # {"of": words of X's field being Y, "over": words of Y's field being X}
    counters: tuple[str, ...] = ()  # 具, 座, 英里: what a bare Chinese numeral may count
    measure_words: frozenset[str] = frozenset()  # 具, 堂, 道: the lexicon's measure words
    control: frozenset[str] = frozenset()  # agreed, refused: "agreed to pay", one doer
    light: frozenset[str] = frozenset()  # secured, won: "secured the release of": released
    light_zh: frozenset[str] = frozenset()  # 实现 in 实现非军事化: the deed after it
    unrealised: tuple[str, ...] = ()  # 难以 in 难以实现永久和平, "unlikely": not said done
    nationality_fields: tuple[str, ...] = ()  # where a person's fact names their country
    counted_nationality_fields: tuple[str, ...] = ()  # the country of the people counted
    settlements: frozenset[str] = frozenset()  # types of place that never hold one another
    rates: dict[str, str] = field(default_factory=dict)  # "a day", 每天 -> its period ("day")
    antonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> its opposites
    particles: dict[str, str] = field(default_factory=dict)  # "on" -> "off": a verb turned round
    planned: frozenset[str] = frozenset()  # words of a time planned, not kept ("scheduled")
    zones: dict[str, tuple[str, ...]] = field(default_factory=dict)  # utc: "UTC", 协调世界时
    over_more: frozenset[str] = frozenset()  # lasted, for: "lasted over a week" is more than
    generic_counters: frozenset[str] = frozenset()  # 名, 个: count anything
    modifiers: dict[str, frozenset[str]] = field(default_factory=dict)  # air force: us
    rank_words: tuple[str, ...] = ()  # lieutenant, deputy, 副: before a rank, another rank
    not_modifiers: frozenset[str] = frozenset()  # 大, odd: how a number is said, not what
    subject_negations: frozenset[str] = frozenset()  # "no one": denies the clause's verb
    subject_not_before: tuple[str, ...] = ()  # 无人机: 无人 goes on into another word
    copular_negations: frozenset[str] = frozenset()  # 并非: denies what a description names
    hedges: tuple[str, ...] = ()  # "publicly", 公开: a denial so qualified denies only that
    reporting: frozenset[str] = frozenset()  # say, announce: a denied saying states nothing
    units: dict[str, str] = field(default_factory=dict)  # unit word -> canonical unit
    leading_units: dict[str, str] = field(default_factory=dict)  # a unit said before its
    # number ("magnitude 4.2") -> the unit
    said_units: dict[str, str] = field(default_factory=dict)  # 节 -> knots: a file's Chinese
    unit_holders: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # canonical unit -> (entity kind, fields) that hold what the word names ("parties")
    same_unit: dict[str, tuple[str, ...]] = field(default_factory=dict)  # members: votes
    field_words: dict[str, frozenset[str]] = field(default_factory=dict)  # a file's own
    # fields: the word keys of their names and meanings ("fuel_required": needed)
    measures: dict[str, tuple[str, float]] = field(default_factory=dict)  # feet: length, 0.3048
    focus: frozenset[str] = frozenset()  # "only" that stresses a value (仅持续一周)
    members_follow: frozenset[str] = frozenset()  # "the talks included X": members after
    whole: tuple[
        str, ...
    ] = ()  # "all", 全部: the words of the `all` cue, as a fact's words say them
    partial: tuple[str, ...] = ()  # "some", 一部分: a fact's words that deny "all" of what follows
    deed_manner: tuple[str, ...] = ()  # "completely", 完全: "all" said of a deed
    over_place: frozenset[str] = frozenset()  # "from" in "withdraw from all of Gaza"
    many_counts_zh: frozenset[str] = frozenset()  # 多次 in 多次短暂停火: more than one truce
    whole_deed: tuple[str, ...] = ()  # a fact's words that say a deed was whole ("full")
    list_fields: frozenset[str] = frozenset()  # fields some fact gives as a list (extensions)
    intentions: frozenset[str] = frozenset()  # fields of what was sought, not done (aims)
    sought_fields: tuple[str, ...] = ()  # of those, the ones an actor seeks (aims, demand)
    sought_units: frozenset[str] = frozenset()  # units whose word says what is sought (goal)
    wishes: tuple[str, ...] = ()  # "wants", 敦促: words under which a wish is said, not a deed
    means_zh: frozenset[str] = frozenset()  # 通过 before a noun and a verb: "through"
    already_words: tuple[str, ...] = ()  # "already", 已经: a deed done by a time
    not_yet_words: tuple[str, ...] = ()  # "not yet", 尚未: a deed not done by a time
    stance_fields: dict[str, str] = field(default_factory=dict)  # rejects -> reject
    field_zh: dict[str, str] = field(default_factory=dict)  # owner -> 所有者、船东: meanings
    percent_signs: tuple[str, ...] = ()  # %: after a number, the number is in per cent
    currency_signs: tuple[tuple[str, str], ...] = ()  # $: before a number, it is in dollars
    size_words: frozenset[str] = frozenset()  # had, carried, 载有: words of a group's size
    weekdays: dict[str, int] = field(default_factory=dict)  # sunday, 星期日 -> 6 (Monday 0)
    weekday_names: dict[tuple[int, str], str] = field(default_factory=dict)  # (6, "zh") -> 星期日
    weekday_words: str = ""  # the weekdays' words as one alternation, longest first
    size_cues: frozenset[str] = frozenset()  # total: cues a size may be said with
    delegate_fields: tuple[str, ...] = ()  # negotiators: who sat for each side at an event
    delegate_before: tuple[str, ...] = ()  # "by its", 方面由: before the office a side sent
    delegate_verbs: frozenset[str] = frozenset()  # represented: a side's sitting, said
    restated_joins: frozenset[str] = frozenset()  # and, 和: what joins names a count restates
    restated_before: frozenset[str] = frozenset()  # the, 这: between the names and the count
    restated_counters: frozenset[str] = frozenset()  # 人, 名: after a bare count of names
    restated_units: frozenset[str] = frozenset()  # parties, countries: a count of names in them
    event_verbs: frozenset[str] = frozenset()  # "begin": said only of the event named
    seeks: tuple[str, ...] = ()  # "aimed at", 想促成: words under which a thing is sought, not had
    meant: tuple[str, ...] = ()  # "should have", 本应该: words under which a deed was not done
    modals: tuple[str, ...] = ()  # "would", 应该: a thing said under one is not said to be
    about: tuple[str, ...] = ()  # "talks", 决议: nouns whose topic ("ceasefire talks") is sought
    count_fields: frozenset[str] = frozenset()  # fields that count (released, held, for)
    deed_fields: frozenset[str] = frozenset()  # fields a verb of the lexicon fills (killed)
    synonyms: dict[str, tuple[int, ...]] = field(default_factory=dict)  # word -> group numbers
    synonyms_zh: dict[str, list[str]] = field(default_factory=dict)  # Chinese members by 2 chars
    synonyms_zh_single: frozenset[str] = frozenset()  # Chinese members of one character
    synonyms_en_phrases: dict[str, list[str]] = field(default_factory=dict)  # by first word
    same_event: tuple[str, ...] = ()  # "also", 也: a statement in the event said before
    agreement_nouns: frozenset[str] = frozenset()  # "deal" in "ceasefire deal", 协议
    agreed_things: frozenset[str] = frozenset()  # what those nouns follow: ceasefire, 停火
    agreeing: frozenset[str] = frozenset()  # the predicates that reach them: reach, agree
    irregular: dict[str, str] = field(default_factory=dict)  # sought -> seek
    not_forms: frozenset[str] = frozenset()  # "remains", "founded": words, not forms of others
    derivations: tuple[tuple[str, int], ...] = ()  # ("ly", 5): strongly is compared as strong
    date_fields: frozenset[str] = frozenset()  # date, start, end, month, values.announced …
    field_groups: dict[str, frozenset[int]] = field(default_factory=dict)  # values.X -> groups
    length_fields: frozenset[str] = frozenset()  # values.X that hold a length of time
    within_name: dict[str, str] = field(default_factory=dict)  # outside place -> a name
    short_forms: dict[str, str] = field(default_factory=dict)  # 以: the party 以色列 names
    anaphora: dict[str, frozenset[str]] = field(default_factory=dict)  # "the group", 该国 ->
    # the last words of the `type`s of the actors it may name again
    anaphora_re: re.Pattern[str] | None = None  # finds them in a claim
    anaphora_through: frozenset[str] = frozenset()  # those of the lexicon, which may name
    # the group a person belongs to ("a Hamas spokesman … the group")
    belongs_to: dict[str, tuple[str, ...]] = field(default_factory=dict)  # an actor -> the
    # wholes and groups it also stands for there (its `part_of`, its `affiliation`)
    doer_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # direct: director
    labelled: set[str] = field(default_factory=set)  # facts named by a label (Plan B, T130)
    numbered: tuple[str, ...] = ()  # labels that are a name and its number (apollo 13)
    ordinal_names: tuple[str, ...] = ()  # names with an ordinal in them ("first officer")
    split_verbs: list[tuple[tuple[str, ...], str, str]] = field(default_factory=list)
    zh_keep: tuple[str, ...] = ()  # 地面, 过程: content words with a function character
    office_heads: tuple[str, ...] = ()  # minister: "health minister" is an office
    leading_offices: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # chairman; not deputy
    directions: set[str] = field(default_factory=set)  # north, south: where a place lies
    generic_fields: frozenset[str] = frozenset()  # actor, a time of day: back only said verbs
    # a verb's fields that back it only for someone whose own office leads ("director" by
    # the body a director belongs to, never by a deputy's or a clerk's)
    heads_only: dict[str, frozenset[str]] = field(default_factory=dict)

    def leads(self, office: str) -> bool:
        """Whether an office heads what it is the office of ("chairman", 局长; not "deputy
        chief")."""
        words, nots = self.leading_offices
        said = normalize(office)

        def has(w: str) -> bool:
            return bool(re.search(rf"\b{re.escape(w)}\b", said)) if w.isascii() else w in said

        return any(has(w) for w in words) and not any(has(w) for w in nots)

    def within(self, place: str) -> str | None:
        """The entity an outside place lies in (Doha: Qatar), by that entity's name."""
        name = self.within_name.get(place)
        found = [k for c, k in self.lookup(name) if c == "entity"] if name else []
        kind = self.entity_kind.get(place)
        found.sort(key=lambda k: self.entity_kind.get(k) != kind)  # Qatar the place, first
        return found[0] if found else None

    groups: list[tuple[str, ...]] = field(default_factory=list)
    occasion_before: frozenset[str] = frozenset()  # "the" vote: a verb said as a noun
    occasion_after: tuple[str, ...] = ()  # 表决"中"
    not_doers_en: tuple[str, ...] = ()  # "from" Skiles: whom a thing came from or went to
    deed_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # hold: 人质
    not_doers_zh: tuple[str, ...] = ()  # "从"斯基尔斯手中
    done_to_fields: frozenset[str] = frozenset()  # fields of those a deed is done to (target)
    kin_en: tuple[str, ...] = ()  # "daughter": what follows "the daughter of" is another's
    kin_zh: tuple[str, ...] = ()  # 女儿
    referent_en: frozenset[str] = frozenset()  # "the talks": a noun named again
    referent_zh: tuple[str, ...] = ()  # 该, 上述
    matcher: PhraseMatcher | None = None

    def add(self, phrase: str, cat: str, key: str) -> None:
        norm = normalize(phrase).strip()
        if not norm:
            return
        if len(norm) == 1 and _CJK.match(norm) and cat == "entity":
            return  # 以, 美: one character is too often part of another word
        if cat == "entity" and phrase.isupper() and len(phrase) <= 4:
            self.upper.add(norm)  # US, UN, IDF: not the words us, un
        elif cat == "entity" and phrase.isascii() and phrase.istitle() and " " not in norm:
            self.capital.add(norm)  # Captain From: "from Boston" only where a word means it
        elif cat == "entity" and phrase.isascii() and phrase.islower():
            self.common.add(norm)  # "the carpenter" names him; "a carpenter's adze" no one
        assert isinstance(self.tags, dict)  # a vocabulary being built, not a compiled one
        tags = self.tags.setdefault(norm, [])
        if (cat, key) not in tags:
            tags.append((cat, key))

    def word_key(self, word: str) -> str:
        """How a word is compared: English by the stem of its base form, Chinese as written."""
        word = normalize(word).strip()
        if word in self.not_forms:
            return word  # "remains" of the dead: not "remaining"
        key = _word_key(self.irregular.get(word, word))
        for suffix, rest in self.derivations:  # strongly: strong, closeness: close
            if key.endswith(suffix) and len(key) - len(suffix) >= rest and key.isascii():
                return _word_key(key[: -len(suffix)])
        return key

    def unit(self, word: str) -> str:
        """The name a unit word is known by ("hour": "hours"); an unknown word as it is."""
        return self.units.get(normalize(word).strip(), word)

    def lookup(self, phrase: str) -> list[tuple[str, str]]:
        return self.tags.get(phrase, [])


def _modifiers_of_names(voc: Vocabulary, base: FactBase) -> None:
    """The word before an alias in a longer alias of the same organisation or place ("us" in
    "US Air Force" for "Air Force", 美国 in 美国空军): another name there ("the Israeli Air
    Force", 以色列空军) names something else."""
    found: dict[str, set[str]] = {}
    for fact in base:
        if fact.kind not in ENTITY_KINDS or fact.kind == "person":
            continue  # a person's title or first name before a surname is still the person
        for aliases, space in ((fact.aliases_en, " "), (fact.aliases_zh, "")):
            names = {normalize(a).strip() for a in aliases}
            for short, full in product(names, names):
                if full != short and len(short) >= 2 and full.endswith(space + short):
                    before = full[: -len(short) - len(space)]  # "us air", 美国
                    found.setdefault(short, set()).add(before.split()[-1] if space else before)
    voc.modifiers = {k: frozenset(v) for k, v in found.items()}


def _forms(phrase: str, suffixes: tuple[str, ...]) -> list[str]:
    """A phrase and the inflected forms of its last word (release: releases, released,
    releasing; stop: stopped; try: tried), from the lexicon's suffixes."""
    head, _, last = phrase.rpartition(" ")
    if not last.isalpha() or len(last) < 3:
        return [phrase]
    stems = {last, last[:-1] if last.endswith("e") else last}
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        stems.add(last[:-1] + "i")
    if last[-1] not in "aeiouwxy" and last[-2:-1] in "aeiou" and last[-3:-2] not in "aeiou":
        stems.add(last + last[-1])  # stop -> stopp(ed)
    forms = {phrase}
    dropped = last[:-1] if last.endswith("e") else ""
    for base in stems:
        for suffix in suffixes:
            if base == dropped and suffix in ("s", "d"):
                continue  # die: died, dies, not "did"; rose: roses, not "ross"
            if suffix in ("s", "es", "ed", "d", "ing"):
                forms.add(f"{head} {base}{suffix}".strip())
    return sorted(forms)


def _word_key(word: str) -> str:
    """How a word is compared: English by its stem, Chinese as written."""
    from factcheck.textnorm import stem

    return stem(word) if word.isascii() and " " not in word else word


ORDINAL_WORD = lazy(rf"\b(?:{'|'.join(EN_ORDINALS)})\b")  # "first officer": a name with one
_DOER_MEANING = lazy(r"who ([a-z]{4,})\b")  # a field's meaning that names its doers' verb


def build(base: FactBase) -> Vocabulary:
    """The vocabulary of a fact base: the packaged lexicon, the base's [lexicon] additions,
    and the names of its entities (their aliases)."""
    lex = merge(packaged(), base.lexicon)
    voc = Vocabulary()
    voc.list_fields = frozenset(
        name for fact in base for name, v in fact.values.items() if isinstance(v, tuple)
    )
    voc.count_fields = frozenset(
        name
        for fact in base
        for name, v in fact.values.items()
        if hasattr(v, "unit") or (isinstance(v, int) and not isinstance(v, bool))
    )
    inflections = lex.get("inflections", {})
    voc.irregular = {normalize(a): normalize(b) for a, b in inflections.get("irregular", ())}
    voc.not_forms = frozenset(normalize(w).strip() for w in inflections.get("not_forms", ()))
    voc.derivations = tuple((str(a), int(b)) for a, b in inflections.get("derivations", ()))
    words = lex.get("function_words", {})
    voc.function_en = frozenset(normalize(w) for w in words.get("en", ()))
    voc.function_zh = frozenset("".join(words.get("zh", ())))
    voc.place_chars = frozenset("".join(words.get("zh_places", ())))
    voc.zh_keep = tuple(sorted(words.get("zh_keep", ()), key=len, reverse=True))
    for phrase in (*words.get("phrases", ()), *words.get("zh_words", ())):
        voc.add(phrase, "function", "")
    for phrase in (*lex.get("agents", {}).get("en", ()), *lex.get("agents", {}).get("zh", ())):
        voc.add(phrase, "agent", "")
    same = lex.get("same_event", {})
    voc.same_event = tuple(
        normalize(w).strip() for w in (*same.get("en", ()), *same.get("zh", ()))
    )
    agreements = lex.get("agreements", {})
    voc.agreement_nouns = frozenset(voc.word_key(w) for w in agreements.get("nouns", ()))
    voc.agreed_things = frozenset(voc.word_key(w) for w in agreements.get("after", ()))
    voc.agreeing = frozenset(agreements.get("verbs", ()))
    voc.intentions = frozenset(lex.get("intentions", {}).get("fields", ()))
    voc.sought_fields = tuple(lex.get("intentions", {}).get("sought", ()))
    voc.sought_units = frozenset(lex.get("intentions", {}).get("sought_units", ()))
    voc.wishes = tuple(normalize(w).strip() for w in lex.get("intentions", {}).get("wishes", ()))
    aspects = lex.get("aspects", {})
    voc.already_words = tuple(normalize(w).strip() for w in aspects.get("already", ()))
    voc.not_yet_words = tuple(normalize(w).strip() for w in aspects.get("not_yet", ()))
    voc.event_verbs = frozenset(aspects.get("event_verbs", ()))
    voc.stance_fields = {
        k: v for k, v in lex.get("stance_fields", {}).items() if isinstance(v, str)
    }
    for day, words in lex.get("weekdays", {}).items():
        if day not in WEEK:
            continue
        n = WEEK.index(day)
        for w in words:
            voc.weekdays[normalize(w).strip()] = n
            lang = "en" if w.isascii() else "zh"
            voc.weekday_names.setdefault((n, lang), w.capitalize() if w.isascii() else w)
    voc.weekday_words = "|".join(re.escape(w) for w in sorted(voc.weekdays, key=len, reverse=True))
    sizes = lex.get("sizes", {})
    voc.size_words = frozenset(normalize(w).strip() for w in sizes.get("words", ()))
    voc.size_cues = frozenset(sizes.get("cues", ()))
    sent = lex.get("delegates", {})
    voc.delegate_fields = tuple(sent.get("fields", ()))
    voc.delegate_before = tuple(" ".join(normalize(w).split()) for w in sent.get("before", ()))
    voc.delegate_verbs = frozenset(normalize(w).strip() for w in sent.get("verbs", ()))
    restated = lex.get("restated", {})
    voc.restated_joins = frozenset(normalize(w).strip() for w in restated.get("joins", ()))
    voc.restated_before = frozenset(normalize(w).strip() for w in restated.get("before", ()))
    voc.restated_counters = frozenset(normalize(w).strip() for w in restated.get("counters", ()))
    voc.restated_units = frozenset(restated.get("units", ()))
    voc.seeks = tuple(normalize(w).strip() for w in lex.get("intentions", {}).get("seeks", ()))
    voc.meant = tuple(normalize(w).strip() for w in lex.get("intentions", {}).get("meant", ()))
    voc.modals = tuple(normalize(w).strip() for w in lex.get("intentions", {}).get("modals", ()))
    voc.about = tuple(normalize(w).strip() for w in lex.get("intentions", {}).get("about", ()))
    ages = lex.get("ages", {})
    voc.age_words = tuple(normalize(w).strip() for w in (*ages.get("en", ()), *ages.get("zh", ())))
    voc.age_before = tuple(normalize(w).strip() for w in ages.get("before", ()))
    voc.rank_ahead = tuple(normalize(w).strip() for w in lex.get("ranks", {}).get("ahead", ()))
    voc.relations = {
        name: {
            side: tuple(normalize(w).strip() for w in table.get(side, ()))
            for side in ("of", "over")
        }
        for name, table in lex.get("relations", {}).items()
        if isinstance(table, dict)
    }
    voc.deed_nouns = {
        key: tuple(normalize(w).strip() for w in words if normalize(w).strip())
        for key, words in lex.get("deed_nouns", {}).items()
        if isinstance(words, list)
    }
    voc.done_to_fields = frozenset(lex.get("done_to_fields", {}).get("fields", ()))
    kin = lex.get("kin", {})
    voc.kin_en = tuple(normalize(w).strip() for w in kin.get("en", ()) if w.strip())
    voc.kin_zh = tuple(w.strip() for w in kin.get("zh", ()) if w.strip())
    not_doers = lex.get("not_doers", {})
    voc.not_doers_en = tuple(
        " " + normalize(w).strip() for w in not_doers.get("en", ()) if normalize(w).strip()
    )
    voc.not_doers_zh = tuple(w for w in not_doers.get("zh", ()) if w.strip())
    occasions = lex.get("occasions", {})
    voc.occasion_before = frozenset(normalize(w) for w in occasions.get("en_before", ()))
    voc.occasion_after = tuple(occasions.get("zh_after", ()))
    referents = lex.get("referents", {})
    voc.referent_en = frozenset(normalize(w).strip() for w in referents.get("en", ()))
    voc.referent_zh = tuple(referents.get("zh", ()))
    for name, pieces in lex.get("split_verbs", {}).items():
        for said in pieces:
            first, _, second = (w.strip() for w in said.partition("…"))
            if first and second:
                verbs = _forms(normalize(first), tuple(inflections.get("suffixes", ())))
                voc.split_verbs.append((tuple(verbs), normalize(second), name))
    for number, group in enumerate(lex.get("synonyms", {}).get("groups", ())):
        members = tuple(voc.word_key(w) for w in group)
        voc.groups.append(members)
        for member in members:
            voc.synonyms[member] = (*voc.synonyms.get(member, ()), number)
    for member in voc.synonyms:  # to find them in a fact's Chinese text (profile.finish)
        if member and not member.isascii() and len(member) > 1:
            voc.synonyms_zh.setdefault(member[:2], []).append(member)
    voc.synonyms_zh_single = frozenset(
        m for m in voc.synonyms if m and not m.isascii() and len(m) == 1
    )
    for member in voc.synonyms:  # "came out of": found in a fact's English words likewise
        if member.isascii() and " " in member:
            voc.synonyms_en_phrases.setdefault(member.split()[0], []).append(member)
    suffixes = tuple(inflections.get("suffixes", ()))
    for name, entry in lex.get("predicates", {}).items():
        for phrase in entry.get("zh", ()):
            voc.add(phrase, "predicate", name)
        for phrase in entry.get("en", ()):
            for form in _forms(phrase, suffixes):
                if form == phrase or form not in voc.not_forms:
                    voc.add(form, "predicate", name)
        others = entry.get("opposite", [])
        for other in [others] if isinstance(others, str) else others:
            voc.opposite.setdefault(name, set()).add(other)
            voc.opposite.setdefault(other, set()).add(name)
        if entry.get("en"):  # how a correction says the relation: its first English word
            voc.word_for.setdefault(name, entry["en"][0])
        if entry.get("zh"):  # and, to a Chinese claim, its first Chinese one
            voc.word_for_zh.setdefault(name, entry["zh"][0])
        for other in entry.get("also", []):
            voc.also.setdefault(name, set()).add(other)
            voc.also.setdefault(other, set()).add(name)
        for weaker in entry.get("implies", []):
            voc.implied_by.setdefault(weaker, set()).add(name)
        others = entry.get("excludes", [])
        for other in [others] if isinstance(others, str) else others:
            voc.excludes.setdefault(name, set()).add(other)
            voc.excludes.setdefault(other, set()).add(name)
        if entry.get("quality"):
            voc.quality.add(name)
        if entry.get("direction"):
            voc.directions.add(name)
        if entry.get("done"):
            voc.done.add(name)
        if entry.get("knowing"):
            voc.knowing.add(name)
        if entry.get("said"):
            voc.said.add(name)
        if entry.get("mutual"):
            voc.mutual.add(name)
        if entry.get("any_deed"):
            voc.any_deed.add(name)
        if entry.get("manner"):
            voc.manner.add(name)
        voc.prevents |= {normalize(w).strip() for w in entry.get("prevents", ())}
        voc.out_of |= {normalize(w).strip() for w in entry.get("out_of", ())}
        if entry.get("dated") or (
            entry.get("fields") and all(f in DAY_FIELDS for f in entry["fields"])
        ):
            voc.dated.add(name)
        voc.focus |= {normalize(w).strip() for w in entry.get("focus", ())}
        if entry.get("fields"):
            voc.fields_of[name] = tuple(entry["fields"])
        if entry.get("heads_only"):
            voc.heads_only[name] = frozenset(entry["heads_only"])
        if entry.get("done_to"):
            voc.done_to[name] = frozenset(entry["done_to"])
        if entry.get("not_by_role"):
            roles = {normalize(w).strip() for w in entry["not_by_role"]}
            voc.not_by_role[name] = voc.not_by_role.get(name, frozenset()) | roles
    for stronger in voc.implied_by.values():  # collapse -> fail -> stall: all of it
        todo = list(stronger)
        while todo:
            todo += [s for s in voc.implied_by.get(todo.pop(), ()) if s not in stronger]
            stronger |= set(todo)
    voc.deed_fields = frozenset(f for fields in voc.fields_of.values() for f in fields)
    filled = [f for fields in voc.fields_of.values() for f in set(fields) - set(DAY_FIELDS)]
    voc.shared = frozenset(f for f in filled if filled.count(f) > 1)
    for unit, entry in lex.get("units", {}).items():
        for phrase in (*entry.get("en", ()), *entry.get("zh", ())):
            voc.add(phrase, "unit", unit)
            voc.units[normalize(phrase)] = unit
        voc.units[unit] = unit
        if entry.get("leads"):  # "magnitude 4.2", 里氏4.2级: the word before its number
            for phrase in (*entry.get("en", ()), *entry.get("zh", ())):
                voc.leading_units[normalize(phrase).strip()] = unit
        if entry.get("same_as"):
            voc.same_unit[unit] = tuple(entry["same_as"])
        if entry.get("measure") and isinstance(entry.get("size"), (int, float)):
            voc.measures[unit] = (str(entry["measure"]), float(entry["size"]))
        if entry.get("kind") or entry.get("fields"):
            voc.unit_holders[unit] = (entry.get("kind", ""), tuple(entry.get("fields", ())))
    own_units = base.lexicon.get("units", {})
    assert isinstance(voc.tags, dict)  # a vocabulary being built
    for unit, entry in own_units.items() if isinstance(own_units, dict) else ():
        for phrase in (*entry.get("en", ()), *entry.get("zh", ())):  # 吨 as the file's short
            tags = voc.tags.get(normalize(phrase).strip(), [])  # ton, not the packaged tonne:
            units = [i for i, t in enumerate(tags) if t[0] == "unit"]  # the file's own unit
            if len(units) > 1 and ("unit", unit) in tags:  # before another of the same word
                at = tags.index(("unit", unit))
                tags[units[0]], tags[at] = tags[at], tags[units[0]]
    voc.nationality_fields = tuple(lex.get("nationality_fields", {}).get("names", ()))
    voc.counted_nationality_fields = tuple(lex.get("nationality_fields", {}).get("of_counted", ()))
    voc.settlements = frozenset(lex.get("places", {}).get("settlements", ()))
    for period, said in lex.get("rates", {}).items():
        voc.rates.update((normalize(w).strip(), period) for w in said)
    voc.planned = frozenset(normalize(w).strip() for w in lex.get("times", {}).get("planned", ()))
    voc.zones = {
        zone: tuple(normalize(w).strip() for w in words)
        for zone, words in lex.get("times", {}).get("zones", {}).items()
    }
    opposites: dict[str, set[str]] = {}
    for pair in lex.get("antonyms", {}).get("pairs", ()):
        words = [normalize(w).strip() for w in pair]
        for w in words:
            opposites.setdefault(w, set()).update(o for o in words if o != w)
    voc.antonyms = {w: frozenset(o) for w, o in opposites.items()}
    voc.particles = {
        w: other
        for pair in lex.get("antonyms", {}).get("particles", ())
        if len(pair) == 2
        for w, other in (pair, pair[::-1])
    }
    voc.control = frozenset(
        normalize(w).strip() for w in lex.get("control_verbs", {}).get("en", ())
    )
    light = lex.get("light_verbs", {})
    voc.light = frozenset(normalize(w).strip() for w in light.get("en", ()))
    voc.light_zh = frozenset(normalize(w).strip() for w in light.get("zh", ()))
    voc.means_zh = frozenset(normalize(w).strip() for w in light.get("means_zh", ()))
    voc.unrealised = tuple(
        normalize(w).strip()
        for w in (*light.get("unrealised_en", ()), *light.get("unrealised_zh", ()))
    )
    voc.over_more = frozenset(lex.get("numbers", {}).get("over_means_more_after", ()))
    voc.not_modifiers = frozenset(lex.get("numbers", {}).get("not_modifiers", ()))
    quals = lex.get("rank_qualifiers", {})
    voc.rank_words = tuple(
        normalize(w).strip() for w in (*quals.get("en", ()), *quals.get("zh", ()))
    )
    voc.generic_counters = frozenset(lex.get("numbers", {}).get("generic_counters", ()))
    voc.percent_signs = tuple(lex.get("numbers", {}).get("percent_signs", ()))
    voc.currency_signs = tuple(
        (str(sign), str(unit)) for sign, unit in lex.get("numbers", {}).get("currency_signs", ())
    )
    voc.measure_words = frozenset(lex.get("numbers", {}).get("measure_words_zh", ()))
    voc.counters = tuple(
        sorted(
            {
                *lex.get("numbers", {}).get("measure_words_zh", ()),
                *(w for w in voc.units if _CJK.match(w) and w[0] not in CN_CHARS),
            },
            key=len,
            reverse=True,
        )
    )
    voc.duration_days = {k: float(v) for k, v in lex.get("durations", {}).items()}
    voc.clock_minutes = {k: float(v) for k, v in lex.get("clock", {}).items()}
    for office, entry in lex.get("offices", {}).items():
        for phrase in (*entry.get("en", ()), *entry.get("zh", ())):
            voc.add(phrase, "office", office)
            voc.office_words[normalize(phrase).strip()] = office
    voc.office_heads = tuple(normalize(w) for w in lex.get("office_heads", {}).get("en", ()))
    leading = lex.get("leading_offices", {})
    voc.leading_offices = (
        tuple(normalize(w) for w in (*leading.get("en", ()), *leading.get("zh", ()))),
        tuple(normalize(w) for w in leading.get("not", ())),
    )
    for fact in base:  # a person's office the lexicon does not know ("minister of mining")
        if fact.kind == "person":
            value = fact.values.get("office")
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, str):
                    _own_office(voc, normalize(item).strip())
    for camp, entry in lex.get("camps", {}).items():
        for phrase in (*entry.get("en", ()), *entry.get("zh", ())):
            voc.add(phrase, "camp", camp)
    for cue, entry in lex.get("cues", {}).items():
        for phrase in (*entry.get("en", ()), *entry.get("zh", ())):
            voc.add(phrase, "cue", cue)
        voc.look_back |= {normalize(w).strip() for w in entry.get("look_back", ())}
        voc.firsts |= {normalize(w).strip() for w in entry.get("first_side", ())}
        if cue == "toward":
            voc.toward = frozenset(normalize(w).strip() for w in entry.get("verbs", ()))
            voc.stances = frozenset(entry.get("stances", ()))
            voc.toward_between = frozenset(normalize(w).strip() for w in entry.get("between", ()))
            continue
        voc.compare_verbs |= {normalize(w).strip() for w in entry.get("compares", ())}
        voc.represents |= {normalize(w).strip() for w in entry.get("between", ())}
        voc.represents |= {normalize(w).strip() for w in entry.get("verbs", ())}
        voc.cue_words_zh |= {normalize(w).strip() for w in entry.get("not_in_zh", ())}
        if cue == "times":
            voc.times_more = frozenset(normalize(w).strip() for w in entry.get("more_than", ()))
        if cue == "negation":
            voc.not_before = tuple(entry.get("zh_not_before", ()))
            voc.not_denials = tuple(entry.get("zh_words", ()))
            voc.not_after = tuple(entry.get("zh_not_after", ()))
            voc.subject_negations = frozenset(
                normalize(w).strip() for w in entry.get("subject", ())
            )
            voc.subject_not_before = tuple(entry.get("subject_not_before", ()))
            voc.copular_negations = frozenset(
                normalize(w).strip() for w in entry.get("copular", ())
            )
            voc.hedges = tuple(normalize(w).strip() for w in entry.get("hedges", ()))
            voc.reporting = frozenset(entry.get("reporting", ()))
            voc.not_yet = frozenset(normalize(w).strip() for w in entry.get("not_yet", ()))
        if cue == "gap":
            for name in ("span_from", "span_to"):  # longest first: 直到 before 到
                words = {normalize(w).strip() for w in entry.get(name, ())}
                setattr(voc, name, tuple(sorted(words, key=lambda w: (-len(w), w))))
        if cue == "among":
            voc.members_follow = frozenset(normalize(w) for w in entry.get("members_follow", ()))
        if cue == "many":
            voc.many_counts_zh = frozenset(entry.get("counts_zh", ()))
        if cue == "all":
            voc.partial = tuple(normalize(w).strip() for w in entry.get("partial", ()))
            voc.deed_manner = tuple(normalize(w).strip() for w in entry.get("manner", ()))
            voc.over_place = frozenset(normalize(w).strip() for w in entry.get("over_place", ()))
            voc.whole_deed = tuple(normalize(w).strip() for w in entry.get("whole_deed", ()))
            voc.whole = tuple(
                normalize(w).strip() for w in (*entry.get("en", ()), *entry.get("zh", ()))
            )
    for key, entry in lex.get("outside", {}).items():
        ext = "outside-" + key
        voc.entity_kind[ext] = entry.get("kind", "party")
        voc.entity_type[ext] = entry.get("type", "")
        for phrase in (*entry.get("en", ()), *entry.get("zh", ())):
            voc.add(phrase, "entity", ext)
        if isinstance(entry.get("within"), str):
            voc.within_name[ext] = normalize(entry["within"]).strip()
    for fact in base:  # the units the base's quantities count are units too ("astronauts")
        for value in fact.values.values():
            for item in value if isinstance(value, tuple) else (value,):
                unit = getattr(item, "unit", None)
                if isinstance(unit, str) and unit.strip():
                    word = normalize(unit).strip()
                    canonical = voc.units.get(word, word)
                    for form in {word, word[:-1] if word.endswith("s") else word}:
                        voc.add(form, "unit", canonical)
                        voc.units.setdefault(form, canonical)
                    _said_units(voc, fact.text.zh, fact.aliases_zh, item, canonical)
    for fact in base:
        if fact.kind in ENTITY_KINDS:
            voc.entity_kind[fact.id] = fact.kind
            kind = fact.values.get("type")
            voc.entity_type[fact.id] = kind if isinstance(kind, str) else ""
            for alias in (*fact.aliases_en, *fact.aliases_zh):
                voc.add(alias, "entity", fact.id)
                said = normalize(alias).strip()
                of = _ROLE_OF.fullmatch(said)
                if of and fact.kind == "person" and len(said.split()) <= 7:  # "chief of staff of
                    # the Northern Fleet" is "the Northern Fleet's chief of staff"
                    voc.add(f"{of.group(2)}'s {of.group(1)}", "entity", fact.id)
                if " " in said and ORDINAL_WORD.search(said) and said not in voc.ordinal_names:
                    voc.ordinal_names += (said,)  # "first officer" names him, it counts none
    _modifiers_of_names(voc, base)
    _anaphora(voc, lex.get("anaphora", {}))
    through = [f for f in lex.get("anaphora", {}).get("through", ()) if isinstance(f, str)]
    for fact in base:
        if fact.kind in ENTITY_KINDS:
            stands = [fact.part_of, *(fact.values.get(f) for f in through)]
            voc.belongs_to[fact.id] = tuple(x for x in stands if isinstance(x, str) and x)
    for char, name in lex.get("short_forms", {}).get("zh", {}).items():
        named = {k for c, k in voc.lookup(normalize(name).strip()) if c == "entity"}
        if len(char) == 1 and len(named) == 1:  # a name the base knows, as one party
            voc.short_forms[char] = next(iter(named))
    owners: dict[str, set[str]] = {}
    numbered: set[str] = set()
    for fact in base:  # "Plan B", "RIG-421", "Saturn V": a label names one fact, as a name does
        if fact.kind not in ENTITY_KINDS:
            for alias in (*fact.aliases_en, *fact.aliases_zh):
                said = normalize(alias).strip()
                name = (
                    NAME_NUMBER.fullmatch(alias.strip()) is not None
                    or _ZH_NAME_NUMBER.fullmatch(said) is not None
                    or (fact.kind == "event" and _ZH_NUMBER_NAME.fullmatch(said) is not None)
                )  # Apollo 13, 巨人4号, 1549号航班 (a flight; not 2735号决议, a text's number)
                if name or (len(LABEL.findall(alias)) == 1 and len(alias.split()) <= 3):
                    owners.setdefault(normalize(alias).strip(), set()).add(fact.id)
                if name:
                    numbered.add(normalize(alias).strip())
    for fact in base:  # 阿波罗13号: an entity's Chinese name with its number, read before numbers
        for alias in fact.aliases_zh if fact.kind in ENTITY_KINDS else ():
            said = normalize(alias).strip()
            ids = {k for c, k in voc.lookup(said) if c == "entity"}
            if _ZH_NAME_NUMBER.fullmatch(said) and len(ids) == 1 and said not in voc.numbered:
                voc.numbered += (said,)
    for alias, ids in owners.items():
        if len(ids) == 1 and not voc.lookup(alias):
            voc.add(alias, "entity", next(iter(ids)))
            voc.labelled.add(next(iter(ids)))
            if alias in numbered:
                voc.numbered += (alias,)
    from factcheck.schema import standard_fields

    specs = {**standard_fields(), **base.fields}  # the format's fields and the files' own
    voc.generic_fields = frozenset(
        [
            *lex.get("generic_fields", {}).get("names", ()),
            *(n for n, spec in specs.items() if spec.type == "time"),
        ]
    )
    typed = {f"values.{n}" for n, spec in specs.items() if spec.type == "date"}
    voc.where_fields = frozenset(n for n, spec in specs.items() if spec.group == "where")
    voc.text_lists = frozenset(n for n, spec in specs.items() if spec.type == "texts")
    voc.ref_lists = frozenset(n for n, spec in specs.items() if spec.type == "refs")
    voc.date_fields = frozenset({*DAY_FIELDS, *typed})
    voc.length_fields = frozenset(
        f"values.{name}" for fact in base for name, value in fact.values.items()
        for item in (value if isinstance(value, tuple) else (value,))
        if getattr(item, "unit", None) in voc.duration_days
    )  # fmt: skip
    voc.field_zh = {name: spec.zh for name, spec in specs.items()}  # a role's Chinese name
    for name, spec in specs.items():  # what each field's meaning says, as synonym groups
        voc.field_groups[f"values.{name}"] = _groups_in(voc, spec.en, spec.zh)
    for name, spec in base.fields.items():  # and a file's own field's, word by word
        voc.field_words[f"values.{name}"] = frozenset(
            [
                *(
                    voc.word_key(w)
                    for w in re.findall(
                        r"[a-z]{3,}", f"{name.replace('_', ' ')} {spec.en}".lower()
                    )
                    if w not in voc.function_en
                ),
                *([normalize(spec.zh).strip()] if 2 <= len(spec.zh.strip()) <= 6 else []),
            ]
        )  # and its Chinese name whole (额定电压), found inside a claim's word
    for name, spec in base.fields.items():  # a file's own "director": "who directed the film"
        if spec.type not in ("ref", "refs"):
            continue
        said = _DOER_MEANING.match(normalize(spec.en).strip())
        zh = normalize(spec.zh).strip()  # 迎接者: those who 迎接
        words = (
            [voc.word_key(said.group(1))] if said and said.group(1) not in voc.function_en else []
        )
        words += [zh[:-1]] if len(zh) in (3, 4) and zh.endswith("者") else []
        for word in words:
            voc.doer_words[word] = (*voc.doer_words.get(word, ()), name)
    voc.from_previous = tuple(
        normalize(w).strip() for w in lex.get("elapsed", {}).get("from_previous", ())
    )
    cleft = lex.get("cleft", {})
    voc.cleft_heads = tuple(cleft.get("heads", ()))
    voc.cleft_adverbs = tuple(cleft.get("adverbs", ()))
    objects = lex.get("objects", {})
    opening = tuple(normalize(w).strip() + " " for w in objects.get("en", ()))
    voc.object_fields = frozenset(
        name for name, spec in specs.items() if spec.type in ("ref", "refs") and (
            (normalize(spec.en).strip() + " ").startswith(opening)
            or spec.zh.startswith(tuple(objects.get("zh", ())))
        )
    )  # fmt: skip
    order = {c: lex.get("cues", {}).get(c, {}).get("en", ()) for c in ("after", "before")}
    for name, spec in specs.items():  # "how long after launch it happened": after launch
        if spec.type != "quantity":
            continue
        meaning = " " + normalize(spec.en).strip() + " "
        for word in voc.from_previous:
            meaning = meaning.replace(f" {word} ", " ")
        said = [
            c
            for c, words in order.items()
            if any(f" {normalize(w).strip()} " in meaning for w in words)
        ]
        direction = said[0] if len(said) == 1 else ""
        voc.elapsed[f"values.{name}"] = (direction, f"{normalize(spec.en).strip()} {spec.zh}")
    past: dict[str, list[str]] = {}  # give -> gave, given: the irregular forms of a verb
    for form, verb in voc.irregular.items():
        past.setdefault(verb, []).append(form)
    for group in voc.groups:  # "in return", "hand over": one word of their group, where
        for member in group:  # no other reader takes the phrase ("return" alone is another)
            if (
                " " in member
                and member.isascii()
                and not voc.tags.get(member)
                and not any(w in group for w in member.split())  # "port side": "port" says it
                and not all(w in voc.function_en for w in member.split())  # "on and off"
                and not any(w in voc.antonyms for w in member.split())  # "port side"
            ):
                first, rest = member.split(" ", 1)  # "gave back", "giving back" too
                for form in {*_forms(first, suffixes), *past.get(first, ())}:
                    if not voc.tags.get(f"{form} {rest}"):
                        voc.add(f"{form} {rest}", "term", member)
    voc.matcher = PhraseMatcher.of(voc.tags)
    return voc


def office_key(phrase: str) -> str:
    """One name for an office said two ways: "minister of mining" is "mining minister"."""
    head, of, rest = phrase.partition(" of ")
    return f"{rest} {head}" if of and " " not in head and " " not in rest else phrase


def _said_units(
    voc: Vocabulary, text: str, aliases: tuple[str, ...], item: object, unit: str
) -> None:
    """The Chinese word a fact's own words put right after one of its typed quantities
    (地速仅107节 of 107 knots): that word says the unit after a number in a claim too."""
    value = getattr(item, "value", None)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return
    forms = {f"{value:,}", str(value)} if float(value).is_integer() else {str(value)}
    forms = {f.removesuffix(".0") for f in forms}
    for said in (text, *aliases):
        norm = normalize(said)
        for form in forms:
            for m in re.finditer(rf"(?<![\d,.]){re.escape(form)}(?![\d,])", norm):
                run = _CJK_RUN.match(norm, m.end())
                word = run.group() if run else ""  # the whole run: 地速仅107节；
                if (
                    1 <= len(word) <= 2  # 107节；: a word of its own, not 216名乘客
                    and word[0] not in voc.generic_counters
                    and not any(word[:i] in voc.units for i in range(1, len(word) + 1))
                    and word not in voc.measures  # 秒后, 小时: a unit known already
                ):
                    voc.said_units.setdefault(word, unit)


def _own_office(voc: Vocabulary, value: str) -> None:
    """A person's office of two to four words that no office of the lexicon names."""
    words = value.split()
    if not 2 <= len(words) <= 4 or any(o in value for o in voc.office_words):
        return
    key = office_key(value)  # "mining minister", whichever way the fact says it
    forms = {value, key}
    if len(key.split()) == 2:  # and "minister of mining"
        forms.add("{1} of {0}".format(*key.split()))
    for form in forms:
        voc.add(form, "office", key)
        voc.office_words[form] = key


def _groups_in(voc: Vocabulary, en: str, zh: str) -> frozenset[int]:
    """The synonym groups a field's description names ("how long it was first set to last",
    最初约定的时长: the group of first, initially, 最初)."""
    found = {
        g for w in re.findall(r"[a-z]+", en.lower()) for g in voc.synonyms.get(voc.word_key(w), ())
    }
    found |= {
        g for member, groups in voc.synonyms.items()
        if member and not member.isascii() and member in zh for g in groups
    }  # fmt: skip
    return frozenset(found)


_WORD = lazy(r"[a-z0-9]+")


def fact_words(voc: Vocabulary, fact: Fact) -> frozenset[str]:
    """The word keys of a fact's English words and aliases, whatever part they make."""
    text = normalize(" ".join((fact.text.en, *fact.aliases_en)))
    return frozenset(voc.word_key(w) for w in _WORD.findall(text))


def type_head(voc: Vocabulary, entity: str) -> str:
    """The last word of an actor's `type` ("oil company": company), or ""."""
    words = normalize(voc.entity_type.get(entity, "")).split()
    return words[-1] if words and words[-1].isascii() else ""


def _anaphora(voc: Vocabulary, table: Mapping[str, object]) -> None:
    """The nouns that name again an actor named before them: the last word of each actor's
    `type` ("the airline"), and the lexicon's own ("the group" for a movement, 该国)."""
    found: dict[str, set[str]] = {}
    for entity in voc.entity_type:
        head = type_head(voc, entity)
        if head:
            found.setdefault(head, set()).add(head)
    for lang in ("en", "zh"):
        words: Mapping[str, list[str]] = table.get(lang, {})  # type: ignore[assignment]
        for word, heads in words.items():
            if not isinstance(heads, list):
                continue  # `validate` says what it must be
            found.setdefault(normalize(word).strip(), set()).update(
                normalize(h) for h in heads if isinstance(h, str)
            )
            voc.anaphora_through |= {normalize(word).strip()}
    voc.anaphora = {w: frozenset(h) for w, h in found.items()}
    en = sorted((w for w in found if w.isascii()), key=len, reverse=True)
    zh = sorted((w for w in found if not w.isascii()), key=len, reverse=True)
    said = [rf"\bthe (?P<en>{'|'.join(map(re.escape, en))})\b"] if en else []
    said += [f"(?P<zh>{'|'.join(map(re.escape, zh))})"] if zh else []
    voc.anaphora_re = re.compile("|".join(said)) if said else None
