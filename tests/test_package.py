"""Packaging: what the sdist and the wheel hold, their metadata, and both run where installed.

The sdist and the wheel are built once for this module the way a release builds them
(`python -m build`: the sdist from the checkout, then the wheel from the sdist), with the
build tools of this environment (`--no-isolation`), so no network is needed. .ci/run also
unpacks the sdist, collects this whole suite from it and runs the tests that read files.
"""

import email.message
import email.parser
import email.policy
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from factcheck import __version__

ROOT = Path(__file__).resolve().parent.parent

# The name `factcheck` on PyPI belongs to another project (a QuickCheck port, 2012-2013);
# the import package and the command stay `factcheck`.
DIST = "ceasefire-factcheck"
STEM = f"ceasefire_factcheck-{__version__}"  # file names spell the name with underscores
REPO = "https://github.com/factcheck-project/factcheck"

CLASSIFIERS = {
    "Development Status :: 3 - Alpha",
    "Environment :: Console",
    "Intended Audience :: End Users/Desktop",
    "Intended Audience :: Education",
    "Natural Language :: Chinese (Simplified)",
    "Natural Language :: English",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3.10",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Topic :: Education",
    "Topic :: Text Processing :: Linguistic",
    "Typing :: Typed",
}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist and the wheel built from it: (sdist, wheel)."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    assert sdist.name == f"{STEM}.tar.gz"
    assert wheel.name == f"{STEM}-py3-none-any.whl"
    return sdist, wheel


@pytest.fixture(scope="module")
def wheel(dist: tuple[Path, Path]) -> Path:
    return dist[1]


def _metadata(text: str) -> email.message.Message:
    return email.parser.Parser(policy=email.policy.compat32).parsestr(text)


def _run(pythonpath: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys, factcheck.cli; print(factcheck.cli.__file__, file=sys.stderr); factcheck.cli.main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env={
            "PYTHONPATH": str(pythonpath),
            "PATH": "",
            "LANG": "C.UTF-8",
            "FACTCHECK_NO_CACHE": "1",
        },
        capture_output=True,
        text=True,
    )


def test_wheel_contains_the_fact_base_and_entry_point(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        packaged = zf.read("factcheck/facts.toml")
        entry = next(n for n in names if n.endswith("entry_points.txt"))
        assert "factcheck = factcheck.cli:main" in zf.read(entry).decode()
    assert packaged == (ROOT / "facts.toml").read_bytes()
    assert "factcheck/cli.py" in names
    assert "factcheck/schema.toml" in names  # validate and the checker read the field schema


def test_wheel_holds_the_package_data_and_the_licence_and_nothing_else(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        licence = zf.read(f"{STEM}.dist-info/licenses/LICENSE")
    assert licence == (ROOT / "LICENSE").read_bytes()
    assert licence.startswith(b"MIT License\n")
    data = {
        "factcheck/facts.toml",
        "factcheck/schema.toml",
        "factcheck/check/lexicon.toml",
        "factcheck/data/traditional_chars.txt",
        "factcheck/py.typed",  # PEP 561: mypy and others read the package's annotations
    }
    data |= {f"factcheck/data/{p.name}" for p in (ROOT / "factcheck" / "data").glob("*.toml")}
    assert "factcheck/data/fair.toml" in data
    assert data <= names, sorted(data - names)
    # Every source and data file of the package, and only those, at the top of the wheel.
    source = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "factcheck").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    packaged = {n for n in names if n.startswith("factcheck/")}
    assert packaged == source | {"factcheck/facts.toml"}
    assert {n.split("/")[0] for n in names} == {"factcheck", f"{STEM}.dist-info"}
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "docs/"))]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_metadata_names_the_distribution_licence_classifiers_and_links(
    wheel: Path,
) -> None:
    with zipfile.ZipFile(wheel) as zf:
        meta = _metadata(zf.read(f"{STEM}.dist-info/METADATA").decode())
    # 2.4 is the version that has License-Expression (PEP 639) and that every uploader reads.
    assert meta["Metadata-Version"] == "2.4"
    assert meta["Name"] == DIST
    assert meta["Version"] == __version__
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["License"] is None  # the expression replaces the free-text field
    assert meta["Author"] == "the factcheck authors"
    assert meta["Requires-Python"] == ">=3.10"
    assert meta["Description-Content-Type"] == "text/markdown"
    assert "ceasefire" in meta["Summary"]
    keywords = meta["Keywords"].split(",")
    assert {"fact-checking", "ceasefire", "quiz", "Chinese"} <= set(keywords)

    classifiers = meta.get_all("Classifier")
    assert set(classifiers) >= CLASSIFIERS, sorted(CLASSIFIERS - set(classifiers))
    # PEP 639: a licence given as an SPDX expression has no License :: classifier.
    assert not [c for c in classifiers if c.startswith("License ::")]
    # The oldest Python listed is the oldest one required.
    versions = [c.rsplit(" :: ", 1)[1] for c in classifiers if re.fullmatch(r".*:: 3\.\d+", c)]
    oldest = min(versions, key=lambda v: tuple(map(int, v.split("."))))
    assert meta["Requires-Python"] == f">={oldest}"

    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL"))
    assert urls == {
        "Homepage": REPO,
        "Documentation": f"{REPO}/blob/main/README.md",
        "Changelog": f"{REPO}/blob/main/CHANGELOG.md",
        "Issues": f"{REPO}/issues",
    }
    # The long description is the README, whose install and usage lines PyPI shows.
    body = meta.get_payload()
    assert isinstance(body, str)
    assert body.strip() == (ROOT / "README.md").read_text(encoding="utf-8").strip()


