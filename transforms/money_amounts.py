"""One amount read at a position: [prefix] number [scale] [suffix], with the rules that refuse a number
that only looks like money ("COP28", "a billion-dollar disaster", "200 pounds of beef", "a grand jury")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pycountry

from transforms.currencies import (
    AMBIGUOUS_WORDS,
    CODE_ALIASES,
    DOLLAR_ADJECTIVES,
    LOWER_CASE_CODES,
    PREFIX_SYMBOLS,
    UNKNOWN_CODE,
    WORDLIKE_CODES,
    WORDLIKE_FAMILIES,
    CurrencyContext,
    CurrencyToken,
    iso_4217,
)
from transforms.money_numbers import (
    AND_A_HALF,
    COMPOUND_JOIN,
    EUROPEAN,
    EUROPEAN_SCALES,
    N99,
    NUMBER,
    SCALE,
    SCALES,
    parse_number,
    scale_value,
    spelled_to_decimal,
)
from transforms.money_tokens import (
    CODE_MULTIPLIERS,
    DOLLAR_AFTER,
    GLUED_CODE,
    GLUED_MINOR,
    GLUED_MINOR_TOKENS,
    GLUED_SIGN,
    MAJOR_CODES,
    NAME_BEFORE,
    NOTE_AFTER,
    PREFIX,
    SUFFIX_CODE,
    SUFFIX_NAME,
    SUFFIX_SYMBOL,
    SYMBOLS,
    prefix_token,
    token_of_name,
)

# A sign after the number, European style, after one dot group: thousands as Europe groups them ("20.000 £" is
# 20000 GBP, "1.000 €" 1000 EUR).
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}\s?(?:[^\w\s]|đ)")
_BUCK_CENTS = re.compile(rf"\s+(?:and\s+)?{N99}\b", re.IGNORECASE)


# What starts the next cell of a table after a place code: a capitalised name, a currency symbol or a figure
# ("$1,386,014 TN Tennessee $4,651,811", "$48,066,707 TN $7,383,933 TX").
_NEXT_CELL = re.compile(rf"[ \t]+(?:[A-Z][a-z]|{SYMBOLS}|\d)")


_SPACE = re.compile(r"[ \t\u00a0]*")


_WEIGHT_AFTER = re.compile(r"(?i:\s+(?:of|heavier|lighter|overweight)\b)")


_WEIGHT_BEFORE = re.compile(r"(?i:\b(?:lost|lose|losing|gained|gain|gaining|weighs?|weighing|weighed|lifted|lift))\s+$")


# "grand" as a thousand, but never the adjective: "two grand pianos", "a $5 grand prize", "50 grand-prix".
_GRAND_AFTER = re.compile(
    r"\s+grand\b(?!-)(?!(?i:\s+(?:prize|prix|total|jury|juries|slam|opening|final|master|tour|champion|piano|"
    r"theft|larceny|canyon|duke|duch|national|old|scheme|plan|strateg|stand|hotel|marshal|lodge|bargain|coalition|"
    r"mosque|palace|rapids|hall|central|union|design|ambition|vision|gesture|entrance|ballroom|mufti|ayatollah|"
    r"children|child|son|daughter|nephew|niece|tradition|style|scale|illusion|larcen|sum|total)))"
)


#: Families of signs that are also letters or words, read before a scale, grouping or decimals only.
_NO_PLAIN_NUMBER = frozenset({"rand", "leone", "p_sign", "florin", "dm", "ecu", "php"})


# A version after "Php": "Php 7.4", "Php 8.1.2" (a price has two decimals: "Php 7.50").
_PHP_VERSION = re.compile(r"Php\s?\d+\.\d(?:\.\d+)*\Z")


_GRAND_TOKEN = CurrencyToken("USD", False, "dollar")


# "a grand", "a buck" are money only after a price verb ("paid a grand", "it cost me a buck"; "shot a buck"
# is a deer, "to make a buck" an idiom), and a colloquial amount without a symbol only where it closes its
# phrase ("lost fifty grand at the track"; "three grand staircases" is none).
_PRICE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:costs?|costing|paid|pays?|paying|charged?|charges|charging|spent|spends?|spending|owed?|owes|owing|"
    r"lost|loses?|losing|bets?|betting|(?:sold|sells?|selling|bought|buys?|buying)(?:\s+[\w-]+){0,3}?\s+for|worth)"
    r"(?:\s+(?:me|him|her|us|them|you))?)\s+$"
)


# A price said right before the number: "costs 10 won", "paid 10 dong", "the fare is R 10" (not "lost 5", a
# score: "12 won" after it is the verb).
_PRICE_BEFORE = re.compile(
    r"(?i:\b(?:costs?|costing|paid|pays?|paying|charged?|charges|charging|priced\s+at"
    r"|(?:sold|sells?|selling|bought|buys?|buying)(?:\s+[\w-]+){0,3}?\s+for"
    r"|(?:price|fare|fee|toll|ticket)s?\s+(?:is|was|are|were|of))(?:\s+(?:me|him|her|us|them|you))?(?:\s+(?:only|just))?)\s+$"
)


#: Currency words that are ordinary words too, read after a small plain number only after a price.
_PRICED_WORDS = frozenset({"won", "dong", "kip", "pula", "kina", "tala", "lei"})


# "a fiver", "two tenners": British notes by their nicknames.
_NOTE_NICKNAME_AFTER = re.compile(r"\s+(?P<note>(?i:fiver|tenner))s?\b")


_NOTE_NICKNAMES = {"fiver": Decimal(5), "tenner": Decimal(10)}


_NOTE_NICKNAME_TOKEN = CurrencyToken("GBP", True)


# German scales after a whole number: "5 Mio €", "5 Mrd. €" (read by `Scanner.european`).
_GERMAN_SCALE_AHEAD = re.compile(r"[\d.,]+[ \u00a0]?(?:Mio|Mrd)\b")


#: Currencies whose copy groups thousands with dots and writes no decimals: "Rp 10.000" is ten thousand.
_DOT_GROUPED = frozenset({"IDR", "VND"})
_DOT_GROUPED_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+\s?")


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
_REAL_END = re.compile(r"(?=\s*(?:[.,;:!?)\"'’”]|$))|\s+(?:for|in|at|each|apiece|per|a|an|to|from)\b")
#: Codes read before a small plain number only in an article about their country ("PHP 7" is a language).
GATED_CODES = frozenset({"PHP"})
_ARTICLE_BEFORE = re.compile(r"(?i:\ban?)\s+$")
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
# "76.25 to a dollar", "90 rupees to one dollar", "1.1 euros against a dollar": a number (and its currency) before
_EXCHANGE_UNIT_BEFORE = re.compile(r"\d(?:\s+[A-Za-z]+)?\s+(?:to|per|against|for)\s+$")
# Nothing after the amount for a lower-case "a" before "$" to be the article of: "it cost a $ 5." is A$5 ("a $1
# a day", "a $10,000 per table invitation", "a $1 billion in awards", "a $6 billion, three-year pledge" are the
# article's).
_PHRASE_CLOSED = re.compile(r"\s*(?:[.;!?)\"'’”]|$)")
_OF_NAME = re.compile(r"\s+of(?=\s+(?i:dollars|euros|pounds|yen|yuan|rupees)\b)")
_NEGATED_BEFORE = re.compile(r"(?i:\b(?:without|not|never|no|nor)\b|n['’]t\b)[^.;:!?]*$")
# A fraction no decimal holds exactly before "of a": "a third of a million dollars" is no million.
_INEXACT_FRACTION_BEFORE = re.compile(
    r"(?i:\b(?:thirds?|fifths?|sixths?|sevenths?|ninths?|tenths?|fraction|portion|part|share))[\s-]+of\s+$"
)


@lru_cache(maxsize=1)
def _place_code_scales() -> frozenset[str]:
    """The two-letter scale abbreviations that, in capitals, are also a US state or ISO 3166 country code."""
    states = {s.code.removeprefix("US-") for s in pycountry.subdivisions.get(country_code="US")}
    places = states | {c.alpha_2 for c in pycountry.countries}
    return frozenset(k.upper() for k in SCALES if len(k) == 2 and k.upper() in places)


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    number: Decimal
    scale: Decimal | None
    token: CurrencyToken | None
    has_grouping: bool
    spelled: bool


class Scanner:
    """A recursive-descent reader over one text, position by position, using anchored regexes."""

    def __init__(self, text: str, context: CurrencyContext) -> None:
        self.text = text
        self.context = context

    def skip_space(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()  # type: ignore[union-attr]

    def prefix(self, pos: int) -> tuple[CurrencyToken, int, bool, Decimal | None] | None:
        """A currency marker at `pos`: its token, where it ends, whether it was an ISO code, and the
        multiplier of a thousand/million-prefixed code ("MSEK")."""
        match = PREFIX.match(self.text, pos)
        if match is None:
            return None
        # A prefix must not be glued to a preceding word ("BR$5" is not "R$5").
        if pos > 0 and (self.text[pos - 1].isalnum() or self.text[pos - 1] == "."):
            return None
        token = prefix_token(match)
        if token is None:
            return None
        code = match.group("code") or match.group("lower")
        if code in WORDLIKE_CODES and match.end() != match.end("code"):
            return None  # "ALL 5" is not Albanian lek
        mega = match.group("mega")
        return token, match.end(), code is not None, CODE_MULTIPLIERS[mega] if mega else None

    def number(self, pos: int) -> tuple[Decimal, bool, bool, int] | None:
        match = NUMBER.match(self.text, pos)
        if match is None:
            return None
        if match.group("den") is not None:
            whole = Decimal(match.group("whole") or 0)
            return whole + Decimal(match.group("num")) / Decimal(match.group("den")), False, False, match.end()
        if match.group("point_whole") is not None:
            return Decimal(f"{match.group('point_whole')}.{match.group('point_frac')}"), False, False, match.end()
        if match.group("digits") is not None:
            digits = match.group("digits")
            # "5.5%" and "3.2 per cent" are not money; a digit glued to letters ("B52") neither.
            return parse_number(digits), "," in digits, False, match.end()
        return spelled_to_decimal(match.group("spelled")), False, True, match.end()

    def european(self, pos: int, token: CurrencyToken | None) -> tuple[Decimal, bool, bool, int] | None:
        """A number as continental Europe writes it, where no English reading competes: "1.000,50 €",
        "€ 1.234.567,89", "R$ 1.234.567" (dot-grouped with decimals, or two dot groups) in any currency;
        "€ 20,43", "20,43 €", "2,5 €", "2,5 Mio. €" and "1,5 million euros" (a decimal comma alone) in euros
        only. "€1.000" is an English decimal, and "$20,43" no number."""
        match = EUROPEAN.match(self.text, pos)
        if match is None:
            return None
        whole, frac, scale = match.group("whole"), match.group("frac"), match.group("scale")
        dotted = "." in whole
        grouped = dotted and token is not None and token.code in _DOT_GROUPED
        grouped = grouped and not SCALE.match(self.text, match.end())
        if not frac and whole.count(".") < 2 and not scale and not grouped:
            return None  # "Rp 10.000" is grouped, "5 Mio €" scaled; "Rp 1.5 trillion" is English
        if token is None:  # the currency after the number, or after its scale: "20,43 €", "1,5 million euros"
            scaled = SCALE.match(self.text, match.end()) if not match.group("scale") else None
            suffixed = self.suffix(scaled.end() if scaled is not None else match.end())
            token = suffixed[0] if suffixed is not None and suffixed[1] != "$" else None
        if token is None or (not dotted and token.code != "EUR"):
            return None
        value = Decimal(whole.replace(".", "") + (f".{frac}" if frac else ""))
        return value * EUROPEAN_SCALES[scale] if scale else value, dotted, False, match.end()

    def scale(self, pos: int, figure: str) -> tuple[str, int] | None:
        """The scale word after `figure` (the number as written) at `pos`, and where it ends."""
        match = SCALE.match(self.text, pos)
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
        half = AND_A_HALF.match(self.text, pos)
        if half is not None:
            return value + Decimal("0.5"), half.end()
        total, last = value * scale, scale
        while (join := COMPOUND_JOIN.match(self.text, pos)) is not None:
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
          comma-grouped figure or a whole one of four digits or more ("$1,386,014 TN", "$2,000 MN"): nobody
          abbreviates the scale of a figure written out to the unit; "$5 BN" and "$5 MM" are 5 billion and
          5 million.
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
        return written in _place_code_scales() and ("," in figure or ("." not in figure and len(figure) > 3))

    def suffix(
        self, pos: int, after_digits: bool = True, scaled: bool = False
    ) -> tuple[CurrencyToken, str, int] | None:
        start = self.skip_space(pos)
        hyphened = start == pos and self.text.startswith("-", pos)  # "a five-dollar fee", "a 10-euro note"
        if hyphened:
            start += 1
        elif (
            start == pos
            and self.text[pos : pos + 1].isalpha()
            and not GLUED_SIGN.match(self.text, pos)
            and not GLUED_CODE.match(self.text, pos)
        ):
            return None  # "5kg" is no amount; "100元", "20Rs", "19.99EUR" and "20usd" are (元 is a letter to Unicode)
        name = SUFFIX_NAME.match(self.text, start)
        if name is not None:
            written = name.group("name")
            ambiguous = written.lower().rstrip("s") in AMBIGUOUS_WORDS
            if hyphened and ambiguous and not scaled and not NOTE_AFTER.match(self.text, name.end()):
                return None  # "a 20-pound turkey" is a weight, "a 2-won" nothing; "a five-pound note", "a 1.5
                # billion-pound bid" are money
            return token_of_name(written), written, name.end()
        if hyphened:
            return None
        code = SUFFIX_CODE.match(self.text, start) if after_digits else None
        iso = (LOWER_CASE_CODES.get(code.group("lower")) or code.group("code")) if code is not None else None
        iso = CODE_ALIASES.get(iso or "", iso)
        if code is not None and iso in iso_4217() and iso not in WORDLIKE_CODES:
            return CurrencyToken(iso, True), code.group(), code.end()
        symbol = SUFFIX_SYMBOL.match(self.text, start) if after_digits else None
        if symbol is not None:  # "20€", "500 €": the symbol after the number, European style
            return PREFIX_SYMBOLS[symbol.group("symbol")], symbol.group("symbol"), symbol.end()
        return None

    def amount(self, pos: int) -> Amount | None:
        """One amount at `pos`: [prefix] number [scale] [suffix]; the currency may be missing."""
        token: CurrencyToken | None = None
        cursor = pos
        named = NAME_BEFORE.match(self.text, pos)
        prefixed = self.prefix(pos) if named is None else (token_of_name(named.group("name")), named.end(), False, None)
        by_code = False
        code_scale: Decimal | None = None
        if prefixed is not None:
            token, cursor, by_code, code_scale = prefixed
        dot_grouped = token is not None and token.code in _DOT_GROUPED
        european_first = dot_grouped or _GERMAN_SCALE_AHEAD.match(self.text, cursor) is not None
        number = (self.european(cursor, token) if european_first else None) or self.number(cursor)
        number = number or self.european(cursor, token)
        if number is None:
            return None
        number_start = cursor
        value, grouping, spelled, cursor = number
        number_end = cursor
        if spelled and token is not None:
            return None
        half = AND_A_HALF.match(self.text, cursor) if token is None and not spelled else None
        if half is not None:  # "15 and a half dollars", "2 and a half million euros"
            value, cursor = value + Decimal("0.5"), half.end()
        scale_word: str | None = None
        scaled = self.scale(cursor, self.text[number_start:number_end])
        if scaled is not None:
            scale_word, cursor = scaled
            value, cursor = self.compound(cursor, value, scale_value(scale_word), spelled)
        elif named is not None:
            return None  # "Euro 2024", "dollars 5 years ago"; "Euro 500 million" is money
        plain_number = scale_word is None and not any(c in self.text[number_start:number_end] for c in ",.")
        if not self._may_be_money(pos, number_end, cursor, value, spelled, scale_word, plain_number, token):
            return None
        if (
            by_code
            and plain_number
            and code_scale is None
            and token is not None
            and token.code not in MAJOR_CODES
            and (value < 100 or not self.text[number_start - 1].isspace())
        ):
            if token.code not in GATED_CODES:
                return None  # "COP28", "SDG 7", "G20": a code before a small bare number is a name
            token = CurrencyToken(UNKNOWN_CODE, False, f"code_{token.code}")  # "PHP 10" in a Manila story only
        if token is not None and token.family in WORDLIKE_FAMILIES and not plain_number:
            token = CurrencyToken(WORDLIKE_FAMILIES[token.family], True)  # "TL 1,500" anywhere
        found = self._with_currency_after(pos, cursor, value, scale_word, code_scale, token, grouping, spelled)
        if found is not None and token is not None and token.family == "a_dollar":
            if _PHRASE_CLOSED.match(self.text, found.end) is None:  # "a $5 fee": the article's, US dollars
                return self.amount(self.text.index("$", pos))
        return found

    def _may_be_money(
        self,
        pos: int,
        number_end: int,
        cursor: int,
        value: Decimal,
        spelled: bool,
        scale_word: str | None,
        plain_number: bool,
        token: CurrencyToken | None,
    ) -> bool:
        """Whether the number read from `pos` to `cursor` may start an amount: not a size ("a billion-dollar
        disaster", "2 million-dollar homes": homes of a million dollars each, no sum), not "a quarter" alone,
        not the unit of an exchange rate ("76.25 to a dollar"), not a plain number after a sign that is a
        letter or word too ("R2", "Le 14")."""
        text = self.text
        if scale_word is not None and text.startswith("-", cursor) and token is None:
            if spelled and _INDEFINITE.match(text, pos):
                return False  # "a billion-dollar disaster" is a size, no amount; "seven-million-dollar" is one
            if text[number_end : number_end + 1] == " " and not _ARTICLE_BEFORE.search(text, max(0, pos - 4), pos):
                named = SUFFIX_NAME.match(text, cursor + 1)
                if named is not None and _PLURAL_AFTER.match(text, named.end()):
                    return False  # "2 million-dollar homes": a count of homes; "a 1.5 billion-pound bid" is money
        if spelled and _INDEFINITE.match(text, pos) and _INEXACT_FRACTION_BEFORE.search(text, max(0, pos - 20), pos):
            return False
        if spelled and value in (Decimal(1), Decimal("0.5"), Decimal("0.25")) and scale_word is None:
            # "a dollar", "half a dollar", "a half dollar", "a quarter of a dollar" are money; "a quarter" alone
            # is too weak.
            word = " ".join(text[pos:cursor].lower().split())
            half_coin = word == "a half" and self.text.startswith(" ", cursor)  # "a half dollar", not "a half-a-"
            if word not in ("one", "a", "an", "half a") and not half_coin and not word.endswith(" of a"):
                return False
            if value == 1 and _EXCHANGE_UNIT_BEFORE.search(text, max(0, pos - 40), pos):
                return False  # "76.25 to a dollar", "90 rupees to one dollar": the rate's unit, no amount
        if scale_word is None and _PHP_VERSION.match(text, pos, number_end):
            return False
        # "R2" is a road or a droid, "Le 14" French; "R2 billion", "R99.95", "Le 50,000" are money
        return not (token is not None and token.family in _NO_PLAIN_NUMBER and plain_number and not self._priced(pos))

    def _priced(self, start: int) -> bool:
        """Whether a price is said right before `start`: "costs R 10", "paid 10 dong"."""
        return _PRICE_BEFORE.search(self.text, max(0, start - 40), start) is not None

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
    ) -> Amount | None:
        """The amount read from `pos` to `cursor` (its number and scale), completed by what follows: a glued
        minor unit ("99p"), a currency after the number ("5 million dollars", "45 MUSD"), a redundant name
        after a symbol ("$5 million dollars") or a nationality naming its dollar ("$1.21 billion Canadian")."""
        grand = _GRAND_AFTER.match(self.text, cursor) if scale_word is None and code_scale is None else None
        bare_grand = token is None and value >= 1000  # "in 1990 grand opera" is a year
        if grand is not None and not grouping and not bare_grand and self._colloquial(pos, grand.end(), token):
            # "50 grand", "$5 grand": thousands, of dollars unless a symbol says otherwise ("a grand jury" is none)
            return Amount(pos, grand.end(), value, SCALES["thousand"], token or _GRAND_TOKEN, grouping, spelled)
        note = _NOTE_NICKNAME_AFTER.match(self.text, cursor) if token is None and grand is None else None
        if note is not None and scale_word is None and not grouping and self._colloquial(pos, note.end(), None):
            nickname = _NOTE_NICKNAMES[note.group("note").lower()]  # "a fiver" is 5 GBP, "two tenners" 20 GBP
            return Amount(pos, note.end(), value, nickname, _NOTE_NICKNAME_TOKEN, grouping, spelled)
        if token is None and scale_word is None and not spelled:
            glued = GLUED_MINOR.match(self.text, cursor)
            if glued is not None:
                return Amount(pos, glued.end(), value, None, GLUED_MINOR_TOKENS[glued.group("unit")], grouping, False)
        of = _OF_NAME.match(self.text, cursor) if token is None and scale_word is not None else None
        if of is not None:  # "1.5 million of euros", as translated copy writes it
            cursor = of.end()
        if token is None:
            suffixed = self.suffix(cursor, not spelled, scale_word is not None)  # "a CHW programme" is no amount
            if suffixed is not None:
                suffix_token, written, end = suffixed
                if spelled and written.lower().startswith("penn") and not self._coin(pos, end):
                    return None  # "will not pay a penny more" is an idiom; "it cost a penny.", "99 pennies" amounts
                if not self._suffix_plausible(suffix_token, written, value, scale_word, grouping, pos, end):
                    return None
                token, cursor = self._suffix_reading(suffix_token, pos, end, scale_word is not None or grouping), end
                figure = end - len(written)  # "20.000 £", "10.000 rupiah": dots group thousands
                if _DOT_THOUSANDS.fullmatch(self.text, pos, end) or (
                    token.code in _DOT_GROUPED and _DOT_GROUPED_FIGURE.fullmatch(self.text, pos, figure)
                ):
                    value = parse_number(self.text[pos:figure].strip().replace(".", ""))
                if len(written) == 4 and written[0] in CODE_MULTIPLIERS and written[1:] == token.code:
                    code_scale = CODE_MULTIPLIERS[written[0]]  # "45 MUSD"
        else:
            # "$5 million dollars", "US$ 5 million USD": a redundant name after a symbol is part of it.
            suffixed = self.suffix(cursor)
            if suffixed is not None and suffixed[0].code == token.code and suffixed[0].minor == 1:
                cursor = suffixed[2]
        if token is not None and token.family == "dollar" and token.minor == 1:
            national = DOLLAR_AFTER.match(self.text, cursor)
            if national is not None:  # "$1.21 billion Canadian"
                token = CurrencyToken(DOLLAR_ADJECTIVES[national.group("adj").lower()], True)
                cursor = national.end()
        multiplier = scale_value(scale_word) if scale_word else code_scale
        return Amount(pos, cursor, value, multiplier, token, grouping, spelled)

    def _suffix_reading(self, token: CurrencyToken, start: int, end: int, sized: bool) -> CurrencyToken:
        """The currency of a name or sign after the number at text[start:end]: a word-like one ("TL", "GEL",
        "real") is its currency anywhere after a scale, grouping or decimals, else only by the article's country."""
        if token.family in WORDLIKE_FAMILIES and (sized or "." in self.text[start:end]):
            return CurrencyToken(WORDLIKE_FAMILIES[token.family], True)
        return token

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

    def _coin(self, start: int, end: int) -> bool:
        """Whether a coin ("a penny", "a dime", "5 nickels") at text[start:end] is money: colloquial, and "a"
        never after a negation ("without paying a dime", "won't cost a penny" are idioms of nothing)."""
        if not self._colloquial(start, end, None):
            return False
        return not _INDEFINITE.match(self.text, start) or not _NEGATED_BEFORE.search(
            self.text, max(0, start - 40), start
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
        if word in ("nickel", "dime"):
            return self._coin(start, end)
        if written.lower() == "buck":
            cents = _BUCK_CENTS.match(self.text, end)  # "paid a buck fifty"
            # "paid a buck"; "5 buck" is none
            return value == 1 and self._colloquial(start, cents.end() if cents else end, None)
        if _DOT_THOUSANDS.fullmatch(self.text, start, end):
            return not self.text.startswith("/", end)  # "1.459 €/l": a fuel price to the tenth of a cent, or not
        if token.family == "forint_sign":
            return scale is not None or self._priced(start)
        if written == "real":  # "10 real problems", "a real and immediate impact" are none
            return self.text[start].isdigit() and _REAL_END.match(self.text, end) is not None
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
            if word in _PRICED_WORDS and self._priced(start):
                return _COLLOQUIAL_END.match(self.text, end) is not None  # "costs 10 won", "paid 10 dong at"
            if word == "won":
                return value >= 1000 and not 1800 <= value <= 2100 and _WON_END.match(self.text, end) is not None
            return written in ("rand", "mao")
        year = self.text[start].isdigit() and value == value.to_integral_value() and 1800 <= value <= 2100
        if scale is None and not grouping and year:  # "nineteen hundred dollars" is no year
            return token.explicit and word not in AMBIGUOUS_WORDS  # "2019 dollars" is a year, "2019 euros" is money
        return True
