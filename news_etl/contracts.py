"""One declaration per loaded table: its columns, types, nullability, key and closed value sets.

The staging Arrow schemas (what the pipeline hands DuckDB) are generated from these declarations; the DDL in
`sql/migrations/` and the suites in `expectations/` are checked against them by `tests/test_contracts.py`.
Adding a column is a change here, a new migration file (docs/architecture.md) and, where it needs a rule, in
its suite.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from transforms.vocab import DATE_SOURCES, GRANULARITIES, MONEY_SOURCES, PARTY_ROLES, PERS, QUALIFIERS, TIMEX_TYPES

AMOUNT = pa.decimal128(38, 4)

#: Arrow type -> the DuckDB type its column has in the warehouse.
DUCKDB_TYPES: dict[pa.DataType, str] = {
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.string(): "VARCHAR",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    AMOUNT: "DECIMAL(38,4)",
    pa.timestamp("us", tz="UTC"): "TIMESTAMP WITH TIME ZONE",
}


@dataclass(frozen=True)
class Column:
    """One column. `staged`: produced by the pipeline; `stored`: a column of the warehouse table."""

    name: str
    type: pa.DataType
    nullable: bool = False
    staged: bool = True
    stored: bool = True
    values: tuple[str, ...] | None = None  # a closed set, written in the table's suite too

    @property
    def duckdb_type(self) -> str:
        return DUCKDB_TYPES[self.type]


def _staging_only(name: str, type_: pa.DataType, nullable: bool = False) -> Column:
    return Column(name, type_, nullable, staged=True, stored=False)


def _load_time(name: str, type_: pa.DataType, nullable: bool = False) -> Column:
    return Column(name, type_, nullable, staged=False, stored=True)


@dataclass(frozen=True)
class ParentKey:
    """A row this table's row depends on: the row of `table` whose `parent_columns` equal our `columns`.

    A row whose parent is refused is refused with it (news_etl/quality.py quarantines it as `parent_refused`).
    """

    table: str
    columns: tuple[str, ...]
    parent_columns: tuple[str, ...]


@dataclass(frozen=True)
class TableContract:
    table: str
    staging_view: str  # the name `sql/load/` reads the staged rows under
    columns: tuple[Column, ...]
    staged_key: tuple[str, ...]  # unique within a batch (checked by the suite)
    parents: tuple[ParentKey, ...] = ()  # tables earlier in TABLES

    @property
    def staged_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.staged)

    @property
    def stored_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.stored)

    @property
    def arrow_schema(self) -> pa.Schema:
        """The staged columns' Arrow schema. Nullability is enforced by the suite (a null in a NOT NULL
        column is quarantined as a row, never a failed load), so every Arrow field admits nulls."""
        return pa.schema([pa.field(c.name, c.type) for c in self.staged_columns])

    def column(self, name: str) -> Column:
        (found,) = [c for c in self.columns if c.name == name]
        return found


_DOC_INDEX = _staging_only("doc_index", pa.int32())  # position of the article in its batch
_ARTICLE_ID = _load_time("article_id", pa.int64())
_RUN_ID = _load_time("run_id", pa.string())

_OF_ARTICLE = ParentKey("dim_article", ("doc_index",), ("doc_index",))
_OF_MONEY_MENTION = ParentKey("fact_money_mention", ("doc_index", "money_start_char"), ("doc_index", "start_char"))
#: The parents of a row about one mention of one event (its bridge row, a conversion).
_OF_EVENT_AND_ITS_MENTION = (
    _OF_ARTICLE,
    _OF_MONEY_MENTION,
    ParentKey("fact_money_event", ("doc_index", "event_index"), ("doc_index", "event_index")),
)


# An amount or range and its currency, as money mentions and money events both carry them.
_AMOUNTS = (
    Column("amount", AMOUNT),
    Column("amount_low", AMOUNT),
    Column("amount_high", AMOUNT),
    _staging_only("amount_low_text", pa.string()),  # for the DECIMAL(38,4) exactness check
    _staging_only("amount_high_text", pa.string()),
    Column("currency_code", pa.string()),
    _staging_only("amount_high_usd", AMOUNT, nullable=True),  # for the plausible-amount bounds; NULL: no rate
)


def _mention(*specific: Column) -> tuple[Column, ...]:
    """The columns every mention table shares, then its own."""
    return (
        _DOC_INDEX,
        _ARTICLE_ID,
        Column("surface_text", pa.string()),
        Column("start_char", pa.int32()),
        Column("end_char", pa.int32()),
        Column("sentence_index", pa.int32()),
        Column("sentence_text", pa.string()),
        _staging_only("article_chars", pa.int32()),  # for the end_char <= length check
        *specific,
        _RUN_ID,
    )


CONTRACTS: dict[str, TableContract] = {
    c.table: c
    for c in (
        TableContract(
            "dim_article",
            "stg_article",
            (
                _DOC_INDEX,
                _ARTICLE_ID,
                Column("path", pa.string()),
                Column("sha256", pa.string()),
                Column("published_date", pa.date32(), nullable=True),
                Column("date_missing", pa.bool_()),
                Column("title", pa.string(), nullable=True),
                Column("dateline_place", pa.string(), nullable=True),
                Column("word_count", pa.int32()),
                Column("char_count", pa.int32()),
                Column("encoding", pa.string(), values=("utf-8", "utf-8-sig", "utf-8-replaced", "utf-16", "cp1252")),
                Column("body", pa.string()),
                _load_time("loaded_run_id", pa.string()),
                _load_time("loaded_at", pa.timestamp("us", tz="UTC")),
                _load_time("is_current", pa.bool_()),
                _load_time("superseded_run_id", pa.string(), nullable=True),
                _load_time("source_deleted", pa.bool_()),
            ),
            staged_key=("path",),
        ),
        TableContract(
            "fact_entity_mention",
            "stg_entity_mention",
            _mention(
                Column("entity_key", pa.string()),
                _staging_only("canonical_name", pa.string()),  # goes to dim_entity
                Column("label", pa.string()),
                _staging_only("country_code", pa.string(), nullable=True),  # goes to dim_entity
                Column("role", pa.string(), nullable=True),
            ),
            staged_key=("doc_index", "start_char"),
            parents=(_OF_ARTICLE,),
        ),
        TableContract(
            "fact_money_mention",
            "stg_money_mention",
            _mention(
                *_AMOUNTS,
                Column("currency_inferred", pa.bool_()),
                Column("qualifier", pa.string(), nullable=True, values=QUALIFIERS),
                Column("per", pa.string(), nullable=True, values=PERS),
                Column("source", pa.string(), values=MONEY_SOURCES),
            ),
            staged_key=("doc_index", "start_char"),
            parents=(_OF_ARTICLE,),
        ),
        TableContract(
            "fact_date_mention",
            "stg_date_mention",
            _mention(
                Column("date_value", pa.date32(), nullable=True),
                Column("granularity", pa.string(), values=GRANULARITIES),
                Column("date_end", pa.date32(), nullable=True),
                Column("timex_value", pa.string(), nullable=True),
                Column("timex_type", pa.string(), values=TIMEX_TYPES),
            ),
            staged_key=("doc_index", "start_char"),
            parents=(_OF_ARTICLE,),
        ),
        TableContract(
            "fact_money_event",
            "stg_money_event",
            (
                _DOC_INDEX,
                _ARTICLE_ID,
                Column("event_index", pa.int32()),
                *_AMOUNTS,
                Column("per", pa.string(), nullable=True, values=PERS),
                Column("is_rate", pa.bool_()),
                Column("is_request", pa.bool_(), nullable=True),  # NULL on events loaded before it existed
                Column("payer_key", pa.string(), nullable=True),
                Column("recipient_key", pa.string(), nullable=True),
                Column("event_date", pa.date32(), nullable=True),
                Column("event_date_granularity", pa.string(), nullable=True, values=GRANULARITIES),
                Column("event_date_source", pa.string(), nullable=True, values=DATE_SOURCES),
                Column("mention_count", pa.int32()),
                Column("first_money_start_char", pa.int32()),
                Column("first_sentence_index", pa.int32()),
                Column("first_sentence_text", pa.string()),
                Column("purpose_key", pa.string(), nullable=True),  # transforms/purpose.py
                Column("purpose_phrase", pa.string(), nullable=True),
                _load_time("money_event_key", pa.string(), nullable=True),  # dim_money_event, set at load
                _RUN_ID,
            ),
            staged_key=("doc_index", "event_index"),
            parents=(
                _OF_ARTICLE,
                ParentKey("fact_money_mention", ("doc_index", "first_money_start_char"), ("doc_index", "start_char")),
            ),
        ),
        TableContract(
            "fact_money_conversion",
            "stg_money_conversion",
            (
                _DOC_INDEX,
                _ARTICLE_ID,
                Column("event_index", pa.int32()),
                Column("money_start_char", pa.int32()),
                *_AMOUNTS,
                Column("surface_text", pa.string()),
                _RUN_ID,
            ),
            staged_key=("doc_index", "event_index", "money_start_char"),
            parents=_OF_EVENT_AND_ITS_MENTION,
        ),
        TableContract(
            "fact_money_event_mention",
            "stg_money_event_mention",
            (
                _DOC_INDEX,
                _ARTICLE_ID,
                Column("event_index", pa.int32()),
                Column("money_start_char", pa.int32()),
                _RUN_ID,
            ),
            staged_key=("doc_index", "event_index", "money_start_char"),
            parents=_OF_EVENT_AND_ITS_MENTION,
        ),
        TableContract(
            "fact_money_entity",
            "stg_money_entity",
            (
                _DOC_INDEX,
                _ARTICLE_ID,
                Column("money_start_char", pa.int32()),
                Column("entity_start_char", pa.int32()),
                Column("entity_key", pa.string()),
                Column("role", pa.string(), values=PARTY_ROLES),
                _RUN_ID,
            ),
            staged_key=("doc_index", "money_start_char", "entity_start_char"),
            parents=(
                _OF_ARTICLE,
                _OF_MONEY_MENTION,
                ParentKey(
                    "fact_entity_mention",
                    ("doc_index", "entity_start_char", "entity_key"),
                    ("doc_index", "start_char", "entity_key"),
                ),
            ),
        ),
    )
}
TABLES: tuple[str, ...] = tuple(CONTRACTS)
