"""Tests for cleanarchive.sources: agency codes, organisations, readable domains."""

from __future__ import annotations

import pytest

from cleanarchive.sources import agency_name, clean_source, looks_like_organisation, readable_domain


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("FNA", "Fars News Agency"),
        ("AFP", "Agence France-Presse"),
        ("AP", "Associated Press"),
        ("IRNA", "Islamic Republic News Agency"),
        ("Reuters", "Reuters"),
        ("reuters", "Reuters"),
        ("Sputnik", "Sputnik"),
        ("ap", None),
        ("XYZ", None),
        ("associated press", "Associated Press"),
    ],
)
def test_agency_name(code: str, name: str | None) -> None:
    """Agency codes map to publisher names; short codes only in their own case."""
    assert name == agency_name(code)


def test_agency_table_is_extensible() -> None:
    """Extra (code, name) pairs extend the table for one call."""
    assert "Example Press Agency" == agency_name("EPX", extra=(("EPX", "Example Press Agency"),))


@pytest.mark.parametrize(
    ("domain", "readable"),
    [
        ("taghribnews.com", "Taghribnews"),
        ("the-duran.com", "The Duran"),
        ("bbc.co.uk", "BBC"),
        ("www.fna.ir", "FNA"),
        ("news.example.org", "Example"),
        ("localhost", None),
    ],
)
def test_readable_domain(domain: str, readable: str | None) -> None:
    """A domain gives a readable publisher name."""
    assert readable == readable_domain(domain)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Inside Syria Media Center", True),
        ("Business Insider", True),
        ("Reuters", True),
        ("Anna Jaunger", False),
        ("Küstenschutzverband Nord", True),
        ("Hafenfreunde e.V.", True),
        ("Werft Nord AG", True),
        ("Redacción Sur", True),
        ("Eve Stiftmann", False),
        ("Evan Amt", False),
        ("Mei Co", False),
        ("Roe & Co", True),
    ],
)
def test_looks_like_organisation(name: str, expected: bool) -> None:
    """Organisation words mark publishers."""
    assert expected == looks_like_organisation(name)


@pytest.mark.parametrize(
    ("value", "cleaned"),
    [
        ("  The   Duran | ", "The Duran"),
        ("Example News - Home", "Example News"),
        ("https://x.com", None),
        ("1234", None),
        ("", None),
    ],
)
def test_clean_source(value: str, cleaned: str | None) -> None:
    """Publisher names are trimmed; URLs and numbers are not names."""
    assert cleaned == clean_source(value)
