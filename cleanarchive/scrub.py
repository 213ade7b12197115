"""Scrub residue out of text: rules grouped by category, every removal recorded.

A scrub works on lines that are already stripped of outer whitespace, with blank lines
dropped. Each pass runs, in order:

1. the pattern rules: ``Scope.LINE`` patterns must match a whole line, ``Scope.SPAN``
   patterns remove each match inside a line; all of them see the same text;
2. the ``find`` rules, one after the other, each seeing what the previous ones left.

Passes repeat until nothing changes (bounded), so ``scrub`` is idempotent; the last pass
stops as soon as every rule has seen the final text. Removals carry offsets into the original
input, whatever pass made them.
"""

from __future__ import annotations

import enum
import importlib
import logging
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, compress
from operator import add, not_
from typing import TYPE_CHECKING, Any

import attrs

from cleanarchive.records import Category, Removal

try:  # google-re2: tells which guard strings a text holds in one pass over it, see _GuardSearch
    import re2
except ImportError:  # pragma: no cover - a dependency; without it each guard is one str search
    re2 = None

if TYPE_CHECKING:
    from cleanarchive.options import CleanOptions

__all__ = [
    "NBSP_RULE_ID",
    "TITLE_RULE_ID",
    "Finder",
    "Rule",
    "RuleSet",
    "Scope",
    "ScrubResult",
    "Span",
    "View",
    "build_ruleset",
    "default_rules",
    "scrub",
]

logger = logging.getLogger(__name__)

Span = tuple[int, int]
Finder = Callable[["View"], Iterable[Span]]

# The rule whose removal is the document's title; later lines repeating it are removed too.
TITLE_RULE_ID = "header.title"
# Lines of nothing but non-breaking (or other non-ASCII) spaces: removed while splitting lines.
NBSP_RULE_ID = "whitespace.nbsp-line"

MAX_PASSES = 8
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+")
# What str.splitlines() splits on.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Everything str.strip() removes, plus zero-width characters that render as nothing.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + _ZERO_WIDTH
_INLINE_SPACE = " \t\xa0\u2009\u202f\u3000"


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
    """How a rule set runs: its line patterns merged into one regex (for speed)."""

    rules: tuple[Rule, ...]
    line_rules: tuple[Rule, ...]
    # The longest line each line rule can match, and for lines longer than each of
    # _LENGTH_STEPS, one regex of the rules that can still match them (most prose lines are
    # longer than most labels, so they are tried against a few patterns, not all).
    line_widths: tuple[int, ...]
    line_any: tuple[tuple[int, re.Pattern[str] | None], ...]
    span_rules: tuple[Rule, ...]
    find_rules: tuple[Rule, ...]
    nbsp: Rule | None
    # Every guard string once (several rules share "{" or "<"), searched for together.
    guards: _GuardSearch
    # The rules whose guards are single characters (code marks such as "{" or "<"): after a
    # change they are rerun only if the text still holds one, a memchr each (see revoke()).
    guarded: tuple[Rule, ...]
    # The ids of the rules without a guard, the ids each guard string lets run, every
    # (guard string, rule id) pair, and the longest guard string.
    unguarded: frozenset[str]
    by_guard: dict[str, tuple[str, ...]]
    guard_pairs: tuple[tuple[str, str], ...]
    guard_len: int

    @classmethod
    def of(cls, rules: Sequence[Rule]) -> _Plan:
        """Return the plan of ``rules``."""
        line_rules = tuple(r for r in rules if r.pattern is not None and r.scope is Scope.LINE)
        widths = tuple(_UNBOUNDED if r.pattern is None else _max_width(r.pattern) for r in line_rules)
        steps = tuple(
            (step, _merge([r for r, w in zip(line_rules, widths, strict=True) if w > step]))
            for step in reversed(_LENGTH_STEPS)
        )
        guard_strings = tuple(dict.fromkeys(g for r in rules for g in r.guard))
        return cls(
            rules=tuple(rules),
            line_rules=line_rules,
            line_widths=widths,
            line_any=steps,
            span_rules=tuple(r for r in rules if r.pattern is not None and r.scope is Scope.SPAN),
            find_rules=tuple(r for r in rules if r.find is not None and r.id != NBSP_RULE_ID),
            nbsp=next((r for r in rules if r.id == NBSP_RULE_ID), None),
            guards=_GuardSearch(guard_strings),
            guarded=tuple(r for r in rules if r.guard and all(len(g) == 1 for g in r.guard)),
            unguarded=frozenset(r.id for r in rules if not r.guard),
            by_guard={g: tuple(r.id for r in rules if g in r.guard) for g in guard_strings},
            guard_pairs=tuple((g, r.id) for r in rules for g in r.guard),
            guard_len=max((len(g) for r in rules for g in r.guard), default=0),
        )


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


