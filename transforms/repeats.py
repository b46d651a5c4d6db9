"""One-word names and acronyms the model found once are mentions wherever else the article writes them.

The model reads each occurrence of a name in its own sentence and misses some ("Hickenlooper said", "The CPF
claims"). A word counts as such a name when the model found it alone as an ORG, GPE or LOC (not as a
PERSON: a one-word "person" is as often a product or a company, "Firefox", "Adidas"), as the surname of a
person it found ("Gallois" of "Louis Gallois"), as a company's name without its suffix
("SkyCabs" of "SkyCabs International", "Borel" of "Borel Finance Group"), or as an acronym the article defines for a
name it found ("Cycling Promotion Fund (CPF)"). Another whole-word occurrence of the word becomes a mention
with the label the model gave it most often, unless:
- the word is short, a currency code ("AUD", which the model takes for an ORG before an amount), a common
  English word (`transforms.nlp.common_words`, "Rather", "Will") or a word no
  name starts with ("Although", "Monday"), or the article also writes it in lower case ("Bush", "bush");
- the occurrence stands next to another capitalised word, where it is part of a longer name the model read
  otherwise ("Wellington International Airport"), or it overlaps a mention.
Resolution (`transforms/resolve.py`) then links a surname to the person and an acronym to its long form.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

import pycountry

from transforms.recase import is_common
from transforms.resolve import COMPANY_WORDS, NOT_NAME_WORDS, RawMention, acronyms, fullest_long_form

_REPEATED_LABELS = ("PERSON", "ORG", "GPE", "LOC")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’&-]*|\b[A-Z]\.)[ \t]+$")  # "Borel", "N." (an initial)
_CAPITALISED_AFTER = re.compile(r"^[ \t]+[A-Z]")


def _names_of_one_word(text: str, mentions: list[RawMention]) -> dict[str, str]:
    """Each one-word name of the article -> the label the model gave it most often."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        words = m.canonical.split(" ")
        if (m.label == "PERSON") == (len(words) > 1) and m.label in _REPEATED_LABELS:
            votes.setdefault(words[-1], Counter())[m.label] += 1  # a surname, or a one-word ORG or place
        elif m.label == "ORG" and len(words) > 1 and all(w in COMPANY_WORDS for w in words[1:]):
            votes.setdefault(words[0], Counter())["ORG"] += 1  # "SkyCabs" of "SkyCabs International"
    by_name = {m.canonical: m.label for m in mentions}
    for short, long in acronyms(text).items():
        label = by_name.get(fullest_long_form(long, by_name))
        if label in _REPEATED_LABELS:
            votes.setdefault(short, Counter())[label] += 1
    return {word: count.most_common(1)[0][0] for word, count in votes.items()}


@functools.cache
def _currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def is_currency_code(word: str) -> bool:
    """An ISO 4217 code ("AUD"), which the model takes for an ORG before an amount."""
    return word in _currency_codes()


def _repeatable(word: str, text: str, common: frozenset[str]) -> bool:
    if len(word) < 3 or not word[0].isupper() or word in NOT_NAME_WORDS or is_currency_code(word):
        return False
    if not word.isupper() and is_common(word, common):
        return False  # an acronym ("CBS") is no word, whatever its letters spell
    return re.search(rf"(?<![\w'’.-]){re.escape(word.lower())}(?![\w-])", text) is None


def next_to_a_name_word(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word that may be a name's ("Airport", not "Although") stands before or after."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    return (before is not None and before.group().strip() not in NOT_NAME_WORDS) or bool(
        _CAPITALISED_AFTER.match(text[end : end + 3])
    )


def with_repeated_words(text: str, mentions: list[RawMention], common: frozenset[str]) -> list[RawMention]:
    """The mentions plus the other occurrences of the article's one-word names (see the module's rules)."""
    names = {w: label for w, label in _names_of_one_word(text, mentions).items() if _repeatable(w, text, common)}
    if not names:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    pattern = re.compile(rf"(?<![\w'’.&@/-])(?:{alternatives})(?![\w&@/-]|\.\w)")  # not in an address
    added = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if next_to_a_name_word(text, start, end):
            continue
        k = bisect.bisect_left(taken, (end, end))
        if (k and taken[k - 1][1] > start) or (k < len(taken) and taken[k][0] < end):
            continue
        added.append(RawMention(match.group(), names[match.group()], start, end))
        bisect.insort(taken, (start, end))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
