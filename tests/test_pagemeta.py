"""Tests for cleanarchive.pagemeta: metadata candidates read from a parsed page."""

from __future__ import annotations

import json

from cleanarchive.html import parse_html
from cleanarchive.pagemeta import page_candidates
from cleanarchive.records import Field


def _authors(head: str, body: str = "<p>Some text of the article.</p>") -> list[tuple[str, str]]:
    root = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return [(c.origin.value, c.value) for c in page_candidates(root) if c.field is Field.AUTHORS]


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_jsonld_author_reference_resolved() -> None:
    """An author given as {"@id": ...} takes the name of the node with that id, in the graph or another block."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": "Tides", "author": {"@id": "https://tide.example/#/person/7"}},
            {"@type": "Person", "@id": "https://tide.example/#/person/7", "name": "Mara Holm"},
        ],
    }
    other = _ld({"@type": "Person", "@id": "https://tide.example/#/person/8", "name": ["Karl Moos"]})
    article = _ld({"@type": "BlogPosting", "author": ["https://tide.example/#/person/8"]})
    assert [("jsonld", "Mara Holm")] == _authors(_ld(graph))
    assert [("jsonld", "Karl Moos")] == _authors(other + article)


def test_jsonld_unresolved_reference_is_no_author() -> None:
    """A reference to no node, or a profile URL, gives no author candidate."""
    data = {"@type": "Article", "author": [{"@id": "https://tide.example/#/person/9"}, "https://tide.example/u/jr"]}
    assert [] == _authors(_ld(data))
