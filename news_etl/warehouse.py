"""The DuckDB warehouse: applying `sql/`, loading staged batches in one transaction each, run records.

All SQL lives in `sql/`: `migrations/` (numbered DDL, each applied once; news_etl/schema.py), `reference/`
(the calendar), `load/` (per batch, run in file-name order inside one transaction), `run/` (per run),
`views/` (analysis views, in dependency order). This module only executes it; opening the file, its
integrity check and the reads discovery makes are news_etl/warehouse_file.py's.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from news_etl import fx, schema
from news_etl.contracts import CONTRACTS
from news_etl.identity import merge_batch_entities
from news_etl.lock import warehouse_lock
from news_etl.money_events import link_batch_money_events
from news_etl.staging import StagedBatch, quarantine_frame
from news_etl.warehouse_file import (
    SQL_DIR,
    WarehouseUnavailable,
    check_integrity,
    connect,
    mark_verified,
    schema_complete,
    sql_file,
)
from transforms.aliases import EntityAliases
from transforms.currencies import iso_4217
from transforms.vocab import FIRST_YEAR, LAST_YEAR


class WarehouseFull(WarehouseUnavailable):
    """The disk under the warehouse is full: the batch being written was rolled back, earlier ones are kept."""


#: How DuckDB and the OS say a write found no room (ENOSPC, EFBIG, EDQUOT).
_NO_ROOM = ("No space left on device", "File too large", "Disk quota exceeded", "not enough space")


def write_failure(exc: BaseException, db: Path) -> WarehouseFull | None:
    """`exc` as a one-line `WarehouseFull` naming the file when it is a write that found no room, else None."""
    text = str(exc)
    reason = next((r for r in _NO_ROOM if r.lower() in text.lower()), None)
    if reason is None or not isinstance(exc, duckdb.Error | OSError):
        return None
    said = text.strip().splitlines()[0][:300]
    return WarehouseFull(
        f"could not write the warehouse {db}: {reason} ({said}). What was being written was rolled back and "
        "every batch committed before it is kept: free space and run again, the next run takes up where this one "
        "stopped"
    )


def _sql_files(folder: str) -> list[Traversable]:
    """The `.sql` files of a folder of `sql/`, in file-name order (the order they run in)."""
    return sorted((p for p in SQL_DIR.joinpath(folder).iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr)


@contextlib.contextmanager
def open_warehouse(
    db: Path, wait_seconds: float = 0.0, report: Callable[[str], object] = _to_stderr
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to a warehouse that passed its integrity check, with its migrations, reference
    data and views applied; a file whose schema was never finished is completed, and one made by an earlier
    version is upgraded, each in one line to `report` (a new file is created silently)."""
    new = not db.exists()
    con = connect(db, wait_seconds=wait_seconds)
    try:
        check_integrity(con, db)
        _refuse_newer_schema(con, db)
        unfinished = unfinished_schema(con, db)
        applied = apply_schema(con)
        if unfinished and not new:
            report(unfinished + "; completed it")
        elif applied and not new:
            names = ", ".join(m.name for m in applied)
            report(f"warehouse {db} upgraded to schema version {applied[-1].version} ({names})")
        yield con
    finally:
        con.close()


def unfinished_schema(con: duckdb.DuckDBPyConnection, db: Path) -> str | None:
    """One line saying what is missing when the warehouse's schema was never completed, else None."""
    if schema_complete(con):
        return None
    ((tables,),) = con.execute("SELECT count(*) FROM duckdb_tables() WHERE NOT temporary").fetchall()
    if tables == 0:
        return f"warehouse {db} has no tables (a run was stopped while creating it)"
    return f"warehouse {db} has {tables} tables but no schema_version row (made before it, or never finished)"


def apply_schema(con: duckdb.DuckDBPyConnection) -> list[schema.Migration]:
    """Apply the migrations the warehouse lacks (news_etl/schema.py), fill the reference data and (re)create
    the views, all in one transaction: a warehouse is either complete or as it was. Returns the migrations
    applied."""
    with transaction(con):
        applied = schema.migrate(con)
        _fill_reference_data(con)
        schema.create_views(con)
    return applied


def _refuse_newer_schema(con: duckdb.DuckDBPyConnection, db: Path) -> None:
    """Raise `WarehouseUnavailable` when a newer news-etl wrote the warehouse (migrations this one lacks)."""
    known = schema.read_migrations()
    newer = schema.unknown_versions(con, known)
    if newer:
        raise WarehouseUnavailable(
            f"warehouse {db} has schema version {newer[-1]}, newer than this news-etl's {known[-1].version}: "
            "open it with the news-etl that wrote it, or a newer one"
        )


