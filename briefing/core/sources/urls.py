"""Web addresses as sources: which sources are URLs, one canonical form per article, and
which hosts a feed's links may not reach."""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SCHEMES = ("http", "https")


def is_url(source: str) -> bool:
    """Whether a source is a web address (else it is a path or a glob)."""
    head = source.strip().lower()
    return head.startswith(("http://", "https://"))


def canonical(url: str) -> str:
    """The one form of an article's address: https, host lower-case without a default port,
    no fragment, no `utm_*` parameters, no trailing slash. An address too broken to take
    apart (a port out of range) is only trimmed: `problem` says what is wrong with it.

    "HTTP://Example.com:80/a/?utm_source=x&id=3#top" -> "https://example.com/a?id=3"
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower()
    port = port if port not in (None, 80, 443) else None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    query = [(k, v) for k, v in query if not k.lower().startswith("utm_")]
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def problem(url: str) -> str | None:
    """What keeps `url` from being fetched, or None: not http(s), no host, a bad port."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (raises on a port out of range)
    except ValueError as exc:
        return f"not a valid web address ({exc})"
    if parts.scheme.lower() not in SCHEMES:
        return f"not an http or https address ({parts.scheme or 'no scheme'})"
    if not parts.hostname:
        return "not a valid web address (no host)"
    return None


# What a host name ends on after its site's own name: ".com", ".org", ".com.cn", ".co.uk".
_DOMAIN_END = re.compile(r"(?:\.(?:com|org|net|co|gov|ac|edu|[a-z]{2}))+\Z")


def squeezed(name: str) -> str:
    """A site's or an outlet's name as a host name writes it: lower case, letters and digits
    only ("China Daily": "chinadaily", "SpaceNews.com": "spacenewscom")."""
    return "".join(c for c in name.casefold() if c.isalnum())


def site_name(host: str) -> str:
    """The site's own name in a host name, lower case: "www.npr.org": "npr",
    "usa.chinadaily.com.cn": "chinadaily"; "" when there is none ("AFP", "")."""
    host = host.casefold()
    bare = _DOMAIN_END.sub("", host)
    return bare.rsplit(".", 1)[-1] if "." in host and bare else ""


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


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
    return any(not is_public(address) for address in addresses)


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet (not this machine, a private or
    shared network, link-local, multicast or reserved)."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast
