"""What keeps the fetchers from leaking or reaching too far: credentials redacted from
every URL that leaves the fetch layer (rejections, errors, logs, the warehouse), and the
test of whether an address is on the public internet.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket

SECRET_PARAMS = ("appname", "password", "passwd", "token", "access_token", "key", "apikey", "api_key", "secret")
_SECRET_PARAM = re.compile(r"([?&;#](?:" + "|".join(SECRET_PARAMS) + r")=)[^&#;]*", re.IGNORECASE)
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@")
_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>()]+")


def redact_url(url: str) -> str:
    """`url` fit for logs, quarantine rows and the warehouse: credentials become REDACTED.

    The ReliefWeb appname, password/token/key/apikey-like query values and `user:pass@` are
    replaced; everything else, the parameter order included, stays as it was. Works on
    strings that are not valid URLs too, since those are the ones error messages carry.

    >>> redact_url("https://api.reliefweb.int/v2/reports?appname=uns-etl&offset=3")
    'https://api.reliefweb.int/v2/reports?appname=REDACTED&offset=3'
    >>> redact_url("https://bob:hunter2@mirror.example/feed?API_KEY=k&monkey=1&Token=t#top")
    'https://REDACTED@mirror.example/feed?API_KEY=REDACTED&monkey=1&Token=REDACTED#top'
    >>> redact_url("https://www.ohchr.org/en/press-releases?page=2")
    'https://www.ohchr.org/en/press-releases?page=2'
    """
    return _SECRET_PARAM.sub(r"\1REDACTED", _USERINFO.sub(r"\1REDACTED@", url))


def redact_text(text: str) -> str:
    """Every URL inside a message (an exception text, a reason) redacted.

    >>> redact_text("redirect to another host refused (http://x.org/a?token=abc)")
    'redirect to another host refused (http://x.org/a?token=REDACTED)'
    """
    return _URL_IN_TEXT.sub(lambda found: redact_url(found.group(0)), text)


class RedactingFilter(logging.Filter):
    """Redacts the URLs of a log record: httpx logs every request's full URL (with the
    ReliefWeb appname) at INFO, which a run logging at INFO would otherwise keep."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact_text(record.getMessage()), ()
        return True


def _guard_library_logs() -> None:
    """Install the filter once on the loggers that print request URLs."""
    for name in ("httpx",):
        target = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())


_guard_library_logs()


def is_public_address(address: str) -> bool:
    """Whether an address is on the public internet: not private, loopback, link-local,
    reserved, multicast or unspecified (an IPv4 address written as IPv6 counts as IPv4).

    >>> [is_public_address(a) for a in ("93.184.215.14", "127.0.0.1", "10.1.2.3", "169.254.169.254")]
    [True, False, False, False]
    >>> [is_public_address(a) for a in ("::1", "::ffff:192.168.0.1", "fe80::1%eth0", "0.0.0.0", "nonsense")]
    [False, False, False, False, False]
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone such as %eth0
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    flags = (ip.is_private, ip.is_loopback, ip.is_link_local, ip.is_reserved, ip.is_multicast, ip.is_unspecified)
    return ip.is_global and not any(flags)


def resolve_host(host: str) -> list[str]:
    """Every address `host` resolves to: the connection may use any of them."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)]
