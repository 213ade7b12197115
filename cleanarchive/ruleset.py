"""Scrub rules and rule sets: what a rule is, and how a set of them is planned for running.

A plan knows which line patterns can match a line of a given length and first character, and
finds all guard strings of a text in one pass (an RE2 set); ``cleanarchive.scrub`` runs the plan
over a text.
"""

from __future__ import annotations

import enum
import importlib
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from operator import add
from typing import Any

import attrs

from cleanarchive.records import Category

try:  # google-re2: tells which guard strings a text holds in one pass over it, see _GuardSearch
    import re2
except ImportError:  # pragma: no cover - a dependency; without it each guard is one str search
    re2 = None

__all__ = [
    "ENTITY_RULE_ID",
    "NBSP_RULE_ID",
    "SPACE",
    "TITLE_RULE_ID",
    "Finder",
    "Rule",
    "RuleSet",
    "Scope",
    "Span",
    "View",
]

Span = tuple[int, int]
Finder = Callable[["View"], Iterable[Span]]

# The rule whose removal is the document's title; later lines repeating it are removed too.
TITLE_RULE_ID = "header.title"
# Lines of nothing but non-breaking (or other non-ASCII) spaces: removed while splitting lines.
NBSP_RULE_ID = "whitespace.nbsp-line"
# HTML character references in a dump ("&amp;", "&#8217;", "&nbsp;"): decoded while splitting lines.
ENTITY_RULE_ID = "markup.entity"

_ID = re.compile(r"[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+")
# What str.splitlines() splits on.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Everything str.strip() removes, plus zero-width characters that render as nothing.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + _ZERO_WIDTH


class Scope(enum.Enum):
    """What a rule's pattern removes: a whole matching line, or each match inside a line."""

    LINE = "line"
    SPAN = "span"


@attrs.frozen(kw_only=True)
class View:
    """The text as a rule sees it: stripped lines without blank ones, joined by ``\\n``."""

    lines: tuple[str, ...]
    titles: tuple[str, ...] = ()
    text: str = attrs.field(init=False)
    # Scratch space for values rules derive from this view (e.g. where the body starts).
    memo: dict[str, Any] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    starts: tuple[int, ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "text", "\n".join(self.lines))
        # starts[i] = len(lines[0]) + ... + len(lines[i - 1]) + i (one "\n" after each line)
        starts = tuple(map(add, accumulate(map(len, self.lines), initial=0), range(len(self.lines))))
        object.__setattr__(self, "starts", starts)

    @classmethod
    def of(cls, text: str, titles: Sequence[str] = ()) -> View:
        """Return the view of ``text`` (for trying a rule on its own)."""
        lines = (line.strip(SPACE) for line in text.splitlines())
        return cls(lines=tuple(line for line in lines if line), titles=tuple(titles))

    def line_of(self, offset: int) -> int:
        """Return the index of the line holding ``offset`` of ``text`` (or ending just before it)."""
        return bisect_right(self.starts, offset) - 1

    def line_span(self, index: int) -> Span:
        """Return the span of line ``index`` in ``text``."""
        start = self.starts[index]
        return start, start + len(self.lines[index])


def _compile(value: re.Pattern[str] | str | None) -> re.Pattern[str] | None:
    return re.compile(value) if isinstance(value, str) else value


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _check_id(_: Any, __: attrs.Attribute[str], value: str) -> None:
    if not _ID.fullmatch(value):
        raise ValueError(f"rule id {value!r} must be dotted lowercase words, like 'css.media-block'")


