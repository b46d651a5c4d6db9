"""A name of several words the model found whole is whole wherever else the article writes it."""

from __future__ import annotations

from tests.raw_mentions import mention_at
from transforms.whole_names import with_whole_names


def _names(text: str, mentions: list) -> list[tuple[str, str, int]]:
    return [(m.canonical, m.label, m.start) for m in with_whole_names(text, mentions)]


def test_a_name_split_into_pieces_elsewhere_is_whole() -> None:
    text = "Airline Norwegian Air Shuttle will buy jets. Norwegian Air Shuttle shares rose."
    found = [mention_at(text, "Norwegian Air Shuttle", "ORG"), mention_at(text, "Norwegian", "NORP", 1)]
    found.append(mention_at(text, "Air Shuttle", "ORG", 1))
    second = text.index("Norwegian Air Shuttle shares")
    assert _names(text, found) == [("Norwegian Air Shuttle", "ORG", 8), ("Norwegian Air Shuttle", "ORG", second)]


def test_a_missed_occurrence_becomes_a_mention_with_the_most_frequent_label() -> None:
    text = "Sunrise Capital paid. Sunrise Capital sold. Analysts said Sunrise Capital would gain."
    found = [mention_at(text, "Sunrise Capital", "ORG"), mention_at(text, "Sunrise Capital", "ORG", 1)]
    assert [m[2] for m in _names(text, found)] == [0, 22, text.index("Sunrise Capital would")]


def test_a_longer_name_or_a_capitalised_neighbour_keeps_the_occurrence_apart() -> None:
    text = "New York sued. The New York Times reported. Bank of America and Bank of America Merrill Lynch merged."
    found = [mention_at(text, "New York", "GPE"), mention_at(text, "Bank of America", "ORG")]
    found.append(mention_at(text, "Bank of America Merrill Lynch", "ORG"))
    assert _names(text, found) == [(m.canonical, m.label, m.start) for m in found]


def test_an_article_of_one_word_names_is_unchanged() -> None:
    text = "Acme paid Borel. Acme said."
    found = [mention_at(text, "Acme", "ORG"), mention_at(text, "Borel", "ORG")]
    assert with_whole_names(text, found) is found
