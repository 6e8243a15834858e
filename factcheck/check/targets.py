"""Whom a wish is aimed at ("the US is pushing Hamas to accept the draft", 美国推动哈马斯
接受草案): the one named right after the word of wanting is the fact's `target`; another
actor of the same kind there, where the fact holds one, is contradicted."""

from __future__ import annotations

from factcheck.check.evidence import Context, named, named_right_after, wanting, within
from factcheck.check.model import Correction


def wish_targets(ctx: Context) -> None:
    """Judge the actor right after a word of wanting by the `target` of the fact that wants
    the same deed (the best ranked one that holds a single target of the actor's kind)."""
    checker, r = ctx.checker, ctx.reading
    kind_of = checker.voc.entity_kind
    for verb in r.of("predicate"):
        whom = named_right_after(r, verb)
        if whom is None or verb.status not in ("unknown", "supported") or whom.status == "refuted":
            continue
        for p in ctx.ranked:
            if not wanting(checker, p, verb, r, whom_too=False):
                continue
            targets = [
                t for t in p.slots.get("target", ()) if kind_of.get(t) == kind_of.get(whom.key)
            ]
            if len(targets) != 1 or whom.key in targets or within(checker, whom.key, set(targets)):
                continue
            verb.status, verb.fact, verb.field = "supported", p.fact.id, "text"
            whom.status, whom.fact, whom.field = "refuted", p.fact.id, "values.target"
            ctx.corrections.append(
                Correction(p.fact.id, "values.target", whom.text, named(checker, targets))
            )
            break
