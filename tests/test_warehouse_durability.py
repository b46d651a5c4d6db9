"""A warehouse no kill or damaged block can wedge: creation is all or nothing, and the integrity check reads
every used block of the file (table data, indexes, metadata), not only what a table scan touches."""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from benchmarks import kill_runs
from news_etl import block_check, preflight, warehouse, warehouse_file
from news_etl.config import Settings
from tests.conftest import SAMPLE_INBOX, query, run


def _empty_duckdb_file(db: Path) -> None:
    """What a run killed while creating the warehouse leaves: a DuckDB file with no tables."""
    duckdb.connect(str(db)).close()


def test_a_warehouse_left_without_tables_is_planned_by_the_run_and_completed_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    _empty_duckdb_file(db)
    settings = Settings(inbox=SAMPLE_INBOX, db=db)
    preflight.check_run_inputs(settings.inbox, db)
    assert preflight.pending_work(settings) is None  # the run decides, after completing the schema
    lines: list[str] = []
    with warehouse.open_warehouse(db, report=lines.append) as con:
        assert warehouse_file.schema_complete(con)
    assert lines == [f"warehouse {db} has no tables (a run was stopped while creating it); completed it"]
    with warehouse.open_warehouse(db, report=lines.append) as con:  # complete now: nothing more to say
        assert warehouse_file.known_files(con) == {}
    assert len(lines) == 1
    plan = preflight.pending_work(settings)
    assert plan is not None and plan.candidates


def test_read_commands_on_a_warehouse_without_tables_say_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from news_etl.cli import main

    db = tmp_path / "w.duckdb"
    _empty_duckdb_file(db)
    for argv in (["status", "--db", str(db)], ["sql", "--db", str(db), "select count(*) from dim_article"]):
        assert main(argv) == 2
        assert capsys.readouterr().err == (
            f"news-etl {argv[0]}: warehouse {db} has no tables yet: run `news-etl run`, it completes it\n"
        )


def test_the_schema_and_its_marker_commit_together(tmp_path: Path) -> None:
    """A schema whose last statement fails (here: the marker row, refused by a clashing table) leaves none of
    the tables, rows and views before it."""
    db = tmp_path / "w.duckdb"
    con = warehouse.connect(db)
    try:
        con.execute("CREATE TABLE schema_version (version INTEGER CHECK (version < 0), applied_at TIMESTAMPTZ)")
        with pytest.raises(duckdb.ConstraintException):
            warehouse.apply_schema(con)
        tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        ((views,),) = con.execute("SELECT count(*) FROM duckdb_views() WHERE NOT internal").fetchall()
        assert tables == {"schema_version"} and views == 0 and not warehouse_file.schema_complete(con)
    finally:
        con.close()


#: Every kill point of the benchmark, and one more after a load committed and before the run ends.
KILL_POINTS = (
    *kill_runs.KILL_POINTS[:4],
    kill_runs.KillPoint("a later load", lambda run: run.logged("validate-batch-2")),
    kill_runs.KILL_POINTS[4],
)


@pytest.mark.slow
def test_runs_killed_before_during_and_after_creating_the_warehouse_never_wedge_it(
    prefect_harness: str, tmp_path: Path
) -> None:
    """`kill -9` at every kill point in turn (file created, schema commit, discovery, first load, a later load,
    run summary; each run resumes the last one's backlog), then one run with one more file: whatever a kill
    left is whole batches, and the run ends with exactly an uninterrupted run's rows, the killed runs closed,
    no traceback anywhere."""
    inbox = kill_runs.sample_inbox(tmp_path / "inbox", 5)
    reference = tmp_path / "reference.duckdb"
    run(inbox, reference, batch_size=1, n_process=1)  # the killed runs' batches, in the same order
    held_back = [path.name for path in sorted(inbox.iterdir())[4:]]
    for name in held_back:
        (inbox / name).rename(tmp_path / name)
    db = tmp_path / "killed.duckdb"
    landed = kill_runs.kill_round(inbox, db, prefect_harness, random.Random(0), 0.2, KILL_POINTS)
    assert len(landed) >= 5, landed
    states = dict(landed)
    assert states.get("warehouse file created", "0 tables, no schema_version") == "0 tables, no schema_version"
    counts = [tuple(map(int, re.findall(r"\d+", state))) for state in states.values() if "complete" in state]
    assert all(articles == loaded for articles, loaded in counts), landed  # committed: whole batches only
    assert any(0 < articles < 4 for articles, _ in counts), landed  # killed after some batches, before the end
    for name in held_back:
        (tmp_path / name).rename(inbox / name)
    final = kill_runs.start_run(inbox, db, prefect_harness)
    assert kill_runs.finish(final) == 0, final.output[-3000:]
    assert "Traceback" not in final.output
    assert kill_runs.fingerprint(db) == kill_runs.fingerprint(reference)
    statuses = [status for (status,) in query(db, "SELECT status FROM etl_run ORDER BY started_at")]
    assert statuses[-1] == "completed" and "aborted" in statuses and "running" not in statuses


