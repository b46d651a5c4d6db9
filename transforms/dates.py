"""Temporal expressions → TimeML TIMEX3 types and values, relative to the article's publication date.

A DATE's value is the first day of the period the text names, with its granularity and its TimeML value
(`timex`: "2020-07-24", "2013-W12", "2013-07", "2013-Q1", "2013-SU", "2013-H1", "2013", "FY2013", "199" for
the 1990s, "19" for the 20th century, or a reference token):
- a full date ("July 16, 2020", "16 July 2020", "2020-07-16", "Sunday, September 8, 2024") → that day;
- a month and day without a year ("July 16"), a weekday ("Friday"), a month alone ("in August") follow the
  tense of the verb governing them (`Tense`): past → the latest one on or before publication (a weekday
  equal to the publication day's is that day), future → the next one after it, present → a month in the
  publication year, a weekday the latest; no tense → the closest, a weekday the latest; "last/next/this
  Friday|May" likewise;
- a holiday by name ("Christmas", "Labor Day") in the tense of its clause, like a month and day;
- "today", "yesterday", "tomorrow" → that day ("today" in the sense of nowadays — "today's", or after a
  present-tense verb — is PRESENT_REF); "this/last/next week" → its Monday (`week`); "this weekend" → its
  Monday, timex 2013-W12-WE; a quarter or half without a year in the tense of its clause;
- "May 2018", "last/this/next month", "two months ago" → `month`;
- quarters ("the first quarter", "Q3 2019") → `quarter`; seasons ("this summer", "winter 2019") → `season`
  (meteorological: spring from 1 March); halves ("the first half of 2019", "H2 2020") → `half`;
- a year ("2011", "mid-2019", "the end of 2022", "the end of the year", "later this year"), "last/this/next
  year", "(just) four years ago" → `year`; a fiscal year ("fiscal 2022", "FY2024", "this fiscal year": a US
  fiscal year starts on 1 October) → `year`, timex FY2022;
- "the 1990s", "the '90s" → `decade`; "the 20th century" → `century`; "the 99th day of 2020" → that day;
- an explicit range ("1957-58", "2009-2010") → its first year, with `end` the last year's; a range of days
  ("March 15 to 17", "July 12 to July 13, 2022") is two expressions (`split_range`);
- "now", "currently", "lately", "soon", "the past", "the future", "at the time", "formerly" → `ref`, no
  calendar value, timex PRESENT_REF / PAST_REF / FUTURE_REF;
- a DURATION ("five years", "a six-day strike", "the past year", "the next few months", "recent weeks",
  "a month earlier") → type DURATION, no calendar value, timex P5Y, P6D, P1Y, PXM, PXW, P1M;
- a SET ("annual", "each month", "every two minutes", "per day") → type SET, timex P1Y, P1M, PT2M, P1D;
- an age ("a 22-year-old", "aged 6 months"), a bare number → no temporal expression: None;
- anything else → DATE `vague`, no value; relative expressions in an article without a publication date too.
Years run from `FIRST_YEAR` to `LAST_YEAR` (transforms/vocab.py), the calendar of the whole warehouse.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from transforms.vocab import FIRST_YEAR, LAST_YEAR, Granularity, TimexType

if TYPE_CHECKING:
    from spacy.tokens import Token

Tense = Literal["past", "present", "future"]

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_LEAD = (
    r"^(?:(?:on|in|by|since|from|until|during|early|late|later|earlier|mid|the|of|end|start|beginning|middle|half|"
    r"first|second|at|around|as|throughout|between)"
    r"(?:\s+|-(?=\w)))*"
)

_FISCAL_YEAR = r"(?P<fiscal>fiscal\s+)?year$"
_PART_OF = r"(?:(?:end|start|beginning|middle|rest|close)\s+of|(?:earlier|later)\s+in)"
#: Holidays by name: (month, day) for fixed ones, (month, weekday, nth) for the nth weekday (-1: the last).
_HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
}  # fmt: skip
_HOLIDAY_NAMES = [re.escape(name) for name in sorted(_HOLIDAYS, key=len, reverse=True)]
_PATTERNS = [
    ("iso", re.compile(r"^(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})$")),
    ("mdy", re.compile(_LEAD + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})$")),
    ("dmy", re.compile(_LEAD + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})$")),
    ("md", re.compile(_LEAD + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?$")),
    ("dm", re.compile(_LEAD + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"$")),
    ("my", re.compile(_LEAD + _MONTH + r",?\s+(?:of\s+)?(?P<year>\d{4})$")),
    ("m", re.compile(_LEAD + _MONTH + r"$")),
    ("y", re.compile(_LEAD + r"(?:the\s+year\s+)?(?P<year>\d{4})$")),
    (
        "weekday",
        re.compile(_LEAD + r"(?:(?P<rel>last|this|next|past)\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")$"),
    ),
    ("relday", re.compile(_LEAD + r"(?P<word>today|yesterday|tomorrow)$")),
    ("relyear", re.compile(_LEAD + r"(?P<rel>last|this|next|past|previous|current)\s+" + _FISCAL_YEAR)),
    ("yearend", re.compile(_LEAD + r"(?:at\s+)?year[\s-]end$")),
    ("yearpart", re.compile(_LEAD + _PART_OF + r"\s+the\s+" + _FISCAL_YEAR)),
    ("monthpart", re.compile(_LEAD + _PART_OF + r"\s+the\s+month$")),
    ("weekend", re.compile(_LEAD + r"(?:over\s+)?(?P<rel>last|this|next|past|the)\s+weekend$")),
    ("holiday", re.compile(_LEAD + r"(?P<holiday>" + "|".join(_HOLIDAY_NAMES) + r")(?:\s+(?P<year>\d{4}))?$")),
    ("relmonthname", re.compile(_LEAD + r"(?P<rel>last|this|next)\s+" + _MONTH + r"$")),
    ("relmonth", re.compile(_LEAD + r"(?P<rel>last|this|next|previous|current)\s+month$")),
]


@dataclass(frozen=True)
class DateValue:
    """A temporal expression's value: the first day of its period (None for `vague`, `ref`, durations and
    sets), the period's kind, the first day of a range's last period, the TimeML value and type."""

    value: dt.date | None
    granularity: Granularity
    end: dt.date | None = None
    timex: str | None = None
    type: TimexType = "DATE"

    def __post_init__(self) -> None:
        if self.timex is None and self.value is not None:
            object.__setattr__(self, "timex", _timex(self.value, self.granularity))


VAGUE = DateValue(None, "vague")
PAST_REF = DateValue(None, "ref", timex="PAST_REF")  # "a few days ago"
_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({w: 10 * i for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)})
_NUMBER_WORDS.update({"a": 1, "an": 1, "one hundred": 100, "a hundred": 100})
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
_COUNT = r"(?P<n>\d+|" + _TENS + "|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?|decades?|centuries|century|quarters?|hours?|minutes?|seconds?)"
_UNIT_CODES = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE", "quarter": "Q",
    "hour": "TH", "minute": "TM", "second": "TS",
}  # fmt: skip
# (a unit code starting with T is a time unit, written after the P: PT2M)
_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "this moment": "PRESENT_REF", "right now": "PRESENT_REF",
    "for now": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "earlier": "PAST_REF", "lately": "PAST_REF", "at the time": "PAST_REF",
    "at that time": "PAST_REF", "years ago": "PAST_REF", "long ago": "PAST_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "soon": "FUTURE_REF",
}  # fmt: skip
_ABOUT = (
    r"(?:(?:about|some|nearly|almost|more than|over|just|around|roughly|only|at least|up to|less than|"
    r"no more than|fewer than|under|approximately)\s+)*"
)
_ORD4 = r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
_OF_YEAR = r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(?P<year>\d{4})|\s+of\s+(?P<ofrel>the|this|last|next)\s+year)?"
_SET_WORDS = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D",
    "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannual": "P6M",
    "biannual": "P6M", "bimonthly": "P2M",
}  # fmt: skip
_SET = re.compile(
    r"^(?:(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)|(?:each\s+)?(?:each|every|per))\s+"
    + r"(?:" + _COUNT + r"\s+)?" + _UNIT + r"$"
)  # fmt: skip
_AGE = re.compile(
    r"(?:^|\s)(?:aged?|the\s+age\s+of|at\s+age)\s+(?:about\s+)?\d|\d+[\s-]*(?:years?|months?|weeks?|days?)[\s-]*"
    r"old\b|-year-olds?$|^[\d.,]+%?$"
)
_UNITS_PLURAL = r"(?P<plural>years|months|weeks|days|decades|centuries|hours|minutes)"
_DURATION = re.compile(
    r"^(?:(?:just|only|for|over|during|in|within|after|of)\s+)*(?P<the>(?:the|a|an)\s+)?"
    r"(?:(?P<rel>past|last|next|coming|first|previous|following|recent|final|initial|latest)\s+)?"
    + _ABOUT
    + r"(?:(?P<vague>a\s+few|few|several|some|many|a\s+couple\s+of)\s+)?"
    + r"(?:" + _COUNT + r"[\s-]+(?:straight\s+|consecutive\s+|full\s+)?)?"
    + _UNIT
    + r"(?:[\s-]+long)?(?:\s+of\s+(?:the|this|last)\s+year)?(?:\s+(?P<anchor>earlier|later|before|after|prior))?$"
)  # fmt: skip
_VAGUE_DURATION = re.compile(
    r"^(?:(?:for|over|in|during)\s+)?(?:the\s+)?(?:(?:coming|recent|past|next|last)\s+)?" + _UNITS_PLURAL
    + r"(?:\s+(?:ahead|to\s+come))?$"
)  # fmt: skip
_HALF = re.compile(r"^" + _ABOUT + r"half\s+an?\s+(?P<unit>year|decade|century)$")


def _set(phrase: str) -> DateValue | None:
    """A repeated period: "annual", "each month", "every two minutes", "per day", "twice a year"."""
    if phrase in _SET_WORDS:
        return DateValue(None, "vague", timex=_SET_WORDS[phrase], type="SET")
    match = _SET.match(phrase)
    if match is None:
        return None
    n = _count(match["n"]) if match["n"] else 1
    return DateValue(None, _unit_granularity(match["unit"]), timex=_period(n, match["unit"]), type="SET")


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    if "-" in word:
        tens, ones = word.split("-")
        return _NUMBER_WORDS[tens] + _NUMBER_WORDS[ones]
    return _NUMBER_WORDS[word]


def _unit_code(unit: str) -> str:
    return _UNIT_CODES["century" if unit.startswith("centur") else unit.rstrip("s")]


def _unit_granularity(unit: str) -> Granularity:
    code = _unit_code(unit)
    names: dict[str, Granularity] = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade",
                                     "CE": "century", "Q": "quarter"}  # fmt: skip
    return names.get(code, "vague")


def _period(n: int | str, unit: str) -> str:
    """TimeML's duration value: P5Y, P3M, PXW, PT2H."""
    code = _unit_code(unit)
    return f"PT{n}{code[1:]}" if code.startswith("T") else f"P{n}{code}"


