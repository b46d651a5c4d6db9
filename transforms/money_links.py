"""Which per-article money events report one real-world transfer or figure across articles.

Rules (conservative: when in doubt, two events; the same amount alone is never enough):
- **the same figure**: both amounts or both rates of the same `per`, and the amounts agree within news
  rounding: the more precise figure rounds to the coarser one's last digit and they differ by at most 3%
  ("$8.87bn" / "$8.9bn", "250.5bn roubles" / "251bn roubles", "about $2 billion" / "$1.96 billion"; never
  "$2 billion" / "$1.6 billion"). In other currencies, one's conversion (`transforms/conversions.py`) agrees
  with the other's amount, or both USD values at their dates' ECB rates differ by at most 3%;
- **an anchor in common**: an entity both name as payer, recipient or purpose (`transforms/purpose.py`), in
  whatever role (the parser may read "the American Rescue Plan provided…" as a payer in one article and
  a purpose in another); failing that, the same purpose phrase of at least two words ("port
  infrastructure"). A name and its initials are one party ("Environmental Protection Agency" / "EPA"); two
  programme names are one when every word of one (at least three) is in the other ("State Small Business
  Initiative" / "State Small Business Credit Initiative");
- **nothing that differs**: no two purposes, and no two recipients or payers neither of which the other
  report names at all: two "$1 billion" awards to different recipients stay apart. A programme read as a
  payer or recipient is a purpose, never a second party; where a programme is the shared anchor, two
  payers are its administrator named two ways, not a conflict;
- **compatible dates**: two dates the texts give agree at the coarser granularity (the same year for a
  year, month for a month, within 3 days for days); a date given by the text and a publication date always
  agree; two publication dates more than a year apart only when a programme is shared (a programme is
  restated for years, an award to the same recipient a year later is another award);
- two events of one article are never one (the article's own restatements are already merged);
- a report joins the warehouse event it links to if it conflicts with none of its reports (dates that
  disagree with one report do not block it when it links another); when it links several events that do
  not conflict with one another, they become one (a later article settles them);
- **doubtful** pairs, listed for curators, never linked: the same figure sharing only a one-word purpose
  phrase, or sharing an anchor with dates that disagree. A curated `same` line links a pair, an `apart`
  line splits it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from transforms.purpose import PROGRAMME_WORDS

ROUNDING_TOLERANCE = Decimal("0.03")
_DAY_SLACK = dt.timedelta(days=3)
_PUBLISHED_SPAN = dt.timedelta(days=365)


@dataclass(frozen=True)
class Report:
    """One per-article money event, as linking sees it. `report_id` is "article_id-event_index"."""

    report_id: str
    article_id: int
    amount_low: Decimal
    amount_high: Decimal
    currency: str
    amount_usd: Decimal | None
    per: str | None
    payer: str | None = None
    recipient: str | None = None
    purpose_key: str | None = None
    purpose_phrase: str | None = None
    event_date: dt.date | None = None
    granularity: str | None = None
    own_date: bool = False  # the date is the text's, not the publication's
    conversions: tuple[tuple[str, Decimal], ...] = ()  # (currency, amount) of its conversions
    locator: str = ""  # "path@start_char" of its first mention: what curated lines name


@dataclass(frozen=True)
class Verdict:
    linked: bool
    reason: str
    doubtful: bool = False
    conflict: bool = False  # never in one event: a different figure, party, purpose, date or article


@dataclass(frozen=True)
class Link:
    """A report's place in the warehouse: its event key, the report it matched (None: first) and why."""

    report_id: str
    money_event_key: str
    linked_to: str | None
    reason: str


@dataclass(frozen=True)
class Doubt:
    report_id: str
    other_id: str
    reason: str


@dataclass(frozen=True)
class CuratedLinks:
    """Curated pairs by locator: `same` pairs always link, `apart` pairs never do."""

    same: frozenset[frozenset[str]] = frozenset()
    apart: frozenset[frozenset[str]] = frozenset()


def _unit(value: Decimal) -> Decimal:
    """The place value of the last significant digit: 8.9E9 → 1E8, 10000000000 → 1E10."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def amounts_agree(a: Decimal, b: Decimal) -> bool:
    """Whether two amounts are one figure as news rounds it."""
    if a == b:
        return True
    if a <= 0 or b <= 0:
        return False
    gap = abs(a - b)
    coarse = max(_unit(a), _unit(b))
    return gap * 2 <= coarse and gap <= ROUNDING_TOLERANCE * max(a, b)


def same_figure(a: Report, b: Report) -> str | None:
    """Why `a` and `b` state one figure, or None."""
    if a.per != b.per:
        return None
    if a.currency == b.currency:
        if a.amount_low == b.amount_low and a.amount_high == b.amount_high:
            return f"same amount {a.amount_low.normalize():f} {a.currency}"
        if amounts_agree(a.amount_low, b.amount_low) and amounts_agree(a.amount_high, b.amount_high):
            return f"same amount within rounding ({a.amount_low.normalize():f} / {b.amount_low.normalize():f})"
        return None
    for one, other in ((a, b), (b, a)):
        if any(c == other.currency and amounts_agree(v, other.amount_low) for c, v in one.conversions):
            return f"{other.currency} conversion of {one.currency} amount"
    if (
        a.amount_usd
        and b.amount_usd
        and abs(a.amount_usd - b.amount_usd) <= ROUNDING_TOLERANCE * max(a.amount_usd, b.amount_usd)
    ):
        return f"same USD value at the ECB rate ({a.currency} / {b.currency})"
    return None


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def _initials(key: str) -> str:
    name = key.partition(":")[2]
    return "".join(w[0] for w in name.replace("-", " ").split() if w not in _MINOR_WORDS)


def _name(key: str) -> str:
    return key.partition(":")[2]


def same_party(a: str, b: str) -> bool:
    """Two entity keys name one party: the same name (whatever the label), or one is the other's initials."""
    if _name(a) == _name(b):
        return True
    short, long = sorted((_name(a), _name(b)), key=len)
    return " " not in short and len(short) >= 2 and short == _initials(f"x:{long}")


