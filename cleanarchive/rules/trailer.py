"""Trailer rules: residue at the end of a dump (RSS trailers, source labels, author boxes, ...).

Removed texts are kept whole ("The post X appeared first on Y.", "Source: URL") because the
metadata stage parses them for the source, the URL and the author.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from cleanarchive.records import Category
from cleanarchive.rules.shapes import (
    AT,
    DATE,
    DATE_JOINER,
    POSTED_BY,
    TIME,
    is_paragraph,
    occurrences,
    words_pattern,
)
from cleanarchive.ruleset import Rule, Span, View

__all__ = ["COMMENTS_RULE_ID", "RELATED_HEADINGS", "RULES"]

# "Source" in the languages dumps are scraped in; "Kaynak/Source" style pairs are allowed.
SOURCE_WORDS = (
    "Source",
    "Sources",
    "SOURCE",
    "Kaynak",
    "Quelle",
    "Quellen",
    "Fuente",
    "Fonte",
    "Source originale",
    "Bron",
    "Källa",
    "Kilde",
    "Lähde",
    "Źródło",
    "Zdroj",
    "Forrás",
    "Sursa",
    "Sumber",
    "Nguồn",
    "Источник",
    "Джерело",
    "المصدر",
    "منبع",
    "来源",
    "出典",
    "Original source",
    "Source link",
    "Read more at",
)
_LABEL = "(?:" + "|".join(re.escape(w) for w in sorted(SOURCE_WORDS, key=len, reverse=True)) + ")"
_URL = r"(?:https?://|www\.)[^\s<>\"]{2,2000}"
# What may follow "Source:" on a line of its own: a URL or a short name (no sentence).
_NAME = r"[^\s.!?][^\n.!?]{0,60}(?:\.(?:com|org|net|ru|co\.uk|de|fr|tr|ir|info|gov)\b[^\n]{0,30})?"
_SOURCE_LINE = re.compile(
    rf"(?:[^\W\d_]{{2,20}}[ \t]?/[ \t]?)?{_LABEL}[ \t]{{0,3}}[:：]?"
    rf"(?:[ \t]{{0,3}}(?:{_URL}|{_NAME}))?[ \t]{{0,3}}\.?"
)
# Inside the last line only a labelled URL or a bare label with its colon is safe to take.
_SOURCE_TAIL = re.compile(rf"(?<!\S)(?:[^\W\d_]{{2,20}}/)?{_LABEL}[ \t]{{0,3}}[:：](?:[ \t]{{0,3}}{_URL})?\Z")
# ... and a label with a publisher's name closing a flat text after a sentence: "... he said.
# Source: Reuters", "(Source: AP)". The name is capitalised words (a sentence such as "Source: the
# UN said ..." is not one).
_SOURCE_NAME = r"[A-Z][\w&'’.-]{0,30}(?:[ \t](?:[A-Z0-9][\w&'’.-]{0,30}|of|the|and|for|de|du|la|del|der|die)){0,5}"
_NAMED_BY = rf"(?:{_LABEL}|Via|VIA)[ \t]{{0,3}}[:：][ \t]{{0,3}}{_SOURCE_NAME}"  # "Via: Zero Hedge" too
_SOURCE_NAME_TAIL = re.compile(rf"(?<=[.!?\"”’] )(?:\({_NAMED_BY}\)|{_NAMED_BY})\.?\Z")
_URL_LINE = re.compile(r"(?:(?:URL|Link|Permalink|Article)[ \t]{0,3}:[ \t]{0,3})?" + _URL)
_INITIALS = re.compile(r"/[ \t]?[A-Z]{1,4}(?:/[A-Z]{1,4}){0,3}|\([A-Z]{1,4}(?:/[A-Z]{1,4}){1,3}\)")
_APPEARED = "appeared first on "
_POST = "The post "
_MAX_SITE = 120
# Headings of link lists and author boxes that close a page.
_RELATED_TAIL = re.compile(
    r"(?<!\S)(?:Related (?:Posts|posts|Articles|articles|Stories|stories|News|Content|Entries|entries)"
    r"|RELATED (?:POSTS|ARTICLES|STORIES|NEWS|ENTRIES)|You may also like"
    r"|Read more|Read More|READ MORE"
    # a feed excerpt's link to the whole story, maybe naming the site ("Read the original article"
    # closes a republishing note: trailer.republished takes both)
    r"|Read (?:the )?(?:[Ff]ull|[Cc]omplete|[Ee]ntire) (?:[Aa]rticle|[Ss]tory|[Pp]ost|[Rr]eport)(?: [Hh]ere)?"
    r"|READ (?:THE )?FULL (?:ARTICLE|STORY)|Read the rest(?: of (?:this|the) (?:article|story|post))?(?: here)?"
    r"|READ THE REST(?: OF (?:THIS|THE) (?:ARTICLE|STORY|POST))?(?: HERE)?"
    r"|Continue [Rr]eading(?: [Hh]ere)?|Click here to read (?:more|the (?:full|complete|original) (?:article|story))"
    r")[ \t]{0,3}(?:[:»…→>.!]|…\.|\.{3,4})?\Z"
    # ... naming the site: "Read more at Harbour Times" (a label after it, "Source:", is not its name)
    r"|(?<!\S)(?:Read (?:more|the rest|the full (?:article|story))|Continue reading) (?:at|on) (?:the )?"
    r"[A-Z][\w.&'’-]{1,30}(?: [A-Z][\w.&'’-]{1,30}){0,3}[ \t]{0,3}[.!]?\Z"
    # Jetpack's related-posts heading after the last sentence or share buttons; a credit whose link
    # is gone ("... the last sentence. Via"); a press release's end mark ("###", "# # #")
    r"|(?<=[.!?…] )Related\Z|(?<=[.!?…\"”’)] )Via:?\Z|(?<=[.!?…\"”’)] )(?:###|# # #)\Z"
    # ... in brackets: "(Read Full Post)", "[Read more]", WordPress's "(more…)"
    r"|(?<!\S)[(\[](?:Read (?:the )?(?:[Ff]ull|[Cc]omplete|[Ee]ntire|[Oo]riginal) (?:[Aa]rticle|[Ss]tory|[Pp]ost)"
    r"|Read [Mm]ore|READ MORE|[Mm]ore|Continue [Rr]eading)(?:[ \t]{0,3}[»…→>]|\.\.\.)?[)\]]\Z"
)
# How far from the end of the last line those are looked for.
_RELATED_TAIL_REACH = 80


# "Also read" labels: a teaser set into an article, its headline under it (see _teaser_end).
_ALSO_READ = (
    "Read also", "Also read", "Lesen Sie auch", "Lire aussi", "À lire aussi", "Leggi anche", "Lees ook",
    "Lea también", "Lee también", "Leia também", "Veja também", "Czytaj także", "Читайте также",
    "Auch lesen", "Pour approfondir", "Pour aller plus loin",
)
# Headings of related-link lists, compared case-blind (a prefix tree: one pattern, quick to fail).
RELATED_HEADINGS = (
    "Related",
    *(f"Related {w}" for w in ("posts", "articles", "stories", "news", "content", "links", "items", "reading",
                               "coverage")),
    *(f"You {m} also {v}" for m in ("may", "might") for v in ("like", "enjoy")),
    *(f"More {p} this {w}" for p in ("from", "on") for w in ("site", "topic", "author")),
    *_ALSO_READ,
    "Recommended", "Recommended for you", "Read more", "Read next", "See also",
    "More stories", "You may like", "You might like",
    *(f"Most {w}" for w in ("popular", "read", "viewed", "shared")),
    *(f"Popular {w}" for w in ("posts", "articles", "stories")),
    "Trending", "Trending now", "Trending stories", "Trending articles", "Trending nationally", "Trending today",
    *(f"Latest {w}" for w in ("news", "posts", "articles", "stories")),
    "Top stories", "Don't miss", "Don’t miss", "Editor's picks", "Editor’s picks",
    # ... in German, French, Spanish, Italian, Dutch
    "Das könnte Sie auch interessieren", "Das könnte dich auch interessieren", "Auch interessant",
    "Mehr zum Thema", "Ähnliche Beiträge", "Ähnliche Artikel", "Weitere Themen",
    "Weitere Artikel", "Weitere Beiträge", "Mehr Themen", "Meistgelesen", "Meistkommentiert",
    "Der nächste Beitrag", "Vous aimerez aussi", "Articles similaires",
    "Articles les plus lus", "Sur le même sujet", "Te puede interesar", "Artículos relacionados",
    "Lo más leído", "Articoli correlati", "Potrebbe interessarti",
    "Gerelateerde artikelen", "Verwandte Artikel", "Verwandte Themen", "Neueste Beiträge", "Neueste Artikel",
    "Neueste Kommentare", "Letzte Kommentare", "Meist gelesen", "Am meisten gelesen", "Meistgelesene Artikel",
    "Schon gelesen?", "Aktuelle News", "Temas relacionados", "Weiterlesen",
    "Weiterführende Informationen", "Weiterführende Links", "Weitere Nachrichten", "Interessante Artikel",
    "Beliebte Artikel", "Beliebteste Artikel", "Beliebte Beiträge", "Ähnliche Themen", "Empfehlungen aus der Redaktion",
    "Contenido relacionado", "También te puede interesar", "Notas relacionadas", "Noticias relacionadas",
    "Beliebte Beiträge zum Thema", "Weitere Beiträge zum Thema", "Weitere Artikel zum Thema", "Artikel zum Thema",
    "Mehr Artikel zum Thema",
    "Recent Posts", "Recent Comments", "Blogroll", "Related Topics", "Aktuelle Kommentare",
    "Commentaires récents", "Articles récents", "Comentarios recientes", "Entradas recientes",
    "Commenti recenti", "Articoli recenti", "Recente reacties", "Recente berichten",
    "Empfohlene Beiträge", "Empfohlene Artikel", "Das könnte Ihnen auch gefallen", "Ebenfalls interessant",
    "Passend zum Thema", "Dans la même rubrique", "À découvrir aussi", "Ti potrebbe interessare",
    "Potrebbe interessarti anche", "Ook interessant", "Artigos relacionados",
    "Zobacz także", "Polecane", "Похожие статьи", "Похожие материалы",
    "Lea además", "Ver también", "Voir aussi", "Siehe auch", "Vedi anche",
    # a feed excerpt's link to the whole story
    *(f"Read {the}{w} {k}" for the in ("", "the ") for w in ("full", "complete", "original", "entire")
      for k in ("article", "story", "post", "report")),
    "Read the rest", "Read the rest of this article", "Read the rest of the story", "Continue reading",
    "Read full article here", "Read the full article here", "Read the full story here",
    # ... of other kinds of content, and as "Explore related ..." (not "Related work", a paper's
    # section, nor "Related research" or "Recommended courses", a text's own lists; not "Related
    # searches" or "Related videos", a product page's, whose list runs into the next section)
    *(f"Related {w}" for w in ("tutorials", "guides", "reads", "resources", "questions", "threads",
                               "pages", "blogs", "blog posts", "podcasts", "episodes", "recipes",
                               "discussions", "insights", "publications")),
    *(f"{p} related {w}" for p in ("More", "Explore")
      for w in ("articles", "posts", "stories", "content", "topics", "questions", "videos", "resources")),
    *(f"Recommended {w}" for w in ("articles", "posts", "stories", "reading", "content", "videos")),
    *(f"You {m} also be interested in" for m in ("may", "might")),
    "You may be interested in", "You might be interested in",
    "Videos zum Thema", "Beiträge aus dem Forum", "Mehr aus dem Ressort", "Weitere Videos", "Mehr Videos",
    "Weitere Meldungen", "Mehr Nachrichten", "Vous pourriez aussi aimer", "Sur le même thème",
    "À lire également", "Lire également", "Otras noticias", "Más noticias", "También te puede gustar",
    "Altri articoli", "Notizie correlate", "Ti potrebbe piacere anche",
    # forums' and Q&A sites' lists of other threads (XenForo, Stack Exchange's sidebar)
    *(f"Similar {w}" for w in ("threads", "questions", "topics", "posts", "articles", "discussions")),
    "Hot Network Questions", "Ähnliche Fragen",
)
# Links under a list of teasers to the site's archive, "More articles", "See more stories": only
# the line goes, what follows it is the page's next section (a FAQ, a form), not a list.
_MORE_LINKS = (
    *(f"More {w}" for w in ("articles", "news", "videos", "posts", "blog posts", "episodes", "recipes")),
    *(f"{v} more {w}" for v in ("Read", "See", "View") for w in ("articles", "stories", "posts", "news", "videos")),
)
_HEADINGS_AND_LINKS = (*RELATED_HEADINGS, *_MORE_LINKS)
_RELATED_HEADINGS = words_pattern(_HEADINGS_AND_LINKS, ignore_case=True)

# A taxonomy line: a label, then a short list of terms (no sentence in it).
_TAXONOMY = re.compile(
    r"(?:(?:Tags|Tag|Categories|Category|Topics|Keywords|Labels|Schlagwörter|Schlagworte|Kategorien|Themen"
    r"|Étiquettes|Etiquetas|Libellés)[ \t]{0,3}:"
    r"|(?:Tagged(?: with| as)?|Filed [Uu]nder|Posted [Ii]n|Getaggt mit)[ \t]{0,3}:?)"
    r"[ \t]{0,3}[^\s.!?][^\n.!?]{0,200}"
    # WordPress's entry footer: "This entry was posted in News and tagged bridge. Bookmark the permalink."
    r"|(?:This entry was posted in|Dieser Eintrag wurde veröffentlicht in) [^\n]{1,300}"
)


# A republishing note: "This article was originally published on X.", "Republished with
# permission from X", "The original source of this article is X".
# What follows the preposition is a name or an address, without a clause of its own (a body
# sentence such as "The report was first published in 2005 by the ministry, which ..." is not one).
_REPUBLISHED = re.compile(
    r"(?:This (?:article|story|post|piece|essay|column|interview|report) (?:was |is |has been |first )?)?"
    r"(?:(?:[Oo]riginally|[Ff]irst) (?:published|appeared|posted|ran)|(?:[Rr]epublished|[Rr]eprinted|[Rr]eposted"
    r"|[Cc]ross-posted)(?: with (?:kind )?permission)?) (?:on|at|in|by|from|with) [^\n,;]{2,150}"
    r"(?: under a Creative Commons[^\n]{0,100})?"
    r"|The original source of this article is [^\n,;]{2,120}"
)
# Where a republishing note stands: under the title or at the end.
_REPUBLISHED_HEAD, _REPUBLISHED_TAIL = 2, 4
_MAX_NOTE = 300


def _republished(view: View) -> Iterator[Span]:
    """Yield a republishing note among the first two or the last four lines."""
    head = range(min(_REPUBLISHED_HEAD, len(view.lines)))
    for i in sorted({*head, *_last_lines(view, _REPUBLISHED_TAIL)}):
        line = view.lines[i]
        if len(line) <= _MAX_NOTE and line[0] in "TOoFfRrC" and _REPUBLISHED.fullmatch(line):
            yield view.line_span(i)


# Wire-service credits closing a story: "(Reporting by Jane Roe in Moscow; Editing by John
# Smith)", "Reuters contributed to this report."
_CREDITS = re.compile(
    r"\((?:(?:Additional )?[Rr]eporting|Writing|Written|Editing|Edited|Compiled|Research)(?: by)?\b[^()\n]{2,300}\)"
    r"|(?:The )?[A-Z][\w.&' -]{1,60} contributed(?: reporting)? to this (?:report|story|article)\."
)
_CREDIT_LINES = 3


def _credit_lines(view: View) -> Iterator[Span]:
    """Yield wire-service credit lines among the last three lines."""
    for i in _last_lines(view, _CREDIT_LINES):
        line = view.lines[i]
        if len(line) <= 320 and _CREDITS.fullmatch(line):
            yield view.line_span(i)


def _last_lines(view: View, count: int) -> range:
    return range(max(0, len(view.lines) - count), len(view.lines))


def _appeared_first_on(view: View) -> Iterator[Span]:
    """Yield RSS trailers "The post X appeared first on Y." wherever they sit."""
    text = view.text
    for pos in occurrences(text, _APPEARED):
        line_start = text.rfind("\n", 0, pos) + 1
        start = text.rfind(_POST, max(line_start, pos - 400), pos)
        end = _site_end(text, pos + len(_APPEARED))
        if start >= 0 and end is not None:
            yield start, end


# WordPress's "last modified" line: "<title> was last modified: March 3, 2019 by Jane Roe", at the
# end of a line, on its own or glued after the last sentence of a flattened text. What follows the
# colon is a date and a name at most, without a sentence's end; the title before it is taken from
# the line's start, or from the end of the sentence before it (a title holding "?" keeps its start).
_LAST_MODIFIED = " was last modified:"
_LAST_MODIFIED_REST = re.compile(r"(?:[^\n.!?]|\.(?![ \t]))*")
_LAST_MODIFIED_REST_CHARS = 80
_MAX_TITLE = 200
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?[ \t]+")


def _last_modified(view: View) -> Iterator[Span]:
    """Yield "<title> was last modified: <date> by <name>" at the end of a line."""
    text = view.text
    for pos in occurrences(text, _LAST_MODIFIED):
        rest = pos + len(_LAST_MODIFIED)
        line_end = text.find("\n", rest)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - rest > _LAST_MODIFIED_REST_CHARS or not _LAST_MODIFIED_REST.fullmatch(text, rest, line_end):
            continue
        line_start = text.rfind("\n", 0, pos) + 1
        low = max(line_start, pos - _MAX_TITLE)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, low, pos)]
        if ends:
            yield ends[-1], line_end
        elif low == line_start and pos > line_start:
            yield line_start, line_end


def _site_end(text: str, pos: int) -> int | None:
    """Return where the site name after "appeared first on " ends (its final period included)."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    limit = min(line_end, pos + _MAX_SITE)
    for i in range(pos, limit):
        if text[i] == "." and (i + 1 == line_end or text[i + 1] in " \t"):
            return i + 1
    return line_end if line_end - pos <= _MAX_SITE else None


