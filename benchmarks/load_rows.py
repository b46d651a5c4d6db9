"""Set-based loading: one batch of N mention rows through `sql/load/` against a raw Arrow insert.

    .venv/bin/python -m benchmarks.load_rows --rows 1000000

Ours: `news_etl.warehouse.load_batch` (staging registration, every `sql/load` statement, one
transaction; the date and money-party tables are empty here) into a fresh warehouse. Baseline, same
process: `INSERT INTO ... SELECT * FROM arrow` of the same rows into an empty table of the same shape.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import pandas as pd

from benchmarks.results import add_record_options, record
from news_etl import warehouse
from news_etl.contracts import TABLES
from news_etl.staging import SCHEMAS, StagedBatch


def _empty(table: str) -> pd.DataFrame:
    return pd.DataFrame({n: pd.Series(dtype=object) for n in SCHEMAS[table].names})


def synthetic_batch(rows: int, articles: int = 1000) -> StagedBatch:
    rng = random.Random(7)
    body = "Acme paid $5 million to Globex in Boston. " * 20
    article_rows = [
        {
            "doc_index": i,
            "path": f"a{i:06d}.txt",
            "sha256": f"{i:064x}",
            "published_date": None,
            "date_missing": True,
            "title": "Acme",
            "dateline_place": None,
            "word_count": len(body.split()),
            "char_count": len(body),
            "encoding": "utf-8",
            "body": body,
        }
        for i in range(articles)
    ]
    names = [f"Entity {i}" for i in range(5000)]
    mentions = pd.DataFrame(
        {
            "doc_index": [rng.randrange(articles) for _ in range(rows)],
            "surface_text": "Acme",
            "start_char": 0,
            "end_char": 4,
            "sentence_index": 0,
            "sentence_text": "Acme paid $5 million to Globex in Boston.",
            "article_chars": len(body),
            "canonical_name": [names[rng.randrange(len(names))] for _ in range(rows)],
            "label": "ORG",
        }
    )
    # one mention per offset of an article (the key of fact_entity_mention)
    mentions["start_char"] = mentions.groupby("doc_index").cumcount() * 5
    mentions["end_char"] = mentions["start_char"] + 4
    mentions["entity_key"] = "ORG:" + mentions["canonical_name"].str.casefold()
    mentions["country_code"] = None
    mentions["role"] = None
    money = pd.DataFrame(
        [
            {
                "doc_index": 0,
                "surface_text": "$5 million",
                "start_char": 10,
                "end_char": 20,
                "sentence_index": 0,
                "sentence_text": "x",
                "article_chars": len(body),
                "amount": Decimal(5_000_000),
                "amount_low": Decimal(5_000_000),
                "amount_high": Decimal(5_000_000),
                "amount_low_text": "5000000",
                "amount_high_text": "5000000",
                "currency_code": "USD",
                "amount_high_usd": Decimal(5_000_000),
                "currency_inferred": True,
                "qualifier": None,
                "per": None,
                "source": "rules",
            }
        ]
    )
    return StagedBatch(
        {
            "dim_article": pd.DataFrame(article_rows),
            "fact_entity_mention": mentions[SCHEMAS["fact_entity_mention"].names],
            "fact_money_mention": money[SCHEMAS["fact_money_mention"].names],
            **{t: _empty(t) for t in TABLES if t not in ("dim_article", "fact_entity_mention", "fact_money_mention")},
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    add_record_options(parser)
    args = parser.parse_args()
    staged = synthetic_batch(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "w.duckdb"
        with warehouse.open_warehouse(db) as con:
            started = time.perf_counter()
            warehouse.load_batch(con, "bench", staged, [], [])
            ours = time.perf_counter() - started
            loaded = con.execute("select count(*) from fact_entity_mention").fetchall()[0][0]
            con.register("raw_arrow", staged.arrow("fact_entity_mention"))
            con.execute("create table raw_copy as select * from raw_arrow limit 0")
            started = time.perf_counter()
            con.execute("insert into raw_copy select * from raw_arrow")
            raw = time.perf_counter() - started
    assert loaded == args.rows
    print(f"{args.rows} entity-mention rows (+1000 articles, 5000 entities) in one batch")
    print(f"  load_batch (sql/load, one transaction) : {ours:6.2f} s  {args.rows / ours:12.0f} rows/s")
    print(f"  raw Arrow insert, same rows            : {raw:6.2f} s  {args.rows / raw:12.0f} rows/s")
    print(f"  ratio raw / ours                       : {raw / ours:6.2f}")
    rows = [
        ["load_batch (sql/load, one transaction)", round(ours, 2), round(args.rows / ours)],
        ["raw Arrow insert, same rows", round(raw, 2), round(args.rows / raw)],
    ]
    note = f"{args.rows:,} entity-mention rows (+1,000 articles, 5,000 entities) in one batch."
    record("load_rows", "load_rows", sys.argv[1:], ["path", "seconds", "rows/s"], rows, args, note)


if __name__ == "__main__":
    main()
