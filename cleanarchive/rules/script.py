"""Script rules: JavaScript statements, ad loaders and JSON configs flattened into text.

Code is recognised by its start (``var x =``, ``window.``, ``(function(``) and then read with
a small bracket-and-string scanner; a statement that does not close cleanly is kept, and so is
code the article quotes (under a code box's label, or after a sentence introducing it, see
``shapes.code_example``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator
from itertools import accumulate
from operator import add

from cleanarchive.records import Category
from cleanarchive.rules.css import balanced_end, scan_budget
from cleanarchive.rules.shapes import (
    code_example,
    code_example_inline,
    holds_prose,
    line_runs,
    matches_not_after,
    occurrences,
    plain_sentence,
    words_pattern,
)
from cleanarchive.ruleset import Rule, Scope, Span, View

__all__ = ["RULES", "starts_like_script", "statement_end"]

MAX_STATEMENT = 200_000
# Names that open ad, analytics and widget statements.
SCRIPT_OBJECTS = (
    "window",
    "document",
    "googletag",
    "_gaq",
    "_paq",
    "_qevents",
    "dataLayer",
    "jQuery",
    "__tcfapi",
    "twttr",
    "FB",
    "ezstandalone",
    "OneSignal",
    "adsbygoogle",
    "pbjs",
    "apstag",
    "Taboola",
    "_taboola",
    "vdo_ai",
    "ldAdInit",
)
_OBJECTS = "|".join(re.escape(o) for o in SCRIPT_OBJECTS)
_JS_START = re.compile(
    r"(?:var|let|const)[ \t]{1,5}[\w$]{1,60}[ \t]{0,5}="
    rf"|(?:{_OBJECTS})(?:\.[\w$]{{1,60}}){{0,8}}[ \t]{{0,12}}(?:[.(\[]|=[^=])"
    r"|(?:gtag|ga|fbq|__cmp|\$|jQuery)[ \t]{0,3}\("
    r"|[A-Za-z_$][\w$]{0,60}(?:\.[\w$]{1,60}){1,8}[ \t]{0,3}"
    r"(?:=[^=]|\.push\(|\((?=[^)\n]{0,200}\)[ \t]{0,3};))"
    r"|function[ \t]{1,5}[\w$]{1,60}[ \t]{0,3}\("
    r"|[!;]?\([ \t]{0,3}(?:function|async)[ \t]{0,3}[\w$]{0,60}[ \t]{0,3}\(|!function[ \t]{0,3}\("
    r"|\([ \t]{0,3}\([^()\n]{0,60}\)[ \t]{0,3}=>"
    r"|if[ \t]{0,3}\([ \t]{0,3}(?:window|document|typeof)\b|try[ \t]{0,3}\{"
    # A call taking a callback, maybe after an event name: "StackExchange.ready(function () {",
    # "onReady(() => {", "player.on('play', function(data) {".
    r"|[A-Za-z_$][\w$]{0,60}(?:\.[\w$]{1,60}){0,8}[ \t]{0,3}\([ \t]{0,3}"
    r"""(?:(?:'[^'\n]{0,60}'|"[^"\n]{0,60}")[ \t]{0,3},[ \t]{0,3})?"""
    r"(?:function[ \t]{0,3}[\w$]{0,60}[ \t]{0,3}\(|\([^()\n]{0,60}\)[ \t]{0,3}=>|[\w$]{1,30}[ \t]{0,3}=>)"
    # "(window.NREUM||(NREUM={})).init=...", and a name set from a browser object: "_stq = window._stq || [];"
    rf"|\([ \t]{{0,3}}(?:{_OBJECTS})\.[\w$]"
    rf"|[A-Za-z_$][\w$]{{0,60}}[ \t]{{0,3}}=[ \t]{{0,3}}(?:{_OBJECTS})\.[\w$]"
)
_IIFE = re.compile(
    r"[(!][ \t]{0,3}function[ \t]{0,3}[\w$]{0,60}[ \t]{0,3}\(|\([ \t]{0,3}\([^()\n]{0,60}\)[ \t]{0,3}=>"
)
_SPECIAL = re.compile(r"[\"'`()\[\]{};\n]|//|/\*")
_STRINGS = {
    '"': re.compile(r'"(?:[^"\\\n]|\\.){0,100000}"'),
    "'": re.compile(r"'(?:[^'\\\n]|\\.){0,100000}'"),
    "`": re.compile(r"`(?:[^`\\]|\\.){0,100000}`"),
}
_CONTINUE = frozenset("([{.,=+-*/&|?:<>!")
# A function's parameter list, and its body's brace on a later line (the Facebook pixel's
# "!function(f,b,e,v,n,t,s)" / "{if(f.fbq)return;..."): the statement goes on.
_FUNCTION_HEAD = re.compile(r"function[ \t]{0,3}[\w$]{0,60}[ \t]{0,3}\([\w$, \t]{0,200}\)\Z")
_BODY_NEXT = re.compile(r"\s{1,20}\{")
_OPEN = frozenset("([{")


