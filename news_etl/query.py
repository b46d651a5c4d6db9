"""`news-etl sql`: analysts' queries on a read-only connection that cannot touch files or the network.

What it can do: SELECT (with CTEs), DESCRIBE/SHOW, EXPLAIN, SUMMARIZE on the warehouse's tables and views.
What it refuses: anything that writes (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, COPY ... TO, EXPORT),
ATTACH/DETACH, INSTALL/LOAD, SET/PRAGMA/RESET, and any table function that reads files or URLs
(read_csv, read_parquet, glob, ...). Three guards do this: a statement-type allow-list, a read-only
connection, and DuckDB's `enable_external_access = false` locked for the session.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from news_etl.jsonout import dumps
from news_etl.warehouse import connect
from transforms.money import decimal_text

ALLOWED_STATEMENTS = {"SELECT", "EXPLAIN"}


class QueryRefused(ValueError):
    """A query that `news-etl sql` will not run."""


def _statement_type(statement: Any) -> str:
    return str(statement.type).rsplit(".", 1)[-1].upper()


def check_query(query: str) -> None:
    """Raise `QueryRefused` unless every statement in `query` is a read."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryRefused(f"cannot parse the query: {exc}") from exc
    if not statements:
        raise QueryRefused("empty query")
    for statement in statements:
        kind = _statement_type(statement)
        if kind not in ALLOWED_STATEMENTS:
            raise QueryRefused(f"{kind} statements are not allowed: this command only reads the warehouse")


def open_read_only(db: Path) -> duckdb.DuckDBPyConnection:
    con = connect(db, read_only=True)
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def run_query(db: Path, query: str, fmt: str = "table") -> str:
    """Run a read-only query and format its result as an aligned table, CSV or JSON records."""
    check_query(query)
    con = open_read_only(db)
    try:
        try:
            cursor = con.execute(query)
        except duckdb.PermissionException as exc:
            raise QueryRefused(str(exc)) from exc
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    finally:
        con.close()
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    if fmt == "json":
        return dumps([dict(zip(columns, row, strict=True)) for row in rows])
    return format_table(columns, rows)


def format_table(columns: list[str], rows: list[tuple]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return "\n".join([line, rule, *body, footer])


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, Decimal):
        return decimal_text(value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"
