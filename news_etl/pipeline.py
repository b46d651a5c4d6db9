"""The work of one batch, without orchestration: read and extract its files, then say what each file became.

`news_etl/run.py` calls these functions for each step of a run; they know nothing of Prefect.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import functools
import threading
import time
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from news_etl.config import Settings
from news_etl.discovery import Candidate, FileDecision, InboxFile, Plan, today_utc
from news_etl.nlp_pool import pool_for
from news_etl.nlp_service import extract_with_service, gather, submit_chunks
from transforms.aliases import EntityAliases, load_aliases
from transforms.articles import Article, ArticleError, load_article
from transforms.records import ArticleExtraction, ExtractionFailure

if TYPE_CHECKING:
    from spacy.language import Language

    from news_etl.quality import BatchValidator, ValidatedBatch

#: Below this many articles in a batch, starting worker processes costs more than it saves.
POOL_MIN_ARTICLES = 16


@functools.lru_cache(maxsize=2)
def pipeline_for(model: str, components: tuple[str, ...]) -> Language:
    """The spaCy pipeline, loaded once per process. spaCy is imported here, not with this module: a run whose
    NLP runs in the worker processes only receives their records and never imports it."""
    from transforms.nlp import load_pipeline

    return load_pipeline(model, components)


def aliases_for(path: Path) -> EntityAliases:
    """The curated entity alias rules, read again whenever the file changed (a served deployment sees edits)."""
    st = path.stat()
    return _aliases_as_of(path, st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=4)
def _aliases_as_of(path: Path, mtime_ns: int, size: int) -> EntityAliases:
    return load_aliases(path)


def validator_for(entity_labels: tuple[str, ...]) -> BatchValidator:
    """The Great Expectations context with the project's suites, built once per process (a caller waits
    while another thread builds it)."""
    with _building_validator:
        return _validator(entity_labels)


def build_validator_in_background(entity_labels: tuple[str, ...]) -> None:
    """Start building the context in a thread (it imports GX: seconds), for a run that needs it later."""
    threading.Thread(target=validator_for, args=(entity_labels,), name="gx-context", daemon=True).start()


_building_validator = threading.Lock()


@functools.lru_cache(maxsize=2)
def _validator(entity_labels: tuple[str, ...]) -> BatchValidator:
    from news_etl.quality import BatchValidator

    return BatchValidator(files("news_etl.expectations"), entity_labels)


@dataclass
class ExtractedBatch:
    """A batch after extraction: results for the readable files, decisions for the others."""

    extractions: list[ArticleExtraction] = field(default_factory=list)
    riders: dict[str, list[InboxFile]] = field(default_factory=dict)  # article path -> its duplicates
    candidates: dict[str, Candidate] = field(default_factory=dict)  # article path -> candidate
    decided: list[FileDecision] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    seconds: float = 0.0  # wall time of the extraction


def _refuse(batch: ExtractedBatch, candidate: Candidate, reason: str, message: str, sha: str | None) -> None:
    """Quarantine the candidate and its copies; a file refused again as it was recorded is only re-stamped."""
    again = reason == candidate.refused_as
    batch.decided.append(FileDecision(candidate.file, "quarantined", sha, reason, message, stat_only=again))
    for file in candidate.riders:
        batch.decided.append(FileDecision(file, "quarantined", sha, reason, message))


def extract_batch(candidates: list[Candidate], settings: Settings, today: dt.date) -> ExtractedBatch:
    """Read, parse and run NLP over one batch of files. Bad files are refused, not raised."""
    started = time.perf_counter()
    batch = ExtractedBatch()
    articles: list[Article] = []
    for candidate in candidates:
        try:
            article = load_article(candidate.file.path, settings.max_file_bytes, today, candidate.file.rel)
        except ArticleError as exc:
            if exc.reason == "vanished":  # deleted since discovery: the next run records it as deleted
                batch.deferred += [rider.rel for rider in candidate.riders]  # and decides its copies
                continue
            _refuse(batch, candidate, exc.reason, exc.message, candidate.sha256)  # remembered: not re-read
            continue
        if article.sha256 != candidate.sha256:  # rewritten since discovery: it and its copies, next run
            batch.deferred += [file.rel for file in (candidate.file, *candidate.riders)]
            continue
        articles.append(article)
        batch.candidates[article.path] = candidate
    results = run_nlp(articles, settings)
    for result in results:
        if isinstance(result, ExtractionFailure):
            candidate = batch.candidates.pop(result.article.path)
            _refuse(batch, candidate, "extraction_failed", result.error, result.article.sha256)
        else:
            batch.extractions.append(result)
    batch.seconds = time.perf_counter() - started
    return batch


def uses_pool(settings: Settings, plan: Plan) -> bool:
    """Whether a run of `plan` extracts in the NLP worker processes (a batch big enough, more than one)."""
    return _pool_pays_for(max(map(len, plan.batches(settings.batch_size)), default=0), settings)


def start_nlp_and_prefetch(first_batch: list[Candidate], settings: Settings) -> None:
    """In the background: start the worker pool (the fork server loads the model), then the NLP of the
    run's first batch, before the run's extract step asks for it (while Prefect's server boots). The step
    takes that result only for exactly the articles it reads then, with the same settings and alias file;
    otherwise it is dropped and the step extracts as usual."""
    pool = pool_for(settings.spacy_model, settings.spacy_components, settings.n_process)
    _prefetching.acquire()  # released by the thread: a `run_nlp` meanwhile waits for its result to exist

    def start() -> None:
        try:
            pool.start()
            _prefetch(first_batch, settings, today_utc())
        finally:
            _prefetching.release()

    threading.Thread(target=start, name="nlp-prefetch", daemon=True).start()


def _prefetch(candidates: list[Candidate], settings: Settings, today: dt.date) -> None:
    articles = []
    for candidate in candidates:
        try:
            article = load_article(candidate.file.path, settings.max_file_bytes, today, candidate.file.rel)
        except ArticleError:
            continue
        if article.sha256 == candidate.sha256:
            articles.append(article)
    if _uses_pool_for(articles, settings):
        _prefetched.clear()  # one run's first batch at a time
        _prefetched[_prefetch_key(articles, settings)] = _submit(articles, settings)


def run_nlp(articles: list[Article], settings: Settings) -> list[ArticleExtraction | ExtractionFailure]:
    """NLP and normalisation of a batch: on the warm workers of `news-etl serve` when a served run may use them,
    else in the worker pool when `n_process` > 1, else in this process."""
    aliases = aliases_for(settings.entity_aliases_file)
    if articles and (served := extract_with_service(articles, settings, aliases)) is not None:
        return served
    if not _uses_pool_for(articles, settings):
        from transforms.extract import extract_articles  # spaCy, in this process only when it runs the NLP

        nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
        return extract_articles(nlp, articles, settings.entity_labels, settings.nlp_batch_size, aliases)
    pool = pool_for(settings.spacy_model, settings.spacy_components, settings.n_process)
    futures = _take_prefetched(articles, settings) or _submit(articles, settings)
    return gather(pool, futures, len(articles), settings.extract_timeout_seconds)


_Futures = list[concurrent.futures.Future[list[ArticleExtraction | ExtractionFailure]]]
#: The first batch's NLP started by `start_nlp_and_prefetch`, by `_prefetch_key`.
_prefetched: dict[tuple[Any, ...], _Futures] = {}
_prefetching = threading.Lock()


def _uses_pool_for(articles: list[Article], settings: Settings) -> bool:
    return _pool_pays_for(len(articles), settings)


def _pool_pays_for(articles: int, settings: Settings) -> bool:
    """Whether a batch of this many articles runs in the worker pool."""
    return settings.n_process > 1 and articles >= POOL_MIN_ARTICLES


def _take_prefetched(articles: list[Article], settings: Settings) -> _Futures | None:
    """The prefetched NLP of exactly these articles, if any; a prefetch of other versions of them is dropped."""
    with _prefetching:
        futures = _prefetched.pop(_prefetch_key(articles, settings), None)
        paths = {a.path for a in articles}
        for key in [k for k in _prefetched if paths & {a.path for a in k[-1]}]:
            for stale in _prefetched.pop(key):
                stale.cancel()
    return futures


def _prefetch_key(articles: list[Article], settings: Settings) -> tuple[Any, ...]:
    st = settings.entity_aliases_file.stat()
    return settings, st.st_mtime_ns, st.st_size, tuple(articles)


def _submit(articles: list[Article], settings: Settings) -> _Futures:
    """The batch in the worker pool, one chunk per worker so all of them work on it at once."""
    pool = pool_for(settings.spacy_model, settings.spacy_components, settings.n_process)
    aliases = aliases_for(settings.entity_aliases_file)
    return submit_chunks(pool, settings.n_process, articles, settings.entity_labels, settings.nlp_batch_size, aliases)


def validate_batch(
    batch: ExtractedBatch, settings: Settings, today: dt.date, docs_prefix: Path | None = None
) -> ValidatedBatch:
    """Stage the batch's rows and check them against the suites (Data Docs pages under `docs_prefix`)."""
    from news_etl.staging import stage_extractions

    staged = stage_extractions(batch.extractions)
    return validator_for(settings.entity_labels).validate(staged, today, docs_prefix, settings.data_docs)


def source_file_rows(batch: ExtractedBatch, validated: ValidatedBatch) -> tuple[list[dict], list[dict]]:
    """What each file of the batch became, as `stg_source_file` rows, plus file-level quarantine rows."""
    loaded = validated.staged.frames["dim_article"]
    doc_of_path = dict(zip(loaded["path"], loaded["doc_index"], strict=True))
    refused = {q["path"]: q for q in validated.quarantine if q["table_name"] == "dim_article"}
    rows: list[dict[str, Any]] = []
    quarantine: list[dict[str, Any]] = []
    for path, candidate in batch.candidates.items():
        if path in doc_of_path:
            rows.append(_row(candidate.file, candidate.sha256, "loaded", None, int(doc_of_path[path])))
            rows += [_row(r, candidate.sha256, "duplicate", None, None) for r in candidate.riders]
        elif path in refused:
            for file in [candidate.file, *candidate.riders]:
                rows.append(_row(file, candidate.sha256, "quarantined", "expectation_failed", None))
                if file is not candidate.file:
                    quarantine.append({**refused[path], "path": file.rel})
    decided_rows, decided_quarantine = decided_file_rows(batch.decided)
    return rows + decided_rows, quarantine + decided_quarantine


def decided_file_rows(decisions: list[FileDecision]) -> tuple[list[dict], list[dict]]:
    """Files decided without loading an article (duplicates, refusals) as `stg_source_file` rows, plus the
    quarantine row of each refusal."""
    rows: list[dict[str, Any]] = []
    quarantine: list[dict[str, Any]] = []
    for decision in decisions:
        rows.append(_row(decision.file, decision.sha256, decision.status, decision.reason, None))
        if decision.status == "quarantined" and decision.reason is not None and not decision.stat_only:
            quarantine.append(
                {
                    "path": decision.file.rel,
                    "sha256": decision.sha256,
                    "table_name": None,
                    "reason": decision.reason,
                    "expectation": None,
                    "detail": decision.message,
                }
            )
    return rows, quarantine


def _row(file: InboxFile, sha: str | None, status: str, reason: str | None, doc: int | None) -> dict[str, Any]:
    return {
        "path": file.rel,
        "size_bytes": file.size,
        "mtime_ns": file.mtime_ns,
        "sha256": sha,
        "status": status,
        "reason": reason,
        "doc_index": doc,
    }
