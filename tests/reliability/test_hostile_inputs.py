"""Hostile local input (issue #18, items 2 and 10): memory bounded by the limit, special files and
links quarantined, NUL bytes and mixed encodings repaired and counted, HTML that would hide or
lose text tamed. Every test here is fast: no model, no network, no real waiting."""

from __future__ import annotations

import os
import threading
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from un_statements_etl.ingest import prepare_statement
from un_statements_etl.ingest.html import html_to_text
from un_statements_etl.nlp import CHUNK_CHARS, pipe
from un_statements_etl.records import RawDocument, Rejection
from un_statements_etl.sources.local import iter_local_documents

STATEMENT = ("Myanmar: UN expert alarmed by air strikes on villages in Sagaing\n\nGENEVA (14 March 2023) – A UN human "
             "rights expert today said he was alarmed by repeated air strikes on villages in the Sagaing region.\n\n")
BODY = ("<p>We are deeply concerned about the escalating violence in Darfur, where civilians continue to be killed in "
        "their homes. We call on the parties to allow humanitarian access.</p><p>The High Commissioner urges both "
        "sides to return to negotiations.</p>")


def _page(inner: str) -> str:
    return f"<!doctype html><html><head><title>Sudan briefing</title></head><body>{inner}</body></html>"


def _only(inputs: list[Path], max_bytes: int = 5_000_000) -> list[RawDocument | Rejection]:
    return list(iter_local_documents(inputs, max_bytes=max_bytes))


def test_an_oversized_file_is_refused_from_its_size_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100_000_000)
    tracemalloc.start()
    try:
        (found,) = _only([big])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(found, Rejection) and found.reason == "too_large" and "100,000,000 bytes" in found.detail
    assert peak < 5_000_000, f"{peak:,} bytes allocated to refuse a file by its size"


def test_a_named_pipe_or_a_device_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "inbox.txt"
    os.mkfifo(fifo)
    found: list[RawDocument | Rejection] = []
    reader = threading.Thread(target=lambda: found.extend(_only([fifo])), daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # the old reader blocked in open(): release it before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a named pipe blocked the run")
    assert [(r.reason, "named pipe" in r.detail) for r in found if isinstance(r, Rejection)] == [("unreadable", True)]
    if Path("/dev/zero").exists():  # endless: never read
        (zero,) = _only([Path("/dev/zero")])
        assert isinstance(zero, Rejection) and "character device" in zero.detail


def test_links_and_unlistable_folders_become_quarantine_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, outside = tmp_path / "inbox", tmp_path / "outside"
    (inbox / "locked").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("not for this run")
    (inbox / "kept.txt").write_text(STATEMENT)
    (inbox / "alias.txt").symlink_to(inbox / "kept.txt")
    (inbox / "dangling.txt").symlink_to(inbox / "gone.txt")
    (inbox / "escape.txt").symlink_to(outside / "secret.txt")
    (inbox / "escape-folder").symlink_to(outside)
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path).name == "locked":  # root can list any folder: the refusal is injected
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = {Path(item.source_uri).name: item for item in _only([inbox])}
    assert {name: item.reason for name, item in found.items() if isinstance(item, Rejection)} == {
        "dangling.txt": "unreadable", "escape.txt": "outside_input", "escape-folder": "outside_input",
        "locked": "unreadable"}
    assert "could not list the folder" in found["locked"].detail  # type: ignore[union-attr]
    assert not any(isinstance(item, RawDocument) and b"not for this run" in item.content for item in found.values())
    assert isinstance(found["kept.txt"], RawDocument)  # the link inside the folder reads its target


def test_a_statement_on_one_line_is_parsed_in_bounded_chunks() -> None:
    import spacy

    nlp = spacy.blank("en")
    seen: list[int] = []

    @spacy.Language.component("h18_chunk_sizes")
    def record(doc):  # type: ignore[no-untyped-def]
        seen.append(len(doc.text))
        return doc

    nlp.add_pipe("h18_chunk_sizes")
    text = "The council urged restraint on all sides today. " * 6_000  # 288,000 characters, no line break
    (doc,) = pipe(nlp, [text], n_process=1)
    assert doc.text == text and max(seen) <= CHUNK_CHARS and len(seen) >= 3
    assert all(size % len("The council urged restraint on all sides today. ") == 0 for size in seen[:-1])


def _prepare(content: bytes, name: str = "x.txt"):  # type: ignore[no-untyped-def]
    media = "text/html" if name.endswith(".html") else "text/plain"
    return prepare_statement(RawDocument("local", f"/inbox/{name}", content, media, datetime(2024, 1, 1)), 5_000_000)


def test_nul_bytes_past_the_first_4_kb_are_removed_and_counted() -> None:
    filler = "The expert called for an inquiry into the strikes. " * 100  # 5 KB of prose before the NULs
    statement = _prepare((STATEMENT + filler + "Civilians\x00 were\x00\x00 killed.").encode())
    assert "\x00" not in statement.text and "Civilians were killed." in statement.text
    assert "drop_control_characters(chars=3)" in statement.clean_steps


def test_a_file_mixing_utf8_and_cp1252_is_decoded_line_by_line() -> None:
    content = STATEMENT.replace("A UN human", "Volker Türk, a UN human").encode() + \
        "“Stop the strikes now,” he said – today.\n".encode("cp1252")
    statement = _prepare(content)
    assert "Volker Türk" in statement.text and "Ã" not in statement.text
    assert "he said – today." in statement.text
    assert "decode_mixed_encoding(lines=1)" in statement.clean_steps


def test_template_content_never_reaches_the_text() -> None:
    page = _page(f"<article><h1>Sudan briefing</h1>{BODY}<template><p>Inert template markup that no reader of "
                 "this page ever sees, however long it is.</p></template></article>")
    text = _prepare(page.encode(), "t.html").text
    assert "Darfur" in text and "template" not in text.lower()


def test_ten_thousand_nested_divs_keep_their_text() -> None:
    page = _page("<div>" * 10_000 + BODY + "</div>" * 10_000)
    found = html_to_text(page)
    assert found is not None and "escalating violence in Darfur" in found.text
