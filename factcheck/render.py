"""All output: rich tables on a terminal, plain text when piped or NO_COLOR, and JSON.

Every string that comes from a user or a fact file goes through `safe()`, and rich is
used with markup off, so nothing supplied is ever interpreted as markup or control codes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any

from factcheck.facts import (
    APPROX_WORDS,
    Fact,
    FactBase,
    Lang,
    Note,
    Problem,
    Quantity,
    Value,
    format_number,
    format_value,
)
from factcheck.messages import N_, Msg, say, tr
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check import Verdict
    from factcheck.lexicon import Entry, WordReading

JSON_FORMAT = 1
LEXICON_TABLES = {
    "predicates": N_("predicates (verbs and qualities)"),
    "units": N_("units (of measure and of count)"),
    "offices": N_("offices"),
    "camps": N_("camps"),
    "outside": N_("outside actors and places"),
    "cues": N_("cues (negation, order, comparison, …)"),
}
READING_NAMES = {
    "predicate": N_("predicate"),
    "unit": N_("unit"),
    "office": N_("office"),
    "camp": N_("camp"),
    "entity": N_("entity"),
    "cue": N_("cue"),
    "function": N_("function word"),
    "measure": N_("measure word"),
    "not_doer": N_("before a name: whom a thing came from or was said to, not who did it"),
    "deed_noun": N_("noun that says a deed of those it names"),
    "agent": N_("word of a doer"),
    "synonym": N_("the same word as"),
    "percent_sign": N_("after a number: per cent"),
    "term": N_("word"),
    "number": N_("number"),
}
_CONTROL = lazy("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

LABELS = {
    "date": N_("date"),
    "period": N_("period"),
    "month": N_("month"),
    "source": N_("source"),
    "tags": N_("tags"),
    "part_of": N_("part of"),
    "values": N_("values"),
    "notes": N_("notes"),
    "related": N_("related"),
    "parts": N_("parts"),
    "aliases": N_("aliases"),
    "opinion": N_("(author's view) "),
    "erratum": N_("erratum"),
    "also_reported": N_("also reported"),
    "nuance": N_("note"),
    "other_value": N_("other value"),
    "corrected": N_("corrected"),
}  # the English words; data/messages/<lang>.toml says them in other languages


KIND_NAMES = {
    "event": N_("event"), "count": N_("count"), "vote": N_("vote"),
    "document": N_("document"), "provision": N_("provision"), "phase": N_("phase"),
    "round": N_("round"), "truce": N_("truce"), "aim": N_("aim"), "position": N_("position"),
    "statement": N_("statement"), "person": N_("person"), "party": N_("party"),
    "place": N_("place"), "assessment": N_("assessment"), "publication": N_("publication"),
}  # fmt: skip


def kind_name(kind: str, lang: Lang) -> str:
    """A fact's kind as the interface says it (vote: 表决)."""
    return tr(lang, KIND_NAMES.get(kind, kind)) if kind in KIND_NAMES else kind


def label(key: str, lang: Lang) -> str:
    return tr(lang, LABELS[key])


