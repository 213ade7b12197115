"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

from hypothesis import strategies as st

# Invented residue in the shapes scraped dumps carry, plus prose that must survive.
RESIDUE_LINES = (
    "@media(max-width: 480px) {.promo_box_12ab {display:none !important;}}",
    "(adsbygoogle = window.adsbygoogle || []).push({});",
    '(function(a,b){a.q=a.q||[];a.q.push({id:"x-1"});})(window,document);',
    "var slotConfig = {size: [300, 250]};",
    '[newsletter_signup list="7"]',
    "[/gallery]",
    "Share this:",
    "Facebook Twitter Email Print",
    "2.4K SHARES",
    "Your Name",
    "Your Email Address",
    "Security Code",
    "The post Bread Rises Again appeared first on The Daily Loaf.",
    "Source: http://example.org/a/b",
    "Related posts",
    "About The Author",
    "/KB",
    "https://example.net/story/123.html",
    "Posted on March 3, 2019",
    "Article ID : 88123",
    "Home",
    "About Us",
    "Privacy Policy",
    "Contact",
    "|",
    "document.addEventListener('click', function () {",
    "var el = document.querySelector('.promo');",
    "});",
    ".a .b{color:red;margin:0}.c:hover{display:none}/*!sc*/",
    "© 2024 Example Media. All rights reserved.",
    "Featured image via Reuters",
    "\xa0",
    "\xa0 \xa0",
    "&nbsp;",
    "Read more &raquo;",
    "",
)
PROSE_LINES = (
    "The council met on Tuesday and agreed to widen the bridge over the river.",
    "Residents said the plan, which costs {roughly} two million, was overdue.",
    "She posted the photos on Facebook before the press conference began.",
    "Source: the UN said the figures were preliminary and would be revised.",
    "Paris attacks",
    "A short heading",
    "Tom &amp; Jerry&#8217;s show is back &amp;amp; the network said so &#x2014; on Monday.",
    "Use a set such as {a, b} to hold the values.",
)
_NASTY = st.sampled_from(
    ["{", "}", "[", "]", "<", ">", "(", ")", ";", "|", "@", "/", "\xa0", "\r", "\u200b", " ", "&", "&amp;", "&#10;",
     "#"]
)


def residue_lines() -> st.SearchStrategy[str]:
    """Return lines of invented residue, prose, random text or runs of bracket characters."""
    return st.one_of(
        st.sampled_from(RESIDUE_LINES),
        st.sampled_from(PROSE_LINES),
        st.text(max_size=60),
        st.lists(_NASTY, max_size=30).map("".join),
    )


def dumps() -> st.SearchStrategy[str]:
    """Return text dumps mixing residue and prose, joined by assorted line breaks."""
    separators = st.sampled_from(["\n", "\n\n", "\r\n", " ", "\u2028"])
    return st.lists(st.tuples(residue_lines(), separators), max_size=14).map(
        lambda parts: "".join(line + sep for line, sep in parts)
    )
