"""Clean one input file as a shard, twice: the second call finds it done and skips it."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from cleanarchive.shard import clean_shard

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    """Pack the seeds into one JSONL shard, clean it with WARC output, and clean it again."""
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="cleanarchive-"))
    shard = work / "seeds.jsonl"
    with open(shard, "w", encoding="utf-8") as fh:
        for path in sorted(SEEDS.glob("*.txt")):
            fh.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
    first = clean_shard(shard, work / "out", warc=True)
    second = clean_shard(shard, work / "out", warc=True)
    print(json.dumps(first.to_dict()))
    print(f"second call skipped: {second.skipped}")


if __name__ == "__main__":
    main()
