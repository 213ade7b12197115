"""Score the text-dump scrubber on naive scraper dumps of pages with gold main content.

Usage::

    python benchmarks/eval_dumps.py PATH/wcxb-dev [--limit N] [--jobs N] [--flat] [--worst N] [--save F]
    python benchmarks/eval_dumps.py PATH/trafilatura-eval [...]

Each page of a wcxb-style folder is turned into the kind of dump a naive scraper leaves:
BeautifulSoup's ``get_text("\\n")`` of the whole page, script and style text included
(unless ``--no-code``; with ``--flat``, whitespace collapsed to single spaces, as in
FakeNewsCorpus). The dump is cleaned with ``Cleaner.clean_text`` and both are scored against
the gold main content (bag of lowercase words, mean over pages); trafilatura-eval pages are
scored by their snippets that must stay (``with``) and must go (``without``). Scrubbing only
removes text, so recall can only fall: ``recall lost`` is what the scrubber took from the body,
the number to keep near zero;
precision is what it took from the junk. CSS/JavaScript/shortcode residue is counted with
the regex of ``eval_html.py``.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import pathlib
import re
import sys
import warnings
from typing import Any

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import CData, NavigableString, Script, Stylesheet

from cleanarchive.errors import DocumentError
from cleanarchive.options import CleanOptions
from cleanarchive.pipeline import Cleaner

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from eval_html import _RESIDUE, _prf, _read, _traf_eval, _wcxb  # the sibling benchmark's readers

_CLEANER = Cleaner(CleanOptions(detect_language=False))
_SPACES = re.compile(r"\s+")


_TEXT_ONLY = (NavigableString, CData)
_WITH_CODE = (NavigableString, CData, Script, Stylesheet)


def _dump(html: bytes, flat: bool, code: bool = True) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # XHTML pages parse fine as HTML
        text = BeautifulSoup(html, "lxml").get_text("\n", types=_WITH_CODE if code else _TEXT_ONLY)
    return _SPACES.sub(" ", text).strip() if flat else text


def _snippets(text: str, snippets: list[str]) -> int:
    """Return how many of ``snippets`` occur in ``text`` (case and spacing aside)."""
    low = _SPACES.sub(" ", text).lower()
    return sum(_SPACES.sub(" ", s).strip().lower() in low for s in snippets)


def _score(item: dict[str, Any], flat: bool, code: bool) -> dict[str, Any]:
    dump = _dump(_read(item["file"]), flat, code)
    try:
        cleaned = _CLEANER.clean_text(dump, url=item["url"]).text
    except DocumentError:
        cleaned = ""
    out: dict[str, Any] = {
        "file": item["file"],
        "residue": (len(_RESIDUE.findall(dump)), len(_RESIDUE.findall(cleaned))),
        "with": (len(item["with"]), _snippets(dump, item["with"]), _snippets(cleaned, item["with"])),
        "without": (len(item["without"]), _snippets(dump, item["without"]), _snippets(cleaned, item["without"])),
    }
    if item["gold"] is not None:
        out["raw"], out["clean"] = _prf(dump, item["gold"]), _prf(cleaned, item["gold"])
    return out


def main() -> None:
    """Print precision, recall and F1 of raw and cleaned dumps, and the pages that lost most."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=pathlib.Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--type", help="wcxb page type to keep, e.g. article")
    parser.add_argument("--flat", action="store_true", help="collapse whitespace (one-line dumps)")
    parser.add_argument("--no-code", action="store_true", help="leave script and style text out of dumps")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages that lost most recall")
    parser.add_argument("--save", type=pathlib.Path, help="write each page's scores to this JSON file")
    args = parser.parse_args()
    if (args.path / "tests" / "evaldata.json").exists():  # trafilatura-eval: snippets only
        items = list(_traf_eval(args.path))[: args.limit]
    else:
        items = [i for i in _wcxb(args.path, args.type) if i["gold"]][: args.limit]
    with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
        flags = [args.flat] * len(items), [not args.no_code] * len(items)
        results = list(pool.map(_score, items, *flags, chunksize=8))
    if args.save:
        args.save.write_text(json.dumps(results, indent=0))
    n = max(len(results), 1)
    print(f"pages: {len(results)}  dumps: {'flat' if args.flat else 'lines'}, "
          f"{'without' if args.no_code else 'with'} script and style text")
    scored = [res for res in results if "raw" in res]
    for name in ("raw", "clean") if scored else ():
        p, r, f = (sum(res[name][k] for res in scored) / len(scored) for k in range(3))
        print(f"{name:6s} P={p:.4f} R={r:.4f} F1={f:.4f}")
    for kind, meaning in (("with", "kept"), ("without", "leaked")):
        total = max(sum(res[kind][0] for res in results), 1)
        raw_share, clean_share = (sum(res[kind][k] for res in results) / total for k in (1, 2))
        print(f"{kind}-snippets {meaning}: raw {raw_share:.4f}, clean {clean_share:.4f}")
    raw_hits, clean_hits = (sum(res["residue"][k] for res in results) for k in (0, 1))
    print(f"CSS/JS/shortcode residue matches: raw {raw_hits}, clean {clean_hits}; pages with residue: "
          f"raw {sum(1 for res in results if res['residue'][0])}, "
          f"clean {sum(1 for res in results if res['residue'][1])}")
    if scored:
        lost = [(res["raw"][1] - res["clean"][1], res["file"]) for res in scored]
    else:  # pages by with-snippets lost
        lost = [((res["with"][1] - res["with"][2]) / max(res["with"][0], 1), res["file"]) for res in results]
    print(f"recall lost: mean {sum(x for x, _ in lost) / n:.4f}; "
          f"pages losing >2 points: {sum(1 for x, _ in lost if x > 0.02)}")
    for drop, file in sorted(lost, reverse=True)[: args.worst]:
        print(f"  -{drop:.3f}  {file}")


if __name__ == "__main__":
    main()
