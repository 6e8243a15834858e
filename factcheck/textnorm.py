"""Text normalisation shared by search and claim checking: width, case, terms."""

from __future__ import annotations

import re
import unicodedata

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{CJK}]+")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def normalize(text: str) -> str:
    """Fold full-width forms to half-width (NFKC), case, and dash/quote variants."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.translate(_PUNCT)


_PUNCT = str.maketrans(
    {
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "・": "·",
    }
)


def stem(word: str) -> str:
    """A light English stemmer, the same for index and query: plurals, -ed, -ing, final e."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    elif len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """Latin-script words of normalised text, stemmed."""
    return [stem(w) for w in _WORD.findall(text)]


def cjk_terms(text: str) -> list[str]:
    """Chinese terms: every character and every pair of adjacent characters."""
    terms: list[str] = []
    for run in _CJK_RUN.findall(text):
        terms.extend(run)
        terms.extend(run[i : i + 2] for i in range(len(run) - 1))
    return terms


def terms(text: str) -> list[str]:
    """All search terms of a piece of text, normalised."""
    norm = normalize(text)
    return words(norm) + cjk_terms(norm)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class PhraseMatcher:
    """Finds known phrases in normalised text, leftmost-longest, without overlaps.

    A dictionary scan, much faster than one regular expression of thousands of
    alternatives. Phrases that begin or end with a Latin letter or digit match only at word
    boundaries there ("us" is not found in "focus"); Chinese phrases match anywhere.
    """

    def __init__(self, phrases: dict[str, str]) -> None:
        by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            if phrase:
                by_first.setdefault(phrase[0], []).append(phrase)
        for group in by_first.values():
            group.sort(key=len, reverse=True)
        self.by_first = by_first
        self.values = phrases
        # where a phrase can start: found by one regular expression of single characters
        self.starts = re.compile(
            "[" + "".join(re.escape(c) for c in sorted(by_first)) + "]" if by_first else "(?!)"
        )

    def finditer(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, phrase) for every match."""
        found = []
        n = len(text)
        after = 0
        for m in self.starts.finditer(text):
            i = m.start()
            if i < after or (_latin(text[i]) and i > 0 and _latin(text[i - 1])):
                continue
            for phrase in self.by_first[text[i]]:
                end = i + len(phrase)
                if text.startswith(phrase, i) and not (
                    _latin(phrase[-1]) and end < n and _latin(text[end])
                ):
                    found.append((i, end, phrase))
                    after = end
                    break
        return found
