"""Names the model missed in the party slots of a money sentence (transforms/party_names.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.articles import Article
from transforms.extract import ArticleExtraction, extract_articles
from transforms.nlp import common_words
from transforms.parties import parse_texts
from transforms.party_names import missed_parties


def _missed(nlp, sentence: str, amount: str, taken: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    (parsed,) = parse_texts(nlp, [sentence])
    at = sentence.index(amount)
    spans = [(sentence.index(t), sentence.index(t) + len(t)) for t in taken]
    found = missed_parties(parsed, [(at, at + len(amount))], spans, sentence, common_words(nlp))
    return [(sentence[s:e], label) for s, e, label in found]


@pytest.mark.parametrize(
    ("sentence", "amount", "names"),
    [
        ("Zorvex agreed to pay £1.5bn to settle the claims.", "£1.5bn", [("Zorvex", "ORG")]),
        ("The regulator fined Kelbury £26m for failing customers.", "£26m", [("Kelbury", "ORG")]),
        ("Kelbury-Vance won a £1.2bn contract from the navy.", "£1.2bn", [("Kelbury-Vance", "ORG")]),
        ("ZX raised its dividend to 6.6 cents a share.", "6.6 cents", [("ZX", "ORG")]),
        # a name in apposition to a common noun
        ("The popular site Zorvex agreed to buy the Kelbury app for $1 billion.", "$1 billion", [("Zorvex", "ORG")]),
        # common words, acronyms that name no one, words in no transaction
        ("Ministers will spend £2bn on roads.", "£2bn", []),
        ("Farmers contribute $100 billion into our GDP.", "$100 billion", []),
        ("Zorvex reported a profit of £6bn.", "£6bn", []),
        # a kind of body, a law
        ("The Treasury awarded $1.7 billion in grants to more than 600 CDFIs.", "$1.7 billion", []),
        ("Zorvex benefits from the $52.7 billion CHIPS Act.", "$52.7 billion", []),
    ],
)
def test_names_in_party_slots(nlp, sentence: str, amount: str, names: list[tuple[str, str]]) -> None:
    assert _missed(nlp, sentence, amount) == names


def test_a_name_the_model_found_is_not_found_again(nlp) -> None:
    assert _missed(nlp, "Zorvex agreed to pay £1.5bn.", "£1.5bn", taken=("Zorvex",)) == []


def test_a_name_the_article_writes_in_lower_case_is_none(nlp) -> None:
    (parsed,) = parse_texts(nlp, ["Zorvex agreed to pay £1.5bn."])
    article = "Zorvex agreed to pay £1.5bn. The zorvex was sold."
    assert missed_parties(parsed, [(21, 27)], [], article, common_words(nlp)) == []


def test_a_missed_name_becomes_the_entity_of_its_role(nlp) -> None:
    body = "Results\n\nZorvex agreed to pay £1.5bn to settle the claims.\n"
    article = Article("missed.txt", "0" * 64, dt.date(2024, 1, 1), body, "utf-8")
    (result,) = extract_articles(nlp, [article])
    assert isinstance(result, ArticleExtraction)
    named = [
        (result.entities[p.entity_index].canonical, result.entities[p.entity_index].label, p.role)
        for p in result.parties
    ]
    assert ("Zorvex", "ORG", "payer") in named
