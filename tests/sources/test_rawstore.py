"""The raw store: content-addressed gzip blobs plus a JSON-lines index, read back unchanged."""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from un_statements_etl.records import RawDocument, Rejection
from un_statements_etl.settings import Settings
from un_statements_etl.sources import SOURCES, open_source
from un_statements_etl.sources.rawstore import iter_raw_documents, store

FETCHED = datetime(2024, 3, 5, 9, 30, 0)


def _doc(content=b"<html><p>Statement</p></html>", uri="https://www.ohchr.org/en/x", **hints):
    return RawDocument(source="ohchr", source_uri=uri, content=content, media_type="text/html",
                       fetched_at=FETCHED, hints=hints or {"url": uri, "published_on": date(2024, 3, 4), "kind": "STATEMENT"})


def test_store_twice_keeps_one_file_and_one_index_line(tmp_path):
    doc = _doc()
    first, second = store(tmp_path, doc), store(tmp_path, doc)
    assert first == second and first.name.endswith(".html.gz")
    assert first.relative_to(tmp_path).parts[:2] == ("ohchr", first.name[:2])
    assert len(list(tmp_path.rglob("*.gz"))) == 1
    assert len((tmp_path / "index.jsonl").read_text().splitlines()) == 1
    assert gzip.decompress(first.read_bytes()) == doc.content


def test_round_trip_gives_identical_bytes_hints_and_identity(tmp_path):
    doc = _doc()
    store(tmp_path, doc)
    [back] = list(iter_raw_documents(tmp_path))
    assert back == doc  # source and source_uri stay the original ones, so statement ids do not move
    assert isinstance(back.hints["published_on"], date)


def test_the_latest_version_of_a_page_wins_and_limit_counts_documents(tmp_path):
    store(tmp_path, _doc(b"<p>first version</p>"))
    store(tmp_path, _doc(b"<p>other page</p>", uri="https://www.ohchr.org/en/y"))
    store(tmp_path, _doc(b"<p>edited version</p>"))
    docs = list(iter_raw_documents(tmp_path))
    assert [(d.source_uri, d.content) for d in docs] == [("https://www.ohchr.org/en/y", b"<p>other page</p>"),
                                                         ("https://www.ohchr.org/en/x", b"<p>edited version</p>")]
    assert len(list(iter_raw_documents(tmp_path, limit=1))) == 1
    assert len(list(tmp_path.rglob("*.gz"))) == 3  # every version is kept


def test_missing_or_damaged_blobs_and_index_lines_are_rejections(tmp_path):
    path = store(tmp_path, _doc())
    path.unlink()
    with open(tmp_path / "index.jsonl", "a") as index:
        index.write("{not json\n")
    items = list(iter_raw_documents(tmp_path))
    assert all(isinstance(i, Rejection) for i in items)
    assert sorted(i.reason for i in items) == ["corrupt_index", "missing_raw"]
    store(tmp_path, _doc())  # storing again repairs the blob
    assert any(isinstance(i, RawDocument) for i in iter_raw_documents(tmp_path))


@pytest.mark.parametrize("uri", ["../../etc/passwd", "https://x.org/\x00/../../../etc/passwd",
                                 "/tmp/evil.html.gz", "..\\..\\windows\\win.ini"])
def test_a_hostile_uri_never_names_a_file(tmp_path, uri):
    raw_dir = tmp_path / "raw"
    doc = _doc(b"<p>hostile</p>", uri=uri)
    path = store(raw_dir, doc)
    digest = hashlib.sha256(doc.content).hexdigest()
    assert path.resolve().is_relative_to(raw_dir.resolve())
    assert path.relative_to(raw_dir).parts == ("ohchr", digest[:2], f"{digest}.html.gz")
    assert {p.name for p in tmp_path.rglob("*") if p.is_file()} == {f"{digest}.html.gz", "index.jsonl"}
    [back] = list(iter_raw_documents(raw_dir))
    assert back.source_uri == uri  # kept as data, in the index, exactly


@pytest.mark.parametrize("source", ["..", ".", "../..", "a/../../b", "\x00"])
def test_a_hostile_source_name_stays_inside_the_store(tmp_path, source):
    raw_dir = tmp_path / "raw"
    path = store(raw_dir, RawDocument(source, "https://x.org/a", b"<p>x</p>", "text/html", FETCHED))
    assert path.resolve().parent.parent.parent == raw_dir.resolve()


def test_an_index_line_pointing_outside_the_store_is_a_rejection(tmp_path):
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    line = {"source": "..", "source_uri": "https://x.org/a", "sha256": "../../../etc/passwd",
            "media_type": "text/html", "fetched_at": FETCHED.isoformat()}
    (raw_dir / "index.jsonl").write_text(json.dumps(line) + "\n")
    [rejection] = list(iter_raw_documents(raw_dir))
    assert isinstance(rejection, Rejection) and rejection.reason == "corrupt_index"
    assert "not a SHA-256" in rejection.detail


def test_an_empty_store_yields_nothing(tmp_path):
    assert list(iter_raw_documents(tmp_path / "raw")) == []


def test_open_source_knows_the_web_sources_and_raw(tmp_path):
    assert set(SOURCES) == {"local", "ohchr", "un-press", "reliefweb", "raw"}
    store(tmp_path / "raw", _doc())
    [doc] = list(open_source(Settings(data_dir=tmp_path, source="raw")))
    assert doc.source == "ohchr"


hints = st.dictionaries(st.sampled_from(["url", "title", "kind", "symbol", "published_on"]),
                        st.one_of(st.text(max_size=30), st.dates(), st.integers(), st.none()), max_size=5)


@hsettings(max_examples=40, deadline=None)
@given(content=st.binary(min_size=1, max_size=300), hints=hints,
       media_type=st.sampled_from(["text/html", "text/plain", "application/pdf"]))
def test_any_document_comes_back_unchanged(tmp_path_factory, content, hints, media_type):
    raw_dir = tmp_path_factory.mktemp("raw")
    doc = RawDocument("un-press", "https://press.un.org/en/2024/sgsm1.doc.htm", content, media_type, FETCHED, hints)
    store(raw_dir, doc)
    store(raw_dir, doc)
    assert list(iter_raw_documents(raw_dir)) == [doc]
    assert json.loads((raw_dir / "index.jsonl").read_text())["sha256"]
