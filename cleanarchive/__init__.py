"""Clean scraped web content and archive it.

Text dumps, HTML pages and web archives go in; clean records (body text plus normalised
metadata) and WARC archives that keep each original next to its cleaned text come out.
"""

from cleanarchive._version import __version__
from cleanarchive.batch import BatchSettings, RunSummary, run_batch
from cleanarchive.errors import (
    ArchiveError,
    CleanArchiveError,
    DecodeError,
    DocumentError,
    DocumentTimeout,
    DocumentTooLarge,
    InputError,
    NoContent,
)
from cleanarchive.options import CleanOptions, Focus
from cleanarchive.pipeline import Cleaner, clean_html, clean_text, iter_clean
from cleanarchive.records import (
    Candidate,
    Category,
    CleanRecord,
    DocumentKind,
    Field,
    InputHints,
    Location,
    Origin,
    RawDocument,
    Reject,
    RejectReason,
    Removal,
    WarcLocation,
)
from cleanarchive.scrub import Rule, RuleSet, ScrubResult, default_rules, scrub

__all__ = [
    "ArchiveError",
    "BatchSettings",
    "Candidate",
    "Category",
    "CleanArchiveError",
    "CleanOptions",
    "CleanRecord",
    "Cleaner",
    "DecodeError",
    "DocumentError",
    "DocumentKind",
    "DocumentTimeout",
    "DocumentTooLarge",
    "Field",
    "Focus",
    "InputError",
    "InputHints",
    "Location",
    "NoContent",
    "Origin",
    "RawDocument",
    "Reject",
    "RejectReason",
    "Removal",
    "Rule",
    "RuleSet",
    "RunSummary",
    "ScrubResult",
    "WarcLocation",
    "__version__",
    "clean_html",
    "clean_text",
    "default_rules",
    "iter_clean",
    "run_batch",
    "scrub",
]
