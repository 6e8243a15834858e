"""Heavy modules load only on the paths that need them."""

import json
import subprocess
import sys

import pytest

HEAVY = ("questionary", "prompt_toolkit", "fsrs", "sqlite3", "cn2an", "rich")
CODE = """
import json, sys
heavy = %r
from factcheck.cli import main
sys.argv = ["factcheck", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\n" + json.dumps(sorted({m.split(".")[0] for m in sys.modules} & set(heavy))) + "\\n")
"""


def loaded(args: list[str], stdin: str = "") -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", CODE % (HEAVY,), json.dumps(args)],
        capture_output=True, text=True, input=stdin,
    )  # fmt: skip
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "args",
    [
        ["show", "unsc-2735-vote"],
        ["search", "十四"],
        ["check", "安理会以十四票赞成通过2735号决议"],
        ["list"],
    ],
)
def test_lookups_and_checks_load_nothing_heavy(args: list[str]) -> None:
    assert loaded(args) == set()  # piped output: not even rich


def test_the_quiz_loads_what_it_needs() -> None:
    assert {"sqlite3", "fsrs"} <= loaded(["quiz", "--plain", "--count", "1"], "x\n")
    assert "questionary" not in loaded(["quiz", "--plain", "--count", "1"], "x\n")
