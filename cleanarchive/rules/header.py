"""Header rules: metadata glued to the top of a dump (dates, codes, bylines, credits, title).

Each removal is a self-contained text that the metadata stage parses, so rules take whole
lines or a clean prefix and never cut inside a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanarchive.memo import parse_byline
from cleanarchive.records import Category
from cleanarchive.rules.boilerplate import NAV_SET
from cleanarchive.rules.shapes import (
    AT,
    BY_AFTER_DATE,
    DATE,
    DATE_LABEL,
    DATE_LINE,
    DAY_MONTH,
    TIME,
    body_start,
    head_zone,
    is_body,
    is_heading,
    is_paragraph,
    lead_part,
    read_through,
    runs_into,
    title_repeats,
)
from cleanarchive.ruleset import TITLE_RULE_ID, Rule, Span, View
from cleanarchive.sources import agency_name, looks_like_organisation

__all__ = ["RULES"]

_STORY_CODE = re.compile(
    r"(?:Story|News|Article|Post|Content|Report)[ \t]{0,3}(?:Code|ID|No\.?|Number|#)"
    r"[ \t]{0,3}[:#]?[ \t]{0,3}[\w-]{1,24}",
    re.IGNORECASE,
)
_BYLINE_WORDS = r"(?:By|BY|Written by|Posted by|Reported by|Words by|Author|Authors|Autor|Reporter)"
_BYLINE = re.compile(rf"{_BYLINE_WORDS}\b[ \t]{{0,3}}:?[ \t]{{0,3}}[^\W\d_][^\n]{{1,150}}")
# A date first, then the byline: "Posted on March 3, 2019 by Jane Doe", "03/03/2019 | By Jane Doe".
# ... in other languages too: "Veröffentlicht am 3. März 2019 von Jana Roth", "Publié le 3 mars
# 2019 à 14h32 par Jeanne Roux".
_DATED_BYLINE = re.compile(
    rf"(?:(?:Written(?: on)?|{DATE_LABEL})[ \t]{{0,3}}:?[ \t]{{0,3}})?"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}},?[ \t]{{1,3}})?{DATE}"
    rf"(?:,?[ \t]{{0,3}}(?:{AT}[ \t]{{1,3}}|[-–—|@][ \t]{{0,3}})?{TIME})?"
    rf"[ \t]{{0,3}}[|,–—-]?[ \t]{{0,3}}{BY_AFTER_DATE}[ \t]{{0,3}}:?[ \t]{{1,3}}[^\W\d_][^\n]{{1,100}}",
    re.IGNORECASE,
)
# "By:", a separator or a date marks a byline even on the first line (where titles sit).
_STRONG_BYLINE = re.compile(rf"{_BYLINE_WORDS}[ \t]{{0,3}}:|[^\n]{{0,150}}(?:[|,]|{DATE})")
_CREDIT = re.compile(
    rf"(?P<name>[^\W\d_][^,|\n]{{1,60}}?)[ \t]{{0,3}}[,|–—-][ \t]{{0,3}}{DATE}"
    rf"(?:,?[ \t]{{0,3}}(?:[-–—|@][ \t]{{0,3}})?{TIME})?",
    re.IGNORECASE,
)
_CITY = r"[A-Z][A-Z'.-]{1,30}(?: [A-Z][A-Z'.-]{1,30}){0,3}"
_AGENCY = r"(?:\([A-Z][^()\n]{0,39}\)|/[A-Z][\w .-]{1,30}/)"  # "(AP)", a wire's "/PRNewswire/"
_DASH = r"(?:--?|[–—:])"
# "July 29, 2016 | TEHRAN (FNA)-", "WASHINGTON (AP) —", "MOSCOW, November 22 (Sputnik) -",
# "CALIFORNIA, July 23, 2008 (LifeSiteNews.com)-", "July 29, 2016 —", "(CNN) —",
# "HARBOURTOWN, Maine, March 8, 2019 /PRNewswire/ --".
_DATELINE = re.compile(
    rf"(?:(?P<date1>{DATE})[ \t]{{0,3}}[|,/]?[ \t]{{0,3}})?"
    rf"(?:{_CITY}(?:,[ \t]{{0,3}}[A-Z][\w.]{{1,20}}(?: [A-Z][\w.]{{1,20}}){{0,2}}(?=,|[ \t]{{0,3}}[(/:–—-]))?"
    rf"(?:,[ \t]{{0,3}}(?P<date2>{DATE}|{DAY_MONTH}))?"
    rf"[ \t]{{0,3}}(?P<agency>{_AGENCY})?[ \t]{{0,3}}{_DASH}"
    rf"|(?P<date3>{DATE})[ \t]{{0,3}}(?:\||[–—]|--?)"
    rf"|(?P<agency2>\([A-Z][\w.-]{{1,15}}\))(?:[ \t]{{0,3}}{_DASH})?"
    # "Berlin (dpa) -", "Wien (APA) –": a city as written in prose, then a known agency's code
    rf"|[A-Z][^\W\d_]{{1,30}}(?:[ -][A-Z][^\W\d_]{{1,30}}){{0,2}}[ \t]{{0,3}}(?P<agency3>\([A-Za-z][\w.-]{{1,15}}\))"
    rf"[ \t]{{0,3}}{_DASH})"
    r"(?=[ \t]{0,3}[\"“‘'(]?[A-Z0-9])"
)
_BULLET = re.compile(r"[-–—•*·] ")


def _zone_matches(view: View, pattern: re.Pattern[str], first: int = 0) -> Iterator[Span]:
    for i in range(first, head_zone(view)):
        if pattern.fullmatch(view.lines[i]):
            yield view.line_span(i)


def _date_lines(view: View) -> Iterator[Span]:
    """Yield heading-zone lines that are only a date ("- 22.11.2017", "Publish date15 Aug 2017 - 13:25")."""
    return _zone_matches(view, DATE_LINE)


# A press release's issuer above it: "NEWS PROVIDED BY" / "Harbour Ferries Inc." (PR Newswire).
_PROVIDED_BY = re.compile(r"(?:News|NEWS|Content|CONTENT) (?:provided|PROVIDED) (?:by|BY)[ \t]{0,3}:?")
_ISSUER_CHARS = 80
_COMPANY_ENDS = ("Inc.", "Ltd.", "Co.", "Corp.", "S.A.", "N.V.", "L.P.")


def _issuers(view: View) -> Iterator[Span]:
    """Yield a heading-zone "News provided by" line with the issuer's name on the next line."""
    lines = view.lines
    for i in range(min(head_zone(view), len(lines) - 1)):
        name = lines[i + 1]
        if (
            _PROVIDED_BY.fullmatch(lines[i])
            and len(name) <= _ISSUER_CHARS
            and (name[-1] not in ".!?:" or name.endswith(_COMPANY_ENDS))
        ):
            yield view.starts[i], view.line_span(i + 1)[1]


