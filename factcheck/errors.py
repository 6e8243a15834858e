"""The project's own exceptions: anything a user can cause is one of these."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.facts import Problem


class FactcheckError(Exception):
    """A problem the user can fix (bad file, bad option, bad input); shown as one line."""

    exit_code = 2


class FactFileError(FactcheckError):
    """A fact file that cannot be read, parsed or validated."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


class NotFoundError(FactcheckError):
    """A lookup that found nothing (unknown id)."""

    exit_code = 1
