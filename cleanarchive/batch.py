"""Clean many inputs into an output folder: parallel, ordered, resumable, accounted."""

from __future__ import annotations

import collections
import json
import logging
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, NamedTuple

import attrs

from cleanarchive.options import CleanOptions
from cleanarchive.pipeline import Cleaner, StageTimes
from cleanarchive.read import Item, iter_documents, list_inputs
from cleanarchive.records import CleanRecord, RawDocument, Reject
from cleanarchive.warc_read import Skipped
from cleanarchive.warc_write import WarcCheckpoint, WarcWriter

__all__ = ["AlreadyFinished", "BatchSettings", "OutputExists", "RunSummary", "run_batch"]

log = logging.getLogger(__name__)

RECORDS = "records.jsonl"
REJECTS = "rejects.jsonl"
SUMMARY = "summary.json"
STATE = ".cleanarchive-state.json"
PART = ".part"
_STATE_VERSION = 1


class OutputExists(Exception):
    """The output folder holds a finished or interrupted run and no --overwrite/--resume was given."""


class AlreadyFinished(OutputExists):
    """--resume was asked for a run that had already finished."""


@attrs.frozen(kw_only=True)
class BatchSettings:
    """How a batch run is carried out (as opposed to CleanOptions, which decide what comes out)."""

    jobs: int = attrs.field(factory=lambda: os.cpu_count() or 1)
    warc: bool = False
    warc_max_file_size: int = 1_000_000_000
    warc_prefix: str = "cleanarchive"
    copy_originals: bool = False
    resume: bool = False
    overwrite: bool = False
    # Documents per task sent to a worker process, and checkpoint spacing in seconds.
    chunk_size: int = 16
    checkpoint_seconds: float = 5.0


