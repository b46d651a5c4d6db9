"""`news-etl serve` as a real Prefect deployment: a run triggered through the API completes and reports."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from prefect.client.orchestration import SyncPrefectClient
from prefect.client.schemas.objects import FlowRun
from prefect.client.schemas.responses import DeploymentResponse

from news_etl.config import PROJECT_ROOT


def test_flow_runs_of_a_served_flow_are_forked_from_the_preloaded_server() -> None:
    """The patch point in Prefect (pinned in the lock) is still there: the runner's starter calls the flow engine's
    `run_flow_in_subprocess`, which takes its context from the engine module's `multiprocessing`."""
    import inspect
    import multiprocessing

    import prefect.flow_engine
    import prefect.runner._starter_direct

    from flows.serve import _ForkserverMultiprocessing

    assert prefect.runner._starter_direct.run_flow_in_subprocess is prefect.flow_engine.run_flow_in_subprocess
    source = inspect.getsource(prefect.flow_engine.run_flow_in_subprocess)
    assert 'multiprocessing.get_context("spawn")' in source
    context = multiprocessing.get_context("forkserver")
    shim = _ForkserverMultiprocessing(context)
    assert shim.get_context("spawn") is context
    assert shim.context is multiprocessing.context  # the rest of the module, as it is


def serve_command(inbox: Path, db: Path, name: str = "test-serve") -> list[str]:
    return [
        sys.executable,
        "-m",
        "news_etl.cli",
        "serve",
        "--interval",
        "3600",
        "--name",
        name,
        "--inbox",
        str(inbox),
        "--db",
        str(db),
    ]


def serve_env(api_url: str) -> dict[str, str]:
    return {**os.environ, "PREFECT_API_URL": api_url, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}


def wait_for_deployment(client: SyncPrefectClient, log: Path, name: str = "test-serve") -> DeploymentResponse:
    deadline = time.monotonic() + 180
    while True:
        try:
            return client.read_deployment_by_name(f"ingest-articles/{name}")
        except Exception:  # noqa: BLE001 - not registered yet
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(1)


@pytest.fixture
def served(prefect_harness: str, inbox: Path, tmp_path: Path):
    """`news-etl serve` of the sample inbox with two NLP workers; yields its process, warehouse and log."""
    db = tmp_path / "served.duckdb"
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        serve_command(inbox, db),
        env={**serve_env(prefect_harness), "NEWS_ETL_NLP_BATCH_SIZE": "7", "NEWS_ETL_N_PROCESS": "2"},
        cwd=PROJECT_ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # NEWS_ETL_NLP_BATCH_SIZE: a setting the runs must get
    try:
        yield process, db, tmp_path / "serve.log"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def run_to_the_end(client: SyncPrefectClient, deployment: DeploymentResponse, log: Path) -> FlowRun:
    """A flow run of `deployment` requested through the API, once it has ended."""
    flow_run = client.create_flow_run_from_deployment(deployment.id)
    deadline = time.monotonic() + 300
    while not (flow_run := client.read_flow_run(flow_run.id)).state.is_final():
        assert time.monotonic() < deadline, log.read_text()[-3000:]
        time.sleep(0.5)
    assert flow_run.state.is_completed(), log.read_text()[-3000:]
    return flow_run


