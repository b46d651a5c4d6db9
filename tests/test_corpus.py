"""Real press releases from ../shared/corpus through the whole flow (skipped where the corpus is absent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CORPUS, query, run, settle

pytestmark = [
    pytest.mark.usefixtures("prefect_harness"),
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
