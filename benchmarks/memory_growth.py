"""Peak memory against backlog size on real articles, and the no-op rerun over a large loaded inbox.

    .venv/bin/python -m benchmarks.memory_growth --small 500 --large 3000 --files 20000

Runs `ingest-articles` in this process with `n_process=1` (so one process's peak RSS is the whole
pipeline's) over a fresh inbox of the first `--small` articles of `../shared/corpus`, then of the first
`--large` (real articles, so the entity vocabulary grows; beyond the corpus, or without it, variants of the
articles it has), each phase resetting the peak. Then it adds short distinct notes to the large inbox up to
`--files` files, loads them, and times a run with nothing new: the no-op path costs per file, not per word.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results import add_record_options, record
from benchmarks.throughput import (
    DEFAULT_CORPUS,
    collect_texts,
    ingest_articles,
    peak_rss_mb,
    reset_peak_rss,
    write_inbox,
)


def _add_notes(folder: Path, first: int, last: int) -> None:
    old = time.time() - 3600
    for i in range(first, last):
        path = folder / f"{i:06d}.txt"
        path.write_text(f"date 2024-01-{1 + i % 28:02d}\nNote {i}: the committee met on item {i}.\n", encoding="utf-8")
        os.utime(path, (old, old))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=3000)
    parser.add_argument("--files", type=int, default=20000)
    add_record_options(parser)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="news-etl-mem-"))
    try:
        (work / "empty").mkdir()
        ingest_articles(inbox=str(work / "empty"), db=str(work / "warm.duckdb"), n_process=1)  # warm-up
        peaks = {}
        rows: list[list] = []
        for label, n in (("small", args.small), ("large", args.large)):
            write_inbox(collect_texts(n, DEFAULT_CORPUS), work / label)
            reset_peak_rss()
            started = time.perf_counter()
            summary = ingest_articles(inbox=str(work / label), db=str(work / f"{label}.duckdb"), n_process=1)
            seconds = time.perf_counter() - started
            assert summary["status"] == "completed" and summary["rows"]["dim_article"] == n, summary
            peaks[label] = peak_rss_mb()
            print(f"{n:6d} articles: {seconds:7.1f} s, peak RSS {peaks[label]:7.0f} MiB")
            rows.append([f"{label} inbox", n, round(seconds, 1), round(peaks[label])])
        print(f"peak RSS large / small: {peaks['large'] / peaks['small']:.2f}  (target <= 1.5)")
        large = work / "large"
        if args.files > args.large:
            _add_notes(large, args.large, args.files)
            started = time.perf_counter()
            more = ingest_articles(inbox=str(large), db=str(work / "large.duckdb"))
            took = time.perf_counter() - started
            print(f"{more['files_new']} short notes loaded beside them: {took:.1f} s")
            rows.append(["short notes loaded beside them", more["files_new"], round(took, 1), None])
        started = time.perf_counter()
        again = ingest_articles(inbox=str(large), db=str(work / "large.duckdb"), n_process=1)
        assert again["files_new"] == 0, again
        took = time.perf_counter() - started
        print(f"no-op rerun over {again['files_unchanged']} loaded files: {took:.2f} s")
        rows.append(["no-op rerun", again["files_unchanged"], round(took, 2), None])
        growth = peaks["large"] / peaks["small"]
        note = f"One process (n_process=1). Peak RSS large / small: {growth:.2f} (target ≤ 1.5)."
        columns = ["phase", "articles or files", "seconds", "peak RSS (MiB)"]
        record("memory_growth", "memory_growth", sys.argv[1:] if argv is None else argv, columns, rows, args, note)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