def starts_like_script(line: str) -> bool:
    """Return whether ``line`` opens like a JavaScript statement ("var x =", "window.", "(function(")."""
    return _JS_START.match(line) is not None


def statement_end(text: str, start: int, limit: int = MAX_STATEMENT) -> int | None:
    """Return where the JavaScript statement starting at ``start`` ends, or None if it does not close."""
    depth = 0
    stop = min(len(text), start + limit)
    pos = start
    while pos < stop:
        m = _SPECIAL.search(text, pos, stop)
        if m is None:
            return None
        c, pos = m.group(), m.end()
        if c in _STRINGS:
            s = _STRINGS[c].match(text, m.start(), stop)
            if s is None:
                return None
            pos = s.end()
        elif c == "//" or c == "/*":
            # A comment cannot be told apart from a URL or prose once newlines are gone.
            if depth == 0:
                return None
        elif c in _OPEN:
            depth += 1
        elif c == ";" or c == "\n":
            if depth == 0:
                return pos if c == ";" else m.start()
        else:
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                nxt = _next_char(text, pos, stop)
                if nxt == ";":
                    return text.index(";", pos) + 1
                if nxt == "\n" and c == ")" and _FUNCTION_HEAD.search(text, max(start, pos - 300), pos):
                    body = _BODY_NEXT.match(text, pos, stop)  # "!function(f,b,e)" / "{if(f.fbq)..."
                    if body is not None:
                        pos = body.end() - 1
                        continue
                if not (nxt in _CONTINUE or (nxt.isalnum() and pos < stop and text[pos] == nxt)):
                    return pos
    return None


def _next_char(text: str, pos: int, stop: int) -> str:
    while pos < stop and text[pos] in " \t":
        pos += 1
    return text[pos] if pos < stop else ""


def _block_end(text: str, start: int, budget: list[int]) -> int | None:
    """Return the end of the run of statements starting at line start ``start``, if it fills its line.

    ``budget`` holds the characters left to scan; it shrinks by what this call reads.
    """
    pos = start
    for _ in range(100):
        if budget[0] <= 0 or not _JS_START.match(text, pos):
            return None
        limit = min(MAX_STATEMENT, budget[0])
        end = statement_end(text, pos, limit)
        budget[0] -= limit if end is None else end - pos
        if end is None or end == pos:
            return None
        pos = end
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos == len(text) or text[pos] == "\n":
            return None if holds_prose(text[start:end]) else end
    return None


def _statements(view: View) -> Iterator[Span]:
    """Yield lines (and multi-line blocks) that are JavaScript statements."""
    text = view.text
    budget = [scan_budget(text)]
    i = 0
    while i < len(view.lines):
        start = view.starts[i]
        line = view.lines[i]
        ends = len(line) > 3 and (
            ";" in line
            or line[-1] in "{("
            or (line[-1] in ")}" and _page_call(line))
            or ("=" in line and _OBJECT_ASSIGNMENT.match(line) is not None)
        )
        end = _block_end(text, start, budget) if ends else None
        if end is not None and code_example(view, i, text[start:end]):  # quoted by the article
            end = None
        if end is not None:
            yield start, end
            i = _line_at(view, end)
        else:
            i += 1


