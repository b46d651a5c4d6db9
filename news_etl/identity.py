"""Warehouse-wide identity at load time: after a batch's rows are in, merge the keys that name one entity.

The rules are `transforms/identity.py`'s; this module feeds them the entities a batch may concern (same names,
people of the same surnames) and applies their answer with `sql/run/merge_entities.sql`, inside the batch's
transaction. A key merged before is merged again wherever a new article brings it back.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import duckdb
import pyarrow as pa

from transforms.aliases import EntityAliases
from transforms.identity import KnownEntity, Merge, flattened, person_parts, plan_merges
from transforms.name_forms import variants

#: The acronym evidence query (`sql["acronyms"]` overrides it).
_ACRONYMS_SQL = files("news_etl.sql").joinpath("run/identity_acronyms.sql")
MERGE_SCHEMA = pa.schema([("from_key", pa.string()), ("to_key", pa.string()), ("reason", pa.string())])


def merge_batch_entities(
    con: duckdb.DuckDBPyConnection,
    entities: list[tuple[str, str]],
    aliases: EntityAliases | None,
    sql: dict[str, str],
) -> list[Merge]:
    """Plan and apply the merges the batch's (name, label) `entities` call for; `sql` holds the statements
    (`candidates`, `merge`, and optionally `acronyms`)."""
    if not entities:
        return []
    names = set().union(*(variants(n, label) for n, label in entities))
    surnames = set()
    for name, label in entities:
        if label == "PERSON":
            parts = person_parts(name)
            surnames.add(parts[1] if parts else name.casefold())
    evidence = _rows(con, sql.get("acronyms") or _ACRONYMS_SQL.read_text(encoding="utf-8"), names, surnames)
    # the entities named by an acronym written for a batch entity, and those an acronym of the batch names
    names |= {surface.replace(".", "").casefold() for _, _, surface, _ in evidence}
    names |= {surface.casefold() for _, _, surface, _ in evidence} | {name.casefold() for _, name, _, _ in evidence}
    rows = _rows(con, sql["candidates"], names, surnames)
    known = [KnownEntity(key, name, label, mentions, role) for key, name, label, mentions, role in rows]
    recorded = {
        key: Merge(key, to_key, reason)
        for key, to_key, reason in con.execute(
            "SELECT from_key, to_key, reason FROM entity_merge WHERE from_key IN (SELECT unnest($keys))",
            {"keys": [k.key for k in known]},
        ).fetchall()
    }
    again = [recorded[k.key] for k in known if k.key in recorded]
    rules = aliases if aliases is not None else EntityAliases()
    pinned = [k.key for k in known if (rule := rules.lookup(k.name, k.label)) is not None and rule.action == "keep"]
    # a key merged before may now be a planned merge's target: follow every chain to its end
    merges = flattened(again + plan_merges([k for k in known if k.key not in recorded], pinned, evidence))
    if merges:
        con.register("stg_entity_merge", pa.Table.from_pylist([m.__dict__ for m in merges], schema=MERGE_SCHEMA))
        try:
            con.execute(sql["merge"])
        finally:
            con.unregister("stg_entity_merge")
    return merges


def _rows(con: duckdb.DuckDBPyConnection, query: str, names: set[str], surnames: set[str]) -> list[Any]:
    """Run one candidates query with the batch's names and surnames registered."""
    con.register("stg_identity_name", pa.table({"name": pa.array(sorted(names), pa.string())}))
    con.register("stg_identity_surname", pa.table({"surname": pa.array(sorted(surnames), pa.string())}))
    try:
        return con.execute(query).fetchall()
    finally:
        con.unregister("stg_identity_name")
        con.unregister("stg_identity_surname")
