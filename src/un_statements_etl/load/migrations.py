"""Recorded migrations: warehouse/migrations/NNN_name.sql applied in order, once each.

A warehouse built by an older version is upgraded in place at the start of a load; the
views in warehouse/views/ are re-created after every migration (they hold no data).
"""

from __future__ import annotations

import re
from importlib.resources.abc import Traversable

import duckdb

from ..errors import MigrationError
from ..resources import resource

WAREHOUSE_DIR = resource("warehouse")
MIGRATIONS_DIR = WAREHOUSE_DIR / "migrations"
VIEWS_DIR = WAREHOUSE_DIR / "views"


def available_migrations() -> list[tuple[int, Traversable]]:
    found = []
    for path in sorted(MIGRATIONS_DIR.iterdir(), key=lambda p: p.name):
        match = re.match(r"(\d+)_.*\.sql$", path.name)
        if match:
            found.append((int(match.group(1)), path))
    return found


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[str]:
    """Apply pending migrations (each in its own transaction); return the names applied."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, path in available_migrations():
        if version in done or (upto is not None and version > upto):
            continue
        name = path.name.removesuffix(".sql")
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise MigrationError(f"migration {path.name} failed: {exc}") from exc
        applied.append(name)
    if upto is None:
        create_views(con)
    return applied


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for path in sorted(VIEWS_DIR.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".sql"):
            continue
        con.execute(path.read_text(encoding="utf-8"))
