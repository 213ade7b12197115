"""Boilerplate and markup rules: ad labels, breadcrumb trails, leftover script/style tags."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanarchive.records import Category
from cleanarchive.scrub import Rule, Scope, Span, View

__all__ = ["RULES"]

AD_LABELS = (
    "Advertisement",
    "Advertisements",
    "ADVERTISEMENT",
    "ADVERTISEMENTS",
    "Advertising",
    "Sponsored",
    "Sponsored Content",
    "Sponsored Links",
    "Promoted Content",
    "Ad",
    "AD",
    "Ads",
    "Ads by Google",
    "Scroll to continue with content",
    "Skip to content",
    "Skip to main content",
    "Continue Reading",
    "Continue reading",
    "Continue reading below",
    "Story continues below advertisement",
    "Article continues below advertisement",
)
_ADS = "|".join(re.escape(a) for a in sorted(AD_LABELS, key=len, reverse=True))


def _comments(view: View) -> Iterator[Span]:
    """Yield HTML comments left in the text."""
    text = view.text
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        start = text.find("<!--", end + 3)


RULES = (
    Rule(
        id="boilerplate.advertisement",
        category=Category.BOILERPLATE,
        description="A line that only labels an ad slot ('Advertisement', 'Sponsored Content').",
        pattern=re.compile(rf"(?:{_ADS})[ \t]{{0,3}}[:.…]?"),
    ),
    Rule(
        id="boilerplate.continue-reading",
        category=Category.BOILERPLATE,
        description="'Continue reading below the advertisement' glued into a paragraph.",
        pattern=re.compile(
            r"(?:Continue|Story continues|Article continues) (?:reading )?(?:below|after) "
            r"(?:the |this )?(?:advertisement|ad)\b[.:]?"
        ),
        scope=Scope.SPAN,
        guard=("advertisement",),
    ),
    Rule(
        id="boilerplate.post-nav",
        category=Category.BOILERPLATE,
        description="Links to the neighbouring posts ('Previous Post', '« Older Entries', 'Next article: T').",
        pattern=re.compile(
            r"(?:[«‹<][ \t]{0,3})?(?:Previous|Prev|Next|Older|Newer)[ \t]{1,3}"
            r"(?:Post|Posts|Article|Articles|Story|Entry|Entries|Page)"
            r"(?:[ \t]{0,3}[»›>])?(?:[ \t]{0,3}:[ \t]{0,3}[^\n.!?]{1,150})?",
            re.IGNORECASE,
        ),
    ),
    Rule(
        id="boilerplate.block-ads",
        category=Category.BOILERPLATE,
        description="The ad-blocker plea feed republishers append ('Let's block ads! (Why?)').",
        pattern=re.compile(r"Let[’']s block ads![ \t]{0,3}\(Why\?\)"),
        scope=Scope.SPAN,
        guard=("block ads!",),
    ),
    Rule(
        id="boilerplate.breadcrumb",
        category=Category.BOILERPLATE,
        description="A breadcrumb trail line starting at 'Home' ('Home » News » World').",
        pattern=re.compile(
            r"(?:Home|HOME)(?:[ \t]{0,3}[»›>/|][ \t]{0,3}[^\s»›>/|][^\n»›>/|]{0,80}){1,8}[ \t]{0,3}[»›>/|]?"
        ),
    ),
    Rule(
        id="markup.script-element",
        category=Category.MARKUP,
        description="Leftover <script>, <style> and <noscript> elements in text.",
        pattern=re.compile(
            r"<(script|style|noscript)\b[^<>]{0,1000}>[^<]{0,200000}</\1[ \t]{0,3}>",
            re.IGNORECASE,
        ),
        scope=Scope.SPAN,
        guard=("<",),
    ),
    Rule(
        id="markup.comment",
        category=Category.MARKUP,
        description="HTML comments left in text ('<!-- ad slot -->').",
        find=_comments,
        guard=("<!--",),
    ),
)
