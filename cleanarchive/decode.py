"""Decode bytes to text: HTTP charset > BOM > ``<meta charset>`` > UTF-8 > detector.

Every result records which source won. A declared charset that does not decode the bytes is
passed over (servers often send ``charset=utf-8`` for cp1252 pages); trafilatura ignores
``<meta charset>`` on bytes input (its issue #231), we read it.
"""

from __future__ import annotations

import codecs
import enum
import logging
import re
from typing import Any

import attrs
import charset_normalizer

from cleanarchive.errors import DecodeError
from cleanarchive.records import RejectReason

__all__ = ["Decoded", "EncodingSource", "charset_from_content_type", "decode", "reject_binary_text"]

logger = logging.getLogger(__name__)


class EncodingSource(enum.Enum):
    """Which signal chose the charset."""

    HTTP_HEADER = "http-header"
    BOM = "bom"
    META = "meta"
    DETECTOR = "detector"
    DEFAULT = "default"


@attrs.frozen(kw_only=True)
class Decoded:
    """Text decoded from bytes, with the charset used and what chose it."""

    text: str
    encoding: str
    source: EncodingSource


# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x00asm", "WebAssembly"),
    (b"\x7fELF", "ELF"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (MS Office)"),
)

_SAMPLE = 65536
_META_WINDOW = 4096
# Bytes that never occur in text: C0 controls except tab, newline, form feed, carriage return, escape.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_MIN_CONTROLS = 8
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]{1,40})""", re.IGNORECASE)
_META_TAG = re.compile(rb"<meta\b[^<>]{0,512}>", re.IGNORECASE)
# Browsers decode these labels as windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252_ALIASES = frozenset({"latin-1", "latin1", "iso-8859-1", "iso8859-1", "ascii", "us-ascii", "l1"})
_MAX_REPLACEMENT_SHARE = 0.05
_C1_DELETE = dict.fromkeys(range(0x80, 0xA0))
_WIDE = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"})
# windows-1252 as browsers decode it: its five unassigned bytes map to the C1 controls.
_CP1252_TABLE = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)
)


def charset_from_content_type(content_type: str | bytes | None) -> str | None:
    """Return the charset parameter of a Content-Type value, or ``None``."""
    if not content_type:
        return None
    raw = content_type.encode("latin-1", "replace") if isinstance(content_type, str) else content_type
    match = _CHARSET_PARAM.search(raw[:1024])
    return match.group(1).decode("ascii") if match else None


def decode(data: bytes, *, content_type: str | None = None, html: bool = False) -> Decoded:
    """Decode ``data``; raise DecodeError for binary or undecodable bytes.

    ``content_type`` is the HTTP Content-Type header, ``html`` enables ``<meta charset>``.
    """
    _reject_binary_magic(data)
    bom = _bom(data)
    declared = _codec(charset_from_content_type(content_type))
    if not {bom, declared} & _WIDE:
        _reject_binary_bytes(data)
    if declared is not None and (bom is None or bom == declared):
        text = _strict(data, declared)
        if text is not None and not _single_byte_hides_utf8(declared, data):
            return _result(text, declared, EncodingSource.HTTP_HEADER)
        logger.debug("declared charset %s does not fit the bytes", declared)
    if bom is not None:
        text = _strict(data, bom)
        if text is not None:
            return _result(text, bom, EncodingSource.BOM)
    if html:
        meta = _codec(_meta_charset(data[:_META_WINDOW]))
        if meta is not None:
            text = _strict(data, meta)
            if text is not None and not _single_byte_hides_utf8(meta, data):
                return _result(text, meta, EncodingSource.META)
    text = _strict(data, "utf-8")
    if text is not None:
        return _result(text, "utf-8", EncodingSource.DEFAULT)
    lenient = data.decode("utf-8", errors="replace")
    if _mostly_utf8(lenient):
        # Valid UTF-8 with a few broken bytes (a truncated or spliced page): keep the UTF-8.
        return _result(lenient, "utf-8", EncodingSource.DEFAULT)
    detected = _detect(data)
    if detected is not None:
        return detected
    return _last_resort(data, declared)


def _last_resort(data: bytes, declared: str | None) -> Decoded:
    """Decode with a declared multi-byte charset leniently, else windows-1252; reject C1 soup."""
    if declared is not None and declared != "utf-8":
        text = data.decode(declared, errors="replace")
        if text.count("\ufffd") <= _MAX_REPLACEMENT_SHARE * max(len(text), 1):
            return _result(text, declared, EncodingSource.HTTP_HEADER)
    text = _cp1252(data)
    c1 = len(text) - len(text.translate(_C1_DELETE))
    if c1 > _MAX_REPLACEMENT_SHARE * max(len(text), 1):
        raise DecodeError("no charset decodes the bytes (tried the declared charsets, UTF-8, a detector"
                          " and windows-1252)", reason=RejectReason.UNDECODABLE)
    return _result(text, "cp1252", EncodingSource.DEFAULT)


def _result(text: str, codec: str, source: EncodingSource) -> Decoded:
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text=text, encoding=_label(codec), source=source)


def _codec(label: str | None) -> str | None:
    """Return the Python codec for a charset label, or ``None`` for an unknown one."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in {"utf-16", "utf-32"}:
        # A declaration readable as ASCII cannot be UTF-16/32 without a BOM (WHATWG: use UTF-8).
        return "utf-8"
    return name


