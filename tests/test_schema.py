"""The versioned schema: numbered migrations applied once each, in order, in the transaction that completes
the warehouse; warehouses made before migrations upgraded in place with every row kept; views created after
the views they read, whatever order their files come in."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from news_etl import schema, warehouse

#: The DDL of the warehouse as it was before numbered migrations (sql/schema/*.sql of commit 730ddb6).
BEFORE_MIGRATIONS = Path(__file__).parent / "fixtures" / "schema_before_migrations.sql"
REFERENCE_TABLES = {"dim_date", "dim_currency", "dim_fx_rate"}

_ROWS = """
INSERT INTO etl_run (run_id, started_at, status, files_seen, files_ignored)
    VALUES ('run-1', TIMESTAMPTZ '2026-11-30 10:00:00+00', 'completed', 2, 1);
INSERT INTO source_file (path, size_bytes, mtime_ns, sha256, status, article_id, first_run_id, last_run_id)
    VALUES ('a.txt', 120, 7, 'f00d', 'loaded', 1, 'run-1', 'run-1');
INSERT INTO dim_article (article_id, path, sha256, published_date, date_missing, title, word_count, char_count,
    encoding, body, loaded_run_id, loaded_at, is_current)
    VALUES (nextval('seq_article_id'), 'a.txt', 'f00d', DATE '2013-03-20', false, 'Aid', 6, 40, 'utf-8',
            'Norway gave Kenya $5 million on Friday.', 'run-1', TIMESTAMPTZ '2026-11-30 10:00:01+00', true);
INSERT INTO dim_entity (entity_key, canonical_name, label, first_run_id)
    VALUES ('GPE:norway', 'Norway', 'GPE', 'run-1'), ('GPE:kenya', 'Kenya', 'GPE', 'run-1');
INSERT INTO fact_entity_mention (article_id, entity_key, label, surface_text, start_char, end_char,
    sentence_index, sentence_text, run_id)
    VALUES (1, 'GPE:norway', 'GPE', 'Norway', 0, 6, 0, 'Norway gave Kenya $5 million on Friday.', 'run-1');
INSERT INTO fact_date_mention (article_id, surface_text, start_char, end_char, sentence_index, sentence_text,
    run_id, date_value, granularity)
    VALUES (1, 'Friday', 32, 38, 0, 'Norway gave Kenya $5 million on Friday.', 'run-1', DATE '2013-03-15', 'day');
INSERT INTO quarantine (run_id, path, reason) VALUES ('run-1', 'b.txt', 'empty');
"""

#: Columns that warehouses older than the marker table can lack (added by ALTER then).
_LATE_COLUMNS = {"dim_article": "dateline_place", "dim_entity": "country_code", "etl_run": "ignored_by_reason"}


def _warehouse_before_migrations(db: Path, *, marker: bool = True) -> None:
    """A warehouse as the DDL before migrations made it, with its views and a few rows; without `marker`, as
    one made before `schema_version` existed and before the late columns were added."""
    con = duckdb.connect(str(db))
    try:
        con.execute("SET VARIABLE first_year = 2013")
        con.execute("SET VARIABLE last_year = 2013")
        con.execute(BEFORE_MIGRATIONS.read_text(encoding="utf-8"))  # tables only: views are made anew on open
        if marker:
            con.execute("INSERT INTO schema_version VALUES (1, TIMESTAMPTZ '2026-11-30 09:00:00+00')")
        else:
            con.execute("DROP TABLE schema_version")
            con.execute("DROP TABLE etl_batch")
            for table, column in _LATE_COLUMNS.items():
                con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        con.execute(_ROWS)
    finally:
        con.close()


def _columns(db: Path) -> dict[str, list[tuple]]:
    """Each table's columns as DESCRIBE gives them (name, type, nullability, key, default), in order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {t: con.execute(f"DESCRIBE {t}").fetchall() for t in tables}
    finally:
        con.close()


def _rows(db: Path, columns: dict[str, list[tuple]], added: dict[str, str] | None = None) -> dict[str, list[tuple]]:
    """The sorted rows of each table of `columns` but the reference data and the versions, those columns
    only (later migrations may add others), then the table's column in `added`, if any."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = {}
        for table, described in columns.items():
            if table in REFERENCE_TABLES | {"schema_version"}:
                continue
            names = [c for (c, *_) in described]
            if added and table in added:
                names.append(added[table])
            rows[table] = con.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY ALL").fetchall()
        return rows
    finally:
        con.close()


def _versions(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
    finally:
        con.close()


def _current() -> list[tuple]:
    return [(m.version, m.name) for m in schema.read_migrations()]


def _upgraded_from_1(db: Path) -> list[str]:
    """What opening a version-1 warehouse says: the migrations after 0001_initial, if there are any."""
    later = schema.read_migrations()[1:]
    names = ", ".join(m.name for m in later)
    return [f"warehouse {db} upgraded to schema version {later[-1].version} ({names})"] if later else []


@pytest.fixture(scope="module")
def fresh_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new warehouse, made once: tests copy it."""
    db = tmp_path_factory.mktemp("fresh") / "w.duckdb"
    with warehouse.open_warehouse(db, report=lambda _: None):
        pass
    return db


