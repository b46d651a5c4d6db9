"""End-to-end throughput and memory against `nlp.pipe` baselines.

    .venv/bin/python -m benchmarks.throughput --articles 500 [--corpus ../shared/corpus/articles]
    .venv/bin/python -m benchmarks.throughput --whole-process --articles 1000 [--repeat 3]

`--whole-process` times three whole processes back to back on the same articles, as a user meets them
(interpreter start, imports, model load, Prefect's temporary server included): the naive loop
(`nlp(text)` with the model's full pipeline), the practical NER limit (`nlp.pipe` with only `ner` and what
it listens to, one process per core), and `news-etl run` into a fresh warehouse; it prints the three wall
times and the ratios. Without it, everything runs warm in one process:

Prints articles/s and words/s for: the full `ingest-articles` flow into a fresh warehouse (executed by
Prefect on its temporary local server, started before timing); a tuned baseline that only runs
`nlp.pipe` over the same texts with the same model and components; and the naive baseline, a loop of
`nlp(text)` with the model's full default pipeline. Also time per stage, peak RSS of each phase, and
the time of a second run over the same inbox (nothing new).
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import news_etl  # noqa: F401 - analytics off before Prefect and GX import
from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT, Settings

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "articles"


def peak_rss_mb(pid: str = "self") -> float:
    """Peak resident set size of a process since the last `reset_peak_rss`, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak_rss(pid: str = "self") -> None:
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        pass


def ingest_articles(**overrides: object) -> dict:
    """A whole run by the run's own steps (`news_etl.run.ingest`) in this process, without Prefect: its summary."""
    from news_etl import run
    from news_etl.config import load_settings

    return run.ingest(load_settings().with_overrides(**overrides)).as_dict()


def collect_texts(n: int, corpus: Path) -> list[str]:
    """N article files' contents: from the corpus when present, else variants of the shipped sample."""
    sources = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    if not sources:
        sources = sorted((PROJECT_ROOT / "data" / "inbox").glob("*.txt"))
    texts = []
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        round_ = i // len(sources)
        texts.append(text if round_ == 0 else f"{text}\n\nUpdate {round_}: figures revised.\n")
    return texts


def write_inbox(texts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True)
    old = time.time() - 3600
    for i, text in enumerate(texts):
        path = folder / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        os.utime(path, (old, old))


