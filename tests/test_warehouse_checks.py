"""The built-table checks: every key in its dimension, keys unique, closed sets; a planted orphan is named."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from news_etl import warehouse
from news_etl.warehouse_checks import CHECKS, WarehouseCheckFailed, check_warehouse, failing_checks
from tests.conftest import query, write_article


@pytest.fixture(scope="module")
def new_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse with its schema and reference data, no article: built once, copied by each test."""
    db = tmp_path_factory.mktemp("checks") / "new.duckdb"
    with warehouse.open_warehouse(db):
        pass
    return db


@pytest.fixture
def con(new_warehouse: Path, tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    copy = tmp_path / "w.duckdb"
    shutil.copy(new_warehouse, copy)
    connection = duckdb.connect(str(copy))
    yield connection
    connection.close()


def _plant_article(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT INTO etl_run (run_id, started_at, status) VALUES ('r1', now(), 'completed')")
    con.execute(
        "INSERT INTO dim_article (article_id, path, sha256, date_missing, word_count, char_count, encoding, body, "
        "loaded_run_id, loaded_at, is_current) VALUES (1, 'a.txt', 'x', false, 1, 5, 'utf-8', 'Alice', 'r1', now(), "
        "true)"
    )


def test_every_check_passes_on_a_new_warehouse(con: duckdb.DuckDBPyConnection) -> None:
    assert failing_checks(con) == []
    assert check_warehouse(con) == len(CHECKS)


def test_an_orphan_fact_is_named_with_its_table_and_key(con: duckdb.DuckDBPyConnection) -> None:
    _plant_article(con)
    con.execute(
        "INSERT INTO fact_entity_mention (article_id, entity_key, label, surface_text, start_char, end_char, "
        "sentence_index, sentence_text, run_id) VALUES (1, 'PERSON:alice', 'PERSON', 'Alice', 0, 5, 0, 'Alice', "
        "'r1')"
    )
    (failure,) = failing_checks(con)
    assert failure.check == "relationship fact_entity_mention(entity_key) -> dim_entity(entity_key)"
    assert failure.rows == 1
    assert failure.examples == ("entity_key=PERSON:alice",)
    with pytest.raises(WarehouseCheckFailed, match=r"fact_entity_mention\(entity_key\).*PERSON:alice"):
        check_warehouse(con)


def test_a_value_outside_its_closed_set_and_a_second_current_version_are_named(con: duckdb.DuckDBPyConnection) -> None:
    _plant_article(con)
    con.execute(
        "INSERT INTO dim_article (article_id, path, sha256, date_missing, word_count, char_count, encoding, body, "
        "loaded_run_id, loaded_at, is_current) VALUES (2, 'a.txt', 'y', false, 1, 3, 'ebcdic', 'Bob', 'r1', "
        "now(), true)"
    )
    failures = {f.check: f.examples for f in failing_checks(con)}
    assert failures == {
        "unique dim_article(path) where is_current": ("path=a.txt",),
        "accepted values dim_article.encoding": ("ebcdic",),
    }


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_a_run_over_a_warehouse_with_an_orphan_fails_its_check_task_naming_it(inbox: Path, tmp_path: Path) -> None:
    from flows.ingest import ingest_articles
    from tests.conftest import run

    db = tmp_path / "w.duckdb"
    run(inbox, db)
    con = duckdb.connect(str(db))
    try:
        con.execute(
            "UPDATE fact_money_entity SET entity_key = 'ORG:gone' WHERE rowid = (SELECT min(rowid) "
            "FROM fact_money_entity)"
        )
    finally:
        con.close()
    write_article(inbox, "new.txt", "date 2021-03-04\nThe city of Austin received $5 million from Texas.\n")
    with pytest.raises(WarehouseCheckFailed, match=r"fact_money_entity\(entity_key\).*ORG:gone"):
        ingest_articles(inbox=str(inbox), db=str(db))
    ((status, error),) = query(db, "SELECT status, error FROM etl_run ORDER BY started_at DESC LIMIT 1")
    assert status == "failed"
    assert "entity_key=ORG:gone" in error
