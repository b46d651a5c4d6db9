"""The `ingest-articles` flow: discover new files -> extract -> validate -> load, batch by batch -> summarise."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter, deque
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar, cast

import duckdb
from prefect import Flow, flow, get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.states import Completed
from prefect.utilities.annotations import quote

import news_etl  # noqa: F401 - analytics off before Prefect and GX import
from news_etl import warehouse
from news_etl.config import Settings, load_settings
from news_etl.discovery import Candidate, Plan
from news_etl.docs_server import docs_url
from news_etl.lock import LockUnusable, WarehouseBusy, warehouse_lock
from news_etl.pipeline import ExtractedBatch, aliases_for, extract_batch, source_file_rows, validate_batch
from news_etl.preflight import plan_inbox
from news_etl.quality import ValidatedBatch, write_data_docs_index
from news_etl.report import RunSummary
from news_etl.staging import stage_extractions, today_utc
from news_etl.warehouse_checks import check_warehouse
from transforms.money import decimal_text

# Every task has a timeout: a hung file system, NLP worker or warehouse fails the run instead of holding the
# run lock forever. Generous bounds: a 50-article batch takes seconds; the largest allowed file a few minutes.
MINUTE = 60


class _WarehouseErrorsInOneLine(logging.Filter):
    """A run or task stopped by its warehouse (full disk, damaged file, unwritable lock) is logged as its one-line
    reason: a traceback would point into news-etl's code, which is not where the operator's fix is."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and (
            isinstance(error, warehouse.WarehouseUnavailable | LockUnusable)
            or warehouse.write_failure(error, Path()) is not None
        ):
            record.exc_info = None
            record.exc_text = None
        return True


for _logger in ("prefect.flow_runs", "prefect.task_runs"):
    logging.getLogger(_logger).addFilter(_WarehouseErrorsInOneLine())


@task(name="discover-new-files", retries=2, retry_delay_seconds=[1, 5], timeout_seconds=30 * MINUTE, cache_policy=NONE)
def discover_new_files(settings: Settings) -> Plan:
    """List the inbox and decide each file against what the warehouse already holds."""
    if not settings.inbox.is_dir():
        raise FileNotFoundError(f"inbox {settings.inbox} is not a directory")
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        plan = plan_inbox(con, settings)
    finally:
        con.close()
    get_run_logger().info(
        "%d files in %s: %d to extract, %d unchanged, %d settled without extraction, %d still being written, "
        "%d gone from the inbox",
        plan.seen,
        settings.inbox,
        len(plan.candidates),
        plan.unchanged,
        len(plan.decided),
        len(plan.deferred),
        len(plan.deleted),
    )
    return plan


@task(
    name="extract",
    task_run_name="extract-batch-{batch_no}",
    retries=1,
    retry_delay_seconds=2,
    cache_policy=NONE,  # no Prefect timeout: a thread cannot be interrupted; setting extract_timeout_seconds is real
)
def extract(batch_no: int, candidates: list[Candidate], settings: Settings, today: dt.date) -> ExtractedBatch:
    """Read the batch's files and run spaCy and the normalisers over them."""
    result = extract_batch(candidates, settings, today)
    get_run_logger().info(
        "batch %d: %d articles extracted, %d files refused", batch_no, len(result.extractions), len(result.decided)
    )
    return result


@task(name="validate", task_run_name="validate-batch-{batch_no}", timeout_seconds=30 * MINUTE, cache_policy=NONE)
def validate(batch_no: int, run_id: str, batch: ExtractedBatch, settings: Settings, today: dt.date) -> ValidatedBatch:
    """Check the batch against the Great Expectations suites; failing rows are set aside."""
    docs_prefix = settings.docs_root / run_id / f"batch-{batch_no:04d}"
    validated = validate_batch(batch, settings, today, docs_prefix)
    for outcome in validated.outcomes:
        if not outcome.success:
            get_run_logger().warning(
                "batch %d: suite %s failed on %d of %d rows (%s); those rows go to quarantine",
                batch_no,
                outcome.suite,
                outcome.rows_failed,
                outcome.rows,
                ", ".join(outcome.failed_expectations),
            )
    return validated


