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
    """The claim checker of a fact base, built once per process."""
    return Checker(base)


def check(base: FactBase, claim: str) -> Verdict:
    """Check one claim against a fact base."""
    return checker_for(base).check(claim)
