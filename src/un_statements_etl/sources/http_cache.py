"""The validators (ETag / Last-Modified) a web source learned, kept per URL between runs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx

from .guard import redact_url


class HttpCache:
    """ETag / Last-Modified per URL, in a small JSON file under DATA_DIR/raw/.

    Validators learned in a run stay pending until `commit()`: a run that fails before its
    documents reach the warehouse must not make the next run believe it has them.
    """

    def __init__(self, path: Path | None):
        self.path = path
        self._saved: dict[str, dict[str, str]] = {}
        self._pending: dict[str, dict[str, str]] = {}
        if path is not None and path.exists():
            try:
                self._saved = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._saved = {}  # a damaged cache only costs full downloads

    @property
    def pending(self) -> dict[str, dict[str, str]]:
        """Validators learned by this run and not yet committed (url -> etag / last_modified)."""
        return self._pending

    def conditional_headers(self, url: str) -> dict[str, str]:
        url = redact_url(url)  # the file is an artifact: keyed without credentials
        entry = self._pending.get(url) or self._saved.get(url) or {}
        headers = {}
        if entry.get("etag"):
            headers["If-None-Match"] = entry["etag"]
        if entry.get("last_modified"):
            headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def remember(self, url: str, headers: httpx.Headers) -> None:
        entry = {k: v for k, v in (("etag", headers.get("etag")),
                                   ("last_modified", headers.get("last-modified"))) if v}
        if entry:
            self._pending[redact_url(url)] = entry

    def commit(self) -> None:
        """Persist what this run learned (atomically: a crash leaves the old file)."""
        if self.path is None or not self._pending:
            return
        self._saved.update(self._pending)
        self._pending.clear()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self._saved, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
