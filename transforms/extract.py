"""From parsed articles to typed mention records, one `nlp.pipe` call per batch."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from transforms.aliases import EntityAliases
from transforms.articles import Article
from transforms.currencies import infer_currency_context
from transforms.datelines import Dateline, find_dateline
from transforms.dates import normalise_date, tense_of
from transforms.entities import entity_key, normalise_entity
from transforms.events import DatedPhrase, MoneyEvent, money_events
from transforms.money import MoneyMention, find_money
from transforms.nlp import common_words, pipe_long
from transforms.parties import MoneyParty, parse_components, parse_texts, role_in_sentence
from transforms.places import country_code, country_name, is_city, is_continent, is_region
from transforms.recase import at_sentence_start, given_names, is_common, reading_text, written_form
from transforms.resolve import RawMention, resolve_article
from transforms.scorelines import teams
from transforms.vocab import DEFAULT_ENTITY_LABELS, Granularity, MoneySource

TITLE_MAX_CHARS = 300


@dataclass(frozen=True)
class EntityMention:
    text: str
    canonical: str
    key: str
    label: str
    start: int
    end: int
    sentence_index: int
    country_code: str | None = None  # ISO 3166-1 alpha-2, for places and demonyms
    role: str | None = None  # a title split off a person's name: "Prime Minister", "President"


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    sentence_index: int
    value: dt.date | None  # the period's first day; None when granularity is "vague" or "ref"
    granularity: Granularity
    value_end: dt.date | None = None  # the first day of a range's last period ("2009-2010" → 2010-01-01)
    timex: str | None = None  # TimeML value: "2013-W12", "2013-Q1", "199", "PRESENT_REF"


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything extracted from one article version; offsets are into `article.body`."""

    article: Article
    title: str
    sentences: tuple[tuple[int, int], ...]
    entities: tuple[EntityMention, ...] = field(default=())
    money: tuple[MoneyMention, ...] = field(default=())
    dates: tuple[DateMention, ...] = field(default=())
    parties: tuple[MoneyParty, ...] = field(default=())  # entities linked to each money mention
    events: tuple[MoneyEvent, ...] = field(default=())  # the transfers and figures the mentions report
    rejected_money_spans: tuple[str, ...] = field(default=())
    dateline_place: str | None = None  # where the story was filed from: "SIALKOT , Pakistan 1996-09-01"

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.article.body[start:end]


@dataclass(frozen=True)
class ExtractionFailure:
    """An article whose extraction raised; it is quarantined, the rest of its batch is not."""

    article: Article
    error: str


def _title(text: str, sentences: Sequence[tuple[int, int]]) -> str:
    if not sentences:
        return ""
    start, end = sentences[0]
    first = text[start:end].split("\n", 1)[0].strip()
    return first if len(first) <= TITLE_MAX_CHARS else first[: TITLE_MAX_CHARS - 1].rstrip() + "…"


def _is_place(name: str, label: str) -> bool:
    """A known place, for a name the model tagged `label`: any gazetteer place if it said GPE/LOC/FAC; else only
    a country, state or region ("Campbell" tagged ORG is a surname, though a Californian city has that name)."""
    if label in ("GPE", "LOC", "FAC"):
        return country_code(name, "GPE") is not None or is_continent(name)
    return is_region(name)


def _is_country(name: str) -> bool:
    return country_name(name) is not None


def _is_given_name(word: str) -> bool:
    return word.lower() in given_names()


def _a_player(name: str, read_as: list[RawMention]) -> bool:
    """A name in a results table is a player when the model reads it as a person and none of its words is a
    place ("Colin Montgomerie 69 70 65 66"; "Manchester United 1" read as a person is still a club)."""
    words = name.split()
    return (
        len(words) > 1
        and any(m.label == "PERSON" for m in read_as)
        and not any(is_region(w) or is_city(w) for w in words)
    )


def _without_capitalised_common_words(
    text: str, raw: list[RawMention], common: frozenset[str]
) -> tuple[list[RawMention], frozenset[str]]:
    """The mentions without a common word the model took for a person because a sentence starts with it
    ("Attendance : 38,136", "[Opener] Saeed Anwar scored"): a word of the `common` list, no given name nor
    region, that the article never writes capitalised inside a sentence, alone or before a name of two
    words or more; and the words taken out."""
    kept = []
    dropped = set()
    for m in raw:
        first = text[m.start : m.end].split(" ", 1)[0]
        if (
            m.label == "PERSON"
            and at_sentence_start(text, m.start)
            and first.isalpha()
            and is_common(first, common)
            and first.lower() not in given_names()
            and not is_region(first)
            and written_form(text, first) in (None, first.lower())
            and len(m.canonical.split()) != 2  # "Xavier Becerra": a first name the word list also has
        ):
            dropped.add(first)
            if " " not in m.canonical:
                continue
            rest = m.start + len(first) + 1  # "[Opener] Saeed Anwar": what is left is a whole name
            m = RawMention(normalise_entity(text[rest : m.end]), m.label, rest, m.end)
        kept.append(m)
    return kept, frozenset(dropped)


def _with_dateline_place(text: str, raw: list[RawMention], dateline: Dateline) -> list[RawMention]:
    """The dateline's place as a GPE, whatever the model read in a word in capitals, and so is every other
    mention of that name on its own ("SIALKOT" in the headline), not inside a longer name."""
    name = re.compile(rf"(?<![\w'’.-]){re.escape(text[dateline.start : dateline.end])}(?![\w'’-])", re.IGNORECASE)
    for match in name.finditer(text):
        overlapping = [m for m in raw if m.start < match.end() and match.start() < m.end]
        if all((m.start, m.end) == match.span() for m in overlapping) or match.start() == dateline.start:
            raw = [m for m in raw if m not in overlapping]
            raw.append(RawMention(dateline.place, "GPE", match.start(), match.end()))
    return sorted(raw, key=lambda m: m.start)


