"""Normalise metadata candidates into one clean value per field, with where each came from.

Candidates of a field are ranked by how reliable their origin is (for dates: JSON-LD, then
meta/OpenGraph, ``<time>`` elements, text headers and datelines, the URL, the extractor, input
columns), invalid and implausible values are skipped, and the winner is cleaned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from cleanarchive.dates import ParsedDate, Precision, is_plausible
from cleanarchive.language import detect_language as _detect_language
from cleanarchive.memo import parse_byline, parse_date
from cleanarchive.records import Candidate, Field, Origin
from cleanarchive.rules.shapes import TITLE_SEPARATORS
from cleanarchive.sources import agency_name, clean_source, looks_like_organisation, readable_domain
from cleanarchive.urls import canonical_url, domain_of

__all__ = ["Metadata", "clean_title", "normalise"]

_LAST = 99
_DATE_RANKS = {
    Origin.JSONLD: 0, Origin.META: 1, Origin.OPENGRAPH: 1, Origin.TIME_ELEMENT: 2,
    Origin.TEXT_DATELINE: 3, Origin.TEXT_HEADER: 3, Origin.TEXT_BYLINE: 3, Origin.TEXT_TRAILER: 4,
    Origin.URL: 5, Origin.EXTRACTOR: 6, Origin.INPUT_COLUMN: 7, Origin.HTTP_HEADER: 8,
}
_RANKS: dict[Field, dict[Origin, int]] = {
    Field.DATE: _DATE_RANKS,
    Field.DATE_MODIFIED: _DATE_RANKS,
    Field.AUTHORS: {
        Origin.JSONLD: 0, Origin.META: 1, Origin.OPENGRAPH: 1, Origin.HTML_BYLINE: 2,
        Origin.TEXT_BYLINE: 2, Origin.EXTRACTOR: 3, Origin.INPUT_COLUMN: 4,
    },
    Field.TITLE: {
        Origin.JSONLD: 0, Origin.OPENGRAPH: 1, Origin.META: 1, Origin.EXTRACTOR: 2,
        Origin.TEXT_TITLE: 2, Origin.HTML_TITLE: 3, Origin.INPUT_COLUMN: 4,
    },
    Field.SOURCE: {
        Origin.JSONLD: 0, Origin.OPENGRAPH: 1, Origin.META: 1, Origin.TEXT_TRAILER: 2,
        Origin.TEXT_DATELINE: 2, Origin.TEXT_HEADER: 2, Origin.EXTRACTOR: 3, Origin.TEXT_BYLINE: 4,
        Origin.HTML_BYLINE: 4, Origin.INPUT_COLUMN: 5, Origin.TEXT_COPYRIGHT: 6, Origin.DOMAIN: 9,
    },
    Field.URL: {
        Origin.CANONICAL: 0, Origin.JSONLD: 1, Origin.OPENGRAPH: 1, Origin.META: 1,
        Origin.INPUT_COLUMN: 2, Origin.WARC: 2, Origin.EXTRACTOR: 3, Origin.TEXT_URL: 4,
    },
    Field.DOMAIN: {Origin.INPUT_COLUMN: 0},
    Field.LANGUAGE: {Origin.JSONLD: 0, Origin.META: 1, Origin.OPENGRAPH: 1, Origin.EXTRACTOR: 2},
}
_LISTED_AUTHORS = frozenset({Origin.JSONLD, Origin.META, Origin.OPENGRAPH, Origin.EXTRACTOR})
_URL_DATE_RE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)(?:[/-](?P<day>[0-3]?\d))?(?=[/-]|$|\.html?)"
)
_LANG_RE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")


@attrs.frozen(kw_only=True)
class Metadata:
    """One clean value per metadata field, plus the origin of each value."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    date_precision: str | None = None
    date_modified: str | None = None
    source: str | None = None
    url: str | None = None
    domain: str | None = None
    language: str | None = None
    language_score: float | None = None
    # (field name, Origin.value) for each field with a value, sorted.
    provenance: tuple[tuple[str, str], ...] = ()


def _ranked(candidates: Sequence[Candidate], field: Field) -> list[Candidate]:
    ranks = _RANKS.get(field, {})
    chosen = [c for c in candidates if c.field is field and c.value and c.value.strip()]
    return sorted(chosen, key=lambda c: ranks.get(c.origin, _LAST))


