"""news_etl/quality.py: real Great Expectations validation of staged rows, and the rows that depend on a refused one."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from news_etl.config import Settings
from news_etl.contracts import CONTRACTS, TABLES
from news_etl.pipeline import aliases_for, validator_for
from news_etl.quality import ValidatedBatch
from news_etl.staging import StagedBatch, stage_extractions
from transforms.articles import parse_article
from transforms.extract import extract_articles
from transforms.records import ArticleExtraction

pytestmark = pytest.mark.slow  # the spaCy model and a Great Expectations context

TODAY = dt.date(2026, 1, 1)
#: One sentence with an amount DECIMAL(38,4) cannot hold exactly (refused) and a good one.
TINY = "date 2024-03-01\nThe exchange charged $0.00001 per trade, and Nasdaq paid $2 million to Citadel in Chicago.\n"
OTHER = "date 2024-03-02\nAcme paid $3 million to Globex in Boston on Monday.\n"


def _staged(nlp, texts: dict[str, str]) -> StagedBatch:
    settings = Settings()
    articles = [parse_article(text.encode("utf-8"), name, TODAY) for name, text in texts.items()]
    results = extract_articles(
        nlp, articles, settings.entity_labels, settings.nlp_batch_size, aliases_for(settings.entity_aliases_file)
    )
    assert all(isinstance(r, ArticleExtraction) for r in results)
    return stage_extractions([r for r in results if isinstance(r, ArticleExtraction)])


def _validate(staged: StagedBatch) -> ValidatedBatch:
    return validator_for(Settings().entity_labels).validate(staged, TODAY, docs_prefix=None)


def _quarantined(validated: ValidatedBatch, table: str, reason: str) -> list[dict]:
    return [q for q in validated.quarantine if q["table_name"] == table and q["reason"] == reason]


def _every_staged_row_is_kept_or_quarantined(staged: StagedBatch, validated: ValidatedBatch) -> None:
    for table in TABLES:
        kept = len(validated.staged.frames[table])
        refused = len([q for q in validated.quarantine if q["table_name"] == table])
        assert kept + refused == len(staged.frames[table]), table


def _loaded_keys_have_their_parents(validated: ValidatedBatch) -> None:
    frames = validated.staged.frames
    for table in TABLES:
        for parent in CONTRACTS[table].parents:
            present = set(zip(*(frames[parent.table][c] for c in parent.parent_columns), strict=True))
            assert set(zip(*(frames[table][c] for c in parent.columns), strict=True)) <= present, (table, parent)


def test_links_events_and_bridge_rows_of_a_refused_amount_are_quarantined_with_it(nlp) -> None:
    staged = _staged(nlp, {"tiny.txt": TINY})
    validated = _validate(staged)
    (mention,) = _quarantined(validated, "fact_money_mention", "expectation_failed")
    refused_start = json.loads(mention["detail"])["start_char"]
    links = _quarantined(validated, "fact_money_entity", "parent_refused")
    assert links, validated.quarantine  # the refused amount's links to Nasdaq, Citadel, Chicago
    for link in links:
        detail = json.loads(link["detail"])
        assert detail["row"]["money_start_char"] == refused_start
        assert detail["parent"] == {
            "table": "fact_money_mention",
            "start_char": refused_start,
            "reason": "expectation_failed",
            "expectation": mention["expectation"],
        }
        assert (link["path"], link["sha256"], link["expectation"]) == ("tiny.txt", mention["sha256"], None)
    (bridge,) = _quarantined(validated, "fact_money_event_mention", "parent_refused")
    assert json.loads(bridge["detail"])["parent"]["start_char"] == refused_start
    kept_links = validated.staged.frames["fact_money_entity"]
    assert len(kept_links) > 0 and refused_start not in set(kept_links["money_start_char"].astype(str))
    _every_staged_row_is_kept_or_quarantined(staged, validated)
    _loaded_keys_have_their_parents(validated)


def test_rows_of_a_refused_article_are_quarantined_with_it(nlp) -> None:
    staged = _staged(nlp, {"bad.txt": OTHER, "good.txt": TINY.replace("$0.00001", "$1")})
    articles = staged.frames["dim_article"]
    articles.loc[articles["path"] == "bad.txt", "encoding"] = "ebcdic"  # outside the suite's set
    validated = _validate(staged)
    (article,) = _quarantined(validated, "dim_article", "expectation_failed")
    assert article["path"] == "bad.txt"
    for table in TABLES[1:]:
        frame = staged.frames[table]
        refused = _quarantined(validated, table, "parent_refused")
        assert len(refused) == int((frame["doc_index"] == 0).sum()), table
        for row in refused:
            parent = json.loads(row["detail"])["parent"]
            assert parent == {
                "table": "dim_article",
                "reason": "expectation_failed",
                "expectation": article["expectation"],
            }
            assert row["path"] == "bad.txt"
        kept = validated.staged.frames[table]
        assert set(kept["doc_index"]) <= {1} and len(kept) == int((frame["doc_index"] == 1).sum()), table
    assert len(staged.frames["fact_money_entity"]) > 0  # the case is not empty
    _every_staged_row_is_kept_or_quarantined(staged, validated)
    _loaded_keys_have_their_parents(validated)