def _source(view: View) -> Iterator[Span]:
    """Yield a "Source"/"Source: URL"/"Kaynak/Source:" label closing the text (line or line end)."""
    if not view.lines:
        return
    last = len(view.lines) - 1
    line = view.lines[last]
    start = view.starts[last]
    if len(line) <= 2100 and _SOURCE_LINE.fullmatch(line):
        yield start, start + len(line)
        return
    colon = len(line)
    for _ in range(3):
        colon = max(line.rfind(":", 0, colon), line.rfind("：", 0, colon))
        if colon < len(line) - 2100 or colon < 0:
            return
        if not line.startswith("//", colon + 1):
            m = _SOURCE_TAIL.search(line, max(0, colon - 40)) or _SOURCE_NAME_TAIL.search(line, max(0, colon - 40))
            if m:
                yield start + m.start(), start + m.end()
            return


def _url_line(view: View) -> Iterator[Span]:
    """Yield a bare URL line at the end (the page's own address)."""
    if view.lines and len(view.lines[-1]) <= 2100 and _URL_LINE.fullmatch(view.lines[-1]):
        yield view.line_span(len(view.lines) - 1)


def _initials(view: View) -> Iterator[Span]:
    """Yield editor initials like "/SR" among the last three lines."""
    for i in _last_lines(view, 3):
        if len(view.lines[i]) <= 20 and _INITIALS.fullmatch(view.lines[i]):
            yield view.line_span(i)


