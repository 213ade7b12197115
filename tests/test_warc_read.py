"""Tests for cleanarchive.warc_read: WARC/ARC records in, documents, skips and rejects out."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleanarchive.records import DocumentKind, RawDocument, Reject, RejectReason
from cleanarchive.warc_read import Skipped, iter_records, iter_warc

PAGE = b"<html><head><title>T</title></head><body><p>Hello archive world.</p></body></html>"


def _http(
    content_type: str, extra: list[tuple[str, str]] | None = None, status: str = "200 OK"
) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type), *(extra or [])], protocol="HTTP/1.1")


def _chunked(data: bytes, size: int = 10) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def build_warc(path: Path, *, gz: bool = True) -> Path:
    """Write a small archive with one record of every kind the reader distinguishes."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz, warc_version="1.1")
        w.write_record(w.create_warcinfo_record(path.name, {"isPartOf": "CRAWL-1", "publisher": "Tests"}))
        rec = w.create_warc_record(
            "http://example.com/page", "response", payload=io.BytesIO(gzip.compress(PAGE, mtime=0)),
            http_headers=_http("text/html; charset=utf-8", [("Content-Encoding", "gzip")]),
            warc_headers_dict={"WARC-Date": "2020-01-02T03:04:05Z"},
        )
        w.write_record(rec)
        w.write_record(w.create_warc_record(
            "http://example.com/page", "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders("GET /page HTTP/1.1", [("Host", "example.com")],
                                          is_http_request=True),
        ))
        w.write_record(w.create_warc_record(
            "http://example.com/chunked", "response", payload=io.BytesIO(_chunked(PAGE)),
            http_headers=_http("application/xhtml+xml", [("Transfer-Encoding", "chunked")]),
        ))
        w.write_record(w.create_warc_record(
            "http://example.com/a.jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff\xe0JFIF"),
            http_headers=_http("image/jpeg"),
        ))
        w.write_record(w.create_warc_record(
            "http://example.com/gone", "response", payload=io.BytesIO(b"not here"),
            http_headers=_http("text/html", status="404 Not Found"),
        ))
        w.write_record(w.create_revisit_record(
            "http://example.com/page", digest="sha1:AAAA", refers_to_uri="http://example.com/page",
            refers_to_date="2020-01-01T00:00:00Z", http_headers=_http("text/html"),
        ))
        w.write_record(w.create_warc_record(
            "http://example.com/notes.txt", "resource", payload=io.BytesIO("plain text é".encode()),
            warc_content_type="text/plain; charset=utf-8",
        ))
        w.write_record(w.create_warc_record(
            "http://example.com/page", "conversion", payload=io.BytesIO(b"Hello archive world."),
            warc_content_type="text/plain",
        ))
    return path


def _arc(gz: bool) -> bytes:
    def record(line: bytes, block: bytes) -> bytes:
        data = line + b" %d\n" % len(block) + block + b"\n"
        return gzip.compress(data, mtime=0) if gz else data

    version = b"1 0 Tests\nURL IP-address Archive-date Content-type Archive-length\n"
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    return (record(b"filedesc://t.arc 0.0.0.0 20200102030405 text/plain", version)
            + record(b"http://example.com/old 10.0.0.1 20200102030405 text/html", http))


def _kinds(items: list[RawDocument | Reject | Skipped]) -> list[str]:
    out = []
    for item in items:
        if isinstance(item, RawDocument):
            out.append(f"doc:{item.kind.value}")
        elif isinstance(item, Skipped):
            out.append(f"skip:{item.record_type}")
        else:
            out.append(f"reject:{item.reason.value}")
    return out


@pytest.mark.parametrize("gz", [True, False])
def test_record_kinds(tmp_path: Path, gz: bool) -> None:
    """Every record type becomes the document, skip or reject the module docstring promises."""
    path = build_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), gz=gz)
    expected = ["skip:warcinfo", "doc:html", "skip:request", "doc:html", "skip:response:image/jpeg",
                "skip:response:http-404", "skip:revisit", "doc:text", "doc:text"]
    assert expected == _kinds(list(iter_warc(path)))


