"""Tests for cleanarchive.rules: each built-in rule on invented residue, and body text that must stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleanarchive
from cleanarchive.records import Category
from cleanarchive.rules.form import FORM_NOTICES
from cleanarchive.rules.minified import code_line_kind
from cleanarchive.rules.shapes import anchor_positions, occurrences, plain_sentence, words_pattern
from cleanarchive.scrub import TITLE_RULE_ID, scrub

BODY = "The council met on Tuesday and agreed to widen the old bridge over the river."
BODY2 = "Work will start in spring, the mayor said, and should last about two years."


def _removals(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in scrub(text, title=title).removed]


def _between(residue: str) -> list[tuple[str, str]]:
    """Return the removals when ``residue`` sits on its own line between two body paragraphs."""
    return _removals(f"{BODY}\n{residue}\n{BODY2}")


# --- css --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "blob",
    [
        "@media (max-width: 480px) {.promo_box_12ab {display:none !important;}}",
        "@media only screen and (min-width: 768px) { .side-ad { width: 300px; } #top { margin: 0 } }",
        "@font-face {font-family: 'Foo Sans'; src: url(https://cdn.example.org/foo.woff2) format('woff2');}",
        "@import url('https://fonts.example.com/css?family=Bar');",
    ],
)
def test_css_at_rule_lines_are_removed(blob: str) -> None:
    """@media/@font-face/@import blobs on their own line are removed whole."""
    assert [("css.at-rule", blob)] == _between(blob)


def test_css_at_rule_spread_over_lines_is_removed() -> None:
    """A @media block spread over several lines goes as one removal."""
    blob = "@media print {\n  .nav-bar { display: none; }\n  body { font-size: 11pt; }\n}"
    assert [("css.at-rule", blob)] == _removals(f"{BODY}\n{blob}\n{BODY2}")


@pytest.mark.parametrize(
    "blob",
    [
        # A CSS-in-JS reset style sheet: every HTML element, each rule with its marker comment.
        "dfn{font-style:italic;}/*!sc*/\nmark{background:#ff0;color:#000;}/*!sc*/\nsmall{font-size:80%;}/*!sc*/",
        "legend{box-sizing:border-box;color:inherit;padding:0;}",
        "fieldset, legend {margin:0; border:0}",
        "tfoot td:first-child{border-width:2px 0 0 0;}",
        "text {fill: #333;}",
    ],
)
def test_css_rules_on_any_html_element_are_removed(blob: str) -> None:
    """Rule blocks on HTML elements whose names are English words ("small", "mark") go too."""
    assert [("css.rule-block", line) for line in blob.split("\n")] == _between(blob)


@pytest.mark.parametrize(
    "line",
    ["time is short: {note: this;}", "Mark my words {and: this; too: that}", "the small print {says: no;}"],
)
def test_element_words_among_other_words_are_no_selector(line: str) -> None:
    """An element's name among other words before braces is not taken for a selector."""
    assert [] == _between(line)


def test_css_at_rule_left_empty_is_removed() -> None:
    """An @media block whose rules were taken out (or never had any) goes too."""
    blob = "@media (min-width: 1000px) {\n}"
    assert [("css.at-rule", blob)] == _removals(f"{BODY}\n{blob}\n{BODY2}")


def test_css_at_rule_glued_in_a_line_is_removed() -> None:
    """A @media blob glued after a sentence is cut out, the sentence stays."""
    text = f"{BODY} @media(min-width: 601px) {{.slot_9 {{display:block !important;}}}} {BODY2}"
    assert f"{BODY} {BODY2}" == scrub(text).text


@pytest.mark.parametrize(
    "blob",
    [
        ".share-buttons a {color: #fff; padding: 4px 8px;}",
        "#sidebar .widget{margin:0}.widget h3{font-weight:700}",
        "div.ad-slot > ins { display: block !important; --gap: 2px }",
        # zero-width spaces scattered through a selector against copying
        "#\u200b#\u200b#\u200b .as-7o { --sh-token-tag: var(--ymu9b7); }",
    ],
)
def test_css_rule_block_lines_are_removed(blob: str) -> None:
    """Selector-and-declarations lines are removed."""
    assert [("css.rule-block", blob)] == _between(blob)


def test_css_rule_block_over_lines_is_removed() -> None:
    """A selector block spread over lines goes as one removal."""
    blob = ".related-posts li {\nfloat: left;\nwidth: 33%;\n}"
    assert [("css.rule-block", blob)] == _removals(f"{BODY}\n{blob}\n{BODY2}")


@pytest.mark.parametrize(
    "blob",
    [
        # a selector list over lines, a comment in the declarations
        ".wrapper .form-submit #submit,\n.wrapper input[type='submit']:focus,\n.wrapper a.btn:focus {\n"
        "opacity: 0.75; /* as before 4.21 */\noutline-color: #00c996;\n}",
        # commas at the starts of lines, a custom element's name among ids
        "#consent-sdk #pc-sdk ot-grp-hdr1 .checkbox,\n#consent-sdk #pc-title:after\n,#consent-sdk #sel-blk,\n"
        "#consent-sdk #anchor {\nbackground-color: #FFFFFF;\n}",
        # the brace alone on the line after the selector
        "#uc_list_menu_6d826ab ul\n{\ntext-align: left;\n}",
        # a value over three lines
        ".grid {\ngrid-template-columns:\nrepeat(8, minmax(0, var(--cell-max-width)))\nminmax(var(--gutter), 1fr);\n"
        "row-gap: 11px;\n}",
    ],
)
def test_css_rule_blocks_written_over_lines_in_other_ways_are_removed(blob: str) -> None:
    """Selector lists, a brace on its own line, comments and values running over lines."""
    assert [("css.rule-block", blob)] == _removals(f"{BODY}\n{blob}\n{BODY2}")


@pytest.mark.parametrize(
    "blob",
    [
        # a site builder's nested media query, empty (CSS nesting)
        ".fe-block-20aa88eeec {\ngrid-area: 1/1/3/11;\nz-index: 4;\n@media (max-width: 767px) {\n}\n}",
        # nested rules with declarations, one with the nesting selector
        ".card {\npadding: 4px;\n&:hover {\ncolor: red;\n}\n.title {\nfont-weight: 700;\n}\n}",
    ],
)
def test_css_blocks_with_nested_blocks_are_removed_whole(blob: str) -> None:
    """CSS nesting: rules and at-rules inside a rule block go with it, as one removal."""
    assert [("css.rule-block", blob)] == _removals(f"{BODY}\n{blob}\n{BODY2}")


def test_css_block_holding_only_a_nested_at_rule_leaves_nothing() -> None:
    """The at-rule inside goes first; the empty block left of its selector goes after it."""
    blob = ".menu {\n@media (min-width: 768px) {\ndisplay: flex;\n}\n}"
    result = scrub(f"{BODY}\n{blob}\n{BODY2}")
    assert (f"{BODY}\n{BODY2}", {"css.at-rule", "css.rule-block"}) == (result.text, {r.rule for r in result.removed})


@pytest.mark.parametrize(
    "blob",
    [
        # a comment over lines among custom properties
        ":root {\n/* Easings */\n/* Use inoutquad - for changes that are not size-related,\n"
        "such as color or backgrounds. */\n--timing-inoutquad: cubic-bezier(0.455, 0.03, 0.515, 0.955);\n}",
        # an attribute selector, no shortcode
        "[data-overflow-focus] {\npadding: 0.3rem;\nmargin: -0.3rem;\n}",
        "[data-theme-dark] .card,\n.panel {\ncolor: #eee;\n}",
    ],
)
def test_css_blocks_with_comments_over_lines_or_attribute_selectors_are_removed(blob: str) -> None:
    """A comment running over lines inside a block, a selector in square brackets: one removal."""
    assert [("css.rule-block", blob)] == _removals(f"{BODY}\n{blob}\n{BODY2}")


def test_style_sheet_comments_next_to_blocks_go_with_them() -> None:
    """Comment lines above and below a block are the style sheet's; a comment alone stays."""
    sheet = (
        "/* Job Listing */\n.jobs-listing,\n.roles-title {\ntransition-property: color;\n}\n"
        "/* Clip issue: if an element is clipped because its parent hides overflow\n"
        "then add this attribute to the parent */\n/* Reduced motion */\n.tippy { color: blue; }\n/* Hover */"
    )
    result = scrub(f"{BODY}\n{sheet}\n{BODY2}\n/* a comment in the text, alone */")
    assert f"{BODY}\n{BODY2}\n/* a comment in the text, alone */" == result.text
    assert ["css.rule-block", "css.rule-block"] == [r.rule for r in result.removed]


def test_nested_block_that_is_not_css_keeps_the_whole_block() -> None:
    """A block nested in a block must be CSS too: a program's inner block is no reason to cut."""
    code = ".card {\npadding: 4px;\nif (open) {\nshow the menu and wait\n}\n}"
    text = f"{BODY}\n{code}\n{BODY2}"
    assert text == scrub(text).text


def test_a_style_sheet_before_a_footer_menu_goes_whole() -> None:
    """The braces closing a style sheet are code, not menu items: the menu after it and the
    whole @media block go, each by its own rule, and nothing of the style sheet is left."""
    sheet = "@media (min-width: 768px) {\n.fe-block-24556 .sqs-block {\njustify-content: flex-start;\n}\n}"
    menu = "Tastify Food, LLC\nFAQs\nNewsletter\nCareers\nContact Us"
    result = scrub(f"{BODY}\n{sheet}\n{menu}\n{BODY2}")
    assert f"{BODY}\n{BODY2}" == result.text
    assert [("css.at-rule", sheet), ("boilerplate.nav-run", menu)] == [(r.rule, r.text) for r in result.removed]


@pytest.mark.parametrize(
    "code",
    [
        "func a() {\ni := 0\ndefer fmt.Println(i)\ni++\nreturn\n}",  # Go in a tutorial
        ".avatar\n{\nborder-radius\n:\n50\n%\n;\n}",  # CSS shown token by token
    ],
)
def test_brace_blocks_that_are_not_declarations_stay(code: str) -> None:
    """Code examples whose lines are not CSS declarations one by one are kept whole."""
    text = f"{BODY}\n{code}\n{BODY2}"
    assert text == scrub(text).text


def test_prose_line_before_a_block_is_not_read_as_its_selector_list() -> None:
    """A line ending in a comma before a block is part of the block only if it is selectors."""
    assert f"{BODY}\nVisit a site,\n{BODY2}" == scrub(f"{BODY}\nVisit a site,\nbody {{\ncolor: red;\n}}\n{BODY2}").text


@pytest.mark.parametrize(
    "line",
    [
        "Use a set such as {a, b} to hold the values before you sort them.",
        "The template printed {name} instead of the reader's actual name.",
        "Email the desk at @media desk {not a rule} if you have a tip for us.",
    ],
)
def test_body_sentences_with_braces_stay(line: str) -> None:
    """Body sentences that contain braces are not CSS."""
    assert [] == _between(line)


# --- script -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(adsbygoogle = window.adsbygoogle || []).push({});", "script.adsbygoogle"),
        (
            '(function(a,b,c){var s=b.createElement(c);s.src="//ads.example.com/x.js";})(window,document);',
            "script.iife",
        ),
        ('!function(f,b,e){if(f.q)return;f.q=[];}(window,document,"script");', "script.iife"),
        ("var slotConfig = {size: [300, 250], lazy: true};", "script.statement"),
        ("window.dataLayer = window.dataLayer || [];", "script.statement"),
        ("document.write('<div id=\"ad\"></div>');", "script.statement"),
        ("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });", "script.statement"),
        ("gtag('config', 'UA-000000-1');", "script.statement"),
        ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hi"}', "script.json"),
    ],
)
def test_script_lines_are_removed(line: str, rule: str) -> None:
    """Ad loaders, JavaScript statements and JSON configs on their own line are removed."""
    assert [(rule, line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "Widgets.ready(function () { Widgets.bar.init(); });",
        "onPageReady( function() {startSpinner( 1, '/img/loading.gif', true );});",
        "loader.on('play', (data) => { track(data); });",
        "_wq = window._wq || [];",
        "(window.MONITOR||(MONITOR={})).init={privacy:{cookies:true},ajax:{deny:['x.example']}};",
        'window._siteConfig = JSON.parse("{\\"id\\":6470312,\\"plans\\":false}")',
        'self.__payload.push([1,"1f:[[\\"$\\",\\"meta\\",\\"0\\"]]"])',
        "function track_link3() { window.dataLayer.push({event: 'click', where: 'navbar'}) }",
        'window._preloads        = JSON.parse("{\\"isEU\\":true}")',
    ],
)
def test_page_statements_with_callbacks_or_without_semicolons_are_removed(line: str) -> None:
    """A call taking a callback, a name set from a browser object, and a statement without its
    semicolon that uses a browser name or pushes onto a queue are page script."""
    assert [("script.statement", line)] == _between(line)


def test_values_set_on_browser_objects_without_semicolons_are_removed() -> None:
    """A script of assignments written without semicolons goes line by line."""
    lines = ['window.translations.CART_ADDED = "Added to Cart"', 'window.config["region"] = 5']
    assert [("script.statement", line) for line in lines] == _between("\n".join(lines))


def test_a_tutorials_statement_without_semicolon_stays() -> None:
    """Modern example code without semicolons and without browser names is not a page script."""
    assert [] == _between("const name = line.slice(0, equalsIndex).trim()")


def test_tracking_pixel_with_its_function_body_on_the_next_line_goes_whole() -> None:
    """'!function(a,b,c)' / '{if(a.px)return;...}(window,document,...);' is one loader."""
    pixel = (
        "!function(f,b,e,v,n,t,s)\n{if(f.px)return;n=f.px=function(){n.callMethod?\n"
        "n.callMethod.apply(n,arguments):n.queue.push(arguments)};\nn.queue=[];t=b.createElement(e);\n"
        "s=b.getElementsByTagName(e)[0];\ns.parentNode.insertBefore(t,s)}(window,document,'script',\n"
        "'https://cdn.example.net/px.js');"
    )
    assert [("script.iife", pixel)] == _between(pixel)


def test_script_block_over_lines_is_removed() -> None:
    """A statement spread over several lines goes as one removal."""
    block = "var widgetOptions = {\n  container: 'w-1',\n  items: 4\n};"
    assert [("script.statement", block)] == _removals(f"{BODY}\n{block}\n{BODY2}")


def test_page_script_with_comment_lines_and_a_last_property_goes_whole() -> None:
    """Comment lines and an object's last property ('url: url') do not break a script's run."""
    script = (
        "// Allow user to set any option except for dataType, cache, and url.\n"
        "options = jQuery.extend( options || {}, {\n"
        'dataType: "script",\ncache: true,\nurl: url\n});\n'
        "// Return the jqXHR object so we can chain callbacks.\n"
        "return jQuery.ajax( options );"
    )
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{script}\n{BODY2}").text


@pytest.mark.parametrize("line", ["// Update: the bridge opens in May, the council said.", "status: open"])
def test_a_lone_comment_or_label_line_stays(line: str) -> None:
    """A line shaped like a comment or a property, with no script around it, is kept."""
    assert [] == _between(line)


_FLAT_CSS = (
    ".site-header{display:flex;padding:0 1rem}.site-header a{color:#fff;text-decoration:none}"
    ".menu li{margin:0;list-style:none}.footer{font-size:12px}"
)
_FLAT_JS = (
    "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} "
    "gtag('js', new Date()); document.addEventListener('click', function(e){ e.preventDefault(); });"
)
_PROSE = " ".join([BODY, BODY2] * 12)


def test_page_flattened_onto_one_line_loses_its_style_sheet_and_script_not_its_text() -> None:
    """A whole page on one line: the CSS and the page script go, the sentences between stay."""
    text = f"Bridge Plan Approved | Harbour News {_FLAT_CSS} {_PROSE} {_FLAT_JS} {BODY}"
    result = scrub(text).text
    assert _PROSE in result and BODY in result
    assert "{" not in result and "dataLayer" not in result


def test_page_flattened_onto_one_line_with_a_minified_script_is_not_code_whole() -> None:
    """Its title first, then a script and the text: only the script goes."""
    minified = "var a=window.x||{};a.b=function(c){return c};document.body.className+=' js';" * 8
    text = f"Das Ministerium informiert | Die Partei {minified} {_PROSE}"
    assert _PROSE in scrub(text).text


def test_code_in_a_flattened_tutorial_without_browser_names_stays() -> None:
    """A code example quoted in a flattened article (no page APIs, no CSS blocks) is kept."""
    example = "def area(r): return 3.14 * r * r; print(area(2)); items = [x * 2 for x in range(10)]; " * 4
    text = f"{_PROSE} {example} {_PROSE}"
    assert example.strip() in scrub(text).text


def test_iife_glued_in_a_line_is_removed() -> None:
    """A loader glued into a paragraph (newlines collapsed) is cut out."""
    loader = "(function(w,d){w.x=w.x||[];w.x.push({slot:1});})(window,document);"
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {loader} {BODY2}").text


@pytest.mark.parametrize(
    "line",
    [
        "The function of the committee (which meets monthly) is to review the budget.",
        "In the code, a call like print(x) simply shows the value on the screen.",
        "The window was open; the document lay on the desk all night long.",
        "var is a keyword that older scripts still use, the instructor explained.",
    ],
)
def test_body_sentences_about_code_stay(line: str) -> None:
    """Body sentences that mention or quote code are kept."""
    assert [] == _between(line)


def test_unclosed_statement_is_kept() -> None:
    """A statement whose brackets never close is not removed (when unsure, keep)."""
    line = "var plan = {a: 1, and then the reporter kept on writing the story"
    assert [] == _between(line)


def test_a_links_note_before_a_script_stays() -> None:
    """A link's "(opens in a new window)" note on the line before a page script is text, not code."""
    script = "window.pageData = window.pageData || {};\ndocument.querySelector('#nav').classList.add('ready');"
    removed = _removals(f"{BODY}\nVisit a store\n(opens in a new window)\n{script}\n{BODY2}")
    assert [("script.block", script)] == removed


def _state(items: int) -> str:
    """Return a made-up page state object holding ``items`` teasers (sentences in its strings)."""
    teaser = '{"id":%d,"title":"Bridge works start in spring, the mayor said on Tuesday","url":"/a/%d","tags":["city"]}'
    return "{" + '"items":[' + ",".join(teaser % (i, i) for i in range(items)) + '],"locale":"en-US"}'


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


@pytest.mark.parametrize(
    "line",
    [
        f"window.__INITIAL_STATE__ = {_state(40)};",
        f"window['__CONFIG__']={_state(40)};",
        f'self.__next_f.push([1,"{_escaped(_state(40))}"])',
        f'(window[Symbol.for("DataTransport")] ??= []).push({_state(40)})',
        f'window.shopBootstrap("product", "{_escaped(_state(40))}").load();',
        f"appContext.r(\"routes/product\", {_state(40)})",
    ],
)
def test_framework_state_lines_are_removed(line: str) -> None:
    """A page framework's state on one line, strings full of the page's texts, goes whole."""
    assert [("script.data-line", line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        # The state with an article flattened onto the same line after it: kept (when unsure, keep).
        f"window.__INITIAL_STATE__ = {_state(40)}; {BODY} {BODY2} " * 2 + "The end.",
        # Dialogue: quotes and colons, but no keys and mostly words outside the quotes.
        " ".join(f'"Is it {i} o\'clock?": that was the question, and she asked it again and again.' for i in range(30)),
        # A short config an article shows (under the length a framework's state runs to).
        'window.settings = {"theme":"dark","lang":"en"};',
    ],
)
def test_lines_like_framework_state_stay(line: str) -> None:
    """Not every line with quotes and colons is a page's state."""
    assert "script.data-line" not in {rule for rule, _ in _between(line)}


# --- long lines of minified code ---------------------------------------------------------------------

