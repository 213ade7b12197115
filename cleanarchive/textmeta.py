"""Metadata candidates from a text dump: the scrubber's header and trailer removals, input columns.

Header and trailer lines are read for dates ("Publish date15 Aug 2017 - 13:25", "- 22.11.2017"),
datelines with agency codes ("July 29, 2016 | TEHRAN (FNA)-"), bylines ("By: A, Org |"), credit
lines ("Business Insider, 21 Nov 2017"), RSS trailers ("The post X appeared first on Y.") and
URL lines ("Source: https://..."). Story codes and other ids are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleanarchive.memo import parse_byline, parse_date
from cleanarchive.records import Candidate, Category, Field, InputHints, Origin, Removal
from cleanarchive.rules.boilerplate import RIGHTS
from cleanarchive.rules.shapes import BY_AFTER_DATE, DATE_JOINER, POSTED_BY, lead_part, title_key
from cleanarchive.ruleset import TITLE_RULE_ID
from cleanarchive.sources import agency_name, clean_source, looks_like_organisation
from cleanarchive.urls import canonical_url, find_urls

__all__ = ["hint_candidates", "text_candidates"]

_BYLINE_RULE = "header.byline"
_ISSUER_RULE = "header.issuer"
_MAX_LINE = 400
# Only this many lines of one removal are read: a header is short.
_MAX_LINES = 20

_APPEARED_RE = re.compile(
    r"\b(?:appeared|published|posted)\s{1,3}(?:first|originally)\s{1,3}(?:on|at|in)\s{1,3}(?P<site>[^\n]{2,100})$"
    r"|\b(?:originally|first)\s{1,3}(?:appeared|published|posted)\s{1,3}(?:on|at|in|by)\s{1,3}"
    r"(?P<site2>[^\n]{2,100})$"
    r"|\b(?:republished|reprinted|reposted|cross-posted)(?:\s{1,3}with\s{1,3}(?:kind\s{1,3})?permission)?"
    r"\s{1,3}(?:from|by|on)\s{1,3}(?P<site3>[^\n]{2,100}?)(?:\s{1,3}under\s[^\n]*)?$"
    r"|\boriginal\s{1,3}source\s{1,3}of\s{1,3}this\s{1,3}article\s{1,3}is\s{1,3}(?P<site4>[^\n]{2,100})$",
    re.IGNORECASE,
)
_SOURCE_LABEL_RE = re.compile(
    r"^\s{0,3}(?:source|sources|kaynak(?:/source)?|quelle|fuente|fonte|source link|via|credit|"
    r"originally published (?:at|on|by))\s{0,3}[:：-]\s{0,3}(?P<rest>.{0,300})$",
    re.IGNORECASE,
)
# A press release's last line names its issuer: "SOURCE Harbour Ferries Inc." (PR Newswire's style).
_RELEASE_SOURCE_RE = re.compile(r"^SOURCE\s{1,3}(?P<rest>[^\W\d_][^\n]{1,80})$")
_BYLINE_RE = re.compile(
    r"^\s{0,3}(?:(?:written|posted|reported|compiled|words|story|text)\s{1,3})?"
    r"(?:by|von|par|por|door|author|authors|autor|auteur)\b\s{0,3}:?\s{0,3}(?=\S)",
    re.IGNORECASE,
)
# "(Reporting by Jane Roe in Moscow and Max Weber; Writing by Ann Lee; Editing by John Smith)"
_WIRE_CREDIT_RE = re.compile(r"(?:[Rr]eporting|[Ww]riting|[Ww]ritten)\s{1,3}by\s{1,3}(?P<names>[^;()\n]{2,200})")
_IN_PLACE_RE = re.compile(r"\s{1,3}in\s{1,3}[A-Z][\w.'-]*(?:\s{1,3}[A-Z][\w.'-]*){0,3}")
# "Posted on March 3, 2019 by Jane Doe": a date, then the byline.
_DATE_THEN_BY_RE = re.compile(
    rf"^(?P<head>[^\n]{{6,60}}?)[\s|,–—-]{{1,6}}(?P<by>{BY_AFTER_DATE}\b[^\n]{{2,150}})$", re.IGNORECASE
)
# "Posted by Jane Doe at 10:32 PM", "Posted by Jane Doe on March 3, 2019": the byline, then its time.
_BY_THEN_TIME_RE = re.compile(
    rf"^(?P<by>{POSTED_BY}\s{{1,3}}[^\n]{{2,80}}?)\s{{1,3}}{DATE_JOINER}\s{{1,3}}"
    r"(?P<when>\d{1,2}[:.]\d\d[^\n]{0,30}|[^\n]{0,20}\d[^\n]{0,30})$",
    re.IGNORECASE,
)
_CODE_RE = re.compile(r"\((?P<code>[^()\n]{2,24})\)")
_DASH_AGENCY_RE = re.compile(r"(?:^|[\s(])[-–—]\s{0,3}(?P<code>[A-Z][A-Za-z]{1,11})\s{0,3}$")
_MODIFIED_RE = re.compile(
    r"\b(?:updated?|modified|last\s{1,3}edited|edited|revised|aktualisiert|geändert|mis\s{1,3}à\s{1,3}jour|"
    r"actualizado|aggiornato|güncellenme|обновлено)\b",
    re.IGNORECASE,
)
_STORY_CODE_RE = re.compile(
    r"^\s{0,3}(?:story|news|article|post)?\s{0,3}(?:code|id|no\.?|number)\s{0,3}[:#]", re.IGNORECASE
)
# "Business Insider, 21 Nov 2017": a publisher name, a comma or bar, then a date.
_CREDIT_RE = re.compile(r"^\s{0,3}(?P<name>[^\W\d_][^,|\n]{1,60}?)\s{0,3}[,|–—]\s{0,3}(?P<rest>\S.{4,60})$")
# ... or the date first: "March 3, 2019 | Harbour Times".
_DATE_CREDIT_RE = re.compile(r"^\s{0,3}(?P<rest>\S[^|\n]{4,60}?)\s{0,3}[|•·–—]\s{0,3}(?P<name>[^\W\d_][^,|\n]{1,60})$")
# Lines at the top of a body that may be read as a date line or credit line: few and short.
_LEADING_LINES = 4
_SHORT_LINE = 60
_DATE_LINE_WORDS = 5
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_LEADING_DATELINE_RE = re.compile(
    r"^\s{0,3}(?P<date>[^|\n]{6,40}?)\s{0,3}[|–—-]\s{0,3}[A-Z][^\n(]{0,40}\((?P<code>[^()\n]{2,24})\)\s{0,3}[-–—:]"
)


def _lines(text: str) -> list[str]:
    return [line.strip()[:_MAX_LINE] for line in text.splitlines()[:_MAX_LINES] if line.strip()]


def _date_candidates(line: str, origin: Origin) -> list[Candidate]:
    """Return date and modified-date candidates stated in ``line``."""
    found: list[Candidate] = []
    modified = _MODIFIED_RE.search(line)
    published_part = (line[: modified.start()] if modified else line).strip()
    if parse_date(published_part, strict=True) is not None:
        found.append(Candidate(field=Field.DATE, value=published_part, origin=origin))
    if modified is not None:
        rest = line[modified.end() :].strip(" :")
        if parse_date(rest, strict=True) is not None:
            found.append(Candidate(field=Field.DATE_MODIFIED, value=rest, origin=origin))
    return found


def _agency(line: str) -> str | None:
    for m in _CODE_RE.finditer(line):
        name = agency_name(m.group("code"))
        if name is not None:
            return name
    dash = _DASH_AGENCY_RE.search(line)
    return agency_name(dash.group("code")) if dash else None


def _source_line(rest: str, origin: Origin) -> list[Candidate]:
    urls = find_urls(rest)
    if urls:
        return [Candidate(field=Field.URL, value=urls[0], origin=Origin.TEXT_URL)]
    name = clean_source(rest.rstrip("."))
    if name is None or len(name.split()) > 6:
        return []
    return [Candidate(field=Field.SOURCE, value=name, origin=origin)]


def _byline(line: str) -> list[Candidate]:
    found = [Candidate(field=Field.AUTHORS, value=line, origin=Origin.TEXT_BYLINE)]
    byline = parse_byline(line)
    found += [
        Candidate(field=Field.SOURCE, value=org, origin=Origin.TEXT_BYLINE) for org in byline.organisations
    ]
    return found + _date_candidates(line, Origin.TEXT_BYLINE)


def _credit(line: str) -> list[Candidate]:
    m = _CREDIT_RE.match(line)
    if m is None or parse_date(m.group("rest"), strict=True) is None:
        m = _DATE_CREDIT_RE.match(line)
        if m is None or parse_date(m.group("rest"), strict=True) is None:
            return []
    name = m.group("name").strip()
    if parse_date(name, strict=True) is not None or _MODIFIED_RE.search(name):
        return []
    if not (looks_like_organisation(name) or name.lower().startswith("the ")):
        return []
    source = clean_source(name)
    if source is None:
        return []
    return [Candidate(field=Field.SOURCE, value=source, origin=Origin.TEXT_HEADER)]


def _wire_credit(line: str) -> list[Candidate]:
    """Return the reporters and writers of "(Reporting by Jane Roe in Moscow; Editing by ...)"."""
    names = [m.group("names") for m in _WIRE_CREDIT_RE.finditer(line)]
    names = [_IN_PLACE_RE.sub("", n).strip() for n in names]
    return _byline("By " + " and ".join(n for n in names if n)) if any(names) else []


def _line_candidates(line: str, category: Category) -> list[Candidate]:
    """Return the candidates one header or trailer line states."""
    if _STORY_CODE_RE.match(line):
        return []
    if line.startswith("(") and _WIRE_CREDIT_RE.search(line):
        return _wire_credit(line)
    m = _APPEARED_RE.search(line)
    if m is not None:
        site = next(group for group in m.groups() if group is not None)
        return _source_line(site, Origin.TEXT_TRAILER)
    if line.startswith("(") and line.endswith(")"):  # "(Source: AP)"
        line = line[1:-1]
    m = _SOURCE_LABEL_RE.match(line) or _RELEASE_SOURCE_RE.match(line)
    if m is not None:
        return _source_line(m.group("rest"), Origin.TEXT_TRAILER) if m.group("rest").strip() else []
    urls = find_urls(line)
    if urls and len(line) <= len(urls[0]) + 12:
        return [Candidate(field=Field.URL, value=urls[0], origin=Origin.TEXT_URL)]
    m = _BY_THEN_TIME_RE.match(line)
    if m is not None:
        return _byline(m.group("by")) + _date_candidates(m.group("when"), Origin.TEXT_BYLINE)
    if _BYLINE_RE.match(line):
        return _byline(line)
    if line.startswith("di "):  # Italian, in lowercase only ("Di Marco" is a surname)
        return _byline("By " + line[3:])
    m = _DATE_THEN_BY_RE.match(line)
    if m is not None and parse_date(m.group("head"), strict=True) is not None:
        return _byline(m.group("by")) + _date_candidates(m.group("head"), Origin.TEXT_BYLINE)
    found: list[Candidate] = []
    agency = _agency(line)
    if agency is not None:
        found.append(Candidate(field=Field.SOURCE, value=agency, origin=Origin.TEXT_DATELINE))
        found += _date_candidates(line, Origin.TEXT_DATELINE)
        return found
    if agency_name(line.strip(" .-–—|")) is not None and category is Category.TRAILER:
        return [Candidate(field=Field.SOURCE, value=line.strip(" .-–—|"), origin=Origin.TEXT_TRAILER)]
    origin = Origin.TEXT_HEADER if category is Category.HEADER else Origin.TEXT_TRAILER
    return _credit(line) + _date_candidates(line, origin)


def _leading_candidates(text: str) -> list[Candidate]:
    """Return a dateline glued to the body's start, or short date and credit lines above it."""
    m = _LEADING_DATELINE_RE.match(text[:200])
    if m is not None:
        agency = agency_name(m.group("code"))
        if agency is not None and parse_date(m.group("date"), strict=True) is not None:
            return [
                Candidate(field=Field.DATE, value=m.group("date").strip(), origin=Origin.TEXT_DATELINE),
                Candidate(field=Field.SOURCE, value=agency, origin=Origin.TEXT_DATELINE),
            ]
    found: list[Candidate] = []
    for line in [line.strip() for line in text[:1000].splitlines() if line.strip()][:_LEADING_LINES]:
        if len(line) > _SHORT_LINE or _BYLINE_RE.match(line):
            continue
        credit = _credit(line)
        if credit:
            found += credit + _date_candidates(line, Origin.TEXT_HEADER)
        elif len(_WORD_RE.findall(line)) <= _DATE_LINE_WORDS:
            found += _date_candidates(line, Origin.TEXT_HEADER)
    return found


