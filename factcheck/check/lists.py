"""Lists and identity: a closed list of actors or texts, and "X was the Y" between people."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations, pairwise
from typing import TYPE_CHECKING

from factcheck.check.evidence import (
    OWNER,
    OWNER_GAP,
    Context,
    backing,
    backs,
    clause_end,
    clause_start,
    one_side,
    qualifiers_before,
    within,
    word_held,
)
from factcheck.check.evidence import named as named_entities
from factcheck.check.model import CONTENT, Correction, Part, Reading
from factcheck.check.roles import ASIDE, agent
from factcheck.messages import Msg
from factcheck.textnorm import lazy, normalize

if TYPE_CHECKING:
    from factcheck.check.judge import Checker
    from factcheck.check.profile import Profile
    from factcheck.check.vocab import Vocabulary

_COPULA = lazy(
    r"(?:is|was|are|were|served as|serves as|acted as|became|[a-z]+ as)(?![a-z])(?: the| a| an)?"
    r"|(?:也|还|亦|都|就|即|便|曾经|曾|一直)?(?:当时|时)?(?:是|担任|任|出任|为)|时任|现任"
)  # "flew as", "went as": a role taken on; 时任: "then held"


def affiliations(ctx: Context) -> None:
    """ "X was the director of Y", "Y负责人X": a person's organisation is the one their own
    fact names (affiliation, political party); another organisation there is refuted."""
    checker = ctx.checker
    kind_of = checker.voc.entity_kind
    for clause in ctx.clauses:
        people = [x for x in clause.parts if x.kind == "entity" and kind_of.get(x.key) == "person"]
        if not people:  # "Gantz, who quit on 8 June, is the leader of …": the claim's person
            people = [
                x
                for x in ctx.reading.parts
                if x.kind == "entity" and kind_of.get(x.key) == "person"
            ]
        bodies = [x for x in clause.parts if x.kind == "entity" and kind_of.get(x.key) == "party"]
        titled = _office_named(checker, people)
        people = [x for x in people if x not in titled]
        roles = [
            x for x in clause.parts
            if x.kind == "office"
            or (x.kind == "predicate" and "affiliation" in checker.voc.fields_of.get(x.key, ()))
        ] + titled  # fmt: skip
        if (
            len(people) == 1
            and len(bodies) == 1
            and not roles
            and _copula(ctx, people[0], bodies[0])
        ):
            roles = [bodies[0]]  # "Biden is a Republican": the copula says the membership
        if len(people) != 1 or len(bodies) != 1 or not roles or people[0].key not in checker.by_id:
            continue
        lo, hi = sorted((people[0], bodies[0]), key=lambda x: x.start)
        deeds = [
            x for x in clause.parts
            if x.kind == "predicate" and x not in roles and lo.end <= x.start and x.end <= hi.start
        ]  # fmt: skip
        if deeds or not _linked(ctx, people[0], bodies[0], roles):
            continue  # "Burns went to Paris to negotiate with the Mossad chief": not his role
        person, body = checker.by_id[people[0].key], bodies[0]
        if _not_its_leader(ctx, people[0], body, roles):
            continue
        held = person.slots.get("affiliation", set()) | person.slots.get("political_party", set())
        kind = checker.voc.entity_type.get(body.key, "")
        if kind and body.key not in held:  # a political party against the person's party only
            held = {h for h in held if checker.voc.entity_type.get(h, "") == kind} or _bound(
                checker, person, held, roles, body, ctx.reading.claim
            )
        if not held:
            continue
        if body.key in held or within(checker, body.key, held):
            fitting = [x for x in roles if x.kind != "office" or x.key in person.offices]
            for x in (*people, body, *fitting):
                if x.status == "unknown" or x is body:
                    x.status, x.fact = "supported", person.fact.id
            body.field = "values.affiliation"
            continue
        names = named_entities(checker, sorted(held))
        body.status, body.fact, body.field = "refuted", person.fact.id, "values.affiliation"
        ctx.corrections.append(Correction(person.fact.id, "values.affiliation", body.text, names))


def _bound(
    checker: Checker, person: Profile, held: set[str], roles: list[Part], body: Part, claim: str
) -> set[str]:
    """Where the claim ties the role to the organisation itself ("the treasurer of Purity",
    纯净蒸馏公司的司库), the person's organisations that their fact's words tie to that role
    ("the treasurer of USIA"): whatever the organisations' types, the role is of those."""
    said = {normalize(x.text).strip().removeprefix("the ") for x in roles if x.kind != "predicate"}
    claimed = normalize(claim)
    named = normalize(body.text).strip().removeprefix("the ")
    said = {role for role in said if role and _ties(claimed, role, named)}
    words = normalize(f"{person.fact.text.en} {person.fact.text.zh}")
    if body.key in checker.by_id and any(
        name in words for name in checker.alias_norms(body.key) if len(name) > 1
    ):
        return set()  # the person's own words name the organisation too: not read as another's
    return {
        h for h in held if h in checker.by_id
        and any(_ties(words, role, name) for role in said for name in checker.alias_norms(h))
    }  # fmt: skip


def _ties(text: str, role: str, name: str) -> bool:
    """Whether the text says the role is the organisation's: "treasurer of (the) X", "X's
    treasurer", X的司库."""
    return any(
        form in text
        for form in (
            f"{role} of {name}",
            f"{role} of the {name}",
            f"{name}'s {role}",
            f"{name}的{role}",
        )
    )


def _office_named(checker: Checker, people: list[Part]) -> list[Part]:
    """The mentions of one person by their `office` as their own fact gives it (or a word of
    the lexicon for it) beside their name ("Arthur Jell, the treasurer of …", 司库亚瑟·杰尔,
    where the office is also one of his aliases): the role, not a second person."""
    if len({x.key for x in people}) != 1 or len(people) < 2 or people[0].key not in checker.by_id:
        return []
    office = checker.by_id[people[0].key].fact.values.get("office")
    if not isinstance(office, str):
        return []
    words = checker.voc.office_words
    said = normalize(office).strip()

    def names_it(x: Part) -> bool:
        text = normalize(x.text).strip().removeprefix("the ")
        return text == said or words.get(text, "") == words.get(said) != ""

    titled = [x for x in people if names_it(x)]
    return titled if len(titled) < len(people) else []


def _not_its_leader(ctx: Context, person: Part, body: Part, roles: list[Part]) -> bool:
    """ "X is the chairman of Y", "X heads Y": where Y's own fact names its `leader` and that
    is someone else, the person is refuted (and the claim is done with)."""
    checker = ctx.checker
    own = checker.by_id.get(body.key)
    leaders = own.slots.get("leader", set()) if own is not None else set()
    leading = any(
        (x.kind == "predicate" and x.key == "lead")
        or (x.kind == "office" and checker.voc.leads(x.text))
        for x in roles
    )
    if not leaders or not leading or person.key in leaders or own is None:
        return False
    person.status, person.fact, person.field = "refuted", own.fact.id, "values.leader"
    names = named_entities(checker, sorted(leaders))
    ctx.corrections.append(Correction(own.fact.id, "values.leader", person.text, names))
    return True


_ATTRIBUTE_GAP = lazy(
    r"(?:['’]s?)?\s*(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?\s*$", re.IGNORECASE
)  # "the Italian firm Micoperi", "Italy's Fincantieri", 意大利米科佩里


_AGENT_NOUN = lazy(r"[a-z-]+(?:or|er|ief)", re.IGNORECASE)  # "intelligence director Burns"


