"""Entity F1 on exact name spans (PER, ORG, LOC) against hand annotation, ours against raw spaCy.

    .venv/bin/python -m benchmarks.entity_spans [--wire] [gold.json]

Gold: `benchmarks/gold/entity_spans_heldout.json` (see its `about`); a gold file with a `texts` folder reads its
articles there, else in its `corpus` (default `corpus`, the press releases; `entity_spans_news_heldout.json`:
`corpus-news`, journalism). `--wire` rewrites each article and its gold as wire copy (`wire_copy`): the
headline in capitals, a "WASHINGTON <date>" dateline (a LOC), tokens separated by spaces.

Ours: the spans `news-etl extract` reports (resolution, recased capitals, names without titles).
Baseline: the same model's `doc.ents` on the article as written. Labels map to classes: PERSON → PER;
ORG → ORG; GPE, LOC, FAC → LOC; the rest (NORP, EVENT, LAW, PRODUCT) are MISC and not scored. A prediction
counts when its start, end and class equal a gold mention's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

from benchmarks.results import add_record_options, record
from news_etl.config import PROJECT_ROOT, Settings
from news_etl.pipeline import aliases_for, pipeline_for
from transforms.articles import load_article
from transforms.extract import extract_articles
from transforms.records import ArticleExtraction

GOLD = Path(__file__).parent / "gold" / "entity_spans_heldout.json"
SHARED = PROJECT_ROOT.parent / "shared"
CLASSES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
Span = tuple[int, int, str]


def _occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def gold_spans(text: str, spec: dict[str, list[str]]) -> tuple[set[Span], list[tuple[int, int]]]:
    """Gold mentions (start, end, class) and the ignored regions of one article."""
    ignored = [span for phrase in spec.get("ignore", []) for span in _occurrences(text, phrase)]
    found: list[Span] = []
    for cls in ("PER", "ORG", "LOC"):
        for phrase in spec.get(cls, []):
            found += [(s, e, cls) for s, e in _occurrences(text, phrase)]
    covers = [(s, e) for s, e, _ in found] + ignored
    gold = {(s, e, c) for s, e, c in found if not any(cs <= s and e <= ce and (cs, ce) != (s, e) for cs, ce in covers)}
    return gold, ignored


_SPLIT_PUNCT = re.compile(r"""([,;:()"“”?!])""")
_POSSESSIVE = re.compile(r"(\w)(['’]s)(?!\w)")
_FINAL_STOP = re.compile(r"(\w[a-z0-9])\.(?=\s|$)")


def wire_tokens(text: str) -> str:
    """Punctuation and possessives as their own space-separated tokens, the way wire corpora print text."""
    text = _POSSESSIVE.sub(r"\1 \2", _FINAL_STOP.sub(r"\1 .", _SPLIT_PUNCT.sub(r" \1 ", text)))
    return re.sub(r"[ \t]+", " ", text).strip()


def wire_copy(body: str, published: dt.date, spec: dict[str, list[str]]) -> tuple[str, dict[str, list[str]]]:
    """The article as wire copy (headline in capitals, dateline, tokens), and its gold rewritten to match."""
    lines = [wire_tokens(line) for line in body.splitlines() if line.strip()]
    text = "\n".join([lines[0].upper(), f"WASHINGTON {published.isoformat()}", *lines[1:]]) + "\n"
    wired = {cls: sorted({f(wire_tokens(p)) for p in ps for f in (str, str.upper)}) for cls, ps in spec.items()}
    wired["LOC"] = [*wired.get("LOC", []), "WASHINGTON"]
    return text, wired


def _scored(spans: set[Span], ignored: list[tuple[int, int]]) -> set[Span]:
    return {(s, e, c) for s, e, c in spans if not any(i < e and s < j for i, j in ignored)}


def _f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path, nargs="?", default=GOLD, help="gold file (default: %(default)s)")
    parser.add_argument("--wire", action="store_true", help="score each article rewritten as wire copy")
    add_record_options(parser)
    args = parser.parse_args(argv)
    wire, gold_file = args.wire, args.gold
    gold_json = json.loads(gold_file.read_text(encoding="utf-8"))
    spec = gold_json["articles"]
    corpus = SHARED / gold_json.get("corpus", "corpus") / "articles"
    texts = gold_file.parent / gold_json["texts"] if "texts" in gold_json else corpus
    settings = Settings()
    nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
    aliases = aliases_for(settings.entity_aliases_file)
    counts = {(system, cls): [0, 0, 0] for system in ("ours", "spaCy") for cls in ("PER", "ORG", "LOC", "all")}
    for name, article_spec in spec.items():
        article = load_article(texts / name, settings.max_file_bytes, dt.date.today())
        if wire:
            body, article_spec = wire_copy(article.body, article.published_date or dt.date.today(), article_spec)
            article = replace(article, body=body)
        gold, ignored = gold_spans(article.body, article_spec)
        (ex,) = extract_articles(nlp, [article], settings.entity_labels, aliases=aliases)
        assert isinstance(ex, ArticleExtraction)
        ours = {(e.start, e.end, CLASSES[e.label]) for e in ex.entities if e.label in CLASSES}
        doc = nlp(article.body)
        raw = {(e.start_char, e.end_char, CLASSES[e.label_]) for e in doc.ents if e.label_ in CLASSES}
        for system, predicted in (("ours", _scored(ours, ignored)), ("spaCy", _scored(raw, ignored))):
            for cls in ("PER", "ORG", "LOC", "all"):
                p = {x for x in predicted if cls in ("all", x[2])}
                g = {x for x in gold if cls in ("all", x[2])}
                c = counts[(system, cls)]
                c[0], c[1], c[2] = c[0] + len(p & g), c[1] + len(p), c[2] + len(g)
    print(f"gold: {gold_file.name}{' as wire copy' if wire else ''}, model {settings.spacy_model}")
    print("| class | ours P | ours R | ours F1 | spaCy P | spaCy R | spaCy F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = []
    for cls in ("PER", "ORG", "LOC", "all"):
        ours_prf = _f1(*counts[("ours", cls)])
        base_prf = _f1(*counts[("spaCy", cls)])
        cells = " | ".join(f"{v:.3f}" for v in (*ours_prf, *base_prf))
        print(f"| {cls} | {cells} |")
        rows.append([cls, *(round(v, 3) for v in (*ours_prf, *base_prf))])
    name = f"entity_spans_{gold_file.stem.removeprefix('entity_spans_')}{'_wire' if wire else ''}"
    note = f"{gold_file.name}{' as wire copy' if wire else ''}: {counts[('ours', 'all')][2]} gold mentions."
    columns = ["class", "ours P", "ours R", "ours F1", "spaCy P", "spaCy R", "spaCy F1"]
    record(name, "entity_spans", argv, columns, rows, args, note)


if __name__ == "__main__":
    main(sys.argv[1:])
