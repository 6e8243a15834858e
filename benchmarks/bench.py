"""Measure factcheck's start-up, batch throughput and growth with the size of the fact base.

    python benchmarks/bench.py            # everything (the 100,000-fact base takes minutes)
    python benchmarks/bench.py --quick    # fewer runs, scale up to 10,000 facts
    python benchmarks/bench.py --only startup,batch --sizes 100,10000

Prints Markdown tables and writes them to benchmarks/results.md. Start-up times are medians
over repeated runs of whole commands, next to `python -c pass` and a minimal two-command
Typer app (benchmarks/typer_baseline.py) measured in the same run, with the compiled store
warm (as a user has it after the first run) and bytecode compiled (as after `pip install`).
Scale runs whole commands on generated bases (benchmarks/gen_facts.py): the first run of
each, which compiles what it needs, then warm runs, with the peak memory of any.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_facts import generate  # noqa: E402

PY = sys.executable
FACTCHECK = [PY, "-m", "factcheck"]


def run_times(
    cmd: list[str], runs: int, env: dict[str, str], stdin: str | None = None
) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - start)
    return times


def first_question_time(env: dict[str, str], runs: int) -> list[float]:
    """Until the first plain-mode quiz question is on stdout."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*FACTCHECK, "quiz", "--plain", "--seed", "1"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        )  # fmt: skip
        assert proc.stdout is not None
        seen = b""
        while b"> " not in seen:
            chunk = proc.stdout.read1(4096)  # type: ignore[attr-defined]
            if not chunk:
                break
            seen += chunk
        times.append(time.perf_counter() - start)
        proc.kill()
        proc.wait()
    return times


def claims(n: int, seed: int = 1) -> list[str]:
    """Distinct claims in both languages, of every verdict."""
    rng = random.Random(seed)
    templates = [
        "The fourth round of talks took place in {city}.",
        "Resolution 2735 passed {a}-{b}-{c}.",
        "Hamas freed {n} hostages during the November truce.",
        "第{z}轮谈判在{zcity}举行。",
        "Netanyahu dissolved the war cabinet on {d} June 2024.",
        "停火期间以色列释放了{n}名巴勒斯坦囚犯。",
        "{state} abstained in the vote on resolution 2735.",
        "The truce lasted {k} days in all.",
        "安理会以{zn}票赞成通过2735号决议。",
        "{state} hosted talks on a {word} in {city} on {d} May 2024.",
        "On {d} {month} {year} the Israeli army announced a pause of {h} hours a day.",
        "{year}年{m}月{d}日，{zstate}宣布了新的停火方案，涉及{n}名人质。",
        "Round {z2} of the talks began on {d} {month} {year} in {city}.",
    ]
    cities = ["Paris", "Cairo", "Doha", "London", "Geneva", "Rome", "Oslo"]
    states = ["Russia", "China", "France", "Egypt", "Qatar", "Japan"]
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(100 * n):
        if len(out) == n:
            break
        claim = rng.choice(templates).format(
            city=rng.choice(cities), a=rng.randint(9, 15), b=rng.randint(0, 3),
            c=rng.randint(0, 3), n=rng.randint(10, 999), z="一二三四五"[rng.randrange(5)],
            zcity=rng.choice(["巴黎", "开罗", "多哈", "伦敦"]), d=rng.randint(1, 30),
            state=rng.choice(states), k=rng.randint(2, 12), zn="十二十三十四十五"[rng.randrange(4)],
            word=rng.choice(["truce", "ceasefire", "pause", "deal"]),
            month=rng.choice(["January", "May", "June", "October", "November", "December"]),
            year=rng.choice([2022, 2023, 2024, 2025]), h=rng.randint(4, 16), m=rng.randint(1, 12),
            zstate=rng.choice(["美国", "埃及", "卡塔尔", "俄罗斯"]), z2=rng.choice(["one", "two", "four", "five"]),
        )  # fmt: skip
        if claim not in seen:
            seen.add(claim)
            out.append(claim)
    return out


def fmt_ms(values: list[float]) -> tuple[str, str, float]:
    med = statistics.median(values)
    spread = f"{min(values) * 1000:.0f}–{max(values) * 1000:.0f}"
    return f"{med * 1000:.0f}", spread, med


def startup_table(env: dict[str, str], runs: int) -> list[str]:
    rows = [
        ("python -c pass", [PY, "-c", "pass"]),
        ("Typer baseline (2 commands)", [PY, str(HERE / "typer_baseline.py"), "hello", "x"]),
        ("factcheck --version", [*FACTCHECK, "--version"]),
        ("factcheck show unsc-2735-vote", [*FACTCHECK, "show", "unsc-2735-vote"]),
        ("factcheck search 停火", [*FACTCHECK, "search", "停火"]),
        (
            "factcheck check (English)",
            [*FACTCHECK, "check", "Russia abstained in the vote on resolution 2735."],
        ),
        (
            "factcheck check (Chinese numerals)",
            [*FACTCHECK, "check", "安理会以十四票赞成、一票弃权通过2735号决议。"],
        ),
    ]
    for _, cmd in rows:  # warm the caches and the file system once
        subprocess.run(cmd, capture_output=True, env=env)
    results = {label: run_times(cmd, runs, env) for label, cmd in rows}
    results["factcheck quiz: first question shown"] = first_question_time(env, runs)
    baseline = statistics.median(results["Typer baseline (2 commands)"])
    lines = ["| command | median ms | min–max ms | × Typer baseline |", "|---|---:|---:|---:|"]
    for label, values in results.items():
        med, spread, seconds = fmt_ms(values)
        lines.append(f"| {label} | {med} | {spread} | {seconds / baseline:.2f} |")
    return lines