def attributes(ctx: Context) -> None:
    """ "the Italian firm Micoperi", 意大利米科佩里公司: a name just before another, which the
    other's own fact holds in one of its fields (country), says what the other is; it is
    no actor of the clause, and no member of a list the clause gives. Another value of
    that field, with a word the other's own fact calls it by ("the Danish firm Vestra",
    of a Norwegian firm), is refuted."""
    checker, r = ctx.checker, ctx.reading
    names = sorted(r.of("entity"), key=lambda x: x.start)
    for a, b in pairwise(names):
        between = r.claim[a.end : b.start]
        if b.key not in checker.by_id or not _ATTRIBUTE_GAP.fullmatch(between):
            continue
        inside = [x for x in r.parts if a.end <= x.start and x.end <= b.start]
        if any(x.kind != "term" and not _AGENT_NOUN.fullmatch(x.text) for x in inside):
            continue  # a verb, a number or a word of order stands between: two actors (a
            # noun of a doer, "director", "leader", is a word of the title)
        words = [m for m in re.finditer(r"(?<!['’])\b[a-z-]+", between, re.IGNORECASE)
                 if m.group().lower() not in ("the", "a", "an")]  # fmt: skip
        if len(words) != len(inside):
            continue  # "Aldrin was the command module pilot": "was" is no name of a thing
        own = checker.by_id[b.key]
        kind = checker.voc.entity_kind.get(a.key)
        fields = [
            f for f, held in own.slots.items()
            if f not in ("actor", "aliases") and any(checker.voc.entity_kind.get(h) == kind for h in held)
        ]  # fmt: skip
        held_in = [
            f for f in fields if a.key in own.slots[f] or within(checker, a.key, own.slots[f])
        ]
        if len(fields) > 1:  # "Qatari … Burns": his country (a state), not his agency
            typed = checker.voc.entity_type.get(a.key)
            fields = [
                f for f in fields
                if typed and all(checker.voc.entity_type.get(h) == typed for h in own.slots[f])
            ]  # fmt: skip
        called = [x for x in inside if backs(checker, own, x, r)]  # "firm": its own words
        if held_in:  # what the other's fact does not say of it is left to the other readers
            a.detail = "attribute"  # no actor of the clause: the readers of roles pass it by
            a.status, a.fact, a.field = "supported", own.fact.id, f"values.{held_in[0]}"
        elif (
            called and len(fields) == 1 and not isinstance(own.fact.values.get(fields[0]), tuple)
        ):  # "the Italian company Titan Salvage": what its own fact calls it, of another country
            a.detail = "attribute"
            shown = named_entities(checker, sorted(own.slots[fields[0]]))
            a.status, a.fact, a.field = "refuted", own.fact.id, f"values.{fields[0]}"
            ctx.corrections.append(Correction(own.fact.id, a.field, a.text, shown))
        else:
            continue
        for x in called:
            if x.status == "unknown":
                x.status, x.fact, x.field = "supported", own.fact.id, "text"


_AS = lazy(r"as\b", re.IGNORECASE)
_COMPARED = lazy(r"\bthan\b|比")
_POSSESSIVE = lazy(r"['’]s\b")  # "Hunt's deputy": a role of Hunt's
_BECAME = lazy(
    r"(?:(?:later |has |have )?became|(?:has |have )?become|turned into|is now|are now|was now"
    r"|(?:was |were )?(?:later )?renamed)(?: the| a| an)?|(?:改名为|改称|更名为|变成了?)"
)  # a change from one thing into another: two places or bodies named so are not one
_RE_OPENED = lazy(r"\s*,\s*(?:(?:a|an|the)\s+)?", re.IGNORECASE)  # "Pugh, a physiologist"
_WHERE_FIRST = lazy(r"^在[^，。；,;]{1,15}(?:中|里|内)\s*")  # 在以色列政府中 (担任…)
_AT = lazy(r"\s+(?:at|in)\s+(?:the\s+)?", re.I)  # "the officer at Halifax (was)"
_SUBJECT_BEFORE = lazy(r"\s*(?:the\s+)?(?:[\w .-]+['’]s\s+)?", re.I)  # "The navy's officer"


def _reported_before(r: Reading, a: Part) -> bool:
    """Whether a verb of telling stands before the name ("the article identifies X as Y",
    "calls X Y"): the "as" after the name then says what the name is."""
    return any(c.key == "reporting" and c.end <= a.start for c in r.of("cue"))


def _apposed_to_same(r: Reading, people: list[Part], a: Part) -> bool:
    """Whether the name is an aside of the same person named just before it ("Griffith Pugh,
    a physiologist,"): the comma after it closes the aside."""
    return any(
        x.key == a.key
        and x.end <= a.start
        and _RE_OPENED.fullmatch(r.claim, x.end, a.start) is not None
        for x in people
    )


_BY_LAST = lazy(r"\bby$")
_OF_LAST = lazy(r"\bof(?:\s+the)?$", re.IGNORECASE)


def identities(ctx: Context) -> None:
    """ "X was the Y", "X任Y", "the Y X", "X, the Y," with X and Y two different people:
    refuted ("Collins was the commander" when the commander is Armstrong). Only a copula,
    nothing (a title before a name) or an apposition's comma may stand between them."""
    kind_of = ctx.checker.voc.entity_kind
    r = ctx.reading
    people = [x for x in r.of("entity") if kind_of.get(x.key) == "person"]
    bodies = [x for x in r.of("entity") if kind_of.get(x.key) == "party"]
    places = [x for x in r.of("entity") if kind_of.get(x.key) == "place"]
    pairs = (
        [(a, b, "person") for a, b in pairwise(people)]
        + [(a, b, "party") for a, b in combinations(bodies, 2)]
        + [(a, b, "place") for a, b in combinations(places, 2)]
    )  # two people in a row; two bodies, "the owner of the Ever Given" between them; two
    # places, one named by its role ("Danan was the highest cone")
    for a, b, kind in sorted(pairs, key=lambda t: t[0].start):
        changed = False
        if a.key != b.key and _one_within(ctx, a.key, b.key):
            continue  # the IDF is Israel's
        aside = ASIDE.match(r.claim, a.end, b.start) if kind == "person" else None
        after_aside = aside.end() if aside else a.end  # "Evans, a surgeon, was the …": who
        between = r.claim[after_aside : b.start].strip()  # he is, then the copula
        if kind == "person" and between.startswith(",") and _apposed_to_same(r, people, a):
            between = between[1:].strip()  # "Pugh, a physiologist, was …": from the aside
        inside = [x for x in r.parts if after_aside <= x.start and x.end <= b.start]
        others = [
            x
            for x in inside
            if x.kind != "term"
            and not (x.kind == "cue" and x.key in ("author", "reporting"))  # "in the article"
            and kind_of.get(x.key) in (None, kind)
            and not OWNER.match(r.claim, x.end)  # "as Apollo 13's pilot": whose role
        ]
        placed = _WHERE_FIRST.sub("", between)  # 在以色列政府中担任: where, then the copula
        post = next((x for x in inside if kind_of.get(x.key) == "place"), None)
        if (
            post is not None
            and _AT.fullmatch(r.claim, a.end, post.start)
            and _SUBJECT_BEFORE.fullmatch(r.claim[clause_start(r.claim, a.start) : a.start])
        ):
            placed = r.claim[post.end : b.start].strip()  # "the examining officer at
            # Halifax was Drysdale": where the post is, then the copula
        of_role = (
            kind == "person"
            and _by_role(a)
            and _OF_THEN_COPULA.fullmatch(between)
            and _SUBJECT_BEFORE.fullmatch(r.claim[clause_start(r.claim, a.start) : a.start])
        )  # the post opens its clause: not "sitting beside the harbour master at Kell was …"
        mine = _owners_out(ctx, r.claim[after_aside : b.start], after_aside, inside)
        apposed = _apposition(r, mine, b)
        if of_role or apposed:  # "the payload commander of STS-107 was Ramon", "the pilot of
            others = [x for x in others if kind_of.get(x.key) == "person"]  # STS-107, Ramon,"
        where = kind == "person" and placed != between and _COPULA.fullmatch(placed)
        if where:  # the words of where (在…中) are no others between the two
            raw = r.claim[a.end : b.start]
            at = a.end + len(raw) - len(raw.lstrip()) + len(between) - len(placed)
            others = [x for x in others if x.start >= at]
        said = (
            _COPULA.match(between)
            or where
            or not between
            or apposed
            or (_AS.match(between) and _reported_before(r, a))  # "identifies X as Y"
            or of_role
        )
        if kind != "person":  # two bodies: only "A is the B" with B named by its role
            said = (  # ("Evergreen is the owner"), not by a name ("卡塔尔是哈马斯…的来源")
                _COPULA.fullmatch(between) is not None and not inside and _by_role(b)
            ) or (
                _by_role(a)
                and (
                    _OF_THEN_COPULA.fullmatch(between)
                    or (_COPULA.fullmatch(between) and not inside)
                )
            )  # "the owner of the Ever Given is Evergreen", "Krakatoa's highest cone was Danan"
            said = said or (_by_role(b) and apposed)  # "Danan, the highest cone, vanished"
            said = said or _role_of_named(ctx, between, inside, b)  # 长荣海运是长赐号的船东
            changed = _BECAME.fullmatch(between) is not None and all(
                x.kind in ("term", "cue") for x in inside
            )  # (改 of 改名为 is read as a word, "later" as a cue)
            said = said or changed  # "Los Rodeos became Tenerife South": one is not the other
            if said:
                others = []
        if others and _role_of_what_it_holds(ctx, between, inside, b):
            others = []  # 斯基尔斯是1549号航班的机长: the captain of what the captain's fact names
        if changed and a.key != b.key and _said_in_order(ctx, a, b):
            continue  # "Datsu Motors was renamed Nikko Motors": a file keeps both, its words
            # say the one became the other
        if a.key == b.key and changed and not others and not _said_in_order(ctx, a, b):
            b.status, b.fact, b.field = "unknown", None, None  # "Harbour North became Old
            b.detail = "order of names"  # Harbour": two names of one place, which came
            continue  # first no fact says (and no later step may say: see `account`)
        if a.key == b.key or not said or others:
            continue
        if _COMPARED.search(between):
            continue  # "Brown was older than Husband": a comparison, not one named as the other
        if kind == "person" and _BY_LAST.search(between):
            continue  # "Le Médec was blamed by Drysdale": the passive's doer, not the same one
        if _OF_LAST.search(between):
            continue  # "Vell was the father-in-law of Brask": a role of the second
        if (kind == "person" or b.text.isascii()) and _POSSESSIVE.match(r.claim, b.end):
            owned = _role_owned(r, people, b) if kind == "person" else None
            if owned is None or owned.key == a.key:
                continue  # "Evans was Hunt's deputy", "the region's capital": of the second
            b = owned  # "Hale was Moss's assistant": the role names another than Hale
        role = a if _by_role(a) else b
        if (
            kind == "place"
            and not changed
            and len(re.sub(r"^the\s+", "", role.text, flags=re.I).split()) < 2
        ):
            continue  # "Rafah, the crossing": a bare noun of place, no role of one place
        if _holds_the_role(ctx, a, b):
            continue  # "the minister of war of Orm was Kade": Kade's own fact says so too
        if a.key.startswith("outside-") or b.key.startswith("outside-"):
            continue
        if any(_owned_elsewhere(ctx, x) for x in (a, b)):
            continue
        for x in r.parts:  # the copula itself is accounted for
            if x.kind == "term" and a.end <= x.start and x.end <= b.start:
                x.status = "operator"  # 人 of 英国人: the word for its people
        b.status, b.fact, b.field = "refuted", b.key, "aliases"
        actual = Msg(
            "{a} and {b} are different people"
            if kind == "person"
            else "{a} and {b} are different places"
            if kind == "place"
            else "{a} and {b} are different",
            a=named_entities(ctx.checker, [a.key]),
            b=named_entities(ctx.checker, [b.key]),
        )
        ctx.corrections.append(Correction(b.key, "aliases", f"{a.text} = {b.text}", actual))


