"""Deciding what a run must do with each inbox file: extract it, skip it, or record it as a duplicate.

Rules (each decided here and nowhere else):
- a file's identity is its path relative to the inbox; an article version's identity is its SHA-256;
- a file whose (size, mtime) match the last record is unchanged and is not even read;
- a file modified less than `settle_seconds` ago is still being written: left for the next run, and so is a
  file whose size or mtime changed between the listing and the end of its hashing (a writer got in between);
- content already loaded under another path (or earlier in this run) is a duplicate, never loaded twice;
- a known path with new content is a *changed* article: its new version replaces the old one;
- a symlink that leads outside the inbox, an unreadable file and an oversized file are quarantined;
- a recorded file that is no longer in the inbox is *deleted*: its facts stay, flagged;
- a file refused as `future_date` is read again by every run (its refusal depends on the run's date);
- a symlink loop is quarantined (`symlink_loop`), never a failed run; a modification time in the future
  (a skewed clock, not a writer) does not hold a file back;
- every other inbox entry is *ignored* and counted by reason: `not_an_article_name` (no match for
  `file_glob`: `.md`, `.gz`, `.TXT`…), `directory` (nested folders are not read), `not_a_regular_file`
  (a FIFO, a device, a folder named `x.txt`).
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import itertools
import os
import stat
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

#: What a file ends as in `source_file.status`.
FileStatus = Literal["loaded", "duplicate", "quarantined", "deleted"]
#: What a run does with a file it extracts.
Change = Literal["new", "changed"]

CHUNK = 1 << 20
#: The refusal that depends on the run's date, not on the file: decided again by every run, so a file refused
#: under a clock that was behind (or an embargoed article that arrived early) loads once its date has come.
DATED_REFUSAL = "future_date"


def today_utc() -> dt.date:
    """The run's date (UTC): an article dated after it is refused as `future_date`."""
    return dt.datetime.now(dt.UTC).date()


MIN_BATCHES = 8  # a run is cut into at least this many batches when it has the files for it…
MIN_BATCH_FILES = 32  # …of at least this many files each (enough for both NLP workers)


@dataclass(frozen=True)
class InboxFile:
    path: Path  # as found in the inbox (absolute)
    rel: str  # relative to the inbox, POSIX separators: the file's identity
    size: int
    mtime_ns: int


class KnownFile(NamedTuple):
    """What the warehouse recorded of a file (`source_file`)."""

    size_bytes: int
    mtime_ns: int
    sha256: str | None
    status: FileStatus
    reason: str | None


@dataclass(frozen=True)
class FileDecision:
    """A file settled without extraction: a duplicate, a refused file, or a touched file whose content did
    not change (`stat_only`: its record keeps its status and reason, only size and mtime are refreshed)."""

    file: InboxFile
    status: FileStatus
    sha256: str | None
    reason: str | None = None
    message: str | None = None
    stat_only: bool = False


@dataclass
class Candidate:
    """A file to extract; `riders` are files with the same content found in this run (duplicates)."""

    file: InboxFile
    sha256: str
    change: Change
    riders: list[InboxFile] = field(default_factory=list)
    refused_as: str | None = None  # the recorded refusal this extraction decides again


