"""Precision and recall of money parties (payer, recipient) against hand annotation.

    .venv/bin/python -m benchmarks.money_roles [gold.json ...]

Gold: `benchmarks/gold/money_roles_*.json`, money mentions of real articles with the payers and recipients
their sentence names (`heldout`: sampled from corpus articles 02000-02999 and annotated before the role
rules were written; `dev`: the sentences the rules were written from). A predicted (mention, entity, role)
counts when the gold lists that entity (by canonical name, case-insensitive) in that role. Articles are
read from `../shared/corpus/articles` (the benchmark skips files it cannot find).
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
from transforms.extract import extract_articles

GOLD_DIR = Path(__file__).parent / "gold"
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "articles"
ROLES = ("payer", "recipient")


def score(gold_file: Path) -> Counter[str]:
    """Counts `tp_<role>`, `pred_<role>`, `gold_<role>` over the file's annotated mentions."""
    spec = json.loads(gold_file.read_text(encoding="utf-8"))
    settings = Settings()
    nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
    aliases = aliases_for(settings.entity_aliases_file)
    counts: Counter[str] = Counter()
    by_file: dict[str, list[dict]] = {}
    for item in spec["items"]:
        by_file.setdefault(item["file"], []).append(item)
    for name, items in sorted(by_file.items()):
        path = CORPUS / name if (CORPUS / name).exists() else PROJECT_ROOT / "data" / "inbox" / name
        if not path.exists():
            continue
        (ex,) = extract_articles(
            nlp, [load_article(path, 5_000_000, dt.date.today())], settings.entity_labels, 32, aliases
        )
        for item in items:
            (money_index,) = [i for i, m in enumerate(ex.money) if m.start == item["money_start"]]
            predicted = {
                (ex.entities[p.entity_index].canonical.casefold(), p.role)
                for p in ex.parties
                if p.money_index == money_index and p.role in ROLES
            }
            gold = {(n.casefold(), "payer") for n in item["payers"]} | {
                (n.casefold(), "recipient") for n in item["recipients"]
            }
            for role in ROLES:
                p_role = {x for x in predicted if x[1] == role}
                g_role = {x for x in gold if x[1] == role}
                counts[f"tp_{role}"] += len(p_role & g_role)
                counts[f"pred_{role}"] += len(p_role)
                counts[f"gold_{role}"] += len(g_role)
    return counts


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path, nargs="*", help="gold files (default: benchmarks/gold/money_roles_*.json)")
    add_record_options(parser)
    args = parser.parse_args(argv)
    files = args.gold or sorted(GOLD_DIR.glob("money_roles_*.json"))
    rows = []
    print("| gold | role | precision | recall | tp / predicted / gold |")
    print("|---|---|---:|---:|---|")
    for gold_file in files:
        c = score(gold_file)
        for role in (*ROLES, "both"):
            keys = ROLES if role == "both" else (role,)
            tp, pred, gold = (sum(c[f"{k}_{r}"] for r in keys) for k in ("tp", "pred", "gold"))
            print(f"| {gold_file.stem} | {role} | {_ratio(tp, pred)} | {_ratio(tp, gold)} | {tp} / {pred} / {gold} |")
            precision, recall = (round(tp / n, 3) if n else None for n in (pred, gold))
            rows.append([gold_file.stem, role, precision, recall, f"{tp} / {pred} / {gold}"])
    columns = ["gold", "role", "precision", "recall", "tp / predicted / gold"]
    note = "heldout: annotated before the role rules were written, never used to tune them; dev: what they came from."
    record("money_roles", "money_roles", argv, columns, rows, args, note)


if __name__ == "__main__":
    main(sys.argv[1:])
