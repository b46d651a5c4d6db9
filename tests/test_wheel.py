"""The built wheel carries everything a run needs: installed anywhere, it runs without the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pytest

from news_etl.config import PROJECT_ROOT
from tests.conftest import SEED, settle

pytestmark = pytest.mark.slow


def test_wheel_installed_elsewhere_runs_from_root(prefect_harness: str, tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), "."],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("news_etl-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {
        "news_etl/sql/load/040_insert_facts.sql",
        "news_etl/sql/migrations/0001_initial.sql",
        "news_etl/sql/versioning/schema_version.sql",
        "news_etl/sql/reference/dim_date.sql",
        "news_etl/expectations/dim_article.json",
    } <= set(names)
    assert "transforms/lexicons/entity_aliases.csv" in names
    assert not [n for n in names if n.startswith("transforms/lexicons/inbox")]

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    inbox = tmp_path / "elsewhere" / "inbox"
    inbox.mkdir(parents=True)
    settle(Path(shutil.copy(SEED, inbox)))
    db = tmp_path / "elsewhere" / "w.duckdb"
    # The wheel's packages come first on the path; the source tree is neither the working directory nor importable.
    env = {**os.environ, "PYTHONPATH": str(site), "PREFECT_API_URL": prefect_harness}
    probe = (
        "import sys, news_etl.warehouse as w, transforms.places as p\n"
        f"assert all({str(PROJECT_ROOT)!r} not in str(x) for x in (w.__file__, p.ALIASES_FILE)), (w.__file__,)\n"
        "from news_etl.cli import main\n"
        f"sys.exit(main(['run', '--inbox', {str(inbox)!r}, '--db', {str(db)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd="/", env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("select currency_code, amount from fact_money_mention order by start_char").fetchall()
    finally:
        con.close()
    assert [(c, int(a)) for c, a in rows] == [("USD", 1_000_000)] * 3
