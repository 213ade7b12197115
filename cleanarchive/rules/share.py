"""Share-widget rules: runs of social button labels, "Share this:", share counters.

A body sentence that merely names a network ("follow us on Facebook") stays: in-line runs need
three labels, a counter ("196 SHARES") or a "Share this:" intro. A line of its own asking the
reader to follow the site or the writer ("Follow Jane Roe on Twitter @janeroe") goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanarchive.records import Category
from cleanarchive.rules.shapes import anchor_positions, link_in_text, words_pattern
from cleanarchive.ruleset import Rule, Span, View

__all__ = ["GENERIC_LABELS", "INTROS", "NETWORKS", "RULES"]

NETWORKS = (
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Whatsapp",
    "Pinterest",
    "Reddit",
    "Tumblr",
    "LinkedIn",
    "Linkedin",
    "Telegram",
    "Pocket",
    "Skype",
    "Messenger",
    "StumbleUpon",
    "Stumbleupon",
    "Digg",
    "VK",
    "Flipboard",
    "Google+",
    "Google",
    "Viber",
    "Xing",
    "Weibo",
    "WeChat",
    "MeWe",
    "Buffer",
    "Evernote",
    "Blogger",
    "Instagram",
    "YouTube",
    "Youtube",
    "Gmail",
    "Yahoo Mail",
    "Odnoklassniki",
    "Bluesky",
    "TikTok",
    "Threads",
    "Mastodon",
    "Snapchat",
    "Vimeo",
    "Flickr",
    "Nextdoor",
    "Truth Social",
)
# Labels that are also ordinary words: they count only inside a run, never at its open end.
GENERIC_LABELS = (
    "More",
    "Email",
    "E-mail",
    "E-Mail",
    "Mail",
    "Print",
    "Share",
    "Tweet",
    "Like",
    "Save",
    "Pin",
    "Pin it",
    "Pin It",
    "Comment",
    "Comments",
    "Copy",
    "Copy link",
    "Copy Link",
    "Link",
    "SMS",
    "Reblog",
    "Copy URL", "Link copied", "Link copied!", "URL zum Kopieren", "Link kopieren", "Copier le lien",
    "Copiar enlace", "Copia link",
    "Email This",  # Blogger's share buttons
    "BlogThis!",
    # ... flattened without spaces between them
    "Email ThisBlogThis!Share to TwitterShare to Facebook",
    "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
    "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
    "Flip",
    "Teilen", "Twittern", "Weiterempfehlen", "Drucken", "Partager", "Imprimer", "Compartir", "Imprimir",
    "Condividi", "Stampa", "Delen", "Поделиться",
    "Per E-Mail versenden", "Per E-Mail senden", "Artikel versenden", "Artikel drucken", "Envoyer par e-mail",
    "Envoyer par mail", "Envoyer par courriel", "Imprimer l'article", "Imprimer l’article", "Enviar por correo",
    "Enviar por e-mail", "Enviar por email", "Invia per email", "Invia per e-mail",
)
INTROS = (
    "Share this:",
    "Share this",
    "Share This",
    "SHARE THIS",
    "Share this article:",
    "Share this article",
    "Share this story:",
    "Share this post:",
    "Share on:",
    "Share:",
    "SHARE:",
    "Share via:",
    "Like this:",
    "Like this",
    "Spread the love",
    "Loading...",
    "Loading…",
    "Print Friendly, PDF & Email",
    "Be Sociable, Share!",
    "Teilen mit:",
    "Teilen Sie dies mit:",
    "Gefällt mir:",
    "Beitrag teilen",
    "Wird geladen …",
    "Wird geladen...",
    "Diesen Artikel teilen",
    "Artikel teilen",
    "Inhalt teilen",
    "Jetzt teilen!",
    "Jetzt teilen",
    "Share now",
    "Partager cet article",
    "Partager :",
    "Compartir esto:",
    "Condividi questo articolo",
    "Teilen:", "Partager:", "Compartir:", "Condividi:", "Delen:", "Поделиться:",
)
_NETWORKS = "|".join(map(re.escape, NETWORKS))
_NET = f"(?:{_NETWORKS}|X)"
_SHARE_ON = (
    rf"(?:(?:Click to )?(?:[Ss]hare|Post|Pin) (?:on|to|via)|(?:Follow|Like|Find|Join) (?:us|me) on) (?:{_NETWORKS})"
    r"(?: \(Opens in new window\))?"
    r"|(?:Click to )?[Ss]hare (?:via|by) (?:[Ee]-?mail|E-Mail|SMS|[Tt]ext(?: [Mm]essage)?)"
    # Jetpack's other buttons
    r"|Click to (?:print|email a link to a friend|email this to a friend|email a link|email"
    r"|share on (?:X|Threads|Bluesky|Mastodon|Nextdoor))"
    r"(?: \(Opens in new window\))?"
    # ... and in other languages: "Auf Facebook teilen", "Seite teilen via Twitter (neues Fenster)",
    # "Partager sur Facebook", "Compartir en WhatsApp", "Condividi su Facebook", "Delen op LinkedIn"
    rf"|(?=[ABCDPSTVtÜ])(?:(?:Auf|Bei|Via|Über) {_NET} teilen|(?:Per|Via) (?:E-Mail|WhatsApp|Messenger|SMS) teilen"
    rf"|(?:Seite |Artikel |Beitrag )?[Tt]eilen (?:via|auf|bei|per|mit) (?:{_NET}|E-Mail)"
    rf"|Partager (?:sur|via) {_NET}|Partager par (?:e-?mail|courriel)"
    rf"|Compartir (?:en|por|vía|via) (?:{_NET}|correo(?: electrónico)?|e-?mail)"
    rf"|Condividi (?:su|via|per) (?:{_NET}|e-?mail)|(?:Delen|Deel) (?:op|via) (?:{_NET}|e-?mail)"
    rf"|(?:Compartilhar|Partilhar) (?:no|na|pelo|por) (?:{_NET}|e-?mail))"
    r"(?: \((?:[Öö]ffnet in (?:einem )?neuen Fenster|neues Fenster|nouvelle fenêtre|ouvre une nouvelle fenêtre"
    r"|[Ss]e abre en una ventana nueva|[Aa]pre in una nuova finestra|opent in een nieuw venster)\))?"
)
# What a widget counts: "196 SHARES", "12K views", "0 Comments", "3 Responses".
_COUNTED = (
    r"SHARES|Shares|shares|SHARE|Share|Views|VIEWS|views"
    r"|Comments?|COMMENTS?|comments?|Responses|Replies|Likes|LIKES|likes|Reactions"
)
_COUNTER = rf"\d[\d,.]{{0,12}}[KkMm]?[ \t]?(?:{_COUNTED})"
_WORDS = sorted((*NETWORKS, *GENERIC_LABELS, *INTROS), key=len, reverse=True)
_TOKEN = rf"(?:{_COUNTER}|{_SHARE_ON}|{words_pattern(_WORDS)})(?![\w+])"
_SEP = r"[ \t|·•/]"
_TOKEN_RE = re.compile(_TOKEN)
_RUN = re.compile(rf"{_TOKEN}(?:{_SEP}{{1,5}}{_TOKEN}){{0,60}}")
_LINE = re.compile(rf"{_TOKEN}(?:(?:{_SEP}|,){{1,5}}{_TOKEN}){{0,60}}(?:{_SEP}|,){{0,5}}")
_NETWORK_SET = frozenset(NETWORKS)
_GENERIC_SET = frozenset(GENERIC_LABELS)
_INTRO_SET = frozenset(i for i in INTROS if not i.startswith("Loading"))
# Where runs are looked for; the guard makes sure a run has at least one of the first four.
_ANCHORS = ("Facebook", "Twitter", "SHARE", "Share", "WhatsApp", "Pinterest", "Reddit", "Like this")
_COUNT_WORD = re.compile(rf"(?:{_COUNTED})(?![\w+])")
_NUMBER_BEFORE = re.compile(r"\d[\d,.]{0,12}[KkMm]?[ \t]?\Z")
_BEFORE = re.compile(rf"(?:{_SEP}{{1,5}})\Z")


def _runs(view: View) -> Iterator[Span]:
    """Yield in-line runs of share-widget labels."""
    text = view.text
    anchors = set(anchor_positions(text, _ANCHORS))
    floor = 0
    for anchor_pos in sorted(anchors):
        if anchor_pos < floor:
            continue
        start = _run_start(text, anchor_pos, floor)
        m = _RUN.match(text, start)
        if m is None:
            floor = anchor_pos + 1
            continue
        floor = m.end()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        span = _accept(text, m.start(), m.end())
        if span is not None:
            yield span


def _run_start(text: str, pos: int, floor: int) -> int:
    """Return where the run of labels containing ``pos`` begins (walking back, not past ``floor``)."""
    for _ in range(60):
        window = text[max(floor, pos - 40) : pos]
        number = _NUMBER_BEFORE.search(window) if _COUNT_WORD.match(text, pos) else None
        if number is not None:
            pos -= len(window) - number.start()
            continue
        sep = _BEFORE.search(window)
        if sep is None:
            return pos
        before = window[: sep.start()]
        token = next((w for w in _WORDS if before.endswith(w)), None)
        if token is None:
            return pos
        start = pos - (len(window) - sep.start()) - len(token)
        if start < floor:
            return pos
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            return pos
        pos = start
    return pos


def _accept(text: str, start: int, end: int) -> Span | None:
    """Return the part of the run ``[start, end)`` that is share-widget residue, if any."""
    tokens = [(m.start() + start, m.end() + start, m.group()) for m in _TOKEN_RE.finditer(text[start:end])]
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    at_line_end = not text[end : min(end + 8, line_end)].strip(" \t|")
    if not at_line_end:
        while tokens and tokens[-1][2] in _GENERIC_SET:
            tokens.pop()
    if not tokens:
        return None
    names = [t[2] for t in tokens]
    counters = sum(1 for n in names if n[0].isdigit())
    intros = sum(1 for n in names if n in _INTRO_SET)
    networks = {n for n in names if n in _NETWORK_SET or n.endswith(("window)", *NETWORKS))}
    line_start = start == 0 or text[start - 1] == "\n"
    ok = (
        (counters and (len(names) > 1 or line_start or at_line_end))
        or (intros and (len(names) > 1 or at_line_end))
        or (len(names) >= 3 and networks and len(set(names)) >= 2)
    )
    if not ok:
        return None
    # Separators left between the run and the end of its line ("Facebook Twitter |") go with it.
    last = tokens[-1][1]
    return tokens[0][0], line_end if not text[last:line_end].strip(" \t|·•/") else last


# "Like this story? Share it with a friend!", "Please share this article.", "Spread the LOVE!"
_PROMPT = re.compile(
    r"(?:(?:Did you )?(?:[Ll]ike|[Ll]iked|[Ee]njoy|[Ee]njoyed|[Ll]ove|[Ll]oved) (?:this|the|our) "
    r"(?:story|article|post|piece|content)\?[ \t]{1,3})?"
    r"(?:(?:Please|Then|So|Now)[ \t,]{1,2})?(?:[Ss]hare|SHARE) (?:this|it)(?: (?:article|story|post|page))?"
    r"(?: with (?:a friend|your friends|friends|others|family|everyone)| now| today)?[ \t]{0,3}[.!]*"
    r"|(?:Don't|Don’t|Do not) forget to share(?: (?:this|it)(?: (?:article|story|post|page))?)?[ \t]{0,3}[.!]*"
    # a share plugin's label in any case: "Spread the love", "Spread the LOVE!"
    r"|(?i:(?:spread|share) the love)[ \t]{0,3}[.!♥❤]*"
    # ... in German, French, Spanish, Italian: "Möchten Sie den Artikel teilen?", "Vergiss nicht zu
    # teilen!", "Den Artikel mit anderen teilen/diskutieren:", "Partagez cet article !"
    r"|(?:Möchten Sie|Möchtest du|Willst du|Wollen Sie) (?:den|diesen) (?:Artikel|Beitrag|Inhalt) teilen[ \t]{0,2}\?"
    r"|(?:Vergiss|Vergessen Sie) nicht,? (?:ihn |den Artikel |den Beitrag |diesen Beitrag )?zu teilen[ \t]{0,3}[.!]*"
    r"|(?:Den|Diesen) (?:Artikel|Beitrag|Inhalt)(?: mit (?:anderen|Freunden))? teilen(?:/diskutieren)?[ \t]{0,3}[:!]?"
    r"|(?:Teile|Teilen Sie) (?:diesen|den) (?:Artikel|Beitrag)(?: auf| mit (?:deinen|Ihren) Freunden)?[ \t]{0,3}[.!:]*"
    r"|(?:Partagez|Partage) (?:cet article|ce billet|cette page|cette recette)(?: avec vos amis)?[ \t]{0,3}[.!:]*"
    r"|N['’]oubliez pas de (?:le )?partager[ \t]{0,3}[.!]*"
    r"|¡?(?:Comparte (?:este artículo|esta noticia|esta nota|esta publicación)|Compártelo|No olvides compartir(?:lo)?)"
    r"(?: con tus amigos)?[ \t]{0,3}[.!:]*"
    r"|(?:Condividi (?:questo articolo|questa pagina|questo post)|Non dimenticare di condividere)[ \t]{0,3}[.!:]*"
)


# The networks a line asking to follow or connect names.
_FOLLOWED = (
    r"(?:Twitter|X|Facebook|Instagram|LinkedIn|Linkedin|Threads|Bluesky|Mastodon|TikTok|YouTube|Youtube|Telegram"
    r"|Truth Social|Gab|Pinterest|Reddit|Substack|WhatsApp)"
)
_HANDLE = r"@[\w.]{1,30}"
# A line asking the reader to follow the site or the writer: "Follow us on Facebook and Twitter",
# "Follow Jane Roe on Twitter @janeroe", "Suivez-nous sur Instagram". Only a whole line: the
# same words inside a paragraph are the article's ("Millions follow her on Instagram").
_FOLLOW = re.compile(
    r"(?:(?:You can|Please|Be sure to|Don't forget to|Don’t forget to|And) )?(?:[Ff]ollow|FOLLOW)"
    rf"(?: (?:me|us|him|her|them|{_HANDLE}|[A-Z][\w.'’-]{{0,30}}(?: [A-Z][\w.'’-]{{0,30}}){{0,3}}))?"
    rf"(?: on| at| via)? {_FOLLOWED}(?:(?:,| and| or| &) {_FOLLOWED})*"
    rf"(?:[ \t]{{0,3}}[:-]?[ \t]{{0,3}}{_HANDLE}(?:(?:,| and| &) (?:{_FOLLOWED} )?{_HANDLE})*)?[ \t]{{0,3}}[.!]?"
    rf"|(?:Folgen Sie uns|Folge uns|Folgt uns|Suivez-nous|Síguenos|Seguici) (?:auf|sur|en|su) {_FOLLOWED}"
    rf"(?:(?:,| und| et| y| e) {_FOLLOWED})*[ \t]{{0,3}}[.!]?"
)
# The heading of a footer's row of network links, the links gone: "Follow us", "Connect with us:".
_FOLLOW_HEADING = re.compile(
    r"(?:(?:Follow|Connect with) (?:us|me)(?: on)?|(?:FOLLOW|CONNECT WITH) US|Follow Us(?: On)?|Connect With Us"
    r"|Stay [Cc]onnected(?: [Ww]ith (?:[Uu]s|[Mm]e))?|Folgen Sie uns|Folge uns|Suivez-nous|Síguenos|Seguici)"
    r"[ \t]{0,2}[:!]?"
)


# At least the longest line _FOLLOW_HEADING matches (25, "Stay connected with me  :"): a length test is
# cheaper than a regex call.
_FOLLOW_HEADING_CHARS = 25


def _follow_headings(view: View) -> Iterator[Span]:
    """Yield lines that are only "Follow us" or "Connect with us"; one a sentence reads on from
    ("Follow us" / "to stay up to date.") stays."""
    lines = view.lines
    for i, line in enumerate(lines):
        if len(line) <= _FOLLOW_HEADING_CHARS and _FOLLOW_HEADING.fullmatch(line) and not link_in_text(lines, i):
            yield view.line_span(i)


# The other ways a writer's box says how to reach the writer: "Connect with Jane Roe on Facebook",
# "Send tips to jane@example.com.", "Reach him directly at jane@example.com.", "Follow his Facebook
# Page here." (an address a page hid is "[email protected]").
_EMAIL = r"(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\[email[ \xa0]protected\])"
_WHO = r"(?:me|us|him|her|them|[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3})"
_CONTACT = (
    rf"(?:Connect with {_WHO} on {_FOLLOWED}|(?:Send|E-?mail) (?:\w+ )?(?:news )?tips to {_EMAIL}"
    rf"|(?:Reach|E-?mail|Contact) {_WHO} (?:directly )?(?:at|via e-?mail at) {_EMAIL}"
    rf"|Follow (?:his|her|their|our) {_FOLLOWED} [Pp]age(?: here)?)[ \t]{{0,3}}[.!]?"
)
# ... glued after the last sentence of a flattened text, one or a few: "... the next ten years.
# Follow Jane Roe on Twitter @janeroe", "... Follow Jane Roe on Twitter Send tips to jane@example.com."
_FOLLOW_TAIL = re.compile(rf"(?<=[.!?\"”’)] )(?:(?:{_FOLLOW.pattern}|{_CONTACT})[ \t]{{0,3}}){{1,6}}\Z")
_FOLLOW_TAIL_REACH = 300


_FOLLOW_GUARD = ("ollow", "OLLOW", "olge", "olgt", "uivez", "íguenos", "eguici", "onnect with", "@", "protected]")


def _follow_tail(view: View) -> Iterator[Span]:
    """Yield a follow line glued to the end of the last line."""
    if view.lines:
        last = len(view.lines) - 1
        line = view.lines[last]
        reach = max(0, len(line) - _FOLLOW_TAIL_REACH)
        window = line[reach:]
        if not any(word in window for word in _FOLLOW_GUARD):
            return
        m = _FOLLOW_TAIL.search(line, reach)
        if m is not None:
            yield view.starts[last] + m.start(), view.starts[last] + m.end()


# The networks' names as icon fonts and screen-reader labels write them, in lower case
# ("facebook", "linkedin-in", "x-twitter"), one after another in a footer's follow links. Only
# names that are no ordinary word ("pocket", "threads", "buffer" are).
ICON_NETWORKS = (
    "facebook", "twitter", "instagram", "youtube", "linkedin", "pinterest", "tiktok", "whatsapp", "reddit",
    "tumblr", "telegram", "snapchat", "vimeo", "flickr", "bluesky", "mastodon", "weibo", "wechat",
    "flipboard", "stumbleupon",
)
_ICON = (
    rf"(?:square-)?(?:x-)?{words_pattern(ICON_NETWORKS)}"
    r"(?:-(?:f|in|p|square|official|alt|play|circle))?"
)
_ICON_LINE = re.compile(rf"{_ICON}(?:[ \t|·•/,]{{1,5}}{_ICON}){{0,20}}")


RULES = (
    Rule(
        id="share.prompt",
        category=Category.SHARE,
        description="A line asking the reader to share the story ('Like this story? Share it with a friend!').",
        pattern=_PROMPT,
    ),
    Rule(
        id="share.buttons",
        category=Category.SHARE,
        description="A line of nothing but share buttons, counters and 'Share this:' labels.",
        pattern=_LINE,
    ),
    Rule(
        id="share.icon-labels",
        category=Category.SHARE,
        description="A line of social networks' names in lower case, an icon font's or a screen reader's "
        "labels of follow links ('facebook', 'linkedin-in').",
        pattern=_ICON_LINE,
    ),
    Rule(
        id="share.follow",
        category=Category.SHARE,
        description="A line asking the reader to follow the site or the writer ('Follow us on Facebook and Twitter', "
        "'Follow Jane Roe on Twitter @janeroe').",
        pattern=_FOLLOW,
    ),
    Rule(
        id="share.follow-heading",
        category=Category.SHARE,
        description="A line that is only 'Follow us' or 'Connect with us', the heading of network links that "
        "are gone; one a sentence reads on from stays.",
        find=_follow_headings,
        guard=("ollow", "OLLOW", "onnect", "ONNECT", "olge", "uivez", "íguenos", "eguici"),
    ),
    Rule(
        id="share.follow-tail",
        category=Category.SHARE,
        description="A follow line glued after the last sentence of a flattened text ('... Follow Jane Roe on "
        "Twitter @janeroe').",
        find=_follow_tail,
        guard=_FOLLOW_GUARD,
    ),
    Rule(
        id="share.run",
        category=Category.SHARE,
        description="An in-line run of share buttons ('196 SHARES Facebook Twitter', 'Share this: ...').",
        find=_runs,
        guard=("Facebook", "Twitter", "SHARE", "Share"),
    ),
)
