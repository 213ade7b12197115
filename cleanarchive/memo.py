"""The metadata parsers (and other pure functions of a string), memoised for one document at a time.

A byline is read by the text-metadata stage, then by the source and author pickers; a date
line by the stage that finds it and by the date picker; a long line of code by two scrub rules,
in every pass. These are pure functions, so their results are kept while one document is
cleaned. ``Cleaner`` clears the memos when a document starts: what a run costs never depends on
documents repeating each other (nor do benchmarks of repeated documents flatter it), and memory
stays bounded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from cleanarchive import dates
from cleanarchive.authors import parse_byline as _parse_byline
from cleanarchive.dates import ParsedDate

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

__all__ = ["clear", "parse_byline", "parse_date", "per_document"]

T = TypeVar("T")
# The cache_clear of each function memoised with per_document().
_CLEARS: list[Callable[[], None]] = []


def per_document(function: Callable[..., T], maxsize: int = 256) -> _lru_cache_wrapper[T]:
    """Return ``function`` (pure, of hashable arguments) memoised until the next :func:`clear`."""
    cached = functools.lru_cache(maxsize=maxsize)(function)
    _CLEARS.append(cached.cache_clear)
    return cached


parse_byline = per_document(_parse_byline, maxsize=32)


def _parse_date_of(value: str, capture: ParsedDate | None, strict: bool) -> ParsedDate | None:
    return dates.parse_date(value, capture=capture, strict=strict)


_parse_date = per_document(_parse_date_of, maxsize=64)


def parse_date(value: str, *, capture: ParsedDate | None = None, strict: bool = False) -> ParsedDate | None:
    """Return :func:`cleanarchive.dates.parse_date` of the same arguments, memoised."""
    return _parse_date(value, capture, strict)


def clear() -> None:
    """Forget the values kept for the previous document."""
    for cache_clear in _CLEARS:
        cache_clear()
