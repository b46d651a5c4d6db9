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

from news_etl import fx
from news_etl.contracts import CONTRACTS, TABLES
from transforms.money import MoneyMention, decimal_text

if TYPE_CHECKING:  # spaCy stays unimported on the warehouse side (news-etl sql, status)
    from transforms.records import ArticleExtraction

__all__ = ["SCHEMAS", "TABLES", "StagedBatch", "quarantine_frame", "stage_extractions"]

#: The staging Arrow schema of every loaded table, generated from its contract (news_etl/contracts.py).
SCHEMAS: dict[str, pa.Schema] = {table: contract.arrow_schema for table, contract in CONTRACTS.items()}


@dataclass
class StagedBatch:
    """The rows one batch wants to load, one DataFrame per target table."""

    frames: dict[str, pd.DataFrame]

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


def _amounts(amount: Decimal, low: Decimal, high: Decimal, currency: str, priced_on: dt.date | None) -> dict[str, Any]:
    """The amount columns money mentions and money events share (contracts._AMOUNTS); the high end is priced
    in USD at the ECB rate of `priced_on`, as the marts price it, for the plausible-amount bounds."""
    return {
        "amount": amount,
        "amount_low": low,
        "amount_high": high,
        "amount_low_text": decimal_text(low),
        "amount_high_text": decimal_text(high),
        "currency_code": currency,
        "amount_high_usd": fx.usd_value(high, currency, priced_on),
    }


def _conversion(doc_index: int, event_index: int, figure: MoneyMention, priced_on: dt.date | None) -> dict[str, Any]:
    """A conversion of an event's amount (transforms/conversions.py), as fact_money_conversion stages it."""
    return {
        "doc_index": doc_index,
        "event_index": event_index,
        "money_start_char": figure.start,
        **_amounts(figure.amount, figure.amount_low, figure.amount_high, figure.currency, priced_on),
        "surface_text": figure.text,
    }


def stage_extractions(extractions: Sequence[ArticleExtraction]) -> StagedBatch:
    """Turn a batch of extractions into staging frames; `doc_index` is the position in `extractions`."""
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in CONTRACTS}
    for doc_index, ex in enumerate(extractions):
        rows["dim_article"].append(_article_row(doc_index, ex))
        rows["fact_entity_mention"] += _entity_rows(doc_index, ex)
        rows["fact_money_mention"] += _money_rows(doc_index, ex)
        rows["fact_date_mention"] += _date_rows(doc_index, ex)
        _add_event_rows(doc_index, ex, rows)
        rows["fact_money_entity"] += _party_rows(doc_index, ex)
    return StagedBatch({table: _frame(table, table_rows) for table, table_rows in rows.items()})


def _article_row(doc_index: int, ex: ArticleExtraction) -> dict[str, Any]:
    article = ex.article
    return {
        "doc_index": doc_index,
        "path": article.path,
        "sha256": article.sha256,
        "published_date": article.published_date,
        "date_missing": article.published_date is None,
        "title": ex.title,
        "dateline_place": ex.dateline_place,
        "word_count": article.word_count,
        "char_count": len(article.body),
        "encoding": article.encoding,
        "body": article.body,
    }


def _entity_rows(doc_index: int, ex: ArticleExtraction) -> list[dict[str, Any]]:
    rows = []
    for e in ex.entities:
        row = _offsets(ex, doc_index, e.text, e.start, e.end, e.sentence_index)
        row.update(
            entity_key=e.key, canonical_name=e.canonical, label=e.label, country_code=e.country_code, role=e.role
        )
        rows.append(row)
    return rows


def _money_rows(doc_index: int, ex: ArticleExtraction) -> list[dict[str, Any]]:
    rows = []
    for m in ex.money:
        row = _offsets(ex, doc_index, m.text, m.start, m.end, m.sentence_index)
        row.update(
            **_amounts(m.amount, m.amount_low, m.amount_high, m.currency, ex.article.published_date),
            currency_inferred=m.currency_inferred,
            qualifier=m.qualifier,
            per=m.per,
            source=m.source,
        )
        rows.append(row)
    return rows


def _date_rows(doc_index: int, ex: ArticleExtraction) -> list[dict[str, Any]]:
    rows = []
    for d in ex.dates:
        row = _offsets(ex, doc_index, d.text, d.start, d.end, d.sentence_index)
        row.update(
            date_value=d.value,
            granularity=d.granularity,
            date_end=d.value_end,
            timex_value=d.timex,
            timex_type=d.timex_type,
        )
        rows.append(row)
    return rows


def _add_event_rows(doc_index: int, ex: ArticleExtraction, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Each money event of the article, the mentions that report it and its conversions."""
    for event_index, ev in enumerate(ex.events):
        first = ex.money[ev.money_indices[0]]
        priced_on = fx.priced_on(ev.event_date, ev.date_granularity, ex.article.published_date)
        rows["fact_money_event_mention"] += [
            {"doc_index": doc_index, "event_index": event_index, "money_start_char": ex.money[i].start}
            for i in ev.money_indices
        ]
        rows["fact_money_conversion"] += [
            _conversion(doc_index, event_index, ex.money[i], priced_on) for i in ev.conversions
        ]
        rows["fact_money_event"].append(
            {
                "doc_index": doc_index,
                "event_index": event_index,
                **_amounts(ev.amount, ev.amount_low, ev.amount_high, ev.currency, priced_on),
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
                "purpose_key": ev.purpose_key,
                "purpose_phrase": ev.purpose_phrase,
            }
        )


def _party_rows(doc_index: int, ex: ArticleExtraction) -> list[dict[str, Any]]:
    return [
        {
            "doc_index": doc_index,
            "money_start_char": ex.money[p.money_index].start,
            "entity_start_char": ex.entities[p.entity_index].start,
            "entity_key": ex.entities[p.entity_index].key,
            "role": p.role,
        }
        for p in ex.parties
    ]


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
