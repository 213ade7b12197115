"""Repeat rules: the title repeated in the body (the known title or the one found on top)."""

from __future__ import annotations

from collections.abc import Iterator

from cleanarchive.records import Category
from cleanarchive.rules.shapes import title_repeats
from cleanarchive.ruleset import SPACE, Rule, Span, View

__all__ = ["RULES"]

# A title glued to the start of the first paragraph is cut only when it is this long: a short
# title ("Americans") may well be the paragraph's first word.
MIN_GLUED_TITLE_WORDS = 4


def _repeated_titles(view: View) -> Iterator[Span]:
    """Yield lines that repeat a known title, and a long known title glued to the start of the text."""
    if not view.titles:
        return
    for i in title_repeats(view.titles, view.lines):
        yield view.line_span(i)
    if view.lines:
        first = view.lines[0]
        for title in view.titles:
            if (
                title.count(" ") + 1 >= MIN_GLUED_TITLE_WORDS
                and len(first) > len(title)
                and first.startswith(title)
                and first[len(title)] in SPACE
            ):
                yield 0, len(title)
                return


RULES = (
    Rule(
        id="repeat.title",
        category=Category.REPEAT,
        description="A line repeating the title (known from the input, or removed from the top).",
        find=_repeated_titles,
    ),
)
