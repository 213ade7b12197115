"""Tests for cleanarchive.metadata: ranking, validity, cleaning and provenance of candidates."""

from __future__ import annotations

import pytest

from cleanarchive.metadata import Metadata, clean_title, normalise
from cleanarchive.records import Candidate, Category, Field, Origin, Removal
from cleanarchive.textmeta import text_candidates

BODY = "The army regained control over strategic regions after a week of heavy fighting near the river."


def _c(field: Field, value: str, origin: Origin) -> Candidate:
    return Candidate(field=field, value=value, origin=origin)


def _meta(*candidates: Candidate, capture: str | None = None, text: str = BODY) -> Metadata:
    return normalise(candidates, text=text, capture_date=capture, detect_language=False)


def test_date_ranking() -> None:
    """JSON-LD beats meta, which beats the text header, the URL and the input column."""
    meta = _meta(
        _c(Field.DATE, "2017-01-05", Origin.INPUT_COLUMN),
        _c(Field.DATE, "5 Feb 2017", Origin.TEXT_HEADER),
        _c(Field.DATE, "2017-03-05T10:00:00+02:00", Origin.META),
        _c(Field.DATE, "2017-04-05", Origin.JSONLD),
    )
    assert ("2017-04-05", "day", "jsonld") == (meta.date, meta.date_precision, dict(meta.provenance)["date"])


def test_implausible_dates_skipped() -> None:
    """Dates after the capture or before 1990 are skipped for the next candidate."""
    meta = _meta(
        _c(Field.DATE, "2030-01-01", Origin.JSONLD),
        _c(Field.DATE, "1985-06-01", Origin.META),
        _c(Field.DATE, "Published 3 hours ago", Origin.TEXT_HEADER),
        capture="2018-01-25T16:17:44Z",
    )
    assert ("2018-01-25", "text-header") == (meta.date, dict(meta.provenance)["date"])


def test_time_from_agreeing_candidate() -> None:
    """A lower-ranked candidate of the same day adds the time; the origin stays the better one."""
    meta = _meta(
        _c(Field.DATE, "2016-09-20", Origin.JSONLD),
        _c(Field.DATE, "2016-09-20T21:05:31-04:00", Origin.EXTRACTOR),
    )
    assert ("2016-09-20T21:05:31-04:00", "second", "jsonld") == (
        meta.date,
        meta.date_precision,
        dict(meta.provenance)["date"],
    )


def test_date_from_url() -> None:
    """A date in the URL path is a candidate below text headers."""
    meta = _meta(_c(Field.URL, "https://example.com/2019/03/04/story/", Origin.WARC))
    assert ("2019-03-04", "url") == (meta.date, dict(meta.provenance)["date"])


def test_date_modified() -> None:
    """A modified date is kept when it is not before the publication date."""
    meta = _meta(
        _c(Field.DATE, "2017-05-12", Origin.META), _c(Field.DATE_MODIFIED, "2017-05-14", Origin.META)
    )
    assert "2017-05-14" == meta.date_modified
    meta = _meta(
        _c(Field.DATE, "2017-05-12", Origin.META), _c(Field.DATE_MODIFIED, "2017-05-01", Origin.META)
    )
    assert None is meta.date_modified


def test_noisy_author_column_cleaned() -> None:
    """An input column of authors is cleaned like any byline, and a better origin wins."""
    junk = _meta(_c(Field.AUTHORS, "View All Posts, Jane Doe, About The Author", Origin.INPUT_COLUMN))
    assert ("Jane Doe",) == junk.authors
    meta = _meta(
        _c(Field.AUTHORS, "Staff", Origin.JSONLD), _c(Field.AUTHORS, "By JOHN ROE", Origin.HTML_BYLINE)
    )
    assert (("John Roe",), "html-byline") == (meta.authors, dict(meta.provenance)["authors"])


def test_byline_organisation_becomes_source() -> None:
    """An agency in a page byline becomes the source; a noisy column's organisations do not."""
    assert "Reuters" == _meta(_c(Field.AUTHORS, "Jane Doe (Reuters)", Origin.HTML_BYLINE)).source
    assert None is _meta(_c(Field.AUTHORS, "Happy Studios", Origin.INPUT_COLUMN)).source


def test_url_domain_source() -> None:
    """URLs are canonicalised, the domain derived, the source falls back to the domain."""
    meta = _meta(_c(Field.URL, "HTTPS://WWW.Example-News.com/a?utm_source=x", Origin.INPUT_COLUMN))
    assert ("https://www.example-news.com/a", "example-news.com", "Example News") == (
        meta.url,
        meta.domain,
        meta.source,
    )
    assert ("domain", "input-column") == (dict(meta.provenance)["source"], dict(meta.provenance)["domain"])


