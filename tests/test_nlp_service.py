"""The NLP service of `news-etl serve`: real workers holding the real model, reached the way flow runs reach it."""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import signal
import time

import pytest

from news_etl.config import Settings
from news_etl.nlp_service import ADDRESS_VARIABLE, nlp_service, service_status
from news_etl.pipeline import run_nlp
from tests.conftest import SEED
from transforms.articles import load_article
from transforms.records import ArticleExtraction


def _articles(n: int) -> list:
    return [load_article(SEED, 1 << 20, dt.date(2026, 1, 1), f"a{i}.txt") for i in range(n)]


def _entities(results: list) -> list:
    assert all(isinstance(r, ArticleExtraction) for r in results)
    return [(r.entities, r.money, r.dates) for r in results]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_until(condition, seconds: float = 120.0) -> bool:
    """Whether `condition()` holds within `seconds` (a bound only a hung process reaches)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.slow
def test_runs_use_the_warm_workers_which_end_when_idle_and_start_again(nlp) -> None:
    settings = Settings(n_process=2, nlp_idle_seconds=2)
    articles = _articles(3)  # fewer than a pool's minimum: the service takes any batch
    expected = _entities(run_nlp(articles, Settings(n_process=1)))
    with nlp_service(settings) as warm:
        assert len(warm) == 2
        assert _entities(run_nlp(articles, settings)) == expected
        assert _entities(run_nlp(articles, settings)) == expected
        assert service_status() == (warm, 2)  # both batches, on the same two workers
        assert _wait_until(lambda: service_status()[0] == [])  # released after 2 s without a request
        assert _wait_until(lambda: not any(_alive(pid) for pid in warm))
        assert _entities(run_nlp(articles, settings)) == expected
        restarted, requests = service_status()
        assert requests == 3 and len(restarted) == 2 and not set(restarted) & set(warm)
    assert ADDRESS_VARIABLE not in os.environ
    assert _wait_until(lambda: not any(_alive(pid) for pid in restarted))  # the service ended its workers


@pytest.mark.slow
def test_a_run_whose_settings_differ_from_the_workers_uses_its_own(nlp, caplog: pytest.LogCaptureFixture) -> None:
    with nlp_service(Settings(n_process=2)):
        run_nlp(_articles(2), Settings(n_process=1))  # another worker count: not the service's workers
        assert service_status()[1] == 0
    assert "gone" not in caplog.text


@pytest.mark.slow
def test_a_dead_service_falls_back_to_the_runs_own_extraction_with_one_warning(
    nlp, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(n_process=2)
    articles = _articles(2)
    with nlp_service(settings):
        (service,) = [p for p in multiprocessing.active_children() if p.name == "news-etl-nlp-service"]
        assert service.pid is not None
        os.kill(service.pid, signal.SIGKILL)
        service.join()
        with caplog.at_level(logging.WARNING, logger="news_etl.nlp_service"):
            first = run_nlp(articles, settings)
            second = run_nlp(articles, settings)
    assert _entities(first) == _entities(second) == _entities(run_nlp(articles, Settings(n_process=1)))
    gone = [r for r in caplog.records if "NLP service of news-etl serve is gone" in r.getMessage()]
    assert len(gone) == 1 and "\n" not in gone[0].getMessage()