def _story_codes(view: View) -> Iterator[Span]:
    """Yield heading-zone lines like "Article ID: 88123" or "News No. 4412"."""
    return _zone_matches(view, _STORY_CODE)


# A byline label standing alone, the name on the next line.
_BYLINE_LABEL = re.compile(rf"{_BYLINE_WORDS}[ \t]{{0,3}}:?", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]{0,30}")
MAX_NAME_WORDS = 4
MAX_BYLINE_NAMES = 4
_BYLINE_LABEL_CHARS = 16  # "Written by:", "Reported by"


# Words of headings that are no part of a person's name ("Chinese Pinyin Lyrics", "Recipe
# Notes", "Episode Guide"): languages and peoples, and what a page's sections are called.
# (Words that are also surnames, such as "French", "English" or "Price", are not listed.)
_NOT_NAME_WORDS = frozenset(
    (
        "chinese japanese korean spanish italian russian arabic portuguese hindi turkish greek polish"
        " swedish latin pinyin romaji mandarin cantonese hebrew persian vietnamese thai indonesian"
        " american british european african asian"
        " lyrics lyric translation translations transcript subtitles chords recipe recipes review reviews"
        " guide guides tutorial tutorials overview introduction summary conclusion conclusions chapter"
        " chapters episode episodes season edition version release notes update updates questions"
        " answers tips tricks gallery photos videos video podcast interview analysis report highlights"
        " results schedule timeline background history biography references sources bibliography"
        " glossary contents appendix example examples exercise exercises solution solutions method"
        " methods ingredients instructions directions steps features specifications details description"
        " übersetzung songtext liedtext rezept rezepte anleitung zusammenfassung einleitung kapitel"
        " paroles traduction recette résumé chapitre letra traducción receta resumen capítulo"
    ).split()
)


