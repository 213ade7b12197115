"""Compose the stages: decode, extract, scrub, normalise metadata."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from cleanarchive import memo, textmeta
from cleanarchive import metadata as _metadata
from cleanarchive.decode import decode, reject_binary_text
from cleanarchive.errors import DocumentError, DocumentTooLarge, NoContent
from cleanarchive.html import extract_page
from cleanarchive.limits import Deadline, deadline
from cleanarchive.options import CleanOptions
from cleanarchive.records import (
    Candidate,
    CleanRecord,
    DocumentKind,
    Field,
    InputHints,
    Location,
    Origin,
    RawDocument,
    Reject,
    RejectReason,
)
from cleanarchive.scrub import ENTITY_RULE_ID, RuleSet, build_ruleset, scrub

__all__ = ["Cleaner", "StageTimes", "clean_html", "clean_text", "iter_clean"]

logger = logging.getLogger(__name__)
# The longest detail an internal-error reject keeps of its exception's message.
_MAX_DETAIL = 500

# Rules that only make sense on a flat text dump, not on text an extractor already cut out of a page.
# A page's title line is its <title>'s; its parser decoded its character references (a "&amp;"
# left in a page's text is one the page shows).
_DUMP_ONLY_RULES = ("header.title", ENTITY_RULE_ID)

# Field names accepted in dict rows (JSONL/CSV columns), mapped to InputHints attributes.
_HINT_COLUMNS = ("url", "title", "authors", "author", "date", "domain", "scraped_at", "source")


@attrs.define
class StageTimes:
    """Seconds spent per stage, summed over documents."""

    decode: float = 0.0
    extract: float = 0.0
    scrub: float = 0.0
    metadata: float = 0.0

    def add(self, other: StageTimes) -> None:
        """Add another set of stage times to this one."""
        self.decode += other.decode
        self.extract += other.extract
        self.scrub += other.scrub
        self.metadata += other.metadata

    def to_dict(self) -> dict[str, float]:
        """Return the JSON form, rounded to milliseconds."""
        return {k: round(v, 3) for k, v in attrs.asdict(self).items()}


def _text_hint(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        parts = [str(v) for v in value if v is not None and str(v).strip()]
        return ", ".join(parts) or None
    text = str(value).strip()
    return text or None


def document_from_row(row: Mapping[str, Any], *, location: Location | None = None) -> RawDocument:
    """Build a raw document from a dict row with ``text``/``content`` or ``html`` plus metadata columns.

    Raises DocumentError (reason ``malformed``) when the row holds no document.
    """
    html = row.get("html")
    text = row.get("text")
    if text is None:
        text = row.get("content")
    if isinstance(html, (str, bytes)) and html:
        content: str | bytes = html
        kind = DocumentKind.HTML
    elif isinstance(text, (str, bytes)):
        content = text
        kind = DocumentKind.TEXT
    elif html is not None or text is not None:
        raise DocumentError("the document field is not a string", reason=RejectReason.MALFORMED)
    else:
        raise DocumentError(
            "row has no 'text', 'content' or 'html' field", reason=RejectReason.MALFORMED
        )
    values = {name: _text_hint(row.get(name)) for name in _HINT_COLUMNS}
    hints = InputHints(
        url=values["url"],
        title=values["title"],
        authors=values["authors"] or values["author"],
        date=values["date"],
        domain=values["domain"],
        scraped_at=values["scraped_at"],
        source=values["source"],
    )
    row_id = _text_hint(row.get("id"))
    return RawDocument(
        content=content,
        kind=kind,
        input_id=row_id,
        location=location or Location(),
        hints=hints,
    )


def _record_id(doc: RawDocument, fingerprint: bytes) -> str:
    digest = hashlib.blake2b(fingerprint, digest_size=16)
    digest.update((doc.input_id or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    loc = doc.location
    digest.update(f"{loc.file}|{loc.offset}|{loc.line}".encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    content = doc.content
    digest.update(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _capture_date(doc: RawDocument) -> str | None:
    if doc.warc is not None and doc.warc.date:
        return doc.warc.date
    return doc.hints.scraped_at


def _origin_candidates(doc: RawDocument) -> list[Candidate]:
    """Return candidates from the input's own columns and WARC headers."""
    found = textmeta.hint_candidates(doc.hints)
    if doc.warc is not None and doc.warc.target_uri:
        found.append(Candidate(field=Field.URL, value=doc.warc.target_uri, origin=Origin.WARC))
    return found


