"""The analysis views on the shipped sample, loaded by a real flow run: the questions the README answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import query, run, write_article

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]


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
    write_article(
        inbox,
        "wind.txt",
        "date 2021-03-15\n"
        "Siemens Energy agreed on Sunday to sell its Spanish wind unit to Iberdrola for €2.5 billion.\n",
    )
    write_article(
        inbox,
        "loan.txt",
        "date 2015-06-03\nPakistan is asking for about $300 million from the World Bank.\n",
    )
    write_article(
        inbox,
        "insulin.txt",
        "date 2024-05-02\n"
        "Under the new law, patients pay $0 out of pocket for vaccines, and insulin costs $35 a month.\n",
    )
    db = inbox.parent / "warehouse.duckdb"
    run(inbox, db)
    return db


def test_seed_reports_three_transfers_from_india_to_north_korea(warehouse: Path) -> None:
    """Restatements are one event; "$1 million each in 2011 and 2016" is one event per year."""
    rows = query(
        warehouse,
        "select count(*), sum(amount), list(year(event_date) order by event_date) from mart_money_events "
        "where payer = 'India' and recipient = 'North Korea'",
    )
    assert rows == [(3, Decimal(3_000_000), [2011, 2016, 2020])]
    mentions = query(
        warehouse,
        "select event_date, mention_count from mart_money_events where recipient = 'North Korea' order by 1",
    )
    assert mentions == [(dt.date(2011, 1, 1), 1), (dt.date(2016, 1, 1), 1), (dt.date(2020, 7, 24), 2)]


def test_which_countries_gave_north_korea_money(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select payer, payer_country, amount, currency_code, when_date, when_granularity from mart_money_flows "
        "where recipient = 'North Korea' order by when_date",
    )
    assert rows == [
        ("India", "IN", Decimal(1_000_000), "USD", dt.date(2011, 1, 1), "year"),
        ("India", "IN", Decimal(1_000_000), "USD", dt.date(2016, 1, 1), "year"),
        ("India", "IN", Decimal(1_000_000), "USD", dt.date(2020, 7, 24), "day"),
    ]


def test_sale_is_priced_in_usd_at_the_ecb_rate_of_its_day(warehouse: Path) -> None:
    """Sunday 2021-03-14 → the ECB rate of Friday 2021-03-12, 1.1933 USD per EUR."""
    rows = query(
        warehouse,
        "select payer, recipient, amount, currency_code, event_date, fx_rate_date, amount_usd, amount_eur "
        "from mart_money_events where currency_code = 'EUR' and amount = 2500000000",
    )
    assert rows == [
        (
            "Iberdrola",
            "Siemens Energy",
            Decimal(2_500_000_000),
            "EUR",
            dt.date(2021, 3, 14),
            dt.date(2021, 3, 12),
            Decimal("2983250000"),
            Decimal(2_500_000_000),
        )
    ]
    assert query(
        warehouse, "select units_per_eur from dim_fx_rate where currency_code = 'USD' and rate_date = '2021-03-12'"
    ) == [(Decimal("1.1933"),)]


def test_staging_prices_every_event_as_the_view_does(warehouse: Path) -> None:
    """The plausible-amount bound (news_etl/quality.py) checks the USD value the marts show."""
    from news_etl.fx import priced_on, usd_value

    rows = query(
        warehouse,
        "select amount, currency_code, event_date, event_date_granularity, published_date, amount_usd "
        "from int_money_event",
    )
    assert {currency for _, currency, *_ in rows} >= {"USD", "EUR", "NGN"}
    for amount, currency, event_date, granularity, published, amount_usd in rows:
        assert usd_value(amount, currency, priced_on(event_date, granularity, published)) == amount_usd


def test_no_rate_is_null_with_a_reason(warehouse: Path) -> None:
    rows = query(
        warehouse, "select currency_code, amount_usd, fx_note from mart_money_events where currency_code = 'NGN'"
    )
    assert rows == [("NGN", None, "the ECB publishes no reference rate for NGN")]


def test_a_request_is_an_event_with_its_parties_flagged_as_not_transferred(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select amount, payer, recipient, is_request from mart_money_events e join dim_article a using (article_id) "
        "where a.path in ('loan.txt', 'wind.txt') order by amount",
    )
    assert rows == [
        (Decimal(300_000_000), "World Bank", "Pakistan", True),
        (Decimal(2_500_000_000), "Iberdrola", "Siemens Energy", False),
    ]


def test_zero_loads_and_rates_stay_out_of_totals(warehouse: Path) -> None:
    events = query(
        warehouse,
        "select amount, is_rate, per from mart_money_events e join dim_article a using (article_id) "
        "where a.path = 'insulin.txt' order by amount",
    )
    assert events == [(Decimal(0), False, None), (Decimal(35), True, "month")]
    assert query(warehouse, "select count(*) from quarantine where path = 'insulin.txt'") == [(0,)]
    totals = query(
        warehouse,
        "select events, total_amount, total_usd from mart_money_by_currency_year "
        "where currency_code = 'USD' and year = 2024",
    )
    # the sample's $500 million (2024-09-20) and the $0: the $35 a month is a rate and stays out
    assert totals == [(2, Decimal(500_000_000), Decimal(500_000_000))]


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
        "select canonical_name, events, total_amount, paid, received from mart_top_entities_by_money "
        "where currency_code = 'EUR' and canonical_name in ('Meta', 'Italy', 'European Commission', 'Brussels') "
        "order by 1",
    )
    # "Brussels approves €750 billion recovery plan": approving is not paying (no role), as a headline it is
    # not merged with the Commission's payments either (no party in common)
    assert rows == [
        ("Brussels", 1, Decimal(750_000_000_000), Decimal(0), Decimal(0)),
        ("European Commission", 1, Decimal(750_000_000_000), Decimal(750_000_000_000), Decimal(0)),
        ("Italy", 3, Decimal(1_011_000_000_000), Decimal(0), Decimal(191_500_000_000)),
        ("Meta", 1, Decimal(1_200_000_000), Decimal(1_200_000_000), Decimal(0)),
    ]


def test_money_by_country_and_year_counts_each_event_once_per_country(warehouse: Path) -> None:
    rows = query(
        warehouse,
        "select country_code, currency_code, year, events, total_amount, paid, received "
        "from mart_money_by_country_year where country_code in ('IN', 'KP') order by 1, 2, 3",
    )
    # the seed names India and New Delhi (both IN) around its amounts: each transfer once, in its own year;
    # the budget's headline and body state one ₹39.45 lakh crore
    usd = [(year, 1, Decimal(1_000_000)) for year in (2011, 2016, 2020)]
    assert rows == [
        ("IN", "INR", 2022, 1, Decimal(39_450_000_000_000), Decimal(0), Decimal(0)),
        *[("IN", "USD", y, n, amount, amount, Decimal(0)) for y, n, amount in usd],
        *[("KP", "USD", y, n, amount, Decimal(0), amount) for y, n, amount in usd],
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
