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
  (`Scanner._table_label` in `transforms/money_amounts.py` has the rule).

The reader is in parts: numbers as written (`money_numbers`), the currency marks around them
(`money_tokens`), one amount read position by position (`money_amounts`), minor amounts after a major one
(`money_minor`) and what an amount is a rate of (`money_rates`); this module finds each mention and reads
its ranges, changes, qualifier and rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from transforms.currencies import (
    DEFAULT_CONTEXT,
    UNKNOWN_CODE,
    CurrencyContext,
    CurrencyToken,
)
from transforms.money_amounts import Amount, Scanner
from transforms.money_minor import minor_after
from transforms.money_numbers import N99, MoneyParseError, decimal_text, normalise_amount, phrases
from transforms.money_rates import per_of
from transforms.money_tokens import LOWER_PREFIX_CODES, MAJOR_CODES, NAME_BEFORE_WORDS, SYMBOLS
from transforms.rate_neighbours import share_per
from transforms.vocab import PERS, QUALIFIERS, MoneySource, Per, Qualifier

__all__ = ["MAJOR_CODES", "PERS", "QUALIFIERS", "MoneyMention", "MoneyParseError", "decimal_text", "find_money"]


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


_RANGE_SEP = re.compile(r"\s*(?P<sep>-|–|—|to|and)\s*")


_QUALIFIER_BEFORE = re.compile(rf"(?i:\b(?P<q>{phrases(list(_QUALIFIER_WORDS))}))\s+$")


_RANGE_OPENER_BEFORE = re.compile(r"(?i:\b(?P<w>between|from))\s+$")


# "shares fell $3.20 to $45.10" is a change and a level, not a range.
_CHANGE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|dropped|drops|climbed|climbs|jumped|jumps|slid|"
    r"slipped|gained|gains|lost|loses|increased|increases|decreased|decreases|declined|declines|grew|grows|"
    r"surged|surges|plunged|plunges|slumped|tumbled|soared|soars|up|down|cut|raised|lowered))\s+(?:by\s+)?$"
)


# Where an amount may start; a sign that starts with a letter never right after an apostrophe ("the company
# 's $ 5 million" is no Singapore dollar).
_ANCHOR = re.compile(
    rf"(?:(?<![A-Za-z.])(?:(?<=['’])(?![A-Za-z])|(?<!['’]))(?:{SYMBOLS})|\b[MKT]?[A-Z]{{3}}\s?|\b(?:{LOWER_PREFIX_CODES})\s?)(?=\s?[\d.])"
    rf"|(?<![\w.,/])(?<!\d )\d|(?<![\w.,])\.\d|(?i:\b(?:{N99}|a|an|half|quarter)\b)"
    rf"|(?i:\b(?:{NAME_BEFORE_WORDS})\s(?=\d))"
)


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


def _combine(first: Amount, second: Amount) -> tuple[Decimal, Decimal, CurrencyToken]:
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
    scanner = Scanner(text, context)
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


def _read_mention(scanner: Scanner, start: int, context: CurrencyContext) -> MoneyMention | None:
    """The mention whose first amount is at `start`: a range or a single amount, with its qualifier and rate."""
    text = scanner.text
    first = scanner.amount(start)
    if first is None:
        return None
    start = first.start  # "a $5 fee" is read from its "$"
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
    per = per_of(text, start, end, scaled=first.scale is not None)
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
        currency=context.resolve_amount(token, high),
        currency_inferred=not token.explicit,
        qualifier=qualifier,
        per=per,
    )


def _is_range(first: Amount, second: Amount, sep: str) -> bool:
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


def _is_change(text: str, start: int, first: Amount) -> bool:
    """Whether `first` at `start`, then "to" and an amount, is a change from one level to another (two things):
    "from $30 to $8", "fell $3.20 to $45.10", "rose from 10 to 20 dollars"; not "costs from 10 to 20 dollars" nor
    "dropped by 1 to 2 cents", where a bare first end borrows the second's currency in a range."""
    opener = _RANGE_OPENER_BEFORE.search(text, max(0, start - 12), start)
    if opener is not None and opener.group("w").lower() == "from":
        at = opener.start()
        return first.token is not None or _CHANGE_VERB_BEFORE.search(text, max(0, at - 20), at) is not None
    verb = _CHANGE_VERB_BEFORE.search(text, max(0, start - 20), start)
    return verb is not None and not (first.token is None and verb.group().split()[-1].lower() == "by")


def _read_range(scanner: Scanner, start: int, first: Amount) -> tuple[int, int, Decimal, Decimal, CurrencyToken] | None:
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
    scanner: Scanner, first: Amount, context: CurrencyContext
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
        cents = minor_after(text, end, first.spelled, whole, token, context)
        if cents is not None:
            amount, end = amount + cents[0], cents[1]
    return end, amount, token


def _change_start(scanner: Scanner, first: Amount) -> tuple[int, Decimal, CurrencyToken] | None:
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
