"""The value fields of the fact format (`schema.toml`): names, types and meanings.

A fact file may define fields of its own in a `[fields.NAME]` table of the same shape;
`validate` warns about a value whose name neither defines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.facts import Quantity, Value, is_reference

TYPES: tuple[str, ...] = (
    "ref",
    "refs",
    "fact",
    "text",
    "texts",
    "quantity",
    "quantities",
    "integer",
    "ordinal",
    "date",
    "time",
    "boolean",
)
GROUPS: tuple[str, ...] = ("who", "where", "when", "how-many", "what", "which", "publication")
LIST_TYPES = frozenset({"refs", "texts", "quantities"})


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One value field: its name, type, group and meaning in both languages."""

    name: str
    type: str
    group: str
    en: str
    zh: str
    unit: str = ""  # what an integer field counts


@lru_cache(maxsize=1)
def standard_fields() -> Mapping[str, FieldSpec]:
    """The fields the format defines, read once from the packaged schema.toml."""
    import tomli

    path = Path(__file__).with_name("schema.toml")
    doc = tomli.loads(path.read_text(encoding="utf-8"))
    fields = {}
    for name, raw in doc["fields"].items():
        spec, problem = field_spec(name, raw)
        if spec is None:  # pragma: no cover - the packaged schema is tested
            raise ValueError(f"schema.toml: {problem}")
        fields[name] = spec
    return fields


def field_spec(name: str, raw: Any) -> tuple[FieldSpec | None, str]:
    """A field definition from a `[fields.NAME]` table, or None and what is wrong with it."""
    if not isinstance(raw, dict):
        return None, f"field {name!r} must be a table with type, group, en and zh"
    extra = sorted(set(raw) - {"type", "group", "en", "zh", "unit"})
    if extra:
        return None, f"field {name!r} has unknown keys {extra} (use type, group, en, zh, unit)"
    kind = raw.get("type")
    if kind not in TYPES:
        return None, f"field {name!r}: 'type' must be one of {', '.join(TYPES)} (found {kind!r})"
    group = raw.get("group", "what")
    if group not in GROUPS:
        return None, f"field {name!r}: 'group' must be one of {', '.join(GROUPS)}"
    en, zh = raw.get("en", ""), raw.get("zh", "")
    if not isinstance(en, str) or not isinstance(zh, str) or not (en.strip() or zh.strip()):
        return None, f"field {name!r} needs its meaning in 'en' or 'zh'"
    unit = raw.get("unit", "")
    if not isinstance(unit, str):
        return None, f"field {name!r}: 'unit' must be a string"
    return FieldSpec(name, kind, group, en.strip(), zh.strip(), unit.strip()), ""


def type_problem(spec: FieldSpec, value: Value) -> str | None:
    """Why a value does not fit its field's type, or None when it does."""
    items = value if isinstance(value, tuple) else (value,)
    if isinstance(value, tuple) and spec.type not in LIST_TYPES:
        return f"is a list, but '{spec.name}' holds one value ({_WHAT[spec.type]})"
    if spec.type == "texts" and not isinstance(value, tuple):
        return f"must be a list of strings ('{spec.name}' is a list)"
    for item in items:
        if not _fits(spec.type, item):
            return f"must be {_WHAT[spec.type]}, not {_describe(item)}"
    return None


def _fits(kind: str, item: Any) -> bool:
    if kind in ("ref", "refs"):
        return is_reference(item)
    if kind in ("text", "texts", "fact"):
        return isinstance(item, str)
    if kind in ("quantity", "quantities"):
        return isinstance(item, Quantity)
    if kind == "integer":
        return isinstance(item, int) and not isinstance(item, bool)
    if kind == "ordinal":
        return isinstance(item, int) and not isinstance(item, bool) and item >= 1
    if kind == "date":
        return type(item) is dt.date
    if kind == "time":
        return isinstance(item, dt.time)
    return isinstance(item, bool)


_WHAT = {
    "ref": "a reference (an id beginning party-, person- or place-)",
    "refs": "references (ids beginning party-, person- or place-)",
    "fact": "a fact id",
    "text": "a string",
    "texts": "strings",
    "quantity": "a quantity ({ value = …, unit = … })",
    "quantities": "quantities ({ value = …, unit = … })",
    "integer": "a whole number",
    "ordinal": "a whole number from 1",
    "date": "a date",
    "time": "a time of day",
    "boolean": "true or false",
}


def _describe(item: Any) -> str:
    if isinstance(item, Quantity):
        return "a quantity"
    if isinstance(item, str):
        return f"the string {item[:40]!r}"
    return f"{type(item).__name__} {item!r}"
