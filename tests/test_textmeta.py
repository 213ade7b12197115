"""Tests for cleanarchive.textmeta: candidates from scrubbed headers, trailers and input columns."""

from __future__ import annotations

import pytest

from cleanarchive.records import Candidate, Category, Field, InputHints, Origin, Removal
from cleanarchive.textmeta import hint_candidates, text_candidates

BODY = "The army regained control over strategic regions.\nIt was a long week."


def _header(text: str, rule: str = "header.x") -> Removal:
    return Removal(rule=rule, category=Category.HEADER, text=text)


def _trailer(text: str) -> Removal:
    return Removal(rule="trailer.x", category=Category.TRAILER, text=text)


def _values(found: list[Candidate]) -> set[tuple[Field, str, Origin]]:
    return {(c.field, c.value, c.origin) for c in found}


CASES = [
    (
        _header("July 29, 2016 | TEHRAN (FNA)-"),
        {
            (Field.SOURCE, "Fars News Agency", Origin.TEXT_DATELINE),
            (Field.DATE, "July 29, 2016 | TEHRAN (FNA)-", Origin.TEXT_DATELINE),
        },
    ),
    (
        _header("By: Jane Roe, Example Media Center |"),
        {
            (Field.AUTHORS, "By: Jane Roe, Example Media Center |", Origin.TEXT_BYLINE),
            (Field.SOURCE, "Example Media Center", Origin.TEXT_BYLINE),
        },
    ),
    (
        _trailer("The post Something happened appeared first on The Example Times."),
        {(Field.SOURCE, "The Example Times", Origin.TEXT_TRAILER)},
    ),
    (
        _header("Example Insider, 21 Nov 2017"),
        {
            (Field.SOURCE, "Example Insider", Origin.TEXT_HEADER),
            (Field.DATE, "Example Insider, 21 Nov 2017", Origin.TEXT_HEADER),
        },
    ),
    (_header("- 22.11.2017"), {(Field.DATE, "- 22.11.2017", Origin.TEXT_HEADER)}),
    (
        _header("Publish date15 Aug 2017 - 13:25"),
        {(Field.DATE, "Publish date15 Aug 2017 - 13:25", Origin.TEXT_HEADER)},
    ),
    (_header("Story Code : 279580"), set()),
    (
        _trailer("https://news.example.com/a1b2c3.html"),
        {(Field.URL, "https://news.example.com/a1b2c3.html", Origin.TEXT_URL)},
    ),
    (
        _trailer("Source: https://example.org/story?utm_source=rss"),
        {(Field.URL, "https://example.org/story", Origin.TEXT_URL)},
    ),
    (_trailer("Source: Reuters"), {(Field.SOURCE, "Reuters", Origin.TEXT_TRAILER)}),
    (_trailer("Kaynak/Source:"), set()),
    (
        _header("Published: 12 May 2017 | Updated: 14 May 2017"),
        {
            (Field.DATE, "Published: 12 May 2017 |", Origin.TEXT_HEADER),
            (Field.DATE_MODIFIED, "14 May 2017", Origin.TEXT_HEADER),
        },
    ),
    (_header("Some Title", rule="header.title"), {(Field.TITLE, "Some Title", Origin.TEXT_TITLE)}),
    (Removal(rule="css.x", category=Category.CSS, text="July 29, 2016"), set()),
]


@pytest.mark.parametrize(("removal", "expected"), CASES)
def test_removal_candidates(removal: Removal, expected: set[tuple[Field, str, Origin]]) -> None:
    """Each kind of header or trailer line gives its candidates."""
    assert expected == _values(text_candidates([removal], BODY))


def test_dateline_glued_to_body() -> None:
    """A dateline left at the start of the body is read."""
    text = "March 3, 2019 | MOSCOW (Sputnik)- The talks ended.\nMore text."
    assert {
        (Field.DATE, "March 3, 2019", Origin.TEXT_DATELINE),
        (Field.SOURCE, "Sputnik", Origin.TEXT_DATELINE),
    } == _values(text_candidates([], text))


def test_short_lines_at_top() -> None:
    """A credit line and a date line above the body are read."""
    text = "- 22.11.2017\nExample Insider, 21 Nov 2017\n" + BODY
    assert {
        (Field.DATE, "- 22.11.2017", Origin.TEXT_HEADER),
        (Field.SOURCE, "Example Insider", Origin.TEXT_HEADER),
        (Field.DATE, "Example Insider, 21 Nov 2017", Origin.TEXT_HEADER),
    } == _values(text_candidates([], text))


