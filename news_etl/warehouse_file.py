"""The warehouse file itself, without the loading machinery (no pandas, PyArrow or the rules): opening it,
its integrity check and stamp, whether its schema was completed, and the reads discovery makes.

`news-etl run` checks its inputs and looks at the inbox with this module alone (news_etl/preflight.py),
before it starts Prefect's temporary server; `news_etl/warehouse.py` builds on it.
"""

from __future__ import annotations

import time
from importlib.resources import files
from pathlib import Path

import duckdb

from news_etl.discovery import KnownFile

#: `sql/` of the source tree, installed as the package data `news_etl.sql`.
SQL_DIR = files("news_etl.sql")


class WarehouseUnavailable(RuntimeError):
    """The DuckDB file cannot be opened (missing directory, permissions, held by another process)."""


class WarehouseDamaged(WarehouseUnavailable):
    """The DuckDB file's data fails its checksums: a run must not append to it."""


def sql_file(relative: str) -> str:
    return SQL_DIR.joinpath(relative).read_text(encoding="utf-8")


def connect(db: Path, read_only: bool = False, wait_seconds: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file, with a clear error when that is impossible.

    A writer waits up to `wait_seconds` while another process (an analyst's `news-etl sql`) holds the file.
    """
    if read_only and not db.exists():
        raise WarehouseUnavailable(f"no warehouse at {db}: run `news-etl run` first")
    if not read_only:
        db.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(db), read_only=read_only)
            # DuckDB draws a progress bar on stdout for a query over two seconds: it would interleave with
            # `news-etl sql`'s results and the run's JSON lines.
            con.execute("SET enable_progress_bar = false")
            return con
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise WarehouseUnavailable(f"cannot open warehouse {db}: {str(exc).splitlines()[0]}") from exc
            time.sleep(0.5)
        except duckdb.Error as exc:
            raise WarehouseUnavailable(f"cannot open warehouse {db}: {str(exc).splitlines()[0]}") from exc


def _verified_stamp(db: Path) -> Path:
    return db.with_name(db.name + ".verified")


def _file_state(db: Path) -> str:
    st = db.stat()
    return f"{st.st_size} {st.st_mtime_ns}"


def forget_verified(db: Path) -> None:
    """Remove the stamp: the next run reads every block."""
    _verified_stamp(db).unlink(missing_ok=True)


def mark_verified(db: Path) -> None:
    """Remember the file as this run left it: the next run skips the integrity scan if nobody touched it."""
    if db.exists():
        _verified_stamp(db).write_text(_file_state(db), encoding="ascii")


def check_integrity(con: duckdb.DuckDBPyConnection, db: Path) -> None:
    """Verify the checksum of every header and used block of the file (table data, indexes, metadata;
    news_etl/block_check.py) unless the file is exactly as the last run left it; raise `WarehouseDamaged`
    naming the file and the failing blocks. A file laid out otherwise (encrypted, another storage format) has
    every table read through DuckDB instead, which verifies the blocks those reads touch."""
    stamp = _verified_stamp(db)
    if stamp.exists() and stamp.read_text(encoding="ascii") == _file_state(db):
        return
    from news_etl import block_check  # NumPy: only when the file changed since the last run

    try:
        damaged = block_check.damaged_parts(db)
    except block_check.LayoutUnknown:
        damaged = _unreadable_tables(con)
    if damaged:
        shown = ", ".join(damaged[:5]) + (f" and {len(damaged) - 5} more" if len(damaged) > 5 else "")
        raise WarehouseDamaged(
            f"warehouse {db} is damaged ({shown}: checksum mismatch); restore it from a backup or rebuild it "
            "from the inbox with `news-etl run --rebuild`"
        )


def _unreadable_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every table read in full (DuckDB verifies each block it reads); the first that fails, as a list."""
    tables = con.execute("SELECT table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()
    for (table,) in tables:
        try:
            con.execute(f'SELECT bit_xor(hash(t)) FROM "{table}" t').fetchall()
        except duckdb.Error as exc:
            return [f"table {table}: {str(exc).splitlines()[0]}"]
    return []


def schema_complete(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether `apply_schema` committed on this warehouse: it has a `schema_version` row."""
    marker = "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main'"
    ((has_table,),) = con.execute(marker).fetchall()
    return bool(has_table) and con.execute("SELECT 1 FROM schema_version LIMIT 1").fetchall() != []


def known_files(con: duckdb.DuckDBPyConnection) -> dict[str, KnownFile]:
    """path -> what the warehouse recorded of that file."""
    rows = con.execute(sql_file("run/known_files.sql")).fetchall()
    return {path: KnownFile(*record) for path, *record in rows}


def current_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """sha256 -> path of the current article versions."""
    return dict(con.execute(sql_file("run/current_articles.sql")).fetchall())
