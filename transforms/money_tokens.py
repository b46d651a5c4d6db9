"""The currency marks written around a number: signs and codes before it ("US$", "MSEK", "usd"), names,
codes and signs after it ("dollars", "45 MUSD", "20€"), a nationality naming its dollar, glued minor units ("99p")."""

from __future__ import annotations

import re
from decimal import Decimal

from transforms.currencies import (
    CODE_ALIASES,
    DOLLAR_ADJECTIVES,
    LOWER_CASE_CODES,
    PREFIX_SYMBOLS,
    SUFFIX_NAMES,
    CurrencyToken,
    iso_4217,
)
from transforms.money_numbers import MoneyParseError, alternation

SYMBOLS = alternation([re.escape(s).replace(r"\ ", r"\s?") for s in PREFIX_SYMBOLS])


# The major codes in lower case before the number too: "usd 5", "eur 20", "kwd 20", "rmb 100" (not "rub 5").
LOWER_PREFIX_CODES = alternation([c for c in LOWER_CASE_CODES if c != "rub"])


PREFIX = re.compile(
    rf"(?:(?P<symbol>{SYMBOLS})"
    rf"|\b(?P<mega>[MKT])?(?P<code>[A-Z]{{3}})|\b(?P<lower>{LOWER_PREFIX_CODES}))\s?(?=[\d.])"
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
CODE_MULTIPLIERS = {"M": Decimal(10) ** 6, "K": Decimal(10) ** 3, "T": Decimal(10) ** 3}


# Every one-character symbol but "$" may follow the number too: "20€", "500 €", "100元", "50 ₾".
# "$" after the number only where no number follows it: "it cost 25 $." but not "5 $10".
SUFFIX_SYMBOL = re.compile(
    rf"(?P<symbol>{alternation([re.escape(s) for s in PREFIX_SYMBOLS if len(s) == 1 and not s.isascii()])}"
    r"|\$(?!\s?\.?\d))"
)


_NATIONAL_DOLLARS = [re.escape(a) for a, code in DOLLAR_ADJECTIVES.items() if code != "USD"]


# "$1.21 billion Canadian)": a nationality closing the amount, before punctuation, names its dollar.
DOLLAR_AFTER = re.compile(rf"\s+(?i:(?P<adj>{alternation(_NATIONAL_DOLLARS)}))(?=\s*[)\].,;:]|\s*$)")


# A currency's name before a number with a scale, as Asian and Indian copy writes it: "US dollars 5 million",
# "Rupees 500 crore", "Euro 500 million", "yen 500 billion" ("Euro 2024" is a tournament: `money_amounts.py`).
NAME_BEFORE_WORDS = r"(?:us|u\.s\.|american)\s+dollars?|dollars?|euros?|rupees?|yen|yuan|renminbi"


NAME_BEFORE = re.compile(rf"\b(?P<name>(?i:{NAME_BEFORE_WORDS}))\s(?=\d)")


SUFFIX_NAME = re.compile(rf"(?i:(?P<name>{alternation(list(SUFFIX_NAMES))}))\b")


SUFFIX_CODE = re.compile(
    rf"(?:(?P<mega>[MKT])?(?P<code>[A-Z]{{3}})|(?P<lower>{alternation(list(LOWER_CASE_CODES))}))\b"
)


GLUED_SIGN = re.compile(r"元|円|Rs\b|đ\b")


# A code glued to the digits, of the codes that are never a name: "19.99EUR", "20usd" ("5kg", "100KGS" are none).
GLUED_CODE = re.compile(rf"(?:{alternation(sorted(MAJOR_CODES))}|{alternation(list(LOWER_CASE_CODES))})\b")


NOTE_AFTER = re.compile(r"\s+(?:bank\s*)?(?:notes?|coins?|bills?)\b")


# Minor units glued to the digits: "99p", "50c".
# "99 ¢" with its space too; "7:30p.m." is a time.
GLUED_MINOR = re.compile(r"(?:\s(?=¢))?(?P<unit>p\b|c\b|¢)(?![.,]?\d)(?!\.m\.)")


GLUED_MINOR_TOKENS = {
    "p": CurrencyToken("GBP", True, None, 100),
    "c": CurrencyToken("USD", False, "dollar", 100),
    "¢": CurrencyToken("USD", False, "dollar", 100),
}


_SUFFIX_NAME_KEYS = list(SUFFIX_NAMES)


_SUFFIX_NAME_RES = [(re.compile(rf"(?i:{k})\Z"), SUFFIX_NAMES[k]) for k in _SUFFIX_NAME_KEYS]


def token_of_name(name: str) -> CurrencyToken:
    for pattern, token in _SUFFIX_NAME_RES:
        if pattern.match(name):
            return token
    raise MoneyParseError(f"unknown currency name {name!r}")


def prefix_token(match: re.Match[str]) -> CurrencyToken | None:
    symbol = match.group("symbol")
    if symbol is not None:
        return PREFIX_SYMBOLS[" ".join(symbol.split()) if " " in symbol else symbol]
    code = match.group("code") or LOWER_CASE_CODES[match.group("lower")]
    code = CODE_ALIASES.get(code, code)
    if code in iso_4217():
        return CurrencyToken(code, True)
    return None
