"""Minified rules: long lines that are nothing but machine-written code.

A scraper's dump of a whole page keeps each inline style sheet and script as one line: a
bundle's minified JavaScript, a framework's page state (``window.__INITIAL_STATE__ = {...}``,
``self.__next_f.push([...])``), a theme's minified CSS, often hundreds of kilobytes. The code
rules that read statements and blocks give up on such lines (too long, strings holding
sentences, braces in strings); these rules judge a long line as a whole instead.

A line is such code when, its string literals, comments and links set aside, what is left
is dense with code marks, has almost no spaces between words (people write code with spaces;
minifiers and serialisers do not), holds no run of words and is nearly all ASCII. Article text
outside a string always saves a line, and so does code written for people to read (a
tutorial's example, spaced as written). Article text inside a script's strings saves it only
when the page shows it nowhere else and it is an article's worth (five sentences or more): a page
rendered in the browser has its article only in its state JSON, and that copy is kept rather
than lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanarchive.memo import per_document
from cleanarchive.records import Category
from cleanarchive.rules.script import starts_like_script
from cleanarchive.rules.shapes import code_example, plain_sentence
from cleanarchive.ruleset import Finder, Rule, Span, View

__all__ = ["MIN_CODE_LINE", "RULES", "code_line_kind"]

# Shorter lines are left to the rules that read code statement by statement.
MIN_CODE_LINE = 1000
# What is set aside: a string literal where code can start one (after an operator, a bracket,
# "return", "case", "in" or "of"; an apostrophe after a letter is prose's), a comment, a
# Markdown link's target (its text stays) and a bare URL.
_ASIDE = re.compile(
    r"""([(\[{,:=+?&|;!][ \t]{0,3}|^|\b(?:return|case|in|of)[ \t]{0,3})"""
    r"""(?:"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"|'[^'\\\n]*+(?:\\.[^'\\\n]*+)*+'|`[^`\\]*+(?:\\.[^`\\]*+)*+`)"""
    r"""|\[([^\[\]\n]{0,300})\]\([^()\s]*+\)|https?://[^\s"'<>()]++|/\*.*?\*/"""
)
# Code marks (counted one character at a time, at memchr speed), and the marks of a statement or
# a block (a list of quoted words has none).
_CODE_MARKS = "{}[]();=:,.#>*!@/\\|&"
_STRUCTURE = re.compile(r"[{(=;]")
# A space between words; a space after a comma or a colon is a serialiser's (JSON's ", ", ": ").
_WORD_SPACE = re.compile(r"(?<![,: \t])[ \t]++")
# Six words in a row (hyphens and apostrophes inside words), four of them different words of
# three letters or more: text, not "ul li ul li ul" of a selector.
_WORD = r"[^\W\d_]++(?:[-'’][^\W\d_]++)*+"
_WORD_RUN = re.compile(rf"(?<![^\W\d_])(?:{_WORD} ){{5,}}{_WORD}(?![^\W\d_])")
_RUN_WORDS = 4
MAX_WORD_SPACES = 0.07  # per character; prose has 0.12 or more
MIN_CODE_MARKS = 0.02  # per character
# Letters outside ASCII: minified names are ASCII, and so is JSON once its strings are set aside;
# text in a script without spaces between words (Chinese, Thai) is not.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
MAX_NON_ASCII = 0.05  # per character
MIN_LEFT = 20  # characters left once the strings are set aside
_PREFILTER_MARKS = 5  # "{", ";" and "=" in the whole line, counted at memchr speed
# A style sheet's declarations ("{color:", ";margin-top:") against a script's keywords.
_DECLARATION = re.compile(r"[{;][ \t]*-{0,2}[a-z][a-z-]*[ \t]*:")
_SCRIPT_WORD = re.compile(r"\bfunction\b|=>|\breturn\b|\b(?:var|let|const)\s|\bthis\.")
MIN_DECLARATIONS = 3


def _set_aside(match: re.Match[str]) -> str:
    lead, link_text = match.group(1), match.group(2)
    return lead if lead is not None else link_text if link_text is not None else ""


def _holds_words(left: str) -> bool:
    return any(
        len({w for w in m.group().split() if len(w) >= 3}) >= _RUN_WORDS for m in _WORD_RUN.finditer(left)
    )


# JSON whose quotes were escaped for a string or for HTML ('var images = "[{&quot;url&quot;:...',
# '{\u0022state\u0022:...'): read with its quotes back, so its strings are set aside as strings.
_ESCAPED_QUOTE = re.compile(r'&quot;|&#34;|&#x22;|\\u0022|\\"')
MIN_ESCAPED_QUOTES = 10


def _code_line_kind(line: str, nested: bool = False) -> Category | None:
    """Return ``Category.CSS`` or ``Category.SCRIPT`` when ``line`` is a long line of machine-written
    code (minified CSS; a bundled script or a page's state JSON), None when it is not.

    A line that is one long string (a script's "var state = '...'", a template literal) is read
    for what the string holds, and JSON with escaped quotes with its quotes back.
    """
    if len(line) < MIN_CODE_LINE or line.count("{") + line.count(";") + line.count("=") < _PREFILTER_MARKS:
        return None
    left = _ASIDE.sub(_set_aside, line)
    if len(left) < MIN_LEFT:
        content = None if nested else _longest_string(line)  # one string deep: a string in a string is data
        return None if content is None else _code_line_kind(content, nested=True)
    kind = _kind_of(line, left)
    if kind is None and len(_ESCAPED_QUOTE.findall(line, 0, 10_000)) >= MIN_ESCAPED_QUOTES:
        unescaped = _ESCAPED_QUOTE.sub('"', line)
        kind = _kind_of(unescaped, _ASIDE.sub(_set_aside, unescaped))
    return kind


def _longest_string(line: str) -> str | None:
    """Return what the longest string literal of ``line`` holds when it is most of the line, its
    escaped quotes unescaped; None when there is no such string."""
    strings = (m for m in _ASIDE.finditer(line) if m.group(1) is not None)  # not a link, URL or comment
    best = max(strings, key=lambda m: m.end() - m.start(), default=None)
    if best is None or 2 * (best.end() - best.start()) < len(line):
        return None
    literal = best.group()[len(best.group(1)) :]
    return _ESCAPED_QUOTE.sub('"', literal[1:-1])


def _kind_of(line: str, left: str) -> Category | None:
    """Return the kind of code ``line`` is, ``left`` being what is left of it once its strings,
    comments and links are set aside."""
    size = len(left)
    if size < MIN_LEFT or not _STRUCTURE.search(left):
        return None
    if len(_WORD_SPACE.findall(left)) >= MAX_WORD_SPACES * size:
        return None
    if sum(map(left.count, _CODE_MARKS)) < MIN_CODE_MARKS * size or _holds_words(left):
        return None
    if not left.isascii() and len(_NON_ASCII.findall(left)) > MAX_NON_ASCII * size:
        return None
    if starts_like_script(line):
        return Category.SCRIPT
    declarations = len(_DECLARATION.findall(left))
    if declarations >= MIN_DECLARATIONS and declarations > 4 * len(_SCRIPT_WORD.findall(left)):
        return Category.CSS
    return Category.SCRIPT


# Both rules ask, in every pass: the answer is kept for the document (cleanarchive.memo).
code_line_kind = per_document(_code_line_kind)


# Sentences in a code line's strings: how many are looked for elsewhere in the text (spread over
# the line: a page's state opens with the site's own texts, which its pages show everywhere), and
# the share of them found nowhere else that makes the line the only copy of a text, and how many
# different sentences a line must hold to be one: an article has five at least, while the handful
# in a script's strings are its interface's (a consent prompt, a notice, help for a carousel).
_SENTENCE = plain_sentence(12)
_SAMPLED_SENTENCES = 20
MIN_UNIQUE_SHARE = 0.25
MIN_ONLY_COPY_SENTENCES = 5


def _sentence_sample(line: str) -> tuple[str, ...]:
    """Return up to _SAMPLED_SENTENCES of the different sentences of ``line``, spread over it."""
    sentences = list(dict.fromkeys(m.group() for m in _SENTENCE.finditer(line)))
    step = max(1, len(sentences) // _SAMPLED_SENTENCES)
    return tuple(sentences[::step][:_SAMPLED_SENTENCES])


_sentences = per_document(_sentence_sample)


def _only_copy(view: View, index: int) -> bool:
    """Return whether line ``index`` holds sentences the rest of the text does not: the article of
    a page that renders it from its state JSON, or the comments under it."""
    sample = _sentences(view.lines[index])
    if len(sample) < MIN_ONLY_COPY_SENTENCES:
        return False
    start, end = view.line_span(index)
    text = view.text
    unique = sum(1 for s in sample if text.find(s, 0, start) < 0 and text.find(s, end) < 0)
    return unique >= MIN_UNIQUE_SHARE * len(sample)


def _code_lines(kind: Category) -> Finder:
    """Return the finder of the long code lines of one kind."""

    def find(view: View) -> Iterator[Span]:
        for i, line in enumerate(view.lines):
            if (
                len(line) >= MIN_CODE_LINE
                and code_line_kind(line) is kind
                and not code_example(view, i)
                and (kind is Category.CSS or not _only_copy(view, i))
            ):
                yield view.line_span(i)

    return find


RULES = (
    Rule(
        id="css.minified-line",
        category=Category.CSS,
        description="A long line of minified CSS (a page's inline style sheet), whatever it starts with.",
        find=_code_lines(Category.CSS),
    ),
    Rule(
        id="script.minified-line",
        category=Category.SCRIPT,
        description="A long line of minified JavaScript or a page's state JSON "
        "('window.__INITIAL_STATE__ = {...}', 'self.__next_f.push([...])'), unless its strings hold the only "
        "copy of sentences of the text.",
        find=_code_lines(Category.SCRIPT),
    ),
)