def _label(codec: str) -> str:
    """Return the IANA-style name of a Python codec (``cp1252`` -> ``windows-1252``)."""
    name = codecs.lookup(codec).name
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-" + name[3:]
    return {"utf-16-le": "utf-16le", "utf-16-be": "utf-16be", "utf-32-le": "utf-32le",
            "utf-32-be": "utf-32be", "mac-roman": "macintosh"}.get(name, name)


def _strict(data: bytes, codec: str) -> str | None:
    """Return ``data`` decoded with ``codec``, or ``None`` when it does not decode."""
    if codec == "cp1252":
        return _cp1252(data)
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _cp1252(data: bytes) -> str:
    """Decode windows-1252 the way browsers do; it never fails."""
    return codecs.charmap_decode(data, "strict", _CP1252_TABLE)[0]


def _single_byte_hides_utf8(codec: str, data: bytes) -> bool:
    """Say whether a declared single-byte charset is wrong because the bytes are real UTF-8.

    Servers default to ISO-8859-1 for UTF-8 pages; non-ASCII bytes that form valid UTF-8
    multi-byte sequences are almost never legacy text.
    """
    if codec not in {"cp1252", "latin-1", "iso8859-15", "ascii"} or data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bom(data: bytes) -> str | None:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec
    return None


def _meta_charset(head: bytes) -> str | None:
    """Return the charset of the first ``<meta charset>`` or http-equiv Content-Type tag."""
    for match in _META_TAG.finditer(head):
        tag = match.group(0)
        found = _CHARSET_PARAM.search(tag)
        if found:
            return found.group(1).decode("ascii")
    return None


def _reject_binary_magic(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"bytes are a {kind} file, not text", reason=RejectReason.BINARY)


# The same C0 controls in text that arrived already decoded (JSONL/CSV cells, API strings).
_CONTROL_CHARS = tuple(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x20))))
_CONTROL_TEXT = re.compile(f"[{re.escape(''.join(_CONTROL_CHARS))}]")
_TEXT_SAMPLE = 4096


def reject_binary_text(text: str) -> None:
    """Raise DecodeError (BINARY) when ``text`` holds a NUL or many control characters."""
    sample = text[:_TEXT_SAMPLE]
    if not any(c in sample for c in _CONTROL_CHARS):  # one fast scan a character: the usual case
        return
    if "\x00" in sample or len(_CONTROL_TEXT.findall(sample)) > len(sample) * 0.05:
        raise DecodeError("text holds binary data (NUL or control characters)", reason=RejectReason.BINARY)


def _reject_binary_bytes(data: bytes) -> None:
    """Reject NUL-heavy or control-character-heavy bytes (UTF-16/32 with a BOM never get here)."""
    sample = data[:_SAMPLE]
    if not sample:
        return
    nuls = sample.count(0)
    if nuls and nuls * 100 > len(sample):
        raise DecodeError(f"bytes hold {nuls} NUL bytes in the first {len(sample)}: not text",
                          reason=RejectReason.BINARY)
    # Text in any 8-bit charset holds next to no C0 controls; random or compressed bytes hold one
    # in ten. A few strays (a pasted \x01, a \x1a at the end) are let through.
    controls = len(sample) - len(sample.translate(None, _CONTROL)) + nuls
    if controls >= _MIN_CONTROLS and controls * 50 > len(sample):
        raise DecodeError(f"bytes hold {controls} control characters in the first {len(sample)}: not text",
                          reason=RejectReason.BINARY)


def _mostly_utf8(text: str) -> bool:
    """Say whether a lenient UTF-8 decoding has real non-ASCII text and few broken bytes."""
    text = text[:_SAMPLE * 4]
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return non_ascii >= 8 * bad


def _detect(data: bytes) -> Decoded | None:
    matches = charset_normalizer.from_bytes(data[: 4 * _SAMPLE])
    best = matches.best()
    if best is None:
        return None
    codec = _codec(_prefer_cp1252(best, list(matches)))
    if codec is None or codec in _WIDE:
        # NUL-free bytes (checked above) are not UTF-16/32; the detector guesses them on short input.
        return None
    text = _strict(data, codec)
    if text is None:
        text = data.decode(codec, errors="replace")
        if text.count("\ufffd") > _MAX_REPLACEMENT_SHARE * max(len(text), 1):
            return None
    return _result(text, codec, EncodingSource.DETECTOR)


def _prefer_cp1252(best: Any, matches: list[Any]) -> str:
    """Break the detector's ties in favour of windows-1252, the web's most common legacy charset."""
    if "cp1252" in best.could_be_from_charset:
        return "cp1252"
    for match in matches:
        if (match.encoding == "cp1252" and match.percent_chaos <= best.percent_chaos
                and match.percent_coherence >= best.percent_coherence):
            return "cp1252"
    return str(best.encoding)
