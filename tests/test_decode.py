"""Tests of cleanarchive.decode: charset precedence, fallbacks and binary rejection."""

from __future__ import annotations

import codecs
import random

import pytest

from cleanarchive.decode import Decoded, EncodingSource, charset_from_content_type, decode
from cleanarchive.errors import DecodeError
from cleanarchive.records import RejectReason

FRENCH = "Le café de la place a rouvert après une longue fermeture ; les habitués sont revenus."


def test_header_charset_wins() -> None:
    """A charset in the Content-Type header that decodes the bytes is used and recorded."""
    data = FRENCH.encode("iso-8859-15")
    expected = Decoded(text=FRENCH, encoding="iso-8859-15", source=EncodingSource.HTTP_HEADER)
    assert expected == decode(data, content_type="text/html; charset=ISO-8859-15")


def test_latin1_label_means_windows_1252() -> None:
    """The ISO-8859-1 label decodes as windows-1252, as browsers do (curly quotes survive)."""
    text = "\u201cQuoted\u201d \u2013 caf\u00e9"
    actual = decode(text.encode("cp1252"), content_type='text/plain; charset="iso-8859-1"')
    assert (text, "windows-1252", EncodingSource.HTTP_HEADER) == (actual.text, actual.encoding, actual.source)


def test_wrong_header_utf8_falls_back() -> None:
    """A header claiming UTF-8 over cp1252 bytes does not crash and does not win."""
    actual = decode(FRENCH.encode("cp1252"), content_type="text/html; charset=utf-8")
    assert (FRENCH, False) == (actual.text, actual.source is EncodingSource.HTTP_HEADER)


def test_header_latin1_over_utf8_bytes() -> None:
    """A single-byte header over valid multi-byte UTF-8 is overruled by the UTF-8 reading."""
    actual = decode(FRENCH.encode("utf-8"), content_type="text/html; charset=iso-8859-1")
    assert (FRENCH, "utf-8") == (actual.text, actual.encoding)


def test_bom_beats_meta() -> None:
    """A UTF-16 BOM wins over a meta tag and is stripped from the text."""
    html = '<meta charset="windows-1252"><p>Grüße</p>'
    data = codecs.BOM_UTF16_LE + html.encode("utf-16-le")
    expected = Decoded(text=html, encoding="utf-16le", source=EncodingSource.BOM)
    assert expected == decode(data, html=True)


def test_meta_charset_used_for_html() -> None:
    """``<meta charset>`` in the first bytes chooses the charset of an HTML page."""
    html = '<html><head><meta charset="windows-1251"></head><body>Привет, мир</body></html>'
    actual = decode(html.encode("cp1251"), html=True)
    assert (html, "windows-1251", EncodingSource.META) == (actual.text, actual.encoding, actual.source)


def test_http_equiv_charset() -> None:
    """The http-equiv Content-Type form of the meta declaration is read too."""
    html = '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis"><p>日本語の文章</p>'
    actual = decode(html.encode("shift_jis"), html=True)
    assert (html, EncodingSource.META) == (actual.text, actual.source)


def test_meta_ignored_for_text() -> None:
    """A text dump is not searched for meta tags."""
    text = '<meta charset="windows-1251"> plain ascii'
    assert EncodingSource.DEFAULT == decode(text.encode(), html=False).source


def test_utf8_default() -> None:
    """Bytes that decode strictly as UTF-8 are UTF-8 by default."""
    assert Decoded(text="naïve", encoding="utf-8", source=EncodingSource.DEFAULT) == decode("naïve".encode())


def test_mostly_utf8_with_broken_byte() -> None:
    """UTF-8 text with one broken byte stays UTF-8 with a replacement character."""
    actual = decode("日本語のテキストです。".encode() + b"\xff")
    assert ("日本語のテキストです。\ufffd", "utf-8") == (actual.text, actual.encoding)


def test_detector_for_undeclared_legacy_bytes() -> None:
    """Undeclared non-UTF-8 bytes go to the detector."""
    text = "Привет, мир! Это длинный русский текст для проверки определения кодировки. " * 5
    actual = decode(text.encode("cp1251"))
    assert (text, EncodingSource.DETECTOR) == (actual.text, actual.source)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n....", b"\xff\xd8\xff\xe0JFIF", b"GIF89a....", b"PK\x03\x04..",
     b"\x1f\x8b\x08\x00....", b"a\x00b\x00c\x00" * 20, bytes(range(1, 9)) * 50,
     random.Random(0).randbytes(5000)],  # no magic number: junk, or compressed data
)
def test_binary_rejected(data: bytes) -> None:
    """Known binary formats and NUL/control-heavy bytes are rejected as BINARY."""
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert RejectReason.BINARY == info.value.reason


def test_unknown_header_charset_ignored() -> None:
    """An unknown charset label in the header is ignored, not an error."""
    assert EncodingSource.DEFAULT == decode(b"hello", content_type="text/html; charset=x-no-such").source


def test_charset_from_content_type() -> None:
    """The charset parameter is read from a Content-Type value, quoted or not."""
    values = ["text/html; charset=UTF-8", "text/html;charset='koi8-r'", "text/html", None]
    assert ["UTF-8", "koi8-r", None, None] == [charset_from_content_type(v) for v in values]


def test_a_few_stray_control_bytes_do_not_make_text_binary() -> None:
    """A legacy-charset text with a stray control byte or two (a pasted \\x01, a DOS \\x1a) decodes."""
    text = "Le pont a été fermé lundi matin, a déclaré le maire de la ville. " * 3
    data = text.encode("cp1252") + b"\x01\x1a"
    assert decode(data).text.startswith("Le pont a été fermé")
