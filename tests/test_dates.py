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
        ("fiscal 2014", None, "2014-01-01", "year", "FY2014"),
        ("FY2012", None, "2012-01-01", "year", "FY2012"),
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
     ("lately", "PAST_REF"), ("at the time", "PAST_REF"), ("formerly", "PAST_REF"), ("soon", "FUTURE_REF"),
     ("at the moment", "PRESENT_REF"), ("the future", "FUTURE_REF")],
)  # fmt: skip
def test_reference_expressions_get_a_timeml_token(text: str, token: str) -> None:
    assert normalise_date(text, DCT) == DateValue(None, "ref", timex=token)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five years", "P5Y"),
        ("two decades", "P2DE"),
        ("90 days", "P90D"),
        ("the past three months", "P3M"),
        ("a decade", "P1DE"),
        ("a six-day", "P6D"),
        ("the past year", "P1Y"),
        ("the next week", "P1W"),
        ("the next few months", "PXM"),
        ("recent weeks", "PXW"),
        ("the coming years", "PXY"),
        ("decades", "PXDE"),
        ("just over a week", "P1W"),
        ("a month earlier", "P1M"),
        ("three hours", "PT3H"),
        ("more than half a century", "P50Y"),
        ("the first nine months of the year", "P9M"),
        ("twenty-five years", "P25Y"),
    ],
)
def test_durations_are_typed_with_their_length(text: str, value: str) -> None:
    result = normalise_date(text, DCT)
    assert result is not None and (result.type, result.value, result.timex) == ("DURATION", None, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("annual", "P1Y"), ("annually", "P1Y"), ("each season of the year", None), ("each month", "P1M"),
     ("every two weeks", "P2W"), ("per day", "P1D"), ("twice a year", "P1Y"), ("every 30 minutes", "PT30M"),
     ("weekly", "P1W")],
)  # fmt: skip
def test_sets_are_typed_with_their_period(text: str, value: str | None) -> None:
    result = normalise_date(text, DCT)
    if value is None:
        assert result is not None and result.type == "DATE" and result.granularity == "vague"
    else:
        assert result is not None and (result.type, result.value, result.timex) == ("SET", None, value)


@pytest.mark.parametrize("text", ["65", "a 22-year-old", "aged 6 months", "the age of 40", "1,250.5", "7 years old"])
def test_ages_and_numbers_are_no_temporal_expression(text: str) -> None:
    assert normalise_date(text, DCT) is None


@pytest.mark.parametrize(
    ("text", "tense", "timex"),
    [
        ("Thursday", "past", "2013-03-21"),  # the publication day's weekday, past or present: that day
        ("Thursday", "present", "2013-03-21"),
        ("Thursday", "future", "2013-03-28"),
        ("June", "future", "2013-06"),  # a March article: "will open in June" is this June
        ("June", "present", "2013-06"),
        ("June", "past", "2012-06"),
        ("Sunday, April 7, 2013", None, "2013-04-07"),
        ("Monday, April 8th", "future", "2013-04-08"),
        ("later this year", None, "2013"),
        ("the end of the year", None, "2013"),
        ("this fiscal year", None, "FY2013"),
        ("next fiscal year", None, "FY2014"),
        ("just six years ago", None, "2007"),
        ("forty years ago", None, "1973"),
        ("the 99th day of 2012", None, "2012-04-08"),
        ("between 2001-2004", None, "2001"),
        ("the fourth quarter", None, "2012-Q4"),  # in a March article: the quarter that ended closest
        ("the fourth quarter", "future", "2013-Q4"),
        ("the second quarter", "past", "2012-Q2"),
        ("the second half", "future", "2013-H2"),
        ("the current quarter", None, "2013-Q1"),
        ("the second half of the year", None, "2013-H2"),
        ("the fourth quarter of last year", None, "2012-Q4"),
        ("year-end", None, "2013"),
        ("last year's", None, "2012"),
        ("the end of the month", None, "2013-03"),
        ("earlier in the year", None, "2013"),
        ("this weekend", None, "2013-W12-WE"),
        ("this past weekend", None, "2013-W11-WE"),
        ("the weekend", "past", "2013-W11-WE"),
        ("this past Monday", None, "2013-03-18"),
        ("Christmas", "past", "2012-12-25"),
        ("Christmas", "future", "2013-12-25"),
        ("Labor Day", "future", "2013-09-02"),  # the first Monday of September
        ("Thanksgiving 2012", None, "2012-11-22"),  # the fourth Thursday of November
        ("Memorial Day", "future", "2013-05-27"),  # the last Monday of May
        ("a few days ago", None, "PAST_REF"),
        ("Wednesday afternoon", None, "2013-03-20TAF"),
        ("last night", None, "2013-03-20TNI"),
    ],
)
def test_calendar_values_of_the_value_rules(text: str, tense: str | None, timex: str) -> None:
    result = normalise_date(text, DCT, tense)  # type: ignore[arg-type]
    assert result is not None and result.timex == timex


