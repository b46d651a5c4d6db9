"""Warehouse-wide identity: the merge rules (pure) and merges across articles and runs (real flow, DuckDB)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import query, run, write_article
from transforms.identity import KnownEntity, Merge, flattened, person_parts, plan_merges
from transforms.name_forms import variants


def person(key: str, name: str, mentions: int, role: str | None = None) -> KnownEntity:
    return KnownEntity(key, name, "PERSON", mentions, role)


def test_person_parts_ignore_titles_middles_suffixes_and_capitals() -> None:
    forms = ["Joseph R. Biden Jr.", "JOSEPH R. BIDEN JR", "Joseph Biden", "President Joseph R. Biden"]
    assert {person_parts(f) for f in forms} == {("joseph", "biden")}
    assert person_parts("Biden") is None


def test_spellings_and_nicknames_are_one_person_and_a_different_first_name_is_not() -> None:
    people = [
        person("PERSON:joe biden", "Joe Biden", 72),
        person("PERSON:joseph r. biden", "Joseph R. Biden", 66),
        person("PERSON:joseph r. biden jr", "JOSEPH R. BIDEN JR", 9),
        person("PERSON:jill biden", "Jill Biden", 51),
    ]
    merges = plan_merges(people)
    assert {(m.from_key, m.to_key) for m in merges} == {
        ("PERSON:joseph r. biden", "PERSON:joe biden"),
        ("PERSON:joseph r. biden jr", "PERSON:joe biden"),
    }


def test_a_bare_surname_goes_to_the_only_person_or_the_one_its_title_names() -> None:
    only = plan_merges([person("PERSON:naqvi", "Naqvi", 3), person("PERSON:m a naqvi", "Mukhtar Abbas Naqvi", 2)])
    assert [(m.from_key, m.to_key) for m in only] == [("PERSON:naqvi", "PERSON:m a naqvi")]
    two = [
        person("PERSON:joe biden", "Joe Biden", 72, "President"),
        person("PERSON:jill biden", "Jill Biden", 51, "First Lady"),
    ]
    titled = plan_merges([*two, person("PERSON:biden", "Biden", 262, "President")])
    assert [(m.from_key, m.to_key) for m in titled] == [("PERSON:biden", "PERSON:joe biden")]
    assert plan_merges([*two, person("PERSON:biden", "Biden", 5)]) == []  # who? it stays apart


def test_one_name_with_two_labels_of_one_kind_is_one_entity() -> None:
    entities = [
        KnownEntity("ORG:biden-harris administration", "Biden-Harris Administration", "ORG", 40),
        KnownEntity("FAC:biden-harris administration", "Biden-Harris Administration", "FAC", 3),
        KnownEntity("PERSON:jordan", "Jordan", "PERSON", 2),
        KnownEntity("GPE:jordan", "Jordan", "GPE", 9),
    ]
    assert plan_merges(entities) == [
        Merge("FAC:biden-harris administration", "ORG:biden-harris administration", "same name, label FAC → ORG")
    ]


def test_pinned_keys_never_move() -> None:
    people = [person("PERSON:naqvi", "Naqvi", 3), person("PERSON:m a naqvi", "Mukhtar Abbas Naqvi", 2)]
    assert plan_merges(people, pinned=["PERSON:naqvi"]) == []


def test_merge_chains_are_followed_to_their_end_and_cycles_left_out() -> None:
    merges = [Merge("P:dodd", "P:chris dodd", "a"), Merge("P:chris dodd", "P:christopher dodd", "b")]
    assert flattened(merges) == [
        Merge("P:dodd", "P:christopher dodd", "a"),
        Merge("P:chris dodd", "P:christopher dodd", "b"),
    ]
    assert flattened([Merge("P:a", "P:b", "x"), Merge("P:b", "P:a", "y")]) == []


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_a_surname_merged_before_follows_its_person_when_that_person_is_merged(tmp_path: Path) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    write_article(inbox, "a.txt", "date 2024-01-02\nSenator Chris Dodd spoke on Monday.\n")
    write_article(inbox, "b.txt", "date 2024-01-03\nDodd left early.\n")
    run(inbox, db)  # "Dodd" is merged into "Chris Dodd", the only Dodd
    text = "date 2024-01-05\nChristopher Dodd met Christopher Dodd's staff.\n" + "Christopher Dodd agreed.\n" * 2
    write_article(inbox, "c.txt", text)
    write_article(inbox, "d.txt", "date 2024-01-06\nDodd spoke again.\n")
    run(inbox, db)  # "Chris Dodd" now merges into "Christopher Dodd", and "Dodd" with it
    keys = query(db, "select distinct entity_key from fact_entity_mention where surface_text like '%Dodd' order by 1")
    assert keys == [("PERSON:christopher dodd",)]
    assert query(db, "select count(*) from entity_merge where to_key <> 'PERSON:christopher dodd'") == [(0,)]


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_a_later_article_names_the_person_an_earlier_one_called_by_surname(tmp_path: Path) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    write_article(inbox, "a.txt", "date 2024-01-02\nPresident Okonkwo met farmers in Kano on Monday.\n")
    run(inbox, db)
    assert query(db, "select entity_key from fact_entity_mention where surface_text = 'Okonkwo'") == [
        ("PERSON:okonkwo",)
    ]
    write_article(inbox, "b.txt", "date 2024-01-05\nPresident Chidi Okonkwo of Nigeria signed the budget.\n")
    run(inbox, db)
    keys = query(db, "select distinct entity_key from fact_entity_mention where surface_text like '%Okonkwo'")
    assert keys == [("PERSON:chidi okonkwo",)]
    assert query(db, "select from_key, to_key from entity_merge") == [("PERSON:okonkwo", "PERSON:chidi okonkwo")]
    assert query(db, "select count(*) from dim_entity where entity_key = 'PERSON:okonkwo'") == [(0,)]
    aliases = query(db, "select surface_text, mentions from dim_entity_alias where entity_key = 'PERSON:chidi okonkwo'")
    assert sorted(aliases) == [("Chidi Okonkwo", 1), ("Okonkwo", 1)]
    # a third article with the bare surname joins the person at once
    write_article(inbox, "c.txt", "date 2024-01-09\nOkonkwo later flew to Abuja.\n")
    run(inbox, db)
    assert query(
        db, "select count(distinct entity_key) from fact_entity_mention where surface_text like '%Okonkwo'"
    ) == [(1,)]


def test_review_queue_lists_ambiguous_and_similar_names_with_their_alias_line() -> None:
    from transforms.identity import review_queue

    entities = [
        person("PERSON:biden", "Biden", 5),
        person("PERSON:joe biden", "Joe Biden", 72),
        person("PERSON:jill biden", "Jill Biden", 51),
        KnownEntity("ORG:world health organization", "World Health Organization", "ORG", 9),
        KnownEntity("ORG:world health organisation", "World Health Organisation", "ORG", 3),
        KnownEntity("LAW:section 1261", "Section 1261", "LAW", 2),
        KnownEntity("LAW:section 1264", "Section 1264", "LAW", 4),
        KnownEntity("PERSON:covid-19", "COVID-19", "PERSON", 4),
        KnownEntity("ORG:covid-19", "COVID-19", "ORG", 9),
    ]
    lines = {(i.kind, i.suggestion) for i in review_queue(entities)}
    assert lines == {
        ("ambiguous surname", "merge,PERSON,Biden,,Joe Biden,"),
        ("ambiguous surname", "merge,PERSON,Biden,,Jill Biden,"),
        ("similar names", "merge,ORG,World Health Organisation,,World Health Organization,"),
        ("one name, two kinds", "merge,PERSON,COVID-19,ORG,COVID-19,"),
    }


def org(name: str, mentions: int, label: str = "ORG") -> KnownEntity:
    return KnownEntity(f"{label}:{name.casefold()}", name, label, mentions)


def test_a_departments_names_a_country_prefix_a_peoples_plural_and_a_law_under_two_labels_are_one() -> None:
    entities = [
        org("Department of State", 90),
        org("State Department", 52),
        org("Health and Human Services", 99),
        org("Department of Health and Human Services", 77),
        org("U.S. Court of Appeals", 39),
        org("United States Court of Appeals", 42),
        org("Biden-Harris Administration", 300),
        org("Biden Administration", 89),
        org("American", 795, "NORP"),
        org("Americans", 793, "NORP"),
        org("Bipartisan Infrastructure Law", 63),
        org("Bipartisan Infrastructure Law", 51, "LAW"),
        org("North Carolina", 79, "GPE"),
        org("North Carolina Department", 3),
    ]
    assert {(m.from_key, m.to_key) for m in plan_merges(entities)} == {
        ("ORG:state department", "ORG:department of state"),
        ("ORG:health and human services", "ORG:department of health and human services"),
        ("ORG:u.s. court of appeals", "ORG:united states court of appeals"),
        ("ORG:biden administration", "ORG:biden-harris administration"),
        ("NORP:americans", "NORP:american"),
        ("LAW:bipartisan infrastructure law", "ORG:bipartisan infrastructure law"),
    }


def test_a_company_with_and_without_its_legal_form_or_hyphen_is_one() -> None:
    entities = [org("Bank of America", 6), org("Bank of America Corp", 9), org("Ford", 7), org("Ford Motor Co.", 3)]
    entities += [org("Hewlett-Packard", 20), org("Hewlett Packard", 4), org("Barclays", 8), org("Barclays Plc", 2)]
    assert {(m.from_key, m.to_key) for m in plan_merges(entities)} == {
        ("ORG:bank of america", "ORG:bank of america corp"),
        ("ORG:barclays plc", "ORG:barclays"),
        ("ORG:hewlett packard", "ORG:hewlett-packard"),
    }
    assert "hewlett-packard" in variants("Hewlett Packard", "ORG")
    assert "hewlett packard" in variants("Hewlett-Packard", "ORG")
    assert "bank of america corp" in variants("Bank of America", "ORG")
    assert "bank of america" in variants("Bank of America Corp", "ORG")


def test_an_acronym_written_for_a_name_anywhere_is_that_name_everywhere() -> None:
    entities = [org("Federal Emergency Management Agency", 220), org("FEMA", 40), org("DOE", 73), org("AA", 5)]
    evidence = [
        ("ORG:federal emergency management agency", "Federal Emergency Management Agency", "FEMA", 61),
        ("ORG:department of energy", "Department of Energy", "DOE", 10),
        ("ORG:department of education", "Department of Education", "DOE", 6),  # claimed by two: stays apart
        ("ORG:acme", "Acme", "AA", 3),  # not spelled by the name: no evidence
    ]
    assert plan_merges(entities, evidence=evidence) == [
        Merge(
            "ORG:fema",
            "ORG:federal emergency management agency",
            "acronym FEMA written for ORG:federal emergency management agency in the warehouse",
        )
    ]


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_an_acronym_defined_in_one_article_names_the_agency_in_every_article(tmp_path: Path) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    write_article(inbox, "a.txt", "date 2024-01-02\nFEMA sent teams to Ohio on Monday.\n")
    run(inbox, db)
    text = "date 2024-01-05\nThe Federal Emergency Management Agency (FEMA) opened centres. FEMA said so.\n"
    write_article(inbox, "b.txt", text)
    write_article(inbox, "c.txt", "date 2024-01-06\nFema staff arrived in Ohio.\n")
    run(inbox, db)
    keys = query(db, "select distinct entity_key from fact_entity_mention where lower(surface_text) like '%fema%'")
    assert keys == [("ORG:federal emergency management agency",)]
    reason = query(db, "select reason from entity_merge where from_key = 'ORG:fema'")
    assert reason and "acronym" in reason[0][0]
