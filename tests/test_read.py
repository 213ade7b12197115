"""Tests for cleanarchive.read."""

from __future__ import annotations

import codecs
import gzip
import json
from pathlib import Path

import pytest

from cleanarchive.read import InputKind, input_kind, iter_documents, list_inputs
from cleanarchive.records import DocumentKind, RawDocument, Reject, RejectReason


def _write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", InputKind.TEXT),
        ("a.HTML", InputKind.HTML),
        ("a.htm", InputKind.HTML),
        ("a.jsonl.gz", InputKind.JSONL),
        ("a.ndjson", InputKind.JSONL),
        ("a.csv", InputKind.CSV),
        ("a.warc.gz", InputKind.WARC),
        ("a.arc", InputKind.WARC),
        ("a.pdf", None),
    ],
)
def test_input_kind_by_name(name: str, expected: InputKind | None) -> None:
    """Input kinds are chosen by file name."""
    assert expected == input_kind(name)


def test_list_inputs_walks_directories_in_sorted_order(tmp_path: Path) -> None:
    """Directories are walked recursively, sorted; unknown names are listed as ignored."""
    _write(tmp_path / "b" / "2.txt", b"x")
    _write(tmp_path / "b" / "1.html", b"x")
    _write(tmp_path / "a.jsonl", b"x")
    _write(tmp_path / "notes.pdf", b"x")
    _write(tmp_path / ".hidden.txt", b"x")
    files, ignored = list_inputs([tmp_path])
    assert [str(tmp_path / "a.jsonl"), str(tmp_path / "b" / "1.html"), str(tmp_path / "b" / "2.txt")] == files
    assert [str(tmp_path / "notes.pdf")] == ignored


def test_list_inputs_missing_path_raises(tmp_path: Path) -> None:
    """A missing input is a usage error, not a reject."""
    with pytest.raises(FileNotFoundError):
        list_inputs([tmp_path / "nope.txt"])


def test_text_and_html_files_are_one_document_each(tmp_path: Path) -> None:
    """A .txt file is one text dump and an .html file one page, kept as bytes."""
    txt = _write(tmp_path / "a.txt", b"Hello there.")
    page = _write(tmp_path / "a.html", b"<p>Hi</p>")
    [doc] = list(iter_documents(txt))
    [html] = list(iter_documents(page))
    assert isinstance(doc, RawDocument) and isinstance(html, RawDocument)
    assert (DocumentKind.TEXT, b"Hello there.", txt) == (doc.kind, doc.content, doc.input_id)
    assert DocumentKind.HTML == html.kind


def test_oversized_file_is_rejected_without_reading(tmp_path: Path) -> None:
    """A file above the size cap becomes a too-large reject."""
    big = _write(tmp_path / "big.txt", b"x" * 1000)
    [reject] = list(iter_documents(big, max_document_bytes=100))
    assert isinstance(reject, Reject)
    assert RejectReason.TOO_LARGE == reject.reason


def test_jsonl_rows_malformed_lines_and_ids(tmp_path: Path) -> None:
    """JSONL rows become documents; bad lines become rejects with their line numbers."""
    lines = [
        json.dumps({"id": 7, "text": "First body.", "title": "T", "authors": ["A", "B"]}),
        "{not json",
        json.dumps({"html": "<p>page</p>", "url": "https://x.org/a"}),
        json.dumps([1, 2]),
        "",
        json.dumps({"title": "no body"}),
    ]
    path = _write(tmp_path / "rows.jsonl", "\n".join(lines).encode())
    items = list(iter_documents(path))
    assert [RawDocument, Reject, RawDocument, Reject, Reject] == [type(i) for i in items]
    first, bad, page, _array, empty = items
    assert isinstance(first, RawDocument) and isinstance(page, RawDocument)
    assert ("7", "T", "A, B") == (first.input_id, first.hints.title, first.hints.authors)
    assert (DocumentKind.HTML, f"{path}:3") == (page.kind, page.input_id)
    assert isinstance(bad, Reject) and isinstance(empty, Reject)
    assert (RejectReason.MALFORMED, 2) == (bad.reason, bad.location.line)
    assert RejectReason.MALFORMED == empty.reason


