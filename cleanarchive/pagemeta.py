"""Read raw metadata candidates from a parsed page: JSON-LD, OpenGraph, meta tags, ``<time>``, bylines.

Values stay raw (the metadata stage normalises them); each carries its origin. Elements are lxml
elements parsed in :mod:`cleanarchive.html`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from typing import Any

import lxml.etree

from cleanarchive.authors import parse_byline
from cleanarchive.records import Candidate, Field, Origin
from cleanarchive.sources import readable_domain
from cleanarchive.urls import domain_of

__all__ = ["drop_site_authors", "header_candidates", "page_candidates"]

logger = logging.getLogger(__name__)

Element = Any  # an lxml.html.HtmlElement

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "scholarlyarticle",
        "techarticle",
        "report",
        "socialmediaposting",
        "liveblogposting",
        "posting",
        "webpage",
        "itempage",
        "aboutpage",
        "medicalwebpage",
        "review",
        "recipe",
        "howto",
        "creativework",
        "discussionforumposting",
        "question",
        "qapage",
        "videoobject",
    }
)
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization", "corporation"})

# meta name/property (lowercase) -> (field, origin)
_META: dict[str, tuple[Field, Origin]] = {
    "og:title": (Field.TITLE, Origin.OPENGRAPH),
    "og:site_name": (Field.SOURCE, Origin.OPENGRAPH),
    "og:url": (Field.URL, Origin.OPENGRAPH),
    "article:published_time": (Field.DATE, Origin.OPENGRAPH),
    "og:published_time": (Field.DATE, Origin.OPENGRAPH),
    "article:modified_time": (Field.DATE_MODIFIED, Origin.OPENGRAPH),
    "og:updated_time": (Field.DATE_MODIFIED, Origin.OPENGRAPH),
    "article:author": (Field.AUTHORS, Origin.OPENGRAPH),
    "og:article:author": (Field.AUTHORS, Origin.OPENGRAPH),
    "author": (Field.AUTHORS, Origin.META),
    "dc.creator": (Field.AUTHORS, Origin.META),
    "dcterms.creator": (Field.AUTHORS, Origin.META),
    "citation_author": (Field.AUTHORS, Origin.META),
    "parsely-author": (Field.AUTHORS, Origin.META),
    "sailthru.author": (Field.AUTHORS, Origin.META),
    "byl": (Field.AUTHORS, Origin.META),
    "twitter:title": (Field.TITLE, Origin.META),
    "dc.title": (Field.TITLE, Origin.META),
    "dcterms.title": (Field.TITLE, Origin.META),
    "citation_title": (Field.TITLE, Origin.META),
    "parsely-title": (Field.TITLE, Origin.META),
    "headline": (Field.TITLE, Origin.META),
    "pubdate": (Field.DATE, Origin.META),
    "publishdate": (Field.DATE, Origin.META),
    "publish-date": (Field.DATE, Origin.META),
    "publish_date": (Field.DATE, Origin.META),
    "date": (Field.DATE, Origin.META),
    "dc.date": (Field.DATE, Origin.META),
    "dc.date.issued": (Field.DATE, Origin.META),
    "dcterms.date": (Field.DATE, Origin.META),
    "dcterms.issued": (Field.DATE, Origin.META),
    "citation_publication_date": (Field.DATE, Origin.META),
    "citation_date": (Field.DATE, Origin.META),
    "sailthru.date": (Field.DATE, Origin.META),
    "parsely-pub-date": (Field.DATE, Origin.META),
    "article.published": (Field.DATE, Origin.META),
    "datepublished": (Field.DATE, Origin.META),
    "last-modified": (Field.DATE_MODIFIED, Origin.META),
    "dcterms.modified": (Field.DATE_MODIFIED, Origin.META),
    "application-name": (Field.SOURCE, Origin.META),
    "publisher": (Field.SOURCE, Origin.META),
    "dc.publisher": (Field.SOURCE, Origin.META),
    "dcterms.publisher": (Field.SOURCE, Origin.META),
    "citation_publisher": (Field.SOURCE, Origin.META),
    "content-language": (Field.LANGUAGE, Origin.META),
    "dc.language": (Field.LANGUAGE, Origin.META),
    "og:locale": (Field.LANGUAGE, Origin.OPENGRAPH),
}
_AUTHOR_LABEL_RE = re.compile(
    r"\s*(?:written by|author|authors|by|verfasst von|geschrieben von|autor(?:in)?|auteur|écrit par|escrito por)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
# Elements whose own first text starts with a by-word ("By Jane Roe", "Von Jane Roe", "Written by").
# Capitalised only: a lowercase "by" continues a sentence ("Sort by", "made by"). One
# normalize-space per text node keeps the scan in libxml2 and cheap.
_TEXT_BYLINE_XPATH = lxml.etree.XPath(
    "//body//*[text()[1][contains('|By|BY|Von|Par|Por|Door|Written|By:|Von:|',"
    " concat('|', substring-before(concat(normalize-space(.), ' '), ' '), '|'))]]"
)
_NOT_TEXT_BYLINE = frozenset(
    {"script", "style", "a", "button", "option", "label", "title", "textarea", "td", "th", "h1", "h2", "h3", "h4"}
)
_AFTER_BY_RE = re.compile(r"(?:by|von|par|por|door|written by)\s*:?\s+(\S)", re.IGNORECASE)
_RANGE_RE = re.compile(r"\s(?:bis|über|to|until|à)\s")
_MENU_RE = re.compile(r"(?:^|[-_\s])(?:menu|nav|navbar|navigation|dropdown|megamenu|footer)(?:$|[-_\s])", re.IGNORECASE)
# Library metadata gives one author per tag, often "Last, First" ("Roe, Jane A."): one person.
_ONE_NAME_KEYS = frozenset({"citation_author", "dc.creator", "dcterms.creator"})
_LAST_FIRST_RE = re.compile(r"\s*([^\W\d_][^,;]{0,40}?)\s*,\s*([^\W\d_][^,;]{0,40}?)\s*")
_PARTICLES = frozenset("van von der den de del della di da dos du la le ten ter zu bin ibn al el st".split())
_MAX_VALUE = 1000
_MAX_JSON = 1_000_000
_MAX_BYLINES = 5
_BYLINE_XPATH = '//*[@rel="author" or @itemprop="author" or contains(@class, "author") or contains(@class, "byline")]'
_BYLINE_FIND = lxml.etree.XPath(_BYLINE_XPATH)
_BYLINE_CLASSES = frozenset({"byline", "author", "author-name", "byline-name", "byline__name"})
_SPACE = re.compile(r"\s+")
# Class names of bylines in themes: "post-author", "article__author-name", "td-post-author-name",
# "c-byline"; not an author's bio, box, avatar or a comment's author.
_BYLINE_CLASS_RE = re.compile(
    r"(?:[a-z0-9]+(?:-{1,2}|_{1,2}))*(?:author|authors|byline|autor|auteur)(?:(?:-{1,2}|_{1,2})(?:name|names|link))?"
)
_ELSEWHERE_RE = re.compile(
    r"(?:^|[-_\s])(?:comments?|teasers?|sliders?|carousel|related|sidebar|reviews?|quotes?|zitat|recommended)(?:$|[-_\s])",
    re.IGNORECASE,
)
_NOT_BYLINE_RE = re.compile(r"comment|bio|box|avatar|image|img|photo|desc|about|social|follow|card|widget")


def page_candidates(root: Element) -> tuple[Candidate, ...]:
    """Return raw metadata candidates found in the page, in a stable order."""
    found: list[Candidate | None] = []
    found.extend(_jsonld(root))
    found.extend(_meta_tags(root))
    found.extend(_head_links(root))
    found.extend(_time_elements(root))
    found.extend(_bylines(root))
    return tuple(_unique([c for c in found if c is not None]))


def drop_site_authors(candidates: Sequence[Candidate], *, url: str | None = None) -> tuple[Candidate, ...]:
    """Return the candidates without authors that only repeat the site's name or domain.

    An author spelling the site's domain ("example.de", "Example De") is never a person. One
    repeating the site's name ("The Daily Example" in JSON-LD ``author``) is dropped when another
    author candidate names someone else; alone, it stays (a personal blog is named after its author).
    """
    domains = {d for d in (domain_of(u) for u in _page_urls(candidates, url)) if d}
    always = {_compact(d) for d in domains}
    sites = {k for k in (_compact(c.value) for c in candidates if c.field is Field.SOURCE) if len(k) >= 3}
    sites |= {k for k in (_compact(readable_domain(d) or "") for d in domains) if len(k) >= 3}

    def site_author(key: str) -> bool:
        return key in always or any(key == s or _contains(key, s) for s in sites)

    authors = [(c, _compact(c.value)) for c in candidates if c.field is Field.AUTHORS]
    if not any(site_author(k) for _, k in authors):
        return tuple(candidates)
    others = any(not site_author(k) and any(map(_full_name, parse_byline(c.value).authors)) for c, k in authors)
    drop = {c for c, k in authors if k in always or (others and site_author(k))}
    return tuple(c for c in candidates if c not in drop)


def _contains(key: str, site: str) -> bool:
    """Return whether one of two compact names holds the other and is at most twice as long ("Die Example")."""
    short, long = sorted((key, site), key=len)
    return len(short) >= 6 and short in long and len(long) <= 2 * len(short)


def _full_name(name: str) -> bool:
    """Return whether ``name`` reads as a full name or a chosen user name ("Jane Roe", "JaneRoe"), not a lone word."""
    return " " in name or any(ch.isupper() for ch in name[1:])


def _page_urls(candidates: Sequence[Candidate], url: str | None) -> list[str]:
    urls = [url] if url else []
    return urls + [c.value for c in candidates if c.field is Field.URL]


def _compact(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def header_candidates(headers: Sequence[tuple[str, str]]) -> tuple[Candidate, ...]:
    """Return candidates from HTTP headers (Content-Language, Last-Modified, Link rel=canonical)."""
    found: list[Candidate] = []
    for name, value in headers:
        key = name.strip().lower()
        if key == "content-language" and value.strip():
            found.append(Candidate(field=Field.LANGUAGE, value=value.strip()[:100],
                                   origin=Origin.HTTP_HEADER))
        elif key == "last-modified" and value.strip():
            found.append(Candidate(field=Field.DATE_MODIFIED, value=value.strip()[:100],
                                   origin=Origin.HTTP_HEADER))
        elif key == "link" and 'rel="canonical"' in value.replace("'", '"'):
            match = re.search(r"<([^<>\s]{1,2000})>", value)
            if match:
                found.append(Candidate(field=Field.URL, value=match.group(1), origin=Origin.HTTP_HEADER))
    return tuple(found)


def _candidate(field: Field, value: object, origin: Origin) -> Candidate | None:
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", value[: _MAX_VALUE * 2]).strip()
    if not text:
        return None
    return Candidate(field=field, value=text[:_MAX_VALUE], origin=origin)


def _unique(candidates: list[Candidate]) -> Iterator[Candidate]:
    seen: set[Candidate] = set()
    for candidate in candidates:
        if candidate not in seen:
            seen.add(candidate)
            yield candidate


def _jsonld(root: Element) -> Iterator[Candidate | None]:
    nodes: list[dict[str, Any]] = []
    for script in root.iterfind('.//script[@type="application/ld+json"]'):
        raw = script.text
        if not raw or len(raw) > _MAX_JSON:
            continue
        try:
            data = json.loads(raw.strip().rstrip(";"), strict=False)  # raw tabs and newlines in strings
        except (ValueError, RecursionError):
            logger.debug("unreadable JSON-LD block skipped")
            continue
        nodes.extend(_nodes(data, depth=0))
    # Nodes that others point at by "@id" (Yoast's "author": {"@id": ".../#/schema/person/1"}).
    index: dict[str, dict[str, Any]] = {}
    for node in nodes:
        key = node.get("@id")
        if isinstance(key, str) and len(node) > 1:
            index.setdefault(key, node)
    for node in nodes:
        yield from _jsonld_node(node, index)


def _nodes(data: object, *, depth: int) -> Iterator[dict[str, Any]]:
    """Yield the JSON-LD objects of a block: top level, lists, ``@graph`` members and ``mainEntity``."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _nodes(item, depth=depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _nodes(data["@graph"], depth=depth + 1)
        # A WebPage or QAPage holding the article, forum post or question: {"mainEntity": {...}}.
        # Not a list of several (an FAQPage's questions): none of them is the page's own.
        main = data.get("mainEntity")
        if isinstance(main, dict) or (isinstance(main, list) and len(main) == 1):
            yield from _nodes(main, depth=depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _jsonld_node(node: dict[str, Any], index: dict[str, dict[str, Any]]) -> Iterator[Candidate | None]:
    kinds = _types(node)
    origin = Origin.JSONLD
    if kinds & _ARTICLE_TYPES:
        yield _candidate(Field.TITLE, node.get("headline") or node.get("name"), origin)
        yield from (_candidate(Field.AUTHORS, name, origin) for name in _names(node.get("author"), index))
        yield _candidate(Field.DATE, node.get("datePublished") or node.get("dateCreated"), origin)
        yield _candidate(Field.DATE_MODIFIED, node.get("dateModified"), origin)
        yield from (_candidate(Field.SOURCE, name, origin) for name in _names(node.get("publisher"), index))
        yield _candidate(Field.URL, node.get("url"), origin)
        yield _candidate(Field.LANGUAGE, node.get("inLanguage"), origin)
    elif kinds & _SITE_TYPES:
        yield _candidate(Field.SOURCE, node.get("name"), origin)


def _names(value: object, index: dict[str, dict[str, Any]]) -> Iterator[str]:
    """Yield the names of a JSON-LD person/organisation value (string, object, reference or list).

    A reference (``{"@id": ...}`` or the bare ``@id`` string) is looked up among the page's nodes;
    an unresolved reference or a profile URL is no name.
    """
    items = value[:20] if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            item = index.get(item, item)
        elif isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = index.get(item["@id"], item)
        if isinstance(item, str):
            if not item.strip().startswith(("http://", "https://", "/", "#")):
                yield item
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):  # "name": ["Jane Roe"]
                name = next((n for n in name if isinstance(n, str)), None)
            if isinstance(name, str):
                yield name


