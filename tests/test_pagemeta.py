"""Tests for cleanarchive.pagemeta: metadata candidates read from a parsed page."""

from __future__ import annotations

import json

from cleanarchive.authors import parse_byline
from cleanarchive.html import _extractor_candidates, parse_html
from cleanarchive.pagemeta import drop_site_authors, page_candidates
from cleanarchive.records import Candidate, Field, Origin


def _authors(head: str, body: str = "<p>Some text of the article.</p>") -> list[tuple[str, str]]:
    root = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return [(c.origin.value, c.value) for c in page_candidates(root) if c.field is Field.AUTHORS]


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_jsonld_author_reference_resolved() -> None:
    """An author given as {"@id": ...} takes the name of the node with that id, in the graph or another block."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": "Tides", "author": {"@id": "https://tide.example/#/person/7"}},
            {"@type": "Person", "@id": "https://tide.example/#/person/7", "name": "Mara Holm"},
        ],
    }
    other = _ld({"@type": "Person", "@id": "https://tide.example/#/person/8", "name": ["Karl Moos"]})
    article = _ld({"@type": "BlogPosting", "author": ["https://tide.example/#/person/8"]})
    assert [("jsonld", "Mara Holm")] == _authors(_ld(graph))
    assert [("jsonld", "Karl Moos")] == _authors(other + article)


def test_jsonld_unresolved_reference_is_no_author() -> None:
    """A reference to no node, or a profile URL, gives no author candidate."""
    data = {"@type": "Article", "author": [{"@id": "https://tide.example/#/person/9"}, "https://tide.example/u/jr"]}
    assert [] == _authors(_ld(data))


def _cand(field: Field, value: str, origin: Origin) -> Candidate:
    return Candidate(field=field, value=value, origin=origin)


SITE = _cand(Field.SOURCE, "Harbour Ledger", Origin.OPENGRAPH)


def test_author_spelling_the_domain_dropped() -> None:
    """An author that is the page's domain ("ledger.example", "Ledger Example") is never a person."""
    found = (
        _cand(Field.AUTHORS, "ledger.example", Origin.META),
        _cand(Field.AUTHORS, "Ledger Example", Origin.EXTRACTOR),
        _cand(Field.AUTHORS, "Mara Holm", Origin.HTML_BYLINE),
    )
    kept = drop_site_authors(found, url="https://www.ledger.example/2021/tides")
    assert [found[2]] == [c for c in kept if c.field is Field.AUTHORS]


def test_site_name_author_dropped_when_someone_else_is_named() -> None:
    """JSON-LD naming the publication as author gives way to a person named elsewhere on the page."""
    found = (
        SITE,
        _cand(Field.AUTHORS, "HARBOUR LEDGER", Origin.JSONLD),
        _cand(Field.AUTHORS, "By Mara Holm", Origin.HTML_BYLINE),
    )
    assert [SITE, found[2]] == list(drop_site_authors(found, url="https://ledger.example/a"))
    # "Die Harbour Ledger" holds the site's name; a long byline merely mentioning it does not.
    near = _cand(Field.AUTHORS, "Die Harbour Ledger", Origin.META)
    long = _cand(Field.AUTHORS, "Mara Holm, Senior Editor at The Harbour Ledger and Tide Weekly", Origin.META)
    assert [long] == [c for c in drop_site_authors((SITE, near, long)) if c.field is Field.AUTHORS]


def test_site_name_author_kept_alone() -> None:
    """A personal site named after its author keeps the author when no one else is named."""
    blog = (_cand(Field.SOURCE, "Mara Holm", Origin.OPENGRAPH), _cand(Field.AUTHORS, "Mara Holm", Origin.JSONLD))
    assert blog == drop_site_authors(blog, url="https://maraholm.example/post")
    # A lone first name or a comment author's login elsewhere does not displace it.
    weak = (
        *blog,
        _cand(Field.AUTHORS, "tidewatcher", Origin.HTML_BYLINE),
        _cand(Field.AUTHORS, "Kai", Origin.EXTRACTOR),
    )
    assert weak == drop_site_authors(weak, url="https://maraholm.example/post")


def _extractor_authors(author: str) -> list[str]:
    text = "<p>" + "The tide came in over the harbour wall at dawn. " * 10 + "</p>"
    root = parse_html(
        f'<html><head><meta name="author" content="{author}"><title>T</title></head><body>{text}</body></html>'
    )
    return [c.value for c in _extractor_candidates(root, None) if c.field is Field.AUTHORS]


def test_extractor_author_list_of_tags_dropped() -> None:
    """trafilatura's authors are one candidate each, but three or more lone words are a list of tags."""
    assert ["Mara Holm", "Kai Roe"] == _extractor_authors("Mara Holm; Kai Roe")
    assert [] == _extractor_authors("Politics; Climate; Energy; Travel")


def test_extractor_author_split_inside_an_entity_dropped() -> None:
    """An author trafilatura cut at an escaped entity's ";" ("Redacci", "oacute", "n ...") is dropped."""
    assert [] == _extractor_authors("Redacci&amp;oacute;n Eco Sur")


def test_extractor_author_address_dropped() -> None:
    """A city and country where trafilatura found an author is an address, not a person."""
    assert [] == _extractor_authors("Bonn; Germany")


def _bylines(body: str) -> list[str]:
    return [value for origin, value in _authors("", body) if origin == "html-byline"]


def test_byline_children_joined_with_spaces() -> None:
    """A byline's name and date in separate elements do not run together ("Mara HolmMay 3")."""
    body = '<p class="byline"><a>Mara Holm</a><time>May 3, 2024</time></p>'
    assert ["Mara Holm May 3, 2024"] == _bylines(body)
    assert ("Mara Holm",) == parse_byline(_bylines(body)[0]).authors


