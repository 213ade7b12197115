"""Compare extract_page with bare trafilatura.extract on pages with gold main content.

Usage::

    python benchmarks/eval_html.py PATH [--limit N] [--jobs N] [--type article]

PATH is a wcxb-style folder (``html/NNNN.html.gz`` + ``ground-truth/NNNN.json``) or a
trafilatura-eval folder (``tests/evaldata.json``, snippets that must / must not appear).
Prints token precision, recall and F1 (bag of lowercase words, mean over pages) for both, and
counts of outputs with CSS/JavaScript/shortcode residue.
"""

from __future__ import annotations

import argparse
import ast
import collections
import concurrent.futures
import gzip
import json
import pathlib
import re
import sys
from collections.abc import Iterator
from typing import Any

import trafilatura

from cleanarchive.errors import DocumentError
from cleanarchive.html import extract_page
from cleanarchive.options import CleanOptions
from cleanarchive.pipeline import Cleaner
from cleanarchive.records import Category

_WORD = re.compile(r"\w+")
_RESIDUE = re.compile(
    r"\{[^{}\n]{0,200}:[^{}\n]{0,200};[^{}\n]{0,200}\}|function\s*\(|window\.\w|document\.\w+\(|"
    # Shortcodes: a closing tag or one with attributes; "[that]" in a quotation is prose.
    r"\[/[a-z_]+\]|\[[a-z_]+(?:\s+[a-z_-]+=\"[^\"\n]{0,100}\")+\s*/?\]|adsbygoogle|@media\s*\("
)


def _tokens(text: str) -> collections.Counter[str]:
    return collections.Counter(_WORD.findall(text.lower()))


def _prf(pred: str, gold: str) -> tuple[float, float, float]:
    p_tokens, g_tokens = _tokens(pred), _tokens(gold)
    overlap = sum((p_tokens & g_tokens).values())
    precision = overlap / max(sum(p_tokens.values()), 1) if p_tokens else 0.0
    recall = overlap / max(sum(g_tokens.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


_CLEANER = Cleaner(CleanOptions())
_RAW = CleanOptions(disabled_categories=list(Category))


def _ours(html: bytes, url: str | None) -> str:
    """Return what a user of clean_html gets: the whole pipeline (prune, extract, scrub)."""
    try:
        return _CLEANER.clean_html(html, url=url).text
    except DocumentError:  # no-content and other rejects count as empty output
        return ""


def _ours_without_scrub(html: bytes, url: str | None) -> str:
    return extract_page(html, url=url, options=_RAW).text


def _bare(html: bytes, url: str | None) -> str:
    return trafilatura.extract(html, url=url) or ""


def _wcxb(path: pathlib.Path, kind: str | None) -> Iterator[dict[str, Any]]:
    for truth_file in sorted((path / "ground-truth").glob("*.json")):
        truth = json.loads(truth_file.read_text())
        internal = truth.get("_internal")
        if isinstance(internal, str):
            internal = ast.literal_eval(internal)
        if kind and kind != internal.get("page_type", {}).get("primary"):
            continue
        html_file = path / "html" / f"{truth_file.stem}.html.gz"
        if not html_file.exists():
            continue
        gold = truth["ground_truth"]
        yield {"file": str(html_file), "url": truth.get("url"), "gold": gold.get("main_content") or "",
               "with": gold.get("with") or [], "without": gold.get("without") or []}


def _traf_eval(path: pathlib.Path) -> Iterator[dict[str, Any]]:
    data = json.loads((path / "tests" / "evaldata.json").read_text())
    for url, item in sorted(data.items()):
        for folder in ("eval", "cache"):
            html_file = path / "tests" / folder / item["file"]
            for candidate in (html_file, html_file.with_name(html_file.name + ".gz")):
                if candidate.exists():
                    yield {"file": str(candidate), "url": url, "gold": None,
                           "with": item.get("with") or [], "without": item.get("without") or []}
                    break
            else:
                continue
            break


def _read(file: str) -> bytes:
    raw = pathlib.Path(file).read_bytes()
    return gzip.decompress(raw) if file.endswith(".gz") else raw


def _score(page: dict[str, Any]) -> dict[str, Any]:
    html = _read(page["file"])
    out: dict[str, Any] = {"file": page["file"]}
    ours = _ours_without_scrub if _NO_SCRUB else _ours
    for name, run in (("ours", ours), ("bare", _bare)):
        try:
            text = run(html, page["url"])
        except Exception as err:  # a page that fails counts as empty output
            out[f"{name}_error"] = f"{type(err).__name__}: {err}"
            text = ""
        if page["gold"] is not None:
            out[name] = _prf(text, page["gold"])
        low = text.lower()
        out[f"{name}_with"] = sum(s.lower() in low for s in page["with"])
        out[f"{name}_without"] = sum(s.lower() in low for s in page["without"])
        out[f"{name}_residue"] = bool(_RESIDUE.search(text))
    out["n_with"], out["n_without"] = len(page["with"]), len(page["without"])
    return out


_NO_SCRUB = "--no-scrub" in sys.argv


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print a summary."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=pathlib.Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--type", default=None, help="wcxb page type to keep, e.g. article")
    parser.add_argument("--no-scrub", action="store_true",
                        help="score extract_page alone (prune + trafilatura), without the scrubber")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where we lose most F1")
    args = parser.parse_args(argv)
    if (args.path / "ground-truth").is_dir():
        pages = list(_wcxb(args.path, args.type))
    else:
        pages = list(_traf_eval(args.path))
    if args.limit:
        pages = pages[: args.limit]
    with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(_score, pages, chunksize=4))
    print(f"pages: {len(results)}  ours: {'extract_page only' if args.no_scrub else 'Cleaner.clean_html'}")
    for name in ("ours", "bare"):
        line = f"{name:5}"
        if results and name in results[0]:
            p, r, f = (sum(x[name][i] for x in results) / len(results) for i in range(3))
            line += f"  P={p:.4f} R={r:.4f} F1={f:.4f}"
        w = sum(x[f"{name}_with"] for x in results) / max(sum(x["n_with"] for x in results), 1)
        wo = sum(x[f"{name}_without"] for x in results) / max(sum(x["n_without"] for x in results), 1)
        errors = sum(f"{name}_error" in x for x in results)
        residue = sum(x[f"{name}_residue"] for x in results)
        line += f"  with-snippets={w:.4f} without-leaked={wo:.4f} residue-pages={residue} errors={errors}"
        print(line)
    if args.worst and results and "ours" in results[0]:
        worst = sorted(results, key=lambda x: x["ours"][2] - x["bare"][2])[: args.worst]
        for x in worst:
            print(f"  {x['file']}: ours F1={x['ours'][2]:.3f} bare F1={x['bare'][2]:.3f}",
                  x.get("ours_error", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
