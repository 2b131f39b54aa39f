"""The code stays lint-clean (ruff) and type-checks (mypy --strict), both configured in pyproject.toml."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed (pip install -e '.[dev]')")
def test_ruff_clean():
    res = subprocess.run(["ruff", "check", "src", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.skipif(shutil.which("mypy") is None, reason="mypy is not installed (pip install -e '.[dev]')")
def test_mypy_strict_clean():
    """src/ type-checks under mypy --strict (configured in pyproject.toml; untyped libraries listed there)."""
    res = subprocess.run(["mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stdout[-3000:]


def _body_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines of a function without its docstring."""
    body = node.body
    first = body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        if len(body) == 1:
            return 0
        first = body[1]
    return int(node.end_lineno or first.lineno) - first.lineno + 1


def test_no_function_over_sixty_lines():
    """Functions short enough to read at once (docstring excluded), as the style guide asks."""
    long = []
    for path in sorted((ROOT / "src" / "conflict_ie").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _body_lines(node) > 60:
                long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({_body_lines(node)} lines)")
    assert long == []


def _imports(path: Path) -> set[str]:
    """The package-relative modules a module imports (``from ..resolve import x`` -> "resolve")."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level and node.module:
            parts = path.relative_to(ROOT / "src" / "conflict_ie").parts[:-1]
            base = list(parts[: len(parts) - (node.level - 1)]) if node.level > 1 else list(parts)
            out.add(".".join([*base, *node.module.split(".")]))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("conflict_ie."):
            out.add(node.module.removeprefix("conflict_ie."))
    return out


def test_imports_run_one_way():
    """components <- resolve <- combined: the taggers never import the resolver or the combined
    component, and the resolver never imports the combined component (no package-level cycle)."""
    package = ROOT / "src" / "conflict_ie"
    wrong = []
    for sub, banned in (("components", ("resolve", "combined")), ("resolve", ("combined",))):
        for path in sorted((package / sub).glob("*.py")):
            hits = [m for m in _imports(path) if m.split(".")[0] in banned]
            wrong.extend(f"{path.relative_to(ROOT)} imports {m}" for m in hits)
    assert wrong == []
