"""The cheap benchmarks still run against the current code (they are not timed here, only run)."""

from __future__ import annotations

import sys

import pytest


def test_load_rows_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import load_rows

    monkeypatch.setattr(sys, "argv", ["load_rows", "--rows", "2000"])
    load_rows.main()
    assert "2000 entity-mention rows" in capsys.readouterr().out


def test_entity_accuracy_runs_and_keeps_its_recall(nlp) -> None:
    from benchmarks import entity_accuracy
    from news_etl.config import Settings

    ours = entity_accuracy.score(True, nlp, Settings())
    for metric, (tp, _predicted, gold) in ours.items():
        assert tp == gold, metric  # every hand-annotated entity, country and date value is found
