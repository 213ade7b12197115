"""Measure WARC read throughput and write cost.

Usage: python benchmarks/bench_warc.py [ARCHIVE.warc.gz] [--docs N]

Without an archive, N synthetic HTML responses (about 20 kB each) are generated with warcio.
Prints reading speed of ``iter_warc`` (and of bare warcio iteration for reference) and the cost
of ``WarcWriter.write`` per document, referring to and copying originals.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleanarchive.options import CleanOptions
from cleanarchive.records import CleanRecord, DocumentKind, RawDocument
from cleanarchive.warc_read import iter_warc
from cleanarchive.warc_write import WarcWriter

WORDS = ("the of and to in is that for it as was with be by on not he this are or his from at which "
         "archive crawl page text clean record metadata residue share tweet story minister said").split()


def generate(path: Path, docs: int) -> None:
    """Write ``docs`` HTML responses (and their request records) to ``path``."""
    rng = random.Random(7)
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="1.1")
        writer.write_record(writer.create_warcinfo_record(path.name, {"isPartOf": "BENCH"}))
        for i in range(docs):
            paragraphs = "".join(
                "<p>" + " ".join(rng.choice(WORDS) for _ in range(120)) + "</p>\n" for _ in range(20)
            )
            page = (f"<html><head><title>Story {i}</title></head><body><nav>Home | News</nav>"
                    f"<article>{paragraphs}</article><footer>Share this: Facebook</footer></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            url = f"https://news.example/{i}"
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET /{i} HTTP/1.1", [], is_http_request=True)))
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(page.encode()), http_headers=headers))


def bench_read(path: Path) -> list[RawDocument]:
    """Time iter_warc (keeping raw bytes) and plain warcio iteration over ``path``."""
    size = path.stat().st_size
    start = time.perf_counter()
    docs = [d for d in iter_warc(path, keep_raw=True) if isinstance(d, RawDocument)]
    ours = time.perf_counter() - start
    payload = sum(len(d.content) for d in docs)
    start = time.perf_counter()
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            record.content_stream().read()
    bare = time.perf_counter() - start
    print(f"read {len(docs):,} docs, {size / 1e6:.1f} MB gz, {payload / 1e6:.1f} MB payload")
    print(f"  iter_warc:        {ours:6.2f} s  {size / 1e6 / ours:6.1f} MB/s gz  "
          f"{ours / max(len(docs), 1) * 1000:.3f} ms/doc")
    print(f"  warcio iteration: {bare:6.2f} s  {size / 1e6 / bare:6.1f} MB/s gz")
    return docs


def bench_write(docs: list[RawDocument], *, copy: bool) -> None:
    """Time WarcWriter.write for every document with a made-up clean record."""
    records = [
        CleanRecord(id=f"{i:08d}", input_id=d.input_id, url=d.hints.url, language="en",
                    text=(d.content[:6000] if isinstance(d.content, bytes) else d.content[:6000].encode())
                    .decode("utf-8", "replace"), kind=DocumentKind.HTML, capture_date=d.hints.scraped_at)
        for i, d in enumerate(docs)
    ]
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        with WarcWriter(out, options=CleanOptions(), copy_originals=copy) as writer:
            for doc, rec in zip(docs, records, strict=True):
                writer.write(doc, rec)
        took = time.perf_counter() - start
        written = sum(p.stat().st_size for p in Path(out).glob("*.warc.gz"))
    label = "copy originals" if copy else "refer to originals"
    print(f"write ({label}): {took:6.2f} s  {took / max(len(docs), 1) * 1000:.3f} ms/doc  "
          f"{written / 1e6 / took:6.1f} MB/s out ({written / 1e6:.1f} MB)")


def bench_resource_write(count: int) -> None:
    """Time writing text dumps (a resource record of the dump per document)."""
    pairs = []
    for i in range(count):
        text = f"Paragraph {i}. " * 400
        pairs.append((RawDocument(content=text, kind=DocumentKind.TEXT, input_id=str(i)),
                      CleanRecord(id=f"{i:08d}", input_id=str(i), text=text[:4000], language="en")))
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        with WarcWriter(out, options=CleanOptions()) as writer:
            for raw, rec in pairs:
                writer.write(raw, rec)
        took = time.perf_counter() - start
    print(f"write (text dumps as resource records): {took / count * 1000:.3f} ms/doc")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("archive", nargs="?", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.archive
        if path is None:
            path = Path(tmp) / "bench.warc.gz"
            generate(path, args.docs)
        docs = bench_read(path)
        bench_write(docs, copy=False)
        bench_write(docs, copy=True)
        bench_resource_write(min(len(docs), 2000) or 100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
