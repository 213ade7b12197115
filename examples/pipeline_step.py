"""Use cleanarchive as one step between a reader and a writer, lazily, with rejects as values."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cleanarchive
from cleanarchive.rows import RowCleaner

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def read_rows() -> Iterator[dict[str, Any]]:
    """Stand for the caller's reader: dict rows with a text column and an id."""
    for path in sorted(SEEDS.glob("*.txt")):
        yield {"id": path.stem, "text": path.read_text(encoding="utf-8")}
    yield {"id": "broken", "title": "a row without a body"}


def main() -> None:
    """Stream the rows through iter_clean and write JSONL to stdout; then map rows one by one."""
    for result in cleanarchive.iter_clean(read_rows()):
        if isinstance(result, cleanarchive.Reject):
            print(f"reject: {result.reason.value}: {result.detail}", file=sys.stderr)
            continue
        sys.stdout.write(json.dumps({"id": result.id, "title": result.title, "chars": len(result.text)}) + "\n")
    row_cleaner = RowCleaner()  # what datasets.Dataset.map or pandas apply would call
    cleaned = [row_cleaner(row) for row in read_rows()]
    print(f"{sum(r['reject_reason'] is None for r in cleaned)} rows cleaned by RowCleaner", file=sys.stderr)


if __name__ == "__main__":
    main()
