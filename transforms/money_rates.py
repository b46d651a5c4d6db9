"""What an amount is a rate of (`per`), by the words around it: a per phrase after it ("$35 a month",
"-a-share"), a period adjective ("annual sales of"), a share price, dividend, oil or retail price, fee,
rate or exchange rate before it; None for an amount."""

from __future__ import annotations

import re

from transforms.money_numbers import alternation
from transforms.vocab import Per

_PER_WORDS: dict[str, Per] = {
    "each": "each",
    "apiece": "each",
    "a piece": "each",
    "per unit": "unit",
    "a unit": "unit",
    "per share": "share",
    "a share": "share",
    "per person": "person",
    "a person": "person",
    "per head": "person",
    "a head": "person",
    "per capita": "person",
    "per annum": "year",
    "per year": "year",
    "a year": "year",
    "annually": "year",
    "yearly": "year",
    "each year": "year",
    "every year": "year",
    "a pupil": "person",
    "per pupil": "person",
    "a patient": "person",
    "per patient": "person",
    "a child": "person",
    "per child": "person",
    "a worker": "person",
    "per worker": "person",
    "per household": "household",
    "a household": "household",
    "per family": "household",
    "a family": "household",
    "per month": "month",
    "a month": "month",
    "monthly": "month",
    "each month": "month",
    "every month": "month",
    "each week": "week",
    "every week": "week",
    "per week": "week",
    "a week": "week",
    "weekly": "week",
    "each day": "day",
    "every day": "day",
    "a night": "day",
    "per night": "day",
    "per day": "day",
    "a day": "day",
    "daily": "day",
    "per hour": "hour",
    "an hour": "hour",
    "per barrel": "barrel",
    "a barrel": "barrel",
    "per tonne": "ton",
    "a tonne": "ton",
    "per ton": "ton",
    "a ton": "ton",
    "per ounce": "ounce",
    "an ounce": "ounce",
    "per gallon": "gallon",
    "a gallon": "gallon",
    "per litre": "unit",
    "a litre": "unit",
    "per liter": "unit",
    "a liter": "unit",
    "a therm": "unit",
    "a mile": "unit",
    "a pint": "unit",
    "a kilo": "unit",
    "a bond": "unit",
    "a ticket": "unit",
}


# per phrases match hyphenated too: "an A$3.80-a-share proposal", "per-share"
_PER_ALTERNATION = alternation([re.escape(w).replace(r"\ ", r"[\s-]+") for w in _PER_WORDS])


# After the amount, past a closing parenthesis or a conversion in parentheses ("$8bn (£4.3bn) a year"), a
# passive verb or a short "in"/"for" phrase before a year adverb ("is spent annually", "$100 million in economic
# activity annually", "$90 million for maintenance per year") and "less"/"more" ("$1.20 less per gallon"): a
# per word, hyphenated too ("-a-share").
_PER_AFTER = re.compile(
    r"(?:\s*\))?(?:\s*\([^()]{1,40}\))?(?:"
    r"(?:(?:(?i:\s+(?:is|are|was|were|be|being|been)){0,2}(?i:\s+(?:spent|paid|earned|raised|collected|invested|charged))"
    r"|(?i:\s+(?:in|of|to|for|worth\s+of)(?:\s+[a-z-]+){1,3}))"
    r"(?=\s+(?i:annually|yearly|each\s+year|every\s+year|a\s+year|per\s+year|per\s+annum)\b))?"
    r"(?i:\s+(?:less|more|extra|cheaper))?"
    rf"(?i:(?:\s*(?:,\s*)?\b|-)(?P<p>{_PER_ALTERNATION})\b)"
    r"(?!\s+(?:ago|earlier|later|before|after)\b)"
    r"|\s*/\s*(?P<slash>share|month|year|yr|day|hour|hr|barrel|bbl|person)\b"
    r"|(?i:\s+per\s+(?!cent\b)(?P<noun>[a-z]+)\b)"
    r"|(?i:\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?(?:US\s+|U\.S\.\s+)?(?P<currency>dollar|euro|pound|yen|yuan)\b(?!\s*(?:zone|area|group|bond)))"
    r")"
)


# Before an amount without a scale: a share price ("shares rose 3% to 7.1 euros", "suspended at A$3.90", "a
# dividend of 60 euro cents") or an exchange rate ("the weakest level against the euro at $1.40").
_NOT_SENTENCE_END = r"(?:[^.;!?]|\.\d|\.(?=\s+[a-z]))"  # "$1.5", "Apple Inc. rose"


