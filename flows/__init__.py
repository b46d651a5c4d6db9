"""Prefect orchestration of news-etl: flows and tasks only; the work itself lives in transforms/ and news_etl/."""

import news_etl  # noqa: F401 - analytics off before a flow module imports Prefect