@attrs.frozen(kw_only=True)
class Rule:
    """One kind of residue: a stable dotted id, a category, and how to find it.

    Give either ``pattern`` (a regex, see ``Scope``) or ``find``, a function from a
    ``View`` to ``(start, end)`` spans of ``view.text``. ``guard`` is for speed only: when
    given, the rule runs only on texts containing one of these strings.
    """

    id: str = attrs.field(validator=_check_id)
    category: Category = attrs.field(converter=Category)
    description: str
    pattern: re.Pattern[str] | None = attrs.field(default=None, converter=_compile)
    scope: Scope = attrs.field(default=Scope.LINE, converter=Scope)
    find: Finder | None = attrs.field(default=None, eq=False)
    guard: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def __attrs_post_init__(self) -> None:
        if (self.pattern is None) == (self.find is None):
            raise ValueError(f"rule {self.id!r}: give exactly one of pattern= or find=")

    def applies_to(self, text: str) -> bool:
        """Return whether the guard lets this rule run on ``text``."""
        return not self.guard or any(g in text for g in self.guard)

    def spans(self, view: View) -> list[Span]:
        """Return the spans of ``view.text`` this rule alone would remove."""
        if not self.applies_to(view.text):
            return []
        if self.find is not None:
            return [(s, e) for s, e in self.find(view) if 0 <= s < e <= len(view.text)]
        assert self.pattern is not None
        if self.scope is Scope.SPAN:
            return [m.span() for m in self.pattern.finditer(view.text) if m.end() > m.start()]
        return [view.line_span(i) for i, line in enumerate(view.lines) if self.pattern.fullmatch(line)]


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


def _unique(_: Any, __: attrs.Attribute[tuple[Rule, ...]], value: tuple[Rule, ...]) -> None:
    ids = [rule.id for rule in value]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate rule ids: {', '.join(dupes)}")


@attrs.frozen(kw_only=True)
class RuleSet:
    """An ordered set of rules with unique ids."""

    rules: tuple[Rule, ...] = attrs.field(converter=_rules, validator=_unique)
    _plan: _Plan = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_plan", _Plan.of(self.rules))

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return any(rule.id == rule_id for rule in self.rules)

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the rule ids in order."""
        return tuple(rule.id for rule in self.rules)

    def get(self, rule_id: str) -> Rule:
        """Return the rule with id ``rule_id``; ``KeyError`` when there is none."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def without(self, ids: Iterable[str] = (), *, categories: Iterable[Category] = ()) -> RuleSet:
        """Return a copy without the rules named in ``ids`` or in ``categories``."""
        drop_ids, drop_cats = frozenset(ids), frozenset(Category(c) for c in categories)
        kept = (r for r in self.rules if r.id not in drop_ids and r.category not in drop_cats)
        return RuleSet(rules=kept)

    def plus(self, rules: Iterable[Rule]) -> RuleSet:
        """Return a copy with ``rules`` appended."""
        return RuleSet(rules=(*self.rules, *rules))


