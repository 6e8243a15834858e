"""Ranked free-text search over the fact base: BM25 over an inverted index.

Queries in Chinese or English match ids, text, aliases, tags, numbers (Arabic, Chinese,
English words) and dates (ISO, English, Chinese, with or without the year). Numbers and
dates are indexed as terms of their own (`#14`, `@6-10`, `@2024-6-10`), so one ranking
weighs them all.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.dates import DateMention, find_dates
from factcheck.errors import FactcheckError
from factcheck.facts import Fact, FactBase, Quantity, Value, format_number, is_reference
from factcheck.messages import Msg
from factcheck.numbers import find_numbers
from factcheck.textnorm import cjk_terms, normalize, words

if TYPE_CHECKING:
    from factcheck.store import Store

# How much one occurrence in each field counts: names and ids say more than running text.
FIELD_WEIGHTS = {"id": 3.0, "alias": 3.0, "tag": 2.0, "date": 3.0, "text": 1.0, "value": 1.0}
K1, B = 1.2, 0.75
EXACT_NAME_BONUS = 10.0


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the fact and how well it matched."""

    fact: Fact
    score: float


def number_term(value: float) -> str:
    return "#" + format_number(value).replace(",", "")  # one index term, however written


def date_terms(year: int | None, month: int | None, day: int | None) -> list[str]:
    """Index terms of a (possibly partial) date: full, month-day, year-month, year."""
    terms = []
    if month and day:
        terms.append(f"@{month}-{day}")
        if year:
            terms.append(f"@{year}-{month}-{day}")
    if year and month:
        terms.append(f"@{year}-{month}")
    if year:
        terms.append(f"@{year}")
    return terms


Span = tuple[dt.date, dt.date]
FactTerms = tuple[dict[str, float], list[str], "Span | None"]
PARALLEL_FROM = 2000  # facts; fewer are indexed in this process


def fact_terms(fact: Fact) -> FactTerms:
    """One fact's weighted term frequencies, the names it is found by exactly, and its
    period if it has one and no single day: all the index needs of it, worked out alone."""
    terms: list[tuple[str, float]] = []

    def add(items: Iterable[str], field: str) -> None:
        weight = FIELD_WEIGHTS[field]
        terms.extend((t, weight) for t in items)

    id_words = words(fact.id.replace("-", " "))
    add(id_words + [number_term(int(w)) for w in id_words if w.isdigit()], "id")
    names = [normalize(fact.id)]
    for alias in (*fact.aliases_zh, *fact.aliases_en):
        add(text_terms(alias), "alias")
        names.append(normalize(alias).strip())
    for tag in fact.tags:
        add(words(tag.replace("-", " ")), "tag")
    for text in (fact.text.zh, fact.text.en):
        add(text_terms(text), "text")
    for day in (fact.date, fact.start, fact.end, fact.corrected_day()):
        if day is not None:
            add(date_terms(day.year, day.month, day.day), "date")
    if fact.month:
        add(date_terms(int(fact.month[:4]), int(fact.month[5:]), None), "date")
    span = fact.span()
    for value in fact.values.values():
        add(value_terms(value), "value")
    tf: dict[str, float] = defaultdict(float)
    for term, weight in terms:
        tf[term] += weight
    return dict(tf), names, (span if span is not None and not fact.date else None)


def _each_fact_terms(base: FactBase) -> Iterator[FactTerms]:
    """Every fact's terms, in order; a large base is read over every core, as the
    checker's profiles are."""
    from factcheck.cores import in_order

    return in_order(fact_terms, base.stream(), len(base) >= PARALLEL_FROM)


