"""DATE mentions normalised relative to the publication date (the seed is dated Saturday 2020-07-25)."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.dates import DateValue, normalise_date

SEED_DATE = dt.date(2020, 7, 25)


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("Friday", dt.date(2020, 7, 24), "day"),
        ("on Friday", dt.date(2020, 7, 24), "day"),
        ("Saturday", dt.date(2020, 7, 25), "day"),
        ("last Saturday", dt.date(2020, 7, 18), "day"),
        ("next Monday", dt.date(2020, 7, 27), "day"),
        ("July 16", dt.date(2020, 7, 16), "day"),
        ("16 July", dt.date(2020, 7, 16), "day"),
        ("December 28", dt.date(2020, 12, 28), "day"),  # 156 days after publication beats 210 before
        ("May 2018", dt.date(2018, 5, 1), "month"),
        ("September 1998", dt.date(1998, 9, 1), "month"),
        ("July 16, 2019", dt.date(2019, 7, 16), "day"),
        ("16th July 2019", dt.date(2019, 7, 16), "day"),
        ("2020-07-01", dt.date(2020, 7, 1), "day"),
        ("2011", dt.date(2011, 1, 1), "year"),
        ("in 2011", dt.date(2011, 1, 1), "year"),
        ("last year", dt.date(2019, 1, 1), "year"),
        ("this year", dt.date(2020, 1, 1), "year"),
        ("today", SEED_DATE, "day"),
        ("yesterday", dt.date(2020, 7, 24), "day"),
        ("March", dt.date(2020, 3, 1), "month"),
        ("the mid-1990s", None, "vague"),
        ("two decades", None, "vague"),
        ("the recent years", None, "vague"),
        ("2022-23", None, "vague"),
        ("annual", None, "vague"),
        ("February 30", None, "vague"),
    ],
)
def test_normalise_date(text: str, value: dt.date | None, granularity: str) -> None:
    assert normalise_date(text, SEED_DATE) == DateValue(value, granularity)


def test_relative_dates_need_a_publication_date() -> None:
    assert normalise_date("Friday", None) == DateValue(None, "vague")
    assert normalise_date("May 2018", None) == DateValue(dt.date(2018, 5, 1), "month")


@pytest.mark.parametrize(
    ("text", "published", "value", "granularity"),
    [
        ("last May", "2021-03-02", "2020-05-01", "month"),  # the sample's "in Berlin last May"
        ("last May", "2023-06-14", "2023-05-01", "month"),
        ("last June", "2023-06-14", "2022-06-01", "month"),
        ("next June", "2023-06-14", "2024-06-01", "month"),
        ("this May", "2023-06-14", "2023-05-01", "month"),
        ("last month", "2023-01-05", "2022-12-01", "month"),
        ("next month", "2023-12-05", "2024-01-01", "month"),
        ("mid-May", "2023-06-14", "2023-05-01", "month"),
        ("mid-2019", "2023-06-14", "2019-01-01", "year"),
        ("the end of 2022", "2023-06-14", "2022-01-01", "year"),
        ("the mid-1990s", "2023-06-14", None, "vague"),
    ],
)
def test_relative_months_and_parts_of_years(text: str, published: str, value: str | None, granularity: str) -> None:
    result = normalise_date(text, dt.date.fromisoformat(published))
    assert (result.value, result.granularity) == (dt.date.fromisoformat(value) if value else None, granularity)
