"""docs/benchmarks.md is the rendering of the result files the benchmarks write, never typed by hand."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks import render, results


def test_benchmarks_page_is_the_rendering_of_the_result_files() -> None:
    assert render.DOC.read_text(encoding="utf-8") == render.render(results.load_all()), (
        "docs/benchmarks.md is out of date: run python -m benchmarks.render"
    )


def test_every_result_file_names_its_command_machine_and_date() -> None:
    for result in results.load_all():
        assert result["benchmark"] in results.BENCHMARKS, result["name"]
        assert result["command"].startswith(f"python -m benchmarks.{result['benchmark']}"), result["name"]
        assert result["machine"] and len(result["date"]) == 10, result["name"]
        assert all(len(row) == len(result["columns"]) for row in result["rows"]), result["name"]


def test_a_benchmark_records_its_result_and_the_page_shows_it(tmp_path: Path) -> None:
    args = argparse.Namespace(no_record=False, results=tmp_path)
    argv = ["--rows", "10", "--results", str(tmp_path)]
    path = results.record("load_rows", "load_rows", argv, ["path", "seconds"], [["ours", 0.25]], args, "ten rows")
    assert path == tmp_path / "load_rows.json"
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["command"] == "python -m benchmarks.load_rows --rows 10"
    assert "cores" in written["machine"] and written["rows"] == [["ours", 0.25]]
    page = render.render(results.load_all(tmp_path))
    assert "`python -m benchmarks.load_rows --rows 10` · " in page and "| ours | 0.25 |" in page
    assert "Not measured yet: `python -m benchmarks.throughput`." in page


def test_a_smoke_run_writes_no_result(tmp_path: Path) -> None:
    args = argparse.Namespace(no_record=True, results=tmp_path)
    assert results.record("load_rows", "load_rows", ["--no-record"], ["a"], [[1]], args) is None
    assert not list(tmp_path.iterdir())


def test_render_check_fails_on_a_stale_page(tmp_path: Path) -> None:
    stale = tmp_path / "benchmarks.md"
    stale.write_text("# Benchmarks\n\nhand-typed\n", encoding="utf-8")
    assert render.main(["--check", "--out", str(stale)]) == 1
    assert render.main(["--out", str(stale)]) == 0
    assert render.main(["--check", "--out", str(stale)]) == 0
