"""What is no entity and which label a name's head decides (transforms/names.py), and the resolution rules
built on them: possessives, a person after an organisation, courts, citations, acronyms (transforms/resolve.py)."""

from __future__ import annotations

import re

import pytest

from transforms.entities import normalise_entity
from transforms.names import is_no_entity, label_by_head
from transforms.resolve import acronyms, resolve_article


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("National Security Advisor", "ORG"),
        ("General Counsel", "ORG"),
        ("Federal Coordinating Officer for Federal", "ORG"),
        ("Plenipotentiary", "GPE"),
        ("Extraordinary", "PERSON"),
        ("Treasurer", "PERSON"),
        ("Department", "ORG"),
        ("Board of Directors", "ORG"),
        ("Executive Order", "ORG"),
        ("Press", "ORG"),
        ("Southern District", "LOC"),
        ("Dear Madam", "ORG"),
        ("COVID-19", "ORG"),
        ("Treat Long COVID", "PERSON"),
        ("Alaska Native Tribes", "PERSON"),
        ("Tribal", "PERSON"),
        ("Jr", "GPE"),
    ],
)
def test_titles_offices_generic_words_salutations_documents_and_diseases_are_no_entities(name: str, label: str) -> None:
    assert is_no_entity(name, label)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Office of the General Counsel", "ORG"),
        ("National Security Council", "ORG"),
        ("Executive Office of the President", "ORG"),
        ("Federal Government", "ORG"),
        ("Supreme Court", "ORG"),
        ("JOSEPH R. BIDEN JR.", "PERSON"),
        ("A.B. Vajpayee", "PERSON"),
        ("Native", "NORP"),
        ("Congress", "ORG"),
    ],
)
def test_names_are_kept(name: str, label: str) -> None:
    assert not is_no_entity(name, label)


def test_the_head_word_decides_laws_organisations_and_groups_of_states() -> None:
    assert label_by_head("Bipartisan Infrastructure Law", "ORG") == "LAW"
    assert label_by_head("Obama-Biden Administration", "FAC") == "ORG"
    assert label_by_head("Veterans Affairs", "GPE") == "ORG"
    assert label_by_head("G7", "GPE") == "ORG"
    assert label_by_head("Ohio", "GPE") == "GPE"


@pytest.mark.parametrize(
    ("name", "label", "decided"),
    [
        ("University of Bristol", "PERSON", "ORG"),
        ("Forest Plaza Art Gallery", "PERSON", "ORG"),
        ("Washington Times", "PERSON", "ORG"),
        ("Java Sea", "PERSON", "LOC"),
        ("Strait of Singapore", "NORP", "LOC"),
        ("John Bay", "ORG", "ORG"),  # only a "person" or a people is relabelled by a feature's word
        ("Rhode Island", "GPE", "GPE"),
        ("Emily Post", "PERSON", "PERSON"),
    ],
)
def test_a_person_headed_by_a_body_is_an_org_and_by_a_natural_feature_a_loc(
    name: str, label: str, decided: str
) -> None:
    assert label_by_head(name, label) == decided


def _resolve(text: str, mentions: list[tuple[str, str, int, int]]) -> list[tuple[str, str, str]]:
    resolved = resolve_article(text, mentions, normalise_entity, lambda name, label: False)  # type: ignore[arg-type]
    return [(r.canonical, r.label, text[r.start : r.end]) for r in resolved]


def _mention(text: str, surface: str, label: str) -> tuple[str, str, int, int]:
    start = text.index(surface)
    return (normalise_entity(surface), label, start, start + len(surface))


def test_a_person_ends_at_a_possessive_and_an_organisation_before_a_person_the_article_names() -> None:
    text = "Biden’s Global COVID-19 Summit opened. Administrator Ortiz spoke for the "
    text += "Environmental Protection Agency Ortiz."
    mentions = [
        _mention(text, "Biden’s Global COVID-19", "PERSON"),
        _mention(text, "Ortiz", "PERSON"),
        _mention(text, "Environmental Protection Agency Ortiz", "ORG"),
    ]
    assert _resolve(text, mentions) == [
        ("Biden", "PERSON", "Biden"),
        ("Ortiz", "PERSON", "Ortiz"),
        ("Environmental Protection Agency", "ORG", "Environmental Protection Agency"),
        ("Ortiz", "PERSON", "Ortiz"),
    ]


