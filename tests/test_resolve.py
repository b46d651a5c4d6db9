"""Entity resolution within an article: the seed's hard cases, and the rules on small texts."""

from __future__ import annotations

import datetime as dt

from transforms.articles import Article
from transforms.entities import normalise_entity
from transforms.extract import extract_articles
from transforms.records import ArticleExtraction
from transforms.resolve import acronyms, amount_cut, resolve_article, split_role


def test_acronyms_both_ways() -> None:
    text = "a request from the World Health Organisation (WHO), said the MEA. The WTO (World Trade Organization) met."
    found = acronyms(text)
    assert found["WHO"] == "World Health Organisation"
    assert found["WTO"] == "World Trade Organization"
    assert "MEA" not in found


def test_split_role() -> None:
    assert split_role("Prime Minister A B Vajpayee") == ("A B Vajpayee", "Prime Minister")
    assert split_role("President Moon Jae-in") == ("Moon Jae-in", "President")
    assert split_role("President") == ("President", None)


def test_short_names_and_repairs() -> None:
    text = "Mukhtar Abbas Naqvi met Jordan officials. Naqvi said so. Jordan agreed."
    mentions = [
        ("Abbas Naqvi", "PERSON", 8, 19),
        ("Jordan", "GPE", 24, 30),
        ("Naqvi", "GPE", 42, 47),
        ("Jordan", "PERSON", 57, 63),
    ]
    resolved = resolve_article(text, mentions, normalise_entity, lambda name, label: name == "Jordan")
    assert [(r.canonical, r.label, r.start) for r in resolved] == [
        ("Mukhtar Abbas Naqvi", "PERSON", 0),
        ("Jordan", "GPE", 24),
        ("Mukhtar Abbas Naqvi", "PERSON", 42),  # a mislabelled surname resolves to the person
        ("Jordan", "PERSON", 57),
    ]


def test_seed_article_resolution(seed_extraction: ArticleExtraction) -> None:
    result = seed_extraction
    by_text = {(e.text, e.start): e for e in result.entities}
    canon = {text: e.canonical for (text, _), e in by_text.items()}
    assert canon["MEA"] == "Ministry of External Affairs"
    assert canon["Naqvi"] == "Mukhtar Abbas Naqvi"
    assert canon["Khan"] == "Abdul Qadeer Khan"
    moon = next(e for e in result.entities if "Moon" in e.text)
    assert (moon.canonical, moon.role) == ("Moon Jae-in", "President")
    assert "State for External Affairs" not in {e.canonical for e in result.entities}
    keys = {e.key for e in result.entities if e.canonical == "Ministry of External Affairs"}
    assert keys == {"ORG:ministry of external affairs"}


def test_initials_and_surname_is_a_person() -> None:
    text = "V K Singh visited. Prime Minister A.B. Vajpayee agreed. The U S Army and U.K. Treasury did not. Singh left."
    resolved = resolve_article(text, [("Singh", "GPE", 100, 105)], normalise_entity, lambda name, label: False)
    assert [(r.canonical, r.label, r.role) for r in resolved] == [
        ("V K Singh", "PERSON", None),
        ("A.B. Vajpayee", "PERSON", "Prime Minister"),
        ("V K Singh", "PERSON", None),  # the model's "Singh" place resolves to the person
    ]


def test_initials_never_override_a_model_entity() -> None:
    text = "J K Rowling Ltd paid."
    resolved = resolve_article(text, [("J K Rowling Ltd", "ORG", 0, 15)], normalise_entity, lambda name, label: False)
    assert [(r.canonical, r.label) for r in resolved] == [("J K Rowling Ltd", "ORG")]


def test_role_with_office_qualifier_and_particle_names() -> None:
    assert split_role("Commission President Ursula von der Leyen") == ("Ursula von der Leyen", "Commission President")
    assert split_role("Former Vice President Joe Biden") == ("Joe Biden", "Former Vice President")
    assert split_role("Abdul Qadeer Khan") == ("Abdul Qadeer Khan", None)
    text = "Commission President Ursula von der Leyen said Italy gets most."
    resolved = resolve_article(
        text,
        [("Ursula von der", "PERSON", 21, 35), ("Leyen", "GPE", 36, 41), ("Italy", "GPE", 47, 52)],
        normalise_entity,
        lambda name, label: name == "Italy",
    )
    assert [(r.canonical, r.label, r.role, r.start, r.end) for r in resolved] == [
        ("Ursula von der Leyen", "PERSON", "Commission President", 21, 41),
        ("Italy", "GPE", None, 47, 52),
    ]


def test_seed_initials_names_and_singh(seed_extraction: ArticleExtraction) -> None:
    result = seed_extraction
    found = [
        (e.text, e.canonical, e.label, e.role) for e in result.entities if "Singh" in e.text or "Vajpayee" in e.text
    ]
    assert found == [
        ("V K Singh", "V K Singh", "PERSON", None),
        ("A B Vajpayee", "A B Vajpayee", "PERSON", "Prime Minister"),  # the span is the name, not the title
        ("Singh", "V K Singh", "PERSON", None),
    ]


