"""Money to its parties: each amount is linked to the entities of its sentence, with their role in it.

Precision first: an entity is a `payer` or `recipient` only when the sentence says it gives, pays, lends,
invests, buys, sells, fines or receives the amount; everything else is `other` (the place of a speech, the
addressee of a request, the thing bought). Rules, on the dependency parse of the amount's sentence (only
sentences with an amount are parsed):
- the amount's *path* climbs from it to its *predicate*, the nearest ancestor with a subject (or the root),
  through nouns, prepositions and open clauses ("decided to grant humanitarian assistance of $1 million");
- the *transaction* is the first word on the path (or a participle on the amount: "$13 million provided by
  the Foundation") of a known kind: giving (give, provide, grant, extend, pay, lend, donate, award,
  allocate, invest, contribute, pledge, commit, fund, finance, spend, hand (back, to X, X $2m), compensate,
  refund, fork/shell out, a bailout…; "announce" when the amount is its object), buying (a placed order too:
  "with X" on it sells), selling (offload too), receiving (receive, raise, secure, win…), asking (ask, seek,
  look for…), charging (charge; a fee noun), settling ("settled with X for").
  No transaction, no payer or recipient from subjects and objects: "asked Congress for $25 billion", "spoke
  in Wilmington"; nor from "gave up $1.35" (a share price's fall) or "charged with" (an indictment);
- giving: the predicate's subject pays; the indirect or direct object, "to X", "for X" and "in X" after
  invest receive; the agent of a passive ("provided by X") pays, the subject of a passive ("X was given")
  receives. Buying: the subject pays, "from X" receives, the thing bought is `other`. Selling: the subject
  receives, "to X" pays. Receiving (borrowing too): the subject receives, "from X" pays. The subject of a
  passive penalty ("Meta was fined €1.2 billion") pays; of a verb over a penalty noun, it pays when it pays,
  faces or agrees to one, receives when it imposes one, else is `other`; of a verb over a request noun, it
  asks when it makes or submits one, else is `other`, and "from X" on the noun asks. Charging: the subject
  receives, the one charged pays; of a verb over a fee noun, the subject receives when it charges, sets or
  announces one ("announces $45 baggage fee"), pays when it pays one ("to X" on a fee receives only after
  paying it). Settling: the subject pays, "with X" receives. Suing claims the amount (a request): the suer
  would receive, who is sued pay; "$15 million going to the OPP" gives it to the OPP;
- "by X" is the transaction's agent on its word, inside its phrase or on a participle, never on an active
  verb; on the verb over a nominal transaction it is that verb's subject ("the bid was rejected by X");
  elsewhere ("was approved by X") it is `other`. The passive subject of "is obliged/set to" is the
  transaction's subject;
- without a transaction word, "from X" on the path (up to the amount's clause head) pays and "to X" there
  or "for X" on the amount's own noun phrase receives ("$50 million for the Program"); X in a purpose
  clause "to support X"/"to help X" receives; a result or cost figure ("a profit of £131m", "making the total
  cost €1.6bn") has no parties, nor has whose sales or profit it is;
- an entity inside a longer phrase takes the phrase's role: conjuncts ("for Italy and Spain"), modifiers
  ("the Ukrainian people"), "of" phrases ("the countries of Central America");
- when the parser found no subject above the amount and made an entity before it the sentence's
  root, that entity is the subject, and so is a name the verb's auxiliaries follow ("Japan Airlines (JAL) has
  been fined"); the "who" of a relative clause is its antecedent, past an apposition and its conjuncts;
- a relative clause on the amount ("the 100m pesos that X delivered to Y") is its transaction; a verb over
  a deal noun ("negotiated the takeover of Y for $8bn") makes the noun the transaction, and so does the infinitive
  a deal is for ("agreed a $2bn deal to buy Borel"); a verb that asks for a loan or grant asks for its amount
  ("seeking a $2bn loan from the IMF"), one that gives it has its indirect object receive ("gave Acme a $2m
  loan"), one that receives it has its subject receive; who agrees one "with X", or talks "over" one, is no party;
  "in X" the parser hung on the verb after the amount is on its path ("received $2bn in aid from X"); a transaction noun
  in a circumstance phrase ("opened after a €45m investment by X") gives the clause's subject no role;
- an amount that sizes a word of the clause moves nothing: a deal subject ("the deal, worth $3bn, gives Acme
  control") or a phrase beside another amount the verb moves ("paid $20m on a $26m contract");
- who owns or makes ("X's", "by X") the noun a subjectless clause is on is its subject ("the Treasury's
  announcement that it will buy $1 trillion", "an announcement by the Iemma government to spend"), and so is
  X of an absolute "with X owing Rs850 crore"; "EU fines Microsoft €280.5 million", read by the parser as a
  noun phrase, has the name before "fines" receive and the one after it pay;
- what a sale, purchase or bid is of ("the sale of Borel") is sold, and whose debt, loan or bill is paid off
  no party; a penalty noun right after an amount the parser made the verb's object ("faces a $2m fine") is the
  transaction;
- "according to X", the company of "shares of X", products, works, a name starting with a currency sign and a
  place owning a named party ("Ruritania's biggest lender, Acme", "China's Geely") are never parties; a
  preposition on another amount ("$41m from Sweden and $30m from Norway") is that amount's;
- a bid's possessor bids whatever the verb over it ("Borel rejected Zenith's bid"); who backs, approves, fights or
  faces a takeover, or agrees to one by someone else, is no party; "with X" on a settlement receives; the subject of
  "said" is the "it" of the clause it reports ("Tesco said it would pay"); who owns what is paid for or the stake
  bought sells it ("will buy Zenith's stake"); members of a plural noun ("investors including X") share its role;
- parser misreadings read back: the lender as a compound of "lent", "to Rosneft" as an infinitive, an amount left
  outside the open clause that moves it ("had to pay X £200m."), a scale as an auxiliary, an amount as the object
  before "record … fine", the participle on a penalty noun ("the fine imposed on X by Y");
- `other`: every other entity of the sentence, and every entity when the model has no parser.
A reporting verb ("said", "told") is never the predicate whose subject pays (its subject is only the "it" it reports).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from transforms.money import MAJOR_CODES
from transforms.vocab import PartyRole

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_REPORTING = frozenset({"said", "say", "says", "told", "tells", "added", "according", "stated", "noted"})
_GIVING_STEMS = (
    "provid", "grant", "extend", "lend", "loan", "donat", "award", "allocat", "invest", "contribut",
    "pledg", "commit", "transfer", "disburs", "fund", "financ", "deliver", "distribut", "reimburs",
    "inject", "promis", "earmark", "pump", "pour", "plough", "plow", "channel", "bailout",
)  # fmt: skip
# "fundraising" raises, though it starts like "fund"
_RECEIVING_STEMS = (
    "receiv", "fundrais", "secur", "rais", "obtain", "accept", "collect", "attract", "garner", "clinch", "borrow",
)  # fmt: skip
# Transaction words by kind: stems matched as word prefixes, short forms matched whole.
_KIND_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("receive", _RECEIVING_STEMS),
    ("pay", ("pay", "paid", "spend", "spent", "owe", "owing", "repay", "repaid")),
    ("give", _GIVING_STEMS),
    ("bid", ("bid", "offer", "buyout", "takeover", "counterbid", "counteroffer")),
    ("buy", ("buy", "bought", "purchas", "acquir", "acquisition")),
    ("sell", ("sell", "sold", "auction", "offload")),
    ("ask", ("ask", "seek", "sought", "request", "appeal", "pursu", "demand", "want")),
    ("announce", ("announc", "unveil")),
    ("take", ("steal", "stole", "embezzl", "misappropriat", "seiz", "siphon", "defraud", "swindl", "evad", "evasion")),
    ("fine", ("fine", "penalis", "penaliz")),
)
_KIND_WORDS = {
    "receive": frozenset(
        {"got", "get", "gets", "getting", "gotten", "won", "win", "wins", "winning", "bagged", "netted", "nets"}
    ),
    "give": frozenset({"give", "gives", "gave", "given", "giving", "lent", "send", "sends", "sent", "gift"}),
    # passive verbs whose subject pays: "was fined", "were ordered to pay"
    "fine": frozenset(
        {"fined", "ordered", "taxed", "billed", "penalised", "penalized", "sued", "sue", "sues", "suing"}
    ),
}
_SUING = frozenset({"sue", "sues", "suing", "sued"})
# What a company pays its shareholders: whoever raises one pays more.
_PAYOUTS = frozenset({"dividend", "dividends", "payout", "payouts"})
# Nouns that name a price charged: whoever charges, sets or announces one receives it; whoever pays one pays it.
_FEE_NOUNS = frozenset({"fee", "fees", "surcharge", "surcharges", "toll", "tolls"})
_CHARGING_STEMS = (
    "charg", "impos", "introduc", "levi", "levy", "announc", "unveil", "collect", "rais", "add", "set", "propos",
    "plan",
)  # fmt: skip
# What is paid off, not to whom: "repay Labor's debt of 96 billion dollars" (Labor receives nothing).
_DEBTS = frozenset({"debt", "debts", "loan", "loans", "bill", "bills"})
# Deals an amount is the size of: "the deal, worth $3bn, gives Acme control of Borel" moves no $3bn to Acme.
_DEAL_NOUNS = frozenset({"deal", "deals", "agreement", "transaction", "merger", "contract", "pact", "accord"})
# Securities an entity names without being a party: "Shares of Acme gave up $1.35", "Acme stock fell $2".
_SECURITIES = frozenset({"share", "shares", "stock", "stocks"})
# Nouns that name a penalty: whoever pays, receives or faces one pays it; whoever imposes it receives it.
_PENALTY_NOUNS = frozenset({"fine", "fines", "penalty", "penalties", "settlement", "damages"})
_IMPOSING_STEMS = (
    "impos", "appl", "levi", "levy", "issu", "hand", "slap", "hit", "seek", "sought", "announc", "propos",
)  # fmt: skip
# Verbs over a penalty whose subject pays it: "paid a $2m fine", "faces damages of $1m", "agreed to a settlement".
_BEARING_STEMS = (
    "pay", "paid", "fac", "receiv", "accept", "agre", "incur", "owe", "get", "got", "risk", "settl", "suffer",
    "reach", "sign", "avoid", "escap", "appeal", "contest", "challeng", "win", "won",
)  # fmt: skip
# Verbs over a nominal transaction whose subject is on its receiving end: "accepted a bid", "received a grant".
_IRREGULAR_PARTICIPLES = frozenset({"paid", "sold", "bought", "lent", "spent", "won", "got", "sent", "made", "held"})
# Verbs over a request noun whose subject asks: "made a request for $5m", "submitted a $2bn request".
_MAKING_STEMS = ("mak", "made", "submit", "fil", "send", "sent", "lodg", "issu", "put", "renew", "repeat")
# Verbs over a bid or takeover whose subject is its target or a bystander: "shareholders backed the takeover".
_TARGET_STEMS = (
    "back", "recommend", "approv", "support", "oppos", "fight", "fought", "block", "resist", "fac", "endors", "clear",
)  # fmt: skip
_TAKING_STEMS = ("accept", "receiv", "reject", "rebuff", "get", "got", "won", "win", "secur", "consider", "welcom")
# Dependencies of a noun (not a verb): "a $2m fine", "received fines of $300m"; and of a verb.
_NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "compound", "dative", "npadvmod"})
_VERB_DEPS = frozenset({"ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "pcomp"})
# Verbs that make their object the subject of the transaction under them ("urged ministers to provide").
_CONTROL_STEMS = ("order", "urg", "ask", "requir", "forc", "tell", "told", "press", "persuad", "call", "compel")
# Prepositions that make the amount's phrase a circumstance of the clause, not what changes hands in it.
_CIRCUMSTANCES = frozenset({"under", "despite", "after", "before", "following", "amid", "since", "unlike", "like"})
# An amount that names one of these is no transfer: "a $700,000 loss", "a $2 billion profit".
_RESULT_NOUNS = frozenset({
    "loss", "losses", "profit", "profits", "gain", "gains", "deficit", "surplus", "revenue", "revenues",
    "sales", "earnings", "income", "turnover",
})  # fmt: skip
# Nouns an amount is the size of without a transfer: "a profit of £131m", "making the total cost €1.6bn".
_FIGURE_NOUNS = _RESULT_NOUNS | {
    "cost", "costs", "backlog", "value", "valuation", "exports", "imports", "increase", "rise", "decrease", "drop",
    "cut", "cuts", "saving", "savings",
}  # fmt: skip
# What a buyer buys of a seller: "acquired assets of The Weinstein Company" (the company sells).
_SOLD_PARTS = frozenset({"assets", "business", "businesses", "operations", "division", "unit", "units"})
_STAKES = frozenset({"stake", "stakes", "holding", "holdings", "shareholding"})
_SUPPORTING_STEMS = ("support", "help", "assist", "aid", "benefit", "replenish")
# A transaction under these is asked for, offered or planned, not made: "call for Congress to provide $5 billion".
_REQUEST_STEMS = (
    "call", "ask", "urg", "request", "demand", "propos", "seek", "sought", "want", "plan", "intend", "hop",
    "offer", "bid", "consider", "appeal", "intent",
)  # fmt: skip
# Clause heads: an unclassified one between the amount and a transaction word ends the search
# ("raising taxes on anyone making $400,000": the amount is what they make, nothing is raised).
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "pcomp", "xcomp", "conj", "ROOT"})
# Dependencies that make a word part of a longer phrase whose role it shares.
_PHRASE_DEPS = frozenset({"conj", "amod", "compound", "poss", "appos", "nmod"})
# A nationality word is no party ("Canadian investors", "the German broadcaster").
_DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:ian|ean|ican|ese|ish)s?|(?:German|French|Dutch|Swiss|Thai|Greek|Welsh|Israeli|Pakistani|Iraqi"
    r"|Saudi|Kuwaiti|Omani|Yemeni|Bangladeshi|Somali|Nepali|Qatari|Emirati|Bahraini|Azerbaijani)s?"
)  # not "Dubai", "Mumbai", "Pacific"
_AMOUNT_LIKE = re.compile(r"\W*(?:[A-Z]{3}\s*)?[\d.,]+\s*(?:bn|m|k|mn|million|billion|trillion)?\W*")
_SCALE_WORDS = frozenset({"million", "billion", "trillion", "bn", "m", "mn", "crore", "lakh"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# What is made, sold or written is no party: "funding for the A500", "sales of the iPhone".
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
# Nouns a place may modify and still be the party: "the US government paid".
_INSTITUTIONS = frozenset({
    "government", "administration", "authorities", "treasury", "ministry", "department", "state", "people",
    "military", "army", "navy", "embassy", "council", "parliament", "congress", "senate", "court", "regulator",
    "regulators", "prosecutors", "officials",
})  # fmt: skip
# What each slot of a transaction is, by kind; a slot a kind does not list is `other`.
_ROLES: dict[str, dict[str, PartyRole]] = {
    "give": {"subject": "payer", "passive": "recipient", "agent": "payer", "object": "recipient",
             "from": "payer", "to": "recipient", "for": "recipient"},
    "pay": {"subject": "payer", "passive": "recipient", "agent": "payer", "object": "recipient",
            "from": "payer", "to": "recipient"},
    "announce": {"subject": "payer", "from": "payer", "to": "recipient", "for": "recipient"},
    "bid": {"subject": "payer", "agent": "payer", "from": "payer", "to": "recipient", "object": "recipient"},
    "buy": {"subject": "payer", "agent": "payer", "from": "recipient"},
    "sell": {"subject": "recipient", "agent": "recipient", "to": "payer"},
    "receive": {"subject": "recipient", "agent": "recipient", "from": "payer"},
    "ask": {"subject": "recipient", "object": "payer", "from": "payer", "to": "payer"},
    # "Spirit will charge $45", "charges passengers $20", "customers were charged $5"
    "charge": {"subject": "recipient", "passive": "payer", "agent": "recipient", "object": "payer", "to": "payer"},
    "fee": {"subject": "recipient", "agent": "recipient", "to": "recipient", "from": "payer", "on": "payer"},
    # "Acme settled with the regulator for $50m"
    "settle": {"subject": "payer", "with": "recipient", "to": "recipient"},
    # "the regulator fined Meta €1.2 billion"; a subject without an object ("Acme fined $2m") pays
    "fine": {"subject": "recipient", "passive": "payer", "agent": "recipient", "object": "payer", "against": "payer"},
    "take": {},  # "stole $150 million from Tyco": a theft or seizure names no payer or recipient
    "result": {},  # "a $700,000 loss", "$9 million in annual revenue": a result, not a transfer
    "penalty": {"subject": "payer", "passive": "payer", "agent": "recipient", "to": "recipient", "from": "recipient",
                "against": "payer", "on": "payer"},
}  # fmt: skip
# Verbs of a relative clause on the amount that say who moved it ("the $5m that Acme paid to Zenith").
_RELATIVE_KINDS = frozenset({"give", "pay", "announce", "receive", "buy", "sell"})
# Nouns naming a deal that a verb over them ("negotiated", "completed") makes the amount's transaction.
_DEAL_KINDS = frozenset({"bid", "buy", "sell", "penalty"})
# The subject of a verb over a nominal transaction on its receiving end ("Borel accepted a $6bn buyout").
_TAKING_SUBJECT: dict[str, PartyRole] = {"give": "recipient", "pay": "recipient", "bid": "other", "buy": "other"}


@dataclass(frozen=True)
class _Frame:
    """What the sentence says happens to an amount: the transaction word, its kind and where to look for roles."""

    verb: Token | None  # the transaction word (a verb, or a noun: "bid", "fine", "donation")
    kind: str | None
    predicate: Token  # the nearest ancestor of the amount with a subject (or the root)
    anchors: frozenset[int]  # the path to the predicate and the amount's own noun phrase
    own: frozenset[int]  # the amount's own noun phrase
    near: frozenset[int]  # where "to X", "from X" count without a transaction word: up to the amount's clause head
    subject_role: PartyRole | None  # the predicate's subject, when a verb over a noun decides it
    over: Token | None  # the verb over a nominal transaction ("made a bid", "the bid was rejected")
    requested: bool  # asked for, offered or planned: not a completed transfer


def parse_components(nlp: Language) -> tuple[str, ...]:
    """The components that give a dependency parse (`tok2vec` and `parser`), or () when the model has none."""
    if "parser" not in nlp.component_names:
        return ()
    return tuple(c for c in ("tok2vec", "parser") if c in nlp.component_names)


def parse_texts(nlp: Language, texts: Sequence[str], batch_size: int = 64) -> list[Doc]:
    """Dependency-parse `texts` with the model's (possibly disabled) parser components only."""
    docs: list[Doc] = [nlp.make_doc(t) for t in texts]
    for name in parse_components(nlp):
        pipe: Any = nlp.get_pipe(name)  # a trainable pipe (tok2vec, parser): it has .pipe
        docs = list(pipe.pipe(docs, batch_size=batch_size))
    return docs