class Cleaner:
    """Clean many documents with one set of options; holds the compiled rule sets."""

    def __init__(self, options: CleanOptions | None = None) -> None:
        self.options = options if options is not None else CleanOptions()
        self._text_rules: RuleSet = build_ruleset(self.options)
        self._page_rules: RuleSet = self._text_rules.without(_DUMP_ONLY_RULES)
        self.times = StageTimes()
        self._fingerprint = self.options.fingerprint().encode() + b"\0"

    def clean(self, doc: RawDocument) -> CleanRecord | Reject:
        """Clean one raw document; a document that cannot be cleaned becomes a Reject."""
        try:
            return self.clean_document(doc)
        except DocumentError as exc:
            return Reject(
                input_id=doc.input_id, reason=exc.reason, detail=exc.detail, location=doc.location
            )
        except Exception as exc:  # a bug must cost one document, not the run
            logger.error("internal error while cleaning %s", doc.input_id or doc.location, exc_info=True)
            return Reject(
                input_id=doc.input_id,
                reason=RejectReason.INTERNAL,
                detail=f"{type(exc).__name__}: {exc}"[:_MAX_DETAIL],
                location=doc.location,
            )

    def clean_document(self, doc: RawDocument) -> CleanRecord:
        """Clean one raw document; raise DocumentError when it cannot be cleaned."""
        memo.clear()
        size = len(doc.content)
        if size > self.options.max_document_bytes:
            raise DocumentTooLarge(
                f"document has {size:,} bytes, above the limit of {self.options.max_document_bytes:,}"
                " (CleanOptions.max_document_bytes / --max-bytes)"
            )
        with deadline(self.options.timeout) as limit:
            if doc.kind is DocumentKind.HTML:
                return self._clean_page(doc, limit)
            return self._clean_dump(doc, limit)

    def _clean_dump(self, doc: RawDocument, limit: Deadline) -> CleanRecord:
        start = time.perf_counter()
        encoding = encoding_source = None
        if isinstance(doc.content, bytes):
            content_type = dict((k.lower(), v) for k, v in doc.headers).get("content-type")
            decoded = decode(doc.content, content_type=content_type, html=False)
            text, encoding, encoding_source = decoded.text, decoded.encoding, decoded.source.value
        else:
            text = doc.content
            reject_binary_text(text)
        if not text.strip():
            raise DocumentError("document is empty", reason=RejectReason.EMPTY)
        mid = time.perf_counter()
        self.times.decode += mid - start
        limit.check()
        result = scrub(text, self._text_rules, title=doc.hints.title)
        after_scrub = time.perf_counter()
        self.times.scrub += after_scrub - mid
        limit.check()
        candidates = _origin_candidates(doc) + textmeta.text_candidates(result.removed, result.text)
        return self._finish(doc, result.text, result.removed, candidates, encoding, encoding_source)

    def _clean_page(self, doc: RawDocument, limit: Deadline) -> CleanRecord:
        start = time.perf_counter()
        if not doc.content.strip():
            raise DocumentError("document is empty", reason=RejectReason.EMPTY)
        url = doc.hints.url or (doc.warc.target_uri if doc.warc else None)
        page = extract_page(doc.content, url=url, headers=doc.headers, options=self.options)
        mid = time.perf_counter()
        self.times.extract += mid - start
        limit.check()
        page_candidates = list(page.candidates)
        title = doc.hints.title or next(
            (c.value for c in page_candidates if c.field is Field.TITLE), None
        )
        result = scrub(page.text, self._page_rules, title=title)
        self.times.scrub += time.perf_counter() - mid
        limit.check()
        candidates = (
            _origin_candidates(doc)
            + page_candidates
            + textmeta.text_candidates(result.removed, result.text)
        )
        removed = tuple(page.removed) + tuple(result.removed)
        return self._finish(doc, result.text, removed, candidates, page.encoding, page.encoding_source)

    def _finish(
        self,
        doc: RawDocument,
        text: str,
        removed: Sequence[Any],
        candidates: Iterable[Candidate],
        encoding: str | None,
        encoding_source: str | None,
    ) -> CleanRecord:
        if not text.strip():
            raise NoContent("no body text left after extraction and scrubbing")
        start = time.perf_counter()
        capture = _capture_date(doc)
        meta = _metadata.normalise(
            candidates, text=text, capture_date=capture, detect_language=self.options.detect_language
        )
        self.times.metadata += time.perf_counter() - start
        return CleanRecord(
            id=_record_id(doc, self._fingerprint),
            input_id=doc.input_id,
            url=meta.url,
            domain=meta.domain,
            source=meta.source,
            title=meta.title,
            authors=meta.authors,
            date=meta.date,
            date_precision=meta.date_precision,
            date_modified=meta.date_modified,
            language=meta.language,
            language_score=meta.language_score,
            text=text,
            removed=removed,
            provenance=meta.provenance,
            kind=doc.kind,
            encoding=encoding,
            encoding_source=encoding_source,
            location=doc.location,
            capture_date=capture,
        )

    def clean_text(self, text: str | bytes, **hints: Any) -> CleanRecord:
        """Clean one text dump; ``hints`` are input columns (url, title, authors, date, ...)."""
        return self.clean_document(_document(text, DocumentKind.TEXT, hints))

    def clean_html(
        self, html: str | bytes, *, headers: Sequence[tuple[str, str]] = (), **hints: Any
    ) -> CleanRecord:
        """Clean one HTML page; ``headers`` are its HTTP response headers, if known."""
        doc = attrs.evolve(_document(html, DocumentKind.HTML, hints), headers=tuple(headers))
        return self.clean_document(doc)