def _is_home(url: str) -> bool:
    return re.fullmatch(r"https?://[^/]+/?", url) is not None


def _pick_url(candidates: Sequence[Candidate]) -> tuple[str, Origin] | None:
    first: tuple[str, Origin] | None = None
    for c in _ranked(candidates, Field.URL):
        url = canonical_url(c.value)
        if url is None:
            continue
        # A canonical link to the home page on an article page is a site bug, not the page's URL.
        if c.origin is Origin.CANONICAL and _is_home(url):
            first = first or (url, c.origin)
            continue
        if first is not None and _is_home(url):
            return first
        return url, c.origin
    return first


def _pick_domain(
    candidates: Sequence[Candidate], url: tuple[str, Origin] | None
) -> tuple[str, Origin] | None:
    if url is not None:
        domain = domain_of(url[0])
        if domain is not None:
            return domain, url[1]
    for c in _ranked(candidates, Field.DOMAIN):
        value = c.value.strip().lower()
        domain = domain_of(value if "://" in value else f"http://{value}")
        if domain is not None:
            return domain, c.origin
    return None


def _byline_sources(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Return organisations named in author candidates as source candidates."""
    found = []
    for c in candidates:
        if c.field is not Field.AUTHORS or c.origin is Origin.TEXT_BYLINE:
            continue  # text bylines already gave their organisations as candidates
        for org in parse_byline(c.value).organisations:
            if c.origin is Origin.INPUT_COLUMN and agency_name(org) is None:
                continue  # author columns are too noisy to trust for anything but agencies
            origin = Origin.HTML_BYLINE if c.origin is not Origin.INPUT_COLUMN else c.origin
            found.append(Candidate(field=Field.SOURCE, value=org, origin=origin))
    return found


def _first_source(candidates: Sequence[Candidate]) -> tuple[str, Origin] | None:
    for c in _ranked(candidates, Field.SOURCE):
        source = clean_source(c.value)
        if source is not None:
            return agency_name(source) or source, c.origin
    return None


def _pick_source(candidates: Sequence[Candidate], domain: str | None) -> tuple[str, Origin] | None:
    ranks = _RANKS[Field.SOURCE]
    found = _first_source(candidates)
    # Organisations in bylines count only when no better-ranked source was stated.
    if found is None or ranks.get(found[1], _LAST) > ranks[Origin.HTML_BYLINE]:
        found = _first_source(list(candidates) + _byline_sources(candidates)) or found
    if found is not None:
        return found
    if domain is not None:
        readable = readable_domain(domain)
        if readable is not None:
            return readable, Origin.DOMAIN
    return None


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _is_site_name(segment: str, sites: Sequence[str]) -> bool:
    key = _compact(segment)
    if not key:
        return True
    if any(key == s or (len(key) >= 4 and (key in s or s in key)) for s in sites):
        return True
    bare = segment.strip()
    return "." in bare and " " not in bare and domain_of(f"http://{bare}") is not None


def clean_title(title: str, *, site_names: Sequence[str] = ()) -> str | None:
    """Return ``title`` without a site suffix or prefix (" | Daily Harbour", "Harbour News - ")."""
    text = " ".join(title.split())[:500]
    sites = [s for s in (_compact(n) for n in site_names) if len(s) >= 3]
    for sep in TITLE_SEPARATORS:
        if sep not in text:
            continue
        parts = [p.strip() for p in text.split(sep)]
        while len(parts) > 1 and _is_site_name(parts[-1], sites):
            parts.pop()
        while len(parts) > 1 and _is_site_name(parts[0], sites):
            parts.pop(0)
        if len(parts) > 1 and sep == " | ":
            # "Title | Section | Site": the title is the first part that reads like one.
            parts = [next((p for p in parts if len(p.split()) >= 3 or len(p) >= 20), max(parts, key=len))]
        elif len(parts) > 1 and len(parts[-1].split()) <= 4 and looks_like_organisation(parts[-1]):
            parts.pop()
        text = sep.join(parts)
    text = text.strip(" |-–—:")
    return text or None


def _pick_title(candidates: Sequence[Candidate], sites: Sequence[str]) -> tuple[str, Origin] | None:
    for c in _ranked(candidates, Field.TITLE):
        title = clean_title(c.value, site_names=sites)
        if title is not None and any(ch.isalnum() for ch in title):
            return title, c.origin
    return None


def _pick_authors(candidates: Sequence[Candidate]) -> tuple[tuple[str, ...], Origin] | None:
    # A JSON-LD or meta author list gives one candidate per name: they are read together. Page
    # bylines are not: several of them are other posts' and comments' authors.
    by_origin: dict[Origin, list[str]] = {}
    for c in _ranked(candidates, Field.AUTHORS):
        values = by_origin.setdefault(c.origin, [])
        if c.origin in _LISTED_AUTHORS or not values:
            values.append(c.value)
    for origin, values in by_origin.items():
        names: dict[str, str] = {}
        for value in values:
            for name in parse_byline(value).authors:
                names.setdefault(name.casefold(), name)
        if names:
            return tuple(names.values()), origin
    return None


def _url_date(url: str | None) -> list[Candidate]:
    if url is None:
        return []
    m = _URL_DATE_RE.search(url)
    if m is None:
        return []
    value = f"{m.group('year')}-{int(m.group('month')):02d}"
    if m.group("day"):
        value += f"-{int(m.group('day')):02d}"
    return [Candidate(field=Field.DATE, value=value, origin=Origin.URL)]


def _parse(c: Candidate, capture: ParsedDate | None) -> ParsedDate | None:
    strict = c.origin.value.startswith("text-")
    parsed = parse_date(c.value, capture=capture, strict=strict)
    if parsed is None or not is_plausible(parsed, capture):
        return None
    return parsed


def _pick_date(
    candidates: Sequence[Candidate], field: Field, capture: ParsedDate | None
) -> tuple[ParsedDate, Origin] | None:
    parsed = [(p, c.origin) for c in _ranked(candidates, field) if (p := _parse(c, capture)) is not None]
    if not parsed:
        return None
    best, origin = parsed[0]
    # A lower-ranked value agreeing with the best may state more (the day, the time): use it,
    # keeping the better-ranked origin.
    for other, _ in parsed[1:]:
        stated = best.iso()[:10]
        if other.iso().startswith(stated) and _order(other.precision) > _order(best.precision):
            best = other
    return best, origin


def _order(precision: Precision) -> int:
    return list(Precision).index(precision)


def _pick_language(
    candidates: Sequence[Candidate], text: str, detect: bool
) -> tuple[str, float | None, Origin] | None:
    if detect:
        code, score = _detect_language(text)
        if code is not None:
            return code, score, Origin.DETECTOR
    for c in _ranked(candidates, Field.LANGUAGE):
        value = c.value.strip()
        if _LANG_RE.fullmatch(value):
            return value[:2].lower() if len(value.split("-")[0]) == 2 else value.lower(), None, c.origin
    return None


def normalise(
    candidates: Iterable[Candidate],
    *,
    text: str,
    capture_date: str | None = None,
    detect_language: bool = True,
) -> Metadata:
    """Return one clean value per field from the candidates, with the origin of each."""
    found = list(candidates)
    capture = parse_date(capture_date) if capture_date else None
    url = _pick_url(found)
    domain = _pick_domain(found, url)
    source = _pick_source(found, domain[0] if domain else None)
    sites = [s for s in (source[0] if source else None, domain[0] if domain else None) if s]
    if domain is not None:
        sites.append(domain[0].split(".")[0])
    title = _pick_title(found, sites)
    authors = _pick_authors(found)
    date = _pick_date(found + _url_date(url[0] if url else None), Field.DATE, capture)
    modified = _pick_date(found, Field.DATE_MODIFIED, capture)
    if modified is not None and date is not None and modified[0].day() < date[0].day():
        modified = None
    language = _pick_language(found, text, detect_language)
    provenance = {
        "title": title[1] if title else None,
        "authors": authors[1] if authors else None,
        "date": date[1] if date else None,
        "date_modified": modified[1] if modified else None,
        "source": source[1] if source else None,
        "url": url[1] if url else None,
        "domain": domain[1] if domain else None,
        "language": language[2] if language else None,
    }
    return Metadata(
        title=title[0] if title else None,
        authors=authors[0] if authors else (),
        date=date[0].iso() if date else None,
        date_precision=date[0].precision.value if date else None,
        date_modified=modified[0].iso() if modified else None,
        source=source[0] if source else None,
        url=url[0] if url else None,
        domain=domain[0] if domain else None,
        language=language[0] if language else None,
        language_score=language[1] if language else None,
        provenance=tuple(sorted((k, v.value) for k, v in provenance.items() if v is not None)),
    )