@attrs.frozen(kw_only=True)
class _Plan:
    """How a rule set runs: its line patterns merged into pre-filter regexes, its guard strings
    searched for together, what each guard lets run worked out once (all for speed)."""

    line_rules: tuple[Rule, ...]
    # The longest line each line rule can match, and the characters a line it matches can start
    # with (None: any). A line is tried only against the rules that can match one of its length
    # and first character: most prose lines are longer than most labels, and most labels start
    # with a few letters. line_candidates() works out each first character's rules once.
    line_widths: tuple[int, ...]
    line_starts: tuple[_Starts | None, ...]
    _by_char: dict[tuple[str, frozenset[str] | None], tuple[LineCandidate, ...]] = attrs.field(
        factory=dict, repr=False, eq=False
    )
    span_rules: tuple[Rule, ...]
    find_rules: tuple[Rule, ...]
    nbsp: Rule | None
    # Whether HTML character references are decoded (the ENTITY_RULE_ID rule is in the set).
    entities: bool
    # Every guard string once (several rules share "{" or "<"), searched for together.
    guards: _GuardSearch
    # The rules whose guards are single characters (code marks such as "{" or "<"): after a
    # change they are rerun only if the text still holds one, a memchr each (see revoke()).
    rechecked: tuple[Rule, ...]
    # The ids of the rules without a guard and of those with one, the ids each guard string lets
    # run, and the longest guard string.
    unguarded: frozenset[str]
    guarded: frozenset[str]
    by_guard: dict[str, tuple[str, ...]]
    guard_len: int
    # The line rules with guard strings: a text holding none of a rule's is not tried against it.
    guarded_lines: frozenset[str]

    @classmethod
    def of(cls, rules: Sequence[Rule]) -> _Plan:
        """Return the plan of ``rules``."""
        line_rules = tuple(r for r in rules if r.pattern is not None and r.scope is Scope.LINE)
        widths = tuple(_UNBOUNDED if r.pattern is None else _max_width(r.pattern) for r in line_rules)
        guard_strings = tuple(dict.fromkeys(g for r in rules for g in r.guard))
        return cls(
            line_rules=line_rules,
            line_widths=widths,
            line_starts=tuple(_Starts.of(r.pattern) for r in line_rules if r.pattern is not None),
            span_rules=tuple(r for r in rules if r.pattern is not None and r.scope is Scope.SPAN),
            find_rules=tuple(r for r in rules if r.find is not None and r.id not in _SPLIT_RULES),
            nbsp=next((r for r in rules if r.id == NBSP_RULE_ID), None),
            entities=any(r.id == ENTITY_RULE_ID for r in rules),
            guards=_GuardSearch(guard_strings),
            rechecked=tuple(r for r in rules if r.guard and all(len(g) == 1 for g in r.guard)),
            unguarded=frozenset(r.id for r in rules if not r.guard),
            guarded=frozenset(r.id for r in rules if r.guard),
            by_guard={g: tuple(r.id for r in rules if g in r.guard) for g in guard_strings},
            guard_len=max((len(g) for r in rules for g in r.guard), default=0),
            guarded_lines=frozenset(r.id for r in line_rules if r.guard),
        )

    def line_candidates(self, first: str, guarded: frozenset[str] | None = None) -> tuple[LineCandidate, ...]:
        """Return the line rules that can match a line starting with ``first``, in order.

        ``guarded``: the ids of the guarded line rules whose guard strings the text holds (None:
        all of them); the others cannot match a line of it and are left out.
        """
        key = (first, guarded)
        found = self._by_char.get(key)
        if found is None:
            found = tuple(
                (width, rule.guard, rule.pattern.fullmatch, rule)
                for rule, width, starts in zip(self.line_rules, self.line_widths, self.line_starts, strict=True)
                if rule.pattern is not None
                and (starts is None or starts.admits(first))
                and (guarded is None or not rule.guard or rule.id in guarded)
            )
            if len(self._by_char) >= _MAX_CANDIDATE_SETS:  # a text of many scripts' first characters
                self._by_char.clear()
            self._by_char[key] = found
        return found



# The rules carried out while the text is split into lines, not run as find rules.
_SPLIT_RULES = frozenset({NBSP_RULE_ID, ENTITY_RULE_ID})

# How many (first character, admitted guarded rules) candidate tuples a plan keeps.
_MAX_CANDIDATE_SETS = 20_000

# A line rule as the scrubber tries it: the longest line it can match, its guard strings,
# its pattern's fullmatch and the rule (flat, for the loop that tries every line).
LineCandidate = tuple[int, tuple[str, ...], Callable[[str], "re.Match[str] | None"], Rule]


class _GuardSearch:
    """Which of some strings a text holds.

    One character is a memchr (``in``), fast; longer strings are found by one RE2 set of
    literals in one pass over the text, four to five times faster than a str search for each
    (20 guard strings over a 7 kB dump: about 16 against 70 us).
    """

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = tuple(strings)
        self.chars = tuple(s for s in self.strings if len(s) == 1)
        self.longer = tuple(s for s in self.strings if len(s) > 1)
        self.set: Any = None
        if re2 is not None and self.longer:
            options = re2.Options()
            options.literal = True
            search = re2.Set.SearchSet(options)
            for string in self.longer:
                search.Add(string)
            search.Compile()
            self.set = search

    def present(self, text: str) -> set[str]:
        """Return the strings that occur in ``text``."""
        found = {c for c in self.chars if c in text}
        if self.set is None:
            found.update(s for s in self.longer if s in text)
        else:
            found.update(self.longer[i] for i in self.set.Match(text) or ())
        return found