@attrs.define
class RunSummary:
    """Counts and timings of one run (written as summary.json)."""

    documents_in: int = 0
    records: int = 0
    rejects: dict[str, int] = attrs.field(factory=dict)
    skipped: dict[str, int] = attrs.field(factory=dict)
    removals: dict[str, int] = attrs.field(factory=dict)
    stage_seconds: StageTimes = attrs.field(factory=StageTimes)
    elapsed_seconds: float = 0.0
    input_files: int = 0
    ignored_files: list[str] = attrs.field(factory=list)
    warc_files: list[str] = attrs.field(factory=list)
    items_done: int = 0

    @property
    def rejected(self) -> int:
        """Return the number of rejects."""
        return sum(self.rejects.values())

    def add(self, item: Result) -> None:
        """Count one result."""
        self.items_done += 1
        if isinstance(item, Skipped):
            _bump(self.skipped, item.record_type)
            return
        self.documents_in += 1
        if isinstance(item, Reject):
            _bump(self.rejects, item.reason.value)
            return
        self.records += 1
        categories = item.categories if isinstance(item, _Encoded) else (r.category.value for r in item.removed)
        for category in categories:
            _bump(self.removals, category)

    def check_accounting(self) -> None:
        """Raise RuntimeError unless every document ended as a record or a reject."""
        if self.documents_in != self.records + self.rejected:
            raise RuntimeError(
                f"accounting error: {self.documents_in} documents in, {self.records} records, "
                f"{self.rejected} rejects"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        rate = self.documents_in / self.elapsed_seconds if self.elapsed_seconds else None
        return {
            "documents_in": self.documents_in,
            "records": self.records,
            "rejects": self.rejected,
            "rejects_by_reason": dict(sorted(self.rejects.items())),
            "skipped_by_type": dict(sorted(self.skipped.items())),
            "removals_by_category": dict(sorted(self.removals.items())),
            "stage_seconds": self.stage_seconds.to_dict(),
            "elapsed_seconds": round(self.elapsed_seconds, 3),
            "documents_per_second": None if rate is None else round(rate, 1),
            "input_files": self.input_files,
            "ignored_files": self.ignored_files,
            "warc_files": self.warc_files,
        }

    @classmethod
    def from_state(cls, data: dict[str, Any]) -> RunSummary:
        """Rebuild the counters saved in a checkpoint."""
        return cls(
            documents_in=data["documents_in"],
            records=data["records"],
            rejects=dict(data["rejects"]),
            skipped=dict(data["skipped"]),
            removals=dict(data["removals"]),
            stage_seconds=StageTimes(**data["stage_seconds"]),
            elapsed_seconds=data["elapsed_seconds"],
            items_done=data["items_done"],
        )

    def to_state(self) -> dict[str, Any]:
        """Return the counters to save in a checkpoint."""
        return {
            "documents_in": self.documents_in,
            "records": self.records,
            "rejects": self.rejects,
            "skipped": self.skipped,
            "removals": self.removals,
            "stage_seconds": attrs.asdict(self.stage_seconds),
            "elapsed_seconds": self.elapsed_seconds,
            "items_done": self.items_done,
        }


def _bump(counter: dict[str, int], key: str) -> None:
    counter[key] = counter.get(key, 0) + 1


# --- worker side -------------------------------------------------------------------------------

class _Encoded(NamedTuple):
    """A record as a worker wrote it: its records.jsonl line and its removals' categories.

    Without WARC output the parent needs no more of a record than that; turning records into
    JSON in the workers keeps the parent (one process, reading and writing for all of them) from
    being the bottleneck, and a line pickles faster than the record it stands for.
    """

    line: bytes
    categories: tuple[str, ...]


_WORKER: Cleaner | None = None
_ENCODE = False


def _init_worker(options: CleanOptions, encode: bool) -> None:
    global _WORKER, _ENCODE
    _WORKER = Cleaner(options)
    _ENCODE = encode


def _encode(item: CleanRecord | Reject | Skipped) -> CleanRecord | Reject | Skipped | _Encoded:
    if _ENCODE and isinstance(item, CleanRecord):
        return _Encoded(_dumps(item.to_dict()), tuple(r.category.value for r in item.removed))
    return item


def _clean_chunk(items: Sequence[Item]) -> tuple[list[Result], StageTimes]:
    cleaner = _WORKER
    assert cleaner is not None, "worker not initialised"
    cleaner.times = StageTimes()
    out = [_encode(cleaner.clean(item)) if isinstance(item, RawDocument) else item for item in items]
    return out, cleaner.times


def _chunks(items: Iterator[Item], size: int, max_bytes: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    weight = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, RawDocument):
            weight += len(item.content)
        if len(chunk) >= size or weight >= max_bytes:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


Result = CleanRecord | Reject | Skipped | _Encoded
Results = Iterator[tuple[list[Item], list[Result], StageTimes]]


def _clean_serial(chunks: Iterable[list[Item]], options: CleanOptions, encode: bool) -> Results:
    _init_worker(options, encode)
    for chunk in chunks:
        results, times = _clean_chunk(chunk)
        yield chunk, results, times


def _clean_parallel(chunks: Iterable[list[Item]], options: CleanOptions, jobs: int, encode: bool) -> Results:
    # A bounded window of tasks keeps memory flat: Pool.imap would read the whole input ahead.
    context = multiprocessing.get_context("forkserver")
    window: collections.deque[tuple[list[Item], Future[Any]]] = collections.deque()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                             initargs=(options, encode)) as pool:
        for chunk in chunks:
            window.append((chunk, pool.submit(_clean_chunk, chunk)))
            if len(window) >= jobs * 3:
                done_chunk, future = window.popleft()
                yield (done_chunk, *future.result())
        while window:
            done_chunk, future = window.popleft()
            yield (done_chunk, *future.result())


# --- output side -------------------------------------------------------------------------------


def _dumps(obj: dict[str, Any]) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")


