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

import hashlib
import logging
import os
import uuid
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO, Protocol

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

__all__ = ["ArchiveRecord", "Skipped", "iter_records", "iter_warc"]

log = logging.getLogger(__name__)

Headers = tuple[tuple[str, str], ...]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})
_DOCUMENT_RECORDS = frozenset({"response", "resource", "conversion"})
_MAX_HTTP_HEADER = 256 * 1024
_MAX_WARCINFOS = 1024
_MAGIC = b"\x1f\x8b\x08"
_CHUNK = 1 << 16
_MAX_LINE = 64 * 1024
_MAX_HEADER = 512 * 1024
_MAX_BLANK_LINES = 64
# Namespace of the record ids made up for ARC records (they have none of their own).
_ARC_NAMESPACE = uuid.UUID("6f9c1a9e-3d55-4f3b-9a39-1f3c0c0a7a31")


@attrs.frozen(kw_only=True)
class Skipped:
    """A record that is not a document (request, revisit, image, ...): counted, never cleaned."""

    record_type: str
    content_type: str | None
    location: Location


Item = RawDocument | Reject | Skipped


@attrs.frozen(kw_only=True)
class ArchiveRecord:
    """One framed WARC record (ARC records get WARC-style headers), block capped in size."""

    offset: int  # of the record (its gzip member) in the file
    length: int | None  # stored bytes; None when the record shares its gzip member with others
    version: str  # first header line, e.g. "WARC/1.1"; "ARC" for ARC records
    headers: Headers
    block: bytes = attrs.field(repr=False)
    block_length: int  # Content-Length; ``block`` is shorter when it was above the cap
    gzipped: bool
    raw: bytes | None = attrs.field(default=None, repr=False)

    @property
    def type(self) -> str:
        """Return the WARC-Type, lower-cased."""
        return (self.header("WARC-Type") or "").lower()

    @property
    def complete(self) -> bool:
        """Return whether ``block`` holds the whole block."""
        return len(self.block) == self.block_length

    def header(self, name: str) -> str | None:
        """Return the first header called ``name`` (any case), or None."""
        return _header(self.headers, name)


def iter_records(
    path: str | os.PathLike[str], *, keep_raw: bool = False, max_record_bytes: int = 64_000_000
) -> Iterator[ArchiveRecord | Reject]:
    """Yield every readable record of a WARC/ARC file; every unreadable stretch becomes a Reject."""
    name = os.fspath(path)
    try:
        fh = open(name, "rb")
    except OSError as exc:
        yield _reject(name, None, RejectReason.UNREADABLE, f"cannot open: {exc}")
        return
    with fh:
        head = fh.read(16)
        fh.seek(0)
        if not head:
            yield _reject(name, 0, RejectReason.EMPTY, "empty file")
        elif head.startswith(_MAGIC[:2]):
            yield from _iter_gzip(fh, name, keep_raw, max_record_bytes)
        elif head.startswith((b"WARC/", b"filedesc://")):
            yield from _iter_plain(fh, name, keep_raw, max_record_bytes)
        else:
            yield _reject(name, 0, RejectReason.MALFORMED,
                          f"not a WARC or ARC file: it starts with {head!r}")


def _reject(name: str, offset: int | None, reason: RejectReason, detail: str) -> Reject:
    where = "" if offset is None else f" (at offset {offset})"
    return Reject(input_id=None, reason=reason, detail=detail + where,
                  location=Location(file=name, offset=offset))


class _Stream(Protocol):
    def read(self, n: int, /) -> bytes: ...
    def readline(self, limit: int, /) -> bytes: ...
    def unread(self, n: int) -> None: ...