_UNBOUNDED = sys.maxsize


def _max_width(pattern: re.Pattern[str]) -> int:
    """Return the longest text ``pattern`` can match (unbounded when it cannot be told)."""
    try:  # the standard library's regex parser: a private module, so any failure means "unbounded"
        width = importlib.import_module("re._parser").parse(pattern.pattern, pattern.flags).getwidth()[1]
    except Exception:
        return _UNBOUNDED
    return int(width) if isinstance(width, int) and width < _UNBOUNDED else _UNBOUNDED


@attrs.frozen
class _Starts:
    """The characters that a non-empty match of a pattern can start with.

    Worked out from the standard library's parse of the pattern. Where case is ignored the set
    holds each character's other cases too; a line starting with a cased character outside
    ASCII is still tried against such a pattern, as Unicode case folding has cases that
    upper() and lower() do not show (Python's re matches "i" to "\u0130", for one).
    """

    chars: frozenset[str]
    folds: bool  # case is ignored somewhere in how a match can start

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> _Starts | None:
        """Return the start characters of ``pattern``; None when any character may start a match."""
        try:  # a private module, as in _max_width: any failure means "any character"
            parser = importlib.import_module("re._parser")
            walker = _StartWalker(importlib.import_module("re._constants"))
            found = walker.sequence(parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
        except Exception:
            return None
        return None if found is None else cls(frozenset(found[0]), walker.folds)

    def admits(self, first: str) -> bool:
        """Return whether a match can start with ``first``."""
        return first in self.chars or (self.folds and not first.isascii() and _cased(first))


def _cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char or char.casefold() != char


class _StartWalker:
    """Walks a parsed pattern for the characters its matches can start with (see _Starts)."""

    # A character class wider than this counts as "any character".
    MAX_RANGE = 512

    def __init__(self, constants: Any) -> None:
        self.c = constants
        self.folds = False

    def sequence(self, items: Any, fold: bool) -> tuple[set[str], bool] | None:
        """Return (start characters, whether the sequence can match empty), None for "any"."""
        found: set[str] = set()
        for op, value in items:
            item = self.item(op, value, fold)
            if item is None:
                return None
            found |= item[0]
            if not item[1]:
                return found, False
        return found, True

    def item(self, op: Any, value: Any, fold: bool) -> tuple[set[str], bool] | None:
        c = self.c
        if op is c.LITERAL:
            chars = self.cases(chr(value), fold)
            return None if chars is None else (chars, False)
        if op is c.IN:
            found: set[str] = set()
            for kind, arg in value:
                if kind is c.LITERAL:
                    codes = range(arg, arg + 1)
                elif kind is c.RANGE and arg[1] - arg[0] < self.MAX_RANGE:
                    codes = range(arg[0], arg[1] + 1)
                else:  # a category (\w, \d), a negated set, ...
                    return None
                for code in codes:
                    chars = self.cases(chr(code), fold)
                    if chars is None:
                        return None
                    found |= chars
            return found, False
        if op is c.BRANCH:
            found, empty = set(), False
            for branch in value[1]:
                part = self.sequence(branch, fold)
                if part is None:
                    return None
                found |= part[0]
                empty = empty or part[1]
            return found, empty
        if op is c.SUBPATTERN:
            _, add, drop, sub = value
            return self.sequence(sub, (fold or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE)
        if op is c.ATOMIC_GROUP:
            return self.sequence(value, fold)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            least, _, sub = value
            part = self.sequence(sub, fold)
            return None if part is None else (part[0], part[1] or least == 0)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # anchors and look-arounds match no character
            return set(), True
        return None  # any character, a back-reference, a conditional, ...

    def cases(self, char: str, fold: bool) -> set[str] | None:
        """Return ``char`` and, when case is ignored, its other cases (None: cannot be told)."""
        if not fold:
            return {char}
        self.folds = True
        found = {char}
        for other in (char.lower(), char.upper(), char.lower().upper(), char.upper().lower()):
            if len(other) != 1:
                return None
            found.add(other)
        return found
