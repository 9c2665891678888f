"""Bytes to text: refuse what is not text, detect the encoding of what is."""

from __future__ import annotations

import codecs

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
    # NUL bytes or many control characters mean no text encoding produced this
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return "binary" if b"\x00" in head or controls > len(head) // 10 else None


def decode_text(content: bytes, source_uri: str) -> str:
    """Decode `content`, honouring a BOM, else UTF-8, else the detected legacy encoding.

    >>> decode_text("caf\\u00e9 – déjà".encode("cp1252"), "x.txt")
    'café – déjà'
    >>> decode_text(codecs.BOM_UTF16_LE + "Genève".encode("utf-16-le"), "x.txt")
    'Genève'
    """
    if not content.strip():
        raise EmptyDocumentError(source_uri, "the file is empty or only whitespace")
    kind = sniff_binary(content)
    if kind:
        raise BinaryDocumentError(source_uri, f"{kind} bytes, not a text document")
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding)
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(content, source_uri)


def _decode_legacy(content: bytes, source_uri: str) -> str:
    from charset_normalizer import from_bytes

    # Windows-1252 is a superset of Latin-1's printable range and what Western offices
    # save; prefer it when it decodes, fall back to detection for other scripts.
    try:
        text = content.decode("cp1252")
        if not any(0x80 <= ord(ch) <= 0x9F for ch in text):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(content).best()
    if best is None:
        raise UndecodableDocumentError(source_uri, "no text encoding fits these bytes")
    return str(best)
