"""What the fork server of `news-etl serve`'s flow runs holds before it forks a run: the flow's modules (Prefect,
pandas, DuckDB, Great Expectations; spaCy stays in the NLP service's workers) and the Great Expectations context
with the project's suites (`news_etl.pipeline.validator_for`), built once here instead of once in every flow run.
"""

from __future__ import annotations

import logging

import flows.ingest  # noqa: F401 - imported for the runs forked from here
from news_etl.config import load_settings
from news_etl.pipeline import validator_for


def _build_validator() -> None:
    try:
        validator_for(load_settings().entity_labels)
    except Exception as exc:  # noqa: BLE001 - each run then builds the context itself, and says what is wrong
        logging.getLogger(__name__).warning("the flow runs' fork server could not build the GX context: %s", exc)


_build_validator()
