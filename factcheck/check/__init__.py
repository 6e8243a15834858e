"""Claim checking: a claim read into parts, each accounted for by the facts or not.

`checker_for(base).check(text)` gives a `Verdict`; `check(base, text)` does the same once.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.check.judge import Checker
from factcheck.check.model import VERDICTS, Assertion, Correction, Verdict
from factcheck.facts import FactBase

__all__ = ["VERDICTS", "Assertion", "Checker", "Correction", "Verdict", "check", "checker_for"]


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
