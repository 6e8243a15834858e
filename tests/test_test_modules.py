"""The test modules themselves: a fact file constant defined twice in one module silently
replaces the first for every test that uses it, so each name is bound once."""

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted(Path(__file__).parent.glob("test_*.py"))


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_each_module_level_name_is_bound_once(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    names.update(node.name for node in tree.body if isinstance(node, ast.FunctionDef))
    assert [n for n, k in names.items() if k > 1] == []