# Utility classes as a CSS framework writes them (escaped ":", "[", ">"), which the block rules
# cannot read, and a bundle's page state, opened by a string statement.
_MINIFIED_CSS = "/* Utilities: spacing, colours and the cards of the home page */" + "".join(
    f".md\\:px-{i}{{padding-left:{i}rem;padding-right:{i}rem}}.hover\\:text-{i}:hover{{color:#2{i % 10}2}}"
    f".\\[\\&\\>\\*\\]\\:mt-{i}>*{{margin-top:{i}px}}"
    for i in range(40)
)
# The article of a page rendered in the browser: five sentences or more.
_STATE_BODY = [
    BODY,
    BODY2,
    "The old bridge was built in the year of the great flood and has carried the town ever since.",
    "Engineers told the council that the widened bridge would carry buses as well as cars and bicycles.",
    "Shops on both banks of the river asked the council to keep one lane open while the work goes on.",
]
_STATE = (
    '"use strict";(self.__pageState=self.__pageState||[]).push({"page":{"id":7,"body":"<p>'
    + "</p><p>".join(_STATE_BODY)
    + '</p>"},"nav":['
    + ",".join(f'{{"id":{i},"href":"/section/{i}","label":"Section {i}"}}' for i in range(40))
    + "]});"
)


def test_minified_style_sheet_line_is_removed_as_css() -> None:
    """A theme's style sheet on one line (a comment in words, selectors of repeated tag names) goes."""
    assert ("css.minified-line", _MINIFIED_CSS) in _between(_MINIFIED_CSS)


def test_page_state_json_is_removed_when_its_text_is_shown() -> None:
    """A framework's page state repeating the article goes; the article itself stays."""
    article = "\n".join(_STATE_BODY)
    result = scrub(f"Bridge plan approved\n{article}\n{_STATE}")
    assert ("script.minified-line", _STATE) in [(r.rule, r.text) for r in result.removed]
    assert result.text.endswith(article)


def test_page_state_json_holding_the_only_copy_of_the_article_stays() -> None:
    """A page rendered in the browser has its article only in its state: that copy is kept."""
    assert _STATE in scrub(f"Bridge plan approved\nMenu\n{_STATE}").text


def test_script_line_whose_only_unique_sentences_are_its_interface_strings_is_removed() -> None:
    """A bundle's few sentences of its own (a consent prompt, a carousel's help) are no article."""
    ui = [
        "We would like to show you notifications for the latest news and updates on this site.",
        "Use the up and down arrow keys or swipe left and right on touch devices to see more.",
    ]
    line = _STATE.replace("</p><p>".join(_STATE_BODY), "</p><p>".join(ui))
    text = f"Bridge plan approved\n{BODY}\n{BODY2}\n{line}"
    assert ("script.minified-line", line) in [(r.rule, r.text) for r in scrub(text).removed]


_PRODUCT_IMAGES = ",".join(
    f'{{"data":"https://cdn.example.com/images/{i}/bridge_{i}.jpg?c=1","alt":"Bridge {i}|Hover"}}' for i in range(30)
)


@pytest.mark.parametrize(
    "line",
    [
        # a script's JSON in a string, its quotes escaped for HTML
        'var prodImages = "[' + _PRODUCT_IMAGES.replace('"', "&quot;") + ']";',
        # ... in a template literal
        "product: (`[" + _PRODUCT_IMAGES + "]`),",
        # a page state's JSON with its quotes escaped for a script
        "{" + _PRODUCT_IMAGES.replace('"', "\\u0022")[1:] + "]}",
    ],
)
def test_json_in_a_string_or_with_escaped_quotes_is_a_code_line(line: str) -> None:
    assert len(line) >= 1000
    assert code_line_kind(line) is Category.SCRIPT
    result = scrub(f"{BODY}\n{line}\n{BODY2}")
    assert [(Category.SCRIPT, line)] == [(r.category, r.text) for r in result.removed]


def test_a_long_quoted_paragraph_is_not_a_code_line() -> None:
    line = 'quote = "' + " ".join([f"{BODY} {BODY2}"] * 6) + '";'
    assert code_line_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # prose: a long paragraph with quotes, brackets and a semicolon
        " ".join([f'{BODY} "We will not wait (again)," she said; {BODY2}'] * 8),
        # a tutorial's code written for people, one long line
        " ".join(["const total = items.map((item) => item.price * item.count).reduce((a, b) => a + b, 0);"] * 14),
        # Markdown links, one after another
        " ".join(f"[Section {i} news](https://example.com/section/{i}?ref=menu&page=2)" for i in range(30)),
        # a long CJK paragraph with code-like punctuation
        "新桥计划获得批准（议会周二投票）；工程将于春季开始，预计持续两年。" * 40,
        # Thai, which puts no spaces between words
        "สภาเมืองประชุมเมื่อวันอังคารและตกลงที่จะขยายสะพานเก่า (ริมแม่น้ำ); " * 20,
        # quoted words only: no statement, no block
        ", ".join(f'"keyword{i}"' for i in range(120)),
    ],
)
def test_long_lines_that_are_not_machine_written_code_are_not_minified_lines(line: str) -> None:
    assert len(line) >= 1000
    assert code_line_kind(line) is None
    assert not {"css.minified-line", "script.minified-line"} & {rule for rule, _ in _between(line)}


@given(st.lists(st.sampled_from(BODY.split() + BODY2.split() + ["(so)", "{x}", "a=b;", '"q",']), min_size=200))
@settings(max_examples=50, deadline=None)
def test_lines_of_words_are_never_minified_code(words: list[str]) -> None:
    assert code_line_kind(" ".join(words)) is None


# --- shortcode --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        '[newsletter_signup list="7"]',
        "[/gallery]",
        '[contact-form-7 id="12" title="Contact"]',
        "[caption]",
        "[vc_row]",
        "[mashshare]",  # a share plugin's bare token
    ],
)
def test_shortcode_tokens_are_removed(token: str) -> None:
    """WordPress-style shortcode tokens are removed."""
    assert [("shortcode.token", token)] == _between(token)


def test_shortcodes_inside_a_line_leave_the_text() -> None:
    """Shortcode tokens around text are cut; the text between them stays."""
    text = '[caption id="attachment_5" align="alignleft"]The old bridge in 1950.[/caption]'
    assert "The old bridge in 1950." == scrub(text).text


@pytest.mark.parametrize(
    "line",
    [
        "“To separate [black children] from others,” the court wrote in its ruling.",
        "He said [sic] that the figures were final and could not be changed.",
        "Investors have several options [see also Monthly Income Funds] to choose from.",
        "The list ends here […] and the rest was cut for length by the editors.",
    ],
)
def test_square_brackets_in_prose_stay(line: str) -> None:
    """Editorial brackets in prose are not shortcodes."""
    assert [] == _between(line)


# --- share widgets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Share this:",
        "Facebook",
        "Twitter",
        "Facebook Twitter Email Print",
        "Like this:",
        "Loading...",
        "WhatsApp | Telegram | More",
        "0 Comments",
        "1,204 comments",
        "Follow us on Twitter",
        "Like us on Facebook | Follow us on Instagram",
        "Print Friendly, PDF & Email",
        "Share on Facebook Share on Twitter Share via Email",
    ],
)
def test_share_button_lines_are_removed(line: str) -> None:
    """Lines of only share buttons and their labels are removed."""
    assert [("share.buttons", line)] == _between(line)


@pytest.mark.parametrize("line", ["facebook", "linkedin-in", "facebook-f x-twitter youtube", "instagram | tiktok"])
def test_lower_case_network_names_of_icon_links_are_removed(line: str) -> None:
    assert [("share.icon-labels", line)] == _between(line)


@pytest.mark.parametrize("line", ["facebook is where the group first met", "pocket", "threads"])
def test_lower_case_words_that_are_not_only_network_names_stay(line: str) -> None:
    assert [] == _between(line)


def test_share_counter_and_buttons_at_start_of_a_line_are_removed() -> None:
    """A share bar glued before the first sentence is cut, the sentence stays whole."""
    text = f"2.4K SHARES Facebook Twitter Reddit Pinterest {BODY}"
    assert ([("share.run", "2.4K SHARES Facebook Twitter Reddit Pinterest")], BODY) == (
        _removals(text),
        scrub(text).text,
    )


def test_share_bar_before_a_sentence_starting_with_more_keeps_more() -> None:
    """A generic label ('More') that starts the next sentence is not taken with the bar."""
    text = "112 SHARES Facebook Twitter Pinterest More often than not, the council agrees."
    assert "More often than not, the council agrees." == scrub(text).text


def test_share_run_glued_at_the_end_is_removed() -> None:
    """A 'Share this: ... Like this: Like Loading...' run at the end of a paragraph is cut."""
    text = f"{BODY} Share this: Print Email Facebook Twitter Like this: Like Loading..."
    assert BODY == scrub(text).text


@pytest.mark.parametrize(
    "line",
    [
        "She posted the photos on Facebook before the press conference began that day.",
        "The company said Facebook, Twitter and Reddit had all removed the posts.",
        "Print editions sold out, and Email newsletters doubled their readership.",
        "The firm sold 196 Shares of the fund on Monday, the filing shows.",
        "The post drew 300 comments on Facebook within an hour.",
        "Follow us on Twitter, the mayor told residents, for updates on the bridge.",
    ],
)
def test_body_sentences_naming_networks_stay(line: str) -> None:
    """Sentences that merely mention social networks are kept."""
    assert [] == _between(line)


def test_object_literal_lines_left_by_a_script_are_removed() -> None:
    """A forum's phrase table, one property a line, with no script around it any more."""
    table = (
        'a_moment_ago: "a moment ago",\none_minute_ago: "1 minute ago",\n'
        "in_a_minute: 'in a minute',\n\"x_minutes_ago\": \"{minutes} minutes ago\",\ncount: 3"
    )
    assert [("script.properties", table)] == _between(table)


@pytest.mark.parametrize(
    "lines",
    [
        'Name: "Bob"\nAge: "5"\nTown: "Leeds"\nJob: "baker"',  # a profile in an article: no commas
        'Price: "$5",\nSize: "large",\nColour: "red"',  # three lines only
    ],
)
def test_short_or_comma_free_property_lists_stay(lines: str) -> None:
    text = f"{BODY}\n{lines}\n{BODY2}"
    assert text == scrub(text).text


def test_object_literal_an_article_introduces_stays() -> None:
    code = 'const labels = {\nsave: "Save",\ncancel: "Cancel",\nclose: "Close",\nopen: "Open",\n};'
    text = f"{BODY}\nThe labels are kept in one object, like this:\n{code}\n{BODY2}"
    assert text == scrub(text).text


# --- forms ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "By signing up, you agree to our Privacy Policy & Terms and Conditions.",
        "By entering your email address you agree to receive emails from Time Out about news and offers.",
        "By clicking 'Register', you confirm that you agree to our Privacy Policy.",
        "By checking this box, I authorize Acme Movers to send me marketing calls. Msg & data rates may apply. "
        "Reply STOP to cancel.",
        "By submitting this form, you authorize the university and its representatives to contact you via SMS.",
        "By continuing to use this site, you are consenting to our use of cookies.",
    ],
)
def test_form_consent_lines_are_removed(notice: str) -> None:
    """A form's consent line, in the site's voice, goes on its own line and glued into a paragraph."""
    assert [("form.consent", notice)] == _between(notice)
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {notice} {BODY2}").text


@pytest.mark.parametrize(
    "residue",
    [
        "This site is protected by reCAPTCHA and the Google\nPrivacy Policy\nand\nTerms of Service\napply.",
        "This site uses Akismet to reduce spam.\nLearn how your comment data is processed.",
        "Thank you! Your submission has been received!\nOops! Something went wrong while submitting the form.",
        "This field is for validation purposes and should be left unchanged.",
        "You must log in or register to reply here.",
        "Click to expand...",
        "Discussion about this post",
    ],
)
def test_form_plugin_messages_and_notices_are_removed(residue: str) -> None:
    """reCAPTCHA's notice split at its links, Akismet's in halves, form plugins' messages, forum labels."""
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{residue}\n{BODY2}").text


def test_form_consent_run_into_form_labels_goes_from_its_by() -> None:
    """A flattened form runs its labels into the notice without a full stop: the notice goes from "By"."""
    notice = "By clicking 'Register', you confirm that you agree to our Privacy Policy."
    assert f"{BODY} Please type the code {BODY2}" == scrub(f"{BODY} Please type the code {notice} {BODY2}").text


def test_form_consent_line_goes_with_its_links_on_lines_of_their_own() -> None:
    """'By proceeding, you agree to our' / 'Privacy Policy' / 'and' / 'Terms of Use' / '.' goes whole."""
    notice = "By proceeding, you agree to our\nPrivacy Policy\nand\nTerms of Use\n."
    assert [("form.consent", notice)] == _between(notice)


@pytest.mark.parametrize(
    "sentence",
    [
        "By creating a designated recovery area in your facility, you can support students in prioritizing rest.",
        "By clicking Continue, you agree to Apple's terms and conditions, and the download starts.",
        "By joining the club, you'll also receive 5% off all future bookings at the hotel.",
        "By using the hotel's own website for bookings, you may find some very enticing discounts.",
        "By signing the petition, the residents agreed to pay for the new road themselves.",
    ],
)
def test_sentences_about_clicking_or_agreeing_stay(sentence: str) -> None:
    """An article's own 'By doing X, you can ...' or a how-to's 'you agree to Apple's terms' stays."""
    text = f"{BODY}\n{sentence}\n{BODY2}"
    assert text == scrub(text).text


def test_form_consent_inside_a_script_string_is_left_to_the_code_rules() -> None:
    line = 'var i18n = {"consent":"By clicking Confirm, you consent to our terms.","ok":"OK"};'
    assert "form.consent" not in {rule for rule, _ in _between(line)}


@pytest.mark.parametrize(
    "line",
    [
        "Your Name",
        "Your Email Address *",
        "Security Code:",
        "Leave a Reply",
        "Subscribe",
        "Cancel reply",
        "Post Comment",
    ],
)
def test_form_label_lines_are_removed(line: str) -> None:
    """Comment, contact and newsletter form labels on their own line are removed."""
    assert [("form.label", line)] == _between(line)


def test_form_notices_glued_in_a_line_are_removed() -> None:
    """Comment-form notices glued into a paragraph are cut."""
    text = f"{BODY} Your email address will not be published. Required fields are marked *"
    assert BODY == scrub(text).text


@pytest.mark.parametrize("notice", FORM_NOTICES)
def test_every_form_notice_is_removed_inside_a_paragraph(notice: str) -> None:
    """Each listed notice is cut wherever it sits (its rule's guard must not hide any of them);
    one written over lines (a link a line) between the paragraph's lines."""
    if "\n" in notice:
        assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{notice}\n{BODY2}").text
    else:
        assert f"{BODY} {BODY2}" == scrub(f"{BODY} {notice} {BODY2}").text


def test_comment_form_flattened_into_a_line_is_removed() -> None:
    """'Comment Name * Email * Website Post Comment' inside a one-line dump goes."""
    text = f"{BODY} Comment Name * Email * Website Post Comment {BODY2}"
    assert f"{BODY} {BODY2}" == scrub(text).text


@pytest.mark.parametrize(
    "text",
    [f"{BODY} Name * Email *", f"{BODY} The form asks for your Name * and Email * before you can post."],
)
def test_two_starred_labels_or_a_sentence_about_a_form_stay(text: str) -> None:
    """Fewer than three labels in a row, or a sentence naming fields, is not a flattened form."""
    assert [] == [r for r in _removals(text) if r[0] == "form.run"]


def test_sentence_about_names_stays() -> None:
    """A sentence using form words in prose is kept."""
    assert [] == _between("Your name will not be printed, the editor promised the anonymous source.")


# --- trailers ---------------------------------------------------------------------------------------


def test_appeared_first_on_line_is_removed() -> None:
    """The RSS trailer is removed whole, site name and final period included."""
    line = "The post Bread Rises Again appeared first on The Daily Loaf."
    assert [("trailer.appeared-first-on", line)] == _between(line)


def test_appeared_first_on_glued_with_source_url_is_removed() -> None:
    """A glued RSS trailer and 'Source: URL' at the end of a paragraph both go, intact."""
    text = (
        f"{BODY} The post Bridge Works appeared first on Town.com. Source: http://town.example/bridge-works/"
    )
    assert (
        BODY,
        [
            ("trailer.appeared-first-on", "The post Bridge Works appeared first on Town.com."),
            ("trailer.source", "Source: http://town.example/bridge-works/"),
        ],
    ) == (scrub(text).text, _removals(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"{BODY}\nBridge Works Begin was last modified: March 3, 2019 by Jane Roe", BODY),
        (f"{BODY} Bridge Works Begin was last modified: by", BODY),  # glued to a flattened text's last sentence
        (f"{BODY}\nBridge Works Begin was last modified: 03.03.2019", BODY),
    ],
)
def test_last_modified_line_goes_with_its_title(text: str, kept: str) -> None:
    """WordPress's '<title> was last modified: <date> by <name>' goes whole."""
    assert kept == scrub(text).text
    assert {"trailer.last-modified"} == {rule for rule, _ in _removals(text)}


def test_a_sentence_about_a_last_modification_stays() -> None:
    """'was last modified:' with a sentence after it is the article's."""
    line = "The rule was last modified: it now says that the bridge must close at night. Work starts soon."
    assert [] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "Source",
        "Source:",
        "Kaynak/Source:",
        "Source: https://example.org/a/b.html",
        "Source: Daily Harbour",
        "Quelle: Lokalblatt",
    ],
)
def test_source_labels_at_the_end_are_removed(line: str) -> None:
    """A 'Source' label closing the text, alone or with a URL or a name, is removed."""
    assert [("trailer.source", line)] == _removals(f"{BODY}\n{BODY2}\n{line}")


def test_bare_source_label_glued_at_the_end_is_removed() -> None:
    """'Source:' glued to the end of the last paragraph is cut."""
    assert BODY == scrub(f"{BODY} Source:").text


@pytest.mark.parametrize(
    ("tail", "source"),
    [("Source: Reuters", "Reuters"), ("(Source: AP)", "Associated Press"), ("Kaynak: Anadolu Ajansı", "Anadolu Ajansı"),
     ("Source: The Guardian.", "The Guardian"), ("Via: Zero Hedge", "Zero Hedge")],
)
def test_source_name_glued_at_the_end_of_a_flat_text_goes_and_names_the_source(tail: str, source: str) -> None:
    """A flat dump's "... he said. Source: Reuters" loses the credit, which becomes the source."""
    record = cleanarchive.clean_text(f"{BODY} {BODY2} {tail}")
    assert (f"{BODY} {BODY2}", source) == (record.text, record.source)
    assert ["trailer.source"] == [r.rule for r in record.removed]


@pytest.mark.parametrize(
    "text", [f"{BODY} Source: Reuters said the figures were preliminary", f"{BODY} Source: the UN"]
)
def test_source_label_in_a_last_sentence_stays(text: str) -> None:
    assert text == scrub(text).text


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY}\nSource: the UN said the figures were preliminary and would be revised.\n{BODY2}",
        f"Source: the UN\n{BODY}\n{BODY2}",
        f"{BODY} Source: the UN, which published the report on Monday, disagreed.",
    ],
)
def test_source_in_mid_text_stays(text: str) -> None:
    """'Source: the UN' in the body is kept."""
    assert [] == [r for r in _removals(text) if r[0] == "trailer.source"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Related posts", "trailer.related"),
        ("You may also like", "trailer.related"),
        ("About The Author", "trailer.about-author"),
        ("/KB", "trailer.initials"),
        ("https://example.net/story/123.html", "trailer.url"),
        ("Tags: bridge, council, river", "trailer.taxonomy"),
        ("Filed under: Local | Leave a comment", "trailer.taxonomy"),
        ("RELATED POSTS", "trailer.related"),
        ("This article was originally published on Consortium News.", "trailer.republished"),
        ("The original source of this article is Global Research", "trailer.republished"),
        ("Republished with permission from Strategic Culture Foundation.", "trailer.republished"),
        (
            "This article is republished from The Conversation under a Creative Commons license. "
            "Read the original article.",
            "trailer.republished",
        ),
        ("Like this story? Share it with a friend!", "share.prompt"),
        ("Please share this article.", "share.prompt"),
        ("Subscribe to our Telegram channel", "form.subscribe"),
        ("Sign up for our free newsletter to get the latest news.", "form.subscribe"),
        ("Join Our Newsletter", "form.subscribe"),
        ("Join the Example Genius newsletter", "form.subscribe"),
        ("Join the Facebook group", "form.subscribe"),
        ("Get the best of Example Media delivered to your inbox weekly", "form.subscribe"),
        ("Sign up for our morning newsletter", "form.subscribe"),
        ("Get the day's top stories in your inbox.", "form.subscribe"),
        ("Stay connected with me!", "share.follow-heading"),
    ],
)
def test_trailer_lines_at_the_end_are_removed(line: str, rule: str) -> None:
    """Link-list headings, author boxes, initials and the page URL at the end are removed."""
    assert [(rule, line)] == _removals(f"{BODY}\n{BODY2}\n{line}")


