"""A name a trade noun introduces is an organisation's, everywhere the article writes it.

Wire copy and business journalism introduce a company by its trade: "retail group Littlewoods", "insurer
Allianz", "transport company Metronet", "its largest rival Argos". The model reads such a name as a person or
a place as often as not ("Littlewoods" a PERSON, "Somerfield" a GPE), or misses it. The capitalised name right
after a trade noun becomes an ORG mention (replacing the mentions it overlaps), and every other mention of
the same name in the article takes ORG: one name, one label within an article. Left alone: a name that starts
with a title or a word no name starts with ("the firm Chief Executive"), and a person the article names
("rival Tony Blair", "rival Blair" when it names Tony Blair).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.entities import given_names, normalise_entity
from transforms.names import GENERIC_WORDS, TITLE_HEADS
from transforms.places import country_code, country_name, is_known_place, is_region
from transforms.recase import at_sentence_start, is_common
from transforms.resolve import NOT_NAME_WORDS, RawMention

#: Lower-case nouns a company's name follows in apposition: "retail group [Littlewoods]".
TRADE_NOUNS = frozenset(
    """company firm group retailer supermarket grocer insurer lender bank brewer carmaker automaker airline
    carrier chain giant conglomerate manufacturer maker producer supplier distributor operator publisher
    broadcaster utility rival subsidiary consortium regulator watchdog miner refiner builder contractor
    shipper exporter importer""".split()
)
_NAME_WORD = r"[A-Z][\w'’&.-]*"
_CUED = re.compile(
    rf"\b(?:{'|'.join(sorted(TRADE_NOUNS))})[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,3}})"
)
#: The trade nouns a company's name also comes before, singular only ("[Somerfield] supermarket chain"; "Wall
#: Street firms", "decision maker" and "Blair's rival" name no company).
_NOUNS_AFTER_NAME = TRADE_NOUNS - frozenset("maker producer rival operator builder contractor carrier supplier".split())
_TRADE_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(_NOUNS_AFTER_NAME))})\b(?!['’-])")
#: Words between a name and "chain" that make it no company's: "supply chain", "island chain".
_NOT_TRADE_CHAIN = frozenset("supply island value food cold mountain".split())
#: Words a cued name never starts with: titles written before a person's name ("company CEO Jason Fan").
_TITLE_STARTS = frozenset("CEO CFO COO Chief Executive Head Vice".split())
# A name just before a trade noun, one lower-case word between at most: "[Old Mutual] insurance company".
_NAME_BEFORE = re.compile(
    rf"(?<![\w'’&.-])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]+(?:(?P<between>[a-z]+)[ \t]+)?$"
)
#: A team's people, named after their team and before their own name: "[Maroochydore] captain Sam Marshall".
TEAM_ROLES = frozenset("coach captain manager skipper striker midfielder defender goalkeeper winger".split())
_TEAM_ROLE = re.compile(rf"\b(?:{'|'.join(sorted(TEAM_ROLES))})(?=[ \t]+[A-Z])")
_WORD_BEFORE = re.compile(rf"{_NAME_WORD}[ \t]+$")
_POSSESSIVE_END = re.compile(r"[ \t]*['’]s?$")
_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9&]{2})\.[ \t]")  # "Cisco. The company": the name ends at the stop
_COMPOUND = re.compile(r"-[a-z]+$")  # "Bristol-based", "State-owned"


@dataclass(frozen=True)
class _Cued:
    name: str
    start: int
    end: int


def _person_names(mentions: list[RawMention]) -> frozenset[str]:
    people = [m.canonical.split() for m in mentions if m.label == "PERSON" and " " in m.canonical]
    return frozenset({words[-1] for words in people} | {" ".join(words) for words in people})


def _is_name(name: str, people: frozenset[str]) -> bool:
    words = name.split()
    if not words or words[0] in NOT_NAME_WORDS or words[0] in TITLE_HEADS | _TITLE_STARTS or name in people:
        return False
    if any(_COMPOUND.search(w) for w in words) or country_name(name) is not None:
        return False
    return len(words) == 1 or name.isupper() or words[0].lower() not in given_names()  # "rival Tony Blair"


def _cue(text: str, surface: str, at: int) -> _Cued:
    surface = _SENTENCE_END.split(surface, maxsplit=1)[0]
    name = normalise_entity(_POSSESSIVE_END.sub("", surface))
    start = at + surface.find(name)
    return _Cued(name, start, start + len(name))


def _named_before(text: str, noun_start: int, common: frozenset[str], team: bool = False) -> _Cued | None:
    """The name just before a trade noun ("[Somerfield] supermarket chain"), or before a team's role when
    `team` ("[Caloundra] coach Geoff Ingram"): no place (for a team: no country or region, a national side
    is its country), people or common word ("UK firm", "British retailer", "Internet company"), nor the end
    of a longer capitalised run."""
    window = max(0, noun_start - 80)
    match = _NAME_BEFORE.search(text, window, noun_start)
    if match is None or _WORD_BEFORE.search(text, window, match.start()):
        return None
    surface = match.group("name")
    between = match.group("between") or ""
    if _SENTENCE_END.search(surface) or (between and at_sentence_start(text, match.start())):
        return None  # "said Tadashi Arashima. The firm", "Incentivizing supply chain"
    if between.endswith("ed") or (between in _NOT_TRADE_CHAIN and text.startswith("chain", noun_start)):
        return None  # "the White House challenged utility companies", "American EV supply chain"
    cue = _cue(text, surface, match.start("name"))
    words = cue.name.split()
    if len(cue.name) < 3 or _POSSESSIVE_END.search(surface) or text[noun_start:].startswith("rival"):
        return None  # "PR firm", "Boeing's rival", "Biden's former rivals"
    if (is_region(cue.name) if team else is_known_place(cue.name, "GPE")) or country_code(cue.name, "NORP"):
        return None
    if any(w in GENERIC_WORDS or country_code(w, "NORP") for w in words):
        return None  # "Latin American carriers", "Government Affairs practice group"
    if (len(words) == 1 or at_sentence_start(text, cue.start)) and any(is_common(w, common) for w in words):
        return None  # "Internet company", "the Index chain"; "the Old Mutual insurance company" is a name
    return cue


def cued_organisations(text: str, mentions: list[RawMention], common: frozenset[str] = frozenset()) -> list[_Cued]:
    """The names trade nouns introduce, after ("insurer [Allianz]") or before ("[Somerfield] supermarket
    chain"), with their spans; none that is a person of the article."""
    people = _person_names(mentions)
    found = {
        c for m in _CUED.finditer(text) if _is_name((c := _cue(text, m.group("name"), m.start("name"))).name, people)
    }
    for noun in _TRADE_NOUN.finditer(text):
        before = _named_before(text, noun.start(), common)
        if before is not None and _is_name(before.name, people):
            found.add(before)
    for role in _TEAM_ROLE.finditer(text):
        team = _named_before(text, role.start(), common, team=True)
        if team is not None and _is_name(team.name, people):
            found.add(team)
    return sorted(found, key=lambda c: c.start)


def with_org_cues(text: str, mentions: list[RawMention], common: frozenset[str] = frozenset()) -> list[RawMention]:
    """The mentions with each cued name an ORG mention and every mention of a cued name an ORG. An ORG the
    model read over the cued name and beyond keeps its span ("retailer [Sears, Roebuck & Co]", "group
    [Revolutionary Armed Forces of Colombia]")."""
    found = cued_organisations(text, mentions, common)
    names = {c.name for c in found}
    cued = [c for c in found if not any(m.label == "ORG" and m.start <= c.start and c.end <= m.end for m in mentions)]
    if not names:
        return mentions
    kept = [m for m in mentions if not any(m.start < c.end and c.start < m.end for c in cued)]
    relabelled = [m._replace(label="ORG") if m.canonical in names else m for m in kept]
    added = [RawMention(c.name, "ORG", c.start, c.end) for c in cued]
    return sorted([*relabelled, *added], key=lambda m: m.start)
