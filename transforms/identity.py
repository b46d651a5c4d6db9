"""Who is who across the warehouse: which entity keys name the same real-world person or organisation.

Per-article resolution (`transforms/resolve.py`) gives each mention a key (`LABEL:name`); this module looks
at every entity the warehouse knows and proposes merges, each with its reason:
- **one person, many spellings**: PERSON names are parsed (`nameparser`: title, first, middle, last,
  suffix); names with the same first and last name are one person whatever their middle names, suffix,
  title or capitals ("Joseph R. Biden Jr.", "JOSEPH R. BIDEN JR", "Joseph Biden"), and so are first names
  that are nicknames of each other (`nicknames`: "Joe" / "Joseph"). The spelling with the most mentions
  names the entity;
- **a bare surname** ("Biden") is that person when the warehouse knows exactly one person of that surname,
  or when the title it is written with ("President Biden") is the usual title of exactly one of them;
  otherwise it stays apart (and is listed for curators by `news-etl entities`);
- **one name, two labels** ("Biden-Harris Administration" as ORG and as FAC; a place as GPE and LOC) is one
  entity with the label it has most often. Only labels of one kind merge: ORG/FAC, GPE/LOC;
- keys a curated `keep` rule pins never merge.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from transforms.name_forms import acronym_targets, department_core, form_key, is_acronym

LABEL_KINDS = ({"ORG", "FAC"}, {"GPE", "LOC"})


@dataclass(frozen=True)
class KnownEntity:
    """An entity as the warehouse knows it: its key, name, label, mention count and usual title."""

    key: str
    name: str
    label: str
    mentions: int
    role: str | None = None  # the title it is most often written with ("President")


@dataclass(frozen=True)
class Merge:
    from_key: str
    to_key: str
    reason: str


@functools.lru_cache(maxsize=1)
def _nicknames() -> object:
    from nicknames import NickNamer

    return NickNamer()


def _same_first_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) <= 2 or len(b) <= 2:  # initials: "J." is not enough to say who
        return False
    namer = _nicknames()
    return b in namer.canonicals_of(a) or a in namer.canonicals_of(b)  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=65536)
def person_parts(name: str) -> tuple[str, str] | None:
    """(first, last) of a person's full name, case-folded; None for a single word or an unparseable name."""
    from nameparser import HumanName

    words = name.split()
    if len(words) < 2:
        return None
    parsed = HumanName(name)
    first, last = parsed.first.casefold().strip("."), parsed.last.casefold()
    if not first or not last:
        return None
    return first, last


def plan_merges(
    entities: Sequence[KnownEntity],
    pinned: Iterable[str] = (),
    evidence: Iterable[tuple[str, str, str, int]] = (),
) -> list[Merge]:
    """The merges that make one entity of each real-world person or organisation; `pinned` keys never move.
    `evidence` holds (key, name, surface text, mentions) of the surface texts written for entities: the
    acronyms learned across the warehouse (`transforms/name_forms.py`)."""
    fixed = set(pinned)
    merges: list[Merge] = []
    merges += _person_merges([e for e in entities if e.label == "PERSON"], fixed)
    for stage in (_form_merges, _label_merges):
        merged_away = {m.from_key for m in merges}
        merges += stage([e for e in entities if e.key not in merged_away], fixed)
    merged_away = {m.from_key for m in merges}
    merges += _acronym_merges([e for e in entities if e.key not in merged_away], fixed, evidence)
    return flattened(merges)


def _form_merges(entities: Sequence[KnownEntity], fixed: set[str]) -> list[Merge]:
    """A department's, a country-prefixed organisation's, a people's, a storm's and a law's several names are
    one (`transforms/name_forms.py`)."""
    groups: dict[tuple[str, str], list[KnownEntity]] = defaultdict(list)
    for entity in entities:
        key = form_key(entity.name, entity.label)
        if key is not None:
            groups[key].append(entity)
    merges = []
    for (kind, _), group in groups.items():  # a place is never in a department's group: "Georgia" stays apart
        if len(group) < 2:
            continue
        # a department by its full name ("Department of Health and Human Services"), else the most mentioned
        target = max(group, key=lambda e: (department_core(e.name) is not None, e.mentions, e.label == "ORG", e.key))
        for entity in group:
            if entity.key != target.key and entity.key not in fixed:
                merges.append(Merge(entity.key, target.key, f"one {kind}: {entity.name} = {target.name}"))
    return merges


def _acronym_merges(
    entities: Sequence[KnownEntity], fixed: set[str], evidence: Iterable[tuple[str, str, str, int]]
) -> list[Merge]:
    targets = acronym_targets(evidence)
    merges = []
    for entity in entities:
        target = targets.get(entity.name.replace(".", "").upper()) if is_acronym(entity.name) else None
        if target is None or target == entity.key or entity.key in fixed:
            continue
        label = target.split(":", 1)[0]
        if label == entity.label or any({label, entity.label} <= kind for kind in LABEL_KINDS):  # "VA" the state stays
            merges.append(Merge(entity.key, target, f"acronym {entity.name} written for {target} in the warehouse"))
    return merges


def flattened(merges: Sequence[Merge]) -> list[Merge]:
    """The merges with every chain followed to its end (A→B and B→C: A→C and B→C), applied at once; the first
    merge of a key wins, and a merge that would lead back to its own key is left out."""
    target: dict[str, Merge] = {}
    for merge in merges:
        target.setdefault(merge.from_key, merge)
    result = []
    for merge in target.values():
        end, seen = merge.to_key, {merge.from_key}
        while end in target and end not in seen:
            seen.add(end)
            end = target[end].to_key
        if end not in seen:
            result.append(Merge(merge.from_key, end, merge.reason))
    return result


