"""The NLP workers of `news-etl serve`, kept warm between scheduled runs in a process of their own.

Prefect's runner starts every flow run in a fresh process, so a pool created by a run dies with it. `serve`
starts this service before its runner: one process holding an `ExtractionPool`, warmed at once, reachable
only through a Unix socket in a private (0700) folder with a random authkey. Two environment variables, set
before the runner starts, hand both to the flow runs. The workers end after `nlp_idle_seconds` without a
request and start again on the next one; the service ends with `serve`.
"""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import multiprocessing.util
import os
import secrets
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

from news_etl.config import Settings
from news_etl.lifeline import end_with_parent
from news_etl.nlp_pool import ExtractionPool
from transforms.aliases import EntityAliases
from transforms.articles import Article
from transforms.records import ArticleExtraction, ExtractionFailure

ADDRESS_VARIABLE = "NEWS_ETL_NLP_SERVICE"
KEY_VARIABLE = "NEWS_ETL_NLP_SERVICE_KEY"
#: How long `serve` waits for the service's workers to load the model before it serves without them.
START_TIMEOUT_SECONDS = 600.0
#: Beyond the run's own extract_timeout_seconds, how long a run waits for a service that stopped answering.
ANSWER_MARGIN_SECONDS = 60.0

log = logging.getLogger(__name__)
Results = list[ArticleExtraction | ExtractionFailure]


@dataclass(frozen=True)
class PoolShape:
    """What a pool's workers hold: a run uses the service only when its settings ask for the same."""

    model: str
    components: tuple[str, ...]
    workers: int

    @classmethod
    def of(cls, settings: Settings) -> PoolShape:
        return cls(settings.spacy_model, tuple(settings.spacy_components), settings.n_process)


@dataclass(frozen=True)
class ExtractionRequest:
    shape: PoolShape
    articles: list[Article]
    labels: tuple[str, ...]
    nlp_batch_size: int
    aliases: EntityAliases
    timeout_seconds: float


def extract_on_pool(
    pool: ExtractionPool,
    workers: int,
    articles: list[Article],
    labels: tuple[str, ...],
    nlp_batch_size: int,
    aliases: EntityAliases,
    timeout_seconds: float,
) -> Results:
    """Run a batch on the pool, one chunk per worker so every worker runs at once; workers that give no result
    within `timeout_seconds` are replaced and the batch raises TimeoutError."""
    futures = submit_chunks(pool, workers, articles, labels, nlp_batch_size, aliases)
    return gather(pool, futures, len(articles), timeout_seconds)


