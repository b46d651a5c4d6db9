"""Results and standings tables (transforms/scorelines.py) and their teams in the extraction."""

from __future__ import annotations

import datetime as dt

from transforms.articles import Article
from transforms.entities import given_names
from transforms.extract import extract_articles
from transforms.places import country_name
from transforms.records import ArticleExtraction
from transforms.scorelines import teams

LEAGUE = (
    "Results of English league matches on Wednesday :\n"
    "Arsenal 3 Leicester 1\n"
    "Manchester United 1 Liverpool 0 ( halftime 1-0 )\n"
    "Japan 2 Syria 1\n"
    "Standings :\n"
    "Bolton 6 3 2 1 10 6 11\n"
)


def _is_country(name: str) -> bool:
    return country_name(name) is not None


def _is_given_name(word: str) -> bool:
    return word.lower() in given_names()


def test_results_and_standings_lines_name_teams() -> None:
    found = [(LEAGUE[t.start : t.end], t.label) for t in teams(LEAGUE, _is_country, _is_given_name)]
    assert found == [
        ("Arsenal", "ORG"),
        ("Leicester", "ORG"),  # a club, though a city of that name exists
        ("Manchester United", "ORG"),
        ("Liverpool", "ORG"),
        ("Japan", "GPE"),  # a national team is its country
        ("Syria", "GPE"),
        ("Bolton", "ORG"),
    ]


def test_one_line_of_numbers_is_no_table() -> None:
    assert teams("See Title 42 Section 3 of the code.\nTitle 42 Section 3\n", _is_country, _is_given_name) == []


def test_a_leaderboard_names_players() -> None:
    board = "Leaders after the third round :\nNick Faldo 71 70 66 69\nJohn Daly 70 68 67 68\n"
    found = [(board[t.start : t.end], t.label) for t in teams(board, _is_country, _is_given_name)]
    assert found == [("Nick Faldo", "PERSON"), ("John Daly", "PERSON")]  # given names: players


def test_the_extraction_keeps_the_players_of_a_leaderboard(nlp) -> None:
    board = "Leaders after the third round :\nColin Montgomerie 69 70 65 66\nNick Faldo 71 70 66 69\n"
    (ex,) = extract_articles(nlp, [Article("g.txt", "0" * 64, dt.date(1996, 8, 2), board, "utf-8")])
    assert isinstance(ex, ArticleExtraction)
    people = {e.text for e in ex.entities if e.label == "PERSON"}
    assert {"Colin Montgomerie", "Nick Faldo"} <= people  # "Colin" is in no name list: the model says person


def test_the_extraction_reads_a_table_as_teams(nlp) -> None:
    body = "SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-11-20\n" + LEAGUE
    article = Article("l.txt", "0" * 64, dt.date(1996, 11, 20), body, "utf-8")
    (ex,) = extract_articles(nlp, [article])
    assert isinstance(ex, ArticleExtraction)
    found = [(e.text, e.label) for e in ex.entities]
    for team in ("Arsenal", "Leicester", "Manchester United", "Liverpool", "Bolton"):
        assert (team, "ORG") in found
    assert ("Japan", "GPE") in found and ("Syria", "GPE") in found and ("LONDON", "GPE") in found


def test_teams_respect_the_entity_labels_setting(nlp) -> None:
    article = Article("l.txt", "0" * 64, dt.date(1996, 11, 20), LEAGUE, "utf-8")
    (ex,) = extract_articles(nlp, [article], labels=("PERSON", "GPE"))
    assert isinstance(ex, ArticleExtraction)
    assert {e.label for e in ex.entities} <= {"PERSON", "GPE"}
    assert ("Japan", "GPE") in [(e.text, e.label) for e in ex.entities]