@pytest.mark.parametrize(
    "link",
    [
        "Read also: Parliament votes on the budget today",
        "READ MORE: Ten things to know about the new bridge",
        "Lesen Sie auch: Die Bahn streikt wieder",
        "Lea también: Impiden ingreso a reporteros en la frontera",
        "VEA TAMBIÉN: Entre la crisis y la reforma: lo que viene",
        "À lire aussi : Le budget de la ville en hausse",
    ],
)
def test_links_to_other_stories_set_in_the_text_are_removed(link: str) -> None:
    assert [("boilerplate.read-more", link)] == _between(link)


@pytest.mark.parametrize(
    "line",
    [
        "Mira: no hay nada que hacer, dijo el alcalde.",  # an imperative opening a sentence
        "Watch: Huge flames after the strike on the depot",  # a video's own headline
        "Lea también: el informe dice que los costos subieron. El concejo culpó al clima.",  # sentences
    ],
)
def test_label_and_colon_lines_that_are_not_story_links_stay(line: str) -> None:
    assert "boilerplate.read-more" not in {rule for rule, _ in _between(line)}


def test_trailer_stack_is_removed_from_the_end() -> None:
    """A stack of trailers at the end goes, one after the other."""
    text = f"{BODY}\n{BODY2}\n/JD\nhttps://example.net/a.html\nYour Name\nYour Email Address\nSecurity Code"
    assert f"{BODY}\n{BODY2}" == scrub(text).text


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("This article was originally published on Consortium News.", "Consortium News"),
        ("The original source of this article is Global Research", "Global Research"),
        ("This article is republished from The Conversation under a Creative Commons license.", "The Conversation"),
    ],
)
def test_republishing_note_gives_the_source(line: str, source: str) -> None:
    """The publisher named by a republishing note becomes the record's source."""
    assert source == cleanarchive.clean_text(f"{BODY}\n{BODY2}\n{line}").source


@pytest.mark.parametrize(
    "line",
    [
        "The report was first published in 2005 by the ministry, which later withdrew it.",
        "First published in 1851, the novel sold poorly at first.",
        "She shared it with her friends before the vote.",
        "Subscribe to our newsletter? Most readers said they would, the survey found.",
        "Join the Army",
        "Join our team of volunteers who clean the river banks every spring.",
    ],
)
def test_body_sentences_like_republishing_or_share_prompts_stay(line: str) -> None:
    """Sentences about publishing, sharing or subscribing that are not notes or prompts stay."""
    assert [] == _removals(f"{BODY}\n{BODY2}\n{line}")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Get the Most Popular Harbour Stories in a Weekly Newsletter", "form.subscribe"),
        ("Get Our Newsletter", "form.subscribe"),
        ("Subscribe to Newsletter", "form.subscribe"),
        ("Sign up for email updates.", "form.subscribe"),
        ("Sign Up For Emails", "form.subscribe"),
        ("Sign up for Example Co-op emails.", "form.subscribe"),
        ("Subscribe to our blog", "form.subscribe"),
        ("Subscribe to RSS", "form.subscribe"),
        ("Subscribe to Email Alerts", "form.subscribe"),
        ("Newsletter", "form.newsletter-label"),
        ("Newsletter Signup", "form.newsletter-label"),
        ("Weekly newsletter", "form.newsletter-label"),
        ("Email Sign-Up", "form.newsletter-label"),
        ("NEWSLETTER", "form.newsletter-label"),
        ("Newsletter:", "form.newsletter-label"),  # the colon after any of the headings
        ("Get our newsletter delivered to your inbox every week", "form.subscribe"),
    ],
)
def test_newsletter_pitches_and_headings_are_removed(line: str, rule: str) -> None:
    """A line whose whole point is a newsletter or e-mail sign-up goes, wherever it stands."""
    assert [(rule, line)] == _between(line)


@pytest.mark.parametrize(
    "text",
    [
        # sentences that mention newsletters or signing up
        f"{BODY}\nThe Weekly Newsletter of the guild was printed until 1998, the archive says.\n{BODY2}",
        f"{BODY}\nSign up for the course before Friday, the college said.\n{BODY2}",
        f"{BODY}\nFollow the money\n{BODY2}",  # a subheading
        f"{BODY}\nSign up for Twilio\n{BODY2}",  # a tutorial's step names a product, not e-mails
        f"{BODY}\nMy newsletter has:\n{BODY2}",
        f"{BODY}\nNewsletter Archive\n{BODY2}",
        # a link split from its sentence: "read our" / "Newsletter" / "for details"
        f"{BODY} Details are in our\nNewsletter\nfor March.\n{BODY2}",
        f"{BODY}\nnewsletter\n{BODY2}",  # lowercase: a link as often as a label
        f"{BODY}\nGet the newsletter habit: read it every morning with your coffee\n{BODY2}",
    ],
)
def test_sentences_and_links_about_newsletters_stay(text: str) -> None:
    assert [] == [r for r in _removals(text) if r[0].startswith("form.")]


def test_url_in_mid_text_stays() -> None:
    """A URL line that does not close the text is kept."""
    assert [] == _between("https://example.net/report.pdf")


# --- headers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Posted on March 3, 2019", "header.date-line"),
        ("Published: 2019-03-03 14:05", "header.date-line"),
        ("Tuesday - February 22, 2005", "header.date-line"),
        ("- 03.03.2019", "header.date-line"),
        ("Article ID : 88123", "header.story-code"),
        ("By: Jane Roe, Harbour News Service |", "header.byline"),
        ("Daily Harbour, 3 Mar 2019", "header.credit"),
        ("Posted on March 3, 2019 by Jane Roe", "header.byline"),
        ("03/03/2019 | By Jane Roe", "header.byline"),
        ("Published: 12 March 2018 | Updated: 13 March 2018", "header.date-line"),
        ("Updated Dec 18, 2025 · 12 min read", "header.date-line"),
        ("Published 9:14 AM EST, Tue March 5, 2019", "header.date-line"),
        ("Updated March 5, 2019 at 9:14 a.m. ET", "header.date-line"),
        # in other languages: labels, month names, times
        ("Publié le 3 juin 2019 à 14h32 | Mis à jour le 4 juin 2019 à 09h10", "header.date-line"),
        ("Veröffentlicht am 3. März 2019, 14:32 Uhr", "header.date-line"),
        ("Publicado el 3 de junio de 2019 a las 14:32", "header.date-line"),
        ("Pubblicato il 3 giugno 2019 alle 14:32", "header.date-line"),
        ("Gepubliceerd op 3 mei 2019 om 14:32", "header.date-line"),
        ("Stand: 03.06.2019", "header.date-line"),
    ],
)
def test_header_lines_under_the_title_are_removed(line: str, rule: str) -> None:
    """Metadata lines between the title and the body are removed whole, as HEADER."""
    result = scrub(f"Bridge Plan Approved\n{line}\n{BODY}\n{BODY2}")
    assert (f"{BODY}\n{BODY2}", (rule, line)) == (
        result.text,
        next((r.rule, r.text) for r in result.removed if r.rule == rule),
    )
    assert {Category.HEADER} == {r.category for r in result.removed}


@pytest.mark.parametrize(
    ("prefix", "rest"),
    [
        ("March 3, 2019 | HARBOURTOWN (HNS)-", "The council met on Tuesday."),
        ("HARBOURTOWN, Maine (AP) —", "The council met on Tuesday."),
        ("OSLO, March 3 (Nordic Wire) -", "The council met on Tuesday."),
        ("March 3, 2019 —", "The council met on Tuesday."),
        ("(CNN)", "The council met on Tuesday."),
        ("(Reuters) -", "The council met on Tuesday."),
        ("Berlin (dpa) -", "Der Rat tagte am Dienstag."),  # a city as prose writes it, a known agency
        ("New York (AP) —", "The council met on Tuesday."),
        ("HARBOURTOWN, Maine, March 8, 2019 /PRNewswire/ --", "The council met on Tuesday."),
    ],
)
def test_dateline_prefix_is_removed_and_the_sentence_kept(prefix: str, rest: str) -> None:
    """A dateline before the first sentence is cut off; the sentence after it stays."""
    result = scrub(f"{prefix} {rest} {BODY}\n{BODY2}")
    assert ([("header.dateline", prefix)], f"{rest} {BODY}\n{BODY2}") == (
        _removals(f"{prefix} {rest} {BODY}\n{BODY2}"),
        result.text,
    )


def test_published_and_updated_dates_become_date_and_date_modified() -> None:
    """Both dates of a 'Published: ... | Updated: ...' line are read, and the title above is found."""
    record = cleanarchive.clean_text(
        f"Bridge Plan Approved\nPublished: 12 March 2018 | Updated: 13 March 2018\n{BODY}\n{BODY2}"
    )
    assert ("Bridge Plan Approved", "2018-03-12", "2018-03-13") == (record.title, record.date, record.date_modified)


@pytest.mark.parametrize("start", ["(Updated) The council met on Tuesday.", "(Photo) The council met on Tuesday."])
def test_a_bracketed_word_that_is_no_agency_is_no_dateline(start: str) -> None:
    """Only a known agency's code in brackets opens a dateline on its own."""
    assert [] == [r for r in _removals(f"{start} {BODY}\n{BODY2}") if r[0] == "header.dateline"]


def test_wire_credits_at_the_end_are_removed_and_give_the_reporters() -> None:
    """'(Reporting by ... in City; Editing by ...)' goes; the reporters become the authors."""
    record = cleanarchive.clean_text(
        f"{BODY}\n{BODY2}\n(Reporting by Jane Roe in Moscow and Max Weber; Editing by John Smith)"
    )
    assert (f"{BODY}\n{BODY2}", ("Jane Roe", "Max Weber")) == (record.text, record.authors)


def test_contributed_to_this_report_line_is_removed() -> None:
    """'Reuters contributed to this report.' at the end is a credit line."""
    assert [("trailer.credits", "Reuters contributed to this report.")] == _removals(
        f"{BODY}\n{BODY2}\nReuters contributed to this report."
    )


def test_sentence_with_a_dash_is_not_a_dateline() -> None:
    """A first sentence with an aside in dashes is kept whole."""
    text = f"NATO - the alliance - met in Brussels on Tuesday to discuss the plan. {BODY}"
    assert [] == _removals(text)


def test_breadcrumb_line_with_the_title_is_removed() -> None:
    """'Title | tag | Site' under the title is a breadcrumb; the title line itself becomes the title."""
    text = f"Bridge Plan Approved\nBridge Plan Approved | local | Harbour News\n{BODY}"
    assert [
        ("header.title", "Bridge Plan Approved"),
        ("header.breadcrumb", "Bridge Plan Approved | local | Harbour News"),
    ] == _removals(text)


def test_title_needs_body_below_it() -> None:
    """A heading followed by another heading is not taken as the title."""
    text = f"Chapter One\nThe Bridge\n{BODY}"
    assert [] == _removals(text)


def test_first_paragraph_is_never_a_title() -> None:
    """A first line that ends like a sentence is body, not a title."""
    assert [] == _removals(f"{BODY}\n{BODY2}")


@pytest.mark.parametrize("first", ["(function fidesScript(a,b,c,d){/**", "var cfg = load();", "x => x.id"])
def test_a_first_line_of_code_is_never_the_title(first: str) -> None:
    """Script the code rules left on the first line is not taken for the document's title."""
    assert "header.title" not in [rule for rule, _ in _removals(f"{first}\n{BODY}\n{BODY2}")]


@pytest.mark.parametrize("first", ["Home", "Close", "Sign in", "Toggle navigation", "Main menu"])
def test_a_navigation_label_at_the_top_is_never_the_title(first: str) -> None:
    """A menu label or a menu's toggle left alone on the first line is not the document's title."""
    assert "header.title" not in [rule for rule, _ in _removals(f"{first}\n{BODY}\n{BODY2}")]


def test_subheadings_in_the_body_stay() -> None:
    """Short heading lines inside the body are kept."""
    text = f"{BODY}\nThe rise and fall\n{BODY2}\nThreat remains\n{BODY}"
    assert text == scrub(text).text


# --- repeats, boilerplate, markup -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a flattened page: the trail runs into the text; its last step has no end mark and stays
        (f"Home » Posts tagged with » police {BODY}", f"police {BODY}"),
        (f"Home > News > World > {BODY}", BODY),
        (f"Home | News | Local | {BODY}", BODY),
    ],
)
def test_breadcrumb_steps_opening_a_line_are_removed(text: str, kept: str) -> None:
    result = scrub(text)
    assert kept == result.text
    assert {"boilerplate.breadcrumb-head"} == {r.rule for r in result.removed}


@pytest.mark.parametrize(
    "line",
    [
        "Home / Away: the team's record this season is mixed, the coach said.",
        "Home > Away, the coach said, is the only question left.",
        "Home | Away is the name of the new show.",
        "Homeowners > renters in this city, the survey found.",
    ],
)
def test_sentences_opening_with_home_and_a_slash_stay(line: str) -> None:
    assert [] == _between(line)


def test_repeated_detected_title_in_body_is_removed() -> None:
    """The title line removed from the top is also removed where it repeats later."""
    text = f"Bridge Plan Approved\n{BODY}\nBridge Plan Approved\n{BODY2}"
    assert [("header.title", "Bridge Plan Approved"), ("repeat.title", "Bridge Plan Approved")] == _removals(
        text
    )


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Advertisement", "boilerplate.advertisement"),
        ("Home » News » Local", "boilerplate.breadcrumb"),
        ("<script>var a = 1;</script>", "markup.script-element"),
        ("<!-- ad slot 3 -->", "markup.comment"),
        ("« Previous Post", "boilerplate.post-nav"),
        ("Next article: Bridge opens to traffic", "boilerplate.post-nav"),
        ("Let’s block ads! (Why?)", "boilerplate.block-ads"),
        ("Image copyright Getty Images Image caption The old bridge in 1950", "boilerplate.image-credit"),
        ("Most Popular", "trailer.related"),
        ("Trending now", "trailer.related"),
        ("Trending Nationally", "trailer.related"),
        ("Pour approfondir", "trailer.related"),
        (
            'You may use these <abbr title="HyperText Markup Language">HTML</abbr> tags and attributes: '
            '<a href="" title=""> <abbr title=""> <b> <strong>',
            "form.allowed-tags",
        ),
        ("/* <![CDATA[ */", "markup.cdata"),
        ("//]]>", "markup.cdata"),
        ("/*! This file is auto-generated */", "markup.code-comment"),
        ("/*# sourceURL=global-styles-inline-css */", "markup.code-comment"),
        ("//# sourceMappingURL=app.min.js.map", "markup.code-comment"),
        ("*/", "markup.code-comment"),
    ],
)
def test_boilerplate_and_markup_lines_are_removed(line: str, rule: str) -> None:
    """Ad labels, breadcrumb trails and leftover script tags or comments are removed."""
    assert [(rule, line)] == _between(line)


@pytest.mark.parametrize(
    "notice",
    ["Continue reading below the advertisement", "Story continues below the ad", "Continue reading after ad:"],
)
def test_continue_reading_below_ad_glued_in_a_line_is_removed(notice: str) -> None:
    """'Continue reading below the advertisement' (or '... the ad') inside a paragraph is cut."""
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {notice} {BODY2}").text


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Council approves new budget for 2019",
        "ALSO READ | Bridge closes for a week in May",
        "Related: Why the river floods every spring",
        "See also: The history of the old bridge",
        "MORE: Mayor names new head of roads",
    ],
)
def test_read_more_link_lines_are_removed(line: str) -> None:
    """A line that only links to another story is removed."""
    assert [("boilerplate.read-more", line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related-party transactions rose by a fifth in 2019, the filing shows.",
        "Read more: the council said. It will vote again in May.",
        "Related: the council's vote. Work starts in spring, the mayor said.",
    ],
)
def test_body_lines_opening_like_read_more_stay(line: str) -> None:
    """A hyphenated 'Related-' word, or a label followed by two sentences, is body text."""
    assert [] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tags are small labels, and the council used them to sort the files.",
        "Posted in Doha for two years, the envoy knew the region well.",
        "The next article in this series looks at the river itself.",
    ],
)
def test_sentences_starting_like_taxonomy_or_navigation_stay(line: str) -> None:
    """Body sentences that open with 'Tags', 'Posted in' or 'Next article' are kept."""
    assert [] == _between(line)


@pytest.mark.parametrize(
    "header",
    ["Jane Roe\nMarch 3, 2019", "Written by\nJane Roe", "By:\nJane Roe\n03.03.2019"],
)
def test_name_alone_under_the_title_is_a_byline_beside_a_date_or_label(header: str) -> None:
    """A person's name on its own line is the author when a date line follows or 'Written by' leads."""
    record = cleanarchive.clean_text(f"Bridge Plan Approved\n{header}\n{BODY}\n{BODY2}")
    assert ("Bridge Plan Approved", ("Jane Roe",), f"{BODY}\n{BODY2}") == (record.title, record.authors, record.text)


def test_heading_above_a_date_line_is_no_byline() -> None:
    """'Breaking News' over a date line names no person: it stays and gives no author."""
    record = cleanarchive.clean_text(f"Bridge Plan Approved\nBreaking News\nMarch 3, 2019\n{BODY}\n{BODY2}")
    assert ((), "2019-03-03") == (record.authors, record.date)
    assert "Breaking News" in record.text


def test_dated_byline_gives_date_and_author() -> None:
    """'Posted on <date> by <name>' under a title gives the title, the date and the author."""
    record = cleanarchive.clean_text(
        f"Bridge Plan Approved\nPosted on March 3, 2019 by Jane Roe\n{BODY}\n{BODY2}"
    )
    assert ("Bridge Plan Approved", "2019-03-03", ("Jane Roe",), f"{BODY}\n{BODY2}") == (
        record.title, record.date, record.authors, record.text
    )


@pytest.mark.parametrize(
    ("line", "date", "author"),
    [
        ("Veröffentlicht am 3. März 2019 von Jana Roth", "2019-03-03", "Jana Roth"),
        ("3. März 2019 um 14:32 Uhr von Jana Roth", "2019-03-03T14:32:00", "Jana Roth"),
        ("Publié le 3 mars 2019 par Jeanne Roux", "2019-03-03", "Jeanne Roux"),
        ("Publicado el 3 de marzo de 2019 por Juana Ruiz", "2019-03-03", "Juana Ruiz"),
        # the name first, then the date
        ("Veröffentlicht von Jana Roth am 3. März 2019", "2019-03-03", "Jana Roth"),
        ("Geschrieben von Jana Roth am 3. März 2019 um 14:32", "2019-03-03T14:32:00", "Jana Roth"),
        ("Publié par Jeanne Roux le 3 mars 2019", "2019-03-03", "Jeanne Roux"),
        ("Publicado por Juana Ruiz el 3 de marzo de 2019", "2019-03-03", "Juana Ruiz"),
        ("Pubblicato da Mario Rossi il 3 marzo 2019", "2019-03-03", "Mario Rossi"),
    ],
)
def test_dated_byline_in_other_languages_gives_date_and_author(line: str, date: str, author: str) -> None:
    """A date, then "von"/"par"/"por" and the name, or the name first ("Publié par Jeanne Roux le 3
    mars 2019"): the label is not taken for the author."""
    record = cleanarchive.clean_text(f"Bridge Plan Approved\n{line}\n{BODY}\n{BODY2}")
    assert (date, (author,), f"{BODY}\n{BODY2}") == (record.date, record.authors, record.text)


def test_feed_republisher_tail_is_removed_from_the_last_line() -> None:
    """'RELATED POSTS Let's block ads! (Why?)' glued to the last paragraph goes, the paragraph stays."""
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{BODY2} RELATED POSTS Let’s block ads! (Why?)").text