# The heading WordPress themes put over a post's comments: "2 thoughts on “Title”", "One response
# to “Title”", "12 Comments on "Title"", "3 Gedanken zu „Title“", "5 réflexions sur « Title »".
# The comments, the reply form and the page's footer follow it: the text goes from it to the end.
_COUNT = r"(?:\d{1,5}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]in(?:en)?)"
_COMMENTS_HEADING = re.compile(
    rf"{_COUNT}[ \t](?:(?:[Tt]houghts?|[Rr]esponses?|[Cc]omments?|[Rr]eplies|[Rr]eply)[ \t](?:on|to)"
    r"|(?:Gedanken?|Kommentare?|Antworten?)[ \t](?:zu|auf)|(?:réflexions?|commentaires?|réponses?)[ \t](?:sur|à)"
    r"|(?:comentarios?|respuestas?|pensamientos?)[ \t](?:en|sobre|a))"
    r"[ \t]{1,3}[“\"'‘«„‚][^\n]{1,250}[”\"'’»“‘][ \t]{0,3}:?"
)
# The heading must follow some text: a dump that opens with it is a comments page.
_MIN_TEXT_BEFORE_COMMENTS = 300


COMMENTS_RULE_ID = "trailer.comments"
_COMMENTS_FIRST = frozenset("0123456789OoTtFfSsEeNn")
# What the headings hold, for the rule's guard: the section is looked for only in a text with one.
_COMMENTS_GUARD = (
    "hought", "esponse", "omment", "eplies", "eply", "Gedanke", "Kommentar", "Antwort", "réflexion", "commentaire",
    "réponse", "comentario", "respuesta", "pensamiento",
)


