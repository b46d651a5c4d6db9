"""Finding and normalising monetary amounts in text, exactly (Decimal, never float).

`find_money(text)` scans for every way news writes money — `$ 1 million`, `US$5.2bn`, `Rs 1,50,000`,
`₹2 lakh crore`, `USD 750 million`, `15 billion USD`, `five million dollars`, `35 cents`,
`between $3 million and $4 million`, `$5-10 million`, `about $2 a share` — and returns one `MoneyMention`
per amount or range. Percentages, counts without a currency, and years are never money.

Rules:
- A range is one mention: `amount_low`/`amount_high` hold its ends and `amount` is the low end
  (conservative sums); a single amount has all three equal.
- `qualifier` is one of `QUALIFIERS`, `per` one of `PERS`, both None when absent.
- `currency_inferred` is True when the ISO code was not pinned down by the text (bare `$`, "dollars",
  "rupees"...); ambiguous markers are resolved by `currencies.infer_currency_context`.
- In a table of amounts, the label after a figure is no scale: "$1,386,014 TN Tennessee" is 1386014 USD,
  "$2,174,709 LAC Los Angeles County" 2174709 USD; "$1.2 TN of debt", "$1.2TN" and "£3tn" are trillions
  (`_Scanner._table_label` has the rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import pycountry

from transforms.currencies import (
    AMBIGUOUS_WORDS,
    CODE_ALIASES,
    DEFAULT_CONTEXT,
    DOLLAR_ADJECTIVES,
    LOWER_CASE_CODES,
    PREFIX_SYMBOLS,
    SUFFIX_NAMES,
    UNKNOWN_CODE,
    WORDLIKE_CODES,
    CurrencyContext,
    CurrencyToken,
    iso_4217,
)
from transforms.rate_neighbours import share_per
from transforms.vocab import PERS, QUALIFIERS, MoneySource, Per, Qualifier

__all__ = ["PERS", "QUALIFIERS", "MoneyMention", "MoneyParseError", "decimal_text", "find_money"]


SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "tr": Decimal(10) ** 12,
    "quadrillion": Decimal(10) ** 15,  # never a real amount of money, but read as written so a check can refuse it
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
    "lacs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "cr": Decimal(10) ** 7,
    "lakh crore": Decimal(10) ** 12,
    "lakh crores": Decimal(10) ** 12,
    "thousand crore": Decimal(10) ** 10,
    "thousand crores": Decimal(10) ** 10,
}

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_FRACTIONS = {
    "half a": Decimal("0.5"),
    "a half": Decimal("0.5"),
    "a quarter of a": Decimal("0.25"),
    "quarter of a": Decimal("0.25"),
    "a quarter": Decimal("0.25"),
    "three quarters of a": Decimal("0.75"),
    "three-quarters of a": Decimal("0.75"),
    "three quarters": Decimal("0.75"),
    "a": Decimal(1),
    "an": Decimal(1),
}

_QUALIFIER_WORDS: dict[str, Qualifier] = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "almost": "nearly",
    "nearly": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "just over": "more than",
    "at least": "at least",
    "a minimum of": "at least",
    "no less than": "at least",
    "up to": "up to",
    "as much as": "up to",
    "as high as": "up to",
    "at most": "up to",
    "a maximum of": "up to",
    "no more than": "up to",
    "less than": "less than",
    "under": "less than",
    "below": "less than",
}
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
    "per household": "household",
    "a household": "household",
    "per family": "household",
    "a family": "household",
    "per month": "month",
    "a month": "month",
    "monthly": "month",
    "each month": "month",
    "every month": "month",
    "per week": "week",
    "a week": "week",
    "weekly": "week",
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
    "a bond": "unit",
    "a ticket": "unit",
}


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _phrases(words: list[str]) -> str:
    """Regex alternation of literal phrases, longest first, any run of spaces between their words."""
    return _alternation([re.escape(w).replace(r"\ ", r"\s+") for w in words])


# per phrases match hyphenated too: "an A$3.80-a-share proposal", "per-share"
_PER_ALTERNATION = _alternation([re.escape(w).replace(r"\ ", r"[\s-]+") for w in _PER_WORDS])
_N99 = (
    rf"(?:(?:{_alternation(list(_TENS))})(?:[- ](?:{_alternation(list(_UNITS)[:9])}))?"
    rf"|{_alternation(list(_UNITS))})"
)
_DIGIT_WORDS = {"zero": 0, "oh": 0, **{w: v for w, v in _UNITS.items() if v < 10}}
# Fractions of more than one word first: "three quarters of a billion" is not "three" then "a billion";
# decimals spelled digit by digit: "one point five million".
_SPELLED = (
    rf"(?:{_phrases([f for f in _FRACTIONS if ' ' in f or '-' in f])}"
    rf"|{_N99}\s+point(?:\s+(?:{_alternation(list(_DIGIT_WORDS))}))+"
    rf"|(?:{_N99}|an?)\s+hundred(?:\s+(?:and\s+)?{_N99})?|{_N99}(?:\s+and\s+a\s+half)?"
    rf"|{_phrases([f for f in _FRACTIONS if ' ' not in f and '-' not in f])})"
)
# Digits: Indian grouping (1,50,000), western grouping (1,500,000), plain, with optional decimals.
# Tokenised copy spaces its separators: "$ 75 , 000 , 000" is 75000000; a space groups thousands as the
# French and SI write them: "10 000 dollars" is 10000 (not 10, then 000 dollars).
_DIGITS = (
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?: , \d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)"
    r"(?:\.\d+)?|\.\d+"
)
# A number is not followed by more digits or an exponent ("1e308" is no amount).
# "1.234.567,89" is no "1.234" then more: a number is not followed by a dot and a digit either.
# A fraction of halves, quarters or eighths, whole part first: "3 1/2 million", "1/2 million" (exact decimals).
_NUMBER = re.compile(
    r"(?:(?P<whole>\d+) )?(?P<num>[1-7])/(?P<den>[248])(?![\d/])"
    rf"|(?P<digits>{_DIGITS})(?![\d,]*\d)(?!\.\d)(?![eE][+-]?\d)(?!/\d)|(?i:(?P<spelled>\b{_SPELLED}))\b"
)
# After a scale, a smaller part of the same number: "one million two hundred thousand", "2 billion 300
# million", "one thousand two hundred and thirty four" (spelled only: and, or no scale); "a million and a half".
_COMPOUND_JOIN = re.compile(r" (?:and )?")
_AND_A_HALF = re.compile(r"(?i:\s+and\s+a\s+half)\b")
# Continental grouping: dots group thousands, a comma starts the decimals; German "Mio."/"Mrd." scales.
_EUROPEAN = re.compile(
    r"(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d{1,2}))?(?![\d,.]*\d)(?:[ \u00a0]?(?P<scale>Mio|Mrd)\.)?"
)
_THREE_DECIMALS = re.compile(r"\d{1,3}\.\d{3}\s?€")
_EUROPEAN_SCALES = {"Mio": Decimal(10) ** 6, "Mrd": Decimal(10) ** 9}
_SCALE = re.compile(rf"(?P<sep>\s?|-)(?i:(?P<scale>{_phrases(list(SCALES))}))\b(?!\s*%)")
_SYMBOLS = _alternation([re.escape(s).replace(r"\ ", r"\s?") for s in PREFIX_SYMBOLS])
# What starts the next cell of a table after a place code: a capitalised name, a currency symbol or a figure
# ("$1,386,014 TN Tennessee $4,651,811", "$48,066,707 TN $7,383,933 TX").
_NEXT_CELL = re.compile(rf"[ \t]+(?:[A-Z][a-z]|{_SYMBOLS}|\d)")
# The major codes in lower case before the number too: "usd 5", "eur 20", "inr 100".
_LOWER_PREFIX_CODES = _alternation(
    [c.lower() for c in "USD EUR GBP JPY CHF CNY AUD CAD NZD HKD SGD INR SEK NOK DKK KRW BRL MXN ZAR".split()]
)
_PREFIX = re.compile(
    rf"(?:(?P<symbol>{_SYMBOLS})"
    rf"|\b(?P<mega>[MKT])?(?P<code>[A-Z]{{3}})|\b(?P<lower>{_LOWER_PREFIX_CODES}))\s?(?=[\d.])"
)
# Codes that are only ever money before a number, however small or glued ("USD 85 a barrel", "USD240");
# other codes before a small bare number are names ("COP28", "SDG 7").
# Beyond the majors, codes no name or version is written as ("KWD 10", "IDR3"); not PHP ("PHP 7"), RON ("RON
# 95" petrol), NPR, ILS or ARS, which are.
MAJOR_CODES = frozenset(
    "USD EUR GBP JPY CHF CNY CAD AUD NZD INR HKD SGD SEK NOK DKK KRW BRL MXN ZAR RUB PLN "
    "KWD AED SAR QAR BHD OMR JOD EGP LBP THB IDR MYR CZK HUF UAH KES NGN GHS PKR BDT LKR TWD CLP VND".split()
)
# "MSEK 75", "45 MUSD", "TSEK 300": company reports' thousand (K/T) and million (M) prefixed codes.
_CODE_MULTIPLIERS = {"M": Decimal(10) ** 6, "K": Decimal(10) ** 3, "T": Decimal(10) ** 3}
# Every one-character symbol but "$" may follow the number too: "20€", "500 €", "100元", "50 ₾".
# "$" after the number only where no number follows it: "it cost 25 $." but not "5 $10".
_SUFFIX_SYMBOL = re.compile(
    rf"(?P<symbol>{_alternation([re.escape(s) for s in PREFIX_SYMBOLS if len(s) == 1 and not s.isascii()])}"
    r"|\$(?!\s?\.?\d))"
)
# A minor amount after a major one of the same currency: "7 dollars 25 cents", "15 ringgit and 60 sen",
# "thirteen dollars and forty-five cents".
_MINOR_AFTER = re.compile(
    rf"(?:\s*(?:and\s+)?(?P<minor>\d{{1,2}})(?=[pc]\b)|(?:\s*(?:and\s+)?(?P<minor_spaced>\d{{1,2}})|\s+(?:and\s+)?(?P<words>{_N99}))\s+)"
    r"(?P<unit>cents?|sen|pence|p(?<=\dp)|c(?<=\dc)|paise|paisa|kopecks?|kopeks?|centimes?|centavos?|satang|fen"
    r"|agorot|kobo|pesewas?|mao|jiao)\b",
    re.IGNORECASE,
)
_FEN_AFTER = re.compile(r"(?i:\s+(?:and\s+)?(?P<fen>\d)\s+fen)\b")
# Minor units that are a hundredth of whichever currency they follow.
_SHARED_MINOR = re.compile(r"(?:cents?|c|centimes?|centavos?)\Z")
# Spelled cents with no unit, closing a spelled amount: "thirteen dollars forty five." is 13.45, "twenty
# dollars and 43." 20.43.
_SPELLED_MINOR_AFTER = re.compile(rf"\s+(?:and\s+)?(?P<words>{_N99}|\d\d)(?=\s*(?:[.,;:!?)]|$))", re.IGNORECASE)
# Two-digit cents with no unit after a whole amount and its currency's name, closing the phrase: "2 pounds
# 50 for a pint", "3 euros 50." ("5 dollars 50 times" is no such thing: a word other than "for" follows);
# after a sign, only before punctuation: "$20 43." is 20.43.
_DIGIT_MINOR_AFTER = re.compile(r" (?P<minor>\d{2})(?=\s*(?:[.,;:!?)]|$)|\s+for\b)")
_KUAI_TENTH = re.compile(r" (?P<mao>\d)(?=\s*(?:[.,;:!?)\"'’”]|$))")
_DIGIT_MINOR_CLOSING = re.compile(r" (?P<minor>\d{2})(?=\s*(?:[.,;:!?)]|$))")
#: Currencies whose minor unit is a hundredth, for cents without a unit.
_HUNDREDTHS = frozenset(
    {"USD", "EUR", "GBP", *DOLLAR_ADJECTIVES.values()}
    | set("INR PKR LKR NPR ZAR MYR CHF BRL MXN PHP RUB TRY ILS AED SAR QAR EGP NGN KES GHS PLN SEK NOK DKK".split())
)
_NATIONAL_DOLLARS = [re.escape(a) for a, code in DOLLAR_ADJECTIVES.items() if code != "USD"]
# "$1.21 billion Canadian)": a nationality closing the amount, before punctuation, names its dollar.
_DOLLAR_AFTER = re.compile(rf"\s+(?i:(?P<adj>{_alternation(_NATIONAL_DOLLARS)}))(?=\s*[)\].,;:]|\s*$)")
_SUFFIX_NAME = re.compile(rf"(?i:(?P<name>{_alternation(list(SUFFIX_NAMES))}))\b")
_SUFFIX_CODE = re.compile(
    rf"(?:(?P<mega>[MKT])?(?P<code>[A-Z]{{3}})|(?P<lower>{_alternation(list(LOWER_CASE_CODES))}))\b"
)
_GLUED_SIGN = re.compile(r"元|Rs\b")
_NOTE_AFTER = re.compile(r"\s+(?:bank\s*)?(?:notes?|coins?|bills?)\b")
_SPACE = re.compile(r"[ \t\u00a0]*")
_RANGE_SEP = re.compile(r"\s*(?P<sep>-|–|—|to|and)\s*")
_QUALIFIER_BEFORE = re.compile(rf"(?i:\b(?P<q>{_phrases(list(_QUALIFIER_WORDS))}))\s+$")
_RANGE_OPENER_BEFORE = re.compile(r"(?i:\b(?P<w>between|from))\s+$")
# "shares fell $3.20 to $45.10" is a change and a level, not a range.
_CHANGE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|dropped|drops|climbed|climbs|jumped|jumps|slid|"
    r"slipped|gained|gains|lost|loses|increased|increases|decreased|decreases|declined|declines|grew|grows|"
    r"surged|surges|plunged|plunges|slumped|tumbled|soared|soars|up|down|cut|raised|lowered))\s+(?:by\s+)?$"
)
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
# A minimum wage is per hour: "a US$2 minimum wage increase", "the minimum wage of $7.25".
_MINIMUM_WAGE_AFTER = re.compile(r"(?i:\s+(?:federal\s+|state\s+)?minimum[\s-]+wage\b)")
_MINIMUM_WAGE_BEFORE = re.compile(
    rf"(?i:\bminimum[\s-]+wage\b(?:{_NOT_SENTENCE_END}{{0,25}}|{_NOT_SENTENCE_END}{{0,80}}\b(?:to|by|at|from)\s+)$)"
)
_EXCHANGE_BEFORE = re.compile(
    r"(?i:\bone\s+[\w-]+\s+(?:is|was)\s+(?:now\s+|currently\s+)?worth\s+(?:about\s+|approximately\s+|around\s+|nearly\s+)?$)|"
    rf"(?i:\b(?:against|versus|to)\s+the\s+(?:US\s+)?(?:dollar|euro|pound|yen|yuan)\b{_NOT_SENTENCE_END}{{0,30}}$)|"
    r"(?i:\b(?:the\s+)?(?:pound|euro|dollar|yen|yuan|rupee|rouble|ruble|sterling|franc|peso|lira|rand)\s+"
    r"(?:(?:is|was|were|has\s+been|had\s+been)\s+)?(?:now\s+)?(?:worth|buys|bought|fetch(?:es|ed)|(?:trading|traded)\s+at|(?:rose|fell|climbed|"
    r"dropped|slipped|jumped|gained|hit|reached|fallen|risen|sank|slumped|plunged|recovered)(?:\s+[\w%.]+){0,3}?\s+"
    r"(?:to|at))\s+(?:about\s+|around\s+|nearly\s+|just\s+|almost\s+)?$)|"
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
_WEIGHT_AFTER = re.compile(r"(?i:\s+(?:of|heavier|lighter|overweight)\b)")
_WEIGHT_BEFORE = re.compile(r"(?i:\b(?:lost|lose|losing|gained|gain|gaining|weighs?|weighing|weighed|lifted|lift))\s+$")
# Minor units glued to the digits: "99p", "50c".
_GLUED_MINOR = re.compile(r"(?P<unit>p\b|c\b|¢)(?![.,]?\d)(?!\.m\.)")  # "7:30p.m." is a time
_GLUED_MINOR_TOKENS = {
    "p": CurrencyToken("GBP", True, None, 100),
    "c": CurrencyToken("USD", False, "dollar", 100),
    "¢": CurrencyToken("USD", False, "dollar", 100),
}
# Where an amount may start; a sign that starts with a letter never right after an apostrophe ("the company
# 's $ 5 million" is no Singapore dollar).
_ANCHOR = re.compile(
    rf"(?:(?<![A-Za-z.])(?:(?<=['’])(?![A-Za-z])|(?<!['’]))(?:{_SYMBOLS})|\b[MKT]?[A-Z]{{3}}\s?|\b(?:{_LOWER_PREFIX_CODES})\s?)(?=\s?[\d.])"
    rf"|(?<![\w.,/])(?<!\d )\d|(?<![\w.,])\.\d|(?i:\b(?:{_N99}|a|an|half|quarter)\b)"
)
# "grand" as a thousand, but never the adjective: "two grand pianos", "a $5 grand prize", "50 grand-prix".
_GRAND_AFTER = re.compile(
    r"\s+grand\b(?!-)(?!(?i:\s+(?:prize|prix|total|jury|juries|slam|opening|final|master|tour|champion|piano|"
    r"theft|larceny|canyon|duke|duch|national|old|scheme|plan|strateg|stand|hotel|marshal|lodge|bargain|coalition|"
    r"mosque|palace|rapids|hall|central|union|design|ambition|vision|gesture|entrance|ballroom|mufti|ayatollah|"
    r"children|child|son|daughter|nephew|niece|tradition|style|scale|illusion|larcen|sum|total)))"
)
#: Families of signs that are also letters or words, read before a scale, grouping or decimals only.
_NO_PLAIN_NUMBER = frozenset({"rand", "leone", "p_sign", "florin", "dm", "ecu"})
_GRAND_TOKEN = CurrencyToken("USD", False, "dollar")
# "a grand", "a buck" are money only after a price verb ("paid a grand", "it cost me a buck"; "shot a buck"
# is a deer, "to make a buck" an idiom), and a colloquial amount without a symbol only where it closes its
# phrase ("lost fifty grand at the track"; "three grand staircases" is none).
_PRICE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:costs?|costing|paid|pays?|paying|charged?|charges|charging|spent|spends?|spending|owed?|owes|owing|"
    r"lost|loses?|losing|bets?|betting|(?:sold|sells?|selling|bought|buys?|buying)(?:\s+[\w-]+){0,3}?\s+for|worth)"
    r"(?:\s+(?:me|him|her|us|them|you))?)\s+$"
)
_COLLOQUIAL_END = re.compile(
    r"(?=\s*(?:[.,;:!?)\"'’”]|$))|\s+(?:for|on|in|to|at|from|back|each|apiece|a|an|per|and|or|of)\b"
)
# A bare "won" after a number is the verb ("12 won", "the team won 3 games") unless the number is a price in
# won (1,000 and over, no year) closing its phrase: "a coffee costs 4500 won.", "1000 won for a ticket".
_WON_END = re.compile(
    r"(?=\s*(?:[.,;:!?()]|$))|\s+(?:for|each|apiece|per)\b"
    r"|\s+(?:a|an)\s+(?:month|year|week|day|night|kilo\w*|kg|litre|liter|bowl|cup|ticket|person|head)\b"
    r"|\s+(?:to|against)\s+the\s+(?:US\s+|U\.S\.\s+)?dollar\b"
)
_INDEFINITE = re.compile(r"(?i:an?)\b")
_SUFFIX_NAME_KEYS = list(SUFFIX_NAMES)
_SUFFIX_NAME_RES = [(re.compile(rf"(?i:{k})\Z"), SUFFIX_NAMES[k]) for k in _SUFFIX_NAME_KEYS]


@lru_cache(maxsize=1)
def _place_code_scales() -> frozenset[str]:
    """The two-letter scale abbreviations that, in capitals, are also a US state or ISO 3166 country code."""
    states = {s.code.removeprefix("US-") for s in pycountry.subdivisions.get(country_code="US")}
    places = states | {c.alpha_2 for c in pycountry.countries}
    return frozenset(k.upper() for k in SCALES if len(k) == 2 and k.upper() in places)


class MoneyParseError(ValueError):
    """Text that looked like money but does not normalise to an exact amount."""


@dataclass(frozen=True)
class MoneyMention:
    """One monetary amount (or range) found in a text; offsets are into that text.

    `find_money` leaves `sentence_index` and `source` unset; `transforms.extract` fills them per article.
    """

    text: str
    start: int
    end: int
    amount: Decimal
    amount_low: Decimal
    amount_high: Decimal
    currency: str
    currency_inferred: bool
    qualifier: Qualifier | None = None
    per: Per | None = None
    sentence_index: int = 0
    source: MoneySource = "rules"  # "ner+rules" when the NER model also tagged it MONEY


@dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    number: Decimal
    scale: Decimal | None
    token: CurrencyToken | None
    has_grouping: bool
    spelled: bool


def spelled_to_decimal(words: str) -> Decimal:
    """Value of a spelled-out number such as "twenty-five", "two hundred and ten", "half a"."""
    text = " ".join(words.lower().replace("-", " ").split())
    if " point " in text:
        whole, _, decimals = text.partition(" point ")
        return spelled_to_decimal(whole) + Decimal("0." + "".join(str(_DIGIT_WORDS[w]) for w in decimals.split()))
    for fraction, value in _FRACTIONS.items():
        if text == fraction:
            return value
    half = Decimal(0)
    if text.endswith(" and a half"):
        half = Decimal("0.5")
        text = text[: -len(" and a half")]
    total = 0
    current = 0
    for word in text.split():
        if word == "and":
            continue
        if word in ("a", "an"):
            current += 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            raise MoneyParseError(f"not a number word: {word!r}")
    total += current
    return Decimal(total) + half


def parse_number(text: str) -> Decimal:
    """Exact value of digits as news writes them: `1,500,000`, `1,50,000`, `2.75`, `.5`."""
    cleaned = re.sub(r"[ ,\u00a0\u202f]", "", text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise MoneyParseError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise MoneyParseError(f"not a finite number: {text!r}")
    return value


def scale_value(scale: str) -> Decimal:
    """Multiplier of a scale word or abbreviation: "million" -> 10**6, "lakh crore" -> 10**12."""
    key = " ".join(scale.lower().split())
    if key not in SCALES:
        raise MoneyParseError(f"unknown scale {scale!r}")
    return SCALES[key]


def normalise_amount(number: Decimal, scale: Decimal | None = None, minor: int = 1) -> Decimal:
    """Apply a scale multiplier and a minor-unit divisor (100 for cents), exactly."""
    value = number * scale if scale is not None else number
    return value / minor if minor != 1 else value


def decimal_text(value: Decimal) -> str:
    """Plain positional text of a decimal, no exponent: Decimal("1E+6") -> "1000000"."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _suffix_token(name: str) -> CurrencyToken:
    for pattern, token in _SUFFIX_NAME_RES:
        if pattern.match(name):
            return token
    raise MoneyParseError(f"unknown currency name {name!r}")


