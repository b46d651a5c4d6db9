"""A scheduled run under `news-etl serve`: its latency over 20 new articles, and serve's memory while idle.

    .venv/bin/python -m benchmarks.serve_latency --rounds 5 --articles 20

Starts a real Prefect server on loopback (Prefect's test harness) and `news-etl serve` on a temp inbox and
warehouse. After a warm-up run, each round moves `--articles` new corpus articles into the inbox and
schedules a run a few seconds ahead through the API (the test server runs no scheduler service; the runner
polls for scheduled runs either way); it reads the run's scheduled, start and end times from the API. Then,
between runs, it sums the PSS (/proc/PID/smaps_rollup) and the RSS of serve's whole process tree with the
workers warm, and sums them again once the service has released its workers (`nlp_idle_seconds`, set to `--idle` here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "articles"
RUN_TIMEOUT_SECONDS = 600.0
#: How far ahead each run is scheduled: more than the runner's poll (1 s), so it starts the run on time.
LEAD_SECONDS = 3.0


def process_tree(root: int) -> list[int]:
    """`root` and every live process below it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def tree_memory_mb(root: int) -> tuple[float, float, int]:
    """Sum of PSS and of RSS (MB) over `root`'s process tree, and its process count."""
    pss = rss = 0
    tree = process_tree(root)
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii")
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in rollup.splitlines()[1:])
        pss += int(fields["Pss"].split()[0])
        rss += int(fields["Rss"].split()[0])
    return pss / 1024, rss / 1024, len(tree)


def drop_articles(corpus: list[Path], inbox: Path) -> None:
    """Move settled copies of the articles into the inbox at once (a rename each), so one run sees them all."""
    staging = inbox.parent / "staging"
    staging.mkdir(exist_ok=True)
    old = time.time() - 60
    for source in corpus:
        target = staging / source.name
        shutil.copyfile(source, target)
        os.utime(target, (old, old))
    for source in corpus:
        (staging / source.name).rename(inbox / source.name)


def start_serve(work: Path, api_url: str, idle: float) -> tuple[subprocess.Popen[bytes], Path]:
    inbox = work / "inbox"
    inbox.mkdir()
    log = work / "serve.log"
    env = {
        **os.environ,
        "PREFECT_API_URL": api_url,
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
        "NEWS_ETL_NLP_IDLE_SECONDS": str(idle),
    }
    command = [sys.executable, "-m", "news_etl.cli", "serve", "--interval", "3600", "--name", "latency"]
    with log.open("w") as out:
        serve = subprocess.Popen(
            [*command, "--inbox", str(inbox), "--db", str(work / "w.duckdb")],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return serve, log


def schedule_run(client: Any, deployment_id: Any, lead_seconds: float) -> Any:
    """A run of the deployment in state Scheduled, `lead_seconds` ahead, as Prefect's scheduler creates them."""
    from prefect.states import Scheduled

    at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=lead_seconds)
    return client.create_flow_run_from_deployment(deployment_id, state=Scheduled(scheduled_time=at))


def wait_final(client: Any, run_id: Any, log: Path) -> Any:
    deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
    while not (run := client.read_flow_run(run_id)).state.is_final():
        assert time.monotonic() < deadline, log.read_text()[-3000:]
        time.sleep(0.1)
    assert run.state.is_completed(), (run.state, log.read_text()[-3000:])
    return run


def measure_rounds(client: Any, deployment_id: Any, inbox: Path, log: Path, args: argparse.Namespace) -> list[Any]:
    """Each round's scheduled run over `--articles` new articles (after one warm-up run over none)."""
    corpus = sorted(CORPUS.glob("*.txt"))
    wait_final(client, schedule_run(client, deployment_id, LEAD_SECONDS).id, log)
    loaded = []
    for round_no in range(args.rounds):
        drop_articles(corpus[round_no * args.articles : (round_no + 1) * args.articles], inbox)
        run = wait_final(client, schedule_run(client, deployment_id, LEAD_SECONDS).id, log)
        assert run.state.message == f"{args.articles} new", run.state.message
        loaded.append(run)
        print(
            f"round {round_no + 1}: {_seconds(run.start_time, run.end_time):.2f} s start→Completed, "
            f"{_seconds(run.expected_start_time, run.end_time):.2f} s scheduled→Completed",
            flush=True,
        )
        time.sleep(args.pause)
    return loaded


def _seconds(start: Any, end: Any) -> float:
    return float((end - start).total_seconds())


def idle_memory(client: Any, deployment_id: Any, serve: int, log: Path, args: argparse.Namespace) -> list[list]:
    """Serve's tree memory between runs with warm workers, then after the idle release."""
    warm = tree_memory_mb(serve)
    deadline = time.monotonic() + args.idle + 120
    while "NLP workers ended" not in log.read_text():
        assert time.monotonic() < deadline, log.read_text()[-3000:]
        time.sleep(1.0)
    time.sleep(1.0)
    released = tree_memory_mb(serve)
    return [
        ["serve idle, workers warm", round(warm[0]), round(warm[1]), warm[2]],
        [f"serve idle, workers released after {args.idle:g} s", round(released[0]), round(released[1]), released[2]],
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--pause", type=float, default=5.0, help="seconds between a run's end and the next drop")
    parser.add_argument("--idle", type=float, default=30.0, help="nlp_idle_seconds for serve")
    add_record_options(parser)
    args = parser.parse_args(argv)

    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    work = Path(tempfile.mkdtemp(prefix="news-etl-serve-latency-"))
    try:
        with prefect_test_harness(server_startup_timeout=None), get_client(sync_client=True) as client:
            serve, log = start_serve(work, str(PREFECT_API_URL.value()), args.idle)
            try:
                deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
                while True:
                    try:
                        deployment = client.read_deployment_by_name("ingest-articles/latency")
                        break
                    except Exception:  # noqa: BLE001 - not registered yet
                        assert time.monotonic() < deadline and serve.poll() is None, log.read_text()[-3000:]
                        time.sleep(1)
                runs = measure_rounds(client, deployment.id, work / "inbox", log, args)
                memory = idle_memory(client, deployment.id, serve.pid, log, args)
            finally:
                os.killpg(serve.pid, signal.SIGTERM)
                serve.wait(timeout=60)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    run_seconds = [_seconds(r.start_time, r.end_time) for r in runs]
    scheduled_seconds = [_seconds(r.expected_start_time, r.end_time) for r in runs]
    columns = ["measure", "median", "each round"]
    rows: list[list] = [
        [f"flow run start → Completed, {args.articles} new articles (s)", round(statistics.median(run_seconds), 2),
         " / ".join(f"{s:.2f}" for s in run_seconds)],
        [f"scheduled time → Completed, {args.articles} new articles (s)",
         round(statistics.median(scheduled_seconds), 2), " / ".join(f"{s:.2f}" for s in scheduled_seconds)],
    ]  # fmt: skip
    rows += [[f"{label}: PSS (MB) of {n} processes", pss, f"RSS {rss} MB"] for label, pss, rss, n in memory]
    for row in rows:
        print(" | ".join(str(cell) for cell in row))
    note = (
        f"`news-etl serve` on Prefect's server on loopback; each round moves {args.articles} new corpus articles "
        f"into the inbox, then schedules a run {LEAD_SECONDS:g} s ahead through the API (as Prefect's scheduler "
        "does; the test server runs no scheduler service). Memory sums PSS and "
        "RSS over serve's process tree (serve, the flow-run fork server, the NLP service and its workers)."
    )
    record("serve_latency", "serve_latency", sys.argv[1:] if argv is None else argv, columns, rows, args, note)


if __name__ == "__main__":
    main()
