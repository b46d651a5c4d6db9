"""Numbers as money is written: digits and their groupings, spelled numbers and fractions, scale words
("million", "lakh crore"), continental grouping; exact values (Decimal, never float)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

SCALES: dict[str, Decimal] = {
    "hundred": Decimal(10) ** 2,  # after digits: "2 hundred dollars" (spelled hundreds are numbers)
    "hundred thousand": Decimal(10) ** 5,
    "hundred million": Decimal(10) ** 8,
    "hundred billion": Decimal(10) ** 11,
    "thousand": Decimal(10) ** 3,
    "thousands": Decimal(10) ** 3,  # plural scales as translated copy writes them: "£1.5 millions"
    "millions": Decimal(10) ** 6,
    "billions": Decimal(10) ** 9,
    "trillions": Decimal(10) ** 12,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,
    "mm": Decimal(10) ** 6,  # finance's thousand thousands: "$5MM"
    "mio": Decimal(10) ** 6,  # European copy in English: "USD 1.2 mio", "EUR 5 mio"
    "billion": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "mrd": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "trln": Decimal(10) ** 12,
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


def alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def phrases(words: list[str]) -> str:
    """Regex alternation of literal phrases, longest first, any run of spaces between their words."""
    return alternation([re.escape(w).replace(r"\ ", r"\s+") for w in words])


N99 = (
    rf"(?:(?:{alternation(list(_TENS))})(?:[- ](?:{alternation(list(_UNITS)[:9])}))?"
    rf"|{alternation(list(_UNITS))})"
)


_DIGIT_WORDS = {"zero": 0, "oh": 0, **{w: v for w, v in _UNITS.items() if v < 10}}


# Fractions of more than one word first, hyphenated too ("half-a-trillion"): "three quarters of a billion" is not
# "three" then "a billion";
# decimals spelled digit by digit: "one point five million".
_HYPHENED_FRACTIONS = alternation([re.escape(f).replace(r"\ ", r"[\s-]+") for f in _FRACTIONS if " " in f or "-" in f])
_SPELLED = (
    rf"(?:{_HYPHENED_FRACTIONS}"
    rf"|{N99}\s+point(?:\s+(?:{alternation(list(_DIGIT_WORDS))}))+"
    rf"|(?:{N99}|an?)\s+hundred(?:\s+(?:and\s+)?{N99})?|{N99}(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?"
    rf"|{phrases([f for f in _FRACTIONS if ' ' not in f and '-' not in f])})"
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
# A fraction of halves, quarters or eighths, whole part first: "3 1/2 million", "1/2 million" (exact decimals);
# a decimal said with "point": "1 point 5 million".
NUMBER = re.compile(
    r"(?:(?P<whole>\d+) )?(?P<num>[1-7])/(?P<den>[248])(?![\d/])"
    r"|(?P<point_whole>\d+) point (?P<point_frac>\d+)(?![\d,.]*\d)"  # "1 point 5 dollars", as a decimal is said
    rf"|(?P<digits>{_DIGITS})(?![\d,]*\d)(?!\.\d)(?![eE][+-]?\d)(?!/\d)|(?i:(?<!-)(?P<spelled>\b{_SPELLED}))\b"
)


# After a scale, a smaller part of the same number: "one million two hundred thousand", "2 billion 300
# million", "one thousand two hundred and thirty four" (spelled only: and, or no scale); "a million and a half".
COMPOUND_JOIN = re.compile(r",? (?:and )?")  # spelled parts may be set off by a comma: "three million, two hundred"


AND_A_HALF = re.compile(r"(?i:\s+and\s+a\s+half)\b")


# Continental grouping: dots group thousands, a comma starts the decimals; German "Mio."/"Mrd." scales.
EUROPEAN = re.compile(
    r"(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d{1,2}))?(?![\d,.]*\d)(?:[ \u00a0]?(?P<scale>Mio|Mrd)(?:\.|\b))?"
)


EUROPEAN_SCALES = {"Mio": Decimal(10) ** 6, "Mrd": Decimal(10) ** 9}


SCALE = re.compile(rf"(?P<sep>\s?|-)(?i:(?P<scale>{phrases(list(SCALES))}))\b(?!\s*%)")


class MoneyParseError(ValueError):
    """Text that looked like money but does not normalise to an exact amount."""


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
