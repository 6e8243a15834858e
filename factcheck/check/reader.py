"""Reading a claim (or a fact's text) into parts, each with its span in the text.

One pass finds dates, then numbers, then every phrase of the vocabulary (entities,
predicates, units, offices, camps, operators). Numbers take the unit that follows them;
negation takes the predicate or part it governs; what is left is content words, which the
facts must hold as words. Only function words may be left without a part.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from factcheck.check.model import Part, Reading
from factcheck.check.vocab import Vocabulary, type_head
from factcheck.dates import DateMention, find_dates
from factcheck.numbers import (
    A_SINGLE,
    APPROX_AFTER,
    APPROX_BEFORE,
    CN_CHARS,
    EXACT_BEFORE,
    MAX_DIGITS,
    NUMERAL_WORDS,
    _approx,
    find_numbers,
    parse_chinese,
)
from factcheck.regexes import compile as compiled
from factcheck.textnorm import _CJK_RUN, _PUNCT, fold, lazy, normalize

_DIGITS = lazy(rf"\d{{{MAX_DIGITS + 1},}}")  # longer than any number that is read
_UNREAD = lazy(r"(?<![\w.,])\d{1,3}(?=,\s)")  # a small count set off by a comma
_TOKEN = lazy(r"[a-z0-9]+(?:['’][a-z]+)?|[\u3400-\u4dbf\u4e00-\u9fff]")
_CJK = lazy("[\u3400-\u4dbf\u4e00-\u9fff]")
VERB_LIKE = lazy(r"[A-Za-z]{3,}ed$")  # "investigated", "rated": a verb the lexicon lacks
_CLAUSE = lazy(r"[,;:.!?，；：。！？、]|\b(?:and|but|while|whereas)\b|但是|并且|同时")
_TALLY = lazy(
    r"(?<![\d.-])(\d{1,3})\s*(?:-|–|to|比)\s*(\d{1,3})(?:\s*(?:-|–|比)\s*(\d{1,3}))?(?![\d-])(?!\.\d)"
)
TALLY_FIELDS = ("for", "against", "abstain")
_CN_HOUR = "[零一二三四五六七八九十两]{1,3}"
_CN_MINUTE = "[零一二三四五六七八九十]{1,4}"
_TIME = lazy(
    rf"(?:(?P<zh_part>早上|早晨|上午|中午|下午|晚上|晚间|傍晚|凌晨|早|(?<!最)晚)\s*)?(?:(?P<zh>\d{{1,2}}|{_CN_HOUR})\s*[点时]"
    rf"(?:\s*(?P<zh_m>\d{{1,2}}|{_CN_MINUTE})\s*分|(?P<half>半)|(?P<quarter>一|三)刻)?(?!间|期|候)"
    r"|(?P<h>\d{1,2})[:：](?P<m>\d{2})(?:[:：]\d{2})?(?:\s*(?P<h_ampm>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|\s+(?:in the (?P<h_part>morning|afternoon|evening|night)|(?P<h_night>at night))\b)?)"
    r"|\b(?P<en>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*"
    r"(?:(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])|in the (?P<part>morning|afternoon|evening)\b|o'clock)"
)
_MIDNIGHT = lazy(
    r"(?P<near>\b(?:(?:shortly|just|soon|right)\s+)?(?:after|before|past)\s+)?"
    r"\b(?:at\s+)?(?P<word>midnight|noon)\b"
    r"|(?P<zh_word>午夜|子夜|中午|正午)(?P<zh_near>刚过|过后|前后|左右)?"
)
_ANY_ONE = lazy(r"\b(?:a|an|another|any|every|each|no)\s+$")  # a common noun, not a name
_ABOUT_AFTER = next(p for p, kind in APPROX_AFTER if kind == "about")  # a time's 左右 too
_AFTER_UNIT = lazy(r"多|余|左右|上下|以上|以下|以内|之内|内(?![战部容阁政务地外乱])")
_AFTER_UNIT_KIND = {"多": "more_than", "余": "more_than", "左右": "about", "上下": "about",
                    "以上": "more_than", "以下": "at_most", "以内": "at_most", "之内": "at_most",
                    "内": "at_most"}  # fmt: skip  # 五年内: within five years, not 内战
_LATE = (
    "下午",
    "晚上",
    "晚间",
    "傍晚",
    "晚",
    "pm",
    "afternoon",
    "evening",
    "night",
)
_EARLY = ("凌晨", "am")
CLASSIFIERS = "名个位项次轮天日年月周点条份架辆国方岁倍批"
_CN_NUMERAL = lazy(f"[{CN_CHARS}]+")
_ONLY_ZH = lazy(
    r"(?:只有|只由|只用|只|仅有|仅由|仅|唯一)[^，。；]{0,2}$"
)  # 只由一道: one, a count
_COUNTING = set("0123456789" + CN_CHARS + "几多两每各双这那该此某")  # a classifier follows
UNIT_GAP = 16  # characters between a number and the unit it counts
_RELATIVE = lazy(r"[名个位艘架辆台件座][^，。；、,;.\d的]{1,10}的")  # 名此前扣押的: a 的 clause


def normalize_map(text: str) -> tuple[str, list[int]]:
    """Normalised text (NFKC, case, dashes, Traditional folded) and, for each of its
    characters, the index of the character of `text` it came from."""
    if unicodedata.is_normalized("NFKC", text):  # most text: one character for one
        low = text.casefold()
        if len(low) == len(text):
            return fold(low.translate(_PUNCT)), list(range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        piece = ch if ch.isascii() else unicodedata.normalize("NFKC", ch)
        piece = piece.casefold().translate(_PUNCT)
        out.append(piece)
        offsets.extend([i] * len(piece))
    norm = fold("".join(out))
    offsets.append(len(text))
    return norm, offsets


@lru_cache(maxsize=8)
def _weekday_pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


_BEFORE_DATE = lazy(r"[\s,，(（]*(?:the\s+)?")  # "Sunday, 13 August", "Sunday the 13th"
_AFTER_DATE = lazy(r"[\s,，(（]*(?:a\s+)?")  # "13 August 2000, a Sunday", 8月13日（星期日）
_ON = lazy(r"\bon\s+(?:a\s+)?$")  # "sank on a Saturday": the day of a deed


def _weekdays(
    r: Reading, norm: str, taken: list[bool], voc: Vocabulary, add: Callable[..., Part]
) -> None:
    """A weekday next to a date, or said of a deed ("on a Saturday", 星期六), read as a cue
    whose value is the day of the week (Monday 0): the calendar judges it, not the facts'
    words (see `check.weekdays`)."""
    dates = [p for p in r.parts if p.kind == "date"]
    for m in _weekday_pattern(voc.weekday_words).finditer(norm):
        if any(taken[m.start() : m.end()]):
            continue
        near = any(
            _BEFORE_DATE.fullmatch(norm, m.end(), d.start) or _AFTER_DATE.fullmatch(norm, d.end, m.start())
            for d in dates
        )  # fmt: skip
        if near or not m.group().isascii() or _ON.search(norm, 0, m.start()):
            add("cue", m.start(), m.end(), key="weekday", value=voc.weekdays[m.group()],
                detail="date" if near else "")  # fmt: skip


def read(text: str, voc: Vocabulary) -> Reading:
    """A claim read into parts."""
    norm, offsets = normalize_map(text)
    lang = "zh" if len(_CJK.findall(norm)) * 2 > len(re.findall(r"[a-z]", norm)) // 3 else "en"
    r = Reading(text, norm, offsets, lang=lang)
    taken = [False] * len(norm)

    def add(kind: str, s: int, e: int, **kw: object) -> Part:
        part = Part(kind, offsets[s], offsets[e] if e < len(offsets) else len(text),
                    text[offsets[s]:offsets[e] if e < len(offsets) else len(text)], **kw)  # type: ignore[arg-type]  # fmt: skip
        part.start, part.end = s, e  # spans in norm while reading; mapped at the end
        for i in range(s, e):
            taken[i] = True
        r.parts.append(part)
        return part

    for d in find_dates(norm):
        if d.valid and d.month and not d.day:  # late June, 6月下旬: a part of the month
            d, begin, stop = _part_of_month(norm, d)
            add("date", begin, stop, value=d)
            continue
        if d.valid:
            end = (
                d.end - 1
                if norm[d.start : d.end].endswith(".")
                and norm[d.end - 2 : d.end - 1].isalpha()
                and len(norm[d.start : d.end].split()[-1]) > 4
                else d.end
            )
            add("date", d.start, end, value=d)
    for m in _DAY_OF_MONTH.finditer(norm):  # "11月22日宣布，24日起生效": the 24th of that month
        known = [p.value for p in r.parts if p.kind == "date" and p.end <= m.start()]
        month = next((d for d in reversed(known) if isinstance(d, DateMention) and d.month), None)
        day = int(m.group(1))
        if month is None or any(taken[m.start() : m.end()]) or not 1 <= day <= 31:
            continue
        if norm.endswith("号", 0, m.end()) and _NAMED_BEFORE.search(norm, 0, m.start()):
            continue  # 阿波罗13号, 海警123号: a name's number, no day
        mention = DateMention(month.year, month.month, day, m.start(), m.end())
        if mention.valid:
            add("date", m.start(), m.end(), value=mention)
    for m in _SLASHED.finditer(norm):  # 6/10: month and day in Chinese; a day no English
        if any(taken[m.start() : m.end()]):  # reader can settle (10 June or 6 October)
            continue
        first, second = int(m.group(1)), int(m.group(2))
        mention = DateMention(None, first, second, m.start(), m.end())
        if lang == "zh" and 1 <= first <= 12 and mention.valid:
            add("date", m.start(), m.end(), value=mention)
        else:
            add("term", m.start(), m.end(), key=m.group())  # a part no fact backs
    if voc.weekday_words:
        _weekdays(r, norm, taken, voc, add)
    for m in _TIME.finditer(norm):  # 8:00, 晚上11点40分, 7 p.m., 7 in the evening: the minute
        clock = _clock(m)  # of the day; `grain` 60 when it names only the hour
        if clock is not None and not any(taken[m.start() : m.end()]):
            approx = _approx(norm, m.start(), m.end())  # "around 11:40 p.m.", 晚上11点左右
            if m.group("quarter") and approx == "exact":
                approx = "about"  # 九点三刻: a quarter, as round a figure as "about"
            about = _ABOUT_AFTER.search(norm[m.end() : m.end() + 10])  # 上午10时左右, "or so"
            end = m.end() + about.end() if about is not None and approx == "about" else m.end()
            add("time", m.start(), end, value=clock[0], grain=1.0 if clock[1] else 60.0,
                approx=approx)  # fmt: skip
    for m in _MIDNIGHT.finditer(norm):  # "shortly after midnight", 午夜刚过: a time of day
        if not any(taken[m.start() : m.end()]):
            near = bool(m.group("near") or m.group("zh_near"))  # within the hour around it
            minute = (
                720 if (m.group("word") or m.group("zh_word")) in ("noon", "中午", "正午") else 0
            )
            add("time", m.start(), m.end(), value=minute, grain=60.0,
                approx="about" if near else "exact")  # fmt: skip
    for m in _TALLY.finditer(norm):  # 14-0-1, 14 to 0: votes for, against, abstaining
        if any(taken[m.start() : m.end()]):
            continue
        for group, name in zip((1, 2, 3), TALLY_FIELDS, strict=True):
            if m.group(group) is not None:
                add("number", m.start(group), m.end(group), value=int(m.group(group)), key="votes",
                    detail=f"values.{name}")  # fmt: skip
        for i in range(m.start(), m.end()):  # the words between the columns (比, to) too
            taken[i] = True
    assert voc.matcher is not None
    names = [n for n in voc.numbered if n in norm]  # Apollo 13: a name and its number
    codes = _coded(norm) or names  # RIG-421, T130, R101: a code
    for s, e, phrase in voc.matcher.finditer(norm) if codes else ():
        if (_coded(phrase) or phrase in names) and not any(taken[s:e]):
            named = [k for c, k in voc.lookup(phrase) if c == "entity"]
            if named:
                add("entity", s, e, key=named[0])
    ranked = [n for n in voc.ordinal_names if n in norm]  # "the first officer": a name
    for s, e, phrase in voc.matcher.finditer(norm) if ranked else ():
        ids = {k for c, k in voc.lookup(phrase) if c == "entity"}
        if phrase in ranked and len(ids) == 1 and not any(taken[s:e]):
            add("entity", s, e, key=ids.pop())
    for n in find_numbers(norm):
        said = norm[max(0, n.start - 1) : n.end + 1]  # 第二天: "the next day", a cue
        if n.ordinal and any(c == "cue" for c, _ in voc.lookup(said)):
            continue
        if not any(taken[n.start : n.end]):
            add(
                "ordinal" if n.ordinal else "number",
                n.start,
                n.end,
                value=n.value,
                approx=n.approx,
            )
    for m in _CN_NUMERAL.finditer(norm):  # 三具遗体, 五吨, 四台发动机: a measure word or unit
        s, e = m.span()
        value = parse_chinese(m.group())
        if (
            value is not None
            and (value > 1 or _ONLY_ZH.search(norm, 0, s) is not None)  # 一家, 一场: mostly
            # "a", not a count, but 只由一道 stresses the one
            and not any(taken[s:e])
            and norm[s - 1 : s + 1] not in NUMERAL_WORDS
            and norm[s - 1 : s] != "第"  # 第二天: a rank, or "the next day"
            and norm.startswith(voc.counters, e)
        ):
            add("number", s, e, value=value, approx=_approx(norm, s, e))
    blanked = "".join(" " if t else c for c, t in zip(norm, taken, strict=True))
    assert voc.matcher is not None
    agents: list[tuple[int, int]] = []
    for s, e, phrase in voc.matcher.finditer(blanked):
        tags = voc.lookup(phrase)
        if phrase in voc.upper and not text[offsets[s] : offsets[e]].isupper():
            tags = [t for t in tags if t[0] != "entity"]
        elif (
            phrase in voc.capital
            and not text[offsets[s] : offsets[s] + 1].isupper()
            and (phrase in voc.function_en or any(t[0] != "entity" for t in tags))
        ):  # "from Boston", not Captain From: a word the lexicon knows, written in lower case
            tags = [t for t in tags if t[0] != "entity"]
        elif (
            phrase in voc.common
            and _ANY_ONE.search(norm, max(0, s - 10), s)
            and norm.startswith(("'s", "’s"), e)
        ):
            tags = [t for t in tags if t[0] != "entity"]  # "a carpenter's adze": any carpenter
        if not tags:
            continue
        cat, key = _choose(tags, norm, e, voc)
        if cat == "agent":
            agents.append((s, e))
            continue
        if cat == "entity" and _modified(text, norm, offsets, s, (phrase, key), voc):
            continue  # "the Israeli Air Force": not the "US Air Force" of the alias
        if cat == "function":
            for i in range(s, e):
                taken[i] = True
            continue
        cjk_negation = (
            cat == "cue" and key == "negation" and len(phrase) == 1 and _CJK.match(phrase)
        )
        if cat == "unit" and len(phrase) == 1 and phrase.isascii() and not _after_digit(norm, s):
            continue  # "Mission Control's doors": a letter alone is a unit only after a number
        if cat == "cue" and len(phrase) == 1 and _inside_word(norm, s, voc.cue_words_zh):
            continue  # 共识, 共振: a word of which the cue's character is a part
        if cjk_negation and voc.not_before and norm.startswith(voc.not_before, e):
            continue  # 不少, 非洲: a word, not a negation
        if cjk_negation and voc.not_denials and norm.startswith(voc.not_denials, s):
            continue  # 不远, 无线电: a word of this cue's own, where 未入港 is a denial
        if cjk_negation and voc.not_after and norm[:s].endswith(voc.not_after):
            continue  # 沉没, 淹没: the end of a word, not a negation
        add(cat, s, e, key=key)
    for m in _A_DAY_THEN.finditer(norm):  # "a day after the vote": one day, not "per day"
        inside = [x for x in r.parts if x.start < m.end() and m.start() < x.end]
        if all(x.kind == "unit" for x in inside):  # "the day": no unit of its own here
            for x in inside:
                r.parts.remove(x)
            add("duration", m.start(), m.end(), key="days", value=1.0)
    _unlisted_offices(r, voc, taken, add)
    _split_verbs(r, voc, taken, add)
    r.parts.sort(key=lambda p: p.start)
    _agents(r, voc, agents, taken)
    _chinese_comparison(r, taken)
    _under_frame(r, taken)
    _according_to(r, taken)
    _lone_units(r, voc)
    verbs = {x.start for x in r.parts if x.kind == "predicate"}
    frames = [m.end() - 1 for m in _AT_THEN.finditer(norm)] + [
        m.end() - 1
        for m in _AT_THEN_VERB.finditer(norm)
        if norm[m.end() - 2] not in _NOT_BEFORE_THEN
        and (m.end() + len(_adverb(norm, m.end()))) in verbs
        and not any(x.kind == "date" and m.start() <= x.start < m.end() for x in r.parts)
    ]  # 在足球训练前进入了洞穴: a bare 前 or 后 right before the verb it orders
    for at in frames:  # 在以军撤出…后，…: an order with a bare 后 or 前
        if not taken[at]:
            taken[at] = True
            key = {"后": "after", "前": "before", "中": "during"}[norm[at]]
            r.parts.append(Part("cue", at, at + 1, norm[at], key=key))
    for cue in r.of("cue"):  # 次日, "the day before": one day, and an order
        if cue.key in ("next_day", "day_before"):
            r.parts.append(Part("duration", cue.start, cue.end, cue.text, key="days", value=1.0))
            cue.key = "after" if cue.key == "next_day" else "before"
    r.parts.sort(key=lambda p: p.start)
    _adjectives(r, voc)
    _several(r, voc)
    _shares_of_every(r, voc)
    _attach_units(r, voc)
    _halves(r, voc)
    _compound_lengths(r, voc)
    _occurrences(r, voc)
    _contrast_units(r, voc)
    _leading_units(r, voc)
    _leading_ages(r, voc)
    _not_a_single(r)
    _a_single_of_no_unit(r)
    _approximations(r)
    _focus(r, voc)
    _odd(r)
    for dur in [x for x in r.parts if x.kind == "duration" and x.approx == "at_most"]:
        of = _OF.match(r.norm, dur.end)  # "within two weeks of the outbreak"
        if of and r.norm[dur.start : dur.end].startswith("within"):
            r.parts.append(Part("cue", of.start() + 1, of.end(), "of", key="after"))
    for dur in [x for x in r.parts if x.kind == "duration"]:  # "two weeks into the war"
        into = _INTO.match(r.norm, dur.end)  # the time since the event began, as "after" it
        if into and not any(taken[into.start(1) : into.end(1)]):
            r.parts.append(Part("cue", into.start(1), into.end(1), "into", key="after"))
    for dur in [x for x in r.parts if x.kind == "duration"]:  # 开始后不到一个月, 表决前十天
        at = dur.start - 1
        if at > 0 and norm[at] in "后前" and norm[at - 1] not in _NOT_ORDER and not taken[at]:
            # (最后一天 is "the last day", 提前一天 "a day early", not an order)
            taken[at] = True
            key = "after" if norm[at] == "后" else "before"
            r.parts.append(Part("cue", at, at + 1, norm[at], key=key))
    for dur in [x for x in r.parts if x.kind == "duration"]:  # 一周多后, 三天前: a gap, an order
        nxt = r.norm[dur.end : dur.end + 1]
        if nxt in ("后", "前") and not taken[dur.end]:
            taken[dur.end] = True
            key = "after" if nxt == "后" else "before"
            r.parts.append(Part("cue", dur.end, dur.end + 1, nxt, key=key))
    _lasts(r)
    _ordinals(r)
    for num in r.of("number"):  # no count: 十分 is "very" (十分钟 is ten minutes), 一辆 "a"
        nxt = r.norm[num.end : num.end + 2]
        very = num.text == "十" and nxt[:1] == "分" and nxt[1:] not in ("钟", "之")
        cjk = _CJK.match(r.norm[num.start : num.start + 1] or "a")
        one = num.value == 1 and not num.key and cjk and nxt[:1] in CLASSIFIERS
        if very or one:
            r.parts.remove(num)  # the number and the character after it are no content
            for i in range(num.start, min(num.end + 1, len(taken))):
                taken[i] = True
    for u in r.of("unit"):  # 天, 方, 期 alone: a classifier or part of a word, not a unit
        if len(u.text) == 1 and _CJK.match(r.norm[u.start : u.end]):
            r.parts.remove(u)
            if (
                u.key in voc.duration_days or u.key in voc.measures
            ):  # 岁月, 埃米尔, 月底: back to the word it is part of
                taken[u.start] = False
    for x in r.of("entity"):  # “莫罗”号: the 号 after a quoted name is the name's own
        suffix = _NAME_SUFFIX.match(r.norm, x.end)
        if suffix and not any(taken[x.end : suffix.end()]) and not _covered_by_part(r, suffix):
            taken[x.end : suffix.end()] = [True] * (suffix.end() - x.end)
            x.end = suffix.end()
    for count in r.of("number"):  # 两堂课 with no unit the lexicon knows: counted in 堂
        after = r.norm[count.end : count.end + 1]
        cjk = _CJK.match(r.norm[count.start : count.end])
        if not count.key and after in voc.measure_words and cjk:
            count.key = after
    _deputies(r, voc)
    _short_forms(r, voc, taken)
    _leftovers(r, voc, taken)
    _represents(r, voc)
    _toward(r, voc)
    for pattern in (_DIGITS, _UNREAD):  # a number too long to read, or one no reader took
        for m in pattern.finditer(r.norm):  # ("Adul, 16, spoke"), is still a part to back
            if not any(p.start <= m.start() and m.end() <= p.end for p in r.parts):
                r.parts.append(Part("term", m.start(), m.end(), m.group(), key=m.group()))
    r.parts.sort(key=lambda p: p.start)
    _common_nouns_before_names(r, voc)
    _noun_modifiers(r, voc)
    _attributive_opposites(r, voc)
    _continued_states(r)
    _anaphora(r, voc)
    _pro_form_one(r, voc)
    _light_verbs(r, voc)
    _negation(r, voc)
    for cue in r.of("cue"):  # 随后, "afterwards": the statement before is what it orders against
        if normalize(cue.text).strip() in voc.look_back:
            cue.detail = "back"
    for p in r.parts:  # spans into the claim as given
        p.start = offsets[p.start]
        p.end = offsets[p.end] if p.end < len(offsets) else len(text)
        p.text = text[p.start : p.end]
    return r


def _inside_word(norm: str, at: int, words: set[str]) -> bool:
    """Whether the character at `at` is part of one of these words where it stands."""
    ch = norm[at]
    return any(
        norm.startswith(w, at - i)
        for w in words
        for i, c in enumerate(w)
        if c == ch and at - i >= 0
    )


def _anaphora(r: Reading, voc: Vocabulary) -> None:
    """ "Hamas said the group had…", 该国: a noun that names again the nearest actor before
    it whose `type` it fits is that actor (see `Vocabulary.anaphora`)."""
    if voc.anaphora_re is None or not any(p.kind == "entity" for p in r.parts):
        return
    for m in voc.anaphora_re.finditer(r.norm):
        said = m.lastgroup or ""
        word, (start, end) = m.group(said), m.span(said)
        if any(p.kind == "entity" and p.start < end and start < p.end for p in r.parts):
            continue  # inside a name ("the Hamas movement")
        heads = voc.anaphora.get(word, frozenset())
        before = [  # each actor before it, then the wholes and groups it stands for
            k for p in r.parts if p.kind == "entity" and p.end <= start
            for k in (p.key, *(voc.belongs_to.get(p.key, ()) if word in voc.anaphora_through else ()))
            if type_head(voc, k) in heads
        ]  # fmt: skip
        if not before:
            continue
        r.parts[:] = [p for p in r.parts if not (start <= p.start and p.end <= end)]
        r.parts.append(Part("entity", start, end, r.norm[start:end], key=before[-1]))
        r.parts.sort(key=lambda p: p.start)


_PART_BEFORE = lazy(
    r"(?:\b(?P<en>early|late|mid|the end of|the beginning of|the start of|the first half of|"
    r"the second half of|the middle of|end of|beginning of|start of|first half of|second half of)"
    r"[\s-]*(?:in\s+)?)$"
)
_PART_AFTER = lazy(r"^(?P<zh>上旬|中旬|下旬|初|底|末|中)")
PARTS_OF_MONTH = {
    "early": (1, 10), "beginning of": (1, 10), "the beginning of": (1, 10), "start of": (1, 10),
    "the start of": (1, 10), "初": (1, 10), "上旬": (1, 10), "mid": (11, 20),
    "the middle of": (11, 20), "中旬": (11, 20), "中": (11, 20), "late": (21, 31),
    "end of": (21, 31), "the end of": (21, 31), "下旬": (21, 31), "底": (21, 31), "末": (21, 31),
    "first half of": (1, 15), "the first half of": (1, 15), "second half of": (16, 31),
    "the second half of": (16, 31),
}  # fmt: skip


def _part_of_month(norm: str, d: DateMention) -> tuple[DateMention, int, int]:
    """A month with the words that narrow it ("late June", "6月下旬"), and its span."""
    import calendar
    from dataclasses import replace

    begin, stop = d.start, d.end
    m = _PART_BEFORE.search(norm[max(0, d.start - 24) : d.start])
    word = None
    if m:
        word, begin = (
            m.group("en"),
            d.start - (len(norm[max(0, d.start - 24) : d.start]) - m.start()),
        )
    else:
        m2 = _PART_AFTER.match(norm[d.end : d.end + 2])
        if m2:
            word, stop = m2.group("zh"), d.end + m2.end()
    if word is None or word not in PARTS_OF_MONTH:
        return d, begin, stop
    lo, hi = PARTS_OF_MONTH[word]
    if d.year and d.month:
        hi = min(hi, calendar.monthrange(d.year, d.month)[1])
    return replace(d, days=(lo, hi)), begin, stop


def _split_verbs(r: Reading, voc: Vocabulary, taken: list[bool], add: Callable[..., Part]) -> None:
    """ "let two Americans go": a verb in two pieces around its object (split_verbs)."""
    for verbs, second, name in voc.split_verbs:
        if second not in r.norm:
            continue
        pattern = rf"\b({'|'.join(map(re.escape, verbs))})\s+[^,.;，。；]{{1,40}}?\s({re.escape(second)})\b"
        for m in re.finditer(pattern, r.norm):
            if any(taken[m.start(1) : m.end(1)]) or any(taken[m.start(2) : m.end(2)]):
                continue
            add("predicate", m.start(1), m.end(1), key=name)
            for i in range(m.start(2), m.end(2)):
                taken[i] = True


def _unlisted_offices(
    r: Reading, voc: Vocabulary, taken: list[bool], add: Callable[..., Part]
) -> None:
    """ "health minister", "minister of health": an office no table lists, read by its head
    word (the lexicon's office_heads) and the one word that says which."""
    from factcheck.check.vocab import office_key

    if not voc.office_heads or not any(h in r.norm for h in voc.office_heads):
        return
    heads = "|".join(re.escape(h) for h in voc.office_heads)
    for pattern, head, word in (
        (rf"\b({heads}) of (?:the )?([a-z][a-z-]+)\b", 1, 2),
        (rf"\b([a-z][a-z-]+) ({heads})\b", 2, 1),
    ):
        for m in re.finditer(pattern, r.norm):
            which = m.group(word)
            if any(taken[m.start() : m.end()]) or which in voc.function_en or voc.lookup(which):
                continue  # a word of the claim's own ("the Israeli minister": a country's)
            said = f"{which} {m.group(head)}" if word == 1 else f"{m.group(head)} of {which}"
            add("office", m.start(), m.end(), key=office_key(said))


def _deputies(r: Reading, voc: Vocabulary) -> None:
    """ "deputy prime minister", 副总理: an office after a deputy's word is another office, the
    deputy's (key "deputy prime minister"), not the one it serves under."""
    nots = voc.leading_offices[1]
    for x in r.of("office"):
        before = r.norm[: x.start].rstrip(" -")
        word = re.split(r"[^a-z]", before)[-1] if x.key.isascii() and before[-1:].isascii() else ""
        cjk = next((w for w in nots if not w.isascii() and before.endswith(w)), "")
        said = word if word in nots else cjk
        at = len(before) - len(said)
        if not said:
            continue
        near = [p for p in r.parts if p is not x and p.start < x.start and p.end > at]
        if any(p.kind != "term" or normalize(p.text).strip() != said for p in near):
            continue  # the word is another part's ("the vice of …")
        for p in near:
            r.parts.remove(p)
        x.start, x.key = at, f"deputy {x.key}"


def _clock(m: re.Match[str]) -> tuple[int, bool] | None:
    """The minute of the day (0-1439) a time mention names, and whether it gives minutes
    ("11:40 p.m.", 晚上11点40分) or only the hour ("7 in the evening")."""
    from factcheck.numbers import parse_chinese, parse_english

    if m.group("h") is not None:
        hour, minute = int(m.group("h")), int(m.group("m"))
        late = m.group("h_ampm") or m.group("h_part") or ("night" if m.group("h_night") else "")
        exact = True
    else:
        raw = m.group("zh") or m.group("en") or ""
        value = int(raw) if raw.isdigit() else (parse_chinese(raw) or parse_english(raw))
        if value is None:
            return None
        said = m.group("zh_m")
        minute = (int(said) if said.isdigit() else parse_chinese(said) or 0) if said else 0
        minute = 30 if m.group("half") else minute
        if m.group("quarter"):  # 九点三刻: three quarters past nine
            minute = 15 if m.group("quarter") == "一" else 45
        hour, exact = value, bool(said or m.group("half") or m.group("quarter"))
        late = m.group("ampm") or m.group("part") or ""
    late = (m.group("zh_part") or late).replace(" ", "").replace(".", "")  # "p.m.", "pm."
    if hour > 24 or minute > 59:
        return None
    if late in _LATE and hour < 12:
        hour += 12
    elif late in _EARLY and hour == 12:  # 12:45 a.m., 凌晨12点: just after midnight
        hour = 0
    return (hour % 24) * 60 + minute, exact


_AGENT_OF = lazy(r"\s+(?:of|from|for)\s+(?:the\s+)?")
_AGENT_AFTER = lazy(r"(?:'s?|’s?|的)?\s*")


def _agents(r: Reading, voc: Vocabulary, spans: list[tuple[int, int]], taken: list[bool]) -> None:
    """The people who act for an actor, said next to its name ("Hamas negotiators",
    "representatives of Qatar", 卡塔尔代表) are that actor: the word adds nothing to back.
    Away from a name (officials said) it stays a word like any other; between two names
    (伯恩斯代表美国) it says whom the first acts for, a `represent` cue."""
    entities = r.of("entity")
    for s, e in spans:
        if (
            r.norm[s:e].strip() in voc.represents
            and any(x.end == s for x in entities)
            and any(x.start == e for x in entities)
        ):
            r.parts.append(Part("cue", s, e, r.claim[s:e], key="represent"))
            taken[s:e] = [True] * (e - s)
            continue
        before = any(
            x.end <= s and (m := _AGENT_AFTER.match(r.norm, x.end)) and m.end() == s
            for x in entities
        )
        after = (m := _AGENT_OF.match(r.norm, e)) is not None and any(
            x.start == m.end() for x in entities
        )
        if before or after:
            for i in range(s, e):
                taken[i] = True


def _represents(r: Reading, voc: Vocabulary) -> None:
    """ "Burns represented the US": an English verb of acting for another between two names,
    not after "was" (what was represented is another thing), is a `represent` cue."""
    entities = r.of("entity")
    for x in [p for p in r.of("term") if p.text.lower() in voc.represents]:
        before = any(not r.norm[e.end : x.start].strip(" ,") for e in entities if e.end <= x.start)
        after = any(
            r.norm[x.end : e.start].strip() in ("", "the") for e in entities if e.start >= x.end
        )
        if before and after and not _PASSIVE_BEFORE.search(r.norm, 0, x.start):
            x.kind, x.key = "cue", "represent"


def _toward(r: Reading, voc: Vocabulary) -> None:
    """ "oppose pushing for a permanent ceasefire", 反对任何推动永久停火的举动: a verb of moving
    toward a thing right after a stance on it is a `toward` cue; the stance is on the thing."""
    stances = [x for x in r.of("predicate") if x.key in voc.stances and not x.negated]
    for x in [p for p in r.parts if p.kind in ("predicate", "term")]:
        if normalize(x.text).strip() not in voc.toward:
            continue
        if any(
            _gap_words(r.norm[s.end : x.start], voc.toward_between)
            for s in stances
            if s.end <= x.start
        ):
            x.kind, x.key = "cue", "toward"


def _gap_words(gap: str, allowed: frozenset[str]) -> bool:
    """Whether the text between two parts is empty or only words of `allowed`."""
    words = gap.split()
    if len(words) == 1 and not words[0].isascii():  # 任何, 一切: Chinese has no spaces
        return words[0] in allowed
    return all(w in allowed for w in words)


_PASSIVE_BEFORE = lazy(r"\b(?:was|were|is|are|be|been|being|not|get|got)\s+$")


def _choose(tags: list[tuple[str, str]], norm: str, end: int, voc: Vocabulary) -> tuple[str, str]:
    """One reading of an ambiguous phrase: an entity or unit over a predicate or cue."""
    order = ("entity", "office", "camp", "unit", "predicate", "cue", "agent", "function")
    return min(  # the base's own names before outside ones, then by category
        tags,
        key=lambda t: (order.index(t[0]) if t[0] in order else 9, t[1].startswith("outside-")),
    )


_DETERMINER = lazy(r"\b(?:the|its|their|his|her|our|all the|all|a|an|any|every)\s+$")


def _adjectives(r: Reading, voc: Vocabulary) -> None:
    """ "the remaining hostages": an -ing form between a determiner and a noun describes the
    noun, it is no deed (and no `remain` for "left" to contradict)."""
    for x in r.of("predicate"):
        if not x.text.endswith("ing") or not _DETERMINER.search(r.norm[: x.start]):
            continue
        nxt = next((y for y in r.parts if y.start > x.end), None)
        if (
            nxt is None
            or nxt.kind not in ("term", "unit", "entity")
            or r.norm[x.end : nxt.start] != " "
        ):
            continue
        x.kind, x.key = "term", voc.word_key(x.text)


def _common_nouns_before_names(r: Reading, voc: Vocabulary) -> None:
    """ "the rig Development Driller III", "the ship Polaris", “开发钻探者III号”钻井平台: a name
    said by a common noun (an alias in lower case) right before a capitalised name, or in
    Chinese right after a name, is the noun of that name, not the one it names elsewhere
    (the Deepwater Horizon, also "the rig", 钻井平台)."""
    for x in r.of("entity"):
        if r.lang == "zh":
            at = r.offsets[x.start] if x.start < len(r.offsets) else len(r.claim)
            if at > 0 and r.claim[at - 1] in _NAME_ENDS and voc.entity_kind.get(x.key) != "person":
                r.parts.remove(x)  # “开发钻探者III号”钻井平台: the noun after a name
            continue
        words = x.text.split()
        words = words[1:] if words and words[0] in ("The", "the") else words
        if not words or not all(w.isascii() and w.islower() for w in words):
            continue
        nxt = next((y for y in r.parts if y.start > x.end), None)
        if (
            nxt is not None
            and nxt.kind == "entity"
            and (nxt.key == x.key or voc.entity_kind.get(nxt.key) == "person")
        ):
            continue  # "minister Ben-Gvir": a title of the one named; "the bridge Moss had
            # designed": a person after the noun is a clause's subject, no name of it
        if _NAME_AFTER.match(
            r.claim, r.offsets[x.end] if x.end < len(r.offsets) else len(r.claim)
        ):
            r.parts.remove(x)


_NAME_AFTER = lazy(r" [\"“'‘]?[A-Z][\w'’-]*")
_NAME_ENDS = "”》」』"  # the end of a Chinese name as written (not 号: 极光号船长 is its
# captain, 5月1号 a day)


def _noun_modifiers(r: Reading, voc: Vocabulary) -> None:
    """ "main landing gear", "lower fuselage and main landing gear": an -ing form between two
    nouns (once the leftover words are terms) names a kind of the second, no deed."""
    for x in r.of("predicate"):
        if not x.text.endswith("ing") or not x.text.isascii():
            continue
        before = next((y for y in reversed(r.parts) if y.end <= x.start), None)
        after = next((y for y in r.parts if y.start >= x.end), None)
        if (
            before is not None
            and after is not None
            and before.kind == "term"
            and after.kind in ("term", "unit")
            and r.norm[before.end : x.start] == " "
            and r.norm[x.end : after.start] == " "
        ):
            x.kind, x.key, x.value = "term", voc.word_key(x.text), x.key  # (the verb it was:
            # a fact whose words say the deed still holds the word)


_COMPARED = lazy(r"\bthan\b|比|于")


def _attributive_opposites(r: Reading, voc: Vocabulary) -> None:
    """ "the lower gate", "the upper deck": a word of comparison that is one of the lexicon's
    opposites, just before a noun, with no "than" in the claim, says which one, a word the
    facts must hold; no comparison."""
    if _COMPARED.search(r.norm):
        return
    for x in r.of("cue"):
        word = r.norm[x.start : x.end].strip()
        if x.key not in ("more", "fewer") or word not in voc.antonyms:
            continue
        nxt = next((y for y in r.parts if y.start > x.end), None)
        if nxt is not None and nxt.kind in ("term", "unit") and r.norm[x.end : nxt.start] == " ":
            x.kind, x.key = "term", voc.word_key(x.text)
    for x in r.of("predicate"):  # "the left main gear", "its front left tyre": not "leave"
        word = r.norm[x.start : x.end].strip()
        if word not in voc.antonyms or not _DETERMINED.search(r.norm, 0, x.start):
            continue
        nxt = next((y for y in r.parts if y.start > x.end), None)
        if nxt is not None and nxt.kind in ("term", "unit") and r.norm[x.end : nxt.start] == " ":
            x.kind, x.key = "term", voc.word_key(x.text)


# a determiner, a possessive or a word of place right before: "the left", "its front left"
_DETERMINED = lazy(r"(?:\b(?:the|a|an|its|his|her|their|our|front|rear|upper|lower)|['’]s)\s+$")


_STATE_PREP = lazy(
    r"\s+(?:in|at|on|with|inside|within|out|away|behind|put|until|till|for|as|part|a|an|the|to)\b"
)


def _continued_states(r: Reading) -> None:
    """ "stayed grounded", "remained afloat", "remained closed": a verb of staying right
    before a word of state is a copula, the state is what is said ("stayed in the talks" and
    "remained for a week" keep their verb)."""
    for x in r.of("predicate"):
        if x.key != "stay" or not x.text.isascii() or _STATE_PREP.match(r.norm, x.end):
            continue
        if x.text.endswith("ing"):  # "the remaining sailors": what is left, no verb of state
            continue
        nxt = next((y for y in r.parts if y.start > x.end), None)
        if (
            nxt is not None
            and nxt.kind in ("predicate", "term")
            and r.norm[x.end : nxt.start] == " "
            and not nxt.negated
        ):
            r.parts.remove(x)


def _several(r: Reading, voc: Vocabulary) -> None:
    """ "several truces", "multiple rounds", 多轮: more than one of the unit named just after
    (or by the cue's own classifier), a count like any other ("one of several truces"
    against a count of one)."""
    for cue in [c for c in r.of("cue") if c.key == "many"]:
        if not cue.text.isascii():
            unit_key = voc.units.get(cue.text[-1], "") if cue.text[-1] != "次" else ""
            if not unit_key and cue.text in voc.many_counts_zh:  # 多次短暂停火: of those named
                unit_key = _counted_after(r, voc, cue)
            if unit_key:  # 多轮: more than one round, its unit its own
                r.parts.remove(cue)
                r.parts.append(
                    Part(
                        "number",
                        cue.start,
                        cue.end,
                        cue.text,
                        unit_key,
                        1.0,
                        "more_than",
                        detail="counted",
                    )
                )
            continue
        if "time" in cue.text or "once" in cue.text:
            continue  # "several times", "more than once": how often, read elsewhere
        unit = next(
            (u for u in sorted(r.parts, key=lambda x: x.start)
             if u.kind == "unit" and 0 < u.start - cue.end <= 24
             and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}", r.norm[cue.end : u.start])),
            None,
        )  # fmt: skip
        if unit is None or any(
            x.kind not in ("unit", "cue", "term") and cue.end <= x.start < unit.start
            for x in r.parts
        ):
            continue
        r.parts.remove(cue)
        r.parts.append(Part("number", cue.start, cue.end, cue.text, "", 1.0, "more_than"))


def _counted_after(r: Reading, voc: Vocabulary, cue: Part) -> str:
    """多次短暂停火, 屡次停火: the unit a Chinese word of "many times" (`counts_zh`) counts,
    where one follows it with at most a word of quality between (短暂); none where a verb
    follows (多次离开: how often)."""
    after = sorted((x for x in r.parts if x.start >= cue.end), key=lambda x: x.start)
    for x in after[:2]:
        if x.kind == "unit" and x.start - cue.end <= 4:
            return voc.units.get(normalize(x.text), "")
        if not (x.kind == "predicate" and x.key in voc.quality):
            return ""
    return ""


def _attach_units(r: Reading, voc: Vocabulary) -> None:
    """A number counts the unit named just after it ("240 Palestinian prisoners",
    "100名人质"); a number of a time unit is a duration, measured in days. Between them may
    stand only names and a classifier, never a verb or another number."""
    for n in r.of("number"):
        if r.norm.startswith("号", n.end) or n.detail == "counted":
            continue  # 2735号: an identifier, not a count; 多轮 counts its own unit
        money = next(
            (u for c, u in voc.currency_signs if r.norm[: n.start].endswith(c.lower())), ""
        )
        if money and not n.key:
            n.key = voc.unit(money)  # "$550 million": in dollars
            continue
        if n.text.lstrip("约近逾超过大概").startswith("百分之") and not n.key:
            n.key = voc.unit("percent")  # 百分之二十: a share in per cent
            continue
        if n.detail == "share":
            continue  # "one in twelve": a share in per cent, not a count of what follows
        if voc.percent_signs and r.claim[n.end : n.end + 1] in voc.percent_signs and not n.key:
            n.key, n.text, n.end = voc.unit("percent"), n.text + r.claim[n.end], n.end + 1
            continue  # "20%": a share in per cent
        if n.value == 1 and r.norm[n.end : n.end + 1] in _ARTICLE and _CJK.match(n.text[:1]):
            continue  # 一项新的提议: "a new proposal", no count of anything
        nxt = [p for p in r.parts if p.start >= n.end]
        unit = None
        named = ""
        clause = _RELATIVE.match(r.norm, n.end)  # 四名被扣押的美国公民: what the 的 clause says
        if clause and any(p.kind == "unit" and p.start < clause.end() for p in nxt):
            clause = None  # 72名乘客使用的客舱: the noun right after the classifier is counted
        past = clause.end() if clause else n.end  # of them is a part of its own
        for p in sorted(nxt, key=lambda x: x.start):
            if p.start < past:
                continue
            gap = r.norm[past : p.start]
            limit = 6 if _CJK.search(gap) or clause else UNIT_GAP
            if p.start - n.end > limit or re.search(r"[,;.，；。]|\d", gap) or _PREP.search(gap):
                break  # "120 during the truce": the truce is not what is counted
            if p.kind == "unit":
                unit = None if _attributive(r, voc, n, p) else p
                break
            if p.kind == "predicate" and p.key in voc.quality:
                continue  # "two short-lived ceasefires", 两次短暂停火: a quality of what is counted
            if p.kind not in ("entity", "camp"):
                break
            named = (
                named
                or next(  # "400 firefighters": a name that is a unit word too
                    (k for c, k in voc.lookup(r.norm[p.start : p.end].strip()) if c == "unit"), ""
                )
                or _unit_ending(voc, r.norm[p.start : p.end].strip())  # 巴勒斯坦囚犯: 囚犯
            )
        if unit is None and named:
            n.key = named  # it counts them; the name stays the name of who they are
            continue
        if unit is None:
            of = _UNIT_OF.search(r.norm, max(0, n.start - 24), n.start)  # "a crew of eight"
            head = [
                u for u in r.of("unit")
                if of and u.end == of.start() and u.key not in voc.duration_days
            ]  # fmt: skip
            if head:
                r.parts.remove(head[0])
                n.key, n.start = head[0].key, head[0].start
                continue

            scale = [  # 华氏41度, 摄氏5度: a scale named before the number, 度 after it
                u for u in r.of("unit")
                if u.end == n.start and _CJK.match(u.text[:1]) and r.norm.startswith("度", n.end)
            ]  # fmt: skip
            if scale:
                r.parts.remove(scale[0])
                n.key, n.start = scale[0].key, scale[0].start
                n.end = n.end + 1
                n.text = r.norm[n.start : n.end]
                continue
            if r.norm[n.end : n.end + 1] == "次":
                continue  # 两次延长: how many times, not a count of the unit named before
            if r.norm[n.end : n.end + 1] in CLASSIFIERS and r.norm[n.end : n.end + 1]:
                before = [u for u in r.parts if u.kind == "unit" and 0 <= n.start - u.end <= 6]
                if before and not any(
                    x.kind in ("predicate", "number") and before[-1].end <= x.start < n.start
                    for x in r.parts
                ):  # 人质已不足100名: the count of the unit named before it
                    n.key = before[-1].key
            continue
        r.parts.remove(unit)
        n.words = _modifiers(r, voc, n.end, unit.start)  # "four petrol engines": petrol
        n.key = unit.key
        n.end = unit.end
        gap = r.norm[n.end - len(unit.text) - 2 : n.end]
        after = _AFTER_UNIT.match(r.norm, n.end)
        if n.approx == "exact" and after:  # 三周多, 一周左右, 五天以上
            n.approx, n.end = _AFTER_UNIT_KIND[after.group()], after.end()
        elif n.approx == "exact" and ("多" in gap or "余" in gap):  # 一个多月
            n.approx = "more_than"
        elif r.norm[: n.end - len(unit.text)].endswith("个半") and isinstance(
            n.value, (int, float)
        ):  # 一个半月: one and a half
            n.value = n.value + 0.5
        if unit.key in voc.duration_days and n.approx == "more_than":
            over = _OVER.search(r.norm, 0, n.start)  # "pay $900 million over ten years": the
            if over and over.group(1) not in voc.over_more:  # period, not "more than"
                n.approx = "exact"
        if unit.key in voc.duration_days:
            if n.approx == "exact" and voc.duration_days[unit.key] >= 30:
                n.approx = "about"  # "two months" is never an exact number of days,
                whole = float(n.value).is_integer()  # type: ignore[arg-type]
                n.grain = voc.duration_days[unit.key] * (1.0 if whole else 0.5)  # but whole ones
            n.kind = "duration"
            n.value = float(n.value) * voc.duration_days[unit.key]  # type: ignore[arg-type]
            n.key = "days"


_NEXT_WORD = lazy(r"\s+([a-z]+s)\b")  # a plural noun right after


def _unit_ending(voc: Vocabulary, name: str) -> str:
    """The unit a Chinese name ends with (巴勒斯坦囚犯 names prisoners), or ""."""
    if not _CJK.match(name[-1:]):
        return ""
    for cut in range(1, len(name) - 1):
        found = next((k for c, k in voc.lookup(name[cut:]) if c == "unit"), "")
        if found:
            return found
    return ""


def _attributive(r: Reading, voc: Vocabulary, n: Part, unit: Part) -> bool:
    """Whether a unit word names what the next noun is, not what is counted: "two gun decks"
    counts decks. An English unit word in its singular (its plural is a word of the same
    unit) after a count above one, followed by a plural noun that is no unit word itself
    ("two American citizens" counts citizens, and says who they are)."""
    word = r.norm[unit.start : unit.end].strip()
    if not word.isascii() or word.endswith("s") or not isinstance(n.value, (int, float)):
        return False
    if n.value <= 1 or voc.units.get(word + "s") != unit.key:
        return False
    nxt = _NEXT_WORD.match(r.norm, unit.end)
    return (
        nxt is not None and nxt.group(1) not in voc.function_en and nxt.group(1) not in voc.units
    )


def _modifiers(r: Reading, voc: Vocabulary, s: int, e: int) -> tuple[str, ...]:
    """The content words between a count and its unit that no other part holds ("petrol" in
    "four petrol engines", 汽油 in 四台汽油发动机): a fact must hold them to back the count."""
    found: list[str] = []
    for m in _TOKEN.finditer(r.norm, s, e):
        at, tok = m.start(), m.group()
        if any(p.start <= at < p.end for p in r.parts if p.kind != "number"):
            continue  # a name ("240 Palestinian prisoners") is a part of its own
        if tok in voc.not_modifiers:
            continue  # 三大, "130-odd": how the number is said, no word of what it counts
        if _CJK.match(tok):
            if tok in voc.function_zh or tok in CLASSIFIERS or tok in voc.counters:
                continue
            if found and not found[-1].isascii() and r.norm[at - 1 : at] == found[-1][-1:]:
                found[-1] += tok  # one run of characters, as a term is
                continue
            found.append(tok)
        elif tok not in voc.function_en and not tok.isdigit():
            found.append(voc.word_key(tok))
    return tuple(found)


_COVERB = lazy(r"\s*(?:由|被|让|向|对|在|从|给|把|将|和|与|同)\s*")  # 不由X接管: X is no verb
_UNIT_OF = lazy(  # "a crew of eight", "a crew of about 50"
    r"\s+of\s+(?:about|around|roughly|some|nearly|almost|approximately|over|more than|at least)?\s*$"
)
_OVER = lazy(r"([a-z0-9']+)\s+over\s+$")
_CONTRAST = lazy(r"(?:\bbut|\brather|\binstead|而是|而非|是)\s*$")


_MULTIPLES = {"twice": 2, "thrice": 3}
_ONCE = lazy(r"\b(?:only\s+|just\s+)?once\b(?!\s+(?:again|more|the|it|they|he|she|we|a|an)\b)")
_RATIO_AFTER = lazy(
    r"\s*(?:as\b|more\b|larger\b|greater\b|higher\b|longer\b|bigger\b|that\b|the\b)"
)


def _occurrences(r: Reading, voc: Vocabulary) -> None:
    """ "extended three times", 延长了三次, "three extensions": how many times something
    happened, counted against the items of the list its verb fills (key `times`)."""
    for cue in [x for x in r.of("cue") if x.key == "times" and x.text in _MULTIPLES]:
        if not _RATIO_AFTER.match(r.norm, cue.end):  # "extended twice", not "twice as many"
            r.parts.remove(cue)
            r.parts.append(
                Part(
                    "number", cue.start, cue.end, cue.text, key="times", value=_MULTIPLES[cue.text]
                )
            )
    for m in _ONCE.finditer(r.norm):  # "extended only once": after a verb that fills a list
        verb = next(
            (x for x in r.of("predicate") if 0 <= m.start() - x.end <= 12 and x.key != "only"),
            None,
        )
        if verb is not None and any(f in voc.list_fields for f in voc.fields_of.get(verb.key, ())):
            r.parts[:] = [x for x in r.parts if not (x.start >= m.start() and x.end <= m.end())]
            r.parts.append(Part("number", m.start(), m.end(), m.group(), key="times", value=1))
    for n in [x for x in r.of("number") if not x.key]:
        nxt = [x for x in r.parts if x.start >= n.end and r.norm[n.end : x.start].strip() == ""]
        after = r.norm[n.end : n.end + 1]
        if after == "次":
            counted = next(
                (u for u in r.of("unit") if 0 <= u.start - n.end - 1 <= 4 and u.start > n.end),
                None,
            )  # 一次短暂停火: one truce; 延长了三次: three times
            n.key, n.end = (counted.key if counted else "times"), n.end + 1
            continue
        for x in nxt:
            if x.kind == "cue" and x.key == "times" and x.text == "times":
                if not _RATIO_AFTER.match(r.norm, x.end):
                    r.parts.remove(x)
                    n.key, n.end = "times", x.end
            elif (
                x.kind == "predicate"
                and x.text.endswith("s")
                and any(f in voc.list_fields for f in voc.fields_of.get(x.key, ()))
            ):
                n.key = "times"  # "three extensions": a count of the verb's events


def _leading_units(r: Reading, voc: Vocabulary) -> None:
    """ "magnitude 4.2", "a magnitude-5.1 quake": a unit the lexicon marks `leads` counts the
    bare number right after it."""
    if not voc.leading_units:
        return
    for n in [x for x in r.of("number") if not x.key]:
        unit = next(
            (
                u
                for u in r.of("unit")
                if u.end <= n.start and not r.norm[u.end : n.start].strip(" -")
            ),
            None,
        )
        word = normalize(unit.text).strip() if unit is not None else ""
        if unit is None or word not in voc.leading_units:
            continue
        r.parts.remove(unit)
        n.key, n.start, n.text = voc.leading_units[word], unit.start, r.claim[unit.start : n.end]


_NONE_BEFORE = lazy(r"(?:没有|没|并无|无)$")


def _not_a_single(r: Reading) -> None:
    """没有一个成员国, 无一名人质: "not a single member" is 没有任何成员国, none of them, not a
    count of one; the noun after its classifier is left, as after 任何."""
    for n in [x for x in r.of("number") if x.key and x.value == 1]:
        text = r.norm[n.start : n.end]
        if not (text.startswith("一") and len(text) > 2 and text[1] in CLASSIFIERS):
            continue
        if not _NONE_BEFORE.search(r.norm, 0, n.start):
            continue
        n.kind, n.start, n.value = "unit", n.start + 2, None
        n.text = r.claim[n.start : n.end]


def _a_single_of_no_unit(r: Reading) -> None:
    """ "a single hull" where the lexicon has no unit for hulls: a word of kind ("single"
    against "double"), not a count to compare; only "a single lifeboat", of a unit, is one."""
    r.parts = [
        x for x in r.parts
        if not (x.kind == "number" and not x.key and A_SINGLE.match(r.norm, x.start))
    ]  # fmt: skip


_AGE_AFTER_NAME = lazy(
    r"\s*,\s*(\d{1,3})(?=\s*,)"  # "Skiles, 49, was"
    r"|\s+(?:was|is)\s+(?:only\s+|just\s+)?(\d{1,3})(?=\s*(?:[,.;!?]|$))"  # "Skiles was 49."
)


def _leading_ages(r: Reading, voc: Vocabulary) -> None:
    """ "aged 57", "Skiles, aged 49,": a whole number after a word of the lexicon's `[ages]
    before` is an age, a length in years as "57 years old" is; so is a bare number set off
    after a person's name ("Skiles, 49, was") or said of them ("Skiles was 49.")."""
    year = voc.duration_days.get("years")
    if year is None:
        return
    found = [  # (start, end, age in years)
        (m.start(), m.end(), int(m.group(1)))
        for word in voc.age_before
        for m in re.finditer(rf"\b{re.escape(word)}\s+(\d{{1,3}})(?!\d|[.,]\d)", r.norm)
    ]
    for x in r.of("entity"):
        m = _AGE_AFTER_NAME.match(r.norm, x.end)
        if m is not None and voc.entity_kind.get(x.key) == "person":
            n = m.lastindex or 1
            found.append((m.start(n), m.end(n), int(m.group(n))))
    for lo, hi, age in found:
        if any(
            x.kind in ("duration", "date", "time") and x.start < hi and lo < x.end for x in r.parts
        ):
            continue
        r.parts[:] = [x for x in r.parts if not (x.start < hi and lo < x.end)]
        r.parts.append(
            Part(
                "duration",
                lo,
                hi,
                r.claim[lo:hi],
                key="days",
                value=age * year,
                approx="exact",
                grain=year,
                detail="age",
            )
        )
    r.parts.sort(key=lambda x: x.start)


def _contrast_units(r: Reading, voc: Vocabulary) -> None:
    """ "not eight days but seven", 不是100名，而是105名: a bare number set against a counted
    one counts the same unit."""
    counted = [x for x in r.parts if x.kind in ("number", "duration") and x.key]
    for n in [x for x in r.of("number") if not x.key]:
        if not _CONTRAST.search(r.norm[max(0, n.start - 10) : n.start]):
            continue
        before = [x for x in counted if x.end <= n.start]
        if not before:
            continue
        last = before[-1]
        word = next(
            (w for w in sorted(voc.units, key=len, reverse=True)
             if w and r.norm[last.start : last.end].endswith(w)),
            None,
        )  # fmt: skip
        unit = voc.units.get(word or "", last.key)
        n.key = unit
        if unit in voc.duration_days and last.kind == "duration":
            n.kind = "duration"
            n.value = float(n.value) * voc.duration_days[unit]  # type: ignore[arg-type]
            n.key = "days"


_SLASHED = lazy(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/.])")  # 6/10, with no year
_DAY_OF_MONTH = lazy(r"(?<![\d月])(\d{1,2})\s*[日号](?!\s*(?:内|之内|以内|左右))")
_NAMED_BEFORE = lazy(r"(?![于在到至从自当和与及])[^\W\d_]$")  # 阿波罗|13号, not 于|24号
_DESCRIPTION = lazy(
    r"\s*(?:be\s+|been\s+)?(?:the|one)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:that|which|who|whom|whose|where|when|in which|on which|by which)\b"
)
_ALL = lazy(r"\b(?:(?<!\bat )all|every|each|entire|whole)\b|全部|所有|一切|全体")  # not "at all"
_RUN = lazy(r"[\w-]+")


