"""The immutable options of a cleaning run."""

from __future__ import annotations

import enum
import hashlib
import json
from typing import Any

import attrs

from cleanarchive.records import Category


class Focus(enum.Enum):
    """Trade-off of main-content extraction for HTML pages."""

    BALANCED = "balanced"
    PRECISION = "precision"
    RECALL = "recall"


def _frozenset(value: Any) -> frozenset[Any]:
    return frozenset(value)


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


def _categories(value: Any) -> frozenset[Category]:
    return frozenset(Category(v) if not isinstance(v, Category) else v for v in value)


@attrs.frozen(kw_only=True)
class CleanOptions:
    """Every setting of a cleaning run; a misspelt option is a ``TypeError``.

    Limits live here, so the library enforces them whether or not the CLI is used.
    """

    # Scrubbing.
    disabled_rules: frozenset[str] = attrs.field(default=frozenset(), converter=_frozenset)
    disabled_categories: frozenset[Category] = attrs.field(default=frozenset(), converter=_categories)
    # Extra user rules (cleanarchive.rules.Rule objects), applied after the built-in ones.
    extra_rules: tuple[Any, ...] = attrs.field(default=(), converter=_tuple)

    # HTML extraction.
    focus: Focus = attrs.field(default=Focus.BALANCED, converter=Focus)
    # Readers' comments: a page's comment section, and a text dump's ("2 thoughts on ...").
    include_comments: bool = False
    include_tables: bool = True
    # Extra CSS selectors of elements that are never article text.
    prune_selectors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    # Metadata.
    detect_language: bool = True

    # Limits.
    max_document_bytes: int = 20_000_000
    timeout: float | None = 30.0

    def evolve(self, **changes: Any) -> CleanOptions:
        """Return a copy with ``changes`` applied."""
        return attrs.evolve(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable form (for warcinfo records and fingerprints)."""
        return {
            "disabled_rules": sorted(self.disabled_rules),
            "disabled_categories": sorted(c.value for c in self.disabled_categories),
            "extra_rules": [getattr(r, "id", repr(r)) for r in self.extra_rules],
            "focus": self.focus.value,
            "include_comments": self.include_comments,
            "include_tables": self.include_tables,
            "prune_selectors": list(self.prune_selectors),
            "detect_language": self.detect_language,
            "max_document_bytes": self.max_document_bytes,
            "timeout": self.timeout,
        }

    def fingerprint(self) -> str:
        """Return a short stable hash of the options that change output."""
        blob = json.dumps(self.to_dict(), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]
