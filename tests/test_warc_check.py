"""Tests for cleanarchive.warc_check: our archives pass, each broken contract is reported."""

from __future__ import annotations

import gzip
from pathlib import Path

from cleanarchive.options import CleanOptions
from cleanarchive.records import CleanRecord, DocumentKind, RawDocument, WarcOrigin
from cleanarchive.warc_check import Problem, Severity, check_warc
from cleanarchive.warc_read import ArchiveRecord, iter_records
from cleanarchive.warc_write import WarcWriter, build_record


def _write(out: Path, *, from_warc: bool = False) -> Path:
    origin = WarcOrigin(record_id="<urn:uuid:00000000-0000-0000-0000-000000000001>", record_type="response",
                        target_uri="https://example.org/a") if from_warc else None
    raw = RawDocument(content=b"<p>Body text.</p>", kind=DocumentKind.HTML, input_id="a", warc=origin)
    rec = CleanRecord(id="r1", input_id="a", url="https://example.org/a", text="Body text.", language="en",
                      capture_date="2022-02-02T02:02:02Z", kind=DocumentKind.HTML)
    with WarcWriter(out, options=CleanOptions()) as writer:
        writer.write(raw, rec)
    return out / "cleanarchive-00000.warc.gz"


def _parts(path: Path) -> list[tuple[tuple[tuple[str, str], ...], bytes]]:
    """Return (headers without Content-Length, block) of every record."""
    records = [r for r in iter_records(path) if isinstance(r, ArchiveRecord)]
    return [(tuple((k, v) for k, v in r.headers if k != "Content-Length"), r.block) for r in records]


def _rewrite(path: Path, parts: list[tuple[tuple[tuple[str, str], ...], bytes]]) -> None:
    path.write_bytes(b"".join(gzip.compress(build_record(h, b), mtime=0) for h, b in parts))


def _set(headers: tuple[tuple[str, str], ...], name: str, value: str | None) -> tuple[tuple[str, str], ...]:
    kept = tuple((k, v) for k, v in headers if k != name)
    return kept if value is None else (*kept, (name, value))


def _messages(problems: tuple[Problem, ...]) -> list[str]:
    return [p.message for p in problems]


def test_our_output_is_clean(tmp_path: Path) -> None:
    """An archive we wrote has no problems."""
    assert () == check_warc(_write(tmp_path))


def test_external_original_is_info(tmp_path: Path) -> None:
    """A conversion referring to a record of the source archive is reported as info only."""
    path = _write(tmp_path, from_warc=True)
    problems = check_warc(path, include_info=True)
    assert ((), [Severity.INFO]) == (check_warc(path), [p.severity for p in problems])


def test_rewrite_is_faithful(tmp_path: Path) -> None:
    """Rewriting the records unchanged keeps the file clean (the helpers below are sound)."""
    path = _write(tmp_path)
    _rewrite(path, _parts(path))
    assert () == check_warc(path)


def test_broken_contracts(tmp_path: Path) -> None:
    """Each way of breaking the contract is named in a problem."""
    path = _write(tmp_path)
    parts = _parts(path)
    info, resource, conversion, meta = parts
    conversion = (_set(conversion[0], "Content-Type", "text/plain; charset=utf-8"), conversion[1])
    conversion = (_set(conversion[0], "WARC-Concurrent-To", "<urn:uuid:x>"), conversion[1])
    meta = (_set(meta[0], "WARC-Payload-Digest", "sha1:AAAA"), meta[1])
    meta = (_set(meta[0], "WARC-Refers-To", "<urn:uuid:nowhere>"), meta[1])
    resource = (resource[0], resource[1] + b"changed")
    _rewrite(path, [info, resource, conversion, meta])
    messages = " | ".join(_messages(check_warc(path)))
    for expected in ("not exactly 'text/plain'", "WARC-Concurrent-To",
                     "has a WARC-Payload-Digest", "not a conversion record", "does not match the block"):
        assert (expected, True) == (expected, expected in messages)


def test_warcinfo_first(tmp_path: Path) -> None:
    """A file that does not start with a warcinfo record is reported."""
    path = _write(tmp_path)
    info, resource, conversion, meta = _parts(path)
    _rewrite(path, [resource, info, conversion, meta])
    assert "the first record is 'resource', not 'warcinfo'" in _messages(check_warc(path))


def test_missing_warcinfo_id_and_version(tmp_path: Path) -> None:
    """A record without WARC-Warcinfo-ID and a WARC/1.0 record are reported."""
    path = _write(tmp_path)
    parts = _parts(path)
    parts[3] = (_set(parts[3][0], "WARC-Warcinfo-ID", None), parts[3][1])
    data = b"".join(gzip.compress(build_record(h, b), mtime=0) for h, b in parts)
    path.write_bytes(data.replace(gzip.compress(build_record(parts[2][0], parts[2][1]), mtime=0),
                                  gzip.compress(build_record(parts[2][0], parts[2][1]).replace(
                                      b"WARC/1.1", b"WARC/1.0", 1), mtime=0)))
    messages = _messages(check_warc(path))
    assert [True, True] == [any("has no WARC-Warcinfo-ID" in m for m in messages),
                            any("not 'WARC/1.1'" in m for m in messages)]


def test_whole_file_gzip_reported(tmp_path: Path) -> None:
    """Several records in one gzip member break the one-member-per-record rule."""
    path = _write(tmp_path)
    path.write_bytes(gzip.compress(gzip.decompress(path.read_bytes()), mtime=0))
    assert ["records are not one gzip member each (fix with `warcio recompress`)"] == _messages(
        check_warc(path))


def test_truncated_reported(tmp_path: Path) -> None:
    """A cut file is reported with the offset of the broken member."""
    path = _write(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:-30])
    problems = check_warc(path)
    assert (1, _member_start(data, 3)) == (len(problems), problems[0].offset)


def _member_start(data: bytes, index: int) -> int:
    """Return the offset of the index-th gzip member of our (uncut) file."""
    starts = [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]
    return starts[index]