def batch_table(env: dict[str, str]) -> list[str]:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    lines = [
        "| batch | claims | processes | seconds | claims per second |",
        "|---|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for label, items, jobs in (
            ("distinct generated claims", claims(10_000), 1),
            ("distinct generated claims", claims(10_000), cores),
            ("100 distinct claims, repeated", claims(100) * 100, 1),
        ):
            path = Path(tmp) / "claims.txt"
            path.write_text("\n".join(items) + "\n", encoding="utf-8")
            start = time.perf_counter()
            done = subprocess.run(
                [*FACTCHECK, "check", "--file", str(path), "--json", "--jobs", str(jobs)],
                capture_output=True, env=env,
            )  # fmt: skip
            seconds = time.perf_counter() - start
            answered = len(done.stdout.splitlines())
            if done.returncode not in (0, 1, 3) or answered != len(items):
                raise SystemExit(f"check failed: exit {done.returncode}, {answered} answered")
            lines.append(
                f"| {label} | {len(items):,} | {jobs} | {seconds:.1f} | {len(items) / seconds:.0f} |"
            )
    return lines


PEAK = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], capture_output=True)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak resident MB of one whole command."""
    out = subprocess.run([PY, "-c", PEAK, *cmd], capture_output=True, text=True, env=env)
    seconds, peak = out.stdout.split()
    return float(seconds), float(peak)


def scale_rows(sizes: list[int], env: dict[str, str]) -> list[str]:
    """Whole commands on generated bases: the first run of each (which compiles what it
    needs: the fact store, the search index, the checker), then the median of three warm
    runs, and the peak memory of any of them."""
    lines = [
        "| facts | file MB | first show s (compiles the facts) | show s | first search s (compiles the index) | search s | first check s (compiles the checker) | check s | check ms per claim (batch of 500) | peak MB, warm | peak MB, first show / search / check |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    sample = claims(500, seed=9)
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"facts-{n}.toml"
            path.write_text(generate(n), encoding="utf-8")
            batch = Path(tmp) / "sample.txt"
            batch.write_text("\n".join(sample) + "\n", encoding="utf-8")
            run_env = {**env, "FACTCHECK_CACHE": str(Path(tmp) / f"cache-{n}")}
            mid = f"event-{n // 2}" if n > 20 else "party-e0"
            commands = {
                "show": [*FACTCHECK, "show", mid, "--facts", str(path)],
                "search": [*FACTCHECK, "search", "truce 2024", "--facts", str(path)],
                "check": [*FACTCHECK, "check", "Round 2 of the talks began in Cairo.", "--facts", str(path)],
            }  # fmt: skip
            cells, peak, firsts = [], 0.0, []
            for cmd in commands.values():
                first, top = timed(cmd, run_env)
                warm = [timed(cmd, run_env) for _ in range(3)]
                peak = max(peak, *(w[1] for w in warm))
                firsts.append(f"{top:.0f}")
                cells += [f"{first:.2f}", f"{statistics.median(w[0] for w in warm):.2f}"]
            many, top = timed([*FACTCHECK, "check", "--file", str(batch), "--json", "--jobs", "1", "--facts", str(path)], run_env)  # fmt: skip
            one = statistics.median(timed(commands["check"], run_env)[0] for _ in range(3))
            per_claim = (many - one) / (len(sample) - 1) * 1000
            peak = max(peak, top)
            size = path.stat().st_size / 2**20
            lines.append(
                f"| {n:,} | {size:.1f} | {' | '.join(cells)} | {per_claim:.1f} | {peak:.0f} "
                f"| {' / '.join(firsts)} |"
            )
            print(lines[-1], flush=True)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="3 runs each; scale up to 10,000 facts"
    )
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    parser.add_argument("--sizes", default="", help="fact-base sizes, comma-separated")
    parser.add_argument(
        "--only", default="startup,batch,scale", help="parts to run, comma-separated"
    )
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    sizes = [100, 1_000, 10_000] if args.quick else [100, 1_000, 10_000, 100_000]
    if args.sizes:
        sizes = [int(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "FACTCHECK_CACHE": str(Path(tmp) / "cache"),
            "FACTCHECK_HOME": str(Path(tmp) / "home"),
            "LANG": "C.UTF-8",
        }
        env.pop("FACTCHECK_NO_CACHE", None)
        env.pop("FACTCHECK_FACTS", None)
        # An installed package has its bytecode compiled (pip does it); so do we, or every
        # start-up would time Python compiling our sources and none of Typer's.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([PY, "-m", "compileall", "-q", str(HERE.parent / "factcheck")], env=env)
        machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
        parts = set(args.only.split(","))
        out = [f"Machine: {machine}; {time.strftime('%Y-%m-%d')}."]
        if "startup" in parts:
            out += ["", "Start-up (whole commands, cache warm):", ""]
            out += startup_table(env, runs)
            print("\n".join(out), flush=True)
        if "batch" in parts:
            batch = [
                "",
                "Batch (`factcheck check --file CLAIMS --json --jobs N`):",
                "",
                *batch_table(env),
            ]
            print("\n".join(batch), flush=True)
            out += batch
        if "scale" in parts:
            out += ["", "Scale (generated fact bases, `benchmarks/gen_facts.py`):", ""]
            print("\n".join(out[-3:]), flush=True)
            out += scale_rows(sizes, env)
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
