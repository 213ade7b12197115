"""Prune what is never article text from a parsed page, recording every removal.

Rules are data: a rule id, a category, the tags it drops or the class/id words it matches.
Elements are lxml elements (parsed in :mod:`cleanarchive.html`); this module only calls their
methods, so lxml stays imported in one place.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
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
    # Matched by a BEM modifier only ("label--sponsored", "section--ads"): weak evidence, so only
    # an element with little text goes.
    modifier: bool = False


# A noscript fallback is mostly a tracking pixel or "enable JavaScript"; a page made by scripts
# may have its whole text in one for readers without them. It goes unless the page is such a
# shell: the noscript holds the body and the page has under _SHELL_TEXT characters outside its
# noscripts. (Discourse forums, ~400 characters outside a crawler view of their posts, read
# better without it: trafilatura then finds the posts in the page's preloaded data.)
NOSCRIPT_RULE = PruneRule(id="prune.script", category=Category.SCRIPT, tags=frozenset({"noscript"}))

_TAG_RULES: tuple[PruneRule, ...] = (
    PruneRule(id="prune.script", category=Category.SCRIPT, tags=frozenset({"script", "template"}),
              guarded=False),
    NOSCRIPT_RULE,
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
              words=frozenset({"ad", "ads", "advert", "adverts", "advertisement", "advertising",
                               "adsbygoogle", "adslot", "adunit", "adsense", "dfp", "taboola", "outbrain",
                               "sponsored", "sponsor", "sponsors", "promoted"}),
              compounds=("adcontainer", "adwrapper", "adblock", "adplaceholder", "googlead", "adzone")),
    PruneRule(id="prune.newsletter", category=Category.FORM,
              words=frozenset({"newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
                               "mailchimp", "mc4wp", "mailpoet"}),
              # Not "paywall" alone: a paywall container holds the paid part of the article.
              compounds=("emailsignup", "subscribebox", "subscribeform", "paywallprompt", "paywallmessage",
                         "paywalloverlay", "paywallbanner", "paywallmodal", "regwallprompt")),
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
    # Section-level names only: single posts ("comment", "ipsComment") are a forum's main content.
    words=frozenset({"comments", "disqus", "respond", "commentlist"}),
    compounds=("commentrespond", "commentform", "commentsarea", "commentsection", "commentswrapper"),
)
HIDDEN_RULE = PruneRule(id="prune.hidden", category=Category.BOILERPLATE)
# aria-hidden marks decorative duplicates (icons, repeated teaser links); only short ones are dropped.
ARIA_HIDDEN_RULE = PruneRule(id="prune.hidden", category=Category.BOILERPLATE, guarded=True)
USER_RULE = PruneRule(id="prune.user", category=Category.BOILERPLATE)

_TAG_RULE = {tag: rule for rule in _TAG_RULES for tag in rule.tags}
# Elements that are the page or the article itself: never pruned by class words.
_PROTECTED = frozenset({"html", "body", "main", "article", "head", "title", "meta"})
# WordPress and friends put taxonomy classes ("category-social", "tag-sharing") on the article itself.
_TAXONOMY = frozenset({"category", "tag", "tags", "post", "type", "format", "status", "cat", "topic",
                       "term", "has", "is", "single", "postid", "page", "section", "hentry",
                       # Negations: "no-ads", "hide-river-ad", "non-paywall" mark the opposite.
                       "no", "non", "hide", "without", "not", "noad", "noads"})
_SPLIT = re.compile(r"[^a-z0-9]+")
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A CSS-modules hash ("Table_root__adKqa", "Card-module__label___2ZdTh"): five base64 characters
# after a double underscore, not a lowercase word. Its humps are noise ("ad" + "Kqa").
_RUN = re.compile(r"[A-Za-z0-9]+")
_MODULE_HASH = re.compile(r"_{2,}(?![a-z]{5}$)[\w-]{5}$")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_MAX_SHARE = 0.35
_TEXT_LIMIT = 200
_HIDDEN_TEXT = 100
_SHELL_TEXT = 300
_MODIFIER_TEXT = 200
_ARIA_HIDDEN_TEXT = 100
# A hidden element whose text is at least this much link text is a menu, not a collapsed section.
_MAX_LINK_SHARE = 0.5


def prune_tree(
    root: Element,
    *,
    include_comments: bool = False,
    selectors: Sequence[str] = (),
) -> tuple[Removal, ...]:
    """Drop never-article elements from ``root`` in place; return what was dropped, in page order."""
    forced: list[tuple[Element, PruneRule]] = []
    noscripts: list[Element] = []
    guarded: list[tuple[Element, PruneRule]] = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag == "script" and "ld+json" in (element.get("type") or "").lower():
            # trafilatura falls back to JSON-LD articleBody/text when the page body is thin
            # (forum threads, app shells); it removes scripts from its output itself.
            continue
        rule = _TAG_RULE.get(tag) or _attribute_rule(element, tag, include_comments)
        if rule is not None:
            if rule is NOSCRIPT_RULE:
                noscripts.append(element)
            else:
                (guarded if rule.guarded else forced).append((element, rule))
    for selector in selectors:
        guarded.extend((element, USER_RULE) for element in root.xpath(selector_xpath(selector)))
    removed = [_drop(element, rule) for element, rule in forced if _attached(element, root)]
    if noscripts:
        shell = _Measure(root)  # measured without the scripts and styles
        removed.extend(
            _drop(element, NOSCRIPT_RULE) for element in noscripts
            if _attached(element, root) and not _is_shell_text(element, shell)
        )
    page = _Measure(root)
    for element, rule in guarded:
        if not _attached(element, root):
            continue
        if _holds_body(element, rule, page):
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


def _attribute_rule(element: Element, tag: str, include_comments: bool) -> PruneRule | None:
    if tag in _PROTECTED:
        return None
    names = " ".join(filter(None, (element.get("class"), element.get("id"))))
    # A class word says what a hidden element is (a cookie modal, a share menu): it wins.
    named = _match(names[:500], include_comments) if names else None
    if named is not None:
        return named
    if element.get("hidden") is not None:
        return HIDDEN_RULE
    if element.get("aria-hidden") == "true":
        return ARIA_HIDDEN_RULE
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style[:500]):
        return HIDDEN_RULE
    return None


@attrs.frozen(kw_only=True)
class _Matcher:
    """Class-word rules compiled for lookup: word -> rule, one regex over all compounds."""

    words: dict[str, PruneRule]
    compounds: dict[str, PruneRule]
    pattern: re.Pattern[str]

    @classmethod
    def build(cls, rules: Sequence[PruneRule]) -> _Matcher:
        """Compile ``rules``; an earlier rule wins a word or compound both name."""
        words: dict[str, PruneRule] = {}
        compounds: dict[str, PruneRule] = {}
        for rule in rules:
            for word in sorted(rule.words):
                words.setdefault(word, rule)
            for compound in rule.compounds:
                compounds.setdefault(compound, rule)
        pattern = re.compile("|".join(re.escape(c) for c in sorted(compounds, key=lambda c: (-len(c), c))))
        return cls(words=words, compounds=compounds, pattern=pattern)


_MATCHERS = {
    False: _Matcher.build((*_CLASS_RULES, COMMENTS_RULE)),
    True: _Matcher.build(_CLASS_RULES),
}


@functools.lru_cache(maxsize=8192)
def _match(names: str, include_comments: bool) -> PruneRule | None:
    """Return the first rule a word or compound of the class/id ``names`` names.

    Names are cut into parts at punctuation and at camelCase humps ("BlogAuthorProfile_x1"
    is blog, author, profile, x1), less a CSS-modules hash; a run with digits is not cut (a
    random id: "PFk9dDFpTo0q" holds no "dfp"). A BEM modifier ("report__section--ads") says how an element
    looks or what it holds more than what it is: a rule it alone names is a ``modifier`` match.
    """
    matcher = _MATCHERS[include_comments]
    modifiers: list[list[str]] = []
    for name in names.split():
        block, _, modifier = _RUN.sub(_humps, _MODULE_HASH.sub("", name)).lower().partition("--")
        rule = _match_parts([p for p in _SPLIT.split(block) if p], matcher)
        if rule is not None:
            return rule
        if modifier:
            modifiers.append([p for p in _SPLIT.split(modifier) if p])
    for parts in modifiers:
        rule = _match_parts(parts, matcher)
        if rule is not None:
            return _as_modifier(rule)
    return None


def _match_parts(parts: list[str], matcher: _Matcher) -> PruneRule | None:
    if not parts or parts[0] in _TAXONOMY:
        return None
    for part in parts:
        rule = matcher.words.get(part)
        if rule is not None:
            return rule
    # A compound starts where a part starts: "ad-wrapper" and "adwrapper", not "head__wrapper".
    joined = "".join(parts)
    at = 0
    for part in parts:
        found = matcher.pattern.match(joined, at)
        if found:
            return matcher.compounds[found.group(0)]
        at += len(part)
    return None


def _humps(run: re.Match[str]) -> str:
    """Cut a camelCase run of letters at its humps; leave runs with digits (random ids) whole."""
    word = run.group(0)
    return word if any(c.isdigit() for c in word) else _HUMP.sub("-", word)


@functools.cache
def _as_modifier(rule: PruneRule) -> PruneRule:
    return attrs.evolve(rule, modifier=True)


class _Measure:
    """Text lengths of the page, computed on first use."""

    def __init__(self, root: Element) -> None:
        self._root = root

    @functools.cached_property
    def text(self) -> int:
        return max(len(_text(self._root)), 1)

    @functools.cached_property
    def paragraphs(self) -> int:
        return max(_paragraph_length(self._root), 1)

    @functools.cached_property
    def outside_noscript(self) -> int:
        """The length of the text outside noscript elements (outermost ones counted once)."""
        inside = sum(len(_text(n)) for n in self._root.iter("noscript") if _outermost(n, "noscript"))
        return self.text - inside


def _outermost(element: Element, tag: str) -> bool:
    return next(element.iterancestors(tag), None) is None


def _paragraph_length(element: Element) -> int:
    return sum(len(_text(p)) for p in element.iter("p"))


def _is_shell_text(noscript: Element, page: _Measure) -> bool:
    """Say whether ``noscript`` holds the text of a page that has next to none outside its noscripts."""
    return len(_text(noscript)) > _MAX_SHARE * page.text and page.outside_noscript < _SHELL_TEXT


def _holds_body(element: Element, rule: PruneRule, page: _Measure) -> bool:
    """Say whether ``element`` holds too much of the page text to be pruned safely."""
    length = len(_text(element))
    if rule.modifier and length > _MODIFIER_TEXT:
        return True
    if rule is ARIA_HIDDEN_RULE and length > _ARIA_HIDDEN_TEXT:
        return True
    if length > _MAX_SHARE * page.text:
        return True
    hidden = rule is HIDDEN_RULE or rule is ARIA_HIDDEN_RULE
    if rule is HIDDEN_RULE and length > _HIDDEN_TEXT and _link_length(element) < _MAX_LINK_SHARE * length:
        # Collapsed sections (accordions, FAQ answers, "read more") are hidden but still article
        # text; hidden menus and link lists are mostly links.
        return True
    if length <= _MAX_SHARE * page.paragraphs and not (hidden and length > _HIDDEN_TEXT):
        return False  # its paragraphs cannot be more than its text
    paragraphs = _paragraph_length(element)
    return paragraphs > _MAX_SHARE * page.paragraphs or (hidden and paragraphs > _HIDDEN_TEXT)


def _link_length(element: Element) -> int:
    return sum(len(_text(a)) for a in element.iter("a"))


def _attached(element: Element, root: Element) -> bool:
    """Say whether ``element`` is still in the tree under ``root`` (no pruned ancestor)."""
    node = element
    while node is not None:
        if node is root:
            return True
        node = node.getparent()
    return False


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
