from __future__ import annotations

import pytest

from transforms.entities import entity_key, normalise_entity


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("the World Health Organisation (WHO", "World Health Organisation"),
        ("the Ministry of External Affairs (MEA)", "Ministry of External Affairs"),
        ("New Delhi’s", "New Delhi"),
        ("North Korea's", "North Korea"),
        ("the United Nations Security Council", "United Nations Security Council"),
        ("“Supreme Leader”", "Supreme Leader"),
        ("  Kim   Jong\nUn ", "Kim Jong Un"),
        ("The Hague", "The Hague"),
        ("Texas'", "Texas"),
        ("WHO", "WHO"),
        ("'s", ""),
    ],
)
def test_normalise_entity(surface: str, canonical: str) -> None:
    assert normalise_entity(surface) == canonical


def test_entity_key_is_case_folded_and_labelled() -> None:
    assert entity_key("North Korea", "GPE") == entity_key("NORTH KOREA", "GPE") == "GPE:north korea"
    assert entity_key("Singh", "PERSON") != entity_key("Singh", "GPE")