def _kind(token: Token) -> str | None:
    """The kind of transaction a word names (`_ROLES`' keys, `penalty` for a penalty noun); None for any other."""
    word = token.text.lower()
    if word in _PENALTY_NOUNS and not _is_verb(token):
        return "penalty"
    if word == "sale":
        return "sell"
    verb_kind = _verb_kind(token, word)
    if verb_kind != "":
        return verb_kind
    for kind, words in _KIND_WORDS.items():
        if word in words:
            return kind
    taken_over = any(c.dep_ == "prt" and c.text.lower() == "over" for c in token.children)
    if word.startswith(("take", "taking", "took")) and taken_over:
        return "buy"  # "taking over DoubleClick in a deal worth $3.1 billion"
    return next((kind for kind, stems in _KIND_STEMS if word.startswith(stems)), None)


def _verb_kind(token: Token, word: str) -> str | None:
    """The kind of the words whose kind depends on their use: a fee noun; charging ("charged with $2m theft" is
    an indictment: `take`); settling ("settled with the regulator for $50m", not oil "settled at $82");
    "gave up $1.35" (a share price's fall, no gift). "" for any other word."""
    particles = {c.text.lower() for c in token.children if c.dep_ == "prt"}
    preps = {c.text.lower() for c in token.children if c.dep_ == "prep"}
    if word in _FEE_NOUNS and not _is_verb(token):
        return "fee"
    if word.startswith("charg"):
        if not _is_verb(token):
            return None
        return "take" if "with" in preps else "charge"
    if word.startswith("settl") and _is_verb(token):
        return "settle" if preps & {"with", "for"} and "at" not in preps else None
    if word.startswith(("give", "gave", "giving")) and "up" in particles:
        return None
    if word.startswith("bail") and "out" in particles:
        return "give"  # "the government bailed out Acme with $5bn"
    if word.startswith("snap") and "up" in particles:
        return "buy"  # "Zenith snapped up Borel for $2bn"
    objects = {c.text.lower() for c in token.children if c.dep_ == "dobj"}
    if word.startswith(("take", "took", "taking")) and objects & {"stake", "stakes"}:
        return "buy"  # "Acme took a $5bn stake in Borel"
    if word.startswith("rais") and objects & _PAYOUTS:
        return "give"  # "Acme raised its dividend to 60 cents": the payer raises what it pays
    if word.startswith("rais") and objects & {"offer", "bid"}:
        return "bid"  # "Zenith raised its offer to 450p a share"
    if word.startswith("return") and objects and "to" in preps:
        return "give"  # "Acme returned $3.5bn to shareholders"
    back = {c.text.lower() for c in token.children if c.dep_ in ("prt", "advmod")} & {"back", "over", "out"}
    dative = any(c.dep_ == "dative" for c in token.children)
    if word.startswith("hand") and _is_verb(token) and (back or dative or "to" in preps):
        return "give"  # "Acme will hand £1bn back to shareholders"; "handed a £3m fine" is the fine's
    if word.startswith(("splash", "fork", "shell")) and "out" in particles:
        return "pay"  # "Acme forked out $2bn for Borel"
    if word.startswith(("compensat", "refund")) and _is_verb(token):
        return "give"  # "Zenith will compensate Acme with $2m" (not a chief's "compensation", "refunds worth $390")
    if word.startswith("look") and "for" in preps:
        return "ask"  # "the company is looking for $100 million"
    if word in ("order", "orders") and not _is_verb(token):
        return "buy" if token.head.text.lower().startswith("plac") else None  # "placed a $3.1bn order"
    return ""


