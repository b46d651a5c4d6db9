"""The curated alias file: parsing, its checks, and that its rules win over the heuristics."""

from __future__ import annotations

import os
from pathlib import Path

import pycountry
import pytest

from transforms.aliases import DEFAULT_ALIASES_FILE, AliasFileError, EntityAliases, load_aliases
from transforms.articles import Article
from transforms.entities import normalise_entity
from transforms.extract import extract_articles
from transforms.places import country_spellings
from transforms.records import ArticleExtraction
from transforms.resolve import resolve_article

HEADER = "action,label,name,to_label,to_name,country_code\n"


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "aliases.csv"
    path.write_text("# a comment\n" + HEADER + body, encoding="utf-8")
    return path


def test_shipped_file_loads() -> None:
    aliases = load_aliases(DEFAULT_ALIASES_FILE)
    assert len(aliases) > 20
    rule = aliases.lookup("Wfp", "ORG")
    assert rule is not None and (rule.action, rule.to_name) == ("merge", "World Food Programme")
    assert aliases.lookup("WFP", "PERSON") is None


def test_shipped_file_spells_no_country() -> None:
    """Country spellings live in data/country_aliases.csv (transforms/places.py), never twice."""
    aliases = load_aliases(DEFAULT_ALIASES_FILE)
    spellings = set().union(*(country_spellings(country.alpha_2) for country in pycountry.countries))
    assert {"U.S.", "DPRK", "Britain", "Republic of Korea"} <= spellings
    merged = [name for name in spellings if (rule := aliases.lookup(name, "GPE")) and rule.action == "merge"]
    assert merged == []


def test_label_specific_rule_wins_over_any_label(tmp_path: Path) -> None:
    aliases = load_aliases(write(tmp_path, "drop,*,Apple,,,\nkeep,ORG,Apple,,,\n"))
    assert aliases.lookup("APPLE", "ORG").action == "keep"
    assert aliases.lookup("Apple", "PRODUCT").action == "drop"


def test_a_lower_case_word_is_not_a_capitalised_name(tmp_path: Path) -> None:
    """ "fed cattle" and "Fed inspection" are not the Federal Reserve's "Fed"; "FED" and "Fed" are."""
    aliases = load_aliases(write(tmp_path, "merge,ORG,Fed,,Federal Reserve,\ndrop,*,wind unit,,,\n"))
    assert [aliases.lookup(n, "ORG") is not None for n in ("Fed", "FED", "fed")] == [True, True, False]
    assert aliases.lookup("wind unit", "ORG") is not None  # a rule written in lower case matches it


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("rename,ORG,X,,Y,\n", "action 'rename' is not one of merge, keep, drop"),
        ("merge,ORG,X,,,\n", "a merge needs to_name"),
        ("merge,,X,,Y,\n", "label and name are required"),
        ("merge,GPE,X,,Y,USA\n", "country_code 'USA' is not ISO 3166-1 alpha-2"),
        ("merge,ORG,X,,Y,\nmerge,ORG,x,,Z,\n", "a second rule for ORG,x"),
        ("merge,ORG,X,,Y,,extra\n", "7 fields, expected at most 6"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(AliasFileError) as caught:
        load_aliases(path)
    assert str(caught.value).startswith(f"{path}:")
    assert message in str(caught.value)
    assert ":3:" in str(caught.value) or ":4:" in str(caught.value)  # the line number in the file


def test_missing_header_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("merge,ORG,X,,Y,\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match="header"):
        load_aliases(path)
    with pytest.raises(AliasFileError, match="cannot read"):
        load_aliases(tmp_path / "absent.csv")
    assert len(load_aliases(None)) == 0


def test_rules_win_over_heuristics(tmp_path: Path) -> None:
    text = "Michael Jordan met the DPRK envoy. Jordan said the Supreme Leader agreed. UN staff came."
    mentions = [
        ("Michael Jordan", "PERSON", 0, 14),
        ("DPRK", "GPE", 23, 27),
        ("Jordan", "GPE", 35, 41),
        ("Supreme Leader", "ORG", 51, 65),
        ("UN", "ORG", 74, 76),
    ]
    no_rules = resolve_article(text, mentions, normalise_entity, lambda name, label: False)
    assert [r.canonical for r in no_rules] == ["Michael Jordan", "DPRK", "Michael Jordan", "Supreme Leader", "UN"]
    aliases = load_aliases(
        write(
            tmp_path,
            "merge,GPE,DPRK,,North Korea,KP\nkeep,GPE,Jordan,,,\ndrop,*,Supreme Leader,,,\n"
            "merge,ORG,UN,,United Nations,\n",
        )
    )
    resolved = resolve_article(text, mentions, normalise_entity, lambda name, label: False, aliases)
    assert [(r.canonical, r.label, r.country_code) for r in resolved] == [
        ("Michael Jordan", "PERSON", None),
        ("North Korea", "GPE", "KP"),
        ("Jordan", "GPE", None),  # kept: not read as Michael Jordan's surname
        ("United Nations", "ORG", None),
    ]


def test_in_article_acronym_comes_before_the_file(nlp, seed_article: Article, tmp_path: Path) -> None:
    """The seed defines "MEA" itself; a rule merging a bare "MEA" elsewhere must not split it."""
    aliases = load_aliases(write(tmp_path, "merge,ORG,MEA,,Ministry of Magic,\nmerge,GPE,New Delhi,,Delhi,IN\n"))
    (result,) = extract_articles(nlp, [seed_article], aliases=aliases)
    assert isinstance(result, ArticleExtraction)
    assert {e.canonical for e in result.entities if e.text == "MEA"} == {"Ministry of External Affairs"}
    delhi = {(e.canonical, e.key, e.country_code) for e in result.entities if e.text.startswith("New Delhi")}
    assert delhi == {("Delhi", "GPE:delhi", "IN")}


def test_empty_rules_change_nothing() -> None:
    assert EntityAliases().lookup("anything", "ORG") is None


def test_an_edited_alias_file_is_read_again(tmp_path: Path) -> None:
    """A served deployment's next run sees an edit of the alias file without a restart."""
    from news_etl.pipeline import aliases_for

    path = tmp_path / "aliases.csv"
    path.write_text("action,label,name,to_label,to_name,country_code\ndrop,*,Nominee,,,\n", encoding="utf-8")
    before = aliases_for(path)
    assert aliases_for(path) is before  # unchanged: not read again
    path.write_text(
        "action,label,name,to_label,to_name,country_code\ndrop,*,Nominee,,,\nmerge,ORG,Fed,,Federal Reserve,\n",
        encoding="utf-8",
    )
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    after = aliases_for(path)
    assert (len(before), len(after)) == (1, 2)
    assert after.lookup("Fed", "ORG") is not None
