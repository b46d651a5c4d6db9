"""Checks of the built warehouse, as dbt tests its models: keys in their dimensions, keys unique, closed sets.

The suites in `expectations/` check each batch's staged rows before they load; these check the tables
afterwards, across all batches and after identity merges re-keyed facts, so an orphan or a duplicate that
a merge, a retired version or a bug left behind is seen. Each check is one query that returns the failing
rows (at most a few, as examples) and how many there are; a passing check returns none.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from news_etl.contracts import CONTRACTS

SOURCE_FILE_STATUSES = ("loaded", "duplicate", "quarantined", "deleted")
RUN_STATUSES = ("running", "completed", "failed", "aborted")
EXAMPLES = 3


@dataclass(frozen=True)
class Relationship:
    """Every `child` row whose `columns` are set has a `parent` row with the same values in `parent_columns`."""

    child: str
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    parent_where: str = "true"

    @property
    def name(self) -> str:
        target = f"{self.parent}({', '.join(self.parent_columns)})"
        where = "" if self.parent_where == "true" else f" where {self.parent_where}"
        return f"relationship {self.child}({', '.join(self.columns)}) -> {target}{where}"

    def sql(self) -> str:
        on = " AND ".join(f"c.{a} = p.{b}" for a, b in zip(self.columns, self.parent_columns, strict=True))
        set_ = " AND ".join(f"c.{a} IS NOT NULL" for a in self.columns)
        return (
            f"SELECT {_key_text('c', self.columns)} FROM {self.child} c WHERE {set_} AND NOT EXISTS "
            f"(SELECT 1 FROM {self.parent} p WHERE {on} AND ({self.parent_where}))"
        )


@dataclass(frozen=True)
class Unique:
    """At most one row of `table` (those matching `where`) per value of `columns`."""

    table: str
    columns: tuple[str, ...]
    where: str = "true"

    @property
    def name(self) -> str:
        where = "" if self.where == "true" else f" where {self.where}"
        return f"unique {self.table}({', '.join(self.columns)}){where}"

    def sql(self) -> str:
        return (
            f"SELECT {_key_text('t', self.columns)} FROM {self.table} t WHERE {self.where} "
            f"GROUP BY ALL HAVING count(*) > 1"
        )


@dataclass(frozen=True)
class AcceptedValues:
    """Every set value of `table.column` is one of `values`."""

    table: str
    column: str
    values: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"accepted values {self.table}.{self.column}"

    def sql(self) -> str:
        accepted = ", ".join("'" + v.replace("'", "''") + "'" for v in self.values)
        return f"SELECT {self.column}::VARCHAR FROM {self.table} WHERE {self.column} NOT IN ({accepted})"


Check = Relationship | Unique | AcceptedValues

_FACTS = tuple(t for t in CONTRACTS if t.startswith("fact_"))
_ENTITY = ("dim_entity", ("entity_key",))
_MONEY_EVENT = ("fact_money_event", ("article_id", "event_index"))


def _stored(columns: tuple[str, ...]) -> tuple[str, ...]:
    """Staged columns as stored: the batch position replaced by the article."""
    return tuple("article_id" if c == "doc_index" else c for c in columns)


#: Every fact row's parent facts, as the contracts declare them for staging (`ParentKey`), in the warehouse.
_FACT_PARENTS = tuple(
    Relationship(table, _stored(parent.columns), parent.table, _stored(parent.parent_columns))
    for table, contract in CONTRACTS.items()
    for parent in contract.parents
    if parent.table != "dim_article"  # checked above for every fact, and against current versions only
)

RELATIONSHIPS: tuple[Relationship, ...] = (
    *(Relationship(t, ("article_id",), "dim_article", ("article_id",), "p.is_current") for t in _FACTS),
    *(Relationship(t, ("run_id",), "etl_run", ("run_id",)) for t in _FACTS),
    Relationship("fact_entity_mention", ("entity_key",), *_ENTITY),
    Relationship("fact_money_entity", ("entity_key",), *_ENTITY),
    *_FACT_PARENTS,
    Relationship("fact_money_event", ("payer_key",), *_ENTITY),
    Relationship("fact_money_event", ("recipient_key",), *_ENTITY),
    Relationship("fact_money_event", ("currency_code",), "dim_currency", ("currency_code",)),
    Relationship("fact_money_event", ("purpose_key",), *_ENTITY),
    Relationship("fact_money_event", ("money_event_key",), "dim_money_event", ("money_event_key",)),
    Relationship("money_event_link", ("article_id", "event_index"), *_MONEY_EVENT),
    Relationship("fact_money_mention", ("currency_code",), "dim_currency", ("currency_code",)),
    Relationship("fact_date_mention", ("date_value",), "dim_date", ("date_key",)),
    Relationship("dim_entity_alias", ("entity_key",), *_ENTITY),
    Relationship("dim_entity_spelling", ("entity_key",), *_ENTITY),
    Relationship("entity_merge", ("to_key",), *_ENTITY),
    Relationship("source_file", ("article_id",), "dim_article", ("article_id",)),
    Relationship("dim_article", ("loaded_run_id",), "etl_run", ("run_id",)),
)


def _stored_key(table: str) -> tuple[str, ...]:
    """A table's key in the warehouse: its staged key, the batch position replaced by the article."""
    return _stored(CONTRACTS[table].staged_key)


