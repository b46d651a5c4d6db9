"""Impossible amounts are refused, not summed: place codes are no scale, and the plausible-amount bounds
quarantine what a mart must never add up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from news_etl.fx import usd_value
from news_etl.quality import MAX_AMOUNT_USD
from tests.conftest import query, run, write_article
from transforms.money import find_money

STATE_TABLE = (
    "Recipient Name Initial disbursement SD South Dakota $1,386,014 TN Tennessee $4,651,811 "
    "MN Minnesota $3,998,300 TX Texas $15,555,044\n"
)
STATE_AMOUNTS = [Decimal(1_386_014), Decimal(4_651_811), Decimal(3_998_300), Decimal(15_555_044)]


def test_a_state_table_is_read_as_its_figures() -> None:
    assert [m.amount for m in find_money(STATE_TABLE)] == STATE_AMOUNTS
    assert [m.amount for m in find_money("$48,066,707 TN $7,383,933 TX $2,000 MN")] == [48_066_707, 7_383_933, 2000]
    assert [m.amount for m in find_money("$2,174,709 LAC Los Angeles County $238,701.00 LAC COURTE")] == [
        2_174_709,
        238_701,
    ]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("debt of $1.2 TN in bonds", Decimal("1.2E12")),  # a decimal figure in running text keeps its scale
        ("$1.2TN", Decimal("1.2E12")),  # glued
        ("US$5BN", Decimal("5E9")),
        ("$1.2 tn", Decimal("1.2E12")),  # not in capitals
        ("£3tn", Decimal("3E12")),
        ("$5 BN deal", Decimal("5E9")),  # a whole figure of three digits or fewer takes the scale
        ("$5 MM fund", Decimal("5E6")),
        ("$5000 BN deal", Decimal(5000)),  # four digits and more: BN is Brunei
        ("$1.5 TN Tennessee", Decimal("1.5")),  # a table cell follows
        ("$2.5 MN $3.1 NC", Decimal("2.5")),
        ("$5 quadrillion", Decimal("5E15")),  # read as written, refused by the bound
    ],
)
def test_capital_place_codes_are_scales_only_where_the_figure_says_so(text: str, amount: Decimal) -> None:
    assert find_money(text)[0].amount == amount


def test_usd_value_prices_as_the_marts_do() -> None:
    assert usd_value(Decimal("5E15"), "USD", None) == Decimal("5E15")  # USD needs no rate
    # 2024-03-01 (a Friday): the ECB rate of that day, 1.0813 USD per euro
    assert usd_value(Decimal(100), "EUR", dt.date(2024, 3, 1)) == Decimal("108.13")
    assert usd_value(Decimal(100), "EUR", dt.date(2024, 3, 3)) == Decimal("108.13")  # Sunday: Friday's rate
    assert usd_value(Decimal(100), "EUR", None) is None
    assert usd_value(Decimal(100), "EUR", dt.date(1990, 1, 1)) is None  # before the ECB's first day
    assert usd_value(Decimal(100), "KPW", dt.date(2024, 3, 1)) is None  # a currency the ECB does not quote


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_impossible_amounts_are_quarantined_and_state_tables_load(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = tmp_path / "warehouse.duckdb"
    write_article(inbox, "states.txt", "date 2021-06-01\nThe department announced disbursements.\n" + STATE_TABLE)
    write_article(
        inbox,
        "impossible.txt",
        "date 2024-03-01\nA spreadsheet claimed the fund lost $5 quadrillion.\n"
        "The Commission listed €95 trillion of aid.\n"
        "The stock traded at $45 million a share.\n"
        "Nasdaq paid $2 million to Citadel in Chicago.\n",
    )
    summary = run(inbox, db)
    assert summary["files_new"] == 2
    refused = query(
        db,
        "select table_name, reason, expectation, detail from quarantine where path = 'impossible.txt' "
        "order by table_name, detail",
    )
    by_table: dict[str, list[tuple[str, str, str]]] = {}
    for table, reason, expectation, detail in refused:
        by_table.setdefault(table, []).append((reason, expectation, detail))
    # $5 quadrillion, and €95 trillion (above $100 trillion in USD), and $45 million a share: each refused as
    # its mention row, and its event row refused with it (parent_refused, naming the mention's expectation)
    bound = "expect_column_values_to_be_between(amount_high_usd)"
    mentions, events = by_table["fact_money_mention"], by_table["fact_money_event"]
    assert len(mentions) == 3 and {r[0] for r in mentions} == {"expectation_failed"}
    assert sum(r[1] == bound for r in mentions) == 2
    assert sum(r[1] == f'{bound} where per=="share"' for r in mentions) == 1
    assert any('"amount_high_usd": "5000000000000000"' in r[2] for r in mentions)
    assert any('"currency_code": "EUR"' in r[2] for r in mentions)
    assert len(events) == 3 and {r[0] for r in events} == {"parent_refused"}
    assert all('"table": "fact_money_mention"' in r[2] and bound in r[2] for r in events)
    marts = query(db, "select amount, currency_code, amount_usd from mart_money_events order by amount")
    assert max(usd for _, _, usd in marts) <= MAX_AMOUNT_USD
    assert [(a, c) for a, c, _ in marts] == sorted([(a, "USD") for a in STATE_AMOUNTS] + [(Decimal(2_000_000), "USD")])
    states = query(
        db,
        "select m.amount from fact_money_mention m join dim_article a using (article_id) "
        "where a.path = 'states.txt' order by m.start_char",
    )
    assert [a for (a,) in states] == STATE_AMOUNTS
