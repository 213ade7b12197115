"""Tests for cleanarchive.pipeline."""

from __future__ import annotations

import pytest

from cleanarchive import (
    Cleaner,
    CleanOptions,
    CleanRecord,
    DocumentError,
    DocumentKind,
    DocumentTooLarge,
    RawDocument,
    Reject,
    RejectReason,
    clean_html,
    clean_text,
    iter_clean,
)

BODY = (
    "The council met on Tuesday to discuss the new budget for the coming year.\n"
    "Members argued for hours about spending on roads, schools and the harbour."
)
PAGE = f"""<!doctype html><html><head><title>Budget talks go on | Town Times</title>
<meta charset="utf-8"></head><body><nav>Home News Sport</nav><article><h1>Budget talks go on</h1>
<p>{BODY.splitlines()[0]} It was a long evening in the old town hall.</p>
<p>{BODY.splitlines()[1]} Several residents spoke in the public session.</p>
<p>A final vote is expected next month after a round of public hearings in every district.</p>
</article><footer>Copyright Town Times</footer></body></html>"""


def test_clean_text_keeps_body_and_is_deterministic() -> None:
    """The same text and options give the same record, body untouched."""
    first = clean_text(BODY, url="https://www.example.org/a?utm_source=x")
    second = clean_text(BODY, url="https://www.example.org/a?utm_source=x")
    assert first == second
    assert BODY == first.text
    assert "example.org" == first.domain


def test_different_options_give_different_ids() -> None:
    """The record id depends on the options."""
    assert clean_text(BODY).id != clean_text(BODY, options=CleanOptions(detect_language=False)).id


def test_clean_text_rejects_empty_and_binary() -> None:
    """Empty and binary dumps raise DocumentError with the right reason."""
    with pytest.raises(DocumentError) as empty:
        clean_text("  \n\n ")
    with pytest.raises(DocumentError) as binary:
        clean_text("\x00\x01\x02 junk \x00" * 50)
    assert RejectReason.EMPTY == empty.value.reason
    assert RejectReason.BINARY == binary.value.reason


def test_unknown_hint_is_a_type_error() -> None:
    """A misspelt hint fails loudly."""
    with pytest.raises(TypeError):
        clean_text(BODY, tittle="x")


def test_clean_html_extracts_body_and_title() -> None:
    """A page gives its article text and title, without navigation or footer."""
    record = clean_html(PAGE.encode("utf-8"), url="https://example.org/budget")
    assert DocumentKind.HTML == record.kind
    assert "Budget talks go on" == record.title
    assert "old town hall" in record.text
    assert "Home News Sport" not in record.text


def test_a_dump_s_character_references_are_decoded() -> None:
    """A dump's '&amp;' is '&' and its '&#8217;' a quote (a page's parser decodes a page's own)."""
    assert f"{BODY} Tom & Jerry’s show." == clean_text(f"{BODY} Tom &amp; Jerry&#8217;s show.").text


def test_size_cap_and_cleaner_reject() -> None:
    """A document above the cap becomes a too-large reject through Cleaner.clean."""
    cleaner = Cleaner(CleanOptions(max_document_bytes=10))
    result = cleaner.clean(RawDocument(content=BODY, kind=DocumentKind.TEXT, input_id="x"))
    assert isinstance(result, Reject)
    assert (RejectReason.TOO_LARGE, "x") == (result.reason, result.input_id)
    with pytest.raises(DocumentTooLarge):
        clean_text(BODY, options=CleanOptions(max_document_bytes=10))


def test_iter_clean_yields_one_result_per_item_in_order() -> None:
    """iter_clean is lazy, keeps order and yields rejects as values."""
    items = [{"text": BODY, "id": "a"}, {"title": "no body"}, BODY, {"html": PAGE}]
    results = list(iter_clean(iter(items), CleanOptions(detect_language=False)))
    assert [CleanRecord, Reject, CleanRecord, CleanRecord] == [type(r) for r in results]
    assert "a" == results[0].input_id  # type: ignore[union-attr]


def test_iter_clean_rejects_unknown_item_type() -> None:
    """An item of an unsupported type is a programming error, not a reject."""
    with pytest.raises(TypeError):
        list(iter_clean([42]))


_HEADED_BODY = (
    "The council met on Tuesday and agreed to widen the old bridge over the river. Work will start in "
    "spring, the mayor said, and should last about two years."
)


