"""Prefect orchestration of the pipeline. Only this package imports Prefect."""

import os

# Without these a first run on a fresh machine can fail with "database is locked"
# while the temporary server sends telemetry (see DESIGN.md, stack notes).
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