_SHARE_BEFORE = re.compile(
    rf"(?i:\b(?:shares?|stocks?|share\s+price|stock\s+price|ADRs?)\b{_NOT_SENTENCE_END}{{0,50}}?"
    r"\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|closed|clos(?:e|es|ing)|trade[sd]?|trading|suspended|valued|priced|up|"
    r"down|plummet\w*|surg\w*|slip\w*|jump\w*|climb\w*|gain\w*|drop\w*|tumbl\w*|soar\w*|sank|sink\w*|slid|"
    r"lost|los(?:e|es|ing)|end(?:ed|ing)?|stood|peaked|open(?:ed|ing|s)?|finish(?:ed|ing|es)?|start(?:ed|ing)?|"
    rf"higher|lower){_NOT_SENTENCE_END}{{0,45}}$"
    r"|\bdividends?\s+(?:payment\s+)?(?:of\s+)?(?:about\s+|around\s+|just\s+)?$"
    rf"|\bdividends?\b{_NOT_SENTENCE_END}{{0,30}}?\b(?:to|from|by)\s+(?:about\s+|around\s+|just\s+)?$"
    r"|\b(?:closing|opening)\s+(?:share\s+)?price\s+(?:of\s+|was\s+|at\s+)?(?:about\s+|around\s+|just\s+)?$"
    rf"|\b(?:offer|bid|proposal)\b{_NOT_SENTENCE_END}{{0,20}}?\b(?:is|was|pitched|priced|set)\s+at\s+"
    r"(?:about\s+|around\s+|just\s+)?$"
    r"|\b(?:valu(?:es|ing)|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)valued)\b"
    r"[^.;!?]{0,40}?\bat\s+(?:about\s+|around\s+|just\s+)?$"
    r"|\btrading\s+(?:value|price)\s+of\s+$"
    rf"|\btrading\b{_NOT_SENTENCE_END}{{0,40}}?\b(?:suspended|halted)\s+at\s+(?:about\s+|around\s+)?$"
    r"|\bper\s+share\s+(?:by|of|to|at|was|were|is)\s+(?:about\s+|around\s+)?$)"
)


# A share price a pronoun stands for, later in the sentence: "Shares in Acme fell 14 cents to CA$6.21 and most recent
# reports have them at $6.25"
_SHARES_PRONOUN_BEFORE = re.compile(
    rf"(?i:\b(?:shares|stocks)\b{_NOT_SENTENCE_END}{{0,160}}?\b(?:have|has|had|put|puts|see|sees|value|values)\s+"
    r"(?:them|it)\s+at\s+(?:about\s+|around\s+|just\s+)?$)"
)
_OIL_BEFORE = re.compile(
    rf"(?i:\b(?:crude|oil|brent)\b{_NOT_SENTENCE_END}{{0,80}}?\b(?:rose|risen|fell|fallen|closed|up|down|jumped|"
    rf"dropped|slipped|climbed|gained|lost|settled|traded|hit|reached|passing|passed|touched|topped|price)\b"
    rf"{_NOT_SENTENCE_END}{{0,30}}$)"
)


# A retail price: "retailing at US$500", "would normally sell for six hundred dollars", "EU prices of €0.99".
_PRICE_BEFORE = re.compile(
    r"(?i:\b(?:prices?|priced|retail(?:s|ing|ed)?|auctioning|(?:sell|sells|selling|go|goes)\s+for)\s+"
    r"(?:of\s+|at\s+|for\s+)?(?:about\s+|around\s+|just\s+|only\s+|between\s+)?$"
    r"|\b(?:sell|sells|selling)\s+(?:[\w-]+\s+){1,4}?at\s+(?:about\s+|around\s+|just\s+|only\s+)?$"
    r"|\bprices?\b(?:[^.;!?]|\.\d){0,60}?\b(?:is|was|are|were|of|at|to|from)\s+"
    r"(?:now\s+|just\s+|about\s+|around\s+|over\s+|under\s+)?$)"
)


# "annual sales of $1.4 billion", "the minimum hourly wage rate is $6.50", "$1 billion in annual sales",
# "the average hourly salary for private sector workers fell by one cent" (not "£2 monthly would come to £200"),
# "reduced its annual interest payments by $725 million"
_PERIOD_ADJECTIVES: dict[str, Per] = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month"}


