"""Faults an operator meets on a real run: read-only mounts, files rewritten while read, a clock that jumps,
a disk that fills while the run is summarised, two served deployments on one warehouse, Prefect's server
dying mid-run. Each ends in one clear line and loses nothing."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from news_etl.config import PROJECT_ROOT
from news_etl.temporary_server import server_log
from tests.conftest import SAMPLE_INBOX, query, run, settle, write_article

ARTICLES = ("000_320c9d408e36c2bc.txt", "004_asia_markets.txt")


def small_inbox(tmp_path: Path, names: tuple[str, ...] = ARTICLES) -> Path:
    """An inbox of a few settled sample articles."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in names:
        shutil.copy(SAMPLE_INBOX / name, folder / name)
        settle(folder / name)
    return folder


def cli_env(api_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["NEWS_ETL_N_PROCESS"] = "1"
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def news_etl_command(*args: object) -> list[str]:
    return [sys.executable, "-m", "news_etl.cli", *(str(a) for a in args)]


def read_only_mounts_work(probe: Path) -> bool:
    """Whether this machine lets us bind-mount a folder read-only in a private mount namespace."""
    probe.mkdir(exist_ok=True)
    script = 'mount --bind -o ro "$0" "$0" && ! touch "$0/written" 2>/dev/null'
    try:
        done = subprocess.run(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, str(probe)],
            capture_output=True, timeout=30, check=False,
        )  # fmt: skip
    except FileNotFoundError:
        return False
    return done.returncode == 0 and not (probe / "written").exists()


