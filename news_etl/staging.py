"""Shaping extraction results into the staging tables that validation checks and `sql/load/` reads.

Each staging table is a pandas DataFrame (what Great Expectations validates) with a fixed Arrow schema
(what DuckDB loads). `doc_index` ties mentions to their article within one batch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pandas as pd
import pyarrow as pa

from news_etl.contracts import CONTRACTS, TABLES
from transforms.money import decimal_text

if TYPE_CHECKING:  # spaCy stays unimported on the warehouse side (news-etl sql, status)
    from transforms.extract import ArticleExtraction

__all__ = ["SCHEMAS", "TABLES", "StagedBatch", "quarantine_frame", "stage_extractions"]

#: The staging Arrow schema of every loaded table, generated from its contract (news_etl/contracts.py).
SCHEMAS: dict[str, pa.Schema] = {table: contract.arrow_schema for table, contract in CONTRACTS.items()}


@dataclass
class StagedBatch:
    """The rows one batch wants to load, one DataFrame per target table."""

    frames: dict[str, pd.DataFrame]

    def rows(self, table: str) -> int:
        return len(self.frames[table])

    def arrow(self, table: str) -> pa.Table:
        """The frame as an Arrow table with the exact staging schema (exact decimals, no floats)."""
        schema = SCHEMAS[table]
        frame = self.frames[table]
        return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)


def _empty(table: str) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=object) for name in SCHEMAS[table].names})


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return _empty(table)
    return pd.DataFrame(rows, columns=SCHEMAS[table].names)


def _offsets(ex: ArticleExtraction, doc_index: int, text: str, start: int, end: int, sentence: int) -> dict:
    """The columns every mention table shares."""
    return {
        "doc_index": doc_index,
        "surface_text": text,
        "start_char": start,
        "end_char": end,
        "sentence_index": sentence,
        "sentence_text": ex.sentence_text(sentence) if ex.sentences else "",
        "article_chars": len(ex.article.body),
    }


def _amounts(amount: Decimal, low: Decimal, high: Decimal, currency: str) -> dict[str, Any]:
    """The amount columns money mentions and money events share (contracts._AMOUNTS)."""
    return {
        "amount": amount,
        "amount_low": low,
        "amount_high": high,
        "amount_low_text": decimal_text(low),
        "amount_high_text": decimal_text(high),
        "currency_code": currency,
    }


def stage_extractions(extractions: Sequence[ArticleExtraction]) -> StagedBatch:
    """Turn a batch of extractions into staging frames; `doc_index` is the position in `extractions`."""
    articles, entities, money, dates, parties, events, event_mentions = [], [], [], [], [], [], []
    for doc_index, ex in enumerate(extractions):
        article = ex.article
        chars = len(article.body)
        articles.append(
            {
                "doc_index": doc_index,
                "path": article.path,
                "sha256": article.sha256,
                "published_date": article.published_date,
                "date_missing": article.published_date is None,
                "title": ex.title,
                "dateline_place": ex.dateline_place,
                "word_count": article.word_count,
                "char_count": chars,
                "encoding": article.encoding,
                "body": article.body,
            }
        )

        for e in ex.entities:
            row = _offsets(ex, doc_index, e.text, e.start, e.end, e.sentence_index)
            row.update(
                entity_key=e.key, canonical_name=e.canonical, label=e.label, country_code=e.country_code, role=e.role
            )
            entities.append(row)
        for m in ex.money:
            row = _offsets(ex, doc_index, m.text, m.start, m.end, m.sentence_index)
            row.update(
                **_amounts(m.amount, m.amount_low, m.amount_high, m.currency),
                currency_inferred=m.currency_inferred,
                qualifier=m.qualifier,
                per=m.per,
                source=m.source,
            )
            money.append(row)
        for d in ex.dates:
            row = _offsets(ex, doc_index, d.text, d.start, d.end, d.sentence_index)
            row.update(date_value=d.value, granularity=d.granularity, date_end=d.value_end, timex_value=d.timex)
            dates.append(row)
        for event_index, ev in enumerate(ex.events):
            first = ex.money[ev.money_indices[0]]
            event_mentions += [
                {"doc_index": doc_index, "event_index": event_index, "money_start_char": ex.money[i].start}
                for i in ev.money_indices
            ]
            events.append(
                {
                    "doc_index": doc_index,
                    "event_index": event_index,
                    **_amounts(ev.amount, ev.amount_low, ev.amount_high, ev.currency),
                    "per": ev.per,
                    "is_rate": ev.is_rate,
                    "is_request": ev.is_request,
                    "payer_key": ev.payer,
                    "recipient_key": ev.recipient,
                    "event_date": ev.event_date,
                    "event_date_granularity": ev.date_granularity,
                    "event_date_source": ev.date_source,
                    "mention_count": len(ev.money_indices),
                    "first_money_start_char": first.start,
                    "first_sentence_index": first.sentence_index,
                    "first_sentence_text": ex.sentence_text(first.sentence_index) if ex.sentences else "",
                }
            )
        for p in ex.parties:
            entity = ex.entities[p.entity_index]
            parties.append(
                {
                    "doc_index": doc_index,
                    "money_start_char": ex.money[p.money_index].start,
                    "entity_start_char": entity.start,
                    "entity_key": entity.key,
                    "role": p.role,
                }
            )
    return StagedBatch(
        {
            "dim_article": _frame("dim_article", articles),
            "fact_entity_mention": _frame("fact_entity_mention", entities),
            "fact_money_mention": _frame("fact_money_mention", money),
            "fact_date_mention": _frame("fact_date_mention", dates),
            "fact_money_event": _frame("fact_money_event", events),
            "fact_money_event_mention": _frame("fact_money_event_mention", event_mentions),
            "fact_money_entity": _frame("fact_money_entity", parties),
        }
    )


def quarantine_frame(rows: list[dict]) -> pa.Table:
    """Quarantine rows (run_id, path, sha256, table_name, reason, expectation, detail) as Arrow."""
    schema = pa.schema(
        [
            ("path", pa.string()),
            ("sha256", pa.string()),
            ("table_name", pa.string()),
            ("reason", pa.string()),
            ("expectation", pa.string()),
            ("detail", pa.string()),
        ]
    )
    return pa.Table.from_pylist(rows, schema=schema)


def today_utc() -> dt.date:
    return dt.datetime.now(dt.UTC).date()
