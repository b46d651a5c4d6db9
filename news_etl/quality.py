"""Great Expectations validation of a staged batch against the suites in `expectations/`.

Rules:
- one suite per staging table, `expectations/<table>.json`, validated on every batch before loading;
- a row that fails any expectation never reaches the warehouse: it becomes a `quarantine` row naming the
  failed expectation(s);
- an article row that fails takes its mentions with it (the whole file is quarantined);
- a row whose parent row was refused (contracts.ParentKey: a mention of a refused article; an event, link or
  bridge row of a refused money mention, entity mention or event) is never loaded either: it becomes a
  quarantine row of its own, reason `parent_refused`, its detail naming the parent and why it was refused;
- suite parameters (`$PARAMETER`) are filled per run: today's date, the configured entity labels,
  the ISO 4217 code list and the plausible-amount bounds below.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pandas as pd

from news_etl.contracts import CONTRACTS, TABLES
from news_etl.deferred_imports import GX_UNUSED, deferred
from news_etl.staging import StagedBatch
from transforms.currencies import iso_4217
from transforms.vocab import FIRST_YEAR, LAST_YEAR

log = logging.getLogger(__name__)

#: No money mention or event may claim more than this many US dollars (`amount_high_usd`): world output is
#: about $100 trillion a year, so a larger figure is a misreading ("$1,386,014 TN" read as trillions).
MAX_AMOUNT_USD = 10**14
#: No price per share may exceed this many US dollars: the dearest listed share (Berkshire Hathaway class A)
#: has never reached $1 million.
MAX_SHARE_PRICE_USD = 10**7


@dataclass(frozen=True)
class SuiteOutcome:
    """What one suite said about one batch."""

    suite: str
    success: bool
    evaluated: int
    rows: int
    rows_failed: int
    failed_expectations: tuple[str, ...]
    examples: tuple[str, ...] = field(default=())


@dataclass
class ValidatedBatch:
    """A batch after validation: the rows to load, the rows refused, and each suite's outcome."""

    staged: StagedBatch
    quarantine: list[dict[str, Any]]
    outcomes: list[SuiteOutcome]

    @property
    def success(self) -> bool:
        return all(o.success for o in self.outcomes)


def _example(frame: pd.DataFrame, position: int, names: list[str], paths: dict[Any, str] | None) -> str:
    """A failing row as a reader needs it: the file, the column and its value, the expectation."""
    row = frame.iloc[position]
    path = row["path"] if "path" in row.index else (paths or {}).get(row["doc_index"], "?")
    parts = []
    for name in names:
        column = name[name.find("(") + 1 : name.rfind(")")].split(",")[0] if "(" in name else ""
        value = f"{column}={_shown(row[column])} " if column in row.index else ""
        parts.append(f"{value}fails {name}")
    return f"{path}: " + "; ".join(parts)


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, Decimal) else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _describe(config: Any) -> str:
    kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id", "result_format")}
    column = kwargs.pop("column", None) or f"{kwargs.pop('column_A', '')},{kwargs.pop('column_B', '')}"
    condition = kwargs.get("row_condition")  # GX holds a pandas condition as {"pass_through_filter": ...}
    if isinstance(condition, dict):
        condition = condition.get("pass_through_filter")
    return f"{config.type}({column})" + (f" where {condition}" if condition else "")