def _words(key: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", _name(key)) if w not in _MINOR_WORDS)


def same_purpose(a: str, b: str) -> bool:
    """Two programme names are one: the same party, or every word of one (at least three) is in the other
    ("State Small Business Initiative" / "State Small Business Credit Initiative")."""
    short, long = sorted((_words(a), _words(b)), key=len)
    return same_party(a, b) or (len(short) >= 3 and short <= long)


def is_programme(key: str) -> bool:
    """A key naming a programme, law, fund, project or deal (`transforms/purpose.py`'s labels and words)."""
    label = key.partition(":")[0]
    return label in {"LAW", "EVENT", "PRODUCT"} or bool(PROGRAMME_WORDS & _words(key))


_PEOPLE_AND_PLACES = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def _one(a: str, b: str) -> bool:
    """One anchor: people and places by `same_party`, organisations and programmes by `same_purpose`."""
    if {a.partition(":")[0], b.partition(":")[0]} & _PEOPLE_AND_PLACES:
        return same_party(a, b)
    return same_purpose(a, b)


def _dates_agree(a: Report, b: Report, shared_programme: bool) -> bool:
    if a.event_date is None or b.event_date is None:
        return True
    if a.own_date and b.own_date:
        coarse = {a.granularity, b.granularity}
        if coarse <= {"day"}:
            return abs(a.event_date - b.event_date) <= _DAY_SLACK
        if coarse <= {"day", "month"}:
            return (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)
        return a.event_date.year == b.event_date.year
    if not a.own_date and not b.own_date and not shared_programme:
        return abs(a.event_date - b.event_date) <= _PUBLISHED_SPAN
    return True


def _anchors(report: Report) -> list[str]:
    return [k for k in (report.purpose_key, report.payer, report.recipient) if k is not None]


def _conflict(a: Report, b: Report, shared_programme: bool) -> str | None:
    """Why two reports of one figure cannot be one event: a different purpose, recipient or payer."""
    if a.purpose_key and b.purpose_key and not same_purpose(a.purpose_key, b.purpose_key):
        return f"different purpose: {a.purpose_key} / {b.purpose_key}"
    for role, x, y in (("recipient", a.recipient, b.recipient), ("payer", a.payer, b.payer)):
        if x is None or y is None or _one(x, y) or is_programme(x) or is_programme(y):
            continue  # a programme read as a party is the purpose, not a second party
        if role == "payer" and shared_programme:
            continue
        if not any(_one(x, k) for k in _anchors(b)) and not any(_one(y, k) for k in _anchors(a)):
            return f"different {role}: {x} / {y}"
    return None


def verdict(a: Report, b: Report) -> Verdict:
    """Whether two reports are one warehouse event, and why."""
    if a.article_id == b.article_id:
        return Verdict(False, "one article", conflict=True)
    figure = same_figure(a, b)
    if figure is None:
        return Verdict(False, "different figure", conflict=True)
    shared = [x for x in _anchors(a) if any(_one(x, y) for y in _anchors(b))]
    shared_programme = any(is_programme(x) for x in shared)
    conflict = _conflict(a, b, shared_programme)
    if conflict is not None:
        return Verdict(False, conflict, conflict=True)
    said = [f"{'purpose' if is_programme(x) else 'party'} {x}" for x in shared]
    phrase = a.purpose_phrase if a.purpose_phrase is not None and a.purpose_phrase == b.purpose_phrase else None
    if not said and phrase is not None and len(phrase.split()) >= 2:
        said = [f"purpose phrase '{phrase}'"]
    if not said:
        if phrase is not None:
            return Verdict(False, f"{figure}, only the purpose phrase '{phrase}' in common", doubtful=True)
        return Verdict(False, f"{figure}, nothing else in common")
    if not _dates_agree(a, b, shared_programme):
        return Verdict(False, f"{figure}, {', '.join(said)}, dates {a.event_date} / {b.event_date}", doubtful=True)
    return Verdict(True, f"{figure}, {', '.join(said)}")


def _order(report: Report) -> tuple:
    return (report.event_date or dt.date.max, report.article_id, report.report_id)


@dataclass
class _Cluster:
    members: list[Report] = field(default_factory=list)


def plan_links(reports: Sequence[Report], curated: CuratedLinks | None = None) -> tuple[list[Link], list[Doubt]]:
    """Group reports into warehouse events: one `Link` per report (its event key is 'ME-' and the id of the
    event's first report), and the doubtful pairs. Reports that cannot state one figure are never compared."""
    rules = curated or CuratedLinks()
    links: dict[str, tuple[str | None, str]] = {}
    doubts: list[Doubt] = []
    result = []
    for block in figure_blocks(reports, rules):
        for cluster in _plan_block(block, rules, links, doubts):
            first = min(cluster.members, key=_order)
            for m in cluster.members:
                linked_to, reason = links[m.report_id]
                result.append(Link(m.report_id, f"ME-{first.report_id}", linked_to, reason))
    return sorted(result, key=lambda x: x.report_id), doubts


def _figures(report: Report) -> list[tuple[str, Decimal]]:
    """Every (currency, amount) the report states: its own, its conversions' and its USD value."""
    usd = [("USD", report.amount_usd)] if report.amount_usd is not None else []
    return [(report.currency, report.amount_low), *report.conversions, *usd]


def figure_blocks(reports: Sequence[Report], rules: CuratedLinks) -> list[list[Report]]:
    """Reports in groups that may hold one figure: chained by a figure within 5% in one currency and `per`,
    or by a curated `same` line. Reports of different groups are never one event."""
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    stated = sorted(
        (r.per or "", currency, amount, i) for i, r in enumerate(reports) for currency, amount in _figures(r)
    )
    for (per, currency, amount, i), (per2, currency2, amount2, j) in pairwise(stated):
        if (per, currency) == (per2, currency2) and amount2 <= amount * Decimal("1.05"):
            parent[root(j)] = root(i)
    by_locator = {r.locator: i for i, r in enumerate(reports)}
    for pair in rules.same:
        found = [by_locator[loc] for loc in pair if loc in by_locator]
        if len(found) == 2:
            parent[root(found[1])] = root(found[0])
    blocks: dict[int, list[Report]] = {}
    for i, report in enumerate(reports):
        blocks.setdefault(root(i), []).append(report)
    return list(blocks.values())


def _plan_block(
    block: Sequence[Report], rules: CuratedLinks, links: dict[str, tuple[str | None, str]], doubts: list[Doubt]
) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for report in sorted(block, key=_order):
        joined: list[tuple[_Cluster, Report, str]] = []
        for cluster in clusters:
            verdicts = [(m, _curated_verdict(report, m, rules)) for m in cluster.members]
            doubts += [Doubt(report.report_id, m.report_id, v.reason) for m, v in verdicts if v.doubtful]
            matched = next(((m, v.reason) for m, v in verdicts if v.linked), None)
            if matched is not None and not any(v.conflict for _, v in verdicts):
                joined.append((cluster, *matched))
        home = _Cluster([report])
        links[report.report_id] = (None, "first report")
        for cluster, member, reason in joined:
            if not any(_curated_verdict(m, o, rules).conflict for m in cluster.members for o in home.members):
                home.members += cluster.members
                clusters.remove(cluster)
                if links[report.report_id][0] is None:
                    links[report.report_id] = (member.report_id, reason)
        clusters.append(home)
    return clusters


def _curated_verdict(a: Report, b: Report, rules: CuratedLinks) -> Verdict:
    pair = frozenset({a.locator, b.locator})
    if pair in rules.apart:
        return Verdict(False, "curated: apart", conflict=True)
    if pair in rules.same:
        return Verdict(True, "curated: same")
    return verdict(a, b)


def parse_curated_links(text: str) -> CuratedLinks:
    """Read curated lines `action,path,start_char,other_path,other_start_char[,note]` (action: same | apart);
    lines starting with '#' and the header are skipped. A malformed line raises ValueError naming it."""
    same: set[frozenset[str]] = set()
    apart: set[frozenset[str]] = set()
    rows = csv.reader(line for line in io.StringIO(text) if line.strip() and not line.startswith("#"))
    for number, row in enumerate(rows, start=1):
        if row[:1] == ["action"]:
            continue
        if len(row) < 5 or row[0] not in ("same", "apart") or not (row[2].isdigit() and row[4].isdigit()):
            raise ValueError(f"curated money-event line {number} is not action,path,char,path,char: {row}")
        pair = frozenset({f"{row[1]}@{row[2]}", f"{row[3]}@{row[4]}"})
        (same if row[0] == "same" else apart).add(pair)
    return CuratedLinks(frozenset(same), frozenset(apart))


def curated_line(action: str, a: Report, b: Report, note: str = "") -> str:
    """The line a curator pastes into the curated file to settle the pair."""
    path_a, _, char_a = a.locator.rpartition("@")
    path_b, _, char_b = b.locator.rpartition("@")
    return ",".join([action, path_a, char_a, path_b, char_b, note.replace(",", ";")])


def reports_by_id(reports: Iterable[Report]) -> dict[str, Report]:
    return {r.report_id: r for r in reports}
