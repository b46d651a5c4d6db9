"""The run's steps without Prefect (`news_etl/run.py`): a whole run in one process, the flow only wrapping them."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.fingerprint import SAMPLE, copy_inbox
from news_etl.config import PROJECT_ROOT
from tests.test_fingerprint import changed_tables

PROBE = """
import json, sys
from pathlib import Path
from news_etl import run
from news_etl.config import load_settings
settings = load_settings().with_overrides(inbox=Path(sys.argv[1]), db=Path(sys.argv[2]), n_process=1)
summary = run.ingest(settings)
from news_etl.deferred_imports import GX_UNUSED
deferred = {m: type(sys.modules[m]).__name__ for m in GX_UNUSED if m in sys.modules}
print(json.dumps({"summary": summary.as_dict(), "prefect": any(m.startswith("prefect") for m in sys.modules),
                  "deferred": deferred}))
"""


@pytest.mark.slow
def test_a_whole_run_without_prefect_loads_the_sample_as_the_flow_does(tmp_path: Path) -> None:
    inbox = copy_inbox(sorted(SAMPLE.glob("*.txt")), tmp_path / "inbox")
    db = tmp_path / "w.duckdb"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(inbox), str(db)], capture_output=True, text=True, timeout=600, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert not result["prefect"], "the core imported Prefect"
    # what Great Expectations imports and the validation never used stays deferred (news_etl/deferred_imports.py)
    assert result["deferred"] == {"scipy.stats": "_LazyModule", "altair": "_LazyModule"}
    assert result["summary"]["status"] == "completed"
    assert result["summary"]["files_new"] == 6
    assert changed_tables("sample", db) == {}  # the rows the flow loads, to the byte


def test_a_deferred_module_runs_on_its_first_use_and_not_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from news_etl.deferred_imports import deferred

    (tmp_path / "made_up_heavy.py").write_text("import sys\nsys.made_up_runs = 1\nVALUE = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "made_up_heavy", raising=False)
    with deferred(["made_up_heavy"]):
        import made_up_heavy  # type: ignore[import-not-found]
    assert not hasattr(sys, "made_up_runs")
    assert made_up_heavy.VALUE == 42
    assert sys.made_up_runs == 1  # type: ignore[attr-defined]
    monkeypatch.delattr(sys, "made_up_runs")
    monkeypatch.delitem(sys.modules, "made_up_heavy")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    names |= {
        f"{node.module}.{alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }
    return names


def test_the_flow_only_sequences_the_steps() -> None:
    """flows/ingest.py touches neither DuckDB nor the warehouse module: the steps of news_etl/run.py do."""
    imported = _imports(PROJECT_ROOT / "flows" / "ingest.py")
    assert not {"duckdb", "news_etl.warehouse"} & imported


def test_the_cli_reaches_the_flow_only_to_start_a_flow_run() -> None:
    """news_etl/cli.py imports no flow module at module level (`flows` is imported where a flow run starts)."""
    tree = ast.parse((PROJECT_ROOT / "news_etl" / "cli.py").read_text(encoding="utf-8"))
    top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    modules = {a.name for n in top if isinstance(n, ast.Import) for a in n.names}
    modules |= {n.module or "" for n in top if isinstance(n, ast.ImportFrom)}
    assert not any(m == "flows" or m.startswith("flows.") for m in modules)


@pytest.mark.slow
def test_news_etl_run_reads_the_inbox_once_and_gives_the_flow_its_settings(
    prefect_harness: str, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI's look at the inbox (to start no server for nothing) is the run's discovery; the flow run's
    parameters are the settings the CLI read."""
    from prefect.client.orchestration import get_client

    from news_etl import preflight
    from news_etl.cli import main

    plans = []
    real = preflight.plan_run

    def counted(*args: object, **kwargs: object) -> object:
        plans.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(preflight, "plan_run", counted)
    monkeypatch.setenv("NEWS_ETL_NLP_BATCH_SIZE", "9")
    db = tmp_path / "w.duckdb"
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0
    assert len(plans) == 1
    with get_client(sync_client=True) as client:
        (latest,) = client.read_flow_runs(limit=1, sort="START_TIME_DESC")  # type: ignore[arg-type]
    assert latest.parameters["settings"]["nlp_batch_size"] == 9
    assert latest.parameters["settings"]["db"] == str(db)
