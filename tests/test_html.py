"""Tests of cleanarchive.html: parsing once, pruning with a record, metadata candidates, limits."""

from __future__ import annotations

import pathlib
import time

import pytest

from cleanarchive.errors import DecodeError, DocumentError, DocumentTooLarge
from cleanarchive.html import PageExtraction, extract_page, parse_html
from cleanarchive.options import CleanOptions, Focus
from cleanarchive.prune import prune_tree, selector_xpath
from cleanarchive.records import Candidate, Category, Field, Origin, RejectReason

DATA = pathlib.Path(__file__).parent / "data" / "html"
OPTIONS = CleanOptions()


def _page(name: str, options: CleanOptions = OPTIONS) -> PageExtraction:
    return extract_page((DATA / name).read_bytes(), options=options)


@pytest.fixture(scope="module")
def article() -> PageExtraction:
    """Extract the hand-written article page once."""
    return _page("article.html")


def test_article_body_kept(article: PageExtraction) -> None:
    """Every body paragraph survives, one per line, after the title."""
    lines = article.text.split("\n")
    assert (5, "Harbour Lights Return to Eastmouth") == (len(lines), lines[0])
    assert lines[-1].startswith("The lamps now run on low-energy bulbs")


@pytest.mark.parametrize(
    "junk",
    ["cookies", "196 SHARES", "Advertisement", "adsbygoogle", "Hidden tracking", "newsletter",
     "covers the coast", "Related posts", "lovely sight", "Copyright", "display:flex"],
)
def test_article_junk_removed(article: PageExtraction, junk: str) -> None:
    """Share bars, ads, hidden text, newsletter and author boxes, related posts and comments are gone."""
    assert False is (junk in article.text)


def test_removals_recorded(article: PageExtraction) -> None:
    """Each pruned element is recorded with its rule id and category, without offsets."""
    rules = {(r.rule, r.category) for r in article.removed}
    expected = {
        ("prune.script", Category.SCRIPT), ("prune.cookie", Category.BOILERPLATE),
        ("prune.share", Category.SHARE), ("prune.ad", Category.BOILERPLATE),
        ("prune.hidden", Category.BOILERPLATE), ("prune.newsletter", Category.FORM),
        ("prune.author-box", Category.BOILERPLATE), ("prune.related", Category.BOILERPLATE),
        ("prune.comments", Category.BOILERPLATE),
    }
    assert expected == rules
    assert {None} == {r.start for r in article.removed} | {r.end for r in article.removed}


def test_encoding_recorded(article: PageExtraction) -> None:
    """The page's meta charset is reported as the encoding source."""
    assert ("utf-8", "meta") == (article.encoding, article.encoding_source)


def test_metadata_candidates(article: PageExtraction) -> None:
    """Title, authors, dates, source and url are read from JSON-LD, OpenGraph, meta, links and bylines."""
    expected = [
        Candidate(field=Field.TITLE, value="Harbour Lights Return to Eastmouth", origin=Origin.JSONLD),
        Candidate(field=Field.AUTHORS, value="Mira Holt", origin=Origin.JSONLD),
        Candidate(field=Field.AUTHORS, value="Tomas Reyes", origin=Origin.JSONLD),
        Candidate(field=Field.DATE, value="2021-03-14T09:30:00+00:00", origin=Origin.JSONLD),
        Candidate(field=Field.DATE_MODIFIED, value="2021-03-15T11:00:00+00:00", origin=Origin.JSONLD),
        Candidate(field=Field.SOURCE, value="The Coastal Ledger", origin=Origin.JSONLD),
        Candidate(field=Field.SOURCE, value="The Coastal Ledger", origin=Origin.OPENGRAPH),
        Candidate(field=Field.URL, value="https://ledger.example.org/2021/03/harbour-lights",
                  origin=Origin.CANONICAL),
        Candidate(field=Field.TITLE, value="Harbour Lights Return to Eastmouth | The Coastal Ledger",
                  origin=Origin.HTML_TITLE),
        Candidate(field=Field.LANGUAGE, value="en-GB", origin=Origin.META),
        Candidate(field=Field.DATE, value="2021-03-14T09:30:00+00:00", origin=Origin.TIME_ELEMENT),
        Candidate(field=Field.AUTHORS, value="Mira Holt", origin=Origin.HTML_BYLINE),
        Candidate(field=Field.DATE, value="2021-03-14", origin=Origin.EXTRACTOR),
    ]
    assert [True] * len(expected) == [c in article.candidates for c in expected]


