"""Changes from one state to another ("switched from normal law to alternate law",
由正常法则转为备用法则): a claim that gives the two ends the other way round from the fact
that backs its words says a change that did not happen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.check.evidence import Context
from factcheck.check.model import Correction, Part, Reading
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.vocab import Vocabulary

_STOP = r"(?=[,;.，；。]|\s+(?:and|but|which|while|after|before|when|at|on|in|by)\b|$)"
_FROM_TO = (
    lazy(
        rf"\bfrom\s+(?:the\s+)?(?P<a>[^,;.]+?)\s+(?:to|into|towards?)\s+(?:the\s+)?"
        rf"(?P<b>[^,;.]+?){_STOP}"
    ),
    lazy(  # 不再要求完全避开火山灰，而改为按浓度设定限值: no longer the one, the other instead
        r"不再(?P<a>[^，；。,;]{1,16}?)[，,]?\s*(?:而是?)?(?:改为|转为|改成|变为|转而)"
        r"(?P<b>[^，；。,;]{1,16}?)(?=[，；。,;]|$)"
    ),
    lazy(
        r"(?:从|由)(?P<a>[^，；。,;]{1,12}?)(?:转为|转入|变为|变成|改为|转成|切换为|切换到"
        r"|移交给|移交到|移交|转交给|转交|转移到|转移给|划归|划给|交给|转到)了?"
        r"(?P<b>[^，；。,;]{1,12}?)(?=[，；。,;]|$)"
    ),
)
_ROUTE_ZH = lazy(  # 从纽约驶往阜姆: a route, whose ends are places
    r"(?:从|由)(?P<a>[^，；。,;]{1,12}?)(?:驶往|开往|飞往|前往|驶向|开向|飞向|去往|航行至|航行到)"
    r"(?P<b>[^，；。,;]{1,12}?)(?=[，；。,;的]|$)"
)
_ENDS = ("term", "unit", "entity", "office")


def from_to(ctx: Context) -> None:
    """A change whose two ends the claim swaps against the words of the fact that backs
    them: both ends refuted, the fact's change given as the correction."""
    checker, r = ctx.checker, ctx.reading
    for claimed in _changes(checker.voc, r, routes=True):
        facts = {x.fact for x in claimed.parts if x.status == "supported" and x.fact}
        for fid in sorted(facts):
            p = checker.by_id.get(fid)
            if p is None or (claimed.route and (p.slots.get("from") or p.slots.get("to"))):
                continue  # a route its fact types is judged by its typed ends
            said = checker.reading_of(p.fact.text.zh if r.lang == "zh" else p.fact.text.en)
            found = _changes(checker.voc, said, routes=claimed.route)
            actual = next((c for c in found if _swapped(claimed, c)), None)
            if actual is not None:
                for x in claimed.parts:
                    x.status, x.fact, x.field = "refuted", fid, "text"
                ctx.corrections.append(Correction(fid, "text", claimed.text, actual.text))
                break


@dataclass(frozen=True)
class Change:
    """A change said in a text: what it was from and to (entity keys and English word keys,
    or the Chinese words), the parts that say them, and its words."""

    start: frozenset[str]
    end: frozenset[str]
    parts: tuple[Part, ...]
    text: str
    route: bool = False  # its ends name a place: a way travelled, not a change of state


def _swapped(claimed: Change, actual: Change) -> bool:
    """The claim's end is where the fact's change began (and not where it went), and its
    start shares words with where it went: "from limits … towards avoiding all ash", where
    the fact moved from avoiding all ash towards "limits based on …" (cut at "on")."""
    return (
        claimed.end <= actual.start
        and not claimed.end <= actual.end
        and bool(claimed.start & actual.end)
        and not claimed.start <= actual.start
    )


def _changes(voc: Vocabulary, r: Reading, routes: bool = False) -> list[Change]:
    """Each "from A to B" of a text; one naming a place (a route) only where `routes` is
    asked for (where a route goes a fact may type, and its ends' own readers judge)."""
    out = []
    patterns = (*_FROM_TO, _ROUTE_ZH) if routes else _FROM_TO
    for pattern in patterns:
        for m in pattern.finditer(r.norm):
            a, b = (
                [
                    x
                    for x in r.parts
                    if x.kind in _ENDS and x.start < m.end(g) and m.start(g) < x.end
                ]
                for g in ("a", "b")
            )
            route = any(_place(voc, x) for x in (*a, *b))
            if not a or not b or (route and not routes):
                continue
            if r.lang == "zh":  # a Chinese run may take in the word of change (手动模式转)
                start, end = frozenset({m.group("a")}), frozenset({m.group("b")})
            else:
                start, end = _keys(a), _keys(b)
            text = r.claim[m.start("a") : m.end("b")]
            out.append(Change(start, end, (*a, *b), text, route))
    return out


def _place(voc: Vocabulary, x: Part) -> bool:
    return x.kind == "entity" and voc.entity_kind.get(x.key) == "place"


def _keys(parts: list[Part]) -> frozenset[str]:
    return frozenset(x.key for x in parts)