def safe(text: str) -> str:
    """Make control characters and bidi overrides visible (\\x1b) instead of sending them."""
    return _CONTROL.sub(lambda m: _escape(m.group()), text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def width(text: str) -> int:
    """Columns a string takes on a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    """Left-align text in a column of that many terminal cells."""
    return text + " " * max(0, columns - width(text))


def default_lang(environ: Mapping[str, str]) -> Lang:
    """zh when the locale is Chinese (LC_ALL, LC_MESSAGES or LANG starts with zh), else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def wants_rich(stream: IO[str], environ: Mapping[str, str]) -> bool:
    """Rich output only on a terminal, and not when NO_COLOR is set or TERM is dumb."""
    isatty = getattr(stream, "isatty", None)
    return bool(
        isatty and isatty() and not environ.get("NO_COLOR") and environ.get("TERM", "") != "dumb"
    )


# ---- JSON -------------------------------------------------------------------------------


def json_value(value: Value | None) -> Any:
    """A typed value as JSON: dates and times as ISO strings, quantities as objects."""
    if isinstance(value, tuple):
        return [json_value(v) for v in value]
    if isinstance(value, Quantity):
        out: dict[str, Any] = {"value": value.value, "unit": value.unit, "approx": value.approx}
        if value.parts:
            out["parts"] = list(value.parts)
        return out
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def note_record(note: Note) -> dict[str, Any]:
    return {
        "kind": note.kind,
        "field": note.field,
        "value": json_value(note.value),
        "by": note.by,
        "text": {"en": note.text.en, "zh": note.text.zh},
    }


def fact_record(fact: Fact) -> dict[str, Any]:
    """The JSON object of one fact (the shape is documented in the README)."""
    return {
        "id": fact.id,
        "kind": fact.kind,
        "text": {"en": fact.text.en, "zh": fact.text.zh},
        "date": fact.date.isoformat() if fact.date else None,
        "start": fact.start.isoformat() if fact.start else None,
        "end": fact.end.isoformat() if fact.end else None,
        "month": fact.month,
        "closed": list(fact.closed),
        "source": list(fact.source),
        "tags": list(fact.tags),
        "aliases": {"en": list(fact.aliases_en), "zh": list(fact.aliases_zh)},
        "part_of": fact.part_of,
        "related": list(fact.related),
        "after": list(fact.after),
        "values": {k: json_value(v) for k, v in fact.values.items()},
        "notes": [note_record(n) for n in fact.notes],
    }


def dumps(data: Any) -> str:
    import json  # only for --json

    return json.dumps(data, ensure_ascii=False, indent=2)


# ---- text pieces ------------------------------------------------------------------------


def fact_text(fact: Fact, lang: Lang) -> str:
    prefix = label("opinion", lang) if fact.kind == "assessment" else ""
    return safe(prefix + fact.text.get(lang))


def when(fact: Fact, lang: Lang = "en") -> str:
    """The day, period or month a fact sorts by; a corrected date says so."""
    corrected = fact.corrected_day()
    if corrected is not None:
        return f"{corrected.isoformat()} ({label('corrected', lang)})"
    if fact.date:
        return fact.date.isoformat()
    if fact.start:
        return f"{fact.start.isoformat()} – {fact.end.isoformat() if fact.end else ''}".rstrip()
    return fact.month or ""


def note_line(note: Note, lang: Lang, base: FactBase | None = None) -> str:
    return safe(f"{label(note.kind, lang)}: ") + note_body(note, lang, base)


def note_body(note: Note, lang: Lang, base: FactBase | None = None) -> str:
    """A note's text and the other value it records."""
    text = note.text.get(lang)
    if note.value is not None:
        name = "corrected" if note.kind == "erratum" else "other_value"
        shown = shown_value(note.value, base, lang) if base else format_value(note.value)
        text += f" [{label(name, lang)}: {shown}"
        text += f", {note.by}]" if note.by else "]"
    return safe(text)


def detail_rows(fact: Fact, base: FactBase, lang: Lang) -> list[tuple[str, str]]:
    """The fields of one fact as (label, text) rows, in display order."""
    rows: list[tuple[str, str]] = []
    if fact.date:
        rows.append((label("date", lang), shown_value(fact.date, base, lang)))
    elif fact.start:
        rows.append((label("period", lang), when(fact)))
    elif fact.month:
        rows.append((label("month", lang), fact.month))
    rows.append((label("source", lang), ", ".join(fact.source)))
    if fact.tags:
        rows.append((label("tags", lang), ", ".join(fact.tags)))
    aliases = fact.aliases(lang)
    if aliases:
        rows.append((label("aliases", lang), safe(", ".join(aliases))))
    if fact.part_of:
        parent = base.get(fact.part_of)
        extra = f" — {fact_text(parent, lang)}" if parent else ""
        rows.append((label("part_of", lang), safe(fact.part_of) + extra))
    if fact.values:
        rows.append((label("values", lang), ""))
    for name, value in fact.values.items():
        rows.append((f"  {safe(name)}", safe(shown_value(value, base, lang))))
    for note in fact.notes:
        rows.append(("! " + label(note.kind, lang), note_body(note, lang, base)))
    linked = [*fact.related, *(c.id for c in base.children(fact.id))]
    for ref in dict.fromkeys(linked):
        other = base.get(ref)
        rows.append(
            (label("related", lang), f"{safe(ref)} — {fact_text(other, lang) if other else '?'}")
        )
    return rows


# ---- renderers --------------------------------------------------------------------------


class Renderer:
    """Writes lookups to a stream: rich on a terminal, plain text otherwise."""

    def __init__(self, stream: IO[str], lang: Lang, rich: bool) -> None:
        self.stream = stream
        self.lang = lang
        self.rich = rich

    def write(self, text: str = "") -> None:
        self.stream.write(text + "\n")

    def json(self, data: Any) -> None:
        self.write(dumps(data))

    def facts_json(self, facts: Iterable[Fact], scores: Sequence[float] | None = None) -> None:
        records = [fact_record(f) for f in facts]
        if scores is not None:
            for record, score in zip(records, scores, strict=True):
                record["score"] = None if score == float("inf") else round(score, 4)
        self.json(records)

    def fact_list(self, facts: Sequence[Fact], base: FactBase, dated: bool = False) -> None:
        """One line a fact (id, text; with its date or span on a timeline) and its notes."""
        if self.rich:
            self._rich_list(facts, base, dated)
            return
        id_cols = max((width(f.id) for f in facts), default=0)
        span = max((width(when(f, self.lang)) for f in facts), default=0) if dated else 0
        for fact in facts:
            lead = pad(when(fact, self.lang), span) + "  " if dated else ""
            self.write(f"{lead}{pad(safe(fact.id), id_cols)}  {fact_text(fact, self.lang)}")
            for note in fact.notes:
                indent = " " * (width(lead) + id_cols + 2)
                self.write(f"{indent}! {note_line(note, self.lang, base)}")

    def fact_detail(self, fact: Fact, base: FactBase) -> None:
        """Every field of one fact, its notes and its related facts."""
        rows = detail_rows(fact, base, self.lang)
        other: Lang = "en" if self.lang == "zh" else "zh"
        if self.rich:
            self._rich_detail(fact, rows, other)
            return
        self.write(f"{safe(fact.id)} ({kind_name(fact.kind, self.lang)})")
        self.write(fact_text(fact, self.lang))
        self.write(fact_text(fact, other))
        key_cols = max(width(k) for k, _ in rows)
        for key, value in rows:
            self.write(f"  {pad(key, key_cols)}  {value}")

    def lexicon(self, entries: Sequence[Entry]) -> None:
        """The lexicon's named entries, table by table: each name (marked where the base's
        own [lexicon] adds it), then its fields and its English and Chinese words."""
        table = ""
        for e in entries:
            if e.table != table:
                if table:
                    self.write()
                table = e.table
                self.write(tr(self.lang, LEXICON_TABLES.get(table, table)))
            own = f"  ({tr(self.lang, N_('your file'))})" if e.own else ""
            self.write(f"  {safe(e.name)}{own}")
            fields = tr(self.lang, N_("fields"))
            cols = max(width(fields), 2)
            for label, words in ((fields, e.fields), ("en", e.en), ("zh", e.zh)):
                if words:
                    self.write(f"    {pad(label, cols)}  {safe(', '.join(words))}")

    def readings(self, readings: Sequence[WordReading]) -> None:
        """What the checker reads each word as, one line a reading."""
        shown = [safe(r.word).replace("\n", " ") or '""' for r in readings]  # one line each
        cols = max((width(w) for w in shown), default=0)
        for r, word in zip(readings, shown, strict=True):
            if not r.category:
                said = tr(self.lang, N_("not in the vocabulary: read as a word of its own"))
            else:
                said = tr(self.lang, READING_NAMES.get(r.category, r.category))
                said += f" {safe(r.key)}" if r.key else ""
                said += f" ({tr(self.lang, N_('your file'))})" if r.own else ""
            self.write(f"{pad(word, cols)}  {said}")

    def problems(self, problems: Sequence[Problem], summary: str) -> None:
        for problem in problems:
            self.write(safe(say(problem.said(), self.lang)))
        self.write(summary)

    def feedback(self, lines: Sequence[str], correct: bool) -> None:
        """A quiz answer's feedback: on a terminal the first line green or red, and every
        line wrapped between words at the terminal's width; otherwise plain lines."""
        if not self.rich:
            for text in lines:
                self.write(text)
            return
        from rich.text import Text

        console = self._console()
        for n, text in enumerate(lines):
            style = ("bold green" if correct else "bold red") if n == 0 else ""
            console.print(Text(text, style=style))

    def _console(self) -> Any:
        from rich.console import Console

        return Console(file=self.stream, markup=False, highlight=False, emoji=False)

    def _rich_list(self, facts: Sequence[Fact], base: FactBase, dated: bool) -> None:
        # Stacked, not a table: the id (and date) on one line, the text wrapped beneath it,
        # so long ids never squeeze the text and Chinese text wraps instead of being cut.
        from rich.padding import Padding
        from rich.text import Text

        console = self._console()
        for fact in facts:
            head = Text()
            if dated:
                head.append(when(fact, self.lang) + "  ", style="cyan")
            head.append(safe(fact.id), style="bold green")
            body = Text(fact_text(fact, self.lang), overflow="fold")
            for note in fact.notes:
                body.append("\n! " + note_line(note, self.lang, base), style="yellow")
            console.print(head)
            console.print(Padding(body, (0, 0, 0, 2)))

    def _rich_detail(self, fact: Fact, rows: list[tuple[str, str]], other: Lang) -> None:
        from rich.panel import Panel
        from rich.table import Table
        from rich.text import Text

        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_row(Text(""), Text(fact_text(fact, self.lang), style="bold"))
        grid.add_row(Text(""), Text(fact_text(fact, other), style="dim"))
        for key, value in rows:
            style = "yellow" if key.startswith("!") else ""
            grid.add_row(Text(key, style=style), Text(value, style=style))
        title = Text(f"{safe(fact.id)} ({kind_name(fact.kind, self.lang)})", style="bold green")
        self._console().print(Panel(grid, title=title, title_align="left"))


SEVERITIES = (N_("error"), N_("warning"), N_("note"))
QUESTION_TYPES = (N_("choice"), N_("typed"), N_("truefalse"), N_("order"))


def env_renderer(stream: IO[str], lang: Lang | None) -> Renderer:
    """A renderer for this process's stdout, honouring the locale and NO_COLOR."""
    environ = os.environ
    return Renderer(stream, lang or default_lang(environ), wants_rich(stream, environ))


# ---- claim verdicts -----------------------------------------------------------------------

VERDICT_STYLE = {
    "supported": "bold green",
    "refuted": "bold red",
    "disputed": "bold yellow",
    "not_enough_info": "bold blue",
}
RATINGS = {"supported": (3, "True"), "disputed": (2, "Disputed"), "refuted": (1, "False")}


def verdict_record(line: int, verdict: Verdict, key: object = None) -> dict[str, Any]:
    """The JSON Lines object of one checked claim (shape documented in the README); `key`,
    the "id" of a JSON line read, comes right after its line number."""
    return {
        "line": line,
        **({"id": key} if key is not None else {}),
        "claim": verdict.claim,
        "verdict": verdict.verdict,
        "facts": list(verdict.facts),
        "explanation": verdict.explanation,
        "corrections": [
            {"fact": c.fact, "field": c.field, "claimed": c.claimed, "actual": c.actual}
            for c in verdict.corrections
        ],
        "notes": [{"fact": fid, **note_record(n)} for fid, n in verdict.notes],
        "assertions": [
            {
                "kind": a.kind,
                "text": a.text,
                "span": list(a.span),
                "status": a.status,
                "fact": a.fact,
                "field": a.field,
                "detail": a.detail,
            }
            for a in verdict.assertions
        ],
        "unaccounted": [{"span": list(span), "text": text} for span, text in verdict.unaccounted],
    }


def error_record(line: int, error: str, key: object = None) -> dict[str, Any]:
    return {
        "line": line,
        **({"id": key} if key is not None else {}),
        "claim": None,
        "verdict": "error",
        "error": error,
    }


def claimreview(verdict: Verdict, base: FactBase) -> dict[str, Any]:
    """schema.org ClaimReview JSON-LD for one verdict."""
    rating: dict[str, Any] = {"@type": "Rating", "worstRating": 1, "bestRating": 3}
    if verdict.verdict in RATINGS:
        value, name = RATINGS[verdict.verdict]
        rating |= {"ratingValue": value, "alternateName": name}
    else:
        rating |= {"alternateName": "Not enough information"}
    cited = [fact for f in verdict.facts if (fact := base.get(f)) is not None]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": verdict.claim,
        "reviewRating": rating,
        "reviewBody": verdict.explanation,
        "author": {"@type": "Organization", "name": "factcheck"},
        "itemReviewed": {"@type": "Claim", "text": verdict.claim},
        "citation": [
            {
                "@type": "CreativeWork",
                "identifier": f.id,
                "text": f.text.en,
                "position": ", ".join(f.source),
            }
            for f in cited
        ],
    }


