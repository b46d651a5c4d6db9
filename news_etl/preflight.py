"""Checks of a run's inputs before anything starts or is created: one clear line for each problem.

`news-etl run` calls `check_run_inputs` before it starts Prefect, so a wrong path or a damaged warehouse is
one line on stderr (exit status 2), never a flow-run traceback, and no file or folder is made on the way.
"""

from __future__ import annotations

from pathlib import Path

from news_etl import warehouse


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