class BatchValidator:
    """Holds an ephemeral GX context with the project's suites; validates staged batches."""

    def __init__(self, suites_dir: Traversable, entity_labels: tuple[str, ...]) -> None:
        with deferred(GX_UNUSED):
            import great_expectations as gx
            from great_expectations.data_context.types.base import ProgressBarsConfig

        self._context = gx.get_context(mode="ephemeral")
        self._context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = self._context.data_sources.add_pandas("news_etl_batch")
        self._suites = {}
        self._batches = {}
        for table in TABLES:
            path = suites_dir.joinpath(f"{table}.json")
            spec = json.loads(path.read_text(encoding="utf-8"))
            if spec.get("name") != table:
                raise ValueError(f"{path}: suite name {spec.get('name')!r} should be {table!r}")
            self._suites[table] = self._context.suites.add(gx.ExpectationSuite(**spec))
            asset = source.add_dataframe_asset(table)
            self._batches[table] = asset.add_batch_definition_whole_dataframe(f"{table}_batch")
        self._entity_labels = list(entity_labels)

    def parameters(self, today: dt.date) -> dict[str, Any]:
        return {
            "latest_publication_date": today + dt.timedelta(days=1),
            "earliest_publication_date": dt.date(1900, 1, 1),
            "earliest_mentioned_date": dt.date(FIRST_YEAR, 1, 1),
            "latest_mentioned_date": dt.date(LAST_YEAR, 12, 31),
            "entity_labels": self._entity_labels,
            "currency_codes": sorted(iso_4217()),
            "max_amount_usd": MAX_AMOUNT_USD,
            "max_share_price_usd": MAX_SHARE_PRICE_USD,
        }

    def _validate_frame(
        self,
        table: str,
        frame: pd.DataFrame,
        parameters: dict[str, Any],
        docs_prefix: Path | None,
        docs_for: str,
        paths: dict[Any, str] | None = None,
    ) -> tuple[SuiteOutcome, dict[int, list[str]]]:
        """Validate one frame; return its outcome and, per failing row position, the failed expectations."""
        suite = self._suites[table]
        if frame.empty:
            return SuiteOutcome(table, True, len(suite.expectations), 0, 0, ()), {}
        batch = self._batches[table].get_batch(batch_parameters={"dataframe": frame.reset_index(drop=True)})
        # A yes/no pass first: it costs ~30 % less of GX's fixed per-suite work, and almost every batch passes.
        # Only a failing suite (or one whose page is always rendered) is validated again for its failing rows.
        if docs_for != "all" or docs_prefix is None:
            result = batch.validate(
                suite, result_format={"result_format": "BOOLEAN_ONLY"}, expectation_parameters=parameters
            )
            if result.success:
                return SuiteOutcome(table, True, len(result.results), len(frame), 0, ()), {}
        result = batch.validate(suite, result_format={"result_format": "COMPLETE"}, expectation_parameters=parameters)
        if docs_prefix is not None and (docs_for == "all" or (docs_for == "failures" and not result.success)):
            write_data_docs_page(result, docs_prefix.with_name(f"{docs_prefix.name}-{table}.html"))
        failing: dict[int, list[str]] = defaultdict(list)
        failed: list[str] = []
        for r in result.results:
            if r.success:
                continue
            name = _describe(r.expectation_config)
            failed.append(name)
            if r.exception_info and r.exception_info.get("raised_exception"):
                # An expectation that could not run fails the whole batch for this table.
                message = r.exception_info.get("exception_message")
                log.warning("expectation %s raised: %s", name, message)
                for i in range(len(frame)):
                    failing[i].append(f"{name} raised: {message}")
                continue
            for index in r.result.get("unexpected_index_list") or []:
                position = index if isinstance(index, int) else int(next(iter(index.values())))
                failing[position].append(name)
        examples = tuple(_example(frame, i, names, paths) for i, names in list(sorted(failing.items()))[:5])
        outcome = SuiteOutcome(
            suite=table,
            success=not failed,
            evaluated=len(result.results),
            rows=len(frame),
            rows_failed=len(failing),
            failed_expectations=tuple(failed),
            examples=examples,
        )
        return outcome, failing

    def validate(
        self, staged: StagedBatch, today: dt.date, docs_prefix: Path | None = None, docs_for: str = "failures"
    ) -> ValidatedBatch:
        """Validate every table of the batch; split it into loadable rows and quarantine rows.

        With `docs_prefix`, a suite's result is also rendered as a Great Expectations Data Docs page,
        `<docs_prefix>-<table>.html`: every suite's with `docs_for="all"`, failing ones' with "failures", none
        with "none".
        Rendering costs about as much as validating, so passing batches skip it by default.
        """
        parameters = self.parameters(today)
        frames = {t: f.reset_index(drop=True) for t, f in staged.frames.items()}
        refusals = Refusals(frames["dim_article"])
        clean: dict[str, pd.DataFrame] = {}
        outcomes: list[SuiteOutcome] = []
        for table in TABLES:  # parents before the rows that depend on them
            frame = refusals.without_orphans(table, frames[table], clean)
            outcome, failing = self._validate_frame(table, frame, parameters, docs_prefix, docs_for, refusals.doc_path)
            outcomes.append(outcome)
            refusals.refuse(table, frame, failing)
            clean[table] = frame.drop(index=list(failing)).reset_index(drop=True)
        return ValidatedBatch(StagedBatch(clean), refusals.quarantine, outcomes)


