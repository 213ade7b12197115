"""Boilerplate and markup rules: ad labels, breadcrumb trails, leftover script/style tags."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from importlib import resources

from cleanarchive.records import Category
from cleanarchive.rules.shapes import (
    AT,
    DATE,
    TIME,
    anchor_positions,
    cased,
    code_example,
    holds_prose,
    is_prose,
    line_runs,
    link_in_text,
    occurrences,
    paragraph_beside,
    runs_into,
    words_pattern,
)
from cleanarchive.rules.wiki import WIKI_TOOL_LABELS
from cleanarchive.ruleset import Rule, Scope, Span, View

__all__ = [
    "AD_LABELS",
    "BUTTON_LABELS",
    "COOKIE_PANEL_LABELS",
    "ICON_LIGATURES",
    "LANGUAGE_NAMES",
    "LATE_RULES",
    "NAV_LABELS",
    "NAV_SET",
    "READ_ALSO_LABELS",
    "RULES",
    "SECTION_LINKS",
    "UI_LABELS",
    "territory_names",
]

_SMALL_WORDS = frozenset("a an the to of for in on at by and or with your my our me".split())


def _headline(label: str) -> str:
    """Return ``label`` in headline case: "Write a review" -> "Write a Review"."""
    first, *rest = label.split(" ")
    words = [first[:1].upper() + first[1:], *(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in rest)]
    return " ".join(words)


AD_LABELS = (
    "Advertisement",
    "Advertisements",
    "ADVERTISEMENT",
    "ADVERTISEMENTS",
    "Advertising",
    "Sponsored",
    "Sponsored Content",
    "Sponsored Links",
    "Promoted Content",
    "Ad",
    "AD",
    "Ads",
    "Ads by Google",
    "Scroll to continue with content",
    "Skip to content",
    "Skip to main content",
    "Continue Reading",
    "Continue reading",
    "Continue reading below",
    "Story continues below advertisement",
    "Article continues below advertisement",
    "Advertisement - Scroll to continue", "Advertisement - scroll to continue", "ADVERTISEMENT - SCROLL TO CONTINUE",
    "Advertisement - Continue Reading Below", "ADVERTISEMENT - CONTINUE READING BELOW",
    "Article continues below", "Story continues below", "Content continues below",
    "Back to top", "Back to Top", "BACK TO TOP", "Nach oben", "nach oben", "Zurück zur Übersicht",
    "Zurück zur Startseite", "zurück zur Startseite",
    "Retour en haut", "Volver arriba",
    # a menu's toggle button
    "Toggle navigation", "Toggle Navigation", "Open Navigation Menu", "Open navigation menu",
    "Close Navigation Menu", "Open menu", "Open Menu", "Close menu", "Close Menu", "Main menu", "Main Menu",
    "Mobile menu", "Primary Menu", "Primary menu", "Skip navigation",
    # the ad label in other languages
    "Anzeige", "ANZEIGE", "Werbung", "WERBUNG", "Publicité", "PUBLICITÉ", "Publicidad", "PUBLICIDAD",
    "Pubblicità", "PUBBLICITÀ", "Reklama", "REKLAMA", "Реклама", "РЕКЛАМА", "Advertentie", "Annonse",
)
_ADS = words_pattern(AD_LABELS)
# The labels of a page's buttons and calls to action, on a line of their own. A line of nothing
# but "Learn more" is a link, never the story's paragraph.
BUTTON_LABELS = (
    "Learn more", "Learn More", "LEARN MORE", "Get started", "Get Started", "GET STARTED", "View all", "View All",
    "VIEW ALL", "See all", "See All", "SEE ALL", "Show more", "Show More", "Show less", "Load more", "Load More",
    "Discover more", "Find out more", "Find Out More", "Shop now", "Shop Now", "SHOP NOW", "Buy now", "Buy Now",
    "Book now", "Book Now", "Try it free", "Try for free", "Start free trial", "Request a demo", "Request a Demo",
    "Book a demo", "Book a Demo", "Contact sales", "Contact Sales", "Get a quote", "Get a Quote", "Download now",
    "Download Now", "Watch now", "Watch Now", "Listen now", "Explore more", "Explore More", "See more", "See More",
    "View more", "View More", "Mehr erfahren", "Mehr anzeigen", "Alle anzeigen", "Jetzt kaufen", "En savoir plus",
    "Voir tout", "Voir plus", "Saber más", "Ver más", "Ver todo", "Scopri di più", "Meer informatie",
    # shops, sign-up boxes, back-to-top links: as written, in sentence case and in title case
    *(
        variant
        for label in (
            "Add to cart", "Add to bag", "Add to basket", "Your cart is empty", "Return to shop", "Continue shopping",
            "View cart", "Proceed to checkout", "Add to wishlist", "Get a demo", "Get the app",
            "Start your free trial", "Get started for free", "Request a quote", "Sign up now",
            "Sign me up", "Sign in now", "Create an account", "Already have an account?", "Write a review",
            "Back to top", "Scroll to top", "Back to blog", "Toggle child menu", "Go to topic listing",
            "Newsletter sign up", "Register now", "Jetzt registrieren",
            # Blogger's profile widget
            "View my complete profile", "Mein Profil vollständig anzeigen", "Vollständiges Profil anzeigen",
            "Afficher mon profil complet",
            "Ver todo mi perfil", "Visualizza il mio profilo completo",
            # an article's audio player, a picture's caption label: never a heading
            "Listen to this article", "Listen to this story", "Listen to article", "Image caption", "Media caption",
        )
        for variant in (label, label.title(), _headline(label))
    ),
)
# "All rights reserved" in the languages sites mostly write.
RIGHTS = (
    r"(?i:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
    r"|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados"
    r"|wszelkie prawa zastrzeżone|все права защищены)"
)
# A link back to the listing a post sits in, in any case: "Back to Blog", "← Back to all posts".
# Only such listings: "Back to School" or "Back to Basics" may be a story's heading.
_BACK_LINK = (
    r"(?i:back to (?:the )?(?:blogs?|news|newsroom|articles|posts|stories|all (?:posts|articles|news|stories|blogs)"
    r"|overview|search results|results|home ?page|insights|resources|press releases|events|previous page)"
    r"|(?:zurück )?zu allen (?:beiträgen|artikeln|news|meldungen)"
    r"|zurück (?:zum|zur|zu den|zu allen) (?:blog|newsroom|news|übersicht|liste|artikeln|beiträgen"
    r"|pressemitteilungen|suchergebnissen|startseite)|retour (?:au|aux|à la) (?:blog|actualités|liste|articles)"
    r"|volver (?:al|a la|a las) (?:blog|noticias|lista))"
    # account links side by side: "Login / Join", "Sign in | Register", "Anmelden / Registrieren"
    r"|(?i:log ?in|sign in|anmelden|einloggen|registrieren|inscription|connexion)[ \t]{0,3}[/|][ \t]{0,3}"
    r"(?i:register|join|sign up|create account|registrieren|anmelden|login|inscription|connexion|s'inscrire)"
    # ... and a placeholder a script fills in: "Loading paragraph...", "Loading more posts…"
    r"|Loading (?:more )?[a-z]{2,20}[ \t]?(?:\.\.\.|…)|No more (?:posts|articles|stories|results)"
)
# The skip links of a page's top, in any case: "Skip to main content", "Jump to navigation".
_ONE_SKIP_LINK = (
    r"(?:skip|jump)(?: directly)? to(?: the)? (?:main |primary |page )?"
    r"(?:content|navigation|search|footer|menu|sidebar|site navigation)"
)
# ... several on one line ("Jump to navigation Jump to search"), and MediaWiki's older
# "Jump to: navigation, search".
_SKIP_LINK = (
    rf"(?i:{_ONE_SKIP_LINK}(?:[ \t]{{0,3}}[,|·•]?[ \t]{{0,3}}{_ONE_SKIP_LINK}){{0,3}}"
    r"|jump to:[ \t]{0,3}navigation,?[ \t]{1,3}search"
    # German, French, Spanish, Italian, Dutch
    r"|(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?|springe zum inhalt|zur (?:haupt)?navigation springen"
    r"|aller au contenu(?: principal)?|(?:saltar|ir) al contenido(?: principal)?|vai al contenuto(?: principale)?"
    r"|(?:ga )?naar (?:de )?(?:hoofd)?inhoud(?: springen)?)"
)

# Skip links glued into the top of a flattened page ("Taking Cara Babies Skip to content
# Newborn Sleep Bundle ..."): only the capitalised forms, only near the start, and not going on
# as a sentence ("Skip to content that matters most" is prose).
_CAPITAL_SKIP = r"(?:Skip|Jump) to(?: the)? (?:main |primary |page )?(?:content|navigation|search|footer|menu)"
_INLINE_SKIP = re.compile(
    rf"(?<!\S)(?:{_CAPITAL_SKIP}(?:[ \t]{{0,3}}[,|·•]?[ \t]{{0,3}}{_CAPITAL_SKIP}){{0,3}}"
    r"|Jump to:[ \t]{0,3}navigation,?[ \t]{1,3}search)(?=[ \t]*(?:$|[^\s\w]|[^\W\d_a-z]|\d))",
    re.MULTILINE,
)
INLINE_SKIP_REACH = 600


def _inline_skip_links(view: View) -> Iterator[Span]:
    """Yield skip links inside the first lines of the text (a whole line of them is a line rule's)."""
    text = view.text
    for m in _INLINE_SKIP.finditer(text, 0, min(len(text), INLINE_SKIP_REACH)):
        yield m.span()


_CONTINUE_AD = re.compile(
    r"(?:Continue|Story continues|Article continues) (?:reading )?(?:below|after) "
    r"(?:the |this )?(?:advertisement|ad)\b[.:]?"
)
# Every match holds "ontinue", 1, 7 or 9 characters after its start: found with str.find,
# which is many times faster than letting the regex scan the whole text.
_CONTINUE_ANCHOR = "ontinue"
_CONTINUE_BACK = (9, 7, 1)  # "Article c", "Story c", "C"


# An ad slot's label left between two sentences of a flattened page: "... to relax. Advertisement
# Yoga nidra is ..." Only the labels that are no ordinary word there, between a sentence's end
# and a capitalised word: "Advertisement revenue fell" and "Werbung ist überall" stay.
INLINE_AD_LABELS = (
    "Advertisement", "Advertisements", "ADVERTISEMENT", "ADVERTISEMENTS", "Anzeige", "ANZEIGE", "Werbung",
    "WERBUNG", "Publicité", "PUBLICITÉ", "Publicidad", "PUBLICIDAD", "Pubblicità", "PUBBLICITÀ", "Реклама",
    "РЕКЛАМА", "Advertentie",
)
_INLINE_AD_END = frozenset(".!?\"”’")


def _inline_ad_labels(view: View) -> Iterator[Span]:
    """Yield ad labels standing between a sentence's end and a capitalised word (or the line's end)."""
    text = view.text
    for pos in anchor_positions(text, INLINE_AD_LABELS):
        if pos < 2 or text[pos - 1] != " " or text[pos - 2] not in _INLINE_AD_END:
            continue
        end = pos + max(len(label) for label in INLINE_AD_LABELS if text.startswith(label, pos))
        after = text[end : end + 2]
        if after[:1] in ("", "\n") or (after[:1] == " " and (after[1:].isupper() or after[1:] in "\"“„«")):
            yield pos, end


def _continue_reading(view: View) -> Iterator[Span]:
    """Yield "Continue reading below the advertisement" notices wherever they sit."""
    text = view.text
    floor = 0
    for pos in occurrences(text, _CONTINUE_ANCHOR):
        if pos < floor:
            continue
        for back in _CONTINUE_BACK:
            if pos - back >= floor:
                m = _CONTINUE_AD.match(text, pos - back)
                if m is not None:
                    yield m.span()
                    floor = m.end()
                    break


# Labels of site navigation, header and footer links (English, German, French, Spanish, ...).
NAV_LABELS = (
    "Home", "Homepage", "Start", "Startseite", "Accueil", "Inicio", "Portada",
    "About", "About Us", "About us", "Über uns", "Qui sommes-nous", "Quiénes somos",
    "Contact", "Contact Us", "Contact us", "Contacts", "Kontakt", "Contacto", "Contactez-nous",
    "Privacy", "Privacy Policy", "Privacy policy", "Privacy Notice", "Datenschutz",
    "Datenschutzerklärung", "Confidentialité", "Privacidad", "Política de privacidad",
    "Terms", "Terms of Use", "Terms of use", "Terms of Service", "Terms & Conditions",
    "Terms and Conditions", "Legal", "Legal Notice", "Imprint", "Impressum", "AGB",
    "Mentions légales", "Aviso legal", "Cookie Policy", "Cookie policy", "Cookies",
    "Cookie Settings", "Accessibility", "Sitemap", "Site Map", "Site map",
    "Careers", "Jobs", "Karriere", "Press", "Media", "Advertise", "Advertising", "Partners",
    "FAQ", "FAQs", "Help", "Help Center", "Support", "Hilfe",
    "Login", "Log in", "Log In", "Sign in", "Sign In", "Sign up", "Sign Up", "Register",
    "Logout", "Log out", "Anmelden", "Connexion", "Subscribe", "Newsletter", "Newsletters",
    "RSS", "Search", "Suche", "Rechercher", "Buscar", "Menu", "Menü", "Close", "Skip to content",
    "Blog", "News", "Events", "Shop", "Store", "Donate", "Archive", "Archives",
    "Your Privacy Choices", "Your privacy choices", "Customer Service", "Customer service",
    "Get in touch", "Get in Touch", "Our Story", "Our story",
    "Testimonials", "Gift Cards", "Gift cards", "Frequently Asked Questions", "Cart", "My Account",
    "My account", "Account", "Add to cart", "Add to Cart", "Pricing", "Resources", "Company",
    "Leadership", "Investors", "Newsroom", "Podcasts", "Webinars", "Case Studies", "Case studies",
    # sections of a company's or a shop's site, as its menus name them (not "Features", "Shipping",
    # "Services": a product's page heads its own lists with them)
    "Products", "Solutions", "Industries", "Integrations", "Documentation", "Docs", "Customer Stories",
    "Customer stories", "Locations", "Store Locator", "Find a Store", "Track Order", "Track My Order",
    "Affiliates", "Forums", "Podcast", "Our Team",
    # a news site's sections
    "Politics", "World", "Business", "Opinion", "Culture", "Entertainment", "Lifestyle", "Travel", "Science",
    "Technology", "Tech", "Health", "Sport", "Sports", "Weather", "Local", "Obituaries", "Crosswords",
    "Politik", "Wirtschaft", "Kultur", "Gesundheit", "Wissen", "Panorama", "Reise", "Meinung", "Lokales",
    "Regional", "Aktuelles", "Nachrichten", "Themen", "Termine", "Veranstaltungen", "Archiv", "Presse",
    "Mediathek", "Politique", "Économie", "Société", "Actualités", "Política", "Economía",
    "Sociedad", "Cultura", "Deportes", "Noticias",
    *WIKI_TOOL_LABELS,
)
# The labels as compared: case-blind.
NAV_SET = frozenset(label.casefold() for label in NAV_LABELS)
_NAV_SEPARATORS = frozenset("|/•·-–—»›>*")
# A navigation item: a short label, not a sentence.
_NAV_ITEM_CHARS = 30
_NAV_ITEM_WORDS = 3
MIN_NAV_RUN = 3
MIN_NAV_LABELS = 2
MIN_NAV_SHARE = 0.3


def _nav_item(line: str) -> bool:
    # A lowercase start ("and", "as well as") is a sentence split at its links, not a menu; a
    # brace is code (the "}" closing a style sheet's block before a footer menu).
    return (
        len(line) <= _NAV_ITEM_CHARS
        and "{" not in line
        and "}" not in line
        and line.count(" ") < _NAV_ITEM_WORDS
        and line[-1] not in ".!?:;,"
        and not line[0].isdigit()
        and not line[0].islower()
    )


# The legal links of a footer, whatever the site calls its policies ("Children's Privacy
# Policy", "User Agreement", "Do Not Sell or Share My Personal Information"): labels, too.
_LEGAL_LINK = re.compile(
    r"(?:(?:children[’']s |california |consumer |online |website |global )?"
    r"(?:privacy|cookies?|copyright|brand|refund|returns?|shipping|editorial|accessibility|community|content|data"
    r"|ethics|comments?|corrections?|acceptable use|security|anti-spam|spam|dmca|disclosure|advertising|affiliate"
    r"|trademark|legal)[ \t](?:policy|policies|notice|statement|guidelines|standards|information)"
    r"|(?:user|license|licence|subscriber|subscription|membership|end user license|visitor)[ \t]agreement"
    r"|modern slavery(?: act)?(?: transparency)?(?: statement)?"
    r"|do not sell(?: or share)? my (?:personal )?info(?:rmation)?"
    r"|your (?:us state |california |state )?privacy (?:rights|choices)|(?:cookie|privacy|ad|consent)[ \t]"
    r"(?:settings|preferences|choices)|manage (?:cookies|consent|preferences)|ad ?choices|terms of (?:use|service|sale)"
    r"|terms (?:and|&) conditions)",
    re.IGNORECASE,
)


_LEGAL_LINK_CHARS = 60
# The last words of those links: the regex is tried only on a short line ending in one.
_LEGAL_LINK_ENDS = frozenset(
    "policy policies notice statement guidelines standards information agreement info rights choices settings"
    " preferences cookies consent sale use service conditions act slavery adchoices terms"
    " impressum datenschutz datenschutzerklärung datenschutzhinweise datenschutzrichtlinie"
    " datenschutzeinstellungen nutzungsbedingungen légales confidentialité legal privacidad privacy".split()
)


def legal_link(line: str, pattern: re.Pattern[str] = _LEGAL_LINK) -> bool:
    if len(line) > _LEGAL_LINK_CHARS or not line[-1:].isalpha():
        return False
    return line[line.rfind(" ") + 1 :].lower() in _LEGAL_LINK_ENDS and pattern.fullmatch(line) is not None



# Of the legal links (a subset of _LEGAL_LINK), those no article heads a section with: privacy,
# cookies, terms, consent ("Shipping Information" or "Editorial Standards" may be the text's own
# headings).
LONE_LEGAL_LINK = re.compile(
    r"(?:(?:children[’']s |california |consumer |online |website |global )?(?:privacy|cookies?)[ \t]"
    r"(?:policy|policies|notice|statement)"
    r"|(?:user|end user license|visitor)[ \t]agreement|do not sell(?: or share)? my (?:personal )?info(?:rmation)?"
    r"|your (?:us state |california |state )?privacy (?:rights|choices)|privacy choices"
    r"|(?:cookie|privacy|consent)[ \t](?:settings|preferences|choices)|manage (?:cookies|consent|preferences)"
    r"|ad ?choices|terms of (?:use|service|sale)|terms (?:and|&) conditions"
    # the same links of German, French, Spanish and Italian sites
    r"|impressum|datenschutz(?:erklärung|hinweise|richtlinie|einstellungen)?|nutzungsbedingungen"
    r"|mentions légales|politique de confidentialité|aviso legal|política de privacidad"
    r"|informativa (?:sulla )?privacy)",
    re.IGNORECASE,
)


# A forum's thread and poster statistics, a label a line with its value under it (XenForo's "Thread
# starter" / "jdoe" / "Start date" / "Mar 3, 2024", "Joined" / "Nov 4, 2011" / "Messages" / "1,234").
# "Thread starter" is a forum's wherever it stands; the other labels go in a run of two or more
# holding one that only forums use, so an event's "Start date" / "Location" stays.
_FORUM_ONLY_LABELS = frozenset(
    label.casefold()
    for label in (
        "Thread starter", "Joined", "Messages", "Reaction score", "Trophy points", "Solutions",
        "Themenstarter", "Registriert", "Mitglied seit", "Beiträge", "Reaktionspunkte", "Inscrit", "Réactions",
    )
)
_FORUM_LABELS = _FORUM_ONLY_LABELS | frozenset(
    label.casefold()
    for label in ("Start date", "Points", "Posts", "Likes", "Location", "Reactions", "Punkte", "Ort", "Localisation")
)
_FORUM_ANCHORS = (
    "hread starter", "HREAD STARTER", "Joined", "JOINED", "Messages", "MESSAGES", "eaction score", "EACTION SCORE",
    "rophy points", "Solutions", "hemenstarter", "Registriert", "itglied seit", "Beiträge", "eaktionspunkte",
    "Inscrit", "Réactions",
)
_FORUM_VALUE_CHARS = 40  # a user name, a date, a count, a place
_FORUM_LABEL_CHARS = 20  # longer than any label with its colon


def _forum_label(line: str) -> str | None:
    """Return the forum statistics label ``line`` is (casefolded, colon aside), or None."""
    if len(line) > _FORUM_LABEL_CHARS:
        return None
    label = line.rstrip(":").rstrip().casefold()
    return label if label in _FORUM_LABELS else None


def _forum_pair(lines: Sequence[str], i: int) -> tuple[str, int] | None:
    """Return the label at line ``i`` and the index of its value's line (the label may be repeated,
    as a dump keeps both a long and a short form of it), or None."""
    label = _forum_label(lines[i])
    if label is None:
        return None
    j = i + 1
    if j < len(lines) and _forum_label(lines[j]) == label:
        j += 1
    if j >= len(lines):
        return None
    value = lines[j]
    if len(value) > _FORUM_VALUE_CHARS or value[-1] in ".!?" or _forum_label(value) is not None:
        return None
    return label, j


def _forum_statistics(view: View) -> Iterator[Span]:
    """Yield runs of a forum's label and value lines ("Joined" / "Nov 4, 2011" / "Messages" / "1,234")."""
    lines = view.lines
    i = 0
    while i < len(lines):
        pair = _forum_pair(lines, i)
        if pair is None:
            i += 1
            continue
        labels, end = [pair[0]], pair[1]
        while end + 1 < len(lines) and (more := _forum_pair(lines, end + 1)) is not None:
            labels.append(more[0])
            end = more[1]
        if "thread starter" in labels or (len(labels) >= 2 and _FORUM_ONLY_LABELS.intersection(labels)):
            yield view.starts[i], view.line_span(end)[1]
        i = end + 1


# A table of contents: its heading, then entries that are the text's own headings further on
# (numbered or not), maybe with the widget's show/hide toggle; or above it, a docs page's "On
# this page" column flattened after the text. Only entries found again go, so no line of the
# text is lost with it.
TOC_HEADINGS = frozenset(
    label.casefold()
    for label in (
        "Table of Contents", "Contents", "In this article", "In This Article", "On this page", "Jump to:",
        "Jump to section", "Article contents", "Inhaltsverzeichnis", "Inhalt", "Sommaire", "Índice", "Contenido",
        "Indice", "Indice dei contenuti", "Inhoudsopgave", "Содержание", "Spis treści", "İçindekiler",
    )
)
_TOC_ANCHORS = (
    "ontents", "CONTENTS", "n this article", "n This Article", "N THIS ARTICLE", "n this page", "n This Page",
    "N THIS PAGE", "ump to", "UMP TO", "nhalt", "NHALT", "ommaire", "OMMAIRE", "ndice", "NDICE", "ontenido",
    "ONTENIDO", "nhoudsopgave", "одержание", "ОДЕРЖАНИЕ", "pis treści", "çindekiler", "ÇINDEKILER",
)
_TOC_HEADING_CHARS = max(map(len, TOC_HEADINGS)) + 1
_TOC_TOGGLES = frozenset(
    (
        "toggle", "hide", "show", "[hide]", "[show]", "×", "close", "expand", "collapse", "show/hide",
        "toggle table of content", "toggle table of contents", "open table of contents",
    )
)
_TOC_NUMBER = re.compile(r"(?:(?:\d{1,3}(?:\.\d{1,3})*\.?|[•·▪–-])[ \t]*)?")  # matches, maybe empty
MIN_TOC_ENTRIES = 2


def _toc_key(line: str) -> str:
    number = _TOC_NUMBER.match(line)
    return line[number.end() if number else 0 :].casefold()


_TOC_ENTRY_CHARS = 100


def _toc_entry(line: str) -> bool:
    """Return whether ``line`` may be a heading listed in a table of contents (no sentence)."""
    return len(line) <= _TOC_ENTRY_CHARS and line[-1] not in ".!:;," and not is_prose(line)


def _tables_of_contents(view: View) -> Iterator[Span]:
    """Yield a table of contents whose entries are lines found again further on in the text, or
    above it when the heading stands after the text (short headings only, no paragraph)."""
    lines = view.lines
    # Not the first line: the heading after it would be read as the document's title.
    headings = [
        i
        for i in range(1, len(lines))
        if len(lines[i]) <= _TOC_HEADING_CHARS
        and (lines[i].casefold() in TOC_HEADINGS or lines[i].casefold().rstrip(":") in TOC_HEADINGS)
    ]
    if not headings:
        return
    # each line's key and the first and last lines it stands on
    keys = [_toc_key(line) for line in lines]
    last = {key: k for k, key in enumerate(keys)}
    first = {key: k for k, key in reversed(list(enumerate(keys)))}
    done = 0
    for i in headings:
        if i < done:
            continue
        j, entries, toggles = i + 1, 0, 0
        above: bool | None = None  # the entries are found further on (False) or above (True)
        while j < len(lines):
            key = keys[j]
            if lines[j].casefold() in _TOC_TOGGLES:
                toggles += 1
                j += 1
                continue
            if key and above is None:
                above = last[key] <= j and first[key] < i
            # found again above: a heading's copy, not a copy of the text (a page holding its
            # article twice)
            if key and (first[key] < i and _toc_entry(lines[j]) if above else last[key] > j):
                entries += 1
                j += 1
            else:
                break
        # ... or the widget's heading and toggle alone, its entries left for a script to fill in
        # ("Table of Contents" / "Toggle Table of Content" / "Toggle"); a heading over entries
        # that are not found again (a book's chapters) has no toggle in between and stays.
        if entries >= MIN_TOC_ENTRIES or (entries == 0 and toggles):
            yield view.starts[i], view.line_span(j - 1)[1]
            done = j


# The banner of U.S. government sites (the U.S. Web Design System's), split at its inline tags:
# "An official website of the United States government" / "Here's how you know" / "Official
# websites use .gov" / "A" / ".gov" / "website belongs to an official government organization in
# the United States." / ...
_GOV_BANNER_START = re.compile(
    r"An official (?:website|site) of the [A-Z][\w.,'’ -]{2,60}(?:government|Government|State of [A-Z][\w ]{2,30})"
    r"\.?"
)
_GOV_BANNER_LINE = re.compile(
    r"here['’]s how you know|official websites use \.(?:gov|mil)|secure \.(?:gov|mil) websites use https"
    r"|(?:an? (?:\.(?:gov|mil) )?)?website belongs to an official government organi[sz]ation in the united states\.?"
    r"|(?:an?|\.gov|\.mil|or|https://|https|lock|a lock|(?:a )?locked padlock(?: icon)?|lock icon)?[ \t]*[()]{0,2}"
    r"|(?:a lock \( \) or https:// )?means you['’]ve safely connected to the \.(?:gov|mil) website\."
    r"(?: share sensitive information only on official, secure websites\.)?"
    r"|share sensitive information only on official, secure websites\.|the \.gov means it['’]s official\."
    r"|federal government websites (?:often|always) end in \.gov or \.mil\.[^\n]{0,160}|the site is secure\."
    r"|the https:// ensures that you are connecting to the official website[^\n]{0,160}",
    re.IGNORECASE,
)
MAX_GOV_BANNER_LINES = 30


def _gov_banners(view: View) -> Iterator[Span]:
    """Yield the U.S. government site banner, its first line and the banner lines after it."""
    lines = view.lines
    for pos in occurrences(view.text, "An official "):
        i = view.line_of(pos)
        if view.starts[i] != pos or not _GOV_BANNER_START.fullmatch(lines[i]):
            continue
        j = i + 1
        while j < min(len(lines), i + MAX_GOV_BANNER_LINES) and _GOV_BANNER_LINE.fullmatch(lines[j]):
            j += 1
        yield view.starts[i], view.line_span(j - 1)[1]


# ... also as a pointer ("Read our Privacy Policy") or two joined ("Terms of Use and Privacy Policy",
# "Privacy Policy & Terms").
_LONE_LEGAL_LINE = re.compile(
    rf"(?:(?:read|view|see|review)[ \t](?:our|the)[ \t])?(?:{LONE_LEGAL_LINK.pattern})"
    rf"(?:[ \t]{{0,2}}(?:and|&|\||,|/|·)[ \t]{{0,2}}(?:(?:{LONE_LEGAL_LINK.pattern})|terms|cookies))?",
    re.IGNORECASE,
)


def _legal_link_lines(view: View) -> Iterator[Span]:
    """Yield lines that are only a legal link ("Privacy Policy", "Your Privacy Choices"), a footer's
    left when the rest of its menu was not one.

    A link heading a paragraph (a section of the text about the policy) stays, and so does one a
    sentence was split at: after a line ending in "our", "the", "see", ..., or before a line
    going on in lowercase or with a comma or full stop; so does a link written in lowercase.
    """
    lines = view.lines
    for i, line in enumerate(lines):
        if line[0].isupper() and legal_link(line, _LONE_LEGAL_LINE) and not link_in_text(lines, i):
            yield view.line_span(i)


# The labels of a page's own controls, each on a line of its own in a dump: the home link, menu,
# search and account buttons, a dialog's close button, pagination, the names of navigation
# landmarks. Names of sections ("Overview", "Resources", "News", "Contact us") are not here:
# they head real sections of a text too.
UI_LABELS = (
    # home
    "Home", "Homepage", "Home page", "Startseite", "Accueil", "Inicio", "Página inicial", "Pagina iniziale",
    "Strona główna", "Главная",
    # menus and navigation landmarks
    "Menu", "Main menu", "Menü", "Hauptmenü", "Open menu", "Close menu", "Toggle menu", "Toggle navigation",
    "Toggle sidebar", "Navigation", "Main navigation", "Site navigation", "Open navigation", "Close navigation",
    "Post navigation", "Posts navigation", "Beitragsnavigation", "Beitrags-Navigation", "Navigation des articles",
    "Navegación de entradas",
    "Breadcrumb", "Breadcrumbs", "You are here", "You are here:", "Quick links", "Useful links",
    # search
    "Search...", "Search…", "Search for:", "Search this site", "Search the site", "Submit search",
    "Open search", "Close search", "Toggle search", "Suche", "Suchen", "Suche nach:", "Suchbegriff eingeben",
    "Rechercher", "Rechercher :", "Buscar", "Zoeken", "Поиск",
    # account and cart
    "Sign in", "Log in", "Login", "Log out", "Logout", "Sign out", "Register", "My account", "Cart", "Basket",
    "Anmelden", "Abmelden", "Registrieren", "Mein Konto", "Warenkorb", "Connexion", "Se connecter", "Panier",
    "Iniciar sesión", "Carrito", "Newsletter", "Newsletters", "RSS", "RSS feed", "RSS Feed", "RSS-Feed", "Abo",
    "Accedi", "Войти",
    # dialogs
    "Close", "Cancel", "Dismiss", "Schließen", "Fermer", "Cerrar", "Chiudi", "Закрыть", "Abbrechen", "Annuler",
    "Cancelar", "Annulla",
    # pagination
    "Next", "Previous", "Prev", "Next page", "Previous page", "Older posts", "Newer posts", "Back", "Go back",
    "Weiter", "Zurück", "Suivant", "Précédent", "Siguiente", "Anterior", "Successivo", "Precedente",
    # documentation sites (Sphinx, Docusaurus, GitHub Pages): page tools and the topic pager
    "Edit this page", "Edit on GitHub", "Improve this page", "View page source", "Show Source", "This Page",
    "Quick search", "Previous topic", "Next topic",
    # a Q&A site's post tools (Stack Exchange and its clones); not its "Follow", a docs page's link as often
    # ("Follow" / "Installation" / "to set up a project")
    "Improve this question", "Improve this answer", "Your Answer", "Post Your Answer",
    "Ask Question", "Reset to default", "Highest score (default)", "Show activity on this post.",
    # a forum post's tools (Invision Community, XenForo)
    "More sharing options...", "More sharing options…", "Share on other sites", "Link to comment",
    # a news page's tools
    "Report an error", "Report a typo", "Report a correction", "Submit a correction", "Fehler melden",
    "Signaler une erreur", "Reportar un error",
)
# Icon-font ligatures (Material Icons) a dump keeps as words: "keyboard_arrow_down", "open_in_new".
ICON_LIGATURES = (
    "arrow_back", "arrow_forward", "arrow_upward", "arrow_downward", "arrow_drop_down", "arrow_drop_up",
    "arrow_right_alt", "arrow_outward", "chevron_left", "chevron_right", "expand_more", "expand_less",
    "keyboard_arrow_down", "keyboard_arrow_up", "keyboard_arrow_left", "keyboard_arrow_right",
    "navigate_next", "navigate_before", "open_in_new", "more_vert", "more_horiz", "play_arrow",
    "play_circle", "shopping_cart", "add_shopping_cart", "account_circle", "check_circle", "content_copy",
    "thumb_up", "thumb_down", "favorite_border", "star_border", "star_half", "local_shipping", "location_on",
    "mail_outline", "person_outline", "visibility_off", "calendar_today", "access_time", "format_quote",
    "file_download", "zoom_in", "zoom_out", "volume_up", "volume_off", "north_east", "south_east",
    "arrow_circle_right", "arrow_circle_left", "keyboard_backspace", "first_page", "last_page",
)
# As written, in title case and in capitals; never in lowercase, as code names are ("next", "close").
_UI_SET = frozenset((*cased(UI_LABELS), *ICON_LIGATURES))


def _ui_label_lines(view: View) -> Iterator[Span]:
    """Yield lines that are only the label of a page control ("Home", "Menu", "Sign in", "Next").

    A label a sentence reads through ("Go back to the" / "Home" / "page.") stays.
    """
    lines = view.lines
    for i, line in enumerate(lines):
        if line in _UI_SET and not link_in_text(lines, i):
            yield view.line_span(i)


# Site sections as menus name them ("Contact us", "Blog", "Careers", "Resources"), alone on a line
# with no sentence next to them: in the naive dumps of 1,334 wcxb pages such lines were in the gold
# 106 times in 3,890, mostly the menus that listing pages' gold keeps. Not these, which head an
# article's own sections as often (FAQs; a product's pricing; a docs page's "Cookies"):
_SECTION_HEADINGS = frozenset({"faq", "faqs", "frequently asked questions", "pricing", "sport", "cookies", "docs"})
# More links of a site's menus, alone on a line: counted the same way (each in the gold of at most
# 3% of its lone lines, most never), but not menu labels for boilerplate.nav-run, where runs of
# them head a shop's or a guide's own lists. Not "Overview", "Features", "Services", "Security",
# "Featured", "Best sellers", "How it works": 5-23% of theirs are in the gold; nor "Shipping",
# "Sustainability": the keys of a product's table of specifications; nor a byline's "Written by",
# "Author", which say who the next line names.
SECTION_LINKS = (
    "Compare", "New Arrivals", "Reviews", "Members", "Shop All", "Deals", "Sale", "Guides", "Learn", "Tools",
    "Education", "Explore", "Discover", "Categories", "Topics", "Tags", "Posts", "Articles", "Blogs", "Videos",
    "Books", "Tutorials", "Courses", "Insights", "Accessories", "All Products", "Collections",
    "Financing", "Feedback", "Apply Now", "Download", "Downloads", "Developers", "Awards",
    "Getting Started", "Who We Are", "Work With Us", "Affiliate Program", "Code of Conduct", "Advanced Search",
    "Glossary", "Gallery", "Popular", "Latest", "Activity", "Get Involved", "Press Releases", "Subscriptions",
    "Discussions", "Continue Shopping", "On this page", "In this article",
)
_LONE_NAV_SET = (NAV_SET | {label.casefold() for label in SECTION_LINKS}) - _SECTION_HEADINGS


def _nav_label_lines(view: View) -> Iterator[Span]:
    """Yield lines that are only a site section's link ("Contact us", "Blog") between lines that are not prose.

    One next to a sentence may head it, and one a sentence reads through stays.
    """
    lines = view.lines
    for i, line in enumerate(lines):
        if (
            len(line) <= _NAV_ITEM_CHARS
            and line[0].isupper()
            and line.casefold() in _LONE_NAV_SET
            and not paragraph_beside(lines, i)
            and not link_in_text(lines, i)
        ):
            yield view.line_span(i)


def _menu_item(line: str) -> bool:
    """Return whether ``line`` may stand in a menu: a short label or a legal link."""
    return _nav_item(line) or legal_link(line)


def _nav_label(line: str) -> bool:
    return line.casefold() in NAV_SET or legal_link(line)


# The first step of a breadcrumb trail, the home page, in the languages sites mostly write.
_HOME_WORDS = (
    "Home", "HOME", "Homepage", "Home page", "Startseite", "Accueil", "Inicio", "Portada", "Página inicial",
    "Início", "Pagina iniziale", "Strona główna", "Anasayfa", "Ana Sayfa", "Etusivu", "Главная",
)
_HOME = words_pattern(_HOME_WORDS)
# One step of a breadcrumb trail: up to 80 characters, not ending in a full stop.
_CRUMB = r"[^\s»›>/|](?:[^\n»›>/|]{0,79}[^\s»›>/|.])?"
# A breadcrumb trail opening a line that goes on with the title or the text, as a flattened page
# has it: "Home » Posts tagged with » police shooting White Officer Pleads Guilty ...". The steps
# up to the last separator go; the last step runs into the text with no mark of its end, so it
# stays. With ">", "|" or "/" (which prose uses too) two separators are needed.
_CRUMBS_HEAD = re.compile(
    rf"{_HOME}[ \t]{{0,3}}(?P<sep>[»›>|/])"
    r"(?:[ \t]{0,3}[^\s»›>/|.!?][^\n»›>/|.!?]{0,40}?[ \t]{0,3}[»›>|/]){0,8}[ \t]{0,3}"
)


def _breadcrumb_heads(view: View) -> Iterator[Span]:
    """Yield the breadcrumb steps opening a line that goes on with other text."""
    for i, line in enumerate(view.lines):
        m = _CRUMBS_HEAD.match(line)
        if m is None or m.end() == len(line):
            continue
        if m.group("sep") in ">|/" and sum(line.count(c, 0, m.end()) for c in "»›>|/") < 2:
            continue
        yield view.starts[i], view.starts[i] + m.end()


# Languages as a site's language menu names them, each in itself.
LANGUAGE_NAMES = (
    "English", "Deutsch", "Français", "Español", "Italiano", "Português", "Nederlands", "Polski", "Русский",
    "日本語", "한국어", "中文", "简体中文", "繁體中文", "繁体中文", "Türkçe", "Svenska", "Norsk", "Norsk bokmål",
    "Dansk", "Suomi", "Čeština", "Magyar", "Română", "Ελληνικά", "עברית", "العربية", "Tiếng Việt",
    "Bahasa Indonesia", "Bahasa Melayu", "Українська", "हिन्दी", "ไทย", "Български", "Hrvatski", "Srpski",
    "Српски", "Slovenčina", "Slovenščina", "Lietuvių", "Latviešu", "Eesti", "Català", "Euskara", "Galego",
    "Íslenska", "Gaeilge", "Cymraeg", "فارسی", "اردو", "বাংলা", "Filipino", "Afrikaans", "Kiswahili", "Shqip",
    "Bosanski", "Македонски", "Қазақ тілі", "Oʻzbekcha", "Azərbaycan", "ქართული", "Հայերեն",
)
_LANGUAGE_SET = frozenset(name.casefold() for name in LANGUAGE_NAMES)
_LANGUAGE_REGION_MARK = re.compile(r"[(\-–—|]")
# The first characters of the names in any case: most lines start with none of them.
_LANGUAGE_FIRST = frozenset(c for name in LANGUAGE_NAMES for c in (name[0], name[0].lower(), name[0].upper()))
# "English (US)", "Português (Brasil)", "English - United Kingdom", "Deutsch – Schweiz"
_LANGUAGE_REGION = re.compile(r"[ \t]{0,2}(?:\([^()\n]{1,30}\)|[-–—|][ \t]{0,2}[^\W\d_][^.!?:;\n]{0,29})")
_LANGUAGE_ITEM_CHARS = 60
MIN_LANGUAGE_MENU = 2


def _listed_name(line: str, names: frozenset[str], mark: re.Pattern[str], qualifier: re.Pattern[str]) -> str | None:
    """Return the name of ``names`` that ``line`` is (casefolded), alone or followed by a qualifier
    after a ``mark`` ("Español (México)", "Canada - English"); None if it is none."""
    key = line.casefold()
    if key in names:
        return key
    found = mark.search(line)
    if found is None:
        return None
    head = line[: found.start()].rstrip(" \t")  # the name before the first mark
    key = head.casefold()
    return key if key in names and qualifier.fullmatch(line, len(head)) else None


def _language(line: str) -> str | None:
    """Return the language ``line`` names (casefolded), alone or with a region; None if it names none."""
    if len(line) > _LANGUAGE_ITEM_CHARS or line[0] not in _LANGUAGE_FIRST:  # as in _language_menus
        return None
    return _listed_name(line, _LANGUAGE_SET, _LANGUAGE_REGION_MARK, _LANGUAGE_REGION)


def _language_menus(view: View) -> Iterator[Span]:
    """Yield runs of lines naming languages in themselves, a language menu ("English", "Deutsch",
    "Français", "Español (México)"): two different languages or more, one a line.

    One language name alone (a heading over a translation) stays.
    """
    lines = view.lines
    # Most texts hold no two lines naming a language: found without a call a line.
    short = [line for line in lines if len(line) <= _LANGUAGE_ITEM_CHARS and line[0] in _LANGUAGE_FIRST]
    if sum(1 for line in short if _language(line)) < MIN_LANGUAGE_MENU:
        return
    for first, end in line_runs(lines, _language, lambda line: line in _NAV_SEPARATORS or _language(line)):
        named = {_language(line) for line in lines[first:end]} - {None}
        if len(named) >= MIN_LANGUAGE_MENU:
            yield view.starts[first], view.line_span(end - 1)[1]


@functools.cache
def territory_names() -> frozenset[str]:
    """Return the names of countries and regions (casefolded) that a site's country picker lists.

    From ``territories.txt`` beside this module (the Unicode CLDR's names in fourteen languages
    and in each country's own; ``tools/make_territories.py`` makes it), read on first use.
    """
    text = resources.files(__package__).joinpath("territories.txt").read_text(encoding="utf-8")
    return frozenset(line.casefold() for line in text.splitlines() if line and not line.startswith("#"))


_TERRITORY_ITEM_CHARS = 60
# A flag before the name: two regional indicator symbols.
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}[ \t]{0,2}")
# What a picker writes after the name: the language or currency ("Canada (Français)", "United
# States - English", "Deutschland | DE", "Japan / 日本語").
_TERRITORY_QUALIFIER = re.compile(r"[ \t]{0,2}(?:\([^()\n]{1,30}\)|[-–—|/][ \t]{0,2}[^\n]{1,30})")
# A mark that may part a name from its language.
_QUALIFIER_MARK = re.compile("[(\\-–—|/]")
MIN_COUNTRY_MENU = 3
# A list this long is a picker even after a colon ("Select your country:").
MIN_LONG_COUNTRY_MENU = 6