def _bare_name(line: str) -> bool:
    """Return whether ``line`` is nothing but a person's name ("Jane Roe", "Anna-Lena Maier")."""
    words = line.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(w.casefold().strip(".'’") in _NOT_NAME_WORDS for w in words):
        return False  # a heading: "Chinese Pinyin Lyrics"
    byline = parse_byline(f"By {line}")
    return byline.authors == (line,) and not byline.organisations


# A byline word and nothing but people's names, then maybe a separator and more ("By Jane Doe",
# "Story by Jane Doe and John Roe", "Von Jane Doe | 03.03.2019", "Par Jeanne Roe"): a byline on any
# line, the first too, where "By the numbers: ..." is a title.
_NAMED_BYLINE = re.compile(
    # Italian "di" in lowercase only: "Di Marco" is a surname too
    r"(?:By|BY|(?:Story|Text|Words|Report|Reporting|Written|Photos and text) by|Von|VON|Par|PAR|Por|POR|Door|di)"
    r"[ \t]{1,3}(?P<names>[^|,•·:;\n]{3,90}?)(?:[ \t]{0,3}[|,•·–—-][^\n]{0,120})?"
)
_DIGIT = re.compile(r"\d")
_NAMED_BYLINE_FIRST = frozenset("BSTWRPVDd")  # the first letters of its words
_NAME_JOINER = re.compile(r"[ \t]+(?:and|und|et|y|en|e|&)[ \t]+")


def _named_byline(line: str) -> bool:
    """Return whether ``line`` is a byline word followed by nothing but people's names (and maybe a date)."""
    m = _NAMED_BYLINE.fullmatch(line) if line[:1] in _NAMED_BYLINE_FIRST else None
    return m is not None and _names(m["names"].strip())


def _bylines(view: View) -> Iterator[Span]:
    """Yield heading-zone lines like "By: Jane Doe, Some Media Center |".

    Under the title, a line that is only a person's name followed by a date line is a byline
    too, and so is a lone "Written by" with the name on the next line. A dump of a whole page has
    its byline below the menus, past the heading zone: there the first lone "By" or "Written by"
    with people's names on the next line is the byline.
    """
    lines = view.lines
    zone = head_zone(view)
    found = False
    for i in range(zone):
        line = lines[i]
        if (
            (_BYLINE.fullmatch(line) and (i > 0 or _STRONG_BYLINE.match(line)))
            or _DATED_BYLINE.fullmatch(line)
            or _named_byline(line)
        ):
            found = True
            yield view.line_span(i)
        elif i > 0 and i + 1 < len(lines):
            if _BYLINE_LABEL.fullmatch(line) and _bare_name(lines[i + 1]):
                found = True
                yield view.starts[i], view.line_span(i + 1)[1]
            elif i + 1 < zone and DATE_LINE.fullmatch(lines[i + 1]) and _bare_name(line):
                found = True
                yield view.line_span(i)
    if not found:
        yield from _page_byline(view, max(zone, 1))


# Past the heading zone a byline is the article's when the body follows it within a few lines,
# and no more than two stand in the text (more are a listing's teasers or a thread's posts).
_BODY_AFTER_BYLINE = 8
_MAX_PAGE_BYLINES = 2


def _page_byline(view: View, first: int) -> Iterator[Span]:
    """Yield the byline of a whole page's dump: a lone "By" or "Written by" with the names on the
    next line ("Written by" / "Jane Roe"), or a line of a byline word and names ("By Jane Roe")."""
    lines = view.lines
    found: list[tuple[int, int]] = []  # (first line, last line)
    for i in range(first, len(lines)):
        line = lines[i]
        if len(line) <= _BYLINE_LABEL_CHARS and i + 1 < len(lines) and _BYLINE_LABEL.fullmatch(line):
            if _names(lines[i + 1]):
                found.append((i, i + 1))
        elif _named_byline(line):
            found.append((i, i))
        if len(found) > _MAX_PAGE_BYLINES:
            return
    if found:
        start, end = found[0]
        if any(is_paragraph(line) for line in lines[end + 1 : end + 1 + _BODY_AFTER_BYLINE]):
            yield view.starts[start], view.line_span(end)[1]