def test_a_title_alone_a_citation_and_a_spokesperson_title_are_no_names() -> None:
    text = "The Press Secretary cited 84 Fed. Reg. 51310, said Spokesperson Emily Horne."
    mentions = [
        _mention(text, "Press Secretary", "PERSON"),
        _mention(text, "Reg", "PERSON"),
        _mention(text, "Spokesperson Emily Horne", "PERSON"),
    ]
    assert _resolve(text, mentions) == [("Emily Horne", "PERSON", "Emily Horne")]


def test_a_court_or_district_name_runs_on_over_its_circuit_or_state() -> None:
    text = "Judge Lee of the United States Court of Appeals for the Fourth Circuit and the Eastern District of "
    text += "Virginia, from 2001."
    mentions = [
        _mention(text, "United States Court of Appeals", "ORG"),
        _mention(text, "Eastern District", "LOC"),
        _mention(text, "Virginia", "GPE"),
    ]
    assert [name for name, _, _ in _resolve(text, mentions)] == [
        "United States Court of Appeals for the Fourth Circuit",
        "Eastern District of Virginia",
    ]


def test_acronyms_spelled_with_function_words_dotted_initials_and_a_final_and() -> None:
    text = (
        "the U.S. Department of Energy (DOE) and the Department of Health and Human Services (HHS) and the "
        "Centers for Disease Control and Prevention (CDC) and the U.S. Department of Agriculture (USDA).\n\n"
        "The Child Tax Credit (CTC)"
    )
    found = acronyms(text)
    assert found["DOE"] == "Department of Energy" and found["HHS"] == "Health and Human Services"
    assert found["CDC"] == "Centers for Disease Control and Prevention"
    assert found["USDA"] == "U.S. Department of Agriculture" and found["CTC"] == "Child Tax Credit"


def test_an_acronym_written_as_a_word_is_the_long_name() -> None:
    text = "The Federal Emergency Management Agency (FEMA) said Fema would help."
    mentions = [_mention(text, "Federal Emergency Management Agency", "ORG"), _mention(text, "Fema", "ORG")]
    assert [name for name, _, _ in _resolve(text, mentions)] == ["Federal Emergency Management Agency"] * 2


def test_a_legal_form_alone_is_no_entity() -> None:
    assert _resolve("International said so.", [("International", "ORG", 0, 13)]) == []
    assert _resolve("LLC said so.", [("LLC", "ORG", 0, 3)]) == []


def test_a_place_run_on_into_a_person_the_article_names_is_cut_before_the_person() -> None:
    text = "Bernie Sanders spoke. Senator from Vermont Bernie Sanders ended his bid."
    mentions = [_mention(text, "Bernie Sanders", "PERSON"), ("Vermont Bernie Sanders", "ORG", 35, 57)]
    resolved = resolve_article(text, mentions, normalise_entity, lambda name, label: name == "Vermont")
    assert [(r.canonical, r.label, text[r.start : r.end]) for r in resolved] == [
        ("Bernie Sanders", "PERSON", "Bernie Sanders"),
        ("Vermont", "GPE", "Vermont"),
        ("Bernie Sanders", "PERSON", "Bernie Sanders"),
    ]


def test_a_person_after_the_rest_of_an_office_starts_at_the_given_name() -> None:
    text = "Chief of Staff Andrew Card and Secretary of State for Defence John Reid met Hugh Chapman."
    mentions = [
        _mention(text, "Staff Andrew Card", "PERSON"),
        _mention(text, "Defence John Reid", "PERSON"),
        _mention(text, "Hugh Chapman", "PERSON"),
    ]
    assert [name for name, _, _ in _resolve(text, mentions)] == ["Andrew Card", "John Reid", "Hugh Chapman"]


