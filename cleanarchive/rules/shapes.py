"""Shapes of lines that several rules share: dates, headings, body paragraphs, titles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from cleanarchive.scrub import SPACE, View

__all__ = [
    "DATE",
    "DATE_LINE",
    "TIME",
    "body_start",
    "head_zone",
    "holds_prose",
    "is_body",
    "is_heading",
    "is_prose",
    "occurrences",
    "title_key",
    "title_repeats",
    "words_pattern",
]

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
DATE = (
    rf"(?i:{MONTH} {{1,3}}{_DAY},? {{0,3}}{_YEAR}|{_DAY}\.? {{0,3}}{MONTH},? {{0,3}}{_YEAR}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d\d)|{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}})"
)
# A date without a year, as in datelines ("MOSCOW, November 22 (Sputnik) -").
DAY_MONTH = rf"(?i:{MONTH} {{1,3}}{_DAY}|{_DAY} {{1,3}}{MONTH})"
TIME = (
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?: ?[AaPp]\.?[Mm]\.?)?"
    r"(?: ?(?:GMT|UTC|[ECMP][SD]T|[A-Z]{3,4}|[+-]\d\d:?\d\d))?"
)
_LABEL = (
    r"(?:(?:Publish(?:ed)?|Posted|Updated|Last updated|Released?|Created|Modified)"
    r"(?: date| on| at)?|Date(?: published)?|Dated)"
)
_ONE_DATE = (
    rf"(?:{_LABEL}[ \t]{{0,3}}:?[ \t]{{0,3}})?(?:{WEEKDAY},?[ \t]{{0,3}}[-–—]?[ \t]{{0,3}})?"
    rf"{DATE}(?:,?[ \t]{{0,3}}(?:[-–—|@][ \t]{{0,3}}|at[ \t]{{1,3}})?{TIME})?"
)
_READING_TIME = r"\d{1,3}[ \t]?(?:min|mins|minutes?)\.?[ \t]{1,3}read"
# A line that is only a date, maybe labelled, maybe with weekday and time; maybe a second
# labelled date ("Published: 12 March 2018 | Updated: 13 March 2018") or a reading time.
DATE_LINE = re.compile(
    rf"[-–—•|]?[ \t]{{0,3}}{_ONE_DATE}"
    rf"(?:[ \t]{{0,3}}[|,;/·•–—-][ \t]{{0,3}}{_ONE_DATE})?"
    rf"(?:[ \t]{{0,3}}[|·•–—-][ \t]{{0,3}}{_READING_TIME})?[ \t]{{0,3}}[-–—|]?",
    re.IGNORECASE,
)

_CODE_MARKS = frozenset("{};=<>")
_PROSE_WORDS = 6


def is_prose(line: str) -> bool:
    """Return whether ``line`` reads as a sentence: six words or more, sentence-final, no code marks.

    Code rules (CSS, script) check their multi-line spans with it: a block that seems to run
    on through a paragraph was misread (an unclosed brace in the page's own CSS) and is kept.
    """
    line = line.strip()
    if line.count(" ") + 1 < _PROSE_WORDS or line.startswith(("/*", "*", "//")):
        return False
    return _last_char(line) in ".!?…" and not any(c in _CODE_MARKS for c in line)


_RARE_FIRST = frozenset("=<>{}[]@|\\^~`#$%&*+;/")


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Yield where ``needle`` occurs in ``text``, left to right, without overlaps.

    Rules look for a literal anchor with str.find, many times faster than letting a regex scan
    the whole text, then match around each place it stands.
    """
    if len(needle) > 1 and needle[0] in _RARE_FIRST:
        # str.find walks a text character by character for a needle of two or more; for one
        # character it is a memchr, many times faster. A needle opening with a mark rare in
        # prose ("=>", "<!--") is found by its first character, then checked.
        pos = text.find(needle[0])
        while pos >= 0:
            if text.startswith(needle, pos):
                yield pos
                pos = text.find(needle[0], pos + len(needle))
            else:
                pos = text.find(needle[0], pos + 1)
        return
    pos = text.find(needle)
    while pos >= 0:
        yield pos
        pos = text.find(needle, pos + len(needle))


def holds_prose(text: str) -> bool:
    """Return whether any line of ``text`` is prose (see :func:`is_prose`)."""
    return any(is_prose(line) for line in text.splitlines())


def words_pattern(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """Return a regex matching any of ``words`` (literally), longest first, as a prefix tree.

    Python's regex engine tries the branches of ``a|b|c`` one after the other; a tree of
    shared prefixes fails most lines after one or two character tests instead of trying every
    word. The pattern matches the same strings as the plain alternation, with the same
    preference for the longest word. With ``ignore_case`` the words are merged case-blind (the
    pattern must then be compiled with ``re.IGNORECASE``). Empty words are left out; no words
    give a pattern that never matches.
    """
    tree: dict[str, Any] = {}
    for word in words:
        if not word:
            continue  # an empty word would let the pattern match nothing at all
        node = tree
        for char in word.lower() if ignore_case else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_branches(tree)})" if tree else "(?!)"