def test_company_without_its_suffix_is_the_company() -> None:
    text = "Microsoft will buy Ridgeline Labs. Ridgeline was founded in Seattle."
    mentions = [
        ("Microsoft", "ORG", 0, 9),
        ("Ridgeline Labs", "PERSON", 19, 33),  # the sm model's label
        ("Ridgeline", "GPE", 35, 44),
        ("Seattle", "GPE", 60, 67),
    ]
    resolved = resolve_article(text, mentions, normalise_entity, lambda name, label: name == "Seattle")
    assert [(r.canonical, r.label) for r in resolved] == [
        ("Microsoft", "ORG"),
        ("Ridgeline Labs", "ORG"),
        ("Ridgeline Labs", "ORG"),
        ("Seattle", "GPE"),
    ]


def test_an_amount_the_model_read_into_a_name_is_cut_off() -> None:
    text = "The council paid Serco £200m and Acme US$5m; the offer was 450p."
    assert text[17 : amount_cut(text, 17, 27)] == "Serco"
    assert text[33 : amount_cut(text, 33, 41)] == "Acme"  # cut at the sign, the digits outside the span
    assert text[33 : amount_cut(text, 33, 42)] == "Acme"
    assert amount_cut(text, 59, 63) == 59  # "450p" alone: no name
    assert amount_cut(text, 4, 11) == 11


def test_spans_cover_the_name_without_determiner_possessive_or_score() -> None:
    text = "the United States and NATO 's allies met . Zimbabwe 182 all out . the Group of 20 met ."
    mentions = [
        ("United States", "GPE", 0, 17),
        ("NATO", "ORG", 22, 29),
        ("Zimbabwe 182", "PRODUCT", 43, 55),
        ("Group of 20", "ORG", 66, 81),
    ]
    is_country = {"United States", "Zimbabwe"}.__contains__
    resolved = resolve_article(text, mentions, normalise_entity, lambda name, label: is_country(name))
    assert [text[r.start : r.end] for r in resolved] == ["United States", "NATO", "Zimbabwe", "Group of 20"]


def test_a_full_name_is_a_person_wherever_the_model_labels_it_otherwise() -> None:
    text = "Wasim Akram took three wickets . ( Andy Flower 45 ; Wasim Akram 3-24 ) Campbell said ."
    mentions = [
        ("Wasim Akram", "PERSON", 0, 11),
        ("Andy Flower", "PERSON", 35, 46),
        ("Wasim Akram", "ORG", 52, 63),
        ("Campbell", "ORG", 71, 79),
    ]
    people = resolve_article(text, mentions, normalise_entity, lambda name, label: False)
    assert [(r.canonical, r.label) for r in people] == [
        ("Wasim Akram", "PERSON"),
        ("Andy Flower", "PERSON"),
        ("Wasim Akram", "PERSON"),
        ("Campbell", "ORG"),  # no fuller person of that name here
    ]


def test_a_name_found_once_is_found_wherever_it_recurs() -> None:
    text = "Saeed Anwar scored 78 .\nScores : Pakistan 185-4 ( Saeed Anwar 78 , Ijaz Ahmed 41 ) ."
    mentions = [
        (name, label, text.index(name), text.index(name) + len(name))
        for name, label in (("Saeed Anwar", "PERSON"), ("Pakistan", "GPE"), ("Ijaz Ahmed", "PERSON"))
    ]
    resolved = resolve_article(text, mentions, normalise_entity, lambda name, label: name == "Pakistan")
    assert [(text[r.start : r.end], r.label) for r in resolved] == [
        ("Saeed Anwar", "PERSON"),
        ("Pakistan", "GPE"),
        ("Saeed Anwar", "PERSON"),  # the model missed it inside the score line
        ("Ijaz Ahmed", "PERSON"),
    ]


def test_a_city_name_tagged_org_still_links_to_the_person(nlp) -> None:
    body = 'Zimbabwe captain Alistair Campbell said his side had lost .\n" We lost , " Campbell told reporters .\n'
    article = Article("c.txt", "0" * 64, dt.date(1996, 9, 2), body, "utf-8")
    (ex,) = extract_articles(nlp, [article])
    assert isinstance(ex, ArticleExtraction)
    campbell = [(e.text, e.canonical, e.label) for e in ex.entities if "Campbell" in e.text]
    assert campbell == [
        ("Alistair Campbell", "Alistair Campbell", "PERSON"),
        ("Campbell", "Alistair Campbell", "PERSON"),  # Campbell, California, does not make it a place
    ]


def test_sentence_initial_common_words_are_no_people(nlp) -> None:
    body = (
        "Opener Saeed Anwar scored 78 on Sunday .\n"
        "Xavier Becerra , Secretary of Health\n"
        "Attendance : 38,136 .\n"
        "Trump said the visit went well , and Trump left .\n"
    )
    article = Article("s.txt", "0" * 64, dt.date(1996, 9, 2), body, "utf-8")
    (ex,) = extract_articles(nlp, [article])
    assert isinstance(ex, ArticleExtraction)
    people = [e.text for e in ex.entities if e.label == "PERSON"]
    assert "Saeed Anwar" in people and "Xavier Becerra" in people and people.count("Trump") == 2
    assert not any(p.startswith(("Opener", "Attendance")) for p in people)