class Refusals:
    """The quarantine rows of one batch, and why each refused row was refused (for the rows that depend on it).

    A row fails an expectation (`expectation_failed`), or a row it depends on (contracts.ParentKey) was
    refused (`parent_refused`, naming that parent and its reason): nothing of a batch is dropped silently.
    """

    def __init__(self, articles: pd.DataFrame) -> None:
        self.doc_path: dict[Any, str] = dict(zip(articles["doc_index"], articles["path"], strict=True))
        self._doc_sha: dict[Any, str] = dict(zip(articles["doc_index"], articles["sha256"], strict=True))
        self.quarantine: list[dict[str, Any]] = []
        self._refused: dict[str, list[tuple[pd.Series, dict[str, Any]]]] = defaultdict(list)

    def refuse(self, table: str, frame: pd.DataFrame, failing: dict[int, list[str]]) -> None:
        """Quarantine the rows of `frame` that failed expectations (`failing`: row position -> their names)."""
        for i, names in failing.items():
            row = frame.loc[i]
            reason = {"reason": "expectation_failed", "expectation": "; ".join(names)}
            self._add(table, row, reason, json.dumps(_row_values(row), ensure_ascii=False))

    def without_orphans(self, table: str, frame: pd.DataFrame, clean: dict[str, pd.DataFrame]) -> pd.DataFrame:
        """`frame` without the rows whose parent row is not among the `clean` rows of its table; each of those is
        quarantined as `parent_refused`."""
        keep = [True] * len(frame)
        for parent in CONTRACTS[table].parents:
            loaded = set(zip(*(clean[parent.table][c] for c in parent.parent_columns), strict=True))
            why = {tuple(row[c] for c in parent.parent_columns): reason for row, reason in self._refused[parent.table]}
            for i, key in enumerate(zip(*(frame[c] for c in parent.columns), strict=True)):
                if keep[i] and key not in loaded:
                    keep[i] = False
                    named = dict(zip(parent.parent_columns, map(str, key), strict=True))
                    named.pop("doc_index")  # the batch position: the row's own path says which article
                    named.update(why.get(key, {"reason": "not_staged"}))
                    detail = {"parent": {"table": parent.table, **named}, "row": _row_values(frame.iloc[i])}
                    reason = {"reason": "parent_refused", "expectation": None}
                    self._add(table, frame.iloc[i], reason, json.dumps(detail, ensure_ascii=False))
        return frame.loc[keep].reset_index(drop=True)

    def _add(self, table: str, row: pd.Series, reason: dict[str, Any], detail: str) -> None:
        doc = row["doc_index"]
        self.quarantine.append(
            {"path": self.doc_path[doc], "sha256": self._doc_sha[doc], "table_name": table, **reason, "detail": detail}
        )
        self._refused[table].append((row, reason))


def write_data_docs_page(result: Any, path: Path) -> None:
    """Render one validation result with Great Expectations' own Data Docs renderer."""
    from great_expectations.render.renderer import ValidationResultsPageRenderer
    from great_expectations.render.view import DefaultJinjaPageView

    path.parent.mkdir(parents=True, exist_ok=True)
    page = DefaultJinjaPageView().render(ValidationResultsPageRenderer().render(result))
    path.write_text(page, encoding="utf-8")


def write_data_docs_index(folder: Path, title: str) -> Path:
    """An index.html linking every page of a run's Data Docs folder."""
    pages = sorted(p for p in folder.glob("*.html") if p.name != "index.html")
    items = "\n".join(f'<li><a href="{p.name}">{html.escape(p.stem)}</a></li>' for p in pages)
    index = folder / "index.html"
    index.write_text(
        f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
        f"<h1>{html.escape(title)}</h1><ul>\n{items}\n</ul>\n",
        encoding="utf-8",
    )
    return index


def _row_values(row: pd.Series) -> dict[str, str | None]:
    """The row's values as text for a quarantine detail, without the long text (the article body, the sentence)."""
    shown = row.drop(labels=["body", "sentence_text"], errors="ignore")
    return {k: (None if pd.isna(v) else str(v)) for k, v in shown.items()}