def _coded(text: str) -> bool:
    """Whether a run of word characters holds both a letter and a digit (RIG-421, T130): one
    pass over the runs, where a pattern that backtracks took quadratic time on a long number."""
    return any(
        any(c.isdecimal() for c in run) and any("a" <= c <= "z" for c in run)
        for run in _RUN.findall(text)
    )


_NOT_UNTIL = lazy(r"\b(?:until|till)\b|\bfor\b[^,;.]*?\b(?:after|since)\b")
_UNTIL = lazy(r"\b(?:until|unless|if|whether|before)\b|除非|如果|只要|一旦")
_A_DAY_THEN = lazy(  # not "11 hours a day after …", which is per day
    r"(?<!hours )(?<!hour )(?<!minutes )(?<!times )\b(?:a|the) day"
    r"(?=\s+(?:after|before|later|earlier|afterwards|prior to)\b)"
)
# 最后, 提前, 目前, 午后: words, not an order before a length; 与前一日…: "the day before's"
_NOT_ORDER = "前之以此随然最提事目当午空与和及同从"
_AT_THEN = lazy(
    r"(?:^|[，,。；;])\s*(?:在[^，,。；;]{2,30}?[后前中]|[^，,。；;在]{2,30}?[^之以]后"
    r"|[^，,。；;在]{2,30}?[^之以其手心空集国眼口家]中)(?=\s*[，,])"  # 第三轮谈判中，…
)
_AT_THEN_VERB = lazy(r"在[^，,。；;在]{2,20}?[后前]")
_NOT_BEFORE_THEN = "之以此其随最然落背幕今目提事空眼"  # 之前, 目前, 提前, 最后, 然后: words
_THEN_ADVERB = lazy(r"[就才便又再已也都曾]*")


