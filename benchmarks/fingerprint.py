"""A warehouse's fingerprint: every data table's rows, as any two runs that load the same files agree on them.

Structure changes must leave it equal; a rule change shows in it table by table. `tests/fingerprints.json`
holds the fingerprints of the shipped sample and of the first 200 corpus press releases (and 01575.txt),
checked by `tests/test_fingerprint.py` and `tests/test_corpus.py`; after a deliberate change of what is
extracted, write them anew with

    python -m benchmarks.fingerprint --update

and commit the file with the change (its diff names the tables whose rows changed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

from news_etl.config import PROJECT_ROOT

#: Tables of the run's own bookkeeping, which differ from run to run by design.
RUN_RECORDS = ("etl_run", "etl_batch", "schema_version")
FINGERPRINTS = PROJECT_ROOT / "tests" / "fingerprints.json"
SAMPLE = PROJECT_ROOT / "data" / "inbox"
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "articles"
CORPUS_FILES = 200
EXTRA_CORPUS_FILE = "01575.txt"  # "Africa" as a continent, for the identity checks on the same warehouse
SETTLED_MTIME = 1_700_000_000  # every copy's mtime: source_file records it, so builds must agree on it


def fingerprint(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every data table's rows, sorted, without run ids, timestamps and surrogate keys (article ids as paths)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        rows = {}
        for table in (t for t in tables if t not in RUN_RECORDS):
            described = con.execute("SELECT name, type FROM pragma_table_info(?)", [table]).fetchall()
            columns = [c for c in (_comparable(table, name, kind) for name, kind in described) if c]
            rows[table] = sorted(con.execute(f'SELECT {", ".join(columns)} FROM "{table}" t').fetchall(), key=repr)
        return rows
    finally:
        con.close()


def _comparable(table: str, column: str, kind: str) -> str | None:
    """The column as runs that load the same files agree on it, or None for what differs from run to run."""
    if column.endswith("run_id") or column == "quarantine_id" or kind.startswith("TIMESTAMP"):
        return None
    if column == "article_id":  # from a sequence: the article's path instead
        return None if table == "dim_article" else "(SELECT path FROM dim_article d WHERE d.article_id = t.article_id)"
    return f'"{column}"'


def digest(db: Path) -> dict[str, dict[str, object]]:
    """Per table: how many rows, and a SHA-256 of them (sorted), for a file small enough to commit."""
    return {
        table: {"rows": len(rows), "sha256": hashlib.sha256(repr(rows).encode()).hexdigest()}
        for table, rows in fingerprint(db).items()
    }


def inboxes() -> dict[str, list[Path]]:
    """The fingerprinted inboxes: the shipped sample, and the first 200 corpus articles where present."""
    found = {"sample": sorted(SAMPLE.glob("*.txt"))}
    if CORPUS.is_dir():
        found["corpus_200"] = [*sorted(CORPUS.glob("*.txt"))[:CORPUS_FILES], CORPUS / EXTRA_CORPUS_FILE]
    return found


def copy_inbox(files: list[Path], inbox: Path) -> Path:
    """`inbox` made to hold copies of `files`, each modified at `SETTLED_MTIME`."""
    inbox.mkdir()
    for source in files:
        copy = Path(shutil.copy(source, inbox))
        os.utime(copy, (SETTLED_MTIME, SETTLED_MTIME))
    return inbox


def build(files: list[Path], work: Path) -> Path:
    """A warehouse built by `news-etl run` over copies of `files`."""
    inbox = copy_inbox(files, work / "inbox")
    db = work / "w.duckdb"
    subprocess.run(
        [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)],
        check=True, capture_output=True, timeout=1800,
    )  # fmt: skip
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help=f"write {FINGERPRINTS.name} from fresh builds")
    args = parser.parse_args(argv)
    found = {}
    for name, files in inboxes().items():
        with tempfile.TemporaryDirectory() as work:
            found[name] = digest(build(files, Path(work)))
    recorded = json.loads(FINGERPRINTS.read_text(encoding="utf-8")) if FINGERPRINTS.exists() else {}
    for name, tables in found.items():
        changed = sorted(t for t in tables if recorded.get(name, {}).get(t) != tables[t])
        print(f"{name}: {', '.join(changed) if changed else 'unchanged'}")
    if args.update:
        FINGERPRINTS.write_text(json.dumps({**recorded, **found}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
