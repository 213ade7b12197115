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

from cleanarchive.records import Category
from cleanarchive.ruleset import Rule, Scope

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
_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}"
    r"|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
)
_TIME = r"\d{1,2}:\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: \((?:UTC|GMT|[A-Z]{2,5})\))?"
_FOOTER = re.compile(
    # the page's own address, in English, German, French, Spanish, Italian, Dutch, Portuguese
    r"(?:Retrieved from|Abgerufen von|Récupérée de|Obtenido de|Estratto da|Overgenomen van|Obtido de"
    rf"|Извлечено из)[ \t]{{1,3}}{_QUOTED_URL}"
    # when it changed, how often it was read
    rf"|This page was last (?:edited|modified|changed|updated)(?: on)? (?:(?:{_TIME}), )?{_DATE}"
    rf"(?:,? at {_TIME})?\.?"
    r"|This page has been accessed [\d,.]{1,15} times\."
    r"|Diese Seite wurde zuletzt am [^\n.]{4,40}? um \d{1,2}:\d\d(?: Uhr)? (?:bearbeitet|geändert)\."
    # the wiki's name under the title
    r"|From Wikipedia, the free encyclopedia|Aus Wikipedia, der freien Enzyklopädie"
    r"|De Wikipédia, l['’]encyclopédie libre|De Wikipedia, la enciclopedia libre"
    # the licence of the text, and the sentence the footer runs on with
    r"|(?:Text|Content) is available under (?:the )?(?:[^\n.;]|\.(?=\d)){3,120}?"
    r"(?:;[ \t]?additional terms may apply| unless otherwise noted)\."
    r"(?:[ \t]{1,3}By using this site, you agree to the Terms of Use and Privacy Policy\.)?"
)
_GUARD = (
    "Retrieved from", "Abgerufen von", "Récupérée de", "Obtenido de", "Estratto da", "Overgenomen van",
    "Obtido de", "Извлечено из", "This page ", "Diese Seite wurde", "free encyclopedia", "freien Enzyklopädie",
    "encyclopédie libre", "enciclopedia libre", " is available under",
)

RULES = (
    Rule(
        id="boilerplate.wiki-footer",
        category=Category.BOILERPLATE,
        description="MediaWiki's printed footer ('Retrieved from \"https://…\"', 'This page was last edited on "
        "3 May 2020, at 10:00.', 'Text is available under …; additional terms may apply.').",
        pattern=_FOOTER,
        scope=Scope.SPAN,
        guard=_GUARD,
    ),
)
