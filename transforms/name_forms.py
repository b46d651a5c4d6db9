"""One organisation, law or group under several names across the warehouse (`transforms/identity.py` merges them).

- **acronyms learned anywhere**: once any article writes "Federal Emergency Management Agency (FEMA)", the
  mentions it resolves carry the surface text "FEMA" for that agency (`dim_entity_alias`); every entity
  named "FEMA" or "Fema" is then that agency. An acronym two long names claim is that of the one written
  for it at least twice as often; otherwise it stays apart;
- **a department's names**: "Department of State", "State Department", "U.S. Department of State" and, for a
  name of two or more words or one that is never a common word's, the bare "Health and Human Services" are one
  organisation, whichever of an organisation or place label the model gave it;
- **a country's prefix, a company's legal form**: "U.S. Court of Appeals" and "United States Court of Appeals"
  are one, "Bank of America Corp" and "Bank of America" are one, "Hewlett-Packard" and "Hewlett Packard" are
  one, and so are an
  administration named by its two leaders and by the first ("Biden-Harris Administration", "Biden
  Administration");
- **a people**: the demonym and its plural ("American", "Americans") are one NORP; a storm with and without its
  kind ("Hurricane Katrina", "Katrina") is one EVENT;
- **a law or programme** ("Bipartisan Infrastructure Law", "American Rescue Plan") is one entity whatever
  label the model gave it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from transforms.resolve import LEGAL_FORMS, acronym_spelled_by

_COUNTRY_PREFIX = re.compile(r"^(?:U\.S\.|US|United States|the)\s+", re.IGNORECASE)
_DEPARTMENT_OF = re.compile(r"^Department of (?:the )?(?P<core>.+)$", re.IGNORECASE)
_X_DEPARTMENT = re.compile(r"^(?P<core>.+?) Department$", re.IGNORECASE)
_PARTNERS = re.compile(r"^(?P<first>[A-Z][\w'’]+)-[A-Z][\w'’]+ (?P<head>Administration|Government)$")
_STORM = re.compile(r"^(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm)\s+")
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,11}$")
#: Head words of laws and programmes, whose label the model gives as it pleases.
PROGRAMME_HEADS = frozenset(
    "Act Law Bill Code Amendment Treaty Plan Program Programme Initiative Credit Framework Agreement".split()
)
PROGRAMME_LABELS = frozenset({"ORG", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "NORP"})
DEPARTMENT_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def without_country(name: str) -> str:
    """ "U.S. Department of Energy" → "Department of Energy"; a name of one word after the prefix keeps it."""
    rest = _COUNTRY_PREFIX.sub("", name)
    return rest if len(rest.split()) > 1 or rest.startswith("Department") else name


def department_core(name: str) -> tuple[str, bool] | None:
    """("Energy", True) for "Department of Energy" and "Energy Department"; None for another name."""
    bare = without_country(name)
    match = _DEPARTMENT_OF.match(bare) or _X_DEPARTMENT.match(bare)
    return (match.group("core"), True) if match is not None else None


def form_key(name: str, label: str) -> tuple[str, str] | None:
    """The key names of one entity share, or None: department core, country-less name, demonym, law."""
    words = name.split()
    if words and words[-1] in PROGRAMME_HEADS and label in PROGRAMME_LABELS:
        return ("programme", name.casefold())
    if label == "NORP":
        return ("people", name.casefold().removesuffix("s"))
    if label == "EVENT":
        return ("storm", _STORM.sub("", name).casefold())
    if label not in DEPARTMENT_LABELS:
        return None
    core = department_core(name)
    if core is not None:
        return ("department", core[0].casefold())
    if label != "ORG":
        return None  # a place is never a department's bare name ("North Carolina", "North Carolina Department")
    partners = _PARTNERS.match(name)  # "Biden-Harris Administration" is the "Biden Administration"
    if partners is not None:
        return ("department", f"{partners.group('first')} {partners.group('head')}".casefold())
    return ("department", without_legal_form(without_country(name)).casefold().replace("-", " "))


def without_legal_form(name: str) -> str:
    """ "Bank of America Corp" → "Bank of America", "Ford Motor Co." → "Ford Motor"; a legal form alone stays."""
    words = name.split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def variants(name: str, label: str) -> set[str]:
    """Case-folded names that may be another name of the same entity (for looking up candidates)."""
    folded = name.casefold()
    out = {folded, folded + "s", folded.removesuffix("s")}
    out |= {folded.removeprefix(storm) for storm in ("hurricane ", "typhoon ", "cyclone ")}
    out |= {storm + folded for storm in ("hurricane ", "typhoon ", "cyclone ")}
    partners = _PARTNERS.match(name)
    if partners is not None:
        out.add(f"{partners.group('first')} {partners.group('head')}".casefold())
    core = department_core(name)
    base = core[0].casefold() if core is not None else without_legal_form(without_country(name)).casefold()
    out |= {f"{base} {form.casefold()}" for form in LEGAL_FORMS}  # a stored "Bank of America Corp"
    spaced = base.split()  # "Hewlett Packard" finds a stored "Hewlett-Packard", and the other way round
    out |= {base.replace("-", " ")} | {" ".join(spaced[:i]) + "-" + " ".join(spaced[i:]) for i in range(1, len(spaced))}
    for prefix in ("", "u.s. ", "united states ", "us "):
        out |= {prefix + base, f"{prefix}department of {base}", f"{prefix}department of the {base}"}
        out.add(f"{prefix}{base} department")
    return out


def is_acronym(name: str) -> bool:
    """ "FEMA", "U.S.D.A.", or a one-word name written as a word: "Fema"."""
    return bool(_ACRONYM.match(name)) or (name.istitle() and name.isalpha() and 3 <= len(name) <= 6)


def acronym_targets(evidence: Iterable[tuple[str, str, str, int]]) -> dict[str, str]:
    """ACRONYM → the entity key it was written for, from (key, name, surface text, mentions) rows: a surface
    the name spells ("FEMA" for "Federal Emergency Management Agency"); the clear winner of each acronym."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for key, name, surface, mentions in evidence:
        short = surface.replace(".", "")
        if _ACRONYM.match(surface) and short.casefold() != name.casefold() and acronym_spelled_by(name, short):
            votes[short.upper()][key] += mentions
    targets = {}
    for short, by_key in votes.items():
        ranked = sorted(by_key.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            targets[short] = ranked[0][0]
    return targets