def _adverb(norm: str, at: int) -> str:
    """The adverbs (就, 才, 便) between a frame of time and its verb."""
    m = _THEN_ADVERB.match(norm, at)
    return m.group() if m else ""


_RATHER = ("而不是", "rather than", "instead of", "而非", "不是", "并非")  # deny what follows
_CONTRAST_NOT = lazy(r",\s*$")  # "a temporary ceasefire, not a permanent one": its quality
_INTO = lazy(r"\s+(into)\s+(?:the|its|their|a)\b")
_OF = lazy(r"\s+of\b")
# 实现之前, 达成协议之前: a Chinese "before" follows its verb, in the same clause
_BEFORE_IT = lazy(r"[^，,。；;之以]{0,10}?(?:之前|以前)")
_ARTICLE = set("项份种条辆架艘")  # 一项, 一份: "a", not "one"
_CONTRAST_LATER = lazy(r"\bbut\b|而是")
_PREP = lazy(r"\b(?:during|in|on|at|by|for|from|to|with|after|before|since|until)\b")


_COMPARATIVE = {
    "多": "more",
    "少": "fewer",
    "长": "longer",
    "短": "shorter",
    "早": "before",
    "晚": "after",
    "先": "before",
    "高": "more",
    "低": "fewer",
}


def _chinese_comparison(r: Reading, taken: list[bool]) -> None:
    """ "A比B多/少/早/晚/长/短": a comparison (or an order) whose cue is the adjective after B;
    比 itself is a function word."""
    at = r.norm.find("比")
    if at < 0:
        return
    end = next((m.start() for m in _CLAUSE.finditer(r.norm, at)), len(r.norm))
    if any(
        x.kind == "cue"
        and at < x.start < end
        and any(_COMPARATIVE.get(c) == x.key for c in r.norm[x.start : x.end])
        for x in r.parts
    ):
        taken[at] = True  # 比…更长, 比…早于: the lexicon's cue stands, 比 is its function word
        return
    for i in range(at + 1, end):
        if (
            r.norm[i] in _COMPARATIVE
            and not taken[i]
            and not (i + 1 < len(r.norm) and r.norm[i] == "多" and r.norm[i + 1] in CLASSIFIERS)
        ):
            taken[at] = taken[i] = True
            if i > 0 and r.norm[i - 1] in "更还" and not taken[i - 1]:
                taken[i - 1] = True
            end = i + 2 if r.norm[i + 1 : i + 2] == "出" and not taken[i + 1] else i + 1
            for j in range(i, end):  # 多出十三票: 出 completes the comparative
                taken[j] = True
            r.parts.append(Part("cue", i, end, r.norm[i:end], key=_COMPARATIVE[r.norm[i]]))
            return


