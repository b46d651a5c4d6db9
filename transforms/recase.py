"""What the model reads: the article with lines in capitals recased the way the article itself writes them.

The small English model misses most names written in capitals ("JOSEPH R. BIDEN JR.", wire-service headlines
such as "CRICKET - PAKISTAN BEAT ZIMBABWE BY SIX WICKETS"), and a headline in title case reads to it as one
long name. So each word of a line in capitals takes the case the same article gives it in its other lines:
"Pakistan" and "Zimbabwe" as in the story, "beat" and "wickets" in lower case. Recasing keeps every
character's position, so offsets found in the reading text are offsets into the article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.lang.en.stop_words import STOP_WORDS

from transforms.entities import given_names, normalise_entity
from transforms.places import is_city, is_region
from transforms.resolve import RawMention

_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
# Where a sentence starts, a word is capitalised whatever it is: no evidence of how the article writes it.
_SENTENCE_START = re.compile(r"(?:^|\n[ \t]*|[.!?:;\"“”‘(\[-]\s+|\s[-–—]\s+)$")
# A wire headline's topic slug and its dash: "SOCCER - ", "TENNIS - ", "RUGBY UNION - ".
_SLUG_DASH = re.compile(r"^(\s*[A-Z][A-Z'’&]+(?: [A-Z][A-Z'’&]+)? )-(?= )")
# Format characters that split what a reader sees as one token: "$3\u200bmillion" is "$3 million".
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
#: All-capitals forms up to this length are acronyms ("NATO", "HHS") and count as evidence; longer ones in
#: running text ("I, JOSEPH R. BIDEN JR., President") say nothing about the word's case.
ACRONYM_MAX = 4


def _in_capitals(line: str) -> bool:
    upper = sum(map(str.isupper, line))
    return upper >= 4 and upper >= 0.9 * sum(map(str.isalpha, line))


def at_sentence_start(text: str, index: int) -> bool:
    """Whether the word at `index` of `text` starts a line or a sentence (or a quote, a list item)."""
    return _SENTENCE_START.search(text, max(0, index - 6), index) is not None  # a window: texts can be long


def _informative(line: str, match: re.Match[str]) -> bool:
    """Whether a word's case says how the article writes it: not a long word in capitals, nor a short one
    beside other capitals ("JR." in "BIDEN JR.")."""
    word = match.group()
    if not word.isupper():
        return True
    if len(word) > ACRONYM_MAX:
        return False
    before = line[max(0, match.start() - 12) : match.start()].split()
    after = line[match.end() : match.end() + 12].split()
    return not any(w.isupper() and sum(c.isalpha() for c in w) > 1 for w in before[-1:] + after[:1])


class _CaseEvidence:
    """How an article writes each word and each pair of adjacent words outside its capitals lines and
    outside sentence starts (a pair that starts a sentence counts when both words are capitalised: "Deutsche
    Bank said", not "Stripes may")."""

    def __init__(self, lines: list[str]) -> None:
        self.words: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.pairs: dict[str, str] = {}
        for line in lines:
            previous: re.Match[str] | None = None
            for match in _WORD.finditer(line):
                word = match.group()
                informative = _informative(line, match)
                if informative and not at_sentence_start(line, match.start()):
                    self.words[word.lower()][word] += 1
                if (
                    previous is not None
                    and line[previous.end() : match.start()] == " "
                    and informative
                    and _informative(line, previous)
                    and not (word.islower() and at_sentence_start(line, previous.start()))
                ):
                    pair = line[previous.start() : match.end()]
                    if not pair.islower():
                        self.pairs.setdefault(pair.lower(), pair)
                previous = match

    def form(self, word: str) -> str | None:
        """The article's way of writing `word`: lower case if it ever writes it so mid-sentence (a common
        word that is sometimes part of a name: "bank", "house"), else its most frequent form."""
        forms = self.words.get(word.lower())
        if not forms:
            return None
        lower = word.lower()
        return lower if lower in forms else forms.most_common(1)[0][0]


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def is_common(word: str, common: frozenset[str]) -> bool:
    """`word` or a regular inflection of it ("wickets", "rises") is in the list of common words."""
    lower = word.lower()
    return lower in common or any(
        lower.endswith(suffix) and lower[: -len(suffix)] + stem in common for suffix, stem in _INFLECTIONS
    )


def written_form(text: str, word: str) -> str | None:
    """How `text` writes `word` inside its sentences, like `_CaseEvidence.form`, for one word (a regex pass,
    cheaper than the whole table when few words are asked about)."""
    pattern = re.compile(rf"(?<![\w'’.&-]){re.escape(word)}(?![\w'’.&-])", re.IGNORECASE)
    forms: Counter[str] = Counter()
    for match in pattern.finditer(text):
        found = match.group()
        if found.islower():
            return found
        if not at_sentence_start(text, match.start()) and _informative(text, match):
            forms[found] += 1
    return forms.most_common(1)[0][0] if forms else None


def _fallback(word: str, following: str | None, first: bool, common: frozenset[str]) -> str:
    """A word the article writes nowhere else: function words in lower case; short words and dotted
    abbreviations as written (acronyms: "EU", "U.S."); countries, states and regions, cities that are not
    also common words, and given names before another name word capitalised; other common words in lower
    case; the rest capitalised (most likely a name)."""
    lower = word.lower()
    if lower in STOP_WORDS and not first:
        return lower
    if lower.rstrip(".") in ("jr", "sr"):
        return word[0] + word[1:].lower()  # "BIDEN JR." → "Biden Jr."
    if len(word) <= 3 or "." in word:
        return word
    title = word[0] + word[1:].lower()
    name_follows = following is not None and (
        "." in following or (following.lower() not in STOP_WORDS and not is_common(following, common))
    )
    if is_region(title) or (is_city(title) and not is_common(word, common)):
        return title
    if lower in given_names() and name_follows:
        return title
    return lower if is_common(word, common) else title


def recase_capitals(text: str, common: frozenset[str] = frozenset()) -> str:
    """The text with each all-capitals line recased word by word as the rest of the article writes those
    words (pairs first: "DEUTSCHE BANK" → "Deutsche Bank" where the story names the bank, though it also
    writes "the bank"), every other character unchanged (same length, so offsets hold)."""
    lines = text.split("\n")
    capitals = [i for i, line in enumerate(lines) if _in_capitals(line)]
    if not capitals:
        return text
    in_capitals = set(capitals)
    evidence = _CaseEvidence([line for i, line in enumerate(lines) if i not in in_capitals])
    for i in capitals:
        line = _SLUG_DASH.sub(r"\1:", lines[i])  # "CRICKET - PAKISTAN WIN": the slug is no part of a name
        words = list(_WORD.finditer(line))
        recased: dict[int, str] = {}
        for k, match in enumerate(words):
            if k + 1 < len(words) and line[match.end() : words[k + 1].start()] == " ":
                pair = evidence.pairs.get(line[match.start() : words[k + 1].end()].lower())
                if pair is not None:
                    first, second = pair.split(" ")
                    recased.setdefault(k, first)
                    recased[k + 1] = second
            if k not in recased:
                word = match.group()
                form = evidence.form(word)
                following = words[k + 1].group() if k + 1 < len(words) else None
                recased[k] = form if form is not None else _fallback(word, following, k == 0, common)
        chars = list(line)
        for k, match in enumerate(words):
            new = recased[k]
            if k == 0 or at_sentence_start(line, match.start()):
                new = new[:1].upper() + new[1:]
            if len(new) == len(match.group()):
                chars[match.start() : match.end()] = new
        lines[i] = "".join(chars)
    return "\n".join(lines)


def reading_text(body: str, common: frozenset[str] = frozenset()) -> str:
    """What the model and the money reader read: invisible format characters as spaces and lines in capitals
    recased. Same length as `body`, so every offset found in it is an offset into `body`."""
    return recase_capitals(_INVISIBLE.sub(" ", body), common)


def without_sentence_start_words(
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