def _is_verb(token: Token) -> bool:
    """Whether a word is used as a verb ("fine Microsoft", "decision to fine"), not a noun ("a $2m fine")."""
    if token.dep_ in _VERB_DEPS:
        return True
    arguments = ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative")
    # not a scale the parser read as an auxiliary: "a €15m/aux fundraising/acl by Acme"
    return any(c.dep_ in arguments and c.text.lower() not in _SCALE_WORDS for c in token.children)


def _path_to_predicate(money: Span) -> list[Token]:
    """Tokens from the amount up to its predicate: the nearest ancestor with a subject, or the root.

    A pronoun subject of a complement clause ("Oracle announced that they are buying") is passed over
    for the subject of the clause above, unless that is a reporting verb ("Microsoft said it would invest").
    """
    path: list[Token] = []
    token = money.root
    while token.head.i != token.i:
        token = token.head
        path.append(token)
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS and not money.start <= c.i < money.end]
        if not subjects or token.text.lower() in _REPORTING:
            continue
        climbs = subjects[0].text.lower() in _PRONOUNS and token.dep_ in ("ccomp", "xcomp", "conj")
        if not (climbs and token.head.text.lower() not in _REPORTING):
            break
    return path


def _transaction(money: Span, path: list[Token]) -> tuple[Token, str, Token | None] | None:
    """The word that says what happens to the amount, its kind, and the verb over it when it is a noun
    ("received fines of $300 million": fines, penalty, received); None when the sentence does not say."""
    root = money.root
    if root.head.text.lower() in _RESULT_NOUNS and root.dep_ in ("nummod", "compound", "amod", "nmod"):
        return root.head, "result", None  # "sold the house at a $700,000 loss": no money changes hands
    after = [t.text.lower() for t in money.doc[money.end : money.end + 3]]
    if after[:1] == ["in"] and any(word in _RESULT_NOUNS for word in after[1:]):
        return root, "result", None  # "added $9 million in annual revenue to Web.com"
    if after[:1] == ["of"] and any(word in _FIGURE_NOUNS for word in after[1:]):
        return root, "result", None  # "announced £3bn of cuts to welfare", "£2bn of savings"
    figure = _figure_of(root)
    if figure is not None:
        return figure, "result", None
    penalty = _misparsed_penalty(money)
    if penalty is not None:
        return penalty, "penalty", root.head if root.dep_ == "dobj" else root.head.head
    relative = _relative_transaction(money)
    if relative is not None:
        return relative, str(_kind(relative)), None
    for token in [root, *path]:
        if token.dep_ == "prep" and token.text.lower() in _CIRCUMSTANCES:
            return None  # "under the proposed deal, worth $120 million, the US would provide kits"
        # a participle on the way: "$13.2 million provided by the Foundation", "extended/amod assistance"
        for child in token.children:
            if child.dep_ in ("acl", "amod") and _kind(child) in ("give", "receive", "pay"):
                return child, str(_kind(child)), None
            if (
                child.dep_ == "acl"
                and child.text.lower() == "going"
                and any(g.text.lower() == "to" for g in child.children)
            ):
                return child, "give", None  # "$15 million going to the OPP"
            if token.i == root.i and child.dep_ in ("acl", "amod", "acomp") and _kind(child) in ("bid", "penalty"):
                return child, str(_kind(child)), _governor(token)  # "accepted a $6.1bn/dobj buyout/acl"
        if token.i == root.i:
            continue
        kind = _kind(token)
        if kind == "announce" and not _announced(root, token):
            kind = None  # "announced plans for $11 billion": the plans, not the money, are announced
        deal = _deal_transaction(token) if kind is None else None
        if deal is not None:
            return deal
        if kind is not None and _describes_a_word_of(money, [root, *path], token):
            return None
        if kind is not None:
            # "raising their bid from $44.6 billion to $47.5 billion": the bid is the transaction
            noun = next((c for c in token.children if c.dep_ == "dobj" and _kind(c) in ("bid", "penalty")), None)
            if noun is not None and kind not in ("bid", "penalty"):
                return noun, str(_kind(noun)), token
            return _nominal_or_asked(token, kind)
        valued = token.dep_ == "acl" and token.text.lower() in ("valued", "priced") and token.head.text in _DEAL_NOUNS
        stranded = _stranded_transaction(root, token)
        if stranded is not None:
            return stranded, str(_kind(stranded)), None
        if token.dep_ in _CLAUSE_DEPS and not _worth_of_object(token) and not valued and not _to_name(token):
            return None  # (but "acquire Borel in a deal valued at $2bn" goes on to "acquire")
    return None


