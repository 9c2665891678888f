"""Load: DuckDB warehouse (migrations, one transaction per run) and the Parquet export."""

from .migrations import migrate
from .parquet import activate_parquet, export_parquet, stage_parquet_link
from .warehouse import (
    ARRIVAL_COLUMNS,
    discard,
    known_arrivals,
    known_statements,
    last_success,
    load_tables,
    next_version,
    open_warehouse,
    publish,
    set_outcome,
    source_cursor,
    source_uris,
    staging_path,
)

__all__ = ["ARRIVAL_COLUMNS", "activate_parquet", "discard", "export_parquet", "known_arrivals", "known_statements",
           "last_success", "load_tables", "migrate", "next_version", "open_warehouse", "publish", "set_outcome",
           "source_cursor", "source_uris", "stage_parquet_link", "staging_path"]
