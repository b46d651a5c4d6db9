"""Country spellings (transforms/places.py): the one list that entities and the currency context both read."""

from __future__ import annotations

import pytest

from transforms.currencies import country_mentions, infer_currency_context
from transforms.money import find_money
from transforms.places import EVIDENCE_CITY_POPULATION, country_name, country_spelling_pattern, country_spellings


def test_spellings_gather_names_aliases_demonyms_capital_and_big_cities() -> None:
    pakistan = country_spellings("PK")
    assert {"Pakistan", "Islamic Republic of Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi"} <= pakistan
    assert "Sialkot" not in pakistan  # a GeoNames city under EVIDENCE_CITY_POPULATION people
    assert EVIDENCE_CITY_POPULATION == 1_000_000
    assert {"U.S.", "USA", "America", "American", "Washington", "Chicago"} <= country_spellings("US")


def test_a_city_name_shared_by_countries_counts_for_its_most_populous_city() -> None:
    assert "Hyderabad" in country_spellings("IN")
    assert "Hyderabad" not in country_spellings("PK")


def test_spellings_are_also_written_without_accents() -> None:
    assert {"Bogotá", "Bogota", "Montréal", "Montreal"} <= country_spellings("CO") | country_spellings("CA")


def test_unknown_code_has_no_spellings() -> None:
    assert country_spellings("XX") == frozenset()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The U.S. said so.", ["U.S."]),
        ("Talks in the US and the USA.", ["US", "USA"]),
        ("Send us a USB stick.", []),  # case as written, whole words only
        ("An American firm in Chicago.", ["American", "Chicago"]),
    ],
)
def test_pattern_matches_whole_spellings_case_sensitively(text: str, found: list[str]) -> None:
    assert country_spelling_pattern("US").findall(text) == found


def test_every_merge_the_alias_file_used_to_hold_is_a_spelling() -> None:
    for spelling, name in [
        ("U.S.A.", "United States"),
        ("United States of America", "United States"),
        ("Great Britain", "United Kingdom"),
        ("Democratic People's Republic of Korea", "North Korea"),
        ("Republic of Korea", "South Korea"),
        ("UAE", "United Arab Emirates"),
        ("People's Republic of China", "China"),
    ]:
        assert country_name(spelling) == name


def test_currency_context_counts_country_spellings() -> None:
    assert country_mentions("Factories in Faisalabad and Peshawar, Pakistan.")["PK"] == 3
    assert country_mentions("It cost US$ 5 million and U.S. $2 million.")["US"] == 0  # a dollar sign, no country


def test_dollars_in_an_article_about_canada_read_cad() -> None:
    text = "Calgary firm Prairie Wind raised C$ 5 million. Investors in Edmonton and Calgary added $3 million."
    assert [(m.text, m.currency) for m in find_money(text, infer_currency_context(text))] == [
        ("C$ 5 million", "CAD"),
        ("$3 million", "CAD"),
    ]


def test_rupees_in_an_article_about_pakistan_read_pkr() -> None:
    text = "Textile mills in Faisalabad and Peshawar received Rs 40 billion, officials in Faisalabad said."
    assert [m.currency for m in find_money(text, infer_currency_context(text))] == ["PKR"]