def _not_temporal(phrase: str) -> bool:
    """An age ("a 22-year-old", "aged 6 months", "the age of 18") or a bare number that is no year."""
    return _AGE.search(phrase) is not None and re.fullmatch(r"\d{4}", phrase) is None


def _duration(phrase: str) -> DateValue | None:
    """A length of time ("five years", "the past year", "the next few months", "recent weeks", "a six-day
    strike", "a month earlier"); None when the phrase is none."""
    if half := _HALF.match(phrase):
        value = {"year": "P6M", "decade": "P5Y", "century": "P50Y"}[half["unit"]]
        return DateValue(None, _unit_granularity(half["unit"]), timex=value, type="DURATION")
    if vague := _VAGUE_DURATION.match(phrase):
        return DateValue(None, _unit_granularity(vague["plural"]), timex=_period("X", vague["plural"]), type="DURATION")
    match = _DURATION.match(phrase)
    if match is None:
        return None
    g = match.groupdict()
    indefinite = (g["the"] or "").strip() in ("a", "an")  # "a decade", "a month earlier"
    if g["n"] is None and g["vague"] is None and not indefinite:
        # a bare unit is a duration only as "the past year", "the next week" (not "last week", "the first quarter")
        if not (g["the"] and g["rel"] and g["rel"] not in ("first", "final", "initial")):
            return None
    n: int | str = "X" if g["vague"] else (_count(g["n"]) if g["n"] else 1)
    return DateValue(None, _unit_granularity(g["unit"]), timex=_period(n, g["unit"]), type="DURATION")


