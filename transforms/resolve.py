"""Entity resolution within one article: acronyms, short names, cut-off names and roles.

Rules, applied to each article's mentions after normalisation:
- a mention the model cut short is repaired where the text continues the name: capitalised words right
  before a PERSON ("Mukhtar" + "Abbas Naqvi") and a hyphenated tail after it ("Moon Jae" + "-in");
- titles and roles ("Prime Minister", "President", "Mr") at the start of a PERSON are split off into
  `role`, never part of the name;
- "Long Name (ACR)" and "ACR (Long Name)" in the text make every later "ACR" the long name's entity;
- an ORG span that is the rest of a title ("Minister of [State for External Affairs]") is dropped;
- a PERSON mention that is the tail of a fuller PERSON name in the same article ("Naqvi", "Abbas
  Naqvi") resolves to the fullest name, whatever label the model gave the short mention ("Singh" as a
  place), as long as the short form is not itself a known place or organisation of the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

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
    "Ms",
    "Ms.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
)
_ROLE_PREFIX = re.compile(
    r"^(?P<role>(?:(?:" + "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True)) + r")\s+)+)"
)
_ACRONYM_AFTER = re.compile(
    r"(?P<long>(?:[A-Z][\w&'’.-]*\s+)(?:(?:of|for|and|the|on|de|du)\s+|[A-Z][\w&'’.-]*\s+)*"
    r"[A-Z][\w&'’.-]*)\s*\((?P<short>[A-Z][A-Z&.]{1,9})\)"
)
_ACRONYM_BEFORE = re.compile(r"\b(?P<short>[A-Z][A-Z&.]{1,9})\s*\((?P<long>[A-Z][^()]{3,80})\)")
_NAME_WORD = re.compile(r"[A-Z][a-z]+[ \t]+$")
_HYPHEN_TAIL = re.compile(r"^-[a-z]{1,4}\b")
_ROLE_FRAGMENT_BEFORE = re.compile(r"\b(?:Minister|Secretary|Ministers|Secretaries)\s+of\s+$")


@dataclass(frozen=True)
class Resolution:
    """How one mention was resolved: its final canonical name, label and optional role."""

    canonical: str
    label: str
    role: str | None
    start: int
    end: int


def split_role(name: str) -> tuple[str, str | None]:
    """("Prime Minister A B Vajpayee") -> ("A B Vajpayee", "Prime Minister")."""
    match = _ROLE_PREFIX.match(name)
    if match is None or match.end() >= len(name):
        return name, None
    return name[match.end() :].strip(), match.group("role").strip()


def acronyms(text: str) -> dict[str, str]:
    """ACR -> long name, from "Long Name (ACR)" and "ACR (Long Name)" in the text."""
    found: dict[str, str] = {}
    for match in _ACRONYM_AFTER.finditer(text):
        long, short = match.group("long"), match.group("short").replace(".", "")
        words = [w for w in re.split(r"[\s-]+", long) if w[:1].isupper()]
        # take the shortest tail of capitalised words whose initials spell the acronym
        for i in range(len(words)):
            if "".join(w[0] for w in words[i:]).upper() == short.upper():
                start = long.find(words[i])
                found.setdefault(short, long[start:].strip())
                break
    for match in _ACRONYM_BEFORE.finditer(text):
        short, long = match.group("short").replace(".", ""), match.group("long").strip()
        initials = "".join(w[0] for w in long.split() if w[:1].isupper())
        if initials.upper() == short.upper():
            found.setdefault(short, long)
    return found


_NOT_NAME_WORDS = frozenset(
    """The A An In On At By For From With But And Or When While After Before Yesterday Today Tomorrow
    Meanwhile However Also Then This That These Those His Her Their Our Its It He She They We I As If So
    Last Next Since Under Over According Both Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December""".split()
)


def repair_span(text: str, start: int, end: int, label: str, floor: int = 0) -> tuple[int, int]:
    """Extend a PERSON span over the name words the model left out, on either side, never before `floor`
    (the end of the previous mention)."""
    if label != "PERSON":
        return start, end
    while True:
        before = _NAME_WORD.search(text, max(floor, start - 20), start)
        if before is None or before.end() != start or before.group().strip() in _NOT_NAME_WORDS:
            break
        start = before.start()
    tail = _HYPHEN_TAIL.match(text[end : end + 6])
    if tail is not None:
        end += tail.end()
    return start, end


def resolve_article(
    text: str, mentions: list[tuple[str, str, int, int]], clean: Callable[[str], str], is_place: Callable[[str], bool]
) -> list[Resolution]:
    """Resolve the (canonical, label, start, end) mentions of one article.

    `clean` normalises a repaired surface text; `is_place` says whether a name is a known place, which
    keeps a short form like "Jordan" from being read as a person's surname.
    """
    staged: list[Resolution] = []
    floor = 0
    for canonical, label, start, end in mentions:
        new_start, new_end = repair_span(text, start, end, label, floor)
        floor = new_end
        if label == "ORG" and _ROLE_FRAGMENT_BEFORE.search(text, max(0, start - 30), start):
            continue  # "Minister of [State for External Affairs]" is a title, not an organisation
        if (new_start, new_end) != (start, end):
            canonical = clean(text[new_start:new_end])
        role = None
        if label == "PERSON":
            canonical, role = split_role(canonical)
        staged.append(Resolution(canonical, label, role, new_start, new_end))

    long_forms = acronyms(text)
    label_of = {r.canonical: r.label for r in staged}
    people = sorted({r.canonical for r in staged if r.label == "PERSON"}, key=len, reverse=True)
    result = []
    for r in staged:
        if r.canonical in long_forms:
            long = long_forms[r.canonical]
            result.append(replace(r, canonical=long, label=label_of.get(long, r.label)))
            continue
        words = r.canonical.split()
        fuller = next((p for p in people if p != r.canonical and p.split()[-len(words) :] == words), None)
        if fuller is not None and (r.label == "PERSON" or not is_place(r.canonical)):
            result.append(replace(r, canonical=fuller, label="PERSON"))
            continue
        result.append(r)
    return result
