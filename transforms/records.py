"""The typed records an extraction returns (`transforms/extract.py`): entity, date and money-party mentions,
one article's extraction and a failed one. No spaCy here: the flow's process receives and loads these
records without importing the model's library."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from transforms.articles import Article
from transforms.events import MoneyEvent
from transforms.money import MoneyMention
from transforms.vocab import Granularity, PartyRole, TimexType


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
    value: dt.date | None  # the period's first day; None for a reference, a duration, a set
    granularity: Granularity
    value_end: dt.date | None = None  # the first day of a range's last period ("2009-2010" → 2010-01-01)
    timex: str | None = None  # TimeML value: "2013-W12", "2013-Q1", "199", "PRESENT_REF"
    timex_type: TimexType = "DATE"


@dataclass(frozen=True)
class MoneyParty:
    """An entity linked to a money mention of its sentence (indices into the extraction's tuples)."""

    money_index: int
    entity_index: int
    role: PartyRole


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
    dateline_place: str | None = None  # where the story was filed from: "SIALKOT , Pakistan 1996-09-01"

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.article.body[start:end]


@dataclass(frozen=True)
class ExtractionFailure:
    """An article whose extraction raised; it is quarantined, the rest of its batch is not."""

    article: Article
    error: str
