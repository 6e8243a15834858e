"""Ranked free-text search over the fact base through an inverted index.

Queries in Chinese or English match ids, text, aliases, tags, numbers (Arabic, Chinese,
English words) and dates (ISO, English, Chinese, with or without the year).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from factcheck.dates import DateMention, find_dates
from factcheck.facts import Fact, FactBase, Quantity, Value, is_reference
from factcheck.numbers import find_numbers
from factcheck.textnorm import cjk_terms, normalize, words

# How much a match in each field counts: names and ids say more than running text.
FIELD_WEIGHTS = {"id": 3.0, "alias": 3.0, "tag": 2.0, "text": 1.0, "value": 1.0}
NUMBER_WEIGHT = 4.0
DATE_WEIGHT = 5.0


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the fact and how well it matched."""

    fact: Fact
    score: float


class SearchIndex:
    """Inverted index of terms, numbers and dates; built once per fact base."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.terms: dict[str, dict[int, float]] = defaultdict(dict)
        self.numbers: dict[float, set[int]] = defaultdict(set)
        # (month, day) -> (fact, year or None, weight): a fact's own date counts more than one in its text
        self.days: dict[tuple[int, int], list[tuple[int, int | None, float]]] = defaultdict(list)
        self.periods: list[tuple[int, dt.date, dt.date]] = []
        for i, fact in enumerate(base.facts):
            self._add(i, fact)
        n = max(len(base.facts), 1)
        self.idf = {t: math.log(1 + n / len(post)) for t, post in self.terms.items()}

    def _add(self, i: int, fact: Fact) -> None:
        self._add_terms(i, words(fact.id.replace("-", " ")), "id")
        for alias in (*fact.aliases_zh, *fact.aliases_en):
            self._add_text(i, alias, "alias")
        for tag in fact.tags:
            self._add_terms(i, words(tag.replace("-", " ")), "tag")
        for text in (fact.text.zh, fact.text.en):
            self._add_text(i, text, "text")
        for day in (fact.date, fact.start, fact.end):
            if day is not None:
                self.days[(day.month, day.day)].append((i, day.year, 1.0))
        if fact.start and fact.end:
            self.periods.append((i, fact.start, fact.end))
        for value in fact.values.values():
            self._add_value(i, value)

    def _add_value(self, i: int, value: Value) -> None:
        if isinstance(value, tuple):
            for item in value:
                self._add_value(i, item)
        elif isinstance(value, Quantity):
            self.numbers[float(value.value)].add(i)
            for part in value.parts:
                self.numbers[float(part)].add(i)
            self._add_terms(i, words(value.unit), "value")
        elif isinstance(value, bool):
            return
        elif isinstance(value, (int, float)):
            self.numbers[float(value)].add(i)
        elif isinstance(value, dt.date):
            self.days[(value.month, value.day)].append((i, value.year, 0.9))
        elif isinstance(value, dt.time):
            self.numbers[float(value.hour)].add(i)
        elif isinstance(value, str) and not is_reference(value):
            self._add_text(i, value, "value")

    def _add_text(self, i: int, text: str, field: str) -> None:
        norm = normalize(text)
        self._add_terms(i, words(norm) + cjk_terms(norm), field)
        for number in find_numbers(norm):
            self.numbers[float(number.value)].add(i)
        for mention in find_dates(norm):
            if mention.month and mention.day:
                self.days[(mention.month, mention.day)].append((i, mention.year, 0.8))

    def _add_terms(self, i: int, terms: Iterable[str], field: str) -> None:
        weight = FIELD_WEIGHTS[field]
        for term in terms:
            post = self.terms[term]
            if post.get(i, 0.0) < weight:
                post[i] = weight

    def search(
        self,
        query: str,
        kind: str | None = None,
        tag: str | None = None,
        limit: int | None = 10,
    ) -> list[Hit]:
        """Facts matching the query, best first; every word of the query adds evidence."""
        norm = normalize(query).strip()
        scores: dict[int, float] = defaultdict(float)
        wanted = 0.0
        matched: dict[int, float] = defaultdict(float)

        exact = self.base.get(norm)
        dates = find_dates(norm)
        rest = _blank(norm, [(d.start, d.end) for d in dates])
        numbers = find_numbers(rest, loose=True)
        rest = _blank(rest, [(n.start, n.end) for n in numbers])
        query_terms = set(words(rest))
        query_terms |= {t for t in cjk_terms(rest) if len(t) == 2 or len(rest.strip()) == 1}

        for term in query_terms:
            idf = self.idf.get(term, 0.0)
            wanted += idf or 1.0
            for i, weight in self.terms.get(term, {}).items():
                scores[i] += idf * weight
                matched[i] += idf
        for number in numbers:
            wanted += NUMBER_WEIGHT
            # a number matches a value, a number in the text, or the same digits in an id
            found = set(self.numbers.get(float(number.value), ()))
            found |= set(self.terms.get(str(number.value), ()))
            for i in found:
                scores[i] += NUMBER_WEIGHT * 2
                matched[i] += NUMBER_WEIGHT
        for mention in dates:
            wanted += DATE_WEIGHT
            for i, weight in self._date_hits(mention).items():
                scores[i] += DATE_WEIGHT * 2 * weight
                matched[i] += DATE_WEIGHT * weight

        hits = []
        for i, score in scores.items():
            fact = self.base.facts[i]
            if (kind and fact.kind != kind) or (tag and tag not in fact.tags):
                continue
            coverage = matched[i] / wanted if wanted else 0.0
            hits.append(Hit(fact, round(score * coverage * coverage, 4)))
        if exact is not None:
            hits = [h for h in hits if h.fact.id != exact.id]
            if not (kind and exact.kind != kind) and not (tag and tag not in exact.tags):
                hits.insert(0, Hit(exact, math.inf))
        hits.sort(key=lambda h: -h.score)
        hits = [h for h in hits if h.score > 0]
        return hits[:limit] if limit else hits

    def _date_hits(self, mention: DateMention) -> dict[int, float]:
        hits: dict[int, float] = {}
        if mention.month and mention.day:
            for i, year, weight in self.days.get((mention.month, mention.day), ()):
                if None in (mention.year, year) or year == mention.year:
                    hits[i] = max(hits.get(i, 0.0), weight)
        full = mention.to_date()
        for i, start, end in self.periods:
            if i in hits:
                continue
            if full is not None and start <= full <= end:
                hits[i] = 0.5
            elif full is None and mention.month and mention.day is None:
                first = dt.date(mention.year or start.year, mention.month, 1)
                if start.replace(day=1) <= first <= end:
                    hits[i] = 0.5
        if mention.day is None and mention.month:
            for fact_i, fact in enumerate(self.base.facts):
                day = fact.first_day
                if day and day.month == mention.month and mention.year in (None, day.year):
                    hits.setdefault(fact_i, 1.0)
        elif mention.month is None and mention.year:
            for fact_i, fact in enumerate(self.base.facts):
                day = fact.first_day
                if day and day.year == mention.year:
                    hits.setdefault(fact_i, 0.5)
        return hits


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace spans with spaces, so positions stay and their words are not matched again."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@lru_cache(maxsize=4)
def index_for(base: FactBase) -> SearchIndex:
    """The search index of a fact base, built on first use."""
    return SearchIndex(base)


def search(
    base: FactBase, query: str, kind: str | None = None, tag: str | None = None, limit: int = 10
) -> list[Hit]:
    """Search a fact base; see SearchIndex.search."""
    return index_for(base).search(query, kind=kind, tag=tag, limit=limit)
