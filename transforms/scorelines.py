"""Results and standings lines of sports copy: the names in them are teams.

    Arsenal 3 Leicester 1                   Manchester United 1 Liverpool 0 ( halftime 1-0 )
    Bolton 6 3 2 1 10 6 11                  Japan 2 Syria 1

The model reads such lines as one long name or as people ("Chelsea 2 Everton 2", "Norwich" a PERSON). A team
named like a country is that place (a GPE: national teams), any other an ORG (clubs, "Leicester"); a name
that starts with a given name is a player of an individual sport's table ("Colin Montgomerie 69 70 65 66"), a
PERSON. Only a table counts: at least `MIN_LINES` such lines in the article ("Title 42 Section 3" alone is
no result).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from transforms.entities import given_names
from transforms.places import country_name, is_city, is_region
from transforms.resolve import RawMention

_NAME = r"[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|de|of|la|del|do)){0,4}"
_RESULT = re.compile(
    rf"^[ \t]*(?P<a>{_NAME})[ \t]+\d{{1,3}}[ \t]+(?P<b>{_NAME})[ \t]+\d{{1,3}}[ \t]*(?:\(.*\)[ \t]*)?$", re.MULTILINE
)
_STANDING = re.compile(rf"^[ \t]*(?P<a>{_NAME})(?:[ \t]+\d{{1,3}}){{4,}}[ \t]*$", re.MULTILINE)


#: Lines of results or standings an article needs before its lines are read as a table.
MIN_LINES = 2


class Team(NamedTuple):
    start: int
    end: int
    name: str
    label: str  # GPE for a team named like a country ("Japan"), ORG for a club, PERSON for a player


def teams(text: str, is_country: Callable[[str], bool], is_given_name: Callable[[str], bool]) -> list[Team]:
    """The team (or player) names of the results and standings lines of `text`, in order (none unless it
    has a table)."""
    lines = [m for pattern in (_RESULT, _STANDING) for m in pattern.finditer(text)]
    if len(lines) < MIN_LINES:
        return []
    found = []
    for match in lines:
        for group in match.re.groupindex:
            name = match.group(group)
            words = name.split()
            label = "GPE" if is_country(name) else "PERSON" if len(words) > 1 and is_given_name(words[0]) else "ORG"
            found.append(Team(match.start(group), match.end(group), name, label))
    return sorted(found)


def _a_player(name: str, read_as: list[RawMention]) -> bool:
    """A name in a results table is a player when the model reads it as a person and none of its words is a
    place ("Colin Montgomerie 69 70 65 66"; "Manchester United 1" read as a person is still a club)."""
    words = name.split()
    return (
        len(words) > 1
        and any(m.label == "PERSON" for m in read_as)
        and not any(is_region(w) or is_city(w) for w in words)
    )


def with_table_names(text: str, raw: list[RawMention], labels: frozenset[str]) -> list[RawMention]:
    """The mentions with each name of a results or standings table as its team (or player), in place of what
    the model read there; a kind the `entity_labels` setting leaves out is left as the model read it."""
    for team in teams(text, lambda name: country_name(name) is not None, lambda word: word.lower() in given_names()):
        label = team.label
        if label == "ORG" and _a_player(team.name, [m for m in raw if m.start == team.start]):
            label = "PERSON"
        if label not in labels:
            continue
        raw = [m for m in raw if m.end <= team.start or team.end <= m.start]
        raw.append(RawMention(team.name, label, team.start, team.end))
    return sorted(raw, key=lambda m: m.start)