def _territory(line: str) -> bool:
    """Return whether ``line`` (of at most 60 characters) is only the name of a country or region,
    maybe with its flag and language."""
    if line[0] >= "\U0001F1E6":
        line = _FLAG.sub("", line, count=1)
    return _listed_name(line, territory_names(), _QUALIFIER_MARK, _TERRITORY_QUALIFIER) is not None


def _country_menus(view: View) -> Iterator[Span]:
    """Yield runs of three lines or more that each name a country or region: a country picker
    ("United States", "Canada (Français)", "Deutschland"); its separators go too.

    Fewer (a dateline's country, a pair of countries in a list) stay, and so does a short list
    a line ending in a colon introduces ("The tour visits:" / "France" / "Italy" / "Spain").
    """
    lines = view.lines
    # A place's name starts with a capital, a flag or a letter of a script without case
    # ("eSwatini" is the one exception CLDR has): other lines are not looked up.
    places = [
        i
        for i, line in enumerate(lines)
        if len(line) <= _TERRITORY_ITEM_CHARS and (line[0].isupper() or line[0] > "\x7f") and _territory(line)
    ]
    if len(places) < MIN_COUNTRY_MENU:
        return
    runs: list[list[int]] = [[places[0]]]
    for prev, i in itertools.pairwise(places):
        if all(lines[k] in _NAV_SEPARATORS for k in range(prev + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        first = run[0]
        if len(run) < MIN_COUNTRY_MENU or (len(run) < MIN_LONG_COUNTRY_MENU and first and lines[first - 1][-1] == ":"):
            continue
        yield view.starts[first], view.line_span(run[-1])[1]


def _nav_runs(view: View) -> Iterator[Span]:
    """Yield runs of short lines that are mostly site navigation labels (a flattened menu or footer).

    A single character ("#", the letters of an A-Z index) neither counts for nor against a run.
    A run with too few labels still holds a menu when its stretch from one label to another is
    label enough: a topics list above the footer links, say.
    """
    lines = view.lines
    i = 0
    while i < len(lines):
        if not _menu_item(lines[i]):
            i += 1
            continue
        j = i
        items: list[int] = []  # the lines of the items that count
        while j < len(lines) and (lines[j] in _NAV_SEPARATORS or _menu_item(lines[j])):
            if lines[j] not in _NAV_SEPARATORS and len(lines[j]) > 1:
                items.append(j)
            j += 1
        if len(items) < MIN_NAV_RUN:
            i = j
            continue
        counted = [(k, _nav_label(lines[k])) for k in items]  # (line index, is a label)
        span = _label_stretch(counted)
        if span is not None:
            first, last = span
            whole = first == counted[0][0] and last == counted[-1][0]
            start = view.starts[i] if whole else view.starts[first]
            end = view.line_span(j - 1)[1] if whole else view.line_span(last)[1]
            yield start, end
        i = j


def _label_stretch(counted: list[tuple[int, bool]]) -> tuple[int, int] | None:
    """Return the first and last line of the longest stretch of ``counted`` that is a menu, or None.

    The whole run if it is label enough; else it is cut to its first and last label, then at
    whichever edge gives up the fewest labels for the most other items, while too few are labels.
    """
    def is_menu(a: int, b: int) -> bool:
        items = b - a + 1
        labels = sum(1 for _, label in counted[a : b + 1] if label)
        return items >= MIN_NAV_RUN and labels >= MIN_NAV_LABELS and labels >= MIN_NAV_SHARE * items

    a, b = 0, len(counted) - 1
    if is_menu(a, b):
        return counted[a][0], counted[b][0]
    positions = [k for k, (_, label) in enumerate(counted) if label]
    while len(positions) >= MIN_NAV_LABELS:
        a, b = positions[0], positions[-1]
        if is_menu(a, b):
            return counted[a][0], counted[b][0]
        # drop the edge label whose gap to the next label is the wider
        if positions[1] - positions[0] >= positions[-1] - positions[-2]:
            positions.pop(0)
        else:
            positions.pop()
    return None


_IMAGE_TAIL = re.compile(
    r"(?<=[.!?”\"’):] )(?:Featured|Feature|Header|Top)[ \t](?:[Ii]mage|[Pp]hoto)\b[^\n]{0,150}\Z"
)
_IMAGE_TAIL_REACH = 200


def _image_credit_tail(view: View) -> Iterator[Span]:
    """Yield an image credit glued after the last sentence of the text (read in its last 200 characters)."""
    m = _IMAGE_TAIL.search(view.text, max(0, len(view.text) - _IMAGE_TAIL_REACH))
    if m is not None:
        yield m.span()


# A photo credit in brackets inside the text, where a caption was flattened in: "(Photo:
# Reuters/Jane Roe)", "(Foto: dpa)", "(Photo by Jane Roe/Getty Images)", "(AP Photo/Evan Vucci)",
# "(Getty Images)". Brackets around a label and a name are never the story's own words.
_PHOTO_WORDS = r"(?:Photos?|Photograph|Image|Picture|Pic|Foto|Bild|Imagen|Immagine|Credit)"
_CREDIT_NAME = r"(?:[^()\[\]\n:.!?]|\.(?=\S| [A-Z]))"  # a name, "U.S. Navy" and "J. Roe" too
_BRACKETED_CREDIT = re.compile(
    rf"[(\[](?:{_PHOTO_WORDS}(?: [Cc]redits?)?[ \t]?:[ \t]?{_CREDIT_NAME}{{2,80}}"
    rf"|(?:Photos?|Image|Picture) (?:by|via|courtesy(?: of)?) {_CREDIT_NAME}{{2,80}}"
    rf"|(?:AP|AFP|EPA|UPI|Reuters|Getty|Xinhua|Sputnik|TASS|[A-Z]{{2,6}}) Photos?(?:/{_CREDIT_NAME}{{2,60}})?"
    r"|Getty Images|Shutterstock|iStock(?:photo)?)[)\]]"
)
# A credit names its photographer and agency; a remark in brackets goes on as a clause.
MAX_CREDIT_WORDS = 9
_CLAUSE = re.compile(r", (?:and |but |or |which |who |when |I |we )|\b(?:is|was|are|were|has|have)\b")
_CREDIT_ANCHORS = (
    "(Photo", "[Photo", "(Image", "[Image", "(Picture", "(Pic", "(Foto", "(Bild", "(Imagen", "(Immagine",
    "(Credit", " Photo)", " Photo/", " Photos)", "(Getty Images)", "(Shutterstock)", "(iStock",
)


def _bracketed_credits(view: View) -> Iterator[Span]:
    """Yield photo credits in brackets inside the text ('(Photo: Reuters/Jane Roe)', '(AP Photo/Evan Vucci)')."""
    text = view.text
    floor = 0
    for pos in anchor_positions(text, _CREDIT_ANCHORS):
        if pos < floor:
            continue
        # " Photo)" and " Photo/" sit after the agency's name: its bracket opens up to 8 characters before
        start = pos if text[pos] in "([" else text.rfind("(", max(0, pos - 8), pos)
        if start < floor or start < 0:
            continue
        m = _BRACKETED_CREDIT.match(text, start)
        if m is not None and m.group().count(" ") < MAX_CREDIT_WORDS and not _CLAUSE.search(m.group()):
            floor = m.end()
            yield m.span()


# A cookie banner speaks to the reader about the site's cookies: "We use cookies to ...",
# "By continuing to browse, you accept the use of cookies." Text about cookies does not.
_COOKIE_NOTICE = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:web)?site|[Oo]ur (?:web)?site)"
    r"(?: and (?:our )?(?:\d{1,4} )?(?:partners|vendors|third parties))?"
    r" (?:use|uses|are using|may use|store and/or access)\b[^.\n]{0,120}?\bcookies\b"
    r"|\b[Bb]y (?:continuing|using|browsing|clicking)\b[^.\n]{0,120}?\byou (?:agree|accept|consent)\b"
    r"[^.\n]{0,120}?\bcookies?\b"
)
# ... and says what they are for; "We use butter in these cookies, the baker said" does not.
_COOKIE_CONTEXT = re.compile(
    r"\b(?:experience|website|site|browser|browsing|device|consent|privacy|personali[sz]\w*|analytics"
    r"|advertising|ads|traffic|preferences|settings|policy|partners|data)\b"
)
MAX_COOKIE_NOTICE = 600


