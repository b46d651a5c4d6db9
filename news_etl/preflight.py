"""Checks of a run's inputs before anything starts or is created: one clear line for each problem.

`news-etl run` calls `check_run_inputs` before it starts Prefect, so a wrong path or a damaged warehouse is
one line on stderr (exit status 2), never a flow-run traceback, and no file or folder is made on the way;
then `pending_work` runs discovery alone, so a run with nothing new ends in about a second without
starting Prefect's temporary server. Both read the warehouse through news_etl/warehouse_file.py alone: the
loading machinery's imports (pandas, PyArrow, the rules) wait until the server is starting.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from news_etl import warehouse_file
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
        con = warehouse_file.connect(db, read_only=True)
        try:
            warehouse_file.check_integrity(con, db)
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


#: What the warehouse recorded of the inbox, as discovery read it: a plan made on one state holds on the same.
_INBOX_STATE_SQL = "SELECT count(*), max(updated_at)::VARCHAR, max(last_run_id) FROM source_file"


#: How long a plan made before a run stays good for it: the run starts within seconds of the look.
PLAN_KEPT_SECONDS = 600.0


@dataclass(frozen=True)
class _Planned:
    inbox_state: tuple[object, ...]
    plan: Plan
    made: float = field(default_factory=time.monotonic)


#: Plans made by `pending_work` in this process, by (settings), for the run that follows to take.
_planned: dict[Settings, _Planned] = {}


def plan_inbox(con: duckdb.DuckDBPyConnection, settings: Settings) -> Plan:
    """Discovery: every inbox file decided against what the warehouse on `con` already holds; the plan
    `pending_work` made a moment before for the same settings, while the warehouse recorded nothing since."""
    state = _inbox_state(con)
    planned = _planned.pop(settings, None)
    fresh = planned is not None and time.monotonic() - planned.made < PLAN_KEPT_SECONDS
    if planned is not None and fresh and planned.inbox_state == state:
        return planned.plan
    known, current = warehouse_file.known_files(con), warehouse_file.current_hashes(con)
    return plan_run(
        settings.inbox, settings.file_glob, known, current, settings.max_file_bytes, settings.settle_seconds
    )


def _inbox_state(con: duckdb.DuckDBPyConnection | None) -> tuple[object, ...]:
    return (0, None, None) if con is None else tuple(con.execute(_INBOX_STATE_SQL).fetchone() or ())


def pending_work(settings: Settings) -> Plan | None:
    """What a run would find to do (discovery on a read-only connection, no Prefect), kept for the run of
    these settings that this process starts next, so a run discovers once; None when the warehouse cannot be
    read right now (a run is writing it) or its schema was never completed (a run completes it first), and
    only a real run can tell."""
    if not settings.db.exists():
        plan = plan_run(settings.inbox, settings.file_glob, {}, {}, settings.max_file_bytes, settings.settle_seconds)
        _planned[settings] = _Planned(_inbox_state(None), plan)
        return plan
    try:
        con = warehouse_file.connect(settings.db, read_only=True)
    except warehouse_file.WarehouseUnavailable:
        return None
    try:
        if not warehouse_file.schema_complete(con):
            return None
        state = _inbox_state(con)
        plan = plan_inbox(con, settings)
        _planned[settings] = _Planned(state, plan)
        return plan
    finally:
        con.close()


def forget_plan(settings: Settings) -> None:
    """Drop the plan `pending_work` kept for a run of `settings` that will not start."""
    _planned.pop(settings, None)


def nothing_to_do(plan: Plan) -> bool:
    """No file to extract, record or mark deleted: a run would change nothing but its own record."""
    return not (plan.candidates or plan.decided or plan.deleted)
