"""Which spelling and country code a `dim_entity` row gets (`sql/load/030_insert_dim_entity.sql`), on a real
DuckDB warehouse: the same mentions in any order, in one batch or several, give the same rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from news_etl import warehouse

Mention = tuple[str, str, str, str | None]
MENTIONS: list[Mention] = [
    ("ORG:el tps", "el TPS", "ORG", None),
    ("ORG:el tps", "El TPS", "ORG", None),
    ("ORG:la frn", "la FRN", "ORG", None),
    ("ORG:la frn", "La FRN", "ORG", None),
    ("ORG:la frn", "la FRN", "ORG", None),
    ("GPE:georgia", "Georgia", "GPE", "US"),
    ("GPE:georgia", "Georgia", "GPE", "GE"),
    ("GPE:georgia", "Georgia", "GPE", None),
]
EXPECTED = [("GPE:georgia", "Georgia", "GE"), ("ORG:el tps", "El TPS", None), ("ORG:la frn", "la FRN", None)]


@pytest.fixture(scope="module")
def empty_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new warehouse with its schema, copied by each case."""
    db = tmp_path_factory.mktemp("spelling") / "empty.duckdb"
    con = warehouse.connect(db)
    try:
        warehouse.apply_schema(con)
    finally:
        con.close()
    return db


def entities_after(empty: Path, db: Path, batches: list[list[Mention]]) -> list[tuple]:
    """The `dim_entity` rows of a copy of the `empty` warehouse after loading each batch of staged mentions."""
    con = warehouse.connect(Path(shutil.copy(empty, db)))
    try:
        columns = ("entity_key", "canonical_name", "label", "country_code")
        for i, batch in enumerate(batches):
            con.execute(f"SET VARIABLE run_id = 'r{i}'")
            con.register("stg_entity_mention", pa.table({c: [m[n] for m in batch] for n, c in enumerate(columns)}))
            con.execute(warehouse.sql_file("load/030_insert_dim_entity.sql"))
            con.unregister("stg_entity_mention")
        return con.execute("SELECT entity_key, canonical_name, country_code FROM dim_entity ORDER BY 1").fetchall()
    finally:
        con.close()


def test_the_most_written_spelling_wins_and_a_tie_goes_to_the_first_in_byte_order_in_any_order(
    empty_warehouse: Path, tmp_path: Path
) -> None:
    for i, order in enumerate((MENTIONS, MENTIONS[::-1], MENTIONS[1::2] + MENTIONS[::2])):
        assert entities_after(empty_warehouse, tmp_path / f"{i}.duckdb", [order]) == EXPECTED


def test_a_spelling_is_counted_across_batches_and_runs_as_in_one_batch(empty_warehouse: Path, tmp_path: Path) -> None:
    """The first batch writes 'el TPS' and 'La FRN' once each; the second outwrites or ties them."""
    first = [MENTIONS[0], MENTIONS[3]]
    rest = [m for i, m in enumerate(MENTIONS) if i not in (0, 3)]
    assert entities_after(empty_warehouse, tmp_path / "w.duckdb", [first, rest]) == EXPECTED
