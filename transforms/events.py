"""Money events: the transfers and figures an article reports, one per event however often it restates it.

Rules (conservative: when in doubt, two events):
- an event starts from a money mention: its amount (a range keeps both ends), currency, `per`, the first
  payer and recipient its sentence names (`transforms/parties.py`) and its date: the dated phrase of its
  sentence nearest to the amount ("founded in 2016, raised $85 million last year" → last year), else the
  publication date (`date_source` says which);
- `is_rate`: the amount is per share, year, month, person, unit… (`per` other than "each"); rates are
  never summed with amounts;
- `is_request`: the amount is asked for, offered or planned, not transferred ("is seeking $300 million
  from the World Bank", "a $4.9 billion bid"; `transforms/parties.py`); its parties are who would pay and
  receive. An event restated by a completed transfer is no longer a request;
- a later mention restates an earlier event when it has the same amount, range, currency and `per`, no
  conflicting payer or recipient, at least one payer or recipient in common (or, where neither names a
  payer or recipient, an entity in common: a headline's "Sitharaman unveils ₹39.45 lakh crore budget" and
  "Nirmala Sitharaman presented a budget of ₹39.45 lakh crore"), and no date of its own that differs from
  the event's: the seed's "extended … $1 million to North Korea" (Friday) and "decided to grant … $1
  million" are one transfer. A restatement fills in a party or date the event lacked;
- a distributive amount ("$1 million each in 2011 and 2016") is one event per dated phrase of its sentence;
- a conversion ("1.2bn euros ($1.6bn; £0.9bn)", `transforms/conversions.py`) is no event of its own: the
  event of the amount it converts keeps the original amount and currency, lists the conversion in
  `conversions`, and takes the payer, recipient, `per` and purpose found on it where it has none;
- `purpose_key`/`purpose_phrase` (`transforms/purpose.py`): the first purpose its mentions or conversions
  name; a restatement never has a purpose entity other than the event's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from transforms.money import MoneyMention
from transforms.purpose import Purpose
from transforms.vocab import DateSource, Granularity, PartyRole, Per


@dataclass(frozen=True)
class DatedPhrase:
    """A DATE mention with a calendar value, as events need it."""

    sentence_index: int
    start: int  # character offset, for the distance to an amount
    value: dt.date
    granularity: Granularity


@dataclass(frozen=True)
class MoneyEvent:
    """One transfer or figure; `money_indices` are the mentions (indices into the extraction) reporting it."""

    money_indices: tuple[int, ...]
    amount: Decimal
    amount_low: Decimal
    amount_high: Decimal
    currency: str
    per: Per | None
    is_rate: bool
    payer: str | None  # entity key of the first payer named
    recipient: str | None
    event_date: dt.date | None
    date_granularity: Granularity | None
    date_source: DateSource | None
    own_date: bool  # the date came from the text, not the publication date
    entities: frozenset[str] = frozenset()  # keys of every entity its mentions' sentences name
    conversions: tuple[int, ...] = ()  # mentions that restate its amount in other currencies
    purpose_key: str | None = None  # entity key of its programme, law, fund, project or deal
    purpose_phrase: str | None = None  # a normalised purpose phrase where no entity names one
    is_request: bool = False  # asked for, offered or planned: not a completed transfer


def is_rate(per: Per | None) -> bool:
    """A per-unit amount ("$35 a month", "$2 a share"); "each" is a distributive amount, not a rate."""
    return per is not None and per != "each"


def money_events(
    money: Sequence[MoneyMention],
    parties: Sequence[tuple[int, str, PartyRole]],
    dates: Sequence[DatedPhrase],
    published: dt.date | None,
    conversions: Mapping[int, int] | None = None,
    purposes: Sequence[Purpose | None] = (),
    requested: Collection[int] = frozenset(),
) -> tuple[MoneyEvent, ...]:
    """The article's money events. `parties` are (money index, entity key, role), in entity order;
    `conversions` maps a conversion's mention index to its original's; `purposes` is per mention index;
    `requested` the indices of the mentions that are asked for, offered or planned."""
    converts = dict(conversions or {})
    events: list[MoneyEvent] = []
    for index, mention in enumerate(money):
        if index in converts:
            continue
        figures = [index, *sorted(i for i, o in converts.items() if o == index)]
        roles = [(e, r) for m, e, r in parties if m in figures]
        named = frozenset(e for e, _ in roles)
        payer = next((e for e, r in roles if r == "payer"), None)
        recipient = next((e for e, r in roles if r == "recipient"), None)
        per = next((money[i].per for i in figures if money[i].per is not None), None)
        purpose = next((purposes[i] for i in figures if i < len(purposes) and purposes[i] is not None), None)
        own = sorted(
            (d for d in dates if d.sentence_index == mention.sentence_index),
            key=lambda d: abs(d.start - mention.start),
        )
        distinct = list({(d.value, d.granularity): d for d in own}.values())
        when: list[DatedPhrase | None] = (
            list(distinct) if per == "each" and len(distinct) > 1 else [own[0] if own else None]
        )
        for phrase in when:
            candidate = MoneyEvent(
                money_indices=(index,),
                amount=mention.amount,
                amount_low=mention.amount_low,
                amount_high=mention.amount_high,
                currency=mention.currency,
                per=per,
                is_rate=is_rate(per),
                payer=payer,
                recipient=recipient,
                event_date=phrase.value if phrase else published,
                date_granularity=phrase.granularity if phrase else ("day" if published else None),
                date_source="text" if phrase else ("published" if published else None),
                own_date=phrase is not None,
                entities=named,
                conversions=tuple(figures[1:]),
                purpose_key=purpose.key if purpose else None,
                purpose_phrase=purpose.phrase if purpose else None,
                is_request=index in requested,
            )
            _merge_or_add(events, candidate)
    return tuple(events)


def _merge_or_add(events: list[MoneyEvent], new: MoneyEvent) -> None:
    for position, event in enumerate(events):
        if _restates(event, new):
            events[position] = _merged(event, new)
            return
    events.append(new)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _restates(event: MoneyEvent, new: MoneyEvent) -> bool:
    same_figure = (event.amount_low, event.amount_high, event.currency, event.per) == (
        new.amount_low,
        new.amount_high,
        new.currency,
        new.per,
    )
    shared_party = (event.payer is not None and event.payer == new.payer) or (
        event.recipient is not None and event.recipient == new.recipient
    )
    unattributed = {event.payer, event.recipient, new.payer, new.recipient} == {None}
    shared_entity = bool(event.entities & new.entities)
    same_date = not (event.own_date and new.own_date) or (event.event_date, event.date_granularity) == (
        new.event_date,
        new.date_granularity,
    )
    return (
        same_figure
        and (shared_party or (unattributed and shared_entity))
        and _compatible(event.payer, new.payer)
        and _compatible(event.recipient, new.recipient)
        and _compatible(event.purpose_key, new.purpose_key)
        and same_date
        and new.money_indices[0] not in event.money_indices  # a distributive mention's dates stay apart
    )


def _merged(event: MoneyEvent, new: MoneyEvent) -> MoneyEvent:
    dated = event if event.own_date or not new.own_date else new
    return replace(
        event,
        money_indices=(*event.money_indices, *new.money_indices),
        payer=event.payer if event.payer is not None else new.payer,
        recipient=event.recipient if event.recipient is not None else new.recipient,
        event_date=dated.event_date,
        date_granularity=dated.date_granularity,
        date_source=dated.date_source,
        own_date=dated.own_date,
        entities=event.entities | new.entities,
        conversions=(*event.conversions, *(i for i in new.conversions if i not in event.conversions)),
        purpose_key=event.purpose_key if event.purpose_key is not None else new.purpose_key,
        purpose_phrase=event.purpose_phrase if event.purpose_phrase is not None else new.purpose_phrase,
        is_request=event.is_request and new.is_request,
    )
