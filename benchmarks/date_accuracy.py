"""Date expressions against TimeML-style hand annotation: span precision and recall and value F1 of the
DATE type, and the type accuracy (DATE / DURATION / SET / TIME) of the expressions both sides mark.

    .venv/bin/python -m benchmarks.date_accuracy [gold.json ...]

Gold: `benchmarks/gold/dates_dev.json` (the articles the date rules were written from) and
`benchmarks/gold/dates_heldout.json` (annotated at the same time, never read while writing them): every
TIMEX3 expression of a region of each article (span, type, value relative to its `date` line), press
releases from `../shared/corpus/articles` and journalism from `../shared/corpus-news/articles` (each file's
`provenance` says how they were drawn). Matching is relaxed, TempEval-3 style: a prediction matches the
first unmatched gold expression it overlaps; `strict F1` counts exact spans only. A DATE's value is right
when its TimeML value equals the gold's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT, Settings
from news_etl.pipeline import pipeline_for
from transforms.articles import load_article
from transforms.extract import extract_articles
from transforms.records import ArticleExtraction

GOLD_DIR = Path(__file__).parent / "gold"
SHARED = PROJECT_ROOT.parent / "shared"
GENRES = ("press", "news")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


def _pairs(predicted: Sequence[Timex], gold: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """Each prediction with the first unmatched gold expression it overlaps."""
    free = list(gold)
    pairs = []
    for p in predicted:
        hit = next((g for g in free if p.start < g.end and g.start < p.end), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((p, hit))
    return pairs


def count(predicted: Sequence[Timex], gold: Sequence[Timex]) -> Counter[str]:
    """The counts behind the measures, for one article."""
    pred_dates = [p for p in predicted if p.type == "DATE"]
    gold_dates = [g for g in gold if g.type == "DATE"]
    dates = _pairs(pred_dates, gold_dates)
    typed = _pairs(predicted, gold)
    exact = {(g.start, g.end) for g in gold_dates} & {(p.start, p.end) for p in pred_dates}
    return Counter(
        pred=len(pred_dates),
        gold=len(gold_dates),
        span=len(dates),
        strict=len(exact),
        value=sum(p.value == g.value for p, g in dates),
        typed=len(typed),
        type_right=sum(p.type == g.type for p, g in typed),
    )


def predictions(ex: ArticleExtraction, region_end: int) -> list[Timex]:
    """The pipeline's temporal expressions of an article's annotated region."""
    return [Timex(d.start, d.end, d.timex_type, d.timex or "") for d in ex.dates if d.end <= region_end]


def score(gold_file: Path) -> dict[str, Counter[str]]:
    """Counts per genre for one gold file."""
    spec = json.loads(gold_file.read_text(encoding="utf-8"))
    settings = Settings()
    nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
    items = [a for a in spec["articles"] if (SHARED / a["corpus"] / "articles" / a["file"]).exists()]
    articles = [load_article(SHARED / a["corpus"] / "articles" / a["file"], 5_000_000, dt.date.today()) for a in items]
    counts: dict[str, Counter[str]] = {g: Counter() for g in GENRES}
    for item, ex in zip(items, extract_articles(nlp, articles, settings.entity_labels), strict=True):
        if not isinstance(ex, ArticleExtraction):
            raise RuntimeError(f"{item['file']}: {ex.error}")
        gold = [Timex(t["start"], t["end"], t["type"], t["value"]) for t in item["timexes"]]
        counts[item["genre"]] += count(predictions(ex, item["region_end"]), gold)
    return counts


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def measures(c: Counter[str]) -> list[float | None]:
    """Span P, span R, strict span F1, value P, value R, value F1 (DATE) and type accuracy."""
    span_p, span_r = _ratio(c["span"], c["pred"]), _ratio(c["span"], c["gold"])
    strict = _ratio(2 * c["strict"], c["pred"] + c["gold"])
    value_p, value_r = _ratio(c["value"], c["pred"]), _ratio(c["value"], c["gold"])
    value_f1 = _ratio(2 * c["value"], c["pred"] + c["gold"])
    return [span_p, span_r, strict, value_p, value_r, value_f1, _ratio(c["type_right"], c["typed"])]


COLUMNS = [
    "split", "genre", "gold DATE", "predicted DATE", "span P", "span R", "strict span F1",
    "value P", "value R", "value F1", "type accuracy",
]  # fmt: skip


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path, nargs="*", help="gold files (default: benchmarks/gold/dates_*.json)")
    parser.add_argument("--name", default="date_accuracy", help="result file stem")
    parser.add_argument("--note", default="", help="a line to record with the result")
    add_record_options(parser)
    args = parser.parse_args(argv)
    files = args.gold or sorted(GOLD_DIR.glob("dates_*.json"))
    rows = []
    for gold_file in files:
        by_genre = score(gold_file)
        split = gold_file.stem.removeprefix("dates_")
        for genre, c in [*by_genre.items(), ("both", sum(by_genre.values(), Counter()))]:
            rows.append([split, genre, c["gold"], c["pred"], *measures(c)])
    print("| " + " | ".join(COLUMNS) + " |")
    for row in rows:
        print("| " + " | ".join("—" if v is None else str(v) for v in row) + " |")
    note = "heldout: annotated with dev, never read while writing the date rules; dev: what they came from."
    record(args.name, "date_accuracy", argv, COLUMNS, rows, args, f"{note} {args.note}".strip())


if __name__ == "__main__":
    main(sys.argv[1:])
