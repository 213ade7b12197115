"""Tests for cleanarchive.batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanarchive.batch import AlreadyFinished, BatchSettings, OutputExists, RunSummary, run_batch, stream_batch
from cleanarchive.options import CleanOptions

BODY = (
    "The council met on Tuesday to discuss the new budget for the coming year.\n"
    "Members argued for hours about spending on roads, schools and the harbour.\n"
    "A final vote is expected next month after a round of public hearings.\n"
)


def make_corpus(root: Path, n: int = 40) -> Path:
    """Write a small mixed corpus: dumps, a JSONL file with a bad line, an empty file."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"doc{i:03d}.txt").write_text(f"Story number {i}\n\n{BODY}Share this:\nFacebook\nTwitter\n")
    rows = [json.dumps({"id": f"r{i}", "text": f"Row {i}. {BODY}"}) for i in range(n)]
    rows.insert(3, "{broken")
    (root / "rows.jsonl").write_text("\n".join(rows) + "\n")
    (root / "empty.txt").write_text("   \n")
    return root


def read_out(out: Path) -> tuple[bytes, bytes]:
    """Return the bytes of records.jsonl and rejects.jsonl."""
    return (out / "records.jsonl").read_bytes(), (out / "rejects.jsonl").read_bytes()


OPTIONS = CleanOptions(detect_language=False)


def test_run_writes_records_rejects_and_summary(tmp_path: Path) -> None:
    """A run writes one line per record and per reject, and a summary that adds up."""
    corpus = make_corpus(tmp_path / "in", n=5)
    summary = run_batch([corpus], tmp_path / "out", OPTIONS, BatchSettings(jobs=1))
    records, rejects = read_out(tmp_path / "out")
    data = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert (10, 2) == (len(records.splitlines()), len(rejects.splitlines()))
    assert (12, 10, 2) == (data["documents_in"], data["records"], data["rejects"])
    assert {"empty": 1, "malformed": 1} == data["rejects_by_reason"]
    assert summary.documents_in == summary.records + summary.rejected
    assert not (tmp_path / "out" / ".cleanarchive-state.json").exists()


def test_output_is_identical_for_any_number_of_jobs(tmp_path: Path) -> None:
    """Two worker processes give the same bytes as one."""
    corpus = make_corpus(tmp_path / "in")
    run_batch([corpus], tmp_path / "one", OPTIONS, BatchSettings(jobs=1))
    run_batch([corpus], tmp_path / "two", OPTIONS, BatchSettings(jobs=2, chunk_size=3))
    assert read_out(tmp_path / "one") == read_out(tmp_path / "two")


def test_records_encoded_in_the_workers_read_as_the_records_themselves(tmp_path: Path) -> None:
    """Without WARC output workers send JSON lines; with it whole records: same texts and counts."""
    corpus = make_corpus(tmp_path / "in", n=6)
    plain = run_batch([corpus], tmp_path / "plain", OPTIONS, BatchSettings(jobs=2, chunk_size=2))
    archived = run_batch([corpus], tmp_path / "warc", OPTIONS, BatchSettings(jobs=2, chunk_size=2, warc=True))
    assert plain.removals == archived.removals and plain.removals
    assert (plain.records, plain.rejects) == (archived.records, archived.rejects)

    def texts(out: Path) -> list[tuple[str, str]]:
        rows = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
        return [(row["id"], row["text"]) for row in rows]

    assert texts(tmp_path / "plain") == texts(tmp_path / "warc")


def test_existing_output_needs_overwrite(tmp_path: Path) -> None:
    """A folder holding a finished run is not silently replaced."""
    corpus = make_corpus(tmp_path / "in", n=2)
    run_batch([corpus], tmp_path / "out", OPTIONS, BatchSettings(jobs=1))
    with pytest.raises(OutputExists):
        run_batch([corpus], tmp_path / "out", OPTIONS, BatchSettings(jobs=1))
    with pytest.raises(AlreadyFinished):
        run_batch([corpus], tmp_path / "out", OPTIONS, BatchSettings(jobs=1, resume=True))
    run_batch([corpus], tmp_path / "out", OPTIONS, BatchSettings(jobs=1, overwrite=True))


class Interrupt(Exception):
    """Stands for a kill in the middle of a run."""


def test_resume_after_interruption_gives_the_uninterrupted_output(tmp_path: Path) -> None:
    """A run stopped midway and resumed ends with exactly the output of a clean run."""
    corpus = make_corpus(tmp_path / "in")
    run_batch([corpus], tmp_path / "clean", OPTIONS, BatchSettings(jobs=1))
    calls = 0

    def stop_midway(summary: RunSummary) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise Interrupt

    settings = BatchSettings(jobs=1, chunk_size=4, checkpoint_seconds=0.0)
    with pytest.raises(Interrupt):
        run_batch([corpus], tmp_path / "cut", OPTIONS, settings, progress=stop_midway)
    assert not (tmp_path / "cut" / "records.jsonl").exists()
    assert not (tmp_path / "cut" / "summary.json").exists()
    with pytest.raises(OutputExists):
        run_batch([corpus], tmp_path / "cut", OPTIONS, settings)
    summary = run_batch([corpus], tmp_path / "cut", OPTIONS, BatchSettings(jobs=2, resume=True))
    assert read_out(tmp_path / "clean") == read_out(tmp_path / "cut")
    assert 82 == summary.documents_in


def test_resume_refuses_other_options(tmp_path: Path) -> None:
    """Resuming with different options would mix outputs, so it is refused."""
    corpus = make_corpus(tmp_path / "in", n=3)

    def stop(summary: RunSummary) -> None:
        raise Interrupt

    with pytest.raises(Interrupt):
        run_batch([corpus], tmp_path / "o", OPTIONS, BatchSettings(jobs=1, chunk_size=1), progress=stop)
    with pytest.raises(OutputExists):
        run_batch([corpus], tmp_path / "o", CleanOptions(), BatchSettings(jobs=1, resume=True))


def test_stream_batch_writes_records_to_a_stream(tmp_path: Path) -> None:
    """Streaming mode writes only records, in input order."""
    corpus = make_corpus(tmp_path / "in", n=3)
    out = tmp_path / "stream.jsonl"
    with open(out, "wb") as fh:
        summary = stream_batch([corpus], fh, OPTIONS, BatchSettings(jobs=1))
    lines = out.read_bytes().splitlines()
    assert (6, 6) == (len(lines), summary.records)