def _fill_reference_data(con: duckdb.DuckDBPyConnection) -> None:
    """The calendar (dim_date), ISO 4217 currencies and the ECB rates published since the last one loaded."""
    con.execute("SET VARIABLE first_year = ?", [FIRST_YEAR])
    con.execute("SET VARIABLE last_year = ?", [LAST_YEAR])
    con.execute(sql_file("reference/dim_date.sql"))
    currencies = pa.table({"currency_code": list(iso_4217()), "currency_name": list(iso_4217().values())})
    con.register("ref_currency", currencies)
    con.execute(
        "INSERT INTO dim_currency SELECT * FROM ref_currency "
        "WHERE currency_code NOT IN (SELECT currency_code FROM dim_currency)"
    )
    con.unregister("ref_currency")
    ((latest,),) = con.execute("SELECT max(rate_date) FROM dim_fx_rate").fetchall()
    con.register("ref_fx_rate", fx.rates_after(latest))
    con.execute("INSERT INTO dim_fx_rate SELECT * FROM ref_fx_rate")
    con.unregister("ref_fx_rate")


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error as rollback_error:  # the original error is the one to report
            exc.add_note(f"ROLLBACK failed too: {rollback_error}")
        raise
    con.execute("COMMIT")


SOURCE_FILE_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        ("size_bytes", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("sha256", pa.string()),
        ("status", pa.string()),
        ("reason", pa.string()),
        ("doc_index", pa.int32()),
    ]
)
_STAGING_NAMES = {table: contract.staging_view for table, contract in CONTRACTS.items()}


@dataclass(frozen=True)
class LoadCounts:
    rows: dict[str, int]


def load_batch(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    staged: StagedBatch,
    source_files: list[dict[str, Any]],
    quarantine: list[dict[str, Any]],
    aliases: EntityAliases | None = None,
    batch_no: int = 0,
) -> LoadCounts:
    """Load one validated batch and the inbox state of its files, all or nothing, exactly once.

    Runs `sql/load/*.sql` in order, then merges the keys that name one entity (news_etl/identity.py;
    `aliases`' keep rules pin keys), links money events across articles (news_etl/money_events.py), and
    records (`run_id`, `batch_no`) in `etl_batch`, inside a single
    transaction: a crash anywhere leaves the warehouse as it was before the batch, and a retry of a batch
    that did commit finds its record and loads nothing again (its recorded counts are returned). The counts
    are the rows the batch inserted, per table, as the warehouse counts them.
    """
    registered = []
    try:
        with transaction(con):
            done = con.execute(
                "SELECT rows FROM etl_batch WHERE run_id = ? AND batch_no = ?", [run_id, batch_no]
            ).fetchall()
            if done:
                return LoadCounts(json.loads(done[0][0]))
            con.execute("SET VARIABLE run_id = ?", [run_id])
            for table, name in _STAGING_NAMES.items():
                con.register(name, staged.arrow(table))
                registered.append(name)
            con.register("stg_source_file", pa.Table.from_pylist(source_files, schema=SOURCE_FILE_SCHEMA))
            con.register("stg_quarantine", quarantine_frame(quarantine))
            registered += ["stg_source_file", "stg_quarantine"]
            for path in _sql_files("load"):
                con.execute(path.read_text(encoding="utf-8"))
            ((retired,),) = con.execute("SELECT count(*) FROM refused_edit").fetchall()
            mentions = staged.frames["fact_entity_mention"]
            merge_batch_entities(
                con,
                sorted(set(zip(mentions["canonical_name"], mentions["label"], strict=True))),
                aliases,
                {"candidates": sql_file("run/identity_candidates.sql"), "merge": sql_file("run/merge_entities.sql")},
            )
            link_batch_money_events(
                con,
                {
                    "candidates": sql_file("run/money_event_candidates.sql"),
                    "apply": sql_file("run/apply_money_event_links.sql"),
                },
            )
            counts = dict(con.execute(sql_file("run/batch_rows.sql")).fetchall())  # inserted, not staged
            counts["retired_versions"] = retired
            con.execute(
                "INSERT INTO etl_batch VALUES (?, ?, ?, current_timestamp)", [run_id, batch_no, json.dumps(counts)]
            )
    finally:
        for name in registered:
            con.unregister(name)
    return LoadCounts(counts)


def mark_deleted(con: duckdb.DuckDBPyConnection, run_id: str, paths: list[str]) -> None:
    if not paths:
        return
    with transaction(con):
        con.execute("SET VARIABLE run_id = ?", [run_id])
        con.register("stg_deleted_path", pa.table({"path": pa.array(paths, pa.string())}))
        try:
            con.execute(sql_file("run/mark_deleted_sources.sql"))
        finally:
            con.unregister("stg_deleted_path")


def start_run(con: duckdb.DuckDBPyConnection, params: Mapping[str, Any]) -> None:
    with transaction(con):
        con.execute(sql_file("run/start_run.sql"), dict(params))


def finish_run(con: duckdb.DuckDBPyConnection, params: Mapping[str, Any]) -> None:
    values = {k: (json.dumps(v) if isinstance(v, dict | list) else v) for k, v in params.items()}
    with transaction(con):
        con.execute(sql_file("run/finish_run.sql"), values)


def replace_with(fresh: Path, target: Path, lock_timeout_seconds: float = 0.0) -> None:
    """Swap a freshly built warehouse file in for `target`, atomically, while holding the run lock.

    A stale write-ahead log of the old file is removed first: it must never be replayed onto the new one.
    """
    with warehouse_lock(target, lock_timeout_seconds):
        target.with_name(target.name + ".wal").unlink(missing_ok=True)
        os.replace(fresh, target)
        mark_verified(target)  # the fresh file was checked as it was built
    for leftover in (".lock", ".verified"):
        fresh.with_name(fresh.name + leftover).unlink(missing_ok=True)