def test_response_document(tmp_path: Path) -> None:
    """A gzip-encoded response yields the decoded page with WARC hints and source warcinfo."""
    path = build_warc(tmp_path / "a.warc.gz")
    doc = next(i for i in iter_warc(path) if isinstance(i, RawDocument))
    assert doc.warc is not None
    expected = (PAGE, DocumentKind.HTML, "http://example.com/page", "2020-01-02T03:04:05Z",
                doc.warc.record_id, "text/html; charset=utf-8", ("isPartOf", "CRAWL-1"))
    actual = (doc.content, doc.kind, doc.hints.url, doc.hints.scraped_at, doc.input_id,
              dict(doc.headers)["Content-Type"], doc.warc.warcinfo[0])
    assert expected == actual
    assert doc.warc.raw is None


def test_chunked_and_resource(tmp_path: Path) -> None:
    """Chunked bodies are de-chunked; resource records keep their WARC Content-Type as header."""
    docs = [i for i in iter_warc(build_warc(tmp_path / "a.warc.gz")) if isinstance(i, RawDocument)]
    expected = [PAGE, "plain text é".encode(), ("Content-Type", "text/plain; charset=utf-8")]
    assert expected == [docs[1].content, docs[2].content, docs[2].headers[0]]


@pytest.mark.parametrize("gz", [True, False])
def test_raw_is_stored_bytes(tmp_path: Path, gz: bool) -> None:
    """With keep_raw the raw bytes are exactly the file's bytes at the record's offset."""
    path = build_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), gz=gz)
    data = path.read_bytes()
    lengths = {r.offset: r.length for r in iter_records(path) if not isinstance(r, Reject)}
    docs = [i for i in iter_warc(path, keep_raw=True) if isinstance(i, RawDocument)]
    expected = [data[d.location.offset or 0:(d.location.offset or 0) + (lengths[d.location.offset or 0] or 0)]
                for d in docs]
    assert expected == [d.warc.raw if d.warc else None for d in docs]


@pytest.mark.parametrize("gz", [True, False])
def test_arc(tmp_path: Path, gz: bool) -> None:
    """ARC files give documents with a made-up, stable record id."""
    path = tmp_path / ("a.arc.gz" if gz else "a.arc")
    path.write_bytes(_arc(gz))
    items = list(iter_warc(path))
    doc = items[1]
    assert isinstance(doc, RawDocument) and doc.warc is not None
    expected = (["skip:warcinfo", "doc:html"], PAGE, "http://example.com/old", "2020-01-02T03:04:05Z")
    assert expected == (_kinds(items), doc.content, doc.hints.url, doc.hints.scraped_at)
    assert doc.input_id == next(i for i in iter_warc(path) if isinstance(i, RawDocument)).input_id


def test_truncated_gzip(tmp_path: Path) -> None:
    """A file cut inside its last gzip member yields the records before it and one TRUNCATED reject."""
    full = build_warc(tmp_path / "a.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full[:-40])
    kinds = _kinds(list(iter_warc(cut)))
    assert kinds[:-1] == _kinds(list(iter_warc(tmp_path / "a.warc.gz")))[:-1]
    assert "reject:truncated" == kinds[-1]


def test_whole_file_gzip(tmp_path: Path) -> None:
    """A whole-file gzip still yields every record."""
    plain = build_warc(tmp_path / "a.warc", gz=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes(), mtime=0))
    assert _kinds(list(iter_warc(plain))) == _kinds(list(iter_warc(whole)))
    assert {None} == {r.length for r in iter_records(whole) if not isinstance(r, Reject)}