def extract_doc(
    article: Article,
    doc: Doc,
    labels: frozenset[str],
    aliases: EntityAliases | None = None,
    common: frozenset[str] = frozenset(),
    reading: str | None = None,
) -> ArticleExtraction:
    """Turn one processed `Doc` into mention records (money parties are linked by `link_money_parties`);
    `common` is the pipeline's list of common words (transforms.nlp.common_words), `reading` the text the
    model read (`reading_text`; `doc.text` is the same but joins every token on each access)."""
    text = article.body
    recased = reading if reading is not None else reading_text(text, common)  # names and money are found in it
    # Sentence spans without the whitespace (paragraph breaks) spaCy attaches to their last token.
    sentences = tuple(
        (s.start_char, s.start_char + len(recased[s.start_char : s.end_char].rstrip())) for s in doc.sents
    )
    starts = [s for s, _ in sentences]

    def sentence_of(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    raw = [
        RawMention(canonical, ent.label_, ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ in labels and (canonical := normalise_entity(ent.text))
    ]
    raw, not_names = _without_capitalised_common_words(text, raw, common)
    for team in teams(recased, _is_country, _is_given_name):  # results tables: the names are teams or players
        label = team.label
        if label == "ORG" and _a_player(team.name, [m for m in raw if m.start == team.start]):
            label = "PERSON"
        if label not in labels:
            continue  # the `entity_labels` setting leaves that kind out
        raw = [m for m in raw if m.end <= team.start or team.end <= m.start]
        raw.append(RawMention(team.name, label, team.start, team.end))
    raw.sort(key=lambda m: m.start)
    dateline = find_dateline(text)
    if dateline is not None and "GPE" in labels:
        raw = _with_dateline_place(text, raw, dateline)
    entities = []
    for r in resolve_article(recased, raw, normalise_entity, _is_place, aliases, not_names):
        if not r.canonical:
            continue
        country = country_name(r.canonical) if r.label not in ("PERSON", "NORP") else None
        if country is not None:  # "U.S.", "the United States", an "ORG" or "PRODUCT" named so: the country
            r = replace(r, canonical=country, label="GPE")
        entities.append(
            EntityMention(
                text=text[r.start : r.end],
                canonical=r.canonical,
                key=entity_key(r.canonical, r.label),
                label=r.label,
                start=r.start,
                end=r.end,
                sentence_index=sentence_of(r.start),
                country_code=r.country_code or country_code(r.canonical, r.label),
                role=r.role,
            )
        )
    ner_money = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "MONEY"]
    money = []
    matched_ner: set[int] = set()
    for found in find_money(recased, infer_currency_context(text)):
        overlapping = [i for i, (s, e, _) in enumerate(ner_money) if s < found.end and found.start < e]
        matched_ner.update(overlapping)
        source: MoneySource = "ner+rules" if overlapping else "rules"
        surface = text[found.start : found.end]  # as written: the reading text may differ in case or spacing
        money.append(replace(found, text=surface, sentence_index=sentence_of(found.start), source=source))
    dates = []
    for ent in doc.ents:
        if ent.label_ == "DATE":
            sentence = sentence_of(ent.start_char)
            start, end = sentences[sentence] if sentences else (0, len(text))
            # the tense of the clause around the date: 60 characters before it and 40 after, in its sentence
            window = text[max(start, ent.start_char - 60) : min(end, ent.end_char + 40)]
            when = normalise_date(ent.text, article.published_date, tense_of(window))
            if when is None:
                continue  # a duration ("five years") is no date
            dates.append(
                DateMention(
                    text[ent.start_char : ent.end_char],
                    ent.start_char,
                    ent.end_char,
                    sentence,
                    when.value,
                    when.granularity,
                    when.end,
                    when.timex,
                )
            )
    return ArticleExtraction(
        article=article,
        title=_title(text, sentences),
        sentences=sentences,
        entities=tuple(entities),
        money=tuple(money),
        dates=tuple(dates),
        rejected_money_spans=tuple(t for i, (_, _, t) in enumerate(ner_money) if i not in matched_ner),
        dateline_place=dateline.place if dateline is not None else None,
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
        parties = []
        for money_index, m in enumerate(ex.money):
            base = ex.sentences[m.sentence_index][0] if ex.sentences else 0
            sentence = parsed.get((i, m.sentence_index))
            for entity_index, e in enumerate(ex.entities):
                if e.sentence_index != m.sentence_index:
                    continue
                role = (
                    role_in_sentence(sentence, (m.start - base, m.end - base), (e.start - base, e.end - base))
                    if sentence is not None
                    else "other"
                )
                parties.append(MoneyParty(money_index, entity_index, role))
        events = money_events(
            ex.money,
            [(p.money_index, ex.entities[p.entity_index].key, p.role) for p in parties],
            [DatedPhrase(d.sentence_index, d.start, d.value, d.granularity) for d in ex.dates if d.value is not None],
            ex.article.published_date,
        )
        linked.append(replace(ex, parties=tuple(parties), events=events))
    return linked


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
            results.append(extract_doc(article, doc, label_set, aliases, common, reading))
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