def test_a_time_of_day_is_a_time_on_its_day() -> None:
    assert normalise_date("Tuesday morning", DCT) == DateValue(
        dt.date(2013, 3, 19), "day", None, "2013-03-19TMO", "TIME"
    )


def test_a_fiscal_year_starts_in_october() -> None:
    from transforms.dates import fiscal_year_of

    assert (fiscal_year_of(dt.date(2013, 9, 30)), fiscal_year_of(dt.date(2013, 10, 1))) == (2013, 2014)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("April 2 to 4", ["April 2", "April 4"]),
        ("May 9 through May 11, 2014", ["May 9 2014", "May 11, 2014"]),
        ("Yesterday, June 3rd", ["Yesterday", "June 3rd"]),
        ("Monday, March 4, 2013 to Friday, March 8, 2013", ["Monday, March 4, 2013", "Friday, March 8, 2013"]),
        ("1998-99", ["1998-99"]),
        ("mid-May", ["mid-May"]),
    ],
)
def test_a_range_of_days_is_two_expressions(text: str, pieces: list[str]) -> None:
    from transforms.dates import split_range

    found = split_range(text)
    assert [words for _, _, words in found] == pieces
    assert all(text[start:end] in words for start, end, words in found)


def test_expressions_the_model_does_not_mark_are_found() -> None:
    from transforms.dates import find_more

    text = (
        "A 2008 survey found fees now rise annually, per month and over the last four years; a 30-year-old paid"
        " more in the past, and in the past year. The future queen saw the future."
    )
    found = [text[s:e] for s, e in find_more(text, [(text.index("over"), text.index(";"))])]
    assert found == ["2008", "now", "annually", "per month", "in the past", "the future"]


@pytest.mark.parametrize(
    ("text", "following", "tense", "starts_clause", "nowadays"),
    [
        ("today", "'s young workers face", None, False, True),
        ("today", "'s announcement of the plan", None, False, False),
        ("today", " than ever before.", "present", False, True),
        ("today", ", the mayor opened", "past", True, False),
        ("today", " that the plant opened", "past", False, False),
        ("Friday", "'s vote", None, False, False),
    ],
)
def test_today_in_the_sense_of_nowadays(
    text: str, following: str, tense: str | None, starts_clause: bool, nowadays: bool
) -> None:
    from transforms.dates import means_nowadays

    assert means_nowadays(text, following, tense, starts_clause) is nowadays  # type: ignore[arg-type]


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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "date", "tense"),
    [
        ("The council will vote on the plan in June.", "June", "future"),
        ("The council voted on the plan in June after a long debate.", "June", "past"),
        ("The board has approved the budget in June.", "June", "past"),
        ("The agency plans to open the office in June.", "June", "future"),
        ("The shop opens its doors in June every year.", "June", "present"),
        ("The firm scheduled a press conference for Friday.", "Friday", "future"),
    ],
)
def test_the_tense_is_the_governing_verbs(nlp, sentence: str, date: str, tense: str) -> None:
    from transforms.dates import clause_tense
    from transforms.nlp import tag_and_parse

    (doc,) = tag_and_parse(nlp, [sentence]) or []
    (token,) = [t for t in doc if t.text == date]
    assert clause_tense(token) == tense


@pytest.mark.slow
def test_extraction_types_values_and_splits_the_expressions(nlp) -> None:
    from transforms.articles import Article
    from transforms.extract import extract_articles

    body = (
        "Acme Corp said on Thursday that sales rose 5% in the past year. The firm, which holds its annual "
        "meeting in June, will open a plant from April 2 to 4. Its founder, a 54-year-old engineer, is now "
        "retired and paid $30 per month."
    )
    article = Article("made_up.txt", "0" * 64, DCT, body, "utf-8")
    (ex,) = extract_articles(nlp, [article])
    found = {(d.text, d.timex_type, d.timex) for d in ex.dates}  # type: ignore[union-attr]
    assert ("Thursday", "DATE", "2013-03-21") in found
    assert ("the past year", "DURATION", "P1Y") in found
    assert ("annual", "SET", "P1Y") in found
    assert ("June", "DATE", "2013-06") in found
    assert {("April 2", "DATE", "2013-04-02"), ("4", "DATE", "2013-04-04")} <= found
    assert ("now", "DATE", "PRESENT_REF") in found
    assert not any("54" in text for text, _, _ in found)


@pytest.mark.slow
def test_an_infinitive_at_the_root_of_its_sentence_has_no_tense_and_ends(nlp) -> None:
    """A headline's "To ... in June": the infinitive governs itself; reading its tense must end (heads are
    compared by index: spaCy gives a new Token object on each access, so identity never matches)."""
    from transforms.dates import clause_tense
    from transforms.nlp import tag_and_parse

    for sentence in ("To open the new office in June.", "Plans to be ready to open in June."):
        (doc,) = tag_and_parse(nlp, [sentence]) or []
        (token,) = [t for t in doc if t.text == "June"]
        assert clause_tense(token) in (None, "future", "present", "past")
