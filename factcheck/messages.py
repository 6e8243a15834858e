"""Every message in the user's language, from one catalogue file per language.

A message is written once, in English, as a `str.format` template. `Msg` is that English
text, so the library can raise it, store it and print it as a plain string, but it keeps
its template and values, so `say()` can put it into another language at the last moment.
A catalogue (`data/messages/<lang>.toml`) maps each English template to its translation,
as gettext does; adding a language is adding one file. English needs no file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

CATALOGUES = Path(__file__).with_name("data") / "messages"


class Msg(str):
    """English text that remembers the template and values it was made from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Msg:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled whole, for the --jobs workers
        return (_remake, (self.template, self.values))


def _remake(template: str, values: dict[str, Any]) -> Msg:
    return Msg(template, **values)


class Names(str):
    """Entities named in English ("Russia, China") that remember their ids, so that a
    renderer can name them in another language."""

    ids: tuple[str, ...]

    def __new__(cls, text: str, ids: tuple[str, ...]) -> Names:
        self = super().__new__(cls, text)
        self.ids = ids
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Names, (str(self), self.ids))


@lru_cache(maxsize=4)
def _tables(lang: str) -> dict[str, Any]:
    path = CATALOGUES / f"{lang}.toml"
    if lang == "en" or not path.is_file():
        return {}
    import tomli

    return tomli.loads(path.read_text("utf-8"))


def unit_words(lang: str) -> dict[str, str]:
    """How the catalogue says a count of each unit (`[units]`: days = "{n}天")."""
    units = _tables(lang).get("units", {})
    return {k: v for k, v in units.items() if isinstance(v, str)}


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict[str, str]:
    """The translations of one language, keyed by English template ({} for English or for
    a language with no file)."""
    return {k: v for k, v in _tables(lang).items() if isinstance(v, str)}


def named_by(name: str, choices: tuple[str, ...], suffix: str = "") -> str:
    """The choice (an English word the catalogue translates) that a user named in another
    language: 表决 is vote, 选择 (or 选择题) is choice; any other name comes back as it is."""
    if name.isascii():
        return name
    for lang in sorted(p.stem for p in CATALOGUES.glob("*.toml")):
        said = catalogue(lang)
        for choice in choices:
            if said.get(choice, "").removesuffix(suffix) == name.removesuffix(suffix):
                return choice
    return name


def say(text: str, lang: str, name: Callable[[str], str] | None = None) -> str:
    """The text in `lang` if it is a message the catalogue knows, else as it is; values
    that are messages themselves are translated too, and entities named by `name`."""
    if lang == "en":
        return str(text)
    if isinstance(text, Names):
        return "、".join(name(i) for i in text.ids) if name and text.ids else str(text)
    if not isinstance(text, Msg):
        return str(text)
    template = catalogue(lang).get(text.template)
    if template is None:
        return str(text)
    if not text.values:  # a text with no values is said as it is, braces and all
        return template
    values = {
        k: say(v, lang, name) if isinstance(v, (Msg, Names)) else v for k, v in text.values.items()
    }
    return template.format(**values)


def N_(template: str) -> str:
    """Mark a template kept in a table, to be said later with `tr`, so that the catalogue
    test finds it (gettext's no-op marker)."""
    return template


def tr(lang: str, template: str, /, **values: Any) -> str:
    """Say a template with its values in `lang`: `tr("zh", "Score: {score}/{total}", …)`."""
    return say(Msg(template, **values), lang)


def recognise(text: str, templates: tuple[str, ...]) -> Msg | None:
    """The message a formatted English text was made from, for text another library
    formats itself (the option parser's errors): the first template it matches whole."""
    import re

    for template in templates:
        parts = re.split(r"\{(\w+)\}", template)
        pattern = "".join(
            re.escape(piece) if n % 2 == 0 else f"(?P<{piece}>.+?)"
            for n, piece in enumerate(parts)
        )
        found = re.fullmatch(pattern, text, re.S)
        if found:
            values = {k: recognise(v, templates) or v for k, v in found.groupdict().items()}
            return Msg(template, **values)
    return None
