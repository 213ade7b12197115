"""Detect the language of a text with langdetect, deterministically and at bounded cost.

langdetect keeps a process-wide factory. This module holds its own (profiles loaded once,
lazily) and seeds every detector; detectors draw from their own ``random.Random``, so the
caller's random state is never touched.
"""

from __future__ import annotations

import logging
import re
import threading
from itertools import islice
from typing import Any

__all__ = ["detect_language", "iso639_3"]

log = logging.getLogger(__name__)

_SEED = 0
# Enough text to tell languages apart; longer texts are sampled, so the cost stays bounded.
# langdetect's cost is its n-gram extraction (linear in the sample) plus its random trials,
# a third each. 1,200 characters and 3 trials agreed with 6,000 characters and langdetect's 7
# trials on every page of the development corpora we tried, at a quarter of the time. 2 trials
# cost a quarter less again and gave another language on 4 of 4,710 texts (wcxb main texts,
# FakeNewsCorpus rows, their first 200-500 characters), each one the 3 trials were split on
# too (probability 0.67: a blogroll stub, lorem ipsum); benchmarks/bench_pipeline.py dumps.
_SAMPLE_CHARS = 1200
_TRIALS = 2
_MIN_LETTERS = 20
# A word holding a web address or an e-mail address. A match starts only where a word starts
# (the look-behind fails at once inside a word), so the search is linear in the text.
_URL_RE = re.compile(r"(?<!\S)(?:\S{0,200}(?:https?://|www\.)\S{1,500}|\S{1,64}@\S{1,64})")

_ISO639_3 = {
    "af": "afr", "ar": "ara", "bg": "bul", "bn": "ben", "ca": "cat", "cs": "ces", "cy": "cym",
    "da": "dan", "de": "deu", "el": "ell", "en": "eng", "es": "spa", "et": "est", "fa": "fas",
    "fi": "fin", "fr": "fra", "gu": "guj", "he": "heb", "hi": "hin", "hr": "hrv", "hu": "hun",
    "id": "ind", "it": "ita", "ja": "jpn", "kn": "kan", "ko": "kor", "lt": "lit", "lv": "lav",
    "mk": "mkd", "ml": "mal", "mr": "mar", "ne": "nep", "nl": "nld", "no": "nor", "pa": "pan",
    "pl": "pol", "pt": "por", "ro": "ron", "ru": "rus", "sk": "slk", "sl": "slv", "so": "som",
    "sq": "sqi", "sv": "swe", "sw": "swa", "ta": "tam", "te": "tel", "th": "tha", "tl": "tgl",
    "tr": "tur", "uk": "ukr", "ur": "urd", "vi": "vie", "zh": "zho", "eu": "eus", "gl": "glg",
    "is": "isl", "ga": "gle", "ms": "msa", "sr": "srp", "bs": "bos", "hy": "hye", "ka": "kat",
    "az": "aze", "kk": "kaz", "be": "bel", "mt": "mlt", "la": "lat", "eo": "epo", "nb": "nob",
    "nn": "nno", "am": "amh", "my": "mya", "km": "khm", "lo": "lao", "si": "sin", "uz": "uzb",
}


_SPACE_RUN = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")
# Characters from U+0300 up, less Latin Extended Additional (U+1E00-U+1EFF): langdetect's "non-Latin".
_NON_LATIN = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")


class _NormalisedChars(dict[int, str]):
    """A ``str.translate`` table mapping each character as langdetect's ``NGram.normalize`` does.

    Filled lazily, one entry per distinct character seen.
    """

    def __missing__(self, code: int) -> str:
        from langdetect.utils.ngram import NGram

        value: str = NGram.normalize(chr(code))
        self[code] = value
        return value


# Distinct words whose n-grams are kept; the cache starts over when it is full.
_WORD_CACHE = 100_000
# N-grams whose probability rows are kept as numpy arrays (about 0.5 kB each); drawn n-grams
# are mostly common ones, so the cache starts over rarely.
_ROW_CACHE = 20_000


def _word_ngrams(word: str, known: dict[str, Any]) -> list[str]:
    """Return the n-grams langdetect takes from ``word`` (normalised, maybe ending in a space).

    langdetect's ``NGram.add_char`` loop from a fresh gram: the 1-, 2- and 3-grams ending at
    each character that its profiles know, none inside a run of capitals.
    """
    result: list[str] = []
    grams, capital = " ", False
    for ch in word:
        last = grams[-1]
        if len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        if ch != " " and ch in known:
            result.append(ch)
        if len(grams) >= 2:
            two = grams[-2:]
            if two in known:
                result.append(two)
            if len(grams) == 3 and grams in known:
                result.append(grams)
    return result


