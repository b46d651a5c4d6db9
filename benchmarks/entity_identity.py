"""Who is who across the warehouse, on real press releases: the acceptance checks of warehouse-wide identity.

    .venv/bin/python -m benchmarks.entity_identity [--db FILE]

Loads the first 200 articles of `../shared/corpus/articles` plus `01575.txt` into a fresh warehouse with
`news-etl run` (or reads `--db`), then reports: how many of Joe Biden's spelled mentions land in one entity
and which; whether Jill Biden is apart; the entities of "U.S.", "United States", "the United States"; the
country code of four US states; junk entities that survive; what "Africa" became.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "articles"
BIDEN_FORMS = ("biden", "joe biden", "joseph r. biden", "joseph r. biden jr.", "joseph r. biden jr", "president biden")
JUNK = ("Administration", "Nominee", "Year &", "AI", "B.A", "J.D")


def build(db: Path) -> None:
    inbox = db.parent / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    sources = [*sorted(CORPUS.glob("*.txt"))[:200], CORPUS / "01575.txt"]
    old = time.time() - 60
    for source in sources:
        target = Path(shutil.copy(source, inbox))
        os.utime(target, (old, old))
    command = [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)]
    subprocess.run(command, check=True, capture_output=True)


def report(con: duckdb.DuckDBPyConnection) -> list[list[str]]:
    """Print the checks; each as (check, result)."""
    forms = ", ".join(f"'{f}'" for f in BIDEN_FORMS)
    rows = con.execute(
        f"""
        select e.canonical_name, e.label, count(*) as n
        from fact_entity_mention m join dim_entity e using (entity_key)
        where lower(trim(m.surface_text)) in ({forms}) and m.label = 'PERSON'
           or lower(coalesce(m.role, '') || ' ' || m.surface_text) in ({forms})
        group by all order by n desc
        """
    ).fetchall()
    total = sum(n for *_, n in rows)
    print(f"Joe Biden's spellings: {total} mentions in {len(rows)} entities; top {rows[:4]}")
    share = f", {rows[0][2] / total:.1%} in the largest ({rows[0][0]})" if total else ""
    if total:
        print(f"  share in the largest: {rows[0][2] / total:.3f}")
    checks = [["Joe Biden's spellings", f"{total} mentions in {len(rows)} entities{share}"]]
    jill = con.execute(
        "select canonical_name, entity_key from dim_entity where canonical_name ilike '%jill%biden%'"
    ).fetchall()
    print(f"Jill Biden: {jill}")
    checks.append(["Jill Biden", str(jill)])
    us = con.execute(
        "select distinct lower(m.surface_text), e.entity_key, e.country_code from fact_entity_mention m "
        "join dim_entity e using (entity_key) "
        "where lower(m.surface_text) in ('u.s.', 'united states', 'the united states') order by 1"
    ).fetchall()
    print(f"U.S. forms: {us}")
    checks.append(['"U.S.", "United States", "the United States"', str(us)])
    states = con.execute(
        "select canonical_name, label, country_code from dim_entity "
        "where canonical_name in ('Texas', 'California', 'Ohio', 'Florida') order by 1"
    ).fetchall()
    print(f"States: {states}")
    checks.append(["Texas, California, Ohio, Florida", str(states)])
    junk = con.execute(
        "select e.canonical_name, e.label, count(*) from fact_entity_mention join dim_entity e using (entity_key) "
        f"where canonical_name in ({', '.join(repr(j) for j in JUNK)}) group by all order by 3 desc"
    ).fetchall()
    print(f"Junk left: {junk}")
    checks.append([f"Junk left ({', '.join(JUNK)})", str(junk) if junk else "none"])
    africa = con.execute(
        "select e.canonical_name, e.label, count(*) from fact_entity_mention m join dim_entity e using (entity_key) "
        "join dim_article a using (article_id) where a.path = '01575.txt' and m.surface_text = 'Africa' group by all"
    ).fetchall()
    print(f"'Africa' in 01575.txt: {africa}")
    checks.append(['"Africa" in 01575.txt', str(africa)])
    places = con.execute(
        "select count(*), count(country_code) from dim_entity where label in ('GPE', 'LOC')"
    ).fetchone()
    print(f"Places with a country code: {places[1]} of {places[0]}")
    checks.append(["Places with a country code", f"{places[1]} of {places[0]}"])
    return checks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="report on this warehouse instead of building one")
    add_record_options(parser)
    args = parser.parse_args()
    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp()) / "warehouse.duckdb"
        started = time.perf_counter()
        build(db)
        print(f"built {db} in {time.perf_counter() - started:.0f}s")
    con = duckdb.connect(str(db), read_only=True)
    try:
        checks = report(con)
    finally:
        con.close()
    note = "The first 200 corpus articles plus 01575.txt: the acceptance checks of warehouse-wide identity."
    record("entity_identity", "entity_identity", sys.argv[1:], ["check", "result"], checks, args, note)


if __name__ == "__main__":
    main()