# 按文章的说法，…; 按作者的梳理，…; 依照决议，…: a frame naming whose account follows; its
# words of "according to" and of "account" say nothing, the source named inside is a part
_ACCORDING = lazy(
    r"(?:^|(?<=[，,；;。]))\s*(按照|依照|根据|按|据|依)([^，,；;。]{1,12}?)"
    r"(的)?(说法|所述|所说|梳理|记述|叙述|描述|统计|数字|数据|安排|规定|时间线|推算|计算)?\s*(?=[，,])"
)


# "By the article's account, …", "Going by the author's figures, …": an English frame of
# the article's or the author's own reckoning; its words say nothing
_ACCORDING_EN = lazy(
    r"(?:^|(?<=[,;.]\s))(going by|judging by|based on|by|according to|per|on)\s+(the\s+)?"
    r"(?:article|author|analysis|writer|piece|text)(['’]s?\s+(?:own\s+)?)"
    r"(figures?|numbers?|dates?|count|account|timeline|reckoning|telling|version|tally|"
    r"arithmetic|sums?|chronology|figures for [a-z ]+?)?\s*(?=,)"
)


def _according_to(r: Reading, taken: list[bool]) -> None:
    """The words of an attribution frame at the head of a clause (按, 按照, 根据 … 的说法;
    "by the article's account")."""
    for pattern, groups in ((_ACCORDING_EN, (1, 2, 3, 4)), (_ACCORDING, (1, 3, 4))):
        for m in pattern.finditer(r.norm):
            for g in groups:  # the source (文章, 决议) stays a part
                if m.group(g) is not None and not any(taken[m.start(g) : m.end(g)]):
                    taken[m.start(g) : m.end(g)] = [True] * (m.end(g) - m.start(g))


