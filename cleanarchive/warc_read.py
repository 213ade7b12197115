"""Read WARC and ARC archives (plain or gzipped) into raw documents, rejects and skipped records.

Two layers: :func:`iter_records` frames the file into records (one gzip member each, or a
plain stream) and turns every unreadable stretch into a ``Reject``; :func:`iter_warc` turns
records into documents. Only ``response``, ``resource`` and ``conversion`` records with an
HTML or plain-text payload become documents; everything else is ``Skipped`` with a
``record_type`` of the WARC type (``request``, ``revisit``, ``warcinfo``, ``metadata``, ...),
``<type>:<mime>`` for other payloads (``response:image/jpeg``) or ``response:http-<status>``
for HTTP responses other than 2xx (and 204/206).
"""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Iterator

import attrs

from cleanarchive.records import (
    DocumentKind,
    InputHints,
    Location,
    RawDocument,
    Reject,
    RejectReason,
    WarcOrigin,
)
from cleanarchive.warc_frame import ArchiveRecord, iter_records

__all__ = ["ArchiveRecord", "Skipped", "iter_records", "iter_warc"]

log = logging.getLogger(__name__)

Headers = tuple[tuple[str, str], ...]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})
_DOCUMENT_RECORDS = frozenset({"response", "resource", "conversion"})
_MAX_HTTP_HEADER = 256 * 1024
_MAX_WARCINFOS = 1024


@attrs.frozen(kw_only=True)
class Skipped:
    """A record that is not a document (request, revisit, image, ...): counted, never cleaned."""

    record_type: str
    content_type: str | None
    location: Location


Item = RawDocument | Reject | Skipped


def iter_warc(
    path: str | os.PathLike[str], *, keep_raw: bool = False, max_record_bytes: int = 64_000_000
) -> Iterator[Item]:
    """Yield every record of a .warc/.warc.gz/.arc/.arc.gz file as a document, reject or skip.

    Never raises for bad content: broken stretches become ``Reject`` items with the offset.
    With ``keep_raw`` each document carries its record's bytes as stored (``WarcOrigin.raw``).
    """
    name = os.fspath(path)
    warcinfos: dict[str, Headers] = {}
    last_info: Headers = ()
    for rec in iter_records(name, keep_raw=keep_raw, max_record_bytes=max_record_bytes):
        if isinstance(rec, Reject):
            yield rec
            continue
        location = Location(file=name, offset=rec.offset)
        rtype = rec.type
        if rtype == "warcinfo":
            last_info = _warc_fields(rec.block)
            if len(warcinfos) < _MAX_WARCINFOS:
                warcinfos[rec.header("WARC-Record-ID") or ""] = last_info
            yield Skipped(record_type=rtype, content_type=rec.header("Content-Type"), location=location)
            continue
        if rtype not in _DOCUMENT_RECORDS:
            yield Skipped(record_type=rtype, content_type=rec.header("Content-Type"), location=location)
            continue
        info = warcinfos.get(rec.header("WARC-Warcinfo-ID") or "", last_info)
        yield _document(rec, location, info, max_record_bytes)


def _document(rec: ArchiveRecord, location: Location, info: Headers, cap: int) -> Item:
    """Turn one response/resource/conversion record into a document, reject or skip."""
    record_id = rec.header("WARC-Record-ID") or ""
    if not rec.complete:
        return Reject(input_id=record_id, reason=RejectReason.TOO_LARGE, location=location,
                      detail=f"{rec.type} record at offset {rec.offset} has {rec.block_length:,} bytes, "
                      f"above the limit of {cap:,}")
    warc_type = rec.header("Content-Type")
    http: Headers = ()
    payload = rec.block
    if rec.type == "response" and (warc_type or "").lower().startswith("application/http"):
        parsed = _parse_http(rec.block)
        if parsed is None:
            return Reject(input_id=record_id, reason=RejectReason.MALFORMED, location=location,
                          detail=f"response record at offset {rec.offset}: HTTP headers cannot be parsed")
        status, http, body = parsed
        if not 200 <= status < 300 or status in (204, 206):
            return Skipped(record_type=f"response:http-{status}", content_type=warc_type, location=location)
        decoded = _decode_body(body, http, cap)
        if isinstance(decoded, str):
            return Reject(input_id=record_id, reason=RejectReason.UNDECODABLE, location=location,
                          detail=f"response record at offset {rec.offset}: {decoded}")
        payload = decoded
        content_type = _header(http, "Content-Type")
    else:
        content_type = warc_type
        http = (("Content-Type", warc_type),) if warc_type else ()
    kind = _kind(rec.type, content_type, payload)
    if kind is None:
        mime = _mime(content_type) or "unknown"
        return Skipped(record_type=f"{rec.type}:{mime}", content_type=content_type, location=location)
    target = rec.header("WARC-Target-URI")
    date = rec.header("WARC-Date")
    origin = WarcOrigin(
        record_id=record_id, record_type=rec.type, target_uri=target, date=date, warcinfo=info,
        http_headers=http if rec.type == "response" else (), content_type=content_type, raw=rec.raw,
    )
    return RawDocument(
        content=payload, kind=kind, input_id=record_id or None, location=location,
        hints=InputHints(url=target, scraped_at=date), headers=http, warc=origin,
    )