# The labels of a consent manager's panel (OneTrust, Cookiebot, Complianz, the IAB framework's
# dialogs, WordPress cookie plugins): whole lines only, and only labels that name cookies,
# consent or the panel's own choices ("Statistics" or "Marketing" alone could head a section).
COOKIE_PANEL_LABELS = (
    "Strictly Necessary Cookies", "Necessary Cookies", "Essential Cookies", "Functional Cookies",
    "Functionality Cookies", "Performance Cookies", "Analytics Cookies", "Analytical Cookies", "Targeting Cookies",
    "Advertising Cookies", "Marketing Cookies", "Social Media Cookies", "Preference Cookies", "Statistics Cookies",
    "Unclassified Cookies", "Cookie List", "Cookie Details", "Cookie Declaration", "Privacy Overview",
    "Manage Consent Preferences", "Manage Cookie Preferences", "Manage Cookie Consent", "Manage Consent",
    "Manage Cookies", "Manage options", "Manage vendors", "Manage {vendor_count} vendors", "Confirm My Choices",
    "Save & Accept", "Save and Accept", "Save & Exit", "Save preferences", "Save my preferences", "View preferences",
    "Accept all cookies", "Accept cookies", "Allow all cookies", "Allow all", "Accept all", "Reject all",
    "Reject all cookies", "Reject non-essential", "Use necessary cookies only", "Only necessary cookies",
    "Necessary only", "Show Purposes", "List of Partners (vendors)", "Vendor List",
    "We care about your privacy", "We value your privacy", "Your privacy matters", "Your Privacy",
    "We and our partners process data to provide:", "Read more about these purposes", "Always Active",
    "Legitimate Interest", "Select All Vendors", "Select All Hosts", "Clear Filters", "Apply Cancel",
    "Back Button", "Search Icon", "Filter Icon", "checkbox label label", "Consent Preferences",
    "Powered by Cookiebot by Usercentrics", "Powered by OneTrust",
)
_COOKIE_PANEL = re.compile(
    rf"(?:{words_pattern(COOKIE_PANEL_LABELS, ignore_case=True)})[ \t]{{0,3}}[:›>]?"
    # Complianz's category texts, the GDPR Cookie Consent plugin's cookie table
    r"|The technical storage or access (?:is|that is)\b[^\n]{0,700}"
    r"|The cookie is (?:set|used) by (?:the )?GDPR Cookie Consent plugin\b[^\n]{0,400}"
    r"|Other uncategori[sz]ed cookies are those that are being analy[sz]ed[^\n]{0,200}"
    r"|cookielawinfo-checkbox-[\w-]{1,40}|viewed_cookie_policy",
    re.IGNORECASE,
)


