"""factcheck: look up facts, check claims and quiz yourself on one article's fact base.

The Python API (docs/api.md): `factcheck.load()`, `factcheck.check_claim("...")`, ...
Its names are imported on first use (PEP 562), so `import factcheck` stays as cheap as
the command line needs it to be. What is public is what `__all__` lists.
"""

__version__ = "0.1.0"

TYPE_CHECKING = False  # not typing's: importing typing would cost more than the rest
if TYPE_CHECKING:
    from factcheck.api import check_claim as check_claim
    from factcheck.api import check_many as check_many
    from factcheck.api import load as load
    from factcheck.api import make_quiz as make_quiz
    from factcheck.api import search_facts as search_facts
    from factcheck.api import show as show
    from factcheck.api import timeline as timeline
    from factcheck.api import to_dict as to_dict
    from factcheck.api import validate as validate
    from factcheck.check.model import Verdict as Verdict
    from factcheck.errors import FactcheckError as FactcheckError
    from factcheck.errors import FactFileError as FactFileError
    from factcheck.errors import NotFoundError as NotFoundError
    from factcheck.facts import Fact as Fact
    from factcheck.facts import FactBase as FactBase
    from factcheck.facts import Problem as Problem
    from factcheck.messages import say as say
    from factcheck.quiz import Question as Question
    from factcheck.search import Hit as Hit

# name -> the module it lives in. No name may be a submodule's (check, quiz, search...):
# importing `factcheck.quiz` sets the package attribute `quiz` to the module, and
# `from factcheck import quiz` (cli.py) must keep getting the module.
_LAZY = {
    "check_claim": "factcheck.api",
    "check_many": "factcheck.api",
    "load": "factcheck.api",
    "make_quiz": "factcheck.api",
    "search_facts": "factcheck.api",
    "show": "factcheck.api",
    "timeline": "factcheck.api",
    "to_dict": "factcheck.api",
    "validate": "factcheck.api",
    "Fact": "factcheck.facts",
    "FactBase": "factcheck.facts",
    "Problem": "factcheck.facts",
    "Verdict": "factcheck.check.model",
    "Question": "factcheck.quiz",
    "Hit": "factcheck.search",
    "FactcheckError": "factcheck.errors",
    "FactFileError": "factcheck.errors",
    "NotFoundError": "factcheck.errors",
    "say": "factcheck.messages",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
