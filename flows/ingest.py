"""The `ingest-articles` flow: discover new files -> extract -> validate -> load, batch by batch -> check ->
summarise. Each task is one step of `news_etl/run.py`; this module only sequences them and publishes the run
to Prefect (logs, artifacts, the run's name and final state)."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import deque
from typing import Any, TypeVar, cast

from prefect import Flow, flow, get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.states import Completed
from prefect.utilities.annotations import quote

from news_etl import run
from news_etl.config import Settings, load_settings
from news_etl.discovery import Candidate, Plan
from news_etl.docs_server import docs_url
from news_etl.lock import WarehouseBusy, warehouse_lock
from news_etl.pipeline import ExtractedBatch
from news_etl.quality import ValidatedBatch, write_data_docs_index
from news_etl.report import RunSummary

# Every task but extraction has a timeout: a hung file system or warehouse fails the run instead of holding the
# run lock forever. Generous bounds: a 50-article batch takes seconds; the largest allowed file a few minutes.
MINUTE = 60


class _OperatorErrorsInOneLine(logging.Filter):
    """A run or task stopped by its warehouse (full disk, damaged file, unwritable lock) is logged as its one-line
    reason (`run.is_operator_error`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and run.is_operator_error(record.exc_info[1]):
            record.exc_info = None
            record.exc_text = None
        return True


def _log_operator_errors_in_one_line() -> None:
    for name in ("prefect.flow_runs", "prefect.task_runs"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _OperatorErrorsInOneLine) for f in logger.filters):
            logger.addFilter(_OperatorErrorsInOneLine())


@task(name="discover-new-files", retries=2, retry_delay_seconds=[1, 5], timeout_seconds=30 * MINUTE, cache_policy=NONE)
def discover_new_files(settings: Settings) -> Plan:
    """List the inbox and decide each file against what the warehouse already holds."""
    plan = run.discover(settings)
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
    result = run.extract(candidates, settings, today)
    get_run_logger().info(
        "batch %d: %d articles extracted, %d files refused", batch_no, len(result.extractions), len(result.decided)
    )
    return result


@task(name="validate", task_run_name="validate-batch-{batch_no}", timeout_seconds=30 * MINUTE, cache_policy=NONE)
def validate(batch_no: int, run_id: str, batch: ExtractedBatch, settings: Settings, today: dt.date) -> ValidatedBatch:
    """Check the batch against the Great Expectations suites; failing rows are set aside."""
    validated = run.validate(batch_no, run_id, batch, settings, today)
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
    rows = run.load(batch_no, run_id, batch, validated, settings)
    get_run_logger().info("batch %d loaded: %s", batch_no, rows)
    return rows


@task(name="record-inbox-state", retries=2, retry_delay_seconds=[2, 10], timeout_seconds=30 * MINUTE, cache_policy=NONE)
def record_inbox_state(run_id: str, plan: Plan, settings: Settings) -> dict[str, int]:
    """Record duplicates, refused files and files gone from the inbox."""
    return run.record_inbox_state(run_id, plan, settings)


@task(name="check-warehouse", timeout_seconds=10 * MINUTE, cache_policy=NONE)
def check_warehouse_tables(settings: Settings) -> int:
    """Test the built tables as dbt tests models: every key in its dimension, keys unique, closed sets."""
    passed = run.check_tables(settings)
    get_run_logger().info("warehouse checks: %d passed", passed)
    return passed


@task(name="summarise-run", timeout_seconds=10 * MINUTE, cache_policy=NONE)
def summarise_run(summary: RunSummary, settings: Settings) -> None:
    """Close the run record and publish the run report and top tables as Prefect artifacts."""
    summary.flow_run_name = summary.title(dt.datetime.now(dt.UTC))
    tables = run.close(summary, settings, get_run_logger().warning)
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
    if tables.top_entities:
        create_table_artifact(
            key="ingest-run-top-entities", table=tables.top_entities, description="Most mentioned entities in this run"
        )
    if tables.top_money:
        create_table_artifact(
            key="ingest-run-top-money", table=tables.top_money, description="Largest monetary amounts in this run"
        )
    _rename_flow_run(summary.run_id, summary.flow_run_name)
    get_run_logger().info(summary.one_line())


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
    settings: dict[str, Any] | None = None,
) -> Any:
    """One ingestion run over the inbox: every new or changed file ends loaded or quarantined.

    `settings` are every setting of the run (a deployment's parameters, shown in the UI: `news-etl serve`
    passes its own); without them the flow reads `news-etl.toml` and NEWS_ETL_* where it runs. The other
    parameters override single settings.
    """
    _log_operator_errors_in_one_line()
    base = Settings.model_validate(settings) if settings is not None else load_settings()
    effective = base.with_overrides(
        inbox=inbox, db=db, batch_size=batch_size, n_process=n_process, extract_ahead=extract_ahead
    )
    summary = RunSummary(str(flow_run.get_id() or f"local-{time.time_ns()}"))
    lock = warehouse_lock(effective.db, effective.lock_timeout_seconds)
    try:
        with run.warehouse_errors_in_one_line(effective.db), lock:
            _ingest(effective, summary)
    except WarehouseBusy as busy:
        get_run_logger().warning(str(busy))
        summary.status = "skipped"
        summary.error = str(busy)
        return Completed(name="Skipped", message=f"skipped: {busy}", data=summary.as_dict())
    # The UI's final state says what happened ("Completed · 6 new, 2 rows quarantined"); callers get the summary.
    return Completed(message=summary.outcome(), data=summary.as_dict())


def _ingest(settings: Settings, summary: RunSummary) -> None:
    today = run.begin(settings, summary, flow_run.get_name() or "", get_run_logger().warning)
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
        summary.rows.update(record_inbox_state(summary.run_id, plan, settings))  # the settled files' rows
        summary.stage_seconds["load"] += time.perf_counter() - started
        summary.count_settled(plan.decided)
        check_warehouse_tables(settings)
        summary.status = "completed"
    except BaseException as exc:
        summary.fail(exc)
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
