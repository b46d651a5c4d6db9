"""From parsed articles to typed mention records, one `nlp.pipe` call per batch."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from transforms.aliases import EntityAliases
from transforms.articles import Article
from transforms.conversions import conversions
from transforms.country_mentions import with_country_names
from transforms.currencies import DEFAULT_CONTEXT, dated_currency, infer_currency_context
from transforms.datelines import Dateline, find_dateline, with_dateline_place
from transforms.dates import (
    VAGUE,
    DateValue,
    Tense,
    clause_tense,
    find_more,
    means_nowadays,
    needs_tense,
    normalise_date,
    split_range,
    tense_of,
)
from transforms.entities import entity_key, normalise_entity
from transforms.events import DatedPhrase, money_events
from transforms.money import MoneyMention, find_money
from transforms.nlp import common_words, pipe_long, tag_and_parse
from transforms.org_cues import with_org_cues
from transforms.parties import is_requested, parse_components, parse_texts, role_in_sentence
from transforms.party_names import missed_parties
from transforms.places import country_code, country_named, is_known_place
from transforms.purpose import Purpose, PurposeEntity, purpose_of
from transforms.recase import reading_text, without_sentence_start_words
from transforms.records import ArticleExtraction, DateMention, EntityMention, ExtractionFailure, MoneyParty
from transforms.repeats import with_repeated_words
from transforms.resolve import RawMention, Resolution, resolve_article
from transforms.scorelines import with_table_names
from transforms.vocab import DEFAULT_ENTITY_LABELS, MoneySource
from transforms.whole_names import with_whole_names

TITLE_MAX_CHARS = 300
_DAY_PART = re.compile(r"\s+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def _title(text: str, sentences: Sequence[tuple[int, int]]) -> str:
    if not sentences:
        return ""
    start, end = sentences[0]
    first = text[start:end].split("\n", 1)[0].strip()
    return first if len(first) <= TITLE_MAX_CHARS else first[: TITLE_MAX_CHARS - 1].rstrip() + "…"


@dataclass
class _Draft:
    """One article's extraction as the steps of `ARTICLE_STEPS` build it, each reading what the ones before
    it left. `reading` is the text the model read (recased: `transforms/recase.py`), offsets are the body's."""

    article: Article
    doc: Doc
    reading: str
    labels: frozenset[str]
    common: frozenset[str]
    aliases: EntityAliases | None
    sentences: tuple[tuple[int, int], ...]
    raw: list[RawMention] = field(default_factory=list)  # entity mentions before resolution
    not_names: frozenset[str] = frozenset()  # sentence-start words found to be no names
    dateline: Dateline | None = None
    resolved: list[Resolution] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    money: list[MoneyMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    parse: Callable[[Sequence[str]], list[Doc] | None] | None = None  # tags and parses sentences (dates' tense)

    @property
    def text(self) -> str:
        return self.article.body

    def sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right([s for s, _ in self.sentences], char) - 1)


def _model_entities(d: _Draft) -> None:
    """NER: the model's entities of the kinds the `entity_labels` setting keeps, names normalised."""
    d.raw = [
        RawMention(canonical, ent.label_, ent.start_char, ent.end_char)
        for ent in d.doc.ents
        if ent.label_ in d.labels and (canonical := normalise_entity(ent.text))
    ]


def _sentence_start_words(d: _Draft) -> None:
    d.raw, d.not_names = without_sentence_start_words(d.text, d.raw, d.common)


def _results_tables(d: _Draft) -> None:
    d.raw = with_table_names(d.reading, d.raw, d.labels)


def _country_names(d: _Draft) -> None:
    if "GPE" in d.labels:
        d.raw = with_country_names(d.reading, d.raw)


def _org_cues(d: _Draft) -> None:
    if "ORG" in d.labels:
        d.raw = with_org_cues(d.reading, d.raw, d.common)


def _dateline(d: _Draft) -> None:
    d.dateline = find_dateline(d.text)
    if d.dateline is not None and "GPE" in d.labels:
        d.raw = with_dateline_place(d.text, d.raw, d.dateline)


def _whole_names(d: _Draft) -> None:
    d.raw = with_whole_names(d.reading, d.raw)


def _repeated_words(d: _Draft) -> None:
    d.raw = with_repeated_words(d.reading, d.raw, d.common)


def _resolution(d: _Draft) -> None:
    headline = len(d.reading.split("\n", 1)[0])
    recased = d.reading[:headline] != d.article.body[:headline]
    resolved = resolve_article(
        d.reading, d.raw, normalise_entity, is_known_place, d.aliases, d.not_names, recased_headline=recased
    )
    d.resolved = [r for r in resolved if r.canonical]


