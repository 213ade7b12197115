"""Tests for cleanarchive.rows."""

from __future__ import annotations

import pickle

from cleanarchive.options import CleanOptions
from cleanarchive.rows import ROW_COLUMNS, RowCleaner, clean_row

BODY = "The council met on Tuesday to discuss the new budget for the coming year."


def test_row_has_fixed_columns_for_records_and_rejects() -> None:
    """Clean rows and rejected rows have the same columns."""
    good = clean_row({"text": BODY, "id": 1})
    bad = clean_row({"title": "no body"})
    assert list(ROW_COLUMNS) == list(good) == list(bad)
    assert (BODY, None) == (good["text"], good["reject_reason"])
    assert ("", "malformed") == (bad["text"], bad["reject_reason"])


def test_row_cleaner_pickles_and_gives_the_same_result() -> None:
    """A RowCleaner survives pickling (for process pools) and cleans the same way."""
    cleaner = RowCleaner(CleanOptions(detect_language=False))
    before = cleaner({"text": BODY})
    clone = pickle.loads(pickle.dumps(cleaner))
    assert before == clone({"text": BODY})
