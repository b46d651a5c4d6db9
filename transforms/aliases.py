"""The curated entity alias file: hand-made merges, keeps and drops that win over every heuristic.

`data/entity_aliases.csv` (reviewable in a pull request), one rule per line, `#` lines are comments:

    action,label,name,to_label,to_name,country_code
    merge,ORG,UN,,United Nations,
    keep,GPE,Jordan,,,
    drop,*,Supreme Leader,,,

- `merge`: a mention named `name` (case-insensitive, either apostrophe, but a lower-case mention never matches
  a capitalised name: "fed cattle" is not "Fed") with `label` (`*` = any) becomes `to_name` with
  `to_label` (empty = unchanged); `country_code`, when given, replaces the gazetteer's answer.
- `keep`: the name is its own entity: acronym and short-name linking never rewrite it (split a name the
  heuristics would merge); `to_label`, when given, fixes its label.
- `drop`: the name is not an entity at all.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

ACTIONS = ("merge", "keep", "drop")
COLUMNS = ("action", "label", "name", "to_label", "to_name", "country_code")
#: The project's curated file (`data/entity_aliases.csv`, shipped as package data `transforms.lexicons`).
DEFAULT_ALIASES_FILE = Path(str(files("transforms.lexicons").joinpath("entity_aliases.csv")))


@dataclass(frozen=True)
class AliasRule:
    """One line of the alias file."""

    action: str
    label: str  # "*" matches any label
    name: str
    to_label: str | None = None
    to_name: str | None = None
    country_code: str | None = None


@dataclass(frozen=True)
class EntityAliases:
    """The rules of an alias file, indexed by case-folded name."""

    rules: dict[str, tuple[AliasRule, ...]] = field(default_factory=dict)

    def lookup(self, name: str, label: str) -> AliasRule | None:
        """The rule for this name and label: an exact-label rule before a `*` one; None when there is none.

        Case is ignored except that a name written in lower case never matches a capitalised rule: a rule
        names a name, not a common word ("Fed" is the Federal Reserve, "fed cattle" is not).
        """
        candidates = tuple(r for r in self.rules.get(folded(name), ()) if not (name.islower() and not r.name.islower()))
        exact = next((r for r in candidates if r.label == label), None)
        return exact or next((r for r in candidates if r.label == "*"), None)

    def __len__(self) -> int:
        return sum(len(r) for r in self.rules.values())


def folded(name: str) -> str:
    """The name as rules are indexed: case-folded, a typographic apostrophe as a plain one ("People’s")."""
    return name.casefold().replace("’", "'")


class AliasFileError(ValueError):
    """The alias file has a line that cannot be a rule; the message names the file and line."""


def load_aliases(path: Path | None) -> EntityAliases:
    """Read and check an alias file; a missing `path` (None) means no rules."""
    if path is None:
        return EntityAliases()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AliasFileError(f"{path}: cannot read the entity alias file: {exc.strerror}") from exc
    rules: dict[str, list[AliasRule]] = {}
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    reader = csv.reader(line for _, line in lines)
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != COLUMNS:
        raise AliasFileError(f"{path}: the first non-comment line must be the header {','.join(COLUMNS)}")
    for (number, _), row in zip(lines[1:], reader, strict=True):
        values = [v.strip() for v in row] + [""] * (len(COLUMNS) - len(row))
        if len(row) > len(COLUMNS):
            raise AliasFileError(f"{path}:{number}: {len(row)} fields, expected at most {len(COLUMNS)}")
        action, label, name, to_label, to_name, code = values
        problem = _problem(action, label, name, to_name, code)
        if problem:
            raise AliasFileError(f"{path}:{number}: {problem}")
        rule = AliasRule(action, label, name, to_label or None, to_name or None, code.upper() or None)
        same = rules.setdefault(folded(name), [])
        if any(r.label == label for r in same):
            raise AliasFileError(f"{path}:{number}: a second rule for {label},{name}")
        same.append(rule)
    return EntityAliases({k: tuple(v) for k, v in rules.items()})


def _problem(action: str, label: str, name: str, to_name: str, code: str) -> str | None:
    if action not in ACTIONS:
        return f"action {action!r} is not one of {', '.join(ACTIONS)}"
    if not label or not name:
        return "label and name are required (label * matches any)"
    if action == "merge" and not to_name:
        return "a merge needs to_name"
    if code and (len(code) != 2 or not code.isalpha()):
        return f"country_code {code!r} is not ISO 3166-1 alpha-2"
    return None