# A value set on a browser or tracking object, written without a semicolon as scripts may
# ('window.translations.CART_LABEL = "Added to cart"'): the line is the statement.
_OBJECT_ASSIGNMENT = re.compile(
    rf"(?:{_OBJECTS})(?:\.[\w$]{{1,60}}|\[[^\]\n]{{1,80}}\]){{1,8}}[ \t]{{0,3}}=(?!=)"
)


def _page_call(line: str) -> bool:
    """Return whether a line without a semicolon, ending in a call or a block, is a page script's
    statement: it pushes onto a queue or uses a browser name (``self.__next_f.push([...])``,
    ``window.config = JSON.parse("...")``, ``function track() { window.dataLayer.push(...) }``).
    A tutorial's ``const name = line.slice(0, i).trim()`` uses neither."""
    return ".push(" in line or bool(_browser_names(line))


def _line_at(view: View, offset: int) -> int:
    """Return the index of the first line of ``view`` starting at or after ``offset``."""
    return bisect_left(view.starts, offset)


def _iife_starts(text: str) -> Iterator[int]:
    """Yield where ``(function(``, ``!function(`` and ``(() =>`` openers start, in order."""
    found = []
    for needle, reach in (("function", 4), ("=>", 70)):
        for pos in occurrences(text, needle):
            lo = max(0, pos - reach)
            opener = max(text.rfind("(", lo, pos), text.rfind("!", lo, pos) if needle == "function" else -1)
            if opener >= 0 and _IIFE.match(text, opener):
                found.append(opener)
    return iter(sorted(set(found)))


def _iifes(view: View) -> Iterator[Span]:
    """Yield immediately-invoked functions (ad loaders) wherever they sit."""
    text = view.text
    pos = 0
    budget = scan_budget(text)
    for start in _iife_starts(text):
        if budget <= 0:
            return
        if start < pos:
            continue
        if start > 0 and text[start - 1] == ";" and text[start] == "(":
            start -= 1
        end = None
        if start == 0 or not text[start - 1].isalnum():
            limit = min(MAX_STATEMENT, budget)
            end = statement_end(text, start, limit)
            budget -= limit if end is None else end - start
        code = text[start:end] if end is not None else ""
        if end is not None and "{" in code and code.rstrip(";").endswith(")") and not _holds_text(code):
            if (start == 0 or text[start - 1] == "\n") and code_example(view, _line_at(view, start), code):
                continue  # quoted by the article
            yield start, end
            pos = end


def _holds_text(code: str) -> bool:
    """Return whether a span read as code holds article text: a prose line, or (a long span within
    one line, as in a page flattened onto one line, where a quote left open runs on into the
    article) a long sentence."""
    if holds_prose(code):
        return True
    return len(code) >= MIN_FLAT_LINE and "\n" not in code and _LONG_SENTENCE.search(code) is not None


# A line of an object literal left by a page script whose other lines went (a forum's table of
# phrases, 'a_moment_ago: "a moment ago",'): a name, a colon, a string, number or literal value.
_PROPERTY_LINE = re.compile(
    r"""(?:[A-Za-z_$][\w$]{0,80}|"[^"\n]{1,80}"|'[^'\n]{1,80}')[ \t]*:[ \t]*"""
    r"""(?:"(?:[^"\\\n]|\\.){0,500}"|'(?:[^'\\\n]|\\.){0,500}'|-?\d{1,20}(?:\.\d{1,20})?|true|false|null)[ \t]*,?"""
)
MIN_PROPERTY_LINES = 4


def _property_line(line: str) -> bool:
    return ":" in line and _PROPERTY_LINE.fullmatch(line) is not None


def _property_runs(view: View) -> Iterator[Span]:
    """Yield runs of four or more object-literal lines, most of them ending in a comma.

    A list in an article ('Price: "$5"') seldom runs on with commas; an example the text
    introduces stays.
    """
    if view.text.count(":") < MIN_PROPERTY_LINES:  # one character: counted at memchr speed
        return
    lines = view.lines
    for i, j in line_runs(lines, _property_line):
        commas = sum(1 for k in range(i, j) if lines[k].endswith(","))
        if j - i >= MIN_PROPERTY_LINES and 2 * commas >= j - i and not code_example(view, i):
            yield view.starts[i], view.line_span(j - 1)[1]