def named_as(ctx: Context) -> None:
    """ "Oleg Burtsev was chief of staff of the Northern Fleet", 布尔采夫是北方舰队司令: a name
    the base knows no one by, said to be a person the base names by a role. That person's
    fact must hold the name for the role to be backed; otherwise the role is left open,
    since whoever bears the name is not shown to be that person."""
    checker, r = ctx.checker, ctx.reading
    for b in r.of("entity"):
        if b.status != "supported" or checker.voc.entity_kind.get(b.key) != "person":
            continue
        start = clause_start(r.claim, b.start)
        copula = _COPULA_BEFORE.search(r.claim, start, b.start)
        if copula is None:
            continue
        subject = [x for x in r.parts if start <= x.start and x.end <= copula.start()]
        if not subject or any(x.kind != "term" for x in subject):
            continue  # a known actor ("identities"), or no name at all
        names = [x for x in subject if not x.text.isascii() or x.text[:1].isupper()]
        own = checker.by_id.get(b.key)
        if not names or own is None:
            continue
        text = normalize(
            " ".join(
                (own.fact.text.en, own.fact.text.zh, *own.fact.aliases_en, *own.fact.aliases_zh)
            )
        )
        if all(normalize(x.text).strip() in text for x in names):
            continue
        b.status, b.fact, b.field = "unknown", None, None


_IS_A = lazy(
    r"\s+(?:is|was|are|were|remains|remained|acted as|served as)\s+((?:not|never)\s+)?"
    r"(?:(?:cast|described|portrayed|presented|seen|regarded|treated)\s+as\s+)?"
    r"(?:(?:a|an|the|one of the)\s+)?"
)


def said_roles(ctx: Context) -> None:
    """ "The US is a party to the conflict": a role a claim gives an actor right after a
    copula, where the actor's own fact types its `role` (mediator): its own role backs the
    words; another actor's typed role said instead is refuted. Roles are typed as texts in
    English, so an English claim is read this way."""
    checker, r = ctx.checker, ctx.reading
    said = r.claim.lower()
    if r.lang != "en" or len(said) != len(r.claim):
        return  # (a letter whose lower case is longer would shift the offsets)
    roles: set[str] = set()
    for e in r.of("entity"):
        m = _IS_A.match(r.claim, e.end)
        own = checker.base.get(e.key) if m is not None else None
        mine = _role_texts(own.values.get("role")) if own is not None else []
        if not mine or m is None:
            continue
        roles = roles or {  # every role the base types, worked out only when one is said
            v for f in checker.base for v in _role_texts(f.values.get("role")) if len(v) > 3
        }
        for role in sorted(roles, key=len, reverse=True):
            at = m.end()
            if not said.startswith(role.lower(), at):
                continue
            words = [x for x in r.parts if at <= x.start and x.end <= at + len(role)]
            if not words:
                break
            if m.group(1):  # "is not a party to the conflict": the role is denied
                for x in r.parts:
                    if x.kind == "cue" and x.key == "negation" and e.end <= x.start < at:
                        x.status = "operator"
                for x in words:
                    x.negated = False  # the denial is the role's, judged here whole
            if (role in mine) != bool(m.group(1)):
                for x in words:
                    x.status, x.fact, x.field = "supported", e.key, "values.role"
            else:  # another's role, or its own denied
                words[0].status, words[0].fact, words[0].field = "refuted", e.key, "values.role"
                for x in words[1:]:
                    x.status, x.fact, x.field = "supported", e.key, "values.role"
                claimed = f"not {role}" if m.group(1) else role
                ctx.corrections.append(Correction(e.key, "values.role", claimed, "; ".join(mine)))
            break


def deeds_of_roles(ctx: Context) -> None:
    """ "Hamas mediated the third round": a verb the lexicon says actors of some roles never
    do (`not_by_role`), said of an actor whose own fact types one of them (a party to the
    conflict), is refuted by that role."""
    checker, r = ctx.checker, ctx.reading
    for verb in r.of("predicate"):
        barred = checker.voc.not_by_role.get(verb.key)
        if not barred or verb.negated:
            continue
        for e in r.of("entity"):
            own = checker.base.get(e.key)
            if own is None or e.negated or e.end > verb.start:
                continue
            if not _RIGHT_BEFORE.fullmatch(r.claim, e.end, verb.start):
                continue  # "between Israel and Hamas in the mediation", 哈马斯经埃及调解
            mine = _role_texts(own.values.get("role"))
            if any(normalize(m).strip() in barred for m in mine):
                e.status, e.fact, e.field = "refuted", e.key, "values.role"
                said = r.claim[e.start : verb.end]  # "Hamas mediated": the deed said of it
                shown = f"{e.text}: {'; '.join(mine)}"
                ctx.corrections.append(Correction(e.key, "values.role", said, shown))


# between a doer and its verb: "Hamas mediated", "Hamas's mediation", "Hamas has mediated", 哈马斯曾斡旋
_RIGHT_BEFORE = lazy(
    r"\s*(?:['’]s|has|had|have|also|once|then)?\s*|\s*(?:也|曾|曾经|又|还|则)?\s*", re.IGNORECASE
)


def _role_texts(value: object) -> list[str]:
    values = value if isinstance(value, tuple) else (value,)
    return [v for v in values if isinstance(v, str)]


def apposed_descriptions(ctx: Context) -> None:
    """ "Omayra Sánchez, a 13-year-old girl, died on 16 November": what is set off by commas
    after a person's name is said of that person, so the person's own fact may back what no
    fact of the deed holds (her age, that she was a girl)."""
    checker, r = ctx.checker, ctx.reading
    for a, own, _ in said_of_people(checker, r):
        apposed = _APPOSITIVE.match(r.claim, a.end)
        if apposed is None:
            continue
        close = r.claim.find(",", apposed.end())  # the pattern asks for the closing comma
        inside = [x for x in r.parts if apposed.end() <= x.start < close]
        if _CLAUSE_IN.search(r.claim, apposed.end(), close) or any(
            x.kind in ("predicate", "date", "time", "cue")
            or (x.kind == "entity" and checker.voc.entity_kind.get(x.key) == "place")
            for x in inside
        ):
            continue  # a clause of its own ("who died in Port Asha"), a place, a deed: not
            # what she is, and judged by the ordinary rules
        names = checker.alias_norms(own.fact.id)
        for x in inside:
            if x.status != "unknown" or x.negated:
                continue
            found = backing(checker, own, x, r)
            said = normalize(x.text).strip()
            typed = x.kind in ("number", "duration") and any(
                a.field.startswith("values.") and re.search(rf"\b{a.value:g}\b", x.text)
                for a in own.amounts
            )  # "a 13-year-old": her own `age`
            place = x.kind == "entity" and checker.voc.entity_kind.get(x.key) == "place"
            if found is not None and (
                found.startswith("values.")
                or (x.kind == "entity" and not place)  # her employer in her own words
                or typed
                or any(said in n.split() for n in names)
                or (x.kind in ("term", "unit") and said in _before_another(checker, own, x))
            ):  # her own typed values (age, office), her own names ("the girl"), or her own
                # words before they name anyone else ("a girl of Tarn, the daughter of …")
                x.status, x.fact, x.field = "supported", own.fact.id, found