# A consent banner's buttons and categories, a line each, as dumps keep them ("Accept" / "Reject",
# "Accept" / "Deny" / "Necessary" / "Statistics"): in a text that speaks of cookies or consent, a run
# of two or more such lines holding an accept and a refuse or settings button. Alone, or without
# both kinds, the words stay ("Accept" may be a form's button, "Statistics" a section).
_CONSENT_ACCEPT = frozenset(
    ("accept", "accept all", "allow", "allow all", "agree", "i agree", "i accept", "agree and close", "ok", "okay",
     "got it", "akzeptieren", "alle akzeptieren", "zustimmen", "accepter", "tout accepter", "aceptar",
     "accetta", "accetto")
)
_CONSENT_OTHER = frozenset(
    ("reject", "reject all", "deny", "decline", "refuse", "disagree", "preferences", "settings", "cookie settings",
     "customize", "customise", "manage", "manage preferences", "manage settings", "more options", "options",
     "necessary", "always enabled", "always active", "statistics", "marketing", "functional", "analytics",
     "performance", "advertising", "targeting", "save", "save settings", "ablehnen", "alle ablehnen",
     "einstellungen", "notwendig", "statistiken", "refuser", "tout refuser", "paramètres", "rechazar",
     "configurar", "rifiuta", "impostazioni")
)
_CONSENT_ANCHORS = ("ookie", "OOKIE", "onsent", "ONSENT")
_CONSENT_KEYS = _CONSENT_ACCEPT | _CONSENT_OTHER
_CONSENT_CHARS = 20  # longer than any of them


