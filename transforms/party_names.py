"""Names the model missed where a money sentence puts a party: "Barclays agreed to pay £1.5bn", "the regulator
fined Glencore £280m".

The model reads some organisations, most often one-word company names opening a sentence, as no entity at
all, which leaves the amount without its payer or recipient. In a sentence with an amount, a word the
dependency parse makes a subject, object or object of a preposition (or sets in apposition to a common noun
in such a slot: "the site Facebook") is such a name when:
- it is capitalised (two capitals at least: "BP"), not a common English word (`transforms.nlp.common_words`:
  "Ministers", "Shares" open sentences too), not a word no name is (`NOT_NAME_WORDS`: "Monday", "Although"; "GDP",
  "VAT", "CEO"), not a plural acronym ("CDFIs": a kind of body), not a currency code, and the article
  never writes it in lower case;
- it covers no entity the model or the rules found, nor touches one;
- the role rules make it the amount's payer or recipient (`role_in_sentence`): a word in no transaction
  stays unnamed.
Capitalised words compounded or hyphenated before it are part of the name ("Rolls-Royce"); one of the
name's words is enough to pass the tests above ("Borel Water"), and a name ending in "Act", "Law" or "Bill"
is a law. The name is an ORG, a PERSON when it starts with a given name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from transforms.entities import given_names
from transforms.parties import role_in_sentence
from transforms.recase import is_common
from transforms.repeats import is_currency_code
from transforms.resolve import NOT_NAME_WORDS

_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})
_NAME = re.compile(r"[A-Z][\w&'’-]*[A-Za-z]")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# Two capitals that are no party's name: places, offices, media ("BP", "BT", "EY" are names)
_NOT_SHORT_NAMES = frozenset({"US", "UK", "UN", "EU", "PM", "MP", "AM", "TV", "AI", "IT", "OK", "DC"})
# Acronyms of economics and business that name no one: "contribute $100 billion into our GDP"
_NOT_NAMES = frozenset(
    {
        "GDP",
        "GNP",
        "GNI",
        "VAT",
        "CEO",
        "CFO",
        "COO",
        "IPO",
        "AGM",
        "APR",
        "CPI",
        "RPI",
        "ISA",
        "NGO",
        "PLC",
        "LLC",
        "R&D",
        "M&A",
    }
)


def _in_party_slot(token: Token) -> bool:
    """A subject, object or object of a preposition, or a name in apposition right after a common noun in such a
    slot ("the social networking site Facebook agreed to buy")."""
    if token.dep_ in _PARTY_DEPS:
        return True
    head = token.head
    right_after = head.i == token.i - 1
    return (
        token.dep_ == "appos"
        and right_after
        and head.text.isalpha()
        and head.text.islower()
        and head.dep_ in _PARTY_DEPS
    )


def _name_words(token: Token) -> list[Token]:
    """The token and the capitalised words compounded or hyphenated before it ("Thames" of "Water",
    "Rolls-" of "Royce")."""
    words = [token]
    doc = token.doc
    while words[0].i > 0:
        before = doc[words[0].i - 1]
        glued = before.whitespace_ == "" and (before.text in ("-", "&") or _NAME.fullmatch(before.text))
        compounded = before.dep_ == "compound" and before.head.i >= words[0].i and _NAME.fullmatch(before.text)
        if not (glued or compounded):
            break
        words.insert(0, before)
    while words[0].text in ("-", "&"):
        words.pop(0)
    return words


def _is_class_or_law(word: str) -> bool:
    """A plural acronym names a kind of body ("600 CDFIs"), a last word "Act" or "Law" a law ("the CHIPS Act")."""
    return _PLURAL_ACRONYM.fullmatch(word) is not None or word in ("Act", "Law", "Bill")


def _is_name_word(word: str, text: str, common: frozenset[str]) -> bool:
    short = len(word) < 3 and not (len(word) == 2 and word.isupper() and word not in _NOT_SHORT_NAMES)
    if short or _NAME.fullmatch(word) is None or word in NOT_NAME_WORDS or word in _NOT_NAMES:
        return False
    if is_currency_code(word):
        return False
    if not word.isupper() and is_common(word, common):
        return False
    return re.search(rf"(?<![\w'’.-]){re.escape(word.lower())}(?![\w-])", text) is None


def missed_parties(
    parsed: Doc,
    amounts: Sequence[tuple[int, int]],
    taken: Sequence[tuple[int, int]],
    article: str,
    common: frozenset[str],
) -> list[tuple[int, int, str]]:
    """(start, end, label) of the names the model missed in a parsed sentence's party slots, offsets in the
    sentence; `amounts` and `taken` (the entities found) are sentence offsets too, `article` the whole text."""
    found = []
    for token in parsed:
        if not _in_party_slot(token) or _NAME.fullmatch(token.text) is None:
            continue
        words = _name_words(token)
        if not any(_is_name_word(w.text, article, common) for w in words) or _is_class_or_law(words[-1].text):
            continue
        start, end = words[0].idx, token.idx + len(token.text)
        if any(s <= end and start <= e for s, e in taken) or any(s < end and start < e for s, e in amounts):
            continue
        label = "PERSON" if len(words) > 1 and words[0].text.lower() in given_names() else "ORG"
        if any(role_in_sentence(parsed, amount, (start, end), label) != "other" for amount in amounts):
            found.append((start, end, label))
    return found
