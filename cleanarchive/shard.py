"""Clean one input file into its own output folder, idempotently: the unit of distributed runs."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import Any

import attrs

from cleanarchive.batch import BatchSettings, run_batch
from cleanarchive.options import CleanOptions

__all__ = ["DONE_MARKER", "ShardReport", "clean_shard", "shard_name"]

DONE_MARKER = "_DONE.json"


@attrs.frozen(kw_only=True)
class ShardReport:
    """What became of one shard: small enough to send back from a remote worker."""

    input: str
    out_dir: str
    documents_in: int = 0
    records: int = 0
    rejects: int = 0
    skipped: bool = False  # True when a finished marker with the same options was found
    seconds: float = 0.0
    error: str | None = None  # set by the distributed runner when the shard failed

    @property
    def ok(self) -> bool:
        """Return True when the shard finished."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return attrs.asdict(self)


def shard_name(path: str | os.PathLike[str]) -> str:
    """Return the output folder name of an input: readable stem plus a hash of the path as given."""
    text = os.fspath(path)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", os.path.basename(text.rstrip("/")))[:80] or "input"
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{stem}-{digest}"


def clean_shard(
    input: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    options: CleanOptions | None = None,
    *,
    warc: bool = False,
) -> ShardReport:
    """Clean one input file into ``out_dir/<shard_name(input)>/``; skip it when already done.

    Outputs are written as in :func:`cleanarchive.run_batch` (atomic, summary last), then a
    done marker with the options fingerprint. A second call with the same options returns at
    once with ``skipped=True``; other options redo the shard.
    """
    options = options if options is not None else CleanOptions()
    target = Path(out_dir) / shard_name(input)
    marker = target / DONE_MARKER
    fingerprint = {"options": options.fingerprint(), "warc": warc}
    if marker.exists():
        done = json.loads(marker.read_text())
        if done.get("fingerprint") == fingerprint:
            return ShardReport(
                input=os.fspath(input), out_dir=str(target), documents_in=done["documents_in"],
                records=done["records"], rejects=done["rejects"], skipped=True,
            )
        marker.unlink()
    started = time.monotonic()
    summary = run_batch(
        [input], target, options, BatchSettings(jobs=1, warc=warc, overwrite=True)
    )
    report = ShardReport(
        input=os.fspath(input), out_dir=str(target), documents_in=summary.documents_in,
        records=summary.records, rejects=summary.rejected, seconds=round(time.monotonic() - started, 3),
    )
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text(json.dumps({"fingerprint": fingerprint, **report.to_dict()}, indent=2))
    os.replace(tmp, marker)
    return report
