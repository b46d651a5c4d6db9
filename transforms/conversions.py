"""Currency conversions: the figures an article gives only to restate another amount in other currencies.

"1.2bn euros ($1.6bn; £0.9bn)", "250.5bn roubles ($8.9bn: £4.6bn)", "600bn yen, equivalent to $5.5bn" and
"€2m, or about $2.2m" each report one amount; the figures after the first (original) one are its conversions.

Rules (conservative: a figure is a conversion only when the text between it and the original says so):
- a conversion is in another currency than the original and in the same sentence;
- it follows the original directly after an opening bracket ("(", "["), possibly with a hedge ("about",
  "around", "roughly", "approximately", "some", "c."), or after "equivalent to/of", "equal to", "worth"
  or ", or" (each optionally hedged);
- inside the bracket, later figures separated by ";", ":", ",", "/" or "or" convert the same original, until
  the bracket closes;
- a conversion is never itself an original: "($1.6bn; £0.9bn)" converts the euros, not the dollars.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transforms.money import MoneyMention

_HEDGE = r"(?:about|around|roughly|approximately|approx\.|some|c\.|nearly|almost|over|more\s+than)"
_BRACKET_OPEN = re.compile(rf"\s*[(\[]\s*(?:{_HEDGE}\s+)?", re.IGNORECASE)
_EQUIVALENT = re.compile(
    rf"\s*[,(]?\s*(?:(?:or|which\s+is)\s+)?(?:{_HEDGE}\s+)?"
    rf"(?:(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to|worth|or)\s+(?:{_HEDGE}\s+)?",
    re.IGNORECASE,
)
_IN_BRACKET_SEPARATOR = re.compile(rf"\s*(?:[;:,/]|\bor\b|\band\b)\s*(?:{_HEDGE}\s+)?", re.IGNORECASE)


def conversions(money: Sequence[MoneyMention], text: str) -> dict[int, int]:
    """Conversion mention index -> the index of the original mention it converts. Offsets are into `text`."""
    converts: dict[int, int] = {}
    index = 0
    while index < len(money):
        original = money[index]
        following = index + 1
        in_bracket = False
        previous = original
        while following < len(money):
            figure = money[following]
            if figure.sentence_index != original.sentence_index or figure.currency == original.currency:
                break
            between = text[previous.end : figure.start]
            if previous is original:
                in_bracket = _BRACKET_OPEN.fullmatch(between) is not None
                if not in_bracket and _EQUIVALENT.fullmatch(between) is None:
                    break
            elif not (in_bracket and _IN_BRACKET_SEPARATOR.fullmatch(between)):
                break
            converts[following] = index
            previous = figure
            following += 1
        index = following if following > index + 1 else index + 1
    return converts