def _trailing_candidates(text: str) -> list[Candidate]:
    """Return a URL standing alone on one of the body's last three lines."""
    tail = text[-1500:].splitlines()[-3:]
    for line in reversed(tail):
        line = line.strip()
        if line and " " not in line and len(line) < 500:
            url = canonical_url(line)
            if url is not None:
                return [Candidate(field=Field.URL, value=url, origin=Origin.TEXT_URL)]
    return []


# A footer's copyright line names the site's owner: "© 2024 Example Media Group. All rights
# reserved.", "Copyright 2019 The Associated Press", "2019-2026 Example Studio | All Rights Reserved".
_COPYRIGHT_RULES = frozenset({"boilerplate.copyright", "boilerplate.rights-reserved"})
_COPYRIGHT_MARKS_RE = re.compile(
    r"^(?:\s{0,3}(?:©|&copy;|\([cC]\)|(?i:copyright)|(?:19|20)\d\d(?:\s{0,3}[-–—/]\s{0,3}(?:(?:19|20)?\d\d|present|now))?)"
    r"[\s,.:\-–—]{0,4})*"
)
# Where the owner's name ends: the rights phrase, a sentence's end, a bar, a dash between words.
_OWNER_END_RE = re.compile(
    rf"{RIGHTS}|(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bLLC)\.(?:\s|$)|\s?[|·•]|\s[-–—]\s|,\s(?i:all|some)\b|,\s(?:a|an)\s"
)
# What may close the name and is not part of it: years, a mark, "or its affiliates".
_OWNER_TAIL_RE = re.compile(
    r"(?:[\s,]{1,3}(?:19|20)\d\d)+$|\s{0,2}[©®]$|\s(?:and/or|or|and) its (?:affiliates|subsidiaries|licensors)$"
)
_MAX_OWNER_WORDS = 6
# What a copyright line names that is not a publisher: a picture's credit, the site's software.
_NOT_OWNER_RE = re.compile(
    r"(?i:\b(?:images?|photos?|photography|pictures?|stock|shutterstock|istock|alamy|getty|pixabay|unsplash"
    r"|depositphotos|dreamstime|thinkstock|wikimedia|flickr|creative commons|cc by|wordpress|powered|theme|designed"
    r"|developed|template|website by|site by)\b)"
)


