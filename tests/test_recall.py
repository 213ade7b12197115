"""Body text the scrubber must keep: code an article quotes, headings shaped like other things.

Each test pairs a kept shape with the residue of a like shape that must still go.
"""

from __future__ import annotations

import pytest

from cleanarchive.scrub import scrub

BODY = "The council met on Tuesday and agreed to widen the old bridge over the river."
BODY2 = "Work will start in spring, the mayor said, and should last about two years."


def _kept(text: str) -> bool:
    """Return whether scrubbing removes nothing from ``text`` (lines are only stripped)."""
    result = scrub(text)
    return not result.removed and scrub(result.text).text == result.text


# --- code an article quotes -------------------------------------------------------------------------

_JS_INTRODUCED = (
    "To add two numbers and print their sum, write a small function like this:\n"
    "const add = (a, b) => a + b;\n"
    "console.log(add(2, 3));\n"
    "The function returns its result, and the console shows the number five."
)
_JS_LABELLED = (
    "A click on the button logs a message, which is how you check that the handler runs.\n"
    "js\n"
    'const button = document.querySelector("#send");\n'
    'button.addEventListener("click", () => {\n'
    '  console.log("sent");\n'
    "});\n"
    "Open the console and press the button a few times to see it."
)
_CSS_LABELLED = (
    "Give the list a border and some room inside it.\n"
    "css\n"
    "ul.menu {\n"
    "  border: 1px solid gray;\n"
    "  padding: 4px;\n"
    "}\n"
    "Each item now sits inside the border, away from its edge."
)
_CSS_INTRODUCED = (
    "Then make the heading stand out with the following rule:\n"
    "h2 {\n"
    "  color: navy;\n"
    "}\n"
    "@media (max-width: 600px) {\n"
    "  h2 { font-size: 18px; }\n"
    "}\n"
    "On a narrow screen the heading is a little smaller than on a wide one."
)
# A sentence broken at an inline code word ("... into the <section> rule:") still introduces code.
_JSON_INTRODUCED = (
    "The settings file holds one entry per channel, and the reader loads it from the\n"
    "config.json\n"
    "file, which looks like this:\n"
    "{\n"
    '  "channel": "news",\n'
    '  "retries": 3\n'
    "}\n"
    "If the file is missing, the reader stops and says which path it tried."
)


@pytest.mark.parametrize(
    "example",
    [_JS_INTRODUCED, _JS_LABELLED, _CSS_LABELLED, _CSS_INTRODUCED, _JSON_INTRODUCED],
    ids=["js-introduced", "js-labelled", "css-labelled", "css-introduced", "json-introduced"],
)
def test_code_an_article_introduces_or_labels_stays(example: str) -> None:
    """A tutorial's example under a code box's label, or after a sentence ending in a colon, is kept."""
    assert _kept(f"{BODY}\n{example}\n{BODY2}")


def test_page_script_after_a_colon_line_still_goes() -> None:
    """A colon line does not shield a page's script: tracker idioms, or no text going on after it."""
    script = "window.nlForms = window.nlForms || [];\nwindow.nlForms.push({id: 'weekly'});"
    text = f"{BODY}\nGet the best stories of the week in your inbox every Friday:\n{script}\n{BODY2}"
    assert script not in scrub(text).text
    widget = "var slider = new Slider('#top', {speed: 300});\nslider.start();"
    text = f"{BODY}\nMore from this section of our website:\n{widget}\nSports\nWeather"
    assert widget not in scrub(text).text


def test_minified_style_sheet_under_a_label_line_still_goes() -> None:
    """A menu item such as 'CSS' above a page's minified style sheet does not make it an example."""
    css = ".nav{display:flex;gap:4px}.nav a{color:#333;text-decoration:none}"
    assert css not in scrub(f"{BODY}\nCSS\n{css}\n{BODY2}").text


def test_long_style_sheet_after_a_colon_sentence_still_goes() -> None:
    """An example a sentence introduces is short; a page's style sheet after one is not an example."""
    sheet = "\n".join(f".block-{k} {{\n  margin: {k}px;\n}}" for k in range(30))
    text = f"{BODY}\nThese are the rules we follow when we report on the council:\n{sheet}\n{BODY2} {BODY}"
    assert ".block-1 {" not in scrub(text).text


def test_code_inside_a_page_style_sheet_comment_is_not_introduced_by_it() -> None:
    """A colon line among declarations (a comment's text once its marks are gone) introduces nothing."""
    sheet = "width: 2rem;\nBut some prefer the shorter form of this rule:\n.card {\n  margin: 0;\n}"
    assert ".card {" not in scrub(f"{BODY}\n.x {{\n{sheet}\n{BODY2} {BODY}").text


# --- headings shaped like bylines -------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Chinese Pinyin Lyrics", "Italian Recipe Notes", "Episode Guide"])
def test_heading_of_capitalised_words_above_a_date_line_is_no_byline(heading: str) -> None:
    """A section heading in title case over a date line is kept: it names no person."""
    text = f"Moon Over the River\n{heading}\nMarch 3, 2021\n{BODY}\n{BODY2}"
    result = scrub(text)
    assert heading in result.text
    assert "header.byline" not in {r.rule for r in result.removed}


def test_name_above_a_date_line_is_still_a_byline() -> None:
    """A person's name in the same place is still taken as the byline."""
    text = f"Moon Over the River\nMei Lin Zhang\nMarch 3, 2021\n{BODY}\n{BODY2}"
    assert ("header.byline", "Mei Lin Zhang") in [(r.rule, r.text) for r in scrub(text).removed]


# --- code an article quotes, in a page flattened onto one line ---------------------------------------

_FLAT_PROSE = " ".join([BODY, BODY2] * 6)


@pytest.mark.parametrize(
    "lead",
    ["Add the following rules to the bottom of your style sheet:", "Then the style sheet looks like this. css"],
)
def test_css_example_glued_into_a_flattened_article_stays(lead: str) -> None:
    """Human-written CSS after a colon or a 'css' label, inside a one-line dump, is kept."""
    example = "article { padding: 10px; margin: 10px; } section { display: flex; }"
    text = f"{_FLAT_PROSE} {lead} {example} {_FLAT_PROSE}"
    assert example in scrub(text).text


def test_minified_css_glued_after_a_colon_still_goes() -> None:
    """Page CSS glued after a colon in a one-line dump is minified, and goes."""
    css = ".promo{display:none;margin:0}.promo a{color:#c00;padding:2px}"
    text = f"{_FLAT_PROSE} Follow us: {css} {_FLAT_PROSE}"
    assert css not in scrub(text).text