def test_url_on_last_line() -> None:
    """A URL alone on one of the last lines is read."""
    text = BODY + "\nhttps://example.com/x.html\nYour Name"
    assert {(Field.URL, "https://example.com/x.html", Origin.TEXT_URL)} == _values(text_candidates([], text))


def test_hint_candidates() -> None:
    """Input columns become input-column candidates; empty ones are skipped."""
    hints = InputHints(
        url="https://example.com/a", authors=" View All Posts ", date="", scraped_at="2018-01-25"
    )
    assert [
        Candidate(field=Field.URL, value="https://example.com/a", origin=Origin.INPUT_COLUMN),
        Candidate(field=Field.AUTHORS, value="View All Posts", origin=Origin.INPUT_COLUMN),
    ] == hint_candidates(hints)


def _copyright(text: str) -> Removal:
    return Removal(rule="boilerplate.copyright", category=Category.BOILERPLATE, text=text)


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("© 2024 Example Media Group. All rights reserved.", "Example Media Group"),
        ("Copyright © 2019 The Daily Example", "The Daily Example"),
        ("Copyright 2021 Example Inc.", "Example Inc."),
        ("2019-2026 Example Studio | All rights reserved", "Example Studio"),
        ("Copyright (c) 2015 - present Harbour Times, all rights reserved", "Harbour Times"),
        ("© 2017 The Harbour · All Rights Reserved", "The Harbour"),
        ("© 2025 Example Media Group, Inc., a division of Example Holdings", "Example Media Group, Inc."),
        ("© Example Co-op or its affiliates | Patent pending", "Example Co-op"),
        ("Copyright © 2012-2024 Harbour Times - Theme by Foo Themes", "Harbour Times"),
        # not a publisher: a picture's credit, the software, no name
        ("© Getty Images", None),
        ("Copyright © 2019 Powered by WordPress", None),
        ("Copyright © 2024 All rights reserved", None),
        ("© 2024 the author", None),
    ],
)
def test_copyright_line_names_the_source(line: str, owner: str | None) -> None:
    """A footer's copyright line gives its owner as a low-ranked source candidate."""
    found = text_candidates([_copyright(line)], BODY)
    expected = set() if owner is None else {(Field.SOURCE, owner, Origin.TEXT_COPYRIGHT)}
    assert expected == {v for v in _values(found) if v[0] is Field.SOURCE}


def test_last_copyright_line_wins_and_a_byline_beats_it() -> None:
    """The footer's line is the last one (an earlier one may be a script's licence); a byline's
    organisation outranks it."""
    import cleanarchive

    text = (
        "Copyright 2006, 2015 Jane Roe & Max Weber\n"
        "The city council voted on Monday to close the old bridge to traffic after engineers found cracks.\n"
        "Residents will use the ferry, which the city will run every twenty minutes from Tuesday.\n"
        "© 2019 City News. All rights reserved."
    )
    assert "City News" == cleanarchive.clean_text(text).source
    bylined = "By: Ann Lee, Harbour Media Center |\n" + text
    assert "Harbour Media Center" == cleanarchive.clean_text(bylined).source


def test_italian_byline_gives_the_author() -> None:
    found = text_candidates([_header("di Marco Rossi", rule="header.byline")], BODY)
    assert (Field.AUTHORS, "By Marco Rossi", Origin.TEXT_BYLINE) in _values(found)


def test_blog_footer_byline_gives_the_author_not_the_time() -> None:
    found = text_candidates([_trailer("Posted by Harbour Watcher at 10:32 PM")], BODY)
    assert {(Field.AUTHORS, "Posted by Harbour Watcher", Origin.TEXT_BYLINE)} == {
        v for v in _values(found) if v[0] is Field.AUTHORS
    }


def test_press_release_source_line() -> None:
    """PR Newswire closes a release with "SOURCE Issuer": the issuer is the source."""
    found = text_candidates([_trailer("SOURCE Harbour Ferries Inc.")], BODY)
    assert (Field.SOURCE, "Harbour Ferries Inc", Origin.TEXT_TRAILER) in _values(found)
