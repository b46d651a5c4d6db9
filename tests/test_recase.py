"""Recasing lines in capitals from the article's own evidence (transforms/recase.py)."""

from __future__ import annotations

import pytest

from news_etl.config import Settings
from news_etl.pipeline import pipeline_for
from transforms.nlp import common_words
from transforms.recase import reading_text, recase_capitals


@pytest.fixture(scope="module")
def common() -> frozenset[str]:
    settings = Settings()
    return common_words(pipeline_for(settings.spacy_model, settings.spacy_components))


def test_a_headline_takes_the_case_its_story_gives_each_word(common: frozenset[str]) -> None:
    text = (
        "TENNIS - KOVAC BEATS LINDQVIST IN ROTTERDAM FINAL .\n"
        "Ivo Kovac beat Magnus Lindqvist in the final of the Rotterdam tournament on Sunday .\n"
    )
    # the slug's dash reads as a colon: the model must not join "Tennis" to the name after it
    assert recase_capitals(text, common).split("\n")[0] == "Tennis : Kovac beats Lindqvist in Rotterdam final ."


def test_a_pair_the_story_writes_as_a_name_stays_a_name(common: frozenset[str]) -> None:
    text = "SHARES IN NORDBANK FALL AFTER WESTHAFEN BANK RESULTS\nWesthafen Bank said the bank would pay less.\n"
    assert recase_capitals(text, common).split("\n")[0] == "Shares in Nordbank fall after Westhafen Bank results"


def test_a_pair_that_starts_a_sentence_says_nothing_of_its_first_word(common: frozenset[str]) -> None:
    text = "ZEBRA STRIPES MAY DAZZLE FLIES\nZebras have stripes. Stripes may dazzle flies, say zebra experts.\n"
    assert recase_capitals(text, common).split("\n")[0] == "Zebra stripes may dazzle flies"


def test_words_the_story_never_writes_fall_back_to_the_word_list(common: frozenset[str]) -> None:
    recased = recase_capitals("FACT SHEET: PRESIDENT SIGNS BILL ON PAKISTAN AID\nJOSEPH R. BIDEN JR.\n", common)
    assert recased.split("\n")[:2] == [
        "Fact sheet: President signs bill on Pakistan AID",  # after a colon, a sentence; three letters, an acronym
        "Joseph R. Biden Jr.",
    ]


def test_capitals_in_running_text_are_no_evidence_but_acronyms_are(common: frozenset[str]) -> None:
    text = "NATO LEADERS MEET BIDEN\nI, JOSEPH R. BIDEN JR., met NATO leaders.\n"
    assert recase_capitals(text, common).split("\n")[0] == "NATO leaders meet Biden"


def test_recasing_keeps_every_offset_and_leaves_mixed_lines_alone(common: frozenset[str]) -> None:
    text = "STRASSE ÜBER ALLES – ÆON 'S FALL\u200b\nMixed Case line stays AS IT IS.\n"
    read = reading_text(text, common)
    assert len(read) == len(text)
    assert read.split("\n")[1] == "Mixed Case line stays AS IT IS."
    assert read.split("\n")[0].isupper() is False