def test_cdata_wrapper_glued_to_a_statement_goes_and_the_statement_too() -> None:
    """'/* <![CDATA[ */var x = {...};' loses its wrapper, then the statement is seen as script."""
    line = '/* <![CDATA[ */var tribe_l10n = {"aria": {"sort": ": activate to sort"}};'
    assert [("markup.cdata", "/* <![CDATA[ */"), ("script.statement", line[15:])] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "/* Add your flexbox CSS below here */",
        "Use /* and */ around a comment in CSS, the guide says.",
        "A section that starts with <![CDATA[ is left alone by the parser, she explained.",
    ],
)
def test_comments_a_person_wrote_and_prose_about_comment_marks_stay(line: str) -> None:
    """A plain code comment (a tutorial's) and sentences about comment marks are kept whole."""
    assert [] == [rule for rule, _ in _between(line) if rule == "markup.code-comment"]
    assert f"{BODY}\n{line}\n{BODY2}" == scrub(f"{BODY}\n{line}\n{BODY2}").text


def test_an_html_comment_opening_without_its_end_does_not_reach_over_the_text() -> None:
    """A "<!--" whose "-->" is gone must not take the body up to the next comment's end."""
    text = f"<!--\nspUpdateLinks();\n{BODY}\n{BODY2}\n<!-- ad slot -->\nThe end of the story."
    result = scrub(text)
    assert BODY in result.text and BODY2 in result.text
    assert "<!-- ad slot -->" in [r.text for r in result.removed]


def test_a_script_element_opening_without_its_end_does_not_reach_over_the_text() -> None:
    """A "<script>" whose end went (or a "</script>" whose start went) spans no body text."""
    text = f"<script>\nvar a = 1;\n{BODY}\n{BODY2}\nvar b = 2;</script>\nThe end of the story."
    result = scrub(text)
    assert BODY in result.text and BODY2 in result.text


def test_cdata_wrapped_feed_text_keeps_the_text() -> None:
    """An RSS item's '<![CDATA[...]]>' loses the wrapper, not the words."""
    assert f"{BODY}\n{BODY2}" == scrub(f"<![CDATA[{BODY}\n{BODY2}]]>").text


def test_json_ld_block_before_a_page_script_goes_whole() -> None:
    """A multi-line JSON-LD object followed by a script leaves no braces or keys behind."""
    json_ld = (
        '{\n"@context": "https://schema.org",\n"@type": "BreadcrumbList",\n"itemListElement": [\n{\n'
        '"@type": "ListItem",\n"position": 1,\n"name": "Home"\n}\n]\n}'
    )
    script = (
        'document.addEventListener("DOMContentLoaded", function() {\n'
        'var v = document.getElementsByClassName("yt");\n});'
    )
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{json_ld}\n{script}\n{BODY2}").text


def test_css_custom_properties_with_long_names_are_css() -> None:
    """WordPress global styles ('--wp--preset--gradient--luminous-vivid-amber-to-...') are removed."""
    name = "--wp--preset--gradient--luminous-vivid-amber-to-luminous-vivid-orange"
    value = "linear-gradient(135deg,rgba(252,185,0,1) 0%,#f00 100%)"
    line = f":root{{--wp--preset--color--black: #000000;{name}: {value};}}"
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{line}\n{BODY2}").text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Anzeige", "boilerplate.advertisement"),
        ("REKLAMA", "boilerplate.advertisement"),
        ("Foto: Instagram/dannibuechner", "boilerplate.image-credit"),
        ("Crédits photos : Bestimage", "boilerplate.image-credit"),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "form.label"),
        ("Laisser un commentaire", "form.label"),
        ("Tu dirección de correo electrónico no será publicada.", "form.label"),
        ("Ähnliche Beiträge", "trailer.related"),
        ("Vous aimerez aussi", "trailer.related"),
        ("Teilen", "share.buttons"),
        ("Be Sociable, Share!", "share.buttons"),
        ("Teilen mit:", "share.buttons"),
        ("Verwandte Artikel", "trailer.related"),
        ("Diese Website verwendet Akismet, um Spam zu reduzieren.", "form.label"),
        ("Back to top", "boilerplate.advertisement"),
        ("Skip to Main Content", "boilerplate.advertisement"),
        ("Jump to navigation", "boilerplate.advertisement"),
        ("Blog at WordPress.com.", "boilerplate.copyright"),
        ("This entry was posted in News and tagged bridge. Bookmark the permalink.", "trailer.taxonomy"),
        ("As an Amazon Associate I earn from qualifying purchases.", "boilerplate.affiliate"),
        ("5 min read", "boilerplate.reading-time"),
        ("Reading time: 4 minutes", "boilerplate.reading-time"),
        ("|", "boilerplate.separator"),
        ("» ›", "boilerplate.separator"),
        ("Δ", "boilerplate.separator"),
        ("[email\xa0protected]", "boilerplate.separator"),
        ("Proudly powered by WordPress", "boilerplate.copyright"),
        ("Reply", "form.label"),
        ("This post may contain affiliate links. I only recommend products I use.", "boilerplate.affiliate"),
    ],
)
def test_widget_and_form_residue_in_other_languages_and_disclosures_are_removed(line: str, rule: str) -> None:
    """WordPress form strings, ad labels, related headings in other languages; affiliate disclosures."""
    assert [(rule, line)] == _between(line)


@pytest.mark.parametrize("line", ["5 minutes", ">>>", "Powered by Zapier", "* * *", "Prep time: 10 minutes"])
def test_recipe_times_prompts_headings_and_section_breaks_stay(line: str) -> None:
    """A bare duration, a Python prompt, a 'Powered by' heading and a section break are kept."""
    assert [] == _between(line)


def test_affiliate_sentence_inside_a_paragraph_goes_alone() -> None:
    """Inside a paragraph only the disclosure sentence is cut."""
    text = f"{BODY} This article contains affiliate links, which means we may earn a commission. {BODY2}"
    assert f"{BODY} {BODY2}" == scrub(text).text


def test_sentence_about_affiliate_rules_stays() -> None:
    """A sentence about affiliate disclosure rules is body text."""
    assert [] == _between("The firm said its affiliate disclosure rules changed in 2019, the report says.")


def test_image_credit_after_a_colon_at_the_end_of_a_flat_dump_is_removed() -> None:
    """'... the nomination: Featured image via Twitter.' (an embed dropped before it) loses the credit."""
    text = f"{BODY} Here is what the mayor said about it: Featured image via Twitter."
    assert f"{BODY} Here is what the mayor said about it:" == scrub(text).text


def test_html_tags_in_a_prose_line_go_and_the_words_stay() -> None:
    """Tags with attributes and closing tags glued to a word are cut out of a sentence."""
    line = 'The old bridge <a href="https://example.org/a" rel="nofollow">opened</a> in 1950, the council said.'
    assert f"{BODY}\nThe old bridge opened in 1950, the council said." == scrub(f"{BODY}\n{line}").text


def test_opening_tags_glued_to_their_words_go_with_the_closing_ones() -> None:
    """'<p>The bridge ... </p>', '<strong>Note:</strong>': both tags go, the words stay."""
    line = "<p>The old bridge opened in 1950, the council said <strong>on Monday</strong>.</p>"
    assert f"{BODY}\nThe old bridge opened in 1950, the council said on Monday." == scrub(f"{BODY}\n{line}").text


@pytest.mark.parametrize(
    "line",
    [
        '<th scope="col">Person</th>',  # a line of markup: an HTML tutorial's example
        "Wrap the title in a <strong> tag and the rest in a <p> element, the guide says.",  # named in prose
        'Print it with echo "<p>Hello, World!</p>"; in the template.',  # quoted markup
        "Close the block with </div> and save the file, the guide says.",  # a tag named in prose
    ],
)
def test_html_examples_and_tags_named_in_prose_stay(line: str) -> None:
    """Markup that is an example, or quoted, or named in a sentence, is kept."""
    assert [] == [r for r in _between(line) if r[0] == "markup.tag"]


def test_a_removal_glued_to_a_word_keeps_the_space_after_it() -> None:
    """'Donate[/su_button] Work' loses the token, not the space between the two words."""
    text = f'{BODY} [su_button url="x"]Donate[/su_button] {BODY2}'
    assert f"{BODY} Donate {BODY2}" == scrub(text).text


def test_html_in_quoted_code_stays() -> None:
    """A sentence that quotes an HTML tag is kept."""
    assert [] == _between("Wrap the caption in a <figure> element, the style guide says.")


_WORD_LISTS = st.lists(st.text(alphabet="abAB .*", min_size=1, max_size=6), min_size=1, max_size=8)


@given(words=_WORD_LISTS, probe=st.text(alphabet="abAB .*x", max_size=10), ignore_case=st.booleans())
def test_words_pattern_matches_like_the_plain_longest_first_alternation(
    words: list[str], probe: str, ignore_case: bool
) -> None:
    """The prefix-tree pattern finds the same matches as 'w1|w2|...' sorted longest first."""
    flags = re.IGNORECASE if ignore_case else 0
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    plain = re.compile(f"(?:{alternation})(?![ab])", flags)
    tree = re.compile(words_pattern(words, ignore_case=ignore_case) + r"(?![ab])", flags)
    assert [m.span() for m in plain.finditer(probe)] == [m.span() for m in tree.finditer(probe)]
    assert bool(plain.fullmatch(probe)) == bool(tree.fullmatch(probe))


def test_share_run_before_trailing_separators_at_line_end_is_removed_with_them() -> None:
    """'Facebook Twitter Email |' closing a paragraph goes, bar included; the next line is not read."""
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY} Facebook Twitter Email |\n{BODY2}").text


@pytest.mark.parametrize(
    "line",
    [
        "Strictly Necessary Cookies",
        "Confirm My Choices",
        "We and our partners process data to provide:",
        "List of Partners (vendors)",
        "The technical storage or access that is used exclusively for statistical purposes.",
        "cookielawinfo-checkbox-performance",
    ],
)
def test_cookie_panel_lines_are_removed(line: str) -> None:
    assert [("boilerplate.cookie-panel", line)] == _between(line)


@pytest.mark.parametrize("line", ["Marketing", "Statistics", "Cookies", "The cookies were baked fresh every morning."])
def test_words_a_cookie_panel_shares_with_articles_stay(line: str) -> None:
    assert "boilerplate.cookie-panel" not in {rule for rule, _ in _between(line)}


@pytest.mark.parametrize(
    "notice",
    [
        "You are using an out of date browser. It may not display this or other websites correctly.",
        "This browser is no longer supported.",
    ],
)
def test_out_of_date_browser_notice_is_removed(notice: str) -> None:
    assert [("boilerplate.browser-notice", notice)] == _between(notice)


def test_out_of_date_browser_notice_run_into_a_forum_menu_leaves_the_menu_to_other_rules() -> None:
    notice = "You are using an out of date browser. It may not display this or other websites correctly."
    text = f"Best headphones under $200 Thread starter Perseus Start date Oct 21, 2022 {notice} {BODY}"
    assert f"Best headphones under $200 Thread starter Perseus Start date Oct 21, 2022 {BODY}" == scrub(text).text


# A forum's section list, long enough to push what follows past the head of the text.
_FORUM_MENU = "\n".join(f"Regional Affairs {n}" for n in range(150))


def test_browser_notice_after_a_long_menu_and_split_at_its_link_is_removed() -> None:
    """A forum's notice past the head of the page, its link on a line of its own, goes wherever it stands."""
    notice = "You are using an out of date browser. It may not display this or other websites correctly."
    split = "You should upgrade or use an\nalternative browser\n."
    text = f"{BODY}\n{_FORUM_MENU}\n{notice}\n{split}\nThread title here\n{BODY2}"
    found = [removed for rule, removed in _removals(text) if rule == "boilerplate.browser-notice"]
    assert found == [notice, split]
    alone = f"{BODY}\n{_FORUM_MENU}\nBy:\n{split}\nHow close is the new chip project to its first wafer run?\n{BODY2}"
    assert [split] == [removed for rule, removed in _removals(alone) if rule == "boilerplate.browser-notice"]


@pytest.mark.parametrize(
    "text",
    [
        # a help page's own sentences, beside its paragraphs
        "If your browser is out of date, some pages of this site will not work.",
        "Your browser is not supported.\nUpdate it from the vendor's site, then restart it and sign in again.",
        # a sentence split at a link that is not the notice's advice
        "Readers who found the old version slow moved to an\nalternative browser\n.",
    ],
)
def test_browser_sentences_of_an_article_past_the_head_stay(text: str) -> None:
    # past the head and before the tail, where notices are looked for in any case
    full = f"{BODY}\n{_FORUM_MENU}\n{BODY2}\n{text}\n" + "\n".join([BODY, BODY2] * 40)
    before, after = full.split(text)
    assert len(before) > 2_000 and len(after) > 5_000
    assert "boilerplate.browser-notice" not in {rule for rule, _ in _removals(full)}


def test_article_about_old_browsers_stays() -> None:
    text = (
        f"{BODY}\nMany readers are using an outdated browser, the survey found, and updates are slow.\n"
        "Your browser may not display some pages correctly if it is old.\n" + BODY2
    )
    assert text == scrub(text).text


@pytest.mark.parametrize("link", ["Privacy Policy", "Your Privacy Choices", "Terms & Conditions", "Cookie Settings"])
def test_a_lone_legal_link_line_is_removed(link: str) -> None:
    """A footer's legal link left outside a menu, before the footer's other lines."""
    text = f"{BODY}\n{BODY2}\n{link}\nSitemap and contact details: example.org"
    assert ("boilerplate.legal-link", link) in _removals(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence split at its link
        "Before you sign up, please read our\nPrivacy Policy\nfor the details.",
        "You can change what we store at any time in\nCookie Settings\n, where each kind is listed.",
        # a heading over a section about the policy
        "Terms of Use\nThe new terms of use take effect in May and cover every account opened since 2020.",
        # a heading an article may have that only looks like a footer's link
        "Shipping Information\nOrders ship within two days.",
    ],
)
def test_legal_links_inside_sentences_or_heading_sections_stay(text: str) -> None:
    full = f"{BODY}\n{text}\n{BODY2}"
    assert "boilerplate.legal-link" not in {r.rule for r in scrub(full).removed}


@pytest.mark.parametrize(
    ("consent", "kept"),
    [
        ("I agree to the\nPrivacy Policy\n&\nTerms of use\n.", ""),
        ("See our\nprivacy policy\nand\nterms\nof service.", ""),
        ("By submitting this form, you agree to Example Corp's\nTerms of Use\nand\nPrivacy Policy\n*", ""),
        # the lead-in line keeps its first sentences; a full stop opening the next line goes too
        ("Sign up today. All your data stays confidential. For more information check our\nPrivacy Policy",
         "Sign up today. All your data stays confidential."),
        ("Your data will be processed in accordance with our\nPrivacy Policy\n. You may opt out at any time.",
         "You may opt out at any time."),
    ],
)
def test_a_consent_split_at_its_links_is_removed(consent: str, kept: str) -> None:
    """A form's consent or a policy pointer, one piece a line, goes whole: lead-in, links and joiners."""
    out = scrub(f"{BODY}\n{consent}\n{BODY2}")
    assert "\n".join(filter(None, (BODY, kept, BODY2))) == out.text
    assert {"form.consent"} == {r.rule for r in out.removed}


@pytest.mark.parametrize(
    "text",
    [
        # a news sentence split at its link: not the site's voice
        "Users must accept the\nTerms of Service\n. The change angered many of them.",
        "The company changed its\nPrivacy Policy\nlast week, the regulator said.",
        # the sentence goes on after the links
        "I have read the\nprivacy policy\nand agree that my data may be stored for two years.",
        # not a privacy, cookie or terms link: a review's own paragraph ends with it
        "I test every product with complete independence. Read more about our\neditorial standards\n.",
    ],
)
def test_sentences_split_at_links_that_are_not_consents_stay(text: str) -> None:
    full = f"{BODY}\n{text}\n{BODY2}"
    assert "form.consent" not in {r.rule for r in scrub(full).removed}


@pytest.mark.parametrize(
    ("controls", "removed"),
    [
        # a breadcrumb trail's home link (the rest of the trail is kept: its last step is the title)
        ("Home\nGarden Problems\nHow We Keep Pests Out", ["Home"]),
        ("Breadcrumb\nHome\nFitness Trackers", ["Breadcrumb", "Home"]),
        ("Menu\nSign In\nSEARCH...", ["Menu", "Sign In", "SEARCH..."]),
        ("Previous\nOverview: CSS layout\nNext", ["Previous", "Next"]),
        ("Sign up for email updates\nClose", ["Close"]),
        ("Startseite\nÜbersicht aller Kurse\nWarenkorb", ["Startseite", "Warenkorb"]),
    ],
)
def test_lone_labels_of_page_controls_are_removed(controls: str, removed: list[str]) -> None:
    # (before a footer line: a label heading a paragraph may be the paragraph's heading, and stays)
    text = f"{BODY}\n{controls}\nExample Media Group 2024"
    found = [removed for rule, removed in _removals(text) if rule == "boilerplate.ui-label"]
    assert removed == found


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that reads through its link
        "When you are done, go back to the\nHome\npage and pick the next step.",
        # a heading over a paragraph
        "Menu\nThe menu changes every week and the desserts are made in house.",
        "Tap\nNext\n, then confirm the change.",
        # code names and prose words in lowercase
        "for item in items:\nnext\nbreak",
        # section names are headings too
        "Overview\nThe plan has three parts.",
        # a word of a sentence
        "Back\npain is the most common reason for missed work, the study found.",
    ],
)
def test_control_labels_in_sentences_code_or_headings_stay(text: str) -> None:
    full = f"{BODY}\n{text}\n{BODY2}"
    assert "boilerplate.ui-label" not in {r.rule for r in scrub(full).removed}


@pytest.mark.parametrize(
    ("lines", "removed"),
    [
        ("Featured Stories\nBlog\nExample Media Group 2024", ["Blog"]),
        ("Join our team\nCareers\nExample Media Group 2024", ["Careers"]),
        ("Previous Slide\nCONTACT US\nSelect Page", ["CONTACT US"]),
        # at the very end of the text, after a line that is no sentence
        ("Example Media Group 2024\nAbout us", ["About us"]),
        # links of a shop's or a magazine's menus
        ("Men's Watches\nNew Arrivals\nBlue Light Glasses", ["New Arrivals"]),
        ("Learning paths\nTutorials\nExample Media Group 2024", ["Tutorials"]),
    ],
)
def test_lone_section_links_with_no_sentence_beside_them_are_removed(lines: str, removed: list[str]) -> None:
    found = [text for rule, text in _removals(f"{BODY}\n{lines}") if rule == "boilerplate.nav-label"]
    assert removed == found


@pytest.mark.parametrize(
    "text",
    [
        # a heading over a paragraph, or closing one
        "Resources\nThe study lists the data sets it used and where each can be downloaded.",
        "Careers",
        # sections that head an article's own parts as often: FAQs, a product's pricing
        "Example Media Group 2024\nFAQ\nHow long does shipping take?",
        "Plans for teams\nPricing\nStarts at $10 a month",
        # the keys of a product's specifications, a byline's label
        "Thread Count\n480 TC\nShipping\nFree over $50",
        "Example Media Group 2024\nWritten by\nJane Roe",
        # written in lowercase, or read through by a sentence
        "Example Media Group 2024\nblog\nExample Media Group 2025",
        "Example Media Group 2024\nRead more on our\nBlog\n, updated weekly",
    ],
)
def test_section_names_beside_sentences_or_heading_an_articles_parts_stay(text: str) -> None:
    full = f"{BODY}\n{text}\n{BODY2}" if text == "Careers" else f"{BODY}\n{text}"
    assert "boilerplate.nav-label" not in {r.rule for r in scrub(full).removed}


@pytest.mark.parametrize(
    "picker",
    [
        "United States\nCanada\nUnited Kingdom",
        # with languages, flags, separators; in other languages and in each country's own
        "Australia - English\nBelgium - Nederlands\nBelgium - Français\nJapan - 日本語",
        "\U0001F1E9\U0001F1EA Germany\n\U0001F1EB\U0001F1F7 France\n\U0001F1EE\U0001F1F9 Italy",
        "Deutschland\n|\nÖsterreich\n|\nSchweiz",
        "Polska\nČesko\nMagyarország\nRomânia",
        "Canada (English)\nCanada (Français)\nMéxico (Español)",
        # a long list is a picker even after a colon
        "Select your country:\nFrance\nGermany\nItaly\nSpain\nPortugal\nAustria",
    ],
)
def test_country_pickers_are_removed(picker: str) -> None:
    found = [text for rule, text in _between(picker) if rule == "boilerplate.country-menu"]
    assert found == [picker.removeprefix("Select your country:\n")]


