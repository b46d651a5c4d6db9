"""Where a whole `news-etl run` process spends its time: a small run into a warehouse that already holds
articles (as a scheduled run meets it) and a large one into a fresh warehouse.

    .venv/bin/python -m benchmarks.run_profile [--small 20] [--large 1000] [--rounds 3]
    .venv/bin/python -m benchmarks.run_profile --parts [--rounds 3]

For each run: wall time; the phases of the run process, read from its own log lines (start to Prefect's
flow run begun: interpreter, imports, the temporary server's boot; the flow's tasks; flow finished to exit:
logs and events flushed, the server stopped); and the CPU seconds of every process of the run (the run
process, Prefect's temporary server, the NLP fork server, the NLP workers), sampled from /proc every
50 ms. Medians of `--rounds` runs; each small round adds new articles.

`--parts` measures the fixed costs one at a time instead, each in a fresh interpreter: the CPU seconds of
importing what a run imports, and of Prefect's temporary server from its start until it answers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.results import add_record_options, record
from benchmarks.throughput import DEFAULT_CORPUS, collect_texts, write_inbox

TICKS = os.sysconf("SC_CLK_TCK")
_LOG_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) \| \w+\s+\| (.*)$")
PHASES = ("start to flow run begun", "flow run", "flow finished to exit")
ROLES = ("run process", "temporary server", "NLP fork server", "NLP workers", "other")


class TreeCpu(threading.Thread):
    """CPU seconds of every process below `root` (and `root`), by role, sampled until `root` ends."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.seen: dict[int, tuple[str, float]] = {}

    def run(self) -> None:
        while Path(f"/proc/{self.root}").exists():
            parents = _parents()
            for pid in _below(self.root, parents):
                cpu = _cpu_seconds(pid)
                if cpu is not None:  # a role once known stays: an ending process has no command line
                    known = self.seen.get(pid, ("other", 0.0))[0]
                    role = known if known != "other" else _role(pid, self.root, parents)
                    self.seen[pid] = (role, cpu)
            time.sleep(0.05)

    def by_role(self) -> dict[str, float]:
        totals = dict.fromkeys(ROLES, 0.0)
        for role, cpu in self.seen.values():
            totals[role] += cpu
        return totals


