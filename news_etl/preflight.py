"""Checks of a run's inputs before anything starts or is created: one clear line for each problem.

`news-etl run` calls `check_run_inputs` before it starts Prefect, so a wrong path or a damaged warehouse is
one line on stderr (exit status 2), never a flow-run traceback, and no file or folder is made on the way;
then `pending_work` runs discovery alone, so a run with nothing new ends in about a second without
starting Prefect's temporary server.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from news_etl import warehouse
from news_etl.config import Settings
from news_etl.discovery import Plan, plan_run


class InputProblem(ValueError):
    """An input the user can fix: the message says what, where and what to do."""


def check_run_inputs(inbox: Path, db: Path) -> None:
    """Raise `InputProblem` (or `WarehouseDamaged`) unless a run over `inbox` into `db` can start."""
    if not inbox.is_dir():
        what = "does not exist" if not inbox.exists() else "is not a folder"
        raise InputProblem(f"inbox {inbox} {what}: give the folder of article files with --inbox DIR")
    if not db.parent.is_dir():
        raise InputProblem(f"the folder of --db {db} does not exist: create {db.parent} or choose another --db")
    lock = db.with_name(db.name + ".lock")
    if lock.is_symlink() or (lock.exists() and not lock.is_file()):
        raise InputProblem(f"the run lock {lock} is not a plain file: remove it")
    _check_writable(db)
    if db.exists():
        con = warehouse.connect(db, read_only=True)
        try:
            warehouse.check_integrity(con, db)
        finally:
            con.close()


def _check_writable(db: Path) -> None:
    """A run writes the warehouse, its write-ahead log, its lock and its stamp: its folder and whichever of
    them exist must be writable (root too is refused by a read-only mount or an immutable file)."""
    folder = db.parent
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        raise InputProblem(
            f"the folder of the warehouse {folder} is on a read-only file system: a run writes {db.name} and its "
            "lock there; mount it read-write or choose another --db"
        )
    for path in (folder, *(db.with_name(db.name + suffix) for suffix in ("", ".wal", ".lock", ".verified"))):
        if path.exists() and not os.access(path, os.W_OK):
            raise InputProblem(
                f"{path} is not writable (its permissions, or an immutable attribute: lsattr {path}); a run "
                "must write it: make it writable or choose another --db"
            )


def plan_inbox(con: duckdb.DuckDBPyConnection, settings: Settings) -> Plan:
    """Discovery: every inbox file decided against what the warehouse on `con` already holds."""
    known, current = warehouse.known_files(con), warehouse.current_hashes(con)
    return plan_run(
        settings.inbox, settings.file_glob, known, current, settings.max_file_bytes, settings.settle_seconds
    )


def pending_work(settings: Settings) -> Plan | None:
    """What a run would find to do (discovery on a read-only connection, no Prefect); None when the
    warehouse cannot be read right now (a run is writing it) or its schema was never completed (a run
    completes it first), and only a real run can tell."""
    if not settings.db.exists():
        return plan_run(settings.inbox, settings.file_glob, {}, {}, settings.max_file_bytes, settings.settle_seconds)
    try:
        con = warehouse.connect(settings.db, read_only=True)
    except warehouse.WarehouseUnavailable:
        return None
    try:
        return plan_inbox(con, settings) if warehouse.schema_complete(con) else None
    finally:
        con.close()


def nothing_to_do(plan: Plan) -> bool:
    """No file to extract, record or mark deleted: a run would change nothing but its own record."""
    return not (plan.candidates or plan.decided or plan.deleted)
