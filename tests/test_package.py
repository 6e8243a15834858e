"""Packaging: the wheel carries facts.toml, and both a wheel and an editable layout find it."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("factcheck-*.whl")
    return path


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
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0].strip() for b in readme.split("```sh\n")[1:3]]
    assert len(blocks) == 2, "the README opens with exactly two commands"
    install, test = blocks
    assert "pip install ." in install and "factcheck" in install
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for tool in ("ruff check", "ruff format --check", "mypy --strict factcheck", "pytest"):
        assert tool in test
