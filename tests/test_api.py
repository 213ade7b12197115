"""Tests that pin the public API."""

from __future__ import annotations

import attrs
import pytest

import cleanarchive


def test_all_is_sorted_and_pinned() -> None:
    """The public names are sorted and do not change by accident."""
    expected = [
        "ArchiveError", "BatchSettings", "Candidate", "Category", "CleanArchiveError", "CleanOptions",
        "CleanRecord", "Cleaner", "DecodeError", "DocumentError", "DocumentKind", "DocumentTimeout",
        "DocumentTooLarge", "Field", "Focus", "InputError", "InputHints", "Location", "NoContent",
        "Origin", "RawDocument", "Reject", "RejectReason", "Removal", "Rule", "RuleSet", "RunSummary",
        "ScrubResult", "WarcLocation", "__version__", "clean_html", "clean_text", "default_rules",
        "iter_clean", "run_batch", "scrub",
    ]
    assert expected == cleanarchive.__all__
    assert sorted(cleanarchive.__all__) == cleanarchive.__all__
    for name in expected:
        assert hasattr(cleanarchive, name)


def test_misspelt_option_fails_loudly() -> None:
    """An unknown option name is a TypeError, not silently ignored."""
    with pytest.raises(TypeError):
        cleanarchive.CleanOptions(detect_langauge=False)  # type: ignore[call-arg]


def test_options_are_immutable() -> None:
    """Options cannot be changed after construction; evolve makes a copy."""
    options = cleanarchive.CleanOptions()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        options.timeout = 1.0  # type: ignore[misc]
    assert 1.0 == options.evolve(timeout=1.0).timeout


def test_record_contract_fields() -> None:
    """CleanRecord.to_dict carries every field DESIGN.md promises."""
    record = cleanarchive.clean_text("A plain body sentence that stays as it is.")
    data = record.to_dict()
    for name in ("id", "input_id", "url", "domain", "source", "title", "authors", "date",
                 "language", "text", "removed"):
        assert name in data
    assert "A plain body sentence that stays as it is." == data["text"]