def on_read_only(folder: Path, command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`command` run with `folder` mounted read-only for it alone (a private mount namespace: the mount
    ends with the command and no other process sees it)."""
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    return subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, str(folder), *command],
        capture_output=True, text=True, timeout=600, check=False, env=env, cwd=PROJECT_ROOT,
    )  # fmt: skip


@pytest.fixture
def read_only_mounts(tmp_path: Path) -> None:
    if os.geteuid() != 0 or not read_only_mounts_work(tmp_path / "mount-probe"):
        pytest.skip("read-only bind mounts are not permitted here (needs root and unshare --mount)")


# --- 2. the inbox on a read-only file system -------------------------------------------------------------


@pytest.mark.slow
def test_a_read_only_inbox_loads_everything_and_nothing_is_written_into_it(
    prefect_harness: str, read_only_mounts: None, tmp_path: Path
) -> None:
    inbox = small_inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    done = on_read_only(inbox, news_etl_command("run", "--inbox", inbox, "--db", db), cli_env(prefect_harness))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith("completed: 2 files seen, 2 new")
    assert query(db, "select path, status from source_file order by 1") == [(n, "loaded") for n in ARTICLES]
    assert sorted(p.name for p in inbox.iterdir()) == list(ARTICLES)
    assert run(inbox, db)["files_unchanged"] == 2  # the next run, writable or not, finds nothing to do


# --- 4. a read-only warehouse folder or file --------------------------------------------------------------


def empty_warehouse(db: Path) -> None:
    """A warehouse with its schema and nothing loaded (no flow run needed)."""
    from news_etl import warehouse

    with warehouse.open_warehouse(db):
        pass


def assert_one_line_refusal(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """The run refused with exit status 2 and exactly one line on stderr (before Prefect started)."""
    assert done.returncode == 2, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr[-3000:]
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.slow
def test_a_read_only_warehouse_folder_stops_the_run_in_one_line_before_prefect(
    prefect_harness: str, read_only_mounts: None, tmp_path: Path
) -> None:
    inbox = small_inbox(tmp_path)
    folder = tmp_path / "warehouse"
    folder.mkdir()
    db = folder / "w.duckdb"
    empty_warehouse(db)
    before = sorted(p.name for p in folder.iterdir())
    done = on_read_only(folder, news_etl_command("run", "--inbox", inbox, "--db", db), cli_env())
    said = assert_one_line_refusal(done, str(folder), "read-only")
    assert said.startswith("news-etl run:")
    assert sorted(p.name for p in folder.iterdir()) == before
    summary = run(inbox, db)  # writable again: the next run loads everything
    assert summary["files_new"] == 2
    assert query(db, "select path, status from source_file order by 1") == [(n, "loaded") for n in ARTICLES]


def immutable(path: Path) -> bool:
    """Set the immutable attribute (`chattr +i`: even root cannot write the file); False where unsupported."""
    if os.geteuid() != 0 or shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, timeout=30, check=False)
    return done.returncode == 0


def mutable(path: Path) -> None:
    subprocess.run(["chattr", "-i", str(path)], capture_output=True, timeout=30, check=True)


@pytest.mark.slow
@pytest.mark.parametrize("which", ["w.duckdb", "w.duckdb.lock"])
def test_an_immutable_warehouse_or_lock_file_stops_the_run_in_one_line(tmp_path: Path, which: str) -> None:
    inbox = small_inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    empty_warehouse(db)
    target = tmp_path / which
    target.touch()
    if not immutable(target):
        pytest.skip("chattr +i is not supported here (needs root and a file system with the attribute)")
    try:
        done = subprocess.run(
            news_etl_command("run", "--inbox", inbox, "--db", db),
            capture_output=True, text=True, timeout=600, check=False, env=cli_env(), cwd=PROJECT_ROOT,
        )  # fmt: skip
    finally:
        mutable(target)
    assert_one_line_refusal(done, str(target), "not writable")


def test_the_run_lock_on_a_file_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    """A served run (no preflight) that meets an unwritable lock names the cause, not "remove it"."""
    from news_etl.lock import LockUnusable, warehouse_lock

    db = tmp_path / "w.duckdb"
    lock = tmp_path / "w.duckdb.lock"
    lock.touch()
    if not immutable(lock):
        pytest.skip("chattr +i is not supported here (needs root and a file system with the attribute)")
    try:
        with pytest.raises(LockUnusable, match="cannot write the run lock") as raised, warehouse_lock(db):
            pass
    finally:
        mutable(lock)
    assert "remove it" not in str(raised.value)


# --- 1. Prefect's server dying mid-run --------------------------------------------------------------------


def _temporary_servers(pid: int) -> list[int]:
    """Live temporary servers started by the run `pid` (their last argument), wherever they were reparented."""
    from tests.test_bad_days import _alive

    found = []
    for entry in Path("/proc").iterdir():
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"news_etl.temporary_server" in argv and argv[-2:] == [str(pid).encode(), b""] and _alive(int(entry.name)):
            found.append(int(entry.name))
    return found


@pytest.mark.slow
def test_the_temporary_server_killed_mid_run_is_started_again_and_the_run_completes(tmp_path: Path) -> None:
    import signal
    import time

    names = (*ARTICLES, "002_india_budget.txt")
    inbox = small_inbox(tmp_path, names)
    db = tmp_path / "w.duckdb"
    env = {**cli_env(), "NEWS_ETL_BATCH_SIZE": "1"}
    process = subprocess.Popen(
        news_etl_command("run", "--inbox", inbox, "--db", db),
        env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    before = []
    for line in process.stderr:
        before.append(line)
        if "batch 1 loaded" in line:  # one batch committed, two to go
            break
    (server,) = _temporary_servers(process.pid)
    os.kill(server, signal.SIGKILL)  # the OOM killer's choice
    stdout, stderr = process.communicate(timeout=600)
    stderr = "".join(before) + stderr
    assert process.returncode == 0, stderr[-3000:]
    assert "Traceback" not in stderr
    assert "Prefect's temporary server ended mid-run" in stderr
    log = server_log().read_text()  # the server's own output, out of the run's stderr (same Prefect home)
    assert log.count(f"for run pid {process.pid}\n") == 2
    assert stdout.startswith("completed: 3 files seen, 3 new"), stdout
    assert query(db, "select count(*) from source_file where status = 'loaded'") == [(3,)]
    assert query(db, "select status from etl_run") == [("completed",)]
    deadline = time.monotonic() + 10
    while _temporary_servers(process.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _temporary_servers(process.pid)  # the restarted server ended with the run, as the first would


# --- 7. the disk fills while the run is summarised --------------------------------------------------------

# `news-etl run` whose disk fills at one write of the run's summary: from the moment `warehouse.<step>` is
# called, no file may grow (RLIMIT_FSIZE 0; SIGXFSZ ignored, so a write fails with EFBIG as on a full disk).
DISK_FULL_AT = """
import functools, resource, signal, sys
from news_etl import warehouse, warehouse_file
from news_etl.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
step = sys.argv[1]
def full_from_here(real):
    @functools.wraps(real)
    def write(*args, **kwargs):
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
        return real(*args, **kwargs)
    return write
module = warehouse_file if hasattr(warehouse_file, step) else warehouse  # where the run calls it
setattr(module, step, full_from_here(getattr(module, step)))
raise SystemExit(main(["run", "--inbox", sys.argv[2], "--db", sys.argv[3]]))
"""


def run_with_disk_full_at(step: str, inbox: Path, db: Path, api_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", DISK_FULL_AT, step, str(inbox), str(db)],
        capture_output=True, text=True, timeout=600, check=False, env=cli_env(api_url), cwd=PROJECT_ROOT,
    )  # fmt: skip


@pytest.mark.slow
def test_a_disk_that_fills_while_the_run_is_recorded_stops_it_in_one_line_and_keeps_the_batches(
    prefect_harness: str, tmp_path: Path
) -> None:
    inbox = small_inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    full = run_with_disk_full_at("finish_run", inbox, db, prefect_harness)
    assert full.returncode == 2, full.stderr[-3000:]
    assert "Traceback" not in full.stderr
    said = full.stderr.strip().splitlines()[-1]
    assert said.startswith("news-etl run: could not write the warehouse") and "File too large" in said, said
    assert query(db, "select count(*) from source_file where status = 'loaded'") == [(2,)]  # the batches stay
    summary = run(inbox, db)  # room again: the next run closes the unfinished record and has nothing to load
    assert (summary["files_unchanged"], summary["files_new"]) == (2, 0)
    assert [s for (s,) in query(db, "select status from etl_run order by started_at")] == ["aborted", "completed"]


@pytest.mark.slow
def test_a_disk_too_full_for_the_verified_stamp_completes_the_run_and_leaves_no_stale_stamp(
    prefect_harness: str, tmp_path: Path
) -> None:
    inbox = small_inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    done = run_with_disk_full_at("mark_verified", inbox, db, prefect_harness)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "could not write" in done.stderr and "the next run reads every block" in done.stderr
    assert done.stdout.startswith("completed: 2 files seen, 2 new")
    assert query(db, "select status from etl_run") == [("completed",)]
    assert not db.with_name(db.name + ".verified").exists()  # never a stamp of another state of the file


# --- 3. a file rewritten while the run reads it -----------------------------------------------------------


def test_a_file_rewritten_while_discovery_hashes_it_is_left_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its listed size and mtime would describe other bytes than the hash: a record that lies to later runs."""
    from news_etl.discovery import hash_file, plan_run

    inbox = small_inbox(tmp_path)
    editor_saves_during_discovery(monkeypatch, inbox / ARTICLES[1])
    plan = plan_run(inbox, "*.txt", {}, {}, 5_000_000, 0)
    for candidate in plan.candidates:  # whatever is extracted is recorded with the stat of the bytes hashed
        stat = candidate.file.path.stat()
        assert (candidate.file.size, candidate.file.mtime_ns) == (stat.st_size, stat.st_mtime_ns)
        assert candidate.sha256 == hash_file(candidate.file.path)[0]
    assert plan.deferred == [ARTICLES[1]]


def test_a_file_replaced_between_discovery_and_extraction_is_deferred_with_its_duplicates(tmp_path: Path) -> None:
    from news_etl.config import Settings
    from news_etl.discovery import plan_run
    from news_etl.pipeline import extract_batch

    inbox = small_inbox(tmp_path)
    replaced = inbox / ARTICLES[1]
    shutil.copy(replaced, inbox / "copy.txt")
    settle(inbox / "copy.txt")
    plan = plan_run(inbox, "*.txt", {}, {}, 5_000_000, 0)
    assert [c.file.rel for c in plan.candidates if c.riders] == [ARTICLES[1]]
    replaced.write_text("date 2021-05-05\nAcme paid $3 million to Globex.\n", encoding="utf-8")  # rename-free edit
    batch = extract_batch(plan.candidates, Settings(n_process=1), dt.date(2026, 11, 27))
    assert [e.article.path for e in batch.extractions] == [ARTICLES[0]]
    assert sorted(batch.deferred) == [ARTICLES[1], "copy.txt"]  # both wait for the next run; none is lost
    assert batch.decided == []


def editor_saves_during_discovery(monkeypatch: pytest.MonkeyPatch, victim: Path) -> None:
    """An editor saves a longer version of `victim` between discovery's listing and its read."""
    from news_etl import discovery

    real_hash = discovery.hash_file

    def writer_gets_in_first(path: Path) -> object:
        if path == victim and "Update:" not in victim.read_text(encoding="utf-8"):
            victim.write_text(victim.read_text(encoding="utf-8") + "\nUpdate: more text.\n", encoding="utf-8")
            settle(victim, seconds_ago=3600)
        return real_hash(path)

    monkeypatch.setattr(discovery, "hash_file", writer_gets_in_first)


@pytest.mark.slow
def test_after_a_rewrite_during_discovery_the_next_run_records_exactly_the_bytes_it_loaded(
    prefect_harness: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from news_etl.discovery import hash_file

    inbox = small_inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    editor_saves_during_discovery(monkeypatch, inbox / ARTICLES[1])
    first = run(inbox, db)
    assert (first["files_new"], first["files_deferred"]) == (1, 1)
    second = run(inbox, db)
    assert (second["files_new"], second["files_unchanged"]) == (1, 1)
    actual = [(p.name, p.stat().st_size, p.stat().st_mtime_ns, hash_file(p)[0]) for p in sorted(inbox.iterdir())]
    assert query(db, "select path, size_bytes, mtime_ns, sha256 from source_file order by 1") == actual
    assert query(db, "select path, sha256 from dim_article where is_current order by 1") == [a[::3] for a in actual]


# --- 6. the clock jumping back between runs ---------------------------------------------------------------


@pytest.mark.slow
def test_after_the_clock_jumped_back_a_future_dated_refusal_is_decided_again_and_past_mtimes_are_edits(
    prefect_harness: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run's date is the clock's; a refusal that depends on it (`future_date`) must not outlive the clock."""
    import news_etl.run

    inbox = small_inbox(tmp_path, (ARTICLES[0],))
    db = tmp_path / "w.duckdb"
    today = dt.datetime.now(dt.UTC).date()
    first = run(inbox, db)
    assert first["files_new"] == 1
    monkeypatch.setattr(news_etl.run, "today_utc", lambda: today - dt.timedelta(days=10))  # the clock jumped back
    write_article(inbox, "recent.txt", f"date {today - dt.timedelta(days=2)}\nAcme paid $3 million to Globex.\n")
    behind = run(inbox, db)
    assert behind["quarantine_by_reason"] == {"future_date": 1}
    again = run(inbox, db)  # still behind: decided again, but refused and recorded once
    assert (again["files_unchanged"], again["files_quarantined"]) == (2, 0)
    assert query(db, "select count(*) from quarantine where path = 'recent.txt'") == [(1,)]
    monkeypatch.undo()  # the clock is right again
    edited = inbox / ARTICLES[0]
    (started,) = query(db, "select epoch_ns(min(started_at)) from etl_run")[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nCorrection: a name.\n", encoding="utf-8")
    os.utime(edited, ns=(started - 10**9, started - 10**9))  # an edit whose mtime is before the first run
    fixed = run(inbox, db)
    assert (fixed["files_new"], fixed["files_changed"], fixed["files_quarantined"]) == (1, 1, 0)
    assert query(db, "select path, status from source_file order by 1") == [
        (ARTICLES[0], "loaded"),
        ("recent.txt", "loaded"),
    ]
    assert query(db, "select count(*) from dim_article where is_current") == [(2,)]


# --- 5. two `news-etl serve` processes on one warehouse ---------------------------------------------------

HOLD_THE_FILE = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("open", flush=True)
sys.stdin.read()  # an analyst's session, until the test lets go
"""


def run_lock_held(db: Path) -> bool:
    import fcntl

    with db.with_name(db.name + ".lock").open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(lock, fcntl.LOCK_UN)
        return False


def wait_final(client: object, flow_run_id: object, log: Path, seconds: float = 300) -> object:
    import time

    deadline = time.monotonic() + seconds
    while not (flow_run := client.read_flow_run(flow_run_id)).state.is_final():  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, log.read_text()[-3000:]
        time.sleep(1)
    return flow_run


@pytest.mark.slow
def test_two_serve_processes_on_one_warehouse_the_second_run_is_skipped_with_its_reason(
    prefect_harness: str, tmp_path: Path
) -> None:
    import signal
    import time

    from prefect.client.orchestration import get_client

    from tests.test_serve import serve_command, serve_env, wait_for_deployment

    inbox = small_inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    empty_warehouse(db)
    reader = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_FILE, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert reader.stdout is not None and reader.stdout.readline() == "open\n"
    env = {**serve_env(prefect_harness), "NEWS_ETL_N_PROCESS": "1", "NEWS_ETL_READER_WAIT_SECONDS": "600"}
    serves, logs = [], []
    try:
        for name in ("hostile-a", "hostile-b"):
            logs.append(tmp_path / f"{name}.log")
            with logs[-1].open("w") as log:
                serves.append(
                    subprocess.Popen(
                        serve_command(inbox, db, name),
                        env=env,
                        cwd=PROJECT_ROOT,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
                )
        with get_client(sync_client=True) as client:
            first, second = (
                wait_for_deployment(client, log, name)
                for log, name in zip(logs, ("hostile-a", "hostile-b"), strict=True)
            )
            running = client.create_flow_run_from_deployment(first.id)
            deadline = time.monotonic() + 300
            while not run_lock_held(db):  # the first run holds the warehouse, waiting for the reader
                assert time.monotonic() < deadline, logs[0].read_text()[-3000:]
                time.sleep(0.5)
            skipped = wait_final(client, client.create_flow_run_from_deployment(second.id).id, logs[1])
            assert skipped.state.is_completed(), logs[1].read_text()[-3000:]
            assert skipped.state.name == "Skipped"
            assert skipped.state.message.startswith("skipped: another news-etl run is writing to"), skipped.state
            reader.communicate("")  # the analyst lets go: the first run goes on
            loaded = wait_final(client, running.id, logs[0])
            assert loaded.state.is_completed() and loaded.name.endswith("· 2 new"), logs[0].read_text()[-3000:]
    finally:
        reader.kill()
        for serve in serves:
            os.killpg(serve.pid, signal.SIGTERM)
        for serve in serves:
            serve.wait(timeout=60)
    assert query(db, "select run_id, status from etl_run") == [(str(running.id), "completed")]
    assert query(db, "select path, status from source_file order by 1") == [(n, "loaded") for n in ARTICLES]


@pytest.mark.slow
def test_a_served_run_outlives_its_prefect_server_being_restarted_mid_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The operator's server (its own process and SQLite) is killed after the first batch and started again
    on its port: the run in flight completes, `serve` keeps serving, the next run finds nothing new."""
    import signal
    import time

    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from news_etl.temporary_server import start_server
    from tests.test_serve import serve_command, serve_env, wait_for_deployment

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))  # a server of its own, not the harness
    server, url = start_server(300)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    inbox = small_inbox(tmp_path, (*ARTICLES, "002_india_budget.txt"))
    db = tmp_path / "w.duckdb"
    log = tmp_path / "serve.log"
    env = {**serve_env(url), "NEWS_ETL_N_PROCESS": "1", "NEWS_ETL_BATCH_SIZE": "1"}
    with log.open("w") as out:
        serve = subprocess.Popen(
            serve_command(inbox, db, "hostile-restart"), env=env, cwd=PROJECT_ROOT, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        with temporary_settings({PREFECT_API_URL: url}), get_client(sync_client=True) as client:
            deployment = wait_for_deployment(client, log, "hostile-restart")
            in_flight = client.create_flow_run_from_deployment(deployment.id)
            deadline = time.monotonic() + 300
            while "batch 1 loaded" not in log.read_text():
                assert time.monotonic() < deadline and serve.poll() is None, log.read_text()[-3000:]
                time.sleep(0.5)
            server.kill()
            server.wait()
            time.sleep(5)  # the run and the runner find the server gone
            server, _ = start_server(300, port=port)
            loaded = wait_final(client, in_flight.id, log)
            assert loaded.state.is_completed() and loaded.state.message == "3 new", log.read_text()[-3000:]
            again = wait_final(client, client.create_flow_run_from_deployment(deployment.id).id, log)
            assert again.state.is_completed() and again.state.message == "0 new", log.read_text()[-3000:]
            assert serve.poll() is None
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(timeout=60)
        server.kill()
        server.wait()
    assert query(db, "select count(*) from source_file where status = 'loaded'") == [(3,)]
    assert [s for (s,) in query(db, "select status from etl_run order by started_at")] == ["completed", "completed"]
