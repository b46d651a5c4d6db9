"""Shared fixtures: one Prefect test harness per session, the real spaCy pipeline, sample inboxes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import news_etl  # noqa: F401 - analytics off before Prefect and GX import
from news_etl.config import PROJECT_ROOT

SAMPLE_INBOX = PROJECT_ROOT / "data" / "inbox"
SEED = SAMPLE_INBOX / "000_320c9d408e36c2bc.txt"
SHARED = PROJECT_ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "articles"

if worker := os.environ.get("PYTEST_XDIST_WORKER"):  # `pytest -n 2`: set before Prefect is imported
    # Each worker's temporary servers keep their SQLite under a Prefect home of their own, so that no two
    # servers migrate one database at once on a fresh machine or write it at once afterwards.
    from news_etl.temporary_server import prefect_home

    os.environ["PREFECT_HOME"] = str(prefect_home() / f"pytest-{worker}")


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[str]:
    """A temporary Prefect API server (SQLite) shared by every flow test; yields its API URL."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=None):
        yield str(PREFECT_API_URL.value())


@pytest.fixture(scope="session")
def nlp():
    from news_etl.config import Settings
    from news_etl.pipeline import pipeline_for

    settings = Settings()
    return pipeline_for(settings.spacy_model, settings.spacy_components)


@pytest.fixture(scope="session")
def seed_article():
    """The seed article, read as of 2026-11-27."""
    from transforms.articles import load_article

    return load_article(SEED, 5_000_000, dt.date(2026, 11, 27), "seed.txt")


@pytest.fixture(scope="session")
def seed_extraction(nlp, seed_article):
    """The seed article through the real extraction (default labels and aliases), computed once."""
    from transforms.extract import extract_articles
    from transforms.records import ArticleExtraction

    (result,) = extract_articles(nlp, [seed_article])
    assert isinstance(result, ArticleExtraction)
    return result


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A copy of the shipped sample inbox, with mtimes old enough to count as settled."""
    folder = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX, folder)
    for path in folder.iterdir():
        settle(path)
    return folder


@pytest.fixture(scope="session")
def sample_build(prefect_harness: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The shipped sample (copies modified at `SETTLED_MTIME`) loaded by one flow run, once per session: its
    inbox and warehouse, which no test may change."""
    from benchmarks.fingerprint import copy_inbox

    work = tmp_path_factory.mktemp("sample")
    inbox = copy_inbox(sorted(SAMPLE_INBOX.glob("*.txt")), work / "inbox")
    run(inbox, work / "w.duckdb")
    return inbox, work / "w.duckdb"


@pytest.fixture
def loaded_sample(sample_build: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A copy of `sample_build`'s inbox and warehouse (with its lock and `.verified` stamp) for one test to change:
    copies keep their mtimes, so the next run finds the files and the warehouse as the build left them."""
    source_inbox, source_db = sample_build
    inbox = Path(shutil.copytree(source_inbox, tmp_path / "inbox"))
    for path in source_db.parent.glob(source_db.name + "*"):
        shutil.copy2(path, tmp_path / path.name)
    return inbox, tmp_path / source_db.name


def settle(path: Path, seconds_ago: float = 60.0) -> None:
    """Make a file look finished: modified `seconds_ago` seconds ago."""
    stamp = path.stat().st_mtime - seconds_ago if path.exists() else 0
    os.utime(path, (stamp, stamp), follow_symlinks=False)


def write_article(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    settle(path)
    return path


def run(inbox: Path, db: Path, **kwargs) -> dict:
    """One `ingest-articles` flow run that must complete; its summary."""
    from flows.ingest import ingest_articles

    summary = ingest_articles(inbox=str(inbox), db=str(db), **kwargs)
    assert summary["status"] == "completed", summary
    return summary


def query(db: Path, sql: str) -> list[tuple]:
    """Rows of a query on a read-only connection to the warehouse file."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