@dataclass
class Plan:
    seen: int = 0
    candidates: list[Candidate] = field(default_factory=list)
    decided: list[FileDecision] = field(default_factory=list)
    unchanged: int = 0
    deferred: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)  # inbox entries that are not articles, by reason

    def batches(self, size: int) -> list[list[Candidate]]:
        """The candidates in equal batches of at most `size`; a run of a few hundred files is still cut into
        up to MIN_BATCHES batches (of MIN_BATCH_FILES or more), for progress lines and for extraction that
        overlaps validation and loading. Each batch costs a fixed ~1.5 s of validation, so large runs use
        large batches."""
        count = len(self.candidates)
        wanted = min(MIN_BATCHES, count // MIN_BATCH_FILES)
        if -(-count // size) >= wanted:
            return [self.candidates[i : i + size] for i in range(0, count, size)]
        cuts = [round(i * count / wanted) for i in range(wanted + 1)]
        return [self.candidates[a:b] for a, b in itertools.pairwise(cuts)]


class ChangedWhileRead(Exception):
    """The file was written to while it was hashed: its bytes are those of no single version."""


def hash_file(path: Path) -> tuple[str, int, int]:
    """The SHA-256 of a file's bytes, with the size and mtime_ns of the version those bytes are (the open
    file's, which a rename over the path cannot change); `ChangedWhileRead` if it was written meanwhile."""
    digest = hashlib.sha256()
    read = 0
    with path.open("rb") as handle:
        before = os.fstat(handle.fileno())
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            read += len(chunk)
        after = os.fstat(handle.fileno())
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or read != after.st_size:
        raise ChangedWhileRead(path)
    return digest.hexdigest(), after.st_size, after.st_mtime_ns


def plan_run(
    inbox: Path,
    pattern: str,
    known: dict[str, KnownFile],
    current: dict[str, str],
    max_bytes: int,
    settle_seconds: float,
    now_ns: int | None = None,
) -> Plan:
    """Scan `inbox` and decide every file; `known` and `current` come from the warehouse."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    inbox_real = inbox.resolve()
    plan = Plan()
    listed: set[str] = set()
    by_sha: dict[str, Candidate] = {}
    matching = set(inbox.glob(pattern))
    for entry in inbox.iterdir():
        if entry not in matching:
            plan.ignored["directory" if entry.is_dir() else "not_an_article_name"] += 1
    for path in sorted(matching):
        rel = path.relative_to(inbox).as_posix()
        try:
            st = path.stat()
        except FileNotFoundError:
            if path.is_symlink():  # a dangling link: nothing to read, record why
                listed.add(rel)
                plan.seen += 1
                _refuse_unread(plan, known, InboxFile(path, rel, 0, 0), "vanished", "symlink target does not exist")
            continue  # deleted between listing and stat: it is simply not there
        except OSError as exc:
            listed.add(rel)
            plan.seen += 1
            reason = "symlink_loop" if exc.errno == errno.ELOOP else "unreadable"
            _refuse_unread(plan, known, InboxFile(path, rel, 0, 0), reason, str(exc))
            continue
        if not stat.S_ISREG(st.st_mode):
            plan.ignored["not_a_regular_file"] += 1
            continue
        listed.add(rel)
        plan.seen += 1
        file = InboxFile(path, rel, st.st_size, st.st_mtime_ns)
        if path.is_symlink() and not path.resolve().is_relative_to(inbox_real):
            message = f"symlink points outside the inbox: {path.resolve()}"
            _refuse_unread(plan, known, file, "outside_inbox", message)
            continue
        if abs(now_ns - st.st_mtime_ns) < settle_seconds * 1e9:  # being written (a future mtime is skew)
            plan.deferred.append(rel)
            continue
        if not _decide_listed(plan, file, known.get(rel), current, by_sha, max_bytes):
            listed.discard(rel)
            plan.seen -= 1
    plan.deleted = sorted(p for p, rec in known.items() if p not in listed and rec.status != "deleted")
    return plan


def _decide_listed(
    plan: Plan,
    file: InboxFile,
    record: KnownFile | None,
    current: dict[str, str],
    by_sha: dict[str, Candidate],
    max_bytes: int,
) -> bool:
    """Decide a settled regular file against its record: unchanged, refused, deferred, a duplicate or a
    candidate. False if it vanished before it could be read (it is then not in the inbox)."""
    refused_for_date = record is not None and (record.status, record.reason) == ("quarantined", DATED_REFUSAL)
    if (
        record is not None
        and (record.size_bytes, record.mtime_ns) == (file.size, file.mtime_ns)
        and record.status != "deleted"
        and not refused_for_date
    ):
        plan.unchanged += 1
        return True
    if file.size > max_bytes:
        _quarantine(plan, file, None, "too_large", f"{file.size} bytes is over the limit of {max_bytes} bytes")
        return True
    try:
        sha, size, mtime_ns = hash_file(file.path)
    except ChangedWhileRead:
        plan.deferred.append(file.rel)
        return True
    except FileNotFoundError:
        return False
    except OSError as exc:
        _quarantine(plan, file, None, "unreadable", str(exc))
        return True
    if (size, mtime_ns) != (file.size, file.mtime_ns):  # rewritten since it was listed: still being written
        plan.deferred.append(file.rel)
        return True
    if record is not None and record.sha256 == sha and record.status != "deleted" and not refused_for_date:
        plan.unchanged += 1  # touched, same content: refresh the recorded stat only
        plan.decided.append(FileDecision(file, record.status, sha, record.reason, "content unchanged", True))
        return True
    if sha in by_sha:
        by_sha[sha].riders.append(file)
        return True
    if sha in current and current[sha] != file.rel:
        plan.decided.append(FileDecision(file, "duplicate", sha, None, f"same content as {current[sha]}"))
        return True
    change: Change = "changed" if record is not None and record.status == "loaded" else "new"
    candidate = Candidate(file, sha, change, refused_as=DATED_REFUSAL if refused_for_date else None)
    by_sha[sha] = candidate
    plan.candidates.append(candidate)
    return True


def _refuse_unread(plan: Plan, known: dict[str, KnownFile], file: InboxFile, reason: str, message: str) -> None:
    """Quarantine an entry that cannot be read (symlink loop, dangling or outside link) once: while it stays
    as it was refused, later runs count it unchanged instead of refusing it again."""
    record = known.get(file.rel)
    if (
        record is not None
        and (record.status, record.reason) == ("quarantined", reason)
        and (record.size_bytes, record.mtime_ns) == (file.size, file.mtime_ns)
    ):
        plan.unchanged += 1
        return
    _quarantine(plan, file, None, reason, message)


def _quarantine(plan: Plan, file: InboxFile, sha: str | None, reason: str, message: str) -> None:
    plan.decided.append(FileDecision(file, "quarantined", sha, reason, message))
