"""Shapes of lines that several rules share: dates, headings, body paragraphs, titles, code examples."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from cleanarchive.dates import MONTH_NAMES, TIME_JOINERS
from cleanarchive.ruleset import SPACE, View

try:  # google-re2: one linear scan finds many anchors at once, see anchor_positions
    import re2
except ImportError:  # pragma: no cover - a dependency; without it the same scan runs in re
    re2 = None

__all__ = [
    "AT",
    "BY_AFTER_DATE",
    "DATE",
    "DATE_JOINER",
    "DATE_LABEL",
    "DATE_LINE",
    "POSTED_BY",
    "TIME",
    "anchor_positions",
    "body_start",
    "cased",
    "code_example",
    "code_example_inline",
    "head_zone",
    "holds_prose",
    "is_body",
    "is_heading",
    "is_prose",
    "line_runs",
    "link_in_text",
    "occurrences",
    "plain_sentence",
    "title_key",
    "title_repeats",
    "words_pattern",
]

# A month's name or abbreviation in the languages dates are read in ("March", "Mär.", "juin",
# "setiembre"); the patterns using it ignore case. Longest first, so "June" is not read as "Jun".
MONTH = rf"(?:{'|'.join(map(re.escape, sorted(MONTH_NAMES, key=lambda n: (-len(n), n))))})\.?"
WEEKDAY = r"(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
DATE = (
    rf"(?i:{MONTH} {{1,3}}{_DAY},? {{0,3}}{_YEAR}|{_DAY}\.?(?: de)? {{0,3}}{MONTH},?(?: de)? {{0,3}}{_YEAR}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d\d)|{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}})"
)
# A date without a year, as in datelines ("MOSCOW, November 22 (Sputnik) -").
DAY_MONTH = rf"(?i:{MONTH} {{1,3}}{_DAY}|{_DAY} {{1,3}}{MONTH})"
TIME = (
    r"(?:\d{1,2}[:.]\d\d(?::\d\d)?(?: ?[AaPp]\.?[Mm]\.?)?|\d{1,2}h\d\d)(?: Uhr)?"
    r"(?: ?(?:GMT|UTC|[ECMP][SD]?T|[A-Z]{3,4}|[+-]\d\d:?\d\d))?"
)
DATE_LABEL = (
    r"(?:(?:Publish(?:ed)?|Posted|Updated|Last updated|Released?|Created|Modified)"
    r"(?: date| on| at)?|Date(?: published)?|Dated"
    # ... in German, French, Spanish, Portuguese, Italian, Dutch
    r"|(?:Veröffentlicht|Aktualisiert|Zuletzt aktualisiert|Erstellt|Geändert)(?: am)?|Stand|Datum"
    r"|(?:Publié|Mis à jour|Modifié|Actualisé|Créé)(?: le)?"
    r"|(?:Publicado|Actualizado|Atualizado|Modificado)(?: el| em| o)?|Fecha(?: de publicación)?"
    r"|(?:Pubblicato|Aggiornato)(?: il)?|(?:Gepubliceerd|Bijgewerkt|Laatst bijgewerkt)(?: op)?)"
)
# What joins a date to its time: "at 9:14", "à 14h32", "um 14:32 Uhr", "a las 14:32", "alle 14:32".
AT = rf"(?:{'|'.join(map(re.escape, TIME_JOINERS))})"
# What joins a byline's name to its date: "on March 3", "am 3. März", "le 3 mars", "el 3 de marzo",
# "il 3 marzo", "op 3 maart", or straight to its time ("at 10:32 PM").
DATE_JOINER = rf"(?:on|am|le|el|il|op|{AT})"
# A byline's verb and its "by" when the name follows: "Posted by", "Veröffentlicht von", "Publié
# par", "Pubblicato da" ("da" only after its verb: "Da Silva" is a name). Written as sites write it.
POSTED_BY = (
    r"(?:Posted|Published|Written|Publié|Publicado|Pubblicato|Eingestellt|Veröffentlicht|Geschrieben|Geplaatst)"
    r"[ \t]{1,3}(?:by|par|por|von|da|door)"
)
# The "by" after a byline's date: "March 3, 2019 by", "3. März 2019 von", "3 marzo 2019 di".
BY_AFTER_DATE = r"(?:by|von|par|por|door|di)"
# ... the time first, too: "Published 9:14 AM EST, Tue March 5, 2019".
_ONE_DATE = (
    rf"(?:{DATE_LABEL}[ \t]{{0,3}}:?[ \t]{{0,3}})?(?:{TIME},?[ \t]{{1,3}})?"
    rf"(?:{WEEKDAY},?[ \t]{{0,3}}[-–—]?[ \t]{{0,3}})?"
    rf"{DATE}(?:,?[ \t]{{0,3}}(?:[-–—|@][ \t]{{0,3}}|{AT}[ \t]{{1,3}})?{TIME})?"
)
_READING_TIME = r"\d{1,3}[ \t]?(?:min|mins|minutes?)\.?[ \t]{1,3}read"
# A date the page wrote relative to its rendering: "Updated 2 hours ago", "vor 3 Stunden", "il y a 2 jours".
_RELATIVE = (
    rf"(?:{DATE_LABEL}[ \t]{{0,3}}:?[ \t]{{0,3}})?"
    r"(?:(?:\d{1,2}|an?|one)[ \t](?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)[ \t]ago"
    r"|vor[ \t](?:\d{1,2}|einer?)[ \t](?:Minuten?|Stunden?|Tagen?|Wochen?|Monaten?)"
    r"|il[ \t]y[ \t]a[ \t](?:\d{1,2}|une?)[ \t](?:minutes?|heures?|jours?|semaines?|mois)"
    r"|hace[ \t](?:\d{1,2}|una?)[ \t](?:minutos?|horas?|días?|semanas?|meses?)|[Yy]esterday|[Gg]estern|[Hh]ier|[Aa]yer)"
)
# A line that is only a date, maybe labelled, maybe with weekday and time; maybe a second
# labelled date ("Published: 12 March 2018 | Updated: 13 March 2018") or a reading time.
DATE_LINE = re.compile(
    rf"[-–—•|]?[ \t]{{0,3}}(?:{_ONE_DATE}|{_RELATIVE})"
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


# A line longer than this is a paragraph, whatever its last character.
PARAGRAPH_CHARS = 80


def is_paragraph(line: str) -> bool:
    """Return whether ``line`` is a sentence, or too long to be a label or a heading."""
    return len(line) > PARAGRAPH_CHARS or is_prose(line)


def paragraph_beside(lines: Sequence[str], first: int, last: int | None = None) -> bool:
    """Return whether the line before ``lines[first]`` or after ``lines[last]`` (default: ``first``) is a paragraph."""
    after = first if last is None else last
    return (first > 0 and is_paragraph(lines[first - 1])) or (after + 1 < len(lines) and is_paragraph(lines[after + 1]))


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


def matches_not_after(pattern: re.Pattern[str], text: str, before: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Yield the matches ``(?<!B)P`` yields in ``text``, for ``before`` B (one character) and ``pattern`` P.

    A regex opening with a look-behind is tried at every character of a text; one opening with
    literals or a set of characters skips to where it can start, many times faster. ``pattern``
    must not match the empty string.
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and before.match(text, start - 1):
            pos = start + 1
        else:
            yield m
            pos = m.end()


@functools.lru_cache(maxsize=128)
def _anchor_scanner(needles: tuple[str, ...]) -> Any:
    # Longest first, so that of two needles starting at one place the longer is the one found.
    pattern = "|".join(re.escape(n) for n in sorted(set(needles), key=lambda n: (-len(n), n)) if n)
    return re2.compile(pattern) if re2 is not None else re.compile(pattern)


# From this many needles on, one RE2 scan beats a str.find for each: a find is a pass over the
# text (about 1.5 us over 7 kB), the scan costs about ten finds' time however many needles.
SCAN_AT_ONCE = 6


def anchor_positions(text: str, needles: Sequence[str]) -> list[int]:
    """Return where the ``needles`` start in ``text``, left to right, without overlaps.

    Where two start at one place the longer is reported; of two that overlap, which one is
    reported may depend on how they were found, so a rule must check what stands at each
    position (the rules do: an anchor only says where to look). Many needles are found by one
    RE2 scan (``re`` without google-re2), a few by a str.find each.
    """
    if len(needles) >= SCAN_AT_ONCE:
        return [m.start() for m in _anchor_scanner(tuple(needles)).finditer(text)]
    hits = sorted((pos, -len(needle)) for needle in needles if needle for pos in occurrences(text, needle))
    found: list[int] = []
    end = -1
    for pos, minus_length in hits:
        if pos >= end:
            found.append(pos)
            end = pos - minus_length
    return found


def line_runs(
    lines: Sequence[str], opens: Callable[[str], object], goes_on: Callable[[str], object] | None = None
) -> Iterator[tuple[int, int]]:
    """Yield ``(first, end)`` of each run of lines: a line that ``opens`` one, then the lines that
    ``goes_on`` (default: ``opens``) accepts; runs do not overlap."""
    more = goes_on or opens
    i = 0
    while i < len(lines):
        if not opens(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and more(lines[j]):
            j += 1
        yield i, j
        i = j


# The last word of a sentence cut short by a link on the next line ("Please read our" / "Privacy
# Policy" / "for details.").
_BEFORE_LINK = frozenset(
    "our the see read review and or in to of with a an by under per at its your this their his her".split()
)
_AFTER_LINK_START = frozenset(".,;:)!?")


def link_in_text(lines: Sequence[str], i: int) -> bool:
    """Return whether line ``i`` is a link the text around it reads through or introduces.

    A sentence split at its link: the line before ends in "our", "the", "see", ...; or the line
    after goes on in lowercase or with a comma or full stop; or the link heads a paragraph.
    """
    return read_through(lines, i) or (i + 1 < len(lines) and is_prose(lines[i + 1]))


def runs_into(lines: Sequence[str], i: int) -> bool:
    """Return whether the line before line ``i`` opens a sentence that goes on in it: three words
    or more ending in a lowercase letter ("The car is" / "powered by", "This article was" / "Written By")."""
    return i > 0 and lines[i - 1].count(" ") >= 2 and lines[i - 1][-1].islower()


def read_through(lines: Sequence[str], i: int) -> bool:
    """Return whether a sentence reads through line ``i``: the line before ends in "our", "the",
    "see", ..., or the line after goes on in lowercase or with a comma or full stop."""
    if i > 0 and lines[i - 1][lines[i - 1].rfind(" ") + 1 :].lower() in _BEFORE_LINK:
        return True
    if i + 1 < len(lines):
        after = lines[i + 1]
        return after[0].islower() or after[0] in _AFTER_LINK_START
    return False


def plain_sentence(words: int) -> re.Pattern[str]:
    """Return a regex for ``words`` plain words in a row ending in a full stop: a sentence.

    Words have 1 to 30 letters, but the first may be the end of a longer run of letters: the
    search starts only where a run of letters starts (not at each of its letters, which made a
    search over a long line slow), and finds a sentence exactly where starting anywhere would.
    The quantifiers are possessive: giving letters back could never let a space or stop follow.
    """
    return re.compile(
        rf"(?<![^\W\d_])[^\W\d_]++[,;:]? (?:[^\W\d_]{{1,30}}+[,;:]? ){{{words - 2}}}[^\W\d_]{{1,30}}+[.!?]"
    )


def holds_prose(text: str) -> bool:
    """Return whether any line of ``text`` is prose (see :func:`is_prose`)."""
    return any(is_prose(line) for line in text.splitlines())


def cased(labels: Iterable[str]) -> tuple[str, ...]:
    """Return each of ``labels`` as written, in title case and in capitals (never in lower case)."""
    return tuple(form for label in labels for form in (label, label.title(), label.upper()))


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


# What joins a page title's parts: "Bridge works start | Daily Harbour", "News - Bridge works start".
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ")
_PART_WORDS = 3
_PART_CHARS = 20


@functools.lru_cache(maxsize=1024)
def title_parts(title: str) -> tuple[str, ...]:
    """Return the parts of ``title`` between its separators that could be a heading of their own.

    Three words or twenty characters: "Bridge works start" of "Bridge works start | Daily
    Harbour", not "News". A title without a separator has none.
    """
    parts: list[str] = []
    for sep in TITLE_SEPARATORS:
        if sep in title:
            parts.extend(
                p.strip(SPACE) for p in title.split(sep) if p.count(" ") + 1 >= _PART_WORDS or len(p) >= _PART_CHARS
            )
    return tuple(dict.fromkeys(p for p in parts if p and p != title))


def lead_part(title: str) -> str | None:
    """Return the part of ``title`` before its first separator ("X" of "X - Site"), if it could be a heading."""
    cut = min((i for i in (title.find(sep) for sep in TITLE_SEPARATORS) if i > 0), default=-1)
    if cut < 0:
        return None
    lead = title[:cut].strip(SPACE)
    return lead if lead.count(" ") + 1 >= _PART_WORDS or len(lead) >= _PART_CHARS else None


def title_repeats(titles: tuple[str, ...], lines: Sequence[str]) -> list[int]:
    """Return the indexes of ``lines`` that repeat one of ``titles`` or a part of one (see
    :func:`title_parts`), case, spacing and punctuation aside.

    A part repeats only as a heading: a line of its own, not a link a sentence reads through
    ("we have compiled a" / "Caterer Comparison Spreadsheet" / "to help you"), not in lowercase.
    A line can only repeat a title of about its length, so the titles' keys are computed once
    and a line is reduced to its key only when some title is near its length.
    """
    parts = {part for t in titles for part in title_parts(t)}
    windows = [
        # the titles last: a line repeating a whole title is one, whatever a part says
        (len(t) - 10 - len(t) // 4, len(t) + 10 + len(t) // 4, title_key(t), t not in titles)
        for t in (*parts, *titles)
    ]
    if not windows:
        return []
    shortest, longest = min(w[0] for w in windows), max(w[1] for w in windows)
    found = []
    for i, size in enumerate(map(len, lines)):
        if shortest <= size <= longest:
            keys = {key: part for low, high, key, part in windows if low <= size <= high and key}
            if keys:
                part = keys.get(title_key(lines[i]))
                if part is None:
                    continue
                if part and (lines[i][0].islower() or read_through(lines, i)):
                    continue
                found.append(i)
    return found


# Code quoted in an article is introduced by the text ("the following rule does it:", "For
# example, take this variable:") or labelled by a code box ("js", "css", "Copy code"); a page's
# own scripts and style sheets sit among other code, its title or its widgets. These are the
# labels code boxes put above their code, compared case-blind.
CODE_LABELS = frozenset(
    (
        "js|javascript|jsx|ts|typescript|tsx|css|scss|sass|less|html|xml|json|jsonc|yaml|toml|python|py"
        "|bash|sh|shell|console|terminal|powershell|rust|golang|java|kotlin|swift|c++|cpp|c#|csharp|php"
        "|ruby|sql|graphql|lua|perl|dart|scala|elixir|haskell|copy|copy code|code"
    ).split("|")
)
# A line of code, or a mark of one (a comment, a decorator, an object's line).
_CODE_LINE = re.compile(r"[{}()\[\];=<>]|^(?://|/\*|\*|#|@)|,$|^\"[^\"\n]{0,80}\"[ \t]{0,3}:")
_LABEL_CHARS = 20
_INTRO_WORDS = 4
_INTRO_MARKS = frozenset("{}=<>")  # code marks; a sentence may hold a semicolon
# How long an example may run on: one a sentence introduces is short; a page's own style
# sheet after a form's label that ends in a colon ("Leave this field empty:") is not.
MAX_INTRODUCED_LINES = 40
MAX_LABELLED_LINES = 200
# What page scripts do and examples seldom do: trackers and ad slots, the namespace idiom
# "w.x = w.x || []", loaders that add a script element.
PAGE_SCRIPT = re.compile(
    r"(?<![\w$])(?:googletag|adsbygoogle|dataLayer|gtag|fbq|_gaq|_paq|__tcfapi|pbjs|apstag|_taboola"
    r"|analytics|_linkedin\w*|OneSignal|ezstandalone)(?![\w$])"
    r"|(?:getElementsByTagName|createElement)\([ \t]{0,3}[\"']script"
    r"|(?<![\w$.])([\w$][\w$.]{0,80})[ \t]{0,3}=[ \t]{0,3}(?:window\.)?\1[ \t]{0,3}\|\|"
    # a server's settings for a script, as JSON: 'var wp_plugin = {"ajaxurl":"..."};'
    r"|^var [\w$]{1,80} = \{\"[\w-]{1,80}\":"
)
# Examples are written for people to read: no line of one runs on like minified code
# ("a{color:red}.b{margin:0}", "if(x){y();}else{z();}").
MAX_EXAMPLE_LINE = 300
_MINIFIED = re.compile(r"[{;][\w-]{1,40}:[^\s/]|\}(?:[.#][\w-]|[a-zA-Z][\w-]{0,40}[.#{])")
# The text goes on after an example a sentence introduced: soon a line of this many words,
# or a sentence going on in lower case after the example ("where the", "is called").
_FOLLOWING_WORDS = 7
_FOLLOWING_LOWER_WORDS = 2
_FOLLOWING_LINES = 3


def _is_label(line: str) -> bool:
    return len(line) <= _LABEL_CHARS and line.casefold() in CODE_LABELS


def _introduces_code(line: str) -> bool:
    """Return whether ``line`` ends a sentence that introduces what follows ("... as follows:").

    A label ("Share this:", "Link:", "src:") is a word or two; the end of a sentence broken at
    an inline code word ("... to the <section> rule:") is two words or more in lower case.
    """
    if line[-1] not in ":：" or any(c in _INTRO_MARKS for c in line) or line.startswith(("//", "/*", "*", "#")):
        return False
    words = line.count(" ") + 1
    return words >= _INTRO_WORDS or (words >= 2 and line[0].islower())


def _code_or_mark(line: str) -> bool:
    """Return whether ``line`` may stand inside a code example (code, a comment, a one-word line)."""
    if " " not in line and len(line) <= _LABEL_CHARS:
        return True
    return _CODE_LINE.search(line) is not None and not is_prose(line)


def _example_start(view: View, index: int) -> tuple[str, int] | None:
    """Return how the code through line ``index`` is introduced ("label"/"intro") and its first line.

    Reads back over lines of code; lines inside a ``/* ... */`` comment are skipped whatever
    they say. Memoised per line, so reading back is linear over a view's lines.
    """
    memo: dict[int, tuple[str, int] | None] = view.memo.setdefault("example_start", {})
    lines = view.lines
    seen: list[int] = []
    found: tuple[str, int] | None = None
    comment = False
    i = index - 1
    while i >= 0:
        line = lines[i]
        if comment:
            comment = "/*" not in line
        elif i in memo:
            found = memo[i]
            break
        elif line.endswith("*/") and "/*" not in line:
            comment = True
        elif _is_label(line):
            found = ("label", i + 1)
            break
        elif _introduces_code(line):
            # ... in a paragraph, not a comment among declarations ("width: 2rem;" / "Or this:")
            if i == 0 or lines[i - 1][-1] not in ";{}":
                found = ("intro", i + 1)
            break
        elif not _code_or_mark(line):
            break
        else:
            seen.append(i)
        i -= 1
    for j in seen:
        memo[j] = found
    return found


def _example_end(view: View, start: int, limit: int) -> int:
    """Return the line after the code that starts on line ``start`` (looking at most ``limit`` lines on)."""
    lines = view.lines
    stop = min(len(lines), start + limit + 1)
    i = start
    while i < stop and _code_or_mark(lines[i]):
        i += 1
    return i


def _text_follows(view: View, end: int) -> bool:
    """Return whether the text goes on soon after line ``end`` (a paragraph, not widget labels)."""
    for line in view.lines[end : end + _FOLLOWING_LINES]:
        words = line.count(" ") + 1
        if words >= _FOLLOWING_WORDS or (words >= _FOLLOWING_LOWER_WORDS and line[0].islower()):
            return True
    return False


def code_example(view: View, index: int, code: str = "") -> bool:
    """Return whether the code that goes on through line ``index`` is an example the text quotes.

    Reading back over lines of code, the first other line is a code box's label ("js", "Copy
    code") or a sentence ending in a colon that introduces it; the code ends soon enough (a
    short example, not a page's style sheet) and line ``index`` is not minified code. When
    only a sentence introduces it, the text must go on after it, and ``code``, the text a rule
    matched, must not be a page's script.
    """
    start = _example_start(view, index)
    line = view.lines[index]
    if start is None or len(line) > MAX_EXAMPLE_LINE or _MINIFIED.search(line):
        return False
    kind, first = start
    if kind == "intro" and PAGE_SCRIPT.search(code):
        return False
    limit = MAX_LABELLED_LINES if kind == "label" else MAX_INTRODUCED_LINES
    ends: dict[int, int] = view.memo.setdefault("example_end", {})
    if first not in ends:
        ends[first] = _example_end(view, first, limit)
    end = ends[first]
    return end - first <= limit and (kind == "label" or _text_follows(view, end))


# How far back from code glued into a line its label or introduction is looked for, and what
# that lead must not hold: in a flattened page a colon is as often a script's or a style
# sheet's own ("case 'a': ...", "color: red").
_INLINE_LEAD = 40
_INLINE_LEAD_MARKS = re.compile(r"[{}\[\]();=<>\"'|]")


def code_example_inline(text: str, start: int, code: str, *, colon: bool = True) -> bool:
    """Return whether ``code``, glued into a line of ``text`` at ``start``, is an example the text quotes.

    In a page flattened onto one line an example keeps its label or introduction right before
    it ("... to your CSS: css article { flex: 1; }"): a code box's label as such boxes write
    it, in lower case, or (with ``colon``) words ending in a colon; and it is written for
    people to read, not minified.
    """
    lead = text[max(0, start - _INLINE_LEAD) : start].rstrip()
    if not lead or _MINIFIED.search(code, 0, MAX_EXAMPLE_LINE) or PAGE_SCRIPT.search(code):
        return False
    cut = max(lead.rfind(" "), lead.rfind("\n"))
    word = lead[cut + 1 :]
    if word.islower() and _is_label(word):
        return True
    return (
        colon
        and lead[-1] in ":："
        and lead[-2:-1].isalpha()
        and ":" not in lead[:-1]
        and lead.count(" ") >= _INTRO_WORDS
        and not _INLINE_LEAD_MARKS.search(lead)
    )
