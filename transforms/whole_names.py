"""A name of several words the model found whole is whole wherever else the article writes it.

The model reads each occurrence in its own sentence and sometimes splits a name it found whole elsewhere
("Norwegian Air Shuttle" once, then "Norwegian" as a nationality and "Air Shuttle" as an ORG) or misses it.
Another occurrence of the exact words becomes one mention with the label the model gave the whole name most
often, replacing the pieces the model read inside it, unless a mention reaching past it covers part of it (a
longer name, "Bank of America Merrill Lynch") or a capitalised name word stands next to it (a longer name the
model missed, "New York Times").
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.repeats import next_to_a_name_word
from transforms.resolve import RawMention

_WHOLE_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def _whole_names(mentions: list[RawMention], text: str) -> dict[str, str]:
    """Each name of several words the model found, as the article writes it -> its most frequent label."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        written = text[m.start : m.end]
        if m.label in _WHOLE_LABELS and " " in written and written == m.canonical:
            votes.setdefault(written, Counter())[m.label] += 1
    return {name: count.most_common(1)[0][0] for name, count in votes.items()}


def _mention_of(match: re.Match[str], label: str, mentions: list[RawMention], text: str) -> RawMention | None:
    start, end = match.span()
    overlapping = [m for m in mentions if m.start < end and m.end > start]
    if any(m.start == start and m.end == end for m in overlapping):
        return None
    if any(m.start < start or m.end > end for m in overlapping) or next_to_a_name_word(text, start, end):
        return None
    return RawMention(match.group(), label, start, end)


def with_whole_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with every other occurrence of a name found whole made whole (see the module's rules)."""
    names = _whole_names(mentions, text)
    if not names:
        return mentions
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    pattern = re.compile(rf"(?<![\w'’.&@/-])(?:{alternatives})(?![\w&@/-]|\.\w)")
    kept = list(mentions)
    for match in pattern.finditer(text):
        whole = _mention_of(match, names[match.group()], kept, text)
        if whole is not None:
            kept = [m for m in kept if not (m.start >= whole.start and m.end <= whole.end)] + [whole]
    return sorted(kept, key=lambda m: m.start) if kept != mentions else mentions
