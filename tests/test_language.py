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


def _ranking(detector: object, text: str) -> object:
    from langdetect.lang_detect_exception import LangDetectException

    detector.append(text)  # type: ignore[attr-defined]
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]  # type: ignore[attr-defined]
    except LangDetectException as exc:
        return str(exc)


WORDS = st.lists(
    st.sampled_from(["the", "army", "Die", "Armee", "hat", "l'armée", "NATO", "UN-Bericht", "régions",
                     "мир", "это", "日本語", "한국", "مرحبا", "ŞİMDİ", "x", "42", "...", "ABCdef"]),
    max_size=80,
).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(text=MIXED | WORDS)
def test_same_ranking_as_langdetect_for_any_text(text: str) -> None:
    """Cached word n-grams and the inlined trials change no probability, for any text."""
    from langdetect.detector import Detector

    from cleanarchive.language import _DETECTOR

    ours, theirs = _DETECTOR.create(), Detector(_DETECTOR._load())
    theirs.n_trial = ours.n_trial
    assert _ranking(theirs, text) == _ranking(ours, text)


def test_addresses_do_not_count_as_text() -> None:
    """Web and e-mail addresses are taken out before the letters are counted and detected."""
    assert (None, None) == detect_language("see https://example.com/news/army-regained-control and a@b.example")
    assert "en" == detect_language(f"{ENGLISH} More at www.example.com/story or mail desk@example.com.")[0]


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
