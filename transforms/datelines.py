"""The dateline: the place a news story was filed from, in capitals at the start of its first lines.

    SIALKOT , Pakistan 1996-09-01          LONDON, Dec 7 (Reuters) - Shares ...
    WASHINGTON (AP) — The Senate ...       AL-AIN , United Arab Emirates 1996-12-06

The place is a named entity of the article (a GPE, whatever the model reads in a word in capitals) and the
article's `dateline_place`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.resolve import RawMention

#: Datelines are looked for in this many first non-empty lines (a headline may come first).
DATELINE_LINES = 3
_PLACE_WORD = r"[A-Z][A-Z'’.-]*[A-Z.]"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}})"
    r"(?:[ ]?,[ ]?[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})?"  # ", Pakistan", ", United Arab Emirates"
    r"(?:[ ]?,[ ]?[A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"  # ", Dec 7"
    # then a date ending the line, an agency and a dash, or an em dash ("WASHINGTON — The Senate")
    r"[ \t]*(?:\d{4}-\d{2}-\d{2}[ \t]*$|\([A-Z][\w ]{0,30}\)[ \t]*[-–—]|(?:—|--)[ \t])"
)


class Dateline(NamedTuple):
    start: int
    end: int
    place: str  # as a name: "Sialkot", "Al-Ain", "New York"


def find_dateline(text: str) -> Dateline | None:
    """The dateline place of an article, with its offsets in `text`, or None."""
    offset = 0
    seen = 0
    for line in text.split("\n"):
        if line.strip():
            match = _DATELINE.match(line)
            if match is not None and sum(c.isalpha() for c in match.group("place")) >= 2:
                start, end = offset + match.start("place"), offset + match.end("place")
                return Dateline(start, end, _as_name(match.group("place")))
            seen += 1
            if seen == DATELINE_LINES:
                return None
        offset += len(line) + 1
    return None


def _as_name(place: str) -> str:
    return " ".join(w if "." in w else "-".join(p.capitalize() for p in w.split("-")) for w in place.split(" "))


def with_dateline_place(text: str, raw: list[RawMention], dateline: Dateline) -> list[RawMention]:
    """The dateline's place as a GPE, whatever the model read in a word in capitals, and so is every other
    mention of that name on its own ("SIALKOT" in the headline), not inside a longer name."""
    name = re.compile(rf"(?<![\w'’.-]){re.escape(text[dateline.start : dateline.end])}(?![\w'’-])", re.IGNORECASE)
    for match in name.finditer(text):
        overlapping = [m for m in raw if m.start < match.end() and match.start() < m.end]
        if all((m.start, m.end) == match.span() for m in overlapping) or match.start() == dateline.start:
            raw = [m for m in raw if m not in overlapping]
            raw.append(RawMention(dateline.place, "GPE", match.start(), match.end()))
    return sorted(raw, key=lambda m: m.start)
