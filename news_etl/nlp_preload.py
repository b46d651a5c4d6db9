"""What the NLP workers' fork server imports before it forks any worker: the spaCy pipeline named by
`_NEWS_ETL_PRELOAD_MODEL` / `_NEWS_ETL_PRELOAD_COMPONENTS` (internal variables, set by `news_etl.nlp_pool`;
not settings), and the rules' lazily built tables (country spellings, cities…) warmed on a small article.
Every worker forked afterwards starts with them, their pages shared with the fork server, instead of
importing and loading its own copy (about 2 s of CPU a worker).
"""

from __future__ import annotations

import atexit
import datetime as dt
import os

from spacy.language import Language

from news_etl.nlp_pool import COMPONENTS_VARIABLE, MODEL_VARIABLE, OWNER_VARIABLE, lower_priority
from transforms.aliases import EntityAliases
from transforms.articles import parse_article
from transforms.extract import extract_articles
from transforms.nlp import load_pipeline

#: Touches every rule once (a place, a dateline, money, a date, a party) so their tables are built here.
_WARM_UP = (
    b"date 2020-07-25\n"
    b"WASHINGTON, July 24, 2020 - The Department of Energy awarded $1.5 million (1.3 million euros) to Acme "
    b"Corp. of Ohio on March 3, 2020, Secretary Jane Smith said in Paris. Acme will pay 2 million pounds "
    b"next year.\n"
)

#: (model, components, pipeline) loaded by this module's import, when the variables name one.
preloaded: tuple[str, tuple[str, ...], Language] | None = None


def pipeline(model: str, components: tuple[str, ...]) -> Language | None:
    """The preloaded pipeline when it is `model` with `components`, else None."""
    if preloaded is not None and preloaded[:2] == (model, components):
        return preloaded[2]
    return None


def _end_without_teardown() -> None:
    """The fork server's end, once the process that owns the pool has ended: no teardown of spaCy's and the
    model's objects (about 0.3 s of CPU), during which the fork server would still hold the run's stdout open,
    so a pipe reading the run's output would see its end only then."""
    os._exit(0)


def _preload() -> tuple[str, tuple[str, ...], Language] | None:
    lower_priority()  # before the model loads: the run's server boot and imports come first
    if os.environ.get(OWNER_VARIABLE, str(os.getpid())) != str(os.getpid()):  # in the fork server, not the owner
        atexit.register(_end_without_teardown)
    model = os.environ.get(MODEL_VARIABLE)
    if not model:
        return None
    components = tuple(c for c in os.environ.get(COMPONENTS_VARIABLE, "").split(",") if c)
    try:
        nlp = load_pipeline(model, components)
        article = parse_article(_WARM_UP, "warm-up.txt", dt.date(2020, 7, 25))
        extract_articles(nlp, [article], aliases=EntityAliases())
    except Exception:  # noqa: BLE001 - each worker then loads the model itself, and says what is wrong
        return None
    return model, components, nlp


preloaded = _preload()
