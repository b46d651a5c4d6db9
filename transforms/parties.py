"""Money to its parties: each amount is linked to the entities of its sentence, with their role in it.

Rules (on the dependency parse of the amount's sentence; only sentences with an amount are parsed):
- the amount's *predicate* is its nearest ancestor with a subject (or the root), climbing through
  nouns, prepositions and open clauses ("decided to grant humanitarian assistance of $1 million");
- `payer`: the predicate's subject ("India extended $1 million"); the agent of a passive ("… was paid
  by Google"); "from X" on the way up ("received $5 million from the WHO"); the subject of a passive
  penalty ("Meta was fined €1.2 billion");
- `recipient`: the indirect object, "to X" or "for X" on the way up or on the amount ("provided North
  Korea …", "… to North Korea", "a fund for Italy and Spain"); the direct object of a transaction
  ("bought Instagram for $1 billion"); "in X" after invest; the subject of a receiving verb ("North
  Korea received $1 million", "the startup raised $20 million") or of a passive ("North Korea was given
  $1 million");
- when the parser found no subject above the amount and made an entity before it the sentence's
  root, that entity is the subject;
- a conjunct takes the role of the first one ("for Italy and Spain");
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


def _receives(token: Token) -> bool:
    word = token.text.lower()
    return word in _RECEIVING_WORDS or word.startswith(_RECEIVING_STEMS)


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


def role_in_sentence(parsed: Doc, money: tuple[int, int], entity: tuple[int, int]) -> PartyRole:
    """The role of the entity at char offsets `entity` for the amount at `money`, both relative to `parsed`."""
    money_span = parsed.char_span(*money, alignment_mode="expand")
    entity_span = parsed.char_span(*entity, alignment_mode="expand")
    if money_span is None or entity_span is None or not parsed.has_annotation("DEP"):
        return "other"
    path = _path_to_predicate(money_span)
    if not path:
        return "other"
    on_path = {t.i for t in path}
    predicate = path[-1].i
    receiving = any(_receives(t) for t in path)
    root = entity_span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "for Italy and Spain": Spain takes Italy's role
    head, dep = root.head, root.dep_
    if root.i == predicate and dep == "ROOT" and root.i < money_span.start:
        # no subject anywhere above the amount: the parser made the sentence's subject its root
        # ("India/ROOT on Friday extended/amod assistance worth $1 million")
        return "recipient" if receiving else "payer"
    if head.i == predicate and dep == "nsubj":
        return "recipient" if receiving else "payer"
    if head.i == predicate and dep == "nsubjpass":
        return "payer" if path[-1].text.lower() in _PENALTY_WORDS else "recipient"
    if dep == "pobj" and (head.head.i in on_path or money_span.start <= head.head.i < money_span.end):
        preposition = head.text.lower()
        if preposition == "by" and head.dep_ == "agent":
            return "payer"
        if preposition == "from":
            return "payer"
        if preposition in ("to", "into", "for"):
            return "recipient"
        if preposition == "in" and any(t.text.lower().startswith("invest") for t in path):
            return "recipient"
    if head.i in on_path and dep == "dative":
        return "recipient"
    if head.i in on_path and dep == "dobj" and not receiving and not money_span.start <= root.i < money_span.end:
        return "recipient"
    return "other"