def _mime(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _kind(record_type: str, content_type: str | None, payload: bytes) -> DocumentKind | None:
    """Return the document kind of a payload, or None when it is not text or HTML."""
    mime = _mime(content_type)
    if mime in _HTML_TYPES:
        return DocumentKind.HTML
    if mime in _TEXT_TYPES:
        return DocumentKind.TEXT
    if record_type == "conversion" and (mime is None or mime.startswith("text/")):
        return DocumentKind.TEXT
    if mime is None or mime == "unknown/unknown":
        head = payload[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return DocumentKind.HTML
    return None


def _header(headers: Headers, name: str) -> str | None:
    lower = name.lower()
    return next((v for k, v in headers if k.lower() == lower), None)


def _warc_fields(block: bytes) -> Headers:
    """Parse an application/warc-fields block into (name, value) pairs."""
    fields: list[tuple[str, str]] = []
    for line in block.decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip() and not name[:1].isspace():
            fields.append((name.strip(), value.strip()))
    return tuple(fields)


def _parse_http(block: bytes) -> tuple[int, Headers, bytes] | None:
    """Split an HTTP response block into (status, headers, body); None when it is not one."""
    end = block.find(b"\r\n\r\n", 0, _MAX_HTTP_HEADER)
    sep = 4
    lf_end = block.find(b"\n\n", 0, _MAX_HTTP_HEADER)
    if lf_end != -1 and (end == -1 or lf_end < end):
        end, sep = lf_end, 2
    if end == -1:
        if len(block) < _MAX_HTTP_HEADER and block.startswith(b"HTTP/"):
            end, sep = len(block), 0  # headers only, no body
        else:
            return None
    lines = block[:end].decode("iso-8859-1").splitlines()
    status_line = lines[0].split() if lines else []
    if len(status_line) < 2 or not status_line[0].upper().startswith("HTTP/") or not status_line[1].isdigit():
        return None
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and headers:  # obsolete line folding
            name, value = headers[-1]
            headers[-1] = (name, f"{value} {line.strip()}")
            continue
        name, colon, value = line.partition(":")
        if colon and name.strip():
            headers.append((name.strip(), value.strip()))
    return int(status_line[1]), tuple(headers), block[end + sep:]


def _decode_body(body: bytes, headers: Headers, cap: int) -> bytes | str:
    """Undo transfer and content encodings; return the payload or a message saying why not."""
    transfer = (_header(headers, "Transfer-Encoding") or "").lower()
    if "chunked" in transfer:
        body = _dechunk(body)
    encodings = [e.strip().lower() for e in (_header(headers, "Content-Encoding") or "").split(",")]
    for encoding in reversed([e for e in encodings if e and e != "identity"]):
        decoded = _decompress(body, encoding, cap)
        if decoded is None:
            # Many crawlers store the decoded body but keep the header: use what is there.
            if encoding in ("gzip", "x-gzip") and not body.startswith(b"\x1f\x8b"):
                continue
            return f"content-encoding {encoding!r} cannot be decoded"
        body = decoded
    return body


def _dechunk(body: bytes) -> bytes:
    """Undo chunked transfer coding; return the body unchanged when it is not chunked."""
    out: list[bytes] = []
    pos = 0
    while pos < len(body):
        eol = body.find(b"\n", pos, pos + 1024)
        if eol == -1:
            return body if not out else b"".join(out) + body[pos:]
        size_text = body[pos:eol].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return body if not out else b"".join(out)
        if size == 0:
            break
        out.append(body[eol + 1:eol + 1 + size])
        pos = eol + 1 + size
        pos += 2 if body[pos:pos + 2] == b"\r\n" else (1 if body[pos:pos + 1] == b"\n" else 0)
    return b"".join(out)


def _decompress(data: bytes, encoding: str, cap: int) -> bytes | None:
    """Decompress gzip/deflate/br data up to ``cap`` bytes; None when it fails."""
    if encoding in ("br", "brotli"):
        try:
            import brotli  # type: ignore[import-not-found]  # optional dependency
        except ImportError:
            log.warning("brotli content-encoding found; install the 'brotli' package to decode it")
            return None
        try:
            return bytes(brotli.decompress(data))
        except brotli.error:
            return None
    if encoding in ("gzip", "x-gzip"):
        wbits_options: tuple[int, ...] = (47,)  # gzip or zlib header, auto-detected
    elif encoding == "deflate":
        wbits_options = (15, -15)  # zlib-wrapped, or raw deflate as some servers send
    else:
        return None
    for wbits in wbits_options:
        try:
            out = zlib.decompressobj(wbits).decompress(data, cap)
        except zlib.error:
            continue
        return out
    return None
