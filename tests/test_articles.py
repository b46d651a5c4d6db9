"""Parsing article files: the date header, encodings and every refusal reason."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import SEED
from transforms.articles import ArticleError, parse_article, parse_header

TODAY = dt.date(2026, 11, 27)


def test_seed_header_on_the_same_line_as_the_first_sentence() -> None:
    article = parse_article(SEED.read_bytes(), "seed.txt", TODAY)
    assert article.published_date == dt.date(2020, 7, 25)
    assert article.body.startswith("India on Friday extended medical assistance worth $ 1 million")
    assert "\n\nNew Delhi extended" in article.body
    assert article.flags == ()
    assert article.encoding == "utf-8"


def test_header_on_its_own_line() -> None:
    published, body = parse_header("date 2021-01-02\nTitle\n\nBody.", TODAY)
    assert published == dt.date(2021, 1, 2)
    assert body == "Title\n\nBody."


def test_no_header_is_an_article_without_a_date() -> None:
    article = parse_article(b"Kenya signs rail deal.\n\nMore text.", "a.txt", TODAY)
    assert article.published_date is None
    assert article.flags == ("no_date",)
    assert article.body == "Kenya signs rail deal.\n\nMore text."


def test_the_word_date_starting_a_sentence_is_body_text() -> None:
    published, body = parse_header("date palms grow in Oman.", TODAY)
    assert published is None
    assert body == "date palms grow in Oman."


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "blank"),
        (b"date 2020-01-01\n   \n", "blank"),
        (b"binary\x00data", "binary"),
        (b"\xff\xfe" + "text\x00here".encode("utf-16-le"), "binary"),
        (b"\xff\xfe\x00\xd8", "undecodable"),  # a lone surrogate
        (b"date 2020-1-5\nText", "malformed_date"),
        (b"date 25/07/2020\nText", "malformed_date"),
        (b"date 2020-02-30\nText", "impossible_date"),
        (b"date 2020-13-01\nText", "impossible_date"),
        (b"date 2099-01-01\nText", "future_date"),
    ],
)
def test_refusals_carry_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_article(raw, "bad.txt", TODAY)
    assert caught.value.reason == reason
    assert caught.value.message


def test_tomorrow_is_not_the_future_across_time_zones() -> None:
    article = parse_article(b"date 2026-11-28\nText.", "a.txt", TODAY)
    assert article.published_date == dt.date(2026, 11, 28)


def test_utf8_bom_is_dropped() -> None:
    article = parse_article("\ufeffdate 2020-01-01\nCafé news.".encode(), "a.txt", TODAY)
    assert article.encoding == "utf-8-sig"
    assert article.published_date == dt.date(2020, 1, 1)
    assert article.body == "Café news."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_text(codec: str) -> None:
    raw = "\ufeffdate 2020-01-01\nM\u00fcller paid \u20ac750 million.".encode(codec)
    article = parse_article(raw, "a.txt", TODAY)
    assert (article.encoding, article.published_date) == ("utf-16", dt.date(2020, 1, 1))
    assert article.body == "M\u00fcller paid \u20ac750 million."


def test_cp1252_fallback_is_flagged() -> None:
    article = parse_article("date 2020-01-01\nCosts \u20ac5 \u2013 caf\u00e9".encode("cp1252"), "a.txt", TODAY)
    assert article.encoding == "cp1252"
    assert "cp1252_fallback" in article.flags
    assert article.body == "Costs \u20ac5 \u2013 caf\u00e9"


def test_sha256_is_of_the_raw_bytes() -> None:
    import hashlib

    raw = SEED.read_bytes()
    assert parse_article(raw, "s.txt", TODAY).sha256 == hashlib.sha256(raw).hexdigest()