def timed(label: str, fn: Callable[[], object]) -> tuple[float, float]:
    reset_peak_rss()
    started = time.perf_counter()
    fn()
    seconds = time.perf_counter() - started
    peak = peak_rss_mb()
    print(f"  {label:<34} {seconds:8.2f} s   peak RSS {peak:7.0f} MiB")
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--skip-naive", action="store_true", help="skip the slow nlp(text) loop")
    parser.add_argument("--whole-process", action="store_true", help="time whole processes back to back")
    parser.add_argument("--repeat", type=int, default=1, help="--whole-process rounds (medians compared)")
    add_record_options(parser)
    args = parser.parse_args()
    if args.whole_process:
        runs = whole_process(args.articles, args.corpus, args.skip_naive, args.repeat)
        _record_whole_process(runs, args)
        return

    from transforms.articles import parse_article
    from transforms.nlp import load_pipeline

    settings = Settings()
    texts = collect_texts(args.articles, args.corpus)
    bodies = [parse_article(t.encode(), "x", time_today()).body for t in texts]
    words = sum(len(b.split()) for b in bodies)
    print(f"{len(texts)} articles, {words} words, model {settings.spacy_model}, components {settings.spacy_components}")

    from news_etl.nlp_pool import pool_for
    from news_etl.pipeline import pipeline_for, validator_for

    work = Path(tempfile.mkdtemp(prefix="news-etl-bench-"))
    try:
        inbox, db = work / "inbox", work / "warehouse.duckdb"
        write_inbox(texts, inbox)
        (work / "empty").mkdir()
        # Warm-up outside the timings, as the baselines' model is loaded before theirs: the model, the NLP
        # worker processes' models, the GX context.
        ingest_articles(inbox=str(work / "empty"), db=str(work / "warm.duckdb"))
        nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
        if settings.n_process > 1:
            pool_for(settings.spacy_model, settings.spacy_components, settings.n_process).warm()
        validator_for(settings.entity_labels)

        print("phases:")
        summary: dict = {}

        def ours() -> None:
            summary.update(ingest_articles(inbox=str(inbox), db=str(db)))

        workers = [str(pid) for pid in _worker_pids(settings)]
        for pid in workers:
            reset_peak_rss(pid)
        ours_s, ours_peak = timed("news-etl run steps (end to end)", ours)
        workers_peak = sum(peak_rss_mb(pid) for pid in workers)
        if workers:
            print(f"  {'NLP worker processes (sum of peaks)':<34} {'':>10}   peak RSS {workers_peak:7.0f} MiB")
        assert summary["status"] == "completed" and summary["rows"]["dim_article"] == len(texts), summary
        noop_s, _ = timed("second run, nothing new", lambda: ingest_articles(inbox=str(inbox), db=str(db)))

        tuned_s, tuned_peak = timed(
            "baseline: nlp.pipe, same components",
            lambda: [None for _ in nlp.pipe(bodies, batch_size=settings.nlp_batch_size)],
        )
        naive_s = float("nan")
        if not args.skip_naive:
            full = load_pipeline(settings.spacy_model, tuple(c for c in _default_components(settings)))
            naive_s, _ = timed("naive: for text: nlp(text), full", lambda: [full(b) for b in bodies])

        print("stages of the flow (s):", {k: round(v, 2) for k, v in summary["stage_seconds"].items()})
        print("throughput:")
        for label, seconds in (("ours", ours_s), ("tuned nlp.pipe", tuned_s), ("naive nlp() loop", naive_s)):
            print(f"  {label:<18} {len(texts) / seconds:8.1f} articles/s {words / seconds:10.0f} words/s")
        print(f"ratio ours / tuned nlp.pipe : {tuned_s / ours_s:5.2f}  (target >= 0.85)")
        print(f"ratio ours / naive loop     : {naive_s / ours_s:5.2f}  (target >= 2)")
        print(f"peak RSS ours / tuned       : {ours_peak / tuned_peak:5.2f} (flow process only)")
        if workers:
            print(f"peak RSS (flow + workers) / tuned: {(ours_peak + workers_peak) / tuned_peak:5.2f}")
        print(f"no-op rerun over {len(texts)} loaded files: {noop_s:.2f} s")
        rows = [
            [label, round(seconds, 1), round(len(texts) / seconds, 1), round(words / seconds)]
            for label, seconds in (
                ("ingest-articles flow, end to end", ours_s),
                ("tuned nlp.pipe, same components, one process", tuned_s),
                ("naive nlp(text) loop, full pipeline", naive_s),
            )
            if not math.isnan(seconds)  # the naive loop is NaN when skipped
        ]
        note = (
            f"{len(texts)} articles, {words:,} words; models and the GX context loaded before timing. "
            f"Ours / tuned {tuned_s / ours_s:.2f}, ours / naive {naive_s / ours_s:.2f}. Peak RSS: flow process "
            f"{ours_peak:,.0f} MiB, NLP workers {workers_peak:,.0f} MiB together, the tuned baseline "
            f"{tuned_peak:,.0f} MiB. No-op rerun over the {len(texts)} loaded files: {noop_s:.2f} s."
        )
        record(
            "throughput", "throughput", sys.argv[1:], ["phase", "seconds", "articles/s", "words/s"], rows, args, note
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _worker_pids(settings: Settings) -> list[int]:
    """The NLP worker processes of this process's pool (none with n_process=1)."""
    if settings.n_process <= 1:
        return []
    from news_etl.nlp_pool import pool_for

    return pool_for(settings.spacy_model, settings.spacy_components, settings.n_process).pids()


def _default_components(settings: Settings) -> list[str]:
    import spacy

    return list(spacy.load(settings.spacy_model).pipe_names)


def time_today():
    import datetime as dt

    return dt.date.today()


_NAIVE = """
import sys, spacy
from pathlib import Path
nlp = spacy.load(sys.argv[1])
for path in sorted(Path(sys.argv[2]).glob("*.txt")):
    nlp(path.read_text(encoding="utf-8"))
"""
_NER_LIMIT = """
import os, sys, spacy
from pathlib import Path
nlp = spacy.load(sys.argv[1])
keep = {"ner"} | ({"tok2vec"} if "tok2vec" in nlp.pipe_names else set())
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
with nlp.select_pipes(enable=sorted(keep & set(nlp.pipe_names))):
    for _ in nlp.pipe(texts, batch_size=32, n_process=min(2, os.cpu_count() or 1)):
        pass
"""


def whole_process(articles: int, corpus: Path, skip_naive: bool, repeat: int = 1) -> dict[str, list[float]]:
    """Wall times of three whole processes on the same articles, back to back, and their ratios; with
    `repeat`, the limit and the run alternate that many rounds and the medians are compared; the seconds of
    each process, round by round."""
    import subprocess
    import sys

    settings = Settings()
    texts = collect_texts(articles, corpus)
    work = Path(tempfile.mkdtemp(prefix="news-etl-whole-"))
    try:
        inbox = work / "inbox"
        write_inbox(texts, inbox)
        words = sum(len(t.split()) for t in texts)
        print(f"{len(texts)} articles, {words} words, model {settings.spacy_model}, {os.cpu_count()} cores")
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        commands = {
            "naive nlp(text) loop": [sys.executable, "-c", _NAIVE, settings.spacy_model, str(inbox)],
            "NER-only nlp.pipe limit": [sys.executable, "-c", _NER_LIMIT, settings.spacy_model, str(inbox)],
            "news-etl run": [
                sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(work / "w.duckdb")
            ],
        }  # fmt: skip
        if skip_naive:
            del commands["naive nlp(text) loop"]
        runs: dict[str, list[float]] = {label: [] for label in commands}
        for round_ in range(repeat):
            for label, command in commands.items():
                if round_ and label == "naive nlp(text) loop":
                    continue  # minutes long, and far from the others: once is enough
                started = time.perf_counter()
                subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                runs[label].append(time.perf_counter() - started)
                if label == "news-etl run":
                    (work / "w.duckdb").unlink()  # each run into a fresh warehouse
                took = runs[label][-1]
                print(f"  {label:<26} {took:8.1f} s  {len(texts) / took:6.1f} articles/s", flush=True)
        print_comparison(runs)
        return runs
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_comparison(runs: dict[str, list[float]]) -> None:
    """The run against the NER limit (medians, and round by round when there are several rounds) and against
    the naive loop."""
    seconds = {label: statistics.median(times) for label, times in runs.items()}
    ours = seconds["news-etl run"]
    limit = seconds["NER-only nlp.pipe limit"]
    if (repeat := len(runs["news-etl run"])) > 1:
        print(f"medians of {repeat} rounds: run {ours:.1f} s, limit {limit:.1f} s")
        ratios = [lim / run for lim, run in zip(runs["NER-only nlp.pipe limit"], runs["news-etl run"], strict=True)]
        print("round by round, limit / run: " + ", ".join(f"{r:.2f}" for r in ratios))
    print(f"news-etl run / NER limit: {limit / ours:.2f} of the limit's speed (target >= 0.85)")
    if "naive nlp(text) loop" in seconds:
        print(f"speed-up over the naive loop: {seconds['naive nlp(text) loop'] / ours:.2f}x (target >= 2)")


def _record_whole_process(runs: dict[str, list[float]], args: argparse.Namespace) -> None:
    """The whole-process result file: the seconds of each round, then the medians."""
    naive = runs.get("naive nlp(text) loop", [])
    limit, ours = runs["NER-only nlp.pipe limit"], runs["news-etl run"]
    rows: list[list] = [
        [i + 1, round(naive[i], 1) if i < len(naive) else None, round(lim, 1), round(run, 1), round(lim / run, 2)]
        for i, (lim, run) in enumerate(zip(limit, ours, strict=True))
    ]
    median_limit, median_run = statistics.median(limit), statistics.median(ours)
    median_naive = round(statistics.median(naive), 1) if naive else None
    rows.append(
        ["median", median_naive, round(median_limit, 1), round(median_run, 1), round(median_limit / median_run, 2)]
    )
    versus_naive = f", {median_naive / median_run:.2f}× the naive loop (target ≥ 2)" if median_naive else ""
    note = (
        f"{args.articles} articles, three whole processes back to back (interpreter start, imports, model load and "
        f"Prefect's temporary server included). news-etl run reaches {median_limit / median_run:.2f} of the NER-only "
        f"limit's speed (target ≥ 0.85){versus_naive}; the naive loop runs once."
    )
    columns = [
        "round",
        "naive nlp(text) loop (s)",
        "NER-only nlp.pipe limit (s)",
        "news-etl run (s)",
        "run / limit speed",
    ]
    record("throughput_whole_process", "throughput", sys.argv[1:], columns, rows, args, note)


if __name__ == "__main__":
    main()
