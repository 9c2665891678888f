"""un-statements-etl: UN statements in, validated Parquet tables and a DuckDB warehouse out."""

__version__ = "0.1.0"
