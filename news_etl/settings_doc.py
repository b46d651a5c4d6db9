"""The settings described for people, from their declaration in `news_etl.config`: the README's table and
the command line's help. `python -m news_etl.settings_doc README.md` rewrites the README's table."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from news_etl.config import Settings, accepted, env_name, kind

TABLE_START = "<!-- settings-table:start -->"
TABLE_END = "<!-- settings-table:end -->"


def _prose_default(name: str) -> str | None:
    """The words a setting declares for a default that is not one value (`cores, at most 2`)."""
    extra = Settings.model_fields[name].json_schema_extra
    return str(extra["shown_default"]) if isinstance(extra, dict) and "shown_default" in extra else None


def shown_default(name: str) -> str:
    """A setting's default as people read it: `senter,ner`, `data/inbox`, `cores, at most 2`."""
    prose = _prose_default(name)
    if prose is not None:
        return prose
    value: Any = Settings.model_fields[name].get_default(call_default_factory=True)
    if isinstance(value, tuple):
        return ",".join(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def settings_table() -> str:
    """The Markdown table of every setting, in declaration order."""
    lines = [
        "| setting | environment variable | type | default | accepted | meaning |",
        "|---|---|---|---|---|---|",
    ]
    for name, info in Settings.model_fields.items():
        cells = (
            f"`{name}`",
            f"`{env_name(name)}`",
            kind(name),
            _prose_default(name) or f"`{shown_default(name)}`",
            accepted(name) or "any",
            info.description or "",
        )
        lines.append("| " + " | ".join(map(_cell, cells)) + " |")
    return "\n".join(lines)


def with_table(readme: str) -> str:
    """`readme` with the text between the settings-table markers replaced by the current table."""
    head, start, rest = readme.partition(TABLE_START)
    _, end, tail = rest.partition(TABLE_END)
    if not (start and end):
        raise ValueError(f"the README has no {TABLE_START} … {TABLE_END} block")
    return f"{head}{TABLE_START}\n{settings_table()}\n{TABLE_END}{tail}"


def flag_help(name: str, what: str | None = None) -> str:
    """A command-line flag's help: its meaning (or `what`), the setting it overrides and that setting's default."""
    return f"{what or Settings.model_fields[name].description} (setting {name}, default {shown_default(name)})"


if __name__ == "__main__":
    readme = Path(sys.argv[1])
    readme.write_text(with_table(readme.read_text(encoding="utf-8")), encoding="utf-8")
