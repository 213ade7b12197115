"""CSS rules: style-sheet blobs flattened into text (at-rule blocks, selector blocks)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanarchive.records import Category
from cleanarchive.scrub import Rule, Span, View

__all__ = ["RULES", "balanced_end", "scan_budget"]

AT_RULES = (
    "media",
    "font-face",
    "import",
    "keyframes",
    "-webkit-keyframes",
    "-moz-keyframes",
    "supports",
    "charset",
    "page",
    "namespace",
    "layer",
    "container",
    "font-feature-values",
    "counter-style",
    "property",
    "document",
    "viewport",
)
_STATEMENT_AT_RULES = frozenset({"import", "charset", "namespace", "layer"})
_AT = re.compile(
    r"@(" + "|".join(re.escape(a) for a in sorted(AT_RULES, key=len, reverse=True)) + r")(?![\w-])"
)
_BRACE = re.compile(r"[{}]")
MAX_BLOCK = 200_000
# A declaration: "property: value" (custom properties and vendor prefixes included).
_DECLARATION = re.compile(r"(?:--[\w-]{1,60}|-?[a-z][a-z0-9-]{0,60})[ \t]*:[^{}]{0,2000}|")
_SELECTOR = re.compile(r"[\w\s.#:>+~,*\[\]=\"'()^$|%@-]{1,300}")
_SELECTOR_HINT = re.compile(
    r"^[.#*\[:]|[.#\[][\w-]|\b(?:html|body|div|span|ul|ol|li|img|h[1-6]|table|iframe|ins|section|article|header|footer|nav)\b"
)
_BLOCK = re.compile(r"[ \t]*([^{}\n]{1,300})\{([^{}]{0,5000})\}[ \t]*")
_OPEN = re.compile(r"([^{}\n]{1,300})\{")
_BEFORE_AT = frozenset(" \t\n;}>")


def balanced_end(text: str, start: int, limit: int = MAX_BLOCK) -> int | None:
    """Return the offset just past the brace that closes the first ``{`` at or after ``start``."""
    depth = 0
    stop = min(len(text), start + limit)
    for m in _BRACE.finditer(text, start, stop):
        depth += 1 if m.group() == "{" else -1
        if depth == 0:
            return m.end()
        if depth < 0:
            return None
    return None


def _declarations(body: str) -> bool:
    parts = body.split(";")
    return all(_DECLARATION.fullmatch(p.strip()) for p in parts) and ":" in body


def scan_budget(text: str) -> int:
    """Return how many characters a rule may scan in total over ``text`` (keeps rules linear)."""
    return 4 * len(text) + MAX_BLOCK


def _at_rules(view: View) -> Iterator[Span]:
    """Yield ``@media``/``@font-face``/``@import`` blobs, one line or many, wherever they start."""
    text = view.text
    pos = 0
    budget = scan_budget(text)
    while budget > 0:
        m = _AT.search(text, pos)
        if m is None:
            return
        pos = m.end()
        if m.start() > 0 and text[m.start() - 1] not in _BEFORE_AT:
            continue
        if m.group(1) in _STATEMENT_AT_RULES:
            end = _statement_end(text, m.end())
        else:
            brace = text.find("{", m.end(), m.end() + 300)
            end = None
            if brace >= 0 and "\n" not in text[m.end() : brace]:
                end = balanced_end(text, brace, min(MAX_BLOCK, budget))
                budget -= MAX_BLOCK if end is None else end - brace
            if end is not None and ":" not in text[brace:end]:
                end = None
        if end is not None:
            yield m.start(), end
            pos = end


def _statement_end(text: str, pos: int) -> int | None:
    semi = text.find(";", pos, pos + 500)
    if semi < 0 or "\n" in text[pos:semi]:
        return None
    return semi + 1


def _selector_ok(selector: str) -> bool:
    selector = selector.strip()
    return bool(_SELECTOR.fullmatch(selector)) and bool(_SELECTOR_HINT.search(selector))


def _blocks(view: View) -> Iterator[Span]:
    """Yield lines of selector blocks (``.a {color: red}``) and blocks spread over lines."""
    i = 0
    lines = view.lines
    while i < len(lines):
        line = lines[i]
        if "{" in line and len(line) <= 100_000:
            end = _block_lines(lines, i) if line.endswith("{") else (i if _one_line(line) else None)
            if end is not None:
                yield view.starts[i], view.line_span(end)[1]
                i = end + 1
                continue
        i += 1


def _one_line(line: str) -> bool:
    pos = 0
    count = 0
    while pos < len(line):
        m = _BLOCK.match(line, pos)
        if m is None or not _selector_ok(m.group(1)) or not _declarations(m.group(2)):
            return False
        pos = m.end()
        count += 1
    return count > 0


def _block_lines(lines: tuple[str, ...], first: int) -> int | None:
    """Return the last line of a selector block opened on line ``first``, if all between are CSS."""
    m = _OPEN.fullmatch(lines[first])
    if m is None or not _selector_ok(m.group(1)):
        return None
    body: list[str] = []
    for j in range(first + 1, min(len(lines), first + 200)):
        line = lines[j]
        if line.startswith("}"):
            rest = line[1:].strip()
            return j if (not rest or _one_line(rest)) and _declarations(";".join(body)) else None
        if "{" in line or "}" in line:
            return None
        body.append(line.rstrip(";"))
    return None


RULES = (
    Rule(
        id="css.at-rule",
        category=Category.CSS,
        description="@media/@font-face/@import/@keyframes blobs, on one line or many.",
        find=_at_rules,
        guard=("@",),
    ),
    Rule(
        id="css.rule-block",
        category=Category.CSS,
        description="CSS selector blocks ('.ad-slot {display:block !important;}'), on one line or many.",
        find=_blocks,
        guard=("{",),
    ),
)
