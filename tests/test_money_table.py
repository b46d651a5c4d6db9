"""Every sentence of the money table through the real spaCy pipeline: exact amounts and ISO codes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.money_cases import CASES, MoneyCase
from transforms.articles import Article
from transforms.extract import extract_articles
from transforms.money import find_money
from transforms.records import ArticleExtraction


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 200
    assert sum(1 for c in CASES if not c.expected) >= 25  # negatives


@pytest.fixture(scope="module")
def extracted(nlp) -> dict[str, ArticleExtraction]:
    articles = [
        Article(
            path=f"case-{i}", sha256="0" * 64, published_date=dt.date(2024, 1, 1), body=c.sentence, encoding="utf-8"
        )
        for i, c in enumerate(CASES)
    ]
    results = list(extract_articles(nlp, articles))
    assert all(isinstance(r, ArticleExtraction) for r in results)
    return {c.sentence: r for c, r in zip(CASES, results, strict=True)}  # type: ignore[misc]


def found(result: ArticleExtraction) -> list[tuple[Decimal, Decimal, str]]:
    return [(m.amount_low, m.amount_high, m.currency) for m in result.money]


def test_a_batch_never_changes_what_an_article_yields(nlp, extracted: dict[str, ArticleExtraction]) -> None:
    """Every fourth case again, in reverse order and batches of five, and the glued-code cases each alone:
    each article yields exactly what it yields in the table's one batch."""
    sample = CASES[::4][::-1]
    articles = [Article(f"again-{i}", "1" * 64, dt.date(2024, 1, 1), c.sentence, "utf-8") for i, c in enumerate(sample)]
    again = extract_articles(nlp, articles, batch_size=5)
    glued = [
        Article("alone", "2" * 64, dt.date(2024, 1, 1), c.sentence, "utf-8") for c in CASES if "2EUR" in c.sentence
    ]
    alone = [extract_articles(nlp, [a])[0] for a in glued]
    assert len(alone) >= 2
    for result in [*again, *alone]:
        assert isinstance(result, ArticleExtraction)
        assert result.money == extracted[result.article.body].money


@pytest.mark.parametrize("case", CASES, ids=[c.sentence[:60] for c in CASES])
def test_money_case(case: MoneyCase, extracted: dict[str, ArticleExtraction]) -> None:
    expected = [(e.low, e.high, e.currency) for e in case.expected]
    assert found(extracted[case.sentence]) == expected