_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.DOTALL, "s"), (re.VERBOSE, "x"), (re.MULTILINE, "m"), (re.ASCII, "a"))
_LENGTH_STEPS = (0, 64, 256, 1024)
_UNBOUNDED = sys.maxsize


def _max_width(pattern: re.Pattern[str]) -> int:
    """Return the longest text ``pattern`` can match (unbounded when it cannot be told)."""
    try:  # the standard library's regex parser: a private module, so any failure means "unbounded"
        width = importlib.import_module("re._parser").parse(pattern.pattern, pattern.flags).getwidth()[1]
    except Exception:
        return _UNBOUNDED
    return int(width) if isinstance(width, int) and width < _UNBOUNDED else _UNBOUNDED


def _refers_to_groups(pattern: re.Pattern[str]) -> bool:
    """Return whether ``pattern`` has back-references or conditionals (True when it cannot be told).

    Those count groups: merged after other patterns, they would point at the wrong group.
    """
    try:  # the standard library's regex parser, as in _max_width
        parser = importlib.import_module("re._parser")
        stack: list[Any] = [parser.parse(pattern.pattern, pattern.flags)]
        while stack:
            item = stack.pop()
            if isinstance(item, parser.SubPattern):
                for op, value in item.data:
                    if str(op).startswith("GROUPREF"):  # GROUPREF, GROUPREF_EXISTS, GROUPREF_IGNORE, ...
                        return True
                    stack.append(value)
            elif isinstance(item, (tuple, list)):
                stack.extend(item)
    except Exception:
        return True
    return False


def _merge(rules: Sequence[Rule]) -> re.Pattern[str] | None:
    """Return one regex matching a line when any of ``rules`` would, or None if that cannot be built."""
    parts = []
    for rule in rules:
        assert rule.pattern is not None
        if _refers_to_groups(rule.pattern):
            return None
        flags = "".join(f for flag, f in _SCOPED_FLAGS if rule.pattern.flags & flag)
        parts.append(f"(?{flags}:{rule.pattern.pattern})" if flags else f"(?:{rule.pattern.pattern})")
    if not parts:
        return None
    try:
        return re.compile("|".join(parts))
    except re.error:  # e.g. global inline flags or clashing group names in user patterns
        return None


@attrs.frozen(kw_only=True)
class ScrubResult:
    """Scrubbed text plus everything taken out of it."""

    text: str
    removed: tuple[Removal, ...]

    @property
    def detected_title(self) -> str | None:
        """Return the title line removed from the top, if any."""
        return next((r.text.strip(SPACE) for r in self.removed if r.rule == TITLE_RULE_ID), None)


