"""Load: DuckDB warehouse (migrations, one transaction per run) and the Parquet export."""

from .migrations import migrate
from .parquet import export_parquet
from .warehouse import known_hashes, load_tables, open_warehouse

__all__ = ["export_parquet", "known_hashes", "load_tables", "migrate", "open_warehouse"]
