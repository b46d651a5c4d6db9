"""The seed article through the real spaCy model: the facts the product was specified from."""

from __future__ import annotations

from decimal import Decimal

from transforms.records import ArticleExtraction


def test_three_money_mentions_of_exactly_one_million_usd(seed_extraction: ArticleExtraction) -> None:
    result = seed_extraction
    assert [(m.text, m.amount, m.currency) for m in result.money] == [("$ 1 million", Decimal(1_000_000), "USD")] * 3
    assert all(m.currency_inferred for m in result.money)  # a bare "$"
    assert [m.per for m in result.money] == [None, None, "each"]
    body = result.article.body
    for m in result.money:
        assert body[m.start : m.end] == m.text


def test_key_entities_are_found_and_normalised(seed_extraction: ArticleExtraction) -> None:
    result = seed_extraction
    names = {(e.canonical, e.label) for e in result.entities}
    for expected in [
        ("India", "GPE"),
        ("North Korea", "GPE"),
        ("Kim Jong Un", "PERSON"),
        ("World Health Organisation", "ORG"),
        ("New Delhi", "GPE"),
    ]:
        assert expected in names
    assert not any(
        e.canonical.endswith(("'s", "’s")) or e.canonical.lower().startswith("the ") for e in result.entities
    )


def test_dates_sentences_and_offsets_are_consistent(seed_extraction: ArticleExtraction) -> None:
    result = seed_extraction
    body = result.article.body
    assert "July 16" in [d.text for d in result.dates]
    assert result.title.startswith("India on Friday extended medical assistance")
    for mention in [*result.entities, *result.dates]:
        assert body[mention.start : mention.end] == mention.text
        start, end = result.sentences[mention.sentence_index]
        assert start <= mention.start < end
    # paragraphs never share a sentence
    assert all("\n\n" not in result.sentence_text(i) for i in range(len(result.sentences)))
