"""Benchmark the text-dump pipeline and the batch runner.

    python benchmarks/bench_pipeline.py dumps [--seconds 10]
        documents/s and MB/s on one core for seed-sized dumps, language detection on and off
    python benchmarks/bench_pipeline.py jobs [--docs 4000]
        wall time of a batch run with --jobs 1 and --jobs 2 on the same inputs (speed-up)
    python benchmarks/bench_pipeline.py memory --gigabytes 1
        peak RSS while a JSONL input of that size streams through a batch run
    python benchmarks/bench_pipeline.py csv PATH.csv
        documents/s over a real CSV dump (e.g. the development corpus' FakeNewsCorpus rows)

Not a test: numbers depend on the machine. Run it from the repository root.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cleanarchive
from cleanarchive.batch import BatchSettings, run_batch

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def bench_dumps(seconds: float) -> None:
    """Print documents/s and MB/s of Cleaner.clean_text on the seeds, language on and off."""
    texts = _seed_texts()
    for language in (True, False):
        cleaner = cleanarchive.Cleaner(cleanarchive.CleanOptions(detect_language=language))
        for text in texts:  # warm up (language profiles, regex compilation)
            cleaner.clean_text(text)
        done = size = 0
        started = time.perf_counter()
        while time.perf_counter() - started < seconds:
            for i, text in enumerate(texts):
                # Vary the text a little so no cache can help.
                cleaner.clean_text(text + f"\n{done} {i}.")
                size += len(text)
                done += 1
        elapsed = time.perf_counter() - started
        print(f"language={'on ' if language else 'off'}  {done / elapsed:8.0f} docs/s  "
              f"{size / elapsed / 1e6:6.2f} MB/s  ({done} docs, {elapsed:.1f} s, one core)")
        print(f"  stage seconds: {cleaner.times.to_dict()}")


def _write_jsonl(path: Path, docs: int) -> None:
    texts = _seed_texts()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(docs):
            fh.write(json.dumps({"id": f"d{i}", "text": texts[i % len(texts)] + f"\nEnd note {i}."}) + "\n")


def bench_jobs(docs: int) -> None:
    """Print the wall time of one batch run with 1 and with 2 worker processes."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "in.jsonl"
        _write_jsonl(data, docs)
        times = {}
        for jobs in (1, 2):
            started = time.perf_counter()
            run_batch([data], Path(tmp) / f"out{jobs}", cleanarchive.CleanOptions(),
                      BatchSettings(jobs=jobs))
            times[jobs] = time.perf_counter() - started
            print(f"jobs={jobs}: {times[jobs]:.2f} s  {docs / times[jobs]:.0f} docs/s")
        same = (Path(tmp) / "out1" / "records.jsonl").read_bytes() == (
            Path(tmp) / "out2" / "records.jsonl").read_bytes()
        print(f"speed-up {times[1] / times[2]:.2f}x; identical output: {same}")


def bench_memory(gigabytes: float) -> None:
    """Stream a JSONL file of the given size through a batch run in a child; print its peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "big.jsonl"
        texts = _seed_texts()
        target = int(gigabytes * 1e9)
        written = i = 0
        with open(data, "w", encoding="utf-8") as fh:
            while written < target:
                line = json.dumps({"id": f"d{i}", "text": texts[i % len(texts)]}) + "\n"
                fh.write(line)
                written += len(line)
                i += 1
        print(f"input: {written / 1e9:.2f} GB, {i:,} documents")
        started = time.perf_counter()
        child = subprocess.run(
            [sys.executable, "-m", "cleanarchive", "clean", str(data), "--out", str(Path(tmp) / "out"),
             "--no-language", "--quiet"], check=True,
        )
        del child
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(f"elapsed {time.perf_counter() - started:.0f} s; peak RSS of the largest child process: "
              f"{usage.ru_maxrss / 1024:.0f} MB")


def bench_csv(path: str) -> None:
    """Print documents/s of a one-process batch run over a CSV dump."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = run_batch([path], Path(tmp) / "out", cleanarchive.CleanOptions(), BatchSettings(jobs=1))
        elapsed = time.perf_counter() - started
        print(f"{summary.documents_in} docs in {elapsed:.1f} s: {summary.documents_in / elapsed:.0f} docs/s; "
              f"removals {summary.removals}")


def main() -> None:
    """Parse arguments and run one benchmark."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["dumps", "jobs", "memory", "csv"])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--gigabytes", type=float, default=1.0)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.what == "dumps":
        bench_dumps(args.seconds)
    elif args.what == "jobs":
        bench_jobs(args.docs)
    elif args.what == "memory":
        bench_memory(args.gigabytes)
    else:
        bench_csv(args.path)


if __name__ == "__main__":
    main()