def _nominal_or_asked(token: Token, kind: str) -> tuple[Token, str, Token | None]:
    """A transaction word with the verb over it when it is a noun, or that verb when it asks for a loan or grant:
    "seeking a $2bn loan from the IMF" asks for the $2bn as "seeking $2bn from the IMF" does."""
    governor = _governor(token) if token.dep_ in _NOMINAL_DEPS else None
    if kind in ("give", "pay") and governor is not None and _kind(governor) == "ask":
        return governor, "ask", None
    return token, kind, governor


def _deal_transaction(token: Token) -> tuple[Token, str, Token | None] | None:
    """The transaction of a word of no kind on the amount's path that names or makes a deal: the deal noun a verb
    makes ("negotiated the takeover of Navteq for $8.1 billion"), the infinitive a deal noun is for ("agreed a $2bn
    deal to buy Borel"); None for any other word."""
    noun = next((c for c in token.children if c.dep_ == "dobj" and _kind(c) in _DEAL_KINDS), None)
    if noun is not None:
        return noun, str(_kind(noun)), token
    if token.text.lower() not in _DEAL_NOUNS:
        return None
    for clause in token.children:
        infinitive = any(c.dep_ == "aux" and c.text.lower() == "to" for c in clause.children)
        if clause.dep_ in ("acl", "relcl") and infinitive and _kind(clause) in ("buy", "sell", "give", "pay"):
            return clause, str(_kind(clause)), None
    return None


def _stranded_transaction(root: Token, head: Token) -> Token | None:
    """The transaction verb of an open clause the parser left the amount outside of: "Acme had to pay the
    regulator £200m." hangs "m." on "had", not on "pay"; None for any other amount."""
    if root.head.i != head.i or root.dep_ not in ("npadvmod", "dobj", "attr", "appos"):
        return None
    kinds = ("give", "pay", "buy", "sell", "receive", "ask", "bid", "fine", "charge")
    return next((c for c in head.children if c.dep_ == "xcomp" and c.i < root.i and _kind(c) in kinds), None)


def _to_name(token: Token) -> bool:
    """Whether the parser read "to X" as an infinitive, a name as its verb: "sell its stake to/aux
    Rosneft/advcl for $27bn"."""
    to = any(c.dep_ == "aux" and c.text.lower() == "to" and c.i == token.i - 1 for c in token.children)
    name = token.text[:1].isupper() and _kind(token) is None  # not a headline's "Funding to Invest in"
    return to and name and token.dep_ in ("advcl", "xcomp", "ccomp", "conj")


def _describes_a_word_of(money: Span, path: list[Token], verb: Token) -> bool:
    """Whether the amount only sizes a word of the transaction's clause, not what it moves: its subject deal ("the
    deal, worth $3bn, gives Acme control") or a phrase beside another amount it moves ("paid $20m on a $26m
    contract")."""
    below = path[: [t.i for t in path].index(verb.i)]
    subject = below[-1] if below else None
    if subject is not None and subject.dep_ == "nsubj" and subject.text.lower() in _DEAL_NOUNS:
        return True
    if not any(t.dep_ == "prep" for t in below):
        return False
    return any(c.dep_ == "dobj" and _is_amount(c) and not money.start <= c.i < money.end for c in verb.children)


def _misparsed_penalty(money: Span) -> Token | None:
    """The penalty noun right after an amount the parser made the verb's object instead ("faces a $2m/dobj
    fine/acomp") or an apposition to it ("faces a record/dobj £183m/appos fine"); None when the parse has it."""
    root = money.root
    after = money.doc[money.end] if money.end < len(money.doc) else None
    if after is None or after.text.lower() not in _PENALTY_NOUNS:
        return None
    if root.dep_ != "dobj" and not (root.dep_ == "appos" and root.head.dep_ == "dobj"):
        return None
    return after if after.head.i != root.i else None


