"""Scrub residue out of text: rules grouped by category, every removal recorded.

A scrub works on lines that are already stripped of outer whitespace, with blank lines
dropped. Each pass runs, in order:

1. the pattern rules: ``Scope.LINE`` patterns must match a whole line, ``Scope.SPAN``
   patterns remove each match inside a line; all of them see the same text;
2. the ``find`` rules, one after the other, each seeing what the previous ones left.

Passes repeat until nothing changes (bounded), so ``scrub`` is idempotent; the last pass
stops as soon as every rule has seen the final text. Removals carry offsets into the original
input, whatever pass made them. The rules themselves (``Rule``, ``RuleSet``, ``View``) live in
``cleanarchive.ruleset`` and are importable from here too.
"""

from __future__ import annotations

import html
import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, compress
from operator import not_
from typing import TYPE_CHECKING

import attrs

from cleanarchive.errors import CleanArchiveError
from cleanarchive.records import Removal
from cleanarchive.ruleset import (
    _BREAKS,
    _ZERO_WIDTH,
    ENTITY_RULE_ID,
    NBSP_RULE_ID,
    SPACE,
    TITLE_RULE_ID,
    Finder,
    Rule,
    RuleSet,
    Scope,
    Span,
    View,
    _Plan,
)

if TYPE_CHECKING:
    from cleanarchive.options import CleanOptions