class _Line:
    """A line of the working text and where its characters came from in the input."""

    __slots__ = ("cols", "origs", "text")

    def __init__(self, text: str, cols: tuple[int, ...], origs: tuple[int, ...]) -> None:
        self.text, self.cols, self.origs = text, cols, origs

    def orig(self, col: int) -> int:
        """Return the input offset of column ``col``."""
        k = bisect_right(self.cols, col) - 1 if len(self.cols) > 1 else 0
        return self.origs[k] + col - self.cols[k]

    def cut(self, pieces: Sequence[Span]) -> _Line:
        """Return this line without ``pieces`` (sorted, disjoint columns), stripped."""
        parts: list[str] = []
        cols: list[int] = []
        origs: list[int] = []
        pos = length = 0
        for start, end in (*pieces, (len(self.text), len(self.text))):
            if start > pos:
                cols.append(length)
                origs.append(self.orig(pos))
                for col, orig in zip(self.cols, self.origs, strict=True):
                    if pos < col < start:
                        cols.append(length + col - pos)
                        origs.append(orig)
                parts.append(self.text[pos:start])
                length += start - pos
            pos = max(pos, end)
        joined = "".join(parts)
        text = joined.lstrip(SPACE)
        shift = len(joined) - len(text)
        text = text.rstrip(SPACE)
        if not text:
            return _Line("", (0,), (0,))
        keep = [i for i, col in enumerate(cols) if col > shift] if len(cols) > 1 else []
        first = bisect_right(cols, shift) - 1
        new_cols = (0, *(cols[i] - shift for i in keep))
        new_origs = (origs[first] + shift - cols[first], *(origs[i] for i in keep))
        return _Line(text, new_cols, new_origs)


_PLAIN_BLANK = " \t" + _BREAKS
# White space that is not plain: what makes a line of "only non-breaking spaces".
_SPECIAL_BLANK = re.compile("[" + re.escape("".join(sorted(set(SPACE) - set(_PLAIN_BLANK)))) + "]")


# Where a line's characters came from: the input offset of its column 0 while it is uncut,
# its column map (a _Line) once a removal cut it.
_Origin = int | _Line


def _split(text: str, nbsp: Rule | None) -> tuple[list[str], list[_Origin], list[Removal]]:
    """Return the stripped, non-blank lines of ``text``, their origins and the NBSP-only lines removed."""
    raws = text.splitlines(keepends=True)
    starts = list(accumulate(map(len, raws), initial=0))
    # Plain strip() takes exactly the white space of SPACE, and faster: the zero-width
    # characters are asked for only when the text holds one.
    chars = SPACE if any(z in text for z in _ZERO_WIDTH) else None
    lefts = [raw.lstrip(chars) for raw in raws]
    lines = [left.rstrip(chars) for left in lefts if left]
    origins: list[_Origin] = [
        start + len(raw) - len(left) for raw, left, start in zip(raws, lefts, starts, strict=False) if left
    ]
    removed: list[Removal] = []
    if nbsp is not None and len(lines) < len(raws) and _SPECIAL_BLANK.search(text):
        for raw, start in compress(zip(raws, starts, strict=False), map(not_, lefts)):  # the blank lines
            if raw.strip(_PLAIN_BLANK):
                raw = raw[:-2] if raw.endswith("\r\n") else raw[:-1] if raw[-1] in _BREAKS else raw
                removed.append(
                    Removal(rule=nbsp.id, category=nbsp.category, text=raw, start=start, end=start + len(raw))
                )
    return lines, origins, removed


def _orig(origin: _Origin, col: int) -> int:
    """Return the input offset of column ``col`` of a line with this origin."""
    return origin + col if isinstance(origin, int) else origin.orig(col)


