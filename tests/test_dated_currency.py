"""A currency replaced by a redenomination or a new issue is read as the one legal on the article's day."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.core import get_global

from transforms.currencies import SUCCESSIONS, dated_currency, iso_4217


@pytest.mark.parametrize(
    ("code", "published", "written", "meant"),
    [
        ("ZWL", dt.date(2009, 1, 29), "$100 trillion", "ZWR"),  # Zimbabwe's third dollar, Aug 2008 - Feb 2009
        ("ZWL", dt.date(2007, 6, 23), "Z$1.5 million", "ZWN"),
        ("ZWL", dt.date(2005, 3, 1), "Z$5,000", "ZWD"),
        ("ZWL", dt.date(2020, 3, 1), "Z$5,000", "ZWL"),
        ("TRY", dt.date(2004, 6, 1), "5 million lira", "TRL"),
        ("TRY", dt.date(2004, 6, 1), "one new lira", "TRY"),
        ("TRY", dt.date(2005, 1, 1), "5 lira", "TRY"),
        ("RUB", dt.date(1996, 7, 1), "5 billion roubles", "RUR"),
        ("USD", dt.date(1996, 7, 1), "$5", "USD"),
        ("RUB", None, "5 billion roubles", "RUB"),  # no date line: as written
        ("VES", dt.date(2015, 3, 1), "100 Venezuelan bolivars", "VEF"),  # the bolívar fuerte, 2008 - 2018
        ("VES", dt.date(2005, 3, 1), "100 Venezuelan bolivars", "VEB"),
        ("VES", dt.date(2019, 3, 1), "100 Venezuelan bolivars", "VES"),
        ("GHS", dt.date(2006, 3, 1), "10,000 cedis", "GHC"),
        ("BYN", dt.date(2015, 3, 1), "10,000 Belarusian rubles", "BYR"),
        ("ZMW", dt.date(2012, 3, 1), "5,000 kwacha", "ZMK"),
    ],
)
def test_the_currency_legal_on_the_day(code: str, published: dt.date | None, written: str, meant: str) -> None:
    assert dated_currency(code, published, written) == meant


def test_every_predecessor_is_a_code_the_warehouse_accepts() -> None:
    codes = {older for chain in SUCCESSIONS.values() for _, older in chain} | set(SUCCESSIONS)
    assert codes <= set(iso_4217())


#: Successions whose date is not CLDR's, and why.
NOT_CLDR_DATES = {
    ("RUB", "RUR"): "the rouble was redenominated on 1998-01-01; CLDR starts RUB in 1999",
    ("ZWN", "ZWD"): "CLDR has no ZWN (Zimbabwe's second dollar, August 2006 to July 2008)",
    ("ZWR", "ZWN"): "CLDR has no ZWN",
}


def _cldr_start(newer: str, older: str) -> dt.date | None:
    """The day CLDR starts `newer` in a territory that had `older` before it."""
    for currencies in get_global("territory_currencies").values():
        starts = {c[0]: c[1] for c in currencies}
        if older in starts and starts.get(newer) is not None:
            return dt.date(*starts[newer])
    return None


def test_succession_dates_are_cldrs() -> None:
    for code, chain in SUCCESSIONS.items():
        newer = code
        for since, older in chain:
            if (newer, older) not in NOT_CLDR_DATES:
                assert _cldr_start(newer, older) == since, (newer, older)
            newer = older
