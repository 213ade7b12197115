"""Tests for cleanarchive.urls: canonical URLs and domains."""

from __future__ import annotations

import pytest

from cleanarchive.urls import canonical_url, domain_of, find_urls


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "https://taghribnews.com/vdcaaonuw49n0m1.tgk4.html",
            "https://taghribnews.com/vdcaaonuw49n0m1.tgk4.html",
        ),
        ("HTTP://WWW.Example.COM:80/a?utm_source=x&id=3#frag", "http://www.example.com/a?id=3"),
        ("https://example.com/a?fbclid=1&gclid=2", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("www.example.org/x", "http://www.example.org/x"),
        ("//cdn.example.com/a", "https://cdn.example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("javascript:alert(1)", None),
        ("mailto:a@example.com", None),
        ("not a url", None),
        ("https://exa mple.com/", None),
    ],
)
def test_canonical_url(url: str, canonical: str | None) -> None:
    """URLs are lowercased, stripped of fragments, default ports and tracking parameters."""
    assert canonical == canonical_url(url)


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.Example.com/a", "example.com"),
        ("https://news.example.co.uk/", "news.example.co.uk"),
        ("ftp://example.com/", None),
    ],
)
def test_domain_of(url: str, domain: str | None) -> None:
    """The domain is the lowercase host without www."""
    assert domain == domain_of(url)


def test_find_urls() -> None:
    """URLs written in text are found, trailing punctuation dropped."""
    assert ["https://example.com/a.html", "http://www.example.org/b"] == find_urls(
        "Source: https://example.com/a.html. See (www.example.org/b)"
    )


def test_long_input() -> None:
    """A megabyte without spaces is refused quickly."""
    assert None is canonical_url("https://" + "a" * 1_000_000)
