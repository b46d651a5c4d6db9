"""Currency vocabulary: symbols, ISO 4217 codes and names, and how an article's context resolves ambiguous ones.

Every rule about *which currency* a written amount is in lives here; the `money*` modules only read numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files

import pycountry

from transforms.places import country_spelling_pattern


@lru_cache(maxsize=1)
def extra_currencies() -> dict[str, tuple[str, str]]:
    """Code -> (name, kind) of the curated `data/extra_currencies.csv`: withdrawn currencies and crypto."""
    text = files("transforms.lexicons").joinpath("extra_currencies.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["code"]: (row["name"], row["kind"]) for row in rows}


@lru_cache(maxsize=1)
def iso_4217() -> dict[str, str]:
    """Currency code -> English name: ISO 4217's current list (pycountry, no network), then the curated
    withdrawn currencies (DEM, FRF, HRK…) and crypto-assets (BTC: not ISO, its name says so)."""
    codes = {c.alpha_3: c.name for c in pycountry.currencies}
    for code, (name, _) in extra_currencies().items():
        codes.setdefault(code, name)
    return codes


#: A currency -> the ones it replaced, newest first, each with the day its successor became legal tender:
#: an amount in an article dated before that day is in the older one ("5 billion roubles" in 1996 is RUR).
SUCCESSIONS: dict[str, tuple[tuple[dt.date, str], ...]] = {
    "ZWL": ((dt.date(2009, 2, 2), "ZWR"), (dt.date(2008, 8, 1), "ZWN"), (dt.date(2006, 8, 1), "ZWD")),
    "TRY": ((dt.date(2005, 1, 1), "TRL"),),
    "RUB": ((dt.date(1998, 1, 1), "RUR"),),
    "SLE": ((dt.date(2022, 7, 1), "SLL"),),  # a new leone is 1,000 old ones (CLDR's dates)
    "XCG": ((dt.date(2025, 3, 31), "ANG"),),  # the Caribbean guilder replaced the Antillean one at par
    # the redenominations since 1985 of the currencies whose names the reader knows, on CLDR's dates
    "VES": ((dt.date(2018, 8, 20), "VEF"), (dt.date(2008, 1, 1), "VEB")),  # Venezuela's bolívar, twice
    "BYN": ((dt.date(2016, 7, 1), "BYR"),),
    "MRU": ((dt.date(2018, 1, 1), "MRO"),),
    "STN": ((dt.date(2018, 1, 1), "STD"),),
    "GHS": ((dt.date(2007, 7, 3), "GHC"),),
    "ZMW": ((dt.date(2013, 1, 1), "ZMK"),),
    "RON": ((dt.date(2005, 7, 1), "ROL"),),
    "AZN": ((dt.date(2006, 1, 1), "AZM"),),
    "MZN": ((dt.date(2006, 7, 1), "MZM"),),
    "TMT": ((dt.date(2009, 1, 1), "TMM"),),
    "PLN": ((dt.date(1995, 1, 1), "PLZ"),),
    "BGN": ((dt.date(1999, 7, 5), "BGL"),),
    "MXN": ((dt.date(1993, 1, 1), "MXP"),),
    "RSD": ((dt.date(2006, 10, 25), "CSD"),),
    "ILS": ((dt.date(1985, 9, 4), "ILR"),),
}


def dated_currency(code: str, published: dt.date | None, written: str) -> str:
    """The currency `code` meant on the day an article was published: Zimbabwe's fourth dollar (ZWL) was
    its third (ZWR) in January 2009 and its second (ZWN) in 2007; the lira of 2004 is TRL. An amount
    written as "new" ("one new lira"), or in an article of unknown date, is the successor."""
    if published is None or "new" in written.lower().split():
        return code
    for since, older in SUCCESSIONS.get(code, ()):
        if published < since:
            code = older
    return code


@dataclass(frozen=True)
class CurrencyToken:
    """How a written currency marker maps to ISO 4217.

    `family` names the ambiguity class ("dollar", "rupee", "yen_yuan", ...) that article context may
    re-resolve; `explicit` is False when the writer did not pin the currency down (bare `$`, "dollars").
    `minor` is the divisor for minor units ("cents" -> 100).
    """

    code: str
    explicit: bool
    family: str | None = None
    minor: int = 1


#: ISO 4217's "no currency": a name no country of the article pins down (a bare "dinar") is no amount.
UNKNOWN_CODE = "XXX"


def _t(code: str, explicit: bool, family: str | None = None, minor: int = 1) -> CurrencyToken:
    return CurrencyToken(code, explicit, family, minor)


# Symbols written before the number, longest first when compiled. Keys are matched case-sensitively.
PREFIX_SYMBOLS: dict[str, CurrencyToken] = {
    "US$": _t("USD", True),
    "U.S.$": _t("USD", True),
    "U.S. $": _t("USD", True),
    "US $": _t("USD", True),
    "A$": _t("AUD", True),
    "AU$": _t("AUD", True),
    "C$": _t("CAD", True),
    "CA$": _t("CAD", True),
    "CAN$": _t("CAD", True),
    "CDN$": _t("CAD", True),  # Canadian copy: "CDN$ 35", "Cdn$35", "CAD$35"
    "Cdn$": _t("CAD", True),
    "CAD$": _t("CAD", True),
    "HK$": _t("HKD", True),
    "NZ$": _t("NZD", True),
    "USD$": _t("USD", True),
    "J$": _t("JMD", True),
    "TT$": _t("TTD", True),
    "BZ$": _t("BZD", True),
    "FJ$": _t("FJD", True),
    "RD$": _t("DOP", True),
    "Bds$": _t("BBD", True),
    "SI$": _t("SBD", True),
    "S/.": _t("PEN", True),
    "S/": _t("PEN", True),
    "₿": _t("BTC", True),
    "S$": _t("SGD", True),
    "SG$": _t("SGD", True),
    "NT$": _t("TWD", True),
    "R$": _t("BRL", True),
    "R $": _t("BRL", True),  # tokenised and lower-cased: "R $ 200", "r $ 200", "r$200"
    "r $": _t("BRL", True),
    "r$": _t("BRL", True),
    "MX$": _t("MXN", True),
    "Mex$": _t("MXN", True),
    "Z$": _t("ZWL", True),
    "ZiG": _t("ZWG", True),  # Zimbabwe Gold, since 2024: "ZiG 2.5 billion", "100 ZiG"
    "Z $": _t("ZWL", True),  # tokenised: "Z $ 1.5 million"
    # National dollars as tokenised or lower-cased copy writes them: "c $ 16 million", "hk $ 10 billion".
    "C $": _t("CAD", True),
    "HK $": _t("HKD", True),
    "NZ $": _t("NZD", True),
    "AU $": _t("AUD", True),
    "c$": _t("CAD", True),
    "c $": _t("CAD", True),
    "hk$": _t("HKD", True),
    "hk $": _t("HKD", True),
    "nz$": _t("NZD", True),
    "nz $": _t("NZD", True),
    "s $": _t("SGD", True),  # never after an apostrophe: "the company 's $ 5 million" (money.py's anchor)
    "s$": _t("SGD", True),
    "S $": _t("SGD", True),
    "us$": _t("USD", True),
    "au$": _t("AUD", True),
    "$": _t("USD", False, "dollar"),
    "€": _t("EUR", True),
    "£": _t("GBP", True),
    "¥": _t("JPY", False, "yen_yuan"),
    "₹": _t("INR", True),
    "₩": _t("KRW", True),
    "₦": _t("NGN", True),
    "₱": _t("PHP", True),
    "₽": _t("RUB", True),
    "₺": _t("TRY", True),
    "₪": _t("ILS", True),
    "฿": _t("THB", True),
    "₫": _t("VND", True),
    "₴": _t("UAH", True),
    "₵": _t("GHS", True),
    "₡": _t("CRC", True),
    "₾": _t("GEL", True),
    "₭": _t("LAK", True),
    "₸": _t("KZT", True),
    "₼": _t("AZN", True),
    "₮": _t("MNT", True),
    "₲": _t("PYG", True),
    "֏": _t("AMD", True),
    "៛": _t("KHR", True),
    "৳": _t("BDT", True),
    "元": _t("CNY", True),
    "円": _t("JPY", True),  # the yen's character, after the number as Japanese writes it: "3,500円"
    "CN¥": _t("CNY", True),
    "JP¥": _t("JPY", True),
    "KR₩": _t("KRW", True),
    "EG£": _t("EGP", True),
    "GB£": _t("GBP", True),
    "UK£": _t("GBP", True),
    "TH฿": _t("THB", True),
    "EC$": _t("XCD", True),
    "MOP$": _t("MOP", True),
    "T$": _t("TOP", True),
    "WS$": _t("WST", True),
    "TSh": _t("TZS", True),
    "USh": _t("UGX", True),
    "FBu": _t("BIF", True),
    # CLDR's signs of other locales that English copy writes too: "AUD$ 5", "JM$ 900", "B/. 20", "Nkr 100"
    "AUD$": _t("AUD", True),
    "NZD$": _t("NZD", True),
    "JM$": _t("JMD", True),
    "BS$": _t("BSD", True),
    "BM$": _t("BMD", True),
    "B/.": _t("PAB", True),
    "Nkr": _t("NOK", True),
    "Dkr": _t("DKK", True),
    "Ikr": _t("ISK", True),
    "Gs.": _t("PYG", True),
    "MTn": _t("MZN", True),
    "Kz": _t("AOA", True),
    "؋": _t("AFN", True),
    "￥": _t("JPY", False, "yen_yuan"),
    "￦": _t("KRW", True),
    "₨": _t("INR", False, "rupee"),
    "Rs.": _t("INR", False, "rupee"),
    "Rs": _t("INR", False, "rupee"),
    "INR": _t("INR", True),
    "Tk.": _t("BDT", True),
    "Tk": _t("BDT", True),
    "KSh": _t("KES", True),
    "Ksh": _t("KES", True),
    "KShs": _t("KES", True),
    "RM": _t("MYR", True),
    "Rp": _t("IDR", True),
    "Rp.": _t("IDR", True),
    "Php": _t("PHP", True, "php"),  # Philippine copy's peso sign; "Php 7.4" is the language (money_amounts.py)
    "Ft": _t("HUF", True),  # the forint's sign before the number ("Ft." is a fort)
    "SFr.": _t("CHF", True),
    "Fr.": _t("CHF", False, "franc"),
    "RMB": _t("CNY", True),
    "Rmb": _t("CNY", True),
    "Dh": _t("AED", True),
    "Dhs": _t("AED", True),
    "QR": _t("QAR", True),
    "SR": _t("SAR", True),
    "KD": _t("KWD", True),
    "BD": _t("BHD", True),
    "E£": _t("EGP", True),
    "GH¢": _t("GHS", True),
    "GH₵": _t("GHS", True),
    "N$": _t("NAD", True),
    "SFr": _t("CHF", True),
    "Sfr": _t("CHF", True),
    "Sfr.": _t("CHF", True),
    "sfr": _t("CHF", True),
    "sfr.": _t("CHF", True),
    "Sh": _t("KES", False, "shilling"),
    "Shs": _t("KES", False, "shilling"),
    "R": _t("ZAR", False, "rand"),
    # "kr 45", "60 kr.": the krone's sign (Danish by default, Norwegian in an article about Norway)
    "kr.": _t("DKK", False, "krone"),
    "kr": _t("DKK", False, "krone"),
    "LE": _t("EGP", True),
    "Le": _t("SLE", True, "leone"),  # the leone's sign; "Le 14" is no amount (money_amounts.py)
    # Signs that are money only in an article about a country that writes them (below), and never before a
    # plain number: "P" the pula's and the Philippine peso's ("P5", "P450", "S&P 500" are none), "ƒ" the
    # Aruban florin's and the Caribbean guilder's (also the old Dutch guilder's, and a lens's f-number).
    "P": _t(UNKNOWN_CODE, False, "p_sign"),
    "ƒ": _t(UNKNOWN_CODE, False, "florin"),
    # CLDR's signs of the two CFA francs (FCFA the Central African, F CFA the West African), re-resolved by
    # the article's countries: West African copy writes FCFA too.
    "FCFA": _t("XAF", False, "cfa"),
    "F CFA": _t("XOF", False, "cfa"),
    "L.E.": _t("EGP", True),
    # Withdrawn European signs as wire copy of the 1990s writes them, before a scale, grouping or decimals only
    # ("DM 5 million", "dm 1,500", "ecu 2.5 billion"; "DM 5" is a direct message)
    "DM": _t("DEM", True, "dm"),
    "dm": _t("DEM", True, "dm"),
    "ecu": _t("XEU", True, "ecu"),
    # The Turkish lira's letters: "TL 10" in an article about Turkey, "TL 1,500" anywhere (money_amounts.py)
    "TL": _t(UNKNOWN_CODE, False, "tl"),
    # "a $ 5", "a$5": the Australian dollar only where no noun follows the amount for "a" to be the article of
    # ("it cost a $ 5."; "a $5 fee", "establishing a$35 cap" are US dollars, money_amounts.py)
    "a $": _t("AUD", True, "a_dollar"),
    "a$": _t("AUD", True, "a_dollar"),
    "A $": _t("AUD", True, "a_dollar"),
}


def _tokenised_dollar_signs(symbols: dict[str, CurrencyToken]) -> dict[str, CurrencyToken]:
    """The national dollar signs of two letters or more as tokenised or lower-cased copy writes them:
    "NT $ 1 trillion", "mex $ 200", "tt$ 5". Not "can $", "ca $" nor "us $" ("a can $2", "ca $5 million",
    "it cost us $5 million"), nor capitals apart from "$" that are a place in a table ("OROVILLE CA $250,000")."""
    places = {c.alpha_2 for c in pycountry.countries} | {
        s.code.removeprefix("US-") for s in pycountry.subdivisions.get(country_code="US")
    }
    variants: dict[str, CurrencyToken] = {}
    for sign, token in symbols.items():
        prefix = sign[:-1]
        if not sign.endswith("$") or not re.fullmatch(r"[A-Z][A-Za-z.]+", prefix):
            continue
        for written in (prefix, prefix.lower(), prefix.upper()):
            if written.lower() in ("can", "ca", "us", "mop"):
                continue
            variants.setdefault(f"{written}$", token)
            if written.upper() not in places or written.islower():
                variants.setdefault(f"{written} $", token)
    return {form: token for form, token in variants.items() if form not in symbols}


PREFIX_SYMBOLS.update(_tokenised_dollar_signs(PREFIX_SYMBOLS))

# ISO codes that are also ordinary upper-case words; only accepted directly glued to digits.
WORDLIKE_CODES = frozenset(
    {"ALL", "TOP", "CUP", "MOP", "SOS", "BOB", "PEN", "GEL", "MAD", "FUN", "TRY", "BAM", "SDG"}  # SDG: goals
)

#: Abbreviations written like an ISO code for one: "NIS 500" (the new Israeli shekel, as CLDR writes it).
CODE_ALIASES = {"NIS": "ILS", "ECU": "XEU"}

# Major codes in lower case, as chat and tokenised copy write them after digits: "20 usd", "2.50 eur".
LOWER_CASE_CODES = {
    code.lower(): code
    for code in (
        "USD EUR GBP JPY CNY CAD AUD CHF INR HKD NZD SGD SEK NOK DKK ZAR BTC KRW MYR IDR VND THB AED SAR QAR KWD "
        "BHD OMR EGP LBP RUB BRL MXN ILS PLN UAH NGN KES PKR LKR BDT TWD CZK HUF"
    ).split()
} | {"rmb": "CNY", "Usd": "USD", "Eur": "EUR", "Gbp": "GBP"}  # and title-cased: "19.99 Eur"

DOLLAR_ADJECTIVES: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "singaporean": "SGD",
    "new zealand": "NZD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
    "new taiwan": "TWD",
    "zimbabwe": "ZWL",
    "zimbabwean": "ZWL",
    "namibian": "NAD",
    "jamaican": "JMD",
    "fijian": "FJD",
    "liberian": "LRD",
    "brunei": "BND",
    "east caribbean": "XCD",
    # CLDR's English names of the remaining national dollars
    "barbadian": "BBD",
    "bermudan": "BMD",
    "bermudian": "BMD",
    "bahamian": "BSD",
    "belize": "BZD",
    "guyanaese": "GYD",
    "guyanese": "GYD",
    "united states": "USD",
    "hk": "HKD",
    "aussie": "AUD",
    "cayman islands": "KYD",
    "solomon islands": "SBD",
    "surinamese": "SRD",
    "trinidad & tobago": "TTD",
    "trinidad and tobago": "TTD",
}

# Currency names written after the number: regex fragment (case-insensitive) -> token.
# Order matters only for readability; the compiled pattern tries longer names first.
SUFFIX_NAMES: dict[str, CurrencyToken] = {
    **{rf"{re.escape(adj)}\s+dollars?": _t(code, True) for adj, code in DOLLAR_ADJECTIVES.items()},
    # a nationality's cents: "15 US cents", "50 Australian cents"
    **{rf"{re.escape(adj)}\s+cents?": _t(code, True, None, 100) for adj, code in DOLLAR_ADJECTIVES.items()},
    r"dollars?": _t("USD", False, "dollar"),
    r"dlrs?": _t("USD", False, "dollar"),  # wire copy: "5 mln dlrs"
    r"(?-i:stg)": _t("GBP", True),  # wire copy: "10 mln stg"
    r"bucks?": _t("USD", False, "dollar"),  # "a buck" only after a price word (money_amounts.py)
    r"greenbacks?": _t("USD", True),
    r"loonies": _t("CAD", True),  # "a loonie" is a coin or a bird: the plural after a number only
    r"kiwi\s+dollars?": _t("NZD", True),
    # Names and codes that are words too, read after a plain number only in an article about their country
    # ("10 GEL" in a Tbilisi story, "10 real" in a Rio one, closing its phrase), after a scale, grouping or
    # decimals anywhere ("1,500 TL", "2.5 million GEL"); "1,000đ" is the đồng's letter (money_amounts.py)
    r"(?-i:TL)": _t(UNKNOWN_CODE, False, "tl"),
    r"(?-i:GEL)": _t(UNKNOWN_CODE, False, "gel"),
    r"(?-i:real)": _t(UNKNOWN_CODE, False, "real"),
    r"(?-i:đ)": _t("VND", True),
    r"(?-i:cents?|CENTS?|Cents)": _t("USD", False, "dollar", 100),  # "50 Cent" is a rapper
    r"euros?": _t("EUR", True),
    r"euro[\s-]?cents?": _t("EUR", True, None, 100),
    r"pounds?\s+sterling": _t("GBP", True),
    r"sterling": _t("GBP", True),
    r"british\s+pounds?": _t("GBP", True),
    r"egyptian\s+pounds?": _t("EGP", True),
    r"lebanese\s+pounds?": _t("LBP", True),
    r"pounds?": _t("GBP", False, "pound"),
    r"pence": _t("GBP", True, None, 100),
    r"indian\s+rupees?": _t("INR", True),
    r"pakistani\s+rupees?": _t("PKR", True),
    r"sri\s+lankan\s+rupees?": _t("LKR", True),
    r"nepalese\s+rupees?": _t("NPR", True),
    r"nepali\s+rupees?": _t("NPR", True),
    r"rupees?": _t("INR", False, "rupee"),
    r"(?-i:Rs)\.?": _t("INR", False, "rupee"),  # after the number too: "20 Rs", "20Rs" (money_tokens.py)
    r"paise|paisa": _t("INR", False, "rupee", 100),
    r"(?:chinese\s+)?yuan": _t("CNY", True),
    r"(?:chinese\s+)?renminbi": _t("CNY", True),
    r"kuai": _t("CNY", True),
    r"mao|jiao": _t("CNY", True, None, 10),
    r"quid": _t("GBP", True),
    # Cyrillic abbreviations after the number, as Bulgarian, Russian and Ukrainian prices write them
    r"(?-i:лв)": _t("BGN", True),
    r"(?-i:руб)": _t("RUB", True),
    r"(?-i:грн)": _t("UAH", True),
    r"(?:georgian\s+)?lari": _t("GEL", True),
    r"(?:kazakh(?:stani)?\s+)?tenge": _t("KZT", True),
    r"(?:azerbaijani\s+)?manats?": _t("AZN", True),
    r"costa\s+rican\s+col[oó]n(?:es|s)?": _t("CRC", True),
    r"(?:laotian\s+|lao\s+)kip": _t("LAK", True),
    r"RMB": _t("CNY", True),
    r"(?:japanese\s+)?yen": _t("JPY", True),
    r"(?:south\s+)?korean\s+won": _t("KRW", True),
    r"won": _t("KRW", True, "won"),
    r"old\s+(?:russian\s+)?(?:roubles?|rubles?)": _t("RUR", True),
    r"(?:new\s+)?(?:russian\s+)?(?:roubles?|rubles?)": _t("RUB", True),
    r"(?:brazilian\s+)?reais": _t("BRL", True),
    r"brazilian\s+real": _t("BRL", True),
    r"(?:nigerian\s+)?naira": _t("NGN", True),
    r"(?:uae\s+|emirati\s+|united\s+arab\s+emirates\s+)?dirhams?": _t("AED", False, "dirham"),
    r"moroccan\s+dirhams?": _t("MAD", True),
    r"saudi\s+riyals?": _t("SAR", True),
    r"qatari\s+riyals?": _t("QAR", True),
    r"riyals?": _t("SAR", False, "riyal"),
    r"swiss\s+francs?": _t("CHF", True),
    r"cfa\s+francs?": _t("XOF", False, "cfa"),
    r"(?-i:FCFA)": _t("XAF", False, "cfa"),
    r"(?-i:F\s+CFA)": _t("XOF", False, "cfa"),
    r"francs?": _t("CHF", False, "franc"),
    r"mexican\s+pesos?": _t("MXN", True),
    r"philippine\s+pesos?": _t("PHP", True),
    r"argentine\s+pesos?": _t("ARS", True),
    r"chilean\s+pesos?": _t("CLP", True),
    r"colombian\s+pesos?": _t("COP", True),
    r"pesos?": _t("MXN", False, "peso"),
    r"(?:south\s+african\s+)?rand": _t("ZAR", True, "rand"),
    r"(?:malaysian\s+)?ringgit": _t("MYR", True),
    r"(?:thai\s+)?bahts?": _t("THB", True),
    r"(?:new\s+)?(?:israeli\s+)?(?:new\s+)?shekels?": _t("ILS", True),
    r"old\s+(?:turkish\s+)?liras?": _t("TRL", True),
    r"(?:new\s+)?(?:turkish\s+)?liras?": _t("TRY", True),
    r"(?:swedish\s+)?(?:krona|kronor)": _t("SEK", True),
    r"norwegian\s+(?:krone|kroner)": _t("NOK", True),
    # the crowns in English: "10 Czech crowns", "5 million Swedish crowns" (a bare "crowns" is a king's or a tooth's)
    r"czech\s+crowns?": _t("CZK", True),
    r"swedish\s+crowns?": _t("SEK", True),
    r"norwegian\s+crowns?": _t("NOK", True),
    r"danish\s+crowns?": _t("DKK", True),
    r"icelandic\s+crowns?": _t("ISK", True),
    r"danish\s+(?:krone|kroner)": _t("DKK", True),
    r"(?:polish\s+)?z[lł]ot(?:y|ys|ych|ies)": _t("PLN", True),
    r"(?-i:zł)": _t("PLN", True),  # "100 zł": CLDR's sign, after the number
    r"(?-i:Kč)": _t("CZK", True),
    r"(?-i:ZiG)": _t("ZWG", True),
    r"(?:hungarian\s+)?forints?": _t("HUF", True),
    r"(?-i:Ft)": _t("HUF", True, "forint_sign"),  # "costs 100 Ft." only after a price ("500 Ft tall")
    r"(?:vietnamese\s+)?dong": _t("VND", True, "dong"),
    r"(?:vietnamese\s+)?đồng|vietnamese\s+dongs": _t("VND", True),
    r"(?:indonesian\s+)?rupiahs?": _t("IDR", True),
    r"(?:bangladeshi\s+)?taka": _t("BDT", True),
    r"kenyan\s+shillings?": _t("KES", True),
    r"ugandan\s+shillings?": _t("UGX", True),
    r"tanzanian\s+shillings?": _t("TZS", True),
    r"shillings?": _t("KES", False, "shilling"),
    r"(?:ghanaian\s+)?cedis?": _t("GHS", True),
    r"(?:ukrainian\s+)?hryvnias?": _t("UAH", True),
    r"(?:zambian\s+)?kwacha": _t("ZMW", True),
    r"kuwaiti\s+dinars?": _t("KWD", True),
    r"iraqi\s+dinars?": _t("IQD", True),
    r"jordanian\s+dinars?": _t("JOD", True),
    r"bahraini\s+dinars?": _t("BHD", True),
    r"libyan\s+dinars?": _t("LYD", True),
    r"tunisian\s+dinars?": _t("TND", True),
    r"algerian\s+dinars?": _t("DZD", True),
    r"serbian\s+dinars?": _t("RSD", True),
    r"dinars?": _t(UNKNOWN_CODE, False, "dinar"),  # which dinar only the article's countries say
    r"rials?": _t(UNKNOWN_CODE, False, "rial"),  # Iran's, Oman's or Yemen's (a Saudi "riyal" is spelled so)
    r"omani\s+ria[ly]s?": _t("OMR", True),
    r"iranian\s+ria[ly]s?": _t("IRR", True),
    r"yemeni\s+ria[ly]s?": _t("YER", True),
    r"(?:czech\s+)?korun(?:a|y|as)": _t("CZK", True),
    r"kroner|(?-i:krone)": _t("DKK", False, "krone"),  # "100 krone" in lower case ("Krone" is a newspaper)
    r"(?-i:kr)": _t("DKK", False, "krone"),  # "60 kr." in lower case only
    r"(?:mongolian\s+)?(?:tugriks?|t[oö]gr[oö]gs?)": _t("MNT", True),
    r"ringgits": _t("MYR", True),
    r"(?-i:sen)(?!\.\s*[a-z])": _t("MYR", True, None, 100),  # "60 sen." but not "5 Sen. votes"
    # minor units of one currency each ("50 kopecks", "3 fen"); centimes and centavos are read only after an
    # amount of the currency they divide ("5 francs 50 centimes", money_minor.py): "16 centavos" alone is of any peso or
    # the real
    r"kopecks?|kopeks?": _t("RUB", True, None, 100),
    r"fen": _t("CNY", True, None, 100),
    r"satang": _t("THB", True, None, 100),
    r"agorot": _t("ILS", True, None, 100),
    r"(?-i:kobo)": _t("NGN", True, None, 100),
    r"pesewas?": _t("GHS", True, None, 100),
    r"(?-i:KD)": _t("KWD", True),  # "10 KD"
    r"penn(?:y|ies)": _t("USD", False, "dollar", 100),
    # the dollar's coins, where the amount closes its phrase ("a nickel" and "a dime" after a price verb only:
    # "a dime a dozen", "20 nickel mines" are none; money_amounts.py)
    r"nickels?": _t("USD", False, "dollar", 20),
    r"dimes?": _t("USD", False, "dollar", 10),
    r"(?:deutsche?\s*|d-)marks?": _t("DEM", True),
    r"marks": _t("DEM", True),  # a word too: with a scale or grouping only ("1.8 billion marks", "full marks")
    r"(?-i:ecus?)|european\s+currency\s+units?": _t("XEU", True),
    r"french\s+francs?": _t("FRF", True),
    r"belgian\s+francs?": _t("BEF", True),
    r"(?:dutch\s+)?guilders?": _t("NLG", True),
    r"(?:spanish\s+)?pesetas?": _t("ESP", True),
    r"(?:italian\s+)?lire|italian\s+lira": _t("ITL", True),
    r"austrian\s+schillings?": _t("ATS", True),
    r"(?:portuguese\s+)?escudos?": _t("PTE", True),
    r"(?:greek\s+)?drachmas?": _t("GRD", True),
    r"irish\s+(?:punts?|pounds?)": _t("IEP", True),
    r"(?:finnish\s+)?markkas?": _t("FIM", True),
    r"(?:croatian\s+)?kunas?": _t("HRK", True),
    r"(?:bulgarian\s+)?(?:lev|leva|levs)": _t("BGN", True),
    r"bitcoins?": _t("BTC", True),
    # CLDR's English names (singular and plural) of the currencies above lacks, nationality first
    r"afghan\s+(?:afghanis|afghani)": _t("AFN", True),
    r"albanian\s+(?:leke|lekë|lek)": _t("ALL", True),
    r"armenian\s+(?:drams|dram)": _t("AMD", True),
    r"angolan\s+(?:kwanzas|kwanza)": _t("AOA", True),
    r"aruban\s+(?:florin)": _t("AWG", True),
    r"bosnia(?:\-|\s+and\s+)herzegovina\s+convertible\s+(?:marks|mark)": _t("BAM", True),
    r"burundian\s+(?:francs|franc)": _t("BIF", True),
    r"bolivian\s+(?:bolivianos|boliviano)": _t("BOB", True),
    r"bhutanese\s+(?:ngultrums|ngultrum)": _t("BTN", True),
    r"botswanan?\s+(?:pulas|pula)": _t("BWP", True),
    r"belarusian\s+(?:rubles|ruble)": _t("BYN", True),
    r"congolese\s+(?:francs|franc)": _t("CDF", True),
    r"cuban\s+(?:pesos|peso)": _t("CUP", True),
    r"cape\s+verdean\s+(?:escudos|escudo)": _t("CVE", True),
    r"djiboutian\s+(?:francs|franc)": _t("DJF", True),
    r"dominican\s+(?:pesos|peso)": _t("DOP", True),
    r"eritrean\s+(?:nakfas|nakfa)": _t("ERN", True),
    r"ethiopian\s+(?:birrs|birr)": _t("ETB", True),
    r"falkland\s+islands\s+(?:pounds|pound)": _t("FKP", True),
    r"gibraltar\s+(?:pounds|pound)": _t("GIP", True),
    r"gambian\s+(?:dalasis|dalasi)": _t("GMD", True),
    r"guinean\s+(?:francs|franc)": _t("GNF", True),
    r"guatemalan\s+(?:quetzales|quetzals|quetzal)": _t("GTQ", True),
    r"honduran\s+(?:lempiras|lempira)": _t("HNL", True),
    r"haitian\s+(?:gourdes|gourde)": _t("HTG", True),
    r"icelandic\s+(?:krónur|kronur|króna|krona)": _t("ISK", True),
    r"kyrgyz(?:stani)?\s+(?:soms|som)": _t("KGS", True),
    r"cambodian\s+(?:riels|riel)": _t("KHR", True),
    r"comorian\s+(?:francs|franc)": _t("KMF", True),
    r"north\s+korean\s+(?:won)": _t("KPW", True),
    r"lesotho\s+(?:lotis|loti)": _t("LSL", True),
    r"moldovan\s+(?:leu|lei)": _t("MDL", True),
    r"malagasy\s+(?:ariaries|ariary)": _t("MGA", True),
    r"macedonian\s+(?:denars|denari|denar)": _t("MKD", True),
    r"(?:myanmar|burmese)\s+(?:kyats|kyat)": _t("MMK", True),
    r"macanese\s+(?:patacas|pataca)": _t("MOP", True),
    r"mauritanian\s+(?:ouguiyas|ouguiya)": _t("MRU", True),
    r"mauritian\s+(?:rupees|rupee)": _t("MUR", True),
    r"maldivian\s+(?:rufiyaas|rufiyaa)": _t("MVR", True),
    r"malawian\s+(?:kwachas|kwacha)": _t("MWK", True),
    r"mozambican\s+(?:meticals|metical)": _t("MZN", True),
    r"nicaraguan\s+(?:cordobas|córdobas|córdoba|cordoba)": _t("NIO", True),
    r"panamanian\s+(?:balboas|balboa)": _t("PAB", True),
    r"peruvian\s+(?:soles|sol)": _t("PEN", True),
    r"papua\s+new\s+guinean\s+(?:kina)": _t("PGK", True),
    r"paraguayan\s+(?:guaranis|guaranies|guarani|guaraníes|guaraní)": _t("PYG", True),
    r"old\s+(?:romanian\s+)?(?:leu|lei)": _t("ROL", True),
    r"(?:new\s+)?(?:romanian\s+)?(?:leu|lei)": _t("RON", True),  # bare: the leu of Romania, not of Moldova
    r"rwandan\s+(?:francs|franc)": _t("RWF", True),
    r"seychellois\s+(?:rupees|rupee)": _t("SCR", True),
    r"sudanese\s+(?:pounds|pound)": _t("SDG", True),
    r"(?:st\.|saint)\s+helena\s+(?:pounds|pound)": _t("SHP", True),
    r"sierra\s+leonean\s+(?:leones|leone)": _t("SLE", True),
    r"leones": _t("SLE", True),
    # bare names of one currency each that are no English word (or only in their plural); names that are
    # one (pula, kina, tala, kip, lei) are in AMBIGUOUS_WORDS; "afghanis" and "guaranis" are also peoples, "soles"
    # in their thousands are also shoes
    r"birrs?": _t("ETB", True),
    r"somonis?": _t("TJS", True),
    r"kyats?": _t("MMK", True),
    r"lempiras?": _t("HNL", True),
    r"quetzales": _t("GTQ", True),
    r"c[oó]rdobas": _t("NIO", True),
    r"bolivianos": _t("BOB", True),
    r"denars?|denari": _t("MKD", True),
    r"riels?": _t("KHR", True),
    r"ngultrums?": _t("BTN", True),
    r"nakfas?": _t("ERN", True),
    r"dalasis?": _t("GMD", True),
    r"ariary": _t("MGA", True),
    r"rufiyaa": _t("MVR", True),
    r"gourdes?": _t("HTG", True),
    r"vatu": _t("VUV", True),
    r"pula": _t("BWP", True),
    r"kina": _t("PGK", True),
    r"tala": _t("WST", True),
    r"kip": _t("LAK", True),
    r"somali\s+(?:shillings|shilling)": _t("SOS", True),
    r"south\s+sudanese\s+(?:pounds|pound)": _t("SSP", True),
    r"s[aã]o\s+tom[eé]\s+(?:\&|and)\s+pr[ií]ncipe\s+(?:dobras|dobra)": _t("STN", True),
    r"salvadoran\s+(?:colones|colon|colón)": _t("SVC", True),
    r"syrian\s+(?:pounds|pound)": _t("SYP", True),
    r"swazi\s+(?:emalangeni|lilangeni)": _t("SZL", True),
    r"tajikistani\s+(?:somonis|somoni)": _t("TJS", True),
    r"turkmen(?:istani?)?\s+(?:manat)": _t("TMT", True),
    r"tongan\s+(?:paʻanga)": _t("TOP", True),
    r"uruguayan\s+(?:pesos|peso)": _t("UYU", True),
    r"uzbek(?:istani)?\s+(?:so[ʻ'’]?m|sum)": _t("UZS", True),
    r"bol[ií]var(?:es)?\s+soberanos?": _t("VED", True),  # CLDR's name of VED
    r"(?:venezuelan\s+)?(?:bolívars|bolivars|bolívares|bolivares|bolivar|bolívar)(?!\s+soberano)": _t("VES", True),
    r"vanuatu\s+(?:vatus|vatu)": _t("VUV", True),
    r"samoan\s+(?:tala|tālā)": _t("WST", True),
    r"central\s+african\s+cfa\s+(?:francs|franc)": _t("XAF", True),
    r"caribbean\s+(?:guilders|guilder)": _t("XCG", True),
    r"west\s+african\s+cfa\s+(?:francs|franc)": _t("XOF", True),
    r"cfp\s+(?:francs|franc)": _t("XPF", True),
}

#: The currency of a word-like family when a scale, grouping or decimals make it money anywhere: "1,500 TL".
WORDLIKE_FAMILIES = {"tl": "TRY", "gel": "GEL", "real": "BRL"}

# Names that are also common words: need a scale word, digit grouping or an adjective to count.
AMBIGUOUS_WORDS = frozenset({"won", "rand", "dong", "pound", "mao", "pula", "kina", "tala", "kip", "mark", "lei"})


@dataclass(frozen=True)
class CurrencyContext:
    """Article-level evidence that re-resolves ambiguous markers, e.g. {"rupee": "PKR"}."""

    overrides: dict[str, str] = field(default_factory=dict)
    pounds_are_weight: bool = False
    #: Built from an article: an amount it leaves in `UNKNOWN_CODE` is no amount. Without an article every
    #: amount is read, so that whether an article holds money does not depend on its context.
    of_article: bool = False
    #: The dollar a bare "$" or "dollars" of a trillion and more is in, where no other dollar is pinned down:
    #: Zimbabwe's in an article more about Zimbabwe than the US ("banknotes up to $100 trillion").
    hyperinflated_dollar: str | None = None

    def resolve(self, token: CurrencyToken) -> str:
        if token.family and token.family in self.overrides:
            return self.overrides[token.family]
        return token.code

    def resolve_amount(self, token: CurrencyToken, high: Decimal) -> str:
        """The currency of an amount whose high end is `high`: `resolve`, but a bare dollar of a trillion and
        more is the hyperinflated dollar of the article's country."""
        hyper = self.hyperinflated_dollar
        if hyper and token.family == "dollar" and "dollar" not in self.overrides and high >= _TRILLION:
            return hyper
        return self.resolve(token)


