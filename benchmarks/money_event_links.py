"""Cross-article money-event links against hand-checked pairs: precision and recall per split.

    .venv/bin/python -m benchmarks.money_event_links [--sample N] [--db FILE [--relink]]

Gold: `benchmarks/gold/money_event_links_{dev,heldout}.json`, pairs of money mentions of real corpus articles
that report one figure (`same`) or look alike but are different transfers (near-misses), annotated before
the linking rules were run. The benchmark loads every article the gold names, the articles holding
"$10 billion State Small Business Credit Initiative", "$27 billion Greenhouse Gas Reduction Fund" and
"$42.45 billion Broadband Equity", and `--sample` more corpus articles drawn at random (seed 25) into a
fresh warehouse with `news-etl run` (or reads `--db`). A pair is predicted linked when both mentions' events
(or the events they are conversions of) have one `money_event_key`; a mention in no event is predicted apart.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT
from news_etl.money_events import relink_all
from news_etl.warehouse import sql_file

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "articles"
GOLD = {split: Path(__file__).parent / "gold" / f"money_event_links_{split}.json" for split in ("dev", "heldout")}
PHRASES = {
    "$10 billion State Small Business Credit Initiative": (10_000_000_000, " State Small Business Credit Initiative"),
    "$27 billion Greenhouse Gas Reduction Fund": (27_000_000_000, " Greenhouse Gas Reduction Fund"),
    "$42.45 billion Broadband Equity, Access, and Deployment": (42_450_000_000, " Broadband Equity, Access, and"),
}
_EVENT_KEY = """
    SELECT a.path, x.money_start_char AS start_char, e.money_event_key
    FROM fact_money_event_mention x
    JOIN fact_money_event e USING (article_id, event_index)
    JOIN dim_article a ON a.article_id = x.article_id AND a.is_current
    UNION ALL
    SELECT a.path, c.money_start_char, e.money_event_key
    FROM fact_money_conversion c
    JOIN fact_money_event e USING (article_id, event_index)
    JOIN dim_article a ON a.article_id = c.article_id AND a.is_current
"""


def gold_items(split: str) -> list[dict]:
    return list(json.loads(GOLD[split].read_text(encoding="utf-8"))["items"])


def articles(sample: int) -> list[Path]:
    """The gold's articles, those holding the phrases, and `sample` random others."""
    named = {item[side]["file"] for split in GOLD for item in gold_items(split) for side in ("a", "b")}
    every = sorted(CORPUS.glob("*.txt"))
    for path in every:
        text = path.read_text(encoding="utf-8", errors="replace")
        if any(phrase in text for phrase in PHRASES):
            named.add(path.name)
    others = [p for p in every if p.name not in named]
    chosen = random.Random(25).sample(others, min(sample, len(others)))
    return sorted({CORPUS / n for n in named} | set(chosen))


def build(db: Path, sources: list[Path]) -> None:
    inbox = db.parent / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    old = time.time() - 60
    for source in sources:
        target = Path(shutil.copy(source, inbox))
        os.utime(target, (old, old))
    command = [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)]
    subprocess.run(command, check=True, capture_output=True)


def score(con: duckdb.DuckDBPyConnection, split: str) -> dict[str, int]:
    keys = {(path, start): key for path, start, key in con.execute(_EVENT_KEY).fetchall()}
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "unmatched": 0}
    for item in gold_items(split):
        a, b = ((item[s]["file"], item[s]["money_start"]) for s in ("a", "b"))
        counts["unmatched"] += (a not in keys) + (b not in keys)
        linked = a in keys and b in keys and keys[a] == keys[b]
        counts[("t" if linked == item["same"] else "f") + ("p" if linked else "n")] += 1
    return counts


def phrase_events(con: duckdb.DuckDBPyConnection) -> list[list[str]]:
    """For each phrase: how many articles repeat it, in how many warehouse events they land."""
    rows = []
    for phrase, (amount, following) in PHRASES.items():
        found = con.execute(
            f"""
            SELECT count(DISTINCT m.article_id), count(DISTINCT e.money_event_key),
                   max(w.reported_in_articles)
            FROM fact_money_mention m
            JOIN dim_article a ON a.article_id = m.article_id AND a.is_current
            JOIN fact_money_event_mention x ON x.article_id = m.article_id AND x.money_start_char = m.start_char
            JOIN fact_money_event e ON e.article_id = x.article_id AND e.event_index = x.event_index
            JOIN int_money_event_warehouse w ON w.money_event_key = e.money_event_key
            WHERE m.amount = {amount} AND substr(a.body, m.end_char + 1, {len(following)}) = ?
            """,
            [following],
        ).fetchone()
        articles_with, events, reported = found if found else (0, 0, 0)
        rows.append([phrase, f"{articles_with} articles → {events} warehouse event(s), reported in {reported}"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="score this warehouse instead of building one")
    parser.add_argument("--sample", type=int, default=40, help="random corpus articles added (default 40)")
    parser.add_argument("--relink", action="store_true", help="re-run the linking rules on --db's reports first")
    add_record_options(parser)
    args = parser.parse_args()
    db = args.db
    loaded = "the given warehouse"
    if db is None:
        db = Path(tempfile.mkdtemp()) / "warehouse.duckdb"
        sources = articles(args.sample)
        started = time.perf_counter()
        build(db, sources)
        loaded = f"{len(sources)} corpus articles"
        print(f"built {db} from {loaded} in {time.perf_counter() - started:.0f}s")
    if args.relink:
        with duckdb.connect(str(db)) as writer:
            statements = {"candidates": sql_file("run/money_event_candidates.sql"),
                          "apply": sql_file("run/apply_money_event_links.sql")}  # fmt: skip
            relink_all(writer, "benchmark-relink", statements)
    con = duckdb.connect(str(db), read_only=True)
    try:
        table = []
        for split in GOLD:
            c = score(con, split)
            precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
            recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
            pairs = f"{c['tp'] + c['fn']} same, {c['fp'] + c['tn']} near-misses"
            print(f"{split}: {pairs}; precision {precision:.3f}, recall {recall:.3f} ({c})")
            table.append([split, pairs, f"{precision:.3f}", f"{recall:.3f}", str(c["unmatched"])])
        checks = phrase_events(con)
    finally:
        con.close()
    for phrase, result in checks:
        print(f"{phrase}: {result}")
    rows = [*table, *([phrase, result, "", "", ""] for phrase, result in checks)]
    note = (
        f"Warehouse built from {loaded}: the gold's, those holding the three phrases, and {args.sample} drawn at "
        "random (seed 25), not the whole corpus. Unmatched: gold mentions in no money event."
    )
    columns = ["split / phrase", "pairs / result", "precision", "recall", "unmatched mentions"]
    record("money_event_links", "money_event_links", sys.argv[1:], columns, rows, args, note)


if __name__ == "__main__":
    main()
