"""`news-etl extract`: extraction only, printed as JSON lines or a readable table; nothing is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from news_etl.config import Settings
from news_etl.discovery import today_utc
from news_etl.jsonout import dumps
from news_etl.pipeline import aliases_for, pipeline_for
from transforms.articles import Article, ArticleError, load_article
from transforms.extract import extract_articles
from transforms.money import decimal_text
from transforms.records import ArticleExtraction, ExtractionFailure


def extraction_record(ex: ArticleExtraction) -> dict[str, Any]:
    """The stable JSON contract of one extracted article."""
    article = ex.article
    return {
        "path": article.path,
        "sha256": article.sha256,
        "published_date": article.published_date.isoformat() if article.published_date else None,
        "entities": [
            {
                "text": e.text,
                "canonical": e.canonical,
                "label": e.label,
                "country_code": e.country_code,
                "role": e.role,
                "start": e.start,
                "end": e.end,
            }
            for e in ex.entities
        ],
        "money": [
            {
                "text": m.text,
                "amount": m.amount,
                "currency": m.currency,
                "amount_low": m.amount_low,
                "amount_high": m.amount_high,
                "qualifier": m.qualifier,
                "per": m.per,
                "currency_inferred": m.currency_inferred,
                "start": m.start,
                "end": m.end,
                "parties": [party["canonical"] for party in roles],
                "party_roles": roles,
            }
            for m, roles in zip(ex.money, (_parties(ex, i) for i in range(len(ex.money))), strict=True)
        ],
        "dates": [
            {
                "text": d.text,
                "start": d.start,
                "end": d.end,
                # ISO first day, or a TimeML token (a reference, a duration's length, a set's period)
                "value": d.value if d.value is not None else d.timex,
                "granularity": d.granularity,
                "date_end": d.value_end,
                "timex": d.timex,
                "type": d.timex_type,
            }
            for d in ex.dates
        ],
    }


def _parties(ex: ArticleExtraction, money_index: int) -> list[dict[str, str]]:
    """The distinct entities linked to one money mention, each with its most specific role."""
    best: dict[tuple[str, str], str] = {}
    for party in ex.parties:
        if party.money_index == money_index:
            entity = ex.entities[party.entity_index]
            key = (entity.canonical, entity.label)
            if best.get(key, "other") == "other":
                best[key] = party.role
    return [{"canonical": name, "label": label, "role": role} for (name, label), role in best.items()]


def extract_files(paths: list[Path], settings: Settings, fmt: str, out: TextIO) -> int:
    """Extract each file and print it; unreadable files print an error record. Exit status 1 if any failed."""
    today = today_utc()
    articles: list[Article] = []
    errors: list[dict[str, Any]] = []
    for path in paths:
        try:
            articles.append(load_article(path, settings.max_file_bytes, today))
        except ArticleError as exc:
            errors.append({"path": str(path), "error": {"reason": exc.reason, "message": exc.message}})
    nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
    aliases = aliases_for(settings.entity_aliases_file)
    results = extract_articles(nlp, articles, settings.entity_labels, settings.nlp_batch_size, aliases)
    failed = bool(errors)
    for result in results:
        if isinstance(result, ExtractionFailure):
            failed = True
            errors.append(
                {"path": result.article.path, "error": {"reason": "extraction_failed", "message": result.error}}
            )
            continue
        record = extraction_record(result)
        out.write(dumps(record) + "\n" if fmt == "jsonl" else _table(record))
    for error in errors:
        out.write(
            dumps(error) + "\n"
            if fmt == "jsonl"
            else f"{error['path']}: {error['error']['reason']}: {error['error']['message']}\n"
        )
    return 1 if failed else 0


def _table(record: dict[str, Any]) -> str:
    lines = [f"{record['path']}  (published {record['published_date'] or 'unknown'}, sha256 {record['sha256'][:12]})"]
    lines.append("  money:")
    for m in record["money"]:
        lines.append(f"    {decimal_text(m['amount'])} {m['currency']:<4} {m['text']!r}")
    lines.append("  entities:")
    for e in record["entities"]:
        lines.append(f"    {e['label']:<8} {e['country_code'] or '':<3} {e['canonical']}")
    lines.append("  dates:")
    for d in record["dates"]:
        lines.append(f"    {d['value'] or '-'!s:<10} {d['granularity']:<6} {d['type']:<8} {d['text']}")
    return "\n".join(lines) + "\n"
