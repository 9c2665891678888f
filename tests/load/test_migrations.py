"""A warehouse built by an older version is upgraded in place, keeping its rows."""

from __future__ import annotations

import duckdb

from un_statements_etl.load.migrations import available_migrations, migrate


def test_upgrade_from_the_first_layout_keeps_rows(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, upto=1)  # the warehouse as version 001 built it
    con.execute("INSERT INTO statements (statement_id, source, source_uri, language, text, word_count, "
                "content_hash, clean_steps, run_id) VALUES ('st_1', 'local', '/a.txt', 'en', 'Hello there.', 2, "
                "repeat('a', 64), [], 'run_old')")
    con.execute("INSERT INTO statement_sources (statement_id, source, source_uri, content_hash, first_seen_at) "
                "VALUES ('st_1', 'local', '/a.txt', repeat('a', 64), now()), "
                "('st_1', 'local', '/copy.txt', repeat('a', 64), now())")
    assert "is_primary" not in [r[0] for r in con.execute("DESCRIBE statement_sources").fetchall()]
    con.close()

    con = duckdb.connect(str(path))
    applied = migrate(con)
    assert applied == [p.name.removesuffix(".sql") for v, p in available_migrations() if v > 1]
    flags = dict(con.execute("SELECT source_uri, is_primary FROM statement_sources").fetchall())
    assert flags == {"/a.txt": True, "/copy.txt": False}
    assert con.execute("SELECT text FROM statements").fetchall() == [("Hello there.",)]
    assert migrate(con) == []  # applying again is a no-op
    assert con.execute("SELECT count(*) FROM quarantine_current").fetchone() == (0,)
