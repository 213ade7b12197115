"""Notice rules: a site's fair-use notice, its disclaimers, its plea to switch off ad blockers,
its terms for reprinting.

A notice speaks in the site's voice, of this site, its content and its reader ("Many of the
stories on this site contain copyrighted material...", "The views expressed here are the
author's own", "It looks like you're using an ad blocker"); an article about copyright law,
medical advice or ad blockers does not. Each notice is found from literal anchors and read
sentence by sentence: a run of notice sentences goes when one of them is unmistakable (a
"strong" sentence); the sentences next to it that only read like a notice ("It is not
intended as a substitute for professional advice.") go with it, never on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanarchive.records import Category
from cleanarchive.rules.boilerplate import LONE_LEGAL_LINK, legal_link
from cleanarchive.rules.shapes import anchor_positions, paragraph_beside
from cleanarchive.ruleset import Rule, Span, View

__all__ = ["RULES"]

# A notice's sentences are short; a longer "sentence" is text whose full stops were lost.
MAX_NOTICE_SENTENCE = 400
# Where notices are looked for: the start and the end of the text.
HEAD_REACH = 2_000
TAIL_REACH = 5_000
# A full stop that ends a sentence: not after an initial, "U.S", "Sec", "No", ...
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=[ \t]|$)")
_ABBREVIATIONS = frozenset(
    "sec no nos mr mrs ms dr st inc ltd co corp jr sr vs etc fig vol art gen gov sen rep jan feb mar apr "
    "jun jul aug sep sept oct nov dec e.g i.e approx".split()
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:\w\.){1,4}\w")  # "U.S", "U.S.C", "e.g": not "example.com"


def _is_end(line: str, match: re.Match[str]) -> bool:
    if line[match.start()] != ".":
        return True
    word = _WORD_BEFORE.search(line, max(0, match.start() - 12), match.start())
    if word is None:
        return True
    token = word.group(1)
    return not (len(token) == 1 or _INITIALS.fullmatch(token) or token.lower() in _ABBREVIATIONS)


def _sentences(line: str) -> list[Span]:
    """Return the spans of the sentences of ``line`` (the last one may lack a full stop)."""
    spans = []
    start = 0
    for m in _END.finditer(line):
        if _is_end(line, m):
            spans.append((start, m.end()))
            start = m.end()
            while start < len(line) and line[start] in " \t":
                start += 1
    if start < len(line):
        spans.append((start, len(line)))
    return spans


_STRONG = 2
_WEAK = 1
# Sentence shapes: (a lowercase string the sentence must hold, the regex it must then match).
# The string is checked first, so a sentence meets only the few regexes it could match.
_Shapes = tuple[tuple[str, re.Pattern[str]], ...]


def _shapes(*pairs: tuple[str, str]) -> _Shapes:
    return tuple((trigger, re.compile(pattern, re.IGNORECASE)) for trigger, pattern in pairs)


def _kind(text: str, span: Span, strong: _Shapes, weak: _Shapes) -> int:
    """Return whether the sentence ``text[span]`` is a strong notice sentence, a weak one, or neither (0)."""
    sentence = text[span[0] : span[1]]
    if len(sentence) > MAX_NOTICE_SENTENCE:
        return 0
    low = sentence.lower()
    if any(trigger in low and pattern.search(sentence) for trigger, pattern in strong):
        return _STRONG
    return _WEAK if any(trigger in low and pattern.search(sentence) for trigger, pattern in weak) else 0


def _first_strong(run: str, strong: _Shapes) -> int:
    """Return where the first strong notice words in ``run`` start (0 when none is found)."""
    return min((m.start() for _, pattern in strong if (m := pattern.search(run))), default=0)


def _runs(
    view: View, anchors: tuple[str, ...], strong: _Shapes, weak: _Shapes, *, anywhere: bool = False
) -> Iterator[Span]:
    """Yield runs of notice sentences around the strong sentences that hold one of ``anchors``.

    Notices sit in a page's header or footer: anchors are looked for in the first HEAD_REACH and
    the last TAIL_REACH characters of the text only, unless ``anywhere``. Only the sentences near
    an anchor are read, and its neighbours only when it is strong, so a long page costs what its
    notices cost.
    """
    text = view.text
    if anywhere:
        found = set(anchor_positions(text, anchors))
    else:
        tail = max(HEAD_REACH, len(text) - TAIL_REACH)
        head_text, tail_text = text[:HEAD_REACH], text[tail:]
        found = set(anchor_positions(head_text, anchors))
        found.update(tail + pos for pos in anchor_positions(tail_text, anchors))
    done = -1
    for pos in sorted(found):
        if pos < done:
            continue
        index = view.line_of(pos)
        start, line = view.starts[index], view.lines[index]
        lo = max(0, pos - start - 2 * MAX_NOTICE_SENTENCE)
        hi = min(len(line), pos - start + 2 * MAX_NOTICE_SENTENCE)
        window = line[lo:hi]
        spans = _sentences(window)
        if lo > 0:
            spans = spans[1:]  # the first and last may be sentences cut by the window
        if hi < len(line):
            spans = spans[:-1]
        at = pos - start - lo
        k = next((i for i, (s, e) in enumerate(spans) if s <= at < e), None)
        if k is None or _kind(window, spans[k], strong, weak) != _STRONG:
            continue
        first = last = k
        while first > 0 and start + lo + spans[first - 1][0] >= done and _kind(window, spans[first - 1], strong, weak):
            first -= 1
        while last + 1 < len(spans) and _kind(window, spans[last + 1], strong, weak):
            last += 1
        run_start = spans[first][0]
        label = _LABEL.search(window, spans[first][0], spans[first][1])
        if label is not None:  # a notice run on from text without a full stop
            run_start = label.start()
        done = start + lo + spans[last][1]
        yield start + lo + run_start, done


_LABEL = re.compile(r"(?:FAIR USE NOTICE|Fair Use Notice|Fair use notice|DISCLAIMER|Disclaimer)[ \t]{0,3}[:.–—-]")
_Q = "[\"'‘’“”]?"  # a quote mark around "fair use"

# The fair-use notice many blogs copy: "FAIR USE NOTICE: This site contains copyrighted material
# the use of which has not always been specifically authorized by the copyright owner. ..."
_FAIR_USE_STRONG = _shapes(
    ("fair use notice", r"fair use notice"),
    ("copyrighted material", r"copyrighted material,? (?:the use of which|whose use) has not (?:always )?been"),
    ("fair use", rf"constitutes? an? {_Q}fair use{_Q} of (?:any )?(?:such )?(?:the )?copyrighted material"),
    ("fair use", rf"beyond {_Q}fair use{_Q}"),
    ("fair use", rf"(?:under|per) the {_Q}fair use(?: doctrine)?{_Q}[^.!?]{{0,40}}(?:title 17|(?:sec\.|section) 107)"),
    ("title 17", r"in accordance with title 17"),
    ("prior interest", r"without profit to those who have expressed a prior interest"),
    ("copyright", r"if you are (?:a|the) copyright (?:owner|holder)"),
    ("reproduction", r"purposes for which the reproduction of a particular work may be considered fair"),
    ("cornell", r"law\.cornell\.edu/uscode/17/107"),
)
_FAIR_USE_WEAK = _shapes(
    ("making", r"we are making (?:this|such|these) (?:material|materials|articles|content)"),
    ("distributed", r"(?:this|the) material on this (?:site|website|blog) is distributed"),
    ("for more information", r"for more information (?:go to|see|visit)"),
    ("promptly remove", r"we will promptly remove"),
    ("statement of fact", r"no statement of fact is made"),
    ("copyright", r"copyright owner|copyrighted material"),
    ("fair use", r"\bfair use\b"),
)

_VOICE = (
    r"\b(?:this|our)[ \t](?:article|post|piece|column|site|website|web site|blog|content|information|material"
    r"|video|newsletter|report|publication|page|podcast|commentary|services)s?"
)
_PURPOSES = r"(?:informational|information|educational|entertainment|commentary|discussion)"
# "The views expressed here are the author's own", "Opinions expressed are solely those of the
# author(s).", "... is for informational purposes only.", "This article does not constitute
# investment advice."
_DISCLAIMER_STRONG = _shapes(
    (
        "expressed",
        r"\b(?:views|opinions)(?: and (?:views|opinions))? expressed"
        r" (?:in this (?:article|post|piece|column|blog post|blog|video|podcast|commentary|op-ed)"
        r"|on this (?:site|website|blog)|here(?:in)?|above|below"
        r"|by (?:the |our )?(?:authors?|contributors?|writers?|columnists?|guests?|bloggers?|commenters?))"
        r"[^.!?]{0,40}\b(?:are|is|do|does|may)\b",
    ),
    (
        "expressed",
        r"\b(?:views|opinions) expressed are (?:solely |entirely |strictly )?(?:those of the|the)"
        r" (?:authors?|writers?)",
    ),
    (
        # said of the site or its content, not of "the programme" in a news story
        "purposes only",
        r"(?:\b(?:this|our|these|all|any)\b|\b(?:content|information|materials?|articles?|posts?|site|website|blog"
        r"|services|products|newsletter|publication|report|video|podcast)s?\b|\w\.(?:com|org|net)\b)"
        r"[^.!?]{0,80}?\b(?:is|are) (?:provided |intended |offered |presented |published |posted |made available )?"
        rf"(?:solely |strictly |only )?for (?:general )?{_PURPOSES}"
        rf"(?:(?:,| and| or| and/or)(?: general)? {_PURPOSES})* purposes only",
    ),
    ("not ", rf"{_VOICE} (?:is|are|does|do) not (?:intended|meant) (?:to provide|to be|as|to replace|to constitute)"),
    (
        "not ",
        rf"{_VOICE} (?:does|do) not (?:constitute|provide)"
        r" (?:medical|legal|financial|investment|tax|professional)",
    ),
    (
        "necessarily",
        r"not necessarily (?:reflect|represent) the (?:views|opinions|position) of (?:this (?:site|website|blog)"
        r"|the (?:editors?|publishers?|site|website|editorial (?:staff|board)|management)|[^.!?]{1,60}'s editorial)",
    ),
)
_DISCLAIMER_WEAK = _shapes(
    ("substitute", r"not intended as a substitute for"),
    ("assume", r"assumes? no (?:responsibility|liability)"),
    ("endorsement", r"no endorsement of"),
    ("your use of", r"your use of this (?:site|website)"),
    ("construed", r"should not be construed as"),
    ("recommendation", r"is not a recommendation to (?:buy|sell)"),
    (
        "advice",
        r"(?:does|do) not (?:provide|give|offer) (?:medical|legal|financial|investment|tax|professional)"
        r" advice",
    ),
    (
        "consult",
        r"(?:consult|seek the advice of) (?:a|your) (?:own )?(?:qualified |licensed )?(?:physician|doctor|health"
        r"|medical|financial|investment|legal|tax|professional)",
    ),
    ("seek", r"seek the advice of"),
    ("necessarily", r"not necessarily (?:reflect|represent)"),
    ("sponsor", r"(?:this|the) content is provided by (?:our |a )?sponsor"),
    ("advertising", r"paid advertising on"),
    ("ads appearing", r"ads appearing on this"),
    ("expressed", r"opinions expressed"),
    ("solely", r"solely (?:those|the views) of the"),
)
_DISCLAIMER_ANCHORS = (
    "xpressed",
    "purposes only",
    "not intended",
    "not meant",
    "ecessarily re",
    "ot constitute",
    "ot provide",
)

# "It looks like you're using an ad blocker. Please disable it or whitelist this site."
_AD_BLOCK = r"ad[- ]?block(?:er|ers|ing)?(?: software| extension| tool)?"
_AD_BLOCKER_STRONG = _shapes(
    (
        "block",
        r"(?:you(?:'re|’re| are)|you seem to be|you appear to be|you might be|we (?:noticed|detected|see"
        rf"|have detected|think) (?:that )?you(?:'re|’re| are)?) (?:using|running|have|enabled) (?:an? )?{_AD_BLOCK}",
    ),
    (
        "block",
        r"(?:please|kindly|consider|we ask you to) (?:to )?(?:disable|disabling|turn(?:ing)? off|pause|pausing"
        rf"|deactivate|white-?list|whitelisting|allow-?list|add(?:ing)? us to)[^.!?]{{0,80}}{_AD_BLOCK}",
    ),
    (
        "block",
        r"(?:disable|turn off|white-?list)[^.!?]{0,40}(?:us|this site|our site|[\w-]+\.(?:com|org|net))"
        rf" in your {_AD_BLOCK}",
    ),
)
_AD_BLOCKER_WEAK = _shapes(
    ("thank", r"^thank(?:s| you)(?: for (?:your )?(?:understanding|support))?[.!]?$"),
    ("help us", r"ads? help us"),
    ("supported by", r"supported by (?:ads|adverti)"),
    ("block", r"disable|white-?list|turn off|ad-?blocking"),
)
_AD_BLOCKER_ANCHORS = ("d block", "d Block", "d-block", "d-Block", "dblock", "dBlock", "D BLOCK", "D-BLOCK", "DBLOCK")

# "You have permission to republish this article under a Creative Commons license with
# attribution to the author", "Content created by X is available without charge to any eligible
# news publisher", "Reproduction ... is strictly prohibited without the express written permission of X."
_REUSE = r"(?:republish|reprint|re-?post|cross-post|reproduce|redistribute)"
_WORK = r"(?:article|report|content|material|post|story|piece|work|column|essay)s?"
_REPRINT_STRONG = _shapes(
    (
        "permission",
        rf"(?:you (?:have|are (?:hereby )?(?:granted|given)) permission|permission is (?:hereby )?granted|grants?"
        rf" (?:you )?permission) to (?:{_REUSE}|(?:use|share|distribute) (?:this|these|our|the|any) {_WORK})",
    ),
    ("permission", r"permission to use this (?:report|article|post|content)"),
    ("creative commons", r"(?:re)?published here under (?:a|the) creative commons"),
    (
        "creative commons",
        rf"\b(?:this|the|our) {_WORK}[^.!?]{{0,80}}\b(?:is|are) licensed under (?:a|the) creative commons",
    ),
    (
        "may be",
        rf"\bmay be {_REUSE}(?:ed|d)?(?: freely)?(?: in (?:full|whole|part))?[ ,]+(?:freely )?"
        r"(?:with|provided|as long as|so long as|on (?:the )?condition)",
    ),
    ("eligible news publisher", r"available without charge to any eligible news publisher"),
    ("licensing", r"for licensing opportunities"),
    (
        "rights",
        r"(?:information|inquiries|enquiries|questions) (?:on|about|regarding)"
        r" (?:syndication|reprint|republication|licensing) rights",
    ),
    ("without", r"content may be used for any purpose without (?:explicit )?permission"),
    (
        "without",
        r"(?:reproduction|republication|redistribution|reprinting|copying|retransmission)[^.!?]{0,200}"
        r"\bprohibited without (?:the )?(?:express |prior )*(?:written )?(?:permission|consent)",
    ),
    (
        "without",
        rf"\bmay not be (?:{_REUSE}(?:ed|d)?|copied|published|broadcast)"
        rf"(?:,? (?:or |in whole or in part|{_REUSE}(?:ed|d)?|copied|published|broadcast|rewritten))*"
        r"[^.!?]{0,80}\bwithout (?:the )?(?:express |prior )*(?:written )?(?:permission|consent)",
    ),
    ("open source", rf"\bthis {_WORK}\b[^.!?]{{0,250}}\bis (?:a )?free and open source"),
    ("property", rf"\b(?:this|the|our|these|all) {_WORK}\b[^.!?]{{0,40}}\b(?:is|are) the (?:copyrighted|exclusive)"
                 r" property of"),
    (
        "obtained",
        r"\bpermission (?:must|should|has to|needs to) be obtained\b[^.!?]{0,60}\b(?:before|prior to|to)"
        r" (?:any )?(?:reprint|republish|reproduc|redistribut|copy|cop(?:y|ies)|us(?:e|ing))",
    ),
)
_REPRINT_WEAK = _shapes(
    ("attribution", r"\bwith (?:proper |full )?attribution\b"),
    (
        "must be",
        r"(?:source|author|copyright|link)[^.!?]{0,60}must be (?:displayed|cited|included|kept|retained|given)",
    ),
    ("modified", r"(?:text|title)s? (?:&|and) (?:text|title)s? (?:are|is) not (?:modified|altered|changed)"),
    ("copyright", r"copyright statement|\bcopyright\b[^.!?]{0,80}\ball rights reserved"),
    ("rights reserved", r"all rights reserved"),
    ("copyright", r"subject to copyright"),
    ("fair dealing", r"apart from any fair dealing"),
    ("trademark", r"registered trademarks? of"),
    ("contact", r"^(?:please )?contact us\b"),
    ("articles at", r"^read more (?:great )?articles at\b"),
)
_REPRINT_ANCHORS = (
    "ermission",
    "ublished here under",
    "icensed under",
    "e re-posted", "e reposted", "e republished", "e reprinted", "e reproduced", "e redistributed",
    "eligible news publisher",
    "icensing opportunit",
    "yndication rights", "eprint rights", "icensing rights",
    "rohibited without",
    "ot be reproduced", "ot be republished", "ot be reprinted", "ot be redistributed", "ot be copied",
    "ot be published",
    "free and open source",
    "opyrighted property", "xclusive property",
)

# A paywall's notice where the story stops: "To read the full story, please subscribe to X.",
# "Subscribe now to our e-edition for the full story.", "This article is exclusive to X+
# subscribers", "Already a subscriber? Log in for immediate access to this story.", "You have
# reached your limit of free articles.", and its offer around it.
_STORY = r"(?:story|article|post|report|edition|piece)"
_WHOLE = r"(?:the|this) (?:full|whole|entire|complete|rest of (?:the|this)) "
_PAYWALL_STRONG = _shapes(
    (
        "",
        rf"\b(?:subscribe|subscription|log ?in|sign ?in|register)\b[^.!?]{{0,80}}\b(?:to (?:read|view|see|access"
        rf"|unlock|continue reading)|for) {_WHOLE}{_STORY}",
    ),
    (
        "",
        rf"\bto (?:read|view|see|access|unlock|continue reading) {_WHOLE}{_STORY}[^.!?]{{0,40}}\b(?:subscribe"
        r"|subscription|log ?in|sign ?in|register|become a (?:member|subscriber))",
    ),
    (
        "subscribers",
        rf"\b(?:this|the) (?:{_STORY}|content) is (?:only )?(?:exclusive|available|reserved) (?:only )?(?:to|for)"
        r" (?:\S+ ){0,3}(?:subscribers|members)",
    ),
    ("already", r"\balready (?:a subscriber|a member|subscribed)\b[^.!?]{0,80}\b(?:log ?in|sign ?in)"),
    ("free", r"\byou(?:['’]ve| have) (?:reached|used up|used|read) (?:your|all (?:of )?your|the) (?:limit|maximum|\d+)"
             r" (?:of )?(?:free )?(?:articles|stories)"),
    ("abonnés", r"\b(?:cet article|ce contenu|la suite)(?: de cet article)? est réservée? aux abonnés"),
    ("abonn", r"\b(?:dieser|der) (?:artikel|beitrag|inhalt) (?:ist )?(?:nur )?(?:für|exklusiv für) \S*abonn"),
    ("suscriptores", r"\b(?:este|esta) (?:artículo|contenido|nota) es (?:exclusiv[oa]|solo) para suscriptores"),
    # "Subscribe today to continue reading.", "Jetzt registrieren und weiterlesen", "Abonnez-vous
    # pour lire la suite", "Suscríbete para seguir leyendo"
    # (the whole sentence: "She would register to continue reading the files" is the body's)
    (
        "reading",
        r"^(?:please |now )?(?:subscribe|register|sign up|log ?in|sign ?in|create a (?:free )?account)\b"
        r"[^.!?]{0,40}\bto (?:continue|keep) reading(?: (?:this|the) (?:article|story|post))?[ \t]*[.!…]*$",
    ),
    (
        "weiterlesen",
        r"^(?:jetzt |bitte )?(?:kostenlos )?(?:registrieren|abonnieren|anmelden|einloggen)[^.!?]{0,30}"
        r"\bund weiterlesen[ \t]*[.!…]*$",
    ),
    (
        "lire la suite",
        r"^(?:abonnez-vous|inscrivez-vous|connectez-vous)\b[^.!?]{0,40}\bpour lire la suite(?: de cet article)?"
        r"[ \t]*[.!…]*$",
    ),
    (
        "seguir leyendo",
        r"^(?:suscríbete|regístrate|inicia sesión)\b[^.!?]{0,40}\bpara seguir leyendo[ \t]*[.!…]*$",
    ),
)
_PAYWALL_WEAK = _shapes(
    ("subscri", r"^(?:please )?(?:subscribe(?: now| today)?|become a subscriber|start your subscription)\b"),
    ("subscribers", r"\bfirst[- ]time subscribers\b"),
    ("cancel", r"\bcancel (?:at )?any ?time\b"),
    ("log in", r"^(?:already a subscriber\??|log in|sign in)\b"),
)
_PAYWALL_ANCHORS = (
    "full story", "full article", "whole story", "entire story", "rest of this", "rest of the", "complete story",
    "xclusive to", "vailable to", "vailable only", "vailable for", "eserved for", "lready a subscriber",
    "lready subscribed", "lready a member", "free articles", "free stories", "aux abonnés", "bonnenten",
    "bonnements", "para suscriptores", "o continue reading", "o keep reading", "nd weiterlesen", "our lire la suite",
    "ara seguir leyendo",
)


# A site's plea for donations in its own voice, closing its articles: "If you would like to support
# the publishing of articles like the one you have just read, visit our donations page.", "Make a
# one-time donation to support the independent journalism of X.", "... to help the site and keep
# me writing for it then please consider making a small donation." A sentence about somebody else's
# appeal ("The charity asked people to please consider making a donation.") has no such voice.
_DONATION = r"(?:donat(?:e|ion|ions|ing)|(?:financial )?support(?:ing)?|contribut(?:e|ion|ing)|chip(?:ping)? in)"
_DONATION_STRONG = _shapes(
    (
        "donat",
        r"please (?:consider )?(?:making |make |giving )?(?:a |an )?(?:small |one-time |one-off |monthly "
        r"|tax-deductible )?(?:donation|donating|donate)\b[^.!?]{0,60}"
        r"(?:\b(?:us|our|me|my)\b|this (?:site|blog|website|channel|work))"
        r"|\b(?:us|our|me|my)\b[^.!?]{0,120}please (?:consider )?(?:making |make )?(?:a )?"
        r"(?:small |one-time |monthly )?donat",
    ),
    (
        "like",
        rf"{_DONATION}[^.!?]{{0,80}}\b(?:articles|stories|journalism|reporting|work|content|videos) like"
        r" (?:the one|this one|this|these)[^.!?]{0,20}"
        r"(?:you(?:['’]ve| have)? just (?:read|watched|seen)|you(?:['’]re| are) (?:reading|watching))",
    ),
    (
        "donation",
        r"(?:make|making|give|giving) (?:a |an )?(?:one-time |one-off |monthly |small |tax-deductible )?donation to"
        r" (?:support|help|keep|fund) (?:the |our |this )?[^.!?]{0,40}(?:journalism|reporting|work|site|mission)",
    ),
    ("donate", r"\bdonate (?:now|today) to (?:keep|support|help|fund) (?:these|this|our|us|the site)\b"),
    (
        "if you",
        r"if you (?:like|liked|enjoy|enjoyed|value|appreciate|appreciated|found)[^.!?]{0,80}"
        r"\b(?:this|our|these)\b[^.!?]{0,60},? (?:please )?(?:consider )?"
        r"(?:donating|making a donation|a donation|supporting (?:us|our|this)|support (?:us|our|this))",
    ),
    (
        "reader",
        r"\b(?:we|this site|this blog) (?:rely|relies|depend|depends) (?:entirely |solely |heavily |only )?on"
        r" (?:the )?(?:support|donations|generosity|contributions) of (?:our )?readers",
    ),
)
_DONATION_WEAK = _shapes(
    ("paypal", r"\bpaypal\b"),
    ("month", r"\bmonthly (?:subscription|donation|contribution)|[$£€] ?\d{1,4} (?:a|per) month\b"),
    ("every ", r"\bevery (?:dollar|penny|bit|donation|contribution)(?: of support)? (?:helps|counts)\b"),
    ("thank", r"^thank(?:s| you) (?:so much )?for (?:your|all your) (?:support|generosity|donations?)\b"),
    ("donat", r"\b(?:visit|see|use) our donations? (?:page|button|link)\b|\bclick here to donate\b"),
)
_DONATION_ANCHORS = ("donat", "Donat", "DONAT", "upport us", "upport our", "upporting us", "upporting our",
                     "f our readers", "n our readers")


# A comment section's policy, in the site's voice, by the comment form: "Comments that contain spam,
# advertising, vulgarity or threats may be removed.", "We reserve the right to delete comments.",
# "All comments are moderated before they appear.", "Please read our comment policy." Each starts
# its sentence: "The paper said comments that contain threats will be removed" is a report.
_COMMENTS = r"(?:comments?|posts?|replies|submissions)"
_COMMENT_POLICY_STRONG = _shapes(
    (
        "omment",
        r"^(?:please note:? |note:? )?(?:all |any )?comments? (?:that|which|containing|including)\b[^.!?]{0,240}"
        r"\b(?:will|may|can|might) be (?:removed|deleted|rejected|edited|moderated|blocked)\b",
    ),
    (
        "reserve",
        rf"^(?:we|the (?:editors?|moderators?|site|publisher)) reserves? the right to (?:remove|delete|edit|reject"
        rf"|moderate|block|refuse)[^.!?]{{0,60}}\b{_COMMENTS}\b",
    ),
    (
        "omment",
        r"^(?:please note:? |note:? )?(?:all |your )?comments? (?:are|is|will be) (?:moderated|reviewed|approved)"
        r"(?: by (?:a |our )?(?:moderators?|editors?|staff))?(?: before (?:they|it) (?:appear|appears|are published"
        r"|is published|go live|goes live|(?:are|is) posted)| and may take[^.!?]{0,40})?[^\w]*$",
    ),
    ("omment", r"\b(?:read|see|review|follow|respect) our comment(?:ing)? (?:policy|guidelines|rules|terms)\b"),
)
_COMMENT_POLICY_WEAK = _shapes(
    ("omment", r"^please keep (?:your )?comments? (?:civil|respectful|polite|on[- ]topic|clean|relevant)\b"),
    ("omment", r"^comments? (?:may|might|can) take (?:a while|some time|up to [^.!?]{1,20}) to (?:appear|show up)"),
    ("omment", r"^(?:comments|commenting) (?:is|are) (?:closed|disabled|now closed)\b"),
)
_COMMENT_POLICY_ANCHORS = ("omment", "OMMENT", "reserve the right")


# A page that is an error or placeholder, not an article: "The page you are looking for cannot be
# found.", "Oops! That page can't be found.", "This site is currently under construction."
_NOT_FOUND = (
    r"(?:cannot|can['’]t|could not|couldn['’]t) be found|(?:was|were|is) not found|(?:does not|doesn['’]t) exist"
)
_ERROR_PAGE_STRONG = _shapes(
    (
        "you",
        r"\b(?:the|this) (?:page|article|post|content|file|url|document)s? you(?: are| were|['’]re)?"
        r" (?:looking for|trying to (?:reach|access|find|view)|requested)[^.!?]{0,40}?"
        rf"\b(?:{_NOT_FOUND}|(?:is|has been|may have been) (?:no longer available|removed|moved|deleted))",
    ),
    ("page", r"\bwe (?:can['’]t|cannot|could not|couldn['’]t) find (?:the|that|this) page"),
    ("page", r"^that page (?:can['’]t|cannot|could not) be found[.!]?$"),
    ("nothing", r"^it (?:looks|seems) like nothing was found at this location"),
    ("not found", r"^(?:error )?404\b[^.!?]{0,20}\bnot found|^(?:page|article|post) not found\b"),
    (
        "under",
        r"\b(?:this|our)(?: [A-Z][\w'’-]*){0,3} (?:site|website|web site|page|blog) is (?:currently |now )?"
        r"(?:under construction|under maintenance|being (?:updated|rebuilt|redesigned))",
    ),
)
_ERROR_PAGE_WEAK = _shapes(
    ("search", r"\b(?:try|maybe try) (?:a )?search|\btry searching\b|^search powered by\b"),
    ("looking for", r"^looking for something\?$"),
    ("oops", r"^oops\b"),
    ("sorry", r"^sorry\b"),
    ("interested", r"areas you may be interested in"),
    ("bear with us", r"please bear with us"),
    ("check back", r"check back (?:soon|later)"),
    ("home", r"\b(?:return|go back|go) to (?:the |our )?home ?page\b"),
    ("url", r"check the (?:url|address|spelling)"),
)
_ERROR_PAGE_ANCHORS = (
    "be found", "not found", "Not Found", "NOT FOUND", "t exist", "ot exist", "no longer available",
    "find the page", "find that page", "nothing was found", "nder construction", "nder maintenance",
)

# A notice that the reader's browser is too old: "You are using an out of date browser. It may not
# display this or other websites correctly. You should upgrade or use an alternative browser."
_OLD = r"(?:out[- ]of[- ]date|outdated|old|older|obsolete|unsupported|insecure)"
_BROWSER_STRONG = _shapes(
    ("browser", rf"\byou(?: are|['’]re) using an? {_OLD} (?:version of (?:your |the |a )?)?(?:web )?browser"),
    (
        "browser",
        r"\b(?:your|this) (?:web )?browser (?:is|appears to be|seems to be) (?:out[- ]of[- ]date|outdated|not supported"
        r"|no longer supported|unsupported|too old)",
    ),
    (
        "browser",
        r"\b(?:this|our) (?:site|website|page) (?:does not|doesn['’]t|no longer) supports? (?:your|this) browser",
    ),
)
_BROWSER_WEAK = _shapes(
    ("correctly", r"may not (?:display|work|function)[^.!?]{0,40}\bcorrectly"),
    ("browser", r"\b(?:upgrade|update)\b[^.!?]{0,40}\bbrowser|\balternative browser"),
    ("experience", r"^for (?:a|the) (?:better|best|optimal) experience"),
)
_BROWSER_ANCHORS = ("browser",)


# The consent line of a sign-up, contact or comment form: "By signing up, you agree to our Privacy
# Policy.", "By entering your email address you agree to receive emails from X.", "By checking
# this box, I authorize X to contact me." It opens with what the reader does on the form and says
# what the reader agrees to, in the site's voice: "our" terms, being contacted, emails and the
# like; "By clicking Continue, you agree to Apple's terms" in a how-to stays (the article's
# voice), and so does "By creating a recovery area, you can ..." (no agreeing). Newsletter boxes
# sit anywhere in a page, so the whole text is read.
_CONSENT_ACT = (
    r"(?:click|tapp|press|select|submitt|sign|subscrib|register|proceed|continu|enter|provid|check|creat|join"
    r"|access|us|send|complet|book|download|request)ing"
)
_AGREE = (
    r"(?:hereby |also |expressly )?(?:agree|accept|consent|acknowledge|confirm|authori[sz]e|understand|certify"
    r"|are (?:agreeing|consenting|accepting|giving)|am (?:agreeing|also agreeing|consenting))\b"
)
# "By" opens the sentence, or a capital "By" follows a form's labels run together without a
# full stop ("Confirm password: Please type the code By clicking 'Register', you ...").
_BY = r"(?:^by|(?<=[\w,:;'’\"”)] )(?-i:By))"
_CONSENT_STRONG = _shapes(
    (
        "by ",
        rf"{_BY} {_CONSENT_ACT}\b[^.!?]{{0,160}}?\byou {_AGREE}[^.!?]{{0,250}}?\b(?:our|receive|contact(?:ed)?|calls?"
        r"|texts?|sms|e-?mails?|newsletters?|marketing|updates|promotions?|offers)\b",
    ),
    ("by ", rf"{_BY} {_CONSENT_ACT}\b[^.!?]{{0,160}}?\bI {_AGREE}"),
    ("recaptcha", r"^this (?:site|page|form) is protected by recaptcha"),
)
_CONSENT_WEAK = _shapes(
    ("privacy", r"^(?:please )?(?:see|view|read|review) (?:our|the) (?:privacy|terms|cookie)"),
    ("never", r"^we (?:will )?never (?:share|sell|rent|spam)"),
    ("spam", r"^(?:we (?:hate|don['’]t|do not|won['’]t) spam|no spam)"),
    ("unsubscribe", r"unsubscribe (?:at any time|anytime)"),
    ("rates", r"^(?:msg|message)s? (?:&|and) data rates may apply"),
    ("frequency", r"^(?:msg|message) frequency (?:varies|may vary)"),
    ("reply", r"^(?:text|reply) (?:help|stop)\b"),
    ("required to", r"not required to (?:consent|agree)"),
    ("privacy", r"^we respect your privacy"),
)
_CONSENT_ANCHORS = (
    *(
        f"By {act}"
        for act in (
            "click", "tapp", "press", "select", "submitt", "sign", "subscrib", "regist", "proceed", "continu", "enter",
            "provid", "check", "creat", "join", "access", "using", "send", "complet", "book", "download", "request",
        )
    ),
    "protected by reCAPTCHA",
)
# A consent line whose links were lines of their own ("By proceeding, you agree to our" /
# "Privacy Policy" / "and" / "Terms of Use" / "."): the links and their glue go with it.
_CONSENT_LINK_WORDS = (
    r"(?:(?:our|the) )?(?:privacy (?:policy|notice|statement)|cookie (?:policy|notice|settings)|terms(?: of (?:use"
    r"|service|sale))?|terms (?:and|&) conditions|user agreement|[\w'’-]{1,20}(?: [\w'’-]{1,20})? policy)"
    r"|and|&|or|,|\.|apply"
)
_CONSENT_LINK = re.compile(
    rf"(?:{_CONSENT_LINK_WORDS})(?:[ \t]{{0,3}}(?:{_CONSENT_LINK_WORDS})){{0,6}}[ \t]{{0,3}}[.,;]?", re.IGNORECASE
)
MAX_CONSENT_LINKS = 8


# A form's consent or a policy pointer split at its links, one piece a line: "I agree to the" /
# "Privacy Policy" / "and" / "Terms of Use" / ".". Said in the site's voice: the piece before the
# first link ends in "our" (or "my"), or in "the" or a name's "'s" with "I" or "you" in it ("I
# have read the", "you agree to Example's"); a news sentence split at a link ("Users must accept
# the" / "Terms of Service") is neither. After the links only joiners and a closing "." or "*".
# The links are the privacy, cookie and terms ones (LONE_LEGAL_LINK): "Read more about our
# editorial standards" closes reviews' own paragraphs.
_CONSENT_LEAD = re.compile(
    r"(?:[^\n]{0,200}\s)?(?:our|my)"
    r"|(?=[^\n]{0,200}\b(?:I|I'm|I've|you|you've|you're)\b)[^\n]{0,200}\s(?:the|\S{1,40}['’]s)",
    re.IGNORECASE,
)
_CONSENT_LINKS = re.compile(
    rf"(?:{LONE_LEGAL_LINK.pattern})(?:[ \t]*(?:,|and|&|or|as well as)[ \t]*(?:{LONE_LEGAL_LINK.pattern}))*"
    r"[ \t]*[.*]?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*[ \t]+(?=\S)")
MAX_CONSENT_PIECES = 6


def _split_consents(view: View) -> Iterator[Span]:
    """Yield a consent sentence split at its legal links, from its lead-in to its last link.

    The lead-in line loses only its last sentence ("All your data stays confidential. For more
    see our"). A sentence that goes on after the links (a lowercase line next) stays whole.
    """
    lines = view.lines
    i = 1
    while i < len(lines):
        line = lines[i]
        if not legal_link(line, LONE_LEGAL_LINK) or lines[i - 1][-1] in ".!?:;":
            i += 1
            continue
        lead = lines[i - 1]
        cut = 0
        for m in _SENTENCE_END.finditer(lead):
            cut = m.end()
        if len(lead) - cut > 200 or not _CONSENT_LEAD.fullmatch(lead, cut):
            i += 1
            continue
        end = None
        joined = closing = line
        for k in range(i, min(len(lines), i + MAX_CONSENT_PIECES)):
            if k > i:
                joined += " " + lines[k]
            if _CONSENT_LINKS.fullmatch(joined):
                end, closing = k, lines[k]
        if end is None or (end + 1 < len(lines) and (lines[end + 1][0].islower() or lines[end + 1][0] in ",;")):
            i += 1
            continue
        stop = view.line_span(end)[1]
        if end + 1 < len(lines) and lines[end + 1][0] == "." and closing[-1] not in ".*":
            stop += 2  # the full stop opening the next line (". You may opt out ...")
        yield view.starts[i - 1] + cut, stop
        i = end + 1


def _consent_notices(view: View) -> Iterator[Span]:
    """Yield a form's consent sentences, with the lines of their links when those were split off."""
    lines = view.lines
    for start, end in _runs(view, _CONSENT_ANCHORS, _CONSENT_STRONG, _CONSENT_WEAK, anywhere=True):
        run = view.text[start:end]
        if any(mark in run for mark in ('":', "{", "}")):
            continue  # a string in a script's settings: the code rules take the script whole
        first = _first_strong(run, _CONSENT_STRONG)
        if first and not _END.search(run, 0, first):  # what runs into the notice without a full stop stays
            start += first
        index = view.line_of(end - 1)
        if end == view.line_span(index)[1] and view.text[end - 1] not in ".!?":
            last = index
            while last + 1 < min(len(lines), index + 1 + MAX_CONSENT_LINKS) and _CONSENT_LINK.fullmatch(
                lines[last + 1]
            ):
                last += 1
                if lines[last].endswith("."):
                    break
            end = view.line_span(last)[1]
        yield start, end
    yield from _split_consents(view)


# What a page shows when its scripts do not run: "JavaScript is disabled. For a better experience,
# please enable JavaScript in your browser before proceeding.", "You need to enable JavaScript to
# run this app.", video.js's "To view this video please enable JavaScript, and consider upgrading
# to a web browser that supports HTML5 video". A sentence goes when it speaks of enabling
# JavaScript (or of it being off or required) as the site's demand: "please", "you need to", "to
# continue"; "You can enable JavaScript in Chrome's settings" in a how-to is the article's.
_JS = r"[Jj]ava[Ss]cript"
_JAVASCRIPT_CORE = re.compile(
    rf"\b(?:enable|turn on|activate|allow) {_JS}\b|\b{_JS} (?:is|must be|needs to be|seems to be|appears to be)"
    r" (?:disabled|not enabled|turned off|switched off|required|enabled|necessary)\b"
    rf"|\b(?:[Tt]his|[Oo]ur) (?:site|website|page|app|application|content|form) (?:requires|needs) {_JS}"
)
_JAVASCRIPT_VOICE = re.compile(
    r"\b(?:[Pp]lease|[Yy]ou(?:['’]ll| will)? (?:need|must|have) to|[Yy]ou must|must be enabled"
    r"|(?:is|are) (?:required|necessary|needed)|it is necessary"
    r"|(?:is|seems to be|appears to be) (?:disabled|not enabled|turned off|switched off)"
    r"|for (?:a|the) (?:better|full|best|optimal) (?:experience|functionality)|(?:to|and) (?:continue|proceed)"
    r"|before proceeding|refresh the page"
    r"|(?:[Tt]his|[Oo]ur) (?:site|website|page|form|app|application|video|content)s?)\b"
)
# video.js's notice lacks a full stop: taken to its own end.
_HTML5_NOTICE = re.compile(
    rf"To view this video please enable {_JS}, and consider upgrading to a web browser that supports HTML5 video\.?"
)
_CLICK_TO_LEARN = re.compile(r"[ \t]{1,3}Please click here to learn how\.")
_JAVASCRIPT_ANCHORS = ("JavaScript", "Javascript", "javascript")
# A notice's sentence: at most this many characters before its anchor, after it, and after the
# words about JavaScript ("... in your browser before proceeding."); more is a run-on page.
MAX_JAVASCRIPT_LEAD = 70
MAX_JAVASCRIPT_REST = 140
MAX_JAVASCRIPT_AFTER = 60


def _javascript_notices(view: View) -> Iterator[Span]:
    """Yield what a page shows when its scripts do not run ('Please enable JavaScript ...'), anywhere."""
    text = view.text
    floor = 0
    for pos in anchor_positions(text, _JAVASCRIPT_ANCHORS):
        if pos < floor:
            continue
        index = view.line_of(pos)
        line_start, line = view.starts[index], view.lines[index]
        span = _javascript_notice(line, pos - line_start, max(0, floor - line_start))
        if span is not None:
            start, end = span
            click = _CLICK_TO_LEARN.match(line, end)
            if click is not None:
                end = click.end()
            floor = line_start + end
            yield line_start + start, line_start + end


def _javascript_notice(line: str, at: int, floor: int) -> Span | None:
    """Return the span of the notice holding column ``at`` of ``line``, or None."""
    m = _HTML5_NOTICE.search(line, max(floor, at - 40), at + 200)
    if m is not None and m.start() <= at:
        return m.span()
    lo = max(floor, at - MAX_JAVASCRIPT_LEAD)
    ends = [m.end() for m in _END.finditer(line, lo, at) if _is_end(line, m)]
    start = ends[-1] if ends else (lo if lo == floor else -1)
    if start < 0:
        return None  # no sentence start near: a flattened page's run-on text
    while start < at and line[start] in " \t":
        start += 1
    end_m = next((m for m in _END.finditer(line, at, at + MAX_JAVASCRIPT_REST) if _is_end(line, m)), None)
    end = end_m.end() if end_m is not None else len(line) if len(line) - at <= MAX_JAVASCRIPT_REST else -1
    if end < 0:
        return None
    sentence = line[start:end]
    core = _JAVASCRIPT_CORE.search(sentence)
    if core is None or not _JAVASCRIPT_VOICE.search(sentence) or len(sentence) - core.end() > MAX_JAVASCRIPT_AFTER:
        return None
    return start, end


def _error_pages(view: View) -> Iterator[Span]:
    """Yield the text of an error or placeholder page ('The page you are looking for cannot be found.')."""
    return _runs(view, _ERROR_PAGE_ANCHORS, _ERROR_PAGE_STRONG, _ERROR_PAGE_WEAK)


def _fair_use(view: View) -> Iterator[Span]:
    """Yield the fair-use notice a site copies under its posts."""
    return _runs(view, ("air use", "AIR USE", "opyright"), _FAIR_USE_STRONG, _FAIR_USE_WEAK)


def _disclaimers(view: View) -> Iterator[Span]:
    """Yield a site's disclaimers: views expressed, informational purposes only, not advice."""
    return _runs(view, _DISCLAIMER_ANCHORS, _DISCLAIMER_STRONG, _DISCLAIMER_WEAK)


def _ad_blocker_notices(view: View) -> Iterator[Span]:
    """Yield a site's plea to switch off an ad blocker."""
    return _runs(view, _AD_BLOCKER_ANCHORS, _AD_BLOCKER_STRONG, _AD_BLOCKER_WEAK)


def _browser_notices(view: View) -> Iterator[Span]:
    """Yield a site's notice that the reader's browser is out of date, from its first strong words.

    A forum flattened onto one line runs its menu and thread title into the notice without a
    full stop: what stands before the notice's own words stays.
    """
    text = view.text
    for start, end in _runs(view, _BROWSER_ANCHORS, _BROWSER_STRONG, _BROWSER_WEAK):
        yield start + _first_strong(text[start:end], _BROWSER_STRONG), end
    yield from _browser_notice_lines(view)


# The end of a line that a link cut a sentence at: no full stop.
_CUT_AT_LINK = re.compile(r"[^.!?:;…]\Z")
_LONE_STOP = re.compile(r"[.!]{1,3}")
# The advice a split notice gives, alone: "You should upgrade or use an alternative browser."
_BROWSER_ADVICE = re.compile(
    r"(?:You should|Please|We recommend(?: that you)?|Try to|Consider) [^.!?]{0,60}browser[ \t]?[.!]?"
)


def _browser_notice_lines(view: View) -> Iterator[Span]:
    """Yield lines, anywhere in the text, that hold nothing but a browser notice, with the lines
    its link split it into ("You should upgrade or use an" / "alternative browser" / ".").

    Every sentence of the lines must be a notice sentence, and a strong one stands with no
    paragraph next to it (a help page's own sentence about browsers stays); the advice that
    a link split ("You should upgrade or use an alternative browser.") is a widget's wherever.
    """
    lines = view.lines
    for i, line in enumerate(lines):
        if "browser" not in line or len(line) > 2 * MAX_NOTICE_SENTENCE:
            continue
        last = i + 1 if i + 1 < len(lines) and _LONE_STOP.fullmatch(lines[i + 1]) else i
        end = "".join(lines[i : last + 1])
        if i > 0 and _CUT_AT_LINK.search(lines[i - 1]) and _BROWSER_ADVICE.fullmatch(f"{lines[i - 1]} {end}"):
            yield view.starts[i - 1], view.line_span(last)[1]
            continue
        if paragraph_beside(lines, i, last):
            continue  # maybe a sentence of an article's own, about browsers
        kinds = [_kind(end, span, _BROWSER_STRONG, _BROWSER_WEAK) for span in _sentences(end)]
        if _STRONG in kinds and all(kinds):
            yield view.starts[i], view.line_span(last)[1]


def _reprint_notices(view: View) -> Iterator[Span]:
    """Yield a site's reprint or licensing notice."""
    return _runs(view, _REPRINT_ANCHORS, _REPRINT_STRONG, _REPRINT_WEAK)


def _comment_policies(view: View) -> Iterator[Span]:
    """Yield a comment section's policy, in the site's voice."""
    return _runs(view, _COMMENT_POLICY_ANCHORS, _COMMENT_POLICY_STRONG, _COMMENT_POLICY_WEAK)


def _donation_pleas(view: View) -> Iterator[Span]:
    """Yield a site's plea for donations, in its own voice."""
    return _runs(view, _DONATION_ANCHORS, _DONATION_STRONG, _DONATION_WEAK)


def _paywall_notices(view: View) -> Iterator[Span]:
    """Yield a paywall's notice where the text stops, with its offer."""
    return _runs(view, _PAYWALL_ANCHORS, _PAYWALL_STRONG, _PAYWALL_WEAK)


RULES = (
    Rule(
        id="form.consent",
        category=Category.FORM,
        description="A form's consent line in the site's voice ('By signing up, you agree to our Privacy Policy.', "
        "'By checking this box, I authorize X to contact me.'), with the lines of its links; a consent or policy "
        "pointer split at its links ('I agree to the' / 'Privacy Policy' / '&' / 'Terms of use' / '.').",
        find=_consent_notices,
        # the "By ..." sentences' anchors and what the privacy, cookie and terms links hold
        guard=(*_CONSENT_ANCHORS, "rivacy", "RIVACY", "ookie", "OOKIE", "erms", "ERMS", "greement", "GREEMENT"),
    ),
    Rule(
        id="boilerplate.fair-use",
        category=Category.BOILERPLATE,
        description="A fair-use notice ('This site contains copyrighted material the use of which has not "
        "always been specifically authorized by the copyright owner...').",
        find=_fair_use,
        guard=("air use", "AIR USE", "opyright"),
    ),
    Rule(
        id="boilerplate.disclaimer",
        category=Category.BOILERPLATE,
        description="A site's disclaimer ('The views expressed here are the author's own', 'This article is for "
        "informational purposes only and does not constitute investment advice').",
        find=_disclaimers,
        guard=_DISCLAIMER_ANCHORS,
    ),
    Rule(
        id="boilerplate.ad-blocker",
        category=Category.BOILERPLATE,
        description="A plea to switch off an ad blocker ('It looks like you're using an ad blocker. Please "
        "whitelist this site.').",
        find=_ad_blocker_notices,
        guard=_AD_BLOCKER_ANCHORS,
    ),
    Rule(
        id="boilerplate.browser-notice",
        category=Category.BOILERPLATE,
        description="A notice that the reader's browser is out of date ('You are using an out of date browser. It "
        "may not display this or other websites correctly.').",
        find=_browser_notices,
        guard=_BROWSER_ANCHORS,
    ),
    Rule(
        id="boilerplate.media-fallback",
        category=Category.BOILERPLATE,
        description="The fallback text of a video, audio or frame element, alone on its line ('Your browser does not "
        "support the video tag.', 'Sorry, your browser doesn't support embedded videos.').",
        pattern=re.compile(
            r"(?:Sorry, |Unfortunately, )?[Yy]our (?:web )?browser"
            r" (?:does not|doesn['’]t|cannot|can['’]t|is not able to) (?:support|play|display|show)"
            r" (?:the |this |HTML5 |html5 |embedded |inline |our )?"
            r"(?:video|audio|<video>|<audio>|iframes?|media|PDFs?|(?:HTML5 )?video player)"
            r"(?: tags?| elements?| format| files?| content| player)?s?(?:[ \t]{0,3}[.!])?"
            r"(?: (?:Please )?(?:[Uu]pgrade|[Tt]ry|[Uu]se|[Dd]ownload|[Cc]onsider)[^\n]{0,120})?"
        ),
    ),
    Rule(
        id="boilerplate.reprint",
        category=Category.BOILERPLATE,
        description="A site's reprint or licensing notice ('You have permission to republish this article under a "
        "Creative Commons license with attribution to the author', 'Content created by X is available without "
        "charge to any eligible news publisher...').",
        find=_reprint_notices,
        guard=_REPRINT_ANCHORS,
    ),
    Rule(
        id="boilerplate.paywall",
        category=Category.BOILERPLATE,
        description="A paywall's notice where the story stops ('To read the full story, please subscribe to X.', "
        "'This article is exclusive to X+ subscribers', 'Already a subscriber? Log in ...'), with its offer.",
        find=_paywall_notices,
        guard=_PAYWALL_ANCHORS,
    ),
    Rule(
        id="boilerplate.donation",
        category=Category.BOILERPLATE,
        description="A site's plea for donations in its own voice ('If you would like to support the publishing of "
        "articles like the one you have just read, visit our donations page.', 'Make a one-time donation to support "
        "the independent journalism of X.'), with its PayPal and monthly-subscription lines.",
        find=_donation_pleas,
        guard=_DONATION_ANCHORS,
    ),
    Rule(
        id="form.comment-policy",
        category=Category.FORM,
        description="A comment section's policy in the site's voice ('Comments that contain spam or threats may be "
        "removed.', 'We reserve the right to delete comments.', 'All comments are moderated before they appear.').",
        find=_comment_policies,
        guard=_COMMENT_POLICY_ANCHORS,
    ),
    Rule(
        id="boilerplate.error-page",
        category=Category.BOILERPLATE,
        description="The text of an error or placeholder page ('The page you are looking for cannot be found.', "
        "'Oops! That page can't be found.', 'This site is currently under construction.').",
        find=_error_pages,
        guard=_ERROR_PAGE_ANCHORS,
    ),
    Rule(
        id="boilerplate.javascript-notice",
        category=Category.BOILERPLATE,
        description="What a page shows when its scripts do not run ('To view this video please enable JavaScript', "
        "'You need to enable JavaScript to run this app.').",
        find=_javascript_notices,
        guard=_JAVASCRIPT_ANCHORS,
    ),
)