def _prefix_token(match: re.Match[str]) -> CurrencyToken | None:
    symbol = match.group("symbol")
    if symbol is not None:
        return PREFIX_SYMBOLS[" ".join(symbol.split()) if " " in symbol else symbol]
    code = match.group("code") or match.group("lower").upper()
    code = CODE_ALIASES.get(code, code)
    if code in iso_4217():
        return CurrencyToken(code, True)
    return None


class _Scanner:
    """A recursive-descent reader over one text, position by position, using anchored regexes."""

    def __init__(self, text: str, context: CurrencyContext) -> None:
        self.text = text
        self.context = context

    def skip_space(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()  # type: ignore[union-attr]

    def prefix(self, pos: int) -> tuple[CurrencyToken, int, bool, Decimal | None] | None:
        """A currency marker at `pos`: its token, where it ends, whether it was an ISO code, and the
        multiplier of a thousand/million-prefixed code ("MSEK")."""
        match = _PREFIX.match(self.text, pos)
        if match is None:
            return None
        # A prefix must not be glued to a preceding word ("BR$5" is not "R$5").
        if pos > 0 and (self.text[pos - 1].isalnum() or self.text[pos - 1] == "."):
            return None
        token = _prefix_token(match)
        if token is None:
            return None
        code = match.group("code") or match.group("lower")
        if code in WORDLIKE_CODES and match.end() != match.end("code"):
            return None  # "ALL 5" is not Albanian lek
        mega = match.group("mega")
        return token, match.end(), code is not None, _CODE_MULTIPLIERS[mega] if mega else None

    def number(self, pos: int) -> tuple[Decimal, bool, bool, int] | None:
        match = _NUMBER.match(self.text, pos)
        if match is None:
            return None
        if match.group("den") is not None:
            whole = Decimal(match.group("whole") or 0)
            return whole + Decimal(match.group("num")) / Decimal(match.group("den")), False, False, match.end()
        if match.group("digits") is not None:
            digits = match.group("digits")
            # "5.5%" and "3.2 per cent" are not money; a digit glued to letters ("B52") neither.
            return parse_number(digits), "," in digits, False, match.end()
        return spelled_to_decimal(match.group("spelled")), False, True, match.end()

    def european(self, pos: int, token: CurrencyToken | None) -> tuple[Decimal, bool, bool, int] | None:
        """A number as continental Europe writes it, where no English reading competes: "1.000,50 €",
        "€ 1.234.567,89", "R$ 1.234.567" (dot-grouped with decimals, or two dot groups) in any currency;
        "€ 20,43", "20,43 €", "2,5 €" and "2,5 Mio. €" (a decimal comma alone) in euros only. "€1.000" is
        an English decimal, and "$20,43" no number."""
        match = _EUROPEAN.match(self.text, pos)
        if match is None:
            return None
        whole, frac, scale = match.group("whole"), match.group("frac"), match.group("scale")
        dotted = "." in whole
        if not frac and whole.count(".") < 2:
            return None
        if token is None:
            suffixed = self.suffix(match.end())
            token = suffixed[0] if suffixed is not None and suffixed[1] != "$" else None
        if token is None or (not dotted and token.code != "EUR"):
            return None
        value = Decimal(whole.replace(".", "") + (f".{frac}" if frac else ""))
        return value * _EUROPEAN_SCALES[scale] if scale else value, dotted, False, match.end()

    def scale(self, pos: int, figure: str) -> tuple[str, int] | None:
        """The scale word after `figure` (the number as written) at `pos`, and where it ends."""
        match = _SCALE.match(self.text, pos)
        if match is None:
            return None
        scale = match.group("scale")
        if self._table_label(scale, match.group("sep"), figure, match.end()):
            return None
        abbreviation = len(scale) <= 3 and scale.lower() not in ("lac",)
        if abbreviation and match.group("sep") not in ("", " "):
            return None
        if abbreviation and scale.lower() in ("m", "b", "k", "tr", "cr") and match.group("sep") == " ":
            # "$5 m" is money, "$5 m long" is unlikely; keep spaced one-letter scales only when not
            # followed by another word that would make the letter an initial.
            follow = self.text[match.end() : match.end() + 2]
            if follow[:1] == "." and follow[1:2].isalpha():
                return None
        return scale, match.end()

    def compound(self, pos: int, value: Decimal, scale: Decimal, spelled: bool) -> tuple[Decimal, int]:
        """`value` (in units of `scale`) with the smaller parts written after it at `pos`, and where they end:
        "one million | two hundred thousand", "2 billion | 300 million", "one thousand | two hundred and
        thirty four" (a last part without a scale only when spelled), "a million | and a half"."""
        half = _AND_A_HALF.match(self.text, pos)
        if half is not None:
            return value + Decimal("0.5"), half.end()
        total, last = value * scale, scale
        while (join := _COMPOUND_JOIN.match(self.text, pos)) is not None:
            if join.group() != " " and not spelled:
                break
            part = self.number(join.end())
            if part is None or part[2] != spelled or part[1]:
                break
            scaled = self.scale(part[3], self.text[join.end() : part[3]])
            size = scale_value(scaled[0]) if scaled is not None else Decimal(1)
            if size >= last or (scaled is None and (not spelled or last < 1000 or part[0] >= 1000)):
                break
            total, last, pos = total + part[0] * size, size, scaled[1] if scaled is not None else part[3]
            if scaled is None:
                break
        return total / scale, pos

    def _table_label(self, written: str, sep: str, figure: str, end: int) -> bool:
        """Whether an abbreviated scale after `figure` is a table's label instead: "$1,386,014 TN" is
        $1,386,014 for Tennessee, not 1.386014 quintillion dollars.

        Rules (an abbreviation is a scale of at most three letters: K, M, MN, BN, TN, CR, LAC…):
        - a figure written out to the cent with thousands separators takes no abbreviated scale
          ("$250,000.00 K'IMA:W MEDICAL CENTER", "$238,701.00 LAC COURTE OREILLES");
        - an abbreviation of two or three capitals, apart from the figure, that starts the next cell of a
          table — a capitalised name, a currency symbol or a figure follows — is a label
          ("$2,174,709 LAC Los Angeles County", "$48,066,707 TN $7,383,933 TX", "$1.5 TN Tennessee");
        - capitals apart from the figure that are also a US state or ISO 3166 country code (TN
          Tennessee/Tunisia, MN Minnesota/Mongolia, BN Brunei, TR Turkey, CR Costa Rica) are a place after a
          whole or comma-grouped figure ("$1,386,014 TN", "$2,000 MN", "$5 BN"): nobody abbreviates the
          scale of a figure written out to the unit.
        A decimal figure in running text keeps its scale ("$1.2 TN of debt" is 1.2 trillion), as do
        abbreviations glued to the figure ("$1.2TN", "US$5BN") and any not all in capitals ("$1.2 tn",
        "£3tn", "$5 Bn", "Rs 1,500 Cr"): codes and labels are written in capitals, apart from the number.
        """
        if len(written) > 3:
            return False
        if "," in figure and re.search(r"\.\d\d\Z", figure):
            return True
        if sep == "" or not written.isupper() or len(written) < 2:
            return False
        if _NEXT_CELL.match(self.text, end) is not None:
            return True
        return written in _place_code_scales() and ("." not in figure or "," in figure)

    def suffix(
        self, pos: int, after_digits: bool = True, scaled: bool = False
    ) -> tuple[CurrencyToken, str, int] | None:
        start = self.skip_space(pos)
        hyphened = start == pos and self.text.startswith("-", pos)  # "a five-dollar fee", "a 10-euro note"
        if hyphened:
            start += 1
        elif start == pos and self.text[pos : pos + 1].isalpha() and not _GLUED_SIGN.match(self.text, pos):
            return None  # "5kg" is no amount; "100元" and "20Rs" are (元 is a letter to Unicode)
        name = _SUFFIX_NAME.match(self.text, start)
        if name is not None:
            written = name.group("name")
            ambiguous = written.lower().rstrip("s") in AMBIGUOUS_WORDS
            if hyphened and ambiguous and not scaled and not _NOTE_AFTER.match(self.text, name.end()):
                return None  # "a 20-pound turkey" is a weight, "a 2-won" nothing; "a five-pound note", "a 1.5
                # billion-pound bid" are money
            return _suffix_token(written), written, name.end()
        if hyphened:
            return None
        code = _SUFFIX_CODE.match(self.text, start) if after_digits else None
        iso = (LOWER_CASE_CODES.get(code.group("lower")) or code.group("code")) if code is not None else None
        iso = CODE_ALIASES.get(iso or "", iso)
        if code is not None and iso in iso_4217() and iso not in WORDLIKE_CODES:
            return CurrencyToken(iso, True), code.group(), code.end()
        symbol = _SUFFIX_SYMBOL.match(self.text, start) if after_digits else None
        if symbol is not None:  # "20€", "500 €": the symbol after the number, European style
            return PREFIX_SYMBOLS[symbol.group("symbol")], symbol.group("symbol"), symbol.end()
        return None

    def amount(self, pos: int) -> _Amount | None:
        """One amount at `pos`: [prefix] number [scale] [suffix]; the currency may be missing."""
        token: CurrencyToken | None = None
        cursor = pos
        prefixed = self.prefix(pos)
        by_code = False
        code_scale: Decimal | None = None
        if prefixed is not None:
            token, cursor, by_code, code_scale = prefixed
        number = self.number(cursor) or self.european(cursor, token)
        if number is None:
            return None
        number_start = cursor
        value, grouping, spelled, cursor = number
        number_end = cursor
        if spelled and token is not None:
            return None
        scale_word: str | None = None
        scaled = self.scale(cursor, self.text[number_start:number_end])
        if scaled is not None:
            scale_word, cursor = scaled
            value, cursor = self.compound(cursor, value, scale_value(scale_word), spelled)
        if (
            spelled
            and scale_word is not None
            and self.text.startswith("-", cursor)
            and _INDEFINITE.match(self.text, pos)
        ):
            return None  # "a billion-dollar disaster" is a size, no amount; "seven-million-dollar" is one
        if spelled and value in (Decimal(1), Decimal("0.5"), Decimal("0.25")) and scale_word is None:
            # "a dollar", "half a dollar", "a quarter of a dollar" are money; "a quarter" alone is too weak.
            word = " ".join(self.text[pos:cursor].lower().split())
            if word not in ("one", "a", "an", "half a") and not word.endswith(" of a"):
                return None
        plain_number = scale_word is None and not any(c in self.text[number_start:number_end] for c in ",.")
        if token is not None and token.family in _NO_PLAIN_NUMBER and plain_number:
            return None  # "R2" is a road or a droid, "Le 14" French; "R2 billion", "R99.95", "Le 50,000" are money
        if (
            by_code
            and plain_number
            and code_scale is None
            and token is not None
            and token.code not in MAJOR_CODES
            and (value < 100 or not self.text[number_start - 1].isspace())
        ):
            return None  # "COP28", "SDG 7", "G20": a code before a small bare number is a name
        return self._with_currency_after(pos, cursor, value, scale_word, code_scale, token, grouping, spelled)

    def _with_currency_after(
        self,
        pos: int,
        cursor: int,
        value: Decimal,
        scale_word: str | None,
        code_scale: Decimal | None,
        token: CurrencyToken | None,
        grouping: bool,
        spelled: bool,
    ) -> _Amount | None:
        """The amount read from `pos` to `cursor` (its number and scale), completed by what follows: a glued
        minor unit ("99p"), a currency after the number ("5 million dollars", "45 MUSD"), a redundant name
        after a symbol ("$5 million dollars") or a nationality naming its dollar ("$1.21 billion Canadian")."""
        grand = _GRAND_AFTER.match(self.text, cursor) if scale_word is None and code_scale is None else None
        bare_grand = token is None and value >= 1000  # "in 1990 grand opera" is a year
        if grand is not None and not grouping and not bare_grand and self._colloquial(pos, grand.end(), token):
            # "50 grand", "$5 grand": thousands, of dollars unless a symbol says otherwise ("a grand jury" is none)
            return _Amount(pos, grand.end(), value, SCALES["thousand"], token or _GRAND_TOKEN, grouping, spelled)
        if token is None and scale_word is None and not spelled:
            glued = _GLUED_MINOR.match(self.text, cursor)
            if glued is not None:
                return _Amount(pos, glued.end(), value, None, _GLUED_MINOR_TOKENS[glued.group("unit")], grouping, False)
        if token is None:
            suffixed = self.suffix(cursor, not spelled, scale_word is not None)  # "a CHW programme" is no amount
            if suffixed is not None:
                suffix_token, written, end = suffixed
                if spelled and written.lower().startswith("penn"):
                    return None  # "will not pay a penny more" is an idiom, "99 pennies" an amount
                if not self._suffix_plausible(suffix_token, written, value, scale_word, grouping, pos, end):
                    return None
                token, cursor = suffix_token, end
                if len(written) == 4 and written[0] in _CODE_MULTIPLIERS and written[1:] == token.code:
                    code_scale = _CODE_MULTIPLIERS[written[0]]  # "45 MUSD"
        else:
            # "$5 million dollars", "US$ 5 million USD": a redundant name after a symbol is part of it.
            suffixed = self.suffix(cursor)
            if suffixed is not None and suffixed[0].code == token.code and suffixed[0].minor == 1:
                cursor = suffixed[2]
        if token is not None and token.family == "dollar" and token.minor == 1:
            national = _DOLLAR_AFTER.match(self.text, cursor)
            if national is not None:  # "$1.21 billion Canadian"
                token = CurrencyToken(DOLLAR_ADJECTIVES[national.group("adj").lower()], True)
                cursor = national.end()
        multiplier = scale_value(scale_word) if scale_word else code_scale
        return _Amount(pos, cursor, value, multiplier, token, grouping, spelled)

    def _colloquial(self, start: int, end: int, token: CurrencyToken | None) -> bool:
        """Whether a colloquial amount ("fifty grand", "a buck") at text[start:end] is money: with a symbol
        ("$5 grand") it is; without, it closes its phrase, and "a"/"an" needs a price verb before it."""
        if token is not None:
            return not _INDEFINITE.match(self.text, start)
        if _COLLOQUIAL_END.match(self.text, end) is None:
            return False
        return not _INDEFINITE.match(self.text, start) or bool(
            _PRICE_VERB_BEFORE.search(self.text, max(0, start - 40), start)
        )

    def _suffix_plausible(
        self,
        token: CurrencyToken,
        written: str,
        value: Decimal,
        scale: str | None,
        grouping: bool,
        start: int,
        end: int,
    ) -> bool:
        word = written.lower().split()[-1].rstrip("s")
        if written.lower() == "buck":
            return value == 1 and self._colloquial(start, end, None)  # "paid a buck"; "5 buck" is none
        if written == "€" and _THREE_DECIMALS.fullmatch(self.text, start, end):
            return False  # "1.000 €": a thousand in European copy, one euro in English; neither is safe
        if word == "pound" and len(written.split()) == 1:
            # "fined 500 pounds" is money; "200 pounds of beef", "lost 20 pounds" and any "pounds" in an
            # article that weighs things in pounds are weights.
            if (
                self.context.pounds_are_weight
                or _WEIGHT_AFTER.match(self.text, end)
                or _WEIGHT_BEFORE.search(self.text, max(0, start - 25), start)
            ):
                return False
        elif word in AMBIGUOUS_WORDS and len(written.split()) == 1 and scale is None and not grouping:
            # "in 2019 won the prize", "a 5 dong" need a scale or digit grouping; "90 rand" and "5 mao" in
            # lower case are the currency ("Ayn Rand", "2 Rand novels", "Mao" are names)
            if word == "won":
                return value >= 1000 and not 1800 <= value <= 2100 and _WON_END.match(self.text, end) is not None
            return written in ("rand", "mao")
        if scale is None and not grouping and value == value.to_integral_value() and 1800 <= value <= 2100:
            return token.explicit and word not in AMBIGUOUS_WORDS  # "2019 dollars" is a year, "2019 euros" is money
        return True


def _combine(first: _Amount, second: _Amount) -> tuple[Decimal, Decimal, CurrencyToken]:
    token = first.token or second.token
    assert token is not None
    if first.token is not None and second.token is not None and first.token.code != second.token.code:
        raise MoneyParseError("range ends in different currencies")
    first_scale = first.scale if first.scale is not None else second.scale
    return (
        normalise_amount(first.number, first_scale, token.minor),
        normalise_amount(second.number, second.scale, token.minor),
        token,
    )


def find_money(text: str, context: CurrencyContext = DEFAULT_CONTEXT) -> list[MoneyMention]:
    """Every monetary amount in `text`, in order, as exact decimals with ISO 4217 codes."""
    scanner = _Scanner(text, context)
    found: list[MoneyMention] = []
    pos = 0
    for anchor in _ANCHOR.finditer(text):
        start = anchor.start()
        if start < pos:
            continue
        try:
            mention = _read_mention(scanner, start, context)
        except MoneyParseError:
            mention = None
        if mention is not None:
            found.append(mention)
            pos = mention.end
    return share_per(text, found)


def _read_mention(scanner: _Scanner, start: int, context: CurrencyContext) -> MoneyMention | None:
    """The mention whose first amount is at `start`: a range or a single amount, with its qualifier and rate."""
    text = scanner.text
    first = scanner.amount(start)
    if first is None:
        return None
    ranged = _read_range(scanner, start, first)
    if ranged is not None:
        start, end, low, high, token = ranged
    else:
        single = _read_single(scanner, first, context)
        if single is None:
            return None
        end, low, token = single
        high = low
    if context.of_article and context.resolve(token) == UNKNOWN_CODE:
        return None  # "100 dinars" in an article that names no dinar's country
    qualifier: Qualifier | None = None
    q = _QUALIFIER_BEFORE.search(text, max(0, start - 25), start)
    if q is not None:
        qualifier = _QUALIFIER_WORDS[" ".join(q.group("q").lower().split())]
    per = _per_of(text, start, end, scaled=first.scale is not None)
    surface_end = end
    while surface_end > start and text[surface_end - 1] in " \t":
        surface_end -= 1
    return MoneyMention(
        text=text[start:surface_end],
        start=start,
        end=surface_end,
        amount=low,
        amount_low=low,
        amount_high=high,
        currency=context.resolve(token),
        currency_inferred=not token.explicit,
        qualifier=qualifier,
        per=per,
    )


def _per_of(text: str, start: int, end: int, scaled: bool) -> Per | None:
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
    duration = _DURATION_AFTER.match(text, end)
    if duration is not None:
        return "hour" if duration.group("n").lower() in ("an", "one") and duration.group("unit") == "hour" else "unit"
    if _SHARE_BEFORE.search(before) is not None:
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


def _is_range(first: _Amount, second: _Amount, sep: str) -> bool:
    """Whether `first <sep> second` reads as one range rather than two separate things."""
    if first.token is None and second.token is None:
        return False
    if first.token is None:
        # "5-10 million dollars", "5 to 10 dollars", "between 40 and 60 dollars": the first end borrows the
        # second's currency (a change verb before, "rose 5 to 10 dollars", makes two things: `_read_range`).
        return True
    if second.spelled and second.token is None:
        return False  # "$1 billion – a cumulative price tag": "a" is not the range's other end
    if second.token is None:
        # "$5-10 million", "$3 to 4 million"; "$5 to 10 people" is not a range.
        return second.scale is not None or sep in ("-", "–", "—")
    return True


def _is_change(text: str, start: int, first: _Amount) -> bool:
    """Whether `first` at `start`, then "to" and an amount, is a change from one level to another (two things):
    "from $30 to $8", "fell $3.20 to $45.10", "rose from 10 to 20 dollars"; not "costs from 10 to 20 dollars" nor
    "dropped by 1 to 2 cents", where a bare first end borrows the second's currency in a range."""
    opener = _RANGE_OPENER_BEFORE.search(text, max(0, start - 12), start)
    if opener is not None and opener.group("w").lower() == "from":
        at = opener.start()
        return first.token is not None or _CHANGE_VERB_BEFORE.search(text, max(0, at - 20), at) is not None
    verb = _CHANGE_VERB_BEFORE.search(text, max(0, start - 20), start)
    return verb is not None and not (first.token is None and verb.group().split()[-1].lower() == "by")


def _read_range(
    scanner: _Scanner, start: int, first: _Amount
) -> tuple[int, int, Decimal, Decimal, CurrencyToken] | None:
    """The range that `first` (read at `start`) opens, as (start, end, low, high, currency); None when the
    text after `first` is no range's other end. A range after "between" starts at "between"."""
    text = scanner.text
    opener = _RANGE_OPENER_BEFORE.search(text, max(0, start - 12), start)
    separator = _RANGE_SEP.match(text, first.end)
    opener_word = opener.group("w").lower() if opener is not None else None
    if separator is None:
        return None
    sep = separator.group("sep")
    # A change is two amounts; "and" joins a range only after "between".
    if (sep == "to" and _is_change(text, start, first)) or (sep == "and" and opener_word != "between"):
        return None
    second = scanner.amount(separator.end())
    if second is None or not _is_range(first, second, sep):
        return None
    if first.token is not None and second.token is not None and first.token.code != second.token.code:
        return None  # "10 dollars to 100 yuan": two amounts in two currencies, no range
    low, high, token = _combine(first, second)
    if not low < high:
        return None
    if opener is not None and opener_word == "between":
        start = opener.start()
    return start, second.end, low, high, token


def _read_single(
    scanner: _Scanner, first: _Amount, context: CurrencyContext
) -> tuple[int, Decimal, CurrencyToken] | None:
    """`first` as an amount of its own, as (end, amount, currency), with a minor amount after it; None when
    it names no currency."""
    text = scanner.text
    if first.token is None:
        return _change_start(scanner, first)
    token = first.token
    end = first.end
    amount = normalise_amount(first.number, first.scale, token.minor)
    if token.minor == 1 and (first.scale is None or first.spelled):  # "two thousand dollars and ten cents"
        whole = first.number == first.number.to_integral_value() and "." not in text[first.start : end]
        cents = _minor_after(text, end, first.spelled, whole, token, context)
        if cents is not None:
            amount, end = amount + cents[0], cents[1]
    return end, amount, token


def _change_start(scanner: _Scanner, first: _Amount) -> tuple[int, Decimal, CurrencyToken] | None:
    """A bare number that a change's end gives its currency and scale, as (end, amount, currency): "rose from
    10 to 20 dollars" is 10 USD, then 20 USD (`_read_range` has made no range of it)."""
    separator = _RANGE_SEP.match(scanner.text, first.end)
    if separator is None or separator.group("sep") != "to" or not _is_change(scanner.text, first.start, first):
        return None
    whole = first.number == first.number.to_integral_value()
    year = first.scale is None and not first.has_grouping and whole and 1800 <= first.number <= 2100
    second = scanner.amount(separator.end())
    if year or second is None or second.token is None or second.spelled != first.spelled:
        return None
    scale = first.scale if first.scale is not None else second.scale
    return first.end, normalise_amount(first.number, scale, second.token.minor), second.token


def _minor_after(
    text: str, end: int, spelled: bool, whole: bool, token: CurrencyToken, context: CurrencyContext
) -> tuple[Decimal, int] | None:
    """The minor amount after a major one at `end`, in major units, and where it ends: "7 dollars 25
    cents" adds 0.25, "15 ringgit and 60 sen" 0.60, "5 kuai 5 mao" 0.5 (a tenth); in a currency of
    hundredths, a spelled amount may close with spelled cents and no unit ("thirteen dollars forty five"
    adds 0.45) and a `whole` one in digits, named, with two digits ("2 pounds 50" adds 0.50)."""
    minor = _MINOR_AFTER.match(text, end)
    if minor is not None:
        written_unit = minor.group("unit").lower()
        if _SHARED_MINOR.match(written_unit):  # "ten euros and fifty cents", "$20 and 43c", "5 francs 50 centimes"
            unit = replace(token, minor=100)
        else:
            unit = _GLUED_MINOR_TOKENS["p"] if written_unit == "p" else _suffix_token(written_unit)
        if context.resolve(unit) != context.resolve(token) or unit.minor == 1:
            return None
        written = minor.group("minor") or minor.group("minor_spaced")
        value = Decimal(written) if written is not None else spelled_to_decimal(minor.group("words"))
        if value >= unit.minor:
            return None
        fen = _FEN_AFTER.match(text, minor.end()) if unit.minor == 10 else None  # "2 yuan 5 jiao 3 fen" is 2.53
        if fen is not None:
            return value / 10 + Decimal(fen.group("fen")) / 100, fen.end()
        return value / unit.minor, minor.end()  # "5 kuai 5 mao" is 5.5
    tenth = _KUAI_TENTH.match(text, end) if whole and text[end - 4 : end].lower() == "kuai" else None
    if tenth is not None:  # "5 kuai 5" is 5.5: the mao said without its name
        return Decimal(tenth.group("mao")) / 10, tenth.end("mao")
    if context.resolve(token) not in _HUNDREDTHS:
        return None
    if spelled:
        bare = _SPELLED_MINOR_AFTER.match(text, end)
        if bare is None:
            return None
        words = bare.group("words")
        return (Decimal(words) if words.isdigit() else spelled_to_decimal(words)) / 100, bare.end()
    named = text[end - 1].isalpha()
    digits = (_DIGIT_MINOR_AFTER if named else _DIGIT_MINOR_CLOSING).match(text, end) if whole else None
    return (Decimal(digits.group("minor")) / 100, digits.end("minor")) if digits is not None else None