def _before_another(checker: Checker, own: Profile, x: Part) -> str:
    """A person's own words (in the claim's word's language) up to where they first name
    another person: what they say of her, not of her father."""
    english = x.text.isascii()
    text = normalize(own.fact.text.en if english else own.fact.text.zh)
    said = checker.reading_of(text)
    kind_of = checker.voc.entity_kind
    cuts = [
        y.start
        for y in said.of("entity")
        if y.key != own.fact.id and kind_of.get(y.key) == "person"
    ]
    voc = checker.voc
    for kin in voc.kin_en if english else voc.kin_zh:
        if english:
            cuts += [m.start() for m in re.finditer(rf"\b{re.escape(kin)}\s+of\b", text)]
        else:  # 港务长奥托·马尔的女儿: from the clause that ends in it
            cuts += [
                max(text.rfind(c, 0, m.start()) for c in "，,：:；;") + 1
                for m in re.finditer(re.escape("的" + kin), text)
            ]
    return text[: min(cuts, default=len(text))]


_CLAUSE_IN = lazy(r"\b(?:who|whose|whom|which|that|where|when)\b", re.I)


def descriptions(ctx: Context) -> None:
    """ "Holland was a Supreme Court justice", 霍兰是最高法院大法官: what a claim says a person
    is, after a copula, is said of that person. A word of it that only another fact's words
    hold (the Supreme Court, in the words of the jury's award) is left open unless the
    person's own fact holds it or a fact's words say it of them ("Burtsev, commander of
    the submarine forces")."""
    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for a, own, told in said_of_people(checker, r):
        if not told or any(
            x.kind in ("number", "date", "duration", "time", "cue", "ordinal", "predicate")
            for x in told
        ):
            continue  # a deed or a value ("the first to walk on the Moon"), not a description
        said_of = {
            k for p in ctx.ranked for k, who in p.described.items() if a.key in who
        }  # the words the facts put beside this person
        described = any(own.fact.values.get(f) for f in _SELF_FIELDS)  # its own office, role
        for x in told:
            if x.status != "supported" or x.fact == own.fact.id:
                continue  # its own fact's
            if x.kind == "office" and own.offices and x.key not in own.offices:
                x.status, x.fact, x.field = "unknown", None, None
                continue  # an office another fact's field holds: not this person's own
            if x.kind == "entity" and _other_body(checker, own, x):
                x.status, x.fact, x.field = "unknown", None, None
                continue  # "an engineer at Thiokol": the person's own body is another
            if (x.field or "").startswith("values.") and x.kind != "unit":
                continue  # a field's that holds what the claim names (a unit word says what
                # the person is: 宇航员 of 宇航员X is not backed by a field of crew members)
            if x.kind == "entity" and (
                x.key in own.entities
                or x.key == a.key
                or kind_of.get(x.key) == "person"
                or _takes_part(checker, x.key, a.key)  # "a member of the commission" whose
            ):  # own fact holds her among its members
                continue  # a person named is an identity ("the captain was Ann Ross"), not this
            if x.kind == "term" and x.text.endswith(("'s", "’s")):
                continue  # "the flight's mission specialists": whose, not what they are
            if x.kind in ("term", "unit") and (
                word_held(checker, own, x.key)
                or (x.kind == "unit" and _unit_said(checker, own, x))
                or any(x.key in k for k in said_of)
                or (not described and _takes_part(checker, x.fact, a.key))  # "the only
            ):  # defendant" at the trial, said of one whose own fact gives no office or role
                continue
            x.status, x.fact, x.field = "unknown", None, None


