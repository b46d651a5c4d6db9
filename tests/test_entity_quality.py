"""The entity-quality benchmark's scoring and its judgement files."""

from __future__ import annotations

import pytest

from benchmarks.entity_quality import entry, load_gold, score

GOLD = {
    "entities": [
        {"name": "FEMA", "label": "ORG", "verdict": "entity"},
        {"name": "Fema", "label": "ORG", "verdict": "entity", "same_as": "FEMA|ORG"},
        {"name": "Federal Emergency Management Agency", "label": "ORG", "verdict": "entity", "same_as": "Fema|ORG"},
        {"name": "Dear Madam", "label": "ORG", "verdict": "no entity"},
        {"name": "Malawi", "label": "PERSON", "verdict": "wrong label"},
    ]
}


def test_junk_wrong_labels_duplicate_chains_and_unjudged_names_are_counted() -> None:
    top = [("FEMA", "ORG", 9), ("Dear Madam", "ORG", 8), ("Malawi", "PERSON", 7), ("Acme", "ORG", 6)]
    top += [("Federal Emergency Management Agency", "ORG", 5)]
    quality = score(top, GOLD)
    assert quality.no_entity == ["Dear Madam|ORG"] and quality.wrong_label == ["Malawi|PERSON"]
    assert quality.duplicates == [("FEMA|ORG", "Federal Emergency Management Agency|ORG")]
    assert quality.unjudged == ["Acme|ORG"] and quality.junk_rate == pytest.approx(0.4)


@pytest.mark.parametrize("genre", ["press", "news"])
def test_the_judgement_files_name_their_source_and_point_only_at_judged_entries(genre: str) -> None:
    gold = load_gold(genre)
    assert gold["corpus"] and gold["first"] > 0 and len(gold["commit"]) == 40 and gold["top"] == 200
    judged = {entry(e["name"], e["label"]) for e in gold["entities"]}
    assert len(judged) == len(gold["entities"])
    for e in gold["entities"]:
        assert e["verdict"] in ("entity", "no entity", "wrong label")
        assert e.get("same_as") in judged | {None}