def _comments_section(view: View) -> Iterator[Span]:
    """Yield a WordPress comment section, from its "N thoughts on “Title”" heading to the end."""
    for i, line in enumerate(view.lines):
        if (
            view.starts[i] >= _MIN_TEXT_BEFORE_COMMENTS
            and len(line) <= 300
            and line[0] in _COMMENTS_FIRST
            and _COMMENTS_HEADING.fullmatch(line)
        ):
            yield view.starts[i], len(view.text)
            return


_RELATED_LINE = re.compile(rf"(?P<words>{_RELATED_HEADINGS})[ \t]{{0,3}}[:»…→>]?(?:\.\.\.)?", re.IGNORECASE)
_RELATED_LINE_CHARS = 80
# What a related heading can start with, for a quick test of each line.
_RELATED_FIRST = frozenset(c for h in _HEADINGS_AND_LINKS for c in (h[0].lower(), h[0].upper()))
# Under a heading in the second half of the text, the list: headlines, dates, categories, short
# lines none of which is a sentence. It ends at the text's end, or at a paragraph or an author
# box's heading; before those it must be two lines or more (one short line may be the body's
# next subheading).
MAX_RELATED_ITEMS = 12
_RELATED_ITEM_CHARS = 150
# Only headings of lists, standing alone: a "Read more" or "See also" link heads one story (each
# card of a listing page has one) and what follows it is the next card; "Related: T" and
# "Recommended: 16 GB RAM" are labels inside the text.
_LINK_LABELS = ("read", "also read", "see also", "lesen sie", "lire", "à lire", "leggi", "lees", "weiterlesen",
                "schon gelesen", "der nächste", "recommended", "lea ", "lee ", "ver también", "voir aussi",
                "siehe auch", "vedi anche")