def test_a_currency_code_beside_a_number_is_no_entity() -> None:
    text = "Goods worth 50,000,000 CZK were seized; GBP 4.85 paid. The CZK fell."
    mentions = sorted(
        ((c, "ORG", m.start(), m.end()) for c in ("CZK", "GBP") for m in re.finditer(c, text)), key=lambda m: m[2]
    )
    assert [surface for _, _, surface in _resolve(text, mentions)] == ["CZK"]


def test_a_short_company_name_and_an_undefined_acronym_are_the_full_name() -> None:
    text = "GM and M&S gain. Borel rose. General Motors, Marks & Spencer and Borel Finance Group, not Acme, agreed."
    mentions = [
        _mention(text, "GM", "ORG"),
        _mention(text, "M&S", "ORG"),
        _mention(text, "Borel", "PERSON"),
        _mention(text, "General Motors", "ORG"),
        _mention(text, "Marks & Spencer", "ORG"),
        _mention(text, "Borel Finance Group", "ORG"),
        _mention(text, "Acme", "ORG"),
    ]
    assert [(name, label) for name, label, _ in _resolve(text, mentions)][:3] == [
        ("General Motors", "ORG"),
        ("Marks & Spencer", "ORG"),
        ("Borel Finance Group", "ORG"),
    ]


def test_an_acronym_two_organisations_spell_stays_itself() -> None:
    text = "GM said. General Motors and Global Media agreed."
    mentions = [
        _mention(text, "GM", "ORG"),
        _mention(text, "General Motors", "ORG"),
        _mention(text, "Global Media", "ORG"),
    ]
    assert _resolve(text, mentions)[0][0] == "GM"


def test_a_headline_acronym_of_first_letters_is_the_full_name() -> None:
    text = "ACM pays $2bn\n\nAcme Motor Corporation said. AMS and Acme Media Systems did not. ACM agreed."
    mentions = [
        _mention(text, "ACM", "ORG"),
        _mention(text, "Acme Motor Corporation", "ORG"),
        _mention(text, "AMS", "ORG"),
        _mention(text, "Acme Media Systems", "ORG"),
    ]
    assert [name for name, _, _ in _resolve(text, mentions)] == [
        "Acme Motor Corporation",
        "Acme Motor Corporation",
        "Acme Media Systems",  # spelled by initials
        "Acme Media Systems",
    ]
    text = "ACM said. Acme Motors and Acme Media agreed."  # two it abbreviates: it stays itself
    mentions = [_mention(text, "ACM", "ORG"), _mention(text, "Acme Motors", "ORG"), _mention(text, "Acme Media", "ORG")]
    assert _resolve(text, mentions)[0][0] == "ACM"


def test_a_ticker_after_the_name_it_spells_is_not_the_name() -> None:
    text = "General Motors GM rose, and so did Blackwater USA."
    mentions = [_mention(text, "General Motors GM", "ORG"), _mention(text, "Blackwater USA", "ORG")]
    assert _resolve(text, mentions) == [
        ("General Motors", "ORG", "General Motors"),
        ("Blackwater USA", "ORG", "Blackwater USA"),
    ]


def test_a_headline_name_and_a_lone_person_word_take_the_label_the_body_gives() -> None:
    text = "Wellington cable car opens\n\nNokia and Wellington agreed. Nokia said Wellington would. Nokia rose."
    mentions = [
        ("Wellington", "ORG", 0, 10),
        ("Nokia", "ORG", 28, 33),
        ("Wellington", "GPE", 38, 48),
        ("Nokia", "GPE", 57, 62),
        ("Wellington", "PERSON", 68, 78),
        ("Nokia", "ORG", 86, 91),
    ]
    assert [text[s:e] for _, _, s, e in mentions] == ["Wellington", "Nokia"] * 3
    # the body's readings of one word are equally reliable: each keeps its own, a lone "person" too when as
    # many of them read it as a person
    assert [label for _, label, _ in _resolve(text, mentions)] == ["GPE", "ORG", "GPE", "GPE", "PERSON", "ORG"]


