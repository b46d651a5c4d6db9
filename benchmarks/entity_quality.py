"""Entities an analyst can trust in a top-N list: junk, wrong labels and duplicates among the most mentioned.

    .venv/bin/python -m benchmarks.entity_quality --genre press --db FILE   # a warehouse of the gold's files
    .venv/bin/python -m benchmarks.entity_quality --genre news --build      # build one first (minutes)

Gold: `benchmarks/gold/entity_quality_<genre>.json` (see its `about`): the 200 most-mentioned entities of a
warehouse over the first files of a corpus, judged by hand once. Against it, the warehouse's own top 150 and
200 are scored: how many are no entity or carry a wrong label (the junk rate), how many pairs among them are
one entity (`same_as` in the gold), and which names the gold has not judged yet (listed, to be judged).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT

GOLD_DIR = Path(__file__).parent / "gold"
TOP_SIZES = (150, 200)
_TOP = """
SELECT e.canonical_name, e.label, count(*) AS mentions
FROM fact_entity_mention m JOIN dim_entity e USING (entity_key) JOIN dim_article a USING (article_id)
WHERE a.is_current
GROUP BY ALL ORDER BY mentions DESC, e.canonical_name, e.label LIMIT ?
"""


@dataclass(frozen=True)
class Quality:
    """One top-N list scored against the judgements."""

    size: int
    no_entity: list[str]
    wrong_label: list[str]
    duplicates: list[tuple[str, str]]  # pairs of entries that name one entity
    unjudged: list[str]

    @property
    def junk_rate(self) -> float:
        return (len(self.no_entity) + len(self.wrong_label)) / self.size if self.size else 0.0


def entry(name: str, label: str) -> str:
    return f"{name}|{label}"


def load_gold(genre: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((GOLD_DIR / f"entity_quality_{genre}.json").read_text(encoding="utf-8"))
    return gold


def _cluster_of(judged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Each judged entry's cluster: the end of its `same_as` chain."""
    clusters = {}
    for key in judged:
        seen, at = {key}, key
        while (nxt := judged.get(at, {}).get("same_as")) and nxt not in seen:
            seen.add(nxt)
            at = nxt
        clusters[key] = at
    return clusters


def score(top: Sequence[tuple[str, str, int]], gold: dict[str, Any]) -> Quality:
    """Score a ranked list of (name, label, mentions) against the gold's verdicts."""
    judged = {entry(e["name"], e["label"]): e for e in gold["entities"]}
    clusters = _cluster_of(judged)
    no_entity, wrong_label, unjudged, duplicates = [], [], [], []
    first_of: dict[str, str] = {}
    for name, label, _ in top:
        key = entry(name, label)
        verdict = judged.get(key, {}).get("verdict")
        if verdict is None:
            unjudged.append(key)
            continue
        if verdict == "no entity":
            no_entity.append(key)
        elif verdict == "wrong label":
            wrong_label.append(key)
        cluster = clusters[key]
        if cluster in first_of:
            duplicates.append((first_of[cluster], key))
        else:
            first_of[cluster] = key
    return Quality(len(top), no_entity, wrong_label, duplicates, unjudged)


def build(genre: str, gold: dict[str, Any], db: Path) -> None:
    """A fresh warehouse over the gold's files, built by `news-etl run` (files copied with an old mtime)."""
    inbox = db.parent / f"inbox-{genre}"
    inbox.mkdir(parents=True, exist_ok=True)
    corpus = PROJECT_ROOT / gold["corpus"]
    old = time.time() - 3600
    for source in sorted(corpus.glob("*.txt"))[: gold["first"]]:
        target = Path(shutil.copy(source, inbox))
        os.utime(target, (old, old))
    command = [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)]
    subprocess.run(command, check=True, capture_output=True)


def report(con: duckdb.DuckDBPyConnection, gold: dict[str, Any]) -> list[Quality]:
    top = con.execute(_TOP, [max(TOP_SIZES)]).fetchall()
    results = [score(top[:size], gold) for size in TOP_SIZES]
    for q in results:
        print(
            f"top {q.size}: {len(q.no_entity)} no entity, {len(q.wrong_label)} wrong label "
            f"({q.junk_rate:.1%}), {len(q.duplicates)} duplicate pairs, {len(q.unjudged)} not judged yet"
        )
        print(f"  no entity: {q.no_entity}\n  wrong label: {q.wrong_label}\n  duplicates: {q.duplicates}")
    print(f"not judged yet (add to the gold): {results[-1].unjudged}")
    return results


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--genre", choices=("press", "news"), default="press", help="which gold (default press)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", type=Path, help="a warehouse built over the gold's files")
    source.add_argument("--build", action="store_true", help="build that warehouse in a temporary folder first")
    add_record_options(parser)
    args = parser.parse_args(argv)
    gold = load_gold(args.genre)
    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp()) / "warehouse.duckdb"
        started = time.perf_counter()
        build(args.genre, gold, db)
        print(f"built {db} in {time.perf_counter() - started:.0f}s")
    con = duckdb.connect(str(db), read_only=True)
    try:
        results = report(con, gold)
    finally:
        con.close()
    rows = [
        [
            f"top {q.size}",
            len(q.no_entity),
            len(q.wrong_label),
            round(q.junk_rate, 3),
            len(q.duplicates),
            len(q.unjudged),
        ]
        for q in results
    ]
    note = (
        f"{gold['corpus']}, first {gold['first']} files; judgements of the top {gold['top']} at commit "
        f"{gold['commit'][:7]} ({gold['date']}). Duplicates: "
        + ("; ".join(" = ".join(pair) for pair in results[0].duplicates) or "none")
        + " (top 150)."
    )
    columns = ["list", "no entity", "wrong label", "junk rate", "duplicate pairs", "not judged"]
    record(f"entity_quality_{args.genre}", "entity_quality", argv, columns, rows, args, note)


if __name__ == "__main__":
    main(sys.argv[1:])
