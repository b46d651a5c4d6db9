"""One ingestion run as plain functions over typed values, without Prefect: begin → discover → extract →
validate → load, batch by batch → record the inbox state → check the built tables → close the run.

`flows/ingest.py` wraps each step in a Prefect task and sequences them (extracting ahead while a batch
loads); `ingest` runs the same steps one after another in this process, for `news-etl run --rebuild`, the
benchmarks and tests that need no orchestration. Every step opens its own connection to the warehouse, so
a step retried after a crash starts from what the warehouse holds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from news_etl import warehouse, warehouse_file
from news_etl.config import Settings
from news_etl.discovery import Candidate, Plan, today_utc
from news_etl.lock import LockUnusable, warehouse_lock
from news_etl.pipeline import ExtractedBatch, aliases_for, decided_file_rows, extract_batch, source_file_rows
from news_etl.pipeline import validate_batch as stage_and_validate
from news_etl.preflight import plan_inbox
from news_etl.quality import ValidatedBatch
from news_etl.report import RunSummary
from news_etl.staging import stage_extractions
from news_etl.warehouse_checks import check_warehouse
from transforms.money import decimal_text

Report = Callable[[str], None]


def _quiet(_message: str) -> None:
    """A report that says nothing."""


def is_operator_error(exc: BaseException) -> bool:
    """An error whose one line says all an operator needs (an unusable, damaged or full warehouse, an
    unwritable lock): logged without a traceback, which would point into news-etl, not to the fix."""
    return isinstance(exc, warehouse.WarehouseUnavailable | LockUnusable) or (
        warehouse.write_failure(exc, Path()) is not None
    )


@contextlib.contextmanager
def warehouse_errors_in_one_line(db: Path) -> Iterator[None]:
    """A write that found no room, raised inside, as one `WarehouseFull` line naming `db`."""
    try:
        yield
    except (duckdb.Error, OSError) as exc:
        full = warehouse.write_failure(exc, db)
        if full is None:
            raise
        raise full from None


def begin(settings: Settings, summary: RunSummary, flow_run_name: str = "", report: Report = _quiet) -> dt.date:
    """Create (or complete) the warehouse's schema, record the run as running, and return the run's day."""
    with warehouse.open_warehouse(settings.db, settings.reader_wait_seconds, report) as con:
        warehouse.start_run(
            con,
            {
                "run_id": summary.run_id,
                "flow_run_name": flow_run_name,
                "inbox": str(Path(settings.inbox).resolve()),
                "spacy_model": settings.spacy_model,
            },
        )
    return today_utc()


def discover(settings: Settings) -> Plan:
    """List the inbox and decide each file against what the warehouse already holds."""
    if not settings.inbox.is_dir():
        raise FileNotFoundError(f"inbox {settings.inbox} is not a directory")
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        return plan_inbox(con, settings)
    finally:
        con.close()


def extract(candidates: list[Candidate], settings: Settings, today: dt.date) -> ExtractedBatch:
    """Read a batch's files and run spaCy and the rules over them; unreadable files are refused, not raised."""
    return extract_batch(candidates, settings, today)


def validate(batch_no: int, run_id: str, batch: ExtractedBatch, settings: Settings, today: dt.date) -> ValidatedBatch:
    """Stage the batch's rows and check them against the suites; failing rows are set aside for quarantine."""
    return stage_and_validate(batch, settings, today, settings.docs_root / run_id / f"batch-{batch_no:04d}")


def load(batch_no: int, run_id: str, batch: ExtractedBatch, validated: ValidatedBatch, settings: Settings) -> dict:
    """Load the batch's valid rows and its files' state in one transaction, exactly once; the rows inserted."""
    files, file_quarantine = source_file_rows(batch, validated)
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        counts = warehouse.load_batch(
            con,
            run_id,
            validated.staged,
            files,
            validated.quarantine + file_quarantine,
            aliases_for(settings.entity_aliases_file),
            batch_no,
        )
    finally:
        con.close()
    return counts.rows