def test_profile_link_not_an_author(article: PageExtraction) -> None:
    """A URL in article:author is a profile link, not an author candidate."""
    assert [] == [c for c in article.candidates if c.field is Field.AUTHORS and "://" in c.value]


def test_comments_kept_on_request() -> None:
    """With include_comments the comment section is not pruned."""
    page = _page("article.html", OPTIONS.evolve(include_comments=True))
    assert ([], True) == (
        [r for r in page.removed if r.rule == "prune.comments"], "lovely sight" in page.text
    )


def test_user_selector_prunes() -> None:
    """A user CSS selector removes matching elements and records them as prune.user."""
    page = _page("article.html", OPTIONS.evolve(prune_selectors=["article p:nth-of-type(3)"]))
    assert (False, ["prune.user"]) == (
        "Restoring the lamps" in page.text, [r.rule for r in page.removed if r.rule == "prune.user"]
    )


def test_invalid_selector_fails_loudly() -> None:
    """A misspelt CSS selector is a ValueError naming it."""
    with pytest.raises(ValueError, match="div::"):
        selector_xpath("div::")


def test_focus_options_run() -> None:
    """Every focus gives the article's first paragraph."""
    texts = [_page("article.html", OPTIONS.evolve(focus=f)).text for f in Focus]
    assert [True] * len(texts) == ["forty years after the last keeper" in t for t in texts]


def test_cp1252_meta_page() -> None:
    """A windows-1252 page declared by http-equiv decodes correctly."""
    page = _page("cp1252.html")
    assert (True, "windows-1252", "meta") == (
        "Le café de la place" in page.text, page.encoding, page.encoding_source
    )


def test_header_charset_used() -> None:
    """The Content-Type header charset wins and is recorded."""
    html = "<html><body><p>" + "Grüße aus Köln. " * 30 + "</p></body></html>"
    page = extract_page(html.encode("cp1252"), headers=[("Content-Type", "text/html; charset=windows-1252")],
                        options=OPTIONS)
    assert (True, "http-header") == ("Grüße aus Köln." in page.text, page.encoding_source)


def test_page_wrapped_in_form_kept() -> None:
    """A page wrapped in one big form (ASP.NET) keeps its text: the body guard spares the form."""
    page = _page("form_wrapped.html")
    assert (True, True) == ("Road closure on Mill Lane" in page.text, "Bus route 14" in page.text)


def test_taxonomy_classes_do_not_prune_article() -> None:
    """WordPress classes like category-social on a div holding the article do not prune it."""
    body = "".join(f"<p>Paragraph {i} of the story about the new bridge.</p>" for i in range(12))
    html = (f'<html><body><div class="post category-social tag-share">{body}</div>'
            '<div class="sidebar"><p>Other things and other text here to read.</p></div></body></html>')
    page = extract_page(html, options=OPTIONS)
    assert (True, []) == ("Paragraph 11 of the story" in page.text, [r.rule for r in page.removed])


def test_hidden_accordion_with_paragraphs_kept() -> None:
    """A hidden section holding real paragraphs (an FAQ answer) is not pruned."""
    answer = "You can return the item within thirty days, with the receipt, at any of our shops in town."
    body = "".join(f"<p>Question {i} is answered in detail below for every customer who asks.</p>"
                   for i in range(6))
    html = f'<html><body><article>{body}<div hidden><p>{answer} {answer}</p></div></article></body></html>'
    assert () == prune_tree(parse_html(html))


def test_hidden_answer_without_paragraph_tags_kept_and_hidden_menu_pruned() -> None:
    """A collapsed answer in a bare div stays; a hidden menu of links and a hidden cookie box go."""
    answer = "You can return the item within thirty days, with the receipt, at any of our shops in town."
    menu = "".join(f'<a href="/section/{i}">Section number {i} of the site</a>' for i in range(8))
    html = (
        f'<html><body><article><p>{answer}</p><div style="display:none">{answer} {answer}</div>'
        f'<nav hidden>{menu}</nav><div class="cookie-banner" hidden>{answer} {answer}</div>'
        "</article></body></html>"
    )
    assert ["prune.hidden", "prune.cookie"] == [r.rule for r in prune_tree(parse_html(html))]


