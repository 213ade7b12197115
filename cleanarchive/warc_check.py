"""Check WARC files written by cleanarchive against the contract of DESIGN.md.

Records are either ours (``warcinfo``, ``conversion``, ``metadata`` and the ``resource``
originals that point at one of our warcinfo records) or originals copied verbatim from
another archive; copied originals are only checked for a correct block digest (as info:
their flaws are their source's) and for being referred to by a conversion record.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import os
import re
from collections.abc import Iterator

import attrs

from cleanarchive.records import Reject
from cleanarchive.warc_read import ArchiveRecord, iter_records

__all__ = ["Problem", "Severity", "check_warc"]

_MAX_CHECKED_BLOCK = 256_000_000
_WARC_DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z")
_TARGET_REQUIRED = frozenset({"response", "resource", "request", "revisit", "conversion", "continuation"})


class Severity(enum.Enum):
    """How bad a problem is: an error breaks the contract, info is worth knowing."""

    ERROR = "error"
    INFO = "info"


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong (or worth knowing) about a record of a WARC file."""

    file: str
    offset: int | None
    message: str
    severity: Severity = Severity.ERROR


def check_warc(path: str | os.PathLike[str], *, include_info: bool = False) -> tuple[Problem, ...]:
    """Return the problems of one WARC file we wrote; errors only unless ``include_info``."""
    problems = tuple(_Checker(os.fspath(path)).run())
    return tuple(p for p in problems if include_info or p.severity is Severity.ERROR)


