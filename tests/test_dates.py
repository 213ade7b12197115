"""Tests for cleanarchive.dates: the date formats pages and dumps really contain."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarchive.dates import Precision, is_plausible, parse_date

CAPTURE = parse_date("2018-01-25 16:17:44.789555")

CASES = [
    ("Publish date15 Aug 2017 - 13:25", "2017-08-15T13:25:00", Precision.MINUTE),
    ("- 22.11.2017", "2017-11-22", Precision.DAY),
    ("July 29, 2016 |", "2016-07-29", Precision.DAY),
    ("Business Insider, 21 Nov 2017", "2017-11-21", Precision.DAY),
    ("2018-01-25 16:17:44.789555", "2018-01-25T16:17:44", Precision.SECOND),
    ("2016-09-20T21:05:31-04:00", "2016-09-20T21:05:31-04:00", Precision.SECOND),
    ("2017-08-15T13:25:00Z", "2017-08-15T13:25:00+00:00", Precision.SECOND),
    ("1502803500000", "2017-08-15T13:25:00+00:00", Precision.SECOND),
    ("1502803500", "2017-08-15T13:25:00+00:00", Precision.SECOND),
    ("Mon, 15 Aug 2017 13:25:00 GMT", "2017-08-15T13:25:00+00:00", Precision.SECOND),
    ("Updated: 2019/03/04 09:05 EST", "2019-03-04T09:05:00-05:00", Precision.MINUTE),
    ("Posted at 10:30 PM on December 5, 2017", "2017-12-05T22:30:00", Precision.MINUTE),
    ("Published 9:14 AM EST, Tue March 5, 2019", "2019-03-05T09:14:00-05:00", Precision.MINUTE),
    ("11/22/2017", "2017-11-22", Precision.DAY),
    ("22/11/2017", "2017-11-22", Precision.DAY),
    ("03.04.2017", "2017-04-03", Precision.DAY),
    ("15. März 2019", "2019-03-15", Precision.DAY),
    ("12 de mayo de 2018", "2018-05-12", Precision.DAY),
    ("le 1er janvier 2020", "2020-01-01", Precision.DAY),
    ("5 декабря 2017", "2017-12-05", Precision.DAY),
    ("2 Ekim 2017 Pazartesi", "2017-10-02", Precision.DAY),
    ("3 settembre 2016", "2016-09-03", Precision.DAY),
    ("Sept. 4, 2015", "2015-09-04", Precision.DAY),
    ("August 2017", "2017-08", Precision.MONTH),
    ("2017", "2017", Precision.YEAR),
    ("20170815", "2017-08-15", Precision.DAY),
    ("3 hours ago", "2018-01-25", Precision.DAY),
    ("yesterday", "2018-01-24", Precision.DAY),
    ("vor 2 Tagen", "2018-01-23", Precision.DAY),
    ("2 months ago", "2017-11", Precision.MONTH),
    # a date and its time joined as each language writes it
    ("Publicado el 3 de junio de 2019 a las 14:32", "2019-06-03T14:32:00", Precision.MINUTE),
    ("Pubblicato il 3 giugno 2019 alle 14:32", "2019-06-03T14:32:00", Precision.MINUTE),
    ("3 juin 2019 à 14h32", "2019-06-03T14:32:00", Precision.MINUTE),
    ("03.06.2019 um 14:32 Uhr", "2019-06-03T14:32:00", Precision.MINUTE),
    ("March 5, 2019 lorem 9:14", "2019-03-05", Precision.DAY),  # words between: not its time
]


@pytest.mark.parametrize(("value", "iso", "precision"), CASES)
def test_formats(value: str, iso: str, precision: Precision) -> None:
    """Each real-world format parses to its ISO form and precision."""
    parsed = parse_date(value, capture=CAPTURE)
    assert parsed is not None
    assert (iso, precision) == (parsed.iso(), parsed.precision)


@pytest.mark.parametrize(
    "value", ["", "Story Code : 279580", "v1.2.3", "hello world", "31.02.2017", "99/99/2017"]
)
def test_no_date(value: str) -> None:
    """Values without a valid date give None."""
    assert None is parse_date(value)


def test_relative_needs_capture() -> None:
    """A relative date is never resolved against today."""
    assert None is parse_date("3 hours ago")


@pytest.mark.parametrize("value", ["2017", "1502803500", "20170815"])
def test_strict_refuses_bare_numbers(value: str) -> None:
    """In free text, bare numbers are not dates."""
    assert None is parse_date(value, strict=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2017-08-15", True), ("1989-12-31", False), ("2018-01-26", True), ("2018-02-01", False)],
)
def test_plausible(value: str, expected: bool) -> None:
    """Dates before 1990 or after the capture day (plus a day of slack) are implausible."""
    parsed = parse_date(value)
    assert parsed is not None
    assert expected == is_plausible(parsed, CAPTURE)


def test_long_hostile_input_is_fast() -> None:
    """A megabyte of digits and separators parses quickly (input is cut)."""
    assert None is parse_date("1-" * 500_000)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_never_crashes(value: str) -> None:
    """Any string gives a ParsedDate or None, never an exception."""
    parsed = parse_date(value, capture=CAPTURE)
    assert parsed is None or isinstance(parsed.iso(), str)


def test_does_not_touch_random() -> None:
    """Parsing leaves the global random state alone."""
    state = random.getstate()
    parse_date("15 Aug 2017")
    assert state == random.getstate()
