"""Precision and recall of money parties (payer, recipient) and of rate detection, against hand annotation.

    .venv/bin/python -m benchmarks.money_roles [gold.json ...] [--misses]

Gold: `benchmarks/gold/money_roles_*.json`, money mentions of real articles with the payers and recipients their
sentence names and the unit the amount is a rate of (`per`), per genre: press releases (`money_roles_dev`,
`money_roles_heldout`, from `../shared/corpus/articles`) and journalism (`money_roles_news_dev`,
`money_roles_news_dev3`, `money_roles_news_dev4`, `money_roles_news_dev5`, `money_roles_news_heldout`,
`money_roles_news_heldout2` ... `money_roles_news_heldout5`, from `../shared/corpus-news/articles`; `dev3`, `dev4`,
`dev5`: further dev sets, annotated from their sentences before the rules were scored on them). `heldout` sets were
annotated before the rules were written from the genre and are never used to tune them (`heldout2` ... `heldout5`:
further journalism sets, each annotated once the earlier ones had been looked at as scores, before the rules written
after that); `dev` sets are what the rules come from. Each file's `about` says how its articles were chosen and when
they were annotated. A predicted (mention, entity, role) counts when the gold lists that entity in that role
(strict). A party is scored by its canonical entity: a gold name is the entity it names in that article, which is
the entity of that canonical name when the article has one, else the canonical entity the article resolves that
surface name to (every mention written so in the money mention's sentence, else in the article, resolving to one
canonical name: "Toyota" linked to "Toyota Motor Corporation", "GM" to "General Motors"), else the name itself (dev
and `heldout5` gold lists a party the model reads as no entity by its name as written, so a name the rules add as an
entity can count); names compare case-insensitively, and two gold names of one entity are one gold party. A mention
is a predicted rate when its `per` makes it one (`transforms.events.is_rate`), a gold rate when its gold `per` does.
The benchmark skips article files it cannot find. `--misses` prints every dev mention whose predicted parties differ
from the gold (missed and extra parties, with the sentence); it refuses held-out sets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT, Settings
from news_etl.pipeline import aliases_for, pipeline_for
from transforms.articles import load_article
from transforms.events import is_rate
from transforms.extract import extract_articles
from transforms.records import ArticleExtraction

GOLD_DIR = Path(__file__).parent / "gold"
SHARED = PROJECT_ROOT.parent / "shared"
ROLES = ("payer", "recipient")


def score(gold_file: Path, misses: bool = False) -> Counter[str]:
    """Counts `tp_<x>`, `pred_<x>`, `gold_<x>` over the file's annotated mentions, x a role or `rate`; with
    `misses`, prints each mention whose predicted parties differ from the gold."""
    spec = json.loads(gold_file.read_text(encoding="utf-8"))
    settings = Settings()
    nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
    aliases = aliases_for(settings.entity_aliases_file)
    corpus = SHARED / spec.get("corpus", "corpus") / "articles"
    counts: Counter[str] = Counter()
    by_file: dict[str, list[dict]] = {}
    for item in spec["items"]:
        by_file.setdefault(item["file"], []).append(item)
    for name, items in sorted(by_file.items()):
        path = corpus / name if (corpus / name).exists() else PROJECT_ROOT / "data" / "inbox" / name
        if not path.exists():
            continue
        (ex,) = extract_articles(
            nlp, [load_article(path, 5_000_000, dt.date.today())], settings.entity_labels, 32, aliases
        )
        for item in items:
            money_index = mention_at(ex, item["money_start"])
            predicted_rate, gold_rate = is_rate(ex.money[money_index].per), is_rate(item.get("per"))
            counts["tp_rate"] += predicted_rate and gold_rate
            counts["pred_rate"] += predicted_rate
            counts["gold_rate"] += gold_rate
            predicted = {
                (ex.entities[p.entity_index].canonical.casefold(), p.role)
                for p in ex.parties
                if p.money_index == money_index and p.role in ROLES
            }
            sentence = ex.money[money_index].sentence_index
            gold = {(gold_entity(ex, n, sentence), "payer") for n in item["payers"]} | {
                (gold_entity(ex, n, sentence), "recipient") for n in item["recipients"]
            }
            if misses and predicted != gold:
                print_miss(item, gold - predicted, predicted - gold)
            for role in ROLES:
                p_role = {x for x in predicted if x[1] == role}
                g_role = {x for x in gold if x[1] == role}
                counts[f"tp_{role}"] += len(p_role & g_role)
                counts[f"pred_{role}"] += len(p_role)
                counts[f"gold_{role}"] += len(g_role)
    return counts


def print_miss(item: dict, missed: set[tuple[str, str]], extra: set[tuple[str, str]]) -> None:
    """One dev mention whose parties differ from the gold: missed (gold, not predicted) and extra ones."""
    print(f"{item['file']} {item['money_text']!r} missed={sorted(missed)} extra={sorted(extra)}")
    print(f"    {item['sentence']}")


def mention_at(ex: ArticleExtraction, start: int) -> int:
    """The money mention a gold item names by its start: the one starting there, else the one whose span holds
    it (a surface that grew a leading sign or code, "AUD $120 million" for "$120 million")."""
    exact = [i for i, m in enumerate(ex.money) if m.start == start]
    (index,) = exact or [i for i, m in enumerate(ex.money) if m.start <= start < m.end]
    return index


def gold_entity(ex: ArticleExtraction, name: str, sentence: int) -> str:
    """The canonical entity (case-folded) a gold party's name names in this article: the entity of that
    canonical name if the article has one, else the one canonical name its mentions written so resolve to
    (those of the money mention's sentence first, else the article's), else the name as written."""
    folded = name.casefold()
    if any(e.canonical.casefold() == folded for e in ex.entities):
        return folded
    written = [e for e in ex.entities if e.text.casefold() == folded]
    for mentions in ([e for e in written if e.sentence_index == sentence], written):
        resolved = {e.canonical.casefold() for e in mentions}
        if len(resolved) == 1:
            return resolved.pop()
        if resolved:
            break  # written so, resolved to several entities: the name stays as written
    return folded


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path, nargs="*", help="gold files (default: benchmarks/gold/money_roles_*.json)")
    parser.add_argument("--misses", action="store_true", help="print each dev mention whose parties differ")
    add_record_options(parser)
    args = parser.parse_args(argv)
    files = args.gold or sorted(GOLD_DIR.glob("money_roles_*.json"))
    if args.misses and any("heldout" in f.name for f in files):
        parser.error("--misses prints per-mention detail: dev sets only")
    columns = ["gold", "genre", "split", "measure", "precision", "recall", "F1", "tp / predicted / gold"]
    rows = []
    print("| " + " | ".join(columns) + " |")
    print("|---|---|---|---|---:|---:|---:|---|")
    for gold_file in files:
        spec = json.loads(gold_file.read_text(encoding="utf-8"))
        c = score(gold_file, args.misses)
        for measure in (*ROLES, "payer+recipient", "rate"):
            keys = ROLES if measure == "payer+recipient" else (measure,)
            tp, pred, gold = (sum(c[f"{k}_{r}"] for r in keys) for k in ("tp", "pred", "gold"))
            precision, recall = _ratio(tp, pred), _ratio(tp, gold)
            row = [gold_file.stem, spec.get("genre", "-"), spec.get("split", "-"), measure]
            row += [precision, recall, _f1(precision, recall), f"{tp} / {pred} / {gold}"]
            print("| " + " | ".join("-" if v is None else str(v) for v in row) + " |")
            rows.append(row)
    note = (
        "heldout: annotated before the rules were written from that genre, never used to tune them; dev: what they"
        " came from. Roles strict (a party by its canonical entity, the gold name as the article resolves it, and its"
        " role); rate: a mention whose `per` makes it a rate."
    )
    record("money_roles", "money_roles", argv, columns, rows, args, note)


if __name__ == "__main__":
    main(sys.argv[1:])
