"""What makes a generated question fair: rules every question passes before it is asked.

Each rule looks at one way a question can fail a teacher's review: a blank that cuts a word
or a name apart, an answer the prompt gives away (written elsewhere in it, in another form,
by arithmetic on its other numbers, or by grammar), and options that repeat what the
sentence already says. A rule returns the reason it rejects, or None. `problems` runs them
all. The claim checker's part (a false statement must be refuted) is in `quiz.vet`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.dates import DateMention, find_dates
from factcheck.facts import Fact, FactBase, Lang
from factcheck.numbers import find_numbers
from factcheck.textnorm import normalize

JOINERS = "·‧・-‐–'’"  # inside a name: "本·格维尔", "Ben-Gvir"


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    import tomli

    return tomli.loads(Path(__file__).with_name("data").joinpath("fair.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def on_request() -> tuple[frozenset[str], frozenset[str]]:
    """The kinds and tags of facts a quiz asks only when they are asked for."""
    table = _vocabulary()["on_request"]
    return frozenset(table["kinds"]), frozenset(table["tags"])


def reports(text: str, lang: Lang) -> bool:
    """Whether a text frames itself as what the article reports ("文章称，……", "According
    to the article, …"), which makes no title of an event (`data/fair.toml`)."""
    lowered = normalize(text).lower()
    return any(w in lowered for w in _vocabulary()["reports"][lang])


@lru_cache(maxsize=1)
def view_kinds() -> frozenset[str]:
    """The kinds of fact that are a view, never made a true/false statement (`data/fair.toml`)."""
    return frozenset(_vocabulary()["views"]["kinds"])


@lru_cache(maxsize=1)
def tally_fields() -> frozenset[str]:
    """The fields that count a vote's parts (`data/fair.toml`)."""
    return frozenset(_vocabulary()["tally"]["fields"])


def leans_on_context(text: str, lang: Lang) -> str | None:
    """A text that begins by pointing back ("Therefore …", "此外…") needs the sentence
    before it (`data/fair.toml` lists the words)."""
    words = _vocabulary()["leans_on_context"][lang]
    start = text.strip().lower()
    for word in words:
        if start.startswith(word) and (
            lang == "zh" or not start[len(word) : len(word) + 1].isalpha()
        ):
            return "the text leans on the sentence before it"
    return None


@lru_cache(maxsize=2)
def _pointing_back(lang: Lang) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The set phrases to leave out, and one pattern for the words that point back."""
    words = _vocabulary()["refers_back"][lang]
    if lang == "zh":
        pattern = "|".join(re.escape(w) for w in words)
    else:  # whole words, where a phrase begins with a letter ("'s other" need not)
        pattern = "|".join(
            (rf"\b{re.escape(w)}" if w[0].isalpha() else re.escape(w)) + r"\b" for w in words
        )
    return tuple(_vocabulary()["refers_back_not"][lang]), re.compile(pattern)


def refers_back(text: str, lang: Lang) -> str | None:
    """A text that points back to something it never names ("the other aim", "另一目标"),
    anywhere in it (`data/fair.toml` lists the words)."""
    phrases, pattern = _pointing_back(lang)
    lowered = text.lower()
    for phrase in phrases:
        lowered = lowered.replace(phrase, " ")
    return (
        "the text refers back to something it does not name" if pattern.search(lowered) else None
    )


def _wordish(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def cut_apart(text: str, start: int, end: int) -> str | None:
    """The blank must replace a whole value: not part of a word or a name, no space."""
    inner = text[start:end]
    if not inner or inner != inner.strip():
        return "the blank takes a space with it"
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if (before and _wordish(before) and _wordish(inner[0])) or (
        after and _wordish(after) and _wordish(inner[-1])
    ):
        return "the blank cuts a word apart"
    if (before and before in JOINERS) or (after and after in JOINERS):
        return "the blank cuts a name apart"
    return None


@lru_cache(maxsize=8192)  # a quiz asks of the same few hundred texts again and again
def _norm(text: str) -> str:
    return normalize(text)


@lru_cache(maxsize=8192)
def _numbers_of(text: str) -> tuple[float, ...]:
    return tuple(float(n.value) for n in find_numbers(_norm(text), loose=True))


def _numbers(text: str) -> list[float]:
    return list(_numbers_of(text))


@lru_cache(maxsize=8192)
def _dates_of(text: str) -> tuple[DateMention, ...]:
    return tuple(find_dates(_norm(text)))


def derivable(prompt: str, value: float) -> str | None:
    """A number the prompt states, or gives by one sum or difference of its other numbers
    (hours of the day counted on a 12-hour clock too): "4 + ____ + 1 = 8"."""
    numbers = _numbers(prompt)
    if value in numbers:
        return "the prompt states the answer"
    shifted = [n + 12 for n in numbers if 0 < n <= 12]
    for a, b in itertools.permutations(numbers + shifted, 2):
        if a - b == value:
            return "the answer follows from the prompt's numbers"
    for size in range(2, min(len(numbers), 4) + 1):  # "four, plus three, plus one": 8
        for group in itertools.combinations(numbers, size):
            if sum(group) == value or max(group) - (sum(group) - max(group)) == value:
                return "the answer follows from the prompt's numbers"
    return None


def date_given(prompt: str, day: dt.date) -> str | None:
    """The prompt names the answer's day in another form ("____ (10月31日)"), or the day
    next to it ("counting from the day before, 15 June")."""
    for mention in find_dates(normalize(prompt)):
        if not (mention.day and mention.month):
            continue
        for shift in (0, -1, 1):
            if mention.matches(day + dt.timedelta(days=shift)):
                return (
                    "the prompt states the answer's date"
                    if shift == 0
                    else ("the prompt gives the day next to the answer")
                )
    return None


_LIST_SEP = re.compile(r"、|，|,|;|；|\band\b|\bor\b|和|与|及|以及")
_SEGMENT = re.compile(r"[:：。.()（）]")


def counted_in(prompt: str, value: float) -> str | None:
    """A count the prompt lists item by item: "the three aims: A, B and C" asks for 3."""
    if not 2 <= value <= 8 or value != int(value):
        return None
    for segment in _SEGMENT.split(prompt):
        items = [x for x in _LIST_SEP.split(segment) if x.strip()]
        if len(items) == value and all(len(x.strip()) <= 60 for x in items):
            return "the prompt lists what it counts"
    return None


@lru_cache(maxsize=4)
def _actors(base: FactBase) -> tuple[Fact, ...]:
    """The base's parties, people and places, found once per base."""
    return tuple(f for f in base if f.kind in ("party", "person", "place"))


def names_counted(base: FactBase, prompt: str, value: float, lang: Lang) -> str | None:
    """A count of the actors the prompt itself names ("talks between Israel and the US,
    Egypt and Qatar: ____ parties" asks for 4)."""
    if not 2 <= value <= 8 or value != int(value):
        return None
    said: dict[str, set[str]] = {}  # entity -> the names of it the prompt holds
    for fact in _actors(base):
        found = {normalize(a) for a in fact.aliases(lang) if names_in(prompt, [a])}
        if found:
            said[fact.id] = found
    groups: list[set[str]] = []  # one actor: entities that share a name (Egypt, the state
    parent = {e: (f.part_of if (f := base.get(e)) is not None else None) for e in said}
    for entity, names in said.items():  # and the place) or one is part of the other
        joined = [
            g for g in groups
            if any(said[e] & names or parent[entity] == e or parent[e] == entity for e in g)
        ]  # fmt: skip
        groups = [g for g in groups if g not in joined] + [{entity}.union(*joined)]
    actors = [
        g for g in groups if any((f := base.get(e)) is not None and f.kind != "place" for e in g)
    ]
    counted = value in (len(groups), len(actors))  # "在巴黎…四方": the place is not counted
    return "the prompt names what it counts" if counted else None


def disputed(fact: Fact, field: str) -> str | None:
    """A value other reporting gives otherwise (an `also_reported` note on its field) is
    no fair thing to test: the learner may know the other figure."""
    if any(
        n.kind == "also_reported" and n.field in (field, f"values.{field}") for n in fact.notes
    ):
        return "other reporting gives another value"
    return None


def states_disputed(fact: Fact, text: str) -> str | None:
    """A prompt that states, as settled, a value of its fact that other reporting gives
    otherwise ("the Paris talks on 29 January", which others date the 28th), even when the
    blank is elsewhere."""
    norm = normalize(text)
    for note in fact.notes:
        if note.kind != "also_reported" or not note.field:
            continue
        name = note.field.removeprefix("values.")
        value = getattr(fact, name, None) if name in ("date", "start", "end") else None
        if isinstance(value, dt.date):
            if any(m.day and m.month and m.matches(value) for m in find_dates(norm)):
                return "the prompt states a value other reporting disputes"
            continue
        held = fact.values.get(name)
        for item in held if isinstance(held, tuple) else (held,):
            number = getattr(item, "value", item)
            if isinstance(number, bool) or not isinstance(number, (int, float)):
                continue
            if float(number) in _numbers(norm):
                return "the prompt states a value other reporting disputes"
    return None


def overlapping(base: FactBase, answer: str, other: str) -> bool:
    """Whether a wrong entity may not be wrong: one contains the other (a region and a place
    in it), or they are bodies of the same whole (a government and its cabinet). Places are
    compared with places at their own level: both with the same parent, or both without."""

    def chain(entity: str) -> list[str]:
        out: list[str] = []
        fact = base.get(entity)
        while fact is not None and fact.part_of and len(out) < 5:
            out.append(fact.part_of)
            fact = base.get(fact.part_of)
        return out

    up_a, up_o = chain(answer), chain(other)
    if answer in up_o or other in up_a:
        return True
    fact = base.get(answer)
    parent_a = up_a[0] if up_a else None
    parent_o = up_o[0] if up_o else None
    if fact is not None and fact.kind == "place":
        return parent_a != parent_o
    return parent_a is not None and parent_a == parent_o


def names_in(prompt: str, names: Iterable[str]) -> bool:
    """Whether the prompt holds any of these names (whole words for Latin ones)."""
    text = _norm(prompt)
    for name in names:
        key = _norm(name).strip()
        if len(key) < 2:
            continue
        at = text.find(key)
        while at >= 0:
            end = at + len(key)
            before = text[at - 1] if at > 0 else " "
            after = text[end] if end < len(text) else " "
            if not (_wordish(key[0]) and _wordish(before)) and not (
                _wordish(key[-1]) and _wordish(after)
            ):
                return True
            at = text.find(key, at + 1)
    return False


def mentions(base: FactBase, text: str, kind: str, value: str) -> bool:
    """Whether a text states a question's value: the number, the day, or a name of the
    entity (`kind` and `value` as in `Question.tested`)."""
    if kind == "number":
        return float(value) in _numbers(text)
    if kind == "date":
        day = dt.date.fromisoformat(value)
        return any(m.day and m.month and m.matches(day) for m in _dates_of(text))
    if kind in ("entity", "part"):  # an actor, or a member of a series ("round five")
        return names_in(text, aliases(base, value))
    return False


def sides(base: FactBase, entity: str) -> set[str]:
    """The wholes a person belongs to: the top of the `part_of` chain of every entity their
    own fact names (Gantz: Israel, by his party and his country)."""
    fact = base.get(entity)
    if fact is None:
        return set()
    out: set[str] = set()
    for value in fact.values.values():
        for ref in value if isinstance(value, tuple) else (value,):
            if isinstance(ref, str) and base.get(ref) is not None:
                top = ref
                while (parent := base.get(top)) is not None and parent.part_of:
                    top = parent.part_of
                out.add(top)
    return out


def aliases(base: FactBase, entity: str) -> list[str]:
    """Every name of an entity in both languages, its id's words too."""
    fact = base.get(entity)
    if fact is None:
        return [entity]
    return [*fact.aliases_en, *fact.aliases_zh]


def grammar_gives(value: float, lang: Lang) -> str | None:
    """In English a count of one is given away by the singular noun after it."""
    if lang == "en" and value == 1:
        return "a singular noun gives the count away"
    return None


__all__ = [
    "aliases",
    "counted_in",
    "cut_apart",
    "date_given",
    "derivable",
    "disputed",
    "grammar_gives",
    "leans_on_context",
    "mentions",
    "names_counted",
    "names_in",
    "overlapping",
    "refers_back",
    "sides",
]
