"""The value sets written in the Great Expectations suites are the ones the code produces."""

from __future__ import annotations

import json

from news_etl.config import PROJECT_ROOT
from transforms.dates import GRANULARITIES
from transforms.money import PERS, QUALIFIERS
from transforms.parties import PARTY_ROLES


def value_set(suite: str, column: str) -> set[str]:
    spec = json.loads((PROJECT_ROOT / "expectations" / f"{suite}.json").read_text(encoding="utf-8"))
    (kwargs,) = [
        e["kwargs"]
        for e in spec["expectations"]
        if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == column
    ]
    return set(kwargs["value_set"])


def test_money_qualifier_and_per_sets() -> None:
    assert value_set("fact_money_mention", "qualifier") == set(QUALIFIERS)
    assert value_set("fact_money_mention", "per") == set(PERS)


def test_date_granularity_set() -> None:
    assert value_set("fact_date_mention", "granularity") == set(GRANULARITIES)


def test_money_party_role_set() -> None:
    assert value_set("fact_money_entity", "role") == set(PARTY_ROLES)