# Rates as journalism writes them: sentence -> the `per` of each amount, in order.
RATE_CASES = [
    ("Zenith shares rose 4% to 6.2 euros in Paris.", ["share"]),
    ("Trading in Borel was suspended at A$2.95.", ["share"]),  # trading in a company is in its shares
    ("Borel reached a record of A$2.95 after trading resumed.", [None]),  # no share word: a level, not a rate
    # a price charged, a fee; not an indictment, "in charge of", "free of charge" or a total of fees
    (
        "Acme will charge US$45 for passengers who pay at the airport, US$30 for those who pay in advance.",
        ["unit", "unit"],
    ),
    ("With Acme charging £8, Borel £6, and zenith.com £3.50 extra to pay by card.", ["unit", "unit", "unit"]),
    ("Acme Airlines announces $45 carry-on baggage fee", ["unit"]),
    ("He was charged with stealing $500 from the shop.", [None]),
    ("The official in charge of the fund paid $500.", [None]),
    ("The city collected an additional $77,000 in registration fees.", [None]),
    ("Acme charged $2m for the work.", [None]),  # a scale word: a total
    ("According to the RTA, the toll was set at $1.00 in 1999.", ["unit"]),
    ("Inflation will bring it to the $1.20 that will be charged when the ramps open.", ["unit"]),
    ("A $5 toll proposal for travel on Interstate 95 is gaining momentum.", ["unit"]),
    # a price's move with its percentage: a share price, unless a commodity, currency or index moves
    ("Goodrich, who made the equipment, fell 9 cents, or 0.1%, to US$65.11.", ["share", "share"]),
    ("SAS fell 2.25 kronor, or 1.9%, to 115.75 kronor.", ["share", "share"]),
    ("Gold rose $5, or 0.4%, to $1,200.", [None, None]),
    ("Revenue rose $5m, or 3%, to $170m.", [None, None]),
    # share prices as market reports write them
    ("Acme stock opened at $12.40 on Monday.", ["share"]),
    ("Borel's ADRs rose 50 cents to $31.10 in New York.", ["share", "share"]),
    ("Acme shares finished the day 12p higher at 345p.", ["share", "share"]),
    ("Acme closed down 3.5% at A$4.12.", ["share"]),
    ("The offer is pitched at 300p, a 40% premium to Friday's closing price of 214p.", ["share", "share"]),
    ("Zenith is offering 120p in cash for each Borel share.", ["share"]),
    ("Acme raised its dividend to 40 cents.", ["share"]),
    ("Their union turned down a last-minute offer of £41,500.", [None]),  # a pay offer
    # exchange rates as a currency buying another
    ("The dollar bought 110 yen in Tokyo.", ["unit"]),
    # "valued at": a share price when a deal or offer values a company, an exchange rate after a currency
    ("Today he has 1.1 million screws that are valued at 110,000 euros (US$155,000).", [None, None]),
    ("The dollar fell 11 percent in 2007 and is now valued around 39 rupees.", ["unit"]),
    # an estimate a rate is set against, in its sentence or the next
    ("Earnings were 98 cents a share. That was below consensus estimates of $1.", ["share", "share"]),
    ("Earnings were 50 cents a share, beating analysts' forecasts of 45 cents.", ["share", "share"]),
    ("Borel shares were suspended at A$2.95.", ["share"]),
    ("Kline stock slipped 8 cents to $19.40 on Friday.", ["share", "share"]),
    ("Zenith tabled an A$4.10-a-share proposal.", ["share"]),
    ("The per-share price is $12 per-share.", ["share"]),
    ("The board declared a dividend of 45 euro cents.", ["share"]),
    ("The state will receive a dividend of $6.1 million.", [None]),  # a total, not per share
    ("The rupee weakened to 82 rupees to the US dollar.", ["unit"]),
    ("The dollar hit its weakest level against the euro at $1.52.", ["unit"]),
    ("Ruritania spends $6bn (£3.2bn) a year on roads.", ["year", "year"]),
    ("About $900m is spent annually on repairs.", ["year"]),
    ("Kline called for an extra $90 million for maintenance per year.", ["year"]),
    ("The sale reduced Ruritania's annual interest payments by $725 million.", ["year"]),
    ("Kline asked for $90 million for the next two years.", [None]),
    ("Some $70m is being spent yearly on the parks.", ["year"]),
    ("Bills will rise by £90 per household.", ["household"]),
    ("The levy is £15 per head.", ["person"]),
    ("Tickets cost $40 per person.", ["person"]),
    ("The hotel cost $410,000 per room to build.", ["unit"]),
    ("The firm books $2 billion in annual sales.", ["year"]),
    ("Annual revenue of $3.5 billion was reported.", ["year"]),
    ("The minimum hourly wage is $11.50 in the state.", ["hour"]),
    ("Brent crude was up $1.40 to $82.10 in London.", ["barrel", "barrel"]),
    ("Prices are $0.80 less per gallon than last year.", ["gallon"]),
    ("Oil has climbed in Asian trading, passing US$95.20 at noon.", ["barrel"]),
    ("The console is retailing at US$450 in Tokyo.", ["unit"]),
    ("Tracks are sold for £0.89 per track, against EU prices of €1.09.", ["unit", "unit"]),
    ("The label sold for £38m.", [None]),
    ("A giant tuna sold for $177,000.", [None]),  # one sale, not a price per unit
    ("The shop is selling the T-shirts at 170 DKK (US$27.6; £17).", ["unit", "unit", "unit"]),
    ("Lobbyists will pay a $1,000 annual registration fee and a $20 monthly charge.", ["year", "month"]),
    ("The unit generates $250 million worth of revenue per annum.", ["year"]),
    ("Testing costs 1,600 baht (US$40) per sample.", ["unit", "unit"]),
    ("One bitcoin is worth approximately US$8000 or €7000.", [None, "unit", "unit"]),
    ("The new minimum price for a bottle of vodka is now 89 roubles (US$2.94).", ["unit", "unit"]),
    ("They cut the price from over $400 per 1,000 cubic metres to $268.50.", ["unit", "unit"]),
    ("It costs 600bn yen ($5.5bn) in total, or $40 a month (£25).", [None, None, "month", "month"]),
    ("Zenith's shares fell just under two percent after hours to US$579.50.", ["share"]),
    ("The offer values Borel at €0.12, against a trading value of €0.50.", ["share", "share"]),
    ("Bonds are bid at €0.31 a bond.", ["unit"]),
    ("Acme expects to cut earnings per share by $0.15 this year.", ["share"]),
    ("The governor signed a $3 minimum wage increase.", ["hour"]),
    ("The state minimum wage rises to $9.80 in May.", ["hour"]),
    ("It paid $5 million each year.", ["year"]),
    ("Zenith sold shares worth $3 billion.", [None]),  # scaled: a total, not a share price
    ("Acme raised $5 million in a year.", [None]),
    ("The fund spent $5 billion in the euro zone.", [None]),
    # one series of prices, a rate's earlier level, per capita, a year adverb after "to X", a litre, a currency's worth
    ("Consoles are auctioning at about US$3,000 up to US$5,000.", ["unit", "unit"]),
    ("Songs will cost £0.74 and £7.48 to match EU prices of €0.99 and €9.99.", [None, None, "unit", "unit"]),
    ("Members pay a $900 annual fee, up from $150-$350.", ["year", "year"]),
    ("Acme paid $3 million, up from $2 million.", [None, None]),
    ("The country had an average per-capita income of $5,300 in 2004.", ["person"]),
    ("The subsidies pay out around $3 billion to cotton growers annually.", ["year"]),
    ("Petrol costs 130p a litre.", ["unit"]),
    ("The pound was worth $1.25 on Friday.", ["unit"]),
    ("Sterling fell 2% to $1.20 after the vote.", ["unit"]),
    ("The euro zone grew while Acme paid €5 to each worker.", [None]),
    # a part of a rate, a level set against it, its next level, a change before it, a rate noun
    ("Acme sells the mugs at 90 SEK (US$9.10), of which 20 SEK (US$2) go to the shelter.", ["unit"] * 4),
    ("Staff get $1,900 a month, but the drivers are paid only $1,100.", ["month", "month"]),
    ("Ruritania had a per-capita income of $4,100 in 2006, a tenth of the U.K.'s $41,000.", ["person", "person"]),
    ("Borel shares sank from $30 to 12 cents, though it later recovered to close at $29.50.", ["share"] * 3),
    ("Tickets cost $40 per person, and the club made $3,000.", ["person", None]),  # no contrast: a total
    ("Staff earn $8.40 per hour and $1.20 per hour in benefits. By 2012, this will rise to $9 and $2.", ["hour"] * 4),
    ("Staff earn $8.40 per hour. The firm paid $9 in fees.", ["hour", None]),
    ("A rise of US$1.50 will take the rate to US$8.40.", ["unit", "unit"]),
    ("The hourly rate will increase by $2 in March.", ["hour"]),
    ("Card firms charge a rate of 3% plus €0.25.", ["unit"]),
    ("The interest rate rose after Acme paid $40.", [None]),
    # a price for minutes or hours, a fee to serve each, a price at stores, an annual figure's level
    ("Guests paid $20 for 30 minutes and $12 for 15 minutes.", ["unit", "unit"]),
    ("Acme paid $20 million for 30 years of rights.", [None]),
    ("Agencies will be paid $800 to train each eligible jobseeker they take on.", ["unit"]),
    ("Ruritania gives $300 for each child.", [None]),  # a share-out, not a rate
    ("The lamps were sold at hardware stores nationwide from May 2006 through June 2007 for about $25.", ["unit"]),
    ("The house was sold to a developer for $450,000.", [None]),
    ("Annual trade between the two states has grown from a few million dollars to about $4 billion.", ["year"]),
    ("At the annual meeting Acme said sales rose to $4 billion.", [None]),
    # a price moving, a change before its level, an earlier level after the per phrase, a longer minimum wage
    (
        "Crude dropped from over $70 a barrel to a low of $69.54 before rising to $69.63 for a $1.19 loss.",
        ["barrel", "barrel", "barrel", None],
    ),
    ("Petrol prices decreased by 0.2 cent to 261.0 cents per gallon.", ["gallon", "gallon"]),
    ("Sales rose by $3 to $40 million.", [None, None]),
    ("Earnings rose to 55 cents a share from 54 cents.", ["share", "share"]),
    ("Acme paid $5 a share from its reserves.", ["share"]),
    ("Next year, the state minimum wage is scheduled to increase to $9.10.", ["hour"]),
    ("The minimum wage increased Thursday by 70 cents from US$7.85 to $8.55.", ["hour"] * 3),
    ("Shares of Acme Inc. rose US$5.41 yesterday.", ["share"]),
    ("The average hourly salary for private sector workers fell by one cent.", ["hour"]),
    ("A donation of £2 monthly would have come out at £200.", ["month", None]),
    # an exchange rate's move and its level; a share price a pronoun stands for
    ("The euro fell 2 cents, or 1.5%, to $1.30.", ["unit", "unit"]),
    ("The pound rose 1.2 cents to $1.52 on Monday.", ["unit", "unit"]),
    ("Sterling fell by 2 cents against the dollar.", ["unit"]),
    ("Gold rose $5, or 0.4%, to $1,200.", [None, None]),
    ("Shares in Acme fell 14 cents to CA$6.21 and most recent reports have them at $6.25.", ["share"] * 3),
    ("The rupee slid to close to 90 rupees to the US dollar.", ["unit"]),
    ("The rupee closed at 76.25 rupees to one dollar.", ["unit"]),  # "one dollar" is the rate's unit, no amount
    ("Some £2bn is being spent yearly on roads.", ["year"]),
    ("About $5 billion is spent annually on the programme.", ["year"]),
    ("The plan would cost 600bn yen ($5.5bn; £3.1bn) a year.", ["year"] * 3),
    ("Acme will pay a dividend of 60 euro cents.", ["share"]),
    ("Acme shares slipped 22p to 1,450p.", ["share", "share"]),
    ("Borel rejected a 350p-a-share offer.", ["share"]),
    ("The scheme costs £50 a head and £120 per household.", ["person", "household"]),
    ("Tourists will pay over 500 (US$12.80 at the current exchange rate) to be allowed in.", ["unit"]),
    ("Visitors pay $25 to enter the park.", ["unit"]),
    ("Acme paid $5m to enter the market.", [None]),  # a scale word: a total
    # a living wage is hourly; rates per day, night, pupil, therm or mile
    ("The national living wage will rise to £11.44 in April.", ["hour"]),
    ("The occupation costs $200 million each day.", ["day"]),
    ("Rooms cost £90 a night.", ["day"]),
    ("Schools get £5,000 a pupil.", ["person"]),
    ("Wholesale gas hit 300p a therm.", ["unit"]),
    ("Drivers pay 8p a mile.", ["unit"]),
]


@pytest.mark.parametrize(("sentence", "pers"), RATE_CASES, ids=[c[0][:50] for c in RATE_CASES])
def test_rates_as_journalism_writes_them(sentence: str, pers: list[str | None]) -> None:
    assert [m.per for m in find_money(sentence)] == pers


def test_an_amount_is_in_the_currency_legal_on_the_articles_day(nlp) -> None:
    body = (
        "Harare printed Z$1.5 million in new notes. Moscow spent 5 billion roubles on roads. "
        "Freetown printed Le 2 billion. Willemstad, Curaçao, spent ƒ 12 million."
    )
    article = Article(path="dated", sha256="0" * 64, published_date=dt.date(1997, 6, 23), body=body, encoding="utf-8")
    (result,) = extract_articles(nlp, [article])
    assert isinstance(result, ArticleExtraction)
    assert [(m.amount, m.currency) for m in result.money] == [
        (Decimal(1500000), "ZWD"),
        (Decimal(5000000000), "RUR"),
        (Decimal(2000000000), "SLL"),
        (Decimal(12000000), "ANG"),
    ]
