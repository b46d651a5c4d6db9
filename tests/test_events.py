"""Money events from mentions, parties and dates: the merge and split rules of transforms/events.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from transforms.events import DatedPhrase, is_rate, money_events
from transforms.money import MoneyMention
from transforms.vocab import Per

PUBLISHED = dt.date(2020, 7, 25)


def mention(start: int, sentence: int, amount: int = 1_000_000, per: Per | None = None) -> MoneyMention:
    value = Decimal(amount)
    return MoneyMention("$1 million", start, start + 10, value, value, value, "USD", False, None, per, sentence)


def day(sentence: int, start: int, value: dt.date) -> DatedPhrase:
    return DatedPhrase(sentence, start, value, "day")


def year(sentence: int, start: int, value: int) -> DatedPhrase:
    return DatedPhrase(sentence, start, dt.date(value, 1, 1), "year")


def test_a_restatement_is_one_event_dated_by_the_mention_that_dates_it() -> None:
    money = [mention(50, 0), mention(400, 2)]
    parties = [(0, "GPE:india", "payer"), (0, "GPE:north korea", "recipient"), (1, "GPE:india", "payer")]
    (event,) = money_events(money, parties, [day(0, 9, dt.date(2020, 7, 24))], PUBLISHED)
    assert (event.money_indices, event.payer, event.recipient) == ((0, 1), "GPE:india", "GPE:north korea")
    assert (event.event_date, event.date_granularity, event.date_source) == (dt.date(2020, 7, 24), "day", "text")


def test_a_distributive_amount_is_one_event_per_date() -> None:
    money = [mention(1100, 4, per="each")]
    parties = [(0, "GPE:india", "payer")]
    events = money_events(money, parties, [year(4, 1126, 2011), year(4, 1135, 2016)], PUBLISHED)
    assert [(e.event_date, e.money_indices, e.is_rate) for e in events] == [
        (dt.date(2011, 1, 1), (0,), False),
        (dt.date(2016, 1, 1), (0,), False),
    ]


def test_the_same_figure_on_two_dates_is_two_events() -> None:
    money = [mention(10, 0), mention(200, 1)]
    parties = [(0, "GPE:india", "payer"), (1, "GPE:india", "payer")]
    dates = [year(0, 30, 2011), year(1, 220, 2016)]
    assert len(money_events(money, parties, dates, PUBLISHED)) == 2


def test_no_shared_party_no_merge_but_unattributed_figures_with_a_shared_name_merge() -> None:
    money = [mention(10, 0), mention(200, 1)]
    conflicting = [(0, "GPE:india", "payer"), (1, "GPE:china", "payer")]
    assert len(money_events(money, conflicting, [], PUBLISHED)) == 2
    strangers = [(0, "PERSON:sitharaman", "other"), (1, "GPE:kenya", "other")]
    assert len(money_events(money, strangers, [], PUBLISHED)) == 2
    same_name = [(0, "PERSON:nirmala sitharaman", "other"), (1, "PERSON:nirmala sitharaman", "other")]
    (event,) = money_events(money, same_name, [], PUBLISHED)
    assert (event.money_indices, event.event_date, event.date_source) == ((0, 1), PUBLISHED, "published")


def test_different_amounts_or_rates_never_merge() -> None:
    money = [mention(10, 0), mention(200, 1, amount=2_000_000), mention(300, 2, per="month")]
    parties = [(i, "GPE:india", "payer") for i in range(3)]
    assert len(money_events(money, parties, [], PUBLISHED)) == 3


def test_the_nearest_dated_phrase_dates_an_amount() -> None:
    """ "Ridgeline, founded in 2016, raised US$85 million from Sequoia last year" → last year."""
    money = [mention(80, 0)]
    (event,) = money_events(money, [], [year(0, 20, 2016), year(0, 110, 2022)], dt.date(2023, 6, 14))
    assert event.event_date == dt.date(2022, 1, 1)


def test_rates_are_per_unit_amounts_not_distributive_ones() -> None:
    assert [is_rate(p) for p in (None, "each", "month", "share", "person")] == [False, False, True, True, True]


def test_an_undated_article_has_undated_events() -> None:
    (event,) = money_events([mention(10, 0)], [], [], None)
    assert (event.event_date, event.date_granularity, event.date_source) == (None, None, None)


def test_a_request_keeps_its_parties_and_is_flagged_until_a_transfer_restates_it() -> None:
    money = [mention(50, 0), mention(400, 2)]
    parties = [(0, "GPE:ruritania", "recipient"), (0, "ORG:world bank", "payer"), (1, "ORG:world bank", "payer")]
    (asked,) = money_events(money[:1], parties[:2], [], PUBLISHED, requested={0})
    assert (asked.is_request, asked.payer, asked.recipient) == (True, "ORG:world bank", "GPE:ruritania")
    (granted,) = money_events(money, parties, [], PUBLISHED, requested={0})
    assert granted.money_indices == (0, 1) and not granted.is_request
    (both_asked,) = money_events(money, parties, [], PUBLISHED, requested={0, 1})
    assert both_asked.is_request
