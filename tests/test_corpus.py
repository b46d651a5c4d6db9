"""Real press releases from ../shared/corpus through the whole flow (skipped where the corpus is absent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.fingerprint import copy_inbox, inboxes
from tests.conftest import CORPUS, query, run, settle
from tests.test_fingerprint import changed_tables

pytestmark = [
    pytest.mark.usefixtures("prefect_harness"),
    pytest.mark.slow,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present"),
]


def test_thirty_real_articles_load_with_exact_money(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    sources = sorted(CORPUS.glob("*.txt"))[::100][:30]
    for source in sources:
        settle(Path(shutil.copy(source, inbox)))
    db = tmp_path / "w.duckdb"
    summary = run(inbox, db)
    assert summary["files_new"] == len(sources) == 30
    assert summary["files_quarantined"] == 0
    assert query(db, "select count(*) from dim_article where published_date is null") == [(0,)]
    # every stored amount is exactly what its surface text says, to the cent, in an ISO currency
    rows = query(db, "select surface_text, amount, currency_code from fact_money_mention")
    assert rows, "the sample has dollar amounts"
    assert {currency for _, _, currency in rows} <= set(
        c for (c,) in query(db, "select currency_code from dim_currency")
    )
    body_matches = query(
        db,
        "select count(*) from fact_money_mention m join dim_article a using (article_id) "
        "where substr(a.body, m.start_char + 1, m.end_char - m.start_char) <> m.surface_text",
    )
    assert body_matches == [(0,)]


@pytest.fixture(scope="module")
def two_hundred_press_releases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse of the first 200 corpus articles and 01575.txt, as `benchmarks.fingerprint` builds it."""
    work = tmp_path_factory.mktemp("corpus_200")
    db = work / "w.duckdb"
    run(copy_inbox(inboxes()["corpus_200"], work / "inbox"), db)
    return db


def test_two_hundred_press_releases_have_the_recorded_fingerprint(two_hundred_press_releases: Path) -> None:
    assert changed_tables("corpus_200", two_hundred_press_releases) == {}


def test_who_is_who_on_two_hundred_press_releases(two_hundred_press_releases: Path) -> None:
    """The identity acceptance checks: Joe Biden's spellings are one entity, the U.S. one country, states coded."""
    db = two_hundred_press_releases
    forms = "'biden', 'joe biden', 'joseph r. biden', 'joseph r. biden jr.', 'joseph r. biden jr'"
    biden = query(
        db,
        "select entity_key, count(*) from fact_entity_mention "
        f"where label = 'PERSON' and lower(surface_text) in ({forms}) group by 1 order by 2 desc",
    )
    assert biden[0][1] / sum(n for _, n in biden) >= 0.95
    jill = query(db, "select distinct entity_key from fact_entity_mention where surface_text = 'Jill Biden'")
    assert jill and biden[0][0] not in {k for (k,) in jill}
    us = query(
        db,
        "select distinct e.entity_key, e.country_code from fact_entity_mention m join dim_entity e using (entity_key) "
        "where lower(m.surface_text) in ('u.s.', 'united states', 'the united states')",
    )
    assert us == [("GPE:united states", "US")]
    states = query(
        db,
        "select canonical_name, country_code from dim_entity "
        "where canonical_name in ('Texas', 'California', 'Ohio', 'Florida') order by 1",
    )
    assert states == [("California", "US"), ("Florida", "US"), ("Ohio", "US"), ("Texas", "US")]
    junk = query(db, "select count(*) from dim_entity where canonical_name in ('Administration', 'Nominee', 'AI')")
    assert junk == [(0,)]
    africa = query(
        db,
        "select distinct e.canonical_name from fact_entity_mention m join dim_entity e using (entity_key) "
        "join dim_article a using (article_id) where a.path = '01575.txt' and m.surface_text = 'Africa'",
    )
    assert africa == [("Africa",)]
