"""Content-Encoding undone layer by layer, each layer's output bounded while it is produced.

httpx decodes `Content-Encoding: gzip, gzip` by handing each chunk through both layers in
full: 1.8 KB on the wire can become a few MB after the outer layer and 2 GB after the inner
one before any size check sees a byte. Here every layer asks zlib for at most the bytes
still allowed (`decompress(data, max_length)`), so no layer ever holds more than the limit
and the answer is refused the moment one would.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import httpx

ACCEPT_ENCODING = "gzip, deflate"  # what this module can undo; asked for explicitly


class DecodedTooLarge(Exception):
    """A layer's output passed the limit."""


class _Layer:
    """One zlib stream (gzip, or deflate with or without its zlib header)."""

    def __init__(self, name: str, limit: int):
        self.name, self.limit, self.produced = name, limit, 0
        self._raw_deflate = False
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if name in ("gzip", "x-gzip") else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        if self._inflate.eof or not data:
            return b""  # bytes after the end of the stream are ignored, as httpx does
        room = self.limit - self.produced
        try:
            out = self._inflate.decompress(data, room + 1)  # max_length 0 would mean "no limit": never 0
        except zlib.error:
            if self.name != "deflate" or self.produced or self._raw_deflate:
                raise
            # servers send "deflate" without the zlib header too
            self._raw_deflate, self._inflate = True, zlib.decompressobj(-zlib.MAX_WBITS)
            return self.feed(data)
        self.produced += len(out)
        if self.produced > self.limit:
            raise DecodedTooLarge(f"the {self.name} layer decodes to more than {self.limit} bytes")
        return out

    def flush(self) -> bytes:
        return self.feed(self._inflate.unconsumed_tail) if self._inflate.unconsumed_tail else b""


class BoundedDecoder:
    """Undo a Content-Encoding header's layers (last applied, first undone); unknown codings
    pass through unchanged, as in httpx.

    >>> import gzip
    >>> twice = gzip.compress(gzip.compress(b"x" * 50_000))
    >>> len(BoundedDecoder("gzip, gzip", 60_000).decode([twice[:20], twice[20:]]))
    50000
    >>> BoundedDecoder("gzip, gzip", 1_000).decode([twice])
    Traceback (most recent call last):
    ...
    un_statements_etl.sources.content_encoding.DecodedTooLarge: the gzip layer decodes to more than 1000 bytes
    """

    def __init__(self, content_encoding: str, limit: int):
        names = [name.strip().lower() for name in content_encoding.split(",")]
        self.layers = [_Layer(name, limit) for name in reversed(names) if name in ("gzip", "x-gzip", "deflate")]

    def feed(self, data: bytes) -> bytes:
        for layer in self.layers:
            data = layer.feed(data)
        return data

    def flush(self) -> bytes:
        data = b""
        for layer in self.layers:
            data = layer.feed(data) + layer.flush()
        return data

    def decode(self, chunks: Iterable[bytes]) -> bytes:
        return b"".join(self.feed(chunk) for chunk in chunks) + self.flush()


def encoded_chunks(response: httpx.Response, limit: int) -> tuple[BoundedDecoder, Iterable[bytes]]:
    """The decoder for a streamed answer and its bytes as they came over the wire.

    An answer a transport has already read in full (test transports do) is decoded already:
    its bytes pass through unchanged.
    """
    if response.is_stream_consumed:
        return BoundedDecoder("", limit), [response.content]
    return BoundedDecoder(response.headers.get("content-encoding", ""), limit), response.iter_raw()
