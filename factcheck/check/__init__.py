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
    """The claim checker of a fact base: opened from its compiled file when the base came
    from files the cache knows (its key covers the files and this code), else built and
    compiled for the next time."""
    import os

    from factcheck.cache import Cache

    cache = Cache.from_env(os.environ) if base.key else None
    if cache is None:
        return Checker(base)
    from factcheck.check.stored import compile_checker, open_checker

    path = cache.path("checker", base.key)
    found = open_checker(path, base)
    if found is None and cache.compile("checker", base.key, lambda p: compile_checker(base, p)):
        found = open_checker(path, base)
    return found if found is not None else Checker(base)  # unwritable: built here


def check(base: FactBase, claim: str) -> Verdict:
    """Check one claim against a fact base."""
    return checker_for(base).check(claim)