@pytest.mark.parametrize(
    "text",
    [
        # one or two places: a dateline, a pair in a list
        "France",
        "Germany\nAustria",
        # a short list a sentence introduces
        "The tour stops in three countries:\nFrance\nGermany\nItaly",
        # places in sentences, or a heading that names more than a place
        "France\nGermany won the match on Sunday, and Italy lost to Spain.\nItaly",
        "France\nThe French Riviera\nItaly",
    ],
)
def test_places_in_lists_sentences_and_datelines_stay(text: str) -> None:
    assert "boilerplate.country-menu" not in {rule for rule, _ in _between(text)}


def test_territory_names_ship_with_the_package() -> None:
    from cleanarchive.rules.boilerplate import territory_names

    names = territory_names()
    assert {"france", "deutschland", "日本", "united states", "côte d’ivoire", "usa"} <= names
    assert len(names) > 2000
    assert not any(name.startswith("#") for name in names)


def test_a_menu_run_is_removed_whole_before_its_labels_one_by_one() -> None:
    """The nav-run rule sees the whole menu (its home link counts as a label) before lone labels go."""
    menu = "Home\nAbout Us\nContact Us"
    rules = {rule for rule, text in _removals(f"{BODY}\n{menu}\n{BODY2}")}
    assert {"boilerplate.nav-run"} == rules


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Zum Inhalt springen", "boilerplate.advertisement"),
        ("Aller au contenu principal", "boilerplate.advertisement"),
        ("Impressum", "boilerplate.legal-link"),
        ("Datenschutzerklärung", "boilerplate.legal-link"),
        ("Mentions légales", "boilerplate.legal-link"),
        ("Suche nach:", "boilerplate.ui-label"),
        ("Abbrechen", "boilerplate.ui-label"),
        ("Antworten abbrechen", "form.label"),
    ],
)
def test_page_chrome_of_german_and_french_sites_is_removed(line: str, rule: str) -> None:
    body = "Der Rat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu verbreitern."
    assert [(rule, line)] == _removals(f"{body}\n{line}\nBeispiel Medien GmbH 2024")


def test_a_required_fields_notice_split_at_its_star_is_removed() -> None:
    body = "Der Rat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu verbreitern."
    text = f"{body}\nErforderliche Felder sind mit\n*\nmarkiert.\nKommentar"
    removed = [r.text for r in scrub(text).removed]
    assert "Erforderliche Felder sind mit" in removed
    assert "markiert." in removed


def test_an_imprint_heading_over_its_text_stays() -> None:
    text = f"{BODY}\nImpressum\nAngaben gemäß § 5 TMG: Beispiel Medien GmbH, Hauptstraße 1, 10115 Berlin.\n{BODY2}"
    assert "boilerplate.legal-link" not in {r.rule for r in scrub(text).removed}


@pytest.mark.parametrize(
    "menu",
    [
        "English\nDeutsch\nFrançais\nEspañol",
        "English (US)\nEspañol (México)",
        "English - United Kingdom\nDeutsch – Schweiz\n日本語",
    ],
)
def test_language_menus_are_removed(menu: str) -> None:
    assert [("boilerplate.language-menu", menu)] == _between(menu)


@pytest.mark.parametrize(
    "text",
    [
        # one language name heading a translation
        "English\nThe council met on Monday.",
        # names in sentences, or one language twice
        "English\nEnglish (UK)",
        "English is spoken here.\nDeutsch is spoken there.",
        "Englishman\nFrenchman",
    ],
)
def test_language_names_outside_menus_stay(text: str) -> None:
    full = f"{BODY}\n{text}\n{BODY2}"
    assert "boilerplate.language-menu" not in {r.rule for r in scrub(full).removed}


def test_table_of_contents_whose_entries_are_later_headings_is_removed() -> None:
    toc = "Table of Contents\nToggle\n1. Why it matters\n2. What changes"
    text = f"{BODY}\n{toc}\nWhy it matters\n{BODY}\n2. What changes\n{BODY2}"
    result = scrub(text)
    assert [("boilerplate.toc", toc)] == [(r.rule, r.text) for r in result.removed]
    assert f"{BODY}\nWhy it matters\n{BODY}\n2. What changes\n{BODY2}" == result.text


def test_on_this_page_column_after_the_text_is_removed() -> None:
    """A docs page's "On this page" column, flattened after the text: its entries are headings above."""
    toc = "On this page:\nSupported platforms\nDesktop"
    text = f"{BODY}\nSupported platforms\n{BODY}\nDesktop\n{BODY2}\n{toc}\nRequest docs changes"
    result = scrub(text)
    assert [("boilerplate.toc", toc)] == [(r.rule, r.text) for r in result.removed]


def test_contents_heading_over_a_copy_of_the_text_takes_no_paragraph() -> None:
    """A page holding its article twice: the copy's paragraphs under a heading are no entries."""
    article = f"Why it matters\n{BODY}\nWhat changes\n{BODY2}"
    text = f"{article}\nTable of Contents\n{article}"
    assert "boilerplate.toc" not in {r.rule for r in scrub(text).removed}


@pytest.mark.parametrize(
    "widget",
    ["Table of Contents\nToggle Table of Content\nToggle", "On this page\nExpand", "Inhaltsverzeichnis\n[show]"],
)
def test_table_of_contents_widget_left_without_entries_is_removed(widget: str) -> None:
    """A script fills the entries in: a dump keeps the widget's heading and toggles alone."""
    assert [("boilerplate.toc", widget)] == _between(widget)


def test_table_of_contents_heading_over_entries_not_found_again_stays() -> None:
    """A book's chapter list under its heading, no toggle: the heading is the text's own."""
    text = f"{BODY}\nTable of Contents\nThe Nature of the Problem\n1. Illusions of Nature\n{BODY2}"
    assert text == scrub(text).text


def test_contents_heading_over_lines_found_nowhere_else_stays() -> None:
    """A "Contents" line over the text's own list (a box's contents, a recipe's) is no table of contents."""
    text = f"{BODY}\nContents\nTwo blankets\nA torch\nA map of the valley\n{BODY2}"
    assert text == scrub(text).text


def test_us_government_site_banner_split_at_its_tags_is_removed() -> None:
    banner = (
        "An official website of the United States government\nHere's how you know\nOfficial websites use .gov\nA\n"
        ".gov\nwebsite belongs to an official government organization in the United States.\n"
        "Secure .gov websites use HTTPS\nA lock (\n)\nor\nhttps://\nmeans you've safely connected to the .gov "
        "website. Share sensitive information only on official, secure websites."
    )
    assert [("boilerplate.gov-banner", banner)] == _between(banner)


def test_sentence_about_an_official_website_stays() -> None:
    line = "An official website of the city government went live on Monday, the mayor said."
    assert [] == _between(line)


def test_navigation_menu_run_is_removed() -> None:
    """A flattened menu or footer (short lines, mostly navigation labels) goes as one run."""
    menu = "Home\nNews\nSport\nAbout Us\nContact\nPrivacy Policy"
    result = scrub(f"{BODY}\n{menu}\n{BODY2}")
    assert f"{BODY}\n{BODY2}" == result.text
    assert [("boilerplate.nav-run", menu)] == [(r.rule, r.text) for r in result.removed]


def test_footer_with_legal_links_and_a_letter_index_is_removed() -> None:
    """Legal links count as labels, long ones too, and an A-Z index neither helps nor hinders a run."""
    footer = (
        "Company\nOur Team\nUser Agreement\nChildren's Privacy Policy\n"
        "Do Not Sell or Share My Personal Information\nCookie Settings\n" + "\n".join("ABCDEFGHIJ")
    )
    result = scrub(f"{BODY}\n{footer}\n{BODY2}")
    assert (f"{BODY}\n{BODY2}", ["boilerplate.nav-run"]) == (result.text, [r.rule for r in result.removed])


def test_menu_stretch_of_a_longer_run_is_removed() -> None:
    """In a run with too few labels overall, the stretch from label to label that is a menu goes."""
    topics = "Markets\nBonds\nFunds\nCrypto\nMortgages\nSavings\nLoans\nTaxes\nPensions\nInsurance\nStocks"
    links = "About Us\nCareers\nBudgeting\nContact Us\nPrivacy Policy\nTerms of Service"
    result = scrub(f"{BODY}\n{topics}\n{links}\n{BODY2}")
    assert f"{BODY}\n{topics}\n{BODY2}" == result.text


@pytest.mark.parametrize(
    "lines",
    [
        "Fiscal Policy\nMonetary Policy\nTrade Policy\nEnergy Policy",  # policies an article lists
        "Ingredients\nTwo eggs\nFlour\nHome-made butter",  # one label ("Home" is not "Home-made")
        "The company rewrote its\nPrivacy Policy\nand\nTerms of Use",  # a sentence split at its links
        "Contact\nAbout",  # too short a run
        "Introduction\nMethods\nResults\nConclusion",  # section headings, no labels
    ],
)
def test_short_lines_that_are_not_a_menu_stay(lines: str) -> None:
    """Short lines stay unless at least three form a run that is mostly navigation labels."""
    assert f"{BODY}\n{lines}\n{BODY2}" == scrub(f"{BODY}\n{lines}\n{BODY2}").text


# --- flattened page scripts and style sheets ------------------------------------------------------------

_PAGE_SCRIPT = """document.addEventListener("DOMContentLoaded", function () {
  var el = document.querySelector(".promo");
  if (el) {
    el.classList.add("shown");
  }
});"""


def test_page_script_flattened_over_lines_is_removed_whole() -> None:
    """A script block of a page (browser APIs, several lines) goes as one removal."""
    result = scrub(f"{BODY}\n{_PAGE_SCRIPT}\n{BODY2}")
    assert f"{BODY}\n{BODY2}" == result.text
    assert [("script.block", _PAGE_SCRIPT)] == [(r.rule, r.text) for r in result.removed]


def test_code_without_browser_names_is_not_a_page_script() -> None:
    """Code without browser or tracking names (a tutorial's example) is not taken as a page script."""
    code = "total = prices.reduce((sum, p) => sum + p, 0)\nif (total > limit) {\nreport(total)\n}"
    assert f"{BODY}\n{code}\n{BODY2}" == scrub(f"{BODY}\n{code}\n{BODY2}").text


def test_article_flattened_onto_one_line_with_a_script_is_not_removed() -> None:
    """A one-line dump (article plus glued script, minified) keeps its sentences."""
    script = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}" * 6
    text = scrub(f"{BODY} {BODY2} {script}").text
    assert BODY in text and BODY2 in text


def test_unclosed_media_block_does_not_swallow_the_paragraphs_after_it() -> None:
    """A page's own CSS missing a brace: the at-rule is not read on through the article."""
    css = "@media screen and (min-width: 900px){\n.nav a {\ncolor: red;\n}"
    text = f"{css}\n{BODY}\n{BODY2}\n.footer {{ margin: 0; }}\n}}"
    result = scrub(text).text
    assert BODY in result and BODY2 in result


def test_minified_style_sheet_line_with_comments_and_data_uris_is_removed() -> None:
    """Generated CSS (styled-components comments, data URIs, empty blocks) on one line goes."""
    line = (
        ".sc-a1{color:red;background:url(data:image/png;base64,iVBOR0w0KGgo=)}/*!sc*/"
        "@media (min-resolution:192dpi){}.sc-b2 > span:not(.x){margin:0 auto;--gap:4px}/*!sc*/"
    )
    assert [("css.rule-block", line)] == _between(line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("© 2024 Example Media Group. All rights reserved.", "boilerplate.copyright"),
        ("All Rights Reserved © 2025", "boilerplate.copyright"),
        ("Example Media Group LLC. All Rights Reserved.", "boilerplate.rights-reserved"),
        ("2019-2026 Example Studio | All rights reserved", "boilerplate.rights-reserved"),
        (". All rights reserved.", "boilerplate.rights-reserved"),  # the owner's name was a link
        ("Sign up with your email address to receive news and updates.", "form.subscribe"),
        ("Sign up to get the best content of the week, and great deals, as picked by the editors.", "form.subscribe"),
        ("Subscribe to email updates", "form.subscribe"),
        ("Get Morning Report and other email newsletters", "form.subscribe"),
        ("Receive our monthly newsletter to stay on top of the latest articles.", "form.subscribe"),
        ("Aktuelle Kommentare", "trailer.related"),
        ("SUBSCRIBE TO OUR HEALTH FOCUS E-NEWSLETTER", "form.subscribe"),
        ("Create an account or sign in to comment", "form.label"),
        ("Sign up to our free daily newsletter, The Harbour Today", "form.subscribe"),
        ("Mit unserem Newsletter erhalten Sie monatlich Informationen und Angebote!", "form.subscribe"),
        ("Zu allen Beiträgen", "boilerplate.button"),
        ("Beliebte Beiträge zum Thema:", "trailer.related"),
        ("An official website of the United States government.\nHere’s how you know\nThe .gov means it’s official.",
         "boilerplate.gov-banner"),
        ("Inhalt teilen", "share.buttons"),
        ("URL zum Kopieren", "share.buttons"),
        ("Copyright © 2019 The Daily Example", "boilerplate.copyright"),
        ("Copyright 2021 Example Inc.", "boilerplate.copyright"),
        ("All Rights Reserved.", "boilerplate.copyright"),
        ("Featured image via Getty Images/Alex Wong.", "boilerplate.image-credit"),
        ("Photo credit: NASA/Johns Hopkins University", "boilerplate.image-credit"),
        ("(Photo courtesy of the city council)", "boilerplate.image-credit"),
        ("Image by Karen Doe", "boilerplate.image-credit"),
    ],
)
def test_copyright_and_image_credit_lines_are_removed(line: str, rule: str) -> None:
    """Footer copyright lines and image credits on their own line go."""
    assert [(rule, line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright law protects the authors of the songs, the judge wrote in her ruling.",
        "Photos show the flooded streets of the old town after the storm passed.",
        "Photo by photo, the archive rebuilt the history of the harbour over ten years.",
    ],
)
def test_sentences_about_copyright_or_photos_stay(line: str) -> None:
    """Sentences that start like a credit or a copyright line are body text."""
    assert [] == _between(line)


def test_featured_image_credit_glued_at_the_end_of_a_flat_dump_is_removed() -> None:
    """'Featured Image via X.' after the last sentence of a one-line dump is cut."""
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {BODY2} Featured Image via Getty Images/Alex Wong.").text


def test_css_blocks_glued_inside_a_line_are_cut_out() -> None:
    """Two or more rule blocks glued into a flattened line go; the sentences around them stay."""
    css = ".site-header .nav a{color:red;margin:0}.promo:hover{display:none}/*!sc*/"
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {css} {BODY2}").text


@pytest.mark.parametrize(
    "line",
    [
        "Use a set such as {a, b} and a map such as {x: 1} to hold the values before you sort them.",
        "@property def volume(self) -> float: return {'width': 1.0, 'height': 2.0} in the example above.",
    ],
)
def test_braces_in_prose_and_code_quoted_in_a_line_stay(line: str) -> None:
    """Braces in a sentence, or Python quoted in a tutorial, are not CSS."""
    assert [] == _between(line)


def _plain_occurrences(text: str, needle: str) -> list[int]:
    found, pos = [], text.find(needle)
    while pos >= 0:
        found.append(pos)
        pos = text.find(needle, pos + len(needle))
    return found


@given(
    text=st.text(alphabet="=<>a b{!-", max_size=60),
    needle=st.sampled_from(["=>", "==", "<!--", "<a", "{{", "ab", "="]),
)
def test_occurrences_finds_what_str_find_finds(text: str, needle: str) -> None:
    """Needles opening with a rare mark are found by that mark: the same places, without overlaps."""
    assert list(occurrences(text, needle)) == _plain_occurrences(text, needle)


_NEEDLES = ["ab", "b ", "abc", "{", "a b", "cab", "Share", "bb"]


@given(text=st.text(alphabet="abc {S", max_size=60), count=st.integers(1, len(_NEEDLES)))
@settings(max_examples=300, deadline=None)
def test_anchor_positions_are_needle_starts_left_to_right_without_overlaps(text: str, count: int) -> None:
    """Each position starts a needle, positions rise, reported needles do not overlap, and a needle
    standing alone (overlapping no other occurrence of any needle) is always reported."""
    needles = _NEEDLES[:count]
    found = anchor_positions(text, needles)
    assert found == sorted(set(found))
    assert all(any(text.startswith(n, p) for n in needles) for p in found)
    longest = [max(len(n) for n in needles if text.startswith(n, p)) for p in found]
    assert all(p + size <= q for p, size, q in zip(found, longest, found[1:], strict=False))
    spans = [(p, p + len(n)) for n in needles for p in range(len(text)) if text.startswith(n, p)]
    alone = {a for a, b in spans if sum(1 for c, d in spans if c < b and a < d) == 1}
    assert alone <= set(found)


@pytest.mark.parametrize("with_re2", [True, False])
def test_anchor_positions_scan_works_without_re2(with_re2: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many needles are found in one scan, by RE2 or, without it, by re: the same places."""
    import cleanarchive.rules.shapes as shapes_module

    if not with_re2:
        monkeypatch.setattr(shapes_module, "re2", None)
    shapes_module._anchor_scanner.cache_clear()
    needles = ["Facebook", "Twitter", "Share", "SHARE", "WhatsApp", "Pinterest", "Reddit"]
    text = "Share on Facebook, Twitter or WhatsApp. SHARE: Reddit Pinterest"
    assert [0, 9, 19, 30, 40, 47, 54] == anchor_positions(text, needles)
    shapes_module._anchor_scanner.cache_clear()


def test_words_pattern_of_no_words_never_matches() -> None:
    """Empty words are left out, and an empty list gives a pattern that matches nothing."""
    assert re.search(words_pattern([]), "anything") is None
    assert re.fullmatch(words_pattern(["", "ab"]), "") is None


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to ensure that we give you the best experience on our website.",
        "By continuing to use this site, you accept the use of cookies, pixels and other technology.",
        "We and our 100 partners store and/or access information on a device, such as cookies.",
    ],
)
def test_cookie_banner_lines_are_removed(line: str) -> None:
    """A cookie banner speaking to the reader about the site's cookies goes."""
    assert [("boilerplate.cookie-notice", line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "We use butter and sugar in these cookies, the baker said, and they sell out by noon.",
        "The court ruled that websites must ask before they store cookies, the judge said on Monday.",
    ],
)
def test_sentences_about_cookies_stay(line: str) -> None:
    """Sentences about cookies, baked or stored, are body text."""
    assert [] == _between(line)


# --- notices ----------------------------------------------------------------------------------------

FAIR_USE = (
    "FAIR USE NOTICE: This blog holds copyrighted material the use of which has not always been "
    "specifically authorized by the copyright owner. We are making such material available to advance "
    "the understanding of local history. We believe this constitutes a 'fair use' of any such copyrighted "
    "material as provided for in section 107 of the US Copyright Law. If you wish to use copyrighted "
    "material from this blog for purposes of your own that go beyond 'fair use', you must obtain "
    "permission from the copyright owner."
)


def test_fair_use_notice_is_removed_whole() -> None:
    """The fair-use notice goes as one run, its unanchored sentence ("We are making...") with it."""
    assert [("boilerplate.fair-use", FAIR_USE)] == _between(FAIR_USE)


def test_fair_use_notice_glued_after_the_body_is_cut() -> None:
    """In a flattened dump the notice is cut after the last body sentence, which stays."""
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {BODY2} {FAIR_USE}").text


@pytest.mark.parametrize(
    "line",
    [
        "The judge ruled that quoting the song was a fair use under section 107 of the Copyright Act.",
        "The museum said the copyright owner of the photographs had not been found after years of searching.",
    ],
)
def test_sentences_about_copyright_stay(line: str) -> None:
    """A report on copyright law or a copyright owner is body text."""
    assert [] == _between(line)


@pytest.mark.parametrize(
    "notice",
    [
        "The views expressed in this article are the author's own and do not necessarily reflect the "
        "editorial policy of this site.",
        "Disclaimer: This article is for informational purposes only and does not constitute medical advice. "
        "It is not intended as a substitute for the advice of your own doctor.",
        "The content on this website is provided for general informational and educational purposes only.",
        "Opinions expressed are solely those of the author.",
        "This newsletter does not constitute investment advice.",
    ],
)
def test_site_disclaimers_are_removed(notice: str) -> None:
    """A site's disclaimer, in the site's voice, goes with the sentences that go with it."""
    assert [("boilerplate.disclaimer", notice)] == _between(notice)


@pytest.mark.parametrize(
    "line",
    [
        "The school says the new programme is for educational purposes only and will not be graded.",
        "The views expressed by the minister do not necessarily reflect government policy, his aide said.",
        "The agency said the leaflet was not intended to provide legal advice to the tenants.",
    ],
)
def test_body_sentences_that_sound_like_disclaimers_stay(line: str) -> None:
    """The same words said of something other than the site or its content are body text."""
    assert [] == _between(line)


def test_ad_blocker_plea_is_removed() -> None:
    """A plea to switch off an ad blocker goes, with the thanks after it."""
    plea = (
        "We noticed that you are using an ad blocker. Please consider whitelisting our site in your ad blocker. "
        "Thanks!"
    )
    assert [("boilerplate.ad-blocker", plea)] == _between(plea)


def test_text_about_ad_blockers_stays() -> None:
    """An article about ad blockers is body text."""
    line = "A third of readers now run an ad blocker, the survey found, up from a fifth two years ago."
    assert [] == _between(line)


def test_sentence_end_after_a_domain_is_an_end() -> None:
    """A sentence ending in a domain name ends there: the body sentence before a notice stays."""
    text = f"Read more at harbour-news.example.com. {FAIR_USE}"
    assert "Read more at harbour-news.example.com." == scrub(f"{BODY}\n{text}\n{BODY2}").text.split("\n")[1]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Alle Rechte vorbehalten.", "boilerplate.copyright"),
        ("Tous droits réservés", "boilerplate.copyright"),
        ("Todos los derechos reservados.", "boilerplate.copyright"),
        ("Kommentare:", "form.label"),
        ("Bisher keine Kommentare", "form.label"),
        ("No Comments", "form.label"),
        ("Votre adresse e-mail ne sera pas publiée", "form.label"),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht", "form.label"),
    ],
)
def test_rights_reserved_and_comment_form_lines_in_other_languages_are_removed(line: str, rule: str) -> None:
    """'All rights reserved' and comment-section labels in other languages go, on a line of their own."""
    assert [(rule, line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "Alle Rechte vorbehalten, sagte der Verlag, gelten auch für die Fotos im Archiv.",
        "Kommentare von Lesern haben den Bürgermeister dazu gebracht, den Plan zu ändern.",
    ],
)
def test_sentences_starting_like_rights_or_comment_labels_stay(line: str) -> None:
    """A body sentence that opens with such words is kept."""
    assert [] == _between(line)