UNIQUES: tuple[Unique, ...] = (
    Unique("dim_article", ("path",), "is_current"),
    *(Unique(t, _stored_key(t)) for t in _FACTS),
    Unique("dim_entity", ("entity_key",)),
    Unique("source_file", ("path",)),
)

ACCEPTED: tuple[AcceptedValues, ...] = (
    *(
        AcceptedValues(t, c.name, c.values)
        for t, contract in CONTRACTS.items()
        for c in contract.stored_columns
        if c.values is not None
    ),
    AcceptedValues("source_file", "status", SOURCE_FILE_STATUSES),
    AcceptedValues("etl_run", "status", RUN_STATUSES),
)

CHECKS: tuple[Check, ...] = (*RELATIONSHIPS, *UNIQUES, *ACCEPTED)


@dataclass(frozen=True)
class CheckFailure:
    check: str
    rows: int
    examples: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.check}: {self.rows} failing row(s), e.g. {', '.join(self.examples)}"


class WarehouseCheckFailed(RuntimeError):
    """The built tables break a relationship, a key or a closed set: the message names each check and key."""

    def __init__(self, failures: list[CheckFailure]) -> None:
        self.failures = failures
        super().__init__("warehouse checks failed: " + "; ".join(str(f) for f in failures))


def failing_checks(con: duckdb.DuckDBPyConnection, checks: tuple[Check, ...] = CHECKS) -> list[CheckFailure]:
    """Every check of `checks` that some row fails, with its count and a few failing keys (one query)."""
    failing = " UNION ALL ".join(f"SELECT {i} AS check_no, k FROM ({c.sql()}) AS f(k)" for i, c in enumerate(checks))
    rows = con.execute(
        f"SELECT check_no, count(*), list(k ORDER BY k)[1:{EXAMPLES}] FROM ({failing}) GROUP BY check_no ORDER BY 1"
    ).fetchall()
    return [CheckFailure(checks[i].name, n, tuple(examples)) for i, n, examples in rows]


def check_warehouse(con: duckdb.DuckDBPyConnection) -> int:
    """Run every check; raise `WarehouseCheckFailed` naming the failures, else return how many passed."""
    failures = failing_checks(con)
    if failures:
        raise WarehouseCheckFailed(failures)
    return len(CHECKS)


def _key_text(alias: str, columns: tuple[str, ...]) -> str:
    """The key of a row as one readable value: `entity_key=PERSON:x` or `(article_id=1, start_char=5)`."""
    parts = " || ', ' || ".join(f"'{c}=' || coalesce({alias}.{c}::VARCHAR, 'NULL')" for c in columns)
    return parts if len(columns) == 1 else f"'(' || {parts} || ')'"