def test_a_titled_or_mostly_personal_surname_stays_a_person() -> None:
    text = "Talks\n\nPresident Biden spoke. Biden left. Biden agreed. Biden and Ames met. Ames rose. Ames fell."
    ames = [i for i in range(len(text)) if text.startswith("Ames", i)]
    at = [text.index("President Biden"), text.index("Biden left"), *ames]
    mentions = [
        ("President Biden", "PERSON", at[0], at[0] + 15),
        ("Biden", "ORG", at[1], at[1] + 5),
        ("Ames", "PERSON", at[2], at[2] + 4),
        ("Ames", "GPE", at[3], at[3] + 4),
        ("Ames", "GPE", at[4], at[4] + 4),
    ]
    assert [(name, label) for name, label, _ in _resolve(text, mentions)] == [
        ("Biden", "PERSON"),
        ("Biden", "ORG"),
        ("Ames", "GPE"),
        ("Ames", "GPE"),
        ("Ames", "GPE"),
    ]


def test_a_known_place_is_never_voted_a_person() -> None:
    text = "Malawi drought\n\nMalawi said. Malawi agreed."
    mentions = [("Malawi", "ORG", 0, 6), ("Malawi", "PERSON", 16, 22), ("Malawi", "PERSON", 29, 35)]
    resolved = resolve_article(text, mentions, normalise_entity, lambda name, label: name == "Malawi")
    assert [r.label for r in resolved] == ["ORG", "PERSON", "PERSON"]


def test_a_brand_heading_other_names_or_an_acronym_is_not_its_subsidiary() -> None:
    text = "BBC said. BBC Resources Ltd and BBC Television Centre. Sony rose. Sony Entertainment and Sony Music."
    mentions = [
        _mention(text, "BBC", "ORG"),
        _mention(text, "BBC Resources Ltd", "ORG"),
        _mention(text, "BBC Television Centre", "ORG"),
        _mention(text, "Sony", "ORG"),
        _mention(text, "Sony Entertainment", "ORG"),
        _mention(text, "Sony Music", "ORG"),
    ]
    assert [name for name, _, _ in _resolve(text, mentions)][0::3] == ["BBC", "Sony"]


def test_a_time_zone_is_no_entity_and_a_personal_title_makes_a_person() -> None:
    assert is_no_entity("UTC", "ORG") and is_no_entity("EDT", "GPE")
    text = "Environment Agency chief executive Baroness Young called."
    assert _resolve(text, [_mention(text, "Baroness Young", "ORG")]) == [("Young", "PERSON", "Young")]


def test_a_word_that_ends_an_office_before_a_full_name_is_the_role() -> None:
    text = "said Google Product Manager Nick Radicevic and Miss Clark; Helen Clark agreed."
    mentions = [
        _mention(text, "Google Product Manager Nick Radicevic", "PERSON"),
        _mention(text, "Miss Clark", "PERSON"),
        _mention(text, "Helen Clark", "PERSON"),
    ]
    assert [(name, surface) for name, _, surface in _resolve(text, mentions)] == [
        ("Nick Radicevic", "Nick Radicevic"),
        ("Helen Clark", "Clark"),
        ("Helen Clark", "Helen Clark"),
    ]


def test_a_trade_word_ends_a_company_and_a_societys_word_a_body_and_no_letters_no_name() -> None:
    text = "Desire Petroleum and the Steamship Historical Society of America; Liberal Democrat David Steel; +1."
    mentions = [
        _mention(text, "Desire Petroleum", "PERSON"),
        _mention(text, "Steamship Historical Society of America", "LOC"),
        _mention(text, "David Steel", "PERSON"),
        _mention(text, "1", "ORG"),
    ]
    assert [label for _, label, _ in _resolve(text, mentions)] == ["ORG", "ORG", "PERSON"]
    assert label_by_head("West Bank", "GPE") == "GPE" and label_by_head("Soviet Union", "GPE") == "GPE"


def test_an_ampersand_acronym_spells_and() -> None:
    found = acronyms("Marks and Spencer (M&S) and Pacific Gas and Electric (PG&E) said.")
    assert found["M&S"] == "Marks and Spencer" and found["PG&E"] == "Pacific Gas and Electric"