def test_home_page_canonical_ignored() -> None:
    """A canonical link to the home page loses to a deeper URL of the page."""
    meta = _meta(
        _c(Field.URL, "https://example.com/", Origin.CANONICAL),
        _c(Field.URL, "https://example.com/story.html", Origin.WARC),
    )
    assert "https://example.com/story.html" == meta.url


def test_domain_column() -> None:
    """Without a URL the domain column is cleaned."""
    assert "example.com" == _meta(_c(Field.DOMAIN, "WWW.Example.com", Origin.INPUT_COLUMN)).domain


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("ISIS enters its final days | The Example", ["The Example"], "ISIS enters its final days"),
        ("Markets fall - Example Insider", [], "Markets fall"),
        ("Example Times: Markets fall", ["example.com"], "Example Times: Markets fall"),
        ("Title Of Story | tag | Some World News", [], "Title Of Story"),
        ("Trump - the man who would be king", [], "Trump - the man who would be king"),
        ("example.com - A story about dogs", [], "A story about dogs"),
    ],
)
def test_clean_title(title: str, sites: list[str], expected: str) -> None:
    """Site suffixes and prefixes are removed from titles; the title itself is kept."""
    assert expected == clean_title(title, site_names=sites)


def test_language_detected_and_provenance_sorted() -> None:
    """The language comes from the detector; provenance is sorted by field name."""
    meta = normalise([_c(Field.TITLE, "A title", Origin.HTML_TITLE)], text=BODY)
    assert ("en", (("language", "detector"), ("title", "html-title"))) == (meta.language, meta.provenance)


def test_language_falls_back_to_candidate() -> None:
    """Without detection, the page's declared language is used."""
    assert "de" == _meta(_c(Field.LANGUAGE, "de-AT", Origin.META)).language


def test_empty() -> None:
    """No candidates give an empty record."""
    assert Metadata() == _meta(text="")


SEEDS = [
    (
        [Removal(rule="header.dateline", category=Category.HEADER, text="July 29, 2016 | TEHRAN (FNA)-")],
        {"date": "2016-07-29", "authors": (), "source": "Fars News Agency"},
    ),
    (
        [
            Removal(rule="header.title", category=Category.HEADER, text="ISIS: The End is Nigh"),
            Removal(
                rule="header.byline",
                category=Category.HEADER,
                text="By: Anna Jaunger, Inside Syria Media Center |",
            ),
        ],
        {"date": None, "authors": ("Anna Jaunger",), "source": "Inside Syria Media Center"},
    ),
    (
        [
            Removal(
                rule="trailer.appeared-first-on",
                category=Category.TRAILER,
                text="The post ISIS enters its final days appeared first on The Duran.",
            )
        ],
        {"date": None, "authors": (), "source": "The Duran"},
    ),
    (
        [
            Removal(rule="header.date-line", category=Category.HEADER, text="- 22.11.2017"),
            Removal(rule="header.credit", category=Category.HEADER, text="Business Insider, 21 Nov 2017"),
        ],
        {"date": "2017-11-22", "authors": (), "source": "Business Insider"},
    ),
    (
        [
            Removal(
                rule="header.date-line", category=Category.HEADER, text="Publish date15 Aug 2017 - 13:25"
            ),
            Removal(rule="header.story-code", category=Category.HEADER, text="Story Code : 279580"),
            Removal(
                rule="trailer.url",
                category=Category.TRAILER,
                text="/SR\nhttps://taghribnews.com/vdcaaonuw49n0m1.tgk4.html",
            ),
        ],
        {"date": "2017-08-15T13:25:00", "authors": (), "source": "Taghribnews"},
    ),
]


@pytest.mark.parametrize(("removed", "expected"), SEEDS)
def test_seed_headers(removed: list[Removal], expected: dict[str, object]) -> None:
    """The seeds' header and trailer removals give the expected date, authors and source."""
    meta = _meta(*text_candidates(removed, BODY))
    assert expected == {"date": meta.date, "authors": meta.authors, "source": meta.source}


def test_seed_url_and_precision() -> None:
    """A URL line gives url and domain; a timed date line gives minute precision."""
    removed = [
        Removal(rule="header.date-line", category=Category.HEADER, text="Publish date15 Aug 2017 - 13:25"),
        Removal(
            rule="trailer.url",
            category=Category.TRAILER,
            text="https://taghribnews.com/vdcaaonuw49n0m1.tgk4.html",
        ),
    ]
    meta = _meta(*text_candidates(removed, BODY))
    assert ("minute", "https://taghribnews.com/vdcaaonuw49n0m1.tgk4.html", "taghribnews.com") == (
        meta.date_precision,
        meta.url,
        meta.domain,
    )