_LIST_HEADINGS = frozenset(h.casefold() for h in RELATED_HEADINGS if not h.casefold().startswith(_LINK_LABELS))


def _short_line_match(
    line: str, pattern: re.Pattern[str], max_chars: int, first: frozenset[str]
) -> re.Match[str] | None:
    """Return ``pattern``'s full match of ``line``, tried only on a short line starting with one of ``first``."""
    if len(line) > max_chars or line[0] not in first:
        return None
    return pattern.fullmatch(line)


def _related_heading(line: str) -> re.Match[str] | None:
    return _short_line_match(line, _RELATED_LINE, _RELATED_LINE_CHARS, _RELATED_FIRST)


# An "also read" teaser set into an article: the label, the linked headline on one line, then the
# article goes on with a paragraph, or ends. Unlike "Read more", which closes a listing's card and
# is followed by the next card, it heads nothing but its link, wherever it stands. Two short lines
# after it are the headline and the article's next subheading as often: both stay.
_ALSO_LABELS = frozenset(label.casefold() for label in _ALSO_READ)


def _teaser_end(lines: Sequence[str], i: int) -> int:
    """Return the line of the headline under an "also read" label at line ``i`` (or ``i``)."""
    j = i + 1
    if j < len(lines) and _related_item(lines[j]) and (j + 1 == len(lines) or is_paragraph(lines[j + 1])):
        return j
    return i