_UNDER_AFTER = lazy(r"之?下")


def _under_frame(r: Reading, taken: list[bool]) -> None:
    """在卡塔尔的斡旋下: the 下 (之下) closing a frame of circumstance round a verb is a
    function word, wherever the frame stands in its sentence."""
    for verb in r.of("predicate"):
        m = _UNDER_AFTER.match(r.norm, verb.end)
        if m is None or any(taken[m.start() : m.end()]):
            continue
        start = max((c.end() for c in _CLAUSE.finditer(r.norm, 0, verb.start)), default=0)
        if "在" in r.norm[start : verb.start]:
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())


_HALF_BEFORE = lazy(r"\bhalf\s+$")  # "half a month"
_HALF_AFTER = lazy(r"\s+and\s+a\s+half\b|半")  # "a month and a half", 一年半


_IN_EVERY = lazy(r"\s+in\s+(?:every\s+)?$")  # "one in twelve", "one in every four"


def _shares_of_every(r: Reading, voc: Vocabulary) -> None:
    """ "one in twelve villagers", "one in every four": one share in per cent (8.3%), its
    span the whole, not two counts of the unit after it."""
    numbers = sorted(r.of("number"), key=lambda x: x.start)
    for a, b in pairwise(numbers):
        if not _IN_EVERY.fullmatch(r.norm, a.end, b.start):
            continue
        if not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)):
            continue
        if not 0 < a.value < b.value or (a.value != 1 and "every" not in r.norm[a.end : b.start]):
            continue  # "one in twelve", "two in every five"; not "3 in 12 villages"
        a.value, a.key, a.end = round(100 * a.value / b.value, 1), "share", b.end
        a.detail = "share"  # no unit a fact types: no figure backs or contradicts it yet
        a.text = r.norm[a.start : a.end]
        r.parts.remove(b)


