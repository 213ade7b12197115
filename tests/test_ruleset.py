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


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"Share|Tweet", "ST"),
        (r"(?i:share)", "sS"),
        (r"(?:Read )?More", "RM"),
        (r"[a-c]x|\*/", "abc*"),
        (r"(?=S)Share|^\s*$", None),  # \s can start a match: any character
        (r"(?:Print)*Email", "PE"),
        (r"(?>Top)\b", "T"),
        (r"\w+ label", None),
        (r"[^x]y", None),
        (r"(a)?\1", None),  # a back-reference: cannot be told
    ],
)
def test_start_characters_of_a_pattern(pattern: str, chars: str | None) -> None:
    """The characters a line can start with to match, worked out from the pattern's parse."""
    import re

    starts = ruleset_module._Starts.of(re.compile(pattern))
    assert (None if starts is None else "".join(sorted(starts.chars))) == (
        None if chars is None else "".join(sorted(chars))
    )


def test_start_characters_cover_unicode_case_folding() -> None:
    """Every character re's IGNORECASE matches to a pattern character is admitted as a start.

    re folds more than upper() and lower() show ("i" matches "\\u0130", "s" matches "\\u017f"):
    checked for every pattern character up to U+3000 and the folding table's other ones.
    """
    import re

    folding = importlib.import_module("re._casefix")._EXTRA_CASES
    codes = sorted({*range(1, 0x3000), *folding, *(c for cs in folding.values() for c in cs)})
    every = "".join(map(chr, codes))
    for code in codes:
        pattern = re.compile(re.escape(chr(code)), re.IGNORECASE)
        starts = ruleset_module._Starts.of(pattern)
        missed = [c for c in pattern.findall(every) if starts is not None and not starts.admits(c)]
        assert not missed, (chr(code), missed)


_LINE_PIECES = st.sampled_from(
    ["Share", "share", "Facebook", "Twitter", "Email", "Print", "Related Posts", "Leave a Reply", "Your Name",
     "Advertisement", "ADVERTISEMENT", "Read more", "© 2024", "Copyright", "Tags:", "About the Author", "|", "»",
     "İ", "ſ", "K", "Ш", "Поделиться", "Subscribe to our newsletter", "Photo: AP", "5 min read", " ", "*", ":"]
)


@given(st.lists(st.one_of(_LINE_PIECES, st.text(max_size=8)), min_size=1, max_size=6))
@settings(max_examples=400, deadline=None)
def test_line_rules_by_first_character_match_trying_every_rule(pieces: list[str]) -> None:
    """Trying a line only against the rules that can start with its first character finds the
    rule trying them all in order finds."""
    line = "".join(pieces).strip(ruleset_module.SPACE)
    if not line:
        return
    plan = default_rules()._plan
    every = next((r for r in plan.line_rules if r.applies_to(line) and r.pattern.fullmatch(line)), None)
    candidates = plan.line_candidates(line[0])
    first = next(
        (r for width, _, _, r in candidates if width >= len(line) and r.applies_to(line) and r.pattern.fullmatch(line)),
        None,
    )
    assert first is every
