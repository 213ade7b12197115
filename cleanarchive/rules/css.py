"""CSS rules: style-sheet blobs flattened into text (at-rule blocks, selector blocks).

CSS the article quotes (a tutorial's example under a "css" label or after a sentence that
introduces it, see ``shapes.code_example``) is kept.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from cleanarchive.records import Category
from cleanarchive.rules.shapes import code_example, code_example_inline, holds_prose, is_prose
from cleanarchive.ruleset import Rule, Span, View

__all__ = ["GLUED_RULES", "RULES", "balanced_end", "scan_budget"]

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
# Vendor-prefixed forms ("@-moz-document", "@-webkit-keyframes") count as their rule.
_AT = re.compile(
    r"@(?:-(?:webkit|moz|ms|o)-)?("
    + "|".join(re.escape(a) for a in sorted(AT_RULES, key=len, reverse=True))
    + r")(?![\w-])"
)
_BRACE = re.compile(r"[{}]")
MAX_BLOCK = 200_000
# A declaration: "property: value" (custom properties and vendor prefixes included).
_DECLARATION = re.compile(r"(?:--[\w-]{1,200}|\*?-?[a-zA-Z][a-zA-Z0-9-]{0,60})[ \t]*:[^{}]{0,20000}|")
# A selector's characters; zero-width ones too, which some sites scatter through their class
# names and ids against copying ("#\u200b#\u200b .as-7o").
_SELECTOR = re.compile(r"[\w\s.#:>+~,*\[\]=\"'()^$|%@\\/!\u200b-\u200d\u2060\ufeff-]{1,3000}")
# HTML element names a selector may start with.
_TAGS = (
    "html|body|div|span|p|a|ul|ol|li|img|h[1-6]|table|thead|tbody|tr|td|th|iframe|ins|section"
    "|article|header|footer|nav|main|aside|figure|figcaption|input|button|form|label|select"
    "|textarea|blockquote|q|sup|sub|pre|code|svg|path|video|dialog|strong|em|b|i|hr|picture|source"
)
# The other elements of HTML (a reset style sheet styles "dfn", "legend", "optgroup" and "tfoot"
# too) and SVG's usual ones. Many are English words ("small", "mark", "time"), so they make a
# selector only when it is nothing but element names ("small", "fieldset, legend") before a
# block of declarations ("small{font-size:80%}"), never words among others ("time is short:").
_MORE_ELEMENTS = (
    "tfoot|caption|col|colgroup|del|fieldset|legend|option|optgroup|datalist|output|kbd|samp|var"
    "|abbr|address|cite|dfn|mark|small|s|u|time|details|summary|menu|dl|dt|dd|hgroup|search|br|wbr"
    "|audio|track|canvas|embed|object|progress|meter|ruby|rt|rp|bdi|bdo|template|slot"
    "|g|circle|rect|line|polygon|polyline|ellipse|use|symbol|text"
)
_SELECTOR_HINT = re.compile(rf"^[.#*\[:]|[.#\[][\w-]|\b(?:{_TAGS})\b")
# A selector of element names alone ("dfn", "fieldset, legend", "tfoot td:first-child").
_ELEMENT = rf"(?:{_TAGS}|{_MORE_ELEMENTS})(?![\w-])(?:[.#:\[][^\s,>+~{{}}]*)?"
_ELEMENTS_ONLY = re.compile(rf"{_ELEMENT}(?:[ \t]*[,>+~]?[ \t]*{_ELEMENT})*")
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


# A ";" that ends a declaration, not one inside url(data:image/png;base64,...).
_DECLARATION_END = re.compile(r";(?![^()]*\))")
_COMMENT = re.compile(r"/\*[^*]{0,2000}\*+(?:[^/*][^*]{0,2000}\*+){0,20}/")


def _declarations(body: str) -> bool:
    if "&" in body:  # style text that came through an HTML escaper: font-family:&quot;X&quot;
        body = html.unescape(body)
    parts = _DECLARATION_END.split(body) if "(" in body else body.split(";")
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
            if brace >= 0 and _at_prelude_ok(text[m.end() : brace]):
                end = balanced_end(text, brace, min(MAX_BLOCK, budget))
                budget -= MAX_BLOCK if end is None else end - brace
            if end is not None and not (_at_block_ok(text[brace:end]) or _empty_at_block(text, m.start(), brace, end)):
                end = None
        if end is not None and (m.start() == 0 or text[m.start() - 1] == "\n"):
            if code_example(view, view.line_of(m.start())):  # quoted by the article
                end = None
        if end is not None:
            yield m.start(), end
            pos = end


_PARENS = re.compile(r"\([^()]*\)")


def _at_prelude_ok(prelude: str) -> bool:
    """Return whether the text between an at-keyword and its ``{`` is a CSS prelude.

    ``@media screen and (min-width: 768px)`` is; ``@property def volume(self) -> float:``, a
    Python decorator in a flattened tutorial, is not.
    """
    if "\n" in prelude:
        return False
    for _ in range(3):  # nested groups, innermost first: (not (display: grid))
        if "(" not in prelude:
            break
        prelude = _PARENS.sub("", prelude)
    return not any(mark in prelude for mark in (";", "=", ": ", "->", '"', "'"))


def _at_block_ok(block: str) -> bool:
    """Return whether an at-rule's block can be CSS: a declaration's colon, no prose line."""
    return ":" in block and not holds_prose(block)


def _empty_at_block(text: str, start: int, brace: int, end: int) -> bool:
    """Return whether the at-rule at ``start`` has an empty block (its rules taken out by an earlier
    removal) and is no rule block's nested at-rule: the line before it does not go on inside a
    block (ending in ";" or "{"), which the rule block would take whole."""
    if text[brace + 1 : end - 1].strip():
        return False
    before = text[max(0, start - 300) : start].rstrip()
    return not before.endswith((";", "{"))


def _statement_end(text: str, pos: int) -> int | None:
    semi = text.find(";", pos, pos + 500)
    if semi < 0 or "\n" in text[pos:semi]:
        return None
    return semi + 1


def _selector_ok(selector: str) -> bool:
    selector = selector.strip()
    return bool(_SELECTOR.fullmatch(selector)) and (
        bool(_SELECTOR_HINT.search(selector)) or _ELEMENTS_ONLY.fullmatch(selector) is not None
    )


MAX_SELECTOR_LINES = 100


def _blocks(view: View) -> Iterator[Span]:
    """Yield lines of selector blocks (``.a {color: red}``) and blocks spread over lines.

    A block spread over lines may have its selector list on the lines before its ``{`` line
    (``.a,`` / ``.b {``) or its ``{`` alone on the line after the selector.
    """
    i = after = 0  # after: the line after the last block yielded
    lines = view.lines
    while i < len(lines):
        line = lines[i]
        if "{" in line and len(line) <= 100_000:
            first = i
            if line == "{":
                end = _block_body(lines, i + 1) if i > 0 and _selectors_only(lines[i - 1]) else None
                first = i - 1
            elif line.endswith("{"):
                end = _block_lines(lines, i)
            else:
                end = i if _one_line(line) else None
            if end is not None:
                floor = max(0, first - MAX_SELECTOR_LINES)
                # the selector list above, its commas at the ends of lines or at the starts
                while (
                    first > floor
                    and (lines[first - 1].endswith(",") or lines[first].startswith(","))
                    and _selectors_only(lines[first - 1].lstrip(","))
                ):
                    first -= 1
                if not code_example(view, first):  # not quoted by the article
                    first, end = _with_comments(lines, first, end, after)
                    yield view.starts[first], view.line_span(end)[1]
                    after = end + 1
                i = end + 1
                continue
        i += 1


# The most lines a style sheet's comment spans ("/* Clip issue - ..." / "... parent element */").
MAX_COMMENT_LINES = 20


def _with_comments(lines: Sequence[str], first: int, end: int, floor: int) -> tuple[int, int]:
    """Return ``first`` and ``end`` of a rule block widened over the style sheet's comment lines
    next to it ("/* Navigation */", a comment over several lines), which go with the block; not
    above line ``floor`` (the line after the block before it)."""
    while first > floor:
        start = _comment_start(lines, first - 1)
        if start is None or start < floor:
            break
        first = start
    while end + 1 < len(lines):
        stop = _comment_end(lines, end + 1)
        if stop is None:
            break
        end = stop
    return first, end


def _comment_end(lines: Sequence[str], i: int) -> int | None:
    """Return the last line of the comment starting line ``i``, None when no comment starts it."""
    line = lines[i]
    if not line.startswith("/*"):
        return None
    if "*/" in line:
        return i if _COMMENT.fullmatch(line) else None
    j = _comment_close(lines, i, len(lines))
    return j if j is not None and lines[j].endswith("*/") and "/*" not in lines[j] else None


def _comment_close(lines: Sequence[str], i: int, stop: int) -> int | None:
    """Return the first line after ``i`` (before ``stop``) closing a comment that line ``i`` opened."""
    return next((j for j in range(i + 1, min(stop, i + MAX_COMMENT_LINES)) if "*/" in lines[j]), None)


def _comment_start(lines: Sequence[str], i: int) -> int | None:
    """Return the first line of the comment ending line ``i``, None when no comment ends it."""
    line = lines[i]
    if not line.endswith("*/"):
        return None
    if "/*" in line:
        return i if line.startswith("/*") and _COMMENT.fullmatch(line) else None
    for j in range(i - 1, max(-1, i - MAX_COMMENT_LINES), -1):
        if "/*" in lines[j]:
            return j if lines[j].startswith("/*") and "*/" not in lines[j] else None
        if "*/" in lines[j]:
            return None
    return None


# A custom element's name ("ot-grp-hdr1"): a selector beside ids or classes on the same line.
_CUSTOM_ELEMENT = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+,?")


def _selectors_only(line: str) -> bool:
    """Return whether ``line`` is nothing but selectors ('.a .b,', 'h2 > a:hover'), no words."""
    if len(line) > 3000:
        return False
    marked = "#" in line or "." in line
    return all(
        _SELECTOR_TOKEN.fullmatch(token) or (marked and _CUSTOM_ELEMENT.fullmatch(token)) for token in line.split()
    )


def _one_line(line: str) -> bool:
    """Return whether ``line`` is nothing but style sheet: rule blocks, at-rules, comments."""
    if "/*" in line:  # comments between rules ("/* Colors */a{...}", "...}/*!sc*/")
        line = _COMMENT.sub(" ", line)
    line = line.strip()
    if not line.endswith("}") or line.count("{") != line.count("}"):
        return False
    depth = 0
    start = 0
    first = True
    for m in _BRACE.finditer(line):
        segment = line[start : m.start()]
        start = m.end()
        if m.group() == "{":
            if not _prelude_ok(segment, first):
                return False
            first = False
            depth += 1
        else:
            depth -= 1
            if depth < 0 or (segment.strip() and not _declarations(segment)):
                return False
    return depth == 0 and not first


def _prelude_ok(prelude: str, first: bool) -> bool:
    """Return whether the text before a ``{`` is a selector or an at-rule prelude."""
    prelude = prelude.strip()
    if ";" in prelude:  # at-rule statements before it: '@charset "UTF-8";.a'
        *statements, prelude = prelude.split(";")
        if not all(s.strip().startswith("@") for s in statements):
            return False
        prelude = prelude.strip()
    if prelude.startswith("@"):
        return len(prelude) <= 300 and "\n" not in prelude
    if first:
        return _selector_ok(prelude)
    return not prelude or bool(_SELECTOR.fullmatch(prelude))


def _block_lines(lines: tuple[str, ...], first: int) -> int | None:
    """Return the last line of a selector block opened on line ``first``, if all between are CSS."""
    m = _OPEN.fullmatch(lines[first])
    if m is None or not _selector_ok(m.group(1)):
        return None
    return _block_body(lines, first + 1)


MAX_BLOCK_LINES = 200
# How deep blocks may nest in a block (CSS nesting: '.a {' / '@media (...) {' / '}' / '}').
MAX_NESTING = 3


def _block_body(lines: tuple[str, ...], start: int, depth: int = 0) -> int | None:
    """Return the line closing a block whose declarations start on line ``start``, if all are CSS.

    Comments are skipped, on one line or over several. Each line is a declaration, or goes on with
    the value of the one before it: after a line ending in ``,``, ``(`` or ``:``, or when it starts
    like a value (``minmax(...)``, ``#fff``, ``1fr``). A line ending in ``{`` after a selector or an
    at-rule prelude opens a nested block (CSS nesting). A block may be empty.
    """
    body: list[str] = []
    j = start
    stop = min(len(lines), start + MAX_BLOCK_LINES)
    while j < stop:
        line = lines[j]
        if "/*" in line:
            line = _COMMENT.sub(" ", line).strip()
            if "/*" in line:  # a comment over lines ("/* Use inoutquad ..." / "... backgrounds. */")
                close = _comment_close(lines, j, stop)
                if close is None:
                    return None
                tail = _COMMENT.sub(" ", lines[close][lines[close].index("*/") + 2 :])
                line = f"{line[: line.index('/*')]} {tail}".strip()
                if "/*" in line:
                    return None
                j = close
        if line.startswith("}"):
            rest = line[1:].strip()
            if rest and (depth or not _one_line(rest)):
                return None
            if any(map(is_prose, body)):
                return None
            declarations = ";".join(b.rstrip(";") for b in body)
            # An empty block is CSS too, under a selector: one that held only a nested block the
            # at-rule rule took out, say.
            return j if not body or _declarations(declarations) else None
        if line.endswith("{") and depth < MAX_NESTING and _nested_prelude_ok(line[:-1].strip()):
            end = _block_body(lines, j + 1, depth + 1)
            if end is None:
                return None
            j = end + 1
            continue
        if "{" in line or "}" in line:
            return None
        j += 1
        if not line:
            continue
        last = body[-1] if body else ""
        if last and last[-1] != ";" and (last[-1] in ",(:" or _VALUE_START.match(line)):
            body[-1] = f"{last} {line}"
        else:
            body.append(line)
    return None


def _nested_prelude_ok(prelude: str) -> bool:
    """Return whether what opens a block inside a block is a selector or an at-rule prelude."""
    if prelude.startswith("@"):
        m = _AT.match(prelude)
        return m is not None and m.group(1) not in _STATEMENT_AT_RULES and _at_prelude_ok(prelude[m.end() :])
    return prelude.startswith("&") or _selector_ok(prelude)


# How a value continued on a new line starts: a number, a colour, a function ("minmax(").
_VALUE_START = re.compile(r"[\d#.(-]|[a-z-]{1,30}\(")


# One compound selector: a tag, class, id, attribute or pseudo-class chain, maybe with a comma.
_SELECTOR_TOKEN = re.compile(
    rf"(?:(?:{_TAGS}|\*)(?![\w-])|[\w-]*(?:[.#][\w-]+|\[[^\]\s]{{1,80}}\]|::?[\w-]+(?:\([^)\s]{{0,40}}\))?)+)"
    r"(?:[.#][\w-]+|\[[^\]\s]{1,80}\]|::?[\w-]+(?:\([^)\s]{0,40}\))?)*,?|[>+~]"
)
_INNER_BLOCK = re.compile(r"\{([^{}]{0,5000})\}")
_GAP = re.compile(r"[ \t]*(?:/\*[^*]{0,500}\*/[ \t]*)*")
_COMMENTS_AFTER = re.compile(r"(?:[ \t]*/\*[^*]{0,500}\*/)*")
MIN_GLUED_BLOCKS = 2
_LONE_SELECTOR_FIRST = frozenset(".#:")
_WORD_BEFORE = re.compile(r"(?<![^\s])[a-z][a-z'’]*[,:]?[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]*[a-z]")
MIN_LONE_DECLARATIONS = 2


def _block_declarations(body: str) -> bool:
    """Return whether a block's body is declarations, its comments aside ("nowrap; /*change here*/")."""
    if "/*" in body:
        body = _COMMENT.sub(" ", body)
    return _declarations(body)


def _skip(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Return where a match of ``pattern`` (which may be empty) at ``pos`` ends."""
    m = pattern.match(text, pos)
    return pos if m is None else m.end()


def _selector_start(text: str, brace: int, floor: int) -> int | None:
    """Return where the selector before the ``{`` at ``brace`` starts, reading back token by token."""
    start = None
    pos = brace
    while pos > floor:
        while pos > floor and text[pos - 1] in " \t":
            pos -= 1
        space = max(text.rfind(" ", floor, pos), text.rfind("\t", floor, pos), text.rfind("\n", floor, pos))
        token_start = max(space + 1, floor)
        closer = text.rfind("}", token_start, pos)
        if closer >= 0:
            token_start = closer + 1
        if token_start >= pos or not _SELECTOR_TOKEN.fullmatch(text, token_start, pos):
            break
        start = pos = token_start
        if closer >= 0:
            break
    return start


def _glued_blocks(view: View) -> Iterator[Span]:
    """Yield runs of CSS rule blocks glued inside a line ('... text .a{color:red}.b{margin:0} text')."""
    text = view.text
    pos = 0
    while True:
        m = _INNER_BLOCK.search(text, pos)
        if m is None:
            return
        pos = m.end()
        # The selector starts on the block's line, at most 300 characters before it. (Looking
        # back no further: on a flattened page the line is the whole page.)
        floor = max(0, m.start() - 300)
        floor = text.rfind("\n", floor, m.start()) + 1 or floor
        start = _selector_start(text, m.start(), floor)
        if start is None or not _block_declarations(m.group(1)):
            continue
        first = text[start : m.start()].strip()
        if not _SELECTOR_HINT.search(first):
            continue
        end, count = m.end(), 1
        while True:
            gap = _skip(_GAP, text, end)
            nxt = _INNER_BLOCK.search(text, gap, gap + 400)
            if nxt is None or _selector_start(text, nxt.start(), gap) != gap or not _block_declarations(nxt.group(1)):
                break
            end, count = nxt.end(), count + 1
        # One block alone must look like a style sheet's: a class, id or pseudo-class selector
        # over two declarations or more (".intro { padding: 18px; border-radius: 10px; }").
        # A sentence that runs through it quotes it ("write .a { ... } in your style sheet").
        alone = (
            first[0] in _LONE_SELECTOR_FIRST
            and m.group(1).count(";") >= MIN_LONE_DECLARATIONS
            and not _WORD_BEFORE.search(text, max(floor, start - 40), start)
            and not _WORD_AFTER.match(text, end)
        )
        if (count >= MIN_GLUED_BLOCKS or alone) and not code_example_inline(text, start, text[start:end]):
            yield start, _skip(_COMMENTS_AFTER, text, end)
        pos = end


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
# Run after the script rules: whole lines of CSS or code go first, as one removal each.
GLUED_RULES = (
    Rule(
        id="css.glued-blocks",
        category=Category.CSS,
        description="Two or more CSS rule blocks glued inside a line of text ('.a{color:red}.b{margin:0}').",
        find=_glued_blocks,
        guard=("{",),
    ),
)