@task(
    name="load",
    task_run_name="load-batch-{batch_no}",
    retries=2,
    retry_delay_seconds=[2, 10],
    timeout_seconds=30 * MINUTE,
    cache_policy=NONE,
)
def load(
    batch_no: int, run_id: str, batch: ExtractedBatch, validated: ValidatedBatch, settings: Settings
) -> dict[str, int]:
    """Load the batch's valid rows and its files' state into DuckDB in one transaction."""
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
    get_run_logger().info("batch %d loaded: %s", batch_no, counts.rows)
    return counts.rows


@task(name="record-inbox-state", retries=2, retry_delay_seconds=[2, 10], timeout_seconds=30 * MINUTE, cache_policy=NONE)
def record_inbox_state(run_id: str, plan: Plan, settings: Settings) -> dict[str, int]:
    """Record duplicates, refused files and files gone from the inbox."""
    batch = ExtractedBatch(decided=plan.decided)
    validated = ValidatedBatch(stage_extractions([]), [], [])
    files, quarantine = source_file_rows(batch, validated)
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        counts = warehouse.load_batch(con, run_id, validated.staged, files, quarantine)
        warehouse.mark_deleted(con, run_id, plan.deleted)
    finally:
        con.close()
    return counts.rows


@task(name="check-warehouse", timeout_seconds=10 * MINUTE, cache_policy=NONE)
def check_warehouse_tables(settings: Settings) -> int:
    """Test the built tables as dbt tests models: every key in its dimension, keys unique, closed sets."""
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        passed = check_warehouse(con)
    finally:
        con.close()
    get_run_logger().info("warehouse checks: %d passed", passed)
    return passed


@task(name="summarise-run", timeout_seconds=10 * MINUTE, cache_policy=NONE)
def summarise_run(summary: RunSummary, settings: Settings) -> None:
    """Close the run record and publish the run report and top tables as Prefect artifacts."""
    summary.flow_run_name = _title(summary)
    con = warehouse.connect(settings.db, wait_seconds=settings.reader_wait_seconds)
    try:
        warehouse.finish_run(con, summary.finish_params())
        params = {"run_id": summary.run_id}
        top_entities = _records(con.execute(warehouse.sql_file("run/run_top_entities.sql"), params))
        top_money = _records(con.execute(warehouse.sql_file("run/run_top_money.sql"), params))
    finally:
        con.close()
    _mark_verified(settings.db)
    create_markdown_artifact(key="ingest-run-report", markdown=summary.markdown(), description=summary.one_line())
    docs = settings.docs_root / summary.run_id
    if docs.is_dir():
        index = write_data_docs_index(docs.resolve(), f"news-etl run {summary.run_id}: Great Expectations results")
        create_link_artifact(
            key="ingest-run-data-docs",
            link=docs_url(settings, summary.run_id),
            link_text=f"Data Docs ({index}; `news-etl docs` serves them)",
            description="Great Expectations Data Docs of this run's validations, served by `news-etl docs`",
        )
    if top_entities:
        create_table_artifact(
            key="ingest-run-top-entities", table=top_entities, description="Most mentioned entities in this run"
        )
    if top_money:
        create_table_artifact(
            key="ingest-run-top-money", table=top_money, description="Largest monetary amounts in this run"
        )
    _rename_flow_run(summary.run_id, summary.flow_run_name)
    get_run_logger().info(summary.one_line())


def _mark_verified(db: Path) -> None:
    """Stamp the file as this run left it; a stamp that cannot be written (a full disk) is removed instead: it
    only spares the next run its integrity scan, and must never describe another state of the file."""
    try:
        warehouse.mark_verified(db)
    except OSError as exc:
        db.with_name(db.name + ".verified").unlink(missing_ok=True)
        get_run_logger().warning("could not write %s.verified (%s): the next run reads every block", db, exc.strerror)


