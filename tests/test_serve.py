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

from news_etl.config import PROJECT_ROOT


@pytest.fixture
def served(prefect_harness: str, inbox: Path, tmp_path: Path):
    db = tmp_path / "served.duckdb"
    env = {**os.environ, "PREFECT_API_URL": prefect_harness, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    command = [
        sys.executable,
        "-m",
        "news_etl.cli",
        "serve",
        "--interval",
        "3600",
        "--name",
        "test-serve",
        "--inbox",
        str(inbox),
        "--db",
        str(db),
    ]
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        command, env=env, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        yield db, tmp_path / "serve.log"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def test_served_deployment_runs_on_request(served: tuple[Path, Path]) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    db, log = served
    with get_client(sync_client=True) as client:
        deadline = time.monotonic() + 180
        deployment = None
        while deployment is None:
            try:
                deployment = client.read_deployment_by_name("ingest-articles/test-serve")
            except Exception:  # noqa: BLE001 - not registered yet
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(1)
        assert deployment.parameters == {"inbox": deployment.parameters["inbox"], "db": str(db.resolve())}
        assert deployment.global_concurrency_limit is not None
        assert deployment.global_concurrency_limit.limit == 1
        assert [s.schedule.interval.total_seconds() for s in deployment.schedules] == [3600]

        flow_run = client.create_flow_run_from_deployment(deployment.id)
        deadline = time.monotonic() + 300
        while not (flow_run := client.read_flow_run(flow_run.id)).state.is_final():
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(1)
        assert flow_run.state.is_completed(), log.read_text()[-3000:]
        assert flow_run.name.endswith("· 6 new")
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run.id]))
        )
    assert "ingest-run-report" in {a.key for a in artifacts}
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from dim_article").fetchone() == (6,)
        assert con.execute("select run_id from etl_run").fetchall() == [(str(flow_run.id),)]
    finally:
        con.close()
