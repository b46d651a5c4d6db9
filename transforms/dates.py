"""DATE mentions → calendar values, relative to the article's publication date, TimeML-style.

Every value is the first day of the period the text names, with its granularity and its TimeML value
(`timex`: "2020-07-24", "2013-W12", "2013-07", "2013-Q1", "2013-SU", "2013-H1", "2013", "199" for the
1990s, "19" for the 20th century, or a reference token):
- a full date ("July 16, 2020", "16 July 2020", "2020-07-16") → that day (`day`);
- a month and day without a year ("July 16"), a weekday ("Friday"), a month alone ("in August") follow the
  sentence's tense: past → the latest one on or before publication, future → the next one after it, no
  tense → the closest (a weekday without tense: the latest); "last/next/this Friday|May" likewise;
- "today", "yesterday", "tomorrow" → that day; "this/last/next week" → its Monday (`week`);
- "May 2018" → `month`; "last/this/next month" → `month`;
- quarters ("the first quarter", "Q3 2019", "the third quarter of 2019", "last quarter") → `quarter`;
  seasons ("this summer", "winter 2019") → `season` (meteorological: spring from 1 March);
  halves ("the first half of 2019", "H2 2020") → `half`;
- a year ("2011", "fiscal 2022", "FY2024", "mid-2019", "the end of 2022"), "last/this/next year",
  "four years ago" → `year`; "N months/weeks/days ago" → their month, week, day;
- "the 1990s", "the mid-1990s", "the '90s" → `decade`; "the 20th century" → `century`;
- an explicit range ("1957-58", "2009-2010", "2022-23") → its first year, with `end` the last year's;
- "now", "currently", "recently", "the past", "the future", "these days" → `ref`, no calendar value, timex
  PRESENT_REF / PAST_REF / FUTURE_REF;
- a duration ("five years", "two decades", "90 days") is not a date: `normalise_date` returns None;
- anything else → `vague`, no value; relative expressions in an article without a publication date too.
Years run from `FIRST_YEAR` to `LAST_YEAR` (transforms/vocab.py), the calendar of the whole warehouse.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from transforms.vocab import FIRST_YEAR, LAST_YEAR, Granularity

Tense = Literal["past", "future"]

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
    r"^(?:(?:on|in|by|since|from|until|during|early|late|mid|the|of|end|start|beginning|middle|half|first|second)"
    r"(?:\s+|-(?=\w)))*"
)

_PATTERNS = [
    ("iso", re.compile(r"^(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})$")),
    ("mdy", re.compile(_LEAD + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})$")),
    ("dmy", re.compile(_LEAD + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})$")),
    ("md", re.compile(_LEAD + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?$")),
    ("dm", re.compile(_LEAD + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"$")),
    ("my", re.compile(_LEAD + _MONTH + r",?\s+(?:of\s+)?(?P<year>\d{4})$")),
    ("m", re.compile(_LEAD + _MONTH + r"$")),
    ("y", re.compile(_LEAD + r"(?:the\s+year\s+)?(?P<year>\d{4})$")),
    ("weekday", re.compile(_LEAD + r"(?:(?P<rel>last|this|next|past)\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")$")),
    ("relday", re.compile(_LEAD + r"(?P<word>today|yesterday|tomorrow)$")),
    ("relyear", re.compile(_LEAD + r"(?P<rel>last|this|next|past|previous)\s+year$")),
    ("relmonthname", re.compile(_LEAD + r"(?P<rel>last|this|next)\s+" + _MONTH + r"$")),
    ("relmonth", re.compile(_LEAD + r"(?P<rel>last|this|next|previous)\s+month$")),
]


@dataclass(frozen=True)
class DateValue:
    """A DATE mention's value: the first day of its period (None for `vague` and `ref`), the period's kind,
    the first day of a range's last period, and the TimeML value."""

    value: dt.date | None
    granularity: Granularity
    end: dt.date | None = None
    timex: str | None = None

    def __post_init__(self) -> None:
        if self.timex is None and self.value is not None:
            object.__setattr__(self, "timex", _timex(self.value, self.granularity))


