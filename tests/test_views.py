"""The analysis views on the shipped sample, loaded by a real flow run: the questions the README answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import query, run, write_article

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from tests.conftest import SAMPLE_INBOX, settle

    inbox = tmp_path_factory.mktemp("views") / "inbox"
    shutil.copytree(SAMPLE_INBOX, inbox)
    for path in inbox.iterdir():
        settle(path)
    write_article(
        inbox,
        "fined.txt",
        "date 2024-03-01\nMeta was fined €1.2 billion by the Irish regulator. Meta and the regulator met in Dublin.\n",
    )
    db = inbox.parent / "warehouse.duckdb"
    run(inbox, db)
    return db


def test_which_countries_gave_north_korea_money(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select payer, payer_country, amount, currency_code, when_date, when_granularity from mart_money_flows "
        "where recipient = 'North Korea' order by when_date",
    )
    assert rows == [
        ("India", "IN", Decimal(1_000_000), "USD", dt.date(2011, 1, 1), "year"),
        ("India", "IN", Decimal(1_000_000), "USD", dt.date(2020, 7, 24), "day"),
    ]


def test_bridge_links_only_loaded_mentions(warehouse: Path) -> None:
    orphans = query(
        warehouse,
        "select count(*) from fact_money_entity p left join fact_money_mention m "
        "on m.article_id = p.article_id and m.start_char = p.money_start_char "
        "left join fact_entity_mention e on e.article_id = p.article_id and e.start_char = p.entity_start_char "
        "and e.entity_key = p.entity_key where m.article_id is null or e.article_id is null",
    )
    assert orphans == [(0,)]
    roles = dict(query(warehouse, "select role, count(*) from fact_money_entity group by 1"))
    assert set(roles) == {"payer", "recipient", "other"}


def test_top_entities_by_money(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select canonical_name, money_mentions, total_amount, paid, received from mart_top_entities_by_money "
        "where currency_code = 'EUR' and canonical_name in ('Meta', 'Italy', 'European Commission') order by 1",
    )
    assert rows == [
        ("European Commission", 1, Decimal(750_000_000_000), Decimal(750_000_000_000), Decimal(0)),
        ("Italy", 3, Decimal(1_011_000_000_000), Decimal(0), Decimal(191_500_000_000)),
        ("Meta", 1, Decimal(1_200_000_000), Decimal(1_200_000_000), Decimal(0)),
    ]


def test_money_by_country_and_year_counts_each_amount_once_per_country(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select country_code, currency_code, year, money_mentions, total_amount, paid, received "
        "from mart_money_by_country_year where country_code in ('IN', 'KP') order by 1, 2",
    )
    # the seed names India and New Delhi (both IN) around its amounts: still 3 amounts, $3 million
    assert rows == [
        ("IN", "INR", 2022, 1, Decimal(39_450_000_000_000), Decimal(0), Decimal(0)),
        ("IN", "USD", 2020, 3, Decimal(3_000_000), Decimal(3_000_000), Decimal(0)),
        ("KP", "USD", 2020, 3, Decimal(3_000_000), Decimal(0), Decimal(2_000_000)),
    ]


def test_entity_cooccurrence(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select entity_a, entity_b, sentences, articles from mart_entity_cooccurrence "
        "where 'Meta' in (entity_a, entity_b) or (entity_a = 'India' and entity_b = 'North Korea')",
    )
    # pairs in key order (LABEL:name), each once; sentences counted once however often a name repeats
    assert rows == [("India", "North Korea", 5, 1), ("Dublin", "Meta", 1, 1), ("Irish", "Meta", 1, 1)]


def test_top_entities_and_mentions_by_month_still_answer(warehouse: Path) -> None:
    top = query(warehouse, "select canonical_name, mentions from mart_top_entities limit 1")
    assert top == [("North Korea", 11)]
    months = query(warehouse, "select month, articles from mart_mentions_by_month where year = 2020")
    assert months == [(dt.date(2020, 7, 1), 1)]
