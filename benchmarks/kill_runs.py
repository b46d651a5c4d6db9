"""`kill -9` of `news-etl run` at chosen moments, then one plain run: it must end, with no traceback on the
way, holding exactly the rows of an uninterrupted run.

    .venv/bin/python -m benchmarks.kill_runs --rounds 4 --seed 1

Each round starts with no warehouse and kills successive runs once each at every kill point, in order
(the warehouse file appearing, the schema's commit, discovery, the first batch's load, the run summary),
each after a random extra delay of up to `--jitter` seconds; then a plain `news-etl run` (its own temporary
Prefect server) must complete the warehouse. The killed runs record on one shared Prefect server.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from benchmarks.fingerprint import fingerprint
from news_etl.config import PROJECT_ROOT

SAMPLE_INBOX = PROJECT_ROOT / "data" / "inbox"
#: Tables compared between runs (etl_run, etl_batch and schema_version record runs, not data).


@dataclass
class WatchedRun:
    """A `news-etl run` subprocess, its merged output collected line by line as it comes."""

    db: Path
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    def logged(self, text: str) -> bool:
        return any(text in line for line in list(self.lines))

    @property
    def output(self) -> str:
        return "".join(self.lines)


@dataclass(frozen=True)
class KillPoint:
    name: str
    reached: Callable[[WatchedRun], bool]


KILL_POINTS = (
    KillPoint("warehouse file created", lambda run: run.db.exists()),
    KillPoint("schema commit", lambda run: run.db.with_name(run.db.name + ".wal").exists()),
    KillPoint("discovery", lambda run: run.logged("discover-new-files")),
    KillPoint("first load", lambda run: run.logged("validate-batch-1")),  # its "Finished" line: the load is next
    KillPoint("run summary", lambda run: run.logged("record-inbox-state")),  # ditto: summarise-run is next
)


def start_run(inbox: Path, db: Path, api_url: str | None) -> WatchedRun:
    """`news-etl run` in its own process group, one NLP process, batches of one article."""
    env = {**os.environ, "NEWS_ETL_N_PROCESS": "1", "NEWS_ETL_BATCH_SIZE": "1"}
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    command = [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    run = WatchedRun(db, process)
    threading.Thread(target=_collect, args=(run,), daemon=True).start()
    return run


def _collect(run: WatchedRun) -> None:
    assert run.process.stdout is not None
    for line in run.process.stdout:
        run.lines.append(line)


def kill_at(run: WatchedRun, point: KillPoint, delay: float, timeout: float = 300.0) -> bool:
    """SIGKILL the run's process group `delay` seconds after `point` is reached; False if it ended first."""
    deadline = time.monotonic() + timeout
    while not point.reached(run):
        if run.process.poll() is not None or time.monotonic() > deadline:
            run.process.wait()
            return False
        time.sleep(0.002)
    time.sleep(delay)
    killed = run.process.poll() is None
    if killed:
        os.killpg(run.process.pid, signal.SIGKILL)
    run.process.wait()
    return killed


def finish(run: WatchedRun, timeout: float = 600.0) -> int:
    run.process.wait(timeout=timeout)
    time.sleep(0.05)  # the reader thread drains the pipe
    return run.process.returncode


def warehouse_state(db: Path) -> str:
    """What a kill left, read from a copy (so the probe cannot change what the next run finds)."""
    if not db.exists():
        return "no file"
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / db.name
        shutil.copy(db, copy)
        if db.with_name(db.name + ".wal").exists():
            shutil.copy(db.with_name(db.name + ".wal"), copy.with_name(copy.name + ".wal"))
        con = duckdb.connect(str(copy), read_only=True)
        try:
            tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            if "schema_version" not in tables:
                return f"{len(tables)} tables, no schema_version"
            ((articles,),) = con.execute("SELECT count(*) FROM dim_article WHERE is_current").fetchall()
            ((loaded,),) = con.execute("SELECT count(*) FROM source_file WHERE status = 'loaded'").fetchall()
            return f"schema complete, {articles} articles, {loaded} files loaded"
        finally:
            con.close()


def kill_round(
    inbox: Path, db: Path, api_url: str, rng: random.Random, jitter: float, points: tuple[KillPoint, ...] = KILL_POINTS
) -> list[tuple[str, str]]:
    """Kill one run at each point in turn; (kill point, state left) for each kill that landed."""
    kills = []
    for point in points:
        run = start_run(inbox, db, api_url)
        landed = kill_at(run, point, rng.uniform(0, jitter))
        assert "Traceback" not in run.output, run.output[-3000:]
        if landed:
            kills.append((point.name, warehouse_state(db)))
    return kills


def plain_run(inbox: Path, db: Path) -> str:
    """A plain `news-etl run` (its own temporary Prefect server) that must complete without a traceback."""
    run = start_run(inbox, db, None)
    status = finish(run)
    assert status == 0 and "Traceback" not in run.output, run.output[-3000:]
    return run.output


def sample_inbox(folder: Path, articles: int) -> Path:
    """The first `articles` shipped sample articles, modified long enough ago to count as settled."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in sorted(SAMPLE_INBOX.glob("*.txt"))[:articles]:
        target = folder / source.name
        shutil.copy(source, target)
        os.utime(target, (time.time() - 3600, time.time() - 3600))
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--articles", type=int, default=2)
    parser.add_argument("--jitter", type=float, default=0.5, help="most seconds between a point and its kill")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="news-etl-kills-"))
    started = time.perf_counter()
    try:
        inbox = sample_inbox(work / "inbox", args.articles)
        plain_run(inbox, work / "reference.duckdb")
        reference = fingerprint(work / "reference.duckdb")
        kills: list[tuple[str, str]] = []
        with prefect_test_harness(server_startup_timeout=None):
            api_url = str(PREFECT_API_URL.value())
            for round_no in range(1, args.rounds + 1):
                db = work / f"round-{round_no}.duckdb"
                landed = kill_round(inbox, db, api_url, rng, args.jitter)
                plain_run(inbox, db)
                same = fingerprint(db) == reference
                print(f"round {round_no}: {len(landed)} kills, then a plain run: rows equal the reference: {same}")
                for name, state in landed:
                    print(f"  killed at {name}: left {state}")
                assert same, f"round {round_no}: rows differ from the uninterrupted run's"
                kills += landed
        print(
            f"{len(kills)} kills in {args.rounds} rounds, every next plain run completed with the reference rows "
            f"and no traceback ({time.perf_counter() - started:.0f} s)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