__all__ = [
    "ENTITY_RULE_ID",
    "NBSP_RULE_ID",
    "SPACE",
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

# Passes stop at the fixed point, two or three for most texts. A page whose scripts nest in one
# another, flattened onto one line, loses a layer a pass: one such page of 990 needed 14.
MAX_PASSES = 16
_INLINE_SPACE = " \t\xa0\u2009\u202f\u3000"


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


# What a blank line may hold and still be only blank: other white space (non-breaking spaces,
# zero-width characters) makes it a line of "only non-breaking spaces".
_PLAIN_BLANK = " \t" + _BREAKS


# Where a line's characters came from: the input offset of its column 0 while it is uncut,
# its column map (a _Line) once a removal cut it.
_Origin = int | _Line


# An HTML character reference: named ("&amp;", "&nbsp;") or numeric ("&#8217;", "&#x2019;"), with
# its semicolon (without one, "AT&T" and "&copy" in a URL's query are too often literal). A text
# escaped twice or more writes its "&" as a reference too ("&amp;amp;", "&amp;#8217;"): the chain
# is one reference, decoded at once, so a second scrub finds nothing left to decode.
_ENTITY = re.compile(r"&(?:amp;|#38;|#[xX]26;)*(?P<ref>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A line holding one of these may be code (a JSON-LD block, a script, a style sheet, markup), whose
# references are the code's own ('"text": "a &quot;b&quot;"'): it is left as written for the
# code rules to recognise.
_CODE_MARK = re.compile(r"[{}<>=\\]")
# What a reference to a control character or a line break stands for inside a line.
_CONTROL = frozenset(chr(c) for c in (*range(32), *range(0x7F, 0xA0))) | frozenset(_BREAKS)


def _entity(m: re.Match[str]) -> str | None:
    """Return what the character reference ``m`` matched stands for; None when it is no known one."""
    reference = f"&{m['ref']};"
    char = html.unescape(reference)
    if char == reference or char == "\ufffd":  # an unknown name, an invalid code point
        return None
    return " " if any(c in _CONTROL for c in char) else char


def _decode_entities(line: str, origin: int) -> _Line | None:
    """Return ``line`` (starting at input offset ``origin``) with its character references decoded,
    stripped, and where each character came from; None when it holds none."""
    parts: list[str] = []
    cols: list[int] = []
    origs: list[int] = []
    pos = length = 0
    for m in _ENTITY.finditer(line):
        char = _entity(m)
        if char is None:
            continue
        if m.start() > pos:
            cols.append(length)
            origs.append(origin + pos)
            parts.append(line[pos : m.start()])
            length += m.start() - pos
        cols.append(length)
        origs.append(origin + m.start())
        parts.append(char)
        length += len(char)
        pos = m.end()
    if not parts:
        return None
    if pos < len(line):
        cols.append(length)
        origs.append(origin + pos)
        parts.append(line[pos:])
    return _Line("".join(parts), tuple(cols), tuple(origs)).cut(())


def _entity_end(text: str, offset: int) -> int:
    """Return the end of the character reference decoded at ``offset`` of ``text`` (``offset + 1``
    when none starts there): a removal ending on a decoded character takes the whole reference."""
    if text[offset] == "&":
        m = _ENTITY.match(text, offset)
        if m is not None and _entity(m) is not None:
            return m.end()
    return offset + 1


def _split(text: str, plan: _Plan) -> tuple[list[str], list[_Origin], list[Removal]]:
    """Return the stripped, non-blank lines of ``text``, their origins and the NBSP-only lines removed.

    With the plan's ``entities``, character references in the lines are decoded first.
    """
    nbsp = plan.nbsp
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
    if plan.entities and "&" in text and _ENTITY.search(text):
        lines, origins = _decode_lines(text, lines, origins, nbsp, removed)
    if nbsp is not None and len(lines) < len(raws):
        for raw, start in compress(zip(raws, starts, strict=False), map(not_, lefts)):  # the blank lines
            if raw.strip(_PLAIN_BLANK):
                raw = raw[:-2] if raw.endswith("\r\n") else raw[:-1] if raw[-1] in _BREAKS else raw
                removed.append(
                    Removal(rule=nbsp.id, category=nbsp.category, text=raw, start=start, end=start + len(raw))
                )
    return lines, origins, removed


def _decode_lines(
    text: str, lines: list[str], origins: list[_Origin], nbsp: Rule | None, removed: list[Removal]
) -> tuple[list[str], list[_Origin]]:
    """Return ``lines`` with their character references decoded, but for lines that may be code; a
    line of only "&nbsp;" goes (as a line of only non-breaking spaces, recorded in ``removed``)
    unless the NBSP rule is off."""
    out_lines: list[str] = []
    out_origins: list[_Origin] = []
    for line, origin in zip(lines, origins, strict=True):
        assert isinstance(origin, int)  # lines are not cut yet
        decoded = _decode_entities(line, origin) if "&" in line and not _CODE_MARK.search(line) else None
        if decoded is None:
            out_lines.append(line)
            out_origins.append(origin)
        elif decoded.text:
            out_lines.append(decoded.text)
            out_origins.append(decoded.origs[0] if len(decoded.cols) == 1 else decoded)
        elif nbsp is not None:
            end = origin + len(line)
            removed.append(Removal(rule=nbsp.id, category=nbsp.category, text=line, start=origin, end=end))
        else:  # kept as it was written
            out_lines.append(line)
            out_origins.append(origin)
    return out_lines, out_origins


def _orig(origin: _Origin, col: int) -> int:
    """Return the input offset of column ``col`` of a line with this origin."""
    return origin + col if isinstance(origin, int) else origin.orig(col)


class _Scrubber:
    """The state of one scrub call."""

    def __init__(self, text: str, rules: RuleSet, title: str | None) -> None:
        self.input = text
        self.plan: _Plan = rules._plan
        self.lines, self.origins, self.removed = _split(text, self.plan)
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
        # The guarded rules not yet allowed: their guards are looked for where removals join text up.
        self.waiting = set(plan.guarded) - self.allowed
        # The guarded line rules this text may hold a match of (a candidate set's key); revoke()
        # leaves it as it is: each line is still checked for the guard of a rule tried on it.
        self.line_rules_allowed = plan.guarded_lines & self.allowed

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
        find_rules = self.plan.find_rules
        steps = len(find_rules) + 1
        allowed = self.allowed  # changed in place by revoke() and admit()
        quiet = 0  # steps in a row that changed nothing
        for count in range(MAX_PASSES * steps):
            step = count % steps
            if step == 0:
                if quiet < count:  # a new pass over a changed text
                    self.revoke()
                changed = self.apply(self.pattern_spans())
            else:
                rule = find_rules[step - 1]
                changed = rule.id in allowed and self.run_find(rule)
            quiet = 0 if changed else quiet + 1
            if quiet == steps:
                break
        else:
            logger.debug("scrub stopped after %d passes without reaching a fixed point", MAX_PASSES)
        return self.view.text

    def run_find(self, rule: Rule) -> bool:
        assert rule.find is not None
        view = self.view
        size = len(view.text)
        try:
            found = [(s, e, rule) for s, e in rule.find(view) if 0 <= s < e <= size]
        except (CleanArchiveError, MemoryError):  # a time limit running out, say
            raise
        except Exception as exc:  # a rule's bug (a user's own rule, most likely) costs its removals only
            logger.warning("scrub rule %s failed and is skipped for this text: %r", rule.id, exc)
            self.allowed.discard(rule.id)
            return False
        return self.apply(found)

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
        size = len(line)
        for width, guard, fullmatch, rule in self.plan.line_candidates(line[0], self.line_rules_allowed):
            if width >= size and (not guard or any(g in line for g in guard)) and fullmatch(line):
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
            first, last = view.line_of(start), view.line_of(end - 1)
            self.record(view, start, end, first, last, rule)
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
            if self.waiting:
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
        for rule in self.plan.rechecked:
            if rule.id in self.allowed and not any(g in text for g in rule.guard):
                self.allowed.discard(rule.id)
                self.waiting.add(rule.id)

    def admit(self, line: _Line) -> None:
        """Let guarded rules run when a removal joined up one of their guard strings in ``line``."""
        reach = self.plan.guard_len
        windows = "\n".join(line.text[max(0, col - reach) : col + reach] for col in line.cols[1:])
        if not windows:
            return
        by_guard = self.plan.by_guard
        admitted = {rule_id for guard in self.plan.guards.present(windows) for rule_id in by_guard[guard]}
        admitted &= self.waiting
        if admitted:
            self.allowed |= admitted
            self.waiting -= admitted
            self.line_rules_allowed = self.plan.guarded_lines & self.allowed

    def record(self, view: View, start: int, end: int, first: int, last: int, rule: Rule) -> None:
        """Record the removal of ``view.text[start:end]``, lines ``first`` to ``last``, in input offsets."""
        o_start = _orig(self.origins[first], start - view.starts[first])
        o_end = _orig(self.origins[last], end - 1 - view.starts[last]) + 1
        if self.plan.entities:
            o_end = _entity_end(self.input, o_end - 1)
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

    With ``include_comments`` the rule taking a dump's comment section is left out too.

    A disabled rule id that names no rule is a ``ValueError`` (a misspelling).
    """
    rules = default_rules().plus(options.extra_rules)
    unknown = sorted(set(options.disabled_rules) - set(rules.ids))
    if unknown:
        raise ValueError(f"unknown rule ids in disabled_rules: {', '.join(unknown)}; known: {', '.join(rules.ids)}")
    from cleanarchive.rules.trailer import COMMENTS_RULE_ID

    disabled = set(options.disabled_rules)
    if options.include_comments:  # a dump's comment section is kept as a page's comments are
        disabled.add(COMMENTS_RULE_ID)
    return rules.without(disabled, categories=options.disabled_categories)


def scrub(text: str, rules: RuleSet | None = None, *, title: str | None = None) -> ScrubResult:
    """Remove residue from ``text`` and record each removal.

    ``title`` is a title known from elsewhere: lines repeating it are removed.
    """
    scrubber = _Scrubber(text, default_rules() if rules is None else rules, title)
    out = scrubber.run()
    removed = tuple(sorted(scrubber.removed, key=lambda r: (r.start or 0, r.end or 0, r.rule)))
    return ScrubResult(text=out, removed=removed)
