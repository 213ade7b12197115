"""A dict-in, dict-out cleaning function for ``datasets.Dataset.map``, pandas ``apply`` and the like."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cleanarchive.errors import DocumentError
from cleanarchive.options import CleanOptions
from cleanarchive.pipeline import Cleaner, document_from_row
from cleanarchive.records import CleanRecord, Reject

__all__ = ["ROW_COLUMNS", "RowCleaner", "clean_row"]

# Every output row has exactly these columns, so Arrow-backed tables get one stable schema.
ROW_COLUMNS = (
    "id", "input_id", "url", "domain", "source", "title", "authors", "date", "date_precision",
    "language", "text", "removed_count", "reject_reason", "reject_detail",
)


def _row(result: CleanRecord | Reject) -> dict[str, Any]:
    if isinstance(result, Reject):
        empty: dict[str, Any] = dict.fromkeys(ROW_COLUMNS)
        empty.update(input_id=result.input_id, authors=[], text="", removed_count=0,
                     reject_reason=result.reason.value, reject_detail=result.detail)
        return empty
    return {
        "id": result.id, "input_id": result.input_id, "url": result.url, "domain": result.domain,
        "source": result.source, "title": result.title, "authors": list(result.authors),
        "date": result.date, "date_precision": result.date_precision, "language": result.language,
        "text": result.text, "removed_count": len(result.removed), "reject_reason": None,
        "reject_detail": None,
    }


class RowCleaner:
    """Clean one dict row per call; picklable, holds only its options and a lazily built Cleaner.

    A row that cannot be cleaned gives a row with empty ``text`` and ``reject_reason`` set,
    so a mapped table keeps one row per input.
    """

    def __init__(self, options: CleanOptions | None = None) -> None:
        self.options = options if options is not None else CleanOptions()
        self._cleaner: Cleaner | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"options": self.options}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.options = state["options"]
        self._cleaner = None

    def __call__(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """Return the cleaned row for one input row (``text``/``content`` or ``html`` plus metadata)."""
        if self._cleaner is None:
            self._cleaner = Cleaner(self.options)
        try:
            doc = document_from_row(row)
        except DocumentError as exc:
            return _row(Reject(input_id=None, reason=exc.reason, detail=exc.detail))
        return _row(self._cleaner.clean(doc))


def clean_row(row: Mapping[str, Any], options: CleanOptions | None = None) -> dict[str, Any]:
    """Clean one dict row and return a flat dict with the columns in ROW_COLUMNS.

    For many rows build one :class:`RowCleaner` and map it: it compiles the rules once.
    """
    return RowCleaner(options)(row)