def _json_configs(view: View) -> Iterator[Span]:
    """Yield lines (or blocks of lines) holding a JSON object or an array of objects."""
    text = view.text
    budget = scan_budget(text)
    i = 0
    while i < len(view.lines):
        line = view.lines[i]
        start = view.starts[i]
        end: int | None = None
        if (line[0] == "{" or line.startswith("[{")) and budget > 0:
            if line[-1] in "}]":
                end = start + len(line)
            else:
                end = balanced_end(text, start, min(MAX_STATEMENT, budget))
                budget -= MAX_STATEMENT if end is None else end - start
            if end is not None and ((end < len(text) and text[end] != "\n") or not _is_json(text[start:end])):
                end = None
            if end is not None and code_example(view, i, text[start:end]):
                end = None
        if end is not None:
            yield start, end
            i = _line_at(view, end)
        else:
            i += 1


# Browser, DOM and tracking names: what page scripts use and what code quoted in an article
# rarely needs two of.
_BROWSER_NAMES = (
    "window", "document", "navigator", "localStorage", "sessionStorage", "dataLayer", "gtag",
    "fbq", "_gaq", "_paq", "googletag", "jQuery", "addEventListener", "removeEventListener",
    "querySelector", "querySelectorAll", "getElementById", "getElementsByClassName",
    "getElementsByTagName", "createElement", "appendChild", "setTimeout", "setInterval",
    "XMLHttpRequest", "innerHTML", "classList", "dispatchEvent", "preventDefault",
    "stopPropagation", "cookie",
)
_BROWSER = re.compile(rf"{words_pattern(_BROWSER_NAMES)}(?![\w$])")
_NAME_CHAR = re.compile(r"[\w$]")


def _browser_names(text: str) -> set[str]:
    """Return the browser API names ``text`` uses, with "$(" for jQuery's."""
    names = {m.group() for m in matches_not_after(_BROWSER, text, _NAME_CHAR)}
    return (names | {"$("}) if "$(" in text else names


_CODE_START = re.compile(
    r"(?:if|else|for|while|do|return|switch|case|default|try|catch|finally|function|var|let|const"
    r"|new|this|async|await|throw|break|continue|typeof)\b|//|/\*|\*/|[{})\]]"
)
_CODE_END = frozenset(";{}()[],")
_CODE_CHARS = re.compile(r"[{}();=\[\]<>$]")
# A line ending like a sentence is code only if it holds one of these marks.
_SENTENCE_END = frozenset(".!?…”’")
_MARKS = re.compile(r"[{};=/]")


# Eight plain words in a row and a full stop: a sentence, which a line taken for code must not
# hold (a whole article flattened onto one line with a script glued to it, for one).
_SENTENCE = plain_sentence(8)
MIN_BLOCK_LINES = 2
MAX_COMMENT_LINE = 300
MINIFIED_LINE = 300


# Words in parentheses, alone on a line: a link's or a caption's note ("(opens in a new window)").
_PARENTHETICAL = re.compile(
    r"\([ \t]{0,3}[^\W\d_][^\W\d_'’ \t.,-]{0,40}(?:[ \t.,-]{1,3}[^\W_][^\W_'’]{0,40}){0,12}[ \t]{0,3}\)"
)
# The last property of an object literal, which has no comma: "url: url", "sync: false".
_LAST_PROPERTY = re.compile(r"[a-z_$][\w$]{0,40}[ \t]{0,3}:[ \t]{0,3}[\w$.'\"\[\]()!-]{1,100}")


