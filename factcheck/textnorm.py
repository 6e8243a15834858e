"""Text normalisation shared by search and claim checking: width, case, terms."""

from __future__ import annotations

import re
import unicodedata

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{CJK}]+")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_HAS_CJK = re.compile(f"[{CJK}]")


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


def has_cjk(text: str) -> bool:
    return _HAS_CJK.search(text) is not None


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