def _person_merges(people: Sequence[KnownEntity], fixed: set[str]) -> list[Merge]:
    by_last: dict[str, list[tuple[str, KnownEntity]]] = defaultdict(list)
    bare: dict[str, list[KnownEntity]] = defaultdict(list)
    for person in people:
        parts = person_parts(person.name)
        if parts is not None:
            by_last[parts[1]].append((parts[0], person))
        elif len(person.name.split()) == 1:
            bare[person.name.casefold()].append(person)
    merges: list[Merge] = []
    targets_by_last: dict[str, list[tuple[KnownEntity, int, str | None]]] = {}
    for last, named in by_last.items():
        clusters: list[list[tuple[str, KnownEntity]]] = []
        for first, person in sorted(named, key=lambda fp: -fp[1].mentions):
            home = next((c for c in clusters if any(_same_first_name(first, f) for f, _ in c)), None)
            if home is None:
                clusters.append([(first, person)])
            else:
                home.append((first, person))
        targets = []
        for cluster in clusters:
            members = [p for _, p in cluster]
            target = _display_choice(members)
            for person in members:
                if person.key != target.key and person.key not in fixed:
                    merges.append(Merge(person.key, target.key, f"same person: {person.name} = {target.name}"))
            total = sum(p.mentions for p in members)
            roles: dict[str | None, int] = defaultdict(int)
            for person in members:
                roles[person.role] += person.mentions
            usual = max((r for r in roles if r), key=lambda r: roles[r], default=None)
            targets.append((target, total, usual))
        targets_by_last[last] = targets
    for surname, entries in bare.items():
        candidates = targets_by_last.get(surname, [])
        for entry in entries:
            if entry.key in fixed or not candidates:
                continue
            if len(candidates) == 1:
                target = candidates[0][0]
                merges.append(Merge(entry.key, target.key, f"the only person named {entry.name}: {target.name}"))
                continue
            titled = [t for t, _, usual in candidates if entry.role and usual == entry.role]
            if len(titled) == 1:
                merges.append(
                    Merge(entry.key, titled[0].key, f"{entry.role} {entry.name} is {titled[0].name} ({entry.role})")
                )
    return merges


def _display_choice(members: Sequence[KnownEntity]) -> KnownEntity:
    """The spelling that names a merged person: most mentions, preferring one not in capitals."""
    return max(members, key=lambda p: (not p.name.isupper(), p.mentions, -len(p.name)))


def _label_merges(entities: Sequence[KnownEntity], fixed: set[str]) -> list[Merge]:
    by_name: dict[str, list[KnownEntity]] = defaultdict(list)
    for entity in entities:
        by_name[entity.name.casefold()].append(entity)
    merges = []
    for same in by_name.values():
        for kind in LABEL_KINDS:
            group = [e for e in same if e.label in kind]
            if len(group) < 2:
                continue
            target = max(group, key=lambda e: (e.mentions, e.label))
            for entity in group:
                if entity.key != target.key and entity.key not in fixed:
                    merges.append(Merge(entity.key, target.key, f"same name, label {entity.label} → {target.label}"))
    return merges


@dataclass(frozen=True)
class ReviewItem:
    """A pair a curator should look at, and the alias-file line that would settle it."""

    kind: str  # ambiguous surname | similar names | one name, two kinds
    entity: KnownEntity
    other: KnownEntity
    suggestion: str  # a line for data/entity_aliases.csv


def review_queue(entities: Sequence[KnownEntity], similarity: float = 0.9) -> list[ReviewItem]:
    """Likely duplicates and ambiguous names, most mentioned first: bare surnames that fit several people,
    names spelled almost alike with labels of one kind ("World Health Organisation"/"…Organization"), and
    one name under labels of different kinds ("Jordan" the person and the country: the line relabels the
    rarer one; a curator who knows both exist writes `keep` lines instead)."""
    from difflib import SequenceMatcher

    items: list[ReviewItem] = []
    people = [e for e in entities if e.label == "PERSON"]
    for bare in (p for p in people if len(p.name.split()) == 1):
        for full in people:
            parts = person_parts(full.name)
            if parts is not None and parts[1] == bare.name.casefold():
                items.append(ReviewItem("ambiguous surname", bare, full, f"merge,PERSON,{bare.name},,{full.name},"))
    by_first_word: dict[str, list[KnownEntity]] = defaultdict(list)
    for entity in entities:
        if entity.name.split():
            by_first_word[entity.name.split()[0].casefold()].append(entity)
    for block in by_first_word.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                same_kind = a.label == b.label or any({a.label, b.label} <= kind for kind in LABEL_KINDS)
                if a.name.casefold() == b.name.casefold():
                    if not same_kind:
                        big, small = sorted((a, b), key=lambda e: -e.mentions)
                        line = f"merge,{small.label},{small.name},{big.label},{big.name},"
                        items.append(ReviewItem("one name, two kinds", small, big, line))
                    continue
                if _digits(a.name) != _digits(b.name):
                    continue  # "Section 1261" and "Section 1264" are two laws
                if same_kind and SequenceMatcher(None, a.name.casefold(), b.name.casefold()).ratio() >= similarity:
                    big, small = sorted((a, b), key=lambda e: -e.mentions)
                    items.append(
                        ReviewItem("similar names", small, big, f"merge,{small.label},{small.name},,{big.name},")
                    )
    return sorted(items, key=lambda r: -(r.entity.mentions + r.other.mentions))


def _digits(name: str) -> str:
    return "".join(c for c in name if c.isdigit())
