"""A name a trade noun or a team's role introduces is an organisation's, everywhere in the article
(transforms/org_cues.py)."""

from __future__ import annotations

from tests.raw_mentions import mention_at
from transforms.org_cues import cued_organisations, with_org_cues
from transforms.resolve import RawMention

COMMON = frozenset({"internet", "transport", "index", "supply", "old", "mutual"})


def _names(text: str, mentions: list[RawMention] | None = None) -> list[str]:
    return [c.name for c in cued_organisations(text, mentions or [], COMMON)]


def test_a_name_after_a_trade_noun_is_a_company() -> None:
    assert _names("The large UK retail group Littlewoods is set to close 126 shops.") == ["Littlewoods"]
    assert _names("Shares in insurer Allianz 's unit slipped.") == ["Allianz"]
    assert _names("Transport company Metronet, the firm responsible for the tube, is in trouble.") == ["Metronet"]


def test_a_name_before_a_trade_noun_is_a_company_unless_a_place_a_people_or_a_common_word() -> None:
    assert _names("It agreed to buy the Somerfield supermarket chain.") == ["Somerfield"]
    assert _names("The best performer was the Old Mutual insurance company.") == ["Old Mutual"]
    assert _names("A London firm and a British retailer joined an Internet company.") == []
    assert _names("It built an American EV supply chain.") == []
    assert _names("Analysts at Wall Street firms and the Index chain.") == []


def test_the_name_ends_at_a_sentence_stop_and_a_compound_or_title_is_no_name() -> None:
    assert _names("It was a deal with the Japanese company Honda. In 1988 it sold.") == ["Honda"]
    assert _names("Bristol-based retailer Somerfield and company CEO Jason Fan spoke.") == ["Somerfield"]
    assert _names('"We regret it," said Tadashi Arashima. The firm said no.') == []


def test_a_person_after_a_rival_is_no_company() -> None:
    text = "Tony Blair spoke. His rival Blair and rival Gordon Brown did not."
    assert _names(text, [mention_at(text, "Tony Blair", "PERSON"), mention_at(text, "Gordon Brown", "PERSON")]) == []


def test_a_team_before_its_coach_or_captain_is_an_org_a_country_stays_a_place() -> None:
    text = (
        "Caloundra coach Geoff Ingram was happy. Maroochydore captain Sam Marshall was not. England coach Glenn Hoddle."
    )
    assert _names(text) == ["Caloundra", "Maroochydore"]


def test_every_mention_of_a_cued_name_takes_org() -> None:
    text = "Littlewoods will shut. The retail group Littlewoods said Littlewoods would sell."
    mentions = [
        mention_at(text, "Littlewoods", "PERSON"),
        mention_at(text, "Littlewoods", "PERSON", 1),
        mention_at(text, "Littlewoods", "GPE", 2),
    ]
    found = with_org_cues(text, mentions, COMMON)
    assert [(m.canonical, m.label, m.start) for m in found] == [("Littlewoods", "ORG", m.start) for m in mentions]
