"""Entity resolution within one article: acronyms, short names, cut-off names and roles.

Rules, applied to each article's mentions after normalisation:
- a name of two or more words the model found once is a mention wherever else it stands alone in the
  text, overlapping no other mention (the model misses some repeats, in score lines above all);
- a mention the model cut short is repaired where the text continues the name: capitalised words right
  before a PERSON ("Mukhtar" + "Abbas Naqvi"), except words the caller names as no name words, and a
  hyphenated tail after it ("Moon Jae" + "-in");
- titles and roles ("Prime Minister", "President", "Mr") at the start of a PERSON are split off into
  `role`, never part of the name nor of its span; a role after other capitalised words ends a headline
  fragment ("Addressing Climate Change President Biden" → "Biden"); trailing numbers are not a name
  ("Vialli 55"), nor a score after a place or organisation ("Zimbabwe 182", but "Group of 20");
- every span is the name only, whatever the label: no determiner ("the [United States]"), no possessive
  ("[NATO] 's"), no role, no compass word before a place ("west [London]");
- a company's legal form or company word alone is no entity ("LLC", "International"); a person's name after
  the rest of an office starts at its first given name ("Chief of [Staff Andrew Card]"); an organisation's
  or place's name run on into a person's the article names is cut before it ("Vermont Bernie Sanders"); a
  currency code beside a number is no entity ("GBP 4.85");
- "Long Name (ACR)" and "ACR (Long Name)" in the text make every later "ACR" the long name's entity;
- an ORG span that is the rest of a title ("Minister of [State for External Affairs]") is dropped;
- a name written as initials and a surname ("V K Singh", "A. B. Vajpayee") that the model left
  untagged is a PERSON;
- a company name without its suffix or trade words ("Ridgeline" for "Ridgeline Labs", "Suntech" for
  "Suntech Technology Company Limited", "Borel" for "Borel Finance Group") resolves to the full name; a
  "person" whose name ends in a legal form or a trade word is an ORG ("Desire Petroleum");
- an acronym the article never defines resolves to its one organisation whose whole name it spells, "&"
  for "and", or abbreviates by the first letters of each word ("GM": "General Motors", "M&S": "Marks and
  Spencer", "ACM": "Acme Motor Corporation"); two such organisations, it stays itself; a ticker the rest of
  an organisation's name spells is no part of it ("General Motors GM");
- a PERSON mention that is the tail of a fuller PERSON name in the same article ("Naqvi", "Abbas
  Naqvi") resolves to the fullest name, whatever label the model gave the short mention ("Singh" as a
  place), as long as the short form is not itself a known place or organisation of the article; a full
  name that is a PERSON once is a PERSON wherever the model labels it otherwise ("Wasim Akram" as an ORG);
- labels from the more reliable mentions (`agreed_labels`): a headline's name takes the label its body
  mentions give ("Wellington" an ORG in the headline, a city in the story), and an untitled one-word
  "person" the label most of its body mentions give otherwise;
- the curated alias file (transforms/aliases.py) wins over all of these: `keep` and `drop` rules
  apply before linking, `merge` and `drop` rules to the linked name ("MEA" defined in the article
  links to its long form first; a bare "MEA" elsewhere is merged by the file).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from transforms.aliases import AliasRule, EntityAliases
from transforms.currencies import iso_4217
from transforms.entities import given_names
from transforms.names import ORG_HEADS, TITLE_HEADS, is_no_entity, label_by_head

ROLES = (
    "Prime Minister",
    "Deputy Prime Minister",
    "President",
    "Vice President",
    "Vice Minister",
    "Minister",
    "Foreign Minister",
    "Finance Minister",
    "Defence Minister",
    "Defense Minister",
    "Secretary of State",
    "Secretary",
    "Chancellor",
    "Governor",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Ambassador",
    "Envoy",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Chief Executive",
    "CEO",
    "Director",
    "General",
    "Gen.",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Judge",
    "Justice",
    "Mayor",
    "Speaker",
    "Leader",
    "Supreme Leader",
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Miss",
    "Ms",
    "Ms.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "First Lady",
    "Second Gentleman",
    "Administrator",
    "Deputy Administrator",
    "Advisor",
    "Adviser",
    "Senior Advisor",
    "Congressman",
    "Congresswoman",
    "Councilmember",
    "Commissioner",
    "Attorney General",
    "Lieutenant Governor",
    "Lt. Governor",
    "Admiral",
    "Adm.",
    "Colonel",
    "Col.",
    "Captain",
    "Capt.",
    "Sergeant",
    "Sgt.",
    "Lieutenant",
    "Lt.",
    "Reverend",
    "Rev.",
    "Rabbi",
    "Bishop",
    "Cardinal",
    "Sheriff",
    "Professor",
    "Prof.",
    "Deputy Secretary",
    "Under Secretary",
    "Assistant Secretary",
    "Press Secretary",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Founder",
    "Co-Founder",
    "Treasurer",
)
# Roles, optionally after up to two capitalised qualifiers of the office ("Commission President").
_ROLE_PREFIX = re.compile(
    r"^(?P<role>(?:[A-Z][\w&'’.-]*\s+){0,2}?(?:(?:"
    + "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True))
    + r")\s+)+)"
)
# A role inside a longer capitalised run: "Bilateral Meeting Between President Joe Biden" (a headline).
_ROLE_INSIDE = re.compile(
    r"(?:^|\s)(?P<role>(?:(?:" + "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True)) + r")\s+)+)"
)
# A compass word before a place: "west London" is London.
_DIRECTION_BEFORE = re.compile(
    r"^(?:(?:north|south)(?:-?(?:east|west))?|east|west|(?:north|south|east|west)ern|central)\s+(?=[A-Z])"
)
_TRAILING_NUMBER = re.compile(r"(?:\s+\d[\d.,:-]*)+$")
_ACRONYM_AFTER = re.compile(
    r"(?P<long>(?:[A-Z][\w&'’.-]*[ \t]+)(?:(?:of|for|and|the|on|de|du)[ \t]+|[A-Z][\w&'’.-]*[ \t]+)*"
    r"[A-Z][\w&'’.-]*)[ \t]*\((?P<short>[A-Z][A-Z&.]{1,9})\)"
)
_ACRONYM_BEFORE = re.compile(r"\b(?P<short>[A-Z][A-Z&.]{1,9})\s*\((?P<long>[A-Z][^()]{3,80})\)")
_NAME_WORD = re.compile(r"[A-Z][a-z]+[ \t]+$")
_HYPHEN_TAIL = re.compile(r"^-[a-z]{1,4}\b")
# A name cut after a particle ("Ursula von der" + "Leyen"): the particle, then the capitalised rest.
_PARTICLE_END = re.compile(r"\b(?:von|van|der|den|de|da|di|du|la|le|bin|ibn|al|el|dos|das)$")
_PARTICLE_TAIL = re.compile(r"^[ \t]+[A-Z][\w'’-]+")
_ROLE_FRAGMENT_BEFORE = re.compile(r"\b(?:Minister|Secretary|Ministers|Secretaries)\s+of\s+$")
# Two or three initials, with or without dots, then a capitalised surname: "V K Singh", "A.B. Vajpayee".
_INITIALS_NAME = re.compile(
    r"(?<![\w.&])(?P<initials>(?:[A-Z]\.[ \t]?|[A-Z][ \t]){2,3})[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b"
)
#: A company's legal form: "Inc", "Ltd", "plc"; `name_forms` merges a name with and without it.
LEGAL_FORMS = frozenset(
    """Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC LLP plc Plc PLC Pty Pty. Bhd GmbH AG
    SA S.A. SpA NV N.V. Oyj""".split()
)
#: Words that end a company's name: "Ridgeline Labs", "Suntech Technology Company Limited".
ORG_SUFFIXES = LEGAL_FORMS | frozenset(
    """Group Holdings Labs Laboratories Technologies Technology Systems Partners Capital Ventures
    International""".split()
)
#: Titles only a person's name follows: a name after one is a person's, whatever the model's label.
PERSONAL_TITLES = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Baroness Baron".split())
#: Words a company's name ends in and a person's never does: its legal form, and the trades companies are
#: named by ("Desire Petroleum", "Rockhopper Exploration").
COMPANY_WORDS = ORG_SUFFIXES | frozenset(
    """Finance Financial Bank Banking Motor Motors Airlines Airways Industries Energy Pharmaceuticals
    Communications Telecom Telecommunications Entertainment Media Foods Resources Mining Petroleum Oil
    Insurance Electronics Enterprises Brands Stores Networks Software Computer Computers Services Solutions
    Investments Securities Chemicals Automotive Logistics Shipping Properties Hotels Cars Exploration""".split()
)
_AMOUNT_INSIDE = re.compile(r"[ \t]*(?:\b[A-Z]{1,3})?[$£€¥₹](?=[ \t]?\d|[ \t]*$)")
_MINOR_AMOUNT = re.compile(r"\d[\d.,]*[ \t]?(?:p|pence|cents?)")
_UNDEFINED_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_TICKER = re.compile(r"^[A-Z]{2,5}$")
_POSSESSIVE_INSIDE = re.compile(r"\s*['’]s\s+(?=\S)")
# A court's or judicial district's name, and its "for the Fourth Circuit" / "of Virginia" that follows.
_COURT_END = re.compile(r"\b(?:Court|Court of Appeals|Court of Federal Claims|District|Circuit)$")
_COURT_OF = re.compile(
    r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*)*"
)
_OFFICE_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
_CITATION_BEFORE = re.compile(r"\b\d+[ \t]+(?:[A-Z][A-Za-z]*\.[ \t]*)*$")
_CITATION_AFTER = re.compile(r"\.[ \t]+\d")  # an abbreviation's stop: "Hamburg 0" in a score line is no citation
#: Initials that are places or institutions, not a person's: "U S Army", "U.K. Treasury".
_NOT_INITIALS = frozenset({"US", "UK", "UN", "EU", "UAE", "USA", "DC", "PM", "AM", "TV", "AI"})


class RawMention(NamedTuple):
    """One NER mention as resolution receives it: normalised name, spaCy label, character span."""

    canonical: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Resolution:
    """How one mention was resolved: its final canonical name, label and optional role."""

    canonical: str
    label: str
    role: str | None
    start: int
    end: int
    country_code: str | None = None  # set only by a curated alias rule; otherwise the gazetteer decides


def split_role(name: str) -> tuple[str, str | None]:
    """("Prime Minister A B Vajpayee") -> ("A B Vajpayee", "Prime Minister"). A role after other capitalised
    words ends a headline fragment: ("Addressing Climate Change President Biden") -> ("Biden", "President"), and
    so does a word that ends an office before a name of two words or more ("Product Manager Nick Radicevic")."""
    match = _ROLE_PREFIX.match(name)
    if match is not None and match.end() < len(name):
        return name[match.end() :].strip(), match.group("role").strip()
    inside = [m for m in _ROLE_INSIDE.finditer(name) if m.start() > 0 and m.end() < len(name)]
    if inside:
        last = inside[-1]
        return name[last.end() :].strip(), last.group("role").strip()
    words = name.split()
    title = max((i for i, w in enumerate(words[:-2]) if w in TITLE_HEADS), default=None)
    if title is not None:  # "Google Product Manager Nick Radicevic", "Research Fellow Martin How"
        return " ".join(words[title + 1 :]), " ".join(words[: title + 1])
    return name, None


def person_name(name: str) -> str:
    """A person's name without trailing numbers ("Vialli 55" → "Vialli": a score or an age, not the name)."""
    trimmed = _TRAILING_NUMBER.sub("", name)
    return trimmed if trimmed else name