def _ago(g: dict[str, str], published: dt.date | None) -> DateValue:
    if published is None:
        return VAGUE
    n = _count(g["n"])
    unit = g["unit"].rstrip("s")
    if unit == "year":
        return DateValue(dt.date(published.year - n, 1, 1), "year")
    if unit == "decade":
        return DateValue(dt.date((published.year - 10 * n) // 10 * 10, 1, 1), "decade")
    if unit == "month":
        return DateValue(_shift_months(published, -n), "month")
    if unit == "week":
        return DateValue(published - dt.timedelta(days=published.weekday(), weeks=n), "week")
    if unit == "day":
        return DateValue(published - dt.timedelta(days=n), "day")
    return VAGUE


def _century(g: dict[str, str], published: dt.date | None) -> DateValue:
    year = (int(g["c"]) - 1) * 100
    return DateValue(dt.date(year, 1, 1), "century") if FIRST_YEAR <= year <= LAST_YEAR else VAGUE


def _decade(g: dict[str, str], published: dt.date | None) -> DateValue:
    year = int(g["year"]) if g["year"] else _year(g["yy"], published)
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        return VAGUE
    return DateValue(dt.date(year // 10 * 10, 1, 1), "decade")


def _year_range(g: dict[str, str], published: dt.date | None) -> DateValue:
    first = _year(g["year"], published)
    last_text = g["end"]
    last = int(g["year"][:2] + last_text) if len(last_text) == 2 else int(last_text)
    if first is None or not first < last <= LAST_YEAR:
        return VAGUE
    return DateValue(dt.date(first, 1, 1), "year", end=dt.date(last, 1, 1))


def _fiscal_year(year: int | None) -> DateValue:
    """A fiscal year: its calendar year's first day, TimeML value FY2022."""
    return DateValue(dt.date(year, 1, 1), "year", timex=f"FY{year:04d}") if year else VAGUE


def fiscal_year_of(day: dt.date) -> int:
    """The US federal fiscal year a day falls in (it starts on 1 October)."""
    return day.year + 1 if day.month >= 10 else day.year


def _fiscal(g: dict[str, str], published: dt.date | None) -> DateValue:
    return _fiscal_year(_year(g["year"], published))


_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1}


def _relweek(g: dict[str, str], published: dt.date, tense: Tense | None) -> DateValue:
    return DateValue(published - dt.timedelta(days=published.weekday(), weeks=-_SHIFT[g["rel"]]), "week")


def _period_year(first_month: int, months: int, published: dt.date, tense: Tense | None) -> int:
    """The year of a quarter or half named without one: past → the latest begun by publication, future →
    the first not ended by it, else the one whose end is closest to it ("the fourth quarter" in a January
    article is last year's)."""

    def last_day(year: int) -> dt.date:
        return _shift_months(dt.date(year, first_month, 1), months) - dt.timedelta(days=1)

    if tense == "past":
        return published.year if dt.date(published.year, first_month, 1) <= published else published.year - 1
    if tense == "future":
        return published.year if last_day(published.year) >= published else published.year + 1
    return min((published.year - 1, published.year), key=lambda year: abs((last_day(year) - published).days))


def _year_of_part(g: dict[str, str], month: int, months: int, published: dt.date, tense: Tense | None) -> int:
    """The year of a quarter or half: named ("of 2019"), relative ("of last year", "of the year"), else
    `_period_year`."""
    if g.get("year"):
        return int(g["year"])
    if g.get("ofrel"):
        return published.year + {"last": -1, "next": 1}.get(g["ofrel"], 0)
    return _period_year(month, months, published, tense)


def _quarter(g: dict[str, str], published: dt.date, tense: Tense | None) -> DateValue:
    q = int(g["q"]) if g.get("q") else _ORDINALS[g["ord"]]
    month = (q - 1) * 3 + 1
    return DateValue(dt.date(_year_of_part(g, month, 3, published, tense), month, 1), "quarter")


def _relquarter(g: dict[str, str], published: dt.date, tense: Tense | None) -> DateValue:
    index = published.year * 4 + (published.month - 1) // 3 + _SHIFT[g["rel"]]
    return DateValue(dt.date(index // 4, index % 4 * 3 + 1, 1), "quarter")


def _half(g: dict[str, str], published: dt.date, tense: Tense | None) -> DateValue:
    month = 1 if (int(g["h"]) if g.get("h") else _ORDINALS[g["ord"]]) == 1 else 7
    return DateValue(dt.date(_year_of_part(g, month, 6, published, tense), month, 1), "half")


def _season(g: dict[str, str], published: dt.date, tense: Tense | None) -> DateValue:
    _, month = _SEASONS[g["season"]]
    if g.get("year"):
        return DateValue(dt.date(int(g["year"]), month, 1), "season")
    year = published.year
    rel = g.get("rel")
    if rel in ("last", "past") and dt.date(year, month, 1) > published - dt.timedelta(days=90):
        year -= 1
    elif rel == "next" and dt.date(year, month, 1) <= published:
        year += 1
    return DateValue(dt.date(year, month, 1), "season")


def _nth_day(g: dict[str, str], published: dt.date, tense: Tense | None) -> DateValue:
    """The Nth day of a year named ("the 99th day of 2020") or of the publication year ("of the year")."""
    year = int(g["year"]) if g.get("year") else published.year
    n = int(g["nth"])
    if not 1 <= n <= 366:
        return VAGUE
    day = dt.date(year, 1, 1) + dt.timedelta(days=n - 1)
    return DateValue(day, "day") if day.year == year else VAGUE


_YYYY = r"(?P<year>\d{4}))$"
_Rule = Callable[[dict[str, str], dt.date, Tense | None], DateValue]
#: Rules valued without a publication date (the rest need one, unless the phrase names its year).
_ABSOLUTE: dict[str, Callable[[dict[str, str], dt.date | None], DateValue]] = {
    "ago": _ago, "vagueago": lambda g, published: PAST_REF, "century": _century, "decade": _decade,
    "yrange": _year_range, "fiscal": _fiscal,
}  # fmt: skip
_RELATIVE: dict[str, _Rule] = {
    "relweek": _relweek, "quarter": _quarter, "relquarter": _relquarter, "half": _half, "season": _season,
    "nthday": _nth_day,
}  # fmt: skip
_EXTRA_PATTERNS = [
    ("ago", re.compile(r"^" + _ABOUT + _COUNT + r"\s+" + _UNIT + r"\s+ago$")),
    ("vagueago", re.compile(r"^(?:a\s+few|few|several|some|many|a\s+couple\s+of)\s+" + _UNIT + r"\s+ago$")),
    ("relweek", re.compile(_LEAD + r"(?P<rel>last|this|next|past|previous|current)\s+week$")),
    ("quarter", re.compile(_LEAD + r"(?:" + _ORD4 + r"[\s-]+(?:fiscal\s+)?quarter|q(?P<q>[1-4]))" + _OF_YEAR + "$")),
    ("relquarter", re.compile(_LEAD + r"(?P<rel>last|this|next|previous|past|current)\s+quarter$")),
    ("half", re.compile(_LEAD + r"(?:(?P<ord>first|second|1st|2nd)\s+half|h(?P<h>[12]))" + _OF_YEAR + "$")),
    (
        "season",
        re.compile(
            _LEAD
            + r"(?:(?P<rel>last|this|next|past)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
            + r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?$"
        ),
    ),
    ("fiscal", re.compile(_LEAD + r"(?:fiscal\s+(?:year\s+)?(?:\(fy\)\s+)?|fy\s?'?)(?P<year>\d{4}|\d{2})$")),
    ("yrange", re.compile(_LEAD + r"(?P<year>\d{4})\s*[-–/]\s*(?P<end>\d{4}|\d{2})$")),
    ("decade", re.compile(_LEAD + r"(?:early\s+|mid\s*-?\s*|late\s+)?(?:(?P<year>\d{3}0)|'(?P<yy>\d0))'?s$")),
    ("century", re.compile(_LEAD + r"(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century$")),
    ("nthday", re.compile(r"^(?:on\s+)?the\s+(?P<nth>\d{1,3})(?:st|nd|rd|th)\s+day\s+of\s+(?:the\s+year|" + _YYYY)),
]


def _extra(phrase: str, published: dt.date | None, tense: Tense | None) -> DateValue | None:
    """The periods, ranges and offsets of the module rules; None when none matches the phrase."""
    for kind, pattern in _EXTRA_PATTERNS:
        match = pattern.match(phrase)
        if match is None:
            continue
        g = match.groupdict()
        if kind in _ABSOLUTE:
            return _ABSOLUTE[kind](g, published)
        if published is None and not g.get("year"):
            return VAGUE
        return _RELATIVE[kind](g, published, tense)  # type: ignore[arg-type]  # a year named stands for it
    return None


def _timex(value: dt.date, granularity: Granularity) -> str | None:
    if granularity == "day":
        return value.isoformat()
    if granularity == "week":
        year, week, _ = value.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if granularity == "quarter":
        return f"{value.year:04d}-Q{(value.month - 1) // 3 + 1}"
    if granularity == "season":
        code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[value.month]
        return f"{value.year:04d}-{code}"
    if granularity == "half":
        return f"{value.year:04d}-H{1 if value.month <= 6 else 2}"
    if granularity == "year":
        return f"{value.year:04d}"
    if granularity == "decade":
        return f"{value.year // 10:03d}"
    if granularity == "century":
        return f"{value.year // 100:02d}"
    return None


def _closest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None


def _by_tense(month: int, day: int, published: dt.date, tense: Tense | None) -> dt.date | None:
    """That month and day in the year the tense points to: the latest on or before publication (past), the
    first after it (future), else (present, no tense) the closest."""
    if tense not in ("past", "future"):
        return _closest_year(month, day, published)
    step = -1 if tense == "past" else 1
    for year in (published.year, published.year + step):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        if (candidate <= published) if tense == "past" else (candidate > published):
            return candidate
    return _closest_year(month, day, published)


def _year(text: str, published: dt.date | None) -> int | None:
    value = int(text)
    if len(text) == 2:
        if published is None:
            return None
        century = published.year // 100 * 100
        value = century + value if century + value <= published.year + 10 else century - 100 + value
    return value if FIRST_YEAR <= value <= LAST_YEAR else None


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def tense_of(sentence: str) -> Tense | None:
    """The tense a clause speaks in, as far as its words say: "will", "plans to" → future; "was", "said",
    "ago", an -ed verb → past; else None. The fallback of `clause_tense` for a pipeline without a parser:
    give it the words around a date, not a whole long sentence."""
    lowered = sentence.lower()
    if _FUTURE.search(lowered):
        return "future"
    if _PAST.search(lowered):
        return "past"
    return None


_FUTURE = re.compile(
    r"\b(?:will|shall|won't|'ll|going to|plans? to|planned to|is to|are to|set to|expects? to|"
    r"scheduled|upcoming|next)\b"
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|ago|last|earlier|previously|rose|fell|grew|held|met|began|took|made|gave|"
    r"won|lost|came|went|saw|told|sent|spent|paid|sold|bought|built|left|ran)\b|\b\w+[^e\W]ed\b"
)
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll"}
_SCHEDULING = ("schedul", "slated", "due")
_FUTURE_HEADS = ("plan", "expect", "schedul", "set", "intend", "aim", "due", "going", "prepar", "hope", "seek")


def _verb_tense(verb: Token, depth: int = 0) -> Tense | None:
    """The tense a verb's form and auxiliaries say; an infinitive's is its governing verb's (at most 20 up:
    spaCy makes a new Token object on every access, so heads are compared by index, never by identity)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.text.lower() for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if "to" in words and verb.tag_ == "VB":  # an infinitive: "plans to meet", "is due to open"
        head = verb.head
        if head.i != verb.i and head.text.lower().startswith(_FUTURE_HEADS):
            return "future"
        governed = head.i != verb.i and head.tag_.startswith(("VB", "MD")) and depth < 20
        return _verb_tense(head, depth + 1) if governed else None
    if verb.text.lower().startswith(_SCHEDULING):  # "scheduled a press conference for Friday"
        return "future"
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if "VBD" in tags or (verb.tag_ == "VBN" and words & {"has", "have", "had"}):
        return "past"
    if "MD" in tags:
        return None
    if verb.tag_ in ("VBZ", "VBP"):  # the simple present; a progressive ("is meeting") says no time
        return "present"
    return None


def clause_tense(token: Token) -> Tense | None:
    """The tense of the verb governing a parsed token (the head of a date's words): the first verb up its
    chain of heads, read with its auxiliaries ("will open" future, "opened", "has opened" past, "opens"
    present, "plans to open" future)."""
    seen = 0
    node = token
    while seen < 20:
        if node.tag_.startswith("VB") and node.i != token.i:
            return _verb_tense(node)
        if node.head.i == node.i:
            return None
        node = node.head
        seen += 1
    return None


def means_nowadays(text: str, following: str, tense: Tense | None, starts_clause: bool) -> bool:
    """Whether "today" means nowadays: "today's" (but not "today's announcement"), or after a verb in the
    present tense ("the friendship our countries enjoy today"), not opening its clause ("Today, the President
    signs…" is the publication day)."""
    if _phrase(text) != "today":
        return False
    if re.search(r"['’]s$", text):
        following = "'s" + following
    if re.match(r"['’]s\b", following):
        return re.match(r"['’]s\s+(?:announcement|meeting|event|decision|vote|ruling|judgment|call|summit|release|"
                        r"report|statement|action|order|launch|hearing|session|visit)", following) is None  # fmt: skip
    return tense == "present" and not starts_clause


_DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_DAY_PART = re.compile(r"^(?P<base>.+?)\s+(?P<part>morning|afternoon|evening|night)$")
_WEEKDAY_PREFIX = re.compile(r"^(?:on\s+)?(?:" + "|".join(_WEEKDAYS) + r"),?\s+(?=.*\d)")


def _phrase(text: str) -> str:
    """The words of an expression in lower case, without end punctuation or a possessive ("last year's")."""
    phrase = re.sub(r"'s$", "", " ".join(text.lower().replace("’", "'").split()).strip(" .,;:"))
    return re.sub(r"\bthis past\b", "last", phrase)  # "this past weekend"


def normalise_date(text: str, published: dt.date | None, tense: Tense | None = None) -> DateValue | None:
    """The type and value of a temporal expression (see the module rules); None for an age or a number."""
    phrase = _phrase(text)
    if phrase in _REFS:
        return DateValue(None, "ref", timex=_REFS[phrase])
    if _not_temporal(phrase):
        return None
    found = _set(phrase) or _duration(phrase) or _extra(phrase, published, tense) or _time_of_day(phrase, published)
    if found is not None:
        return found
    if _WEEKDAY_PREFIX.match(phrase):  # "Sunday, September 8, 2024": the date names the day
        return normalise_date(_WEEKDAY_PREFIX.sub("", phrase), published, tense)
    return _calendar(phrase, published, tense)


def _time_of_day(phrase: str, published: dt.date | None) -> DateValue | None:
    """A part of a day ("Saturday afternoon", "this morning", "last night", "tonight"): a TIME on that day,
    TimeML value 2013-03-16TAF."""
    if phrase == "tonight":
        phrase = "today night"
    match = _DAY_PART.match(phrase)
    if match is None:
        return None
    base = {"this": "today", "last": "yesterday"}.get(match["base"], match["base"])
    day = _calendar(base, published, "past")
    if day.value is None or day.granularity != "day":
        return None
    return DateValue(day.value, "day", timex=f"{day.value.isoformat()}T{_DAY_PARTS[match['part']]}", type="TIME")


def _absolute(kind: str, groups: dict[str, str], month: int) -> DateValue | None:
    """A date that names its year; None for a relative kind."""
    try:
        if kind in ("iso", "mdy", "dmy"):
            return DateValue(dt.date(int(groups["year"]), month, int(groups["day"])), "day")
        if kind == "my":
            return DateValue(dt.date(int(groups["year"]), month, 1), "month")
    except ValueError:
        return VAGUE
    if kind == "y":
        year = int(groups["year"])
        return DateValue(dt.date(year, 1, 1), "year") if FIRST_YEAR <= year <= LAST_YEAR else VAGUE
    return None


def _calendar(phrase: str, published: dt.date | None, tense: Tense | None) -> DateValue:
    for kind, pattern in _PATTERNS:
        match = pattern.match(phrase)
        if match is None:
            continue
        groups = match.groupdict()
        month = _MONTHS.get(groups.get("month") or "", 0) or int(groups.get("m") or 0)
        absolute = _absolute(kind, groups, month)
        if absolute is not None:
            return absolute
        if published is None:
            return VAGUE
        return _relative(kind, groups, month, published, tense)
    return VAGUE


def _relative(kind: str, groups: dict[str, str], month: int, published: dt.date, tense: Tense | None) -> DateValue:
    if kind in ("md", "dm"):
        value = _by_tense(month, int(groups["day"]), published, tense)
        return DateValue(value, "day") if value else VAGUE
    if kind == "m":
        first = dt.date(published.year, month, 1) if tense == "present" else _by_tense(month, 1, published, tense)
        return DateValue(first, "month") if first else VAGUE
    if kind == "weekday":
        return _weekday(_WEEKDAYS[groups["weekday"]], groups.get("rel"), published, tense)
    if kind == "relday":
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[groups["word"]]
        return DateValue(published + dt.timedelta(days=shift), "day")
    if kind == "relmonthname":
        year = published.year
        if groups["rel"] == "last" and month >= published.month:
            year -= 1
        elif groups["rel"] == "next" and month <= published.month:
            year += 1
        return DateValue(dt.date(year, month, 1), "month")
    if kind == "relmonth":
        return DateValue(_shift_months(published, _SHIFT[groups["rel"]]), "month")
    if kind in ("monthpart", "weekend", "holiday"):
        return _month_part(published) if kind == "monthpart" else _weekend_or_holiday(kind, groups, published, tense)
    if kind in ("relyear", "yearpart", "yearend"):
        shift = _SHIFT[groups["rel"]] if kind == "relyear" else 0
        if groups.get("fiscal"):
            return _fiscal_year(fiscal_year_of(published) + shift)
        return DateValue(dt.date(published.year + shift, 1, 1), "year")
    return VAGUE


def _month_part(published: dt.date) -> DateValue:
    return DateValue(dt.date(published.year, published.month, 1), "month")


def _holiday_in(year: int, rule: tuple[int, int] | tuple[int, int, int]) -> dt.date:
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    month, weekday, nth = rule
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = _shift_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _weekend_or_holiday(kind: str, groups: dict[str, str], published: dt.date, tense: Tense | None) -> DateValue:
    """A weekend (TimeML 2013-W12-WE: "this weekend" the publication week's, "last weekend", "the weekend"
    in the tense of its clause) or a holiday by name ("Christmas", "Labor Day") in the tense of its clause."""
    if kind == "holiday":
        rule = _HOLIDAYS[groups["holiday"]]
        if groups.get("year"):
            return DateValue(_holiday_in(int(groups["year"]), rule), "day")
        days = [_holiday_in(year, rule) for year in (published.year - 1, published.year, published.year + 1)]
        if tense == "past":
            return DateValue(max(d for d in days if d <= published), "day")
        if tense == "future":
            return DateValue(min(d for d in days if d >= published), "day")
        return DateValue(min(days, key=lambda d: abs((d - published).days)), "day")
    rel = groups["rel"]
    shift = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    if rel == "the":
        shift = -1 if tense == "past" and published.weekday() < 5 else 0
    monday = published - dt.timedelta(days=published.weekday(), weeks=-shift)
    year, week, _ = monday.isocalendar()
    return DateValue(monday, "week", timex=f"{year}-W{week:02d}-WE")


def _weekday(target: int, rel: str | None, published: dt.date, tense: Tense | None) -> DateValue:
    """A weekday: the next one after publication when "next" or future, else the latest on or before it (the
    publication day itself when it is that weekday, unless "last")."""
    if rel == "next" or (rel is None and tense == "future"):
        ahead = (target - published.weekday()) % 7 or 7
        return DateValue(published + dt.timedelta(days=ahead), "day")
    back = (published.weekday() - target) % 7
    if rel in ("last", "past") and back == 0:
        back = 7
    return DateValue(published - dt.timedelta(days=back), "day")


def needs_tense(text: str) -> bool:
    """Whether the value of an expression depends on the tense of its clause (a month, day or weekday
    without a year, "today")."""
    phrase = _WEEKDAY_PREFIX.sub("", _phrase(text))
    if re.search(r"\d{4}|\b(?:last|next|this|ago)\b", phrase):
        return False
    return phrase == "today" or any(
        pattern.match(phrase)
        for kind, pattern in (*_PATTERNS, *_EXTRA_PATTERNS)
        if kind in ("md", "dm", "m", "weekday", "quarter", "half", "weekend", "holiday")
    )


_MONTH_WORD = re.compile(r"\b(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)
_DAY_WORD = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_RANGE = re.compile(r"^(?P<a>.+?)(?:\s+(?:to|through|thru|until|and)\s+|\s*[-–—]\s*)(?P<b>.+)$", re.IGNORECASE)
_TODAY_AND = re.compile(r"^(?P<a>today|yesterday|tomorrow),\s+(?P<b>.+)$", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b\d{4}\b")


def split_range(text: str) -> list[tuple[int, int, str]]:
    """The expressions a range of days writes as one ("March 15 to 17", "July 12 to July 13, 2022", "Today,
    May 31st"): (start, end, the words to value), the first part given the year the second names and the
    second the month the first names. Any other text is one expression."""
    match = _TODAY_AND.match(text)
    if match is not None:
        return [(match.start("a"), match.end("a"), match["a"]), (match.start("b"), match.end("b"), match["b"])]
    match = _RANGE.match(text)
    if match is None or not (_MONTH_WORD.search(match["a"]) or _DAY_WORD.search(match["a"])):
        return [(0, len(text), text)]
    first, second = match["a"], match["b"]
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", second):  # "March 15 to 17": 17 is a day of March
        month = _MONTH_WORD.search(first)
        second = f"{month.group(0) if month else ''} {second}"
    year = _YEAR_IN.search(match["b"])
    if year and not _YEAR_IN.search(first):
        first = f"{first} {year.group(0)}"
        second = second if _YEAR_IN.search(second) else f"{second} {year.group(0)}"
    return [(match.start("a"), match.end("a"), first), (match.start("b"), match.end("b"), second)]


_FIND_UNIT = r"(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)"
_FIND_COUNT = r"(?:\d+|" + _TENS + "|" + "|".join(sorted(set(_NUMBER_WORDS) - {"a", "an"}, key=len, reverse=True)) + ")"
_NOT_AN_AGE = r"(?!\s*(?:-|old|of\s+age|or\s+older|and\s+older))"
_FINDABLE = re.compile(
    r"(?<![\w$£€.,/-])(?:"
    + r"(?:the\s+(?:past|last|next|coming)\s+)?" + _FIND_COUNT + r"[\s-]" + _FIND_UNIT + _NOT_AN_AGE
    + r"|(?:each|every|per)\s+(?:" + _FIND_COUNT + r"\s+)?" + _FIND_UNIT
    + r"|annual(?:ly)?|monthly|weekly|yearly|quarterly|daily"
    + r"|now|currently|nowadays|lately|soon|formerly|at the time|at the moment|this moment"
    + r"|the future(?=\s*(?:[^\w\s]|(?:of|and|or|is|was|will|for)\b|$))"  # not "the future queen"
    + r"|(?:in\s+)?the past(?!\s+(?:few\s+|several\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|century))"
    + r"|today|tonight|yesterday|tomorrow|" + "|".join(_HOLIDAY_NAMES)
    + r"|(?:19|20)\d\d"
    + r")(?![\w%-]|[.,]\d)",
    re.IGNORECASE,
)  # fmt: skip


def find_more(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Temporal expressions the model does not mark: references ("now", "currently", "the future"), sets
    ("annual", "per month"), durations ("a six-day strike", "the last three years"), bare years ("a 2011
    study"); (start, end) in `text`, none overlapping a span of `taken`."""
    found = []
    for match in _FINDABLE.finditer(text):
        start, end = match.span()
        if not any(s < end and start < e for s, e in taken):
            found.append((start, end))
    return found
