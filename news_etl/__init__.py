"""news-etl: scheduled ingestion of news-article files into a DuckDB warehouse.

Importing this package switches off Prefect's and Great Expectations' usage analytics unless the
user already chose otherwise: the pipeline runs on machines without internet access.
"""

import os

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# The temporary server migrates its SQLite database on first start, which takes over a minute on a
# small machine; Prefect's default of 20 s would fail the very first run.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "600")
