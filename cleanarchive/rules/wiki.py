"""Wiki rules: the footer and tool labels MediaWiki prints around every page.

MediaWiki (Wikipedia, Fandom, Wikispooks, Conservapedia and thousands of other wikis) closes
each page with the same printed footer: 'Retrieved from "https://…/index.php?title=…"', 'This page
was last edited on 3 May 2020, at 10:00.', 'Text is available under the Creative Commons …;
additional terms may apply.' Those sentences have one fixed shape and say nothing of the
article, so they go wherever they sit, also inside a flattened dump. An APA reference
("Retrieved from https://www.cdc.gov/…") quotes no URL and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanarchive.records import Category
from cleanarchive.rules.shapes import DATE, anchor_positions
from cleanarchive.ruleset import Rule, Span, View

__all__ = ["RULES", "WIKI_TOOL_LABELS"]

# The labels of MediaWiki's side bar, tool box and page tabs: counted as menu labels by
# boilerplate.nav-run, never removed on their own (a heading "Tools" is an article's too).
WIKI_TOOL_LABELS = (
    "Main page", "Main Page", "Random article", "Random page", "Recent changes", "Community portal",
    "Current events", "Upload file", "Special pages", "What links here", "Related changes",
    "Permanent link", "Page information", "Cite this page", "Printable version", "Print/export",
    "Download as PDF", "View history", "View source", "Edit links", "Navigation menu", "Personal tools",
    "Namespaces", "Not logged in", "Create account", "Mobile view", "Disclaimers", "Talk", "Contributions",
    "In other projects", "Wikimedia Commons", "Get shortened URL", "Download QR code",
    "Learn to edit", "Contact page", "Hidden categories:", "Hidden category:",
)

_QUOTED_URL = r"[\"“„«»‘'][ \t]?https?://[^\s\"“”„«»‘’']{3,300}[ \t]?[\"”“»«’']"
# ... its zone maybe on the next line ("at 15:47\n(UTC)": a non-breaking space split them)
_TIME = r"\d{1,2}:\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?:[ \n\xa0]{1,3}\((?:UTC|GMT|[A-Z]{2,5})\))?"
_RETRIEVED = re.compile(rf"[ \t]{{1,3}}{_QUOTED_URL}")
_EDITED = re.compile(rf"(?: on)? (?:(?:{_TIME}), )?{DATE}(?:,? at {_TIME})?\.?")
_LICENCE = re.compile(
    r"(?:Text|Content) is available under (?:the )?(?:[^\n.;]|\.(?=\d)){3,120}?"
    r"(?:;[ \t]?additional terms may apply| unless otherwise noted)\."
    r"(?:[ \t]{1,3}By using this site, you agree to the Terms of Use and Privacy Policy\.)?"
)
# Each footer sentence: the literal it opens with, and the regex its rest must match there
# (None: the literal is the whole sentence). The literals are found in one scan
# (shapes.anchor_positions); one regex of all the sentences scanning the text cost 450 us on
# an 18 kB page.
_FOOTERS: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    # the page's own address, in English, German, French, Spanish, Italian, Dutch, Portuguese, Russian
    *((label, _RETRIEVED) for label in (
        "Retrieved from", "Abgerufen von", "Récupérée de", "Obtenido de", "Estratto da", "Overgenomen van",
        "Obtido de", "Извлечено из",
    )),
    # when it changed, how often it was read
    *((f"This page was last {verb}", _EDITED) for verb in ("edited", "modified", "changed", "updated")),
    ("This page has been accessed", re.compile(r" [\d,.]{1,15} times\.")),
    ("Diese Seite wurde zuletzt am", re.compile(r" [^\n.]{4,40}? um \d{1,2}:\d\d(?: Uhr)? (?:bearbeitet|geändert)\.")),
    # the wiki's name under the title
    ("From Wikipedia, the free encyclopedia", None),
    ("Aus Wikipedia, der freien Enzyklopädie", None),
    ("De Wikipédia, l'encyclopédie libre", None),
    ("De Wikipédia, l’encyclopédie libre", None),
    ("De Wikipedia, la enciclopedia libre", None),
)
# The licence of the text, found from its verb: "Text is ..." or "Content is ..." before it.
_LICENCE_ANCHOR = " is available under"
_LICENCE_BACK = (len("Text"), len("Content"))
_REST = dict(_FOOTERS)
_ANCHORS = (*_REST, _LICENCE_ANCHOR)


def _footers(view: View) -> Iterator[Span]:
    """Yield MediaWiki's footer sentences wherever they sit (their literals found in one scan)."""
    text = view.text
    for pos in anchor_positions(text, _ANCHORS):
        if text.startswith(_LICENCE_ANCHOR, pos):
            for back in _LICENCE_BACK:
                start = pos - back
                if start >= 0 and (start == 0 or text[start - 1].isspace()):
                    m = _LICENCE.match(text, start)
                    if m is not None:
                        yield m.span()
                        break
            continue
        if pos > 0 and not text[pos - 1].isspace():
            continue
        label = next(label for label in _REST if text.startswith(label, pos))
        rest = _REST[label]
        end = pos + len(label)
        if rest is not None:
            m = rest.match(text, end)
            if m is None:
                continue
            end = m.end()
        yield pos, end


RULES = (
    Rule(
        id="boilerplate.wiki-footer",
        category=Category.BOILERPLATE,
        description="MediaWiki's printed footer ('Retrieved from \"https://…\"', 'This page was last edited on "
        "3 May 2020, at 10:00.', 'Text is available under …; additional terms may apply.').",
        find=_footers,
        guard=_ANCHORS,
    ),
)
