"""Write clean records as Parquet (``pip install 'cleanarchive[parquet]'``)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["records_to_parquet", "schema"]


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("Parquet output needs the 'parquet' extra: pip install 'cleanarchive[parquet]'") from exc
    return pyarrow


def schema() -> Any:
    """Return the Arrow schema of a clean record (one stable schema for every file)."""
    pa = _pyarrow()
    removal = pa.struct([("rule", pa.string()), ("category", pa.string()), ("text", pa.string()),
                         ("start", pa.int64()), ("end", pa.int64())])
    warc = pa.struct([("file", pa.string()), ("offset", pa.int64()), ("length", pa.int64()),
                      ("record_id", pa.string())])
    return pa.schema([
        ("id", pa.string()), ("input_id", pa.string()), ("url", pa.string()), ("domain", pa.string()),
        ("source", pa.string()), ("title", pa.string()), ("authors", pa.list_(pa.string())),
        ("date", pa.string()), ("date_precision", pa.string()), ("date_source", pa.string()),
        ("date_modified", pa.string()), ("language", pa.string()), ("language_score", pa.float64()),
        ("text", pa.string()), ("removed", pa.list_(removal)), ("kind", pa.string()),
        ("encoding", pa.string()), ("capture_date", pa.string()), ("warc", warc),
    ])


def _batches(lines: Iterable[bytes], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for line in lines:
        if line.strip():
            batch.append(json.loads(line))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def records_to_parquet(
    records_jsonl: str | os.PathLike[str], out: str | os.PathLike[str], *, batch_size: int = 2000
) -> int:
    """Convert a records.jsonl file to Parquet in bounded memory; return the number of rows."""
    pa = _pyarrow()
    arrow_schema = schema()
    names = arrow_schema.names
    rows = 0
    tmp = os.fspath(out) + ".tmp"
    with open(records_jsonl, "rb") as fh, pa.parquet.ParquetWriter(tmp, arrow_schema) as writer:
        for batch in _batches(fh, batch_size):
            columns = {name: [row.get(name) for row in batch] for name in names}
            writer.write_table(pa.Table.from_pydict(columns, schema=arrow_schema))
            rows += len(batch)
    os.replace(tmp, out)
    return rows
