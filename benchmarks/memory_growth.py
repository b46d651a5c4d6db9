"""Peak memory against backlog size, and the no-op rerun over a large loaded inbox.

    .venv/bin/python -m benchmarks.memory_growth --small 2000 --large 20000

Runs `ingest-articles` in this process with `n_process=1` (so one process's peak RSS is the whole
pipeline's) over a fresh inbox of `--small` articles, then of `--large` articles, then once more over
the large inbox with nothing new. Articles are the shipped sample, varied; each phase resets the peak.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.throughput import collect_texts, peak_rss_mb, reset_peak_rss, write_inbox


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    args = parser.parse_args()

    from flows.ingest import ingest_articles

    work = Path(tempfile.mkdtemp(prefix="news-etl-mem-"))
    sample_only = work / "no-corpus"
    try:
        (work / "empty").mkdir()
        ingest_articles(inbox=str(work / "empty"), db=str(work / "warm.duckdb"), n_process=1)  # warm-up
        peaks = {}
        for label, n in (("small", args.small), ("large", args.large)):
            write_inbox(collect_texts(n, sample_only), work / label)
            reset_peak_rss()
            started = time.perf_counter()
            summary = ingest_articles(inbox=str(work / label), db=str(work / f"{label}.duckdb"), n_process=1)
            seconds = time.perf_counter() - started
            assert summary["status"] == "completed" and summary["rows"]["dim_article"] == n, summary
            peaks[label] = peak_rss_mb()
            print(f"{n:6d} articles: {seconds:7.1f} s, peak RSS {peaks[label]:7.0f} MiB")
        started = time.perf_counter()
        again = ingest_articles(inbox=str(work / "large"), db=str(work / "large.duckdb"), n_process=1)
        print(f"no-op rerun over {again['files_unchanged']} loaded files: {time.perf_counter() - started:.2f} s")
        print(f"peak RSS large / small: {peaks['large'] / peaks['small']:.2f}  (target <= 1.5)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
