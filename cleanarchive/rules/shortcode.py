"""Shortcode rules: WordPress-style ``[name attr="..."]`` and ``[/name]`` tokens.

Square brackets in prose ("[his]", "[see also X]", "[…]") stay: a token needs a closing
slash, an attribute, a name with ``_``/``-``, or a name from the list of common shortcodes.
A bracket that opens a CSS rule's selector ("[data-overflow-focus] {") is left to the CSS rules.
"""

from __future__ import annotations

import re

from cleanarchive.records import Category
from cleanarchive.ruleset import Rule, Scope

__all__ = ["KNOWN_SHORTCODES", "RULES"]

# Plain names that are shortcodes even without attributes.
KNOWN_SHORTCODES = (
    "caption",
    "gallery",
    "embed",
    "video",
    "audio",
    "playlist",
    "wpforms",
    "contact-form",
    "adsense",
    "ad",
    "ads",
    "tweet",
    "youtube",
    "vimeo",
    "spoiler",
    "toggle",
    "accordion",
    "tabs",
    "tab",
    "column",
    "row",
    "button",
    "box",
    "dropcap",
    "highlight",
    "divider",
    "clear",
    "shortcode",
    "newsletter",
    "subscribe",
    "donate",
    "related",
    "sharethis",
    "social",
    "quote",
    "pullquote",
    "blockquote",
    "googlemaps",
    "soundcloud",
    "facebook",
    "instagram",
    "ssba",
    "mashshare",
    "addtoany",
    "shareaholic",
    "wp_ad_camp",
    "mc4wp_form",
)
_NAME = r"[a-zA-Z][a-zA-Z0-9]{0,40}"
_VALUE = r"(?:\"[^\"\n\]]{0,500}\"|'[^'\n\]]{0,500}'|“[^”\n\]]{0,500}”|[^\s\"'\]\[]{1,200})"
_ATTRS = rf"(?:[ \t]{{1,10}}[a-zA-Z_][\w-]{{0,40}}[ \t]{{0,3}}=[ \t]{{0,3}}{_VALUE}){{1,30}}"
_KNOWN = "|".join(re.escape(k) for k in sorted(KNOWN_SHORTCODES, key=len, reverse=True))
SHORTCODE = re.compile(
    r"\[(?:"
    rf"/{_NAME}(?:[_-][a-zA-Z0-9]{{1,40}}){{0,6}}"  # closing tag
    rf"|{_NAME}(?:[_-][a-zA-Z0-9]{{1,40}}){{0,6}}{_ATTRS}[ \t]{{0,3}}/?"  # attributes
    rf"|[a-z][a-z0-9]{{0,40}}(?:[_-][a-z0-9]{{1,40}}){{1,6}}[ \t]{{0,3}}/?"  # snake/kebab name
    rf"|(?:{_KNOWN})[ \t]{{0,3}}/?"
    r")\]"
    # not a CSS attribute selector: "[data-overflow-focus] {", "[data-theme=dark] .card,"
    r"(?![^\n{}]{0,200}(?:\{|,)[ \t]*(?:\n|\Z))"
)

RULES = (
    Rule(
        id="shortcode.token",
        category=Category.SHORTCODE,
        description="WordPress-style shortcode tokens: '[gallery ids=\"4,7\"]', '[/caption]'.",
        pattern=SHORTCODE,
        scope=Scope.SPAN,
        guard=("[",),
    ),
)