_NAME_WORD = lazy(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_NAME_GAP = {" ", "·", "•", "・"}  # "Ivo Brandt", 伊沃·勃兰特
_LATER_COPULA = lazy(
    r"\s+(?:(?:had|has|have)\s+been|is|was|are|were)\s+(?:(?:earlier|once|formerly|previously|"
    r"also|then)\s+)?(?:(?:the|a|an)\s+)?|\s*(?:此前|之前|曾经|曾|也|当时)*(?:是|为|时任|现任|曾任)\s*"
)  # "was once a", 此前曾是: a copula, a word of time between


def unnamed_descriptions(ctx: Context) -> None:
    """ "Ivo Brandt was a deckhand": a name the base knows only by one fact's words (a list
    of the dead) opening a claim, then a copula; what the claim says they are is said of
    them, so a word of it another fact's words hold (deckhands among the crew) is open
    unless the name's own fact holds it too."""
    checker, r = ctx.checker, ctx.reading
    ordered = sorted(r.parts, key=lambda x: x.start)
    run: list[Part] = []
    for x in ordered:
        gap = r.claim[run[-1].end : x.start] if run else r.claim[: x.start]
        if x.kind != "term" or (run and gap not in _NAME_GAP) or (not run and gap.strip()):
            break
        if x.text.isascii() and not _NAME_WORD.fullmatch(x.text):
            break
        run.append(x)
    if len(run) < 2:
        return  # one capitalised word may open any sentence; a Chinese name has its dot
    facts = {x.fact for x in run}
    if len(facts) != 1 or None in facts or any(x.status != "supported" for x in run):
        return
    own = checker.by_id.get(run[0].fact or "")
    copula = _LATER_COPULA.match(r.claim, run[-1].end)
    if own is None or copula is None:
        return
    end = clause_end(r.claim, run[-1].end)
    for x in ordered:
        if not copula.end() <= x.start < end or x.kind not in ("term", "unit"):
            continue
        if (
            x.status == "supported"
            and x.fact != own.fact.id
            and not word_held(checker, own, x.key)
        ):
            x.status, x.fact, x.field = "unknown", None, None


_TITLE_GAP = lazy(r"\s*(?:['’]s)?\s*")  # "Hamas political bureau chief Haniyeh", "Hamas's …"


def titles_before_names(ctx: Context) -> None:
    """ "Hamas political bureau chief Haniyeh", 哈马斯政治局领导人哈尼亚: the words right
    before a person's name are a title, backed where the person's own fact (its words and
    names) says each of them ("head of Hamas's political bureau"); a word it does not say
    leaves the title open."""
    checker, r = ctx.checker, ctx.reading
    kinds = ("term", "unit", "entity", "predicate", "office")
    ordered = sorted(r.parts, key=lambda x: x.start)
    for b in r.of("entity"):
        own = checker.by_id.get(b.key)
        if own is None or own.fact.kind != "person" or b.status == "refuted":
            continue
        run: list[Part] = []
        end = b.start
        for x in reversed([x for x in ordered if x.end <= b.start]):
            if x.kind not in kinds or x.negated or not _TITLE_GAP.fullmatch(r.claim[x.end : end]):
                break
            if (
                x.kind == "entity"
                and x.key != b.key
                and checker.voc.entity_kind.get(x.key) == "person"
                and not OWNER.match(r.claim, x.end)
                and any(y.kind == "predicate" for y in run)
            ):
                break  # "Hayward replaced Dudley": another person before a verb is its doer
            run.insert(0, x)
            end = x.start
            if len(run) == 5:
                break
        open_words = [x for x in run if x.status == "unknown"]
        if not open_words or any(x.status not in ("unknown", "supported") for x in run):
            continue
        held = _own_words(checker, own)
        if all(x.key in held or normalize(x.text).strip() in held for x in run if x.key):
            for x in open_words:
                x.status, x.fact, x.field = "supported", own.fact.id, "text"


_FIRST_CLAUSE = lazy(r"[^:：]*[:：]?[^,，;；。]*")  # "Burns: director of the CIA", who …


def _own_words(checker: Checker, own: Profile) -> set[str]:
    """The keys of every part of what a person's own fact calls them (its names, and its
    words up to the end of their first clause), read as a claim is."""
    key = (own.fact.id, "own words")
    if key not in checker.told:
        texts = (  # what its words call the person: up to the first clause's end
            *(
                m.group()
                for t in (own.fact.text.en, own.fact.text.zh)
                if (m := _FIRST_CLAUSE.match(t))
            ),
            *own.fact.aliases_en,
            *own.fact.aliases_zh,
        )
        checker.told[key] = [{
            w for t in texts for x in checker.reading_of(t).parts if x.key
            for w in (x.key, normalize(x.text).strip())
        } | {own.fact.id}]  # fmt: skip
    return checker.told[key][0]  # type: ignore[return-value]


def nationalities(ctx: Context) -> None:
    """ "Sloane was Australian", 斯隆是澳大利亚人: a country said of a person after a copula
    is their nationality; a person whose own fact holds another country in one of the
    lexicon's `nationality_fields` is refuted."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    for _, own, told in said_of_people(checker, r):
        people = [x for x in told[1:] if x.kind == "term" and x.text in ("人", "籍", "公民")]
        if len(told) != 1 + len(people) or told[0].kind != "entity":
            continue
        b = told[0]
        if voc.entity_type.get(b.key) != "state":
            continue
        for x in people:
            x.status = "operator"  # 人 of 英国人: the word for its people
        if not _NATIONAL_AFTER.match(r.claim, b.end) and r.lang == "zh":
            continue  # 是澳大利亚人, not 是澳大利亚 (a person is no country)
        field = next((f for f in voc.nationality_fields if own.slots.get(f)), None)
        if field is not None:
            _judge_country(ctx, b, own, field)


def _judge_country(ctx: Context, b: Part, own: Profile, field: str) -> None:
    """A country said of people, judged by the field of a fact that holds theirs: backed
    where it is that country or lies within it, else refuted with the fact's."""
    held = own.slots[field]
    if b.key in held or within(ctx.checker, b.key, held):
        b.status, b.fact, b.field = "supported", own.fact.id, f"values.{field}"
        return
    b.status, b.fact, b.field = "refuted", own.fact.id, f"values.{field}"
    shown = named_entities(ctx.checker, sorted(held))
    ctx.corrections.append(Correction(own.fact.id, f"values.{field}", b.text, shown))


def counted_nationalities(ctx: Context) -> None:
    """ "two Israeli citizens", 两名以色列公民: a country inside a count's words is the country
    of the people counted; the count's fact judges it by the lexicon's `of_counted` fields
    (a release of two Americans refutes it)."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    for n in r.of("number"):
        typed = n.status == "supported" and (n.field or "").startswith("values.")
        own = checker.by_id.get(n.fact or "") if typed else None  # the fact's own count
        field = next((f for f in voc.counted_nationality_fields if own and own.slots.get(f)), None)
        if own is None or field is None:
            continue
        for b in r.of("entity"):
            if voc.entity_type.get(b.key) == "state" and _in_count(r, n, b):
                _judge_country(ctx, b, own, field)


def _in_count(r: Reading, n: Part, b: Part) -> bool:
    """Whether a name is said inside a count's words: within its span ("two Israeli
    citizens"), or after its measure word and a 的 clause, right before the noun counted
    (两名被扣押的以色列公民)."""
    if n.start <= b.start and b.end <= n.end:
        return True
    return (
        not b.text.isascii()
        and 0 <= b.start - n.end <= 12
        and _ZH_COUNTED_GAP.fullmatch(r.claim, n.end, b.start) is not None
        and _ZH_PEOPLE.match(r.claim, b.end) is not None
    )


_ZH_PEOPLE = lazy(
    r"(?:籍)?(?:公民|人质|人|侨民|游客|乘客|船员|士兵|囚犯)"
)  # 以色列公民, not 奥斯蒂亚监狱
_ZH_COUNTED_GAP = lazy(r"[名位个][^，。；、,;.\d]{0,8}的|[名位个]")  # 两名被扣押的以色列公民
_NATIONAL_AFTER = lazy(r"\s*(?:人|籍|公民)")


def said_of_people(checker: Checker, r: Reading) -> Iterator[tuple[Part, Profile, list[Part]]]:
    """Each person the base knows with what the claim says they are, and their own fact:
    the words after a copula ("Holland was [a Supreme Court justice]"), set off by commas
    ("Ride, [a test pilot], …") or standing as a title before the name ("[the astronaut] X")."""
    for a in r.of("entity"):
        own = checker.by_id.get(a.key)
        if own is None or checker.voc.entity_kind.get(a.key) != "person":
            continue
        end = clause_end(r.claim, a.end)
        told = _title_before(r, a)  # 宇航员查克·耶格尔, "the test pilot Chuck Yeager"
        copula = _COPULA_AFTER.match(r.claim, a.end, end)
        apposed = _APPOSITIVE.match(r.claim, a.end)  # "Sally Ride, a test pilot, was …"
        if copula is not None:
            told += [x for x in r.parts if copula.end() <= x.start < end]
        elif apposed is not None:
            stop = clause_end(r.claim, apposed.end())
            told += [x for x in r.parts if apposed.end() <= x.start < stop]
        if told:
            yield a, own, told


_SELF_FIELDS = ("office", "role")  # a person's own fact says what they are in these


_AFTER_PREPOSITION = lazy(
    r"\b(?:at|in|on|after|before|during|from|to|into|of|for|near|off|over|under|since|until)"
    r"\s+(?:the|a|an)\s+$"
)  # "at the memorial Ana": a place or a time, then the doer, not a title


def _unit_said(checker: Checker, own: Profile, x: Part) -> bool:
    """Whether a person's own fact says the unit word of them ("one of the three mission
    specialists", 成员), in its words or its office."""
    said = normalize(x.text).strip()
    if not said.isascii():
        return word_held(checker, own, said)
    office = own.fact.values.get("office")
    texts = (own.fact.text.en, *own.fact.aliases_en, office if isinstance(office, str) else "")
    singular = said[:-1] if said.endswith("s") else said
    return any(singular in normalize(t) for t in texts)


def _title_before(r: Reading, a: Part) -> list[Part]:
    """The words right before a name that say what the person is (宇航员查克·耶格尔, "the
    astronaut Sally Ride"): a run of words ending where the name begins."""
    run: list[Part] = []
    end = a.start
    for x in sorted((x for x in r.parts if x.end <= a.start), key=lambda x: -x.start):
        gap = r.claim[x.end : end]
        if x.kind not in ("term", "unit") or gap.strip() or (gap and not x.text.isascii()):
            break
        if x.kind == "term" and not x.text.isascii():
            break  # 饰演萨伦伯格: a Chinese word before a name is as often a verb; a unit
            # word for people (宇航员) is what the person is
        run.insert(0, x)
        end = x.start
    if run and run[0].text.isascii():  # "the astronaut Sally Ride", not "Then Sally Ride"
        before = r.claim[max(0, run[0].start - 24) : run[0].start].lower()
        if not before.endswith(("the ", "a ", "an ")) or _AFTER_PREPOSITION.search(before):
            return []  # nor "at the memorial Ana laid …": a place, then the doer
    return run


def _other_body(checker: Checker, own: Profile, x: Part) -> bool:
    """Whether a body said in a description of a person is none of those the person's own
    fact ties them to (its `affiliation`), nor a part or a whole of one."""
    held = own.slots.get("affiliation", set())
    kind = checker.voc.entity_kind.get(x.key)
    return (
        bool(held)
        and kind == "party"
        and checker.voc.entity_type.get(x.key) != "state"  # a nationality, judged apart
        and x.key not in held
        and not one_side(checker, x.key, held)
    )


def _takes_part(checker: Checker, fact: str | None, who: str) -> bool:
    """Whether a fact holds an actor in one of its fields: its words may say their role."""
    p = checker.by_id.get(fact or "")
    return p is not None and any(who in held for held in p.slots.values())


_COPULA_AFTER = lazy(
    r"\s+(?:is|was|are|were)\s+(?:(?:the|a|an)\s+)?|\s*(?:是|为|时任|现任|曾任)\s*"
)


_APPOSITIVE = lazy(r",\s+(?:a|an)\s+(?=[^,;.]+,)")  # "Ride, a test pilot, …": what she is


_COPULA_BEFORE = lazy(r"\s(?:is|was|are|were)(?:\s+(?:the|a|an))?\s*$|(?:是|为)\s*$")


_OF_THEN_COPULA = lazy(r"(?:of|on|in|at)\s+[^,;]{1,60}?\s+(?:is|was|were|are)", re.IGNORECASE)


_COPULA_OF = lazy(r"(?:是|为)\s*[“\"]?\s*$|(?:是|为)[^，。,;]{1,24}的$")  # 是长赐号的


def _role_of_named(ctx: Context, between: str, inside: list[Part], b: Part) -> bool:
    """ "A是C的B" with B named by the role a field of C gives it (船东, the zh meaning of C's
    `owner`, which holds B): A is said to be B."""
    if not _COPULA_OF.search(between.replace("”", "").replace("“", "")) or len(inside) != 1:
        return False
    holder = ctx.checker.by_id.get(inside[0].key)
    if inside[0].kind != "entity" or holder is None or b.text.isascii():
        return False
    meanings = ctx.checker.voc.field_zh
    said = normalize(b.text).strip()
    return any(
        b.key in refs and said in meanings.get(name, "") for name, refs in holder.slots.items()
    )


def _said_in_order(ctx: Context, a: Part, b: Part) -> bool:
    """Whether some fact's words name the two in the claim's order with a word of change
    between them, in one sentence ("Los Rodeos … is now Tenerife North", "Datsu Motors was
    renamed Nikko Motors"; not "Harbour North, formerly Old Harbour")."""
    first, second = normalize(a.text).strip(), normalize(b.text).strip()
    zh = ctx.reading.lang == "zh"
    checker = ctx.checker
    for i in sorted(checker.may.get(f"e:{a.key}", ())):  # the facts naming the first, found
        p = checker.profiles[i]  # by the index, not by a scan of the base
        for sentence in re.split(r"[.。]", normalize(p.fact.text.zh if zh else p.fact.text.en)):
            at = sentence.find(first)
            end = sentence.find(second, at + len(first)) if at >= 0 else -1
            if end >= 0 and _CHANGE_WORD.search(sentence, at + len(first), end):
                return True
    return False


_PROMOTED = lazy(r"\b(?:became|become|becomes)\b|成为|升任")
_CHANGE_WORD = lazy(
    r"\b(?:became|becomes|become|renamed|now|later|took the name)\b|改名|改称|更名|现称|变成|成为"
)


def _role_owned(r: Reading, people: list[Part], owner: Part) -> Part | None:
    """The person named by a role right after an owner's "'s" ("Moss's assistant chief
    engineer"), or None."""
    mark = _POSSESSIVE.match(r.claim, owner.end)
    after = mark.end() if mark else owner.end
    return next(
        (
            x
            for x in people
            if x.start >= after and not r.claim[after : x.start].strip() and _by_role(x)
        ),
        None,
    )


def _by_role(x: Part) -> bool:
    """Whether an actor is named by a role, in lower case ("the owner"), not by a name."""
    words = x.text.split()
    words = words[1:] if words and words[0].lower() in ("the", "its", "their") else words
    return bool(words) and all(w.isascii() and w.islower() for w in words)


def _one_within(ctx: Context, a: str, b: str) -> bool:
    """Whether one actor is part of the other (a body of a state, a state of a bloc)."""
    ups = ctx.checker.ancestors
    return a in ups(b) or b in ups(a)


_OWNED_ROLE = lazy(r"(?:是|担任|任|出任|为)\s*(\S+?)\s*的")


def _role_of_what_it_holds(ctx: Context, between: str, inside: list[Part], role: Part) -> bool:
    """ "X是[1549号航班]的机长": a role said of something between the copula and 的 that the
    role's own person fact names in the same words (the captain of that very flight)."""
    person = ctx.checker.by_id.get(role.key)
    m = _OWNED_ROLE.fullmatch(between)
    if person is None or m is None or not inside:
        return False
    own = " ".join(normalize(t) for t in (person.fact.text.zh, *person.fact.aliases_zh))
    return normalize(m.group(1)) in own


_POSSESSED = lazy(r"\s*(?:['’]s?|(?:当时|时任)?的)\s*|\s+of\s+(?:the\s+)?")  # whose, or "of"


def _owned_elsewhere(ctx: Context, x: Part) -> bool:
    """ "the Carpathia's captain", 卡帕西亚号的船长: a person's alias that is a role
    ("the captain"), owned by a name the person's fact does not hold, is whoever held that
    role there, not the alias's person."""
    r, person = ctx.reading, ctx.checker.by_id.get(x.key)
    owned = [
        o for o in r.of("entity")
        if (0 <= x.start - o.end <= 4 and _POSSESSED.fullmatch(r.claim[o.end : x.start]))
        or (
            o.end == x.start and not x.text.isascii() and not o.text.isascii()
            and ctx.checker.voc.entity_kind.get(o.key) == "party"
            and ctx.checker.voc.entity_type.get(o.key) != "state"
        )  # 加州人号船长: the ship's captain; not 澳大利亚兽医, a vet who is Australian
        or (0 < o.start - x.end <= 9 and _POSSESSED.fullmatch(r.claim[x.end : o.start]) and " of " in r.claim[x.end : o.start])
        or (x.end < o.start and _WHO_DID.fullmatch(r.claim, x.end, o.start) is not None)
    ]  # fmt: skip
    checker = ctx.checker
    return (
        bool(owned)
        and person is not None
        and not any(
            o.key == x.key
            or o.key in person.entities
            or o.key in checker.ancestors(x.key)  # "Brann's highest cone": a part of Brann
            or (  # "the command pilot of Apollo 1": the mission's fact names him in a field
                o.key in checker.by_id
                and any(x.key in held for held in checker.by_id[o.key].slots.values())
            )
            for o in owned
        )
    )


_WHO_DID = lazy(r"\s+(?:who|that)\s+[a-z]+(?:\s+(?:the|a|an|[a-z]+ly))?\s+", re.IGNORECASE)
# "the captain who drove the Carpathia": the role held there, by the relative clause's verb
_WHOLE = r"(?:of|on|aboard)\s+(?:the\s+)?"  # the post's mission, ship or body
_OF_WHOLE = lazy(r"\s+" + _WHOLE)
_APPOSITION = lazy(r"^[,，](?:\s*who\s+(?:is|was|serves\s+as|served\s+as))?(?:\s*(?:the|a|an))?$")
_LIST_GOES_ON = lazy(r"^\s*(?:[,，、]\s*)?(?:and\b|or\b|和|与|及|或)")


def _holds_the_role(ctx: Context, a: Part, b: Part) -> bool:
    """Whether the one named by a name also holds the role the other is named by: the
    role's words are in the named one's own fact (two ministers of war, of two states)."""
    role, name = (a, b) if _by_role(a) else (b, a)
    own = ctx.checker.by_id.get(name.key)
    if own is None or not _by_role(role):
        return False
    words = re.sub(r"^(?:the|its|their)\s+", "", normalize(role.text).strip())
    said = normalize(own.fact.text.en).lower()
    if not words or re.search(rf"\b{re.escape(words)}\b", said) is None:
        return False
    ranks = qualifiers_before(said, words, ctx.checker.voc.rank_words)
    claim = ctx.reading.claim
    promoted = _PROMOTED.search(claim, min(a.end, b.end), max(a.start, b.start)) is not None
    if ranks and all(ranks) and not promoted:
        return False  # "Moss was the chief engineer": her words make her assistant chief
        # engineer (but "Moss became chief engineer" may be a promotion they do not tell)
    r = ctx.reading
    whole = next(
        (
            x
            for x in r.of("entity")
            if x.start > role.end and _OF_WHOLE.fullmatch(r.claim, role.end, x.start)
        ),
        None,
    )  # "the minister of war of Orm": the role there, which its own fact must name
    return whole is None or whole.key in own.entities


def _owners_out(ctx: Context, between: str, at: int, inside: list[Part]) -> str:
    """The words between two people without a body or place that owns the second
    ("Smotrich, Israel's national security minister": whose minister, not another name)."""
    kind_of = ctx.checker.voc.entity_kind
    for x in sorted(inside, key=lambda x: -x.start):
        if x.kind != "entity" or kind_of.get(x.key) == "person":
            continue
        owner = OWNER.match(ctx.reading.claim, x.end)
        whose = _OF_WHOLE_BEFORE.search(between[: x.start - at])
        if owner and kind_of.get(x.key) in ("party", "place"):
            between = between[: x.start - at] + between[owner.end() - at :]
        elif whose and not between[: whose.start()].strip():
            between = between[x.end - at :]  # "the pilot of STS-107, Ramon,": whose post
    return between.strip()


_OF_WHOLE_BEFORE = lazy(r"\s*" + _WHOLE + "$")


def _apposition(r: Reading, between: str, b: Part) -> bool:
    """ "Burns, the head of Mossad, went …": a comma and a name set off by commas (or the
    end), where no list goes on after it ("Burns, the Mossad chief and …" is a list)."""
    if not _APPOSITION.match(between):
        return False
    after = r.claim[b.end :]
    if _LIST_GOES_ON.match(after):
        return False
    ordered = sorted(r.parts, key=lambda x: x.start)
    nxt = next((x for x in ordered if x.start >= b.end), None)
    whose = _OF_WHOLE.match(after)
    if whose and nxt is not None and nxt.start == b.end + whose.end():
        after = r.claim[nxt.end :]  # "Ramon, the payload commander of STS-107, was …"
        nxt = next((x for x in ordered if x.start >= nxt.end), None)
    closed = re.match(r"^\s*(?:[,，;；.。!?！？]|$)", after) is not None
    listed = nxt is not None and nxt.kind == "entity" and _JOIN.match(r.claim[b.end : nxt.start])
    return closed and not listed  # "Burns, the Mossad chief, Barnea": a list, not an aside


_NAME = lazy(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")


# what may stand between two members of a list ("A, B and C", A、B和C, "Qatar's and Hamas's")
_JOIN = lazy(r"^(?:['’]s?(?=[\s,]))?(?:\s|,|，|、|;|and|or|the|和|与|及|以及|或)*$")


def _coordinated(r: Reading, parts: list[Part]) -> list[Part]:
    """The longest run of parts joined only by commas and "and" (A, B and C; A、B和C)."""
    best: list[Part] = []
    run: list[Part] = []
    for x in sorted(parts, key=lambda x: x.start):
        gap = r.claim[run[-1].end : x.start] if run else ""
        if run and (not _JOIN.match(gap) or not gap.strip()):
            run = []  # "Mossad chief David Barnea": side by side is one person, not a list
        run.append(x)
        if len(run) > len(best):
            best = list(run)
    return best


def closed_lists(ctx: Context) -> None:
    """A list the claim gives ("A, B and C") against a closed list of a fact that the
    claim's verb fills: a member the fact's list lacks is refuted, unknown names included."""
    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for clause in ctx.clauses:
        fields = {
            f for x in clause.parts if x.kind == "predicate"
            for f in checker.voc.fields_of.get(x.key, ())
        }  # fmt: skip
        named = [x for x in clause.parts if x.kind == "entity" and x.detail != "attribute"]
        strangers = [
            x
            for x in clause.parts
            if x.kind == "term"
            and x.start > 0
            and _NAME.fullmatch(x.text)
            and x.status == "unknown"
        ]
        group = _coordinated(r, named + strangers)
        members = [x for x in group if x.kind == "entity"]
        if len(group) < 2 or not members:
            continue
        marks = [  # not a count of the names listed (五方): the list itself is judged
            x for x in clause.parts if x.kind in ("date", "ordinal", "number") and x not in group
            and not (x.kind == "number" and x.detail.endswith(" named"))
        ]  # fmt: skip
        for sources in clause.candidates[:3]:
            p = sources[0]
            closed = [
                f for f in p.fact.closed
                if f in p.slots and (f in fields or not fields) and any(m.key in p.slots[f] for m in members)
            ]  # fmt: skip
            if not closed:
                continue
            if not _about_besides(ctx, p, clause.parts, group):
                continue  # "Hezbollah and Israel traded fire": the rest is not the fact's
            if not all(backs(checker, q, x, r) for x in marks for q in sources[:1]):
                continue  # "the talks from late December to late January": not this one
            held = p.slots[closed[0]]
            kind = {kind_of.get(h) for h in held}
            outsiders = [
                m for m in members
                if m.key not in held and kind_of.get(m.key) in kind and not within(checker, m.key, held)
            ]  # fmt: skip
            outsiders += [x for x in group if x.kind == "term"]
            if not outsiders:
                continue
            names = named_entities(checker, sorted(held))
            for m in outsiders:
                m.status, m.fact, m.field = "refuted", p.fact.id, f"values.{closed[0]}"
                ctx.corrections.append(Correction(p.fact.id, f"values.{closed[0]}", m.text, names))
            break


def _about_besides(ctx: Context, p: Profile, parts: list[Part], group: list[Part]) -> bool:
    """Whether the fact backs at least half of the statement's content besides the names of
    its list: what says the list is this fact's ("Hezbollah and Israel traded fire across
    the border" is no list of the truce's parties, though "fire" is one of its words)."""
    others = [x for x in parts if x.kind in CONTENT and x not in group and x.kind != "entity"]
    held = sum(backs(ctx.checker, p, x, ctx.reading) for x in others)
    return bool(others) and 2 * held >= len(others)


_ONLY_GAP = ("", "the", "由")  # what may stand between "only" and the list it restricts


def only(ctx: Context) -> None:
    """ "Only Egypt and Qatar took part", 只有X…: the actors named after "only" are all a
    closed list of the fact holds of their kind; another member there refutes "only"."""
    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for word in [x for x in r.of("predicate") if x.key == "only" and x.status == "unknown"]:
        end = clause_end(r.claim, word.end)
        named = [x for x in r.parts if x.kind == "entity" and word.end <= x.start < end]
        group = _coordinated(r, named)
        if not group or group[0] is not named[0]:
            continue
        if r.claim[word.end : group[0].start].strip().lower() not in _ONLY_GAP:
            continue  # "Gaza's only border point not controlled by Israel": not of the list
        kinds = {kind_of.get(x.key) for x in group}
        filled = {f for x in r.of("predicate") for f in checker.voc.fields_of.get(x.key, ())}
        for clause in ctx.clauses:
            for sources in clause.candidates[:3]:
                p = sources[0]
                closed = [f for f in p.fact.closed if not filled or f in filled]
                fields = [
                    f for f in closed if f in p.slots and all(x.key in p.slots[f] for x in group)
                ]
                if not fields and any(
                    kind_of.get(h) in kinds for f in closed for h in p.slots.get(f, ())
                ):
                    word.status = "operator"  # a closed list lacks one of them: that decides
                    break
                if not fields:
                    continue
                others = sorted(
                    h for h in p.slots[fields[0]]
                    if kind_of.get(h) in kinds and h not in {x.key for x in group}
                )  # fmt: skip
                word.fact, word.field = p.fact.id, f"values.{fields[0]}"
                if others:
                    word.status = "refuted"
                    names = named_entities(checker, sorted(p.slots[fields[0]]))
                    ctx.corrections.append(
                        Correction(
                            p.fact.id, word.field, word.text, Msg("also {names}", names=names)
                        )
                    )
                else:
                    word.status = "supported"
                break
            if word.status != "unknown":
                break
        if word.status == "unknown":
            _only_among_others(ctx, word, group, kinds, filled)


def _only_among_others(
    ctx: Context, word: Part, group: list[Part], kinds: set[str | None], filled: set[str]
) -> None:
    """ "Only Hamas's delegates left": a list of the verb's doers, open or closed, that holds
    them and another of their kind refutes "only" (the list may hold more, not fewer)."""
    checker, r = ctx.checker, ctx.reading
    if r.claim[word.end : group[0].start].strip().lower() not in _ONLY_GAP:
        return  # "only after the ash reached Norway": "only" of something else than the list
    kind_of = checker.voc.entity_kind
    verbs = [x for x in r.of("predicate") if x is not word and not x.negated]
    keys = {x.key for x in group}
    for clause in ctx.clauses:
        for sources in clause.candidates[:3]:
            p = sources[0]
            said = any(p.predicates.get(v.key) is True for v in verbs)
            for f, held in sorted(p.slots.items()):
                doers = f in filled or (f == "actor" and said)
                if not doers or not isinstance(p.fact.values.get(f), tuple) or not keys <= held:
                    continue
                others = sorted(h for h in held if kind_of.get(h) in kinds and h not in keys)
                if others:
                    word.status, word.fact, word.field = "refuted", p.fact.id, f"values.{f}"
                    names = named_entities(checker, sorted(held))
                    ctx.corrections.append(
                        Correction(
                            p.fact.id, word.field, word.text, Msg("also {names}", names=names)
                        )
                    )
                    return


def membership(ctx: Context) -> None:
    """ "E included X", "E包括X" with E an entity whose fact lists its members: X must be one
    of them; otherwise X is not backed (refuted when the list is closed)."""
    checker, r = ctx.checker, ctx.reading
    voc = checker.voc
    set_fields = {f for _, fields in voc.unit_holders.values() for f in fields}
    for cue in r.of("cue"):
        if cue.key != "among" or normalize(cue.text) not in voc.members_follow:
            continue
        start = clause_start(r.claim, cue.start)
        end = clause_end(r.claim, cue.end)
        sets = [x for x in r.parts if x.kind == "entity" and start <= x.start < cue.start]
        members = [x for x in r.parts if x.kind == "entity" and cue.end <= x.start < end]
        for e in sets[-1:]:
            p = checker.by_id.get(e.key)
            if p is None:
                continue
            field = next((f for f in sorted(set_fields) if p.slots.get(f)), None)
            if field is None:
                continue
            held = p.slots[field]
            for m in members:
                if m.key in held or within(checker, m.key, held):
                    m.status, m.fact, m.field = "supported", p.fact.id, f"values.{field}"
                    cue.status = "operator"
                elif p.fact.is_closed(field):
                    m.status, m.fact, m.field = "refuted", p.fact.id, f"values.{field}"
                    names = named_entities(checker, sorted(held))
                    ctx.corrections.append(Correction(p.fact.id, f"values.{field}", m.text, names))
                elif m.status == "supported":
                    m.status, m.fact, m.field = "unknown", None, None


_ITEMS_START = lazy(r"\b(?:are|were|is|was|include|includes|included)\b|[:：]|是|为|包括")


_ITEM_SPLIT = lazy(r",|，|、|;|；|\band\b|\bor\b|和|以及|及")


def text_lists(ctx: Context) -> None:
    """ "The three aims are A, B and C" against a closed list of texts: every item must be
    one of the list's texts; an item that is none of them is refuted."""
    checker, r = ctx.checker, ctx.reading
    m = _ITEMS_START.search(r.claim)
    if m is None:
        return
    cuts = [m.end(), *(x.end() for x in _ITEM_SPLIT.finditer(r.claim, m.end())), len(r.claim) + 1]
    items = []
    for a, b in pairwise(cuts):
        inside = [
            x
            for x in r.parts
            if a <= x.start < b and x.kind in ("predicate", "term", "entity", "unit")
        ]
        if inside:
            items.append(inside)
    if len(items) < 2:
        return
    for p in ctx.ranked[:10]:
        for name in p.fact.closed:
            value = p.fact.values.get(name)
            if not _names_field(checker, r, name):
                continue  # the claim does not speak of this list
            if not isinstance(value, tuple) or not all(isinstance(t, str) for t in value):
                continue
            texts = [str(t) for t in value]
            if all(t.isascii() for t in texts) != (r.lang == "en"):
                continue  # a list written in the other language: its words cannot be compared
            readings = [checker.reading_of(t) for t in texts]
            matched = [_item_in(checker, item, readings) for item in items]
            if sum(matched) < 1 or (sum(matched) < len(items) - 1 and len(items) > 2):
                continue
            touched = [_item_in(checker, item, readings, loose=True) for item in items]
            if not all(matched) and any(
                t and not m for m, t in zip(matched, touched, strict=True)
            ):
                for item, ok in zip(items, matched, strict=True):  # a part of one text: unknown
                    for x in item:
                        if ok and x.status == "unknown":
                            x.status, x.fact, x.field = "supported", p.fact.id, f"values.{name}"
                return
            if all(matched):
                for item in items:
                    for x in item:
                        if x.status == "unknown":
                            x.status, x.fact, x.field = "supported", p.fact.id, f"values.{name}"
                return
            for item, ok in zip(items, matched, strict=True):
                for x in item:
                    if ok and x.status == "unknown":
                        x.status, x.fact, x.field = "supported", p.fact.id, f"values.{name}"
                    elif not ok:
                        x.status, x.fact, x.field = "refuted", p.fact.id, f"values.{name}"
                if not ok:
                    text = r.claim[item[0].start : item[-1].end]
                    ctx.corrections.append(
                        Correction(p.fact.id, f"values.{name}", text, "; ".join(texts))
                    )
            return


def verb_items(ctx: Context) -> None:
    """ "acquitted Hazelwood of the negligent discharge of oil": the object of a verb backed
    by a list of texts must be one of that list's texts. One that is a text of another list
    of the same fact, and none of the verb's own, is refuted: the fact did the other thing
    with it (convicted him of it)."""
    checker, r = ctx.checker, ctx.reading
    for verb in r.of("predicate"):
        field = verb.field or ""
        p = checker.by_id.get(verb.fact or "")
        if (
            verb.negated
            or verb.status != "supported"
            or p is None
            or not field.startswith("values.")
        ):
            continue
        lists = checker.voc.text_lists
        own = _texts(p.fact.values.get(field[7:]), r.lang) if field[7:] in lists else []
        if not own:
            continue
        end = clause_end(r.claim, verb.end)
        item = [
            x
            for x in r.parts
            if verb.end <= x.start < end and x.kind in ("term", "unit", "predicate")
        ]
        if not item:
            continue
        mine = [checker.reading_of(t) for t in own]
        whole = _item_in(checker, item, mine)
        for name, value in p.fact.values.items():
            other = _texts(value, r.lang) if name in lists and f"values.{name}" != field else []
            theirs = [checker.reading_of(t) for t in other]
            if (
                other
                and any(  # "convicted of the discharge and of drunk sailing": each
                    _item_in(checker, one, theirs) and not _item_in(checker, one, mine)
                    for one in _each_item(r, item)[0 if not whole else 1 :]
                )
            ):
                verb.status = "refuted"
                said = r.claim[verb.start : item[-1].end]
                ctx.corrections.append(Correction(p.fact.id, field, said, "; ".join(own)))
                break
        else:
            if whole:
                for x in item:  # every word of the object is in one of the list's texts
                    if x.status == "unknown":
                        x.status, x.fact, x.field = "supported", p.fact.id, field


def _each_item(r: Reading, item: list[Part]) -> list[list[Part]]:
    """The object of a verb, whole and cut into the items it lists at "and", commas, 和:
    "of negligent discharge of oil and of operating a vessel while intoxicated"."""
    cuts: list[list[Part]] = [[]]
    for x, y in pairwise(item):
        cuts[-1].append(x)
        if _ITEM_JOIN.fullmatch(r.claim, x.end, y.start):
            cuts.append([])
    cuts[-1].append(item[-1])
    return [item] + (cuts if len(cuts) > 1 else [])


_ITEM_JOIN = lazy(r"\s*(?:,\s*)?(?:and|or)\s+(?:of\s+|the\s+)*|\s*,\s*|[和及与、]", re.IGNORECASE)


def _texts(value: object, lang: str) -> list[str]:
    """A list field's texts, when they are texts in the claim's language."""
    if not isinstance(value, tuple) or not value or not all(isinstance(t, str) for t in value):
        return []
    texts = [str(t) for t in value]
    return texts if all(t.isascii() for t in texts) == (lang == "en") else []


def _names_field(checker: Checker, r: Reading, name: str) -> bool:
    """Whether the claim names a list field ("aims", 目标) by a word or unit."""
    word = checker.voc.word_key(name.replace("_", " ").split()[-1])
    groups = set(checker.voc.synonyms.get(word, ()))
    for x in r.parts:
        key = x.key if x.kind in ("unit", "term") else ""
        if key and (
            key == word
            or checker.voc.word_key(x.text) == word
            or groups & set(checker.voc.synonyms.get(key, ()))
        ):
            return True
        if x.kind == "number" and x.key and (x.key == word or checker.voc.word_key(x.key) == word):
            return True
    return False


def _item_in(
    checker: Checker, item: list[Part], readings: list[Reading], loose: bool = False
) -> bool:
    """Whether one item of a claimed list says what one text of the fact's list says: its
    first verb is the text's, or, without a verb, every one of its words is (`loose`: one)."""
    voc = checker.voc
    for rd in readings:
        preds = {x.key for x in rd.parts if x.kind == "predicate"}
        words = {x.key for x in rd.parts if x.kind in ("term", "entity", "unit")}
        groups = {g for w in words for g in voc.synonyms.get(w, ())}
        want_preds = [x.key for x in item if x.kind == "predicate"]
        want_words = [x.key for x in item if x.kind in ("term", "entity", "unit")]
        if want_preds:
            if want_preds[0] in preds:
                return True
            verb = next(i for i, x in enumerate(item) if x.kind == "predicate")
            head = [x.key for x in item[:verb] if x.kind in ("term", "entity", "unit")]
            lead = next(
                (i for i, w in enumerate(head) if not _said(voc, w, words, groups)), len(head)
            )
            if lead >= 2 and lead >= len(head) - 1:
                return True  # "reopening the old canal that Osk holds": the text, then more
            continue
        held = [_said(voc, w, words, groups) for w in want_words]
        if held and (any(held) if loose else all(held)):  # "occupy Gaza" is no "demilitarise Gaza"
            return True
    return False


def _said(voc: Vocabulary, word: str, words: set[str], groups: set[int]) -> bool:
    """Whether a text's words hold a word, or one of its synonym groups."""
    return word in words or bool(groups & set(voc.synonyms.get(word, ())))


_MEMBER_COPULA = lazy(r"\s*(?:is|was|are|were|remains)(?:\s+(?:a|an|the))?\s*|\s*(?:是|为|系)\s*")


def _linked(ctx: Context, person: Part, body: Part, roles: list[Part]) -> bool:
    """Whether the claim gives the person the role: as its doer ("Burns heads Mossad"),
    by a copula either way ("Burns was the director of Mossad", "Mossad's director is
    Burns"), as a title just before the name
    ("Mossad chief Burns", 摩萨德局长伯恩斯) or in an apposition ("Burns, the head of
    Mossad, …"; not in a list of people, "Burns, the Mossad chief and …")."""
    r = ctx.reading
    if any(x.kind == "predicate" and agent(ctx.checker.voc, r, person, x) for x in roles):
        return True
    phrase = [body, *(x for x in roles if x is not body)]
    first, last = min(x.start for x in phrase), max(x.end for x in phrase)
    if last <= person.start:  # the role and body before the name: a title, or the subject
        gap = r.claim[last : person.start]  # of a copula ("Mossad's chief is Burns", 局长是X)
        return OWNER_GAP.fullmatch(gap) is not None or _COPULA.fullmatch(gap.strip()) is not None
    if person.end > first:
        return False
    between = r.claim[person.end : first].strip()
    if _COPULA.match(between) or (between and _COPULA.fullmatch(between.split()[0])):
        return True
    if not _APPOSITION.match(between.removesuffix(" of").strip()):
        return False
    tail = next(x for x in phrase if x.end == last)
    return _apposition(r, ",", tail)


def _copula(ctx: Context, person: Part, body: Part) -> bool:
    """Only a copula between a person and a political party: "X is a Republican", X是共和党人."""
    if ctx.checker.voc.entity_type.get(body.key, "") != "political party":
        return False
    between = ctx.reading.claim[person.end : body.start]
    return person.end <= body.start and _MEMBER_COPULA.fullmatch(between) is not None
