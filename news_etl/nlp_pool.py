"""Worker processes that each hold the spaCy pipeline, so NLP uses every core while the flow validates and loads.

A pool lives as long as the process that created it. Workers are forked from a fork server that loaded the
model and warmed the rules once (`news_etl/nlp_preload.py`), so a second worker costs no second load and
the workers share the model's pages.
"""

from __future__ import annotations

import atexit
import functools
import multiprocessing
import multiprocessing.util
import os
import sys
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from news_etl.lifeline import end_with_parent
from transforms.aliases import EntityAliases
from transforms.articles import Article
from transforms.records import ArticleExtraction, ExtractionFailure

if TYPE_CHECKING:
    from spacy.language import Language

_worker_nlp: Language | None = None
_PRELOAD_MODULE = "news_etl.nlp_preload"
#: Where the fork server finds the model to preload (`news_etl.nlp_preload` reads them; importing that module
#: here would load the model here).
MODEL_VARIABLE, COMPONENTS_VARIABLE = "_NEWS_ETL_PRELOAD_MODEL", "_NEWS_ETL_PRELOAD_COMPONENTS"
#: The process that owns the pool: the fork server, which inherits the variable, is any other process.
OWNER_VARIABLE = "_NEWS_ETL_PRELOAD_OWNER"
_preloading: tuple[str, tuple[str, ...]] | None = None
#: The scheduling priority (nice value) of the NLP fork server and its workers. While a run starts, the model
#: loading competes for the cores with Prefect's temporary server booting and the run's own imports, which the
#: flow run waits for; the NLP does not wait for them. Below them in priority, the NLP takes every idle cycle
#: and the flow begins sooner (docs/benchmarks.md). On a machine busy with other work, the NLP yields to it too.
NLP_NICENESS = 10


def lower_priority() -> None:
    """Lower this process's scheduling priority to `NLP_NICENESS` (never raise it; where the platform can)."""
    if hasattr(os, "getpriority") and os.getpriority(os.PRIO_PROCESS, 0) < NLP_NICENESS:
        os.setpriority(os.PRIO_PROCESS, 0, NLP_NICENESS)


def _load_in_worker(model: str, components: tuple[str, ...], parent: int) -> None:
    """A worker's start. spaCy and the rules are imported in the workers (forked with them when the fork server
    preloads), never in the process that owns the pool."""
    global _worker_nlp
    from transforms.nlp import load_pipeline

    end_with_parent(parent)
    lower_priority()  # already lowered where the fork server preloads: then a no-op
    preload = sys.modules.get(_PRELOAD_MODULE)  # imported by the fork server, when it preloads
    _worker_nlp = (preload and preload.pipeline(model, components)) or load_pipeline(model, components)


def _fork_server(model: str, components: tuple[str, ...]) -> multiprocessing.context.BaseContext:
    """The fork server context. The first pool of a process names the model the fork server preloads (it
    starts with that pool's first worker); a pool of another model loads its own in each worker."""
    global _preloading

    context = multiprocessing.get_context("forkserver")
    if _preloading is None:
        _preloading = (model, components)
        os.environ[MODEL_VARIABLE] = model
        os.environ[COMPONENTS_VARIABLE] = ",".join(components)
        os.environ[OWNER_VARIABLE] = str(os.getpid())
        context.set_forkserver_preload([_PRELOAD_MODULE])
    return context


def _extract_in_worker(
    articles: Sequence[Article], labels: tuple[str, ...], nlp_batch_size: int, aliases: EntityAliases
) -> list[ArticleExtraction | ExtractionFailure]:
    from transforms.extract import extract_articles

    assert _worker_nlp is not None, "worker started without its pipeline"
    return extract_articles(_worker_nlp, articles, labels, nlp_batch_size, aliases)


class ExtractionPool:
    """`workers` processes running `transforms.extract.extract_articles` on batches of articles."""

    def __init__(self, model: str, components: tuple[str, ...], workers: int) -> None:
        self._model = model
        self._components = components
        self._workers = workers
        self._executor = self._start()
        atexit.register(self.close)
        # A flow run that Prefect's runner started as a multiprocessing child joins its own children before
        # atexit runs: without this, its idle workers would keep it (and `news-etl serve`) alive forever.
        multiprocessing.util.Finalize(self, self.stop_now, exitpriority=10)

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=_fork_server(self._model, self._components),
            initializer=_load_in_worker,
            initargs=(self._model, self._components, os.getpid()),
        )

    def submit(
        self, articles: Sequence[Article], labels: tuple[str, ...], nlp_batch_size: int, aliases: EntityAliases
    ) -> Future[list[ArticleExtraction | ExtractionFailure]]:
        """Queue a batch; a pool broken by a worker's death (out of memory, killed) is replaced first, so the
        task's retry runs on fresh workers instead of failing again."""
        try:
            return self._executor.submit(_extract_in_worker, list(articles), labels, nlp_batch_size, aliases)
        except BrokenProcessPool:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()
            return self._executor.submit(_extract_in_worker, list(articles), labels, nlp_batch_size, aliases)

    def start(self) -> list[Future[list[ArticleExtraction | ExtractionFailure]]]:
        """Start every worker (and the fork server, loading the model) without waiting: a run calls this
        first, so the model loads while Prefect's server boots. The workers' first (empty) jobs."""
        self._spawn_every_worker()
        return [self.submit([], (), 1, EntityAliases()) for _ in range(self._workers)]

    def _spawn_every_worker(self) -> None:
        """Start all the workers now. The executor starts one per job only while no worker is idle, so a first
        worker quick to finish its empty job would leave the pool a worker short until a busy moment."""
        executor = self._executor
        while len(executor._processes or {}) < self._workers:
            executor._adjust_process_count()  # spawns one: none is idle yet

    def warm(self) -> None:
        """Start every worker and wait until each has loaded the model."""
        for job in self.start():
            job.result()

    def pids(self) -> list[int]:
        """Process ids of the started workers."""
        return [p.pid for p in (self._executor._processes or {}).values() if p.pid is not None]

    def close(self) -> None:
        """Let the running batches finish, then end the workers."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def replace_workers(self) -> None:
        """End the workers at once and start fresh ones: for a batch that hangs (a worker stuck in a pathological
        text), so the task's retry does not queue behind it."""
        self.stop_now()
        self._executor = self._start()

    def stop_now(self) -> None:
        """End the workers at once (the process is exiting): batches in flight are dropped, not loaded."""
        for process in list((self._executor._processes or {}).values()):
            process.terminate()
        self._executor.shutdown(wait=False, cancel_futures=True)


@functools.lru_cache(maxsize=2)
def pool_for(model: str, components: tuple[str, ...], workers: int) -> ExtractionPool:
    """The process-wide pool for a model; created on first use."""
    return ExtractionPool(model, components, workers)