def _figure_of(root: Token) -> Token | None:
    """The result or cost noun an amount is the size of: "a pre-tax profit of/pobj £131m", "making the
    total cost/nsubj €1.6 billion", "jobs and exports of up to $1.2 billion" (the noun right before "of",
    wherever the parser hung "of"); None for any other amount."""
    head = root.head
    if root.dep_ == "pobj" and head.text.lower() == "of":
        before = root.doc[head.i - 1]
        for noun in (head.head, before):
            if noun.text.lower() in _FIGURE_NOUNS:
                return noun
    return next((c for c in root.children if c.dep_ == "nsubj" and c.text.lower() in _FIGURE_NOUNS), None)


def _own_clause(path: list[Token]) -> list[Token]:
    """The path up to the amount's own clause head: without a transaction word, "to X" and "from X" count
    there only ("would lead to Ruritania building a $20bn plant": the plant is built, not given)."""
    for n, token in enumerate(path):
        if token.dep_ in _CLAUSE_DEPS:
            return path[: n + 1]
    return path


def _worth_of_object(token: Token) -> bool:
    """Whether `token` is a "worth" the parser hung on the verb but that says what the verb's object is
    worth: "requesting a bailout package worth Rs 40bn" (not "under the deal, worth $120 million, X would")."""
    if token.text.lower() != "worth" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.head.i == token.head.i and before.dep_ == "dobj"


def _relative_transaction(money: Span) -> Token | None:
    """A relative clause on the amount that transfers it: "the 100 million pesos that the FARC delivered to
    Chávez", "the $1.1 billion in assistance the United States announced"."""
    root = money.root
    nouns = [root, *(g for c in root.children if c.text.lower() == "in" for g in c.children)]
    for noun in nouns:
        for clause in noun.children:
            has_subject = any(c.dep_ == "nsubj" for c in clause.children)
            if clause.dep_ == "relcl" and has_subject and _kind(clause) in _RELATIVE_KINDS:
                return clause
    return None


def _announced(amount: Token, verb: Token) -> bool:
    """Whether the amount is what is announced: its object ("announced $5 million") or the object's
    modifier ("announced a £150 million support package")."""
    if amount.head.i == verb.i and amount.dep_ == "dobj":
        return True
    noun = amount.head
    return amount.dep_ in ("nummod", "compound", "amod") and noun.dep_ == "dobj" and noun.head.i == verb.i


def _governor(noun: Token) -> Token | None:
    """The verb a transaction noun is the object of: "made a bid", "paid a fine", "accepted a buyout from"."""
    if noun.dep_ in ("amod", "compound", "nmod") and noun.head.i != noun.i:
        return _governor(noun.head)  # "pay a record/dobj $20 million fine/amod"
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.head.i != noun.head.i:
        return noun.head.head
    return None


def _requested(verb: Token) -> bool:
    """Whether the transaction is asked for, offered or planned ("call for Congress to provide $5 billion",
    "wanted to provide", "a $4.9 billion bid", "would buy"), not made."""
    if _kind(verb) in ("bid", "ask") or verb.text.lower() in _SUING:
        return True  # "Viacom sued Google for $1 billion": claimed
    if any(c.dep_ == "aux" and c.text.lower() in ("would", "could", "might", "may") for c in verb.children):
        return True
    return any(a.text.lower().startswith(_REQUEST_STEMS) for a in list(verb.ancestors)[:3])


def _phrase_head(token: Token, deps: frozenset[str] = _PHRASE_DEPS) -> Token:
    """The word whose role an entity shares: up through conjuncts, modifiers and "of" phrases."""
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in deps:
            token = head
        elif token.dep_ == "pobj" and head.text == "including" and _plural_noun(head.head):
            token = head.head  # "from investors including Zenith" (not "the Program, including the VA's program")
        elif token.dep_ == "pobj" and head.text.lower() == "of" and head.head.i != head.i:
            if head.head.text.lower() == "out":
                break  # "out of X": where the money comes from
            token = head.head
        else:
            break
    return token


def _plural_noun(token: Token) -> bool:
    """Whether a word reads as a plural common noun ("investors"; the parse-only model has no tagger)."""
    return token.text.islower() and token.text.endswith("s") and not token.text.endswith("ss")


def _supported(token: Token, anchors: set[int]) -> bool:
    """Whether `token` is the object of "to support/help/assist…" attached to the amount or its verb."""
    verb = token.head
    if token.dep_ != "dobj" or not verb.text.lower().startswith(_SUPPORTING_STEMS):
        return False
    return verb.i in anchors or verb.head.i in anchors


def _never_a_party(entity: Span, label: str | None) -> bool:
    """Numbers and amounts ("800bn", "GBP 4.85"), nationality words ("Canadian investors"), products and
    works ("funding for the A500") and place modifiers ("Acme of the US", "the Virgin Islands rum industry",
    "Ruritania's biggest lender") are no payer or recipient."""
    text = entity.text.strip()
    if label in _THING_LABELS:
        return True
    if _AMOUNT_LIKE.fullmatch(text) or text in MAJOR_CODES or text[:1] in "$€£¥":
        return True  # "800bn", "GBP 4.85", "(USD)", "$700 Million Invest"
    if len(entity) == 1 and _DEMONYM.fullmatch(text) and text[:1].isupper():
        return True
    if label not in _PLACE_LABELS:
        return False
    root = entity.root
    if root.dep_ == "pobj" and root.head.text.lower() in ("of", "in") and root.head.head.text[:1].isupper():
        return True  # "Acme of the US", "Borel in France"
    head = root.head
    doc, end = entity.doc, entity.end
    owned = doc[end + 1] if end + 1 < len(doc) and doc[end].text in ("'s", "’s") else None
    if owned is not None and owned.text[:1].isupper() and owned.text.lower() not in _INSTITUTIONS:
        return True  # "China's Geely", "Britain's Barclays": the company is the party
    if root.dep_ == "poss" and any(c.dep_ == "appos" for c in head.children):
        return _modifies_common_noun(head)  # "Ruritania's second biggest lender, Acme": Acme is the party
    return root.dep_ == "compound" and _modifies_common_noun(head)


def _mislabelled_actor(frame: _Frame, entity: Span, label: str | None) -> bool:
    """A "product" that is the subject of paying, buying, bidding or giving: a company the model mislabelled
    ("Zenco owes $20bn in taxes"); a product pays nothing."""
    verb = frame.verb
    if label != "PRODUCT" or verb is None or frame.kind not in ("pay", "buy", "bid", "give"):
        return False
    return entity.root.dep_ == "nsubj" and entity.root.head.i == verb.i


def _modifies_common_noun(head: Token) -> bool:
    """Whether a place's head is a common noun it only locates ("the Ruritania rum industry"), not an
    institution it names ("the US government")."""
    return head.text[:1].islower() and head.text.lower() not in _INSTITUTIONS


