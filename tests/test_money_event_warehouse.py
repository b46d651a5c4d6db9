"""Warehouse-wide money events on a real warehouse loaded by real flow runs: one transfer reported by two
articles is one dim_money_event, two awards of one amount to different recipients are two, conversions are
attributes of their event, and a later article's link is recorded with its reason."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import query, run, write_article

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inbox = tmp_path_factory.mktemp("money_events") / "inbox"
    inbox.mkdir()
    write_article(
        inbox,
        "fund-a.txt",
        "date 2023-04-21\nThe Environmental Protection Agency released details of the $27 billion Greenhouse Gas "
        "Reduction Fund on Friday.\n\nThe Department of Commerce awarded $1 billion to Texas for broadband.\n",
    )
    write_article(
        inbox,
        "fund-b.txt",
        "date 2023-07-27\nThe EPA opened the $27.0 billion Greenhouse Gas Reduction Fund to applicants.\n\n"
        "The Department of Commerce awarded $1 billion to Ohio for broadband.\n",
    )
    write_article(
        inbox,
        "fine.txt",
        "date 2023-05-22\nMeta was fined 1.2bn euros ($1.3bn; £1bn) by the Irish Data Protection Commission.\n",
    )
    write_article(inbox, "deal-a.txt", "date 2023-05-22\nSiemens agreed to buy Acme Robotics for €1.2 billion.\n")
    write_article(inbox, "deal-b.txt", "date 2023-05-23\nSiemens paid about $1.3 billion for Acme Robotics.\n")
    write_article(inbox, "relief-a.txt", "date 2023-03-01\nThe town received a $5 million lifeline.\n")
    write_article(
        inbox, "relief-b.txt", "date 2023-03-09\nA $5 million lifeline, the mayor said, kept the port open.\n"
    )
    db = inbox.parent / "warehouse.duckdb"
    run(inbox, db)
    return db


def test_one_fund_reported_by_two_articles_is_one_warehouse_event(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select count(distinct money_event_key), max(reported_in_articles), min(first_reported), "
        "max(last_reported) from mart_money_events where amount = 27000000000",
    )
    assert [tuple(map(str, r)) for r in rows] == [("1", "2", "2023-04-21", "2023-07-27")]
    ((reason,),) = query(
        warehouse, "select reason from money_event_link where linked_to is not null and reason like '%27000000000%'"
    )
    assert reason.startswith("same amount 27000000000 USD, purpose ORG:greenhouse gas reduction fund")
    ((total, events),) = query(
        warehouse, "select total_amount, events from mart_money_by_purpose where purpose like 'Greenhouse%'"
    )
    assert (total, events) == (Decimal(27_000_000_000), 1)


def test_two_awards_of_one_amount_to_different_recipients_stay_apart(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select count(distinct money_event_key), max(reported_in_articles) from mart_money_events "
        "where amount = 1000000000",
    )
    assert rows == [(2, 1)]


def test_a_conversion_is_an_attribute_of_its_event_and_never_summed(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select amount, currency_code from fact_money_event e join dim_article a using (article_id) "
        "where a.path like '%fine.txt'",
    )
    assert rows == [(Decimal(1_200_000_000), "EUR")]
    conversions = query(warehouse, "select currency_code, amount, surface_text from fact_money_conversion order by 1")
    assert conversions == [("GBP", Decimal(1_000_000_000), "£1bn"), ("USD", Decimal(1_300_000_000), "$1.3bn")]
    ((usd_events,),) = query(
        warehouse, "select coalesce(sum(events), 0) from mart_money_by_currency_year where currency_code = 'GBP'"
    )
    assert usd_events == 0


def test_one_acquisition_in_two_currencies_and_roundings_is_one_warehouse_event(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select w.amount, w.currency_code, w.reported_in_articles from int_money_event_warehouse w "
        "where w.payer = 'Siemens'",
    )
    assert rows == [(Decimal(1_200_000_000), "EUR", 2)]


def test_the_warehouse_totals_count_each_transfer_once(warehouse: Path) -> None:
    ((usd,),) = query(
        warehouse, "select sum(total_amount) from mart_money_by_currency_year where currency_code = 'USD'"
    )
    assert usd == Decimal(29_010_000_000)  # the fund once, two awards, two unrelated lifelines


def test_a_doubtful_pair_is_listed_with_the_line_to_paste(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from news_etl.cli import main

    assert main(["money-events", "--db", str(warehouse)]) == 0
    out = capsys.readouterr().out
    assert "only the purpose phrase 'lifeline' in common" in out
    start_a = len("The town received a ")
    assert (
        f"same,relief-b.txt,2,relief-a.txt,{start_a}," in out or f"same,relief-a.txt,{start_a},relief-b.txt,2," in out
    )


def test_a_later_article_is_linked_in_its_own_batch(warehouse: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "again.duckdb"
    shutil.copy(warehouse, db)
    inbox = tmp_path / "later"
    inbox.mkdir()
    write_article(
        inbox,
        "fund-c.txt",
        "date 2024-05-30\nThe Environmental Protection Agency is implementing the $27 billion Greenhouse Gas "
        "Reduction Fund.\n",
    )
    run(inbox, db)
    rows = query(db, "select count(distinct money_event_key), max(reported_in_articles) from mart_money_events "
                 "where amount = 27000000000")  # fmt: skip
    assert rows == [(1, 3)]


def test_relinking_the_whole_warehouse_finds_the_same_events(
    warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from news_etl.cli import main

    db = tmp_path / "relinked.duckdb"
    shutil.copy(warehouse, db)
    events = "select article_id, event_index, money_event_key from fact_money_event order by 1, 2"
    assert main(["money-events", "--db", str(db), "--relink"]) == 0
    assert "re-evaluated the links of 9 money events" in capsys.readouterr().out
    assert query(db, events) == query(warehouse, events)
