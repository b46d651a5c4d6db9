"""Prefect orchestration of news-etl: flows and tasks only; the work itself lives in transforms/ and news_etl/."""
