"""Tests for cleanarchive.shard."""

from __future__ import annotations

import json
from pathlib import Path

from cleanarchive.options import CleanOptions
from cleanarchive.shard import DONE_MARKER, clean_shard, shard_name

BODY = "The council met on Tuesday to discuss the new budget for the coming year."


def _shard(tmp_path: Path) -> Path:
    path = tmp_path / "part-0001.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": f"{i}. {BODY}"}) for i in range(5)) + "\n")
    return path


def test_clean_shard_writes_outputs_and_marker(tmp_path: Path) -> None:
    """A shard is cleaned into its own folder with a done marker."""
    report = clean_shard(_shard(tmp_path), tmp_path / "out", CleanOptions(detect_language=False))
    folder = tmp_path / "out" / shard_name(tmp_path / "part-0001.jsonl")
    assert (5, 5, 0, False) == (report.documents_in, report.records, report.rejects, report.skipped)
    assert (folder / DONE_MARKER).exists()
    assert 5 == len((folder / "records.jsonl").read_text().splitlines())


def test_second_call_skips_and_other_options_redo(tmp_path: Path) -> None:
    """A finished shard is skipped with the same options and redone with others."""
    shard = _shard(tmp_path)
    clean_shard(shard, tmp_path / "out", CleanOptions(detect_language=False))
    again = clean_shard(shard, tmp_path / "out", CleanOptions(detect_language=False))
    other = clean_shard(shard, tmp_path / "out", CleanOptions())
    assert (True, 5) == (again.skipped, again.records)
    assert (False, 5) == (other.skipped, other.records)


def test_shard_names_are_stable_and_safe() -> None:
    """Shard folder names are deterministic and contain no path separators."""
    assert shard_name("/a/b/c d.warc.gz") == shard_name("/a/b/c d.warc.gz")
    assert "/" not in shard_name("/a/b/c d.warc.gz")
    assert shard_name("/a/x.jsonl") != shard_name("/b/x.jsonl")