def _halves(r: Reading, voc: Vocabulary) -> None:
    """ "half a month", 半年, "a month and a half", 一年半: half of a length of time, or one
    and a half; the word for half is part of the length, not content of its own."""
    if "half" not in r.norm and "半" not in r.norm:
        return
    for dur in [x for x in r.parts if x.kind == "duration"]:
        if not isinstance(dur.value, float):
            continue
        if "half" in r.norm[dur.start : dur.end] or r.norm[dur.start : dur.end].endswith("半"):
            continue  # "two and a half weeks", 一个半月: the number reader has it
        before = _HALF_BEFORE.search(r.norm, max(0, dur.start - 8), dur.start)
        after = _HALF_AFTER.match(r.norm, dur.end)
        length = dur.value
        if before and r.norm[dur.start : dur.start + 2] in ("a ", "an"):
            dur.value, dur.start = length / 2, before.start()
        elif after:  # half of the unit it ends with: 五年半, "a month and a half"
            said = r.norm[dur.start : dur.end]
            unit = next(
                (voc.units[w] for w in (said.split()[-1], said[-2:], said[-1:]) if w in voc.units),
                "",
            )
            if unit not in voc.duration_days:
                continue
            dur.value, dur.end = length + voc.duration_days[unit] / 2, after.end()
        else:
            continue
        dur.grain = dur.grain / 2
        bound = _approx(r.norm, dur.start, dur.end)  # "under half a year": the bound before
        dur.approx = bound if bound != "exact" else dur.approx  # "half", not "about"
        r.parts[:] = [x for x in r.parts if x is dur or not (dur.start <= x.start < dur.end)]
    for at in (i for i, ch in enumerate(r.norm) if ch == "半"):  # 半个月, 半年, 半天
        if at > 0 and r.norm[at - 1] in _COUNTING | {"个"}:
            continue  # 两个半, 一年半: the number reader and the loop above have it
        word = next(  # the longest unit of time the lexicon knows right after it
            (
                w
                for n in (3, 2, 1)
                if voc.units.get(w := r.norm[at + 1 : at + 1 + n]) in voc.duration_days
            ),
            None,
        )
        end = at + 1 + len(word) if word else at
        if word is None or any(
            x.kind in ("number", "duration") and x.start < end and at < x.end for x in r.parts
        ):
            continue
        days = voc.duration_days[voc.units[word]] / 2
        r.parts[:] = [x for x in r.parts if not (x.start < end and at < x.end)]
        bound = _approx(r.norm, at, end)  # 不到半年: the bound before it
        approx = bound if bound != "exact" else "about" if days >= 15 else "exact"
        r.parts.append(
            Part("duration", at, end, r.norm[at:end], key="days", value=days,
                 approx=approx, grain=days if days >= 15 else 0.0)
        )  # fmt: skip
    r.parts.sort(key=lambda x: x.start)


_CALENDAR_MEAN = {30.0: 30.44, 365.0: 365.25}  # days in a month, a year, on average
_LENGTH_JOIN = lazy(r"\s*,?\s*(?:and\s+)?|又|零")  # "four months and six days", 四个月零六天


def _duration_unit(r: Reading, voc: Vocabulary, dur: Part) -> float:
    """The days in the unit a length of time ends with ("months", 个月, 天), or 0."""
    said = r.norm[dur.start : dur.end].strip()
    words = (said.split()[-1] if said.split() else "", said[-3:], said[-2:], said[-1:])
    return next(
        (voc.duration_days[voc.units[w]] for w in words if voc.units.get(w) in voc.duration_days),
        0.0,
    )


def _compound_lengths(r: Reading, voc: Vocabulary) -> None:
    """ "four months and six days", 四个月零六天, 一年又三个月: one length of time said in two
    units, the larger first; read as their sum, within half the smaller unit and the
    months' differing lengths, not as two lengths of which either may back a claim; a word
    of bound before it (more than, 超过) stays the claim's."""
    durs = sorted((x for x in r.parts if x.kind == "duration"), key=lambda x: x.start)
    for a, b in pairwise(durs):
        if a not in r.parts or not isinstance(a.value, float) or not isinstance(b.value, float):
            continue
        m = _LENGTH_JOIN.fullmatch(r.norm, a.end, b.start)
        if m is None or any(
            x.start < b.start and a.end < x.end for x in r.parts if x not in (a, b)
        ):
            continue
        big, small = _duration_unit(r, voc, a), _duration_unit(r, voc, b)
        if not big or not small or small >= big or b.approx not in ("exact", "about"):
            continue
        mean = _CALENDAR_MEAN.get(big, big)  # a month of 30.44 days, a year of 365.25
        whole = a.value / big * mean + b.value / small * _CALENDAR_MEAN.get(small, small)
        slack = (small / 2 if small >= 28 else 0.5) + (0.75 * a.value / big if big < 365 else 0)
        a.value = whole  # within half the smaller unit, and the months' differing lengths
        a.end, a.text = b.end, r.norm[a.start : b.end]
        if a.approx == "about" and a.grain:  # said without a word of its own: whole units
            a.approx, a.grain = "exact", 2 * slack
        else:  # "more than four months and a day": the bound is the claim's
            a.grain = 0.0
        r.parts.remove(b)


_ONE_OF = lazy(r"\b(?:a|an|one|another)\s+(?:(?:extra|additional|more|further|full|whole)\s+)?$")


def _lone_units(r: Reading, voc: Vocabulary) -> None:
    """ "a week", "an hour", "an extra year": one of a time unit, written without a number."""
    for u in r.of("unit"):
        m = _ONE_OF.search(r.norm[max(0, u.start - 24) : u.start])
        if m and any(
            n.kind == "number" and n.end >= u.start - len(m.group(0)) and n.end <= u.start
            for n in r.parts
        ):
            continue  # "one day": the number reader has it
        if m and u.key in voc.duration_days:
            u.kind, u.value, u.start = (
                "duration",
                voc.duration_days[u.key],
                u.start - len(m.group(0)),
            )
            days = voc.duration_days[u.key]
            u.key = "days"
            u.approx = _approx(r.norm, u.start, u.end)
            if u.approx == "exact" and days >= 30:  # "a month": a whole month, as "two months"
                u.approx, u.grain = "about", days


def _approximations(r: Reading) -> None:
    """ "more than 130", "nearly 22 hours", "约二十天": the number keeps how exact it is, and
    its span takes the words that say so (they are neither a comparison nor content)."""
    for n in list(r.parts):
        if n not in r.parts or n.kind not in ("number", "duration", "time"):
            continue
        before = r.norm[max(0, n.start - 20) : n.start]
        if n.approx == "exact":  # "exactly one week", 整整一周: the word says it is exact
            m = EXACT_BEFORE.search(before)
            if m is None:
                continue
            n.start -= len(before) - m.start()
        for pattern, _ in APPROX_BEFORE if n.approx != "exact" else ():
            m = pattern.search(before)
            if m:
                n.start -= len(before) - m.start()
                break
        r.parts[:] = [c for c in r.parts if c is n or not (c.start >= n.start and c.end <= n.end)]


_ODD = lazy(rf"^([\d,.]+|[{CN_CHARS}]+)(个)?[多余]")  # 一千一百多, 130余, 一个多月
_ODD_UNIT = lazy(rf"^([\d,.]+|[{CN_CHARS}]+)[^\d{CN_CHARS}多余]{{1,3}}[多余]$")  # 三周多


def _odd(r: Reading) -> None:
    """A Chinese count with 多 or 余 is "N-odd", not any number above N: 一千一百多 lies
    below 1,200 (the next step of its last figure), 一个多月 and 三周多 below one unit more."""
    for part in r.parts:
        if part.kind not in ("number", "duration") or part.approx != "more_than":
            continue
        said = r.norm[part.start : part.end]
        m = _ODD.match(r.norm[part.start : part.end + 2])  # 多 inside the part, or right after
        unit_step = m is not None and m.group(2) is not None
        if m is None:
            m = _ODD_UNIT.match(said)
            unit_step = m is not None
        if m is None:
            continue
        digits = m.group(1).replace(",", "")
        count = float(digits) if digits[0].isdigit() else parse_chinese(digits)
        if not count or not isinstance(part.value, (int, float)):
            continue
        step = 1.0
        if not unit_step and float(count).is_integer():
            whole = int(count)
            while whole % 10 == 0 and whole >= 10:
                whole //= 10
                step *= 10
        per = float(part.value) / float(count)  # days a unit counts, or 1
        part.upper = (float(count) + step) * per


def _focus(r: Reading, voc: Vocabulary) -> None:
    """ "lasted only a week", 仅持续了一周: "only" before a count or a length stresses it and
    says no more; it is a lenient cue, accounted with the value (the lexicon's `focus`)."""
    for word in [x for x in r.parts if x.kind == "predicate" and x.key == "only"]:
        if r.norm[word.start : word.end].strip() not in voc.focus:
            continue
        later = [x for x in r.parts if x.start >= word.end and x.kind not in ("predicate", "cue")]
        value = min(later, key=lambda x: x.start, default=None)
        if value is None or value.kind not in ("number", "duration") or value.value == 1:
            continue  # "only one" says there was no other: that is the `only` predicate's
        gap = r.norm[word.end : value.start]
        if len(gap) <= 12 and not _CLAUSE.search(gap):
            word.kind, word.key = "cue", "focus"


_LAST = lazy(
    r"\b(?:the|its|their|his|her)\s+(?:very\s+)?(last)\s+(?=[a-z])(?!of\b)"
    r"|最后(?:一)?(?=[个名位艘架批辆次轮场趟])"  # 最后一次, 最后一轮: the last time, round
)