def _related_list_end(view: View, i: int, heading: re.Match[str]) -> int:
    """Return the last line of the list under heading line ``i`` (``i`` itself when it has none)."""
    lines = view.lines
    if heading["words"].casefold() in _ALSO_LABELS:
        return _teaser_end(lines, i)
    if view.starts[i] < len(view.text) // 2 or lines[i].casefold() not in _LIST_HEADINGS:
        return i
    j = _lines_while(lines, i + 1, i + 1 + MAX_RELATED_ITEMS, _related_item)
    items = j - i - 1
    closed = j == len(lines) or (items >= 2 and (is_paragraph(lines[j]) or _ABOUT_AUTHOR.fullmatch(lines[j])))
    return j - 1 if items and closed else i


def _related_lists(view: View) -> Iterator[Span]:
    """Yield related-link headings, with their lists when those close the text or a stretch of it."""
    return _headed_blocks(view, _related_heading, _related_list_end)


# A line going on from the heading (": T"), or a numbered subheading of the text ("2. Methods").
_NOT_AN_ITEM = re.compile(r"[:;,.)–—-]|\d{1,2}[.)][ \t]")


def _related_item(line: str) -> bool:
    return (
        len(line) <= _RELATED_ITEM_CHARS
        and line[-1] not in ".,;"
        and not _NOT_AN_ITEM.match(line)
        and not is_paragraph(line)
        and not _ABOUT_AUTHOR.fullmatch(line)  # the author box's heading: its rule takes the bio with it
    )


_ABOUT_AUTHOR = re.compile(
    r"(?:About (?:the |The |THE )?(?:Author|Writer|Authors)s?|Über (?:den|die) (?:Autor|Autorin))[ \t]{0,3}:?",
    re.IGNORECASE,
)
# The box's link to the writer's archive, a name after it.
_AUTHOR_LINK = re.compile(
    r"(?:(?:View|See|Read) (?:all )?|(?:More|All|Other) )(?:posts|articles|stories|entries) by"
    r"(?:[ \t]{1,3}[^\s.!?]{1,30}){1,4}[ \t]{0,3}[→»›>]?"
    r"|Alle (?:Beiträge|Artikel) von(?:[ \t]{1,3}[^\s.!?]{1,30}){1,4}"
    r"|(?:Voir )?[Tt]ous les articles (?:de|par)(?:[ \t]{1,3}[^\s.!?]{1,30}){1,4}",
    re.IGNORECASE,
)
# The bio under the heading: one to three paragraphs, then the text's end or a line that is not one.
MAX_BIO_LINES = 3
MAX_BIO_LINE_CHARS = 700


_AUTHOR_BOX_LINE = re.compile(rf"(?P<heading>{_ABOUT_AUTHOR.pattern})|{_AUTHOR_LINK.pattern}", re.IGNORECASE)
_AUTHOR_BOX_CHARS = 120
# What those lines can start with, for a quick test of each line.
_AUTHOR_BOX_FIRST = frozenset("AaÜüVvSsRrMmOoTt")


def _author_box_line(line: str) -> re.Match[str] | None:
    return _short_line_match(line, _AUTHOR_BOX_LINE, _AUTHOR_BOX_CHARS, _AUTHOR_BOX_FIRST)


def _bio_end(view: View, i: int, line: re.Match[str]) -> int:
    """Return the last line of the bio under heading line ``i`` (``i`` itself when it has none)."""
    lines = view.lines
    if line["heading"] is None or view.starts[i] < len(view.text) // 2:
        return i
    # one paragraph more than a bio may have, to tell a bio from a section of the text
    j = _lines_while(lines, i + 1, i + 2 + MAX_BIO_LINES, _bio_line)
    return j - 1 if i + 1 < j <= i + MAX_BIO_LINES + 1 and (j == len(lines) or not is_paragraph(lines[j])) else i


def _author_box(view: View) -> Iterator[Span]:
    """Yield author-box headings and links; with the bio under a heading in the second half."""
    return _headed_blocks(view, _author_box_line, _bio_end)


def _headed_blocks(
    view: View,
    heading: Callable[[str], re.Match[str] | None],
    block_end: Callable[[View, int, re.Match[str]], int],
) -> Iterator[Span]:
    """Yield each line ``heading`` matches through the last line of the block under it (``block_end``)."""
    lines = view.lines
    i = 0
    while i < len(lines):
        m = heading(lines[i])
        if m is None:
            i += 1
            continue
        last = block_end(view, i, m)
        yield view.starts[i], view.line_span(last)[1]
        i = last + 1


def _bio_line(line: str) -> bool:
    return len(line) <= MAX_BIO_LINE_CHARS and is_paragraph(line)