def _fast_detector_class() -> Any:
    """Return a langdetect ``Detector`` whose text preparation runs in C-speed string methods.

    langdetect appends, cleans and cuts the text into n-grams one character at a time in
    Python, which is most of its cost. These overrides compute the same text and the same
    n-gram list (tests/test_language.py checks them against langdetect's own methods); the
    probability model and its seeded trials are langdetect's.
    """
    import numpy  # the trials' arithmetic on arrays of probabilities, one per language
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    table = _NormalisedChars()
    words: dict[str, list[str]] = {}
    arrays: dict[str, Any] = {}  # n-gram -> its row of probabilities as a numpy array

    class FastDetector(Detector):  # type: ignore[misc]
        text: str

        def append(self, text: str) -> None:
            text = self.URL_RE.sub(" ", text)
            text = self.MAIL_RE.sub(" ", text)
            text = NGram.normalize_vi(text)[: self.max_text_length]
            # Detector.append drops every space that follows a space.
            joined = _SPACE_RUN.sub(" ", text)
            if self.text.endswith(" ") and joined.startswith(" "):
                joined = joined[1:]
            self.text += joined

        def cleaning_text(self) -> None:
            latin = len(_LATIN.findall(self.text))
            if latin * 2 < len(_NON_LATIN.findall(self.text)):
                self.text = _LATIN.sub("", self.text)

        def _extract_ngrams(self) -> list[str]:
            # A word's n-grams depend on the word alone (and on whether a space follows it):
            # every word starts on a fresh gram and a capital run ends at its space. So the
            # text's n-grams are its words' n-grams, in order, each word cut once and cached.
            pieces = self.text.translate(table).split(" ")
            result: list[str] = []
            last = len(pieces) - 1
            for i, piece in enumerate(pieces):
                if piece:
                    word = piece if i == last else piece + " "
                    grams = words.get(word)
                    if grams is None:
                        if len(words) >= _WORD_CACHE:
                            words.clear()
                        grams = words[word] = _word_ngrams(word, self.word_lang_prob_map)
                    result += grams
            return result

        def _detect_block(self) -> None:
            # langdetect's trials, with its update and normalisation of the probabilities done on
            # numpy arrays: the same random draws and the same float operations in the same order
            # (element by element: p * (w + q1) * (w + q2) ..., Python's sum for the total), so
            # the same answer (tests/test_language.py), at a fraction of the cost. A trial updates
            # once and checks convergence, then updates five times between checks, as langdetect.
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            rows = self.word_lang_prob_map
            rnd = self.random
            choice = rnd.choice

            def row(gram: str) -> Any:
                found = arrays.get(gram)
                if found is None:
                    if len(arrays) >= _ROW_CACHE:
                        arrays.clear()
                    found = arrays[gram] = numpy.array(rows[gram], dtype=numpy.float64)
                return found

            threshold, limit = self.CONV_THRESHOLD, self.ITERATION_LIMIT
            langprob = [0.0] * len(self.langlist)
            rnd.seed(self.seed)
            for _ in range(self.n_trial):
                prob = numpy.array(self._init_probability(), dtype=numpy.float64)
                alpha = self.alpha + rnd.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                w = alpha / self.BASE_FREQ
                prob = prob * (w + row(choice(ngrams)))
                i = 0
                while True:
                    values = prob.tolist()
                    total = sum(values)  # langdetect's sum, not numpy's pairwise one
                    prob = prob / total
                    # Division by a positive total keeps the order: the largest quotient is the
                    # largest value's.
                    if max(values) / total > threshold or i >= limit:
                        break
                    a, b, c, d, e = (row(choice(ngrams)) for _ in range(5))
                    prob = prob * (w + a) * (w + b) * (w + c) * (w + d) * (w + e)
                    i += 5
                langprob = [lp + p / self.n_trial for lp, p in zip(langprob, prob.tolist(), strict=True)]
            self.langprob = langprob

    return FastDetector


class _Detector:
    """A langdetect factory of our own: profiles loaded once, every detection seeded the same."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._factory: Any = None
        self._detector_class: Any = None

    def _load(self) -> Any:
        with self._lock:
            if self._factory is None:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.set_seed(_SEED)
                self._detector_class = _fast_detector_class()
                self._factory = factory
            return self._factory

    def create(self) -> Any:
        """Return a fresh, seeded detector."""
        factory = self._load()
        detector = self._detector_class(factory)
        detector.n_trial = _TRIALS
        return detector

    def detect(self, sample: str) -> tuple[str, float] | None:
        """Return the most probable language of ``sample`` and its probability, or None."""
        from langdetect.lang_detect_exception import LangDetectException

        detector = self.create()  # its own seeded random.Random (langdetect >= 1.0.9)
        try:
            detector.append(sample)
            ranked = detector.get_probabilities()
        except LangDetectException:
            return None
        if not ranked:
            return None
        best = ranked[0]
        code = str(best.lang).split("-")[0].lower()
        return code, round(float(best.prob), 4)


_DETECTOR = _Detector()


def _sample(text: str) -> str:
    """Return a bounded, deterministic sample of ``text``: its start, middle and end."""
    if len(text) <= _SAMPLE_CHARS:
        return text
    third = _SAMPLE_CHARS // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))


def detect_language(text: str) -> tuple[str | None, float | None]:
    """Return the ISO 639-1 code of ``text``'s language and its probability.

    Returns ``(None, None)`` when the text has too few letters to tell.
    """
    sample = _sample(text)
    if "://" in sample or "www." in sample or "@" in sample:
        sample = _URL_RE.sub(" ", sample)
    if next(islice(filter(str.isalpha, sample), _MIN_LETTERS - 1, None), None) is None:
        return None, None
    found = _DETECTOR.detect(sample)
    if found is None:
        return None, None
    return found


def iso639_3(code: str) -> str | None:
    """Return the ISO 639-3 code for an ISO 639-1 code ("en" -> "eng"), or None."""
    return _ISO639_3.get(code.split("-")[0].lower())
