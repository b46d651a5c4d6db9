"""Scaling of the extract stage on a local Dask cluster: 1 worker against 2, same articles, same process.

.venv/bin/python -m benchmarks.dask_scaling --articles 120
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.results import add_record_options, record
from benchmarks.throughput import DEFAULT_CORPUS, collect_texts, write_inbox


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch-size", type=int, default=20)
    add_record_options(parser)
    args = parser.parse_args()

    from flows.ingest import on_dask

    texts = collect_texts(args.articles, args.corpus)
    words = sum(len(t.split()) for t in texts)
    work = Path(tempfile.mkdtemp(prefix="news-etl-dask-"))
    try:
        write_inbox(texts, work / "inbox")
        seconds = {}
        for workers in (1, 2):
            summary = on_dask(workers=workers)(
                inbox=str(work / "inbox"),
                db=str(work / f"w{workers}.duckdb"),
                batch_size=args.batch_size,
                n_process=1,
                extract_ahead=workers,
            )
            assert summary["status"] == "completed" and summary["rows"]["dim_article"] == len(texts), summary
            seconds[workers] = summary["elapsed_seconds"]
            stages = {k: round(v, 1) for k, v in summary["stage_seconds"].items()}
            rate = words / seconds[workers]
            print(f"{workers} Dask worker(s): {seconds[workers]:6.1f} s  {rate:8.0f} words/s  {stages}")
        print(f"{len(texts)} articles, {words} words; speed-up 1 -> 2 workers: {seconds[1] / seconds[2]:.2f}x")
        rows = [[n, round(seconds[n], 1), round(words / seconds[n])] for n in (1, 2)]
        note = (
            f"{len(texts)} articles, {words:,} words; n_process=1 inside the workers, extract_ahead = workers. "
            f"Speed-up 1 → 2 workers: {seconds[1] / seconds[2]:.2f}×."
        )
        record("dask_scaling", "dask_scaling", sys.argv[1:], ["Dask workers", "seconds", "words/s"], rows, args, note)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
