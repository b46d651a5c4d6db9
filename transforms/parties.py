"""Money to its parties: each amount is linked to the entities of its sentence, with their role in it.

Precision first: an entity is a `payer` or `recipient` only when the sentence says it gives, pays, lends,
invests, buys, sells, fines or receives the amount; everything else is `other` (the place of a speech, the
addressee of a request, the thing bought). Rules, on the dependency parse of the amount's sentence (only
sentences with an amount are parsed):
- the amount's *path* climbs from it to its *predicate*, the nearest ancestor with a subject (or the root),
  through nouns, prepositions and open clauses ("decided to grant humanitarian assistance of $1 million");
- the *transaction* is the first word on the path (or a participle on the amount: "$13 million provided by
  the Foundation") of a known kind: giving (give, provide, grant, extend, pay, lend, donate, award,
  allocate, invest, contribute, pledge, commit, fund, finance, spend…; "announce" when the amount is its
  object), buying, selling, receiving (receive, raise, secure, win…). No transaction, no payer or recipient
  from subjects and objects: "asked Congress for $25 billion", "spoke in Wilmington";
- giving: the predicate's subject pays; the indirect or direct object, "to X", "for X" and "in X" after
  invest receive; the agent of a passive ("provided by X") pays, the subject of a passive ("X was given")
  receives. Buying: the subject pays, "from X" receives, the thing bought is `other`. Selling: the subject
  receives, "to X" pays. Receiving: the subject receives, "from X" pays. The subject of a passive penalty
  ("Meta was fined €1.2 billion") pays;
- whatever the verb, "from X" on the path pays and "for X"/"to X" on the amount's own noun phrase receives
  ("$50 million for the Program"), and X in a purpose clause "to support X"/"to help X" receives;
- an entity inside a longer phrase takes the phrase's role: conjuncts ("for Italy and Spain"), modifiers
  ("the Ukrainian people"), "of" phrases ("the countries of Central America");
- when the parser found no subject above the amount and made an entity before it the sentence's
  root, that entity is the subject;
- `other`: every other entity of the sentence, and every entity when the model has no parser.
A reporting verb ("said", "told") is never the predicate whose subject pays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from transforms.vocab import PartyRole

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# Verbs whose subject receives the amount: stems matched as word prefixes, short forms matched whole.
_RECEIVING_STEMS = ("receiv", "secur", "rais", "obtain", "earn", "accept", "collect", "attract", "garner", "clinch")
_RECEIVING_WORDS = frozenset({"got", "get", "gets", "getting", "gotten", "won", "win", "wins", "winning", "bagged"})
# Passive verbs whose subject pays: "was fined", "were ordered to pay".
_PENALTY_WORDS = frozenset({"fined", "charged", "ordered", "taxed", "billed", "penalised", "penalized", "sued"})
_REPORTING = frozenset({"said", "say", "says", "told", "tells", "added", "according", "stated", "noted"})
_GIVING_STEMS = (
    "provid", "grant", "extend", "pay", "lend", "loan", "donat", "award", "allocat", "invest", "contribut",
    "pledg", "commit", "transfer", "disburs", "fund", "financ", "deliver", "distribut", "spend", "reimburs",
)  # fmt: skip
_GIVING_WORDS = frozenset(
    {"give", "gives", "gave", "given", "giving", "paid", "lent", "send", "sends", "sent", "spent"}
)
_ANNOUNCING_STEMS = ("announc", "unveil")
_BUYING_STEMS = ("buy", "bought", "purchas", "acquir")
_SELLING_STEMS = ("sell", "sold")
_SUPPORTING_STEMS = ("support", "help", "assist", "aid", "benefit", "replenish")
# A transaction under these is asked for, not made: "call for Congress to provide $5 billion".
_REQUEST_STEMS = ("call", "ask", "urg", "request", "demand", "propos")
# Clause heads: an unclassified one between the amount and a transaction word ends the search
# ("raising taxes on anyone making $400,000": the amount is what they make, nothing is raised).
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "pcomp", "xcomp", "conj", "ROOT"})
# Dependencies that make a word part of a longer phrase whose role it shares.
_PHRASE_DEPS = frozenset({"conj", "amod", "compound", "poss", "appos", "nmod"})


@dataclass(frozen=True)
class MoneyParty:
    """An entity linked to a money mention of its sentence (indices into the extraction's tuples)."""

    money_index: int
    entity_index: int
    role: PartyRole


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
    """The kind of transaction a word names: give, buy, sell, receive, announce, fine; None for any other."""
    word = token.text.lower()
    if word in _RECEIVING_WORDS or word.startswith(_RECEIVING_STEMS):
        return "receive"
    if word in _GIVING_WORDS or word.startswith(_GIVING_STEMS):
        return "give"
    if word.startswith(_BUYING_STEMS):
        return "buy"
    if word.startswith(_SELLING_STEMS):
        return "sell"
    if word.startswith(_ANNOUNCING_STEMS):
        return "announce"
    if word in _PENALTY_WORDS or word.startswith(("fine", "penalis", "penaliz")):
        return "fine"
    return None


def _path_to_predicate(money: Span) -> list[Token]:
    """Tokens from the amount up to its predicate: the nearest ancestor with a subject, or the root."""
    path: list[Token] = []
    token = money.root
    while token.head.i != token.i:
        token = token.head
        path.append(token)
        has_subject = any(c.dep_ in _SUBJECTS and not money.start <= c.i < money.end for c in token.children)
        if has_subject and token.text.lower() not in _REPORTING:
            break
    return path


def _transaction(money: Span, path: list[Token]) -> tuple[Token, str] | None:
    """The word that says what happens to the amount, and its kind; None when the sentence does not say."""
    for token in [money.root, *path]:
        # a participle on the way: "$13.2 million provided by the Foundation", "extended/amod assistance"
        for child in token.children:
            if child.dep_ in ("acl", "amod") and _kind(child) in ("give", "receive"):
                return child, str(_kind(child))
        if token is money.root:
            continue
        kind = _kind(token)
        if kind == "announce" and not (money.root.head.i == token.i and money.root.dep_ == "dobj"):
            kind = None  # "announced plans for $11 billion": the plans, not the money, are announced
        if kind is not None:
            return None if _requested(token) else (token, kind)
        if token.dep_ in _CLAUSE_DEPS:
            return None
    return None


def _requested(verb: Token) -> bool:
    """Whether the transaction is one somebody asks for ("call for Congress to provide $5 billion")."""
    return any(a.text.lower().startswith(_REQUEST_STEMS) for a in list(verb.ancestors)[:3])


def _phrase_head(token: Token, deps: frozenset[str] = _PHRASE_DEPS) -> Token:
    """The word whose role an entity shares: up through conjuncts, modifiers and "of" phrases."""
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in deps:
            token = head
        elif token.dep_ == "pobj" and head.text.lower() == "of" and head.head.i != head.i:
            token = head.head
        else:
            break
    return token


def _supported(token: Token, anchors: set[int]) -> bool:
    """Whether `token` is the object of "to support/help/assist…" attached to the amount or its verb."""
    verb = token.head
    if token.dep_ != "dobj" or not verb.text.lower().startswith(_SUPPORTING_STEMS):
        return False
    return verb.i in anchors or verb.head.i in anchors


def role_in_sentence(parsed: Doc, money: tuple[int, int], entity: tuple[int, int]) -> PartyRole:
    """The role of the entity at char offsets `entity` for the amount at `money`, both relative to `parsed`."""
    money_span = parsed.char_span(*money, alignment_mode="expand")
    entity_span = parsed.char_span(*entity, alignment_mode="expand")
    if money_span is None or entity_span is None or not parsed.has_annotation("DEP"):
        return "other"
    if money_span.start <= entity_span.root.i < money_span.end:
        return "other"
    path = _path_to_predicate(money_span)
    transaction = _transaction(money_span, path)
    verb, kind = transaction if transaction is not None else (None, None)
    # the amount's own noun phrase: "$22 million in assistance to …" attaches "to" to "assistance"
    own = [money_span.root] + [
        grand for child in money_span.root.children if child.text.lower() in ("in", "of") for grand in child.children
    ]
    anchors = {t.i for t in path} | {t.i for t in own}
    root = _phrase_head(entity_span.root)  # the phrase it belongs to (recipients)
    head, dep = root.head, root.dep_
    party = _phrase_head(entity_span.root, frozenset({"conj"}))  # the party itself (subjects, agents)
    predicate = path[-1] if path else money_span.root
    subject_pays = {
        "give": "payer",
        "announce": "payer",
        "buy": "payer",
        "receive": "recipient",
        "sell": "recipient",
        "fine": "recipient",  # "the regulator fined Meta €1.2 billion"
    }

    if _supported(root, anchors | ({verb.i} if verb is not None else set())):
        return "recipient"
    if dep == "pobj" and (head.head.i in anchors or (verb is not None and head.head.i == verb.i)):
        preposition, attached_to_money = head.text.lower(), head.head.i in {t.i for t in own}
        if preposition == "by" and head.dep_ == "agent":  # the agent of a passive: "paid by X", "fined by X"
            return "payer" if kind == "give" else "recipient" if kind == "fine" else "other"
        if preposition == "from":
            return "recipient" if kind == "buy" else "other" if kind == "sell" else "payer"
        if preposition in ("to", "into"):
            if kind == "sell":
                return "payer"
            if kind in ("give", "announce", None) or attached_to_money:
                return "recipient" if kind != "buy" else "other"
        if preposition == "for" and kind not in ("buy", "sell") and (kind is not None or attached_to_money):
            return "recipient"
        if preposition == "in" and verb is not None and verb.text.lower().startswith("invest"):
            return "recipient"
    if kind is None or verb is None:
        return "other"
    if party.i == predicate.i and party.dep_ == "ROOT" and party.i < money_span.start:
        # no subject anywhere above the amount: the parser made the sentence's subject its root
        # ("India/ROOT on Friday extended/amod assistance worth $1 million")
        return subject_pays[kind]  # type: ignore[return-value]
    if party.head.i == predicate.i and party.dep_ == "nsubj":
        return subject_pays[kind]  # type: ignore[return-value]
    if party.head.i == predicate.i and party.dep_ == "nsubjpass":
        if predicate.text.lower() in _PENALTY_WORDS:
            return "payer"
        return "recipient" if kind == "give" else "other"
    if head.i == verb.i and dep in ("dative", "dobj") and kind == "give":
        return "recipient"
    if party.head.i == verb.i and party.dep_ == "dobj" and kind == "fine":
        return "payer"
    return "other"
