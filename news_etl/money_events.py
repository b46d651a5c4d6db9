"""Warehouse-wide money events at load time: after a batch's rows are in, link its money events to the
reports of the same transfer or figure in other articles.

The rules are `transforms/money_links.py`'s; this module feeds them the reports a batch may concern
(`sql/run/money_event_candidates.sql`) and applies their answer (`sql/run/apply_money_event_links.sql`:
`fact_money_event.money_event_key`, `money_event_link`, `money_event_doubt`, `dim_money_event`), inside the
batch's transaction. Every link a batch's report may touch is re-evaluated as a whole.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import duckdb
import pyarrow as pa

from transforms.money_links import CuratedLinks, Report, parse_curated_links, plan_links

#: The curated same/apart lines shipped with the package (`news-etl money-events` prints lines for it).
DEFAULT_CURATED_FILE = Path(str(files("transforms.lexicons").joinpath("money_event_links.csv")))

LINK_SCHEMA = pa.schema(
    [
        ("article_id", pa.int64()),
        ("event_index", pa.int32()),
        ("money_event_key", pa.string()),
        ("linked_to", pa.string()),
        ("reason", pa.string()),
    ]
)
DOUBT_SCHEMA = pa.schema(
    [
        ("article_id", pa.int64()),
        ("event_index", pa.int32()),
        ("other_article_id", pa.int64()),
        ("other_event_index", pa.int32()),
        ("reason", pa.string()),
    ]
)


@lru_cache(maxsize=4)
def _curated_as_of(path: Path, mtime_ns: int) -> CuratedLinks:
    return parse_curated_links(path.read_text(encoding="utf-8"))


def curated_links(path: Path = DEFAULT_CURATED_FILE) -> CuratedLinks:
    """The curated lines of `path`, read again whenever the file changed; no file, no lines."""
    if not path.exists():
        return CuratedLinks()
    return _curated_as_of(path, path.stat().st_mtime_ns)


def report_from_row(row: tuple) -> Report:
    """A `Report` from a row of money_event_candidates.sql."""
    (article_id, event_index, low, high, currency, usd, per, payer, recipient, purpose, phrase, date, granularity,
     own_date, locator, conversions) = row  # fmt: skip
    return Report(
        report_id=f"{article_id}-{event_index}",
        article_id=article_id,
        amount_low=Decimal(low),
        amount_high=Decimal(high),
        currency=currency,
        amount_usd=Decimal(usd) if usd is not None else None,
        per=per,
        payer=payer,
        recipient=recipient,
        purpose_key=purpose,
        purpose_phrase=phrase,
        event_date=date,
        granularity=granularity,
        own_date=bool(own_date),
        conversions=tuple((c[0], Decimal(c[1])) for c in conversions),
        locator=locator,
    )


def _ids(report_id: str) -> tuple[int, int]:
    article, _, event = report_id.partition("-")
    return int(article), int(event)


def link_batch_money_events(
    con: duckdb.DuckDBPyConnection, sql: dict[str, str], curated: CuratedLinks | None = None
) -> int:
    """Link the batch's money events (batch_article) into warehouse events; `sql` holds the statements
    ("candidates", "apply"). Returns how many reports were re-evaluated."""
    reports = [report_from_row(row) for row in con.execute(sql["candidates"]).fetchall()]
    links, doubts = plan_links(reports, curated if curated is not None else curated_links())
    link_rows = [
        dict(zip(("article_id", "event_index"), _ids(x.report_id), strict=True))
        | {"money_event_key": x.money_event_key, "linked_to": x.linked_to, "reason": x.reason}
        for x in links
    ]
    doubt_rows = [
        dict(zip(("article_id", "event_index"), _ids(d.report_id), strict=True))
        | dict(zip(("other_article_id", "other_event_index"), _ids(d.other_id), strict=True))
        | {"reason": d.reason}
        for d in doubts
    ]
    con.register("stg_money_event_link", pa.Table.from_pylist(link_rows, schema=LINK_SCHEMA))
    con.register("stg_money_event_doubt", pa.Table.from_pylist(doubt_rows, schema=DOUBT_SCHEMA))
    try:
        con.execute(sql["apply"])
    finally:
        con.unregister("stg_money_event_link")
        con.unregister("stg_money_event_doubt")
    return len(reports)


def relink_all(con: duckdb.DuckDBPyConnection, run_id: str, sql: dict[str, str]) -> int:
    """Re-evaluate every current report of the warehouse at once (after the rules or the curated file
    changed), in one transaction; returns how many reports were linked."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("SET VARIABLE run_id = ?", [run_id])
        con.execute("CREATE OR REPLACE TEMP TABLE batch_article AS SELECT article_id FROM dim_article WHERE is_current")
        con.execute("UPDATE fact_money_event SET money_event_key = NULL")
        reports = link_batch_money_events(con, sql)
        con.execute("DROP TABLE batch_article")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return reports