def compact(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class VerdictRenderer(Renderer):
    """Writes claim verdicts: for people (plain or rich) or one JSON object a line."""

    def verdict(self, verdict: Verdict, base: FactBase, lang: Lang | None = None) -> None:
        """One verdict, in `lang` if given, else in the claim's own language."""
        if lang is None:  # the claim's language; a claim with no words, the interface's
            words = verdict.lang == "zh" or re.search("[A-Za-z]", verdict.claim)
            lang = ("zh" if verdict.lang == "zh" else "en") if words else self.lang
        lines = verdict_lines(verdict, base, lang)
        if not self.rich:
            for text in lines:
                self.write(text)
            return
        from rich.text import Text

        console = self._console()
        head = Text(
            verdict_label(verdict.verdict, lang), style=VERDICT_STYLE.get(verdict.verdict, "bold")
        )
        head.append("  " + safe(verdict.claim))
        console.print(head)
        for text in lines[1:]:
            style = "red" if text.lstrip().startswith("✗") else "yellow" if "!" in text[:6] else ""
            console.print(Text(text, style=style, overflow="fold"))


VERDICT_LABELS = {
    "supported": N_("SUPPORTED"),
    "refuted": N_("REFUTED"),
    "not_enough_info": N_("NOT_ENOUGH_INFO"),
    "disputed": N_("DISPUTED"),
}


def verdict_label(verdict: str, lang: Lang) -> str:
    return tr(lang, VERDICT_LABELS.get(verdict, verdict.upper()))


APPROX = {
    "about": N_("about {amount}"),
    "more_than": N_("more than {amount}"),
    "at_least": N_("at least {amount}"),
    "nearly": N_("nearly {amount}"),
    "at_most": N_("at most {amount}"),
    "less_than": N_("less than {amount}"),
}


def say_value(value: Value, base: FactBase | None, lang: Lang) -> str:
    """A typed value in the user's language: a date as its readers write it, a count in the
    catalogue's words for its unit (`[units]`: days = "{n}天"), an entity by its name. A unit
    the catalogue lacks keeps the fact file's word."""
    if lang == "en":
        return format_value(value, base)
    if isinstance(value, tuple):
        return "、".join(say_value(v, base, lang) for v in value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return tr(lang, "{year}-{month}-{day}", year=value.year, month=value.month, day=value.day)
    if isinstance(value, Quantity):
        from factcheck.messages import unit_words

        said = unit_words(lang).get(value.unit) or _lexicon_unit(value.unit, base, lang)
        amount = format_number(value.value)
        text = said.format(n=amount) if said else f"{amount} {value.unit}"
        if value.approx in APPROX:
            text = tr(lang, APPROX[value.approx], amount=text)
        if value.parts:
            text += "（" + " + ".join(format_number(p) for p in value.parts) + "）"
        return text
    if isinstance(value, str) and base is not None and base.get(value) is not None:
        return base.name(value, lang)
    return format_value(value, base, lang)


def shown_value(value: Value, base: FactBase, lang: Lang) -> str:
    """A value as `show` prints it: entities with their ids, counts and dates in the
    user's language."""
    if lang == "en":
        return format_value(value, base, lang)
    if isinstance(value, tuple):
        return ", ".join(shown_value(v, base, lang) for v in value)
    if isinstance(value, (Quantity, dt.date)):
        return say_value(value, base, lang)
    return format_value(value, base, lang)


def _field_value(fact: Fact, field: str) -> Value | None:
    """The typed value a correction names: `values.NAME`, or a date field."""
    if field.startswith("values."):
        return fact.values.get(field[7:])
    if field in fact.values:
        return fact.values[field]
    if field in ("date", "start", "end"):
        day = getattr(fact, field)
        return day if isinstance(day, dt.date) else None
    return None


def _said_actual(c: Any, base: FactBase, lang: Lang) -> str:
    """A correction's actual value in the user's language, when it is the field's value."""
    fact = base.get(c.fact) if lang != "en" else None
    value = _field_value(fact, c.field) if fact is not None else None
    if isinstance(value, Quantity) and c.actual == replace(value, parts=()).describe():
        value = replace(value, parts=())  # "8 days", said without its parts
    if value is not None and c.actual in (format_value(value), format_value(value, base)):
        return say_value(value, base, lang)
    return _say_count(str(c.actual), base, lang) or say(c.actual, lang, _namer(base, lang))


_COUNT = lazy(
    rf"(?:({'|'.join(APPROX_WORDS.values())}) )?(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?) ([a-z][a-z ]*)"
)


def _lexicon_unit(unit: str, base: FactBase | None, lang: Lang) -> str | None:
    """How a count of a unit the catalogue lacks is said: after the number, the first word
    the fact file's lexicon or the packaged one gives the unit in the language (2100人)."""
    if lang == "en":
        return None
    from factcheck.check.vocab import packaged

    own = base.lexicon if base is not None else {}
    for lexicon, measured_only in ((own, False), (packaged(), True)):
        entry = lexicon.get("units", {}).get(unit, {})
        if not isinstance(entry, dict) or (measured_only and "measure" not in entry):
            continue  # a packaged count unit (国家, 十年) needs a measure word the lexicon lacks
        words = entry.get(lang)
        if words and isinstance(words[0], str):
            return "{n}" + words[0].replace("{", "{{").replace("}", "}}")
    return None


def _say_count(text: str, base: FactBase, lang: Lang) -> str | None:
    """A count the checker wrote in English ("14 votes", "2 times", "more than 130
    hostages"), in the user's language when the catalogue has words for its unit."""
    found = _COUNT.fullmatch(text)
    if found is None:
        return None
    approx, number, unit = found.groups()
    from factcheck.messages import unit_words

    words = unit_words(lang)
    unit = next((u for u in (unit, unit + "s") if u in words or _lexicon_unit(u, base, lang)), "")
    if not unit:
        return None
    number = number.replace(",", "")
    amount = float(number) if "." in number else int(number)
    kind = next((k for k, w in APPROX_WORDS.items() if w == approx), "exact")
    return say_value(Quantity(amount, unit, kind), base, lang)


def _namer(base: FactBase, lang: Lang) -> Any:
    return lambda fact_id: base.name(fact_id, lang)


def _said_why(verdict: Verdict, base: FactBase, lang: Lang) -> str:
    """The explanation, with the values it quotes from the corrections and notes said in the
    user's language too."""
    why = verdict.explanation
    if lang == "en" or not isinstance(why, Msg):
        return say(why, lang)
    values = dict(why.values)
    first = verdict.corrections[0] if verdict.corrections else None
    if first is not None and values.get("actual") == first.actual:
        values["actual"] = _said_actual(first, base, lang)
    note = verdict.notes[0][1] if verdict.notes else None
    other = note.value if note is not None else None
    if other is not None and values.get("other") in (
        format_value(other),
        format_value(other, base),
    ):
        values["other"] = say_value(other, base, lang)
    return say(Msg(why.template, **values), lang, _namer(base, lang))


def verdict_lines(verdict: Verdict, base: FactBase, lang: Lang) -> list[str]:
    """A verdict for people: the verdict and why, then the claim part by part (✓ backed,
    ✗ contradicted, ! disputed, ? no fact says it) with the fact and paragraph behind each,
    then the corrections and notes."""
    lines = [
        f"{verdict_label(verdict.verdict, lang)}  {safe(verdict.claim)}",
        f"  {safe(_said_why(verdict, base, lang))}",
    ]
    marks = {"supported": "✓", "refuted": "✗", "disputed": "!", "unknown": "?"}
    shown = [a for a in verdict.assertions if a.text.strip()]
    column = max((width(safe(a.text)) for a in shown), default=0)
    nothing = tr(lang, "no fact says this")
    for a in shown:
        fact = base.get(a.fact) if a.fact else None
        if fact is not None:
            where = f"{safe(fact.id)} ({', '.join(fact.source)})"
        elif a.status == "unknown":
            where = nothing
        else:
            where = ""
        lines.append(f"  {marks.get(a.status, '?')} {pad(safe(a.text), column)}  {where}".rstrip())
    mark = "!" if verdict.verdict == "disputed" else "✗"
    for c in verdict.corrections:
        said = tr(
            lang,
            "{fact} {field}: {actual}, not {claimed}",
            fact=safe(c.fact),
            field=safe(c.field),
            actual=safe(_said_actual(c, base, lang)),
            claimed=safe(say(c.claimed, lang)),
        )
        lines.append(f"  {mark} {said}")
    for fid, note in verdict.notes:
        lines.append(f"  ! {safe(fid)}: {note_line(note, lang, base)}")
    return lines


# ---- quizzes ------------------------------------------------------------------------------

QUIZ_WORDS = {
    "right": N_("Right."),
    "wrong": N_("Wrong. The answer is: {answer}"),
    "score": N_("Score: {score}/{total}"),
    "time": N_("Time: {seconds:.0f} s"),
    "missed": N_("Missed: {facts}"),
    "stopped": N_("Stopped after {done} of {total} questions."),
    "changed": N_("  The statement said {said}; the fact says {actual}."),
    "flagged": N_("Flagged: this question will not be asked again."),
    "second": N_("Second tries: {right}/{total} right"),
    "fewer": N_("Only {made} fair question{s} can be made from these facts (asked for {count})."),
}


def quiz_word(key: str, lang: Lang, **values: Any) -> str:
    return tr(lang, QUIZ_WORDS[key], **values)


def quiz_question_lines(question: Any, n: int, total: int, lang: Lang = "en") -> list[str]:
    """A question as plain numbered text (plain mode and --export previews)."""
    lines = [
        tr(
            lang,
            "Again {n}/{total} ({type}): {text}"
            if question.again
            else "Question {n}/{total} ({type}): {text}",
            n=n,
            total=total,
            type=tr(lang, question.type),
            text=safe(question.shown),
        )
    ]
    for i, choice in enumerate(question.choices or (), 1):
        lines.append(f"  {i}. {safe(choice)}")
    return lines


def quiz_feedback_lines(outcome: Any, lang: Lang) -> list[str]:
    """After an answer: right or wrong, the right answer, the fact and its source."""
    q = outcome.question
    head = (
        quiz_word("right", lang)
        if outcome.correct
        else quiz_word("wrong", lang, answer=safe(q.answer))
    )
    lines = [head]
    if not outcome.correct and q.value_kind == "date" and lang != "en":  # 2024年6月10日
        try:
            day = dt.date.fromisoformat(q.answer)
        except ValueError:
            day = None
        if day is not None:
            lines = [quiz_word("wrong", lang, answer=say_value(day, None, lang))]
    if q.changed is not None:  # a false statement: what was changed
        lines.append(
            quiz_word("changed", lang, said=safe(q.changed[0]), actual=safe(q.changed[1]))
        )
    return [*lines, f"  {safe(q.explanation)} ({q.source}; {q.fact})"]


def quiz_summary_lines(result: Any, lang: Lang) -> list[str]:
    """The end of a quiz: how far it got, the time, the missed facts, and last the score."""
    lines = []
    if result.interrupted:
        lines.append(quiz_word("stopped", lang, done=len(result.outcomes), total=result.asked))
    lines.append(quiz_word("time", lang, seconds=result.seconds))
    missed = list(dict.fromkeys(q.fact for q in result.missed))
    if missed:
        lines.append(quiz_word("missed", lang, facts=", ".join(missed)))
    if result.retries:
        right = sum(o.correct for o in result.retries)
        lines.append(quiz_word("second", lang, right=right, total=len(result.retries)))
    lines.append(quiz_word("score", lang, score=result.score, total=len(result.outcomes)))
    return lines


def stats_lines(stats: Mapping[str, Any], lang: Lang = "en") -> list[str]:
    """`factcheck stats` for people."""
    accuracy = stats["accuracy"]
    lines = [
        tr(
            lang,
            "answers: {answers}, correct: {correct}",
            answers=stats["answers"],
            correct=stats["correct"],
        )
        + (f" ({accuracy:.0%})" if accuracy is not None else ""),
        tr(lang, "streak: {days} day(s)", days=stats["streak_days"]),
        tr(
            lang,
            "due now: {now}, due within a day: {soon}",
            now=len(stats["due_now"]),
            soon=len(stats["due_soon"]),
        ),
    ]
    for title, key in ((N_("by kind:"), "by_kind"), (N_("by tag:"), "by_tag")):
        groups = stats[key]
        if groups:
            lines.append(tr(lang, title))
            for name, group in groups.items():
                name = kind_name(name, lang) if key == "by_kind" else name
                share = tr(
                    lang,
                    "{share:.0%} of {answers}",
                    share=group["accuracy"],
                    answers=group["answers"],
                )
                lines.append(f"  {pad(safe(name), 20)} {share}")
    if stats["most_missed"]:
        lines.append(tr(lang, "most missed:"))
        for row in stats["most_missed"]:
            missed = tr(
                lang, "{misses} of {answers}", misses=row["misses"], answers=row["answers"]
            )
            lines.append(f"  {pad(safe(row['fact']), 40)} {missed}")
    if stats["next_due"]:
        lines.append(tr(lang, "next due:"))
        for row in stats["next_due"][:10]:
            lines.append(f"  {pad(safe(row['fact']), 40)} {row['due'][:16].replace('T', ' ')} UTC")
        if len(stats["next_due"]) > 10:
            more = len(stats["next_due"]) - 10
            lines.append("  " + tr(lang, "… and {more} more (--json lists them all)", more=more))
    if stats["trend"]:
        lines.append(tr(lang, "by day:"))
        for row in stats["trend"]:
            share = tr(
                lang, "{share:>4.0%} of {answers}", share=row["accuracy"], answers=row["answers"]
            )
            lines.append(f"  {row['day']}  {share}")
    return lines


def score_lines(score: Any, lang: Lang = "en") -> list[str]:
    """`check --score` for people: precision and recall per label, the confusion matrix
    (a row per label, a column per verdict), accuracy and the two worst kinds of mistake."""
    from factcheck.check.model import VERDICTS

    def share(x: float | None) -> str:
        return "–" if x is None else f"{x:.1%}"

    names = [v if lang == "en" else tr(lang, VERDICT_LABELS[v]) for v in VERDICTS]
    first = max(width(n) for n in [*names, tr(lang, "label")]) + 2
    heads = [tr(lang, "claims"), tr(lang, "precision"), tr(lang, "recall")]
    lines = [pad(tr(lang, "label"), first) + "".join(pad(h, 12) for h in heads).rstrip()]
    for verdict, name in zip(VERDICTS, names, strict=True):
        cells = [
            str(sum(score.confusion[verdict].values())),
            share(score.precision(verdict)),
            share(score.recall(verdict)),
        ]
        lines.append(pad(name, first) + "".join(pad(c, 12) for c in cells).rstrip())
    lines += ["", tr(lang, "confusion (a row per label, a column per verdict):")]
    column = max(width(n) for n in names) + 2
    lines.append(" " * first + "".join(pad(n, column) for n in names).rstrip())
    for verdict, name in zip(VERDICTS, names, strict=True):
        cells = [str(score.confusion[verdict][v]) for v in VERDICTS]
        lines.append(pad(name, first) + "".join(pad(c, column) for c in cells).rstrip())
    lines.append("")
    for head, found in (
        (N_("false supports (not true, called supported): {count}"), score.false_supports),
        (N_("true claims refuted: {count}"), score.true_refuted),
    ):
        where = f" ({tr(lang, 'lines')} {', '.join(map(str, found[:20]))})" if found else ""
        lines.append(tr(lang, head, count=len(found)) + where)
    lines.append(
        tr(
            lang,
            "accuracy: {share} of {count} claims",
            share=share(score.accuracy),
            count=score.total,
        )
    )
    return lines
