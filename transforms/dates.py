"""DATE mentions → calendar values, relative to the article's publication date.

Rules:
- a full date ("July 16, 2020", "16 July 2020", "2020-07-16") → that day, granularity `day`;
- a month and day without a year ("July 16") → the year that puts it closest to publication;
- a weekday ("Friday", "on Friday", "last Friday") → the latest such day on or before publication;
  "next Friday" → the first after it;
- "today", "yesterday", "tomorrow" → publication date, the day before, the day after;
- a month and year ("May 2018") → its first day, granularity `month`; a month alone → closest to
  publication;
- "last May" → the latest May before the publication month, "next May" the first after it, "this May"
  the publication year's; "last month", "this month", "next month" likewise, granularity `month`;
- a year ("2011", "in 2011", "mid-2019", "the end of 2022") → 1 January, granularity `year`; "last year",
  "this year", "next year" likewise relative to publication;
- everything else ("the mid-1990s", "two decades", "annual", "2022-23") → no value, granularity `vague`;
  relative expressions in an article without a publication date are `vague` too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms.vocab import Granularity

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
    """A DATE mention's value: `value` is None exactly when `granularity` is `vague`."""

    value: dt.date | None
    granularity: Granularity


VAGUE = DateValue(None, "vague")


def _closest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None


def normalise_date(text: str, published: dt.date | None) -> DateValue:
    """The calendar value of a DATE mention (see the module rules)."""
    phrase = " ".join(text.lower().replace("’", "'").split()).strip(" .,;:")
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
                return DateValue(dt.date(year, 1, 1), "year") if 1000 <= year <= 2200 else VAGUE
        except ValueError:
            return VAGUE
        if published is None:
            return VAGUE
        if kind in ("md", "dm"):
            value = _closest_year(month, int(groups["day"]), published)
            return DateValue(value, "day") if value else VAGUE
        if kind == "m":
            first = _closest_year(month, 1, published)
            return DateValue(first, "month") if first else VAGUE
        if kind == "weekday":
            target = _WEEKDAYS[groups["weekday"]]
            if groups.get("rel") == "next":
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
