"""Read inputs (files, directories, stdin; text, HTML, JSONL, CSV, WARC) into raw documents."""

from __future__ import annotations

import codecs
import csv
import enum
import gzip
import io
import json
import logging
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs

from cleanarchive.decode import decode
from cleanarchive.errors import DecodeError, DocumentError
from cleanarchive.pipeline import document_from_row
from cleanarchive.records import DocumentKind, Location, RawDocument, Reject, RejectReason
from cleanarchive.warc_read import Skipped, iter_warc

__all__ = ["InputKind", "Skipped", "input_kind", "iter_documents", "list_inputs"]

log = logging.getLogger(__name__)

STDIN = "-"
# Upper bound for one JSONL line or CSV field read into memory; larger ones become rejects.
_DEFAULT_MAX_LINE = 64_000_000


class InputKind(enum.Enum):
    """How an input file is read, chosen by its name."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    CSV = "csv"
    WARC = "warc"


_SUFFIXES: tuple[tuple[str, InputKind], ...] = (
    (".warc.gz", InputKind.WARC),
    (".arc.gz", InputKind.WARC),
    (".warc", InputKind.WARC),
    (".arc", InputKind.WARC),
    (".jsonl.gz", InputKind.JSONL),
    (".ndjson.gz", InputKind.JSONL),
    (".jsonl", InputKind.JSONL),
    (".ndjson", InputKind.JSONL),
    (".csv.gz", InputKind.CSV),
    (".csv", InputKind.CSV),
    (".html", InputKind.HTML),
    (".htm", InputKind.HTML),
    (".txt", InputKind.TEXT),
)


def input_kind(path: str | os.PathLike[str]) -> InputKind | None:
    """Return how a file is read, by its name, or None for a name we do not read."""
    name = os.fspath(path).lower()
    for suffix, kind in _SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


def list_inputs(inputs: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[str]]:
    """Expand inputs to files in a stable order; return (files to read, files skipped by name).

    Directories are walked recursively in sorted order; ``-`` stands for stdin. A path that
    does not exist raises FileNotFoundError: that is a usage error, not a bad document.
    """
    files: list[str] = []
    ignored: list[str] = []
    for item in inputs:
        path = os.fspath(item)
        if path == STDIN:
            files.append(STDIN)
        elif os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    full = os.path.join(root, name)
                    if name.startswith("."):
                        continue
                    (files if input_kind(full) else ignored).append(full)
        elif os.path.exists(path):
            if input_kind(path) is None:
                raise ValueError(
                    f"{path}: unknown input type; name it .txt, .html, .htm, .jsonl, .ndjson, .csv, "
                    ".warc, .warc.gz, .arc or .arc.gz"
                )
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or directory")
    return files, ignored


Item = RawDocument | Reject | Skipped


def iter_documents(
    path: str | os.PathLike[str], *, max_document_bytes: int = _DEFAULT_MAX_LINE, keep_raw: bool = False
) -> Iterator[Item]:
    """Yield every document of one input (a path or ``-``) as a raw document, reject or skip.

    Never raises for bad content: an unreadable file is one reject.
    """
    path = os.fspath(path)
    if path == STDIN:
        yield from _iter_jsonl(sys.stdin.buffer, "<stdin>", max_document_bytes)
        return
    kind = input_kind(path)
    try:
        if kind is InputKind.WARC:
            yield from iter_warc(path, keep_raw=keep_raw)
        elif kind is InputKind.JSONL:
            with _open_binary(path) as fh:
                yield from _iter_jsonl(fh, path, max_document_bytes)
        elif kind is InputKind.CSV:
            with _open_binary(path) as fh:
                yield from _iter_csv(fh, path, max_document_bytes, _csv_encoding(fh, path))
        else:
            yield _read_whole(path, DocumentKind.HTML if kind is InputKind.HTML else DocumentKind.TEXT,
                              max_document_bytes)
    except OSError as exc:
        yield Reject(input_id=path, reason=RejectReason.UNREADABLE, detail=f"cannot read: {exc}",
                     location=Location(file=path))


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_whole(path: str, kind: DocumentKind, max_bytes: int) -> RawDocument | Reject:
    location = Location(file=path)
    size = os.path.getsize(path)
    if size > max_bytes:
        return Reject(input_id=path, reason=RejectReason.TOO_LARGE, location=location,
                      detail=f"file has {size:,} bytes, above the limit of {max_bytes:,} (--max-bytes)")
    with open(path, "rb") as fh:
        data = fh.read()
    return RawDocument(content=data, kind=kind, input_id=path, location=location)


def _skip_rest_of_line(fh: IO[bytes]) -> None:
    while True:
        chunk = fh.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _iter_jsonl(fh: IO[bytes], name: str, max_bytes: int) -> Iterator[Item]:
    line_no = 0
    offset = 0
    while True:
        location = Location(file=name, line=line_no + 1, offset=offset)
        try:
            line = fh.readline(max_bytes + 1)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            yield Reject(input_id=None, reason=RejectReason.TRUNCATED, location=location,
                         detail=f"compressed stream is broken after line {line_no}: {exc}")
            return
        if not line:
            return
        line_no += 1
        offset += len(line)
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(fh)
            yield Reject(input_id=None, reason=RejectReason.TOO_LARGE, location=location,
                         detail=f"line is longer than {max_bytes:,} bytes (--max-bytes)")
            continue
        if not line.strip():
            continue
        yield _row_document(line, location)


def _row_document(line: bytes, location: Location) -> RawDocument | Reject:
    try:
        try:
            row = json.loads(line)
        except UnicodeDecodeError:
            # JSON is UTF-8, but some scrapers write their legacy charset: read the line as a page is.
            row = json.loads(decode(line).text)
    except (json.JSONDecodeError, UnicodeDecodeError, DecodeError) as exc:
        return Reject(input_id=None, reason=RejectReason.MALFORMED, location=location,
                      detail=f"line is not valid JSON: {exc}")
    if not isinstance(row, dict):
        return Reject(input_id=None, reason=RejectReason.MALFORMED, location=location,
                      detail=f"line holds a JSON {type(row).__name__}, not an object")
    return _from_row(row, location)


def _from_row(row: dict[str, Any], location: Location) -> RawDocument | Reject:
    try:
        doc = document_from_row(row, location=location)
    except DocumentError as exc:
        input_id = row.get("id")
        return Reject(input_id=None if input_id is None else str(input_id), reason=exc.reason,
                      detail=exc.detail, location=location)
    if doc.input_id is None:
        doc = attrs.evolve(doc, input_id=f"{location.file}:{location.line}")
    return doc


# A CSV file's charset is read off its start: spreadsheets save "CSV UTF-8" with a BOM,
# "Unicode text" as UTF-16 with one, and plain "CSV" in the machine's legacy charset.
_SNIFF_BYTES = 1 << 16
_CSV_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_MAX_CHAR = 4


def _csv_encoding(fh: IO[bytes], path: str) -> str:
    """Return the codec to read a CSV file with: its BOM's; UTF-8 when its start is UTF-8; else
    what ``cleanarchive.decode`` makes of its first 64 kB (windows-1252, a detector's guess).

    ``fh`` is left at its start again.
    """
    try:
        sample = fh.read(_SNIFF_BYTES)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        sample = b""  # reading the rows reports it
    fh.seek(0)
    if not sample:
        return "utf-8"
    for bom, codec in _CSV_BOMS:
        if sample.startswith(bom):
            return codec
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as err:
        if len(sample) == _SNIFF_BYTES and err.start > len(sample) - _UTF8_MAX_CHAR:
            return "utf-8"  # the sample ends inside a character
    try:
        encoding = decode(sample).encoding
    except DecodeError:
        return "utf-8"  # binary: its rows are rejected one by one
    if encoding != "utf-8":
        log.info("%s: not UTF-8, read as %s", path, encoding)
    return encoding


def _iter_csv(fh: IO[bytes], name: str, max_bytes: int, encoding: str = "utf-8") -> Iterator[Item]:
    # Scraped CSVs carry multi-megabyte, multi-line fields; the size cap applies per document.
    csv.field_size_limit(max(max_bytes, 1 << 20))
    text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
    reader = csv.DictReader(text)
    while True:
        line = reader.line_num + 1
        location = Location(file=name, line=line)
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                yield Reject(input_id=None, reason=RejectReason.TOO_LARGE, location=location,
                             detail=f"CSV field above the limit of {max_bytes:,} bytes (--max-bytes)")
                continue
            yield Reject(input_id=None, reason=RejectReason.MALFORMED, location=location,
                         detail=f"CSV row cannot be parsed: {exc}")
            return
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            yield Reject(input_id=None, reason=RejectReason.TRUNCATED, location=location,
                         detail=f"compressed stream is broken: {exc}")
            return
        clean = {k: v for k, v in row.items() if isinstance(k, str)}
        yield _from_row(clean, location)