@pytest.mark.parametrize("gz", [True, False])
def test_corrupt_header(tmp_path: Path, gz: bool) -> None:
    """A record whose first line is garbled becomes one MALFORMED reject; the rest is read."""
    path = build_warc(tmp_path / "a.warc", gz=False)
    records = [r for r in iter_records(path, keep_raw=True) if not isinstance(r, Reject)]
    parts = [r.raw or b"" for r in records]
    parts[1] = b"WXRC" + parts[1][4:]
    broken = tmp_path / ("b.warc.gz" if gz else "b.warc")
    broken.write_bytes(b"".join(gzip.compress(p, mtime=0) if gz else p for p in parts))
    items = list(iter_warc(broken))
    expected = _kinds(list(iter_warc(path)))
    expected[1] = "reject:malformed"
    assert expected == _kinds(items)
    reject = items[1]
    assert isinstance(reject, Reject) and reject.location.offset == len(
        gzip.compress(parts[0], mtime=0) if gz else parts[0])


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("delta", [-7, 9])
def test_wrong_content_length(tmp_path: Path, gz: bool, delta: int) -> None:
    """A record with a wrong Content-Length is rejected; the records after it are still read."""
    path = build_warc(tmp_path / "a.warc", gz=False)
    parts = [r.raw or b"" for r in iter_records(path, keep_raw=True) if not isinstance(r, Reject)]
    head, sep, rest = parts[1].partition(b"Content-Length: ")
    number, _, tail = rest.partition(b"\r\n")
    parts[1] = head + sep + str(int(number) + delta).encode() + b"\r\n" + tail
    broken = tmp_path / ("b.warc.gz" if gz else "b.warc")
    broken.write_bytes(b"".join(gzip.compress(p, mtime=0) if gz else p for p in parts))
    kinds = _kinds(list(iter_warc(broken)))
    assert kinds[0] == "skip:warcinfo" and kinds[1] == "reject:malformed"
    assert _kinds(list(iter_warc(path)))[2:] == kinds[2:]


@pytest.mark.parametrize("data", [b"", b"\x00\x01binary junk" * 50, b"\x1f\x8b\x08junk" * 20,
                                  gzip.compress(b"just some text\n" * 10)])
def test_junk_is_one_reject(tmp_path: Path, data: bytes) -> None:
    """An empty file, binary junk or a gzip of non-WARC text is exactly one reject."""
    path = tmp_path / "junk.warc"
    path.write_bytes(data)
    items = list(iter_warc(path))
    assert 1 == len(items) and isinstance(items[0], Reject)


@pytest.mark.parametrize("gz", [True, False])
def test_every_truncation_is_safe(tmp_path: Path, gz: bool) -> None:
    """Cutting a file anywhere never raises and never yields more documents than the whole file."""
    full = build_warc(tmp_path / "a.warc", gz=gz).read_bytes()
    whole = sum(isinstance(i, RawDocument) for i in iter_warc(tmp_path / "a.warc"))
    cut = tmp_path / "cut.warc"
    for size in range(0, len(full), 37):
        cut.write_bytes(full[:size])
        items = list(iter_warc(cut))
        assert sum(isinstance(i, RawDocument) for i in items) <= whole


def test_corrupt_deflate_resyncs(tmp_path: Path) -> None:
    """Corrupt compressed bytes in one member cost that member only."""
    path = build_warc(tmp_path / "a.warc.gz")
    records = [r for r in iter_records(path) if not isinstance(r, Reject)]
    data = bytearray(path.read_bytes())
    start = records[1].offset
    data[start + 12:start + 40] = b"\xff" * 28
    path.write_bytes(bytes(data))
    kinds = _kinds(list(iter_warc(path)))
    assert ["skip:warcinfo", "reject:malformed", "skip:request"] == kinds[:3]
    assert _kinds(list(iter_warc(build_warc(tmp_path / "b.warc.gz"))))[2:] == kinds[2:]


def test_oversized_record(tmp_path: Path) -> None:
    """A page above max_record_bytes is a TOO_LARGE reject and the next record is still read."""
    path = build_warc(tmp_path / "a.warc.gz")
    items = list(iter_warc(path, max_record_bytes=60))
    assert RejectReason.TOO_LARGE == next(i for i in items if isinstance(i, Reject)).reason
    assert "skip:request" in _kinds(items)


def test_deflate_raw_and_zlib() -> None:
    """Both zlib-wrapped and raw deflate bodies decode."""
    from cleanarchive.warc_read import _decompress

    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw_data = raw.compress(PAGE) + raw.flush()
    assert [PAGE, PAGE] == [_decompress(zlib.compress(PAGE), "deflate", 10**6),
                            _decompress(raw_data, "deflate", 10**6)]