class _Checker:
    """One pass over a file, collecting ids and references, then resolving them."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.types: dict[str, str] = {}  # record id -> WARC-Type
        self.warcinfos: set[str] = set()
        self.conversion_refs: list[tuple[int, str]] = []
        self.metadata_refs: list[tuple[int, str]] = []
        self.originals: list[tuple[int, str]] = []

    def run(self) -> Iterator[Problem]:
        """Yield every problem of the file."""
        seen = 0
        framing_reported = False
        for rec in iter_records(self.name, max_record_bytes=_MAX_CHECKED_BLOCK):
            if isinstance(rec, Reject):
                yield self._problem(rec.location.offset, rec.detail)
                continue
            if seen == 0 and rec.type != "warcinfo":
                yield self._problem(rec.offset, f"the first record is {rec.type!r}, not 'warcinfo'")
            seen += 1
            if not framing_reported and (not rec.gzipped or rec.length is None):
                framing_reported = True
                yield self._problem(rec.offset, "records are not one gzip member each "
                                    "(fix with `warcio recompress`)")
            yield from self._record(rec)
        if seen == 0:
            yield self._problem(None, "no records")
        yield from self._resolve()

    def _problem(self, offset: int | None, message: str, severity: Severity = Severity.ERROR) -> Problem:
        return Problem(file=self.name, offset=offset, message=message, severity=severity)

    def _record(self, rec: ArchiveRecord) -> Iterator[Problem]:
        record_id = rec.header("WARC-Record-ID")
        rtype = rec.type
        if not record_id:
            yield self._problem(rec.offset, f"{rtype} record has no WARC-Record-ID")
            return
        if record_id in self.types:
            yield self._problem(rec.offset, f"duplicate WARC-Record-ID {record_id}")
        self.types[record_id] = rtype
        info_id = rec.header("WARC-Warcinfo-ID")
        ours = rtype in ("warcinfo", "conversion", "metadata") or info_id in self.warcinfos
        if not ours:
            self.originals.append((rec.offset, record_id))
            for message in _digest_problems(rec, block_only=True):
                yield self._problem(rec.offset, f"copied original {record_id}: {message}", Severity.INFO)
            return
        if rtype == "warcinfo":
            self.warcinfos.add(record_id)
        elif not info_id:
            yield self._problem(rec.offset, f"{rtype} record {record_id} has no WARC-Warcinfo-ID")
        elif info_id not in self.warcinfos:
            yield self._problem(rec.offset, f"WARC-Warcinfo-ID {info_id} of {record_id} names no "
                                "earlier warcinfo record of this file")
        for message in self._contract(rec, rtype):
            yield self._problem(rec.offset, f"{rtype} record {record_id}: {message}")

    def _contract(self, rec: ArchiveRecord, rtype: str) -> Iterator[str]:
        """Yield what breaks the contract for one of our records."""
        if rec.version != "WARC/1.1":
            yield f"version is {rec.version!r}, not 'WARC/1.1'"
        date = rec.header("WARC-Date")
        if not date or not _WARC_DATE.fullmatch(date):
            yield f"missing or bad WARC-Date {date!r}"
        if rec.block_length and not rec.header("Content-Type"):
            yield "no Content-Type"
        if rtype in _TARGET_REQUIRED and not rec.header("WARC-Target-URI"):
            yield "no WARC-Target-URI"
        if not rec.header("WARC-Block-Digest"):
            yield "no WARC-Block-Digest"
        yield from _digest_problems(rec, block_only=rtype != "conversion")
        refers_to = rec.header("WARC-Refers-To")
        if rtype == "conversion":
            if rec.header("Content-Type") != "text/plain":
                yield f"Content-Type is {rec.header('Content-Type')!r}, not exactly 'text/plain'"
            if rec.header("WARC-Concurrent-To"):
                yield "has WARC-Concurrent-To (conversion records must use WARC-Refers-To)"
            if refers_to:
                self.conversion_refs.append((rec.offset, refers_to))
            else:
                yield "no WARC-Refers-To"
        elif rtype == "metadata":
            if rec.header("WARC-Payload-Digest"):
                yield "has a WARC-Payload-Digest (metadata records have no payload)"
            if refers_to:
                self.metadata_refs.append((rec.offset, refers_to))
            else:
                yield "no WARC-Refers-To"

    def _resolve(self) -> Iterator[Problem]:
        referred = set()
        for offset, target in self.conversion_refs:
            referred.add(target)
            if target not in self.types:
                yield self._problem(offset, f"conversion refers to {target}, a record of another archive",
                                    Severity.INFO)
        for offset, target in self.metadata_refs:
            if self.types.get(target) != "conversion":
                yield self._problem(offset, f"metadata refers to {target}, not a conversion record here")
        for offset, record_id in self.originals:
            if record_id not in referred:
                yield self._problem(offset, f"record {record_id} is neither ours (no WARC-Warcinfo-ID of "
                                    "this file) nor an original referred to by a conversion record")


def _digest_problems(rec: ArchiveRecord, *, block_only: bool) -> Iterator[str]:
    """Yield digest mismatches; a payload digest is checked only where payload == block."""
    if not rec.complete:
        yield f"digests not checked: block above {_MAX_CHECKED_BLOCK:,} bytes"
        return
    names = ("WARC-Block-Digest",) if block_only else ("WARC-Block-Digest", "WARC-Payload-Digest")
    for name in names:
        value = rec.header(name)
        if value is None:
            continue
        ok = _digest_matches(value, rec.block)
        if ok is None:
            yield f"{name} {value!r} uses an unknown algorithm or encoding"
        elif not ok:
            yield f"{name} {value!r} does not match the block"


def _digest_matches(value: str, data: bytes) -> bool | None:
    """Return whether a WARC digest (``algo:value``, base32/hex/base64) matches; None if unknown."""
    algo, _, encoded = value.partition(":")
    try:
        expected = hashlib.new(algo.strip().lower().replace("-", ""), data).digest()
    except ValueError:
        return None
    encoded = encoded.strip()
    for decode in (base64.b32decode, base64.b16decode, base64.b64decode):
        try:
            if decode(encoded.upper() if decode is not base64.b64decode else encoded) == expected:
                return True
        except (binascii.Error, ValueError):
            continue
    return False
