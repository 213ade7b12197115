"""Tests for cleanarchive.parquet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet")

from cleanarchive.cli import main  # noqa: E402

BODY = "The council met on Tuesday to discuss the new budget for the coming year."


def test_cli_writes_parquet_matching_the_jsonl(tmp_path: Path) -> None:
    """--parquet writes one row per JSONL record with the same text and metadata."""
    rows = [json.dumps({"id": f"r{i}", "text": f"{i}. {BODY}", "authors": "Jane Doe"}) for i in range(3)]
    (tmp_path / "in.jsonl").write_text("\n".join(rows) + "\n")
    out = tmp_path / "out"
    assert 0 == main(["clean", str(tmp_path / "in.jsonl"), "--out", str(out), "--parquet", "--jobs", "1"])
    table = pq.read_table(out / "records.parquet")
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    assert [r["text"] for r in records] == table.column("text").to_pylist()
    assert [r["authors"] for r in records] == table.column("authors").to_pylist()
    assert [r["id"] for r in records] == table.column("id").to_pylist()
