"""Each benchmark's latest result, written by the benchmark itself to `benchmarks/results/<name>.json`.

A result file holds the command that produced it, the machine it ran on, the UTC date and a table of
figures (`columns`, `rows`, optional `note`). `python -m benchmarks.render` turns all of them into
docs/benchmarks.md, so no figure is typed by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).parent / "results"

# The benchmarks, in the order docs/benchmarks.md lists them: module -> what it measures.
BENCHMARKS = {
    "throughput": "End-to-end throughput against nlp.pipe baselines",
    "run_profile": "Where a whole run process spends its time: phases and CPU by process",
    "memory_growth": "Peak memory against backlog size, and the no-op rerun",
    "serve_latency": "A scheduled run of `news-etl serve` over 20 new articles, and serve's idle memory",
    "load_rows": "Set-based loading of mention rows through sql/load/",
    "dask_scaling": "The extract stage on a local Dask cluster, 1 worker against 2",
    "entity_spans": "Entity F1 on exact name spans against hand annotation",
    "entity_identity": "Who is who across the warehouse, on 201 corpus articles",
    "entity_quality": "Junk, wrong labels and duplicates among the most-mentioned entities",
    "entity_accuracy": "Canonical entities, country codes and date values on the sample articles",
    "money_accuracy": "Amounts and currencies over the money table",
    "money_roles": "Payer and recipient against hand annotation",
    "date_accuracy": "Date expressions (span, value, type) against TimeML-style hand annotation, two genres",
    "money_event_links": "Cross-article money-event links against hand-checked pairs",
}


def add_record_options(parser: argparse.ArgumentParser) -> None:
    """`--no-record` (smoke runs: print only) and `--results DIR` (where the result file goes)."""
    parser.add_argument("--no-record", action="store_true", help="print only; write no result file")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="folder of result files")


def machine() -> str:
    """What the figures were measured on: OS, CPU architecture and model, cores, memory, Python."""
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        ram = f", {memory:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        ram = ""
    model = _cpu_model()
    cpu = f" ({model})" if model else ""
    return (
        f"{platform.system()} {platform.machine()}{cpu}, {os.cpu_count()} cores{ram}, "
        f"Python {platform.python_version()}"
    )


def _cpu_model() -> str:
    """The CPU's model name and clock as Linux reports them ("AMD EPYC at 2596 MHz"); "" elsewhere."""
    try:
        lines = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    fields = {key.strip(): value.strip() for key, value in fields.items()}
    model, clock = fields.get("model name", ""), fields.get("cpu MHz", "")
    return f"{model} at {float(clock):.0f} MHz" if model and clock else model


def command_line(module: str, argv: Sequence[str]) -> str:
    """The command as a user types it, without the recording options."""
    kept: list[str] = []
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg == "--results":
            skip_next = True
        elif arg != "--no-record" and not arg.startswith("--results="):
            kept.append(arg)
    return " ".join(["python -m", f"benchmarks.{module}", *kept])


def record(
    name: str,
    module: str,
    argv: Sequence[str],
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    args: argparse.Namespace,
    note: str = "",
) -> Path | None:
    """Write one result file (unless `--no-record`); `name` is the file's stem, `module` the benchmark's."""
    if args.no_record:
        return None
    result = {
        "benchmark": module,
        "command": command_line(module, argv),
        "machine": machine(),
        "date": dt.datetime.now(dt.UTC).date().isoformat(),
        "columns": list(columns),
        "rows": [list(row) for row in rows],
        "note": note,
    }
    folder: Path = args.results
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"result written to {path}")
    return path


def load_all(folder: Path = RESULTS_DIR) -> list[dict[str, Any]]:
    """Every result file of the folder, with its stem as `name`, sorted by name."""
    results = []
    for path in sorted(folder.glob("*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        results.append({"name": path.stem, **result})
    return results