def _code_line(line: str) -> bool:
    """Return whether ``line`` is shaped like a line of JavaScript, not a sentence.

    A line of MINIFIED_LINE characters or more may be a whole page flattened onto one line
    (its title first). It is no code line when it holds stretches of text (twelve words in a
    row without code marks, or runs of CJK characters) and either does not start like code or
    is a tenth text; script.flat-code reads such a line run by run.
    """
    if line.startswith(("//", "/*")) and len(line) <= MAX_COMMENT_LINE and "*/" not in line[2:-2]:
        return True  # a comment, whatever words it holds (not a whole page that starts with one)
    if _PARENTHETICAL.fullmatch(line):  # "(opens in a new window)", a link's note: text, not a call
        return False
    if line[-1] in _SENTENCE_END:  # most lines of a dump are sentences; code there has marks
        if not _MARKS.search(line):
            return False
        ends_like_code = False
    else:
        ends_like_code = line[-1] in _CODE_END or line.endswith("=>")
    if not (ends_like_code or _CODE_START.match(line) or _JS_START.match(line)):
        return _LAST_PROPERTY.fullmatch(line) is not None
    words = line.count(" ") + 1
    if words < 6:
        return True
    if len(_CODE_CHARS.findall(line)) < 0.02 * len(line) or _SENTENCE.search(line):
        return False
    return len(line) < MINIFIED_LINE or not _holds_page_text(line)


def _script_blocks(view: View) -> Iterator[Span]:
    """Yield runs of code lines that use browser or tracking APIs: a page script flattened into text.

    A run needs two different such names (or one and four lines, or a minified line): code
    quoted in an article (a tutorial's example) seldom has them, page scripts nearly always do.
    """
    lines = view.lines
    for i, j in line_runs(lines, _code_line):
        names = _browser_names(view.text[view.starts[i] : view.line_span(j - 1)[1]])
        minified = any(len(lines[k]) >= MINIFIED_LINE and lines[k].count(";") >= 5 for k in range(i, j))
        if (
            names
            and (len(names) >= 2 or j - i >= 4 or minified)
            and (j - i >= MIN_BLOCK_LINES or minified)
            and not code_example(view, i, view.text[view.starts[i] : view.line_span(j - 1)[1]])
        ):
            yield view.starts[i], view.line_span(j - 1)[1]


# A page flattened onto one line (whitespace collapsed) keeps its scripts and style sheets as
# runs of code tokens between sentences. Such a line is read token by token: a run starts at a
# code token and ends where fewer than half of the last _RUN_WINDOW tokens are code.
MIN_FLAT_LINE = 2000
_FLAT_TOKEN = re.compile(r"\S+")
_CODE_TOKEN = re.compile(
    r"[{}]|[^\s=]=|=[^\s=]|^=$|\w\(|\)[.;,)]|;\S|[\])];$|[^\s\d]:[^\s\d/]|=>|\|\||&&"
    r"|^[.#][\w-]+[,{:]?$|^(?:function|var|let|const|return|typeof)$|^[a-z_$][\w$]*(?:\.[a-zA-Z_$][\w$]*)+[;,)]?$"
)
# The characters _CODE_TOKEN needs: a token without any is code only if it is a keyword; nor is
# a word with one of _WORD_END after it.
_CODE_MARKS = frozenset("{}=();:|&.#]")
_WORD_END = frozenset(",.!?")
_KEYWORDS = frozenset(("function", "var", "let", "const", "return", "typeof"))
_RUN_WINDOW = 8
MIN_RUN_CODE_TOKENS = 6
MIN_RUN_CODE_CHARS = 12
_CSS_DECLARATION = re.compile(r"[a-z-]{2,40}:[^;{}]{1,200};")
# Twelve plain words and a full stop: a sentence, which a run of code must not hold.
_LONG_SENTENCE = plain_sentence(12)
# What tells a page's text from a long line of code: twelve words in a row without code marks,
# or a run of CJK characters; and how code starts. A stretch's first word may be the end of a
# longer run (group 1 is the whole run; the stretch counts from its last _STRETCH_WORD characters):
# searched for from where runs start, not from each character (see shapes.plain_sentence).
_TEXT_STRETCH = re.compile(r"(?<![^\s{}();=<>\[\]])([^\s{}();=<>\[\]]++)\s(?:[^\s{}();=<>\[\]]{1,40}+\s){11}")
_STRETCH_WORD = 40
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{20}")
_CODE_FIRST = frozenset("{[.#@:(!;*/<")
MIN_PAGE_TEXT_SHARE = 0.1