def _copyright_owner(text: str) -> str | None:
    """Return the owner a copyright line names, or None when it names none or not a publisher."""
    line = " ".join(text.split())[:_MAX_LINE]
    rest = line[_COPYRIGHT_MARKS_RE.match(line).end() :]  # type: ignore[union-attr]  # it matches ""
    if rest.lower().startswith("by "):
        rest = rest[3:]
    end = _OWNER_END_RE.search(rest)
    owner = _OWNER_TAIL_RE.sub("", (rest[: end.start()] if end else rest).strip(" ,:;"))
    if (
        not owner
        or not owner[0].isupper()
        or len(owner.split()) > _MAX_OWNER_WORDS
        or " by " in owner  # "... Theme by X": the rest of a footer
        or _NOT_OWNER_RE.search(owner)
    ):
        return None
    return clean_source(owner)


_REPEAT_RULE = "repeat.title"


def _repeated_part(title: str, removed: Sequence[Removal]) -> str:
    """Return the lead of a page title when the text repeated it as its heading ("X" of "X - Site"),
    else the title."""
    lead = lead_part(title)
    if lead is not None:
        key = title_key(lead)
        for removal in removed:
            if removal.rule == _REPEAT_RULE and title_key(removal.text) == key:
                return " ".join(removal.text.split())
    return title