def _parents() -> dict[int, int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    return parents


def _below(root: int, parents: dict[int, int]) -> list[int]:
    found, frontier = [root], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


def _role(pid: int, root: int, parents: dict[int, int]) -> str:
    if pid == root:
        return "run process"
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "other"
    if b"news_etl.temporary_server" in command:
        return "temporary server"
    if b"multiprocessing.forkserver" in command:
        return "NLP fork server" if parents.get(pid) == root else "NLP workers"
    if b"multiprocessing.spawn" in command:
        return "NLP workers"
    return "other"


def profile_run(inbox: Path, db: Path) -> tuple[float, dict[str, float], dict[str, float]]:
    """One whole `news-etl run`: its wall seconds, its phases, and CPU seconds by process role."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    command = [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)]
    started_at = dt.datetime.now()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sampler = TreeCpu(process.pid)
    sampler.start()
    output, _ = process.communicate()
    wall = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"news-etl run failed:\n{output[-3000:]}")
    return wall, _phases(output, started_at, wall), sampler.by_role()


def _phases(output: str, started_at: dt.datetime, wall: float) -> dict[str, float]:
    """Seconds of each phase, from the timestamps of Prefect's log lines."""
    begun = finished = None
    for line in output.splitlines():
        match = _LOG_TIME.match(line)
        if not match:
            continue
        h, m, s, ms, message = match.groups()
        at = started_at.replace(hour=int(h), minute=int(m), second=int(s), microsecond=int(ms) * 1000)
        offset = (at - started_at).total_seconds() % 86400
        if begun is None and "Beginning flow run" in message:
            begun = offset
        if "Flow run" in message and "Finished in state" in message:
            finished = offset
    if begun is None or finished is None:
        raise RuntimeError("the run printed no flow-run begin/finish lines")
    return dict(zip(PHASES, (begun, finished - begun, wall - finished), strict=True))


def _rounds(texts: list[str], small: int, rounds: int, work: Path) -> list[tuple]:
    """`rounds` small runs, each adding `small` new articles to a warehouse that holds `small` already."""
    inbox, db = work / "small-inbox", work / "small.duckdb"
    write_inbox(texts[:small], inbox)
    profile_run(inbox, db)  # the warehouse a scheduled run meets: created, holding articles
    results = []
    for r in range(1, rounds + 1):
        batch = work / f"new-{r}"
        write_inbox(texts[r * small : (r + 1) * small], batch)
        for path in batch.iterdir():
            path.rename(inbox / f"r{r}-{path.name}")
        results.append(profile_run(inbox, db))
    return results


#: The fixed costs measured alone: what a fresh interpreter runs for each.
PARTS = {
    "interpreter and news_etl": "import news_etl.cli",
    "what a run imports before it starts the temporary server (input checks, the look at the inbox)": (
        "import news_etl.cli, news_etl.preflight, news_etl.temporary_server"
    ),
    "import prefect": "import prefect",
    "import spacy": "import spacy",
    "import great_expectations, as a run imports it (SciPy stats and Altair deferred)": (
        "from news_etl.deferred_imports import GX_UNUSED, deferred\n"
        "with deferred(GX_UNUSED):\n import great_expectations"
    ),
    "import great_expectations, everything": "import great_expectations",
    "import flows.ingest (Prefect, pandas, DuckDB, the rules; no spaCy)": "import flows.ingest",
    "GX context with the suites, after its import": (
        "import resource\nfrom importlib.resources import files\n"
        "from news_etl.deferred_imports import GX_UNUSED, deferred\nfrom news_etl.quality import BatchValidator\n"
        "with deferred(GX_UNUSED):\n import great_expectations\n"
        "u = resource.getrusage(resource.RUSAGE_SELF)\nBatchValidator(files('news_etl.expectations'), ('PERSON',))\n"
        "v = resource.getrusage(resource.RUSAGE_SELF)\nprint(v.ru_utime + v.ru_stime - u.ru_utime - u.ru_stime)"
    ),
    "temporary server: import prefect.server.api.server": "import news_etl, prefect.server.api.server",
}


def _child_cpu(code: str) -> float:
    """CPU seconds (user + sys) of a fresh interpreter running `code`; what it prints, if it prints a number."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    printed = done.stdout.strip().splitlines()
    if printed:
        return float(printed[-1])
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _server_boot_cpu() -> float:
    """CPU seconds of Prefect's temporary server from its start until /health answers."""
    from news_etl.temporary_server import start_server

    server, _ = start_server(600.0)
    cpu = _cpu_seconds(server.pid) or 0.0
    server.terminate()
    server.wait()
    return cpu


def profile_parts(rounds: int) -> list[list]:
    """Median CPU seconds of each part over `rounds` fresh interpreters."""
    rows = [
        [part, round(statistics.median(_child_cpu(code) for _ in range(rounds)), 2)] for part, code in PARTS.items()
    ]
    rows.append(
        [
            "temporary server: start until it answers",
            round(statistics.median(_server_boot_cpu() for _ in range(rounds)), 2),
        ]
    )
    return rows


def _median_row(label: str, runs: list[tuple]) -> list:
    walls = [w for w, _, _ in runs]
    phases = [statistics.median(p[name] for _, p, _ in runs) for name in PHASES]
    cpu = [statistics.median(c[role] for _, _, c in runs) for role in ROLES]
    return [label, round(statistics.median(walls), 2), *(round(x, 2) for x in phases), *(round(x, 1) for x in cpu)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=20, help="articles of each small run")
    parser.add_argument("--large", type=int, default=1000, help="articles of the large run (0: none)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--parts", action="store_true", help="the fixed costs one at a time, not whole runs")
    add_record_options(parser)
    args = parser.parse_args()
    if args.parts:
        _record_parts(args)
        return
    texts = collect_texts(max(args.large, args.small * (args.rounds + 1)), args.corpus)
    work = Path(tempfile.mkdtemp(prefix="news-etl-profile-"))
    rows = []
    try:
        small = _rounds(texts, args.small, args.rounds, work)
        rows.append(_median_row(f"{args.small} new articles, existing warehouse", small))
        if args.large:
            write_inbox(texts[: args.large], work / "large-inbox")
            large = [profile_run(work / "large-inbox", work / f"large-{r}.duckdb") for r in range(args.rounds)]
            rows.append(_median_row(f"{args.large} articles, fresh warehouse", large))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    columns = ["run", "wall (s)", *(f"{p} (s)" for p in PHASES), *(f"CPU {r} (s)" for r in ROLES)]
    for row in rows:
        print(dict(zip(columns, row, strict=True)))
    note = (
        f"Medians of {args.rounds} whole processes each. Phases from the run's own log lines; CPU sampled from "
        "/proc every 50 ms (a process's last 50 ms can be missed). The NLP workers' CPU is the model's work; "
        "the rest is the fixed cost a run pays besides it."
    )
    record("run_profile", "run_profile", sys.argv[1:], columns, rows, args, note)


def _record_parts(args: argparse.Namespace) -> None:
    rows = profile_parts(args.rounds)
    for row in rows:
        print(row)
    note = (
        f"Medians of {args.rounds} fresh interpreters each (user + sys CPU of the child; the context's own CPU "
        "measured inside it). Each import includes what it shares with the others, so the parts do not add up; "
        "the temporary server's start includes its imports, its database check and its services' start."
    )
    columns = ["part", "CPU (s)"]
    record("run_profile_parts", "run_profile", sys.argv[1:], columns, rows, args, note)


if __name__ == "__main__":
    main()
