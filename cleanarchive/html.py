"""Extract the main text and raw metadata candidates of an HTML page, parsing it once (a thin page twice).

The page is decoded (:mod:`cleanarchive.decode`), parsed once with lxml, read for metadata,
pruned of never-article elements (:mod:`cleanarchive.prune`) and handed as a tree to
trafilatura; only a page whose main text comes out thin is parsed again, to be read as a
thread (see extract_page). lxml and trafilatura are imported here only.
"""

from __future__ import annotations

import configparser
import logging
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import attrs
import lxml.etree
import lxml.html
import trafilatura
import trafilatura.metadata
import trafilatura.settings

from cleanarchive.authors import parse_byline
from cleanarchive.decode import decode
from cleanarchive.errors import DocumentError, DocumentTooLarge
from cleanarchive.options import CleanOptions, Focus
from cleanarchive.pagemeta import drop_site_authors, header_candidates, page_candidates
from cleanarchive.prune import prune_tree
from cleanarchive.records import Candidate, Field, Origin, RejectReason, Removal

__all__ = ["PageExtraction", "extract_page", "parse_html"]

logger = logging.getLogger(__name__)


@attrs.frozen(kw_only=True)
class PageExtraction:
    """What one page yields: main text, raw metadata candidates and what pruning removed."""

    text: str
    candidates: tuple[Candidate, ...] = ()
    removed: tuple[Removal, ...] = ()
    encoding: str | None = None
    encoding_source: str | None = None


# Real pages nest about 20-50 levels; libxml2 stops at 2048 with huge_tree, and trafilatura's
# tree walks slow down badly long before that, so deeper markup is flattened to its text.
MAX_DEPTH = 256
_DEEP = lxml.etree.XPath("/*" * MAX_DEPTH)

# An explicit trafilatura configuration: the values of its settings.cfg, never read from a file.
_TRAFILATURA_SETTINGS = {
    "DOWNLOAD_TIMEOUT": "30",
    "MAX_FILE_SIZE": "2000000000",
    "MIN_FILE_SIZE": "10",
    "SLEEP_TIME": "5.0",
    "USER_AGENTS": "",
    "COOKIE": "",
    "MAX_REDIRECTS": "2",
    "MIN_EXTRACTED_SIZE": "250",
    "MIN_OUTPUT_SIZE": "1",
    "MIN_OUTPUT_COMM_SIZE": "1",
    "MAX_TREE_SIZE": "",
    "EXTRACTION_TIMEOUT": "0",
    "MIN_DUPLCHECK_SIZE": "100",
    "MAX_REPETITIONS": "2",
    "EXTENSIVE_DATE_SEARCH": "on",
    "EXTERNAL_URLS": "off",
}
# trafilatura splits authors at ";": one part named like a character entity ("Oacute") was an
# escaped letter ("Redacci&amp;oacute;n"), and the whole value is broken.
_SPLIT_ENTITY = re.compile(
    r"(?:^|;)\s*(?:[A-Za-z]{1,2}(?:acute|grave|uml|circ|tilde|cedil|ring|slash|lig)|amp|quot|nbsp|apos)\s*(?:;|$)"
)
# A main text shorter than this (characters) is retried as a thread (see extract_page), and the
# retry is kept when it is at least THREAD_RETRY_GAIN times longer. On the wcxb dev pages the
# retry ran on 16% of them and changed 5 (forum, link-aggregator and product pages, F1 +0.18 to
# +0.86 each), none for the worse (benchmarks/eval_html.py).
THREAD_RETRY_CHARS = 2000
THREAD_RETRY_GAIN = 2
# Characters libxml2 rejects or truncates on (C0 controls but tab/newline/carriage return).
_INVALID_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _trafilatura_config() -> configparser.ConfigParser:
    config = configparser.ConfigParser()
    config.read_dict({"DEFAULT": _TRAFILATURA_SETTINGS})
    return config


_CONFIG = _trafilatura_config()


def extract_page(
    html: str | bytes,
    *,
    url: str | None = None,
    headers: Sequence[tuple[str, str]] = (),
    options: CleanOptions,
) -> PageExtraction:
    """Extract the main text and metadata candidates of one HTML page.

    Raise DocumentTooLarge above ``options.max_document_bytes`` and DocumentError (MALFORMED)
    when the markup cannot be parsed; a DecodeError for binary or undecodable bytes.
    """
    size = len(html)
    if isinstance(html, str) and size <= options.max_document_bytes < 4 * size:
        size = len(html.encode("utf-8", "surrogatepass"))  # only when the character count cannot tell
    if size > options.max_document_bytes:
        raise DocumentTooLarge(
            f"page has {size:,} bytes, above the limit of {options.max_document_bytes:,}"
            " (CleanOptions.max_document_bytes)"
        )
    encoding = encoding_source = None
    if isinstance(html, bytes):
        content_type = next((v for k, v in headers if k.strip().lower() == "content-type"), None)
        decoded = decode(html, content_type=content_type, html=True)
        html, encoding, encoding_source = decoded.text, decoded.encoding, decoded.source.value
    root = parse_html(html)
    candidates = page_candidates(root) + header_candidates(headers) + _extractor_candidates(root, url)
    candidates = drop_site_authors(candidates, url=url)
    removed = prune_tree(_body(root), include_comments=options.include_comments, selectors=options.prune_selectors)
    text = _main_text(root, url, options)
    if len(text) < THREAD_RETRY_CHARS and not options.include_comments:
        # A thin result may be a thread whose posts sit in comment sections (forums, link
        # aggregators, Q&A, product reviews): read the page again as trafilatura reads threads,
        # comment sections in the tree, and keep its main text (comments left out) if it
        # holds at least twice as much. Only thin pages pay for the second parse.
        thread = parse_html(html)
        thread_removed = prune_tree(_body(thread), include_comments=True, selectors=options.prune_selectors)
        thread_text = _main_text(thread, url, options, comments=True)
        if len(thread_text) >= THREAD_RETRY_GAIN * max(len(text), 1):
            logger.debug("thin page read as a thread: %d -> %d characters", len(text), len(thread_text))
            text, removed = thread_text, thread_removed
    return PageExtraction(
        text=text,
        candidates=candidates,
        removed=removed,
        encoding=encoding,
        encoding_source=encoding_source,
    )