def test_too_large_rejected() -> None:
    """A page above max_document_bytes is rejected before parsing."""
    with pytest.raises(DocumentTooLarge) as info:
        extract_page("<p>" + "x" * 2000 + "</p>", options=OPTIONS.evolve(max_document_bytes=1000))
    assert RejectReason.TOO_LARGE == info.value.reason


def test_binary_page_rejected() -> None:
    """PNG bytes given as a page are a DecodeError with reason BINARY."""
    with pytest.raises(DecodeError) as info:
        extract_page(b"\x89PNG\r\n\x1a\n" + bytes(200), options=OPTIONS)
    assert RejectReason.BINARY == info.value.reason


def test_empty_page_rejected() -> None:
    """A page of whitespace is a DocumentError, not a crash."""
    with pytest.raises(DocumentError) as info:
        extract_page("   \n ", options=OPTIONS)
    assert RejectReason.EMPTY == info.value.reason


@pytest.mark.parametrize(("opening", "closing"), [("<div>", "</div>"), ("<table><tr><td>", "</td></tr></table>")])
def test_deep_nesting_is_fast_and_loses_no_text(opening: str, closing: str) -> None:
    """A page nested past libxml2's 2,048 levels keeps the text inside and after the nesting, fast."""
    intro = "<p>" + "An opening paragraph that sits before the deep nesting starts. " * 6 + "</p>"
    deep = "<p>" + "The paragraph deep inside the nesting is part of the story too. " * 3 + "</p>"
    after = "<p>" + "A closing paragraph follows the nesting and ends the story here. " * 3 + "</p>"
    html = "<html><body>" + intro + opening * 20_000 + deep + closing * 20_000 + after + "</body></html>"
    start = time.perf_counter()
    page = extract_page(html, options=OPTIONS)
    elapsed = time.perf_counter() - start
    assert [True, True, True] == [s in page.text for s in ("An opening", "The paragraph deep", "A closing")]
    assert elapsed < 5


@pytest.mark.parametrize(
    "html",
    ["{" * 1_000_000, "<" * 300_000, "[" * 100_000 + " " * 100_000,
     "<html><body><p>unclosed <b><i><table><tr>",
     "<!DOCTYPE html/><html/><p>x</p>", "\x00\x01<p>nul</p>", "<script>" + "a" * 10000,
     '<script type="application/ld+json">' + "[" * 100_000 + "</script><p>text</p>"],
)
def test_broken_markup_never_crashes(html: str) -> None:
    """Broken or hostile markup gives a PageExtraction or a DocumentError, never another exception."""
    try:
        page = extract_page(html, options=OPTIONS)
    except DocumentError:
        return
    assert True is isinstance(page.text, str)


def test_json_ld_body_survives_pruning() -> None:
    """A thin page whose text sits in JSON-LD gives that text: pruning leaves JSON-LD to the extractor."""
    body = " ".join(["The volunteers kept the old forum alive for years after the studio closed."] * 8)
    html = (
        '<html><head><title>Thread</title></head><body><div id="app">Loading</div>'
        '<script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Thread",'
        f' "articleBody": "{body}"}}</script></body></html>'
    )
    page = extract_page(html, options=CleanOptions())
    assert "kept the old forum alive" in page.text
    assert "prune.script" not in {r.rule for r in page.removed}


def _pruned(html: str) -> list[str]:
    """Return the rule ids and classes of what prune_tree drops from ``html``."""
    return [r.rule for r in prune_tree(parse_html(html))]


STORY = "".join(f"<p>Paragraph {i} of the report on the harbour works and what they cost the town.</p>"
                for i in range(10))


