"""Each table's contract (news_etl/contracts.py) is what the DDL creates and what the suite checks."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb
import pytest

from news_etl import warehouse
from news_etl.contracts import CONTRACTS, TABLES, TableContract
from news_etl.staging import SCHEMAS


def _suite(table: str) -> list[dict[str, Any]]:
    spec = json.loads(files("news_etl.expectations").joinpath(f"{table}.json").read_text(encoding="utf-8"))
    assert spec["name"] == table
    return list(spec["expectations"])


def _columns_named(expectation: dict[str, Any]) -> list[str]:
    kwargs = expectation["kwargs"]
    names = [kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs]
    return names + list(kwargs.get("column_list", []))


@pytest.fixture(scope="module")
def ddl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, tuple[str, bool]]]:
    """table -> column -> (DuckDB type, nullable) as the migrations (`sql/migrations/`) create them."""
    db = Path(tmp_path_factory.mktemp("contracts")) / "w.duckdb"
    with warehouse.open_warehouse(db) as con:
        return {t: _describe(con, t) for t in (*TABLES, "etl_run")}


def _describe(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, tuple[str, bool]]:
    rows = con.execute(f"DESCRIBE {table}").fetchall()
    return {name: (kind, null == "YES") for name, kind, null, *_ in rows}


@pytest.mark.parametrize("contract", CONTRACTS.values(), ids=TABLES)
def test_ddl_has_exactly_the_contract_columns(contract: TableContract, ddl: dict) -> None:
    expected = {c.name: (c.duckdb_type, c.nullable) for c in contract.stored_columns}
    assert ddl[contract.table] == expected


@pytest.mark.parametrize("contract", CONTRACTS.values(), ids=TABLES)
def test_staging_schema_is_the_contract(contract: TableContract) -> None:
    assert SCHEMAS[contract.table].names == [c.name for c in contract.staged_columns]
    assert [f.type for f in SCHEMAS[contract.table]] == [c.type for c in contract.staged_columns]


@pytest.mark.parametrize("contract", CONTRACTS.values(), ids=TABLES)
def test_suite_names_only_contract_columns(contract: TableContract) -> None:
    staged = {c.name for c in contract.staged_columns}
    for expectation in _suite(contract.table):
        assert set(_columns_named(expectation)) <= staged, expectation


@pytest.mark.parametrize("contract", CONTRACTS.values(), ids=TABLES)
def test_suite_refuses_nulls_the_table_cannot_hold(contract: TableContract) -> None:
    """A NULL bound for a NOT NULL column must be quarantined as a row, never fail the batch's load."""
    not_null = {
        e["kwargs"]["column"] for e in _suite(contract.table) if e["type"] == "expect_column_values_to_not_be_null"
    }
    required = {c.name for c in contract.staged_columns if not c.nullable and c.stored}
    assert required - not_null == set()


@pytest.mark.parametrize("contract", CONTRACTS.values(), ids=TABLES)
def test_suite_checks_the_staged_key(contract: TableContract) -> None:
    keys = [
        tuple(_columns_named(e))
        for e in _suite(contract.table)
        if e["type"] in ("expect_compound_columns_to_be_unique", "expect_column_values_to_be_unique")
    ]
    assert contract.staged_key in keys


@pytest.mark.parametrize("contract", CONTRACTS.values(), ids=TABLES)
def test_closed_value_sets_match(contract: TableContract) -> None:
    in_set = {
        e["kwargs"]["column"]: set(e["kwargs"]["value_set"])
        for e in _suite(contract.table)
        if e["type"] == "expect_column_values_to_be_in_set" and isinstance(e["kwargs"]["value_set"], list)
    }
    declared = {c.name: set(c.values) for c in contract.columns if c.values is not None}
    assert in_set == declared


def test_run_record_counts_rows_of_every_table(ddl: dict) -> None:
    assert {f"rows_{t}" for t in TABLES} <= set(ddl["etl_run"])


@pytest.mark.parametrize("contract", CONTRACTS.values(), ids=TABLES)
def test_parents_are_validated_first_and_their_columns_exist(contract: TableContract) -> None:
    """quality.py validates tables in TABLES order: a parent's clean rows are known before its children's."""
    staged = {c.name for c in contract.staged_columns}
    for parent in contract.parents:
        assert TABLES.index(parent.table) < TABLES.index(contract.table)
        assert set(parent.columns) <= staged
        assert set(parent.parent_columns) <= {c.name for c in CONTRACTS[parent.table].staged_columns}
    assert contract.table == "dim_article" or contract.parents[0].table == "dim_article"