def _branches(node: dict[str, Any]) -> str:
    parts = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in node:  # a word ends here: try the longer words first, then stop
        return f"(?:{body})?"
    return body


_LETTER = re.compile(r"[^\W\d_]")
_CLOSERS = "\"'”’»)]*"
_NOT_HEADING_END = frozenset(".:;,…")
MAX_HEADING_CHARS = 200
MAX_HEADING_WORDS = 25
ZONE_LINES = 8


def _last_char(line: str) -> str:
    trimmed = line.rstrip(_CLOSERS)
    return trimmed[-1] if trimmed else ""


def is_heading(line: str) -> bool:
    """Return whether ``line`` is shaped like a heading: short, no sentence-final period."""
    if not line or len(line) > MAX_HEADING_CHARS or _last_char(line) in _NOT_HEADING_END:
        return False
    return line.count(" ") < MAX_HEADING_WORDS and _LETTER.search(line) is not None


def is_body(line: str) -> bool:
    """Return whether ``line`` is a body paragraph: not heading-shaped and at least five words."""
    return not is_heading(line) and line.count(" ") >= 4


def head_zone(view: View) -> int:
    """Return how many leading lines come before the body (the zone where header residue sits)."""
    if "head_zone" in view.memo:
        return int(view.memo["head_zone"])
    count = 0
    for line in view.lines[:ZONE_LINES]:
        if is_body(line) or len(line) > MAX_HEADING_CHARS:
            break
        count += 1
    view.memo["head_zone"] = count
    return count


def body_start(view: View) -> int | None:
    """Return the index of the first body line if it is near the top, else None."""
    zone = head_zone(view)
    if zone < len(view.lines) and zone < ZONE_LINES and is_body(view.lines[zone]):
        return zone
    return None


_TITLE_JUNK = re.compile(r"[\W_]+")


def title_key(text: str) -> str:
    """Return ``text`` reduced for comparing titles: case, spacing and punctuation ignored."""
    return _TITLE_JUNK.sub(" ", text.casefold()).strip(SPACE)


def title_repeats(titles: tuple[str, ...], lines: Sequence[str]) -> list[int]:
    """Return the indexes of ``lines`` that repeat one of ``titles`` (case, spacing, punctuation aside).

    A line can only repeat a title of about its length, so the titles' keys are computed once
    and a line is reduced to its key only when some title is near its length.
    """
    windows = [(len(t) - 10 - len(t) // 4, len(t) + 10 + len(t) // 4, title_key(t)) for t in titles]
    if not windows:
        return []
    shortest, longest = min(w[0] for w in windows), max(w[1] for w in windows)
    found = []
    for i, size in enumerate(map(len, lines)):
        if shortest <= size <= longest:
            keys = [key for low, high, key in windows if low <= size <= high and key]
            if keys and title_key(lines[i]) in keys:
                found.append(i)
    return found