def test_classifiers_are_known_to_the_index() -> None:
    import trove_classifiers  # a dependency of hatchling, the build backend

    assert trove_classifiers.classifiers >= CLASSIFIERS
    assert not CLASSIFIERS & set(trove_classifiers.deprecated_classifiers)


def test_twine_check_passes_on_both_artefacts(dist: tuple[Path, Path]) -> None:
    # --strict: warnings fail too (a README that would not render, a missing content type).
    result = subprocess.run(
        [sys.executable, "-m", "twine", "--no-color", "check", "--strict", *map(str, dist)],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "1000"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for path in dist:
        assert re.search(rf"^Checking \S*/{re.escape(path.name)}: PASSED$", result.stdout, re.M)


def test_sdist_holds_the_suite_and_what_it_reads(dist: tuple[Path, Path]) -> None:
    sdist, _ = dist
    with tarfile.open(sdist) as tf:
        members = tf.getnames()
        info = tf.extractfile(f"{STEM}/PKG-INFO")
        assert info is not None
        meta = _metadata(info.read().decode())
    assert all(m == STEM or m.startswith(f"{STEM}/") for m in members)
    names = {m.removeprefix(f"{STEM}/") for m in members}
    assert meta["Name"] == DIST and meta["License-Expression"] == "MIT"
    for required in (
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "facts.toml",
        "factcheck/__init__.py",
        "factcheck/py.typed",
        "factcheck/check/lexicon.toml",
        "docs/fact-format.md",
        "tests/conftest.py",
        "tests/test_package.py",
        "tests/data/mini.toml",
        "benchmarks/gen_facts.py",  # tests/test_loader.py generates a large base with it
        "benchmarks/claims/heldout-1.jsonl",  # tests/test_cache.py checks these claims
        ".ci/run",  # test_ci_runs_the_readme_test_command reads it
    ):
        assert required in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.split("/")[0] in {".venv", ".git", "dist", "build"}]
    for name in ("LICENSE", "CHANGELOG.md", "facts.toml"):
        with tarfile.open(sdist) as tf:
            member = tf.extractfile(f"{STEM}/{name}")
            assert member is not None
            assert member.read() == (ROOT / name).read_bytes(), name