class SearchIndex:
    """Inverted index of weighted term frequencies; built once per fact base."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        # term -> (positions, weights): two arrays, a tenth of the memory of a dict per term
        self.postings: dict[str, tuple[array[int], array[float]]] = {}
        self.lengths: array[float] = array("d")
        self.names: dict[str, set[int]] = defaultdict(set)
        self.periods: list[tuple[int, dt.date, dt.date]] = []
        for i, (counts, names, span) in enumerate(_each_fact_terms(base)):
            self.lengths.append(self._add(i, counts, names, span))
        n = max(len(self.lengths), 1)
        self.average = (sum(self.lengths) / n) or 1.0
        self.idf = {
            t: math.log(1 + (n - len(p[0]) + 0.5) / (len(p[0]) + 0.5))
            for t, p in self.postings.items()
        }
        # store each posting's BM25 term weight, so a query only multiplies and adds
        lengths, average = self.lengths, self.average
        for ids, weights in self.postings.values():
            for k, (i, freq) in enumerate(zip(ids, weights, strict=True)):
                norm_len = 1 - B + B * lengths[i] / average
                weights[k] = freq * (K1 + 1) / (freq + K1 * norm_len)

    def _add(self, i: int, tf: dict[str, float], names: list[str], span: Span | None) -> float:
        for name in names:
            self.names[name].add(i)
        if span is not None:
            self.periods.append((i, *span))
        for term, weight in tf.items():
            posts = self.postings.get(term)
            if posts is None:
                posts = self.postings[term] = (array("i"), array("d"))
            posts[0].append(i)
            posts[1].append(weight)
        return sum(tf.values())

    def search(
        self,
        query: str,
        keep: Callable[[Fact], bool] | None = None,
        limit: int | None = 10,
        strict: bool = True,
    ) -> list[Hit]:
        """Facts matching the query, best first; a fact that matches more of it ranks higher."""
        norm = normalize(query).strip()
        weighted = query_terms(norm, strict)
        hits = self._rank(norm, weighted, keep, limit)
        if not hits:
            corrected = self._correct(norm)
            if corrected != norm:
                hits = self._rank(corrected, query_terms(corrected, strict), keep, limit)
        return hits

    def _rank(
        self,
        norm: str,
        weighted: dict[str, float],
        keep: Callable[[Fact], bool] | None,
        limit: int | None,
    ) -> list[Hit]:
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, float] = defaultdict(float)
        wanted = 0.0
        for term, qweight in weighted.items():
            idf, posts = self._posting(term)
            wanted += qweight * (idf or 1.0)
            gain = qweight * idf
            for i, weight in posts.items():
                scores[i] += gain * weight
                matched[i] += gain
        for i, bonus in self._period_hits(find_dates(norm)).items():
            scores[i] += bonus
            matched[i] += bonus
        ranked: dict[int, float] = {}
        for i, score in scores.items():
            coverage = min(1.0, matched[i] / wanted) if wanted else 0.0
            if score > 0 and coverage > 0:
                ranked[i] = round(score * coverage, 4)
        best = max(ranked.values(), default=0.0)
        for i in self._named(norm):  # the query is a fact's id or one of its names
            ranked[i] = ranked.get(i, 0.0) + best + EXACT_NAME_BONUS
        exact = self.base.get(norm)
        hits: list[Hit] = []
        for i, score in sorted(ranked.items(), key=lambda kv: -kv[1]):  # best first, stable
            fact = self.base.at(i)  # read only until the page is full
            if fact.id != norm and (keep is None or keep(fact)):
                hits.append(Hit(fact, score))
                if limit and len(hits) == limit:
                    break
        if exact is not None and (keep is None or keep(exact)):
            hits = [Hit(exact, math.inf), *hits][: limit or None]
        return hits

    def _posting(self, term: str) -> tuple[float, dict[int, float]]:
        posts = self.postings.get(term)
        return self.idf.get(term, 0.0), dict(zip(*posts, strict=True)) if posts else {}

    def _named(self, name: str) -> set[int]:
        return self.names.get(name, set())

    def _periods(self) -> list[tuple[int, dt.date, dt.date]]:
        return self.periods

    def _vocabulary(self) -> Iterable[str]:
        return self.postings

    def _period_hits(self, dates: list[DateMention]) -> dict[int, float]:
        """Periods that contain a full date of the query (a date inside a round finds it)."""
        hits: dict[int, float] = {}
        for mention in dates:
            day = mention.to_date()
            if day is None:
                continue
            for i, start, end in self._periods():
                if start <= day <= end:
                    hits[i] = 2.0
        return hits

    def _correct(self, norm: str) -> str:
        """The query with unknown English words replaced by the closest indexed word."""
        from difflib import get_close_matches

        vocabulary = [t for t in self._vocabulary() if t.isascii() and t.isalpha() and len(t) > 3]
        known = set(vocabulary)
        out = norm
        for word in set(words(norm)):
            if word not in known and len(word) > 3:
                close = get_close_matches(word, vocabulary, n=1, cutoff=0.8)
                if close:
                    out = out.replace(word, close[0])
        return out


def text_terms(text: str) -> list[str]:
    """Words, Chinese characters and pairs, numbers and dates of a piece of text."""
    norm = normalize(text)
    terms = words(norm) + cjk_terms(norm)
    terms += [number_term(n.value) for n in find_numbers(norm, approx=False)]
    for d in find_dates(norm):
        if d.valid:
            terms += date_terms(d.year, d.month, d.day)
    return terms


def value_terms(value: Value) -> list[str]:
    if isinstance(value, tuple):
        return [t for item in value for t in value_terms(item)]
    if isinstance(value, Quantity):
        return [number_term(value.value), *map(number_term, value.parts), *words(value.unit)]
    if isinstance(value, bool):
        return []
    if isinstance(value, (int, float)):
        return [number_term(value)]
    if isinstance(value, dt.time):
        return [number_term(value.hour)]
    if isinstance(value, dt.date):
        return date_terms(value.year, value.month, value.day)
    if isinstance(value, str) and not is_reference(value):
        return text_terms(value)
    return []


def query_terms(norm: str, strict: bool = True) -> dict[str, float]:
    """The query's terms with their weights; impossible dates are refused (`strict`, for a
    person's query) or left out (for the claim checker, which answers any text)."""
    dates = find_dates(norm)
    for d in dates:
        if not d.valid and strict:
            raise FactcheckError(Msg("{date!r} is not a valid date", date=norm[d.start : d.end]))
    dates = [d for d in dates if d.valid]
    rest = _blank(norm, [(d.start, d.end) for d in dates])
    weighted: dict[str, float] = {}
    for d in dates:
        if d.year and d.month and d.day:
            weighted[f"@{d.year}-{d.month}-{d.day}"] = 1.0
            weighted[f"@{d.month}-{d.day}"] = 0.5  # texts that give the day without a year
        elif d.month and d.day:
            weighted[f"@{d.month}-{d.day}"] = 1.0
        elif d.year and d.month:
            weighted[f"@{d.year}-{d.month}"] = 1.0
        elif d.year:
            weighted[f"@{d.year}"] = 1.0
    numbers = find_numbers(rest, loose=True)
    for n in numbers:
        weighted[number_term(n.value)] = 1.0
    latin = _blank(rest, [(n.start, n.end) for n in numbers if not _cjk(rest[n.start : n.end])])
    for term in words(latin):
        weighted.setdefault(term, 1.0)
    runs = cjk_terms(rest)
    for term in runs:
        if len(term) == 2 or len(rest.strip()) == 1:
            weighted.setdefault(term, 1.0)
    return weighted