_PERIOD_BEFORE = re.compile(
    r"(?i:\b(?P<adj>hourly|daily|weekly|monthly|annual|yearly)\s+"
    r"(?:(?!(?:would|will|could|should|might|may|can|must|have|has|had)\b)[a-z]+\s+){1,6}"
    r"(?:of|is|was|were|are|at|by)\s+(?:about\s+|around\s+|nearly\s+|up\s+to\s+|just\s+)?$)"
)


# "an average per-capita income of $5,300", "GDP per head of $40,000"
_PER_CAPITA_BEFORE = re.compile(
    r"(?i:\b(?:per[\s-]+(?:capita|head|person)(?:\s+[a-z]+){1,2}|(?:[a-z]+\s+){1,2}per[\s-]+(?:capita|head))\s+"
    r"(?:of|is|was|were|at|to)\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?$)"
)


_PERIOD_AFTER = re.compile(
    r"(?i:\s+(?:(?:in|of)\s+(?:new\s+)?)?(?P<adj>annual|yearly|monthly|weekly|daily|hourly)\b)"
)  # "$1 billion in annual sales", "a $1,000 annual registration fee"


# A minimum or living wage is per hour: "a US$2 minimum wage increase", "the minimum wage of $7.25", "the
# national living wage will rise to £11.44".
_MINIMUM_WAGE_AFTER = re.compile(r"(?i:\s+(?:federal\s+|state\s+|national\s+)?(?:minimum|living)[\s-]+wage\b)")


_MINIMUM_WAGE_BEFORE = re.compile(
    rf"(?i:\b(?:minimum|living)[\s-]+wage\b(?:{_NOT_SENTENCE_END}{{0,25}}|{_NOT_SENTENCE_END}{{0,80}}\b(?:to|by|at|from)\s+)$)"
)


_EXCHANGE_BEFORE = re.compile(
    r"(?i:\bone\s+[\w-]+\s+(?:is|was)\s+(?:now\s+|currently\s+)?worth\s+(?:about\s+|approximately\s+|around\s+|nearly\s+)?$)|"
    rf"(?i:\b(?:against|versus|to)\s+the\s+(?:US\s+)?(?:dollar|euro|pound|yen|yuan)\b{_NOT_SENTENCE_END}{{0,30}}$)|"
    r"(?i:\b(?:the\s+)?(?:pound|euro|dollar|yen|yuan|rupee|rouble|ruble|sterling|franc|peso|lira|rand)\s+"
    r"(?:(?:is|was|were|has\s+been|had\s+been)\s+)?(?:now\s+)?(?:worth|buys|bought|fetch(?:es|ed)|(?:trading|traded)\s+at|(?:rose|fell|climbed|"
    # "the euro fell 2 cents, or 1.5%, to $1.30": the move and the level
    r"dropped|slipped|jumped|gained|hit|reached|fallen|risen|sank|slumped|plunged|recovered)"
    r"(?:(?:,?\s+[\w%.]+){0,5}?,?\s+(?:to|at)|(?:\s+by)?))\s+(?:about\s+|around\s+|nearly\s+|just\s+|almost\s+)?$)|"
    # "the American dollar, falling 11 percent in 2007 and now valued around 39 rupees"
    rf"(?i:\b(?:pound|euro|dollar|yen|yuan|rupee|rouble|ruble|sterling|franc|peso|lira|rand)\b{_NOT_SENTENCE_END}{{0,60}}?"
    r"\bvalued\s+(?:at\s+)?(?:about\s+|around\s+|nearly\s+|just\s+|almost\s+)?$)"
)


# "annual trade between the two countries has increased from several billion dollars to nearly $57 billion"
_ANNUAL_SUBJECT_BEFORE = re.compile(
    r"(?i:\b(?P<adj>annual|yearly)\s+[a-z]+(?:\s+(?:between|of|in|from|with|for|to)(?:\s+[\w'’-]+){1,4})?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:increased|rose|risen|grown|grew|fell|fallen|dropped|declined|climbed|jumped|"
    r"reached|hit|topped|doubled)\b[^.;!?,]{0,60}?\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$)"
)