def _damaged_copy(source: Path, target: Path, block: int, offset: int = 4096) -> Path:
    """`source` copied to `target` (or itself) with 64 KiB of random bytes written into `block`."""
    if target != source:
        shutil.copy(source, target)
    with target.open("r+b") as f:
        f.seek(block_check.BLOCK_START + block * 262144 + offset)
        f.write(random.Random(block).randbytes(64 * 1024))
    return target


def _blocks_by_kind(db: Path) -> dict[str, set[int]]:
    """DuckDB's own account of the file: table-data blocks, metadata blocks, free blocks, all blocks."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        data: set[int] = set()
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
            for block, extra in con.execute(
                "SELECT block_id, additional_block_ids FROM pragma_storage_info(?) WHERE block_id >= 0", [table]
            ).fetchall():
                data |= {block, *(extra or [])}
        metadata = {b for (b,) in con.execute("SELECT block_id FROM pragma_metadata_info()").fetchall()}
        ((total, free),) = con.execute("SELECT total_blocks, free_blocks FROM pragma_database_size()").fetchall()
    finally:
        con.close()
    return {"data": data, "metadata": metadata, "total": set(range(total)), "free_count": set(range(free))}


def test_the_block_check_reads_duckdbs_layout_and_free_list(tmp_path: Path) -> None:
    """A file with table data, a primary-key index and free blocks (a dropped table): every block verifies,
    the free list read from the file is as long as DuckDB's, and damage in any used block is found."""
    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE kept (id BIGINT PRIMARY KEY, label VARCHAR)")
    con.execute("INSERT INTO kept SELECT i, 'label ' || (i % 97) FROM range(300000) t(i)")
    con.execute("CREATE TABLE dropped AS SELECT i, repeat('x', 40) AS filler FROM range(200000) t(i)")
    con.execute("CHECKPOINT")
    con.execute("DROP TABLE dropped")
    con.execute("CHECKPOINT")
    con.close()
    kinds = _blocks_by_kind(db)
    assert block_check.damaged_parts(db) == []
    free = _free_list(db)
    assert len(free) == len(kinds["free_count"]) > 0
    used = kinds["total"] - free
    indexes = used - kinds["data"] - kinds["metadata"]
    assert indexes, kinds  # the primary key's blocks: no table scan reads them
    for block in (min(kinds["data"]), min(kinds["metadata"]), min(indexes)):
        damaged = _damaged_copy(db, tmp_path / f"d{block}.duckdb", block)
        assert block_check.damaged_parts(damaged) == [f"block {block}"]
    assert block_check.damaged_parts(_damaged_copy(db, tmp_path / "free.duckdb", min(free))) == []


def _free_list(db: Path) -> set[int]:
    import numpy as np

    file = np.memmap(db, dtype="<u8", mode="r")
    headers = [block_check._database_header(file[i * 512 : (i + 1) * 512]) for i in (1, 2)]
    return block_check._free_blocks(file, max(headers, key=lambda h: h.iteration), set())


def test_headers_are_checked_and_a_short_file_is_damage(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE t AS SELECT range AS i FROM range(100000)")
    con.close()
    header = tmp_path / "header.duckdb"
    shutil.copy(db, header)
    with header.open("r+b") as f:
        f.seek(4096 + 200)
        f.write(bytes(range(1, 17)))  # distinct words: the checksum is a XOR, a pair of equal words cancels
    assert block_check.damaged_parts(header) == ["database header 1"]
    short = tmp_path / "short.duckdb"
    shutil.copy(db, short)
    os.truncate(short, short.stat().st_size - 262144)
    assert "the file ends after" in block_check.damaged_parts(short)[0]
    not_duckdb = tmp_path / "text.duckdb"
    not_duckdb.write_bytes(b"hello" * 5000)
    with pytest.raises(block_check.LayoutUnknown):
        block_check.damaged_parts(not_duckdb)


@pytest.mark.slow
def test_damage_in_an_index_block_stops_the_next_run_before_it_writes(
    prefect_harness: str, loaded_sample: tuple[Path, Path]
) -> None:
    inbox, db = loaded_sample
    kinds = _blocks_by_kind(db)
    indexes = kinds["total"] - _free_list(db) - kinds["data"] - kinds["metadata"]
    assert indexes
    stamp = db.with_name(db.name + ".verified")
    stamp.unlink()
    con = warehouse.connect(db, read_only=True)
    warehouse_file.check_integrity(con, db)  # a clean file passes
    con.close()
    _damaged_copy(db, db, min(indexes))
    con = warehouse.connect(db, read_only=True)
    try:
        assert warehouse_file._unreadable_tables(con) == []  # every table reads: only the block check sees it
        with pytest.raises(warehouse_file.WarehouseDamaged, match=f"block {min(indexes)}"):
            warehouse_file.check_integrity(con, db)
    finally:
        con.close()
    before = db.read_bytes()
    env = {**os.environ, "PREFECT_API_URL": prefect_harness}
    done = subprocess.run(
        [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.strip().splitlines() == [
        f"news-etl run: warehouse {db} is damaged (block {min(indexes)}: checksum mismatch); restore it from a "
        "backup or rebuild it from the inbox with `news-etl run --rebuild`"
    ]
    assert db.read_bytes() == before