VAGUE = DateValue(None, "vague")
_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({"a": 1, "an": 1, "a few": 3, "several": 3, "thirty": 30, "forty": 40, "fifty": 50})
_COUNT = r"(?P<n>\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?|decades?|centuries|century|quarters?)"
_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF", "previously": "PAST_REF",
    "the recent years": "PAST_REF", "recent years": "PAST_REF", "in recent years": "PAST_REF",
    "once": "PAST_REF", "formerly": "PAST_REF", "earlier": "PAST_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "soon": "FUTURE_REF", "future": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "in the coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF",
}  # fmt: skip
_ABOUT = r"(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?"
_ORD4 = r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
_OF_YEAR = r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(?P<year>\d{4}))?"
_EXTRA_PATTERNS = [
    ("ago", re.compile(r"^" + _ABOUT + _COUNT + r"\s+" + _UNIT + r"\s+ago$")),
    (
        "duration",
        re.compile(
            r"^(?:the\s+)?(?:past\s+|last\s+|next\s+|coming\s+|first\s+)?"
            + _ABOUT
            + _COUNT
            + r"[\s-]+"
            + _UNIT
            + r"(?:\s+(?:long|old))?$"
        ),
    ),
    ("relweek", re.compile(_LEAD + r"(?P<rel>last|this|next|past|previous)\s+week$")),
    ("quarter", re.compile(_LEAD + r"(?:" + _ORD4 + r"\s+(?:fiscal\s+)?quarter|q(?P<q>[1-4]))" + _OF_YEAR + "$")),
    ("relquarter", re.compile(_LEAD + r"(?P<rel>last|this|next|previous|past)\s+quarter$")),
    ("half", re.compile(_LEAD + r"(?:(?P<ord>first|second|1st|2nd)\s+half|h(?P<h>[12]))" + _OF_YEAR + "$")),
    (
        "season",
        re.compile(
            _LEAD
            + r"(?:(?P<rel>last|this|next|past)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
            + r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?$"
        ),
    ),
    ("fiscal", re.compile(_LEAD + r"(?:fiscal\s+(?:year\s+)?|fy\s?'?)(?P<year>\d{4}|\d{2})$")),
    ("yrange", re.compile(_LEAD + r"(?P<year>\d{4})\s*[-–/]\s*(?P<end>\d{4}|\d{2})$")),
    ("decade", re.compile(_LEAD + r"(?:early\s+|mid\s*-?\s*|late\s+)?(?:(?P<year>\d{3}0)|'(?P<yy>\d0))'?s$")),
    ("century", re.compile(_LEAD + r"(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century$")),
]


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