def test_noscript_holding_the_page_text_kept() -> None:
    """A script-made page whose only text is its noscript fallback keeps it; other noscripts go."""
    page = extract_page(f"<html><body><noscript>{STORY}</noscript></body></html>", options=OPTIONS)
    assert "Paragraph 9 of the report" in page.text
    pixel = '<noscript><img src="https://t.example/p.gif"> Please enable JavaScript.</noscript>'
    assert ["prune.script"] == _pruned(f"<html><body><article>{STORY}</article>{pixel}</body></html>")
    # A crawler's copy beside a page that has its own text is not the page's text.
    crawler = f"<noscript><div>{STORY}{STORY}</div></noscript>"
    assert ["prune.script"] == _pruned(f"<html><body><article>{STORY * 2}</article>{crawler}</body></html>")


@pytest.mark.parametrize(
    ("names", "pruned"),
    [
        ("entry__content paywall-container", []),  # the paid part of the article
        ("row non-paywall", []),
        ("head__wrapper", []),  # "adwrapper" inside "headwrapper"
        ("headblock", []),
        ("label label--sponsored", ["prune.ad"]),  # a BEM modifier names a small element
        ("BlogAuthorProfile_profile__R9hVZ", ["prune.author-box"]),  # camelCase humps are parts
        ("Lead_container__m3L5f", []),  # not "adcontainer"
        ("mdx-table_root__adKqa", []),  # a CSS-modules hash is no word
        ("line record-id-PFk9dDFpTo0qJgx9", []),  # nor a random id ("dfp")
        ("Promo-module__sponsored___2ZdTh", ["prune.ad"]),
        ("paywall-prompt", ["prune.newsletter"]),
        ("ad-wrapper", ["prune.ad"]),
        ("adwrapper", ["prune.ad"]),
        ("ad--sidebar", ["prune.ad"]),
        ("google-ad-slot", ["prune.ad"]),
    ],
)
def test_class_words_read_at_part_boundaries(names: str, pruned: list[str]) -> None:
    """Class words and compounds name what an element is: whole parts, not letters inside a part."""
    box = f'<div class="{names}"><p>A short box of text that sits beside the story.</p></div>'
    assert pruned == _pruned(f"<html><body><article>{STORY}</article>{box}</body></html>")


def test_modifier_names_only_small_elements() -> None:
    """A BEM modifier alone does not prune a section with real text ("section--ads" holding the review)."""
    section = f'<section class="review__section review__section--ads">{STORY}</section>'
    assert [] == _pruned(f"<html><body><article>{STORY}{STORY}</article>{section}</body></html>")


_REPLIES = [
    "I tried the new allocator on our build farm and the link step got noticeably faster overall.",
    "Same here, although the memory use went up a little on the largest of our nightly targets.",
    "Did anyone measure it on ARM machines? Our runners are mostly small boards in a rack.",
    "We run it on a dozen boards and saw the same gain, about a fifth of the wall time saved.",
    "The release notes say the old code path stays available behind a flag for one more year.",
    "That flag saved us when a vendor toolchain refused to build with the new default settings.",
]


def _thread_page() -> str:
    """A link-aggregator thread: a one-line story, its discussion in a "comments" section."""
    replies = "".join(
        f'<li class="comment" id="c{i}"><div class="byline"><a href="/u/user{i}">user{i}</a> '
        f'{i + 2} hours ago</div><div class="comment_text"><p>{text} {text}</p></div></li>'
        for i, text in enumerate(_REPLIES)
    )
    return (
        "<html><head><title>Faster linking with the new allocator | Example News</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/recent">Recent</a> <a href="/login">Login</a></nav>'
        '<div class="story"><h1><a href="https://example.org/post">Faster linking with the new'
        " allocator</a></h1><p>via example.org, 14 points</p></div>"
        f'<ol class="comments">{replies}</ol><footer><a href="/about">About</a></footer></body></html>'
    )


def test_thin_thread_page_keeps_its_posts() -> None:
    """A page whose text is its comment section (a thread) gives the posts, not a bare title."""
    page = extract_page(_thread_page(), options=OPTIONS)
    assert [True] * len(_REPLIES) == [text in page.text for text in _REPLIES]


def test_article_comments_stay_out_after_thread_retry(article: PageExtraction) -> None:
    """An article long enough not to be retried keeps its comment section out."""
    assert (False, True) == (
        "lovely sight" in article.text, any(r.rule == "prune.comments" for r in article.removed)
    )
