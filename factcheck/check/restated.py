"""A count that only says how many names were just listed (埃及和卡塔尔两国, 格维尔和斯莫特里赫
两人, "Ben-Gvir and Smotrich, the two ministers"): the list accounts for it, as the names are
each backed or not on their own; no fact need give that number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.textnorm import normalize

if TYPE_CHECKING:
    from factcheck.check.evidence import Context
    from factcheck.check.model import Part, Reading
    from factcheck.check.vocab import Vocabulary


def restated_counts(ctx: Context) -> None:
    """Each exact count right after a list of as many names, joined only by the lexicon's
    `restated.joins`, is an operator of that list; so is a counter of people right after a
    bare count (两人) where the names are people's. A count of another number than the
    names listed is left as it is."""
    r, voc = ctx.reading, ctx.checker.voc
    if not voc.restated_joins:
        return
    parts = sorted(r.parts, key=lambda x: x.start)
    for i, count in enumerate(parts):
        if count.kind != "number" or count.status != "unknown" or count.approx != "exact":
            continue
        listed = _listed_before(r, voc, parts[:i], count)
        if len(listed) < 2 or count.value != len(listed) or not _counts_them(voc, count, listed):
            continue
        after = parts[i + 1] if i + 1 < len(parts) else None
        counter = (
            after is not None
            and after.kind == "term"
            and after.status == "unknown"
            and after.start == count.end
            and normalize(after.text).strip() in voc.restated_counters
        )
        if counter and not all(voc.entity_kind.get(x.key) == "person" for x in listed):
            continue  # 两人 counts people: the names must be people's
        count.status, count.detail = "operator", f"{len(listed)} named"
        if counter and after is not None:
            after.status, after.detail = "operator", count.detail


def _listed_before(r: Reading, voc: Vocabulary, before: list[Part], count: Part) -> list[Part]:
    """The names listed right before a count, last first, where only a word of
    `restated.before` stands between the last of them and the count."""
    if not before or before[-1].kind != "entity":
        return []
    if not _gap(r.norm[before[-1].end : count.start], voc.restated_before, count):
        return []
    listed = [before[-1]]
    for x in reversed(before[:-1]):
        if x.kind != "entity" or not _gap(r.norm[x.end : listed[-1].start], voc.restated_joins):
            break
        listed.append(x)
    return listed


def _gap(text: str, allowed: frozenset[str], count: Part | None = None) -> bool:
    """Whether the text between two parts holds only a list's commas and one allowed word
    or phrase. Before an English count there must be something ("X and Y, the two"): "X and
    Y 2" lists nothing."""
    said = " ".join(text.replace(",", " ").replace("，", " ").replace("、", " ").split())
    if count is not None and count.text.isascii() and not text.strip():
        return False
    return not said or said in allowed


def _counts_them(voc: Vocabulary, count: Part, listed: list[Part]) -> bool:
    """Whether the count's unit may count the names: none (a bare count), or a unit word
    whose kind the names have (国 of states and parties, not of people)."""
    if not count.key:
        return True
    kind, _ = voc.unit_holders.get(count.key, ("", ()))
    if not kind or count.key not in voc.restated_units:
        return False
    return all(voc.entity_kind.get(x.key) not in ("person", "place") for x in listed)
