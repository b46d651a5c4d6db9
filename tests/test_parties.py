"""Money to its parties: roles from the real model's dependency parse, and the links on the seed."""

from __future__ import annotations

import pytest

from transforms.articles import Article
from transforms.extract import ArticleExtraction, extract_articles
from transforms.nlp import load_pipeline
from transforms.parties import parse_components, parse_texts, role_in_sentence

# sentence, amount, {entity: expected role}
CASES = [
    # the thing bought is not paid: its sellers are, and the sentence does not name them
    ("Google bought YouTube for $1.65 billion in 2006.", "$1.65 billion", {"Google": "payer", "YouTube": "other"}),
    (
        "Siemens Energy agreed to sell its wind unit to Iberdrola for €2.5 billion.",
        "€2.5 billion",
        {"Siemens Energy": "recipient", "Iberdrola": "payer"},
    ),
    # the addressee of a request, the place of a speech, the thing announced plans for: no roles
    (
        "Biden asked Congress for $25 billion to fund the program.",
        "$25 billion",
        {"Biden": "other", "Congress": "other"},
    ),
    (
        "The Administration continues to call for Congress to provide $5 billion for violence interventions.",
        "$5 billion",
        {"Congress": "other"},
    ),
    (
        "Speaking in Wilmington, Biden said the law would create $15 billion in new investments.",
        "$15 billion",
        {"Wilmington": "other", "Biden": "other"},
    ),
    (
        "Congress must pass the bill without raising taxes on anyone in Texas making less than $400,000 a year.",
        "$400,000",
        {"Congress": "other", "Texas": "other"},
    ),
    (
        "The Foundation launched a pilot in 2021 with $13.2 million provided by the Gates Foundation.",
        "$13.2 million",
        {"Gates Foundation": "payer"},
    ),
    (
        "Lawmakers approved $12 billion to support Ukraine.",
        "$12 billion",
        {"Ukraine": "recipient"},
    ),
    ("Meta was fined €1.2 billion by the Irish regulator.", "€1.2 billion", {"Meta": "payer"}),
    ("The startup raised $20 million from Sequoia Capital.", "$20 million", {"Sequoia Capital": "payer"}),
    ("North Korea received $1 million from India.", "$1 million", {"North Korea": "recipient", "India": "payer"}),
    ("The World Bank gave Kenya $500 million in loans.", "$500 million", {"World Bank": "payer", "Kenya": "recipient"}),
    (
        "Japan pledged $2 billion to Ukraine, the ministry said.",
        "$2 billion",
        {"Japan": "payer", "Ukraine": "recipient"},
    ),
    (
        "Microsoft said it would invest $10 billion in OpenAI.",
        "$10 billion",
        {"Microsoft": "other", "OpenAI": "recipient"},
    ),
    (
        "Ukraine was given $300 million by the United States.",
        "$300 million",
        {"Ukraine": "recipient", "United States": "payer"},
    ),
    (
        "The European Union approved a €750 billion recovery fund for Italy and Spain.",
        "€750 billion",
        {"European Union": "payer", "Italy": "recipient", "Spain": "recipient"},
    ),
    (
        "India on Friday extended medical assistance worth $ 1 million to North Korea.",
        "$ 1 million",
        {"India": "payer", "North Korea": "recipient"},
    ),
]


@pytest.mark.parametrize(("sentence", "amount", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_roles_from_the_parse(nlp, sentence: str, amount: str, expected: dict[str, str]) -> None:
    (parsed,) = parse_texts(nlp, [sentence])
    money = (sentence.index(amount), sentence.index(amount) + len(amount))
    roles = {}
    for name in expected:
        start = sentence.index(name)
        roles[name] = role_in_sentence(parsed, money, (start, start + len(name)))
    assert roles == expected


def test_parser_is_loaded_but_not_run_on_whole_articles(nlp) -> None:
    assert parse_components(nlp) == ("tok2vec", "parser")
    assert "parser" not in nlp.pipe_names  # disabled: NER does not need it
    doc = nlp("India paid $5 million to Nepal.")
    assert not doc.has_annotation("DEP")


def test_seed_money_is_linked_to_who_gave_and_who_received(seed_extraction: ArticleExtraction) -> None:
    result = seed_extraction
    links = [(p.money_index, result.entities[p.entity_index].canonical, p.role) for p in result.parties]
    assert links == [
        (0, "India", "payer"),
        (0, "North Korea", "recipient"),
        (1, "India", "payer"),
        (1, "North Korea", "other"),
        (1, "Ministry of External Affairs", "other"),
        (2, "India", "payer"),
        (2, "North Korea", "recipient"),
        (2, "World Food Programme", "other"),
    ]
    for p in result.parties:  # every link stays inside one sentence
        assert result.money[p.money_index].sentence_index == result.entities[p.entity_index].sentence_index


def test_model_without_parser_links_every_entity_as_other(seed_article: Article) -> None:
    from news_etl.config import Settings

    nlp = load_pipeline(Settings().spacy_model)
    nlp.remove_pipe("parser")
    assert parse_components(nlp) == ()
    (result,) = extract_articles(nlp, [seed_article])
    assert isinstance(result, ArticleExtraction)
    assert {p.role for p in result.parties} == {"other"}
    assert len(result.parties) == 8