def _lasts(r: Reading) -> None:
    """ "the last miner", 最后一个: the last of a series, an ordinal (value -1), not "lasted"."""
    for m in _LAST.finditer(r.norm):
        s, e = (m.start(1), m.end(1)) if m.group(1) else (m.start(), m.end())
        if any(
            x.start < e and s < x.end and x.kind not in ("cue", "term", "number") for x in r.parts
        ):
            continue
        r.parts[:] = [x for x in r.parts if not (x.start < e and s < x.end)]
        r.parts.append(Part("ordinal", s, e, r.norm[s:e], value=-1))
    r.parts.sort(key=lambda x: x.start)


def _ordinals(r: Reading) -> None:
    """An ordinal names the series after it ("the fourth round", 第二阶段); "round 3" too."""
    for p in list(r.parts):
        if p not in r.parts:
            continue
        if p.kind == "ordinal":
            if p.start > 0 and r.norm[p.start - 1] == "第":
                p.start -= 1
            if r.norm[p.end : p.end + 1] == "号" and isinstance(p.value, int):
                p.kind, p.key = "number", ""  # 第2735号决议: a number that names, not a rank
                continue
            unit = next(
                (u for u in r.parts if u.kind == "unit" and 0 <= u.start - p.end <= 3), None
            )
            if unit is not None:  # "the second truce" counts truces, not rounds
                p.key, p.end = unit.key, unit.end
                r.parts.remove(unit)
        elif p.kind == "unit" and p.key in ("rounds", "phases"):
            nxt = next(
                (n for n in r.parts if n.kind == "number" and 0 <= n.start - p.end <= 1), None
            )
            if nxt is not None and nxt.key == "":
                nxt.kind, nxt.key, nxt.start = "ordinal", p.key, p.start
                r.parts.remove(p)
                continue
            cue = next((c for c in r.parts if c.kind == "cue" and 0 <= c.start - p.end <= 1), None)
            if cue is not None and r.norm[cue.start : cue.start + 4] == "one ":  # "phase one of"
                p.kind, p.value, p.end = "ordinal", 1, cue.start + 3
                p.text = r.claim[r.offsets[p.start] : r.offsets[p.end - 1] + 1]
                r.parts.remove(cue)


def _covered(r: Reading, taken: list[bool]) -> list[bool]:
    """Each character of the normalised text: taken by a reader, or inside a part."""
    covered = list(taken)
    for p in r.parts:
        for i in range(p.start, min(p.end, len(r.norm))):
            covered[i] = True
    return covered


def _short_forms(r: Reading, voc: Vocabulary, taken: list[bool]) -> None:
    """以哈, 美以: two or more one-character short forms of parties side by side name each
    party (the lexicon's short_forms). One such character alone is only a character."""
    if not voc.short_forms:
        return
    covered = _covered(r, taken)
    i, n = 0, len(r.norm)
    while i < n:
        j = i
        while j < n and r.norm[j] in voc.short_forms and not covered[j]:
            j += 1
        keys = [voc.short_forms[ch] for ch in r.norm[i:j]]
        if j - i >= 2 and len(set(keys)) == j - i:
            for at, key in enumerate(keys, start=i):
                r.parts.append(Part("entity", at, at + 1, r.norm[at], key=key))
                taken[at] = True
        i = max(j, i + 1)
    r.parts.sort(key=lambda p: p.start)


def _leftovers(r: Reading, voc: Vocabulary, taken: list[bool]) -> None:
    """Content words no reader took become `term` parts; function words are dropped."""
    covered = _covered(r, taken)
    kept = [False] * len(r.norm)  # 地面: its 地 is no particle
    for word in voc.zh_keep if _CJK.search(r.norm) else ():
        at = r.norm.find(word)
        while at >= 0:
            if not any(covered[at : at + len(word)]):
                kept[at : at + len(word)] = [True] * len(word)
            at = r.norm.find(word, at + 1)
    run_start = run_end = -1
    for m in _TOKEN.finditer(r.norm):
        s, e, tok = m.start(), m.end(), m.group()
        cjk = bool(_CJK.match(tok))
        free = not any(covered[s:e])
        content = free and (
            (tok not in voc.function_zh or kept[s]) if cjk else tok not in voc.function_en
        )
        counted = (  # 三国, 两方, 这座大坝, 那场洪水: a classifier or measure word after a
            (tok in CLASSIFIERS or tok in voc.measure_words)  # count or a demonstrative
            and s > 0
            and r.norm[s - 1] in _COUNTING
        )
        if cjk and free and not content and _place_word(r, voc, s, covered):
            content = True  # 左翼的后缘: after 的, 前/后/上/下 begins the noun it places
        if cjk and content and tok == "上" and _located(r, s, voc):
            content = False  # 在“世越号”上: "on board", a place word, no claim of its own
        if cjk and content and not counted:
            if run_start < 0 or run_end != s:
                if run_start >= 0:
                    _term(r, run_start, run_end, True, voc)
                run_start = s
            run_end = e
            continue
        if run_start >= 0:
            _term(r, run_start, run_end, True, voc)
            run_start = -1
        if content and not cjk and not tok.isdigit():
            _term(r, s, e, False, voc)
    if run_start >= 0:
        _term(r, run_start, run_end, True, voc)


def _place_word(r: Reading, voc: Vocabulary, at: int, covered: list[bool]) -> bool:
    """Whether a character of place (前, 后, 上, 下) stands between 的 (or a word of going
    from or to: 从, 向, 往, 朝) and a content character no reader took: the first character of
    a noun (的后缘, 的上层, 从后舱门撤离), not a particle."""
    nxt = at + 1
    return (
        r.norm[at] in voc.place_chars
        and at > 0
        and r.norm[at - 1] in "的从向往朝"
        and nxt < len(r.norm)
        and not covered[nxt]
        and bool(_CJK.match(r.norm[nxt]))
        and r.norm[nxt] not in voc.function_zh
    )


def _modified(
    text: str, norm: str, offsets: list[int], s: int, name: tuple[str, str], voc: Vocabulary
) -> bool:
    """Whether a name is the tail of a longer one another name begins: the word before it
    is not the one the entity's own longer alias has there (the Israeli Air Force, 以色列空军,
    where the alias is "Air Force" of "US Air Force", 空军 of 美国空军)."""
    phrase, key = name
    known = voc.modifiers.get(phrase)
    if known is None:
        return False
    if _CJK.match(phrase):  # another party's name right before an organisation's
        return (
            voc.entity_kind.get(key) == "party"
            and not norm.endswith(tuple(known), 0, s)
            and any(
                c == "entity" and k != key and voc.entity_kind.get(k) == "party"
                for n in range(2, 5)
                for c, k in voc.lookup(norm[max(0, s - n) : s])
            )
        )
    before = _WORD_BEFORE.search(norm, max(0, s - 40), s)  # a window: no scan from the start
    if before is None:
        return False
    word = before.group(1)
    return (
        word not in known
        and word not in voc.function_en
        and text[offsets[before.start(1)]].isupper()
        and not _opens_sentence(norm, before.start(1))  # a capital of its own
    )


def _before_space(norm: str, at: int) -> int:
    """Where the spaces right before a position begin."""
    while at > 0 and norm[at - 1].isspace():
        at -= 1
    return at


def _opens_sentence(norm: str, at: int) -> bool:
    """Whether a word at this position is the first of its sentence."""
    j = _before_space(norm, at)
    return j == 0 or norm[j - 1] in '.!?:;"“('


def _after_digit(norm: str, at: int) -> bool:
    """Whether a digit stands right before a position, a space apart at most."""
    j = at - 1 if at > 0 and norm[at - 1] == " " else at
    return j > 0 and norm[j - 1].isdigit()


_WORD_BEFORE = lazy(r"([a-z][\w-]*)\s+$")
_NAME_SUFFIX = lazy(r"[\"”」』]号")
_QUOTES = lazy(r"[“”\"「」『』\s]")


def _covered_by_part(r: Reading, m: re.Match[str]) -> bool:
    """Whether a part of the reading overlaps the match."""
    return any(p.start < m.end() and m.start() < p.end for p in r.parts)


def _located(r: Reading, at: int, voc: Vocabulary) -> bool:
    """Whether 上 at this position closes 在 + a name (在“世越号”上, 在月球上), or a name
    before a word of having (812号班机上有64人: "on board it there were")."""
    name = next(
        (
            x
            for x in r.parts
            if x.kind == "entity" and x.end <= at and not _QUOTES.sub("", r.norm[x.end : at])
        ),
        None,
    )
    if name is None:
        return False
    return _QUOTES.sub("", r.norm[: name.start]).endswith("在") or any(
        r.norm.startswith(w, at + 1) for w in voc.size_words if _CJK.match(w)
    )


def _term(r: Reading, s: int, e: int, cjk: bool, voc: Vocabulary) -> None:
    word = r.norm[s:e]
    r.parts.append(Part("term", s, e, word, key=word if cjk else voc.word_key(word)))


def _manner_after_verb(
    r: Reading, voc: Vocabulary, verb: Part | None, after: list[Part]
) -> Part | None:
    """A quality or manner said right after a verb ("adopted unanimously", "talked
    directly"): a negation before the verb denies that, and the verb is still said."""
    if verb is None or verb.kind != "predicate" or not verb.text.isascii():
        return None  # (a Chinese quality after its verb says the object's: 答应永久停火)
    nxt = next((p for p in after if p.start >= verb.end), None)
    if (
        nxt is not None
        and nxt.kind == "predicate"
        and (nxt.key in voc.quality or nxt.key in voc.manner)
        and not r.norm[verb.end : nxt.start].strip()
    ):
        return nxt
    return None


def _verb_after_manner(r: Reading, voc: Vocabulary, part: Part | None) -> Part | None:
    """The verb right after a word of manner (直接会谈, "directly talk"): a negation before
    the manner word belongs to it."""
    if part is None or part.key not in voc.manner:
        return None
    return next(
        (
            x
            for x in r.parts
            if x.kind == "predicate" and 0 <= x.start - part.end <= 3 and x is not part
        ),
        None,
    )


_OUT_OF = lazy(r"\s+(?:[\w'’-]+\s+){1,2}?out of\b")


def _prevented(r: Reading, voc: Vocabulary, breaks: list[int]) -> None:
    """ "stopped the flames destroying the belfry", 阻止火焰烧毁钟架: the verb after what a
    preventing verb stops is denied; a verb right after it is what was stopped (阻止谈判).
    Read after the negations, so that a prevention denied itself denies nothing."""
    talked_out = [  # "talked Israel out of launching it": stopped it
        x for x in r.of("predicate")
        if r.norm[x.start : x.end] in voc.out_of and _OUT_OF.match(r.norm, x.end)
    ]  # fmt: skip
    for x in talked_out:
        x.key = "halt"
    for stop in [
        x
        for x in r.of("predicate")
        if (r.norm[x.start : x.end] in voc.prevents or x in talked_out) and not x.negated
    ]:  # "could not stop Israel from launching it": it was launched
        limit = min((b for b in breaks if b >= stop.end), default=len(r.norm))
        between = False
        for x in sorted(r.parts, key=lambda x: x.start):
            if x.start < stop.end or x is stop:
                continue
            if x.start >= limit:
                break
            if x.kind == "predicate":
                if between:
                    x.negated = not x.negated
                break
            between = between or x.kind in ("term", "entity", "unit")


def _described(r: Reading, target: Part, after: list[Part], limit: int) -> Part:
    """并非死亡人数最多的飞艇灾难: a verb before 的 describes the noun after it; a negation of
    being denies that noun (the thing it is not), not the verb of its description."""
    if target.kind != "predicate":
        return target
    de = r.norm.find("的", target.end, limit)
    if de < 0 or any(x.kind == "predicate" and target.end <= x.start < de for x in after):
        return target
    head = next((x for x in after if x.start > de and x.kind in ("term", "unit", "entity")), None)
    return head if head is not None else target


def said_units(r: Reading, voc: Vocabulary) -> None:
    """A claim's count followed by a word alone that a fact's Chinese words put after one of
    its typed quantities (10,912节, of 107 knots) counts that unit. Claims only: in a fact's
    own words the word stays as the file wrote it."""
    for count in r.of("number"):
        run = _CJK_RUN.match(r.norm, count.end) if not count.key else None
        said = run.group() if run else ""
        if said in voc.said_units:
            count.key = voc.said_units[said]
            for x in r.parts:
                if x.kind == "term" and x.start == count.end and x.end == count.end + len(said):
                    x.kind, x.key = "unit", count.key