# A fee for a service to each: "$650 to manage each eligible person" (not "€5 to each worker" or "$300 for each
# child": a share-out)
_FOR_EACH_AFTER = re.compile(
    r"(?i:\s+to\s+(?!each\b|every\b)[a-z]+\s+(?:each|every)\s+(?!of\b|other\b)"
    r"(?P<words>(?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[.,;:!?)]|$|\s+(?:it|they|he|she|who|that|which|sold|in|at|on)\b)))"
)


# "$15 for 15 minutes", "$100 for an hour": the price of a stretch of minutes or hours
_DURATION_AFTER = re.compile(r"(?i:\s+for\s+(?P<n>an?|one|\d+|[a-z]+)\s+(?P<unit>minutes?|hours?)\b)")


# An entry price: "will pay over 500 (US$12.80 at the current exchange rate) to be allowed in", "$25 to enter the
# park" (without a scale word)
_ENTRY_AFTER = re.compile(
    r"(?i:(?:\s+at\s+(?:the\s+)?(?:current\s+|today's\s+)?exchange\s+rates?)?\s*\)?\s+to\s+"
    r"(?:be\s+(?:allowed|let)\s+in|enter|get\s+in(?:to)?|go\s+in)\b)"
)
# A price sold at stores: "they were sold at toy stores nationwide from 2005 through 2007 for about $15"
_RETAIL_SOLD_BEFORE = re.compile(
    r"(?i:\b(?:was|were|is|are|been|being)\s+sold\b[^.;!?]{0,160}?\b(?:stores|shops|retailers|supermarkets|"
    r"outlets|nationwide|online)\b[^.;!?]{0,80}?\bfor\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$)"
)


# "120p in cash for each Borel share", "30p in cash for every share they own"
_FOR_EACH_SHARE_AFTER = re.compile(
    r"(?i:\s+(?:in\s+(?:cash|stock|shares)\s+)?(?:for|per)\s+(?:each|every)\s+(?:[\w-]+\s+){0,2}?share\b)"
)


# A price's move with its percentage, to the level: "Goodrich fell 9 cents, or 0.1%, to US$65.11" (a share
# price, unless a commodity or currency moves: "gold rose $5, or 0.4%, to $1,200")
_PERCENT_MOVE_BEFORE = re.compile(
    r"(?i:\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|gained|lost|dropped|climbed|jumped|slipped|slid|added|shed|declined|"
    r"advanced|up|down)\s+(?:by\s+)?[^\s,]+(?:\s+(?:cents?|pence|kronor|kroner|krona|euros?|yen|rupees|dollars))?,?"
    r"\s+or\s+[\d.]+\s*(?:%|per\s*cent|percent),?\s+to\s+(?:close\s+at\s+|end\s+at\s+)?$"
    # "Acme closed down 3.5% at A$4.12"
    r"|\b(?:closed|ended|finished|opened)\s+(?:up|down|higher|lower)\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+at\s+$)"
)


_NOT_A_SHARE = re.compile(
    r"(?i:\b(?:gold|silver|platinum|copper|oil|crude|brent|wheat|corn|petrol|diesel|pound|euro|dollar|yen|yuan|rupee|rouble|ruble|"
    r"sterling|franc|peso|lira|index|indices|dow|nasdaq|ftse|nikkei)\b)"
)


# A price charged: "Spirit will charge US$45 for passengers who pay at the airport, US$30 for those who pay in
# advance", "with EasyJet charging £8" (not "charged with stealing $500", "in charge of", "free of charge")
_CHARGE_BEFORE = re.compile(
    rf"(?i:(?<!\bin\s)(?<!\bof\s)(?<!\bthe\s)\bcharg(?:e|es|ed|ing)\b(?!\s+with\b)(?:{_NOT_SENTENCE_END}|\.(?=\w)){{0,110}}$)"
)


# "a $45 carry-on baggage fee", "a $5 fee", "the $1.20 that will be charged" (not "$77,000 in registration fees":
# a total); "the toll was set at $1.00"
_FEE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:(?:\s+[\w-]+){0,3}?\s+(?i:fee|surcharge|toll|fare)\b(?!s)"
    r"|(?i:\s+(?:that|which))?(?i:\s+(?:will|would|is|are|was|were|be|been|being)){0,2}(?i:\s+charged)\b)"
)


_FEE_BEFORE = re.compile(
    rf"(?i:\b(?:fee|toll|surcharge|fare)s?\b{_NOT_SENTENCE_END}{{0,30}}?\b(?:is|was|were|are|be|been|set|fixed|raised|"
    r"increased|cut|reduced|lowered)\s+(?:at\s+|to\s+|by\s+)?(?:about\s+|around\s+|just\s+|only\s+)?$)"
)