_TRILLION = Decimal(10) ** 12


DEFAULT_CONTEXT = CurrencyContext()

_EXPLICIT_DOLLAR_RE = re.compile(
    r"(?<![A-Za-z])(A\$|AU\$|C\$|CA\$|CAN\$|HK\$|NZ\$|S\$|SG\$|NT\$|Z\$)\s?\d"
    r"|\b(AUD|CAD|HKD|NZD|SGD|TWD|ZWL)\b"
    r"|\b(Australian|Canadian|Hong Kong|New Zealand|Singapore|Taiwan|Zimbabwean|Zimbabwe) dollars?\b"
)
_DOLLAR_MARKER_CODE = {
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "SG$": "SGD",
    "NT$": "TWD",
    "Z$": "ZWL",
    "ZWL": "ZWL",
    "Zimbabwean": "ZWL",
    "Zimbabwe": "ZWL",
    "AUD": "AUD",
    "CAD": "CAD",
    "HKD": "HKD",
    "NZD": "NZD",
    "SGD": "SGD",
    "TWD": "TWD",
    "Australian": "AUD",
    "Canadian": "CAD",
    "Hong Kong": "HKD",
    "New Zealand": "NZD",
    "Singapore": "SGD",
    "Taiwan": "TWD",
}
_DOLLAR_COUNTRY = {"AUD": "AU", "CAD": "CA", "HKD": "HK", "NZD": "NZ", "SGD": "SG", "TWD": "TW", "ZWL": "ZW"}
#: Currency family -> ({country whose mentions argue for it: the currency it means}, the default country).
#: A currency is chosen over the default country's only when its country is mentioned more often.
_FAMILY_COUNTRIES: dict[str, tuple[dict[str, str], str]] = {
    "rupee": ({"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"}, "IN"),
    "krone": ({"DK": "DKK", "NO": "NOK"}, "DK"),
    "yen_yuan": ({"JP": "JPY", "CN": "CNY"}, "JP"),
    "peso": ({"US": "MXN", "PH": "PHP", "AR": "ARS", "CL": "CLP", "CO": "COP"}, "US"),
    "dirham": ({"US": "AED", "MA": "MAD"}, "US"),
    "riyal": ({"US": "SAR", "QA": "QAR"}, "US"),
    "shilling": ({"US": "KES", "UG": "UGX", "TZ": "TZS"}, "US"),
    "pound": ({"US": "GBP", "EG": "EGP"}, "US"),
}
#: Families with no default: the currency is the most mentioned country's, when one country leads
#: ("dinars" in an article about Kuwait are KWD; with no dinar country, or two level, they are no amount).
_LEADING_COUNTRY: dict[str, dict[str, str]] = {
    "rial": {"IR": "IRR", "OM": "OMR", "YE": "YER"},
    "p_sign": {"BW": "BWP", "PH": "PHP"},
    "tl": {"TR": "TRY"},
    "gel": {"GE": "GEL"},
    "real": {"BR": "BRL"},
    "code_PHP": {"PH": "PHP"},  # "PHP 10" before a plain small number (a language version elsewhere)
    "florin": {"AW": "AWG", "CW": "XCG", "SX": "XCG"},
    "dinar": {"KW": "KWD", "IQ": "IQD", "JO": "JOD", "BH": "BHD", "LY": "LYD", "TN": "TND", "DZ": "DZD", "RS": "RSD"},
    # the CFA franc of the zone whose countries lead; else the sign's CLDR reading (FCFA XAF, F CFA XOF)
    "cfa": {
        **dict.fromkeys(("SN", "CI", "ML", "BF", "NE", "BJ", "TG", "GW"), "XOF"),
        **dict.fromkeys(("CM", "GA", "CG", "TD", "CF", "GQ"), "XAF"),
    },
}
#: The countries whose mentions are counted: every one a rule above or the dollar and pound rules name.
_COUNTED_COUNTRIES = frozenset(
    {
        "US",
        "GB",
        *_DOLLAR_COUNTRY.values(),
        *(c for candidates, _ in _FAMILY_COUNTRIES.values() for c in candidates),
        *(c for candidates in _LEADING_COUNTRY.values() for c in candidates),
    }
)
_DOLLAR_SIGN_AFTER = re.compile(r" ?\$")
_POUND_WEIGHT_RE = re.compile(r"\bpounds? of\b|\blbs?\b|\bpound-", re.IGNORECASE)
_STERLING_RE = re.compile(r"£|\bsterling\b|\bGBP\b")
_US_DOLLAR_RE = re.compile(r"US\$|U\.S\.\s?\$|\bUSD\b|\b(?:US|U\.S\.|American) dollars?\b")


