"""Web addresses as sources: which sources are URLs, one canonical form per article, and
which hosts a feed's links may not reach."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SCHEMES = ("http", "https")


def is_url(source: str) -> bool:
    """Whether a source is a web address (else it is a path or a glob)."""
    head = source.strip().lower()
    return head.startswith(("http://", "https://"))


def canonical(url: str) -> str:
    """The one form of an article's address: https, host lower-case without a default port
    or `www.`-less guessing, no fragment, no `utm_*` parameters, no trailing slash.

    "HTTP://Example.com:80/a/?utm_source=x&id=3#top" -> "https://example.com/a?id=3"
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    query = [(k, v) for k, v in query if not k.lower().startswith("utm_")]
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def is_private(url: str) -> bool:
    """Whether the address reaches this machine or a private network (loopback, private,
    link-local, reserved), by its literal host or what the name resolves to."""
    host = host_of(url)
    if not host:
        return True
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return False  # unresolvable: the fetch itself will say so
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved:
            return True
    return False
