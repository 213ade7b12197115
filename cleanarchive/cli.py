"""The command line: a thin client of the public API."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence

import cleanarchive
from cleanarchive.batch import (
    AlreadyFinished,
    BatchSettings,
    OutputExists,
    RunSummary,
    default_stream,
    run_batch,
    stream_batch,
)
from cleanarchive.options import CleanOptions, Focus
from cleanarchive.records import Category
from cleanarchive.shard import ShardReport
from cleanarchive.warc_check import check_warc

log = logging.getLogger("cleanarchive")


class Progress:
    """A one-line progress display on stderr, redrawn at most a few times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._last = 0.0
        self._drawn = False

    def __call__(self, summary: RunSummary) -> None:
        """Redraw the line for the counters in ``summary``."""
        now = time.monotonic()
        if not self.enabled or now - self._last < 0.25:
            return
        self._last = now
        rate = summary.documents_in / summary.elapsed_seconds if summary.elapsed_seconds else 0.0
        sys.stderr.write(
            f"\r{summary.documents_in:,} documents  {rate:,.1f}/s  {summary.records:,} records  "
            f"{summary.rejected:,} rejects  {sum(summary.skipped.values()):,} skipped "
        )
        sys.stderr.flush()
        self._drawn = True

    def close(self) -> None:
        """End the progress line."""
        if self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanarchive",
        description="Clean scraped web content (text dumps, HTML pages, WARC archives) into clean "
        "JSONL records and WARC archives that keep each original next to its cleaned text.",
    )
    parser.add_argument("--version", action="version", version=f"cleanarchive {cleanarchive.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser(
        "clean",
        help="clean inputs into an output folder",
        description="Clean every document of INPUT... (files, directories, or - for JSONL on stdin). "
        "Kinds by name: .txt, .html/.htm, .jsonl/.jsonl.gz/.ndjson, .csv, .warc/.warc.gz/.arc/.arc.gz. "
        "Writes DIR/records.jsonl, DIR/rejects.jsonl, DIR/summary.json (and WARC files with --warc).",
    )
    clean.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, or - for stdin")
    clean.add_argument("--out", required=True, metavar="DIR",
                       help="output folder, or - to stream records as JSONL to stdout")
    clean.add_argument("--warc", action="store_true",
                       help="also write WARC/1.1 archives of originals, clean text and metadata")
    clean.add_argument("--warc-size", type=_positive_int, default=1_000_000_000, metavar="BYTES",
                       help="start a new WARC file near this size (default: 1 GB)")
    clean.add_argument("--copy-originals", action="store_true",
                       help="copy original WARC records verbatim into the output archive "
                       "(default: refer to them by WARC-Record-ID)")
    clean.add_argument("--jobs", "-j", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                       help="worker processes (default: number of cores); output does not depend on it")
    clean.add_argument("--resume", action="store_true",
                       help="continue an interrupted run in DIR from its last checkpoint")
    clean.add_argument("--overwrite", action="store_true", help="replace a run already in DIR")
    clean.add_argument("--checkpoint-every", type=float, default=BatchSettings().checkpoint_seconds,
                       metavar="SECONDS", help="make outputs durable and save a resume point this "
                       "often (default: %(default)s)")
    clean.add_argument("--focus", choices=[f.value for f in Focus], default=Focus.BALANCED.value,
                       help="HTML extraction trade-off (default: balanced)")
    clean.add_argument("--include-comments", action="store_true",
                       help="keep readers' comments (a page's, and a dump's comment section)")
    clean.add_argument("--no-tables", action="store_true", help="drop tables (HTML)")
    clean.add_argument("--prune-selector", action="append", default=[], metavar="CSS",
                       help="extra CSS selector of page elements that are never article text (repeatable)")
    clean.add_argument("--disable-rule", action="append", default=[], metavar="RULE_ID",
                       help="switch off one scrub rule, e.g. share.run (repeatable; "
                       "'cleanarchive rules' lists them)")
    clean.add_argument("--disable-category", action="append", default=[], metavar="CATEGORY",
                       choices=[c.value for c in Category],
                       help="switch off a whole rule category (repeatable)")
    clean.add_argument("--no-language", action="store_true", help="skip language detection")
    clean.add_argument("--max-bytes", type=_positive_int, default=CleanOptions().max_document_bytes,
                       metavar="BYTES", help="reject documents above this size as too-large "
                       "(default: %(default)s)")
    clean.add_argument("--timeout", type=float, default=CleanOptions().timeout, metavar="SECONDS",
                       help="per-document time limit; 0 for none (default: %(default)s)")
    clean.add_argument("--parquet", action="store_true",
                       help="also write DIR/records.parquet (needs cleanarchive[parquet])")
    clean.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local: processes on this machine (default); dask: one shard per input "
                       "file on a Dask cluster, written to DIR/<shard>/ (needs cleanarchive[dask])")
    clean.add_argument("--scheduler", metavar="ADDRESS",
                       help="Dask scheduler address for --engine dask (default: a local cluster)")
    verbosity = clean.add_mutually_exclusive_group()
    verbosity.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    verbosity.add_argument("--verbose", "-v", action="store_true", help="print each reject and more")

    check = commands.add_parser(
        "check-warc",
        help="check WARC files written by cleanarchive",
        description="Check digests, one gzip member per record, required headers and that links "
        "between records resolve. Exit 1 when a problem is found.",
    )
    check.add_argument("files", nargs="+", metavar="FILE")

    rules = commands.add_parser(
        "rules",
        help="list the built-in scrub rules",
        description="List the built-in scrub rules: id, category and what each removes. Use an id with "
        "--disable-rule, a category with --disable-category.",
    )
    rules.add_argument("--category", choices=[c.value for c in Category], help="only rules of this category")
    return parser