class _Scrubber:
    """The state of one scrub call."""

    def __init__(self, text: str, rules: RuleSet, title: str | None) -> None:
        self.input = text
        self.plan: _Plan = rules._plan
        self.lines, self.origins, self.removed = _split(text, self.plan.nbsp)
        self.titles: tuple[str, ...] = (title.strip(SPACE),) if title and title.strip(SPACE) else ()
        self.line_cache: dict[str, Rule | None] = {}
        self._view: View | None = None
        # Guards are checked once, on the whole text; later only where a removal joined text up
        # (the only place a guard string can newly appear), see admit().
        text = self.view.text
        plan = self.plan
        self.allowed = set(plan.unguarded)
        for guard in plan.guards.present(text):
            self.allowed.update(plan.by_guard[guard])
        # (guard string, rule id) of the rules not yet allowed, read where removals join text up.
        self.guarded = [(g, rule_id) for g, rule_id in plan.guard_pairs if rule_id not in self.allowed]

    @property
    def view(self) -> View:
        if self._view is None:
            self._view = View(lines=tuple(self.lines), titles=self.titles)
        return self._view

    def run(self) -> str:
        # The steps, in a cycle: the pattern rules together, then each find rule. A rule is a
        # pure function of the view, so once every step has run without a change since the
        # last change, none would change anything: the text is a fixed point. That is a full
        # pass without changes, without rerunning the steps that already saw the final text.
        steps = len(self.plan.find_rules) + 1
        quiet = 0  # steps in a row that changed nothing
        for count in range(MAX_PASSES * steps):
            step = count % steps
            if step == 0 and quiet < count:  # a new pass over a changed text
                self.revoke()
            changed = self.apply(self.pattern_spans()) if step == 0 else self.run_find(step - 1)
            quiet = 0 if changed else quiet + 1
            if quiet == steps:
                break
        else:
            logger.debug("scrub stopped after %d passes without reaching a fixed point", MAX_PASSES)
        return self.view.text

    def run_find(self, index: int) -> bool:
        rule = self.plan.find_rules[index]
        if rule.id not in self.allowed:
            return False
        assert rule.find is not None
        view = self.view
        size = len(view.text)
        return self.apply([(s, e, rule) for s, e in rule.find(view) if 0 <= s < e <= size])

    def pattern_spans(self) -> list[tuple[int, int, Rule]]:
        view = self.view
        found: list[tuple[int, int, Rule]] = []
        if self.plan.line_rules:
            for i, line in enumerate(view.lines):
                rule = self.line_rule(line)
                if rule is not None:
                    start = view.starts[i]
                    found.append((start, start + len(line), rule))
        for rule in self.plan.span_rules:
            if rule.id in self.allowed:
                assert rule.pattern is not None
                found.extend((*m.span(), rule) for m in rule.pattern.finditer(view.text) if m.end() > m.start())
        return found

    def line_rule(self, line: str) -> Rule | None:
        if line in self.line_cache:
            return self.line_cache[line]
        hit: Rule | None = None
        plan = self.plan
        size = len(line)
        prefilter = plan.line_any[-1][1]
        for step, pattern in plan.line_any:  # longest step first
            if size > step:
                prefilter = pattern
                break
        if prefilter is None or prefilter.fullmatch(line):
            for rule, width in zip(plan.line_rules, plan.line_widths, strict=True):
                assert rule.pattern is not None
                if width >= size and rule.applies_to(line) and rule.pattern.fullmatch(line):
                    hit = rule
                    break
        self.line_cache[line] = hit
        return hit

    def apply(self, found: list[tuple[int, int, Rule]]) -> bool:
        """Remove ``found`` spans of the current view (overlaps: the earliest, then longest, wins).

        Return whether anything was removed.
        """
        if not found:
            return False
        view = self.view
        text = view.text
        pieces: dict[int, list[Span]] = {}
        last_end = -1
        for start, end, rule in sorted(found, key=lambda f: (f[0], -f[1])):
            while start < end and text[start] in SPACE:
                start += 1
            while end > start and text[end - 1] in SPACE:
                end -= 1
            if start >= end or start < last_end:
                continue
            last_end = end
            self.record(view, start, end, rule)
            first, last = bisect_right(view.starts, start) - 1, bisect_right(view.starts, end - 1) - 1
            for i in range(first, last + 1):
                lo, hi = view.line_span(i)
                piece = _widen(view.lines[i], max(start, lo) - lo, min(end, hi) - lo)
                if piece[0] < piece[1]:
                    pieces.setdefault(i, []).append(piece)
        if not pieces:
            return False
        emptied = False
        for i, cuts in pieces.items():
            if len(cuts) == 1 and cuts[0] == (0, len(self.lines[i])):  # the whole line goes
                self.lines[i] = ""
                emptied = True
                continue
            origin = self.origins[i]
            line = _Line(self.lines[i], (0,), (origin,)) if isinstance(origin, int) else origin
            line = line.cut(_disjoint(cuts))
            self.lines[i] = line.text
            self.origins[i] = line.origs[0] if len(line.cols) == 1 else line
            emptied = emptied or not line.text
            if self.guarded:
                self.admit(line)
        if emptied:
            self.origins = list(compress(self.origins, self.lines))
            self.lines = list(filter(None, self.lines))
        self._view = None
        return True

    def revoke(self) -> None:
        """Stop the code rules whose guard characters the removals so far took out of the text.

        A guarded rule runs only on a text holding one of its strings; on a changed text the
        code rules of a page whose code is gone are skipped, not rerun to find nothing. Longer
        guard strings are not rechecked: a search for each costs about what it would save.
        """
        text = self.view.text
        for rule in self.plan.guarded:
            if rule.id in self.allowed and not any(g in text for g in rule.guard):
                self.allowed.discard(rule.id)
                self.guarded.extend((g, rule.id) for g in rule.guard)

    def admit(self, line: _Line) -> None:
        """Let guarded rules run when a removal joined up one of their guard strings in ``line``."""
        reach = self.plan.guard_len
        windows = "\n".join(line.text[max(0, col - reach) : col + reach] for col in line.cols[1:])
        if not windows:
            return
        admitted = {rule_id for guard, rule_id in self.guarded if guard in windows}
        if admitted:
            self.allowed |= admitted
            self.guarded = [(g, rule_id) for g, rule_id in self.guarded if rule_id not in admitted]

    def record(self, view: View, start: int, end: int, rule: Rule) -> None:
        first, last = bisect_right(view.starts, start) - 1, bisect_right(view.starts, end - 1) - 1
        o_start = _orig(self.origins[first], start - view.starts[first])
        o_end = _orig(self.origins[last], end - 1 - view.starts[last]) + 1
        removal = Removal(
            rule=rule.id, category=rule.category, text=self.input[o_start:o_end], start=o_start, end=o_end
        )
        self.removed.append(removal)
        if rule.id == TITLE_RULE_ID:
            title = view.text[start:end]
            if title not in self.titles:
                self.titles = (*self.titles, title)