def _places(d: _Draft) -> None:
    """Entity records, a name of a country read as that country ("U.S.", an ORG named "United States")."""
    for r in d.resolved:
        country = country_named(r.canonical, r.label)
        if country is not None:
            r = replace(r, canonical=country, label="GPE")
        d.entities.append(
            EntityMention(
                text=d.text[r.start : r.end],
                canonical=r.canonical,
                key=entity_key(r.canonical, r.label),
                label=r.label,
                start=r.start,
                end=r.end,
                sentence_index=d.sentence_of(r.start),
                country_code=r.country_code or country_code(r.canonical, r.label),
                role=r.role,
            )
        )


def _money(d: _Draft) -> None:
    """Amounts read by the rules; `source` says whether the model's MONEY entities corroborate them."""
    ner_money = [(e.start_char, e.end_char) for e in d.doc.ents if e.label_ == "MONEY"]
    # The article's currency context only re-resolves or refuses amounts found without it: most articles
    # hold none, and for them it is not computed (it counts every country's spellings in the text).
    amounts = find_money(d.reading, DEFAULT_CONTEXT)
    for found in find_money(d.reading, infer_currency_context(d.text)) if amounts else ():
        corroborated = any(s < found.end and found.start < e for s, e in ner_money)
        source: MoneySource = "ner+rules" if corroborated else "rules"
        surface = d.text[found.start : found.end]  # as written: the reading text may differ in case or spacing
        currency = dated_currency(found.currency, d.article.published_date, surface)
        d.money.append(
            replace(found, text=surface, currency=currency, sentence_index=d.sentence_of(found.start), source=source)
        )