def _without_score(name: str, label: str, is_place: Callable[[str, str], bool]) -> str:
    """An organisation or place without the score or figure after it ("Zimbabwe 182", "Arsenal 3"), unless
    the number belongs to the name ("Group of 20")."""
    trimmed = _TRAILING_NUMBER.sub("", name)
    if trimmed == name or not trimmed or not trimmed.split()[-1][:1].isupper():
        return name
    return trimmed if label in ("ORG", "GPE", "LOC") or is_place(trimmed, label) else name


_ACRONYM_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "on", "de", "du", "&"})


def _spells(words: list[str], short: str) -> bool:
    """Whether the words spell the acronym: each gives its initial, a dotted abbreviation its letters ("U.S."
    → "US"), and a function word its initial or nothing ("Department of Energy" → "DOE", "Health and Human
    Services" → "HHS")."""
    if not words:
        return not short
    if not short and len(words) == 2 and words[0] == "and":
        return True  # "Centers for Disease Control and Prevention (CDC)"
    word, rest = words[0], words[1:]
    if word.lower() in ("and", "&") and short.startswith("&"):
        return _spells(rest, short[1:])  # "Marks and Spencer" spells "M&S"
    if word.lower() in _ACRONYM_FUNCTION_WORDS and _spells(rest, short):
        return True
    bare = word.replace(".", "")
    letters = bare if "." in word and bare.isupper() else word[:1]
    return bool(letters) and short.upper().startswith(letters.upper()) and _spells(rest, short[len(letters) :])


