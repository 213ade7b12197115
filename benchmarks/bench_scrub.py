"""Measure scrub throughput (documents per second, one core).

Usage::

    python benchmarks/bench_scrub.py                      # the seeds, repeated
    python benchmarks/bench_scrub.py path/to/rows.csv ... # CSV rows with a content (or text) column
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

from cleanarchive.scrub import default_rules, scrub

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def load(paths: list[Path]) -> list[tuple[str, str | None]]:
    """Return (text, title) pairs from CSV files, or the seeds when no path is given."""
    if not paths:
        return [(p.read_text(encoding="utf-8"), None) for p in sorted(SEEDS.glob("*.txt"))]
    csv.field_size_limit(sys.maxsize)
    docs: list[tuple[str, str | None]] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                docs.append((row.get("content") or row.get("text") or "", row.get("title") or None))
    return docs


def run(docs: list[tuple[str, str | None]], minimum: int, rounds: int) -> list[float]:
    """Return docs per CPU-second for each round; a round scrubs at least ``minimum`` documents.

    CPU time (not wall time) so that other processes on a shared machine skew less.
    """
    rules = default_rules()
    repeat = max(1, -(-minimum // len(docs)))
    rates = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(repeat):
            for text, title in docs:
                scrub(text, rules, title=title)
        rates.append(repeat * len(docs) / (time.process_time() - started))
    return rates


def main() -> None:
    """Print the throughput of scrub on the given documents."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="*", type=Path, help="CSV files with a content/text column")
    parser.add_argument("--min-docs", type=int, default=2000, help="documents per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    docs = load(args.csv)
    size = statistics.mean(len(t) for t, _ in docs)
    rates = run(docs, args.min_docs, args.rounds)
    best, median = max(rates), statistics.median(rates)
    print(f"{len(docs)} docs, mean {size:,.0f} chars; docs/s best {best:,.0f}, median {median:,.0f}")


if __name__ == "__main__":
    main()
