"""Extraction on a local Dask cluster gives the same warehouse as the single-process run."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.ingest import on_dask

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]


def contents(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "select a.path, m.start_char, m.amount, m.currency_code from fact_money_mention m "
            "join dim_article a using (article_id) "
            "union all select a.path, e.start_char, null, e.entity_key from fact_entity_mention e "
            "join dim_article a using (article_id) order by all"
        ).fetchall()
    finally:
        con.close()


def test_local_dask_cluster_extracts_the_same_facts(
    inbox: Path, tmp_path: Path, sample_build: tuple[Path, Path]
) -> None:
    """The sample on two Dask workers against the session's single-process build of it."""
    dask = on_dask(workers=2)(
        inbox=str(inbox), db=str(tmp_path / "dask.duckdb"), batch_size=2, n_process=1, extract_ahead=2
    )
    assert dask["status"] == "completed"
    assert dask["rows"]["dim_article"] == 6
    assert contents(tmp_path / "dask.duckdb") == contents(sample_build[1])