def submit_chunks(
    pool: ExtractionPool,
    workers: int,
    articles: list[Article],
    labels: tuple[str, ...],
    nlp_batch_size: int,
    aliases: EntityAliases,
) -> list[concurrent.futures.Future[Results]]:
    """The batch queued on the pool in one chunk per worker."""
    size = max(1, -(-len(articles) // workers))
    return [pool.submit(articles[i : i + size], labels, nlp_batch_size, aliases) for i in range(0, len(articles), size)]


def gather(
    pool: ExtractionPool, futures: list[concurrent.futures.Future[Results]], articles: int, timeout_seconds: float
) -> Results:
    """The chunks' results in order; workers that give none within `timeout_seconds` are replaced and
    TimeoutError is raised."""
    deadline = time.monotonic() + timeout_seconds
    try:
        return [result for f in futures for result in f.result(timeout=max(0.0, deadline - time.monotonic()))]
    except concurrent.futures.TimeoutError:
        pool.replace_workers()
        raise TimeoutError(
            f"the NLP workers gave no result for {articles} articles in {timeout_seconds:g} s"
            " (setting extract_timeout_seconds); they were replaced"
        ) from None


class _WarmPool:
    """The service's pool, its workers ended after `idle_seconds` without a request and restarted on demand."""

    def __init__(self, shape: PoolShape, idle_seconds: float) -> None:
        self.shape = shape
        self._idle_seconds = idle_seconds
        self._pool = ExtractionPool(shape.model, shape.components, shape.workers)
        self._warm_up()
        self._warm = True
        self._busy = 0
        self._last_used = time.monotonic()
        self._lock = threading.Lock()
        self.requests = 0

    def extract(self, request: ExtractionRequest) -> Results:
        with self._lock:
            self._busy += 1
            self.requests += 1
            if not self._warm:
                self._pool.replace_workers()
                self._warm_up()
                self._warm = True
                _say(f"NLP workers started again: {self.pids()}")
        try:
            return extract_on_pool(
                self._pool,
                self.shape.workers,
                request.articles,
                request.labels,
                request.nlp_batch_size,
                request.aliases,
                request.timeout_seconds,
            )
        finally:
            with self._lock:
                self._busy -= 1
                self._last_used = time.monotonic()

    def _warm_up(self) -> None:
        """Start the workers: forked from the fork server, they hold the model and the rules' lazily loaded
        tables already (`news_etl/nlp_preload.py`)."""
        self._pool.warm()

    def pids(self) -> list[int]:
        return self._pool.pids() if self._warm else []

    def release_when_idle(self) -> None:
        """Forever: end the workers once they have had no request for `idle_seconds`."""
        while True:
            time.sleep(min(1.0, self._idle_seconds))
            with self._lock:
                if self._warm and not self._busy and time.monotonic() - self._last_used >= self._idle_seconds:
                    self._pool.close()
                    self._warm = False
                    _say(f"NLP workers ended after {self._idle_seconds:g} s without a run (setting nlp_idle_seconds)")


def _say(line: str) -> None:
    print(f"news-etl serve: {line}", file=sys.stderr, flush=True)


def _answer(connection: Connection, pool: _WarmPool) -> None:
    """One client's requests: ("status",) -> (pids, requests); an ExtractionRequest -> ("results" | "refused" |
    "timeout", payload)."""
    with connection:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        reply: tuple[str, Any]
        if not isinstance(request, ExtractionRequest):
            reply = ("status", (pool.pids(), pool.requests))
        elif request.shape != pool.shape:
            reply = ("refused", f"the service's workers hold {pool.shape}, the run asks for {request.shape}")
        else:
            try:
                reply = ("results", pool.extract(request))
            except TimeoutError as exc:
                reply = ("timeout", str(exc))
        try:
            connection.send(reply)
        except (OSError, ValueError):
            pass  # the run ended while its batch ran


def _service_main(address: str, authkey: bytes, shape: PoolShape, idle_seconds: float, parent: int, ready: Any) -> None:
    end_with_parent(parent)
    pool = _WarmPool(shape, idle_seconds)
    listener = Listener(address, family="AF_UNIX", authkey=authkey)
    threading.Thread(target=pool.release_when_idle, name="release-idle-workers", daemon=True).start()
    ready.send(pool.pids())
    ready.close()
    while True:
        try:
            connection = listener.accept()
        except (multiprocessing.AuthenticationError, OSError):
            continue  # a caller without the key, or one that hung up during the handshake
        threading.Thread(target=_answer, args=(connection, pool), daemon=True).start()


@contextmanager
def nlp_service(settings: Settings) -> Iterator[list[int]]:
    """Start the service and its workers; while inside, this process's environment (and so every flow run the
    runner starts) names it. Yields the workers' pids. The service ends on exit, or with this process."""
    folder = Path(tempfile.mkdtemp(prefix="news-etl-nlp-"))  # mkdtemp makes it 0700
    address = str(folder / "socket")
    authkey = secrets.token_bytes(32)
    context = multiprocessing.get_context("spawn")
    ready_out, ready_in = context.Pipe(duplex=False)
    shape = PoolShape.of(settings)
    process = context.Process(
        target=_service_main,
        args=(address, authkey, shape, settings.nlp_idle_seconds, os.getpid(), ready_in),
        name="news-etl-nlp-service",
    )  # not a daemon: a daemon may not start the workers
    process.start()
    ready_in.close()
    # ended before multiprocessing joins this process's children at exit (a SIGTERM'd serve never reaches finally)
    multiprocessing.util.Finalize(None, process.terminate, exitpriority=10)
    try:
        if not ready_out.poll(START_TIMEOUT_SECONDS):
            raise RuntimeError(f"the NLP service's workers did not load {shape.model} in {START_TIMEOUT_SECONDS:g} s")
        try:
            pids = ready_out.recv()
        except EOFError:
            process.join(10)
            raise RuntimeError(f"the NLP service ended while starting (exit code {process.exitcode})") from None
        os.environ[ADDRESS_VARIABLE] = address
        os.environ[KEY_VARIABLE] = authkey.hex()
        yield pids
    finally:
        os.environ.pop(ADDRESS_VARIABLE, None)
        os.environ.pop(KEY_VARIABLE, None)
        process.terminate()
        process.join(10)
        shutil.rmtree(folder, ignore_errors=True)


def _ask(request: object, wait_seconds: float) -> tuple[str, Any]:
    """Send one request to the service this process's environment names; OSError/EOFError when it is gone."""
    address = os.environ[ADDRESS_VARIABLE]
    with Client(address, family="AF_UNIX", authkey=bytes.fromhex(os.environ.get(KEY_VARIABLE, ""))) as connection:
        connection.send(request)
        if not connection.poll(wait_seconds):
            raise OSError(f"no answer in {wait_seconds:g} s")
        reply: tuple[str, Any] = connection.recv()
        return reply


def service_status() -> tuple[list[int], int]:
    """The service's worker pids (empty while released) and how many extraction requests it has answered."""
    _, (pids, requests) = _ask(("status",), 30.0)
    return pids, requests


def extract_with_service(articles: list[Article], settings: Settings, aliases: EntityAliases) -> Results | None:
    """The batch's results from the service of `news-etl serve`; None when none is named, when its workers
    hold another model, or (with one warning line) when it is gone: the run then uses its own workers."""
    if not os.environ.get(ADDRESS_VARIABLE):
        return None
    request = ExtractionRequest(
        PoolShape.of(settings),
        articles,
        tuple(settings.entity_labels),
        settings.nlp_batch_size,
        aliases,
        settings.extract_timeout_seconds,
    )
    try:
        kind, payload = _ask(request, settings.extract_timeout_seconds + ANSWER_MARGIN_SECONDS)
    except (OSError, EOFError, ValueError, multiprocessing.AuthenticationError) as exc:
        log.warning("the NLP service of news-etl serve is gone (%s); this run starts its own NLP workers", exc)
        os.environ.pop(ADDRESS_VARIABLE, None)  # once per run, not once per batch
        return None
    if kind == "timeout":
        raise TimeoutError(payload)
    if kind == "refused":
        return None
    results: Results = payload
    return results
