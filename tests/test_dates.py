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
        ("the mid-1990s", dt.date(1990, 1, 1), "decade"),
        ("annual", None, "vague"),
        ("February 30", None, "vague"),
    ],
)
def test_normalise_date(text: str, value: dt.date | None, granularity: str) -> None:
    assert normalise_date(text, SEED_DATE) == DateValue(value, granularity)  # type: ignore[arg-type]


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
        ("the mid-1990s", "2023-06-14", "1990-01-01", "decade"),
    ],
)
def test_relative_months_and_parts_of_years(text: str, published: str, value: str | None, granularity: str) -> None:
    result = normalise_date(text, dt.date.fromisoformat(published))
    assert result is not None
    assert (result.value, result.granularity) == (dt.date.fromisoformat(value) if value else None, granularity)


# Written for this module, against a Thursday 2013-03-21 article (TimeML's document-creation-time convention).
DCT = dt.date(2013, 3, 21)


@pytest.mark.parametrize(
    ("text", "tense", "value", "granularity", "timex"),
    [
        ("this week", None, "2013-03-18", "week", "2013-W12"),
        ("last week", None, "2013-03-11", "week", "2013-W11"),
        ("next week", None, "2013-03-25", "week", "2013-W13"),
        ("the first quarter", None, "2013-01-01", "quarter", "2013-Q1"),
        ("Q3 2019", None, "2019-07-01", "quarter", "2019-Q3"),
        ("the third quarter of 2012", None, "2012-07-01", "quarter", "2012-Q3"),
        ("last quarter", None, "2012-10-01", "quarter", "2012-Q4"),
        ("this summer", None, "2013-06-01", "season", "2013-SU"),
        ("last winter", None, "2012-12-01", "season", "2012-WI"),
        ("spring 2011", None, "2011-03-01", "season", "2011-SP"),
        ("the first half of 2012", None, "2012-01-01", "half", "2012-H1"),
        ("H2 2014", None, "2014-07-01", "half", "2014-H2"),
        ("fiscal 2014", None, "2014-01-01", "year", "2014"),
        ("FY2012", None, "2012-01-01", "year", "2012"),
        ("four years ago", None, "2009-01-01", "year", "2009"),
        ("six years ago", None, "2007-01-01", "year", "2007"),
        ("two months ago", None, "2013-01-01", "month", "2013-01"),
        ("three days ago", None, "2013-03-18", "day", "2013-03-18"),
        ("the 1990s", None, "1990-01-01", "decade", "199"),
        ("the '80s", None, "1980-01-01", "decade", "198"),
        ("the 20th century", None, "1900-01-01", "century", "19"),
        ("in August", "past", "2012-08-01", "month", "2012-08"),
        ("in August", "future", "2013-08-01", "month", "2013-08"),
        ("in February", "future", "2014-02-01", "month", "2014-02"),
        ("in February", "past", "2013-02-01", "month", "2013-02"),
        ("June 5", "past", "2012-06-05", "day", "2012-06-05"),
        ("Friday", "future", "2013-03-22", "day", "2013-03-22"),
        ("Friday", "past", "2013-03-15", "day", "2013-03-15"),
        ("today", None, "2013-03-21", "day", "2013-03-21"),
    ],
)
def test_timeml_granularities_and_tense(text: str, tense: str | None, value: str, granularity: str, timex: str) -> None:
    result = normalise_date(text, DCT, tense)  # type: ignore[arg-type]
    assert result is not None
    assert (result.value, result.granularity, result.timex) == (dt.date.fromisoformat(value), granularity, timex)


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("1957-58", "1957-01-01", "1958-01-01"),
        ("2009-2010", "2009-01-01", "2010-01-01"),
        ("2022-23", "2022-01-01", "2023-01-01"),
    ],
)
def test_explicit_year_ranges_keep_their_end(text: str, value: str, end: str) -> None:
    result = normalise_date(text, DCT)
    assert result is not None
    assert (result.value, result.granularity, result.end) == (
        dt.date.fromisoformat(value),
        "year",
        dt.date.fromisoformat(end),
    )


@pytest.mark.parametrize(
    ("text", "token"),
    [("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("recently", "PAST_REF"), ("the past", "PAST_REF"),
     ("the recent years", "PAST_REF"), ("the future", "FUTURE_REF")],
)  # fmt: skip
def test_reference_expressions_get_a_timeml_token(text: str, token: str) -> None:
    assert normalise_date(text, DCT) == DateValue(None, "ref", timex=token)


@pytest.mark.parametrize("text", ["five years", "two decades", "90 days", "the past three months", "a decade"])
def test_durations_are_not_dates(text: str) -> None:
    assert normalise_date(text, DCT) is None


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The company said profits fell in August.", "past"),
        ("The plant will open in August.", "future"),
        ("Officials plan to vote in August.", "future"),
        ("Prices in August are high.", None),
    ],
)
def test_tense_of_a_sentence(sentence: str, tense: str | None) -> None:
    from transforms.dates import tense_of

    assert tense_of(sentence) == tense
