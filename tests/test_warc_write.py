"""Tests for cleanarchive.warc_write: records written, locations, rotation, resume, determinism."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleanarchive.options import CleanOptions
from cleanarchive.records import CleanRecord, DocumentKind, InputHints, RawDocument, Reject, WarcLocation
from cleanarchive.warc_check import check_warc
from cleanarchive.warc_read import ArchiveRecord, iter_records, iter_warc
from cleanarchive.warc_write import FALLBACK_DATE, WarcCheckpoint, WarcWriter, iso639_3, warc_date

OPTIONS = CleanOptions()


def _pair(i: int, *, html: bool = False, text: str | None = None) -> tuple[RawDocument, CleanRecord]:
    body = f"Paragraph number {i} of a story.\nSecond line {i}."
    content: str | bytes = f"<html><body><p>{body}</p></body></html>".encode() if html else body
    raw = RawDocument(content=content, kind=DocumentKind.HTML if html else DocumentKind.TEXT,
                      input_id=f"doc-{i}", hints=InputHints(url=f"https://example.org/{i}",
                                                            scraped_at="2021-05-06 07:08:09"))
    record = CleanRecord(id=f"id{i:04d}", input_id=f"doc-{i}", url=f"https://example.org/{i}",
                         title=f"Title {i}", authors=("Ann Author",), date="2021-05-01", language="de",
                         text=text if text is not None else body, encoding="utf-8" if html else None,
                         kind=DocumentKind.HTML if html else DocumentKind.TEXT)
    return raw, record


def _source_warc(path: Path, part: str = "CRAWL-1") -> list[RawDocument]:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True, warc_version="1.0")
        w.write_record(w.create_warcinfo_record(path.name, {"isPartOf": part, "robots": "obey"}))
        for i in range(3):
            w.write_record(w.create_warc_record(
                f"http://example.com/{i}", "response",
                payload=io.BytesIO(b"<html><body><p>Page %d text.</p></body></html>" % i),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": "2019-09-09T09:09:09Z"},
            ))
    return [d for d in iter_warc(path, keep_raw=True) if isinstance(d, RawDocument)]


def _from_source(doc: RawDocument, i: int) -> CleanRecord:
    return CleanRecord(id=f"w{i}", input_id=doc.input_id, url=doc.hints.url, text=f"Page {i} text.",
                       language="en", kind=DocumentKind.HTML, capture_date=doc.hints.scraped_at)


def _warcio_check(paths: list[Path]) -> subprocess.CompletedProcess[str]:
    code = "import sys; from warcio.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, "check", *map(str, paths)],
                          capture_output=True, text=True, check=False)


def _write_all(
    out: Path, pairs: list[tuple[RawDocument, CleanRecord]], **kwargs: int | bool
) -> list[WarcLocation]:
    with WarcWriter(out, options=OPTIONS, **kwargs) as writer:  # type: ignore[arg-type]
        return [writer.write(raw, rec) for raw, rec in pairs]


def _records(path: Path) -> list[ArchiveRecord]:
    return [r for r in iter_records(path) if isinstance(r, ArchiveRecord)]


def _read_location(out: Path, loc: WarcLocation) -> bytes:
    with open(out / loc.file, "rb") as fh:
        fh.seek(loc.offset)
        return gzip.decompress(fh.read(loc.length))


def test_warcio_check_passes(tmp_path: Path) -> None:
    """warcio check and our own check pass on dump, page and WARC-sourced output."""
    docs = _source_warc(tmp_path / "src.warc.gz")
    pairs = [_pair(0), _pair(1, html=True)] + [(d, _from_source(d, i)) for i, d in enumerate(docs)]
    for copy in (False, True):
        out = tmp_path / f"out{copy}"
        _write_all(out, pairs, copy_originals=copy)
        files = sorted(out.glob("*.warc.gz"))
        result = _warcio_check(files)
        assert (0, "") == (result.returncode, result.stdout)
        assert [()] * len(files) == [check_warc(f) for f in files]


def test_location_finds_conversion(tmp_path: Path) -> None:
    """Seeking to the returned offset and gunzipping length bytes gives the conversion record."""
    pairs = [_pair(i) for i in range(4)]
    locations = _write_all(tmp_path, pairs)
    for loc, (_, rec) in zip(locations, pairs, strict=True):
        data = _read_location(tmp_path, loc)
        head, _, block = data.partition(b"\r\n\r\n")
        assert (b"WARC-Type: conversion", f"WARC-Record-ID: {loc.record_id}".encode(), rec.text.encode()) == (
            head.split(b"\r\n")[1], head.split(b"\r\n")[2], block[:-4])


def test_round_trip(tmp_path: Path) -> None:
    """Reading our archive back gives the cleaned text and the metadata of each record."""
    pairs = [_pair(i, html=i % 2 == 1) for i in range(4)]
    _write_all(tmp_path, pairs)
    records = _records(tmp_path / "cleanarchive-00000.warc.gz")
    texts = [r.block.decode() for r in records if r.type == "conversion"]
    metas = [json.loads(r.block) for r in records if r.type == "metadata"]
    expected = [(rec.text, {**{k: v for k, v in rec.to_dict().items() if k != "text"}}) for _, rec in pairs]
    assert expected == [(t, {k: v for k, v in m.items() if k != "original"}) for t, m in zip(texts, metas,
                                                                                            strict=True)]
    assert ["warcinfo"] + ["resource", "conversion", "metadata"] * 4 == [r.type for r in records]


def test_headers_of_conversion_and_original(tmp_path: Path) -> None:
    """Conversion headers follow the WET way; resources carry the charset; dates come from the input."""
    _write_all(tmp_path, [_pair(0, html=True)])
    records = _records(tmp_path / "cleanarchive-00000.warc.gz")
    info, resource, conversion, meta = records
    expected = ("text/html; charset=utf-8", "text/plain", "deu", resource.header("WARC-Record-ID"),
                "2021-05-06T07:08:09Z", None, None, conversion.header("WARC-Record-ID"),
                info.header("WARC-Record-ID"))
    actual = (resource.header("Content-Type"), conversion.header("Content-Type"),
              conversion.header("WARC-Identified-Content-Language"), conversion.header("WARC-Refers-To"),
              conversion.header("WARC-Date"), conversion.header("WARC-Concurrent-To"),
              meta.header("WARC-Payload-Digest"), meta.header("WARC-Refers-To"),
              meta.header("WARC-Warcinfo-ID"))
    assert expected == actual
    assert "WARC/1.1" == conversion.version


def test_source_warcinfo_and_refer(tmp_path: Path) -> None:
    """Without copying, conversions refer to the source ids and source warcinfo fields are copied."""
    docs = _source_warc(tmp_path / "a.warc.gz", "CRAWL-A")
    docs += _source_warc(tmp_path / "b.warc.gz", "CRAWL-B")
    _write_all(tmp_path / "out", [(d, _from_source(d, i)) for i, d in enumerate(docs)])
    records = _records(tmp_path / "out/cleanarchive-00000.warc.gz")
    infos = [r.block.decode() for r in records if r.type == "warcinfo"]
    assert [True, True] == ["isPartOf: CRAWL-A" in infos[0], "isPartOf: CRAWL-B" in infos[1]]
    refs = [r.header("WARC-Refers-To") for r in records if r.type == "conversion"]
    assert [d.input_id for d in docs] == refs


def test_copy_originals_verbatim(tmp_path: Path) -> None:
    """With copy_originals the source gzip member appears byte for byte in the output."""
    docs = _source_warc(tmp_path / "src.warc.gz")
    _write_all(tmp_path / "out", [(d, _from_source(d, i)) for i, d in enumerate(docs)], copy_originals=True)
    data = (tmp_path / "out/cleanarchive-00000.warc.gz").read_bytes()
    assert [True] * 3 == [d.warc is not None and d.warc.raw is not None and d.warc.raw in data for d in docs]


def test_arc_original_copied_as_response(tmp_path: Path) -> None:
    """An ARC original is copied as a WARC response record with the same HTTP bytes."""
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Old page.</p></body></html>"
    version = b"1 0 T\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = (b"filedesc://t.arc 0.0.0.0 20000102030405 text/plain %d\n%s\n" % (len(version), version)
           + b"http://old.example/ 10.0.0.1 20000102030405 text/html %d\n%s\n" % (len(http), http))
    (tmp_path / "t.arc").write_bytes(arc)
    doc = next(d for d in iter_warc(tmp_path / "t.arc", keep_raw=True) if isinstance(d, RawDocument))
    _write_all(tmp_path / "out", [(doc, _from_source(doc, 0))], copy_originals=True)
    out = tmp_path / "out/cleanarchive-00000.warc.gz"
    records = [r for r in iter_records(out) if isinstance(r, ArchiveRecord)]
    assert (["warcinfo", "response", "conversion", "metadata"], http) == ([r.type for r in records],
                                                                         records[1].block)
    assert (0, ()) == (_warcio_check([out]).returncode, check_warc(out))


def test_rotation(tmp_path: Path) -> None:
    """Files rotate near the size limit; every file starts with a warcinfo record and checks clean."""
    locations = _write_all(tmp_path, [_pair(i) for i in range(12)], max_file_size=3000)
    files = sorted(p.name for p in tmp_path.glob("*.warc.gz"))
    assert len(files) > 2
    assert files == sorted({loc.file for loc in locations})
    for name in files:
        first = next(iter(iter_records(tmp_path / name)))
        assert isinstance(first, ArchiveRecord) and "warcinfo" == first.type
        assert () == check_warc(tmp_path / name)


def test_deterministic(tmp_path: Path) -> None:
    """The same documents and options give the same bytes."""
    pairs = [_pair(i, html=i == 2) for i in range(5)]
    _write_all(tmp_path / "a", pairs)
    _write_all(tmp_path / "b", pairs)
    assert (tmp_path / "a/cleanarchive-00000.warc.gz").read_bytes() == (
        tmp_path / "b/cleanarchive-00000.warc.gz").read_bytes()


@pytest.mark.parametrize("stop", [0, 3, 7])
def test_resume_gives_identical_bytes(tmp_path: Path, stop: int) -> None:
    """Resuming at a checkpoint after a crash gives the bytes of an uninterrupted run."""
    docs = _source_warc(tmp_path / "a.warc.gz", "CRAWL-A") + _source_warc(tmp_path / "b.warc.gz", "CRAWL-B")
    pairs = [_pair(i) for i in range(6)] + [(d, _from_source(d, i)) for i, d in enumerate(docs)]
    _write_all(tmp_path / "full", pairs, max_file_size=2500)
    out = tmp_path / "run"
    writer = WarcWriter(out, options=OPTIONS, max_file_size=2500)
    for raw, rec in pairs[:stop]:
        writer.write(raw, rec)
    state = json.loads(json.dumps({"warc": attrs.asdict(writer.checkpoint())}))
    for raw, rec in pairs[stop:stop + 4]:  # written after the checkpoint, then the process dies
        writer.write(raw, rec)
    writer.checkpoint()
    resumed = WarcWriter.resume(out, WarcCheckpoint(**state["warc"]), options=OPTIONS, max_file_size=2500)
    with resumed:
        for raw, rec in pairs[stop:]:
            resumed.write(raw, rec)
    full = {p.name: p.read_bytes() for p in (tmp_path / "full").glob("*.warc.gz")}
    assert full == {p.name: p.read_bytes() for p in out.glob("*.warc.gz")}
    assert sorted(full) == list(resumed.files)


def test_dates_and_languages() -> None:
    """Dates normalise to WARC-Date form and language codes to ISO 639-3."""
    expected = ["2017-08-15T13:25:00Z", "2017-08-15T00:00:00Z", "2017-08-15T11:25:00Z",
                "2000-01-02T03:04:05Z", None, "eng", "zho", None, None]
    actual = [warc_date("2017-08-15 13:25"), warc_date("2017-08-15"),
              warc_date("2017-08-15T13:25:00+02:00"),
              warc_date("20000102030405"), warc_date("yesterday"), iso639_3("en"), iso639_3("zh-cn"),
              iso639_3("xx"), iso639_3(None)]
    assert expected == actual


def test_fallback_date(tmp_path: Path) -> None:
    """Without capture or publication date the fixed fallback date is used, never the clock."""
    raw = RawDocument(content="Some text here.", kind=DocumentKind.TEXT, input_id="x")
    rec = CleanRecord(id="x1", input_id="x", text="Some text here.")
    _write_all(tmp_path, [(raw, rec)])
    records = [r for r in iter_records(tmp_path / "cleanarchive-00000.warc.gz") if not isinstance(r, Reject)]
    assert [FALLBACK_DATE] * 4 == [r.header("WARC-Date") for r in records]
    assert () == check_warc(tmp_path / "cleanarchive-00000.warc.gz")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(), url=st.text(max_size=40), title=st.none() | st.text(max_size=30))
def test_round_trip_any_text(tmp_path: Path, text: str, url: str, title: str | None) -> None:
    """Any text, URL and title survive write then read, and the file always checks clean."""
    out = tmp_path / "h"
    for old in out.glob("*"):
        old.unlink()
    raw = RawDocument(content=text, kind=DocumentKind.TEXT, input_id="h")
    rec = CleanRecord(id="h1", input_id="h", url=url or None, title=title, text=text)
    loc = _write_all(out, [(raw, rec)])[0]
    conversion = _records(out / loc.file)[2]
    meta = json.loads(_records(out / loc.file)[3].block)
    expected = (text.encode("utf-8"), title, ())
    assert expected == (conversion.block, meta["title"], check_warc(out / loc.file))