def test_commission_disclosure_goes_on_its_line_or_inside_a_paragraph() -> None:
    """'When you buy through links on our site, we may earn a commission.' goes wherever it is."""
    notice = "When you purchase through links on our site, we may earn an affiliate commission."
    assert [("boilerplate.affiliate", notice)] == _between(notice)
    glued = "When you buy through links on our site, we may earn a commission."
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {glued} {BODY2}").text


def test_sentence_about_links_on_a_site_stays() -> None:
    """A body sentence about readers buying through a site's links is kept."""
    assert [] == _between("Readers who buy through links on our site help fund the newsroom, the editor wrote.")


@pytest.mark.parametrize(
    "line",
    [
        "Follow Jane Roe on Twitter @janeroe",
        "Follow us on Facebook and Twitter",
        "You can follow him on Instagram: @harbourpics.",
        "Folgen Sie uns auf Facebook",
        "Follow us on Bluesky and Threads",
    ],
)
def test_follow_lines_are_removed(line: str) -> None:
    """A line of its own asking the reader to follow the site or the writer goes."""
    assert [("share.follow", line)] == _between(line)


@pytest.mark.parametrize("line", ["Follow us", "Connect with us:", "FOLLOW US", "Suivez-nous"])
def test_follow_headings_left_by_network_links_are_removed(line: str) -> None:
    assert [("share.follow-heading", line)] == _removals(f"{BODY}\n{line}\nExample Media Group 2024")


def test_a_follow_link_a_sentence_reads_on_from_stays() -> None:
    text = f"{BODY}\nFollow us\nto stay up to date on industry trends.\n{BODY2}"
    assert text == scrub(text).text


@pytest.mark.parametrize(
    "line",
    [
        "Millions follow her on Instagram, where she posts about the bridge.",
        "Follow the Money on Twitter",
    ],
)
def test_sentences_about_following_stay(line: str) -> None:
    """A sentence about followers, or a title that starts with "Follow", is body text."""
    assert [] == _between(line)


@pytest.mark.parametrize("line", ["Bluesky", "TikTok", "Threads", "Mastodon", "Bluesky | Threads | TikTok"])
def test_lines_of_newer_networks_links_are_removed(line: str) -> None:
    assert [("share.buttons", line)] == _between(line)


def test_sentences_naming_newer_networks_stay() -> None:
    line = "The band posts clips on TikTok and Bluesky, and threads its tour dates on Threads."
    assert [] == _between(line)


# --- skip links, share plugin labels, wiki footers ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Jump to navigation Jump to search", "Jump to: navigation, search", "Skip to main content | Skip to footer"],
)
def test_lines_of_skip_links_are_removed(line: str) -> None:
    """A line of several skip links, or MediaWiki's old 'Jump to: navigation, search', goes whole."""
    assert [("boilerplate.advertisement", line)] == _between(line)


def test_skip_links_glued_into_the_top_of_a_flat_page_are_cut() -> None:
    """In a flattened page the skip link between the site name and the menu goes, the rest stays."""
    flat = f"Harbour Times Skip to content News Sport {BODY} {BODY2}"
    result = scrub(flat)
    assert [("boilerplate.skip-links", "Skip to content")] == [(r.rule, r.text) for r in result.removed]
    assert f"Harbour Times News Sport {BODY} {BODY2}" == result.text
    wiki = f"Bridge From Wikispooks Jump to: navigation, search {BODY}"
    assert f"Bridge From Wikispooks {BODY}" == scrub(wiki).text


@pytest.mark.parametrize(
    "text",
    [
        f"Skip to content that matters most is what editors do. {BODY}",  # a sentence going on
        f"{BODY} {BODY2} " * 10 + "Skip to content Home",  # far from the top
    ],
)
def test_skip_link_words_in_prose_or_far_down_stay(text: str) -> None:
    """Only near the top and not going on as a sentence are those words a skip link."""
    assert not [r for r in scrub(text).removed if r.rule == "boilerplate.skip-links"]


@pytest.mark.parametrize(
    "line",
    [
        "Don't forget to share this post!",
        "Möchten Sie den Artikel teilen?",
        "Vergiss nicht zu teilen!",
        "Den Artikel mit anderen teilen/diskutieren:",
        "Partagez cet article !",
        "N'oubliez pas de partager !",
        "¡Compártelo!",
        "Condividi questo articolo:",
    ],
)
def test_share_prompts_in_other_wordings_and_languages_are_removed(line: str) -> None:
    """A line of its own asking the reader to share, in English and other languages."""
    assert [("share.prompt", line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    ["Die Teilnehmer wollten den Artikel teilen, aber der Verlag lehnte ab.", "Partagez vos idées avec nous."],
)
def test_sentences_about_sharing_stay(line: str) -> None:
    assert [] == _between(line)


@pytest.mark.parametrize("line", ["Spread the love", "Spread the LOVE!", "Share the Love ❤"])
def test_share_plugin_labels_in_any_case_are_removed(line: str) -> None:
    """A share plugin's 'Spread the love' label goes in any case, and is not taken for a title."""
    assert [("share.prompt", line)] == _removals(f"{line}\n{BODY}\n{BODY2}")


@pytest.mark.parametrize(
    "footer",
    [
        'Retrieved from "https://en.wikipedia.org/w/index.php?title=Bridge&oldid=12345"',
        "Abgerufen von „https://de.wikipedia.org/w/index.php?title=Brücke&oldid=1“",
        "This page was last edited on 3 May 2020, at 10:00 (UTC).",
        "This page was last modified on January 14, 2016, at 21:06.",
        "This page was last modified 21:06, 14 January 2016.",
        "This page has been accessed 1,234 times.",
        "From Wikipedia, the free encyclopedia",
        "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may "
        "apply. By using this site, you agree to the Terms of Use and Privacy Policy.",
        "Content is available under CC BY-SA 3.0 unless otherwise noted.",
    ],
)
def test_mediawiki_footer_goes_on_its_own_line_and_inside_a_flat_text(footer: str) -> None:
    """MediaWiki's printed footer goes whole, as a line and glued between sentences."""
    assert [("boilerplate.wiki-footer", footer)] == _between(footer)
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {footer} {BODY2}").text


@pytest.mark.parametrize(
    "line",
    [
        "Smith, J. (2010). Bridges of the river. Retrieved from https://www.example.org/bridges",
        "The page was last edited on Tuesday by the council's web team.",
        "The data is available under a licence the council has not yet published.",
    ],
)
def test_references_and_sentences_like_wiki_footers_stay(line: str) -> None:
    """An APA reference quotes no URL; sentences about edits and licences are body text."""
    assert [] == _between(line)


def test_mediawiki_tool_box_is_a_menu() -> None:
    """The side bar and tool box labels of MediaWiki count as menu labels."""
    menu = ["Navigation menu", "Personal tools", "Not logged in", "Talk", "Contributions", "Create account"]
    assert [("boilerplate.nav-run", "\n".join(menu))] == _between("\n".join(menu))


@pytest.mark.parametrize(
    ("tail", "rule"),
    [
        ("Read Full Article", "trailer.related-tail"),
        ("Read the complete article here.", "trailer.related-tail"),
        ("Continue reading →", "trailer.related-tail"),
        ("READ THE REST OF THIS ARTICLE….", "trailer.related-tail"),
        ("Read the rest of this article....", "trailer.related-tail"),
        ("Read more at Harbour Times", "trailer.related-tail"),
        ("Related Entries", "trailer.related-tail"),
        ("Via", "trailer.related-tail"),  # the credit's link is gone
        ("# # #", "trailer.related-tail"),  # a press release's end mark
        ("Use Facebook to Comment on this Post", "form.notice"),
        ("blog comments powered by Disqus", "form.notice"),
        ("View the discussion thread.", "form.notice"),
    ],
)
def test_links_to_the_whole_story_and_comment_widgets_closing_a_flat_text_go(tail: str, rule: str) -> None:
    """A feed excerpt's link to the whole story, or a comment widget's label, glued at the end goes."""
    result = scrub(f"{BODY} {BODY2} {tail}")
    assert [(rule, tail)] == [(r.rule, r.text) for r in result.removed]
    assert f"{BODY} {BODY2}" == result.text


def test_disqus_credit_a_link_a_line_goes() -> None:
    """Disqus's "blog comments powered by" / "Disqus", each link on its line, goes as one notice."""
    assert [("form.notice", "blog comments powered by\nDisqus")] == _between("blog comments powered by\nDisqus")


@pytest.mark.parametrize(
    "line",
    [
        "Read the full report from the council, which runs to 300 pages.", "Continue reading at home, she said.",
        "The trucks came in via",
    ],
)
def test_sentences_about_reading_more_stay(line: str) -> None:
    """A last sentence that goes on past the label is the body's."""
    assert [] == _removals(f"{BODY}\n{BODY2} {line}")


@pytest.mark.parametrize(
    "notice",
    [
        "This article (Bridge Plan Approved) is free and open source. You have permission to republish this "
        "article under a Creative Commons license with attribution to the author and harbourtimes.example.",
        "Content created by the Harbour News Foundation is available without charge to any eligible news "
        "publisher that can provide a large audience. For licensing opportunities of our original content, "
        "please contact licensing@harbour.example.",
        "This article was originally published by Harbour Times and is published here under a Creative Commons "
        "license with attribution to Jane Roe. It may be re-posted freely with proper attribution, author bio, "
        "and this copyright statement.",
        "Any reproduction, in whole or in part, is strictly prohibited without the express written permission "
        "of Harbour Media.",
        "This site content may not be copied, reproduced, or redistributed without the prior written "
        "permission of Harbour Media.",
        "Our content is licensed under a Creative Commons Attribution 4.0 International License.",
        "This article is the copyrighted property of Harbour News. Written permission must be obtained "
        "before reprint in online or print media.",
    ],
)
def test_reprint_notices_are_removed(notice: str) -> None:
    """A site's terms for reprinting its articles go, on their own line or glued after the body."""
    assert [("boilerplate.reprint", notice)] == _between(notice)
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {BODY2} {notice}").text


@pytest.mark.parametrize(
    "notice",
    [
        "To view the full story, please subscribe to The Harbour Times. First-time subscribers also receive "
        "a welcome gift.",
        "Subscribe now to our e-edition for the full story.",
        "This article is exclusive to Harbour+ subscribers",
        "If you are seeing this message but you are already a subscriber, you can log in for immediate access "
        "to this story.",
        "You have reached your limit of free articles. Subscribe today. Cancel anytime.",
        "Cet article est réservé aux abonnés.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Subscribe today to continue reading.",
        "Jetzt registrieren und weiterlesen",
        "Abonnez-vous pour lire la suite",
        "Suscríbete para seguir leyendo.",
    ],
)
def test_paywall_notices_are_removed(notice: str) -> None:
    """Where a paywall stops the story, its notice and offer go, on their own line or glued after the body."""
    assert [("boilerplate.paywall", notice)] == _between(notice)
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {BODY2} {notice}").text


@pytest.mark.parametrize(
    "notice",
    [
        "If you would like to support the publishing of articles like the one you have just read, visit our "
        "donations page here.",
        "Make a one-time donation to support the quality, independent journalism of Harbour News.",
        "If you enjoyed this article, please consider supporting us. Every dollar helps.",
        "To keep me writing for the site, please consider making a small donation. Why not do a monthly "
        "subscription instead? Will you really notice $5 a month?",
        "This blog relies on the support of our readers. Thank you for your generosity! Every penny counts.",
    ],
)
def test_a_sites_plea_for_donations_is_removed(notice: str) -> None:
    """A site's own appeal for money goes with its PayPal and monthly lines, on its own line or glued on."""
    assert [("boilerplate.donation", notice)] == _between(notice)
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {BODY2} {notice}").text


@pytest.mark.parametrize(
    "notice",
    [
        "Comments that contain spam, advertising, vulgarity, threats of violence, racism, or personal or abusive "
        "attacks on other users may be removed and result in a ban.",
        "We reserve the right to delete comments that are off topic. Please keep comments civil.",
        "All comments are moderated before they appear. Comments may take a while to appear.",
        "Please read our comment policy before posting.",
    ],
)
def test_a_comment_sections_policy_is_removed(notice: str) -> None:
    """A site's rules for its comments go, on their own line or glued after the body."""
    assert [("form.comment-policy", notice)] == _between(notice)
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {BODY2} {notice}").text


@pytest.mark.parametrize(
    "sentence",
    [
        "The paper said comments that contain threats will be removed, and its editor agreed.",
        "We reserve the right to refuse service, the owner of the old cafe said.",
        "All comments are moderated, the site's editor told the council on Monday.",
        "Comments are closed.",  # a weak sentence alone stays
    ],
)
def test_sentences_about_comment_policies_stay(sentence: str) -> None:
    assert "form.comment-policy" not in {rule for rule, _ in _between(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity asked residents to please consider making a donation to the flood fund.",
        "She said the shelter depends on donations from the town, and every dollar helps.",
        "If you enjoyed the concert, the band said, you can buy their records at the door.",
        "The council voted to donate the old bridge's lamps to the museum.",
    ],
)
def test_sentences_about_other_peoples_donations_stay(sentence: str) -> None:
    assert "boilerplate.donation" not in {rule for rule, _ in _between(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The full story is in the report, which the council will read on Monday.",
        "Members of the club subscribe to the full story of the match, she said.",
        "Subscribers to the paper were told the story would go on in the next edition.",
        "The archive is available to members of the society, the librarian said.",
        "She said she would register to continue reading the files of the archive.",
    ],
)
def test_sentences_about_subscribing_and_full_stories_stay(sentence: str) -> None:
    assert "boilerplate.paywall" not in {rule for rule, _ in _between(sentence)}


@pytest.mark.parametrize(
    "line",
    [
        "The city grants permission to use the park for events, the mayor said.",
        "The council refused permission to reproduce the mural on the new bridge.",
        "The software is free and open source, its makers said.",
        "Photos may not be taken inside the courtroom without the judge's permission.",
    ],
)
def test_body_sentences_about_permission_and_licences_stay(line: str) -> None:
    """Sentences about permissions, licences and open source in a story are body text."""
    assert [] == _between(line)


def test_sign_up_form_flattened_with_colons_is_cut() -> None:
    """Three or more field labels in a row, each with its colon, are a flattened sign-up form."""
    result = scrub(f"E-mail: Screen Name: Password: Confirm Password: {BODY}")
    assert [("form.run", "E-mail: Screen Name: Password: Confirm Password:")] == [
        (r.rule, r.text) for r in result.removed
    ]
    assert BODY == result.text


@pytest.mark.parametrize(
    ("box", "rules"),
    [
        ("Benutzername\nPasswort\nAngemeldet bleiben\nPasswort vergessen?", ["form.label", "form.label", "form.login"]),
        (
            "Username or Email Address\nPassword\nRemember Me\nLost your password?",
            ["form.label", "form.label", "form.login"],
        ),
        ("Benutzername\n*\nPasswort\n*", ["form.login"]),
        ("Email\nPassword\nConfirm Password", ["form.login", "share.buttons"]),  # "Email": a label, gone first
        ("Mot de passe oublié ?", ["form.label"]),
    ],
)
def test_log_in_box_is_cut(box: str, rules: list[str]) -> None:
    """A password field beside a user name or e-mail field is a log-in box, its links go too."""
    result = scrub(f"{BODY}\n{box}\n{BODY2}")
    assert rules == sorted(r.rule for r in result.removed)
    assert f"{BODY}\n{BODY2}" == result.text


@pytest.mark.parametrize(
    "text",
    [
        "Password",  # alone: a story's or a tutorial's word
        "Benutzername",
        "Password\nEnter it twice to confirm the change.",
        "USERNAME\npassword",  # not as a form writes them: code
    ],
)
def test_lone_log_in_fields_stay(text: str) -> None:
    assert [] == _between(text)


@pytest.mark.parametrize(
    "line",
    [
        "Enter your email address to follow this blog and receive notifications of new posts by email.",
        "Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue "
        "Beiträge zu erhalten.",
        "Geben Sie Ihre E-Mail-Adresse an, um diesen Blog zu abonnieren und Benachrichtigungen über neue Beiträge "
        "via E-Mail zu erhalten.",
        "Saisissez votre adresse e-mail pour vous abonner à ce blog et recevoir une notification de chaque nouvel "
        "article par email.",
        "Join 1,234 other subscribers",
        "Schließe dich 2.242 Followern an",
    ],
)
def test_blog_follow_box_is_cut(line: str) -> None:
    assert [("form.follow-box", line)] == _between(line)


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        (
            "Votre adresse e-mail ne sera pas publiée Champs requis marqués avec *",
            "Votre adresse e-mail ne sera pas publiée",
        ),
        (
            "Kommentar Deine E-Mail-Adresse wird nicht veröffentlicht. Name",
            "Deine E-Mail-Adresse wird nicht veröffentlicht.",
        ),
    ],
)
def test_comment_form_notices_in_other_languages_are_cut(line: str, notice: str) -> None:
    assert notice in [r.text for r in scrub(f"{BODY}\n{line}\n{BODY2}").removed if r.rule == "form.notice"]


def test_sentence_about_following_a_blog_stays() -> None:
    assert [] == _between("Join the 500 people who follow this blog and read it every day, she wrote.")


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY} Name: Jane Roe Email: jane@example.org Phone: 555 1234. {BODY2}",  # filled in: a contact
        f"{BODY}\nusername\npassword\n{BODY2}",  # a tutorial's code, not a log-in form
    ],
)
def test_contact_details_and_code_identifiers_stay(text: str) -> None:
    """Labels with their values, and log-in field names on lines of their own, are kept."""
    assert [] == _removals(text)