def _names(line: str) -> bool:
    """Return whether ``line`` is one person's name or a few ("Jane Roe and John Doe", "Jane Roe,")."""
    parts = _NAME_JOINER.split(line.rstrip(",;").replace(", ", " and "))
    return len(parts) <= MAX_BYLINE_NAMES and all(_bare_name(part) for part in parts)


# ... the date first: "March 3, 2019 | Harbour Times", on the first line too (no title starts so).
_DATE_CREDIT = re.compile(
    rf"{DATE}(?:,?[ \t]{{0,3}}(?:[-–—|@][ \t]{{0,3}})?{TIME})?[ \t]{{0,3}}[|•·–—-][ \t]{{0,3}}"
    r"(?P<name>[^\W\d_][^|\n.!?]{1,60})"
)


def _credit_match(line: str) -> re.Match[str] | None:
    """Return the match of ``line`` as a name and a date, either way round (``_CREDIT`` first)."""
    if _DIGIT.search(line) is None:  # every date has one
        return None
    return _CREDIT.fullmatch(line) or _DATE_CREDIT.fullmatch(line)


def _publisher_credit(line: str) -> bool:
    """Return whether ``line`` is a date and a publisher's name, in either order (the name must look
    like an organisation's: "March 3, 2019 - the day the bridge fell" is a title)."""
    m = _credit_match(line)
    return m is not None and looks_like_organisation(m["name"].strip())


def _credits(view: View) -> Iterator[Span]:
    """Yield "Some Publisher, 21 Nov 2017" lines under the first line, and a publisher's credit
    either way round ("21 Nov 2017 | Some Publisher") on the first line too."""
    for i in range(head_zone(view)):
        m = _credit_match(view.lines[i])
        if m is not None and ((i > 0 and m.re is _CREDIT) or looks_like_organisation(m["name"].strip())):
            yield view.line_span(i)


def _breadcrumbs(view: View) -> Iterator[Span]:
    """Yield lines that start with the title followed by " | " segments ("T | tag | Site News")."""
    titles = list(view.titles)
    if view.lines and is_heading(view.lines[0]) and " | " not in view.lines[0]:
        titles.append(view.lines[0])
    prefixes = tuple(t + " | " for t in titles if t)
    if not prefixes:
        return
    for i, line in enumerate(view.lines):
        if line.startswith(prefixes) and len(line) <= 400:
            yield view.line_span(i)


def _dateline(view: View) -> Iterator[Span]:
    """Yield the dateline prefix of the first body line, keeping the sentence after it."""
    index = body_start(view)
    if index is None:
        return
    m = _DATELINE.match(view.lines[index][:300])
    if m and any(m[g] and agency_name(m[g][1:-1]) is None for g in ("agency2", "agency3")):
        return  # "(Updated) ...", "Paris (Photo) -": only a known agency's code stands alone
    if m and (m["date1"] or m["date2"] or m["date3"] or m["agency"] or m["agency2"] or m["agency3"]):
        start = view.starts[index]
        yield start, start + m.end()


# A byline's label left alone: its names went by another rule or sit elsewhere ("Written by" /
# "Published on" / "March 3, 2019"). "By", "Author" and "Reported by" stay: a listing's reviews
# ("Reported by:" / "Jane R.") and gold texts keep them as often.
_LONE_BYLINE_LABEL = re.compile(r"(?:Written|Posted) [Bb]y[ \t]{0,3}:?")
_LONE_LABEL_CHARS = 12


def _lone_byline_labels(view: View) -> Iterator[Span]:
    """Yield a "Written by" line whose next line is not a name (header.byline takes the pair), nor
    the end of a sentence the line before opens ("This article was" / "Written By" / "Our team")."""
    lines = view.lines
    for i, line in enumerate(lines):
        if len(line) <= _LONE_LABEL_CHARS and line[0] in "WP" and _LONE_BYLINE_LABEL.fullmatch(line):
            if runs_into(lines, i):
                continue
            after = lines[i + 1] if i + 1 < len(lines) else ""
            if not after or not (after[0].islower() or _names(after)):
                yield view.line_span(i)


