"""Run accounting: what each file of a run became, counted once, and its rendering for the terminal and UI.

Every count of `etl_run` is decided here: `count_plan` (discovery), `count_settled` (files decided without
extraction), `count_batch` (an extracted, validated and loaded batch). A file whose stat changed but whose
content did not is `unchanged` and nothing else, whatever status it had.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from news_etl.contracts import TABLES

if TYPE_CHECKING:
    from news_etl.discovery import FileDecision, Plan
    from news_etl.pipeline import ExtractedBatch
    from news_etl.quality import SuiteOutcome, ValidatedBatch


@dataclass
class RunSummary:
    run_id: str
    status: str = "running"
    flow_run_name: str = ""
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_duplicate: int = 0
    files_quarantined: int = 0
    files_deferred: int = 0
    files_deleted: int = 0
    files_ignored: int = 0
    rows: Counter[str] = field(default_factory=Counter)
    quarantine_by_reason: Counter[str] = field(default_factory=Counter)
    ignored_by_reason: Counter[str] = field(default_factory=Counter)
    suites: dict[str, dict[str, Any]] = field(default_factory=dict)
    stage_seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    words: int = 0
    files_to_extract: int = 0  # what discovery handed to extraction, for progress
    batches: int = 0
    files_done: int = 0
    started: float = field(default_factory=time.perf_counter)
    elapsed_seconds: float = 0.0
    error: str | None = None

    def count_plan(self, plan: Plan) -> None:
        """What discovery found: files seen, unchanged, still being written, gone."""
        self.files_seen = plan.seen
        self.files_unchanged = plan.unchanged
        self.files_deferred = len(plan.deferred)
        self.files_deleted = len(plan.deleted)
        self.files_ignored = sum(plan.ignored.values())
        self.ignored_by_reason.update(plan.ignored)

    def count_settled(self, decisions: Iterable[FileDecision]) -> None:
        """Files decided without extraction: duplicates and refusals (stat-only refreshes are `unchanged`)."""
        for decision in decisions:
            if decision.stat_only:
                continue
            if decision.status == "duplicate":
                self.files_duplicate += 1
            elif decision.status == "quarantined":
                self.files_quarantined += 1
                self.quarantine_by_reason[decision.reason or "unknown"] += 1

    def count_batch(self, extracted: ExtractedBatch, validated: ValidatedBatch, rows: Mapping[str, int]) -> None:
        """One batch after its load: each candidate file is new, changed or quarantined, its riders duplicates."""
        self.add_validation(validated.outcomes)
        self.rows.update(rows)
        loaded_paths = set(validated.staged.frames["dim_article"]["path"])
        self.words += sum(e.article.word_count for e in extracted.extractions if e.article.path in loaded_paths)
        self.files_deferred += len(extracted.deferred)
        self.files_done += len(extracted.candidates) + len(extracted.decided) + len(extracted.deferred)
        for path, candidate in extracted.candidates.items():
            if path in loaded_paths:
                if candidate.change == "changed":
                    self.files_changed += 1
                else:
                    self.files_new += 1
                self.files_duplicate += len(candidate.riders)
            else:
                self.files_quarantined += 1 + len(candidate.riders)
                self.quarantine_by_reason["expectation_failed"] += 1 + len(candidate.riders)
        self.count_settled(extracted.decided)
        self.files_unchanged += sum(d.stat_only for d in extracted.decided)  # refused again, as recorded
        for q in validated.quarantine:
            if q["table_name"] != "dim_article":  # a refused article is counted as its file, above
                kind = "row" if q["reason"] == "expectation_failed" else q["reason"]
                self.quarantine_by_reason[f"{kind}:{q['table_name']}"] += 1

    def progress(self, batch_no: int) -> str:
        """A progress line: batches and files done of all, files per second so far, time left at that pace."""
        elapsed = time.perf_counter() - self.started
        rate = self.files_done / elapsed if elapsed else 0.0
        left = (self.files_to_extract - self.files_done) / rate if rate else 0.0
        return (
            f"batch {batch_no}/{self.batches}: {self.files_done}/{self.files_to_extract} files done, "
            f"{rate:.1f} files/s, about {left:.0f}s left"
        )

    def add_validation(self, outcomes: list[SuiteOutcome]) -> None:
        for o in outcomes:
            s = self.suites.setdefault(
                o.suite,
                {"success": True, "batches": 0, "rows": 0, "rows_failed": 0, "failed_expectations": [], "examples": []},
            )
            s["success"] = s["success"] and o.success
            s["batches"] += 1
            s["rows"] += o.rows
            s["rows_failed"] += o.rows_failed
            s["failed_expectations"] = sorted(set(s["failed_expectations"]) | set(o.failed_expectations))
            s["examples"] = (s["examples"] + list(o.examples))[:5]

    @property
    def validation_success(self) -> bool | None:
        return all(s["success"] for s in self.suites.values()) if self.suites else None

    def finish_params(self) -> dict[str, Any]:
        """Parameters of `sql/run/finish_run.sql`."""
        return {
            "run_id": self.run_id,
            "status": self.status,
            "flow_run_name": self.flow_run_name,
            "files_seen": self.files_seen,
            "files_new": self.files_new,
            "files_changed": self.files_changed,
            "files_unchanged": self.files_unchanged,
            "files_duplicate": self.files_duplicate,
            "files_quarantined": self.files_quarantined,
            "files_deferred": self.files_deferred,
            "files_deleted": self.files_deleted,
            "files_ignored": self.files_ignored,
            "ignored_by_reason": dict(self.ignored_by_reason),
            **{f"rows_{t}": self.rows[t] for t in TABLES},
            "rows_quarantined": self.rows["quarantine"],
            "validation_success": self.validation_success,
            "validation": self.suites,
            "quarantine_by_reason": dict(self.quarantine_by_reason),
            "error": self.error,
        }

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-able values (Counters become dicts)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("started", "files_done")}
        return {k: dict(v) if isinstance(v, dict) else v for k, v in data.items()}

    def fail(self, exc: BaseException) -> None:
        """The run ended by `exc`: status `failed`, the error in one line, the time so far."""
        self.status = "failed"
        self.error = f"{type(exc).__name__}: {exc}"
        self.elapsed_seconds = time.perf_counter() - self.started

    def outcome(self) -> str:
        """What the run did in a few words: `12 new, 1 changed, 1 quarantined, 1 row quarantined, 4 dependent
        rows quarantined` (rows that failed an expectation, then rows refused with a row they depend on)."""
        parts = [f"{self.files_new} new"]
        rows_by_kind: Counter[str] = Counter()  # `row:<table>`, `parent_refused:<table>` (count_batch)
        for reason, n in self.quarantine_by_reason.items():
            rows_by_kind[reason.partition(":")[0]] += n
        for label, count in (
            ("changed", self.files_changed),
            ("quarantined", self.files_quarantined),
            ("row{s} quarantined", rows_by_kind["row"]),
            ("dependent row{s} quarantined", rows_by_kind["parent_refused"]),
        ):
            if count:
                parts.append(f"{count} {label.format(s='' if count == 1 else 's')}")
        return ", ".join(parts)

    def title(self, now: dt.datetime) -> str:
        """A flow-run name that says what the run did, e.g. `2026-11-27 20:15 · 12 new, 1 quarantined`."""
        name = f"{now:%Y-%m-%d %H:%M} · {self.outcome()}"
        return name if self.status == "completed" else f"{name} · {self.status}"

    def one_line(self) -> str:
        return (
            f"run {self.run_id} {self.status}: {self.files_seen} files seen, {self.files_new} new, "
            f"{self.files_changed} changed, {self.files_unchanged} unchanged, {self.files_duplicate} duplicate, "
            f"{self.files_quarantined} quarantined, {self.files_deferred} deferred, {self.files_deleted} deleted, "
            f"{self.files_ignored} ignored; "
            f"loaded {self.rows['dim_article']} articles, {self.rows['fact_entity_mention']} entity, "
            f"{self.rows['fact_money_mention']} money and {self.rows['fact_date_mention']} date mentions; "
            f"{self.rows['quarantine']} quarantine rows; {self.elapsed_seconds:.1f}s"
        )

    def markdown(self) -> str:
        """The run report shown as a Prefect artifact."""
        lines = [
            f"# news-etl run `{self.run_id}`: {self.status}",
            "",
            "| files | count |",
            "|---|---:|",
        ]
        for name in (
            "seen",
            "new",
            "changed",
            "unchanged",
            "duplicate",
            "quarantined",
            "deferred",
            "deleted",
            "ignored",
        ):
            lines.append(f"| {name} | {getattr(self, 'files_' + name)} |")
        lines += ["", "| table | rows loaded |", "|---|---:|"]
        lines += [f"| {t} | {self.rows[t]} |" for t in TABLES]
        lines.append(f"| quarantine | {self.rows['quarantine']} |")
        if self.rows["retired_versions"]:
            lines += [
                "",
                f"{self.rows['retired_versions']} loaded article version(s) retired: their file was edited into "
                "a refused file or a copy of another article, so their facts are no longer current.",
            ]
        if self.quarantine_by_reason:
            lines += ["", "| quarantine reason | count |", "|---|---:|"]
            lines += [f"| {r} | {n} |" for r, n in self.quarantine_by_reason.most_common()]
        if self.ignored_by_reason:
            lines += ["", "| ignored inbox entries | count |", "|---|---:|"]
            lines += [f"| {r} | {n} |" for r, n in self.ignored_by_reason.most_common()]
        if self.suites:
            lines += ["", "| suite | result | rows | rows failed | failed expectations |", "|---|---|---:|---:|---|"]
            for name, s in self.suites.items():
                result = "passed" if s["success"] else "FAILED"
                failed = ", ".join(s["failed_expectations"]) or "-"
                lines.append(f"| {name} | {result} | {s['rows']} | {s['rows_failed']} | {failed} |")
            examples = [e for s in self.suites.values() for e in s["examples"]]
            if examples:
                lines += ["", "Failing examples:", ""] + [f"- {e}" for e in examples[:10]]
        if self.stage_seconds:
            lines += ["", "| stage | seconds |", "|---|---:|"]
            lines += [f"| {k} | {v:.2f} |" for k, v in self.stage_seconds.items()]
        rate = self.rows["dim_article"] / self.elapsed_seconds if self.elapsed_seconds else 0.0
        lines += ["", f"Elapsed {self.elapsed_seconds:.1f}s, {rate:.1f} articles/s, {self.words} words."]
        if self.error:
            lines += ["", f"Error: {self.error}"]
        return "\n".join(lines)
