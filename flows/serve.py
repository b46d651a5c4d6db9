"""Serving `ingest-articles` as a scheduled Prefect deployment that never runs twice at once."""

from __future__ import annotations

import datetime as dt

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

from flows.ingest import ingest_articles
from news_etl.config import Settings

DEFAULT_INTERVAL_SECONDS = 300


def serve_ingestion(settings: Settings, cron: str | None, interval: int | None, name: str = "news-etl") -> None:
    """Serve the flow with a schedule. The deployment's parameters are the run's whole configuration, shown
    and editable in the UI: inbox and db, and every other setting as `serve` read it (defaults, news-etl.toml,
    NEWS_ETL_*), so a run does not depend on where the runner happens to start it.

    The deployment allows one run at a time and cancels a scheduled run that would overlap; the run's
    own warehouse lock guards against runs started any other way.
    """
    every = dt.timedelta(seconds=interval or DEFAULT_INTERVAL_SECONDS)
    schedule: dict = {"cron": cron} if cron else {"interval": every}
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