def _holds_page_text(line: str) -> bool:
    """Return whether a long line is a page's text with its code, not one long line of code."""
    if not (_TEXT_STRETCH.search(line) or _CJK_TEXT.search(line)):
        return False
    if not (line[0] in _CODE_FIRST or _CODE_START.match(line) or _JS_START.match(line)):
        return True
    text = sum(m.end() - max(m.start(), m.end(1) - _STRETCH_WORD) for m in _TEXT_STRETCH.finditer(line))
    text += sum(m.end() - m.start() for m in _CJK_TEXT.finditer(line))
    return text >= MIN_PAGE_TEXT_SHARE * len(line)


def _flat_code(view: View) -> Iterator[Span]:
    """Yield runs of page script or style sheet inside lines of a page flattened onto one line.

    A run must be balanced (braces and parentheses), use two browser or tracking names or hold
    three CSS declarations in two blocks, and hold no sentence: code quoted in an article seldom
    does all of that, and a run that cut a block in half would leave the other half looking
    like text to the rules after it.
    """
    for i, line in enumerate(view.lines):
        if len(line) >= MIN_FLAT_LINE and line.count("{") >= 2 and line.count(";") >= 3:
            yield from _code_runs(line, view.starts[i])


def _is_code_token(token: str) -> bool:
    """Return whether ``token`` (no white space in it) is code: _CODE_TOKEN finds something in it."""
    if _CODE_MARKS.isdisjoint(token):  # most tokens: words and numbers
        return token in _KEYWORDS
    if token[-1] in _WORD_END and token[:-1].isalpha():  # "word." or "end."
        return False
    return _CODE_TOKEN.search(token) is not None


def _code_runs(line: str, base: int) -> Iterator[Span]:
    words = line.split()
    verdicts = {word: _is_code_token(word) for word in set(words)}  # a page repeats its tokens
    codes = list(map(verdicts.__getitem__, words))
    if sum(map(len, words)) + len(words) - 1 == len(line):  # one space between tokens: a flattened page
        starts = list(map(add, accumulate(map(len, words), initial=0), range(len(words))))
    else:
        starts = [m.start() for m in _FLAT_TOKEN.finditer(line)]
    k = 0
    while True:
        try:
            k = codes.index(True, k)
        except ValueError:
            return
        last, window = k, deque([True], maxlen=_RUN_WINDOW)
        for j in range(k + 1, len(codes)):
            code = codes[j]
            window.append(code)
            if code:
                last = j
            elif 2 * sum(window) < len(window) and j - last >= _RUN_WINDOW // 2:
                break
        start, end = starts[k], starts[last] + len(words[last])
        run = line[start:end]
        if (
            sum(codes[k : last + 1]) >= MIN_RUN_CODE_TOKENS
            and len(_CODE_CHARS.findall(run)) >= MIN_RUN_CODE_CHARS
            and run.count("{") == run.count("}")
            and run.count("(") == run.count(")")
            and _code_shaped(run)
            and not _LONG_SENTENCE.search(run)
            and not code_example_inline(line, start, run, colon=False)  # a script's own colons abound
        ):
            yield base + start, base + end
        k = last + 1


def _code_shaped(run: str) -> bool:
    """Return whether ``run`` uses two browser or tracking names, or is CSS (declarations in blocks)."""
    if len(_browser_names(run)) >= 2:
        return True
    return run.count("{") >= 2 and len(_CSS_DECLARATION.findall(run)) >= 3


