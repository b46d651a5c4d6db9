"""Imports of third-party modules deferred to their first use: `import great_expectations` imports SciPy's
statistics and Altair's chart schemas (about 1.4 s of CPU together) for expectations and renderers the
project's suites never use. Inside `deferred(...)`, importing one of the named modules gives a module that
runs its code on its first attribute access (`importlib.util.LazyLoader`), so a process that never touches
them never pays for them, and one that does gets the real module."""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import threading
from collections.abc import Iterator, Sequence
from types import ModuleType

#: What Great Expectations imports eagerly and the project's suites and Data Docs pages never use.
GX_UNUSED = ("scipy.stats", "altair")

_lock = threading.Lock()


class _DeferringFinder(importlib.abc.MetaPathFinder):
    """Finds the named modules as the other finders do, and wraps their loader in a LazyLoader."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None


@contextlib.contextmanager
def deferred(names: Sequence[str]) -> Iterator[None]:
    """Within the block, the modules `names` (not yet imported) are imported lazily."""
    finder = _DeferringFinder([n for n in names if n not in sys.modules])
    with _lock:
        sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        with _lock:
            sys.meta_path.remove(finder)