class _Plain:
    """An uncompressed file read in place."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh

    def read(self, n: int, /) -> bytes:
        return self.fh.read(n)

    def readline(self, limit: int, /) -> bytes:
        return self.fh.readline(limit)

    def unread(self, n: int) -> None:
        self.fh.seek(-n, os.SEEK_CUR)


class _Member:
    """One gzip member of a file, decompressed on demand; ``end`` is its end offset once known."""

    def __init__(self, fh: BinaryIO, start: int) -> None:
        fh.seek(start)
        self._fh = fh
        self._z = zlib.decompressobj(31)
        self._buf = bytearray()
        self._pos = 0
        self._fed = start
        self.end: int | None = None
        self.truncated = False

    def _fill(self) -> bool:
        if self.end is not None or self.truncated:
            return False
        chunk = self._fh.read(_CHUNK)
        if not chunk:
            self.truncated = True
            return False
        data = self._z.decompress(chunk)
        if self._z.eof:
            self.end = self._fed + len(chunk) - len(self._z.unused_data)
        self._fed += len(chunk)
        if self._pos > _CHUNK and self._pos * 2 > len(self._buf):
            del self._buf[: self._pos]
            self._pos = 0
        self._buf += data
        return True

    def read(self, n: int, /) -> bytes:
        while len(self._buf) - self._pos < n and self._fill():
            pass
        out = bytes(self._buf[self._pos:self._pos + n])
        self._pos += len(out)
        return out

    def readline(self, limit: int, /) -> bytes:
        while True:
            i = self._buf.find(b"\n", self._pos, self._pos + limit)
            if i != -1:
                return self.read(i + 1 - self._pos)
            if len(self._buf) - self._pos >= limit or not self._fill():
                return self.read(limit)

    def unread(self, n: int) -> None:
        self._pos -= n

    def drain(self) -> None:
        """Decompress the rest of the member, dropping it, to find where it ends."""
        while True:
            self._buf.clear()
            self._pos = 0
            if not self._fill():
                return


@attrs.frozen(kw_only=True)
class _Broken:
    reason: RejectReason
    detail: str
    start: int | None = None


@attrs.frozen(kw_only=True)
class _Parsed:
    start: int | None
    version: str
    headers: Headers
    head: bytes = attrs.field(repr=False)
    block: bytes = attrs.field(repr=False)
    block_length: int
    trailer: bytes

    def record(self, offset: int, length: int | None, gzipped: bool, raw: bytes | None) -> ArchiveRecord:
        return ArchiveRecord(offset=offset, length=length, version=self.version, headers=self.headers,
                             block=self.block, block_length=self.block_length, gzipped=gzipped, raw=raw)

    def stored(self) -> bytes | None:
        """Return the record's uncompressed bytes, or None when the block was cut at the cap."""
        if len(self.block) != self.block_length:
            return None
        return self.head + self.block + self.trailer


def _iter_plain(fh: BinaryIO, name: str, keep_raw: bool, cap: int) -> Iterator[ArchiveRecord | Reject]:
    stream = _Plain(fh)
    in_junk = False  # one reject per unreadable stretch, not one per failed resync
    while True:
        res = _parse(stream, cap, fh.tell)
        if res is None:
            return
        if isinstance(res, _Broken):
            start = res.start or 0
            if not in_junk:
                yield _reject(name, start, res.reason, res.detail + "; skipped to the next record")
            in_junk = True
            nxt = _scan(fh, start + 1, b"\nWARC/")
            if nxt is None:
                return
            fh.seek(nxt + 1)
            continue
        in_junk = False
        start = res.start or 0
        yield res.record(start, fh.tell() - start, False, res.stored() if keep_raw else None)


def _iter_gzip(fh: BinaryIO, name: str, keep_raw: bool, cap: int) -> Iterator[ArchiveRecord | Reject]:
    size = os.fstat(fh.fileno()).st_size
    pos = 0
    in_junk = False  # one reject per unreadable stretch, not one per failed resync
    while pos < size:
        fh.seek(pos)
        if fh.read(3) != _MAGIC:
            if not in_junk:
                yield _reject(name, pos, RejectReason.MALFORMED,
                              "no gzip member starts here (junk bytes); skipped to the next member")
        else:
            member = _Member(fh, pos)
            try:
                for item in _member_records(member, fh, name, pos, keep_raw, cap):
                    if isinstance(item, ArchiveRecord):
                        in_junk = False
                        yield item
                    elif not in_junk:
                        yield item
            except zlib.error as exc:
                if not in_junk:
                    yield _reject(name, pos, RejectReason.MALFORMED,
                                  f"corrupt gzip data ({exc}); skipped to the next member")
            else:
                if member.end is None:
                    return
                pos = member.end
                continue
        in_junk = True
        nxt = _scan(fh, pos + 1, _MAGIC)
        if nxt is None:
            return
        pos = nxt