def _meta_tags(root: Element) -> Iterator[Candidate | None]:
    labels: dict[str, str] = {}  # Slack/Twitter cards: twitter:label1 "Written by", twitter:data1 the name
    for meta in root.iterfind(".//meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or ""
        key = key.strip().lower()
        target = _META.get(key)
        if target is None:
            if key.startswith("twitter:label"):
                labels[key[len("twitter:label") :]] = meta.get("content") or ""
            elif key.startswith("twitter:data") and _AUTHOR_LABEL_RE.fullmatch(
                labels.get(key[len("twitter:data") :], "")
            ):
                yield _candidate(Field.AUTHORS, meta.get("content"), Origin.META)
            continue
        value = meta.get("content")
        if target[0] is Field.AUTHORS and value and value.strip().startswith(("http://", "https://")):
            continue  # a profile link (Facebook's article:author), not a name
        if key in _ONE_NAME_KEYS and value:
            value = _first_last(value)
        yield _candidate(target[0], value, target[1])


def _first_last(value: str) -> str:
    """Return "Last, First" as "First Last"; any other value as given."""
    m = _LAST_FIRST_RE.fullmatch(value)
    # The surname is one word, with its particles ("van der Merwe"); "Jane Roe, Kai Moos" are two people.
    if m is None or sum(w.lower() not in _PARTICLES for w in m.group(1).split()) != 1 or len(m.group(2).split()) > 3:
        return value
    return f"{m.group(2)} {m.group(1)}"


def _head_links(root: Element) -> Iterator[Candidate | None]:
    for link in root.iterfind(".//link[@rel]"):
        if link.get("rel", "").strip().lower() == "canonical":
            yield _candidate(Field.URL, link.get("href"), Origin.CANONICAL)
    title = root.find(".//title")
    if title is not None:
        yield _candidate(Field.TITLE, title.text_content(), Origin.HTML_TITLE)
    html = root if root.tag == "html" else root.find(".//html")
    if html is not None:
        yield _candidate(Field.LANGUAGE, html.get("lang") or html.get("xml:lang"), Origin.META)


def _time_elements(root: Element) -> Iterator[Candidate | None]:
    times = root.xpath("//time[@datetime]")
    chosen = [t for t in times if t.get("itemprop") == "datePublished" or t.get("pubdate") is not None]
    for element in (chosen or times)[:2]:
        field = Field.DATE_MODIFIED if element.get("itemprop") == "dateModified" else Field.DATE
        yield _candidate(field, element.get("datetime"), Origin.TIME_ELEMENT)


def _is_byline_class(name: str) -> bool:
    return _BYLINE_CLASS_RE.fullmatch(name) is not None and _NOT_BYLINE_RE.search(name) is None


def _elsewhere(element: Element) -> bool:
    """Return whether ``element`` sits in a quote, a comment, a teaser or a sidebar (not the page's byline)."""
    for _, ancestor in zip(range(6), element.iterancestors(), strict=False):
        if ancestor.tag in {"body", "main", "article"}:
            return False
        if ancestor.tag in {"aside", "blockquote"}:
            return True
        if _ELSEWHERE_RE.search(ancestor.get("class") or ""):
            return True
    return False


def _bylines(root: Element) -> list[Candidate]:
    """Return up to five bylines in page order, those naming a person first.

    The metadata stage reads the first page byline only (the others are often other posts' and
    comments' authors): a byline holding only a label, a date or a publication must not hide one
    naming someone.
    """
    found: list[Candidate] = []
    for element in _BYLINE_FIND(root):
        if element.tag in {"meta", "link", "html", "body", "article"}:
            continue
        classes = set((element.get("class") or "").lower().split())
        marked = element.get("rel") == "author" or element.get("itemprop") == "author"
        if not (marked or classes & _BYLINE_CLASSES):
            # Themes' own byline classes ("post-author", "c-byline__name"), but not in a teaser or quote.
            if not any(_is_byline_class(c) for c in classes) or _elsewhere(element):
                continue
        # Children joined with spaces: "<span>Jane Roe</span><time>May 3</time>" is no "Jane RoeMay 3".
        text = " ".join(element.itertext())
        if not text or len(text) > 200:
            continue
        candidate = _candidate(Field.AUTHORS, text, Origin.HTML_BYLINE)
        if candidate is not None:
            found.append(candidate)
            if len(found) >= _MAX_BYLINES:
                break
    if not any(parse_byline(c.value).authors for c in found):
        found.extend(_text_bylines(root))
    return sorted(found, key=lambda c: not parse_byline(c.value).authors)


def _in_navigation(element: Element) -> bool:
    """Return whether ``element`` is in a menu, a form or a footer ("Solutions By Use Case")."""
    for _, ancestor in zip(range(8), element.iterancestors(), strict=False):
        if ancestor.tag in {"nav", "footer", "form", "select", "menu"}:
            return True
        if _MENU_RE.search(ancestor.get("class") or ""):
            return True
    return False


def _text_bylines(root: Element) -> list[Candidate]:
    """Return short elements whose own text starts with "By", "Written by", "Von", ... (unmarked bylines)."""
    found: list[Candidate] = []
    elements = _TEXT_BYLINE_XPATH(root)
    parents = [e.getparent() for e in elements]
    grandparents = [p.getparent() if p is not None else None for p in parents]
    for element, parent, grandparent in zip(elements, parents, grandparents, strict=True):
        if element.tag in _NOT_TEXT_BYLINE or parents.count(parent) > 1 or grandparents.count(grandparent) > 1:
            continue  # "By Role", "By Industry", ... side by side are a menu's facets
        if _elsewhere(element) or _in_navigation(element):
            continue
        text = " ".join(" ".join(element.itertext()).split())
        if not 4 < len(text) <= 100 or text[-1] in ".?!:" or _RANGE_RE.search(text):
            continue  # a sentence, a range ("Von A bis Z")
        first = _AFTER_BY_RE.match(text)
        if first is None or not first.group(1).isupper():
            continue  # "By batching requests, we ...": a sentence, not a name
        # Unmarked, such a line must name someone in full: "By Invitation" does not.
        if any(_full_name(a) for a in parse_byline(text).authors):
            candidate = _candidate(Field.AUTHORS, text, Origin.HTML_BYLINE)
            if candidate is not None:
                found.append(candidate)
                if len(found) >= 3:
                    break
    return found