def _fsync_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class _Outputs:
    """The files of one run in an output folder, with checkpoints for --resume."""

    def __init__(self, out_dir: Path, options: CleanOptions, settings: BatchSettings,
                 files: list[str]) -> None:
        self.dir = out_dir
        self.options = options
        self.settings = settings
        self.files = files
        self.records_path = out_dir / (RECORDS + PART)
        self.rejects_path = out_dir / (REJECTS + PART)
        self.state_path = out_dir / STATE
        self.warc: WarcWriter | None = None
        self.records: IO[bytes]
        self.rejects: IO[bytes]

    def _identity(self) -> dict[str, Any]:
        return {
            "version": _STATE_VERSION,
            "options": self.options.fingerprint(),
            "inputs": self.files,
            "warc": self.settings.warc,
            "copy_originals": self.settings.copy_originals,
            "warc_max_file_size": self.settings.warc_max_file_size,
        }

    def open(self) -> RunSummary:
        """Open outputs fresh or at the last checkpoint; return the counters to go on from."""
        self.dir.mkdir(parents=True, exist_ok=True)
        finished = (self.dir / SUMMARY).exists()
        interrupted = self.state_path.exists() or self.records_path.exists()
        summary = RunSummary()
        if self.settings.resume and finished:
            self.state_path.unlink(missing_ok=True)
            raise AlreadyFinished(f"{self.dir} holds a finished run; nothing to resume")
        if self.settings.resume and self.state_path.exists():
            for name in (RECORDS, REJECTS):  # killed while finishing: put the parts back
                final, part = self.dir / name, self.dir / (name + PART)
                if final.exists() and not part.exists():
                    os.replace(final, part)
            state = json.loads(self.state_path.read_text())
            if state["identity"] != self._identity():
                raise OutputExists(
                    f"{self.dir}: the interrupted run there used other inputs or options; "
                    "run with the same ones, or use --overwrite to start again"
                )
            summary = RunSummary.from_state(state["summary"])
            self.records = self._reopen(self.records_path, state["records_size"])
            self.rejects = self._reopen(self.rejects_path, state["rejects_size"])
            if self.settings.warc:
                checkpoint = WarcCheckpoint(**state["warc"])
                self.warc = WarcWriter.resume(
                    self.dir, checkpoint, options=self.options, prefix=self.settings.warc_prefix,
                    max_file_size=self.settings.warc_max_file_size,
                    copy_originals=self.settings.copy_originals,
                )
            log.info("resuming after %d items", summary.items_done)
            return summary
        if (finished or interrupted) and not (self.settings.overwrite or self.settings.resume):
            what = "a finished run" if finished else "an interrupted run"
            raise OutputExists(
                f"{self.dir} holds {what}; pass --resume to continue it or --overwrite to replace it"
            )
        for name in (RECORDS, REJECTS, SUMMARY, STATE):
            (self.dir / name).unlink(missing_ok=True)
        for old in self.dir.glob(f"{self.settings.warc_prefix}-*.warc.gz"):
            old.unlink()
        self.records = open(self.records_path, "wb")
        self.rejects = open(self.rejects_path, "wb")
        if self.settings.warc:
            self.warc = WarcWriter(
                self.dir, options=self.options, prefix=self.settings.warc_prefix,
                max_file_size=self.settings.warc_max_file_size,
                copy_originals=self.settings.copy_originals,
            )
        self.checkpoint(summary)
        return summary

    @staticmethod
    def _reopen(path: Path, size: int) -> IO[bytes]:
        fh = open(path, "r+b")
        fh.truncate(size)
        fh.seek(size)
        return fh

    def write(self, item: Result, raw: Item) -> Result:
        """Write one result (and its archive records); return it as written."""
        if isinstance(item, _Encoded):
            self.records.write(item.line)
        elif isinstance(item, Reject):
            log.info("rejected %s: %s (%s)", item.input_id or item.location.file, item.reason.value,
                     item.detail)
            self.rejects.write(_dumps(item.to_dict()))
        elif isinstance(item, CleanRecord):
            if self.warc is not None and isinstance(raw, RawDocument):
                item = attrs.evolve(item, warc=self.warc.write(raw, item))
            self.records.write(_dumps(item.to_dict()))
        return item

    def checkpoint(self, summary: RunSummary) -> None:
        """Make everything written so far durable and record where a resumed run starts."""
        for fh in (self.records, self.rejects):
            fh.flush()
            os.fsync(fh.fileno())
        state: dict[str, Any] = {
            "identity": self._identity(),
            "summary": summary.to_state(),
            "records_size": self.records.tell(),
            "rejects_size": self.rejects.tell(),
        }
        if self.warc is not None:
            state["warc"] = attrs.asdict(self.warc.checkpoint())
        _fsync_write(self.state_path, json.dumps(state).encode())

    def finish(self, summary: RunSummary) -> None:
        """Close the outputs, give them their final names and write summary.json last."""
        if self.warc is not None:
            self.warc.close()
            summary.warc_files = list(self.warc.files)
        for fh in (self.records, self.rejects):
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
        os.replace(self.records_path, self.dir / RECORDS)
        os.replace(self.rejects_path, self.dir / REJECTS)
        _fsync_write(self.dir / SUMMARY, (json.dumps(summary.to_dict(), indent=2) + "\n").encode())
        self.state_path.unlink(missing_ok=True)

    def close(self) -> None:
        """Close file handles without finishing (after an error)."""
        for fh in (getattr(self, "records", None), getattr(self, "rejects", None)):
            if fh is not None and not fh.closed:
                fh.close()


