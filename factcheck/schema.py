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
from factcheck.messages import Msg

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


def field_spec(name: str, raw: Any) -> tuple[FieldSpec | None, Msg | None]:
    """A field definition from a `[fields.NAME]` table, or None and what is wrong with it."""
    if not isinstance(raw, dict):
        return None, Msg("field {name!r} must be a table with type, group, en and zh", name=name)
    extra = sorted(set(raw) - {"type", "group", "en", "zh", "unit"})
    if extra:
        return None, Msg(
            "field {name!r} has unknown keys {keys} (use type, group, en, zh, unit)",
            name=name,
            keys=extra,
        )
    kind = raw.get("type")
    if kind not in TYPES:
        return None, Msg(
            "field {name!r}: 'type' must be one of {types} (found {found!r})",
            name=name,
            types=", ".join(TYPES),
            found=kind,
        )
    group = raw.get("group", "what")
    if group not in GROUPS:
        return None, Msg(
            "field {name!r}: 'group' must be one of {groups}", name=name, groups=", ".join(GROUPS)
        )
    en, zh = raw.get("en", ""), raw.get("zh", "")
    if not isinstance(en, str) or not isinstance(zh, str) or not (en.strip() or zh.strip()):
        return None, Msg("field {name!r} needs its meaning in 'en' or 'zh'", name=name)
    unit = raw.get("unit", "")
    if not isinstance(unit, str):
        return None, Msg("field {name!r}: 'unit' must be a string", name=name)
    return FieldSpec(name, kind, group, en.strip(), zh.strip(), unit.strip()), None


def type_problem(spec: FieldSpec, value: Value) -> Msg | None:
    """Why a value does not fit its field's type, or None when it does."""
    items = value if isinstance(value, tuple) else (value,)
    if isinstance(value, tuple) and spec.type not in LIST_TYPES:
        return Msg(
            "is a list, but '{field}' holds one value ({what})",
            field=spec.name,
            what=_WHAT[spec.type],
        )
    if spec.type == "texts" and not isinstance(value, tuple):
        return Msg("must be a list of strings ('{field}' is a list)", field=spec.name)
    for item in items:
        if not _fits(spec.type, item):
            return Msg("must be {what}, not {found}", what=_WHAT[spec.type], found=_describe(item))
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


_SHAPE = "{ value = …, unit = … }"  # TOML, the same in every language
_WHAT = {
    "ref": Msg("a reference (an id beginning party-, person- or place-)"),
    "refs": Msg("references (ids beginning party-, person- or place-)"),
    "fact": Msg("a fact id"),
    "text": Msg("a string"),
    "texts": Msg("strings"),
    "quantity": Msg("a quantity ({shape})", shape=_SHAPE),
    "quantities": Msg("quantities ({shape})", shape=_SHAPE),
    "integer": Msg("a whole number"),
    "ordinal": Msg("a whole number from 1"),
    "date": Msg("a date"),
    "time": Msg("a time of day"),
    "boolean": Msg("true or false"),
}


def _describe(item: Any) -> Msg:
    if isinstance(item, Quantity):
        return Msg("a quantity")
    if isinstance(item, str):
        return Msg("the string {text!r}", text=item[:40])
    return Msg("{type} {value!r}", type=type(item).__name__, value=item)