def acronym_spelled_by(name: str, short: str) -> bool:
    """Whether a tail of the name, from a capitalised word, spells the acronym ("U.S. Department of Energy",
    "DOE")."""
    words = re.split(r"[\s-]+", name)
    return any(
        w[:1].isupper() and w.lower() not in _ACRONYM_FUNCTION_WORDS and _spells(words[i:], short)
        for i, w in enumerate(words)
    )


def acronyms(text: str) -> dict[str, str]:
    """ACR -> long name, from "Long Name (ACR)" and "ACR (Long Name)" in the text."""
    found: dict[str, str] = {}
    for match in _ACRONYM_AFTER.finditer(text):
        long, short = match.group("long"), match.group("short").replace(".", "")
        words = [(w.start(), w.group()) for w in re.finditer(r"[^\s-]+", long)]
        # the longest tail of the name, from a capitalised word, whose words spell the acronym
        for i, (at, word) in enumerate(words):
            tail = [w for _, w in words[i:]]
            if word[:1].isupper() and word.lower() not in _ACRONYM_FUNCTION_WORDS and _spells(tail, short):
                found.setdefault(short, long[at:].strip())
                break
    for match in _ACRONYM_BEFORE.finditer(text):
        short, long = match.group("short").replace(".", ""), match.group("long").strip()
        if _spells(re.split(r"[\s-]+", long), short):
            found.setdefault(short, long)
    return found


