"""Precision and recall of canonical entities, country codes and date values against hand annotation.

    .venv/bin/python -m benchmarks.entity_accuracy

Gold: `benchmarks/gold/entities.json` (three shipped sample articles, annotated by reading them). Ours:
the full extraction (resolution, curated aliases, gazetteer, dates relative to publication). Baseline,
same model and same spaCy run: each NER span's text with only `normalise_entity` applied; countries from
pycountry's exact country names; dates without the publication date (absolute dates only).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import pycountry

from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT, Settings
from news_etl.pipeline import aliases_for, pipeline_for
from transforms.articles import load_article
from transforms.dates import normalise_date
from transforms.entities import normalise_entity
from transforms.extract import extract_articles
from transforms.records import ArticleExtraction

GOLD = Path(__file__).parent / "gold" / "entities.json"
Scores = dict[str, tuple[int, int, int]]  # metric -> (true positives, predicted, gold)


def _pr(tp: int, predicted: int, gold: int) -> tuple[float, float]:
    return (tp / predicted if predicted else 0.0, tp / gold if gold else 0.0)


def _dates_found(found: dict[str, tuple[str | None, str]], gold: list[list]) -> tuple[int, int, int]:
    """(correct, our phrases, gold phrases): a phrase matches when one text contains the other."""
    correct = 0
    for text, value, granularity in gold:
        hits = [v for t, v in found.items() if text.casefold() in t or t in text.casefold()]
        correct += (value, granularity) in hits
    return correct, len(found), len(gold)


def score(ours: bool, nlp, settings: Settings) -> Scores:
    gold_all = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    totals: dict[str, list[int]] = {"entities": [0, 0, 0], "countries": [0, 0, 0], "dates": [0, 0, 0]}
    aliases = aliases_for(settings.entity_aliases_file)
    names = {c.name.casefold(): c.alpha_2 for c in pycountry.countries}
    for name, gold in gold_all.items():
        article = load_article(PROJECT_ROOT / "data" / "inbox" / name, settings.max_file_bytes, dt.date.today())
        if ours:
            (ex,) = extract_articles(nlp, [article], settings.entity_labels, aliases=aliases)
            assert isinstance(ex, ArticleExtraction)
            entities = {e.canonical.casefold() for e in ex.entities}
            countries = {(e.canonical.casefold(), e.country_code) for e in ex.entities if e.country_code}
            dates = {
                d.text.casefold(): (d.value.isoformat() if d.value else None, d.granularity)
                for d in ex.dates
                if d.timex_type in ("DATE", "TIME")
            }
        else:
            doc = nlp(article.body)
            spans = [(normalise_entity(e.text), e.label_) for e in doc.ents if e.label_ in settings.entity_labels]
            entities = {n.casefold() for n, _ in spans if n}
            countries = {(n.casefold(), names[n.casefold()]) for n, _ in spans if n.casefold() in names}
            dates = {}
            for e in doc.ents:
                if e.label_ == "DATE":
                    when = normalise_date(e.text, None)
                    if when is not None and when.type == "DATE":  # a duration, a set, an age: no date
                        dates[e.text.casefold()] = (when.value.isoformat() if when.value else None, when.granularity)
        gold_entities = {g.casefold() for g in gold["entities"]}
        gold_countries = {(k.casefold(), v) for k, v in gold["countries"].items()}
        for metric, predicted, expected in (
            ("entities", entities, gold_entities),
            ("countries", countries, gold_countries),
        ):
            totals[metric][0] += len(predicted & expected)
            totals[metric][1] += len(predicted)
            totals[metric][2] += len(expected)
        for i, n in enumerate(_dates_found(dates, gold["dates"])):
            totals["dates"][i] += n
    return {k: (v[0], v[1], v[2]) for k, v in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    add_record_options(parser)
    args = parser.parse_args()
    settings = Settings()
    nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
    ours, base = score(True, nlp, settings), score(False, nlp, settings)
    print(f"gold: {GOLD.relative_to(PROJECT_ROOT)}, model {settings.spacy_model}")
    print(f"{'':<10} {'ours P':>7} {'ours R':>7} {'base P':>7} {'base R':>7} {'ratio R':>8}")
    rows = []
    for metric in ours:
        op, orr = _pr(*ours[metric])
        bp, br = _pr(*base[metric])
        ratio = orr / br if br else float("inf")
        print(f"{metric:<10} {op:7.3f} {orr:7.3f} {bp:7.3f} {br:7.3f} {ratio:8.2f}")
        rows.append([metric, *(round(v, 3) for v in (op, orr, bp, br))])
    for metric, (tp, predicted, gold) in ours.items():
        print(f"  ours {metric}: {tp} correct of {predicted} predicted, {gold} in gold")
    note = (
        f"Against the sample articles the rules were written from ({GOLD.relative_to(PROJECT_ROOT)}): "
        "a regression check, not a generalisation estimate."
    )
    columns = ["metric", "ours P", "ours R", "raw NER P", "raw NER R"]
    record("entity_accuracy", "entity_accuracy", sys.argv[1:], columns, rows, args, note)


if __name__ == "__main__":
    main()
