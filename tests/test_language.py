"""Tests for cleanarchive.language: deterministic, bounded language detection."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarchive.language import detect_language, iso639_3

ENGLISH = "The army regained control over strategic regions after a week of heavy fighting near the river."
GERMAN = (
    "Die Armee hat nach einer Woche schwerer Kämpfe die Kontrolle über strategische Regionen zurückgewonnen."
)
FRENCH = "L'armée a repris le contrôle de régions stratégiques après une semaine de combats intenses."


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (GERMAN, "de"), (FRENCH, "fr")])
def test_detects(text: str, code: str) -> None:
    """Common languages are detected."""
    assert code == detect_language(text)[0]


@pytest.mark.parametrize("text", ["", "Hello", "12345 67890 !!!", "https://example.com/a/b/c/d/e/f/g/h"])
def test_too_short(text: str) -> None:
    """Too little text gives no language."""
    assert (None, None) == detect_language(text)


def test_deterministic() -> None:
    """The same text always gives the same code and score."""
    text = "Ein kurzer Satz, etwas unklar. Short words."
    assert detect_language(text) == detect_language(text)


def test_leaves_random_state_alone() -> None:
    """Detection does not reseed or advance the caller's random generator."""
    random.seed(1234)
    expected = random.random()
    random.seed(1234)
    detect_language(ENGLISH)
    assert expected == random.random()


def test_bounded_cost() -> None:
    """A very long text is sampled, so detection stays fast."""
    detect_language(ENGLISH)
    start = time.perf_counter()
    assert "en" == detect_language(ENGLISH * 20_000)[0]
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(("code", "three"), [("en", "eng"), ("de", "deu"), ("zh-cn", "zho"), ("xx", None)])
def test_iso639_3(code: str, three: str | None) -> None:
    """ISO 639-1 codes map to ISO 639-3."""
    assert three == iso639_3(code)


def _prepared(detector: object, text: str) -> tuple[str, list[str]]:
    detector.append(text)  # type: ignore[attr-defined]
    detector.cleaning_text()  # type: ignore[attr-defined]
    return detector.text, detector._extract_ngrams()  # type: ignore[attr-defined]


MIXED = st.text(
    st.sampled_from(list("aAbZz  \t.,!?'-1é߀ŞșțßÆ\u0301\u1ea1\u1ec3Привет日本語のカタカナ한국مرحبایक"))
    | st.characters(codec="utf-8"),
    max_size=300,
)


@settings(max_examples=150, deadline=None)
@given(text=MIXED)
def test_fast_preparation_matches_langdetect(text: str) -> None:
    """Our text preparation gives langdetect's own cleaned text and n-grams, for any text."""
    from langdetect.detector import Detector

    from cleanarchive.language import _DETECTOR

    ours = _DETECTOR.create()
    theirs = Detector(_DETECTOR._load())
    assert _prepared(theirs, text) == _prepared(ours, text)


def test_same_answers_as_langdetect_detector() -> None:
    """With the same seed and trials, our detector ranks languages exactly as langdetect's does."""
    from langdetect.detector import Detector

    from cleanarchive.language import _DETECTOR

    for text in (ENGLISH, GERMAN, FRENCH, "Привет, мир! Это короткий тест для проверки языка текста."):
        ours, theirs = _DETECTOR.create(), Detector(_DETECTOR._load())
        theirs.n_trial = ours.n_trial
        ours.append(text)
        theirs.append(text)
        assert [(p.lang, p.prob) for p in theirs.get_probabilities()] == [
            (p.lang, p.prob) for p in ours.get_probabilities()
        ]
