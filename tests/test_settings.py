"""Settings: defaults <- news-etl.toml <- NEWS_ETL_* variables, and refusal of unknown or bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_etl.config import Settings, load_settings
from transforms.aliases import DEFAULT_ALIASES_FILE


def test_layers_override_in_order(tmp_path: Path) -> None:
    config = tmp_path / "news-etl.toml"
    config.write_text('batch_size = 7\ndata_docs = "all"\nentity_labels = ["PERSON", "GPE"]\n', encoding="utf-8")
    settings = load_settings(config, env={"NEWS_ETL_BATCH_SIZE": "9", "NEWS_ETL_ENTITY_ALIASES_FILE": "x.csv"})
    assert settings.batch_size == 9  # the environment wins over the file
    assert settings.data_docs == "all"
    assert settings.entity_labels == ("PERSON", "GPE")
    assert settings.entity_aliases_file == Path("x.csv")
    defaults = load_settings(tmp_path / "absent.toml", env={})
    assert (defaults.data_docs, defaults.entity_aliases_file) == ("failures", DEFAULT_ALIASES_FILE)


def test_bad_values_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="data_docs must be one of all, failures, none, not 'some'"):
        load_settings(tmp_path / "absent.toml", env={"NEWS_ETL_DATA_DOCS": "some"})
    config = tmp_path / "news-etl.toml"
    config.write_text("batch_sise = 7\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"unknown setting\(s\) \['batch_sise'\]"):
        load_settings(config, env={})
    assert Settings().n_process >= 1
