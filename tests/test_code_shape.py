"""No function or method over 60 lines in the three packages: each is read with `ast`, its length counted
from `def` to its last line (docstring included). The allowlist names functions being split now; it only
shrinks: an allowlisted function that has become short fails the test until its entry is removed."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("transforms", "news_etl", "flows")
LONGEST = 60

#: (file, qualified name) of functions still over the limit, while they are being split: none are.
ALLOWED_LONG: frozenset[tuple[str, str]] = frozenset()


def _functions(node: ast.AST, prefix: str = "") -> Iterator[tuple[str, int]]:
    """(qualified name, lines) of every function and method under `node`, nested ones included."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            assert child.end_lineno is not None
            yield prefix + child.name, child.end_lineno - child.lineno + 1
            yield from _functions(child, f"{prefix}{child.name}.")
        elif isinstance(child, ast.ClassDef):
            yield from _functions(child, f"{prefix}{child.name}.")


def _lengths() -> dict[tuple[str, str], int]:
    lengths = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for name, lines in _functions(tree):
                lengths[(path.relative_to(ROOT).as_posix(), name)] = lines
    return lengths


def test_no_function_is_over_60_lines() -> None:
    long = {key: lines for key, lines in _lengths().items() if lines > LONGEST and key not in ALLOWED_LONG}
    assert long == {}, "split these (lines from def to the last line): " + ", ".join(
        f"{path} {name} ({lines})" for (path, name), lines in sorted(long.items())
    )


def test_the_allowlist_names_only_functions_still_over_60_lines() -> None:
    lengths = _lengths()
    short = sorted(key for key in ALLOWED_LONG if lengths.get(key, 0) <= LONGEST)
    assert short == [], f"remove from ALLOWED_LONG (gone or {LONGEST} lines or fewer now): {short}"


def test_lines_count_from_def_with_docstrings_and_nested_functions() -> None:
    source = 'class A:\n    @staticmethod\n    def f():\n        """Doc."""\n\n        def g():\n            pass\n'
    assert dict(_functions(ast.parse(source))) == {"A.f": 5, "A.f.g": 2}
