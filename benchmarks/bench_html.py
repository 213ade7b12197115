"""Time the HTML path against bare ``trafilatura.extract(html, with_metadata=True)`` in one run.

Usage::

    python benchmarks/bench_html.py PATH [--limit N] [--pipeline]

PATH is a folder of ``*.html`` / ``*.html.gz`` pages (searched recursively). Both sides run on
the same bytes, interleaved page by page so machine noise hits both alike. ``--pipeline`` times
the whole cleaning of a page (``cleanarchive.pipeline.clean_html``: decode, prune, extract,
scrub, metadata, language) instead of ``extract_page`` alone.
"""

from __future__ import annotations

import argparse
import gzip
import pathlib
import sys
import time
from collections.abc import Callable

import trafilatura

from cleanarchive.errors import DocumentError
from cleanarchive.html import extract_page
from cleanarchive.options import CleanOptions


def _pages(path: pathlib.Path, limit: int) -> list[bytes]:
    files = sorted(p for p in path.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")))
    if limit:
        files = files[:limit]
    return [gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes() for f in files]


def _ours(pipeline: bool) -> Callable[[bytes], object]:
    options = CleanOptions()
    if pipeline:
        from cleanarchive.pipeline import Cleaner

        cleaner = Cleaner(options)
        return cleaner.clean_html
    return lambda html: extract_page(html, options=options)


def _bare(html: bytes) -> object:
    return trafilatura.extract(html, with_metadata=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print pages/s of both sides and their ratio."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=pathlib.Path)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--pipeline", action="store_true")
    args = parser.parse_args(argv)
    pages = _pages(args.path, args.limit)
    ours = _ours(args.pipeline)
    spent = {"ours": 0.0, "bare": 0.0}
    rejected = 0
    for html in pages[:5]:  # warm up imports and caches on both sides
        _bare(html)
        try:
            ours(html)
        except DocumentError:
            pass
    for index, html in enumerate(pages):
        order = (("ours", ours), ("bare", _bare)) if index % 2 else (("bare", _bare), ("ours", ours))
        for name, run in order:
            start = time.perf_counter()
            try:
                run(html)
            except DocumentError:
                rejected += name == "ours"
            spent[name] += time.perf_counter() - start
    n = len(pages)
    label = "pipeline.clean_html" if args.pipeline else "extract_page"
    print(f"pages: {n}  rejected by ours: {rejected}")
    print(f"{label:22} {n / spent['ours']:8.2f} pages/s  {spent['ours']:.2f} s")
    print(f"{'trafilatura.extract':22} {n / spent['bare']:8.2f} pages/s  {spent['bare']:.2f} s")
    print(f"ratio (ours / bare wall time): {spent['ours'] / spent['bare']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