@pytest.mark.parametrize(
    ("tail", "rule"),
    [
        ("Follow Jane Roe on Twitter @janeroe", "share.follow-tail"),
        ("Follow us on Facebook.", "share.follow-tail"),
        # a writer's box: how to follow and reach the writer, a few ways in a row
        ("Follow him on Twitter: @janeroe. Reach him directly at jroe@example.com.", "share.follow-tail"),
        ("Follow Jane Roe on Twitter Connect with Jane Roe on Facebook Send tips to [email protected].",
         "share.follow-tail"),
        ("Follow Jane Roe on Twitter @janeroe. Follow her Facebook Page here.", "share.follow-tail"),
        ("Send tips to tips@example.com.", "share.follow-tail"),
        ("(Read Full Post)", "trailer.related-tail"),
        ("(more…)", "trailer.related-tail"),
    ],
)
def test_follow_lines_and_bracketed_more_links_glued_at_the_end_go(tail: str, rule: str) -> None:
    """After the last sentence of a flattened text, a follow line or a bracketed 'more' link goes."""
    result = scrub(f"{BODY} {BODY2} {tail}")
    assert [(rule, tail)] == [(r.rule, r.text) for r in result.removed]
    assert f"{BODY} {BODY2}" == result.text


@pytest.mark.parametrize(
    "last",
    [
        "Millions follow her on Instagram",
        # an address the story gives its readers, not the writer's box
        "Readers can reach the office at info@example.com.",
        "Tips can be sent to the police at tips@example.gov.",
    ],
)
def test_a_last_sentence_about_followers_or_an_address_stays(last: str) -> None:
    """'Millions follow her on Instagram' ends a story without being a follow line."""
    assert [] == _removals(f"{BODY} {last}")


@pytest.mark.parametrize(
    "credit",
    [
        "(Photo: Reuters/Jane Roe)",
        "(AP Photo/Evan Vucci)",
        "(Photo by Jane Roe/Getty Images)",
        "(Foto: dpa)",
        "(Photo: U.S. Navy)",
        "(Getty Images)",
    ],
)
def test_photo_credits_in_brackets_inside_the_text_go(credit: str) -> None:
    """A flattened caption's photo credit in brackets goes, wherever it sits; the sentence stays whole."""
    result = scrub(f"{BODY} The mayor {credit} opened it. {BODY2}")
    assert [("boilerplate.photo-credit", credit)] == [(r.rule, r.text) for r in result.removed]
    assert f"{BODY} The mayor opened it. {BODY2}" == result.text


@pytest.mark.parametrize(
    "remark",
    [
        "(photo taken in 1950)",
        "(Image by Jane Roe, and I saw it first on her blog)",
        "(Photo: the bridge was closed for repairs)",
    ],
)
def test_remarks_in_brackets_about_photos_stay(remark: str) -> None:
    """A bracketed remark that goes on as a clause, or in lower case, is the writer's."""
    assert [] == _removals(f"{BODY} The picture {remark} shows it. {BODY2}")


@pytest.mark.parametrize(
    "page",
    [
        "Looking for Something? The page you are looking for cannot be found or is no longer available. "
        "Try searching our site for what you are looking for.",
        "Oops! That page can’t be found. It looks like nothing was found at this location. Maybe try a search?",
        "This Harbour Times site is currently under construction. Please bear with us as we add content.",
    ],
)
def test_error_and_placeholder_pages_leave_no_content(page: str) -> None:
    """A dump that is only a 404 or 'under construction' page becomes a no-content reject."""
    with pytest.raises(cleanarchive.errors.NoContent):
        cleanarchive.clean_text(page)


@pytest.mark.parametrize(
    "line",
    [
        "The council said the missing file could not be found.",
        "The page was not found in the archive either, the clerk said.",
        "Officials said the documents do not exist and the site is under review.",
    ],
)
def test_sentences_about_missing_things_stay(line: str) -> None:
    """Sentences of a story about files or pages that cannot be found are kept."""
    assert [] == _between(line)


@pytest.mark.parametrize(
    "notice",
    [
        "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.",
        "You need to enable JavaScript to run this app.",
        "To enjoy our website, you'll need to enable JavaScript in your web browser. Please click here to learn how.",
        "Please enable JavaScript in your browser to complete this form.",
        "This site requires JavaScript to run correctly.",
    ],
)
def test_javascript_notices_go_anywhere(notice: str) -> None:
    """What a page shows when its scripts do not run goes, between paragraphs or inside one."""
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{notice}\n{BODY2}").text
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {notice} {BODY2}").text


def test_video_notice_without_its_full_stop_goes_alone() -> None:
    """video.js's notice has no full stop: in a flattened page it goes to its own end, not the story's."""
    notice = (
        "To view this video please enable JavaScript, and consider upgrading to a web browser that supports "
        "HTML5 video"
    )
    assert f"{BODY} The mayor spoke. {BODY2}" == scrub(f"{BODY} {notice} The mayor spoke. {BODY2}").text


@pytest.mark.parametrize(
    "line",
    [
        "You can enable JavaScript in your browser settings, the guide explains.",
        "To use the feature, readers can enable JavaScript in Chrome.",
        "JavaScript is the language of the web, the teacher said.",
        "The new version of the app requires JavaScript, the developer explained.",
    ],
)
def test_sentences_explaining_javascript_stay(line: str) -> None:
    """A how-to or a story about JavaScript speaks of it, not to its reader in the site's voice."""
    assert [] == _between(line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("2022 - Todos los derechos reservados.", "boilerplate.copyright"),
        ("TODOS LOS DERECHOS RESERVADOS 2021", "boilerplate.copyright"),
        ("« Vorheriger Beitrag", "boilerplate.post-nav"),
        ("Article suivant", "boilerplate.post-nav"),
        ("nach oben", "boilerplate.advertisement"),
        ("Recent Posts", "trailer.related"),
        ("Notas relacionadas", "trailer.related"),
        ("Hinterlasse einen Kommentar", "form.label"),
        ("Was this article helpful?", "form.feedback"),
        ("You need to be a member in order to leave a comment", "form.label"),
        ("Sign up for a new account in our community. It's easy!", "form.label"),

    ],
)
def test_page_chrome_labels_in_more_languages_are_removed(line: str, rule: str) -> None:
    """Copyright lines with a year, neighbour-post links, related headings, comment and feedback labels."""
    assert [(rule, line)] == _between(line)


@pytest.mark.parametrize("label", ["Advertisement", "ADVERTISEMENT", "Advertisements", "Anzeige"])
def test_ad_labels_between_sentences_of_a_flat_text_go(label: str) -> None:
    """An ad slot's label between a sentence's end and a capitalised word goes."""
    result = scrub(f"{BODY} {label} {BODY2}")
    assert [("boilerplate.ad-label", label)] == [(r.rule, r.text) for r in result.removed]
    assert f"{BODY} {BODY2}" == result.text


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY} Advertisement revenue fell sharply this year.",
        f"{BODY} Werbung ist überall, sagte der Bürgermeister.",
        "The Advertisement Standards board met on Tuesday.",
    ],
)
def test_the_word_advertisement_in_a_sentence_stays(text: str) -> None:
    """The word inside a sentence, or opening one that goes on in lower case, is the story's."""
    assert [] == _removals(text)


def test_jetpack_share_bar_and_related_heading_glued_at_the_end_go() -> None:
    """WordPress Jetpack's buttons ("Click to print (Opens in new window)") and its closing 'Related' go."""
    bar = (
        "Share this: Click to share on X (Opens in new window) Click to print (Opens in new window) "
        "Click to email a link to a friend (Opens in new window) Like this: Like Loading... Related"
    )
    assert f"{BODY} {BODY2}" == scrub(f"{BODY} {BODY2} {bar}").text


def test_a_page_template_flattened_one_tag_a_line_goes() -> None:
    """A template a page keeps in a script, one tag or attribute a line, goes as one run."""
    template = "\n".join(
        [
            '<div class="cookie-box">',
            "<div data-cookie-accordion>",
            'id="CookiePrefSave"',
            "data-cookie-back",
            "<p>Essential cookies enable basic functions.</p>",
            "Cookie details </a>",
            "</div>",
        ]
    )
    result = scrub(f"{BODY}\n{template}\n{BODY2}")
    assert [("markup.template", template)] == [(r.rule, r.text) for r in result.removed]
    assert f"{BODY}\n{BODY2}" == result.text


@pytest.mark.parametrize(
    "example",
    [
        'To centre the box, use this markup:\n<div class="box">\n<p>Hello</p>\n</div>',  # introduced
        '<table>\n<tr>\n<th scope="col">Person</th>\n</tr>\n</table>',  # no page attributes
    ],
)
def test_markup_a_text_quotes_stays(example: str) -> None:
    """An HTML example introduced by a sentence, or without a page's class/id/data- attributes, stays."""
    text = f"{BODY}\n{example}\n{BODY2}"
    assert text == scrub(text).text


@pytest.mark.parametrize(
    "line",
    [
        "Learn more", "Get Started", "View all →", "Load more", "Mehr erfahren", "← Back to blog", "Back to Blogs",
        "< Back to all posts", "Loading paragraph...", "Loading more posts…", "No more posts", "Zurück zum Newsroom",
        "Login / Join", "Sign in | Register", "Vollständiges Profil anzeigen →", "Write a Review", "Return to shop",
    ],
)
def test_button_label_lines_are_removed(line: str) -> None:
    """A line that is only a button's label goes."""
    assert [("boilerplate.button", line)] == _between(line)


def test_button_words_in_a_sentence_stay() -> None:
    """'Learn more' inside a sentence is the story's."""
    assert [] == _between("Readers can learn more about the bridge at the town hall.")


@pytest.mark.parametrize(
    "line",
    [
        "Back to School", "Back to Basics", "Loading the ship took hours...",
        "The band said the songs were theirs and all rights reserved.",  # a sentence of lower-case words
        "Receive the newsletter, she said, and you will know first.",
    ],
)
def test_headings_like_back_links_stay(line: str) -> None:
    """Only links back to a listing go: "Back to School" may be a story's heading."""
    assert [] == _between(line)


# What the code rules' sentence and text-stretch searches were before they started only where a
# run of letters starts; they must find the same (and the stretches must count the same length).
_SENTENCE_REFERENCE = re.compile(r"(?:[^\W\d_]{1,30}[,;:]? ){7}[^\W\d_]{1,30}[.!?]")
_STRETCH_REFERENCE = re.compile(r"(?:[^\s{}();=<>\[\]]{1,40}\s){12}")
_PROSE_PIECES = st.one_of(
    st.sampled_from([" ", "  ", ", ", "; ", ". ", "(", ")", "=", "{", "}", "\n", "!", "7", "_", "é"]),
    st.text(alphabet="abcXYZ", min_size=1, max_size=45),
)


_LONG_FIRST_WORD = "x" * 50 + " " + "word " * 11 + "end."


@given(st.lists(_PROSE_PIECES, max_size=60))
@example([_LONG_FIRST_WORD])
@example(["(" + _LONG_FIRST_WORD])
@example(["1" + "y" * 35 + ", " + "word " * 6 + "end."])
@settings(max_examples=400, deadline=None)
def test_sentence_and_text_stretch_searches_find_what_searching_everywhere_finds(pieces: list[str]) -> None:
    from cleanarchive.rules import script

    text = "".join(pieces)
    assert (plain_sentence(8).search(text) is None) == (_SENTENCE_REFERENCE.search(text) is None)
    found = [(max(m.start(), m.end(1) - script._STRETCH_WORD), m.end()) for m in script._TEXT_STRETCH.finditer(text)]
    assert found == [m.span() for m in _STRETCH_REFERENCE.finditer(text)]


@given(st.text(alphabet=st.sampled_from("ab.,!?;:(){}=_$#-1é"), min_size=1, max_size=12))
@settings(max_examples=400, deadline=None)
def test_code_token_shortcut_agrees_with_the_token_regex(token: str) -> None:
    from cleanarchive.rules import script

    assert script._is_code_token(token) == (script._CODE_TOKEN.search(token) is not None)
    for keyword in script._KEYWORDS:
        assert script._is_code_token(keyword) and not script._is_code_token(keyword + ",")


@given(st.text(alphabet="ab_' .\n$(", max_size=40))
@settings(max_examples=300, deadline=None)
def test_matches_not_after_yields_what_a_leading_look_behind_yields(text: str) -> None:
    from cleanarchive.rules.shapes import matches_not_after

    for body, before in ((r"ab|a|b\$?\(?", r"[\w']"), (r"(?:ab )+", r"[\w$]"), (r"\$\(|_a", r"\s")):
        expected = [m.span() for m in re.finditer(rf"(?<!{before})(?:{body})", text)]
        got = [m.span() for m in matches_not_after(re.compile(body), text, re.compile(before))]
        assert got == expected


# --- WordPress's post footer: related lists, post links, comment sections ------------------------------

LONG_BODY = "\n".join(f"{BODY} Paragraph {i} goes on about the works and their cost." for i in range(8))


@pytest.mark.parametrize(
    "heading",
    ["Related Tutorials", "Explore related questions", "You might also be interested in",
     "Videos zum Thema", "Beiträge aus dem Forum", "Vous pourriez aussi aimer", "Notizie correlate",
     "Similar threads", "Hot Network Questions"],
)
def test_more_related_headings_go_with_their_list(heading: str) -> None:
    """Related-content headings of other kinds and languages close the text with their headlines."""
    tail = f"{heading}\nIran warns of response to strikes\nMarch 2, 2019\nBridge works delayed again?"
    assert LONG_BODY == scrub(f"{LONG_BODY}\n{tail}").text


@pytest.mark.parametrize("link", ["More articles", "See more stories", "MORE NEWS", "Recommended articles"])
def test_links_to_more_articles_go_alone(link: str) -> None:
    """A "More articles" link under teasers goes; the page's next section under it stays."""
    text = f"{LONG_BODY}\n{link}\nFrequently asked questions\nIs the bridge open?\n{BODY2}"
    assert f"{LONG_BODY}\nFrequently asked questions\nIs the bridge open?\n{BODY2}" == scrub(text).text


@pytest.mark.parametrize(
    "line",
    ["Related work", "Related research", "Recommended courses:", "More from the project",
     "Related articles of the treaty were signed in 1921, the archive shows."],
)
def test_a_texts_own_sections_like_related_headings_stay(line: str) -> None:
    """A paper's "Related work", a text's own list and sentences saying "related" stay with their body."""
    text = f"{LONG_BODY}\n{line}\n{BODY}\n{BODY2}"
    assert [] == [r for r in _removals(text) if r[0].startswith("trailer.")]


def test_a_related_list_closing_the_text_goes_with_its_headlines() -> None:
    """Under a list heading in the second half: headlines and dates, to the end or to a paragraph."""
    tail = "You may also like\nIran warns of response to strikes\nMarch 2, 2019\nBridge works delayed again?"
    assert LONG_BODY == scrub(f"{LONG_BODY}\n{tail}").text
    # a list inside the text, two lines or more, before the next paragraph
    boxed = f"{LONG_BODY}\nRelated posts\nIran warns of response\nThe budget in numbers\n{BODY2}"
    assert f"{LONG_BODY}\n{BODY2}" == scrub(boxed).text


@pytest.mark.parametrize(
    "after",
    [
        "Read more\nThe next card of a listing page",  # a link label, not a list heading
        "Related posts\nThe background\n" + BODY2,  # one short line before a paragraph: a subheading
        "Related:\nHow the works began\n2. Establishing a budget\n" + BODY2,  # a label, then a numbered heading
        "Recommended\nOS: Windows 10\nMemory: 16 GB RAM",  # a spec sheet's label
    ],
)
def test_what_follows_a_related_label_that_is_not_a_list_stays(after: str) -> None:
    out = scrub(f"{LONG_BODY}\n{after}").text
    assert after.split("\n", 1)[1] in out


def test_a_related_heading_early_in_the_text_takes_no_lines() -> None:
    """In the first half of a text, only the heading goes (what follows may be the body)."""
    text = f"{BODY}\nRelated posts\nHow the works began\nWho pays\n{LONG_BODY}"
    assert f"{BODY}\nHow the works began\nWho pays\n{LONG_BODY}" == scrub(text).text


@pytest.mark.parametrize(
    "heading",
    ["2 thoughts on “Bridge works to start in spring”", "One response to \"Bridge works\"",
     "12 Comments on “Bridge works”", "3 Gedanken zu „Brückenbau beginnt“"],
)
def test_a_comment_section_goes_from_its_heading_to_the_end(heading: str) -> None:
    comments = f"{heading}\nJohn says:\nMarch 3, 2019 at 11:02 am\nGreat article, thanks.\nReply\nLeave a Reply"
    result = scrub(f"{LONG_BODY}\n{comments}")
    assert (LONG_BODY, True) == (result.text, "trailer.comments" in {r.rule for r in result.removed})


def test_comment_sections_are_kept_with_include_comments() -> None:
    from cleanarchive.options import CleanOptions
    from cleanarchive.scrub import build_ruleset

    comments = "2 thoughts on “Bridge works”\nJohn says:\nGreat article, thanks."
    text = f"{LONG_BODY}\n{comments}"
    assert LONG_BODY == scrub(text, build_ruleset(CleanOptions())).text
    assert text == scrub(text, build_ruleset(CleanOptions(include_comments=True))).text


def test_a_text_opening_with_a_comment_heading_keeps_it() -> None:
    """A dump of a comments page is all comments: nothing to cut them from."""
    text = f"{BODY}\n2 thoughts on “Bridge works”\n{LONG_BODY}"
    assert text == scrub(text).text


@pytest.mark.parametrize(
    "line",
    ["Click to email this to a friend (Opens in new window)", "← Previous Post", "Next Post →",
     "Listen to this article", "Image caption",
     "View all posts by Jane Roe", "More articles by Jane Roe →", "Powered by WordPress | Theme by Example Themes",
     "Proudly powered by WordPress"],
)
def test_wordpress_footer_lines_are_removed(line: str) -> None:
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{line}\n{BODY2}").text


def test_post_navigation_block_is_removed() -> None:
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{BODY2}\nPost navigation\n← Previous Post\nNext Post →").text


def test_a_sentence_about_a_platform_stays() -> None:
    text = f"{BODY}\nPowered by WordPress, the site now serves a million readers a month.\n{BODY2}"
    assert text == scrub(text).text


def test_an_author_box_closing_the_text_goes_with_its_bio() -> None:
    box = "About the Author\nJane Roe is a correspondent covering the Middle East.\nView all posts by Jane Roe"
    assert LONG_BODY == scrub(f"{LONG_BODY}\n{box}").text


@pytest.mark.parametrize(
    "after",
    [
        # four paragraphs: more than a bio, a section of the text
        "\n".join([BODY2] * 4),
        # early in the text: the body may go on under it
        None,
    ],
)
def test_paragraphs_under_an_author_heading_that_are_no_bio_stay(after: str | None) -> None:
    if after is None:
        text = f"{BODY}\nAbout the Author\n{BODY2}\n{LONG_BODY}"
    else:
        text = f"{LONG_BODY}\nAbout the Author\n{after}"
    assert text.replace("About the Author\n", "") == scrub(text).text


# --- a whole page's title: its <title> line on top, repeated as the heading further down -------------


def test_a_page_title_repeated_past_the_menus_is_the_title() -> None:
    """The first line, repeated whole or by its lead ("X" of "X - Site") past the menus, is the title."""
    page = (
        "Bridge works start in spring - Daily Harbour\nSkip to content\nWorld\nBusiness\n"
        f"Bridge works start in spring\n{LONG_BODY}"
    )
    record = cleanarchive.clean_text(page, options=cleanarchive.CleanOptions(detect_language=False))
    assert ("Bridge works start in spring", LONG_BODY) == (record.title, record.text)


def test_a_first_line_not_repeated_nor_over_the_body_stays() -> None:
    text = f"Bridge works start in spring\nWorld\nBusiness\n{LONG_BODY}"
    assert TITLE_RULE_ID not in {r.rule for r in scrub(text).removed}


def test_only_the_lead_of_a_page_title_confirms_it() -> None:
    """The site's name standing alone (its logo) is not the article's heading."""
    text = f"Coffee - Harbour State University\nHarbour State University\nWorld\n{LONG_BODY}"
    assert TITLE_RULE_ID not in {r.rule for r in scrub(text).removed}