def _document(content: str | bytes, kind: DocumentKind, hints: Mapping[str, Any]) -> RawDocument:
    input_id = hints.get("input_id") or hints.get("id")
    unknown = set(hints) - set(_HINT_COLUMNS) - {"input_id", "id"}
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    row = {**hints, ("html" if kind is DocumentKind.HTML else "text"): content}
    doc = document_from_row(row)
    return attrs.evolve(doc, input_id=_text_hint(input_id))


def clean_text(text: str | bytes, *, options: CleanOptions | None = None, **hints: Any) -> CleanRecord:
    """Clean one text dump and return its record; raise DocumentError when it cannot be cleaned.

    ``hints`` are what the input said about the document: ``url``, ``title``, ``authors``,
    ``date``, ``domain``, ``scraped_at``, ``source``, ``id``.
    """
    return Cleaner(options).clean_text(text, **hints)


def clean_html(
    html: str | bytes,
    *,
    options: CleanOptions | None = None,
    headers: Sequence[tuple[str, str]] = (),
    **hints: Any,
) -> CleanRecord:
    """Clean one HTML page (``str`` or ``bytes``) and return its record.

    Raise DocumentError when it cannot be cleaned. ``headers`` are the HTTP response headers
    (their charset wins when decoding bytes); ``hints`` as for :func:`clean_text`.
    """
    return Cleaner(options).clean_html(html, headers=headers, **hints)


def _as_document(item: Any, index: int) -> RawDocument:
    if isinstance(item, RawDocument):
        return item
    location = Location(line=index + 1)
    if isinstance(item, Mapping):
        return document_from_row(item, location=location)
    if isinstance(item, (str, bytes)):
        return RawDocument(content=item, kind=DocumentKind.TEXT, location=location)
    raise TypeError(f"iter_clean takes dicts, str, bytes or RawDocument, not {type(item).__name__}")


def iter_clean(
    documents: Iterable[Any], options: CleanOptions | None = None
) -> Iterator[CleanRecord | Reject]:
    """Clean documents lazily, yielding a record or a reject for each, in input order.

    Items may be dict rows (``text``/``content`` or ``html`` plus metadata columns), raw
    strings or bytes (text dumps), or RawDocument objects.
    """
    cleaner = Cleaner(options)
    for index, item in enumerate(documents):
        try:
            doc = _as_document(item, index)
        except DocumentError as exc:
            yield Reject(input_id=None, reason=exc.reason, detail=exc.detail,
                         location=Location(line=index + 1))
            continue
        yield cleaner.clean(doc)