def test_sdist_holds_every_tracked_file_the_suite_may_read(dist: tuple[Path, Path]) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (the unpacked sdist itself)")
    tracked = subprocess.run(
        ["git", "ls-files", "--", "factcheck", "tests", "docs", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert "tests/conftest.py" in tracked
    with tarfile.open(dist[0]) as tf:
        names = {m.removeprefix(f"{STEM}/") for m in tf.getnames()}
    present = [t for t in tracked if (ROOT / t).exists()]  # not one being deleted right now
    missing = [t for t in present if t not in names]
    assert not missing


def test_changelog_opens_with_unreleased_then_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert "https://keepachangelog.com/en/1.1.0/" in text
    headings = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, re.M)
    assert headings[0] == ("Unreleased", "")
    assert headings[1][0] == __version__ and headings[1][1]  # the newest release is this one
    assert ("0.1.0", "2026-12-01") in headings
    unreleased = text.split("## [Unreleased]", 1)[1].split("\n## [", 1)[0]
    assert f"`{DIST}`" in unreleased
    for version, _ in headings:  # each heading links to its changes
        assert re.search(rf"^\[{re.escape(version)}\]: {re.escape(REPO)}/", text, re.M), version
    sections = re.findall(r"^### (\w+)$", unreleased, re.M)  # Keep a Changelog's kinds
    assert sections and set(sections) <= {
        "Added",
        "Changed",
        "Deprecated",
        "Removed",
        "Fixed",
        "Security",
    }


def test_licence_file_is_mit_with_the_authors() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 the factcheck authors\n")
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text


def test_wheel_installed_in_a_fresh_venv_runs_the_command(wheel: Path, tmp_path: Path) -> None:
    # The one test that needs an index: the wheel's dependencies come from PyPI (~10 s).
    # HOME and the XDG directories point into tmp_path: the user's home, cache and pip
    # cache are never read or written.
    home, cache, data = tmp_path / "home", tmp_path / "cache", tmp_path / "data"
    for d in (home, cache, data):
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTCHECK_", "PYTHON"))}
    env |= {"HOME": str(home), "XDG_CACHE_HOME": str(cache), "XDG_DATA_HOME": str(data)}
    env |= {"XDG_CONFIG_HOME": str(home / ".config"), "LANG": "C.UTF-8"}
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    install = subprocess.run(
        [str(bindir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    elsewhere = tmp_path / "elsewhere"  # not the checkout: the installed copy must run
    elsewhere.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = shutil.which(args[0], path=env["PATH"])
        assert command is not None and Path(command).parent == bindir, command
        return subprocess.run(
            [command, *args[1:]], cwd=elsewhere, env=env, capture_output=True, text=True
        )

    shown = run("python", "-m", "pip", "show", DIST)
    assert f"Name: {DIST}\nVersion: {__version__}\n" in shown.stdout
    assert run("python", "-m", "pip", "check").returncode == 0
    where = run("python", "-c", "import factcheck; print(factcheck.__file__)")
    assert Path(where.stdout.strip()).is_relative_to(venv)

    version = run("factcheck", "--version")
    assert (version.returncode, version.stdout) == (0, f"factcheck {__version__}\n")
    checked = run("factcheck", "check", "Russia abstained on resolution 2735")
    assert checked.returncode == 0, checked.stdout + checked.stderr  # 0: supported
    assert checked.stdout.startswith("SUPPORTED  Russia abstained on resolution 2735\n")
    assert "unsc-2735-vote" in checked.stdout
    # The compiled base went to the XDG cache directory given, under the command's name.
    assert list((cache / "factcheck").glob("facts-*.sqlite"))
    assert not list(elsewhere.iterdir())


def test_installed_wheel_runs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _run(target, elsewhere, "validate")
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stderr  # the installed copy ran, not the checkout
    assert str(target / "factcheck" / "facts.toml") in result.stdout


def test_editable_layout_falls_back_to_the_checkout_file(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    shutil.copytree(
        ROOT / "factcheck",
        checkout / "factcheck",
        ignore=shutil.ignore_patterns("__pycache__", "facts.toml"),
    )
    shutil.copy(ROOT / "facts.toml", checkout / "facts.toml")
    result = _run(checkout, tmp_path, "validate")
    assert result.returncode == 0, result.stderr
    assert str(checkout / "facts.toml") in result.stdout


@pytest.mark.parametrize("args", ["list", "list --json", "timeline"])
def test_python_dash_m_and_closed_pipe(tmp_path: Path, args: str) -> None:
    # The embedded base's output is larger than a pipe's buffer, so the pipe really breaks.
    shell = f"{sys.executable} -m factcheck {args} | head -1"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=tmp_path)
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == ""


def test_ci_runs_the_readme_test_command() -> None:
    # Found by what they say, not where they stand, so the README may move them.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0].strip() for b in readme.split("```sh\n")[1:]]
    installs = [b for b in blocks if "pip install ." in b and "factcheck" in b]
    assert installs, "the README shows how to install from the checkout"
    tests = [b for b in blocks if "/pytest" in b]
    assert len(tests) == 1, "the README gives one test command"
    (test,) = tests
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for tool in ("ruff check", "ruff format --check", "mypy --strict factcheck", "pytest"):
        assert tool in test
