"""The shipped sample's warehouse has the recorded fingerprint: a change of structure must leave every table's
rows as they were (`python -m benchmarks.fingerprint --update` records a deliberate change of what is extracted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.fingerprint import FINGERPRINTS, digest

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]


def changed_tables(name: str, db: Path) -> dict[str, object]:
    """The tables whose rows differ from the recorded fingerprint `name`: what was recorded, what is now."""
    recorded = json.loads(FINGERPRINTS.read_text(encoding="utf-8"))[name]
    now = digest(db)
    return {t: (recorded.get(t), now.get(t)) for t in sorted(set(recorded) | set(now)) if recorded.get(t) != now.get(t)}


def test_the_sample_warehouse_has_the_recorded_fingerprint(sample_build: tuple[Path, Path]) -> None:
    assert changed_tables("sample", sample_build[1]) == {}
