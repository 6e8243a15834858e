"""Heavy modules load only on the paths that need them."""

import ast
import subprocess
import sys

import pytest

HEAVY = ("questionary", "prompt_toolkit", "fsrs", "sqlite3", "cn2an", "rich", "tomli", "json")
HEAVY += ("factcheck.check", "factcheck.search", "factcheck.quiz", "factcheck.loader")
CODE = """
import sys
heavy, args = %r, %r
from factcheck.cli import main
sys.argv = ["factcheck", *args]
try:
    main()
except SystemExit:
    pass
names = {m.split(".")[0] for m in sys.modules} | set(sys.modules)
sys.stderr.write("\\n" + repr(sorted(names & set(heavy))) + "\\n")
"""  # no json in the harness itself: JSON is for --json only


def loaded(args: list[str], stdin: str = "", heavy: tuple[str, ...] = HEAVY) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", CODE % (heavy, args)],
        capture_output=True, text=True, input=stdin,
    )  # fmt: skip
    return set(ast.literal_eval(result.stderr.strip().splitlines()[-1]))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG directories are Linux's")
def test_finding_the_cache_imports_no_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Linux the cache and data directories are read from the XDG variables, as
    platformdirs reads them, without importing it (it imports tempfile, shutil, random)."""
    monkeypatch.delenv("FACTCHECK_CACHE")
    args = ["check", "Fourteen members voted for resolution 2735"]
    loaded(args, heavy=("platformdirs",))  # compiles the store
    assert loaded(args, heavy=("platformdirs",)) == set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG directories are Linux's")
@pytest.mark.parametrize("value", [None, "", "  ", "/tmp/elsewhere"])
def test_the_xdg_directories_are_platformdirs_own(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    import platformdirs

    from factcheck.cache import user_dir

    for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        if value is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, value)
    assert str(user_dir("cache")) == platformdirs.user_cache_dir("factcheck")
    assert str(user_dir("data")) == platformdirs.user_data_dir("factcheck")


@pytest.mark.parametrize(
    ("args", "needs"),
    [
        (["show", "unsc-2735-vote"], {"sqlite3", "factcheck.loader"}),
        (["search", "十四"], {"sqlite3", "factcheck.loader", "factcheck.search"}),
        (  # a Chinese claim is answered in Chinese: the catalogue is TOML
            ["check", "安理会以十四票赞成通过2735号决议"],
            {"sqlite3", "factcheck.loader", "factcheck.check", "tomli"},
        ),
        (
            ["check", "Fourteen members voted for resolution 2735"],
            {"sqlite3", "factcheck.loader", "factcheck.check"},
        ),
        (["list"], {"sqlite3", "factcheck.loader"}),
    ],
)
def test_each_fast_path_loads_only_what_it_needs(args: list[str], needs: set[str]) -> None:
    """With the store compiled (the first run), a lookup opens it and reads no TOML; only
    `check` loads the checker, only `search` the index; piped output: not even rich."""
    loaded(args)  # compiles the store
    assert loaded(args) == needs


def test_the_quiz_loads_what_it_needs() -> None:
    # a choice question, so that "1" is an answer it reads (a random date question would
    # ask again, and the quiz would end with nothing recorded and no schedule loaded)
    args = ["quiz", "--plain", "--count", "1", "--seed", "3", "--type", "choice"]
    assert {"sqlite3", "fsrs"} <= loaded(args, "1\n")
    assert "questionary" not in loaded(args, "1\n")
