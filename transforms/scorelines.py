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