@pytest.mark.slow
def test_serve_stops_within_a_minute_of_sigterm_mid_run_and_leaves_nothing(
    prefect_harness: str, tmp_path: Path
) -> None:
    from prefect.client.orchestration import get_client

    from tests.conftest import run
    from tests.test_bad_days import _nlp_workers_started, _settled_dead, make_backlog

    inbox = tmp_path / "inbox"
    total = make_backlog(inbox, copies=3)  # one batch, big enough for the worker pool
    db = tmp_path / "served.duckdb"
    log_path = tmp_path / "serve.log"
    env = {**serve_env(prefect_harness), "NEWS_ETL_BATCH_SIZE": "18"}
    with log_path.open("w") as log:
        serve = subprocess.Popen(serve_command(inbox, db, "test-stop"), env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        with get_client(sync_client=True) as client:
            deployment = wait_for_deployment(client, log_path, "test-stop")
            flow_run = client.create_flow_run_from_deployment(deployment.id)
            deadline = time.monotonic() + 240
            while "extract-batch-1" not in log_path.read_text():
                assert time.monotonic() < deadline and serve.poll() is None, log_path.read_text()[-3000:]
                time.sleep(0.5)
            helpers = _nlp_workers_started(serve.pid)  # the workers are busy
            serve.send_signal(signal.SIGTERM)  # `kill <serve pid>`, as an operator would
            serve.wait(timeout=60)
            assert _settled_dead(list(helpers)), log_path.read_text()[-3000:]
            deadline = time.monotonic() + 30
            while (state := client.read_flow_run(flow_run.id).state).is_running() and time.monotonic() < deadline:
                time.sleep(0.5)  # the runner reports the cancellation as it stops
            assert not state.is_running(), log_path.read_text()[-3000:]
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
    summary = run(inbox, db)  # the warehouse is whole: the next run loads what the stopped one did not
    assert summary["files_new"] + summary["files_unchanged"] == total
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from dim_article where is_current").fetchone() == (total,)
    finally:
        con.close()


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _nlp_service_workers(serve: int) -> list[int]:
    """The workers of serve's NLP service (its one `spawn` child that has children): the children of the
    service's fork server."""
    (service,) = [
        pid for pid in _children(serve) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes() and _children(pid)
    ]
    fork_servers = [pid for pid in _children(service) if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    return sorted(worker for fork_server in fork_servers for worker in _children(fork_server))


@pytest.mark.slow
def test_served_deployment_runs_on_request_on_its_warm_workers(
    served: tuple[subprocess.Popen[bytes], Path, Path], inbox: Path
) -> None:
    """The deployment carries serve's settings; two runs requested through the API, each with new files, load
    and report, both extracting on the workers serve warmed before the first (their CPU time grows during each
    run), and no run starts workers of its own."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from tests.conftest import SEED, settle

    serve, db, log = served
    with get_client(sync_client=True) as client:
        deployment = wait_for_deployment(client, log)
        # the deployment's parameters are the run's whole configuration, as serve read it
        assert set(deployment.parameters) == {"inbox", "db", "settings"}
        assert deployment.parameters["db"] == str(db.resolve())
        assert deployment.parameters["settings"]["nlp_batch_size"] == 7  # from the serve process's environment
        assert deployment.global_concurrency_limit is not None
        assert deployment.global_concurrency_limit.limit == 1
        assert [s.schedule.interval.total_seconds() for s in deployment.schedules] == [3600]
        workers = _nlp_service_workers(serve.pid)
        assert len(workers) == 2
        runs = []
        for new_file in (None, "extra.txt"):
            if new_file:  # the second run has one new file of its own
                body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
                (inbox / new_file).write_text("date 2020-07-26\n" + body, encoding="utf-8")
                settle(inbox / new_file)
            ticks = sum(_cpu_ticks(pid) for pid in workers)
            runs.append(run_to_the_end(client, deployment, log))
            assert _nlp_service_workers(serve.pid) == workers
            assert sum(_cpu_ticks(pid) for pid in workers) > ticks  # this run's NLP ran on them
        assert [r.name.rsplit("· ", 1)[1] for r in runs] == ["6 new", "1 new"]
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[runs[0].id]))
        )
    assert "ingest-run-report" in {a.key for a in artifacts}
    assert "starts its own NLP workers" not in log.read_text()
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from dim_article").fetchone() == (7,)
        assert con.execute("select run_id from etl_run order by started_at").fetchall() == [(str(r.id),) for r in runs]
    finally:
        con.close()