def record_inbox_state(run_id: str, plan: Plan, settings: Settings) -> dict[str, int]:
    """Record the files decided without extraction (duplicates, refusals) and the files gone from the inbox."""
    files, quarantine = decided_file_rows(plan.decided)
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        counts = warehouse.load_batch(con, run_id, stage_extractions([]), files, quarantine)
        warehouse.mark_deleted(con, run_id, plan.deleted)
    finally:
        con.close()
    return counts.rows


def check_tables(settings: Settings) -> int:
    """Test the built tables (keys in their dimensions, keys unique, closed sets); how many checks passed."""
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        return check_warehouse(con)
    finally:
        con.close()


@dataclass
class RunTables:
    """What a closed run publishes beside its summary: its most mentioned entities and largest amounts."""

    top_entities: list[dict[str, Any]] = field(default_factory=list)
    top_money: list[dict[str, Any]] = field(default_factory=list)


def close(summary: RunSummary, settings: Settings, report: Report = _quiet) -> RunTables:
    """Write the run record as it ended and stamp the file as the run left it; the run's top tables."""
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        warehouse.finish_run(con, summary.finish_params())
        params = {"run_id": summary.run_id}
        tables = RunTables(
            _records(con.execute(warehouse.sql_file("run/run_top_entities.sql"), params)),
            _records(con.execute(warehouse.sql_file("run/run_top_money.sql"), params)),
        )
    finally:
        con.close()
    try:
        warehouse_file.mark_verified(settings.db)
    except OSError as exc:  # the stamp only spares the next run its block scan: never a stale one
        warehouse_file.forget_verified(settings.db)
        report(f"could not write {settings.db}.verified ({exc.strerror}): the next run reads every block")
    return tables


def _records(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Rows as records for a table artifact, amounts as exact decimal strings (never floats)."""
    columns = [d[0] for d in cursor.description or ()]
    return [
        {c: decimal_text(v) if isinstance(v, Decimal) else v for c, v in zip(columns, row, strict=True)}
        for row in cursor.fetchall()
    ]


def run_batch(
    batch_no: int, candidates: list[Candidate], settings: Settings, today: dt.date, summary: RunSummary
) -> None:
    """Extract, validate and load one batch in this process, counting it in `summary`."""
    extracted = extract(candidates, settings, today)
    summary.stage_seconds["extract"] += extracted.seconds
    timer = time.perf_counter()
    validated = validate(batch_no, summary.run_id, extracted, settings, today)
    summary.stage_seconds["validate"] += time.perf_counter() - timer
    timer = time.perf_counter()
    rows = load(batch_no, summary.run_id, extracted, validated, settings)
    summary.stage_seconds["load"] += time.perf_counter() - timer
    summary.count_batch(extracted, validated, rows)


def ingest(settings: Settings, run_id: str | None = None, report: Report = _quiet) -> RunSummary:
    """A whole run in this process, batch after batch, under the run lock; its summary (status `failed` and
    the error raised when a step fails, after the run record says so)."""
    summary = RunSummary(run_id or f"local-{time.time_ns()}")
    with warehouse_errors_in_one_line(settings.db), warehouse_lock(settings.db, settings.lock_timeout_seconds):
        today = begin(settings, summary, report=report)
        try:
            plan = discover(settings)
            summary.count_plan(plan)
            summary.files_to_extract = len(plan.candidates)
            batches = plan.batches(settings.batch_size)
            summary.batches = len(batches)
            for batch_no, candidates in enumerate(batches, start=1):
                run_batch(batch_no, candidates, settings, today, summary)
                report(summary.progress(batch_no))
            summary.rows.update(record_inbox_state(summary.run_id, plan, settings))
            summary.count_settled(plan.decided)
            check_tables(settings)
            summary.status = "completed"
        except BaseException as exc:
            summary.fail(exc)
            close(summary, settings, report)
            raise
        summary.elapsed_seconds = time.perf_counter() - summary.started
        close(summary, settings, report)
    return summary
