"""Reading and parsing article files: bytes -> `Article`, or an `ArticleError` with a reason."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

#: Why a file was refused. Stored verbatim in `quarantine.reason`.
REASONS = (
    "empty",
    "blank",
    "binary",
    "undecodable",
    "malformed_date",
    "impossible_date",
    "future_date",
    "too_large",
    "unreadable",
    "vanished",
    "outside_inbox",
    "symlink_loop",
    "extraction_failed",
)

# `date YYYY-MM-DD` at the very start (leading whitespace tolerated), followed by a newline or, as in
# real scraped files, by a space and the first sentence on the same line. A `date` followed by a word
# (e.g. "date palms grow...") is body text, not a header.
_HEADER = re.compile(r"\A\s*date[ \t]+(?P<value>\d[\d\-/.]*)(?P<rest>[^\n]*)(?:\n|\Z)")
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})\Z")


class ArticleError(ValueError):
    """An article file that cannot be loaded; `reason` is one of `REASONS`."""

    def __init__(self, reason: str, message: str) -> None:
        assert reason in REASONS, reason
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class Article:
    """One parsed article version. Offsets of every mention are into `body`."""

    path: str
    sha256: str
    published_date: dt.date | None
    body: str
    encoding: str
    flags: tuple[str, ...] = field(default=())

    @property
    def word_count(self) -> int:
        return len(self.body.split())


def sha256_bytes(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read_article_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a file's bytes, refusing files over `max_bytes` without reading them into memory."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError("too_large", f"{size} bytes is over the limit of {max_bytes} bytes")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise ArticleError("vanished", f"file disappeared before it could be read: {exc}") from exc
    except PermissionError as exc:
        raise ArticleError("unreadable", f"permission denied: {exc}") from exc
    except IsADirectoryError as exc:
        raise ArticleError("unreadable", f"not a regular file: {exc}") from exc
    if len(raw) > max_bytes:  # grew while we looked
        raise ArticleError("too_large", f"file grew past the limit of {max_bytes} bytes while being read")
    return raw


# A well-formed multi-byte UTF-8 sequence: a file holding one is UTF-8, whatever stray bytes it also has.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_text(raw: bytes) -> tuple[str, str]:
    """Decode article bytes: UTF-8 (a BOM is dropped); UTF-8 with its few invalid bytes replaced by U+FFFD
    when the file is UTF-8 elsewhere (`utf-8-replaced`: one bad byte must not turn "€750 million" into
    "â‚¬750 million"); else cp1252 for legacy Windows files.

    A file that starts with a UTF-16 byte-order mark (Windows Notepad's "Unicode") is UTF-16.
    Returns the text and the encoding used. NUL bytes mean binary content and are refused.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError("undecodable", f"starts with a UTF-16 byte-order mark but is not UTF-16: {exc}") from exc
        if "\x00" in text:
            raise ArticleError("binary", "file contains NUL characters: binary content, not an article")
        return text, "utf-16"
    if b"\x00" in raw:
        raise ArticleError("binary", "file contains NUL bytes: binary content, not an article")
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return body.decode("utf-8"), ("utf-8-sig" if body is not raw else "utf-8")
    except UnicodeDecodeError as utf8_error:
        if _UTF8_SEQUENCE.search(body):
            return body.decode("utf-8", errors="replace"), "utf-8-replaced"
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise ArticleError("undecodable", f"neither UTF-8 nor cp1252: {utf8_error}") from utf8_error


def parse_header(text: str, today: dt.date) -> tuple[dt.date | None, str]:
    """Split an optional `date YYYY-MM-DD` header off the text; return (date or None, body).

    A date more than one day after `today` (time zones) is refused as `future_date`.
    """
    match = _HEADER.match(text)
    if match is None:
        return None, text
    value = match.group("value")
    iso = _ISO_DATE.match(value)
    if iso is None:
        raise ArticleError("malformed_date", f"date header {value!r} is not YYYY-MM-DD")
    try:
        published = dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError as exc:
        raise ArticleError("impossible_date", f"date header {value!r}: {exc}") from exc
    if published > today + dt.timedelta(days=1):
        raise ArticleError("future_date", f"date header {value} is after today ({today})")
    rest = match.group("rest").strip()
    body_start = match.end()
    body = text[body_start:]
    if rest:  # first sentence on the header line
        body = rest + "\n" + body if body else rest
    return published, body


def parse_article(raw: bytes, path: str, today: dt.date) -> Article:
    """Parse one article file's bytes into an `Article`, or raise `ArticleError`."""
    if not raw:
        raise ArticleError("empty", "file is empty")
    text, encoding = decode_text(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("blank", "file holds only whitespace")
    published, body = parse_header(text, today)
    body = body.strip()
    if not body:
        raise ArticleError("blank", "file holds a date header and no text")
    flags = []
    if published is None:
        flags.append("no_date")
    if encoding == "cp1252":
        flags.append("cp1252_fallback")
    if encoding == "utf-8-replaced":
        flags.append(f"replaced_bytes:{text.count(chr(0xFFFD))}")
    return Article(
        path=path,
        sha256=sha256_bytes(raw),
        published_date=published,
        body=body,
        encoding=encoding,
        flags=tuple(flags),
    )


def load_article(path: Path, max_bytes: int, today: dt.date, display_path: str | None = None) -> Article:
    """Read and parse one article file."""
    raw = read_article_bytes(path, max_bytes)
    return parse_article(raw, display_path or os.fspath(path), today)