def _options(args: argparse.Namespace) -> CleanOptions:
    return CleanOptions(
        disabled_rules=args.disable_rule,
        disabled_categories=args.disable_category,
        focus=Focus(args.focus),
        include_comments=args.include_comments,
        include_tables=not args.no_tables,
        prune_selectors=args.prune_selector,
        detect_language=not args.no_language,
        max_document_bytes=args.max_bytes,
        timeout=args.timeout if args.timeout and args.timeout > 0 else None,
    )


def _clean(args: argparse.Namespace) -> int:
    options = _options(args)
    settings = BatchSettings(
        jobs=args.jobs,
        warc=args.warc,
        warc_max_file_size=args.warc_size,
        copy_originals=args.copy_originals,
        resume=args.resume,
        overwrite=args.overwrite,
        checkpoint_seconds=args.checkpoint_every,
    )
    progress = Progress(enabled=sys.stderr.isatty() and not args.quiet)
    if args.engine == "dask":
        return _clean_dask(args, options)
    try:
        if args.out == "-":
            if args.warc or args.resume:
                log.error("--warc and --resume need an output folder, not --out -")
                return 2
            summary = stream_batch(args.inputs, default_stream(), options, settings, progress=progress)
        else:
            summary = run_batch(args.inputs, args.out, options, settings, progress=progress)
    except AlreadyFinished as exc:
        progress.close()
        log.warning("%s", exc)
        return 0
    except (OutputExists, FileNotFoundError, ValueError) as exc:
        progress.close()
        log.error("%s", exc)
        return 2
    except OSError as exc:
        progress.close()
        log.error("cannot write the output: %s; the run is incomplete, fix the cause and re-run "
                  "with --resume", exc)
        return 1
    progress.close()
    if args.parquet and args.out != "-":
        from cleanarchive.parquet import records_to_parquet

        out = os.path.join(args.out, "records.parquet")
        rows = records_to_parquet(os.path.join(args.out, "records.jsonl"), out)
        log.info("wrote %d rows to %s", rows, out)
    if not args.quiet:
        skipped = sum(summary.skipped.values())
        print(
            f"{summary.documents_in:,} documents in = {summary.records:,} records + "
            f"{summary.rejected:,} rejects ({skipped:,} non-document records skipped) "
            f"in {summary.elapsed_seconds:.1f} s",
            file=sys.stderr,
        )
    return 0


def _clean_dask(args: argparse.Namespace, options: CleanOptions) -> int:
    from cleanarchive.dask import clean_shards
    from cleanarchive.read import list_inputs

    if args.out == "-" or args.resume:
        log.error("--engine dask needs an output folder (--out DIR); re-runs skip finished shards, "
                  "so --resume is not needed")
        return 2
    try:
        files, _ignored = list_inputs(args.inputs)
    except (FileNotFoundError, ValueError) as exc:
        log.error("%s", exc)
        return 2
    if "-" in files:
        log.error("--engine dask reads files, not stdin")
        return 2

    def report(shard: ShardReport) -> None:
        state = "skipped (done)" if shard.skipped else ("FAILED: " + shard.error if shard.error else "ok")
        log.info("%s: %s", shard.input, state)

    reports = clean_shards(files, args.out, options, scheduler=args.scheduler, warc=args.warc,
                           progress=report)
    failed = [r for r in reports if not r.ok]
    if not args.quiet:
        docs = sum(r.documents_in for r in reports)
        records = sum(r.records for r in reports)
        rejects = sum(r.rejects for r in reports)
        print(f"{len(reports)} shards ({len(failed)} failed): {docs:,} documents in = {records:,} "
              f"records + {rejects:,} rejects", file=sys.stderr)
    for shard in failed:
        log.error("shard %s failed: %s", shard.input, shard.error)
    return 1 if failed else 0


def _check(args: argparse.Namespace) -> int:
    bad = 0
    for path in args.files:
        problems = check_warc(path)
        for problem in problems:
            where = "" if problem.offset is None else f" @{problem.offset}"
            print(f"{problem.file}{where}: {problem.message}")
        bad += len(problems)
        if not problems:
            print(f"{path}: ok")
    return 1 if bad else 0


def _rules(args: argparse.Namespace) -> int:
    for rule in cleanarchive.default_rules():
        if args.category is None or rule.category.value == args.category:
            print(f"{rule.id:30} {rule.category.value:12} {rule.description}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: sys.argv[1:]); return the exit status."""
    args = _parser().parse_args(argv)
    level = logging.WARNING
    if getattr(args, "quiet", False):
        level = logging.ERROR
    elif getattr(args, "verbose", False):
        level = logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("cleanarchive: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False
    try:
        if args.command == "clean":
            return _clean(args)
        if args.command == "rules":
            return _rules(args)
        return _check(args)
    finally:
        log.removeHandler(handler)


if __name__ == "__main__":
    sys.exit(main())
