"""Entity-name normalisation: surface text -> canonical name -> canonical key; the given names people's names
start with."""

from __future__ import annotations

import functools
import re
import unicodedata

from nicknames import NickNamer

_DETERMINERS = ("the ", "a ", "an ")
_KEEP_DETERMINER = {"the hague", "the gambia", "the bahamas"}
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&]{0,11}\)$")
_EDGE_PUNCT = "\"'“”‘’«»()[]{}<>.,;:!?-–—*•/\\|&+"
# A name ending in a dotted abbreviation keeps its last period: "U.S.", "Washington, D.C.", "U.N.".
_DOTTED_END = re.compile(r"(?:^|[\s,])(?:[A-Za-z]\.)+[A-Za-z]$")
_SPACES = re.compile(r"\s+")


def normalise_entity(text: str) -> str:
    """Canonical display name for an entity mention.

    Strips leading determiners, trailing possessives, surrounding punctuation and an unclosed
    parenthetical ("the World Health Organisation (WHO" -> "World Health Organisation"), and collapses
    whitespace; a dotted abbreviation keeps its period ("U.S."). Returns "" when nothing name-like is left.
    """
    name = unicodedata.normalize("NFKC", text)
    name = _SPACES.sub(" ", name).strip()
    previous = None
    while previous != name:
        previous = name
        name = _TRAILING_ACRONYM.sub("", name)
        # An opening parenthesis that is never closed: the span was cut inside "(ACRONYM)".
        open_at = name.rfind("(")
        if open_at != -1 and ")" not in name[open_at:]:
            name = name[:open_at]
        name = name.strip()
        if name.endswith(("'s", "’s", "'S", "’S")):
            name = name[:-2]
        elif name.endswith(("s'", "s’")):
            name = name[:-1]
        stripped = name.strip(_EDGE_PUNCT).strip()
        if name.endswith(".") and _DOTTED_END.search(stripped):
            stripped += "."
        name = stripped
        lowered = name.lower()
        for determiner in _DETERMINERS:
            if lowered.startswith(determiner) and lowered not in _KEEP_DETERMINER:
                name = name[len(determiner) :]
                break
    return name


def entity_key(canonical: str, label: str) -> str:
    """Stable key for `dim_entity`: case-folded canonical name and its label."""
    return f"{label}:{canonical.casefold()}"


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names and their nicknames, lower case (the `nicknames` package): "joseph", "joe"."""
    lookup = NickNamer.default_lookup()  # given name -> its nicknames: "joseph" -> {"joe", ...}
    return frozenset(lookup).union(*lookup.values())
