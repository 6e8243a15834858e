"""Who does what, by position: the doer of a verb stands just before it ("Qatar mediated",
卡塔尔斡旋) or after "by"/由 beyond it ("submitted by the US"); a verb said as a noun
("in the vote", 表决中) has no doer of its own. Claims and facts' texts are read alike."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.check.model import Part, Reading
from factcheck.textnorm import lazy

if TYPE_CHECKING:
    from factcheck.check.vocab import Vocabulary

_PARTING = ("among", "all", "author", "reporting")  # 包括, "including": a new list, not a doer
_JOINED = lazy(r"^\s*(?:,\s*(?:and|or)\b|and|or|,|、|，|和|与|及|以及|同)?\s*(?:the\s+)?$")
BY = lazy(r"\bby\b|由|被")  # the doer after it: "submitted by the US", 由美国提交
_IN_FRAME = lazy(r"在\s*$")  # 瓦恩在鲁姆的斡旋下: the frame's own doer
_UNDER_FRAME = lazy(r"\s*之?下")
_TOWARD = lazy(
    r"(?:向|对|给|朝|把)\s*$"
)  # 向市议会递交, 把哈马斯列为: whom it is done to, never its doer
_PASSIVE = lazy(r"\s+(?:was|were|is|are|been|being|be|got|get|gets)\s+(?:[a-z]+ly\s+)?", re.I)
_PARTICIPLE = lazy(r"[a-z]+(?:ed|en)\b", re.I)  # arrested, freed, taken, chosen
_TO_THEN = lazy(r"\s+to\s+|\s+(?<=to\s)", re.I)  # "agreed to pay": one doer for both verbs
_PRONOUN_SUBJECT = lazy(r"\b(?:it|he|she|they|we|i|you)\b", re.I)  # a doer of its own
_COORDINATED = lazy(r"\s*(?:and(?:\s+then)?|并|并且|而后|随后)\s*")  # one doer, two verbs
_COORDINATED_AFTER = lazy(r"\s*,?\s*(?:and(?:\s+then)?|but|yet)\s+", re.I)  # after objects
_BY_FIRST = lazy(r"[^,;，；。]*?\bby\s+(?:the\s+)?$")  # the passive's doer, after the verb


def joined(between: str) -> bool:
    """Whether the text between two names only joins them ("and", ",", 和, 与)."""
    return _JOINED.match(between) is not None


def conjoined(between: str) -> bool:
    """Whether two names are two, joined by a word ("Anadarko and MOEX", 甲和乙), not one
    name said in two parts ("UN Security Council")."""
    return joined(between) and between.strip(" ,，、") != ""


def joined_to(r: Reading, predicate: Part) -> Part | None:
    """The verb a predicate is joined to by "and" (并, 随后), whose doer does it too: "the
    Sewol capsized and sank". Verbs side by side with nothing between need not share one
    (弃权通过: the abstainer did not adopt)."""
    before = [x for x in r.parts if x.kind == "predicate" and x.end <= predicate.start]
    last = max(before, key=lambda x: x.end, default=None)
    if last is None:
        return None
    if _COORDINATED.fullmatch(r.claim, last.end, predicate.start):
        return last
    at = _past_objects(r, last.end, predicate.start)
    if at > last.end and _COORDINATED_AFTER.fullmatch(r.claim, at, predicate.start):
        return last  # "acquitted Varn but convicted Osk": the verb after its objects
    return None


def _past_objects(r: Reading, start: int, end: int) -> int:
    """Where the names right after a verb (its objects, joined by "and" or commas) end."""
    at = start
    for x in sorted((x for x in r.parts if x.kind == "entity"), key=lambda x: x.start):
        if at <= x.start and x.end <= end and (at == start or joined(r.claim[at : x.start])):
            if at == start and r.claim[at : x.start].strip().lower() not in ("", "the"):
                break
            at = x.end
        elif x.start >= at:
            break
    return at


def occasion(voc: Vocabulary, r: Reading, predicate: Part) -> bool:
    """Whether a verb is said as a noun naming an occasion ("in the vote", 表决中), which
    has no doer of its own in the clause."""
    before = r.claim[: predicate.start].lower().split()
    after = r.claim[predicate.end :]
    return bool(before and before[-1] in voc.occasion_before) or after.startswith(
        voc.occasion_after
    )


# an aside set off by commas that says who the named one is: "X, a deputy premier, led"
ASIDE = lazy(r"\s*,\s*(?:a|an|the|who\s+was|then|one\s+of)\b[^,;]*,\s*")


def _aside(r: Reading, between: str, start: int) -> bool:
    """Whether what stands between a name and its verb is an aside set off by commas that
    says who the named one is ("Legasov, a Soviet chemist, headed …"), with no verb in it."""
    if not ASIDE.fullmatch(between):
        return False
    end = start + len(between)
    return not any(x.kind == "predicate" and start <= x.start < end for x in r.parts)


def _named_twice(r: Reading, entity: Part, predicate: Part) -> bool:
    """Whether a name and its verb stand apart only by the same actor named again between
    commas ("the owner, Shoei Kisen Kaisha, brought in …"), from either of the two names."""
    spans = [
        (x.start, x.end) for x in r.parts
        if x.kind == "entity" and x.key == entity.key and x is not entity
    ]  # fmt: skip
    between = "".join(
        " " if any(a <= i < b for a, b in spans) else r.claim[i]
        for i in range(entity.end, predicate.start)
    )
    if between.strip() != "," and re.fullmatch(r"\s*,\s+,\s*", between):
        return True  # from the first: "the owner, <it again>, brought"
    before = r.claim[: entity.start]
    return between.strip() == "," and any(
        b <= entity.start and re.fullmatch(r"\s*,\s*", before[b:]) for _, b in spans
    )  # from the second: "<it>, the owner, brought"


def _controls(voc: Vocabulary, verb: Part) -> bool:
    """Whether a verb's doer also does the verb after its "to" (agreed, refused)."""
    words = verb.text.lower().split()
    return bool(words) and words[0] in voc.control