def _lines_while(lines: Sequence[str], start: int, stop: int, accept: Callable[[str], bool]) -> int:
    """Return the index of the first line from ``start`` (before ``stop``) that ``accept`` refuses."""
    j = start
    while j < min(len(lines), stop) and accept(lines[j]):
        j += 1
    return j


# A taxonomy label alone on its line, its terms one a line under it (a dump that puts each link
# on a line: "Etiquetas:" / "autos" / "bendición"), in the second half of the text. Without its
# colon ("Schlagworte" / "KfW" / "Klimaschutz") a label needs two terms under it and no more than
# a post's few: a product's or a listing's long list of tags is its content.
_TAG_WORDS = (
    r"(?:Tags|Tag|Keywords|Categories|Schlagwörter|Schlagworte|Stichwörter|Kategorien|Étiquettes|Mots-clés"
    r"|Catégories|Etiquetas|Categorías|Etichette|Categorie|Trefwoorden|Tagi|Tematy|Kategorie|Themen|Теги|Метки"
    r"|Рубрики)"
)
_TAG_LABEL = re.compile(
    rf"{_TAG_WORDS}[ \t]{{0,3}}:|(?:Tagged(?: with| as)?|Filed [Uu]nder|Posted [Ii]n|Getaggt mit)[ \t]{{0,3}}:?"
    r"|(?:Veröffentlicht in|Publié dans|Publicado en|Pubblicato in|Geplaatst in)[ \t]{0,3}:",
    re.IGNORECASE,
)
# As written (a shop's lowercase "categories" heads its own list); German "Tag" is a day.
_BARE_TAG_LABEL = re.compile(rf"(?!Tag\Z){_TAG_WORDS}")
MIN_BARE_TAG_TERMS, MAX_BARE_TAG_TERMS = 2, 8
# WordPress's entry footer with each link on a line: "This entry was posted in" / "News" / "and
# tagged" / "bridge" / "," / "council" / "." / "Bookmark the permalink" / ".".
_ENTRY_FOOTER = re.compile(
    r"(?:This entry was posted in|Dieser Eintrag wurde veröffentlicht in|Esta entrada fue publicada en"
    r"|Cette entrée a été publiée dans|Questa voce è stata pubblicata in)(?:[ \t]{1,3}on)?[ \t]{0,3}:?"
)
_ENTRY_FOOTER_WORDS = frozenset(
    w.casefold()
    for w in (
        ".", "and tagged", "und verschlagwortet mit", "y etiquetada con", "et marquée avec",
        "e contrassegnata con", "by", "von", "por", "par", "da", "on", "am", "el", "le", "il",
        "Bookmark the permalink", "Bookmark the", "permalink", "Permanentlink", "Permalink",
        "Setze ein Lesezeichen auf den", "Lesezeichen", "Guarda el enlace permanente",
        "Ajoutez ce permalien à vos favoris", "Aggiungi ai preferiti il permalink",
    )
)
_ENTRY_FOOTER_LINES = 40
_TAG_LABEL_CHARS = 20
MAX_TAG_TERMS = 20
_TAG_TERM_CHARS = 40
_TAG_TERM_WORDS = 4
_TAG_JOINERS = frozenset((",", "|", "·", "•", "/"))


# Where a tag list ends though its lines are short: a comment count ("11 Kommentare", "No Comments")
# opening the comments, and a date or number ("14.09", "12") of a comment or a pager.
_NOT_A_TAG = re.compile(
    rf"(?:{_COUNT}|No|Keine|Aucun)[ \t\xa0](?:Comments?|Kommentare?|Responses?|Antworten|Replies|Reply|commentaires?"
    r"|comentarios?)\b.*|[\d\W]+",
    re.IGNORECASE,
)


def _tag_term(line: str) -> bool:
    if line in _TAG_JOINERS:
        return True
    return (
        len(line) <= _TAG_TERM_CHARS
        and line.count(" ") < _TAG_TERM_WORDS
        and line[-1] not in ".!?:;"
        and not _TAG_LABEL.fullmatch(line)
        and not _NOT_A_TAG.fullmatch(line)
    )


def _tag_lists(view: View) -> Iterator[Span]:
    """Yield a lone taxonomy label in the second half of the text with the terms under it, and
    WordPress's entry footer written a link a line."""
    lines = view.lines
    half = len(view.text) // 2
    for i, line in enumerate(lines[:-1]):
        if view.starts[i] < half:
            continue
        if line[0] in "TDECQ" and _ENTRY_FOOTER.fullmatch(line):
            j = _lines_while(lines, i + 1, i + 1 + _ENTRY_FOOTER_LINES, _entry_term)
            if j > i + 1:
                yield view.starts[i], view.line_span(j - 1)[1]
            continue
        if len(line) > _TAG_LABEL_CHARS:
            continue
        if _TAG_LABEL.fullmatch(line):
            least, most = 1, MAX_TAG_TERMS
        elif _BARE_TAG_LABEL.fullmatch(line):
            least, most = MIN_BARE_TAG_TERMS, MAX_BARE_TAG_TERMS
        else:
            continue
        j = _lines_while(lines, i + 1, i + 1 + MAX_TAG_TERMS, _tag_term)
        if least <= sum(1 for k in range(i + 1, j) if lines[k] not in _TAG_JOINERS) <= most:
            yield view.starts[i], view.line_span(j - 1)[1]