def _records(cursor: Any) -> list[dict[str, Any]]:
    """Rows as records for a table artifact, amounts as exact decimal strings (never floats)."""
    columns = [d[0] for d in cursor.description]
    return [
        {c: decimal_text(v) if isinstance(v, Decimal) else v for c, v in zip(columns, row, strict=True)}
        for row in cursor.fetchall()
    ]


def _title(summary: RunSummary) -> str:
    """A flow-run name that says what the run did, e.g. `2026-11-27 20:15 · 12 new, 1 quarantined`."""
    name = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} · {_outcome(summary)}"
    return name if summary.status == "completed" else f"{name} · {summary.status}"


def _outcome(summary: RunSummary) -> str:
    """What the run did in a few words: `12 new, 1 changed, 1 quarantined, 1 row quarantined, 4 dependent rows
    quarantined` (rows that failed an expectation, then rows refused with a row they depend on)."""
    parts = [f"{summary.files_new} new"]
    rows_by_kind: Counter[str] = Counter()  # `row:<table>`, `parent_refused:<table>` (report.count_batch)
    for reason, n in summary.quarantine_by_reason.items():
        rows_by_kind[reason.partition(":")[0]] += n
    for label, count in (
        ("changed", summary.files_changed),
        ("quarantined", summary.files_quarantined),
        ("row{s} quarantined", rows_by_kind["row"]),
        ("dependent row{s} quarantined", rows_by_kind["parent_refused"]),
    ):
        if count:
            parts.append(f"{count} {label.format(s='' if count == 1 else 's')}")
    return ", ".join(parts)


def _rename_flow_run(run_id: str, name: str) -> None:
    from uuid import UUID

    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            client.update_flow_run(flow_run_id=UUID(run_id), name=name)
    except Exception as exc:  # noqa: BLE001 - a cosmetic rename must never fail a run
        get_run_logger().warning("could not rename the flow run: %s", exc)


def on_dask(address: str | None = None, workers: int | None = None) -> Flow:
    """The flow with extraction on a Dask cluster: an existing one at `address`, or a local one.

    Only `extract-batch-N` tasks (reading and NLP) go to Dask workers; validation and the single DuckDB
    writer stay in the flow's process.
    """
    from prefect_dask import DaskTaskRunner

    if address:
        runner = DaskTaskRunner(address=address)
    else:
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": workers or 2, "threads_per_worker": 1, "processes": True})
    # DaskTaskRunner's futures are PrefectDaskFutures; with_options is typed for the default futures only
    return ingest_articles.with_options(task_runner=cast(Any, runner))


def _run_name() -> str:
    return f"ingest-{dt.datetime.now(dt.UTC):%Y-%m-%d-%H%M%S}"


@flow(name="ingest-articles", flow_run_name=_run_name, log_prints=False)
def ingest_articles(
    inbox: str | None = None,
    db: str | None = None,
    batch_size: int | None = None,
    n_process: int | None = None,
    extract_ahead: int | None = None,
) -> dict[str, Any]:
    """One ingestion run over the inbox: every new or changed file ends loaded or quarantined."""
    settings = load_settings().with_overrides(
        inbox=inbox, db=db, batch_size=batch_size, n_process=n_process, extract_ahead=extract_ahead
    )
    logger = get_run_logger()
    run_id = str(flow_run.get_id() or f"local-{time.time_ns()}")
    summary = RunSummary(run_id)
    try:
        with warehouse_lock(settings.db, settings.lock_timeout_seconds):
            _ingest(settings, summary)
    except WarehouseBusy as busy:
        logger.warning(str(busy))
        summary.status = "skipped"
        summary.error = str(busy)
        return _completed(f"skipped: {busy}", summary)
    except (duckdb.Error, OSError) as exc:
        full = warehouse.write_failure(exc, settings.db)
        if full is None:
            raise
        raise full from None  # one line for the operator, in the CLI and in the UI
    # The UI's final state says what happened ("Completed · 6 new, 2 rows quarantined"); callers get the summary.
    return _completed(_outcome(summary), summary)


