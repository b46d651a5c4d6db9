"""One-word names and acronyms found once are mentions wherever else the article writes them (transforms/repeats.py)."""

from __future__ import annotations

from tests.raw_mentions import mention_at
from transforms.names import is_no_entity
from transforms.repeats import with_repeated_words
from transforms.resolve import RawMention, resolve_article


def _added(text: str, mentions: list[RawMention], common: frozenset[str] = frozenset()) -> list[str]:
    found = with_repeated_words(text, mentions, common)
    return [f"{m.canonical}/{m.label}@{m.start}" for m in found if m not in mentions]


def test_a_surname_is_a_mention_wherever_the_article_writes_it_alone() -> None:
    text = "John Hickenlooper ended his campaign. Hickenlooper said he would run for the Senate."
    assert _added(text, [mention_at(text, "John Hickenlooper", "PERSON")]) == [
        f"Hickenlooper/PERSON@{text.index('Hickenlooper said')}"
    ]


def test_a_one_word_company_or_place_repeats_with_its_label() -> None:
    text = "Ryanair carried 2.9 million passengers. Analysts said Ryanair would grow."
    assert _added(text, [mention_at(text, "Ryanair", "ORG")]) == [f"Ryanair/ORG@{text.rindex('Ryanair')}"]


def test_a_company_without_its_suffix_and_a_defined_acronym_repeat() -> None:
    text = (
        "SkyCabs International is based in Auckland. The Cycling Promotion Fund (CPF) agrees. SkyCabs and the CPF met."
    )
    mentions = [mention_at(text, "SkyCabs International", "ORG"), mention_at(text, "Cycling Promotion Fund", "ORG")]
    added = _added(text, mentions)
    assert f"SkyCabs/ORG@{text.rindex('SkyCabs')}" in added and f"CPF/ORG@{text.rindex('CPF')}" in added


def test_no_repeat_of_a_one_word_person_a_common_word_a_currency_code_or_inside_a_longer_name() -> None:
    text = "Adidas rose. Adidas fell. Dan Rather spoke; Rather left. AUD 5 and AUD 6. Wellington Airport; Wellington."
    mentions = [
        mention_at(text, "Adidas", "PERSON"),  # a one-word "person" is as often a company
        mention_at(text, "Dan Rather", "PERSON"),  # "rather" is a common word
        mention_at(text, "AUD", "ORG"),
        mention_at(text, "Wellington", "GPE", 1),
    ]
    assert _added(text, mentions, frozenset({"rather"})) == []  # "Wellington Airport" is another name


def test_no_repeat_where_the_article_writes_the_word_in_lower_case_or_in_an_address() -> None:
    text = "Bush spoke near a bush. FEMA said so; write to news@FEMA.DHS.GOV."
    mentions = [mention_at(text, "Bush", "ORG"), mention_at(text, "FEMA", "ORG")]
    assert _added(text, mentions) == []


def test_the_repeated_surname_resolves_to_the_person() -> None:
    text = "Louis Gallois spoke. Although Gallois hoped for attrition, the unions were displeased."
    mentions = with_repeated_words(text, [mention_at(text, "Louis Gallois", "PERSON")], frozenset())
    resolved = resolve_article(text, mentions, str, lambda _name, _label: False)
    assert [(r.canonical, text[r.start : r.end]) for r in resolved] == [
        ("Louis Gallois", "Louis Gallois"),
        ("Louis Gallois", "Gallois"),
    ]


def test_a_name_starting_with_a_lower_case_word_is_none_unless_a_particle_or_a_brand() -> None:
    assert is_no_entity("senate", "ORG") and is_no_entity("south east", "LOC")
    assert is_no_entity("council and Government", "ORG")
    assert not is_no_entity("de Gaulle", "PERSON") and not is_no_entity("eBay", "ORG")
    assert not is_no_entity("25th Infantry Division", "ORG")


def test_a_compass_word_before_a_place_is_not_part_of_it() -> None:
    text = "The strike hit the BBC Television Centre in west London on Monday."
    start = text.index("west London")
    resolved = resolve_article(text, [RawMention("west London", "GPE", start, start + 11)], str, lambda *_: False)
    assert [(r.canonical, text[r.start : r.end]) for r in resolved] == [("London", "London")]