@pytest.mark.parametrize(
    ("head", "title", "authors", "date", "source"),
    [
        # a byline on the first line is no title; "By the numbers: ..." and "By Land and Sea" are
        ("By Jane Doe", None, ("Jane Doe",), None, None),
        ("Story by Jane Doe and John Roe", None, ("Jane Doe", "John Roe"), None, None),
        ("Von Jane Doe | 03.03.2019, 14:32 Uhr", None, ("Jane Doe",), "2019-03-03T14:32:00", None),
        ("Par Jeanne Roe", None, ("Jeanne Roe",), None, None),
        ("By the numbers: the new bridge", "By the numbers: the new bridge", (), None, None),
        ("By Land and Sea", "By Land and Sea", (), None, None),
        # a publisher's credit, either way round, on the first line too; a dated title stays a title
        ("March 3, 2019 | Harbour Times", None, (), "2019-03-03", "Harbour Times"),
        ("Business Insider, 21 Nov 2017", None, (), "2017-11-21", "Business Insider"),
        ("March 3, 2019 - the day the bridge fell", "March 3, 2019 - the day the bridge fell", (), None, None),
    ],
)
def test_first_line_bylines_and_credits_are_metadata_not_titles(
    head: str, title: str | None, authors: tuple[str, ...], date: str | None, source: str | None
) -> None:
    record = clean_text(f"{head}\n{_HEADED_BODY}", options=CleanOptions(detect_language=False))
    assert (record.title, tuple(record.authors), record.date, record.source) == (title, authors, date, source)
    assert record.text == _HEADED_BODY or title is not None


_MENU = "\n".join(f"Section {n}" for n in range(40))  # a page's menus, past the heading zone


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Written by\nJane Roe", ("Jane Roe",)),
        ("By\nJane Roe and John Doe", ("Jane Roe", "John Doe")),
        ("By Jane Roe", ("Jane Roe",)),
        # what other rules took out between the label and the name is no part of it
        ("Author\n.x{display:flex;color:red}\nJane Roe", ("Jane Roe",)),
    ],
)
def test_a_whole_pages_byline_below_its_menus_gives_the_authors(byline: str, authors: tuple[str, ...]) -> None:
    record = clean_text(f"{_MENU}\n{byline}\n{_HEADED_BODY}", options=CleanOptions(detect_language=False))
    assert tuple(record.authors) == authors
    assert "Jane Roe" not in record.text


@pytest.mark.parametrize(
    "text",
    [
        # a listing's teasers, each with its writer
        "\n".join(f"Story {n} headline here\nBy\nJane Roe{n * 'x'}\n{_HEADED_BODY}" for n in range(3)),
        # no article follows the byline
        "By\nJane Roe\nSection 1\nSection 2",
    ],
)
def test_bylines_of_listings_or_without_an_article_give_no_authors(text: str) -> None:
    record = clean_text(f"{_MENU}\n{text}\n{_MENU}", options=CleanOptions(detect_language=False))
    assert record.authors == ()


def test_an_unexpected_error_costs_one_document_not_the_run(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug met by one document is an internal-error reject, logged with its traceback; the next
    document is cleaned as usual."""
    from cleanarchive import pipeline

    real = pipeline._metadata.normalise

    def flaky(*args: object, **kwargs: object) -> object:
        if "explode" in str(args) + str(kwargs):
            raise KeyError("a bug")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline._metadata, "normalise", flaky)
    docs = ["This text will explode in the metadata stage, a sentence long enough to keep.",
            "The council met on Tuesday and agreed to widen the old bridge over the river."]
    with caplog.at_level("ERROR", logger="cleanarchive.pipeline"):
        out = list(iter_clean(docs))
    assert isinstance(out[0], Reject) and out[0].reason is RejectReason.INTERNAL
    assert "KeyError" in out[0].detail
    assert not isinstance(out[1], Reject)
    assert any("internal error" in r.message and r.exc_info for r in caplog.records)


def test_a_last_modified_trailer_gives_the_modified_date_not_the_published_one() -> None:
    """'<title> was last modified: March 3, 2019 by Jane Roe' is a modified date."""
    record = clean_text(f"{BODY}\nBudget Talks was last modified: March 3, 2019 by Jane Roe")
    assert (BODY, None, "2019-03-03") == (record.text, record.date, record.date_modified)
