"""Precision and recall of (amount, currency) over the money table, against an NER-only baseline.

    .venv/bin/python -m benchmarks.money_accuracy

Ours: `transforms.extract` (rules over the text, NER spans as corroboration). Baseline, same process and
model: only spaCy's MONEY entities, each normalised by the same parser. A report, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from decimal import Decimal

from benchmarks.results import add_record_options, record
from news_etl.config import Settings
from news_etl.pipeline import pipeline_for
from tests.money_cases import CASES
from transforms.articles import Article
from transforms.extract import extract_articles
from transforms.money import find_money
from transforms.records import ArticleExtraction

Item = tuple[Decimal, Decimal, str]


def score(expected: list[list[Item]], found: list[list[Item]]) -> dict[str, float]:
    true_pos = false_pos = false_neg = exact = 0
    for want, got in zip(expected, found, strict=True):
        want_c, got_c = Counter(want), Counter(got)
        hits = sum((want_c & got_c).values())
        true_pos += hits
        false_pos += sum(got_c.values()) - hits
        false_neg += sum(want_c.values()) - hits
        exact += want == got
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    return {"precision": precision, "recall": recall, "sentences_exact": exact / len(expected)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=Settings().spacy_model)
    add_record_options(parser)
    args = parser.parse_args()
    nlp = pipeline_for(args.model, Settings().spacy_components)
    articles = [Article(f"case-{i}", "0" * 64, dt.date(2024, 1, 1), c.sentence, "utf-8") for i, c in enumerate(CASES)]
    expected = [[(e.low, e.high, e.currency) for e in c.expected] for c in CASES]
    ours: list[list[Item]] = []
    baseline: list[list[Item]] = []
    docs = list(nlp.pipe(a.body for a in articles))
    for result in extract_articles(nlp, articles):
        assert isinstance(result, ArticleExtraction)
        ours.append([(m.amount_low, m.amount_high, m.currency) for m in result.money])
    for doc in docs:
        items: list[Item] = []
        for ent in doc.ents:
            if ent.label_ == "MONEY":
                items += [(m.amount_low, m.amount_high, m.currency) for m in find_money(ent.text)]
        baseline.append(items)
    ours_score, base_score = score(expected, ours), score(expected, baseline)
    print(f"money table: {len(CASES)} sentences, {sum(len(e) for e in expected)} amounts, model {args.model}")
    print(f"{'':18}{'ours':>8}{'NER only':>10}{'ratio':>8}")
    for key in ("precision", "recall", "sentences_exact"):
        ratio = ours_score[key] / base_score[key] if base_score[key] else float("inf")
        print(f"{key:18}{ours_score[key]:8.3f}{base_score[key]:10.3f}{ratio:8.2f}")
    rows = [[key, round(ours_score[key], 3), round(base_score[key], 3)] for key in ours_score]
    note = (
        f"{len(CASES)} sentences of tests/money_cases.py, {sum(len(e) for e in expected)} amounts, model {args.model}."
    )
    record("money_accuracy", "money_accuracy", sys.argv[1:], ["metric", "ours", "NER only"], rows, args, note)
    misses = [(c.sentence, e, o) for c, e, o in zip(CASES, expected, ours, strict=True) if e != o]
    for sentence, want, got in misses[:20]:
        print(f"  MISS {sentence!r}\n       want {want}\n       got  {got}")


if __name__ == "__main__":
    main()
