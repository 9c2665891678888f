"""Is a Prefect API configured, and does it answer? Decided without importing Prefect when
nothing can have configured one (importing it costs about a second).

`un-statements run` records a flow run only on a configured server; without one it runs
the library pipeline directly, since a temporary server per run is what made first runs
on fresh machines time out.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from un_statements_etl.errors import SettingsError

HEALTH_TIMEOUT = 3.0  # seconds: a local or nearby server answers at once


def configured_api_url(env: Mapping[str, str] | None = None) -> str | None:
    """PREFECT_API_URL as Prefect itself would resolve it (environment, profile, prefect.toml,
    .env), or None."""
    env = os.environ if env is None else env
    if "PREFECT_API_URL" in env:
        return env["PREFECT_API_URL"] or None
    if "prefect.settings" not in sys.modules and not _may_be_configured(env):
        return None
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return str(url) if url else None


def _may_be_configured(env: Mapping[str, str]) -> bool:
    """Whether any file Prefect reads its settings from could name an API URL."""
    home = Path(env.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    profiles = Path(env.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    cwd = Path.cwd()
    return (_mentions(profiles, "PREFECT_API_URL") or (cwd / "prefect.toml").exists()
            or _mentions(cwd / ".env", "PREFECT_API_URL") or _mentions(cwd / "pyproject.toml", "tool.prefect"))


def _mentions(path: Path, word: str) -> bool:
    try:
        return word in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def require_reachable(url: str, env: Mapping[str, str] | None = None) -> None:
    """Raise SettingsError (one line: the setting, where it comes from, how to unset it) when
    nothing answers at `url`. Any HTTP answer counts: only the network is judged here."""
    import httpx

    try:
        httpx.get(url.rstrip("/") + "/health", timeout=HEALTH_TIMEOUT)
    except httpx.HTTPError as exc:
        env = os.environ if env is None else env
        where = ("the environment: `unset PREFECT_API_URL`" if "PREFECT_API_URL" in env
                 else "Prefect's settings: `prefect config unset PREFECT_API_URL`")
        raise SettingsError(f"PREFECT_API_URL={url} is configured but no Prefect server answers there "
                            f"({type(exc).__name__}); start it (`prefect server start`), or run without a "
                            f"server by removing it from {where}") from None
