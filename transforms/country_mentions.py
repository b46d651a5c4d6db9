"""Country names the model left unread are place mentions.

The small model misses a country written alone where no sentence gives it context: in a results line
("England 6 Andorra 0 , Croatia 2 Kazakhstan 1"), a table, a list, and now and then in running text ("England
beat Andorra 6-0"). A run of capitalised words that is exactly a country's name (`places.is_country_spelling`)
and overlaps no mention becomes a GPE mention; not a currency's prefix ("US$", "US dollars"), the first
part of a compound ("Iran-backed"), the end of a longer name ("Communist Party of Greece", "Transportation
for America"), a person's given name ("Jordan", "Chad", "Georgia") nor a surname of the article's people.
"""

from __future__ import annotations

import re

from transforms.entities import given_names
from transforms.names import BODY_HEADS, ORG_HEADS
from transforms.places import is_country_spelling
from transforms.resolve import RawMention

#: Countries' names that are as often a person's given name, which the `nicknames` list lacks.
_GIVEN_NAMES_TOO = frozenset({"Jordan", "Chad"})
_CAPITALISED_RUN = re.compile(r"(?<![\w'’.&-])[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)*")
_AMOUNT_OR_COMPOUND_AFTER = re.compile(r"[ \t]?[$€£¥]|[ \t]+(?:dollars?|cents?)\b|[-‑–]")  # "US $15", "Iran-backed"
_HEAD_OF = re.compile(r"([A-Z][\w'’-]*)[ \t]+(of|for)[ \t]+(?:the[ \t]+)?$")
#: Heads of a state's own long name: "People's Republic of [China]" is one name.
_STATE_HEADS = frozenset("Republic Kingdom Commonwealth State States Federation Principality Sultanate Emirate".split())
_END = re.compile(r"(?:['’]s?|\.)$")  # a possessive or a sentence's stop: "England's", "Andorra."


def _country_in(run: str) -> str | None:
    for name in (run, _END.sub("", run)):
        if is_country_spelling(name):
            return name
    return None


def _in_organisation(text: str, start: int) -> bool:
    """The name ends a longer one the model left unread: "Communist Party of [Greece]", "People's Republic of
    [China]", "Transportation for [America]" (but "President Giammattei of [Guatemala]" is the country)."""
    before = _HEAD_OF.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return before.group(2) == "for" or before.group(1) in ORG_HEADS | BODY_HEADS | _STATE_HEADS


def with_country_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions plus each unread country name of the text, as a GPE."""
    surnames = {m.canonical.split()[-1] for m in mentions if m.label == "PERSON"}
    added = []
    for run in _CAPITALISED_RUN.finditer(text):
        name = _country_in(run.group())
        if name is None or name in surnames | _GIVEN_NAMES_TOO or name.casefold() in given_names():
            continue
        start, end = run.start(), run.start() + len(name)
        if _AMOUNT_OR_COMPOUND_AFTER.match(text, end) or _in_organisation(text, start):
            continue
        if not any(m.start < end and start < m.end for m in mentions):
            added.append(RawMention(name, "GPE", start, end))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