def done_to(r: Reading, entity: Part, predicate: Part) -> bool:
    """Whether an actor named right before a verb in the passive is the one it was done to
    ("Schettino was arrested", "Le Médec was killed")."""
    return (
        r.lang == "en"
        and entity.end <= predicate.start
        and _PASSIVE.fullmatch(r.claim, entity.end, predicate.start) is not None
        and _PARTICIPLE.match(predicate.text) is not None
    )


def agent(voc: Vocabulary, r: Reading, entity: Part, predicate: Part) -> bool:
    """Whether an actor is the doer of a predicate, by position: just before it ("Qatar
    mediated", 卡塔尔斡旋) or after "by"/由 beyond it ("submitted by the US")."""
    key = ("agent", id(entity), id(predicate))
    if key not in r.memo:
        r.memo[key] = _is_agent(voc, r, entity, predicate)
    return r.memo[key]  # type: ignore[return-value]


def _is_agent(voc: Vocabulary, r: Reading, entity: Part, predicate: Part) -> bool:
    lo, hi = (
        sorted((entity.end, predicate.start))
        if entity.end <= predicate.start
        else sorted((predicate.end, entity.start))
    )
    if predicate.end <= entity.start and _cleft(voc, r, entity, predicate):
        return True  # 宣布解散战时内阁的是内塔尼亚胡: "the one who announced it was Netanyahu"
    verbs = [x for x in r.parts if x.kind == "predicate" and x is not predicate]
    if entity.end <= predicate.start:
        first = joined_to(r, predicate)
        if first is not None and lo <= first.start:
            return agent(voc, r, entity, first)  # "the Sewol capsized and sank"
        if first is not None and first.end <= entity.start:
            return False  # "acquitted Varn but convicted Osk": Varn is the first verb's object
    if any(
        lo <= x.start < hi
        and not occasion(voc, r, x)
        and not (_controls(voc, x) and _TO_THEN.fullmatch(r.claim, x.end, predicate.start))
        for x in verbs
    ):
        return False  # another verb stands between them: it is that verb's actor (but in
        # "Exxon agreed to pay", the one who agreed is the one who pays)
    if any(lo <= x.start < hi for x in r.parts if x.kind == "cue" and x.key in _PARTING):
        return False  # "消灭哈马斯”包括摧毁…": an operator word between them parts them
    if entity.end <= predicate.start:
        if any(
            x.kind == "unit"
            and entity.end <= x.start
            and x.end <= predicate.start
            and not r.claim[entity.end : x.start].strip()
            for x in r.parts
        ):
            return False  # "the only Security Council member to abstain": the member did
        if _TOWARD.search(r.claim, max(0, entity.start - 2), entity.start):
            return False  # 护河者向市议会递交请愿书: the council is given it
        between = r.claim[entity.end : predicate.start]
        nearer = [
            x for x in r.parts if x.kind == "entity" and entity.end <= x.start < predicate.start
        ]
        aside = r.lang == "en" and (
            _aside(r, between, entity.end) or _named_twice(r, entity, predicate)
        )
        if aside:
            nearer = [x for x in nearer if x.key != entity.key]
        if (
            r.lang == "en"
            and nearer
            and not aside
            and not _JOINED.match(r.claim[entity.end : nearer[0].start])
        ):
            return False  # "prisoners as the hostages Hamas released": Hamas released them
        if BY.search(between):
            return False
        if (
            r.lang == "zh"
            and nearer
            and not _JOINED.match(r.claim[entity.end : nearer[0].start])
            and r.claim[nearer[-1].end : predicate.start].strip() in ("", "的")
            and _IN_FRAME.search(r.claim, entity.end, nearer[0].start)
            and _UNDER_FRAME.match(r.claim, predicate.end)
        ):
            return False  # 瓦恩在鲁姆的斡旋下释放: Lume mediates; Varn does what follows
        if r.lang == "en" and _PRONOUN_SUBJECT.search(between):
            return False  # "prisoners it had been holding": "it" does the holding
        if done_to(r, entity, predicate):
            return False  # "Schettino was arrested": the one it was done to
        if re.search(r"[,;，；。]", between) and not aside:
            return False
        return not any(  # "the Titanic was built by Harland and Wolff": they built it
            x.kind == "entity"
            and x.start >= predicate.end
            and _BY_FIRST.match(r.claim, predicate.end, x.start)
            for x in r.parts
        )
    after = r.claim[predicate.end : entity.start]
    return bool(BY.search(after)) and not re.search(r"[;；。]", after)