def _widen(line: str, start: int, end: int) -> Span:
    """Return the piece ``[start, end)`` of ``line`` plus the spaces its removal leaves doubled.

    Only a piece with a space before it leaves one doubled: "word[/tag] next" keeps its space.
    """
    if start == 0 or end == len(line) or line[start - 1] not in _INLINE_SPACE:
        return start, end
    while end < len(line) and line[end] in _INLINE_SPACE:
        end += 1
    return start, end


def _disjoint(pieces: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(pieces):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def default_rules() -> RuleSet:
    """Return the built-in rules."""
    from cleanarchive.rules import builtin_ruleset

    return builtin_ruleset()


def build_ruleset(options: CleanOptions) -> RuleSet:
    """Return the built-in rules minus the disabled ones, plus the user's extra rules.

    A disabled rule id that names no rule is a ``ValueError`` (a misspelling).
    """
    rules = default_rules().plus(options.extra_rules)
    unknown = sorted(set(options.disabled_rules) - set(rules.ids))
    if unknown:
        raise ValueError(f"unknown rule ids in disabled_rules: {', '.join(unknown)}; known: {', '.join(rules.ids)}")
    return rules.without(options.disabled_rules, categories=options.disabled_categories)


def scrub(text: str, rules: RuleSet | None = None, *, title: str | None = None) -> ScrubResult:
    """Remove residue from ``text`` and record each removal.

    ``title`` is a title known from elsewhere: lines repeating it are removed.
    """
    scrubber = _Scrubber(text, default_rules() if rules is None else rules, title)
    out = scrubber.run()
    removed = tuple(sorted(scrubber.removed, key=lambda r: (r.start or 0, r.end or 0, r.rule)))
    return ScrubResult(text=out, removed=removed)
