"""The warehouse's schema: numbered migrations, each applied once, and views created in dependency order.

`sql/migrations/NNNN_name.sql` holds the schema's history, one change a file, numbered 0001 upwards without
gaps; the `schema_version` table records which ones a warehouse has applied. `sql/views/*.sql` holds one
view a file, named as its file; a view that reads other views says so in a header line,
`-- depends on: int_money_event`, and is created after them. The caller runs `migrate` and `create_views`
inside one transaction (news_etl/warehouse.py `apply_schema`).
"""

from __future__ import annotations

import graphlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable

import duckdb

SQL_DIR = files("news_etl.sql")
MIGRATIONS_DIR = SQL_DIR.joinpath("migrations")
VIEWS_DIR = SQL_DIR.joinpath("views")
_MIGRATION_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")
_DEPENDS_ON = re.compile(r"^--\s*depends on:(.*)$", re.MULTILINE | re.IGNORECASE)


class SchemaError(ValueError):
    """The migration or view files are inconsistent (a gap in the numbering, a cycle, an unknown view)."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str  # the file name without `.sql`: 0001_initial
    sql: str


@dataclass(frozen=True)
class View:
    name: str
    depends_on: frozenset[str]
    sql: str


def read_migrations(folder: Traversable | None = None) -> list[Migration]:
    """The migration files in version order; a name not `NNNN_name.sql` or a gap in the numbers is an error."""
    found = []
    for path in (folder or MIGRATIONS_DIR).iterdir():
        if not path.name.endswith(".sql"):
            continue
        match = _MIGRATION_NAME.fullmatch(path.name)
        if match is None:
            raise SchemaError(f"migration file {path.name} is not named NNNN_name.sql (e.g. 0002_add_note.sql)")
        found.append(Migration(int(match[1]), path.name.removesuffix(".sql"), path.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise SchemaError(f"migration {migration.name} follows version {expected - 1}: number it {expected:04d}")
    return found


def unknown_versions(con: duckdb.DuckDBPyConnection, known: Sequence[Migration]) -> list[int]:
    """Versions the warehouse has applied that are not among `known` (made by a newer news-etl)."""
    if not _has_table(con, "schema_version"):
        return []
    numbers = {m.version for m in known}
    return sorted(v for (v,) in con.execute("SELECT version FROM schema_version").fetchall() if v not in numbers)


def migrate(con: duckdb.DuckDBPyConnection, known: Sequence[Migration] | None = None) -> list[Migration]:
    """Apply the migrations the warehouse has not applied, in order, recording each in `schema_version`;
    return them. Runs inside the caller's transaction.

    A warehouse made before numbered migrations is recognised and upgraded in place: one whose
    `schema_version` lacks `name` (its row 1 is 0001_initial), or one with tables but no `schema_version` row,
    which gets 0001_initial and then the columns added since it was made (sql/versioning/adopt_unversioned.sql).
    """
    migrations = read_migrations() if known is None else known
    had_tables = _table_count(con) > int(_has_table(con, "schema_version"))
    con.execute(_sql("versioning/schema_version.sql"))
    applied = {v for (v,) in con.execute("SELECT version FROM schema_version").fetchall()}
    unversioned = had_tables and not applied
    pending = [m for m in migrations if m.version not in applied]
    for migration in pending:
        con.execute(migration.sql)
        if migration.version == 1 and unversioned:
            con.execute(_sql("versioning/adopt_unversioned.sql"))
        con.execute(
            "INSERT INTO schema_version (version, applied_at, name) VALUES (?, current_timestamp, ?)",
            [migration.version, migration.name],
        )
    return pending


def read_views(folder: Traversable | None = None) -> list[View]:
    """The view files, each named as its file, with the views its `-- depends on:` lines name."""
    views = []
    for path in sorted((folder or VIEWS_DIR).iterdir(), key=lambda p: p.name):
        if path.name.endswith(".sql"):
            sql = path.read_text(encoding="utf-8")
            named = (n.strip() for line in _DEPENDS_ON.findall(sql) for n in line.split(","))
            views.append(View(path.name.removesuffix(".sql"), frozenset(n for n in named if n), sql))
    return views


def in_dependency_order(views: Iterable[View]) -> list[View]:
    """`views` with every view after the views it depends on (ties by name); a dependency on a view that is
    not there, or a cycle, is a `SchemaError` naming it."""
    by_name = {v.name: v for v in views}
    for view in by_name.values():
        missing = sorted(view.depends_on - by_name.keys())
        if missing:
            raise SchemaError(f"view {view.name} depends on {', '.join(missing)}: no sql/views file defines it")
    sorter = graphlib.TopologicalSorter({name: v.depends_on for name, v in by_name.items()})
    try:
        sorter.prepare()
    except graphlib.CycleError as exc:
        raise SchemaError(f"views depend on each other in a cycle: {' -> '.join(exc.args[1])}") from exc
    ordered: list[View] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        ordered += (by_name[name] for name in ready)
        sorter.done(*ready)
    return ordered


def create_views(con: duckdb.DuckDBPyConnection, views: Iterable[View] | None = None) -> None:
    """(Re)create every view, each after the views it reads."""
    for view in in_dependency_order(read_views() if views is None else views):
        con.execute(view.sql)


def _sql(relative: str) -> str:
    return SQL_DIR.joinpath(relative).read_text(encoding="utf-8")


def _has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    query = "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main'"
    ((count,),) = con.execute(query, [table]).fetchall()
    return bool(count)


def _table_count(con: duckdb.DuckDBPyConnection) -> int:
    ((count,),) = con.execute("SELECT count(*) FROM duckdb_tables() WHERE NOT temporary").fetchall()
    return int(count)