def _completed(message: str, summary: RunSummary) -> Any:
    """A Completed state with `message` shown in the UI; Prefect hands its data, the summary, to callers."""
    return Completed(message=message, data=summary.as_dict())


def _ingest(settings: Settings, summary: RunSummary) -> None:
    with warehouse.open_warehouse(settings.db, settings.reader_wait_seconds, get_run_logger().warning) as con:
        warehouse.start_run(
            con,
            {
                "run_id": summary.run_id,
                "flow_run_name": flow_run.get_name() or "",
                "inbox": str(Path(settings.inbox).resolve()),
                "spacy_model": settings.spacy_model,
            },
        )
    today = today_utc()
    try:
        started = time.perf_counter()
        plan = discover_new_files(settings)
        summary.stage_seconds["discover"] += time.perf_counter() - started
        summary.count_plan(plan)
        summary.files_to_extract = len(plan.candidates)
        batches = plan.batches(settings.batch_size)
        summary.batches = len(batches)
        # `extract_ahead` batches are extracted (in the NLP worker processes, or on Dask) while the
        # previous one is validated and loaded here: at most extract_ahead + 1 batches are in memory.
        ahead: deque[tuple[int, PrefectFuture[ExtractedBatch]]] = deque()
        for batch_no, candidates in enumerate(batches, start=1):
            ahead.append((batch_no, extract.submit(batch_no, candidates, settings, today)))
            if len(ahead) > max(1, settings.extract_ahead):
                _finish_batch(*ahead.popleft(), settings, today, summary)
        while ahead:
            _finish_batch(*ahead.popleft(), settings, today, summary)
        started = time.perf_counter()
        rows = record_inbox_state(summary.run_id, plan, settings)
        summary.stage_seconds["load"] += time.perf_counter() - started
        summary.rows.update(rows)  # quarantine rows and retired versions of the settled files
        summary.count_settled(plan.decided)
        check_warehouse_tables(settings)
        summary.status = "completed"
    except BaseException as exc:
        summary.status = "failed"
        summary.error = f"{type(exc).__name__}: {exc}"
        summary.elapsed_seconds = time.perf_counter() - summary.started
        try:
            summarise_run(summary, settings)
        except Exception as report_error:  # noqa: BLE001 - the run's own error is the one to raise
            get_run_logger().error("could not record the failed run: %s", report_error)
        raise
    summary.elapsed_seconds = time.perf_counter() - summary.started
    summarise_run(summary, settings)


T = TypeVar("T")


def _quoted(value: T) -> T:
    """`value` wrapped in Prefect's `quote()`, typed as itself: a task gets it unwrapped."""
    return cast(T, quote(value))


def _finish_batch(
    batch_no: int,
    future: PrefectFuture[ExtractedBatch],
    settings: Settings,
    today: dt.date,
    summary: RunSummary,
) -> None:
    """Wait for a batch's extraction, then validate and load it here, in the flow's process."""
    timer = time.perf_counter()
    extracted = future.result()
    summary.stage_seconds["extract (overlapped)"] += extracted.seconds
    summary.stage_seconds["wait for extract"] += time.perf_counter() - timer
    timer = time.perf_counter()
    # quote(): the batches are plain results, not futures; Prefect would otherwise walk every mention of
    # them looking for upstream futures (~2 s of the flow process's CPU per 50-article batch).
    validated = validate(batch_no, summary.run_id, _quoted(extracted), settings, today)
    summary.stage_seconds["validate"] += time.perf_counter() - timer
    timer = time.perf_counter()
    rows = load(batch_no, summary.run_id, _quoted(extracted), _quoted(validated), settings)
    summary.stage_seconds["load"] += time.perf_counter() - timer
    summary.count_batch(extracted, validated, rows)
    get_run_logger().info(summary.progress(batch_no))
