"""Evaluate date and author normalisation against gold metadata and the anchors.

Usage: python benchmarks/eval_metadata.py PATH/TO/dev-corpus [--limit N] [--jobs N]

For every page of trafilatura-eval (evaldata.json) and wcxb-dev (ground-truth/*.json) with a
gold date or author, compares side by side:

* ours: cleanarchive's page candidates (cleanarchive.html.extract_page) through
  cleanarchive.metadata.normalise;
* anchors: htmldate.find_date(extensive_search=True) for the date, trafilatura's
  extract_metadata author for the authors.

Reports day-level date accuracy, exact author-list match (case-sensitive and not), and junk
tokens among authors. ``--mismatches N`` prints up to N author mismatches per set (gold, ours,
where ours came from), to study the causes; keep what it prints out of the repository. With
fakenewscorpus-rows, also times text_candidates + normalise per dump and counts what the noisy
``authors`` column becomes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b)\s*", re.IGNORECASE)
# Tokens that are never part of a person's name: an independent check, not our own lists.
_JUNK = re.compile(
    r"\b(?:staff|admin|editor|view all|posts?|e-?mail|author|by|http|www|share|follow|comments?|"
    r"subscribe|twitter|facebook|posted|published|updated|read more|contact)\b|[@|<>{}\d]",
    re.IGNORECASE,
)


def _names(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    return [n.strip() for n in _SPLIT.split(str(value)) if n.strip()]


def _same(gold: list[str], got: list[str], *, fold: bool) -> bool:
    norm = (lambda s: " ".join(s.casefold().split())) if fold else (lambda s: " ".join(s.split()))
    return sorted(map(norm, gold)) == sorted(map(norm, got))


def _pages(root: Path) -> Iterator[dict[str, Any]]:
    evaldata = root / "trafilatura-eval" / "tests" / "evaldata.json"
    if evaldata.exists():
        for url, item in json.loads(evaldata.read_text()).items():
            if "date" not in item and "author" not in item:
                continue
            for folder in ("eval", "cache"):
                path = evaldata.parent / folder / (item["file"] + ".gz")
                if path.exists():
                    yield {"set": "trafilatura-eval", "path": str(path), "url": url,
                           "date": item.get("date"), "author": item.get("author")}
                    break
    truth = root / "wcxb-dev" / "ground-truth"
    if truth.exists():
        for path in sorted(truth.glob("*.json")):
            data = json.loads(path.read_text())
            gold = data.get("ground_truth", {})
            page = root / "wcxb-dev" / "html" / f"{data.get('file_id', path.stem)}.html.gz"
            if page.exists():
                yield {"set": "wcxb-dev", "path": str(page), "url": data.get("url"),
                       "date": gold.get("publish_date"), "author": gold.get("author")}


def _evaluate(page: dict[str, Any]) -> dict[str, Any]:
    import htmldate
    import trafilatura

    from cleanarchive.html import extract_page
    from cleanarchive.metadata import normalise
    from cleanarchive.options import CleanOptions

    raw = gzip.decompress(Path(page["path"]).read_bytes())
    out: dict[str, Any] = {"set": page["set"], "path": page["path"], "gold_date": page["date"],
                           "gold_author": page["author"]}
    try:
        extraction = extract_page(raw, url=page["url"], options=CleanOptions(timeout=None))
        start = time.perf_counter()
        meta = normalise(extraction.candidates, text=extraction.text, detect_language=False)
        out["seconds"] = time.perf_counter() - start
        out["date"], out["authors"] = meta.date, list(meta.authors)
        out["date_source"] = dict(meta.provenance).get("date")
        out["authors_source"] = dict(meta.provenance).get("authors")
    except Exception as exc:  # a benchmark keeps going; the failure is counted and shown
        out["error"] = f"{type(exc).__name__}: {exc}"
        out["date"], out["authors"] = None, []
    html = raw.decode("utf-8", "replace")
    try:
        out["anchor_date"] = htmldate.find_date(html, extensive_search=True, url=page["url"])
    except Exception:
        out["anchor_date"] = None
    try:
        doc = trafilatura.extract_metadata(html, default_url=page["url"])
        out["anchor_authors"] = _names(doc.author if doc and doc.author else "")
    except Exception:
        out["anchor_authors"] = []
    return out


def _mismatches(results: list[dict[str, Any]], limit: int) -> None:
    shown = 0
    for r in results:
        if r["gold_author"] is None or _same(_names(r["gold_author"]), r["authors"], fold=True):
            continue
        if shown >= limit:
            break
        shown += 1
        print(f"  {Path(r['path']).name}: gold {_names(r['gold_author'])} ours {r['authors']}"
              f" ({r.get('authors_source') or '-'})")


def _score(results: list[dict[str, Any]], name: str) -> None:
    dated = [r for r in results if r["gold_date"]]
    authored = [r for r in results if r["gold_author"] is not None]
    ours_d = sum(1 for r in dated if (r["date"] or "")[:10] == r["gold_date"][:10])
    anch_d = sum(1 for r in dated if (r["anchor_date"] or "")[:10] == r["gold_date"][:10])
    print(f"== {name}: {len(results)} pages")
    if dated:
        print(f"date day-level accuracy: ours {ours_d / len(dated):.3f}  htmldate {anch_d / len(dated):.3f}"
              f"  (n={len(dated)})")
    for fold in (False, True):
        ours_a = sum(1 for r in authored if _same(_names(r["gold_author"]), r["authors"], fold=fold))
        anch_a = sum(1 for r in authored if _same(_names(r["gold_author"]), r["anchor_authors"], fold=fold))
        label = "casefold" if fold else "exact"
        if authored:
            print(f"authors {label} list match: ours {ours_a / len(authored):.3f}"
                  f"  trafilatura {anch_a / len(authored):.3f}  (n={len(authored)})")
    junk_ours = [a for r in results for a in r["authors"] if _JUNK.search(a)]
    junk_anchor = [a for r in results for a in r["anchor_authors"] if _JUNK.search(a)]
    print(f"authors with a junk token: ours {len(junk_ours)}  trafilatura {len(junk_anchor)}")
    print("  ours junk sample:", junk_ours[:15])
    errors = [r["error"] for r in results if "error" in r]
    print(f"errors: {len(errors)}", errors[:3])
    seconds = [r["seconds"] for r in results if "seconds" in r]
    if seconds:
        print(f"normalise: {1000 * sum(seconds) / len(seconds):.3f} ms/page")


def _dumps(root: Path) -> None:
    from cleanarchive.metadata import normalise
    from cleanarchive.records import InputHints
    from cleanarchive.textmeta import hint_candidates, text_candidates

    path = root / "fakenewscorpus-rows" / "fakenews_medium_1000_raw.csv"
    if not path.exists():
        return
    csv.field_size_limit(10**9)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    start = time.perf_counter()
    changed = kept = 0
    samples: list[tuple[str, tuple[str, ...]]] = []
    for row in rows:
        hints = InputHints(url=row["url"], title=row["title"], authors=row["authors"], domain=row["domain"])
        found = hint_candidates(hints) + text_candidates([], row["content"])
        meta = normalise(found, text=row["content"], capture_date=row["scraped_at"], detect_language=False)
        if row["authors"]:
            kept += bool(meta.authors)
            changed += ", ".join(meta.authors) != row["authors"]
            if len(samples) < 25 and ", ".join(meta.authors) != row["authors"]:
                samples.append((row["authors"][:80], meta.authors))
    elapsed = time.perf_counter() - start
    print(f"== fakenewscorpus: {len(rows)} dumps, metadata {1000 * elapsed / len(rows):.3f} ms/dump"
          " (no language detection)")
    print(f"non-empty author columns: {sum(1 for r in rows if r['authors'])}, with persons left: {kept},"
          f" changed by cleaning: {changed}")
    for before, after in samples:
        print(f"  {before!r} -> {list(after)}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="path to the dev-corpus folder")
    parser.add_argument("--limit", type=int, default=0, help="pages per set (0: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, help="write per-page results here (JSONL)")
    parser.add_argument("--mismatches", type=int, default=0, help="print up to N author mismatches per set")
    args = parser.parse_args(argv)
    _dumps(args.corpus)
    pages = list(_pages(args.corpus))
    if args.limit:
        per_set: dict[str, int] = {}
        pages = [p for p in pages if per_set.setdefault(p["set"], 0) < args.limit
                 and not per_set.__setitem__(p["set"], per_set[p["set"]] + 1)]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(_evaluate, pages, chunksize=8))
    for name in sorted({r["set"] for r in results}):
        _score([r for r in results if r["set"] == name], name)
        if args.mismatches:
            _mismatches([r for r in results if r["set"] == name], args.mismatches)
    if args.out is not None:
        with args.out.open("w", encoding="utf-8") as fh:
            for r in results:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
