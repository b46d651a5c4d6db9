"""Purpose: the programme, law, fund, project or deal an amount belongs to.

Rules (a purpose is read only from the words next to the amount):
- an entity labelled LAW, EVENT or PRODUCT, or an ORG named as a programme (a word such as fund,
  initiative, program, plan, act, law or project in its name or in the five words after it: "Broadband
  Equity, Access, and Deployment (BEAD) Program") that starts right after the amount, or after "for the",
  "from the", "under the", "through the", "of the", possibly after "in" and up to three words and an
  owner's name ("the $27 billion Greenhouse Gas Reduction Fund", "$10 billion for the State Small Business
  Credit Initiative", "$7 billion in awards through EPA's Solar for All program"), else one that ends right
  before it, possessive or not ("the American Rescue Plan's $1.9 trillion", "American Rescue Plan ($1.9
  trillion)") is the purpose entity; an owner before a programme ("EPA's") never is;
- else the purpose phrase: up to three content words right after the amount ("a $6.1bn buyout" → "buyout",
  "$2 million in grant funding" → "grant funding"), lower-cased, a final plural "s" dropped; words that only
  say it is money ("funding", "dollars") or are verbs in the past ("awarded") end it, and a phrase of such
  words alone is no phrase;
- "$1 million to Acme" names a recipient, not a purpose: "to" never introduces one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

PURPOSE_LABELS = frozenset({"LAW", "ORG", "EVENT", "PRODUCT"})

_AFTER = re.compile(
    r"\s*(?:in\s+(?:[a-z-]+\s+){0,3}?(?=(?:for|from|under|through|of)\s))?(?:(?:for|from|under|through|of)\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s+)?"
)
_OWNER = ("'s", "’s")  # "EPA's Solar for All program": EPA owns the programme, it is not one
#: Words that name a programme, law, fund, project or deal in an ORG entity's name or right after it.
PROGRAMME_WORDS = frozenset(
    "fund funds initiative initiatives program programs programme plan act law project deal package "
    "challenge competition accelerator corps scheme agenda framework bill".split()
)
_BEFORE = re.compile(r"(?:['’]s)?\s*[(\[]?\s*", re.IGNORECASE)
_WORD = re.compile(r"\s*(?:in\s+|of\s+)?")
_CONTENT = re.compile(r"[a-z][a-z-]*")
_STOP = frozenset(
    "a an the to for of in and or but was is will would has have had be been were are from by with that which "
    "each per over this these its their his her our under on at as than more less it they we he she who also "
    "into through across nationwide total so far already since annually yearly monthly weekly daily apiece".split()
)
#: Words that only say the amount is money: a phrase made of these alone identifies nothing.
GENERIC_WORDS = frozenset(
    "funding funds fund dollars money investment investments grant grants award awards dollar total "
    "federal new additional available program programs programme".split()
)


@dataclass(frozen=True)
class PurposeEntity:
    """An entity of the amount's sentence, as purpose needs it: key, label and character span."""

    key: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Purpose:
    key: str | None  # entity key of the programme, law, fund, project or deal
    phrase: str | None  # the normalised purpose phrase, when no entity names it


def purpose_of(text: str, start: int, end: int, entities: Sequence[PurposeEntity]) -> Purpose | None:
    """The purpose of the amount at `text[start:end]`; `entities` are those of its sentence."""
    named = [e for e in entities if e.label in PURPOSE_LABELS and _programme(text, e)]
    after = next(
        (
            e
            for e in named
            if e.start >= end and _AFTER.fullmatch(text[end : e.start]) and text[e.end : e.end + 2] not in _OWNER
        ),
        None,
    )
    if after is not None:
        return Purpose(after.key, None)
    before = next((e for e in named if e.end <= start and _BEFORE.fullmatch(text[e.end : start])), None)
    if before is not None:
        return Purpose(before.key, None)
    phrase = purpose_phrase(text[end : end + 80])
    return Purpose(None, phrase) if phrase else None


def _programme(text: str, entity: PurposeEntity) -> bool:
    if entity.label != "ORG":
        return True
    words = re.findall(r"[a-z]+", text[entity.start : entity.end].lower())
    after = re.findall(r"[a-z]+", text[entity.end : entity.end + 50].lower())[:5]
    return bool(PROGRAMME_WORDS.intersection(words + after))


def purpose_phrase(following: str) -> str | None:
    """The normalised purpose phrase at the start of `following` (the text after an amount), else None."""
    lead = _WORD.match(following)
    position = lead.end() if lead else 0
    words: list[str] = []
    for token in following[position:].split(" ")[:3]:
        word = token.rstrip(".,;:)")
        if not _CONTENT.fullmatch(word) or word in _STOP or word.endswith("ed"):
            break
        words.append(word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word)
        if word != token:  # punctuation ends the phrase
            break
    if not words or all(w in GENERIC_WORDS or w.rstrip("s") in GENERIC_WORDS for w in words):
        return None
    return " ".join(words)
