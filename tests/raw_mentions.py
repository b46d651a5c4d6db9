"""Raw entity mentions placed in a test's text by the name they cover."""

from transforms.resolve import RawMention


def mention_at(text: str, name: str, label: str, nth: int = 0) -> RawMention:
    """The mention of `name` with `label` at its `nth` occurrence in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return RawMention(name, label, start, start + len(name))
