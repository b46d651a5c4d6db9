"""Property-based tests: arbitrary bytes and text never crash parsing or money normalisation."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.articles import REASONS, ArticleError, parse_article
from transforms.currencies import infer_currency_context, iso_4217
from transforms.money import PERS, QUALIFIERS, decimal_text, find_money

TODAY = dt.date(2026, 11, 27)
MONEYISH = st.text(
    alphabet=st.sampled_from(list("0123456789 ,.-$€£¥₹ kmbntrlacroeuspdyiUSDEURINRRsTk")) | st.characters(),
    max_size=80,
)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_fail_with_a_known_reason(raw: bytes) -> None:
    try:
        article = parse_article(raw, "x.txt", TODAY)
    except ArticleError as exc:
        assert exc.reason in REASONS and exc.message
        return
    assert article.body and article.body == article.body.strip()
    assert article.published_date is None or article.published_date <= TODAY + dt.timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(st.dates(), st.text(max_size=200))
def test_header_round_trip(published: dt.date, body: str) -> None:
    raw = f"date {published.isoformat()}\n{body}".encode()
    try:
        article = parse_article(raw, "x.txt", TODAY)
    except ArticleError as exc:
        assert exc.reason in ("blank", "binary", "future_date")
        return
    assert article.published_date == published
    assert article.body == body.replace("\r\n", "\n").replace("\r", "\n").strip()


@settings(max_examples=500, deadline=None)
@given(MONEYISH)
def test_money_on_arbitrary_text_is_valid_or_absent(text: str) -> None:
    for m in find_money(text, infer_currency_context(text)):
        assert text[m.start : m.end] == m.text
        assert m.currency in iso_4217()
        assert isinstance(m.amount, Decimal) and m.amount.is_finite()
        assert m.amount == m.amount_low <= m.amount_high
        assert m.qualifier in (None, *QUALIFIERS)
        assert m.per in (None, *PERS)
        assert re.fullmatch(r"\d+(\.\d+)?", decimal_text(m.amount))


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999999"), places=2))
def test_written_dollar_amounts_read_back_exactly(value: Decimal) -> None:
    text = f"The fund paid ${value:,.2f} to the city."
    (mention,) = find_money(text)
    assert mention.amount == value and mention.currency == "USD"
