"""Serving `ingest-articles` as a scheduled Prefect deployment that never runs twice at once, with the NLP
workers warm between runs and flow runs started from a process that has already imported the pipeline."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import multiprocessing.context
import multiprocessing.forkserver
from typing import Any

import prefect.flow_engine
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

from flows.ingest import ingest_articles
from news_etl.config import Settings
from news_etl.nlp_service import nlp_service

DEFAULT_INTERVAL_SECONDS = 300
#: What the fork server of flow runs imports once, so that no run pays for it: the flow's modules and the Great
#: Expectations context (`flows/run_preload.py`).
FLOW_RUN_PRELOAD = ["flows.run_preload"]


class _ForkserverMultiprocessing:
    """Stands in for the `multiprocessing` module inside `prefect.flow_engine`: its `run_flow_in_subprocess`,
    which the runner calls for each flow run of a served flow, asks for a "spawn" context (a fresh interpreter
    that imports everything again) and gets a forkserver context whose server has imported FLOW_RUN_PRELOAD."""

    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self._context = context

    def get_context(self, method: str | None = None) -> multiprocessing.context.BaseContext:
        return self._context

    def __getattr__(self, name: str) -> Any:
        return getattr(multiprocessing, name)


def start_flow_runs_from_forkserver() -> None:
    """Start the fork server (it imports FLOW_RUN_PRELOAD while the deployment registers) and have Prefect's
    runner fork each flow run from it."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(FLOW_RUN_PRELOAD)
    multiprocessing.forkserver.ensure_running()
    prefect.flow_engine.multiprocessing = _ForkserverMultiprocessing(context)  # type: ignore[assignment]


def serve_ingestion(settings: Settings, cron: str | None, interval: int | None, name: str = "news-etl") -> None:
    """Serve the flow with a schedule. The deployment's parameters are the run's whole configuration, shown
    and editable in the UI: inbox and db, and every other setting as `serve` read it (defaults, news-etl.toml,
    NEWS_ETL_*), so a run does not depend on where the runner happens to start it.

    The deployment allows one run at a time and cancels a scheduled run that would overlap; the run's
    own warehouse lock guards against runs started any other way. The runs extract on the NLP service's
    warm workers (`news_etl.nlp_service`), which end with `serve`.
    """
    every = dt.timedelta(seconds=interval or DEFAULT_INTERVAL_SECONDS)
    schedule: dict = {"cron": cron} if cron else {"interval": every}
    start_flow_runs_from_forkserver()  # its imports overlap the workers' model loads
    with nlp_service(settings):
        ingest_articles.serve(
            name=name,
            parameters={
                "inbox": str(settings.inbox.resolve()),
                "db": str(settings.db.resolve()),
                "settings": settings.model_dump(mode="json", exclude={"inbox", "db"}),
            },
            global_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW),
            description="Ingest new article files into the DuckDB warehouse.",
            tags=["news-etl"],
            **schedule,
        )