def _entry_term(line: str) -> bool:
    return _tag_term(line) or line.casefold() in _ENTRY_FOOTER_WORDS


def _related_tail(view: View) -> Iterator[Span]:
    """Yield "Related Posts:"/"Read more" closing the last line."""
    if view.lines:
        last = len(view.lines) - 1
        line = view.lines[last]
        m = _RELATED_TAIL.search(line, max(0, len(line) - _RELATED_TAIL_REACH))
        if m:
            yield view.starts[last] + m.start(), view.starts[last] + m.end()


RULES = (
    Rule(
        id="trailer.appeared-first-on",
        category=Category.TRAILER,
        description="RSS trailer 'The post X appeared first on Y.'",
        find=_appeared_first_on,
        guard=(_APPEARED,),
    ),
    Rule(
        id="trailer.last-modified",
        category=Category.TRAILER,
        description="WordPress's 'X was last modified: March 3, 2019 by Jane Roe' at the end of a line, glued "
        "after the last sentence of a flattened text too.",
        find=_last_modified,
        guard=(_LAST_MODIFIED,),
    ),
    Rule(
        id="trailer.related",
        category=Category.TRAILER,
        description="Headings of related-link lists ('Related posts', 'You may also like', 'Read more'); in the "
        "second half of a text, with the list's headlines and dates under them.",
        find=_related_lists,
    ),
    Rule(
        id="trailer.related-tail",
        category=Category.TRAILER,
        description="'Related Posts:' or 'Read more' glued to the end of the last line; a credit whose link is "
        "gone ('... Via') or a press release's end mark ('# # #').",
        find=_related_tail,
    ),
    Rule(
        id=COMMENTS_RULE_ID,
        category=Category.TRAILER,
        description="A comment section from its heading to the end ('2 thoughts on “Title”', 'One response to "
        "“Title”', '3 Gedanken zu „Title“'): the comments, the reply form and the footer after them.",
        find=_comments_section,
        guard=_COMMENTS_GUARD,
    ),
    Rule(
        id="trailer.taxonomy",
        category=Category.TRAILER,
        description="A tag or category line ('Tags: EU, fisheries', 'Filed under: World | Leave a comment').",
        pattern=_TAXONOMY,
    ),
    Rule(
        id="trailer.tag-list",
        category=Category.TRAILER,
        description="A lone tag or category label in the second half of the text with its terms one a line under "
        "it ('Tags:' / 'bridge' / 'council', 'Etiquetas:' / 'autos').",
        find=_tag_lists,
    ),
    Rule(
        id="trailer.about-author",
        category=Category.TRAILER,
        description="Author-box headings, with the writer's bio under one in the second half of the text "
        "('About The Author' / 'Jane Roe covers ...'), and the box's links ('View all posts by Jane Roe').",
        find=_author_box,
        # what the headings and links hold, as written in any case
        guard=(
            "bout", "BOUT", "Über", "ÜBER", "osts by", "osts By", "OSTS BY", "rticles by", "rticles By", "RTICLES BY",
            "tories by", "tories By", "TORIES BY", "ntries by", "ntries By", "eiträge von", "rtikel von",
            "rticles de", "rticles par",
        ),
    ),
    Rule(
        id="trailer.url",
        category=Category.TRAILER,
        description="A bare URL line closing the text (usually the page's own address).",
        find=_url_line,
    ),
    Rule(
        id="trailer.initials",
        category=Category.TRAILER,
        description="Editor initials like '/SR' near the end.",
        find=_initials,
    ),
    Rule(
        id="trailer.credits",
        category=Category.TRAILER,
        description="Wire-service credits at the end ('(Reporting by Jane Roe; Editing by John Smith)', "
        "'Reuters contributed to this report.').",
        find=_credit_lines,
    ),
    Rule(
        id="trailer.republished",
        category=Category.TRAILER,
        description="A republishing note under the title or at the end ('This article was originally "
        "published on X', 'The original source of this article is X').",
        find=_republished,
    ),
    Rule(
        id="trailer.posted-by",
        category=Category.TRAILER,
        description="A blog post's footer byline with its time ('Posted by Jane Roe at 10:32 PM', Blogger's).",
        pattern=re.compile(
            rf"{POSTED_BY} [^\W\d_][^\n]{{1,60}}? {DATE_JOINER} (?:{TIME}|{DATE})(?:,? (?:{AT} )?{TIME})?"
        ),
    ),
    Rule(
        id="trailer.source",
        category=Category.TRAILER,
        description="A 'Source' label closing the text, alone or with a URL or name ('Kaynak/Source:').",
        find=_source,
    ),
)
