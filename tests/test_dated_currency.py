"""A currency replaced by a redenomination or a new issue is read as the one legal on the article's day."""

from __future__ import annotations

import datetime as dt

import pytest

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
    ],
)
def test_the_currency_legal_on_the_day(code: str, published: dt.date | None, written: str, meant: str) -> None:
    assert dated_currency(code, published, written) == meant


def test_every_predecessor_is_a_code_the_warehouse_accepts() -> None:
    codes = {older for chain in SUCCESSIONS.values() for _, older in chain} | set(SUCCESSIONS)
    assert codes <= set(iso_4217())
