"""Canonical page URLs and their domains."""

from __future__ import annotations

import re
import urllib.parse

__all__ = ["canonical_url", "domain_of", "find_urls"]

_MAX_URL = 2048
# Query parameters that only track the visitor or the campaign, never select the page.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "piwik_", "matomo_", "hsa_", "__hs", "_hs", "oly_")
_TRACKING_NAMES = frozenset(
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mkt_tok", "_ga", "_gl",
        "ref_src", "ref_url", "cmpid", "ncid", "icid", "spm", "share", "sharesource", "wt.mc_id",
        "wt_mc_id", "at_medium", "at_campaign", "xtor", "s_cid", "ito", "ocid",
        "smid", "sr_share", "__twitter_impression", "trk", "trkcampaign",
        "mbid", "vero_id", "_hsenc", "_hsmi", "hsctatracking", "fb_action_ids", "fb_action_types",
        "fb_ref", "fb_source", "action_object_map", "action_type_map", "action_ref_map",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# \s of a str pattern is exactly str.isspace (checked over every code point).
_WHITESPACE_RE = re.compile(r"\s")
_HOST_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}\.){1,10}[a-z0-9-]{1,62}|\[[0-9a-f:.]{2,45}\]")
_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`\]\[(){}|]{3,2000}", re.IGNORECASE)


def _is_tracking(name: str) -> bool:
    key = name.lower()
    return key in _TRACKING_NAMES or key.startswith(_TRACKING_PREFIXES)


def _host(netloc: str) -> tuple[str, int | None] | None:
    hostport = netloc.rsplit("@", 1)[-1].lower()
    port: int | None = None
    if hostport.startswith("["):
        host, _, rest = hostport.partition("]")
        host += "]"
        if rest.startswith(":") and rest[1:].isdigit():
            port = int(rest[1:])
    else:
        host, sep, port_text = hostport.partition(":")
        if sep:
            if not port_text.isdigit():
                return None
            port = int(port_text)
    host = host.rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    if not _HOST_RE.fullmatch(host):
        return None
    return host, port


def canonical_url(url: str) -> str | None:
    """Return the canonical form of an http(s) URL, or None when ``url`` is not one.

    Lowercases scheme and host, drops default ports, user info, fragments and tracking
    parameters (``utm_*``, ``fbclid``, ...), keeps the path and other parameters as given.
    """
    url = url.strip().strip("<>\"'")
    if not url or len(url) > _MAX_URL or _WHITESPACE_RE.search(url):
        return None
    if url.startswith("//"):
        url = "https:" + url
    elif url.lower().startswith("www."):
        url = "http://" + url
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        return None
    found = _host(parts.netloc)
    if found is None:
        return None
    host, port = found
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in query if not _is_tracking(k)]
    query_text = parts.query if len(kept) == len(query) else urllib.parse.urlencode(kept)
    path = parts.path or "/"
    return urllib.parse.urlunsplit((scheme, netloc, path, query_text, ""))


def domain_of(url: str) -> str | None:
    """Return the lowercase host of ``url`` without ``www.``, or None."""
    canonical = canonical_url(url)
    if canonical is None:
        return None
    host = urllib.parse.urlsplit(canonical).hostname or ""
    host = re.sub(r"^www\d{0,3}\.", "", host)
    return host or None


def find_urls(text: str) -> list[str]:
    """Return the canonical http(s) URLs written out in ``text``, in order."""
    found = []
    for m in _URL_RE.finditer(text):
        canonical = canonical_url(m.group(0).rstrip(".,;:!?"))
        if canonical is not None:
            found.append(canonical)
    return found
