"""Every sentence of the money table through the real spaCy pipeline: exact amounts and ISO codes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.money_cases import CASES, MoneyCase
from transforms.articles import Article
from transforms.extract import ArticleExtraction, extract_articles


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 200
    assert sum(1 for c in CASES if not c.expected) >= 25  # negatives


@pytest.fixture(scope="module")
def extracted(nlp) -> dict[str, ArticleExtraction]:
    articles = [
        Article(
            path=f"case-{i}", sha256="0" * 64, published_date=dt.date(2024, 1, 1), body=c.sentence, encoding="utf-8"
        )
        for i, c in enumerate(CASES)
    ]
    results = list(extract_articles(nlp, articles))
    assert all(isinstance(r, ArticleExtraction) for r in results)
    return {c.sentence: r for c, r in zip(CASES, results, strict=True)}  # type: ignore[misc]


def found(result: ArticleExtraction) -> list[tuple[Decimal, Decimal, str]]:
    return [(m.amount_low, m.amount_high, m.currency) for m in result.money]


@pytest.mark.parametrize("case", CASES, ids=[c.sentence[:60] for c in CASES])
def test_money_case(case: MoneyCase, extracted: dict[str, ArticleExtraction]) -> None:
    expected = [(e.low, e.high, e.currency) for e in case.expected]
    assert found(extracted[case.sentence]) == expected
