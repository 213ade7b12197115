"""Tests for cleanarchive.ruleset: rules, rule sets and their plans (the one-pass guard search)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarchive.scrub import RuleSet, default_rules, scrub

# the module itself, for its private guard search
ruleset_module = importlib.import_module("cleanarchive.ruleset")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@given(st.lists(st.text(min_size=1, max_size=6), max_size=8), st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_guard_search_finds_what_str_search_finds(strings: list[str], text: str) -> None:
    """The one-pass guard search (RE2 set) and the plain str search agree, on any strings."""
    search = ruleset_module._GuardSearch(dict.fromkeys(strings))
    assert search.present(text) == {s for s in strings if s in text}


def test_guard_search_works_without_re2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without google-re2 the guards are searched one by one, with the same answers."""
    monkeypatch.setattr(ruleset_module, "re2", None)
    search = ruleset_module._GuardSearch(["Share", "{", "appeared first on "])
    assert search.set is None
    assert search.present("Share this { x") == {"Share", "{"}
    assert scrub(_seed("002"), RuleSet(rules=default_rules().rules)).text == scrub(_seed("002")).text