def _cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace spans with spaces, so positions stay and their words are not matched again."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


class StoredIndex(SearchIndex):
    """The same index read from a compiled store, one term's postings at a time."""

    def __init__(self, base: FactBase, store: Store) -> None:
        self.base = base
        self.store = store
        self._period_list: list[tuple[int, dt.date, dt.date]] | None = None

    def search(
        self,
        query: str,
        keep: Callable[[Fact], bool] | None = None,
        limit: int | None = 10,
        strict: bool = True,
    ) -> list[Hit]:
        """As `SearchIndex.search`; a damaged store is dropped and the index built anew."""
        from factcheck.facts import StoreDamaged

        try:
            return super().search(query, keep, limit, strict)
        except StoreDamaged:
            self.store.discard()  # compiled again by the next run
            return SearchIndex(self.base).search(query, keep, limit, strict)

    def _posting(self, term: str) -> tuple[float, dict[int, float]]:
        found = self.store.posting(term)
        return found if found is not None else (0.0, {})

    def _named(self, name: str) -> set[int]:
        return self.store.named(name)

    def _periods(self) -> list[tuple[int, dt.date, dt.date]]:
        if self._period_list is None:
            self._period_list = self.store.meta("periods") or []
        return self._period_list

    def _vocabulary(self) -> Iterable[str]:
        return self.store.terms()


@lru_cache(maxsize=4)
def index_for(base: FactBase) -> SearchIndex:
    """The search index of a fact base: opened from its compiled file when the base came
    from files the cache knows, else built (and compiled for the next time)."""
    import os

    from factcheck.cache import Cache

    cache = Cache.from_env(os.environ) if base.key else None
    if cache is None:
        return SearchIndex(base)
    from factcheck.store import Store, write_search

    store = Store.open(cache.path("search", base.key))
    if store is not None:
        return StoredIndex(base, store)
    index = SearchIndex(base)
    cache.compile("search", base.key, lambda path: write_search(path, index))
    return index


def search(
    base: FactBase, query: str, keep: Callable[[Fact], bool] | None = None, limit: int = 10
) -> list[Hit]:
    """Search a fact base; see SearchIndex.search."""
    return index_for(base).search(query, keep=keep, limit=limit)
