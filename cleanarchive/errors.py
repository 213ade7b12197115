"""Exceptions raised by cleanarchive.

The hierarchy::

    CleanArchiveError
    ├── DocumentError            a document cannot be cleaned; carries a RejectReason
    │   ├── DecodeError          bytes that are binary or decode to nothing sensible
    │   ├── DocumentTooLarge     above CleanOptions.max_document_bytes
    │   ├── DocumentTimeout      cleaning ran past CleanOptions.timeout
    │   └── NoContent            nothing of the body survived
    ├── InputError               an input file or stream cannot be read at all
    └── ArchiveError             a WARC/ARC file is broken beyond one record

``DocumentError`` is what the batch layers turn into a reject; any other exception is a bug
and propagates.
"""

from __future__ import annotations

from cleanarchive.records import RejectReason


class CleanArchiveError(Exception):
    """Base class of every cleanarchive error."""


class DocumentError(CleanArchiveError):
    """A document that cannot be cleaned; it becomes a reject with ``reason``."""

    reason: RejectReason = RejectReason.MALFORMED

    def __init__(self, detail: str, *, reason: RejectReason | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if reason is not None:
            self.reason = reason


class DecodeError(DocumentError):
    """Bytes that are binary or that no charset decodes sensibly."""

    reason = RejectReason.UNDECODABLE


class DocumentTooLarge(DocumentError):
    """A document above the configured size cap."""

    reason = RejectReason.TOO_LARGE


class DocumentTimeout(DocumentError):
    """Cleaning a document took longer than the configured limit."""

    reason = RejectReason.TIMEOUT


class NoContent(DocumentError):
    """Nothing of the document's body survived extraction and scrubbing."""

    reason = RejectReason.NO_CONTENT


class InputError(CleanArchiveError):
    """An input that cannot be opened or read at all."""


class ArchiveError(CleanArchiveError):
    """A web archive broken beyond a single record."""