def money_frame(parsed: Doc, money: tuple[int, int]) -> _Frame | None:
    """What the sentence `parsed` says happens to the amount at char offsets `money`; None without a parse."""
    money_span = parsed.char_span(*money, alignment_mode="expand")
    if money_span is None or not parsed.has_annotation("DEP"):
        return None
    path = _path_to_predicate(money_span)
    transaction = _transaction(money_span, path)
    verb, kind, governor = transaction if transaction is not None else (None, None, None)
    # the amount's own noun phrase: "$22 million in assistance to …" attaches "to" to "assistance"
    own = [money_span.root] + [
        grand for child in money_span.root.children if child.text.lower() in ("in", "of") for grand in child.children
    ]
    anchors = {t.i for t in path} | {t.i for t in own} | {t.i for t in (verb, governor) if t is not None}
    anchors |= _in_what(money_span)
    clause = governor or verb
    while clause is not None and clause.dep_ == "conj" and clause.head.i != clause.i:
        anchors.discard(clause.head.i)  # "sold the brand to Ford and sold the company for £10": another sale
        clause = clause.head
    if kind == "buy" and verb is not None and money_span.root.head.i == verb.i and money_span.root.dep_ == "dobj":
        kind = "receive" if len(own) == 1 else kind  # "acquired $430 million more" (no "in bonds"): it is taken in
    over = governor
    if verb is not None and over is None and verb.dep_ == "nsubjpass" and not _is_verb(verb):
        over = verb.head  # "the $2bn bid was rejected by Borel"
    subject_role = _subject_role(kind, over, verb) if over is not None and kind is not None else None
    if verb is not None and over is None and not _is_verb(verb):
        # "the £7m fine imposed/acl on X by Y": the participle's "on X", "by Y" are the noun's
        nouns = (verb, money_span.root)
        over = next((c for t in nouns for c in t.children if c.dep_ == "acl" and _participle(c)), None)
        anchors |= {over.i} if over is not None else set()
    predicate = path[-1] if path else money_span.root
    if verb is not None and verb.dep_ == "relcl" and verb.head.i in {t.i for t in own}:
        predicate = verb  # the relative clause's subject moves the amount
    return _Frame(
        verb=verb,
        kind=kind,
        predicate=predicate,
        anchors=frozenset(anchors),
        own=frozenset(t.i for t in own),
        near=frozenset(t.i for t in [*_own_clause(path), *own]),
        subject_role=subject_role,
        over=over,
        requested=verb is not None and (_requested(verb) or (governor is not None and _requested(governor))),
    )


def _in_what(money: Span) -> set[int]:
    """What the amount is in when the parser hung "in" on the verb: "received $2bn in/prep(received) aid from X"
    ("from X" is on the aid's path, "for X" on it is no recipient: "in funding for two aircraft")."""
    doc = money.doc
    after = doc[money.end] if money.end < len(doc) else None
    if after is None or after.text.lower() != "in" or after.head.i != money.root.head.i:
        return set()
    return {c.i for c in after.children if c.dep_ == "pobj"}


def _subject_role(kind: str, governor: Token, noun: Token | None = None) -> PartyRole | None:
    """The role of the subject of the verb over a nominal transaction, when the verb decides it; None when the
    transaction's own kind does ("Acme's bid": `_ROLES`). Who backs, approves, fights or faces a bid or takeover,
    or agrees to one by someone else ("Borel agreed to a £2bn takeover by Acme"), is its target or a bystander."""
    word = governor.text.lower()
    if kind in ("bid", "buy") and noun is not None:
        bidder = any(c.dep_ in ("prep", "agent") and c.text.lower() in ("by", "from") for c in noun.children)
        if word.startswith(_TARGET_STEMS) or (bidder and word.startswith(("agre", "accept"))):
            return "other"
    if kind == "ask":  # "the Pentagon made a $515bn request" (it asks); "Gates defended the request" (no party)
        return "recipient" if word.startswith(_MAKING_STEMS) else "other"
    if kind == "fee":  # "Spirit announces a $45 fee" (it charges); "passengers pay the fee"; "critics attacked it"
        return "recipient" if word.startswith(_CHARGING_STEMS) else _penalty_subject(governor)
    if kind in ("give", "pay") and word.startswith("agre") and noun is not None and _with_someone(noun, governor):
        return "other"  # "Ruritania agreed a $2bn bailout with the IMF": either side agrees
    if kind in ("give", "pay") and _kind(governor) == "receive":
        return "recipient"  # "Ruritania is seeking a $2bn loan from the IMF"
    if word.startswith(_TAKING_STEMS):
        return _TAKING_SUBJECT.get(kind)
    return _penalty_subject(governor) if kind == "penalty" else None


def _with_someone(noun: Token, governor: Token) -> bool:
    """Whether "with X" is on a transaction noun or the verb over it."""
    return any(c.dep_ == "prep" and c.text.lower() == "with" for t in (noun, governor) for c in t.children)


def _agent_over(kind: str, over: Token) -> PartyRole:
    """The role of "by X" on the verb over a nominal transaction: a transaction verb's agent ("the grant
    received by X"), the subject the verb gives ("the bid was rejected by X": no party; "a fine imposed by X":
    recipient), the transaction's own subject after "made", "submitted" ("a donation made by X": payer)."""
    over_kind = _kind(over)
    if over_kind in _ROLES:
        return _ROLES[over_kind].get("agent", "other")
    role = _subject_role(kind, over)
    if role is None and over.text.lower().startswith(_MAKING_STEMS):
        role = _ROLES[kind].get("subject")
    return role or "other"


def _penalty_subject(governor: Token) -> PartyRole:
    """The role of the subject of a verb over a penalty noun: who imposes one receives it ("the court
    imposed a $2m fine"), who pays, faces or agrees to one pays it, and who cuts, criticises or reports
    one is no party ("the administration cut the penalties sought")."""
    word = governor.text.lower()
    if word.startswith(_IMPOSING_STEMS) or word in ("set", "sets", "setting"):
        return "recipient"
    return "payer" if word.startswith(_BEARING_STEMS) else "other"


def is_requested(parsed: Doc, money: tuple[int, int]) -> bool:
    """Whether the amount at `money` is asked for, offered or planned rather than transferred."""
    frame = money_frame(parsed, money)
    return frame is not None and frame.requested


def role_in_sentence(
    parsed: Doc, money: tuple[int, int], entity: tuple[int, int], label: str | None = None
) -> PartyRole:
    """The role of the entity at char offsets `entity` (NER label `label`) for the amount at `money`, both
    relative to `parsed`."""
    frame = money_frame(parsed, money)
    money_span = parsed.char_span(*money, alignment_mode="expand")
    entity_span = parsed.char_span(*entity, alignment_mode="expand")
    if frame is None or money_span is None or entity_span is None:
        return "other"
    if money_span.start <= entity_span.root.i < money_span.end:
        return "other"
    fine = _fine_headline(money_span, entity_span)
    if fine is not None:
        return fine
    if _never_a_party(entity_span, label) and not _mislabelled_actor(frame, entity_span, label):
        return "other"
    root = _phrase_head(entity_span.root)  # the phrase it belongs to (recipients)
    unowned = root.text.lower() in _RESULT_NOUNS | _SECURITIES or root.text in _DEBTS  # not "Bill and Melinda"
    if unowned and root.i != entity_span.root.i:
        return "other"  # "to double Acme's sales to $40bn", "Shares of Acme gave up $1.35", "repay Labor's debt"
    if root.dep_ == "pobj" and root.head.text.lower() == "to" and root.head.head.text.lower() == "according":
        return "other"  # "according to Al Jazeera, $3.6 billion from a Pentagon budget": the source of a report
    verb = frame.verb
    if frame.kind in ("buy", "pay") and verb is not None and _seller_of_part(entity_span.root, verb):
        return "recipient"
    if _supported(root, set(frame.anchors)):
        return "recipient"
    if _sold_thing(entity_span.root):
        return "other"  # "will receive $5bn from the sale of Borel to Zenith": Borel is what is sold
    preposition = _preposition_slot(frame, root)
    if preposition is not None:
        return _preposition_role(frame, preposition, root.head if _to_name(root) else root.head.head)
    if frame.kind is None or verb is None:
        return "other"
    slot = _argument_slot(frame, entity_span, root)
    if slot == "subject" and _in_circumstance(verb):
        return "other"  # "Plaza opened after a €45m investment by Anchor": Plaza is no investor
    if slot == "subject" and frame.subject_role is not None:
        return frame.subject_role
    headline = verb.i == frame.predicate.i and not _has_object(verb, money_span)
    if slot == "subject" and frame.kind in ("fine", "sell") and headline and verb.text.lower() not in _SUING:
        # a headline's passive: "Acme fined $2m" (Acme pays), "Borel sold for £38m" (Borel is what is sold)
        return "payer" if frame.kind == "fine" else "other"
    if slot == "possessor":
        slot = "subject"
    return _ROLES[frame.kind].get(slot or "", "other")