def test_truncated_jsonl_gz_keeps_readable_rows(tmp_path: Path) -> None:
    """A truncated .jsonl.gz yields the rows before the break and one truncated reject."""
    rows = "".join(json.dumps({"text": f"Row number {i} body."}) + "\n" for i in range(2000))
    data = gzip.compress(rows.encode())
    path = _write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    items = list(iter_documents(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert docs and len(docs) < 2000
    assert [RejectReason.TRUNCATED] == [r.reason for r in rejects]


def test_overlong_jsonl_line_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    """A line longer than the cap is a too-large reject; the next line is still read."""
    lines = [json.dumps({"text": "x" * 5000}), json.dumps({"text": "short"})]
    path = _write(tmp_path / "long.jsonl", "\n".join(lines).encode())
    items = list(iter_documents(path, max_document_bytes=1000))
    assert [Reject, RawDocument] == [type(i) for i in items]


def test_csv_with_multiline_fields(tmp_path: Path) -> None:
    """CSV rows with quoted multi-line content are one document each, with metadata columns."""
    data = 'id,url,content,title\n1,http://a.org/x,"Line one.\nLine two.",A title\n2,,"Other",\n'
    path = _write(tmp_path / "rows.csv", data.encode())
    items = list(iter_documents(path))
    assert 2 == len(items)
    first = items[0]
    assert isinstance(first, RawDocument)
    assert ("1", "Line one.\nLine two.", "http://a.org/x") == (first.input_id, first.content, first.hints.url)


_CSV_ROWS = 'id,title,content\n7,Été,"Le pont a été fermé lundi matin, a déclaré le maire de la ville."\n'


@pytest.mark.parametrize(
    "data",
    [
        _CSV_ROWS.encode("utf-8"),
        codecs.BOM_UTF8 + _CSV_ROWS.encode("utf-8"),  # a spreadsheet's "CSV UTF-8"
        _CSV_ROWS.encode("utf-16"),  # "Unicode text": UTF-16 with its BOM
        _CSV_ROWS.encode("cp1252"),  # a spreadsheet's plain "CSV" on Windows
        gzip.compress(_CSV_ROWS.encode("cp1252")),
    ],
)
def test_csv_charset_is_read_off_the_file(tmp_path: Path, data: bytes) -> None:
    """A CSV file in UTF-8 (BOM or not), UTF-16 or windows-1252 gives the same rows, no U+FFFD."""
    name = "rows.csv.gz" if data.startswith(b"\x1f\x8b") else "rows.csv"
    items = list(iter_documents(_write(tmp_path / name, data)))
    assert [("7", "Été", "Le pont a été fermé")] == [
        (i.input_id, i.hints.title, i.content[:19]) for i in items if isinstance(i, RawDocument)
    ]


def test_csv_in_utf8_with_a_character_across_the_sample_edge(tmp_path: Path) -> None:
    """UTF-8 whose 64 kB sample ends inside a character is still read as UTF-8."""
    body = "a" * (65536 - 21) + "é" * 40  # 14 bytes before it: the sample ends after half an "é"
    data = f'id,content\n1,"{body}"\n'.encode()
    items = list(iter_documents(_write(tmp_path / "rows.csv", data)))
    assert isinstance(items[0], RawDocument) and items[0].content == body


def test_jsonl_line_in_a_legacy_charset_is_read(tmp_path: Path) -> None:
    """A JSONL line a scraper wrote in windows-1252 instead of UTF-8 is read, not rejected."""
    line = '{"id": "3", "text": "Le pont a été fermé lundi matin, a déclaré le maire."}\n'
    items = list(iter_documents(_write(tmp_path / "rows.jsonl", line.encode("cp1252"))))
    assert [("3", "Le pont a été fermé lundi matin, a déclaré le maire.")] == [
        (i.input_id, i.content) for i in items if isinstance(i, RawDocument)
    ]