# A first line holding code is a script the code rules left, not the title ("(function f(a,b){/**").
_CODE_IN_TITLE = re.compile(r"[{}]|=>|\bfunction ?\(|;[ \t]*$")


# A whole page's dump opens with the page's <title>, and repeats its part without the site's
# name as the article's heading further down, past the menus, over the body or the byline.
_TITLE_REPEAT_LINES = 300
_BODY_AFTER_HEADING = 3


def _page_title(view: View) -> bool:
    """Say whether the first line is a page's <title>, "X - Site", whose lead "X" the text repeats
    further on as the heading over the article (body text or a byline within three lines).

    Only the lead counts: a site's name also stands alone as its logo, and the labels of a menu
    shown twice repeat too. Once a title is known no other line is one (see _title).
    """
    lines = view.lines
    lead = lead_part(lines[0])
    if lead is None:
        return False
    for i in title_repeats((lead,), lines[:_TITLE_REPEAT_LINES]):
        if i > 0 and not read_through(lines, i):
            after = lines[i + 1 : i + 1 + _BODY_AFTER_HEADING]
            if any(is_body(a) or _BYLINE.fullmatch(a) or _named_byline(a) for a in after):
                return True
    return False


def _title(view: View) -> Iterator[Span]:
    """Yield the first line when it is a heading directly followed by body text, or a page's
    <title> whose lead the text repeats over the article (see _page_title)."""
    if len(view.lines) < 2:
        return
    first = view.lines[0]
    if not is_heading(first):
        return
    if not is_body(view.lines[1]) and (view.titles or not _page_title(view)):
        return
    if (
        DATE_LINE.fullmatch(first)
        or _BULLET.match(first)
        or (_BYLINE.fullmatch(first) and _STRONG_BYLINE.match(first))
        or _DATED_BYLINE.fullmatch(first)
        or _named_byline(first)
        or _publisher_credit(first)
        or _CODE_IN_TITLE.search(first)
        or first.casefold() in NAV_SET  # a navigation label ("Home", "Sign in") left alone
    ):
        return
    yield view.line_span(0)


RULES = (
    Rule(
        id="header.byline",
        category=Category.HEADER,
        description="A byline above the body ('By: Jane Doe, Some Media Center |', 'Posted on <date> by Jane Doe').",
        find=_bylines,
    ),
    Rule(
        id="header.byline-label",
        category=Category.HEADER,
        description="A byline's label alone on its line ('Written by', 'Posted by:'), its names not under it.",
        find=_lone_byline_labels,
        guard=("ritten by", "osted by", "ritten By", "osted By"),
    ),
    Rule(
        id="header.date-line",
        category=Category.HEADER,
        description="A date line above the body, maybe labelled ('Published:', 'Publish date') and timed.",
        find=_date_lines,
    ),
    Rule(
        id="header.issuer",
        category=Category.HEADER,
        description="A press release's issuer above it ('NEWS PROVIDED BY' / 'Harbour Ferries Inc.'); it gives the "
        "source.",
        find=_issuers,
        guard=("rovided by", "ROVIDED BY"),
    ),
    Rule(
        id="header.story-code",
        category=Category.HEADER,
        description="A story/article code or id line above the body ('Article ID: 88123').",
        find=_story_codes,
    ),
    Rule(
        id="header.credit",
        category=Category.HEADER,
        description="A publisher-and-date credit line under the title ('Some Publisher, 21 Nov 2017'), or "
        "date first anywhere above the body ('21 Nov 2017 | Some Publisher').",
        find=_credits,
    ),
    Rule(
        id="header.breadcrumb",
        category=Category.HEADER,
        description="A line starting with the title followed by ' | ' segments ('T | tag | Site News').",
        find=_breadcrumbs,
    ),
    Rule(
        id="header.dateline",
        category=Category.HEADER,
        description="A dateline prefix of the first paragraph ('July 29, 2016 | TEHRAN (FNA)-').",
        find=_dateline,
    ),
    Rule(
        id=TITLE_RULE_ID,
        category=Category.HEADER,
        description="The first line when it is a heading followed by body text (it becomes the title).",
        find=_title,
    ),
)