def _member_records(
    member: _Member, fh: BinaryIO, name: str, pos: int, keep_raw: bool, cap: int
) -> Iterator[ArchiveRecord | Reject]:
    """Yield the record(s) of one gzip member; more than one means a whole-file gzip."""
    first = _parse(member, cap, None)
    if isinstance(first, _Broken):
        member.drain()
        yield _reject(name, pos, _member_reason(first, member), first.detail + _cut(member))
        return
    if first is None:
        if member.truncated:
            yield _reject(name, pos, RejectReason.TRUNCATED, "the gzip member is cut short")
        return
    second = _parse(member, cap, None)
    if second is None and member.end is not None:
        raw = None
        if keep_raw and first.stored() is not None:
            fh.seek(pos)
            raw = fh.read(member.end - pos)
        yield first.record(pos, member.end - pos, True, raw)
        return
    if second is None:  # the record is whole, only the gzip trailer is missing
        log.warning("%s: the gzip member at offset %d is cut short after its record", name, pos)
        yield first.record(pos, None, True, first.stored() if keep_raw else None)
        return
    log.warning("%s: the gzip member at offset %d holds several records (a whole-file gzip?); "
                "fix with `warcio recompress`", name, pos)
    current: _Parsed | _Broken | None = first
    while isinstance(current, _Parsed):
        yield current.record(pos, None, True, current.stored() if keep_raw else None)
        current = second if current is first else _parse(member, cap, None)
    if isinstance(current, _Broken):
        member.drain()
        yield _reject(name, pos, _member_reason(current, member),
                      f"{current.detail}, inside the gzip member that starts here; "
                      "the rest of the member is skipped" + _cut(member))


def _member_reason(broken: _Broken, member: _Member) -> RejectReason:
    """Return TRUNCATED only when the file ends inside the member: a whole member is never cut."""
    if member.truncated:
        return RejectReason.TRUNCATED
    return RejectReason.MALFORMED if broken.reason is RejectReason.TRUNCATED else broken.reason


def _cut(member: _Member) -> str:
    return "; the file ends inside this gzip member" if member.truncated else ""


def _scan(fh: BinaryIO, start: int, needle: bytes) -> int | None:
    """Return the offset of the first ``needle`` at or after ``start``, or None."""
    pos = start
    fh.seek(pos)
    while True:
        chunk = fh.read(1 << 20)
        if len(chunk) < len(needle):
            return None
        i = chunk.find(needle)
        if i != -1:
            return pos + i
        pos += len(chunk) - len(needle) + 1
        fh.seek(pos)


def _parse(stream: _Stream, cap: int, tell: Callable[[], int] | None) -> _Parsed | _Broken | None:
    """Read one record from ``stream``; None at its end. ``tell`` gives plain-file offsets."""
    line = stream.readline(_MAX_LINE)
    blank = 0
    while line and not line.strip():
        blank += 1
        if blank > _MAX_BLANK_LINES:
            return _Broken(reason=RejectReason.MALFORMED, detail="blank lines where a record should start",
                           start=_where(tell, len(line)))
        line = stream.readline(_MAX_LINE)
    if not line:
        return None
    start = _where(tell, len(line))
    if line.startswith(b"WARC/"):
        return _parse_warc(stream, line, cap, start)
    fields = line.split()
    if len(fields) >= 5 and fields[-1].isdigit() and b":" in fields[0]:
        return _parse_arc(stream, line, fields, cap, start)
    return _Broken(reason=RejectReason.MALFORMED, start=start,
                   detail=f"expected a WARC record header, found {line[:40]!r}")


def _where(tell: Callable[[], int] | None, back: int) -> int | None:
    return None if tell is None else tell() - back


