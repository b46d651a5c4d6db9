"""Prefect's temporary API server for one `news-etl run`, ended with the run even when the run is killed.

With no PREFECT_API_URL, Prefect would start such a server itself, but that one outlives a `kill -9` of
the run for minutes. This is the same server (Prefect's app under uvicorn, its SQLite under PREFECT_HOME),
started as `python -m news_etl.temporary_server PORT PARENT_PID` with a watcher that ends it with its parent,
and started again on its port if it ends before the run does. What the server prints goes to
`SERVER_LOG_NAME` under PREFECT_HOME, not to the run's stderr: a server stopped at the run's end may log a
traceback of its own about events it was still recording, which is no error of the run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from news_etl.lifeline import end_with_parent

#: Prefect's own switches for its temporary server: no UI, no background services, no automations (their
#: trigger and action services would evaluate every event of the run for automations a one-run server never has),
#: and no block types registered at start (a run uses no blocks; checking the registry imports every installed
#: Prefect collection, prefect-dask and Dask with it: about 0.5 s of the server's CPU).
_SERVER_ENV = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "0",
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "0",
    "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "0",
}
RESTART_CHECK_SECONDS = 0.5
SERVER_LOG_NAME = "news-etl-temporary-server.log"
_SERVER_LOG_LIMIT = 5_000_000  # bytes: beyond this the log is moved to `.1` at a server's start


def prefect_home() -> Path:
    """Prefect's home folder as the server processes will see it (PREFECT_HOME, else Prefect's default)."""
    return Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()


def server_log() -> Path:
    """Where the temporary servers write what they print: Prefect's home folder, beside their SQLite."""
    home = prefect_home()
    home.mkdir(parents=True, exist_ok=True)
    log = home / SERVER_LOG_NAME
    with contextlib.suppress(OSError):
        if log.stat().st_size > _SERVER_LOG_LIMIT:
            log.replace(log.with_name(SERVER_LOG_NAME + ".1"))
    return log


def _log_tail(log: Path, lines: int = 20) -> str:
    with contextlib.suppress(OSError):
        return "".join(log.read_text(errors="replace").splitlines(keepends=True)[-lines:])
    return ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    startup_timeout: float, while_starting: Callable[[], object] = lambda: None, port: int | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """Prefect's API server on `port` (else a free loopback port), up and healthy; the process and its API URL."""
    port = port or _free_port()
    log = server_log()
    with log.open("a") as out:
        out.write(f"--- {dt.datetime.now(dt.UTC).isoformat()} server on port {port} for run pid {os.getpid()}\n")
        out.flush()
        server = subprocess.Popen(
            [sys.executable, "-m", "news_etl.temporary_server", str(port), str(os.getpid())],
            env={**os.environ, **_SERVER_ENV},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    import httpx  # once the server is booting: nothing the run imports delays the server's start

    url = f"http://127.0.0.1:{port}/api"
    while_starting()
    deadline = time.monotonic() + startup_timeout
    with httpx.Client() as client:
        while time.monotonic() < deadline and server.poll() is None:
            with contextlib.suppress(httpx.TransportError):
                if client.get(f"{url}/health", timeout=5).status_code == 200:
                    return server, url
            time.sleep(0.1)
    server.kill()
    server.wait()
    raise RuntimeError(
        f"Prefect's temporary server did not start on port {port} (exit code {server.returncode}); "
        f"the end of its log {log}:\n{_log_tail(log)}"
    )


class _Restarter(threading.Thread):
    """Starts the server again on its port when it ends before the run does (killed by the OOM killer or by
    hand): the run's client retries its calls meanwhile, and the server's SQLite still holds the run."""

    def __init__(self, server: subprocess.Popen[bytes], url: str, startup_timeout: float) -> None:
        super().__init__(name="temporary-server-restarter", daemon=True)
        self.server, self.url, self.startup_timeout = server, url, startup_timeout
        self.stopping = threading.Event()

    def run(self) -> None:
        port = int(self.url.rsplit(":", 1)[1].split("/")[0])
        while not self.stopping.wait(RESTART_CHECK_SECONDS):
            if self.server.poll() is None:
                continue
            print(
                f"news-etl run: Prefect's temporary server ended mid-run (exit code {self.server.returncode}); "
                f"starting it again on port {port}",
                file=sys.stderr,
                flush=True,
            )
            try:
                self.server, _ = start_server(self.startup_timeout, port=port)
            except RuntimeError as exc:
                print(f"news-etl run: {exc}; the run's record in Prefect stays incomplete", file=sys.stderr)
                return

    def stop(self) -> subprocess.Popen[bytes]:
        """Stop watching; the server process now running."""
        self.stopping.set()
        self.join()
        return self.server


@contextlib.contextmanager
def temporary_server(startup_timeout: float, while_starting: Callable[[], object] = lambda: None) -> Iterator[str]:
    """A Prefect API server on a free loopback port for the block's duration; yields its API URL.

    `while_starting` runs while the server boots (the run's own imports: both take seconds)."""
    started = dt.datetime.now(dt.UTC)
    try:
        server, url = start_server(startup_timeout, while_starting)
    except RuntimeError:  # the port was taken between choosing and binding it: once more, elsewhere
        server, url = start_server(startup_timeout, while_starting)
    restarter = _Restarter(server, url, startup_timeout)
    restarter.start()
    try:
        yield url
    finally:
        from prefect._internal.concurrency.services import QueueService

        QueueService.drain_all(timeout=30, at_exit=False)  # the run's last logs and events, while it listens
        _wait_until_recorded(url, started)
        server = restarter.stop()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_until_recorded(url: str, since: dt.datetime, timeout: float = 5.0) -> None:
    """Wait (at most `timeout` s) until the server has recorded every task run started `since` in a final
    state: it records them from the events the run sent, after they arrive, and a server stopped meanwhile
    loses the last ones (with a traceback of Prefect's)."""
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterStartTime

    recent = TaskRunFilter(start_time=TaskRunFilterStartTime.model_validate({"after_": since}))
    deadline = time.monotonic() + timeout
    with SyncPrefectClient(url) as client:
        while time.monotonic() < deadline:
            runs = client.read_task_runs(task_run_filter=recent)
            if all(run.state is not None and run.state.is_final() for run in runs):
                return
            time.sleep(0.05)


def main(argv: list[str]) -> None:
    """Serve Prefect's API on 127.0.0.1:PORT until PARENT_PID ends (or a SIGTERM)."""
    port, parent = int(argv[0]), int(argv[1])
    end_with_parent(parent)
    import uvicorn

    uvicorn.run(
        "prefect.server.api.server:create_app",
        factory=True,
        host="127.0.0.1",
        port=port,
        log_level="error",
        lifespan="on",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
