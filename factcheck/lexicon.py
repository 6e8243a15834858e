"""What the claim checker's vocabulary holds, for people writing fact files: the named
entries of the packaged lexicon and of a base's own `[lexicon]`, and what a word is read as."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.check.vocab import Vocabulary
    from factcheck.facts import FactBase

# the lexicon's tables of named entries, each with its words (`en`, `zh`)
TABLES = ("predicates", "units", "offices", "camps", "outside", "cues")


@dataclass(frozen=True)
class Entry:
    """One named entry of a lexicon table: a predicate, a unit, an office, a camp, an
    outside actor or place, or a cue, with its words and where it comes from."""

    table: str
    name: str
    en: tuple[str, ...]
    zh: tuple[str, ...]
    fields: tuple[str, ...]  # a predicate's or unit's fields ("actor", "target")
    own: bool  # added or extended by the base's own [lexicon]


@dataclass(frozen=True)
class WordReading:
    """What the checker reads a word or phrase as: a category of the vocabulary (predicate,
    unit, office, entity, cue, measure word, function word) and its key, or nothing ("" for
    both)."""

    word: str
    category: str
    key: str
    own: bool


def entries(base: FactBase, table: str | None = None) -> list[Entry]:
    """The named entries of the packaged lexicon merged with the base's own, table by table
    and name by name (one table, or all of `TABLES`)."""
    from factcheck.check.vocab import merge, packaged

    shipped, extra = packaged(), base.lexicon
    lex = merge(shipped, extra)
    out: list[Entry] = []
    for name in (table,) if table else TABLES:
        own_table = extra.get(name, {})
        for key, entry in sorted(lex.get(name, {}).items()):
            if not isinstance(entry, Mapping):
                continue
            out.append(
                Entry(
                    table=name,
                    name=key,
                    en=_words(entry.get("en")),  # a file's words after the packaged, once each
                    zh=_words(entry.get("zh")),
                    fields=_words(entry.get("fields")),
                    own=isinstance(own_table, Mapping) and key in own_table,
                )
            )
    return out


def readings(base: FactBase, words: list[str]) -> list[WordReading]:
    """What the checker reads each word or phrase as, in the base's vocabulary: every
    category it is listed under, or one `WordReading` with no category when it is a plain word."""
    from factcheck.check.vocab import build
    from factcheck.numbers import find_numbers
    from factcheck.textnorm import normalize

    voc = build(base)
    own = {
        (table, key)
        for table, entries_of in base.lexicon.items()
        if isinstance(entries_of, Mapping)
        for key in entries_of
    }
    out: list[WordReading] = []
    for word in words:
        phrase = normalize(word).strip()
        tags = voc.lookup(phrase)
        if phrase in voc.upper and not word.isupper():
            tags = [t for t in tags if t[0] != "entity"]  # "us" is a word; "US" the state
        numbers = find_numbers(phrase) if phrase else []
        if (
            not tags
            and len(numbers) == 1
            and numbers[0].start == 0
            and numbers[0].end == len(phrase)
        ):
            tags = [("number", "")]  # "14", "fourteen", "十四": a count, read as such
        if not tags and phrase in voc.measure_words:  # 枚 of 四枚氢弹: a count's measure word
            mine = base.lexicon.get("numbers", {})
            ours = isinstance(mine, Mapping) and phrase in mine.get("measure_words_zh", ())
            out.append(WordReading(word, "measure", "", ours))
            continue
        if not tags and (phrase in voc.function_en or (phrase and set(phrase) <= voc.function_zh)):
            tags = [("function", "")]
        roles = _roles(voc, phrase)
        if phrase and phrase in voc.percent_signs:  # 20%: the number is in per cent
            listed = base.lexicon.get("numbers", {})
            ours = isinstance(listed, Mapping) and phrase in listed.get("percent_signs", ())
            out.append(WordReading(word, "percent_sign", "", ours))
            continue
        if not tags and not roles and not _synonyms(base, voc, word, phrase):
            out.append(WordReading(word, "", "", False))
        for category, key in tags:
            out.append(WordReading(word, category, key, _table_key(category, key) in own))
        out += _synonyms(base, voc, word, phrase)
        for category, table, key in roles:  # "from": no doer after it; 人质: a held one
            listed = {normalize(w).strip() for w in _words(_entry(base, table, key))}
            shown = key if table == "deed_nouns" else ""
            out.append(WordReading(word, category, shown, phrase in listed))
    return out


def _synonyms(base: FactBase, voc: Vocabulary, word: str, phrase: str) -> list[WordReading]:
    """The synonym groups a word is in (`[synonyms] groups`), each as the group's other
    words, marked as the file's own where the file lists the group."""
    from factcheck.check.vocab import packaged

    if not phrase or voc.word_key(phrase) not in voc.synonyms:
        return []
    key = voc.word_key(phrase)
    out = []
    for lexicon, own in ((packaged(), False), (base.lexicon, True)):
        table = lexicon.get("synonyms", {})
        groups = table.get("groups", ()) if isinstance(table, Mapping) else ()
        for group in groups:
            words = [w for w in group if isinstance(w, str)]
            if key in {voc.word_key(w) for w in words}:
                others = ", ".join(w for w in words if voc.word_key(w) != key)
                out.append(WordReading(word, "synonym", others, own))
    return out


def _entry(base: FactBase, table: str, key: str) -> Any:
    """A file's own entry of a lexicon table (its list of words), or nothing."""
    mine = base.lexicon.get(table, {})
    return mine.get(key, ()) if isinstance(mine, Mapping) else ()


def _roles(voc: Vocabulary, phrase: str) -> list[tuple[str, str, str]]:
    """What a word does to the words around it, by the lexicon's tables of roles: a word
    before a name that makes it no doer (`not_doers`), a noun that says a deed (`deed_nouns`).
    Each as its reading's category, the table and the entry it is listed under."""
    found: list[tuple[str, str, str]] = []
    if phrase and phrase in (w.strip() for w in voc.not_doers_en):
        found.append(("not_doer", "not_doers", "en"))
    if phrase and phrase in voc.not_doers_zh:
        found.append(("not_doer", "not_doers", "zh"))
    found += [("deed_noun", "deed_nouns", k) for k, ws in voc.deed_nouns.items() if phrase in ws]
    return found


def _table_key(category: str, key: str) -> tuple[str, str]:
    """The lexicon table and entry name a reading's category and key come from."""
    if category == "entity" and key.startswith("outside-"):
        return "outside", key.removeprefix("outside-")
    return f"{category}s", key  # predicate -> predicates, unit -> units, camp -> camps, …


def _words(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(dict.fromkeys(str(v) for v in value))
    return ()
