"""A rate carried from one amount to its neighbours: what an amount next to a rate is a rate of.

`share_per(text, found)` reads, left to right, each amount after a rate for one of these relations to the one
before it, then, right to left, a change before the level it takes a rate to:
- a conversion in parentheses or an alternative: "$8bn (£4.3bn) a year", "US$8000 or €7000";
- one series of prices or a rate's earlier level: "US$3,000 up to US$5,000", "a $900 fee a year, up from $150";
- a part of it: "170 DKK (US$27.6) a shirt, from which 35 DKK go to charity";
- a level it is set against, closing its clause: "$2,500 a month, but they receive just $1,200", "a per-capita
  income of $5,300, one-seventh of the U.S.'s $38,000";
- its next level, in the next sentence: "$9.25 per hour. By 2010, this will rise to $10";
- an estimate it is set against, in that sentence or the next: "98 cents a share. The earnings were below
  consensus estimates of $1";
- a change before the level: "an increase of US$1 will raise the rate to US$6.15", "fell 9 cents, or 0.1%, to
  US$65.11".
Each needs the two amounts in one currency and without a scale word, but for a conversion, an alternative, an
earlier level and a part.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.money import MoneyMention

_HEDGE = r"(?:about\s+|around\s+|approximately\s+|some\s+|just\s+|only\s+|nearly\s+|almost\s+)?"
# Between an amount and its conversion: "170 DKK (US$27.6)", "600bn yen ($5.5bn; £3.1bn)", "$40 a month (£25)".
_CONVERSION_GAP = re.compile(r"[^()]{0,20}?\(\s*(?:about\s+|around\s+|approximately\s+|some\s+)?|\s*[;,]\s*|\s+or\s+")
_ALTERNATIVE_GAP = re.compile(r"\s+or\s+(?:about\s+|approximately\s+)?")  # "US$8000 or €7000"
_SERIES_GAP = re.compile(r"\s+(?:and|or|to|up\s+to)\s+(?:about\s+|around\s+|just\s+)?", re.IGNORECASE)
_EARLIER_LEVEL_GAP = re.compile(
    r"(?:\s+[a-z-]+){0,3}\s*,?\s+(?:up|down)\s+from\s+(?:about\s+|around\s+)?"
    r"|\s+(?:a|an|per)\s+[a-z]+\s+from\s+(?:about\s+|around\s+)?",  # "55 cents a share from 54 cents"
    re.IGNORECASE,
)
# One price moving: "from over $70 a barrel to a low of $69.54 before rising to $69.63"
_MOVE_GAP = re.compile(
    r"(?:\s+(?:a|an|per)\s+[a-z]+)?(?:\s+to\s+(?:a\s+)?(?:new\s+)?(?:record\s+)?(?:low|high|peak|level)\s+of"
    r"|,?\s+(?:before|then|and\s+then)\s+(?:rising|falling|climbing|dropping|sliding|recovering|rebounding|"
    r"settling|closing|ending|finishing)(?:\s+back)?\s+(?:to|at))\s+(?:about\s+|around\s+|just\s+)?",
    re.IGNORECASE,
)
_PART_GAP = re.compile(rf"(?:\s*\))?\s*,?\s+(?i:of|from)\s+(?i:which|that|this|it)\s+{_HEDGE}")
_IN_SENTENCE = r"(?:[^.;!?]|\.(?=[\w'’]))"  # "$1.5", "U.S.'s"
_SET_AGAINST_GAP = re.compile(
    rf"{_IN_SENTENCE}*?(?i:\b(?:but|while|whereas|although|though|compared\s+(?:with|to)|against|versus|than)\b)"
    rf"{_IN_SENTENCE}*|{_IN_SENTENCE}*?(?:'s|’s)\s+{_HEDGE}"
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_NEXT_LEVEL_GAP = re.compile(
    rf"{_IN_SENTENCE}{{0,40}}[.!?]\s+(?:[A-Z]{_IN_SENTENCE}{{0,30}},\s+)?"
    r"(?i:this|it|that|these|they|those)\s+(?i:will\s+|would\s+|(?:is|are)\s+(?:set\s+|due\s+)?to\s+)?"
    r"(?i:rise|rises|rose|risen|fall|falls|fell|increase[sd]?|go\s+up|went\s+up|climb(?:s|ed)?|grow|grows|grew)"
    rf"\s+to\s+{_HEDGE}"
)
# "98 cents a share. The earnings were below consensus estimates of $1", "$2 a share, beating forecasts of $1.90"
_ESTIMATE_GAP = re.compile(
    rf"{_IN_SENTENCE}{{0,40}}(?:[.!?]\s+)?{_IN_SENTENCE}{{0,60}}?"
    rf"\b(?i:estimates?|forecasts?|expectations?|consensus)(?:\s+(?i:of|at|for))?\s+{_HEDGE}"
)
_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:increase|rise|hike|raise|cut|reduction|drop|fall)\s+of\s+"
    r"|\b(?:rose|fell|increased|decreased|dropped|climbed|declined|grew|slipped|jumped)\s+(?:by\s+)?)$"
)
_CHANGE_TO_LEVEL_GAP = re.compile(
    r"(?i:\s+(?:will\s+|would\s+|could\s+)?(?:raise[sd]?|lift(?:s|ed)?|take[s]?|took|bring[s]?|brought|push(?:es|ed)?|"
    r"cut[s]?|lower(?:s|ed)?)\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?to\s+|\s+to\s+"
    r"|,?\s+or\s+[\d.]+\s*(?:%|per\s*cent|percent),?\s+to\s+)" + _HEDGE
)
_SCALED = re.compile(r"\d\s*(?:bn|mn|m|k|million|billion|trillion|crore|lakh)\b", re.IGNORECASE)


def _converts(text: str, before: MoneyMention, mention: MoneyMention) -> bool:
    gap = text[before.end : mention.start]
    inside = text.rfind("(", 0, mention.start) > text.rfind(")", 0, mention.start)
    return (inside and _CONVERSION_GAP.fullmatch(gap) is not None) or _ALTERNATIVE_GAP.fullmatch(gap) is not None


def _unscaled_alike(before: MoneyMention, mention: MoneyMention) -> bool:
    return before.currency == mention.currency and not _SCALED.search(before.text) and not _SCALED.search(mention.text)


def _continues(text: str, before: MoneyMention, mention: MoneyMention) -> bool:
    """A series, an earlier level, a part, a level set against it, or its next level."""
    gap = text[before.end : mention.start]
    if _PART_GAP.fullmatch(gap) is not None:
        return True
    if before.currency == mention.currency and _EARLIER_LEVEL_GAP.fullmatch(gap) is not None:
        return True
    if not _unscaled_alike(before, mention):
        return False
    if any(r.fullmatch(gap) is not None for r in (_SERIES_GAP, _MOVE_GAP, _NEXT_LEVEL_GAP, _ESTIMATE_GAP)):
        return True
    return _SET_AGAINST_GAP.fullmatch(gap) is not None and _CLAUSE_END.match(text, mention.end) is not None


def _changes_to(text: str, change: MoneyMention, level: MoneyMention) -> bool:
    """`change` is the change that takes a rate to `level`: "an increase of $1 will raise the rate to $6.15"."""
    return (
        _unscaled_alike(change, level)
        and _CHANGE_BEFORE.search(text, max(0, change.start - 30), change.start) is not None
        and _CHANGE_TO_LEVEL_GAP.fullmatch(text, change.end, level.start) is not None
    )


def share_per(text: str, found: list[MoneyMention]) -> list[MoneyMention]:
    """`found` with each amount that is a conversion, neighbour or change of a rate given that rate's `per`."""
    for i in range(1, len(found)):
        before, mention = found[i - 1], found[i]
        if mention.per is not None or before.per is None:
            continue
        if _converts(text, before, mention) or (before.per != "each" and _continues(text, before, mention)):
            found[i] = replace(mention, per=before.per)
    for i in range(len(found) - 2, -1, -1):
        change, level = found[i], found[i + 1]
        if change.per is None and level.per not in (None, "each") and _changes_to(text, change, level):
            found[i] = replace(change, per=level.per)
    return found
