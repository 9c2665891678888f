"""Exception tree. Every message names the thing that failed (a statement id, a source
URI, an expectation), so a log line alone locates the problem.

    PipelineError
    ├── RetryableError            worth trying again (network hiccup, busy warehouse)
    │   ├── FetchError            a source could not be read right now
    │   └── WarehouseLockedError  another run is writing the DuckDB file
    └── TerminalError             retrying the same input gives the same failure
        ├── ConfigError           settings or options that cannot work
        │   └── SettingsError     found before a run starts (a bad UNS_* value, an unknown
        │                         profile, an unreachable Prefect API): nothing is touched
        ├── DocumentError         one document is unusable -> quarantined, run goes on
        │   ├── EmptyDocumentError
        │   ├── BinaryDocumentError
        │   ├── DocumentTooLargeError
        │   ├── UndecodableDocumentError
        │   └── DocumentTimeoutError   past its time budget (UNS_DOCUMENT_SECONDS)
        ├── ValidationRefusedError  the table-level gate refused the batch: nothing loaded
        ├── SourceChangedError    a web source's pages all parse to nothing (template change)
        ├── SourceSilentError     a web source yielded nothing for longer than its cadence
        ├── MigrationError        the warehouse cannot be brought to the current schema
        ├── WarehouseCorruptError the DuckDB file is not a readable database
        └── ExportError           the Parquet set could not be published after the warehouse was

Only the CLI turns these into exit codes.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every error this package raises on purpose."""


class RetryableError(PipelineError):
    """The same call may succeed later."""


class TerminalError(PipelineError):
    """The same call will fail again: fix the input or the configuration."""


class FetchError(RetryableError):
    def __init__(self, uri: str, reason: str):
        super().__init__(f"could not fetch {uri}: {reason}")
        self.uri, self.reason = uri, reason


class WarehouseLockedError(RetryableError):
    def __init__(self, path: str, detail: str = ""):
        super().__init__(f"warehouse {path} is being written by another run{': ' + detail if detail else ''}")
        self.path = path


class ConfigError(TerminalError):
    pass


class SettingsError(ConfigError):
    """A setting that cannot work, found before anything is touched; the message names the
    variable (`UNS_BATCH_SIZE`, `UNS_PROFILE`, `PREFECT_API_URL`) and what to do."""


class DocumentError(TerminalError):
    """A single document cannot be used; `reason` is the quarantine code."""

    reason = "unreadable"

    def __init__(self, source_uri: str, detail: str):
        super().__init__(f"{source_uri}: {detail}")
        self.source_uri, self.detail = source_uri, detail


class EmptyDocumentError(DocumentError):
    reason = "empty"


class BinaryDocumentError(DocumentError):
    reason = "binary"


class DocumentTooLargeError(DocumentError):
    reason = "too_large"


class UndecodableDocumentError(DocumentError):
    reason = "undecodable"


class DocumentTimeoutError(DocumentError):
    reason = "timeout"


class ValidationRefusedError(TerminalError):
    def __init__(self, failures: list[str], report_path: str | None = None):
        where = f" (report: {report_path})" if report_path else ""
        super().__init__(f"validation gate refused the batch: {'; '.join(failures)}{where}")
        self.failures, self.report_path = failures, report_path


class MigrationError(TerminalError):
    pass


class SourceChangedError(TerminalError):
    """A web source's pages all parse to nothing (a template change): the run fails loudly."""


class SourceSilentError(TerminalError):
    """A web source yielded nothing new for longer than its expected cadence: outage or site change."""


class WarehouseCorruptError(TerminalError):
    """The warehouse file is not a readable DuckDB database (garbled, truncated, zero bytes).
    Not retryable: waiting does not repair it. The message says how to restore it."""

    def __init__(self, path: str, detail: str, parquet: str | None = None):
        where = f"the last published Parquet set ({parquet}) is untouched and can be read meanwhile; " \
            if parquet else ""
        super().__init__(
            f"warehouse {path} is corrupt ({detail}); nothing was changed. Move it aside (mv {path} {path}.corrupt), "
            f"then restore a backup copy to {path}, or rebuild it by running again with the same inputs "
            f"(a web source's pages are replayed offline with --source raw); {where}"
            "the next successful run publishes a fresh Parquet set")
        self.path, self.detail = path, detail


class ExportError(TerminalError):
    """The Parquet set could not be made current after the warehouse was published."""
