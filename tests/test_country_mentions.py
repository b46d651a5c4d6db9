"""Country names the model left unread are place mentions (transforms/country_mentions.py)."""

from __future__ import annotations

from transforms.country_mentions import with_country_names
from transforms.resolve import RawMention


def _added(text: str, mentions: list[RawMention] | None = None) -> list[str]:
    found = with_country_names(text, mentions or [])
    return [f"{m.canonical}/{m.label}@{m.start}" for m in found if m not in (mentions or [])]


def test_countries_in_a_results_line_are_places() -> None:
    text = "Results : England 6 Andorra 0 , Croatia 2 Kazakhstan 1 ."
    assert _added(text) == [f"{n}/GPE@{text.index(n)}" for n in ("England", "Andorra", "Croatia", "Kazakhstan")]


def test_a_country_inside_a_longer_name_a_mention_or_an_amount_is_left_alone() -> None:
    text = "Lucent Technologies and New Zealand Post paid US$5 million and 10 US dollars, Iran-backed groups said."
    assert _added(text) == []
    text = "The Communist Party of Greece met in Athens; Sweden sent a team."
    sweden = text.index("Sweden")
    assert _added(text, [RawMention("Sweden", "GPE", sweden, sweden + 6)]) == []


def test_a_given_name_or_a_surname_of_the_article_is_no_country() -> None:
    text = "Michael Jordan scored. Jordan said Chad would play for Niger Morgan."
    morgan = text.index("Niger Morgan")
    assert _added(text, [RawMention("Niger Morgan", "PERSON", morgan, morgan + 12)]) == []
