"""The closed sets of values the transforms produce, as `Literal` types and the tuples that list them.

The suites in `expectations/` write the same sets; `tests/test_contracts.py` checks they agree. This module
imports nothing heavy, so the warehouse side can name the sets without loading spaCy.
"""

from __future__ import annotations

from typing import Literal, get_args

Qualifier = Literal["about", "nearly", "more than", "at least", "up to", "less than"]
Per = Literal[
    "each",
    "share",
    "person",
    "household",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "barrel",
    "ton",
    "ounce",
    "gallon",
    "unit",
]
Granularity = Literal["day", "week", "month", "quarter", "season", "half", "year", "decade", "century", "ref", "vague"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]  # TimeML TIMEX3 types (transforms/dates.py)
PartyRole = Literal["payer", "recipient", "other"]
MoneySource = Literal["ner+rules", "rules"]
DateSource = Literal["text", "published"]  # where a money event's date came from

QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
PERS: tuple[Per, ...] = get_args(Per)
GRANULARITIES: tuple[Granularity, ...] = get_args(Granularity)
TIMEX_TYPES: tuple[TimexType, ...] = get_args(TimexType)
PARTY_ROLES: tuple[PartyRole, ...] = get_args(PartyRole)
MONEY_SOURCES: tuple[MoneySource, ...] = get_args(MoneySource)
DATE_SOURCES: tuple[DateSource, ...] = get_args(DateSource)

#: The calendar the warehouse knows, declared once: date values, `dim_date` and the date suites use it.
FIRST_YEAR = 1000
LAST_YEAR = 2200

#: spaCy labels kept as entities unless the `entity_labels` setting says otherwise.
DEFAULT_ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT")
#: Components run by default: NER and the statistical sentence splitter. Everything else in the
#: packaged pipeline (tagger, parser, lemmatizer...) is switched off: NER does not depend on them.
DEFAULT_COMPONENTS = ("senter", "ner")
