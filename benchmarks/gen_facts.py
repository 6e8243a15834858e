"""Generate a valid fact file of N facts, for measuring how costs grow with the base.

    python benchmarks/gen_facts.py 10000 > /tmp/facts-10k.toml

Facts are synthetic but shaped like the real ones: entities (parties, people, places) with
aliases in both languages, and events, counts and votes with dates, quantities and links.
"""

from __future__ import annotations

import datetime as dt
import random
import sys

WORDS = [
    "talks",
    "truce",
    "hostages",
    "prisoners",
    "mediation",
    "council",
    "vote",
    "phase",
    "round",
    "pause",
    "cabinet",
    "aid",
    "border",
    "crossing",
    "envoy",
    "proposal",
    "draft",
    "response",
]
ZH = [
    "谈判",
    "停火",
    "人质",
    "囚犯",
    "调停",
    "安理会",
    "表决",
    "阶段",
    "轮次",
    "暂停",
    "内阁",
    "援助",
    "边境",
    "口岸",
    "特使",
    "方案",
    "草案",
    "回应",
]


def fact_lines(i: int, n_entities: int, rng: random.Random) -> list[str]:
    if i < n_entities:
        kind = ("party", "person", "place")[i % 3]
        prefix = {"party": "party", "person": "person", "place": "place"}[kind]
        name = f"Entity{i}"
        return [
            "[[facts]]",
            f'id = "{prefix}-e{i}"',
            f'kind = "{kind}"',
            'source = ["¶1"]',
            'tags = ["entities"]',
            f'text.zh = "实体{i}，{rng.choice(ZH)}的参与方。"',
            f'text.en = "{name}, a party to the {rng.choice(WORDS)}."',
            f'aliases.zh = ["实体{i}"]',
            f'aliases.en = ["{name}"]',
            "",
            "[facts.values]",
            f'type = "{ {"party": "state", "person": "person", "place": "city"}[kind] }"',
            "",
        ]
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    words = rng.sample(WORDS, 3)
    zh = rng.sample(ZH, 3)
    count = rng.randrange(1, 500)
    kinds = [f"party-e{j}" for j in range(0, n_entities, 3)]
    actor = rng.choice(kinds)
    lines = [
        "[[facts]]",
        f'id = "event-{i}"',
        f'kind = "{rng.choice(["event", "count", "round", "truce"])}"',
        f"date = {day.isoformat()}",
        f'source = ["¶{rng.randrange(1, 18)}"]',
        f'tags = ["{words[0]}", "year-{day.year}"]',
        f'text.zh = "{day.year}年{day.month}月{day.day}日，{zh[0]}和{zh[1]}涉及{count}名{zh[2]}（第{i}号）。"',
        f'text.en = "On {day.isoformat()} the {words[0]} and {words[1]} involved {count} {words[2]} (number {i})."',
        f'aliases.zh = ["{zh[0]}{i}"]',
        f'aliases.en = ["{words[0]} {i}"]',
        f'related = ["{actor}"]',
        "",
        "[facts.values]",
        f'count = {{ value = {count}, unit = "{words[2]}" }}',
        f'actor = "{actor}"',
        "",
    ]
    return lines


def generate(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    n_entities = max(3, n // 20)
    out = ["format = 1", ""]
    for i in range(n):
        out.extend(fact_lines(i, n_entities, rng))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1))
