"""A whole pipeline run against the local ohchr.org fixture site, run after run.

The first run loads every statement page once; the next one fetches nothing new (listings
are read, item pages answer 304) and changes no row; an edited page replaces its rows; a
page the site removed marks its statement withdrawn; a run that fails before publishing
neither moves the cursor nor keeps the conditional-GET validators.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from un_statements_etl.errors import SourceChangedError, SourceSilentError
from un_statements_etl.pipeline import run_pipeline
from un_statements_etl.settings import load_settings

from .conftest import OHCHR_ITEMS, Site, fixture_text

ITEM_PAGES = set(OHCHR_ITEMS)


def run(site: Site, data_dir: Path, **options):
    options = {"source": "ohchr", "rate_limit_per_second": 0.0, "max_retries": 0, **options}
    settings = load_settings(env={}, data_dir=data_dir, base_url=site.base, **options)
    return run_pipeline(settings, today=date(2026, 11, 28))


def rows(data_dir: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(data_dir / "un_statements.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def statement_rows(data_dir: Path) -> list[tuple]:
    return rows(data_dir, "SELECT statement_id, content_hash, title, speaker, published_on, url, withdrawn_at "
                          "FROM statements ORDER BY statement_id")


def item_fetches(site: Site, since: int = 0) -> dict[str, int]:
    """Item page GETs after request number `since`, by status the server gave (200 or 304)."""
    return {r.path: r.headers.get("if-none-match") is not None for r in site.requests[since:]
            if r.path in ITEM_PAGES}


def test_first_run_loads_every_statement_page_with_its_metadata(site: Site, tmp_path: Path):
    summary = run(site, tmp_path)
    found = statement_rows(tmp_path)
    assert summary.counts["statements"] == len(found) == 5  # the five item pages
    for _, _, title, speaker, published_on, url, withdrawn_at in found:
        assert title and speaker and published_on and url.startswith("https://www.ohchr.org/en/"), (title, url)
        assert withdrawn_at is None
    # the failing briefing page and the PDF are quarantined with their URL; the run went on
    reasons = dict(rows(tmp_path, "SELECT source_uri, reason FROM quarantine"))
    assert any(uri.endswith("briefing-on-sudan") for uri in reasons)
    assert [(c,) for c in ["2024-03-08"]] == rows(tmp_path, "SELECT cursor FROM source_state WHERE source = 'ohchr'")
    assert (tmp_path / "raw" / "index.jsonl").exists() and (tmp_path / "raw" / "http_cache.json").exists()


def test_second_run_fetches_nothing_new_and_changes_no_row(site: Site, tmp_path: Path):
    run(site, tmp_path)
    before = statement_rows(tmp_path)
    mark = len(site.requests)
    summary = run(site, tmp_path)
    assert summary.counts["documents"] == 0 and summary.counts["statements"] == 0
    conditional = item_fetches(site, mark)
    assert conditional and all(conditional.values())  # every item page asked with If-None-Match -> 304
    assert statement_rows(tmp_path) == before


def test_an_edited_page_replaces_its_rows_and_a_removed_one_is_withdrawn(site: Site, tmp_path: Path):
    run(site, tmp_path)
    before = {sid: content_hash for sid, content_hash, *_ in statement_rows(tmp_path)}
    edited = "/en/statements-and-speeches/2024/03/high-commissioner-opens-council-session"
    removed = "/en/statements-and-speeches/2024/02/day-against-arbitrary-detention"
    body = fixture_text(OHCHR_ITEMS[edited], site.base).replace(b"</p>", b" Correction: updated figures.</p>", 1)
    site.routes[edited] = lambda r: (200, {"Content-Type": "text/html", "ETag": '"v2"'}, body)
    site.routes[removed] = lambda r: (410, {}, b"gone")
    summary = run(site, tmp_path)
    after = statement_rows(tmp_path)
    changed = [sid for sid, content_hash, *_ in after if before[sid] != content_hash]
    assert len(changed) == 1 and summary.counts["withdrawn"] == 1
    withdrawn = [row for row in after if row[-1] is not None]
    assert len(withdrawn) == 1 and withdrawn[0][0] != changed[0]
    assert len(after) == len(before)  # withdrawn, never deleted
    texts = rows(tmp_path, f"SELECT text FROM statements WHERE statement_id = '{changed[0]}'")
    assert "Correction: updated figures." in texts[0][0]


def test_a_failed_run_moves_neither_the_cursor_nor_the_validators(site: Site, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch):
    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("un_statements_etl.load.publish", crash)
    with pytest.raises(OSError):
        run(site, tmp_path)
    assert not (tmp_path / "raw" / "http_cache.json").exists()
    assert (tmp_path / "raw" / "index.jsonl").exists()  # what was fetched is kept for `--source raw`
    monkeypatch.undo()
    mark = len(site.requests)
    summary = run(site, tmp_path)  # the next run resumes: what the dead run fetched comes from the raw store
    assert summary.counts["statements"] == 5
    assert item_fetches(site, mark) == {}  # listings read again, item pages not downloaded twice
    mark = len(site.requests)
    run(site, tmp_path)  # the next run re-reads its revisit window in full: replayed pages have no validators
    revisited = item_fetches(site, mark)
    assert revisited and not any(revisited.values())


def test_raw_source_replays_the_fetched_pages_offline(site: Site, tmp_path: Path):
    run(site, tmp_path)
    before = statement_rows(tmp_path)
    replay = tmp_path / "replay"
    (replay / "raw").mkdir(parents=True)
    for path in (tmp_path / "raw").iterdir():
        target = replay / "raw" / path.name
        target.symlink_to(path, target_is_directory=path.is_dir())
    summary = run_pipeline(load_settings(env={}, data_dir=replay, source="raw"), today=date(2026, 11, 28))
    assert summary.counts["statements"] == len(before)
    assert statement_rows(replay) == before


def test_pages_that_all_parse_empty_fail_the_run_loudly(site: Site, tmp_path: Path):
    blank = b"<html><head><title>x</title></head><body><nav>Menu</nav></body></html>"
    for path in ITEM_PAGES:
        site.routes[path] = lambda r: (200, {"Content-Type": "text/html"}, blank)
    with pytest.raises(SourceChangedError, match="none parsed to a statement"):
        run(site, tmp_path)


def test_a_source_silent_past_its_cadence_fails_the_run(site: Site, tmp_path: Path):
    run(site, tmp_path)
    with duckdb.connect(str(tmp_path / "un_statements.duckdb")) as con:
        con.execute("UPDATE source_state SET updated_at = updated_at - INTERVAL 40 DAY")
    with pytest.raises(SourceSilentError, match="yielded nothing new"):
        run(site, tmp_path)


@pytest.mark.parametrize("source", ["un-press", "reliefweb"])
def test_other_web_sources_load_with_title_date_speaker_and_url(site: Site, tmp_path: Path, source: str):
    summary = run(site, tmp_path, source=source, reliefweb_appname="un-statements-test")
    found = statement_rows(tmp_path)
    assert summary.counts["statements"] == len(found) > 0
    for _, _, title, speaker, published_on, url, _ in found:
        assert title and speaker and published_on and url, (title, speaker, published_on, url)
    secrets = rows(tmp_path, "SELECT count(*) FROM quarantine WHERE source_uri LIKE '%un-statements-test%' "
                             "OR detail LIKE '%un-statements-test%'")
    assert secrets == [(0,)]  # the appname is a credential: never stored


def test_cli_run_against_a_mirror_then_again(prefect_harness, site: Site, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch):
    from typer.testing import CliRunner

    from un_statements_etl.cli import app

    monkeypatch.setenv("UNS_RATE_LIMIT_PER_SECOND", "0")
    monkeypatch.setenv("UNS_MAX_RETRIES", "0")
    args = ["run", "--source", "ohchr", "--base-url", site.base, "--data-dir", str(tmp_path)]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "5 statements loaded" in first.output
    before = statement_rows(tmp_path)
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "0 documents read" in second.output and statement_rows(tmp_path) == before
