from __future__ import annotations

import codecs

import pytest

from un_statements_etl.errors import BinaryDocumentError, EmptyDocumentError
from un_statements_etl.ingest.decode import decode_text
from un_statements_etl.ingest.identity import statement_id_for


@pytest.mark.parametrize("content", [
    "Genève – « déclaration »".encode("latin-1", errors="replace"),
    "Genève – “déclaration”".encode("cp1252"),
    codecs.BOM_UTF16_LE + "Genève – “déclaration”".encode("utf-16-le"),
    codecs.BOM_UTF8 + "Genève – “déclaration”".encode(),
    "Genève\r\n– “déclaration”".encode(),
])
def test_text_in_any_common_encoding_decodes(content):
    assert decode_text(content, "x.txt").startswith("Genève")


@pytest.mark.parametrize("content,error", [
    (b"", EmptyDocumentError), (b" \n\t ", EmptyDocumentError),
    (b"%PDF-1.4 binary", BinaryDocumentError), (b"\x89PNG\r\n\x1a\n", BinaryDocumentError),
    (bytes(range(256)) * 4, BinaryDocumentError),
])
def test_non_text_is_refused_with_a_reason(content, error):
    with pytest.raises(error) as raised:
        decode_text(content, "inbox/x")
    assert "inbox/x" in str(raised.value)


def test_identity_prefers_url_then_symbol_then_path():
    by_url = statement_id_for("https://www.ohchr.org/en/a", "SG/SM/1", "/p.txt")
    assert by_url == statement_id_for("https://ohchr.org/en/a/", None, "/other.txt")
    assert statement_id_for(None, "sg/sm/1", "/p.txt") == statement_id_for(None, "SG/SM/1", "/q.txt")
    assert statement_id_for(None, None, "/p.txt") != statement_id_for(None, None, "/q.txt")
