"""Checks of a run's inputs before anything starts or is created: one clear line for each problem.

`news-etl run` calls `check_run_inputs` before it starts Prefect, so a wrong path or a damaged warehouse is
one line on stderr (exit status 2), never a flow-run traceback, and no file or folder is made on the way;
then `pending_work` runs discovery alone, so a run with nothing new ends in about a second without
starting Prefect's temporary server.
"""

from __future__ import annotations

from pathlib import Path

from news_etl import warehouse
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
    if db.exists():
        con = warehouse.connect(db, read_only=True)
        try:
            warehouse.check_integrity(con, db)
        finally:
            con.close()


def pending_work(inbox: Path, db: Path, pattern: str, max_bytes: int, settle_seconds: float) -> Plan | None:
    """What a run would find to do (discovery on a read-only connection, no Prefect); None when the
    warehouse cannot be read right now (a run is writing it) and only a real run can tell."""
    if not db.exists():
        return plan_run(inbox, pattern, {}, {}, max_bytes, settle_seconds)
    try:
        con = warehouse.connect(db, read_only=True)
    except warehouse.WarehouseUnavailable:
        return None
    try:
        known, current = warehouse.known_files(con), warehouse.current_hashes(con)
    finally:
        con.close()
    return plan_run(inbox, pattern, known, current, max_bytes, settle_seconds)


def nothing_to_do(plan: Plan) -> bool:
    """No file to extract, record or mark deleted: a run would change nothing but its own record."""
    return not (plan.candidates or plan.decided or plan.deleted)
