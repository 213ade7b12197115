"""The built-in scrub rules, grouped by category (one module each).

Each module holds its rules' data (label lists, patterns) next to the rules, as ``RULES``.
Users build their own ``Rule`` objects and pass them as ``CleanOptions(extra_rules=...)``
or ``default_rules().plus([...])``; no need to edit this package.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from cleanarchive.records import Category
from cleanarchive.rules import (
    boilerplate,
    css,
    form,
    header,
    minified,
    notices,
    repeat,
    script,
    share,
    shortcode,
    trailer,
    wiki,
)
from cleanarchive.ruleset import ENTITY_RULE_ID, NBSP_RULE_ID, Rule, RuleSet, Scope, Span, View

__all__ = ["BUILTIN_RULES", "Rule", "RuleSet", "Scope", "View", "builtin_ruleset"]


def _no_spans(view: View) -> Iterator[Span]:
    """Yield nothing: these rules are carried out while the text is split into lines."""
    return iter(())


WHITESPACE_RULES = (
    Rule(
        id=NBSP_RULE_ID,
        category=Category.WHITESPACE,
        description="Lines of only non-breaking (or other non-ASCII) spaces.",
        find=_no_spans,
    ),
    Rule(
        id=ENTITY_RULE_ID,
        category=Category.MARKUP,
        description="HTML character references left in a dump ('&amp;', '&#8217;', '&nbsp;') are decoded "
        "('&', '’', a non-breaking space); not a removal. Off for pages, whose parser decoded them.",
        find=_no_spans,
    ),
)

# Order matters: code and widgets go first, so that header and trailer rules see what is left.
BUILTIN_RULES: tuple[Rule, ...] = (
    *boilerplate.RULES,
    *css.RULES,
    *script.RULES,
    *minified.RULES,
    *css.GLUED_RULES,
    *boilerplate.LATE_RULES,
    *shortcode.RULES,
    *share.RULES,
    *form.RULES,
    *notices.RULES,
    *wiki.RULES,
    *trailer.RULES,
    *header.RULES,
    *repeat.RULES,
    *WHITESPACE_RULES,
)


@functools.cache
def builtin_ruleset() -> RuleSet:
    """Return the built-in rules as a rule set (built once; it is immutable)."""
    return RuleSet(rules=BUILTIN_RULES)
