"""Prune what is never article text from a parsed page, recording every removal.

Rules are data: a rule id, a category, the tags it drops or the class/id words it matches.
Elements are lxml elements (parsed in :mod:`cleanarchive.html`); this module only calls their
methods, so lxml stays imported in one place.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import cssselect

from cleanarchive.records import Category, Removal

__all__ = ["PruneRule", "prune_tree", "selector_xpath"]

logger = logging.getLogger(__name__)

Element = Any  # an lxml.html.HtmlElement


@attrs.frozen(kw_only=True)
class PruneRule:
    """Elements to drop: by tag, by a class/id word, or by a substring of a joined class name."""

    id: str
    category: Category
    tags: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    compounds: tuple[str, ...] = ()
    # Tag rules drop unconditionally; the others spare an element holding much of the body text.
    guarded: bool = True


_TAG_RULES: tuple[PruneRule, ...] = (
    PruneRule(id="prune.script", category=Category.SCRIPT, tags=frozenset({"script", "noscript", "template"}),
              guarded=False),
    PruneRule(id="prune.style", category=Category.CSS, tags=frozenset({"style", "link"}), guarded=False),
    PruneRule(id="prune.embed", category=Category.BOILERPLATE,
              tags=frozenset({"iframe", "frame", "frameset", "embed", "object", "applet"}), guarded=False),
    PruneRule(id="prune.form", category=Category.FORM,
              tags=frozenset({"form", "button", "input", "select", "textarea", "dialog"})),
)

_CLASS_RULES: tuple[PruneRule, ...] = (
    PruneRule(id="prune.share", category=Category.SHARE,
              words=frozenset({"share", "shares", "sharing", "sharebar", "sharedaddy", "social", "socials",
                               "addthis", "addtoany", "a2a", "sharethis", "shareaholic", "socialshare",
                               "sociallinks", "shariff"}),
              compounds=("sharebutton", "socialbutton", "socialicons", "socialmedia", "sharetools")),
    PruneRule(id="prune.ad", category=Category.BOILERPLATE,
              words=frozenset({"ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle",
                               "adslot", "adunit", "adsense", "dfp", "taboola", "outbrain", "sponsored",
                               "sponsor", "sponsors", "promoted"}),
              compounds=("adcontainer", "adwrapper", "adblock", "adplaceholder", "googlead", "adzone")),
    PruneRule(id="prune.newsletter", category=Category.FORM,
              words=frozenset({"newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
                               "mailchimp", "mc4wp", "mailpoet", "paywall", "regwall"}),
              compounds=("emailsignup", "subscribebox", "subscribeform")),
    PruneRule(id="prune.related", category=Category.BOILERPLATE,
              words=frozenset({"related", "relatedposts", "yarpp", "recommended", "recommendations",
                               "readnext", "morestories", "trending", "popular"}),
              compounds=("relatedarticles", "relatedstories", "readnext", "morestories", "youmaylike",
                         "alsoread", "mostpopular", "mostread")),
    PruneRule(id="prune.author-box", category=Category.BOILERPLATE,
              compounds=("authorbox", "authorbio", "aboutauthor", "abouttheauthor", "authorinfo",
                         "authorcard", "authorprofile", "authordescription", "saboxplugin")),
    PruneRule(id="prune.cookie", category=Category.BOILERPLATE,
              words=frozenset({"cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebanner"}),
              compounds=("cookienotice", "cookiebar", "cookieconsent", "cookielaw")),
    PruneRule(id="prune.breadcrumb", category=Category.BOILERPLATE,
              words=frozenset({"breadcrumb", "breadcrumbs", "pagination", "pager"})),
)

COMMENTS_RULE = PruneRule(
    id="prune.comments", category=Category.BOILERPLATE,
    words=frozenset({"comments", "comment", "disqus", "respond", "commentlist", "discussion"}),
    compounds=("commentrespond", "commentform", "commentsarea"),
)
HIDDEN_RULE = PruneRule(id="prune.hidden", category=Category.BOILERPLATE)
USER_RULE = PruneRule(id="prune.user", category=Category.BOILERPLATE)

_TAG_RULE = {tag: rule for rule in _TAG_RULES for tag in rule.tags}
# Elements that are the page or the article itself: never pruned by class words.
_PROTECTED = frozenset({"html", "body", "main", "article", "head", "title", "meta"})
# WordPress and friends put taxonomy classes ("category-social", "tag-sharing") on the article itself.
_TAXONOMY = frozenset({"category", "tag", "tags", "post", "type", "format", "status", "cat", "topic",
                       "term", "has", "is", "single", "postid", "page", "section", "hentry", "no"})
_SPLIT = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_MAX_SHARE = 0.35
_TEXT_LIMIT = 200


def prune_tree(
    root: Element,
    *,
    include_comments: bool = False,
    selectors: Sequence[str] = (),
) -> tuple[Removal, ...]:
    """Drop never-article elements from ``root`` in place; return what was dropped, in page order."""
    class_rules = _CLASS_RULES if include_comments else (*_CLASS_RULES, COMMENTS_RULE)
    forced: list[tuple[Element, PruneRule]] = []
    guarded: list[tuple[Element, PruneRule]] = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        rule = _TAG_RULE.get(tag) or _attribute_rule(element, tag, class_rules)
        if rule is not None:
            (guarded if rule.guarded else forced).append((element, rule))
    for selector in selectors:
        guarded.extend((element, USER_RULE) for element in root.xpath(selector_xpath(selector)))
    removed = [_drop(element, rule) for element, rule in forced if _attached(element, root)]
    body_length = max(len(_text(root)), 1)
    for element, rule in guarded:
        if not _attached(element, root):
            continue
        if len(_text(element)) > _MAX_SHARE * body_length:
            logger.debug("kept %s element matching %s: it holds much of the page text", element.tag, rule.id)
            continue
        removed.append(_drop(element, rule))
    return tuple(r for r in removed if r is not None)


@functools.lru_cache(maxsize=256)
def selector_xpath(selector: str) -> str:
    """Return the XPath of a CSS selector; raise ValueError for an invalid one."""
    try:
        return str(cssselect.HTMLTranslator().css_to_xpath(selector))
    except cssselect.SelectorError as err:
        raise ValueError(f"invalid CSS selector in prune_selectors: {selector!r} ({err})") from err


def _attribute_rule(element: Element, tag: str, rules: Iterable[PruneRule]) -> PruneRule | None:
    if tag in _PROTECTED:
        return None
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return HIDDEN_RULE
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style[:500]):
        return HIDDEN_RULE
    names = " ".join(filter(None, (element.get("class"), element.get("id"))))
    if not names:
        return None
    return _match(names[:500].lower(), tuple(rules))


@functools.lru_cache(maxsize=8192)
def _match(names: str, rules: tuple[PruneRule, ...]) -> PruneRule | None:
    """Return the first rule whose word or compound occurs in the class/id ``names``."""
    for name in names.split():
        parts = [p for p in _SPLIT.split(name) if p]
        if not parts or parts[0] in _TAXONOMY:
            continue
        joined = "".join(parts)
        for rule in rules:
            if any(p in rule.words for p in parts) or any(c in joined for c in rule.compounds):
                return rule
    return None


def _attached(element: Element, root: Element) -> bool:
    """Say whether ``element`` is still in the tree under ``root`` (no pruned ancestor)."""
    top = element
    parent = top.getparent()
    while parent is not None:
        top = parent
        parent = top.getparent()
    return bool(top is root)


def _text(element: Element) -> str:
    return str(element.text_content())


def _drop(element: Element, rule: PruneRule) -> Removal | None:
    """Remove ``element`` but keep its tail text; return the removal record."""
    if element.getparent() is None:
        return None
    text = _SPACE.sub(" ", _text(element)[: _TEXT_LIMIT * 4]).strip()
    if len(text) > _TEXT_LIMIT:
        text = text[:_TEXT_LIMIT] + "…"
    element.drop_tree()
    return Removal(rule=rule.id, category=rule.category, text=text or f"<{element.tag}>")