def _fine_headline(money: Span, entity: Span) -> PartyRole | None:
    """The parties of "EU fines Microsoft €280.5 million", which the parser reads as a noun phrase: the name
    before "fines" receives, the name between it and the amount pays; None for any other entity."""
    doc = money.doc
    if entity.end < len(doc) and doc[entity.end].text.lower() == "fines" and 1 < money.start - entity.end <= 6:
        return "recipient"
    if entity.start > 0 and doc[entity.start - 1].text.lower() == "fines" and money.start == entity.end:
        return "payer"
    return None


def _preposition_slot(frame: _Frame, root: Token) -> str | None:
    """The preposition that attaches the entity's phrase to the transaction ("to", "from", "by", ...)."""
    head = root.head
    if _to_name(root):
        return "to" if head.i in frame.anchors else None  # "sell its stake to/aux Rosneft/advcl"
    if root.dep_ == "pobj" and head.text.lower() == "of" and head.head.text.lower() == "out":
        return "from" if head.head.head.i in frame.anchors else None  # "$6 billion out of IBM"
    if root.dep_ != "pobj" or head.head.i not in (frame.anchors if frame.kind is not None else frame.near):
        return None
    if head.head.i not in frame.own and _is_amount(head.head):
        return None  # "$41 million from Sweden and $30 million from Norway": Sweden gives the $41 million
    word = head.text.lower()
    if word == "on" and head.head.i == frame.predicate.i and frame.predicate.text.lower().startswith(_CONTROL_STEMS):
        return None  # "calling on Congress to provide": an argument of the transaction (`_argument_slot`)
    if word == "by":
        return _by_slot(frame, head)
    if word == "into":
        return "to"
    if word == "with" and frame.verb is not None and _absolute_subject(root, frame.verb):
        return None  # "with Jet owing Rs850 crore": the subject of the verb (`_argument_slot`)
    return word if word in ("from", "to", "for", "in", "on", "against", "with") else None


def _by_slot(frame: _Frame, by: Token) -> str | None:
    """Whose agent "by X" is: the transaction's on the transaction word or inside its phrase ("acquisitions
    of businesses worth $200m by Acme"), but not on an active verb ("ordered to pay £5m by the court"); the
    verb's over a nominal transaction ("the bid was rejected by X": `over`); on any other verb ("the takeover
    was approved by the Commission") X is no party."""
    verb, attached = frame.verb, by.head
    if verb is None:
        return None
    if attached.i == verb.i:
        finite = _is_verb(verb) and not _participle(verb) and not _passive(verb)
        return None if finite and by.dep_ != "agent" else "agent"
    if by.dep_ != "agent":
        return None
    if verb.is_ancestor(attached):
        return "agent"
    return "over" if frame.over is not None and attached.i == frame.over.i else None


def _participle(verb: Token) -> bool:
    """Whether a verb is written as a past participle ("fined", "given", "paid"), which a "by X" makes passive
    even where the parser attached no auxiliary ("Acme fined $2m by the regulator")."""
    word = verb.text.lower()
    return word.endswith(("ed", "en")) or word in _IRREGULAR_PARTICIPLES


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _preposition_role(frame: _Frame, preposition: str, attached: Token) -> PartyRole:
    """The role of "to X", "from X", "by X", "for X", "in X" on the amount's path (`attached`: the word the
    preposition hangs on)."""
    kind, verb = frame.kind, frame.verb
    attached_to_money = attached.i in frame.own
    if preposition == "in":
        return "recipient" if verb is not None and verb.text.lower().startswith("invest") else "other"
    if kind == "buy" and preposition == "with" and verb is not None and verb.text.lower() in ("order", "orders"):
        return "recipient"  # "placed a $3.1bn order with Boeing": the seller
    if kind == "penalty" and preposition == "with":  # "a £497m settlement with the Serious Fraud Office"
        return "recipient" if verb is not None and verb.text.lower().startswith("settl") else "other"
    if kind == "fee" and preposition == "to":  # "pay a $5 fee to Acme"; not "a toll charged ... to Falcon Street"
        return "recipient" if frame.over is not None and _kind(frame.over) in ("pay", "give") else "other"
    if preposition == "over" and kind is not None and frame.over is not None:
        return _agent_over(kind, frame.over)
    if kind is None:  # "$50 million for the Program", "from X" on the path pays whatever the verb
        if preposition == "from":
            return "payer"
        return "recipient" if preposition == "to" or (preposition == "for" and attached_to_money) else "other"
    if kind == "ask" and preposition == "from" and verb is not None and attached.i == verb.i and not _is_verb(verb):
        return "recipient"  # "the $515 billion request from the Pentagon": the Pentagon asks
    role = _ROLES[kind].get(preposition)
    if role is None and attached_to_money and preposition in ("to", "for") and kind in ("give", "announce", "receive"):
        return "recipient"
    return role or "other"


def _argument_slot(frame: _Frame, entity: Span, root: Token) -> str | None:
    """Subject, passive subject or object of the transaction: where the entity stands to its verb."""
    verb, predicate = frame.verb, frame.predicate
    assert verb is not None
    party = _phrase_head(entity.root, frozenset({"conj"}))  # the party itself (subjects, agents)
    if party.dep_ == "pobj" and party.head.text.lower() == "of" and party.head.head.text[:1].islower():
        party = party.head.head  # "the government of Chad has received"
    if _reports_its_own(party, predicate):
        return "subject"  # "Tesco said it would pay 200p a share": "it" is Tesco
    raised = verb.dep_ == "xcomp" and verb.head.i == predicate.i
    if raised and party.dep_ == "nsubjpass" and party.head.i == predicate.i:
        return "subject"  # "Acme is obliged to pay", "Acme was told to pay": the passive subject does it
    if predicate.text.lower() in _REPORTING:
        return None  # '"… owed $3,750," said Rick Barker': who reports it is no party
    relative = any(c.dep_ in _SUBJECTS and c.text.lower() in ("who", "which", "that") for c in predicate.children)
    if relative and predicate.dep_ == "relcl" and _antecedent(predicate).i == party.i:
        return "subject"  # "Dan Richey, the group's coordinator, who received $17,250"
    if party.dep_ == "compound" and party.head.text.lower() in _INSTITUTIONS:
        party = party.head  # "the Bush administration committed", "the US government paid"
    if party.dep_ == "appos" and entity.start <= party.i < entity.end and party.head.dep_ in _SUBJECTS:
        party = party.head  # "Dubai World's investment arm Istithmar World paid"
    if _does_the_clause_on_its_noun(party, verb) or _absolute_subject(party, verb):
        return "subject"  # "the Treasury's announcement that it will buy", "in debt with Jet owing Rs850 crore"
    if predicate.i != verb.i and predicate.text.lower().startswith(_CONTROL_STEMS):
        # "Thailand orders Acme directors to pay $616 million": the one ordered pays, not who orders
        if root.dep_ == "pobj" and root.head.text.lower() == "on" and root.head.head.i == predicate.i:
            return "subject"  # "calling on Congress to provide $770 million": Congress would pay
        if root.head.i == verb.i and root.dep_ in ("dative", "dobj"):
            return "object"  # "Acme was ordered to pay Borel $10m in damages": Borel receives
        return "subject" if root.head.i == predicate.i and root.dep_ == "dobj" else None
    passive = _passive(verb)
    if _subject_read_as_head(party, predicate, verb) or (verb.i == predicate.i and _just_before(entity.root, verb)):
        return "subject"
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    infinitive = any(c.dep_ == "aux" and c.text.lower() == "to" for c in clause.children)  # "a goal to finance"
    if clause.dep_ == "acl" and verb.i != predicate.i and not infinitive:
        return None  # "EBay has pages of consoles, auctioning at $3,000": the consoles are auctioned
    if party.head.i == predicate.i and party.dep_ == "nsubj":
        return "passive" if passive and frame.kind in ("buy", "sell") else "subject"
    if party.head.i == predicate.i and party.dep_ == "nsubjpass":
        return "passive"
    if party.dep_ == "poss" and party.head.i == verb.i:
        return "possessor"  # "Acme's $1bn bid", "Meta's fine": the noun's subject, whatever the verb over it
    if root.head.i == verb.i and root.dep_ in ("dative", "dobj"):
        return "object"
    over = frame.over
    if over is not None and root.head.i == over.i and root.dep_ == "dative" and _kind(over) in ("give", "pay"):
        return "object"  # "Zenith gave Acme a $2m loan"
    return None