@pytest.fixture(scope="module")
def fresh_columns(fresh_warehouse: Path) -> dict[str, list[tuple]]:
    """Each table's columns as a new warehouse has them."""
    return _columns(fresh_warehouse)


def _copy(fresh_warehouse: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(fresh_warehouse, tmp_path / "w.duckdb"))


def test_the_initial_migration_makes_the_tables_the_ddl_before_migrations_made(tmp_path: Path) -> None:
    before, initial = tmp_path / "before.duckdb", tmp_path / "initial.duckdb"
    _warehouse_before_migrations(before)
    con = duckdb.connect(str(initial))
    con.execute(schema.read_migrations()[0].sql)
    con.close()
    assert {t: c for t, c in _columns(before).items() if t != "schema_version"} == _columns(initial)


def test_a_warehouse_made_before_migrations_is_recognised_and_keeps_every_row(
    tmp_path: Path, fresh_columns: dict[str, list[tuple]]
) -> None:
    db = tmp_path / "w.duckdb"
    _warehouse_before_migrations(db)
    columns = _columns(db)
    before = _rows(db, columns)
    lines: list[str] = []
    with warehouse.open_warehouse(db, report=lines.append) as con:
        ((applied_at,),) = con.execute(
            "SELECT strftime(applied_at, '%Y-%m-%d %H:%M') FROM schema_version WHERE version = 1"
        ).fetchall()
        ((days,),) = con.execute("SELECT count(*) FROM dim_date").fetchall()
        ((priced,),) = con.execute("SELECT count(*) FROM dim_fx_rate").fetchall()
    assert lines == _upgraded_from_1(db)  # its version-1 row is 0001_initial
    assert _versions(db) == _current() and applied_at == "2026-11-30 09:00"
    assert _rows(db, columns) == before
    assert _columns(db) == fresh_columns
    assert days > 365 and priced > 0  # reference data filled as on every open


def test_a_warehouse_older_than_its_version_table_gains_the_columns_and_keeps_its_rows(
    tmp_path: Path, fresh_columns: dict[str, list[tuple]]
) -> None:
    db = tmp_path / "w.duckdb"
    _warehouse_before_migrations(db, marker=False)
    columns = _columns(db)
    before = _rows(db, columns)
    lines: list[str] = []
    with warehouse.open_warehouse(db, report=lines.append):
        pass
    assert len(lines) == 1 and "but no schema_version row" in lines[0] and lines[0].endswith("; completed it")
    assert _versions(db) == _current()
    assert _columns(db) == fresh_columns
    after = _rows(db, columns, _LATE_COLUMNS)
    for table in _LATE_COLUMNS:  # the same rows, with the added column empty
        assert after[table] == [(*row, None) for row in before[table]], table
    assert {t: r for t, r in after.items() if t not in _LATE_COLUMNS} == {
        t: r for t, r in before.items() if t not in _LATE_COLUMNS
    }
    assert _rows(db, {"etl_batch": fresh_columns["etl_batch"]}) == {"etl_batch": []}


def test_a_new_migration_is_applied_once_on_open_and_said_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_warehouse: Path
) -> None:
    db = _copy(fresh_warehouse, tmp_path)
    con = duckdb.connect(str(db))
    con.execute(_ROWS)
    con.close()
    folder = tmp_path / "migrations"
    folder.mkdir()
    for migration in schema.read_migrations():
        (folder / f"{migration.name}.sql").write_text(migration.sql, encoding="utf-8")
    known = _current()
    latest = known[-1][0]
    note = f"{latest + 1:04d}_entity_note"
    (folder / f"{note}.sql").write_text("ALTER TABLE dim_entity ADD COLUMN note VARCHAR;\n")
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", folder)
    lines: list[str] = []
    for _ in range(2):  # the second open applies nothing (a second ALTER would fail)
        with warehouse.open_warehouse(db, report=lines.append) as con:
            notes = con.execute("SELECT entity_key, note FROM dim_entity ORDER BY 1").fetchall()
    assert lines == [f"warehouse {db} upgraded to schema version {latest + 1} ({note})"]
    assert notes == [("GPE:kenya", None), ("GPE:norway", None)]
    assert _versions(db) == [*known, (latest + 1, note)]


def test_a_new_warehouse_is_created_at_the_latest_version_without_a_word(tmp_path: Path) -> None:
    lines: list[str] = []
    with warehouse.open_warehouse(tmp_path / "new.duckdb", report=lines.append):
        pass
    assert lines == [] and _versions(tmp_path / "new.duckdb") == _current()