@pytest.mark.parametrize("label", ["Written by", "Posted by:", "Written By"])
def test_a_lone_byline_label_is_removed(label: str) -> None:
    assert [("header.byline-label", label)] == _removals(f"{BODY}\n{label}\nPublished on\n{BODY2}")[:1]


def test_a_byline_label_over_a_name_is_the_byline() -> None:
    assert ("header.byline", "Written by\nJane Roe") in _removals(f"{BODY}\nWritten by\nJane Roe\n{BODY2}")


def test_a_byline_label_ending_a_sentence_stays() -> None:
    text = f"{BODY}\nThis article was\nWritten By\nOur Product Research Team\n{BODY2}"
    assert "header.byline-label" not in {rule for rule, _ in _removals(text)}


def test_a_title_part_a_sentence_reads_through_stays() -> None:
    """A part of the title that is a link inside a sentence is the sentence's, not a repeat."""
    text = (f"{BODY}\nTo help you compare caterers, we have compiled a\nCaterer Comparison Spreadsheet\n"
            f"to make the choice easier.\nLuxoft offers\ndata analytics services\nthat ensure data integrity.\n{BODY2}")
    assert text == scrub(text, title="Wedding Tools - Caterer Comparison Spreadsheet | Data Analytics Services").text


@pytest.mark.parametrize(
    "credit",
    ["Powered by\nDiscourse\n, best viewed with JavaScript enabled", "Powered by\nHugo\n&\nPaperMod",
     "Proudly powered by\nWordPress"],
)
def test_a_credit_split_at_its_links_is_removed(credit: str) -> None:
    assert [("boilerplate.powered-by", credit)] == _removals(f"{BODY}\n{BODY2}\n{credit}")


@pytest.mark.parametrize(
    "text",
    ["The car is\npowered by\na V8 engine", "The new plant runs all year\nPowered by\nthe sun",
     "Powered by\nthe sun, the new plant runs all year."],
)
def test_powered_by_in_a_sentence_stays(text: str) -> None:
    assert "boilerplate.powered-by" not in {rule for rule, _ in _removals(f"{BODY}\n{text}\n{BODY2}")}


# --- tag lists, ad labels, theme footers, translated comment forms -----------------------------------


@pytest.mark.parametrize("label", ["Etiquetas:", "Veröffentlicht in:"])
def test_a_lone_tag_label_at_the_end_goes_with_its_terms(label: str) -> None:
    """'Etiquetas:' / 'autos' / 'bendición' (a dump with each tag link on a line) goes whole."""
    text = f"{BODY}\n{BODY2}\n{BODY}\n{label}\nautos\nbendición\n,\ncapuchinos"
    assert [("trailer.tag-list", f"{label}\nautos\nbendición\n,\ncapuchinos")] == _removals(text)


def test_a_tag_label_without_its_colon_needs_two_terms() -> None:
    """'Schlagworte' / 'KfW' / 'Klimaschutz' goes; one term under a bare label, or 'Tag' (a day), stays."""
    end = f"{BODY}\n{BODY2}\n{BODY}\n"
    assert [("trailer.tag-list", "Schlagworte\nKfW\nKlimaschutz")] == _removals(f"{end}Schlagworte\nKfW\nKlimaschutz")
    assert [] == _removals(f"{end}Tags\nbridge")
    assert [] == _removals(f"{end}Tag\nMontag\nDienstag")
    # a game's or a product's long list of tags, a shop's lowercase heading: the page's content
    terms = "\n".join(f"Genre {n}" for n in range(12))
    assert [] == _removals(f"{end}Tags\n{terms}\n{BODY2}")
    assert [] == _removals(f"{end}categories\nHalf Cents\nLarge Cents")


@pytest.mark.parametrize(
    "footer",
    [
        "This entry was posted in\nNews\nand tagged\nbridge\n,\ncouncil\n.\nBookmark the permalink\n.",
        "Dieser Eintrag wurde veröffentlicht in\nDenkanStoos-Treffen\nvon\nbjoernlinder01\n.\nPermanentlink\n.",
    ],
)
def test_wordpress_entry_footer_a_link_a_line_goes(footer: str) -> None:
    """WordPress's "This entry was posted in ... and tagged ... Bookmark the permalink." footer, a link a line."""
    text = f"{BODY}\n{BODY2}\n{BODY}\n{footer}\n{BODY2}"
    assert [("trailer.tag-list", footer)] == _removals(text)


def test_a_tag_list_stops_at_the_comment_count_and_at_sentences() -> None:
    """The comments after the tags and a sentence after them are not terms."""
    text = f"{BODY}\n{BODY2}\n{BODY}\nTags:\nbridge\ncouncil\n11 Kommentare\n{BODY2}"
    assert ("trailer.tag-list", "Tags:\nbridge\ncouncil") in _removals(text)
    assert BODY2 in scrub(text).text.split("\n")[-1]


@pytest.mark.parametrize(
    "text",
    [
        f"Tags:\nbridge\n{BODY}\n{BODY2}",  # in the first half: a heading of the article
        f"{BODY}\n{BODY2}\n{BODY}\nCategories:\nThe council will vote on this next week.",
    ],
)
def test_a_tag_label_at_the_top_or_over_a_sentence_takes_nothing(text: str) -> None:
    assert [] == [r for r in _removals(text) if r[0] == "trailer.tag-list"]


@pytest.mark.parametrize("line", ["- Anzeige -", "- Anzeige-", "— Advertisement —", "[Advertisement]", "(Anzeige)"])
def test_ad_labels_between_dashes_or_in_brackets_go(line: str) -> None:
    assert [("boilerplate.advertisement", line)] == _between(line)


def test_a_dash_wrapped_sentence_about_advertising_stays() -> None:
    assert [] == _between("- Advertising is a big business -")


@pytest.mark.parametrize(
    "line", ["Simple theme. Powered by", "Watermark theme. Theme images by Jason Morrow. Powered by Blogger."]
)
def test_blogger_theme_footers_go(line: str) -> None:
    assert [("boilerplate.theme-credit", line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.",
        "Mijn naam, e-mail en site opslaan in deze browser voor de volgende keer wanneer ik een reactie plaats.",
        "Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnego komentarza.",
    ],
)
def test_wordpress_save_my_name_notice_in_other_languages_goes(line: str) -> None:
    assert [("form.label", line)] == _between(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read our Privacy Policy",
        "Terms of Use and Privacy Policy",
        "Privacy Policy & Terms",
        "Terms of Service | Privacy Policy",
    ],
)
def test_pointers_to_and_pairs_of_legal_links_in_a_footer_go(line: str) -> None:
    text = f"{BODY}\n{BODY2}\nCopyright 2020\n{line}\nSVG Icons"
    assert ("boilerplate.legal-link", line) in _removals(text)


def test_a_legal_pair_heading_a_paragraph_stays() -> None:
    """A section of the text about the policies keeps its heading."""
    text = f"{BODY}\nTerms of Use and Privacy Policy\n{BODY2}"
    assert [] == _removals(text)


def test_jetpack_subscription_box_goes() -> None:
    box = (
        "Discover more from Harbour Notes\nSubscribe now to keep reading and get access to the full archive.\n"
        "Type your email…"
    )
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{BODY2}\n{box}").text


@pytest.mark.parametrize(
    "line", ["keyboard_arrow_down", "open_in_new", "Edit this page", "Previous topic", "Show Source"]
)
def test_icon_ligatures_and_documentation_page_tools_go(line: str) -> None:
    assert ("boilerplate.ui-label", line) in _removals(f"{BODY}\n{BODY2}\n{line}\nSVG Icons\n{BODY}")


def test_identifiers_that_are_not_icon_names_stay() -> None:
    """A lone identifier in a tutorial ("user_id") is not an icon's ligature."""
    assert "user_id" in scrub(f"{BODY}\n{BODY2}\nuser_id\n{BODY}").text.split("\n")


@pytest.mark.parametrize(
    "buttons",
    [
        "Teilen:\nSeite teilen via Twitter (neues Fenster)\nSeite teilen via Facebook (neues Fenster)",
        "Auf Facebook teilen\nAuf X teilen\nPer E-Mail teilen",
        "Partager sur Facebook\nPartager par e-mail",
        "Compartir en WhatsApp\nCondividi su Facebook\nDelen op LinkedIn",
    ],
)
def test_share_buttons_in_other_languages_go(buttons: str) -> None:
    assert f"{BODY}\n{BODY2}" == scrub(f"{BODY}\n{buttons}\n{BODY2}").text


@pytest.mark.parametrize(
    "sentence",
    [
        "Auf Facebook teilen viele Nutzer ihre Fotos mit Freunden und Familie, sagte die Forscherin.",
        "Partager sur Facebook est devenu une habitude pour des millions de personnes en France.",
    ],
)
def test_sentences_about_sharing_in_other_languages_stay(sentence: str) -> None:
    assert [] == _between(sentence)


def test_a_lone_style_block_glued_into_a_flattened_page_goes() -> None:
    """One class block with two declarations between a page's labels is style sheet."""
    text = "Harbour Times • 1 day ago View All .intro { padding: 18px; border-radius: 10px; } Local Headlines"
    assert "Harbour Times • 1 day ago View All Local Headlines" == scrub(text).text


def test_glued_blocks_with_a_comment_inside_go() -> None:
    text = (
        f"Guide .track {{ white-space: nowrap; animation: marquee 20s linear infinite; /*change here*/ }} "
        f".track.slow {{ white-space: nowrap; }} {BODY}"
    )
    assert f"Guide {BODY}" == scrub(text).text


def test_a_style_block_a_sentence_runs_through_stays() -> None:
    text = "To style it, write .intro { padding: 18px; margin: 0; } in your style sheet, the guide says."
    assert text == scrub(text).text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("View my complete profile", "boilerplate.button"),
        ("Subscribe to: Post Comments (Atom)", "form.label"),
        ("Subscribe to: Posts (Atom)", "form.label"),
        ("BlogThis!", "share.buttons"),
    ],
)
def test_blogger_widgets_go(line: str, rule: str) -> None:
    assert (rule, line) in _removals(f"{BODY}\n{BODY2}\n{line}\nSVG Icons\n{BODY}")


@pytest.mark.parametrize(
    "text",
    [
        f"Die Firma (Siemens) - so hieß es - baut weiter. {BODY}\n{BODY2}",  # not an agency's code
        f"Paris (Photo) - The council met on Tuesday. {BODY}\n{BODY2}",
    ],
)
def test_a_title_case_word_and_brackets_are_no_dateline_without_an_agency(text: str) -> None:
    assert [] == [r for r in _removals(text) if r[0] == "header.dateline"]


@pytest.mark.parametrize(
    "line",
    ["Startseite > Politik > Inland", "Accueil » Actualités » Société", "Inicio / Noticias / Mundo",
     "Home » World » Europe"],
)
def test_breadcrumb_lines_from_the_home_page_in_any_language_go_whole(line: str) -> None:
    assert [("boilerplate.breadcrumb", line)] == _between(line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Lea también:", "trailer.related"),
        ("Voir aussi :", "trailer.related"),
        ("Envoyer par e-mail", "share.buttons"),
        ("Per E-Mail versenden", "share.buttons"),
    ],
)
def test_more_languages_of_link_headings_and_share_buttons(line: str, rule: str) -> None:
    text = f"{BODY}\n{BODY2}\n{BODY}\n{line}\n{BODY2}"
    assert [(rule, line)] == _removals(text)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Views: 1,234", "boilerplate.view-count"),
        ("Post Views: 87", "boilerplate.view-count"),
        ("(Visited 1,234 times, 1 visits today)", "boilerplate.view-count"),
        ("Aufrufe: 120", "boilerplate.view-count"),
        ("Advertisement - Scroll to continue", "boilerplate.advertisement"),
        ("Join the conversation", "form.label"),
    ],
)
def test_counters_ad_labels_and_page_tools_are_removed(line: str, rule: str) -> None:
    assert [(rule, line)] == _between(line)


def test_page_tool_after_the_body_is_removed() -> None:
    """A page tool's label goes where no paragraph follows it (one heading a paragraph may be a heading)."""
    assert [("boilerplate.ui-label", "Report an error")] == _removals(f"{BODY}\n{BODY2}\nReport an error")


@pytest.mark.parametrize("line", ["Updated 2 hours ago", "vor 3 Stunden", "il y a 2 jours", "Yesterday"])
def test_relative_date_lines_under_the_title_are_removed(line: str) -> None:
    """A date relative to when the page was rendered is a header line, though it gives no date."""
    result = scrub(f"Bridge Plan Approved\n{line}\n{BODY}\n{BODY2}")
    assert [("header.date-line", line)] == [(r.rule, r.text) for r in result.removed if r.rule != "header.title"]


def test_views_in_a_sentence_stay() -> None:
    assert [] == _between("Views: the council's are split, and so are the residents'.")


def test_italian_byline_in_lowercase() -> None:
    """ "di Marco Rossi" under the title is a byline; "Di Marco" (a surname too) needs the usual signs."""
    result = scrub(f"Bridge Plan Approved\ndi Marco Rossi\n{BODY}\n{BODY2}")
    assert ("header.byline", "di Marco Rossi") in [(r.rule, r.text) for r in result.removed]


def test_feed_summary_note_glued_to_the_excerpt_goes() -> None:
    note = "[[ This is a content summary only. Visit my website for full links, other content, and more! ]]"
    result = scrub(f"{BODY}\n{BODY2} Gold’s overall trend, revealed by… {note}")
    assert (f"{BODY}\n{BODY2} Gold’s overall trend, revealed by…", [("boilerplate.feed-summary", note)]) == (
        result.text, [(r.rule, r.text) for r in result.removed]
    )


@pytest.mark.parametrize(
    "line",
    ["Your browser does not support the video tag.", "Sorry, your browser doesn't support embedded videos.",
     "Your browser does not support the audio element.", "Your browser does not support iframes."],
)
def test_media_fallback_text_goes(line: str) -> None:
    assert [("boilerplate.media-fallback", line)] == _between(line)


def test_sentence_about_browser_support_stays() -> None:
    line = "If your browser does not support the video tag, the text between the tags is shown instead."
    assert [] == _between(line)


@pytest.mark.parametrize(
    "line",
    ["Asked 5 years ago", "Modified today", "Viewed 1.2m times", "answered Jan 3, 2019 at 10:15",
     "edited March 5, 2020", "3 Answers", "Sorted by:"],
)
def test_qa_post_statistics_go(line: str) -> None:
    assert [("boilerplate.qa-meta", line)] == _between(line)


def test_qa_post_tools_after_an_answer_go() -> None:
    tools = ["Share", "Improve this answer"]
    removed = _removals(f"{BODY}\n{BODY2}\n" + "\n".join(tools))
    assert tools == [text for _, text in removed]


@pytest.mark.parametrize("label", ["Read also:", "Lesen Sie auch:", "Lire aussi :", "Leggi anche"])
def test_also_read_teaser_goes_with_its_headline(label: str) -> None:
    """An "also read" teaser inside an article goes with the headline it links; the article goes on."""
    text = f"{BODY}\n{label}\nFerry service to resume on Tuesday\n{BODY2}"
    assert [("trailer.related", f"{label}\nFerry service to resume on Tuesday")] == _removals(text)


def test_read_more_keeps_the_next_card() -> None:
    """A listing card's "Read more" goes alone: the next line is the next card's title."""
    text = f"{BODY}\nRead more\nFerry service to resume on Tuesday\n{BODY2}\n{BODY}"
    assert [("trailer.related", "Read more")] == _removals(text)


def test_also_read_label_before_two_short_lines_keeps_them() -> None:
    """Two short lines after the label are the headline and the article's next subheading as often:
    only the label goes."""
    text = f"{BODY}\nAlso read:\nHow to Install the Ferry App\nConclusion\n{BODY2}"
    assert [("trailer.related", "Also read:")] == _removals(text)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest", "share.buttons"),
        ("Labels: bridge, council", "trailer.taxonomy"),
        ("Newer Post Older Post Home", "boilerplate.post-nav"),
        ("Posted by Harbour Watcher at 10:32 PM", "trailer.posted-by"),
    ],
)
def test_a_blogger_posts_footer_goes(line: str, rule: str) -> None:
    """Blogger's footer, as a dump flattens it: byline with time, share bar, labels, pager."""
    assert [(rule, line)] == _removals(f"{BODY}\n{BODY2}\n{line}")


def test_posted_by_in_a_sentence_stays() -> None:
    assert [] == _between("Posted by the council at 10:32 PM, the notice said the bridge would close.")


def test_press_release_issuer_above_it_goes_and_names_the_source() -> None:
    import cleanarchive

    text = f"Harbour Ferries Launches New River Service\nNEWS PROVIDED BY\nHarbour Ferries Inc.\n{BODY}\n{BODY2}"
    record = cleanarchive.clean_text(text)
    assert (f"{BODY}\n{BODY2}", "Harbour Ferries Inc") == (record.text, record.source)


def test_forum_thread_and_poster_statistics_are_removed() -> None:
    starter = "Thread starter\nThread starter\njdoe\nStart date\nStart date\nMar 3, 2024"
    poster = "Joined\nNov 4, 2011\nMessages\n12,345\nReaction score\n3,456"
    text = f"{BODY}\n{starter}\njdoe\nSenior Member\n{poster}\n{BODY2}"
    result = scrub(text)
    assert [("boilerplate.forum-meta", starter), ("boilerplate.forum-meta", poster)] == [
        (r.rule, r.text) for r in result.removed
    ]
    assert f"{BODY}\njdoe\nSenior Member\n{BODY2}" == result.text


@pytest.mark.parametrize(
    "text",
    [
        "Start date\nJune 5, 2025\nLocation\nParis",  # an event's details
        "Messages\n12",  # one label alone
        "Joined\nThe two rivers joined below the town, and the road followed them.",  # a sentence, not a value
    ],
)
def test_labels_and_values_outside_a_forum_stay(text: str) -> None:
    full = f"{BODY}\n{text}\n{BODY2}"
    assert "boilerplate.forum-meta" not in {r.rule for r in scrub(full).removed}


@pytest.mark.parametrize(
    "widget",
    [
        "Was this content helpful?\nYes\nNo",
        "War dieser Artikel hilfreich?\nJa (12)\nNein (3)",
        "Did this answer your question?\n👍\n👎",
        "Cet article vous a-t-il été utile ?",
    ],
)
def test_feedback_widget_question_goes_with_its_buttons(widget: str) -> None:
    assert [("form.feedback", widget)] == _between(widget)


@pytest.mark.parametrize(
    "text",
    [
        "Did it help?\nYes",  # an interview's question and answer
        "Was the trip useful? We thought so, and went on to the next town.\nYes",
        "Yes\nNo",  # buttons without their question
    ],
)
def test_questions_and_answers_of_the_text_stay(text: str) -> None:
    full = f"{BODY}\n{text}\n{BODY2}"
    assert "form.feedback" not in {r.rule for r in scrub(full).removed}


@pytest.mark.parametrize(
    "buttons",
    ["Accept\nReject", "Accept\nDeny\nNecessary\nNecessary\nAlways Enabled", "Alle akzeptieren\nEinstellungen"],
)
def test_consent_banner_buttons_a_line_each_are_removed(buttons: str) -> None:
    text = f"{BODY} This site stores cookies.\n{buttons}\n{BODY2}"
    assert [("boilerplate.consent-buttons", buttons)] == _removals(text)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (f"{BODY}\nAccept\nReject\n{BODY2}", "no cookie or consent in the text"),
        (f"{BODY} It stores cookies.\nStatistics\nMarketing\n{BODY2}", "no accept button"),
        (f"{BODY} It stores cookies.\nAccept\n{BODY2}", "one button alone"),
    ],
)
def test_button_words_outside_a_consent_banner_stay(text: str, why: str) -> None:
    assert "boilerplate.consent-buttons" not in {r.rule for r in scrub(text).removed}, why


def test_a_forum_posts_tools_are_ui_labels() -> None:
    tools = "Link to comment\nShare on other sites\nMore sharing options..."
    text = f"{BODY}\n{tools}\nFollowers\n3\n{BODY2}"
    assert [("boilerplate.ui-label", t) for t in tools.split("\n")] == [
        (r.rule, r.text) for r in scrub(text).removed if r.rule == "boilerplate.ui-label"
    ]