@lru_cache(maxsize=8)
def _cleft_pattern(heads: tuple[str, ...], adverbs: tuple[str, ...]) -> re.Pattern[str]:
    """…的(人)(就)是 at the end of a text, from the lexicon's `[cleft]`."""
    head = "|".join(map(re.escape, heads)) or "(?!)"
    adverb = "|".join(map(re.escape, adverbs)) or "(?!)"
    return re.compile(rf"的(?:{head})?(?:{adverb})?是\s*$")


def cleft(voc: Vocabulary, r: Reading, entity: Part, predicate: Part) -> bool:
    """Whether the actor is named after 的是 as the doer of the verb before it."""
    return predicate.end <= entity.start and _cleft(voc, r, entity, predicate)


def _cleft(voc: Vocabulary, r: Reading, entity: Part, predicate: Part) -> bool:
    """A Chinese cleft, 宣布…的是X: the actor after 的是 does the verbs of the clause before
    it, where no actor stands before them in their clause (内塔尼亚胡解散的是战时内阁: the
    cabinet is what was dissolved)."""
    if r.lang != "zh" or voc.entity_kind.get(entity.key) not in ("person", "party"):
        return False
    after = r.claim[predicate.end : entity.start]
    cleft = _cleft_pattern(voc.cleft_heads, voc.cleft_adverbs)
    if not cleft.search(after) or re.search(r"[,;，；。]", after):
        return False
    start = max(
        (m.end() for m in re.finditer(r"[,;，；。]", r.claim[: predicate.start])), default=0
    )
    return not any(
        x.kind == "entity"
        and voc.entity_kind.get(x.key) in ("person", "party")
        and start <= x.start
        and x.end <= predicate.start
        for x in r.parts
    )