def _not_until(r: Reading, voc: Vocabulary, verb: Part, limit: int) -> bool:
    """Whether a denied verb is only put off to a time its clause gives ("did not begin
    until 23:30", "for more than six hours after"), not denied: "will not agree until its
    aims are achieved" gives a condition, no time, and stays a denial."""
    m = _NOT_UNTIL.search(r.norm, verb.end, limit)
    if m is None:
        return False
    told = sorted((x for x in r.parts if m.start() <= x.start < limit), key=lambda x: x.start)
    times = [
        x for x in told
        if x.kind in ("date", "time", "duration")
        or (x.kind == "number" and (x.key in voc.duration_days or x.key in voc.clock_minutes))
    ]  # fmt: skip
    if m.group().startswith(("until", "till")):  # the time right after it
        return bool(told) and bool(times) and told[0] is times[0]
    return bool(times)  # "for more than six hours after"


def _pro_form_one(r: Reading, voc: Vocabulary) -> None:
    """ "a temporary ceasefire, not a permanent one": "one" after a quality stands for the
    noun said before; it counts nothing."""
    for x in [p for p in r.of("number") if normalize(p.text).strip() == "one"]:
        quality = max(
            (q for q in r.of("predicate") if q.key in voc.quality and q.end <= x.start),
            key=lambda q: q.end,
            default=None,
        )
        if quality is None or r.norm[quality.end : x.start].strip():
            continue
        if _ARTICLE_BEFORE.search(r.norm, 0, quality.start) and _PRO_END.match(r.norm, x.end):
            r.parts.remove(x)


_ARTICLE_BEFORE = lazy(r"\b(?:a|an|the)\s+$")
_PRO_END = lazy(r"\s*(?:[,;.!?]|$)")


_THE_DEED = lazy(r"\s+(?:the|a|an)\s+$")
_OF_AFTER = lazy(r"\s+of\b")


def _light_verbs(r: Reading, voc: Vocabulary) -> None:
    """ "secured the release of the hostages": a light verb before "the <deed> of" says that
    deed, and no deed of its own; it becomes an operator, so a denial before it denies the
    deed ("did not secure the release of any hostages")."""
    if r.lang == "zh":
        _means_zh(r, voc)
        _light_verbs_zh(r, voc)
        return
    if not voc.light:
        return
    for x in [p for p in r.parts if p.kind in ("predicate", "term")]:
        if r.norm[x.start : x.end].strip() not in voc.light:
            continue
        deed = next((p for p in r.parts if p.kind == "predicate" and p.start > x.end), None)
        before = r.norm[: x.start].split()[-1:]  # "aimed to secure": an aim, read as one
        if (
            deed is not None
            and _THE_DEED.fullmatch(r.norm, x.end, deed.start)
            and _OF_AFTER.match(r.norm, deed.end)
            and before != ["to"]
        ):
            x.kind, x.key, x.status = "cue", "light", "operator"
            r.memo[("achieved", id(deed))] = True  # said as done: a wish does not back it


@lru_cache(maxsize=512)  # the lexicon's lists, and single words and labels a claim asks for
def words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for a list of words: English ones whole, Chinese ones anywhere."""
    alternatives = [rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words]
    return compiled("|".join(alternatives) or "(?!)")


def unrealising(voc: Vocabulary, text: str) -> bool:
    """Whether a text holds a word that says what follows it was not, or not yet, done: one
    of `unrealised` (难以, "unlikely"), of wanting or aiming, or a modal."""
    words = (*voc.unrealised, *voc.wishes, *voc.seeks, *voc.modals)
    return words_pattern(words).search(text) is not None


def _means_zh(r: Reading, voc: Vocabulary) -> None:
    """通过其控股公司认捐: a Chinese verb of means (the lexicon's `means_zh`) before 其 or a
    name, a noun and the next verb of its clause says "through", no deed of its own; an
    operator (通过决议谴责… is still the adopting)."""
    for x in [p for p in r.parts if p.kind == "predicate"]:
        if (
            r.norm[x.start : x.end].strip() not in voc.means_zh
            or r.norm[x.end : x.end + 1] in "了过的后前时"
        ):
            continue  # 通过了, 通过的决议, 通过后: the verb itself
        end = next((m.start() for m in _CLAUSE.finditer(r.norm, x.end)), len(r.norm))
        verb = r.next_of(x.end, "predicate")
        named = r.norm.startswith("其", x.end) or any(
            p.kind == "entity" and p.start == x.end for p in r.parts
        )  # 通过其控股公司, 通过卡塔尔: by whom; 通过决议 is the adopting
        if (
            named
            and verb is not None
            and verb.start < end
            and any(
                p.kind in ("term", "entity", "unit") and x.end <= p.start < verb.start
                for p in r.parts
            )
        ):
            x.kind, x.key, x.status = "cue", "means", "operator"


def _light_verbs_zh(r: Reading, voc: Vocabulary) -> None:
    """实现非军事化, 实现加沙永久停火: a Chinese light verb before the next verb of its clause
    says that deed and none of its own, said done (so an aim does not back it) unless a word
    before it in the clause says otherwise (让…实现, 难以实现)."""
    if not any(w in r.norm for w in voc.light_zh):
        return
    for x in [p for p in r.parts if p.kind in ("predicate", "term")]:
        if r.norm[x.start : x.end] not in voc.light_zh:
            continue
        deed = min(
            (p for p in r.parts if p.kind == "predicate" and p.start >= x.end),
            key=lambda p: p.start,
            default=None,
        )
        if deed is None or _CLAUSE.search(r.norm, x.end, deed.start):
            continue  # 实现加沙永久停火: the deed is the next verb of its clause
        x.kind, x.key, x.status = "cue", "light", "operator"
        start = max((m.end() for m in _CLAUSE.finditer(r.norm, 0, x.start)), default=0)
        if not unrealising(voc, r.norm[start : x.start]):
            r.memo[("achieved", id(deed))] = True


def _contrastive(r: Reading, cue: Part) -> bool:
    """Whether a negation sets what it denies against what the claim says instead ("Qatar,
    not Egypt", "rather than", 而不是, 而非)."""
    return cue.text in _RATHER or (
        r.norm[cue.start : cue.end].strip() == "not"
        and _CONTRAST_NOT.search(r.norm, 0, cue.start) is not None
    )


_BARE_GAP = lazy(r"\s*(?:(?:yet|ever|been|be|even)\s+)*")  # "never (yet) tested"
_THAT = lazy(r"\s+(?:that|the|a|an|any|its|their|his|her)\b")  # "did not recognise that …",
# "did not recognise the stall": a word with its object after it is the verb denied


_NOUN_NEXT = lazy(
    r"\s+(?!(?:on|in|at|to|for|of|by|with|from)\b)[a-z]"
)  # "no truce", not "voted no on"


def _past_coverb_object(r: Reading, target: Part | None, after: list[Part]) -> Part | None:
    """无需向滞留旅客支付赔偿: a verb right after 向, 给, 对 that describes the noun after it
    (滞留旅客, stranded passengers) is no deed; the denial is of what comes after the noun."""
    if target is None or target.kind != "predicate" or target.text.isascii():
        return target
    noun = next((p for p in after if p.start == target.end), None)
    if noun is None or noun.kind not in ("unit", "term", "entity"):
        return target
    if not re.search(r"[向给对替为]\s*$", r.norm[max(0, target.start - 2) : target.start]):
        return target
    rest = [p for p in after if p.start >= noun.end and p.kind in ("predicate", "term")]
    after_noun = rest[0] if rest else noun if noun.kind == "term" else target  # 乘客支付赔偿
    return next((p for p in rest if p.kind == "predicate"), after_noun)


def _negation(r: Reading, voc: Vocabulary) -> None:
    """A negation governs the next predicate in its clause (or, failing one, the next
    content part); "rather than X", 而不是X: X is denied."""
    clause_breaks = [m.start() for m in _CLAUSE.finditer(r.norm)]
    for done in [p for p in r.of("predicate") if p.key in voc.done]:
        before = r.norm[max(0, done.start - 40) : done.start]
        until = _UNTIL.search(before)
        trailing = _BEFORE_IT.match(r.norm, done.end)
        if (until and not _CLAUSE.search(before[until.end() :])) or trailing:
            r.parts.remove(done)  # "until its aims are achieved", 实现之前: nothing achieved
    for cue in [p for p in r.parts if p.kind == "cue" and p.key == "negation"]:
        limit = min((b for b in clause_breaks if b >= cue.end), default=len(r.norm))
        described = _DESCRIPTION.match(r.norm, cue.end)  # "not the country that vetoed it":
        start = described.end() if described else cue.end  # its verb, not the noun before
        if _ALL.search(r.norm, cue.end, limit):
            continue  # "not … all hostages": a whole denied, which "some" does not contradict
        after = [p for p in r.parts if start <= p.start < limit and p.kind != "cue"]
        target = next(
            (p for p in after if p.kind == "predicate" and p.key not in voc.quality), None
        )
        target = _past_coverb_object(r, target, after)
        if r.norm[cue.start : cue.end].strip() in voc.subject_negations:
            deed = next((p for p in after if p.kind == "term" and VERB_LIKE.match(p.text)), None)
            if deed is not None and (target is None or deed.start < target.start):
                target = deed  # "no one on board survived": the survival is denied
        elif (
            after
            and after[0].kind == "term"
            and (VERB_LIKE.match(after[0].text) or _THAT.match(r.norm, after[0].end))
            and _BARE_GAP.fullmatch(r.norm, cue.end, after[0].start)
            and (target is None or after[0].start < target.start)
        ):
            target = after[0]  # "was never tested by filling it … before it was put to use"
        said = r.norm[cue.start : cue.end].strip()
        if said == "nothing" or (said == "no" and _NOUN_NEXT.match(r.norm, cue.end)):
            verb = next((p for p in r.parts if p.end <= cue.start and p.kind != "cue"
                         and not r.norm[p.end : cue.start].strip()), None)  # fmt: skip
            if verb is not None and (
                (verb.kind == "predicate" and verb.key not in voc.quality)
                or (verb.kind == "term" and (VERB_LIKE.match(verb.text) or said == "nothing"))
            ):  # "produced no truce", "produced nothing", "found nothing": the deed is denied
                if target is not None and target is not verb:
                    verb.negated = not verb.negated
                else:
                    target = verb
        manner = _manner_after_verb(r, voc, target, after)
        target = manner or target  # "not adopted unanimously": adopted, but not unanimously
        verb = _verb_after_manner(r, voc, target)
        target = verb or target  # 不便直接会谈: the talks are denied, not their manner
        if target is not None and r.norm[cue.start : cue.end].strip() in voc.copular_negations:
            target = _described(r, target, after, limit)
        if (
            after
            and after[0].kind in ("number", "duration", "date")
            and not r.norm[cue.end : after[0].start].strip(" 是为以有")
            and _CONTRAST_LATER.search(r.norm, after[0].end)
        ):
            target = after[0]  # "not five votes but six", 不是100名，而是: the value itself
        contrast = _contrastive(r, cue)
        if (
            contrast
            and after
            and after[0].kind in ("entity", "office", "ordinal")
            and not r.norm[cue.end : after[0].start].strip()
        ):
            target = after[0]  # 在鲁姆而非奥斯克的斡旋下: Osk is denied, not the mediating
        if target is None:  # no verb: the next content word, never a quality ("不可能永久停火")
            target = next((p for p in after if p.kind in ("predicate", "term", "entity", "number",
                                                            "date", "duration", "office", "ordinal")
                           and not (p.kind == "predicate" and p.key in voc.quality
                                    and not contrast)), None)  # fmt: skip
            if (
                target is not None
                and target.kind == "entity"
                and _COVERB.fullmatch(r.norm, cue.end, target.start)
            ):  # 不由联邦政府接管: "not by the government" denies the taking over
                target = next(
                    (
                        p
                        for p in after
                        if p.start >= target.end and p.kind in ("term", "predicate")
                    ),
                    target,
                )
        if (
            target is not None
            and target.kind == "predicate"
            and cue.text in ("没有", "没", "未")
            and re.match(r"\s*(?:之前|以前|前)", r.norm[target.end : target.end + 3])
        ):
            cue.status, cue.key = "operator", "before"  # 没有实现之前: "before", no denial,
            r.parts.remove(target)  # and nothing achieved is said either
            continue
        if target is not None and target.kind == "predicate" and _not_until(r, voc, target, limit):
            cue.status, cue.key = "operator", "until"  # "did not begin searching for six
            continue  # hours after", "not … until 23:30": done, only later
        if target is not None:
            target.negated = not target.negated
            cue.status = "operator"
            cue.key = "negation"
            cue.value = target
    _prevented(r, voc, clause_breaks)