def _parse_warc(stream: _Stream, first: bytes, cap: int, start: int | None) -> _Parsed | _Broken:
    head = [first]
    headers: list[tuple[str, str]] = []
    total = len(first)
    while True:
        line = stream.readline(_MAX_LINE)
        total += len(line)
        if not line:
            return _Broken(reason=RejectReason.TRUNCATED, detail="the data ends inside a record header",
                           start=start)
        if total > _MAX_HEADER or not line.endswith(b"\n"):
            return _Broken(reason=RejectReason.MALFORMED, detail="record header too long", start=start)
        head.append(line)
        if not line.strip(b"\r\n"):
            break
        text = line.decode("utf-8", "replace").rstrip("\r\n")
        if text[:1] in (" ", "\t") and headers:
            headers[-1] = (headers[-1][0], f"{headers[-1][1]} {text.strip()}")
            continue
        key, colon, value = text.partition(":")
        if not colon or not key.strip():
            return _Broken(reason=RejectReason.MALFORMED, start=start,
                           detail=f"bad record header line {line[:60]!r}")
        headers.append((key.strip(), value.strip()))
    length_text = _header(tuple(headers), "Content-Length") or ""
    if not length_text.strip().isdigit():
        return _Broken(reason=RejectReason.MALFORMED, start=start,
                       detail=f"missing or bad Content-Length {length_text!r}")
    version = first.decode("ascii", "replace").strip()
    return _read_block(stream, version, tuple(headers), b"".join(head), int(length_text), cap, start,
                       b"\r\n\r\n")


def _parse_arc(
    stream: _Stream, line: bytes, fields: list[bytes], cap: int, start: int | None
) -> _Parsed | _Broken:
    url = fields[0].decode("utf-8", "replace")
    date = fields[2].decode("ascii", "replace")
    mime = fields[3].decode("ascii", "replace")
    res = _read_block(stream, "ARC", (), line, int(fields[-1]), cap, start, b"\n")
    if isinstance(res, _Broken):
        return res
    if url.startswith("filedesc:"):
        rtype, ctype = "warcinfo", "text/plain"
    elif res.block.startswith(b"HTTP/"):
        rtype, ctype = "response", "application/http; msgtype=response"
    else:
        rtype, ctype = "resource", mime
    digest = hashlib.sha1(res.block).hexdigest()
    record_id = f"<urn:uuid:{uuid.uuid5(_ARC_NAMESPACE, f'{url} {date} {digest}')}>"
    if len(date) >= 14 and date[:14].isdigit():
        date = f"{date[:4]}-{date[4:6]}-{date[6:8]}T{date[8:10]}:{date[10:12]}:{date[12:14]}Z"
    headers = (("WARC-Type", rtype), ("WARC-Record-ID", record_id), ("WARC-Date", date),
               ("WARC-Target-URI", url), ("WARC-IP-Address", fields[1].decode("ascii", "replace")),
               ("Content-Type", ctype), ("Content-Length", str(res.block_length)))
    return attrs.evolve(res, headers=headers)


def _read_block(
    stream: _Stream, version: str, headers: Headers, head: bytes, length: int, cap: int,
    start: int | None, trailer: bytes,
) -> _Parsed | _Broken:
    block = stream.read(min(length, cap))
    got = len(block)
    while got < length:  # above the cap: count the rest without keeping it
        piece = stream.read(min(length - got, _CHUNK))
        if not piece:
            break
        got += len(piece)
    if got < length:
        return _Broken(reason=RejectReason.TRUNCATED, start=start,
                       detail=f"the data ends inside a record block (Content-Length {length:,}, "
                       f"{got:,} bytes there: cut short, or a wrong Content-Length)")
    end = stream.read(len(trailer))
    newlines = len(end) - len(end.lstrip(b"\r\n"))
    if end and newlines < min(2, len(end)):
        return _Broken(reason=RejectReason.MALFORMED, start=start,
                       detail=f"the record does not end where its Content-Length {length:,} says "
                       f"(found {end!r}): wrong Content-Length")
    stream.unread(len(end) - newlines)
    return _Parsed(start=start, version=version, headers=headers, head=head, block=block,
                   block_length=length, trailer=end[:newlines])


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
    is_http = (warc_type or "").lower().startswith("application/http") or (
        not warc_type and rec.block.startswith(b"HTTP/"))
    if rec.type == "response" and is_http:
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
            if body.lstrip()[:1] == b"<":
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
