"""Statement identity: from where a statement comes, never from what it says."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_|fbclid|gclid|mc_)")


def canonical_url(url: str) -> str:
    """The form of a URL used as identity: scheme and host lower case, no www., default
    port, fragment, tracking parameters or trailing slash.

    >>> canonical_url("HTTPS://WWW.OHCHR.org:443/en/statements/2022/05/x/?utm_source=tw#top")
    'https://ohchr.org/en/statements/2022/05/x'
    >>> canonical_url("<https://press.un.org/en/2023/sgsm21700.doc.htm>")
    'https://press.un.org/en/2023/sgsm21700.doc.htm'
    """
    parts = urlsplit(url.strip().strip("<>").strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(((parts.scheme or "https").lower(), host, path, query, ""))


def normalise_symbol(symbol: str) -> str:
    """UN document symbols compare without spaces or case: 'sg/sm/21345' -> 'SG/SM/21345'.

    >>> normalise_symbol(" sg/sm/ 21345 ")
    'SG/SM/21345'
    """
    return re.sub(r"\s+", "", symbol).upper()


def statement_id_for(url: str | None, symbol: str | None, source_uri: str) -> str:
    """Stable id from the best identity available: canonical URL, else symbol, else path.

    >>> statement_id_for("https://www.ohchr.org/en/x/", None, "a.txt") == statement_id_for(
    ...     "https://ohchr.org/en/x", None, "b.txt")
    True
    >>> statement_id_for(None, None, "/data/a.txt").startswith("st_")
    True
    """
    if url:
        key = "url:" + canonical_url(url)
    elif symbol:
        key = "symbol:" + normalise_symbol(symbol)
    else:
        key = "path:" + source_uri
    return "st_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """SHA-256 of the cleaned text: equal hashes under two identities mean one statement."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
