"""Our currency symbols and names against CLDR (the Unicode locale data, shipped by babel; no network).

Each symbol or name we read must mean, to CLDR, the currency we read it as; and what CLDR knows that our
tables do not read is listed here, so that a symbol added or lost is a deliberate change of these lists.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import pycountry
import pytest
from babel import localedata

from transforms.currencies import PREFIX_SYMBOLS
from transforms.money import find_money

#: Symbols we read otherwise than CLDR, and why.
DISAGREEMENTS = {
    "SR": "SAR: the Saudi and Gulf press write SR for the riyal; CLDR's SR is the Seychelles rupee",
    "Rs.": "INR by default, re-resolved by the article's country (PKR, LKR, NPR); CLDR's Rs. is LKR",
    "P": "BWP or PHP in an article about Botswana or the Philippines, else no amount; CLDR's P is BWP",
    "ƒ": "AWG or XCG in an article about Aruba, Curaçao or Sint Maarten, else no amount; CLDR's ƒ is XCG",
}
#: Symbols of English locales naming one current currency that we do not read: single letters and short
#: words that are ordinary text ("D", "E", "VT").
LACKING_ENGLISH_SYMBOLS = {
    "Ar": "MGA",
    "CFP": "XPF",
    "CFPF": "XPF",
    "Cg": "XCG",
    "Cg.": "XCG",
    "D": "GMD",
    "E": "SZL",
    "MK": "MWK",
    "Nfk": "ERN",
    "RF": "RWF",
    "Rf": "MVR",
    "VT": "VUV",
}
#: One-character signs of any locale naming one current currency that we do not read: ر, an Arabic letter.
LACKING_SIGNS = {"ر": "PKR"}
#: Latin-script signs of other locales naming one current currency that we read neither before nor after a
#: number: letters and short words of ordinary text ("DA", "FC", "UM", "den", "Bs"), signs no
#: English copy writes ("$A", "KA$", "Kg.", "Bs.S") and "BR$" ("BR$5" is no R$5). Signs with their country
#: after them ("$US", "£GB", "¥CN") are how French and Spanish write an amount after the number: left out.
LACKING_LATIN_SIGNS = {
    "$A": "AUD",
    "Afl.": "AWG",
    "BR$": "BRL",
    "Bs": "BOB",
    "Bs.S": "VES",
    "CF": "KMF",
    "Cf": "XCG",
    "DA": "DZD",
    "DT": "TND",
    "Db": "STN",
    "FC": "CDF",
    "FCFP": "XPF",
    "FG": "GNF",
    "Fdj": "DJF",
    "KA$": "CAD",
    "KM": "BAM",
    "Kg.": "XCG",
    "LS": "SYP",
    "Nu.": "BTN",
    "UM": "MRU",
    "den": "MKD",
    "din.": "RSD",
}
#: Current currencies whose English name (CLDR, singular or plural) our tables do not read: "Bolívar Soberano"
#: has no nationality to pin it, "Zimbabwean gold" is also a metal, XAD has no English name yet.
LACKING_NAMES = frozenset({"XAD", "ZWG"})


#: ISO 4217 codes that are no money news counts: metals, drawing rights, bond and fund units, test codes.
_NOT_MONEY_CODES = frozenset(
    "XAG XAU XPD XPT XDR XSU XUA XBA XBB XBC XBD XTS XXX USN BOV CHE CHW CLF COU MXV UYI UYW".split()
)


def _current_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies) - _NOT_MONEY_CODES


@lru_cache(maxsize=2)
def _cldr_symbols(english_only: bool) -> dict[str, frozenset[str]]:
    """Symbol -> the currency codes some CLDR locale (English ones only, if asked) writes it for."""
    codes: dict[str, set[str]] = defaultdict(set)
    for locale in localedata.locale_identifiers():
        if english_only and not (locale == "en" or locale.startswith("en_")):
            continue
        for code, symbol in localedata.load(locale).get("currency_symbols", {}).items():
            codes[symbol].add(code)
    return {symbol: frozenset(c) for symbol, c in codes.items()}


def _our_symbols() -> set[str]:
    """Our symbols as CLDR could write them: without their space, in capitals, or with a narrow no-break space."""
    spaced = {s.replace(" ", "\u202f") for s in PREFIX_SYMBOLS}
    return {s.replace(" ", "") for s in PREFIX_SYMBOLS} | {s.replace(" ", "").upper() for s in PREFIX_SYMBOLS} | spaced


def _unique_current(symbols: dict[str, frozenset[str]]) -> dict[str, str]:
    """The symbols that name exactly one current currency, other than its code, and that currency."""
    current = _current_codes()
    return {s: min(c) for s, c in symbols.items() if len(c) == 1 and c <= current and s != min(c)}


@pytest.mark.parametrize("written", sorted(PREFIX_SYMBOLS))
def test_a_symbol_cldr_knows_means_its_currency(written: str) -> None:
    cldr = _cldr_symbols(english_only=False)
    key = written.replace(" ", "")
    codes = cldr.get(written.replace(" ", "\u202f")) or cldr.get(key) or cldr.get(key.upper())
    if codes is None or written in DISAGREEMENTS:
        return  # a news-only spelling ("U.S.$", "KSh", "Dhs") or a documented disagreement
    assert PREFIX_SYMBOLS[written].code in codes, f"{written!r} is {sorted(codes)} to CLDR"


def test_the_english_symbols_we_lack_are_listed() -> None:
    lacking = {s: c for s, c in _unique_current(_cldr_symbols(english_only=True)).items() if s not in _our_symbols()}
    assert lacking == LACKING_ENGLISH_SYMBOLS


def test_every_currency_sign_is_read_or_listed() -> None:
    cldr = _unique_current(_cldr_symbols(english_only=False))
    signs = {s: c for s, c in cldr.items() if len(s) == 1 and not s.isascii()}
    lacking = {s: c for s, c in signs.items() if s not in _our_symbols()}
    assert lacking == LACKING_SIGNS
    for sign, code in signs.items():
        if sign not in lacking and sign not in DISAGREEMENTS:
            assert [(m.amount, m.currency) for m in find_money(f"It costs {sign}25 there.")] in (
                [(25, code)],
                [(25, "JPY")],  # ¥ and ￥: JPY unless the article is about China
            ), sign


def test_cldr_english_names_read_as_their_currency_or_are_listed() -> None:
    english = localedata.load("en")
    unread = set()
    for code in sorted(_current_codes()):
        names = [english["currency_names"].get(code), *english["currency_names_plural"].get(code, {}).values()]
        found = [find_money(f"It cost 25 {name}.") for name in names if name]
        read = [m[0].currency for m in found if len(m) == 1 and m[0].amount == 25]
        if not read:
            unread.add(code)
        assert all(c == code for c in read if c), f"CLDR's names of {code} read as {read}"
    assert unread == LACKING_NAMES


def test_the_latin_signs_of_other_locales_we_lack_are_listed() -> None:
    english = _unique_current(_cldr_symbols(english_only=True))
    lacking = {}
    for sign, code in _unique_current(_cldr_symbols(english_only=False)).items():
        latin = re.fullmatch(r"[A-Za-z$£¥./ \u00a0]{2,}", sign) and not re.fullmatch(r"[$£¥][ \u00a0]?[A-Z]{2}", sign)
        if not latin or sign in english or sign in DISAGREEMENTS:
            continue
        read = [
            (m.amount, m.currency)
            for t in (f"{sign} 2,500", f"2,500 {sign}")
            for m in find_money(f"It costs {t} there.")
        ]
        if (2500, code) not in read:
            lacking[sign] = code
    assert lacking == LACKING_LATIN_SIGNS
