"""Datelines: the filing place is a GPE entity and the article's `dateline_place` (transforms/datelines.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import query, run, write_article
from transforms.articles import Article
from transforms.datelines import find_dateline
from transforms.extract import extract_articles
from transforms.records import ArticleExtraction


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("CRICKET - HOSTS WIN .\nSIALKOT , Pakistan 1996-09-01\nPakistan won.", "Sialkot"),
        ("LONDON 1996-11-20\nResults of matches.", "London"),
        ("AL-AIN , United Arab Emirates 1996-12-06\nJapan won.", "Al-Ain"),
        ("NEW YORK, Dec 7 (Reuters) - Shares fell.", "New York"),
        ("WASHINGTON (AP) — The Senate voted.", "Washington"),
        ("WASHINGTON, D.C. — The Senate voted.", "Washington"),
    ],
)
def test_dateline_forms(text: str, place: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.place == place
    assert text[found.start : found.end].casefold() == place.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "SOCCER - JAPAN GET LUCKY WIN .\nJapan won on Friday.",  # a headline's topic dash is no dateline
        "U.S. - China talks resume\nThe talks resumed.",
        "NATO - the alliance said on Monday.",
        "One\nTwo\nThree\nLONDON 1996-11-20",  # past the first three lines
        "Statement from the President\n\nToday I signed the bill - at last.",
    ],
)
def test_lines_that_are_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_the_dateline_place_is_an_entity_whatever_the_model_reads(nlp) -> None:
    body = "CRICKET - PAKISTAN BEAT ZIMBABWE .\nSIALKOT , Pakistan 1996-09-01\nPakistan beat Zimbabwe on Sunday .\n"
    article = Article("x.txt", "0" * 64, dt.date(1996, 9, 2), body, "utf-8")
    (ex,) = extract_articles(nlp, [article])
    assert isinstance(ex, ArticleExtraction)
    assert ex.dateline_place == "Sialkot"
    at = body.index("SIALKOT")
    (place,) = [e for e in ex.entities if e.start == at]
    assert (place.end, place.label, place.canonical, place.country_code) == (at + 7, "GPE", "Sialkot", "PK")


@pytest.mark.slow
def test_dim_article_records_the_dateline_place(tmp_path: Path, prefect_harness: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_article(inbox, "filed.txt", "date 1996-11-20\nLEAGUE RESULTS\nLONDON 1996-11-20\nArsenal won again .\n")
    write_article(inbox, "plain.txt", "date 2024-01-02\nA statement\nThe President spoke on Tuesday.\n")
    db = tmp_path / "w.duckdb"
    run(inbox, db)
    rows = query(db, "select path, dateline_place from dim_article order by path")
    assert [(Path(p).name, d) for p, d in rows] == [("filed.txt", "London"), ("plain.txt", None)]