def country_mentions(text: str) -> Counter[str]:
    """How often the text writes each counted country, in any of its spellings (`transforms/places.py`); a
    spelling that is part of a dollar sign ("US$", "U.S. $") is a currency, no mention of its country."""
    return Counter(
        {
            code: sum(
                1 for m in country_spelling_pattern(code).finditer(text) if not _DOLLAR_SIGN_AFTER.match(text, m.end())
            )
            for code in sorted(_COUNTED_COUNTRIES)
        }
    )


def _leading(countries: dict[str, str], counts: Counter[str]) -> str | None:
    """The currency whose countries (summed) the text mentions most, if one leads the others."""
    by_code: Counter[str] = Counter()
    for country, code in countries.items():
        by_code[code] += counts[country]
    ranked = by_code.most_common(2)
    if ranked[0][1] == 0 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def infer_currency_context(text: str) -> CurrencyContext:
    """Resolve ambiguous currency markers from what the article itself says.

    - bare `$`/"dollars" follow the one non-US dollar the article writes explicitly (A$, C$, HKD...),
      when it never writes US dollars explicitly and mentions that country more than the US;
    - "pounds" are a weight, not money, in an article that weighs in pounds ("pounds of", "lbs") or is
      more about the US than the UK, unless it writes £ or sterling;
    - `Rs`/"rupees" mean PKR, LKR or NPR when that country is mentioned more than India;
    - `¥` means CNY when China is mentioned more than Japan;
    - "pesos", "dirhams", "riyals", "shillings", "pounds" follow the dominant country that uses them;
    - bare "dinars" and the CFA franc's signs follow the leading country (or zone) that uses them;
    - a bare dollar of a trillion and more is Zimbabwe's in an article more about Zimbabwe than the US.

    A country's mentions are its spellings in `transforms.places.country_spellings`: names, aliases and
    demonyms, capital and biggest cities.
    """
    counts = country_mentions(text)
    overrides: dict[str, str] = {}

    explicit_dollars = {
        _DOLLAR_MARKER_CODE[next(g for g in m.groups() if g)] for m in _EXPLICIT_DOLLAR_RE.finditer(text)
    }
    if len(explicit_dollars) == 1 and not _US_DOLLAR_RE.search(text):
        code = explicit_dollars.pop()
        if counts[_DOLLAR_COUNTRY[code]] > counts["US"]:
            overrides["dollar"] = code

    def dominant(candidates: dict[str, str], default_country: str) -> str | None:
        best = max(candidates, key=lambda c: counts[c])
        if best != default_country and counts[best] > counts[default_country]:
            return candidates[best]
        return None

    for family, (candidates, default_country) in _FAMILY_COUNTRIES.items():
        winner = dominant(candidates, default_country)
        if winner:
            overrides[family] = winner
    for family, countries in _LEADING_COUNTRY.items():
        led = _leading(countries, counts)
        if led:
            overrides[family] = led
    pounds_are_weight = not _STERLING_RE.search(text) and (
        bool(_POUND_WEIGHT_RE.search(text)) or counts["US"] > counts["GB"]
    )
    hyperinflated = "ZWL" if counts["ZW"] > counts["US"] else None
    return CurrencyContext(overrides, pounds_are_weight, of_article=True, hyperinflated_dollar=hyperinflated)