ProgressCallback = Callable[[RunSummary], None]


def run_batch(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    options: CleanOptions | None = None,
    settings: BatchSettings | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Clean every document of ``inputs`` into ``out_dir``; return the run's summary.

    Writes records.jsonl, rejects.jsonl, summary.json (last) and, with ``settings.warc``,
    WARC files. Output bytes do not depend on ``settings.jobs``. Raises OutputExists when the
    folder holds another run, FileNotFoundError for a missing input.
    """
    options = options if options is not None else CleanOptions()
    settings = settings if settings is not None else BatchSettings()
    files, ignored = list_inputs(inputs)
    outputs = _Outputs(Path(out_dir), options, settings, files)
    summary = outputs.open()
    summary.input_files = len(files)
    summary.ignored_files = ignored
    started = time.monotonic() - summary.elapsed_seconds
    try:
        for _ in _process(files, options, settings, summary, outputs.write, progress,
                          outputs=outputs, started=started):
            pass
        summary.elapsed_seconds = time.monotonic() - started
        summary.check_accounting()
        outputs.finish(summary)
    finally:
        outputs.close()
    return summary


def _read_all(files: Sequence[str], options: CleanOptions, keep_raw: bool) -> Iterator[Item]:
    for path in files:
        yield from iter_documents(path, max_document_bytes=options.max_document_bytes,
                                  keep_raw=keep_raw)


def _process(
    files: Sequence[str],
    options: CleanOptions,
    settings: BatchSettings,
    summary: RunSummary,
    write: Callable[[Result, Item], Result],
    progress: ProgressCallback | None,
    *,
    outputs: _Outputs | None = None,
    started: float,
) -> Iterator[Result]:
    items = _read_all(files, options, keep_raw=settings.copy_originals)
    encode = not settings.warc  # the WARC writer needs the whole record
    for _ in range(summary.items_done):  # resume: skip what the checkpoint says is written
        if next(items, None) is None:
            break
    chunks = _chunks(items, settings.chunk_size, max_bytes=32_000_000)
    if settings.jobs > 1:
        results = _clean_parallel(chunks, options, settings.jobs, encode)
    else:
        results = _clean_serial(chunks, options, encode)
    last_checkpoint = time.monotonic()
    for chunk, cleaned, times in results:
        summary.stage_seconds.add(times)
        for raw, item in zip(chunk, cleaned, strict=True):
            written = write(item, raw)
            summary.add(written)
            yield written
        now = time.monotonic()
        summary.elapsed_seconds = now - started
        if progress is not None:
            progress(summary)
        if outputs is not None and now - last_checkpoint >= settings.checkpoint_seconds:
            outputs.checkpoint(summary)
            last_checkpoint = now


def stream_batch(
    inputs: Sequence[str | os.PathLike[str]],
    stream: IO[bytes],
    options: CleanOptions | None = None,
    settings: BatchSettings | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Clean ``inputs`` and write records as JSONL to ``stream``; rejects are logged as warnings."""
    options = options if options is not None else CleanOptions()
    settings = settings if settings is not None else BatchSettings()
    files, ignored = list_inputs(inputs)
    summary = RunSummary(input_files=len(files), ignored_files=ignored)

    def write(item: Result, raw: Item) -> Result:
        if isinstance(item, _Encoded):
            stream.write(item.line)
        elif isinstance(item, CleanRecord):
            stream.write(_dumps(item.to_dict()))
        elif isinstance(item, Reject):
            log.warning("rejected %s: %s (%s)", item.input_id or item.location.file,
                        item.reason.value, item.detail)
        return item

    started = time.monotonic()
    for _ in _process(files, options, settings, summary, write, progress, started=started):
        pass
    stream.flush()
    summary.elapsed_seconds = time.monotonic() - started
    summary.check_accounting()
    return summary


def default_stream() -> IO[bytes]:
    """Return stdout as a binary stream."""
    return sys.stdout.buffer
