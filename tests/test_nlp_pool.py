"""The NLP worker pool: workers forked from a fork server that preloaded the model, and a run's first batch
extracted before its extract step asks for it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from pathlib import Path

import pytest

from news_etl import pipeline
from news_etl.config import Settings
from news_etl.discovery import plan_run
from news_etl.nlp_pool import NLP_NICENESS
from news_etl.pipeline import POOL_MIN_ARTICLES, _prefetched, extract_batch, pool_for, start_nlp_and_prefetch
from tests.conftest import SAMPLE_INBOX, settle

pytestmark = pytest.mark.slow


def _worker_uses_the_preloaded_pipeline() -> tuple[bool, bool]:
    """In a worker: whether the fork server preloaded a pipeline, and whether the worker runs that one."""
    import news_etl.nlp_pool as pool

    preload = sys.modules.get("news_etl.nlp_preload")
    preloaded = getattr(preload, "preloaded", None)
    return preloaded is not None, preloaded is not None and pool._worker_nlp is preloaded[2]


def test_workers_share_the_pipeline_the_fork_server_loaded() -> None:
    settings = Settings(n_process=2)
    pool = pool_for(settings.spacy_model, settings.spacy_components, 2)
    pool.warm()
    answers = [pool._executor.submit(_worker_uses_the_preloaded_pipeline).result() for _ in range(4)]
    assert answers == [(True, True)] * 4
    assert len(set(pool.pids())) == 2


def test_the_nlp_runs_below_the_run_in_priority() -> None:
    """The fork server and its workers yield the cores to the run process and Prefect's server."""
    settings = Settings(n_process=2)
    pool = pool_for(settings.spacy_model, settings.spacy_components, 2)
    pool.warm()
    assert os.getpriority(os.PRIO_PROCESS, 0) < NLP_NICENESS
    assert [os.getpriority(os.PRIO_PROCESS, pid) for pid in pool.pids()] == [NLP_NICENESS] * 2


def _backlog(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    sources = sorted(SAMPLE_INBOX.glob("*.txt"))
    paths = []
    for i in range(count):
        path = folder / f"{i:03d}.txt"
        path.write_text(sources[i % len(sources)].read_text(encoding="utf-8") + f"\n\nUpdate {i}.\n", encoding="utf-8")
        settle(path)
        paths.append(path)
    return paths


def _plan(inbox: Path, settings: Settings):
    return plan_run(inbox, settings.file_glob, {}, {}, settings.max_file_bytes, settings.settle_seconds)


def _outcome(batch) -> list[tuple]:
    """What a batch's extraction says, without its timing."""
    return sorted(
        (e.article.path, len(e.entities), tuple((m.amount_low, m.currency) for m in e.money)) for e in batch.extractions
    ) + sorted((d.file.rel, d.status, d.reason) for d in batch.decided)


def test_the_first_batch_is_extracted_ahead_and_taken_by_the_extract_step(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _backlog(inbox, POOL_MIN_ARTICLES + 2)
    settings = Settings(n_process=2, inbox=inbox)
    candidates = _plan(inbox, settings).candidates
    today = dt.date(2026, 1, 1)
    expected = _outcome(extract_batch(candidates, settings, today))

    start_nlp_and_prefetch(candidates, settings)
    with pipeline._prefetching:  # the prefetch has submitted its chunks
        (ahead,) = _prefetched.values()
    pool = pool_for(settings.spacy_model, settings.spacy_components, 2)
    submitted = pool.submit
    calls: list[int] = []
    pool.submit = lambda *a, **k: calls.append(1) or submitted(*a, **k)  # type: ignore[method-assign]
    try:
        taken = extract_batch(candidates, settings, today)
    finally:
        del pool.submit
    assert calls == [] and all(f.done() for f in ahead)  # every chunk came from the prefetch
    assert _outcome(taken) == expected
    assert not _prefetched


def test_a_file_changed_after_the_prefetch_is_extracted_as_it_is_then(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    paths = _backlog(inbox, POOL_MIN_ARTICLES + 2)
    settings = Settings(n_process=2, inbox=inbox)
    plan = _plan(inbox, settings)
    today = dt.date(2026, 1, 1)
    start_nlp_and_prefetch(plan.candidates, settings)
    paths[0].write_text("date 2020-07-25\nA rewritten article about $5 million.\n", encoding="utf-8")
    settle(paths[0])
    rewritten = dataclasses.replace(plan.candidates[0])  # discovery saw the old bytes: the step defers it
    batch = extract_batch([rewritten, *plan.candidates[1:]], settings, today)
    assert batch.deferred == [plan.candidates[0].file.rel]
    assert len(batch.extractions) == len(plan.candidates) - 1
    assert not _prefetched  # the prefetch of the old version was dropped, not kept