def text_candidates(removed: Sequence[Removal], text: str) -> list[Candidate]:
    """Return the metadata candidates stated by scrubbed headers and trailers and the body's edges."""
    found: list[Candidate] = []
    owner: str | None = None
    for removal in removed:
        if removal.rule == TITLE_RULE_ID:
            title = " ".join(removal.text.split())
            if title:
                title = _repeated_part(title, removed)
                found.append(Candidate(field=Field.TITLE, value=title, origin=Origin.TEXT_TITLE))
            continue
        if removal.rule in _COPYRIGHT_RULES:
            # The footer's line is the last: one higher up may be a script library's licence.
            owner = _copyright_owner(removal.text) or owner
            continue
        if removal.category not in (Category.HEADER, Category.TRAILER):
            continue
        if removal.rule == _ISSUER_RULE:
            issuer = removal.text.split("\n", 1)[-1].strip()
            found += _source_line(issuer, Origin.TEXT_HEADER)
            continue
        if removal.rule == _BYLINE_RULE:
            # One byline: "By: Jane Doe |", "Written by" over "Jane Doe", or a name alone
            # above a date line. Of a label and a name two lines apart, what stood between
            # them went by other rules (a style sheet, say): the first and last lines are it.
            lines = [part.strip()[:_MAX_LINE] for part in removal.text.splitlines() if part.strip()]
            line = " ".join(lines[:1] + lines[1:][-1:])
            candidates = _line_candidates(line, removal.category)
            if not any(c.field is Field.AUTHORS for c in candidates):
                candidates = _byline(f"By {line}")
            found += candidates
            continue
        for line in _lines(removal.text):
            found += _line_candidates(line, removal.category)
    if owner is not None:
        found.append(Candidate(field=Field.SOURCE, value=owner, origin=Origin.TEXT_COPYRIGHT))
    if not any(c.field is Field.DATE for c in found):
        found += _leading_candidates(text)
    if not any(c.field is Field.URL for c in found):
        found += _trailing_candidates(text)
    return found


def hint_candidates(hints: InputHints) -> list[Candidate]:
    """Return the input's own columns as candidates; they are normalised like any other value."""
    pairs = (
        (Field.URL, hints.url),
        (Field.TITLE, hints.title),
        (Field.AUTHORS, hints.authors),
        (Field.DATE, hints.date),
        (Field.DOMAIN, hints.domain),
        (Field.SOURCE, hints.source),
    )
    return [
        Candidate(field=field, value=value.strip(), origin=Origin.INPUT_COLUMN)
        for field, value in pairs
        if value is not None and value.strip()
    ]
