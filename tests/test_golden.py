"""Golden tests for the seed dumps: metadata, residue gone, every body paragraph kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cleanarchive

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"

# Lines of each seed that are residue or metadata, not body (exact, after stripping).
NOT_BODY: dict[str, set[str]] = {
    "000": set(),
    "001": {
        "ISIS: The End is Nigh",
        "ISIS: The End is Nigh | isis | War Propaganda World News",
        "By: Anna Jaunger, Inside Syria Media Center |",
        '[mailpoet_form id="1"]',
        "About The Author",
        "Related posts",
    },
    "002": {"ISIS enters its final days", "(adsbygoogle = window.adsbygoogle || []).push({});",
            "The post ISIS enters its final days appeared first on The Duran.", "Source"},
    "003": {"ISIS HAS BEEN MILITARILY DEFEATED IN IRAQ AND SYRIA", "- 22.11.2017",
            "Business Insider, 21 Nov 2017", "Kaynak/Source:"},
    "004": {"Publish date15 Aug 2017 - 13:25", "Story Code : 279580",
            "ISIL suffers from a crisis of confidence", "/SR",
            "https://taghribnews.com/vdcaaonuw49n0m1.tgk4.html", "Your Name", "Your Email Address",
            "Security Code"},
}
HEADER_PREFIX = {"000": "July 29, 2016 | TEHRAN (FNA)- "}

EXPECTED: dict[str, dict[str, Any]] = {
    "000": {"date": ["2016-07-29"], "authors": [], "source": "Fars News Agency"},
    "001": {"title": "ISIS: The End is Nigh", "authors": ["Anna Jaunger"],
            "source": "Inside Syria Media Center", "date": [None]},
    "002": {"title": "ISIS enters its final days", "authors": [], "source": "The Duran", "date": [None]},
    "003": {"title": "ISIS HAS BEEN MILITARILY DEFEATED IN IRAQ AND SYRIA", "authors": [],
            "source": "Business Insider", "date": ["2017-11-22", "2017-11-21"]},
    "004": {"title": "ISIL suffers from a crisis of confidence", "authors": [],
            "date": ["2017-08-15T13:25", "2017-08-15T13:25:00"], "domain": "taghribnews.com"},
}

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _is_residue(line: str) -> bool:
    return line.startswith(("@media", "(function(w,d,s,i)")) or not line.replace("\xa0", "").strip()


def body_lines(key: str, raw: str) -> list[str]:
    """Return the seed's body paragraphs as they must appear in the clean text."""
    lines = []
    for index, line in enumerate(raw.splitlines()):
        text = line.strip()
        if index == 0 and key in HEADER_PREFIX:
            assert text.startswith(HEADER_PREFIX[key])
            text = text[len(HEADER_PREFIX[key]):]
        if text and text not in NOT_BODY[key] and not _is_residue(text):
            lines.append(text)
    return lines


@pytest.fixture(scope="module")
def records() -> dict[str, cleanarchive.CleanRecord]:
    """Clean every seed once."""
    cleaner = cleanarchive.Cleaner()
    return {p.name[:3]: cleaner.clean_text(p.read_bytes(), id=p.name) for p in SEED_FILES}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_seed_metadata(key: str, records: dict[str, cleanarchive.CleanRecord]) -> None:
    """Each seed gives the title, date, authors and source of the issue's table."""
    record = records[key]
    expected = EXPECTED[key]
    if "title" in expected:
        assert expected["title"] == record.title
    assert record.date in expected["date"]
    assert expected["authors"] == list(record.authors)
    if "source" in expected:
        assert expected["source"] == record.source
    if "domain" in expected:
        assert expected["domain"] == record.domain
    assert "en" == record.language


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_seed_body_survives_and_residue_is_gone(key: str, records: dict[str, cleanarchive.CleanRecord]) -> None:
    """Every body paragraph survives unchanged, in order, and no residue line is left."""
    raw = next(p for p in SEED_FILES if p.name.startswith(key)).read_text(encoding="utf-8")
    out_lines = records[key].text.split("\n")
    assert body_lines(key, raw) == out_lines
    for junk in NOT_BODY[key]:
        assert junk not in out_lines


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name for p in SEED_FILES])
def test_seed_golden(path: Path, update_golden: bool) -> None:
    """The whole record of each seed matches its golden file (rewrite with --update-golden)."""
    record = cleanarchive.clean_text(path.read_bytes(), id=path.name)
    actual = json.dumps(record.to_dict(), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    golden = GOLDEN / (path.stem + ".json")
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == actual


def test_scrub_is_idempotent_on_seeds(records: dict[str, cleanarchive.CleanRecord]) -> None:
    """Cleaning a cleaned text changes nothing more."""
    for record in records.values():
        assert record.text == cleanarchive.scrub(record.text).text