def _consent_buttons(view: View) -> Iterator[Span]:
    """Yield runs of a consent banner's button and category lines."""
    keys = [line.rstrip(" .!").casefold() if len(line) <= _CONSENT_CHARS else "" for line in view.lines]
    for i, j in line_runs(keys, _CONSENT_KEYS.__contains__):
        run = set(keys[i:j])
        if j - i >= 2 and run & _CONSENT_ACCEPT and run & _CONSENT_OTHER:
            yield view.starts[i], view.line_span(j - 1)[1]


def _cookie_notices(view: View) -> Iterator[Span]:
    """Yield lines of a cookie banner ('We use cookies to improve your experience...')."""
    for i, line in enumerate(view.lines):
        if (
            "cookie" in line
            and len(line) <= MAX_COOKIE_NOTICE
            and _COOKIE_NOTICE.search(line)
            and _COOKIE_CONTEXT.search(line)
        ):
            yield view.line_span(i)


_SCRIPT_ELEMENT = re.compile(r"<(script|style|noscript)\b[^<>]{0,1000}>[^<]{0,200000}</\1[ \t]{0,3}>", re.IGNORECASE)


def _script_elements(view: View) -> Iterator[Span]:
    """Yield <script>, <style> and <noscript> elements left in the text.

    As for comments: an element of several lines holding prose is an opening tag whose end went
    with another rule, reaching to a later element's end over the text; it stays.
    """
    text = view.text
    pos = 0
    while (m := _SCRIPT_ELEMENT.search(text, pos)) is not None:
        start, end = m.span()
        if holds_prose(text[start:end]):  # only a middle line can be: the others hold the tags
            pos = start + 1  # an element may open inside it
            continue
        yield start, end
        pos = end


