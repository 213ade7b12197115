"""Records that flow between the stages: raw documents in, clean records or rejects out."""

from __future__ import annotations

import enum
from typing import Any

import attrs


class DocumentKind(enum.Enum):
    """What a raw document holds: a text dump or an HTML page."""

    TEXT = "text"
    HTML = "html"


class Category(enum.Enum):
    """Residue category of a scrub rule."""

    CSS = "css"
    SCRIPT = "script"
    SHORTCODE = "shortcode"
    SHARE = "share"
    FORM = "form"
    TRAILER = "trailer"
    HEADER = "header"
    REPEAT = "repeat"
    WHITESPACE = "whitespace"
    MARKUP = "markup"
    BOILERPLATE = "boilerplate"


class RejectReason(enum.Enum):
    """Why an input document produced no record (a fixed set)."""

    EMPTY = "empty"  # nothing but whitespace
    BINARY = "binary"  # not text (NUL bytes, control characters, image, PDF, ...)
    UNDECODABLE = "undecodable"  # bytes that no charset decodes sensibly
    MALFORMED = "malformed"  # a JSONL line, CSV row or archive record that cannot be parsed
    TRUNCATED = "truncated"  # the input ends in the middle of a document
    UNREADABLE = "unreadable"  # the file cannot be opened or read
    TOO_LARGE = "too-large"  # above the document size cap
    TIMEOUT = "timeout"  # cleaning took longer than the per-document limit
    NO_CONTENT = "no-content"  # nothing of the body survived extraction and scrubbing
    INTERNAL = "internal-error"  # an unexpected error (a bug) met this document; logged with its traceback


class Field(enum.Enum):
    """A metadata field that has candidates and a chosen value."""

    TITLE = "title"
    AUTHORS = "authors"
    DATE = "date"
    DATE_MODIFIED = "date_modified"
    SOURCE = "source"
    URL = "url"
    DOMAIN = "domain"
    LANGUAGE = "language"


class Origin(enum.Enum):
    """Where a metadata candidate came from (its provenance)."""

    INPUT_COLUMN = "input-column"
    WARC = "warc"
    HTTP_HEADER = "http-header"
    JSONLD = "jsonld"
    META = "meta"
    OPENGRAPH = "opengraph"
    TIME_ELEMENT = "time-element"
    HTML_TITLE = "html-title"
    HTML_BYLINE = "html-byline"
    CANONICAL = "canonical"
    EXTRACTOR = "extractor"
    URL = "url"
    TEXT_HEADER = "text-header"
    TEXT_BYLINE = "text-byline"
    TEXT_DATELINE = "text-dateline"
    TEXT_TRAILER = "text-trailer"
    TEXT_TITLE = "text-title"
    TEXT_URL = "text-url"
    TEXT_COPYRIGHT = "text-copyright"
    DETECTOR = "detector"
    DOMAIN = "domain"


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Location:
    """Where a document sits in its input: file path plus byte offset and/or line number."""

    file: str | None = None
    offset: int | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"file": self.file, "offset": self.offset, "line": self.line}


@attrs.frozen(kw_only=True)
class InputHints:
    """Raw metadata the input itself carried (columns, WARC headers): candidates, never copied blindly."""

    url: str | None = None
    title: str | None = None
    authors: str | None = None
    date: str | None = None
    domain: str | None = None
    scraped_at: str | None = None
    source: str | None = None


@attrs.frozen(kw_only=True)
class WarcOrigin:
    """The WARC record a document was read from."""

    record_id: str
    record_type: str
    target_uri: str | None = None
    date: str | None = None
    warcinfo: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple)
    http_headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple)
    content_type: str | None = None
    # The original record's bytes as stored, for verbatim copying: its gzip member in a .warc.gz
    # with one member per record, else the uncompressed record (headers and block). Only kept
    # when reading with keep_raw=True.
    raw: bytes | None = attrs.field(default=None, repr=False)


@attrs.frozen(kw_only=True)
class RawDocument:
    """One input document before cleaning: bytes or text plus what the input said about it."""

    content: str | bytes = attrs.field(repr=False)
    kind: DocumentKind
    input_id: str | None = None
    location: Location = attrs.field(factory=Location)
    hints: InputHints = attrs.field(factory=InputHints)
    # HTTP headers (name, value) when the document came with them (WARC response records).
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple)
    warc: WarcOrigin | None = None


@attrs.frozen(kw_only=True)
class Removal:
    """One piece of residue taken out.

    For text scrubbing ``start``/``end`` are offsets in the scrubbed text and
    ``input[start:end] == text``; for elements pruned from an HTML tree they are ``None``.
    """

    rule: str
    category: Category
    text: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "rule": self.rule,
            "category": self.category.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@attrs.frozen(kw_only=True)
class Candidate:
    """A raw metadata value found somewhere, before normalisation."""

    field: Field
    value: str
    origin: Origin


@attrs.frozen(kw_only=True)
class WarcLocation:
    """Where the conversion record of a clean record sits in a WARC file we wrote."""

    file: str
    offset: int
    length: int
    record_id: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"file": self.file, "offset": self.offset, "length": self.length, "record_id": self.record_id}


@attrs.frozen(kw_only=True)
class CleanRecord:
    """A cleaned document: body text plus normalised metadata (the JSONL contract)."""

    id: str
    input_id: str | None
    url: str | None = None
    domain: str | None = None
    source: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    date: str | None = None
    date_precision: str | None = None
    date_modified: str | None = None
    language: str | None = None
    language_score: float | None = None
    text: str
    removed: tuple[Removal, ...] = attrs.field(default=(), converter=_tuple)
    # field name -> origin value, for every metadata field that has a value.
    provenance: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple)
    kind: DocumentKind = DocumentKind.TEXT
    encoding: str | None = None
    encoding_source: str | None = None
    location: Location = attrs.field(factory=Location)
    capture_date: str | None = None
    warc: WarcLocation | None = None

    @property
    def date_source(self) -> str | None:
        """Return where the date came from."""
        return dict(self.provenance).get("date")

    def to_dict(self) -> dict[str, Any]:
        """Return the JSONL object: the contract fields of DESIGN.md plus extras."""
        out: dict[str, Any] = {
            "id": self.id,
            "input_id": self.input_id,
            "url": self.url,
            "domain": self.domain,
            "source": self.source,
            "title": self.title,
            "authors": list(self.authors),
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "date_modified": self.date_modified,
            "language": self.language,
            "language_score": self.language_score,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "provenance": dict(self.provenance),
            "kind": self.kind.value,
            "encoding": self.encoding,
            "encoding_source": self.encoding_source,
            "capture_date": self.capture_date,
            "location": self.location.to_dict(),
        }
        if self.warc is not None:
            out["warc"] = self.warc.to_dict()
        return out


@attrs.frozen(kw_only=True)
class Reject:
    """An input document that produced no record, with a reason from a fixed set."""

    input_id: str | None
    reason: RejectReason
    detail: str
    location: Location = attrs.field(factory=Location)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSONL object written to rejects.jsonl."""
        return {
            "input_id": self.input_id,
            "reason": self.reason.value,
            "detail": self.detail,
            "file": self.location.file,
            "offset": self.location.offset,
            "line": self.location.line,
        }
