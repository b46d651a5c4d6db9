"""The `ingest-articles` flow, executed by Prefect against a real DuckDB file and real GX validation."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from news_etl.contracts import TABLES
from tests.conftest import query, run, settle, write_article

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]


def table_counts(db: Path) -> dict[str, int]:
    tables = [
        "dim_article",
        "dim_entity",
        "fact_entity_mention",
        "fact_money_mention",
        "fact_date_mention",
        "fact_money_entity",
        "fact_money_event",
        "quarantine",
        "source_file",
    ]
    return {t: query(db, f"select count(*) from {t}")[0][0] for t in tables}


def test_sample_loads_and_second_run_is_a_no_op(loaded_sample: tuple[Path, Path]) -> None:
    inbox, db = loaded_sample
    files = len(list(inbox.glob("*.txt")))
    seed_money = query(
        db,
        "select m.amount, m.currency_code, m.per from fact_money_mention m join dim_article a using (article_id) "
        "where a.path = '000_320c9d408e36c2bc.txt' order by m.start_char",
    )
    assert seed_money == [
        (Decimal(1_000_000), "USD", None),
        (Decimal(1_000_000), "USD", None),
        (Decimal(1_000_000), "USD", "each"),
    ]
    places = dict(query(db, "select canonical_name, country_code from dim_entity where country_code is not null"))
    assert places["Pyongyang"] == "KP" and places["North Korea"] == "KP" and places["New Delhi"] == "IN"
    entities = {name for (name,) in query(db, "select canonical_name from dim_entity")}
    assert {"India", "North Korea", "Kim Jong Un", "World Health Organisation"} <= entities
    assert query(
        db, "select published_date is null, date_missing from dim_article where path = '005_undated_note.txt'"
    ) == [(True, True)]
    seed_dates = query(
        db,
        "select m.surface_text, m.date_value, m.granularity, d.day_name from fact_date_mention m "
        "join dim_article a using (article_id) left join dim_date d on d.date_key = m.date_value "
        "where a.path = '000_320c9d408e36c2bc.txt' order by m.start_char limit 2",
    )
    assert [tuple(map(str, r)) for r in seed_dates] == [
        ("Friday", "2020-07-24", "day", "Friday"),
        ("July 16", "2020-07-16", "day", "Thursday"),
    ]
    # the question from the README
    totals = dict(query(db, "select currency_code, sum(amount) from fact_money_mention group by 1"))
    assert totals["USD"] >= Decimal(3_000_000)
    run_row = query(db, "select status, files_new, rows_dim_article, validation_success from etl_run")
    assert run_row == [("completed", files, files, True)]

    before = table_counts(db)
    second = run(inbox, db)
    assert second["files_unchanged"] == files
    assert second["files_new"] == 0 and second["rows"].get("dim_article", 0) == 0
    assert table_counts(db) == before
    assert query(db, "select count(*) from etl_run") == [(2,)]


def test_run_publishes_its_report_as_prefect_artifacts(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from uuid import UUID

    monkeypatch.setenv("NEWS_ETL_DATA_DOCS", "all")  # a page for every suite, passing or not
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    db = tmp_path / "warehouse.duckdb"
    summary = run(inbox, db)
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(UUID(summary["run_id"]))
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run.id]))
        )
    assert flow_run.state.is_completed()
    by_key = {a.key: a for a in artifacts}
    assert {"ingest-run-report", "ingest-run-top-entities", "ingest-run-top-money", "ingest-run-data-docs"} <= set(
        by_key
    )
    top_money = json.loads(by_key["ingest-run-top-money"].data)
    assert top_money and all(isinstance(r["amount"], str) and "e" not in r["amount"] for r in top_money)
    assert "39450000000000" in {r["amount"] for r in top_money}  # exact, no ".0" of a float
    docs = tmp_path / "gx_docs" / summary["run_id"]
    assert f"http://127.0.0.1:8765/{summary['run_id']}/index.html" in by_key["ingest-run-data-docs"].data
    _served_page_contains(tmp_path / "gx_docs", f"/{summary['run_id']}/index.html", "batch-0001-fact_money_mention")
    pages = sorted(p.name for p in docs.glob("batch-*.html"))
    staged = [t for t in sorted(TABLES) if t != "fact_money_conversion"]  # the sample converts nothing: no rows
    assert pages == [f"batch-0001-{t}.html" for t in staged]
    assert "fact_money_mention" in (docs / "batch-0001-fact_money_mention.html").read_text()
    report = by_key["ingest-run-report"].data
    assert "| new | 6 |" in report and "| fact_money_mention | 24 |" in report
    assert "| fact_money_mention | passed |" in report


def test_new_file_is_picked_up_alone(loaded_sample: tuple[Path, Path]) -> None:
    inbox, db = loaded_sample
    write_article(
        inbox, "new.txt", "date 2024-01-05\nOpenAI raised $6.6 billion from Thrive Capital in San Francisco.\n"
    )
    summary = run(inbox, db)
    assert summary["files_new"] == 1
    assert summary["files_unchanged"] == len(list(inbox.glob("*.txt"))) - 1
    rows = query(
        db,
        "select a.path, m.amount, m.currency_code from fact_money_mention m join dim_article a using (article_id) "
        f"where m.run_id = '{_last_run(db)}'",
    )
    assert rows == [("new.txt", Decimal("6600000000"), "USD")]


def test_edited_file_replaces_its_facts(inbox: Path, tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    path = write_article(inbox, "edit.txt", "date 2024-01-05\nThe city paid $5 million to Acme Corp in Boston.\n")
    run(inbox, db)
    path.write_text("date 2024-01-05\nThe city paid €7 million to Acme Corp in Boston.\n", encoding="utf-8")
    settle(path, 30)
    summary = run(inbox, db)
    assert summary["files_changed"] == 1 and summary["files_new"] == 0
    versions = query(
        db,
        "select is_current, superseded_run_id is not null from dim_article where path = 'edit.txt' order by article_id",
    )
    assert versions == [(False, True), (True, False)]
    money = query(
        db,
        "select m.amount, m.currency_code from fact_money_mention m join dim_article a using (article_id) "
        "where a.path = 'edit.txt'",
    )
    assert money == [(Decimal(7_000_000), "EUR")]
    for fact in ("fact_entity_mention", "fact_money_entity", "fact_money_event"):
        stale = query(db, f"select count(*) from {fact} m join dim_article a using (article_id) where not a.is_current")
        assert stale == [(0,)]
    flows = query(
        db,
        "select f.payer, f.recipient, f.amount, f.currency_code from mart_money_flows f "
        "join dim_article a using (article_id) where a.path = 'edit.txt'",
    )
    assert flows == [(None, "Acme Corp", Decimal(7_000_000), "EUR")]


def test_same_content_under_a_second_name_is_a_duplicate(inbox: Path, tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    seed = inbox / "000_320c9d408e36c2bc.txt"
    write_article(inbox, "copy-of-seed.txt", seed.read_bytes())
    summary = run(inbox, db)
    assert summary["files_duplicate"] == 1
    assert query(
        db,
        "select count(*) from dim_article "
        "where sha256 = (select sha256 from source_file where path = 'copy-of-seed.txt')",
    ) == [(1,)]
    assert query(db, "select status from source_file where path = 'copy-of-seed.txt'") == [("duplicate",)]
    # a later copy, in another run, is a duplicate of the loaded article too
    write_article(inbox, "another-copy.txt", seed.read_bytes())
    later = run(inbox, db)
    assert later["files_duplicate"] == 1 and later["files_new"] == 0
    assert query(
        db,
        "select count(*) from fact_money_mention m join dim_article a using (article_id) where a.path like '%320c9d%'",
    ) == [(3,)]


def assert_run_counts_are_its_rows(db: Path, summary: dict) -> None:
    """etl_run's rows_<table>, the summary's rows (the report's table) and the run's etl_batch records are the
    rows the run holds in each table; its quarantine counts by reason add up to its quarantine rows."""
    run_id = summary["run_id"]
    columns = [f"rows_{t}" for t in TABLES] + ["rows_quarantined"]
    (values,) = query(db, f"select {', '.join(columns)} from etl_run where run_id = '{run_id}'")
    recorded = dict(zip(columns, values, strict=True))
    of_run = {t: "run_id" for t in (*TABLES, "quarantine")} | {"dim_article": "loaded_run_id"}
    actual = {
        "rows_quarantined" if t == "quarantine" else f"rows_{t}": query(
            db, f"select count(*) from {t} where {column} = '{run_id}'"
        )[0][0]
        for t, column in of_run.items()
    }
    assert recorded == actual
    reported = {f"rows_{t}": summary["rows"][t] for t in TABLES} | {"rows_quarantined": summary["rows"]["quarantine"]}
    assert reported == actual
    batches = [json.loads(rows) for (rows,) in query(db, f"select rows from etl_batch where run_id = '{run_id}'")]
    assert {t: sum(b[t] for b in batches) for t in TABLES} == {t: summary["rows"][t] for t in TABLES}
    assert sum(summary["quarantine_by_reason"].values()) == actual["rows_quarantined"]


def test_failing_row_is_quarantined_and_the_rest_loads(inbox: Path, tmp_path: Path, nlp) -> None:
    db = tmp_path / "warehouse.duckdb"
    # $0.00001 cannot be stored exactly in DECIMAL(38,4): the expectation refuses that row, and the rows that
    # depend on it go to quarantine with it; the sentence's good amount loads.
    text = "The exchange charged $0.00001 per trade, and Nasdaq paid $2 million to Citadel in Chicago.\n"
    write_article(inbox, "tiny.txt", f"date 2024-03-01\n{text}")
    summary = run(inbox, db)
    # the amount's mention fails; its event, the event's bridge row and its two links to entities depend on it
    assert summary["rows"]["quarantine"] == 5
    assert summary["flow_run_name"].endswith("7 new, 1 row quarantined, 4 dependent rows quarantined")
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:  # the UI's final state says so too
        state = client.read_flow_run(summary["run_id"]).state
    assert state is not None and state.is_completed()
    assert state.message == "7 new, 1 row quarantined, 4 dependent rows quarantined"
    examples = summary["suites"]["fact_money_mention"]["examples"]
    assert examples == [
        "tiny.txt: amount_high_text='0.00001' fails expect_column_values_to_match_regex(amount_high_text); "
        "amount_low_text='0.00001' fails expect_column_values_to_match_regex(amount_low_text)"
    ]
    quarantined = query(
        db, "select path, table_name, reason, expectation, detail from quarantine order by table_name, detail"
    )
    assert [q[:3] for q in quarantined] == [
        ("tiny.txt", "fact_money_entity", "parent_refused"),
        ("tiny.txt", "fact_money_entity", "parent_refused"),
        ("tiny.txt", "fact_money_event", "parent_refused"),
        ("tiny.txt", "fact_money_event_mention", "parent_refused"),
        ("tiny.txt", "fact_money_mention", "expectation_failed"),
    ]
    refused = quarantined[-1]
    assert "expect_column_values_to_match_regex(amount_low_text)" in refused[3]
    for dependent in quarantined[:-1]:  # each names the refused mention and why it was refused
        parent = json.loads(dependent[4])["parent"]
        assert parent == {
            "table": "fact_money_mention",
            "start_char": json.loads(refused[4])["start_char"],
            "reason": "expectation_failed",
            "expectation": refused[3],
        }
    assert summary["quarantine_by_reason"] == {
        "row:fact_money_mention": 1,
        "parent_refused:fact_money_event": 1,
        "parent_refused:fact_money_event_mention": 1,
        "parent_refused:fact_money_entity": 2,
    }
    events = query(
        db, "select e.amount from fact_money_event e join dim_article a using (article_id) where a.path = 'tiny.txt'"
    )
    assert events == [(Decimal(2_000_000),)]
    money = query(
        db, "select m.amount from fact_money_mention m join dim_article a using (article_id) where a.path = 'tiny.txt'"
    )
    assert money == [(Decimal(2_000_000),)]
    assert query(db, "select status from source_file where path = 'tiny.txt'") == [("loaded",)]
    assert query(db, "select validation_success from etl_run") == [(False,)]
    assert_run_counts_are_its_rows(db, summary)
    assert_staged_rows_are_loaded_or_quarantined(db, nlp, inbox / "tiny.txt")
    # by default Data Docs are rendered for failing suites only
    pages = sorted(p.name for p in (tmp_path / "gx_docs" / summary["run_id"]).glob("batch-*.html"))
    assert pages == ["batch-0001-fact_money_mention.html"]


def assert_staged_rows_are_loaded_or_quarantined(db: Path, nlp, path: Path) -> None:
    """Every row the file stages (extracted again here) is in its table or in `quarantine`, per table."""
    from news_etl.config import Settings
    from news_etl.pipeline import aliases_for
    from news_etl.staging import stage_extractions
    from transforms.articles import load_article
    from transforms.extract import extract_articles
    from transforms.records import ArticleExtraction

    settings = Settings()
    article = load_article(path, settings.max_file_bytes, dt.date.today(), display_path=path.name)
    extractions = extract_articles(
        nlp, [article], settings.entity_labels, settings.nlp_batch_size, aliases_for(settings.entity_aliases_file)
    )
    staged = stage_extractions([e for e in extractions if isinstance(e, ArticleExtraction)])
    assert len(staged.frames["dim_article"]) == 1
    where = f"a.path = '{path.name}' and a.is_current"
    for table in TABLES:
        joined = "dim_article a" if table == "dim_article" else f"{table} t join dim_article a using (article_id)"
        ((loaded,),) = query(db, f"select count(*) from {joined} where {where}")
        ((refused,),) = query(
            db, f"select count(*) from quarantine where path = '{path.name}' and table_name = '{table}'"
        )
        assert loaded + refused == len(staged.frames[table]), table


def test_bad_files_are_quarantined_with_reasons_and_the_batch_loads(inbox: Path, tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    write_article(inbox, "empty.txt", b"")
    write_article(inbox, "nul.txt", b"date 2020-01-01\nbinary\x00stuff")
    write_article(inbox, "future.txt", "date 2999-01-01\nFrom the future.")
    write_article(inbox, "bad date.txt", "date 2020-02-30\nImpossible.")
    summary = run(inbox, db)
    files = len(list(inbox.glob("*.txt")))
    assert summary["files_quarantined"] == 4
    assert summary["rows"]["dim_article"] == files - 4
    reasons = dict(query(db, "select path, reason from quarantine where table_name is null"))
    assert reasons == {
        "empty.txt": "empty",
        "nul.txt": "binary",
        "future.txt": "future_date",
        "bad date.txt": "impossible_date",
    }
    statuses = dict(query(db, "select status, count(*) from source_file group by 1"))
    assert statuses == {"loaded": files - 4, "quarantined": 4}
    # nothing is quarantined twice when nothing changed
    run(inbox, db)
    assert query(db, "select count(*) from quarantine") == [(4,)]


def _last_run(db: Path) -> str:
    return query(db, "select run_id from etl_run order by started_at desc limit 1")[0][0]


def test_progress_is_logged_batch_by_batch(inbox: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    caplog.set_level(logging.INFO)
    run(inbox, tmp_path / "w.duckdb", batch_size=2)
    lines = [
        r.getMessage() for r in caplog.records if r.getMessage().startswith("batch ") and "files done" in r.getMessage()
    ]
    assert [line.split(":")[0] for line in lines] == ["batch 1/3", "batch 2/3", "batch 3/3"]
    assert lines[-1].split(": ")[1].startswith("6/6 files done")


def _served_page_contains(root: Path, path: str, text: str) -> None:
    """`news-etl docs`'s server, on a free loopback port, returns the page and it holds `text`."""
    import threading
    import urllib.request

    from news_etl.docs_server import docs_server

    server = docs_server(root, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_address[1]}{path}", timeout=10) as page:
            assert page.status == 200 and text in page.read().decode("utf-8")
    finally:
        server.shutdown()
        server.server_close()