def _comments(view: View) -> Iterator[Span]:
    """Yield HTML comments left in the text.

    A "<!--" whose "-->" went with another rule (a script's "// -->" line) would reach to the
    next comment's end, over whatever stands between: a span of several lines holding prose is
    not a comment, and the search goes on after its opening mark.
    """
    text = view.text
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        if holds_prose(text[start:end]):  # only a middle line can be: the first holds "<!--"
            start = text.find("<!--", start + 4)
            continue
        yield start, end + 3
        start = text.find("<!--", end + 3)


# The CDATA wrappers of inline scripts and styles, with the comment marks that hide them from
# old browsers: "/* <![CDATA[ */", "/* ]]> */", "//<![CDATA[", "//]]>", "<![CDATA[".
_CDATA_MARKS = (
    ("<![CDATA[", re.compile(r"(?:/\*[ \t]{0,3}|//[ \t]{0,3})?<!\[CDATA\[(?:[ \t]{0,3}\*/)?")),
    ("]]>", re.compile(r"(?:/\*[ \t]{0,3}|//[ \t]{0,3})?\]\]>(?:[ \t]{0,3}\*/)?")),
)
_CDATA_PREFIX = 5  # "/*   " or "//   " before the mark


def _cdata_marks(view: View) -> Iterator[Span]:
    """Yield CDATA wrappers left around inline script and style text.

    A mark inside comment marks goes wherever it is; a bare one only at the start or end of a
    line (an RSS item's '<![CDATA[text]]>'), not in a sentence about CDATA.
    """
    text = view.text
    for needle, pattern in _CDATA_MARKS:
        floor = 0
        for pos in occurrences(text, needle):
            if pos < floor:
                continue
            m = pattern.search(text, max(0, pos - _CDATA_PREFIX), pos + len(needle) + _CDATA_PREFIX)
            assert m is not None  # the needle alone matches
            start, floor = m.span()
            if start == 0 or text[start] == "/" or text[start - 1] == "\n" or floor == len(text) or text[floor] == "\n":
                yield start, floor


# HTML tags pages leave in text: the usual elements with their usual attributes (others, such
# as '<th scope=...>' or '<Target Name=...>', are more often a tutorial's example), closing tags
# glued to a word, opening ones glued to the word after them, line breaks beside a space. A tag
# named in a sentence ("wrap it in a <figure> element", "close it with </div>") has no attributes
# and a space on both sides; a <br> between two words would glue them if cut.
_TAG_NAMES = "a|img|span|div|p|font|iframe|figure|figcaption|strong|em|b|i|u|section|ins|source|picture|video"
_TAG_ATTRIBUTES = r"href|src|srcset|class|style|id|data-[\w-]{1,30}|target|rel|alt|title|width|height|align|loading"
# Every branch starts with the "<" (the look-behinds come after it), so a search skips to each
# "<" instead of trying every branch at every character (30 times faster over a page).
_TAG = re.compile(
    rf"<(?:(?:{_TAG_NAMES})[ \t]{{1,3}}(?:{_TAG_ATTRIBUTES})[ \t]{{0,3}}=[^<>\n]{{0,1000}}>"
    r"|/(?<=[\w.,;:!?\"”’)]</)(?:a|span|strong|em|b|i|u|font|p|div|li|h[1-6]|figcaption|figure)>"
    r"(?=[\s.,;:!?)”’]|\Z)"  # not before a straight quote: that is markup quoted in code
    # an opening tag at a line's or a word's start glued to the word it opens: "<p>The bridge"
    r"|(?<![^\s]<)(?:p|span|strong|em|b|i|u|li|h[1-6]|blockquote|figcaption)>(?=[\w“‘(])"
    r"|(?<![^\s]<)br[ \t]{0,3}/?>|br[ \t]{0,3}/?>(?![^\s]))",
    re.IGNORECASE,
)


_ANY_TAG = re.compile(r"<[^<>\n]{0,1000}>")
# A line must hold this many words outside its tags: a line of markup is a code example.
MIN_TAGGED_LINE_WORDS = 5


def _tags(view: View) -> Iterator[Span]:
    """Yield HTML tags left in lines of prose (not in a quoted string: page scripts go whole)."""
    text = view.text
    checked: dict[int, bool] = {}
    for m in _TAG.finditer(text):
        start = m.start()
        if start > 0 and text[start - 1] in "'\"\\=":
            continue
        line = view.line_of(start)
        if line not in checked:
            words = _ANY_TAG.sub(" ", view.lines[line]).split()
            checked[line] = len(words) >= MIN_TAGGED_LINE_WORDS
        if checked[line]:
            yield m.span()


# An HTML template a page keeps in a script (a cookie box, a modal), flattened one tag or one
# attribute a line: "<div class="cookie-box">", "id="CookiePrefSave"", "data-cookie-back",
# "Cookie-Details </a>". A run of such lines with attributes in it is markup, unless the text
# quotes it as a code example (after a "html" label or a sentence ending in a colon).
_ATTRIBUTE = r"[A-Za-z_:@][\w:.-]*(?:=(?:\"[^\"\n]*\"|'[^'\n]*'))?"
_MARKUP_LINE = re.compile(
    r"(?:</?[A-Za-z][\w:-]*(?:[ \t][^<>\n]*)?/?>[ \t]*)+"  # tags and nothing else
    rf"|(?:[A-Za-z_:@][\w:.-]*=(?:\"[^\"\n]*\"|'[^'\n]*')[ \t]*)(?:{_ATTRIBUTE}[ \t]*)*/?>?"  # attributes
    rf"|<[A-Za-z][\w:-]*(?:[ \t]+{_ATTRIBUTE})*[ \t]*"  # a tag going on on the next line
    r"|<[A-Za-z][\w:-]*(?:[ \t][^<>\n]*)?>[^<>\n]{0,300}(?:</[A-Za-z][\w:-]*>)?"  # a tag, then its text
    r"|[^<>\n]{0,200}</[A-Za-z][\w:-]*>"  # text closing its tag
)
# Inside a run, bare attributes too: "data-cookie-back", "checked disabled".
_BARE_ATTRIBUTES = re.compile(
    r"(?:(?:[a-z][\w.]*(?:-[\w.]+)+|checked|disabled|selected|hidden|required|readonly|multiple)[ \t]*)+/?>?"
)
# The attributes a page's own markup hangs its styles and scripts on; a tutorial's small example
# ('<th scope="col">', '<form method="post">') seldom has them.
_PAGE_ATTRIBUTE = re.compile(r"(?<![\w-])(?:class|id|data-[\w-]+|aria-[\w-]+|role|style)=[\"']")
MIN_MARKUP_RUN = 3


def _is_markup(line: str) -> bool:
    return ("<" in line or "=" in line) and _MARKUP_LINE.fullmatch(line) is not None


def _markup_runs(view: View) -> Iterator[Span]:
    """Yield runs of three or more lines of HTML markup with attributes in them (a flattened template).

    A quarter of a run's lines at least hold a tag, one a page's own attribute (class, id, data-,
    aria-, role, style); a run the text introduces as a code example stays.
    """
    lines = view.lines
    for i, j in line_runs(lines, _is_markup, lambda line: _is_markup(line) or _BARE_ATTRIBUTES.fullmatch(line)):
        run = lines[i:j]
        tags = sum(1 for line in run if "<" in line)
        if (
            len(run) >= MIN_MARKUP_RUN
            and 4 * tags >= len(run)
            and any(_PAGE_ATTRIBUTE.search(line) for line in run)
            and not code_example(view, i)
        ):
            yield view.starts[i], view.line_span(j - 1)[1]


# Affiliate disclosures, found from a literal anchor each (a regex scan for their starts would
# try every capital letter of the text): (anchor, characters before it the match may start,
# the pattern matched there).
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))[A-Z]")
_AFFILIATE_AT = (
    ("Amazon Associate", 6, re.compile(
        r"As an Amazon Associate,? (?:I|we) (?:earn|make money) from qualifying purchases\.?"
        r"|Amazon Associates [Dd]isclosure[ \t]{0,3}:?(?=\s|\Z)"
    )),
    ("ffiliate links", 40, re.compile(
        # a disclosure paragraph goes whole; inside a paragraph, only its sentence
        r"(?:(?<=\n)|^)This (?:post|article|page|site|website|content|review|video) (?:may )?contains? "
        r"affiliate links\b[^\n]{0,500}(?=\n|\Z)"
        r"|This (?:post|article|page|site|website|content|review|video) (?:may )?contains? affiliate links\b"
        r"[^\n]{0,300}?\.(?=\s|\Z)"
    )),
    ("ffiliate ", 1, re.compile(r"Affiliate [Dd]isclosure[ \t]{0,3}:?(?=\s|\Z)")),
    # "When you buy through links on our site, we may earn an affiliate commission."
    ("links on ", 60, re.compile(
        r"(?:When|If) you (?:buy|purchase|shop)(?: something| products?)? (?:through|via|using|from)"
        r" (?:(?:retail|our|affiliate) )?links on (?:our|this) (?:site|website|page)s?,? (?:we|I)"
        r"(?: may| might| can)? (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b[^\n.]{0,120}\."
    )),
)
_AMAZON_PROGRAM = " a participant in the Amazon Services LLC Associates Program,"
_AMAZON_PROGRAM_END = re.compile(r"[^\n]{0,300}?(?:[Aa]mazon\.[a-z.]{2,6}|Amazon)\b\.?")
MAX_SENTENCE_LEAD = 100


def _affiliate_disclosures(view: View) -> Iterator[Span]:
    """Yield affiliate disclosures: Amazon's notices, "This post may contain affiliate links"."""
    text = view.text
    for anchor, back, pattern in _AFFILIATE_AT:
        for pos in occurrences(text, anchor):
            m = pattern.search(text, max(0, pos - back), pos + len(anchor) + 600)
            if m is not None and m.start() <= pos:
                yield m.span()
    for pos in occurrences(text, _AMAZON_PROGRAM):  # "X is a participant in ...": from its sentence's start
        lo = max(0, pos - MAX_SENTENCE_LEAD)
        lead = text[lo:pos]
        starts = [m.start() for m in _SENTENCE_START.finditer(lead)]
        end = _AMAZON_PROGRAM_END.match(text, pos + len(_AMAZON_PROGRAM))
        if starts and end is not None and lead.endswith((" is", " are")):
            yield lo + starts[-1], end.end()


# The "Read also" labels of other languages, in any case ("Lesen Sie auch", "LEA TAMBIÉN"). Not the
# bare imperatives "Mira", "Lea", "Watch" (a sentence or a video's own headline follows them too).
READ_ALSO_LABELS = (
    "Lesen Sie auch", "Lesen Sie dazu", "Lies auch", "Auch interessant", "Mehr zum Thema",
    "Das könnte Sie auch interessieren", "Lire aussi", "À lire aussi", "A lire aussi", "Lire également",
    "Voir aussi", "Lea también", "Lea más", "Lee también", "Lee más", "Le puede interesar",
    "Te puede interesar", "Vea también", "Ver también", "Leia também", "Leia mais", "Veja também",
    "Leggi anche", "Lees ook", "Czytaj też", "Czytaj także", "Zobacz też", "Читайте также",
)
_READ_ALSO_ELSEWHERE = words_pattern(READ_ALSO_LABELS, ignore_case=True)


# A footer's credit split at its links, one piece a line: "Powered by" / "Discourse" / ", best
# viewed with JavaScript enabled", "Powered by" / "Hugo" / "&" / "PaperMod". The label alone on a
# line, then a name of a few words; joiners and more names, and a tail opening with a comma.
_POWERED_BY = re.compile(r"(?:Proudly [Pp]|P)owered [Bb]y|POWERED BY|Site by|Website by|Theme by")
_CREDIT_JOINER = frozenset(("&", "and", "|", "·", "•", "+"))
_CREDIT_NAME_CHARS = 30
_CREDIT_TAIL_CHARS = 60
MAX_CREDIT_PIECES = 5