def test_theme_byline_classes_read() -> None:
    """Themes' byline classes ("post-author", "article__author-name", "c-byline") are bylines."""
    body = (
        '<span class="post-author">Mara Holm</span><div class="article__author-name">Kai Roe</div>'
        '<p class="c-byline">By Ines Roth</p><div class="author-bio">Mara writes about tides.</div>'
        '<span class="comment-author">tidefan</span>'
    )
    assert ["Mara Holm", "Kai Roe", "By Ines Roth"] == _bylines(body)


def test_theme_byline_in_teaser_or_quote_skipped() -> None:
    """A theme byline class in a teaser, a slider or a quote names another article's or a quote's author."""
    body = (
        '<div class="related-posts"><span class="post-author">Kai Roe</span></div>'
        '<blockquote><span class="quote-author">Thomas Quill</span></blockquote>'
        '<aside><span class="entry-author">Ines Roth</span></aside>'
        '<article><span class="entry-author">Mara Holm</span></article>'
    )
    assert ["Mara Holm"] == _bylines(body)


def test_bylines_naming_someone_come_first() -> None:
    """The first page byline is the one read: a byline giving only a label or a date goes after one naming a person."""
    body = '<div class="byline">Posted on May 3, 2024</div><div class="byline">By Mara Holm</div>'
    assert ["By Mara Holm", "Posted on May 3, 2024"] == _bylines(body)


def test_jsonld_main_entity_read() -> None:
    """A forum post or question inside a page's "mainEntity" gives its author and date."""
    post = {"@type": "DiscussionForumPosting", "author": {"@type": "Person", "name": "tidewatcher"}}
    page = _ld({"@type": "WebPage", "mainEntity": {**post, "datePublished": "2024-05-03T10:00:00Z"}})
    question = _ld({"@type": "QAPage", "mainEntity": {"@type": "Question", "author": {"name": "Kai Roe"}}})
    root = parse_html(f"<html><head>{page}</head><body><p>x</p></body></html>")
    assert ("2024-05-03T10:00:00Z", "tidewatcher") == (
        next(c.value for c in page_candidates(root) if c.field is Field.DATE),
        next(c.value for c in page_candidates(root) if c.field is Field.AUTHORS),
    )
    assert [("jsonld", "Kai Roe")] == _authors(question)


def test_faq_page_questions_are_not_the_page_title() -> None:
    """An FAQPage's list of questions is no main entity: its first question is not the title."""
    faq = _ld(
        {
            "@type": "FAQPage",
            "mainEntity": [
                {"@type": "Question", "name": "How is the interest set?"},
                {"@type": "Question", "name": "Can I repay early?"},
            ],
        }
    )
    root = parse_html(f"<html><head><title>Personal loans</title>{faq}</head><body><p>x</p></body></html>")
    assert [] == [c.value for c in page_candidates(root) if c.field is Field.TITLE and "?" in c.value]


def test_jsonld_with_raw_control_characters_read() -> None:
    """A JSON-LD block with a raw tab or newline inside a string is still read."""
    data = '{"@type": "Article", "author": {"name": "Mara\tHolm"}, "headline": "A\nB"}'
    block = f'<script type="application/ld+json">{data}</script>'
    assert [("jsonld", "Mara Holm")] == _authors(block)


def test_card_label_written_by_gives_author() -> None:
    """Twitter/Slack card pairs ("twitter:label1" Written by, "twitter:data1" the name) give an author."""
    head = (
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Mara Holm">'
        '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">'
    )
    assert [("meta", "Mara Holm")] == _authors(head)


def test_unmarked_text_byline_read() -> None:
    """Without byline markup, a short element starting with "By"/"Von"/"Written by" and a full name is one."""
    assert ["By Mara Holm"] == _bylines("<article><h1>Tides</h1><p>By Mara Holm</p><p>Text.</p></article>")
    assert ["Von Kai Roe | 3. Mai 2024"] == _bylines("<div><span>Von Kai Roe | 3. Mai 2024</span></div>")
    assert ["Written by Ines Roth"] == _bylines("<div><p>Written by <b>Ines Roth</b></p></div>")


def test_unmarked_text_byline_junk_skipped() -> None:
    """Sentences, menus' facets, headings, ranges, lone words and forms are no bylines."""
    body = (
        "<p>By batching requests, we save Money</p>"
        "<div><div>By Role</div><div>By Industry</div><div>By Use Case</div></div>"
        "<h2>Von Mob und Macht</h2><p>Von Aachen bis Zwickau</p><p>By Invitation</p>"
        "<form><p>By Signing Up you agree</p></form><nav><span>By Topic Area</span></nav>"
    )
    assert [] == _bylines(body)


def test_marked_byline_naming_someone_skips_text_bylines() -> None:
    """When a marked byline names someone, text lines are not searched."""
    body = '<span class="byline">Mara Holm</span><p>By Kai Roe</p>'
    assert ["Mara Holm"] == _bylines(body)


def test_library_author_last_first_is_one_person() -> None:
    """A citation_author/dc.creator "Last, First" is one person, written "First Last"."""
    head = (
        '<meta name="citation_author" content="Holm, Mara J."><meta name="citation_author" content="van der Roe, Kai">'
        '<meta name="DC.creator" content="Ines Roth, Kai Moos"><meta name="author" content="Holm, Mara">'
    )
    found = [value for _, value in _authors(head)]
    assert ["Mara J. Holm", "Kai van der Roe", "Ines Roth, Kai Moos", "Holm, Mara"] == found
