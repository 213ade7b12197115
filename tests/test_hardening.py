"""Bad inputs built here end as a record or a reject, in bounded time, and nothing escapes."""

from __future__ import annotations

import csv
import gzip
import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleanarchive
from cleanarchive.batch import BatchSettings, run_batch
from cleanarchive.options import CleanOptions
from cleanarchive.shard import shard_name

OPTIONS = CleanOptions(detect_language=False, timeout=20.0)
SENTENCE = "The harbour authority said on Monday that the new pier would open in the spring."


def _run(tmp_path: Path, options: CleanOptions = OPTIONS) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    out = tmp_path / "out"
    summary = run_batch([tmp_path / "in"], out, options, BatchSettings(jobs=1))
    assert summary.documents_in == summary.records + summary.rejected
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    rejects = [json.loads(x) for x in (out / "rejects.jsonl").read_text().splitlines()]
    return records, rejects


def test_bad_files_each_end_as_record_or_reject(tmp_path: Path) -> None:
    """Empty, binary, wrongly encoded and truncated inputs each give a record or a reject."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (root / "random.html").write_bytes(bytes((i * 7919) % 256 for i in range(20000)))
    (root / "cp1252.txt").write_bytes(f"{SENTENCE} Caf\u00e9 \u201cquoted\u201d \u2013 fine.".encode("cp1252"))
    (root / "latin1.txt").write_bytes(f"{SENTENCE} Gr\u00fc\u00dfe aus K\u00f6ln.".encode("latin-1"))
    (root / "mixed.txt").write_bytes(SENTENCE.encode() + " na\u00efve ".encode() + " caf\u00e9".encode("cp1252"))
    rows = gzip.compress(b"".join(json.dumps({"text": f"{i} {SENTENCE}"}).encode() + b"\n" for i in range(500)))
    (root / "cut.jsonl.gz").write_bytes(rows[: len(rows) // 2])
    (root / "bad.jsonl").write_text('{"text": "ok ' + SENTENCE + '"}\n{"text": \n[1]\n{"html": 5}\n')
    records, rejects = _run(tmp_path)
    by_file = {r["location"]["file"].rsplit("/", 1)[-1] for r in records}
    assert {"cp1252.txt", "latin1.txt", "mixed.txt"} <= by_file
    texts = {r["location"]["file"].rsplit("/", 1)[-1]: r["text"] for r in records}
    assert "Café “quoted” – fine." in texts["cp1252.txt"]
    assert "Grüße aus Köln." in texts["latin1.txt"]
    reasons = {(r["file"].rsplit("/", 1)[-1], r["reason"]) for r in rejects}
    assert ("empty.txt", "empty") in reasons
    assert ("png.txt", "binary") in reasons
    assert ("cut.jsonl.gz", "truncated") in reasons
    assert ["malformed"] * 3 == [r["reason"] for r in rejects if r["file"].endswith("bad.jsonl")]


def test_csv_with_a_50_mb_field(tmp_path: Path) -> None:
    """A CSV field above the size cap is a too-large reject and the next row is still read."""
    root = tmp_path / "in"
    root.mkdir()
    with open(root / "big.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "content"])
        writer.writerow(["1", "word " * 10_000_000])
        writer.writerow(["2", SENTENCE])
    records, rejects = _run(tmp_path, OPTIONS.evolve(max_document_bytes=10_000_000))
    assert ["too-large"] == [r["reason"] for r in rejects]
    assert [SENTENCE] == [r["text"] for r in records]


def test_50_mb_page_is_too_large(tmp_path: Path) -> None:
    """A page above the default cap is rejected as too-large without being parsed."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "huge.html").write_bytes(b"<html><body>" + b"<p>" + b"x" * 50_000_000 + b"</p></body></html>")
    started = time.monotonic()
    _records, rejects = _run(tmp_path, CleanOptions(detect_language=False))
    assert ["too-large"] == [r["reason"] for r in rejects]
    assert time.monotonic() - started < 30


def test_deeply_nested_page_ends_in_bounded_time() -> None:
    """A page nested 100,000 levels deep gives a record or a reject, never a crash."""
    html = "<html><body>" + "<div>" * 100_000 + SENTENCE + "</div>" * 100_000 + "</body></html>"
    started = time.monotonic()
    result = cleanarchive.Cleaner(OPTIONS).clean(
        cleanarchive.RawDocument(content=html, kind=cleanarchive.DocumentKind.HTML)
    )
    assert isinstance(result, (cleanarchive.CleanRecord, cleanarchive.Reject))
    assert time.monotonic() - started < 25


@pytest.mark.parametrize("char", ["{", " ", "[", "<"])
@pytest.mark.parametrize("kind", list(cleanarchive.DocumentKind))
def test_adversarial_megabyte_lines(char: str, kind: cleanarchive.DocumentKind) -> None:
    """A 1 MB line of one nasty character is cleaned or rejected within seconds."""
    content = SENTENCE + "\n" + char * 1_000_000 + "\n" + SENTENCE
    started = time.monotonic()
    result = cleanarchive.Cleaner(OPTIONS).clean(cleanarchive.RawDocument(content=content, kind=kind))
    assert isinstance(result, (cleanarchive.CleanRecord, cleanarchive.Reject))
    assert time.monotonic() - started < 10


def test_cleaning_makes_no_network_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cleaning a page full of external references never opens a connection."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    html = (
        '<html><head><link rel="stylesheet" href="http://example.com/a.css">'
        '<script src="http://example.com/a.js"></script></head><body>'
        '<img src="http://example.com/a.png"><iframe src="http://example.com/f"></iframe>'
        f"<article><p>{SENTENCE}</p><p>{SENTENCE}</p></article></body></html>"
    )
    record = cleanarchive.clean_html(html, url="http://example.com/story", options=OPTIONS)
    assert SENTENCE in record.text


def test_xml_entities_are_never_expanded() -> None:
    """An entity bomb in a page is not expanded."""
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        f"<html><body><p>&lol3; {SENTENCE}</p><p>{SENTENCE}</p></body></html>"
    )
    started = time.monotonic()
    result = cleanarchive.Cleaner(OPTIONS).clean(
        cleanarchive.RawDocument(content=bomb, kind=cleanarchive.DocumentKind.HTML)
    )
    assert time.monotonic() - started < 10
    if isinstance(result, cleanarchive.CleanRecord):
        assert "lollollol" not in result.text


def test_output_paths_cannot_escape() -> None:
    """Shard folder names made from hostile input paths stay one plain path component."""
    for hostile in ("../../etc/passwd", "/", "..", "a/../../b.jsonl", "\x00x.jsonl"):
        name = shard_name(hostile)
        assert "/" not in name and name not in ("", ".", "..")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_clean_text_never_crashes(text: str) -> None:
    """Arbitrary text gives a record or a DocumentError, nothing else."""
    try:
        record = cleanarchive.clean_text(text, options=OPTIONS)
    except cleanarchive.DocumentError:
        return
    assert record.text.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_clean_html_never_crashes_on_bytes(data: bytes) -> None:
    """Arbitrary bytes as a page give a record or a DocumentError, nothing else."""
    try:
        cleanarchive.clean_html(data, options=OPTIONS)
    except cleanarchive.DocumentError:
        pass