def _date_spans(d: _Draft) -> list[tuple[int, int, str]]:
    """The expressions to value, (start, end, words): the model's DATE entities (a range of days split in
    two, "Saturday" + "afternoon" one TIME), its TIME entities, and the expressions the rules find that it
    does not mark (inside a model's DATE that has no value too: "the 2024 holiday season")."""
    spans = []
    for ent in d.doc.ents:
        if ent.label_ == "DATE":
            part = _DAY_PART.match(d.text, ent.end_char)
            end = part.end() if part else ent.end_char
            pieces = split_range(d.text[ent.start_char : end])
            spans += [(ent.start_char + start, ent.start_char + stop, words) for start, stop, words in pieces]
        elif ent.label_ == "TIME":
            spans.append((ent.start_char, ent.end_char, d.text[ent.start_char : ent.end_char]))
    spans = [s for s in spans if normalise_date(s[2], d.article.published_date) not in (None, VAGUE)]
    spans += [(s, e, d.text[s:e]) for s, e in find_more(d.text, [(s, e) for s, e, _ in spans])]
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda x: (x[0], -x[1])):  # the first, longest, of overlapping spans
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _parsed_tense(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the verb governing the words at [start, end) of a parsed sentence."""
    inside = [t for t in doc if start <= t.idx < end]
    root = next((t for t in inside if t.head is t or not start <= t.head.idx < end), None)
    return clause_tense(root) if root is not None else None


def _tenses(d: _Draft, spans: Sequence[tuple[int, int, str]]) -> list[Tense | None]:
    """Each expression's tense, where its value depends on it: from the tagged dependency parse of its
    sentence (only such sentences are parsed), else from the words around it."""
    wanted = sorted({d.sentence_of(s) for s, _, words in spans if needs_tense(words)}) if d.sentences else []
    parsed = d.parse([d.reading[a:b] for a, b in (d.sentences[i] for i in wanted)]) if d.parse and wanted else None
    docs = dict(zip(wanted, parsed, strict=True)) if parsed is not None else {}
    tenses: list[Tense | None] = []
    for start, end, words in spans:
        index = d.sentence_of(start)
        first, last = d.sentences[index] if d.sentences else (0, len(d.text))
        if not needs_tense(words):
            tenses.append(None)
        elif index in docs:
            tenses.append(_parsed_tense(docs[index], start - first, end - first))
        else:  # no parser: the clause around the date, 60 characters before it and 40 after
            tenses.append(tense_of(d.text[max(first, start - 60) : min(last, end + 40)]))
    return tenses


def _dates(d: _Draft) -> None:
    """Temporal expressions typed and valued by `transforms/dates.py` in the tense of their clause; a DATE
    without a value (the model's "the final day", "the holiday season") is not kept."""
    spans = _date_spans(d)
    for (start, end, words), tense in zip(spans, _tenses(d, spans), strict=True):
        when = normalise_date(words, d.article.published_date, tense)
        sentence = d.sentence_of(start)
        before = d.text[d.sentences[sentence][0] if d.sentences else 0 : start].split()
        if means_nowadays(words, d.text[end : end + 40], tense, len(before) <= 1 or d.text[end : end + 1] == ","):
            when = DateValue(None, "ref", timex="PRESENT_REF")
        if when is None or (when.type == "DATE" and when.granularity == "vague"):
            continue
        surface = d.text[start:end]
        d.dates.append(
            DateMention(surface, start, end, sentence, when.value, when.granularity, when.end, when.timex, when.type)
        )


#: The rules run over each article, in this order, after the model has read its recased text
#: (`transforms/recase.py`); money parties and events follow for the whole batch (`link_money_parties`).
ARTICLE_STEPS: tuple[tuple[str, Callable[[_Draft], None]], ...] = (
    ("ner", _model_entities),
    ("sentence-start words", _sentence_start_words),  # transforms/recase.py
    ("tables", _results_tables),  # transforms/scorelines.py
    ("dateline", _dateline),  # transforms/datelines.py
    ("organisation cues", _org_cues),  # transforms/org_cues.py
    ("country names", _country_names),  # transforms/country_mentions.py
    ("whole names", _whole_names),  # transforms/whole_names.py
    ("repeated words", _repeated_words),  # transforms/repeats.py
    ("resolution", _resolution),  # transforms/resolve.py
    ("places", _places),  # transforms/places.py
    ("money", _money),  # transforms/money.py, transforms/currencies.py
    ("dates", _dates),  # transforms/dates.py
)


def extract_doc(
    article: Article,
    doc: Doc,
    labels: frozenset[str],
    aliases: EntityAliases | None = None,
    common: frozenset[str] = frozenset(),
    reading: str | None = None,
    parse: Callable[[Sequence[str]], list[Doc] | None] | None = None,
) -> ArticleExtraction:
    """Turn one processed `Doc` into mention records by running `ARTICLE_STEPS` (money parties are linked by
    `link_money_parties`); `common` is the pipeline's list of common words (transforms.nlp.common_words),
    `reading` the text the model read (`reading_text`; `doc.text` is the same but joins every token), `parse`
    what tags and parses the sentences whose dates take the tense of their clause (`tag_and_parse`)."""
    text = article.body
    recased = reading if reading is not None else reading_text(text, common)
    # Sentence spans without the whitespace (paragraph breaks) spaCy attaches to their last token.
    sentences = tuple(
        (s.start_char, s.start_char + len(recased[s.start_char : s.end_char].rstrip())) for s in doc.sents
    )
    draft = _Draft(article, doc, recased, labels, common, aliases, sentences, parse=parse)
    for _name, step in ARTICLE_STEPS:
        step(draft)
    return ArticleExtraction(
        article=article,
        title=_title(text, sentences),
        sentences=sentences,
        entities=tuple(draft.entities),
        money=tuple(draft.money),
        dates=tuple(draft.dates),
        dateline_place=draft.dateline.place if draft.dateline is not None else None,
    )


def link_money_parties(nlp: Language, extractions: Sequence[ArticleExtraction]) -> list[ArticleExtraction]:
    """Link each money mention to the entities of its sentence, with their role (transforms/parties.py),
    and group the mentions into money events (transforms/events.py).

    Only sentences holding an amount are parsed, all of the batch's in one pass.
    """
    sentences = sorted({(i, m.sentence_index) for i, ex in enumerate(extractions) for m in ex.money})
    texts = [extractions[i].sentence_text(s) for i, s in sentences]
    parsed = dict(zip(sentences, parse_texts(nlp, texts), strict=True)) if parse_components(nlp) else {}
    linked = []
    for i, ex in enumerate(extractions):
        ex = _with_missed_parties(ex, {s: doc for (j, s), doc in parsed.items() if j == i}, common_words(nlp))
        parties: list[MoneyParty] = []
        requested = set()
        for money_index, m in enumerate(ex.money):
            base = ex.sentences[m.sentence_index][0] if ex.sentences else 0
            sentence = parsed.get((i, m.sentence_index))
            if sentence is not None and is_requested(sentence, (m.start - base, m.end - base)):
                requested.add(money_index)
            for entity_index, e in enumerate(ex.entities):
                if e.sentence_index != m.sentence_index:
                    continue
                role = (
                    role_in_sentence(sentence, (m.start - base, m.end - base), (e.start - base, e.end - base), e.label)
                    if sentence is not None
                    else "other"
                )
                parties.append(MoneyParty(money_index, entity_index, role))
        converts = conversions(ex.money, ex.article.body)
        parties = _conversions_share_roles(parties, converts)
        events = money_events(
            ex.money,
            [(p.money_index, ex.entities[p.entity_index].key, p.role) for p in parties],
            [
                DatedPhrase(d.sentence_index, d.start, d.value, d.granularity)
                for d in ex.dates
                if d.value is not None and d.timex_type in ("DATE", "TIME")  # durations and sets date nothing
            ],
            ex.article.published_date,
            converts,
            _purposes(ex),
            requested=requested,
        )
        linked.append(replace(ex, parties=tuple(parties), events=events))
    return linked


def _with_missed_parties(ex: ArticleExtraction, parsed: dict[int, Doc], common: frozenset[str]) -> ArticleExtraction:
    """The extraction with the names the model missed in its money sentences' party slots as entities
    (transforms/party_names.py), the name of the article's organisation it starts when there is one."""
    added = []
    for index, doc in parsed.items():
        base = ex.sentences[index][0]
        amounts = [(m.start - base, m.end - base) for m in ex.money if m.sentence_index == index]
        taken = [(e.start - base, e.end - base) for e in ex.entities if e.sentence_index == index]
        for start, end, label in missed_parties(doc, amounts, taken, ex.article.body, common):
            text = ex.article.body[base + start : base + end]
            fuller = [e.canonical for e in ex.entities if e.label == label and e.canonical.split()[0] == text]
            canonical = fuller[0] if len(set(fuller)) == 1 else text
            key = entity_key(canonical, label)
            added.append(EntityMention(text, canonical, key, label, base + start, base + end, index))
    if not added:
        return ex
    return replace(ex, entities=tuple(sorted([*ex.entities, *added], key=lambda e: e.start)))


def _conversions_share_roles(parties: list[MoneyParty], converts: dict[int, int]) -> list[MoneyParty]:
    """A conversion ("600bn yen ($5.5bn)") has the roles of the amount it converts, entity by entity."""
    original_role = {(p.money_index, p.entity_index): p.role for p in parties}
    return [
        replace(p, role=original_role.get((converts[p.money_index], p.entity_index), p.role))
        if p.money_index in converts
        else p
        for p in parties
    ]


def _purposes(ex: ArticleExtraction) -> list[Purpose | None]:
    """The purpose of each money mention (transforms/purpose.py), from the entities of its sentence."""
    by_sentence: dict[int, list[PurposeEntity]] = {}
    for e in ex.entities:
        by_sentence.setdefault(e.sentence_index, []).append(PurposeEntity(e.key, e.label, e.start, e.end))
    return [purpose_of(ex.article.body, m.start, m.end, by_sentence.get(m.sentence_index, [])) for m in ex.money]


def extract_articles(
    nlp: Language,
    articles: Sequence[Article],
    labels: Iterable[str] = DEFAULT_ENTITY_LABELS,
    batch_size: int = 32,
    aliases: EntityAliases | None = None,
) -> list[ArticleExtraction | ExtractionFailure]:
    """Run `nlp.pipe` over the articles and return one result per article, in order.

    An article whose processing raises yields an `ExtractionFailure` instead of stopping the batch:
    when a batch-wide step fails, it is re-run article by article to isolate the culprit.
    """
    label_set = frozenset(labels)
    common = common_words(nlp)
    readings = [reading_text(a.body, common) for a in articles]
    parse = functools.partial(tag_and_parse, nlp)
    try:
        docs: list[Doc | Exception] = list(pipe_long(nlp, readings, batch_size))
    except Exception:  # noqa: BLE001 - isolate the failing article below
        docs = []
        for reading in readings:
            try:
                docs.append(pipe_long(nlp, [reading], 1)[0])
            except Exception as exc:  # noqa: BLE001
                docs.append(exc)
    results: list[ArticleExtraction | ExtractionFailure] = []
    for article, doc, reading in zip(articles, docs, readings, strict=True):
        if isinstance(doc, Exception):
            results.append(ExtractionFailure(article, f"spaCy: {type(doc).__name__}: {doc}"))
            continue
        try:
            results.append(extract_doc(article, doc, label_set, aliases, common, reading, parse))
        except Exception as exc:  # noqa: BLE001 - one bad article must not sink its batch
            results.append(ExtractionFailure(article, f"{type(exc).__name__}: {exc}"))
    return _with_parties(nlp, results)


def _with_parties(
    nlp: Language, results: list[ArticleExtraction | ExtractionFailure]
) -> list[ArticleExtraction | ExtractionFailure]:
    extracted = [r for r in results if isinstance(r, ArticleExtraction)]
    try:
        linked = iter(link_money_parties(nlp, extracted))
        return [next(linked) if isinstance(r, ArticleExtraction) else r for r in results]
    except Exception:  # noqa: BLE001 - isolate the article whose parse fails
        isolated: list[ArticleExtraction | ExtractionFailure] = []
        for r in results:
            try:
                isolated.append(link_money_parties(nlp, [r])[0] if isinstance(r, ArticleExtraction) else r)
            except Exception as exc:  # noqa: BLE001
                isolated.append(ExtractionFailure(r.article, f"parsing money sentences: {type(exc).__name__}: {exc}"))
        return isolated
