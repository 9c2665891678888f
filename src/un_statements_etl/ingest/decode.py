"""Bytes to text: refuse what is not text, detect the encoding of what is."""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from ..errors import BinaryDocumentError, EmptyDocumentError, UndecodableDocumentError

# Magic numbers of formats people drop into an input folder by mistake.
_BINARY_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"PK\x03\x04": "ZIP/Office",
    b"\xd0\xcf\x11\xe0": "legacy Office",
    b"\x1f\x8b": "gzip",
}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def sniff_binary(content: bytes) -> str | None:
    """Name of the binary format `content` starts with, or None for text.

    >>> sniff_binary(b"%PDF-1.7 ...")
    'PDF'
    >>> sniff_binary("Good evening".encode()) is None
    True
    """
    for magic, name in _BINARY_MAGIC.items():
        if content.startswith(magic):
            return name
    head = content[:4096]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    # many NUL bytes (UTF-16 without a BOM, binary data) or control characters, at the start or
    # over the whole file, mean no text encoding produced this; a few stray ones are removed
    if head.count(0) * 100 > len(head) or _controls(head) * 10 > len(head):
        return "binary"
    return "binary" if _controls(content) * 10 > len(content) else None


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _controls(data: bytes) -> int:
    return len(data.translate(None, _NOT_CONTROL))  # the bytes left are the control bytes


class Decoded(NamedTuple):
    text: str
    repairs: tuple[str, ...]  # clean_steps entries naming what decoding had to repair, with counts


def decode_text(content: bytes, source_uri: str) -> str:
    """Decode `content`, honouring a BOM, else UTF-8, else the detected legacy encoding.

    >>> decode_text("caf\\u00e9 – déjà".encode("cp1252"), "x.txt")
    'café – déjà'
    >>> decode_text(codecs.BOM_UTF16_LE + "Genève".encode("utf-16-le"), "x.txt")
    'Genève'
    """
    return decode_document(content, source_uri).text


def decode_document(content: bytes, source_uri: str) -> Decoded:
    """The text of `content` and the repairs it needed: lines of a mostly UTF-8 file saved in
    Windows-1252 are decoded as such (not the whole file as Windows-1252), and control
    characters such as NUL, wherever they are, are removed. Each repair is counted.

    >>> decode_document("Volker Türk\\n".encode() + "said – today".encode("cp1252"), "x.txt")
    Decoded(text='Volker Türk\\nsaid – today', repairs=('decode_mixed_encoding(lines=1)',))
    >>> decode_document(b"Text. " * 1000 + b"More\\x00 text.", "x.txt").repairs
    ('drop_control_characters(chars=1)',)
    """
    if not content.strip():
        raise EmptyDocumentError(source_uri, "the file is empty or only whitespace")
    kind = sniff_binary(content)
    if kind:
        raise BinaryDocumentError(source_uri, f"{kind} bytes, not a text document")
    text, repairs = _decode(content, source_uri)
    text, dropped = _CONTROL.subn("", text)
    if dropped:
        repairs += (f"drop_control_characters(chars={dropped})",)
    return Decoded(text, repairs)


# C0 controls but tab, line feed, vertical tab, form feed and carriage return, and DEL: no
# text means them, and NUL ends strings in C readers of Parquet and DuckDB
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _decode(content: bytes, source_uri: str) -> tuple[str, tuple[str, ...]]:
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace"), ()
    try:
        return content.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    lines = content.split(b"\n")
    if not any(not line.isascii() and _is_utf8(line) for line in lines):
        return _decode_legacy(content, source_uri), ()  # no UTF-8 in it: one legacy encoding
    # UTF-8 with some lines saved in a legacy encoding: each line decoded on its own
    broken = [i for i, line in enumerate(lines) if not _is_utf8(line)]
    repair = (f"decode_mixed_encoding(lines={len(broken)})",)
    if _is_western(b"\n".join(lines[i] for i in broken)):  # the usual case: the bytes that are not UTF-8
        return "\n".join(line.decode("utf-8", errors=_CP1252_FALLBACK) for line in lines), repair
    legacy = _decode_legacy(b"\n".join(lines[i] for i in broken), source_uri).split("\n")
    if len(legacy) != len(broken):
        return _decode_legacy(content, source_uri), ()  # not line-aligned (no ASCII newline): as before
    decoded = dict(zip(broken, legacy, strict=True))
    return "\n".join(decoded.get(i) or line.decode("utf-8") for i, line in enumerate(lines)), repair


def _is_western(data: bytes) -> bool:
    """Whether bytes read as Windows-1252 text (what Western offices save): no undefined byte, no C1 control."""
    try:
        return not any(0x80 <= ord(ch) <= 0x9F for ch in data.decode("cp1252"))
    except UnicodeDecodeError:
        return False


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: the bytes that are not UTF-8 read as Windows-1252 (Latin-1 for
    the five bytes Windows-1252 leaves undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


_CP1252_FALLBACK = "uns_cp1252_fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def _decode_legacy(content: bytes, source_uri: str) -> str:
    from charset_normalizer import from_bytes

    # Windows-1252 is a superset of Latin-1's printable range and what Western offices
    # save; prefer it when it decodes, fall back to detection for other scripts.
    if _is_western(content):
        return content.decode("cp1252")
    best = from_bytes(content).best()
    if best is None:
        raise UndecodableDocumentError(source_uri, "no text encoding fits these bytes")
    return str(best)