def parse_html(html: str) -> Any:
    """Parse ``html`` into an lxml tree; raise DocumentError (MALFORMED) when it cannot be parsed."""
    data = _INVALID_CHARS.sub("", html).encode("utf-8", "replace")
    if not data.strip():
        raise DocumentError("page is empty", reason=RejectReason.EMPTY)
    root, cut_short = _parse(data)
    for tags in _COLLAPSIBLE:
        if not cut_short:
            break
        # libxml2 stops reading at 2048 levels: all the text after that point would be lost.
        logger.debug("page nests deeper than libxml2 reads (2048 levels): reparsed without %s tags",
                       "its layout" if tags is _COLLAPSIBLE[0] else "all but its paragraph")
        data = tags.sub(b" ", data)
        root, cut_short = _parse(data)
    if root is None:
        raise DocumentError("the HTML parsed to nothing", reason=RejectReason.MALFORMED)
    _flatten_deep(root)
    return root


# What a page nesting past libxml2's limit is reparsed without, in turn: its layout containers
# (thousands of nested <div>s or <span>s), then every tag but those that part paragraphs.
_COLLAPSIBLE = (
    re.compile(rb"</?(?:div|span|font|section|article|aside|main|center|b|i|u|em|strong|small|big)\b[^<>]{0,2000}>",
               re.IGNORECASE),
    re.compile(rb"</?(?!(?:p|br|h[1-6]|li|title|head|body|html|meta|link|script|style)\b)[a-z][^<>]{0,2000}>",
               re.IGNORECASE),
)


def _parse(data: bytes) -> tuple[Any, bool]:
    """Return the tree of ``data`` and whether the parser stopped early at its depth limit."""
    parser = _parser()
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError, RecursionError) as err:
        raise DocumentError(f"the HTML cannot be parsed: {err}", reason=RejectReason.MALFORMED) from err
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _parser() -> Any:
    """Return an HTML parser that never touches the network; a fresh one keeps calls independent."""
    return lxml.html.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )


def _flatten_deep(root: Any) -> None:
    """Replace markup nested deeper than MAX_DEPTH by its text (keeps trafilatura fast, no recursion)."""
    deep = _DEEP(root)
    if not deep:
        return
    logger.debug("page nests deeper than %d levels: flattening %d subtrees", MAX_DEPTH, len(deep))
    for element in deep:
        lxml.etree.strip_tags(element, "*")


def _body(root: Any) -> Any:
    body = root.find("body")
    return root if body is None else body


def _extractor(url: str | None, options: CleanOptions, *, comments: bool) -> Any:
    return trafilatura.settings.Extractor(
        config=_CONFIG,
        output_format="python",
        precision=options.focus is Focus.PRECISION,
        recall=options.focus is Focus.RECALL,
        comments=comments,
        tables=options.include_tables,
        dedup=False,
        url=url,
        with_metadata=False,
    )


def _main_text(root: Any, url: str | None, options: CleanOptions, *, comments: bool = False) -> str:
    """Run trafilatura on the pruned tree; return paragraphs separated by newlines.

    With ``comments`` trafilatura looks for comment sections (and a thread's posts among them)
    even when ``options`` leave comments out; the comments it finds are not returned then.
    """
    extractor = _extractor(url, options, comments=comments or options.include_comments)
    document: Any = trafilatura.bare_extraction(root, options=extractor)
    if document is None:
        return ""
    parts = [document.text or ""]
    if options.include_comments and document.comments:
        parts.append(document.comments)
    return unicodedata.normalize("NFC", "\n".join(p for p in parts if p).strip())


def _extractor_candidates(root: Any, url: str | None) -> tuple[Candidate, ...]:
    """Return trafilatura's own metadata (htmldate for the date) as EXTRACTOR candidates."""
    date_params = trafilatura.settings.set_date_params(True)
    meta = trafilatura.metadata.extract_metadata(root, url, date_params)
    found: list[Candidate] = []
    pairs: list[tuple[Field, Any]] = [
        (Field.TITLE, meta.title),
        (Field.DATE, meta.date),
        (Field.SOURCE, meta.sitename),
        (Field.URL, meta.url),
    ]
    if isinstance(meta.author, str) and not _SPLIT_ENTITY.search(meta.author):
        names = [name.strip() for name in meta.author.split(";") if name.strip()]
        # Read together, the parts may name no one: "Politics; Climate; Energy", "Bonn; Germany".
        if parse_byline("; ".join(names)).authors:
            pairs.extend((Field.AUTHORS, name) for name in names)
    for field, value in pairs:
        if isinstance(value, str) and value.strip():
            found.append(Candidate(field=field, value=value.strip(), origin=Origin.EXTRACTOR))
    return tuple(found)
