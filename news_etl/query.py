"""`news-etl sql`: analysts' queries on a read-only connection that cannot touch files or the network.

What it can do: SELECT (with CTEs), DESCRIBE/SHOW, SUMMARIZE, PIVOT/UNPIVOT, and EXPLAIN [ANALYZE] of one
of these, on the warehouse's tables and views; several statements print one result each.
What it refuses: anything that writes (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, COPY ... TO, EXPORT,
CHECKPOINT), also behind EXPLAIN ANALYZE; ATTACH/DETACH, INSTALL/LOAD, SET/PRAGMA/RESET/CALL, and any
table function that reads files or URLs (read_csv, read_parquet, glob, ...). Three guards do this: a
statement-type allow-list, a read-only connection, and DuckDB's `enable_external_access = false` locked
for the session. Every query runs under a time limit and a memory limit (settings `query_timeout_seconds`,
`query_memory_limit`), so a runaway query neither hangs the terminal nor starves the machine.
"""

from __future__ import annotations

import csv
import io
import re
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from news_etl.jsonout import dumps
from news_etl.warehouse import WarehouseUnavailable, connect
from transforms.money import decimal_text

_EXPLAIN = re.compile(r"^\s*EXPLAIN\s+(?:ANALY[SZ]E\s+)?", re.IGNORECASE)
_PIVOT = re.compile(r"^\s*(?:UN)?PIVOT\b", re.IGNORECASE)


class QueryRefused(ValueError):
    """A query that `news-etl sql` will not run."""


class QueryInvalid(ValueError):
    """A query DuckDB cannot parse or bind: a typo, not a refusal."""


def _statement_type(statement: Any) -> str:
    return str(statement.type).rsplit(".", 1)[-1].upper()


def _is_read(statement: Any) -> bool:
    kind = _statement_type(statement)
    if kind == "SELECT":
        return True
    if kind == "MULTI":  # PIVOT expands into several statements; it reads all the same
        return bool(_PIVOT.match(statement.query))
    if kind == "EXPLAIN":  # EXPLAIN ANALYZE runs its statement: that one must be a read too
        inner = duckdb.extract_statements(_EXPLAIN.sub("", statement.query, count=1))
        return len(inner) == 1 and _statement_type(inner[0]) != "EXPLAIN" and _is_read(inner[0])
    return False


def check_query(query: str) -> list[str]:
    """The statements of `query`, each a read; `QueryRefused` otherwise."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryInvalid(str(exc)) from exc
    if not statements:
        raise QueryRefused("empty query")
    for statement in statements:
        if not _is_read(statement):
            kind = _statement_type(statement)
            raise QueryRefused(f"{kind} statements are not allowed: this command only reads the warehouse")
    return [s.query for s in statements]


class QueryTimeout(RuntimeError):
    """A query that ran past its time limit and was interrupted."""


def open_read_only(db: Path, memory_limit: str = "2GB") -> duckdb.DuckDBPyConnection:
    con = connect(db, read_only=True)
    ((tables,),) = con.execute("SELECT count(*) FROM duckdb_tables()").fetchall()
    if tables == 0:  # a first run stopped while creating the file
        con.close()
        raise WarehouseUnavailable(f"warehouse {db} has no tables yet: run `news-etl run`, it completes it")
    con.execute("SET enable_external_access = false")
    con.execute("SET memory_limit = ?", [memory_limit])
    con.execute("SET lock_configuration = true")
    return con


def run_query(
    db: Path, query: str, fmt: str = "table", timeout_seconds: float = 300.0, memory_limit: str = "2GB"
) -> str:
    """Run a read-only query and format each statement's result as an aligned table, CSV or JSON records."""
    statements = check_query(query)
    con = open_read_only(db, memory_limit)
    timer = threading.Timer(timeout_seconds, con.interrupt)
    timer.start()
    try:
        outputs = []
        for statement in statements:
            try:
                cursor = con.execute(statement)
                columns = [d[0] for d in cursor.description or []]
                rows = cursor.fetchall()
            except duckdb.PermissionException as exc:
                raise QueryRefused(str(exc)) from exc
            except duckdb.InterruptException as exc:
                raise QueryTimeout(f"the query ran past its limit of {timeout_seconds:g}s and was stopped") from exc
            except (duckdb.ParserException, duckdb.BinderException, duckdb.CatalogException) as exc:
                raise QueryInvalid(str(exc)) from exc
            outputs.append(_format(columns, rows, fmt))
    finally:
        timer.cancel()
        con.close()
    return "\n\n".join(outputs)


def _format(columns: list[str], rows: list[tuple], fmt: str) -> str:
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
