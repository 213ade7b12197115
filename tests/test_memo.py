"""Tests for cleanarchive.memo: the per-document memos of the metadata parsers."""

from __future__ import annotations

from cleanarchive import memo
from cleanarchive.authors import parse_byline
from cleanarchive.dates import parse_date
from cleanarchive.options import CleanOptions
from cleanarchive.pipeline import Cleaner


def test_memos_give_what_the_parsers_give() -> None:
    """The memoised parsers return the plain parsers' values, also when asked twice."""
    memo.clear()
    for _ in range(2):
        assert memo.parse_byline("By: Jane Roe, Daily Harbour |") == parse_byline("By: Jane Roe, Daily Harbour |")
        assert memo.parse_date("July 29, 2016", strict=True) == parse_date("July 29, 2016", strict=True)
        assert memo.parse_date("yesterday") == parse_date("yesterday") is None
    capture = parse_date("2020-01-02")
    assert memo.parse_date("yesterday", capture=capture) == parse_date("yesterday", capture=capture)


def test_cleaner_starts_each_document_with_empty_memos() -> None:
    """Nothing parsed for one document is kept for the next: speed never depends on repeats."""
    cleaner = Cleaner(CleanOptions(detect_language=False))
    body = "The council met on Tuesday and agreed to widen the old bridge over the river."
    record = cleaner.clean_text(f"Bridge to be widened\nBy Jane Roe\nJuly 29, 2016\n{body}")
    assert record.authors == ("Jane Roe",)
    assert memo.parse_byline.cache_info().currsize > 0
    cleaner.clean_text(body)
    assert memo.parse_byline.cache_info().currsize == 0


def test_functions_memoised_per_document_are_cleared_with_the_memos() -> None:
    """A function memoised with per_document gives its value once per document, kept until clear()."""
    calls: list[str] = []

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    loud = memo.per_document(shout)
    assert loud("bridge") == loud("bridge") == "BRIDGE"
    assert calls == ["bridge"]
    memo.clear()
    assert loud("bridge") == "BRIDGE"
    assert calls == ["bridge", "bridge"]
