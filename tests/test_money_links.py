"""Conversions, purposes and cross-article links: the pure rules of transforms/conversions.py,
transforms/purpose.py and transforms/money_links.py, and how money events take conversions in."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from transforms.conversions import conversions
from transforms.events import money_events
from transforms.money import MoneyMention
from transforms.money_links import (
    CuratedLinks,
    Report,
    amounts_agree,
    curated_line,
    figure_blocks,
    parse_curated_links,
    plan_links,
    same_party,
    verdict,
)
from transforms.purpose import Purpose, PurposeEntity, purpose_of, purpose_phrase

PUBLISHED = dt.date(2023, 4, 1)


def figure(text: str, surface: str, amount: str, currency: str, sentence: int = 0) -> MoneyMention:
    start = text.index(surface)
    value = Decimal(amount)
    return MoneyMention(
        surface, start, start + len(surface), value, value, value, currency, False, None, None, sentence
    )


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "It paid 1.2bn euros ($1.6bn; £0.9bn) for it.",
            [("1.2bn euros", "1.2", "EUR"), ("$1.6bn", "1.6", "USD"), ("£0.9bn", "0.9", "GBP")],
        ),
        (
            "A fine of 250.5bn roubles ($8.9bn: £4.6bn).",
            [("250.5bn roubles", "250.5", "RUB"), ("$8.9bn", "8.9", "USD"), ("£4.6bn", "4.6", "GBP")],
        ),
        ("Sales of 600bn yen, equivalent to $5.5bn, rose.", [("600bn yen", "600", "JPY"), ("$5.5bn", "5.5", "USD")]),
        ("€2m (about $2.2m) was paid.", [("€2m", "2", "EUR"), ("$2.2m", "2.2", "USD")]),
    ],
)
def test_the_figures_after_an_original_in_brackets_or_equivalent_are_its_conversions(
    text: str, figures: list[tuple[str, str, str]]
) -> None:
    money = [figure(text, s, a, c) for s, a, c in figures]
    assert conversions(money, text) == {i: 0 for i in range(1, len(money))}


def test_two_amounts_in_one_currency_or_apart_are_no_conversion() -> None:
    text = "It paid $5m ($3m in cash) and later €2m to Acme, and $4m."
    money = [
        figure(text, "$5m", "5", "USD"),
        figure(text, "$3m", "3", "USD"),
        figure(text, "€2m", "2", "EUR"),
        figure(text, "$4m", "4", "USD"),
    ]
    assert conversions(money, text) == {}


def test_a_conversion_is_no_event_but_gives_the_event_its_roles() -> None:
    text = "Rosneft paid 250.5bn roubles ($8.9bn; £4.6bn) to the state."
    money = [
        figure(text, "250.5bn roubles", "250.5", "RUB"),
        figure(text, "$8.9bn", "8.9", "USD"),
        figure(text, "£4.6bn", "4.6", "GBP"),
    ]
    parties = [(2, "ORG:rosneft", "payer")]
    purposes = [None, Purpose(None, "fine"), None]
    (event,) = money_events(money, parties, [], PUBLISHED, conversions(money, text), purposes)
    assert (event.currency, event.amount, event.money_indices, event.conversions) == (
        "RUB",
        Decimal("250.5"),
        (0,),
        (1, 2),
    )
    assert (event.payer, event.purpose_phrase) == ("ORG:rosneft", "fine")


def test_a_purpose_entity_right_after_or_before_the_amount() -> None:
    text = "It added the $27 billion Greenhouse Gas Reduction Fund to the American Rescue Plan's $1.9 trillion."
    fund = PurposeEntity("ORG:greenhouse gas reduction fund", "ORG", text.index("Greenhouse"), text.index(" to the"))
    plan_start = text.index("American")
    plan = PurposeEntity("LAW:american rescue plan", "LAW", plan_start, plan_start + len("American Rescue Plan"))
    first = text.index("$27 billion")
    assert purpose_of(text, first, first + 11, [fund, plan]) == Purpose("ORG:greenhouse gas reduction fund", None)
    second = text.index("$1.9 trillion")
    assert purpose_of(text, second, second + 13, [fund, plan]) == Purpose("LAW:american rescue plan", None)


@pytest.mark.parametrize(
    ("following", "phrase"),
    [
        (" buyout of the firm", "buyout"),
        (" in broadband grants.", "broadband grant"),
        (" in funding", None),
        (" to Acme", None),
        (" awarded to", None),
        (" was paid", None),
    ],
)
def test_the_purpose_phrase_is_the_content_words_after_the_amount(following: str, phrase: str | None) -> None:
    assert purpose_phrase(following) == phrase


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("8870000000", "8900000000", True),
        ("250500000000", "251000000000", True),
        ("2000000000", "1960000000", True),
        ("2000000000", "1600000000", False),
        ("10000000000", "10000000", False),
        ("1000000", "1100000", False),
    ],
)
def test_amounts_agree_within_news_rounding(a: str, b: str, same: bool) -> None:
    assert amounts_agree(Decimal(a), Decimal(b)) is same


def report(article: int, amount: str = "1000000000", **kw: object) -> Report:
    value = Decimal(amount)
    defaults: dict = {
        "currency": "USD",
        "amount_usd": value,
        "per": None,
        "event_date": PUBLISHED,
        "granularity": "day",
        "locator": f"{article:05}.txt@10",
    }
    defaults.update(kw)
    return Report(f"{article}-0", article, value, value, **defaults)


def test_the_same_amount_alone_is_never_a_link() -> None:
    assert not verdict(report(1), report(2)).linked


def test_different_recipients_stay_apart_a_shared_purpose_links() -> None:
    fund = "LAW:bipartisan infrastructure law"
    a = report(1, payer="ORG:doe", recipient="GPE:texas", purpose_key=fund)
    b = report(2, payer="ORG:doe", recipient="GPE:ohio", purpose_key=fund)
    assert verdict(a, b).conflict
    c = report(3, purpose_key=fund, event_date=dt.date(2024, 9, 1))
    assert verdict(a, c).linked  # a programme restated a year later


def test_conversions_and_fx_link_across_currencies() -> None:
    deal = "ORG:acme"
    a = report(
        1, "1200000000", currency="EUR", amount_usd=None, recipient=deal, conversions=(("USD", Decimal("1600000000")),)
    )
    b = report(2, "1600000000", recipient=deal)
    assert verdict(a, b).linked
    c = report(3, "1210000000", currency="EUR", amount_usd=Decimal("1310000000"), recipient=deal)
    d = report(4, "1300000000", recipient=deal)
    assert verdict(c, d).linked


def test_text_dates_that_disagree_are_a_doubtful_pair() -> None:
    a = report(1, payer="ORG:nsf", own_date=True, event_date=dt.date(2021, 1, 1), granularity="year")
    b = report(2, payer="ORG:nsf", own_date=True, event_date=dt.date(2022, 1, 1), granularity="year")
    result = verdict(a, b)
    assert (result.linked, result.doubtful) == (False, True)


def test_plan_links_groups_and_keeps_conflicting_reports_apart() -> None:
    fund = "ORG:greenhouse gas reduction fund"
    reports = [
        report(1, "27000000000", purpose_key=fund),
        report(2, "27000000000", purpose_key=fund),
        report(3, "27000000000", purpose_key=fund, recipient="ORG:epa"),
        report(4, "1000000000", recipient="GPE:texas", purpose_key=fund),
        report(5, "1000000000", recipient="GPE:ohio", purpose_key=fund),
    ]
    links, _ = plan_links(reports)
    keys = {x.report_id: x.money_event_key for x in links}
    assert keys["1-0"] == keys["2-0"] == keys["3-0"] == "ME-1-0"
    assert len({keys["4-0"], keys["5-0"], keys["1-0"]}) == 3
    assert [x.reason for x in links if x.report_id == "2-0"] == [
        "same amount 27000000000 USD, purpose ORG:greenhouse gas reduction fund"
    ]


def test_a_later_report_settles_two_events_and_curated_lines_win() -> None:
    a = report(1, payer="ORG:treasury")
    b = report(2, purpose_key="ORG:ssbci")
    bridge = report(3, payer="ORG:treasury", purpose_key="ORG:ssbci")
    assert len({x.money_event_key for x in plan_links([a, b])[0]}) == 2
    assert len({x.money_event_key for x in plan_links([a, b, bridge])[0]}) == 1
    apart = parse_curated_links(
        "action,path,start_char,other_path,other_start_char,note\n"
        + curated_line("apart", a, bridge, "two payments")
        + "\n"
    )
    assert len({x.money_event_key for x in plan_links([a, b, bridge], apart)[0]}) == 2
    same = parse_curated_links(curated_line("same", report(6), report(7)))
    assert len({x.money_event_key for x in plan_links([report(6), report(7)], same)[0]}) == 1
    with pytest.raises(ValueError, match="line 1"):
        parse_curated_links("merge,a.txt,1\n")


def test_a_rate_and_an_amount_are_never_one_event() -> None:
    assert verdict(report(1, payer="ORG:x"), replace(report(2, payer="ORG:x"), per="share")).conflict


def test_a_name_and_its_initials_are_one_party() -> None:
    assert same_party("ORG:epa", "ORG:environmental protection agency")
    assert not same_party("ORG:doe", "ORG:environmental protection agency")


def test_an_org_is_a_purpose_only_when_named_as_a_programme() -> None:
    text = "EPA announced $7 billion in awards through EPA's Solar for All program and $5 million from the Agency."
    solar_start = text.index("Solar")
    solar = PurposeEntity("ORG:solar for all", "ORG", solar_start, solar_start + len("Solar for All"))
    agency_start = text.index("Agency")
    agency = PurposeEntity("ORG:agency", "ORG", agency_start, agency_start + len("Agency"))
    first = text.index("$7 billion")
    assert purpose_of(text, first, first + 10, [solar, agency]) == Purpose("ORG:solar for all", None)
    second = text.index("$5 million")
    assert purpose_of(text, second, second + 10, [solar, agency]) is None


def test_an_anchor_in_another_role_or_a_shorter_programme_name_links() -> None:
    plan = "ORG:american rescue plan"
    assert verdict(report(1, recipient=plan), report(2, payer=plan)).linked
    long, short = "ORG:state small business credit initiative", "ORG:state small business initiative"
    assert verdict(report(1, purpose_key=long), report(2, purpose_key=short)).linked
    assert verdict(report(1, purpose_key="ORG:clean water state revolving fund"),
                   report(2, purpose_key="ORG:drinking water state revolving fund")).conflict  # fmt: skip


def test_a_purpose_phrase_of_two_words_links_one_word_is_doubtful() -> None:
    assert verdict(
        report(1, purpose_phrase="port infrastructure"), report(2, purpose_phrase="port infrastructure")
    ).linked
    lifeline = verdict(report(1, purpose_phrase="lifeline"), report(2, purpose_phrase="lifeline"))
    assert (lifeline.linked, lifeline.doubtful) == (False, True)


def test_reports_are_compared_only_within_blocks_of_one_figure() -> None:
    euros = report(1, "1200000000", currency="EUR", amount_usd=None, conversions=(("USD", Decimal("1600000000")),))
    blocks = figure_blocks([report(2, "1600000000"), report(3, "5000000"), euros], CuratedLinks())
    assert sorted(sorted(r.report_id for r in b) for b in blocks) == [["1-0", "2-0"], ["3-0"]]
