"""A minor amount after a major one of the same currency: "7 dollars 25 cents", "15 ringgit and 60 sen",
"2 yuan 5 jiao 3 fen", "thirteen dollars forty five", "2 pounds 50 for a pint", "5 kuai 5"."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from transforms.currencies import (
    DOLLAR_ADJECTIVES,
    CurrencyContext,
    CurrencyToken,
)
from transforms.money_numbers import AND_A_HALF, N99, spelled_to_decimal
from transforms.money_tokens import GLUED_MINOR_TOKENS, token_of_name

# A minor amount after a major one of the same currency: "7 dollars 25 cents", "15 ringgit and 60 sen",
# "thirteen dollars and forty-five cents".
_MINOR_AFTER = re.compile(
    rf"(?:\s*(?:and\s+)?(?P<minor>\d{{1,2}})(?=[pc]\b)|(?:\s*(?:and\s+)?(?P<minor_spaced>\d{{1,2}})|\s+(?:and\s+)?(?P<words>{N99}))\s+)"
    r"(?P<unit>cents?|sen|pence|p(?<=\dp)|c(?<=\dc)|paise|paisa|kopecks?|kopeks?|centimes?|centavos?|satang|fen"
    r"|agorot|kobo|pesewas?|mao|jiao)\b",
    re.IGNORECASE,
)


_FEN_AFTER = re.compile(r"(?i:\s+(?:and\s+)?(?P<fen>\d)\s+fen)\b")


# Minor units that are a hundredth of whichever currency they follow.
_SHARED_MINOR = re.compile(r"(?:cents?|c|centimes?|centavos?)\Z")


# Spelled cents with no unit, closing a spelled amount: "thirteen dollars forty five." is 13.45, "twenty
# dollars and 43." 20.43.
_SPELLED_MINOR_AFTER = re.compile(rf"\s+(?:and\s+)?(?P<words>{N99}|\d\d)(?=\s*(?:[.,;:!?)]|$)|\s+for\b)", re.IGNORECASE)


# Two-digit cents with no unit after a whole amount and its currency's name, closing the phrase: "2 pounds
# 50 for a pint", "3 euros 50." ("5 dollars 50 times" is no such thing: a word other than "for" follows);
# after a sign, only before punctuation: "$20 43." is 20.43.
_DIGIT_MINOR_AFTER = re.compile(r" (?P<minor>\d{2})(?=\s*(?:[.,;:!?)]|$)|\s+for\b)")


# Spelled cents closing the phrase after a whole amount in digits and its currency's name: "2 dollars fifty."
# (no "and": "20 dollars and fifteen for children" is two things).
_WORDS_MINOR_AFTER = re.compile(rf"\s+(?P<words>{N99})(?=\s*(?:[.,;:!?)]|$)|\s+for\b)", re.IGNORECASE)


# After a sign, spelled cents of ten or more only where punctuation follows: "$2 fifty." is 2.50 ("$2 five"
# says nothing exact; "$5 fifty times" is 5 USD).
_WORDS_MINOR_CLOSING = re.compile(rf"\s+(?P<words>{N99})(?=\s*(?:[.,;:!?)]|$))", re.IGNORECASE)


_KUAI_TENTH = re.compile(r" (?P<mao>\d)(?=\s*(?:[.,;:!?)\"'’”]|$))")


# Cents glued to a euro or pound sign between the figures, as French and British copy writes them: "2€50".
_SIGN_CENTS = re.compile(r"(?<=\d[€£])(?P<minor>\d{2})(?![\d.,]?\d)")


_DIGIT_MINOR_CLOSING = re.compile(r" (?P<minor>\d{2})(?=\s*(?:[.,;:!?)]|$))")


#: Currencies whose minor unit is a hundredth, for cents without a unit.
_HUNDREDTHS = frozenset(
    {"USD", "EUR", "GBP", *DOLLAR_ADJECTIVES.values()}
    | set("INR PKR LKR NPR ZAR MYR CHF BRL MXN PHP RUB TRY ILS AED SAR QAR EGP NGN KES GHS PLN SEK NOK DKK".split())
)


def minor_after(
    text: str, end: int, spelled: bool, whole: bool, token: CurrencyToken, context: CurrencyContext
) -> tuple[Decimal, int] | None:
    """The minor amount after a major one at `end`, in major units, and where it ends: "7 dollars 25
    cents" adds 0.25, "15 ringgit and 60 sen" 0.60, "5 kuai 5 mao" 0.5 (a tenth); in a currency of
    hundredths, a spelled amount may close with spelled cents and no unit ("thirteen dollars forty five"
    adds 0.45) and a `whole` one in digits, named, with two digits or spelled cents ("2 pounds 50", "2 dollars
    fifty" add 0.50)."""
    half = AND_A_HALF.match(text, end) if whole and text[end - 1].isalpha() else None
    if half is not None:  # "a dollar and a half", "ten pounds and a half"
        return Decimal("0.5"), half.end()
    minor = _MINOR_AFTER.match(text, end)
    if minor is not None:
        written_unit = minor.group("unit").lower()
        if _SHARED_MINOR.match(written_unit):  # "ten euros and fifty cents", "$20 and 43c", "5 francs 50 centimes"
            unit = replace(token, minor=100)
        else:
            unit = GLUED_MINOR_TOKENS["p"] if written_unit == "p" else token_of_name(written_unit)
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
    tenth = _KUAI_TENTH.match(text, end) if whole and text[end - 4 : end].lower() in ("kuai", "yuan") else None
    if tenth is not None:  # "5 kuai 5" and "2 yuan 5." are 5.5 and 2.5: the mao or jiao said without its name
        return Decimal(tenth.group("mao")) / 10, tenth.end("mao")
    if context.resolve(token) not in _HUNDREDTHS:
        return None
    if spelled:
        bare = _SPELLED_MINOR_AFTER.match(text, end)
        if bare is None:
            return None
        words = bare.group("words")
        return (Decimal(words) if words.isdigit() else spelled_to_decimal(words)) / 100, bare.end()
    glued = _SIGN_CENTS.match(text, end) if whole else None
    if glued is not None:  # "2€50" is 2.50
        return Decimal(glued.group("minor")) / 100, glued.end()
    named = text[end - 1].isalpha()
    words = (_WORDS_MINOR_AFTER if named else _WORDS_MINOR_CLOSING).match(text, end) if whole else None
    cents = spelled_to_decimal(words.group("words")) if words is not None else None
    if words is not None and cents is not None and (named or cents >= 10):  # "2 dollars fifty", "$2 fifty."
        return cents / 100, words.end()
    digits = (_DIGIT_MINOR_AFTER if named else _DIGIT_MINOR_CLOSING).match(text, end) if whole else None
    return (Decimal(digits.group("minor")) / 100, digits.end("minor")) if digits is not None else None