def test_a_failing_migration_leaves_the_warehouse_as_it_was(tmp_path: Path, fresh_warehouse: Path) -> None:
    db = _copy(fresh_warehouse, tmp_path)
    known = schema.read_migrations()
    failing = schema.Migration(
        len(known) + 1, "broken", "ALTER TABLE dim_entity ADD COLUMN note VARCHAR; SELECT * FROM nowhere;"
    )
    con = warehouse.connect(db)
    try:
        with pytest.raises(duckdb.CatalogException), warehouse.transaction(con):
            schema.migrate(con, [*known, failing])
        columns = [c for (c, *_) in con.execute("DESCRIBE dim_entity").fetchall()]
    finally:
        con.close()
    assert "note" not in columns and _versions(db) == _current()


def test_a_warehouse_from_a_newer_news_etl_is_refused_in_one_line(tmp_path: Path, fresh_warehouse: Path) -> None:
    db = _copy(fresh_warehouse, tmp_path)
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (99, current_timestamp, '0099_future')")
    con.close()
    latest = _current()[-1][0]
    with pytest.raises(warehouse.WarehouseUnavailable) as refused, warehouse.open_warehouse(db):
        pass
    assert str(refused.value) == (
        f"warehouse {db} has schema version 99, newer than this news-etl's {latest}: open it with the news-etl "
        "that wrote it, or a newer one"
    )


@pytest.mark.parametrize(
    ("names", "error"),
    [
        (["0001_initial.sql", "0003_late.sql"], "migration 0003_late follows version 1: number it 0002"),
        (["0001_initial.sql", "0001_again.sql"], "migration 0001_again follows version 1: number it 0002"),
        (["0001_initial.sql", "2_short.sql"], "migration file 2_short.sql is not named NNNN_name.sql"),
    ],
)
def test_migration_files_are_numbered_from_0001_without_gaps(tmp_path: Path, names: list[str], error: str) -> None:
    for name in names:
        (tmp_path / name).write_text("SELECT 1;\n")
    with pytest.raises(schema.SchemaError, match=re.escape(error)):
        schema.read_migrations(tmp_path)


def test_the_initial_migration_has_no_alter() -> None:
    (initial, *_) = schema.read_migrations()
    statements = re.sub(r"--.*", "", initial.sql)
    assert initial.name == "0001_initial" and re.search(r"\bALTER\b", statements, re.IGNORECASE) is None


def _view(name: str, *depends_on: str) -> schema.View:
    return schema.View(name, frozenset(depends_on), f"CREATE OR REPLACE VIEW {name} AS SELECT 1 AS x")


def test_views_are_created_after_the_views_they_read_whatever_their_order(tmp_path: Path) -> None:
    views = schema.read_views()
    expected = [v.name for v in schema.in_dependency_order(views)]
    assert (
        expected.index("int_money_event")
        < expected.index("int_money_party")
        < expected.index("mart_top_entities_by_money")
    )
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        for migration in schema.read_migrations():
            con.execute(migration.sql)
        for seed in range(5):
            shuffled = random.Random(seed).sample(views, len(views))
            assert [v.name for v in schema.in_dependency_order(shuffled)] == expected
            con.execute("BEGIN")
            schema.create_views(con, shuffled)
            ((created,),) = con.execute("SELECT count(*) FROM duckdb_views() WHERE NOT internal").fetchall()
            con.execute("ROLLBACK")
            assert created == len(views)
    finally:
        con.close()


def test_each_view_declares_exactly_the_views_it_reads() -> None:
    views = schema.read_views()
    names = {v.name for v in views}
    for view in views:
        body = re.sub(r"--.*", "", view.sql)
        read = {n.lower() for n in re.findall(r"\b(?:FROM|JOIN)\s+([A-Za-z_]\w*)", body, re.IGNORECASE)}
        assert view.depends_on == read & names - {view.name}, view.name


def test_a_view_cycle_is_an_error_naming_it() -> None:
    views = [_view("a", "c"), _view("b", "a"), _view("c", "b"), _view("d")]
    with pytest.raises(schema.SchemaError, match=r"views depend on each other in a cycle: (\w -> ){3}\w$"):
        schema.in_dependency_order(views)


def test_a_dependency_on_a_view_no_file_defines_is_an_error() -> None:
    with pytest.raises(schema.SchemaError, match="view b depends on int_money_evnt: no sql/views file defines it"):
        schema.in_dependency_order([_view("a"), _view("b", "a", "int_money_evnt")])


def test_the_depends_on_header_names_one_or_more_views(tmp_path: Path) -> None:
    (tmp_path / "b.sql").write_text("-- A view.\n-- depends on: a, c\n-- Depends on: d\nCREATE VIEW b AS SELECT 1;\n")
    (tmp_path / "notes.txt").write_text("not a view")
    assert [(v.name, v.depends_on) for v in schema.read_views(tmp_path)] == [("b", frozenset({"a", "c", "d"}))]