def tense_of(sentence: str) -> Tense | None:
    """The tense a clause speaks in, as far as its words say: "will", "plans to" → future; "was", "said",
    "ago", an -ed verb → past; else None. Give it the words around a date, not a whole long sentence."""
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
    first after it (future), else the closest."""
    if tense is None:
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


def _extra(phrase: str, published: dt.date | None) -> DateValue | bool | None:
    """The periods, ranges and offsets of the module rules; False when none matches the phrase."""
    for kind, pattern in _EXTRA_PATTERNS:
        match = pattern.match(phrase)
        if match is None:
            continue
        g = match.groupdict()
        if kind == "duration":
            return None
        if kind == "ago":
            if published is None:
                return VAGUE
            n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"]]
            unit = g["unit"].rstrip("s")
            if unit == "year":
                return DateValue(dt.date(published.year - n, 1, 1), "year")
            if unit == "decade":
                return DateValue(dt.date((published.year - 10 * n) // 10 * 10, 1, 1), "decade")
            if unit == "month":
                return DateValue(_shift_months(published, -n), "month")
            if unit == "week":
                monday = published - dt.timedelta(days=published.weekday(), weeks=n)
                return DateValue(monday, "week")
            if unit == "day":
                return DateValue(published - dt.timedelta(days=n), "day")
            return VAGUE
        if kind == "century":
            century = int(g["c"])
            year = (century - 1) * 100
            return DateValue(dt.date(year, 1, 1), "century") if FIRST_YEAR <= year <= LAST_YEAR else VAGUE
        if kind == "decade":
            found = int(g["year"]) if g["year"] else _year(g["yy"], published)
            if found is None:
                return VAGUE
            year = found
            return DateValue(dt.date(year // 10 * 10, 1, 1), "decade") if FIRST_YEAR <= year <= LAST_YEAR else VAGUE
        if kind == "yrange":
            first = _year(g["year"], published)
            last_text = g["end"]
            last = int(g["year"][:2] + last_text) if len(last_text) == 2 else int(last_text)
            if first is None or not first < last <= LAST_YEAR:
                return VAGUE
            return DateValue(dt.date(first, 1, 1), "year", end=dt.date(last, 1, 1))
        if kind == "fiscal":
            fiscal = _year(g["year"], published)
            return DateValue(dt.date(fiscal, 1, 1), "year") if fiscal else VAGUE
        if published is None and not g.get("year"):
            return VAGUE
        if kind == "relweek":
            shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[g["rel"]]
            assert published is not None
            return DateValue(published - dt.timedelta(days=published.weekday(), weeks=-shift), "week")
        if kind in ("quarter", "relquarter"):
            base_year = int(g["year"]) if g.get("year") else published.year  # type: ignore[union-attr]
            if kind == "relquarter":
                assert published is not None
                q_index = published.year * 4 + (published.month - 1) // 3
                q_index += {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[g["rel"]]
                return DateValue(dt.date(q_index // 4, q_index % 4 * 3 + 1, 1), "quarter")
            q = int(g["q"]) if g.get("q") else _ORDINALS[g["ord"]]
            return DateValue(dt.date(base_year, (q - 1) * 3 + 1, 1), "quarter")
        if kind == "half":
            base_year = int(g["year"]) if g.get("year") else published.year  # type: ignore[union-attr]
            h = int(g["h"]) if g.get("h") else _ORDINALS[g["ord"]]
            return DateValue(dt.date(base_year, 1 if h == 1 else 7, 1), "half")
        if kind == "season":
            _, month = _SEASONS[g["season"]]
            if g.get("year"):
                return DateValue(dt.date(int(g["year"]), month, 1), "season")
            assert published is not None
            year = published.year
            current = dt.date(year, month, 1)
            rel = g.get("rel")
            if rel in ("last", "past") and current > published - dt.timedelta(days=90):
                year -= 1
            elif rel == "next" and current <= published:
                year += 1
            return DateValue(dt.date(year, month, 1), "season")
    return False


def normalise_date(text: str, published: dt.date | None, tense: Tense | None = None) -> DateValue | None:
    """The calendar value of a DATE mention (see the module rules); None for a duration, which is no date."""
    phrase = " ".join(text.lower().replace("’", "'").split()).strip(" .,;:")
    if phrase in _REFS:
        return DateValue(None, "ref", timex=_REFS[phrase])
    extra = _extra(phrase, published)
    if extra is not False:
        return extra  # type: ignore[return-value]
    for kind, pattern in _PATTERNS:
        match = pattern.match(phrase)
        if match is None:
            continue
        groups = match.groupdict()
        month = _MONTHS.get(groups.get("month") or "", 0) or int(groups.get("m") or 0)
        try:
            if kind in ("iso", "mdy", "dmy"):
                return DateValue(dt.date(int(groups["year"]), month, int(groups["day"])), "day")
            if kind == "my":
                return DateValue(dt.date(int(groups["year"]), month, 1), "month")
            if kind == "y":
                year = int(groups["year"])
                return DateValue(dt.date(year, 1, 1), "year") if FIRST_YEAR <= year <= LAST_YEAR else VAGUE
        except ValueError:
            return VAGUE
        if published is None:
            return VAGUE
        if kind in ("md", "dm"):
            value = _by_tense(month, int(groups["day"]), published, tense)
            return DateValue(value, "day") if value else VAGUE
        if kind == "m":
            first = _by_tense(month, 1, published, tense)
            return DateValue(first, "month") if first else VAGUE
        if kind == "weekday":
            target = _WEEKDAYS[groups["weekday"]]
            if groups.get("rel") == "next" or (groups.get("rel") is None and tense == "future"):
                ahead = (target - published.weekday()) % 7 or 7
                return DateValue(published + dt.timedelta(days=ahead), "day")
            back = (published.weekday() - target) % 7
            if groups.get("rel") in ("last", "past") and back == 0:
                back = 7
            return DateValue(published - dt.timedelta(days=back), "day")
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
            shift = {"last": -1, "previous": -1, "this": 0, "next": 1}[groups["rel"]]
            index = published.year * 12 + published.month - 1 + shift
            return DateValue(dt.date(index // 12, index % 12 + 1, 1), "month")
        if kind == "relyear":
            shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[groups["rel"]]
            return DateValue(dt.date(published.year + shift, 1, 1), "year")
    return VAGUE