def _credit_name(line: str) -> bool:
    return len(line) <= _CREDIT_NAME_CHARS and line.count(" ") <= 2 and line[-1] not in ".!?:" and line[0] != ","


def _split_credits(view: View) -> Iterator[Span]:
    """Yield a "Powered by" line with the names under it (and their joiners and comma tail); not
    one a sentence runs into ("The plant is" / "Powered by" / "the sun")."""
    lines = view.lines
    for i, line in enumerate(lines[:-1]):
        if len(line) > 18 or not _POWERED_BY.fullmatch(line) or not _credit_name(lines[i + 1]):
            continue
        if runs_into(lines, i):
            continue
        last = i + 1
        while last + 1 < min(len(lines), i + 1 + MAX_CREDIT_PIECES):
            piece = lines[last + 1]
            if piece in _CREDIT_JOINER and last + 2 < len(lines) and _credit_name(lines[last + 2]):
                last += 2
            elif piece[0] == "," and len(piece) <= _CREDIT_TAIL_CHARS:
                last += 1
                break
            else:
                break
        yield view.starts[i], view.line_span(last)[1]


RULES = (
    Rule(
        id="boilerplate.advertisement",
        category=Category.BOILERPLATE,
        description="A line that only labels an ad slot or jumps within the page ('Advertisement', '- Anzeige -', "
        "'Skip to content', 'Back to top').",
        # The label may stand between dashes or in brackets: "- Anzeige -", "— Advertisement —", "[Ad]".
        pattern=re.compile(
            rf"(?:[-–—*~=]{{1,3}}[ \t]{{0,3}}|[\[(][ \t]{{0,2}})?(?:{_ADS}|{_SKIP_LINK})[ \t]{{0,3}}"
            r"(?:[-–—*~=]{1,3}|[\])])?[ \t]{0,3}[:.…]?"
        ),
    ),
    Rule(
        id="boilerplate.ad-label",
        category=Category.BOILERPLATE,
        description="An ad slot's label between two sentences of a flattened page ('... to relax. Advertisement "
        "Yoga nidra is ...').",
        find=_inline_ad_labels,
        guard=INLINE_AD_LABELS,
    ),
    Rule(
        id="boilerplate.skip-links",
        category=Category.BOILERPLATE,
        description="Skip links glued into the top of a flattened page ('Site Name Skip to content Home ...', "
        "'Jump to: navigation, search').",
        find=_inline_skip_links,
        guard=("Skip to", "Jump to"),
    ),
    Rule(
        id="boilerplate.button",
        category=Category.BOILERPLATE,
        description="A line that is only a button's label ('Learn more', 'Get started', 'View all', 'Load more').",
        pattern=re.compile(
            rf"(?:[←‹<«][ \t]{{0,3}})?(?:{words_pattern(BUTTON_LABELS)}|{_BACK_LINK})[ \t]{{0,3}}[→›>»]?"
        ),
    ),
    Rule(
        id="boilerplate.continue-reading",
        category=Category.BOILERPLATE,
        description="'Continue reading below the advertisement' glued into a paragraph.",
        find=_continue_reading,
        guard=(_CONTINUE_ANCHOR,),
    ),
    Rule(
        id="boilerplate.post-nav",
        category=Category.BOILERPLATE,
        description="Links to the neighbouring posts ('Previous Post', '« Older Entries', 'Next article: T').",
        pattern=re.compile(
            r"(?:[«‹<←][ \t]{0,3})?(?:(?:Previous|Prev|Next|Older|Newer)[ \t]{1,3}"
            r"(?:Post|Posts|Article|Articles|Story|Entry|Entries|Page)"
            # ... in German, French, Spanish, Italian
            r"|(?:Vorheriger|Nächster|Voriger)[ \t](?:Artikel|Beitrag|Eintrag)|(?:Vorherige|Nächste)[ \t]Seite"
            r"|Article[ \t](?:précédent|suivant)|Art[ií]culo[ \t](?:anterior|siguiente)"
            r"|Articolo[ \t](?:precedente|successivo))"
            r"(?:[ \t]{0,3}[»›>→])?(?:[ \t]{0,3}:[ \t]{0,3}[^\n.!?]{1,150})?"
            # Blogger's pager, flattened: "Newer Post Older Post Home"
            r"|(?:Newer Post|Older Post)(?:[ \t]{1,3}(?:Older Post|Home))?(?:[ \t]{1,3}Home)?",
            re.IGNORECASE,
        ),
    ),
    Rule(
        id="boilerplate.read-more",
        category=Category.BOILERPLATE,
        description="A line linking to another story: 'Read more: Council approves budget', "
        "'ALSO READ | ...', 'MORE: ...', 'Lesen Sie auch: ...', 'Lea también: ...', 'VEA TAMBIÉN: ...'.",
        # One headline after the label; a line going on with a second sentence is the body's.
        pattern=re.compile(
            r"(?:Read (?:more|also|next)|READ (?:MORE|ALSO|NEXT)|Also (?:read|see)|ALSO (?:READ|SEE)"
            r"|See also|SEE ALSO|Related(?: (?:article|story|post|news|reading))?"
            rf"|RELATED(?: (?:ARTICLE|STORY|POST|NEWS|READING))?|MORE|(?i:{_READ_ALSO_ELSEWHERE}))"
            r"(?:[ \t]{0,3}[:|»›>]|[ \t]{1,3}[–—-])[ \t]{0,3}(?![^\n]*[.!?][\"”’)]?[ \t]+[A-Z])[^\n]{3,200}",
        ),
    ),
    Rule(
        id="boilerplate.affiliate",
        category=Category.BOILERPLATE,
        description="Affiliate disclosures ('As an Amazon Associate I earn from qualifying purchases.', "
        "'This post may contain affiliate links. ...', 'X is a participant in the Amazon Services LLC "
        "Associates Program, ...', 'When you buy through links on our site, we may earn a commission.').",
        find=_affiliate_disclosures,
        guard=("ffiliate", "Amazon Associate", "links on "),
    ),
    Rule(
        id="boilerplate.block-ads",
        category=Category.BOILERPLATE,
        description="The ad-blocker plea feed republishers append ('Let's block ads! (Why?)').",
        pattern=re.compile(r"Let[’']s block ads![ \t]{0,3}\(Why\?\)"),
        scope=Scope.SPAN,
    ),
    Rule(
        id="boilerplate.feed-summary",
        category=Category.BOILERPLATE,
        description="The note a feed importer closes an excerpt with ('[[ This is a content summary only. Visit my "
        "website for full links, other content, and more! ]]').",
        pattern=re.compile(
            r"\[\[[ \t]{0,3}This is a content summary only\.[ \t]{1,3}Visit (?:my|our|the) website for full links,"
            r"[ \t]{1,3}other content,[ \t]{1,3}and more![ \t]{0,3}\]\]"
        ),
        scope=Scope.SPAN,
    ),
    Rule(
        id="boilerplate.breadcrumb",
        category=Category.BOILERPLATE,
        description="A breadcrumb trail line starting at 'Home' ('Home » News » World').",
        # A step ends in no full stop (a sentence after "Home /" is not a trail); "/" and "|", which
        # prose uses too, need two steps.
        pattern=re.compile(
            rf"{_HOME}(?:[ \t]{{0,3}}[»›>][ \t]{{0,3}}{_CRUMB}){{1,8}}[ \t]{{0,3}}[»›>]?"
            rf"|{_HOME}(?:[ \t]{{0,3}}[/|][ \t]{{0,3}}{_CRUMB}){{2,8}}[ \t]{{0,3}}[/|]?"
        ),
    ),
    Rule(
        id="boilerplate.breadcrumb-head",
        category=Category.BOILERPLATE,
        description="The steps of a breadcrumb trail opening a line that goes on with the text ('Home » Posts "
        "tagged with » ...'); the last step, which runs into the text, stays.",
        find=_breadcrumb_heads,
        guard=_HOME_WORDS,
    ),
    Rule(
        id="boilerplate.powered-by",
        category=Category.BOILERPLATE,
        description="A footer's credit split at its links ('Powered by' / 'Discourse' / ', best viewed with "
        "JavaScript enabled', 'Powered by' / 'Hugo' / '&' / 'PaperMod').",
        find=_split_credits,
        guard=("owered", "OWERED", "Site by", "Website by", "Theme by"),
    ),
    Rule(
        id="boilerplate.copyright",
        category=Category.BOILERPLATE,
        description="A copyright footer line ('© 2024 Example Media. All rights reserved.', 'Alle Rechte "
        "vorbehalten').",
        pattern=re.compile(
            r"(?:©|&copy;|(?:Copyright|COPYRIGHT)[ \t]{0,3}(?:©|\([cC]\)|(?=(?:19|20)\d\d\b)))"
            r"[^\n]{0,150}"
            # "All rights reserved" in some languages, a line of its own, maybe with a year before or after
            rf"|(?:(?:19|20)\d\d[ \t]{{0,3}}[-–—|.,]?[ \t]{{0,3}})?{RIGHTS}"
            r"(?:[ \t]{0,3}[-–—|.,]?[ \t]{0,3}(?:©[ \t]{0,3})?(?:19|20)\d\d)?\.?"
            # theme footers; a bare "Powered by X" may be a product article's heading
            r"|(?:Create a free website or blog at|Blog at|Erstelle eine kostenlose Website oder Blog[ \t\xa0]?–"
            r"[ \t]auf)[ \t]WordPress\.com\.?"
            r"|(?:Proudly powered by|Site by|Website by|Theme by)"
            r"(?:[ \t]{1,3}[^\s.!?]{1,30}){1,3}"
            # ... or naming the blog's platform, maybe with its theme ("Powered by WordPress | Theme by X")
            r"|(?:Proudly )?[Pp]owered by (?:WordPress|Blogger|Ghost|Drupal|Joomla!?|Squarespace|Wix|Shopify|Tumblr"
            r"|Substack|Jekyll|Hugo|Weebly|Webflow|vBulletin|XenForo|phpBB|Discourse|MyBB)(?:\.com|\.org)?\.?"
            r"(?:[ \t]{1,3}[|·•–—-][ \t]{1,3}[^\n]{1,80})?"
        ),
    ),
    Rule(
        id="boilerplate.rights-reserved",
        category=Category.BOILERPLATE,
        description="A short line ending in 'All rights reserved' after the owner's name ('Example Media LLC. All "
        "rights reserved.', '2019-2026 Example Studio | All Rights Reserved'), not after a sentence.",
        # not after a sentence: four lower-case words in a row
        pattern=re.compile(
            r"(?![^\n]{0,110}?\b[a-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,} )"
            rf"[^\n]{{0,110}}?[\w.)][ \t]{{0,3}}[.,|–—-]?[ \t]{{0,3}}{RIGHTS}[ \t.|]{{0,5}}"
        ),
        # for speed: the phrase as sites write it (the pattern ignores case)
        guard=(
            "ights reserved", "ights Reserved", "IGHTS RESERVED", "echte vorbehalten", "ECHTE VORBEHALTEN",
            "roits réservés", "ROITS RÉSERVÉS", "erechos reservados", "ERECHOS RESERVADOS", "iritti riservati",
            "IRITTI RISERVATI", "echten voorbehouden", "ireitos reservados", "rawa zastrzeżone", "рава защищены",
        ),
    ),
    Rule(
        id="boilerplate.theme-credit",
        category=Category.BOILERPLATE,
        description="A blog theme's footer credit, its platform's link gone ('Simple theme. Powered by', "
        "'Watermark theme. Theme images by X. Powered by Blogger.').",
        pattern=re.compile(
            r"(?:(?:[A-Z][\w'’-]{0,20}[ \t]){1,3}theme|Theme images by(?:[ \t][^\s.!?]{1,30}){1,3})\."
            r"(?:[ \t]{1,3}Theme images by(?:[ \t][^\s.!?]{1,30}){1,3}\.)?[ \t]{1,3}Powered by(?:[ \t]{1,3}Blogger\.?)?"
        ),
        guard=("theme.", "Theme images by"),
    ),
    Rule(
        id="boilerplate.reading-time",
        category=Category.BOILERPLATE,
        description="A reading-time line ('5 min read', 'Reading time: 4 minutes', 'Lesezeit: 3 Min.').",
        # A bare "5 minutes" may be a recipe's prep time: the line must say it is about reading.
        pattern=re.compile(
            r"(?:(?:Estimated )?(?:[Rr]eading|[Rr]ead) [Tt]ime|Lesezeit|Temps de lecture|Tiempo de lectura)"
            r"[ \t]{0,3}:?[ \t]{0,3}(?:about |ca\. |~)?\d{1,3}(?:[ \t]?[-–][ \t]?\d{1,3})?[ \t]?"
            r"(?:min|mins|minutes?|Min\.?|Minuten|minutos)\.?"
            r"|(?:about |~)?\d{1,3}[ \t]?(?:min|mins|minutes?|Min\.?)\.?[ \t]{1,3}(?:read|reading|read time|Lesezeit)"
        ),
    ),
    Rule(
        id="boilerplate.forum-meta",
        category=Category.BOILERPLATE,
        description="A forum's thread and poster statistics, each label on a line over its value ('Thread starter' "
        "/ 'jdoe' / 'Start date' / 'Mar 3, 2024', 'Joined' / 'Nov 4, 2011' / 'Messages' / '1,234').",
        find=_forum_statistics,
        guard=_FORUM_ANCHORS,
    ),
    Rule(
        id="boilerplate.qa-meta",
        category=Category.BOILERPLATE,
        description="A Q&A site's post statistics and signatures ('Asked 5 years ago', 'Viewed 1.2m times', "
        "'answered Jan 3, 2019 at 10:15', '3 Answers').",
        pattern=re.compile(
            r"(?:Asked|Modified|Viewed|Active)[ \t](?:today|yesterday|\d{1,3}[ \t](?:years?|months?|days?|hours?"
            r"|mins?|minutes?|seconds?|secs?)[ \t]ago|\d[\d.,]{0,6}[kKmM]?[ \t]times)"
            rf"|(?:answered|asked|edited)[ \t]{DATE}(?:[ \t]{AT}[ \t]{TIME})?"
            r"|\d{1,5}[ \t]Answers?|Sorted by:"
        ),
    ),
    Rule(
        id="boilerplate.view-count",
        category=Category.BOILERPLATE,
        description="A page-view counter line ('Views: 1,234', 'Post Views: 87', '(Visited 1,234 times, 1 visits "
        "today)', 'Aufrufe: 120').",
        pattern=re.compile(
            r"(?:(?:Post |Page |Total )?(?:Views|Hits|Aufrufe|Zugriffe|Vues|Visitas|Visualizzazioni|Просмотры)"
            r"[ \t]{0,3}:[ \t]{0,3}\d[\d,.\u202f\xa0]{0,12}[KkMm]?"
            r"|\(Visited \d[\d,.]{0,12} times?, \d[\d,.]{0,12} visits? today\))",
            re.IGNORECASE,
        ),
    ),
    Rule(
        id="boilerplate.separator",
        category=Category.BOILERPLATE,
        description="A line of nothing but separators or icon glyphs ('|', '»', '×', '•'), or the "
        "'[email protected]' stand-in an email-protection script leaves.",
        # not ">>>": a Python prompt in a tutorial
        pattern=re.compile(r">|[|·•/»«›‹×Δδ](?:[ \t]{0,3}[|·•/»«›‹×Δδ]){0,4}|\[email(?:\xa0| )protected\]"),
    ),
    Rule(
        id="boilerplate.image-credit",
        category=Category.BOILERPLATE,
        description="An image credit line ('Featured image via Reuters', 'Photo credit: NASA').",
        pattern=re.compile(
            r"\(?(?:(?:Featured|Feature|Header|Top|Cover|Lead)[ \t](?:[Ii]mage|[Pp]hoto)\b[^\n]{0,150}"
            r"|(?:(?:[Ii]mage|[Pp]hoto|[Pp]icture|Foto|Bild|Imagen|Immagine)s?"
            r"(?:[ \t](?:[Cc]redits?|[Ss]ource|[Cc]ourtesy))?|Crédits? photos?)"
            r"[ \t]{0,3}:[ \t]{0,3}[^\n.!?]{1,120}\.?"
            r"|(?:[Ii]mage|[Pp]hoto|[Pp]icture)s?[ \t](?:via|by|courtesy(?:[ \t]of)?)[ \t][^\n,.!?]{1,60}\.?"
            # the BBC's "Image copyright Getty Images Image caption The old bridge in 1950"
            r"|(?:Image|Media) (?:copyright|caption) [^\n]{1,300})\)?"
        ),
    ),
    Rule(
        id="boilerplate.photo-credit",
        category=Category.BOILERPLATE,
        description="A photo credit in brackets inside the text ('(Photo: Reuters/Jane Roe)', '(AP Photo/Evan "
        "Vucci)', '(Getty Images)').",
        find=_bracketed_credits,
        guard=_CREDIT_ANCHORS,
    ),
    Rule(
        id="boilerplate.image-credit-tail",
        category=Category.BOILERPLATE,
        description="'Featured image via ...' glued after the last sentence of a flattened dump.",
        find=_image_credit_tail,
    ),
    Rule(
        id="boilerplate.cookie-notice",
        category=Category.BOILERPLATE,
        description="A cookie banner line ('We use cookies to give you the best experience...').",
        find=_cookie_notices,
        guard=("cookie",),
    ),
    Rule(
        id="boilerplate.cookie-panel",
        category=Category.BOILERPLATE,
        description="A line of a cookie consent panel ('Strictly Necessary Cookies', 'Confirm My Choices', "
        "'We and our partners process data to provide:').",
        pattern=_COOKIE_PANEL,
    ),
    Rule(
        id="boilerplate.nav-run",
        category=Category.BOILERPLATE,
        description="A run of short lines that are mostly navigation labels ('Home', 'About Us', 'Privacy Policy').",
        find=_nav_runs,
    ),
    Rule(
        id="boilerplate.consent-buttons",
        category=Category.BOILERPLATE,
        description="A consent banner's buttons and categories, a line each ('Accept' / 'Reject', 'Accept' / "
        "'Deny' / 'Necessary' / 'Statistics'), in a text that speaks of cookies or consent.",
        find=_consent_buttons,
        guard=_CONSENT_ANCHORS,
    ),
    Rule(
        id="boilerplate.ui-label",
        category=Category.BOILERPLATE,
        description="A line that is only the label of a page control ('Home', 'Menu', 'Sign in', 'Close', "
        "'Next', 'Breadcrumb'), after the menus they stand in are gone; one a sentence reads through stays.",
        find=_ui_label_lines,
    ),
    Rule(
        id="boilerplate.nav-label",
        category=Category.BOILERPLATE,
        description="A line that is only a site section's link ('Contact us', 'Blog', 'Careers', 'Resources') "
        "with no sentence or paragraph next to it, after the menus it stood in are gone.",
        find=_nav_label_lines,
    ),
    Rule(
        id="boilerplate.language-menu",
        category=Category.BOILERPLATE,
        description="Runs of lines naming languages in themselves, a site's language menu ('English', "
        "'Deutsch', 'Français', 'Español (México)'); one language name alone stays.",
        find=_language_menus,
    ),
    Rule(
        id="boilerplate.country-menu",
        category=Category.BOILERPLATE,
        description="Runs of three lines or more that each name a country or region, a site's country "
        "picker ('United States', 'Canada (Français)', 'Deutschland'); fewer stay.",
        find=_country_menus,
    ),
    Rule(
        id="boilerplate.toc",
        category=Category.BOILERPLATE,
        description="A table of contents: its heading ('Table of Contents', 'In this article') and entries that are "
        "the text's own headings further on.",
        find=_tables_of_contents,
        guard=_TOC_ANCHORS,
    ),
    Rule(
        id="boilerplate.gov-banner",
        category=Category.BOILERPLATE,
        description="The banner of U.S. government sites ('An official website of the United States government', "
        "'Here's how you know', 'Official websites use .gov', ...), line by line.",
        find=_gov_banners,
        guard=("An official ",),
    ),
    Rule(
        id="boilerplate.legal-link",
        category=Category.BOILERPLATE,
        description="A line that is only a legal link ('Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My "
        "Personal Information') left outside a menu; one heading a paragraph stays.",
        find=_legal_link_lines,
        # what each of LONE_LEGAL_LINK's links holds, as written in a footer
        guard=(
            "rivacy", "RIVACY", "ookie", "OOKIE", "greement", "GREEMENT", "o not sell", "o Not Sell", "O NOT SELL",
            "dChoices", "d Choices", "d choices", "DCHOICES", "D CHOICES", "erms", "ERMS", "onsent", "ONSENT",
            "references", "REFERENCES", "mpressum", "MPRESSUM", "atenschutz", "ATENSCHUTZ", "utzungsbedingungen",
            "égales", "ÉGALES", "onfidentialité", "viso legal", "rivacidad", "nformativa",
        ),
    ),
    Rule(
        id="markup.script-element",
        category=Category.MARKUP,
        description="Leftover <script>, <style> and <noscript> elements in text.",
        find=_script_elements,
        guard=("<",),
    ),
    Rule(
        id="markup.comment",
        category=Category.MARKUP,
        description="HTML comments left in text ('<!-- ad slot -->').",
        find=_comments,
        guard=("<",),
    ),
    Rule(
        id="markup.cdata",
        category=Category.MARKUP,
        description="CDATA wrappers of inline scripts and styles ('/* <![CDATA[ */', '/* ]]> */', '//]]>').",
        find=_cdata_marks,
        guard=("<", "]"),  # openers hold "<", closers "]": single characters, found fast
    ),
    Rule(
        id="markup.code-comment",
        category=Category.MARKUP,
        description="A line that is only a machine-made CSS or JavaScript comment ('/*! This file is "
        "auto-generated */', '/*# sourceURL=... */', '//# sourceMappingURL=...', a lone '/*' or '*/').",
        # Comments a person wrote ('/* Add your CSS below */') may belong to a tutorial's example.
        pattern=re.compile(
            r"/\*[!#@](?:[^*\n]|\*(?!/)){0,500}\*/|/\*\*?|\*/"
            r"|//[#@][ \t]{0,3}source(?:Mapping)?URL=[^\s]{1,2000}"
        ),
    ),
)

# Run after the script and style rules: a tag inside a page script's string is the script's.
LATE_RULES = (
    Rule(
        id="markup.template",
        category=Category.MARKUP,
        description="Runs of lines of HTML markup with attributes, a template a page keeps in a script "
        "('<div class=\"cookie-box\">', 'id=\"CookiePrefSave\"', 'Cookie-Details </a>').",
        find=_markup_runs,
        guard=("<",),
    ),
    Rule(
        id="markup.tag",
        category=Category.MARKUP,
        description="HTML tags left in text: tags with attributes ('<img src=\"a.jpg\">', "
        "'<a href=\"...\">'), closing tags glued to a word ('opened</a>'), opening ones glued to the next "
        "('<p>The'), line breaks beside a space; "
        "the words between them stay.",
        find=_tags,
        guard=("<",),
    ),
)