#: Words no name starts with: a capitalised one before a PERSON starts its sentence, not the name.
NOT_NAME_WORDS = frozenset(
    """The A An In On At By For From With But And Or When While After Before Yesterday Today Tomorrow
    Meanwhile However Also Then This That These Those His Her Their Our Its It He She They We I As If So
    Last Next Since Under Over According Both Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December Although Though
    Because Unless Until Whether Where Why How What Which Who Whose Once Now Yet Still Even Only Just Perhaps
    Indeed Instead Thus Therefore Furthermore Moreover Besides Despite During Without Within Against Among
    Between Through Throughout Upon Via Unlike Earlier Later Finally Eventually Currently Recently Previously
    Here There Every Each Some Many Most Several Other Another Such Not No Nor Either Neither Whereas Whilst""".split()
)


def repair_span(
    text: str, start: int, end: int, label: str, floor: int = 0, not_names: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """Extend a PERSON span over the name words the model left out, never before `floor` (the end of the
    previous mention): capitalised words before it, a hyphenated tail ("Moon Jae" + "-in") and the rest of a
    name cut after a particle ("Ursula von der" + "Leyen")."""
    if label != "PERSON":
        return start, end
    while True:
        before = _NAME_WORD.search(text, max(floor, start - 20), start)
        word = before.group().strip() if before is not None else ""
        if before is None or before.end() != start or word in NOT_NAME_WORDS or word in not_names:
            break
        start = before.start()
    tail = _HYPHEN_TAIL.match(text[end : end + 6])
    if tail is not None:
        end += tail.end()
    if _PARTICLE_END.search(text, max(start, end - 4), end):
        rest = _PARTICLE_TAIL.match(text[end : end + 40])
        if rest is not None:
            end += rest.end()
    return start, end


def initials_names(text: str) -> list[tuple[int, int]]:
    """Spans of names written as initials and a surname ("V K Singh", "A.B. Vajpayee")."""
    spans = []
    for match in _INITIALS_NAME.finditer(text):
        if re.sub(r"[\s.]", "", match.group("initials")) not in _NOT_INITIALS:
            spans.append((match.start(), match.end()))
    return spans


def _with_initials_names(text: str, mentions: list[RawMention], clean: Callable[[str], str]) -> list[RawMention]:
    """The model's mentions plus initials-and-surname PERSONs that overlap none of them, in text order."""
    added = [
        RawMention(clean(text[start:end]), "PERSON", start, end)
        for start, end in initials_names(text)
        if not any(s < end and start < e for _, _, s, e in mentions)
    ]
    return sorted([*mentions, *added], key=lambda m: m[2]) if added else mentions


_TOKEN = re.compile(r"[\w'’.&-]+")


def _with_repeats(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions plus every other whole-word occurrence of a name of two or more words the model found
    elsewhere in the article, as long as it overlaps no mention ("( Saeed Anwar 78 ," in a score line):
    the model reads each occurrence in its own context and misses some. One pass over the text's words."""
    by_first: dict[str, list[tuple[list[str], RawMention]]] = {}
    for m in sorted(mentions, key=lambda m: -len(m.canonical)):
        words = m.canonical.split(" ")
        if len(words) > 1 and m.label in ("PERSON", "ORG", "GPE"):
            by_first.setdefault(words[0], []).append((words, m))
    if not by_first:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    tokens = list(_TOKEN.finditer(text))
    added = []
    for i, token in enumerate(tokens):
        for words, m in by_first.get(token.group(), ()):
            run = tokens[i : i + len(words)]
            if len(run) < len(words) or any(text[x.end() : y.start()] != " " for x, y in itertools.pairwise(run)):
                continue
            last = run[-1].group()
            if [t.group() for t in run[:-1]] != words[:-1] or last not in (words[-1], words[-1] + "."):
                continue
            start, end = token.start(), run[-1].start() + len(words[-1])
            k = bisect.bisect_left(taken, (end, end))  # spans are disjoint: the one before ends last
            if k and taken[k - 1][1] > start:
                break  # overlaps a mention (the model's own, or a longer name just added)
            added.append(RawMention(m.canonical, m.label, start, end))
            bisect.insort(taken, (start, end))
            break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def resolve_article(
    text: str,
    mentions: list[RawMention],
    clean: Callable[[str], str],
    is_place: Callable[[str, str], bool],
    aliases: EntityAliases | None = None,
    not_names: frozenset[str] = frozenset(),
    recased_headline: bool = False,
) -> list[Resolution]:
    """Resolve the raw mentions of one article.

    `clean` normalises a repaired surface text; `is_place(name, label)` says whether a name the model gave
    that label is a known place, which keeps a short form like "Jordan" from being read as a person's
    surname; `aliases` are the curated rules that win over the heuristics; `not_names` are words a name is
    never extended over (common words the article capitalises only to start a sentence); `recased_headline`
    says the first line was written in capitals and recased, which keeps its labels (wire copy).
    """
    aliases = aliases if aliases is not None else EntityAliases()
    staged, pinned = _staged(text, [RawMention(*m) for m in mentions], clean, is_place, aliases, not_names)
    linked = _linked(text, staged, pinned, is_place, aliases)
    kept = {id(staged[i]) for i in pinned}
    headline_end = -1 if recased_headline else text.find("\n")
    return agreed_labels(linked, headline_end, lambda r: id(r) in kept, lambda name: is_place(name, "GPE"))


def _staged(
    text: str,
    mentions: list[RawMention],
    clean: Callable[[str], str],
    is_place: Callable[[str, str], bool],
    aliases: EntityAliases,
    not_names: frozenset[str],
) -> tuple[list[Resolution], set[int]]:
    """Each mention repaired, named and checked against the curated `keep`/`drop` rules; with the positions
    of the kept ones (`keep`: never relinked)."""
    staged: list[Resolution] = []
    pinned: set[int] = set()
    people = [m.canonical for m in mentions if m.label == "PERSON" and m.canonical.split()]
    surnames = frozenset([*(p.split()[-1] for p in people), *(p for p in people if " " in p)])
    floor = 0
    for canonical, label, start, end in _with_repeats(text, _with_initials_names(text, mentions, clean)):
        if start < floor:
            continue  # swallowed by the previous mention's repair ("von der" + [Leyen])
        new_start, new_end = repair_span(text, start, end, label, floor, not_names)
        new_end = court_span_end(text, canonical, label, new_end)
        floor = new_end
        if label == "ORG" and _ROLE_FRAGMENT_BEFORE.search(text, max(0, start - 30), start):
            continue  # "Minister of [State for External Affairs]" is a title, not an organisation
        if is_citation(text, new_start, new_end):
            continue  # "84 Fed. [Reg]. 51310": a volume, a reporter and a page
        if is_amount_code(text, new_start, new_end):
            continue  # "50,000,000 [CZK]", "[GBP] 4.85": a currency, no party
        new_end = amount_cut(text, new_start, new_end)
        if new_end <= new_start:
            continue  # "[450p]": an amount, no name
        if (new_start, new_end) != (start, end):
            canonical = clean(text[new_start:new_end])
        for resolution in _named(text, canonical, label, new_start, new_end, is_place, surnames):
            rule = aliases.lookup(resolution.canonical, resolution.label)
            if rule is not None and rule.action == "drop":
                continue
            if rule is not None and rule.action == "keep":
                pinned.add(len(staged))
                resolution = _apply_rule(resolution, rule)
            staged.append(resolution)
    return staged, pinned


def _named(
    text: str,
    canonical: str,
    label: str,
    start: int,
    end: int,
    is_place: Callable[[str, str], bool],
    surnames: frozenset[str],
) -> list[Resolution]:
    """The entity a repaired mention names (none, one, or two when a person's name follows an organisation's),
    its span the name only: without the role ("President [Joe Biden]"), the determiner ("the [United
    States]"), the possessive ("[NATO] 's") and what follows one ("[Biden]’s Global ...")."""
    role = None
    if label == "PERSON" and canonical.split()[-1] in COMPANY_WORDS:
        label = "ORG"  # "Ridgeline Labs", "Desire Petroleum" tagged as a person
    elif canonical.split()[0] in PERSONAL_TITLES and len(canonical.split()) > 1:
        label = "PERSON"  # "Baroness Young" tagged as an organisation
    if label == "PERSON":
        canonical = after_office(text, start, canonical)
        canonical, role = split_role(person_name(before_possessive(canonical)))
        if is_title_alone(canonical):
            return []
    else:
        if label in ("GPE", "LOC"):
            canonical = _DIRECTION_BEFORE.sub("", canonical)
        canonical = without_ticker(_without_score(canonical, label, is_place))
        cut = _person_after(canonical, surnames)
        if cut is not None:  # "Environmental Protection Agency Ortiz"
            head_label = "GPE" if label != "PERSON" and is_place(cut[0], "GPE") else label
            first = _named(text, cut[0], head_label, start, end, is_place, surnames)
            return first + _named(text, cut[1], "PERSON", start, end, is_place, surnames)
    if not canonical or is_no_entity(canonical, label):
        return []
    if label == "ORG" and all(w in ORG_SUFFIXES for w in canonical.split()):
        return []  # a legal form or a company word alone: "LLC", "International"
    at = text.find(canonical, start, end)
    if at != -1:
        start, end = at, at + len(canonical)
    # a person's head word decides once linking is done: "Buffett Foundation" is first the tail of "Howard G.
    # Buffett Foundation", then an ORG
    label = label if label == "PERSON" else label_by_head(canonical, label)
    return [Resolution(canonical, label, role, start, end)]


def without_ticker(name: str) -> str:
    """A name without the ticker or acronym it is run on into, when the rest spells it: "General Motors GM" →
    "General Motors"."""
    rest, _, last = name.rpartition(" ")
    if rest and _TICKER.match(last) and not rest.isupper() and acronym_spelled_by(rest, last):
        return rest
    return name


def after_office(text: str, start: int, name: str) -> str:
    """A person's name after the rest of an office ("Chief of [Staff Andrew Card]", "Secretary of State for
    [Defence John Reid]") starts at its first given name."""
    if not _OFFICE_OF_BEFORE.search(text, max(0, start - 40), start):
        return name
    words = name.split()
    first = next((i for i, w in enumerate(words[:-1]) if i and w.lower() in given_names()), 0)
    return " ".join(words[first:])


def before_possessive(name: str) -> str:
    """A person's name ends at a possessive: "Biden’s Global COVID-19" → "Biden"."""
    return _POSSESSIVE_INSIDE.split(name, maxsplit=1)[0]


def is_title_alone(name: str) -> bool:
    """A "person" that is only a title: "Senator", "Press Secretary", "Attorney General"."""
    match = _ROLE_PREFIX.match(name + " ")
    return match is not None and match.end() == len(name) + 1


def _person_after(name: str, surnames: frozenset[str]) -> tuple[str, str] | None:
    """An organisation's or place's name run on into a person's the article names: ("Environmental Protection
    Agency Ortiz") -> ("Environmental Protection Agency", "Ortiz"), ("Vermont Bernie Sanders") -> ("Vermont",
    "Bernie Sanders"). `surnames` holds the article's people's surnames and full names."""
    words = name.split()
    if len(words) >= 3 and words[-1] in surnames and words[-2] in ORG_HEADS:
        return " ".join(words[:-1]), words[-1]
    for k in range(len(words) - 1, 1, -1):
        if " ".join(words[-k:]) in surnames:
            return " ".join(words[:-k]), " ".join(words[-k:])
    return None


def is_citation(text: str, start: int, end: int) -> bool:
    """The span is a reporter's abbreviation inside a citation: a volume number before ("84 Fed. Reg."), an
    abbreviation's stop and a page number after ("Reg. 51310")."""
    return bool(_CITATION_BEFORE.search(text, max(0, start - 20), start) and _CITATION_AFTER.match(text, end))


def is_amount_code(text: str, start: int, end: int) -> bool:
    """The span is a currency code written beside a number: "50,000,000 CZK", "GBP 4.85"."""
    if text[start:end] not in iso_4217():
        return False
    return bool(re.search(r"\d[ \t]?$", text[max(0, start - 2) : start]) or re.match(r"[ \t]?\d", text[end : end + 2]))


def amount_cut(text: str, start: int, end: int) -> int:
    """Where a span's name ends before an amount the model read into it ("[Serco £200]m" → "Serco"): the
    start of the amount, `start` when the span is only an amount ("[450p]"), else `end`."""
    if _MINOR_AMOUNT.fullmatch(text, start, end):
        return start
    inside = _AMOUNT_INSIDE.search(text, start, end)
    return end if inside is None else inside.start()


def court_span_end(text: str, name: str, label: str, end: int) -> int:
    """A court's or judicial district's name runs on over "for the Fourth Circuit" and "of Virginia"."""
    if label == "PERSON" or not _COURT_END.search(name):
        return end
    rest = _COURT_OF.match(text, end)
    return rest.end() if rest is not None else end


def _linked(
    text: str,
    staged: list[Resolution],
    pinned: set[int],
    is_place: Callable[[str, str], bool],
    aliases: EntityAliases,
) -> list[Resolution]:
    """Acronym, short-name and company-name linking of the staged mentions, then the curated `merge` and
    `drop` rules on the linked names."""
    label_of = {r.canonical: r.label for r in staged}
    long_forms = {short: fullest_long_form(long, label_of) for short, long in acronyms(text).items()}
    # longest first; names of one length in the order the article first writes them ("Paarmann" is the first
    # of "Brian Paarmann" and "Bryan Paarmann", never whichever a set happens to yield)
    people = sorted(dict.fromkeys(r.canonical for r in staged if r.label == "PERSON"), key=len, reverse=True)
    companies = sorted(dict.fromkeys(r.canonical for r in staged if r.label == "ORG"), key=len, reverse=True)
    result = []
    for i, r in enumerate(staged):
        if i not in pinned:
            r = _link(r, long_forms, label_of, people, companies, is_place)
            r = replace(r, label=label_by_head(r.canonical, r.label))
            rule = aliases.lookup(r.canonical, r.label)
            if rule is not None and rule.action == "drop":
                continue
            if rule is not None and rule.action == "merge":
                r = _apply_rule(r, rule)
        result.append(r)
    return result


#: Labels one name takes one of within an article: the model's reading of each mention can differ.
_AGREEING = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def agreed_labels(
    resolutions: list[Resolution],
    headline_end: int,
    is_pinned: Callable[[Resolution], bool],
    is_known_place: Callable[[str], bool],
) -> list[Resolution]:
    """One label for a name from its most reliable mentions. A name the headline writes takes the label its
    mentions in the body give (the label most of them give, the first of a tie): the body reads it in whole
    sentences ("Wellington" an ORG in a headline, a city in the story). A one-word "person" of the body that
    is no person's surname in the article (journalism names a person in full first) and has no title takes
    the label the body gives it otherwise when more of its body mentions give that ("Johnsonville" a place
    twice, a person once; "President Biden" stays a person). Pinned mentions (curated `keep`)
    keep theirs and give no vote. A known place keeps a place's label (the body's ORG for it is a team or a
    government) and is never made a person."""
    votes: dict[str, list[str]] = {}
    titled = {r.canonical for r in resolutions if r.role}
    for r in resolutions:
        if r.start > headline_end and r.label in _AGREEING and not is_pinned(r):
            votes.setdefault(r.canonical, []).append(r.label)
    result = []
    for r in resolutions:
        labels = votes.get(r.canonical, [])
        if r.start > headline_end and r.label == "PERSON" and " " not in r.canonical and r.canonical not in titled:
            others = [x for x in labels if x != "PERSON"]
            labels = others if len(others) > len(labels) - len(others) else []
        elif r.start > headline_end:
            labels = []
        if labels and r.label in _AGREEING and not is_pinned(r):
            label = max(labels, key=lambda x: (labels.count(x), -labels.index(x)))
            place = is_known_place(r.canonical)
            if not (place and (r.label in ("GPE", "LOC") or label == "PERSON")):
                r = replace(r, label=label)
        result.append(r)
    return result


def fullest_long_form(long: str, label_of: dict[str, str]) -> str:
    """The article's fullest name that ends in an acronym's long form: "VA" spells "Veterans Affairs" in
    "Department of Veterans Affairs (VA)", and is the department."""
    if long in label_of:
        return long
    return max((name for name in label_of if name.endswith(" " + long)), key=len, default=long)


def _link(
    r: Resolution,
    long_forms: dict[str, str],
    label_of: dict[str, str],
    people: list[str],
    companies: list[str],
    is_place: Callable[[str, str], bool],
) -> Resolution:
    """Acronym, short-name and company-name linking of one mention."""
    short = r.canonical if r.canonical in long_forms else r.canonical.upper()  # "Fema" is "FEMA"
    if short in long_forms and (short == r.canonical or r.canonical.istitle()):
        long = long_forms[short]
        return replace(r, canonical=long, label=label_of.get(long, r.label))
    spelled = _spelled_out(r.canonical, companies)
    if spelled is not None:
        return replace(r, canonical=spelled, label="ORG")  # a headline's "GM", later "General Motors"
    words = r.canonical.split()
    fuller = next((p for p in people if p != r.canonical and p.split()[-len(words) :] == words), None)
    if fuller is not None and (r.label == "PERSON" or not is_place(r.canonical, r.label)):
        return replace(r, canonical=fuller, label="PERSON")
    if r.label != "PERSON" and len(words) > 1 and r.canonical in people and not is_place(r.canonical, r.label):
        return replace(r, label="PERSON")  # "Wasim Akram" read as an ORG once, as a person elsewhere
    company = full_company(r.canonical, companies)
    if company is not None and (r.label == "ORG" or not is_place(r.canonical, r.label)):
        return replace(r, canonical=company, label="ORG")  # "Ridgeline" -> "Ridgeline Labs"
    return r


def full_company(name: str, companies: list[str]) -> str | None:
    """The article's fullest company name that is the name and a legal form ("Ridgeline Labs"), or the name
    and trade words ("Borel Finance Group") when the name is no acronym and heads no other organisation
    ("BBC" of "BBC Resources Ltd" is the BBC, which also names "BBC Television Centre")."""
    words = name.split()
    tails = [(c, c.split()[len(words) :]) for c in companies if c != name and c.split()[: len(words)] == words]
    suffixed = next((c for c, tail in tails if tail and all(w in ORG_SUFFIXES for w in tail)), None)
    if (
        suffixed is not None
        or name.isupper()
        or not all(tail and all(w in COMPANY_WORDS for w in tail) for _, tail in tails)
    ):
        return suffixed
    return tails[0][0] if tails else None


def _spelled_out(name: str, companies: list[str]) -> str | None:
    """The one organisation of the article whose whole name an acronym the article never defines spells
    ("GM": "General Motors", "M&S": "Marks & Spencer") or abbreviates, each word of two or more by its first
    letters ("ACM": "Acme Motor Corporation"), or None."""
    if not _UNDEFINED_ACRONYM.match(name):
        return None
    found = {
        c
        for c in companies
        if c != name and (_spells(re.split(r"[\s-]+", c), name) or _abbreviates(re.split(r"[\s-]+", c), name))
    }
    return found.pop() if len(found) == 1 else None


def _abbreviates(words: list[str], short: str) -> bool:
    """Whether an acronym takes the first letters (one or more) of each of two or more name words in turn, a
    legal form or function word giving none or its initial, "&" for "and": "ACM" of "Acme Motor Corporation"."""
    named = [w for w in words if w not in LEGAL_FORMS and w.lower() not in _ACRONYM_FUNCTION_WORDS]
    return len(named) >= 2 and all(w[:1].isupper() for w in named) and _prefixes(words, short.upper())


def _prefixes(words: list[str], short: str) -> bool:
    if not words:
        return not short
    word, rest = words[0], words[1:]
    if word.lower() in ("and", "&") and short.startswith("&"):
        return _prefixes(rest, short[1:])
    if (word in LEGAL_FORMS or word.lower() in _ACRONYM_FUNCTION_WORDS) and _prefixes(rest, short):
        return True
    letters = word.upper()
    return any(short.startswith(letters[:k]) and _prefixes(rest, short[k:]) for k in range(1, len(letters) + 1))


def _apply_rule(r: Resolution, rule: AliasRule) -> Resolution:
    return replace(
        r,
        canonical=rule.to_name or r.canonical,
        label=rule.to_label or r.label,
        country_code=rule.country_code or r.country_code,
    )