def _reports_its_own(party: Token, predicate: Token) -> bool:
    """Whether `party` says what it does itself: the subject of a reporting verb whose reported clause, the
    amount's, has a pronoun subject ("Tesco said it would pay 200p a share"; not '"… owed $3,750," said Rick
    Barker', nor "Smith said the firm would pay")."""
    said = party.head
    if party.dep_ != "nsubj" or said.text.lower() not in _REPORTING or said.i == predicate.i:
        return False
    subjects = [c for c in predicate.children if c.dep_ in _SUBJECTS]
    active = bool(subjects) and subjects[0].dep_ == "nsubj"  # not "Acme said it would be paid £5m by Borel"
    pronoun = active and subjects[0].text.lower() in _PRONOUNS and subjects[0].i > party.i
    return predicate.dep_ == "ccomp" and predicate.head.i == said.i and pronoun


def _subject_read_as_head(party: Token, predicate: Token, verb: Token) -> bool:
    """Whether the parser, finding no subject above the amount, made the entity before the verb the sentence's
    root ("India/ROOT on Friday extended/amod assistance worth $1 million") or a compound of the verb ("The
    IMF/compound lent/ROOT Greece €30bn")."""
    if party.i >= verb.i:
        return False
    if party.i == predicate.i and party.dep_ == "ROOT":
        return True
    subjectless = not any(c.dep_ in _SUBJECTS for c in verb.children)
    return party.dep_ == "compound" and party.head.i == verb.i == predicate.i and subjectless


def _just_before(party: Token, verb: Token) -> bool:
    """Whether the verb has no subject and only brackets ("Japan Airlines (JAL)") and the verb's auxiliaries
    stand between the party and it: "After admitting to price fixing, Japan Airlines/conj (JAL) has been
    fined/ROOT" (the parser made the subject a conjunct of the opening phrase)."""
    if party.i >= verb.i or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    depth, auxiliaries = 0, 0
    for token in party.doc[party.i + 1 : verb.i]:
        depth = max(0, depth + (token.text == "(") - (token.text == ")"))
        if token.dep_ in ("aux", "auxpass", "neg") and token.head.i == verb.i and depth == 0:
            auxiliaries += 1
        elif depth == 0 and token.text != ")":
            return False
    return auxiliaries > 0


def _absolute_subject(party: Token, verb: Token) -> bool:
    """Whether `party` is the subject of an absolute "with X <verb>ing": "in debt with Jet owing Rs850 crore"."""
    with_ = party.head
    after = verb.i == party.right_edge.i + 1 and verb.text.lower().endswith("ing")
    return party.dep_ == "pobj" and with_.text.lower() == "with" and after


def _does_the_clause_on_its_noun(party: Token, verb: Token) -> bool:
    """Whether `party` owns or makes ("X's", "by X") the noun that the transaction's clause is on, a clause
    without a subject of its own: "the Treasury's announcement that it will buy", "Acme's plan to buy Borel",
    "an announcement by the Iemma government to spend"."""
    if party.dep_ == "poss":
        noun = party.head
    elif party.dep_ == "pobj" and party.head.text.lower() == "by":
        noun = party.head.head
    else:
        return False
    if verb.dep_ not in ("acl", "ccomp") or verb.head.i != noun.i:
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    infinitive = any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
    return all(c.text.lower() in _PRONOUNS for c in subjects) and (infinitive or bool(subjects))


def _in_circumstance(noun: Token) -> bool:
    """Whether a transaction noun is in a circumstance of its clause ("after a €45m investment by X", "as for
    the $100bn in funds"), not what the clause's subject does."""
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.text.lower() in _CIRCUMSTANCES | {"over", "about"}:
        return True  # "is in talks with the IMF over a $2bn loan": the talks, not a loan, are its
    return preposition.dep_ == "prep" and preposition.head.text.lower() == "as"


def _seller_of_part(token: Token, verb: Token) -> bool:
    """Whether `token` owns the part a buyer buys ("acquired assets of/pobj The Weinstein Company", "paid $1bn
    for the music business of EMI") or sells it in the purchase the money is spent on ("spent A$500m on buying
    a stake from the Cole family")."""
    seller = _phrase_head(token, frozenset({"compound", "conj"}))
    owned = seller.head
    if seller.dep_ == "poss" and owned.dep_ == "dobj" and owned.head.i == verb.i:
        return owned.text.lower() in _SOLD_PARTS | _STAKES  # "will buy Zenith's stake in Borel"
    if seller.dep_ == "pobj" and seller.head.text.lower() == "from":
        buying = seller.head.head
        buying = buying.head if buying.dep_ == "dobj" else buying  # "buying a stake from/prep"
        on = buying.head
        spent_on = on.text.lower() in ("on", "for") and on.head.i == verb.i
        return _kind(buying) == "buy" and buying.dep_ == "pcomp" and spent_on
    of = token.head
    part = of.head
    if token.dep_ != "pobj" or of.text.lower() != "of" or part.text.lower() not in _SOLD_PARTS:
        return False
    bought = part.head.head if part.dep_ == "pobj" and part.head.text.lower() == "for" else part.head
    return bought.i == verb.i


def _sold_thing(token: Token) -> bool:
    """Whether `token` is what a sale, purchase or bid noun is of: "the sale of Borel", "its takeover of Borel"."""
    of = token.head
    return token.dep_ == "pobj" and of.text.lower() == "of" and _kind(of.head) in ("sell", "buy", "bid")


def _is_amount(token: Token) -> bool:
    """Whether a word is the head of an amount: "$41 million", "£2 bn", "500"."""
    return token.like_num or token.tag_ == "$" or token.text.lower() in _SCALE_WORDS


def _antecedent(clause: Token) -> Token:
    """What a relative clause is about: its head, past an apposition and its conjuncts ("Richey, a former
    politician and the group's coordinator, who")."""
    head = clause.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.head if head.dep_ == "appos" else head


def _has_object(verb: Token, money: Span) -> bool:
    """Whether the verb has an object besides the amount, a name the parser hung on the amount included
    ("the Commission fined Acme/compound €1bn")."""
    if any(c.dep_ in ("dobj", "dative") and not money.start <= c.i < money.end for c in verb.children):
        return True
    named = [c for c in money.root.children if c.dep_ in ("compound", "nmod") and c.text[:1].isupper()]
    return money.root.head.i == verb.i and any(not money.start <= c.i < money.end for c in named)