# A page framework's state on one line: "window.__INITIAL_STATE__ = {...};", "self.__next_f.push([1,
# \"...\"])", "window.NAV_INITIAL_DATA={...}", "bootstrap(\"product\", \"{...}\")". Such lines run to
# megabytes, past what the statement rules scan, and their strings hold the page's texts, which
# read as prose. A line is such data when it opens like code (a name, maybe dotted or indexed,
# then "=", "(", ":" or "??="), is long, holds a key ('":') every DATA_KEY_CHARS characters, and
# with its string literals taken out is mostly punctuation: no run of plain words, so no
# article text flattened onto the line with it.
MIN_DATA_LINE = 1000
DATA_KEY_CHARS = 150
_DATA_START = re.compile(
    r"\(?[ \t]{0,3}[A-Za-z_$][\w$]{0,60}(?:\.[\w$]{1,60}|\[[^\]\n]{1,80}\]){0,8}\)?[ \t]{0,3}(?:\?\?=|=(?!=)|\(|:)"
)
_DATA_END = frozenset(";)]}")
# A double-quoted string literal (escapes included), and in what is left a run of plain words.
# (Not single quotes: in an article glued onto the line, apostrophes would hide its words.)
_STRING_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*+"')
_WORD_RUN = re.compile(r"(?:[^\W\d_]{1,30}+[,;:]? ){6}")


def _data_line(line: str) -> bool:
    """Return whether ``line`` is a page framework's state or config, a string-laden data literal."""
    if len(line) < MIN_DATA_LINE or line[-1] not in _DATA_END or line.count('":') * DATA_KEY_CHARS < len(line):
        return False
    if _DATA_START.match(line) is None:
        return False
    rest = _STRING_LITERAL.sub("", line)
    return 2 * len(rest) <= len(line) and _WORD_RUN.search(rest) is None


def _data_lines(view: View) -> Iterator[Span]:
    """Yield lines holding a page framework's state (see ``_data_line``)."""
    for i, line in enumerate(view.lines):
        if _data_line(line):
            yield view.line_span(i)


def _is_json(candidate: str) -> bool:
    try:
        value = json.loads(candidate)
    except ValueError:
        return False
    if isinstance(value, list):
        return bool(value) and all(isinstance(v, dict) for v in value)
    return isinstance(value, dict)


RULES = (
    Rule(
        id="script.adsbygoogle",
        category=Category.SCRIPT,
        description="The AdSense loader '(adsbygoogle = window.adsbygoogle || []).push({});'.",
        pattern=re.compile(
            r"\([ \t]{0,3}adsbygoogle[ \t]{0,3}=[ \t]{0,3}window\.adsbygoogle"
            r"[ \t]{0,3}\|\|[ \t]{0,3}\[\][ \t]{0,3}\)"
            r"\.push\([ \t]{0,3}\{[^{}\n]{0,500}\}[ \t]{0,3}\)[ \t]{0,3};?"
        ),
        scope=Scope.SPAN,
        guard=("adsbygoogle",),
    ),
    Rule(
        id="script.data-line",
        category=Category.SCRIPT,
        description="Lines of a page framework's state or config, often megabytes long "
        "('window.__INITIAL_STATE__ = {...};', 'self.__next_f.push([1,\"...\"])').",
        find=_data_lines,
        guard=('":',),
    ),
    Rule(
        id="script.iife",
        category=Category.SCRIPT,
        description="Immediately-invoked functions such as '(function(w,d,s,i){...})(window,document,...)'.",
        find=_iifes,
        guard=("function", "="),  # "=" (for "=>"): one character, found much faster
    ),
    Rule(
        id="script.json",
        category=Category.SCRIPT,
        description="Lines or blocks holding a JSON config object.",
        find=_json_configs,
        guard=("{",),
    ),
    Rule(
        id="script.properties",
        category=Category.SCRIPT,
        description="Four or more lines of a script's object literal, one property a line "
        "('a_moment_ago: \"a moment ago\",'), left when the rest of the script went.",
        find=_property_runs,
        guard=(":",),
    ),
    Rule(
        id="script.block",
        category=Category.SCRIPT,
        description="Runs of code lines using browser or tracking APIs ('document.querySelector(...)', 'dataLayer').",
        find=_script_blocks,
        guard=("{",),  # page scripts hold braces; prose almost never does
    ),
    Rule(
        id="script.flat-code",
        category=Category.SCRIPT,
        description="Runs of page script or style sheet inside a page flattened onto one line.",
        find=_flat_code,
        guard=("{",),
    ),
    Rule(
        id="script.statement",
        category=Category.SCRIPT,
        description="Lines of JavaScript statements: 'var x = ...;', 'window.x = ...', 'a.b.push(...)'.",
        find=_statements,
    ),
)