# "raise the rate to US$6.15", "the rate will increase by US$1", "a rate of 2% plus US$0.20"
_RATE_NOUN_BEFORE = re.compile(
    rf"(?i:\b(?P<det>the|a|its|their|this|that|new|hourly)\s+rate\b{_NOT_SENTENCE_END}{{0,30}}?"
    r"\b(?:to|by|of|at|plus|is|was)\s+(?:about\s+|around\s+|just\s+)?$)"
)


_SLASH_PER: dict[str, Per] = {
    "share": "share",
    "month": "month",
    "year": "year",
    "yr": "year",
    "day": "day",
    "hour": "hour",
    "hr": "hour",
    "barrel": "barrel",
    "bbl": "barrel",
    "person": "person",
}


def per_of(text: str, start: int, end: int, scaled: bool) -> Per | None:
    """What the amount at text[start:end] is a rate of: a per phrase after it, a period adjective ("annual
    sales of", "in annual sales"), a fee for a service to each ("$650 to manage each person"), else (without a
    scale word) a price for minutes or hours, a share price, dividend, oil price, retail price, rate or
    exchange rate before it; None for an amount."""
    p = _PER_AFTER.match(text, end)
    if p is not None:
        if p.group("p") is not None:
            return _PER_WORDS[" ".join(p.group("p").lower().replace("-", " ").split())]
        if p.group("slash") is not None:
            return _SLASH_PER[p.group("slash").lower()]
        if p.group("noun") is not None:
            return _PER_WORDS.get(f"per {p.group('noun').lower()}", "unit")
        return "unit"  # "90 rupees to the US dollar"
    before = text[max(0, start - 90) : start]
    if _PER_CAPITA_BEFORE.search(before) is not None:
        return "person"
    period = _PERIOD_BEFORE.search(before) or _ANNUAL_SUBJECT_BEFORE.search(text, max(0, start - 200), start)
    if period is not None:
        return _PERIOD_ADJECTIVES.get(period.group("adj").lower(), "year")
    period_after = _PERIOD_AFTER.match(text, end)
    if period_after is not None:
        return _PERIOD_ADJECTIVES.get(period_after.group("adj").lower(), "year")
    each = _FOR_EACH_AFTER.match(text, end)
    if each is not None:
        words = each.group("words").lower().split()
        return next((_PER_WORDS[f"per {w}"] for w in words if f"per {w}" in _PER_WORDS), "unit")
    return None if scaled else _price_per(text, start, end, before)


def _price_per(text: str, start: int, end: int, before: str) -> Per | None:
    """What an amount without a scale word is a price of, by the words around it; None for an amount."""
    if _MINIMUM_WAGE_AFTER.match(text, end) is not None or _MINIMUM_WAGE_BEFORE.search(before) is not None:
        return "hour"
    if _FOR_EACH_SHARE_AFTER.match(text, end) is not None:
        return "share"
    if _ENTRY_AFTER.match(text, end) is not None:
        return "unit"
    duration = _DURATION_AFTER.match(text, end)
    if duration is not None:
        return "hour" if duration.group("n").lower() in ("an", "one") and duration.group("unit") == "hour" else "unit"
    if _SHARE_BEFORE.search(before) is not None or _SHARES_PRONOUN_BEFORE.search(text, max(0, start - 200), start):
        return "share"
    if _OIL_BEFORE.search(before) is not None:
        return "barrel"
    if _PRICE_BEFORE.search(before) is not None or _RETAIL_SOLD_BEFORE.search(text, max(0, start - 250), start):
        return "unit"
    if _FEE_AFTER.match(text, end) is not None or _FEE_BEFORE.search(before) is not None:
        return "unit"
    if _CHARGE_BEFORE.search(text, max(0, start - 120), start):
        return "unit"
    rate = _RATE_NOUN_BEFORE.search(before)
    if rate is not None:
        return "hour" if rate.group("det").lower() == "hourly" else "unit"
    if _EXCHANGE_BEFORE.search(before) is not None:
        return "unit"
    moved = _PERCENT_MOVE_BEFORE.search(before)
    return "share" if moved is not None and _NOT_A_SHARE.search(before, 0, moved.start()) is None else None
